"""English-language articles of the blind130 corpus (data only)."""

ARTICLES = []

ARTICLES.append({
    "id": "b130-02", "feed": "brinefield", "lang": "en",
    "published": "2024-02-13T06:20:00Z",
    "section": "Asia \u203a Japan",
    "byline": "Marta Ivaskevich",
    "title": "Russian envoy: no peace treaty talks with Tokyo while sanctions stay",
    "summary": "Ambassador Nikolai Nozdrev says Moscow sees no basis for resuming treaty "
               "negotiations and calls Russia's sovereignty over the southern Kurils beyond question.",
    "label": "restatement",
    "note": "New speaker (ambassador Nozdrev) restating the known position: talks on the peace "
            "treaty impossible while Japan keeps 'unfriendly' sanctions (seed: MFA statement of "
            "21 March 2022; Rudenko, 8 Feb 2024). Sovereignty line as in the seeds. No new fact.",
    "body": [
        "Russia's ambassador to Japan said on Tuesday that there was no basis for resuming "
        "negotiations on a peace treaty as long as Tokyo keeps its sanctions against Moscow, "
        "repeating a line the Foreign Ministry has held since March 2022.",
        "\u201cIt is impossible to discuss a fundamental document on friendship and good-neighbourliness "
        "with a government that is openly working to harm our country,\u201d Nikolai Nozdrev said in an "
        "interview with a Russian television channel, excerpts of which were released by the embassy.",
        "Asked about the southern Kuril Islands, which Japan calls its Northern Territories, the "
        "ambassador said Russia's sovereignty over them \u201cwas fixed in international documents after "
        "the Second World War and is not a subject for discussion\u201d.",
        "He said practical questions affecting residents of Hokkaido could still be raised \u201cthrough "
        "the usual diplomatic channels\u201d, but gave no indication that Moscow was preparing any "
        "change of course.",
        "Last week Deputy Foreign Minister Andrei Rudenko told the TASS news agency that a resumption of "
        "the treaty dialogue was \u201ccategorically impossible\u201d in the current situation.",
        "Moscow broke off the talks in March 2022, citing Japan's sanctions over the war in Ukraine, and "
        "at the same time ended visa-free trips by Japanese citizens to the islands and withdrew from a "
        "dialogue on joint economic activity there.",
        "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday that Tokyo's policy of "
        "resolving the territorial issue and concluding a peace treaty \u201cremains unchanged\u201d.",
    ],
    "comments": [("kaito_h", "Nothing new, same script since 2022."),
                 ("northern_light", "Meanwhile the fishermen in Nemuro pay the price.")],
})

ARTICLES.append({
    "id": "b130-04", "feed": "outrigger", "lang": "en",
    "published": "2024-03-06T08:05:00Z",
    "section": "China",
    "byline": "Outrigger Wire staff",
    "title": "Chinese coast guard ships keep up record presence near Senkaku Islands",
    "summary": "Japan protests after four Chinese vessels enter territorial waters around the "
               "East China Sea islands for the third time this year.",
    "label": "off_topic",
    "note": "Look-alike: another island dispute (Senkaku, China-Japan). Words 'islands', "
            "'territorial waters', 'protest', 'Japan' but nothing on Russia or the Kurils.",
    "body": [
        "NAHA, Japan, March 6 (Outrigger) - Four Chinese coast guard vessels entered Japan's "
        "territorial waters around the Senkaku Islands in the East China Sea on Wednesday, the Japan "
        "Coast Guard said, the third such intrusion this year.",
        "The ships, one of them armed with what appeared to be a cannon, approached a Japanese fishing "
        "boat operating near Uotsuri island before patrol ships moved between them, the coast guard's "
        "11th regional headquarters in Naha said.",
        "Chinese government vessels were seen in the contiguous zone around the islands on 352 days of "
        "last year, the highest number since Japan nationalised three of the islands in 2012.",
        "Tokyo lodged a protest through diplomatic channels. China, which calls the uninhabited islands "
        "Diaoyu, said its coast guard was conducting \u201claw enforcement patrols in its own waters\u201d.",
        "The Senkaku dispute is one of several territorial rows Japan has with its neighbours. Defence "
        "officials in Tokyo say the steady presence of Chinese ships is designed to erode Japan's "
        "administrative control over the islands.",
    ],
})

ARTICLES.append({
    "id": "b130-07", "feed": "starboard", "lang": "en",
    "published": "2024-04-16T13:30:00Z",
    "section": "Fisheries",
    "byline": "Ellis Garrow",
    "title": "North Pacific commission trims saury catch limit again",
    "summary": "NPFC members including Japan, Russia and China agree a further cut to the Pacific "
               "saury quota after another poor season.",
    "label": "off_topic",
    "note": "Look-alike: multilateral fisheries body (NPFC) with Japan and Russia among members; "
            "another treaty framework, nothing about the Kurils or the peace treaty.",
    "body": [
        "The North Pacific Fisheries Commission has agreed to reduce the total allowable catch of "
        "Pacific saury for a third successive year, as stocks of the small, oily fish that Japanese "
        "consumers grill in autumn continue to slide.",
        "Delegates from the nine members, among them Japan, China, Russia, South Korea and Taiwan, "
        "settled on a limit of 225,000 tonnes for the high seas and members' zones combined at the "
        "close of a week-long meeting in Osaka.",
        "The commission also adopted a harvest control rule that will tie future quotas to an annual "
        "stock assessment, a step Japanese delegates had pushed for since 2021.",
        "Actual catches have fallen far short of the limits. Japanese saury landings last year were "
        "the lowest on record, and several Hokkaido ports have converted saury vessels to catch sardine "
        "and mackerel instead.",
        "Industry groups welcomed the harvest rule but said it would not bring the fish back by itself. "
        "\u201cThe ocean has changed faster than the rules,\u201d said one Kushiro-based operator.",
        "The next annual session is scheduled for spring 2025.",
    ],
})

ARTICLES.append({
    "id": "b130-08", "feed": "ebbtide", "lang": "en",
    "published": "2024-04-24T04:10:00Z",
    "section": "Asia",
    "byline": "Naomi Achterberg",
    "title": "Japan's diplomatic bluebook sticks to 'Northern Territories' wording",
    "summary": "The annual foreign policy report says Tokyo's aim of resolving the territorial "
               "issue and concluding a peace treaty with Russia is unchanged.",
    "label": "restatement",
    "note": "Annual report restating Japan's known position (islands belong to Japan; aim to "
            "resolve attribution and conclude a peace treaty) and the 2022 suspension of talks and "
            "visa-free trips already in the seeds. No new fact.",
    "body": [
        "Japan's annual diplomatic bluebook, presented to the cabinet this week, again describes the "
        "four Russian-held islands off Hokkaido as \u201cislands over which Japan has sovereignty\u201d and "
        "\u201can inherent part of the territory of Japan\u201d.",
        "The 2024 edition repeats that Tokyo's basic policy is to resolve the question of the "
        "islands' attribution and conclude a peace treaty with Russia. It calls relations with Moscow "
        "\u201cextremely severe\u201d and blames Russia's invasion of Ukraine.",
        "The report notes that Russia announced in March 2022 that it would not continue peace treaty "
        "negotiations and that it ended visa-free exchanges with the islands, calling the steps "
        "\u201cextremely unjust and totally unacceptable\u201d.",
        "It also says the government will keep asking Moscow to allow former residents, whose average "
        "age is now close to 90, to visit family graves on the islands.",
        "The wording on Russia is almost identical to last year's. The bluebook's section on China "
        "was softened slightly, while the chapter on South Korea returned to calling Seoul "
        "\u201can important neighbour\u201d.",
    ],
})

ARTICLES.append({
    "id": "b130-12", "feed": "outrigger", "lang": "en",
    "published": "2024-06-05T03:15:00Z",
    "section": "Japan",
    "byline": "Outrigger Wire staff",
    "title": "Russia seizes Japanese octopus boat off disputed Habomai islets",
    "summary": "Border guards stopped the Hoyo Maru No. 12 and its four crew near Shibotsu island "
               "and escorted it to Shikotan; Tokyo protests.",
    "label": "new_development",
    "group": "b130-g1",
    "new_facts": ["Russian border guards seized the Nemuro octopus boat Hoyo Maru No. 12 (four crew) "
                  "off Shibotsu/Zelyony island in the Habomai group on 4 June 2024 and took it to "
                  "Malokurilskoye on Shikotan"],
    "must_mention": [["hoyo maru"], ["seiz", "detain"]],
    "note": "Second report of b130-g1 (first: b130-11, Japanese). The seizure of a named boat is an "
            "event not in the seeds.",
    "body": [
        "TOKYO, June 5 (Outrigger) - Russian border guards seized a Japanese fishing boat with four "
        "crew aboard off the Habomai islets early on Tuesday and escorted it to the Russian-held "
        "island of Shikotan, Japan's coast guard said.",
        "The Hoyo Maru No. 12, a 4.9-tonne octopus boat belonging to the Habomai fisheries "
        "cooperative in Nemuro, Hokkaido, was stopped about five kilometres southeast of Shibotsu "
        "island, which Russia calls Zelyony, shortly after 4 a.m. local time, the First Regional "
        "Coast Guard Headquarters said.",
        "The boat was fishing under the bilateral framework that lets Japanese vessels work in waters "
        "around the islands for a fee. The Sakhalin border directorate of Russia's FSB security service "
        "said the crew had failed to record part of the catch in the logbook, a violation of the terms "
        "of the permit, and that the boat had been taken to Malokurilskoye for inspection.",
        "Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan had protested through "
        "its embassy in Moscow and demanded the early release of the crew and the vessel. \u201cThe crew "
        "are reported to be in good health,\u201d he said.",
        "The four islands, seized by Soviet troops in the closing days of World War Two, are claimed "
        "by Japan. The dispute has prevented the two countries from signing a peace treaty; Moscow "
        "froze talks on one in 2022.",
        "In past cases, boats seized in the area have usually been released after the captain paid a "
        "fine imposed by a court on Kunashir.",
    ],
})

ARTICLES.append({
    "id": "b130-14", "feed": "ebbtide", "lang": "en",
    "published": "2024-06-18T07:45:00Z",
    "section": "Asia",
    "byline": "Naomi Achterberg",
    "title": "Hokkaido governor urges Tokyo to press Moscow on island visits",
    "summary": "Naomichi Suzuki asks the foreign minister to seek a restart of visa-free exchanges "
               "and grave visits for ageing former residents.",
    "label": "restatement",
    "note": "Requested version of a move: the governor asks Tokyo to press Russia to restore "
            "visa-free exchanges and grave visits (terminated 2022, seed). No decision or new fact.",
    "body": [
        "Hokkaido Governor Naomichi Suzuki called on the national government on Tuesday to "
        "\u201cuse every channel\u201d to persuade Russia to restore visits by former residents to the "
        "Russian-held islands off the prefecture's eastern tip.",
        "Suzuki handed Foreign Minister Yoko Kamikawa a written request that also asked for "
        "continued financial support for fishing communities in Nemuro and Rausu, which depend on "
        "the waters around the islands.",
        "Visa-free exchanges, under which islanders and Japanese citizens visited each other from "
        "1992, and visits to family graves have been halted since Russia terminated the "
        "arrangements in March 2022 in response to Japanese sanctions.",
        "\u201cThe former residents cannot wait any longer. Their average age is now over 88,\u201d Suzuki "
        "told reporters after the meeting.",
        "Kamikawa told him the government would \u201ccontinue to strongly urge\u201d Moscow to allow the "
        "visits to resume, according to a prefectural official who attended. Russia has shown no "
        "sign of reconsidering.",
        "The governor also met officials of the Fisheries Agency to discuss the safety of boats "
        "operating near the median line in the Nemuro Strait.",
    ],
})

ARTICLES.append({
    "id": "b130-17", "feed": "brinefield", "lang": "en",
    "published": "2024-07-12T05:00:00Z",
    "section": "Asia \u203a Defence",
    "byline": "Hiroshi Tanaka-Webb",
    "title": "Japan's defence white paper keeps focus on China, warns of Russia-China drills",
    "summary": "The annual report repeats that Russian military activity on the Northern "
               "Territories is unacceptable and flags joint Russian-Chinese patrols near Japan.",
    "label": "restatement",
    "note": "Annual report (Defence of Japan 2024) restating Japan's position that the islands are "
            "illegally occupied and that Russian military activity there is unacceptable; no "
            "specific new deployment or event is reported.",
    "body": [
        "Japan's annual defence white paper, approved by the cabinet on Friday, calls China's "
        "military build-up \u201cthe greatest strategic challenge\u201d Japan has faced and devotes a "
        "growing share of its pages to cooperation between Beijing and Moscow.",
        "The 2024 edition says Russian and Chinese bombers and warships have repeatedly operated "
        "together around Japan, which it describes as \u201ca clear show of force\u201d.",
        "On Russia, the report repeats earlier language that Moscow continues to reinforce its "
        "military presence in the Far East, including on the Northern Territories, which it says "
        "Russia occupies illegally. Japan \u201ccannot accept\u201d such activity, it says, wording that "
        "has appeared in every edition since the late 2010s.",
        "The document does not name any new units on the islands. Defence ministry officials said "
        "the assessment of Russia's forces there was unchanged from last year.",
        "The white paper also covers North Korea's missile programme and Japan's plan to double "
        "defence spending to 2 percent of GDP by 2027.",
        "China's foreign ministry criticised the report as \u201chyping up the China threat\u201d.",
    ],
})

ARTICLES.append({
    "id": "b130-19", "feed": "starboard", "lang": "en",
    "published": "2024-08-14T09:20:00Z",
    "section": "Fisheries",
    "byline": "Ellis Garrow",
    "title": "Former islanders hold memorial at sea within sight of Kunashir",
    "summary": "A chartered boat from Nemuro carried elderly former residents to the edge of "
               "Japanese-controlled waters; they say they still hope to land one day.",
    "label": "restatement",
    "note": "Occasion piece (Obon memorial at sea in Japanese-controlled waters) with wishes to "
            "visit graves again; restates that grave visits and visa-free trips are halted since "
            "2022 (seed). No Russian decision, no new fact.",
    "body": [
        "Twenty-three former residents of the Russian-held islands and their families sailed from "
        "Nemuro on Tuesday aboard a chartered sightseeing vessel to hold a memorial service at sea "
        "for relatives buried on the islands.",
        "The 19-tonne vessel stayed on the Japanese side of the median line, about four nautical "
        "miles from Kaigara island, which Russia calls Signalny. Passengers cast flowers onto the "
        "water and read out the names of parents and grandparents.",
        "\u201cMy father's grave is on Shibotsu. I hope that before I die I can stand in front of it "
        "again,\u201d said one woman, 86, who left the island as a child in 1947.",
        "Organised visits to family graves on the islands have not taken place since Russia ended "
        "visa-free travel there in March 2022 in response to Japanese sanctions. Memorial services "
        "at sea, first held during the pandemic, have become an annual substitute.",
        "The charter operator said it had filed its route with the Japan Coast Guard and kept radio "
        "contact with a patrol ship throughout. Sea conditions were calm.",
        "A similar voyage from Rausu to waters off Kunashir is planned for later this month.",
    ],
})

ARTICLES.append({
    "id": "b130-22", "feed": "ebbtide", "lang": "en",
    "published": "2024-09-12T01:45:00Z",
    "section": "Asia",
    "byline": "Naomi Achterberg",
    "title": "Russia lets Japanese kelp boats stay on at Kaigara into October \u2014 this season only",
    "summary": "The harvest around the islet Russia calls Signalny, normally closed on Sept. 30, "
               "will run to Oct. 31 for 2024 after a late-growing crop.",
    "label": "status_change",
    "group": "b130-g3",
    "new_facts": ["Russia agreed to extend the 2024 Kaigara (Signalny) kelp harvest for Japanese boats "
                  "from 30 September to 31 October, for this season only"],
    "must_mention": [["kelp"], ["extend", "extension", "october"]],
    "note": "Third report of b130-g3 (first: b130-20). Old state: season 1 June-30 Sept under the "
            "annual private agreement (b130-10); new state: extended to 31 Oct, this season only "
            "(neither a lasting change nor a refusal).",
    "body": [
        "Japanese fishermen will be allowed to keep harvesting kelp around a small Russian-held "
        "islet off Hokkaido for an extra month this year, after Moscow agreed to extend the season "
        "as a one-off, the Hokkaido Fisheries Association said on Tuesday.",
        "The kelp grounds around Kaigara island, which Russia calls Signalny and which lies less "
        "than four kilometres off Cape Nosappu, have been worked by Nemuro fishermen under a private "
        "agreement with Russian fisheries authorities since 1981. The season normally runs from "
        "June 1 to September 30.",
        "This year cold water delayed the growth of the kelp, and the association asked in August "
        "for more time. Russia agreed to let boats operate until October 31, the association said, "
        "stressing that the arrangement applies to the 2024 season only.",
        "Boats wishing to stay on must register again and the association will pay an additional "
        "fee of about 4.6 million yen. Up to 60 of the 118 boats licensed this year are expected to "
        "take part.",
        "The kelp deal is one of the few fishing arrangements around the disputed islands that has "
        "survived the collapse in relations since 2022.",
        "\u201cIt gives us a little breathing space after a bad summer,\u201d said an official of the "
        "Habomai fisheries cooperative.",
    ],
})

ARTICLES.append({
    "id": "b130-25", "feed": "outrigger", "lang": "en",
    "published": "2024-10-23T11:00:00Z",
    "section": "Markets",
    "byline": "Outrigger Wire staff",
    "title": "Norway and Russia cut Barents Sea cod quota by a quarter",
    "summary": "The joint fisheries commission keeps working despite sanctions and sets the 2025 "
               "cod quota at 340,000 tonnes.",
    "label": "off_topic",
    "note": "Look-alike: another bilateral fisheries agreement with Russia (Norway, Barents Sea); "
            "quota, commission, fishing zones, nothing about Japan or the Kurils.",
    "body": [
        "OSLO, Oct 23 (Outrigger) - Norway and Russia have agreed to cut the total catch of "
        "north-east Arctic cod in the Barents Sea by about 25 percent next year to 340,000 tonnes, "
        "the lowest level in more than 30 years, Norway's fisheries ministry said on Wednesday.",
        "The decision was taken at the annual session of the Joint Norwegian-Russian Fisheries "
        "Commission, held by video link for the third year running because of the war in Ukraine.",
        "The two countries have managed the shared stocks under a 1975 agreement that survived the "
        "Cold War. Scientists from both sides no longer meet in person, and the quota was set "
        "without a joint stock assessment.",
        "Norwegian fishing organisations said the cut was painful but unavoidable. Russian officials "
        "accused Oslo of restricting access for Russian trawlers to Norwegian ports.",
        "Haddock quotas were also reduced, while the capelin fishery will stay closed for another "
        "season.",
        "The commission's decisions matter well beyond the Arctic. Barents Sea cod supplies much of "
        "the fish sold in British fish-and-chip shops and in southern Europe, and prices are "
        "expected to rise again in 2025.",
    ],
})

ARTICLES.append({
    "id": "b130-26", "feed": "ebbtide", "lang": "en",
    "published": "2024-11-20T06:30:00Z",
    "section": "Asia",
    "byline": "Min-seo Kwak",
    "title": "South Korea holds island defence drill; Japan protests over Takeshima",
    "summary": "Seoul's twice-yearly exercise around the islets it calls Dokdo draws the usual "
               "complaint from Tokyo.",
    "label": "off_topic",
    "note": "Look-alike: another island dispute (Dokdo/Takeshima, Japan-South Korea); territorial "
            "claim and protest language, nothing about Russia.",
    "body": [
        "South Korea's navy and coast guard held a two-day exercise around the islets it calls Dokdo "
        "this week, prompting a protest from Japan, which claims them as Takeshima.",
        "The drill, held twice a year since 1986, was kept low-key, with no marines landing on the "
        "islets, according to South Korean media. Seoul has scaled back the exercises since "
        "relations with Tokyo improved in 2023.",
        "Japan's foreign ministry said it had told the South Korean embassy the exercise was "
        "\u201cextremely regrettable\u201d and \u201cunacceptable\u201d given Japan's position on sovereignty.",
        "South Korea controls the rocky outcrops in the sea between the two countries and says they "
        "are its territory historically and under international law.",
        "Officials in both capitals said the row would not affect plans for a leaders' meeting "
        "early next year.",
        "Japan marks “Takeshima Day” each February through Shimane prefecture, which administers "
        "the claim on paper, an event that in turn draws protests from Seoul. Analysts describe the "
        "exchange of complaints as a ritual both governments have learned to contain.",
    ],
})

ARTICLES.append({
    "id": "b130-29", "feed": "brinefield", "lang": "en",
    "published": "2025-02-07T08:15:00Z",
    "section": "Asia \u203a Japan",
    "byline": "Hiroshi Tanaka-Webb",
    "title": "Ishiba vows to keep pursuing island deal on Northern Territories Day",
    "summary": "At the annual rally in Tokyo, the prime minister says Japan's policy of resolving "
               "the territorial issue and signing a peace treaty is unchanged.",
    "label": "restatement",
    "note": "Anniversary/occasion piece (Northern Territories Day, 7 Feb): the PM restates the "
            "known Japanese policy; recalls Russia's 2022 suspension of talks and exchanges (seed). "
            "No new fact.",
    "body": [
        "Prime Minister Shigeru Ishiba said on Friday that Japan remained committed to resolving the "
        "dispute over four Russian-held islands and concluding a peace treaty with Moscow, even "
        "though relations were \u201cin a difficult situation\u201d.",
        "Speaking at the annual national rally on Northern Territories Day in Tokyo, Ishiba said the "
        "government's policy \u201cremains unchanged\u201d and that he would continue to press for the "
        "resumption of grave visits by former residents, \u201cthe top priority\u201d.",
        "The rally, attended by about 900 people including former islanders, lawmakers and "
        "Hokkaido officials, adopted a resolution calling for the early return of the islands.",
        "February 7 was chosen as Northern Territories Day because a treaty signed on that date in "
        "1855 drew the border between Japan and Russia north of Iturup.",
        "Russia suspended peace treaty talks in 2022 in response to Japanese sanctions over the war "
        "in Ukraine, and Russian officials have said since that resuming them is impossible while "
        "Tokyo keeps its \u201cunfriendly\u201d course.",
        "Similar rallies were held in Nemuro and Sapporo.",
    ],
})

ARTICLES.append({
    "id": "b130-30", "feed": "outrigger", "lang": "en",
    "published": "2025-03-12T10:40:00Z",
    "section": "Science",
    "byline": "Outrigger Wire science desk",
    "title": "Robot cameras film snailfish nearly 8 km down in the Kuril-Kamchatka Trench",
    "summary": "A Russian expedition reports what may be a new species of hadal snailfish in one "
               "of the deepest trenches of the North Pacific.",
    "label": "off_topic",
    "note": "Look-alike: something named after the Kurils (Kuril-Kamchatka Trench); science news, "
            "nothing about the dispute or the peace treaty.",
    "body": [
        "VLADIVOSTOK, March 12 (Outrigger) - Scientists using baited landers have filmed snailfish at "
        "a depth of about 7,900 metres in the Kuril-Kamchatka Trench, the Far Eastern branch of the "
        "Russian Academy of Sciences said on Wednesday.",
        "The pale, tadpole-shaped fish were recorded during an expedition aboard the research vessel "
        "Akademik Lavrentyev last autumn. Footage released this week shows several animals feeding "
        "on amphipods drawn to the bait.",
        "Researchers said the fish may belong to a species not yet described. Snailfish hold the "
        "record for the deepest-living fish, filmed at more than 8,300 metres in the Izu-Ogasawara "
        "Trench south of Japan in 2022.",
        "The Kuril-Kamchatka Trench runs for about 2,200 km along the Pacific side of the Kuril "
        "Islands and Kamchatka and reaches depths of over 9,500 metres.",
        "The institute plans to return to the trench with a deeper-rated lander in 2026.",
        "Hadal trenches remain among the least explored habitats on Earth. Pressure at the depths "
        "reached by the landers is about 800 times that at the surface, and only a handful of "
        "vehicles in the world can work there.",
    ],
})

ARTICLES.append({
    "id": "b130-32", "feed": "ebbtide", "lang": "en",
    "published": "2025-04-23T04:30:00Z",
    "section": "Asia",
    "byline": "Naomi Achterberg",
    "title": "Bluebook 2025: Tokyo repeats island claim, calls Russia ties 'severe'",
    "summary": "Japan's annual diplomatic report leaves its language on the Northern Territories "
               "and the peace treaty unchanged for a third year.",
    "label": "restatement",
    "note": "Annual report restating the known Japanese position and the 2022 suspension of treaty "
            "talks and visa-free exchanges (seeds). No new fact.",
    "body": [
        "Japan's 2025 diplomatic bluebook, approved by the cabinet last week, uses the same words as "
        "the previous two editions to describe the dispute with Russia over four islands off "
        "Hokkaido.",
        "The report says the islands are \u201cinherent territory of Japan over which Japan has "
        "sovereignty\u201d and that the government's basic policy is to resolve the issue of their "
        "attribution and conclude a peace treaty.",
        "It describes relations with Russia as \u201csevere\u201d and says the outlook remains unclear, "
        "recalling that Moscow announced in March 2022 that it would not continue treaty "
        "negotiations and halted visa-free exchanges and visits by former residents.",
        "Officials at the foreign ministry said there had been no reason to change the wording. "
        "\u201cThe situation has not moved,\u201d one said.",
        "The bluebook's chapter on the Indo-Pacific adds new sections on the Philippines and on "
        "economic security. Its language on North Korea was also unchanged.",
        "The bluebook is published every spring and is read closely in Moscow, Beijing and Seoul for "
        "shifts in wording. Russia's foreign ministry has in past years rejected the chapter on the "
        "islands as interference in its internal affairs.",
    ],
})

ARTICLES.append({
    "id": "b130-34", "feed": "starboard", "lang": "en",
    "published": "2025-06-25T12:00:00Z",
    "section": "Energy",
    "byline": "Priya Castellano",
    "title": "Sakhalin-2 cargoes keep sailing to Japan three years into sanctions",
    "summary": "Japanese utilities still take about a tenth of their LNG from the Russian project, "
               "and say they have no alternative before 2030.",
    "label": "off_topic",
    "note": "Unrelated Japan-Russia news (energy trade, Sakhalin-2); mentions Sakhalin and Japan but "
            "nothing about the islands or the peace treaty.",
    "body": [
        "Liquefied natural gas carriers continue to shuttle between the Prigorodnoye terminal in "
        "southern Sakhalin and Japanese ports, despite Western sanctions on Russia's energy sector.",
        "Japan imported about 5.6 million tonnes of LNG from Sakhalin-2 last year, close to 9 percent "
        "of its total, customs data show. Several utilities hold long-term contracts that run into "
        "the 2030s.",
        "Japanese trading houses Mitsui and Mitsubishi kept their stakes in the project after Russia "
        "transferred it to a new Russian operator in 2022. The government in Tokyo has said the gas "
        "is important for energy security.",
        "Shipbrokers say the route has become a closed circuit: a handful of ice-class carriers "
        "carry almost all of the volumes, and insurance is arranged through Japanese and Russian "
        "underwriters.",
        "\u201cNobody wants to talk about it, but nobody wants to stop either,\u201d said one Tokyo-based "
        "broker.",
        "Washington has so far tolerated the trade, granting licences that allow payments linked to "
        "the project. Japanese officials say they will keep reducing dependence on Russian energy "
        "over time, but have set no date for ending purchases from Sakhalin.",
    ],
})

ARTICLES.append({
    "id": "b130-36", "feed": "outrigger", "lang": "en",
    "published": "2025-08-13T06:00:00Z",
    "section": "Japan",
    "byline": "Outrigger Wire staff",
    "title": "Japan sees 'no prospect' yet of resuming island visits, foreign minister says",
    "summary": "Takeshi Iwaya says Tokyo keeps asking Moscow to restore grave visits but there is "
               "no sign they can happen this summer.",
    "label": "restatement",
    "note": "Negated version of a move ('no prospect of resuming' visits/visa-free exchanges): "
            "restates that they remain halted since 2022 (seed). No decision, no new fact.",
    "body": [
        "TOKYO, Aug 13 (Outrigger) - Foreign Minister Takeshi Iwaya said on Wednesday that there was "
        "\u201cno prospect at present\u201d of resuming visits by former residents to the Russian-held "
        "islands off Hokkaido, which have been halted since 2022.",
        "\u201cWe continue to ask the Russian side, through every opportunity, to allow grave visits in "
        "particular. Unfortunately, I cannot say there is any prospect at this point,\u201d Iwaya told "
        "a regular news conference.",
        "He was responding to a question about the annual summer season, when, before the war in "
        "Ukraine, former islanders travelled to family graves on the islands by ship under a "
        "visa-free arrangement.",
        "Russia terminated the visa-free exchanges in March 2022, when it also said it would not "
        "continue peace treaty negotiations with Japan.",
        "Iwaya said Japan's position on the territorial issue was unchanged and that the government "
        "would keep supporting former residents, whose average age is now over 89.",
        "Groups of former islanders have held memorial services at sea within sight of the islands "
        "in recent summers instead of the visits. Their association has asked the government to put "
        "humanitarian issues first in any future contact with Moscow.",
    ],
})

ARTICLES.append({
    "id": "b130-39", "feed": "brinefield", "lang": "en",
    "published": "2025-09-05T09:30:00Z",
    "section": "World \u203a Russia",
    "byline": "Marta Ivaskevich",
    "title": "Putin says Japan chose to break off dialogue, at Vladivostok forum",
    "summary": "Asked about Tokyo at the Eastern Economic Forum, the Russian president blamed Japan "
               "for the freeze and said there was nothing to discuss on a treaty for now.",
    "label": "restatement",
    "note": "New speaker (Putin at the EEF) restating the known Russian position: the freeze is "
            "Japan's fault; treaty talks impossible in current conditions (seeds: MFA 2022, Peskov, "
            "Rudenko). No new move.",
    "body": [
        "President Vladimir Putin said on Friday that it was Japan, not Russia, that had chosen to "
        "freeze relations, and that there was nothing to discuss on a peace treaty under current "
        "conditions.",
        "\u201cWe did not break off anything. The Japanese leadership made its choice when it joined the "
        "sanctions,\u201d Putin said at the plenary session of the Eastern Economic Forum in Vladivostok, "
        "in answer to a question from the moderator.",
        "\u201cAs for the peace treaty, how can we talk about such a document with a country that "
        "supplies help to those who fight against us?\u201d he said, repeating wording used by the "
        "Foreign Ministry since 2022.",
        "Putin added that Japanese companies were \u201cwelcome to come back\u201d to Russian projects if "
        "they wished, but gave no details.",
        "Japan was not officially represented at the forum, which was attended by delegations from "
        "China, India, Malaysia and Laos.",
        "Tokyo's chief government spokesman said later on Friday that Japan's policy of resolving the "
        "territorial issue and concluding a peace treaty was unchanged, and that Russia's war against "
        "Ukraine was the cause of the current state of relations.",
    ],
})

ARTICLES.append({
    "id": "b130-40", "feed": "starboard", "lang": "en",
    "published": "2025-10-22T03:00:00Z",
    "section": "Safety",
    "byline": "Ellis Garrow",
    "title": "Rocket debris zones east of the Kurils: mariners warned ahead of Vostochny launch",
    "summary": "Russia's navigational warning covers three areas of open Pacific where spent "
               "stages may fall between Oct. 25 and 27.",
    "label": "off_topic",
    "note": "Look-alike navigational warning: spent-stage fall zones of a space launch, far out in "
            "the open Pacific east of the Kuril chain; routine, no dispute, no Japanese protest.",
    "body": [
        "Ships have been told to keep clear of three areas of the north-western Pacific between "
        "October 25 and 27, where spent stages of a Soyuz rocket to be launched from the Vostochny "
        "cosmodrome may fall.",
        "The navigational warning, issued through Russia's hydrographic service and repeated in "
        "NAVAREA XI broadcasts, covers boxes roughly 300 to 700 nautical miles east of the Kuril "
        "Islands, well outside any country's territorial waters.",
        "Such warnings are routine before launches into polar or sun-synchronous orbits from "
        "Vostochny, whose flight paths pass over the Sea of Okhotsk and the Pacific.",
        "The Japan Coast Guard relayed the warning to vessels in its own broadcasts, as it does for "
        "Chinese, North Korean and Japanese launches. Fishing organisations in Hokkaido said saury "
        "boats were working further south and would not be affected.",
        "The launch, the tenth from Vostochny this year, is expected to carry a weather satellite.",
        "Debris warnings of this kind are issued in standard form, with coordinates of each box and a "
        "time window of several hours per day. Mariners are advised to check for updates, as launch "
        "dates often slip by a day or two.",
    ],
})

ARTICLES.append({
    "id": "b130-42", "feed": "outrigger", "lang": "en",
    "published": "2025-12-10T07:00:00Z",
    "section": "North Pacific",
    "byline": "Outrigger Wire analysis",
    "title": "ANALYSIS-Can fish diplomacy thaw Japan-Russia ties? Don't count on it",
    "summary": "Boats, kelp and quotas still bring the two governments into contact, but neither "
               "side wants the sea to carry more weight than it can bear.",
    "label": "restatement",
    "note": "Questioned/analysis piece: reviews the state of fisheries contacts and repeats that "
            "treaty talks and exchanges remain frozen (seeds); mentions past cases only as "
            "background. No new fact.",
    "body": [
        "NEMURO, Japan, Dec 10 (Outrigger) - On the quays of Nemuro, the town closest to the "
        "Russian-held islands, fishermen talk about Russia the way farmers talk about the weather: "
        "something to be watched every day and impossible to change.",
        "Since Moscow froze peace treaty talks and ended visa-free exchanges in 2022, the waters "
        "around the islands have become almost the only place where the two governments still "
        "have to deal with each other regularly. Permits, fees, seizures and releases all require "
        "notes, calls and meetings.",
        "Some in Tokyo hope these routine contacts could one day widen into a broader dialogue. "
        "Diplomats on both sides are sceptical. \u201cFisheries are managed precisely so that they do not "
        "become politics,\u201d said a former Japanese negotiator.",
        "Russian officials, for their part, continue to say that a return to treaty talks depends on "
        "Japan abandoning what they call its hostile policy.",
        "\u201cEvery year we wonder whether we will be allowed to go out. That is not a thaw. That is "
        "survival,\u201d said a Habomai fisherman who asked not to be named.",
        "Analysts expect no change before Japan reviews its sanctions policy, and see no sign of "
        "that.",
    ],
})

ARTICLES.append({
    "id": "b130-44", "feed": "ebbtide", "lang": "en",
    "published": "2026-03-10T05:20:00Z",
    "section": "Environment",
    "byline": "Lotte Brandsma",
    "title": "Japan's parliament approves high seas biodiversity treaty",
    "summary": "The upper house vote clears the way for Tokyo to ratify the UN agreement on marine "
               "biodiversity beyond national jurisdiction.",
    "label": "off_topic",
    "note": "Look-alike: another treaty (BBNJ / High Seas Treaty), Japan and the sea; nothing about "
            "Russia or the Kurils.",
    "body": [
        "Japan's House of Councillors on Tuesday approved the United Nations agreement on marine "
        "biodiversity of areas beyond national jurisdiction, known as the High Seas Treaty, clearing "
        "the way for the government to deposit its instrument of ratification.",
        "The treaty, adopted in 2023, creates a framework for marine protected areas on the high "
        "seas, which cover nearly two-thirds of the world's oceans, and sets rules for sharing "
        "benefits from marine genetic resources.",
        "Japan, a major distant-water fishing nation, had been cautious about the treaty's "
        "implications for fisheries management but ultimately supported it.",
        "Environmental groups welcomed the vote but urged Tokyo to propose protected areas in the "
        "north-west Pacific, where seamount ecosystems have been damaged by bottom trawling.",
        "The agreement entered into force earlier this year after the 60th ratification.",
        "The foreign ministry said Japan would take part in the first conference of the parties and "
        "seek a seat on the treaty's scientific and technical body. Fisheries officials said "
        "existing regional fisheries organisations would keep their role in managing catches.",
    ],
})

ARTICLES.append({
    "id": "b130-47", "feed": "outrigger", "lang": "en",
    "published": "2026-05-06T09:00:00Z",
    "section": "Japan",
    "byline": "Outrigger Wire staff",
    "title": "Russia closes strait between Kunashir and Shikotan for mine-warfare drills",
    "summary": "A Russian navigational warning shuts the South Kuril Strait to shipping from "
               "May 12 to 16; Tokyo lodges a protest.",
    "label": "new_development",
    "group": "b130-g5",
    "new_facts": ["Russia closed the South Kuril Strait between Kunashir and Shikotan to navigation "
                  "for Pacific Fleet mine-warfare drills on 12-16 May 2026 (navigational warning); "
                  "Japan protested"],
    "must_mention": [["south kuril strait", "between kunashir and shikotan"],
                     ["mine", "closed", "closure", "navigational warning"]],
    "note": "Third report of b130-g5 (first: b130-45, Russian, buried). A navigation closure and "
            "drills near the islands are events not in the seeds.",
    "body": [
        "TOKYO, May 6 (Outrigger) - Russia will close the waters between the islands of Kunashir and "
        "Shikotan to shipping next week for naval mine-warfare exercises, according to a "
        "navigational warning relayed by the Japan Coast Guard on Tuesday.",
        "The warning covers an area of the South Kuril Strait from May 12 to May 16, daily from "
        "7 a.m. to 9 p.m. local time, and bans navigation, anchoring and fishing there. The area "
        "extends to within about 20 km of the Habomai islets.",
        "Russia's Pacific Fleet said minesweepers and auxiliary vessels would practise laying and "
        "clearing practice mines. It did not say how many ships would take part.",
        "Japan's foreign ministry said it had protested to the Russian embassy in Tokyo that the "
        "exercise, held in waters around Japan's Northern Territories, was \u201cunacceptable\u201d and "
        "inconsistent with Japan's position on the islands.",
        "Fishing cooperatives in Nemuro said few of their boats work in the area in May, but "
        "expressed concern about safety in the approaches to the kelp grounds used by Japanese "
        "boats in summer.",
        "Russia has held exercises around the islands regularly. Tokyo protests each time, saying "
        "the islands are Japanese territory illegally occupied since 1945.",
    ],
})

ARTICLES.append({
    "id": "b130-49", "feed": "starboard", "lang": "en",
    "published": "2026-05-19T10:00:00Z",
    "section": "Safety",
    "byline": "Ellis Garrow",
    "title": "Second Russian warning shifts naval drills to Iturup's Kurilsky Bay, May 26-29",
    "summary": "A new notice closes waters off Iturup's Okhotsk coast for gunnery and practice "
               "mine-laying, a week after the South Kuril Strait drills ended.",
    "label": "new_development",
    "group": "b130-g6",
    "new_facts": ["A second Russian navigational warning closes Kurilsky Bay off Iturup's Okhotsk "
                  "coast for naval firing and practice mine-laying on 26-29 May 2026 - a new area and "
                  "new dates, separate from the 12-16 May South Kuril Strait closure"],
    "must_mention": [["kurilsky bay", "kurilsk"], ["closed", "closes", "closure", "warning", "firing"]],
    "note": "First report of b130-g6. A successor notice with a different area (Kurilsky Bay, Iturup) "
            "and different dates (26-29 May) from b130-g5: a separate development, not a repeat.",
    "body": [
        "Mariners have been warned to keep out of Kurilsky Bay, on the Sea of Okhotsk side of Iturup, "
        "from May 26 to May 29, according to a new Russian navigational warning relayed by the Japan "
        "Coast Guard on Tuesday.",
        "The notice is separate from the one that closed the South Kuril Strait, between Kunashir "
        "and Shikotan, from May 12 to 16. That exercise has ended and the strait is open again, the "
        "coast guard said.",
        "The new closed area is a rectangle of roughly 25 by 15 nautical miles off the port of "
        "Kurilsk. The warning lists gunnery firing and the laying of practice mines, daily from "
        "8 a.m. to 8 p.m. local time.",
        "Japan's foreign ministry said it had lodged another protest with the Russian side.",
        "The area lies well away from the grounds used by Japanese fishing boats, which operate around "
        "the Habomai islets and in the Nemuro Strait. Cargo traffic to Kurilsk will be rerouted, "
        "local agents said.",
        "Russian naval exercises in the waters around the disputed islands usually peak in spring "
        "and late summer.",
    ],
})

ARTICLES.append({
    "id": "b130-51", "feed": "brinefield", "lang": "en",
    "published": "2026-06-10T04:00:00Z",
    "section": "Oceans",
    "byline": "Hiroshi Tanaka-Webb",
    "title": "Coast guard report: 80 years of seizures in northern waters",
    "summary": "Japan's annual maritime safety report counts more than 1,300 boats seized by Soviet "
               "and Russian authorities since 1946 and urges caution near the median line.",
    "label": "restatement",
    "note": "Annual report (Japan Coast Guard) with long-run statistics and routine safety advice; "
            "restates the known situation, reports no new event.",
    "body": [
        "Japan's coast guard has published its annual report on maritime safety, with a chapter "
        "marking 80 years since the first seizures of Japanese fishing boats in the waters around "
        "the Russian-held islands.",
        "Since 1946, Soviet and Russian authorities have seized more than 1,300 Japanese boats and "
        "detained about 9,000 crew members, according to the report. Some 30 people died in "
        "shootings, collisions or in custody.",
        "Seizures fell sharply after the 1998 framework that allows Japanese boats to operate around "
        "the islands for a fee, but have continued in recent years, the report says, usually over "
        "catch records or positions.",
        "The report urges captains to keep accurate logs, to stay clear of the median line in the "
        "Nemuro Strait and to keep their radios on. It repeats that Japan regards the seizures as "
        "unacceptable because the islands are Japanese territory.",
        "The report also covers search and rescue, oil pollution and the coast guard's new patrol "
        "ships for the East China Sea.",
    ],
})

ARTICLES.append({
    "id": "b130-52", "feed": "starboard", "lang": "en",
    "published": "2026-07-15T08:00:00Z",
    "section": "Fisheries",
    "byline": "Priya Castellano",
    "title": "A weak 'Kuril Current' leaves Hokkaido salmon and kelp growers on edge",
    "summary": "The cold Oyashio has retreated north for a third summer, warming coastal waters and "
               "hitting kelp and chum salmon.",
    "label": "off_topic",
    "note": "Look-alike: something named after the Kurils (the Kuril Current / Oyashio); ocean "
            "science and fisheries, nothing on the dispute.",
    "body": [
        "The Oyashio, the cold current that flows south from the Sea of Okhotsk along the Kuril "
        "Islands and is also known as the Kuril Current, has stayed unusually far north for a third "
        "summer, according to Japan's Fisheries Research and Education Agency.",
        "Sea surface temperatures off eastern Hokkaido were 3 to 5 degrees Celsius above normal in "
        "early July. Kelp growers along the Pacific coast report thinner, shorter fronds, and "
        "hatcheries fear another poor return of chum salmon in the autumn.",
        "\u201cThe Oyashio is our refrigerator. When it moves away, everything changes,\u201d said a "
        "researcher in Kushiro.",
        "Scientists link the shift to a northward displacement of the warm Kuroshio extension. Yellowtail "
        "and Japanese amberjack, once rare in Hokkaido, are now landed in large numbers.",
        "The agency plans to expand its monitoring buoys off Nemuro and Kushiro this year.",
        "Prefectural officials have set up a working group with cooperatives to test kelp strains "
        "that tolerate warmer water and to shift salmon releases to later in the spring, when "
        "coastal temperatures are more favourable for young fish.",
    ],
})

ARTICLES.append({
    "id": "b130-55", "feed": "brinefield", "lang": "en",
    "published": "2026-09-17T02:00:00Z",
    "section": "Oceans",
    "byline": "Marta Ivaskevich",
    "title": "In the Nemuro Strait, rivals at sea find a moment of cooperation",
    "summary": "Years of seizures, closures and protests have made the waters off Kunashir tense. "
               "This week a fire at night showed another side.",
    "label": "new_development",
    "group": "b130-g7",
    "new_facts": ["A Russian border guard boat rescued all five crew of the burning Rausu squid boat "
                  "Hoei Maru No. 11 off Kunashir on the night of 15 September 2026 and handed them to "
                  "a Japan Coast Guard patrol ship at the median line; the boat sank"],
    "must_mention": [["hoei maru", "rausu"], ["rescu"]],
    "note": "Third report of b130-g7 (first: b130-53, Japanese). Buried: the rescue is told only in "
            "the fourth paragraph, after background on tensions; the title does not state it.",
    "body": [
        "The narrow strait between Hokkaido's Shiretoko peninsula and the Russian-held island of "
        "Kunashir is one of the most closely watched stretches of water in East Asia. Japanese "
        "fishermen work up to the median line; Russian border guard boats patrol the other side.",
        "Since relations collapsed in 2022, the strait has seen seizures of Japanese boats, "
        "confiscated nets, warnings over the radio and diplomatic protests after almost every "
        "Russian exercise near the islands. Treaty talks are frozen and visits to the islands "
        "halted.",
        "Fishermen in Rausu say the atmosphere on the water has rarely been worse. \u201cYou feel "
        "watched all the time,\u201d said one captain.",
        "On Tuesday night, though, the two sides worked together. The 9.7-tonne squid-jigging boat "
        "Hoei Maru No. 11 from Rausu caught fire shortly after 10 p.m. while fishing near the median "
        "line off Kunashir's west coast. Its five crew took to a life raft. A Russian border guard "
        "patrol boat reached them within about 40 minutes and took all five aboard, the Japan Coast "
        "Guard said.",
        "Early on Wednesday the Russian boat handed the fishermen over to a Japanese patrol ship at "
        "the median line. One crew member had minor burns; the others were unhurt. The Hoei Maru "
        "sank a few hours later.",
        "Japan's chief cabinet secretary told reporters that Japan had conveyed its thanks to the Russian "
        "side through diplomatic channels. Russia's border directorate for Sakhalin said its crew had "
        "acted \u201cin accordance with the law of the sea\u201d.",
        "In Rausu, the captain's family said they were simply glad he was home. Whether the rescue "
        "will change anything else in the strait, few here expect it to.",
    ],
})

ARTICLES.append({
    "id": "b130-57", "feed": "outrigger", "lang": "en",
    "published": "2026-11-18T06:30:00Z",
    "section": "Japan",
    "byline": "Outrigger Wire staff",
    "title": "Japan weighs asking Russia for talks on fishing safety near islands - sources",
    "summary": "Officials are considering a proposal for working-level talks on incidents at sea, "
               "but no decision has been made and Moscow's response is uncertain.",
    "label": "restatement",
    "note": "Prospective/planned version of a move: Tokyo is only considering proposing talks; "
            "nothing decided, proposed or agreed. Peace treaty talks still frozen (seed).",
    "body": [
        "TOKYO, Nov 18 (Outrigger) - Japan is considering proposing working-level talks with Russia on "
        "the safety of fishing boats operating near the Russian-held islands off Hokkaido, three "
        "government sources said on Wednesday.",
        "The idea has been discussed within the foreign ministry and the Fisheries Agency since "
        "September, when a Russian border guard boat rescued the crew of a burning Japanese boat off "
        "Kunashir, the sources said. No decision has been made on whether or when to put it to Moscow.",
        "\u201cWe are looking at what is realistic. It would be about practical matters, not the "
        "territorial issue,\u201d one of the sources said.",
        "Russia has said since 2022 that it sees no basis for talks with Japan on a peace treaty while "
        "Tokyo keeps its sanctions, and it is unclear whether Moscow would accept even technical "
        "talks.",
        "Japan's chief cabinet secretary declined to comment on the report, saying only that Japan would "
        "\u201ccontinue to respond appropriately\u201d to ensure the safety of Japanese fishermen.",
    ],
})
