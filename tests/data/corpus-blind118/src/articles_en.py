"""English articles of corpus blind118 (all outlets and events invented)."""

G1_MM = [["thai", "タイ", "таиланд", "тайск"],
         ["resort", "hotel", "リゾート", "ホテル", "курорт", "отел"]]
G3_MM = [["liquidat", "dissol", "ликвид", "解散"],
         ["society", "group", "обществ", "организац", "団体"]]
G4_MM = [["tourism agency", "観光庁", "агентство по туризму"],
         ["travel agency", "travel firm", "旅行会社", "турфирм", "турагент"]]
G6_MM = [["resident", "резидент", "入居"],
         ["suspend", "stopped taking", "приостанов", "停止"]]
G7_MM = [["shandong", "шаньдун", "山東"],
         ["delegation", "делегац", "代表団"]]

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b118-01", "feed": "brasswater-wire", "published": "2024-02-12T08:30:00Z",
        "section": "Asia", "author": "Emi Hartley",
        "title": "Russian envoy says no basis for restarting treaty talks while Japan's sanctions stay",
        "summary": "Russia's ambassador in Tokyo said there were no conditions for resuming peace "
                   "treaty negotiations and dismissed Japan's stated commitment to a treaty as "
                   "'words without practical content'.",
        "body": [
            "TOKYO, Feb 12 (Brasswater) - Russia's ambassador to Japan said there were currently no "
            "conditions for resuming negotiations on a post-war peace treaty, repeating Moscow's line "
            "that Tokyo's sanctions over the war in Ukraine have made such talks impossible.",
            "\"As long as the Japanese government pursues an openly unfriendly course, there is simply "
            "nothing to discuss on a document of that kind,\" Ambassador Nikolai Nozdrev said in an "
            "interview with a Japanese business weekly published on Monday. He described Tokyo's "
            "periodic statements that it remains committed to concluding a treaty as \"words without "
            "any practical content.\"",
            "The remarks came days after Japan held its annual Northern Territories Day rally in Tokyo "
            "on Feb. 7, where Prime Minister Fumio Kishida said the government would keep working "
            "toward resolving the territorial issue and concluding a peace treaty, while acknowledging "
            "that relations with Moscow were in a severe state.",
            "Russia broke off the treaty negotiations in March 2022, citing Japan's sanctions. At the "
            "same time it ended visa-free visits by Japanese citizens to the islands and withdrew from "
            "a dialogue on joint economic activity there. Last week Deputy Foreign Minister Andrei "
            "Rudenko told the TASS news agency that a resumption of the dialogue was \"categorically "
            "impossible\" in the current situation.",
            "Japan and the Soviet Union ended their state of war with a joint declaration in 1956, but "
            "no peace treaty has been signed because of the dispute over the four southernmost Kuril "
            "islands, which Japan calls its Northern Territories. Soviet troops occupied the islands "
            "at the end of World War Two, and Moscow says its sovereignty over them cannot be called "
            "into question.",
            "Japan's Foreign Ministry declined to comment on the interview. A ministry official, "
            "speaking on condition of anonymity, said Tokyo's position \"has not changed and will not "
            "change because of an interview.\"",
        ],
        "credits": "Reporting by Emi Hartley; Editing by Paul Carrow",
        "label": "restatement",
        "note": "New speaker (ambassador) restating seed facts: talks impossible under sanctions "
                "(Galuzin 2022, Rudenko 2024-02-08); negated form 'no conditions for resuming'. "
                "Background on 2022 termination of visa-free visits and joint activity dialogue.",
    },
    {
        "id": "b118-04", "feed": "oarweed-markets", "published": "2024-03-12T06:10:00Z",
        "section": "Energy", "author": "Dmitri Walsh",
        "title": "Japanese buyers keep Sakhalin-2 cargoes coming through the winter peak",
        "summary": "Japanese utilities kept lifting LNG from Russia's Sakhalin-2 project through the "
                   "coldest months, shipping data show, as Tokyo continues to treat the project as "
                   "vital to its energy security.",
        "body": [
            "Japanese buyers lifted 21 liquefied natural gas cargoes from the Prigorodnoye terminal "
            "in southern Sakhalin between December and February, ship-tracking data compiled by "
            "Oarweed Markets show, roughly in line with the same period a year earlier.",
            "Sakhalin-2 supplies a little under a tenth of Japan's LNG imports. Tokyo has kept the "
            "project outside its sanctions on Russia, arguing that abrupt cuts would push up "
            "electricity prices and hand the volumes to other buyers. Japanese trading houses also "
            "kept their minority stakes after the project was transferred to a new Russian operator "
            "in 2022.",
            "Traders said spot demand in north Asia was softer than expected this winter because of "
            "mild weather, leaving Sakhalin's term cargoes as the core of Japanese purchases. Two "
            "utilities have long-term contracts running into the 2030s, although industry officials "
            "in Tokyo say renewal decisions will be politically sensitive.",
            "Relations between Tokyo and Moscow have been frozen since 2022, when Russia walked away "
            "from peace treaty talks in response to Japanese sanctions. Energy has been one of the "
            "few areas of continuing commercial contact.",
            "\"For Japanese buyers, Sakhalin is a short voyage and a reliable loader. That is why it "
            "survives politics,\" said a Singapore-based LNG broker. \"The question is what happens "
            "when the contracts come up.\"",
        ],
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia energy trade; mentions peace treaty talks "
                "only as background (seed fact).",
    },
    {
        "id": "b118-05", "feed": "brasswater-wire", "published": "2024-04-16T07:00:00Z",
        "section": "Asia", "author": "Kenji Oduya",
        "title": "Japan's diplomatic bluebook keeps territorial line on Russia, calls ties 'severe'",
        "summary": "Japan's annual diplomatic bluebook again describes the Russian-held islands off "
                   "Hokkaido as Japanese territory and says relations with Moscow remain in a severe "
                   "state.",
        "body": [
            "TOKYO, April 16 (Brasswater) - Japan's Foreign Ministry on Tuesday presented its annual "
            "Diplomatic Bluebook to the cabinet, keeping language used since 2022 that describes the "
            "four Russian-held islands off Hokkaido as an inherent part of Japan's territory.",
            "The chapter on Russia says Japan-Russia relations remain in a \"severe situation\" "
            "because of Russia's invasion of Ukraine and that Tokyo will continue to impose strong "
            "sanctions in coordination with the Group of Seven.",
            "It repeats that Japan's basic policy of resolving the territorial issue and concluding a "
            "peace treaty is unchanged, and notes that Russia announced in March 2022 that it would "
            "not continue the treaty negotiations, would end visa-free exchanges and would withdraw "
            "from talks on joint economic activities on the islands. Japan protested at the time.",
            "The bluebook says the government attaches top priority to the resumption of visits by "
            "former residents to family graves on the islands, which have been suspended since 2020, "
            "first because of the pandemic and later because of Russia's decision.",
            "Russia has typically responded to the annual document by restating that its sovereignty "
            "over the islands, which it calls the Southern Kurils, is not subject to discussion. The "
            "Russian embassy in Tokyo did not immediately comment.",
            "The bluebook also covers Japan's relations with China, South Korea and the United "
            "States, and highlights concern about North Korea's missile launches.",
        ],
        "credits": "Reporting by Kenji Oduya; Editing by Paul Carrow",
        "label": "restatement",
        "note": "Annual report restating known positions (sovereignty claim, treaty policy "
                "unchanged) and the seed facts of March 2022 (talks stopped, visa-free ended, joint "
                "activity dialogue dropped, Japan protested).",
    },
    {
        "id": "b118-10", "feed": "brasswater-wire", "published": "2024-05-30T09:20:00Z",
        "section": "Asia", "author": "Nattapong Reyes and Emi Hartley",
        "title": "Thai developer's hot-spring resort plan on Russian-held Iturup draws Japanese concern",
        "summary": "A Bangkok property company has joined Russia's tax regime for the Kuril Islands and "
                   "plans a 120-room resort on Iturup; Tokyo says it has raised concerns with the "
                   "Thai government.",
        "body": [
            "BANGKOK/TOKYO, May 30 (Brasswater) - A Thai property developer has become a resident of "
            "Russia's preferential tax regime for the Kuril Islands and plans to build a 120-room "
            "hot-spring resort on Iturup, one of four islands claimed by Japan, Russian and Japanese "
            "officials said.",
            "Siam Northern Resorts Co, a privately held company based in Bangkok, received resident "
            "status in April, Russia's Ministry for the Development of the Far East and Arctic "
            "confirmed on Wednesday. The company plans to invest about 3.4 billion roubles ($38 "
            "million) in a hotel and thermal baths near the town of Kurilsk, with a first phase due "
            "to open in 2027.",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference on "
            "Thursday that Tokyo had told the Thai government that economic activity by third-country "
            "companies on the islands was \"incompatible with Japan's position\" and had asked Bangkok "
            "to convey that view to the company. \"We will continue to respond appropriately,\" he "
            "said.",
            "It is the first time a company from Southeast Asia is known to have joined the regime, "
            "according to Japanese officials. Thailand's Foreign Ministry did not respond to a "
            "request for comment. Siam Northern Resorts said in a brief statement that it was a "
            "\"purely commercial project\" aimed at tourists from Asia.",
            "Russia introduced the regime in 2023. Resident companies are exempt from profit, "
            "property and land taxes for up to 20 years and pay reduced social contributions. "
            "Moscow has said it hopes the incentives will draw investors from countries it regards "
            "as friendly.",
            "Japan regards investment under Russian law on the islands as undermining its legal "
            "position. Russia withdrew in 2022 from talks with Tokyo on joint economic activity on "
            "the islands, a project that had been meant to proceed under a special framework that "
            "did not prejudice either side's claims.",
            "Moscow says its sovereignty over the islands, seized by Soviet forces at the end of "
            "World War Two, is beyond dispute.",
        ],
        "credits": "Reporting by Nattapong Reyes in Bangkok and Emi Hartley in Tokyo; Editing by Paul Carrow",
        "label": "new_development", "group": "b118-g1",
        "new_facts": ["Thai developer Siam Northern Resorts became a resident of the Kuril "
                      "preferential regime and plans a 120-room hot-spring resort on Iturup; Japan "
                      "conveyed concern to Thailand"],
        "must_mention": G1_MM,
        "note": "Third report of g1 (after ja b118-08, ru b118-09); same development, adds the CCS "
                "quote. Not among seed facts.",
    },
    {
        "id": "b118-11", "feed": "brasswater-wire", "published": "2024-06-20T10:00:00Z",
        "section": "Asia", "author": "Kenji Oduya",
        "title": "Japan voices 'grave concern' over Russia-North Korea defence treaty",
        "summary": "Tokyo said it was gravely concerned by a treaty signed in Pyongyang that commits "
                   "Russia and North Korea to come to each other's aid if attacked.",
        "body": [
            "TOKYO, June 20 (Brasswater) - Japan said on Thursday it was gravely concerned about a "
            "treaty signed by Russia and North Korea that includes a pledge of mutual assistance if "
            "either side is attacked.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters that the agreement, signed "
            "during Russian President Vladimir Putin's visit to Pyongyang on Wednesday, raised "
            "serious concerns because it could involve military and technological cooperation in "
            "breach of U.N. Security Council resolutions.",
            "\"We are gravely concerned that President Putin did not rule out military-technical "
            "cooperation with North Korea,\" Hayashi said, adding that Japan would coordinate "
            "closely with the United States and South Korea.",
            "The Comprehensive Strategic Partnership Treaty replaces earlier agreements between "
            "Moscow and Pyongyang. Analysts in Tokyo said it could complicate Japan's security "
            "planning in the north, where Russia's Pacific Fleet is based.",
            "Japan's relations with Russia have been at a low since 2022, when Moscow suspended "
            "talks on a peace treaty in retaliation for Japanese sanctions over Ukraine. Japan and "
            "Russia have never signed a treaty formally ending World War Two hostilities.",
        ],
        "credits": "Reporting by Kenji Oduya; Editing by Lena Marsh",
        "label": "off_topic",
        "note": "Look-alike: a different treaty (Russia-North Korea); the peace-treaty suspension is "
                "only background (seed fact).",
    },
    {
        "id": "b118-12", "feed": "brasswater-wire", "published": "2024-08-25T11:00:00Z",
        "section": "Asia-Pacific", "author": "Holly Brennan",
        "title": "Country Liberals sweep to power in Northern Territory election",
        "summary": "Australia's Country Liberal Party won a landslide in the Northern Territory, "
                   "ending eight years of Labor government on a campaign focused on crime.",
        "body": [
            "DARWIN, Aug 25 (Brasswater) - The Country Liberal Party swept to power in Australia's "
            "Northern Territory on Saturday, ending eight years of Labor government after a campaign "
            "dominated by crime and the cost of living.",
            "Party leader Lia Finocchiaro claimed victory late on Saturday as counting showed her "
            "party winning a large majority in the 25-seat Legislative Assembly. Chief Minister Eva "
            "Lawler conceded defeat and lost her own seat.",
            "\"Territorians have voted for change and they have voted to feel safe in their own "
            "homes again,\" Finocchiaro told supporters in Darwin.",
            "The Northern Territory, a vast and sparsely populated region with a large Indigenous "
            "population, has been grappling with high rates of property crime. The new government "
            "has promised to lower the age of criminal responsibility back to 10 and to toughen "
            "bail laws.",
            "Voter turnout was lower than at the previous territory election, the electoral "
            "commission said. Final results are expected next week.",
            "The result extends a run of conservative gains in Australian state and territory "
            "politics and is likely to be studied closely by both major parties ahead of the next "
            "federal election.",
        ],
        "credits": "Reporting by Holly Brennan; Editing by Lena Marsh",
        "label": "off_topic",
        "note": "Look-alike: 'Northern Territory' (Australia) vs Japan's 'Northern Territories'.",
    },
    {
        "id": "b118-13", "feed": "oarweed-markets", "published": "2024-08-27T06:00:00Z",
        "section": "Investment", "author": "Dmitri Walsh",
        "title": "Harbin hotel group to build at Sakhalin's Gorny Vozdukh ski resort",
        "summary": "A Chinese hotel operator has become a resident of the priority development area "
                   "around Yuzhno-Sakhalinsk's ski resort, the regional investment agency said.",
        "body": [
            "A hotel company from the northeastern Chinese city of Harbin has become a resident of "
            "the Gorny Vozdukh priority development area in Yuzhno-Sakhalinsk and plans to build a "
            "180-room hotel at the foot of the city's ski slopes, Sakhalin's regional investment "
            "agency said on Tuesday.",
            "Harbin Snowline Hospitality will invest about 2.1 billion roubles and expects to open "
            "the hotel for the 2026-27 season, the agency said. It is the second Chinese-owned "
            "resident of the area, which offers reduced profit tax and simplified customs "
            "procedures.",
            "Sakhalin's government has been trying to turn Gorny Vozdukh into a year-round resort "
            "and is courting investors from China and other countries it considers friendly. "
            "Tourist flows from Japan and South Korea, once important, dried up after 2022.",
            "\"Chinese skiers are the obvious market. Harbin is three hours away by air,\" a "
            "Yuzhno-Sakhalinsk tour operator said, adding that the city still lacks enough "
            "mid-range hotel rooms in winter.",
            "The island region is also promoting a separate tax regime for the Kuril Islands, "
            "where a handful of foreign companies have registered projects. The Gorny Vozdukh area "
            "is on the main island of Sakhalin and is not part of that regime.",
        ],
        "label": "off_topic",
        "note": "Look-alike for g1: third-country (Chinese) investor in a Russian preferential zone, "
                "but on mainland Sakhalin, which is not disputed.",
    },
    {
        "id": "b118-17", "feed": "quillback-review", "published": "2024-10-22T06:00:00Z",
        "section": "The North", "author": "Miriam Oakes", "comments": 14,
        "bio": "Miriam Oakes reported from Vladivostok and Sapporo for a decade.",
        "title": "Tax-free on a disputed shore: what Russia's Kuril regime has and hasn't built",
        "summary": "Nearly two years after Moscow turned the Kuril Islands into a tax haven for "
                   "investors, most of the cranes are still in Sakhalin's harbours. Who has come, "
                   "who hasn't, and why Tokyo keeps counting.",
        "body": [
            "On a clear day the hills of Kunashir are visible from the fish market in Nemuro, and "
            "on a clear day the Russian officials who run the island like to say that the future "
            "is visible too. Since January 2023 companies that register on the Kuril Islands have "
            "been able to skip profit, property and land taxes for up to two decades. It is one of "
            "the most generous regimes in Russia, designed for a place few investors had heard of.",
            "The list of residents is long on fish. Most of the companies that have signed up are "
            "Russian seafood processors that were already on the islands and found it sensible to "
            "re-register. There are a few builders, a fuel distributor and a bakery. Foreign names "
            "are rare: a Chinese partner here, a Central Asian trading company there, and the Thai "
            "developer whose plan for a hot-spring hotel near Kurilsk became public in May. That "
            "project has not yet broken ground; the company says it is finishing surveys.",
            "Tokyo counts every one of them. Japan's government regards any economic activity under "
            "Russian law on the four islands it claims as damaging to its legal position, and says "
            "so to the governments of the companies involved. For most of them that is a minor "
            "irritation. For a Thai company, whose country buys Japanese cars and welcomes Japanese "
            "factories, it is a more serious consideration.",
            "What the regime has not changed is geography. The islands are served by one ageing "
            "passenger ship and by flights that are cancelled whenever the fog comes in, which in "
            "summer is most days. Building materials come by barge from Korsakov. A local "
            "economist in Yuzhno-Sakhalinsk put it bluntly: \"Zero tax on zero profit is still "
            "zero.\"",
            "The politics have not moved either. Russia ended the visa-free exchanges with Japan "
            "and walked out of the talks on joint economic activity in March 2022, and its "
            "diplomats now say a peace treaty is off the agenda while Japanese sanctions remain. "
            "In Moscow the tax regime is presented as proof that the islands are simply Russian "
            "territory open for business; in Tokyo it is read as a way of making the status quo "
            "more expensive to undo.",
            "Both readings can be true. The regime is a statement before it is an economy, and on "
            "the evidence so far it will stay that way for some time.",
        ],
        "label": "restatement",
        "note": "Background/analysis on the Kuril tax regime; the Thai project (g1, already known "
                "from b118-08) is mentioned without a new fact ('not yet broken ground'). Seed facts "
                "restated: visa-free ended, joint activity talks dropped, treaty talks off.",
    },
    {
        "id": "b118-19", "feed": "lumpsucker-post", "published": "2024-12-10T02:00:00Z",
        "section": "The Islands", "author": "Aki Tanner", "place": "Nemuro",
        "title": "Fewer than 5,000 former islanders remain, league says, as average age nears 89",
        "summary": "The number of surviving former residents of the four islands has dropped below "
                   "5,000, according to figures from the former islanders' league.",
        "body": [
            "The number of surviving Japanese who lived on Kunashiri, Etorofu, Shikotan and the "
            "Habomai islets before 1945 has fallen below 5,000 for the first time, according to "
            "figures released this month by the League of Chishima and Habomai Islands Residents.",
            "The league counted 4,961 former islanders as of the end of September, with an average "
            "age of 88.8 years. When the Soviet Union took the islands in 1945, about 17,000 "
            "Japanese lived there.",
            "\"Every year the list gets shorter and the meetings get quieter,\" said a league "
            "official at its office near Nemuro city hall. \"Some members who still remember their "
            "houses can no longer travel even to Nemuro.\"",
            "Visa-free visits and trips to family graves have not taken place since 2020. Russia "
            "stopped the visa-free exchanges altogether in 2022 after Japan joined Western sanctions "
            "over Ukraine, and there has been no indication from Moscow that it is willing to "
            "restart them.",
            "The league says it will continue recording testimonies, and Nemuro's schools still "
            "invite former islanders to speak to pupils every February. Several members now take "
            "part in those sessions by video from nursing homes.",
            "\"We ask the government to keep pressing for the grave visits,\" the official said. "
            "\"That is the one thing everyone agrees on.\"",
        ],
        "label": "restatement",
        "note": "Background statistic and the wish for grave visits; restates seed fact that "
                "visa-free exchanges were terminated in 2022. 'For the first time' refers to a "
                "statistic, not a development.",
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b118-21", "feed": "brasswater-wire", "published": "2025-01-14T12:00:00Z",
        "section": "Europe", "author": "Anton Greaves",
        "title": "Lavrov says Japan must drop 'hostile' course before any treaty talk",
        "summary": "Russia's foreign minister used his annual news conference to say Moscow would not "
                   "discuss a peace treaty with a country he accused of helping Ukraine.",
        "body": [
            "MOSCOW, Jan 14 (Brasswater) - Foreign Minister Sergei Lavrov said on Tuesday that Russia "
            "would not discuss a peace treaty with Japan while Tokyo pursued what he called a hostile "
            "course, including sanctions and support for Ukraine.",
            "\"We are not going to discuss a fundamental treaty on peace and good-neighbourliness "
            "with a country that is doing everything to harm us,\" Lavrov told his annual news "
            "conference, which ran for nearly three hours and covered the war in Ukraine, the "
            "incoming U.S. administration and the Middle East.",
            "Lavrov said relations with Japan were at their lowest point in decades and blamed "
            "Tokyo's decision to join Western sanctions in 2022. He also criticised Japan's "
            "expanding military cooperation with the United States near Russia's Far Eastern "
            "borders.",
            "Russia suspended the treaty negotiations in March 2022. Deputy Foreign Minister Andrei "
            "Rudenko said a year ago that resuming them was \"categorically impossible\" in the "
            "current situation and that Tokyo would first have to abandon its hostile policy.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan's policy of resolving "
            "the territorial issue and concluding a peace treaty had not changed. He said it was "
            "Russia's aggression against Ukraine that had damaged bilateral relations.",
        ],
        "credits": "Reporting by Anton Greaves; Editing by Lena Marsh",
        "label": "restatement",
        "note": "Annual occasion (Lavrov presser); restates seed position: no treaty talks while "
                "Japan keeps sanctions/hostile policy (Rudenko 2024). Japanese reply restates "
                "unchanged policy.",
    },
    {
        "id": "b118-22", "feed": "brasswater-wire", "published": "2025-02-07T08:00:00Z",
        "section": "Asia", "author": "Emi Hartley",
        "title": "Ishiba pledges to keep pressing on Russian-held islands, urges Moscow to restore grave visits",
        "summary": "At the annual Northern Territories Day rally, Japan's prime minister said the "
                   "government would keep pressing to resolve the territorial issue and called on "
                   "Russia to allow former islanders to visit family graves.",
        "body": [
            "TOKYO, Feb 7 (Brasswater) - Prime Minister Shigeru Ishiba said on Friday Japan would "
            "persist in seeking to resolve the dispute over the Russian-held islands off Hokkaido "
            "and conclude a peace treaty, and urged Moscow to let former residents visit family "
            "graves there again.",
            "\"The grave visits are a humanitarian matter of the highest priority for the former "
            "islanders, whose average age is now close to 89. I strongly call on the Russian side to "
            "resume them,\" Ishiba told the annual national rally in Tokyo, his first as prime "
            "minister.",
            "Ishiba acknowledged that Japan-Russia relations remained \"in a severe situation\" "
            "because of the war in Ukraine, but said Tokyo's basic policy was unchanged.",
            "Russia suspended the peace treaty talks in March 2022 in response to Japanese "
            "sanctions and ended the visa-free exchange programme under which Japanese visited the "
            "islands. Moscow has said repeatedly since then that it sees no conditions for resuming "
            "the negotiations.",
            "Representatives of former islanders read a resolution demanding the return of the four "
            "islands and calling for the early resumption of the exchanges. Organisers said about "
            "1,200 people attended.",
            "There was no immediate comment from the Russian embassy. Moscow says the islands, which "
            "it calls the Southern Kurils, became Soviet territory as a result of World War Two.",
        ],
        "credits": "Reporting by Emi Hartley; Editing by Paul Carrow",
        "label": "restatement",
        "note": "Anniversary/occasion piece; requested version of a move ('urges Moscow to restore "
                "grave visits'); restates seed facts (talks suspended, visa-free ended).",
    },
    {
        "id": "b118-25", "feed": "brasswater-wire", "published": "2025-02-20T08:30:00Z",
        "section": "Asia", "author": "Anton Greaves",
        "title": "Russian court orders dissolution of Kunashir society that hosted Japanese visitors",
        "summary": "A court in Sakhalin has ordered the liquidation of a civic group on Kunashir that "
                   "for three decades hosted Japanese delegations under the now-halted visa-free "
                   "exchanges.",
        "body": [
            "MOSCOW/TOKYO, Feb 20 (Brasswater) - A Russian court has ordered the liquidation of a "
            "friendship society on the island of Kunashir that for more than three decades acted as "
            "the local host for Japanese visitors, removing one of the last civic links between the "
            "Russian-held islands and Japan.",
            "The Sakhalin Regional Court on Monday granted a suit by the regional branch of the "
            "Justice Ministry to dissolve the Kunashir-Hokkaido Friendship Society, court records "
            "show. The ministry argued that the group had repeatedly failed to file reports and had "
            "taken part in events financed by a Japanese organisation. The ruling can be appealed.",
            "The society, founded in 1992, organised home stays, Japanese lessons and meetings "
            "with Japanese delegations that came to the island under the visa-free exchange "
            "programme. Russia terminated that programme in 2022 after Japan imposed sanctions over "
            "the war in Ukraine.",
            "Its chairwoman, Galina Somova, told local media the group would appeal. \"We have done "
            "nothing but meet people and teach a language,\" she was quoted as saying.",
            "Japan's Foreign Ministry said it regretted the ruling. \"Exchanges between the Japanese "
            "people and the Russian residents of the islands have played an important role in "
            "building mutual understanding,\" a ministry spokesperson said.",
            "In Nemuro, the Hokkaido town that sent most of the visiting delegations, officials "
            "said the society had been their main point of contact on Kunashir.",
        ],
        "credits": "Reporting by Anton Greaves in Moscow and Emi Hartley in Tokyo; Editing by Lena Marsh",
        "label": "new_development", "group": "b118-g3",
        "new_facts": ["Sakhalin Regional Court ordered the liquidation of the Kunashir-Hokkaido "
                      "Friendship Society, the island host of Japanese visa-free delegations"],
        "must_mention": G3_MM,
        "note": "Third report of g3 (after ru b118-23, ja b118-24); adds the Japanese MOFA reaction.",
    },
    {
        "id": "b118-27", "feed": "quillback-review", "published": "2025-03-13T13:00:00Z",
        "section": "Essays", "author": "Tomasz Reid", "comments": 31,
        "bio": "Tomasz Reid writes about frozen conflicts and the people who live with them.",
        "title": "A peace treaty on paper: Armenia and Azerbaijan agree a text, and the hard part begins",
        "summary": "The two Caucasus neighbours say they have finished negotiating a peace treaty. "
                   "Signing it is another matter.",
        "body": [
            "For the first time since the Soviet Union collapsed, Armenia and Azerbaijan say they "
            "have a finished text of a peace treaty. Both foreign ministries announced on Thursday "
            "that negotiations on the 17-article draft were complete, after years of meetings in "
            "Washington, Brussels, Moscow and Almaty.",
            "The announcement was greeted with caution. Baku says it will sign only after Armenia "
            "changes its constitution, which it argues contains a claim to Azerbaijani territory. "
            "Yerevan says that is a domestic matter. A referendum would be needed, and it is not "
            "clear that Armenian voters would approve it.",
            "Treaties that end wars are rarely only about borders. This one would commit both sides "
            "to recognise each other's territorial integrity, withdraw third-party forces from the "
            "border and drop interstate legal claims. Each of those clauses has a constituency "
            "against it.",
            "There are worse precedents than a text that waits. Russia and Japan never signed a "
            "peace treaty after 1945, and the islands between them are still disputed eight decades "
            "later. But there are better ones too: agreements that were signed quickly and then "
            "filled in by practice.",
            "What happens next depends on whether the two governments can sell the treaty at home. "
            "For now, the text exists. That is more than could be said a year ago.",
        ],
        "label": "off_topic",
        "note": "Look-alike: another peace treaty (Armenia-Azerbaijan); Russia-Japan mentioned only "
                "as a comparison.",
    },
    {
        "id": "b118-30", "feed": "brasswater-wire", "published": "2025-05-22T15:00:00Z",
        "section": "World", "author": "Holly Brennan",
        "title": "Britain signs treaty handing Chagos Islands to Mauritius, keeps Diego Garcia base",
        "summary": "Britain signed a treaty transferring sovereignty over the Chagos Islands to "
                   "Mauritius while leasing back the Diego Garcia military base for 99 years.",
        "body": [
            "LONDON, May 22 (Brasswater) - Britain signed a treaty on Thursday handing sovereignty "
            "over the Chagos Islands in the Indian Ocean to Mauritius, while securing a 99-year "
            "lease on the joint U.S.-British military base on Diego Garcia.",
            "Prime Minister Keir Starmer said the agreement protected a base that was vital to "
            "national security after court rulings had cast doubt on Britain's claim to the "
            "archipelago. The government said it would pay an average of 101 million pounds a year "
            "for the lease.",
            "The signing went ahead after a last-minute legal challenge by two Chagossian women "
            "was dismissed by the High Court. Some Chagossians, whose families were expelled to "
            "make way for the base, say they were not consulted.",
            "Opposition politicians criticised the deal as a giveaway. The treaty must still be "
            "ratified by parliament.",
            "Mauritius has pursued its claim to the islands for decades, winning an advisory "
            "opinion from the International Court of Justice in 2019.",
            "The United States, which operates the base, welcomed the signing. India, a close "
            "partner of Mauritius, said the agreement completed the decolonisation of the country.",
        ],
        "credits": "Reporting by Holly Brennan; Editing by Paul Carrow",
        "label": "off_topic",
        "note": "Look-alike: another island sovereignty dispute and treaty (Chagos).",
    },
    {
        "id": "b118-33", "feed": "lumpsucker-post", "published": "2025-06-25T07:00:00Z",
        "section": "The Islands", "author": "Aki Tanner", "place": "Nemuro / Sapporo",
        "title": "Japan tells Sapporo travel firm to stop selling Russian-visa tours to Kunashiri and Etorofu",
        "summary": "The Japan Tourism Agency has issued its first administrative guidance over tours "
                   "to the Russian-held islands, telling a Sapporo agency to stop selling trips that "
                   "used Russian visas.",
        "body": [
            "The Japan Tourism Agency has told a Sapporo travel company to stop selling package "
            "tours to Kunashiri and Etorofu that required customers to travel on Russian visas, the "
            "first time the agency has used its powers under the Travel Agency Act over trips to "
            "the Northern Territories.",
            "North Arc Travel advertised eight-day tours via Yuzhno-Sakhalinsk for about 380,000 "
            "yen, including hot springs on Etorofu and a volcano hike on Kunashiri. According to "
            "the agency, around 20 customers joined the trips in 2024 and this spring.",
            "The guidance, issued on June 23, says selling such tours runs against a 1989 cabinet "
            "understanding in which the government asks Japanese citizens not to enter the islands "
            "under Russian procedures, such as with a Russian visa, because doing so could imply "
            "acceptance of Russian jurisdiction. The company has taken the tours off its website.",
            "In Nemuro, reactions were mixed. \"People from here are not allowed to visit their "
            "parents' graves, and a Sapporo company was selling hot-spring trips,\" said a "
            "76-year-old daughter of a former Shikotan resident. A local fisherman said he "
            "understood the temptation: \"The islands are right there. People are curious.\"",
            "The visa-free exchange programme that once let Japanese visit the islands without "
            "Russian visas has been suspended since 2020 and was terminated by Russia in 2022.",
            "The Post could not reach North Arc Travel for comment.",
        ],
        "label": "new_development", "group": "b118-g4",
        "new_facts": ["Japan Tourism Agency issued first-ever administrative guidance to a Sapporo "
                      "travel agency (North Arc Travel) for selling Russian-visa tours to Kunashir "
                      "and Iturup"],
        "must_mention": G4_MM,
        "note": "Second report of g4 (after ja b118-32), no-metadata outlet.",
    },
    {
        "id": "b118-35", "feed": "brasswater-wire", "published": "2025-07-30T01:10:00Z",
        "section": "World", "author": "Anton Greaves",
        "title": "Huge quake off Kamchatka sends tsunami into northern Kuril port; Japan orders evacuations",
        "summary": "A magnitude 8.8 earthquake off Russia's Kamchatka peninsula sent waves into the "
                   "port of Severo-Kurilsk and triggered tsunami warnings along Japan's Pacific coast.",
        "body": [
            "MOSCOW/TOKYO, July 30 (Brasswater) - One of the strongest earthquakes recorded in "
            "decades struck off Russia's Kamchatka peninsula early on Wednesday, sending tsunami "
            "waves into the port of Severo-Kurilsk in the northern Kuril Islands and prompting "
            "evacuation orders along Japan's Pacific coast.",
            "The U.S. Geological Survey put the magnitude at 8.8. Russian officials said waves "
            "flooded the port and a fish processing plant in Severo-Kurilsk, on Paramushir island, "
            "and that residents had been moved to higher ground. There were no immediate reports "
            "of deaths.",
            "Japan's Meteorological Agency issued tsunami warnings for much of the Pacific coast "
            "from Hokkaido southward. Waves of more than a metre were recorded at several points, "
            "and authorities urged hundreds of thousands of residents to evacuate.",
            "Warnings were also issued in Hawaii, along the U.S. West Coast and in parts of South "
            "America.",
            "The Kamchatka and Kuril region sits on one of the most seismically active stretches of "
            "the Pacific Ring of Fire. Severo-Kurilsk was largely destroyed by a tsunami in 1952.",
        ],
        "credits": "Reporting by Anton Greaves; Editing by Lena Marsh",
        "label": "off_topic",
        "note": "Look-alike: natural disaster in the northern Kurils (Paramushir), not part of the "
                "dispute; mentions Japan and Kuril Islands.",
    },
    {
        "id": "b118-37", "feed": "quillback-review", "published": "2025-08-19T09:00:00Z",
        "section": "The North", "author": "Miriam Oakes", "comments": 22,
        "bio": "Miriam Oakes reported from Vladivostok and Sapporo for a decade.",
        "title": "Is Moscow preparing to let the Japanese back? Reading the summer's signals",
        "summary": "A court case here, a tour operator there, a softer word from Sakhalin: none of it "
                   "adds up to a reopening of the islands yet.",
        "body": [
            "Every summer brings a rumour that Russia is about to reopen the southern Kurils to "
            "Japanese visitors, and every summer the ferries sail without them. This year the "
            "rumour had more material than usual, so it is worth asking whether anything has "
            "actually changed.",
            "Start with what has not. The visa-free exchanges that ran from 1992 remain terminated, "
            "as Moscow announced in March 2022. The peace treaty talks remain suspended, and "
            "Russian diplomats continue to say that there are no conditions for resuming them while "
            "Japan keeps its sanctions. No Japanese grave visit has taken place since 2019.",
            "Then the signals. In Sakhalin, regional officials have floated easing the border "
            "rules for foreign tourists on Iturup, which would in theory make the islands easier "
            "to reach for anyone with a Russian visa. In Japan, the government went out of its way "
            "in June to stop a Sapporo travel agency selling exactly that kind of trip. And in "
            "February a court on Sakhalin ordered the dissolution of the Kunashir society that used "
            "to host Japanese delegations, a case now under appeal.",
            "Read together, these do not describe a thaw. They describe two governments each "
            "defending its legal position: Russia by making the islands look like any other "
            "Russian destination, Japan by refusing to let its citizens treat them as one.",
            "Could that change? A reopening would most likely begin with the grave visits, which "
            "both sides have at various times called humanitarian. But Moscow has tied even those "
            "to a change in Tokyo's overall policy, and Tokyo has shown no sign of offering one.",
            "So the honest answer to the question in the headline is: not this summer, and "
            "probably not next.",
        ],
        "label": "restatement",
        "note": "Questioned version of a move (reopening); no new fact. Restates seed facts "
                "(visa-free terminated, talks suspended) and earlier corpus items (b118-28 proposal, "
                "g4, g3) as background.",
    },
    {
        "id": "b118-39", "feed": "oarweed-markets", "published": "2025-11-04T06:00:00Z",
        "section": "Regions", "author": "Dmitri Walsh",
        "title": "Sakhalin third quarter: pollock exports climb, tourist arrivals slip",
        "summary": "Sakhalin's fish exporters had a strong third quarter while tourist numbers fell for "
                   "a second year; the regional economy ministry expects flat growth this year.",
        "body": [
            "Seafood exports from the Sakhalin region rose 14% in value in the third quarter from a "
            "year earlier, driven by frozen pollock and herring sold to China and South Korea, "
            "regional customs data published on Monday show.",
            "Tourism went the other way. The number of visitors staying in registered "
            "accommodation fell 6% in July-September, with fewer arrivals from mainland Russia and "
            "continued weakness in foreign travel. Operators blamed higher air fares and a poor "
            "summer for fog-bound flights to the Kuril Islands.",
            "The Kurils also saw a quieter change. The Ministry for the Development of the Far East "
            "and Arctic stopped taking applications from companies seeking resident status under "
            "the islands' preferential tax regime on Oct. 27. A notice on the ministry's website "
            "says the intake is suspended \"until further notice\" while it checks whether existing "
            "residents have met their investment commitments. Companies that already hold the "
            "status keep their tax benefits.",
            "The regime, launched in 2023, has signed up more than 60 residents, most of them "
            "Russian seafood companies, along with a small number of foreign firms from China, "
            "Thailand and Central Asia.",
            "Oil and gas output from the Sakhalin shelf was broadly flat. The regional economy "
            "ministry kept its forecast for gross regional product growth at around zero for 2025, "
            "citing high interest rates and weaker coal exports.",
            "Regional officials expect the winter fishing season for pollock in the Sea of Okhotsk "
            "to start on schedule in January.",
        ],
        "label": "status_change", "group": "b118-g6",
        "new_facts": ["Russia's Far East ministry suspended acceptance of new residents of the Kuril "
                      "preferential tax regime from Oct 27, 2025 'until further notice' pending an "
                      "audit; existing residents keep benefits"],
        "must_mention": G6_MM,
        "note": "BURIED first report of g6 (third paragraph under a routine regional-economy "
                "headline). State change of the Kuril regime: open to new residents -> suspended "
                "until further notice (neither on nor off). Earlier b118-31 said no restriction was "
                "planned.",
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b118-42", "feed": "brasswater-wire", "published": "2026-01-20T10:00:00Z",
        "section": "Europe", "author": "Anton Greaves",
        "title": "Kremlin sees no basis for dialogue with Tokyo on peace treaty",
        "summary": "The Kremlin said conditions for peace treaty talks with Japan did not exist, "
                   "responding to remarks by Japan's prime minister in parliament.",
        "body": [
            "MOSCOW, Jan 20 (Brasswater) - The Kremlin said on Tuesday there was no basis for "
            "talks with Japan on a peace treaty under the current circumstances, after Japanese "
            "Prime Minister Sanae Takaichi told parliament she wanted to resolve the territorial "
            "issue.",
            "\"We have heard these statements many times. As long as Japan takes part in the "
            "sanctions and in unfriendly actions against our country, there is no basis for such a "
            "dialogue,\" Kremlin spokesman Dmitry Peskov told reporters.",
            "Takaichi, who took office in October, said on Monday in her first policy speech of "
            "the year that Japan would maintain its policy of resolving the territorial issue and "
            "concluding a peace treaty, while describing relations with Russia as severe.",
            "Russia suspended the negotiations in March 2022 in response to Japanese sanctions over "
            "Ukraine. Russian officials have since said that a resumption is impossible unless "
            "Tokyo abandons what they call its hostile policy.",
            "Japan claims four islands off Hokkaido that were seized by Soviet forces at the end of "
            "World War Two. Russia says its sovereignty over them is not open to question.",
        ],
        "credits": "Reporting by Anton Greaves; Editing by Lena Marsh",
        "label": "restatement",
        "note": "New speaker (Peskov) restating seed position: talks impossible under sanctions.",
    },
    {
        "id": "b118-47", "feed": "lumpsucker-post", "published": "2026-04-21T00:30:00Z",
        "section": "Local", "author": "Aki Tanner", "place": "Nemuro",
        "title": "Nemuro's island-view cruises set sail for the season, but the islands stay out of reach",
        "summary": "The tour boats that take visitors along the median line to look at the Habomai "
                   "islets began their season at the weekend; visits to the islands themselves remain "
                   "off.",
        "body": [
            "The small tour boats that carry visitors from Nemuro's Hanasaki harbour toward the "
            "median line to look at the Habomai islets began their season on Sunday, with two "
            "sailings and about 40 passengers.",
            "The 90-minute cruise passes within sight of Kaigara, with its old Japanese lighthouse, "
            "and of Suisho island. A guide on board points out where villages and schools stood "
            "before 1945. On Sunday a former resident of Shibotsu, now 91, joined the first "
            "sailing with her grandson.",
            "\"This is the closest I can go now,\" she said. \"When I was a child we went the other "
            "way, to Nemuro, to buy things. Now I look from here.\"",
            "Organisers said bookings were similar to last year. School groups from across Japan "
            "make up about a third of passengers.",
            "Visits to the islands themselves remain suspended. Russia ended the visa-free "
            "exchanges in 2022, and the grave visits that were once the most important trip of the "
            "year for former residents have not taken place since 2019. The Japanese government "
            "says it keeps asking Moscow to resume them, but there is no prospect of that for now.",
            "The cruises run until October, weather permitting. The boats do not cross the median "
            "line.",
        ],
        "label": "restatement",
        "note": "Occasion/local piece; restates seed fact that visa-free exchanges were terminated "
                "and that there is no prospect of resumption.",
    },
    {
        "id": "b118-48", "feed": "oarweed-markets", "published": "2026-05-12T05:00:00Z",
        "section": "Logistics", "author": "Dmitri Walsh",
        "title": "Yuzhno-Sakhalinsk airport adds Harbin route as Aurora reshuffles summer schedule",
        "summary": "Sakhalin's main airport will get a weekly service to Harbin from June, while "
                   "domestic routes are trimmed to save aircraft.",
        "body": [
            "Yuzhno-Sakhalinsk's Anton Chekhov airport will get a weekly service to Harbin from "
            "June 5, regional carrier Aurora said on Monday, its second route to China after "
            "Shanghai.",
            "At the same time the airline is trimming frequencies on several domestic routes for "
            "the summer, including Khabarovsk and Blagoveshchensk, to free up aircraft during a "
            "shortage of spare parts for its Airbus and Bombardier fleet.",
            "Flights from Yuzhno-Sakhalinsk to the islands of Iturup and Kunashir will remain at "
            "their current frequency, the airline said, although fog regularly disrupts them in "
            "June and July.",
            "The airport handled 1.9 million passengers in 2025, about level with the previous "
            "year. Its international terminal, opened in 2022, has operated well below capacity "
            "since flights to Japan and South Korea were suspended.",
            "Regional officials hope the Harbin route will bring Chinese tourists for the summer "
            "fishing and hiking season.",
            "Aurora, majority-owned by the Sakhalin regional government, took over most of the "
            "Far East routes of its former parent in recent years. It said it would add capacity "
            "on the Vladivostok route in July and August, when demand peaks.",
        ],
        "label": "off_topic",
        "note": "Look-alike for the airports theme: mainland Sakhalin airport and a Chinese route; "
                "Kuril flights mentioned only in passing, no development.",
    },
    {
        "id": "b118-51", "feed": "brasswater-wire", "published": "2026-07-15T08:00:00Z",
        "section": "Asia", "author": "Li Wen Hartigan and Emi Hartley",
        "title": "Chinese provincial delegation visits Russian-held Kunashir; Tokyo raises concern with Beijing",
        "summary": "A delegation led by a vice-governor of China's Shandong province visited "
                   "Kunashir and signed a cooperation memorandum with Sakhalin, the first official "
                   "Chinese government visit to the islands Japan claims.",
        "body": [
            "BEIJING/TOKYO, July 15 (Brasswater) - A delegation from China's Shandong province led "
            "by a vice-governor visited the Russian-held island of Kunashir this week and signed a "
            "memorandum on economic cooperation with Sakhalin's regional government, in what "
            "Russian officials described as the first official visit by Chinese government "
            "representatives to the islands claimed by Japan.",
            "The 14-member delegation headed by Vice-Governor Sun Lin toured a fish processing "
            "plant, the port and a hospital under construction in Yuzhno-Kurilsk on Sunday and "
            "Monday, the local administration said. The memorandum covers supplies of building "
            "materials and cooperation in fish processing on the southern Kurils.",
            "Japan's top government spokesman told a news conference on Wednesday that Tokyo had "
            "informed China that the visit was \"incompatible with Japan's position\" on the "
            "Northern Territories and was \"extremely regrettable.\"",
            "China's Foreign Ministry said it was not aware of the details and that local "
            "cooperation between China and Russia was normal. Beijing has generally avoided taking "
            "a public position on the dispute.",
            "Shandong, a major seafood processing hub, already buys fish from Sakhalin. Companies "
            "from third countries have registered projects on the islands under Russia's "
            "preferential tax regime, a trend Tokyo has repeatedly objected to.",
            "Russia and Japan have never signed a peace treaty because of the dispute. Moscow "
            "suspended the negotiations in 2022 over Japan's sanctions.",
        ],
        "credits": "Reporting by Li Wen Hartigan in Beijing and Emi Hartley in Tokyo; Editing by Paul Carrow",
        "label": "new_development", "group": "b118-g7",
        "new_facts": ["Shandong vice-governor Sun Lin led the first official Chinese government "
                      "delegation to Kunashir and signed a cooperation memorandum with Sakhalin; "
                      "Japan conveyed concern to China"],
        "must_mention": G7_MM,
        "note": "Second report of g7 (after ru b118-50); adds Japan's protest and China's reply.",
    },
    {
        "id": "b118-53", "feed": "quillback-review", "published": "2026-08-25T06:00:00Z",
        "section": "The North", "author": "Tomasz Reid", "comments": 5,
        "bio": "Tomasz Reid writes about frozen conflicts and the people who live with them.",
        "title": "A year after the wave: Severo-Kurilsk rebuilds, and asks for a name for its airfield",
        "summary": "On Paramushir, at the far end of the Kuril chain, the tsunami of July 2025 left a "
                   "town that wants a new harbour wall, a longer runway and a bit of recognition.",
        "body": [
            "Severo-Kurilsk is as far from Tokyo's Northern Territories debate as a Kuril town can "
            "be. It sits on Paramushir, a few kilometres from Kamchatka, and no Japanese government "
            "has claimed it since 1951. What it has in common with the southern islands is weather, "
            "isolation and a long memory of waves.",
            "The tsunami that followed the Kamchatka earthquake in July 2025 flooded the port and "
            "the lower streets. Nobody died, which the town attributes to a drill held two months "
            "before. A year later, a new concrete breakwater is half built, the fish plant is "
            "working again and the school has moved uphill.",
            "The town's airfield is the next project. The runway is too short for anything larger "
            "than a turboprop, and flights to Petropavlovsk are cancelled on roughly one day in "
            "three. The regional government has promised money for an extension in 2027.",
            "The town council has also asked Moscow to name the airfield after the Soviet soldiers "
            "who fought on neighbouring Shumshu in August 1945. The request has been sent to the "
            "commission that reviews such proposals; there has been no decision.",
            "In the port, a retired captain is unimpressed by the idea. \"A name does not make the "
            "plane land in fog,\" he says. \"Give us the runway first.\"",
            "For the 2,000 or so people who remain, the question is less about politics than about "
            "whether their children will stay. Most will not.",
        ],
        "label": "neutral",
        "note": "Borderline: northern Kurils (Paramushir), which Japan does not claim; an airport "
                "naming REQUEST only (look-alike of g2); reconstruction after the 2025 tsunami.",
    },
    {
        "id": "b118-55", "feed": "quillback-review", "published": "2026-10-19T07:00:00Z",
        "section": "Essays", "author": "Miriam Oakes", "comments": 18,
        "bio": "Miriam Oakes reported from Vladivostok and Sapporo for a decade.",
        "title": "Seventy years after Moscow 1956: the declaration both sides quote and neither can use",
        "summary": "The Soviet-Japanese Joint Declaration turns seventy today. It ended a war and "
                   "promised two islands, and it is still the only agreed text the dispute has.",
        "body": [
            "On October 19, 1956, Ichiro Hatoyama and Nikolai Bulganin signed a short document in "
            "Moscow that ended the state of war between Japan and the Soviet Union and restored "
            "diplomatic relations. It is the only treaty-level text the two countries have ever "
            "ratified on the question of the islands between them.",
            "Its ninth article says the Soviet Union agrees to hand over Shikotan and the Habomai "
            "islets after a peace treaty is concluded. Seventy years later there is no treaty and "
            "no handover, and the article has been read in as many ways as there have been "
            "governments.",
            "In 2018 Shinzo Abe and Vladimir Putin agreed in Singapore to accelerate negotiations "
            "on the basis of the declaration, which seemed for a moment to narrow the dispute to "
            "two islands. That process ended in March 2022, when Moscow broke off the talks in "
            "response to Japanese sanctions, terminated the visa-free exchanges and left the "
            "discussions on joint economic activity.",
            "Since then both sides have kept citing 1956 for opposite purposes. Japanese officials "
            "point to it as proof that Moscow once accepted a territorial question existed. Russian "
            "officials say any discussion now would have to start from the recognition of Russian "
            "sovereignty, and that in any case there is nothing to discuss with a government that "
            "sanctions them.",
            "There were no official commemorations today in either capital. In Nemuro, a small "
            "exhibition of newspaper front pages from 1956 opened at the city museum.",
            "Anniversaries invite the question of what might have been. The more useful question is "
            "what the declaration still does: it keeps a door marked on the map, even if nobody is "
            "walking through it.",
        ],
        "label": "restatement",
        "note": "Anniversary/background piece (1956 declaration, 70 years); restates seed facts "
                "(1956 declaration, 2018 acceleration, March 2022 termination of talks, visa-free "
                "exchanges and joint activity dialogue).",
    },
    {
        "id": "b118-57", "feed": "lumpsucker-post", "published": "2027-01-12T04:00:00Z",
        "section": "Events", "author": "Post staff", "place": "Kushiro",
        "title": "Kurilian bobtails steal the show at Kushiro cat fair",
        "summary": "A breed named after the Kuril Islands drew the biggest crowds at a weekend cat "
                   "show in Kushiro.",
        "body": [
            "A stubby-tailed breed named after the Kuril Islands drew the longest queues at the "
            "Kushiro winter cat fair at the weekend, where more than 200 cats from across Hokkaido "
            "competed.",
            "The Kurilian bobtail, recognised by international cat associations in the 2000s, is "
            "said to descend from cats that lived on the islands and on Sakhalin. Its short, "
            "pom-pom tail is the result of a natural mutation. Breeders say the cats are good "
            "mousers and unusually fond of water.",
            "\"People ask me whether they are Russian or Japanese,\" said a breeder from Obihiro "
            "whose male, Kuma, won best in his class. \"I tell them they are cats.\"",
            "Only about a dozen Kurilian bobtails are registered in Hokkaido, organisers said. The "
            "fair, now in its eleventh year, raised money for a Kushiro animal shelter.",
            "The best-in-show prize went to a Maine Coon from Sapporo.",
            "Organisers said next year's fair would move to a larger hall at the Kushiro city "
            "exhibition centre because of the number of visitors, many of whom came from outside "
            "eastern Hokkaido.",
        ],
        "label": "off_topic",
        "note": "Look-alike: a cat breed named after the Kuril Islands.",
    },
    {
        "id": "b118-58", "feed": "brasswater-wire", "published": "2027-01-26T09:00:00Z",
        "section": "Europe", "author": "Anton Greaves",
        "title": "Russia would consider treaty dialogue only if Japan drops sanctions, deputy minister says",
        "summary": "Russia's deputy foreign minister said Moscow could return to talks on a peace "
                   "treaty only if Tokyo ended sanctions and its 'hostile' policy.",
        "body": [
            "MOSCOW, Jan 26 (Brasswater) - Russia would be prepared to consider a dialogue with "
            "Japan on a peace treaty only if Tokyo lifted its sanctions and abandoned what Moscow "
            "calls its hostile policy, Deputy Foreign Minister Andrei Rudenko said in an interview "
            "published on Tuesday.",
            "\"If Tokyo makes a real choice in favour of good-neighbourliness, and not in words, we "
            "could look at the question again. Today there is nothing of the kind,\" Rudenko told "
            "the Izvestia newspaper.",
            "Rudenko said Japan's deepening military cooperation with the United States and other "
            "NATO members near Russia's borders made the atmosphere worse, and that Moscow saw no "
            "signals from the Takaichi government that would justify a change.",
            "The comments echo what Rudenko said almost three years ago, when he told TASS that a "
            "resumption of the dialogue was \"categorically impossible\" and that the key condition "
            "for any normalisation was Tokyo's abandonment of its hostile policy.",
            "Russia suspended the negotiations in March 2022. Japan says its policy of resolving "
            "the territorial issue and concluding a peace treaty remains unchanged.",
        ],
        "credits": "Reporting by Anton Greaves; Editing by Lena Marsh",
        "label": "restatement",
        "note": "Conditional version ('would consider ... only if'); restates seed position of "
                "Rudenko 2024-02-08 almost verbatim.",
    },
]
