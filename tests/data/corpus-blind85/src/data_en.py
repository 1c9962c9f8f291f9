"""English-language articles of the blind85 world (diplomacy in its own language).

Each entry: key (letter code used for cross-references in notes), feed, published (UTC),
title, summary, label, group key (or None), new_facts, must_mention, note, byline,
section, body (paragraphs; a tuple ("h", text) is a sub-heading).
Notes may reference other articles as [[KEY]]; the generator replaces them by ids.
"""

ARTICLES_EN = [
    dict(
        key="B", feed="wickerby-en", published="2024-02-20T06:00:00Z",
        section="Diplomacy", byline="Helen Marchetti, Moscow",
        title="Japan's man in Moscow: treaty goal 'unchanged', but no talks in sight",
        summary="Japan's ambassador to Russia says Tokyo still aims to settle the territorial "
                "issue and sign a peace treaty, while conceding there is no dialogue under "
                "current conditions.",
        label="restatement", group=None,
        note="Wished-for resumption and a request ('continues to ask') only. Restates seed 002 "
             "(Kishida: Tokyo steadfast on a peace treaty; talks impossible) and seeds 000/001/004 "
             "(Moscow stopped treaty talks, ended visa-free trips; Rudenko: resumption "
             "'categorically impossible'). New speaker, no new fact.",
        body=[
            "Japan's ambassador to Russia said Tokyo's goal of resolving the territorial dispute "
            "and concluding a peace treaty with Moscow \"has not moved by a millimetre\", but "
            "acknowledged there is no prospect of negotiations while the war in Ukraine continues.",
            "Speaking to Japanese correspondents at the embassy residence, the ambassador said "
            "his staff kept working-level channels open with the Russian Foreign Ministry on "
            "consular matters, including the welfare of Japanese nationals living in Russia. He "
            "declined to describe those contacts in any detail.",
            "\"Our position on the Northern Territories is well known and it is not going to "
            "change,\" he said. \"We would like to see the day when dialogue can resume. Whether "
            "and when that happens depends on circumstances that are not in our hands.\"",
            "Moscow announced in March 2022 that it would not continue peace treaty negotiations "
            "with a country that had imposed sanctions on it. It also withdrew from talks on joint "
            "economic activity on the islands and ended visa-free travel by Japanese citizens to "
            "the chain's southern end, which Russia calls the Southern Kurils.",
            "Russian Deputy Foreign Minister Andrei Rudenko said earlier this month that resuming "
            "dialogue on the treaty was \"categorically impossible\" in the current situation and "
            "that Tokyo would first have to abandon what he called its hostile policy.",
            "The ambassador said Japan's sanctions were a response to Russia's invasion of Ukraine "
            "and were \"not a bargaining chip\". Asked whether Tokyo would consider a gesture to "
            "unlock the humanitarian programmes for former islanders, he said the government "
            "\"continues to ask the Russian side, through every available channel, to let the "
            "elderly former residents visit their family graves\".",
            "Prime Minister Fumio Kishida told the annual Northern Territories Day rally in Tokyo "
            "on February 7 that Japan's policy of resolving the territorial issue and then "
            "concluding a peace treaty remained unchanged.",
        ],
    ),
    dict(
        key="D", feed="mardale-en", published="2024-03-19T10:00:00Z",
        section="Asia", byline="Mardale Newswire staff",
        title="Japan summons Russian ambassador over detention of citizen in Vladivostok",
        summary="Tokyo lodged a protest after Russia's FSB security service detained a Japanese "
                "trading-company employee on suspicion of espionage.",
        label="off_topic", group=None,
        note="Look-alike: an ambassador summoned between Tokyo and Moscow, but over a consular/"
             "espionage case in Vladivostok, nothing to do with the islands or the treaty.",
        body=[
            "TOKYO (Mardale) - Japan's Foreign Ministry summoned Russia's ambassador on Tuesday to "
            "protest the detention of a Japanese national in Vladivostok and demand his immediate "
            "release, a ministry spokesperson said.",
            "Russia's Federal Security Service (FSB) said the man, a 46-year-old employee of a "
            "Tokyo-based trading house, had been detained \"while receiving information constituting "
            "a state secret\" from a Russian citizen. It did not say when the arrest took place.",
            "The vice-minister for foreign affairs told the ambassador that the detention was "
            "\"unacceptable\" and asked for consular access to be granted without delay, the "
            "spokesperson said. Japan's consulate-general in Vladivostok had not been able to "
            "contact the man as of Tuesday afternoon.",
            "The Russian embassy in Tokyo said in a short statement that the case was a matter for "
            "Russia's law enforcement agencies and that the detained man's rights \"are being fully "
            "respected\".",
            "The company, which imports timber and seafood from Russia's Far East, said it was "
            "\"gathering information\" and would cooperate with the government.",
            "Relations between Tokyo and Moscow have been at their lowest point in decades since "
            "Russia's full-scale invasion of Ukraine in 2022, which Japan answered with sanctions. "
            "In 2022 Russia expelled a Japanese consul in Vladivostok after accusing him of "
            "obtaining restricted information, and Japan expelled a Russian consular official in "
            "Sapporo in response.",
        ],
    ),
    dict(
        key="H", feed="fenwater-en", published="2024-04-16T15:05:00Z",
        section="Asia-Pacific", byline="Daniel Okafor",
        title="Moscow summons Tokyo's envoy over coast guard ship named after disputed island",
        summary="Russia's Foreign Ministry protested to Japan's ambassador after the Japan Coast "
                "Guard commissioned a patrol vessel named Etorofu, the Japanese name for Iturup.",
        label="new_development", group="g1",
        new_facts=["Russia summoned Japan's ambassador and protested over the Japan Coast Guard "
                   "naming a new Nemuro-based patrol ship 'Etorofu' (Iturup)"],
        must_mention=[["etorofu", "iturup"], ["summon", "protest"]],
        note="Second report of g1 (English, same day as the Russian first report [[G]]).",
        body=[
            "Russia's Foreign Ministry summoned Japan's ambassador on Tuesday and lodged a formal "
            "protest over a new Japan Coast Guard patrol vessel named after Iturup, one of the "
            "Russian-held islands claimed by Tokyo.",
            "The 1,500-tonne Etorofu, which carries the Japanese name of the island, was "
            "commissioned on Monday at a ceremony in Kushiro and will be based at the coast guard "
            "office in Nemuro, on the eastern tip of Hokkaido, across the water from the islands.",
            "\"The ambassador was told that giving a Japanese state vessel the name of a Russian "
            "island is a provocative step aimed at demonstrating Tokyo's groundless territorial "
            "claims,\" the ministry said in a statement after the meeting. It urged Japan to "
            "\"refrain from actions that further poison the atmosphere\" of relations.",
            "The ambassador rejected the protest, telling Russian officials that the name "
            "reflected Japan's consistent legal position on the islands, according to a Japanese "
            "diplomatic source.",
            "The coast guard said the ship would patrol the fishing grounds off Nemuro and carry "
            "out search-and-rescue work, and that the choice of name followed its practice of "
            "naming large patrol vessels after geographical features of the region they serve.",
            "The four islands, which Japan calls the Northern Territories and Russia the Southern "
            "Kurils, were seized by Soviet forces at the end of World War Two. The dispute has kept "
            "the two countries from signing a formal peace treaty. Moscow broke off treaty talks "
            "in March 2022 in response to Japanese sanctions over Ukraine.",
            "A spokesperson for the Japan Coast Guard declined to comment on the protest, saying "
            "diplomatic matters were handled by the Foreign Ministry.",
        ],
    ),
    dict(
        key="J", feed="ostler-en", published="2024-04-17T09:00:00Z",
        section="World", byline="Ostler Daily Post wire desk",
        title="Seoul summons Japanese diplomat over Dokdo claim in Tokyo's foreign policy report",
        summary="South Korea protested after Japan's annual Diplomatic Bluebook again described "
                "the Seoul-controlled islets as Japanese territory.",
        label="off_topic", group=None,
        note="Another country's island dispute (Dokdo/Takeshima) and an annual summons over the "
             "Bluebook; the Northern Territories are mentioned only in passing.",
        body=[
            "SEOUL - South Korea summoned a senior Japanese diplomat on Tuesday to protest against "
            "Tokyo's annual foreign policy report, which once again claims sovereignty over a "
            "group of islets controlled by Seoul.",
            "The Foreign Ministry in Seoul said it called in the political minister of the "
            "Japanese embassy and lodged a \"strong protest\" over the 2024 Diplomatic Bluebook, "
            "which describes the islets - known as Dokdo in Korea and Takeshima in Japan - as "
            "\"inherently a part of the territory of Japan\".",
            "\"The government urges Japan to immediately withdraw its unjust claim,\" a ministry "
            "spokesperson said, adding that Dokdo was \"clearly Korean territory historically, "
            "geographically and under international law\".",
            "The rocky outcrops in the sea between the two countries have been administered by "
            "South Korea since the 1950s and are guarded by a small police detachment. Seoul "
            "protests every year when the Bluebook and Japanese school textbooks repeat Tokyo's "
            "claim.",
            "The report, presented to Japan's cabinet on Tuesday, also restates Tokyo's long-"
            "standing positions on its other territorial questions, including the Russian-held "
            "islands north of Hokkaido.",
            "Despite the annual ritual, ties between the two neighbours have improved markedly "
            "since 2023, when they resumed regular leaders' visits and security talks.",
        ],
    ),
    dict(
        key="L", feed="wickerby-en", published="2024-06-18T04:00:00Z",
        section="Maritime", byline="Ana Villareal, Manila",
        title="Manila files note verbale with Beijing after clash at disputed shoal",
        summary="The Philippines lodged a diplomatic protest after Chinese coast guard personnel "
                "boarded boats resupplying a Philippine outpost in the South China Sea.",
        label="off_topic", group=None,
        note="Look-alike in diplomatic language (note verbale, protest) about another island "
             "dispute (Second Thomas Shoal, China-Philippines).",
        body=[
            "MANILA - The Philippines has lodged a diplomatic protest with China after Chinese "
            "coast guard personnel boarded and seized equipment from navy boats resupplying a "
            "Philippine outpost at Second Thomas Shoal, the Department of Foreign Affairs said.",
            "The note verbale, handed to the Chinese embassy in Manila, described the boarding as "
            "\"illegal and aggressive\" and demanded the return of the seized items, including "
            "rifles that were packed in cases, officials said. A Filipino sailor lost a thumb in "
            "the confrontation.",
            "China's foreign ministry said its coast guard had acted \"professionally and with "
            "restraint\" against vessels that had \"illegally intruded\" into waters near what "
            "Beijing calls Ren'ai Jiao.",
            "The Philippines grounded a Second World War-era ship, the BRP Sierra Madre, on the "
            "shoal in 1999 to assert its claim. A handful of marines live aboard the rusting hull.",
            "Manila has filed hundreds of diplomatic protests with Beijing since 2016, when an "
            "arbitral tribunal in The Hague ruled that China's sweeping claims in the South China "
            "Sea had no legal basis. China rejects the ruling.",
            "Washington, which has a mutual defence treaty with Manila, said it stood with its ally "
            "and called China's actions \"escalatory and irresponsible\".",
        ],
    ),
    dict(
        key="M", feed="mardale-en", published="2024-07-08T09:30:00Z",
        section="Asia", byline="Mardale Newswire staff",
        title="Japan and the Philippines sign reciprocal access treaty",
        summary="The pact allows each country's forces to deploy on the other's territory for "
                "training and joint exercises and needs ratification by both parliaments.",
        label="off_topic", group=None,
        note="Other treaty (Japan-Philippines Reciprocal Access Agreement); no Russia, no islands.",
        body=[
            "MANILA (Mardale) - Japan and the Philippines signed a defence pact on Monday that "
            "will allow their troops to deploy on each other's soil, as both countries seek to "
            "deepen security ties in the face of China's growing assertiveness.",
            "The Reciprocal Access Agreement was signed in Manila by Japan's foreign minister and "
            "the Philippine defence secretary, with President Ferdinand Marcos Jr. in attendance.",
            "It sets the legal framework for joint exercises, disaster relief operations and "
            "the entry of personnel and equipment, and must be ratified by the Japanese parliament "
            "and the Philippine Senate before it takes effect.",
            "It is the first such agreement Japan has concluded in Asia, after similar treaties "
            "with Australia and Britain.",
            "\"This agreement will further strengthen our security cooperation and contribute to "
            "peace and stability in the region,\" the Japanese foreign minister said at the "
            "signing ceremony.",
            "China's foreign ministry said regional countries should not \"create confrontation\" "
            "and that cooperation between states should not target third parties.",
        ],
    ),
    dict(
        key="P", feed="wickerby-en", published="2024-08-07T08:00:00Z",
        section="Diplomacy", byline="Helen Marchetti, Moscow",
        title="Japanese diplomats will need Moscow's permission to visit disputed islands",
        summary="A Russian note verbale subjects trips by Japanese diplomats to the southern Kurils "
                "to prior approval from September 1; Tokyo has protested and asked for the rule "
                "to be withdrawn.",
        label="new_development", group="g2",
        new_facts=["Russia's note verbale requires Japanese diplomats to obtain Foreign Ministry "
                   "permission, 20 working days in advance, for trips to the Kurilsky and "
                   "Yuzhno-Kurilsky districts from September 1"],
        must_mention=[["diplomat"], ["permission", "permit", "approval"]],
        note="Third report of g2 (after the Japanese first report [[N]] and the Russian [[O]]).",
        body=[
            "Japanese diplomats will need the Russian Foreign Ministry's permission to travel to "
            "the Russian-held islands off Hokkaido from next month, under a rule Moscow notified "
            "to Tokyo in a diplomatic note this week.",
            "The note verbale, handed to the Japanese embassy in Moscow on Monday, says that from "
            "September 1 any trip by Japanese diplomatic or consular staff to the Kurilsky and "
            "Yuzhno-Kurilsky districts of the Sakhalin region - the administrative units covering "
            "Iturup, Kunashir, Shikotan and the Habomai islets - must be requested at least 20 "
            "working days in advance and approved by the ministry.",
            "Travel by Japanese diplomats elsewhere in Russia remains subject to the general rule "
            "of notifying the authorities two working days ahead.",
            "Russia's Foreign Ministry described the measure as a response to \"restrictions "
            "introduced by the Japanese side on the movement of Russian diplomats\" and to Tokyo's "
            "\"openly unfriendly course\". It did not say which Japanese restrictions it meant.",
            "Japan protested through diplomatic channels on the same day and demanded that the "
            "rule be withdrawn. A Foreign Ministry official in Tokyo said the requirement was "
            "\"incompatible with Japan's legal position\" on the islands, which Japan calls the "
            "Northern Territories and regards as its own.",
            ("h", "Little practical effect, much symbolism"),
            "Japanese officials have not travelled to the islands since 2022, when Moscow ended the "
            "visa-free exchange programme under which government staff used to accompany "
            "delegations of former residents and citizens' groups.",
            "But analysts said the rule was symbolically loaded. \"For Tokyo, any arrangement that "
            "treats a visit by its own officials as entry into Russian jurisdiction is a problem "
            "of principle,\" said a former Japanese diplomat who took part in island exchanges. "
            "\"Moscow knows that very well.\"",
        ],
    ),
    dict(
        key="Q", feed="fenwater-en", published="2024-08-12T05:00:00Z",
        section="Asia-Pacific", byline="Daniel Okafor",
        title="Tokyo presses Moscow to scrap island travel rule for its diplomats",
        summary="Japan's foreign minister said Tokyo had demanded that Russia withdraw the permit "
                "requirement and would keep raising it; Moscow has not replied.",
        label="restatement", group=None,
        note="Requested move only ('demanded withdrawal', 'will keep raising it'). Restates the "
             "permit rule and Japan's protest/withdrawal demand already reported in [[N]], [[O]], "
             "[[P]] (g2). Nothing has changed.",
        body=[
            "Japan has called on Russia to withdraw a new requirement for Japanese diplomats to "
            "obtain permission before visiting the Russian-held islands off Hokkaido, Foreign "
            "Minister Yoko Kamikawa said on Friday, adding that Moscow had not responded.",
            "\"We have strongly requested the withdrawal of this measure, which cannot be accepted "
            "in light of our country's legal position,\" Kamikawa told a regular news conference. "
            "\"We will continue to raise it with the Russian side.\"",
            "Russia notified the Japanese embassy in Moscow last week that from September 1 trips "
            "by Japanese diplomats to the districts covering the four islands will need the "
            "Foreign Ministry's approval at least 20 working days in advance.",
            "Kamikawa declined to say whether Japan was considering a reciprocal step against "
            "Russian diplomats in Japan. \"We will respond appropriately while watching the "
            "situation,\" she said.",
            "A Russian Foreign Ministry spokesperson said last week the measure was a response to "
            "Japanese restrictions on Russian diplomats, without giving details. The ministry has "
            "not commented since.",
            "The islands - Iturup, Kunashir, Shikotan and the Habomai group - were occupied by the "
            "Soviet Union in 1945. Japan calls them the Northern Territories. Moscow says its "
            "sovereignty over them is beyond dispute and halted peace treaty negotiations in 2022.",
        ],
    ),
    dict(
        key="S", feed="ostler-en", published="2024-10-19T06:00:00Z",
        section="Explainer", byline="Ostler Daily Post explainers team",
        title="68 years after the Joint Declaration: why Japan and Russia still have no peace treaty",
        summary="On the anniversary of the 1956 Soviet-Japanese Joint Declaration, a look at the "
                "dispute over four islands that has blocked a treaty for nearly seven decades.",
        label="restatement", group=None,
        note="Anniversary/background explainer. Everything in it is in the seeds: 1956 declaration "
             "ended the state of war without a treaty (seed 004), Japan's claim (seeds 000/003), "
             "talks halted and visa-free trips ended in March 2022 (seeds 000-003), Rudenko's "
             "'categorically impossible' (seed 004).",
        body=[
            "Sixty-eight years ago today, the Soviet Union and Japan signed a joint declaration "
            "in Moscow that ended the state of war between them and restored diplomatic relations. "
            "It did not settle the question that still divides them: who owns four islands off "
            "the north-eastern tip of Hokkaido.",
            ("h", "What are the islands?"),
            "Iturup, Kunashir, Shikotan and the Habomai islets - Etorofu, Kunashiri, Shikotan and "
            "Habomai in Japanese - were administered by Japan from the 19th century until 1945, "
            "when Soviet troops took them in the last days of World War Two. Japan calls them the "
            "Northern Territories; Russia calls them the Southern Kurils and says its sovereignty "
            "is enshrined in international documents.",
            ("h", "What did the 1956 declaration say?"),
            "Besides ending the state of war, the declaration said the Soviet Union would hand over "
            "Shikotan and the Habomai islets after a peace treaty was concluded. No treaty "
            "followed. Japan has sought the return of all four islands; Moscow has at different "
            "times acknowledged the declaration and played it down.",
            ("h", "Where do talks stand?"),
            "Leaders agreed in 2018 to speed up negotiations, but progress stalled. In March 2022, after Japan joined Western sanctions over Ukraine, "
            "Moscow said it would not continue treaty talks, ended visa-free visits by Japanese "
            "citizens to the islands and withdrew from discussions on joint economic activity.",
            "Russian officials have since said repeatedly that resuming the dialogue is impossible. "
            "Deputy Foreign Minister Andrei Rudenko called it \"categorically impossible\" in "
            "February. Tokyo says its aim of resolving the territorial issue and concluding a "
            "treaty is unchanged.",
            ("h", "Why does it matter?"),
            "The islands sit at the entrance to the Sea of Okhotsk, where Russia's Pacific Fleet "
            "operates, and are surrounded by some of the richest fishing grounds in the region. "
            "For thousands of Japanese former residents and their descendants, the issue is also "
            "about family graves they can no longer visit.",
        ],
    ),
    dict(
        key="T", feed="mardale-en", published="2024-10-24T12:00:00Z",
        section="Europe", byline="Mardale Newswire staff",
        title="Russia's Duma ratifies mutual defence treaty with North Korea",
        summary="The lower house unanimously approved the comprehensive strategic partnership "
                "treaty signed by Vladimir Putin and Kim Jong Un in June.",
        label="off_topic", group=None,
        note="Other treaty and a Duma vote; nothing about Japan's peace treaty or the islands.",
        body=[
            "MOSCOW (Mardale) - Russia's State Duma on Thursday ratified a treaty with North Korea "
            "that obliges each side to provide immediate military assistance if the other is "
            "attacked.",
            "The lower house of parliament approved the Treaty on Comprehensive Strategic "
            "Partnership unanimously, less than a week after President Vladimir Putin submitted it "
            "for ratification. The upper house is expected to follow next month.",
            "The treaty was signed in Pyongyang in June during Putin's first visit to North Korea "
            "in 24 years. Its Article 4 provides for mutual assistance \"with all means at its "
            "disposal\" in case of armed aggression.",
            "\"The treaty is not directed against third countries,\" Deputy Foreign Minister "
            "Andrei Rudenko told lawmakers before the vote.",
            "South Korea, Japan and the United States have expressed concern about deepening "
            "military cooperation between Moscow and Pyongyang, including reports that North "
            "Korean troops have been sent to Russia.",
            "The Kremlin has described the treaty as the formalisation of a long-standing relationship and says its military cooperation with Pyongyang complies with international law. Western governments say arms transfers from North Korea breach UN Security Council resolutions that Russia itself supported.",
        ],
    ),
    dict(
        key="V", feed="fenwater-en", published="2024-12-10T06:00:00Z",
        section="Asia-Pacific", byline="Fenwater Chronicle staff",
        title="Japan names veteran Russia hand as ambassador to Moscow",
        summary="Hiroshi Tanabe, a former head of the Foreign Ministry's Russia division, will "
                "take up the post early next year.",
        label="neutral", group=None,
        note="Borderline: a personnel appointment in Japan-Russia relations; the new envoy's "
             "words on the treaty ('a goal to pursue patiently') restate Japan's known position "
             "(seed 002). Not a development in the dispute.",
        body=[
            "Japan's cabinet on Tuesday approved the appointment of Hiroshi Tanabe, a career "
            "diplomat who has spent much of his career on Russia, as ambassador to Moscow.",
            "Tanabe, 61, headed the Foreign Ministry's Russia division in the late 2010s, when "
            "Tokyo and Moscow were negotiating joint economic projects and travel arrangements for "
            "former islanders, and later served as consul-general in Vladivostok.",
            "He succeeds an ambassador who has been in Moscow since 2022. Russia must still give "
            "its formal consent, which diplomats said was expected within weeks.",
            "Asked at a briefing about the territorial issue, a Foreign Ministry spokesperson said "
            "the new envoy would \"work to protect Japanese nationals and Japanese interests in "
            "Russia\" and that resolving the Northern Territories question and concluding a peace "
            "treaty \"remains a goal to be pursued patiently\".",
            "The embassy in Moscow has operated with reduced staff since both countries expelled "
            "diplomats in 2022.",
            "Colleagues describe Tanabe as a fluent Russian speaker who accompanied several groups of former islanders on grave visits before the pandemic. In a short statement released by the ministry, he said he was honoured by the appointment and would do his utmost to keep lines of communication open \"in difficult times\".",
        ],
    ),
    dict(
        key="W", feed="wickerby-en", published="2024-12-17T09:00:00Z",
        section="Diplomacy", byline="Helen Marchetti, Moscow",
        title="Russia 'sees no grounds' to lift island travel rule for Japanese diplomats",
        summary="A Russian Foreign Ministry official said the permit requirement introduced in "
                "September will stay in place as long as Japan keeps its own restrictions.",
        label="restatement", group=None,
        note="Negated and conditional move ('no grounds to lift', 'could be reviewed if Tokyo "
             "removes its restrictions'). The permit rule itself is known from g2 ([[N]], [[O]], "
             "[[P]]); nothing has changed.",
        body=[
            "Russia has no plans to drop a requirement for Japanese diplomats to obtain permission "
            "before travelling to the southern Kuril Islands, a senior Russian Foreign Ministry "
            "official said on Tuesday.",
            "\"We see no grounds to revise the procedure,\" the deputy director of the ministry's "
            "Second Asia Department told reporters on the sidelines of a conference on "
            "Asia-Pacific security in Moscow. \"It was introduced as a response measure and it "
            "will remain in force as long as the Japanese side maintains its restrictions against "
            "our diplomats.\"",
            "Asked whether Moscow would review the rule if Tokyo eased those restrictions, the "
            "official said: \"Everything is based on reciprocity. If the causes disappear, the "
            "consequences can be reviewed.\"",
            "Russia notified Japan in August that from September 1 trips by Japanese diplomats to "
            "the districts covering Iturup, Kunashir, Shikotan and the Habomai islets would require "
            "the ministry's approval 20 working days in advance. Tokyo protested and demanded its "
            "withdrawal.",
            "A spokesperson for the Japanese embassy said Tokyo's position had not changed and "
            "that the measure remained unacceptable.",
            "Japan has not publicly confirmed whether it restricts the movement of Russian "
            "diplomats. Diplomats in Tokyo say Russian consular staff in Sapporo have in recent "
            "years been asked to give advance notice of trips to eastern Hokkaido.",
        ],
    ),
    dict(
        key="AC", feed="ostler-en", published="2025-02-26T09:00:00Z",
        section="World", byline="Ostler Daily Post wire desk",
        title="Russia drops permit rule for Japanese diplomats' trips to southern Kurils",
        summary="Moscow told Tokyo in a note that Japanese diplomats now only need to notify the "
                "authorities before visiting the islands, ending a six-month permit regime.",
        label="status_change", group="g3",
        new_facts=["Russia lifted the permit requirement for Japanese diplomats' trips to the "
                   "southern Kurils; notification two working days ahead now suffices "
                   "(was: prior permission, 20 working days, since September 2024)"],
        must_mention=[["diplomat"], ["notif", "drops", "lifted", "scrap"]],
        note="Third report of g3 (after the Russian first report [[AA]] and the Japanese [[AB]]).",
        body=[
            "MOSCOW - Russia has lifted a requirement for Japanese diplomats to obtain permission "
            "before travelling to the southern Kuril Islands, reverting to the standard procedure "
            "under which they only have to notify the authorities in advance.",
            "The change was set out in a note verbale handed to the Japanese embassy in Moscow on "
            "Monday, the Russian Foreign Ministry said. Trips to the Kurilsky and Yuzhno-Kurilsky "
            "districts now require notification two working days ahead, as for other parts of "
            "Russia open to foreign diplomats.",
            "Since September 1, Japanese diplomatic and consular staff had needed the ministry's "
            "approval, requested at least 20 working days in advance, to visit the districts that "
            "cover Iturup, Kunashir, Shikotan and the Habomai islets. Tokyo had protested against "
            "the rule as incompatible with its position that the islands are Japanese.",
            "The ministry said the decision took into account \"the steps taken by the Japanese "
            "side to remove the restrictions it had imposed on the movement of Russian diplomatic "
            "personnel\". It did not elaborate.",
            "In Tokyo, a Foreign Ministry official said Japan had \"taken note\" of the Russian "
            "note and that the withdrawal of the permit rule was \"a natural step\", but that Japan's "
            "legal position on the islands was unchanged.",
            "The reversal is a rare instance of Moscow easing a measure aimed at Tokyo since "
            "relations collapsed over the war in Ukraine.",
        ],
    ),
    dict(
        key="AD", feed="mardale-en", published="2025-03-18T11:00:00Z",
        section="Europe", byline="Mardale Newswire staff",
        title="Moscow's annual foreign policy review calls ties with Tokyo 'at a historic low'",
        summary="The Russian Foreign Ministry's review of 2024 blames Japan's 'anti-Russian course' "
                "and repeats that peace treaty talks are impossible.",
        label="restatement", group=None,
        note="Annual report restating positions: talks impossible while Tokyo keeps a hostile "
             "course (seed 004), sovereignty not open to discussion (seeds 001/004), responsibility "
             "lies with Tokyo (seed 002/003). No new measure announced.",
        body=[
            "MOSCOW (Mardale) - Relations between Russia and Japan remained at a historic low in "
            "2024 because of Tokyo's \"anti-Russian course\", the Russian Foreign Ministry said in "
            "its annual review of foreign policy published on Tuesday.",
            "The 300-page document, which the ministry publishes every spring, said Japan had "
            "\"continued to expand illegitimate sanctions\" and to step up military cooperation "
            "with the United States and other NATO members near Russia's Far Eastern borders.",
            "\"Under these conditions, the conduct of negotiations on a peace treaty remains "
            "impossible,\" the section on Japan says. \"All responsibility for the degradation of "
            "bilateral ties lies with official Tokyo.\"",
            "The review repeats that Russia's sovereignty over the South Kuril Islands \"is "
            "enshrined in international legal documents and is not a subject for discussion\".",
            "It notes that contacts with Japan were limited to \"practical issues\", including "
            "consular matters and fisheries, and that the Russian side had \"responded "
            "symmetrically\" to unfriendly Japanese steps, without listing them.",
            "The document says Moscow would be prepared to consider normalising relations if Tokyo "
            "abandoned its hostile policy, echoing statements by Deputy Foreign Minister Andrei "
            "Rudenko.",
        ],
    ),
    dict(
        key="AE", feed="fenwater-en", published="2025-04-18T05:00:00Z",
        section="Asia-Pacific", byline="Fenwater Chronicle staff",
        title="Japan's 2025 Diplomatic Bluebook holds the line on the Northern Territories",
        summary="The annual report repeats that the islands are Japanese territory and that "
                "Russia's 2022 suspension of treaty talks and exchanges is 'unjust'.",
        label="restatement", group=None,
        note="Annual report restating known positions: Japan's claim and Russia's March 2022 "
             "steps (seeds 000-003). Wording unchanged from last year's (cf. [[F]]).",
        body=[
            "Japan's annual foreign policy report, presented to the cabinet on Tuesday, repeats "
            "Tokyo's position that the Russian-held islands off Hokkaido are Japanese territory "
            "and leaves its description of relations with Moscow essentially unchanged.",
            "The 2025 Diplomatic Bluebook says the Northern Territories are \"islands over which "
            "Japan has sovereignty\" and \"an inherent part of the territory of Japan\".",
            "It describes Russia's announcement in March 2022 that it would not continue peace "
            "treaty negotiations, its suspension of visa-free exchanges and its withdrawal from "
            "talks on joint economic activities as \"extremely unjust and absolutely "
            "unacceptable\".",
            "\"Japan-Russia relations remain in a severe situation,\" the report says, adding that "
            "Japan will continue to deal with Russia \"while protecting its national interests\" "
            "and will seek the early resumption of programmes for former islanders, in particular "
            "visits to family graves.",
            "The wording on the territorial question is identical to last year's edition, "
            "officials said.",
            "The Bluebook also restates Japan's claims to the Takeshima islets controlled by South "
            "Korea, which drew the usual protest from Seoul.",
        ],
    ),
    dict(
        key="AF", feed="mardale-en", published="2025-04-23T08:00:00Z",
        section="Business", byline="Mardale Newswire staff",
        title="Japan, Russia wrap up annual salmon talks; quota unchanged",
        summary="Japanese boats may catch up to 2,050 tonnes of Russian-origin salmon in Japan's "
                "waters this year, the same as last year.",
        label="neutral", group=None,
        note="Borderline: routine annual Japan-Russia fisheries talks (Russian-origin salmon in "
             "Japan's own 200-mile zone); not about the islands, no change in any arrangement.",
        body=[
            "TOKYO (Mardale) - Japan and Russia have concluded their annual negotiations on "
            "catches of Russian-origin salmon and trout in Japan's exclusive economic zone, "
            "keeping the quota unchanged from last year, Japan's Fisheries Agency said on Wednesday.",
            "Japanese fishing boats will be allowed to catch up to 2,050 tonnes this season. The "
            "fee paid to Russia, which depends on the volume caught, will range from about 200 "
            "million to 300 million yen, the agency said.",
            "The talks, held by video link since 2020, set conditions for catching salmon that "
            "spawn in Russian rivers and migrate through Japanese waters. Japan's boats have not "
            "been allowed to fish for salmon in Russia's zone since 2016.",
            "Fishing operators in Hokkaido welcomed the early agreement, which lets the season "
            "open on schedule on April 10.",
            "Fisheries talks have continued despite the deterioration of relations since 2022, "
            "because both sides benefit from the arrangements.",
            "Industry officials said catches had fallen sharply in recent years as warmer seas pushed salmon away from Hokkaido's Pacific coast, and that boats had not filled the quota since 2019.",
        ],
    ),
    dict(
        key="AH", feed="wickerby-en", published="2025-05-15T06:10:00Z",
        section="Diplomacy", byline="Helen Marchetti, Moscow",
        title="Russian, Japanese diplomats hold first talks since 2022 on access to islanders' graves",
        summary="Department-level officials met in Moscow to discuss humanitarian issues, "
                "including visits by Japanese to family graves on the Russian-held islands.",
        label="new_development", group="g4",
        new_facts=["Russian and Japanese foreign ministry officials held consultations on "
                   "humanitarian issues, including visits to Japanese graves on the southern "
                   "Kurils, in Moscow on May 14 - the first such round since 2022"],
        must_mention=[["talks", "consultation"], ["grave", "humanitarian"]],
        note="Second report of g4 (after the Russian first report [[AG]]).",
        body=[
            "Russian and Japanese diplomats met in Moscow on Wednesday for the first consultations "
            "since 2022 on humanitarian issues, including visits by Japanese former residents to "
            "family graves on the Russian-held islands off Hokkaido, the Russian Foreign Ministry "
            "said.",
            "The talks were led by Vadim Kornilov, director of the ministry's Second Asia "
            "Department, and Kenji Miura, head of the Russia division at Japan's Foreign Ministry, "
            "according to a short statement posted on the ministry's website.",
            "The two sides \"exchanged views on a range of humanitarian issues, including the "
            "possibility of visits by Japanese citizens to burial sites on the southern Kuril "
            "Islands\", and agreed to maintain contacts, the statement said.",
            "It stressed that the meeting \"does not mean a resumption of negotiations on a peace "
            "treaty\", which Moscow broke off in 2022 over Tokyo's sanctions.",
            "Japan's Foreign Ministry confirmed the meeting and said Miura had conveyed \"the "
            "strong wish of the former islanders, whose average age is now above 88\", for grave "
            "visits to resume as soon as possible.",
            "Visits to graves by former residents had been held since 1964 under a humanitarian "
            "arrangement that allowed travel without Russian visas. They have not taken place "
            "since the pandemic and Moscow's 2022 decision to end visa-free trips.",
            "Diplomats in Moscow cautioned against reading too much into the meeting. \"It is a "
            "channel, not a breakthrough,\" said one Asian diplomat.",
        ],
    ),
    dict(
        key="AJ", feed="ostler-en", published="2025-06-10T09:00:00Z",
        section="World", byline="Ostler Daily Post wire desk",
        title="Senior Duma member: Moscow could talk treaty again 'if Tokyo changes course'",
        summary="A deputy head of the Duma's international affairs committee says Russia would "
                "only return to peace treaty talks if Japan lifts sanctions.",
        label="restatement", group=None,
        note="Conditional version of a move ('could return if Tokyo lifts sanctions'). Restates "
             "seed 004 (Rudenko: Tokyo must drop its hostile policy first; resumption impossible) "
             "and seed 001 (sovereignty cannot be questioned). New speaker only.",
        body=[
            "MOSCOW - Russia could return to talks on a peace treaty with Japan only if Tokyo "
            "lifts its sanctions and abandons what Moscow calls its hostile policy, a senior member "
            "of the State Duma's international affairs committee said on Tuesday.",
            "\"If Tokyo changes course - removes the sanctions, stops supplying the Kyiv regime, "
            "stops militarising the region together with the Americans - then we can talk about "
            "anything, including a treaty,\" Oleg Vinogradov, the committee's first deputy "
            "chairman, told a radio station.",
            "But he said any future treaty could not involve territory. \"The question of the "
            "Kurils is closed. Russia's sovereignty there is written into the Constitution and "
            "into international documents,\" he said.",
            "Vinogradov's comments echo the Foreign Ministry's line. Deputy Foreign Minister Andrei "
            "Rudenko said last year that the key condition for normalising relations was Tokyo's "
            "abandonment of its hostile policy \"rather than any ephemeral signals\".",
            "Japan says it remains committed to resolving the territorial issue and concluding a "
            "treaty, and that its sanctions respond to Russia's invasion of Ukraine.",
        ],
    ),
    dict(
        key="AM", feed="fenwater-en", published="2025-07-09T07:00:00Z",
        section="Asia-Pacific", byline="Daniel Okafor",
        title="Russia to let Japanese embassy staff tend graves on disputed islands - once",
        summary="Four embassy employees will visit Japanese cemeteries on Kunashir and Iturup in "
                "late August on behalf of former residents, under a one-off exception.",
        label="status_change", group="g5",
        new_facts=["Russia will allow four Japanese embassy staff to visit Japanese cemeteries on "
                   "Kunashir and Iturup in late August as proxies for former islanders, this summer "
                   "only (Japanese trips to the islands halted since 2022)"],
        must_mention=[["grave", "cemeter"], ["embassy", "diplomat"]],
        note="Third report of g5 (after the Japanese first report [[AK]] and the Russian [[AL]]).",
        body=[
            "Russia has agreed to let staff of Japan's embassy in Moscow visit Japanese cemeteries "
            "on two of the Russian-held islands off Hokkaido this summer, acting on behalf of "
            "elderly former residents who have been unable to go since 2022.",
            "Under the arrangement, notified to Tokyo in a diplomatic note on Monday, four embassy "
            "employees will travel to Kunashir and Iturup in late August to clean graves, lay "
            "flowers and take photographs for the families, Japan's Foreign Ministry said.",
            "Russia described the permission as \"a one-time humanitarian gesture\" and made clear "
            "it did not mean a return to the visa-free exchanges and grave visits it halted in "
            "March 2022.",
            "Japanese officials, too, called it an exception. \"This is a measure for this summer "
            "only. What we are seeking is for the former islanders themselves to be able to visit "
            "their family graves,\" the Foreign Ministry's press secretary said.",
            "The step follows consultations on humanitarian issues between the two countries' "
            "foreign ministries in Moscow in May, the first of their kind since relations "
            "collapsed over Ukraine.",
            "About 5,000 former residents of the islands are still alive; their average age is "
            "over 88. Grave visits under a 1964 humanitarian arrangement were, for decades, one of "
            "the few ways for them to return.",
        ],
    ),
    dict(
        key="AS", feed="wickerby-en", published="2025-08-21T10:00:00Z",
        section="Diplomacy", byline="Kaori Endo, Tokyo",
        title="Tokyo protests Russian stamps marking 1945 Kuril landing",
        summary="Japan told Moscow a new souvenir sheet showing the southern Kurils as Russian "
                "was 'extremely regrettable'; Russia dismissed the complaint.",
        label="new_development", group="g6",
        new_facts=["Japan lodged a representation with Russia over Russian Post stamps for the "
                   "80th anniversary of the 1945 Kuril landing that depict the southern Kurils; "
                   "Moscow rejected it"],
        must_mention=[["stamp"], ["protest", "representation"]],
        note="Third report of g6 (after the Japanese first report [[AQ]] and the Russian [[AR]]).",
        body=[
            "Japan has protested to Russia over a set of postage stamps issued to mark the 80th "
            "anniversary of the Soviet landing operation that led to the capture of the Kuril "
            "Islands in 1945, officials in both countries said.",
            "Russian Post put the souvenir sheet on sale on Monday. It shows the route of Soviet "
            "landing forces down the island chain and a map on which the four southernmost "
            "islands - claimed by Japan as its Northern Territories - are coloured as Russian "
            "territory, with the inscription \"The Kurils: returned for ever\".",
            "Japan's Foreign Ministry said it had made a representation through diplomatic "
            "channels on Tuesday, telling the Russian side that the stamps were \"extremely "
            "regrettable and unacceptable\" in light of Japan's position.",
            "Russia's Foreign Ministry dismissed the protest. \"Tokyo's claims against Russian "
            "postage stamps look absurd,\" a spokesperson said on Thursday. \"The Kuril Islands are "
            "an integral part of the Russian Federation, and we will mark the anniversaries of our "
            "victory as we see fit.\"",
            "The Kuril landing operation began on August 18, 1945, three days after Japan "
            "announced its surrender, with an assault on Shumshu at the northern end of the chain. "
            "Soviet troops reached the southern islands in late August and early September.",
            "Japan and Russia have never signed a peace treaty because of the dispute. Moscow "
            "halted treaty talks in 2022.",
        ],
    ),
    dict(
        key="AU", feed="ostler-en", published="2025-10-02T08:00:00Z",
        section="Life", byline="Ostler Daily Post",
        title="Kurilian Bobtail named best in show at Baltic cat fair",
        summary="A four-year-old Kurilian Bobtail called Iturup took the top prize in Riga, a "
                "first for the short-tailed breed.",
        label="off_topic", group=None,
        note="Look-alike: named after the Kurils (a cat breed, and a cat called Iturup); no "
             "diplomacy.",
        body=[
            "A Kurilian Bobtail named Iturup has won best in show at the Baltic International Cat "
            "Fair in Riga, the first time the rare short-tailed breed has taken the title.",
            "The four-year-old male, owned by a breeder from Tallinn, beat more than 400 cats from "
            "14 countries, organisers said on Sunday.",
            "Kurilian Bobtails, named after the islands where the breed is believed to have "
            "originated, are known for their pom-pom tails, muscular build and fondness for water. "
            "Several breeders have named cats after islands in the chain.",
            "\"He is calm, curious and loves a bath, which judges do not see every day,\" the owner "
            "said. \"The breed deserves to be better known.\"",
            "The breed is recognised by the main international cat federations but remains rare "
            "outside Russia and the Baltic states.",
            "The breed standard, drawn up by Soviet felinologists in the 1990s, calls for a sturdy, semi-cobby cat with a short, kinked tail. Judges said the winner's temperament had impressed them as much as his coat, and joked that the name was 'the only controversial thing about him'.",
        ],
    ),
    dict(
        key="AV", feed="mardale-en", published="2025-11-14T08:00:00Z",
        section="Asia", byline="Mardale Newswire staff",
        title="China summons Japanese ambassador over prime minister's Taiwan remarks",
        summary="Beijing lodged 'stern representations' after Prime Minister Sanae Takaichi "
                "suggested a Taiwan crisis could justify Japanese military involvement.",
        label="off_topic", group=None,
        note="Look-alike summons in diplomatic language; China-Japan over Taiwan, no Russia, "
             "no islands.",
        body=[
            "BEIJING (Mardale) - China summoned Japan's ambassador on Thursday to protest remarks "
            "by Prime Minister Sanae Takaichi about Taiwan, the latest sign of a sharp downturn in "
            "relations between Asia's two largest economies.",
            "A vice foreign minister lodged \"stern representations\" and demanded that Japan "
            "retract the comments, China's foreign ministry said. Takaichi told parliament last "
            "week that a Chinese attack on Taiwan could constitute a \"survival-threatening "
            "situation\" allowing Japan to exercise collective self-defence.",
            "Japan's embassy said the ambassador had explained that Japan's position on Taiwan "
            "was unchanged and had in turn protested against an online post by a Chinese "
            "diplomat in Osaka that Tokyo considered threatening.",
            "Japan's chief cabinet secretary told reporters that Tokyo had asked China to take "
            "\"appropriate action\" over the diplomat's post and that the government would "
            "continue to communicate with Beijing at all levels.",
            "Beijing considers Taiwan part of its territory. Japan, which colonised the island from "
            "1895 to 1945, maintains unofficial ties with Taipei.",
        ],
    ),
    dict(
        key="AX", feed="fenwater-en", published="2025-12-09T07:00:00Z",
        section="Business", byline="Fenwater Chronicle business desk",
        title="Japanese buyers keep Sakhalin-2 LNG flowing as U.S. waiver is extended",
        summary="Utilities in Tokyo and Hiroshima will continue to lift cargoes from the Russian "
                "project after Washington renewed a sanctions licence.",
        label="off_topic", group=None,
        note="Unrelated Japan-Russia news (energy trade, Sakhalin); no islands, no treaty.",
        body=[
            "Japanese utilities will continue buying liquefied natural gas from Russia's "
            "Sakhalin-2 project after the United States extended a licence exempting transactions "
            "with the project from sanctions, industry officials said on Tuesday.",
            "The licence, now valid until June 2026, covers payments linked to oil and gas "
            "production at the project off Sakhalin Island, in which Japanese trading houses hold "
            "minority stakes.",
            "Sakhalin-2 supplies roughly 9% of Japan's LNG imports. Tokyo has argued that the "
            "project is important for its energy security and that an abrupt exit would benefit "
            "Russia by allowing it to resell the gas at higher prices.",
            "\"Our procurement plans do not change,\" said an official at one of the buyers, "
            "who asked not to be named because contract terms are confidential.",
            "Japan's trade ministry said it would keep monitoring the situation in coordination "
            "with G7 partners.",
            "Japan's imports of Russian crude have been close to zero since 2023, apart from cargoes from the Sakhalin-1 project, which also benefits from an exemption. Shares in the trading houses involved barely moved on the news.",
        ],
    ),
    dict(
        key="AY", feed="mardale-en", published="2026-02-03T10:00:00Z",
        section="Europe", byline="Mardale Newswire staff",
        title="Russia freezes humanitarian talks with Japan 'until further notice'",
        summary="Moscow suspended the consultation format launched in May and said no further "
                "visits by Japanese diplomats to graves on the islands would be considered this year.",
        label="status_change", group="g7",
        new_facts=["Russia suspended the humanitarian consultations with Japan (held since May 2025) "
                   "until further notice and said it would not consider proxy grave visits by "
                   "Japanese diplomats to the islands this year"],
        must_mention=[["humanitarian", "consultation"], ["suspend", "freez", "until further notice"]],
        note="First report of g7 (English). Old state: consultation channel opened in May 2025 "
             "([[AG]], [[AH]]) and proxy grave visits allowed once in 2025 ([[AK]]); new state: "
             "channel suspended until further notice, no proxy visits this year.",
        body=[
            "MOSCOW (Mardale) - Russia has suspended \"until further notice\" a channel of "
            "consultations with Japan on humanitarian issues, including visits to Japanese graves "
            "on the Russian-held Kuril Islands, the Foreign Ministry said on Tuesday.",
            "In a statement, the ministry said the decision had been conveyed to the Japanese "
            "embassy in a note verbale and was a response to the new package of sanctions adopted "
            "by Tokyo in January, which it called \"yet another hostile step\".",
            "\"In these circumstances, the continuation of consultations on humanitarian issues "
            "is suspended until further notice,\" the statement said. It added that requests for "
            "visits by Japanese diplomatic staff to burial sites on the islands \"will not be "
            "considered in the current year\".",
            "The consultations, held at the level of foreign ministry department directors, began "
            "in Moscow in May last year - the first such talks since relations collapsed in 2022. "
            "In August, four Japanese embassy staff were allowed, as a one-off, to visit Japanese "
            "cemeteries on Kunashir and Iturup on behalf of former residents.",
            "There was no immediate reaction from Tokyo.",
            "Japan's latest sanctions, announced on January 20, added dozens of Russian entities "
            "and individuals to its asset freeze list and tightened export controls.",
        ],
    ),
    dict(
        key="BC", feed="wickerby-en", published="2026-04-07T08:00:00Z",
        section="Diplomacy", byline="Helen Marchetti, Moscow",
        title="Moscow denies it agreed to revive humanitarian channel with Tokyo",
        summary="The Russian Foreign Ministry called a Japanese report that consultations would "
                "resume in May 'not corresponding to reality'.",
        label="restatement", group=None,
        note="Denied version of a move. The suspension 'until further notice' is known from g7 "
             "([[AY]], [[AZ]], [[BA]]); the denial confirms nothing has changed.",
        body=[
            "Russia's Foreign Ministry on Monday denied a Japanese newspaper report that Moscow "
            "had agreed to resume consultations with Tokyo on humanitarian issues, which it "
            "suspended in February.",
            "\"Reports that the Russian side has agreed to resume the consultations in May do not "
            "correspond to reality,\" the ministry's press department said in a statement. \"The "
            "position set out in February remains in force.\"",
            "A Tokyo daily reported on Saturday, citing unnamed government sources, that the two "
            "sides had agreed in principle to hold a new round of talks in Moscow in May to "
            "discuss visits to Japanese graves on the Russian-held islands.",
            "Japan's chief cabinet secretary declined to comment on the report, saying only that "
            "Tokyo \"continues to strongly request\" that Russia allow former islanders to visit "
            "family graves.",
            "Russia suspended the consultation format \"until further notice\" on February 3, "
            "citing new Japanese sanctions, and said it would not consider requests for Japanese "
            "diplomats to visit graves on the islands this year.",
        ],
    ),
    dict(
        key="BF", feed="fenwater-en", published="2026-10-19T06:00:00Z",
        section="Analysis", byline="Daniel Okafor",
        title="At 70, the Soviet-Japanese declaration marks an anniversary nobody celebrates",
        summary="Seven decades after the 1956 Joint Declaration, Tokyo and Moscow are further "
                "from a peace treaty than at any time since the Cold War.",
        label="restatement", group=None,
        note="Anniversary/occasion piece. Restates seeds (1956 declaration, talks halted and "
             "visa-free trips ended in 2022, Rudenko's conditions) and earlier articles of this "
             "world (2025 humanitarian talks [[AG]], one-off proxy grave visits [[AK]], suspension "
             "until further notice [[AY]]). No new fact.",
        body=[
            "Seventy years ago today, Soviet Premier Nikolai Bulganin and Japanese Prime Minister "
            "Ichiro Hatoyama signed a declaration in Moscow that ended the state of war between "
            "their countries. It promised that Shikotan and the Habomai islets would be handed to "
            "Japan once a peace treaty was signed.",
            "No treaty has been signed, and on the anniversary neither government planned any "
            "event.",
            "Moscow broke off treaty negotiations in March 2022 over Tokyo's sanctions, ended "
            "visa-free visits by Japanese to the islands and withdrew from talks on joint economic "
            "activity. Russian officials have since said the dialogue cannot resume unless Japan "
            "abandons its \"hostile policy\".",
            "The only contact on the islands in recent years has been humanitarian. Department "
            "directors met in Moscow in May 2025, and four Japanese embassy staff were allowed to "
            "visit graves on Kunashir and Iturup that August as a one-off. In February Moscow "
            "suspended the consultations until further notice, citing new sanctions.",
            "\"The declaration is still the only document both sides have ratified that mentions "
            "the islands,\" said a Japanese scholar of Russian foreign policy. \"That is why "
            "nobody in Tokyo wants to let it go, and why Moscow keeps it at arm's length.\"",
            "For former islanders, now with an average age near 90, the anniversary is another "
            "reminder of time running out. \"We were promised two islands seventy years ago,\" said "
            "a man born on Shikotan. \"I would settle for a day at my father's grave.\"",
        ],
    ),
]
