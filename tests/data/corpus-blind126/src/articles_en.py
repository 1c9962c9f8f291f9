"""English article texts of the blind126 world (titles, bylines, bodies)."""

ARTICLES = {

"b126-02": dict(
    title="Japan's Kamikawa says territorial policy unchanged after Moscow rules out treaty talks",
    byline="Aya Morishita", section="Asia Pacific",
    credit="Reporting by Aya Morishita; editing by Martin Gale",
    body=[
        "TOKYO, Feb 26 (Wheelhouse) - Japanese Foreign Minister Yoko Kamikawa said on Monday that Tokyo's policy of resolving the dispute over four Russian-held islands and then concluding a peace treaty with Moscow had not changed, after a senior Russian diplomat said this month that resuming negotiations was \"categorically impossible\".",
        "\"Japan-Russia relations remain in a severe situation because of Russia's aggression against Ukraine, but our basic policy of resolving the territorial issue and concluding a peace treaty is unchanged,\" Kamikawa told a lower house budget committee, answering a lawmaker from Hokkaido.",
        "Russian Deputy Foreign Minister Andrei Rudenko told the TASS news agency on Feb. 8 that a resumption of dialogue on the treaty was categorically impossible in the current situation, and that Tokyo would first have to abandon what he called its hostile policy toward Russia.",
        "Kamikawa said she would not respond to every remark by Russian officials and noted that it was Moscow that had unilaterally announced it would not continue the negotiations. She did not say whether Japan had made any new approach to Russia.",
        "Russia's Foreign Ministry said in March 2022, weeks after the invasion of Ukraine, that it did not intend to continue peace treaty negotiations with a country that had imposed sanctions on it. It also ended visa-free trips by Japanese citizens to the islands and withdrew from talks on joint economic activities there.",
        "The islands - Iturup, Kunashir, Shikotan and the Habomai group, called the Northern Territories in Japan and the Southern Kurils in Russia - were seized by Soviet forces at the end of World War Two. The dispute has kept the two countries from signing a treaty formally ending their wartime hostilities.",
    ]),

"b126-04": dict(
    title="China's coast guard keeps up record presence around the Senkakus",
    byline="Hugo Ferrier", section="Brief",
    bio="covers maritime law enforcement in East Asia.",
    body=[
        "Chinese coast guard ships have now been seen in the contiguous zone around the Japanese-administered Senkaku Islands on every day of the year so far, extending a run that Japan's coast guard says is the longest since it began keeping records in 2012.",
        "Four China Coast Guard vessels, one of them armed with what appeared to be a 76mm gun, were sighted on Tuesday about 22 km off Uotsuri, the largest island in the group, which China claims as the Diaoyu. Two of them briefly entered Japan's territorial waters and approached a Japanese fishing boat before being warned off by patrol ships, the Japan Coast Guard's 11th Regional Headquarters in Naha said.",
        "Tokyo lodged a protest through diplomatic channels, its 9th over intrusions into the territorial sea this year. Beijing's foreign ministry replied that the ships were conducting \"normal law-enforcement patrols in China's own waters\".",
        "The pattern is familiar, but the numbers keep creeping up. Analysts at the Sasakawa Peace Foundation note that the Chinese ships now stay longer inside the 12-nautical-mile limit and increasingly shadow Japanese fishing boats, turning each encounter into a demonstration of administrative control.",
        "Japan's coast guard has responded by adding large patrol vessels to the Ishigaki-based fleet, which is now bigger than the one guarding the whole of the Sea of Japan coast. A new 6,500-tonne patrol ship is due to join it next year.",
        "The Senkaku dispute is one of several island quarrels in the region that have no agreed mechanism for managing incidents at sea. Tokyo and Beijing set up a maritime and air communication hotline in 2023 but, officials say, it has been used only a handful of times.",
    ]),

"b126-06": dict(
    title="Scientists haul up new amphipod species from the Kuril-Kamchatka Trench",
    byline="Priya Ramaswamy", section="Science",
    caption="A sampling sledge is lowered over the side during the expedition. (Illustration)",
    body=[
        "Researchers studying life in one of the deepest places on Earth say they have identified three previously unknown species of amphipod - shrimp-like crustaceans - from samples taken more than 8,000 meters down in the Kuril-Kamchatka Trench in the northwest Pacific.",
        "The trench runs for about 2,200 km along the Pacific side of the Kuril island chain and Kamchatka, reaching a depth of around 9,600 meters. Its cold, oxygen-rich water makes it unusually productive for a hadal environment, and earlier expeditions have already found it teeming with life.",
        "The new species, described this week in the journal Zoosystematics and Evolution by a team from Germany and Japan, belong to a genus that scavenges on organic matter sinking from the surface. The largest is about 4 cm long.",
        "\"Every time we go down, we find something we have never seen,\" said a co-author at a German research museum. \"The trenches behave like islands: each one has its own fauna, shaped by isolation.\"",
        "The samples were collected with baited traps and an epibenthic sledge during a 2023 cruise. Genetic analysis took more than a year, partly because reference material from neighbouring trenches is scarce.",
        "The team says the findings add to the case for treating hadal trenches as distinct ecosystems when regulators consider deep-sea mining and cable routes. No mining is currently planned in the Kuril-Kamchatka Trench, which lies largely within Russia's exclusive economic zone.",
        "The researchers hope to return in 2026 with a camera lander capable of filming at full trench depth.",
    ]),

"b126-08": dict(
    title="Narva river buoys: Estonia protests as Russian border guards remove markers again",
    byline="Northern Approaches staff", section="Brief",
    body=[
        "Estonia has summoned a Russian diplomat for the second time this year after Russian border guards removed navigation buoys that mark the fairway on the Narva River, which forms part of the border between the two countries.",
        "Estonia's Police and Border Guard Board said Russian crews pulled up 14 of the floating markers it had reinstalled in early July, leaving about half of the river section near Narva-Joesuu unmarked. The buoys are meant to help boats avoid straying across the border line, which follows the deepest part of a river channel that shifts over time.",
        "Russia says it does not accept the positions of about half the buoys and wants the line reviewed. Estonia says the positions follow a 1990s agreement and were coordinated every year until 2023. A border treaty signed in 2014 has never been ratified by Russia.",
        "Estonian Foreign Minister Margus Tsahkna called the removal \"another provocation in a series\" and said Tallinn had informed its NATO allies. Brussels described it as part of a pattern of Russian hybrid pressure on the EU's eastern border.",
        "The incident has no military component so far and both sides' border guards still talk by phone at the local level, officials said. But the episode shows how small technical arrangements that worked for decades - buoy laying, notification of fishing boats, shared hydrographic surveys - are collapsing wherever Russia and its neighbours are at odds.",
        "The Estonian board said it would put the buoys back once ice conditions allow in the autumn, and would record any new removal on camera.",
    ]),

"b126-11": dict(
    title="Russia puts Bastion anti-ship missiles on Shikotan, an island claimed by Japan",
    byline="Dmitri Oreshkin and Aya Morishita", section="World",
    credit="Reporting by Dmitri Oreshkin in London and Aya Morishita in Tokyo; editing by Martin Gale",
    body=[
        "MOSCOW/TOKYO, Sept 10 (Wheelhouse) - Russia has deployed a division of Bastion coastal missile systems on Shikotan, one of the four Pacific islands claimed by Japan, and put it on combat duty, the Pacific Fleet said on Tuesday.",
        "It is the first time the Bastion, which fires supersonic P-800 Oniks anti-ship missiles, has been stationed on Shikotan, the smallest of the three inhabited islands in the disputed group.",
        "The fleet's press service said the launchers and crews arrived by sea after a march and took up positions near the village of Krabozavodskoye, where they practised moving to firing positions and camouflaging the launchers. \"The division has assumed combat duty to protect the islands and the adjacent straits,\" the statement said. It did not give the number of launchers.",
        "Russia already keeps Bastion and Bal coastal missile systems on Iturup and Kunashir, the two largest islands, where they were deployed in 2016, and moved a Bastion unit to Matua in the central Kurils in 2021.",
        "Japan's government had no immediate comment. Tokyo has repeatedly protested against Russia's military build-up on the islands, which it calls the Northern Territories, saying it is incompatible with Japan's position.",
        "Shikotan lies about 70 km (45 miles) east of Nemuro on Hokkaido. Under a 1956 joint declaration, Moscow agreed to hand over Shikotan and the Habomai islets after a peace treaty was signed, but no treaty has been concluded. Russia said in March 2022 it would not continue treaty negotiations because of Japan's sanctions over Ukraine.",
    ]),

"b126-13": dict(
    title="Moscow dismisses report that S-400s will follow Bastion missiles to Shikotan",
    byline="Lena Hart", section="Security",
    tags=["Russia", "Japan", "Kuril Islands", "air defence"],
    comments=[("kuroshio_watcher", "Denials like this are worth exactly nothing until someone looks at the satellite pictures."),
              ("M. Tanner", "Shikotan has one road. Where would they even put an S-400 battalion?")],
    body=[
        "Russia's Eastern Military District has denied a Japanese magazine report that an S-400 air-defence battalion is being readied for deployment to Shikotan, two weeks after the Pacific Fleet put Bastion anti-ship missiles on combat duty on the island.",
        "The Tokyo-based weekly cited unnamed Japanese defence officials as saying that earthworks near the Bastion positions outside Krabozavodskoye pointed to a long-range air-defence unit arriving \"before winter\". The district's press service told Russian news agencies the report \"does not correspond to reality\" and that there were no plans to station S-400 systems on Shikotan.",
        "\"Everything planned for the island this year has been carried out,\" the press service was quoted as saying - a reference to the Bastion division, whose arrival the fleet announced on Sept. 10 and which Tokyo protested the following day.",
        "Japan's Defence Ministry said it was closely watching Russian military activity on the islands, which Japan calls the Northern Territories, but would not comment on individual media reports. A ministry official told Coldfront that the ministry had \"nothing to confirm\" beyond the Bastion deployment.",
        "Where that leaves things: the Bastion on Shikotan is the only new deployment on the island that either government has confirmed this year. The S-400 story rests on one anonymous source and a photograph of a bulldozer.",
        "Russia keeps S-300V4 and Tor systems elsewhere in the Kurils, and Moscow has long argued that it needs to defend the islands against what it calls growing US and Japanese military activity near its Far Eastern borders. Denials of specific plans have not, in the past, prevented later deployments. But for now, there is no S-400 battalion on Shikotan, and no official who says one is coming.",
    ]),

"b126-15": dict(
    title="Armenia and Azerbaijan say peace treaty is 'within reach' after latest round",
    byline="Selin Aydemir", section="Europe",
    body=[
        "Armenia and Azerbaijan say they have agreed on most of the text of a peace treaty meant to end more than three decades of conflict, but sharp differences remain over two provisions, including Baku's demand that Armenia change its constitution.",
        "After talks between the two foreign ministers on the sidelines of a conference in Kazakhstan, Armenian officials said 15 of the draft's 17 articles had been settled. Azerbaijan's foreign ministry said the sides were \"closer than ever\" but that a treaty could only be signed once Yerevan removed what Baku sees as territorial claims in the preamble of its constitution.",
        "The treaty would commit the two countries to recognise each other's borders, establish diplomatic relations and set up a commission to demarcate their 1,000-km frontier. It would also rule out third-country forces along the border, an allusion to the EU monitoring mission on the Armenian side.",
        "Armenian Prime Minister Nikol Pashinyan has said a referendum on a new constitution could be held in 2027, but not as a precondition imposed from outside. Azerbaijan's president Ilham Aliyev has insisted the change must come first.",
        "Diplomats involved in the talks say the remaining questions could take months. \"A peace treaty is a legal document; the hard part is that both sides want guarantees they don't trust the other to give,\" said one Western official.",
        "The conflict over Nagorno-Karabakh ended in September 2023 when Azerbaijan retook the region in a one-day offensive, prompting almost all of its ethnic Armenian population to flee.",
    ]),

"b126-17": dict(
    title="Lavrov says no basis for peace treaty talks with Japan while sanctions stay",
    byline="Dmitri Oreshkin", section="World",
    credit="Reporting by Dmitri Oreshkin; editing by Claire Whitby",
    body=[
        "MOSCOW, Jan 14 (Wheelhouse) - Russian Foreign Minister Sergei Lavrov said on Tuesday there was no basis for discussing a peace treaty with Japan as long as Tokyo maintained sanctions and what he called a course hostile to Russia.",
        "\"Japan chose to join the anti-Russian line of the West. In these conditions there is no basis for any talks on a peace treaty - you cannot sign a document on friendship and good-neighbourliness with a country that declares its aim to inflict a strategic defeat on us,\" Lavrov said at his annual news conference.",
        "He said the Kuril Islands were Russian territory under the results of World War Two, \"enshrined in the UN Charter\", and that the question of their ownership was closed. He also accused Japan of stepping up military activity with the United States near Russia's Far Eastern borders.",
        "Lavrov's remarks echo statements made since March 2022, when Moscow said it would not continue treaty negotiations and ended visa-free trips for Japanese citizens to the islands, citing Tokyo's sanctions over Ukraine. Deputy Foreign Minister Andrei Rudenko said a year ago that resuming talks was \"categorically impossible\".",
        "Japan's government says its policy of resolving the territorial dispute and concluding a treaty is unchanged. Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday that Russia bore responsibility for the state of relations and that Tokyo would not comment on every statement from Moscow.",
        "Japan and the Soviet Union ended their state of war with a 1956 joint declaration but never signed a peace treaty, because of the dispute over the islands, which Japan calls the Northern Territories.",
    ]),

"b126-21": dict(
    title="Russia schedules live-fire drills in Vries Strait near disputed islands; Japan protests",
    byline="Kenta Abe", section="Defense",
    body=[
        "Russian forces will hold firing exercises next week in the Vries Strait, the channel separating Iturup, the largest of the Russian-held islands claimed by Japan, from neighboring Urup, according to a navigational warning relayed by the Japan Coast Guard on Tuesday.",
        "The warning covers March 11 to 14 and asks ships to stay clear of an area spanning both sides of the strait, which Russia calls the Friza Strait and Japan calls the Etorofu Strait. It did not say what weapons would be fired or which units would take part.",
        "Japan's Foreign Ministry said it had lodged a protest through diplomatic channels the same day, calling drills around the islands unacceptable and \"incompatible with Japan's position\" on the Northern Territories.",
        "The Vries Strait is one of the few deep-water passages between the Sea of Okhotsk and the Pacific in the southern Kurils, and is used by Russian submarines and surface ships heading out of the Okhotsk Sea. Japan's claim ends at Iturup; Urup, to the north, is not part of it - so the announced box straddles waters Tokyo regards as its own and waters it does not.",
        "Russia has held a string of exercises on and around the islands in recent years, which Tokyo protests each time. Moscow typically responds that it is free to conduct military activity on its own territory.",
        "The drills are far from the main fishing grounds used by boats from Nemuro and Rausu, which work mostly in the Nemuro Strait and around the Habomai islets, and local fishing co-ops said they did not expect disruption.",
    ]),

"b126-22": dict(
    title="The Monday Approaches: cruise missiles over the Yellow Sea, a bigger Balikatan and a busy Taiwan Strait",
    byline="Hugo Ferrier", section="Weekly round-up",
    bio="edits the Monday Approaches newsletter.",
    body=[
        "Good morning. A crowded week: Pyongyang fired cruise missiles for the second time this year, Manila and Washington confirmed their biggest Balikatan yet, and the PLA kept up pressure around Taiwan. Plus notes from the northern edge of the region.",
        "## Korean Peninsula",
        "North Korea launched several cruise missiles over the Yellow Sea on Saturday in what state media called a test of a \"strategic\" weapon. South Korea's Joint Chiefs of Staff said the missiles flew for more than two hours. The launches came a day before the start of the annual Freedom Shield exercise between US and South Korean forces, which Pyongyang routinely condemns as rehearsal for invasion.",
        "## Philippines",
        "The Philippine armed forces confirmed that this year's Balikatan exercise with the United States will involve more than 16,000 troops, including Japanese and Australian contingents, and will for the first time include a maritime strike drill in the Luzon Strait. The exercise starts in April.",
        "## Taiwan Strait",
        "Taiwan's defence ministry tracked 59 PLA aircraft and 14 ships around the island over the week, with a peak on Thursday as a Chinese carrier group sailed through the Bashi Channel.",
        "## Around the Kurils",
        "Russia is widening its spring live-fire calendar around the islands disputed with Japan. In addition to the Vries Strait drills set for March 11-14 (see last week's brief), a second navigational warning relayed by the Japan Coast Guard on Sunday evening designates a new artillery firing area off Cape Veslovsky, the southern tip of Kunashir, for March 17-19. The box faces Hokkaido's Notsuke Peninsula across a narrow channel and sits a few miles from the median line that Japanese fishing boats treat as the working boundary. Tokyo had not commented by Monday morning.",
        "## Also noted",
        "Australia's navy commissioned its first of six new multi-role patrol vessels; Vietnam's coast guard received two ex-Japanese patrol boats; and the US Coast Guard cutter Waesche arrived in Yokosuka for a two-week stopover.",
    ]),

"b126-26": dict(
    title="Philippine boat hit by water cannon near Second Thomas Shoal",
    byline="Coldfront staff", section="Security",
    tags=["Philippines", "China", "South China Sea"],
    comments=[("reef_notes", "Same script every quarter. Still no Code of Conduct in sight.")],
    body=[
        "A Philippine supply boat was struck by water cannon from a Chinese coast guard ship on Monday as it tried to reach the BRP Sierra Madre, the grounded warship that Manila uses as an outpost at Second Thomas Shoal in the South China Sea.",
        "The Philippine coast guard said two crew members suffered minor injuries and the boat's navigation equipment was damaged. A second boat reached the Sierra Madre and delivered food and water to the marines stationed aboard.",
        "China's coast guard said it had taken \"necessary control measures\" against vessels that \"illegally intruded\" into waters around Ren'ai Jiao, China's name for the shoal. Beijing claims almost all of the South China Sea, a claim an international tribunal rejected in 2016.",
        "Manila and Beijing agreed a \"provisional arrangement\" on resupply missions last year, which for several months reduced confrontations. Philippine officials say China has begun to interpret the deal more narrowly, demanding advance notice of the cargo.",
        "The United States, which has a mutual defence treaty with the Philippines, condemned what it called dangerous actions. Japan, which is supplying coastal radars and patrol boats to Manila, said it was seriously concerned.",
        "Island disputes in the region have multiplied incidents at sea but produced almost no mechanisms to manage them. Talks on a code of conduct between China and ASEAN have now run for more than two decades.",
    ]),

"b126-29": dict(
    title="Japan's defence white paper warns of China, North Korea and Russian activity near Hokkaido",
    byline="Aya Morishita", section="Asia Pacific",
    credit="Reporting by Aya Morishita; editing by Claire Whitby",
    body=[
        "TOKYO, July 15 (Wheelhouse) - Japan's annual defence white paper, approved by the cabinet on Tuesday, says the country faces its most severe security environment since World War Two, pointing to China's military expansion, North Korea's missiles and deepening military cooperation between Russia and China.",
        "On Russia, the 2025 edition says Moscow continues to strengthen its forces on the Northern Territories - the four islands off Hokkaido held by Russia and claimed by Japan - and lists the deployment of Bastion coastal missiles on Shikotan last September and live-fire drills held in March in the Vries Strait and off the southern tip of Kunashir.",
        "The paper describes these moves, as last year's did, as part of a Russian effort to secure the Sea of Okhotsk for its ballistic-missile submarines, and repeats that the islands are an integral part of Japan's territory. Its language on the dispute is essentially unchanged from the 2024 edition.",
        "Most of the 500-page document is devoted to China, which it calls \"the greatest strategic challenge\" to Japan. It notes record numbers of Chinese coast guard patrols around the Senkaku Islands and joint Chinese-Russian bomber flights near Japan.",
        "China's foreign ministry said the paper \"hyped\" a Chinese threat. Russia's embassy in Tokyo did not immediately comment. Moscow has in the past rejected Japanese protests over its military activity on the islands, saying it has a right to deploy forces on its own territory.",
        "Japan is midway through a five-year plan to raise defence spending to 2% of GDP by fiscal 2027.",
    ]),

"b126-31": dict(
    title="Japanese man detained on Russian-held Iturup on suspicion of spying",
    byline="Kenta Abe", section="Asia",
    body=[
        "A Japanese man has been detained by Russia's Federal Security Service on Iturup, the largest of the Russian-controlled islands claimed by Japan, on suspicion of espionage, Japanese officials said on Thursday.",
        "Japan's government identified him as Naoki Kuwabara, a 43-year-old freelance photographer from Kushiro in eastern Hokkaido. According to a Sakhalin news website, he was detained on Aug. 2 near the Burevestnik military airfield and is accused of photographing the airfield and military hardware with a telephoto lens. The FSB has opened a criminal case under Article 276 of Russia's Criminal Code, which covers espionage by foreign nationals and carries a prison term of 10 to 20 years.",
        "A court in Kurilsk ordered him held in custody for two months, the site reported. The FSB has not commented publicly.",
        "Japan's chief cabinet secretary said the government had asked Russia for consular access and for Kuwabara's early release, and was providing \"all possible support\" through its consulate in Yuzhno-Sakhalinsk. He added that the government asks Japanese citizens to refrain from entering the islands with Russian visas, which would imply accepting Russian jurisdiction there. Kuwabara had travelled via Yuzhno-Sakhalinsk on a Russian visa, the Foreign Ministry said.",
        "Friends in Kushiro described Kuwabara as a wildlife photographer who had long wanted to photograph birds on the islands, which are off limits to most Japanese visitors since Russia ended visa-free exchanges in 2022.",
        "No Japanese citizen is known to have faced espionage charges on the disputed islands before. Russia and Japan have not held peace treaty talks since Moscow broke them off in March 2022.",
    ]),

"b126-33": dict(
    title="Eighty years on, the Kuril landing still shapes the North Pacific",
    byline="Hugo Ferrier", section="Analysis",
    bio="writes on maritime and air security in the North Pacific.",
    body=[
        "On 18 August 1945, three days after Japan announced its surrender, Soviet troops landed on Shumshu, the northernmost of the Kuril Islands. The fighting there lasted five days and cost thousands of lives on both sides. By early September, Soviet forces had occupied the whole chain down to the Habomai islets, a few kilometres off Hokkaido.",
        "Russia marks the anniversary as the culmination of its war in the Pacific. Japan regards the occupation of the four southernmost islands - Iturup, Kunashir, Shikotan and the Habomai group - as illegal and has claimed them ever since. The two countries restored diplomatic relations with a 1956 joint declaration but never signed a peace treaty.",
        "Eight decades later, the geography that made the islands worth fighting for has not changed. The straits between them are the Pacific Fleet's gates from the Sea of Okhotsk to the open ocean. That is why Moscow keeps a machine-gun artillery division and coastal missile units on Iturup and Kunashir, put a Bastion missile division on Shikotan last September, and this spring announced live-fire drills in the Vries Strait and off Kunashir.",
        "The diplomacy has gone backwards. Peace treaty talks, which both sides agreed to accelerate in 2018, were broken off by Russia in March 2022, when it also ended visa-free exchanges for Japanese citizens. Officials in Moscow have said since that talks are impossible while Japan maintains sanctions; Tokyo says its aim of resolving the dispute and concluding a treaty is unchanged.",
        "The human side has narrowed too. The detention this month of a Japanese photographer on Iturup on suspicion of espionage is a reminder that for Japanese citizens the islands are now closer to a closed military zone than to the 'bridge of exchange' both governments once talked about.",
        "Anniversaries invite predictions. The safer bet is continuity: more hardware on the islands, more protests from Tokyo, and no talks.",
    ]),

"b126-35": dict(
    title="Is Russia thinning out its Kuril garrison? Satellite pictures raise the question",
    byline="Lena Hart", section="Security",
    tags=["Russia", "Kuril Islands", "OSINT"],
    comments=[("stratcom_ed", "Motor pools empty in September = exercise season. Check again in December."),
              ("Hokkaido reader", "The ministry never confirms anything until it's sure. That tells you something.")],
    body=[
        "Open-source analysts have published commercial satellite images that, they say, show far fewer armoured vehicles at the main bases of Russia's 18th Machine-Gun Artillery Division on Iturup and Kunashir than a year ago.",
        "The images, from a European provider, compare the vehicle parks at Goryachiye Klyuchi on Iturup and at Lagunnoye on Kunashir in September 2024 and September 2025. By the analysts' count, the number of visible armoured vehicles fell by roughly a third at both sites.",
        "That could mean several things. Units may have been rotated to the war in Ukraine, as Japanese officials suspected of parts of the division in 2022. Vehicles may be out on exercises, which peak in late summer, or under cover in new hangars built over the past two years. Or the images may simply have been taken on unrepresentative days.",
        "Japan's Defence Ministry declined to comment on the images, saying only that it monitors Russian military activity on the islands \"with great interest\". Russia's Eastern Military District did not respond to a request for comment.",
        "What is not in doubt is that the islands' newer, high-value assets - coastal missiles on Iturup, Kunashir and, since last September, Shikotan - are not the kind of equipment that has been sent west. If the garrison is being thinned, it is the infantry, not the missile umbrella.",
        "We would caution against reading too much into two snapshots. But it is a question worth asking, and we will keep looking.",
    ]),

"b126-38": dict(
    title="Motegi says Japan will 'never shelve' Northern Territories issue, sees no talks soon",
    byline="Kenta Abe", section="Asia",
    body=[
        "Japan's Foreign Minister Toshimitsu Motegi said on Wednesday that Tokyo would \"never shelve\" its dispute with Russia over four islands off Hokkaido, while acknowledging there was no prospect of resuming peace treaty negotiations for now.",
        "\"Japan-Russia relations remain severe, but our policy of resolving the territorial issue and concluding a peace treaty is unchanged. We will never shelve this issue,\" Motegi told the upper house foreign affairs committee in his first detailed remarks on Russia since taking office last month.",
        "Asked by a lawmaker from Hokkaido when talks might restart, he said Russia had unilaterally announced in March 2022 that it would not continue them, and that \"at present there is no outlook\" for a resumption.",
        "Motegi also said the government continued to ask Moscow for the early return of Naoki Kuwabara, the Japanese photographer detained on Iturup in August on espionage charges and moved to house arrest there last month. He urged Russia to resume grave visits by former island residents, halted since 2022, on humanitarian grounds.",
        "Russian officials have said repeatedly that peace treaty talks are impossible while Japan maintains sanctions imposed over the war in Ukraine, and that Russia's sovereignty over the islands, which it calls the Southern Kurils, is not open to discussion.",
        "About 5,000 former Japanese residents of the islands are still alive; their average age is nearly 89.",
    ]),

"b126-39": dict(
    title="Russian lawmaker says Moscow would answer US missiles in Hokkaido with Kuril deployments",
    byline="Dmitri Oreshkin", section="World",
    credit="Reporting by Dmitri Oreshkin; editing by Martin Gale",
    body=[
        "MOSCOW, Dec 20 (Wheelhouse) - Russia would respond to any deployment of US intermediate-range missiles in northern Japan by stationing additional weapons on the Kuril Islands, the head of the State Duma's defence committee said on Saturday.",
        "\"If American missiles capable of reaching our territory appear in Hokkaido, we will be forced to take countermeasures, including on the Kuril Islands, and including on the islands closest to Hokkaido,\" he told the RIA news agency. He did not specify what weapons Russia might send or when.",
        "The remarks followed Japanese media reports that Washington and Tokyo had discussed bringing the US Army's Typhon launcher to Japan for exercises next year. Japan's government has said there are no plans to permanently host such missiles.",
        "Russian officials have long cited the risk of US bases or missiles on the islands as a reason not to hand any of them to Japan, and Moscow has steadily built up its garrison there, including coastal missile units on Iturup, Kunashir and Shikotan.",
        "The lawmaker's comments are not a government decision. Kremlin spokesman Dmitry Peskov, asked about them, said Russia would \"take the measures needed for its security\" if threats arose, without elaborating.",
        "Japan's chief cabinet secretary said Tokyo had \"no intention\" of posing a threat to Russia and that Russia's military activity on the Northern Territories was unacceptable to Japan.",
    ]),

"b126-40": dict(
    title="Japanese photographer held on Iturup freed and ordered out after spying case dropped",
    byline="Northern Approaches staff", section="Brief",
    body=[
        "Naoki Kuwabara, the Japanese photographer detained on Iturup last August on suspicion of espionage, has been released from house arrest and ordered to leave Russia, ending an ordeal of almost six months.",
        "The district court in Kurilsk on Monday found him guilty of an administrative offence - breaching the border-zone regime, under Article 18.7 of Russia's Code of Administrative Offences - and fined him 3,000 roubles with administrative expulsion, his Russian lawyer told us. FSB investigators had closed the criminal case for espionage under Article 276 of the Criminal Code on Friday, citing the absence of a crime, the lawyer said.",
        "Kuwabara, now 44, was detained on 2 August near the Burevestnik military airfield, held in a pre-trial detention centre in Yuzhno-Sakhalinsk and, from mid-October, kept under house arrest in a rented flat in Kurilsk. He was due to fly to Yuzhno-Sakhalinsk on Tuesday and then home via a third country; there are no direct flights between Russia and Japan.",
        "Japan's Foreign Ministry welcomed the release and thanked those who had helped. It repeated its request that Japanese citizens not travel to the Northern Territories on Russian visas.",
        "Why it matters: this was the first espionage case brought against a Japanese citizen on the disputed islands. It ended in the least costly way for both governments - a fine and expulsion rather than a trial - at a time when almost every other channel between Tokyo and Moscow on the islands is closed.",
    ]),

"b126-44": dict(
    title="Commander says Russia has no plans to cut Kuril garrison",
    byline="Dmitri Oreshkin", section="World",
    credit="Reporting by Dmitri Oreshkin; editing by Claire Whitby",
    body=[
        "MOSCOW, Feb 23 (Wheelhouse) - The commander of the Russian army division stationed on the Kuril Islands said there were no plans to reduce forces on the islands, dismissing foreign reports that the garrison had been thinned out as \"groundless\".",
        "\"No reduction of the grouping on the islands is planned. The division is fully manned and has completed its winter training period,\" the commander of the 18th Machine-Gun Artillery Division told the Defence Ministry newspaper Krasnaya Zvezda in an interview published for Defender of the Fatherland Day.",
        "He did not name the reports, but analysts last year published satellite images that they said showed fewer armoured vehicles at the division's bases on Iturup and Kunashir. Japan's Defence Ministry has not commented on them.",
        "The commander said the division's units had held exercises on repelling landings and protecting coastal missile positions, and that the islands' defences were \"reliable in any conditions\". He gave no figures.",
        "The division, headquartered at Goryachiye Klyuchi on Iturup, is the main ground force on the islands that Japan calls the Northern Territories. Tokyo regularly protests against Russia's military presence there as incompatible with its position.",
        "Russia has said since 2022 that it will not continue peace treaty talks with Japan while Tokyo maintains sanctions over Ukraine.",
    ]),

"b126-45": dict(
    title="Japan Coast Guard to base two more large patrol ships at Nemuro",
    byline="Coldfront staff", section="Security",
    tags=["Japan", "coast guard", "Hokkaido"],
    comments=[("nemuro_local", "About time. The Nemuro office has been doing this with two ships for years.")],
    body=[
        "The Japan Coast Guard will move two 1,000-tonne-class patrol vessels to Nemuro in eastern Hokkaido from April, doubling the number of large ships based at the port closest to the Russian-held islands, its 1st Regional Headquarters in Otaru said this week.",
        "The ships, currently based in Otaru and Hakodate, will be assigned to the Nemuro Coast Guard Office as part of an annual redeployment. Officials said the aim was to strengthen patrols near the median line in the Nemuro Strait, where Japanese fishing boats have repeatedly been stopped and seized by Russian border guards, and to respond faster to Russian navigational warnings for drills.",
        "The Nemuro office currently has two large patrol ships and several smaller boats. The additional ships will need new berths at Nemuro's Hanasaki port; temporary mooring will be used until the work is finished in 2027.",
        "The decision does not involve new ships or new funding, and officials stressed it was \"not directed at any specific country\". The coast guard's main expansion in recent years has gone to the southwest, around the Senkaku Islands.",
        "Local fishing co-ops welcomed the move. The Nemuro city government said it hoped the stronger presence would \"give fishermen peace of mind\" while the Northern Territories dispute remains unresolved.",
    ]),

"b126-46": dict(
    title="Japan widens Russia export ban, targets third-country suppliers of drone parts",
    byline="Selin Aydemir", section="Asia",
    body=[
        "Japan has added 28 entities in Russia, China, the United Arab Emirates and Central Asia to its export-ban list, accusing them of helping Moscow obtain components for drones and missiles used in the war in Ukraine.",
        "The Ministry of Economy, Trade and Industry said the new listings take effect on April 1 and bring the number of entities covered by Japan's Russia-related export restrictions to more than 800. The package also bans exports of certain machine tools and electronic test equipment to Russia.",
        "Chief Cabinet Secretary Minoru Kihara said Japan would continue to coordinate with the Group of Seven on sanctions \"to bring about a just and lasting peace in Ukraine\".",
        "Russia's embassy in Tokyo called the measures \"another unfriendly step\" that would \"only harm Japanese business\". Moscow has responded to earlier rounds by adding Japanese officials, journalists and academics to its entry ban list.",
        "Japanese companies' trade with Russia has fallen by more than two-thirds since 2021, although imports of liquefied natural gas from the Sakhalin-2 project continue under exemptions.",
        "Several of the newly listed companies are in Hong Kong and mainland China, which Beijing said it would \"firmly oppose\". Japan has been reluctant to sanction Chinese entities in the past but has recently followed steps taken by the EU and the United States.",
    ]),

"b126-48": dict(
    title="Russia pulls Bastion missile launchers off Shikotan, Japan says",
    byline="Kenta Abe", section="Defense",
    caption="Shikotan island seen from a Japanese patrol aircraft. (File)",
    body=[
        "Russia appears to have withdrawn the Bastion coastal missile launchers it deployed on Shikotan in September 2024, Japan's Defense Ministry said on Tuesday, citing satellite imagery and other information.",
        "The ministry said the launchers and support vehicles were no longer at their positions near the village of Krabozavodskoye and had been shipped off the island in early April, apparently aboard a Russian navy landing ship. It was analyzing where they had gone and whether the move was temporary.",
        "\"We confirmed that the Bastion system is no longer deployed on Shikotan,\" a ministry spokesman said. \"We do not consider this a change in Russia's overall posture on the Northern Territories.\" Russia keeps Bastion and Bal coastal missiles on Iturup and Kunashir.",
        "Russia's Pacific Fleet, which announced the Shikotan deployment with some fanfare 19 months ago, has not commented.",
        "The Bastion division on Shikotan, about 70 km from Nemuro in Hokkaido, was the first anti-ship missile unit on that island and drew a protest from Tokyo at the time. Japanese officials cautioned against reading the withdrawal as a goodwill gesture; relations remain frozen and Moscow has refused peace treaty talks since March 2022.",
        "Some analysts suggested the launchers might be needed elsewhere, or due for an upgrade to fire newer missiles.",
    ]),

"b126-51": dict(
    title="Explainer: Why Russia keeps arming the Kurils",
    byline="Hugo Ferrier", section="Explainer",
    bio="writes on maritime and air security in the North Pacific.",
    body=[
        "Every few months a new Russian missile unit, drill or warning around the Kuril Islands makes headlines in Japan. Here is why Moscow keeps investing in the islands, and what it means.",
        "## The Sea of Okhotsk",
        "The Pacific Fleet keeps its ballistic-missile submarines in the Sea of Okhotsk, a semi-enclosed sea that Russia treats as a protected bastion. The Kurils form its eastern wall. Whoever controls the straits between the islands controls the exits to the Pacific, which is why Moscow has steadily added anti-ship and air-defence missiles there since 2016.",
        "## The four southern islands",
        "Iturup, Kunashir, Shikotan and the Habomai islets are claimed by Japan, which calls them the Northern Territories. Russia says its sovereignty over them, the result of World War Two, is not open to question. Peace treaty talks that were meant to settle the dispute were broken off by Moscow in March 2022, when it also ended visa-free trips for Japanese citizens, citing Tokyo's sanctions over Ukraine.",
        "## What is deployed",
        "The 18th Machine-Gun Artillery Division is based on Iturup and Kunashir, with Bastion and Bal coastal missile systems and air defences. A Bastion division put on duty on Shikotan in September 2024 was shipped to Sakhalin this April; Russia's Pacific Fleet said it was there for re-equipment and gave no date for its return. Live-fire drills, such as those in the Vries Strait and off Cape Veslovsky in March 2025, are announced through navigational warnings.",
        "## Why it matters to Japan",
        "Tokyo protests each deployment and drill, but has little leverage. For fishing towns such as Nemuro and Rausu, the practical effect is more closed areas and more risk of boats being stopped by Russian border guards.",
        "## What to watch",
        "Whether the Shikotan Bastion returns, whether Moscow reacts to any US missile deployments in Japan, and whether either side finds a way to reopen humanitarian channels.",
    ]),

"b126-53": dict(
    title="Seventy years after the 1956 declaration, Japan and Russia are further apart than ever",
    byline="Selin Aydemir", section="Asia",
    body=[
        "Seventy years ago on Monday, Japan and the Soviet Union signed a joint declaration in Moscow that ended their state of war and restored diplomatic relations. It also held out a promise: the Soviet Union would hand over Shikotan and the Habomai islets once a peace treaty was concluded.",
        "The treaty never came. The anniversary passed with little ceremony in either capital, a measure of how far relations have fallen.",
        "Russia's embassy in Tokyo said in a statement that the declaration was \"an important page\" in bilateral history, but that \"under the current conditions, created by Tokyo's unfriendly policy, negotiations on a peace treaty are impossible\". Moscow broke off the talks in March 2022 over Japan's sanctions and has said since then that its sovereignty over the Kuril Islands is beyond discussion.",
        "Japan's chief cabinet secretary told reporters that the 1956 declaration remained \"a basic document\" for the negotiations and that Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged.",
        "In 2018 the two countries' leaders agreed to accelerate talks on the basis of the 1956 declaration, raising hopes in Japan of a deal on at least the two smaller islands. Those hopes faded even before the invasion of Ukraine, as Moscow insisted Japan first recognise the results of World War Two.",
        "Since then the islands have become more militarised, not less, with coastal missiles on Iturup and Kunashir and repeated drills. For former residents, whose average age is now almost 90, the anniversary was another reminder of time running out.",
    ]),

"b126-57": dict(
    title="Russian envoy: Japan's military build-up makes treaty talks 'impossible'",
    byline="Lena Hart", section="Politics",
    tags=["Russia", "Japan", "diplomacy"],
    comments=[("k.sato", "He says 'militarisation' while they ship missiles back onto Shikotan. Remarkable.")],
    body=[
        "Russia's ambassador to Japan said in an interview published on Tuesday that Tokyo's military build-up and sanctions made peace treaty talks \"impossible\", and defended Russia's deployments on the disputed islands as a sovereign matter.",
        "\"Japan is turning into a springboard for American military activity near our borders. How can one speak of a treaty of peace and good-neighbourliness in such conditions?\" the ambassador told the Russian news agency RIA.",
        "Asked about Japan's protest over the return of Bastion missiles to Shikotan this month, he said Russia \"decides for itself how to defend its territory\" and that Japanese protests would continue to be rejected. He said Russia's sovereignty over the Kuril Islands was \"not subject to discussion\".",
        "He accused Tokyo of \"double standards\" for protesting against Russian deployments on Russian soil while hosting tens of thousands of US troops and buying long-range missiles of its own.",
        "Nothing in the interview departs from Moscow's line since March 2022, when it said it would not continue treaty negotiations with a country that imposed sanctions on it. Japan says its policy of resolving the territorial issue and concluding a treaty is unchanged.",
    ]),

"b126-58": dict(
    title="Moscow: Kuril sovereignty 'not subject to discussion' after Japanese policy speech",
    byline="Northern Approaches staff", section="Brief",
    body=[
        "Russia's Foreign Ministry said on Friday that Russian sovereignty over the Kuril Islands was \"not subject to discussion\", responding to the Japanese prime minister's policy speech opening the new session of the Diet.",
        "In the speech, the prime minister said Japan would \"persistently pursue\" a resolution of the Northern Territories issue and the conclusion of a peace treaty, and called on Russia to allow grave visits by former islanders to resume.",
        "Foreign Ministry spokeswoman Maria Zakharova told her weekly briefing that Tokyo \"continues to live in a world of illusions\". \"The Southern Kurils are an integral part of the Russian Federation. Under the current conditions, created by Japan's hostile course, there is nothing to negotiate,\" she said.",
        "She repeated that dialogue on a peace treaty was impossible while Japan maintained sanctions and \"pumped weapons into the Kiev regime\", and said any humanitarian issues should be raised \"through the usual channels\".",
        "The exchange followed a familiar pattern: a Japanese statement of principle, a Russian rejection. Neither side announced any step. Peace treaty talks have been frozen since March 2022.",
    ]),
}
