"""English-language articles of the blind113 corpus.

Each entry is one article. `group` is the short group key (g1..g8) for
new_development / status_change items; the generator maps it to b113-gN.
Bodies are lists of paragraphs (plain text; the templates escape them).
"""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "key": "en-kishida-rally",
        "feed": "weatherboard-wire",
        "published": "2024-02-10T05:40:00Z",
        "section": "Asia",
        "author": "Mariko Stenholm",
        "title": "Kishida vows to keep seeking peace treaty with Russia as former islanders age",
        "summary": "At the annual Northern Territories rally in Tokyo, the prime minister said Japan's "
                   "policy of resolving the territorial issue and concluding a peace treaty was unchanged.",
        "label": "restatement",
        "note": "Occasion piece (Northern Territories Day rally). Restates Kishida's commitment to a "
                "treaty despite 'difficult' ties (seed 002), Russia's March 2022 exit from talks and end "
                "of visa-free trips (seeds 000/001) and Rudenko's 'categorically impossible' (seed 004). "
                "The request to resume grave visits is a known Japanese demand, not an act.",
        "body": [
            "TOKYO, Feb 10 (Weatherboard) - Prime Minister Fumio Kishida told former residents of the "
            "Russian-held islands off Hokkaido this week that Japan would not give up on a peace treaty "
            "with Moscow, even with relations at their lowest point in decades.",
            "Speaking at the national rally for the return of the Northern Territories, held in Tokyo "
            "every Feb. 7 since 1981, Kishida said ties with Russia were \"in a severe state\" because of "
            "the war in Ukraine. \"But the government's policy of resolving the territorial issue and "
            "concluding a peace treaty remains unchanged,\" he said.",
            "The date marks the signing of the 1855 Treaty of Shimoda, which drew the first border "
            "between Japan and Russia north of Etorofu. About 1,000 people attended, among them former "
            "islanders whose average age is now above 88.",
            "Russia broke off peace treaty negotiations in March 2022, citing Japan's sanctions over "
            "Ukraine, and at the same time ended visa-free visits by Japanese citizens to the islands, "
            "which Moscow calls the Southern Kurils. Trips by former residents to family graves have not "
            "taken place since.",
            "\"We want to stand in front of our parents' graves while we still can,\" said an 87-year-old "
            "man born on Shikotan. Kishida said Tokyo would keep asking Moscow to allow the visits to "
            "resume, \"with the grave visits as the top priority.\"",
            "Moscow has shown no sign of movement. On Thursday Deputy Foreign Minister Andrei Rudenko told "
            "the TASS news agency that resuming dialogue on a treaty was \"categorically impossible\" in "
            "the current situation and that Tokyo would first have to drop what he called its hostile "
            "policy.",
            "The Soviet Union seized Etorofu, Kunashiri, Shikotan and the Habomai islets at the end of "
            "World War Two. The dispute has kept the two countries from signing a formal peace treaty, "
            "although a 1956 joint declaration ended the state of war and restored diplomatic ties.",
        ],
    },
    {
        "key": "en-takeshima-day",
        "feed": "gablemark-en",
        "published": "2024-02-23T03:15:00Z",
        "section": "Korea",
        "author": "Gablemark staff",
        "title": "Seoul summons Japanese diplomat over 'Takeshima Day' ceremony",
        "summary": "South Korea protested a Shimane prefecture event that asserts Japan's claim to islets "
                   "controlled by Seoul, which calls them Dokdo.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea). The Russian-held "
                "islands appear only as a one-line aside about Japan's other disputes.",
        "body": [
            "SEOUL - South Korea's foreign ministry summoned a senior official of the Japanese embassy on "
            "Thursday to protest against a ceremony held in Shimane prefecture to promote Japan's claim to "
            "a group of rocky islets in the sea between the two countries.",
            "The islets, called Dokdo in Korea and Takeshima in Japan, have been controlled by South Korea "
            "since the 1950s, with a small police detachment stationed there. Shimane has marked "
            "\"Takeshima Day\" every Feb. 22 since 2006, and Tokyo has sent a parliamentary vice-minister "
            "to the event for more than a decade.",
            "\"Dokdo is clearly our territory historically, geographically and under international law,\" "
            "a ministry spokesperson in Seoul said, urging Japan to abolish the ceremony. Japan's chief "
            "cabinet secretary told reporters in Tokyo that Takeshima was \"an inherent part of Japan's "
            "territory\" and that the government would continue to pursue a peaceful settlement.",
            "Japan proposed referring the dispute to the International Court of Justice in 1954, 1962 and "
            "2012; South Korea rejected each proposal, saying there is no dispute to settle.",
            "The row has become a ritual that both governments try to keep contained. Relations have "
            "improved markedly since 2023, when President Yoon Suk Yeol and Prime Minister Fumio Kishida "
            "resumed regular visits, and officials in both capitals said the protest would not affect "
            "planned talks on economic security.",
            "Japan has separate territorial disputes with Russia, over islands off Hokkaido, and with "
            "China, which claims the Japanese-administered Senkaku islands in the East China Sea.",
        ],
    },
    {
        "key": "en-kurile-lake",
        "feed": "gablemark-en",
        "published": "2024-03-12T02:00:00Z",
        "section": "Markets",
        "author": "Pavel Lindgren",
        "title": "Kamchatka's Kurile Lake sockeye run forecast to ease after record years",
        "summary": "Scientists expect fewer sockeye salmon to return to Kurile Lake this summer, a shift "
                   "watched closely by roe buyers in Japan.",
        "label": "off_topic",
        "note": "Look-alike: Kurile Lake in southern Kamchatka (named after the Kuril people); salmon trade "
                "with Japan. Nothing about the disputed islands or the treaty.",
        "body": [
            "Scientists in Kamchatka expect a smaller run of sockeye salmon at Kurile Lake this summer "
            "after three years of exceptionally strong returns, a forecast that could lift prices for "
            "salmon roe in Japan, the main export market.",
            "Kurile Lake, a caldera lake at the southern tip of the Kamchatka peninsula, is the largest "
            "sockeye spawning ground in Asia. Its name comes from the Kuril people, the Ainu groups who "
            "once lived along the coast, rather than from the island chain to the south.",
            "The regional fisheries research institute estimated that about 3.5 million fish would pass "
            "the counting fence on the Ozernaya river this season, down from more than 5 million last "
            "year. The lake's population of brown bears, which gather in hundreds during the run, is one "
            "of the main attractions for visitors to the South Kamchatka nature park.",
            "Traders in Hokkaido said buyers of sujiko, salted sockeye roe, had already begun to secure "
            "supplies from Alaska. \"Kamchatka roe still reaches Japan through South Korea and China, but "
            "volumes swing a lot,\" a wholesaler in Kushiro said.",
            "Russian salmon catches are forecast at about 400,000 tonnes for 2024, well below the record "
            "of 2022, with the pink salmon run in eastern Kamchatka expected to be weaker.",
        ],
    },
    {
        "key": "en-range-comment",
        "feed": "purlin-review",
        "published": "2024-04-02T08:00:00Z",
        "section": "Commentary",
        "author": "Hugo Ferreira-Lund",
        "title": "A firing range within earshot of Hokkaido",
        "summary": "Moscow's decision to turn a stretch of southern Kunashir into a permanent training "
                   "ground is small in hectares and large in meaning.",
        "label": "new_development",
        "group": "g1",
        "new_facts": ["Russian government order of 21 March 2024 transfers 4,312 ha near Golovnino, southern "
                      "Kunashir, to defence land for a permanent 'Golovninsky' training ground"],
        "must_mention": [["training ground", "firing range"], ["kunashir"]],
        "note": "Commentary in group g1; repeats the land order and Japan's protest, adds no new fact.",
        "body": [
            "The decree was not written to be noticed. Among a batch of Russian government orders dated "
            "March 21 that moved land into the category reserved for \"defence and security\" was one "
            "covering 4,312 hectares of forest near Golovnino, the village at the southern tip of "
            "Kunashir. The land is to become the \"Golovninsky\" training ground: a permanent range for "
            "the units stationed on the island, replacing the temporary sites they have used until now.",
            "Tokyo noticed. On March 28 the chief cabinet secretary said Japan had protested through "
            "diplomatic channels and called the decision \"unacceptable\". Fishermen in Shibetsu and "
            "Rausu, who can see Kunashir from their harbours on a clear day, asked what live fire across "
            "a strait barely 25 kilometres wide would mean for their nets.",
            "In hectares the range is modest. In meaning it is not. Golovnino was the Japanese village of "
            "Tomari until 1945; some of the former islanders who still travel to Nemuro each February to "
            "ask for the islands back were born there. A permanent range is an answer to a question "
            "Japan has not stopped asking, and the answer is that the garrison is not going anywhere.",
            "It also fits a pattern. Since Moscow walked out of peace treaty talks in March 2022 and "
            "tore up the visa-free arrangements that let Japanese visit the islands, it has treated the "
            "southern Kurils less as a bargaining chip than as a forward position. The joint economic "
            "projects that were supposed to build trust are gone. What remains is concrete, fuel depots "
            "and now a range.",
            "None of this changes the diplomatic arithmetic. Russia says talks are impossible while "
            "Japan keeps its sanctions; Japan says its claim is non-negotiable. But a firing range is "
            "harder to trade away than a promise, and everyone on both shores of the strait knows it.",
        ],
    },
    {
        "key": "en-bluebook-2024",
        "feed": "weatherboard-wire",
        "published": "2024-04-16T06:20:00Z",
        "section": "Asia",
        "author": "Mariko Stenholm",
        "title": "Japan's diplomatic bluebook says four islands belong to Japan, calls Russia ties 'severe'",
        "summary": "The annual foreign policy report repeats Tokyo's claim to the Russian-held islands and "
                   "its aim of concluding a peace treaty.",
        "label": "restatement",
        "note": "Annual report restating known positions: Japan's claim to Iturup, Kunashir, Shikotan, "
                "Habomai (seeds 000/003) and commitment to a treaty (seed 002); criticism of Russia's "
                "March 2022 decisions (seeds 000/001).",
        "body": [
            "TOKYO, April 16 (Weatherboard) - Japan's annual diplomatic bluebook, presented to the cabinet "
            "by Foreign Minister Yoko Kamikawa on Tuesday, describes relations with Russia as \"severe\" "
            "and repeats that the Northern Territories are islands over which Japan has sovereignty.",
            "The report says Japan \"maintains its policy of resolving the territorial issue and "
            "concluding a peace treaty\", the same formula used in recent years, and criticises Moscow's "
            "decisions of March 2022 to halt treaty negotiations, leave the dialogue on joint economic "
            "activities on the islands and end visa-free exchanges as \"extremely unjust and absolutely "
            "unacceptable\".",
            "The document also voices concern about Russian military activity in the Far East, including "
            "on the disputed islands, and says Japan will continue to coordinate its sanctions with the "
            "Group of Seven.",
            "The 2024 edition devotes most of its Russia section to the war in Ukraine. A foreign ministry "
            "official said the wording on the territorial issue was \"essentially unchanged\" from last "
            "year.",
            "Russia has said it cannot discuss a peace treaty with a country that takes \"openly unfriendly "
            "positions\" and insists its sovereignty over the islands, which it calls the Southern Kurils, "
            "is not open to question.",
        ],
    },
    {
        "key": "en-islanders-urge",
        "feed": "gablemark-en",
        "published": "2024-05-28T04:30:00Z",
        "section": "Japan",
        "author": "Aya Thorvaldsen",
        "title": "'While we can still walk': former islanders urge Tokyo and Moscow to reopen grave visits",
        "summary": "Former residents of the Russian-held islands asked both governments to let them visit "
                   "family graves this summer; officials say there is no prospect of that yet.",
        "label": "restatement",
        "note": "Request/wished-for: a call to resume grave visits. Restates that Russia ended visa-free "
                "trips and the 1999 simplified visits for former residents in March 2022 (seed 001). "
                "No act by either government.",
        "body": [
            "NEMURO, Hokkaido - Former residents of the islands off eastern Hokkaido that Russia controls "
            "appealed on Monday to the Japanese and Russian governments to let them visit their family "
            "graves this summer, the third year in a row the trips have been blocked.",
            "At its annual general meeting in Nemuro, the league of former islanders adopted a resolution "
            "asking Tokyo to \"strongly urge\" Moscow to allow the visits, at least on humanitarian "
            "grounds. \"Many of us will not be able to walk up to the cemeteries in two or three years,\" "
            "said a 90-year-old woman born in Shana on Etorofu.",
            "About 5,100 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, "
            "and their average age is close to 89, according to the league.",
            "The visits were organised under arrangements that allowed former residents to travel to "
            "their birthplaces without Russian visas. Moscow ended them in March 2022, together with the "
            "wider visa-free exchange programme, in response to Japan's sanctions over Ukraine.",
            "A foreign ministry official who attended the meeting said Japan continued to convey its "
            "request to Russia \"at every opportunity\" but that \"there is no prospect at present\" of the "
            "trips resuming. Nemuro's mayor said the city would keep lobbying. \"We hope with all our "
            "hearts for an early resumption,\" he said.",
            "Russia's embassy in Tokyo did not respond to a request for comment. Russian officials have "
            "said that humanitarian contacts cannot be separated from what they call Japan's hostile "
            "course.",
        ],
    },
    {
        "key": "en-hokusei-seized",
        "feed": "weatherboard-wire",
        "published": "2024-07-10T02:10:00Z",
        "section": "Asia",
        "author": "Kenji Abernethy",
        "title": "Russia seizes Hokkaido research ship off disputed island; Tokyo protests",
        "summary": "Russian border guards detained the fisheries research vessel Hokusei Maru and its 12 "
                   "crew near Shikotan, accusing it of unauthorised research.",
        "label": "new_development",
        "group": "g2",
        "new_facts": ["Russian border guards detained Hokkaido's fisheries research vessel Hokusei Maru and "
                      "its 12 crew off Shikotan on 8 July 2024 and took it to Malokurilskoye"],
        "must_mention": [["hokusei"], ["detain", "seiz"]],
        "note": "Third report of g2 (detention), adds Tokyo's formal protest already in the first reports.",
        "body": [
            "TOKYO/NEMURO, July 10 (Weatherboard) - Russian border guards have detained a Japanese public "
            "fisheries research vessel and its 12 crew near Shikotan, one of the Russian-held islands "
            "claimed by Japan, Japanese officials said on Tuesday.",
            "The 199-tonne Hokusei Maru, operated by the Kushiro Fisheries Research Institute of the "
            "Hokkaido Research Organization, was ordered to stop at about 5:30 p.m. on Monday some 19 km "
            "southeast of Shikotan while carrying out a survey of saury stocks ahead of the fishing "
            "season. It was escorted to the port of Malokurilskoye on the island.",
            "The FSB border directorate for the Sakhalin region said the ship had conducted \"marine "
            "scientific research in the territorial sea of the Russian Federation without permission\" "
            "and that an administrative case had been opened against the captain.",
            "Chief Cabinet Secretary Yoshimasa Hayashi said the detention, in waters Japan regards as its "
            "own, was \"unacceptable\" and that Tokyo had protested and demanded the immediate release of "
            "the crew and the vessel. All 12 people on board, including three researchers, were reported "
            "to be in good health.",
            "The institute said the Hokusei Maru had been working in the same area in previous years. "
            "Japanese officials said they could not recall a comparable detention of a publicly owned "
            "research ship near the islands.",
            "Russia ended peace treaty talks with Japan in 2022 over Tokyo's sanctions. Russian patrol "
            "boats regularly detain Japanese fishing boats in the area, but the seizure of a government "
            "survey vessel is likely to raise the stakes for Hokkaido's fishing towns, which rely on the "
            "data for their season plans.",
        ],
    },
    {
        "key": "en-vladivostok-detention",
        "feed": "gablemark-en",
        "published": "2024-07-23T06:00:00Z",
        "section": "Japan",
        "author": "Gablemark staff",
        "title": "Japanese trading-house employee held in Vladivostok on customs charge",
        "summary": "Russian customs officers detained a Japanese national at Vladivostok port over an "
                   "undeclared shipment of machine parts; Tokyo is seeking consular access.",
        "label": "off_topic",
        "note": "Look-alike detention: a Japanese national held in Vladivostok on a customs case. "
                "Unrelated Japan-Russia news; no islands, no treaty.",
        "body": [
            "A Japanese employee of a Tokyo-based trading company has been detained in Vladivostok on "
            "suspicion of smuggling machine-tool parts, Japan's foreign ministry said on Tuesday.",
            "The man, in his fifties, was stopped by the Far Eastern customs directorate at the city's "
            "commercial port last week when officers found components they said had not been declared "
            "in a consignment of used construction equipment. Russian media reported that the parts "
            "could have military uses, an allegation the company denied.",
            "Japan's consulate-general in Vladivostok has asked for consular access and is in contact "
            "with the man's family, a ministry spokesperson said. \"We will provide all possible support "
            "to protect the Japanese national,\" he said.",
            "Several hundred Japanese companies still operate in Russia despite sanctions imposed since "
            "2022, many of them small traders dealing in used cars and spare parts through Russian Far "
            "East ports.",
            "The company said in a statement that it had complied with Japanese export regulations and "
            "that it was cooperating with the Russian authorities.",
        ],
    },
    {
        "key": "en-hokusei-crew",
        "feed": "weatherboard-wire",
        "published": "2024-08-27T12:00:00Z",
        "section": "Asia",
        "author": "Kenji Abernethy",
        "title": "Russia frees 11 crew of seized Japanese research ship; captain, vessel still held",
        "summary": "Eleven crew of the Hokusei Maru returned to Nemuro; the captain must stay on Kunashir "
                   "until a court rules and the ship remains impounded.",
        "label": "status_change",
        "group": "g3",
        "new_facts": ["11 of the Hokusei Maru's 12 crew released and handed to the Japan Coast Guard at the "
                      "median line; captain held on Kunashir pending trial, ship impounded for now"],
        "must_mention": [["hokusei", "crew"], ["freed", "released", "handed over", "return"]],
        "note": "g3 (detained -> partly released) in English after the Russian and Japanese reports.",
        "body": [
            "NEMURO, Japan, Aug 27 (Weatherboard) - Russia on Tuesday released 11 of the 12 crew of a "
            "Hokkaido fisheries research ship that its border guards seized near the disputed island of "
            "Shikotan in July, but kept the captain and the vessel.",
            "The crew of the Hokusei Maru, including three researchers, were transferred to a Japan Coast "
            "Guard patrol boat near the median line off Cape Nosappu in the morning and reached Nemuro "
            "port in the afternoon. Several looked tired but waved to relatives on the quay.",
            "The captain, Kazuo Murai, 61, has to remain in Yuzhno-Kurilsk on Kunashir until a district "
            "court hears the administrative case against him, Russian officials said. No date has been "
            "set. The ship itself stays at Malokurilskoye on Shikotan as evidence until the court rules.",
            "\"We are relieved that 11 people are home, but the job is not done,\" Hokkaido Governor "
            "Naomichi Suzuki said. Japan's government said it would keep demanding the return of the "
            "captain and the ship.",
            "Russia's border service says the Hokusei Maru carried out research in Russian territorial "
            "waters without permission. Japan says the waters around the four islands are its own and "
            "does not accept Russian jurisdiction there.",
        ],
    },
    {
        "key": "en-surveys-halted",
        "feed": "gablemark-en",
        "published": "2024-09-12T05:00:00Z",
        "section": "Japan",
        "author": "Aya Thorvaldsen",
        "title": "Hokkaido halts fisheries research near Russian-held islands after ship seizure",
        "summary": "The prefecture's research body will keep its survey ships away from the waters around "
                   "the four islands until their safety can be assured.",
        "label": "status_change",
        "group": "g4",
        "new_facts": ["Hokkaido's research organisation suspends, for now, its survey cruises in the waters "
                      "around the four Russian-held islands"],
        "must_mention": [["research", "survey"], ["suspend", "halt"]],
        "note": "g4 in English: the suspension first reported, buried, in the Japanese plan article.",
        "body": [
            "SAPPORO - Hokkaido has suspended its fisheries research cruises in the waters around the "
            "Russian-held islands off its eastern coast, two months after Russian border guards seized "
            "one of its survey ships near Shikotan.",
            "The Hokkaido Research Organization disclosed the decision in a revised research plan for "
            "the fiscal year published on Monday. Cruises near the four islands will be halted \"until "
            "safety can be assured\", the plan says, after consultations with the national Fisheries "
            "Agency. The change ends, for now, annual surveys of spawning pollock off Shikotan and the "
            "Habomai islets that have been carried out since the 1990s.",
            "The 199-tonne Hokusei Maru was detained on July 8 while surveying saury stocks. Eleven of "
            "its crew were released in August, but the captain remains on Kunashir awaiting trial and "
            "the ship is impounded.",
            "\"We cannot send researchers into waters where they may be detained again,\" an official of "
            "the organisation's Kushiro institute said. Fishing cooperatives in Nemuro and Rausu warned "
            "that gaps in the data could lead to tighter catch limits.",
            "Japan considers the waters around Etorofu, Kunashiri, Shikotan and the Habomai islets its "
            "own. Russia, which has controlled the islands since 1945, requires permission for any "
            "research there.",
        ],
    },
    {
        "key": "en-ishiba-speech",
        "feed": "weatherboard-wire",
        "published": "2024-10-04T07:30:00Z",
        "section": "Asia",
        "author": "Mariko Stenholm",
        "title": "Ishiba pledges to pursue peace treaty with Russia in first policy speech",
        "summary": "Japan's new prime minister said Tokyo would keep its policy of resolving the "
                   "territorial issue and concluding a peace treaty with Russia.",
        "label": "restatement",
        "note": "New speaker, same position: Ishiba repeats the policy Kishida stated (seed 002); Russia's "
                "refusal to negotiate is the seed fact (seeds 000/004). No new act.",
        "body": [
            "TOKYO, Oct 4 (Weatherboard) - Prime Minister Shigeru Ishiba said on Friday that Japan would "
            "keep working toward a peace treaty with Russia, even as he vowed to maintain sanctions over "
            "Moscow's war in Ukraine.",
            "\"Japan-Russia relations are in a severe situation, but the government will maintain its "
            "policy of resolving the territorial issue and concluding a peace treaty,\" Ishiba told "
            "parliament in his first policy speech since taking office on Tuesday.",
            "The line is the same one used by his predecessor Fumio Kishida. Ishiba, a former defence "
            "minister, also said Japan would \"firmly continue\" sanctions and support for Ukraine and "
            "called for the resumption of visits by former islanders to family graves.",
            "Russia ended peace treaty talks in March 2022, saying it could not negotiate with a country "
            "that had taken \"openly unfriendly\" positions. Officials in Moscow have repeatedly said that "
            "resuming the talks is impossible under current conditions.",
            "Ishiba has called a general election for Oct 27.",
        ],
    },
    {
        "key": "en-captain-interview",
        "feed": "purlin-review",
        "published": "2024-11-25T09:00:00Z",
        "section": "Interview",
        "author": "Hugo Ferreira-Lund",
        "title": "'They were polite, and they kept the ship': a research captain comes home",
        "summary": "Kazuo Murai spent four and a half months on Russian-held Kunashir. He is back in "
                   "Kushiro; the Hokusei Maru is not.",
        "label": "status_change",
        "group": "g5",
        "new_facts": ["Russian district court fined Hokusei Maru captain Kazuo Murai 1.2 million roubles and "
                      "ordered the ship confiscated; the captain was freed and returned to Japan"],
        "must_mention": [["confiscat"], ["hokusei", "murai"]],
        "note": "Interview in group g5; recounts the verdict and the captain's return reported a week "
                "earlier, adds no new fact.",
        "body": [
            "Kazuo Murai has spent most of his working life looking at echo-sounder screens off eastern "
            "Hokkaido. He had never set foot on Kunashir until July, when Russian border guards stopped "
            "his research ship, the Hokusei Maru, south-east of Shikotan and escorted it into port.",
            "He came home last Thursday, handed over to a Japan Coast Guard cutter near the median line "
            "three days after a district court in Yuzhno-Kurilsk fined him 1.2 million roubles and "
            "ordered the ship confiscated. His eleven crewmates had been sent home in August.",
            "\"They were polite, and they kept the ship,\" he says, sitting in his kitchen in Kushiro. "
            "\"Every officer I met said the same thing: you were in Russian waters. I said the same thing "
            "back: these are Japanese waters. After a while we stopped saying it.\"",
            "For four months he lived in a room above a shop in Yuzhno-Kurilsk, reporting to the border "
            "post each week. Residents brought him fish soup and, once, a Japanese newspaper left behind "
            "by a visiting delegation years ago. \"Some of the older people remembered the exchange "
            "visits. They asked when Japanese would come again. I did not know what to tell them.\"",
            "He does not expect to see the Hokusei Maru again. The fine has been paid by the research "
            "organisation; Tokyo calls the verdict unacceptable and says it has no legal force over "
            "Japanese territory. Murai says the data on the ship's hard drives matter more to him than "
            "the hull. \"Three years of saury measurements. I hope someone in Malokurilskoye is at least "
            "reading them.\"",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "key": "en-shimoda-170",
        "feed": "purlin-review",
        "published": "2025-02-08T08:00:00Z",
        "section": "Essay",
        "author": "Ines Vahlberg",
        "title": "170 years after Shimoda, a line drawn between Etorofu and Urup still defines the quarrel",
        "summary": "The 1855 treaty is the foundation of Japan's claim to the four islands; Russia says the "
                   "war settled the matter. Neither side has moved.",
        "label": "restatement",
        "note": "Anniversary/background piece on the 1855 Treaty of Shimoda, which the seeds cite as the "
                "basis of Japan's claim (seed 000); restates Russia's 'undisputed sovereignty' and the "
                "2022 end of talks (seeds 000/001).",
        "body": [
            "On Feb. 7, 1855, in the temple town of Shimoda, Admiral Yevfimy Putyatin and the shogunate's "
            "envoys signed a treaty that opened three Japanese ports to Russian ships and drew a border "
            "in the north: everything south of the strait between Etorofu and Urup would be Japanese, "
            "everything north of it Russian. Sakhalin was left unpartitioned.",
            "A hundred and seventy years later that line still carries the weight of Japan's claim. Tokyo "
            "argues that Etorofu, Kunashiri, Shikotan and the Habomai islets were never Russian before "
            "1945 and therefore could not have been \"returned\" to anyone. Japan marks Feb. 7 as Northern "
            "Territories Day for that reason.",
            "Moscow reads history from the other end. The islands became part of the Soviet Union after "
            "the Second World War, its diplomats say, and that outcome is fixed in international "
            "documents. Russian officials call their sovereignty undisputed and treat the 1855 treaty as "
            "a historical curiosity superseded by later wars.",
            "Between those positions the two countries negotiated, on and off, for seven decades: the "
            "1956 declaration, the summits of the 1990s, the acceleration agreed in 2018. In March 2022 "
            "Russia ended the talks altogether, citing Japan's sanctions over Ukraine, and abandoned the "
            "joint economic projects and visa-free visits that had been meant to build trust.",
            "Anniversaries invite the question of whether anything could change. The honest answer, this "
            "year as last, is that neither government has given any sign of it.",
        ],
    },
    {
        "key": "en-armenia-azerbaijan",
        "feed": "gablemark-en",
        "published": "2025-03-14T10:00:00Z",
        "section": "World",
        "author": "Gablemark staff",
        "title": "Armenia and Azerbaijan agree text of peace treaty, signing date unclear",
        "summary": "The two South Caucasus neighbours said negotiations on the draft were complete, but Baku "
                   "attached conditions to signing.",
        "label": "off_topic",
        "note": "Look-alike: another peace treaty (Armenia-Azerbaijan). Nothing about Russia-Japan.",
        "body": [
            "Armenia and Azerbaijan said on Thursday they had finished negotiating the text of a peace "
            "treaty meant to end nearly four decades of conflict, a step both called historic but which "
            "left the timing of a signature open.",
            "Azerbaijan's foreign ministry said the 17-article draft was agreed but that Armenia must "
            "first amend its constitution to remove what Baku regards as territorial claims. Yerevan said "
            "it was ready to sign and proposed that the leaders meet to do so.",
            "The agreement would commit both countries to recognise each other's territorial integrity, "
            "establish diplomatic relations and refrain from deploying third-country forces along their "
            "border. Azerbaijan regained full control of Nagorno-Karabakh in a military offensive in "
            "2023, after which most of the region's ethnic Armenian population fled.",
            "The European Union and the United States welcomed the announcement. Russia, which has long "
            "cast itself as a mediator in the region, said it hoped the sides would settle remaining "
            "questions without outside pressure.",
        ],
    },
    {
        "key": "en-chinese-envoy",
        "feed": "weatherboard-wire",
        "published": "2025-04-24T04:00:00Z",
        "section": "Asia",
        "author": "Kenji Abernethy",
        "title": "China's ambassador tours Russian-held Kurils, a first; Japan protests",
        "summary": "Zhang Hanhui visited Iturup and Kunashir with Sakhalin's governor. Tokyo protested to "
                   "Moscow and conveyed concern to Beijing.",
        "label": "new_development",
        "group": "g6",
        "new_facts": ["Chinese Ambassador to Russia Zhang Hanhui visited Iturup and Kunashir on 19-21 April "
                      "2025, the first visit by a Chinese ambassador to the southern Kurils"],
        "must_mention": [["ambassador", "envoy"], ["china", "chinese"], ["iturup", "kunashir", "kuril"]],
        "note": "g6 in English, after the Russian (buried) and Japanese reports.",
        "body": [
            "TOKYO, April 24 (Weatherboard) - China's ambassador to Russia has toured two of the "
            "Russian-held islands claimed by Japan, the first visit by a Chinese envoy to the area, "
            "prompting a protest from Tokyo.",
            "Zhang Hanhui travelled to Iturup and Kunashir, which Japan calls Etorofu and Kunashiri, from "
            "April 19 to 21 together with Sakhalin Governor Valery Limarenko, according to the regional "
            "government. He visited a fish-processing plant, the airport on Iturup and the construction "
            "site of a new port in Yuzhno-Kurilsk, and discussed seafood exports and the participation "
            "of Chinese construction companies in island projects.",
            "Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday that Japan had protested to Russia "
            "and had \"conveyed its concern\" to China through diplomatic channels. \"The visit is "
            "incompatible with Japan's position on the Northern Territories,\" he said.",
            "China's foreign ministry said the trip was part of the ambassador's regular work in Russia's "
            "regions and was \"not directed at any third party\". Beijing has traditionally avoided "
            "taking sides in the dispute.",
            "Analysts in Tokyo said the visit was a small but telling sign of how far Moscow is willing "
            "to go in drawing Chinese money into the islands, where it has offered tax breaks to foreign "
            "investors. Russia broke off peace treaty talks with Japan in 2022.",
        ],
    },
    {
        "key": "en-humanitarian-channel",
        "feed": "gablemark-en",
        "published": "2025-05-20T08:00:00Z",
        "section": "Japan",
        "author": "Pavel Lindgren",
        "title": "Russian diplomat floats 'humanitarian' contacts with Japan, rules out treaty talks",
        "summary": "A deputy foreign minister said Moscow did not rule out talking to Tokyo about graves on "
                   "the islands, but gave no details and said the treaty was off the table.",
        "label": "neutral",
        "note": "Borderline: a vague signal ('does not rule out' humanitarian contacts) with no decision, "
                "proposal or date; the treaty part restates seeds 000/004.",
        "body": [
            "Russia does not rule out contacts with Japan on \"purely humanitarian\" questions such as the "
            "graves of Japanese on the Kuril Islands, a Russian deputy foreign minister said in an "
            "interview published on Tuesday, while repeating that a peace treaty was not on the agenda.",
            "\"If the Japanese side has specific humanitarian requests, we are prepared to listen,\" "
            "Andrei Rudenko told a Russian newspaper. \"But there can be no talk of negotiations on a "
            "peace treaty while Tokyo pursues its hostile course.\" He did not say whether any contacts "
            "had been proposed or when they might take place.",
            "Japan's foreign ministry said it was aware of the remarks. \"We have consistently asked "
            "Russia to resume the grave visits and will continue to do so,\" a spokesperson said, "
            "declining to say whether Tokyo would make a new approach.",
            "Diplomats in Tokyo were divided on the significance. One described the comment as \"a door "
            "left ajar\"; another said Moscow had made similar remarks before without any follow-up.",
            "Russia ended visa-free trips and grave visits by former Japanese residents of the islands in "
            "2022, when it also broke off treaty talks.",
        ],
    },
    {
        "key": "en-surveys-resume",
        "feed": "gablemark-en",
        "published": "2025-06-18T05:00:00Z",
        "section": "Japan",
        "author": "Aya Thorvaldsen",
        "title": "Hokkaido to resume research cruises near disputed islands, but will keep 12 miles off",
        "summary": "The prefecture's survey ships will return to the waters around the Russian-held islands "
                   "for this season only, staying outside a 12-nautical-mile band.",
        "label": "status_change",
        "group": "g7",
        "new_facts": ["Hokkaido resumes research cruises near the four islands after nine months, limited to "
                      "waters more than 12 nautical miles from the islands and to July-October 2025"],
        "must_mention": [["resum"], ["research", "survey", "cruise"]],
        "note": "g7 (suspended -> resumed with limits) in English after the Japanese first report.",
        "body": [
            "SAPPORO - Hokkaido will resume fisheries research in the waters around the Russian-held "
            "islands off its coast next month, ending a nine-month suspension imposed after Russia seized "
            "one of its survey ships, but its vessels will stay at least 12 nautical miles from the "
            "islands.",
            "The Hokkaido Research Organization said on Monday that a chartered ship, the 160-tonne "
            "Koyo Maru No. 18, would carry out saury and pollock surveys from July to October. The "
            "arrangement applies to this season only, and the ship will report its position to the Japan "
            "Coast Guard every two hours. A decision on next year will be taken later.",
            "The organisation halted the cruises last September after the Hokusei Maru was detained near "
            "Shikotan; a Russian court later confiscated the ship.",
            "The 12-mile limit has drawn criticism from some former islanders, who say it amounts to "
            "drawing the line Russia claims. \"Our surveys do not affect Japan's legal position in any "
            "way,\" a Hokkaido official said. \"The point is to get the data without putting people at "
            "risk.\"",
            "Fishing cooperatives welcomed the move. Without the surveys, they say, the Fisheries Agency "
            "has been setting catch guidance for the area on incomplete data.",
        ],
    },
    {
        "key": "en-landing-80",
        "feed": "weatherboard-wire",
        "published": "2025-09-02T06:00:00Z",
        "section": "Asia",
        "author": "Pavel Lindgren",
        "title": "Eighty years after Soviet landings, Moscow says Kuril question is 'closed for good'",
        "summary": "Russian officials marked the anniversary of the 1945 operation with statements that the "
                   "islands' status is not open to discussion. Tokyo said its position was unchanged.",
        "label": "restatement",
        "note": "Anniversary piece; officials' words that sound like an act ('closed for good') restate "
                "that Russia's sovereignty 'cannot be called into question' (seeds 001/004) and that "
                "talks are impossible (seed 002).",
        "body": [
            "Russia marked the 80th anniversary of the Soviet landings on the Kuril Islands with "
            "ceremonies in Yuzhno-Kurilsk and Severo-Kurilsk and statements that the islands' status was "
            "settled once and for all.",
            "\"The question of the Kurils is closed for good. There is nothing to discuss,\" Foreign "
            "Ministry spokeswoman Maria Zakharova said on Monday, repeating that the islands became part "
            "of the Soviet Union as a result of the Second World War and that this was enshrined in "
            "international documents, including the U.N. Charter.",
            "In Yuzhno-Kurilsk, on the island Japan calls Kunashiri, veterans' groups, schoolchildren and "
            "servicemen laid wreaths at the memorial to the soldiers of the 1945 operation. Sakhalin "
            "Governor Valery Limarenko said the islands would \"always be Russian land\".",
            "Asked about the remarks, Japan's chief cabinet secretary said Tokyo's position that the four "
            "islands belong to Japan \"remains unchanged\" and that Japan would continue to seek a "
            "peace treaty, although Russia has refused to negotiate since 2022.",
            "The Soviet operation began with the assault on Shumshu at the northern end of the chain on "
            "Aug. 18, 1945, and ended with the occupation of the Habomai islets in early September.",
        ],
    },
    {
        "key": "en-takaichi-speech",
        "feed": "weatherboard-wire",
        "published": "2025-10-24T08:00:00Z",
        "section": "Asia",
        "author": "Mariko Stenholm",
        "title": "Takaichi says Japan will 'resolve the territorial issue' with Russia in first policy speech",
        "summary": "The new prime minister repeated Japan's long-standing aim of a peace treaty while "
                   "vowing to keep sanctions on Moscow.",
        "label": "restatement",
        "note": "New speaker restating the known Japanese policy (seed 002); no act, no new position.",
        "body": [
            "TOKYO, Oct 24 (Weatherboard) - Prime Minister Sanae Takaichi said on Friday that Japan would "
            "stick to its goal of resolving the territorial dispute with Russia and concluding a peace "
            "treaty, while keeping sanctions in place over the war in Ukraine.",
            "\"Relations with Russia remain in a severe state, but our policy of resolving the territorial "
            "issue and concluding a peace treaty is unchanged,\" Takaichi said in her first policy speech "
            "to parliament since taking office this week.",
            "She also said the government would give priority to the resumption of visits by former "
            "islanders to family graves, a request Tokyo has made repeatedly since Russia halted the "
            "trips in 2022.",
            "Russia's embassy did not comment. Moscow has said a peace treaty cannot be discussed while "
            "Japan maintains its \"unfriendly\" policy.",
            "Takaichi, who served as economic security minister under former prime minister Fumio "
            "Kishida, has taken a harder line than her predecessor on China and on defence spending. On "
            "Russia, however, her first speech followed the wording used by every prime minister since "
            "2022, pairing the territorial formula with a pledge to \"firmly maintain\" sanctions and "
            "support for Ukraine.",
            "A foreign ministry official said there were no plans for contacts with Moscow on the "
            "treaty. \"The ball is not in our court,\" he said, noting that Russia had ended the "
            "negotiations in March 2022 and had since described their resumption as impossible.",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "key": "en-senkaku-tally",
        "feed": "gablemark-en",
        "published": "2026-01-20T03:00:00Z",
        "section": "Japan",
        "author": "Gablemark staff",
        "title": "Chinese coast guard ships spent a record 357 days near Senkakus in 2025, Japan says",
        "summary": "Japan's coast guard said Chinese vessels were seen in the contiguous zone around the "
                   "East China Sea islands almost every day last year.",
        "label": "off_topic",
        "note": "Look-alike tally about another island dispute (Senkaku, Japan-China).",
        "body": [
            "Chinese coast guard ships were present in the contiguous zone around the Senkaku Islands on "
            "357 days in 2025, the highest number since Japan nationalised some of the islands in 2012, "
            "the Japan Coast Guard said on Monday.",
            "Chinese vessels entered Japan's territorial waters around the islands on 41 occasions, "
            "sometimes following Japanese fishing boats, the agency said. The longest single intrusion "
            "lasted more than 90 hours.",
            "China claims the uninhabited islands, which it calls Diaoyu, and says its patrols are "
            "lawful. Japan's government said it would continue to respond \"calmly and resolutely\" and "
            "has added patrol ships to its 11th regional coast guard headquarters in Okinawa.",
            "The figures were released as Japan and China prepare for a round of maritime affairs "
            "consultations, which the two sides hold roughly once a year.",
            "Fishermen on Yonaguni and Ishigaki say the constant presence of Chinese ships has made them "
            "reluctant to work the grounds near the islands. \"We go out with a coast guard escort or "
            "we do not go at all,\" one skipper told a local newspaper.",
            "Tokyo also protested last year against Chinese buoys placed in what Japan considers its "
            "exclusive economic zone in the East China Sea, and against a Chinese military aircraft "
            "entering Japanese airspace off Nagasaki.",
        ],
    },
    {
        "key": "en-kuril-population",
        "feed": "gablemark-en",
        "published": "2026-03-10T04:00:00Z",
        "section": "Russia",
        "author": "Pavel Lindgren",
        "title": "Population of Russian-held southern Kurils edges up to 22,400, statistics office says",
        "summary": "Sakhalin's statistics office reported modest growth on the islands, driven by "
                   "construction workers and military families.",
        "label": "neutral",
        "note": "Borderline: a new demographic statistic about the islands, not an act by either "
                "government; could be read as context rather than a development.",
        "body": [
            "The population of the Kurilsky and Yuzhno-Kurilsky districts, which cover the islands claimed "
            "by Japan, rose to about 22,400 at the start of 2026, up 3 percent from a year earlier, "
            "Sakhalin's regional statistics office said.",
            "The growth was concentrated in Yuzhno-Kurilsk on Kunashir and in Kurilsk and Reidovo on "
            "Iturup, where new housing, a port and fish-processing capacity are under construction. The "
            "office attributed much of the increase to workers on fixed-term contracts and to families of "
            "military personnel.",
            "Regional officials have long tried to reverse the decline of the 1990s, when the islands' "
            "population fell by nearly half after the collapse of the Soviet fishing economy.",
            "Japan has said that Russian development of the islands is incompatible with its position "
            "and that the four islands, home to about 17,000 Japanese before 1945, belong to Japan.",
            "The statistics office also recorded 211 births and 148 deaths on the islands in 2025, and "
            "a net inflow of about 500 people. Average monthly wages in the two districts are among "
            "the highest in the Sakhalin region, boosted by northern allowances and the fishing "
            "industry.",
            "Local officials say housing remains the main constraint. \"Every new apartment block is "
            "full before it is finished,\" a district administration official in Yuzhno-Kurilsk told a "
            "regional newspaper.",
        ],
    },
    {
        "key": "en-table-question",
        "feed": "purlin-review",
        "published": "2026-04-14T09:00:00Z",
        "section": "Commentary",
        "author": "Ines Vahlberg",
        "title": "Will Moscow ever come back to the table? Don't count on it",
        "summary": "Four years after Russia walked out of peace treaty talks, every signal from Moscow points "
                   "the same way.",
        "label": "restatement",
        "note": "Questioned version of a move ('will Moscow come back?'); commentary restating seed facts "
                "only: 2022 walk-out, Rudenko's conditions (seed 004), 'no topics for serious discussion'.",
        "body": [
            "Every few months someone in Tokyo asks whether Russia might be ready to talk again. The "
            "question is understandable; the answer, on the evidence, is no.",
            "When Moscow ended peace treaty negotiations in March 2022 it did not say it was pausing them. "
            "It said it did not intend to continue talks with a state that \"takes openly unfriendly "
            "positions\". In February 2024 Deputy Foreign Minister Andrei Rudenko went further: resuming "
            "dialogue was \"categorically impossible\", and the key condition for any normalisation was "
            "Japan abandoning its \"hostile policy\" rather than sending \"ephemeral signals\". There were, "
            "he said, no topics for serious political discussion.",
            "Nothing Tokyo has done since meets that condition, and nothing it is likely to do will. "
            "Japan's sanctions are tied to the war in Ukraine and to its alliance with the United States; "
            "no Japanese government will unwind them for the sake of talks that were stuck long before "
            "2022.",
            "Could Moscow move first? It has little reason to. The islands are garrisoned, their economy "
            "is being tied to Sakhalin and, increasingly, to Asian partners. A treaty that conceded "
            "anything would be a domestic liability.",
            "That leaves the humanitarian questions, graves and visits, which both sides claim to care "
            "about. They are the only place where a small step is imaginable. Until one is actually "
            "taken, talk of a thaw is wishful thinking.",
        ],
    },
    {
        "key": "en-sakhalin2",
        "feed": "weatherboard-wire",
        "published": "2026-06-16T07:00:00Z",
        "section": "Markets",
        "author": "Kenji Abernethy",
        "title": "Mitsui, Mitsubishi keep Sakhalin-2 stakes as U.S. extends sanctions waiver",
        "summary": "Japanese utilities will keep buying LNG from the Russian project after Washington renewed "
                   "a licence for transactions linked to it.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia energy news (Sakhalin-2 LNG); no islands, no treaty.",
        "body": [
            "TOKYO, June 16 (Weatherboard) - Mitsui & Co and Mitsubishi Corp will keep their stakes in "
            "the Sakhalin-2 liquefied natural gas project in Russia's Far East after the U.S. Treasury "
            "extended a licence that allows transactions related to oil shipments from the project.",
            "Sakhalin-2 supplies about 9 percent of Japan's LNG imports, and Japanese officials have "
            "argued that the cargoes are vital for energy security. The two trading houses hold 12.5 "
            "percent and 10 percent of the operator respectively.",
            "Japan's industry minister welcomed the decision and said the government would keep working "
            "with the Group of Seven to reduce dependence on Russian energy \"in a phased manner\".",
            "Hokkaido Gas, Tokyo Gas and several other utilities have long-term contracts with the "
            "project that run into the 2030s.",
            "The licence, first issued in 2022 and renewed several times since, does not cover new "
            "investment. Japan has kept its stakes in Sakhalin-1 and Sakhalin-2 despite joining "
            "Western sanctions, arguing that withdrawing would simply hand the assets to Chinese or "
            "other buyers.",
            "Shares of both trading houses were little changed in Tokyo trading. Analysts said the "
            "decision had been widely expected.",
        ],
    },
    {
        "key": "en-1956-at-70",
        "feed": "purlin-review",
        "published": "2026-10-19T06:00:00Z",
        "section": "Essay",
        "author": "Hugo Ferreira-Lund",
        "title": "The 1956 declaration at 70: two islands promised, no treaty to deliver them",
        "summary": "The Soviet-Japanese Joint Declaration ended the state of war and promised Habomai and "
                   "Shikotan after a peace treaty. Seventy years on, the treaty is no closer.",
        "label": "restatement",
        "note": "Anniversary/background: the 1956 Joint Declaration (seed 004), the 2018 agreement to speed "
                "up talks (seed 000) and the 2022 end of talks. No new fact.",
        "body": [
            "On Oct. 19, 1956, in Moscow, Prime Minister Ichiro Hatoyama and Soviet Premier Nikolai "
            "Bulganin signed a joint declaration that ended the state of war between their countries and "
            "restored diplomatic relations. Its ninth article said the Soviet Union agreed to hand over "
            "the Habomai islets and Shikotan to Japan, but only after a peace treaty was concluded.",
            "It is the only document on the territorial question ratified by both parliaments, and for "
            "that reason both sides kept returning to it. In 2018 Shinzo Abe and Vladimir Putin agreed to "
            "accelerate negotiations \"on the basis of\" the declaration, a formula that many in Japan "
            "read as a willingness to settle for two islands first.",
            "It came to nothing. Moscow insisted that any transfer would not mean a transfer of "
            "sovereignty on its terms, and demanded guarantees that no U.S. forces would ever be based "
            "on the islands. Tokyo could not give them. Then, in March 2022, Russia ended the talks "
            "altogether in response to Japan's sanctions.",
            "The declaration remains in force as an international agreement. What it promised depends on "
            "a treaty that neither government expects to see. Seventy years on, its ninth article reads "
            "less like a plan than a memory of one.",
        ],
    },
    {
        "key": "en-year-2026",
        "feed": "weatherboard-wire",
        "published": "2026-12-22T05:00:00Z",
        "section": "Asia",
        "author": "Mariko Stenholm",
        "title": "Russia-Japan in 2026: another year without talks, visits or a treaty",
        "summary": "For a fifth year, the two governments held no peace treaty negotiations and former "
                   "islanders made no trips home.",
        "label": "restatement",
        "note": "Year-end tally of seed facts: no treaty talks since March 2022 (seed 000), no visa-free or "
                "former-resident visits (seed 001), sanctions packages (seed 004). Mentions no new event.",
        "body": [
            "TOKYO, Dec 22 (Weatherboard) - For the fifth calendar year in a row, Japan and Russia held no "
            "negotiations on a peace treaty in 2026, and the former residents of the disputed islands off "
            "Hokkaido made no visits to their birthplaces or family graves.",
            "Russia broke off the treaty talks in March 2022 in response to Japan's sanctions over "
            "Ukraine and ended the visa-free exchange programme that had allowed some 34,000 Japanese and "
            "Russians to visit each other's communities since 1992. Officials in Moscow have since said "
            "repeatedly that dialogue is impossible until Tokyo changes course.",
            "Japan has added to its sanctions each year, and its leaders have repeated that the policy of "
            "resolving the territorial issue and concluding a treaty is unchanged. Neither government "
            "proposed a new formula.",
            "The number of surviving former islanders fell below 4,800, with an average age of about 89, "
            "according to the league that represents them.",
            "\"Every year we say 'next year'. We are running out of next years,\" said a member of the "
            "league in Nemuro.",
        ],
    },
]
