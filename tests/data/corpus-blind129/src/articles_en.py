"""English articles of the blind129 corpus (Marchbank Wire, The Kelpie Courier,
Bramblecote Review, Saltwick Fisheries Bulletin).

Each dict: key, feed, lang, published (UTC, ISO), title, summary, label, group,
new_facts, must_mention, note, author, section, body (paragraphs; '## ' = subhead,
'> ' = quote block), related (titles of other stories on the site), tags, comments.
"""

ARTICLES = []

# ---------------------------------------------------------------- 2024-02 .. 2024-11

ARTICLES += [
    dict(
        key="en-nozdrev-interview",
        feed="marchbank-wire", lang="en", published="2024-02-13T07:45:00Z",
        section="Asia",
        author="Irina Volkhova",
        title="Russian envoy says no basis for peace treaty talks while Tokyo keeps 'hostile course'",
        summary="Moscow's ambassador in Tokyo told Russian television there is nothing to negotiate with "
                "Japan on a peace treaty as long as sanctions stay in place.",
        label="restatement",
        note="Restatement by a new speaker (ambassador Nozdrev). Seed facts: Russia refused to continue "
             "peace treaty talks over Japan's sanctions (MFA, 21 Mar 2022); Rudenko 8 Feb 2024: resumption "
             "'categorically impossible'; sovereignty over the islands not open to question.",
        body=[
            "MOSCOW, Feb 13 (Marchbank) - Russia's ambassador to Japan, Nikolai Nozdrev, said on Tuesday there "
            "was currently no basis for talks with Tokyo on a peace treaty, repeating Moscow's line that "
            "Japanese sanctions over the war in Ukraine had wrecked the foundations of the relationship.",
            "\"A peace treaty is a document about friendship and good-neighbourliness. It cannot be discussed "
            "with a government that has chosen an openly hostile course and is trying to inflict damage on "
            "our country,\" Nozdrev said in an interview with the Rossiya-24 channel, according to a transcript "
            "released by the embassy.",
            "He said the position set out by the Foreign Ministry in March 2022, when Moscow announced it would "
            "not continue negotiations, remained fully in force, and that Russia's sovereignty over the southern "
            "Kuril Islands \"is not a subject for discussion\".",
            "The remarks echo comments last week by Deputy Foreign Minister Andrei Rudenko, who told state news "
            "agency TASS that resuming dialogue on a treaty was \"categorically impossible\" in the current "
            "environment.",
            "Japan's Foreign Ministry did not respond to a request for comment. Tokyo says the four islands - "
            "which it calls the Northern Territories - are an inherent part of Japanese territory and that it "
            "remains committed to resolving the dispute and concluding a treaty.",
            "The Soviet Union seized the islands at the end of World War Two. The two countries restored "
            "diplomatic ties in 1956 but have never signed a formal peace treaty. Moscow suspended the talks, "
            "along with visa-free trips for Japanese citizens to the islands and a dialogue on joint economic "
            "activities there, weeks after it launched its full-scale invasion of Ukraine.",
            "(Reporting by Irina Volkhova; editing by Tom Ashdown)",
        ],
        related=["Japan adds Russian entities to export blacklist", "Sakhalin LNG cargoes keep flowing to Japan",
                 "Kremlin says no plans for contacts with Tokyo"],
    ),
    dict(
        key="en-nozdrev-syndicated",
        feed="kelpie-courier", lang="en", published="2024-02-14T01:10:00Z",
        author="Marchbank Wire",
        tags=["Border & Islands", "Wire"],
        title="Russian envoy: no basis for peace treaty talks with Japan",
        summary="Ambassador Nikolai Nozdrev repeated that Moscow will not negotiate a treaty while "
                "Japanese sanctions remain. (Marchbank Wire)",
        label="restatement",
        note="Syndicated copy of the Marchbank story of 13 Feb 2024 (same restatement). Seed facts: talks "
             "refused over sanctions (Mar 2022), 'categorically impossible' (Rudenko, Feb 2024).",
        body=[
            "Russia's ambassador to Japan, Nikolai Nozdrev, said on Tuesday there was currently no basis for "
            "talks with Tokyo on a peace treaty, repeating Moscow's line that Japanese sanctions over the war in "
            "Ukraine had wrecked the foundations of the relationship.",
            "\"A peace treaty is a document about friendship and good-neighbourliness. It cannot be discussed "
            "with a government that has chosen an openly hostile course and is trying to inflict damage on our "
            "country,\" Nozdrev said in an interview with the Rossiya-24 channel.",
            "He said the position set out by the Foreign Ministry in March 2022, when Moscow announced it would "
            "not continue negotiations, remained fully in force, and that Russia's sovereignty over the southern "
            "Kuril Islands \"is not a subject for discussion\".",
            "The remarks echo comments last week by Deputy Foreign Minister Andrei Rudenko, who said resuming "
            "dialogue on a treaty was \"categorically impossible\".",
            "Tokyo says the four islands - Etorofu, Kunashiri, Shikotan and the Habomai group - are an inherent "
            "part of Japanese territory.",
            "This story was provided by Marchbank Wire. The Kelpie Courier adds local context: in Nemuro, the "
            "city's Northern Territories liaison office said it had no comment on the ambassador's remarks. "
            "The national rally demanding the islands' return was held in Tokyo last Wednesday.",
        ],
        related=["Drift ice reaches Cape Shiretoko a week early", "Nemuro port: cod landings down 12 percent",
                 "Rausu council debates new fish market roof"],
        comments=[("northcape_reader", "Same statement every February. Nothing changes."),
                  ("kushiro_k", "Would be nice to see the islanders get at least grave visits back.")],
    ),
    dict(
        key="en-two-years-after",
        feed="bramblecote-review", lang="en", published="2024-03-21T09:00:00Z",
        section="Explainer",
        author="Hannah Merriwether",
        bio="Hannah Merriwether writes about Japan's relations with Russia and China for Bramblecote Review.",
        title="Two years after Moscow walked out: where the Kuril dispute stands",
        summary="On 21 March 2022 Russia ended peace treaty talks with Japan and cancelled visa-free trips to the "
                "islands. Two years on, neither side has moved. An explainer.",
        label="restatement",
        note="Anniversary/background explainer. Restates seed facts: 21 Mar 2022 MFA statement (talks not "
             "continued, visa-free trips terminated, joint economic activity dialogue quit, BSEC status blocked); "
             "Rudenko Feb 2024 'categorically impossible'. No new event.",
        body=[
            "Two years ago today, Russia's Foreign Ministry issued one of the shortest and most consequential "
            "statements in the history of its relations with Japan. Citing the \"obviously unfriendly\" "
            "sanctions Tokyo had imposed over the invasion of Ukraine, Moscow said it did not intend to continue "
            "negotiations on a peace treaty.",
            "## What did Russia stop?",
            "Four things at once. It ended the peace treaty talks that Shinzo Abe and Vladimir Putin had tried to "
            "accelerate in 2018. It terminated the visa-free exchanges that since 1991 had let Japanese citizens "
            "visit the islands with only an identity document, together with the simplified 1999 procedure for "
            "former residents. It withdrew from the dialogue on joint economic activities on the islands. And it "
            "blocked the extension of Japan's sectoral dialogue partner status in the Black Sea Economic "
            "Cooperation organisation.",
            "## Has anything changed since?",
            "Not on paper. In February this year Deputy Foreign Minister Andrei Rudenko told TASS that resuming "
            "the dialogue was \"categorically impossible\" and that there were \"no topics for a serious "
            "political discussion\" with Japan. Tokyo, for its part, says its policy of resolving the "
            "territorial issue and concluding a peace treaty has not changed.",
            "## Why do the islands matter?",
            "Japan calls Etorofu, Kunashiri, Shikotan and the Habomai islets its Northern Territories and bases "
            "its claim on the 1855 Treaty of Shimoda. The Soviet Union occupied them in August and September "
            "1945, and Russia says its sovereignty is fixed in international documents. The 1956 Joint "
            "Declaration ended the state of war but left the border open.",
            "## What would it take to restart talks?",
            "Moscow has been explicit: Tokyo would have to abandon what Rudenko called its \"hostile policy\". "
            "Japan shows no sign of lifting sanctions. For now the dispute sits in the freezer, and the people "
            "who feel it most are the former islanders, whose average age is now above 88.",
        ],
        related=["Explainer: what the 1956 Joint Declaration says", "How Japan's sanctions on Russia work",
                 "The Black Sea club Japan was pushed out of"],
    ),
    dict(
        key="en-armenia-azerbaijan",
        feed="marchbank-wire", lang="en", published="2024-04-24T14:20:00Z",
        section="Europe",
        author="Davit Sarkisov",
        title="Armenia, Azerbaijan say peace treaty text 'closer than ever' after border commission meets",
        summary="The two South Caucasus neighbours said their delegations agreed on several articles of a "
                "draft peace treaty and on the first stretch of border delimitation.",
        label="off_topic",
        note="Look-alike: a different peace treaty (Armenia-Azerbaijan). Matches 'peace treaty' and 'border' "
             "only; nothing about Russia-Japan or the Kurils.",
        body=[
            "YEREVAN, April 24 (Marchbank) - Armenia and Azerbaijan said on Wednesday they had moved closer to "
            "agreeing the text of a peace treaty, after border commissions led by the two countries' deputy "
            "prime ministers met for the ninth time.",
            "In near-identical statements, the two governments said the delegations had agreed on the wording of "
            "several articles of the draft and on the principles for delimiting a first section of the border "
            "between Armenia's Tavush region and Azerbaijan's Gazakh district.",
            "\"The text is closer than ever, but closer does not mean finished,\" an Armenian government official "
            "told Marchbank, speaking on condition of anonymity because the talks are confidential.",
            "The two sides have fought two wars over the Nagorno-Karabakh region, which Azerbaijan retook in a "
            "lightning offensive last September. More than 100,000 ethnic Armenians fled the region.",
            "Azerbaijan has demanded that Armenia amend its constitution, which it says contains territorial "
            "claims, before any treaty is signed. Yerevan rejects that reading.",
            "The European Union and the United States have both offered to host a signing ceremony. Russia, "
            "which brokered the 2020 ceasefire, has complained that Western mediators are trying to push it out "
            "of the region.",
            "(Reporting by Davit Sarkisov; additional reporting by Leyla Huseynova in Baku; editing by Kate Lunn)",
        ],
        related=["Karabakh refugees struggle with housing in Armenia", "Azerbaijan to host climate summit",
                 "Georgia's parliament passes 'foreign agents' bill"],
    ),
]

ARTICLES += [
    dict(
        key="en-fukutoku-seized",
        feed="kelpie-courier", lang="en", published="2024-06-20T02:30:00Z",
        author="Aya Tomlinson",
        tags=["Border & Islands", "Fisheries", "Rausu"],
        title="Russia seizes Rausu gillnetter off Kunashiri; Indonesian trainee among five crew",
        summary="Russian border guards seized the Fukutoku Maru No. 17 and its five crew, including a "
                "23-year-old Indonesian technical intern, and took the boat to Kunashiri.",
        label="new_development", group="g1",
        new_facts=["Russian border guards seized the Rausu gillnet boat Fukutoku Maru No. 17 (5 crew, incl. an "
                   "Indonesian technical intern) off Kunashir on 18 June 2024 and took it to Yuzhno-Kurilsk"],
        must_mention=[["fukutoku"], ["seiz", "detain", "captur"]],
        note="Second report (EN) of the seizure first reported by Hamahirugao in Japanese; adds Tokyo's "
             "protest and the Indonesian embassy's involvement. New event, not in the seeds.",
        body=[
            "RAUSU - Russian border guards seized a Rausu-registered gillnet boat with five crew aboard in the "
            "Nemuro Strait off Kunashiri on Tuesday evening and escorted it to the island's main settlement, "
            "the Japan Coast Guard and the local fishing cooperative said.",
            "The Fukutoku Maru No. 17, a 9.7-ton boat fishing for Okhotsk atka mackerel (hokke), lost radio "
            "contact with the cooperative at around 7:40 p.m. on June 18. Russia's border directorate for the "
            "Sakhalin region later informed Japan that the vessel had been detained in what Moscow regards as "
            "its territorial sea and taken to Yuzhno-Kurilsk, known in Japan as Furukamappu.",
            "Four of the crew are Japanese, including the captain, Yoshio Kawabata, 58. The fifth is a "
            "23-year-old Indonesian man who came to Rausu last year under Japan's technical intern training "
            "programme. Officials in Rausu said they believed it was the first time a foreign trainee had been "
            "aboard a Japanese boat seized around the islands.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters on Wednesday that Japan had protested "
            "through diplomatic channels and demanded the early release of the crew and the boat. \"The "
            "Northern Territories are Japan's inherent territory, and the Russian action is unacceptable,\" he "
            "said.",
            "The Indonesian embassy in Moscow has asked the Russian side for consular access to its citizen, a "
            "Japanese diplomat said. A spokesman for the Rausu cooperative said the trainee's family in Central "
            "Java had been informed. \"He is a quiet, hard-working young man. We just want everyone home,\" the "
            "spokesman said.",
            "According to the cooperative, the boat was fishing close to the median line that Japanese "
            "fishermen treat as the practical boundary in the strait. Russian media quoted the border "
            "directorate as saying the boat was about 1.5 nautical miles inside Russian waters and had around "
            "800 kilograms of fish aboard.",
            "Rausu boats have been detained in the area before, usually released after the captain pays a fine "
            "imposed by the South Kuril district court.",
        ],
        related=["Rausu's hokke season: prices firm, volumes thin", "Coast guard adds night patrols in Nemuro Strait",
                 "Technical interns now a fifth of Rausu's deckhands"],
        comments=[("rausu_local", "Praying for the crew. The young man from Indonesia must be terrified."),
                  ("m_sato", "Where exactly is the line? Nobody can tell you in that fog.")],
    ),
    dict(
        key="en-grave-visits-urged",
        feed="marchbank-wire", lang="en", published="2024-07-09T05:35:00Z",
        section="Asia",
        author="Kenta Morioka",
        title="Japan urges Russia to allow grave visits for ageing former islanders",
        summary="Tokyo asked Moscow again to let former residents of the Russian-held islands visit family "
                "graves, saying time is running out for the elderly.",
        label="restatement",
        note="Requested move only ('urged Moscow to allow'). Seed facts: visa-free trips and the simplified "
             "1999 visits of former residents were terminated by Russia in March 2022. Nothing was granted or "
             "changed.",
        body=[
            "TOKYO, July 9 (Marchbank) - Japan has again asked Russia to allow former residents of four "
            "Russian-held islands off Hokkaido to visit their family graves this summer, Chief Cabinet Secretary "
            "Yoshimasa Hayashi said on Tuesday, calling the matter a humanitarian issue.",
            "\"The former islanders are advanced in age. We strongly urge the Russian side to allow grave visits "
            "to take place,\" Hayashi told a regular news conference. He said the request had been conveyed "
            "through diplomatic channels but gave no details of any Russian reply.",
            "Grave visits had been run since 1964 and were folded into the visa-free exchanges, which allowed "
            "Japanese to travel to the islands without Russian visas. Russia terminated the visa-free trips, "
            "including the simplified procedure for former residents, in March 2022 after Japan joined Western "
            "sanctions over Ukraine. The visits had already been suspended since 2020 because of the COVID-19 "
            "pandemic.",
            "A Russian embassy spokesman in Tokyo said Moscow's position was well known and referred reporters "
            "to earlier Foreign Ministry statements.",
            "About 5,300 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, and "
            "their average age is over 88, according to the league of former residents.",
            "The islands - called the Northern Territories in Japan and the southern Kurils in Russia - were "
            "seized by Soviet troops at the end of World War Two. The dispute has prevented the two countries "
            "from signing a peace treaty.",
            "(Reporting by Kenta Morioka; editing by Rachel Quint)",
        ],
        related=["Japan's cabinet approval rating slips", "Russia, Japan trade accusations over Pacific drills",
                 "Yen weakens past 161 per dollar"],
    ),
    dict(
        key="en-saury-season",
        feed="saltwick-bulletin", lang="en", published="2024-09-26T03:00:00Z",
        author="Saltwick desk",
        title="Saury: Hanasaki landings stay thin as fleet runs far offshore",
        summary="Hokkaido's stick-held dip-net fleet is landing small fish from grounds more than 1,000 km "
                "east; Hanasaki prices hold above 600 yen/kg.",
        label="off_topic",
        note="Fisheries market report; mentions Nemuro and the Kurils only as geography and the Japan-Russia "
             "200-mile zone agreement generally. Nothing about the peace treaty or the islands' status.",
        body=[
            "Pacific saury landings at Nemuro's Hanasaki port remained weak in the second half of September, "
            "with the stick-held dip-net fleet still chasing fish on high-seas grounds more than 1,000 "
            "kilometres east of Hokkaido.",
            "Boats returning this week reported average fish weights of 110-115 grams, below last year, and "
            "round trips of five to six days. The national saury association put cumulative landings at all "
            "ports at about 9,800 tonnes as of Sept 20, roughly level with last year's record-low pace.",
            "Nemuro traders said the first fish in the 120-gram class appeared on Tuesday and fetched 780 yen "
            "per kilogram. Bulk lots for processing cleared at 450-520 yen.",
            "Skippers said fish were scattered and mixed with chub mackerel. Few boats tried the waters east of "
            "the Kuril chain inside Russia's exclusive economic zone, where Japanese access depends on the "
            "annual bilateral quota talks; operators said fuel costs made the shorter run uneconomic unless "
            "schools concentrate closer to the coast in October.",
            "Processors in Kushiro said frozen stocks of imported Taiwanese saury were sufficient for the "
            "year-end market.",
        ],
        table=[["Grade", "This week (yen/kg)", "Last week", "Year ago"],
               ["120 g+", "780", "-", "910"], ["110-119 g", "610", "640", "720"],
               ["Under 110 g (processing)", "450-520", "470-530", "390-450"]],
        related=["Chum salmon: set-net catches up on the Okhotsk coast", "Pollock roe auction calendar 2024/25"],
    ),
    dict(
        key="en-ishiba-outreach",
        feed="bramblecote-review", lang="en", published="2024-10-10T08:00:00Z",
        section="Analysis",
        author="Hannah Merriwether",
        bio="Hannah Merriwether writes about Japan's relations with Russia and China for Bramblecote Review.",
        title="Will a new prime minister reopen Japan's Russia file?",
        summary="Shigeru Ishiba has spoken of 'not closing doors' with Moscow. But Tokyo's sanctions and "
                "Russia's refusal to talk leave little room. Analysis.",
        label="restatement",
        note="Speculative analysis ('will...?', 'could'), a questioned/prospective move. Restates known "
             "positions: Russia refuses peace treaty talks (seed, Mar 2022; Rudenko Feb 2024); Japan's policy "
             "to resolve the territorial issue and conclude a treaty. No event.",
        body=[
            "Shigeru Ishiba took office as Japan's prime minister on Oct. 1 with a reputation as a defence "
            "specialist and a contrarian inside his own party. In his first policy speech he repeated, almost "
            "word for word, his predecessors' formula: relations with Russia are in a difficult state, but "
            "Japan will maintain its policy of resolving the territorial issue and concluding a peace treaty.",
            "Some in Moscow have read more into Ishiba than that. A commentator on Russian state television "
            "suggested last week that the new leader might be \"more pragmatic\" than Fumio Kishida. Is that "
            "plausible?",
            "## The case for movement",
            "Ishiba has in the past argued that Japan should keep channels open to Russia for the sake of "
            "fishing communities in Hokkaido and of the former islanders, who are now mostly in their late "
            "eighties and nineties. Resuming grave visits would be a humanitarian gesture that costs Moscow "
            "little.",
            "## The case against",
            "Nothing in Japan's position on Ukraine has changed. Tokyo is a G7 member, has imposed successive "
            "sanctions packages and has provided financial support to Kyiv. Russia, for its part, has said "
            "repeatedly that it sees no basis for a peace treaty with a country pursuing what it calls a "
            "hostile policy; as recently as February a deputy foreign minister called a resumption "
            "\"categorically impossible\".",
            "So could anything shift? Possibly at the margins: a gesture on graves, a quiet conversation at a "
            "multilateral meeting. But a new prime minister does not by himself change either country's "
            "calculation. Until the war in Ukraine ends, or Moscow decides it needs Tokyo more than it needs to "
            "punish it, the most likely outcome is more of the same.",
        ],
        related=["Who is Shigeru Ishiba?", "Explainer: Japan's sanctions on Russia",
                 "Two years after Moscow walked out: where the Kuril dispute stands"],
    ),
    dict(
        key="en-kuril-spirit-tanker",
        feed="marchbank-wire", lang="en", published="2024-11-12T16:05:00Z",
        section="Europe",
        author="Marten Kask",
        title="Estonia detains 'shadow fleet' tanker Kuril Spirit in Gulf of Finland",
        summary="The Gabon-flagged tanker, loaded with Russian diesel, was escorted to an Estonian anchorage "
                "over missing insurance papers.",
        label="off_topic",
        note="Look-alike: a ship named after the Kurils, Baltic sanctions enforcement. Nothing about the islands "
             "or the Russia-Japan peace treaty.",
        body=[
            "TALLINN, Nov 12 (Marchbank) - Estonian authorities detained an oil tanker suspected of belonging to "
            "Russia's so-called shadow fleet in the Gulf of Finland on Tuesday, saying it could not show valid "
            "insurance documents.",
            "The Gabon-flagged Kuril Spirit, built in 2006 and carrying about 35,000 tonnes of diesel loaded at "
            "the Russian port of Primorsk, was escorted by a navy patrol vessel to an anchorage off Muuga, the "
            "Estonian navy said.",
            "\"The vessel did not respond to our questions about its insurance and flag registration. We will "
            "inspect it in line with international law,\" a navy spokesman said.",
            "Ship-tracking data showed the tanker had changed its name and flag three times since 2022. Its "
            "registered owner is a company in the United Arab Emirates that could not be reached.",
            "European countries have stepped up checks on ageing tankers carrying Russian oil after damage to "
            "undersea cables and pipelines in the Baltic Sea. Russia's Foreign Ministry has called such "
            "detentions \"piracy\".",
            "(Reporting by Marten Kask; editing by Kate Lunn)",
        ],
        related=["Finland probes cable damage", "EU readies new shadow-fleet listings",
                 "Baltic states complete grid switch from Russia"],
    ),
]

# ---------------------------------------------------------------- 2024-12 .. 2025-08

ARTICLES += [
    dict(
        key="en-ebeko-ash",
        feed="marchbank-wire", lang="en", published="2024-12-05T04:50:00Z",
        section="World",
        author="Marchbank Wire staff",
        title="Volcano in Russia's northern Kurils spews ash, aviation code raised to orange",
        summary="Ebeko volcano on Paramushir island sent ash 3.5 km high; residents of Severo-Kurilsk were "
                "told to stay indoors.",
        label="neutral",
        note="Borderline: about the Kuril Islands (northern chain, Paramushir), a natural event with no bearing "
             "on the disputed southern islands, the peace treaty or any tracked matter. Not scored.",
        body=[
            "VLADIVOSTOK, Dec 5 (Marchbank) - Ebeko volcano on Paramushir island in Russia's northern Kurils "
            "threw ash up to 3.5 kilometres into the air on Thursday, prompting volcanologists to raise the "
            "aviation colour code to orange, the second-highest level.",
            "The Kamchatka Volcanic Eruption Response Team said ash clouds drifted north-east toward the "
            "settlement of Severo-Kurilsk, about 7 km from the crater. Local authorities advised the town's "
            "roughly 2,500 residents to keep windows closed and to wear masks outdoors.",
            "Ebeko, one of the most active volcanoes in the Kuril chain, has erupted intermittently since 2016. "
            "Light ashfall is common in Severo-Kurilsk but rarely disrupts daily life for more than a few days.",
            "Flights between Severo-Kurilsk and Petropavlovsk-Kamchatsky, which run twice a week weather "
            "permitting, were not affected on Thursday, the regional airline said.",
            "The Kuril Islands stretch some 1,200 km between Kamchatka and Japan's Hokkaido and contain dozens "
            "of active volcanoes. Paramushir lies at the northern end of the chain, far from the four southern "
            "islands claimed by Japan.",
        ],
        related=["Kamchatka quake shakes Petropavlovsk, no damage", "Russia's Far East braces for early winter"],
    ),
    dict(
        key="en-nt-day-2025",
        feed="kelpie-courier", lang="en", published="2025-02-07T09:20:00Z",
        author="Aya Tomlinson",
        tags=["Border & Islands", "Nemuro"],
        title="Northern Territories Day: Ishiba vows to 'persistently' pursue treaty as islanders age",
        summary="At the national rally in Tokyo, the prime minister repeated Japan's policy of resolving the "
                "territorial issue and concluding a peace treaty; in Nemuro, former residents marched in the snow.",
        label="restatement",
        note="Occasion piece (Northern Territories Day, 7 Feb). New speaker (PM Ishiba) restating Japan's known "
             "policy; notes known facts: talks refused by Russia (Mar 2022), visa-free/ former-residents visits "
             "terminated. No new event.",
        body=[
            "NEMURO / TOKYO - Prime Minister Shigeru Ishiba said on Friday that Japan would \"persistently\" "
            "pursue a solution to the territorial dispute with Russia and the conclusion of a peace treaty, "
            "speaking at the annual national rally for the return of the Northern Territories.",
            "\"Japan-Russia relations remain in a difficult situation because of Russia's aggression against "
            "Ukraine. But our policy of resolving the territorial issue and concluding a peace treaty is "
            "unchanged,\" Ishiba told about 800 people in a Tokyo hall, among them former residents of the "
            "islands who had travelled from Hokkaido.",
            "He said resuming exchanges, above all grave visits, was one of the government's highest "
            "priorities and that Tokyo would continue to ask Moscow to allow them.",
            "In Nemuro, about 350 people including former islanders, fishermen and high-school students marched "
            "through the city centre in light snow behind a banner reading \"Return the four islands\". Earlier, "
            "a small group laid flowers at the Cape Nosappu observation point, from where the Habomai islets "
            "and, on clear days, Kunashiri are visible.",
            "\"My mother is buried on Shibotsu. I went every summer until 2019. Now I don't know if I will ever "
            "go again,\" said a 79-year-old woman who was born on the island in 1945.",
            "Russia suspended peace treaty talks and terminated visa-free trips to the islands in March 2022 "
            "over Japan's sanctions. According to the league of former residents, 5,004 of the 17,291 people "
            "who lived on the islands at the end of the war are still alive, with an average age of 89.",
            "February 7 was chosen as Northern Territories Day because the 1855 Treaty of Shimoda, which drew "
            "the border between Etorofu and Urup, was signed on that date.",
        ],
        related=["Cape Nosappu: a day at the end of Japan", "Nemuro students' speech contest on the islands",
                 "Drift ice arrives off Abashiri"],
        comments=[("nemuro_dad", "My kids marched today. They asked me why nothing changes. Good question."),
                  ("hokkaido_watch", "Same speech, different prime minister.")],
    ),
    dict(
        key="en-spring-signals-buried",
        feed="bramblecote-review", lang="en", published="2025-04-15T21:10:00Z",
        section="Analysis",
        author="Owen Radcliffe",
        bio="Owen Radcliffe covers security in the North Pacific for Bramblecote Review.",
        title="Reading Moscow's spring signals on the Nemuro Strait",
        summary="Softer words from Russian diplomats, harder facts from the Eastern Military District. "
                "What the past fortnight says about the Kurils.",
        label="new_development", group="g3",
        new_facts=["Eastern Military District said (15 Apr 2025) a battalion of 2S35 Koalitsiya-SV "
                   "self-propelled howitzers took up combat duty on Kunashir, the first of the type on the Kurils"],
        must_mention=[["koalitsiya", "2s35"], ["kunashir"]],
        note="BURIED first report: the new fact (Koalitsiya-SV battalion on combat duty on Kunashir) comes in "
             "the 4th paragraph after commentary on diplomatic remarks; the title does not state it.",
        body=[
            "Diplomats and soldiers rarely speak with one voice, and Russia's messages about the southern "
            "Kurils over the past two weeks have been a case in point.",
            "On the diplomatic side, the tone has been almost courteous. Russian officials marking the start of "
            "spring fishing in the Nemuro Strait spoke of \"practical matters\" that could be discussed with "
            "Japanese colleagues, and a deputy governor of Sakhalin told a local newspaper that the islands "
            "were \"open to anyone who comes in peace and with a Russian visa\". None of this amounts to a "
            "change of policy: Moscow's position that peace treaty talks are impossible while Tokyo maintains "
            "sanctions has not moved an inch since March 2022.",
            "Japanese officials, for their part, have kept to their script. Asked about the Russian remarks, "
            "Tokyo said only that its policy of resolving the territorial issue and concluding a treaty was "
            "unchanged.",
            "The more concrete signal came on Tuesday from the Eastern Military District. Its press service said "
            "a battalion of 2S35 Koalitsiya-SV 152mm self-propelled howitzers had taken up combat duty on "
            "Kunashir after a march from the port of Yuzhno-Kurilsk and live-fire acceptance trials at a range "
            "on the island. It is the first time the Koalitsiya, Russia's newest tube artillery system, has been "
            "stationed on the Kurils. The guns replace older 2S19 Msta-S howitzers of the 18th Machine-Gun "
            "Artillery Division, the district said.",
            "The range of the new howitzers - up to 70 km with guided rounds, according to the manufacturer - "
            "covers the whole of the Nemuro Strait and parts of Hokkaido's Shiretoko and Notsuke peninsulas. "
            "That does not change the military balance in any meaningful way. It does change the atmosphere "
            "in Rausu and Shibetsu, where fishermen already work within sight of Russian positions.",
            "Japan's defence ministry had not commented by Tuesday evening. A Japanese official said Tokyo "
            "would \"make the necessary representations\" once the facts were confirmed.",
            "The lesson of the fortnight is an old one. When Russian diplomats sound softer on the Kurils, look "
            "at what the Defence Ministry is shipping there.",
        ],
        related=["The 18th Division: Russia's garrison on the Kurils, explained",
                 "Why Japan worries about the Nemuro Strait", "Russia's Pacific Fleet in 2025"],
    ),
    dict(
        key="en-fisheries-white-paper",
        feed="saltwick-bulletin", lang="en", published="2025-06-03T02:40:00Z",
        author="Saltwick desk",
        title="Fisheries white paper: Hokkaido coastal fleet squeezed by warm water and border risks",
        summary="Japan's annual fisheries white paper cites warming seas, lower saury and salmon catches and "
                "continued detentions of boats near the Russian-held islands.",
        label="restatement",
        note="Annual report. Recaps the 2024 seizure and release of Fukutoku Maru No. 17 (groups g1/g2, already "
             "reported) and Japan's known position on the islands. No new event.",
        body=[
            "Japan's fisheries white paper for fiscal 2024, approved by the cabinet on Tuesday, says the coastal "
            "fleet in eastern Hokkaido faces \"a combination of environmental and geopolitical risks\" as warmer "
            "seas shift stocks and boats continue to be detained near the Russian-held islands.",
            "The report notes that Pacific saury landings stayed close to historic lows in 2024, that chum "
            "salmon returns to Hokkaido fell for a fourth year, and that yellowtail and Japanese amberjack are "
            "now landed in significant volumes in Hakodate and Kushiro.",
            "In a section on fishing around the Northern Territories, the white paper recalls that the Rausu "
            "gillnetter Fukutoku Maru No. 17 was seized by Russian border guards in June 2024 and released in "
            "August after its captain paid a fine, and says the government \"strongly urges the Russian side to "
            "ensure the safety of Japanese fishing boats\". It repeats the government's position that the four "
            "islands are Japan's inherent territory.",
            "The paper also describes the government's support for cooperatives that fish near the median line "
            "in the Nemuro Strait, including subsidies for AIS transponders and satellite communication "
            "equipment.",
            "Domestic seafood consumption per capita fell to 22.0 kg, the lowest on record.",
        ],
        table=[["Indicator (FY2024)", "Value", "Change y/y"],
               ["Saury landings (t)", "38,900", "-4%"], ["Hokkaido chum salmon (t)", "41,200", "-9%"],
               ["Seafood consumption per capita (kg)", "22.0", "-0.4 kg"]],
        related=["Scallop exports: US and Vietnam pick up slack", "Pollock TAC 2025/26 set"],
    ),
    dict(
        key="en-second-thomas",
        feed="marchbank-wire", lang="en", published="2025-06-20T10:15:00Z",
        section="Asia",
        author="Ramon Villareal",
        title="China, Philippines trade blame after water cannon clash near disputed shoal",
        summary="Manila said Chinese coast guard ships fired water cannon at a Philippine supply boat near "
                "Second Thomas Shoal; Beijing said the boat intruded into Chinese waters.",
        label="off_topic",
        note="Look-alike: a different island/maritime dispute (South China Sea). Matches 'disputed', 'islands', "
             "'coast guard'. Nothing about Russia-Japan.",
        body=[
            "MANILA, June 20 (Marchbank) - The Philippines accused China's coast guard on Friday of firing water "
            "cannon at a government supply boat near Second Thomas Shoal in the South China Sea, injuring two "
            "crew members, in the latest confrontation over the disputed feature.",
            "The Philippine coast guard said three Chinese vessels blocked and then targeted the boat, which was "
            "carrying food and water to a small contingent of marines stationed on a grounded warship at the "
            "shoal.",
            "China's coast guard said the Philippine boat had \"illegally intruded\" into waters near what it "
            "calls Ren'ai Jiao and that it had taken \"necessary control measures\" in accordance with the law.",
            "The United States, a treaty ally of the Philippines, said it stood with Manila and called China's "
            "actions dangerous. Japan and Australia also expressed concern.",
            "China claims almost the whole of the South China Sea, overlapping with claims by the Philippines, "
            "Vietnam, Malaysia, Brunei and Taiwan. An international tribunal ruled in 2016 that China's "
            "sweeping claims had no legal basis, a decision Beijing rejects.",
            "(Reporting by Ramon Villareal; editing by Kate Lunn)",
        ],
        related=["Philippines, Japan sign reciprocal access deal", "Vietnam expands island-building in Spratlys"],
    ),
    dict(
        key="en-defence-white-paper",
        feed="kelpie-courier", lang="en", published="2025-07-15T06:30:00Z",
        author="Shun Okabe",
        tags=["Border & Islands", "Defence"],
        title="Defence white paper flags new Russian artillery on Kunashiri",
        summary="Japan's annual defence report says Russia continues to strengthen its forces on the Northern "
                "Territories, citing the Koalitsiya-SV howitzers that went on duty in April.",
        label="restatement",
        note="Annual report restating a fact already reported in group g3 (Koalitsiya-SV on Kunashir, April "
             "2025) and Japan's known position. No new deployment or event. Hard negative: a monitor may treat "
             "the annual mention as new.",
        body=[
            "KUSHIRO - Japan's annual defence white paper, approved by the cabinet on Tuesday, says Russia is "
            "\"continuing to strengthen its military activity\" on the Northern Territories and in the Sea of "
            "Okhotsk, and singles out the deployment in April of new self-propelled artillery on Kunashiri.",
            "The 2025 edition of Defense of Japan notes that Russia's Eastern Military District put a battalion "
            "of 2S35 Koalitsiya-SV howitzers on combat duty on the island in April, replacing older guns. It "
            "lists the systems already known to be on the islands - Bastion and Bal coastal missiles, Tor air "
            "defence, Su-35 fighters at Etorofu's airfield - and says exercises involving them have become "
            "routine.",
            "\"Russia's military activity in areas close to Japan, including the Northern Territories, which "
            "are Japan's inherent territory, is a matter of concern,\" the document says. The wording is almost "
            "identical to last year's.",
            "The white paper devotes most of its 500 pages to China and North Korea. The Russia chapter also "
            "covers joint Sino-Russian bomber flights and naval patrols around Japan.",
            "In Nemuro, a city official said the report \"confirms what fishermen see from their boats\". The "
            "Rausu fishing cooperative said it had not noticed any change in Russian patrols in the strait since "
            "the spring.",
            "Russia's embassy in Tokyo has in previous years protested against the white paper's description of "
            "the islands.",
        ],
        related=["Nemuro Strait: hokke boats back at sea after storm", "What the median line means for Rausu",
                 "Kushiro airport to extend runway"],
    ),
]

ARTICLES += [
    dict(
        key="en-lut-visit",
        feed="marchbank-wire", lang="en", published="2025-08-21T08:40:00Z",
        section="Asia",
        author="Irina Volkhova",
        title="Russian agriculture minister tours fish plants on islands claimed by Japan",
        summary="Oksana Lut visited Iturup and Shikotan, the first trip by a Russian agriculture minister to "
                "the southern Kurils, and promised support for fish processing.",
        label="new_development", group="g4",
        new_facts=["Russian Agriculture Minister Oksana Lut visited Iturup (20 Aug 2025) and Shikotan "
                   "(21 Aug 2025), the first visit by a Russian agriculture minister to the southern Kurils"],
        must_mention=[["lut", "agriculture minister"], ["iturup", "shikotan"]],
        note="First report of a visit by a Russian federal minister not in the seeds (seed only says Japan "
             "protests visits in general).",
        body=[
            "MOSCOW, Aug 21 (Marchbank) - Russian Agriculture Minister Oksana Lut visited two of the four "
            "Pacific islands claimed by Japan this week, touring fish processing plants and promising state "
            "support to expand output, her ministry said on Thursday.",
            "Lut flew to Iturup on Wednesday, where she inspected a processing plant in Reidovo and the port at "
            "Kitovy Bay, and travelled to Shikotan on Thursday to visit a cannery in Krabozavodskoye. It was the "
            "first visit to the southern Kurils by a Russian agriculture minister, whose portfolio includes the "
            "Federal Fisheries Agency.",
            "\"The Kurils are a key fishing region for the country. Our task is to make sure that fish caught "
            "here is processed here, on the islands, and not shipped out raw,\" Lut was quoted as saying. The "
            "ministry said processing capacity on the islands should grow by about a third by 2030.",
            "There was no immediate comment from Tokyo. Japan has in the past protested against visits by senior "
            "Russian officials to the islands, which it calls the Northern Territories, saying they are "
            "incompatible with its position.",
            "Russia took the islands at the end of World War Two. Moscow broke off peace treaty talks with Japan "
            "in 2022 over Tokyo's sanctions against Russia.",
            "(Reporting by Irina Volkhova; editing by Tom Ashdown)",
        ],
        related=["Russia's pollock catch on track for record", "Sakhalin governor unveils Kuril ferry plan",
                 "Japan's exports to Russia fall again"],
    ),
    dict(
        key="en-lut-visit-syndicated",
        feed="kelpie-courier", lang="en", published="2025-08-21T12:15:00Z",
        author="Marchbank Wire",
        tags=["Border & Islands", "Wire"],
        title="Russian agriculture minister visits Etorofu, Shikotan fish plants",
        summary="Oksana Lut's trip is the first by a Russian agriculture minister to the islands. (Marchbank "
                "Wire, with local reporting)",
        label="new_development", group="g4",
        new_facts=["Russian Agriculture Minister Oksana Lut visited Iturup and Shikotan on 20-21 Aug 2025"],
        must_mention=[["lut", "agriculture minister"], ["etorofu", "iturup", "shikotan"]],
        note="Syndicated copy of the Marchbank report (same development, group g4) with two local lines added; "
             "no new fact beyond the visit.",
        body=[
            "Russian Agriculture Minister Oksana Lut visited two of the four islands claimed by Japan this week, "
            "touring fish processing plants and promising state support to expand output, her ministry said on "
            "Thursday.",
            "Lut flew to Iturup (Etorofu) on Wednesday, where she inspected a processing plant in Reidovo and the "
            "port at Kitovy Bay, and travelled to Shikotan on Thursday to visit a cannery in Krabozavodskoye. "
            "It was the first visit to the islands by a Russian agriculture minister, whose portfolio includes "
            "the Federal Fisheries Agency.",
            "\"Our task is to make sure that fish caught here is processed here, on the islands,\" Lut was quoted "
            "as saying.",
            "This story was provided by Marchbank Wire. Local reaction: the mayor's office in Nemuro said it "
            "expected the national government to respond. A Habomai fisherman told the Courier that Russian "
            "processing plants on Shikotan already buy much of the sea urchin caught around the islands.",
        ],
        related=["Hanasaki crab festival draws record crowd", "Habomai co-op: kelp season half done"],
    ),
]

# ---------------------------------------------------------------- 2025-10 .. 2027-01

ARTICLES += [
    dict(
        key="en-takaichi-speech",
        feed="kelpie-courier", lang="en", published="2025-10-24T10:05:00Z",
        author="Shun Okabe",
        tags=["Politics", "Border & Islands"],
        title="Takaichi: policy of resolving territorial issue with Russia 'unchanged'",
        summary="In her first policy speech, Prime Minister Sanae Takaichi repeated Japan's long-standing line "
                "on the Northern Territories and called for grave visits to resume.",
        label="restatement",
        note="New speaker (new PM Takaichi) restating Japan's known policy: resolve the territorial issue and "
             "conclude a peace treaty; wish for grave visits to resume (terminated with the visa-free trips in "
             "March 2022, seed). No new event.",
        body=[
            "TOKYO - Prime Minister Sanae Takaichi said on Friday that Japan's policy of resolving the "
            "territorial issue with Russia and concluding a peace treaty remained unchanged, in her first policy "
            "speech to the Diet since taking office this week.",
            "\"Japan-Russia relations are in a severe state, but we will firmly maintain our policy of resolving "
            "the territorial issue and concluding a peace treaty,\" Takaichi said. She added that resuming "
            "exchange programmes, \"above all grave visits for former islanders\", was a top priority and that "
            "the government would keep pressing Moscow on the matter.",
            "The passage, three sentences long, came near the end of a speech dominated by the economy, "
            "defence spending and relations with China and the United States.",
            "Former residents in Nemuro said they had hoped for more. \"Every prime minister says the same "
            "words. We are running out of time,\" said a 91-year-old man who was born on Shikotan.",
            "Russia ended peace treaty talks and visa-free travel to the islands in March 2022 after Japan joined "
            "Western sanctions over the invasion of Ukraine. Russian officials have since said repeatedly that "
            "there is no basis for a dialogue on a treaty.",
            "Takaichi, the first woman to lead Japan, is known for hawkish views on China and on security. She "
            "has not set out any new approach to Moscow.",
        ],
        related=["Who is Sanae Takaichi?", "Nemuro mayor: 'the islands must not be forgotten'",
                 "Coast guard to add patrol ship in Kushiro"],
        comments=[("islander_2nd_gen", "Three sentences. My father waited 80 years for more than three sentences.")],
    ),
    dict(
        key="en-utilsbor-exemption",
        feed="marchbank-wire", lang="en", published="2025-11-14T06:25:00Z",
        section="Markets",
        author="Pavel Zhdanov",
        title="Russia waives car recycling fee for Kuril Islands residents",
        summary="Residents of the three Kuril districts, including the islands claimed by Japan, will be able "
                "to import one car every five years without paying Russia's steep recycling fee.",
        label="new_development", group="g5",
        new_facts=["Russian government resolution (10 Nov 2025) exempts residents of the three Kuril districts "
                   "from the car recycling fee (utilsbor) on one imported passenger car every five years, from "
                   "1 Jan 2026"],
        must_mention=[["recycling fee", "utilsbor", "utilization fee"], ["kuril"]],
        note="Second report (EN, fact in title) of the exemption first reported, buried, by Kaldera-Media.",
        body=[
            "MOSCOW, Nov 14 (Marchbank) - Russia will exempt residents of the Kuril Islands from the recycling "
            "fee charged on imported cars, under a government resolution published this week, in a move aimed "
            "at easing the cost of living on the remote Pacific chain that includes four islands claimed by "
            "Japan.",
            "Under the resolution, signed by Prime Minister Mikhail Mishustin on Nov. 10, people who have been "
            "registered for at least three years in the Kurilsky, Yuzhno-Kurilsky or Severo-Kurilsky districts "
            "may import one passenger car for personal use every five years without paying the fee, known in "
            "Russia as the utilsbor. The car must stay registered in one of the three districts for five years; "
            "if it is sold or re-registered elsewhere earlier, the fee becomes payable. The rule takes effect "
            "on Jan. 1.",
            "The recycling fee, nominally a charge for the future disposal of a vehicle, has been raised "
            "sharply since 2024 and can add more than a million roubles to the price of a powerful imported car. "
            "Almost all cars on the islands are used right-hand-drive Japanese models shipped via Vladivostok and "
            "Korsakov.",
            "Sakhalin Governor Valery Limarenko, who lobbied for the change, said the exemption would save an "
            "island family \"from several hundred thousand to more than a million roubles\".",
            "About 21,000 people live in the three districts, according to official data. Japan claims Iturup, "
            "Kunashir, Shikotan and the Habomai islets, which lie in the Kurilsky and Yuzhno-Kurilsky districts.",
            "(Reporting by Pavel Zhdanov; editing by Rachel Quint)",
        ],
        related=["Russian used-car imports slump after fee hike", "Rouble steadies after central bank decision",
                 "Vladivostok car market braces for new rules"],
    ),
    dict(
        key="en-no-conditions-analysis",
        feed="bramblecote-review", lang="en", published="2026-02-18T08:30:00Z",
        section="Explainer",
        author="Hannah Merriwether",
        bio="Hannah Merriwether writes about Japan's relations with Russia and China for Bramblecote Review.",
        title="'No conditions to resume': what Moscow means when it talks about Japan",
        summary="Russian officials keep saying there are 'no conditions' for a peace treaty dialogue. A guide "
                "to the phrase, and to what would have to change.",
        label="restatement",
        note="Negated move ('no conditions to resume'); explainer restating seed facts: talks refused since "
             "March 2022 over sanctions; Rudenko Feb 2024 'categorically impossible'; Peskov 'impossible under "
             "such conditions'. No new event.",
        body=[
            "Around Northern Territories Day every February, Moscow's spokespeople are asked about Japan. This "
            "year, as in the last four, the answer was the same: there are \"no conditions\" for resuming a "
            "dialogue on a peace treaty.",
            "## Where does the phrase come from?",
            "It goes back to March 2022, when the Russian Foreign Ministry said that \"under the current "
            "conditions\" it did not intend to continue the negotiations, because it was impossible to discuss "
            "a fundamental treaty with a state taking \"openly unfriendly positions\". Kremlin spokesman Dmitry "
            "Peskov later said that talks \"under such conditions\" seemed impossible, and in February 2024 "
            "Deputy Foreign Minister Andrei Rudenko called a resumption \"categorically impossible\".",
            "## What are the conditions, then?",
            "Russian officials are vague, but the gist is that Japan would have to drop its sanctions and what "
            "Moscow calls its \"hostile\" course, including support for Ukraine and closer military cooperation "
            "with the United States. Tokyo has no intention of doing so.",
            "## Has Japan asked to resume?",
            "Japan's prime ministers say their policy of resolving the territorial issue and concluding a peace "
            "treaty is unchanged, and Tokyo asks regularly for grave visits by former islanders to be allowed. "
            "But it has not offered anything Moscow would count as a change of course.",
            "## So nothing will happen?",
            "Not at the level of a treaty. The phrase \"no conditions\" is not a door slammed shut so much as a "
            "sign on the door: closed until further notice. Small humanitarian exceptions remain conceivable; "
            "a return to negotiations is not on the horizon.",
        ],
        related=["Two years after Moscow walked out: where the Kuril dispute stands",
                 "Will a new prime minister reopen Japan's Russia file?", "Explainer: the 1956 Joint Declaration"],
    ),
    dict(
        key="en-urchin-prices",
        feed="saltwick-bulletin", lang="en", published="2026-05-12T01:50:00Z",
        author="Saltwick desk",
        title="Urchin: Hakodate prices climb as Russian-origin supply thins",
        summary="Fresh bafun urchin from Hokkaido tops 18,000 yen a box; traders say less frozen Russian urchin "
                "is reaching Japan through Korean intermediaries.",
        label="neutral",
        note="Borderline market item: mentions urchin caught around the southern Kurils and trade routes via "
             "Korea, but reports no policy change, ban or agreement. Not scored.",
        body=[
            "Prices for fresh bafun (short-spined) sea urchin at Hakodate's central market rose for a third "
            "week, with top-grade 250-gram boxes from the Okhotsk coast clearing at 18,000-19,500 yen on Monday.",
            "Wholesalers said the start of the Rebun and Rishiri seasons was delayed by cold water, while "
            "supplies of frozen and alum-treated urchin of Russian origin were thinner than last spring.",
            "Part of the Russian urchin sold in Japan is harvested in waters around the southern Kurils by "
            "processors based on Kunashir and Shikotan and shipped via South Korean packers. Traders in Busan "
            "said buyers in Japan had become more cautious about documentation, and that some Russian volume was "
            "now going to China instead.",
            "Importers in Tokyo said they expected prices to ease in June as Hokkaido supply peaks.",
            "Hakodate wholesalers said demand from sushi restaurants and inbound tourists remained strong despite the prices. \"Customers will pay for Hokkaido urchin. What we lack is volume,\" one auction house manager said.",
            "Korean packers in Busan reported stable volumes of Russian purple urchin from the Primorye coast, which is not affected by the supply changes around the islands.",
        ],
        table=[["Market / grade", "This week (yen per box)", "Last week"],
               ["Hakodate, bafun 250 g top", "18,000-19,500", "16,500-18,000"],
               ["Tokyo, murasaki 250 g", "9,000-11,000", "8,800-10,500"],
               ["Frozen Russian origin (per kg)", "7,400", "7,100"]],
        related=["Busan urchin packers diversify", "Kelp: Hidaka harvest outlook"],
    ),
]

ARTICLES += [
    dict(
        key="en-jaxa-oneoff",
        feed="kelpie-courier", lang="en", published="2026-07-25T03:40:00Z",
        author="Aya Tomlinson",
        tags=["Border & Islands", "Science", "Nemuro"],
        title="Russia lets JAXA team land on Shikotan visa-free, once, to recover balloon gondola",
        summary="A five-person team will cross from Nemuro on July 29-31 under the procedures of the suspended "
                "visa-free exchanges. Tokyo stresses it is a one-off.",
        label="status_change", group="g6",
        new_facts=["Russia agreed by note (23 Jul 2026) to a one-off visa-free entry to Shikotan for a 5-person "
                   "JAXA team (29-31 Jul 2026) to retrieve a balloon gondola; visa-free trips otherwise remain "
                   "terminated"],
        must_mention=[["jaxa", "balloon", "gondola"], ["visa-free", "without visas", "one-off", "one-time"]],
        note="Status change to a 'held once' state: visa-free trips of Japanese to the islands (terminated "
             "March 2022, seed) allowed once, for this recovery team only. Second report (EN) after Ruri Tsushin.",
        body=[
            "NEMURO - Russia has agreed to let a team from the Japan Aerospace Exploration Agency land on "
            "Shikotan without Russian visas to recover the gondola of a scientific balloon that came down on the "
            "island earlier this month, Japan's Foreign Ministry said on Friday.",
            "In a note verbale dated July 23, the Russian side said it would allow, \"as an exception and on a "
            "one-time basis\", four JAXA engineers and an interpreter to enter Shikotan from July 29 to July 31. "
            "They will travel from Nemuro on a chartered boat and use the identity certificates that were "
            "issued to participants in the visa-free exchanges before those were terminated, rather than "
            "passports and visas.",
            "The roughly 450-kilogram gondola, carrying a cosmic-ray detector, was launched under a large "
            "balloon from the Taiki Aerospace Research Field in southern Hokkaido on July 2. After a control "
            "failure it drifted east and landed on the island's north-eastern coast on July 3. Russian border "
            "guards found it the next day and informed Japan.",
            "\"This is a special measure for this case only. The visa-free exchange framework itself remains "
            "suspended by the Russian side,\" a Foreign Ministry official said. Japan does not accept Russian "
            "visas for travel to the islands, which would imply recognition of Russian jurisdiction.",
            "It will be the first time Japanese citizens have set foot on Shikotan under the visa-free "
            "procedures since Russia ended them in March 2022 over Japan's sanctions.",
            "JAXA said the team would dismantle the gondola and bring the instruments and data recorders back "
            "to Nemuro. \"We are grateful that a practical solution was found,\" a JAXA spokesperson said.",
        ],
        related=["Taiki's balloon scientists: reaching for the stratosphere",
                 "Nemuro's charter boats: a summer of waiting", "Sea fog closes Nakashibetsu airport twice"],
        comments=[("nemuro_fisher", "Funny world. A balloon gets to visit Shikotan before the islanders do."),
                  ("kushiro_k", "Let's hope it opens the door for grave visits next.")],
    ),
    dict(
        key="en-1956-seventy",
        feed="kelpie-courier", lang="en", published="2026-10-19T08:00:00Z",
        author="Shun Okabe",
        tags=["Border & Islands", "History"],
        title="70 years after the Joint Declaration, Nemuro marks an anniversary with no celebration",
        summary="The 1956 Japan-Soviet declaration ended the state of war and promised two islands after a "
                "treaty. Seventy years on, there is no treaty and no talks.",
        label="restatement",
        note="Anniversary piece (70th anniversary of the 1956 Joint Declaration). Restates seed background: 1956 "
             "declaration ended the state of war, no peace treaty; Russia ended talks in March 2022 over "
             "sanctions; known positions of both sides. No new event.",
        body=[
            "NEMURO - Seventy years ago today, Japanese Prime Minister Ichiro Hatoyama and Soviet Premier "
            "Nikolai Bulganin signed the Japan-Soviet Joint Declaration in Moscow, ending the state of war "
            "between the two countries and restoring diplomatic relations.",
            "Article 9 of the declaration said the Soviet Union would hand over Shikotan and the Habomai islets "
            "after a peace treaty was concluded. No treaty has been signed since.",
            "In Nemuro, the anniversary passed with a small panel exhibition at the Northern Territories "
            "information centre and a lecture by a historian from Hokkaido University. \"It is not something to "
            "celebrate. It is a reminder of how long we have waited,\" said a board member of the former "
            "residents' league.",
            "In 2018, then-Prime Minister Shinzo Abe and President Vladimir Putin agreed to accelerate "
            "negotiations \"on the basis of the 1956 declaration\". That effort stalled, and in March 2022 "
            "Russia said it would not continue peace treaty talks because of Japan's sanctions over Ukraine.",
            "Japan's government said on Monday that its policy of resolving the territorial issue and concluding "
            "a peace treaty had not changed. Moscow has repeatedly said that there is currently no basis for "
            "such talks and that Russia's sovereignty over the islands is not open to discussion.",
            "The historian, Professor Keiko Arai, told the audience that the declaration remained \"the only "
            "document ratified by both parliaments\" on the issue. \"Whatever happens in the future, any "
            "negotiation will start from this text,\" she said.",
        ],
        related=["The 1956 declaration, article by article", "Former islanders' league elects new chair",
                 "Nemuro's autumn salmon run disappoints"],
    ),
    dict(
        key="en-utilsbor-suspended",
        feed="marchbank-wire", lang="en", published="2026-12-17T05:55:00Z",
        section="Markets",
        author="Pavel Zhdanov",
        title="Russia suspends Kuril car-fee waiver after vehicles resold on mainland",
        summary="The recycling-fee exemption for Kuril residents, in force since January, will be suspended from "
                "Jan. 1 after customs found many cars re-registered elsewhere.",
        label="status_change", group="g7",
        new_facts=["Russia suspends from 1 Jan 2027, until a new control procedure is approved, the recycling-fee "
                   "(utilsbor) exemption for Kuril residents that had applied since 1 Jan 2026"],
        must_mention=[["recycling fee", "utilsbor", "utilization fee"], ["suspend"]],
        note="Status change in the restrictive direction: the exemption reported in group g5 (in force since "
             "1 Jan 2026) is suspended from 1 Jan 2027. Second report (EN) after Gyuys.",
        body=[
            "MOSCOW, Dec 17 (Marchbank) - Russia will suspend a recycling-fee exemption for car imports by "
            "residents of the Kuril Islands from Jan. 1, after customs checks showed that many of the vehicles "
            "had been resold and re-registered on the mainland, according to a government resolution published "
            "on Tuesday.",
            "The waiver, in force since Jan. 1, 2026, allowed people registered in the three Kuril districts to "
            "import one car every five years without paying the utilsbor, a fee that can exceed a million "
            "roubles for powerful vehicles. It will be suspended \"until a new procedure for monitoring the "
            "intended use of vehicles is approved\", the resolution says. It was not abolished.",
            "The Far Eastern Customs Directorate found that about 520 of roughly 1,430 cars imported under the "
            "scheme this year had been re-registered in Primorye, Khabarovsk or mainland Sakhalin, often within "
            "weeks of arrival, officials said.",
            "Sakhalin's government said it would propose a new mechanism, possibly with registration of cars "
            "through the island districts' own traffic police units, so that the benefit can be restored in "
            "2027. \"Honest islanders should not pay for the schemes of dealers,\" a regional official said.",
            "Residents who imported cars under the waiver this year keep the exemption as long as the cars stay "
            "registered on the islands.",
            "(Reporting by Pavel Zhdanov; editing by Tom Ashdown)",
        ],
        related=["Russia to raise recycling fee again in 2027", "Japanese used-car exports to Russia slip",
                 "Rouble weakens past 100 per dollar"],
    ),
    dict(
        key="en-lavrov-presser",
        feed="marchbank-wire", lang="en", published="2027-01-20T12:30:00Z",
        section="Europe",
        author="Irina Volkhova",
        title="Lavrov: peace treaty with Japan 'not on the agenda' while Tokyo backs Kyiv",
        summary="At his annual news conference, Russia's foreign minister said there was no basis for talks on "
                "a treaty and that the Kurils' status was not up for discussion.",
        label="restatement",
        note="Restatement at an annual news conference (Lavrov). Seed facts: talks refused over sanctions since "
             "March 2022; sovereignty over the islands cannot be questioned (MFA). The 'open to practical "
             "contacts if Tokyo shows respect' line is conditional and vague, not a decision. No new event.",
        body=[
            "MOSCOW, Jan 20 (Marchbank) - Russian Foreign Minister Sergei Lavrov said on Wednesday that a peace "
            "treaty with Japan was \"not on the agenda\" as long as Tokyo supported Ukraine and maintained "
            "sanctions against Russia.",
            "\"We did not close the door. The Japanese government closed it when it joined the sanctions war "
            "against our country,\" Lavrov told his annual news conference reviewing Russian diplomacy in 2026, "
            "in answer to a question from a Japanese reporter.",
            "He said Russia's sovereignty over the southern Kurils was \"confirmed by the results of the Second "
            "World War and enshrined in the UN Charter\" and was \"not a subject for discussion with anyone\".",
            "Lavrov added that Russia remained open to \"practical contacts\" with Japan on humanitarian issues "
            "if Tokyo showed \"respect for our interests\", but gave no examples.",
            "The marathon news conference ranged over Ukraine, relations with the United States, the "
            "Middle East and the BRICS group. Japan took up less than five minutes of the three-hour session.",
            "Moscow ended peace treaty negotiations with Tokyo in March 2022. Japan says it remains committed to "
            "resolving the territorial dispute and concluding a treaty.",
            "(Reporting by Irina Volkhova; editing by Kate Lunn)",
        ],
        related=["Lavrov says Russia ready for talks with Washington", "Kremlin dismisses EU sanctions package",
                 "Japan, Philippines hold maritime drills"],
    ),
]
