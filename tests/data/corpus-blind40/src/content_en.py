# -*- coding: utf-8 -*-
"""English-language articles of the blind40 corpus.

Body conventions: a string starting with "## " is a subheading, "> " a pull quote,
everything else a paragraph.
"""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        id="b40-01", feed="rookery-wire", lang="en", published="2024-02-20T10:42:00Z",
        title="Moscow says Tokyo's 'hostile course' leaves nothing to discuss on peace treaty",
        summary="Russia's foreign ministry spokeswoman said there was no basis for treaty dialogue "
                "with Japan while Tokyo keeps its sanctions, repeating a line Moscow has held since 2022.",
        label="restatement",
        note="New speaker (Zakharova) restating seed 000/004: talks stopped in March 2022 over sanctions, "
             "resumption impossible; sovereignty 'not a subject for discussion' (seed 001/004).",
        author="Reporting by Olga Vereshchak; Editing by Tom Hadley", section="Asia Pacific",
        body=[
            "MOSCOW, Feb 20 (Rookery) - Russia sees no basis for resuming a dialogue with Japan on a "
            "post-war peace treaty as long as Tokyo keeps to what Moscow calls an openly hostile line, "
            "foreign ministry spokeswoman Maria Zakharova said on Tuesday.",
            "\"Everyone knows why the negotiating process stopped. It was not Moscow that imposed "
            "sanctions and it was not Moscow that chose confrontation,\" Zakharova told her weekly "
            "briefing, answering a Japanese correspondent who asked whether Russia might revisit its "
            "position before the end of the year.",
            "She repeated that Russia's sovereignty over the southern Kuril Islands - Iturup, Kunashir, "
            "Shikotan and the Habomai islets, which Japan calls its Northern Territories - was "
            "\"enshrined in international legal documents\" and was \"not a subject for discussion\".",
            "The remarks add nothing to the position Moscow has taken since March 2022, when the foreign "
            "ministry said it did not intend to continue treaty negotiations with a country taking "
            "\"openly unfriendly positions\", pulled out of talks on joint economic activity on the "
            "islands and ended visa-free trips for Japanese citizens. Earlier this month Deputy Foreign "
            "Minister Andrei Rudenko said a resumption of the dialogue was \"categorically impossible\" "
            "in the current situation.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference that "
            "Japan's policy of resolving the territorial issue and concluding a peace treaty "
            "\"remains unchanged\", and that the government regretted Russia's stance.",
            "Japan and the Soviet Union ended their state of war with a joint declaration in 1956 and "
            "restored diplomatic relations, but no peace treaty has ever been signed because of the "
            "dispute over the islands, which Soviet forces seized at the end of World War Two.",
        ]),
    dict(
        id="b40-04", feed="fernhill-post", lang="en", published="2024-04-16T07:15:00Z",
        title="Japan's Bluebook keeps its line on Russia: islands 'under Japanese sovereignty', ties 'severe'",
        summary="The annual diplomatic Bluebook describes relations with Russia as severe and repeats "
                "Tokyo's position on the four islands off Hokkaido.",
        label="restatement",
        note="Annual report. Restates Japan's claim to the four islands and its policy of resolving "
             "the territorial issue and concluding a peace treaty (seeds 000/002/003), and Russia's "
             "March 2022 halt of talks, JEA dialogue and visa-free trips (seed 000/001).",
        author="By Hannah Mercer in Tokyo", section="Asia-Pacific",
        body=[
            "Japan's annual diplomatic Bluebook, presented to the cabinet by Foreign Minister Yoko "
            "Kamikawa on Tuesday, describes relations with Russia as remaining in \"a severe situation\" "
            "and repeats, word for word, the formula Tokyo has used for the disputed islands off "
            "Hokkaido for the past two years.",
            "The four islands - Etorofu, Kunashiri, Shikotan and the Habomai group, known in Russia as "
            "the southern Kurils - are \"islands over which Japan has sovereignty and an inherent part "
            "of the territory of Japan\", the document says, adding that \"Japan's policy of resolving "
            "the territorial issue and concluding a peace treaty remains unchanged\".",
            "The chapter on Russia recalls that Moscow announced in March 2022 that it would not "
            "continue peace treaty negotiations, withdrew from dialogue on joint economic activities on "
            "the islands and halted visa-free exchanges, citing Japan's sanctions over Ukraine. It calls "
            "those steps \"extremely unjust\" and \"absolutely unacceptable\" - language first used in "
            "the 2023 edition.",
            "## Little new in the Russia chapter",
            "Officials who briefed reporters said the Russia section had been updated mainly to reflect "
            "the war's third year and new rounds of sanctions. \"There is no change in our basic "
            "position, and there was no reason to change the text,\" one official said.",
            "The wider report gives more space to China's military activity near Taiwan and to North "
            "Korea's missile launches, and for the first time devotes a separate section to economic "
            "security.",
            "Former residents of the islands, whose average age is now above 88, have long asked "
            "Tokyo to keep the territorial question visible in official documents. \"As long as the "
            "words are there, we are not forgotten,\" said a spokesman for the league of former "
            "residents in Sapporo.",
            "The Bluebook is published every spring and is usually followed by a rebuke from the "
            "Russian embassy in Tokyo.",
        ]),
    dict(
        id="b40-07", feed="abashiri-beacon", lang="en", published="2024-05-17T03:30:00Z",
        title="Russia lists Japanese-era post office and shrine steps on disputed islands as protected heritage",
        summary="Sakhalin authorities have put two pre-war Japanese structures on Etorofu and Shikotan "
                "on Russia's heritage register. Tokyo says it cannot accept the move.",
        label="new_development", group="g1-heritage-register",
        new_facts=["Sakhalin's heritage agency registered the former Japanese post office in Kurilsk "
                   "(Iturup) and the Shinto shrine steps in Malokurilskoye (Shikotan) as regional "
                   "cultural heritage sites (order of 13 May 2024); Japan protested"],
        must_mention=[["heritage"], ["japanese"]],
        note="Third report of g1 (first: Russian regional outlet, 14 May). Not in the seeds: Russian "
             "heritage listing of Japanese-era structures on the disputed islands.",
        author="By Kenta Moriyama, Nemuro desk", section="Nemuro & Kushiro",
        body=[
            "NEMURO - Authorities in Russia's Sakhalin region have added two structures built during "
            "Japanese rule on the disputed southern Kuril Islands to Russia's official register of "
            "cultural heritage sites, a step Tokyo says it cannot accept.",
            "Under an order signed on May 13 by the regional cultural heritage agency, the concrete "
            "shell of the former Shana post and telegraph office in what is now Kurilsk on Etorofu "
            "(Iturup), built in 1933, and the stone stairway and torii foundations of a former Shinto "
            "shrine in Shakotan, now Malokurilskoye, on Shikotan are protected as sites of \"regional "
            "significance\". The status bars demolition and makes the regional budget responsible for "
            "conservation.",
            "The agency said the two sites were \"part of the multi-layered history of the Sakhalin "
            "region\" and that about twenty other Japanese-era structures on the islands, including "
            "lighthouses and piers, would be surveyed over the next two years.",
            "A Japanese foreign ministry official told the Beacon on Thursday that the registration, "
            "carried out under Russian domestic law, was \"incompatible with Japan's legal position and "
            "unacceptable\", and that Tokyo had conveyed this to Moscow through diplomatic channels "
            "on Wednesday.",
            "## 'Our history, not theirs to register'",
            "In Nemuro, reactions among former islanders were mixed. Shigeru Okada, 88, who was born "
            "in Shana and left the island as a teenager in 1948, said he had seen photographs of the "
            "crumbling post office taken by a relative during a visa-free visit years ago.",
            "\"If it means they will not tear it down, I am glad,\" he said. \"But it is strange to hear "
            "that our village post office is now a Russian monument. It is our history.\"",
            "The listing comes with Japan-Russia contacts over the islands at a standstill. Moscow "
            "halted peace treaty talks and ended visa-free trips by Japanese citizens to the islands in "
            "March 2022 in response to Tokyo's sanctions over Ukraine.",
        ]),
    dict(
        id="b40-08", feed="pitchpine-energy", lang="en", published="2024-06-03T12:05:00Z",
        title="Japanese buyers keep Sakhalin-2 cargoes flowing as U.S. extends project waiver",
        summary="Utilities in Japan will continue lifting LNG from the Russian Far East project after "
                "Washington extended the licence covering Sakhalin-2 transactions.",
        label="off_topic",
        note="Look-alike: Japan-Russia energy (Sakhalin, LNG, sanctions) with no bearing on the peace "
             "treaty or the islands.",
        author="By Marcus Ilie, LNG correspondent", section="Gas & LNG",
        body=[
            "Japanese utilities will keep taking liquefied natural gas from Russia's Sakhalin-2 project "
            "after the U.S. Treasury extended a licence that allows transactions linked to the "
            "venture, buyers said on Monday.",
            "The extension, until the end of the year, removes the risk that banks would refuse to "
            "process payments for cargoes bound for Japan, which takes roughly 60% of the plant's "
            "output. JERA, Tokyo Gas and Hiroshima Gas are among the buyers with long-term contracts.",
            "\"Sakhalin is the closest LNG source we have - three days' sailing against three weeks "
            "from the Middle East. Losing it in winter would be painful,\" said an executive at one "
            "utility, who asked not to be named because contract terms are confidential.",
            "Russian LNG accounted for about 9% of Japan's imports last year. Mitsui & Co and "
            "Mitsubishi Corp retain stakes of 12.5% and 10% in the project, now run by a Russian "
            "operator created by presidential decree in 2022.",
            "## Prices",
            "Spot LNG prices in Asia were little changed on the news, with the JKM benchmark for July "
            "delivery at around $11.80 per million British thermal units.",
            "Analysts said the bigger long-term question was the fate of Arctic LNG 2, which is under "
            "direct U.S. sanctions and has struggled to find ships. Japan's trade ministry said its "
            "policy was to reduce dependence on Russian energy \"in a phased manner\" while securing "
            "stable supplies.",
        ]),
    dict(
        id="b40-11", feed="abashiri-beacon", lang="en", published="2024-08-02T06:20:00Z",
        title="Ash from Kuril volcano prompts aviation warning over northern chain",
        summary="Ebeko on Paramushir sent an ash column to 3.5 km, prompting an orange aviation code. "
                "No impact is expected in Hokkaido.",
        label="neutral",
        note="Borderline: about the Kuril Islands (northern chain, Paramushir), not about the dispute "
             "or the treaty. Not scored.",
        author="Beacon staff", section="Weather & Environment",
        body=[
            "The Ebeko volcano on Paramushir, in the northern part of the Kuril chain, sent a column "
            "of ash to about 3.5 kilometres early on Friday, prompting Russian volcanologists to raise "
            "the aviation colour code to orange.",
            "The Kamchatka Volcanic Eruption Response Team said the plume was drifting north-east over "
            "the Pacific. Light ash fell in Severo-Kurilsk, the island's only town, about seven "
            "kilometres from the crater; local authorities advised residents to wear masks and keep "
            "children indoors.",
            "The Tokyo Volcanic Ash Advisory Center issued advisories for flights on the North Pacific "
            "routes between Japan and North America, but said it expected no disruption at airports "
            "in Hokkaido.",
            "Ebeko is one of the most active volcanoes in the Kurils and has erupted almost "
            "continuously since 2016, usually in small explosions. Paramushir lies more than 1,000 "
            "kilometres north-east of Nemuro.",
            "The Japan Meteorological Agency said it was monitoring the situation. Fishing "
            "cooperatives in the Okhotsk region said their boats, now targeting autumn salmon, were "
            "operating far to the south of the ash plume.",
        ]),
    dict(
        id="b40-12", feed="rookery-wire", lang="en", published="2024-08-25T14:10:00Z",
        title="Country Liberals sweep Labor from power in Northern Territory election",
        summary="The conservative Country Liberal Party won a landslide in Australia's Northern "
                "Territory, ending seven years of Labor government.",
        label="off_topic",
        note="Look-alike: 'Northern Territory' (Australia), nothing to do with the Northern "
             "Territories dispute.",
        author="Reporting by Liam Coutts; Editing by Jane Ferris", section="Asia Pacific",
        body=[
            "DARWIN, Aug 25 (Rookery) - Australia's conservative Country Liberal Party won a "
            "landslide victory in the Northern Territory election, ending seven years of Labor "
            "government in the sparsely populated northern jurisdiction.",
            "CLP leader Lia Finocchiaro claimed victory late on Saturday after her party picked up "
            "seats across Darwin and Palmerston on a campaign focused on crime and youth justice. "
            "\"Territorians have voted for change,\" she told supporters.",
            "Chief Minister Eva Lawler lost her own seat of Drysdale, according to counts published "
            "on Sunday. The Greens and independents also made gains at Labor's expense.",
            "The Northern Territory, home to about 250,000 people, has outsized importance for "
            "Australia's defence ties with the United States, hosting rotations of U.S. Marines in "
            "Darwin.",
            "Finocchiaro is expected to be sworn in this week and has promised to lower the age of "
            "criminal responsibility back to 10.",
        ]),
    dict(
        id="b40-14", feed="fernhill-post", lang="en", published="2024-09-30T09:00:00Z",
        title="Moscow would revisit Japan treaty talks only if Tokyo drops sanctions, deputy minister says",
        summary="Russia's Mikhail Galuzin says Moscow could return to dialogue with Japan if Tokyo "
                "abandoned its 'hostile policy', but sees no sign of that.",
        label="restatement",
        note="Conditional version of a resumption ('would ... if Japan lifts sanctions'); restates "
             "seed 004 (key condition: Tokyo's refusal of hostile policy) and seed 001 (sanctions made "
             "talks impossible). No move.",
        author="By Hannah Mercer", section="World",
        body=[
            "Russia would be prepared to consider a return to dialogue with Japan on a peace treaty "
            "only if Tokyo abandoned its sanctions and what Moscow calls its hostile policy, Deputy "
            "Foreign Minister Mikhail Galuzin said in an interview published on Monday.",
            "\"If the Japanese side takes concrete steps - not words, not signals, but steps - to "
            "lift its illegitimate restrictions, then we could look at what is possible,\" Galuzin, a "
            "former ambassador to Tokyo, told the Izvestia newspaper. \"Until then there is simply "
            "nothing to talk about.\"",
            "He said Russia had \"no illusions\" about the policy of Japan's new leadership. The "
            "Liberal Democratic Party elected former defence minister Shigeru Ishiba as its leader "
            "last week, and he is expected to be confirmed as prime minister on Tuesday.",
            "Galuzin's comments closely echo those of Deputy Foreign Minister Andrei Rudenko, who "
            "said in February that normalisation required \"Tokyo's refusal from the hostile policy\" "
            "rather than \"ephemeral signals\".",
            "## A frozen file",
            "Moscow announced in March 2022 that it did not intend to continue negotiations on the "
            "treaty, saying it was impossible to discuss a fundamental document with a state that "
            "had taken openly unfriendly positions. The talks had been stalled for years over the "
            "dispute about four islands off Hokkaido.",
            "Ishiba, who has written about Russia policy, has said little about the islands during "
            "the leadership race beyond repeating that Japan's policy of resolving the territorial "
            "issue and concluding a treaty is unchanged.",
            "Diplomats in Tokyo said there was no expectation of any contact on the issue in the "
            "coming months.",
        ]),
    dict(
        id="b40-17", feed="pitchpine-energy", lang="en", published="2024-11-22T08:40:00Z",
        title="Japan-funded power plant on disputed Kunashir switched off as hybrid station takes over",
        summary="A diesel plant built with Japanese aid in Yuzhno-Kurilsk has been shut for good; "
                "a new Russian diesel-solar station now supplies the island's main town.",
        label="new_development", group="g2-kunashir-power-plant",
        new_facts=["The Japanese-built diesel power plant in Yuzhno-Kurilsk (Kunashir) was shut down "
                   "for good on 19 Nov 2024; a new Russian hybrid station (6 MW diesel + 1.2 MW solar) "
                   "took over and the old plant will be dismantled by summer 2025"],
        must_mention=[["power plant", "power station"], ["kunashir", "yuzhno-kurilsk"]],
        note="Second report of g2 (first: Russian regional outlet, 20 Nov). Not in the seeds.",
        author="By Marcus Ilie", section="Power",
        body=[
            "A diesel power plant built with Japanese government aid in Yuzhno-Kurilsk, the main "
            "town on the Russian-held island of Kunashir, has been shut down permanently, regional "
            "officials said this week, ending more than two decades in which a symbol of Tokyo's "
            "1990s outreach to the islands' residents kept the lights on.",
            "The load was transferred on November 19 to a new hybrid station, Yuzhno-Kurilskaya-2, "
            "which combines 6 megawatts of diesel generators with a 1.2 MW solar array, the energy "
            "ministry of Russia's Sakhalin region said. The old plant is to be dismantled by the "
            "summer of 2025 and the site used for fuel storage.",
            "The Japanese-built plant was handed over in 2000 as part of humanitarian assistance "
            "that Tokyo extended to the islands' Russian residents after the collapse of the Soviet "
            "Union, alongside clinics, schools and a jetty. Local officials said its engines had "
            "\"fully exhausted their service life\" and that spare parts had become impossible to "
            "source after Japan's export restrictions on Russia.",
            "## Fuel bill",
            "The Sakhalin ministry said the solar component should save about 700 tonnes of diesel a "
            "year, much of it shipped to Kunashir from Korsakov at high cost. The new plant was "
            "financed from the federal budget under a programme to upgrade infrastructure on the "
            "Kuril Islands.",
            "Japan's foreign ministry declined to comment on the closure. Tokyo regards the four "
            "southernmost Kurils as its Northern Territories; Moscow ended talks on joint economic "
            "activities there in 2022, when it also halted peace treaty negotiations.",
            "Residents quoted by local media said outages had become more frequent in recent winters. "
            "\"The Japanese station served us well, but it was tired,\" one said.",
        ]),
    # ------------------------------------------------------------------ 2025
    dict(
        id="b40-19", feed="rookery-wire", lang="en", published="2025-01-28T11:25:00Z",
        title="Kremlin dismisses magazine report of secret offer on two disputed islands",
        summary="Dmitry Peskov called 'pure fiction' a Japanese weekly's report that Moscow had sounded "
                "out Tokyo on Shikotan and the Habomai islets.",
        label="restatement",
        note="Denied version of a move (report of a secret offer, denied by both sides). Restates "
             "seeds 001/004: sovereignty over the islands cannot be called into question; no talks.",
        author="Reporting by Olga Vereshchak in Moscow and Daisuke Arai in Tokyo; Editing by Tom Hadley",
        section="Asia Pacific",
        body=[
            "MOSCOW/TOKYO, Jan 28 (Rookery) - The Kremlin on Tuesday dismissed as \"pure fiction\" a "
            "Japanese magazine report that Moscow had quietly sounded out Tokyo about handing over "
            "Shikotan and the Habomai islets in exchange for an easing of sanctions.",
            "\"There have been no such contacts, and there can be none,\" Kremlin spokesman Dmitry "
            "Peskov told reporters. \"The sovereignty of the Russian Federation over these "
            "territories is not in question.\"",
            "The weekly, citing unnamed sources close to the prime minister's office, had reported "
            "that a Russian businessman with ties to the presidential administration raised the idea "
            "with Japanese contacts in the autumn.",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi also denied the report, telling a news "
            "conference there was \"no such fact\" and that Japan's position on the Northern "
            "Territories was well known.",
            "Russia broke off peace treaty talks with Japan in March 2022 over Tokyo's sanctions "
            "following the invasion of Ukraine. Russian officials have repeatedly said the talks "
            "cannot resume in the current circumstances.",
            "Under a 1956 joint declaration, the Soviet Union agreed to hand over Shikotan and the "
            "Habomai group after a peace treaty was signed. The two countries have never concluded "
            "such a treaty.",
        ]),
    dict(
        id="b40-21", feed="abashiri-beacon", lang="en", published="2025-02-07T09:10:00Z",
        title="170 years after Shimoda, Northern Territories Day rally hears familiar demands",
        summary="Former islanders, now in their late eighties, joined Prime Minister Ishiba at the "
                "annual rally in Tokyo, held on the anniversary of the 1855 treaty.",
        label="restatement",
        note="Anniversary/occasion piece (Feb 7, 1855 Treaty of Shimoda named in seed 000). PM and "
             "islanders restate the claim and hopes (wished-for); no new fact.",
        author="By Aya Tominaga", section="Northern Territories",
        body=[
            "TOKYO - Former residents of the Russian-held islands off Hokkaido joined Prime Minister "
            "Shigeru Ishiba on Friday at the annual national rally demanding their return, held on "
            "Northern Territories Day - the anniversary of the 1855 Treaty of Shimoda, which first "
            "drew a border between Japan and Russia north of Etorofu.",
            "\"Japan's policy of resolving the territorial issue and concluding a peace treaty "
            "remains unchanged,\" Ishiba told about 800 people in a Tokyo hall. He said relations "
            "with Russia were \"in a severe state\" because of the war in Ukraine but that the "
            "government would \"not give up\".",
            "The prime minister also said he hoped the grave visits for former residents, halted "
            "since the pandemic and then by Russia's decision in 2022 to end visa-free trips, could "
            "one day be resumed \"as a top priority\".",
            "## 'Before I die'",
            "Toshiko Watanabe, 90, who was born on Shikotan, told the rally she had not been able to "
            "visit her parents' graves for six years. \"I would like to stand on Shikotan once more "
            "before I die. That is all I wish for,\" she said.",
            "Of the roughly 17,000 Japanese who lived on the islands in 1945, fewer than 5,000 are "
            "alive, and their average age is close to 89, according to the league of former "
            "residents.",
            "The Treaty of Shimoda, signed 170 years ago, placed Etorofu, Kunashiri, Shikotan and the "
            "Habomai islets on the Japanese side of the border. Moscow says the islands became part of "
            "the Soviet Union lawfully after World War Two and that its sovereignty is undisputed.",
            "In Nemuro, the city closest to the islands, about 300 people took part in a separate "
            "gathering and a torch relay along the coast at Cape Nosappu.",
        ]),
    dict(
        id="b40-24", feed="rookery-wire", lang="en", published="2025-03-12T15:35:00Z",
        title="Russia opens disputed islands to Japanese visitors without visas - on its own terms",
        summary="A government decree lets Japanese citizens enter Iturup, Kunashir and Shikotan "
                "visa-free for up to 14 days from May 1, under Russian border control. Tokyo objects.",
        label="status_change", group="g3-visafree-entry",
        new_facts=["Russian government decree of 11 March 2025: from 1 May 2025 Japanese citizens may "
                   "enter Iturup, Kunashir and Shikotan without a visa for up to 14 days on a "
                   "Japanese passport via Russian checkpoints (was: visa-free trips banned since "
                   "March 2022); Japan says it cannot accept it"],
        must_mention=[["visa"], ["japanese"]],
        note="Second report of g3 (first: Russian regional outlet, same day). Status change of a "
             "seed matter: visa-free trips for Japanese citizens (terminated March 2022, seeds "
             "000-003) now allowed again, under Russian national rules.",
        author="Reporting by Olga Vereshchak and Daisuke Arai; Editing by Clare Whitby",
        section="Asia Pacific",
        body=[
            "MOSCOW, March 12 (Rookery) - Russia will allow Japanese citizens to visit the disputed "
            "southern Kuril Islands without visas from May 1, reversing a ban it imposed in 2022 - "
            "but under Russian border rules that Tokyo says it cannot accept.",
            "A government decree signed by Prime Minister Mikhail Mishustin on March 11 and published "
            "on Wednesday says Japanese nationals may enter Iturup, Kunashir and Shikotan for up to 14 "
            "days on a Japanese passport, without a Russian visa, through the checkpoints at "
            "Yuzhno-Kurilsk port and Iturup airport.",
            "Visitors will pass Russian border and customs control and may not travel on to other "
            "parts of Russia without a visa, the decree says.",
            "Moscow ended visa-free travel by Japanese citizens to the islands in March 2022, "
            "scrapping trips under a 1991 arrangement and simplified visits for former residents "
            "agreed in 1999, in retaliation for Japanese sanctions over Ukraine. Those agreements "
            "remain terminated, a Russian foreign ministry official said; the new rules are a Russian "
            "national regime.",
            "\"The Kurils are open to everyone, including Japanese tourists and former residents. "
            "Come, but come under Russian rules,\" Sakhalin Governor Valery Limarenko wrote on "
            "Telegram.",
            "## Tokyo: 'cannot accept'",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said entering the islands under Russian "
            "procedures would amount to accepting Russian jurisdiction over Japanese territory. "
            "\"This cannot be accepted,\" he said, asking Japanese citizens to refrain from such trips, "
            "in line with a 1989 cabinet request.",
            "Analysts said the move appeared designed to put Tokyo in an awkward position with "
            "elderly former islanders who have been unable to visit family graves for years.",
        ]),
    dict(
        id="b40-27", feed="fernhill-post", lang="en", published="2025-04-02T05:30:00Z",
        title="Could a U.S.-Russia thaw reopen the Kuril question? Not any time soon",
        summary="Washington's contacts with Moscow have prompted speculation in Tokyo. Diplomats and "
                "scholars see no opening on the islands.",
        label="restatement",
        note="Questioned version of a move (could talks restart?); analysts restate that Russia halted "
             "the talks in 2022 and calls them impossible (seeds 000/002/004). No new fact.",
        author="Analysis by Hannah Mercer", section="Analysis",
        body=[
            "When Washington and Moscow began talking again this year, a question surfaced in Tokyo's "
            "foreign policy circles: if the United States can reopen channels with Russia, could "
            "Japan's own frozen file - the peace treaty and the four islands off Hokkaido - come back "
            "to life?",
            "The short answer from diplomats, scholars and officials interviewed by the Post is no, "
            "or at least not soon.",
            "\"Moscow has told us in writing that it will not negotiate a treaty with a country that "
            "sanctions it. Nothing in the last three years suggests that has changed,\" said a senior "
            "Japanese diplomat, referring to Russia's March 2022 statement ending the talks.",
            "## Two obstacles",
            "Kazuhiro Niwa, who teaches Russian politics at a university in Sapporo, points to two "
            "obstacles. The first is sanctions: Japan has aligned itself with the Group of Seven and "
            "is unlikely to break ranks. The second is Moscow's insistence, repeated by Deputy "
            "Foreign Minister Andrei Rudenko last year, that a resumption is \"categorically "
            "impossible\" until Tokyo abandons what Russia calls a hostile course.",
            "\"Even if Washington and Moscow agree on something about Ukraine, Russia would want "
            "Japan to pay a separate price,\" Niwa said.",
            "Others wonder whether Tokyo might quietly test the waters on humanitarian issues, such "
            "as grave visits for former islanders. Officials declined to speculate. \"Of course we "
            "would like exchanges to resume. Wanting is not the same as having a channel,\" one said.",
            "For now, the prime minister's line - that Japan's policy of resolving the territorial "
            "issue and concluding a peace treaty is unchanged - is likely to be all Tokyo says.",
        ]),
    dict(
        id="b40-30", feed="abashiri-beacon", lang="en", published="2025-06-11T02:15:00Z",
        title="Russia lets Japanese crew shore up crumbling Kaigara lighthouse - this summer only",
        summary="A ten-person team from Nemuro will land on the islet off Cape Nosappu in July to "
                "stabilise the 1937 lighthouse. Moscow calls it a one-time exception.",
        label="new_development", group="g4-kaigara-lighthouse",
        new_facts=["Russia agreed, as a one-time exception for summer 2025 only, to let a Japanese team "
                   "(10 people) land on Kaigara islet (Signalny) without visas in July to reinforce "
                   "the 1937 Japanese-built lighthouse"],
        must_mention=[["lighthouse"], ["kaigara", "signalny"]],
        note="Second report of g4 (first: Japanese regional outlet, 10 June). A 'this summer only' "
             "permission, not a restoration of visa-free exchanges (which stay terminated, seed 001).",
        author="By Kenta Moriyama, Nemuro desk", section="Nemuro & Kushiro",
        body=[
            "NEMURO - Russia has agreed to let a Japanese work crew land on Kaigara, a tiny rock in "
            "the Habomai group just off Cape Nosappu, to reinforce a lighthouse built by Japan in "
            "1937 that has been leaning ever more steeply towards the sea.",
            "Japan's Cabinet Office said on Tuesday that Moscow had informed Tokyo in a diplomatic "
            "note that it would allow the visit \"as a one-time humanitarian exception\" this summer "
            "only. The ten-person team - eight workers from a Nemuro construction company and two "
            "government officials - will travel by boat from Nemuro port without visas and spend up "
            "to ten days on the islet in mid-July.",
            "The work, paid for by the Japanese government, will involve anchoring the tower's base "
            "with steel cables and filling eroded rock beneath it with concrete. It is not intended "
            "to restore the light itself.",
            "## A landmark seen from Nosappu",
            "Kaigara - called Signalny by Russia - lies only 3.7 kilometres from Cape Nosappu, and its "
            "lighthouse is clearly visible from the Japanese mainland. For many in Nemuro, it is the "
            "most tangible symbol of the Northern Territories. Local groups have warned for years "
            "that the structure could collapse within a few winters.",
            "\"We have asked for this since before the war in Ukraine. To be honest, we had given up,\" "
            "said a Nemuro city official.",
            "Officials in Tokyo stressed that the permission did not mean a resumption of visa-free "
            "exchanges, which Russia ended in March 2022. A foreign ministry spokesman said the "
            "government would \"carefully prepare so that the work does not prejudice Japan's legal "
            "position\".",
        ]),
    dict(
        id="b40-33", feed="rookery-wire", lang="en", published="2025-08-06T07:50:00Z",
        title="Japanese lawmakers urge Moscow to let aging ex-islanders visit family graves",
        summary="A cross-party group adopted an appeal asking Russia to allow grave visits by former "
                "residents of the islands as a humanitarian matter. Moscow has not replied.",
        label="restatement",
        note="Requested version of a move ('urged Moscow to allow'). Restates seed 001: trips under "
             "the 1999 arrangement for former residents were terminated in March 2022. No move.",
        author="Reporting by Daisuke Arai; Editing by Jane Ferris", section="Asia Pacific",
        body=[
            "TOKYO, Aug 6 (Rookery) - A cross-party group of Japanese lawmakers on Wednesday urged "
            "Russia to allow former residents of the Russian-held islands off Hokkaido to visit their "
            "family graves, calling it a humanitarian matter that should be separated from politics.",
            "The appeal, adopted at a meeting of the parliamentary league for the return of the "
            "Northern Territories, asks Moscow to let former islanders travel under the simplified "
            "procedures agreed in 1999, which Russia terminated in March 2022 along with visa-free "
            "exchanges.",
            "\"Those who remember the islands are in their late eighties and nineties. Every summer "
            "that passes without a visit is a summer they will never get back,\" said the group's "
            "secretary-general.",
            "The lawmakers also asked the Japanese government to keep raising the issue with Russia "
            "\"at every opportunity\". The foreign ministry said it had repeatedly conveyed the "
            "request through diplomatic channels.",
            "There was no immediate comment from the Russian embassy in Tokyo. Russian officials have "
            "said that all forms of exchange were frozen because of Japan's \"unfriendly\" sanctions.",
            "Before the pandemic, several hundred former residents and their relatives visited the "
            "islands each year under the grave-visit programme, which began in 1964.",
        ]),
    dict(
        id="b40-35", feed="fernhill-post", lang="en", published="2025-09-05T10:20:00Z",
        title="At Vladivostok forum, Moscow tells Tokyo the door opens only from its side",
        summary="Deputy Prime Minister Yury Trutnev said Japan knew what it had to do if it wanted a "
                "dialogue with Russia on a peace treaty.",
        label="restatement",
        note="Conditional/new speaker (Trutnev) restating seed 004: normalisation requires Tokyo to "
             "drop its hostile policy; seeds 000/001: talks stopped over sanctions.",
        author="By Ilya Ward in Vladivostok", section="World",
        body=[
            "VLADIVOSTOK - Russia's top official for the Far East said on Friday that Moscow was not "
            "closing the door to Japan, but that it would open only if Tokyo changed course.",
            "\"The Japanese side knows perfectly well what needs to be done. Lift the sanctions, stop "
            "taking part in hostile actions, and then we can talk about a treaty, about fishing, about "
            "anything,\" Deputy Prime Minister Yury Trutnev told a panel at the Eastern Economic Forum.",
            "Japanese business attendance at the annual forum has dwindled since 2022. Only a handful "
            "of Japanese executives registered this year, according to organisers, compared with "
            "hundreds before the war.",
            "Trutnev, who is also the presidential envoy to the Far Eastern Federal District, said "
            "the Kuril Islands were \"Russian land\" and that their development would continue "
            "regardless of Tokyo's position.",
            "## No talks in sight",
            "Russia announced in March 2022 that it would not continue peace treaty negotiations with "
            "Japan. Japanese officials have said Tokyo's policy of resolving the territorial dispute "
            "and concluding a treaty is unchanged, and that there is no prospect of talks for now.",
            "The forum, which runs until Saturday, has been dominated by Chinese and Indian "
            "delegations.",
        ]),
    dict(
        id="b40-37", feed="rookery-wire", lang="en", published="2025-10-08T09:00:00Z",
        title="Japanese, Russian fisheries scientists hold one-off talks on Nemuro Strait pollock",
        summary="Researchers from both countries compared survey data on walleye pollock in an online "
                "meeting, the first such contact since 2022. Neither side plans regular talks.",
        label="new_development", group="g5-pollock-meeting",
        new_facts=["Japanese and Russian fisheries scientists held a one-off online meeting on 7 Oct "
                   "2025 on Nemuro Strait walleye pollock stocks, the first such contact since 2022, "
                   "and exchanged survey data; no regular talks planned"],
        must_mention=[["pollock"], ["scientist", "researcher", "meeting"]],
        note="First report of g5 (English wire first, Japanese regional later the same day). "
             "'Held once': a single meeting, not a resumption of any framework.",
        author="Reporting by Daisuke Arai; Editing by Clare Whitby", section="Asia Pacific",
        body=[
            "TOKYO, Oct 8 (Rookery) - Japanese and Russian fisheries scientists have held an online "
            "meeting to compare data on walleye pollock in the Nemuro Strait, which separates "
            "Hokkaido from the Russian-held island of Kunashir, in the first such contact since "
            "relations soured over Ukraine, researchers said on Wednesday.",
            "The two-hour meeting on Tuesday brought together researchers from the Hokkaido Research "
            "Organization's Kushiro fisheries station and Japan's Fisheries Research and Education "
            "Agency with scientists from the Sakhalin branch of Russia's VNIRO institute, known as "
            "SakhNIRO.",
            "They exchanged results of this year's acoustic surveys and agreed that the strait's "
            "spawning stock remained at a historically low level, according to a summary released by "
            "the Japanese side.",
            "Both sides described the meeting as a one-off. \"It was held once, at the working level, "
            "to share data that matters to fishermen on both shores. We have no plan for a next "
            "meeting,\" a Japanese participant said.",
            "Pollock gillnetters from Rausu on the Shiretoko Peninsula have seen catches fall by more "
            "than 90% since the 1990s. The strait's stock is shared, and scientists had met annually "
            "until 2021.",
            "Russia suspended most cooperation with Japan in 2022, including peace treaty talks and "
            "visa-free exchanges with the islands, after Tokyo imposed sanctions over the war in "
            "Ukraine.",
        ]),
    dict(
        id="b40-41", feed="rookery-wire", lang="en", published="2025-12-03T06:45:00Z",
        title="Seoul's unification minister calls for talks on a Korean peace treaty",
        summary="South Korea's new unification minister urged the U.S., China and North Korea to "
                "discuss replacing the 1953 armistice with a peace treaty.",
        label="off_topic",
        note="Look-alike: another 'peace treaty' (Korean War), nothing to do with Russia-Japan.",
        author="Reporting by Min-ji Park; Editing by Tom Hadley", section="Asia Pacific",
        body=[
            "SEOUL, Dec 3 (Rookery) - South Korea's unification minister on Wednesday called for "
            "talks among the two Koreas, the United States and China on replacing the armistice that "
            "halted the 1950-53 Korean War with a formal peace treaty.",
            "\"Seventy-two years of armistice is not peace,\" the minister told a forum in Seoul. "
            "\"We need a process, even a slow one, that leads to a peace treaty and to the "
            "normalisation of relations on the peninsula.\"",
            "North Korea has rejected dialogue with the South and last year declared it a hostile "
            "state. Pyongyang's state media did not immediately react.",
            "The armistice was signed by the U.S.-led United Nations Command, North Korea and China. "
            "South Korea did not sign it. Proposals for a peace treaty or an end-of-war declaration "
            "have surfaced repeatedly since the 2000s without result.",
            "Analysts said the proposal was aimed mainly at a domestic audience ahead of local "
            "elections next year.",
        ]),
    # ------------------------------------------------------------------ 2026
    dict(
        id="b40-42", feed="abashiri-beacon", lang="en", published="2026-01-20T05:10:00Z",
        title="Panel raises odds of Kuril Trench megaquake off eastern Hokkaido",
        summary="Japan's earthquake research body revised its long-term estimate for a magnitude "
                "8.8-plus quake along the Kuril Trench.",
        label="off_topic",
        note="Look-alike: 'Kuril Trench' (千島海溝) seismology off Hokkaido; not about the dispute or "
             "the treaty.",
        author="Beacon staff", section="Hokkaido",
        body=[
            "The government's Headquarters for Earthquake Research Promotion on Tuesday raised its "
            "estimate of the chance of a magnitude 8.8 or greater earthquake along the Kuril Trench "
            "off eastern Hokkaido within 30 years to \"20% or higher\", from \"7 to 40%\" previously.",
            "The panel said new surveys of tsunami deposits along the Pacific coast of Tokachi and "
            "Nemuro showed that giant quakes had recurred more regularly than earlier thought, with "
            "the last one about 400 years ago.",
            "The Kuril Trench, where the Pacific plate dives beneath the North American plate, runs "
            "from off Tokachi north-east along the Kuril chain to Kamchatka. A worst-case scenario "
            "published by the Cabinet Office projects tsunami waves of more than 20 metres in parts "
            "of Kushiro and Nemuro.",
            "Kushiro city said it would review its evacuation tower plans. \"The number is a "
            "reminder, not a forecast of a date,\" a city disaster official said.",
            "The agency also kept its estimate for a magnitude 7.8 quake in the Nemuro-oki segment "
            "at around 80% within 30 years.",
        ]),
    dict(
        id="b40-45", feed="fernhill-post", lang="en", published="2026-02-11T06:00:00Z",
        title="Russia suspends visa-free entry for Japanese to disputed islands after less than a year",
        summary="A Russian decree ends the regime that let Japanese citizens visit Iturup, Kunashir "
                "and Shikotan without visas since last May. Moscow cites new Japanese sanctions.",
        label="status_change", group="g7-visafree-suspended",
        new_facts=["Russian government decree of 9 Feb 2026 suspended the visa-free entry of Japanese "
                   "citizens to Iturup, Kunashir and Shikotan introduced on 1 May 2025; Japanese "
                   "citizens again need a visa; Moscow cited Japan's January sanctions"],
        must_mention=[["suspend"], ["visa"]],
        note="Third report of g7 (first: Japanese regional outlet, 10 Feb). Status change back: "
             "visa-free entry allowed (g3) -> suspended.",
        author="By Hannah Mercer in Tokyo and Ilya Ward", section="Asia-Pacific",
        body=[
            "Russia has suspended the visa-free entry regime that allowed Japanese citizens to visit "
            "three of the disputed islands off Hokkaido, less than a year after introducing it, "
            "citing Tokyo's latest sanctions.",
            "A government decree dated February 9 suspends the rules, in force since May 1 last year, "
            "under which Japanese nationals could enter Iturup, Kunashir and Shikotan for up to 14 "
            "days on a Japanese passport. Japanese visitors will again need a Russian visa.",
            "Russia's foreign ministry said the step was a response to a package of sanctions Japan "
            "adopted on January 23 and to what it called \"a campaign by the Japanese authorities to "
            "intimidate their own citizens\" into not travelling.",
            "Tokyo had never recognised the regime. It said entering the islands under Russian "
            "procedures would imply acceptance of Russian jurisdiction, and asked citizens not to go. "
            "Russian officials said about 40 Japanese nationals used the visa-free rules.",
            "## Muted reaction",
            "Japan's Chief Cabinet Secretary said the government would not comment on \"changes to "
            "Russian domestic procedures\" that Japan did not accept in the first place, and that "
            "Tokyo continued to seek the resumption of grave visits and exchanges under agreed "
            "frameworks.",
            "The visa-free exchanges and simplified trips for former residents, agreed in 1991 and "
            "1999, have been terminated since March 2022, when Moscow also walked away from peace "
            "treaty negotiations.",
        ]),
    dict(
        id="b40-46", feed="abashiri-beacon", lang="en", published="2026-02-16T05:00:00Z",
        title="In Nemuro, a shrug as Russia shuts the island door it opened last year",
        summary="Few in the city closest to the islands used Russia's visa-free entry rules, and few "
                "mourn their suspension.",
        label="status_change", group="g7-visafree-suspended",
        new_facts=["Follow-up: local reactions in Nemuro to Russia's suspension of visa-free entry "
                   "for Japanese citizens to the islands"],
        must_mention=[["visa"], ["suspen"]],
        note="Follow-up of g7 with no new fact (reactions only); belongs to the group.",
        author="By Kenta Moriyama, Nemuro desk", section="Nemuro & Kushiro",
        body=[
            "NEMURO - When Russia opened three of the disputed islands to Japanese visitors without "
            "visas last spring, travel agents in this fishing city were flooded with calls. Almost "
            "nobody booked.",
            "Now that Moscow has suspended the rules, the mood is one of resignation rather than "
            "surprise. \"It was a door we were told not to walk through. Now it is closed again. "
            "Nothing has really changed for us,\" said a man who runs a souvenir shop near the port.",
            "The Japanese government had asked citizens not to travel under the Russian regime, which "
            "required passing Russian border control. According to Russian figures, about 40 "
            "Japanese used it, most of them travelling via Vladivostok or Sakhalin rather than from "
            "Hokkaido.",
            "Former islanders said their hopes remained pinned on the grave visits they made for "
            "decades under agreements between the two governments. \"I want to go home as a Japanese, "
            "not as a foreign tourist,\" said a 91-year-old woman born on Kunashiri.",
            "At City Hall, officials said the suspension would not affect the city's budget or plans. "
            "The exchange centre on the waterfront remains open, mostly for school groups learning "
            "about the islands.",
        ]),
    dict(
        id="b40-49", feed="pitchpine-energy", lang="en", published="2026-06-12T07:30:00Z",
        title="Japan widens Russia export curbs, freezes assets of two more banks",
        summary="Tokyo added chemicals and machine tools to its export ban list and froze the assets "
                "of two Russian banks in step with G7 partners.",
        label="off_topic",
        note="Look-alike: Japan-Russia sanctions news with no bearing on the treaty or the islands.",
        author="By Marcus Ilie", section="Policy",
        body=[
            "Japan on Friday expanded its export restrictions on Russia to cover about 120 additional "
            "items, including industrial chemicals and computer-controlled machine tools, and froze "
            "the assets of two more Russian banks, the government said.",
            "The measures follow a G7 summit statement last month pledging to tighten enforcement "
            "against third-country suppliers helping Russia's military industry. Tokyo also added "
            "eleven companies in China, the United Arab Emirates and Kyrgyzstan to its list of "
            "entities subject to export bans.",
            "\"Japan will continue to work closely with the G7 to prevent the circumvention of "
            "sanctions,\" the Chief Cabinet Secretary told reporters.",
            "Japanese exports to Russia fell about 12% last year. Energy imports from Sakhalin are "
            "not affected by the new measures, the trade ministry said.",
            "Russia's embassy in Tokyo said the measures would \"further damage\" bilateral relations.",
            "Trading houses said the expanded list would have a limited direct effect because most "
            "of the items were already subject to licensing. Some machine-tool makers, however, "
            "said they would need to tighten checks on distributors in Central Asia.",
        ]),
    dict(
        id="b40-52", feed="fernhill-post", lang="en", published="2026-09-08T04:00:00Z",
        title="Opinion: What would it take to restart the Kuril talks?",
        summary="Four years after Moscow walked out, neither side has a path back to the table. "
                "Here is what one would have to look like.",
        label="restatement",
        note="Opinion; questioned and wished-for versions of a move (what would it take, Tokyo "
             "should...). Restates seeds 000-004 (talks halted 2022, impossible while sanctions "
             "remain). No new fact.",
        author="By Rupert Sayle, former diplomat", section="Opinion",
        body=[
            "Four and a half years after Russia announced that it would not continue peace treaty "
            "negotiations with Japan, it is worth asking a plain question: what would it actually "
            "take to restart them?",
            "Moscow's answer has not changed since March 2022. A treaty, Russian officials say, is a "
            "fundamental document on friendship and good-neighbourliness, and cannot be discussed "
            "with a state that imposes sanctions. Deputy Foreign Minister Andrei Rudenko put it most "
            "bluntly: a resumption is \"categorically impossible\" until Tokyo drops its hostile "
            "course.",
            "Tokyo's answer has not changed either. Japan's policy, every prime minister repeats, is "
            "to resolve the territorial issue and conclude a peace treaty. Japan will not lift "
            "sanctions while the war continues.",
            "## Small doors first",
            "If there is a path, it probably starts with humanitarian matters rather than "
            "sovereignty. Grave visits for former islanders, whose average age is approaching 90, "
            "would be the obvious candidate. Would Moscow agree? Perhaps, if it saw a propaganda "
            "benefit. Should Tokyo ask? It already does, every year.",
            "The harder truth is that neither government currently has a reason to move. Russia is "
            "investing in the islands and garrisoning them; Japan is aligning ever more closely with "
            "its G7 partners. Talks, if they ever resume, will be about a very different set of "
            "islands from the ones negotiators discussed in 2018.",
            "Japan should prepare anyway - by keeping experts trained, archives open and former "
            "islanders' testimonies recorded. When the moment comes, it tends to come suddenly.",
        ]),
    dict(
        id="b40-55", feed="abashiri-beacon", lang="en", published="2026-11-10T06:30:00Z",
        title="Rausu crews say Russian patrol boats shadowing them more often this season",
        summary="Fishermen working near the median line in the Nemuro Strait report closer Russian "
                "surveillance, though no boats have been stopped.",
        label="neutral",
        note="Borderline: anecdotal reports of more Russian patrols near the islands, no concrete "
             "event, no official statement. Not scored.",
        author="By Kenta Moriyama", section="Fisheries",
        body=[
            "RAUSU - Skippers from this fishing town on the Shiretoko Peninsula say Russian border "
            "guard boats have been shadowing them more closely this autumn as they set gillnets near "
            "the median line in the Nemuro Strait, across from Kunashir.",
            "\"Last year we would see a patrol boat once a week. This season it is almost every day, "
            "and they come within a few hundred metres,\" said one skipper, who asked not to be named.",
            "No Japanese boats have been stopped or boarded this season, according to the local "
            "fisheries cooperative, and the Japan Coast Guard said it had received no reports of "
            "incidents. The cooperative has asked members to stay well clear of the line.",
            "The Japan Coast Guard's Nemuro office said it was aware of the fishermen's concerns and "
            "was \"monitoring the situation\".",
            "Catches of autumn salmon and pollock have been poor for several years, pushing some "
            "boats to work closer to the line in search of fish.",
        ]),
    dict(
        id="b40-56", feed="rookery-wire", lang="en", published="2026-12-22T03:15:00Z",
        title="Japan and Russia in 2026: another year of standing still over the islands",
        summary="No talks, no visits, and a visa-free door that opened and closed again: a look back "
                "at a frozen year in a frozen dispute.",
        label="restatement",
        note="Year-end review. Recaps known facts: talks halted since 2022 (seeds 000-004), the "
             "February suspension of visa-free entry (already reported, g7). No new fact.",
        author="Analysis by Olga Vereshchak and Daisuke Arai; Editing by Tom Hadley",
        section="Asia Pacific",
        body=[
            "MOSCOW/TOKYO, Dec 22 (Rookery) - For the fourth year running, Japan and Russia ended the "
            "year without any talks on a peace treaty or on the disputed islands off Hokkaido, and "
            "with little prospect of any in 2027.",
            "The most concrete change of the year came in February, when Moscow suspended the "
            "visa-free entry rules it had introduced in 2025 for Japanese citizens visiting Iturup, "
            "Kunashir and Shikotan. Tokyo had never accepted those rules, so the practical effect "
            "was small.",
            "Otherwise, both sides repeated well-worn positions. Russian officials said that talks "
            "remained impossible while Japan kept sanctions and that Russian sovereignty over the "
            "islands was not open to question. Japanese officials said Tokyo's policy of resolving "
            "the territorial issue and concluding a peace treaty was unchanged.",
            "The 70th anniversary of the 1956 joint declaration in October, which ended the state of "
            "war between the two countries, passed with statements but no contact.",
            "\"It is hard to remember a year with less movement,\" said a Tokyo-based Western "
            "diplomat. \"Even the bad news was small.\"",
        ]),
]
