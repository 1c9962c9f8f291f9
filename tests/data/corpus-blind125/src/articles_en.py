# -*- coding: utf-8 -*-
"""English article texts for the blind125 corpus.

Each entry: id -> dict(title, summary, byline, section, body=[paragraphs]).
Labels, dates and feeds live in generate.py.
"""

ARTICLES = {

# --------------------------------------------------------------------- 2024
"b125-01": dict(
    title="Russian envoy says no peace treaty talks with Tokyo while sanctions stay",
    summary="Ambassador Nikolai Nozdrev told Russian state television that Japan's "
            "'unfriendly course' rules out any return to negotiations on a peace treaty.",
    byline="By Hannah Ridley",
    section="Asia",
    body=[
        "TOKYO, Feb 13 (Brigstock) - Russia's ambassador to Japan said on Tuesday there was "
        "no basis for resuming negotiations on a post-war peace treaty as long as Tokyo keeps "
        "its sanctions against Moscow, repeating a line the Russian Foreign Ministry has held "
        "since March 2022.",
        "\"With Japan pursuing an openly unfriendly course, the question of talks on a peace "
        "treaty simply does not arise,\" Nikolai Nozdrev said in an interview with a Russian "
        "state television channel. \"You cannot negotiate a document on friendship and good "
        "neighbourliness with a country that imposes package after package of sanctions.\"",
        "Nozdrev, who took up his post in Tokyo late last year, said relations were at their "
        "lowest point in decades and that responsibility lay entirely with the Japanese "
        "government. He did not say what steps by Tokyo would be enough for Moscow to return "
        "to the table.",
        "Russia announced on March 21, 2022, weeks after it sent troops into Ukraine, that it "
        "would not continue peace treaty talks with Japan. It also withdrew from the dialogue "
        "on joint economic activities on the southern Kuril Islands and ended visa-free trips "
        "by Japanese citizens to the islands. Last week Deputy Foreign Minister Andrei Rudenko "
        "called a resumption of the dialogue \"categorically impossible\".",
        "Japan's Foreign Ministry did not immediately comment. Tokyo's stated policy is to "
        "resolve the territorial issue and then conclude a peace treaty.",
        "The two countries have never signed a peace treaty formally ending World War Two "
        "because of the dispute over the islands, which Soviet troops seized in 1945 and which "
        "Japan calls its Northern Territories.",
    ]),

"b125-04": dict(
    title="Japan's 2024 Diplomatic Bluebook holds the line on Northern Territories",
    summary="The annual foreign-policy report repeats that the four islands belong to Japan "
            "and criticises Russia's 2022 decision to halt peace treaty talks and visa-free visits.",
    byline="By Owen Castellan, diplomatic correspondent",
    section="Diplomacy",
    body=[
        "Japan's Foreign Ministry on Tuesday released its Diplomatic Bluebook for 2024, and the "
        "chapter on Russia reads much as it did a year ago.",
        "The report, presented to the cabinet by Foreign Minister Yoko Kamikawa, describes the "
        "Northern Territories as \"islands over which Japan has sovereignty\" and says the "
        "government's basic policy of resolving the territorial issue and concluding a peace "
        "treaty is unchanged. It calls Russia's aggression against Ukraine a violation of "
        "international law that has left Japan-Russia relations \"in a severe state\".",
        "The Bluebook again expresses regret over Moscow's announcement of March 2022 that it "
        "would not continue negotiations on a peace treaty, that it was pulling out of talks on "
        "joint economic activities on the islands and that it was ending the visa-free "
        "exchanges and the simplified visits of former residents. It describes those steps as "
        "\"extremely unjust\" and says Japan has protested.",
        "There is no new initiative in the text. Officials who briefed reporters said the "
        "resumption of visits to family graves by elderly former islanders remained \"one of "
        "the highest priorities\" in dealings with Moscow, but they gave no indication that "
        "Russia was prepared to allow them.",
        "The wording on the islands has been watched closely since 2019, when the Bluebook "
        "briefly dropped language on sovereignty during a push by then prime minister Shinzo "
        "Abe to reach a deal with President Vladimir Putin. The stronger formula returned in "
        "2022 and has stayed since.",
        "Russia, which says the islands became its territory as a result of the Second World "
        "War and that its sovereignty is not open to discussion, has not commented on this "
        "year's report.",
    ]),

"b125-08": dict(
    title="Russia bases new border patrol ship permanently on disputed Kunashir",
    summary="The Project 22460 patrol ship Khrustal is now stationed year-round at "
            "Yuzhno-Kurilsk, according to Russian regional media; Japanese fishermen fear "
            "more inspections.",
    byline="By Daniel Mareuil",
    section="Asia",
    body=[
        "TOKYO, May 22 (Brigstock) - Russia's border service has stationed a modern patrol ship "
        "permanently at Yuzhno-Kurilsk on Kunashir, one of the four Russian-held islands "
        "claimed by Japan, regional media in Sakhalin reported.",
        "The Khrustal, a Project 22460 border patrol ship of about 630 tonnes, arrived in the "
        "island's port earlier this month and will be based there all year instead of "
        "rotating in from Korsakov on Sakhalin for the summer fishing season, the local outlet "
        "Beregovoy Veter said, citing the FSB border directorate for the Sakhalin region. The "
        "ship carries a 30 mm gun and a deck for a light helicopter.",
        "Until now the border guards had kept smaller boats at Yuzhno-Kurilsk and brought in "
        "larger ships only for the warmer months. A permanent base puts a vessel able to "
        "operate in winter within a few hours of the Nemuro Strait, where Japanese boats fish "
        "for octopus, pollock and kelp close to the median line.",
        "Japan's coast guard said it was aware of the reports and would \"continue to monitor "
        "the situation closely\". Fishing cooperatives in Nemuro and Rausu said members worried "
        "about more frequent boardings.",
        "Russia has steadily built up its military and security presence on the islands, "
        "which Soviet forces seized at the end of World War Two. Moscow broke off peace treaty "
        "talks with Tokyo in March 2022 over Japan's sanctions.",
    ]),

"b125-10": dict(
    title="Former islanders' league urges Tokyo to press Moscow on grave visits",
    summary="At its annual general meeting in Sapporo the league adopted a resolution asking "
            "the government to seek the resumption of visits to family graves on the islands.",
    byline="Harbour Lantern staff",
    section="Nemuro & Shibetsu",
    body=[
        "SAPPORO - The league of former residents of the Chishima and Habomai islands on "
        "Tuesday called on the national government to do \"everything in its power\" to get "
        "Russia to allow elderly former islanders to visit family graves on the four "
        "Russian-held islands this summer.",
        "A resolution adopted at the league's annual general meeting in Sapporo says that "
        "\"time is running out\" for the generation that was born on the islands and asks "
        "Tokyo to \"strongly urge\" Moscow to reopen the visits as a humanitarian matter, "
        "separate from the wider state of relations.",
        "No visits have taken place since Russia ended visa-free travel to the islands in "
        "March 2022, citing Japan's sanctions. The league says the average age of surviving "
        "former residents is now over 88.",
        "\"My parents are buried on Shikotan. I went every year until the pandemic. I would "
        "like to go one more time,\" said a 91-year-old member from Nemuro who asked not to "
        "be named.",
        "A Cabinet Office official who attended the meeting said the government had raised "
        "the issue with Russia \"on every occasion\" and would continue to do so. He made no "
        "prediction about this year's season.",
        "The resolution also calls for more support for the children and grandchildren of "
        "former islanders, who are expected to carry on the campaign for the islands' return.",
    ]),

"b125-13": dict(
    title="Russia lets Japanese dentists visit disputed islands - once, this summer only",
    summary="Six dentists and hygienists from Nemuro will examine children on Kunashir and "
            "Shikotan in August without visas, an exception Moscow says does not revive the "
            "exchange programme.",
    byline="By Hannah Ridley",
    section="Asia",
    body=[
        "TOKYO, July 11 (Brigstock) - Russia has agreed to let a team of Japanese dentists "
        "travel without visas to two of the disputed islands off Hokkaido in August, a rare "
        "exception to its 2022 decision to end visa-free trips by Japanese citizens.",
        "The six-member team from the Nemuro dental association - four dentists and two "
        "hygienists - will hold check-ups for children in Yuzhno-Kurilsk on Kunashir and "
        "Malokurilskoye on Shikotan from Aug 19 to 22, Japanese and Russian local media "
        "reported. The group asked for the visit after island doctors said they had no "
        "paediatric dentist.",
        "Russia's consent, given in a diplomatic note, describes the trip as a one-time "
        "humanitarian measure for this summer only. Sakhalin regional officials stressed it "
        "\"does not mean a resumption of visa-free exchanges\".",
        "Moscow terminated the 1991 visa-free exchange arrangement and the 1999 simplified "
        "visits by former residents in March 2022 in response to Japanese sanctions over "
        "Ukraine. Japan's Chief Cabinet Secretary said Tokyo welcomed the decision but would "
        "keep asking Russia to restore the exchanges in full.",
        "Before 2020, Japanese medical teams regularly visited the islands under the exchange "
        "programme, and island patients were sometimes brought to Hokkaido for treatment.",
    ]),

"b125-19": dict(
    title="Will Ishiba thaw the Kurils freeze? Don't count on it",
    summary="Japan's new prime minister has spoken of dialogue with Moscow, but neither side "
            "has given the other a reason to move.",
    byline="By Marguerite Ostby",
    section="Analysis",
    body=[
        "Shigeru Ishiba took office on Tuesday with a reputation as a defence specialist and "
        "a habit of thinking aloud. Among the things he has thought aloud about over the years "
        "is Russia. So is a change in Tokyo's Russia policy now possible?",
        "On paper, nothing has changed. In his first news conference Ishiba repeated the "
        "formula every Japanese leader has used since the 1990s: Japan will resolve the "
        "territorial issue and conclude a peace treaty. He added that relations were in a "
        "\"difficult situation\" and that Tokyo would continue to work with the G7 on "
        "sanctions.",
        "Moscow's position is equally fixed. Since March 2022 the Russian Foreign Ministry has "
        "said it does not intend to continue peace treaty talks with a country that \"takes "
        "openly unfriendly positions\". Deputy Foreign Minister Andrei Rudenko said in "
        "February that a resumption was \"categorically impossible\".",
        "Could a new face in Tokyo change the calculation? Probably not by itself. For Russia "
        "the price of returning to the table is, in effect, Japan leaving the Western "
        "sanctions coalition, which no Japanese government is prepared to pay. For Japan, "
        "talking to Moscow on the islands while the war continues carries costs with "
        "Washington and Kyiv.",
        "Where Ishiba might find room is on the humanitarian side - visits by elderly former "
        "islanders to family graves, which Moscow halted along with visa-free travel. Even "
        "there, the Kremlin has so far shown no interest in a gesture.",
        "Expect warm words about dialogue, then, and little else. The freeze, now in its "
        "third year, looks set to outlast another Japanese prime minister.",
    ]),

"b125-20": dict(
    title="Japanese traders keep Sakhalin-2 stakes as LNG cargoes keep flowing",
    summary="Mitsui and Mitsubishi say they will hold on to their shares in the Russian "
            "project, which still supplies close to a tenth of Japan's liquefied natural gas.",
    byline="Tallyline energy desk",
    section="Energy",
    body=[
        "Mitsui & Co and Mitsubishi Corp will keep their combined 22.5% stake in the "
        "Sakhalin-2 liquefied natural gas project in Russia's Far East, executives said, "
        "arguing that the supply is vital for Japan's energy security.",
        "The project, now run by a Russian company set up by decree in 2022, shipped about "
        "6 million tonnes of LNG to Japanese utilities last year. Its cargoes are exempt from "
        "the G7 price cap on Russian oil and are not covered by Japan's sanctions.",
        "\"Walking away would simply hand our share to someone else and leave Japanese "
        "households exposed to the spot market,\" a Mitsui executive told analysts on a call "
        "on Tuesday.",
        "Japan has pledged to cut its dependence on Russian energy but has said it will keep "
        "its interests in Sakhalin-1 and Sakhalin-2. Some utilities' long-term contracts with "
        "the project run into the 2030s.",
        "Shares of both trading houses were little changed in Tokyo.",
    ]),

"b125-22": dict(
    title="Opinion: The peace treaty that never was, and the islands that wait",
    summary="Three years after Moscow walked away from the table, the dispute over the Kurils "
            "is frozen harder than ever. That may be the least bad outcome for now.",
    byline="By Lionel Acheson, senior fellow in North Pacific studies",
    section="Opinion",
    body=[
        "Every January someone in Tokyo asks whether this will be the year the Northern "
        "Territories issue moves. Every January the honest answer is no. This year is no "
        "exception.",
        "Consider where things stand. In March 2022 Russia announced that it would not "
        "continue peace treaty negotiations with Japan, pulled out of the dialogue on joint "
        "economic activities on the islands and ended the visa-free exchanges that had let "
        "tens of thousands of Japanese and islanders visit each other since 1992. A year ago "
        "a Russian deputy foreign minister called a resumption \"categorically impossible\". "
        "Nothing said in Moscow since has softened that.",
        "Japan, for its part, has stuck with the G7 on sanctions and will keep doing so. Its "
        "diplomats repeat that the policy of resolving the territorial issue and concluding a "
        "peace treaty is unchanged - which is true, and also a description of paralysis.",
        "It is tempting to call this a tragedy for the former islanders, whose average age is "
        "now close to 89 and who cannot visit the graves of their parents. It is one. But the "
        "alternative - a rushed bargain with a Kremlin that wants Japan out of the Western "
        "camp as the price of talks - would be worse.",
        "The better course is patience with purpose: keeping the legal position intact, "
        "keeping a humanitarian channel open if Moscow ever allows one, and preparing the "
        "ground for the day when talks become possible again. That day is not this year.",
    ]),

"b125-24": dict(
    title="Drift-ice tours fill up in Rausu, with Kunashir on the horizon",
    summary="Cruise operators in the Shiretoko town report record bookings for sea-eagle and "
            "drift-ice trips this winter.",
    byline="Harbour Lantern staff",
    section="Life & Tourism",
    body=[
        "RAUSU - The drift ice arrived in the Nemuro Strait in the last week of January, and "
        "so did the photographers. Operators of sightseeing boats in Rausu say February "
        "bookings are the highest they have ever recorded, helped by a weak yen and direct "
        "flights from Taiwan and Hong Kong to Kushiro.",
        "The main draw is the Steller's sea eagles and white-tailed eagles that gather on the "
        "ice floes each winter. On clear mornings the snow-covered ridge of Kunashir, about "
        "25 kilometres across the strait, fills the background of many of the pictures.",
        "\"Visitors ask us every day what the island is and whether we can go closer,\" said "
        "a boat captain who has run tours for 20 years. \"We explain that it is one of the "
        "Northern Territories and that we stay on our side of the line.\"",
        "Tour companies say about 40 percent of this season's customers come from overseas. "
        "The town has added English and Chinese signs at the port and plans a small visitor "
        "centre for next winter.",
        "The season usually lasts until mid-March, depending on how long the ice stays.",
    ]),

"b125-25": dict(
    title="South Korea protests as Japan's Shimane marks 'Takeshima Day'",
    summary="Seoul summoned a Japanese diplomat after Tokyo again sent a parliamentary vice "
            "minister to the annual ceremony over the islets Korea calls Dokdo.",
    byline="By Min-jae Seo",
    section="Asia",
    body=[
        "SEOUL, Feb 22 (Brigstock) - South Korea lodged a protest with Japan on Saturday after "
        "the Shimane prefectural government held its annual \"Takeshima Day\" ceremony to "
        "press Japan's claim to a pair of rocky islets controlled by Seoul.",
        "South Korea's foreign ministry called on Tokyo to abolish the event and summoned a "
        "senior diplomat from the Japanese embassy. \"Dokdo is clearly Korean territory "
        "historically, geographically and under international law,\" a ministry spokesperson "
        "said.",
        "Japan sent a parliamentary vice minister from the Cabinet Office to the ceremony in "
        "Matsue for the 13th year in a row, a level Seoul regards as provocative but which "
        "Tokyo has kept below cabinet rank.",
        "The islets in the Sea of Japan, known in Japan as Takeshima and in Korea as Dokdo, "
        "have been under South Korean control since the 1950s. The dispute has periodically "
        "strained relations between the two U.S. allies, which have improved markedly since "
        "2023.",
        "Japan has other territorial disputes with China over the Senkaku Islands and with "
        "Russia over four islands off Hokkaido.",
    ]),

"b125-27": dict(
    title="Armenia and Azerbaijan say text of peace treaty is agreed",
    summary="The two South Caucasus neighbours announced the completion of negotiations on a "
            "treaty to end decades of conflict, but no date has been set for signing.",
    byline="By Tamar Eskandarian",
    section="World",
    body=[
        "YEREVAN, March 14 (Brigstock) - Armenia and Azerbaijan have agreed on the full text "
        "of a peace treaty, the two governments said, a step towards ending nearly four "
        "decades of conflict over the Nagorno-Karabakh region and their shared border.",
        "Azerbaijan's foreign ministry said the negotiations were \"completed\" after Baku "
        "accepted Armenian proposals on the two remaining articles. Armenia said it was ready "
        "to begin consultations on the date and venue of signing.",
        "Baku, however, repeated that it wants Armenia to change its constitution, which it "
        "says contains territorial claims on Azerbaijan, before the treaty is signed - a "
        "condition that could delay the process for months or years.",
        "The treaty covers mutual recognition of territorial integrity, the renunciation of "
        "claims and the withdrawal of third-party forces from the border. It would be the "
        "first peace treaty between the two since the collapse of the Soviet Union.",
        "The European Union and the United States welcomed the announcement.",
    ]),

"b125-29": dict(
    title="Britain signs treaty handing Chagos Islands to Mauritius",
    summary="The UK will keep the Diego Garcia military base under a 99-year lease after "
            "transferring sovereignty over the Indian Ocean archipelago.",
    byline="By Felix Adebayo-Hart",
    section="World",
    body=[
        "Britain on Thursday signed a treaty transferring sovereignty over the Chagos Islands "
        "to Mauritius, ending one of the last colonial-era territorial disputes in the Indian "
        "Ocean, while securing the future of the joint UK-US base on Diego Garcia.",
        "Under the agreement, Britain will lease back Diego Garcia for 99 years at an average "
        "annual cost that the government put at about 101 million pounds. Mauritius will not "
        "be able to allow foreign forces on the outer islands.",
        "The signing went ahead after a last-minute court injunction sought by two Chagossians "
        "was lifted. Chagossian groups remain divided over the deal, which does not guarantee "
        "the right of return to Diego Garcia.",
        "Opposition politicians criticised the cost and said the treaty weakened Britain's "
        "strategic position. The government said it protected the base against legal "
        "challenges after the International Court of Justice found in 2019 that the "
        "archipelago's separation from Mauritius was unlawful.",
        "The treaty must now be ratified by both parliaments.",
    ]),

"b125-32": dict(
    title="Russia protests 'Northern Territories' exhibit at Osaka Expo; Tokyo rejects complaint",
    summary="Moscow called a Hokkaido display on the disputed islands at Expo 2025 a "
            "provocation; Japan's top government spokesman said the protest was unacceptable.",
    byline="By Daniel Mareuil",
    section="Asia",
    body=[
        "TOKYO, June 6 (Brigstock) - Russia has lodged a formal protest with Japan over an "
        "exhibit on the disputed Northern Territories shown at Expo 2025 in Osaka, and Tokyo "
        "on Friday rejected the complaint.",
        "The exhibit, part of a Hokkaido prefecture event held at the Expo's EXPO Messe hall "
        "from May 30 to June 2, included a large map showing the four Russian-held islands as "
        "Japanese territory and panels calling for their return. Russia is not taking part in "
        "the Expo.",
        "Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow on "
        "Thursday that the Russian embassy had delivered a note of protest to Japan's Foreign "
        "Ministry, calling the display \"a provocative act\" that used an international "
        "exhibition \"for revanchist propaganda\".",
        "Chief Cabinet Secretary Yoshimasa Hayashi told reporters the protest \"cannot be "
        "accepted\". \"The Northern Territories are islands over which Japan has sovereignty. "
        "It is only natural for Japanese local governments to inform visitors about them,\" he "
        "said.",
        "It is the first time Moscow has formally protested about the Expo, which opened in "
        "April. Russia broke off peace treaty talks with Japan in 2022.",
    ]),

"b125-33": dict(
    title="Nemuro mayor asks Tokyo to seek restart of visa-free exchanges",
    summary="In his annual petition to ministries, the mayor called for the exchanges with "
            "islanders to be resumed 'as soon as possible'. Officials gave no timetable.",
    byline="Harbour Lantern staff",
    section="Nemuro & Shibetsu",
    body=[
        "TOKYO - Nemuro's mayor on Monday handed the government the city's annual list of "
        "requests on the Northern Territories, asking ministers to press Russia to restore "
        "the visa-free exchanges and the grave visits halted since 2022.",
        "The petition, delivered to the Cabinet Office, the Foreign Ministry and the "
        "Fisheries Agency together with leaders of four neighbouring towns, says the "
        "suspension of contacts \"is eroding the human ties built over 30 years\" and asks "
        "the government to \"urge the Russian side to allow the exchanges to resume as soon "
        "as possible\".",
        "It also asks for more money for the local economy, which has lost income from the "
        "exchange ship and from fishing grounds near the islands.",
        "A senior Foreign Ministry official said Japan would continue to ask for the "
        "resumption of the exchanges, \"with priority on the grave visits\", but that Russia "
        "had shown no sign of changing its position.",
        "The exchange ship Etopirika has not sailed to the islands since 2019; Russia ended "
        "the visa-free arrangement in March 2022.",
    ]),

"b125-34": dict(
    title="Japan weighs licence rule for used-car exports bound for disputed islands - sources",
    summary="Trade ministry officials are studying whether to require permits for shipments of "
            "used vehicles that end up on the Russian-held islands, people familiar with the "
            "matter said. No decision has been made.",
    byline="Tallyline trade desk",
    section="Trade",
    body=[
        "Japan's trade ministry is considering tighter controls on exports of used cars and "
        "car parts that end up on the four Russian-held islands off Hokkaido, two people "
        "familiar with the discussions said, after reports that Japanese vehicles were being "
        "used by the Russian military there.",
        "Officials are looking at whether to require an export licence for any used vehicle "
        "whose final destination is the islands, regardless of engine size, the people said. "
        "Japan already bans exports to Russia of passenger cars with engines larger than "
        "1,900 cc.",
        "\"Nothing has been decided. It is one of several options,\" one of the people said, "
        "asking not to be named because the discussions are private. A formal proposal could "
        "come \"within weeks\" or be shelved, the other said.",
        "The Ministry of Economy, Trade and Industry declined to comment.",
        "Used Japanese cars dominate the roads on the islands, most of them shipped through "
        "Vladivostok or Korsakov on Sakhalin. Dealers in Hokkaido said a licence requirement "
        "would mainly hit small traders in Nemuro and Otaru.",
    ]),

"b125-37": dict(
    title="Japan to require licences for used-car exports destined for Russian-held islands",
    summary="From September 1 shipments of used cars, motorcycles and parts whose end "
            "destination is the four islands will need a trade ministry permit, which will in "
            "principle not be granted.",
    byline="Tallyline trade desk",
    section="Trade",
    body=[
        "Japan will require an export licence for used cars, motorcycles and car parts whose "
        "final destination is the four Russian-held islands off Hokkaido, the trade ministry "
        "said, closing a route by which Japanese vehicles reached the islands through Russian "
        "ports.",
        "The rule takes effect on September 1 and applies regardless of engine size, the "
        "Ministry of Economy, Trade and Industry said in a notice published on Tuesday. "
        "Licences will \"in principle not be granted\". Exporters will have to declare the end "
        "user and destination of each vehicle shipped via Russia.",
        "METI said the measure was intended to stop vehicles and parts from being supplied to "
        "Russian forces stationed on the islands and was \"consistent with Japan's position on "
        "the Northern Territories\". Japan already bans exports to Russia of passenger cars "
        "with engines over 1,900 cc.",
        "Used Japanese vehicles make up the vast majority of cars on the islands. Regional "
        "media in Sakhalin said residents feared higher prices for spare parts.",
        "Traders in Otaru and Nemuro, which ship used cars to Sakhalin, said the rule would "
        "be hard to police because vehicles are often resold after arriving in Korsakov.",
    ]),

"b125-38": dict(
    title="Eighty years on, why Japan and Russia still have no peace treaty",
    summary="The war ended in 1945, the state of war in 1956. The treaty never came. A short "
            "guide to the dispute over the islands Japan calls the Northern Territories.",
    byline="By Owen Castellan",
    section="Explainer",
    body=[
        "Japan surrendered eighty years ago today. Yet Tokyo and Moscow have never signed a "
        "peace treaty. Here is why.",
        "What is disputed? Four islands and island groups at the southern end of the Kuril "
        "chain: Iturup, Kunashir, Shikotan and the Habomai islets. Soviet forces occupied them "
        "in August and September 1945 and expelled the roughly 17,000 Japanese who lived there "
        "by 1949. Russia says the islands became its territory as a result of the war and that "
        "its sovereignty is not open to question. Japan says they are its inherent territory, "
        "citing the 1855 Treaty of Shimoda, and calls them the Northern Territories.",
        "Hasn't there been progress? In 1956 the two sides signed a joint declaration ending "
        "the state of war and restoring diplomatic relations. It said the Soviet Union would "
        "hand over Shikotan and the Habomai after a peace treaty was concluded. The treaty "
        "never followed. Talks were revived in the 1990s, and in 2018 the two leaders agreed to "
        "speed them up on the basis of the 1956 declaration.",
        "What happened then? In March 2022, after Japan joined Western sanctions over the "
        "invasion of Ukraine, Russia announced it would not continue the peace treaty talks, "
        "withdrew from the dialogue on joint economic activities on the islands, ended visa-free "
        "visits by Japanese and blocked Japan's partner status in the Black Sea Economic "
        "Cooperation organisation.",
        "Where does that leave things? Frozen. Moscow says talks are impossible while Japan "
        "pursues \"unfriendly\" policies; Tokyo says its aim remains to resolve the territorial "
        "issue and conclude a treaty. Neither has moved.",
    ]),

"b125-40": dict(
    title="Coast guard deploys SeaGuardian drones to Kushiro to watch Northern Territories waters",
    summary="Japan's coast guard has begun flying MQ-9B SeaGuardian unmanned aircraft from "
            "Kushiro to patrol the seas around the four Russian-held islands around the clock.",
    byline="Harbour Lantern staff",
    section="Nemuro & Shibetsu",
    body=[
        "KUSHIRO - The Japan Coast Guard has started operating large unmanned surveillance "
        "aircraft from Kushiro Air Station to watch the waters around the Northern "
        "Territories, the 1st Regional Coast Guard Headquarters in Otaru said on Wednesday.",
        "An MQ-9B SeaGuardian moved from Hachinohe in Aomori prefecture this month, and a "
        "second aircraft will follow by the end of the year. The drones can stay aloft for "
        "more than 24 hours and will patrol the Nemuro Strait, the waters off the Habomai "
        "islets and the Pacific side of the islands, staying over Japanese-controlled waters "
        "and international airspace.",
        "The coast guard said the deployment would help it keep track of Japanese fishing "
        "boats operating near the median line and respond faster to seizures by Russian "
        "border guards, as well as to sea rescues. About 20 staff and contractors will be "
        "based in Kushiro.",
        "Fishermen in Rausu welcomed the move. \"When a boat is taken, the first hours "
        "matter,\" said an official of the local cooperative.",
        "The coast guard began flying SeaGuardians from Hachinohe in 2022. Russia has not "
        "commented.",
    ]),

"b125-42": dict(
    title="Kurilian Bobtail named best in show at Singapore cat championship",
    summary="A three-year-old Kurilian Bobtail called Shiro took the top prize, a first for "
            "the short-tailed breed at the regional show.",
    byline="Brigstock Lifestyle",
    section="Lifestyle",
    body=[
        "SINGAPORE, Nov 12 (Brigstock) - A Kurilian Bobtail, a rare short-tailed breed that "
        "takes its name from the Kuril Islands, was named best in show at the Asia Pacific "
        "Feline Championship in Singapore on Sunday.",
        "Shiro, a three-year-old white male owned by a breeder from Osaka, beat more than 300 "
        "cats from 14 countries. Judges praised his \"pom-pom\" tail and dense semi-long coat.",
        "The breed, originally from the Kurils and Sakhalin, was recognised by major "
        "international associations only in the last two decades and remains uncommon "
        "outside Russia. Breeders say it is known for its dog-like temperament and love of "
        "water.",
        "\"He is very calm and very heavy,\" the owner said. \"People always ask whether his "
        "tail was cut. It was not - they are born like this.\"",
        "Maine Coons and British Shorthairs took the next places.",
        "Organisers said entries were up by a quarter on last year, with the largest groups "
        "coming from Japan, Thailand and Australia. The championship, held over two days at a "
        "convention centre in the city's east, also raised money for a local animal shelter.",
    ]),

"b125-44": dict(
    title="Japan scrambles jets as Russian bombers fly over Sea of Japan",
    summary="Two Tu-95 strategic bombers escorted by fighters flew a long-range patrol off "
            "Japan's west coast, the Defence Ministry said.",
    byline="By Daniel Mareuil",
    section="Asia",
    body=[
        "TOKYO, Jan 21 (Brigstock) - Japan scrambled fighter jets on Wednesday after two "
        "Russian Tu-95 strategic bombers flew over the Sea of Japan and down towards the East "
        "China Sea, the Defence Ministry's Joint Staff said.",
        "The bombers, escorted at times by Su-35 fighters, did not enter Japanese airspace. "
        "Russia's Defence Ministry said the flight lasted more than nine hours over neutral "
        "waters and was carried out \"in strict accordance with international rules\".",
        "Japan's Air Self-Defense Force scrambled more than 200 times against Russian aircraft "
        "in the fiscal year to March 2025, fewer than against Chinese planes.",
        "Chief Cabinet Secretary Minoru Kihara said the government was watching Russian "
        "military activity around Japan \"with strong interest\", citing joint flights with "
        "Chinese bombers in recent years.",
        "Russia and China flew joint bomber patrols near Japan several times in the past "
        "three years; Wednesday's flight was by Russian aircraft alone.",
        "South Korea's military said the bombers also passed through its air defence "
        "identification zone without prior notice, prompting its own fighters to shadow "
        "them.",
    ]),

# --------------------------------------------------------------------- 2026
"b125-45": dict(
    title="Takaichi vows to keep pressing on Northern Territories at annual rally",
    summary="At the national rally marking Northern Territories Day, Japan's prime minister "
            "said the goal of resolving the island dispute and signing a peace treaty "
            "'remains unchanged'.",
    byline="By Marguerite Ostby",
    section="Diplomacy",
    body=[
        "Prime Minister Sanae Takaichi told the annual national rally for the return of the "
        "Northern Territories on Saturday that her government would not waver on the "
        "territorial issue, in her first speech to the gathering since taking office in "
        "October.",
        "\"Our policy of resolving the attribution of the four northern islands and concluding "
        "a peace treaty remains unchanged,\" Takaichi told about 1,000 participants in Tokyo. "
        "\"Japan-Russia relations are in a difficult situation, but we will do everything we "
        "can so that former islanders can once again visit the graves of their ancestors.\"",
        "A 90-year-old former resident of Iturup told the hall that she had not been able to "
        "visit her parents' grave for seven years. \"I only want to bow to them once more "
        "before I die,\" she said.",
        "The rally adopted a declaration calling on Russia to return the islands and to "
        "restore the visa-free exchanges and grave visits it ended in 2022.",
        "February 7 has been Northern Territories Day since 1981. It marks the 1855 Treaty of "
        "Shimoda, which drew the border between Iturup and Urup. Russia, which says its "
        "sovereignty over the islands is beyond dispute, typically dismisses the rally as "
        "revanchism.",
    ]),

"b125-48": dict(
    title="Russia and Japan hold first peace treaty consultations since 2022, in Jeddah",
    summary="Foreign ministry officials met in Saudi Arabia on Tuesday in the first talks on "
            "peace treaty issues since Moscow broke them off in March 2022, and agreed to meet "
            "again in the autumn.",
    byline="By Hannah Ridley",
    section="Asia",
    body=[
        "MOSCOW/TOKYO, April 22 (Brigstock) - Russian and Japanese diplomats held "
        "consultations on peace treaty issues in Jeddah, Saudi Arabia, on Tuesday, the first "
        "such talks since Moscow announced in March 2022 that it would not continue "
        "negotiations with Tokyo.",
        "Russia's Foreign Ministry said the director of its Second Asian Department and the "
        "director-general of the Japanese Foreign Ministry's European Affairs Bureau "
        "\"exchanged views on issues of a peace treaty and on the state of bilateral "
        "relations\" and agreed to hold a second round in the autumn, also in Jeddah.",
        "Japan's Foreign Ministry confirmed the meeting. It said Tokyo had set out its position "
        "that the territorial issue must be resolved before a treaty can be concluded and had "
        "asked Russia to allow former islanders to resume visits to family graves on the "
        "islands. Russia made no commitment on the visits, a Japanese official said.",
        "The Russian statement said the consultations were held \"at the request of the "
        "Japanese side\" and did not mean that Moscow had changed its assessment of Tokyo's "
        "\"unfriendly course\". Saudi Arabia provided the venue, it said.",
        "Russia also ended visa-free travel by Japanese to the islands and quit talks on joint "
        "economic activities there in 2022. Neither side said those matters had been "
        "discussed.",
    ]),

"b125-50": dict(
    title="Analysis: Jeddah reopened a door. It did not open the islands",
    summary="The first Russia-Japan peace treaty consultations in four years were real, but "
            "both sides went out of their way to say how little they meant.",
    byline="By Lionel Acheson",
    section="Analysis",
    body=[
        "Two weeks after Russian and Japanese diplomats met in Jeddah for the first "
        "consultations on peace treaty issues since 2022, it is worth reading the two "
        "governments' statements side by side. They agree on very little beyond the date.",
        "Moscow stressed that the meeting took place at Japan's request and that it did not "
        "signal any change in its view of Tokyo's policy. Tokyo stressed that it had restated "
        "its position on the territorial issue and pressed for grave visits. Both confirmed "
        "that a second round is planned for the autumn. Neither mentioned the islands' "
        "visa-free exchanges or the joint economic activities that Russia abandoned in 2022.",
        "Why talk at all? For Japan, a channel with Moscow on the treaty is valuable in "
        "itself, and the humanitarian file - elderly former islanders who want to visit their "
        "parents' graves - is politically urgent. For Russia, resuming a format it suspended "
        "costs little and shows that Tokyo had to come asking.",
        "What would real movement look like? A Russian yes on grave visits would be the first "
        "test. A discussion of the 1956 Joint Declaration, which both sides once treated as a "
        "starting point, would be the second. Neither is on the horizon.",
        "The door is open a crack. That is more than it was a year ago, and much less than the "
        "word \"resumption\" suggests.",
    ]),

"b125-52": dict(
    title="Kuril tourism climbs as Aurora adds summer flights to Iturup",
    summary="Visitor numbers to the Russian-run Kuril Islands rose in the first half, and the "
            "Sakhalin carrier is adding frequencies for July and August.",
    byline="Tallyline travel & leisure",
    section="Travel",
    body=[
        "Tourist visits to the Kuril Islands rose by about 18% in the first half of the year, "
        "Sakhalin regional authorities said, as domestic travellers look for destinations "
        "inside Russia and the islands' hot springs and volcanoes gain attention on social "
        "media.",
        "Aurora, the Far Eastern airline, will add two weekly round trips between "
        "Yuzhno-Sakhalinsk and Iturup in July and August, bringing the total to nine a week, "
        "and one extra weekly flight to Kunashir. Flights are often cancelled because of fog.",
        "Hotel capacity remains the main bottleneck. Iturup has fewer than 300 hotel beds, and "
        "guesthouses in Kurilsk are booked out for August, local operators said.",
        "Most visitors come from Sakhalin, the Far East and Moscow. Foreign tourists remain "
        "rare.",
        "Regional officials said they would subsidise fares for residents on the busiest "
        "summer weeks so that islanders are not squeezed out by visitors. Travel agencies in "
        "Yuzhno-Sakhalinsk report strong demand for week-long packages combining Iturup's "
        "volcano hikes with fishing trips.",
        "The southern Kurils are claimed by Japan, which asks its citizens not to travel there "
        "on Russian visas.",
    ]),

"b125-55": dict(
    title="Russia puts off second round of peace treaty talks with Japan until spring",
    summary="Moscow says the November consultations in Jeddah are 'inexpedient' after new "
            "Japanese sanctions, but insists the format has not been scrapped.",
    byline="By Hannah Ridley",
    section="Asia",
    body=[
        "MOSCOW, Oct 12 (Brigstock) - Russia has told Japan that a second round of "
        "consultations on peace treaty issues planned for November will not take place this "
        "year and proposed returning to the matter in the spring, the two governments said.",
        "In a note delivered to the Japanese embassy on Oct 7, the Russian Foreign Ministry "
        "said holding the round in Jeddah as planned had become \"inexpedient\" after Tokyo "
        "adopted a new package of sanctions in September. A ministry spokesperson said on "
        "Saturday that the format \"has not been terminated\" and that Moscow was prepared to "
        "consider new dates \"in spring 2027\".",
        "Japan's Foreign Ministry called the decision \"regrettable\" and said it would "
        "continue to seek dialogue, including on grave visits by former residents of the "
        "islands.",
        "The first round, held in Jeddah in April, was the first time the two sides had "
        "discussed the treaty since Russia broke off negotiations in March 2022.",
        "Hokkaido media first reported the postponement on Friday.",
    ]),

"b125-57": dict(
    title="2026 in review: Russia and Japan talk again, briefly",
    summary="A round of peace treaty consultations in April, a postponement in October, and "
            "a familiar standoff over the islands. Our year-end look at the North Pacific.",
    byline="By Owen Castellan",
    section="Year in review",
    body=[
        "If 2025 was the year nothing happened between Russia and Japan, 2026 was the year "
        "something almost did.",
        "In April, diplomats from the two countries met in Jeddah for the first consultations "
        "on peace treaty issues since Moscow broke off negotiations in March 2022. Both sides "
        "played down the meeting, but they agreed to meet again in the autumn.",
        "They did not. In October Russia told Japan that a November round had become "
        "\"inexpedient\" after new Japanese sanctions and suggested returning to the matter in "
        "the spring. Moscow insisted the format had not been scrapped; Tokyo called the move "
        "regrettable.",
        "On the islands themselves, little changed for Japanese. Visa-free exchanges remained "
        "terminated, grave visits by former residents did not take place for a fifth year, and "
        "Prime Minister Sanae Takaichi repeated at February's rally that Japan's aim of "
        "resolving the territorial issue and concluding a peace treaty was unchanged. The "
        "70th anniversary of the 1956 Joint Declaration in October passed with statements but "
        "no ceremony.",
        "What to watch in 2027: whether the spring round happens at all, and whether Moscow "
        "says anything about grave visits before the summer season.",
    ]),
}
