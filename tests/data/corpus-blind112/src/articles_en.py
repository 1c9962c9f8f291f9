"""English-language articles of corpus blind112."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b112-02", "feed": "parhelion-wire", "published": "2024-02-14T09:30:00Z",
        "title": "Russian envoy says Tokyo's sanctions leave 'no ground' for peace treaty talks",
        "summary": "Nikolai Nozdrev, Moscow's ambassador in Tokyo, said negotiations on a peace treaty "
                   "could not be revived while Japan kept up what he called an anti-Russian course.",
        "label": "restatement",
        "note": "New speaker (ambassador Nozdrev), known position: talks impossible under sanctions "
                "(seeds 001, 002, 004); sovereignty 'not up for discussion' (seed 001).",
        "byline": "Parhelion Tokyo bureau", "section": "Asia Pacific",
        "body": [
            "TOKYO, Feb 14 (Parhelion) - Russia's ambassador to Japan said on Wednesday there was \"no "
            "ground at all\" for reviving talks on a post-war peace treaty while Tokyo maintained "
            "sanctions against Moscow, echoing remarks made by a senior Russian diplomat last week.",
            "\"A treaty that is supposed to lay the foundation of good-neighbourly relations cannot be "
            "discussed with a government that arms the Kyiv regime and joins every new round of "
            "restrictions,\" Nikolai Nozdrev said in an interview with a Russian state broadcaster, a "
            "transcript of which was posted on the embassy's Telegram channel.",
            "Moscow pulled out of the negotiations in March 2022, weeks after Japan joined Western "
            "sanctions over Russia's invasion of Ukraine. At the same time it ended visa-free visits by "
            "Japanese citizens to the southern Kuril islands, which Japan calls the Northern Territories, "
            "and walked away from talks on joint economic activity there.",
            "Deputy Foreign Minister Andrei Rudenko told the TASS news agency on Feb 8 that a resumption "
            "of the dialogue was \"categorically impossible\" in the current environment.",
            "Nozdrev repeated Moscow's line that its sovereignty over the four islands - Iturup, "
            "Kunashir, Shikotan and the Habomai group - was not up for discussion, and said a change in "
            "Japanese policy, \"not signals or gestures\", was the precondition for any normalisation.",
            "Japan's foreign ministry had no immediate comment. Prime Minister Fumio Kishida told a rally "
            "in Tokyo on Feb 7, Northern Territories Day, that Japan's policy of resolving the "
            "territorial issue and concluding a peace treaty \"remains unchanged\", although relations "
            "with Russia were in a \"difficult situation\".",
            "The two countries have never signed a peace treaty formally ending their World War Two "
            "hostilities.",
            "(Reporting by the Tokyo bureau; Editing by Martin Albescu)",
        ],
    },
    {
        "id": "b112-08", "feed": "parhelion-wire", "published": "2024-06-26T03:15:00Z",
        "group": "b112-g1", "label": "new_development",
        "title": "Kremlin security chief Shoygu visits Japan-claimed Etorofu, Tokyo protests",
        "summary": "Sergei Shoygu, secretary of Russia's Security Council, toured military units on "
                   "Iturup, known in Japan as Etorofu, and went on to Kunashir, prompting a protest "
                   "from Tokyo.",
        "new_facts": ["Security Council secretary Sergei Shoigu visited Iturup and Kunashir on "
                      "25 June 2024 and chaired a meeting on the islands' security; Japan protested"],
        "must_mention": [["shoigu", "shoygu"], ["iturup", "etorofu", "kunashir"]],
        "note": "Same development as b112-06 (first report, Russian), syndicated wire version a day "
                "later with Japanese place names (Etorofu, Kunashiri) and the 'Shoygu' spelling.",
        "byline": "Parhelion staff", "section": "Asia Pacific",
        "body": [
            "MOSCOW/TOKYO, June 26 (Parhelion) - Sergei Shoygu, the former defence minister who now "
            "heads Russia's Security Council, visited two of the Russian-held islands claimed by Japan "
            "on Tuesday, inspecting troops and chairing a meeting on the security of the Kuril chain, "
            "Russian regional media reported.",
            "Shoygu flew to Iturup - which Japan calls Etorofu - where he visited units of the "
            "machine-gun and artillery division stationed on the island and held an off-site meeting in "
            "the town of Kurilsk, according to the Sakhalin news site Tyatya-Inform and video released "
            "by the regional government. He then travelled on to Kunashir, known in Japan as Kunashiri.",
            "It was his first trip to the islands since President Vladimir Putin moved him from the "
            "defence ministry to the Security Council in May. He was quoted as telling officials that "
            "the islands' protection \"will only be strengthened\".",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo that the visit "
            "was \"incompatible with Japan's position and unacceptable\", adding that Tokyo had lodged a "
            "protest through diplomatic channels.",
            "Moscow broke off peace treaty talks with Japan in March 2022 in response to Tokyo's "
            "sanctions over the war in Ukraine. The islands, which Soviet forces seized at the end of "
            "World War Two, are the main obstacle to a treaty.",
            "Russia has built up its military presence on the islands over the past decade. Japan "
            "routinely protests visits by senior Russian officials.",
            "(Additional reporting from Tokyo; Editing by Hanna Lindqvist)",
        ],
    },
    {
        "id": "b112-09", "feed": "gyre-review", "published": "2024-07-02T08:00:00Z",
        "group": "b112-g1", "label": "new_development",
        "title": "What a security chief's island stopover tells us - and what it doesn't",
        "summary": "Sergei Shoigu's day on Iturup and Kunashir was choreographed for two audiences. "
                   "Neither of them was in Tokyo.",
        "new_facts": ["Follow-up analysis of Shoigu's 25 June 2024 visit; no new fact"],
        "must_mention": [["shoigu", "shoygu"], ["iturup", "etorofu", "kunashir"]],
        "note": "Follow-up of group g1 a week later: analysis of the Shoigu visit with no new fact. "
                "Page without metadata.",
        "byline": "Ilse Marchetti", "section": "Analysis",
        "body": [
            "When Sergei Shoigu stepped off the plane at Iturup's airport on 25 June, the pictures were "
            "ready before he was: the honour guard, the new barracks, the governor of Sakhalin a "
            "half-step behind. By the evening he was on Kunashir, and by the next morning Tokyo had "
            "protested, as it always does.",
            "It is tempting to read the visit as a signal to Japan. It was probably not, or not mainly. "
            "Mr Shoigu lost the defence ministry in May and gained the Security Council, a body whose "
            "secretary matters as much as the president wants him to. A trip to the most symbolic of "
            "Russia's frontiers is a way of telling the system that he still has a portfolio.",
            "The second audience is the islanders themselves. Kurilsk and Yuzhno-Kurilsk have had a "
            "lean few years: a supply ship that did not come, a hospital short of doctors, the "
            "disappearance of the Japanese visitors whose spending once counted for something. A "
            "minister-grade guest with promises about airfields and piers is domestic politics.",
            "## What it doesn't change",
            "None of this alters the state of play between Moscow and Tokyo. Russia walked out of the "
            "peace treaty negotiations in March 2022, citing Japan's sanctions, and ended the visa-free "
            "visits that had let former Japanese residents see their old villages and graves. In "
            "February this year Deputy Foreign Minister Andrei Rudenko called a resumption "
            "\"categorically impossible\".",
            "Tokyo's reply to Mr Shoigu's trip - \"unacceptable\", in the words of the chief cabinet "
            "secretary - was the reply it gives to every such visit. There is no negotiation for the "
            "visit to derail, and no sign of one starting.",
            "The islands remain what they have been since 1945: Russian-run, Japanese-claimed, and "
            "outside any process that might change either fact.",
        ],
    },
    {
        "id": "b112-10", "feed": "isobath-asia", "published": "2024-08-20T05:00:00Z",
        "label": "off_topic",
        "title": "Armenia, Azerbaijan swap fresh proposals on peace treaty draft",
        "summary": "Yerevan and Baku exchanged new comments on the draft of a bilateral peace treaty, "
                   "but disagreements over constitutional wording and border delimitation remain.",
        "note": "Look-alike: another peace treaty (Armenia-Azerbaijan), not Russia-Japan.",
        "byline": "Isobath desk", "section": "Diplomacy", "tags": ["Caucasus", "Treaties"],
        "body": [
            "Armenia and Azerbaijan have exchanged a new round of written proposals on the draft of a "
            "peace treaty, officials in both capitals said on Monday, describing the text as largely "
            "agreed but still stuck on a handful of articles.",
            "Armenia's foreign ministry said it had handed over its comments \"on the remaining "
            "provisions\" and was ready to sign what had already been agreed. Azerbaijan's foreign "
            "ministry said a treaty could only be signed once Armenia removed from its constitution a "
            "reference that Baku regards as a territorial claim.",
            "Border commissions from the two countries have met several times this year and agreed "
            "on a first stretch of their frontier in the north, a process both sides hailed as a "
            "precedent for the rest of the border.",
            "The two neighbours fought wars in the early 1990s and in 2020 over the Karabakh region, "
            "which Azerbaijan retook in full in September 2023.",
            "Diplomats involved in the talks said no date had been set for the next meeting of the "
            "foreign ministers, and that a signing before the end of the year looked unlikely.",
        ],
    },
    {
        "id": "b112-12", "feed": "soya-observer", "published": "2024-10-08T07:00:00Z",
        "label": "restatement",
        "title": "Nemuro mayor urges Moscow to let former islanders visit family graves 'while they still can'",
        "summary": "Nemuro's mayor called on Russia to allow humanitarian grave visits to the four "
                   "islands, halted since 2022, saying time was running out for elderly former residents.",
        "note": "Request, not a move: visa-free trips and visits ended in March 2022 (seeds 001, 003); "
                "Russia has not responded. No new state.",
        "byline": "Kaori Ueda", "section": "The Islands",
        "body": [
            "Nemuro's mayor on Monday urged the Russian government to allow former residents of the "
            "four Russian-held islands to visit the graves of their families \"as a purely "
            "humanitarian matter, while they still can\".",
            "Speaking at the autumn meeting of the local branch of the league of former island "
            "residents, the mayor said he had written again to the Japanese foreign ministry asking it "
            "to press Moscow, and that he would raise the issue with any Russian official willing to "
            "meet him.",
            "\"I am not asking Moscow to change its position on anything. I am asking it to let a "
            "90-year-old woman put flowers on her father's grave,\" he told about 80 people at the "
            "city's cultural hall.",
            "Russia ended the visa-free exchange programme and the simplified visits for former "
            "residents in March 2022, in response to Japan's sanctions over the invasion of Ukraine. "
            "It also said it would not continue peace treaty negotiations. The grave visits, organised "
            "since 1964, were first halted by the pandemic in 2020 and have not resumed.",
            "The Japanese government has repeatedly asked Russia to resume at least the grave visits. "
            "Moscow has not responded publicly to the latest requests, officials in Tokyo say.",
            "According to the league, the average age of the surviving former residents has passed 88. "
            "About 5,000 of the roughly 17,000 people who lived on the islands in 1945 are still alive.",
            "Several members at Monday's meeting said they had stopped expecting to return. \"We ask "
            "every year,\" said one man, born on Shikotan in 1937. \"Asking is all we have left.\"",
        ],
    },
    {
        "id": "b112-14", "feed": "isobath-asia", "published": "2024-12-24T09:00:00Z",
        "label": "restatement",
        "title": "Moscow's verdict on 2024 with Tokyo: 'no subjects' for political talks",
        "summary": "In a year-end interview Russia's deputy foreign minister said relations with Japan "
                   "remained at an 'unprecedented low' and that peace treaty talks were off the agenda.",
        "note": "Year-end restatement by Rudenko: talks impossible, no topics for political discussion "
                "(seed 004, almost verbatim). Mentions the June Shoigu visit (g1) as background only.",
        "byline": "Isobath desk", "section": "Diplomacy", "tags": ["Russia", "Japan"],
        "body": [
            "Russia's relations with Japan ended 2024 where they began it, at what Deputy Foreign "
            "Minister Andrei Rudenko called \"an unprecedentedly low level\", with no prospect of a "
            "return to peace treaty negotiations.",
            "\"There are still no subjects for a serious political conversation with Tokyo,\" Rudenko "
            "told a Russian news agency in a year-end interview published on Tuesday. \"The key "
            "condition for any movement is the Japanese government's rejection of its hostile policy "
            "toward Russia.\"",
            "He repeated that Russia's sovereignty over the southern Kuril islands, which Japan calls "
            "the Northern Territories, was \"not subject to discussion\".",
            "Moscow broke off the treaty talks in March 2022 after Tokyo joined Western sanctions over "
            "the war in Ukraine. Rudenko used almost the same words in February, when he described a "
            "resumption as \"categorically impossible\".",
            "The year brought little to change that picture. In June, Security Council secretary "
            "Sergei Shoigu toured Iturup and Kunashir, drawing the usual protest from Tokyo. Japan "
            "added further Russian entities to its sanctions lists in the autumn.",
            "Asked about humanitarian contacts, including visits by elderly former Japanese residents "
            "to family graves on the islands, Rudenko said such questions \"cannot be separated from "
            "the general state of relations\".",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b112-15", "feed": "isobath-asia", "published": "2025-01-28T06:00:00Z",
        "label": "off_topic",
        "title": "Hokkaido crab prices climb as Russian shipments thin",
        "summary": "Wholesale prices for king and snow crab in Hokkaido rose sharply after imports "
                   "from Russia fell for a second year.",
        "note": "Look-alike: unrelated Japan-Russia trade news (crab imports), not the islands or treaty.",
        "byline": "Isobath markets desk", "section": "Trade", "tags": ["Japan", "Seafood"],
        "body": [
            "Wholesale prices for king crab at markets in Sapporo and Hakodate were about a fifth "
            "higher in January than a year earlier, traders said, as imports from Russia, Japan's "
            "biggest supplier, fell for a second consecutive year.",
            "Japan imported roughly 12 percent less crab from Russia in 2024 by volume, according to "
            "preliminary customs figures, with traders citing lower Russian catch quotas, longer "
            "shipping routes and tighter payment channels.",
            "\"New Year demand held up, but buyers are trading down to smaller sizes,\" said a "
            "wholesaler at Sapporo's central market. Restaurants in Otaru and Kushiro have raised menu "
            "prices, local media reported.",
            "Japan has not banned Russian seafood imports, though some importers have cut back "
            "because of banking difficulties. Russian exporters have increasingly sent crab to China "
            "and South Korea instead.",
            "Hokkaido's fisheries cooperatives say local catches cannot make up the difference. Snow "
            "crab landed in Wakkanai and Abashiri has been smaller than usual for two seasons, and "
            "processors in Kushiro say they have cut night shifts.",
            "Analysts expect prices to stay high until at least the summer, when Russian quotas for "
            "the new season are published and traders can judge how much will reach Japan.",
        ],
    },
    {
        "id": "b112-18", "feed": "soya-observer", "published": "2025-02-18T02:00:00Z",
        "group": "b112-g2", "label": "new_development",
        "title": "Nemuro week: a hospital in the red, scallop aid, and a new desk in Tokyo",
        "summary": "Our weekly round-up of news from the Nemuro peninsula: the city hospital's deficit, "
                   "help for scallop exporters, a government agency for the islands, and drift ice.",
        "new_facts": ["Japan's cabinet approved a bill creating a Northern Territories Affairs Agency "
                      "(upgrading the Cabinet Office headquarters), due to start in April 2026 with a "
                      "Nemuro branch"],
        "must_mention": [["agency"], ["northern territories"]],
        "note": "Group g2, buried: routine weekly round-up headline, the new agency is the third item.",
        "byline": "Observer staff", "section": "Nemuro week",
        "body": [
            "## Hospital deficit deepens",
            "Nemuro City Hospital expects a shortfall of about ¥1.3 billion for the year to March, the "
            "city told the assembly's welfare committee on Thursday, up from ¥1.1 billion last year. "
            "The hospital has been without a full-time cardiologist since the autumn and is sending "
            "more emergency patients to Kushiro, 120 kilometres away.",
            "## Help for scallop exporters",
            "The prefecture will extend low-interest loans for scallop processors until the end of "
            "the next fiscal year. Processors in Betsukai and Nemuro say they are still looking for "
            "buyers in South-East Asia and North America to replace lost sales.",
            "## A new desk in Tokyo",
            "The cabinet on Friday approved a bill to set up a Northern Territories Affairs Agency, "
            "upgrading the small headquarters in the Cabinet Office that has run awareness campaigns "
            "and support for former island residents since the 1970s. If the Diet passes the bill, "
            "the agency will start work in April 2026 with about 80 staff, a commissioner of "
            "vice-ministerial rank and a branch office in Nemuro.",
            "The agency will take over \"awareness\" work, support for former residents and their "
            "descendants, the recording of their testimony, and funding for towns facing the islands. "
            "Officials say it will also prepare for the day the visa-free exchanges with the islands, "
            "halted by Russia in 2022, can resume. The former residents' league welcomed the decision; "
            "the mayor said the branch office was \"a promise that Nemuro is not forgotten\".",
            "## The ice is in",
            "Drift ice reached the Nemuro Strait coast near Rausu on Sunday, three days later than "
            "average, the Japan Meteorological Agency said. Gillnet boats from Shibetsu have stayed in "
            "port.",
        ],
    },
    {
        "id": "b112-19", "feed": "parhelion-wire", "published": "2025-02-22T08:00:00Z",
        "label": "off_topic",
        "title": "Seoul protests as Shimane marks 'Takeshima Day'",
        "summary": "South Korea summoned a Japanese diplomat after a Japanese government official "
                   "attended a ceremony asserting Tokyo's claim to islets Seoul controls and calls Dokdo.",
        "note": "Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea).",
        "byline": "Parhelion Seoul bureau", "section": "Asia Pacific",
        "body": [
            "SEOUL, Feb 22 (Parhelion) - South Korea lodged a protest with Japan on Saturday after "
            "Shimane prefecture held its annual \"Takeshima Day\" ceremony, asserting Japan's claim to "
            "a group of islets in the sea between the two countries that Seoul controls and calls "
            "Dokdo.",
            "South Korea's foreign ministry summoned a senior diplomat from the Japanese embassy and "
            "urged Tokyo to \"immediately abolish\" the event, which a parliamentary vice-minister from "
            "the Cabinet Office attended, as in previous years.",
            "\"Dokdo is clearly Korean territory historically, geographically and under international "
            "law,\" the ministry said in a statement.",
            "Japan says the islets are an inherent part of its territory and that South Korea "
            "occupies them illegally. South Korea has stationed a small police detachment there "
            "since the 1950s.",
            "The annual dispute has not derailed a thaw between the two governments, which have "
            "stepped up security cooperation with the United States.",
            "In Tokyo, the chief cabinet secretary said Japan had rejected Seoul's protest and that "
            "its position on the islets was \"consistent\". Officials in both capitals noted that the "
            "ceremony was attended, as in previous years, by a vice-minister rather than a cabinet "
            "member, which Seoul has long said would be a red line.",
        ],
    },
    {
        "id": "b112-22", "feed": "parhelion-wire", "published": "2025-06-10T18:00:00Z",
        "group": "b112-g3", "label": "status_change",
        "title": "Russia, Japan hold first peace treaty consultations since 2022 - in Bahrain, and for now only once",
        "summary": "Russian Deputy Foreign Minister Andrei Rudenko met Japan's top diplomat for Europe "
                   "in Manama in the first consultations touching on a peace treaty since Moscow "
                   "walked out in 2022. No further round was agreed.",
        "new_facts": ["First Russia-Japan consultations covering the peace treaty since March 2022 "
                      "held in Manama on 10 June 2025 (Rudenko and the MOFA Europe director-general); "
                      "a one-off, no next round agreed"],
        "must_mention": [["manama", "bahrain"], ["consultation", "talks"]],
        "note": "Group g3 (first report b112-21, Russian). Old state: talks terminated March 2022, "
                "'categorically impossible' Feb 2024 (seeds). New: held once, no next round.",
        "byline": "Parhelion staff", "section": "Asia Pacific",
        "body": [
            "MOSCOW, June 10 (Parhelion) - Russian and Japanese diplomats held consultations in Bahrain "
            "on Tuesday that touched on a post-war peace treaty, the first such contact since Moscow "
            "broke off treaty talks in 2022, Russia's foreign ministry said.",
            "Deputy Foreign Minister Andrei Rudenko met the Japanese foreign ministry's director-general "
            "for European affairs in Manama, the ministry said, describing a \"detailed exchange of "
            "views\" on bilateral relations \"including the peace treaty issue\".",
            "A Russian diplomat told the Gyrokompas news agency the meeting was \"a one-off\" and did "
            "not mean negotiations had resumed. No date was set for another round.",
            "In Tokyo, a foreign ministry official confirmed the meeting but declined to give details. "
            "Japan had raised the resumption of visits by former residents of the disputed islands "
            "to their family graves, Russian sources said.",
            "Russia walked out of the peace treaty negotiations in March 2022, saying it could not "
            "discuss a fundamental document with a country that had imposed \"openly unfriendly\" "
            "sanctions. As recently as February 2024, Rudenko called a resumption \"categorically "
            "impossible\".",
            "The dispute centres on four islands off Hokkaido - Iturup, Kunashir, Shikotan and the "
            "Habomai group - which Soviet troops seized in 1945 and which Japan calls its Northern "
            "Territories.",
            "(Reporting by the Moscow bureau; additional reporting from Tokyo; Editing by Martin Albescu)",
        ],
    },
    {
        "id": "b112-25", "feed": "isobath-asia", "published": "2025-07-15T10:00:00Z",
        "label": "restatement",
        "title": "Rudenko: Manama meeting 'could have a sequel' - if Tokyo changes course",
        "summary": "Russia's deputy foreign minister said a second round of consultations with Japan "
                   "was possible only if Tokyo abandoned its 'hostile line'; no date has been set.",
        "note": "Conditional ('could... if Tokyo changes course'): no round scheduled. Restates the seed "
                "condition (seed 004) and the one-off state of g3.",
        "byline": "Isobath desk", "section": "Diplomacy", "tags": ["Russia", "Japan"],
        "body": [
            "A second round of the Russian-Japanese consultations held in Bahrain last month is "
            "possible, but only if Tokyo drops its \"hostile line\", Russian Deputy Foreign Minister "
            "Andrei Rudenko said in an interview published on Tuesday.",
            "\"We did not slam the door in Manama. Whether the meeting has a sequel depends entirely "
            "on the Japanese side,\" Rudenko told a Russian newspaper. \"If Tokyo continues to follow "
            "in the wake of Washington's and Brussels' sanctions policy, there will be nothing to "
            "continue.\"",
            "He said the June meeting had been an exchange of views and \"not the resumption of a "
            "negotiating process\", repeating that Russia's sovereignty over the southern Kurils was "
            "not open to discussion.",
            "Japanese officials have said the same, describing the meeting as a channel for "
            "communication rather than a return to treaty talks, which Moscow broke off in March 2022. "
            "No date for further consultations has been discussed, diplomats on both sides say.",
            "Rudenko made similar remarks in February 2024, when he said the key condition for "
            "normalisation was Tokyo's \"refusal of its hostile policy\".",
        ],
    },
    {
        "id": "b112-26", "feed": "soya-observer", "published": "2025-09-02T06:00:00Z",
        "group": "b112-g4", "label": "new_development",
        "title": "Japanese MP lands on Kunashiri on a Russian visa, defying Tokyo's travel policy",
        "summary": "Kengo Sawai, an independent member of the House of Representatives, flew to "
                   "Kunashiri from Yuzhno-Sakhalinsk on a Russian visa - the first sitting Japanese "
                   "lawmaker known to have done so.",
        "new_facts": ["Lower House member Kengo Sawai entered Kunashir on a Russian visa via "
                      "Yuzhno-Sakhalinsk on 1 September 2025, the first sitting Japanese lawmaker to do "
                      "so; Tokyo called it extremely regrettable"],
        "must_mention": [["sawai"], ["visa"]],
        "note": "First report of g4 (English). New: a sitting Japanese MP entered the disputed islands "
                "on a Russian visa, against Japan's 1989 policy; government reaction.",
        "byline": "Kaori Ueda", "section": "The Islands",
        "body": [
            "A sitting member of Japan's House of Representatives has travelled to Kunashiri, one of "
            "the four Russian-held islands Japan claims, on a Russian visa, in defiance of a "
            "decades-old government request that Japanese citizens stay away from the islands unless "
            "they travel under the now-suspended visa-free arrangements.",
            "Kengo Sawai, an independent elected from the Hokkaido proportional bloc, flew from "
            "Yuzhno-Sakhalinsk to the island's Mendeleyevo airport on Monday, 1 September, according "
            "to Russian local media and his own office. He visited a school and the hospital in the "
            "main settlement, which Russia calls Yuzhno-Kurilsk, and laid flowers at an old Japanese "
            "cemetery.",
            "He is the first sitting Japanese lawmaker known to have entered the islands with a "
            "Russian visa. Japanese legislators have visited before, but only on the visa-free "
            "exchange trips that Russia terminated in 2022.",
            "Since 1989 the Japanese government has asked its citizens to refrain from entering the "
            "islands with Russian visas, arguing that doing so would amount to accepting Russian "
            "jurisdiction over what Tokyo calls the Northern Territories.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters on Tuesday that the trip was "
            "\"extremely regrettable\" and that the government was confirming the facts.",
            "Mr Sawai's office said he had no political aim and wanted to \"find a thread\" that might "
            "lead to a resumption of grave visits by former residents. He is due back in Japan, via "
            "Sakhalin, on Wednesday.",
            "In Nemuro, the reaction among former islanders was bitter. \"We cannot even visit our "
            "parents' graves, and a Diet member goes on a Russian visa,\" one 90-year-old man said.",
        ],
    },
    {
        "id": "b112-29", "feed": "gyre-review", "published": "2025-10-07T05:00:00Z",
        "label": "off_topic",
        "title": "Hans Island, and the lost art of splitting a rock",
        "summary": "Denmark and Canada ended their 'whisky war' by drawing a line across a barren "
                   "Arctic islet. Why almost nobody copies them.",
        "note": "Look-alike: another island dispute (Hans Island, Denmark/Greenland-Canada). The Kurils "
                "appear only as a one-line contrast.",
        "byline": "Ilse Marchetti", "section": "Essay",
        "body": [
            "For half a century Hans Island, a 1.3-square-kilometre lump of limestone in the Nares "
            "Strait between Greenland and Canada's Ellesmere Island, was the subject of the world's "
            "politest territorial dispute. Danish officers would land, raise a flag and leave a "
            "bottle of schnapps; Canadians would come, replace the flag and leave a bottle of whisky.",
            "In June 2022 the two governments did something almost unheard of: they split the rock. "
            "A line now runs across the island along a natural ravine, giving Canada and the Kingdom "
            "of Denmark a land border each had lacked.",
            "## Why the example does not travel",
            "Hans Island had no residents, no graves and no garrison. Nobody's grandparents were "
            "deported from it; nobody's navy needs it. The compromise cost both sides nothing that "
            "voters could see.",
            "Most island disputes look nothing like that. In the East China Sea, the Senkakus sit "
            "inside a strategic rivalry. In the North Pacific, Moscow and Tokyo have not even been "
            "negotiating about the southern Kurils since 2022, and the islands there have towns, "
            "schools and regiments.",
            "The lesson of Hans Island may be narrower than its admirers hope: rocks are easy to split "
            "when nothing is at stake on them.",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b112-33", "feed": "parhelion-wire", "published": "2026-02-07T06:00:00Z",
        "label": "restatement",
        "title": "On Northern Territories Day, Takaichi says goal of peace treaty with Russia 'unchanged'",
        "summary": "Japan's prime minister told the annual rally for the return of the islands that "
                   "Tokyo would keep seeking to resolve the territorial issue and sign a peace treaty.",
        "note": "Annual occasion piece: restates Japan's policy (seed 002: Kishida 'steadfast'). Mentions "
                "the one-off Manama meeting (g3) and the agency (g2) only as background.",
        "byline": "Parhelion Tokyo bureau", "section": "Asia Pacific",
        "body": [
            "TOKYO, Feb 7 (Parhelion) - Prime Minister Sanae Takaichi said on Saturday that Japan's "
            "policy of resolving its territorial dispute with Russia and concluding a peace treaty "
            "remained unchanged, speaking at the annual national rally for the return of four "
            "Russian-held islands off Hokkaido.",
            "\"Relations with Russia are in a severe state, but our goal is unchanged,\" Takaichi told "
            "the rally in Tokyo, held every year on Northern Territories Day. \"For the former "
            "residents, whose average age is now close to 90, there is no time to lose.\"",
            "She repeated Japan's call on Moscow to allow former residents to resume visits to family "
            "graves on the islands, which have been suspended since 2022.",
            "Russia broke off the treaty negotiations in March 2022 over Japan's sanctions. Diplomats "
            "from the two countries met once in Bahrain last June, but both sides said the meeting did "
            "not mark a resumption of talks.",
            "Takaichi also noted that a new government agency dedicated to the Northern Territories "
            "issue, created by a law passed last year, would begin work in April.",
            "Russia says the islands, which it calls the southern Kurils, became part of the Soviet "
            "Union as a result of World War Two and that its sovereignty over them is not in question.",
        ],
    },
    {
        "id": "b112-35", "feed": "isobath-asia", "published": "2026-02-18T07:00:00Z",
        "group": "b112-g5", "label": "status_change",
        "title": "Japan, Russia agree to twice-yearly treaty consultations; next round in Tokyo in May",
        "summary": "Foreign Minister Toshimitsu Motegi said the two countries had agreed to hold "
                   "consultations including the peace treaty issue twice a year, turning last June's "
                   "one-off meeting into a regular channel.",
        "new_facts": ["Japan and Russia agreed (Moscow, 12 Feb 2026) to hold foreign-ministry "
                      "consultations including the peace treaty issue twice a year; next round in "
                      "Tokyo in May"],
        "must_mention": [["twice-yearly", "twice a year", "regular"]],
        "note": "Group g5 (first report b112-34, Japanese, buried in a press-conference transcript). "
                "Old state: one-off consultations (Manama, June 2025). New: regular, twice a year.",
        "byline": "Isobath desk", "section": "Diplomacy", "tags": ["Japan", "Russia", "Peace treaty"],
        "body": [
            "Japan and Russia have agreed to hold diplomatic consultations that include the peace "
            "treaty issue twice a year, Japanese Foreign Minister Toshimitsu Motegi said on Tuesday, "
            "giving a regular footing to contacts that resumed with a single meeting in Bahrain last "
            "June.",
            "Motegi told a news conference that the director-general of the foreign ministry's "
            "European Affairs Bureau had met Russian Deputy Foreign Minister Andrei Rudenko in Moscow "
            "on Feb 12 and that the two sides had agreed to meet \"regularly, twice a year\". The next "
            "round is being arranged for May in Tokyo, he said.",
            "The disclosure came almost in passing, in answer to a reporter's question at the end of a "
            "news conference dominated by the Middle East and relations with China.",
            "Motegi did not describe the arrangement as a resumption of peace treaty negotiations, "
            "which Moscow broke off in March 2022. \"Our basic policy of resolving the territorial "
            "issue and concluding a peace treaty is consistent,\" he said, adding that Japan would use "
            "the meetings to press for the resumption of grave visits by former residents of the "
            "islands.",
            "After the Manama meeting in June 2025, both governments had said no further round was "
            "planned. Russia's foreign ministry did not immediately comment.",
        ],
    },
    {
        "id": "b112-38", "feed": "soya-observer", "published": "2026-04-01T03:00:00Z",
        "label": "neutral",
        "title": "New Northern Territories agency opens its doors, with a branch in Nemuro",
        "summary": "The government agency created by last year's law started work on Wednesday; its "
                   "Nemuro branch occupies two floors of the former prefectural office annex.",
        "note": "Borderline: the launch of the agency announced in g2 (Feb 2025), on the announced date. "
                "Execution of a known decision, with some new detail (staff, premises).",
        "byline": "Observer staff", "section": "The Islands",
        "body": [
            "The Northern Territories Affairs Agency, created by a law the Diet passed last spring, "
            "opened on Wednesday with a signboard ceremony in Tokyo and a smaller one in Nemuro, where "
            "its branch office has taken two floors of the former prefectural office annex.",
            "The agency has 84 staff, 11 of them in Nemuro, and replaces the headquarters in the "
            "Cabinet Office that handled the issue for decades. Its first commissioner, a career "
            "official from the foreign ministry, told staff the agency's work was \"to make sure that "
            "memory does not end with the last former resident\".",
            "Former residents' groups attended both ceremonies. \"A bigger office is welcome, but what "
            "we want is a boat to the islands,\" said the head of the Nemuro branch of the league of "
            "former residents.",
            "The grave visits and visa-free exchanges remain suspended. Japanese and Russian diplomats "
            "agreed in February to hold consultations twice a year, with the next round due in Tokyo "
            "in May.",
        ],
    },
    {
        "id": "b112-39", "feed": "soya-observer", "published": "2026-04-21T04:00:00Z",
        "label": "off_topic",
        "title": "No Wakkanai-Korsakov ferry again this summer, operator says",
        "summary": "The passenger link between Wakkanai and Sakhalin's Korsakov will not run for a "
                   "seventh consecutive season.",
        "note": "Look-alike: unrelated Japan-Russia news (Sakhalin ferry), shares Sakhalin/ferry/visits words.",
        "byline": "Observer staff", "section": "Wakkanai",
        "body": [
            "There will be no passenger ferry between Wakkanai and Korsakov on Sakhalin this summer, "
            "the route's Japanese operator told the city on Monday, the seventh consecutive season "
            "without a sea link across the Soya Strait.",
            "The service, which carried tourists, traders and sister-city delegations for more than "
            "two decades, stopped in 2019 and did not return after the pandemic. Since 2022 insurance "
            "and payment problems linked to sanctions have made a restart impossible, the operator "
            "said.",
            "Wakkanai's mayor said the city would keep its Sakhalin office open and continue online "
            "exchanges with Korsakov and Yuzhno-Sakhalinsk. The city's Russian-language signs at the "
            "ferry terminal are being replaced with English and Chinese ones.",
            "Travellers to Sakhalin from Japan now have to fly via Vladivostok or a third country.",
            "Local businesses that once relied on Russian visitors have largely adapted. A souvenir "
            "shop near the terminal now sells mainly to cruise passengers from Otaru, its owner said, "
            "and the Russian-language menu at the station restaurant was retired last year.",
            "\"We keep the timetable board, just in case,\" a city official said. \"But nobody is "
            "planning for a restart.\"",
        ],
    },
    {
        "id": "b112-42", "feed": "gyre-review", "published": "2026-06-05T04:00:00Z",
        "group": "b112-g6", "label": "status_change",
        "title": "The long way round: former islanders may go home via Sakhalin - this summer only",
        "summary": "Moscow has offered a one-season route home for elderly Japanese: through "
                   "Yuzhno-Sakhalinsk, with a regional entry card instead of a visa.",
        "new_facts": ["Russia offered to let former Japanese residents visit Kunashir via "
                      "Yuzhno-Sakhalinsk with Sakhalin-issued entry cards instead of visas, in late "
                      "July 2026, this summer only"],
        "must_mention": [["sakhalin"], ["former"]],
        "note": "Group g6 (first report b112-40, Japanese). Old state: visa-free trips and 1999 "
                "simplified visits terminated (seeds). New: a one-season exception via Sakhalin. "
                "Page without metadata.",
        "byline": "Ilse Marchetti", "section": "Analysis",
        "body": [
            "For almost three decades, former Japanese residents of the southern Kurils went home the "
            "short way: a ferry from Nemuro, a few hours across the strait, no visa. The pandemic "
            "stopped the boats in 2020, and in 2022 Moscow ended the visa-free exchanges and the "
            "simplified visits for former residents in retaliation for Japanese sanctions.",
            "Now Moscow has offered a long way round. According to Japanese and Russian reports this "
            "week, the Russian foreign ministry has told Tokyo in a note that up to 20 former "
            "residents and relatives may visit Kunashir in late July - flying in through "
            "Yuzhno-Sakhalinsk and entering on an \"entry card\" issued by the Sakhalin regional "
            "government rather than a Russian visa. The offer is for this summer only.",
            "## A card, not a visa",
            "The distinction matters to Tokyo, which has asked its citizens since 1989 not to enter "
            "the islands on Russian visas. A regional card is a fudge designed to let both sides say "
            "their legal positions are intact. Japanese officials say they are studying it.",
            "It also matters that the 1991 and 1999 arrangements are not being restored. Russian "
            "officials call the Sakhalin route a one-off exception; nothing suggests a return of the "
            "Nemuro ferry.",
            "## Why now",
            "The offer follows the agreement in February to hold Russian-Japanese consultations twice "
            "a year. Humanitarian visits are the item Tokyo raises at every meeting; a one-season "
            "gesture costs Moscow little and gives its diplomats something to point to.",
            "For the former residents, average age nearly 90, the politics are secondary. Many will "
            "not manage a flight to Sakhalin and another to Kunashir. Some will go anyway.",
        ],
    },
    {
        "id": "b112-44", "feed": "soya-observer", "published": "2026-07-24T06:00:00Z",
        "label": "neutral",
        "title": "Fourteen former islanders reach Kunashiri via Sakhalin for graveside prayers",
        "summary": "The one-season trip Moscow offered in June went ahead after Tokyo accepted the "
                   "Sakhalin entry cards; the group prayed at two cemeteries.",
        "note": "Borderline: the announced one-off trip of g6 takes place (execution of a known "
                "arrangement); Tokyo's acceptance is a minor new detail.",
        "byline": "Kaori Ueda", "section": "The Islands",
        "body": [
            "Fourteen former residents of Kunashiri and their relatives prayed at the graves of their "
            "families on Thursday, the first such visit to the island since 2019, after travelling "
            "for two days via Yuzhno-Sakhalinsk.",
            "The group, aged between 58 and 93, entered on entry cards issued by the Sakhalin regional "
            "government, under the one-season arrangement Russia offered in June. Tokyo allowed the "
            "trip to go ahead after concluding the cards did not prejudice its legal position, a "
            "foreign ministry official said.",
            "At a cemetery overlooking the strait, the oldest member of the group, a 93-year-old "
            "woman, poured sake on a weathered stone. \"I told my father I came the long way,\" she "
            "said.",
            "The group is due back in Nemuro on Sunday. Russian officials have said the arrangement "
            "applies to this summer only.",
            "Some former residents who could not make the journey watched a video link from the "
            "cemetery at the league's office in Nemuro. Several said they hoped the arrangement would "
            "be repeated, though neither government has said so.",
            "The visa-free exchanges and the simplified visits for former residents, which until 2022 "
            "took islanders across the strait from Nemuro by boat in a few hours, remain suspended.",
        ],
    },
    {
        "id": "b112-47", "feed": "isobath-asia", "published": "2026-09-15T09:00:00Z",
        "label": "restatement",
        "title": "Will visa-free island exchanges return in 2027? Neither capital says so",
        "summary": "This summer's one-off visit via Sakhalin raised hopes in Nemuro. Officials in "
                   "Tokyo and Moscow say there is no plan to restore the exchanges.",
        "note": "Questioned version of a move: no decision, both sides deny plans. Visa-free exchanges "
                "remain terminated (seeds); the Sakhalin trip (g6) was one-off.",
        "byline": "Isobath desk", "section": "Diplomacy", "tags": ["Japan", "Russia", "Kurils"],
        "body": [
            "When 14 elderly former residents flew to Kunashir via Sakhalin in July, some in Nemuro "
            "wondered whether the visa-free exchanges, suspended since 2022, might be next. Officials "
            "in both capitals say not.",
            "\"There is no decision and no discussion of a decision,\" a Japanese foreign ministry "
            "official said. In Moscow, a diplomat familiar with the issue said the Sakhalin "
            "arrangement had been \"an exception for this summer\" and that the 1991 exchange "
            "agreement \"no longer exists\".",
            "Could the twice-yearly consultations agreed in February change that? Possibly, say "
            "analysts, but only if the broader relationship thaws - and Japan has continued to add "
            "Russian entities to its sanctions lists.",
            "The new Northern Territories agency's budget request for next year keeps a line for the "
            "exchange ship in case the programme restarts. Nobody expects it to be spent.",
            "In Nemuro, the league of former residents has asked for another Sakhalin trip next "
            "summer. Its branch chief said he had written to the foreign ministry but had \"heard "
            "nothing, which is the usual answer\".",
        ],
    },
    {
        "id": "b112-50", "feed": "parhelion-wire", "published": "2026-10-20T16:00:00Z",
        "group": "b112-g7", "label": "status_change",
        "title": "Russia puts treaty consultations with Japan on ice, scraps November round in Moscow",
        "summary": "Moscow suspended the twice-yearly consultations with Tokyo that included the "
                   "peace treaty issue, citing Japan's new sanctions on Sakhalin fishing companies.",
        "new_facts": ["Russia suspended the regular consultations with Japan (including the peace "
                      "treaty issue) on 20 Oct 2026 and cancelled the November round in Moscow, "
                      "citing new Japanese sanctions"],
        "must_mention": [["suspend", "on ice", "halt"], ["consultation", "talks"]],
        "note": "Group g7 (first report b112-49, Russian). Old state: regular twice-yearly "
                "consultations (g5). New: suspended for now, November round cancelled.",
        "byline": "Parhelion staff", "section": "Asia Pacific",
        "body": [
            "MOSCOW, Oct 20 (Parhelion) - Russia has suspended its regular consultations with Japan, "
            "including talks on a post-war peace treaty, and called off a round due in Moscow next "
            "month, the Russian foreign ministry said on Tuesday.",
            "The ministry said the decision was a response to Japanese sanctions announced on Oct 16 "
            "that targeted several fishing and seafood companies in Russia's Sakhalin region, "
            "including firms operating on the southern Kuril islands.",
            "\"The consultations are suspended until Tokyo shows that it is capable of a respectful "
            "dialogue,\" the ministry said, without saying how long the pause would last.",
            "The two countries agreed at a meeting in Moscow in February to meet twice a year, after "
            "a first meeting in Bahrain in June 2025 - the first contacts on the treaty since Moscow "
            "walked out of the negotiations in March 2022. Diplomats met again in Tokyo in May.",
            "A Japanese foreign ministry official said Tokyo regretted the decision and would "
            "continue to seek dialogue.",
            "(Reporting by the Moscow bureau; Editing by Hanna Lindqvist)",
        ],
    },
    {
        "id": "b112-53", "feed": "isobath-asia", "published": "2026-11-10T08:00:00Z",
        "label": "restatement",
        "title": "Kremlin: 'no plans' to revive Japan consultations after Moscow round scrapped",
        "summary": "Kremlin spokesman Dmitry Peskov said there were no plans to restart the "
                   "consultations with Tokyo that Russia suspended last month.",
        "note": "Negated: 'no plans' to resume; restates the suspension of g7, no new state.",
        "byline": "Isobath desk", "section": "Diplomacy", "tags": ["Russia", "Japan"],
        "body": [
            "The Kremlin has no plans to restart consultations with Japan that Moscow suspended last "
            "month, spokesman Dmitry Peskov said on Tuesday, adding that the responsibility lay with "
            "Tokyo.",
            "\"There are no such plans. The Japanese side knows very well what led to this,\" Peskov "
            "told reporters when asked whether the talks, which included the peace treaty issue, "
            "could resume before the end of the year.",
            "Russia suspended the twice-yearly consultations on Oct 20 and cancelled a round "
            "scheduled for November in Moscow, citing Japanese sanctions against companies on "
            "Sakhalin and the southern Kuril islands.",
            "Japanese officials have said they remain open to dialogue. Former island residents in "
            "Nemuro, who had hoped the meetings would lead to more grave visits, said they were "
            "resigned to waiting again.",
            "Japan's chief cabinet secretary said last month that Tokyo would not withdraw the "
            "sanctions, which it imposed in coordination with the Group of Seven, and urged Moscow to "
            "reconsider.",
            "The consultations, agreed in February after a single meeting in Bahrain in 2025, were "
            "the only regular channel on the treaty between the two governments since Moscow broke "
            "off negotiations in March 2022.",
        ],
    },
    {
        "id": "b112-54", "feed": "parhelion-wire", "published": "2026-12-08T03:00:00Z",
        "label": "off_topic",
        "title": "Shoigu holds security talks in Pyongyang, says ties 'at a new level'",
        "summary": "Russia's Security Council secretary met North Korean leader Kim Jong Un and "
                   "discussed military cooperation, state media in both countries said.",
        "note": "Look-alike: names Shoigu (g1) but is about Russia-North Korea, not Japan or the islands.",
        "byline": "Parhelion staff", "section": "Asia Pacific",
        "body": [
            "SEOUL, Dec 8 (Parhelion) - Sergei Shoigu, secretary of Russia's Security Council, met North "
            "Korean leader Kim Jong Un in Pyongyang on Monday and said relations between the two "
            "countries had reached \"a new level\", state media in both countries reported.",
            "North Korea's official news agency said the two discussed \"strategic cooperation\" "
            "under the comprehensive partnership treaty signed in 2024, which includes a mutual "
            "defence clause.",
            "South Korea's foreign ministry said it was watching the visit closely and warned against "
            "any transfer of military technology to Pyongyang.",
            "Shoigu, a former defence minister, has visited North Korea several times since moving to "
            "the Security Council.",
            "The two countries have expanded military and economic ties since the start of Russia's "
            "war in Ukraine. Western governments and Seoul say North Korea has supplied Russia with "
            "artillery shells and missiles and sent troops to fight alongside Russian forces, "
            "allegations Moscow and Pyongyang rejected for months before acknowledging the "
            "deployment.",
            "Kim was quoted as saying that North Korea would \"always stand with Russia\", while "
            "Shoigu thanked Pyongyang for its \"fraternal support\".",
        ],
    },
    # ------------------------------------------------------------------ 2027
    {
        "id": "b112-55", "feed": "soya-observer", "published": "2027-01-12T02:00:00Z",
        "label": "restatement",
        "title": "Former islanders now fewer than 4,500, league says, as average age passes 89",
        "summary": "The number of surviving former residents of the four islands fell below 4,500 "
                   "at the end of 2026, the former residents' league said.",
        "note": "Background statistic: no development; restates that visits and exchanges remain "
                "suspended (seeds; g7 state).",
        "byline": "Observer staff", "section": "The Islands",
        "body": [
            "The number of surviving former residents of the four Russian-held islands off Nemuro fell "
            "to 4,461 at the end of December, the league of former residents said on Monday, with an "
            "average age of 89.3.",
            "About 17,300 Japanese lived on Etorofu, Kunashiri, Shikotan and the Habomai islets in "
            "August 1945. Fewer than one in three of them are still alive.",
            "The league said it would focus this year on recording testimony and on passing its "
            "campaign to the children and grandchildren of former residents, who now make up most of "
            "its membership.",
            "Grave visits and visa-free exchanges remain suspended. Apart from a single trip via "
            "Sakhalin last summer, no former resident has set foot on the islands since 2019. Russia "
            "suspended its consultations with Japan in October.",
            "The league's chairman said the figures were \"a clock that cannot be stopped\". \"Every "
            "year we lose hundreds of people who could still have told the Russians living in our "
            "houses who planted the cherry trees,\" he said.",
        ],
    },
    {
        "id": "b112-56", "feed": "gyre-review", "published": "2027-01-26T06:00:00Z",
        "label": "off_topic",
        "title": "Down in the Kuril-Kamchatka Trench, a snailfish sets a depth record",
        "summary": "A lander dropped into the trench filmed a snailfish at more than 8,000 metres. "
                   "What the deep North Pacific is telling biologists.",
        "note": "Look-alike: named after the Kurils (Kuril-Kamchatka Trench), ocean science only.",
        "byline": "Ilse Marchetti", "section": "Science",
        "body": [
            "The Kuril-Kamchatka Trench runs for some 2,200 kilometres along the Pacific side of the "
            "island arc, from off Hokkaido to the tip of Kamchatka, and reaches more than 9,600 "
            "metres at its deepest. It is one of the least-filmed places on Earth.",
            "A baited lander lowered into its southern part last autumn by a joint team of marine "
            "biologists recorded a snailfish feeding at 8,120 metres, the researchers reported this "
            "month - close to what physiologists think is the limit for any fish.",
            "Snailfish are the unexpected champions of the hadal zone: pale, scaleless, gelatinous. "
            "Their bodies are adapted to pressures that would crush most vertebrates, and the "
            "trench's cold water seems to help.",
            "The team plans to return with a longer-lasting camera, and hopes to compare the trench's "
            "fauna with that of the Japan Trench to the south.",
            "The find adds to a growing catalogue of hadal life from the northwest Pacific. Earlier "
            "expeditions in the Japan and Izu-Ogasawara trenches filmed snailfish at similar depths, "
            "suggesting that the limit is set by the fishes' physiology rather than by any single "
            "trench.",
        ],
    },
]
