# -*- coding: utf-8 -*-
"""English-language articles of corpus blind66 (ids b66-NN).

Each entry: id, feed, published (UTC, ISO), title, summary, label, group, new_facts,
must_mention, note, author, body (list of paragraphs; '## ' starts a subhead,
'> ' a pull quote).
"""

ARTICLES = [
# ---------------------------------------------------------------------------------
dict(
    id="b66-03", feed="yarrowdale-en", published="2024-04-18T08:00:00Z",
    title="Japan and Russia close salmon talks with catch limit unchanged",
    summary="Annual talks on Russian-origin salmon caught in Japanese waters ended with the same "
            "ceiling as last year; the spring drift-net season off eastern Hokkaido can start.",
    label="neutral",
    note="Routine annual salmon talks ending as every year; first mention in the corpus, not in "
         "the seeds, about Japan's own EEZ - borderline, unscored.",
    author="Martha Ingleby",
    body=[
        "TOKYO - Japan and Russia have concluded their annual negotiations on Japanese catches of "
        "salmon and trout of Russian origin, agreeing to keep the ceiling at 2,050 tonnes for this "
        "year, the Fisheries Agency said on Thursday.",
        "The talks, held by video link over nine days, set the cooperation fee that Japanese "
        "fishing groups pay to the Russian side at between 200 million and 300 million yen "
        "depending on the size of the catch, a range unchanged from 2023.",
        "Japanese drift-net fishing for salmon inside Russia's exclusive economic zone has been "
        "banned since 2016 under Russian law, and the negotiations now cover only fish that "
        "spawn in Russian rivers but are caught within Japan's 200-nautical-mile zone off the "
        "Pacific coast of Hokkaido and northern Honshu.",
        "\"The boats have been waiting in port, and they can now go out,\" an agency official "
        "told reporters, describing the atmosphere of the talks as businesslike.",
        "The salmon accord is one of a handful of fisheries channels between Tokyo and Moscow "
        "that have continued to operate since political ties collapsed after Russia's full-scale "
        "invasion of Ukraine in 2022. Catches have been poor for years, however, as warmer water "
        "pushes the fish north. Last season Japanese boats landed well under half of the "
        "permitted volume.",
        "Fishing cooperatives in Nemuro and Kushiro, which rely on the short spring season, "
        "welcomed the outcome but said the fee remained a heavy burden when catches were so thin. "
        "\"We pay for a quota we cannot fill,\" said the head of one cooperative.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-05", feed="whinmoor-wire", published="2024-06-12T06:00:00Z",
    title="Former islanders pray at sea off Habomai as landings stay off limits",
    summary="A chartered ship carried former residents of the Russian-held islands to within "
            "sight of their birthplaces for a memorial service held without going ashore.",
    label="restatement",
    note="Occasion piece: offshore memorial instead of grave visits; restates that visa-free "
         "trips (and with them grave visits) have been halted since Russia's March 2022 decision "
         "(seeds 001, 003). The planned second cruise is no development.",
    author="Kenji Abernethy",
    body=[
        "NEMURO, Japan (Whinmoor Wire) - Sixty former residents of the Russian-controlled islands "
        "off Hokkaido and their relatives held a memorial service on Tuesday aboard a ship "
        "anchored within sight of the Habomai group, the third year in a row that the event has "
        "taken the place of visits to family graves.",
        "The service was held on the deck of the Etopirika, the vessel built for visa-free "
        "exchanges with the islands, which left Nemuro port at dawn and stopped in waters "
        "controlled by Japan a few kilometres from Suisho island. Participants dropped "
        "chrysanthemums into the sea and read out the names of relatives buried on the islands.",
        "\"My grandparents are over there, a few kilometres away, and I cannot go to them,\" said "
        "Toshiko Hamada, 86, who was born on Shibotsu island and left it as a girl in 1947. \"All "
        "we can do is pray from the sea.\"",
        "Russia ended the arrangements that allowed Japanese citizens to visit the islands "
        "without visas in March 2022, citing Tokyo's sanctions over the invasion of Ukraine. "
        "Grave visits by former residents, first organised in 1964, were last held in 2019 before "
        "the pandemic halted them, and have not been possible since.",
        "Organisers from the Chishima and Habomai Islands Residents' League said they would keep "
        "asking the government to seek a resumption of grave visits \"as a humanitarian matter "
        "separate from politics\". The Cabinet Office, which pays for the cruise, said the "
        "service was \"not a substitute\" for visits but the best that could be done under "
        "present circumstances.",
        "A second offshore service, off Kunashir, is planned for September.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-08", feed="tombolo-hokkaido", published="2024-07-05T04:00:00Z",
    title="A quiet harbour in kelp season",
    summary="Habomai's kelp fleet is tied up at the height of the harvest.",
    label="new_development", group="g-kelp-revoked",
    new_facts=["Russia's border service revoked this season's permits for Japanese kelp boats off "
               "Kaigara island from July 4, 2024, citing boats fishing outside the agreed zone"],
    must_mention=[["kelp"], ["revok", "withdr", "pulled", "cancel"]],
    note="Same development as b66-06 (first report, Japanese); the move is only in the lead's "
         "second sentence, the headline says nothing.",
    author="Ayumi Thornbury",
    body=[
        "The harbour at Habomai, on the tip of the Nemuro peninsula, should be all but empty at "
        "dawn in early July. On Thursday more than 150 small boats sat at their moorings. Russia's "
        "border service has revoked the permits that let them harvest kelp off Kaigara island, a "
        "rock in the Russian-held Habomai group less than four kilometres offshore, with effect "
        "from Thursday, accusing some crews of straying outside the agreed zone.",
        "\"There's nothing to do but mend gear and wait,\" said a fisherman in his sixties, "
        "coiling a rope on the quay. \"Nobody here has been told which boat is supposed to have "
        "crossed the line.\"",
        "The kelp beds around Kaigara have been worked by Nemuro crews under a private agreement "
        "renewed every year since 1981, one of the few arrangements that survived the breakdown "
        "of relations after Moscow's invasion of Ukraine. This year's deal was signed on May 28 "
        "on the usual terms, and the season opened on June 1.",
        "Kaigara kelp is prized for its thickness and colour and fetches premium prices in Osaka "
        "and Kyoto. The local cooperative estimates that July and August bring in about two "
        "thirds of the season's catch, worth roughly 400 million yen in a normal year.",
        "The Foreign Ministry in Tokyo has asked Moscow for an explanation and for the permits to "
        "be restored. The Hokkaido Fisheries Association said it had been given no dates or boat "
        "names to back up the Russian allegation.",
        "In the cooperative's office a whiteboard still showed the landings for July 3: "
        "11 tonnes. The column for July 4 was blank.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-09", feed="cobbleton-asia", published="2024-07-16T09:00:00Z",
    title="Seoul-Tokyo fisheries pact enters ninth year of deadlock",
    summary="South Korean and Japanese boats remain shut out of each other's exclusive economic "
            "zones as talks on the bilateral fisheries agreement stay frozen.",
    label="off_topic",
    note="Look-alike: a fishing dispute elsewhere (Korea-Japan, Sea of Japan); nothing on Russia "
         "or the Kurils.",
    author="Daniel Oyelaran",
    body=[
        "SEOUL - South Korean longline boats that once fished for hairtail in Japanese waters "
        "will again be kept out of Japan's exclusive economic zone this year, after officials "
        "from the two countries failed to schedule talks on renewing annual quotas for the "
        "ninth year running.",
        "Under a fisheries agreement signed in 1998 and revised in 1999, the two countries used "
        "to set each year how many boats could fish in the other's zone and how much they could "
        "catch. Negotiations broke down in 2016 over the number of Korean longliners and "
        "Japanese complaints about illegal fishing, and no quotas have been agreed since.",
        "Fishermen on Jeju island say the loss of the grounds off Tsushima and the Goto islands "
        "has cost them dearly. \"Our boats are making longer trips for smaller catches,\" said "
        "the head of a Seogwipo fishing association.",
        "Japanese squid and mackerel fleets have also lost access to Korean waters, although "
        "their dependence on them was smaller. Officials in Tokyo say the agreement remains in "
        "force and that talks could resume \"once conditions are in place\".",
        "The dispute is separate from the two countries' quarrel over the Dokdo islets, known in "
        "Japan as Takeshima, which lie in an area left undefined by the agreement.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-14", feed="whinmoor-wire", published="2024-09-05T10:00:00Z",
    title="'We told them we had not forgotten': a day at the graves on Kunashir",
    summary="Fourteen former residents and relatives spent five hours on the Russian-held island.",
    label="status_change", group="g-charter-grave",
    new_facts=["A one-off grave visit by former residents to Kunashir took place on Sept 4, 2024 "
               "by charter flight from Nakashibetsu, the first since visa-free trips were ended in "
               "2022 (grave visits terminated -> allowed once, by air)"],
    must_mention=[["grave"], ["charter", "flight", "plane", "flown"]],
    note="Follow-up of b66-11 (Japanese first report of Russia's note) reporting the visit held; "
         "the move is in the lead's second sentence.",
    author="Kenji Abernethy",
    body=[
        "NAKASHIBETSU, Japan (Whinmoor Wire) - Kiyo Sasamori, 87, knelt before a moss-covered "
        "stone in the Japanese cemetery at Yuzhno-Kurilsk on Wednesday and poured water from a "
        "flask she had filled in Nemuro that morning. She was one of 14 former residents and "
        "relatives flown to the Russian-held island of Kunashir on a chartered plane from "
        "Nakashibetsu, in the first grave visit Moscow has allowed since it scrapped visa-free "
        "travel to the islands in 2022.",
        "\"I told my parents we had not forgotten them,\" Sasamori said after the group landed "
        "back in Nakashibetsu in the early evening. \"I did not think I would see this place "
        "again.\"",
        "The party, accompanied by a doctor and officials from the Foreign Ministry and the "
        "Cabinet Office, spent about five hours on the island. Escorted by local officials, they "
        "visited the cemeteries in Yuzhno-Kurilsk, known to former residents as Furukamappu, and "
        "in the village of Golovnino, formerly Tomari. Russian border officials checked the "
        "group's identity cards on arrival, as under the grave-visit procedures used before the "
        "pandemic; no visas were required.",
        "Grave visits were traditionally made by ship from Nemuro. Tokyo had asked for that "
        "route, but the Russian side agreed only to a single day trip by air, a format last used "
        "in 2017 and 2018.",
        "In its note to Tokyo, dated Aug. 9, the Russian Foreign Ministry called the trip a "
        "one-time exception made on humanitarian grounds \"without creating a precedent\". "
        "Japanese officials said they would continue to seek regular visits.",
        "Some of the cemetery markers had been cleared of undergrowth shortly before the visit, "
        "participants said. Others could not be found.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-15", feed="tombolo-hokkaido", published="2024-09-19T06:00:00Z",
    title="Rishiri kelp harvest sinks to lowest in a decade",
    summary="Warm water and summer storms cut the crop of the prized kombu from Hokkaido's "
            "northern islands.",
    label="off_topic",
    note="Look-alike: kelp harvest on other islands (Rishiri, Rebun), unrelated to Russia or the "
         "disputed islands.",
    author="Ayumi Thornbury",
    body=[
        "The harvest of Rishiri kombu, the kelp from the islands off Hokkaido's northern tip that "
        "Kyoto chefs prize for clear broths, has fallen to its lowest level in at least ten years, "
        "the local fisheries cooperative said this week.",
        "Provisional figures put this season's dried kelp output from Rishiri and neighbouring "
        "Rebun at around 160 tonnes, roughly a third below the average of the past five years. "
        "Fishermen blame unusually warm sea temperatures in July and a run of storms in August "
        "that tore young plants from the rocks.",
        "\"The kelp was thin and short, and then the wind took what there was,\" said a "
        "harvester from the Oshidomari district of Rishiri. Many older fishermen have stopped "
        "working, and the number of households harvesting kelp on the island has halved in two "
        "decades.",
        "Wholesale prices in Osaka have risen by about 15 per cent since spring, and some "
        "traditional restaurants say they are blending Rishiri kelp with cheaper varieties.",
        "Hokkaido produces more than 90 per cent of Japan's kelp, but total output has been in "
        "decline for years. The prefectural government is funding trials of seeding and "
        "cultivation on Rishiri to stabilise supply.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-17", feed="yarrowdale-en", published="2024-11-14T08:00:00Z",
    title="Nemuro's octopus boats sit out a second autumn as 1998 fishing pact stays frozen",
    summary="Japanese boats that once fished inside the 12-mile zone around the Russian-held "
            "islands remain idle, with no talks on this year's terms.",
    label="neutral",
    note="Feature on a continuing state (Russia suspended the 1998 'safe operation' accord in "
         "2023, which is not in the seeds); no event - borderline, unscored. Sets the background "
         "for g-safe-op-season.",
    author="Martha Ingleby",
    body=[
        "RAUSU, Japan - In a normal year, the autumn would find Masahiro Kudo's boat working the "
        "octopus grounds off Kunashir, a few hours from this fishing town on the Shiretoko "
        "peninsula. This year, for the second autumn in a row, it has not left Japanese waters.",
        "Since 1998 an agreement between Tokyo and Moscow has allowed a small Japanese fleet to "
        "fish for Atka mackerel, octopus and pollock within 12 nautical miles of the disputed "
        "islands, in waters Russia controls and Japan claims. The boats pay fees and carry "
        "equipment that lets Russian border guards track them. The arrangement sidestepped the "
        "sovereignty dispute by leaving each side's legal position untouched.",
        "In June 2023, Moscow said it would suspend implementation of the deal, accusing Japan "
        "of freezing payments due under a related aid programme for Sakhalin. Since then no "
        "annual talks on quotas and fees have been held.",
        "\"We keep the gear ready, but nobody expects anything,\" Kudo said. About 20 boats from "
        "Rausu and Nemuro took part before the suspension. Some have switched to pollock in the "
        "Nemuro Strait; others have been laid up.",
        "The Fisheries Agency said it was \"closely watching\" the situation and continuing "
        "income support for the affected crews. Russian officials have said the matter depends "
        "on Tokyo.",
        "Local officials note that other fisheries arrangements with Russia, including the "
        "annual salmon talks, have continued. This summer, however, Russia's border service "
        "revoked mid-season the permits for Nemuro's kelp harvest off Kaigara island.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-18", feed="yarrowdale-en", published="2024-12-12T05:00:00Z",
    title="Japan, Russia renew reciprocal fishing quotas for 2025; saury share unchanged",
    summary="The annual talks under the 1984 fisheries agreement set each side's catch in the "
            "other's 200-mile zone at this year's levels.",
    label="neutral",
    note="Routine annual inter-EEZ quota talks ending as every year; first mention in the corpus "
         "and not in the seeds - borderline, unscored.",
    author="Martha Ingleby",
    body=[
        "TOKYO - Japan and Russia have agreed to keep their reciprocal fishing quotas for 2025 "
        "at this year's levels, the Fisheries Agency said on Thursday, after annual talks held "
        "by video conference.",
        "Under the 1984 agreement between Japan and the then Soviet Union, the two countries let "
        "each other's boats fish set volumes inside their exclusive economic zones. For 2025, "
        "Japanese vessels may take 65,000 tonnes in Russian waters and Russian vessels the same "
        "amount in Japanese waters. No fees are paid, as the quotas are reciprocal.",
        "The Japanese share includes Pacific saury, which Japanese boats pursue in autumn in "
        "Russian waters east of the Kuril chain, as well as squid and pollock. The saury "
        "allocation was left unchanged, although Japanese boats have recently landed only a "
        "fraction of it because the fish have moved far offshore.",
        "\"The talks went smoothly and there were no new demands,\" an agency official said.",
        "The reciprocal accord is separate from the salmon talks held each spring and from the "
        "1998 arrangement for fishing around the disputed islands, which Russia has suspended "
        "since 2023.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-19", feed="cobbleton-asia", published="2025-02-07T07:00:00Z",
    title="Ishiba vows at Northern Territories rally to press for grave visits",
    summary="At the annual rally in Tokyo, the prime minister said humanitarian issues for "
            "elderly former islanders remained a top priority in relations with Russia.",
    label="restatement",
    note="Anniversary/occasion piece (Northern Territories Day); restates Japan's position and the "
         "halt of visits (seeds); mentions the 2024 one-off air visit (b66-11) as background.",
    author="Helen Marchbank",
    body=[
        "TOKYO - Prime Minister Shigeru Ishiba said on Friday that Japan would keep pressing "
        "Russia to allow former residents of the Russian-held islands off Hokkaido to visit "
        "their family graves, calling it \"the most urgent task\" in relations with Moscow.",
        "Speaking at the annual national rally for the return of the Northern Territories, held "
        "on Feb. 7, the date in 1855 when Japan and Russia signed their first border treaty, "
        "Ishiba said the government's policy of resolving the territorial issue and concluding a "
        "peace treaty was unchanged.",
        "\"Japan-Russia relations are in a difficult state, but the former islanders are growing "
        "old,\" he told about 1,000 participants. \"We will continue to place the highest "
        "priority on humanitarian matters such as grave visits.\"",
        "Moscow halted peace treaty negotiations and ended visa-free travel to the islands in "
        "March 2022 in response to Japanese sanctions over Ukraine. Last September it let 14 "
        "former residents and relatives fly to Kunashir for a single day at the graves, but "
        "said the trip set no precedent.",
        "A former resident of Shikotan, Akira Tomita, 89, told the rally that fewer than 5,000 "
        "of the islands' 17,000 pre-war inhabitants were still alive. \"Give us back at least "
        "the right to visit our parents,\" he said.",
        "Russia's embassy in Tokyo said in a statement that the rally's slogans were "
        "\"incompatible with the goal of good-neighbourly relations\".",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-22", feed="yarrowdale-en", published="2025-02-19T09:00:00Z",
    title="Sapporo burn unit says boy from Shikotan is stable",
    summary="Doctors say the nine-year-old, brought from the Russian-held island by the Japan "
            "Coast Guard, is responding to treatment.",
    label="new_development", group="g-medevac",
    new_facts=["A nine-year-old burn victim from Russian-held Shikotan was handed to the Japan "
               "Coast Guard at sea on Feb 17, 2025 at Russia's request and treated in Sapporo - "
               "the first island patient taken in by Japan since 2019"],
    must_mention=[["boy", "child"], ["sapporo", "nemuro", "coast guard"]],
    note="Same development as b66-20 (Russian first report); headline and first sentence are "
         "about the boy's condition, the transfer is in the second sentence.",
    author="Rei Castellano",
    body=[
        "SAPPORO - Doctors at Sapporo Medical University Hospital said on Wednesday that a "
        "nine-year-old boy admitted with severe burns was in a stable condition and responding "
        "to treatment. The boy, from Russian-held Shikotan island, was brought to Japan on "
        "Monday at Moscow's request after storms made it impossible to fly him to Sakhalin - the "
        "first time since 2019 that Japan has taken in a patient from the disputed islands.",
        "The child was burned over about 30 per cent of his body in a house fire in the village "
        "of Malokurilskoye on Saturday evening. The island's small hospital has no burn unit.",
        "According to Japan's Foreign Ministry, the Sakhalin regional government asked the "
        "Japanese consulate general in Yuzhno-Sakhalinsk for help on Sunday night. A Russian "
        "border guard vessel carried the boy and his mother to the line separating the two "
        "sides' waters, where they were taken aboard a Japan Coast Guard patrol ship and brought "
        "to Nemuro. A doctor helicopter flew them on to Sapporo.",
        "\"This was a purely humanitarian measure with no political significance,\" a ministry "
        "official said. The Sakhalin health ministry thanked the Japanese doctors and coast "
        "guard.",
        "Before the pandemic, hospitals in Hokkaido treated a few patients from the islands each "
        "year under a Japanese aid programme for the islands' residents. That programme lapsed "
        "in 2020, and Moscow ended most other contacts with Japan concerning the islands in "
        "2022.",
        "Hospital officials said the boy would need skin grafts and could remain in Sapporo for "
        "several weeks.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-24", feed="yarrowdale-en", published="2025-04-22T08:30:00Z",
    title="Salmon talks with Russia end with quota held at 2,050 tonnes",
    summary="As last year, Japan and Russia agreed to keep the ceiling on Russian-origin salmon "
            "caught in Japanese waters.",
    label="restatement",
    note="Annual salmon talks ending exactly as in 2024 (b66-03): same ceiling, same fee range; "
         "no change.",
    author="Martha Ingleby",
    body=[
        "TOKYO - Japan and Russia have again agreed to cap Japanese catches of salmon and trout "
        "of Russian origin at 2,050 tonnes, the Fisheries Agency said on Tuesday, leaving the "
        "ceiling unchanged for a third consecutive year.",
        "The cooperation fee paid by Japanese fishing groups was kept in the range of 200 "
        "million to 300 million yen, depending on catches. The talks were again held online.",
        "The agreement covers drift-net and set-net fishing within Japan's exclusive economic "
        "zone off the Pacific coast. Japanese fishing for salmon inside Russia's zone has been "
        "prohibited since 2016.",
        "Fishermen's groups in eastern Hokkaido said they were relieved the season could start "
        "without delay but expected another lean year. Catches in 2024 again fell far short of "
        "the quota.",
        "\"The numbers on paper are the same as always; it is the fish that are missing,\" said "
        "a cooperative official in Nemuro.",
        "Fisheries officials said the Russian side had raised no new conditions this year.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-26", feed="whinmoor-wire", published="2025-06-05T06:00:00Z",
    title="Tokyo urges Moscow to let former islanders visit this summer",
    summary="Japan has asked Russia to allow former residents of the disputed islands to visit "
            "their birthplaces and family graves this summer, its top spokesman said.",
    label="restatement",
    note="Request, not a move: Japan asks Russia to allow visits; no answer yet. Restates the halt "
         "(seeds) and the one-off 2024 flight (b66-11).",
    author="Kenji Abernethy",
    body=[
        "TOKYO (Whinmoor Wire) - Japan has asked Russia through diplomatic channels to allow "
        "former residents of the Russian-held islands off Hokkaido to visit their birthplaces "
        "and family graves this summer, Chief Cabinet Secretary Yoshimasa Hayashi said on "
        "Thursday.",
        "\"We have conveyed our strong request to the Russian side regarding free visits and "
        "grave visits, which are matters of great humanitarian importance for the former "
        "residents, who are advancing in age,\" Hayashi told a regular news conference. He said "
        "Tokyo had not yet received a reply.",
        "Russia ended visa-free exchanges with the islands and the simplified procedure for "
        "former residents' visits in March 2022, after Japan joined Western sanctions over "
        "Ukraine. Last September it made a single exception, letting 14 former residents and "
        "relatives fly to Kunashir for a day at the graves, but described the trip as a one-off.",
        "Officials involved in planning said the government had provisionally chartered the "
        "exchange ship Etopirika for July and August so that trips could go ahead at short "
        "notice if Moscow agreed.",
        "The Chishima and Habomai Islands Residents' League has collected more than 40,000 "
        "signatures this spring calling for visits to resume. About 4,900 former residents are "
        "still alive, with an average age of nearly 89.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-29", feed="cobbleton-asia", published="2025-06-25T08:00:00Z",
    title="Tokyo welcomes 'humanitarian step' as former islanders get summer window",
    summary="Japan's government spokesman praised Russia's decision on visits by former "
            "residents, but stressed it fell short of restoring the old arrangements.",
    label="status_change", group="g-free-visits-summer",
    new_facts=["Russia's note of June 20, 2025 allows 'free visits' by former residents to "
               "Kunashir (July 16-18) and Shikotan (Aug 21-23), up to 40 people each, without "
               "visas, for summer 2025 only (free visits terminated 2022 -> allowed this summer "
               "only)"],
    must_mention=[["free visit", "former residents", "former islanders"], ["summer"]],
    note="Same development as b66-27 (Japanese first report); the lead's first sentence is the "
         "reaction, the move is in the second.",
    author="Helen Marchbank",
    body=[
        "TOKYO - Japan's chief government spokesman on Tuesday welcomed what he called \"a step "
        "forward on humanitarian issues\" in relations with Russia, while stressing that Tokyo "
        "would keep seeking the full restoration of exchanges. Russia has told Japan in a "
        "diplomatic note that former residents of Kunashir and Shikotan may visit their home "
        "islands without visas this summer - the first so-called free visits since 2019 - but "
        "only this year.",
        "According to Japanese officials, the note, dated June 20, allows one trip to Kunashir "
        "from July 16 to 18 and one to Shikotan from Aug. 21 to 23, each for up to 40 people. "
        "Participants will travel on the exchange ship Etopirika from Nemuro and use the "
        "identity-card procedure that applied before 2022. Iturup and the Habomai islets are not "
        "included.",
        "\"Limited as it is, it matters greatly that former residents can return to their "
        "birthplaces,\" Chief Cabinet Secretary Yoshimasa Hayashi said.",
        "Moscow scrapped the 1991 visa-free exchange agreement and the 1999 arrangement for "
        "former residents' visits in March 2022. Its Foreign Ministry said on Tuesday that the "
        "summer trips \"do not mean the resumption\" of those arrangements and were granted "
        "\"as an exception\".",
        "Analysts in Tokyo cautioned against reading too much into the gesture. \"Moscow is "
        "showing it can open and close the door at will,\" said a researcher at a Tokyo "
        "university.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-30", feed="tombolo-hokkaido", published="2025-07-18T07:00:00Z",
    title="Etopirika back in Nemuro after first free visit in six years",
    summary="Thirty-eight former residents and relatives spent two nights on Kunashir.",
    label="status_change", group="g-free-visits-summer",
    new_facts=["The first of the two free visits allowed for summer 2025 took place on Kunashir, "
               "July 16-18"],
    must_mention=[["free visit", "former residents"], ["summer", "kunashir"]],
    note="Follow-up of b66-27: the Kunashir trip allowed in June was held as planned; no new "
         "fact beyond the development.",
    author="Ayumi Thornbury",
    body=[
        "The exchange ship Etopirika returned to Nemuro on Friday afternoon carrying 38 former "
        "residents of Kunashir and their relatives, at the end of the first \"free visit\" to the "
        "Russian-held islands since 2019.",
        "Over three days the group visited the sites of former villages around Furukamappu, now "
        "Yuzhno-Kurilsk, and Tomari, and laid flowers at the Japanese cemeteries. Several "
        "participants found the foundations of their family homes.",
        "\"The road to the school is still there. The school is not,\" said Hiroshi Nakagawa, "
        "85, who left the island at the age of seven.",
        "Russia agreed last month, in a diplomatic note, to two trips this summer only: this one "
        "and a second to Shikotan from Aug. 21 to 23. Participants went through Russian border "
        "formalities on board with identity cards, without visas.",
        "Russian officials accompanied the group throughout, and photography near some "
        "buildings was not permitted, participants said.",
        "Several former residents had not set foot on the island since they were repatriated in 1947 and 1948. The oldest participant was 92.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-32", feed="tombolo-hokkaido", published="2025-08-19T09:30:00Z",
    title="Shikotan trip for former islanders called off two days before departure",
    summary="Russia has postponed the second of this summer's two free visits, citing the state "
            "of the island's port.",
    label="status_change", group="g-shikotan-postponed",
    new_facts=["Russia postponed at short notice (note of Aug 18, 2025) the free visit to Shikotan "
               "set for Aug 21-23, citing port conditions; no new date (allowed for this summer -> "
               "postponed at short notice)"],
    must_mention=[["shikotan"], ["postpon", "called off", "delay"]],
    note="Same development as b66-31 (Japanese first report).",
    author="Ayumi Thornbury",
    body=[
        "The second of the two visits that Russia allowed this summer for former residents of "
        "the islands off Nemuro has been postponed two days before the ship was due to sail.",
        "Japan's Foreign Ministry told organisers on Monday evening that Russia had notified it "
        "in a diplomatic note that the trip to Shikotan, scheduled for Aug. 21 to 23, could not "
        "take place on those dates because of \"technical circumstances\" at the port of "
        "Krabozavodskoye, known to former residents as Anama. No new date was offered.",
        "Thirty-seven former residents and relatives had been due to board the exchange ship "
        "Etopirika in Nemuro on Thursday. Some had already travelled from Sapporo and Tokyo.",
        "\"At our age, 'postponed' can mean 'never',\" said a former resident of Shikotan who had "
        "planned to visit her father's grave.",
        "The Foreign Ministry said it had asked Moscow to set new dates as soon as possible. The "
        "first trip this summer, to Kunashir in July, went ahead as planned.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-36", feed="cobbleton-asia", published="2025-09-11T06:00:00Z",
    title="Russia lets Japanese boats back into waters off disputed isles - for one season",
    summary="Moscow has allowed Japanese fishing under a 1998 agreement to resume from Sept. 16 "
            "until the end of the year, without committing to future seasons.",
    label="new_development", group="g-safe-op-season",
    new_facts=["Russia allows Japanese boats to fish around the southern Kurils under the 1998 "
               "agreement from Sept 16 to Dec 31, 2025, this season only, after suspending it in "
               "2023"],
    must_mention=[["fish", "boats"], ["1998", "this season", "one season"]],
    note="Same development as b66-34 (Russian first report).",
    author="Daniel Oyelaran",
    body=[
        "TOKYO - Japanese fishing boats will be allowed back into the waters around the "
        "Russian-held islands off Hokkaido this autumn for the first time since 2022, after "
        "Moscow agreed to let a 1998 fishing arrangement operate for a single season.",
        "Russia's Federal Agency for Fishery said on Wednesday that Japanese boats could fish "
        "from Sept. 16 to Dec. 31 \"as an exception\", with any decision on later years to be "
        "taken separately. Japan's Fisheries Agency confirmed it had been notified.",
        "About 20 boats from Nemuro and Rausu are expected to take part, fishing for octopus and "
        "Atka mackerel within 12 nautical miles of the islands, which Japan claims and Russia "
        "controls. Quotas are set at the level last agreed in 2022, and the fees must be paid "
        "before the boats sail.",
        "Moscow suspended the agreement in June 2023, accusing Tokyo of freezing payments under "
        "a related aid programme for Sakhalin. Neither side has said whether those payments "
        "have now been made.",
        "The decision follows Russia's agreement in June to let former islanders make two "
        "visits this summer, one of which was postponed at the last minute.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-38", feed="whinmoor-wire", published="2025-10-28T05:00:00Z",
    title="Octopus, not windfalls: Nemuro boats' first weeks back off the Russian-held islands",
    summary="Catches have been modest since fishing under the 1998 accord restarted for this "
            "season.",
    label="new_development", group="g-safe-op-season",
    new_facts=["Japanese boats have been fishing off the southern Kurils since Sept 16, 2025 under "
               "the 1998 accord, allowed for this season only"],
    must_mention=[["fish", "boats"], ["1998", "this season", "season"]],
    note="Follow-up of b66-34: fishing under the one-season permission is under way; catch "
         "figures, no new decision.",
    author="Kenji Abernethy",
    body=[
        "NEMURO, Japan (Whinmoor Wire) - Six weeks after Japanese boats returned to the octopus "
        "grounds off the Russian-held islands, fishermen say catches are modest but the trips "
        "themselves are a relief.",
        "Nineteen boats from Nemuro and Rausu have been working since Sept. 16 under the 1998 "
        "agreement, which Russia suspended in 2023 and has allowed to operate again for this "
        "season only, until Dec. 31.",
        "Landings of octopus so far total about 120 tonnes, roughly in line with the last full "
        "season in 2022, according to the Nemuro fisheries cooperative. Atka mackerel catches "
        "have been poorer.",
        "Russian border guards have boarded several boats for inspections, as provided for in "
        "the agreement. \"They check the logbook and the catch, and then they leave,\" one "
        "skipper said.",
        "Fishermen say they have no idea whether they will be back next year. \"We were told "
        "'this season'. So we fish this season,\" he said.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-39", feed="yarrowdale-en", published="2025-11-12T08:00:00Z",
    title="Japan seizes Chinese fishing boat off Nagasaki, arrests captain",
    summary="The Fisheries Agency said the boat was operating without permission inside Japan's "
            "exclusive economic zone near the Goto islands.",
    label="off_topic",
    note="Look-alike: a fishing dispute elsewhere (Japan-China, East China Sea).",
    author="Rei Castellano",
    body=[
        "TOKYO - Japan's Fisheries Agency said on Wednesday it had seized a Chinese fishing boat "
        "and arrested its captain on suspicion of fishing illegally inside Japan's exclusive "
        "economic zone off the Goto islands in Nagasaki prefecture.",
        "A fisheries patrol vessel spotted the boat, which had 11 crew aboard, about 170 "
        "kilometres west of Meshima on Tuesday, the agency said. The captain refused an order "
        "to stop and was detained after a chase.",
        "It is the first seizure of a Chinese fishing vessel by the agency since 2022. The "
        "Chinese embassy in Tokyo said it had asked Japan to \"handle the matter fairly\" and to "
        "protect the crew's rights.",
        "Under Japanese law, foreign boats may fish in Japan's exclusive economic zone only with "
        "permission. The captain could be released if a bond is paid.",
        "Fishing disputes have added to tensions between Tokyo and Beijing in the East China "
        "Sea, where Chinese coast guard ships regularly enter waters around the Senkaku islands.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-43", feed="cobbleton-asia", published="2026-03-03T07:00:00Z",
    title="Will the Etopirika sail this summer? Reading Moscow's signals on the islands",
    summary="Analysis: last year's limited visits raised hopes among former islanders. Whether "
            "they are repeated depends on calculations in Moscow that Tokyo cannot read.",
    label="restatement",
    note="Analysis built on questions and conditionals ('could', 'if'); restates the 2025 summer "
         "visits (b66-27), the Shikotan postponement (b66-31) and the one-season fishing (b66-34). "
         "No new fact.",
    author="Helen Marchbank",
    body=[
        "## Analysis",
        "TOKYO - In a warehouse at Nemuro port, the life jackets and the folding tables used on "
        "the exchange ship Etopirika were checked and restacked last month. Officials call it "
        "routine maintenance. Former islanders call it hope.",
        "Last summer Moscow let former residents of Kunashir make a three-day visit, the first "
        "of its kind since 2019, and agreed to a second trip to Shikotan that was postponed two "
        "days before departure and never rescheduled. In September it allowed Japanese boats to "
        "fish around the islands for one season under a 1998 agreement.",
        "Will any of it be repeated in 2026? Nobody in Tokyo claims to know. Russian diplomats "
        "have said every step was \"an exception\". Japanese officials say requests have been "
        "submitted for the summer and that no reply has come.",
        "Some analysts think Moscow could allow another round of visits if it wants to keep a "
        "channel to Tokyo open while it courts Japanese companies that still hold stakes in "
        "Sakhalin energy projects. Others point to the postponed Shikotan trip as a reminder of "
        "how easily any arrangement can be withdrawn.",
        "\"The former islanders are being asked to plan their lives around signals,\" said a "
        "Hokkaido University specialist in Russian politics. \"There is no framework any more, "
        "only permissions.\"",
        "For the roughly 4,800 former residents still alive, average age 89, the question is "
        "simpler. As one put it at a meeting in Nemuro: \"Will the ship go or not?\"",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-46", feed="whinmoor-wire", published="2026-04-15T09:00:00Z",
    title="Moscow answers Tokyo on island graves",
    summary="Russia has replied in a diplomatic note to Japan's request for summer visits by "
            "former residents of the disputed islands.",
    label="new_development", group="g-visa-condition",
    new_facts=["Russia's note of April 2026 says Japanese former residents may visit graves on the "
               "southern Kurils only with Russian visas via border checkpoints; the ID-card "
               "procedure will not be used even as an exception"],
    must_mention=[["visa"], ["grave", "burial"]],
    note="Same development as b66-44 (Russian first report); headline neutral, the move is in "
         "the quotation of the note.",
    author="Kenji Abernethy",
    body=[
        "TOKYO (Whinmoor Wire) - Russia has replied to a Japanese request to let former "
        "residents of the disputed southern Kuril islands visit family graves this summer. "
        "\"Trips by Japanese citizens to the territory of the Russian Federation, including "
        "visits to burial sites on the Kuril Islands, may take place exclusively on general "
        "grounds - with a Russian visa and through established border checkpoints,\" the Russian "
        "Foreign Ministry said in the note, whose text was published by a Russian news agency on "
        "Tuesday.",
        "The note adds that the procedure based on identity cards, used for grave visits and "
        "exchanges before 2022, \"will not be applied, including by way of exception\". That "
        "procedure was used for a one-off grave visit by air in 2024 and for a visit by former "
        "residents to Kunashir last summer.",
        "Japan's government confirmed receiving the note and said the demand was unacceptable. "
        "Since 1989 Tokyo has asked its citizens not to enter the islands with Russian visas, "
        "arguing that doing so would imply acceptance of Russian jurisdiction over territory "
        "Japan claims.",
        "\"Requiring visas of elderly people who simply wish to pray at their parents' graves is "
        "extremely regrettable,\" Chief Cabinet Secretary Minoru Kihara told reporters on "
        "Tuesday evening.",
        "Former residents' groups in Nemuro said the note meant there would be no grave visits "
        "this year.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-47", feed="yarrowdale-en", published="2026-04-15T13:00:00Z",
    title="Russia tells Japan former islanders will need visas to visit graves",
    summary="Whinmoor Wire: Russia's reply to Tokyo's request for summer visits rules out the "
            "identity-card procedure.",
    label="new_development", group="g-visa-condition",
    new_facts=["Syndicated copy of b66-46: Russia requires Russian visas for grave visits by "
               "former residents"],
    must_mention=[["visa"], ["grave", "burial"]],
    note="Syndicated copy of b66-46 (Whinmoor Wire) under a new headline.",
    author="Whinmoor Wire",
    body=[
        "TOKYO - Russia has replied to a Japanese request to let former residents of the "
        "disputed southern Kuril islands visit family graves this summer. \"Trips by Japanese "
        "citizens to the territory of the Russian Federation, including visits to burial sites "
        "on the Kuril Islands, may take place exclusively on general grounds - with a Russian "
        "visa and through established border checkpoints,\" the Russian Foreign Ministry said in "
        "the note, whose text was published by a Russian news agency on Tuesday.",
        "The note adds that the procedure based on identity cards, used for grave visits and "
        "exchanges before 2022, \"will not be applied, including by way of exception\". That "
        "procedure was used for a one-off grave visit by air in 2024 and for a visit by former "
        "residents to Kunashir last summer.",
        "Japan's government confirmed receiving the note and said the demand was unacceptable. "
        "Since 1989 Tokyo has asked its citizens not to enter the islands with Russian visas, "
        "arguing that doing so would imply acceptance of Russian jurisdiction over territory "
        "Japan claims.",
        "\"Requiring visas of elderly people who simply wish to pray at their parents' graves is "
        "extremely regrettable,\" Chief Cabinet Secretary Minoru Kihara told reporters on "
        "Tuesday evening.",
        "Former residents' groups in Nemuro said the note meant there would be no grave visits "
        "this year.",
        "(Reporting by Kenji Abernethy; Whinmoor Wire)",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-48", feed="tombolo-hokkaido", published="2026-04-24T06:00:00Z",
    title="'A visa would mean saying the islands are theirs': Nemuro reacts to Moscow's note",
    summary="Former residents say they will not travel on Russian visas, even to visit their "
            "parents' graves.",
    label="restatement",
    note="Reactions to the visa condition of b66-44/46; restates it and Japan's 1989 request not "
         "to travel on Russian visas. No new fact.",
    author="Ayumi Thornbury",
    body=[
        "At a community hall in Nemuro this week, about thirty former residents of the "
        "Russian-held islands met to discuss Moscow's latest message. The verdict was nearly "
        "unanimous: they will not go on Russian visas.",
        "Russia told Japan in a diplomatic note this month that former residents may visit "
        "family graves on the islands only with Russian visas, and that the identity-card "
        "procedure used for past visits will not be applied even as an exception. The Japanese "
        "government called the demand unacceptable.",
        "\"If I apply for a visa, I am saying the islands are theirs,\" said Fumio Kataoka, 90, "
        "who was born on Shikotan. \"My father would not forgive me for that.\"",
        "Since 1989 the government has asked citizens to refrain from entering the islands with "
        "Russian visas. Some younger relatives said privately that they understood people who "
        "might want to go anyway, but none said they planned to.",
        "The Chishima and Habomai Islands Residents' League said it would hold its annual "
        "offshore memorial service in August, as it did before last year's visits.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-51", feed="whinmoor-wire", published="2026-07-21T08:00:00Z",
    title="Japan protests after Russia fines squid boat captain in Vladivostok",
    summary="A court in Primorye fined the captain of a squid-jigging boat from Ishikawa "
            "detained in the Sea of Japan.",
    label="off_topic",
    note="Look-alike: Japan-Russia fishing dispute elsewhere (Sea of Japan, Primorye); nothing "
         "on the southern Kurils or the arrangements around them.",
    author="Kenji Abernethy",
    body=[
        "TOKYO (Whinmoor Wire) - Japan lodged a protest with Russia on Tuesday after a court in "
        "Vladivostok fined the captain of a Japanese squid-jigging boat detained by Russian "
        "border guards in the Sea of Japan earlier this month.",
        "The 19-tonne boat from Noto in Ishikawa prefecture was stopped on July 4 about 200 "
        "kilometres off the coast of Primorye, inside Russia's exclusive economic zone, and "
        "escorted to Nakhodka. Russian authorities said it had been fishing without a permit.",
        "The court fined the captain 1.2 million roubles and ordered the catch confiscated. The "
        "crew of six have been released and the boat is expected to leave Nakhodka this week.",
        "Japan's Foreign Ministry said the boat had been operating in waters where Japanese "
        "fishing is allowed under bilateral arrangements and that the detention was "
        "\"regrettable\". Russia's border service said the boat lacked the licence required for "
        "this year.",
        "Squid catches in the Sea of Japan have fallen sharply in recent years, pushing some "
        "Japanese boats further west.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-54", feed="whinmoor-wire", published="2027-01-20T06:00:00Z",
    title="Hokkaido governor, in Nemuro, urges Tokyo to keep pressing for grave visits",
    summary="Governor Naomichi Suzuki met former islanders and called on the central government "
            "to seek the resumption of visits 'by every possible means'.",
    label="restatement",
    note="New speaker, known position: a call on Tokyo to keep pressing Moscow; restates the halt "
         "of visits and the visa condition (b66-44). No new fact.",
    author="Kenji Abernethy",
    body=[
        "NEMURO, Japan (Whinmoor Wire) - Hokkaido Governor Naomichi Suzuki on Wednesday urged "
        "the central government to keep pressing Russia to allow former residents of the "
        "disputed islands to visit family graves, after meeting former islanders in Nemuro.",
        "\"The former residents' average age is now close to 90. We cannot simply wait,\" "
        "Suzuki told reporters after touring the Northern Territories museum at Cape Nosappu. "
        "\"I have asked the government to seek the resumption of grave visits by every possible "
        "means.\"",
        "No grave visits took place in 2026. Russia told Japan last April that former residents "
        "could visit only with Russian visas, a condition Tokyo rejected. The last visit by "
        "former residents was a trip to Kunashir in the summer of 2025.",
        "The governor also met representatives of Nemuro's fishing cooperatives, who asked for "
        "continued support for crews affected by restrictions on fishing around the islands.",
        "Suzuki said he would raise the issue with the prime minister at a meeting of "
        "prefectural governors next month.",
    ]),
# ---------------------------------------------------------------------------------
dict(
    id="b66-56", feed="tombolo-hokkaido", published="2027-05-18T05:00:00Z",
    title="Wakkanai-Korsakov ferry will not run again this summer",
    summary="Hopes of a seasonal service to Sakhalin have faded once more.",
    label="off_topic",
    note="Look-alike: a Japan-Russia transport arrangement to Sakhalin (not the disputed "
         "islands); a non-move.",
    author="Ayumi Thornbury",
    body=[
        "There will be no ferry between Wakkanai and Korsakov on Sakhalin this summer, the "
        "Wakkanai city government said on Monday, ending hopes of reviving a route that once "
        "carried tourists, traders and Sakhalin Japanese across the La Perouse Strait.",
        "The summer service, operated with Russian partners, last ran in 2018. The city had "
        "studied chartering a vessel for a few trial sailings, but officials said insurance, "
        "payment and crew issues made the plan impossible under present conditions.",
        "\"We keep the terminal ready, but there is no ship,\" a city official said.",
        "Wakkanai, Japan's northernmost city, once promoted itself as the gateway to Sakhalin, "
        "with Russian-language signs on its main street. Most of them are now faded.",
        "Business groups in the city say trade with Sakhalin, mostly in used cars and seafood, "
        "has dwindled to a fraction of its level before 2022.",
        "The city still hopes to promote tours to Sakhalin for Japanese whose families lived there before 1945, once travel becomes easier.",
    ]),
]
