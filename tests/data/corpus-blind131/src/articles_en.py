"""English-language articles of corpus blind131 (Wickerbay Wire, The Foxglove Review,
Saltreed Observer). Every dict is one article; generate.py turns them into labels.yaml
entries and article pages. Groups b131-g1 ... b131-g7 are described in README.md."""

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------- 2024

A(dict(
    id="b131-01", feed="wickerbay-wire", lang="en", published="2024-02-12T06:10:00Z",
    slug="russian-envoy-no-basis-peace-treaty-talks-2024-02-12",
    title="Russian envoy says 'no basis' for peace treaty talks with Tokyo while sanctions stay",
    summary="Russia's ambassador in Tokyo, Nikolai Nozdrev, said there was no basis for returning to "
            "peace treaty negotiations as long as Japan keeps its sanctions, echoing Moscow's stance since 2022.",
    label="restatement",
    note="Restates the known position (seeds: MFA 21 Mar 2022 refusal to continue talks; Rudenko "
         "8 Feb 2024 'categorically impossible'). New speaker (ambassador), fresh wording, no new fact.",
    byline="Kenta Morishima", kicker="Japan-Russia",
    body=[
        "TOKYO, Feb 12 (Wickerbay) - Russia's ambassador to Japan, Nikolai Nozdrev, said on Monday there was "
        "\"no basis whatsoever\" for resuming negotiations on a peace treaty with Tokyo while Japan maintains "
        "sanctions imposed over the war in Ukraine.",
        "\"A treaty on peace and good-neighbourliness cannot be discussed with a government that has chosen "
        "an openly hostile course,\" Nozdrev said in remarks posted on the embassy's Telegram channel, "
        "adding that responsibility for the state of relations lay entirely with Tokyo.",
        "His comments came days after Deputy Foreign Minister Andrei Rudenko told the TASS news agency that "
        "resuming the dialogue was \"categorically impossible\" in the current environment.",
        "Moscow announced in March 2022 that it would not continue the negotiations, citing Japan's "
        "sanctions, and at the same time ended visa-free trips by Japanese citizens to the southern Kuril "
        "islands and withdrew from talks on joint economic activities there.",
        "The dispute over the four islands - Iturup, Kunashir, Shikotan and the Habomai group, which Japan "
        "calls its Northern Territories - has prevented the two countries from formally ending World War "
        "Two hostilities. Soviet troops seized the islands in 1945.",
        "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said last week Tokyo's "
        "policy of resolving the territorial issue and concluding a peace treaty remained unchanged.",
    ],
    related=[("Japan keeps island claim at Northern Territories rally", "japan-rally-northern-territories-2024"),
             ("Russia's Rudenko: treaty dialogue with Japan 'categorically impossible'", "rudenko-japan-treaty-2024"),
             ("Japan adds Russian entities to export ban list", "japan-export-ban-russia-jan-2024")],
))

A(dict(
    id="b131-04", feed="foxglove-review", lang="en", published="2024-03-05T09:00:00Z",
    slug="explainer-why-japan-russia-no-peace-treaty",
    section_slug="explainers",
    title="Explainer: Why Japan and Russia still have no peace treaty, 79 years on",
    summary="Four islands, two treaties and a 1956 declaration: a guide to the dispute that has kept "
            "Tokyo and Moscow from formally ending World War Two, and why talks stopped in 2022.",
    standfirst="Four islands, two treaties and a 1956 declaration: the dispute that has kept Tokyo and "
               "Moscow from formally ending the war, and why the talks stopped in 2022.",
    label="restatement",
    note="Background explainer; every fact is in the seeds (1855 treaty, 1945 seizure, 1956 declaration, "
         "2018 acceleration, March 2022 end of talks, visa-free trips and joint economic dialogue, "
         "BSEC block, Rudenko Feb 2024).",
    byline="Harriet Quaile", kicker="Explainer",
    bio="Harriet Quaile covers North-East Asian security for The Foxglove Review.",
    body=[
        "## What is disputed?",
        "Four islands at the southern end of the Kuril chain, north-east of Hokkaido: Iturup, Kunashir and "
        "Shikotan, plus the cluster of islets Japan calls Habomai. Japan calls them the Northern "
        "Territories and cites the 1855 Treaty of Shimoda, which drew the border between Iturup and Urup. "
        "Soviet forces occupied the islands in August and September 1945; Moscow says its sovereignty over "
        "them is fixed in international documents and is not up for discussion.",
        "## Why is there no peace treaty?",
        "Because neither side could agree on where the border should run. In 1956 the two countries signed "
        "a joint declaration ending the state of war and restoring diplomatic relations. It said the "
        "Soviet Union would hand over Shikotan and the Habomai islets after a peace treaty was concluded. "
        "That treaty never came.",
        "## Were there recent attempts?",
        "Yes. In 2018 Prime Minister Shinzo Abe and President Vladimir Putin agreed to speed up "
        "negotiations on the basis of the 1956 declaration, and the two sides explored joint economic "
        "projects on the islands and visa-free visits for former Japanese residents.",
        "## What changed in 2022?",
        "After Japan joined Western sanctions over the invasion of Ukraine, Russia's Foreign Ministry said on "
        "21 March 2022 that it did not intend to continue peace treaty talks with a state that takes "
        "\"openly unfriendly positions\". It also ended visa-free trips for Japanese citizens to the "
        "islands, withdrew from the dialogue on joint economic activities there and blocked the extension "
        "of Japan's status as a sectoral dialogue partner of the Black Sea Economic Cooperation "
        "organisation.",
        "## Where do things stand now?",
        "Nowhere. In February Deputy Foreign Minister Andrei Rudenko called a resumption of dialogue "
        "\"categorically impossible\" and said Tokyo would first have to abandon its \"hostile policy\". "
        "Japan says its goal of resolving the territorial issue and signing a treaty is unchanged.",
    ],
    related=[("The Kurils are becoming a fortress. Does Tokyo have a plan?", "analysis/kurils-fortress"),
             ("Podcast: Hokkaido's border towns after 2022", "podcast/hokkaido-border-towns")],
    comments=[("ryo_k", "Useful summary. Worth adding that the 1956 declaration was ratified by both parliaments."),
              ("Alexei V.", "The 'border between Iturup and Urup' was drawn in 1855, a lot happened after that.")],
))

A(dict(
    id="b131-06", feed="saltreed-observer", lang="en", published="2024-04-16T08:00:00Z",
    slug="diplomatic-bluebook-2024",
    title="Japan's 2024 Diplomatic Bluebook keeps island claim, calls Russia ties 'severe'",
    summary="The Foreign Ministry's annual report repeats that the Northern Territories are islands "
            "over which Japan has sovereignty and that Tokyo still aims to sign a peace treaty.",
    label="restatement",
    note="Annual report restating Japan's known position (seeds: Japan's claim to the four islands, "
         "talks stopped by Russia in March 2022). No new fact about the dispute.",
    byline="Observer Tokyo desk", kicker="Japan", tags=["Japan", "Russia", "Diplomacy"],
    body=[
        "Japan's Foreign Ministry presented its annual Diplomatic Bluebook to the cabinet on Tuesday, and "
        "the chapter on Russia reads much like last year's.",
        "The report describes relations with Moscow as being in a \"severe situation\" because of the "
        "war in Ukraine and says the Northern Territories - the four islands off Hokkaido held by Russia "
        "since 1945 - are \"islands over which Japan has sovereignty\".",
        "It repeats that Japan's policy is to resolve the question of the islands' attribution and "
        "conclude a peace treaty, and that Tokyo protested when Russia said in March 2022 that it would "
        "not continue the treaty negotiations.",
        "The Bluebook also lists the humanitarian steps Japan wants restored - in particular visits by "
        "elderly former islanders to family graves - which stopped when Russia ended visa-free travel to "
        "the islands two years ago.",
        "Officials said there were no new initiatives on the territorial issue in this year's edition. "
        "The largest changes in the 2024 report concern the Middle East and the Indo-Pacific.",
        "Russia's embassy did not comment. Moscow has in past years summoned Japanese diplomats over "
        "Bluebook language on the islands.",
    ],
    related=[("Hokkaido town budgets for 'post-exchange' era", "hokkaido-town-budget"),
             ("Explained: the 1956 Joint Declaration", "1956-declaration-explained")],
))

A(dict(
    id="b131-08", feed="wickerbay-wire", lang="en", published="2024-05-20T14:00:00Z",
    slug="kurilian-bobtail-cat-show-moscow",
    title="Kurilian Bobtail takes top prize at Moscow cat show as breeders report export slump",
    summary="A stub-tailed Kurilian Bobtail from Sakhalin won best in show in Moscow; breeders of the "
            "island-born breed say sanctions have all but closed export markets.",
    label="off_topic",
    note="Look-alike: a cat breed named after the Kuril Islands; mentions Kurils, Sakhalin and Japan "
         "but nothing about the peace treaty or the territorial dispute.",
    byline="Dina Arkhipova", kicker="Lifestyle",
    body=[
        "MOSCOW, May 20 (Wickerbay) - A three-year-old Kurilian Bobtail named Yantar, bred in "
        "Yuzhno-Sakhalinsk, won best in show at an international cat exhibition in Moscow over the "
        "weekend, beating more than 600 entrants.",
        "The breed, known for its short pom-pom tail and dense coat, traces its origins to cats found on "
        "the Kuril Islands and Sakhalin and was recognised by Russian felinology clubs in the 1990s. It "
        "is unrelated to the Japanese Bobtail, despite the resemblance.",
        "Breeders at the show said the title came at a difficult time. Buyers in Europe and the United "
        "States have largely disappeared since 2022 because of payment restrictions and airline "
        "limits on transporting animals from Russia.",
        "\"We used to send kittens to Finland, Germany, even Japan. Now it is mostly Kazakhstan and China,\" "
        "said Natalia Gordeyeva, who runs a cattery near Moscow.",
        "Organisers said attendance rose 15% from last year. The next major show is planned for "
        "St Petersburg in October.",
    ],
    related=[("Russia's pet food makers scramble to replace imports", "russia-pet-food-imports"),
             ("Moscow zoo welcomes Far Eastern leopard cubs", "moscow-zoo-leopard")],
))

A(dict(
    id="b131-11", feed="wickerbay-wire", lang="en", published="2024-06-20T10:00:00Z",
    slug="russia-japanese-sumo-team-kunashiri-once",
    title="Russia to let Japanese high school sumo team visit Kunashiri once, exchanges stay frozen",
    summary="Moscow has agreed, as a one-time exception, to let 12 Japanese high school wrestlers and "
            "coaches travel without visas to Kunashiri for an August tournament; visa-free exchanges "
            "remain suspended.",
    label="status_change", group="b131-g1",
    new_facts=["Russia agreed (note of 17 June 2024) to a one-time visa-free trip by 12 Japanese high "
               "school sumo wrestlers and coaches to Kunashir for the 'Kunashir Cup' on 17 August 2024; "
               "visa-free exchanges stay terminated (terminated -> one visit allowed this summer only)"],
    must_mention=[["sumo"], ["kunashir"]],
    note="Third report of g1, two days after the first (Japanese) report; English transliteration "
         "'Kunashiri' (Japanese reading) vs Russian 'Kunashir'.",
    byline="Kenta Morishima", kicker="Japan-Russia",
    body=[
        "TOKYO, June 20 (Wickerbay) - Russia has agreed to let a team of Japanese high school sumo "
        "wrestlers travel to the Russian-held island of Kunashiri in August without visas, a rare "
        "exception since Moscow ended visa-free exchanges with Japan more than two years ago, Japanese "
        "officials said on Thursday.",
        "Nine wrestlers and three coaches from three high schools in eastern Hokkaido will take part in a "
        "tournament, the \"Kunashir Cup\", in the island's main settlement of Yuzhno-Kurilsk - Furukamappu "
        "in Japanese - on Aug. 17, at the invitation of the Sakhalin regional sumo federation.",
        "Russia conveyed its consent in a diplomatic note to the Japanese embassy in Moscow on June 17, "
        "the officials said. The team will sail from Nemuro on a chartered vessel and enter the island "
        "using the identity-card procedure of the former exchange programme.",
        "Russia's Foreign Ministry described the trip as \"a one-time humanitarian and sporting exception\" "
        "and said it did not mean a resumption of the visa-free exchanges, according to the note.",
        "Moscow ended the visa-free exchanges, which began in 1992 under a 1991 agreement, in March 2022 "
        "in response to Japanese sanctions over Ukraine, together with simplified visits by former "
        "island residents.",
        "\"We welcome the fact that young people will be able to meet,\" a Foreign Ministry official in "
        "Tokyo said, speaking on condition of anonymity. \"We will continue to ask Russia to restore "
        "the exchange framework as a whole.\"",
        "Sumo has a small following in Sakhalin, where a regional federation has organised junior "
        "tournaments since the 2000s.",
    ],
    related=[("Japan, Russia fishermen brace for lean season off Hokkaido", "hokkaido-fishing-season-2024"),
             ("Russian envoy says 'no basis' for treaty talks", "russian-envoy-no-basis-peace-treaty-talks-2024-02-12")],
))

A(dict(
    id="b131-13", feed="wickerbay-wire", lang="en", published="2024-07-10T05:00:00Z",
    slug="hokkaido-governor-urges-grave-visits",
    title="Hokkaido governor urges Moscow to reopen islands to former residents' grave visits",
    summary="Governor Naomichi Suzuki asked the central government to press Russia to restore grave "
            "visits to the Northern Territories, saying elderly former islanders were running out of time.",
    label="restatement",
    note="Requested move, not a development: a call to restore visits that Russia ended in March 2022 "
         "(seed). The one-off sumo trip (g1) is mentioned only as background.",
    byline="Aiko Tanabe", kicker="Japan",
    body=[
        "SAPPORO, July 10 (Wickerbay) - Hokkaido Governor Naomichi Suzuki on Wednesday urged the central "
        "government to press Russia to allow former residents of the Russian-held islands off Hokkaido "
        "to visit family graves again, saying time was running out for an ageing generation.",
        "\"The average age of former islanders is now over 88. Every summer without visits is a summer "
        "some of them will never get back,\" Suzuki told reporters after meeting officials of the "
        "Cabinet Office in Tokyo.",
        "Grave visits, along with visa-free exchanges and simplified trips for former residents, have "
        "been halted since March 2022, when Russia ended the arrangements in retaliation for Japanese "
        "sanctions over Ukraine.",
        "Suzuki said he had asked the government to use \"every diplomatic channel\" to get the visits "
        "restored, at least on humanitarian grounds. He did not say whether Tokyo had made any new "
        "approach to Moscow.",
        "Russia has agreed to a single trip this summer by a Japanese high school sumo team to Kunashiri "
        "island, but has said that does not signal a return of the exchange programme.",
        "About 5,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, "
        "according to the league of former residents.",
    ],
    related=[("Russia to let Japanese sumo team visit Kunashiri once", "russia-japanese-sumo-team-kunashiri-once"),
             ("Nemuro's population falls below 23,000", "nemuro-population-2024")],
))

A(dict(
    id="b131-17", feed="wickerbay-wire", lang="en", published="2024-08-02T06:00:00Z",
    slug="update-1-russia-withdraws-consent-sumo-team-kunashiri",
    title="UPDATE 1-Russia withdraws consent for Japanese sumo team's Kunashiri trip",
    summary="Russia has withdrawn its consent for a one-off visa-free trip by Japanese high school sumo "
            "wrestlers to Kunashiri, citing Tokyo's 'unfriendly steps'; Japan called the move regrettable.",
    update_note="Adds comment from Japan's chief cabinet secretary in paragraphs 5-6, background.",
    label="status_change", group="b131-g2",
    new_facts=["Russia withdrew (note of 31 July 2024) its consent for the sumo team's one-off "
               "visa-free trip to Kunashir; the 17 August trip is cancelled, no new date "
               "(one visit allowed -> consent withdrawn)"],
    must_mention=[["sumo"], ["withdr", "cancel", "called off"]],
    note="English report of g2 a day after the Russian first report; an UPDATE that adds Japan's "
         "reaction but no new development. Must not be merged with g1 (the consent itself).",
    byline="Kenta Morishima", editor="Clare Holloway", kicker="Japan-Russia",
    body=[
        "TOKYO, Aug 2 (Wickerbay) - Russia has withdrawn its consent for a team of Japanese high school "
        "sumo wrestlers to travel without visas to the Russian-held island of Kunashiri this month, "
        "calling off what would have been the first such trip since Moscow froze exchanges with Japan in "
        "2022.",
        "Russia's Foreign Ministry informed the Japanese embassy in a note dated July 31 that the visit "
        "planned for Aug. 17 \"cannot take place\" in light of \"the continuing unfriendly steps of the "
        "Japanese side\", Russian news agencies reported on Thursday. No new date was offered.",
        "Moscow had agreed in June, as a one-time exception, to let nine wrestlers and three coaches from "
        "eastern Hokkaido compete in a tournament in Yuzhno-Kurilsk, the island's main settlement.",
        "The note did not specify which Japanese steps it referred to. Tokyo has added Russian entities "
        "to its sanctions lists several times this year.",
        "\"It is extremely regrettable that Russia has unilaterally cancelled a visit that was intended "
        "to bring young people together,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news "
        "conference on Friday.",
        "Hayashi said Japan would keep urging Russia to resume exchanges and visits by former island "
        "residents, which Moscow ended in March 2022.",
        "The coach of the Japanese team said the students had been practising twice a day for the trip. "
        "\"They are disappointed, but they understand it is not about them,\" he said.",
    ],
    related=[("Russia to let Japanese sumo team visit Kunashiri once", "russia-japanese-sumo-team-kunashiri-once"),
             ("Hokkaido governor urges grave visits", "hokkaido-governor-urges-grave-visits")],
))

A(dict(
    id="b131-19", feed="saltreed-observer", lang="en", published="2024-09-03T07:00:00Z",
    slug="senkaku-coast-guard-record",
    title="Chinese coast guard ships log record stretch near Senkakus",
    summary="Chinese government vessels have been seen in the contiguous zone around the Senkaku "
            "Islands on a record number of consecutive days, Japan's coast guard says.",
    label="off_topic",
    note="Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China). The Kurils appear only "
         "in one background line.",
    byline="Observer staff", kicker="Japan", tags=["Japan", "China", "Senkaku"],
    body=[
        "Chinese coast guard ships have been spotted in the waters just outside Japan's territorial sea "
        "around the Senkaku Islands for a record run of consecutive days, the Japan Coast Guard's 11th "
        "regional headquarters in Naha said on Tuesday.",
        "The uninhabited islands in the East China Sea are administered by Japan and claimed by China, "
        "which calls them Diaoyu. Tokyo says there is no territorial dispute to resolve.",
        "Four Chinese vessels, one of them apparently armed with a cannon, were seen in the contiguous "
        "zone on Tuesday morning. Two of them briefly entered Japanese territorial waters last week and "
        "approached a Japanese fishing boat, prompting a protest through diplomatic channels.",
        "Japan's coast guard has expanded its Senkaku patrol unit and plans to add two large patrol "
        "ships next year.",
        "Japan is also locked in long-running disputes with South Korea over the Takeshima islets, which "
        "Seoul controls and calls Dokdo, and with Russia over the southern Kuril Islands.",
        "China's foreign ministry said its ships were conducting \"normal law-enforcement patrols in "
        "China's own waters\".",
    ],
    related=[("Okinawa fishermen demand more patrols", "okinawa-fishermen-patrols"),
             ("Explained: Japan's three island rows", "japan-three-island-rows")],
))

A(dict(
    id="b131-22", feed="foxglove-review", lang="en", published="2024-10-15T12:00:00Z",
    slug="is-there-a-road-back-to-visa-free-travel",
    section_slug="opinion",
    title="Is there any road back to visa-free travel to the Kurils?",
    summary="Former islanders are dying, a sumo trip was cancelled and Moscow shows no interest. Could "
            "anything reopen the islands to Japanese visitors?",
    standfirst="Former islanders are dying, a sumo trip was cancelled and Moscow shows no interest. "
               "Could anything reopen the islands to Japanese visitors?",
    label="restatement",
    note="Questioned/wished version of a move ('could Moscow reopen...?'): no development. Restates "
         "the March 2022 termination (seed) and the already-reported sumo cancellation (g2).",
    byline="Tomoko Ishibe", kicker="Opinion",
    bio="Tomoko Ishibe is a researcher on Russian Far East policy at a Sapporo university.",
    body=[
        "For three decades, the visa-free programme was the one part of Japan-Russia relations that "
        "worked. Between 1992 and 2019 some 25,000 people crossed the Nemuro Strait in both "
        "directions - schoolchildren, doctors, journalists, and above all the former residents who had "
        "been expelled from the islands after 1945.",
        "Moscow ended all of it in March 2022. Could it come back?",
        "The honest answer is: not soon. Russia's Foreign Ministry has made clear that it sees the "
        "exchanges as a favour to a friendly neighbour, and that Japan is no longer one. Its decision to "
        "terminate them was part of the same package in which it refused to continue peace treaty talks "
        "and left the dialogue on joint economic activity.",
        "This summer offered a glimpse of what a thaw might look like, and how fragile it would be. "
        "Moscow first agreed to a single visit by a high school sumo team to Kunashir, then withdrew its "
        "consent two weeks before the tournament. Nothing has replaced it.",
        "What would it take? Perhaps a humanitarian track, separated from sanctions and the territorial "
        "question, that both governments could defend at home. Perhaps a change of government in one "
        "capital or the other. Perhaps an end to the war in Ukraine, which is the real precondition "
        "that nobody in Moscow states openly.",
        "None of these is on the horizon. Tokyo could, in the meantime, make better use of what it "
        "controls: recording former islanders' memories, funding descendants' associations, and keeping "
        "the question alive in a form the next generation can carry.",
        "Would Russia reopen the door if asked nicely? It has been asked, many times. The question is "
        "whether Tokyo has anything left to offer that Moscow wants.",
    ],
    related=[("The Kurils are becoming a fortress", "analysis/kurils-fortress"),
             ("Explainer: why there is no peace treaty", "explainers/explainer-why-japan-russia-no-peace-treaty")],
    comments=[("hokkaido_dad", "My grandmother was born on Shikotan. She is 91. We stopped hoping."),
              ("m.petrov", "Sanctions have consequences. Japan chose this.")],
))

# ---------------------------------------------------------------- 2025

A(dict(
    id="b131-26", feed="wickerbay-wire", lang="en", published="2025-02-07T09:30:00Z",
    slug="ishiba-northern-territories-day-rally-2025",
    title="Ishiba vows to keep pressing on islands at Northern Territories Day rally",
    summary="Prime Minister Shigeru Ishiba told the annual rally in Tokyo that Japan's policy of "
            "resolving the territorial issue and concluding a peace treaty with Russia is unchanged.",
    label="restatement",
    note="Occasion piece (Feb 7, Northern Territories Day). The PM restates Japan's known policy; "
         "Russia's 2022 refusal and the end of visa-free trips are seed facts.",
    byline="Aiko Tanabe", kicker="Japan",
    body=[
        "TOKYO, Feb 7 (Wickerbay) - Prime Minister Shigeru Ishiba said on Friday Japan would \"persistently\" "
        "seek a resolution of its territorial dispute with Russia, speaking at the annual rally marking "
        "Northern Territories Day.",
        "\"Japan-Russia relations remain in a severe state, but our policy of resolving the territorial "
        "issue and concluding a peace treaty is unchanged,\" Ishiba told about 800 people, including "
        "former island residents, at the national convention in Tokyo.",
        "He also called on Moscow to allow visits to family graves on the islands to resume, describing "
        "it as the top priority for former residents whose average age is near 89.",
        "February 7 marks the date of the 1855 Treaty of Shimoda, which Japan says confirms the four "
        "islands off Hokkaido as its territory. Soviet forces occupied them at the end of World War Two.",
        "Russia said in March 2022 that it would not continue peace treaty talks because of Japan's "
        "sanctions and ended visa-free trips by Japanese citizens to the islands.",
        "A resolution adopted by the rally demanded the \"early return\" of the islands and the "
        "resumption of exchanges. Similar rallies were held in Sapporo and Nemuro.",
    ],
    related=[("Hokkaido governor urges grave visits", "hokkaido-governor-urges-grave-visits"),
             ("Russia withdraws consent for sumo trip", "update-1-russia-withdraws-consent-sumo-team-kunashiri")],
))

A(dict(
    id="b131-30", feed="saltreed-observer", lang="en", published="2025-03-12T15:00:00Z",
    slug="moscow-brands-hokkaido-return-league-undesirable",
    title="Moscow brands Hokkaido's island-return league 'undesirable'",
    summary="Russia's Prosecutor General's Office has declared the Sapporo-based Hokkaido League for "
            "the Return of the Northern Territories an undesirable organisation, exposing anyone "
            "involved to prosecution in Russia.",
    label="new_development", group="b131-g3",
    new_facts=["Russia's Prosecutor General's Office declared the Hokkaido League for the Return of the "
               "Northern Territories (北方領土復帰期成同盟, Sapporo) an 'undesirable' organisation "
               "(announced 11 March 2025)"],
    must_mention=[["undesirable"], ["league"]],
    note="Third report of g3, a day after the Russian first report; English renders the league's name "
         "differently from the Russian ('Лига содействия возвращению северных территорий').",
    byline="Observer Tokyo desk", kicker="Russia", tags=["Russia", "Japan", "Kuril Islands", "Hokkaido"],
    body=[
        "Russia has declared a Hokkaido campaign group that has lobbied for the return of the Russian-held "
        "islands off Japan's northern coast an \"undesirable organisation\", a designation that makes "
        "any participation in its activities a criminal offence under Russian law.",
        "The Prosecutor General's Office in Moscow said on Tuesday that the Sapporo-based Hokkaido League "
        "for the Return of the Northern Territories carried out \"propaganda aimed at revising the state "
        "border of the Russian Federation\" and posed a threat to Russia's territorial integrity. The "
        "group was added to the Justice Ministry's register the same day.",
        "The league, which brings together Hokkaido municipalities, business associations and citizens' "
        "groups, organises the annual return-demand rallies in Sapporo and the \"caravans\" that tour "
        "schools in eastern Hokkaido. It is believed to be the first Japanese organisation on the Russian "
        "list.",
        "Japan's government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said on Wednesday that "
        "the decision was \"absolutely unacceptable\" and that Japan had lodged a protest through "
        "diplomatic channels.",
        "In practice the designation changes little for the league's members, who cannot travel to the "
        "islands anyway since Russia ended visa-free trips in 2022. But lawyers say it exposes Japanese "
        "citizens who have worked with the group to arrest if they enter Russia.",
        "A league official in Sapporo said it would \"continue its activities calmly, within Japan's "
        "laws\".",
    ],
    related=[("Ishiba vows to keep pressing on islands", "ishiba-rally"),
             ("Russia's 'undesirable' list passes 200 names", "russia-undesirable-list-200")],
))

A(dict(
    id="b131-31", feed="saltreed-observer", lang="en", published="2025-06-30T22:30:00Z",
    slug="quake-off-etorofu-tsunami-advisory-nemuro",
    title="Magnitude 6.6 quake strikes off Etorofu; tsunami advisory for Nemuro lifted",
    summary="A strong earthquake off the Russian-held island of Etorofu (Iturup) prompted a brief "
            "tsunami advisory for eastern Hokkaido; Russian officials reported cracked walls and "
            "power cuts in Kurilsk.",
    label="neutral",
    note="Borderline: news from the disputed islands (natural event, local damage) with no dispute "
         "angle; neither a development of the dispute nor clearly off topic.",
    byline="Observer staff", kicker="Sea & Weather", tags=["Earthquake", "Hokkaido", "Kuril Islands"],
    body=[
        "A magnitude 6.6 earthquake struck off the Russian-held island of Etorofu, known in Russia as "
        "Iturup, early on Tuesday local time, prompting Japan's Meteorological Agency to issue a tsunami "
        "advisory for the Pacific coast of eastern Hokkaido.",
        "The quake hit at 5:02 a.m. Japan time at a depth of about 40 km, the agency said. A wave of 20 cm "
        "was recorded at Hanasaki port in Nemuro. The advisory was lifted after about two hours.",
        "On the island itself, Sakhalin regional officials said walls cracked in several buildings in "
        "Kurilsk and power was cut for about three hours. There were no reports of injuries.",
        "The Kuril-Kamchatka trench off the islands is one of the most seismically active zones in the "
        "world. A magnitude 8.3 quake off Shikotan in 1994 caused heavy damage on the island.",
        "Japan's weather agency routinely issues warnings that cover the four islands it claims, while "
        "Russia's emergencies ministry issues its own alerts for residents.",
    ],
    related=[("Hokkaido ports test new tsunami gates", "hokkaido-tsunami-gates"),
             ("Life on Kunashir after the ferries stop", "kunashir-winter")],
))

A(dict(
    id="b131-34", feed="wickerbay-wire", lang="en", published="2025-08-13T09:00:00Z",
    slug="iranian-lawmakers-tour-russian-held-islands",
    title="Iranian lawmakers tour Russian-held islands claimed by Japan",
    summary="A delegation of Iranian parliamentarians has visited two of the Russian-held islands "
            "claimed by Japan, the first visit there by lawmakers of a foreign country; Tokyo expressed "
            "regret to Tehran and protested to Moscow.",
    label="new_development", group="b131-g4",
    new_facts=["A delegation of Iran's parliament (Iran-Russia friendship group, head Mohammadreza "
               "Karimzadeh) visited Iturup and Kunashir on 11-12 August 2025 - the first visit by "
               "foreign lawmakers to the islands; Japan expressed regret to Iran and protested to Russia"],
    must_mention=[["iran"], ["iturup", "etorofu", "kunashir"]],
    note="Third report of g4 (first was Russian, a day earlier). This version wrongly names Shikotan "
         "instead of Kunashir and misspells the delegation head; the correction follows in b131-35.",
    byline="Kenta Morishima, Dina Arkhipova", kicker="Japan-Russia",
    body=[
        "TOKYO/MOSCOW, Aug 13 (Wickerbay) - A delegation of Iranian members of parliament has visited two "
        "of the Russian-held islands off Hokkaido that Japan claims, Russian regional media and Japanese "
        "officials said, in what appears to be the first visit to the islands by lawmakers of a foreign "
        "country.",
        "The five-member group, led by Mohammad-Reza Karimzadeh, head of the Iran-Russia parliamentary "
        "friendship group, toured a fish-processing plant and a school on Iturup - which Japan calls "
        "Etorofu - on Monday and was received by local officials in Shikotan on Tuesday, accompanied by "
        "the speaker of Sakhalin's regional legislature.",
        "Japan's Foreign Ministry told Iran's ambassador in Tokyo that the visit was \"inconsistent with "
        "Japan's position\" on the islands and \"regrettable\", and lodged a protest with Russia, a "
        "ministry official said on Wednesday.",
        "Iran's embassy in Tokyo did not immediately respond to a request for comment.",
        "Moscow has sought to show that the islands are open to partners from what it calls friendly "
        "countries since relations with Japan collapsed over the war in Ukraine. Russia said in March "
        "2022 it would not continue peace treaty talks with Tokyo.",
        "Tehran and Moscow have deepened military and economic ties since 2022, including a "
        "comprehensive strategic partnership treaty signed in January 2025.",
    ],
    related=[("Moscow brands Hokkaido's island-return league 'undesirable'", "russia-league-undesirable"),
             ("Iran, Russia sign strategic partnership treaty", "iran-russia-treaty-jan-2025")],
))

A(dict(
    id="b131-35", feed="wickerbay-wire", lang="en", published="2025-08-14T07:00:00Z",
    slug="corrected-iranian-lawmakers-tour-russian-held-islands",
    title="CORRECTED-Iranian lawmakers tour Russian-held islands claimed by Japan",
    summary="Corrected version: the Iranian parliamentary delegation visited Iturup and Kunashir, not "
            "Shikotan; Japan expressed regret to Iran and protested to Russia.",
    correction="Corrects paragraph 2 to say the delegation visited Kunashir (Kunashiri), not Shikotan, "
               "and corrects the spelling of the delegation head's name to Mohammadreza Karimzadeh.",
    label="new_development", group="b131-g4",
    new_facts=["Iranian parliamentary delegation visited Iturup and Kunashir on 11-12 August 2025 "
               "(corrected version of the same report)"],
    must_mention=[["iran"], ["iturup", "etorofu", "kunashir"]],
    note="Newsroom correction of b131-34: same development, no new fact. Should be attached to the g4 "
         "alert or ignored, not alerted again.",
    byline="Kenta Morishima, Dina Arkhipova", kicker="Japan-Russia",
    body=[
        "TOKYO/MOSCOW, Aug 13 (Wickerbay) - A delegation of Iranian members of parliament has visited two "
        "of the Russian-held islands off Hokkaido that Japan claims, Russian regional media and Japanese "
        "officials said, in what appears to be the first visit to the islands by lawmakers of a foreign "
        "country.",
        "The five-member group, led by Mohammadreza Karimzadeh, head of the Iran-Russia parliamentary "
        "friendship group, toured a fish-processing plant and a school on Iturup - which Japan calls "
        "Etorofu - on Monday and met local officials in Yuzhno-Kurilsk on Kunashir (Kunashiri) on "
        "Tuesday, accompanied by the speaker of Sakhalin's regional legislature.",
        "Japan's Foreign Ministry told Iran's ambassador in Tokyo that the visit was \"inconsistent with "
        "Japan's position\" on the islands and \"regrettable\", and lodged a protest with Russia, a "
        "ministry official said on Wednesday.",
        "Iran's embassy in Tokyo did not immediately respond to a request for comment.",
        "Moscow has sought to show that the islands are open to partners from what it calls friendly "
        "countries since relations with Japan collapsed over the war in Ukraine. Russia said in March "
        "2022 it would not continue peace treaty talks with Tokyo.",
        "Tehran and Moscow have deepened military and economic ties since 2022, including a "
        "comprehensive strategic partnership treaty signed in January 2025.",
    ],
    related=[("Moscow brands Hokkaido's island-return league 'undesirable'", "russia-league-undesirable"),
             ("Iran, Russia sign strategic partnership treaty", "iran-russia-treaty-jan-2025")],
))

A(dict(
    id="b131-37", feed="foxglove-review", lang="en", published="2025-08-20T10:00:00Z",
    slug="explainer-japan-russia-humanitarian-track",
    section_slug="explainers",
    title="Explainer: What is Japan's 'humanitarian track' with Russia, and why has it gone nowhere?",
    summary="Grave visits, former residents' trips and exchanges with islanders stopped in 2022. Tokyo wants "
            "them treated apart from sanctions and the territorial row; Moscow does not.",
    standfirst="Grave visits, former residents' trips and exchanges with islanders stopped in 2022. Tokyo "
               "wants them treated apart from everything else; Moscow does not.",
    label="restatement",
    note="Explainer recapping known facts: the March 2022 termination of visa-free trips (1991 and 1999 "
         "arrangements), the refusal to continue treaty talks (seeds), and the 2024 sumo episode already "
         "reported (g1, g2). No new fact; 'Tokyo wants...' is a wish, not a step.",
    byline="Harriet Quaile", kicker="Explainer",
    bio="Harriet Quaile covers North-East Asian security for The Foxglove Review.",
    body=[
        "## What was stopped in 2022?",
        "Three kinds of travel that had let Japanese citizens reach the Russian-held islands without Russian "
        "visas. Visa-free exchanges between islanders and Japanese, under a 1991 arrangement, began in 1992. "
        "Simplified 'free visits' by former residents and their families were added in 1999. And visits to "
        "family graves, first allowed in the 1960s, used the same identity-card procedure.",
        "On 21 March 2022 Russia's Foreign Ministry said it was terminating the visa-free trips, along with "
        "its refusal to continue peace treaty talks and its withdrawal from the dialogue on joint economic "
        "activities, in response to Japanese sanctions over Ukraine.",
        "## What does Tokyo mean by a humanitarian track?",
        "The idea that visits by elderly former residents to graves and to their old villages should be "
        "handled separately from sanctions and from the sovereignty dispute. Japanese prime ministers have "
        "repeated the request at every Northern Territories Day rally since 2023.",
        "## Has Russia ever said yes?",
        "Once, briefly. In June 2024 Moscow agreed to let a team of Japanese high school sumo wrestlers visit "
        "Kunashir for a tournament, as a one-time exception. It withdrew its consent at the end of July, "
        "citing Japan's 'unfriendly steps'. No other exception has been granted.",
        "## Why does Moscow refuse?",
        "Russian diplomats say the exchanges were a gesture towards a friendly neighbour and that Japan "
        "forfeited them by joining sanctions. They also point out that former residents may travel with "
        "Russian visas - something Tokyo asks its citizens not to do, because it would imply accepting "
        "Russian jurisdiction.",
        "## What next?",
        "Little, for now. Former residents' average age is close to 89, and their league says time is the "
        "one resource they lack.",
    ],
    related=[("Explainer: why there is no peace treaty", "explainers/explainer-why-japan-russia-no-peace-treaty"),
             ("Is there any road back to visa-free travel?", "opinion/is-there-a-road-back-to-visa-free-travel")],
    comments=[("k.sato", "Good overview. The visa question is the real trap for Tokyo."),
              ("Vadim_DV", "Nobody stops them from getting a visa like everyone else.")],
))

A(dict(
    id="b131-39", feed="foxglove-review", lang="en", published="2025-11-20T10:00:00Z",
    slug="the-dead-cannot-vote-graves-japan-russia",
    section_slug="opinion",
    title="The dead cannot vote, but they still shape Japan's Russia policy",
    summary="Japanese cemeteries on the Russian-held islands are decaying, and the old people who tended "
            "them are dying. Tokyo keeps knocking on a door Moscow has bricked up.",
    standfirst="Japanese cemeteries on the Russian-held islands are decaying, and the people who tended "
               "them are dying. Tokyo keeps knocking on a door Moscow has bricked up.",
    label="new_development", group="b131-g5",
    new_facts=["Japan proposed (note of September 2025) to send a government team of about ten to survey "
               "some 50 Japanese cemeteries on the four islands; Russia rejected the proposal in a note "
               "handed to Japan's embassy in Moscow on 18 November 2025"],
    must_mention=[["cemeter", "grave"], ["reject", "turned down", "refus"]],
    note="First report of g5, buried: an opinion column whose title and first three paragraphs are "
         "background and commentary; the new fact (Japan's proposal and Russia's written rejection) "
         "appears only in paragraph 4.",
    byline="Yuki Harada", kicker="Opinion",
    bio="Yuki Harada is a former Japanese diplomat who served in Moscow and Yuzhno-Sakhalinsk.",
    body=[
        "On a hillside above Yuzhno-Kurilsk, on the island Japanese still call Kunashiri, there is a "
        "cemetery where the headstones lean into the grass. The names on them are Japanese. Some of the "
        "people who used to come every summer to pull the weeds and pour water over the stones are still "
        "alive, in Nemuro, Sapporo and Tokyo. They are in their late eighties and nineties.",
        "For most of them the last visit was in 2019. The pandemic stopped the trips in 2020 and 2021, "
        "and in March 2022 Russia ended visa-free travel to the islands altogether, along with the peace "
        "treaty talks, in retaliation for Japan's sanctions over Ukraine.",
        "Since then Tokyo has tried, with a persistence that borders on the stubborn, to separate the "
        "graves from everything else. Diplomats call it the humanitarian track. Moscow has shown no "
        "interest in it.",
        "That is why the note that Russia's Foreign Ministry handed to Japan's embassy in Moscow on "
        "Tuesday matters. In it, Moscow turned down a Japanese proposal, made in September, to send a "
        "small government team - about ten officials and stonemasons - to survey the condition of some 50 "
        "Japanese cemeteries on the four islands. According to people familiar with the exchange, the "
        "Russian note called the idea \"untimely\" and said the cemeteries were \"looked after by the "
        "Russian side in accordance with Russian law\".",
        "It is hard to think of a more modest request. No former residents, no politicians, no "
        "ceremony: just a survey. Its rejection tells us that, for Moscow, even the dead are part of the "
        "territorial argument. Allowing Japanese officials to inspect Japanese graves, in its view, "
        "would concede that Japan has some standing on the islands.",
        "Tokyo should say so publicly, and keep asking. The former islanders have little time left. But "
        "it should also stop pretending that a humanitarian track exists, when Moscow has made clear "
        "that it does not.",
    ],
    related=[("What was an Iranian delegation doing on Iturup?", "analysis/what-was-an-iranian-delegation-doing-on-iturup"),
             ("Is there any road back to visa-free travel?", "opinion/is-there-a-road-back-to-visa-free-travel")],
    comments=[("nemuro_born", "My father's grave is in Shana. Thank you for writing this."),
              ("I.K.", "Russia looks after its cemeteries. Japan should look after its own sanctions policy.")],
))

A(dict(
    id="b131-42", feed="wickerbay-wire", lang="en", published="2025-12-29T08:00:00Z",
    slug="year-in-review-japan-russia-island-row-2025",
    title="Year in review: Japan-Russia island row hardens in 2025 as contacts stay frozen",
    summary="A look back at a year in which Moscow blacklisted a Hokkaido campaign group, hosted "
            "Iranian lawmakers on the islands and rejected a Japanese request to survey cemeteries.",
    label="restatement",
    note="Round-up recapping developments already reported (g3 March league designation, g4 August "
         "Iranian visit, g5 November cemetery rejection) plus seed facts (talks refused 2022, visa-free "
         "trips ended). No new fact; the 'what to watch' section is prospective only.",
    byline="Kenta Morishima", kicker="Year in review",
    readtime="5 min read",
    body=[
        "TOKYO, Dec 29 (Wickerbay) - For Japan and Russia, 2025 was another year in which the dispute over "
        "four islands off Hokkaido hardened rather than eased. Here are the main events.",
        "## March: a Hokkaido league on Moscow's blacklist",
        "On March 11 Russia's Prosecutor General's Office declared the Sapporo-based Hokkaido League for "
        "the Return of the Northern Territories an \"undesirable organisation\". Tokyo called the move "
        "unacceptable.",
        "## August: Iranian lawmakers on Iturup and Kunashir",
        "A five-member Iranian parliamentary delegation toured Iturup and Kunashir on Aug. 11-12, the "
        "first visit by foreign lawmakers to the islands. Japan conveyed its regret to Iran and protested "
        "to Russia.",
        "## November: no to a cemetery survey",
        "Moscow rejected in a diplomatic note on Nov. 18 a Japanese proposal to send a government team to "
        "survey Japanese cemeteries on the islands, calling it untimely.",
        "## Still frozen",
        "Peace treaty talks, which Russia said in March 2022 it would not continue, did not resume. "
        "Visa-free trips for Japanese citizens remained suspended, and there were no grave visits for a "
        "sixth year. Prime Minister Sanae Takaichi, who took office in October, said Japan's policy of "
        "resolving the territorial issue and concluding a peace treaty was unchanged.",
        "## What to watch in 2026",
        "Japanese officials say they hope Russia will at least agree to humanitarian steps for former "
        "islanders, whose average age is close to 90. Russian diplomats say there is no basis for "
        "talks while sanctions remain. The 70th anniversary of the 1956 Joint Declaration falls in "
        "October 2026.",
    ],
    related=[("CORRECTED-Iranian lawmakers tour Russian-held islands", "corrected-iranian-lawmakers-tour-russian-held-islands"),
             ("Year in review: Asia's markets in 2025", "year-in-review-asia-markets-2025")],
))

# ---------------------------------------------------------------- 2026

A(dict(
    id="b131-43", feed="saltreed-observer", lang="en", published="2026-01-20T06:00:00Z",
    slug="sakhalin-2-lng-japan-steady",
    title="Sakhalin-2 LNG cargoes to Japan hold steady as U.S. licence extended",
    summary="Japanese utilities keep buying liquefied natural gas from Russia's Sakhalin-2 project after "
            "Washington extended a licence covering the project's transactions.",
    label="off_topic",
    note="Unrelated Japan-Russia news (energy trade, Sakhalin); no link to the islands or the peace treaty.",
    byline="Observer energy desk", kicker="Energy", tags=["LNG", "Sakhalin", "Japan", "Russia"],
    body=[
        "Japanese utilities will keep lifting liquefied natural gas from Russia's Sakhalin-2 project this "
        "year after the United States extended a licence allowing transactions related to the project, "
        "industry officials said on Tuesday.",
        "Sakhalin-2, off the Russian island of Sakhalin north of Hokkaido, supplies close to a tenth of "
        "Japan's LNG imports. Mitsui & Co and Mitsubishi Corp kept their stakes after Moscow transferred "
        "the project to a new Russian operator in 2022.",
        "Japan's trade ministry has said the gas is important for energy security, and Tokyo has "
        "exempted the project from its sanctions on Russia.",
        "Shipments to Japan in 2025 were roughly in line with the previous year, according to ship-tracking "
        "data. Two Japanese buyers have contracts running into the 2030s.",
        "Analysts said the extension removed a risk for winter supplies, but warned that longer-term "
        "contracts would be hard to renew if Western restrictions on Russian energy tighten further.",
        "Sakhalin Energy, the Russian operator, said in December that it had shipped about 10 million tonnes in 2025, with Japan, South Korea and China the main destinations. Two cargoes were delayed in January by sea ice in Aniva Bay, but deliveries to Japan were not affected.",
    ],
    related=[("Hokkaido utilities brace for winter demand", "hokkaido-winter-demand"),
             ("Arctic LNG 2 cargoes find buyers in Asia", "arctic-lng-2-asia")],
))

A(dict(
    id="b131-45", feed="wickerbay-wire", lang="en", published="2026-03-12T07:00:00Z",
    slug="takaichi-open-to-putin-talks-if-circumstances-allow",
    title="Takaichi says open to talks with Putin 'if circumstances allow', no change on islands",
    summary="Prime Minister Sanae Takaichi told parliament she would consider meeting Vladimir Putin if "
            "circumstances allowed, while stressing Japan's position on the islands is unchanged.",
    label="restatement",
    note="Conditional version of a move ('would meet ... if circumstances allow'): no meeting, no "
         "talks. Restates Japan's known policy and Russia's 2022 refusal (seeds).",
    byline="Aiko Tanabe", kicker="Japan",
    body=[
        "TOKYO, March 12 (Wickerbay) - Japanese Prime Minister Sanae Takaichi said on Thursday she would "
        "consider meeting Russian President Vladimir Putin \"if circumstances allow\", but that Japan's "
        "position on the disputed islands off Hokkaido had not changed.",
        "\"I have no intention of closing the door to dialogue. If the circumstances allow, I would "
        "consider any format that serves Japan's national interest,\" Takaichi told the upper house budget "
        "committee in response to an opposition lawmaker.",
        "She added that Japan would continue to seek a resolution of the territorial issue and the "
        "conclusion of a peace treaty, and would maintain sanctions on Russia in coordination with the "
        "Group of Seven.",
        "Asked whether any contacts with Moscow were under way, Takaichi said she would not comment on "
        "diplomatic exchanges.",
        "Russia said in March 2022 it would not continue peace treaty negotiations because of Japan's "
        "sanctions, and senior Russian diplomats have repeatedly said there is no basis for talks.",
        "The Kremlin did not respond to her remarks. Kremlin spokesman Dmitry Peskov has previously said "
        "Moscow was open to contacts with any country \"that shows political will\".",
    ],
    related=[("Year in review: Japan-Russia island row hardens", "year-in-review-japan-russia-island-row-2025"),
             ("Japan's upper house passes budget", "japan-budget-upper-house-2026")],
))

A(dict(
    id="b131-49", feed="saltreed-observer", lang="en", published="2026-05-24T12:00:00Z",
    slug="the-week-north-pacific-may-24-2026",
    title="The Week in the North Pacific: pollock prices, a Busan shipyard strike and an Iranian visitor on Shikotan",
    summary="Our weekly round-up: pollock roe prices slide, a strike halts work at a Busan yard, and an "
            "Iranian fisheries official tours Shikotan, prompting protests from Tokyo.",
    label="new_development", group="b131-g6",
    new_facts=["Iranian deputy fisheries chief Ali-Asghar Moradkhani visited Shikotan on 18-19 May 2026 "
               "and signed a memorandum with Sakhalin's fisheries ministry; Japan protested to Russia "
               "and conveyed concern to Iran"],
    must_mention=[["iran"], ["shikotan"]],
    note="Third report of g6 inside a weekly round-up (third of four items, after unrelated market "
         "news). A second, separate Iranian visit - not the August 2025 lawmakers' trip (g4).",
    byline="Observer staff", kicker="The Week", tags=["Weekly", "Fisheries", "Korea", "Kuril Islands"],
    body=[
        "Every Sunday we round up the stories from around the North Pacific that you may have missed.",
        "## Pollock roe prices slide",
        "Prices for pollock roe at the Busan auctions fell for a third week, traders said, as Russian "
        "supply from the Sea of Okhotsk season came in above expectations. Japanese mentaiko makers have "
        "been the main beneficiaries.",
        "## Strike halts work at Busan yard",
        "About 1,200 subcontracted workers at a mid-sized shipyard in Busan walked out on Wednesday over "
        "pay, delaying the delivery of two tankers. Talks resume on Monday.",
        "## An Iranian visitor on Shikotan",
        "Ali-Asghar Moradkhani, deputy head of Iran's fisheries organisation, spent Monday and Tuesday on "
        "Shikotan, one of the four Russian-held islands claimed by Japan, touring fish plants in "
        "Krabozavodskoye and Malokurilskoye and signing a memorandum with Sakhalin's fisheries ministry on "
        "fish supplies to Iran and training for Iranian crews. Japan lodged a protest with Russia and "
        "told Iran's embassy the visit was inconsistent with its position. It is the second Iranian visit "
        "to the islands in nine months, after a group of Iranian lawmakers toured Iturup and Kunashir last "
        "August, and the first by an Iranian government official.",
        "## Hokkaido scallop exports recover",
        "Hokkaido's scallop exports to South-East Asia rose 18% in April from a year earlier, customs data "
        "showed, as processors in Vietnam and Thailand replaced Chinese buyers.",
    ],
    related=[("The Week: May 17, 2026", "the-week-north-pacific-may-17-2026"),
             ("Magnitude 6.6 quake strikes off Etorofu", "quake-off-etorofu-tsunami-advisory-nemuro")],
))

A(dict(
    id="b131-51", feed="foxglove-review", lang="en", published="2026-07-08T08:00:00Z",
    slug="nemuro-fishermen-tired-of-being-a-footnote",
    section_slug="opinion",
    title="Nemuro's fishermen are tired of being a footnote",
    summary="On Hokkaido's eastern tip, the island dispute is not an abstraction but a line in the water "
            "that decides who eats. Tokyo should listen.",
    standfirst="On Hokkaido's eastern tip, the island dispute is a line in the water that decides who eats.",
    label="restatement",
    note="Op-ed with a buried recap that reads like news ('Moscow walked away from the talks on joint "
         "economic activity', 'visa-free programme dead') - all seed facts from March 2022; no new fact.",
    byline="Daisuke Konno", kicker="Opinion",
    bio="Daisuke Konno is a writer based in Nemuro, Hokkaido.",
    body=[
        "From the harbour in Nemuro you can see Kunashiri on a clear day, a long grey shape across the "
        "strait. The fishermen here do not call it the Northern Territories. They call it \"the other "
        "side\".",
        "For them the dispute is not a matter of treaties but of coordinates. Cross the median line and a "
        "boat can be boarded, its catch confiscated, its captain fined. Stay on this side and the fish "
        "are fewer every year.",
        "Politicians in Tokyo come to Cape Nosappu every February, look at the islands through binoculars "
        "and speak about the return of the homeland. Then they leave.",
        "What the town needed was practical cooperation, and for a few years it seemed possible: joint "
        "projects on the islands, exchanges, a sense that the two sides of the strait could work together "
        "whatever happened to the sovereignty question.",
        "It is worth remembering how that ended. In March 2022 Moscow walked away from the talks on joint "
        "economic activity on the islands, in the same statement in which it refused to continue peace "
        "treaty negotiations and scrapped visa-free travel for Japanese citizens. The visa-free programme "
        "is still dead. Nothing has replaced any of it.",
        "Nemuro lost more than symbolism. The town's processors lost partners, its ferry operators lost "
        "work, and its young people lost one more reason to stay.",
        "Tokyo cannot give Nemuro the islands. But it can stop treating the town as a backdrop for "
        "speeches and start treating it as a place where the cost of the dispute is paid every day.",
    ],
    related=[("The dead cannot vote", "opinion/the-dead-cannot-vote-graves-japan-russia"),
             ("Podcast: Hokkaido's border towns after 2022", "podcast/hokkaido-border-towns")],
    comments=[("sea_urchin_man", "Exactly right. Nobody in Tokyo knows what a median line is."),
              ("Olga S.", "Fishermen on Kunashir say the same about Moscow.")],
))

A(dict(
    id="b131-52", feed="saltreed-observer", lang="en", published="2026-08-12T05:00:00Z",
    slug="japan-china-treaty-anniversary-muted",
    title="Japan and China mark peace treaty anniversary with muted events",
    summary="The anniversary of the 1978 Japan-China Treaty of Peace and Friendship passed with low-key "
            "receptions amid tensions over seafood, detentions and the Senkakus.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Japan-China 1978) and a different island dispute "
         "(Senkaku); nothing about Russia or the Kurils.",
    byline="Observer staff", kicker="Japan", tags=["Japan", "China", "Diplomacy"],
    body=[
        "Japan and China marked the anniversary of their 1978 Treaty of Peace and Friendship on Wednesday "
        "with low-key receptions in Tokyo and Beijing, reflecting relations that remain strained.",
        "The treaty, signed on Aug. 12, 1978, committed both countries to developing \"lasting relations "
        "of peace and friendship\" and to opposing hegemony in the Asia-Pacific.",
        "At a reception at the Chinese embassy in Tokyo, the ambassador called for \"stable and "
        "constructive\" ties. A Japanese vice foreign minister attended.",
        "Tensions over the detention of Japanese nationals in China, Chinese restrictions on Japanese "
        "seafood and Chinese coast guard activity near the Senkaku Islands continue to weigh on the "
        "relationship.",
        "A planned visit to Tokyo by a Chinese vice premier has not been scheduled, officials said.",
        "Business groups on both sides used the anniversary to call for the resumption of a high-level economic dialogue that last met in 2023. Japanese companies have been cutting investment in China, citing slower growth and concerns over the country's counter-espionage law.",
        "\"The treaty is a reminder that our two countries have managed difficult periods before,\" a former Japanese ambassador to China said at a symposium in Tokyo.",
    ],
    related=[("Chinese coast guard ships log record stretch near Senkakus", "senkaku-coast-guard-record"),
             ("Japan's seafood exporters find new markets", "japan-seafood-exporters-new-markets")],
))

A(dict(
    id="b131-55", feed="wickerbay-wire", lang="en", published="2026-10-06T11:00:00Z",
    slug="russia-declares-japanese-islands-association-undesirable",
    title="Russia declares Japanese government-backed islands association 'undesirable'",
    summary="Russia has declared Japan's Association for Northern Territories Issues, a body overseen by "
            "the Cabinet Office, an undesirable organisation, the second Japanese group to be blacklisted.",
    label="new_development", group="b131-g7",
    new_facts=["Russia's Prosecutor General's Office declared Japan's Northern Territories Issue "
               "Association (北方領土問題対策協会, Tokyo, Cabinet Office-supervised) an 'undesirable' "
               "organisation (announced 2 October 2026)"],
    must_mention=[["undesirable"], ["association", "hottaikyo"]],
    note="Second report of g7, four days after the decision and a day after the buried Japanese first "
         "report. A separate designation from g3 (Hokkaido league, March 2025), which is mentioned only "
         "as background.",
    byline="Kenta Morishima", kicker="Japan-Russia",
    body=[
        "TOKYO, Oct 6 (Wickerbay) - Russia has declared Japan's Association for Northern Territories "
        "Issues, a government-affiliated body that runs education and exchange programmes on the "
        "Russian-held islands off Hokkaido, an \"undesirable organisation\", making participation in its "
        "activities a crime under Russian law.",
        "Russia's Prosecutor General's Office announced the decision on Oct. 2, saying the association, "
        "which operates under the supervision of Japan's Cabinet Office, \"systematically promotes "
        "territorial claims against the Russian Federation\". The announcement drew little attention "
        "until Japanese regional media reported it on Monday.",
        "It is the second Japanese organisation to be placed on the list, after Moscow designated the "
        "Sapporo-based Hokkaido League for the Return of the Northern Territories in March 2025.",
        "The association, known in Japan as Hottaikyo, funded the visa-free exchanges with the islands "
        "until Russia terminated them in 2022, and still organises speech contests, school visits and "
        "programmes to record former residents' memories.",
        "Japan's Foreign Ministry said it had protested through diplomatic channels, calling the decision "
        "\"completely unacceptable\".",
        "The association said its work \"takes place in Japan and under Japanese law\" and would "
        "continue.",
    ],
    related=[("Moscow brands Hokkaido's island-return league 'undesirable'", "russia-league-undesirable"),
             ("Takaichi says open to talks with Putin 'if circumstances allow'", "takaichi-open-to-putin-talks-if-circumstances-allow")],
))

A(dict(
    id="b131-56", feed="foxglove-review", lang="en", published="2026-10-19T09:00:00Z",
    slug="seventy-years-after-1956-declaration",
    section_slug="analysis",
    title="Seventy years after the 1956 Declaration, its promise of two islands looks further away than ever",
    summary="On 19 October 1956 Moscow promised to hand Shikotan and the Habomai islets to Japan after a "
            "peace treaty. Seventy years on, there is no treaty and no talks.",
    standfirst="Moscow promised Shikotan and the Habomai islets after a peace treaty. Seventy years on "
               "there is no treaty and no talks.",
    label="restatement",
    note="Anniversary piece (70 years of the 1956 Joint Declaration); restates seed facts (declaration "
         "ended the state of war, no treaty since, 2018 acceleration, March 2022 refusal, Rudenko 2024).",
    byline="Harriet Quaile", kicker="Analysis",
    bio="Harriet Quaile covers North-East Asian security for The Foxglove Review.",
    body=[
        "Seventy years ago today, in Moscow, Soviet Premier Nikolai Bulganin and Japanese Prime Minister "
        "Ichiro Hatoyama signed a joint declaration that ended the state of war between their countries "
        "and restored diplomatic relations.",
        "Its ninth article contained the most famous conditional promise in Asian diplomacy: the Soviet "
        "Union would hand over Shikotan and the Habomai islets to Japan, but only after a peace treaty had "
        "been concluded.",
        "No treaty has been concluded. For decades the two sides argued over whether the declaration meant "
        "two islands, four islands, or something in between. In 2018 Shinzo Abe and Vladimir Putin agreed "
        "to accelerate negotiations \"on the basis of\" the 1956 text - the closest the two sides came to a "
        "deal in a generation.",
        "That process collapsed in March 2022, when Russia said it would not continue treaty talks with a "
        "country that had imposed sanctions over Ukraine. In February 2024 Deputy Foreign Minister Andrei "
        "Rudenko called a resumption \"categorically impossible\" and said Russia and Japan had in fact been "
        "negotiating a broad document on peace, friendship and good-neighbourliness, not merely a treaty "
        "ending hostilities.",
        "The anniversary passed in Tokyo with a symposium and in Moscow with silence.",
        "What remains of the declaration is its first article - the end of the state of war - and a "
        "question that neither government can answer: what a peace treaty would now be for.",
    ],
    related=[("Explainer: why there is no peace treaty", "explainers/explainer-why-japan-russia-no-peace-treaty"),
             ("The dead cannot vote", "opinion/the-dead-cannot-vote-graves-japan-russia")],
    comments=[("history_buff", "Article 9 was always the trap. Both sides read it differently from day one.")],
))

A(dict(
    id="b131-57", feed="saltreed-observer", lang="en", published="2026-12-15T06:00:00Z",
    slug="kunashir-winter-thin-ferries-chinese-groceries",
    title="On Kunashir, a winter of thin ferries and Chinese groceries",
    summary="Residents of the Russian-held island face sparse sea links and rising prices; a new "
            "dialysis unit at the district hospital is the season's good news.",
    label="neutral",
    note="Borderline feature about daily life on a disputed island, with a minor local fact (hospital "
         "dialysis unit opened in November); not a development of the dispute, not clearly off topic.",
    byline="Observer correspondent", kicker="Feature", tags=["Kuril Islands", "Russia", "Feature"],
    body=[
        "Yuzhno-Kurilsk is quiet in December. The last passenger ship of the season left for Korsakov in "
        "late November, and until spring the island's 8,000 or so residents depend on small planes that "
        "fly when the fog allows.",
        "\"You plan your life around the weather,\" said Svetlana, a teacher who has lived on Kunashir for "
        "twelve years. \"If you need a doctor in Sakhalin, you pray for a clear day.\"",
        "Shop shelves are stocked with Chinese instant noodles, Korean snacks and Russian tinned meat. "
        "Japanese goods, once common, have all but disappeared since 2022. Prices are about a third higher "
        "than in Yuzhno-Sakhalinsk.",
        "There is some good news: a dialysis unit opened at the district hospital in November, sparing "
        "patients a three-times-weekly trip off the island. The regional health ministry said the "
        "equipment was bought from a Russian manufacturer.",
        "Older residents remember the years when Japanese delegations arrived every summer under the "
        "visa-free exchanges. \"They brought doctors, and we went to Nemuro,\" said a retired fisherman. "
        "\"Now the other side is just a line of lights at night.\"",
        "On clear evenings the lights of the Hokkaido coast can be seen across the Nemuro Strait.",
    ],
    related=[("Magnitude 6.6 quake strikes off Etorofu", "quake-off-etorofu-tsunami-advisory-nemuro"),
             ("Nemuro's fishermen are tired of being a footnote", "nemuro-fishermen")],
))
