# -*- coding: utf-8 -*-
"""English-language articles of the blind42 corpus (Windrose Wire, The Coldharbour
Review, The Shiretoko Ledger)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        id="wr240219-envoy-interview",
        feed="windrose-en", lang="en", published="2024-02-19T06:40:00Z",
        title="Russian envoy says no basis for peace treaty talks while Tokyo keeps sanctions",
        summary="Moscow's ambassador in Tokyo told a Japanese newspaper that negotiations on a "
                "peace treaty cannot resume as long as Japan keeps what he called an unfriendly course.",
        label="restatement",
        note="Restatement by a new speaker (Russian ambassador): talks impossible under sanctions "
             "(seeds 001 Galuzin, 004 Rudenko 'categorically impossible'); sovereignty not open to "
             "discussion (seed 001). No new fact.",
        byline="Windrose Tokyo bureau",
        credit="Reporting by the Tokyo newsroom; editing by Clare Whitlow",
        body=[
            "TOKYO, Feb 19 (Windrose) - Russia's ambassador to Japan said there was no basis for "
            "resuming negotiations on a peace treaty while Tokyo kept its sanctions against Moscow, "
            "repeating the line the Russian foreign ministry has held since March 2022.",
            "\"A fundamental document on peace and good-neighbourliness cannot be discussed with a "
            "country that has chosen an openly unfriendly course toward us,\" Ambassador Nikolai "
            "Nozdrev said in an interview published on Monday by a Japanese business daily. \"The "
            "responsibility for the current state of our relations lies entirely with Tokyo.\"",
            "Asked about the southern Kuril Islands, which Japan calls the Northern Territories, the "
            "ambassador said Russia's sovereignty over them was enshrined in international documents "
            "and \"is not a subject for discussion\".",
            "Moscow said on March 21, 2022, that it would not continue peace treaty negotiations, "
            "pulled out of talks on joint economic activities on the islands and ended visa-free "
            "trips by Japanese citizens, citing the sanctions Japan imposed after Russia sent troops "
            "into Ukraine. Deputy Foreign Minister Andrei Rudenko said earlier this month that a "
            "resumption of the dialogue was \"categorically impossible\" in the current environment.",
            "Japan's top government spokesman, asked about the interview at a regular news "
            "conference, said Tokyo's policy of resolving the territorial issue and then concluding "
            "a peace treaty was unchanged, and that Japan would keep urging Russia to allow former "
            "island residents to visit family graves.",
            "The two countries have never signed a peace treaty formally ending World War Two. Soviet "
            "forces seized the four islands - Iturup, Kunashir, Shikotan and the Habomai islets - at "
            "the end of the war. Japan calls them its inherent territory; Moscow says they became "
            "Russian as a legitimate outcome of the war.",
        ],
    ),
    dict(
        id="ch240321-two-years",
        feed="coldharbour-en", lang="en", published="2024-03-21T07:00:00Z",
        title="Two years after Moscow walked out, the peace treaty file gathers dust",
        summary="On the second anniversary of Russia's decision to abandon peace treaty talks with "
                "Japan, neither capital is signalling a thaw. How the freeze set in, and why it holds.",
        label="restatement",
        note="Anniversary/background piece: restates the March 2022 termination of talks, the end of "
             "visa-free trips, the JEA withdrawal and the BSEC block (seeds 000-003), Peskov's "
             "'impossible' (002), Rudenko's 'categorically impossible' (004), Japan's claim (003).",
        section="Analysis", byline="Imogen Sallis",
        bio="is a contributing editor covering Russia's Far East.",
        body=[
            "Two years ago today, on March 21, 2022, Russia's foreign ministry announced that it "
            "\"does not intend to continue negotiations with Japan on the peace treaty\". It was one "
            "item in a short list of retaliations for Tokyo's sanctions over Ukraine: Moscow also "
            "walked away from the dialogue on joint economic activities on the southern Kuril "
            "Islands, ended visa-free trips by Japanese citizens to the islands and blocked the "
            "extension of Japan's status as a sectoral dialogue partner of the Black Sea Economic "
            "Cooperation organisation.",
            "Little has moved since. The Kremlin's spokesman said later that year that negotiating a "
            "treaty \"under such conditions seems impossible\". In February this year Deputy Foreign "
            "Minister Andrei Rudenko went further, calling a resumption of the dialogue "
            "\"categorically impossible\" and setting out the price of any normalisation: Tokyo's "
            "\"refusal from the hostile policy\" toward Russia rather than \"ephemeral signals\".",
            "## A treaty that was never only about islands",
            "Rudenko's remarks were notable less for the refusal than for the description of what "
            "had been on the table. Moscow, he said, had not been negotiating a conventional peace "
            "treaty of the kind signed at the end of hostilities, but a broad document on peace, "
            "friendship and good-neighbourliness, including mutual guarantees of non-participation "
            "in third parties' hostile initiatives. Read plainly, that is a reminder that Russia's "
            "long-standing worry about American bases on any islands handed to Japan was always "
            "part of the package.",
            "Tokyo's position has not shifted either. Prime Minister Fumio Kishida has said "
            "repeatedly that Japan remains committed to resolving the territorial issue and "
            "concluding a treaty, while conceding that relations are difficult because of Ukraine. "
            "Japan continues to regard Iturup, Kunashir, Shikotan and the Habomai islets as its "
            "territory and its claim to them as not negotiable.",
            "## The human clock",
            "The freeze has a cost that is easy to measure. The former Japanese residents of the "
            "four islands, expelled after 1945, are now in their late eighties on average, and "
            "every year their number falls by several hundred. The visa-free exchanges created in "
            "1991 and the simplified visits for former residents added in 1999 were, for many of "
            "them, the only way to stand at a family grave. Those ended two years ago, and nothing "
            "has replaced them.",
            "\"Both governments are now talking to their own audiences, not to each other,\" said "
            "a Sapporo-based specialist in Russo-Japanese relations who asked not to be named "
            "because of ongoing research contacts in Russia. \"Moscow says the islands are Russian "
            "and the question is closed; Tokyo says they are Japanese and the question is open. "
            "That was true before 2022. What changed is that there is no longer a room in which "
            "the two sentences meet.\"",
            "There is no sign that a room is being prepared. The anniversary passed without "
            "statements from either foreign ministry.",
        ],
    ),
    dict(
        id="wr240416-bluebook",
        feed="windrose-en", lang="en", published="2024-04-16T03:15:00Z",
        title="Japan's diplomatic Bluebook keeps line on Russian-held islands",
        summary="Japan's annual foreign policy report again describes the four Russian-held "
                "islands as Japanese and says Tokyo will seek a peace treaty after resolving the dispute.",
        label="restatement",
        note="Annual report restating Japan's position (seed 003: Japan's right to the four islands "
             "not negotiable; seed 002: Kishida steadfast on a treaty). No new fact.",
        byline="Windrose Tokyo bureau", credit="Editing by Martin Ogle", read_min=2,
        body=[
            "TOKYO, April 16 (Windrose) - Japan's 2024 Diplomatic Bluebook, presented to the cabinet "
            "on Tuesday, repeats that the four islands off Hokkaido held by Russia are Japanese "
            "territory and that Tokyo's policy is to resolve the territorial issue and conclude a "
            "peace treaty, wording unchanged from last year.",
            "The annual report describes the Northern Territories, known in Russia as the southern "
            "Kurils, as \"islands over which Japan has sovereignty\" and an integral part of its "
            "territory. It says relations with Russia remain in a severe state because of the war in "
            "Ukraine and that Japan will continue to coordinate with the Group of Seven on sanctions.",
            "The report notes that Russia announced in March 2022 that it would not continue "
            "negotiations on a peace treaty and ended visa-free exchanges with the islands, and it "
            "calls Moscow's position \"extremely unjust\". It says the government will continue to "
            "press for grave visits by former islanders as a humanitarian matter.",
            "Russia's foreign ministry has criticised earlier editions of the Bluebook for what it "
            "called territorial claims on Russian land and has said its sovereignty over the islands "
            "cannot be called into question. There was no immediate reaction from Moscow on Tuesday.",
            "The Bluebook also devotes chapters to China, North Korea and economic security.",
        ],
    ),
    dict(
        id="wr240515-paramushir-base",
        feed="windrose-en", lang="en", published="2024-05-15T02:30:00Z",
        title="Russia sets up permanent naval station on northern Kuril island",
        summary="Russia's Pacific Fleet says two missile corvettes will be based permanently at "
                "Severo-Kurilsk on Paramushir, its first naval station in the northern Kurils since "
                "Soviet times.",
        label="new_development", group="g1-paramushir-naval-base",
        new_facts=["Russia's Pacific Fleet opened a permanent naval basing point at Severo-Kurilsk "
                   "(Paramushir, northern Kurils) and based two Project 22800 small missile ships there"],
        must_mention=[["paramushir", "severo-kurilsk"], ["naval", "base", "station"]],
        note="Second report of g1 (first was Vaterliniya, Russian). New: permanent naval station on "
             "Paramushir; nothing in the seeds about any deployment.",
        byline="Windrose Moscow bureau", credit="Reporting by the Moscow newsroom; editing by Clare Whitlow",
        body=[
            "VLADIVOSTOK, May 15 (Windrose) - Russia's Pacific Fleet has opened a permanent naval "
            "station at Severo-Kurilsk on Paramushir island in the northern Kurils and based two "
            "small missile ships there, the Eastern Military District said, extending Moscow's "
            "military presence along the island chain that stretches toward Japan.",
            "The district said in a statement on Tuesday that two Project 22800 Karakurt-class "
            "corvettes had berthed at a rebuilt 180-metre pier in Severo-Kurilsk and would be "
            "based there permanently. Military builders also put up depots, a boiler house and "
            "barracks for the crews over the past year, it said.",
            "The ships will patrol the Second and Fourth Kuril Straits, passages between the Sea of "
            "Okhotsk and the Pacific that the Russian navy regards as gateways to one of its main "
            "submarine operating areas. Until now Pacific Fleet vessels had called at Paramushir "
            "only during exercises.",
            "Paramushir lies about 1,000 km northeast of the four southernmost islands of the chain "
            "that Japan claims and calls its Northern Territories, and is not itself disputed. But "
            "Tokyo has watched the build-up along the Kurils closely since Russia deployed Bal and "
            "Bastion coastal missile systems on Iturup and Kunashir in 2016.",
            "The head of the Severo-Kurilsk district told Russian media the base would bring jobs "
            "and new residents to the town of about 2,500 people, and that 40 flats in a new "
            "apartment block would be set aside for the sailors' families.",
            "There was no immediate comment from Japan's Defence Ministry.",
        ],
    ),
    dict(
        id="wr240627-senkaku",
        feed="windrose-en", lang="en", published="2024-06-27T05:10:00Z",
        title="Chinese coast guard ships near Senkakus for record stretch, Japan says",
        summary="Chinese government vessels have been seen in waters next to the Japan-controlled "
                "islands every day for a record run, Japan's coast guard said.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku, Japan-China). Not about Russia or the Kurils.",
        byline="Windrose Tokyo bureau", credit="Editing by Martin Ogle", read_min=2,
        section="Asia Pacific",
        body=[
            "TOKYO, June 27 (Windrose) - Chinese coast guard ships have been sighted in the "
            "contiguous zone around the Japan-controlled Senkaku Islands in the East China Sea every "
            "day for a record stretch, Japan's coast guard said on Thursday, the longest run since "
            "Tokyo bought three of the islands from a private owner in 2012.",
            "Four Chinese vessels, one of them armed with what appeared to be a cannon, were in the "
            "zone on Thursday morning, the coast guard's 11th regional headquarters in Naha said. "
            "Two of them briefly entered Japanese territorial waters earlier in the week and "
            "approached a Japanese fishing boat before being warned off, it said.",
            "China claims the uninhabited islands, which it calls the Diaoyu, and says its patrols "
            "are lawful. Japan's chief cabinet secretary said Tokyo had lodged a protest through "
            "diplomatic channels and would respond \"calmly and resolutely\".",
            "The islands lie about 170 km northeast of Taiwan, which also claims them. Japan has "
            "expanded its coast guard fleet in Okinawa and is building a new base for large patrol "
            "ships on Ishigaki.",
        ],
    ),
    dict(
        id="sl240723-rausu-orcas",
        feed="shiretoko-en", lang="en", published="2024-07-23T01:20:00Z",
        title="Rausu whale-watching boats log record orca season in Nemuro Strait",
        summary="Tour operators in Rausu say orca pods have been sighted on almost every trip this "
                "summer, with Kunashir looming across the strait.",
        label="off_topic",
        note="Local tourism story that mentions Kunashir only as scenery and the median line in "
             "passing; nothing about the dispute or the treaty.",
        cat="travel", tags=["Rausu", "Wildlife", "Tourism"], byline="Aya Kimberley", no_meta=True,
        body=[
            "RAUSU - Whale-watching operators on the eastern side of the Shiretoko Peninsula say "
            "this has been the best orca season they can remember, with pods sighted on nine trips "
            "out of ten since late May.",
            "\"We had one morning with more than forty animals around the boat, including calves,\" "
            "said the captain of one of the town's five tour boats. \"Guests from Taiwan and Europe "
            "were crying. I have been doing this for sixteen years and I have not seen that before.\"",
            "Researchers at the Shiretoko Nature Foundation say the sightings are probably linked to "
            "the movement of fish in the Nemuro Strait, but caution that one good season is not a "
            "trend. Sperm whales, usually seen in July, have also been reported earlier than usual.",
            "On clear days Kunashir's volcanic peaks fill the horizon across the strait, barely 25 "
            "kilometres away. Tour boats keep to the Japanese side of the median line, and skippers "
            "say they have had no trouble this year.",
            "Bookings for August are already close to full, the Rausu tourist association said. "
            "The association has asked visitors to book through licensed operators and to follow "
            "the distance rules for approaching the animals.",
        ],
    ),
    dict(
        id="sl240809-governor-request",
        feed="shiretoko-en", lang="en", published="2024-08-09T04:00:00Z",
        title="Hokkaido governor asks Tokyo to press Moscow on grave visits for former islanders",
        summary="Governor Naomichi Suzuki handed the minister in charge of Northern Territories "
                "affairs a request to push Russia to let elderly former residents visit family graves.",
        label="restatement",
        note="Requested version of a move ('urged Moscow to allow'): visits remain impossible since "
             "Russia ended visa-free trips incl. the 1999 former-resident visits (seeds 001, 003). "
             "No new fact.",
        cat="nemuro", tags=["Northern Territories", "Former islanders", "Hokkaido government"],
        byline="Ledger staff",
        body=[
            "SAPPORO - Hokkaido Governor Naomichi Suzuki on Thursday asked the national government "
            "to use \"every possible channel\" to persuade Russia to allow former residents of the "
            "four Russian-held islands to visit the graves of their families.",
            "Suzuki handed a written request to the minister in charge of Okinawa and Northern "
            "Territories affairs in Tokyo. It also asks the government to keep funding the Nemuro "
            "region's economy, which it says has been hit by the loss of exchange programmes and "
            "tighter fishing conditions.",
            "Grave visits have not taken place since 2019, first because of the pandemic and then "
            "because Russia, in March 2022, ended the visa-free trips that former residents and "
            "other Japanese used to reach the islands, citing Tokyo's sanctions over Ukraine.",
            "\"The average age of the former islanders is now over 88. There is no time left to "
            "wait,\" Suzuki told reporters after the meeting. The minister said the government would "
            "\"continue to strongly urge\" Russia to allow the visits.",
            "Moscow has not responded to similar requests made through diplomatic channels over the "
            "past two years.",
            "About 17,000 Japanese lived on the islands at the end of the war. Fewer than 5,400 are "
            "still alive, according to the Chishima Habomai Islands Residents Association.",
        ],
    ),
    dict(
        id="wr240812-japan-china-treaty",
        feed="windrose-en", lang="en", published="2024-08-12T08:05:00Z",
        title="Japan, China mark treaty anniversary with low-key reception as ties stay strained",
        summary="Diplomats marked the 46th anniversary of the Japan-China Treaty of Peace and "
                "Friendship with a small reception in Beijing, overshadowed by disputes over seafood "
                "and detained nationals.",
        label="off_topic",
        note="Look-alike: another peace treaty (Japan-China 1978). Not about Russia or the Kurils.",
        byline="Windrose Beijing bureau", credit="Editing by Martin Ogle", read_min=2,
        section="Asia Pacific",
        body=[
            "BEIJING, Aug 12 (Windrose) - Japanese and Chinese diplomats marked the 46th anniversary "
            "of their 1978 Treaty of Peace and Friendship on Monday with a reception at the Japanese "
            "embassy, a muted event that reflected strains over seafood trade, security and the "
            "detention of Japanese nationals.",
            "Japan's ambassador told guests the treaty's principles - that disputes be settled by "
            "peaceful means and that neither side seek hegemony - \"remain the foundation\" of the "
            "relationship. A Chinese vice foreign minister attended.",
            "China has banned imports of Japanese seafood since Tokyo began releasing treated water "
            "from the Fukushima nuclear plant last year, and the two governments remain at odds over "
            "the East China Sea, where Chinese coast guard ships patrol near the Senkaku Islands.",
            "Business groups on both sides have called for the resumption of regular high-level "
            "economic dialogue. No date has been set for the next meeting of the two countries' "
            "foreign ministers.",
        ],
    ),
    dict(
        id="wr240910-akiyuri-radar",
        feed="windrose-en", lang="en", published="2024-09-10T05:00:00Z",
        title="Japan says Russia has built military radar post on Habomai islet",
        summary="Japan's Defence Ministry said Russian forces had set up a coastal surveillance post "
                "with radar on Akiyuri, the first Russian military facility confirmed in the Habomai "
                "group off Hokkaido.",
        label="new_development", group="g2-akiyuri-outpost",
        new_facts=["Japan's Defence Ministry confirmed a Russian military coastal surveillance post "
                   "with radar on Akiyuri (Anuchina) island in the Habomai group, the first military "
                   "facility confirmed there; Japan protested"],
        must_mention=[["akiyuri", "anuchina"], ["radar", "surveillance", "outpost"]],
        note="Second report of g2 (first: Meiko, Japanese). New military facility; the seeds mention "
             "no deployments.",
        byline="Windrose Tokyo bureau", credit="Reporting by the Tokyo newsroom; editing by Clare Whitlow",
        body=[
            "TOKYO, Sept 10 (Windrose) - Japan's Defence Ministry said it had confirmed that Russian "
            "forces built a coastal surveillance post with radar on Akiyuri, a small island in the "
            "Habomai group off Hokkaido, the first Russian military facility identified in the "
            "islets closest to Japan's main islands.",
            "The ministry said on Monday it had identified a radar tower, two buildings believed to "
            "be barracks and a helicopter landing pad on the island, which Russia calls Anuchina. "
            "It did not say how the facility had been detected or when it was built.",
            "The Habomai islets, a few kilometres off the Nemuro Peninsula, have hosted posts of "
            "Russia's FSB border service but, until now, no units of the armed forces, Japanese "
            "officials said. Russia has stationed a division on the larger islands of Iturup and "
            "Kunashir since Soviet times.",
            "Japan lodged a protest through diplomatic channels, saying the move was \"incompatible "
            "with Japan's position\" on the islands, the ministry said. Tokyo calls the four island "
            "groups seized by Soviet troops in 1945 its Northern Territories.",
            "A Japanese defence official, speaking on condition of anonymity, said the post would "
            "give Russia radar coverage of the approaches to the Nemuro Strait and of Japanese "
            "fishing grounds around the islets.",
            "Russia's Defence Ministry did not respond to a request for comment.",
        ],
    ),
    dict(
        id="wr241004-ishiba-speech",
        feed="windrose-en", lang="en", published="2024-10-04T07:45:00Z",
        title="New Japanese premier vows to keep seeking Russia treaty despite freeze",
        summary="In his first policy speech, Prime Minister Shigeru Ishiba said Japan would stick to "
                "its aim of resolving the territorial dispute with Russia and signing a peace treaty.",
        label="restatement",
        note="Restatement by a new speaker (new PM): Japan steadfast on resolving the territorial "
             "issue and concluding a treaty (seed 002 Kishida) while relations are difficult. No new fact.",
        byline="Windrose Tokyo bureau", credit="Editing by Martin Ogle",
        body=[
            "TOKYO, Oct 4 (Windrose) - Japan's new Prime Minister Shigeru Ishiba said on Friday "
            "that relations with Russia were in a difficult state but that Tokyo would maintain its "
            "policy of resolving the territorial dispute and concluding a peace treaty.",
            "In his first policy speech to parliament since taking office this week, Ishiba devoted "
            "two sentences to Russia, saying Japan would continue its sanctions over Ukraine and "
            "would \"strongly call\" on Moscow to resume grave visits by former residents of the "
            "islands, which he described as a top priority.",
            "The wording closely followed that of his predecessor, Fumio Kishida, who also "
            "described the Japan-Russia relationship as difficult while saying Tokyo remained "
            "committed to a treaty.",
            "Russia said in March 2022 that it would not continue peace treaty negotiations with "
            "Japan because of its sanctions, and Russian officials have since said talks are "
            "impossible as long as Tokyo keeps them.",
            "Most of Ishiba's speech focused on regional revitalisation, disaster preparedness and "
            "defence, including a pledge to set up a disaster management agency.",
        ],
    ),
    dict(
        id="wr241119-g20-greeting",
        feed="windrose-en", lang="en", published="2024-11-19T21:30:00Z",
        title="Japanese, Russian foreign ministers exchange words at G20, no talks held",
        summary="Japan's foreign minister and Sergei Lavrov spoke briefly on the sidelines of the G20 "
                "summit in Rio de Janeiro; Tokyo said it was not a meeting.",
        label="neutral",
        note="Borderline: a brief encounter between foreign ministers, explicitly not talks; no "
             "change to any tracked matter. Unscored.",
        byline="Windrose staff", credit="Reporting by the Rio and Tokyo newsrooms; editing by Clare Whitlow",
        read_min=2,
        body=[
            "RIO DE JANEIRO, Nov 19 (Windrose) - Japanese Foreign Minister Takeshi Iwaya and "
            "Russian Foreign Minister Sergei Lavrov exchanged a few words during a break at the "
            "Group of 20 summit in Rio de Janeiro, a Japanese official said on Tuesday, stressing "
            "that the encounter was not a meeting.",
            "\"It was a short exchange while standing. There was no substantive discussion,\" the "
            "official told reporters, declining to give details of what was said. Russian media "
            "quoted a member of Lavrov's delegation as saying the two had \"greeted each other\".",
            "Lavrov led Russia's delegation in place of President Vladimir Putin. Japanese Prime "
            "Minister Shigeru Ishiba also attended the summit but did not encounter Lavrov, "
            "officials said.",
            "Japan and Russia have held no formal ministerial talks since Moscow launched its "
            "invasion of Ukraine. Russia broke off peace treaty negotiations in 2022, citing "
            "Japanese sanctions.",
            "Japanese officials have said Tokyo keeps diplomatic channels with Moscow open to deal with practical issues such as the safety of Japanese nationals and fishing around Hokkaido, while maintaining sanctions imposed with other Group of Seven countries.",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        id="wr250121-special-envoy",
        feed="windrose-en", lang="en", published="2025-01-21T04:05:00Z",
        title="Japan creates special envoy post for Russia peace treaty issues",
        summary="Tokyo named Kenjiro Hayama, a former ambassador to Kazakhstan, as its first special "
                "envoy for peace treaty issues with Russia, tasked with keeping channels to Moscow open.",
        label="new_development", group="g3-japan-special-envoy",
        new_facts=["Japan created the post of special envoy for Japan-Russia peace treaty issues and "
                   "appointed former ambassador Kenjiro Hayama"],
        must_mention=[["envoy"], ["hayama"]],
        note="First report of g3 (English). New official post and appointment; not in the seeds.",
        byline="Windrose Tokyo bureau", credit="Reporting by the Tokyo newsroom; editing by Martin Ogle",
        body=[
            "TOKYO, Jan 21 (Windrose) - Japan on Tuesday created the post of special envoy for "
            "Japan-Russia peace treaty issues and appointed Kenjiro Hayama, a former ambassador to "
            "Kazakhstan and career Russia specialist, to fill it, the government's top spokesman said.",
            "The envoy will report to the foreign minister and \"maintain communication with the "
            "Russian side on the peace treaty and on humanitarian matters, including grave visits by "
            "former island residents and the safety of Japanese fishing boats\", the chief cabinet "
            "secretary told a regular news conference.",
            "It is the first time Tokyo has named an envoy dedicated to the peace treaty file. "
            "Negotiations have been frozen since March 2022, when Moscow said it would not continue "
            "them because of Japan's sanctions over Ukraine.",
            "\"Precisely because the situation is severe, we need a person who can keep the lines "
            "open,\" the spokesman said, adding that the appointment did not signal a change in "
            "Japan's position on the islands or on sanctions.",
            "Hayama, 63, served three postings in Moscow and previously headed the foreign "
            "ministry's Russian Federation division. He is expected to travel to Moscow \"at an "
            "appropriate time\", the foreign ministry said.",
            "Russia's foreign ministry did not immediately respond to a request for comment.",
        ],
    ),
    dict(
        id="wr250409-talks-resume",
        feed="windrose-en", lang="en", published="2025-04-09T15:50:00Z",
        title="Russia, Japan agree to resume peace treaty talks halted since 2022",
        summary="Deputy foreign ministers meeting in Doha agreed to restart consultations on a peace "
                "treaty; Moscow broke off the negotiations in March 2022 over Japan's sanctions.",
        label="status_change", group="g4-talks-resume-doha",
        new_facts=["Russia and Japan agreed (deputy FMs Rudenko and Kumagai, Doha, 8 April 2025) to "
                   "resume peace treaty consultations; old state: halted by Russia since March 2022"],
        must_mention=[["resum", "restart"], ["peace treaty"]],
        note="Second report of g4 (first: Parallel, Russian). Status change: talks halted (seeds "
             "000-004) -> agreed to resume.",
        byline="Windrose staff", credit="Reporting by the Moscow and Tokyo newsrooms; editing by Clare Whitlow",
        body=[
            "MOSCOW/TOKYO, April 9 (Windrose) - Russia and Japan have agreed to resume consultations "
            "on a peace treaty formally ending World War Two, both governments said on Wednesday, "
            "reversing Moscow's March 2022 decision to walk away from the talks over Japanese "
            "sanctions.",
            "Russian Deputy Foreign Minister Andrei Rudenko and Japanese Deputy Foreign Minister "
            "Takashi Kumagai met in Doha on Tuesday and agreed to hold a first round of "
            "consultations in the Qatari capital in May, Russia's foreign ministry said in a "
            "statement.",
            "The ministry said Moscow had taken into account the Japanese side's readiness for "
            "\"dialogue on an equal footing\". It added that Russia's sovereignty over the southern "
            "Kuril Islands \"is not subject to discussion\", a line it has used for years.",
            "Japan's chief cabinet secretary confirmed the agreement and said Tokyo would "
            "\"persistently\" pursue its aim of resolving the territorial issue and concluding a "
            "treaty. Japan's special envoy for peace treaty issues, Kenjiro Hayama, attended the "
            "Doha meeting, the foreign ministry in Tokyo said.",
            "In March 2022 Russia said it did not intend to continue the negotiations, calling it "
            "impossible to discuss a fundamental document with a state taking \"openly unfriendly "
            "positions\". As recently as February 2024, Rudenko called a resumption \"categorically "
            "impossible\".",
            "Neither side said whether Japan's sanctions, which remain in place, had been discussed. "
            "Russia's decision to end visa-free trips by Japanese citizens to the islands was not "
            "mentioned in either statement.",
        ],
    ),
    dict(
        id="sl250624-sea-memorial",
        feed="shiretoko-en", lang="en", published="2025-06-24T06:30:00Z",
        title="Former islanders hold memorial at sea off Nemuro as landings stay off-limits",
        summary="About 60 former residents and relatives prayed toward Kunashir from the exchange "
                "ship Etopirika, the fourth year the rite has been held at sea instead of at the graves.",
        label="restatement",
        note="Occasion piece: visits to the islands remain impossible since Russia ended visa-free "
             "trips (seeds 001, 003); the April 2025 talks agreement (g4) appears only as background.",
        cat="nemuro", tags=["Former islanders", "Nemuro", "Kunashir"], byline="Aya Kimberley",
        body=[
            "NEMURO - About 60 former residents of the Russian-held islands and their relatives "
            "sailed from Nemuro port on Monday aboard the exchange ship Etopirika and held a memorial "
            "service at sea within sight of Kunashir, the fourth year the rite has been held on the "
            "water instead of at the family graves.",
            "The ship stopped near the median line in the Nemuro Strait, where participants laid "
            "flowers on the sea and read the names of relatives buried on the island. \"My mother's "
            "grave is there, on the hill behind Furukamappu. I can see the place, but I cannot go,\" "
            "said a 91-year-old man who left Kunashir at the age of 11.",
            "Visits to the graves have not been possible since Russia ended visa-free trips to the "
            "islands in March 2022, citing Japan's sanctions. The Etopirika, built for the exchange "
            "programme, has been used since then mainly for these memorial voyages.",
            "Organisers said there had been no word on grave visits this year, although Moscow and "
            "Tokyo agreed in April to resume consultations on a peace treaty. \"We hope the "
            "diplomats remember us,\" the head of the Nemuro branch of the former residents' "
            "association said.",
            "A second memorial voyage, toward Shikotan and the Habomai islets, is planned for July.",
        ],
    ),
    dict(
        id="sl250704-shikotan-seismic",
        feed="shiretoko-en", lang="en", published="2025-07-04T23:10:00Z",
        title="Hokkaido scientists cleared to fix quake station on Shikotan — this summer only",
        summary="Russia will let five Hokkaido University researchers travel to Shikotan without "
                "visas in late August to repair a jointly run seismic and GNSS station, calling it a "
                "one-off exception.",
        label="new_development", group="g5-shikotan-seismic-once",
        new_facts=["Russia allowed five Hokkaido University researchers a one-off visa-free trip to "
                   "Shikotan (late August 2025, this summer only) to repair a joint seismic/GNSS station"],
        must_mention=[["shikotan"], ["seismic", "station", "gnss"]],
        note="Third report of g5 (first: Akkeshiwan, Japanese). A one-time exception: neither "
             "restoration of visa-free trips (seeds 001/003) nor a refusal.",
        cat="nemuro", tags=["Shikotan", "Science", "Earthquakes"], byline="Ledger staff",
        body=[
            "NEMURO - Russia will allow five researchers from Hokkaido University to travel to "
            "Shikotan without visas in late August to repair an earthquake observation station that "
            "Japanese and Russian scientists set up on the island in 2006, Japanese and Russian "
            "officials said this week.",
            "Moscow described the trip as \"an exceptional measure for this summer only\", and "
            "Japan's foreign ministry said it did not mean a return of the visa-free exchanges that "
            "Russia ended in March 2022.",
            "The station near Malokurilskoye, which records seismic waves and measures ground "
            "movement with GNSS satellite receivers, stopped sending data in October 2023 after a "
            "power unit failed. Replacement parts are Japanese-made and Russian technicians could "
            "not install them alone, according to the Institute of Marine Geology and Geophysics in "
            "Yuzhno-Sakhalinsk, the Russian partner.",
            "Seismologists on both sides say data from Shikotan help to locate quakes along the "
            "Kuril Trench more precisely, which matters for tsunami warnings on the Hokkaido coast.",
            "The team will sail from Nemuro on a chartered boat and stay about four days. Nemuro's "
            "mayor welcomed the decision but said he hoped it would \"not end as a single "
            "exception\".",
        ],
    ),
    dict(
        id="wr250924-unga-iwaya",
        feed="windrose-en", lang="en", published="2025-09-24T19:20:00Z",
        title="Japan hopes resumed talks with Russia will take up island dispute, minister says",
        summary="Foreign Minister Takeshi Iwaya said Tokyo wanted the next round of consultations "
                "with Moscow to address the territorial issue head-on.",
        label="restatement",
        note="Wished-for ('hopes the next round will address...'): restates Japan's position (seeds "
             "002, 003); the resumed consultations (g4) are background, no new fact about them.",
        byline="Windrose United Nations bureau", credit="Editing by Martin Ogle", read_min=2,
        body=[
            "NEW YORK, Sept 24 (Windrose) - Japan hopes the next round of its consultations with "
            "Russia on a peace treaty will address the territorial dispute \"squarely\", Foreign "
            "Minister Takeshi Iwaya said on Wednesday on the sidelines of the United Nations General "
            "Assembly.",
            "\"A peace treaty without a solution to the question of the four islands is not a peace "
            "treaty for Japan,\" Iwaya told Japanese reporters. \"We would like the next round to "
            "deal with that question head-on.\"",
            "He declined to say when the next round would take place. The two sides agreed in April "
            "to resume consultations that Moscow had broken off in 2022, but have given few details "
            "since.",
            "Iwaya said Japan's position that the islands belong to Japan was unchanged and that "
            "sanctions over Ukraine would stay in place. Russia says its sovereignty over the "
            "islands, which it calls the southern Kurils, cannot be questioned.",
            "Japan's foreign ministry said Iwaya had no plans to meet Russian officials during his stay in New York. Lavrov is due to address the General Assembly later in the week.",
        ],
    ),
    dict(
        id="sl251015-chishima-drill",
        feed="shiretoko-en", lang="en", published="2025-10-15T03:40:00Z",
        title="Kushiro coast rehearses for Chishima Trench megaquake",
        summary="Thousands of residents in Kushiro, Akkeshi and Nemuro took part in an evacuation "
                "drill based on a magnitude 9.3 quake along the Chishima (Kuril) Trench.",
        label="off_topic",
        note="Look-alike: thing named after the Kurils (Chishima/Kuril Trench earthquake scenario). "
             "Nothing about the dispute.",
        cat="kushiro", tags=["Disaster", "Tsunami", "Kushiro"], byline="Ledger staff",
        body=[
            "KUSHIRO - More than 9,000 people in Kushiro, Akkeshi, Hamanaka and Nemuro took part in "
            "a tsunami evacuation drill on Tuesday based on the government's worst-case scenario for "
            "a magnitude 9.3 earthquake along the Chishima Trench, the Japanese name for the Kuril "
            "Trench off eastern Hokkaido.",
            "Sirens sounded at 9 a.m. and residents walked or drove to higher ground and to tsunami "
            "evacuation towers built since the Cabinet Office published the scenario, which "
            "estimates waves of up to 20 metres on parts of the coast within 30 minutes.",
            "In Akkeshi, elderly residents of a care home were moved to the town's new evacuation "
            "tower by staff and volunteers in 14 minutes, the town said. Kushiro city tested a "
            "system that sends evacuation messages to smartphones in four languages for tourists.",
            "Seismologists say large quakes along the trench recur roughly every 340 to 380 years "
            "and that the last, in the 17th century, is overdue. \"The question is not whether but "
            "when,\" a Hokkaido University researcher told participants.",
        ],
    ),
    dict(
        id="ch251205-doha-shelved",
        feed="coldharbour-en", lang="en", published="2025-12-05T07:00:00Z",
        title="Moscow shelves the Doha track after a single round",
        summary="Russia has suspended the peace treaty consultations it agreed to restart in April "
                "and called off a December round in Tokyo over Japan's latest sanctions. What eight "
                "months of thaw achieved, and what they did not.",
        label="status_change", group="g6-talks-suspended-again",
        new_facts=["Russia suspended the peace treaty consultations resumed in April 2025 (note of 2 "
                   "December 2025) and cancelled the December round in Tokyo; old state: resumed"],
        must_mention=[["suspend", "shelve", "halt"], ["peace treaty"]],
        note="Third report of g6 (first: Meiko, Japanese). Status change resumed (g4) -> suspended; "
             "the commentary adds no further fact.",
        section="Analysis", byline="Imogen Sallis",
        bio="is a contributing editor covering Russia's Far East.",
        body=[
            "The thaw lasted eight months. On December 2 Russia's foreign ministry handed Japan's "
            "embassy a note saying Moscow was suspending \"for the time being\" the consultations on "
            "a peace treaty that the two countries had agreed in April to resume, and that it would "
            "not send a delegation to the second round, planned for mid-December in Tokyo. The "
            "reason given was the package of sanctions Japan adopted on November 28, which added "
            "two Russian banks and a dozen shipping companies to its asset-freeze list.",
            "It is tempting to call this a return to the status quo of March 2022, when Russia said "
            "it would not continue negotiations at all. It is not quite that. The April agreement, "
            "struck in Doha by Deputy Foreign Minister Andrei Rudenko and his Japanese counterpart "
            "Takashi Kumagai, led to one actual round, in Doha on May 28. Both sides described it "
            "afterwards in a single sentence each. Japanese officials say the territorial question "
            "was raised; Russian officials say the islands were not \"on the agenda\". Both may be "
            "right.",
            "## What the round was for",
            "For Moscow, the value of the Doha track was always partly in its existence: proof that "
            "a G7 member would sit at the table while its sanctions stayed in force. For Tokyo, it "
            "was a channel for the things that matter to voters in Nemuro - grave visits, fishing "
            "safety - dressed in the language of the treaty. Neither goal required a second round "
            "to be successful, which is perhaps why neither side fought hard to keep it.",
            "The suspension note is also carefully worded. It does not repeat the 2022 formula "
            "about the impossibility of discussing a fundamental document with an unfriendly state. "
            "\"For the time being\" leaves a door ajar, and the ministry's spokeswoman was quick to "
            "say that responsibility for reopening it lies with Tokyo.",
            "## What happens to the rest",
            "The humanitarian exceptions of the summer - such as the one-off trip by Japanese "
            "seismologists to Shikotan - were never formally tied to the consultations, and nobody "
            "in Tokyo expects them to be repeated soon. Japan's special envoy, appointed in January "
            "with the explicit job of keeping lines open, now has rather fewer lines to keep.",
            "The Japanese government has said it \"deeply regrets\" the decision and will not "
            "reconsider its sanctions. That answer was predictable; so, in its way, was Moscow's.",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        id="wr260115-sakhalin2",
        feed="windrose-en", lang="en", published="2026-01-15T06:25:00Z",
        title="Japanese buyers sign for more Sakhalin-2 LNG as U.S. waiver is extended",
        summary="Two Japanese utilities agreed to take additional cargoes from the Russian LNG "
                "project after Washington extended a licence covering transactions with it.",
        label="off_topic",
        note="Unrelated Japan-Russia news (energy trade via Sakhalin); not about the treaty or the islands.",
        byline="Windrose energy desk", credit="Editing by Hal Brenner", section="Energy",
        section_slug="energy", read_min=2,
        body=[
            "TOKYO, Jan 15 (Windrose) - Two Japanese utilities have agreed to buy additional "
            "liquefied natural gas cargoes from the Sakhalin-2 project in Russia's Far East this "
            "winter, industry sources said, after the United States extended a licence that allows "
            "transactions related to the project.",
            "Sakhalin-2 supplies about 9 percent of Japan's LNG imports. Japanese trading houses "
            "Mitsui and Mitsubishi kept their stakes in the project after Russia transferred it to "
            "a new Russian operator in 2022, and Tokyo has said the supplies are important for its "
            "energy security.",
            "The additional cargoes are for delivery between February and April, when demand for "
            "heating peaks, the sources said. Prices were not disclosed.",
            "Japan has pledged with the Group of Seven to reduce reliance on Russian energy but has "
            "exempted Sakhalin-2 from its restrictions. A government official said there was no "
            "change in that policy.",
            "Japan's industry ministry said last year that a sudden halt to Sakhalin-2 supplies could push up electricity prices, particularly in western Japan, where several utilities rely on the Russian cargoes for a significant share of their gas.",
        ],
    ),
    dict(
        id="wr260207-territories-day",
        feed="windrose-en", lang="en", published="2026-02-07T06:50:00Z",
        title="Japan marks Northern Territories Day as talks with Moscow stay frozen",
        summary="Former islanders and officials rallied in Tokyo for the return of the Russian-held "
                "islands, two months after Russia suspended peace treaty consultations.",
        label="restatement",
        note="Annual occasion piece: Japan's claim (seed 003), commitment to a treaty (seed 002), "
             "Russia's sovereignty line (seed 001); the December suspension (g6) is background only.",
        byline="Windrose Tokyo bureau", credit="Editing by Martin Ogle",
        body=[
            "TOKYO, Feb 7 (Windrose) - Former residents of the four Russian-held islands off "
            "Hokkaido, officials and lawmakers gathered in Tokyo on Saturday for the annual rally "
            "demanding their return, with no prospect of talks with Moscow in sight.",
            "The prime minister told the rally that Japan would \"persistently\" pursue its policy "
            "of resolving the territorial issue and concluding a peace treaty, and that grave "
            "visits by former islanders remained the government's top priority in relations with "
            "Russia.",
            "February 7 has been marked as Northern Territories Day since 1981, after the date in "
            "1855 on which Japan and Russia signed a treaty drawing their border between Iturup and "
            "Urup. The rally's declaration called the islands Japan's \"inherent territory\".",
            "Russia suspended in December the peace treaty consultations that the two sides had "
            "agreed last April to resume, citing new Japanese sanctions. The Russian embassy in "
            "Tokyo said in a statement on Saturday that the southern Kurils were \"an integral part "
            "of Russia\" and that \"so-called rallies\" did not help relations.",
            "The average age of the roughly 5,000 surviving former islanders is now close to 90, "
            "according to their association.",
        ],
    ),
    dict(
        id="wr260312-china-visafree",
        feed="windrose-en", lang="en", published="2026-03-12T09:10:00Z",
        title="Russia and China restore visa-free group tours across Amur border",
        summary="Tour groups can again cross between Blagoveshchensk and Heihe without visas after a "
                "two-year pause, officials in both cities said.",
        label="off_topic",
        note="Look-alike status move ('restore visa-free') in another relationship (Russia-China); "
             "nothing about Japan or the Kurils.",
        byline="Windrose staff", credit="Editing by Hal Brenner", read_min=2, section="Europe",
        section_slug="europe",
        body=[
            "VLADIVOSTOK, March 12 (Windrose) - Russia and China have restored visa-free travel for "
            "organised tour groups crossing the Amur River between Blagoveshchensk and Heihe, "
            "officials said on Thursday, ending a two-year pause that local businesses blamed for a "
            "slump in cross-border shopping trips.",
            "Under a bilateral agreement dating from 2000, groups of five to 50 people travelling "
            "with a licensed operator can stay up to 21 days without visas. The scheme was "
            "suspended on the Amur crossing in 2024 while the border checkpoint was rebuilt.",
            "The first group of 38 Chinese tourists crossed the river by hovercraft on Wednesday, "
            "the Amur regional government said. A bridge opened in 2022 carries mainly freight.",
            "Tour operators in Heihe said demand was strong from Russians seeking cheaper "
            "electronics and clothes.",
            "Russian officials said they expected more than 100,000 crossings under the scheme this year. Chinese tourists already travel visa-free in groups through several other border crossings in Primorye and the Jewish Autonomous Region.",
        ],
    ),
    dict(
        id="ch260318-frozen-again",
        feed="coldharbour-en", lang="en", published="2026-03-18T07:00:00Z",
        title="Frozen again: the Kurils file after the Doha interlude",
        summary="Four years after Russia walked out of peace treaty talks and three months after it "
                "walked out a second time, a look at where the dispute stands.",
        label="restatement",
        note="Background long read: restates seeds (March 2022 termination, visa-free trips ended, "
             "JEA, 1956 declaration) and the already-reported 2025 resumption/suspension (g4, g6); "
             "no new fact.",
        section="Long read", byline="Jonah Penrose",
        bio="is The Coldharbour Review's Asia editor.",
        body=[
            "Four years ago this week, Russia declared that it would not continue negotiations "
            "with Japan on a peace treaty. Last April it changed its mind, at least partly: deputy "
            "foreign ministers met in Doha and agreed to resume consultations. In December it "
            "changed its mind again, suspending them over a fresh Japanese sanctions package. If "
            "the dispute over the islands Japan calls the Northern Territories and Russia the "
            "southern Kurils has a rhythm, it is this one.",
            "## The positions",
            "The core positions have not moved in decades. Tokyo says Iturup, Kunashir, Shikotan "
            "and the Habomai islets are its inherent territory, occupied since 1945, and that a "
            "treaty must follow a settlement of their status. Moscow says they became Soviet, and "
            "then Russian, as a legitimate result of the Second World War, and that its sovereignty "
            "is enshrined in international documents and cannot be questioned.",
            "Between those sentences lies the 1956 Joint Declaration, which ended the state of war, "
            "restored diplomatic relations and promised the handover of Shikotan and the Habomai "
            "after a peace treaty. Every serious attempt at a deal since - Irkutsk in 2001, "
            "Singapore in 2018, when the leaders agreed to speed up negotiations on the basis of "
            "that declaration - has circled back to it.",
            "## What the war changed",
            "What changed in 2022 was not the positions but the frame. Russia tied the talks "
            "explicitly to sanctions, and its deputy foreign minister later described the treaty "
            "Moscow had in mind as a broad document that would include guarantees against Japan's "
            "participation in \"hostile initiatives\" by third parties. Visa-free travel to the "
            "islands ended; so did the dialogue on joint economic activities there.",
            "The Doha interlude did not alter that frame. It produced one round of consultations "
            "and, in parallel, a handful of one-off humanitarian gestures. Its suspension was "
            "justified in the same terms as the walkout of 2022.",
            "## The people on the edge",
            "In Nemuro, the town closest to the islands, the mood is less of disappointment than of "
            "fatigue. \"We stopped counting the announcements,\" said the owner of a fishing "
            "supplies shop whose father was born on Shikotan. The former residents' association "
            "has fewer than 5,000 members; most are over 85.",
            "There is, for now, no date for anything: no next round, no grave visits, no exchanges. "
            "Both capitals say the door is not closed. Neither is standing near it.",
        ],
    ),
    dict(
        id="wr260904-putin-eef",
        feed="windrose-en", lang="en", published="2026-09-04T08:40:00Z",
        title="Putin says Russia could return to Japan talks if Tokyo drops 'hostile' course",
        summary="Speaking at the Eastern Economic Forum, the Russian president said Moscow was ready "
                "to resume dialogue, including on a peace treaty, once Japan changed its policy.",
        label="restatement",
        note="Conditional version ('could return if Tokyo drops hostile course'): restates the key "
             "condition set by Rudenko (seed 004) and the sovereignty line (seed 001). No decision.",
        byline="Windrose Moscow bureau", credit="Reporting by the Vladivostok team; editing by Clare Whitlow",
        body=[
            "VLADIVOSTOK, Sept 4 (Windrose) - Russia is ready to return to a dialogue with Japan, "
            "including on a peace treaty, if Tokyo abandons what he called its hostile policy, "
            "President Vladimir Putin said on Friday.",
            "\"We did not break off these contacts on our own initiative. If the Japanese "
            "leadership decides to stop taking part in the sanctions campaign against Russia, we "
            "are ready to resume the conversation. The ball is in their court,\" Putin said at the "
            "plenary session of the Eastern Economic Forum in Vladivostok, answering a question from "
            "the moderator.",
            "He repeated that the southern Kuril Islands, claimed by Japan, were Russian territory "
            "and said any treaty would have to take into account Russia's security concerns, "
            "including the possible deployment of U.S. missiles in Japan.",
            "Russia suspended peace treaty consultations with Japan last December, eight months "
            "after agreeing to resume them. Japan's foreign ministry said Tokyo's position was "
            "unchanged and that it would not discuss sanctions as a condition for talks.",
            "Putin also said Russia welcomed Japanese companies that wanted to stay in Russian "
            "energy projects.",
        ],
    ),
    dict(
        id="wr261008-kremlin-denies",
        feed="windrose-en", lang="en", published="2026-10-08T11:35:00Z",
        title="Kremlin denies report of secret Russia-Japan contacts on peace treaty",
        summary="The Kremlin spokesman dismissed a Japanese magazine report that envoys had met in a "
                "third country to discuss restarting peace treaty consultations.",
        label="restatement",
        note="Denied version of a move ('no such contacts'); the state stays as known (talks halted "
             "per seeds, suspended again per g6). No new fact.",
        byline="Windrose Moscow bureau", credit="Editing by Hal Brenner", read_min=2,
        body=[
            "MOSCOW, Oct 8 (Windrose) - The Kremlin on Thursday denied a report in a Japanese weekly "
            "magazine that Russian and Japanese envoys had met secretly in a third country to "
            "discuss restarting consultations on a peace treaty.",
            "\"There are no such contacts. This is not true,\" Kremlin spokesman Dmitry Peskov told "
            "reporters when asked about the report, which said officials had met in Central Asia in "
            "September. \"Our position is well known. It is Tokyo that has taken an unfriendly path.\"",
            "Japan's chief cabinet secretary also said the report was \"not based on fact\" and "
            "declined to comment further.",
            "Russia suspended the peace treaty consultations last December, eight months after the "
            "two countries agreed to resume them, citing new Japanese sanctions. Moscow had broken "
            "off negotiations once before, in March 2022.",
            "The magazine, citing unnamed sources, said the meeting had been arranged by Japan's special envoy for peace treaty issues. Japan's foreign ministry said the envoy had not travelled to Central Asia in September.",
            "Analysts in Tokyo said the report was unlikely to be the last of its kind as long as both sides left the door formally open to talks.",
        ],
    ),
    dict(
        id="ch261019-1956-at-70",
        feed="coldharbour-en", lang="en", published="2026-10-19T06:00:00Z",
        title="Seventy years on, the 1956 declaration still defines — and divides — Tokyo and Moscow",
        summary="The Soviet-Japanese Joint Declaration ended the state of war and promised two "
                "islands after a peace treaty. On its anniversary, a short history of a long promise.",
        label="restatement",
        note="Anniversary piece: 1956 declaration (seed 004), 2018 agreement to speed up talks (seed "
             "000), 2022 termination (seeds 000-003); 2025 Doha episode only as background. No new fact.",
        section="History", byline="Jonah Penrose",
        bio="is The Coldharbour Review's Asia editor.",
        body=[
            "On October 19, 1956, in Moscow, the Soviet Union and Japan signed a joint declaration "
            "that ended the state of war between them and restored diplomatic relations. It was "
            "ratified by both parliaments and remains, seventy years later, the only document of "
            "its kind the two countries have.",
            "Its ninth article has kept diplomats busy ever since. The two sides agreed to continue "
            "negotiations on a peace treaty, and the Soviet Union agreed to hand over Shikotan and "
            "the Habomai islets to Japan - but only after such a treaty was signed. Iturup and "
            "Kunashir, the two large islands, were not mentioned.",
            "## A promise with conditions",
            "Four years later, after Japan renewed its security treaty with the United States, "
            "Moscow added a condition of its own: no handover until foreign troops left Japan. "
            "Tokyo never accepted it. The fear it expressed - of American bases on islands handed "
            "back - has outlived the Soviet Union and still appears in Russian statements.",
            "Later leaders returned to 1956 again and again. In 2018 in Singapore, Vladimir Putin "
            "and Shinzo Abe agreed to accelerate negotiations on the basis of the declaration, "
            "which many in Tokyo read as an opening toward a two-island settlement. It did not "
            "survive 2022, when Russia said it would not continue negotiations with a state that "
            "had imposed sanctions on it.",
            "## Seventy years, and counting",
            "The brief resumption of consultations last year, and their suspension in December, "
            "did not touch the document itself. Both governments still cite it, and read it "
            "differently: Tokyo as a step toward the return of all four islands, Moscow as the outer "
            "limit of anything it ever offered.",
            "No official events were planned in either capital for the anniversary.",
        ],
    ),
]
