"""English articles of the blind115 corpus (25)."""

ARTICLES = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b115-01", feed="tholepin-wire", lang="en", published="2024-02-14T07:20:00Z",
        section="Asia", author="Yelena Ward",
        title="Pacific Fleet commander: Kurils are Russian 'and that is not a subject for talks'",
        summary="Speaking to cadets in Vladivostok ahead of Defender of the Fatherland Day, the commander "
                "of Russia's Pacific Fleet repeated that Moscow's sovereignty over the southern Kurils is "
                "not open to discussion and said treaty talks with Tokyo were off the table while sanctions stay.",
        label="restatement",
        note="Restates seeds 001/004: Russia's sovereignty over the southern Kurils 'cannot be called into "
             "question'; peace treaty talks impossible under sanctions (Rudenko, Feb 2024). New speaker, no new "
             "deployment or decision.",
        body=[
            "VLADIVOSTOK, Feb 14 (Thole Pin) - The commander of Russia's Pacific Fleet said on Wednesday that the "
            "southern Kuril Islands claimed by Japan were \"Russian land, and that is not a subject for any talks\", "
            "echoing the line the Foreign Ministry has held since Moscow walked away from peace treaty "
            "negotiations in March 2022.",
            "The admiral was speaking at a meeting with veterans and naval cadets at the fleet's headquarters, a "
            "week before Russia marks Defender of the Fatherland Day on Feb. 23. A video of the meeting was "
            "released by the fleet's press service.",
            "\"Our task is to defend these islands, not to discuss them,\" he said. \"The sovereignty of our "
            "country over the Kurils is fixed in international documents.\"",
            "Asked by a cadet about Japan, he said Tokyo had \"chosen the side of those who want to harm Russia\" "
            "and that, as long as Japanese sanctions remained in place, there was \"nothing to negotiate\". He "
            "did not announce any new deployments and said the fleet would carry out its training plan for the "
            "year \"as usual\".",
            "Deputy Foreign Minister Andrei Rudenko told TASS last week that a resumption of dialogue on a peace "
            "treaty was \"categorically impossible\" in the current situation.",
            "Japan claims the four southernmost islands of the chain - Iturup, Kunashir, Shikotan and the Habomai "
            "group - which Soviet troops seized at the end of World War Two. The dispute has prevented the two "
            "countries from signing a peace treaty.",
            "In March 2022 Moscow said it would not continue treaty talks, withdrew from a dialogue on joint "
            "economic activity on the islands and ended visa-free trips for Japanese citizens, citing sanctions "
            "Tokyo imposed over the war in Ukraine.",
            "There was no immediate comment from the Japanese government.",
        ],
    ),
    # ------------------------------------------------------------------ 03
    dict(
        id="b115-03", feed="brightwork-def", lang="en", published="2024-03-19T04:00:00Z",
        section="Naval", author="Kenji Hollis",
        title="Chinese coast guard ships log record stretch near Senkakus; Tokyo protests again",
        summary="China Coast Guard vessels have been sighted in the contiguous zone around the Japanese-"
                "administered Senkaku Islands for a record number of consecutive days, Japan's coast guard "
                "says, prompting another diplomatic protest.",
        label="off_topic",
        note="Look-alike: a different island dispute (Senkaku/Diaoyu, Japan-China); the one-line mention of the "
             "Northern Territories is background only.",
        body=[
            "TOKYO - China Coast Guard vessels have now been present in the contiguous zone around the Senkaku "
            "Islands in the East China Sea for a record run of consecutive days, the Japan Coast Guard's 11th "
            "Regional Headquarters in Naha said on Tuesday.",
            "Four Chinese ships, one of them apparently armed with a deck gun, were spotted about 30 km off "
            "Uotsuri Island on Tuesday morning. Japanese patrol vessels ordered them not to approach the "
            "territorial sea, the coast guard said.",
            "The uninhabited islands are administered by Japan and claimed by China, which calls them Diaoyu. "
            "Beijing has steadily increased the size and armament of its coast guard fleet since 2012, when "
            "Japan bought three of the islands from a private owner.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters the government had lodged a protest "
            "through diplomatic channels and would \"respond calmly and resolutely\".",
            "Japan is juggling several territorial disputes at once. Besides the Senkakus, it has a long-"
            "running quarrel with South Korea over the Takeshima/Dokdo islets, and the dispute with Russia "
            "over the islands off Hokkaido that Japan calls the Northern Territories remains frozen.",
            "Analysts say the Senkaku pressure is the most acute of the three because of its frequency. "
            "\"This is a daily presence, not an occasional visit,\" said a retired JMSDF rear admiral. \"The aim "
            "is to make Chinese administration look normal.\"",
            "The coast guard's Naha command has been reinforced with new large patrol ships over the past "
            "decade, and a dedicated Senkaku unit operates from Ishigaki.",
        ],
    ),
    # ------------------------------------------------------------------ 06  (G1)
    dict(
        id="b115-06", feed="brightwork-def", lang="en", published="2024-05-21T09:00:00Z",
        section="Electronic warfare", author="Kenji Hollis",
        title="Japan blames Russian jamming on Kunashir for GPS outages in Nemuro Strait",
        summary="Tokyo says satellite navigation disruptions reported by fishing boats and freighters since "
                "mid-May come from Russian electronic-warfare drills on the disputed island of Kunashir, and "
                "has protested to Moscow.",
        label="new_development", group="b115-g1",
        new_facts=["Japan attributes GPS outages in the Nemuro Strait to Russian electronic-warfare jamming on "
                   "Kunashir and protests; first confirmed effect on Japanese shipping"],
        must_mention=[["gps", "jamming", "jammer"], ["kunashir", "electronic warfare"]],
        note="Same development as b115-05 (first report, ja): GPS jamming attributed to Russian EW drills on "
             "Kunashir, Japanese protest. Nothing in the seeds.",
        body=[
            "TOKYO - Japan has protested to Russia after concluding that satellite navigation outages in the "
            "Nemuro Strait, which separates Hokkaido from the Russian-held island of Kunashir, were caused by "
            "Russian military jamming, government officials said on Tuesday.",
            "The Japan Coast Guard's 1st Regional Headquarters issued a navigational warning on Monday after "
            "receiving more than a dozen reports since around May 17 of GPS positions jumping by several hundred "
            "metres or disappearing from displays on boats off Rausu, Shibetsu and Nemuro.",
            "Two officials familiar with the assessment said the interference matched the timing of an "
            "electronic warfare exercise that Russia's Eastern Military District announced on May 15 \"on the "
            "Kuril Islands\". One of them said direction-finding pointed to the area around Yuzhno-Kurilsk on "
            "Kunashir.",
            "It is the first time Tokyo has linked Russian jamming around the disputed islands to actual "
            "disruption of Japanese shipping.",
            "\"These actions are incompatible with our country's position and are totally unacceptable,\" the "
            "chief cabinet secretary told a regular news conference, adding that Japan had asked Russia through "
            "diplomatic channels to stop activity that endangered navigation.",
            "## Fog and the median line",
            "Fishermen say the timing could hardly be worse. Sea fog is common in the strait in late spring, and "
            "crews working near the median line - which Russia treats as its border - depend on satellite "
            "positioning to avoid drifting into waters where Russian border guards detain boats.",
            "The coast guard advised vessels to cross-check positions by radar and visual bearings. No accidents "
            "have been reported.",
            "Russia has steadily expanded its electronic warfare units in the Far East. The exercise announced "
            "this month involved Krasukha and Borisoglebsk-2 systems, according to the Russian statement, which "
            "did not mention any effect on neighbouring countries.",
            "The Russian Embassy in Tokyo did not respond to a request for comment.",
        ],
    ),
    # ------------------------------------------------------------------ 09
    dict(
        id="b115-09", feed="tholepin-wire", lang="en", published="2024-06-25T05:10:00Z",
        section="Asia", author="Tomoko Reyes",
        title="Japan scrambles jets as Russian patrol planes fly down Kuril chain toward the Pacific",
        summary="Air Self-Defense Force fighters were scrambled after two Russian Tu-142 maritime patrol "
                "aircraft flew from the Sea of Okhotsk along the Kuril Islands and over the Pacific east of "
                "Hokkaido. Japan said its airspace was not violated.",
        label="neutral",
        note="Borderline: routine Russian military flight near the Kurils with a routine Japanese scramble; no "
             "airspace violation, no change. Not in the seeds, but not a development either.",
        body=[
            "TOKYO, June 25 (Thole Pin) - Japan's Air Self-Defense Force scrambled fighter jets on Monday after "
            "two Russian Tu-142 long-range maritime patrol aircraft flew south along the Kuril Islands and out "
            "over the Pacific, the Joint Staff Office said.",
            "The aircraft entered the area from the Sea of Okhotsk, passed east of the chain and turned back "
            "north after flying parallel to the coast of eastern Hokkaido, according to a map released by the "
            "ministry. Japanese airspace was not violated.",
            "Such flights are routine. Japan scrambled jets against Russian aircraft more than 200 times in the "
            "last fiscal year, far fewer than against Chinese aircraft, according to defence ministry data.",
            "Photos released by the Joint Staff showed the aircraft's tail numbers. The ministry did not say "
            "which units were scrambled but fighters from Chitose air base in Hokkaido usually respond to "
            "flights in the north.",
            "Russia says its naval aviation carries out regular flights over neutral waters in line with "
            "international rules.",
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b115-10", feed="sallyport", lang="en", published="2024-07-12T06:00:00Z",
        section="Documents", author="Marguerite Oyelaran", tags=["Japan", "Russia", "White paper"],
        title="Japan's defence white paper again flags Russian military activity on disputed islands",
        summary="The 2024 edition of Japan's annual defence white paper repeats that the Northern Territories are "
                "Japanese territory under Russian occupation and calls Russian military activity there and around "
                "Japan a concern. The section is little changed from last year.",
        label="restatement",
        note="Annual report restating known positions: Japan's claim to the four islands (seeds 000/003), "
             "Russian military activity near Japan (seed 004 mirror). No new deployment or decision reported.",
        comments=[("northpac_watcher", "Word for word the same as 2023 on the islands, as far as I can see."),
                  ("R. Ito", "The China chapter is where the real changes are.")],
        body=[
            "Japan's cabinet on Friday approved the 2024 edition of the annual defence white paper, Defense of "
            "Japan, which once again describes Russian military activity in the Far East, including on the "
            "disputed islands off Hokkaido, as a matter of concern.",
            "As in previous years, the paper states that the Northern Territories - Iturup, Kunashir, Shikotan "
            "and the Habomai islets - are an inherent part of Japan's territory and that Russia continues to "
            "occupy them. It notes that Russia has deployed troops and equipment to the islands since the Soviet "
            "era and has kept up exercises there.",
            "The white paper says Russia's military activities in the region are \"a strong concern\" when "
            "combined with deepening military cooperation between Moscow and Beijing, including joint bomber "
            "flights and naval patrols around Japan.",
            "The chapter on Russia is largely unchanged from the 2023 edition and does not report any new "
            "deployment on the islands. Officials briefing reporters said the ministry continued to \"monitor "
            "developments closely\".",
            "Moscow has routinely rejected the white paper's language on the islands, saying Russian "
            "sovereignty over the southern Kurils is fixed in international documents and cannot be questioned.",
            "The paper also restates Tokyo's policy of resolving the territorial issue and concluding a peace "
            "treaty, although Russia suspended treaty negotiations in March 2022 in response to Japanese "
            "sanctions over Ukraine.",
            "The bulk of the 2024 paper deals with China, North Korea and Japan's own defence build-up, including "
            "the acquisition of counterstrike capabilities.",
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b115-12", feed="ensign-brief", lang="en", published="2024-08-15T10:00:00Z",
        section="Explainer", author="Priya Castellane",
        title="Why Moscow won't talk: the Kuril peace treaty freeze, explained",
        summary="Russia walked away from peace treaty negotiations with Japan in March 2022 and now calls a "
                "restart 'categorically impossible'. A short guide to how the talks stalled and what each "
                "side says.",
        label="restatement",
        note="Background explainer; restates seeds 000-004 (talks suspended 2022, visa-free trips ended, joint "
             "economic activity dialogue quit, Rudenko Feb 2024, Russia's fear of US bases). No new fact.",
        body=[
            "Q: What is the dispute about?",
            "Four islands and a cluster of islets northeast of Hokkaido: Iturup, Kunashir, Shikotan and the "
            "Habomai group. Japan calls them the Northern Territories; Russia calls them the southern Kurils. "
            "Soviet forces took them in 1945 and Moscow says its sovereignty over them is fixed in international "
            "documents and cannot be questioned. Tokyo says they are Japanese and were illegally occupied.",
            "Q: Why is there still no peace treaty?",
            "The 1956 Soviet-Japanese Joint Declaration ended the state of war and restored diplomatic relations, "
            "but the two sides never agreed on the islands, so a treaty was never signed. Talks revived in 2018, "
            "when the two leaders agreed to speed them up.",
            "Q: What happened in 2022?",
            "After Japan joined Western sanctions over Ukraine, Russia's Foreign Ministry said on March 21, 2022 "
            "that it did not intend to continue peace treaty negotiations with a state that takes \"openly "
            "unfriendly positions\". It also quit the dialogue on joint economic activities on the islands, ended "
            "visa-free trips for Japanese citizens, and blocked Japan's partner status in the Black Sea Economic "
            "Cooperation organisation.",
            "Q: Has anything changed since?",
            "Not in substance. In February 2024 Deputy Foreign Minister Andrei Rudenko said resuming the treaty "
            "dialogue was \"categorically impossible\" and that the key condition for normalising relations was "
            "Tokyo abandoning its \"hostile policy\". Japan's government says it remains committed to resolving "
            "the territorial issue and concluding a treaty.",
            "Q: Where does the military fit in?",
            "Moscow has long argued that handing over any island could bring U.S. bases and missiles closer to "
            "Russia. Rudenko also complained that Japan was increasing military activity with the United States "
            "near Russia's Far Eastern borders. Japan, for its part, regularly objects to Russian troops and "
            "exercises on the islands.",
            "Q: So what should we watch for?",
            "Any sign that either side is changing a position - a resumption of visits, a new round of talks, a "
            "formal step by Moscow on the islands' status. None is on the calendar.",
        ],
    ),
    # ------------------------------------------------------------------ 14  (G2)
    dict(
        id="b115-14", feed="sallyport", lang="en", published="2024-09-05T05:30:00Z",
        section="News", author="Marguerite Oyelaran", tags=["Kuril straits", "Law of the sea", "Russia"],
        title="Russia demands 30 days' notice for foreign warships in Kuril straits; Tokyo calls rule unacceptable",
        summary="A Russian government resolution requires foreign warships and other state vessels to notify "
                "Moscow 30 days before passing through the Ekaterina and Frieze straits of the southern Kurils "
                "from October 1. Japan says the waters are its own and rejects the rule.",
        label="new_development", group="b115-g2",
        new_facts=["Russia requires foreign warships/state vessels to give 30 days' notice before transiting the "
                   "Ekaterina and Frieze straits of the southern Kurils, from 1 October 2024"],
        must_mention=[["notice", "notif"], ["strait"]],
        note="Same development as b115-13 (first report, ru, buried in a routine regulatory digest).",
        body=[
            "Russia will require foreign warships and other government vessels to give 30 days' notice through "
            "diplomatic channels before passing through two straits in the southern Kuril Islands, under a "
            "government resolution that takes effect on October 1.",
            "The requirement covers the Ekaterina Strait between Kunashir and Iturup and the Frieze Strait "
            "between Iturup and Urup - both key routes between the Sea of Okhotsk and the Pacific. It was tucked "
            "into a broader update of rules for foreign ships in Russian territorial and internal waters "
            "published on Monday, which mostly dealt with electronic port-call applications and pilotage.",
            "Japan's Foreign Ministry said on Thursday it had told Russia the rule was \"unacceptable\" because "
            "the Ekaterina Strait lies within what Tokyo regards as Japanese territory. A ministry spokesman said "
            "Japan \"does not recognise any measure by Russia premised on its jurisdiction over the Northern "
            "Territories\".",
            "## Why the straits matter",
            "The Sea of Okhotsk is a bastion for Russia's ballistic missile submarines, and the Kuril straits "
            "are its gates to the Pacific. Unlike Russia's Northern Sea Route rules, the new requirement applies "
            "specifically to state vessels, which under the law of the sea normally enjoy the right of innocent "
            "passage - or, in straits used for international navigation, transit passage - without prior "
            "notification.",
            "\"This is Moscow drawing a line on the map of the Kurils that says: these are our waters and our "
            "gates,\" said a maritime law specialist at a Tokyo university. \"It matters more as a statement "
            "than for traffic, which is very light.\"",
            "U.S. officials declined to say whether the Navy would comply. Washington does not accept prior-"
            "notification regimes for warships in any country's territorial sea.",
            "Russia's Foreign Ministry did not comment. The resolution itself gives no reason for the change.",
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        id="b115-16", feed="sallyport", lang="en", published="2024-09-24T03:30:00Z",
        section="News", author="Daniel Akkerman", tags=["Airspace", "Japan", "Russia"],
        title="Russian patrol plane violates Japanese airspace off Rebun Island; jets fire flares",
        summary="Japan says a Russian Il-38 patrol aircraft entered its airspace three times near Rebun Island "
                "off northern Hokkaido, and that Air Self-Defense Force fighters used flares as a warning for "
                "the first time.",
        label="off_topic",
        note="Look-alike: Russia-Japan airspace incident in the Sea of Japan off Rebun (not the Kurils, not the "
             "peace treaty).",
        body=[
            "A Russian Il-38 maritime patrol aircraft violated Japanese airspace near Rebun Island, off the "
            "northwestern tip of Hokkaido, three times on Monday, Japan's Defense Ministry said, and Air Self-"
            "Defense Force fighters fired flares as a warning - the first time they have done so.",
            "The intrusions lasted a few minutes each. F-15 and F-35 fighters scrambled from Chitose and Misawa "
            "tracked the plane over the Sea of Japan, the ministry said.",
            "Japan lodged a protest with the Russian Embassy. The Foreign Ministry called the violation "
            "\"extremely regrettable\" and demanded measures to prevent a recurrence.",
            "Russia's Defense Ministry said the aircraft was on a scheduled flight over neutral waters and "
            "denied any violation.",
            "The incident came days after Russian and Chinese warships held joint exercises in the Sea of Japan. "
            "Analysts said the use of flares showed Tokyo's growing readiness to make warnings visible.",
            "Rebun lies about 60 km from Sakhalin across the La Perouse (Soya) Strait.",
        ],
    ),
    # ------------------------------------------------------------------ 17
    dict(
        id="b115-17", feed="brightwork-def", lang="en", published="2024-10-15T05:00:00Z",
        section="Naval", author="Sora Whitfield",
        title="Russian, Chinese warships sail through Tsugaru Strait on joint Pacific patrol",
        summary="Five Russian and Chinese naval vessels passed eastward through the Tsugaru Strait between "
                "Honshu and Hokkaido, Japan's Joint Staff said, as part of what Moscow and Beijing describe as a "
                "regular joint patrol.",
        label="off_topic",
        note="Look-alike: warships, a strait and Japan-Russia military news, but the Tsugaru Strait is not the "
             "Kurils and nothing concerns the islands or the treaty.",
        body=[
            "Five warships from the Russian Pacific Fleet and the Chinese navy sailed through the Tsugaru "
            "Strait from the Sea of Japan into the Pacific on Monday, Japan's Joint Staff Office said.",
            "The flotilla included two Russian Steregushchiy-class corvettes, a Chinese Type 052D destroyer, a "
            "frigate and a supply ship. Japanese destroyers and P-3C aircraft shadowed the group.",
            "The Tsugaru Strait is one of five \"specified\" straits where Japan limits its territorial sea to "
            "three nautical miles, leaving a corridor of high seas through the middle. The passage was therefore "
            "lawful, officials said, but is being watched as a sign of closer coordination between the two "
            "navies.",
            "Moscow and Beijing have held joint naval patrols in the western Pacific every year since 2021. "
            "Russia's Defense Ministry said this year's patrol would also include anti-submarine drills.",
            "Japan's Defense Minister told reporters that the government was watching the ships' movements "
            "\"with strong interest\" and would continue surveillance.",
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        id="b115-19", feed="tholepin-wire", lang="en", published="2024-12-10T08:00:00Z",
        section="Science", author="Anders Lintu",
        title="Deep-sea robot films unknown species at the bottom of the Kuril-Kamchatka Trench",
        summary="A Russian oceanographic expedition says its remotely operated vehicle reached 9,300 metres in "
                "the Kuril-Kamchatka Trench and filmed several animals that may be new to science.",
        label="off_topic",
        note="Look-alike: named after the Kurils (Kuril-Kamchatka Trench), pure marine science.",
        body=[
            "MOSCOW, Dec 10 (Thole Pin) - Russian marine biologists said on Tuesday that a deep-sea robot had "
            "filmed at least four animals that may be new to science at a depth of about 9,300 metres in the "
            "Kuril-Kamchatka Trench in the northwest Pacific.",
            "The footage, gathered during an autumn expedition aboard a research vessel of the Russian Academy "
            "of Sciences' Far Eastern branch, shows a translucent sea cucumber, amphipods and a snailfish "
            "feeding near a bait trap.",
            "The trench runs for more than 2,000 km along the Pacific side of the Kuril Islands and Kamchatka "
            "and reaches depths of over 10,000 metres. It is one of the most seismically active zones on Earth "
            "and the source of the tsunami that struck Severo-Kurilsk in 1952.",
            "Expedition leader said the team also collected sediment cores to study how organic material "
            "reaches the trench floor. \"Every time we go down, we find something,\" she said.",
            "Results will be published next year, the institute said.",
        ],
    ),
    # ------------------------------------------------------------------ 20  (G3)
    dict(
        id="b115-20", feed="tholepin-wire", lang="en", published="2025-01-21T06:30:00Z",
        section="Asia", author="Tomoko Reyes",
        title="Russia declares permanent flight-restriction zone over southern Kurils, up to Nemuro Strait median line",
        summary="Russia has designated a permanent restricted airspace zone covering Kunashir, Iturup, Shikotan "
                "and the Habomai islets and the airspace over the Nemuro Strait up to the median line, according "
                "to an amendment to its aeronautical information publication. Flights will need Russian "
                "military permission from Feb. 20.",
        label="new_development", group="b115-g3",
        new_facts=["Russia designates a permanent restricted airspace zone over the southern Kurils and the Nemuro "
                   "Strait up to the median line, effective 20 February 2025"],
        must_mention=[["restricted", "restriction", "no-fly"], ["airspace", "flight"]],
        note="First report of g3. Nothing in the seeds about airspace; until now only temporary areas were "
             "activated during drills.",
        body=[
            "TOKYO, Jan 21 (Thole Pin) - Russia has declared a permanent restricted airspace zone over the "
            "disputed southern Kuril Islands that extends across the Nemuro Strait to the median line with "
            "Hokkaido, according to an amendment to Russia's official aeronautical information publication (AIP).",
            "The amendment, dated Jan. 16 and effective Feb. 20, creates a zone from the surface to unlimited "
            "altitude covering Kunashir, Iturup, Shikotan and the Habomai islets and the surrounding waters. "
            "Civil and state aircraft may enter only with permission from the Russian military's air traffic "
            "control centre, it says.",
            "Until now, Russia has activated temporary danger areas over the islands by notices to airmen "
            "(NOTAMs) during exercises. A permanent restricted zone reaching the median line is new, two "
            "aviation specialists who reviewed the document said.",
            "The practical effect for Japan falls mainly on Japan Coast Guard and fisheries patrol aircraft, "
            "which fly along the median line to watch over Japanese fishing boats. Commercial routes between "
            "Japan and North America pass well to the east.",
            "A Japanese government source said Tokyo was \"examining the content\" and would respond "
            "appropriately. Japan regards the airspace over the islands as its own.",
            "Russia's Federal Air Transport Agency did not respond to a request for comment. The AIP amendment "
            "gives \"ensuring the security of state facilities\" as the reason.",
            "The zone is the latest in a series of steps by Moscow to tighten control around the islands, which "
            "Japan calls the Northern Territories and whose ownership has blocked a peace treaty since 1945.",
        ],
    ),
    # ------------------------------------------------------------------ 24
    dict(
        id="b115-24", feed="sallyport", lang="en", published="2025-02-18T09:30:00Z",
        section="News", author="Daniel Akkerman", tags=["Peace treaty", "Russia", "Japan"],
        title="Rudenko: 'no grounds whatsoever' to reopen treaty talks with Tokyo",
        summary="Russian Deputy Foreign Minister Andrei Rudenko says nothing has changed since he called a "
                "resumption of peace treaty talks with Japan 'categorically impossible' a year ago, and again "
                "blames Tokyo's sanctions and 'hostile course'.",
        label="restatement",
        note="Same speaker as seed 004 restating the same position with fresh wording (talks impossible; Tokyo "
             "must drop hostile policy). No new fact.",
        body=[
            "Russian Deputy Foreign Minister Andrei Rudenko said on Tuesday there were \"no grounds whatsoever\" "
            "to reopen negotiations with Japan on a peace treaty, a year after he described a resumption as "
            "\"categorically impossible\".",
            "\"Nothing has changed, except perhaps for the worse,\" Rudenko told a Russian news agency in an "
            "interview. \"Tokyo continues its sanctions policy, "
            "its militarisation together with the Americans, and its support for the Kyiv regime.\"",
            "He repeated that the \"key condition\" for any normalisation was Japan's renunciation of its hostile "
            "course, rather than \"signals\" or \"gestures\". \"We do not see even the beginning of such a "
            "renunciation,\" he said.",
            "Asked about the Kuril Islands, Rudenko said Russia's sovereignty over them \"is not the subject of "
            "any discussion and never will be\".",
            "Japan's Foreign Ministry has said it remains committed to resolving the territorial issue and "
            "concluding a peace treaty, while acknowledging that relations with Russia are in a difficult state.",
            "Moscow suspended treaty talks in March 2022 after Japan imposed sanctions over the invasion of "
            "Ukraine, and at the same time ended visa-free trips by Japanese citizens to the islands.",
        ],
    ),
    # ------------------------------------------------------------------ 28  (G4 follow-up)
    dict(
        id="b115-28", feed="ensign-brief", lang="en", published="2025-04-15T08:00:00Z",
        section="Explainer", author="Priya Castellane",
        title="The radio went quiet in the Nemuro Strait. Here is why that matters",
        summary="Russia's border guards have suspended the direct radio link with Japan's coast guard 'until "
                "further notice'. For two decades it was how the two sides sorted out drifting boats, detentions "
                "and rescues in one of the world's tensest fishing grounds.",
        label="new_development", group="b115-g4",
        new_facts=["Russian border guards suspend the direct radio link with the Japan Coast Guard 'until further "
                   "notice'"],
        must_mention=[["radio"], ["suspend", "halt", "cut", "quiet"]],
        note="Explainer follow-up in g4 (first report b115-26, ru); adds background but no new fact beyond the "
             "suspension.",
        body=[
            "Last week Russia's border guards on Sakhalin told Japan's coast guard that they were suspending the "
            "direct radio link between their post in Yuzhno-Kurilsk and the Japanese coast guard office in "
            "Nemuro \"until further notice\". Here is what that link did, and what its loss means.",
            "Q: What was the link?",
            "A set of agreed VHF frequencies and call signs, backed by a 24-hour telephone line, set up under a "
            "cooperation memorandum between the Japan Coast Guard and Russia's border service in the early 2000s. "
            "Either side could call the other directly about a boat in trouble, a suspected intrusion or a "
            "detention, without going through embassies.",
            "Q: Who used it?",
            "Mostly the duty officers on both sides of the Nemuro Strait, where the median line is treated by "
            "Russia as a border and by Japan as nothing more than a practical line. It was used to hand over "
            "rescued fishermen, to warn of drifting boats and, when a Japanese boat was detained, to pass on "
            "basic information about the crew quickly.",
            "Q: Why did Russia suspend it?",
            "The notice reportedly cited \"repeated approaches\" of Japanese patrol vessels to the line and the "
            "\"use of the channel for purposes not provided for\". Moscow has not elaborated.",
            "Q: What happens now?",
            "Communication will go through diplomatic channels - the Japanese Embassy in Moscow and the Consulate-"
            "General in Yuzhno-Sakhalinsk - which takes hours rather than minutes. Fishermen in Nemuro and Rausu "
            "say that is what worries them most: in a detention or a storm, the first hours matter.",
            "Q: Is it the end of maritime contact?",
            "Not formally. Ships can still call each other on international distress frequencies. But the trusted, "
            "routine channel is gone, and nobody has said when it will return.",
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        id="b115-30", feed="brightwork-def", lang="en", published="2025-05-20T06:10:00Z",
        section="Asia-Pacific", author="Sora Whitfield",
        title="Chinese coast guard fires water cannon at Philippine supply boat near Second Thomas Shoal",
        summary="Manila says a China Coast Guard vessel blasted a Philippine resupply boat with water cannon near "
                "Second Thomas Shoal in the South China Sea, injuring two crew members; Beijing says the boat "
                "intruded into Chinese waters.",
        label="off_topic",
        note="Look-alike: boats, coast guards, an island/shoal dispute - in the South China Sea.",
        body=[
            "MANILA - A China Coast Guard ship fired water cannon at a Philippine boat taking supplies to "
            "marines stationed on a grounded warship at Second Thomas Shoal on Tuesday, injuring two crew "
            "members, the Philippine military said.",
            "The boat's windows were shattered and its engine damaged, forcing it to turn back, a spokesman for "
            "the Armed Forces of the Philippines said.",
            "China's coast guard said the vessel had \"illegally intruded\" into waters near Ren'ai Jiao, "
            "Beijing's name for the shoal, and that it had taken \"necessary control measures\".",
            "The United States, Japan and Australia issued statements of concern. Tokyo said it opposed "
            "\"dangerous actions\" and any attempt to change the status quo by force.",
            "Since 1999 the Philippines has kept a small garrison aboard the BRP Sierra Madre, deliberately run "
            "aground on the shoal, which lies within its exclusive economic zone. A 2016 arbitral ruling rejected "
            "China's sweeping claims in the South China Sea; Beijing does not recognise it.",
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        id="b115-32", feed="sallyport", lang="en", published="2025-07-15T07:00:00Z",
        section="News", author="Daniel Akkerman", tags=["Sakhalin", "Kurils"],
        title="Sakhalin governor: Kurils 'will never be Japanese', claims are 'revanchism'",
        summary="Sakhalin regional governor Valery Limarenko told a regional economic forum that Japan's claim to "
                "the southern Kurils was 'revanchism' and that the islands 'will never be Japanese', repeating "
                "Moscow's position that sovereignty is not negotiable.",
        label="restatement",
        note="New speaker restating the seed position: Russian sovereignty undisputed (seeds 000/001/004). No "
             "new decision or event.",
        body=[
            "The governor of Russia's Sakhalin region, which administers the Kuril Islands, said on Monday that "
            "Japan's claim to the southern part of the chain was \"revanchism\" and that the islands \"will never "
            "be Japanese\".",
            "Valery Limarenko made the remarks at a regional economic forum in Yuzhno-Sakhalinsk in answer to a "
            "question about the islands' future. \"The question of sovereignty was closed eighty years ago. "
            "People live here, children are born here. There is nothing to discuss,\" he said.",
            "The comments echo the Russian Foreign Ministry's long-standing position that Russian sovereignty "
            "over the islands is fixed in international documents and cannot be questioned.",
            "Limarenko spent most of his speech on investment, ferries and housing on the islands, which Moscow "
            "has tried to develop with tax breaks. He did not announce new projects.",
            "Japan claims Iturup, Kunashir, Shikotan and the Habomai islets. Peace treaty talks have been "
            "suspended since March 2022.",
            'Japan has said it will continue to seek a resolution of the territorial issue and the conclusion of a peace treaty, and routinely protests statements and visits by Russian officials concerning the islands.',
        ],
    ),
    # ------------------------------------------------------------------ 35
    dict(
        id="b115-35", feed="tholepin-wire", lang="en", published="2025-09-20T05:30:00Z",
        section="Asia", author="Yelena Ward",
        title="Russian lawmaker says Kurils could get more missiles if U.S. Typhon stays in Japan",
        summary="A member of the State Duma's defence committee said Moscow 'would have to respond' with "
                "additional deployments on the Kuril Islands if a U.S. Typhon missile launcher brought to Japan "
                "for exercises remained there. The Defence Ministry did not comment.",
        label="restatement",
        note="Conditional threat by a lawmaker, no decision: restates the known Russian concern about U.S. "
             "missiles/bases near the islands (seed 002) and Japan-U.S. military activity (seed 004).",
        body=[
            "MOSCOW, Sept 20 (Thole Pin) - A senior Russian lawmaker said on Saturday that Moscow could deploy "
            "additional weapons on the Kuril Islands if a U.S. Typhon intermediate-range missile system brought "
            "to Japan for joint exercises stayed in the country.",
            "\"If the Americans leave this system in Japan, we will have to respond, and the Kurils are the "
            "obvious place to do it,\" a member of the State Duma's defence committee told a Russian radio "
            "station. \"But that is a question for the military leadership, not for me.\"",
            "The U.S. Army brought a Typhon launcher to Japan this month for the Resolute Dragon exercise. U.S. "
            "and Japanese officials have said it will leave after the drills.",
            "Russia's Defense Ministry did not comment. Kremlin spokesman Dmitry Peskov said earlier this week "
            "that Moscow was watching the deployment \"very carefully\" and would take it into account in its "
            "planning, without giving details.",
            "Russian officials have long said one reason Moscow cannot hand over any of the disputed islands is "
            "the risk that U.S. bases or missiles could be placed there.",
            "Japan's Chief Cabinet Secretary said the exercise was defensive and that Japan would not comment "
            "on \"remarks by individual lawmakers\".",
        ],
    ),
    # ------------------------------------------------------------------ 37  (G5)
    dict(
        id="b115-37", feed="brightwork-def", lang="en", published="2025-10-08T07:40:00Z",
        section="Naval", author="Kenji Hollis",
        title="Russian firing area spills across Nemuro Strait median line into Japanese waters; Tokyo protests",
        summary="A Russian live-fire notice for Oct. 14-17 around Kunashir includes, for the first time, part of "
                "the waters on the Japanese side of the Nemuro Strait median line off Shibetsu, the Japan Coast "
                "Guard says. Tokyo has demanded that Moscow withdraw it.",
        label="new_development", group="b115-g5",
        new_facts=["A Russian firing-drill area (Oct 14-17, 2025) crosses the Nemuro Strait median line into "
                   "Japan's territorial sea off Shibetsu for the first time; Japan protests"],
        must_mention=[["median line", "territorial sea", "territorial waters"], ["firing", "drill", "live-fire"]],
        note="Same development as b115-36 (first report, ja, under a routine drill-notice headline). Routine "
             "Russian firing notices are borderline; crossing the median line is the new fact.",
        body=[
            "TOKYO - A Russian notice of live-fire drills around the disputed island of Kunashir includes waters "
            "on the Japanese side of the median line in the Nemuro Strait, the first time a Russian exercise area "
            "has reached into what Japan administers as its territorial sea, the Japan Coast Guard said.",
            "The coast guard's 1st Regional Headquarters relayed the Russian notice on Monday in a navigational "
            "warning for Oct. 14-17. Most of the area lies west and south of Kunashir, as in past years. But its "
            "southwestern corner extends roughly two nautical miles beyond the median line, off the town of "
            "Shibetsu, according to coordinates published by the coast guard.",
            "Japan protested through diplomatic channels and demanded that Russia withdraw the part of the area "
            "on the Japanese side. \"Setting a training area that includes our territorial waters is absolutely "
            "unacceptable,\" a Foreign Ministry official said.",
            "Russia conducts artillery and missile firings around the islands several times a year, and Japan "
            "protests each time on the grounds that the Northern Territories are Japanese. The crossing of the "
            "median line - which both sides have treated as the working boundary in the strait for decades - "
            "is what sets this notice apart.",
            "The Shibetsu fisheries cooperative said about 20 boats working set nets for autumn salmon inside "
            "the area would have to stay in port for four days. \"This is our water. We have never been told to "
            "leave it for Russian shooting,\" its head said.",
            "Russia's Pacific Fleet did not comment. Moscow says its exercises take place on Russian territory "
            "and in Russian waters.",
        ],
    ),
    # ------------------------------------------------------------------ 38  (G5 follow-up)
    dict(
        id="b115-38", feed="ensign-brief", lang="en", published="2025-10-21T09:00:00Z",
        section="Explainer", author="Priya Castellane",
        title="How a Russian firing notice crossed a line - literally",
        summary="Last week's Russian live-fire drill around Kunashir was notable less for the shooting than for "
                "its map: the closed area reached across the Nemuro Strait median line into Japanese waters. "
                "What that line is and why it matters.",
        label="new_development", group="b115-g5",
        new_facts=["A Russian firing-drill area crossed the Nemuro Strait median line into Japanese waters"],
        must_mention=[["median line"], ["firing", "drill"]],
        note="Explainer follow-up in g5; the drill took place as notified, no new fact.",
        body=[
            "Russian artillery drills around the disputed Kuril Islands are so frequent that they rarely make "
            "news outside Hokkaido. The notice for Oct. 14-17 was different because of a corner of its map.",
            "Q: What is the median line?",
            "The Nemuro Strait between Hokkaido and Kunashir is only 16 km wide at its narrowest. Japan claims "
            "Kunashir and does not recognise any border there, but in practice both sides have long treated a "
            "line equidistant from the two coasts as the limit of where their patrol vessels operate. Japanese "
            "fishermen who cross it risk detention by Russian border guards.",
            "Q: What happened?",
            "The Japan Coast Guard said the Russian closed area extended about two nautical miles beyond that "
            "line, into waters off Shibetsu that Japan treats as its territorial sea. It was the first such case "
            "on record. Tokyo protested and asked Moscow to withdraw that part.",
            "Q: Did Russia change the area?",
            "No. The drills went ahead on the notified dates. Japanese boats stayed in port, and the coast guard "
            "kept patrol ships on the Japanese side. No shells were reported to have landed near the line.",
            "Q: Why should anyone care?",
            "Because the median line is one of the few things in the dispute that both sides quietly respect. A "
            "Russian area drawn across it, even for four days, suggests that Moscow is willing to test it.",
        ],
    ),
    # ------------------------------------------------------------------ 42
    dict(
        id="b115-42", feed="tholepin-wire", lang="en", published="2026-01-20T06:00:00Z",
        section="Europe", author="Yelena Ward",
        title="Kremlin: 'nothing has changed' on Japan peace treaty after Tokyo's New Year remarks",
        summary="Kremlin spokesman Dmitry Peskov said there was still no basis for talks on a peace treaty with "
                "Japan, responding to the Japanese prime minister's New Year statement that Tokyo remains "
                "committed to concluding one.",
        label="restatement",
        note="Mirror of seed 002 (Kishida steadfast / Peskov: negotiations impossible). New date and prime "
             "minister, same positions.",
        body=[
            "MOSCOW, Jan 20 (Thole Pin) - The Kremlin said on Tuesday that \"nothing has changed\" in Russia's "
            "position on a peace treaty with Japan, after the Japanese prime minister said in a New Year news "
            "conference that Tokyo remained committed to resolving the territorial issue and concluding a treaty.",
            "\"We have heard these statements many times,\" Kremlin spokesman Dmitry Peskov told reporters. "
            "\"Under current conditions, when Japan pursues an unfriendly policy and sanctions against our "
            "country, negotiations on a peace treaty are impossible.\"",
            "The Japanese prime minister said that relations with Russia were \"in a severe state\" because of the "
            "war in Ukraine but that Japan's policy of resolving the territorial issue and signing a treaty was "
            "unchanged.",
            "Moscow pulled out of treaty talks in March 2022, citing sanctions imposed by Tokyo over Ukraine.",
            "Peskov declined to comment on whether any contacts between the two countries' foreign ministries "
            "were planned.",
        ],
    ),
    # ------------------------------------------------------------------ 43  (G7)
    dict(
        id="b115-43", feed="brightwork-def", lang="en", published="2026-02-17T08:20:00Z",
        section="Coast guards", author="Sora Whitfield",
        title="Russia cuts winter radio link with Japan's coast guard six weeks early",
        summary="Russian border guards have ended the direct radio contact with the Japan Coast Guard that they "
                "restored in December for the drift-ice season, citing 'provocative' Japanese patrol flights. "
                "The arrangement was due to run until March 31.",
        label="status_change", group="b115-g7",
        new_facts=["Russia ends the winter-only border guard / Japan Coast Guard radio link on Feb 16, 2026, six "
                   "weeks before its March 31 expiry; the channel is closed again"],
        must_mention=[["radio"], ["cut", "ended", "ends", "halt", "suspend", "early"]],
        note="Status change toward 'off': the ice-season radio link restored in g6 (Dec 2025) is cut early. "
             "First report of g7.",
        body=[
            "TOKYO - Russia's border guards have ended a direct radio link with the Japan Coast Guard six weeks "
            "before it was due to expire, Japanese officials said on Tuesday, two months after Moscow agreed to "
            "restore it for the drift-ice season.",
            "The Sakhalin border directorate of Russia's FSB security service informed the coast guard office "
            "in Nemuro on Monday that \"radio exchange is terminated from 16 February\", a coast guard spokesman "
            "said. In December Russia had reopened the channel, suspended since April last year, for emergencies "
            "until March 31.",
            "According to Japanese officials, the Russian notice blamed \"provocative flights\" by Japan Coast "
            "Guard aircraft near the median line of the Nemuro Strait. The coast guard said its aircraft had "
            "flown routine patrols on the Japanese side of the line.",
            "\"We regret the decision and have asked Russia to reconsider through diplomatic channels,\" the "
            "spokesman said.",
            "The link had been used only a handful of times this winter, officials said, including once to "
            "coordinate the search for a Japanese boat whose engine failed among drift ice off Rausu.",
            "Fishermen's groups in Nemuro said the early end would make the rest of the ice season more "
            "dangerous. \"In March the ice moves fast. Now if something happens we are back to calling Tokyo, "
            "then Moscow,\" said an official of the Habomai fisheries cooperative.",
            "Russia's border service did not respond to a request for comment.",
        ],
    ),
    # ------------------------------------------------------------------ 46
    dict(
        id="b115-46", feed="sallyport", lang="en", published="2026-03-24T08:00:00Z",
        section="News", author="Marguerite Oyelaran", tags=["Arctic", "Norway", "Russia", "Fisheries"],
        title="Norwegian coast guard inspects Russian trawlers off Svalbard as Moscow protests 'illegal' zone",
        summary="Norway's coast guard boarded two Russian trawlers in the Svalbard Fisheries Protection Zone, "
                "prompting a protest from Moscow, which does not recognise Norway's right to regulate fishing "
                "there.",
        label="off_topic",
        note="Look-alike: boats inspected, coast guard, a disputed maritime zone and Russia - but the Svalbard "
             "dispute with Norway.",
        body=[
            "Norway's coast guard boarded and inspected two Russian trawlers in the fisheries protection zone "
            "around the Svalbard archipelago last week, Norwegian officials said, drawing a protest from Moscow.",
            "Russia's Foreign Ministry said the inspections were \"illegal\" because Moscow has never recognised "
            "the zone, which Norway declared in 1977. It warned of \"serious consequences\" if Russian vessels "
            "were detained.",
            "Norway's coast guard said both vessels were inspected in line with routine practice and no "
            "violations were found.",
            "The 1920 Svalbard Treaty gave Norway sovereignty over the archipelago but granted other signatories "
            "equal rights to economic activity. The extent of those rights at sea has been disputed for decades.",
            "The incident comes amid heightened tension in the Arctic, where Russia has increased naval activity "
            "and Norway has expanded surveillance with NATO partners.",
            'Norway regularly inspects foreign vessels in the zone, including Russian ones, and Moscow has protested such inspections in the past. In 2005 a Russian trawler fled to Russian waters with two Norwegian inspectors still aboard.',
        ],
    ),
    # ------------------------------------------------------------------ 48
    dict(
        id="b115-48", feed="brightwork-def", lang="en", published="2026-05-19T04:30:00Z",
        section="Land", author="Kenji Hollis",
        title="Japan to station surface-to-air missile unit on Yonaguni, 110 km from Taiwan",
        summary="Japan's Defense Ministry plans to deploy a Ground Self-Defense Force surface-to-air missile unit "
                "on Yonaguni, its westernmost inhabited island, as part of a build-up in the southwestern islands.",
        label="off_topic",
        note="Look-alike: missile deployment on an island, but Japan's southwestern islands (Taiwan/China).",
        body=[
            "TOKYO - Japan's Defense Ministry will deploy a Ground Self-Defense Force medium-range surface-to-air "
            "missile unit on Yonaguni island, about 110 km east of Taiwan, officials said on Tuesday.",
            "The unit, expected to number about 130 personnel, will be formed in the next fiscal year and "
            "equipped with the Type 03 system. Yonaguni already hosts a coastal surveillance unit and an "
            "electronic warfare unit.",
            "The island's mayor said residents were divided, with some welcoming the jobs and others fearing "
            "that the island could become a target.",
            "China's Foreign Ministry said Japan should \"stop hyping regional tensions\".",
            "The plan is part of a broader build-up in the Nansei island chain that has added missile units on "
            "Amami-Oshima, Miyako and Ishigaki since 2019.",
            'The ministry has also said it will deploy long-range standoff missiles on Kyushu and in the southwest from the middle of the decade, citing the growing military activity of China around Taiwan.',
        ],
    ),
    # ------------------------------------------------------------------ 49
    dict(
        id="b115-49", feed="ensign-brief", lang="en", published="2026-06-16T09:00:00Z",
        section="Opinion", author="Hugo Brannigan",
        title="Will Japanese ever visit the Kurils again? Don't hold your breath",
        summary="Four summers after Russia ended visa-free trips to the southern Kurils, there is no sign of them "
                "coming back. Former islanders are running out of time, and neither government is talking "
                "about it.",
        label="restatement",
        note="Questioned/wished-for version of a move; restates seeds (visa-free trips terminated 2022, talks "
             "impossible). No new fact.",
        body=[
            "Every June, the harbour in Nemuro used to fill with people waiting for the ship to the islands: "
            "former residents going to tend their parents' graves, students on exchange trips, officials with "
            "gifts for their Russian hosts. That ended in 2022, when Moscow scrapped the visa-free arrangement "
            "in retaliation for Japanese sanctions.",
            "Will it come back? The honest answer is that nobody knows, and nobody in power seems to be asking.",
            "Moscow's line has not moved since March 2022: Japan has chosen an \"openly unfriendly\" course, so "
            "there will be no treaty talks and no special favours. Deputy Foreign Minister Andrei Rudenko has "
            "called a resumption of dialogue \"categorically impossible\". Tokyo, for its part, says it wants the "
            "visits restored but will not pay for them by softening sanctions.",
            "That leaves the former islanders, whose average age is now close to 90, writing letters and "
            "petitions. \"I would go tomorrow, visa or no visa,\" one of them, a 91-year-old born on Shikotan, "
            "told me. She will not, because Japan asks its citizens not to travel to the islands on Russian "
            "visas.",
            "It is possible to imagine a deal - a humanitarian exception, a one-off ship. It is harder to imagine "
            "who would propose it. Until someone does, the answer to the question in the headline is no.",
        ],
    ),
    # ------------------------------------------------------------------ 53
    dict(
        id="b115-53", feed="ensign-brief", lang="en", published="2026-10-19T03:00:00Z",
        section="History", author="Priya Castellane",
        title="Seventy years after the 1956 declaration, the islands are no closer",
        summary="On Oct. 19, 1956, Moscow and Tokyo ended their state of war and restored relations. The "
                "declaration was meant to lead to a peace treaty. Seven decades on, it has not.",
        label="restatement",
        note="Anniversary/background piece; restates seed facts on the 1956 declaration, the unresolved dispute "
             "and the 2022 suspension of talks.",
        body=[
            "Seventy years ago today, in Moscow, Soviet Premier Nikolai Bulganin and Japanese Prime Minister "
            "Ichiro Hatoyama signed the Joint Declaration that ended the state of war between their countries "
            "and restored diplomatic relations.",
            "It was supposed to be a way station. The two sides could not agree on the islands that Soviet "
            "troops had occupied in 1945, so they left a peace treaty for later. The declaration said the Soviet "
            "Union would hand over Shikotan and the Habomai islets after a treaty was concluded.",
            "Later never came. Cold War politics froze the talks for decades. They revived in the 1990s and again "
            "in 2018, when the two leaders agreed to speed up negotiations on the basis of the 1956 document.",
            "Then came 2022. After Japan joined sanctions over Ukraine, Russia said it would not continue treaty "
            "talks with a state taking \"openly unfriendly positions\", ended visa-free trips to the islands and "
            "quit talks on joint economic activity. Officials in Moscow have since called a resumption "
            "\"categorically impossible\".",
            "So the anniversary passes quietly. In Tokyo, officials repeat that Japan seeks to resolve the "
            "territorial issue and sign a treaty. In Moscow, they repeat that sovereignty over the islands is "
            "not in question.",
            "\"The 1956 declaration is the only document both parliaments ratified,\" a Japanese historian "
            "said. \"That is why both sides keep it on the shelf. Neither has a use for it right now.\"",
        ],
    ),
    # ------------------------------------------------------------------ 55
    dict(
        id="b115-55", feed="sallyport", lang="en", published="2026-12-22T07:00:00Z",
        section="Analysis", author="Marguerite Oyelaran", tags=["Year in review", "Kurils", "Japan", "Russia"],
        title="2026 in the North Pacific: radio silence, firing ranges and a frozen treaty",
        summary="Our look back at a year in which the contact channels around the disputed Kurils kept narrowing, "
                "the peace treaty stayed frozen and the islands' garrisons kept up their drills.",
        label="restatement",
        note="Year-in-review digest: recaps seed facts and earlier corpus developments (g3 airspace zone, g5 "
             "median-line firing area, g7 radio link cut). No new fact.",
        body=[
            "If 2025 was the year the lines around the southern Kurils were redrawn, 2026 was the year the "
            "phones stopped ringing.",
            "## Channels closing",
            "In February Russia's border guards cut the winter radio link with the Japan Coast Guard six weeks "
            "before it was due to expire, blaming Japanese patrol flights. The channel, suspended in April 2025 "
            "and briefly restored for the drift-ice season, has stayed silent since. Fishermen in Nemuro say they "
            "have learned to live without it, which is not the same as being safe.",
            "## Lines on the map",
            "The restricted airspace zone Moscow declared over the islands and the Nemuro Strait in early 2025 "
            "remains in force, and Japanese patrol aircraft keep their distance from the median line. Last "
            "October's firing notice that reached across that line into Japanese waters has not been repeated "
            "so far, but nor has Russia said it would not be.",
            "## The treaty",
            "There were no talks. The Kremlin said in January that \"nothing has changed\"; Tokyo said the same "
            "about its own position. The 70th anniversary of the 1956 Joint Declaration in October passed with "
            "statements, not meetings.",
            "## What to watch in 2027",
            "Whether Moscow reopens any channel before the next ice season; whether the firing areas around "
            "the islands stay on their side of the median line; and whether either side finds a humanitarian "
            "gesture worth making. None is scheduled.",
        ],
    ),
]
