# English-language articles of the blind56 corpus.
ARTICLES = [
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-02", feed="marten-en", lang="en", published="2024-03-05T00:40:00Z",
    slug="shikotan-map-from-memory",
    title="At 91, she still draws the streets of a village she cannot visit",
    summary="Chiyo Hatakeyama left Shikotan as a girl. Two years after Moscow shut the door on "
            "visa-free trips, she keeps mapping Anama from memory, and keeps waiting.",
    label="restatement",
    note="Human-interest lead; the only news-like content is the March 2022 termination of the "
         "1991/1999 visa-free and former-resident trips and Rudenko's 'categorically impossible' "
         "(seeds 001, 003, 004). No new fact.",
    byline="Aya Fujinami", kicker="People",
    caption="Chiyo Hatakeyama at her kitchen table in Nemuro with the eleventh sheet of her map of Anama.",
    body=[
        "NEMURO — Every morning after the breakfast dishes are dried, Chiyo Hatakeyama spreads a sheet "
        "of tracing paper across her kitchen table, sharpens a pencil with a paring knife and adds one "
        "more thing to a village that no longer exists in the form she remembers it.",
        "\"Today it is the Sato family's boat shed,\" she said on a grey afternoon last week, tapping a "
        "small rectangle near the curve of the bay. \"It stood right here, on the sand. Their dog used "
        "to sleep on the nets.\"",
        "Hatakeyama, 91, was born in Anama, a fishing settlement on Shikotan, the island that lies about "
        "75 kilometres east of this city at the tip of Hokkaido. She was 12 when Soviet troops came "
        "ashore in September 1945, and 14 when her family, along with the rest of the island's Japanese "
        "population, was put aboard a freighter, held for weeks in a camp on Sakhalin and finally "
        "shipped to Hakodate.",
        "Her map, now on its eleventh sheet, has grown to 63 houses, two shrines, a school, a sake shop "
        "and the cove where her father kept his kelp boat. She checks every detail against a dwindling "
        "circle of people who still remember: a cousin in Kushiro, a classmate in Sapporo, a neighbour's "
        "son who was four at the time and recalls mostly the smell of the drying racks. \"Every year "
        "there are fewer people to ask,\" she said.",
        "She last saw the island in person in 2019, on one of the chartered ships that carried former "
        "residents back to their villages under arrangements dating from 1991 and 1999. The trips were "
        "first interrupted by the pandemic. Then, in March 2022, after Japan joined Western sanctions "
        "over Russia's invasion of Ukraine, Moscow announced it was terminating both the visa-free "
        "exchanges and the simplified visits for former residents, and that it would not continue "
        "negotiations on a peace treaty.",
        "Nothing since has moved in her direction. Russia's deputy foreign minister, Andrei Rudenko, "
        "said last month that a resumption of the treaty dialogue was \"categorically impossible\" in "
        "the current situation, and officials at Nemuro city hall concede that they have no date, not "
        "even a rumour of one, to offer the roughly 1,600 former islanders who live in the area.",
        "\"I used to say 'next year, next year',\" Hatakeyama said. \"Now I just say 'when it happens'.\"",
        "Her daughter, Keiko, 63, belongs to a group of second-generation descendants who give talks in "
        "local schools, and says the map will eventually go to the city museum. \"Mother doesn't want "
        "it to be a memorial,\" she said. \"She wants it to be a guide, for whoever goes back.\"",
    ],
    comments=[("kushiro_reader", "My grandfather was from Shibotsu. He also drew maps. Thank you for this."),
              ("T. Ogawa", "Beautiful piece. The politics are hopeless but the people are not.")],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-06", feed="capeward-en", lang="en", published="2024-06-11T03:15:00Z",
    slug="yonaguni-evacuation-drill",
    title="On Japan's westernmost island, residents rehearse leaving home",
    summary="Hundreds of Yonaguni's 1,700 residents joined the largest evacuation drill yet on the "
            "island 110km from Taiwan, as Tokyo plans for a possible conflict in the strait.",
    label="off_topic",
    note="Look-alike: another Japanese border island (Yonaguni, Taiwan contingency); the Russian-held "
         "islands are mentioned only in passing.",
    byline="Harriet Moss in Yonaguni", topics="Japan · Taiwan · Asia-Pacific", ncomments=112,
    body=[
        "At eight o'clock on Sunday morning, the loudspeakers that usually announce typhoon warnings and "
        "school sports days on Yonaguni crackled with a different message: residents should make their "
        "way to Kubura port, one bag each, and bring any medicine they take every day.",
        "About 400 of the island's roughly 1,700 inhabitants took part in the exercise, the largest so "
        "far on an island that sits 110km off the east coast of Taiwan and is Japan's westernmost "
        "inhabited point. Officials timed how long it took to register evacuees, load them on to a "
        "chartered ferry and a Self-Defense Forces transport aircraft, and move them to Ishigaki, the "
        "first stop on a planned route to Kyushu.",
        "\"We are a border island. People here have always known that,\" said Kenichi Tamaki, 58, who runs "
        "a guesthouse near the port and carried a laminated list of his guests' names. \"What is new is "
        "that the government now says it out loud.\"",
        "The central government's plan envisages moving about 120,000 residents and tourists from the "
        "Sakishima islands within roughly six days should tensions over Taiwan turn into conflict. Local "
        "officials say the drill exposed familiar problems: too few ships, elderly residents who cannot "
        "climb gangways, and livestock nobody has a plan for.",
        "Not everyone took part. Some residents argue that rehearsals of this kind normalise the idea of "
        "war and that the money would be better spent on the island's clinic, which has one full-time "
        "doctor.",
        "Japan's other frontier islands, from Tsushima in the south-west to the Russian-held islands off "
        "Hokkaido that Tokyo calls the Northern Territories, face very different pressures. But officials "
        "on Yonaguni say no other place in Japan has to plan for the possibility of leaving altogether.",
        "\"If we all go, who looks after the family graves?\" asked an 80-year-old woman waiting on the "
        "quay with a cloth bundle. \"That is what my neighbours are asking. Not about the missiles.\"",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-08", feed="auklet-en", lang="en", published="2024-08-20T06:10:00Z",
    slug="japan-grave-visits-request",
    title="Japan presses Russia again on grave visits to disputed islands; Moscow silent",
    summary="Tokyo says it has again asked Moscow to let elderly former residents visit family graves "
            "on the Russian-held islands, but has had no answer and no trip is planned.",
    label="restatement",
    note="Requested move only (Japan 'asked', no reply, no visit scheduled); the termination of the "
         "1991/1999 trips and of peace talks and Rudenko's line are seed facts.",
    byline="Kenji Arakawa", credit="Reporting by Kenji Arakawa; Editing by Louise Harte",
    body=[
        "TOKYO, Aug 20 (Auklet) - Japan has again asked Russia to allow elderly former residents of four "
        "Russian-held islands off Hokkaido to visit family graves there, the government's top spokesman "
        "said on Tuesday, conceding that Moscow had not replied and that no visit was scheduled this year.",
        "\"We have once more conveyed through diplomatic channels our strong request that at least the "
        "grave visits be resumed, given the advanced age of the former islanders,\" the chief cabinet "
        "secretary told a regular news conference. \"We have not received a response from the Russian "
        "side.\"",
        "Asked whether a trip might still take place before the autumn weather sets in, he said he would "
        "\"refrain from speculating on the prospects.\"",
        "Visits by former residents, who were expelled by the Soviet Union after it seized the islands at "
        "the end of World War Two, were suspended during the pandemic. In March 2022 Moscow said it was "
        "terminating the 1991 visa-free exchange arrangement and the 1999 agreement on simplified trips "
        "for former residents, citing Japanese sanctions over Ukraine, and said it would not continue "
        "peace treaty negotiations with Tokyo.",
        "Russian Deputy Foreign Minister Andrei Rudenko said in February that resuming the treaty "
        "dialogue was \"categorically impossible\" under current conditions.",
        "The islands - called the Northern Territories in Japan and the Southern Kurils in Russia - have "
        "kept the two countries from signing a formal peace treaty since the war. Moscow says its "
        "sovereignty over them is not open to question.",
        "Fewer than 5,000 former residents are still alive, with an average age above 88, according to "
        "their association in Sapporo. \"Every summer we ask, and every summer we wait,\" a 90-year-old "
        "former resident of Kunashiri told a gathering in Nemuro on Sunday.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-11", feed="auklet-en", lang="en", published="2024-09-18T08:45:00Z",
    slug="russia-hands-japan-remains-kunashir",
    title="Russia hands Japan remains of 11 civilians unearthed on disputed Kunashir",
    summary="Russian officials handed over to a Japanese government team in the Sakhalin port of Korsakov "
            "the remains of 11 people believed to be Japanese residents of Kunashir who died in the 1940s.",
    label="new_development", group="g-remains-korsakov",
    new_facts=["Russia handed Japan, at Korsakov, the remains of 11 Japanese civilians found at a "
               "construction site in Yuzhno-Kurilsk - first repatriation of remains from the islands since 2022"],
    must_mention=[["remains"], ["korsakov", "handed", "handover", "hand over"]],
    note="Third report (wire, English) of the Korsakov handover first reported by laminaria-ru.",
    byline="Kenji Arakawa and Irina Dolgova",
    credit="Reporting by Kenji Arakawa in Tokyo and Irina Dolgova; Editing by Louise Harte",
    body=[
        "TOKYO, Sept 18 (Auklet) - Russia has handed over to Japan the remains of 11 people believed to be "
        "Japanese civilians who died on Kunashir, one of four Russian-held islands claimed by Tokyo, the "
        "first such transfer from the islands since relations collapsed over the war in Ukraine, officials "
        "from both countries said.",
        "The remains were found last year by construction workers digging the foundations of a new school "
        "in Yuzhno-Kurilsk, the island's main town, on a site that archive records show was the cemetery "
        "of the Japanese fishing village of Furukamappu before 1945.",
        "They were handed to a six-member team from Japan's Ministry of Health, Labour and Welfare at the "
        "port of Korsakov on Sakhalin on Monday, at a short ceremony attended by regional officials and "
        "Japan's consul general in Yuzhno-Sakhalinsk, according to the Sakhalin government and the "
        "Japanese ministry.",
        "\"This was agreed through diplomatic channels as a humanitarian matter,\" a health ministry "
        "official in Tokyo said, adding that the team would bring the remains to Japan via Vladivostok "
        "and that DNA testing would be offered to families of former residents who believe relatives "
        "were buried at Furukamappu.",
        "A spokesman for the Sakhalin regional government said the decision had been \"purely "
        "humanitarian\" and should not be read as a sign of a broader thaw.",
        "Moscow halted peace treaty talks in March 2022 in response to Japanese sanctions and terminated "
        "the visa-free exchanges and visits by former residents. Japanese teams have been unable to go to "
        "the islands to search for or recover remains since then.",
        "Many Japanese died on the islands between the Soviet occupation in August-September 1945 and the "
        "deportation of the remaining population in 1947-49, from disease, malnutrition and accidents. "
        "Most of their graves were left behind.",
        "\"I will never know if my grandmother is among them, but I want to believe someone has come "
        "home,\" said an 87-year-old former Furukamappu resident in Nemuro.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-13", feed="ternbay-review", lang="en", published="2024-11-12T07:00:00Z",
    slug="narva-bridge-waiting",
    title="In Narva, the bridge is open on foot only, and the town has learned to wait",
    summary="On the Estonian bank of a border river, a Russian-speaking town lives between two states "
            "that no longer talk to each other.",
    label="off_topic",
    note="Look-alike: another border town (Narva, Estonia-Russia); only a passing comparison with Nemuro.",
    byline="Maarja Lepik", kicker="Frontiers",
    body=[
        "At six in the morning the queue on the Narva side of the Friendship Bridge is mostly women with "
        "wheeled shopping bags and men carrying prescriptions. They cross on foot - cars have not been "
        "allowed through here for months - to Ivangorod, where a fortress faces Narva's castle across a "
        "river barely a hundred metres wide, and where medicines, cigarettes and dental work are cheaper.",
        "\"My mother lives there, my job is here,\" said Svetlana, 52, who asked that her surname not be "
        "used. She has an Estonian residence permit and a Russian passport, and crosses twice a week. "
        "\"Every time, I wonder whether this is the last time they will let me back.\"",
        "Narva is Estonia's third-largest town and about 95 per cent Russian-speaking. Since 2022 the "
        "Estonian government has tightened the border, shut crossings at night, ended Russian-language "
        "instruction in schools and stripped Russian citizens of the right to vote in local elections. "
        "Each step is argued over in Tallinn in terms of security; in Narva, it is counted in hours "
        "spent in queues.",
        "The town's young people leave for Tallinn or Helsinki. The old ones stay, and tend graves on "
        "both banks. At the Orthodox cemetery on the Narva side, a caretaker said some families have not "
        "visited since the crossing rules changed.",
        "Like other frontier towns from Finnish Karelia to Nemuro at the eastern tip of Hokkaido, Narva "
        "has learned to live with decisions taken far away. Its mayor says it has no choice. \"We are "
        "not a front line,\" he said. \"We are a town. We would just like to be treated like one.\"",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-14", feed="marten-en", lang="en", published="2024-12-10T02:30:00Z",
    slug="shikotan-boy-burns-sapporo",
    title="A burned boy, a patrol boat and a rare 'yes' from Moscow",
    summary="Seven-year-old Artyom Volkov is recovering in a Sapporo hospital, far from his village on "
            "Shikotan. How he got there has not happened in years.",
    label="new_development", group="g-burn-boy",
    new_facts=["Russia and Japan agreed by exchange of notes to a one-off humanitarian transfer of a "
               "badly burned boy from Shikotan to Sapporo via Nemuro - first medical case from the islands since 2022"],
    must_mention=[["burn"], ["sapporo"]],
    note="First report, human-interest lead; the news (one-off transfer agreed by notes, first since "
         "2022) is in the fifth paragraph. One-off exception: a new development, not a status change "
         "(the medical-aid programme stays ended).",
    byline="Aya Fujinami", kicker="People",
    caption="A nurse at Sapporo Medical University Hospital adjusts the toy trawler Artyom keeps by his bed.",
    body=[
        "SAPPORO — The nurses on the paediatric burns ward at Sapporo Medical University Hospital say "
        "Artyom Volkov makes two requests every morning: that somebody open the curtain so he can see "
        "the snow, and that nobody move the toy trawler on the shelf beside his bed.",
        "The seven-year-old from Malokurilskoye, the main village on Shikotan, was badly burned on Nov. "
        "24 when a diesel heater in his family's flat caught fire. The island's small hospital "
        "stabilised him, but its doctors said he needed skin grafts and specialist care they could not "
        "give. Storms had grounded flights out of the southern Kurils for most of that week, and the "
        "ferry to Korsakov on Sakhalin takes more than a day in good weather.",
        "\"They told us to wait for the weather,\" his mother, Olga, 31, said through an interpreter, "
        "sitting in the family room with a cup of tea she did not drink. \"I did not know if we had "
        "that much time.\"",
        "Nemuro, the nearest Japanese city, is about 75 kilometres from the village. For most of the "
        "past three decades, that proximity mattered: under the visa-free exchange framework, Japanese "
        "hospitals treated dozens of seriously ill patients from the islands. Russia ended that "
        "framework in March 2022, citing Tokyo's sanctions over Ukraine.",
        "What happened next had therefore not happened since. Sakhalin's regional health ministry "
        "contacted the Japanese consulate general in Yuzhno-Sakhalinsk, and on Dec. 5, after an exchange "
        "of diplomatic notes, the two governments agreed that Artyom and his mother would be carried by "
        "a Russian border guard vessel to a point off Cape Nosappu, transferred to a Japan Coast Guard "
        "patrol boat and brought into Nemuro, where a medical helicopter flew them to Sapporo.",
        "Japan's Foreign Ministry called the arrangement \"a humanitarian measure for this case only\" and "
        "said it did not mean the medical assistance programme was being restored. A Russian diplomat "
        "quoted by Sakhalin media described it as \"a one-time exception.\"",
        "Doctors say Artyom has had two operations and will stay at least six weeks. The family is not "
        "being charged; the costs are covered by the Hokkaido government and a fund run by former "
        "Japanese residents of the islands.",
        "One of them, Tatsuo Kudo, 86, who was born on Shikotan, visited the ward last week with a bag of "
        "picture books in Russian. He remembered a burned three-year-old from Sakhalin who was flown to "
        "Sapporo in 1990 and became, for a while, a symbol of a thaw. \"That was the start of something "
        "then,\" he said. \"I don't know what this is the start of. Maybe nothing. But he is a child "
        "from my island.\"",
    ],
    comments=[("Makiko S.", "Whatever the politics, this is what neighbours should do."),
              ("northcape", "Good to see. Pity it takes a child in danger for the two sides to pick up the phone.")],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-18", feed="capeward-en", lang="en", published="2025-02-07T05:30:00Z",
    slug="northern-territories-day-rally",
    title="Japan marks Northern Territories Day with vow to keep pressing Moscow",
    summary="Prime minister tells annual rally Tokyo's aim of resolving the island dispute and signing "
            "a peace treaty is unchanged, while former residents plead for at least grave visits.",
    label="restatement",
    note="Annual occasion piece: Japan's known position; Russia's 2022 halt of talks and of visa-free "
         "trips and Rudenko's 'categorically impossible' (seeds). No new step announced.",
    byline="Capeward Daily staff and agencies", topics="Japan · Russia · Asia-Pacific", ncomments=38,
    body=[
        "Japan's prime minister told the annual rally for the return of four Russian-held islands that "
        "Tokyo's policy of resolving the territorial dispute and concluding a peace treaty with Moscow "
        "\"remains unchanged\", even as relations between the two countries stay at their lowest point "
        "in decades.",
        "Northern Territories Day, marked every 7 February, commemorates the signing of the 1855 Treaty "
        "of Shimoda, which drew a border between Japan and Russia north of Iturup. The Soviet Union "
        "seized the four islands at the end of the second world war; Moscow says its sovereignty over "
        "them, which it calls the Southern Kurils, is beyond question.",
        "\"Japan-Russia relations are in a severe state, but the resumption of exchanges for former "
        "island residents, including grave visits, remains one of our top priorities,\" the prime "
        "minister told about 1,000 people in Tokyo.",
        "Russia said in March 2022 that it would not continue peace treaty talks with a country that had "
        "imposed sanctions over its invasion of Ukraine, and terminated the visa-free visits that had "
        "allowed former residents and other Japanese citizens to travel to the islands. Last February "
        "Russia's deputy foreign minister called a resumption of the dialogue \"categorically "
        "impossible\".",
        "No new initiative was announced at the rally, which adopted its customary appeal calling on "
        "Russia to return the islands. A former resident of Shikotan, 89, told the audience she had "
        "stopped hoping for the islands themselves. \"I am only asking to stand at my parents' grave "
        "once more,\" she said.",
        "The Russian embassy in Tokyo said in a statement on its social media channels that the islands "
        "were Russian territory under international agreements concluded after the war.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-20", feed="ternbay-review", lang="en", published="2025-03-04T09:00:00Z",
    slug="falklands-young-leave-return",
    title="Forty-three years after the war, the Falklands' young are leaving, and some are coming back",
    summary="A disputed archipelago of 3,600 people weighs squid money, a long flight to anywhere and "
            "an Argentine claim that never goes away.",
    label="off_topic",
    note="Look-alike: another island dispute (Falklands/Malvinas); nothing about Japan or the Kurils.",
    byline="Owen Pritchard", kicker="Frontiers",
    body=[
        "The departure board at Mount Pleasant lists one regular route to the outside world, and most "
        "teenagers in Stanley can recite its timings. At 16 they leave to study in Britain; the "
        "question the islands have asked themselves for a generation is how many come home.",
        "More than before, says Lucy Berntsen, 29, who trained as a marine biologist in Plymouth and now "
        "monitors the squid stocks whose licence fees pay for most of the government's budget. \"When I "
        "was a kid, coming back was what you did if things went wrong,\" she said. \"Now there are jobs, "
        "if you don't mind the wind.\"",
        "The archipelago's 3,600 people live with a sovereignty dispute that Argentina pursues in every "
        "international forum it can find. Buenos Aires calls the islands the Malvinas; islanders voted "
        "almost unanimously in 2013 to remain a British overseas territory. Flights via Chile, the "
        "islands' only link to South America, are a constant worry.",
        "Islanders say the dispute shapes ordinary things - which fishing boats can land catch, where "
        "the one weekly plane can stop, which relatives can visit without paperwork. Older residents "
        "remember 1982 as the year their front gardens became a battlefield. The young mostly talk "
        "about housing.",
        "\"It is a frontier, and frontiers are tiring,\" Berntsen said. \"But it is home, and I would "
        "rather be tired here.\"",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-22", feed="marten-en", lang="en", published="2025-04-22T01:00:00Z",
    slug="nemuro-curator-suitcase",
    title="The curator who keeps a suitcase ready for islands she cannot reach",
    summary="Until 2019 a Nemuro museum curator travelled to Kunashir to work with Russian colleagues. "
            "She still hopes to go back next year, though no one can tell her how.",
    label="restatement",
    note="Hoped-for move only ('hope to return next year'); no trip planned; visa-free exchanges "
         "terminated in 2022 (seed). No new fact.",
    byline="Daniel Okafor", kicker="People",
    caption="Yuko Sasaki with the survey kit she packed for her last trip to Yuzhno-Kurilsk.",
    body=[
        "NEMURO — In a cupboard at the Nemuro City Museum of History and Nature there is a small grey "
        "suitcase that has not been opened since the autumn of 2019. Inside: acid-free tissue paper, a "
        "roll of survey tape, two pairs of cotton gloves, a Russian-Japanese dictionary with a broken "
        "spine and a packet of green tea, \"for the director over there,\" as the curator, Yuko Sasaki, "
        "puts it.",
        "Sasaki, 47, took part in seven so-called specialist exchanges with the local history museum in "
        "Yuzhno-Kurilsk, on Kunashir, before the pandemic. The two museums catalogued Japanese-era "
        "objects together - lacquer bowls, fishing floats, a school bell - and planned a joint "
        "exhibition that never opened.",
        "The exchanges ran under the visa-free framework that allowed Japanese specialists, former "
        "residents and journalists to visit the islands without Russian visas. Moscow terminated it in "
        "March 2022 in response to Japan's sanctions over Ukraine, along with the peace treaty talks.",
        "Her Russian counterparts still send her messages on New Year's Day and on her birthday. Nobody "
        "talks about the exhibition any more. \"We hope we can go back next year,\" she said, and then "
        "laughed, because she has said the same sentence every spring for five years. \"I keep saying "
        "it. It is a kind of habit now.\"",
        "City officials say they have no indication from either government that specialist visits "
        "could restart. The suitcase stays packed. \"If they call, I can leave the same afternoon,\" "
        "Sasaki said.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-24", feed="auklet-en", lang="en", published="2025-05-13T09:30:00Z",
    slug="japan-russia-coastguard-rescue-memorandum",
    title="Japan, Russia maritime agencies agree search-and-rescue access around disputed islands",
    summary="Japan's coast guard and Russia's border service signed a memorandum letting each side's "
            "ships and aircraft enter waters around the Russian-held islands to rescue people after "
            "notice by radio.",
    label="new_development", group="g-sar-memo",
    new_facts=["Japan Coast Guard and the FSB Sakhalin border directorate signed a search-and-rescue "
               "memorandum: patrol ships may enter waters around the islands after radio notice, without diplomatic notes"],
    must_mention=[["rescue"], ["memorandum"]],
    note="Second report (English wire) of the SAR memorandum first reported by rausukaze-ja.",
    byline="Kenji Arakawa", credit="Reporting by Kenji Arakawa; Editing by Peter Vance",
    body=[
        "TOKYO, May 13 (Auklet) - Japan's coast guard and Russia's border service have signed a memorandum "
        "allowing each side's patrol ships and aircraft to enter waters around Russian-held islands off "
        "Hokkaido to rescue people in distress after notifying the other side by radio, without going "
        "through diplomatic channels, Japanese officials said on Tuesday.",
        "The document was signed on Monday in Yuzhno-Sakhalinsk by the Hokkaido regional headquarters of "
        "the Japan Coast Guard and the Sakhalin border directorate of Russia's Federal Security Service "
        "(FSB). It covers the Nemuro Strait and the waters around the four islands known in Japan as the "
        "Northern Territories and in Russia as the Southern Kurils.",
        "Until now, Japanese patrol boats had to obtain Russia's consent through diplomatic notes before "
        "searching waters under Russian control, a process fishermen in Nemuro and Rausu say has cost "
        "hours after accidents.",
        "\"Saving lives comes first,\" a coast guard official said, speaking on condition of anonymity. "
        "The memorandum states that it does not prejudice either side's legal position on the islands, "
        "the official added.",
        "Sakhalin media quoted the Russian border directorate as saying the document \"serves the safety "
        "of navigation and fishing\" and is purely humanitarian.",
        "It is one of very few written agreements between Japanese and Russian government agencies since "
        "Moscow halted peace treaty negotiations and terminated visa-free travel to the islands in 2022 "
        "in response to Japanese sanctions over Ukraine.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-27", feed="ternbay-review", lang="en", published="2025-06-10T06:00:00Z",
    slug="rausu-skipper-median-line",
    title="Where the median line runs through the kitchen: a Rausu skipper's season",
    summary="Kunashir is 25 kilometres from Masaru Ogawa's front door. The line down the middle of the "
            "strait decides where he fishes, and what he tells his son.",
    label="restatement",
    note="Feature; mentions the May 2025 SAR memorandum (already alerted, g-sar-memo) and the 2022 "
         "freeze as background; the skipper's hopes are not a move. No new fact.",
    byline="Hana Morley", kicker="Dispatches",
    body=[
        "On a clear morning, from the window above Masaru Ogawa's kitchen sink, you can count the houses "
        "on the far shore. That is Kunashir, 25 kilometres across the Nemuro Strait, administered by "
        "Russia since 1945 and claimed by Japan, and the sight has been part of the Ogawa family's "
        "breakfast for three generations.",
        "Ogawa, 56, skippers a 19-tonne boat out of Rausu, on the Shiretoko peninsula, fishing for "
        "pollock in winter and for whatever pays in summer. The most important thing on his bridge is "
        "not the sonar but a dotted line on the plotter: the median line of the strait, beyond which "
        "Russian border guards may board, seize or fine.",
        "\"My father crossed it by accident in fog in 1977 and spent four months in Yuzhno-Kurilsk,\" he "
        "said. \"Everybody here has a story like that.\"",
        "Last month, Japan's coast guard and Russia's border service signed a memorandum letting their "
        "patrol boats cross into each other's claimed waters to rescue people after a radio call. Ogawa "
        "welcomes it, cautiously. \"A paper is a paper,\" he said. \"We will see what it is worth on a "
        "night with a four-metre swell.\"",
        "Nothing else has changed for him. The talks between Tokyo and Moscow that once promised to "
        "settle the islands' future broke down in 2022, and the visa-free exchanges that brought "
        "islanders to Rausu for festivals ended with them.",
        "His son, 24, works on the boat. Ogawa says he hopes that one day the young man will be able to "
        "fish the strait without checking the plotter every ten minutes. \"Maybe in his time,\" he said. "
        "\"Not in mine.\"",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-29", feed="auklet-en", lang="en", published="2025-07-01T11:05:00Z",
    slug="russia-restores-former-islanders-visits",
    title="Russia to restore simplified visits for former Japanese islanders, in limited form",
    summary="Moscow will again receive former Japanese residents of Kunashir and Shikotan under a 1999 "
            "arrangement it scrapped in 2022, limited to two groups a year.",
    label="status_change", group="g-visits-restored",
    new_facts=["Russia restores, in limited trial form (Kunashir and Shikotan only, two groups a year of "
               "up to 40), the 1999 simplified visits for former Japanese residents that it terminated in March 2022"],
    must_mention=[["former"], ["visit", "trip"], ["resum", "restor"]],
    note="Second report (English wire) of the status change first reported by kukhtyl-ru. Seeds: the "
         "1999 arrangement was terminated in March 2022 -> now restored in part.",
    byline="Irina Dolgova and Kenji Arakawa",
    credit="Reporting by Irina Dolgova in Moscow and Kenji Arakawa in Tokyo; Editing by Peter Vance",
    body=[
        "MOSCOW/TOKYO, July 1 (Auklet) - Russia will again allow former Japanese residents of two "
        "Russian-held islands off Hokkaido to visit their birthplaces under a simplified procedure it "
        "scrapped in 2022, but only in a restricted format, the Russian Foreign Ministry said on Tuesday.",
        "In a note handed to the Japanese embassy in Moscow, the ministry said it was ready to receive "
        "groups of former residents of Kunashir and Shikotan under the 1999 arrangement on simplified "
        "trips from August, up to two groups a year of no more than 40 people each, with each former "
        "resident allowed one accompanying family member. Iturup and the small Habomai islets are "
        "excluded.",
        "\"Guided by humanitarian considerations and taking into account the advanced age of these "
        "people, the Russian side has decided to resume, on a trial basis, the mechanism of simplified "
        "trips,\" the ministry said in a statement. The 1991 visa-free exchange programme for other "
        "Japanese citizens remains terminated, it said.",
        "Japan's Foreign Ministry confirmed it had received the note and said it was studying the "
        "details. Government sources said a first group could sail in late August on the Etopirika, "
        "the ship used for the visits before the pandemic.",
        "Moscow announced in March 2022 that it was ending both travel arrangements and pulling out of "
        "peace treaty negotiations in response to Tokyo's sanctions over Ukraine. The ministry's "
        "statement on Tuesday made no mention of the treaty talks.",
        "About 5,000 former residents are still alive, with an average age close to 89.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-31", feed="capeward-en", lang="en", published="2025-07-03T04:00:00Z",
    slug="tokyo-welcomes-islanders-visits",
    title="Tokyo welcomes Russian move on former islanders' visits, says wider exchanges stay frozen",
    summary="Japan called Moscow's decision to let former residents return to two of the disputed islands "
            "'a step in the right direction' and began preparing the first trip.",
    label="status_change", group="g-visits-restored",
    new_facts=["Russia restores, in limited form, the simplified visits of former Japanese residents to Kunashir and Shikotan"],
    must_mention=[["former"], ["visit"], ["resum", "restor", "return"]],
    note="Follow-up in the same group: Japan's reaction and preparations; no new fact beyond the restoration.",
    byline="Harriet Moss", topics="Japan · Russia · Asia-Pacific", ncomments=21,
    body=[
        "Japan has welcomed Russia's decision to allow former residents of two Russian-held islands off "
        "Hokkaido to visit their birthplaces again, calling it \"a step in the right direction\" while "
        "stressing that much broader exchanges remain frozen.",
        "Russia told Japan in a diplomatic note on Tuesday that it would resume, on a trial basis and "
        "for Kunashir and Shikotan only, a 1999 arrangement under which former residents travel without "
        "passports or visas. Moscow had scrapped the arrangement, together with the visa-free exchanges "
        "and peace treaty talks, in 2022.",
        "\"We welcome the decision from a humanitarian standpoint and will make preparations so that the "
        "elderly former islanders can travel safely,\" Japan's chief cabinet secretary said on Wednesday. "
        "He said the government would keep asking Russia to restore grave visits and the wider "
        "exchange programme.",
        "Officials in Nemuro, the Hokkaido city closest to the islands, said about 120 former residents "
        "had already called to ask about places on the first trip, expected in late August.",
        "\"I have a list of my neighbours' graves in my head,\" said one, a 91-year-old born on Kunashir. "
        "\"I will go for all of them.\"",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-33", feed="marten-en", lang="en", published="2025-08-26T03:00:00Z",
    slug="former-islanders-ashore-kunashir",
    title="'I found the well': former islanders step ashore on Kunashir for the first time in six years",
    summary="Thirty-eight former residents and relatives landed in Yuzhno-Kurilsk on the first trip "
            "under the visits Russia restored in July.",
    label="neutral",
    note="Borderline: the first trip actually taking place under the restoration already alerted "
         "(g-visits-restored); arguably its implementation rather than a new development.",
    byline="Aya Fujinami", kicker="Northern Territories",
    caption="Former residents lay flowers at the site of the old Furukamappu cemetery on Kunashir.",
    body=[
        "YUZHNO-KURILSK, Kunashir — Sumiko Oyama, 88, walked past the new school, past a row of "
        "five-storey apartment blocks and a shuttered cafe, and stopped at a patch of nettles behind a "
        "fence. \"Here,\" she said. \"This was our well. My mother drew water here every morning.\"",
        "Oyama was one of 38 former residents and family members who landed on Kunashir on Monday on the "
        "Etopirika, the first group to visit since Russia said in July that it would again receive "
        "former residents of Kunashir and Shikotan on a trial basis. Their last such trip was in 2019.",
        "The group was met by Russian border officials and local administration staff, who accompanied "
        "them during the three-day stay. Visits to the former Japanese cemetery and to two village sites "
        "were allowed; photography near the port was not.",
        "Several participants said the town had changed beyond recognition since their last visit, "
        "with new housing, a sports centre and a paved road along the shore. Some Russian residents "
        "came out to watch; one woman brought a plate of pirozhki to the group's bus.",
        "A second trip, to Shikotan, is planned for September. Former residents of Iturup and the "
        "Habomai islets, who are excluded from the arrangement, held a small meeting in Nemuro to ask "
        "the government to keep pressing for their inclusion.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-36", feed="capeward-en", lang="en", published="2025-12-09T08:20:00Z",
    slug="japan-sakhalin2-lng-cargoes",
    title="Japanese buyers line up more Sakhalin-2 LNG cargoes as US waiver is extended",
    summary="Utilities in Japan secured further deliveries from the Russian Far East project after "
            "Washington again extended a licence covering transactions with it.",
    label="off_topic",
    note="Look-alike: Japan-Russia energy news (Sakhalin-2), unrelated to the islands or the treaty.",
    byline="Tom Reyes, energy correspondent", topics="Energy · Japan · Russia", ncomments=9,
    body=[
        "Japanese utilities have lined up further cargoes of liquefied natural gas from Russia's "
        "Sakhalin-2 project for next year after the United States extended a licence that allows "
        "transactions with the venture to continue, according to people familiar with the purchases.",
        "Sakhalin-2, in the Sea of Okhotsk north of Hokkaido, has supplied roughly 8-9 per cent of "
        "Japan's LNG imports in recent years. Tokyo has argued since 2022 that walking away from it "
        "would hand the gas to other buyers and raise prices for Japanese households.",
        "Two Japanese trading houses retain minority stakes in the project after Moscow transferred it "
        "to a new Russian operator in 2022. A spokesman for the industry ministry said Japan's approach "
        "was unchanged and that the government would \"continue to reduce dependence on Russian energy "
        "over time while ensuring a stable supply\".",
        "Critics in Europe say the purchases undermine sanctions. Analysts in Tokyo say Japan's room for "
        "manoeuvre is limited by its nuclear restart programme, which is behind schedule, and by winter "
        "demand peaks.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-41", feed="marten-en", lang="en", published="2026-05-20T02:10:00Z",
    slug="russia-trims-kaigara-kelp-grounds",
    title="Russia trims the kelp grounds open to Nemuro harvesters off Kaigara islet",
    summary="Nemuro's kelp fishermen can go out on June 1, but about a third of the waters they have "
            "worked since 1981 will be closed to them this season.",
    label="new_development", group="g-kelp-area",
    new_facts=["Russia cut about 30% of the Kaigara (Signalny) kelp grounds open to Nemuro fishermen, "
               "the area nearest Suisho island, citing border security - first reduction since 1981; fee raised ~10%"],
    must_mention=[["kelp"], ["shrink", "smaller", "cut", "trim", "reduc", "closed"]],
    note="Second report (English) of the kelp-area reduction first reported by rausukaze-ja.",
    byline="Daniel Okafor", kicker="Sea & Fisheries",
    caption="Kelp boats at Habomai port, Nemuro, ahead of the season.",
    body=[
        "NEMURO — Fishermen from the Habomai cooperative will be able to harvest kelp around Kaigara "
        "islet this summer, but on a smaller patch of sea: Russia has cut about 30 per cent of the grounds "
        "open to them, closing the area nearest Suisho island, the Hokkaido Fisheries Association said "
        "on Monday.",
        "The kelp harvest off Kaigara, a rock with a lighthouse just 3.7 kilometres off Cape Nosappu that "
        "Russia calls Signalny island, has run since 1981 under a private agreement between the "
        "association and the Russian side. Japanese boats pay a fee and are allowed to work in waters "
        "Russia controls, without either government conceding anything about sovereignty.",
        "According to the association, Russian negotiators cited \"border security requirements\" for "
        "the closure, the first time the harvesting area has been reduced. The fee was also raised by "
        "around 10 per cent. The season will run from June 1 to Sept. 30.",
        "The closed waters are shallow and among the most productive. \"These are the grounds where the "
        "best kelp grows,\" said a 62-year-old cooperative member. \"We are grateful to be going out at "
        "all, but our catch could fall by a fifth.\"",
        "The talks had been late to start this year, with Russia taking weeks to reply to requests for "
        "a negotiating date.",
    ],
    comments=[("habomai_son", "My dad says the Suisho side was always the best kombu. Hard year ahead.")],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-43", feed="auklet-en", lang="en", published="2026-06-16T05:40:00Z",
    slug="japan-doctors-kunashir-if-moscow-agrees",
    title="Japan would send doctors to Russian-held islands if Moscow agreed, minister says",
    summary="Tokyo is prepared to dispatch a medical team to Kunashir and Shikotan should Russia accept, "
            "the minister in charge of the Northern Territories said, but no such request has been answered.",
    label="restatement",
    note="Conditional offer ('would ... if Moscow agreed'), no decision by Russia; the 2024 one-off "
         "transfer (g-burn-boy) and the 2022 termination are known.",
    byline="Kenji Arakawa", credit="Reporting by Kenji Arakawa; Editing by Louise Harte",
    body=[
        "TOKYO, June 16 (Auklet) - Japan would be ready to send a team of doctors and nurses to two "
        "Russian-held islands off Hokkaido if Moscow agreed, the minister responsible for Northern "
        "Territories affairs told a parliamentary committee on Tuesday.",
        "\"Should the Russian side agree, we are prepared to dispatch a medical team at short notice, "
        "for the sake of the people living on the islands,\" the minister said, in response to a "
        "question from a lawmaker representing eastern Hokkaido.",
        "He said Japan had raised the idea with Russia \"on several occasions\" but had not received a "
        "positive answer, and declined to say when the most recent approach was made.",
        "Japanese medical teams and the treatment of island patients in Hokkaido hospitals were part of "
        "the visa-free exchange framework that Russia terminated in March 2022. Since then, the only "
        "medical case handled across the strait was a burned boy from Shikotan who was brought to "
        "Sapporo in December 2024 under what both governments called a one-off arrangement.",
        "Russia has said the islanders' health care is a matter for Russian authorities. Sakhalin "
        "officials point to a new hospital under construction in Yuzhno-Kurilsk.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-45", feed="auklet-en", lang="en", published="2026-09-08T06:20:00Z",
    slug="russia-suspends-former-islanders-visits-again",
    title="Russia suspends former islanders' visits again, calls off September trip",
    summary="Moscow has suspended the limited visits by former Japanese residents to Kunashir and "
            "Shikotan that it restored last year, citing Tokyo's refusal to issue visas to a Sakhalin delegation.",
    label="status_change", group="g-visits-suspended",
    new_facts=["Russia suspends 'until further notice' the former residents' visits to Kunashir and "
               "Shikotan it restored in July 2025; the Sept. 24 trip to Shikotan is cancelled"],
    must_mention=[["suspend", "halt"], ["former"]],
    note="First report of the reversal (restored in 2025 -> suspended again). Status moves back down.",
    byline="Irina Dolgova", credit="Reporting by Irina Dolgova; additional reporting by Kenji Arakawa in Tokyo; Editing by Peter Vance",
    body=[
        "MOSCOW, Sept 8 (Auklet) - Russia has suspended the limited visits by former Japanese residents to "
        "two Russian-held islands that it restored last year, scrapping a trip to Shikotan planned for "
        "later this month, the Russian Foreign Ministry said on Tuesday.",
        "The ministry said the \"trial\" resumption of simplified trips to Kunashir and Shikotan under a "
        "1999 arrangement was suspended \"until further notice\" in response to Tokyo's refusal to issue "
        "visas to a delegation from the Sakhalin regional government that had been invited to a trade "
        "fair in Sapporo.",
        "\"Humanitarian gestures cannot be a one-way street,\" the ministry said in a statement. "
        "\"Responsibility for this decision lies entirely with the Japanese side.\"",
        "Japan's Foreign Ministry called the move \"extremely regrettable\" and said it had lodged a "
        "protest. A group of 36 former residents and relatives had been due to sail from Nemuro for "
        "Shikotan on Sept. 24.",
        "Russia restored the visits in July 2025, three years after terminating them together with the "
        "visa-free exchange programme and peace treaty talks over Tokyo's sanctions. Two trips took "
        "place last year and one in June.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-48", feed="ternbay-review", lang="en", published="2026-09-11T05:00:00Z",
    slug="shikotan-siblings-trip-called-off",
    title="The bags were packed: a brother and sister from Shikotan, and the trip that was called off",
    summary="Kazuo and Fumie Ishii had waited eighty years to see their village together. Then a note "
            "arrived from Moscow.",
    label="status_change", group="g-visits-suspended",
    new_facts=["Russia suspended the restored former-residents' visits; the September trip to Shikotan was cancelled"],
    must_mention=[["suspend", "called off", "halt"], ["former", "shikotan"]],
    note="Human-interest follow-up in the same group; the suspension (already reported) appears in "
         "the fourth paragraph. No new fact.",
    byline="Hana Morley", kicker="Dispatches",
    body=[
        "The two bags stood by the front door of Fumie Ishii's flat in Nemuro for a week: hers, with a "
        "cardigan, a folding stool and a bundle of incense; her brother's, with a thermos, a camera he "
        "no longer knows how to use and a photograph of their parents taken outside their house in "
        "Notoro, on Shikotan, in the summer of 1944.",
        "Kazuo Ishii is 88; Fumie is 85. They were children when their family was deported from the "
        "island in 1947, and in the eight decades since they have never been back at the same time. He "
        "went in 2016, she in 2018, each on a different boat, each bringing home a handful of pebbles "
        "for the other.",
        "This year was going to be different. Their names were on the list for the trip to Shikotan on "
        "Sept. 24, the fourth under the limited visits that Russia restored last summer.",
        "On Tuesday, Moscow suspended the visits again, citing Japan's refusal to issue visas to a "
        "Sakhalin delegation. The trip was called off the same evening. Fumie heard it from a neighbour "
        "before the city office called.",
        "\"I am not angry with anyone,\" she said, sitting with her brother at a table covered with "
        "photographs. \"They have their politics. We only have our village. I just wish the two did not "
        "meet so often.\"",
        "Kazuo said he would unpack the thermos. The photograph will stay in the bag.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-49", feed="marten-en", lang="en", published="2026-09-24T04:30:00Z",
    slug="governor-urges-moscow-reverse-visits-halt",
    title="Hokkaido governor urges Moscow to reverse halt to islanders' visits",
    summary="Hokkaido's governor called on Russia to reconsider its suspension of former residents' "
            "trips and asked Tokyo to keep pressing, on the day the cancelled Shikotan trip was due to sail.",
    label="restatement",
    note="Request only ('urges ... to reverse'); the suspension itself was alerted in g-visits-suspended. No new fact.",
    byline="Marten staff", kicker="Northern Territories",
    body=[
        "SAPPORO — Hokkaido's governor issued a statement on Thursday urging Russia to reconsider its "
        "decision to suspend visits by former residents to Kunashir and Shikotan, on the day a group of "
        "36 was to have sailed from Nemuro.",
        "\"I strongly call on the Russian side to reconsider its decision from a humanitarian standpoint "
        "and to allow the elderly former islanders to visit their hometowns as soon as possible,\" the "
        "statement said. The governor also asked the national government to continue its \"persistent "
        "approaches\" to Moscow.",
        "Russia suspended the visits earlier this month, a little over a year after restoring them on a "
        "limited basis, citing Japan's refusal of visas for a Sakhalin regional delegation. Tokyo has "
        "protested.",
        "There has been no response from Moscow. In Nemuro, a handful of former residents gathered at "
        "the pier where the Etopirika was to have departed and laid flowers facing the sea.",
        "\"We are not asking for anything political,\" said one of them, an 87-year-old born on Shikotan. "
        "\"We were ready to go. Our bags were packed. Now we wait again, as we always have.\"",
        "The Hokkaido government said it would send officials to Tokyo next month to discuss support for "
        "former residents, including online events linking them with their birthplaces.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-50", feed="ternbay-review", lang="en", published="2026-10-19T03:00:00Z",
    slug="seventy-years-1956-declaration",
    title="Seventy years on, the 1956 declaration still marks the limits of the possible",
    summary="The Soviet-Japanese Joint Declaration ended the state of war and promised two islands after "
            "a peace treaty. Seven decades later there is no treaty, and no talks.",
    label="restatement",
    note="Anniversary/background piece: 1956 declaration, 2018 acceleration, 2022 halt, Rudenko 2024 (seeds 000, 003, 004).",
    byline="Owen Pritchard", kicker="Long reads",
    body=[
        "On 19 October 1956, in the Kremlin, Ichiro Hatoyama and Nikolai Bulganin signed a document that "
        "ended the state of war between Japan and the Soviet Union, restored diplomatic relations and "
        "opened the way for Japan to join the United Nations. It also contained a sentence that has "
        "shaped every conversation between the two countries since: the Soviet Union agreed to hand "
        "over the Habomai islets and Shikotan - after a peace treaty was concluded.",
        "Seventy years later, there is no peace treaty. Moscow insists its sovereignty over the southern "
        "Kurils, which became part of the Soviet Union after the war, is beyond dispute. Tokyo claims "
        "all four islands, citing an 1855 treaty.",
        "The declaration had its moments of revival. In 2018 the two leaders agreed in Singapore to "
        "accelerate negotiations on the basis of the 1956 document, and for a while officials on both "
        "sides spoke of a two-island deal. It came to nothing. In March 2022, after Japan joined "
        "sanctions over the invasion of Ukraine, Russia announced it would not continue treaty talks, "
        "pulled out of the dialogue on joint economic activity on the islands and ended visa-free "
        "travel. In February 2024 its deputy foreign minister called a resumption \"categorically "
        "impossible.\"",
        "For the people living on either side of the Nemuro Strait, the anniversary passes quietly. The "
        "limited visits by former residents that Russia allowed last year were suspended again last "
        "month. On Shikotan, the island the declaration promised to return, a new fish plant and a "
        "school have been built. In Nemuro, the former residents' association held a small meeting and "
        "read out the text of the declaration, as it does every year.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-52", feed="capeward-en", lang="en", published="2027-02-07T06:00:00Z",
    slug="japan-renews-call-islands-visits-suspended",
    title="Japan renews call for islands' return as former residents' visits stay suspended",
    summary="At the annual Northern Territories Day rally, Tokyo repeated its aim of a peace treaty while "
            "former islanders asked for the visits Russia halted in September to be restored.",
    label="restatement",
    note="Annual occasion piece restating positions; the September 2026 suspension (alerted) is background. No new fact.",
    byline="Capeward Daily staff and agencies", topics="Japan · Russia", ncomments=17,
    body=[
        "Japan's government repeated its call for the return of four Russian-held islands at the annual "
        "Northern Territories Day rally in Tokyo on Sunday, with the prime minister saying Japan would "
        "\"persistently\" seek a resolution of the dispute and a peace treaty.",
        "The mood among the former residents in the hall was sombre. Russia restored limited visits for "
        "them to Kunashir and Shikotan in 2025 but suspended them again in September, citing a visa "
        "dispute with Hokkaido. There has been no sign since then that the trips could resume this "
        "summer.",
        "\"Our average age is almost 90. Every season that passes is one fewer for some of us,\" a "
        "representative of the former islanders' association told the rally, calling on both "
        "governments to \"separate humanitarian matters from politics.\"",
        "Russia has said since 2022 that it will not negotiate a peace treaty with a country that imposes "
        "sanctions on it, and that its sovereignty over the islands is not open to discussion.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-53", feed="marten-en", lang="en", published="2027-03-16T02:00:00Z",
    slug="no-nemuro-ferry-sakhalin-says",
    title="No Nemuro ferry on the table, Sakhalin says, as islanders ask for a shorter road to a doctor",
    summary="Residents of Yuzhno-Kurilsk petitioned for a passenger link to Nemuro, 70km away. "
            "Officials in Yuzhno-Sakhalinsk said the idea was not under consideration.",
    label="restatement",
    note="Negated move in reported speech: a ferry link 'was not under consideration'; nothing decided.",
    byline="Daniel Okafor", kicker="East Hokkaido",
    body=[
        "NEMURO — More than 600 residents of Yuzhno-Kurilsk, the main town on Kunashir, have signed a "
        "petition asking Sakhalin's regional government to open a passenger boat service to Nemuro, "
        "roughly 70 kilometres away, for medical visits, according to a copy of the document published "
        "by a local Russian news site.",
        "The petition says patients from the island must travel more than 400 kilometres to "
        "Yuzhno-Sakhalinsk for specialist care, often waiting days for flights or a ferry in winter.",
        "Officials at Sakhalin's transport ministry said in a written reply, quoted by the same site, that "
        "a route to Japan was not under consideration \"in the current circumstances\", and that the "
        "region's priority was more flights and a new hospital on the island.",
        "Japan's Foreign Ministry said it had received no proposal, and that any arrangement touching the "
        "islands would have to be consistent with Japan's legal position.",
        "In Nemuro, the idea drew sympathy but little expectation. \"Islanders used to come here for "
        "check-ups and shopping under the exchanges,\" said a city official. \"That ended in 2022. "
        "Nobody here has heard anything that suggests it will come back.\"",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-57", feed="auklet-en", lang="en", published="2027-05-19T07:30:00Z",
    slug="japan-exception-kunashir-trawler-nemuro",
    title="Japan makes one-off exception to let island-based Russian trawler into Nemuro port",
    summary="Tokyo allowed a Kunashir-based trawler to dock at Hanasaki port to land two injured "
            "sailors, waiving for a single case its 2024 ban on vessels linked to the islands.",
    label="new_development", group="g-hanasaki-exception",
    new_facts=["Japan let the Kunashir-based trawler Kapitan Vetrov into Hanasaki (Nemuro) to land two "
               "injured crew, a one-off humanitarian exception to its port ban on island-based vessels"],
    must_mention=[["hanasaki", "nemuro"], ["exception"]],
    note="Third report (English wire) of the one-off exception first reported by kukhtyl-ru. "
         "'Held once' state: the ban itself stays in force.",
    byline="Kenji Arakawa", credit="Reporting by Kenji Arakawa; Editing by Louise Harte",
    body=[
        "TOKYO, May 19 (Auklet) - Japan allowed a Russian trawler based on Kunashir, one of four islands "
        "claimed by Tokyo, to enter a port in Nemuro on Tuesday to land two crew members injured in an "
        "engine-room fire, waiving for a single case a ban on port calls by vessels linked to the "
        "islands.",
        "The Kapitan Vetrov, operated by a company registered in Yuzhno-Kurilsk, docked at Hanasaki port "
        "on Tuesday afternoon, and the two sailors, one with burns and one with a broken leg, were taken "
        "to Nemuro City Hospital, Japanese officials said. The vessel left port the same evening.",
        "\"This is a one-off exception made on humanitarian grounds,\" the chief cabinet secretary told "
        "reporters on Tuesday evening. \"It does not change our policy.\"",
        "Japan has barred Russian vessels operated by companies based on the islands from its ports since "
        "July 2024, as part of measures against what it calls Russia's illegal occupation of the "
        "territories.",
        "The request was made by the Russian consulate general in Sapporo early on Tuesday and approved "
        "within hours, a Foreign Ministry official said. Russian media said the ship had been about 40 "
        "kilometres from Nemuro when the fire broke out, and more than 20 hours from the nearest Russian "
        "hospital with a surgical unit.",
    ],
),
# ---------------------------------------------------------------------------------------------
dict(
    id="b56-58", feed="capeward-en", lang="en", published="2027-07-06T05:10:00Z",
    slug="former-islanders-ask-one-summer-visit",
    title="Former islanders ask Tokyo and Moscow for 'at least one' visit this summer",
    summary="With trips to the Russian-held islands suspended since last September, the former "
            "residents' association petitioned both governments for a single summer visit.",
    label="restatement",
    note="Request/hope only; the visits remain suspended (g-visits-suspended). No new fact.",
    byline="Harriet Moss", topics="Japan · Russia", ncomments=6,
    body=[
        "The association of former Japanese residents of four Russian-held islands off Hokkaido has asked "
        "the Japanese and Russian governments to allow \"at least one\" visit this summer, saying time is "
        "running out for members whose average age is now over 89.",
        "In a letter handed to Japan's Foreign Ministry and sent to the Russian embassy in Tokyo, the "
        "association said its members \"do not ask for politics to change, only for a few days at our "
        "parents' graves.\"",
        "Russia suspended the former residents' visits to Kunashir and Shikotan last September, a year "
        "after restoring them in a limited form. Japan's government said it was \"continuing to make "
        "approaches\" but gave no indication that a trip was likely.",
        "\"If the answer is yes in August, we can be ready in a week,\" said the association's director in "
        "Nemuro. \"If it is no, we will ask again next year. That is what we have always done.\"",
    ],
),
]
