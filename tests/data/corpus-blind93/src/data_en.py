# English-language articles of the b93 corpus.
# Body markup: plain string = paragraph; "## " = subheading; "> " = pull quote;
# "Q| " = interview question (bold paragraph).

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="hayashi-policy", feed="larchmere-en", lang="en",
        published="2024-02-20T06:10:00Z",
        title="Japan's treaty policy toward Russia 'unchanged', top government spokesman says",
        summary="Chief Cabinet Secretary Hayashi says Tokyo still aims to settle the territorial "
                "issue and sign a peace treaty, while conceding there is no dialogue with Moscow.",
        label="restatement",
        note="Japan's standing policy and the 'strongly request grave visits' formula; restates "
             "seed 004 (Rudenko, talks 'categorically impossible') and the March 2022 measures "
             "(seeds 000-003). New speaker, no new fact.",
        section="Asia", author="Keiko Marsh",
        body=[
            "TOKYO, Feb 20 (Larchmere) - Japan's policy of resolving the dispute over four "
            "Russian-held islands off Hokkaido and then concluding a peace treaty with Moscow has "
            "not changed, the government's top spokesman said on Tuesday, even as he acknowledged "
            "that the two sides are not talking.",
            "\"Our basic policy - to resolve the question of the attribution of the four northern "
            "islands and conclude a peace treaty - remains the same,\" Chief Cabinet Secretary "
            "Yoshimasa Hayashi told a regular news conference, when asked about recent remarks by "
            "a senior Russian diplomat.",
            "He described relations with Russia as \"severe\" because of the war in Ukraine and "
            "said Tokyo had no intention of easing its sanctions.",
            "Russian Deputy Foreign Minister Andrei Rudenko told the TASS news agency earlier this "
            "month that a resumption of peace treaty dialogue was \"categorically impossible\" in "
            "the current situation. Moscow broke off the negotiations in March 2022 in response to "
            "Japanese sanctions, and at the same time halted visa-free visits by Japanese citizens "
            "to the islands and pulled out of talks on joint economic activity there.",
            "Asked whether Japan would seek to restart visits by former island residents to "
            "ancestral graves, Hayashi said the government would \"continue to strongly request\" "
            "that Russia allow them, calling the issue one of its highest humanitarian priorities.",
            "The islands, called the Northern Territories in Japan and the Southern Kurils in "
            "Russia, were seized by Soviet forces at the end of World War Two. The dispute has kept "
            "the two countries from signing a formal peace treaty for nearly eight decades.",
            "(Reporting by Keiko Marsh; Editing by Dana Rowe)",
        ],
    ),
    dict(
        key="armenia-azerbaijan", feed="ostrander-en", lang="en",
        published="2024-04-30T08:00:00Z",
        title="Armenia and Azerbaijan mark first stretch of border, edging toward a peace treaty",
        summary="Surveyors have begun placing markers along a 12-kilometre section in Tavush; both "
                "capitals call a treaty 'within reach' but big questions remain.",
        label="off_topic",
        note="Look-alike: another 'peace treaty' story (South Caucasus); nothing on Japan or the Kurils.",
        section="World", author="Ruth Abernathy",
        body=[
            "YEREVAN - Surveyors from Armenia and Azerbaijan began setting concrete markers along a "
            "short section of their shared frontier this week, the first physical demarcation "
            "since the two former Soviet republics fought two wars over Nagorno-Karabakh.",
            "The work covers roughly 12 kilometres near the Armenian village of Kirants, in the "
            "northern Tavush region, and follows a deal struck on April 19 by border commissions "
            "led by the two countries' deputy prime ministers. Under it, Armenia is to return four "
            "abandoned villages that Azerbaijan says were seized in the early 1990s.",
            "Prime Minister Nikol Pashinyan has presented the agreement as a building block for a "
            "comprehensive peace treaty, which officials in both capitals now describe as \"within "
            "reach\". An adviser to Azerbaijan's president said the sides had traded another round "
            "of comments on a draft text.",
            "The concession is deeply unpopular in Tavush. Residents have blocked a highway for "
            "days, and a senior cleric from the region has joined the protests, arguing that the "
            "handover leaves homes and the main road to Georgia within sight of Azerbaijani posts.",
            "Diplomats caution that hard issues are unresolved, including Baku's demand that "
            "Armenia change a constitution whose preamble refers to the 1990 declaration of "
            "independence, and the question of a transport route across Armenia's south.",
            "\"Delimitation on the ground is what turns a treaty from a document into a border,\" "
            "said a European diplomat in Yerevan, who asked not to be named.",
        ],
    ),
    dict(
        key="sakhalin2", feed="tillerman-en", lang="en",
        published="2024-06-11T10:00:00Z",
        title="Japanese buyers keep Sakhalin-2 cargoes flowing as U.S. carve-out extended",
        summary="Washington has again extended the licence covering Sakhalin-2 crude shipments to "
                "Japan; utilities say the project's LNG remains vital for winter.",
        label="off_topic",
        note="Unrelated Japan-Russia energy news (Sakhalin); no Kurils, no treaty.",
        section="Energy", author="Priya Castellane",
        keypoints=[
            "U.S. Treasury extends licence for Sakhalin-2 crude sales to Japan until December",
            "Project LNG still covers close to 9% of Japan's imports",
            "Mitsui, Mitsubishi keep 12.5% and 10% stakes in the Russian operator",
        ],
        body=[
            "Japanese refiners will be able to keep lifting crude from Russia's Sakhalin-2 project "
            "after the U.S. Treasury extended a licence exempting the shipments from its price-cap "
            "sanctions, trade ministry officials said on Tuesday.",
            "The licence, first issued in 2022, had been due to expire at the end of June. It "
            "covers crude and related services needed to keep liquefied natural gas flowing from "
            "the project off Sakhalin island, whose LNG accounts for close to 9% of Japan's "
            "imports of the fuel.",
            "\"The oil and the gas come out of the same wells, so losing one would hurt the "
            "other,\" said an official at a Japanese utility that buys Sakhalin-2 cargoes under "
            "long-term contracts, speaking on condition of anonymity.",
            "Mitsui & Co and Mitsubishi Corp retained their 12.5% and 10% stakes when Moscow "
            "transferred the project to a new Russian operator in 2022. Both companies have said "
            "they hold the stakes at Tokyo's request for reasons of energy security.",
            "## Spot market",
            "Asian spot LNG prices edged up to about $12.20 per million British thermal units last "
            "week, as early heat in north Asia lifted demand for power generation. Traders said "
            "Japanese buyers were likely to keep Sakhalin volumes as a hedge against Middle East "
            "shipping disruptions through the winter.",
            "Tokyo has frozen most political contacts with Moscow since the invasion of Ukraine "
            "but has consistently drawn a line around energy, a stance analysts expect to hold.",
        ],
    ),
    dict(
        key="dprk-drill-en", feed="larchmere-en", lang="en", gkey="dprk",
        published="2024-09-10T09:15:00Z",
        title="Russian, North Korean warships drilled near disputed islands, Japan says",
        summary="Japan's Defence Ministry says five Russian and North Korean ships exercised north "
                "of Kunashiri on Sept 6-8, the first such drill it has seen there; Tokyo protested.",
        label="new_development",
        new_facts=["Japan's Defence Ministry observed the first joint Russian-North Korean naval "
                   "exercise near the Northern Territories (Sea of Okhotsk north of Kunashiri, "
                   "Sept 6-8, 2024); Tokyo protested to Moscow"],
        must_mention=[["north korea"], ["drill", "exercise"]],
        note="Same development as the Japanese first report (Defence Ministry announcement).",
        section="Security", author="Keiko Marsh",
        body=[
            "TOKYO, Sept 10 (Larchmere) - Russian and North Korean warships held a joint exercise "
            "in the Sea of Okhotsk near islands claimed by Japan last week, Japan's Defence "
            "Ministry said, the first time it has observed the two navies drilling together in "
            "the area.",
            "Five ships - three Russian Pacific Fleet corvettes, a North Korean frigate and a North "
            "Korean supply vessel - carried out what appeared to be communications and at-sea "
            "replenishment drills from Sept. 6 to 8 in waters north of Kunashiri island, the "
            "ministry said in a statement late on Monday. A Maritime Self-Defense Force P-3C "
            "patrol plane monitored them.",
            "The two North Korean ships had sailed east through the Soya Strait, between Hokkaido "
            "and Russia's Sakhalin, on Sept. 4, according to the ministry.",
            "Japan has lodged a protest with Russia through diplomatic channels, Chief Cabinet "
            "Secretary Yoshimasa Hayashi told a news conference on Tuesday, adding that Tokyo was "
            "watching deepening military cooperation between Moscow and Pyongyang \"with serious "
            "concern\".",
            "\"It is unacceptable that such an exercise was conducted around the Northern "
            "Territories,\" Hayashi said.",
            "Russia and North Korea signed a comprehensive strategic partnership treaty in June "
            "that includes a mutual defence clause. Japan, the United States and South Korea "
            "accuse Pyongyang of supplying artillery shells and ballistic missiles for Russia's "
            "war in Ukraine, which both governments deny.",
            "There was no immediate comment from Moscow, which has steadily built up its forces on "
            "the four islands seized by Soviet troops at the end of World War Two.",
            "(Reporting by Keiko Marsh and Tom Avery; Editing by Dana Rowe)",
        ],
    ),
    dict(
        key="dprk-column", feed="plumbline-en", lang="en",
        published="2024-09-25T11:00:00Z",
        title="What a North Korean frigate was doing in the Sea of Okhotsk",
        summary="The drill north of Kunashiri this month was small and, militarily, unimpressive. "
                "The signal it sent to Tokyo was neither.",
        label="restatement",
        note="Column on the Sept 6-8 Russia-North Korea drill (group b93-g2) two weeks later; "
             "recaps it with dates and the protest, adds only opinion. No new fact.",
        section="Analysis", author="Hal Brennick",
        dek="The drill off Kunashiri was small. The signal was not.",
        body=[
            "By the standards of naval power, the five ships that spent three days steaming "
            "together north of Kunashiri in early September were a modest affair. Three Russian "
            "corvettes, an elderly North Korean frigate and a supply ship practised passing "
            "messages and fuel lines. Japan's patrol aircraft watched. Nobody fired anything.",
            "And yet when Japan's Defence Ministry announced on September 9 that it had observed "
            "the first Russian-North Korean exercise in waters around the Northern Territories, "
            "the reaction in Tokyo was closer to alarm than to the weary shrug that greets most "
            "Russian activity on the islands. The government protested; Moscow called the protest "
            "inappropriate. That is where the official exchange ended.",
            "## Why here",
            "The location matters more than the hardware. North Korea's navy is a coastal force. "
            "Sending ships around Hokkaido and through the Soya Strait is a logistical stretch "
            "for it, and the point of the stretch was to be seen doing it somewhere Japan cares "
            "about. For Moscow, putting a partner's flag next to islands it insists are not up for "
            "discussion costs nothing and advertises that the June partnership treaty with "
            "Pyongyang has a maritime dimension.",
            "> The point of the stretch was to be seen doing it somewhere Japan cares about.",
            "For Tokyo, the episode sharpens an argument already made in its defence documents: "
            "that the Russian build-up on the islands is no longer only about Russia. The same "
            "waters have hosted Chinese and Russian ships sailing in company for several years.",
            "## What it does not change",
            "None of this moves the underlying dispute. Russia walked away from peace treaty talks "
            "in March 2022 and has said repeatedly since that there is nothing to negotiate while "
            "Japan keeps its sanctions. Japan's stated goal - settle the islands, then sign a "
            "treaty - is unchanged. The drill adds a new actor to an old stalemate, which is "
            "precisely why it was staged.",
            "Hal Brennick writes on security in north-east Asia.",
        ],
    ),
    dict(
        key="takeshima", feed="ostrander-en", lang="en",
        published="2024-11-06T08:20:00Z",
        title="Japan protests South Korean survey ship near disputed Takeshima islets",
        summary="Tokyo says a South Korean research vessel operated inside waters it claims without "
                "consent; Seoul calls the islets, which it calls Dokdo, its own territory.",
        label="off_topic",
        note="Look-alike: another Japanese island dispute (Takeshima/Dokdo). The single line on the "
             "Northern Territories is background only.",
        section="Asia", author="Daniel Kwok",
        body=[
            "TOKYO - Japan lodged a protest with South Korea on Tuesday after a South Korean "
            "government research vessel was spotted conducting what Tokyo described as a marine "
            "survey in waters around the Takeshima islets without Japan's consent.",
            "The Japan Coast Guard said it had observed the ship, which belongs to a South Korean "
            "ocean research institute, lowering equipment into the sea about 20 kilometres from "
            "the rocky outcrops. A patrol vessel radioed demands that it stop.",
            "\"This is unacceptable in light of Japan's position,\" a Foreign Ministry official "
            "said, adding that the director-general for Asian affairs had conveyed the protest to "
            "a minister at the South Korean embassy.",
            "Seoul, which controls the islets and calls them Dokdo, rejected the protest. A "
            "foreign ministry spokesperson said Dokdo was \"clearly Korean territory historically, "
            "geographically and under international law\" and that legitimate research in its "
            "waters required no one's approval.",
            "The row comes as the two governments try to keep a recent improvement in relations "
            "on track, including a security dialogue with Washington.",
            "Japan has territorial quarrels with each of its big neighbours: beyond Takeshima, it "
            "claims four Russian-held islands off Hokkaido, and China disputes Japan's control of "
            "the Senkaku islands in the East China Sea.",
        ],
    ),
    dict(
        key="shibetsu-interview", feed="plumbline-en", lang="en",
        published="2024-12-03T07:00:00Z",
        title="'I can see my father's island from the kitchen window': a conversation in Shibetsu",
        summary="Tatsuo Mikami, whose father was born on Kunashiri, took part in visa-free "
                "exchanges for years. He talks about the islands since the door closed in 2022.",
        label="restatement",
        note="Interview; recalls visa-free exchanges and their end in March 2022 (seeds), grave "
             "visits not held. Memories and wishes only.",
        section="Interview", author="Naomi Pryce",
        dek="A son of a former islander on exchanges, graves and waiting",
        body=[
            "Shibetsu, a fishing town on Hokkaido's east coast, looks straight across the Nemuro "
            "Strait at Kunashiri, which Japan calls one of its Northern Territories and Russia "
            "administers as part of the Kurils. Tatsuo Mikami, 67, runs a small hardware shop "
            "near the harbour. His father was born in Tomari, a village on the island's southern "
            "tip, and left in 1947. The interview has been edited for length.",
            "Q| How often do you look at the island?",
            "Every morning. On clear days you can make out the slopes of the volcano. My father "
            "used to say he could smell the kelp drying in Tomari. I think he was imagining it.",
            "Q| You went there yourself.",
            "Six times, on the visa-free exchanges. The first was in 2004. We went by ship with a "
            "Japanese ID document instead of a passport and visa, that was the whole point. We "
            "stayed with Russian families, we played volleyball, we drank too much. In 2017 I "
            "found the place where my grandfather's house stood. There is a garage on it now.",
            "Q| And since 2022?",
            "Nothing. Moscow stopped the exchanges and the visits for former residents in March "
            "2022, after Japan joined the sanctions. No grave visits either. My father died in "
            "2021, so at least he did not have to see that. The association sends letters to "
            "the government every year. The answer is always that they are asking Russia.",
            "Q| Do you expect to go back?",
            "I would like to. I would like to take my grandson to the garage and tell him what was "
            "there. But I read what the Russian side says - that there is nothing to talk about "
            "while the sanctions stay - and I read what our side says, and they are both saying "
            "the same thing they said last year.",
            "Q| What do you tell your grandson?",
            "That the island is close. That is the strange part. It is not far away at all.",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="nt-day-2025-en", feed="ostrander-en", lang="en",
        published="2025-02-07T11:00:00Z",
        title="On Northern Territories Day, Ishiba pledges patience; Moscow says there is nothing to discuss",
        summary="At Tokyo's annual rally the prime minister restated Japan's aim of settling the "
                "island dispute and signing a peace treaty; Russia's foreign ministry dismissed it.",
        label="restatement",
        note="Anniversary/occasion piece; both sides restate known positions (seeds 000-004).",
        section="Asia", author="Daniel Kwok",
        body=[
            "TOKYO - Prime Minister Shigeru Ishiba said on Friday that Japan would \"firmly "
            "maintain\" its policy of resolving the dispute over four Russian-held islands and "
            "concluding a peace treaty, speaking at the annual rally marking what Japan calls "
            "Northern Territories Day.",
            "\"Relations between Japan and Russia are in a difficult state because of Russia's "
            "aggression against Ukraine, but our goal has not changed,\" Ishiba told the "
            "gathering of former island residents, lawmakers and activists in Tokyo. He called "
            "the resumption of grave visits by former residents \"one of our highest "
            "priorities\".",
            "The day, February 7, marks the signing in 1855 of the Treaty of Shimoda, which drew "
            "the first border between Japan and Russia south of the island of Urup, leaving the "
            "four southernmost islands on the Japanese side.",
            "In Moscow, foreign ministry spokeswoman Maria Zakharova said at a briefing on "
            "Thursday that the annual rally was part of a \"revanchist campaign\" and that "
            "Russia's sovereignty over the Kurils \"is not a subject for discussion\". She "
            "repeated that Moscow saw no basis for a dialogue on a peace treaty while Tokyo "
            "pursued what she called an unfriendly course.",
            "Russia ended the peace treaty negotiations in March 2022 and suspended visa-free "
            "travel by Japanese citizens to the islands, citing Tokyo's sanctions over Ukraine.",
            "Fewer than 5,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are "
            "still alive. Their average age is now above 88.",
        ],
    ),
    dict(
        key="china-stake-en", feed="tillerman-en", lang="en", gkey="china",
        published="2025-02-18T08:40:00Z",
        title="Chinese seafood group takes 49% of Iturup processor in first big Chinese bet on disputed Kurils",
        summary="Dalian Haiyuan Aquatic has bought 49% of Kurilsky Okean, which runs a fish plant on "
                "Russian-held Iturup, for about 3.2 billion roubles, registry filings show.",
        label="new_development",
        new_facts=["Chinese company Dalian Haiyuan Aquatic Group bought 49% of Kurilsky Okean, a fish "
                   "processor on Iturup (registered Feb 14, 2025) - the first major Chinese stake "
                   "in a business on the disputed islands"],
        must_mention=[["dalian", "chinese", "china"], ["49", "stake"]],
        note="First report of the Chinese stake in an Iturup processor.",
        section="Companies", author="Priya Castellane",
        keypoints=[
            "Dalian Haiyuan Aquatic buys 49% of Kurilsky Okean for about 3.2 bln roubles",
            "Deal entered in Russia's company register on Feb. 14",
            "Tokyo says it is 'confirming the facts'",
        ],
        body=[
            "A Chinese seafood group has bought almost half of a fish processor on Iturup, the "
            "largest of the Russian-held islands claimed by Japan, in what appears to be the "
            "first significant Chinese investment in a business on the disputed Kurils.",
            "Dalian Haiyuan Aquatic Group acquired a 49% share in Kurilsky Okean LLC, according "
            "to entries in Russia's unified state register of legal entities dated Feb. 14. The "
            "remaining 51% stays with the company's Sakhalin-based founders. A person familiar "
            "with the deal put its value at about 3.2 billion roubles ($35 million).",
            "Kurilsky Okean runs a plant at Kitovy Bay on Iturup's Sea of Okhotsk coast that "
            "processes pollock, salmon and herring, with capacity of around 250 tonnes a day. Most "
            "of its output already goes to China and South Korea through traders.",
            "\"Direct access to Chinese buyers and a new freezing line are the logic here,\" said "
            "Svetlana Orlik, a seafood analyst at a Moscow brokerage. \"The political optics are "
            "another matter, and Beijing has been careful about the islands until now.\"",
            "The company is a resident of the special tax regime Russia introduced for the Kurils, "
            "which exempts investors from profit, property and land taxes for up to 20 years.",
            "## Tokyo's response",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said the government was "
            "\"confirming the facts\". Tokyo has long held that business activity on the islands "
            "by third-country companies under Russian jurisdiction is incompatible with its legal "
            "position. China's foreign ministry did not respond to a request for comment.",
            "Pollock prices in Busan, the main Asian trading hub, were steady this week at around "
            "$1,050 a tonne for headed-and-gutted fish.",
        ],
    ),
    dict(
        key="three-years", feed="plumbline-en", lang="en",
        published="2025-03-21T01:00:00Z",
        title="Three years after the walkout, Japan and Russia talk past each other about islands neither can let go",
        summary="Since March 21, 2022 there have been no peace treaty talks, no visa-free "
                "exchanges and no grave visits. What has filled the space is telling.",
        label="restatement",
        note="Anniversary essay, background-heavy: 1855, 1956, 2018, March 2022 (seeds), Rudenko "
             "Feb 2024 (seed 004), the Sept 2024 drill (b93-g2) and the Feb 2025 Chinese stake "
             "(b93-g3), all with dates. No new fact.",
        section="Analysis", author="Hal Brennick",
        dek="Three years without talks, exchanges or grave visits - and what filled the gap",
        body=[
            "On March 21, 2022, less than a month after Russian troops crossed into Ukraine, "
            "Russia's foreign ministry issued a short statement that ended three decades of "
            "diplomacy over four islands north-east of Hokkaido. Moscow would not continue peace "
            "treaty negotiations with a country taking \"openly unfriendly positions\"; it was "
            "leaving the dialogue on joint economic activity on the islands; and it was stopping "
            "the visa-free trips that had carried tens of thousands of Japanese and Russians back "
            "and forth since 1992.",
            "Three years on, every one of those measures is still in place.",
            "## The long view",
            "The quarrel predates the war by a long way. The 1855 Treaty of Shimoda put the border "
            "between Urup and Iturup. The Soviet Union took all the Kurils in August and September "
            "1945. The 1956 Joint Declaration ended the state of war and promised Japan Shikotan "
            "and the Habomai islets after a peace treaty that never came. In Singapore in 2018, "
            "Shinzo Abe and Vladimir Putin agreed to speed up talks on the basis of that 1956 text, "
            "and for a while the two-island outcome seemed almost thinkable.",
            "## The new normal",
            "Since 2022 the language on both sides has set hard. In February 2024 Deputy Foreign "
            "Minister Andrei Rudenko called a resumption of talks \"categorically impossible\". "
            "Tokyo's answer each February is the same sentence about resolving the attribution of "
            "the islands and concluding a treaty.",
            "What has changed is who else is in the picture. In September 2024 Japan's defence "
            "ministry reported Russian and North Korean warships exercising together north of "
            "Kunashiri. Last month a Chinese seafood group bought 49% of a fish processor on "
            "Iturup. Neither event moved the dispute a millimetre, but both suggest that Moscow "
            "now sees the islands as a place to display partnerships rather than to bargain "
            "with Tokyo.",
            "> Moscow now sees the islands as a place to display partnerships rather than to bargain.",
            "The human cost is counted in former residents. Fewer than 5,000 are still alive. "
            "None has stood at a family grave on the islands since before the pandemic.",
        ],
    ),
    dict(
        key="kurile-lake", feed="larchmere-en", lang="en",
        published="2025-04-22T07:00:00Z",
        title="Scientists expect another big sockeye run at Kamchatka's Kurile Lake",
        summary="Fisheries researchers forecast up to 5 million sockeye returning to the lake in "
                "southern Kamchatka, one of the largest spawning grounds in Asia.",
        label="off_topic",
        note="Look-alike: Kurile Lake is on Kamchatka; nothing about the disputed islands.",
        section="Environment", author="Tom Avery",
        body=[
            "PETROPAVLOVSK-KAMCHATSKY, April 22 (Larchmere) - Russian fisheries scientists expect "
            "between 4 million and 5 million sockeye salmon to return this summer to Kurile Lake "
            "in southern Kamchatka, one of the biggest sockeye spawning grounds in Asia.",
            "The forecast by the regional branch of Russia's fisheries research institute is "
            "slightly below last year's run but well above the long-term average, the institute "
            "said in a statement. Fishing quotas at the mouth of the Ozernaya River, which drains "
            "the lake into the Sea of Okhotsk, will be set once counting begins in June.",
            "The lake, in a volcanic caldera inside a federal nature reserve, is also known for "
            "its concentration of brown bears, which gather along its shores in late summer. "
            "Access is restricted and visitors need permits from the reserve.",
            "\"The lake is a natural laboratory. The number of fish coming back tells us about the "
            "condition of the whole North Pacific,\" said a researcher who has counted fish at the "
            "Ozernaya weir for two decades.",
            "Kamchatka's salmon catch reached about 390,000 tonnes last year, according to the "
            "regional government, with pink salmon making up the bulk.",
            "(Reporting by Tom Avery; Editing by Hannah Lyle)",
        ],
    ),
    dict(
        key="telemed-en", feed="larchmere-en", lang="en", gkey="telemed",
        published="2025-07-02T08:00:00Z",
        title="Japanese doctors to see Russian islanders by video under one-year trial",
        summary="Nemuro City Hospital will give video consultations to residents of Kunashiri and "
                "Shikotan until March 2026 under a rare humanitarian arrangement.",
        label="new_development",
        new_facts=["Japan and Russia agreed a trial under which Nemuro City Hospital doctors give "
                   "video consultations to residents of Kunashiri and Shikotan, until March 2026"],
        must_mention=[["video", "online", "telemedicine"], ["kunashir", "shikotan"]],
        note="English report a week after the Japanese first report; same development.",
        section="Asia", author="Keiko Marsh",
        body=[
            "TOKYO, July 2 (Larchmere) - Doctors at a hospital in Japan's Hokkaido will hold video "
            "consultations with residents of two Russian-held islands claimed by Tokyo, under a "
            "trial the two governments agreed despite relations being at their lowest in decades.",
            "Specialists at Nemuro City Hospital will see patients on Kunashiri and Shikotan about "
            "twice a month, linked by video to local hospitals on the islands, where a Russian "
            "doctor will be present. The trial runs until the end of March 2026, Japan's Foreign "
            "Ministry and the city said. Interpreters will be arranged by the Japanese side.",
            "The first session is expected in mid-July and will focus on cardiology and "
            "paediatrics, according to Sakhalin's regional health ministry, which confirmed the "
            "arrangement last week.",
            "A Japanese Foreign Ministry official described it as \"an exceptional measure on "
            "humanitarian grounds\" and said it did not amount to a resumption of visa-free "
            "exchanges, which Russia ended in 2022 along with peace treaty talks after Japan "
            "imposed sanctions over the war in Ukraine.",
            "Islanders have in the past been flown to Hokkaido for emergency treatment, but this "
            "is the first time Japanese doctors will follow island patients on a regular basis.",
            "(Reporting by Keiko Marsh; Editing by Dana Rowe)",
        ],
    ),
    dict(
        key="trade-h1", feed="tillerman-en", lang="en",
        published="2025-07-10T04:00:00Z",
        title="Japan-Russia trade sinks toward 1990s levels as cars, machinery dry up",
        summary="Two-way trade in the first half fell about 18% year on year; LNG and seafood "
                "imports now make up most of what is left.",
        label="off_topic",
        note="Unrelated Japan-Russia economic news; no Kurils, no treaty.",
        section="Economy", author="Priya Castellane",
        keypoints=[
            "Two-way trade down about 18% in January-June",
            "Exports to Russia hit by expanded export bans",
            "LNG, seafood, palladium dominate imports",
        ],
        body=[
            "Trade between Japan and Russia shrank again in the first half of the year, "
            "preliminary customs figures suggest, with Japanese exports of cars and machinery "
            "now a fraction of their pre-war levels and imports dominated by a handful of "
            "commodities.",
            "Two-way trade fell about 18% from a year earlier, according to estimates compiled by "
            "Tillerman from monthly data. Exports to Russia were roughly a third of what they were "
            "in the first half of 2021, after successive rounds of export bans covering vehicles "
            "with larger engines, construction equipment and dual-use goods.",
            "Imports held up better, supported by liquefied natural gas from the Sakhalin-2 "
            "project, frozen fish and crab, and palladium. Coal purchases have almost stopped.",
            "\"What is left is the trade that Japan has decided it needs,\" said Kenta Moriwaki, "
            "an economist at a Tokyo research house. \"Everything discretionary is gone.\"",
            "Used-car exporters in Toyama and Niigata, once among the most active traders with "
            "the Russian Far East, have shifted to Central Asia and Africa, industry groups say.",
            "The finance ministry will publish official half-year figures later this month.",
        ],
    ),
    dict(
        key="whitepaper-2025", feed="larchmere-en", lang="en",
        published="2025-07-15T05:00:00Z",
        title="Japan defence paper flags Russia-North Korea drills near northern islands as new concern",
        summary="The annual white paper says Russia continues to reinforce its forces on the "
                "Northern Territories and cites last September's joint drill with North Korea.",
        label="restatement",
        note="Annual report restating positions; the joint drill it cites is the Sept 2024 event "
             "already reported (b93-g2). No new deployment or fact.",
        section="Security", author="Tom Avery",
        body=[
            "TOKYO, July 15 (Larchmere) - Japan's annual defence white paper, approved by the "
            "cabinet on Tuesday, says Russia's military cooperation with North Korea now extends "
            "to the waters around the Russian-held islands north of Hokkaido, citing a joint "
            "naval exercise observed last September.",
            "\"Russia and North Korea conducted a joint exercise in the Sea of Okhotsk in the "
            "vicinity of the Northern Territories in September 2024. Close attention must be paid "
            "to the deepening of their military cooperation,\" the document says.",
            "The paper repeats language from previous editions that Russia is continuing to "
            "strengthen its forces on the four islands, which Japan regards as its territory under "
            "illegal occupation, and that the deployments are \"extremely regrettable\".",
            "It also describes China as \"the greatest strategic challenge\" Japan has ever faced "
            "and notes joint flights by Chinese and Russian bombers near Japan.",
            "The Defense of Japan report is published every summer. Russia's foreign ministry has "
            "in past years summoned Japanese diplomats over its contents.",
            "(Reporting by Tom Avery; Editing by Hannah Lyle)",
        ],
    ),
    dict(
        key="putin-eef", feed="ostrander-en", lang="en",
        published="2025-09-05T12:00:00Z",
        title="Putin says Tokyo 'knows what it has to do' before any talk of a treaty",
        summary="At the Eastern Economic Forum the Russian president said Japan ended the dialogue "
                "itself and that the Kurils' status is settled.",
        label="restatement",
        note="Top-level restatement at an annual forum: talks impossible because of Japan's course; "
             "sovereignty not discussed (seeds). No new position.",
        section="World", author="Ruth Abernathy",
        body=[
            "VLADIVOSTOK - Russian President Vladimir Putin said on Friday that it was up to Japan "
            "to create the conditions for any return to peace treaty talks, and that the status "
            "of the Kuril Islands was not open for discussion.",
            "Asked by the moderator of the Eastern Economic Forum's plenary session about "
            "relations with Tokyo, Putin said Japan had \"chosen sanctions\" and had itself "
            "destroyed the atmosphere needed for negotiations.",
            "\"We did not break anything off on our own initiative. Tokyo knows what it has to do. "
            "When Japan is ready for a normal dialogue, we will see it,\" he said.",
            "He added that Russian sovereignty over the islands had been fixed by the outcome of "
            "World War Two and that Moscow would continue to develop them \"as any other Russian "
            "territory\".",
            "Putin said Japanese companies that had stayed in Russian energy projects were "
            "welcome, but that the government in Tokyo was \"following Washington\".",
            "Russia suspended treaty talks and visa-free visits to the islands in March 2022 "
            "after Japan joined Western sanctions over Ukraine. Officials in Moscow have repeated "
            "that position regularly since.",
        ],
    ),
    dict(
        key="notebook-oct25", feed="plumbline-en", lang="en",
        published="2025-10-07T06:00:00Z",
        title="North Pacific notebook: pollock prices, a ferry's last season, and a clinic on a laptop",
        summary="A roundup of the month across the northern Pacific rim, from Busan fish auctions "
                "to a Hokkaido hospital's video link with two Russian-held islands.",
        label="restatement",
        note="Digest; the telemedicine item recaps the June 2025 trial (b93-g4) as running, with a "
             "session count - no new development. Other items unrelated.",
        section="Notebook", author="Naomi Pryce",
        dek="Four things worth knowing from the northern rim this month",
        body=[
            "## 1. Pollock slides",
            "Frozen pollock prices in Busan slipped for a third straight month in September as "
            "Russian catches in the Sea of Okhotsk came in heavier than forecast. Korean "
            "processors say they are buying for the winter at the lowest prices since 2021.",
            "## 2. Last call for an old ferry",
            "A 30-year-old ferry that has linked Hokkaido's Wakkanai with the islands of Rishiri "
            "and Rebun made its final scheduled run at the end of September. A newer ship takes "
            "over the route next spring; local officials say the old one will be sold abroad.",
            "## 3. The clinic on a laptop",
            "The video consultations agreed in June between Nemuro City Hospital and clinics on "
            "Kunashiri and Shikotan have settled into a routine: doctors say about a dozen "
            "sessions have taken place since July, mostly heart and children's cases. The trial "
            "is scheduled to run until March. Officials on both sides still insist it is "
            "humanitarian and nothing more.",
            "## 4. Sakhalin gas, quietly",
            "Sakhalin-2 shipped its usual autumn cargoes to Japan, and the usual silence "
            "surrounded them. Neither Tokyo nor Moscow likes to talk about the one piece of "
            "business that never stopped.",
        ],
    ),
    dict(
        key="zakharova-denial", feed="larchmere-en", lang="en",
        published="2025-12-09T08:00:00Z",
        title="Moscow says it has received no Japanese proposal to restart treaty talks",
        summary="Foreign ministry spokeswoman Zakharova dismissed media reports that Tokyo had "
                "sounded out Moscow about reviving peace treaty negotiations.",
        label="restatement",
        note="Denial of a media report; talks remain impossible (seeds 000-004). No new fact.",
        section="Asia", author="Tom Avery",
        body=[
            "MOSCOW, Dec 9 (Larchmere) - Russia has received no proposal from Japan to resume "
            "negotiations on a peace treaty, foreign ministry spokeswoman Maria Zakharova said "
            "on Tuesday, dismissing reports in Japanese media.",
            "Several Japanese newspapers reported last week, citing unnamed government sources, "
            "that Tokyo had used diplomatic channels to explore whether Moscow would be open to "
            "low-level contacts on the treaty issue.",
            "\"Such reports do not correspond to reality. We have received nothing of the kind,\" "
            "Zakharova told reporters. \"Our position is well known: as long as Tokyo "
            "continues its hostile policy toward Russia, there is no basis for dialogue on a "
            "peace treaty.\"",
            "Japan's foreign ministry declined to comment on diplomatic exchanges. A ministry "
            "spokesman said Japan's policy of resolving the territorial issue and concluding a "
            "treaty was unchanged.",
            "Russia walked out of the negotiations in March 2022 in response to Japanese sanctions "
            "over Ukraine.",
            "(Reporting by Tom Avery; Editing by Dana Rowe)",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="telemed-stop-en", feed="ostrander-en", lang="en", gkey="telestop",
        published="2026-01-21T07:00:00Z",
        title="Russia halts Japanese video clinic for Kuril islanders, citing new sanctions",
        summary="Moscow has suspended the trial under which Nemuro doctors examined patients on "
                "Kunashiri and Shikotan by video, Japan's Foreign Ministry said.",
        label="status_change",
        new_facts=["Russia suspended the Nemuro-Kunashiri/Shikotan video consultation trial "
                   "(running since July 2025) in response to Japan's Jan 16, 2026 sanctions"],
        must_mention=[["halt", "suspend", "stop"], ["video", "clinic", "telemedicine", "consultation"]],
        note="English report of the suspension first reported in Russian; same development.",
        section="Asia", author="Daniel Kwok",
        body=[
            "TOKYO - Russia has suspended a trial under which doctors in the Japanese city of "
            "Nemuro examined patients on two Russian-held islands by video link, in retaliation "
            "for new Japanese sanctions, Japan's Foreign Ministry said.",
            "The ministry said it had received a diplomatic note dated Monday informing it that "
            "Russia was suspending its participation in the project. No end date was given and "
            "consultations planned for later this month have been cancelled.",
            "The trial, which began last July, allowed residents of Kunashiri and Shikotan - two "
            "of the four islands Japan calls its Northern Territories - to see specialists at "
            "Nemuro City Hospital, mostly for heart conditions and childhood illnesses. It was "
            "due to run until the end of March.",
            "Japan widened its list of sanctioned Russian companies and individuals and "
            "tightened export controls on Jan. 16. A Foreign Ministry spokesperson called it "
            "\"extremely regrettable\" that Russia had linked a humanitarian effort to sanctions.",
            "Nemuro's mayor said he was \"deeply disappointed for the patients on the islands\".",
            "Russia's Sakhalin health ministry said island patients would be referred to "
            "hospitals in Yuzhno-Sakhalinsk instead.",
        ],
    ),
    dict(
        key="chagos", feed="plumbline-en", lang="en",
        published="2026-04-21T04:00:00Z",
        title="Chagos, eighteen months on: what a handover with a leaseback looks like in practice",
        summary="Britain's deal to cede the islands to Mauritius while keeping Diego Garcia is "
                "being implemented slowly and expensively.",
        label="off_topic",
        note="Look-alike: another island sovereignty settlement; the only Japan mention is a passing line.",
        section="Analysis", author="Hal Brennick",
        dek="Sovereignty changed hands on paper. Very little else has.",
        body=[
            "When Britain announced in October 2024 that it would hand sovereignty over the "
            "Chagos Archipelago to Mauritius while leasing back the military base on Diego Garcia "
            "for 99 years, the deal was sold as a tidy end to a colonial anomaly. Eighteen months "
            "on, it looks less tidy.",
            "The treaty signed in May 2025 commits London to payments averaging about £101 million "
            "a year. Mauritius has yet to set up the administrative presence on the outer islands "
            "it promised, and the first resettlement projects for displaced Chagossians are "
            "still at the planning stage.",
            "## A model for others?",
            "Lawyers who work on territorial disputes have watched closely. The combination of a "
            "sovereignty transfer with guaranteed military use by the former holder is unusual, "
            "and some have suggested it could inspire other long-running quarrels, from the "
            "South Atlantic to the North Pacific. Governments involved in those quarrels have "
            "been quick to say their cases are different.",
            "> Sovereignty changed hands on paper. Very little else has.",
            "## The Chagossians",
            "The people with the strongest moral claim remain the least satisfied. Chagossian "
            "groups in Crawley and Mauritius say they were not properly consulted and want a "
            "right of return to Diego Garcia itself, which the treaty excludes.",
            "The lesson may be that sovereignty is the easy part to transfer. Trust, money and "
            "people take longer.",
        ],
    ),
    dict(
        key="china-shipment", feed="tillerman-en", lang="en",
        published="2026-05-19T06:00:00Z",
        title="Chinese-owned Iturup processor ships first pollock cargo straight to Dalian",
        summary="Kurilsky Okean, 49% owned by Dalian Haiyuan since last year, sent 1,800 tonnes "
                "of frozen pollock directly to China.",
        label="neutral",
        note="Borderline: operational follow-up of the Feb 2025 Chinese stake (b93-g3) - a first "
             "direct cargo, but no new political or legal step.",
        section="Companies", author="Priya Castellane",
        keypoints=[
            "First direct reefer shipment from Iturup to Dalian",
            "1,800 tonnes of frozen pollock",
            "New freezing line commissioned in April",
        ],
        body=[
            "A fish processor on the Russian-held island of Iturup has shipped its first cargo "
            "directly to China since a Chinese group took a 49% stake in the company last year.",
            "The reefer vessel left Kitovy Bay on May 15 with about 1,800 tonnes of frozen "
            "pollock bound for Dalian, Kurilsky Okean said in a statement. Previously the "
            "company's output was sold through traders in Busan and Vladivostok.",
            "The plant commissioned a new freezing line in April, part of a roughly 1 billion "
            "rouble upgrade promised when Dalian Haiyuan Aquatic Group bought into the business "
            "in February 2025.",
            "\"Cutting out the middlemen adds maybe 4% to 6% to the margin,\" said Svetlana "
            "Orlik, a seafood analyst. \"On pollock that is the difference between a good year "
            "and an average one.\"",
            "Japan, which claims Iturup, has previously said third-country investment on the "
            "islands is incompatible with its position. Its foreign ministry did not comment on "
            "the shipment.",
        ],
    ),
    dict(
        key="fire-en", feed="larchmere-en", lang="en", gkey="fire",
        published="2026-08-13T13:00:00Z",
        title="Russia lets Japanese fire helicopters fight blaze on disputed Kunashiri",
        summary="Two Hokkaido helicopters began dropping water on a wildfire on the Russian-held "
                "island, the first such Japanese mission over the Northern Territories.",
        label="new_development",
        new_facts=["Russia accepted Japan's offer and two Japanese firefighting helicopters began "
                   "water drops on a wildfire on Kunashiri (Aug 13, 2026) - first Japanese "
                   "firefighting flights over the islands"],
        must_mention=[["helicopter"], ["fire", "blaze"]],
        note="English report of the development first reported in Japanese.",
        section="Asia", author="Keiko Marsh",
        body=[
            "TOKYO, Aug 13 (Larchmere) - Two Japanese firefighting helicopters began dropping "
            "water on a wildfire on Kunashiri on Thursday after Russia accepted Tokyo's offer of "
            "help, the first time Japanese public aircraft have fought a fire on the Russian-held "
            "islands claimed by Japan.",
            "The helicopters, operated by Hokkaido prefecture and the city of Sapporo, took off "
            "from Nakashibetsu airport and crossed the Nemuro Strait along a route set by the "
            "Russian side, Japan's Foreign Ministry said. They fill buckets at sea and do not "
            "land on the island.",
            "The fire broke out on Monday on the slopes of the Mendeleyev volcano, north of the "
            "island's main town, and had burned more than 900 hectares, Russia's emergencies "
            "ministry said. Smoke has drifted across the strait to Hokkaido.",
            "Japan offered assistance through diplomatic channels on Tuesday. \"This is "
            "assistance from a humanitarian standpoint and does not prejudice Japan's legal "
            "position regarding the Northern Territories,\" the chief cabinet secretary said.",
            "A Russian foreign ministry source told Russian media the help was a \"one-off "
            "humanitarian\" step that did not change Moscow's assessment of Tokyo's policies.",
            "(Reporting by Keiko Marsh; Editing by Hannah Lyle)",
        ],
    ),
    dict(
        key="kremlin-fire", feed="ostrander-en", lang="en",
        published="2026-09-01T09:00:00Z",
        title="Kremlin: Kunashir fire help 'does not reopen' island exchanges with Japan",
        summary="Peskov said accepting Japanese firefighting helicopters was a one-time "
                "humanitarian matter and that visa-free exchanges are not on the agenda.",
        label="restatement",
        note="Hard negative: reiterates that the August fire help (b93-g6) was one-off and that "
             "visa-free exchanges stay terminated (seeds). No new fact.",
        section="World", author="Ruth Abernathy",
        body=[
            "MOSCOW - The Kremlin said on Tuesday that Russia's acceptance of Japanese help in "
            "fighting a wildfire on Kunashir last month did not signal any return to the "
            "visa-free exchanges between the islands and Japan.",
            "\"It was a one-time humanitarian matter in an emergency. We thank the pilots. But "
            "one should not read into it more than there is,\" Kremlin spokesman Dmitry Peskov "
            "told reporters when asked whether the episode could lead to renewed contacts.",
            "\"The question of resuming the exchanges is not on the agenda. Tokyo's unfriendly "
            "course has not changed, and neither has our position,\" he said.",
            "Two helicopters from Hokkaido spent three days in mid-August dropping water on the "
            "fire near the Mendeleyev volcano, with a flight route agreed with Russian "
            "authorities.",
            "Groups of former Japanese residents had expressed hope that the cooperation could "
            "open the way to a resumption of grave visits, halted since Russia ended visa-free "
            "travel in 2022.",
        ],
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        key="winter-clinic", feed="plumbline-en", lang="en",
        published="2027-01-26T06:00:00Z",
        title="In Nemuro, the winter clinic's doctors would like spring to wait",
        summary="Video consultations for children on Kunashiri and Shikotan resumed in December "
                "but end in March. Doctors hope for more; Sakhalin says there are no such plans.",
        label="restatement",
        note="Feature with wishes; the children-only resumption until March 2027 is b93-g7 (Dec "
             "2026). Sakhalin official: 'no plans to extend' = status quo. No new fact.",
        section="Feature", author="Naomi Pryce",
        dek="A children's clinic across the strait, and the date it is due to stop",
        body=[
            "On Tuesday mornings the second-floor meeting room at Nemuro City Hospital turns into "
            "a paediatric clinic for patients who are some 70 kilometres away and, in a sense, in "
            "another country. A laptop, a ceiling microphone and an interpreter from city hall "
            "connect Dr. Ayumi Kosaka with a hospital on Kunashiri, where a Russian nurse holds "
            "the child up to the camera.",
            "The sessions resumed on December 15 after an eleven-month pause, but only for "
            "children and only until the end of March. Moscow suspended the original trial in "
            "January last year in retaliation for Japanese sanctions.",
            "\"We have seen eight children since December. Asthma, a heart murmur, a boy with "
            "eczema so bad he could not sleep,\" Kosaka says. \"I would like to know what happens "
            "to them in April.\"",
            "> I would like to know what happens to them in April.",
            "She and her colleagues hope the arrangement will be extended, and that adults, who "
            "were part of the first trial, can come back. The city has asked the Foreign "
            "Ministry to keep pressing.",
            "In Yuzhno-Sakhalinsk the answer is cautious. \"The arrangement was agreed until the "
            "end of March. There are no plans to extend it at present,\" an official at the "
            "regional health ministry told Plumbline.",
            "In the meeting room, the interpreter packs away the microphone. \"Every time I say "
            "goodbye in Russian,\" she says, \"I wonder if it is the last time.\"",
        ],
    ),
    dict(
        key="notify-en", feed="larchmere-en", lang="en", gkey="consular",
        published="2027-03-08T08:00:00Z",
        title="Russia to notify Japan within 24 hours of seizing fishing boats off Kurils",
        summary="Under notes exchanged in Moscow, Russia will tell Japan's consulate within a day "
                "of detaining a Japanese boat near the disputed islands and let crews call home.",
        label="new_development",
        new_facts=["Russia and Japan exchanged notes (March 5, 2027): Russia will notify Japan's "
                   "consulate in Yuzhno-Sakhalinsk within 24 hours of detaining a Japanese fishing "
                   "boat near the southern Kurils, and crews may phone relatives within 48 hours; "
                   "from April 1"],
        must_mention=[["24 hours", "24-hour", "within a day"], ["seiz", "detain", "notif"]],
        note="English report of the arrangement first reported (buried) in Russian.",
        section="Asia", author="Tom Avery",
        body=[
            "TOKYO, March 8 (Larchmere) - Russia will notify Japan within 24 hours whenever it "
            "detains a Japanese fishing boat in waters around the disputed Kuril Islands, under "
            "an arrangement the two countries sealed with an exchange of diplomatic notes in "
            "Moscow on Friday.",
            "Crew members will also be allowed to telephone their families within 48 hours of "
            "being detained, Japan's Foreign Ministry said. The procedure takes effect on April 1. "
            "Notifications will go to Japan's consulate-general in Yuzhno-Sakhalinsk.",
            "The notes were exchanged at routine consular talks that also covered visas and the "
            "work of the two countries' consulates.",
            "Fishing boats from Nemuro and Rausu are seized by Russian border guards from time to "
            "time on suspicion of violating catch rules near the islands, and families have "
            "complained of going days without word. \"For the families, silence is the worst "
            "part,\" the head of a Nemuro fishing cooperative said.",
            "Tokyo said the arrangement was humanitarian and did not prejudice its legal position "
            "on the islands, which it calls the Northern Territories. Moscow said detentions "
            "would continue to be carried out under Russian law.",
            "(Reporting by Tom Avery; Editing by Dana Rowe)",
        ],
    ),
    dict(
        key="bobtail", feed="ostrander-en", lang="en",
        published="2027-04-13T09:00:00Z",
        title="Kurilian Bobtail takes best in show at Tokyo cat expo",
        summary="A four-year-old male named Sakhar beat more than 300 cats; breeders say demand "
                "for the stub-tailed breed is rising in Japan.",
        label="off_topic",
        note="Look-alike: a cat breed named after the Kurils.",
        section="Life", author="Mei Sorensen",
        body=[
            "TOKYO - A Kurilian Bobtail called Sakhar, a four-year-old male with a pom-pom tail "
            "and a grey tabby coat, was named best in show at an international cat exhibition in "
            "Tokyo over the weekend, beating more than 300 entrants.",
            "The breed takes its name from the Kuril Islands, the volcanic chain between "
            "Kamchatka and Hokkaido, where cats with naturally short, kinked tails were "
            "described by Soviet breeders in the second half of the 20th century.",
            "Sakhar's owner, a breeder from Chiba, said interest in the breed had grown in Japan "
            "in recent years. \"People like that they are calm and love water. He swims in the "
            "bath,\" she said.",
            "Judges praised the cat's \"solid, semi-cobby body\" and expressive eyes. Second "
            "place went to a Maine Coon from Osaka.",
            "The two-day show, organised by an international cat fanciers' association, drew "
            "about 12,000 visitors.",
            "Breeders say a Kurilian Bobtail kitten from a registered cattery now costs between "
            "250,000 and 400,000 yen in Japan. The breed was recognised by major international "
            "registries in the 1990s and 2010s, and is still rare outside Russia.",
        ],
    ),
    dict(
        key="notify-column", feed="plumbline-en", lang="en",
        published="2027-05-04T06:00:00Z",
        title="A phone call within a day: the small, useful thing Moscow and Tokyo agreed in March",
        summary="The 24-hour notification rule for detained fishing boats will not change the "
                "island dispute. It may change what a bad week feels like in Nemuro.",
        label="restatement",
        note="Column on the March 2027 notification arrangement (b93-g8); recap with dates, "
             "opinion only. No new detention, no new fact.",
        section="Column", author="Hal Brennick",
        dek="The notification rule will not move the dispute. It may spare some families.",
        body=[
            "Diplomatic breakthroughs between Japan and Russia are rare enough these days that "
            "it is tempting to inflate the small ones. So let us be precise about what the two "
            "governments agreed when they exchanged notes in Moscow on March 5.",
            "Since April 1, Russia has been committed to telling Japan's consulate in "
            "Yuzhno-Sakhalinsk within 24 hours when its border guards detain a Japanese fishing "
            "boat near the Kurils, and to letting the crew phone home within 48 hours. That is "
            "all. It says nothing about who owns the water, nothing about fines, nothing about "
            "how long boats are held.",
            "## Why it matters anyway",
            "Anyone who has spent time in Nemuro or Rausu knows how a detention used to unfold. A "
            "boat misses its radio check. The cooperative calls the coast guard. The coast guard "
            "calls Tokyo. Tokyo asks Moscow. Days pass, and families learn more from Russian "
            "regional news sites than from their own government.",
            "> Families learned more from Russian regional news than from their own government.",
            "A guaranteed call will not make detentions less frightening, but it removes the "
            "worst of the silence. Both sides took care to say the arrangement does not touch "
            "their legal positions, which is exactly why it could be agreed.",
            "## What it is not",
            "It is not a thaw. Peace treaty talks remain frozen, as they have been since March "
            "2022, and the visa-free exchanges are gone. The notes of March 5 are what diplomacy "
            "looks like when the big questions are off the table: narrow, humane, and easy to "
            "overlook.",
        ],
    ),
]
