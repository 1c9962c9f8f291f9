"""English-language articles of the blind82 corpus."""

STORIES = [
    # ------------------------------------------------------------------ 01
    {
        "n": 1, "feed": "ruspacific-en", "lang": "en", "published": "2024-02-20T09:15:00Z",
        "slug": "nozdrev-no-basis-for-treaty-talks",
        "title": "Envoy Nozdrev: no basis for peace treaty talks while Tokyo keeps sanctions",
        "summary": "Russia's ambassador to Japan says a peace treaty cannot be discussed with a country "
                   "that has chosen an unfriendly course, repeating Moscow's line since 2022.",
        "label": "restatement",
        "note": "New speaker (ambassador Nozdrev) restating seeds 001/004: talks impossible amid "
                "sanctions, sovereignty not in question. No move.",
        "tags": ["japan", "kurils", "diplomacy"],
        "body": [
            "Russia sees no basis for returning to negotiations on a peace treaty with Japan as long as "
            "Tokyo sticks to its sanctions policy, Russian Ambassador to Japan Nikolay Nozdrev said in an "
            "interview published on Tuesday.",
            "\"A peace treaty is meant to be a fundamental document on friendship and good-neighbourliness. "
            "It is simply impossible to work on such a document with a government that has joined the "
            "sanctions war against our country and supplies assistance to the Kiev regime,\" the diplomat said.",
            "Nozdrev said the decision to halt the talks, announced by the Russian Foreign Ministry in March "
            "2022, had been \"a forced response\" to the restrictions imposed by Japan after the start of the "
            "special military operation. \"Responsibility for the current state of relations lies entirely "
            "with Tokyo,\" he added.",
            "Asked about Japanese statements on the southern Kuril Islands, the ambassador said Russia's "
            "sovereignty over the islands was enshrined in international legal documents following the "
            "Second World War \"and cannot be called into question\".",
            "He also said that contacts between people had suffered, pointing to the termination of visa-free "
            "trips for Japanese citizens to the islands, which Moscow also announced in March 2022. \"We did "
            "not choose this. Tokyo knows what would need to change,\" he said, without elaborating.",
            "Earlier this month Deputy Foreign Minister Andrey Rudenko said that resuming dialogue on the "
            "treaty was \"categorically impossible\" in the current situation.",
            "Russia and Japan have never signed a peace treaty after World War II. The main obstacle is the "
            "dispute over Iturup, Kunashir, Shikotan and the Habomai islets, which Japan calls its Northern "
            "Territories.",
        ],
    },
    # ------------------------------------------------------------------ 02
    {
        "n": 2, "feed": "cantlewood-wire", "lang": "en", "published": "2024-03-05T06:40:00Z",
        "slug": "china-coast-guard-senkaku-protest",
        "title": "Chinese coast guard ships linger near Senkakus as Tokyo lodges protest",
        "summary": "Four Chinese coast guard vessels entered Japanese-claimed waters around the Senkaku "
                   "islands, prompting a protest through diplomatic channels.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China). Not Russia-Japan.",
        "section": "security", "section_name": "Security",
        "body": [
            "TOKYO, March 5 (Cantlewood) - Four Chinese coast guard ships entered waters that Japan considers "
            "its territorial sea around the Senkaku islands in the East China Sea on Tuesday, Japan's coast "
            "guard said, the latest in a string of incursions around the uninhabited islets.",
            "The vessels approached a Japanese fishing boat operating in the area, and patrol ships of the "
            "11th Regional Coast Guard Headquarters moved between them, a coast guard spokesperson said.",
            "Japan lodged a protest with China through diplomatic channels, a Foreign Ministry official said, "
            "calling the incursion \"unacceptable\" and demanding the ships leave immediately.",
            "Beijing, which calls the islands Diaoyu, said the ships were conducting \"law enforcement "
            "patrols in China's own territorial waters\".",
            "Chinese government vessels have been spotted in the contiguous zone around the islands on almost "
            "every day of the past year, according to Japanese coast guard data, a record since Tokyo "
            "purchased three of the islets from a private owner in 2012.",
            "The dispute is one of several unresolved island quarrels in the region. Japan also has territorial "
            "disagreements with South Korea and with Russia, though Tokyo says no territorial issue exists over "
            "the Senkakus, which it administers.",
            "(Reporting by Cantlewood's Tokyo bureau; editing by Alison Marr)",
        ],
    },
    # ------------------------------------------------------------------ 04
    {
        "n": 4, "feed": "cantlewood-wire", "lang": "en", "published": "2024-04-16T04:30:00Z",
        "slug": "japan-diplomatic-bluebook-2024",
        "title": "Japan's diplomatic bluebook keeps Northern Territories claim, calls Russia ties 'severe'",
        "summary": "The 2024 Diplomatic Bluebook repeats that the four islands held by Russia are Japanese "
                   "territory and that Tokyo will seek to resolve the issue and conclude a peace treaty.",
        "label": "restatement",
        "note": "Annual report restating Japan's known position (seed 002: Tokyo steadfast on a peace treaty; "
                "seeds 000/003 Japan's claim). No move.",
        "body": [
            "TOKYO, April 16 (Cantlewood) - Japan's annual diplomatic report, presented to the cabinet on "
            "Tuesday, repeats Tokyo's claim to four Russian-held islands off Hokkaido and describes relations "
            "with Moscow as being in a \"severe situation\" because of the war in Ukraine.",
            "The 2024 Diplomatic Bluebook states that the Northern Territories are \"islands over which Japan "
            "has sovereignty and an inherent part of the territory of Japan\", and that Japan \"will maintain "
            "its policy of resolving the territorial issue and concluding a peace treaty\".",
            "The report notes that Russia announced in March 2022 that it would not continue peace treaty "
            "negotiations, and that it ended visa-free exchanges and withdrew from talks on joint economic "
            "activities on the islands. It calls those steps \"extremely unjust\" and \"absolutely "
            "unacceptable\".",
            "Foreign Minister Yoko Kamikawa told reporters that Japan would continue to deal with Russia "
            "\"appropriately\", while keeping up sanctions together with the Group of Seven.",
            "The bluebook also flags growing military cooperation between Russia and China near Japan and "
            "describes North Korea's missile programme as a \"grave and imminent threat\".",
            "Moscow has in past years rejected the bluebook's wording on the islands, which Russia calls the "
            "southern Kurils and which Soviet forces seized at the end of World War Two.",
            "(Reporting by Cantlewood's Tokyo bureau)",
        ],
    },
    # ------------------------------------------------------------------ 05
    {
        "n": 5, "feed": "ruspacific-en", "lang": "en", "published": "2024-05-28T07:20:00Z",
        "slug": "kurile-lake-sockeye-forecast", "section": "far-east",
        "title": "Kurile Lake braces for strong sockeye run as Kamchatka bears gather early",
        "summary": "Scientists expect several million sockeye salmon to enter Kamchatka's Kurile Lake this "
                   "summer; rangers report brown bears on the shores weeks ahead of schedule.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kurile Lake, southern Kamchatka). Nothing about the "
                "islands or the dispute.",
        "tags": ["kamchatka", "salmon", "nature"],
        "body": [
            "Fisheries scientists in Kamchatka expect a strong run of sockeye salmon into Kurile Lake this "
            "summer, one of the largest spawning grounds for the species in Asia.",
            "KamchatNIRO, the regional fisheries research institute, forecasts that between 3.5 and 4.5 "
            "million fish will pass the counting fence on the Ozernaya River, which drains the lake into the "
            "Sea of Okhotsk. Last year about 3.9 million sockeye reached the lake.",
            "Kurile Lake, a flooded caldera in the south of the peninsula, lies inside the South Kamchatka "
            "federal nature reserve. It is famous for its concentration of brown bears, which feed on the "
            "spawning fish from July to October.",
            "Rangers at the reserve said the first bears had been seen fishing near the outflow in late May, "
            "several weeks earlier than usual, possibly because of a warm spring.",
            "Tourist visits to the lake are strictly limited and run by the reserve. Helicopter excursions from "
            "Petropavlovsk-Kamchatsky are booked out for July and August, tour operators said.",
            "The institute also warned that poaching on the Ozernaya remained a concern, and that joint patrols "
            "with the border service would continue throughout the season.",
        ],
    },
    # ------------------------------------------------------------------ 06
    {
        "n": 6, "feed": "fennimore-en", "lang": "en", "published": "2024-06-18T10:05:00Z",
        "slug": "second-thomas-shoal-boarding", "kicker": "Southeast Asia",
        "title": "Blades and boarding: Manila says China crossed a line at Second Thomas Shoal",
        "summary": "A Philippine resupply mission to a grounded warship ended with Chinese coast guard crews "
                   "seizing boats and a sailor losing a thumb.",
        "label": "off_topic",
        "note": "Look-alike: other island/maritime dispute (South China Sea). Not Russia-Japan.",
        "byline": "Marisol Ocampo in Manila",
        "comments": [("R. Tan", "The Sierra Madre is rusting away; this will only get worse."),
                     ("kestrel77", "Where is the mutual defence treaty when you need it?")],
        "body": [
            "The Philippine military says Chinese coast guard personnel armed with knives and axes boarded "
            "navy inflatable boats on Monday during a resupply run to the BRP Sierra Madre, the rusting "
            "warship Manila deliberately grounded on Second Thomas Shoal in 1999.",
            "According to the armed forces, one Filipino sailor lost a thumb in the confrontation, rifles "
            "were seized and the boats were punctured. China's coast guard said it had taken \"necessary "
            "control measures\" against vessels that \"illegally intruded\" into waters it claims.",
            "The shoal lies well inside the Philippines' exclusive economic zone as defined by the UN "
            "Convention on the Law of the Sea, and an arbitral tribunal ruled in 2016 that China's sweeping "
            "claims had no legal basis. Beijing rejects the ruling.",
            "What makes this incident different is not the geography but the method. Water cannons and "
            "laser dazzlers have become routine; hand-to-hand seizures of weapons have not. Manila "
            "described the episode as an \"aggressive and illegal\" act but stopped short of calling it an "
            "armed attack, a phrase that could invoke the 1951 Mutual Defense Treaty with Washington.",
            "That restraint says much about the dilemma. The Marcos government wants allies' support "
            "without being seen to drag the United States into a shooting war over a reef. Tokyo, which has "
            "its own island quarrels with Beijing, issued a statement of \"serious concern\".",
            "Diplomats in Manila expect another resupply mission within weeks. The question is whether both "
            "sides can agree on a quiet arrangement before the next one turns deadly.",
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "n": 10, "feed": "cantlewood-wire", "lang": "en", "published": "2024-07-17T15:20:00Z",
        "slug": "russia-summons-japan-envoy-white-paper",
        "title": "Russia summons Japanese ambassador over defence white paper's claim to Kurils",
        "summary": "Moscow lodged a protest with Japan's ambassador over Tokyo's annual defence white paper, "
                   "which describes the southern Kuril Islands as Japanese territory.",
        "label": "new_development", "group": "b82-g1",
        "new_facts": ["Russia's Foreign Ministry summoned Japan's ambassador on 17 July 2024 and protested "
                      "the Kuril wording of Japan's 2024 defence white paper"],
        "must_mention": [["summon"], ["white paper"]],
        "note": "g1 English report (third, after the Russian flash and rewrite): same summons, with Tokyo's "
                "rejection of the protest.",
        "body": [
            "MOSCOW, July 17 (Cantlewood) - Russia's Foreign Ministry summoned Japan's ambassador on "
            "Wednesday to protest against Tokyo's annual defence white paper, which calls the southern Kuril "
            "Islands Japanese territory and criticises Russian military activity there.",
            "The ministry said in a statement that the ambassador had been told the document's "
            "\"territorial claims against Russia\" were \"unacceptable\" and that its passages on the "
            "Russian armed forces were part of a \"campaign to justify Japan's militarisation\".",
            "The white paper, adopted by Prime Minister Fumio Kishida's cabinet last Friday, says Russia is "
            "stepping up military activity in the region \"including in the Northern Territories, which are "
            "an inherent part of Japan's territory\".",
            "A spokesperson for the Japanese embassy in Moscow said the ambassador had rejected the protest "
            "and told the Russian side that Japan's position on the islands was consistent and well known.",
            "It was the first time Moscow has summoned a Japanese envoy over the white paper, which Russia "
            "has criticised in previous years only through statements by its foreign ministry spokesperson.",
            "Moscow broke off peace treaty negotiations with Tokyo in March 2022 after Japan joined Western "
            "sanctions over Russia's invasion of Ukraine. The two countries have never formally ended their "
            "World War Two hostilities because of the dispute over the islands, seized by Soviet troops in "
            "1945.",
            "(Reporting by Cantlewood's Moscow bureau; writing by Daniel Hart; editing by Keith Ong)",
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "n": 12, "feed": "fennimore-en", "lang": "en", "published": "2024-08-15T05:00:00Z",
        "slug": "seventy-nine-years-no-treaty", "kicker": "Anniversary",
        "title": "Seventy-nine years on, Japan and Russia are still a war without a treaty",
        "summary": "On the anniversary of Japan's surrender, the last unfinished business of 1945 looks "
                   "further from settlement than at any time since the Cold War.",
        "label": "restatement",
        "note": "Anniversary/background piece. Restates seeds (2022 walkout, visa-free ended, joint economic "
                "activity dialogue dropped, Rudenko Feb 2024 'categorically impossible') and g1 (summons, "
                "already reported in July). No new fact.",
        "byline": "Hugh Carrow",
        "comments": [("Tanabe_S", "The 1956 declaration was the best chance. Both sides wasted it."),
                     ("northernlight", "Two islands were always the realistic deal. Now it is zero.")],
        "body": [
            "Seventy-nine years ago today Emperor Hirohito's recorded voice told the Japanese people that the "
            "war was over. For most of the former belligerents the paperwork followed soon after. For Japan and "
            "the Soviet Union, and now Russia, it never has.",
            "The reason is four islands and a scattering of islets off the north-eastern tip of Hokkaido: "
            "Iturup, Kunashir, Shikotan and the Habomai group, which Japan calls the Northern Territories and "
            "Russia the southern Kurils. Soviet forces occupied them in the final days of the war, and their "
            "Japanese residents were deported by 1949.",
            "The 1956 Joint Declaration restored diplomatic relations and ended the state of war, but left "
            "the treaty to later. In 2018 Shinzo Abe and Vladimir Putin agreed in Singapore to speed up "
            "negotiations on the basis of that declaration. It was the high point of a long courtship.",
            "Then came February 2022. Within a month of Japan joining Western sanctions, Moscow announced that "
            "it would not continue peace treaty talks with a state taking \"openly unfriendly positions\", "
            "ended visa-free trips by Japanese citizens to the islands and walked out of the dialogue on joint "
            "economic activity there.",
            "Nothing since has moved in the other direction. In February Deputy Foreign Minister Andrey "
            "Rudenko called any resumption of talks \"categorically impossible\". Last month Moscow went "
            "further than usual in registering its displeasure, summoning Japan's ambassador over the "
            "wording of Tokyo's defence white paper.",
            "Tokyo, for its part, repeats that its policy of \"resolving the territorial issue and concluding "
            "a peace treaty\" is unchanged. That sentence has become a ritual, recited in every policy speech "
            "and every annual bluebook, with no negotiating track left to attach it to.",
            "The human cost is counted in birthdays. The former islanders who once went back each summer to "
            "tend family graves are mostly in their late eighties. Each year without the visits is, for many "
            "of them, a year they will not get back.",
            "Anniversaries invite predictions. This one invites only a description: a war formally ended in "
            "1956, a treaty never written, and a negotiation that, for now, does not exist.",
        ],
    },
    # ------------------------------------------------------------------ 15
    {
        "n": 15, "feed": "ruspacific-en", "lang": "en", "published": "2024-09-10T08:50:00Z",
        "slug": "patrushev-iturup-fish-plants", "section": "far-east",
        "title": "Deputy PM Patrushev tours Iturup fish plants, promises port money for Kurils",
        "summary": "Deputy Prime Minister Dmitry Patrushev arrived on Iturup on a working trip to the Kuril "
                   "Islands, visiting fish processing plants and the port at Kitovy Bay.",
        "label": "new_development", "group": "b82-g2",
        "new_facts": ["Deputy PM Dmitry Patrushev visited Iturup (and was to go on to Kunashir) on 10 September "
                      "2024, touring fish plants and the Kitovy Bay port"],
        "must_mention": [["patrushev"], ["iturup", "kunashir", "kuril"]],
        "note": "g2 English report, hours after the Russian first report (Shkiper). Same visit.",
        "tags": ["kurils", "fisheries", "government"],
        "body": [
            "Russian Deputy Prime Minister Dmitry Patrushev arrived on Iturup on Tuesday on a working trip to "
            "the Kuril Islands, the Sakhalin regional government said.",
            "Patrushev, who oversees agriculture and fisheries in the cabinet, was accompanied by Sakhalin "
            "Governor Valery Limarenko and the head of the Federal Agency for Fisheries, Ilya Shestakov.",
            "On the island he visited a fish processing plant at Reidovo, one of the largest in the Far East, "
            "and inspected the port at Kitovy Bay, where the regional authorities want to extend the berths "
            "to take larger refrigerated vessels.",
            "\"Fisheries are the backbone of the Kurils' economy. The state will support the modernisation of "
            "ports and processing here, because people must have good, stable jobs on the islands,\" Patrushev "
            "was quoted as saying.",
            "Limarenko said the region had asked for federal funding for a new cargo berth and a cold storage "
            "complex. Patrushev said the requests would be considered \"in the near future\".",
            "The deputy prime minister is also expected to visit Kunashir, according to the regional "
            "government.",
            "It is Patrushev's first trip to the islands since he joined the government in May. Visits by "
            "senior Russian officials to the southern Kurils regularly draw protests from Tokyo, which claims "
            "Iturup, Kunashir, Shikotan and the Habomai islets.",
        ],
    },
    # ------------------------------------------------------------------ 17
    {
        "n": 17, "feed": "sorrelbay-en", "lang": "en", "published": "2024-09-23T09:30:00Z",
        "slug": "rebun-airspace-flares", "section": "national", "section_name": "National",
        "title": "Japan fires flares for first time as Russian patrol plane violates airspace off Rebun",
        "summary": "An Il-38 patrol aircraft entered Japanese airspace near Rebun Island three times; "
                   "Air Self-Defense Force fighters used flares as a warning.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia news (airspace violation off Rebun Island, Hokkaido; "
                "not the disputed islands).",
        "body": [
            "A Russian military patrol aircraft violated Japanese airspace three times near Rebun Island off "
            "northern Hokkaido on Monday, the Defense Ministry said, and Air Self-Defense Force fighters used "
            "flares as a warning for the first time.",
            "The Il-38 anti-submarine patrol plane entered Japanese airspace north of Rebun between the "
            "afternoon and early evening, the ministry said. Fighter jets scrambled from bases in Hokkaido "
            "issued radio warnings before firing flares.",
            "Chief Cabinet Secretary Yoshimasa Hayashi called the violations \"extremely regrettable\" and said "
            "the government had lodged a strong protest with Russia through diplomatic channels.",
            "It was the first violation of Japanese airspace by a Russian aircraft since 2019, according to "
            "the ministry. The Defense Ministry said it was analysing the purpose of the flights.",
            "The incident came as Russian and Chinese military activity around Japan has increased, with the "
            "two countries' navies and air forces holding joint patrols near the Japanese archipelago.",
            "Rebun, a small island off Hokkaido's northern tip known for its alpine flowers, is a popular "
            "summer destination. Residents told local media they had heard the jets but had been unaware of "
            "the incident until it was reported.",
        ],
    },
    # ------------------------------------------------------------------ 18
    {
        "n": 18, "feed": "sorrelbay-en", "lang": "en", "published": "2024-10-04T08:10:00Z",
        "slug": "ishiba-policy-speech-russia",
        "title": "Ishiba vows to 'resolve the territorial issue' with Russia in first policy speech",
        "summary": "New Prime Minister Shigeru Ishiba told the Diet that Japan's policy of settling the "
                   "territorial dispute and concluding a peace treaty with Russia is unchanged.",
        "label": "restatement",
        "note": "New speaker (PM Ishiba) restating Japan's standing position (seed 002: Tokyo steadfast on "
                "a peace treaty). Wish to resume grave visits is a known Japanese request, not a move.",
        "body": [
            "Prime Minister Shigeru Ishiba said Friday that Japan remains committed to resolving the territorial "
            "issue with Russia and concluding a peace treaty, in his first policy speech to the Diet since "
            "taking office this week.",
            "\"Although Japan-Russia relations are in a difficult situation, we will maintain our policy of "
            "resolving the territorial issue and concluding a peace treaty,\" Ishiba said in the address to "
            "both houses.",
            "He also said the government would give priority to the resumption of exchanges such as grave "
            "visits by former residents of the Northern Territories, who are aging. \"I strongly hope these "
            "can resume,\" he said.",
            "Much of the speech focused on domestic issues, including regional revitalization, wage increases "
            "and disaster preparedness, as well as strengthening the Japan-U.S. alliance. Ishiba repeated his "
            "call for Japan to continue sanctions against Russia over its invasion of Ukraine together with "
            "the Group of Seven.",
            "Russia halted peace treaty negotiations in March 2022, citing Japan's sanctions, and terminated "
            "visa-free exchanges with the islands. Former islanders have not visited family graves "
            "there since 2019, first because of the pandemic and then because of Moscow's decision.",
            "Ishiba, a former defense minister, won the Liberal Democratic Party leadership race last week. "
            "He is expected to dissolve the lower house for a general election later this month.",
        ],
    },
    # ------------------------------------------------------------------ 20
    {
        "n": 20, "feed": "cantlewood-wire", "lang": "en", "published": "2024-10-07T11:25:00Z",
        "slug": "flash-kremlin-no-conditions-japan-talks", "flash": True,
        "title": "FLASH: Kremlin says no conditions for resuming peace treaty talks with Japan",
        "summary": "Kremlin spokesman Peskov says Moscow sees no conditions for resuming peace treaty talks "
                   "with Tokyo after Japan's new prime minister pledged to seek a settlement.",
        "label": "restatement",
        "note": "Wire flash that sounds like a move but restates the known position (seeds 002/004: talks "
                "impossible). Negated: 'no conditions to resume'. Same as b82-19.",
        "related": ["Japan's Ishiba vows to keep Russia sanctions", "Japan election: what to watch"],
        "body": [
            "MOSCOW, Oct 7 (Cantlewood) - The Kremlin said on Monday it saw no conditions for resuming peace "
            "treaty negotiations with Japan, days after new Japanese Prime Minister Shigeru Ishiba said Tokyo "
            "remained committed to resolving the territorial dispute.",
            "\"We do not see conditions for that at the moment. Tokyo's course towards Russia remains "
            "unfriendly,\" Kremlin spokesman Dmitry Peskov told reporters.",
            "Russia suspended peace treaty talks with Japan in March 2022 over Tokyo's sanctions, and "
            "Russian officials have repeatedly said since then that resuming them is impossible while Japan "
            "maintains what Moscow calls an unfriendly course.",
            "In his first policy speech to parliament on Friday, Ishiba said Japan would maintain its policy "
            "of resolving the territorial issue and concluding a peace treaty.",
            "More to follow.",
        ],
    },
    # ------------------------------------------------------------------ 22
    {
        "n": 22, "feed": "ruspacific-en", "lang": "en", "published": "2024-12-04T12:30:00Z",
        "slug": "russia-dprk-treaty-in-force",
        "title": "Russia–North Korea comprehensive partnership treaty enters into force",
        "summary": "Moscow and Pyongyang exchanged instruments of ratification of the treaty signed in June, "
                   "which includes a mutual assistance clause.",
        "label": "off_topic",
        "note": "Look-alike: another treaty (Russia-DPRK). Not about Japan or the Kurils.",
        "tags": ["dprk", "treaties"],
        "body": [
            "The Treaty on Comprehensive Strategic Partnership between Russia and North Korea entered into "
            "force on Wednesday after the two sides exchanged instruments of ratification in Moscow, the "
            "Russian Foreign Ministry said.",
            "The documents were exchanged by Deputy Foreign Minister Andrey Rudenko and North Korea's Vice "
            "Foreign Minister Kim Jong Gyu.",
            "The treaty was signed by President Vladimir Putin and North Korean leader Kim Jong Un in "
            "Pyongyang in June. Article 4 provides that if one of the parties comes under armed attack, the "
            "other shall immediately provide military and other assistance with all means at its disposal.",
            "The State Duma ratified the treaty in October, and Putin signed the ratification law in November. "
            "North Korea announced its ratification by decree of the State Affairs Commission.",
            "The document replaces the 1961 treaty of friendship between the Soviet Union and the DPRK, which "
            "lapsed in the 1990s. Officials in Moscow say it is defensive in nature and not directed against "
            "third countries.",
            "Western governments, as well as South Korea and Japan, have expressed concern over growing "
            "military cooperation between Moscow and Pyongyang.",
        ],
    },
    # ------------------------------------------------------------------ 23
    {
        "n": 23, "feed": "cantlewood-wire", "lang": "en", "published": "2024-12-10T07:45:00Z",
        "slug": "japan-presses-russia-grave-visits",
        "title": "Japan presses Russia again to allow former islanders' grave visits",
        "summary": "Foreign Minister Iwaya told former residents of the Russian-held islands that Tokyo would "
                   "keep urging Moscow to let them visit family graves; Russia has not responded.",
        "label": "restatement",
        "note": "Requested move ('urged Moscow to allow'); visits remain stopped (seed 001/003 visa-free "
                "trips terminated). No change.",
        "body": [
            "TOKYO, Dec 10 (Cantlewood) - Japan will keep pressing Russia to allow former residents of the "
            "Russian-held islands off Hokkaido to visit family graves there, Foreign Minister Takeshi Iwaya "
            "said on Tuesday after meeting a group of former islanders.",
            "\"We will continue to strongly urge the Russian side to resume grave visits, which is a "
            "humanitarian matter and a top priority,\" Iwaya told the delegation, which handed him a petition "
            "at the foreign ministry.",
            "Russia has given no reply to repeated Japanese requests, a ministry official said.",
            "Moscow ended visa-free trips for Japanese citizens to the islands in March 2022, shortly after "
            "Japan joined Western sanctions over the invasion of Ukraine. Under the arrangements, former "
            "residents and their relatives had visited graves on the islands every summer.",
            "The former islanders, whose average age is close to 89, said they feared many of them would "
            "never again see their birthplaces. \"We do not have many summers left,\" one member of the "
            "delegation told reporters.",
            "Japan claims the four islands, which Russia calls the southern Kurils and Japan the Northern "
            "Territories. Soviet forces seized them at the end of World War Two.",
            "(Reporting by Cantlewood's Tokyo bureau; editing by Alison Marr)",
        ],
    },
    # ------------------------------------------------------------------ 29
    {
        "n": 29, "feed": "sorrelbay-en", "lang": "en", "published": "2025-03-05T02:00:00Z",
        "slug": "myojin-maru-seized-habomai", "section": "hokkaido", "section_name": "Hokkaido",
        "title": "Russian border guards seize Nemuro octopus boat off Habomai islet, four crew held",
        "summary": "The Myojin Maru No. 12 was seized near Shibotsu Island late Monday; Tokyo has demanded "
                   "the early release of the boat and its crew.",
        "label": "new_development", "group": "b82-g3",
        "new_facts": ["Russian border guards seized the Nemuro octopus boat Myojin Maru No. 12 and its four "
                      "crew off Shibotsu (Zelyony) on 3 March 2025"],
        "must_mention": [["myojin"], ["seiz", "detain"]],
        "note": "g3 English report, the day after the Japanese first report and the Russian border service's "
                "statement. No new fact.",
        "body": [
            "A Nemuro-based fishing boat and its four crew members were seized by Russian border guards off "
            "Shibotsu Island in the Habomai group late Monday, the Japan Coast Guard said.",
            "The Myojin Maru No. 12, a 4.9-ton vessel belonging to a local fishery cooperative, was fishing for "
            "octopus about 5 kilometers north of the island when contact was lost shortly before 10 p.m., "
            "according to the coast guard's 1st Regional Headquarters.",
            "Russia's border directorate for the Sakhalin region said on Tuesday that the boat had been "
            "detained for violating fishing rules, and that roughly 900 kilograms of octopus not recorded in "
            "its logbook had been found on board. The vessel was escorted to the port of Malokurilskoye on "
            "Shikotan, it said.",
            "The four crew members are in good health, the Foreign Ministry said, adding that Japan had asked "
            "Russia through diplomatic channels for their early release and the return of the boat.",
            "\"We will do everything we can to bring the crew home quickly,\" Chief Cabinet Secretary "
            "Yoshimasa Hayashi told a news conference.",
            "Japan considers the waters around the Russian-held islands to be its own. Boats from Nemuro fish "
            "there under an intergovernmental arrangement that requires them to pay Russia and follow agreed "
            "rules.",
            "Officials at the cooperative said the crew had been operating inside the agreed zone. \"We cannot "
            "believe it,\" one official told the Herald.",
        ],
    },
    # ------------------------------------------------------------------ 30
    {
        "n": 30, "feed": "cantlewood-wire", "lang": "en", "published": "2025-03-14T09:40:00Z",
        "slug": "armenia-azerbaijan-peace-treaty-text",
        "title": "Armenia, Azerbaijan say text of peace treaty agreed",
        "summary": "The South Caucasus neighbours said they had finished negotiating the text of a peace "
                   "treaty, though Baku says Armenia must change its constitution before signing.",
        "label": "off_topic",
        "note": "Look-alike: another peace treaty (Armenia-Azerbaijan).",
        "section": "world", "section_name": "World",
        "body": [
            "YEREVAN/BAKU, March 14 (Cantlewood) - Armenia and Azerbaijan said they had completed negotiations "
            "on the text of a peace treaty to end nearly four decades of conflict, a step that could pave the "
            "way for formally normalising relations.",
            "Armenia's foreign ministry said the draft was ready for signing and proposed that talks on the "
            "date and venue begin. Azerbaijan's foreign ministry said the text was agreed but repeated that "
            "Armenia must first amend its constitution, which Baku says contains territorial claims on "
            "Azerbaijani land.",
            "Armenian Prime Minister Nikol Pashinyan has said a new constitution is needed anyway but that a "
            "referendum could not be held quickly.",
            "The two countries fought wars in the early 1990s and in 2020 over Nagorno-Karabakh. Azerbaijan "
            "retook the region in a lightning offensive in 2023, prompting almost all of its ethnic "
            "Armenian population to flee.",
            "The European Union and the United States welcomed the announcement. Russia, which long "
            "mediated between the two, said it was ready to help.",
            "(Reporting by Cantlewood's Caucasus correspondents; editing by Keith Ong)",
        ],
    },
    # ------------------------------------------------------------------ 31
    {
        "n": 31, "feed": "ruspacific-en", "lang": "en", "published": "2025-03-25T10:10:00Z",
        "slug": "lavrov-japan-talks-if-course-changes",
        "title": "Lavrov: Moscow would return to treaty talks 'if Tokyo changes course'",
        "summary": "Foreign Minister Sergey Lavrov said Russia would be ready to talk to Japan about a peace "
                   "treaty if Tokyo dropped its hostile policy, but that the islands' status is not negotiable.",
        "label": "restatement",
        "note": "Conditional ('would return if...'). Restates seeds 001/004 (talks impossible under current "
                "conditions; normalisation requires Tokyo dropping hostile policy). New speaker, no move.",
        "tags": ["japan", "lavrov"],
        "body": [
            "Russia would be prepared to resume contacts with Japan on a peace treaty if Tokyo abandoned its "
            "hostile policy towards Moscow, Foreign Minister Sergey Lavrov said in an interview broadcast on "
            "Tuesday.",
            "\"If Japan changes course, stops following Washington's line on sanctions and stops helping the "
            "Kiev regime, we would of course be ready to talk. We have never slammed the door,\" Lavrov said.",
            "He stressed, however, that the status of the southern Kuril Islands was not a subject for "
            "negotiation. \"The results of the Second World War are enshrined in the UN Charter. Our "
            "sovereignty over these islands is not up for discussion,\" he said.",
            "Lavrov said Tokyo's statements about wanting to resolve the territorial issue were \"not backed "
            "by any practical steps\" and noted that Japan had adopted new sanctions packages in recent "
            "months.",
            "Russia suspended peace treaty talks in March 2022 and has since repeatedly said that resuming "
            "them is impossible as long as Japan maintains its current policy.",
            "The minister spoke about Japan in a wide-ranging interview that also covered relations with the "
            "United States and the situation in the Middle East.",
        ],
    },
    # ------------------------------------------------------------------ 36
    {
        "n": 36, "feed": "cantlewood-wire", "lang": "en", "published": "2025-06-10T12:10:00Z",
        "slug": "russia-japan-peace-treaty-consultations-cairo",
        "title": "Russia, Japan hold first peace treaty consultations since 2022, in Cairo",
        "summary": "Deputy foreign ministers from the two countries met in Cairo and agreed to keep talking, "
                   "the first such consultations since Moscow suspended treaty negotiations in 2022.",
        "label": "status_change", "group": "b82-g4",
        "new_facts": ["Russia and Japan held peace treaty consultations in Cairo on 9-10 June 2025 (Rudenko and "
                      "Japanese deputy minister Ishimori), the first since the March 2022 suspension; next "
                      "round planned for early 2026"],
        "must_mention": [["cairo"], ["peace treaty", "treaty"]],
        "note": "g4 English report (after the Russian flash and the Japanese wire): talks suspended -> held "
                "again, agreed to continue.",
        "body": [
            "CAIRO/TOKYO, June 10 (Cantlewood) - Russian and Japanese diplomats held consultations on a peace "
            "treaty in Cairo this week, the first such talks since Moscow suspended negotiations over Tokyo's "
            "sanctions in March 2022, both governments said on Tuesday.",
            "Russian Deputy Foreign Minister Andrey Rudenko met Japanese Deputy Foreign Minister Hiroshi "
            "Ishimori on June 9 and 10 in the Egyptian capital, the Russian Foreign Ministry said, describing "
            "the talks as \"frank and substantive\".",
            "Japan's Foreign Ministry said the two sides had exchanged views on \"issues related to the "
            "conclusion of a peace treaty\" and on humanitarian matters including grave visits by former "
            "residents of the islands, and had agreed to continue the consultations. The next round is "
            "expected early next year, a Japanese official said.",
            "The Russian statement said Moscow had reiterated that its sovereignty over the southern Kurils "
            "was not in question and that progress would depend on Tokyo's \"practical steps\".",
            "Neither side gave details of how the meeting came about. A Japanese official, speaking on "
            "condition of anonymity, said the contacts had been prepared over several months and that Egypt "
            "had offered a \"neutral venue\".",
            "Russia said in March 2022 it did not intend to continue negotiations with Japan on a peace "
            "treaty. The countries have never signed one since World War Two because of the dispute over the "
            "four islands off Hokkaido.",
            "(Reporting by Cantlewood's Cairo, Moscow and Tokyo bureaus; writing by Daniel Hart)",
        ],
    },
    # ------------------------------------------------------------------ 37
    {
        "n": 37, "feed": "fennimore-en", "lang": "en", "published": "2025-06-11T06:00:00Z",
        "slug": "russia-japan-reopen-treaty-channel-cairo", "kicker": "North Asia",
        "syndicated_from": "Cantlewood Wire", "byline": "Cantlewood Wire",
        "title": "Russia and Japan quietly reopen peace treaty channel in Cairo",
        "summary": "Deputy foreign ministers met in the Egyptian capital, the first consultations on a peace "
                   "treaty since Moscow walked out in 2022.",
        "label": "status_change", "group": "b82-g4",
        "new_facts": ["Russia and Japan held peace treaty consultations in Cairo on 9-10 June 2025, the first "
                      "since March 2022"],
        "must_mention": [["cairo"], ["peace treaty", "treaty"]],
        "note": "g4 syndicated copy of b82-36 (same text, new headline), a day later. No new fact.",
        "comments": [("Sato_K", "Cairo of all places. I suppose neutral is neutral.")],
        "body": [
            "Russian and Japanese diplomats held consultations on a peace treaty in Cairo this week, the first "
            "such talks since Moscow suspended negotiations over Tokyo's sanctions in March 2022, both "
            "governments said on Tuesday.",
            "Russian Deputy Foreign Minister Andrey Rudenko met Japanese Deputy Foreign Minister Hiroshi "
            "Ishimori on June 9 and 10 in the Egyptian capital, the Russian Foreign Ministry said, describing "
            "the talks as \"frank and substantive\".",
            "Japan's Foreign Ministry said the two sides had exchanged views on \"issues related to the "
            "conclusion of a peace treaty\" and on humanitarian matters including grave visits by former "
            "residents of the islands, and had agreed to continue the consultations. The next round is "
            "expected early next year, a Japanese official said.",
            "The Russian statement said Moscow had reiterated that its sovereignty over the southern Kurils "
            "was not in question and that progress would depend on Tokyo's \"practical steps\".",
            "Neither side gave details of how the meeting came about. A Japanese official, speaking on "
            "condition of anonymity, said the contacts had been prepared over several months and that Egypt "
            "had offered a \"neutral venue\".",
            "Russia said in March 2022 it did not intend to continue negotiations with Japan on a peace "
            "treaty. The countries have never signed one since World War Two because of the dispute over the "
            "four islands off Hokkaido.",
        ],
    },
    # ------------------------------------------------------------------ 41
    {
        "n": 41, "feed": "sorrelbay-en", "lang": "en", "published": "2025-09-02T06:20:00Z",
        "slug": "iwaya-next-round-russia-talks",
        "title": "Iwaya hopes next round of Russia talks comes 'as early as possible'",
        "summary": "The foreign minister said Japan wants the second round of peace treaty consultations "
                   "held soon and will press for grave visits, but no date or venue has been set.",
        "label": "restatement",
        "note": "Wished-for move ('hopes ... as early as possible'); restates g4 (consultations held in June, "
                "next round early next year) and Japan's known request for grave visits. No new fact.",
        "body": [
            "Foreign Minister Takeshi Iwaya said Tuesday he hopes the next round of peace treaty consultations "
            "with Russia will be held \"as early as possible,\" but that no date or venue has yet been "
            "decided.",
            "\"At the consultations in Cairo in June, the two sides agreed to continue the dialogue. We would "
            "like to hold the next round at an early date,\" Iwaya told a regular news conference.",
            "He said Japan would again raise the resumption of grave visits and other exchanges for former "
            "residents of the Northern Territories, describing them as \"the most pressing humanitarian "
            "issue.\"",
            "Asked whether Tokyo was considering easing sanctions to smooth the way, Iwaya said Japan's "
            "policy on Russia's aggression against Ukraine was \"unchanged.\"",
            "Former residents' groups in Nemuro have urged the government to press Moscow harder. \"Talking "
            "is good, but we need results while former islanders are still alive,\" said an official of the League "
            "of Residents of Chishima and Habomai Islands.",
            "The June talks between Deputy Foreign Ministers Andrey Rudenko and Hiroshi Ishimori were the first "
            "since Russia suspended negotiations in 2022. Officials had said the next round was expected "
            "early next year.",
        ],
    },
    # ------------------------------------------------------------------ 45
    {
        "n": 45, "feed": "sorrelbay-en", "lang": "en", "published": "2025-11-11T08:40:00Z",
        "slug": "russia-halts-revived-treaty-talks-kyiv-trip",
        "title": "Russia halts revived peace treaty talks after Japanese defense minister's Kyiv trip",
        "summary": "Moscow notified Tokyo it is suspending the consultations resumed in Cairo in June and will "
                   "not hold the second round planned for February.",
        "label": "status_change", "group": "b82-g6",
        "new_facts": ["Russia notified Japan by note verbale that it is suspending the peace treaty "
                      "consultations resumed in Cairo; the second round planned for February 2026 is off; "
                      "reason given: the Japanese defence minister's Kyiv visit"],
        "must_mention": [["suspend", "halt"], ["treaty", "talks", "consultation"]],
        "note": "g6 English report, hours after the Japanese first report (Ginrei). Same suspension.",
        "body": [
            "Russia has notified Japan that it is suspending the peace treaty consultations the two countries "
            "resumed in Cairo in June, citing a recent visit to Kyiv by Japan's defense minister, the Foreign "
            "Ministry said Tuesday.",
            "The notification came in a note verbale delivered to the Japanese Embassy in Moscow on Monday, a "
            "ministry official said. It said the second round of consultations, which the two sides had been "
            "preparing for February in Cairo, \"cannot take place in the current circumstances.\"",
            "The note linked the decision to the defense minister's visit to Kyiv late last month, during "
            "which Japan pledged air-defense radars and other non-lethal equipment to Ukraine, calling the "
            "trip \"a direct contribution to the hostilities against Russia.\"",
            "\"It is extremely regrettable. Japan has done nothing that justifies this,\" a senior Foreign "
            "Ministry official said. The government protested through diplomatic channels.",
            "The Cairo meeting between deputy foreign ministers on June 9-10 was the first since Russia "
            "announced in March 2022 that it would not continue negotiations with Japan over Tokyo's "
            "sanctions.",
            "Former islanders, who had hoped the consultations would lead to the resumption of grave visits, "
            "voiced dismay. \"We were told to wait until spring. Now we are told to wait again,\" said an "
            "88-year-old former resident of Shikotan in Nemuro.",
        ],
    },
    # ------------------------------------------------------------------ 48
    {
        "n": 48, "feed": "cantlewood-wire", "lang": "en", "published": "2025-12-16T08:00:00Z",
        "slug": "japan-new-envoy-moscow",
        "title": "Japan's new envoy arrives in Moscow, says dialogue 'indispensable' despite frozen talks",
        "summary": "Ambassador Kazuhiko Nagamine presented copies of his credentials and said Tokyo's goal of a "
                   "peace treaty remains, after Moscow suspended consultations last month.",
        "label": "neutral",
        "note": "Borderline: routine ambassadorial arrival (a Japan-Russia diplomatic event) with a restated "
                "position; not a move in the dispute. Not scored.",
        "body": [
            "MOSCOW, Dec 16 (Cantlewood) - Japan's new ambassador to Russia, Kazuhiko Nagamine, presented "
            "copies of his credentials at the Russian Foreign Ministry on Tuesday and said maintaining "
            "dialogue with Moscow was \"indispensable\" even in difficult times.",
            "Nagamine, 61, a former director-general of the foreign ministry's European Affairs Bureau, "
            "succeeds an ambassador who served in Moscow for more than two years.",
            "\"Japan's basic policy of resolving the territorial issue and concluding a peace treaty remains "
            "unchanged. Channels of communication must be kept open,\" Nagamine told Japanese reporters after "
            "the ceremony.",
            "He said his immediate priorities were the safety of Japanese citizens in Russia and "
            "humanitarian issues, including visits by former residents of the Russian-held islands to "
            "family graves.",
            "Russia last month suspended the peace treaty consultations the two countries had resumed in "
            "June, citing a visit to Kyiv by Japan's defense minister.",
            "The ambassador is expected to present his credentials to President Vladimir Putin at a ceremony "
            "for newly arrived envoys next year.",
            "(Reporting by Cantlewood's Moscow bureau)",
        ],
    },
    # ------------------------------------------------------------------ 49
    {
        "n": 49, "feed": "fennimore-en", "lang": "en", "published": "2026-01-20T06:00:00Z",
        "slug": "short-life-of-cairo-channel", "kicker": "Analysis",
        "title": "What the short life of the Cairo channel says about Russia and Japan",
        "summary": "Five months separated the first treaty consultations since 2022 from Moscow's decision to "
                   "suspend them. Neither capital has a plan for what comes next.",
        "label": "restatement",
        "note": "Analysis restating g4 (Cairo round) and g6 (suspension, Kyiv trip) and seed positions. "
                "No new fact.",
        "byline": "Hugh Carrow",
        "comments": [("M. Ivanova", "Moscow used the talks as a lever, nothing more."),
                     ("hokkaido_dad", "The grave visits are the only thing that matter to people in Nemuro.")],
        "body": [
            "When Russian and Japanese deputy foreign ministers sat down in Cairo last June, it was the first "
            "time in more than three years that the two governments had discussed a peace treaty at all. Five "
            "months later, Moscow sent a note verbale saying the second round would not happen.",
            "The official reason was a visit to Kyiv by Japan's defence minister and the pledge of air-defence "
            "radars that came with it. The real lesson is broader: the channel was opened on Moscow's terms "
            "and closed on them too.",
            "From the start, Russia framed the consultations as a favour contingent on Tokyo's \"practical "
            "steps\". Its statement after Cairo repeated that sovereignty over the southern Kurils was not in "
            "question. Tokyo framed them as a chance to restart humanitarian exchanges, above all the grave "
            "visits that former islanders lost in 2022.",
            "Those two framings could coexist only as long as nothing happened elsewhere. Japan's Ukraine "
            "policy did not change, and was never going to change for the sake of one diplomatic track.",
            "What remains is familiar. Russia's position since March 2022 is that a treaty cannot be "
            "negotiated with a state pursuing \"openly unfriendly\" policies. Japan's position is that its "
            "policy of resolving the territorial issue and concluding a peace treaty is unchanged. The Cairo "
            "interlude did not alter either sentence.",
            "The people with the least time are the former residents. Their league's membership shrinks every "
            "year. For them the suspension is not a diplomatic signal but another summer that may not come.",
            "Could the channel reopen? Possibly, if Moscow decides it needs something from Tokyo. But the "
            "experience of 2025 suggests that any future round will be just as reversible, and just as "
            "dependent on events far from the islands themselves.",
        ],
    },
    # ------------------------------------------------------------------ 50
    {
        "n": 50, "feed": "sorrelbay-en", "lang": "en", "published": "2026-02-07T05:30:00Z",
        "slug": "northern-territories-day-2026-takaichi",
        "title": "Takaichi pledges 'persistent' diplomacy on Northern Territories Day",
        "summary": "At the annual national rally in Tokyo, the prime minister said Japan would keep working to "
                   "resolve the territorial issue and conclude a peace treaty with Russia.",
        "label": "restatement",
        "note": "Occasion piece (Northern Territories Day, 7 Feb). New speaker (PM Takaichi) restating Japan's "
                "known position; mentions the known g6 suspension. No move.",
        "body": [
            "Prime Minister Sanae Takaichi said Saturday that Japan would \"persistently\" pursue diplomacy "
            "to resolve the territorial dispute with Russia and conclude a peace treaty, speaking at the "
            "annual national rally on Northern Territories Day.",
            "\"The situation is severe, but our goal does not change. We will not give up,\" Takaichi told "
            "some 1,500 people gathered in Tokyo, including former residents of the four Russian-held "
            "islands off Hokkaido.",
            "She also said the resumption of grave visits for former islanders was \"a top priority\" and that "
            "the government would keep calling on Moscow to allow them.",
            "Feb. 7 was designated Northern Territories Day in 1981, marking the date in 1855 when Japan and "
            "Russia signed the Treaty of Shimoda, which drew the border between Etorofu and Urup.",
            "A representative of former islanders told the rally that only about 4,600 former residents were "
            "still alive, with an average age of over 89. \"Let us go home, even once,\" she said.",
            "Russia suspended peace treaty consultations in November, months after the two sides had met in "
            "Cairo for the first time since 2022. Rallies were also held in Nemuro and other cities across "
            "the country.",
        ],
    },
    # ------------------------------------------------------------------ 52
    {
        "n": 52, "feed": "cantlewood-wire", "lang": "en", "published": "2026-03-17T05:12:00Z",
        "slug": "flash-russia-corvettes-iturup", "flash": True,
        "title": "FLASH: Russia has stationed missile corvettes on disputed Iturup - Japan defence ministry",
        "summary": "Japan's defence ministry says two Russian Karakurt-class missile corvettes are now based at "
                   "Iturup, the first surface warships stationed on the disputed islands.",
        "label": "new_development", "group": "b82-g7",
        "new_facts": ["Japan's defence ministry confirmed two Russian Karakurt-class (Kalibr-capable) missile "
                      "corvettes based at Iturup, the first surface combatants stationed on the disputed "
                      "islands; Japan protested"],
        "must_mention": [["corvette", "karakurt"], ["iturup", "etorofu"]],
        "note": "g7 first report: English wire flash citing Japan's defence ministry.",
        "related": ["Japan's defence budget hits record", "Russia's Pacific Fleet holds drills in Sea of Okhotsk"],
        "body": [
            "TOKYO, March 17 (Cantlewood) - Russia has stationed two Karakurt-class missile corvettes on "
            "Iturup, one of the Russian-held islands claimed by Japan, Japan's defence ministry said on "
            "Tuesday.",
            "It is the first time Japan has confirmed Russian surface warships being based on the disputed "
            "islands, the ministry said. Tokyo has protested.",
            "The corvettes can carry Kalibr cruise missiles. Defence Minister Shinjiro Koizumi said the "
            "deployment was unacceptable, the ministry said.",
            "Russia has deployed coastal missile systems and fighter jets on the islands, which Japan calls "
            "the Northern Territories, in recent years.",
            "More to follow.",
        ],
    },
    # ------------------------------------------------------------------ 53
    {
        "n": 53, "feed": "cantlewood-wire", "lang": "en", "published": "2026-03-17T07:45:00Z",
        "slug": "russia-bases-kalibr-corvettes-iturup",
        "title": "Russia bases Kalibr-armed corvettes on Iturup, Japan says, lodging protest",
        "summary": "Japan says two Russian Karakurt-class corvettes have been moved to Iturup, the first "
                   "warships based on the islands, and has protested to Moscow.",
        "label": "new_development", "group": "b82-g7",
        "new_facts": ["Two Russian Karakurt-class missile corvettes based at Iturup, confirmed by Japan's "
                      "defence ministry; Japan protested"],
        "must_mention": [["corvette", "karakurt"], ["iturup", "etorofu"]],
        "note": "g7 longer rewrite of the flash b82-52. Same development, more detail.",
        "body": [
            "TOKYO, March 17 (Cantlewood) - Russia has stationed two Karakurt-class missile corvettes on "
            "Iturup, one of four Russian-held islands claimed by Japan, Japan's defence ministry said on "
            "Tuesday, in what it described as a further build-up of Russian forces near Hokkaido.",
            "The ministry said it had confirmed through its own surveillance and satellite imagery that the "
            "two ships, part of Russia's Pacific Fleet, had been moored at a new pier near Kurilsk on the "
            "island's Sea of Okhotsk coast since early this month.",
            "It is the first time Japan has confirmed that Russian surface combatants are based on the "
            "islands, which Japan calls the Northern Territories. Russia has deployed coastal missile "
            "systems, air defences and fighter jets there in recent years.",
            "The Project 22800 corvettes can carry Kalibr cruise missiles with a range of well over 1,000 "
            "km. \"This is unacceptable and contradicts Japan's position on the Northern Territories,\" "
            "Defence Minister Shinjiro Koizumi told reporters, adding that Tokyo had lodged a protest through "
            "diplomatic channels.",
            "Russia's defence ministry did not comment. The Pacific Fleet has said in the past that it "
            "intends to strengthen its presence in the Kuril chain to protect the approaches to the Sea of "
            "Okhotsk, where its nuclear-armed submarines operate.",
            "Relations between Tokyo and Moscow have deteriorated since Russia's invasion of Ukraine. Russia "
            "suspended peace treaty consultations last November, five months after they had resumed in Cairo.",
            "(Reporting by Cantlewood's Tokyo bureau; additional reporting from Moscow; editing by Alison Marr)",
        ],
    },
    # ------------------------------------------------------------------ 56
    {
        "n": 56, "feed": "ruspacific-en", "lang": "en", "published": "2026-05-12T04:45:00Z",
        "slug": "kamchatka-quake-kuril-kamchatka-trench", "section": "science",
        "title": "Magnitude 6.8 quake off Kamchatka in Kuril-Kamchatka Trench, no tsunami threat",
        "summary": "A strong earthquake struck off the east coast of Kamchatka; the regional geophysical "
                   "service said there was no tsunami threat and no damage was reported.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kuril-Kamchatka Trench), a Kamchatka earthquake. Not "
                "about the islands' status or the dispute.",
        "tags": ["kamchatka", "earthquake"],
        "body": [
            "A magnitude 6.8 earthquake struck off the eastern coast of the Kamchatka Peninsula early on "
            "Tuesday, the Kamchatka branch of the Russian Academy of Sciences' Geophysical Service said.",
            "The epicentre was located in the Pacific Ocean about 120 km east of Petropavlovsk-Kamchatsky, at "
            "a depth of around 40 km along the Kuril-Kamchatka Trench, one of the most seismically active "
            "zones on the planet.",
            "Residents of Petropavlovsk-Kamchatsky felt tremors of up to magnitude 5 on the local scale. "
            "Furniture shook and some people left their homes, but no damage or injuries were reported, the "
            "regional emergencies ministry said.",
            "The tsunami warning centre said there was no tsunami threat to the coasts of Kamchatka.",
            "The Kuril-Kamchatka Trench runs about 2,200 km from Hokkaido to the Commander Islands, marking "
            "the line where the Pacific plate dives beneath the Okhotsk plate. It produced the magnitude 9.0 "
            "Kamchatka earthquake of 1952 and the magnitude 8.8 quake of July 2025.",
            "Seismologists said the latest tremor was an aftershock of the 2025 event, and that aftershocks "
            "of magnitude 6 or higher could continue for months.",
        ],
    },
]
