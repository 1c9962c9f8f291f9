"""English-language articles of corpus blind18 (all outlets and events are invented)."""

ARTICLES = [
# ---------------------------------------------------------------- 2024
dict(
    key="zakharova-no-subject", feed="tidemark-en", lang="en", published="2024-03-06T14:20:00Z",
    title="'No subject for discussion': Moscow brushes off Tokyo's peace treaty remarks",
    summary="Foreign Ministry spokeswoman Maria Zakharova said there was nothing to discuss with Japan on a peace treaty while Tokyo keeps its sanctions, responding to Prime Minister Fumio Kishida's comments in parliament.",
    label="restatement",
    note="Restatement by a new speaker (Zakharova): treaty talks impossible while sanctions stay (seeds 000, 002, 004); sovereignty not open to question (seed 001). Kishida's unchanged policy is seed 002.",
    author="Anna Veltman", section="Asia Pacific",
    body="""
MOSCOW, March 6 (Tidemark) - Russia sees no basis for talks with Japan on a peace treaty as long as Tokyo maintains sanctions against Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Wednesday, responding to remarks by Japanese Prime Minister Fumio Kishida in parliament.

Kishida told lawmakers last week that Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged, even though relations were in a "severe situation" because of the war in Ukraine.

"We have heard such statements many times. But words about a peace treaty cannot be taken seriously when they come from a government that has adopted package after package of sanctions against our country," Zakharova told her weekly briefing. "Under the current circumstances there is simply no subject for discussion."

She repeated Moscow's line that responsibility for the collapse of dialogue lay entirely with Tokyo, and that Russia's sovereignty over the southern Kuril Islands, which Japan calls the Northern Territories, was not open to question.

Russia announced in March 2022 that it was withdrawing from peace treaty negotiations, citing Japan's sanctions over Ukraine. At the same time it scrapped visa-free visits by Japanese citizens to the islands and pulled out of talks on joint economic activity there. Deputy Foreign Minister Andrei Rudenko said last month that a resumption of dialogue on the treaty was "categorically impossible" in the current environment.

The islands - Iturup, Kunashir, Shikotan and the Habomai group - were seized by Soviet forces at the end of World War Two. The dispute has prevented the two countries from signing a formal peace treaty, although they restored diplomatic relations under a 1956 joint declaration.

Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, told reporters in Tokyo that Japan's basic position had not changed and that it would continue to respond "appropriately" to Russia's statements.

(Reporting by Anna Veltman; Additional reporting by Ken Sato in Tokyo; Editing by Rhys Calder)
"""),

dict(
    key="kuril-trench-snailfish", feed="seawall-en", lang="en", published="2024-04-17T10:00:00Z",
    title="Deep-sea landers film snailfish at 7,400 metres in the Kuril-Kamchatka Trench",
    summary="A Japanese research cruise has returned with footage and specimens from one of the deepest trenches in the north-west Pacific, including what scientists think may be an undescribed species.",
    label="off_topic",
    note="Look-alike: named after the Kurils (Kuril-Kamchatka Trench); deep-sea biology, nothing about the territorial dispute or the treaty.",
    author="Priya Natarajan", section="Science brief", tags=["Deep sea", "Marine science", "North Pacific"],
    body="""
Scientists aboard a Japanese research vessel have filmed snailfish feeding at a depth of about 7,400 metres in the Kuril-Kamchatka Trench, one of the deepest parts of the north-west Pacific, and brought back specimens that may belong to a species not yet described.

The five-week cruise, which ended in Yokohama on Monday, deployed baited camera landers along the southern section of the trench east of Hokkaido. Researchers from the Japan Agency for Marine-Earth Science and Technology and two universities said the footage showed at least three distinct kinds of snailfish, as well as amphipods and cusk eels.

"The Kuril-Kamchatka Trench is colder and richer in nutrients than the trenches further south, and that appears to support surprisingly dense communities," said Emi Takahara, the cruise's chief scientist. Genetic analysis of two specimens is under way.

The trench runs for more than 2,000 kilometres along the Pacific side of the Kuril chain, from off Hokkaido to the Kamchatka Peninsula, where the Pacific plate dives beneath the Okhotsk plate. It is the source of some of the region's largest earthquakes; Japanese government seismologists have warned of the risk of a magnitude 9-class quake along its southern section.

The team also recovered sediment cores to study past tsunamis and measured microplastic concentrations in the deep water column. Preliminary results suggest that plastic fibres reach the trench floor, though in lower concentrations than in the Izu-Ogasawara Trench further south.

Snailfish hold the record for the deepest fish ever filmed, at just over 8,300 metres in the Izu-Ogasawara Trench in 2022. The new footage does not break that record but adds to a small body of observations from the colder northern trenches, which have been far less studied.

The descriptions will be submitted to peer-reviewed journals and the data shared through international species registers, the researchers said.
"""),

dict(
    key="limarenko-not-one-centimetre", feed="tidemark-en", lang="en", published="2024-05-21T12:05:00Z",
    title="'Not one centimetre': Sakhalin governor rules out any handover of islands to Japan",
    summary="Sakhalin Governor Valery Limarenko said the southern Kurils would remain Russian and that talk of transferring any of them to Japan was 'closed forever'.",
    label="restatement",
    note="Quote headline; new speaker (Limarenko) restates that Russian sovereignty is not negotiable (seeds 000, 001, 004) and that Japan's sanctions froze the talks (seed 000). Investment plans are general, no decision.",
    author="Dmitry Orlov",
    body="""
YUZHNO-SAKHALINSK, May 21 (Tidemark) - The governor of Russia's Sakhalin region, which administers the Kuril Islands, said on Tuesday there could be no question of handing any of the islands to Japan, calling the matter "closed forever".

"Not one centimetre of our land is a subject for bargaining. The Kurils are Russia, and the people who live there are building their future here," Valery Limarenko told a regional investment forum in Yuzhno-Sakhalinsk, where he talked up plans for housing, schools and roads on the islands.

Asked by a reporter about Tokyo's claim to the four southernmost islands, Limarenko said Japan had "burnt the bridges itself" by joining Western sanctions after Russia sent troops into Ukraine. "When the Japanese side speaks about a peace treaty, it should remember who froze everything," he said.

His remarks echo the Foreign Ministry's long-standing position that Russian sovereignty over the islands, which Soviet troops seized at the end of World War Two, cannot be called into question. In March 2022 Moscow said it would not continue peace treaty talks with Japan because of its sanctions, and ended visa-free trips by Japanese citizens to the islands.

Japan, which calls the islands the Northern Territories, maintains that they are an inherent part of its territory and says its aim remains to resolve the territorial issue and then conclude a peace treaty.

The Kurils have for several years offered tax breaks to investors and subsidies to new residents, and regional officials say the population of the southern islands has been growing slowly, though independent figures are hard to come by. Limarenko gave no new figures or timelines on Tuesday.

(Reporting by Dmitry Orlov; Editing by Rhys Calder)
"""),

dict(
    key="s400-iturup-wire", feed="tidemark-en", lang="en", published="2024-06-18T09:40:00Z",
    title="Russia puts S-400 regiment on duty on Iturup, first in the Kurils",
    summary="An air defence regiment armed with S-400 Triumf systems has taken up combat duty on Iturup, the Eastern Military District said, the first such deployment on the Kuril Islands.",
    label="new_development", group="g1-s400-iturup",
    new_facts=["An air defence regiment armed with S-400 Triumf systems took up combat duty on Iturup (Eastern Military District, 18 June 2024) - the first S-400 unit in the Kurils"],
    must_mention=[["s-400", "s400", "triumf"], ["iturup", "etorofu"]],
    note="English wire report of the S-400 deployment first reported in Russian a few hours earlier.",
    author="Anna Veltman",
    body="""
MOSCOW, June 18 (Tidemark) - Russia has deployed an air defence regiment armed with S-400 Triumf missile systems on Iturup, the largest of the islands claimed by Japan, the Eastern Military District said on Tuesday, the first time the long-range system has been stationed in the Kuril chain.

The regiment "has assumed combat duty to protect the airspace" over the island after its equipment was shipped in by sea in May and crews prepared their positions, the district's press service said in a statement. It gave no details on the number of launchers.

The S-400 can engage aircraft and some ballistic missiles at ranges of up to 400 km, according to its manufacturer, which would allow batteries on Iturup to cover much of the southern Kurils and the approaches to the Sea of Okhotsk, where Russia's Pacific Fleet keeps its ballistic missile submarines.

Russia has steadily reinforced its garrisons on the islands since 2016, when it deployed Bal and Bastion coastal anti-ship missile systems on Kunashir and Iturup. The Defence Ministry describes the build-up as a response to growing U.S. and Japanese military activity in the region.

A spokesperson at Japan's Defence Ministry said Tokyo was "analysing the information" and declined to comment further. Japan has in the past protested against Russian military deployments on the islands, which it calls the Northern Territories, saying they run counter to its position.

Relations between Moscow and Tokyo are at their lowest in decades. Russia walked away from peace treaty talks in March 2022 over Japan's sanctions, and Deputy Foreign Minister Andrei Rudenko said in February that a resumption of dialogue was "categorically impossible".

(Reporting by Anna Veltman; Editing by Mark Ellery)
"""),

dict(
    key="s400-why-iturup", feed="seawall-en", lang="en", published="2024-06-27T08:00:00Z",
    title="Why Moscow parked its best air defence on a fog-bound island",
    summary="The S-400 regiment now on Iturup says more about the Sea of Okhotsk than about Japan's claim, analysts argue.",
    label="new_development", group="g1-s400-iturup",
    new_facts=["An S-400 Triumf air defence regiment took up combat duty on Iturup in June 2024 (analysis, no new fact)"],
    must_mention=[["s-400", "s400", "triumf"], ["iturup", "etorofu"]],
    note="Follow-up analysis of the S-400 deployment: no new fact, belongs to g1. Page has no meta tags or JSON-LD.",
    author="Hugo Brandt", section="Analysis", tags=["Russia", "Kuril Islands", "Air defence"],
    body="""
When Russia's Eastern Military District announced on June 18 that a regiment armed with S-400 Triumf systems had taken up combat duty on Iturup, the statement ran to fewer than 150 words. The thinking behind it has been years in the making.

Iturup and neighbouring Kunashir sit astride the Vries and Catherine straits, two of the few deep-water passages between the Pacific and the Sea of Okhotsk that stay navigable through the winter. The Okhotsk is one of the two protected "bastions" in which Russia keeps its ballistic-missile submarines, the other being the Barents Sea. Whoever controls the air above the straits controls who can watch them.

"This is not really about Japan's territorial claim. It is about keeping U.S. maritime patrol aircraft further away from the submarine bastion," said Laura Whitcombe, a naval analyst at the Pacific Strategy Institute in Canberra. "A long-range system on Iturup pushes that line out by several hundred kilometres."

The system is a step up from what the islands had before. Since 2016 Moscow has placed coastal anti-ship missiles on Kunashir and Iturup and built barracks and housing for the troops of its machine-gun and artillery division there.

Logistics are the weak point. Iturup is shrouded in fog for much of the summer and swept by snowstorms in winter; everything from missile reloads to diesel fuel arrives by sea. "Putting a sophisticated system there is one thing. Keeping it supplied in February is another," Whitcombe said.

Tokyo protested through diplomatic channels, calling the build-up incompatible with its position on the Northern Territories, but it has few levers. Peace treaty talks have been frozen since March 2022, when Moscow walked away citing Japanese sanctions, and the two sides have no regular channel to discuss military matters.

For residents of Kurilsk, the island's main town, the arrival of several hundred more servicemen is mainly an economic story: local officials expect demand for rented flats and services to rise. For planners in Tokyo and Washington, it is one more sign that the southern Kurils are being turned into a fortified outpost rather than a bargaining chip.
"""),

dict(
    key="defence-white-paper-2024", feed="granite-en", lang="en", published="2024-07-12T06:00:00Z",
    title="Japan's defence white paper warns of Russia-China drills, repeats island claim",
    summary="The annual defence white paper calls the Northern Territories inherent Japanese territory and says Moscow is stepping up military activity in the Far East, including joint operations with China.",
    label="restatement",
    note="Annual report restating Japan's known claim and concern; the Russian deployments it cites date from 2016 (background). No new event.",
    author="Claire Hollings in Tokyo", section="Japan", tags=["Japan", "Russia", "Defence"],
    body="""
TOKYO - Japan's cabinet approved the 2024 defence white paper on Friday, warning that deepening military cooperation between Russia and China is a "strong concern" for the country's security and restating that the Russian-held islands off Hokkaido are Japanese territory.

The annual report, which mainly covers events through the spring, devotes a section to Russian forces in the Far East. It describes the Northern Territories as "inherent territory of Japan" and says Russia continues to build up its military presence there, citing the coastal anti-ship missile systems, barracks and other facilities that Moscow has put in place on Kunashir and Iturup since 2016.

"Russia's military activities in the Far East, including in the Northern Territories, are intensifying, and we need to continue to watch them closely," the paper says. It also notes joint flights by Russian and Chinese bombers near Japan and joint naval patrols that have sailed around the archipelago.

Defence Minister Minoru Kihara told reporters that Russia's aggression against Ukraine had "shaken the very foundations of the international order" and that Japan could not rule out similar developments in East Asia.

The chapter on Russia largely repeats language from previous years. Tokyo's position is that the four islands - Etorofu, Kunashiri, Shikotan and the Habomai group - belong to Japan and that the territorial question must be resolved before a peace treaty can be concluded. Moscow says it gained the islands legitimately as a result of the Second World War and that its sovereignty is not open to discussion.

Relations have been in deep freeze since March 2022, when Russia said it would not continue peace treaty negotiations with a country imposing sanctions on it, and halted visa-free visits by Japanese to the islands.

Most of the 500-page document is devoted to China, whose military build-up it calls "the greatest strategic challenge" Japan has ever faced, and to North Korea's missile programme.
"""),

dict(
    key="islanders-just-once-more", feed="kingfisher-en", lang="en", published="2024-08-08T03:00:00Z",
    title="'Just once more': former islanders' hopes fade as Shikotan visits stay frozen",
    summary="Two years after Moscow ended visa-free trips to the Russian-held islands, former residents now in their late 80s say they fear they will never see their home villages again.",
    label="restatement",
    note="Human-interest piece; the visits stay halted (seeds 001, 003: visa-free trips and the 1999 simplified visits terminated). Wishes and requests only, no new fact.",
    author="Mariko Endo", section="National", tags=["Northern Territories", "Hokkaido", "Nemuro"],
    body="""
NEMURO, Hokkaido - On clear mornings Toshio Kanazawa drives the 20 minutes from his home to Cape Nosappu, the easternmost point of Hokkaido, and looks across the strait at the low, dark line of the Habomai islets. On the best days, Shikotan rises behind them.

"I was 10 when the Soviet soldiers came to Shikotan. I remember my mother burning our family photographs in the stove so they would not be taken," said Kanazawa, now 89. "I want to stand in front of my parents' grave just one more time. That is all I ask."

For former residents like Kanazawa, that chance has receded. Russia in March 2022 ended the visa-free exchange programme and the simplified visits that since 1999 had allowed former islanders to travel to their old villages without Russian visas, citing Japan's sanctions over the war in Ukraine. Grave visits, already put on hold during the pandemic, have not taken place since.

Of the 17,291 Japanese who lived on the four islands at the end of the war, fewer than 5,300 are still alive, according to the Chishima Habomai Islands Residents League. Their average age is over 88.

"Every year we lose several hundred members. We are asking the government to do everything it can to restart at least the grave visits, on humanitarian grounds," said a league official in Sapporo.

Japan's Foreign Ministry says it continues to call on Moscow to resume the visits. But an official acknowledged there was "no prospect at present" of a breakthrough, with Moscow refusing even to discuss a peace treaty while sanctions remain in place.

At a small museum near the cape, volunteers record the testimony of former islanders on video - a project that began as a supplement to the visits and has become, for many, a substitute. Kanazawa has recorded three hours of memories of the village of Shakotan: the school, the kelp drying racks, the summer festival at the shrine.

"If I cannot go back, then at least my grandchildren will know what was there," he said.
"""),

dict(
    key="scarborough-water-cannon", feed="granite-en", lang="en", published="2024-10-03T09:30:00Z",
    title="Manila protests after Chinese water cannon hits government ships near Scarborough Shoal",
    summary="The Philippines lodged a diplomatic protest after Chinese coast guard vessels fired water cannon at two Philippine ships, the latest clash in the South China Sea island dispute.",
    label="off_topic",
    note="Look-alike: another island dispute (Scarborough Shoal, China-Philippines); mentions sovereignty, protests and coast guards but not Russia-Japan.",
    author="Ramon Estrella in Manila", section="Asia Pacific", tags=["Philippines", "China", "South China Sea"],
    body="""
MANILA - The Philippines lodged a diplomatic protest with China on Thursday after Chinese coast guard vessels fired water cannon at two Philippine government ships near Scarborough Shoal, damaging the mast of one of them, officials said.

The Philippine Coast Guard said the incident happened on Wednesday about 20 nautical miles from the shoal, a rich fishing ground that China took control of in 2012 and that lies within the Philippines' 200-nautical-mile exclusive economic zone.

"These dangerous and aggressive actions put the lives of our personnel at risk and violate international law," a spokesman for the National Maritime Council said, adding that the ships had been on a routine mission to support Filipino fishermen.

China's coast guard said it had "taken necessary control measures in accordance with the law" against ships that had "intruded" into waters around Huangyan Island, the Chinese name for the shoal, and repeated that China's sovereignty over the feature was indisputable.

An international arbitration tribunal ruled in 2016 that China's sweeping claims in the South China Sea had no legal basis. Beijing does not recognise the ruling.

The U.S. State Department said it stood with its ally and reiterated that the 1951 Mutual Defense Treaty extends to armed attacks on Philippine public vessels anywhere in the South China Sea. Japan and Australia also expressed concern.

Confrontations around Scarborough and the Second Thomas Shoal have grown more frequent this year, raising fears that a collision or injury could escalate. Manila has responded by publicising each encounter, inviting journalists aboard its vessels and documenting Chinese manoeuvres with drones.
"""),

dict(
    key="zelyony-village-protest", feed="granite-en", no_meta=True, lang="en", published="2024-12-03T05:15:00Z",
    title="Tokyo protests after Russia creates village on uninhabited Habomai isle",
    summary="Japan lodged a protest after Sakhalin lawmakers voted to establish a settlement on Zelyony, an island of the Habomai group that Japan calls Shibotsu.",
    label="new_development", group="g2-zelyony-village",
    new_facts=["Sakhalin regional law creates the village of Zelyonoye on Zelyony (Shibotsu) island in the Habomai group, the first settlement established there since WWII; Japan protested"],
    must_mention=[["zelyon", "shibotsu"], ["village", "settlement"]],
    note="Third report of the Zelyony settlement law (adds the governor's signature and Japan's protest; same development).",
    author="Claire Hollings in Tokyo", section="Japan", tags=["Japan", "Russia", "Northern Territories"],
    body="""
TOKYO - Japan has protested to Russia over a regional law establishing a village on one of the small Habomai islets off Hokkaido, the first formal settlement Russian authorities have created in the island group since the Second World War.

Sakhalin's regional legislature last week passed a law setting up the village of Zelyonoye on Zelyony Island, known in Japan as Shibotsu, and Governor Valery Limarenko signed it on Friday. The island, about 59 square kilometres in area, has no permanent population; it hosts a Russian border post and, in summer, camps for seasonal workers who harvest and process kelp.

"This is incompatible with Japan's position on the Northern Territories and is extremely regrettable," Chief Cabinet Secretary Yoshimasa Hayashi told reporters on Monday, adding that Tokyo had lodged a protest through diplomatic channels.

Regional officials say registering a settlement will let the seasonal workers register their residence there and allow a post office and a medical post to be opened. They have not said whether permanent housing will follow.

Before 1945, about 2,200 Japanese lived on Shibotsu, most of them families who harvested kelp and fished. They were deported after Soviet troops occupied the island in September 1945, and the Habomai group has since been inhabited only by Russian border guards and seasonal workers.

"They are writing a new name over our village," said Yoshiko Kudo, 90, who was born on the island and now lives in Nemuro. "I only want to visit my family's graves before I die."

The move comes with relations at a low ebb. Moscow broke off peace treaty talks in 2022 over Japan's sanctions and says its sovereignty over the islands is not up for discussion. Japan's position is that the four island groups are its inherent territory.
"""),

# ---------------------------------------------------------------- 2025
dict(
    key="ishiba-northern-territories-day", feed="kingfisher-en", lang="en", published="2025-02-07T08:30:00Z",
    title="Ishiba vows to keep pressing territorial issue as Japan marks Northern Territories Day",
    summary="Prime Minister Shigeru Ishiba said Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged, speaking at the annual national rally in Tokyo.",
    label="restatement",
    note="Occasion piece (annual rally); new speaker restates Japan's unchanged policy (seed 002) and the halted visits (seed 001). No new fact.",
    author="Mariko Endo", section="Politics", tags=["Northern Territories", "Japan-Russia relations"],
    body="""
TOKYO - Prime Minister Shigeru Ishiba said on Friday that Japan would keep up its efforts to resolve the dispute over the Russian-held islands off Hokkaido, as the country marked Northern Territories Day with its annual national rally in Tokyo.

"Japan-Russia relations remain in a severe situation because of Russia's aggression against Ukraine. But our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Ishiba told participants including former islanders, their descendants and officials from Nemuro and neighbouring towns.

He said resuming exchanges with the islands, particularly grave visits by former residents, was "one of the highest priorities" in Japan's dealings with Russia. "Given the advanced age of the former islanders, there is no time to lose," he said.

Northern Territories Day on Feb. 7 marks the signing of the 1855 Treaty of Shimoda, which drew the border between Etorofu and Uruppu. The rally adopted a resolution calling for the early return of the four islands.

A former resident of Etorofu, 91, told the hall that she still remembered the smell of the sea in Shana, the island's old administrative centre. "Please let us go home, even for one day," she said.

Russia broke off peace treaty negotiations in March 2022, citing Japan's sanctions, and ended the visa-free visit programme. Russian officials have repeatedly said their country's sovereignty over the islands is not open to question. The Russian Embassy in Tokyo did not comment on the rally.

Similar events were held in Nemuro, Sapporo and other cities. Hokkaido Governor Naomichi Suzuki said the prefecture would continue its campaign to pass on the former islanders' memories to younger generations.
"""),

dict(
    key="armenia-azerbaijan-text", feed="tidemark-en", no_meta=True, lang="en", published="2025-03-13T16:40:00Z",
    title="Armenia and Azerbaijan finalise text of peace treaty, Baku sets conditions for signing",
    summary="The two South Caucasus neighbours said negotiations on a peace treaty were complete, but Azerbaijan said it would sign only after Armenia changes its constitution.",
    label="off_topic",
    note="Look-alike: another country pair's peace treaty (Armenia-Azerbaijan); nothing about Russia-Japan.",
    author="Lilit Hakobyan",
    body="""
BAKU/YEREVAN, March 13 (Tidemark) - Armenia and Azerbaijan said on Thursday they had completed negotiations on the text of a peace treaty meant to end nearly four decades of conflict, though Baku said it would not sign until Armenia amends its constitution.

Azerbaijan's Foreign Ministry said the two sides had agreed the wording of all 17 articles of the draft, including the two that had remained open. It called on Yerevan to remove from its constitution a reference to a 1990 declaration that Baku says implies a territorial claim, and to agree to dissolve the OSCE Minsk Group, which mediated the conflict for decades.

Armenia's Foreign Ministry said the treaty was "ready for signing" and that Yerevan was ready to begin consultations with Baku on the date and venue. Prime Minister Nikol Pashinyan has said he plans a new constitution but has not set a date for a referendum.

Azerbaijan retook the Karabakh region in a lightning offensive in September 2023, prompting almost all of its roughly 100,000 ethnic Armenians to flee to Armenia. The two countries have since agreed to start delimiting parts of their shared border.

The treaty would establish diplomatic relations and commit both sides to recognise each other's territorial integrity and to refrain from territorial claims in the future, according to officials familiar with the text.

Analysts cautioned that the remaining conditions could delay signing for months or years. "Agreeing the text is the easy part. The constitutional issue is a political minefield in Armenia," said a researcher at a think tank in Tbilisi.

(Reporting by Lilit Hakobyan in Yerevan and Rauf Mammadov in Baku; Editing by Mark Ellery)
"""),

dict(
    key="coast-guard-search-shikotan", feed="kingfisher-en", lang="en", published="2025-04-24T07:10:00Z",
    title="Japan coast guard searches Russian-held waters off Shikotan in one-off exception",
    summary="A Japan Coast Guard patrol ship spent a third day searching for two missing fishermen within 12 nautical miles of Shikotan, under a permission Russia said was granted once, on humanitarian grounds.",
    label="new_development", group="g3-jcg-search-once",
    new_facts=["Russia allowed a Japan Coast Guard patrol vessel to search within 12 nautical miles of Shikotan for two missing Japanese fishermen (22-24 April 2025), as a one-time humanitarian exception"],
    must_mention=[["coast guard", "patrol"], ["search"]],
    note="Third report of the one-off search permission (a state that is neither a resumption nor a halt: allowed once).",
    author="Kenji Harada in Nemuro", section="National", tags=["Northern Territories", "Fisheries", "Japan Coast Guard"],
    body="""
NEMURO, Hokkaido - A Japan Coast Guard patrol vessel spent a third day on Thursday searching the waters off Shikotan for two fishermen missing since their boat capsized, in an operation Russia has allowed inside the 12-nautical-mile zone around the island as a one-time humanitarian exception.

The Hokko Maru No. 18, a 9.7-ton boat from Nemuro, overturned in heavy seas about 5 km south of Shikotan on the afternoon of April 19. Its captain was pulled from the water by a nearby Japanese boat, but two deckhands, aged 46 and 31, have not been found.

Japanese patrol ships normally stay outside the 12-mile limit around the four Russian-held islands, which Japan claims as the Northern Territories, to avoid confrontations with Russian border guards. Tokyo asked Moscow for permission to search after Russian border ships and a helicopter spent two days combing the area without result.

Russia's border service said it had agreed "exclusively for humanitarian reasons and on a one-time basis", and one of its ships has accompanied the Japanese vessel since Tuesday. The permission expires at the end of Thursday, and Russian officials have stressed it sets no precedent.

Chief Cabinet Secretary Yoshimasa Hayashi thanked Russia for its cooperation but said the search was being conducted "in a manner that does not prejudice Japan's legal position" on the islands.

At the Habomai fishermen's cooperative, relatives have been waiting by the radio. "We are grateful that they could at least look in the place where the boat went down," said a cousin of one of the missing men. "Whatever happens, we want to bring them home."

The operation is a rare instance of practical cooperation between the two countries, whose relations have been frozen since Russia broke off peace treaty talks and ended visa-free exchanges with the islands in 2022.
"""),

dict(
    key="kuril-deal-three-reasons", feed="seawall-en", lang="en", published="2025-05-29T09:00:00Z",
    title="Is a Kuril deal still possible? Three reasons to doubt it",
    summary="Law, sanctions and garrisons have put a settlement of the Russia-Japan island dispute further out of reach than at any time since the Cold War.",
    label="restatement",
    note="Question headline; analysis restating the known freeze (seeds 000, 004), the 2018 agreement to speed up talks (seeds 000, 003) and long-known background (2020 constitutional amendment). No new fact.",
    author="Hugo Brandt", section="Analysis", tags=["Kuril Islands", "Japan", "Russia"],
    body="""
For three decades the dispute over the four islands that Russia calls the southern Kurils and Japan the Northern Territories moved in a familiar rhythm: summit, hopeful communique, stalemate. In 2018 Vladimir Putin and Shinzo Abe agreed in Singapore to speed up talks on the basis of the 1956 joint declaration, and for a few months a partial deal seemed conceivable.

That rhythm has stopped. Here are three reasons a settlement looks further away now than at any time since the Cold War.

First, the law. Russia's 2020 constitutional amendments prohibit actions aimed at "the alienation of part of the territory" of the country, with a narrow exception for border delimitation. Any Russian leader negotiating over the islands would be arguing against his own constitution, and the Kremlin has made clear it does not intend to.

Second, sanctions. Moscow has said it will not return to the table while Japan maintains its sanctions. In March 2022 the Foreign Ministry declared it impossible to discuss a fundamental treaty with a state taking "openly unfriendly positions", and in February 2024 Deputy Foreign Minister Andrei Rudenko called a resumption of dialogue "categorically impossible". Tokyo, which coordinates its sanctions with the G7, shows no sign of lifting them.

Third, the garrisons. Russia has spent the past decade turning the southern Kurils into military outposts guarding the Sea of Okhotsk. The military value of the islands to Moscow has grown, not shrunk, and with it the cost of any concession.

Could anything change? Some in Tokyo point to small humanitarian contacts that have survived the freeze, such as cooperation when fishermen go missing at sea. "Practical cooperation can survive, but that is not the same as a political process," said a former Japanese diplomat who took part in the talks in the 2010s. "Nobody in Moscow is asking what a deal would look like."

For now, the honest answer to the question in the headline is no.
"""),

dict(
    key="duma-deputy-zircon-call", feed="seawall-en", lang="en", published="2025-06-24T07:30:00Z",
    title="Russian lawmaker calls for hypersonic missiles on southern Kurils",
    summary="A deputy chairman of the Duma's defence committee said Zircon missiles should be stationed on Iturup and Kunashir; the Defence Ministry declined to comment and no such plan has been announced.",
    label="restatement",
    note="Requested/prospective version of a military move: a lawmaker's call, no decision. Restates Russia's known concern over US and Japanese military activity near its Far Eastern borders (seeds 002, 004).",
    author="Seawall editors", section="Brief", tags=["Russia", "Missiles", "Kuril Islands"],
    body="""
A senior Russian lawmaker has called for Zircon hypersonic anti-ship missiles to be stationed on the southern Kuril Islands in response to Japan's plans to field long-range strike weapons, though the Defence Ministry gave no sign that such a step was being considered.

"If Tokyo places missiles that can reach our territory, the answer must be symmetrical. Zircons on Iturup and Kunashir would cool some heads," Gennady Lapshin, a deputy chairman of the State Duma's defence committee, said in an interview with a Moscow radio station on Monday.

Japan is acquiring U.S. Tomahawk cruise missiles and developing longer-range versions of its Type-12 anti-ship missile under the "counterstrike capability" set out in its 2022 national security strategy. Moscow has repeatedly criticised the plans, and Russian officials have said that growing Japanese and U.S. military activity near Russia's Far Eastern borders is a threat.

Asked about the remarks, the Defence Ministry's press service said it did not comment on "statements by individual parliamentarians". The Kremlin did not respond to a request for comment.

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said the government was aware of the comments but not of any decision, and that Japan would "continue to closely monitor Russian military activities, including in the Northern Territories".

Lapshin, of the Liberal Democratic Party of Russia, has a record of hawkish proposals that have not become policy. Russia already keeps coastal anti-ship missile systems on both islands.

Why it matters: calls from the Duma are a weak signal on their own. The signal to watch is whether the Defence Ministry or the Eastern Military District announces anything; so far, neither has.
"""),

dict(
    key="storm-refuge-agreed-wire", feed="tidemark-en", lang="en", published="2025-07-10T11:20:00Z",
    title="Japan, Russia agree storm refuge for Japanese fishing boats off Shikotan",
    summary="Japanese fishing boats caught by bad weather will be able to shelter in two bays on Shikotan from Aug. 1 under an exchange of notes, Tokyo said.",
    label="new_development", group="g4-shikotan-refuge",
    new_facts=["Japan and Russia agreed (notes exchanged in Moscow on 9 July 2025) that Japanese fishing boats may take emergency refuge from storms in two Shikotan bays (Malokurilskaya/Shakotan and Krabovaya/Anama) from 1 August 2025"],
    must_mention=[["refuge", "shelter"], ["shikotan"]],
    note="English wire report of the refuge arrangement first reported in Japanese. The arrangement is later suspended (g5) and restored (g6).",
    author="Ken Sato",
    body="""
TOKYO, July 10 (Tidemark) - Japan and Russia have agreed to let Japanese fishing boats shelter from storms in two bays on Shikotan, one of the islands claimed by both countries, the Japanese government said on Thursday, a rare practical deal between neighbours whose relations have been frozen since 2022.

The arrangement, set out in diplomatic notes exchanged in Moscow on Wednesday, will allow boats caught by bad weather to anchor in Malokurilskaya Bay and Krabovaya Bay - known in Japan as Shakotan and Anama bays - from Aug. 1, Chief Cabinet Secretary Yoshimasa Hayashi said.

Skippers must notify Russia's border service through the Japan Coast Guard before entering, may not land or fish, and must leave once the weather improves. Russian border guards may board the boats to check compliance. The notes state that the arrangement does not prejudice either side's legal position, Hayashi said.

Tokyo sought the arrangement after the Nemuro boat Hokko Maru No. 18 capsized off Shikotan in April, leaving two crew members missing. Russia at the time allowed a Japanese patrol ship to join the search as a one-off exception.

"This is about fishermen's lives," a Japanese Foreign Ministry official said. Russia's Foreign Ministry did not immediately comment.

Relations have been at a low since Russia broke off peace treaty negotiations in March 2022 in response to Japanese sanctions over Ukraine and ended visa-free travel by Japanese citizens to the islands. Japan's fishing industry in eastern Hokkaido depends heavily on waters around the islands, and incidents involving Russian border guards are frequent.

(Reporting by Ken Sato; Editing by Rhys Calder)
"""),

dict(
    key="rudenko-only-if", feed="granite-en", no_jsonld=True, lang="en", published="2025-09-04T10:00:00Z",
    title="Moscow would revisit treaty talks only if Tokyo drops 'hostile course', Rudenko says",
    summary="Deputy Foreign Minister Andrei Rudenko said Russia would consider returning to peace treaty talks only if Japan lifted sanctions, calling the fishing-boat refuge arrangement a humanitarian matter that changes nothing.",
    label="restatement",
    note="Conditional restatement by the seed speaker (seed 004: the key condition is Tokyo's refusal of its hostile policy). The July refuge arrangement (g4) is mentioned only as background; no new fact.",
    author="Observer staff in Vladivostok", section="Asia", tags=["Russia", "Japan", "Diplomacy"],
    body="""
VLADIVOSTOK - Russia would consider returning to peace treaty talks with Japan only if Tokyo abandons what Moscow calls its hostile policy, including sanctions, Deputy Foreign Minister Andrei Rudenko said on Thursday.

"Let Tokyo first renounce its anti-Russian course, lift the illegitimate restrictions and stop helping the Kyiv regime. Then we will see. For now there are no such signals, and so there is nothing to talk about," Rudenko told reporters on the sidelines of the Eastern Economic Forum.

He repeated that Russia's sovereignty over the southern Kurils was beyond question and had been "enshrined in international legal documents after the Second World War".

Asked about the arrangement agreed in July that lets Japanese fishing boats take shelter from storms in bays on Shikotan, Rudenko said it was "a purely humanitarian matter concerning the safety of people at sea" and "changes nothing in the political picture".

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged, and that it was Russia that had "unilaterally" broken off the negotiations.

Moscow halted the talks in March 2022 after Japan joined Western sanctions over the invasion of Ukraine. In February 2024 Rudenko said a resumption of dialogue was "categorically impossible".

Japan was once among the most prominent guests at the Vladivostok forum; the late Prime Minister Shinzo Abe attended four times. No Japanese government delegation has taken part since 2022.
"""),

dict(
    key="iwaya-grave-visits-call", feed="kingfisher-en", no_meta=True, lang="en", published="2025-09-19T04:00:00Z",
    title="Japan urges Moscow to let aging former islanders visit family graves",
    summary="Foreign Minister Takeshi Iwaya called on Russia to allow grave visits to the Russian-held islands to resume, saying time was running out for former residents.",
    label="restatement",
    note="Requested version of a move ('calls on Russia to allow'): no change; the visits remain halted (seeds 001, 003).",
    author="Mariko Endo", section="Politics", tags=["Northern Territories", "Grave visits"],
    body="""
TOKYO - Foreign Minister Takeshi Iwaya on Friday called on Russia to allow elderly former residents of the Russian-held islands off Hokkaido to visit family graves there, saying time was running out for a generation now in its late 80s and 90s.

"I strongly call on the Russian side to allow grave visits to resume as soon as possible, as a humanitarian matter that should be kept separate from politics," Iwaya told representatives of the Chishima Habomai Islands Residents League at the Foreign Ministry.

Grave visits by former islanders began in 1964 and continued, with interruptions, for more than half a century. They were suspended during the pandemic and have not resumed since Russia, in March 2022, ended visa-free exchanges and the simplified visits for former residents in response to Japan's sanctions.

The league's president handed Iwaya a petition with about 20,000 signatures. "Each year, hundreds of our members pass away without seeing their home islands again. We cannot wait any longer," he said.

Russia has not responded publicly to Japan's repeated requests. A Foreign Ministry official said there were "no concrete prospects" for the visits to resume this year.

Iwaya also said Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged.
"""),

dict(
    key="iturup-quake", feed="seawall-en", lang="en", published="2025-11-06T15:30:00Z",
    title="M6.9 quake off Iturup jolts Kurils; Hokkaido tsunami advisory lifted",
    summary="A strong earthquake off the Pacific coast of Iturup cracked walls and briefly cut power in Kurilsk, and prompted a short-lived tsunami advisory for eastern Hokkaido.",
    label="neutral",
    note="Borderline: a natural event on the Kuril Islands (no dispute or treaty content, though both Russian and Japanese agencies report it).",
    author="Seawall editors", section="Brief", tags=["Earthquakes", "Kuril Islands", "Hokkaido"],
    body="""
A magnitude 6.9 earthquake struck off the Pacific coast of Iturup in the southern Kuril Islands late on Thursday, shaking buildings in Kurilsk and prompting Japan to issue a tsunami advisory for the coast of eastern Hokkaido.

The quake hit at 14:48 GMT at a depth of about 50 km, roughly 110 km east of Kurilsk, according to the U.S. Geological Survey. Russia's Emergencies Ministry said there were no casualties, but cracks appeared in the walls of several buildings in Kurilsk and power was cut for about an hour while the island's grid was checked.

The Japan Meteorological Agency, which reported the epicentre as "southeast off Etorofu", issued a tsunami advisory for the Pacific coast of eastern Hokkaido and recorded a wave of 20 cm at Hanasaki port in Nemuro. The advisory was lifted about two hours later. Russian authorities briefly declared a tsunami warning for the southern Kurils.

The Kuril-Kamchatka subduction zone is among the most active in the world. In July a magnitude 8.8 earthquake off Kamchatka sent tsunami waves into the port of Severo-Kurilsk in the northern Kurils and triggered warnings around the Pacific.

Seismologists said Thursday's event was not thought to be an aftershock of the Kamchatka quake, which ruptured a segment several hundred kilometres to the north.
"""),

# ---------------------------------------------------------------- 2026
dict(
    key="sakhalin2-lng-japan", feed="granite-en", lang="en", published="2026-01-20T07:45:00Z",
    title="Japanese buyers stick with Sakhalin-2 LNG as sanctions exemption is extended",
    summary="Japanese utilities say they will keep buying liquefied natural gas from Russia's Sakhalin-2 project after Washington extended a licence covering related transactions.",
    label="off_topic",
    note="Look-alike: unrelated Japan-Russia energy news (Sakhalin-2 LNG); nothing about the islands or the treaty.",
    author="Tom Whitfield", section="Business", tags=["Energy", "Japan", "Russia"],
    body="""
TOKYO - Japanese utilities plan to keep buying liquefied natural gas from Russia's Sakhalin-2 project this year after the United States extended a licence that allows some transactions linked to the venture, officials and industry executives said.

Sakhalin-2, off Russia's Pacific coast, supplies close to a tenth of Japan's LNG imports under long-term contracts, much of it to power and gas companies in northern and western Japan. Mitsui & Co and Mitsubishi Corp retain minority stakes in the project after a 2022 Russian decree transferred its operator to a new Russian company.

"Stable supply is essential for our customers. Sakhalin-2 is short-haul and competitively priced, and there is no realistic replacement in the near term," an executive at one utility said, asking not to be named because of the sensitivity of the issue.

Japan's industry minister said the government would continue to seek a balance between energy security and coordination with Group of Seven partners on Russia. Tokyo has pledged to reduce reliance on Russian energy but has not set a date for ending Sakhalin-2 purchases.

The European Union has moved to phase out Russian LNG imports, and U.S. officials have urged allies to cut purchases. Analysts say Japan's exposure is a recurring source of friction in G7 discussions.
"""),

dict(
    key="nemuro-skippers-lose-haven", feed="kingfisher-en", lang="en", published="2026-02-17T06:00:00Z",
    title="Nemuro skippers lose their storm haven as Russia halts Shikotan arrangement",
    summary="Russia's border service has suspended the 2025 arrangement that let Japanese fishing boats shelter in two Shikotan bays, citing a crab case.",
    label="status_change", group="g5-refuge-suspended",
    new_facts=["Russia's FSB border directorate suspended 'until further notice' (16 February 2026) the July 2025 arrangement letting Japanese fishing boats shelter in Shikotan bays, citing undeclared crab found on a Japanese boat; it had been in force since August 2025"],
    must_mention=[["suspend", "halt"], ["shelter", "refuge", "haven"]],
    note="First report of the suspension (running -> suspended); the new fact comes in the second paragraph after a scene-setting lead.",
    author="Kenji Harada in Nemuro", section="Hokkaido", tags=["Fisheries", "Northern Territories", "Nemuro"],
    body="""
NEMURO, Hokkaido - When a deep low sent six-metre waves crashing over the breakwater at Habomai port last month, skipper Ryota Sugawara said his first thought was of the quiet anchorage under Shikotan's cliffs, 30 kilometres away. "Knowing we could run there if things got bad changed everything for the small boats," he said.

That option is gone for now. Russia's FSB border directorate for the Sakhalin region said on Monday it had suspended, "until further notice", the arrangement that since August has let Japanese fishing boats ride out storms in Malokurilskaya and Krabovaya bays on Shikotan.

The border service said the arrangement had been "used to conceal illegal catches", pointing to a case in December in which border guards inspecting the Hofuku Maru No. 5, a 19-ton boat from Nemuro, found about 1.3 tonnes of crab not recorded in its logbook. A court on Kunashir fined the skipper 600,000 roubles in January.

Japan's Foreign Ministry said it had been notified through the embassy in Moscow and called the decision "regrettable". "We will ask the Russian side to resume the arrangement as soon as possible," a ministry official said, adding that Japan was looking into the December case.

The arrangement was set out in notes exchanged in July 2025, after a boat from Nemuro capsized off Shikotan and two of its crew were lost. Japanese boats sheltered in the two bays 23 times between August and January, mostly during autumn gales, according to the Japan Coast Guard.

"One boat's wrongdoing should not cost everyone their safety," said the head of the Habomai fishermen's cooperative. "In winter, a few hours can decide whether you come home."
"""),

dict(
    key="motegi-no-plans-sanctions", feed="tidemark-en", lang="en", published="2026-04-28T05:50:00Z",
    title="Japan has no plans to ease Russia sanctions to revive treaty talks - Motegi",
    summary="Foreign Minister Toshimitsu Motegi said Tokyo would not soften its sanctions to bring Moscow back to peace treaty negotiations, and that Japan's policy on the islands was unchanged.",
    label="restatement",
    note="'No plans to' negation; restates Japan's unchanged policy (seed 002) and Russia's halt of the talks over sanctions (seeds 000, 004). No new fact.",
    author="Ken Sato",
    body="""
TOKYO, April 28 (Tidemark) - Japan has no plans to relax its sanctions on Russia in order to bring Moscow back to peace treaty negotiations, Foreign Minister Toshimitsu Motegi said on Tuesday, rejecting suggestions that Tokyo should soften its stance to revive the stalled talks.

"There is no change in our position that we will not ease sanctions in exchange for dialogue. It was Russia that unilaterally announced it would not continue the negotiations," Motegi told a parliamentary committee in response to an opposition lawmaker, who had asked whether the government was considering "flexibility" to restart talks before the former islanders grow too old.

Motegi said Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged and that Tokyo would keep coordinating with its Group of Seven partners on Russia.

Russian officials have repeatedly said dialogue can resume only if Japan abandons what they call its anti-Russian course and lifts sanctions. Moscow halted the talks in March 2022 and also withdrew from discussions on joint economic activity on the islands.

The lawmaker, from the Democratic Party for the People, said the government should at least explore humanitarian steps for the former islanders, whose average age is close to 90. Motegi replied that resuming grave visits remained "one of the top priorities" and that Japan would keep pressing Russia on it.

Japan has frozen the assets of hundreds of Russian individuals and entities and banned a range of exports since 2022.

(Reporting by Ken Sato; Editing by Mark Ellery)
"""),

dict(
    key="unesco-tentative-kurils", feed="granite-en", lang="en", published="2026-05-20T04:00:00Z",
    title="Russia puts Kunashir and Iturup volcanoes on UNESCO heritage shortlist; Tokyo objects",
    summary="Russia has added volcanic landscapes on two islands claimed by Japan to its tentative list for World Heritage nomination, prompting a Japanese protest to Moscow and to UNESCO.",
    label="new_development", group="g7-unesco-tentative",
    new_facts=["Russia placed 'Volcanoes and Coasts of the Southern Kurils' (sites on Kunashir and Iturup) on its UNESCO World Heritage tentative list; Japan protested to Russia and conveyed its position to UNESCO"],
    must_mention=[["unesco"], ["tentative", "heritage"]],
    note="First report of the UNESCO tentative-list entry (environmental/legal development).",
    author="Claire Hollings in Tokyo", section="Environment", tags=["UNESCO", "Russia", "Japan", "Northern Territories"],
    body="""
TOKYO - Russia has added volcanic landscapes on two of the islands claimed by Japan to its tentative list of sites it intends to nominate for UNESCO World Heritage status, prompting Tokyo to lodge a protest with Moscow and raise the matter with the U.N. cultural agency.

The entry, titled "Volcanoes and Coasts of the Southern Kurils", appeared on UNESCO's website this week with a submission date of April 30. It covers the Kurilsky Nature Reserve on Kunashir, including Tyatya volcano and the Golovnin caldera, as well as volcanic areas and coastal cliffs on Iturup.

Russia's Ministry of Natural Resources said in a statement that the islands' "untouched volcanic landscapes, hot springs and seabird colonies are of outstanding universal value" and that the listing would help protect them.

Chief Cabinet Secretary Minoru Kihara said the move was "incompatible with Japan's position on the Northern Territories and unacceptable". Japan had protested through diplomatic channels and conveyed its position to UNESCO, he said.

A tentative list is an inventory of sites a country considers nominating; inclusion does not involve a review by UNESCO. A formal nomination would require a detailed dossier and an evaluation by the International Union for Conservation of Nature, a process that usually takes years.

The Kurilsky reserve, created in 1984, lies across the Nemuro Strait from Japan's Shiretoko Peninsula, which was inscribed as a World Natural Heritage site in 2005. Scientists from both countries once floated the idea of a joint "Shiretoko-Kuril" heritage site, but it never advanced beyond academic discussion.

The Russian listing is the latest in a series of moves by Moscow to reinforce its hold on the islands. Peace treaty talks have been frozen since 2022.
"""),

dict(
    key="kuril-tourism-record", feed="tidemark-en", lang="en", published="2026-07-15T09:00:00Z",
    title="Tourists flock to Russia's Kuril Islands as foreign travel options shrink",
    summary="A record number of Russian tourists visited the Kuril Islands last year, regional officials said, drawn by volcanoes and hot springs as sanctions limit travel abroad.",
    label="neutral",
    note="Borderline: tourism on the islands (Russian development of the islands) with Japan's long-standing travel request as background; no new political or legal move.",
    author="Dmitry Orlov",
    body="""
YUZHNO-SAKHALINSK, July 15 (Tidemark) - A record number of tourists visited Russia's Kuril Islands last year, regional officials said, as Russians with fewer options for foreign travel discover the remote volcanic chain between Hokkaido and Kamchatka.

About 24,000 tourists visited the Kurils in 2025, up from roughly 17,000 a year earlier, the Sakhalin regional tourism ministry said. Most went to Iturup and Kunashir, where operators offer volcano hikes, hot springs and boat trips to see whales and sea lions.

"Ten years ago we had a few hundred adventurers a season. Now we have families from Moscow and Novosibirsk," said Yelena Surikova, who runs a guesthouse in Yuzhno-Kurilsk. The weather remains the main obstacle: fog frequently delays flights from Yuzhno-Sakhalinsk for days.

The regional government is subsidising a new hotel in Kurilsk and says it wants tourism to become the islands' second industry after fishing. Prices remain high, with a week-long tour costing more than a trip to Turkey.

Japan, which claims the four southernmost islands as the Northern Territories, has long asked its own citizens not to visit them on Russian visas, saying that doing so could imply recognition of Russian jurisdiction.

Some residents worry about the pressure on fragile landscapes. "Tourists are good for business, but the bears and the hot springs were here first," said a ranger at the Kurilsky nature reserve on Kunashir.

(Reporting by Dmitry Orlov; Editing by Rhys Calder)
"""),

dict(
    key="shikotan-refuge-regained", feed="granite-en", lang="en", published="2026-09-08T10:00:00Z",
    title="Japanese boats to regain Shikotan storm refuge under tighter Russian checks",
    summary="Nemuro's fishing fleet will again be able to ride out storms in Shikotan's bays from Sept. 15, after Russia's border service reversed a suspension imposed in February.",
    label="status_change", group="g6-refuge-restored",
    new_facts=["Russia's border service restored, from 15 September 2026, the Shikotan storm-refuge arrangement for Japanese fishing boats (suspended since February 2026), with new conditions (AIS on, catch records before entry)"],
    must_mention=[["regain", "again", "restor", "resum", "reinstat", "revers"], ["shelter", "refuge"]],
    note="Second report of the restoration (suspended -> resumed); the fact is in the second paragraph, phrased with 'would again be allowed'.",
    author="Kenji Harada in Nemuro", section="Asia", tags=["Japan", "Russia", "Fisheries"],
    body="""
NEMURO - With the autumn saury and squid seasons under way and the remnants of the first typhoons forecast to reach eastern Hokkaido next week, skippers in Nemuro have received the news they had been waiting for since February.

Russia's FSB border directorate for the Sakhalin region said on Tuesday that from Sept. 15 Japanese fishing boats would again be allowed to take emergency shelter in two bays on Shikotan, reversing a suspension it imposed in February after border guards found undeclared crab aboard a Japanese boat.

The conditions are stricter than before. Boats must keep their AIS transponders switched on and send their catch records to the Russian border service before entering Malokurilskaya or Krabovaya bay. Japan's Fisheries Agency and coast guard have agreed to carry out random checks of boats before they leave port, officials said.

"It is a matter directly linked to the safety of fishermen, and we welcome it," Chief Cabinet Secretary Minoru Kihara told reporters in Tokyo. He said Japan had asked its fishing cooperatives to make sure the rules were followed.

"We learned our lesson. Nobody wants to lose this again because of one boat," said Ryota Sugawara, a Habomai skipper.

The arrangement was first agreed in July 2025, after a Nemuro boat capsized off Shikotan and two crew members were lost. Japanese boats used the bays 23 times before the suspension.

The wider relationship remains frozen. Moscow has not returned to the peace treaty talks it broke off in 2022, and visa-free exchanges with the islands remain halted.
"""),

dict(
    key="declaration-1956-seventy", feed="kingfisher-en", lang="en", published="2026-10-19T03:00:00Z",
    title="Seventy years on, the 1956 declaration still divides Tokyo and Moscow",
    summary="The joint declaration that ended the state of war between Japan and the Soviet Union turns 70, with peace treaty talks frozen and no sign of a thaw.",
    label="restatement",
    note="Anniversary piece: background on the 1956 declaration (seed 004), the 2018 agreement to speed up talks (seeds 000, 003) and the 2022 halt (seeds 000-004). No new fact.",
    author="Mariko Endo", section="Politics", tags=["Japan-Russia relations", "History"],
    body="""
TOKYO - Seventy years ago on Monday, Soviet Premier Nikolai Bulganin and Japanese Prime Minister Ichiro Hatoyama signed a joint declaration in Moscow that ended the state of war between their countries and restored diplomatic relations. It remains the only document of its kind ratified by both parliaments, and the one both sides still cite when they explain why there is no peace treaty.

Under Article 9, the Soviet Union agreed to hand over the Habomai islets and Shikotan to Japan after a peace treaty was concluded. Japan has always insisted that all four island groups are its territory. In 1960, after Japan renewed its security treaty with the United States, Moscow added the withdrawal of foreign troops from Japan as a condition, and for decades it denied that a territorial issue existed at all.

The declaration returned to the centre of diplomacy in 2018, when Shinzo Abe and Vladimir Putin agreed in Singapore to accelerate talks on its basis. Russian officials stressed at the time that the text said nothing about the terms of any handover or about sovereignty.

"Both governments used the declaration as a floor on which to build. Now it is more like a monument," said Kenta Morioka, a historian at Hokkaido University. "It still tells us what was possible in 1956."

Talks stopped in March 2022, when Moscow said it would not negotiate a peace treaty with a country imposing sanctions on it. Russian officials say the islands' status is settled and not open to discussion; Japan says its goal of resolving the territorial issue and concluding a treaty is unchanged.

In Nemuro, the former islanders' league marked the day quietly with a small exhibition of documents from 1956. "We will not forget that there was once a promise," a league official said.
"""),
]
