"""English articles of corpus blind67 (tickerline-en, emberly-en, wirehound-en, redkite-en)."""

G2_UPDATE_BODY = [
    "(Adds Japanese government protest, details on the island, background)",
    "TOKYO/MOSCOW, May 28 (Tickerline) - Russia has stationed a permanent military garrison on Zelyony, "
    "the largest of the small Habomai islets off Japan's northern island of Hokkaido, its Eastern Military "
    "District said on Tuesday, drawing a protest from Tokyo.",
    "A unit of the 18th machine-gun artillery division had taken up duty on the island, known in Japan as "
    "Shibotsu, together with a technical surveillance post and short-range air defence positions, the "
    "district said in a statement. It did not say how many troops were involved.",
    "Until now only a border guard post had operated on the island, and the Defence Ministry had not kept "
    "a unit there on a permanent basis, the statement said. Troops and equipment were shipped in by Pacific "
    "Fleet landing ships from neighbouring Shikotan.",
    "\"This runs counter to Japan's position on the Northern Territories and is unacceptable,\" Chief Cabinet "
    "Secretary Yoshimasa Hayashi told a regular news conference, adding that Tokyo had protested through "
    "diplomatic channels.",
    "The Habomai group lies only a few kilometres off Cape Nosappu, Japan's easternmost point. In a 1956 "
    "joint declaration, Moscow agreed to hand over the Habomai islets and Shikotan once a peace treaty was "
    "signed - a treaty that has never been concluded.",
    "Russia walked away from peace treaty negotiations in March 2022, citing Tokyo's sanctions over the "
    "invasion of Ukraine. Deputy Foreign Minister Andrei Rudenko said in February that resuming the dialogue "
    "was \"categorically impossible\" under current conditions.",
    "(Reporting by Tickerline's Tokyo and Moscow bureaus; Editing by Clare Whitlow)",
]

G3_CORRECTED_BODY = [
    "MOSCOW, Aug 13 (Tickerline) - Russian Deputy Prime Minister Marat Khusnullin, who oversees construction "
    "in the government, toured Shikotan and Kunashir on Tuesday, two of the four Russian-held islands claimed "
    "by Japan, the Sakhalin regional government said.",
    "On Shikotan, Khusnullin inspected the construction of a 300-place school and a sewage treatment plant in "
    "the village of Malokurilskoye, and later flew to Yuzhno-Kurilsk on Kunashir to review housing projects "
    "and a rebuilt seafront, according to the regional administration.",
    "\"The Kurils must live no worse than the mainland. Everything in the development programme will be built "
    "on time,\" Khusnullin told reporters, according to a video released by the Sakhalin government.",
    "Japan's Foreign Ministry said it had conveyed its \"regret\" to the Russian embassy in Tokyo, saying the "
    "visit was incompatible with Japan's position on the islands, which it calls the Northern Territories.",
    "Senior Russian officials have made frequent trips to the islands, which Soviet forces seized at the end "
    "of World War Two. The dispute has prevented the two countries from signing a formal peace treaty.",
    "Moscow broke off peace treaty talks with Tokyo in March 2022 over Japan's sanctions.",
    "(Reporting by Tickerline Moscow bureau; Editing by Hugh Pelham)",
]

G6_BODY = [
    "MOSCOW, April 15 (Tickerline) - Russia said on Tuesday it was suspending the peace treaty consultations "
    "with Japan that the two countries had revived only five months ago, and called off a second round that "
    "was due to be held in Tokyo in May.",
    "The Russian Foreign Ministry said the decision was a response to a resolution adopted by the lower house "
    "of Japan's parliament on April 10 that described Russia's presence on the southern Kuril Islands as an "
    "\"illegal occupation\".",
    "\"Continuing a dialogue in such an atmosphere is pointless. The Russian side is suspending the "
    "consultations; the round planned in Tokyo will not take place,\" the ministry said in a statement.",
    "Russia and Japan agreed in Belgrade last November to restart consultations on a peace treaty, ending a "
    "freeze that Moscow had imposed in March 2022 over Tokyo's sanctions against Russia.",
    "There was no immediate comment from Japan's Foreign Ministry. Tokyo says the four islands off Hokkaido, "
    "which it calls the Northern Territories, are an inherent part of Japan's territory.",
    "(Reporting by Tickerline Moscow bureau; Writing by Ines Marchetti; Editing by Clare Whitlow)",
]

ARTICLES = [
    # ------------------------------------------------------------------ emberly: negated restatement
    dict(key="n-consul-visafree", feed="emberly-en", lang="en", published="2024-03-19T10:15:00Z",
         slug="russia-no-conditions-visa-free-kurils",
         title="Russia sees 'no conditions' for restoring visa-free trips to Kurils, envoy says",
         summary="Moscow's consul general in Sapporo says the 2022 termination of visa-free exchanges stands "
                 "while Japan keeps its sanctions.",
         label="restatement", kicker="Japan", author="Mika Sorensen",
         body=[
             "SAPPORO - Russia sees no conditions for restoring visa-free travel by Japanese citizens to the "
             "southern Kuril Islands, Moscow's consul general in Sapporo said on Tuesday, dashing hopes among "
             "former island residents that visits could resume this summer.",
             "\"Today there are no conditions for returning to the visa-free exchanges. The decision taken in "
             "March 2022 was a response to Japan's unfriendly steps, and those steps have not been reversed,\" "
             "Sergei Ponomaryov told reporters after meeting Hokkaido prefectural officials.",
             "Asked whether Moscow might make an exception for elderly former residents who wish to visit family "
             "graves, Ponomaryov said he \"could not comment on hypothetical scenarios.\"",
             "Russia scrapped the exchange programme, based on agreements dating to 1991 and 1999, in March 2022 "
             "after Tokyo joined Western sanctions over the war in Ukraine. At the same time it walked away from "
             "peace treaty negotiations and from talks on joint economic activity on the islands, which Japan "
             "calls the Northern Territories.",
             "A league of former residents based in Nemuro has petitioned both governments every spring since. "
             "Its members now average around 88 years of age.",
             "Japan's Foreign Ministry declined to respond directly to the remarks, saying only that Tokyo "
             "\"continues to strongly request\" the resumption of exchanges, with priority on grave visits.",
             "Moscow's broader position was set out last month by Deputy Foreign Minister Andrei Rudenko, who "
             "said resuming dialogue on a peace treaty was \"categorically impossible\" for now.",
         ],
         comments=2, comment_list=[("hokkaido_dan", "Nothing new then. Same line since 2022."),
                                   ("K. Ito", "My grandmother is 91. She will not see Shikotan again.")],
         note="Restatement with a new speaker (consul general in Sapporo): 'no conditions' to restore visa-free "
              "trips. Seed fact: Russia terminated the 1991/1999 visa-free arrangements in March 2022; Rudenko "
              "Feb 2024 position."),

    # ------------------------------------------------------------------ g2 deployment: EN update
    dict(key="g2-en", feed="tickerline-en", lang="en", published="2024-05-28T09:30:00Z",
         slug="russia-stations-troops-habomai-islet-2024-05-28",
         title="UPDATE 2-Russia stations troops on Habomai islet near Japan; Tokyo protests",
         summary="Russia has placed a permanent garrison on Zelyony, the largest of the Habomai islets, its "
                 "military said; Japan lodged a protest.",
         label="new_development", group="g2-zelyony-garrison",
         new_facts=["Russia stationed a permanent Defence Ministry garrison on Zelyony (Shibotsu) in the Habomai "
                    "group, the first on the island"],
         must_mention=[["zelyony", "zeleny", "shibotsu", "habomai"], ["garrison", "troops"]],
         tags=["Russia", "Japan", "Defence"], read=3, body=G2_UPDATE_BODY,
         note="Same development as the Russian МОЛНИЯ {g2-ru-flash} six hours earlier; adds only Tokyo's "
              "protest and background (an 'UPDATE 2' of an already flashed story)."),

    # ------------------------------------------------------------------ wirehound: near-empty restatement
    dict(key="n-kishida-empty", feed="wirehound-en", lang="en", published="2024-06-11T06:00:00Z",
         title="Kishida says Japan remains committed to peace treaty with Russia",
         summary="Japanese PM restates policy on peace treaty with Russia.",
         label="restatement",
         body=["TOKYO - Japanese Prime Minister Fumio Kishida said on Tuesday Japan's policy of resolving the "
               "territorial issue and concluding a peace treaty with Russia remained unchanged.",
               "[ed] This is a breaking news brief. More to follow."],
         source_line="Compiled from wire reports.",
         note="Headline-only brief with a near-empty page. Kishida restating the known position (seed 002: "
              "Kishida said Tokyo remains steadfast in a peace treaty)."),

    # ------------------------------------------------------------------ redkite: Senkaku look-alike
    dict(key="n-senkaku", feed="redkite-en", lang="en", published="2024-07-16T05:00:00Z",
         slug="china-coast-guard-senkaku-record",
         title="China coast guard presence near the Senkakus hits a record streak",
         summary="Chinese government ships have now been seen in the contiguous zone around the Japan-"
                 "administered islands for more than 200 consecutive days.",
         label="off_topic", kicker="Maritime", author="Nadia Okafor", read=4,
         body=[
             "Chinese coast guard vessels have been spotted in the contiguous zone around the Senkaku Islands "
             "for 211 consecutive days, the longest streak since Japan nationalised three of the islets in 2012, "
             "according to the Japan Coast Guard's 11th regional headquarters in Naha.",
             "Four ships, one of them apparently armed with a 76mm gun, were sighted on Monday morning about 30 "
             "kilometres north-west of Uotsuri, the largest of the uninhabited islands, which China calls the "
             "Diaoyu.",
             "Twice this month Chinese vessels entered Japan's territorial waters and approached Japanese "
             "fishing boats, prompting formal protests from Tokyo. Beijing says its ships were carrying out "
             "\"law enforcement patrols\" in Chinese waters.",
             "## Why it matters",
             "The streak matters less for its length than for what it normalises: a permanent, armed Chinese "
             "presence that Tokyo must match ship for ship. The Japan Coast Guard has asked for a record budget "
             "to add patrol vessels and long-range drones in the East China Sea.",
             "For Japan, which is also locked in territorial disputes with South Korea and Russia, the Senkakus "
             "are the only case where it holds the islands and a rival seeks to change the status quo. Officials "
             "in Tokyo say there is no territorial dispute to negotiate.",
             "Expect the numbers to keep climbing through the summer fishing season.",
         ],
         note="Look-alike: another island dispute (Senkaku / China), not the Kurils."),

    # ------------------------------------------------------------------ g3 visit: wrong island, corrected, copy
    dict(key="g3-en-wrong", feed="tickerline-en", lang="en", published="2024-08-13T05:10:00Z",
         slug="russia-deputy-pm-khusnullin-visits-iturup",
         title="Russian Deputy PM Khusnullin visits disputed Iturup island",
         summary="Russian Deputy Prime Minister Marat Khusnullin visited one of the islands claimed by Japan, "
                 "regional authorities said.",
         label="new_development", group="g3-khusnullin-visit",
         new_facts=["Russian Deputy PM Marat Khusnullin made a working visit to the southern Kurils"],
         must_mention=[["khusnullin"], ["visit", "island"]], tags=["Russia", "Japan"],
         body=[
             "MOSCOW, Aug 13 (Tickerline) - Russian Deputy Prime Minister Marat Khusnullin, who oversees "
             "construction in the government, visited Iturup on Tuesday, one of the four Russian-held islands "
             "claimed by Japan, the Sakhalin regional government said.",
             "Khusnullin inspected the construction of a 300-place school and a sewage treatment plant, the "
             "regional administration said in a statement, and was due to hold a meeting on transport links to "
             "the islands later in the day.",
             "\"The Kurils must live no worse than the mainland,\" Khusnullin told reporters. He was accompanied "
             "by Sakhalin Governor Valery Limarenko and spoke with residents waiting to be moved out of "
             "dilapidated housing.",
             "There was no immediate comment from Japan's Foreign Ministry.",
             "Senior Russian officials have made frequent trips to the islands, which Soviet forces seized at "
             "the end of World War Two. Japan routinely protests against such visits. The dispute has prevented "
             "the two countries from signing a formal peace treaty.",
             "(Reporting by Tickerline Moscow bureau; Editing by Hugh Pelham)",
         ],
         note="Second report of the visit, after {g3-ru}; it wrongly names Iturup (the island is corrected in "
              "{g3-en-corrected}). Same development, no new fact."),

    dict(key="g3-en-corrected", feed="tickerline-en", lang="en", published="2024-08-13T07:45:00Z",
         slug="corrected-russia-deputy-pm-khusnullin-visits-shikotan-kunashir",
         title="CORRECTED-Russian Deputy PM Khusnullin visits disputed Shikotan, Kunashir islands",
         summary="Corrects island named in earlier story; Japan conveys regret over the visit.",
         label="new_development", group="g3-khusnullin-visit",
         new_facts=["Khusnullin's visit was to Shikotan and Kunashir (not Iturup as first reported)"],
         must_mention=[["khusnullin"], ["shikotan", "kunashir"]], tags=["Russia", "Japan"],
         body=["[note] (Corrects island in headline and paragraphs 1 and 2 to Shikotan and Kunashir, not Iturup; "
               "adds Japanese Foreign Ministry reaction in paragraph 4)"] + G3_CORRECTED_BODY,
         note="Correction of {g3-en-wrong} (fixes a detail: the islands visited) plus Japan's reaction. Same "
              "development as {g3-ru}; a repeat alert would be spam."),

    dict(key="g3-wirehound", feed="wirehound-en", lang="en", published="2024-08-13T08:20:00Z",
         title="Russian Deputy PM Khusnullin visits disputed Shikotan, Kunashir islands",
         summary="Russian Deputy Prime Minister Marat Khusnullin toured two of the islands claimed by Japan.",
         label="new_development", group="g3-khusnullin-visit",
         new_facts=["Syndicated copy of the corrected Tickerline story on Khusnullin's visit"],
         must_mention=[["khusnullin"], ["shikotan", "kunashir"]],
         body=G3_CORRECTED_BODY[:-1], source_line="Source: Tickerline International. Republished under licence.",
         note="Verbatim syndicated copy of {g3-en-corrected}, 35 minutes later, without the correction line."),

    # ------------------------------------------------------------------ tickerline: Sakhalin-2 look-alike
    dict(key="n-sakhalin2", feed="tickerline-en", lang="en", published="2024-10-02T08:10:00Z",
         slug="japan-utilities-extend-sakhalin-2-lng",
         title="Japanese utilities extend Sakhalin-2 LNG contracts despite Western pressure",
         summary="Two Japanese power companies renewed purchase deals for liquefied natural gas from Russia's "
                 "Sakhalin-2 project.",
         label="off_topic", tags=["Energy", "Japan", "Russia"],
         body=[
             "TOKYO, Oct 2 (Tickerline) - Two Japanese utilities have extended contracts to buy liquefied natural "
             "gas from Russia's Sakhalin-2 project beyond 2026, people familiar with the matter said, underlining "
             "Tokyo's reliance on Russian gas despite sanctions over the war in Ukraine.",
             "The deals, each for about 0.5 million tonnes a year, were signed with Sakhalin Energy, the operator "
             "that Moscow placed under a new Russian entity in 2022, the sources said, declining to be named "
             "because the contracts are confidential.",
             "Sakhalin-2 supplies roughly 9% of Japan's LNG imports. The project's proximity - a tanker reaches "
             "Japanese terminals in about three days - makes its cargoes among the cheapest Japan can buy.",
             "Japan's industry ministry said it did not comment on individual commercial contracts but that "
             "maintaining interests in Sakhalin projects was \"important for energy security\".",
             "Mitsui & Co and Mitsubishi Corp kept their stakes in Sakhalin-2 after Moscow's 2022 decree, while "
             "Shell exited. Washington has granted Japanese buyers waivers under its sanctions regime for oil "
             "from the neighbouring Sakhalin-1 project.",
             "(Reporting by Tickerline Tokyo energy team; Editing by Hugh Pelham)",
         ],
         note="Look-alike: unrelated Japan-Russia news (LNG trade), no bearing on the treaty or the islands."),

    # ------------------------------------------------------------------ g5 status change up: FLASH + UPDATE 1
    dict(key="g5-flash", feed="tickerline-en", lang="en", published="2024-11-19T10:02:00Z",
         slug="flash-russia-japan-restart-peace-treaty-consultations",
         title="FLASH: Russia, Japan agree to restart peace treaty consultations - Russian foreign ministry",
         summary="Russia and Japan have agreed to restart consultations on a peace treaty, the Russian Foreign "
                 "Ministry said.",
         label="status_change", group="g5-talks-restart",
         new_facts=["Russia and Japan agreed to restart peace treaty consultations (broken off by Moscow in "
                    "March 2022)"],
         must_mention=[["peace treaty"], ["restart", "resum"]], tags=["Russia", "Japan"], read=1,
         body=["BELGRADE, Nov 19 (Tickerline) - Russia and Japan have agreed to restart consultations on a peace "
               "treaty, the Russian Foreign Ministry said on Tuesday.",
               "[ed] Developing story; refresh for updates."],
         note="FLASH with a near-empty page: first report of the status change. Old state (seeds 000-004): "
              "Russia refused to continue peace treaty talks from March 2022; Rudenko Feb 2024 'categorically "
              "impossible'. New state: consultations restarted."),

    dict(key="g5-update1", feed="tickerline-en", lang="en", published="2024-11-19T10:40:00Z",
         slug="update-1-russia-japan-restart-peace-treaty-talks-belgrade",
         title="UPDATE 1-Russia, Japan to restart peace treaty talks after Belgrade meeting, 2-1/2 years after "
               "Moscow walked out",
         summary="Deputy foreign ministers met in Belgrade and agreed to resume consultations; next round in "
                 "Tokyo in the first half of 2025.",
         label="status_change", group="g5-talks-restart",
         new_facts=["Deputy FMs Rudenko and Matsuoka met in Belgrade; consultations restart, next round in Tokyo "
                    "in the first half of 2025"],
         must_mention=[["peace treaty"], ["restart", "resum"]], tags=["Russia", "Japan", "Diplomacy"], read=3,
         body=[
             "(Adds details of meeting, Japanese reaction, background)",
             "BELGRADE/TOKYO, Nov 19 (Tickerline) - Russia and Japan agreed on Tuesday to restart consultations "
             "on a peace treaty, two and a half years after Moscow walked out of the talks over Tokyo's sanctions, "
             "the two foreign ministries said.",
             "Russian Deputy Foreign Minister Andrei Rudenko and Hiroshi Matsuoka, Japan's deputy minister for "
             "foreign affairs, met in the Serbian capital and \"agreed to resume consultations on a peace treaty "
             "and on the broader agenda of bilateral relations\", the Russian ministry said in a statement.",
             "The next round will be held in Tokyo in the first half of 2025, it said.",
             "Moscow added that the Russian side had \"reaffirmed that its sovereignty over the southern Kuril "
             "Islands is not subject to discussion\".",
             "Japan's Foreign Ministry said Matsuoka had stressed Tokyo's policy of \"resolving the territorial "
             "issue and concluding a peace treaty\" and had asked for an early resumption of visits by former "
             "islanders to family graves.",
             "It was the first agreement on treaty talks since March 2022, when Russia said it would not continue "
             "negotiations with \"a state that takes openly unfriendly positions\". In February this year "
             "Rudenko said resuming the dialogue was \"categorically impossible\".",
             "The two countries never signed a peace treaty after World War Two because of the dispute over the "
             "islands, which Japan calls the Northern Territories.",
             "(Reporting by Tickerline Moscow and Tokyo bureaus; Editing by Clare Whitlow)",
         ],
         note="UPDATE 1 of {g5-flash}, 38 minutes later, with more detail (place, participants, next round). "
              "Same development."),

    # ------------------------------------------------------------------ redkite: analysis of g5
    dict(key="n-belgrade-analysis", feed="redkite-en", lang="en", published="2024-11-20T07:00:00Z",
         slug="after-belgrade-russia-japan",
         title="After Belgrade: what Moscow's return to the table does - and doesn't - change",
         summary="The restart of Russia-Japan peace treaty consultations is real. The islands question, the "
                 "visa-free exchanges and the joint projects are where they were.",
         label="restatement", kicker="Analysis", author="Tomas Lindgren", read=6,
         body=[
             "Yesterday's announcement in Belgrade that Russia and Japan will restart peace treaty consultations "
             "ends a freeze that Moscow imposed in March 2022. It is worth being precise about what has and has "
             "not moved.",
             "## What moved",
             "The format. Deputy foreign ministers met, both sides published readouts, and a next round in Tokyo "
             "has a rough date. For two and a half years Moscow's line, repeated as recently as February, was "
             "that such a dialogue was 'categorically impossible'.",
             "## What did not",
             "Substance. Moscow's readout went out of its way to say that sovereignty over the southern Kurils "
             "'is not subject to discussion' - the same formula the Foreign Ministry has used for years. Tokyo's "
             "readout repeated its own formula about resolving the territorial issue first.",
             "The visa-free exchanges that Russia terminated in 2022 remain terminated. So does Russia's "
             "withdrawal from the dialogue on joint economic activity on the islands, and Japan's status in the "
             "Black Sea Economic Cooperation organisation is still blocked. None of these was mentioned in either "
             "readout.",
             "## What to watch",
             "Whether the Tokyo round actually happens, and whether grave visits for former islanders - the one "
             "humanitarian item Tokyo raised - reappear in Russian statements. Until then, Belgrade is a door "
             "opened, not a room entered.",
         ],
         note="Next-day analysis of the g5 restart ({g5-flash}); no new fact, restates the restart and seed "
              "states (visa-free terminated, joint economic dialogue withdrawn, BSEC blocked)."),

    # ------------------------------------------------------------------ emberly: wished-for
    dict(key="n-ishiba-hopes", feed="emberly-en", lang="en", published="2025-01-28T05:30:00Z",
         slug="ishiba-hopes-revived-talks-grave-visits",
         title="Ishiba hopes revived treaty talks will let former islanders visit graves",
         summary="The prime minister told the Diet he wants the restarted consultations with Moscow to bring "
                 "grave visits back, but offered no timetable.",
         label="restatement", kicker="Japan", author="Mika Sorensen",
         body=[
             "TOKYO - Prime Minister Shigeru Ishiba said on Tuesday he hoped the peace treaty consultations that "
             "Japan and Russia restarted in November would lead to an early resumption of visits by former "
             "residents of the Russian-held islands to their family graves.",
             "\"The former islanders are very old. I strongly hope that, through the consultations, grave visits "
             "can be realised as soon as possible,\" Ishiba said in answer to a question in the lower house budget "
             "committee.",
             "He gave no timetable and said the date of the next round of consultations, due in Tokyo in the first "
             "half of the year, had not been fixed.",
             "Ishiba repeated that Tokyo's basic policy of resolving the territorial issue and concluding a peace "
             "treaty was unchanged.",
             "Grave visits were part of the visa-free exchange framework that Russia terminated in March 2022 "
             "after Japan imposed sanctions over Ukraine. Moscow has not said whether it would consider restoring "
             "them.",
         ],
         comments=1, comment_list=[("Nemuro_reader", "Hoping is not a policy.")],
         note="Wished-for version of a move ('hopes ... grave visits can be realised'); restates the g5 restart "
              "and the seed fact that visa-free visits were terminated. No new fact."),

    # ------------------------------------------------------------------ g6 status change down: EN + copy
    dict(key="g6-en", feed="tickerline-en", lang="en", published="2025-04-15T12:00:00Z",
         slug="russia-suspends-peace-treaty-consultations-japan-diet-resolution",
         title="Russia suspends revived peace treaty consultations with Japan over parliament resolution",
         summary="Moscow called off a second round planned in Tokyo in May, citing a Japanese lower house "
                 "resolution on the islands.",
         label="status_change", group="g6-talks-suspended",
         new_facts=["Russia suspended the peace treaty consultations restarted in Belgrade and cancelled the May "
                    "round in Tokyo"],
         must_mention=[["suspend"], ["peace treaty"]], tags=["Russia", "Japan", "Diplomacy"], body=G6_BODY,
         note="Second report of the status change first reported in Russian by {g6-ru}. Old state: consultations "
              "restarted in Belgrade (g5, Nov 2024); new state: suspended."),

    dict(key="g6-wirehound", feed="wirehound-en", lang="en", published="2025-04-15T12:40:00Z",
         title="Russia suspends revived peace treaty consultations with Japan over parliament resolution",
         summary="Moscow called off a second round planned in Tokyo in May.",
         label="status_change", group="g6-talks-suspended",
         new_facts=["Syndicated copy of the Tickerline report of the suspension"],
         must_mention=[["suspend"], ["peace treaty"]],
         body=G6_BODY[:-1], source_line="Source: Tickerline International. Republished under licence.",
         note="Verbatim syndicated copy of {g6-en}, 40 minutes later."),

    # ------------------------------------------------------------------ tickerline: requested
    dict(key="n-iwaya-urges", feed="tickerline-en", lang="en", published="2025-05-27T09:10:00Z",
         slug="japan-urges-russia-return-peace-treaty-talks",
         title="Japan urges Russia to return to suspended peace treaty talks",
         summary="Foreign Minister Takeshi Iwaya called on Moscow to resume the consultations it halted in April.",
         label="restatement", tags=["Japan", "Russia"],
         body=[
             "TOKYO, May 27 (Tickerline) - Japanese Foreign Minister Takeshi Iwaya on Tuesday urged Russia to "
             "return to peace treaty consultations that Moscow suspended last month, saying the dialogue was "
             "\"in the interest of both countries\".",
             "\"We strongly call on the Russian side to come back to the consultations as soon as possible,\" "
             "Iwaya told a regular news conference. He said Japan had conveyed its position through diplomatic "
             "channels but that there had been no response.",
             "Russia halted the consultations on April 15 and cancelled a round planned in Tokyo, objecting to a "
             "resolution of Japan's lower house that called Russia's presence on the disputed islands an "
             "\"illegal occupation\". The talks had been revived in Belgrade in November.",
             "Iwaya declined to say whether the government would seek changes to the parliamentary resolution, "
             "calling it \"a matter for the Diet\".",
             "He said Japan would also keep asking Moscow to allow former residents of the islands to visit family "
             "graves, which have been off limits since Russia ended visa-free exchanges in 2022.",
             "Tokyo's policy remains to resolve the territorial issue and conclude a peace treaty, Iwaya said.",
             "(Reporting by Tickerline Tokyo bureau)",
         ],
         note="Requested version of a move ('urges Russia to return'); restates the g6 suspension ({g6-ru}). "
              "No new fact."),

    # ------------------------------------------------------------------ wrong FLASH (neutral) + correction
    dict(key="n-wrong-flash", feed="tickerline-en", lang="en", published="2025-06-10T04:12:00Z",
         slug="flash-russia-restore-visa-free-kurils",
         title="FLASH: Russia to restore visa-free trips for Japanese to southern Kurils - Vostok agency citing "
               "official",
         summary="Russia will restore visa-free travel for Japanese citizens to the southern Kurils, a Russian "
                 "agency reported, citing an official.",
         label="neutral", tags=["Russia", "Japan"], read=1,
         body=["MOSCOW, June 10 (Tickerline) - Russia will restore visa-free travel for Japanese citizens to the "
               "southern Kuril Islands, the Vostok news agency reported on Tuesday, citing an unnamed official.",
               "[ed] Developing story; refresh for updates."],
         note="Borderline: an erroneous flash (withdrawn two hours later in {n-wrong-flash-corr}). A monitor "
              "cannot know it is wrong; not scored either way."),

    dict(key="n-wrong-flash-corr", feed="tickerline-en", lang="en", published="2025-06-10T06:05:00Z",
         slug="corrected-russia-no-plans-visa-free-kurils",
         title="CORRECTED-Russia has no plans to restore visa-free Kuril trips for Japanese, ministry says",
         summary="Corrects earlier flash: the agency report it cited was withdrawn; Moscow says no decision has "
                 "been taken.",
         label="restatement", tags=["Russia", "Japan"],
         body=[
             "[note] (Corrects June 10 flash headlined 'Russia to restore visa-free trips for Japanese to southern "
             "Kurils'; the Vostok agency report it cited has been withdrawn. The earlier report was wrong.)",
             "MOSCOW, June 10 (Tickerline) - Russia has no plans to restore visa-free travel for Japanese citizens "
             "to the southern Kuril Islands, the Russian Foreign Ministry said on Tuesday, after a Russian news "
             "agency withdrew a report that said the trips would resume.",
             "\"No such decision has been taken. The visa-free exchanges were terminated in 2022 and that remains "
             "the case,\" the ministry's press service told Tickerline.",
             "The Vostok agency said its correspondent had misreported remarks by a regional official about a "
             "Japanese request for a one-off humanitarian visit, which the ministry said was \"being studied\". "
             "It gave no timetable.",
             "Russia terminated the visa-free arrangements, based on agreements from 1991 and 1999, in March 2022 "
             "in response to Japanese sanctions.",
             "(Reporting by Tickerline Moscow bureau; Editing by Clare Whitlow)",
         ],
         note="Correction saying the earlier report was wrong: visa-free trips stay terminated (seed 001/003); "
              "'being studied' one-off request is only a questioned/possible move. Restatement."),

    # ------------------------------------------------------------------ g1 collision: UPDATE 1, UPDATE 2-CORRECTED
    dict(key="g1-en-update1", feed="tickerline-en", lang="en", published="2025-07-22T03:20:00Z",
         slug="update-1-japanese-fishing-boat-collides-russian-patrol-ship",
         title="UPDATE 1-Japanese fishing boat collides with Russian patrol ship off disputed islands",
         summary="A Nemuro fishing boat and a Russian border guard vessel collided near Tanfilyev Island; the "
                 "boat was escorted back to port.",
         label="new_development", group="g1-collision",
         new_facts=["Japanese fishing boat Hokushin Maru No.21 collided with a Russian FSB border guard ship near "
                    "Tanfilyev (Suisho) Island"],
         must_mention=[["collid", "collision"], ["patrol", "border guard"]], tags=["Japan", "Russia", "Maritime"],
         body=[
             "(Adds details on crew, location, coast guard comment)",
             "TOKYO, July 22 (Tickerline) - A Japanese fishing boat collided with a Russian border guard ship on "
             "Tuesday morning near Tanfilyev Island, one of the Russian-held Habomai islets off Hokkaido, Japan's "
             "coast guard said.",
             "The 9.7-tonne Hokushin Maru No.21 from Nemuro, with five crew aboard, was damaged at the bow but "
             "stayed afloat. Three crew members suffered minor injuries, the coast guard said. A Japan Coast Guard "
             "patrol vessel was escorting the boat to Hanasaki port.",
             "The collision happened at around 9:35 a.m. (0035 GMT) close to the median line between Hokkaido and "
             "the island, which Japan calls Suisho, the coast guard said. It was not immediately clear which "
             "vessel was at fault or whether the Russian side had tried to board the boat.",
             "Russia's FSB border service did not immediately respond to a request for comment.",
             "Japanese boats fishing near the Russian-held islands are regularly inspected and sometimes detained "
             "by Russian border guards, but collisions are rare.",
             "(Reporting by Tickerline Tokyo bureau; Editing by Hugh Pelham)",
         ],
         note="UPDATE 1 after the Japanese 速報 {g1-ja-flash}: more detail (boat, crew). Its injury count "
              "(three) is corrected to one in {g1-en-update2}."),

    dict(key="g1-en-update2", feed="tickerline-en", lang="en", published="2025-07-22T08:00:00Z",
         slug="update-2-corrected-japan-protests-russia-fishing-boat-collision",
         title="UPDATE 2-CORRECTED-Japan protests to Russia over fishing boat collision off Hokkaido",
         summary="Tokyo lodged a protest after a Russian border guard ship and a Nemuro fishing boat collided; "
                 "Russia says the boat tried to evade inspection.",
         label="new_development", group="g1-collision",
         new_facts=["Follow-up: Japanese protest and Russian border service version of the collision"],
         must_mention=[["collid", "collision"], ["patrol", "border guard"]], tags=["Japan", "Russia", "Maritime"],
         body=[
             "[note] (Corrects number of injured crew members in paragraph 3 to one, from three; adds Japanese "
             "protest, Russian border service statement)",
             "TOKYO, July 22 (Tickerline) - Japan protested to Russia on Tuesday after a Russian border guard ship "
             "collided with a Japanese fishing boat near the Russian-held Habomai islets, and asked Moscow to "
             "ensure the safety of Japanese fishermen.",
             "The 9.7-tonne Hokushin Maru No.21 from Nemuro was damaged at the bow in the collision near "
             "Tanfilyev Island, which Japan calls Suisho. One of its five crew members suffered a minor injury, "
             "the Japan Coast Guard said. The boat reached Hanasaki port under coast guard escort in the afternoon.",
             "\"It is extremely regrettable. We have lodged a protest and requested an explanation,\" Chief "
             "Cabinet Secretary Yoshimasa Hayashi said.",
             "The Sakhalin directorate of Russia's FSB border service said the boat had made a \"dangerous "
             "manoeuvre\" while trying to avoid an inspection and that the patrol ship sustained minor damage. "
             "It said the boat was not detained.",
             "Nemuro's fishing cooperative said the boat had been operating legally on the Japanese side of the "
             "median line.",
             "(Reporting by Tickerline Tokyo and Moscow bureaus; Editing by Clare Whitlow)",
         ],
         note="Same-day UPDATE 2 with a correction note (injured: one, not three) and reactions; no new "
              "development beyond the collision already flashed in {g1-ja-flash}."),

    # ------------------------------------------------------------------ g7 one-off permission: EN
    dict(key="g7-en", feed="emberly-en", lang="en", published="2025-08-05T09:30:00Z",
         slug="russia-allows-one-off-scattering-ashes-shikotan",
         title="Russia allows one-off scattering of a former islander's ashes off Shikotan",
         summary="Moscow has agreed, 'as an exception', to let a Nemuro family scatter a former resident's ashes "
                 "in the bay where he was born. Exchanges stay suspended.",
         label="new_development", group="g7-ashes-one-off", kicker="Japan", author="Kenta Marsh",
         new_facts=["Russia allowed, as a one-off, the scattering of a former Shikotan resident's ashes off the "
                    "island in September; visa-free exchanges remain suspended"],
         must_mention=[["ashes", "scatter"], ["one-off", "one-time", "exception", "once"]],
         body=[
             "NEMURO - Russia has agreed to let the family of a former resident of Shikotan scatter his ashes in "
             "the bay off the island's main village, in what Moscow described as a one-off humanitarian exception, "
             "a former residents' league in Nemuro said on Tuesday.",
             "The man, who was born in Shakotan village in 1931 and died last year aged 93, had asked that his "
             "ashes be returned to the sea off his birthplace. Five relatives will sail from Nemuro in mid-"
             "September on a chartered boat, the league said.",
             "Russia's Foreign Ministry conveyed its consent in a diplomatic note, saying it was granted \"for "
             "humanitarian reasons, as an exception and on this occasion only\", according to Japan's Foreign "
             "Ministry.",
             "The trip will not take place under the visa-free exchange programme, which Russia terminated in 2022, "
             "and Tokyo said the arrangement did not change that. \"We will continue to seek the full resumption "
             "of exchanges, above all grave visits,\" a ministry official said.",
             "\"My father talked about the bay every summer. We are grateful, but it should not take a death to "
             "go home,\" his eldest daughter told reporters.",
         ],
         note="English rewrite of the Japanese first report {g7-ja}. A one-off exception: news, but the state of "
              "the visa-free exchanges (terminated, seeds) does not change."),

    # ------------------------------------------------------------------ wirehound: old news, fresh date
    dict(key="n-republished-2022", feed="wirehound-en", lang="en", published="2025-12-02T06:00:00Z",
         title="Russia ends visa-free travel for Japanese citizens to Kuril Islands",
         summary="Moscow scraps 1991 arrangement and quits peace talks with Tokyo over sanctions.",
         label="restatement",
         body=[
             "Russia has ended an arrangement dating back to 1991 that allowed Japanese citizens to visit the "
             "Kuril Islands without a visa, and has broken off talks with Japan on formally ending the Second "
             "World War, citing Tokyo's \"openly unfriendly\" conduct.",
             "The Foreign Ministry announced on Monday that it would terminate the visa-free regime and \"does not "
             "intend to continue negotiations with Japan on a peace agreement\" because of Japanese sanctions over "
             "the conflict in Ukraine.",
             "Russia also withdrew from talks on joint economic activities with Japan on the southern Kurils and "
             "will block Tokyo's partner status in the Black Sea Economic Cooperation organisation.",
             "Moscow and Tokyo never formally concluded a peace treaty after the Second World War because of the "
             "dispute over the four southernmost islands of the Kuril chain, which Japan calls its Northern "
             "Territories.",
             "Iturup, Kunashir, Shikotan and the Habomai islets were administered by Japan between 1855 and 1945, "
             "when the Soviet Union took possession of them. Russia and Japan signed the visa-free agreement in "
             "1991 and added a protocol in 1999 to ease visits by former Japanese residents.",
             "\"All responsibility for the damage to bilateral cooperation lies with official Tokyo,\" the ministry "
             "said.",
         ],
         source_line="Compiled from wire reports.",
         note="Old news republished with a fresh date: the March 2022 termination (seeds 000, 003), with no "
              "sign that it is three years old. Restatement."),

    # ------------------------------------------------------------------ g4 decree: EN, news buried
    dict(key="g4-en", feed="redkite-en", lang="en", published="2026-02-17T10:00:00Z",
         slug="pacific-fleet-shake-up-far-east-naval-map",
         title="Pacific Fleet shake-up: Moscow redraws its naval map of the Far East",
         summary="A set of Kremlin decrees reorganises commands from Kamchatka to Primorye. One of them matters "
                 "more to Tokyo than the rest.",
         label="new_development", group="g4-naval-base-decree", kicker="Maritime", author="Nadia Okafor", read=5,
         new_facts=["Putin signed a decree creating a Kuril naval base of the Pacific Fleet, headquartered in "
                    "Kurilsk on Iturup"],
         must_mention=[["naval base"], ["decree"]],
         body=[
             "Russia's Pacific Fleet has spent the past two years absorbing new corvettes, submarines and coastal "
             "missile units. This week the Kremlin caught up with the paperwork.",
             "A batch of presidential decrees published on Tuesday renames the Kamchatka flotilla, moves the "
             "fleet's aviation command from Knevichi to Vladivostok proper and creates a separate logistics "
             "directorate for Arctic-bound ships. Most of this is housekeeping.",
             "## The one Tokyo will read twice",
             "The exception is a short decree that creates a new Kuril naval base, headquartered in Kurilsk on "
             "Iturup, with basing points in Kasatka Bay on the same island and in Malokurilskaya Bay on Shikotan. "
             "Until now ships on the islands answered to Kamchatka or Vladivostok. The decree takes effect on "
             "signing; a commander is to be named by the defence minister.",
             "For Japan, which claims Iturup and Shikotan, a formal naval base is a different order of thing from "
             "a rotation of patrol boats. It gives the islands a standing naval command and, with it, budgets and "
             "infrastructure that will be hard to unwind.",
             "## The rest of the reshuffle",
             "The Primorye changes mostly formalise what has happened on the ground since 2024. The Kamchatka "
             "renaming follows the arrival of two more Borei-class submarines at Vilyuchinsk.",
             "Expect Tokyo's defence white paper this summer to carry a new map.",
         ],
         note="The news (decree creating a Kuril naval base) is neither in the headline nor in the lead; first "
              "reported in Russian by {g4-ru}. Same development."),

    # ------------------------------------------------------------------ wirehound: g2 republished, fresh date
    dict(key="n-republished-g2", feed="wirehound-en", lang="en", published="2026-05-12T05:00:00Z",
         title="Russia stations troops on Habomai islet near Japan; Tokyo protests",
         summary="Russia has placed a permanent garrison on Zelyony, the largest of the Habomai islets.",
         label="restatement",
         body=G2_UPDATE_BODY[1:-1], source_line="Compiled from wire reports.",
         note="The May 2024 garrison story (g2, {g2-ru-flash}) republished two years later with a fresh date and "
              "no update. Known from the corpus; restatement."),

    # ------------------------------------------------------------------ redkite: questioned
    dict(key="n-five-questions", feed="redkite-en", lang="en", published="2026-06-23T08:00:00Z",
         slug="will-moscow-come-back-five-questions",
         title="Will Moscow come back to the table? Five questions on the frozen treaty talks",
         summary="Fourteen months after Russia suspended the revived consultations, nothing suggests a quick "
                 "return. Here is what would have to change.",
         label="restatement", kicker="Explainer", author="Tomas Lindgren", read=7,
         body=[
             "## 1. Where do things stand?",
             "Russia suspended the peace treaty consultations on April 15, 2025, five months after they were "
             "revived in Belgrade, citing a Japanese lower house resolution. No round has been held since, and "
             "Moscow has not proposed one.",
             "## 2. Could the talks resume this year?",
             "Possibly, but nothing points that way. Russian officials have said a return would require Tokyo to "
             "'reconsider' the resolution. Japanese ministers say the Diet's decisions are the Diet's.",
             "## 3. What about the visa-free exchanges?",
             "Still terminated, as they have been since 2022. Moscow has granted a handful of one-off humanitarian "
             "exceptions, such as last September's scattering of ashes off Shikotan, without touching the "
             "framework.",
             "## 4. Is the military picture changing?",
             "Yes, in one direction: a permanent garrison on Zelyony since 2024 and, since February, a Kuril naval "
             "base headquartered on Iturup.",
             "## 5. Would a new Japanese government change anything?",
             "Probably not by itself. Any Japanese prime minister would face the same trade-off between sanctions "
             "policy in Europe and a dialogue that Moscow opens and closes at will.",
         ],
         note="Questioned version of a move ('Could the talks resume?'); restates the g6 suspension, the seed "
              "termination of visa-free exchanges, g7, g2 and g4. No new fact."),

    # ------------------------------------------------------------------ emberly: Japan-China treaty look-alike
    dict(key="n-japan-china-treaty", feed="emberly-en", lang="en", published="2026-08-12T06:00:00Z",
         slug="japan-china-peace-treaty-anniversary",
         title="Japan, China mark peace and friendship treaty anniversary with muted ceremonies",
         summary="Receptions in Tokyo and Beijing for the 48th anniversary of the 1978 treaty were held at "
                 "deputy minister level.",
         label="off_topic", kicker="Asia", author="Li Wen Parker",
         body=[
             "TOKYO - Japan and China marked the 48th anniversary of their 1978 Treaty of Peace and Friendship on "
             "Wednesday with receptions that both governments kept deliberately low-key.",
             "In Tokyo, the Chinese embassy's reception was attended by a parliamentary vice-minister rather than a "
             "cabinet member. In Beijing, a vice foreign minister spoke at the Japanese embassy's event, calling "
             "for 'stable and constructive' ties.",
             "Relations have been strained by Chinese coast guard activity around the Senkaku Islands, detentions "
             "of Japanese nationals in China and Beijing's restrictions on Japanese seafood imports, which were "
             "eased only partly last year.",
             "The 1978 treaty, signed six years after diplomatic ties were normalised, commits both sides to "
             "settle disputes peacefully and to oppose hegemony in the region. A proposed leaders' meeting on its "
             "50th anniversary in 2028 is already being discussed, diplomats said.",
             "Trade between the two countries fell for a third straight year in 2025, to about $290 billion, "
             "according to Chinese customs data, as Japanese firms shifted some production to Southeast Asia.",
         ],
         note="Look-alike: another peace treaty (Japan-China 1978), not Russia-Japan."),

    # ------------------------------------------------------------------ tickerline: neutral
    dict(key="n-new-ambassador", feed="tickerline-en", lang="en", published="2026-09-15T10:00:00Z",
         slug="japan-names-new-ambassador-russia",
         title="Japan names career diplomat as new ambassador to Russia",
         summary="The cabinet approved Kazuhiro Nakai, a former director-general for European affairs, as "
                 "ambassador in Moscow.",
         label="neutral", tags=["Japan", "Russia", "Diplomacy"],
         body=[
             "TOKYO, Sept 15 (Tickerline) - Japan's cabinet on Tuesday approved the appointment of Kazuhiro Nakai, "
             "a former director-general of the Foreign Ministry's European Affairs Bureau, as ambassador to Russia, "
             "the government said.",
             "Nakai, 59, a Russian speaker who served two earlier postings in Moscow, replaces an ambassador who "
             "held the post for three years. He is expected to arrive in Moscow in October. He has also served in "
             "Washington and at Japan's mission to the United Nations in New York.",
             "The appointment comes with relations at a low. Peace treaty consultations, revived in late 2024, have "
             "been suspended by Russia since April 2025, and Japan continues to apply sanctions over the war in "
             "Ukraine.",
             "\"Communicating with Russia on issues such as fisheries and the safety of Japanese nationals remains "
             "important,\" the chief cabinet secretary told reporters when asked about the appointment.",
             "(Reporting by Tickerline Tokyo bureau)",
         ],
         note="Borderline: a routine ambassadorial appointment with background on the suspended talks (g6). Not "
              "a development of the dispute, not quite off-topic."),
]
