"""English-language articles of the blind50 corpus (see ../README.md)."""

ARTICLES = [
    # ------------------------------------------------------------------ b50-03
    dict(
        id="b50-03", feed="windlass-en", lang="en",
        published="2025-02-07T10:15:00Z",
        title="Ishiba vows to keep pursuing peace treaty as Northern Territories rally meets in Tokyo",
        summary="The prime minister told the annual rally that Japan would stick to resolving the island "
                "dispute and concluding a peace treaty, though talks with Moscow remain frozen.",
        label="restatement",
        note="Northern Territories Day (anniversary/occasion). PM restates Japan's goal (seed 002: Kishida "
             "'remains steadfast in a peace treaty'); Russia's 2022 halt of talks and of visa-free trips is "
             "seed 000/001. The rally's call for exchanges to resume is a request, not a move.",
        author="Aya Collins", section="Politics",
        body=[
            "Prime Minister Shigeru Ishiba on Friday repeated Japan’s long-standing pledge to resolve the "
            "dispute over four Russian-held islands off Hokkaido and sign a peace treaty with Moscow, telling "
            "an annual rally in Tokyo that the goal had not changed despite the deep chill in relations since "
            "Russia’s invasion of Ukraine.",
            "“Relations between Japan and Russia are in a severe state, but our policy of resolving the "
            "question of the attribution of the four islands and concluding a peace treaty remains "
            "unchanged,” Ishiba told the gathering of roughly 700 former residents, activists and lawmakers.",
            "February 7 has been marked as Northern Territories Day since 1981. The date recalls the 1855 "
            "Treaty of Shimoda, which drew the first border between Japan and Russia between Etorofu and "
            "Urup, leaving Etorofu, Kunashiri, Shikotan and the Habomai group on the Japanese side. Soviet "
            "forces seized the islands in the closing days of World War Two, and their roughly 17,000 "
            "Japanese residents had been expelled by 1949.",
            "Moscow announced in March 2022 that it would not continue peace treaty negotiations with a "
            "country that had imposed sanctions on it, and scrapped the visa-free arrangements that had let "
            "former islanders and their families visit without Russian visas. Russian officials have since "
            "said repeatedly that talks cannot resume under current conditions.",
            "Former residents, whose average age is now close to 89, used the rally to plead for the "
            "resumption of grave visits. “Every year there are fewer of us in this hall,” said a 91-year-old "
            "man born on Shikotan. “I am not asking for the island back tomorrow. I am asking to pray at my "
            "mother’s grave once more.”",
            "The rally adopted a resolution calling on the government to press Moscow to restart the "
            "exchanges as a humanitarian matter. The Russian embassy in Tokyo did not respond to a request "
            "for comment.",
        ],
    ),
    # ------------------------------------------------------------------ b50-05
    dict(
        id="b50-05", feed="lectern-asia", lang="en",
        published="2025-03-04T08:00:00Z",
        title="Is Moscow softening on the Kurils? Read the transcripts, not the tea leaves",
        summary="A flurry of Japanese reports about Russian 'signals' on the peace treaty has little to "
                "stand on. The official record has not moved since 2022.",
        label="restatement",
        note="Questioned/analysis piece. Everything it cites is seed material: the March 2022 MFA statement "
             "(seed 000/003), Rudenko's 'categorically impossible' (seed 004); Tokyo's request for grave "
             "visits is a request with no answer.",
        author="Miriam Holt", section="Analysis",
        body=[
            "Every few months a story ripples through the Tokyo press: Moscow, we are told, has sent a "
            "“signal”. A Russian diplomat was unusually warm at a reception; a Moscow think-tank paper used "
            "the word “dialogue”; an anonymous Japanese official senses “room for movement”. The latest round, "
            "in January, prompted speculation that the peace treaty talks frozen since 2022 might be quietly "
            "revived.",
            "Is any of this real? The short answer, for now, is no.",
            "Start with what Russia has said on the record. In March 2022, weeks after Japan joined Western "
            "sanctions over Ukraine, the Russian foreign ministry declared that it did “not intend to continue "
            "negotiations with Japan on the peace treaty”, pulled out of the dialogue on joint economic "
            "activity on the southern Kurils and ended visa-free travel by Japanese citizens to the islands. "
            "In February 2024 Deputy Foreign Minister Andrei Rudenko went further, calling a resumption "
            "“categorically impossible” and naming Tokyo’s abandonment of its “hostile policy” as the "
            "precondition for any normalisation. Asked about the January reports, foreign ministry spokeswoman "
            "Maria Zakharova dismissed them as wishful thinking.",
            "None of those statements has been withdrawn. Nor has Tokyo’s position shifted: Prime Minister "
            "Shigeru Ishiba told last month’s Northern Territories Day rally that Japan still aims to resolve "
            "the attribution of the four islands and conclude a treaty.",
            "What might a genuine signal look like? Analysts in both capitals point to the humanitarian track. "
            "Would Moscow allow a single grave visit this summer, as Tokyo has asked? Officials in Tokyo say "
            "the request has been made through diplomatic channels; no answer has come. Could a working-level "
            "contact on fisheries spill over into political talks? Possibly, but the annual fisheries "
            "consultations have always run on a separate track, even in the worst years.",
            "“If you want to know whether anything has changed, look for a date, a venue and a delegation "
            "list,” said a former Japanese diplomat who took part in the 2018-19 negotiations. “Until then, it "
            "is atmospherics.”",
            "For the moment the atmospherics point the other way. Japan has added names to its sanctions "
            "lists twice since December, and Russian officials have taken to describing Tokyo as one of the "
            "most hostile capitals in Asia. A treaty that has eluded the two countries for eight decades is "
            "unlikely to be revived by a smile at a reception.",
        ],
        comments=[
            ("kitakaze_reader", "The ‘signals’ genre is a Tokyo speciality. Good to see someone check the record."),
            ("Tomas V.", "Humanitarian track is the only realistic one. Graves first, politics much later."),
        ],
    ),
    # ------------------------------------------------------------------ b50-07
    dict(
        id="b50-07", feed="ironquay-wire", lang="en",
        published="2025-04-16T07:45:00Z",
        title="Russia hands Japan remains of 11 people found on disputed Kunashir island",
        summary="The remains, believed to be those of pre-war Japanese residents, were transferred at sea in "
                "the Nemuro Strait, the first such handover since exchanges with the islands were frozen in 2022.",
        label="new_development", group="g-remains",
        new_facts=["Russia handed Japan the remains of 11 people (believed pre-war Japanese residents) found "
                   "during water-main works in Yuzhno-Kurilsk (Furukamappu), Kunashir; transferred at sea on "
                   "15 April 2025."],
        must_mention=[["remains"], ["kunashir", "yuzhno-kurilsk"]],
        note="Not in the seeds: a handover of remains found on Kunashir. Second report of the group, after "
             "b50-06 (Japanese).",
        author="Ken Watanabe-Price", section="Asia-Pacific", dateline="TOKYO, April 16 (Ironquay)",
        body=[
            "Russia has handed Japan the remains of 11 people believed to have been Japanese residents of "
            "Kunashir, one of four Russian-held islands claimed by Tokyo, in the first transfer of its kind "
            "since Moscow froze exchanges with the islands in 2022, Japan’s foreign ministry said on Wednesday.",
            "The remains were discovered last autumn during the laying of a water main in Yuzhno-Kurilsk, the "
            "island’s main settlement, known in Japanese as Furukamappu. A Russian forensic examination "
            "concluded they most likely came from a cemetery used by the Japanese community before 1945, the "
            "ministry said.",
            "A Russian border guard vessel transferred the remains to a Japan Coast Guard patrol ship near the "
            "median line of the Nemuro Strait on Tuesday afternoon. They were brought to Nemuro port the same "
            "evening, where about 20 former islanders and relatives gathered on the quay.",
            "“We appreciate the cooperation of the Russian side on this humanitarian matter,” a foreign "
            "ministry official said, adding that Japan would carry out DNA tests to try to identify the dead "
            "and return them to relatives where possible.",
            "Russia’s foreign ministry did not comment. The administration of the Yuzhno-Kurilsk district said "
            "the handover had been agreed “as a humanitarian gesture” and did not signal any change in "
            "Moscow’s position.",
            "Moscow halted peace treaty negotiations with Tokyo in March 2022 in response to Japanese sanctions "
            "over the war in Ukraine, and ended the visa-free programme under which former residents visited "
            "family graves on the islands. Japan has repeatedly asked Russia to allow the grave visits to resume.",
            "About 17,000 Japanese lived on the four islands before Soviet troops seized them in August and "
            "September 1945. Hundreds of Japanese graves remain there.",
        ],
        credit="Reporting by Ken Watanabe-Price; additional reporting by Irina Sokol in Moscow; editing by Paul Ayling",
    ),
    # ------------------------------------------------------------------ b50-09
    dict(
        id="b50-09", feed="amberley-post", lang="en",
        published="2025-04-18T09:00:00Z",
        title="Diplomatic Bluebook keeps Russia island language unchanged",
        summary="The annual foreign policy report repeats Tokyo's position on the Northern Territories word "
                "for word and says relations with Moscow remain in a 'severe situation'.",
        label="restatement",
        note="Annual report restating positions: Japan's sovereignty claim and goal of a treaty (seed 002), "
             "Russia's 2022 refusal to continue talks and end of visa-free trips (seeds 000/001). Explicitly "
             "unchanged wording.",
        author="Staff writer", section="Politics",
        body=[
            "Japan’s annual Diplomatic Bluebook, presented to the cabinet on Friday, repeats without change "
            "the government’s position on the four Russian-held islands off Hokkaido, describing them as "
            "“islands over which Japan has sovereignty” and pledging to “resolve the territorial issue and "
            "conclude a peace treaty”.",
            "The 2025 edition, like each edition since 2022, notes that Russia announced in March 2022 that it "
            "would not continue peace treaty negotiations and halted the visa-free exchanges and the visits by "
            "former residents, and describes relations with Moscow as being in “a severe situation”. It says "
            "Japan will continue to ask Russia to resume the exchanges, giving priority to grave visits for "
            "elderly former islanders.",
            "“The Russia chapter has been updated for the events of the past year, but the basic position and "
            "the wording on the Northern Territories are the same,” a foreign ministry official said.",
            "On Russia more broadly, the report again condemns the invasion of Ukraine as a clear violation of "
            "international law and describes growing military cooperation between Russia and North Korea as a "
            "grave concern for Japan’s security.",
            "Elsewhere, the Bluebook calls China “one of Japan’s most important bilateral relationships” while "
            "listing concerns over Chinese activity around the Senkaku Islands, and devotes a new section to "
            "economic security and supply chains.",
            "The report is published every spring. An English version is due in the autumn.",
        ],
    ),
    # ------------------------------------------------------------------ b50-11
    dict(
        id="b50-11", feed="windlass-en", lang="en",
        published="2025-05-20T11:00:00Z",
        title="Japan to keep buying Sakhalin-2 LNG as utilities lock in winter cargoes",
        summary="The trade ministry says Russian LNG remains necessary for energy security; buyers have "
                "contracted cargoes through next winter.",
        label="off_topic",
        note="Unrelated Japan-Russia news (energy trade); mentions Sakhalin but not the islands or the treaty.",
        author="Daniel Ishii", section="Business",
        body=[
            "Japan will continue to import liquefied natural gas from the Russian Sakhalin-2 project, the "
            "Ministry of Economy, Trade and Industry said on Tuesday, after several utilities confirmed they "
            "had contracted cargoes through the coming winter.",
            "“Sakhalin-2 is an important source for the stable supply of energy, and the government’s position "
            "of maintaining our interests in the project has not changed,” a ministry official told reporters.",
            "The project, operated by a Russian company in which Mitsui & Co. and Mitsubishi Corp. retain "
            "stakes, supplies close to a tenth of Japan’s LNG imports. Its short shipping distance makes it "
            "attractive to utilities in Hokkaido and northern Honshu, particularly in winter.",
            "Tokyo has joined Western sanctions against Russia over the war in Ukraine but has kept energy "
            "projects in which Japanese companies hold stakes outside the scope of its measures, arguing that "
            "a sudden withdrawal would hand the assets to third countries.",
            "Analysts say the arrangement is likely to last for years. “There is no realistic replacement at "
            "that price and that distance,” said an energy analyst at a Tokyo brokerage.",
            "Japan’s LNG imports fell slightly last year as more nuclear reactors came back online.",
        ],
    ),
    # ------------------------------------------------------------------ b50-13
    dict(
        id="b50-13", feed="ironquay-wire", lang="en",
        published="2025-06-03T17:10:00Z",
        title="Russia lists conditions for Japan peace treaty talks in note, says islands not up for negotiation",
        summary="In its first written statement of terms since halting talks in 2022, Moscow says any future "
                "treaty would contain no territorial provisions.",
        label="new_development", group="g-conditions-note",
        new_facts=["Russia handed Japan's ambassador a diplomatic note (3 June 2025) listing, for the first time "
                   "in writing, five conditions for returning to peace-treaty talks, and stating that a future "
                   "treaty would contain no territorial provisions."],
        must_mention=[["note"], ["condition"]],
        note="New official act and position beyond seed 004 (Rudenko named only a general 'key condition'): "
             "a formal note with five listed conditions and an explicit exclusion of territorial provisions. "
             "Second report of the group, after b50-12 (Russian).",
        author="Irina Sokol", section="World", dateline="MOSCOW, June 3 (Ironquay)",
        body=[
            "Russia on Tuesday handed Japan a diplomatic note setting out, for the first time in writing, the "
            "conditions under which it would return to talks on a post-war peace treaty, and stating that any "
            "future treaty would contain no provisions on territory, the Russian foreign ministry said.",
            "Deputy Foreign Minister Andrei Rudenko gave the note to Japan’s ambassador at a meeting at the "
            "ministry, according to a statement posted on the ministry’s website in the evening.",
            "The note lists five conditions: the lifting of Japan’s sanctions against Russia; an end to "
            "Japanese assistance to Ukraine; a commitment not to host strike weapons of the United States or "
            "other countries near Russia’s borders; recognition of the outcome of World War Two “in its "
            "entirety”; and an end to what Moscow called state-sponsored campaigns for the “return of the "
            "northern territories”.",
            "It also says that the “fundamental document on peace, friendship and good-neighbourliness” that "
            "Russia is prepared to discuss “will not contain provisions on territorial delimitation”, and that "
            "Russia’s sovereignty over the southern Kurils is “not a subject of negotiation”, the statement said.",
            "Moscow has said since 2022 that talks are impossible while Tokyo pursues an “unfriendly” policy, "
            "but had not previously spelled out its demands in a formal document or said that it would keep "
            "the territorial question out of the treaty itself.",
            "Japan’s embassy in Moscow confirmed receipt of the note but declined to comment on its contents. "
            "In Tokyo, a foreign ministry official said the government was studying the document and that "
            "Japan’s position — resolving the attribution of the four islands and then concluding a peace "
            "treaty — was unchanged.",
            "Russia broke off the treaty talks in March 2022 after Japan joined Western sanctions over the "
            "invasion of Ukraine. The two countries ended their state of war with a joint declaration in 1956 "
            "but have never signed a peace treaty, chiefly because of the dispute over the islands, which "
            "Japan calls the Northern Territories.",
        ],
        credit="Reporting by Irina Sokol; editing by Mark Henley",
    ),
    # ------------------------------------------------------------------ b50-14 (syndicated copy of b50-13)
    dict(
        id="b50-14", feed="amberley-post", lang="en",
        published="2025-06-04T01:00:00Z",
        title="Russia lists conditions for Japan peace treaty talks, says islands not up for negotiation",
        summary="Moscow's first written statement of terms since it halted talks in 2022 says any future "
                "treaty would contain no territorial provisions. (Ironquay)",
        label="new_development", group="g-conditions-note",
        new_facts=["Syndicated copy of b50-13: Russia's note of 3 June 2025 with five conditions and no "
                   "territorial provisions."],
        must_mention=[["note"], ["condition"]],
        note="Syndicated copy of b50-13 (same development, same text).",
        author="Ironquay Wire", section="World", wire=True, copy_of="b50-13",
    ),
    # ------------------------------------------------------------------ b50-18
    dict(
        id="b50-18", feed="windlass-en", lang="en",
        published="2025-07-10T08:00:00Z",
        title="Russia lets Hokkaido amateur football team play on Etorofu visa-free — this summer only",
        summary="Moscow has approved a one-off visit by 24 players and staff, the first under the old exchange "
                "procedures since 2022. Tokyo stresses the programme itself has not restarted.",
        label="status_change", group="g-football-visit",
        new_facts=["Russia allowed an amateur football club from Nakashibetsu, Hokkaido (24 people) to visit "
                   "Etorofu/Iturup without visas on 5-8 August 2025, 'this summer only, as an exception'."],
        must_mention=[["football", "soccer"], ["etorofu", "iturup"]],
        note="Status of visa-free trips (terminated per seeds 000/001) moves to an in-between state: allowed "
             "this summer only for one group. Third report of the group (b50-16 ja first).",
        author="Haruka Lindqvist", section="National",
        body=[
            "Russia will allow an amateur football club from eastern Hokkaido to travel to Etorofu Island next "
            "month without visas for a friendly match, the first visit by Japanese citizens under the old "
            "visa-free procedures since Moscow scrapped them in 2022, Japanese officials said.",
            "Moscow informed the Japanese foreign ministry in a note on Monday that it would let the group of "
            "18 players and six staff from the town of Nakashibetsu enter on the identity documents used in "
            "the former exchange programme “this summer only, as an exception”, according to the ministry. "
            "The team will play a local side in Kurilsk — Shana in Japanese — during a visit from Aug. 5 to 8.",
            "“This is one step, but it is not a restart of the exchange programme,” Nemuro Mayor Masatoshi "
            "Ishigaki told reporters. “What former residents need most is to visit their family graves.”",
            "The foreign ministry described the permission as “an exceptional, one-off measure” and said Japan "
            "would keep asking Russia to resume the exchanges, with grave visits for former residents as the "
            "priority.",
            "Under a 1991 agreement, Japanese citizens could travel to the four Russian-held islands without "
            "visas on exchange trips, and a 1999 arrangement simplified visits by former residents. Russia "
            "terminated both in March 2022 in response to Japanese sanctions over Ukraine.",
            "The club hosted a team from the island in Nakashibetsu in 2019, under the exchange programme, and "
            "promised a return match. “It took six years, but we are finally going,” its captain said.",
        ],
    ),
    # ------------------------------------------------------------------ b50-21
    dict(
        id="b50-21", feed="ironquay-wire", lang="en",
        published="2025-08-01T09:20:00Z",
        title="Russia revokes Iturup visit by Japanese amateur football team days before departure",
        summary="Moscow cited new Japanese sanctions in withdrawing a one-off permission granted in July.",
        label="status_change", group="g-football-revoked",
        new_facts=["On 31 July 2025 Russia withdrew the permission for the Nakashibetsu amateur football team to "
                   "visit Iturup, citing new Japanese sanctions; the 5-8 August trip is cancelled."],
        must_mention=[["football", "soccer"], ["revok", "withdr", "cancel", "called off", "call off"]],
        note="Status moves back down: the one-off permission (g-football-visit) is revoked. Second report "
             "(b50-20 ja first).",
        author="Ken Watanabe-Price", section="Asia-Pacific", dateline="TOKYO, Aug 1 (Ironquay)",
        body=[
            "Russia has withdrawn its permission for an amateur football team from northern Japan to visit "
            "Iturup, one of the Russian-held islands claimed by Japan, five days before the group was due to "
            "sail, Japan’s foreign ministry said on Friday.",
            "In a note delivered on Thursday, Moscow said it was “no longer possible” to receive the group, "
            "citing the “unfriendly” sanctions Japan announced last week, a ministry official said.",
            "The permission, granted in early July for this summer only, would have been the first visit by "
            "Japanese citizens under visa-free procedures since Moscow ended the exchange programme in 2022. "
            "Eighteen players and six staff from the Hokkaido town of Nakashibetsu had planned to play a "
            "friendly match in Kurilsk, the island’s main town, from Aug. 5 to 8.",
            "Chief Cabinet Secretary Yoshimasa Hayashi called the decision “extremely regrettable” and said "
            "Japan had lodged a protest through diplomatic channels.",
            "“The players rearranged their work schedules for this. We will have to explain to everyone that "
            "politics decided otherwise,” the team’s coach said.",
            "Japan on July 25 added dozens of individuals and entities to its sanctions list, including "
            "companies it says helped Russia evade export controls.",
        ],
        credit="Reporting by Ken Watanabe-Price; editing by Paul Ayling",
    ),
    # ------------------------------------------------------------------ b50-22
    dict(
        id="b50-22", feed="ironquay-wire", lang="en",
        published="2025-08-12T10:00:00Z",
        title="Sockeye surge at Kamchatka’s Kurile Lake draws record bear counts",
        summary="Scientists counted more than two million salmon passing the weir at the lake, in the south of "
                "the Kamchatka peninsula.",
        label="off_topic",
        note="Look-alike: a place named after the Kurils (Kurile Lake, Kamchatka), not the islands.",
        author="Irina Sokol", section="Environment", dateline="PETROPAVLOVSK-KAMCHATSKY, Aug 12 (Ironquay)",
        body=[
            "More than two million sockeye salmon have passed the counting weir at Kurile Lake in southern "
            "Kamchatka this summer, one of the strongest runs in a decade, scientists at the regional fisheries "
            "institute said on Tuesday.",
            "The run has drawn unusually large numbers of brown bears to the lake’s shores, with rangers at the "
            "South Kamchatka reserve counting more than 200 animals on a single aerial survey.",
            "Kurile Lake, a deep caldera lake formed by eruptions thousands of years ago, is one of the largest "
            "sockeye spawning grounds in Asia. Its name comes from the Kurils — the Ainu people who once lived "
            "in the area — rather than from the island chain that stretches south-west from the tip of the "
            "peninsula towards Japan.",
            "Tourist helicopter flights to the lake, which can only be reached by air or on foot, have been "
            "fully booked since June, operators said.",
            "Scientists cautioned that a strong return in one year did not mean stocks were healthy overall. "
            "Catches on Kamchatka’s west coast have fallen sharply in two of the past four years.",
        ],
        credit="Reporting by Irina Sokol; editing by Mark Henley",
    ),
    # ------------------------------------------------------------------ b50-25
    dict(
        id="b50-25", feed="amberley-post", lang="en",
        published="2025-09-16T09:00:00Z",
        title="Chagos deal: Mauritius opposition presses for clarity on Diego Garcia lease",
        summary="Lawmakers in Port Louis want the full financial terms of the treaty with Britain published "
                "before ratification.",
        label="off_topic",
        note="Look-alike: another island sovereignty dispute and treaty (Chagos); the passing mention of "
             "Japan-Russia is background only.",
        author="Nadia Ramgoolam", section="World",
        body=[
            "Opposition lawmakers in Mauritius on Tuesday demanded that the government publish the full "
            "financial terms of its treaty with Britain on the Chagos Islands before parliament is asked to "
            "ratify it.",
            "Under the agreement signed in May, Britain recognises Mauritian sovereignty over the archipelago "
            "while keeping the joint UK-US military base on Diego Garcia under a 99-year lease.",
            "“We are told this is a historic settlement of a colonial dispute. Then let the people see every "
            "figure,” an opposition leader told the National Assembly.",
            "Chagossians displaced in the 1960s and 1970s remain divided. Some groups in Britain have "
            "challenged the deal in court, arguing they were never consulted.",
            "The settlement is often cited by international lawyers as a rare example of a sovereignty dispute "
            "over islands being resolved by treaty. Other long-running island disputes in the Indo-Pacific — "
            "from the South China Sea to the islands off Hokkaido contested by Japan and Russia — show no sign "
            "of a comparable deal.",
            "The British government says the treaty secures the base’s future and will be laid before "
            "parliament in the coming months.",
        ],
    ),
    # ------------------------------------------------------------------ b50-29
    dict(
        id="b50-29", feed="windlass-en", lang="en",
        published="2025-11-27T10:00:00Z",
        title="Kuril Bobtail named best in show at Tokyo international cat exhibition",
        summary="The pom-pom-tailed breed from the Kuril Islands beat 600 entries at the two-day event in "
                "Chiba.",
        label="off_topic",
        note="Look-alike: a thing named after the Kurils (cat breed).",
        author="Sophie Naka", section="Life",
        body=[
            "A Kuril Bobtail named Kuma took best in show at an international cat exhibition at Makuhari Messe "
            "in Chiba last weekend, beating more than 600 entries from 14 countries.",
            "The breed, known for its short, fluffy pom-pom tail and sturdy build, descends from semi-wild cats "
            "living on the Kuril Islands and Sakhalin. It was recognised by the major international cat "
            "associations in the 2010s and remains rare in Japan.",
            "Kuma’s owner, a breeder from Funabashi, said she imported her first pair from a cattery in Moscow "
            "in 2019. “Bringing in new bloodlines has become almost impossible since flights stopped, so every "
            "litter matters,” she said.",
            "Judges praised the cat’s “excellent tail and calm temperament”. Kuril Bobtails are said to enjoy "
            "water and are sometimes described as “dog-like” in their loyalty.",
            "The exhibition, organised by an international cat fanciers’ association, returns to Chiba in May.",
        ],
    ),
    # ------------------------------------------------------------------ b50-30
    dict(
        id="b50-30", feed="lectern-asia", lang="en",
        published="2025-12-16T09:30:00Z",
        title="Kremlin: Tokyo knows what it must do to restart treaty talks",
        summary="Peskov says Moscow would be ready to talk if Japan changed course, but sees no sign of it. "
                "Nothing in the exchange is new.",
        label="restatement",
        note="Conditional restatement ('would be ready if Tokyo abandons its course'): the condition is seed "
             "004 (Rudenko), the refusal is seeds 000-004; the June 2025 note is g-conditions-note, already "
             "known. No new move.",
        author="Miriam Holt", section="Briefing",
        body=[
            "Kremlin spokesman Dmitry Peskov said on Tuesday that Japan “knows perfectly well” what it would "
            "need to do for Moscow to return to peace treaty talks, responding to a question about Prime "
            "Minister Sanae Takaichi’s remark in parliament that Japan still seeks to conclude a treaty.",
            "“If Tokyo were ready to abandon its unfriendly course, we would of course be ready for dialogue. "
            "But we see no such readiness — on the contrary,” Peskov told reporters on his daily call. He "
            "referred to the conditions Russia set out in a diplomatic note to Japan in June and said they "
            "“remain valid”.",
            "The exchange broke no new ground. Peskov himself said in 2023 that negotiating a treaty under "
            "current conditions was “impossible”, and Deputy Foreign Minister Andrei Rudenko told TASS in "
            "February 2024 that the key condition for normalisation was Tokyo’s refusal of its “hostile "
            "policy”. Takaichi’s line — resolve the island question, then sign a treaty — is the formula every "
            "Japanese prime minister has used.",
            "What is notable is the tone. Since the June note, Russian officials have begun to describe the "
            "conditions as a menu from which Tokyo is free to order. Japanese officials say privately that "
            "none of the items is digestible: lifting sanctions and ending support for Ukraine would break "
            "Japan’s commitments to the G7.",
            "Would a smaller gesture unlock anything? A former Russian diplomat suggested that a resumption of "
            "fisheries or humanitarian contacts could come first. “But that is not a peace treaty, and nobody "
            "in Moscow will pretend it is,” he said.",
        ],
    ),
    # ------------------------------------------------------------------ b50-32
    dict(
        id="b50-32", feed="ironquay-wire", lang="en",
        published="2026-03-10T08:00:00Z",
        title="Seoul floats talks on peace treaty to end Korean War; Pyongyang silent",
        summary="South Korea's unification ministry proposes four-party talks on replacing the 1953 armistice.",
        label="off_topic",
        note="Look-alike: another country's missing peace treaty (Korean War).",
        author="Min-jun Park", section="Asia-Pacific", dateline="SEOUL, March 10 (Ironquay)",
        body=[
            "South Korea on Tuesday proposed four-party talks with North Korea, the United States and China on "
            "replacing the armistice that halted the Korean War in 1953 with a formal peace treaty, the "
            "unification ministry said.",
            "“It is abnormal that, more than seventy years after the fighting stopped, the peninsula is still "
            "technically at war,” the minister told a news conference in Seoul.",
            "North Korea did not respond. Pyongyang has in recent years described the South as a “hostile "
            "state” and rejected any talk of unification or reconciliation.",
            "Washington said it supported “efforts to reduce tension”, while Beijing, a signatory of the "
            "armistice, called for “dialogue on an equal footing”.",
            "Analysts were sceptical. “A peace treaty requires two parties who want one,” said a professor at "
            "a Seoul university. “Right now there is only one.”",
            "The idea of a peace treaty has been raised repeatedly since the 1990s, most prominently at the "
            "inter-Korean summits of 2007 and 2018, without result.",
        ],
        credit="Reporting by Min-jun Park; editing by Mark Henley",
    ),
    # ------------------------------------------------------------------ b50-34
    dict(
        id="b50-34", feed="ironquay-wire", lang="en",
        published="2026-04-29T16:00:00Z",
        title="Russia, Japan held one-off peace treaty meeting in Yerevan, Moscow says",
        summary="The Russian foreign ministry confirmed the first contact on treaty issues since 2022 but "
                "insisted it was not a resumption of negotiations.",
        label="status_change", group="g-yerevan-once",
        new_facts=["Russian and Japanese foreign ministry department heads met in Yerevan on 27 April 2026 "
                   "and discussed peace-treaty issues: a single meeting, not a resumption of talks."],
        must_mention=[["yerevan"], ["peace treaty", "peace-treaty"]],
        note="Peace-treaty talks (halted in 2022, seeds 000-004) move to an in-between state: held once. "
             "Second report (b50-33 ru first).",
        author="Irina Sokol", section="World", dateline="MOSCOW, April 29 (Ironquay)",
        body=[
            "Russian and Japanese diplomats met in the Armenian capital Yerevan on Monday and discussed issues "
            "related to a peace treaty, Russia’s foreign ministry said on Wednesday — the first such contact "
            "since Moscow broke off negotiations in 2022 — but it stressed the meeting was a one-time event.",
            "“This was a one-off contact held at the request of the Japanese side, and not a resumption of the "
            "negotiating process,” ministry spokeswoman Maria Zakharova told her weekly briefing. No further "
            "meetings had been agreed, she said.",
            "The meeting brought together the director of the ministry’s Second Asian Department and the "
            "director-general of the European Affairs Bureau of Japan’s foreign ministry, Zakharova said. Both "
            "sides set out their positions, including on the treaty, and discussed humanitarian issues "
            "concerning former Japanese residents of the southern Kurils.",
            "Zakharova said Russia’s conditions for any return to dialogue, set out in a note to Tokyo in June "
            "2025, remained unchanged.",
            "There was no immediate comment from Japan’s foreign ministry, where it was already late evening.",
            "Russia said in March 2022 that it would not continue peace treaty talks with Japan because of "
            "Tokyo’s sanctions over Ukraine, and in 2024 a senior Russian diplomat described a resumption as "
            "“categorically impossible”.",
        ],
        credit="Reporting by Irina Sokol; editing by Paul Ayling",
    ),
    # ------------------------------------------------------------------ b50-36
    dict(
        id="b50-36", feed="lectern-asia", lang="en",
        published="2026-04-30T11:00:00Z",
        title="Yerevan was a meeting, not a negotiation, Kremlin insists",
        summary="Dmitry Peskov plays down the first Russia-Japan contact on treaty issues in four years. Tokyo "
                "confirms the talks but also avoids the word 'resumption'.",
        label="status_change", group="g-yerevan-once",
        new_facts=["Follow-up: Kremlin and Tokyo comment on the one-off Yerevan meeting of 27 April 2026; "
                   "no new fact."],
        must_mention=[["yerevan"], ["peace treaty", "peace-treaty"]],
        note="Follow-up with no new fact in group g-yerevan-once (reactions of Peskov and of the Japanese "
             "chief cabinet secretary). An alert here after b50-33/34 would be a repeat.",
        author="Miriam Holt", section="Briefing",
        body=[
            "One meeting does not make a negotiation. That was the message from the Kremlin on Thursday, a day "
            "after Russia’s foreign ministry disclosed that Russian and Japanese diplomats had sat down in "
            "Yerevan on Monday to discuss, among other things, the peace treaty the two countries have never "
            "signed.",
            "“It was a contact at the level of departments. One should not draw far-reaching conclusions,” "
            "Kremlin spokesman Dmitry Peskov told reporters. Asked whether negotiations had resumed, he said: "
            "“No.”",
            "In Tokyo, Chief Cabinet Secretary Minoru Kihara confirmed that officials had “exchanged views” "
            "with the Russian side in Yerevan, but declined to describe the meeting as a resumption of talks. "
            "“Japan’s position remains to resolve the territorial issue and conclude a peace treaty,” he said.",
            "Both capitals, in other words, are keen to keep expectations low. For Moscow, a return to talks "
            "would sit awkwardly with its insistence that Tokyo must first abandon sanctions. For Tokyo, a "
            "meeting that produced no date for the next one is hard to sell as a breakthrough.",
            "Still, the Yerevan contact is the first time since March 2022 that the treaty has been on the "
            "table at all. Diplomats familiar with the meeting say the Japanese side used it mainly to press "
            "for grave visits by former islanders.",
        ],
        comments=[("Nakajima R.", "Low expectations is the right setting. Still, better than nothing."),],
    ),
    # ------------------------------------------------------------------ b50-37
    dict(
        id="b50-37", feed="amberley-post", lang="en",
        published="2026-05-26T08:00:00Z",
        title="Kazakhstan offers to host Russia–Japan talks ‘at any level’",
        summary="The offer came on the sidelines of a Central Asia-Japan dialogue meeting. Neither Moscow nor "
                "Tokyo has responded.",
        label="neutral",
        note="Borderline: a third country's offer of a venue. Not a move in the matter (nobody accepted), "
             "but a new statement by a foreign government.",
        author="Staff writer", section="World",
        body=[
            "Kazakhstan is ready to host talks between Russia and Japan “at any level and on any subject, "
            "including the peace treaty”, its deputy foreign minister said on Monday after a meeting of the "
            "Central Asia plus Japan dialogue in Almaty.",
            "“We have good relations with both Moscow and Tokyo. If our platform can help, it is available,” "
            "the deputy minister told reporters.",
            "Neither the Russian nor the Japanese foreign ministry commented. Russian and Japanese diplomats "
            "met once in Yerevan in April to discuss treaty issues, a meeting Moscow said would not be "
            "repeated for now.",
            "Kazakhstan has offered its good offices in several disputes in recent years and hosted rounds of "
            "talks between Armenia and Azerbaijan.",
            "Japan’s foreign minister, who attended the Almaty meeting, focused on critical minerals and "
            "transport links across the Caspian Sea.",
            "Diplomats in Tokyo noted that offers of good offices are common and rarely taken up in disputes "
            "where the parties themselves have not agreed to talk. “The issue is not the venue. It is whether "
            "Moscow wants a second meeting,” one said.",
        ],
    ),
    # ------------------------------------------------------------------ b50-40
    dict(
        id="b50-40", feed="windlass-en", lang="en",
        published="2026-06-24T06:00:00Z",
        title="Putin offers Russian citizenship to Japanese born on disputed islands; Tokyo protests",
        summary="A decree lets people born on Etorofu, Kunashiri, Shikotan and the Habomai islets — and their "
                "children — obtain Russian passports without residence or language requirements.",
        label="new_development", group="g-citizenship",
        new_facts=["Putin decree (published 23 June 2026): simplified Russian citizenship for foreign citizens "
                   "born on the southern Kurils and their children; Japan protests."],
        must_mention=[["citizenship"], ["born", "former resident", "islanders"]],
        note="Not in the seeds: a new Russian decree aimed at former Japanese islanders. Third report (b50-38 "
             "ru first, b50-39 ja).",
        author="Haruka Lindqvist", section="National",
        body=[
            "Japan lodged a protest with Russia on Wednesday after President Vladimir Putin signed a decree "
            "allowing people born on the four Russian-held islands off Hokkaido, and their children, to obtain "
            "Russian citizenship under a simplified procedure.",
            "The decree, published on Tuesday, exempts such applicants from the usual requirements of "
            "residence in Russia, proof of income and a Russian language test. It applies to foreign citizens "
            "born on Iturup, Kunashir, Shikotan and the Lesser Kuril chain — the islands Japan calls Etorofu, "
            "Kunashiri, Shikotan and the Habomai group.",
            "In practice, it targets the roughly 4,000 surviving Japanese former residents, who were expelled "
            "after Soviet forces seized the islands in 1945.",
            "“The decree is utterly unacceptable and runs counter to Japan’s legal position,” Chief Cabinet "
            "Secretary Minoru Kihara told a news conference. Japan protested through diplomatic channels.",
            "The league of former island residents, based in Sapporo, said the offer “makes a mockery” of its "
            "members. “What we want is to visit our parents’ graves freely, not a passport from the country "
            "that took our homes,” its chairman said.",
            "Sakhalin Governor Valery Limarenko called the decree “a gesture of respect to people born on our "
            "land”. A Russian lawmaker suggested former islanders could now visit the islands “like any other "
            "Russian citizen”, without the special arrangements Moscow terminated in 2022.",
        ],
    ),
    # ------------------------------------------------------------------ b50-42
    dict(
        id="b50-42", feed="ironquay-wire", lang="en",
        published="2026-08-07T05:00:00Z",
        title="Japan urges Russia to let elderly former islanders visit family graves",
        summary="The chief cabinet secretary renewed Tokyo's appeal ahead of the Obon holiday; Russia has not "
                "answered.",
        label="restatement",
        note="Requested version of a move ('urges Moscow to allow grave visits'): Japan's standing request; "
             "the suspension of visits is seed 000/001. No change.",
        author="Ken Watanabe-Price", section="Asia-Pacific", dateline="TOKYO, Aug 7 (Ironquay)",
        body=[
            "Japan on Friday urged Russia to allow elderly former residents of the Russian-held islands off "
            "Hokkaido to visit their family graves, renewing an appeal ahead of the Obon holiday, when Japanese "
            "traditionally honour their ancestors.",
            "“The former islanders are of advanced age. We strongly call on the Russian side to allow grave "
            "visits to resume as soon as possible, from a humanitarian standpoint,” Chief Cabinet Secretary "
            "Minoru Kihara told a regular news conference.",
            "Kihara said Japan had raised the issue “repeatedly” with Moscow, including at a meeting of "
            "foreign ministry officials in Yerevan in April, but had not received a positive answer.",
            "Grave visits to the islands, which Russia calls the southern Kurils, have been impossible since "
            "March 2022, when Moscow terminated visa-free travel for Japanese citizens in response to Tokyo’s "
            "sanctions over Ukraine.",
            "A Nemuro-based group of former residents plans to hold a memorial ceremony aboard a chartered boat "
            "off the Nemuro peninsula later this month, within sight of the islands, as it has done each "
            "summer since the visits stopped.",
        ],
        credit="Reporting by Ken Watanabe-Price; editing by Paul Ayling",
    ),
    # ------------------------------------------------------------------ b50-45
    dict(
        id="b50-45", feed="lectern-asia", lang="en",
        published="2026-10-19T06:00:00Z",
        title="Seventy years on, the 1956 declaration still haunts Japan–Russia ties",
        summary="The document that ended the state of war promised two islands after a peace treaty. Neither "
                "the treaty nor the islands have materialised.",
        label="restatement",
        note="Anniversary/background essay (70 years of the 1956 Joint Declaration); the declaration itself, "
             "the 2018 acceleration, the 2022 halt and Rudenko 2024 are seed facts; the Yerevan one-off "
             "and the June 2025 note are already known from this stream.",
        author="Takeshi Morrow", section="Essay",
        body=[
            "Seventy years ago today, in the Kremlin, Soviet Premier Nikolai Bulganin and Japanese Prime "
            "Minister Ichiro Hatoyama signed a joint declaration ending the state of war between their "
            "countries. Diplomatic relations were restored, Japan was soon admitted to the United Nations, "
            "and Article 9 held out a promise: Moscow would hand over the Habomai islets and Shikotan after a "
            "peace treaty was concluded.",
            "No treaty followed. Tokyo wanted all four islands; Moscow, after Japan renewed its security "
            "treaty with Washington in 1960, attached new conditions. For decades the two sides circled the "
            "same ground: the 1993 Tokyo Declaration, the Irkutsk statement of 2001, and in 2018 the agreement "
            "in Singapore to “accelerate” negotiations on the basis of the 1956 text.",
            "Then, in March 2022, Moscow declared that it would not continue negotiations with a country "
            "imposing sanctions on it. Two years later a deputy foreign minister called a resumption "
            "“categorically impossible”. A note Moscow handed Tokyo in June 2025 listed conditions that no "
            "Japanese government could meet, and declared that the islands were not a subject of negotiation "
            "at all.",
            "The only contact since — a single meeting of officials in Yerevan in April — was described by "
            "both sides as exactly that: a single meeting.",
            "What remains of 1956? Legally, the declaration was ratified by both parliaments and has never been "
            "revoked. Politically, it is a reminder that the two countries were once closer to a settlement "
            "than they are now. For the former islanders, whose average age is past 89, it is something more "
            "personal: the year their hopes were highest.",
        ],
    ),
    # ------------------------------------------------------------------ b50-46
    dict(
        id="b50-46", feed="ironquay-wire", lang="en",
        published="2026-11-10T08:30:00Z",
        title="No conditions for reviving Japan peace treaty talks, Russian envoy says",
        summary="Ambassador Nikolai Nozdrev said Moscow's terms remained on the table and that the Yerevan "
                "meeting had been a one-time contact.",
        label="restatement",
        note="Restatement by a new speaker (ambassador): 'no conditions to resume' = seeds 001/004; refers to "
             "the already-known June 2025 note and Yerevan one-off.",
        author="Irina Sokol", section="World", dateline="MOSCOW, Nov 10 (Ironquay)",
        body=[
            "There are currently no conditions for resuming negotiations with Japan on a peace treaty, "
            "Russia’s ambassador in Tokyo, Nikolai Nozdrev, said in an interview broadcast on Tuesday.",
            "“As long as Tokyo maintains its sanctions and its course of confrontation with Russia, there is "
            "nothing to negotiate,” Nozdrev told Russian state television. “Our conditions were set out "
            "clearly in the note of June last year. They have not changed.”",
            "He described the meeting of Russian and Japanese foreign ministry officials in Yerevan in April as "
            "“a one-time contact” and said no further meetings were planned.",
            "Nozdrev also said the Russian embassy was ready to help with “individual humanitarian questions”, "
            "citing the handover of the remains of Japanese residents found on Kunashir in 2025.",
            "Russia broke off treaty negotiations in March 2022. Japan has said it remains committed to "
            "resolving the territorial dispute and signing a treaty.",
        ],
        credit="Reporting by Irina Sokol; editing by Mark Henley",
    ),
    # ------------------------------------------------------------------ b50-47 (syndicated copy of b50-46)
    dict(
        id="b50-47", feed="amberley-post", lang="en",
        published="2026-11-10T14:00:00Z",
        title="No conditions for reviving Japan peace treaty talks, Russian envoy says",
        summary="Russia's ambassador in Tokyo said Moscow's terms remained unchanged. (Ironquay)",
        label="restatement",
        note="Syndicated copy of b50-46 (restatement).",
        author="Ironquay Wire", section="World", wire=True, copy_of="b50-46",
    ),
    # ------------------------------------------------------------------ b50-50
    dict(
        id="b50-50", feed="ironquay-wire", lang="en",
        published="2027-03-23T15:00:00Z",
        title="Japan, Russia agree to resume peace treaty talks, five years after Moscow walked out",
        summary="Deputy ministers meeting in Yerevan agreed to hold regular rounds twice a year, with the next "
                "in Tokyo in the autumn.",
        label="status_change", group="g-talks-resume",
        new_facts=["On 23 March 2027 in Yerevan, Russia and Japan agreed to resume peace-treaty negotiations "
                   "on a regular basis (twice a year; next round in Tokyo in the autumn)."],
        must_mention=[["peace treaty", "peace-treaty"], ["resum", "regular"]],
        note="Peace-treaty talks: halted since March 2022 (seeds) and held only once (g-yerevan-once) -> "
             "resumed on a regular basis. First report of the group.",
        author="Irina Sokol", section="World", dateline="YEREVAN, March 23 (Ironquay)",
        body=[
            "Japan and Russia agreed on Tuesday to resume negotiations on a peace treaty and to hold regular "
            "rounds twice a year, the two foreign ministries said, ending a freeze Moscow imposed in March "
            "2022 over Tokyo’s sanctions.",
            "The agreement came at a meeting in Yerevan between Russian Deputy Foreign Minister Andrei Rudenko "
            "and Japan’s Deputy Minister for Foreign Affairs. The next round will be held in Tokyo in the "
            "autumn, the ministries said.",
            "In a statement, the Russian ministry said the sides had “decided to resume consultations on the "
            "issues of a peace treaty on a regular basis”. It did not say whether the conditions it set out "
            "in a note to Tokyo in June 2025 had been met.",
            "“The negotiations that had been suspended will resume,” Japanese Foreign Minister Toshimitsu "
            "Motegi told reporters in Tokyo, adding that Japan’s aim of resolving the attribution of the four "
            "islands and concluding a treaty was unchanged.",
            "Until now the two sides had met only once on treaty issues since 2022: a meeting of department "
            "heads in Yerevan in April last year, which Moscow insisted at the time was “a one-off contact, "
            "not a resumption”.",
            "Officials on both sides said the visa-free exchanges with the islands, which Russia terminated in "
            "2022, were not part of Tuesday’s agreement.",
        ],
        credit="Reporting by Irina Sokol; additional reporting by Ken Watanabe-Price in Tokyo; editing by Paul Ayling",
    ),
    # ------------------------------------------------------------------ b50-55
    dict(
        id="b50-55", feed="windlass-en", lang="en",
        published="2027-05-11T08:00:00Z",
        title="Hokkaido governor hopes island exchanges will follow resumed treaty talks",
        summary="Naomichi Suzuki said he would ask Tokyo to raise visa-free visits at the autumn round, but "
                "conceded there was no timetable.",
        label="restatement",
        note="Wished-for/prospect-only: governor hopes exchanges will resume; nothing decided. Resumption of "
             "talks is g-talks-resume (known); end of visa-free trips is seed 000/001.",
        author="Daniel Ishii", section="Regions",
        body=[
            "Hokkaido Governor Naomichi Suzuki said on Tuesday he hoped the resumption of peace treaty talks "
            "between Japan and Russia would lead to a restart of visa-free exchanges with the Russian-held "
            "islands off the prefecture, but acknowledged that there was “no timetable at all”.",
            "“For the former islanders, every year counts. I will ask the national government to put grave "
            "visits and the exchanges on the table at the autumn round in Tokyo,” Suzuki told his regular news "
            "conference in Sapporo.",
            "Asked whether he had received any indication from the Russian side, Suzuki said: “Not at this "
            "point.”",
            "Japan and Russia agreed in March to resume treaty negotiations with rounds twice a year. Officials "
            "said at the time that the exchanges, which Russia terminated in 2022, had not been discussed.",
            "Suzuki also said the prefecture would keep its office in Yuzhno-Sakhalinsk open despite Sakhalin’s "
            "decision in 2025 to end the friendship agreement between the two regions.",
        ],
    ),
    # ------------------------------------------------------------------ b50-57
    dict(
        id="b50-57", feed="lectern-asia", lang="en",
        published="2027-06-02T09:00:00Z",
        title="Tokyo wants the exchanges on the table this autumn. Moscow isn’t biting — yet",
        summary="Japan hopes to use the next round of revived treaty talks to revive grave visits. Russian "
                "officials say there is nothing to announce.",
        label="restatement",
        note="Future/prospect-only: Japan intends to propose, Russia non-committal; no decision. Restates "
             "g-talks-resume and seed facts.",
        author="Takeshi Morrow", section="Analysis",
        body=[
            "When Japanese and Russian diplomats meet in Tokyo this autumn for the next round of "
            "their revived peace treaty talks, Japan intends to ask for something smaller than a treaty: the "
            "return of grave visits and visa-free exchanges for the former residents of the islands.",
            "Officials in Tokyo say a proposal is being drafted that would restart visits on a limited scale, "
            "beginning with graves on Kunashiri and Etorofu. “If the talks are to mean anything to the people "
            "most affected, this is where they must start,” one said.",
            "Moscow has so far been non-committal. Asked last week whether the exchanges could be restored, a "
            "Russian foreign ministry official said only that “all issues will be discussed in due course” "
            "and that there was “nothing to announce”.",
            "Could the exchanges come back next summer? Perhaps, if the autumn round goes well. But the "
            "precedent is not encouraging: in 2025 Russia granted, and then withdrew within weeks, permission "
            "for a single amateur football team from eastern Hokkaido to visit Iturup.",
            "For now, the visa-free regime that Russia terminated in March 2022 remains terminated, and the "
            "resumed talks have yet to produce anything but a calendar.",
        ],
    ),
]
