"""English-language articles of the blind105 world (Brailer Wire, The Gimbal Review, Tallyboard)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="e-two-years-on", feed="gimbal-review", lang="en",
        published="2024-02-15T10:00:00Z",
        title="Two years after Moscow's walkout, Tokyo's peace-treaty file gathers dust",
        summary="Japan still says it wants a treaty with Russia; Moscow calls talks 'categorically impossible'. "
                "Neither capital has moved since March 2022.",
        label="restatement",
        note="Analysis restating seeds 000-004: Russia ended treaty talks, visa-free trips and the joint-economic "
             "dialogue in March 2022; Rudenko's 'categorically impossible' (seed 004). No new fact.",
        byline="Harriet Oduya", section="Politics",
        paras=[
            "When Russia's deputy foreign minister Andrei Rudenko told TASS last week that a resumption of "
            "peace-treaty dialogue with Japan was \"categorically impossible\", officials in Tokyo barely reacted. "
            "There was little to react to: the line has not changed since March 2022.",
            "That month, weeks after Japan joined Western sanctions over the invasion of Ukraine, Russia's foreign "
            "ministry announced that it did not intend to continue negotiations on a treaty, withdrew from talks on "
            "joint economic activities on the southern Kurils and ended the visa-free trips that had let Japanese "
            "citizens, former residents among them, visit the islands since the early 1990s.",
            "Tokyo protested then, and its formal position is what it was: Japan wants to settle sovereignty over the "
            "four islands it calls the Northern Territories - Etorofu, Kunashiri, Shikotan and the Habomai group - "
            "and then sign a treaty. Moscow's position is just as fixed. Its sovereignty over what it calls the "
            "southern Kurils is, in the foreign ministry's phrase, beyond question.",
            "\"There is no process to speak of,\" said a Japanese diplomat who worked on the 2018 attempt to speed up "
            "talks on the basis of the 1956 joint declaration. \"Both sides repeat their statements. That is the whole "
            "of it.\"",
            "What would break the stalemate? Rudenko named his price: Tokyo must drop what Moscow calls its hostile "
            "policy. Japan shows no sign of easing sanctions while the war goes on. For now the file stays on the "
            "shelf, and the question in Tokyo is less when talks resume than whether anyone there still expects "
            "them to.",
        ],
        comments=[
            ("kanto_reader", "The 2018 'acceleration' looks like a very long time ago."),
            ("P. Ivashchenko", "Nothing will move until the war ends. Maybe not even then."),
        ],
    ),
    dict(
        key="e-election-protest", feed="brailer-wire", lang="en",
        published="2024-03-18T11:00:00Z",
        title="Japan protests Russian presidential vote held on disputed islands",
        summary="Tokyo lodged a protest through diplomatic channels after polling stations opened on the four "
                "Russian-held islands off Hokkaido during Russia's presidential election.",
        label="new_development", group="b105-g1",
        new_facts=["Japan protested to Russia over presidential-election voting held on the four islands "
                   "(Hayashi, 18 March 2024)"],
        must_mention=[["protest"], ["election", "vote", "voting"]],
        note="Third report of g1 (English wire); same protest as the Russian and Japanese reports.",
        byline="Brailer staff", section="Asia", dateline="TOKYO, March 18 (Brailer) -",
        paras=[
            "Japan has protested to Russia over the holding of voting in Russia's presidential election on four "
            "Russian-held islands that Tokyo claims, Chief Cabinet Secretary Yoshimasa Hayashi said on Monday.",
            "\"Holding such a vote on the Northern Territories is incompatible with our country's position and "
            "unacceptable,\" Hayashi told a regular news conference. He said the protest had been conveyed through "
            "diplomatic channels.",
            "Election officials in Russia's Sakhalin region said turnout in the South Kuril district, which "
            "administers Kunashir, Shikotan and the Habomai islets, exceeded 80 percent over the three days of "
            "voting that ended on Sunday. Polling stations were also open on Iturup.",
            "The islands, known in Russia as the southern Kurils, were seized by Soviet troops at the end of World "
            "War Two. The dispute has prevented the two countries from signing a peace treaty.",
            "Moscow broke off peace treaty negotiations in March 2022 after Japan joined Western sanctions over the "
            "war in Ukraine. Russia's foreign ministry has repeatedly said its sovereignty over the islands cannot be "
            "questioned.",
        ],
    ),
    dict(
        key="e-bluebook-2024", feed="brailer-wire", lang="en",
        published="2024-04-16T07:00:00Z",
        title="Japan's diplomatic bluebook keeps Northern Territories wording, calls Russia ties 'difficult'",
        summary="The 2024 Diplomatic Bluebook repeats that Japan has sovereignty over the four islands and that its "
                "policy of concluding a peace treaty is unchanged.",
        label="restatement",
        note="Annual report restating the known positions: Japan's claim, Russia's March 2022 halt of talks and "
             "visa-free exchanges (seeds 000, 001, 003). Wording unchanged.",
        byline="Brailer staff", section="Asia", dateline="TOKYO, April 16 (Brailer) -",
        paras=[
            "Japan's annual diplomatic bluebook, presented to the cabinet on Tuesday by Foreign Minister Yoko "
            "Kamikawa, kept its description of the four Russian-held islands off Hokkaido unchanged, calling them "
            "islands over which Japan has sovereignty.",
            "The report said relations with Russia remained in a \"difficult situation\" because of the war in "
            "Ukraine and repeated that Japan's basic policy - to resolve the territorial issue and conclude a peace "
            "treaty - had not changed.",
            "It again noted that Russia announced in March 2022 that it would not continue peace treaty "
            "negotiations, ended visa-free exchanges and withdrew from dialogue on joint economic activities on the "
            "islands, steps Tokyo has called \"extremely unjust and absolutely unacceptable\".",
            "The passages on Russia run to roughly the same length as last year's. A foreign ministry official said "
            "the text had been reviewed line by line but no change had been judged necessary.",
            "The bluebook, published every spring, also covers China, North Korea and the Middle East. Its Russia "
            "section devotes most of its space to the war and to sanctions.",
        ],
    ),
    dict(
        key="e-kunashir-drills-gimbal", feed="gimbal-review", lang="en",
        published="2024-04-24T09:00:00Z",
        title="Russia schedules live-fire drills off Kunashiri's southern coast; Tokyo protests",
        summary="A Japan Coast Guard warning says Russian forces will fire in waters off the south of Kunashiri "
                "from April 25 to 28. Tokyo has protested.",
        label="new_development", group="b105-g2",
        new_facts=["Russian live-fire exercise announced for 25-28 April 2024 in waters off southern Kunashir "
                   "(near Golovnino/Tomari); JCG navigational warning; Japan protested"],
        must_mention=[["firing", "live-fire", "drill"], ["kunashir"]],
        note="English report of g2, two days after the Japanese first report; same area and dates.",
        byline="Gimbal Review desk", section="Security",
        paras=[
            "Russia has notified mariners that it will conduct live-fire exercises from April 25 to 28 in waters off "
            "the southern coast of Kunashiri, one of the four islands Japan claims, which faces Hokkaido's Shiretoko "
            "and Notsuke peninsulas across the Nemuro Strait, according to a navigational warning relayed by the "
            "Japan Coast Guard.",
            "The area lies off the village of Golovnino, known in Japanese as Tomari, at the southern entrance to "
            "the Nemuro Strait, on the Russian side of the median line that Japanese fishing boats use as a working "
            "boundary. Firing is scheduled during daylight hours.",
            "Japan's foreign ministry said it had protested through diplomatic channels, calling the exercise "
            "\"unacceptable\" given Tokyo's position on the islands. Moscow, which regards the southern Kurils as "
            "Russian territory, typically does not respond publicly to such protests.",
            "The timing is awkward for fishing crews from Rausu and Shibetsu, who are preparing for the spring "
            "season in the strait. Local fishing cooperatives said they would tell members to stay well clear of "
            "the area.",
            "Russia suspended peace treaty talks with Japan in March 2022. Since then, drills on and around the "
            "islands have become one of the few regular points of contact between the two governments - in the "
            "form of protests.",
        ],
    ),
    dict(
        key="e-maritime-notices-rebroadcast", feed="brailer-wire", lang="en",
        published="2024-04-26T06:00:00Z",
        title="Maritime notices: Kunashir firing warning re-issued unchanged; cable work off Kushiro",
        summary="Weekly round-up of navigational warnings in Japanese and adjacent waters. The Russian firing "
                "warning off southern Kunashir was re-broadcast with no change to area or dates.",
        label="new_development", group="b105-g2",
        new_facts=["Russian live-fire exercise announced for 25-28 April 2024 in waters off southern Kunashir "
                   "(near Golovnino/Tomari); JCG navigational warning; Japan protested"],
        must_mention=[["firing", "live-fire", "drill"], ["kunashir"]],
        note="Re-published notice: the same warning re-broadcast, area and dates unchanged. Follow-up with no "
             "new fact, kept in g2 per FORMAT.md.",
        byline="Brailer Maritime", section="Maritime", dateline="TOKYO, April 26 (Brailer) -",
        paras=[
            "The following navigational warnings were in force or re-issued in the week to April 26. Times are "
            "local.",
            "NEMURO STRAIT / SOUTHERN KUNASHIR: The Japan Coast Guard's 1st Regional Headquarters re-broadcast on "
            "Friday the warning first issued on April 22 for Russian live-fire exercises off the southern coast of "
            "Kunashir. The area and times are unchanged: April 25 to 28, 0900 to 1800 daily. Vessels are advised to "
            "keep clear.",
            "KUSHIRO: Cable-laying works continue about 6 nautical miles south of Kushiro port until May 10. A "
            "guard vessel is on station.",
            "TSUGARU STRAIT: A lighted buoy off Tappi Point is reported off station. Mariners are requested to "
            "navigate with caution.",
            "SEA OF JAPAN: Rocket debris warning areas announced by a foreign state for April 27 lie outside "
            "Japan's exclusive economic zone, the coast guard said.",
            "The round-up is compiled from public notices. It is not a substitute for official notices to "
            "mariners.",
        ],
    ),
    dict(
        key="e-trench-amphipods", feed="brailer-wire", lang="en",
        published="2024-05-21T08:20:00Z",
        title="Biologists describe new amphipod species from the Kuril-Kamchatka Trench",
        summary="Three previously unknown shrimp-like crustaceans were identified in samples taken more than "
                "5,000 metres down in the northwest Pacific trench.",
        label="off_topic",
        note="Look-alike: named after the Kurils (the trench), science news, nothing on the dispute or the treaty.",
        byline="Brailer science desk", section="Science", dateline="FRANKFURT, May 21 (Brailer) -",
        paras=[
            "Researchers have described three previously unknown species of amphipods, small shrimp-like "
            "crustaceans, from samples collected at depths of more than 5,000 metres in the Kuril-Kamchatka Trench "
            "in the northwest Pacific.",
            "The animals were found in sediment cores and baited traps brought up during an earlier international "
            "expedition and kept in museum collections, the team said in a paper published this week.",
            "\"The trench is one of the deepest places on Earth and still one of the least sampled,\" said one of "
            "the authors. \"Nearly every tray we sort contains something that has no name yet.\"",
            "The trench runs for about 2,200 km along the Kuril island arc and the coast of Kamchatka and reaches "
            "depths of more than 9,500 metres. Its slopes are among the most seismically active on the planet.",
            "The researchers said two of the new species appear to be scavengers adapted to feed on carcasses that "
            "sink from the surface.",
        ],
    ),
    dict(
        key="e-peskov-no-conditions", feed="brailer-wire", lang="en",
        published="2024-06-11T10:30:00Z",
        title="Kremlin sees 'no conditions' for restoring Japanese visa-free trips to Kurils",
        summary="Asked about an appeal by former Japanese residents, Kremlin spokesman Dmitry Peskov said the "
                "2022 decision to end visa-free travel remains in force.",
        label="restatement",
        note="Negated move ('no conditions to restore'): restates seed 000/001/003 (visa-free trips terminated in "
             "March 2022) by a new speaker.",
        byline="Brailer staff", section="Europe", dateline="MOSCOW, June 11 (Brailer) -",
        paras=[
            "The Kremlin said on Tuesday there were no conditions for restoring visa-free travel by Japanese "
            "citizens to the southern Kuril Islands, responding to an appeal by former Japanese residents who want "
            "to visit family graves.",
            "\"The decision was taken in 2022 and it remains in force. There are currently no conditions for "
            "revisiting it,\" Kremlin spokesman Dmitry Peskov told reporters when asked about the appeal, which was "
            "sent by an association of former island residents based in Hokkaido.",
            "Peskov said responsibility lay with Tokyo, which he said had chosen \"an unfriendly course\" by joining "
            "sanctions against Russia.",
            "Peskov did not say what might change Moscow's view. Asked whether visits could be allowed on "
            "humanitarian grounds alone, he said: \"Everything depends on the Japanese side.\"",
            "Russia's foreign ministry ended the visa-free arrangements in March 2022, together with peace treaty "
            "talks and dialogue on joint economic projects on the islands, which Japan calls the Northern "
            "Territories.",
            "Japan's government has repeatedly asked Moscow to allow at least grave visits on humanitarian "
            "grounds. The former residents' average age is now over 88.",
        ],
    ),
    dict(
        key="e-defence-white-paper", feed="gimbal-review", lang="en",
        published="2024-07-12T09:30:00Z",
        title="Japan's defence white paper holds its line on Russia and the islands",
        summary="The 2024 edition repeats familiar language on the Northern Territories and reports no new "
                "Russian deployment there.",
        label="restatement",
        note="Annual report restating positions: Japan's claim, Moscow's fear of US bases (seed 002), sovereignty "
             "'not in question' (seeds 001, 004). Explicitly no new deployment.",
        byline="Tomasz Wierzba", section="Security",
        paras=[
            "Japan's 2024 defence white paper, approved by the cabinet on Friday, again calls Russia's military "
            "activity in the Far East a matter of strong concern and links it to Moscow's closer coordination with "
            "China.",
            "On the four islands off Hokkaido, the text repeats formulations familiar from the last several "
            "editions: the Northern Territories are an inherent part of Japan's territory, and Russia's military "
            "presence there is something Tokyo cannot accept.",
            "Officials who briefed reporters said the paper does not identify any new deployment on the islands "
            "this year; the maps of Russian forces in the region are essentially last year's.",
            "Moscow has long said it fears that any transfer of islands could bring US bases closer to its shores, "
            "and its foreign ministry repeats that sovereignty over what it calls the southern Kurils is not open "
            "to discussion.",
            "As in previous years, the longest chapter is devoted to China. The section on Russia runs to fewer "
            "pages than the one on North Korea's missile programme.",
        ],
    ),
    dict(
        key="e-sakhalin2-lng", feed="tallyboard", lang="en",
        published="2024-09-03T05:45:00Z",
        title="Japanese buyers keep Sakhalin-2 LNG flowing as term contracts roll over",
        summary="Utilities say supply from the Russian project remains 'important for energy security' even as "
                "Tokyo tightens other sanctions.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia energy news (Sakhalin island project); nothing on the treaty or "
             "the Kurils.",
        byline="Tallyboard commodities", section="Commodities",
        paras=[
            "Japanese utilities are keeping cargoes from the Sakhalin-2 liquefied natural gas project flowing, "
            "with at least two buyers rolling over term contracts that were due to expire, people familiar with "
            "the matter said.",
            "Sakhalin-2, off Russia's Pacific island of Sakhalin, supplied roughly 9% of Japan's LNG imports last "
            "year. Tokyo has exempted the project from its sanctions, arguing that a sudden halt would raise "
            "electricity prices and hurt energy security.",
            "\"It is a short voyage and a reliable supply. Replacing it at short notice would be expensive,\" said "
            "an executive at one of the buyers, who asked not to be named because the contracts are confidential.",
            "Spot LNG prices in Asia have climbed about 15% since June on hot weather and maintenance outages.",
            "Trade ministry data show Japan's total imports from Russia fell by about 40% in value last year, "
            "driven by lower coal and crude purchases.",
            "Mitsui & Co and Mitsubishi Corp have kept their combined 22.5% stake in the Russian company that took "
            "over the project in 2022. Executives say they are in regular contact with the operator on shipping "
            "schedules but not on investment.",
        ],
    ),
    dict(
        key="e-governor-urges-graves", feed="gimbal-review", lang="en",
        published="2024-10-08T07:15:00Z",
        title="Hokkaido's governor urges Moscow to let former islanders visit family graves",
        summary="Naomichi Suzuki appealed to Russia to allow grave visits 'at least on humanitarian grounds'. "
                "There has been no answer.",
        label="restatement",
        note="Requested move ('urges Moscow to allow'); restates seed facts (visa-free/former-resident trips "
             "terminated in March 2022). No new fact.",
        byline="Aiko Brennan", section="Politics",
        paras=[
            "Hokkaido Governor Naomichi Suzuki on Monday urged Russia to allow former residents of the disputed "
            "islands off Hokkaido to visit family graves, saying time was running out for a generation now mostly "
            "in its late eighties.",
            "\"I strongly call on the Russian side to allow grave visits, at least on humanitarian grounds,\" "
            "Suzuki told a meeting of former residents in Nemuro. \"Many of them have only a few summers left.\"",
            "Russia ended visa-free trips to the islands, including the simplified visits by former residents, in "
            "March 2022, when it also said it would not continue peace treaty talks with Tokyo.",
            "Japan's foreign ministry says it continues to request a resumption of grave visits through diplomatic "
            "channels. Moscow has not responded publicly.",
            "Suzuki did not say whether the prefectural government had approached Russian officials directly. Asked "
            "whether he expected an answer, he said: \"We will keep asking.\"",
            "According to the league of former residents, fewer than 5,500 of the roughly 17,000 people who lived "
            "on the islands in 1945 are still alive. Several at the meeting said they had last seen their family "
            "graves in 2019, before the pandemic halted trips.",
        ],
    ),
    dict(
        key="e-senkaku-record", feed="brailer-wire", lang="en",
        published="2024-11-20T04:10:00Z",
        title="Chinese coast guard ships log record presence near Senkakus; Tokyo protests latest intrusion",
        summary="Chinese vessels have been seen in the contiguous zone around the Japan-administered islands on "
                "more days this year than in any previous year.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku) with a protest and patrol numbers; not the Kurils.",
        byline="Brailer staff", section="Asia", dateline="TOKYO, November 20 (Brailer) -",
        paras=[
            "Chinese coast guard ships have been sighted near the Japan-administered Senkaku Islands on more days "
            "this year than in any year since Japan nationalised the islands in 2012, the Japan Coast Guard said "
            "on Wednesday.",
            "Two of the ships entered Japanese territorial waters on Tuesday and approached a fishing boat, the "
            "coast guard said. Japan protested through diplomatic channels.",
            "China, which calls the uninhabited islands the Diaoyu, says the patrols are lawful. The islands are "
            "also claimed by Taiwan.",
            "\"This is a persistent pattern, not a single incident,\" a coast guard official said.",
            "Japan's coast guard has been expanding its fleet of large patrol ships and plans to station more of "
            "them in Okinawa.",
            "Japan's defence ministry said separately that Chinese military aircraft had flown near Japan's "
            "southwestern islands more often this year, prompting fighter scrambles.",
            "Beijing's foreign ministry rejected Tokyo's protest, saying the waters were Chinese and that its "
            "coast guard was carrying out \"normal law-enforcement patrols\". Tokyo has asked for a hotline between "
            "the two coast guards to be used more often to avoid incidents.",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="e-safeop-fee-tally", feed="tallyboard", lang="en",
        published="2025-02-26T10:00:00Z",
        title="Fishing near the disputed islands gets 70% dearer for Hokkaido boats",
        summary="Under this year's terms Japanese crews will pay about 34.6 million yen to fish off the Russian-held "
                "islands, while their pollock allowance shrinks by a quarter.",
        label="new_development", group="b105-g3",
        new_facts=["2025 terms for Japanese fishing off the four islands (1998 agreement): fee raised to about "
                   "34.6 million yen from 20.4 million; pollock quota cut to 1,650 t from 2,230 t"],
        must_mention=[["fee", "34.6"], ["quota", "pollock"]],
        note="English report of g3 a day after the Russian and Japanese reports; same figures.",
        byline="Tallyboard fisheries", section="Commodities",
        paras=[
            "Hokkaido fishing crews that work the waters around the four Russian-held islands will pay sharply "
            "more this year for less fish, under terms agreed with Russia this week.",
            "The cooperation fee that Japanese operators pay under a 1998 intergovernmental agreement rises to about "
            "34.6 million yen from 20.4 million yen last year, a 70% increase, according to fisheries officials on "
            "both sides. Japan also supplies equipment to Russian fisheries authorities as part of the package.",
            "The allowance for walleye pollock falls to 1,650 tonnes from 2,230 tonnes. The Atka mackerel "
            "allowance is unchanged at 1,140 tonnes and octopus at 420 tonnes.",
            "For a typical 19-tonne boat from Rausu, the fee works out at roughly 1.9 million yen for the season, "
            "up from about 1.1 million, one cooperative official estimated. \"At last year's prices, some boats will "
            "struggle to cover fuel,\" he said.",
            "The 1998 framework lets Japanese boats operate in waters Russia controls without either side "
            "conceding its legal position on sovereignty. It has survived the collapse of most other contacts since "
            "Russia ended peace treaty talks in 2022.",
            "Pollock prices at Nemuro's market averaged 118 yen per kilogram last season.",
        ],
    ),
    dict(
        key="e-armenia-azerbaijan", feed="brailer-wire", lang="en",
        published="2025-03-14T13:30:00Z",
        title="Armenia and Azerbaijan agree text of peace treaty; Baku sets conditions for signing",
        summary="The two neighbours say negotiations on the draft are complete, but no date has been set for "
                "signing.",
        label="off_topic",
        note="Look-alike: another peace treaty (Armenia-Azerbaijan); nothing on Russia-Japan.",
        byline="Brailer staff", section="Europe", dateline="YEREVAN/BAKU, March 14 (Brailer) -",
        paras=[
            "Armenia and Azerbaijan said they had completed negotiations on the text of a peace treaty meant to end "
            "nearly four decades of conflict, though Baku said it would not sign until Armenia changed its "
            "constitution.",
            "Armenia's foreign ministry said it was ready to begin consultations on the date and venue of signing. "
            "Azerbaijan's foreign ministry welcomed the completion of talks but repeated its demand.",
            "The draft, which has not been published, contains 17 articles, according to officials.",
            "The two countries fought wars in the early 1990s and in 2020 over the Karabakh region, which "
            "Azerbaijan retook in full in 2023.",
            "Analysts said the announcement was a significant step but warned that the constitutional question "
            "could delay a signing for years.",
            "Russia, which has long mediated between the two former Soviet republics, welcomed the news and said "
            "it was ready to help. The European Union and the United States also issued statements of support.",
            "Both sides have yet to agree on the reopening of transport links across their border, a separate "
            "negotiation that diplomats describe as the next hurdle.",
        ],
    ),
    dict(
        key="e-pollock-roe", feed="tallyboard", lang="en",
        published="2025-05-13T06:00:00Z",
        title="Pollock roe slips at Hokkaido auctions as Okhotsk supply recovers",
        summary="Prices for Russian-origin frozen pollock roe fell about 8% at spring auctions as catches in the "
                "Sea of Okhotsk rebounded.",
        label="off_topic",
        note="Look-alike on quotas and prices: Russian Okhotsk pollock and Japanese auctions; nothing on the "
             "islands or the treaty.",
        byline="Tallyboard commodities", section="Commodities",
        paras=[
            "Prices for frozen pollock roe fell at spring auctions in Hokkaido as larger Russian catches in the Sea "
            "of Okhotsk eased supply worries, traders said.",
            "Average bids for Russian-origin roe were about 8% lower than last year, while Japanese- and "
            "US-origin lots held steady.",
            "Russia's winter pollock season in the Okhotsk Sea, which supplies most of the roe used by Japanese "
            "processors for mentaiko and tarako, ended with catches about 6% above last year's, according to "
            "industry data.",
            "\"Buyers had stocked up last year when prices were high. Now they can afford to wait,\" said a trader "
            "in Hakodate.",
            "Japan imports most of its pollock roe from Russia and the United States.",
            "Fillet prices moved less. Frozen Russian pollock fillet blocks traded roughly flat in yen terms, as a "
            "weaker currency offset lower dollar prices, importers said.",
            "Processors in Hokkaido said they expected to lock in more of their autumn needs at current prices. "
            "\"Nobody wants to repeat last year,\" said one.",
        ],
    ),
    dict(
        key="e-ferry-would-sail", feed="tallyboard", lang="en",
        published="2025-06-17T08:30:00Z",
        title="An island ferry with nowhere to go: Nemuro operator says it 'would sail within a month' if "
              "exchanges resumed",
        summary="The ship built for visa-free trips to the Russian-held islands has not carried a passenger there "
                "since 2019. Its operator says it is ready - if Moscow changes course.",
        label="restatement",
        note="Conditional move ('would sail if exchanges resumed'); restates the known fact that visa-free "
             "exchanges were terminated in 2022 (seeds 000-003). No new fact.",
        byline="Tallyboard shipping", section="Shipping",
        paras=[
            "In a berth at Nemuro port, a white passenger ship built for trips to the disputed islands is kept "
            "ready for voyages it has not made in six years.",
            "\"If the exchanges were restored, we could sail within a month,\" said the manager of the Nemuro "
            "company that crews and maintains the vessel under a government contract. \"The crew is trained, the "
            "certificates are current. What is missing is a decision in Moscow.\"",
            "Russia ended the visa-free exchanges and the simplified visits by former residents in March 2022, "
            "citing Japan's sanctions. The last voyages had already been halted in 2020 by the pandemic.",
            "Keeping the ship idle costs the government roughly 300 million yen a year in maintenance, crew and "
            "insurance, according to budget documents. Officials say there is no prospect of a resumption.",
            "Some in Nemuro would rather see the ship used for other work in the meantime. The manager disagrees: "
            "\"The day they say yes, we want to be able to go.\"",
        ],
    ),
    dict(
        key="e-permits-suspended", feed="brailer-wire", lang="en",
        published="2025-07-16T09:00:00Z",
        title="Russia suspends Japanese fishing permits off disputed islands pending catch probe",
        summary="Russia's fisheries agency has suspended permits for Japanese boats working near the four "
                "Russian-held islands until it completes an investigation into under-reported catches.",
        label="status_change", group="b105-g4",
        new_facts=["Russia suspended the permits of Japanese boats fishing off the four islands under the 1998 "
                   "agreement, pending a review of under-reported catches (from 15 July 2025)"],
        must_mention=[["suspend"], ["permit"]],
        note="English report of g4. Old state: fishing under the 2025 terms (g3); new: permits suspended pending "
             "review.",
        byline="Brailer staff", section="Asia", dateline="TOKYO, July 16 (Brailer) -",
        paras=[
            "Russia has suspended the permits of Japanese fishing boats that operate near the four Russian-held "
            "islands off Hokkaido until it completes an investigation into alleged under-reporting of catches, "
            "officials on both sides said.",
            "The suspension, which took effect on Tuesday, keeps 18 boats from Nemuro and Rausu in port during the "
            "summer Atka mackerel season. It covers fishing under a 1998 intergovernmental agreement that allows "
            "Japanese crews to work in Russian-controlled waters around the islands for a fee.",
            "Russia's Sakhalin-Kuril fisheries directorate said border guards had found a large gap between the "
            "catch recorded in one Japanese boat's log and the fish on board during an inspection off Kunashir.",
            "Japan's fisheries agency said it had asked Russia to lift the measure quickly and was examining the "
            "facts. A spokesperson declined to say when fishing might resume.",
            "This year's fee under the agreement had already risen by about 70%, to some 34.6 million yen, under "
            "terms agreed in February.",
        ],
    ),
    dict(
        key="e-kuril-landing-80", feed="gimbal-review", lang="en",
        published="2025-08-18T08:00:00Z",
        title="Eighty years after the Kuril landing, the map has not moved",
        summary="Soviet troops landed on Shumshu on August 18, 1945. Eight decades later, Japan and Russia still "
                "have no peace treaty.",
        label="restatement",
        note="Anniversary/background piece restating the history and the known positions (seeds 001, 003, 004). "
             "No new fact.",
        byline="Tomasz Wierzba", section="Ideas",
        paras=[
            "Before dawn on August 18, 1945, three days after Emperor Hirohito's surrender broadcast, Soviet troops "
            "waded ashore on Shumshu, the northernmost of the Kuril Islands. The fighting there was some of the "
            "last of the Second World War. By early September the whole chain, down to the islets off Hokkaido, was "
            "in Soviet hands.",
            "Moscow marks the anniversary as the completion of a lawful wartime campaign. In Tokyo, the four "
            "southernmost islands remain the Northern Territories, illegally occupied in the Japanese government's "
            "words.",
            "The 1956 joint declaration ended the state of war and restored relations, and held out the transfer "
            "of Shikotan and the Habomai islets after a peace treaty. None was ever signed. Shinzo Abe and "
            "Vladimir Putin agreed in Singapore in 2018 to speed up talks on that basis; four years later, Russia "
            "declared that it would not continue negotiations with a country that had imposed sanctions on it.",
            "Russian diplomats now describe the treaty they had been discussing as a broad document on peace, "
            "friendship and good-neighbourliness, and say its resumption is impossible under current conditions. "
            "Japanese officials say the territorial question must come first.",
            "Eighty years on, the line on the map is where the troops left it.",
        ],
    ),
    dict(
        key="e-may-consider", feed="gimbal-review", lang="en",
        published="2025-08-20T06:40:00Z",
        title="Russia 'may consider' letting Japanese boats back. Nemuro is not holding its breath",
        summary="A Russian fisheries official says the suspension of Japanese permits could be reviewed once an "
                "investigation ends. No date was given.",
        label="restatement",
        note="Questioned/possible move ('may consider', 'could be reviewed'); the permits remain suspended (state "
             "of g4). No new fact.",
        byline="Aiko Brennan", section="Economy",
        paras=[
            "Five weeks after Russia suspended the permits of Japanese boats fishing near the islands off "
            "Hokkaido, a Russian fisheries official has said Moscow \"may consider\" reinstating them once its "
            "investigation ends.",
            "\"The question can be considered after the review is complete. I cannot name a date,\" the official "
            "from the Sakhalin-Kuril directorate told a Russian news agency on Tuesday.",
            "In Nemuro, that was not read as good news. \"'May consider' is what they say when nothing has been "
            "decided,\" said a Habomai cooperative member whose boat has been tied up since mid-July.",
            "The autumn pollock season, the most valuable of the year for the affected crews, begins in October. "
            "Japan's fisheries agency says it continues to press for an early resumption.",
            "Russia has not said how many vessels are under investigation or what penalties, if any, it is "
            "considering.",
            "The affected boats pay a share of this year's cooperation fee, which rose by about 70% to some 34.6 "
            "million yen under terms agreed in February. Several skippers said they had asked their cooperatives "
            "whether any of it would be refunded. The answer, so far, is no.",
        ],
    ),
    dict(
        key="e-catherine-strait", feed="brailer-wire", lang="en",
        published="2025-09-11T08:00:00Z",
        title="Russia closes strait between Kunashir and Iturup for firing drills; Japan protests",
        summary="A Russian navigational warning closes an area in the Catherine (Yekaterina) Strait from "
                "September 16 to 19. Tokyo called the drills unacceptable.",
        label="new_development", group="b105-g6",
        new_facts=["Russian firing area announced in the Catherine (Yekaterina) Strait between Kunashir and Iturup "
                   "for 16-19 September 2025; JCG warning; Japan protested"],
        must_mention=[["firing", "drill"], ["catherine", "yekaterina", "ekaterina", "kunashiri channel"]],
        note="English report of g6, the day after the Russian and Japanese reports. New area (strait between the "
             "islands) and new dates: distinct from g2.",
        byline="Brailer staff", section="Asia", dateline="TOKYO/VLADIVOSTOK, September 11 (Brailer) -",
        paras=[
            "Russia's Pacific Fleet has closed an area in the strait between Kunashir and Iturup, two of the islands "
            "claimed by Japan, for artillery firing from September 16 to 19, according to navigational warnings "
            "published by the fleet and relayed by the Japan Coast Guard.",
            "The area lies in the Catherine Strait, known in Russia as the Yekaterina Strait and in Japan as the "
            "Kunashiri Channel, a main passage between the Sea of Okhotsk and the Pacific.",
            "Japan said on Wednesday it had protested through diplomatic channels. \"Exercises in the Northern "
            "Territories are incompatible with Japan's position and unacceptable,\" a foreign ministry official "
            "said.",
            "The firing is part of wider fleet exercises in the Sea of Okhotsk that began this week, Russian "
            "agencies reported, citing the fleet. The fleet did not give details on the weapons to be used.",
            "Russia has held drills near the islands several times a year, most recently in waters off southern "
            "Kunashir. It regards the islands as its territory and rejects Japan's protests.",
        ],
    ),
    dict(
        key="e-sakhalin-budget-2026", feed="tallyboard", lang="en",
        published="2025-11-18T07:20:00Z",
        title="Sakhalin's draft 2026 budget sets aside 31 billion roubles for Kuril projects",
        summary="The regional government's draft budget earmarks funds for ports, an airport terminal and housing "
                "on the islands. Deputies vote next month.",
        label="neutral",
        note="Borderline: a planned budget figure for the islands (draft, not adopted); not a dispute "
             "development, not a restatement either.",
        byline="Tallyboard public money", section="Budgets",
        paras=[
            "Russia's Sakhalin region plans to spend about 31 billion roubles on projects in the Kuril Islands next "
            "year, according to a draft budget submitted to the regional legislature.",
            "The largest items are port works at Kurilsk and Malokurilskoye, a new passenger terminal at the Iturup "
            "airport and apartment blocks in Yuzhno-Kurilsk, the draft shows. About a third of the money comes "
            "from federal transfers.",
            "The figure compares with about 27 billion roubles budgeted for this year, of which the region expects "
            "to spend roughly 85% by December.",
            "Regional deputies are due to vote on the budget in mid-December. Amendments in previous years have "
            "typically shifted money between projects rather than changing totals.",
            "The region's overall spending is planned at 327 billion roubles, with a deficit of about 4%.",
            "The Kuril figure includes spending under the federal programme for the islands' development and "
            "the region's own contribution. Officials told deputies that some port contracts had been delayed by "
            "higher steel prices.",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="e-shadow-fleet-sanctions", feed="brailer-wire", lang="en",
        published="2026-01-20T05:30:00Z",
        title="Japan sanctions shipping firms and tankers linked to Russia's 'shadow fleet'",
        summary="Tokyo added 11 companies and 23 vessels to its sanctions list, aligning with recent EU and UK "
                "measures.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia sanctions news; the single background line on 2022 talks "
             "restates seed 000 and is not the subject.",
        byline="Brailer staff", section="Asia", dateline="TOKYO, January 20 (Brailer) -",
        paras=[
            "Japan on Tuesday added 11 shipping companies and 23 tankers to its sanctions list, targeting what it "
            "called Russia's \"shadow fleet\" of vessels used to carry oil above a Western price cap.",
            "The companies are registered in the United Arab Emirates, Hong Kong and the Marshall Islands, the "
            "foreign ministry said. Japanese entities are barred from providing services to the listed ships.",
            "The move brings Japan closer to measures announced by the European Union and Britain in recent "
            "months. Japan also lowered its own price cap on Russian crude in line with the EU.",
            "Russia has previously called Japan's sanctions hostile and cited them when it walked away from peace "
            "treaty talks in 2022.",
            "Japan's imports of Russian crude have been close to zero since 2023, apart from cargoes linked to the "
            "Sakhalin projects.",
            "Moscow's embassy in Tokyo called the new listings \"another unfriendly step\" and said Russia "
            "reserved the right to respond. Shipping analysts said the listed tankers had mostly carried cargoes "
            "to India and China.",
        ],
    ),
    dict(
        key="e-khabarovsk-flights", feed="tallyboard", lang="en",
        published="2026-04-16T10:00:00Z",
        title="Aurora to fly Khabarovsk-Kunashir direct from June, at a capped 9,900-rouble fare",
        summary="The first direct route from the Russian mainland to Kunashir's Mendeleyevo airport will run twice "
                "a week from June 2.",
        label="new_development", group="b105-g7",
        new_facts=["Aurora to open direct Khabarovsk-Mendeleyevo (Kunashir) flights twice weekly from 2 June 2026, "
                   "subsidised fare 9,900 roubles"],
        must_mention=[["khabarovsk"], ["kunashir", "mendeleyevo"]],
        note="English report of g7 two days after the Russian first report.",
        byline="Tallyboard transport", section="Shipping",
        paras=[
            "Russian carrier Aurora will open direct flights between Khabarovsk and Kunashir, one of the islands "
            "claimed by Japan, from June 2, the Sakhalin regional government said.",
            "The flights to Mendeleyevo airport will run on Tuesdays and Fridays using Bombardier Q400 turboprops "
            "with 76 seats. A subsidised one-way fare of 9,900 roubles will apply to residents of the Far East "
            "and to pensioners; the full fare has not been announced.",
            "Until now, passengers to Kunashir have had to fly via Yuzhno-Sakhalinsk, where flights are frequently "
            "cancelled by fog. The regional transport ministry expects the route to carry about 6,000 passengers "
            "in its first season.",
            "Japan's government said on Wednesday that the plan was incompatible with its position on the islands.",
            "The subsidy comes from a federal programme that caps fares on flights to remote parts of the Far "
            "East.",
            "Mendeleyevo, near Yuzhno-Kurilsk, is Kunashir's only airport. Its runway can take regional "
            "turboprops but not jets, which limits the routes it can serve. Aurora already flies to Iturup from "
            "Yuzhno-Sakhalinsk several times a week.",
        ],
    ),
    dict(
        key="e-ukraine-settlement", feed="gimbal-review", lang="en",
        published="2026-05-19T09:00:00Z",
        title="Would a Ukraine ceasefire thaw the Kuril question? Don't bet on it",
        summary="Some in Tokyo hope an end to the fighting would reopen talks with Moscow. Both governments' "
                "stated positions suggest otherwise.",
        label="restatement",
        note="Questioned move ('would a ceasefire reopen talks?'); restates seed positions (talks impossible "
             "while sanctions stand; sovereignty not in question). No new fact.",
        byline="Harriet Oduya", section="Ideas",
        paras=[
            "Every few months, the question resurfaces in Tokyo: if the war in Ukraine ends, could Japan and "
            "Russia go back to talking about a peace treaty and the four disputed islands?",
            "The official answers suggest not soon. Moscow has made the lifting of Japan's \"hostile policy\", "
            "including sanctions, the condition for normalising relations, and its deputy foreign minister has "
            "called a resumption of treaty talks \"categorically impossible\" in the current environment.",
            "Japan, for its part, has tied its sanctions to the war itself, not to the islands, and says its "
            "aim remains to resolve the territorial issue and conclude a treaty. That leaves little room for a "
            "quick restart even in a ceasefire.",
            "\"A ceasefire would not be a settlement, and Tokyo would not lift sanctions on a ceasefire alone,\" "
            "said a former Japanese diplomat. \"And Moscow no longer talks about the 1956 declaration the way it did "
            "in 2018.\"",
            "Perhaps the likelier first step, analysts say, would be humanitarian: grave visits by former "
            "islanders. But that, too, is a hope rather than a plan.",
        ],
    ),
    dict(
        key="e-shikotan-notice-gimbal", feed="gimbal-review", lang="en",
        published="2026-07-29T09:00:00Z",
        title="Russia gives Japan rare advance notice of drills off Shikotan - 'this time only'",
        summary="Moscow told Tokyo by diplomatic note about firing east of Shikotan on August 4-7, the first such "
                "notice since 2022, and said it was a one-off.",
        label="new_development", group="b105-g8",
        new_facts=["Russia notified Japan in advance by diplomatic note of firing drills east of Shikotan on "
                   "4-7 August 2026, first such notice since 2022, stated to be a one-off"],
        must_mention=[["notif", "notice"], ["shikotan"]],
        note="English report of g8 a day after the Japanese first report. One-off advance notice plus a new "
             "area/date: a 'held once' state.",
        byline="Gimbal Review desk", section="Security",
        paras=[
            "Russia has given Japan advance notice through diplomatic channels of live-fire drills off the "
            "disputed island of Shikotan, the first time it has done so since relations collapsed in 2022, and "
            "has told Tokyo the gesture will not be repeated.",
            "The Russian embassy in Tokyo informed Japan's foreign ministry by note on July 27 that firing would "
            "take place on August 4 to 7 in waters east of Shikotan, Japanese officials said. The note described "
            "the notification as being made \"on this occasion only\".",
            "Until now Japan has learned of such drills from Russian navigational warnings relayed by its coast "
            "guard. The coast guard has also issued a warning for the area.",
            "Tokyo protested the exercise itself. \"Drills around the four islands are unacceptable regardless of "
            "how we are told about them,\" a foreign ministry official said.",
            "Officials in Tokyo were cautious about reading much into the note. The area is close to waters used "
            "by Japanese boats in the autumn saury season, which one official suggested may explain the gesture.",
        ],
    ),
    dict(
        key="e-duma-polls-conditional", feed="brailer-wire", lang="en",
        published="2026-09-10T04:30:00Z",
        title="Tokyo says it would protest any Duma voting on Russian-held islands",
        summary="Japan's top government spokesman said Tokyo would lodge a protest 'as before' if Russia opens "
                "polling stations on the four islands in this month's parliamentary election.",
        label="restatement",
        note="Conditional move ('would protest if voting is held'); restates Japan's known position. Not the "
             "March 2024 protest (g1) and no protest lodged yet.",
        byline="Brailer staff", section="Asia", dateline="TOKYO, September 10 (Brailer) -",
        paras=[
            "Japan will protest if Russia holds voting in this month's State Duma election on the four islands off "
            "Hokkaido that Tokyo claims, the chief cabinet secretary said on Thursday.",
            "\"If voting takes place in the Northern Territories, we will lodge a protest as we have done in the "
            "past,\" the government's top spokesman told reporters. He said Tokyo was gathering information.",
            "Russia's election for the lower house of parliament runs from September 18 to 20. Regional election "
            "officials on Sakhalin have said polling stations will open across the Kuril Islands as in previous "
            "elections.",
            "Japan protested in 2024 when Russia held voting in the presidential election on the islands.",
            "Russia regards the islands, which it calls the southern Kurils, as its territory and rejects Japan's "
            "objections.",
            "Turnout on the islands has in past elections been well above the national average. Russian officials "
            "say polling there is an ordinary part of federal elections and that Tokyo's objections are "
            "\"meaningless\".",
        ],
    ),
]
