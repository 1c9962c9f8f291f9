"""English-language articles of the blind49 corpus (see ../README.md).

Each entry: id, feed, published (UTC, ISO), title, summary, label, group,
new_facts, must_mention, note, byline, dateline-free body paragraphs, bare
(True: page served without og:/article: meta tags and JSON-LD).
"""

ARTICLES_EN = [
    # ------------------------------------------------------------------ negatives / groups, in time order
    dict(
        id="b49-02", feed="spindrift", published="2024-02-19T11:05:00Z",
        title="Moscow sees 'no basis' for peace treaty talks with Tokyo, ministry says",
        summary="Russia's Foreign Ministry said there were no grounds to return to peace treaty "
                "negotiations with Japan while Tokyo keeps its sanctions, answering remarks made at "
                "Japan's annual Northern Territories rally.",
        label="restatement",
        note="New speaker (ministry spokeswoman) restating the known position: talks impossible "
             "under sanctions (seeds 000, 002, 004). Background of the 2022 measures (seed 000/001).",
        byline="By Daria Volkova",
        body=[
            "MOSCOW, Feb 19 (Spindrift) - Russia's Foreign Ministry said on Monday there was \"no basis\" "
            "for resuming peace treaty negotiations with Japan as long as Tokyo maintained what it called "
            "a hostile policy, dismissing remarks by Japanese leaders at an annual rally over the disputed "
            "islands.",
            "\"Our position is well known and has not changed,\" the ministry's spokeswoman told a weekly "
            "briefing when asked about speeches at the Feb. 7 \"Northern Territories Day\" gathering in "
            "Tokyo. \"It is impossible to discuss a fundamental document on peace and good-neighbourliness "
            "with a country that has imposed sanctions on Russia and openly sides with the Kyiv regime.\"",
            "Moscow broke off the treaty talks in March 2022, weeks after Japan joined Western sanctions "
            "over the war in Ukraine. At the same time it ended visa-free trips by Japanese citizens to the "
            "southern Kurils and withdrew from discussions on joint economic activity on the islands.",
            "Deputy Foreign Minister Andrei Rudenko said earlier this month that a resumption of the "
            "dialogue was \"categorically impossible\" in the current environment and that Tokyo would "
            "first have to abandon its hostile course.",
            "Japan says the four islands seized by Soviet troops at the end of World War Two - Etorofu, "
            "Kunashiri, Shikotan and the Habomai group - are its inherent territory. Russia, which calls "
            "them the Southern Kurils, says its sovereignty is beyond question.",
            "The two countries have never signed a peace treaty formally ending the war, although a 1956 "
            "joint declaration ended the state of war and restored diplomatic relations.",
            "(Reporting by Daria Volkova; Editing by Martin Hale)",
        ],
    ),
    dict(
        id="b49-03", feed="lamplighter", published="2024-03-04T06:15:00Z",
        title="Think tank sees Nemuro's catch slipping for a third straight year",
        summary="A Kushiro-based research centre expects the value of fish landed in Nemuro to fall about "
                "6 percent in 2024, with weak saury runs and fuel costs weighing on the border city.",
        label="restatement",
        note="Forecast and local statistics; the only dispute content is background (visa-free exchanges "
             "ended in 2022, seed 001). No new fact.",
        byline="By Mariko Sato in Nemuro",
        body=[
            "The value of fish landed at Nemuro's ports is likely to fall about 6 percent this year, "
            "extending a slide that began in 2022, a regional research institute said on Monday.",
            "The Doto Regional Economy Research Centre, which is affiliated with a Kushiro-based regional "
            "bank, forecast landings worth 21.4 billion yen in 2024, down from 22.8 billion yen last year "
            "and well below the 30 billion yen the city's fish markets handled a decade ago.",
            "\"Saury is the swing factor, and nobody expects the saury to come back in a hurry,\" said "
            "senior researcher Yuka Oyama, who presented the outlook at the Nemuro Chamber of Commerce. "
            "Salmon and trout catches were also projected to stay low, while scallop and sea urchin prices "
            "should hold up on demand from Tokyo and overseas.",
            "The centre said fuel prices would keep squeezing small operators. It also noted that hotels, "
            "taxis and restaurants in the city have lost business tied to the Russian-held islands since "
            "2022, when Russia ended the visa-free exchange programme that used to bring groups of Japanese "
            "visitors and island residents through Nemuro every summer. The outlook assumes no change in "
            "that situation.",
            "Tourism was the one bright spot: the centre expects overnight stays in the Nemuro area to rise "
            "by about 4 percent as foreign visitors return to eastern Hokkaido, helped by a weak yen.",
            "Nemuro's population fell below 23,000 last year, according to city data.",
        ],
    ),
    dict(
        id="b49-04", feed="capemoor", published="2024-03-26T08:30:00Z",
        title="Kurile Lake sockeye outlook buoys Kamchatka salmon exporters",
        summary="Scientists expect another strong sockeye run into Kamchatka's Kurile Lake, good news for "
                "Russian exporters selling roe and frozen fish to China and South Korea.",
        label="off_topic",
        note="Look-alike: Kurile Lake is in southern Kamchatka, not on the disputed islands; salmon trade "
             "news unrelated to the dispute.",
        byline="By Lena Hartmann",
        body=[
            "PETROPAVLOVSK-KAMCHATSKY - Russian fisheries scientists expect another strong run of sockeye "
            "salmon into Kamchatka's Kurile Lake this summer, a forecast that lifted shares of the region's "
            "listed fishing companies and eased worries among roe buyers in Asia.",
            "The Kamchatka branch of Russia's federal fisheries research institute said on Tuesday it "
            "expected around 3.8 million sockeye to return to the lake, one of the largest spawning grounds "
            "for the species in Asia, broadly in line with last year's run.",
            "Despite its name, Kurile Lake lies in the south of the Kamchatka Peninsula, inside a nature "
            "reserve famous for its brown bears, and has nothing to do with the island chain of the same name.",
            "Kamchatka accounts for the bulk of Russia's Pacific salmon catch. Exporters have shifted sales "
            "of frozen fish and roe towards China and South Korea since 2022, although Japanese importers "
            "still buy Russian salmon roe through trading houses, according to customs data.",
            "\"A good sockeye year keeps prices for red caviar in check in Moscow and gives processors "
            "something to sell in Busan and Dalian,\" said Pavel Korneev, an analyst at a Vladivostok "
            "brokerage.",
            "Overall salmon catches in Russia's Far East are forecast at around 430,000 tonnes this year, "
            "below last year's near-record haul, because of weaker pink salmon returns.",
        ],
    ),
    dict(
        id="b49-07", feed="lamplighter", published="2024-04-22T07:00:00Z",
        title="OPINION: Nemuro cannot spend another decade waiting on Moscow",
        summary="The border city has put its economic hopes on the islands for too long, argues our "
                "columnist. It is time to plan for a future in which nothing changes.",
        label="restatement",
        note="Opinion column; restates known facts (talks suspended, visa-free exchanges and joint "
             "economic activity dialogue ended in 2022, seeds 000/001). No new fact.",
        byline="Keiko Amano",
        kicker="Opinion",
        body=[
            "Every February, Nemuro marches. Every summer, Nemuro waits for a ship. For the past two "
            "summers the ship has not sailed, and I suspect it will not sail this year either.",
            "Since March 2022, when Moscow walked out of the peace treaty negotiations, ended the visa-free "
            "exchanges and pulled out of the talks on joint economic activity on the islands, the city's "
            "relationship with the four islands on its horizon has been reduced to a view from Cape Nosappu. "
            "Russian diplomats say dialogue is impossible while Japan keeps its sanctions. Tokyo says its "
            "position on the islands will not change. Both sides mean it.",
            "Nemuro has organised much of its identity around the prospect of the islands' return and, "
            "after 1991, around the exchanges. Subsidies followed. So did a habit of treating every thaw "
            "in Tokyo and Moscow as the start of an economic revival that never quite arrived.",
            "I am not arguing that the city should stop campaigning. Former islanders deserve to see their "
            "graves, and the government should keep pressing for that. I am arguing that the city's "
            "economic plan should assume that the status quo lasts another ten years.",
            "That means investing in what Nemuro can control: scallop and kelp processing, the birdwatchers "
            "who already come to Lake Furen, the cruise passengers who could be persuaded to stop here "
            "instead of sailing past. It means treating the islands as a story we tell visitors, not as a "
            "business plan.",
            "The worst outcome would be another decade spent waiting for a phone call from Moscow.",
            "Keiko Amano is a former Nemuro city councillor and runs a guesthouse in the city.",
        ],
    ),
    dict(
        id="b49-10", feed="spindrift", published="2024-05-08T13:20:00Z",
        title="Russia powers up undersea cable to disputed Shikotan; Japan protests",
        summary="Russia has started supplying electricity to Shikotan through a new 68-km subsea cable "
                "from a geothermal plant on Kunashir. Tokyo said it lodged a protest.",
        label="new_development", group="g-cable",
        new_facts=["A 68-km, 35-kV subsea power cable from Kunashir's Mendeleevskaya geothermal plant to "
                   "Shikotan went into service on May 6, 2024; Shikotan's diesel plants, including one "
                   "built with Japanese aid, were put in reserve; Japan lodged a protest."],
        must_mention=[["cable"], ["shikotan"]],
        note="Third report of the cable (first: b49-08, Russian). Adds Japan's protest; same development.",
        byline="By Ken Morimoto and Daria Volkova",
        body=[
            "TOKYO/YUZHNO-SAKHALINSK, May 8 (Spindrift) - Russia has begun supplying electricity to "
            "Shikotan, one of four Russian-held islands claimed by Japan, through a new undersea cable from "
            "a geothermal power station on neighbouring Kunashir. Tokyo said on Wednesday it had protested.",
            "The 68-km, 35-kilovolt line, laid on the seabed of the South Kuril Strait, went into service on "
            "May 6, the Sakhalin regional government said. It links the Mendeleevskaya geothermal station "
            "near Yuzhno-Kurilsk with Shikotan's two villages, Malokurilskoye and Krabozavodskoye, home to "
            "about 3,000 people.",
            "Diesel generators that have powered the island until now - including a plant built with Japanese "
            "humanitarian aid in the late 1990s - will be kept in reserve, the regional utility Ostrovnaya "
            "Energetika said. The project cost about 3.1 billion roubles ($34 million) and was paid for "
            "under a federal programme to develop the Kurils.",
            "Japan's top government spokesman told reporters the project was \"incompatible with Japan's "
            "position on the Northern Territories and unacceptable\", adding that a protest had been lodged "
            "through diplomatic channels on Tuesday.",
            "Since breaking off peace treaty talks with Tokyo in March 2022 over Japan's sanctions, Moscow "
            "has stepped up spending on roads, ports and power on the islands, which Soviet forces seized "
            "at the end of World War Two.",
            "(Reporting by Ken Morimoto in Tokyo and Daria Volkova; Editing by Martin Hale)",
        ],
    ),
    dict(
        id="b49-12", feed="capemoor", published="2024-05-28T09:10:00Z",
        title="Japanese buyers roll over Sakhalin-2 LNG cargoes as Tokyo keeps energy carve-out",
        summary="Several Japanese utilities have extended short-term purchases of liquefied natural gas "
                "from the Sakhalin-2 project, which remains exempt from Japan's Russia sanctions.",
        label="off_topic",
        note="Look-alike: Japan-Russia energy trade (Sakhalin-2), unrelated to the peace treaty or the "
             "disputed islands.",
        byline="By Lena Hartmann and Yuji Fukuda",
        body=[
            "TOKYO - Japanese utilities have agreed to take further spot and short-term cargoes of liquefied "
            "natural gas from Russia's Sakhalin-2 project for the coming winter, industry sources said, "
            "underlining how hard it remains for resource-poor Japan to cut its last big energy link with Russia.",
            "Sakhalin-2 supplied a little under 9 percent of Japan's LNG imports last year. Tokyo has kept "
            "the project outside its sanctions, and two Japanese trading houses still hold minority stakes "
            "in the operator that Moscow created in 2022 to replace the previous company.",
            "\"The cargoes are cheap to ship, they arrive in three days and the alternative is buying on a "
            "very tight spot market,\" said an executive at one western Japan utility who declined to be "
            "named because the contracts are confidential.",
            "Japan's industry ministry has said it will keep its interests in the project to protect energy "
            "security, while following G7 moves to reduce reliance on Russian energy over time.",
            "Benchmark Asian spot LNG prices rose about 3 percent last week on hot-weather demand in China "
            "and India.",
        ],
    ),
    dict(
        id="b49-13", feed="capemoor", published="2024-06-03T05:30:00Z",
        title="Hokkaido's far east pins hopes on 'border tourism' as foreign visitors return",
        summary="Nemuro and neighbouring towns expect more overseas visitors this summer and are marketing "
                "views of the Russian-held islands, with the exchange ship to the islands idle since 2022.",
        label="restatement",
        note="Tourism forecast in border towns; dispute content is background only (visa-free exchanges "
             "halted in 2022, seed 001). No new fact.",
        byline="By Yuji Fukuda",
        body=[
            "NEMURO, Hokkaido - Tourism officials in Japan's easternmost city expect foreign visitors to "
            "rise by about a fifth this summer, and they are trying a slightly unusual pitch: come and look "
            "at the islands you cannot visit.",
            "Nemuro's tourism association forecasts 41,000 overnight stays by overseas visitors in the "
            "June-September season, up from 34,000 a year ago, with Taiwanese and Singaporean tour groups "
            "leading the recovery. Neighbouring Shibetsu and Rausu report similar bookings for "
            "whale-watching and birding trips.",
            "At Cape Nosappu, Japan's easternmost point that the public can reach, the Kaigara island "
            "lighthouse sits 3.7 km offshore on a rock controlled by Russia. The city plans new "
            "multilingual signs and a telescope deck there this year.",
            "\"Visitors are fascinated that the border is so close,\" said a city tourism official. \"We "
            "tell them the history, and we tell them why the islands matter to us.\"",
            "The islands' role in the local economy has shrunk. The Etopirka, the ship that carried "
            "visa-free exchange groups from Nemuro to the islands, has been idle since Russia terminated the "
            "exchanges in 2022, and the city's exchange centre hosts exhibitions rather than delegations.",
            "Hokkaido as a whole expects a record 3.2 million foreign visitor arrivals in the current fiscal "
            "year, according to the prefectural government.",
        ],
    ),
    dict(
        id="b49-17", feed="lamplighter", published="2024-06-26T06:40:00Z",
        title="Rausu whale-watching boats win one-season pass to Kunashiri side of the strait",
        summary="Sightseeing boats from Rausu will be allowed to cross the median line in the Nemuro Strait "
                "and sail to within about three nautical miles of Kunashiri from July 1 to Sept. 30, under "
                "an arrangement confirmed by an exchange of notes.",
        label="new_development", group="g-rausu-trial",
        new_facts=["Russia allowed Rausu sightseeing (whale-watching) boats to cross the Nemuro Strait median "
                   "line and sail within about 3 nautical miles of Kunashir from July 1 to Sept 30, 2024 - this "
                   "season only, on a trial basis - under notes exchanged by the two governments."],
        must_mention=[["whale", "sightseeing", "tour boat"], ["kunashir", "median line"]],
        note="Second report of the trial season (first: b49-16, Japanese). A state that is neither on nor "
             "off: one season only, trial.",
        byline="By Mariko Sato",
        body=[
            "RAUSU - Sightseeing boats from this Shiretoko Peninsula town will be allowed to cross the median "
            "line in the Nemuro Strait and sail to within about three nautical miles of Kunashiri Island from "
            "July 1 until Sept. 30, government officials said on Tuesday, after Japan and Russia exchanged "
            "diplomatic notes on the arrangement.",
            "The permission covers this season only and is described by both sides as a trial. Eight boats run "
            "by three local operators are eligible. Each trip must be notified to Russia's border guard service "
            "at least 24 hours in advance, boats must keep their automatic identification system switched on, "
            "and passengers may not go ashore.",
            "The paperwork borrows the procedure of the 1998 agreement under which Japanese fishing boats "
            "operate in waters around the Russian-held islands. Japan's Foreign Ministry said the arrangement "
            "\"does not prejudice the legal positions of either side\" and that any extension beyond this "
            "season would be discussed separately.",
            "Until now Rausu's boats, which take visitors to see orcas and sperm whales, have kept to the "
            "Japanese side of the median line, where Russian patrol boats keep a close watch.",
            "\"The whales don't know where the line is. Now our guests can see Kunashiri's mountains and "
            "coastline up close,\" said Makoto Kimura, head of the Rausu tourism association.",
            "It is the first time Russia has allowed Japanese tourist boats into those waters. Moscow ended "
            "visa-free exchanges with the islands in 2022 after Japan joined sanctions over Ukraine.",
        ],
    ),
    dict(
        id="b49-19", feed="spindrift", published="2024-07-10T10:00:00Z",
        title="Japan protests South Korean maritime survey near disputed Takeshima islets",
        summary="Tokyo lodged a protest after a South Korean research vessel conducted a survey in waters "
                "near the islets Seoul controls and calls Dokdo.",
        label="off_topic",
        note="Look-alike: a different territorial dispute (Takeshima/Dokdo, Japan-South Korea).",
        byline="By Ken Morimoto",
        body=[
            "TOKYO, July 10 (Spindrift) - Japan lodged a protest with South Korea on Wednesday after a South "
            "Korean research ship carried out a survey in waters near a group of islets in the Sea of Japan "
            "that both countries claim, the Foreign Ministry said.",
            "The islets, called Takeshima by Japan and Dokdo by South Korea, are controlled by Seoul. Japan's "
            "coast guard spotted the vessel operating within what Tokyo regards as its exclusive economic zone "
            "without prior consent.",
            "\"In light of Japan's position on Takeshima, this is unacceptable and extremely regrettable,\" "
            "a ministry official said, adding that Tokyo had demanded the survey be stopped.",
            "South Korea's foreign ministry said the survey was a legitimate activity in its own waters and "
            "rejected the protest.",
            "The two neighbours have improved ties markedly since 2023, but the territorial issue regularly "
            "resurfaces, including in annual school textbook screenings and defence white papers.",
        ],
    ),
    dict(
        id="b49-21", feed="spindrift", published="2024-07-30T08:45:00Z",
        title="Hokkaido governor urges Moscow to let former islanders visit family graves",
        summary="Hokkaido's governor called on Russia to allow elderly former residents of the "
                "Russian-held islands to visit family graves, which have been off limits since 2022.",
        label="restatement",
        note="Request ('urged Moscow to allow'), not a move. Grave visits halted since Russia terminated "
             "the visa-free and simplified-visit agreements (seed 001).",
        byline="By Ken Morimoto",
        body=[
            "NEMURO, Japan, July 30 (Spindrift) - Hokkaido's governor on Tuesday urged Russia to allow elderly "
            "former residents of the Russian-held islands off Hokkaido to visit their family graves, saying "
            "time was running out for a generation whose average age is now over 88.",
            "\"We ask the Russian side, on humanitarian grounds, to let them go home, even if only once,\" "
            "the governor told a gathering of former islanders and their families in Nemuro, the city closest "
            "to the islands.",
            "Grave visits were carried out under the visa-free travel arrangements that Russia terminated in "
            "March 2022 in response to Japanese sanctions, along with the 1999 agreement that let former "
            "residents visit their birthplaces with simplified procedures. No visits have taken place since.",
            "Tokyo has repeatedly asked Moscow to restart the grave visits, calling them a humanitarian matter "
            "separate from politics. Russia has not responded publicly. A spokesman for the Russian "
            "consulate-general in Sapporo declined to comment.",
            "About 5,300 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, "
            "according to the Chishima Habomai Islands Residents League.",
        ],
    ),
    dict(
        id="b49-23", feed="lamplighter", published="2024-08-20T07:30:00Z",
        title="Letters: The ship we waited for; a summer on the strait",
        summary="Readers write about the exchange ship that no longer sails and the new boat trips "
                "along Kunashiri's coast.",
        label="restatement",
        note="Readers' letters; restate visa-free exchanges ended in 2022 (seed 001) and the Rausu trial "
             "season already reported (g-rausu-trial). No new fact.",
        byline="Letters to the editor",
        kicker="Letters",
        body=[
            "The ship we waited for",
            "Every August for twenty years I volunteered as an interpreter on the visa-free exchange trips. "
            "I remember a teacher in Yuzhno-Kurilsk who kept a jar of Nemuro candy on her desk for the children "
            "who learned Japanese words. Since Russia stopped the exchanges two years ago, I have no way to "
            "know whether she is well. Governments quarrel; people lose each other. I hope the Etopirka sails "
            "again while some of us can still climb the gangway. - Hiroko Ueda, Nemuro",
            "A summer on the strait",
            "Last week my grandson and I took one of the whale-watching boats from Rausu that are allowed "
            "closer to Kunashiri this summer. We saw orcas, and we saw the roofs of houses and a church on the "
            "island. My father fished those waters before the war. I was glad to go, but it was a strange "
            "feeling to need another country's permission to look at them. - Tadashi Nomura, Shibetsu",
            "Letters may be edited for length and clarity. Write to letters@hokkaido-lamplighter.jp.",
        ],
    ),
    dict(
        id="b49-24", feed="spindrift", published="2024-08-27T09:00:00Z",
        title="Japan widens Russia sanctions to third-country suppliers of drone parts",
        summary="Japan added 11 entities in China, Hong Kong and the UAE to its Russia sanctions list, "
                "accusing them of helping Moscow obtain drone and missile components.",
        label="off_topic",
        note="Japan-Russia news unrelated to the dispute: a general sanctions package over Ukraine.",
        byline="By Ken Morimoto",
        body=[
            "TOKYO, Aug 27 (Spindrift) - Japan on Tuesday froze the assets of 11 companies in China, Hong Kong "
            "and the United Arab Emirates that it says helped Russia obtain components for drones and missiles "
            "used in Ukraine, expanding its sanctions to more third-country suppliers.",
            "The measures, approved by the cabinet, also ban exports of certain machine tools and electronic "
            "parts to a further 24 Russian organisations, the government said.",
            "\"We will continue to work with the G7 to prevent the circumvention of sanctions,\" Japan's top "
            "government spokesman told a news conference.",
            "Russia's embassy in Tokyo said the new measures would \"further damage\" bilateral relations and "
            "warned of countermeasures, without giving details.",
            "Japan has imposed more than 20 rounds of sanctions on Russia since the invasion of Ukraine in "
            "February 2022.",
        ],
    ),
    dict(
        id="b49-28", feed="capemoor", published="2024-09-11T08:15:00Z",
        title="Japan and Russia hold first joint-activity talks since 2022 - on a single Kunashiri wind project",
        summary="Officials from both countries held online working-level talks on installing two "
                "Japanese wind turbines on Kunashiri, the first discussion under the joint economic "
                "activity framework since Russia walked out of it in 2022.",
        label="status_change", group="g-wind-talks",
        new_facts=["Japan and Russia held online working-level talks on Sept 9, 2024 on a Kushiro company's "
                   "project to install two wind turbines on Kunashir - the first talks under the joint "
                   "economic activity framework since Russia withdrew in March 2022; Russia said the talks "
                   "cover only this project."],
        must_mention=[["wind"], ["talks"]],
        note="Status change of the joint-economic-activity dialogue (seed 000: Russia withdrew). Neither "
             "fully on nor off: limited to one project. Second report (first: b49-27, Japanese).",
        byline="By Yuji Fukuda",
        body=[
            "TOKYO - Japanese and Russian officials have held their first talks on joint economic activity on "
            "the disputed islands since Moscow walked out of the framework in 2022, but the discussion was "
            "limited to a single project: two wind turbines for Kunashiri.",
            "The online meeting on Monday brought together Japan's Foreign Ministry and Cabinet Office, "
            "representatives of Higashi Fuden, a Kushiro-based renewable energy company, and officials from "
            "Russia's Foreign Ministry and the Sakhalin regional government, Japan's Foreign Ministry said "
            "on Tuesday.",
            "They discussed where to place the 250-kilowatt turbines near Yuzhno-Kurilsk, how to connect "
            "them to the island grid and how Japanese engineers could travel to the island. Wind power was one "
            "of five pilot projects Tokyo and Moscow picked in 2017 for joint activity on the islands under a "
            "\"special legal framework\" that would not prejudice either side's sovereignty claims.",
            "According to the Japanese side, Russian officials opened the meeting by saying the talks "
            "concerned \"this project only\" and did not amount to a resumption of the broader dialogue. "
            "No date was set for a second round.",
            "Russia announced in March 2022 that it was withdrawing from talks on joint economic activity, "
            "together with the peace treaty negotiations, in retaliation for Japanese sanctions.",
            "\"The door has opened a crack,\" Higashi Fuden president Tatsuya Yamaguchi said. \"Whether our "
            "engineers can get to the island is the next hurdle.\"",
        ],
    ),
    dict(
        id="b49-30", feed="lamplighter", published="2024-10-02T06:30:00Z",
        title="Rausu's season on the Kunashiri side ends with 212 trips; next year undecided",
        summary="The one-season arrangement that let Rausu tour boats sail closer to Kunashiri has ended. "
                "Operators want it back; neither government has said whether it will be.",
        label="new_development", group="g-rausu-trial",
        new_facts=["(follow-up) The one-season trial ended Sept 30 with 212 trips; no decision on 2025."],
        must_mention=[["whale", "tour boat", "sightseeing"], ["kunashir"]],
        note="Follow-up in the group with no new status: season results and 'undecided' for next year. "
             "A second alert here would be a repeat.",
        byline="By Mariko Sato",
        body=[
            "RAUSU - The three tour operators allowed this summer to sail their whale-watching boats across "
            "the median line towards Kunashiri made 212 trips carrying about 3,900 passengers before the "
            "trial arrangement expired on Sept. 30, the Rausu tourism association said on Tuesday.",
            "Operators said bookings for the Kunashiri-side trips ran about 30 percent above their usual "
            "cruises, with many passengers coming from Sapporo and abroad.",
            "There were no incidents with Russian patrol boats, the association said, although boats were "
            "twice asked by radio to confirm their notified routes.",
            "The arrangement, confirmed by an exchange of notes in June, applied to this season only. A "
            "Foreign Ministry official in Tokyo said on Tuesday that there had been no discussion yet with "
            "Russia about next year.",
            "\"We want it back, of course, and we will ask the government to work for that,\" association "
            "head Makoto Kimura said. \"But we know it is not up to us.\"",
        ],
    ),
    dict(
        id="b49-32", feed="spindrift", published="2024-10-18T10:30:00Z",
        title="ANALYSIS: 68 years on, the 1956 declaration still frames a dispute nobody is negotiating",
        summary="The Soviet-Japanese declaration signed on Oct. 19, 1956 promised Shikotan and the Habomai "
                "islands to Japan after a peace treaty. Talks on that treaty have been frozen since 2022.",
        label="restatement",
        note="Anniversary/background piece: 1956 declaration, talks suspended since 2022 (seeds 000, 004). "
             "No new fact.",
        byline="By Martin Hale",
        kicker="Analysis",
        body=[
            "LONDON, Oct 18 (Spindrift) - Sixty-eight years ago this Saturday, Soviet and Japanese leaders "
            "signed a joint declaration in Moscow ending the state of war between the two countries and "
            "restoring diplomatic relations. It also contained a promise that still defines the dispute over "
            "the islands north-east of Hokkaido: the Soviet Union would hand over Shikotan and the Habomai "
            "islands after a peace treaty was concluded.",
            "No such treaty was ever signed. Japan claims all four southern islands of the chain, including "
            "the much larger Etorofu and Kunashiri. Russia says the islands became Soviet territory legitimately "
            "as a result of World War Two and that its sovereignty is not open to question.",
            "In 2018 the two leaders agreed to accelerate negotiations \"on the basis of\" the 1956 document, "
            "raising expectations in Japan of a two-island compromise. Those hopes faded, and in March 2022, "
            "after Tokyo joined Western sanctions over Ukraine, Moscow said it would no longer negotiate a "
            "peace treaty with a country pursuing an \"openly unfriendly\" policy.",
            "Russian officials have repeated since that a resumption is impossible under present conditions. "
            "Japanese governments have said they remain committed to resolving the territorial issue and "
            "concluding a treaty.",
            "\"The anniversary is a reminder that the legal framework is still there, even if the politics "
            "are not,\" said Noriko Ise, a Russia specialist at a Tokyo university.",
        ],
    ),
    dict(
        id="b49-34", feed="spindrift", published="2024-10-30T11:00:00Z",
        title="Chinese state builder wins contract for harbour on Russian-held Shikotan; Tokyo protests",
        summary="A Chinese state-owned construction company has won a 4.6 billion rouble contract to build "
                "a breakwater and berth on Shikotan. Japan protested to Russia and conveyed concern to China.",
        label="new_development", group="g-port-contract",
        new_facts=["Chinese state-owned Zhonghai Jiangang Engineering won the 4.6 bn rouble contract to build "
                   "a breakwater and berth at Malokurilskoye bay on Shikotan (completion due 2027); Japan "
                   "protested to Russia and conveyed concern to China."],
        must_mention=[["chinese"], ["shikotan", "breakwater"]],
        note="Second report of the contract award (first: b49-33, Russian); adds Japan's protest.",
        byline="By Ken Morimoto and Daria Volkova",
        body=[
            "TOKYO, Oct 30 (Spindrift) - A Chinese state-owned construction company has won a contract to "
            "build a breakwater and a berth on Shikotan, one of the Russian-held islands claimed by Japan, "
            "prompting Tokyo to protest to Moscow and voice concern to Beijing.",
            "Zhonghai Jiangang Engineering was awarded the 4.6 billion rouble ($47 million) contract after a "
            "repeat tender, the Sakhalin regional government's procurement records show. The company was the "
            "only bidder. Work on the 410-metre breakwater in Malokurilskoye bay is due to begin next spring "
            "and be completed by the end of 2027.",
            "It is the first time a Chinese company is known to have won a Russian state contract for "
            "infrastructure on the disputed islands, which Japan calls the Northern Territories.",
            "Japan's Foreign Ministry said it had lodged a protest with the Russian embassy and told the "
            "Chinese government that involvement by third-country companies in such projects was "
            "\"incompatible with Japan's position\".",
            "Asked about the contract, a Chinese foreign ministry spokesperson said it was \"normal economic "
            "cooperation between Chinese and Russian companies\" and should not be politicised.",
            "Moscow has been inviting investors from countries it considers friendly to the islands with tax "
            "breaks since breaking off peace treaty talks with Tokyo in 2022.",
            "(Reporting by Ken Morimoto in Tokyo and Daria Volkova; Editing by Martin Hale)",
        ],
    ),
    dict(
        id="b49-36", feed="capemoor", published="2024-11-18T09:20:00Z",
        title="COLUMN: The Kurils' new money speaks Mandarin, and Tokyo can only watch",
        summary="A Chinese contract on Shikotan shows how the economics of the disputed islands have moved "
                "on without Japan, writes our Asia columnist.",
        label="restatement",
        note="Opinion column about the already reported port contract (g-port-contract) and known facts "
             "(talks and joint activity ended 2022, seed 000). No new fact.",
        byline="Andrew Pell",
        kicker="Column",
        body=[
            "For three decades, Japan's strategy on the islands it calls the Northern Territories rested on a "
            "simple bet: that economic ties would soften Moscow's position. Visa-free exchanges, humanitarian "
            "aid, power plants built with Japanese money and, after 2016, a plan for joint economic activity "
            "were all meant to make Japan indispensable to the people who live there.",
            "The bet has been lost, at least for now. Since 2022 Moscow has walked away from the treaty talks "
            "and the joint projects, and the islands are being rebuilt with Russian federal money and, "
            "increasingly, with partners from elsewhere. Last month's award of a harbour contract on Shikotan "
            "to a Chinese state builder is a small deal by Chinese standards. Its symbolism is not small.",
            "Tokyo's tools are limited. It can protest, as it did. It can ask Beijing to be sensible, which "
            "Beijing will politely ignore. It could go further and sanction companies that take part, but "
            "that risks a row with China over a breakwater.",
            "The more honest conclusion is that Japan's leverage over the islands' economy was always a "
            "function of Russian consent. When Moscow withdrew that consent, the leverage went with it.",
            "None of this changes the legal dispute. It does change what any future negotiation would be "
            "about: not whether Japan can offer the islanders a better life, but whether it can offer Moscow "
            "anything at all.",
            "Andrew Pell writes about Asian politics and markets.",
        ],
    ),
    dict(
        id="b49-39", feed="lamplighter", published="2024-12-17T06:10:00Z",
        title="Nemuro elects former fisheries official as mayor on promise of 'patient dialogue'",
        summary="Kenji Takamura, a former head of the city's fisheries department, won Sunday's mayoral "
                "election. He says Nemuro must keep the door open to island residents while backing Tokyo's "
                "position.",
        label="neutral",
        note="Borderline: local politics in the border city; the new mayor restates known positions "
             "(wants exchanges restored, seed 001). Not scored.",
        byline="By Mariko Sato",
        body=[
            "NEMURO - Kenji Takamura, a former head of Nemuro's fisheries department, was elected mayor on "
            "Sunday, defeating a city councillor in a race triggered by the resignation of his predecessor for "
            "health reasons. Turnout was 51.2 percent, a record low.",
            "Takamura, 61, won 7,412 votes against 5,986 for his rival, according to the city election board.",
            "He campaigned on support for the fishing industry, which has been hit by poor saury catches, and "
            "on what he called \"patient dialogue\" with the Russian-held islands. \"Our city's role is to keep "
            "a door open to the people on the islands, so that when exchanges resume we are ready,\" he told "
            "supporters. He said he would back the government's position on the territorial issue.",
            "Russia ended visa-free exchanges and simplified visits by former islanders in 2022. Takamura said "
            "he would ask Tokyo to press for the resumption of grave visits as a first step.",
            "He takes office on Dec. 21.",
        ],
    ),
    dict(
        id="b49-41", feed="spindrift", published="2025-01-28T09:40:00Z",
        title="Japan shelves Kunashiri wind talks, saying turbines would breach its own Russia export ban",
        summary="Tokyo has told Moscow it is putting on hold working-level talks on installing Japanese wind "
                "turbines on Kunashiri, after its trade ministry ruled the equipment falls under Japan's "
                "export ban on Russia.",
        label="status_change", group="g-wind-hold",
        new_facts=["Japan told Russia on Jan 28, 2025 it is putting the Kunashir wind-turbine talks (the only "
                   "joint-economic-activity talks since 2022) on hold; METI ruled the turbines and controls "
                   "fall under Japan's export ban; the February round was postponed indefinitely."],
        must_mention=[["wind"], ["on hold", "shelve", "postpone"]],
        note="Status change back toward off for the joint-economic-activity talks (resumed for one project "
             "in g-wind-talks). First report.",
        byline="By Ken Morimoto",
        body=[
            "TOKYO, Jan 28 (Spindrift) - Japan has put on hold its talks with Russia on installing Japanese "
            "wind turbines on the disputed island of Kunashiri, after its trade ministry concluded that "
            "shipping the equipment would breach Japan's own export ban on Russia, government sources said "
            "on Tuesday.",
            "The working-level talks, which began online in September, were the only discussions the two "
            "countries had held under their framework for joint economic activity on the islands since Moscow "
            "walked out of it in 2022.",
            "Tokyo informed the Russian side on Tuesday that a second round planned for February had been "
            "postponed and that the talks would be suspended \"for the time being\", two sources with direct "
            "knowledge of the matter said. No date was given for a resumption.",
            "The trade ministry ruled that the turbines' generators and control units are among goods Japan "
            "banned from export to Russia after the invasion of Ukraine. \"We cannot pursue a project that "
            "could be seen as a loophole in our sanctions,\" one of the sources said.",
            "Higashi Fuden, the Kushiro company behind the project, said it would follow the government's "
            "decision. Russia's Foreign Ministry did not immediately respond to a request for comment.",
        ],
    ),
    dict(
        id="b49-44", feed="lamplighter", published="2025-02-07T07:20:00Z",
        title="Northern Territories Day in Nemuro: fewer marchers, the same demand",
        summary="About 600 people marched through central Nemuro on the national day for the return of the "
                "islands, calling for the resumption of grave visits.",
        label="restatement",
        note="Occasion piece (Feb 7 rally); restates Japan's claim and the 2022 suspensions (seeds 000/001). "
             "No new fact.",
        byline="By Mariko Sato",
        body=[
            "NEMURO - About 600 people walked through central Nemuro on Friday carrying banners demanding the "
            "return of the four Russian-held islands, as the city marked the national Northern Territories "
            "Day. Organisers said the turnout was the lowest in more than a decade, reflecting the ageing of "
            "former islanders and their supporters.",
            "At a rally in Tokyo, the prime minister repeated that the government's policy of resolving the "
            "territorial issue and concluding a peace treaty with Russia had not changed, while acknowledging "
            "that relations were in \"a severe situation\".",
            "In Nemuro, speakers focused on grave visits, which have not taken place since Russia terminated "
            "the visa-free travel arrangements in 2022. \"We are not asking for the islands tomorrow. We are "
            "asking to be allowed to pray for our parents,\" said Sachiko Hirose, 86, who was born on Etorofu.",
            "Feb. 7 marks the anniversary of the 1855 Treaty of Shimoda, which drew the first border between "
            "Japan and Russia north of Etorofu.",
        ],
    ),
    dict(
        id="b49-48", feed="capemoor", published="2025-03-05T08:00:00Z",
        title="Tokyo grants one-season sanctions waiver so Hokkaido kelp crews can pay Russia",
        summary="Japan's Finance Ministry has licensed a single payment of fishing fees to a sanctioned "
                "Russian bank so that Nemuro kelp boats can work near Kaigara island this summer.",
        label="new_development", group="g-kelp-fee",
        new_facts=["Japan's Finance Ministry licensed, as a one-time exception valid for the 2025 season only, "
                   "the transfer of about 90 million yen in kelp-fishing fees to a sanctioned Russian bank so "
                   "that Hokkaido boats can harvest kelp near Kaigara island."],
        must_mention=[["waiver", "exemption", "exception", "licen"], ["kelp", "fee"]],
        note="Second report (first: b49-47, Japanese). Neither on nor off: a sanctions exception for one "
             "season's payment.",
        byline="By Yuji Fukuda",
        body=[
            "TOKYO - Japan has granted a one-off exemption from its Russia sanctions so that fishermen from "
            "Nemuro can pay the fees Russia charges for harvesting kelp around a Russian-controlled islet "
            "off Hokkaido, the Finance Ministry said.",
            "The licence, issued under the Foreign Exchange and Foreign Trade Act, allows the Fisheries "
            "Association of Hokkaido to transfer about 90 million yen to an account at a Russian bank that "
            "Japan added to its asset-freeze list in December. It covers the 2025 season only. The ministry "
            "called it \"an exceptional measure to protect fishermen's livelihoods\" and said any future "
            "payments would be decided separately.",
            "Boats from Nemuro have harvested kelp around Kaigara island, the closest of the Habomai islets "
            "to Cape Nosappu, under a private agreement with the Russian side since 1981. The fees are set "
            "each year in talks held in May; without a way to pay them, the June season was in doubt.",
            "\"It keeps us alive for one more year,\" said the head of the Habomai fisheries cooperative. "
            "\"Nobody can tell us about next year.\"",
            "Kelp from the Habomai area is one of Nemuro's signature products, sold mainly for soup stock.",
        ],
    ),
    dict(
        id="b49-50", feed="spindrift", published="2025-03-26T10:15:00Z",
        title="Japan freezes assets of Chinese builder working on Russian-held Shikotan",
        summary="Japan has added the Chinese state company building a breakwater on Shikotan to its "
                "sanctions list, the first time it has targeted a third-country firm over activity on "
                "the disputed islands.",
        label="new_development", group="g-sanction-builder",
        new_facts=["On March 25, 2025 Japan added Zhonghai Jiangang Engineering, the Chinese builder of the "
                   "Shikotan breakwater, to its asset-freeze list - the first Japanese sanction on a "
                   "third-country company over activity on the disputed islands."],
        must_mention=[["freez", "sanction"], ["chinese", "zhonghai"]],
        note="Second report (first: b49-49, Japanese).",
        byline="By Ken Morimoto",
        body=[
            "TOKYO, March 26 (Spindrift) - Japan has frozen the assets of a Chinese state-owned construction "
            "company that is building a harbour on Shikotan, one of the Russian-held islands Tokyo claims, "
            "in the first sanctions it has imposed on a third-country firm over activity on the disputed "
            "islands.",
            "Zhonghai Jiangang Engineering was among 13 entities and individuals added to Japan's Russia "
            "sanctions list by the cabinet on Tuesday. The others were accused of supplying Russia's military "
            "industry.",
            "\"The company's activities contribute to strengthening Russia's effective control over the "
            "Northern Territories and are incompatible with Japan's position,\" the government's top "
            "spokesman said.",
            "The firm won a 4.6 billion rouble contract last October to build a breakwater and berth in "
            "Malokurilskoye bay. It has no office in Japan, and officials acknowledged the practical effect "
            "would be limited, but said the move was meant to deter other foreign investors.",
            "China's embassy in Tokyo said it \"firmly opposes\" the measure.",
        ],
    ),
    dict(
        id="b49-52", feed="lamplighter", published="2025-04-15T06:45:00Z",
        title="Rishiri and Rebun ferry fares to rise 12% as fuel and crew costs bite",
        summary="The operator of the ferries serving Hokkaido's northern islands of Rishiri and Rebun will "
                "raise fares from June, the second increase in three years.",
        label="off_topic",
        note="Look-alike: other Hokkaido islands (Rishiri, Rebun), ferries and island daily life, nothing "
             "to do with the disputed islands.",
        byline="By Mariko Sato",
        body=[
            "WAKKANAI - Ferry fares between Wakkanai and the islands of Rishiri and Rebun will rise by about "
            "12 percent from June 1, the operator said on Monday, citing higher fuel prices and the cost of "
            "keeping enough crew.",
            "A second-class one-way ticket from Wakkanai to Oshidomari on Rishiri will cost 3,090 yen, up "
            "from 2,760 yen. Car fares will rise by a similar proportion. It is the second increase in "
            "three years.",
            "The islands, which together have fewer than 7,000 residents, depend on the ferries for almost "
            "everything, from school trips to hospital visits. Island mayors said they would ask the national "
            "government for more support under the remote islands law.",
            "\"Tourists will grumble, but for residents it is a tax on daily life,\" said a Rebun town "
            "official.",
            "Passenger numbers on the routes recovered to about 85 percent of pre-pandemic levels last year.",
        ],
    ),
    dict(
        id="b49-55", feed="spindrift", published="2025-05-20T09:30:00Z",
        title="Russian envoy rules out treaty talks, says Tokyo 'knows what it must do'",
        summary="Russia's ambassador to Japan said there was no prospect of resuming peace treaty talks "
                "while Japan maintains sanctions and deepens military ties with the United States.",
        label="restatement",
        note="New speaker (ambassador) restating seeds 001/004: talks impossible, condition is Tokyo "
             "dropping hostile policy. Negated move ('no prospect of resuming').",
        byline="By Daria Volkova",
        body=[
            "MOSCOW, May 20 (Spindrift) - Russia's ambassador to Japan said on Tuesday there was no prospect "
            "of resuming peace treaty negotiations with Tokyo as long as it kept sanctions on Moscow and "
            "expanded military cooperation with the United States near Russia's Far Eastern borders.",
            "\"The Japanese side knows what it must do: abandon its hostile course. Until then there is "
            "simply nothing to discuss,\" the ambassador said in an interview with a Russian state "
            "television channel.",
            "He said Russia's sovereignty over the Southern Kurils, which Japan claims as its Northern "
            "Territories, was \"enshrined in international documents\" and not a subject for negotiation, "
            "and repeated Moscow's concern that US forces could be deployed on the islands if they were "
            "ever handed over.",
            "Russia suspended the treaty talks in March 2022, citing Japan's sanctions over Ukraine, and "
            "has since repeatedly said their resumption is impossible. Tokyo says it remains committed to "
            "resolving the territorial issue and signing a treaty.",
        ],
    ),
    dict(
        id="b49-58", feed="lamplighter", published="2025-05-28T07:15:00Z",
        title="Russia closes Kunashiri side of the strait to Rausu tour boats this summer",
        summary="Russia has told Japan it will not renew last year's one-season arrangement that let "
                "Rausu whale-watching boats sail near Kunashiri.",
        label="new_development", group="g-rausu-ended",
        new_facts=["Russia notified Japan (note of May 26, 2025) that it will not renew the arrangement letting "
                   "Rausu tour boats sail on the Kunashir side of the Nemuro Strait; the 2025 season is not "
                   "allowed."],
        must_mention=[["tour boat", "whale", "sightseeing"], ["not renew", "refus", "will not", "won't"]],
        note="Third report (first: b49-56, Russian). Move toward off for the trial arrangement.",
        byline="By Mariko Sato",
        body=[
            "RAUSU - Whale-watching boats from Rausu will have to stay on the Japanese side of the Nemuro "
            "Strait this summer after Russia said it would not renew last year's trial arrangement that let "
            "them sail to within three nautical miles of Kunashiri.",
            "Russia informed Japan of its decision in a diplomatic note on Monday, the Foreign Ministry said. "
            "Russian officials cited what they called repeated breaches of the notification rules last season "
            "and Japan's \"unfriendly steps\", including its sanctions on a Chinese company building a harbour "
            "on Shikotan.",
            "Tokyo called the decision \"regrettable\" and rejected the claim of breaches, saying all trips "
            "had been notified in advance.",
            "Operators in Rausu had taken provisional bookings for Kunashiri-side cruises. \"We will offer "
            "refunds or the usual tour,\" said tourism association head Makoto Kimura. \"Last summer showed "
            "what was possible. This summer shows how fragile it was.\"",
        ],
    ),
]
