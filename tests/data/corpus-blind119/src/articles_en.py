"""English-language articles of the blind119 corpus (25)."""

ARTICLES = [
    # ------------------------------------------------------------------ b119-01
    dict(
        id="b119-01", feed="rockpool", published="2024-02-13T08:00:00Z",
        section="The Week",
        title="The week: 'categorically impossible', a rally in Tokyo, and winter timetables",
        summary="Our Tuesday round-up: Moscow's deputy foreign minister repeats that treaty talks are off, "
                "Tokyo holds its annual islands rally, and the winter flights to the Kurils stay as they are.",
        standfirst="What moved — and what didn't — between Moscow, Tokyo and the islands in between.",
        label="restatement",
        note="Weekly round-up made only of known items: Rudenko's 'categorically impossible' (seed 004), "
             "the 2022 walkout and end of visa-free trips (seeds 000/001/003), Kishida's unchanged policy "
             "(seed 002) and a routine timetable item. Nothing new.",
        body=[
            ("h", "Moscow shuts the door, again"),
            "Deputy Foreign Minister Andrei Rudenko told TASS on Thursday that resuming dialogue on a peace "
            "treaty with Japan was 'categorically impossible' in the current situation. Relations, he said, "
            "were at an 'unprecedented low', and the key condition for any normalisation was Tokyo abandoning "
            "what Moscow calls its hostile policy — not 'ephemeral signals'.",
            "None of this is new. The Russian Foreign Ministry walked away from the treaty negotiations in "
            "March 2022, citing Japan's sanctions over the invasion of Ukraine, and in the same statement ended "
            "visa-free trips by Japanese citizens to the southern Kurils and quit the dialogue on joint "
            "economic activity there. Russian officials have repeated the line, in varying tones, ever since.",
            ("h", "Northern Territories Day"),
            "In Tokyo, the annual national rally for the return of the islands went ahead on 7 February. Prime "
            "Minister Fumio Kishida repeated that Japan's policy is unchanged: resolve the territorial issue "
            "and conclude a peace treaty. He acknowledged that relations with Russia were 'in a difficult "
            "situation'. Former islanders, whose average age is now above 88, again asked the government to "
            "find a way to restart grave visits, which have not taken place since 2019.",
            ("h", "Getting there"),
            "Sakhalin's regional government says the winter schedule for flights to Iturup and Kunashir stays "
            "as published in December, weather permitting. Fog and crosswinds cancelled four of last week's "
            "rotations; the ferry returns to the southern route in spring.",
            ("h", "Reading list"),
            "If you are new to the dispute, our explainer on the 1956 Joint Declaration — the only document "
            "both sides ratified that mentions handing over any islands — remains the best place to start.",
        ],
    ),
    # ------------------------------------------------------------------ b119-04
    dict(
        id="b119-04", feed="relaydesk", published="2024-04-02T07:00:00Z",
        section="Press review", author="Relay Desk, Russian service",
        title="Press review: Moscow's papers shrug at Tokyo's 'signals' on a peace treaty",
        summary="Russian commentators dismiss talk in Tokyo of keeping the door open to peace treaty talks, "
                "echoing the foreign ministry's line that dialogue is impossible.",
        standfirst="How the Russian press read Prime Minister Kishida's remark that Japan 'keeps its policy' "
                   "of seeking a treaty.",
        label="restatement",
        note="Press review quoting invented Russian papers that restate the known Russian position (seeds "
             "000, 004: talks impossible, 'ephemeral signals', 2022 walkout). No event is reported.",
        body=[
            "Relay Desk reads the Russian and Japanese press so you don't have to. This week: how Moscow's "
            "papers received Prime Minister Fumio Kishida's remark in the Diet that Japan 'keeps its policy' "
            "of resolving the territorial issue and concluding a peace treaty with Russia.",
            ("h", "'A signal is not a policy'"),
            "The business daily Novy Kuryer devoted its Monday column to the remark and concluded that Tokyo "
            "was 'talking to its own voters, not to Moscow'. It quoted at length Deputy Foreign Minister "
            "Andrei Rudenko's February interview, in which he called the resumption of treaty dialogue "
            "'categorically impossible' and dismissed 'ephemeral signals' from Tokyo. 'As long as the "
            "sanctions stay, there is nothing to sign and nothing to discuss,' the column said.",
            ("h", "The view from Khabarovsk"),
            "Tikhookeansky Vestnik ran a commentary by a retired diplomat who argued that the treaty question "
            "would 'not return to the agenda for years'. He recalled that Moscow halted the negotiations in "
            "March 2022 and, in the same statement, ended visa-free trips for Japanese citizens to the "
            "southern Kurils and left the dialogue on joint economic activity on the islands. 'Tokyo chose "
            "this,' he wrote. 'It can unchoose it.'",
            ("h", "What neither paper reported"),
            "Neither paper pointed to any contact between the two foreign ministries on the subject; both "
            "treated the Russian position as settled. In Japan, the same Diet exchange made the political "
            "pages of the national dailies but not their front pages.",
            ("note", "Quotations are Relay Desk translations. Novy Kuryer and Tikhookeansky Vestnik are quoted "
                     "from their print editions of 1 April."),
        ],
    ),
    # ------------------------------------------------------------------ b119-05
    dict(
        id="b119-05", feed="pumicestone", published="2024-04-16T05:30:00Z",
        section="Asia", author="Pumicestone Tokyo bureau",
        title="Japan's diplomatic bluebook restates claim to Russian-held islands",
        summary="The annual foreign policy report again calls the four islands Japanese territory and says "
                "relations with Russia remain severe, with peace treaty talks halted by Moscow.",
        label="restatement",
        note="Annual report restating Japan's known position and the known 2022 Russian walkout and end of "
             "exchanges (seeds 000/001/002). No new policy or event.",
        body=[
            "TOKYO, April 16 (Pumicestone) - Japan's annual Diplomatic Bluebook, presented to the cabinet on "
            "Tuesday, again describes the four Russian-held islands off Hokkaido as islands 'over which Japan "
            "has sovereignty' and an inherent part of its territory, and says Tokyo's basic policy of "
            "resolving the territorial issue and then concluding a peace treaty with Russia is unchanged.",
            "The report, which covers 2023, says relations with Russia remain in a 'severe situation' because "
            "of Moscow's invasion of Ukraine. It notes that Russia announced in March 2022 that it would not "
            "continue peace treaty negotiations and that it was ending visa-free exchanges and the "
            "simplified visits by former residents to the islands.",
            "As in last year's edition, the bluebook calls the resumption of exchange programmes, above all "
            "grave visits by elderly former islanders, a top priority in relations with Moscow.",
            "The islands — called the Northern Territories in Japan and the Southern Kurils in Russia — were "
            "seized by Soviet forces at the end of World War Two, and the dispute has kept the two countries "
            "from signing a formal peace treaty. Moscow says its sovereignty over Iturup, Kunashir, Shikotan "
            "and the Habomai islets is beyond question, and Russian officials have said repeatedly since 2022 "
            "that treaty talks are impossible while Japan keeps sanctions in place.",
            "The bluebook's chapters on China and South Korea drew more attention at home. It restored a "
            "description of Japan-China ties as a 'mutually beneficial relationship based on common strategic "
            "interests' and called South Korea an important neighbour with which Tokyo should cooperate.",
            "Russia's embassy in Tokyo did not respond to a request for comment.",
        ],
    ),
    # ------------------------------------------------------------------ b119-08
    dict(
        id="b119-08", feed="pumicestone", published="2024-05-23T02:00:00Z",
        section="Asia", author="Pumicestone Tokyo bureau",
        title="Russian border drones circle Japanese fishing boats off Kunashir; Tokyo protests",
        summary="Fishermen from Rausu say small drones have repeatedly circled their boats near the Nemuro "
                "Strait median line since early May. Japan has lodged a protest with Russia.",
        label="new_development", group="b119-g1",
        note="Syndicated English version (new headline) of the Reimei report b119-07; same development as "
             "b119-06 (Russian border drones over Japanese boats). Follow-up, no new fact beyond the protest "
             "already in b119-07.",
        body=[
            "TOKYO, May 23 (Pumicestone) - Russia's border guards have started flying drones over Japanese "
            "fishing boats working near the median line of the Nemuro Strait off Kunashir, one of the "
            "Russian-held islands claimed by Japan, and Tokyo has protested through diplomatic channels.",
            "Fishermen from Rausu, on the eastern side of Hokkaido's Shiretoko peninsula, told the Japan Coast "
            "Guard that small unmanned aircraft had circled their boats on at least six days since early May, "
            "at times dropping to around 50 metres above the deck, Reimei Journal reported on Wednesday.",
            "Japan's Foreign Ministry told the Russian embassy that the flights were 'unacceptable in light of "
            "Japan's position' on the islands, the report said. A coast guard official said nobody had been "
            "hurt and no boat had been ordered to stop.",
            "A Sakhalin news site reported earlier this week that the regional directorate of Russia's FSB "
            "border service had been launching drones over the strait every day since the start of May to "
            "watch Japanese boats. An official was quoted as saying the drones let officers 'record "
            "violations without sending out patrol boats'.",
            "The median line between Kunashir and Hokkaido is where Japanese- and Russian-controlled waters "
            "meet in practice; Japan, which claims Kunashir and three other island groups seized by the Soviet "
            "Union in 1945, does not recognise it as a border. Russian patrol boats have detained Japanese "
            "crews in the area in the past.",
            "Moscow broke off peace treaty talks with Tokyo in March 2022 over Japan's sanctions on Russia.",
            ("note", "This story is an edited translation of a report first published in Japanese by Reimei "
                     "Journal. Editing by the Asia desk."),
        ],
    ),
    # ------------------------------------------------------------------ b119-10
    dict(
        id="b119-10", feed="lanternfish", published="2024-07-09T09:00:00Z",
        author="By Maren Ashby",
        bio="Maren Ashby writes about Japan and the northern Pacific from Sapporo.",
        title="Let them go home, once",
        standfirst="Tokyo should stop waiting for a thaw and ask Moscow, plainly and in public, for one "
                    "humanitarian voyage to the islands.",
        summary="Tokyo should stop waiting for a thaw and ask Moscow for one humanitarian voyage to the islands.",
        label="restatement",
        note="Opinion column: a wished-for / requested move ('Tokyo should ask Moscow to allow', 'if the "
             "Kremlin said yes'). Restates the 2022 end of visa-free trips (seeds 000/001/003) and Rudenko "
             "(seed 004). No event.",
        body=[
            "Every summer the same photograph appears in the Hokkaido papers: a row of white-haired people on "
            "a pier in Nemuro, looking across the water at a coastline they were born on and have not touched "
            "in years. The last grave visit by boat took place in 2019. The pandemic stopped the next two; "
            "Moscow stopped the rest.",
            "When Russia announced in March 2022 that it would no longer negotiate a peace treaty with Japan, "
            "it also tore up the arrangements under which Japanese citizens could travel to the islands "
            "without visas, including the simplified trips for former residents. Since then the official "
            "Japanese position has been to 'continue to request' the resumption of visits. Continue to "
            "request whom, and how, is rarely specified.",
            "Here is a modest proposal. The government should ask Moscow — publicly, in writing, and for one "
            "voyage only — to let a single ship of former islanders land at the cemeteries on Kunashir and "
            "Shikotan this autumn. Not a resumption of exchanges. Not a gesture towards the treaty. One trip.",
            "If the Kremlin said yes, it would cost Tokyo nothing in principle; the visits always took place "
            "under a formula that left both sides' legal positions untouched. If it said no, the refusal "
            "would at least be on the record, rather than hidden behind the phrase 'the outlook is unclear'.",
            "There is no sign that Moscow is in a mood to agree. In February its deputy foreign minister said "
            "that resuming dialogue on a treaty is 'categorically impossible' and that Japan's 'signals' were "
            "ephemeral. But a request is not a signal. It is an act, and the people it is meant for are in "
            "their late eighties.",
            "The islands are not going anywhere. The people who remember them are.",
        ],
    ),
    # ------------------------------------------------------------------ b119-12
    dict(
        id="b119-12", feed="pumicestone", published="2024-08-20T05:00:00Z",
        section="Environment", author="Pumicestone staff",
        title="Kamchatka's Kurile Lake logs biggest sockeye run in a decade",
        summary="Scientists at the southern Kamchatka lake have counted more than 3 million sockeye through "
                "the weir, a boon for the region's brown bears and salmon processors.",
        label="off_topic",
        note="Look-alike: Kurile Lake (Kurilskoye ozero) is in southern Kamchatka; the name matches 'Kuril' "
             "but the story has nothing to do with the disputed islands or the peace treaty.",
        body=[
            "PETROPAVLOVSK-KAMCHATSKY, Aug 20 (Pumicestone) - More than 3.1 million sockeye salmon have "
            "entered Kurile Lake in southern Kamchatka this summer, the largest run in ten years, scientists "
            "monitoring the lake said on Tuesday.",
            "The caldera lake, inside the South Kamchatka federal nature reserve, is one of the most important "
            "sockeye spawning grounds in Asia. A counting weir at the outflow of the Ozernaya River records "
            "every fish that passes; the reserve's management said the count had passed last year's total "
            "by early August.",
            "The run is good news for the lake's brown bears, which gather in their hundreds along the "
            "shallows in late summer, and for processors on the Kamchatka coast, where the Ozernaya sockeye "
            "fishery opens once escapement targets are met.",
            "Fisheries researchers cautioned that a strong year at Kurile Lake did not mean the wider "
            "Okhotsk Sea salmon picture had improved. Pink salmon returns on Kamchatka's west coast were "
            "running below forecast, they said.",
            "Tourist access to the lake is by helicopter only, and visitor numbers are capped. The reserve "
            "said bear-viewing bookings for September were full.",
        ],
    ),
    # ------------------------------------------------------------------ b119-16
    dict(
        id="b119-16", feed="rockpool", published="2024-09-17T07:00:00Z",
        section="The Week",
        title="The week: Chinese officials on Etorofu, a slow chum season, and Nemuro's shrinking fleet",
        summary="A Chinese provincial delegation's visit to Iturup draws a protest from Tokyo; Hokkaido's "
                "autumn salmon starts slow; Nemuro counts its boats.",
        standfirst="Our Tuesday round-up of the North Pacific week.",
        label="new_development", group="b119-g2",
        note="Weekly round-up a week after the Shandong delegation's visit to Iturup (b119-13); reports the "
             "same development as a news item of the week with no new fact. Follow-up in group b119-g2.",
        body=[
            ("h", "A first on Etorofu"),
            "A delegation from China's Shandong province, led by one of its vice-governors, spent a day on "
            "Iturup — Etorofu to Japan — on 9 September, touring a fish-processing plant at Yasny and the port "
            "at Kurilsk, according to the Sakhalin regional government. Tokyo said it was the first time "
            "leaders of a Chinese provincial government had visited any of the four islands Japan claims.",
            "Japan lodged a protest with Russia and told Beijing that the visit was incompatible with its "
            "position. Moscow's foreign ministry called the protest 'inappropriate'. Shandong is home to some "
            "of China's largest seafood processors, and the Sakhalin side spoke of 'joint projects in "
            "processing'; no agreements were announced.",
            ("h", "Chum, slowly"),
            "Hokkaido's autumn chum salmon catch is running at about 60 per cent of last year's pace at the "
            "end of the first fortnight, according to the prefectural fisheries research institute. Nemuro "
            "and Shibetsu set-net operators report small fish and warm water.",
            ("h", "Fewer boats"),
            "Nemuro's fisheries co-operatives say 14 boats have been deregistered since January, most of them "
            "small crab and kelp boats whose owners retired without successors.",
            ("h", "Reading list"),
            "Why fish processors, not navies, may decide who builds what on the Kurils — our explainer from "
            "the spring is worth a re-read this week.",
        ],
    ),
    # ------------------------------------------------------------------ b119-17
    dict(
        id="b119-17", feed="pumicestone", published="2024-11-16T09:00:00Z",
        section="World", author="Pumicestone live team", kind="live",
        title="Live: APEC leaders meet in Lima; Ishiba and Xi hold first talks",
        summary="Running coverage of the Asia-Pacific Economic Cooperation summit in Peru: trade, tariffs, "
                "and the first meeting between Japan's new prime minister and China's president.",
        label="restatement",
        note="Live blog of an unrelated summit; one entry has Ishiba restating Japan's known policy on the "
             "territorial issue and the known impossibility of talks (seeds 002/004). Negated 'conditions do "
             "not exist'. No event concerning the islands.",
        body=[
            ("entry", "09:05 GMT", "Leaders gather for the final day",
             ["Heads of government from the 21 APEC economies are arriving at the convention centre in Lima "
              "for the leaders' retreat. Trade and supply chains top the agenda."]),
            ("entry", "10:40 GMT", "Ishiba and Xi agree to pursue 'mutually beneficial' ties",
             ["Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping held their first "
              "meeting on the sidelines of the summit. Both sides said they confirmed a 'mutually beneficial "
              "relationship based on common strategic interests'. Ishiba raised the detention of Japanese "
              "nationals in China and Beijing's ban on Japanese seafood, Japanese officials said."]),
            ("entry", "12:15 GMT", "Russia sends a deputy prime minister",
             ["Russia is represented in Lima by Deputy Prime Minister Alexei Overchuk. Japanese officials "
              "said no meeting with the Russian delegation was planned."]),
            ("entry", "13:30 GMT", "Ishiba on Russia: 'conditions do not exist'",
             ["Asked by reporters whether he saw any opening with Moscow, Ishiba said Japan's policy of "
              "resolving the territorial issue and concluding a peace treaty had not changed. 'But because of "
              "Russia's aggression against Ukraine, the conditions for negotiations do not exist at present,' "
              "he said. Russia broke off the treaty talks in March 2022."]),
            ("entry", "15:00 GMT", "Declaration adopted",
             ["Leaders adopted the Machu Picchu Declaration, pledging to support the multilateral trading "
              "system. The next APEC summit will be held in South Korea."]),
        ],
    ),
    # ------------------------------------------------------------------ b119-21
    dict(
        id="b119-21", feed="relaydesk", published="2025-02-08T01:00:00Z",
        section="From Japanese", author="Relay Desk, Japanese service",
        title="Translated: Ishiba tells islands rally Japan will keep seeking a peace treaty",
        summary="Our translation of Reimei Journal's report from the annual Northern Territories Day rally "
                "in Tokyo, where the prime minister restated Japan's policy.",
        standfirst="A translation of Reimei Journal's report of 7 February.",
        label="restatement",
        note="Translated/syndicated copy of b119-20: restates Japan's known policy and the known halt of talks "
             "(seeds 000/002/004); 'no prospect of resumption' is negated. No event.",
        body=[
            "At the national rally calling for the return of the Northern Territories, held in Tokyo on 7 "
            "February, Prime Minister Shigeru Ishiba said that the government 'firmly maintains its policy of "
            "resolving the territorial issue and concluding a peace treaty'.",
            "'Japan-Russia relations are in a severe situation, but we will persist,' Ishiba told the "
            "gathering of about 800 people, including former islanders and their descendants. It was his "
            "first rally as prime minister.",
            "He also said that the resumption of exchange programmes, above all grave visits, was 'a top "
            "priority', and that the government would continue to ask Russia to allow them.",
            "A former resident of Shikotan, aged 90, told the rally: 'I may not have much time left. I want "
            "to stand at my parents' grave one more time.'",
            "Russia refused in March 2022 to continue peace treaty negotiations, citing Japan's sanctions, and "
            "has since maintained that dialogue is 'categorically impossible', in the words of Deputy Foreign "
            "Minister Andrei Rudenko. There is no prospect of the talks resuming.",
            ("note", "Translated by Relay Desk from the Japanese original. Attendance figures are the "
                     "organisers'."),
        ],
    ),
    # ------------------------------------------------------------------ b119-22
    dict(
        id="b119-22", feed="pumicestone", published="2025-03-04T06:00:00Z",
        section="Asia", author="Pumicestone Tokyo bureau",
        title="Chinese coast guard ships log record stay off Senkakus; Japan protests",
        summary="Two China Coast Guard vessels remained inside the territorial waters around the "
                "Japan-administered islands for more than 90 hours, Tokyo said.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China). Shares 'islands', "
             "'territorial waters', 'protest' but is not about the Kurils or the Russia-Japan treaty.",
        body=[
            "TOKYO, March 4 (Pumicestone) - Two Chinese coast guard ships stayed inside the territorial waters "
            "around the Japan-administered Senkaku Islands in the East China Sea for more than 92 hours, the "
            "longest such intrusion on record, the Japan Coast Guard said on Tuesday.",
            "The vessels entered the 12-nautical-mile zone on Friday morning and repeatedly approached a "
            "Japanese fishing boat, the coast guard said. Japanese patrol ships positioned themselves between "
            "the Chinese vessels and the fishing boat.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that Japan had lodged a strong "
            "protest with Beijing through diplomatic channels. 'The Senkaku Islands are clearly an inherent "
            "part of Japan's territory, in light of historical facts and based upon international law,' he "
            "said.",
            "China, which calls the islands Diaoyu, said its coast guard was conducting 'law enforcement "
            "patrols in China's own territorial waters'.",
            "Chinese government ships have been present in the contiguous zone around the islands on almost "
            "every day of the past two years.",
        ],
    ),
    # ------------------------------------------------------------------ b119-25
    dict(
        id="b119-25", feed="rockpool", published="2025-03-25T07:00:00Z",
        section="The Week",
        title="The week: a research station on Suisho, Tokyo's 'regret', and spring at Nemuro",
        summary="Russia's Academy of Sciences settles researchers on an uninhabited Habomai islet; Tokyo "
                "protests; Nemuro's spring fishing opens.",
        standfirst="Our Tuesday round-up of the North Pacific week.",
        label="new_development", group="b119-g3",
        note="Weekly round-up one week after the opening of the research station on Tanfilyev/Suisho "
             "(b119-23) and Tokyo's protest (b119-24); same development, no new fact. Follow-up in b119-g3.",
        body=[
            ("h", "Someone is wintering on Suisho"),
            "Russia's Academy of Sciences has opened a year-round research station on Tanfilyev Island — "
            "Suisho to Japan — one of the Habomai islets closest to Nemuro, which until now has hosted only "
            "a border post. Six researchers will spend the winter there, counting seals and seabirds and "
            "measuring coastal erosion, the Sakhalin government said on 17 March.",
            "Japan's chief cabinet secretary said on 19 March that Tokyo had protested through diplomatic "
            "channels and called the move 'regrettable' and incompatible with Japan's position. It is the "
            "first permanent civilian facility on the islet since its Japanese residents left after 1945.",
            ("h", "Spring at Nemuro"),
            "Nemuro's spring fishing for hair crab opened on schedule, with co-operative officials reporting "
            "sound catches but weak prices in Tokyo's Toyosu market.",
            ("h", "Ferry notes"),
            "The Sakhalin ferry to the southern Kurils returns to its summer timetable in late April, the "
            "operator said; bookings open on 1 April.",
            ("h", "Reading list"),
            "Tanfilyev, Suisho, Zelyony, Shibotsu: a field guide to the Habomai islets and their two sets of "
            "names — our map explainer.",
        ],
    ),
    # ------------------------------------------------------------------ b119-26
    dict(
        id="b119-26", feed="lanternfish", published="2025-04-22T08:00:00Z",
        author="By Tobias Renwick",
        bio="Tobias Renwick is a former diplomat who served in Moscow and Tokyo.",
        title="The peace treaty nobody is negotiating",
        standfirst="Japan and Russia both still say they want a treaty. Neither has a reason to want one now.",
        summary="Japan and Russia both still say they want a treaty. Neither has a reason to want one now.",
        label="restatement",
        note="Opinion column restating known positions (seeds 000-004): talks halted in 2022, Moscow's "
             "sovereignty claim, Tokyo's steadfast policy. No new fact.",
        body=[
            "There is a peculiar ritual in Japanese-Russian relations. Every February, a Japanese prime "
            "minister tells a rally in Tokyo that his government will resolve the territorial issue and "
            "conclude a peace treaty. Every so often, a Russian deputy minister tells a news agency that "
            "dialogue on such a treaty is impossible. Both statements are true, and neither is news.",
            "It was not always so. In 2018 the two leaders agreed to accelerate negotiations on the basis of "
            "the 1956 Joint Declaration, which promised Shikotan and the Habomai islets to Japan after a "
            "treaty was signed. For a year or two, officials in Tokyo talked of a two-island settlement as if "
            "it were within reach.",
            "Then came February 2022. Japan joined Western sanctions; Moscow replied in March that it would "
            "not continue negotiations with a state that took 'openly unfriendly positions', withdrew from "
            "talks on joint economic activity on the islands and ended visa-free trips. It has not moved "
            "since, and the Russian foreign ministry continues to say that its sovereignty over the islands "
            "cannot be called into question.",
            "What would it take to change this? On the Russian side, Tokyo abandoning sanctions — which it "
            "will not do while the war continues. On the Japanese side, some evidence that Moscow would "
            "return to where it stood in 2018 — which it will not offer while it can present the islands as "
            "a fortress against the United States.",
            "So the treaty is a word both capitals keep for later, like a bottle in a cellar. That is not a "
            "tragedy. The absence of a treaty has not stopped trade, fishing agreements or — when both sides "
            "wanted them — visits. The tragedy is narrower: a few thousand elderly people who were promised, "
            "for decades, that diplomacy would one day take them home.",
        ],
    ),
    # ------------------------------------------------------------------ b119-29
    dict(
        id="b119-29", feed="relaydesk", published="2025-06-19T08:00:00Z",
        section="From Japanese", author="Relay Desk, Japanese service",
        title="From a town budget: Russia lets Japanese orca researchers into Kunashiri waters, this "
              "season only",
        summary="A supplementary budget passed in Rausu reveals that Moscow has agreed to a one-season "
                "killer whale survey off Kunashir, including two landings on the island.",
        standfirst="The most interesting line in a small-town budget story, translated.",
        label="status_change", group="b119-g4",
        note="Translation/press-review of the buried first report b119-28: same development (Russia allows a "
             "one-season, visa-free orca survey off and on Kunashir), no new fact. Status: visa-free exchanges "
             "terminated (seeds 000/001/003) -> allowed for this season only.",
        body=[
            "Relay Desk summarises Japan's local press. The item below appeared in the fourth paragraph of a "
            "Yururi Shimpo report on Tuesday about Rausu's supplementary budget — and is more news than the "
            "headline.",
            "The town council in Rausu, on the Shiretoko peninsula, approved 4.2 million yen for a survey of "
            "killer whales to be carried out from July to September by the town and a Shiretoko research "
            "group. According to the town, Russia has agreed — for this season only — to let the survey boat "
            "operate and observe within 12 nautical miles of the coast of Kunashir (Kunashiri in Japanese), "
            "and to let researchers land at two points in the island's north-west to install and retrieve "
            "underwater recorders.",
            "The survey will be run under the 'expert exchange' category of the old visa-free exchange "
            "framework, with eight Japanese researchers taking part, the paper reported. The town said it "
            "would be the first time Japanese researchers had worked on the island side since Russia halted "
            "the visa-free exchanges in 2022.",
            "The mayor told the council it was 'a precious opportunity' and that he hoped to 'connect it to "
            "next season and beyond' — a hope, not a commitment from Moscow.",
            "Orcas are the mainstay of Rausu's summer whale-watching trade. The pods move freely across the "
            "median line in the Nemuro Strait; researchers have long said that counting them from the "
            "Japanese side alone gives half a picture.",
            ("note", "Summarised and translated by Relay Desk from Yururi Shimpo, 17 June."),
        ],
    ),
    # ------------------------------------------------------------------ b119-31
    dict(
        id="b119-31", feed="pumicestone", published="2025-07-15T06:00:00Z",
        section="Energy", author="Pumicestone energy desk",
        title="Japanese utilities line up winter Sakhalin-2 LNG cargoes as U.S. licence extended",
        summary="Buyers in Japan have secured winter deliveries from the Russian project after Washington "
                "extended a licence allowing transactions with it.",
        label="off_topic",
        note="Unrelated Japan-Russia news (LNG trade, sanctions licence). Mentions Sakhalin and Japan-Russia "
             "ties but not the islands or the peace treaty.",
        body=[
            "TOKYO, July 15 (Pumicestone) - Japanese utilities have lined up liquefied natural gas cargoes "
            "from Russia's Sakhalin-2 project for the coming winter after the United States extended a "
            "licence that allows certain transactions with the project to continue, industry sources said "
            "on Tuesday.",
            "Sakhalin-2 supplies close to 9% of Japan's LNG imports. Tokyo has kept its stakes in the project, "
            "held through trading houses Mitsui and Mitsubishi, arguing that it is vital for energy security "
            "even as it sanctions Russia over the war in Ukraine.",
            "Two utilities have confirmed deliveries for December through February under existing long-term "
            "contracts, the sources said, asking not to be named because the contracts are confidential.",
            "Japan's trade ministry declined to comment on individual contracts. A spokesman said the "
            "government would 'continue to secure a stable supply of energy' while coordinating with the "
            "Group of Seven.",
            "Relations between Tokyo and Moscow have been strained since 2022. Russian LNG accounted for "
            "about 8.9% of Japan's imports last year, according to customs data.",
        ],
    ),
    # ------------------------------------------------------------------ b119-37
    dict(
        id="b119-37", feed="pumicestone", published="2025-11-25T14:00:00Z",
        section="Asia", author="Pumicestone Tokyo bureau",
        title="Japan, Russia hold first peace treaty talks since 2022 — by video link",
        summary="Officials of the two foreign ministries spoke by video on Monday and agreed to keep in "
                "contact, Tokyo said, in the first consultations since Moscow walked out of the treaty talks.",
        label="status_change", group="b119-g5",
        note="Same development as b119-35 (first report, Russian press review) and b119-36: peace treaty "
             "consultations held by video link, first since the March 2022 walkout (seed 000), agreed to "
             "continue. Status: talks halted -> resumed.",
        body=[
            "TOKYO, Nov 25 (Pumicestone) - Japanese and Russian foreign ministry officials held consultations "
            "on a peace treaty by video link on Monday, Japan's Foreign Ministry said, the first such talks "
            "since Moscow broke off the negotiations in March 2022 over Tokyo's sanctions.",
            "The consultations were held at the level of department directors and the two sides 'agreed to "
            "continue the exchange of views', the ministry said in a statement issued on Tuesday evening. No "
            "date was set for another round.",
            "A Moscow daily had reported the video call earlier on Tuesday, citing diplomatic sources. "
            "Russia's foreign ministry did not immediately comment.",
            "'It would be premature to call this a resumption of negotiations,' a senior Japanese official "
            "told reporters. 'But there is now a channel.' Japan again asked for the resumption of grave "
            "visits to the islands by former residents, the official said, without giving Russia's answer.",
            "Russia announced in March 2022 that it would not continue talks on a peace treaty with a state "
            "that 'takes openly unfriendly positions', and at the same time ended visa-free trips by Japanese "
            "citizens to the islands, which Russia calls the Southern Kurils and Japan the Northern "
            "Territories. Since then, Russian officials had repeatedly said resuming the dialogue was "
            "impossible.",
            "The dispute over the islands, seized by Soviet forces in 1945, has prevented the two countries "
            "from signing a treaty formally ending World War Two.",
        ],
    ),
    # ------------------------------------------------------------------ b119-38
    dict(
        id="b119-38", feed="rockpool", published="2025-12-02T07:00:00Z",
        section="Explainers",
        title="Q&A: Are Russia and Japan talking about a peace treaty again?",
        summary="A video call between diplomats last week was the first treaty consultation since 2022. "
                "What it does and doesn't mean.",
        standfirst="Last week's video call, explained in six questions.",
        label="status_change", group="b119-g5",
        note="Explainer a week after the video consultations (b119-35/36/37); restates that development with "
             "no new fact. Follow-up in group b119-g5.",
        body=[
            ("qa", "What happened?",
             "On 24 November, officials from the Russian and Japanese foreign ministries held consultations on "
             "the peace treaty issue by video link. It was the first such contact since March 2022, when "
             "Moscow said it would not continue negotiations because of Japan's sanctions. Both sides said "
             "they agreed to keep talking."),
            ("qa", "Who took part?",
             "Department directors — not ministers, not deputy ministers. On the Japanese side, the head of "
             "the Foreign Ministry's European Affairs Bureau; on the Russian side, the director of the "
             "department that handles Japan."),
            ("qa", "So are negotiations back on?",
             "Not in the sense of 2018, when leaders agreed to 'accelerate' talks on the basis of the 1956 "
             "declaration. Tokyo itself says it is too early to call this a resumption. But it is a change: "
             "for more than three and a half years Moscow's line was that any dialogue was impossible."),
            ("qa", "Did anything change on the islands?",
             "No. Visa-free exchanges remain terminated and Russia has not said anything about grave visits. "
             "Japan raised them again; Moscow did not reply publicly."),
            ("qa", "Why now?",
             "Neither side has explained. Russian commentators point to Japan's energy purchases; Japanese "
             "officials point to the age of the former islanders."),
            ("qa", "What next?",
             "No date has been set for a second round."),
        ],
    ),
    # ------------------------------------------------------------------ b119-40
    dict(
        id="b119-40", feed="pumicestone", published="2026-02-07T04:00:00Z",
        section="Asia", author="Pumicestone Tokyo bureau",
        title="Takaichi vows 'persistent' diplomacy on islands at Northern Territories rally",
        summary="Japan's prime minister told the annual rally that Tokyo would keep working to resolve the "
                "territorial issue with Russia and conclude a peace treaty.",
        label="restatement",
        note="Anniversary/occasion piece restating Japan's known policy (seed 002). Mentions the November "
             "2025 video consultations (b119-g5) only as background, ten weeks later; no new fact.",
        body=[
            "TOKYO, Feb 7 (Pumicestone) - Prime Minister Sanae Takaichi said on Saturday that Japan would "
            "pursue 'persistent' diplomacy to resolve its territorial dispute with Russia and conclude a "
            "peace treaty, in her first speech to the annual rally marking Northern Territories Day.",
            "'Our policy of resolving the attribution of the four northern islands and concluding a peace "
            "treaty is unchanged,' Takaichi told the gathering in Tokyo. She said the return of grave visits "
            "for former islanders remained 'the highest priority' in relations with Moscow.",
            "Japan and Russia held consultations by video link in November, the first on the treaty since "
            "Moscow broke off negotiations in 2022. Takaichi did not refer to them directly. Officials have "
            "said no date has been set for another round.",
            "About 750 people attended the rally, according to organisers. The average age of the roughly "
            "5,000 surviving former residents of the islands is now over 89.",
            "Russia, which calls the islands the Southern Kurils, says its sovereignty over them is not open "
            "to question.",
        ],
    ),
    # ------------------------------------------------------------------ b119-41
    dict(
        id="b119-41", feed="pumicestone", published="2026-02-24T06:00:00Z",
        section="Asia", author="Pumicestone staff",
        title="Bust of Stalin unveiled in Kuril town of Yuzhno-Kurilsk",
        summary="Veterans' groups unveiled the monument on Kunashir; Tokyo said it was 'aware of the reports'.",
        label="neutral",
        note="Borderline: a symbolic monument on a disputed island put up by civic groups, not a state "
             "decision; Tokyo did not protest. Not clearly a development in the dispute; left unscored.",
        body=[
            "A bust of Soviet leader Joseph Stalin was unveiled on Monday in Yuzhno-Kurilsk, the main "
            "settlement on Kunashir, one of the Russian-held islands claimed by Japan, local media reported.",
            "The bronze bust, paid for by donations collected by a local veterans' council and a Sakhalin "
            "branch of a military history society, stands in front of the district's House of Culture. "
            "Organisers said it honoured 'the supreme commander under whom the Kurils were liberated' in "
            "1945. The district head attended the ceremony.",
            "Busts and statues of Stalin have gone up in a number of Russian towns in recent years, often "
            "funded by Communist Party branches or veterans' groups.",
            "Asked about the monument, Japan's Chief Cabinet Secretary Minoru Kihara said the government was "
            "'aware of the reports' and would 'watch developments closely'. He did not say whether Tokyo had "
            "raised the matter with Moscow.",
            "Soviet troops occupied the four southernmost Kuril islands in August and September 1945. Their "
            "roughly 17,000 Japanese residents were expelled by 1949.",
        ],
    ),
    # ------------------------------------------------------------------ b119-42
    dict(
        id="b119-42", feed="relaydesk", published="2026-03-10T08:00:00Z",
        section="Editorial watch", author="Relay Desk, Japanese service",
        title="Editorial watch: Hokkaido daily urges Tokyo to use the video channel to bring back grave "
              "visits",
        summary="A Sapporo newspaper says the government should put the islanders' visits at the top of any "
                "next round of consultations with Moscow.",
        label="restatement",
        note="Translated editorial: urged/wished-for move ('Tokyo should ask', 'if Moscow agreed'). The video "
             "consultations (b119-g5) appear only as background. No new fact.",
        body=[
            "This week's editorial of note comes from Doō Nippō, a Sapporo daily, which on Sunday urged the "
            "government to make grave visits the first item on the agenda of any further consultations with "
            "Russia.",
            ("quote", "A channel has opened that did not exist a year ago. It would be a waste to use it only "
                      "for exchanging positions that both sides already know by heart. The government should "
                      "ask Moscow, at the next opportunity and in concrete terms, for one summer of grave "
                      "visits.", "Doō Nippō, editorial, 8 March"),
            "The paper argued that Russia could agree to such visits without any change in its position on "
            "the islands, 'as the Soviet Union did in 1964'. If Moscow agreed, it wrote, Tokyo should be "
            "ready to send a ship within weeks rather than months.",
            "It also cautioned against expecting too much: 'There is no sign that Russia regards the video "
            "consultations as anything more than a courtesy.'",
            "Relay Desk notes: the consultations, first held by video in November, have not produced any "
            "announcement on visits. Grave visits have not taken place since 2019.",
            ("note", "Translated by Relay Desk. Doō Nippō is a regional daily based in Sapporo."),
        ],
    ),
    # ------------------------------------------------------------------ b119-44
    dict(
        id="b119-44", feed="pumicestone", published="2026-04-14T06:00:00Z",
        section="World", author="Pumicestone live team", kind="live",
        title="Live: Moscow answers Tokyo's new sanctions",
        summary="Running coverage of Russia's response to the sanctions package Japan adopted on Friday.",
        label="status_change", group="b119-g6",
        note="Live blog; the 12:05 entry reports the same development as b119-43 (first report): Russia "
             "suspends the video peace treaty consultations 'until further notice'. Status: resumed (b119-g5) "
             "-> suspended until further notice.",
        body=[
            ("entry", "08:40 JST", "Recap: what Japan adopted on Friday",
             ["Japan's cabinet on Friday added 38 Russian companies and 11 individuals to its asset-freeze "
              "list and tightened export bans on machine tools, in step with a new European package."]),
            ("entry", "10:15 JST", "Kremlin: 'will not go unanswered'",
             ["Kremlin spokesman Dmitry Peskov called the sanctions 'another unfriendly step' and said "
              "Moscow would respond 'in a way that suits our interests'."]),
            ("entry", "12:05 JST", "Russia suspends video treaty talks 'until further notice'",
             ["Russia has informed Japan by diplomatic note that it is suspending, until further notice, the "
              "consultations on a peace treaty that the two foreign ministries had begun by video link in "
              "November, Japan's Foreign Ministry said, according to Reimei Journal.",
              "The consultations were the first on the treaty since Moscow walked out of the negotiations in "
              "2022."]),
            ("entry", "13:30 JST", "Tokyo: 'extremely regrettable'",
             ["Chief Cabinet Secretary Minoru Kihara said the Russian decision was 'extremely regrettable' and "
              "'one-sided', and that Japan had no intention of reversing its sanctions."]),
            ("entry", "15:00 JST", "What the suspension means",
             ["Analysts said the video channel had produced little beyond statements that the sides would "
              "keep talking, but that its loss removed the only regular contact on the treaty issue."]),
        ],
    ),
    # ------------------------------------------------------------------ b119-46
    dict(
        id="b119-46", feed="rockpool", published="2026-05-12T07:00:00Z",
        section="The Week",
        title="The week: a Sapporo food fair, scallops to Vietnam, and the quiet after Moscow's pause",
        summary="Hokkaido exporters look south; four weeks after Russia shelved the video treaty talks, "
                "nobody is calling anybody.",
        standfirst="Our Tuesday round-up of the North Pacific week.",
        label="restatement",
        note="Weekly round-up four weeks after the suspension (b119-g6); the treaty item only says nothing "
             "has happened since. Restates b119-43 as background; no new fact.",
        body=[
            ("h", "Sapporo's food fair"),
            "Hokkaido's largest trade fair for food exporters closed on Sunday with a record number of buyers "
            "from South-East Asia, organisers said.",
            ("h", "Scallops go south"),
            "Scallop exporters report that shipments to Vietnam for processing rose by a fifth in the first "
            "quarter, as more of the catch is shelled abroad and re-exported.",
            ("h", "The quiet after the pause"),
            "Four weeks after Russia told Japan that it was suspending the video consultations on a peace "
            "treaty 'until further notice', neither foreign ministry has said anything further. Officials in "
            "Tokyo say no contacts are planned; Moscow's line is that the sanctions Japan adopted in April "
            "left it no choice. The channel, opened in November, lasted less than five months.",
            ("h", "Kelp season"),
            "The kelp co-operatives of Habomai began their annual preparations for the summer season; boat "
            "owners say fuel and labour costs, not diplomacy, are this year's main worry.",
            ("h", "Reading list"),
            "Our map of who fishes where in the Nemuro Strait, updated for the 2026 season.",
        ],
    ),
    # ------------------------------------------------------------------ b119-50
    dict(
        id="b119-50", feed="lanternfish", published="2026-09-11T06:00:00Z",
        author="By Maren Ashby",
        bio="Maren Ashby writes about Japan and the northern Pacific from Sapporo.",
        title="Small boats, long shadows",
        standfirst="On the Nemuro waterfront, every skipper now does the same sum before casting off. It is "
                    "not about crab prices.",
        summary="On the Nemuro waterfront, every skipper now does the same sum before casting off.",
        label="new_development", group="b119-g7",
        note="FIRST REPORT, buried: an opinion column that states in passing (fourth paragraph) that a Russian "
             "court sentenced the captain of the Choei Maru No. 6 to two years in a penal settlement, the "
             "first prison term for a Japanese fisherman since Soviet times. New fact: not among the seeds.",
        body=[
            "At five in the morning the harbour at Nemuro smells of diesel and kelp, and the talk on the "
            "quay is of weather, of prices at the Hanasaki auction, and of the line. Everybody knows where the "
            "line is, although nobody can see it: the point in the water beyond which the patrol boats stop "
            "being Japanese.",
            "For decades the calculation was a simple one. Cross the line, or drift over it in fog, and you "
            "risked your boat, your catch and a fine that the co-operative would help you pay. Skippers "
            "came home thinner and poorer after a few weeks in Yuzhno-Kurilsk, but they came home.",
            "That arithmetic changed this week, and almost without anyone in Tokyo noticing.",
            "On Thursday a district court on Kunashir sentenced the captain of the Choei Maru No. 6, a "
            "five-tonne Nemuro crab boat seized off Shikotan in June, to two years in a penal settlement for "
            "poaching and illegal border crossing. Until now Russian courts have fined Japanese skippers and "
            "sent them home. This is the first time since Soviet days that one faces prison.",
            "Tokyo will protest, as it must; it does not accept that a Russian court has jurisdiction over "
            "waters it regards as its own. But protests are what is left when there is no other channel. The "
            "peace treaty talks have been frozen since 2022, and the one thin line of video consultations "
            "that opened last November was cut in April.",
            "The men on the quay at Nemuro are not waiting for diplomats. They are doing the sum again: how "
            "far to the line, how thick the fog, how many years. Some have decided that the crab is not worth "
            "it. Others cannot afford to decide anything.",
            "Japan likes to say that the islands are a question of principle. On the water, it has always "
            "been a question of people. This week it became a question of one of them, and of what his "
            "family in Nemuro will be told when they ask how long.",
        ],
    ),
    # ------------------------------------------------------------------ b119-53
    dict(
        id="b119-53", feed="rockpool", published="2026-10-19T06:00:00Z",
        section="Explainers",
        title="The 1956 declaration at 70: a promise both sides still read differently",
        summary="Seventy years ago today Moscow and Tokyo ended the state of war. The document still frames "
                "every argument about the islands.",
        standfirst="What the Joint Declaration says, what it doesn't, and why it matters on its 70th "
                   "anniversary.",
        label="restatement",
        note="Anniversary explainer: history and known positions (seeds 001/004 on the 1956 declaration, "
             "seed 000 on the 2022 walkout). No new fact.",
        body=[
            "On 19 October 1956, in Moscow, the Soviet Union and Japan signed a Joint Declaration that ended "
            "the state of war between them and restored diplomatic relations. Both parliaments ratified it. "
            "Seventy years on, it is still the only binding document in which Moscow agreed to hand over any "
            "of the islands.",
            ("h", "What it says"),
            "Article 9 says the two countries will continue negotiations on a peace treaty, and that the "
            "Soviet Union, 'meeting the wishes of Japan', agrees to transfer Shikotan and the Habomai islets "
            "— but only after a peace treaty is concluded.",
            ("h", "What it doesn't say"),
            "It says nothing about Iturup and Kunashir, the two largest islands, which Japan also claims. Nor "
            "does it say under whose sovereignty the two smaller islands would be 'transferred', a point on "
            "which Russian officials have insisted in recent years.",
            ("h", "After 1956"),
            "In 1960, after Japan revised its security treaty with the United States, Moscow added a new "
            "condition: the withdrawal of foreign troops from Japan. In 2018 leaders agreed to accelerate "
            "negotiations 'on the basis of' the declaration. In March 2022 Russia said it would not continue "
            "negotiations at all, citing Japan's sanctions.",
            ("h", "Where things stand"),
            "There are no negotiations. Moscow says its sovereignty over the Southern Kurils is enshrined in "
            "international documents and cannot be questioned; Tokyo says its policy of resolving the "
            "territorial issue and concluding a treaty is unchanged. The anniversary will be marked with "
            "statements, not talks.",
        ],
    ),
    # ------------------------------------------------------------------ b119-55
    dict(
        id="b119-55", feed="pumicestone", published="2026-11-17T05:00:00Z",
        section="Asia", author="Pumicestone Moscow bureau",
        title="Japanese lawmaker Suzuki meets Russian deputy foreign minister in Moscow",
        summary="Muneo Suzuki, a veteran advocate of dialogue with Russia, met Andrei Rudenko; the Russian "
                "side said its position on a peace treaty was unchanged.",
        label="neutral",
        note="Borderline: a private visit by a Japanese lawmaker and a meeting with a deputy minister, "
             "without a mandate; Rudenko restates the known position (seed 004) and the sentenced skipper "
             "(b119-g7) appears as background. A meeting, but not government-to-government talks.",
        body=[
            "MOSCOW, Nov 17 (Pumicestone) - Japanese upper house lawmaker Muneo Suzuki met Russian Deputy "
            "Foreign Minister Andrei Rudenko in Moscow on Monday, the Russian foreign ministry said, in a "
            "rare meeting between a Japanese politician and a senior Russian official.",
            "Suzuki, who has long argued for dialogue with Moscow, is travelling in a private capacity. The "
            "Japanese government said it had not asked him to carry any message and had advised against "
            "the trip.",
            "According to the Russian ministry's readout, Rudenko told Suzuki that 'in the current "
            "conditions' a return to dialogue on a peace treaty was impossible and that the responsibility "
            "lay with Tokyo's 'hostile course'.",
            "Suzuki told Japanese reporters afterwards that he had asked for grave visits by former islanders "
            "to be allowed next summer and for the early release of the Nemuro skipper sentenced in September "
            "to two years in a penal settlement. 'I heard nothing negative, and nothing positive,' he said.",
            "Suzuki last visited Moscow in 2023. Japan's foreign ministry said the meeting did not change "
            "the government's policy.",
        ],
    ),
    # ------------------------------------------------------------------ b119-56
    dict(
        id="b119-56", feed="relaydesk", published="2027-01-12T07:00:00Z",
        section="Press review", author="Relay Desk",
        title="What the papers say: Moscow and Tokyo greet 2027 with no treaty thaw in sight",
        summary="New Year commentary in both capitals agrees on one thing: the islands question will not "
                "move this year.",
        standfirst="Our first press review of the year, from both sides of the Nemuro Strait.",
        label="restatement",
        note="Year-start press review quoting invented papers; recaps 2026 items (video talks suspended in "
             "April, the skipper's sentence) as background. Restates known positions; no new fact.",
        body=[
            ("h", "From Moscow"),
            "Novy Kuryer's year-ahead foreign policy column gave Japan two paragraphs. 'There is no reason to "
            "expect a return to the treaty agenda in 2027,' it wrote. 'Tokyo adopted yet another sanctions "
            "package last spring and received the answer it should have expected.' The paper repeated the "
            "foreign ministry's formula that Russia's sovereignty over the Kurils 'is not subject to "
            "discussion'.",
            ("h", "From Sakhalin"),
            "A commentary in a Yuzhno-Sakhalinsk weekly was more local: it listed a new school, a "
            "repaired water main and the summer ferry schedule as the year's Kuril news, and mentioned Japan only "
            "in connection with the court case against a Japanese skipper in September.",
            ("h", "From Tokyo"),
            "The Japanese national dailies' New Year editorials on foreign policy focused on China and the "
            "United States. One noted that the video consultations on the treaty, suspended by Moscow in "
            "April, had been 'the only thread' and that 'no one knows who will pick it up'.",
            ("h", "From Nemuro"),
            "The local paper's New Year interview with the mayor asked about grave visits. 'We will keep "
            "asking,' he said. 'That is our job.'",
            ("note", "Quotations are Relay Desk translations."),
        ],
    ),
]
