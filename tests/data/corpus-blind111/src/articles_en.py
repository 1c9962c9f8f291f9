"""English articles of the blind111 corpus (theme: culture, memory, science, nature)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="en-trench-species", feed="tephra-line", published="2024-03-05T08:00:00Z",
        section="Oceans", byline="Clara Mendel",
        title="Life below 6,000 metres: Kuril-Kamchatka Trench survey adds dozens of new species",
        summary="Taxonomists have now formally described more than 40 species from sediment and "
                "trawl samples taken along the Kuril-Kamchatka Trench, one of the deepest places "
                "in the North Pacific.",
        label="off_topic",
        note="Look-alike: 'Kuril' names a deep-sea trench; marine biology, nothing about the "
             "islands dispute or the peace treaty.",
        body=[
            "Taxonomists working through samples hauled up from the floor of the Kuril-Kamchatka "
            "Trench have now formally described more than 40 species new to science, from pale "
            "amphipods to a glass sponge that anchors itself in mud nearly 9,000 metres down, "
            "according to a review published this week.",
            "The trench, which curves for more than 2,000 kilometres along the Pacific flank of "
            "the Kuril island arc from southern Kamchatka toward the latitude of Hokkaido, reaches "
            "depths of around 9,600 metres. For decades it was sampled only sporadically. A series "
            "of German-Russian research cruises in the 2010s changed that, bringing up thousands of "
            "specimens that are still being sorted in museum collections in Hamburg, Frankfurt and "
            "Vladivostok.",
            "\u201cEvery time we open a jar we find something we cannot name,\u201d said Annika "
            "Voss, a crustacean specialist who co-authored the review. \u201cThe hadal zone is not "
            "a desert. It is simply a place we have hardly looked at.\u201d",
            "Among the newly described animals are three isopods of a genus previously known only "
            "from the Atlantic, suggesting that deep-water fauna may be far better connected across "
            "ocean basins than assumed. Several of the species were found at a single station, "
            "which the authors say makes it impossible to judge how rare they are.",
            "The review also flags microplastic fibres in sediment cores from the deepest "
            "stations, a finding that echoes earlier work in the Mariana and Japan trenches.",
            "No new expedition to the trench is currently scheduled. The authors say the existing "
            "material will keep taxonomists busy \u201cfor at least another decade\u201d.",
        ],
    ),
    dict(
        key="en-bluebook-2024", feed="curio-wire", published="2024-04-16T06:30:00Z",
        section="Japan", byline="Curio Wire, Tokyo", tags=["Japan", "Russia", "Diplomacy"],
        title="Japan's 2024 diplomatic bluebook keeps islands wording, calls Russia ties 'severe'",
        summary="The annual foreign policy report restates that the Northern Territories are "
                "islands over which Japan has sovereignty and that Tokyo seeks a peace treaty, "
                "while noting Moscow's 2022 decision to halt talks.",
        label="restatement",
        note="Annual report restating known positions: Japan's claim and peace-treaty policy; "
             "Russia's March 2022 halt of treaty talks, visa-free trips and joint economic "
             "activity dialogue (seeds 000-003); Rudenko's Feb 2024 'categorically impossible' "
             "(seed 004). No policy change.",
        body=[
            "TOKYO \u2014 Japan's cabinet on Tuesday approved the 2024 Diplomatic Bluebook, the "
            "foreign ministry's annual survey of the world, with its section on Russia largely "
            "unchanged from last year.",
            "The report describes the Northern Territories \u2014 the islands Russia calls the "
            "southern Kurils \u2014 as \u201cislands over which Japan has sovereignty\u201d and an "
            "inherent part of Japanese territory, and says Tokyo's basic policy of resolving the "
            "question of their attribution and concluding a peace treaty remains in place.",
            "It also records that in March 2022 Russia announced it would not continue peace "
            "treaty negotiations, ended visa-free exchanges and visits by former residents, and "
            "withdrew from dialogue on joint economic activities on the islands, all in response "
            "to Japanese sanctions over the invasion of Ukraine. The bluebook calls the current "
            "state of relations \u201csevere\u201d and says Japan will keep coordinating sanctions "
            "with the Group of Seven.",
            "On the humanitarian side, the report repeats Tokyo's request that Russia allow grave "
            "visits by former islanders to resume, which it describes as a top priority given the "
            "advanced age of those who once lived on the islands.",
            "Russia has said peace treaty talks are impossible as long as Japan pursues what Moscow "
            "calls an unfriendly policy. In February, Deputy Foreign Minister Andrei Rudenko told "
            "the TASS news agency that resuming the dialogue was \u201ccategorically "
            "impossible\u201d in the current situation.",
            "A foreign ministry official said the Russia section had been \u201cupdated for the "
            "events of the past year\u201d but that there was \u201cno change in policy\u201d.",
        ],
    ),
    dict(
        key="en-maps-feature", feed="gazetteer-weekly", published="2024-05-21T10:00:00Z",
        byline="Tomas Lindgren",
        title="Two names for every rock: how maps of the southern Kurils take sides",
        summary="Iturup or Etorofu, Kunashir or Kunashiri: for the islands between Hokkaido and "
                "Kamchatka, there is no neutral way to draw a map.",
        label="restatement",
        note="Background feature: restates the 1855 Shimoda basis of Japan's claim, Moscow's "
             "'sovereignty cannot be questioned' line, the March 2022 end of talks and visa-free "
             "trips (seeds 000, 001, 003) and Rudenko's Feb 2024 remark (seed 004).",
        body=[
            "Open a Japanese school atlas and the four islands north-east of Hokkaido are coloured "
            "the same as Hokkaido itself, with a bold line drawn between Etorofu and Urup. Open a "
            "Russian one and the same islands \u2014 Iturup, Kunashir, Shikotan and the Habomai "
            "group, which Russians call the Lesser Kuril Ridge \u2014 sit inside Sakhalin region, "
            "with the state border running through the strait off Nemuro.",
            "Cartographers elsewhere have to choose. Some international publishers print both "
            "names and add a note: \u201cadministered by Russia, claimed by Japan\u201d. Others "
            "avoid labels altogether.",
            "The Japanese case rests on the 1855 Treaty of Shimoda, which drew the first border "
            "between the two empires between Etorofu and Urup. Moscow says the islands passed to "
            "the Soviet Union as a result of the Second World War and that Russian sovereignty "
            "over them, as its foreign ministry puts it, cannot be called into question.",
            "The two countries never signed a peace treaty after 1945. Talks were accelerated in "
            "2018, but in March 2022 Russia said it would not continue them with a state that had "
            "imposed sanctions over Ukraine, and it ended the visa-free trips that had allowed "
            "Japanese citizens to visit the islands since the early 1990s. In February this year a "
            "Russian deputy foreign minister called the resumption of dialogue "
            "\u201ccategorically impossible\u201d.",
            "For mapmakers that means the dotted lines are not going away. \u201cA map is a claim "
            "drawn to scale,\u201d said an editor at a European atlas publisher, who asked not to "
            "be named because of the commercial sensitivity of the question. \u201cOn these "
            "islands, every choice is read as a statement.\u201d",
            "Place names add another layer. Many features on the islands carry Ainu-derived names "
            "that Japanese and Russian maps absorbed in different spellings \u2014 Kunashir is "
            "variously traced to Ainu words for \u201cblack island\u201d or \u201cgrass "
            "island\u201d \u2014 alongside Soviet-era names such as Yuzhno-Kurilsk and Kurilsk "
            "that replaced Japanese ones after 1945.",
        ],
    ),
    dict(
        key="en-stamps-volcanoes", feed="plinth-en", published="2024-09-10T09:00:00Z",
        section="Stamps & coins", byline="Hugh Allardyce",
        title="Russian Post puts Kunashir's Tyatya volcano on a stamp",
        summary="A new miniature sheet of four stamps shows volcanoes along the Kuril chain, "
                "including Tyatya on Kunashir, one of the islands Japan claims.",
        label="neutral",
        note="Borderline: a Russian state postal issue featuring a volcano on a disputed island, "
             "with no official act or reaction beyond 'aware of it'; symbolic, not a move in the "
             "dispute.",
        comments=[("philatelist_kent", "Lovely sheet. The Sarychev photo-stamp is the real prize."),
                  ("mhirano", "Tokyo will say nothing, as usual. It is a stamp.")],
        body=[
            "Russian Post has issued a miniature sheet of four stamps devoted to the volcanoes of "
            "the Kuril Islands, with Tyatya on Kunashir \u2014 the southernmost of the set and one "
            "of the four islands claimed by Japan \u2014 on the largest stamp.",
            "The other three stamps show Alaid on Atlasov Island, Ebeko on Paramushir and Sarychev "
            "Peak on Matua, whose 2009 eruption was famously photographed from the International "
            "Space Station. The sheet, with a print run of 90,000, went on sale on Monday.",
            "First-day cancellations were held at post offices in Yuzhno-Sakhalinsk and in "
            "Yuzhno-Kurilsk, the main settlement on Kunashir, where local collectors queued before "
            "opening, according to the regional branch of Russian Post.",
            "Stamps depicting the islands have occasionally drawn diplomatic attention. Asked "
            "about the new issue, a Japanese foreign ministry spokesperson said Tokyo was "
            "\u201caware of it\u201d and declined to comment further. Japan considers the four "
            "islands its territory; Russia says its sovereignty over them is beyond question.",
            "Philatelists note that Tyatya, a double volcano of roughly 1,800 metres whose 1973 "
            "eruption was watched from the Hokkaido coast, has appeared on Japanese postcards and "
            "Soviet-era envelopes but never before as the central image of a Russian stamp.",
        ],
    ),
    dict(
        key="en-ebeko-ash", feed="tephra-line", published="2024-11-19T04:00:00Z",
        section="Volcanoes", byline="Tephra Line staff",
        title="Ebeko showers Severo-Kurilsk with ash as aviation code turns orange",
        summary="Explosions at the volcano on Paramushir in the northern Kurils sent ash up to "
                "3.5 kilometres; Severo-Kurilsk reported ashfall for the second time this month.",
        label="off_topic",
        note="Natural event in the northern Kurils (Paramushir), outside the four disputed "
             "islands; nothing about the dispute or the peace treaty.",
        body=[
            "Ebeko volcano on Paramushir, in the northern Kuril Islands, sent ash columns up to "
            "3.5 kilometres above sea level on Monday, prompting volcanologists to raise the "
            "aviation colour code to orange and leaving a grey film on cars and roofs in "
            "Severo-Kurilsk, seven kilometres away.",
            "The Sakhalin Volcanic Eruption Response Team (SVERT), part of the Institute of Marine "
            "Geology and Geophysics in Yuzhno-Sakhalinsk, said the ash cloud drifted south-east "
            "over the Pacific and posed no threat to the town, but warned airlines using North "
            "Pacific routes.",
            "Local authorities advised residents to keep windows shut and cancelled outdoor "
            "physical education lessons at the town's school. The water supply, drawn from a "
            "source on the volcano's slope, was being tested, officials said.",
            "Ebeko, a 1,156-metre stratovolcano, has been erupting in short explosive bursts "
            "almost continuously since October 2016. Most explosions are small, but its proximity "
            "to Severo-Kurilsk, a fishing town of about 2,500 people, makes it one of the most "
            "closely watched volcanoes in Russia.",
            "Volcanologists said they expected activity to continue at a similar level through "
            "the winter.",
        ],
    ),
    dict(
        key="en-kuril-ainu-exhibition", feed="plinth-en", published="2024-12-10T07:00:00Z",
        section="Museums", byline="Naomi Frith",
        title="A Sapporo exhibition brings the Kuril Ainu back into view",
        summary="The Hokkaido Museum has gathered garments, tools and photographs of the Chishima "
                "Ainu, the people of the northern Kurils who were moved to Shikotan in 1884.",
        label="off_topic",
        note="Ethnographic exhibition about the 19th-century Kuril Ainu; mentions Shikotan "
             "historically but reports nothing about the present dispute or the peace treaty.",
        body=[
            "A bird-skin parka, stitched from the pelts of tufted puffins, hangs at the entrance "
            "of a new exhibition at the Hokkaido Museum in Sapporo. It is one of only a handful of "
            "such garments known to survive from the Chishima, or Kuril, Ainu \u2014 a people "
            "whose history most visitors, the curators admit, have never heard of.",
            "\u201cVoices from the Northern Islands\u201d, which runs until February, brings "
            "together about 180 objects lent by museums in Hokkaido, Tokyo and Osaka, along with "
            "photographs taken in the 1890s.",
            "The Kuril Ainu lived on the northern islands of the chain, around Shumshu and "
            "Paramushir. After the 1875 Treaty of St Petersburg gave the whole Kuril chain to "
            "Japan in exchange for Sakhalin, the Meiji government in 1884 moved the 97 remaining "
            "inhabitants of Shumshu to Shikotan, far to the south, where disease and an unfamiliar "
            "way of life took a heavy toll. By the mid-20th century the community had all but "
            "disappeared.",
            "\u201cThis is a story of relocation, not of borders,\u201d said curator Mariko Sato. "
            "\u201cWe want people to see these as the belongings of families, made by hands that "
            "knew the sea.\u201d",
            "The museum said it had hoped to include recent photographs of the former settlement "
            "site on Shikotan but had been unable to obtain any. A catalogue with essays in "
            "Japanese and English will be published in January.",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="en-russian-film-week", feed="curio-wire", published="2025-01-21T08:00:00Z",
        section="Culture", byline="Curio Wire, Tokyo", tags=["Japan", "Russia", "Film"],
        title="Russian film week returns to Tokyo after three-year gap",
        summary="A privately organised festival of Russian cinema resumed in Tokyo for the first "
                "time since 2021, with no Russian state film agency on the programme.",
        label="off_topic",
        note="Look-alike: 'returns', 'resumed', 'first time since' in unrelated Japan-Russia "
             "cultural news; no islands, no treaty.",
        body=[
            "TOKYO \u2014 A week of Russian cinema opened in Tokyo on Monday for the first time "
            "since 2021, after its organisers, a small Japanese distribution company, decided the "
            "audience was there even if official partners were not.",
            "The programme of 14 films ranges from Andrei Tarkovsky's \u201cSolaris\u201d and "
            "Georgy Daneliya's comedies to recent independent features, shown with Japanese "
            "subtitles at a cinema in Shibuya. Tickets for the opening night sold out within a day, "
            "the organisers said.",
            "Before 2022 the festival was co-hosted with Russian state film bodies and usually "
            "opened with a delegation of directors and actors. This year there are no Russian "
            "co-organisers and no guests from Moscow; a cultural attache from the Russian embassy "
            "attended the opening as a private viewer.",
            "\u201cWe are not making a political statement either way,\u201d said the festival's "
            "director, Kenji Aoyama. \u201cPeople asked us for these films, and Tarkovsky belongs "
            "to everybody.\u201d",
            "Cultural contacts between Japan and Russia have shrunk sharply since Russia's "
            "full-scale invasion of Ukraine and the sanctions Tokyo imposed in response. Several "
            "Japanese venues have quietly hosted Russian classical musicians, but official "
            "exchange programmes remain frozen.",
            "The festival runs until Sunday and will travel to Osaka in March.",
        ],
    ),
    dict(
        key="en-nt-day-2025", feed="plinth-en", published="2025-02-07T09:30:00Z",
        section="Anniversaries", byline="Plinth correspondent, Tokyo",
        title="170 years after Shimoda, Northern Territories Day hears a familiar message",
        summary="Prime Minister Shigeru Ishiba told the annual national rally in Tokyo that "
                "Japan's policy of resolving the territorial issue and concluding a peace treaty "
                "with Russia is unchanged.",
        label="restatement",
        note="Annual occasion: Japanese PM restates the peace-treaty policy (seed 002, Kishida's "
             "line); Russian embassy restates undisputed sovereignty (seeds 000, 001); the 2022 "
             "halt of talks and visa-free trips is background. No new initiative.",
        body=[
            "TOKYO \u2014 On the 170th anniversary of the Treaty of Shimoda, which first drew a "
            "border between Japan and Russia, Prime Minister Shigeru Ishiba told the annual "
            "Northern Territories Day rally that Japan would firmly maintain its policy of "
            "resolving the question of the islands' attribution and concluding a peace treaty.",
            "\u201cJapan-Russia relations are in a severe state, but our policy does not "
            "change,\u201d Mr Ishiba told an audience of about 1,000 former islanders, local "
            "officials and students at a hall in central Tokyo. He called the resumption of grave "
            "visits by former residents \u201ca top priority\u201d and said the government would "
            "keep urging Russia to allow them.",
            "Former islanders, whose average age is now over 88, again called for the visits to "
            "be restored. \u201cWe do not have many summers left,\u201d said a man born on "
            "Shikotan in 1936.",
            "February 7 was chosen as Northern Territories Day in 1981 because the Treaty of "
            "Shimoda was signed on that day in 1855.",
            "Russia halted peace treaty talks in March 2022 in response to Japanese sanctions and "
            "ended the visa-free trips and simplified visits that had allowed Japanese citizens to "
            "travel to the islands. The Russian embassy in Tokyo said in a statement on Friday "
            "that the rally's demands were unacceptable and that Russia's sovereignty over the "
            "southern Kurils, enshrined in international documents, was not subject to "
            "discussion.",
            "No new initiative was announced at the rally.",
        ],
    ),
    dict(
        key="en-ainu-scholars-request", feed="plinth-en", published="2025-03-04T06:00:00Z",
        section="Heritage", byline="Naomi Frith",
        title="Ainu scholars ask Moscow to open the islands to a place-name survey",
        summary="Researchers in Sapporo want to record Ainu place names on Etorofu and Kunashiri "
                "before the last traces are lost, and have asked Russia through Tokyo to let "
                "them in.",
        label="restatement",
        note="Requested, not granted: researchers urge Moscow to allow a visit; officials see no "
             "prospect. The state is unchanged from the seeds (visa-free trips terminated March "
             "2022, seeds 000-003).",
        comments=[("toponymy_fan", "Etorofu and Shikotan etymologies alone deserve a book."),
                  ("r_ivanova", "Good luck. Nobody is going anywhere this year.")],
        body=[
            "SAPPORO \u2014 A group of linguists and Ainu cultural researchers has asked the "
            "Japanese government to seek Russia's permission for a field survey of Ainu place "
            "names on the islands of Etorofu and Kunashiri, saying time is running out to match "
            "old maps with the landscape.",
            "The request, submitted to the foreign ministry last week by researchers at Hokkaido "
            "University and the Ainu Association of Hokkaido, proposes a visit of about five people "
            "for a week in summer. \u201cMany names survive only on 19th-century Japanese survey "
            "maps,\u201d said Professor Takeshi Kamiya, a linguist leading the project. \u201cWe "
            "need to stand at the river mouths and capes to know what they described.\u201d",
            "The researchers urged Moscow to allow the visit \u201cas a scholarly and humanitarian "
            "matter\u201d. A foreign ministry official said the government had received the "
            "request and would consider how to convey it, but that there was no prospect of a "
            "visit at present.",
            "Russia ended the visa-free exchange programme in March 2022, citing Japan's "
            "sanctions; the programme had allowed Japanese researchers, students and former "
            "residents to travel to the islands without visas. Tokyo, for its part, asks Japanese "
            "citizens not to visit the islands on Russian visas, since doing so would imply "
            "acceptance of Russian jurisdiction.",
            "Ainu place names run through the Kuril chain: Etorofu is thought to derive from an "
            "Ainu word for a jutting headland, and Shikotan from \u201cshi-kotan\u201d, a large "
            "village. Russian and Japanese names alike are built on these older layers.",
        ],
    ),
    dict(
        key="en-heda-schooner", feed="curio-wire", published="2025-03-18T05:00:00Z",
        section="Culture", byline="Curio Wire, Numazu", tags=["Japan", "Russia", "History"],
        title="Numazu remembers the Russian schooner built on its shore in 1855",
        summary="The fishing town of Heda marked 170 years since Russian sailors and Japanese "
                "carpenters launched the schooner Heda, a story from the same winter as the "
                "Treaty of Shimoda.",
        label="restatement",
        note="Anniversary background: the 1855 Shimoda border (seed 000) and the frozen talks "
             "since March 2022 (seeds 000-003) are restated; the commemoration itself is a "
             "local cultural event.",
        body=[
            "NUMAZU \u2014 In the small harbour of Heda on the Izu Peninsula, a few dozen "
            "residents, local officials and schoolchildren gathered on Sunday to mark 170 years "
            "since the launch of the schooner Heda, built by stranded Russian sailors with the "
            "help of Japanese carpenters.",
            "The Russians were the crew of the frigate Diana, which had carried Vice-Admiral "
            "Yevfimy Putyatin to Japan to negotiate a treaty. The ship was lost after the great "
            "Ansei earthquake and tsunami of December 1854. While Putyatin concluded the Treaty of "
            "Shimoda in February 1855, his men built a two-masted schooner at Heda from drawings "
            "salvaged from the Diana. The Heda carried Putyatin home that spring, and Japanese "
            "shipwrights went on to copy the design.",
            "\u201cIt was the first joint project in the history of our two countries,\u201d said "
            "the head of the town's local history museum, which holds a model of the schooner "
            "and objects recovered from the Diana.",
            "The anniversary passed without the Russian delegations that attended earlier "
            "round-number commemorations. A Russian diplomat laid flowers at the graves of Diana "
            "sailors in the town, the museum said, but there was no official programme.",
            "The Treaty of Shimoda, signed on February 7, 1855, set the border between the two "
            "countries between Etorofu (Iturup) and Urup. Japan cites it as the basis of its claim "
            "to the four southernmost Kuril islands, which the Soviet Union took in 1945; Russia "
            "says its sovereignty rests on the outcome of the Second World War. Peace treaty talks "
            "have been frozen since Moscow walked away from them in March 2022.",
        ],
    ),
    dict(
        key="en-survey-withdrawn", feed="tephra-line", published="2025-08-05T07:20:00Z",
        section="Expeditions", byline="Clara Mendel",
        title="Russia withdraws consent for Japanese place-name survey on Iturup days before departure",
        summary="Moscow has told Tokyo it can no longer receive a five-member team of Ainu "
                "place-name researchers that it had agreed in June to let onto Iturup without "
                "visas.",
        label="status_change", group="b111-g2",
        new_facts=["Russia withdrew its June consent for the one-off visa-free visit of five "
                   "Japanese Ainu place-name researchers to Iturup (Aug 10-15, 2025), citing "
                   "'organisational circumstances'; no new date"],
        must_mention=[["withdr", "revok", "cancel", "scrap", "call off", "called off"],
                      ["iturup", "etorofu"]],
        note="Status change: the one-off visa-free research visit allowed in June (b111-g1) is "
             "withdrawn before it happens; the 2022 termination of visa-free trips stays in "
             "force.",
        body=[
            "Russia has withdrawn its consent for a team of Japanese linguists and Ainu "
            "researchers to survey place names on the island of Iturup, less than a week before "
            "they were due to sail, Japan's foreign ministry said on Tuesday.",
            "In June Moscow had agreed, as a one-off exception, to let the five researchers from "
            "Hokkaido University and the Ainu Association of Hokkaido visit Iturup \u2014 which "
            "Japan calls Etorofu \u2014 without visas from August 10 to 15. The ministry said the "
            "Russian side informed the Japanese consulate general in Yuzhno-Sakhalinsk on Monday "
            "that it \u201cwas not in a position to receive the group\u201d, citing "
            "\u201corganisational circumstances\u201d without elaborating.",
            "\u201cIt is extremely regrettable,\u201d a foreign ministry official said, adding that "
            "Japan had asked Russia to reconsider. No new date has been offered.",
            "The survey would have been the first visit by Japanese researchers to Iturup since "
            "Russia terminated the visa-free exchange programme in March 2022 in response to "
            "Japanese sanctions over the war in Ukraine. Russian officials had stressed in June "
            "that the permission was an exception and did not signal a return to visa-free "
            "exchanges.",
            "Professor Takeshi Kamiya, who leads the project, said the team had already packed "
            "maps, GPS units and audio recorders. \u201cWe were ready to go. We will keep the "
            "maps,\u201d he said.",
            "The Russian foreign ministry did not respond to a request for comment.",
        ],
    ),
    dict(
        key="en-portsmouth-120", feed="gazetteer-weekly", published="2025-09-05T13:00:00Z",
        byline="Gazetteer Weekly",
        title="Portsmouth marks 120 years since the treaty that ended the Russo-Japanese War",
        summary="A day of lectures, a bell-ringing and a reading of the treaty in the New "
                "Hampshire port recalled Theodore Roosevelt's 1905 mediation.",
        label="off_topic",
        note="Look-alike: a Russia-Japan peace treaty, but the 1905 Treaty of Portsmouth; "
             "nothing about the current peace treaty question or the Kurils.",
        body=[
            "PORTSMOUTH, New Hampshire \u2014 Church bells rang across this small port city on "
            "Friday afternoon at the minute the Treaty of Portsmouth was signed 120 years ago, "
            "ending the Russo-Japanese War.",
            "The anniversary programme, organised by a local foundation that has marked the date "
            "every year since the 1990s, included lectures at the naval shipyard museum, a reading "
            "of the treaty's articles and a display of photographs of the Russian and Japanese "
            "delegations led by Sergei Witte and Komura Jutaro.",
            "The 1905 treaty, brokered by President Theodore Roosevelt, who received the Nobel "
            "Peace Prize for his efforts, recognised Japan's paramount interests in Korea, "
            "transferred Russia's lease of the Liaodong Peninsula and ceded the southern half of "
            "Sakhalin to Japan.",
            "Organisers said neither the Japanese nor the Russian embassy sent an official "
            "representative this year, though the Japanese consulate in Boston sent a message of "
            "greeting. \u201cWe keep the day as a day about how wars end,\u201d said the "
            "foundation's chair, Margaret Ellison. \u201cThat lesson doesn't belong to one "
            "country.\u201d",
            "Historians at the event noted that the negotiations took place in the shipyard's "
            "general stores building, now used as offices, where a plaque marks the room.",
        ],
    ),
    dict(
        key="en-sakhalin-official-conditional", feed="curio-wire", published="2025-10-14T05:00:00Z",
        section="Russia & Far East", byline="Curio Wire, Yuzhno-Sakhalinsk",
        tags=["Russia", "Sakhalin", "Hokkaido"],
        title="Sakhalin official says Hokkaido exchanges would resume 'the day Tokyo drops sanctions'",
        summary="A deputy governor of Sakhalin region told a culture forum that school and "
                "cultural exchanges with Hokkaido, and visa-free trips to the Kurils, have no "
                "basis while Japanese sanctions remain.",
        label="restatement",
        note="Conditional/negated: 'would resume if Tokyo drops sanctions', 'no conditions for "
             "resuming' visa-free trips. New speaker restating the sanctions-linked position of "
             "seeds 000-004.",
        body=[
            "YUZHNO-SAKHALINSK \u2014 Cultural and school exchanges between Sakhalin and "
            "Hokkaido could resume \u201cthe day Tokyo drops its sanctions\u201d, but there are no "
            "conditions for them now, a deputy governor of the Russian region said on Monday.",
            "Speaking at a regional forum on culture and tourism, Deputy Governor Irina Sablina "
            "said the region had \u201cnot closed any door\u201d and that the decisions to halt "
            "cooperation had been taken in Japan. \u201cOur museums, our theatres, our schools are "
            "ready. But you cannot have friendship in one direction,\u201d she said.",
            "Asked about visa-free trips by Japanese citizens to the southern Kurils, which Russia "
            "terminated in March 2022, Ms Sablina said the question was one for the foreign "
            "ministry, but that \u201cin the current situation there are no conditions for "
            "resuming them\u201d. Moscow says Japan's sanctions over Ukraine make a return to "
            "earlier forms of cooperation impossible, and has ruled out peace treaty talks for "
            "now.",
            "Sakhalin and Hokkaido signed their first cooperation agreement in 1998 and for two "
            "decades exchanged school groups, orchestras and museum exhibitions. Most of those "
            "contacts have been frozen since 2022.",
            "The forum also discussed domestic tourism routes across Sakhalin and a new festival "
            "of regional theatre planned for next summer.",
        ],
    ),
    dict(
        key="en-islet-explainer", feed="tephra-line", published="2025-11-24T03:00:00Z",
        section="Volcanoes", byline="Clara Mendel",
        title="A new islet off Iturup: pumice, steam and questions volcanologists can't answer yet",
        summary="A submarine eruption off the north-western coast of Iturup has built a small "
                "island of ash and pumice. Scientists say it may not survive the winter storms.",
        label="neutral",
        note="Borderline: new land has appeared in waters Japan claims, but no government has "
             "acted or taken a position ('gathering information'). Natural event, not yet a "
             "political development.",
        body=[
            "For the past ten days a plume of steam has been rising from the Sea of Okhotsk about "
            "1.5 kilometres off the north-western coast of Iturup, the largest of the southern "
            "Kuril Islands. Satellite images released on Saturday show what is now unmistakably "
            "land: a crescent of dark ash and pumice roughly 250 metres long, rising perhaps 20 "
            "metres above the waves.",
            "Scientists at the Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk say "
            "the islet was built by a submarine vent on the flank of the island's volcanic massif "
            "that began erupting on November 12. Fishermen from Kurilsk first reported discoloured "
            "water and floating pumice.",
            "Whether it lasts is another matter. \u201cIslands made of loose tephra are usually "
            "eaten by the sea within months unless lava arrives to armour them,\u201d said a "
            "volcanologist at the institute. Japan's Meteorological Agency, which monitors "
            "volcanoes on the four islands by satellite, said on Friday that it had also detected "
            "the eruption and the discoloured water.",
            "The new land lies in waters administered by Russia and claimed by Japan as part of "
            "its Northern Territories. Neither government has commented on its status. Asked on "
            "Friday, Japan's chief cabinet secretary said only that the government was "
            "\u201cgathering information on the volcanic activity\u201d.",
            "Similar islets have appeared in the Kurils before and vanished within a few years. "
            "Researchers plan to fly drones over the new one once activity subsides.",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="en-sakhalin-museum-80", feed="curio-wire", published="2026-01-16T04:00:00Z",
        section="Culture", byline="Curio Wire, Yuzhno-Sakhalinsk",
        tags=["Russia", "Sakhalin", "Museums"],
        title="Sakhalin's museum in a Japanese-era building marks 80 years",
        summary="The Sakhalin Regional Museum, housed since 1946 in the former Karafuto "
                "Prefecture Museum, opened an anniversary exhibition on the building's own history.",
        label="off_topic",
        note="Sakhalin museum anniversary (Karafuto-era building); memory look-alike with no "
             "bearing on the Kurils dispute or the peace treaty.",
        body=[
            "YUZHNO-SAKHALINSK \u2014 With its curved tiled roofs and concrete walls, the Sakhalin "
            "Regional Museum is the most photographed building in the city. On Thursday it opened "
            "an exhibition about itself.",
            "The building was completed in 1937 as the museum of Karafuto, the Japanese "
            "prefecture on the southern half of Sakhalin, in the \u201cimperial crown\u201d style "
            "of the period. After the Soviet Union took the south of the island in 1945, the "
            "collections were reorganised and the building reopened in 1946 as a regional museum "
            "of local lore \u2014 the anniversary being marked this year.",
            "The exhibition includes photographs of the construction, original door handles and "
            "light fittings, and letters from Japanese curators who stayed on to help catalogue "
            "the collections before being repatriated in the late 1940s.",
            "\u201cFor a long time people did not want to talk about the Japanese period,\u201d "
            "said the exhibition's curator. \u201cNow visitors come precisely for that.\u201d",
            "The museum said a planned exchange exhibition with a museum in Hokkaido, agreed "
            "before 2022, remains on hold.",
        ],
    ),
    dict(
        key="en-takeshima-gallery", feed="plinth-en", published="2026-04-21T06:00:00Z",
        section="Museums", byline="Plinth correspondent, Tokyo",
        title="Tokyo's territory museum opens new Takeshima gallery; Seoul protests",
        summary="The government-run National Museum of Territory and Sovereignty has added a "
                "gallery on Takeshima, the islets South Korea controls as Dokdo.",
        label="off_topic",
        note="Other island dispute (Takeshima/Dokdo, Senkaku): territorial museum look-alike, "
             "nothing about Russia or the Kurils.",
        body=[
            "TOKYO \u2014 The government-run National Museum of Territory and Sovereignty in "
            "central Tokyo reopened on Tuesday after a two-month renovation with an expanded "
            "gallery on Takeshima, the rocky islets in the Sea of Japan that South Korea controls "
            "and calls Dokdo.",
            "The new gallery displays Edo-period maps, fishing licences from the early 20th "
            "century and photographs of sea lion hunting around the islets, along with a video "
            "of interviews with elderly fishermen from Shimane Prefecture. The minister in charge "
            "of territorial issues said the museum aimed to present \u201cfacts and history in an "
            "objective way\u201d.",
            "South Korea's foreign ministry summoned a Japanese embassy official and demanded "
            "that the gallery be closed. \u201cDokdo is clearly Korean territory historically, "
            "geographically and under international law,\u201d a spokesperson said.",
            "The museum, which opened in 2018 and moved to larger premises in 2020, also covers "
            "the Senkaku Islands in the East China Sea, which Japan administers and China claims.",
            "Visitor numbers reached about 60,000 last year, according to the Cabinet "
            "Secretariat.",
        ],
    ),
    dict(
        key="en-islet-name-analysis", feed="gazetteer-weekly", published="2026-06-16T09:00:00Z",
        byline="Tomas Lindgren",
        title="Naming a rock that may not last: the politics of Iturup's newest island",
        summary="Moscow has called the islet that rose off Iturup last November 'Yubileiny'. "
                "Tokyo says it cannot accept the name. The sea may settle the argument first.",
        label="new_development", group="b111-g4",
        new_facts=["Russia named the islet formed off Iturup in November 2025 'Yubileiny' "
                   "(Jubilee) by government resolution; Japan protested"],
        must_mention=[["yubileiny", "jubilee"], ["islet", "island"]],
        note="Follow-up analysis of b111-g4 (naming published May 26, protest May 27); no "
             "further new fact (GSI 'no plans' is a non-move).",
        body=[
            "Seven months after it rose out of the Sea of Okhotsk, the islet off the north-western "
            "coast of Iturup has a name \u2014 at least in Russian. A government resolution "
            "published on May 26 assigned it the name Yubileiny, \u201cJubilee\u201d, in honour "
            "of the 80th anniversary of the Soviet victory in 1945.",
            "Tokyo's reaction came the next day. The chief cabinet secretary said Japan could not "
            "accept Russia's naming of a feature in the waters around Etorofu, which it regards "
            "as Japanese territory, and that a protest had been lodged through diplomatic "
            "channels.",
            "Naming is one of the oldest ways of claiming. Russia has renamed features on the "
            "Kurils before, and Japanese maps still carry pre-war Japanese names for the islands' "
            "capes and bays. A new island, though, arrives without a name, and whoever supplies "
            "one first gets a head start in gazetteers and databases.",
            "Japan's Geospatial Information Authority said it had \u201cno plans at present\u201d "
            "to add the islet to Japanese maps, noting that its shape was still changing.",
            "It may not matter for long. Satellite images from early June show that winter storms "
            "have cut the islet to less than half its original area. Volcanologists give it a "
            "year or two unless the vent revives. \u201cWe may end up arguing about the name of a "
            "shoal,\u201d said a Sapporo-based geographer.",
        ],
    ),
    dict(
        key="en-biosphere-protest", feed="tephra-line", published="2026-07-14T05:30:00Z",
        section="Science & policy", byline="Tephra Line staff",
        title="UNESCO biosphere listing for Russian-held Kunashir draws Tokyo protest",
        summary="The Kurilsky reserve on Kunashir and the Lesser Kuril Ridge has joined UNESCO's "
                "World Network of Biosphere Reserves. Japan says the designation cannot be "
                "accepted.",
        label="new_development", group="b111-g5",
        new_facts=["UNESCO's MAB council designated the 'Kurilsky' biosphere reserve on Kunashir "
                   "and the Lesser Kuril Ridge, on Russia's nomination; Japan protested to UNESCO "
                   "and Russia"],
        must_mention=[["biosphere"], ["unesco"]],
        note="Third report of b111-g5 (first reported in Russian on July 10); adds nothing new.",
        body=[
            "A nature reserve covering much of Kunashir and several islands of the Lesser Kuril "
            "Ridge has been added to UNESCO's World Network of Biosphere Reserves, a designation "
            "Japan says it cannot accept because it regards the islands as Japanese territory.",
            "The \u201cKurilsky\u201d biosphere reserve was approved last week by the "
            "International Coordinating Council of UNESCO's Man and the Biosphere (MAB) programme, "
            "together with 17 other sites. It combines the Kurilsky state nature reserve, founded "
            "on Kunashir in 1984, with buffer and transition zones that include the settlements of "
            "Yuzhno-Kurilsk and Golovnino.",
            "Russia's MAB committee submitted the nomination last year. It is the first biosphere "
            "reserve on the four islands Japan claims.",
            "Japan's foreign ministry said it had told both UNESCO and Russia that the listing, "
            "made on Russia's application, was unacceptable and did not affect Japan's legal "
            "position. Officials said Tokyo had raised objections while the nomination was under "
            "review.",
            "UNESCO says biosphere reserve designations imply no opinion on the legal status of "
            "any territory. Russian scientists welcomed the decision. \u201cKunashir's forests, "
            "hot springs and brown bears deserve a global label,\u201d said the reserve's deputy "
            "director for science.",
            "Biosphere reserves carry no binding obligations under international law; they are "
            "meant to combine conservation with sustainable use and research.",
        ],
    ),
    dict(
        key="en-san-francisco-75", feed="plinth-en", published="2026-09-08T08:00:00Z",
        section="Anniversaries", byline="Hugh Allardyce",
        title="At 75, the San Francisco treaty still frames the Kuril quarrel",
        summary="Japan renounced 'the Kurile Islands' in 1951 in a treaty Moscow never signed. "
                "Seventy-five years on, both sides still read it differently.",
        label="restatement",
        note="Anniversary background: both legal positions, the 1956 declaration and the March "
             "2022 halt of talks (seeds 000, 001, 004) restated; no new fact.",
        body=[
            "On September 8, 1951, Japan signed a peace treaty with 48 nations at the War Memorial "
            "Opera House in San Francisco. The Soviet delegation attended the conference but "
            "refused to sign.",
            "Article 2 of the treaty says Japan \u201crenounces all right, title and claim to the "
            "Kurile Islands\u201d. Tokyo's position is that the four islands of Etorofu, "
            "Kunashiri, Shikotan and the Habomai group were never part of the Kurile Islands in "
            "that sense, and that the treaty does not in any case say to whom they were "
            "renounced. Moscow's position is that the islands became Soviet as a legitimate "
            "result of the Second World War and that Russian sovereignty over them is beyond "
            "dispute.",
            "Because the Soviet Union did not sign, Japan and Moscow ended their state of war "
            "separately, with the 1956 Joint Declaration, which restored diplomatic relations and "
            "said the Habomai islets and Shikotan would be handed to Japan after a peace treaty "
            "was concluded. No such treaty has been signed.",
            "Negotiations were accelerated in 2018, but Russia announced in March 2022 that it "
            "would not continue them, citing Japan's sanctions over the war in Ukraine. Moscow "
            "has since said resuming the dialogue is impossible in the current situation.",
            "In San Francisco this week, a symposium marked the anniversary with papers on the "
            "treaty's legacy for Korea, Taiwan and the Pacific islands. The Kuril question "
            "occupied a single panel.",
        ],
    ),
    dict(
        key="en-giovanni-court", feed="curio-wire", published="2026-09-15T11:00:00Z",
        section="Russia & Far East", byline="Curio Wire, Moscow",
        tags=["Russia", "Japan", "Film", "Kurils"],
        title="Moscow court reinstates licence for Japanese anime about Shikotan \u2014 for now",
        summary="An arbitration court ruled that Russia's culture ministry unlawfully revoked the "
                "distribution certificate of 'Giovanni's Island'. The ministry has reinstated it "
                "pending an appeal.",
        label="status_change", group="b111-g6",
        new_facts=["A Moscow arbitration court ruled the revocation of 'Giovanni's Island's "
                   "distribution certificate unlawful; the certificate is restored in the register "
                   "and the film may be shown until the ministry's appeal is decided"],
        must_mention=[["giovanni"], ["court", "reinstat", "licen"]],
        note="Status change of the matter opened by b111-g3: film banned (March 2026) -> allowed "
             "again, but only pending the culture ministry's appeal (neither fully on nor off).",
        body=[
            "MOSCOW \u2014 A Moscow court has ruled that Russia's Ministry of Culture acted "
            "unlawfully in March when it revoked the distribution certificate of "
            "\u201cGiovanni's Island\u201d, a 2014 Japanese animated film about children on "
            "Shikotan after the Soviet takeover in 1945, and ordered it reinstated.",
            "The Moscow Arbitration Court found that the ministry had not shown that the film "
            "contained materials justifying encroachment on Russia's territorial integrity, the "
            "ground it gave for the revocation, according to the ruling published on Monday. The "
            "ministry said it would appeal.",
            "In the meantime the film's certificate has been restored in the state register, "
            "which means it can legally be shown in Russian cinemas until the appeal is decided. "
            "No date has been set for the appeal hearing.",
            "The film's Russian distributor, which brought the case, said it would organise a "
            "small number of screenings followed by discussions in Moscow and Yuzhno-Sakhalinsk "
            "this autumn. \u201cWe never saw this as a political film. It is about children and a "
            "friendship across a language barrier,\u201d its director said.",
            "The revocation in March drew an expression of regret from Tokyo, which said the film "
            "reflected the experience of former Japanese residents of the islands and portrayed "
            "friendship rather than hostility. Japan claims Shikotan and three other islands as "
            "its Northern Territories; Russia says its sovereignty over them is beyond question.",
        ],
    ),
    dict(
        key="en-1956-seventy", feed="curio-wire", published="2026-10-19T07:00:00Z",
        section="Japan", byline="Curio Wire, Tokyo", tags=["Japan", "Russia", "Diplomacy"],
        title="Seventy years after the Joint Declaration: no ceremony, no messages, no talks",
        summary="Japan restated its policy and Russia said talks remain impossible as the 1956 "
                "Soviet-Japanese Joint Declaration turned 70. There were no joint events.",
        label="restatement",
        note="Anniversary with negated moves ('no messages', 'no joint events'); Tokyo's policy "
             "and Moscow's 'resumption impossible', 'openly unfriendly' and undisputed "
             "sovereignty restate seeds 000 and 004.",
        body=[
            "TOKYO \u2014 The 70th anniversary of the Soviet-Japanese Joint Declaration passed on "
            "Monday without joint events, leaders' messages or any sign that peace treaty talks "
            "might resume.",
            "Japan's chief cabinet secretary told reporters the government's policy of resolving "
            "the territorial issue and concluding a peace treaty \u201cremains unchanged\u201d, "
            "and described the 1956 declaration as an important document ratified by the "
            "legislatures of both countries.",
            "In Moscow, a foreign ministry spokesperson said in answer to a question that in the "
            "current conditions the resumption of peace treaty negotiations with Japan was "
            "impossible as long as Tokyo pursued an \u201copenly unfriendly\u201d course, and "
            "that Russia's sovereignty over the southern Kurils was not subject to discussion.",
            "The declaration, signed on October 19, 1956, ended the state of war and restored "
            "diplomatic relations. Its Article 9 says the Soviet Union agrees to transfer the "
            "Habomai islets and Shikotan to Japan after a peace treaty is concluded.",
            "Ten years ago the 60th anniversary came weeks before Vladimir Putin's visit to "
            "Nagato, where the two leaders agreed to discuss joint economic activities on the "
            "islands. This year no such events were planned, and officials on both sides said no "
            "messages had been exchanged between the leaders.",
        ],
    ),
    dict(
        key="en-hans-island", feed="gazetteer-weekly", published="2026-11-10T10:00:00Z",
        byline="Gazetteer Weekly",
        title="Hans Island, four years on: the border that split a rock in two",
        summary="Canada and Denmark settled their 'whisky war' in 2022 by drawing a line across a "
                "1.3-square-kilometre island. Diplomats still cite it as proof that small "
                "disputes can be closed.",
        label="off_topic",
        note="Other island dispute (Hans Island, Canada-Denmark); the Kurils appear only in a "
             "passing quote.",
        body=[
            "In June 2022 Canada and Denmark, acting with Greenland, signed an agreement dividing "
            "Hans Island, a barren knob of limestone in the Nares Strait, roughly in half. It "
            "ended half a century of friendly rivalry in which officials from each side would "
            "land, plant a flag and leave a bottle of spirits for the other.",
            "Four years later the island is still uninhabited and visited mainly by Inuit "
            "hunters, who under the agreement can move across it freely. The new land border "
            "\u2014 Canada's first with a European country \u2014 follows a natural ravine.",
            "Diplomats and scholars routinely cite Hans Island when discussing other territorial "
            "disputes. \u201cIt shows that sovereignty can be split when both sides want a deal "
            "and nothing much is at stake,\u201d said Helena Brandt, who studies maritime "
            "boundaries in Copenhagen. \u201cMost island disputes, from the Aegean to the Kurils, "
            "are not like that. History, military value and domestic politics all point the "
            "other way.\u201d",
            "A Greenlandic hunters' association said this autumn that it would like a small "
            "emergency shelter built on the island. Neither government has committed to one.",
        ],
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        key="en-nemuro-museum", feed="plinth-en", published="2027-01-12T06:00:00Z",
        section="Museums", byline="Naomi Frith",
        title="Japan plans a national museum of its 'Northern Territories' in Nemuro",
        summary="The government has set aside funds in next year's budget to plan a national "
                "memorial museum for the islands held by Russia, to preserve former residents' "
                "belongings and testimony.",
        label="new_development", group="b111-g7",
        new_facts=["Japan's FY2027 draft budget funds (150 million yen) a basic plan for a "
                   "national 'Northern Territories Memorial Museum' in Nemuro, the first national "
                   "facility of its kind"],
        must_mention=[["museum"], ["nemuro"]],
        note="Second report of b111-g7 (first buried in a Japanese budget round-up on Dec 25); "
             "no further new fact.",
        comments=[("kushiro_reader", "About time. My grandmother's things from Shikotan are in a box."),
                  ("archivist_j", "Hope they fund conservators, not just a building.")],
        body=[
            "NEMURO \u2014 Japan's government plans to build a national museum devoted to the "
            "Northern Territories in Nemuro, the Hokkaido city closest to the Russian-held "
            "islands, and has set aside 150 million yen in the draft budget for fiscal 2027 to "
            "draw up a basic plan.",
            "The Cabinet Office says the museum \u2014 provisionally named the National Northern "
            "Territories Memorial Museum \u2014 would collect and preserve photographs, household "
            "items, school records and recorded testimony of the roughly 17,000 Japanese who "
            "lived on Etorofu, Kunashiri, Shikotan and the Habomai islets until they were expelled "
            "after 1945. Fewer than 4,500 of them are still alive, with an average age of almost "
            "90.",
            "It would be the first national museum dedicated to the islands. Existing facilities "
            "in Nemuro, including the Hoppokan at Cape Nosappu, focus on public awareness rather "
            "than on building and conserving a collection.",
            "\u201cOur things are in cardboard boxes in our children's houses,\u201d said a "
            "91-year-old woman born on Kunashiri who attended a briefing in Nemuro last week. "
            "\u201cIf the state looks after them, at least they will outlast us.\u201d",
            "Officials say the site, scale and opening date will be decided at the planning "
            "stage, with an opening in the early 2030s as the target. Russia has not commented on "
            "the plan.",
        ],
    ),
    dict(
        key="en-volcano-workshop", feed="tephra-line", published="2027-01-26T04:00:00Z",
        section="Volcanoes", byline="Clara Mendel",
        title="Kuril volcano researchers compare notes in Sapporo \u2014 by video, with no fieldwork in sight",
        summary="Japanese and Russian volcanologists shared data on Tyatya, Ebeko and the Iturup "
                "islet at a Hokkaido University workshop. Joint field trips to the southern "
                "Kurils remain off the table.",
        label="restatement",
        note="Online academic contact (ongoing since 2022) with a conditional ('if access were "
             "restored') and 'no joint field trips planned'; restates the 2022 end of visa-free "
             "exchanges (seeds 000-003).",
        body=[
            "SAPPORO \u2014 Volcanologists from Japan and Russia spent two days last week "
            "comparing satellite data, gas measurements and eruption chronologies from the Kuril "
            "arc at a workshop hosted by Hokkaido University, with the Russian participants "
            "joining by video from Yuzhno-Sakhalinsk and Petropavlovsk-Kamchatsky.",
            "Presentations covered the continuing activity at Ebeko on Paramushir, fumarole "
            "temperatures at Tyatya on Kunashir measured by Russian teams last summer, and the "
            "fate of the islet that formed off Iturup in late 2025, which Russian researchers said "
            "had been reduced to a shoal.",
            "Such academic contacts have continued online since 2022, the organisers said, but "
            "joint fieldwork on the southern Kurils ended when Russia terminated the visa-free "
            "exchange programme in March of that year. Japanese scientists had regularly joined "
            "Russian colleagues on Kunashir and Iturup under that programme.",
            "\u201cIf access were restored, we would be on the first boat,\u201d one Japanese "
            "volcanologist said. \u201cUntil then we measure from space and trust our colleagues' "
            "thermometers.\u201d No joint field trips are planned, and neither government has "
            "signalled any change.",
            "The organisers said they hoped to hold the next workshop in person, in a third "
            "country, in 2028.",
        ],
    ),
    dict(
        key="en-chishima-wreck", feed="curio-wire", published="2027-01-29T03:00:00Z",
        section="Science", byline="Curio Wire, Matsuyama", tags=["Japan", "History", "Archaeology"],
        title="Divers locate wreck of Meiji-era warship Chishima in the Seto Inland Sea",
        summary="The torpedo gunboat, named after the Kuril Islands, sank in 1892 after a "
                "collision with a British steamer on her delivery voyage, killing 74 sailors.",
        label="off_topic",
        note="Look-alike: a ship named Chishima (the Japanese name of the Kurils); maritime "
             "archaeology, nothing about the dispute.",
        body=[
            "MATSUYAMA \u2014 A team of divers and marine archaeologists says it has located the "
            "wreck of the Chishima, a Japanese navy torpedo gunboat that sank off Ehime "
            "Prefecture in 1892, after a three-year search using sonar.",
            "The Chishima \u2014 named after the Japanese word for the Kuril Islands \u2014 was "
            "built in France and was on her delivery voyage when she collided with the British "
            "steamer Ravenna in the early hours of November 30, 1892. She sank within minutes and "
            "74 of her crew died. The collision led to a long legal battle in British and "
            "Japanese courts that historians see as a milestone in Japan's use of international "
            "law.",
            "The wreck lies in about 60 metres of water, broken in two, the team said. Divers "
            "filmed part of the bow and a gun mounting.",
            "\u201cThe dimensions and the position of the armament match the Chishima's "
            "plans,\u201d said the project leader. The group plans to hand its data to the Agency "
            "for Cultural Affairs and the Maritime Self-Defense Force and does not intend to raise "
            "any objects.",
            "A memorial to the crew stands on the Ehime coast, where a ceremony is held each "
            "November.",
        ],
    ),
]
