"""English-language articles of corpus blind122 (texts and labels)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b122-01", "feed": "farthingale-pa", "published": "2024-02-13T08:20:00Z",
        "label": "restatement",
        "note": "Peskov restates the known position (seed 002: talks 'impossible'; seed 004: Rudenko "
                "'categorically impossible'); Hayashi restates Tokyo's policy (seed 002). No new fact.",
        "title": "Kremlin sees no basis for treaty talks with Tokyo while sanctions stand",
        "summary": "Kremlin spokesman Dmitry Peskov said there was nothing to discuss with Japan on a peace "
                   "treaty as long as Tokyo kept its 'unfriendly course', echoing a deputy foreign minister "
                   "last week.",
        "section": "Asia-Pacific", "author": "Yelena Marsh", "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "MOSCOW, Feb 13 (Farthingale) - The Kremlin said on Tuesday there was no basis at present for "
            "resuming talks with Japan on a post-war peace treaty, repeating Moscow's line that Tokyo's "
            "sanctions over Ukraine have made such negotiations impossible.",
            "\"As long as Japan pursues an openly unfriendly course towards our country, there is simply "
            "nothing to discuss as far as a peace treaty is concerned,\" Kremlin spokesman Dmitry Peskov "
            "told reporters on a conference call when asked about recent remarks in Tokyo calling for "
            "dialogue.",
            "Peskov said the Russian position had been set out \"quite clearly\" by the Foreign Ministry, a "
            "reference to Deputy Foreign Minister Andrei Rudenko, who told the state news agency TASS last "
            "week that a resumption of the talks was \"categorically impossible\" in the current situation.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said last Friday that the government's policy "
            "of resolving the territorial issue and then concluding a peace treaty was unchanged. He said "
            "Japan would keep asking Russia to let former residents of the islands visit family graves.",
            "Moscow walked away from the treaty negotiations in March 2022, weeks after Japan joined Western "
            "sanctions over the invasion of Ukraine. At the same time it scrapped visa-free trips by Japanese "
            "citizens to the southern Kurils, pulled out of a dialogue on joint economic projects there and "
            "blocked an extension of Japan's partner status in the Black Sea Economic Cooperation organisation.",
            "The two countries have never signed a treaty formally ending their World War Two hostilities "
            "because of the dispute over four islands off Hokkaido - called the Southern Kurils by Russia and "
            "the Northern Territories by Japan - which Soviet troops seized at the end of the war.",
            "(Reporting by Yelena Marsh; additional reporting by Kenta Mori in Tokyo; Editing by Paul Ardent)",
        ],
    },
    {
        "id": "b122-02", "feed": "brigantine-radio", "published": "2024-02-13T13:05:00Z",
        "label": "restatement",
        "note": "Syndicated copy of b122-01 (Farthingale) under a new headline; restates seeds 002/004.",
        "title": "No peace-treaty talk with Japan under sanctions, Kremlin repeats",
        "summary": "Moscow says Tokyo's 'unfriendly course' leaves nothing to discuss on a treaty formally "
                   "ending World War Two hostilities.",
        "section": "Asia", "author": "Farthingale Press Agency", "tags": ["Russia", "Japan"],
        "body": [
            "The Kremlin has said there is no basis for resuming peace treaty talks with Japan while Tokyo "
            "keeps its sanctions against Russia in place.",
            "\"As long as Japan pursues an openly unfriendly course towards our country, there is simply "
            "nothing to discuss as far as a peace treaty is concerned,\" spokesman Dmitry Peskov told "
            "reporters on Tuesday.",
            "He pointed to remarks last week by Deputy Foreign Minister Andrei Rudenko, who said a "
            "resumption of the talks was \"categorically impossible\".",
            "Japan's government says its policy of settling the territorial dispute and then signing a "
            "peace treaty has not changed.",
            "Russia broke off the negotiations in March 2022 in response to Japanese sanctions imposed over "
            "the war in Ukraine, and ended visa-free visits by Japanese citizens to the islands.",
            "The dispute concerns four islands off the northern Japanese island of Hokkaido, which Soviet "
            "forces occupied at the end of World War Two. Russia calls them the Southern Kurils; Japan calls "
            "them the Northern Territories.",
            "This story was provided by the Farthingale Press Agency.",
        ],
    },
    {
        "id": "b122-04", "feed": "farthingale-pa", "published": "2024-03-26T10:00:00Z",
        "label": "off_topic",
        "note": "Look-alike: a different peace treaty (Armenia-Azerbaijan); nothing on Japan, Russia's "
                "treaty with Japan or the Kurils.",
        "title": "Armenia, Azerbaijan swap fresh drafts of peace treaty as border commissions meet",
        "summary": "Yerevan and Baku exchanged new proposals on a peace treaty while their border "
                   "commissions held another round on delimitation.",
        "section": "Europe", "crumb": "europe", "author": "Narek Hollis",
        "tags": ["Armenia", "Azerbaijan", "Peace talks"],
        "body": [
            "YEREVAN, March 26 (Farthingale) - Armenia and Azerbaijan have exchanged new drafts of a peace "
            "treaty, officials in both capitals said on Tuesday, as commissions on border delimitation met "
            "for another round of talks.",
            "Armenian Foreign Ministry spokeswoman said Yerevan had sent its latest comments on the text and "
            "that \"the sides are moving forward, though differences remain on several articles\". Baku said "
            "it was studying the proposals.",
            "The two South Caucasus neighbours have been negotiating a treaty to end more than three decades "
            "of conflict since Azerbaijan retook the Karabakh region in September 2023, prompting most of the "
            "region's ethnic Armenians to leave.",
            "Outstanding issues include Baku's demand that Armenia change its constitution, which Azerbaijan "
            "says contains a territorial claim, and transport links across southern Armenia.",
            "Diplomats say a signing is unlikely before the border is at least partly delimited. The "
            "commissions agreed last week on the principles for the first section in the north of the two "
            "countries.",
            "(Reporting by Narek Hollis; Editing by Paul Ardent)",
        ],
    },
    {
        "id": "b122-07", "feed": "brigantine-radio", "published": "2024-06-20T16:10:00Z",
        "label": "restatement",
        "note": "Conditional, not a move: Putin says Russia 'would be ready to return' if Tokyo abandoned its "
                "hostile line - the key condition Rudenko set out (seed 004); he sees no such signs. Talks "
                "remain suspended (seeds 000-004).",
        "title": "Putin says door to Japan talks 'not closed' - if Tokyo changes course",
        "summary": "The Russian president said Moscow would be ready to come back to the peace treaty subject "
                   "if Japan dropped what he called its hostile policy, but saw no sign of that.",
        "section": "Asia", "author": "Brigantine News", "tags": ["Russia", "Japan", "Vladimir Putin"],
        "body": [
            "Russian President Vladimir Putin has said Moscow has \"never closed the door\" to a peace "
            "treaty with Japan, but that talks could only return if Tokyo abandoned what he called its "
            "hostile policy.",
            "Speaking at a news conference in Hanoi at the end of a two-day trip to North Korea and Vietnam, "
            "Mr Putin was asked by a Japanese reporter whether relations could improve.",
            "\"If the Japanese leadership showed that it is ready to give up its line of confrontation with "
            "Russia, we would be ready to return to this subject. It was not us who broke off these "
            "contacts,\" he said.",
            "He added that he saw \"no such signals\" at present, and repeated that Japan had \"of its own "
            "accord\" joined sanctions against Russia.",
            "Russia announced in March 2022 that it would not continue peace treaty negotiations with a "
            "country that takes \"openly unfriendly positions\". In February, Deputy Foreign Minister Andrei "
            "Rudenko said a resumption was \"categorically impossible\" for now.",
            "In Tokyo, a foreign ministry official said Japan had noted the remarks but that its position was "
            "\"unchanged\": it wants to resolve the territorial issue and conclude a treaty.",
            "The two countries never signed a peace treaty after World War Two because of the dispute over "
            "islands off Hokkaido that Soviet troops seized in 1945.",
        ],
    },
    {
        "id": "b122-10", "feed": "farthingale-pa", "published": "2024-07-17T09:30:00Z",
        "label": "new_development", "group": "b122-g1",
        "new_facts": ["Russian Energy Minister Sergei Tsivilev visited Iturup and Kunashir; Japan protested"],
        "must_mention": [["tsivilev", "цивил", "ツィビリョフ"], ["energy", "энергет", "エネルギー"]],
        "note": "Third report of g1 (first: b122-08, buried in a Kunashir weekly roundup). Same visit plus "
                "Tokyo's protest (already in b122-09).",
        "title": "Japan protests visit by Russian energy minister to disputed islands",
        "summary": "Tokyo lodged a protest after Russian Energy Minister Sergei Tsivilev toured power plants on "
                   "Iturup and Kunashir, the first visit to the islands by a Russian energy minister.",
        "section": "Asia-Pacific", "author": "Kenta Mori", "tags": ["Japan", "Russia", "Kuril Islands"],
        "body": [
            "TOKYO, July 17 (Farthingale) - Japan has lodged a protest with Russia after Russian Energy "
            "Minister Sergei Tsivilev visited two of the disputed islands off Hokkaido, the government's top "
            "spokesman said on Wednesday.",
            "Tsivilev, who took over the Energy Ministry in May, spent Monday and Tuesday on Iturup and "
            "Kunashir - Etorofu and Kunashiri in Japanese - where he inspected diesel power stations and "
            "geothermal sites and promised to draw up proposals to link the islands' scattered power grids, "
            "according to local media in Russia's Sakhalin region. It was the first trip to the islands by a "
            "Russian energy minister.",
            "\"The visit is incompatible with Japan's position on the Northern Territories and is extremely "
            "regrettable,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference. He said "
            "Tokyo had conveyed its protest through diplomatic channels on Tuesday.",
            "Russia's Energy Ministry did not respond to a request for comment.",
            "Visits to the islands by senior Russian officials routinely draw protests from Tokyo. Moscow, "
            "which says its sovereignty over the islands is not open to question, has poured money into "
            "roads, housing and power plants there in recent years under a federal development programme.",
            "Russia broke off peace treaty talks with Japan in March 2022 after Tokyo joined Western sanctions "
            "over Ukraine.",
            "(Reporting by Kenta Mori; Editing by Jo Treadwell)",
        ],
    },
    {
        "id": "b122-11", "feed": "holloway-chronicle", "published": "2024-08-20T21:00:00Z",
        "label": "restatement",
        "note": "Daily-life feature; background only. Restates seed facts (visa-free trips ended in 2022, "
                "sovereignty claims on both sides). No new event.",
        "title": "On Shikotan, the ferry is the calendar",
        "summary": "Some 3,000 people, two villages, one pier and a timetable that rules everything: life on "
                   "the smallest of the islands Japan still claims.",
        "section": "Asia", "kicker": "Russia", "author": "Imogen Caddick", "place": "Malokurilskoye",
        "tags": ["Russia", "Japan", "Kuril Islands", "Features"],
        "body": [
            "In Malokurilskoye, nobody asks what day it is. They ask when the boat is due.",
            "The ferry from Korsakov on Sakhalin calls at Shikotan roughly once a week in summer, less often "
            "when the autumn storms set in, and its arrival reorders everything: the shop shelves, the post, "
            "the queue at the clinic for the visiting dentist, the crates of tomatoes that go in a morning.",
            "\"You plan your life around a boat you can't see until it comes out of the fog,\" says Larisa, "
            "who runs a small grocery near the harbour and asked that her surname not be used. \"If the sea is "
            "bad, the fruit stays in Korsakov and we eat fish.\"",
            "Fish is the reason the island exists in its present form. The big processing plant at "
            "Krabozavodskoye, on the other side of a ridge of bamboo grass, employs hundreds of seasonal "
            "workers in the saury and pollock months, many of them from mainland Russia and Central Asia. "
            "Wages are higher than on Sakhalin; so are prices.",
            "Shikotan lies about 70km from the Japanese mainland. On clear days residents can see the "
            "lighthouse at Cape Nosappu, and until 2019 Japanese visitors came every summer under a "
            "visa-free exchange programme - schoolchildren, former residents, doctors. Moscow scrapped the "
            "arrangement in March 2022, when it also ended peace treaty talks with Tokyo over Japan's "
            "sanctions.",
            "\"The Japanese were polite, they brought presents, they went to the cemetery,\" says a teacher at "
            "the village school. \"Now there is nobody. But the islands are Russian - nobody here thinks "
            "otherwise.\"",
            "Japan calls Shikotan part of its Northern Territories and says the Soviet seizure of the islands "
            "in 1945 was illegal. For the people who live here, the dispute mostly surfaces as a headline "
            "on television, or as an absence: the Japanese-built guesthouse that stands empty, the "
            "exchange boat that no longer comes.",
            "What they talk about instead is the road to Krabozavodskoye that washes out every spring, the "
            "mobile signal that drops in the fog, and the boat. \"When it's in,\" Larisa says, \"everybody is "
            "happy for a day.\"",
        ],
    },
    {
        "id": "b122-12", "feed": "farthingale-pa", "published": "2024-08-25T03:00:00Z",
        "label": "off_topic",
        "note": "Look-alike: Australia's Northern Territory (not Japan's 'Northern Territories').",
        "title": "Country Liberal Party sweeps to power in Northern Territory election",
        "summary": "The opposition Country Liberal Party won Australia's Northern Territory election in a "
                   "landslide, ending seven years of Labor government.",
        "section": "Asia-Pacific", "author": "Bronwyn Teale", "tags": ["Australia", "Elections"],
        "body": [
            "DARWIN, Aug 25 (Farthingale) - Australia's opposition Country Liberal Party won a landslide in "
            "Saturday's Northern Territory election, ending seven years of Labor government in the sparsely "
            "populated territory after a campaign dominated by crime and the cost of living.",
            "CLP leader Lia Finocchiaro claimed victory late on Saturday, telling supporters in Darwin the "
            "result was \"a vote for a safer Territory\". She is set to become the territory's chief minister.",
            "Chief Minister Eva Lawler conceded defeat and was at risk of losing her own seat in Darwin's "
            "suburbs, according to counting on Sunday morning.",
            "The Northern Territory, home to about 250,000 people, has the highest proportion of Indigenous "
            "residents of any Australian jurisdiction. Youth crime, bail laws and the territory's strained "
            "budget were central to the campaign.",
            "Counting was expected to continue for several days in a handful of close seats, the Northern "
            "Territory Electoral Commission said.",
            "(Reporting by Bronwyn Teale; Editing by Jo Treadwell)",
        ],
    },
    {
        "id": "b122-14", "feed": "holloway-chronicle", "published": "2024-10-04T08:00:00Z",
        "label": "restatement",
        "note": "New PM restates Tokyo's known position (seed 002: Kishida steadfast on resolving the "
                "territorial issue and concluding a treaty). Policy-speech occasion; no new fact.",
        "title": "Ishiba pledges steady course on Russia in first policy address",
        "summary": "Japan's new prime minister told parliament relations with Moscow were 'difficult' but "
                   "that Tokyo would hold to its aim of settling the island dispute and signing a peace treaty.",
        "section": "Asia", "kicker": "Japan", "author": "Daniel Okoro", "place": "Tokyo",
        "tags": ["Japan", "Shigeru Ishiba", "Russia"],
        "body": [
            "Japan's new prime minister, Shigeru Ishiba, has promised to keep his predecessor's course on "
            "Russia, telling parliament that Tokyo would not abandon its goal of resolving the dispute over "
            "islands seized by the Soviet Union in 1945.",
            "In his first policy speech to the Diet on Friday, which ranged from the cost of living to "
            "disaster preparedness and defence, Ishiba devoted two sentences to Moscow.",
            "\"Japan-Russia relations remain in a difficult state,\" he said. \"But we will maintain our "
            "policy of resolving the territorial issue and concluding a peace treaty, and we will continue "
            "to give top priority to the resumption of grave visits and other exchanges for former "
            "islanders.\"",
            "The wording closely followed that used by Fumio Kishida, whom Ishiba succeeded this week as "
            "leader of the ruling Liberal Democratic party.",
            "Moscow broke off peace treaty talks in March 2022 and ended visa-free visits by Japanese "
            "citizens to the islands, citing Tokyo's sanctions over the war in Ukraine. The Kremlin has since "
            "said repeatedly that it sees no basis for resuming the talks.",
            "Ishiba, a former defence minister, also pledged to strengthen Japan's alliance with the United "
            "States and to call a snap general election for 27 October.",
        ],
    },
    {
        "id": "b122-17", "feed": "holloway-chronicle", "published": "2024-11-28T22:00:00Z",
        "label": "new_development", "group": "b122-g2",
        "new_facts": ["Russia notified Japan it will terminate the 1984 fisheries agreement on fishing off "
                      "each other's coasts as of 31 December 2025"],
        "must_mention": [["1984", "地先沖合"], ["terminat", "прекращ", "終了", "end the", "ending"]],
        "note": "Follow-up in g2 (first: b122-15, JA): reactions in Nemuro, no new fact beyond the "
                "termination notice.",
        "title": "Nemuro braces as Moscow moves to end 40-year-old fishing pact",
        "summary": "Russia's decision to terminate a 1984 agreement on fishing in each other's waters has "
                   "left Japan's north-eastern fleets counting what they stand to lose.",
        "section": "Asia", "kicker": "Japan", "author": "Imogen Caddick", "place": "Nemuro",
        "tags": ["Japan", "Russia", "Fishing"],
        "body": [
            "At Hanasaki harbour the talk on the quay this week was not about the weather, for once.",
            "Russia has notified Japan that it will terminate a 1984 agreement under which the two "
            "countries' fishing boats are allowed to work in each other's 200-nautical-mile zones. The "
            "diplomatic note, delivered on Monday according to Japan's Fisheries Agency, says the pact will "
            "cease to apply at the end of 2025.",
            "\"Forty years, through the Soviet Union, through everything, and now this,\" said a skipper whose "
            "boat fishes for saury and squid in Russian waters in the autumn. \"If we can't go in there, half "
            "the season is gone.\"",
            "The agreement sets no quotas itself; those are fixed each winter by a bilateral fisheries "
            "commission. But without it there is no legal basis for Japanese boats in Russia's zone, which "
            "includes waters around the Kuril chain, or for Russian trawlers off Hokkaido.",
            "Moscow has not given a detailed public explanation. Russia's fisheries agency, Rosrybolovstvo, "
            "said on Wednesday that the decision reflected Japan's \"unfriendly actions\", language Moscow "
            "has used since March 2022, when it broke off peace treaty talks and ended visa-free visits to "
            "the islands.",
            "Japan's Fisheries Agency said it would \"make every effort\" to keep a framework that allows "
            "Japanese boats to fish, and that the 2025 season was not affected.",
            "For Nemuro, a city of 23,000 whose population has halved since the 1960s, the timing could "
            "hardly be worse. Saury catches have collapsed over the past decade and salmon runs are erratic. "
            "\"Every year we say it can't get worse,\" said an official at the local fisheries co-operative. "
            "\"Every year it does.\"",
        ],
    },
    {
        "id": "b122-18", "feed": "farthingale-pa", "published": "2024-12-10T06:00:00Z",
        "label": "neutral",
        "note": "Borderline: a municipal gesture on Kunashir with sovereignty symbolism and a cautious Tokyo "
                "reaction, but no state action, no change to any tracked matter. Neither clearly news nor "
                "clearly noise.",
        "title": "Kunashir council offers honorary citizenship to Japanese former islander, 95",
        "summary": "The assembly of Russia's Yuzhno-Kurilsk district voted to make a 95-year-old Japanese woman "
                   "born on the island an honorary citizen; her family says she will not travel to accept it.",
        "section": "Asia-Pacific", "author": "Kenta Mori", "tags": ["Japan", "Russia", "Kuril Islands"],
        "body": [
            "TOKYO, Dec 10 (Farthingale) - Councillors in the Russian-administered district that covers "
            "Kunashir and Shikotan have voted to make a 95-year-old Japanese woman born on Kunashir an "
            "honorary citizen, a gesture her family said had left her \"grateful but troubled\".",
            "Haruko Omori, who was 16 when she left the island in 1947 and now lives in Nemuro, has "
            "corresponded for years with a teacher at a school in Yuzhno-Kurilsk and sent books and drawings "
            "to its pupils, according to the district's newspaper.",
            "The assembly approved the title at a session last week, saying Omori had \"contributed to "
            "friendship between the peoples of the islands and Hokkaido\".",
            "Her son told Farthingale that his mother would not travel to receive the certificate. \"She is "
            "happy that people there remember her. But she was born in a Japanese village, and she cannot "
            "accept a title that says it is Russian,\" he said.",
            "A Japanese government official said Tokyo was aware of the reports and would not comment on a "
            "municipal decision, but that any step premised on Russian jurisdiction over the islands was "
            "incompatible with Japan's position.",
            "About 17,000 Japanese lived on the four islands at the end of World War Two. Fewer than 5,000 of "
            "them are still alive. Visits to family graves, which Russia halted in 2022, have not resumed.",
            "(Reporting by Kenta Mori; Editing by Jo Treadwell)",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b122-21", "feed": "farthingale-pa", "published": "2025-03-11T06:00:00Z",
        "label": "new_development", "group": "b122-g3",
        "new_facts": ["Russia's Pacific Fleet has permanently stationed a Project 12700 (Alexandrit-class) "
                      "minesweeper at Yuzhno-Kurilsk on Kunashir, the first in the southern Kurils"],
        "must_mention": [["minesweeper", "mine countermeasures", "mine-hunt", "тральщик", "掃海"],
                         ["kunashir", "кунашир", "国後"]],
        "note": "BURIED first report of g3: a weekly regional defence digest under a routine headline; the "
                "minesweeper basing on Kunashir is the third of five items.",
        "title": "Asia defence digest: budgets, patrol boats and a busy week at sea",
        "summary": "Seoul's drone spending row, a new patrol boat for Manila, works at an Australian naval base "
                   "and Pacific Fleet moves in this week's round-up of regional defence news.",
        "section": "Asia-Pacific", "author": "Farthingale defence desk",
        "tags": ["Defence", "Asia-Pacific", "Weekly digest"],
        "body": [
            "SINGAPORE, March 11 (Farthingale) - Our weekly round-up of defence and security news from "
            "across the Asia-Pacific region.",
            "## South Korea: drone money in dispute",
            "Opposition lawmakers in Seoul have held up a supplementary allocation for small military "
            "drones, demanding a full account of last year's procurement. The defence ministry says the "
            "delay could push back deliveries to front-line units by several months.",
            "## Philippines: another patrol boat",
            "The Philippine Coast Guard commissioned a 44-metre patrol vessel built with Japanese "
            "development funding, its fifth in two years, and said it would be assigned to the western "
            "coast of Luzon.",
            "## Russia: a minesweeper for the Kurils",
            "Russia's Pacific Fleet has permanently stationed a Project 12700 Alexandrit-class mine "
            "countermeasures ship at Yuzhno-Kurilsk on Kunashir, one of the four islands claimed by Japan, "
            "the fleet newspaper Boyevaya Vakhta reported on Friday. It is the first time a minesweeper has "
            "been based in the southern Kurils, the paper said, adding that the ship would \"ensure the "
            "safety of navigation\" in the straits between the islands and in the approaches to the "
            "Sea of Okhotsk. Japan's defence ministry did not immediately comment.",
            "## Australia: Stirling works",
            "Works to extend wharves at HMAS Stirling near Perth, where US and British nuclear-powered "
            "submarines will rotate under the AUKUS pact, are running about four months late, according to "
            "a parliamentary committee.",
            "## Taiwan: reserve training",
            "Taiwan called up about 7,000 reservists for a two-week training cycle focused on coastal "
            "defence and drone operations.",
            "(Compiled by the Farthingale defence desk; Editing by Jo Treadwell)",
        ],
    },
    {
        "id": "b122-23", "feed": "holloway-chronicle", "published": "2025-04-15T09:00:00Z",
        "label": "restatement",
        "note": "Annual report (Diplomatic Bluebook) restating Japan's known position and Russia's March 2022 "
                "measures (seeds 000-003). No new fact.",
        "title": "Japan's diplomatic bluebook keeps its line on Russia and the islands",
        "summary": "The annual foreign policy report calls ties with Moscow 'difficult' and repeats that "
                   "Tokyo wants to resolve the territorial question and conclude a peace treaty.",
        "section": "Asia", "kicker": "Japan", "author": "Daniel Okoro", "place": "Tokyo",
        "tags": ["Japan", "Russia", "Foreign policy"],
        "body": [
            "Japan has restated its claim to the islands held by Russia off Hokkaido in its annual "
            "Diplomatic Bluebook, which the cabinet approved on Tuesday, describing relations with Moscow as "
            "remaining \"in a difficult situation\".",
            "The 2025 edition of the report, which reviews Japan's foreign relations over the previous "
            "year, says the Northern Territories are \"islands over which Japan has sovereignty\" and that "
            "the government's policy of resolving the territorial issue and concluding a peace treaty "
            "\"remains unchanged\".",
            "It recalls that Russia unilaterally announced in March 2022 that it would not continue "
            "peace treaty negotiations, and that it ended visa-free exchanges and visits by former residents, "
            "and it calls the resumption of grave visits for former islanders \"a top priority\" in "
            "relations with Russia.",
            "The section on Russia is otherwise dominated by the war in Ukraine, which it says has "
            "\"shaken the foundations of the international order\", and by Russia's growing military "
            "cooperation with North Korea and its joint exercises with China near Japan.",
            "The bluebook keeps last year's language on China, describing the relationship as \"mutually "
            "beneficial\", and calls South Korea \"an important neighbour\" with which Japan should work "
            "closely.",
            "Russia's foreign ministry has criticised previous editions as \"revanchist\". There was no "
            "immediate response from Moscow on Tuesday.",
        ],
    },
    {
        "id": "b122-29", "feed": "farthingale-pa", "published": "2025-06-17T14:00:00Z",
        "label": "status_change", "group": "b122-g4",
        "new_facts": ["Russian and Japanese deputy foreign ministers held consultations including peace-treaty "
                      "issues in Bandar Seri Begawan (Brunei) on 16 June 2025, the first since Russia broke off "
                      "talks in March 2022; they agreed to continue contacts"],
        "must_mention": [["brunei", "бруне", "ブルネイ", "bandar", "бандар"],
                         ["peace treaty", "peace-treaty", "мирн", "平和条約"]],
        "note": "g4 (first: b122-28, RU). Status: peace treaty talks suspended since March 2022 (seeds) -> "
                "consultations held and to continue.",
        "title": "Russia and Japan hold first peace treaty consultations since 2022, in Brunei",
        "summary": "Deputy foreign ministers from Moscow and Tokyo discussed 'issues related to a peace treaty' "
                   "in Bandar Seri Begawan, Russia's foreign ministry said, and agreed to stay in contact.",
        "section": "Asia-Pacific", "author": "Yelena Marsh", "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "MOSCOW/TOKYO, June 17 (Farthingale) - Russian and Japanese diplomats have held their first "
            "consultations on a peace treaty since Moscow broke off negotiations in 2022, meeting in Brunei's "
            "capital, Russia's Foreign Ministry said on Tuesday.",
            "Deputy Foreign Minister Andrei Rudenko and Japan's Deputy Minister for Foreign Affairs Masato "
            "Kurimoto met in Bandar Seri Begawan on Monday and exchanged views on \"issues related to a peace "
            "treaty\" and on humanitarian matters, the ministry said in a statement. \"The sides agreed to "
            "continue contacts,\" it said, without giving a date for another meeting.",
            "Japan's Foreign Ministry confirmed the meeting and said Kurimoto had asked Moscow to allow former "
            "residents of the disputed islands to resume visits to family graves.",
            "Russia said in March 2022 that it would not continue treaty talks with a country taking "
            "\"openly unfriendly positions\", after Japan joined Western sanctions over the war in Ukraine. "
            "As recently as February 2024, Rudenko called a resumption \"categorically impossible\".",
            "Neither side explained what had changed. A Japanese government source said the meeting had been "
            "arranged \"over several months\" through the two embassies.",
            "Analysts cautioned against expecting quick progress. \"This is a channel, not a negotiation,\" "
            "said a Tokyo-based specialist on Russia. \"But a channel is more than they had last week.\"",
            "(Reporting by Yelena Marsh and Kenta Mori; Editing by Paul Ardent)",
        ],
    },
    {
        "id": "b122-30", "feed": "holloway-chronicle", "published": "2025-06-18T04:00:00Z",
        "label": "status_change", "group": "b122-g4",
        "new_facts": ["Russian and Japanese deputy foreign ministers held peace-treaty consultations in Brunei, "
                      "the first since 2022"],
        "must_mention": [["brunei", "бруне", "ブルネイ", "bandar", "бандар"],
                         ["peace treaty", "peace-treaty", "мирн", "平和条約"]],
        "note": "Syndicated copy of b122-29 (Farthingale) under a new headline; same development, g4.",
        "title": "Moscow and Tokyo talk treaty again - quietly, in Brunei",
        "summary": "The first consultations on a peace treaty since 2022 took place far from both capitals, "
                   "and ended with an agreement to keep talking.",
        "section": "Asia", "kicker": "Russia", "author": "Farthingale Press Agency",
        "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "Russian and Japanese diplomats have held their first consultations on a peace treaty since "
            "Moscow broke off negotiations in 2022, meeting in Brunei's capital, Russia's foreign ministry "
            "has said.",
            "Deputy Foreign Minister Andrei Rudenko and Japan's Deputy Minister for Foreign Affairs Masato "
            "Kurimoto met in Bandar Seri Begawan on Monday and exchanged views on \"issues related to a peace "
            "treaty\" and humanitarian matters. \"The sides agreed to continue contacts,\" the ministry said.",
            "Japan's foreign ministry confirmed the meeting and said Kurimoto had asked Moscow to allow former "
            "residents of the disputed islands to resume visits to family graves.",
            "Russia said in March 2022 that it would not continue treaty talks with a country taking "
            "\"openly unfriendly positions\". As recently as February 2024, Rudenko called a resumption "
            "\"categorically impossible\".",
            "\"This is a channel, not a negotiation,\" said a Tokyo-based specialist on Russia. \"But a channel "
            "is more than they had last week.\"",
            "- Farthingale",
        ],
    },
    {
        "id": "b122-32", "feed": "brigantine-radio", "published": "2025-06-25T15:00:00Z",
        "label": "status_change", "group": "b122-g4",
        "new_facts": ["Peace-treaty consultations held in Brunei on 16 June 2025"],
        "must_mention": [["brunei", "бруне", "ブルネイ", "bandar", "бандар"],
                         ["peace treaty", "peace-treaty", "мирн", "平和条約"]],
        "note": "Follow-up analysis in g4 a week later: no new fact (no date for a next round, exchanges "
                "still suspended). A second alert here would be a repeat.",
        "title": "What the Brunei meeting did - and did not - change for Japan and Russia",
        "summary": "A week after the first treaty consultations in three years, neither side has said when "
                   "they will meet again. Our Asia analyst looks at what the meeting means.",
        "section": "Asia", "author": "Harriet Quayle, Asia analyst", "tags": ["Russia", "Japan", "Analysis"],
        "body": [
            "When Russian and Japanese diplomats sat down in Bandar Seri Begawan last Monday, it was the first "
            "time in more than three years that the two countries had discussed a peace treaty at all.",
            "That alone made it news. Moscow broke off the negotiations in March 2022 in response to Japan's "
            "sanctions over Ukraine, and for a long time its officials said a return was impossible.",
            "## What happened",
            "The Russian statement was brief: deputy ministers exchanged views on \"issues related to a peace "
            "treaty\" and humanitarian questions, and agreed to continue contacts. Japan said it had asked "
            "for grave visits by former islanders to resume.",
            "## What did not",
            "No date has been set for a second meeting. There has been no word on restoring visa-free "
            "exchanges or the simplified visits by former residents, both of which Russia ended in 2022. "
            "Japan's sanctions remain in place, and Russia has not said it has dropped its demand that Tokyo "
            "abandon its \"unfriendly\" policy.",
            "## Why now?",
            "Officials on both sides have been tight-lipped. Some analysts think Moscow wants to show that it "
            "is not isolated in Asia; others point to Japan's interest in keeping fishing and humanitarian "
            "channels open as the number of former islanders dwindles.",
            "\"It is a door left ajar,\" one Western diplomat in Tokyo said. \"Whether anyone walks through it "
            "is another matter.\"",
        ],
    },
    {
        "id": "b122-33", "feed": "brigantine-radio", "published": "2025-08-19T07:00:00Z",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku, Japan-China). Nothing on Russia or the Kurils.",
        "title": "Chinese coast guard ships log record stretch near disputed Senkaku islands",
        "summary": "Japan's coast guard says Chinese government ships have been in waters next to the "
                   "Japanese-controlled islands for a record number of consecutive days.",
        "section": "Asia", "author": "Brigantine News", "tags": ["Japan", "China", "Senkaku Islands"],
        "body": [
            "Chinese coast guard vessels have been spotted in the waters next to the Senkaku islands in the "
            "East China Sea for a record 215 consecutive days, Japan's coast guard says.",
            "The previous record, set last year, was 157 days. A spokesman for China's coast guard said its "
            "ships were carrying out \"law enforcement patrols in China's own waters\" and urged Japan to stop"
            " \"provocations\" by right-wing activists who sail to the area.",
            "Four Chinese ships were sailing in the contiguous zone just outside Japanese territorial waters "
            "on Tuesday, the 11th Regional Coast Guard Headquarters in Naha said.",
            "Japan, which administers the uninhabited islands, lodged a protest through diplomatic channels. "
            "China claims the islands, which it calls the Diaoyu, and says its patrols are lawful.",
            "Japanese officials say the Chinese presence has become near-constant, with ships occasionally "
            "entering territorial waters and approaching Japanese fishing boats.",
            "The dispute has been a recurring source of tension between Asia's two largest economies, even as "
            "leaders have tried to stabilise relations.",
            "Japan's defence ministry separately said it had scrambled fighter jets after a Chinese drone fl"
            "ew between Yonaguni and Taiwan, the latest in a series of flights it has tracked near the south"
            "western Nansei island chain this year.",
        ],
    },
    {
        "id": "b122-36", "feed": "farthingale-pa", "published": "2025-10-22T09:00:00Z",
        "label": "status_change", "group": "b122-g5",
        "new_facts": ["Russia deferred termination of the 1984 fisheries agreement: the pact stays in force "
                      "through 31 December 2026, for one year only"],
        "must_mention": [["1984", "地先沖合"], ["2026"]],
        "note": "g5 (first: b122-34, JA). State set by g2: pact ends 31 Dec 2025 -> now in force through "
                "2026 only (neither on nor off).",
        "title": "Russia gives 1984 fisheries pact with Japan a one-year reprieve",
        "summary": "Moscow has told Tokyo it will keep a bilateral fishing agreement in force until the end "
                   "of 2026, deferring a termination it had set for this year.",
        "section": "Asia-Pacific", "author": "Kenta Mori", "tags": ["Japan", "Russia", "Fishing"],
        "body": [
            "TOKYO, Oct 22 (Farthingale) - Russia has told Japan it will keep a 1984 fisheries agreement in "
            "force until the end of 2026, deferring a termination it had announced for the end of this year, "
            "Japan's Fisheries Agency said.",
            "The agreement allows Japanese and Russian boats to fish in each other's 200-nautical-mile zones "
            "under quotas set annually by a joint commission. Moscow notified Tokyo in November 2024 that the "
            "pact would cease to apply on Dec. 31, 2025.",
            "In a note delivered on Monday, Russia said the agreement would remain in effect \"until December "
            "31, 2026\", according to the agency. It described the step as a one-off and said the pact's "
            "future would depend on \"the overall state of bilateral relations\".",
            "The Fisheries Agency said the two sides would now hold the annual commission talks to set catch "
            "limits for 2026, and that it would keep seeking a longer-term arrangement.",
            "Fishing groups in Hokkaido, whose saury and squid boats work in Russian waters near the Kuril "
            "chain, welcomed the reprieve but said a single year made it hard to plan investments in boats "
            "and crews.",
            "(Reporting by Kenta Mori; Editing by Paul Ardent)",
        ],
    },
    {
        "id": "b122-37", "feed": "farthingale-pa", "published": "2025-11-25T08:00:00Z",
        "label": "restatement",
        "note": "Requested, not granted: Tokyo 'urges' Moscow to allow grave visits; the 1999 simplified visits "
                "remain terminated (seeds 001/003). The Brunei channel (g4) is only background.",
        "title": "Japan presses Russia to let ageing islanders visit family graves",
        "summary": "Foreign Minister Toshimitsu Motegi told former residents of the Russian-held islands that "
                   "Tokyo would keep urging Moscow to allow grave visits to resume.",
        "section": "Asia-Pacific", "author": "Kenta Mori", "tags": ["Japan", "Russia", "Kuril Islands"],
        "body": [
            "TOKYO, Nov 25 (Farthingale) - Japan will keep urging Russia to let former residents of the "
            "disputed islands off Hokkaido visit their family graves, Foreign Minister Toshimitsu Motegi said "
            "on Tuesday, as the number of surviving islanders continued to fall.",
            "\"Time is running out for the former islanders. We will continue to strongly urge the Russian "
            "side to allow grave visits to resume as the top priority,\" Motegi told representatives of the "
            "former residents' league at a meeting in Tokyo.",
            "The league's leaders handed him a written request calling for visits to be restored \"by next "
            "summer at the latest\" and for the government to use every diplomatic channel.",
            "Russia ended the visa-free exchanges and the simplified visits by former residents in 2022, when "
            "it also broke off peace treaty negotiations over Japan's sanctions. Japanese officials raised the "
            "graves issue when deputy ministers from the two countries met in Brunei in June, but Moscow has "
            "given no answer, according to Japanese officials.",
            "The average age of the former residents is now close to 90.",
            "(Reporting by Kenta Mori; Editing by Jo Treadwell)",
        ],
    },
    {
        "id": "b122-38", "feed": "holloway-chronicle", "published": "2025-12-09T10:00:00Z",
        "label": "off_topic",
        "note": "Look-alike: Russia-Ukraine 'peace treaty' drafts; Japan appears only as a G7 member. Not "
                "about the Russia-Japan treaty or the Kurils.",
        "title": "Kyiv and Moscow trade rival drafts as peace framework talks stall",
        "summary": "Negotiators have swapped competing texts of a possible peace treaty, but diplomats say the "
                   "gaps on territory and security guarantees remain wide.",
        "section": "Europe", "kicker": "Ukraine war", "author": "Tomasz Reilly", "place": "Geneva",
        "tags": ["Ukraine", "Russia", "Peace talks"],
        "body": [
            "Ukrainian and Russian negotiators have exchanged rival drafts of a framework for a peace treaty, "
            "diplomats involved in the process said, but the talks have stalled over territory and the "
            "security guarantees Kyiv wants from its western partners.",
            "The Russian draft insists on recognition of Moscow's control over occupied regions and limits "
            "on Ukraine's armed forces, two diplomats said. Kyiv's text calls for a ceasefire along the "
            "current front line first, followed by talks on territory.",
            "\"Everyone now has a document. Nobody has a treaty,\" one European official said.",
            "Russia's foreign ministry said Moscow was \"ready to continue the work\", but accused European go"
            "vernments of encouraging Kyiv to reject \"realistic proposals\". Ukraine's delegation said it wou"
            "ld not sign any document that legitimised the seizure of its territory.",
            "The G7, including Japan, said in a statement that any settlement must respect Ukraine's "
            "sovereignty and territorial integrity, and that sanctions on Russia would stay until a \"just "
            "and lasting peace\" was achieved.",
            "The next round is expected in the new year, though no date or venue has been announced.",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b122-39", "feed": "brigantine-radio", "published": "2026-01-20T06:00:00Z",
        "label": "off_topic",
        "note": "Unrelated Japan-Russia news (Sakhalin-1 oil project stake); nothing about the treaty or "
                "the Kurils.",
        "title": "Japanese consortium keeps Sakhalin-1 stake as Moscow extends deadline again",
        "summary": "A Japanese government-backed company will keep its 30% share in the Russian oil project "
                   "after a decree pushed back the deadline for foreign shareholders.",
        "section": "Business", "author": "Brigantine Business", "tags": ["Japan", "Russia", "Energy"],
        "body": [
            "A Japanese government-backed consortium will keep its 30% stake in the Sakhalin-1 oil and gas "
            "project in Russia's Far East after Moscow again extended a deadline for foreign shareholders to "
            "decide on their holdings.",
            "A decree published on Monday gives former foreign participants in the project until the end of "
            "the year to confirm their stakes in the Russian operator that took over in 2022.",
            "Sakhalin Oil and Gas Development, whose shareholders include Japan's trade ministry and several "
            "trading houses, said it had \"taken note\" of the decision.",
            "Trading houses Itochu and Marubeni are among SODECO's shareholders, along with the state-owned "
            "energy security agency JOGMEC. The company has not publicly commented on the project's operatio"
            "ns since the Russian takeover, and Japanese officials describe the stake as a question of long-"
            "term supply rather than profit.",
            "Japan has said it wants to keep its interests in the projects off Sakhalin, which supply a "
            "small share of its oil and liquefied natural gas, for reasons of energy security, even as it "
            "imposes sanctions on Russia over the war in Ukraine.",
            "Japan has also secured a G7 exemption allowing it to keep importing some Sakhalin crude above the "
            "price cap on Russian oil.",
        ],
    },
    {
        "id": "b122-40", "feed": "farthingale-pa", "published": "2026-02-07T04:00:00Z",
        "label": "restatement",
        "note": "Northern Territories Day (annual occasion): PM Takaichi restates the known policy (seed 002) "
                "and the grave-visit request. No new fact; the Brunei channel (g4) only as background.",
        "title": "Takaichi vows to keep pressing for return of Russian-held islands",
        "summary": "At the annual Northern Territories Day rally, Prime Minister Sanae Takaichi said Japan "
                   "would 'persistently' pursue a solution to the dispute and a peace treaty.",
        "section": "Asia-Pacific", "author": "Kenta Mori", "tags": ["Japan", "Russia", "Sanae Takaichi"],
        "body": [
            "TOKYO, Feb 7 (Farthingale) - Japanese Prime Minister Sanae Takaichi pledged on Saturday to keep "
            "pressing Russia over the islands it has held since 1945, telling an annual rally in Tokyo that "
            "her government would not give up on a peace treaty.",
            "\"Japan-Russia relations remain in a severe situation, but we will persistently maintain our "
            "policy of resolving the territorial issue and concluding a peace treaty,\" Takaichi said at the "
            "national rally held every year on Northern Territories Day.",
            "She said the resumption of grave visits by former islanders remained \"the top priority\".",
            "Deputy foreign ministers from the two countries met in Brunei last June for the first "
            "consultations on a treaty since 2022, but no further round has been held.",
            "Feb. 7 marks the date in 1855 when Japan and Russia signed the Treaty of Shimoda, which drew "
            "their border between Etorofu and Urup. Tokyo cites it as the basis for its claim to the four "
            "islands.",
            "A representative of the former residents, whose average age is now about 90, told the rally "
            "that \"we do not have the time to wait for better relations\".",
            "(Reporting by Kenta Mori; Editing by Paul Ardent)",
        ],
    },
    {
        "id": "b122-41", "feed": "brigantine-radio", "published": "2026-02-10T09:40:00Z",
        "label": "status_change", "group": "b122-g6",
        "new_facts": ["Russia suspended peace-treaty consultations with Japan 'until further notice' and called "
                      "off a second round planned in Tokyo in March, citing new Japanese sanctions"],
        "must_mention": [["suspend", "halt", "приостан", "停止"], ["peace treaty", "мирн", "平和条約"]],
        "note": "First report of g6. Status: consultations resumed in Brunei (g4, June 2025) -> suspended "
                "until further notice.",
        "title": "Moscow halts treaty consultations with Tokyo 'until further notice'",
        "summary": "Russia's foreign ministry says it will not attend a second round of talks on a peace "
                   "treaty that Japan had proposed to host in March, citing new sanctions.",
        "section": "Asia", "author": "Brigantine News", "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "Russia has suspended its consultations with Japan on a peace treaty \"until further notice\", "
            "less than eight months after the two countries resumed contacts on the issue.",
            "The Russian foreign ministry said it would not take part in a second round that Japan had "
            "proposed to host in Tokyo in March, citing a new package of Japanese sanctions announced last "
            "week, which targets Russian shipping companies including operators serving the Kuril Islands.",
            "\"Tokyo has once again demonstrated that it prefers the language of sanctions to the language of "
            "dialogue,\" foreign ministry spokeswoman Maria Zakharova said in a statement. \"Consultations on "
            "peace treaty issues are suspended until further notice.\"",
            "Deputy foreign ministers from the two countries met in Brunei last June for the first such talks "
            "since Moscow walked out of the negotiations in March 2022, and agreed to stay in contact.",
            "There was no immediate reaction from Japan's government.",
            "The two countries have never signed a peace treaty formally ending World War Two hostilities "
            "because of their dispute over the islands, which Russia calls the Southern Kurils and Japan the "
            "Northern Territories.",
        ],
    },
    {
        "id": "b122-48", "feed": "holloway-chronicle", "published": "2026-06-06T20:00:00Z",
        "label": "new_development", "group": "b122-g7",
        "new_facts": ["Russia's foreign ministry declared that the 2003 Japan-Russia Action Plan has 'lost its "
                      "relevance'; Japan protested"],
        "must_mention": [["2003"], ["action plan", "план действий", "плана действий", "行動計画"]],
        "note": "Analysis in g7 (first: b122-46, buried in a Zakharova briefing). Adds context and Tokyo's "
                "protest (already in b122-47); no new fact.",
        "title": "Moscow disowns another of the accords it once signed with Tokyo",
        "summary": "Russia says the 2003 Japan-Russia Action Plan has 'lost its relevance'. The document was "
                   "a relic - but Moscow's decision to say so out loud is telling.",
        "section": "Asia", "kicker": "Analysis", "author": "Daniel Okoro", "place": "Tokyo",
        "tags": ["Russia", "Japan", "Analysis"],
        "body": [
            "When Junichiro Koizumi flew to Moscow in January 2003, he and Vladimir Putin signed a long "
            "document that was supposed to make the relationship ordinary: the Japan-Russia Action Plan.",
            "It set out six areas of cooperation, from political dialogue and trade to security and culture. "
            "It also contained a line both sides later quoted often: that they would continue negotiations "
            "to conclude a peace treaty \"as soon as possible\" by resolving the question of the islands.",
            "This week Russia declared that document dead. Asked at her weekly briefing on Thursday about "
            "comments by Japanese officials citing the plan, foreign ministry spokeswoman Maria Zakharova "
            "said it had \"lost its relevance\" and could not serve as a basis for relations \"in the current "
            "circumstances\".",
            "Tokyo protested on Friday. Chief Cabinet Secretary Minoru Kihara called the statement "
            "\"one-sided and unacceptable\" and said the agreements reached by the two countries' leaders "
            "retained their significance.",
            "In practical terms little changes. Moscow broke off treaty talks in March 2022, resumed "
            "consultations briefly in Brunei last year and suspended them again in February. Much of the "
            "Action Plan's economic agenda was abandoned long ago.",
            "But the statement fits a pattern. Each time Moscow says a past agreement no longer binds it, the "
            "ground on which any future negotiation could stand gets narrower. \"They are clearing the table,\" "
            "said a former Japanese diplomat who served in Moscow. \"The question is whether anything will "
            "ever be put back on it.\"",
        ],
    },
    {
        "id": "b122-54", "feed": "holloway-chronicle", "published": "2026-10-19T21:00:00Z",
        "label": "restatement",
        "note": "Anniversary background (70 years of the 1956 Joint Declaration); restates seed 004 (1956 "
                "declaration, no treaty) and the in-corpus history (g4, g6). No new event.",
        "title": "A declaration at 70: what Moscow and Tokyo agreed in 1956, and why it still matters",
        "summary": "Seventy years ago today, Japan and the Soviet Union ended their state of war. The peace "
                   "treaty promised in the same document has never come.",
        "section": "Asia", "kicker": "Japan", "author": "Daniel Okoro", "place": "Tokyo",
        "tags": ["Japan", "Russia", "History"],
        "body": [
            "On 19 October 1956, in the Kremlin, Japan's prime minister Ichiro Hatoyama and the Soviet premier "
            "Nikolai Bulganin signed a short joint declaration. It ended the state of war between the two "
            "countries, restored diplomatic relations and cleared the way for Japan to join the United "
            "Nations.",
            "It also contained the sentence that has shaped the dispute ever since. Under article 9, the "
            "Soviet Union agreed to hand over Habomai and Shikotan, the two smallest of the four islands, "
            "\"after the conclusion of a peace treaty\".",
            "The treaty never came. In 1960, after Japan renewed its security pact with the United States, "
            "Moscow added conditions to the handover. Later Soviet leaders denied there was a territorial "
            "issue at all.",
            "The declaration returned to the centre of diplomacy in 2018, when Shinzo Abe and Vladimir Putin "
            "agreed in Singapore to accelerate negotiations \"on the basis of\" the 1956 text. That process "
            "ended in March 2022, when Moscow broke off talks over Japan's sanctions.",
            "Since then the channel has opened only briefly: deputy ministers met in Brunei in June 2025, and "
            "Moscow suspended the consultations again in February this year.",
            "In Nemuro, the fishing town closest to the islands, a few dozen former residents gathered on "
            "Monday at the local memorial hall. No official events were held in Tokyo or Moscow.",
            "\"The declaration is the only document both sides ratified,\" said a historian at Hokkaido "
            "University. \"That is why neither of them can quite let go of it.\"",
        ],
    },
    {
        "id": "b122-55", "feed": "farthingale-pa", "published": "2026-12-08T08:00:00Z",
        "label": "restatement",
        "note": "Wished-for, not happening: Takaichi 'hopes' to meet Putin when conditions allow; Kremlin says "
                "no contacts planned. Restates seed 002 and the suspension (g6).",
        "title": "Takaichi says she hopes to meet Putin 'when conditions allow'",
        "summary": "The Japanese prime minister said she wanted to talk to the Russian president at an "
                   "appropriate time; the Kremlin said no such contacts were planned.",
        "section": "Asia-Pacific", "author": "Kenta Mori", "tags": ["Japan", "Russia", "Sanae Takaichi"],
        "body": [
            "TOKYO, Dec 8 (Farthingale) - Japanese Prime Minister Sanae Takaichi said on Tuesday she hoped to "
            "hold talks with Russian President Vladimir Putin \"when conditions allow\", but that there were "
            "no plans for a meeting.",
            "\"To resolve the territorial issue and conclude a peace treaty, dialogue between leaders is "
            "ultimately necessary. I would like to talk with President Putin at an appropriate time,\" "
            "Takaichi told the upper house budget committee in reply to an opposition lawmaker.",
            "She added that Japan would \"firmly maintain\" sanctions over the war in Ukraine.",
            "Kremlin spokesman Dmitry Peskov said later that no contacts with the Japanese leadership were "
            "on the agenda. \"We see no signals from Tokyo that would make such a conversation meaningful,\" "
            "he told reporters.",
            "Russia suspended consultations on a peace treaty in February, less than a year after the two "
            "sides resumed them in Brunei.",
            "(Reporting by Kenta Mori; Editing by Jo Treadwell)",
        ],
    },
]
