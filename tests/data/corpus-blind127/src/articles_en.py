"""English articles of the blind127 world (25)."""

ARTICLES = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b127-01", feed="greystoke-en", published="2024-02-14T07:40:00Z",
        section="Policy", author="Natalya Berg", tags=["Russia", "Kuril Islands", "Tax incentives"],
        title="Sakhalin pitches Kuril tax breaks to 'friendly' investors, says Tokyo must change course first",
        summary="At an investment session in Moscow, Sakhalin's economy minister said Japanese companies could "
                "come back to the Kuril Islands only on Russian terms, and repeated that peace treaty talks "
                "are impossible while Japan keeps its sanctions.",
        label="restatement",
        note="Restates seeds 000/001/004: Russia refused to continue peace treaty talks over sanctions and "
             "withdrew from the joint economic activity dialogue (Mar 2022); Rudenko (Feb 2024) 'categorically "
             "impossible'. The Kuril tax regime is pre-2024 background. Conditional invitation to Japanese firms; "
             "no investor, agreement or decision announced.",
        body=[
            "Sakhalin region used an investment session in Moscow on Tuesday to court Asian capital for the Kuril "
            "Islands, promoting the tax regime that has applied there since January 2023 to companies from what "
            "Moscow calls friendly countries.",
            "Residents of the regime pay no profit, property, land or transport tax for 20 years and a reduced rate "
            "of social contributions, regional economic development minister Andrei Bakhtin told an audience of "
            "bankers and trade representatives from China, India, the Gulf and Southeast Asia. The minimum "
            "investment is modest, he said, and fish processing, tourism and construction materials are the "
            "obvious candidates.",
            "Asked whether Japanese companies, which took part in talks on joint projects on the southern islands "
            "until 2022, could sign up, Bakhtin said the door was not formally closed.",
            "> \"Japanese business left of its own accord, following a political decision in Tokyo. If a Japanese "
            "company is ready to work under Russian law, on Russian territory, it can apply like anyone else. But we "
            "are not going to invent special formats for it.\"",
            "He added that talks on a peace treaty were 'not on the agenda' as long as Japan maintained its "
            "sanctions, echoing the position the Russian foreign ministry set out in March 2022, when Moscow said it "
            "would not continue negotiations with a state taking 'openly unfriendly positions' and withdrew from the "
            "dialogue on joint economic activity on the islands. Deputy foreign minister Andrei Rudenko said last "
            "week that resuming the talks was 'categorically impossible' in the current situation.",
            "Japan claims the four southernmost islands of the chain - Iturup, Kunashir, Shikotan and the Habomai "
            "islets - and regards investment made there under Russian jurisdiction as incompatible with its legal "
            "position. Tokyo has repeatedly asked third countries not to take part.",
            "Bankers at the session said the regime's benefits were real but the logistics were not: the islands "
            "depend on a handful of ships and flights from Sakhalin, and weather closes ports and airfields for days "
            "at a time. 'The tax sheet is attractive. The berth is the problem,' said one Moscow-based adviser to "
            "Asian investors, who asked not to be named.",
            "Bakhtin did not announce any new investors or agreements at the session.",
        ],
    ),
    # ------------------------------------------------------------------ 04
    dict(
        id="b127-04", feed="tessera-en", published="2024-03-21T09:00:00Z",
        section="Asia", author="Kenta Morikawa", dateline="TOKYO",
        title="Two years after Moscow walked out, Russia-Japan peace treaty track shows no sign of life",
        summary="Two years after Russia said it would not continue peace treaty negotiations with Japan over "
                "sanctions, neither side sees a way back to the table, and the visa-free trips and joint projects "
                "Moscow cancelled remain suspended.",
        label="restatement",
        note="Anniversary/background piece: restates seeds (21 Mar 2022 refusal to continue talks, end of visa-free "
             "trips, exit from the JEA dialogue, BSEC block; Rudenko Feb 2024; Kishida's commitment; 1956 "
             "declaration; 2018 acceleration). No new fact.",
        body=[
            "Two years to the day after Russia announced it would not continue negotiations on a peace treaty with "
            "Japan, officials on both sides describe the process as frozen, with no contacts on the substance and no "
            "prospect of any in the foreseeable future.",
            "On March 21, 2022, weeks after Japan joined Western sanctions over the invasion of Ukraine, Russia's "
            "foreign ministry said it was impossible to discuss 'a fundamental document on bilateral relations' with "
            "a state taking openly unfriendly positions. In the same statement Moscow ended visa-free trips by "
            "Japanese citizens to the southern Kuril Islands, withdrew from the dialogue on joint economic activity "
            "there and blocked the extension of Japan's status as a sectoral dialogue partner of the Black Sea "
            "Economic Cooperation organisation.",
            "Nothing in that list has been reversed. Last month deputy foreign minister Andrei Rudenko told TASS "
            "that resuming dialogue on the treaty was 'categorically impossible' and that the key condition for "
            "normalising ties was Tokyo abandoning what he called its hostile policy, not 'ephemeral signals'.",
            "Prime Minister Fumio Kishida has said Japan remains committed to resolving the territorial issue and "
            "concluding a treaty, a formula Tokyo has used for decades. Officials in Tokyo privately say there is "
            "nothing to negotiate for now.",
            "## Why it matters",
            "The two countries never signed a peace treaty after World War Two. The 1956 Joint Declaration ended the "
            "state of war and restored diplomatic relations, but the dispute over Iturup, Kunashir, Shikotan and the "
            "Habomai islets - the Northern Territories to Japan, the Southern Kurils to Russia - has blocked a final "
            "settlement. In 2018 the leaders agreed to accelerate talks on the basis of the 1956 declaration; that "
            "momentum faded well before 2022.",
            "For former Japanese residents of the islands, now mostly in their late eighties, the most tangible loss "
            "has been the end of visa-free visits, including trips to family graves. 'Every year without visits is a "
            "year some people will never get back,' said a Nemuro-based representative of a former islanders' group.",
            "Analysts see no quick change. 'Moscow has tied the treaty to sanctions, and Tokyo has tied sanctions to "
            "Ukraine. Neither link is going to break soon,' said Sergei Volin, who follows Japan at a Moscow think "
            "tank.",
        ],
        credit="Reporting by Kenta Morikawa; additional reporting by Anna Grekova in Moscow; Editing by the Asia desk",
    ),
    # ------------------------------------------------------------------ 05
    dict(
        id="b127-05", feed="hullspeed-en", published="2024-04-03T05:20:00Z",
        section="Ports", author="Hullspeed staff", tags=["PSC", "Busan", "Reefers"],
        title="Busan PSC detains Russian reefer Kurilskaya Gryada over lifesaving gear",
        summary="The 1989-built refrigerated cargo ship was held for two days in Busan under the Tokyo MOU before "
                "defects with its lifeboat release gear and fire dampers were rectified.",
        label="off_topic",
        note="Look-alike: a ship named after the Kuril chain; routine port state control in Busan. Nothing about "
             "the islands, the dispute or the peace treaty.",
        body=[
            "Port state control officers in Busan detained the Russian-flagged reefer Kurilskaya Gryada on March 29 "
            "after an inspection found eight deficiencies, two of them grounds for detention, according to the Tokyo "
            "MOU database.",
            "The detainable items concerned the on-load release gear of the port lifeboat and inoperative fire "
            "dampers in the engine room ventilation. Other deficiencies related to nautical publications, oil record "
            "book entries and crew familiarisation drills.",
            "The 5,100 dwt ship, built in 1989 and named after the Kuril chain, carries frozen fish between ports of "
            "the Russian Far East and South Korea. It had discharged a cargo of frozen pollock and was waiting to "
            "load when inspectors boarded. The vessel was released on March 31 after repairs were verified.",
            "Russian-flagged tonnage has seen an above-average detention rate in the Tokyo MOU region over the past "
            "two years, a trend inspectors attribute partly to ageing fleets and difficulty sourcing spare parts and "
            "class services under sanctions. Several leading classification societies withdrew from Russia in 2022, "
            "leaving many ships with the Russian Maritime Register of Shipping.",
            "Busan remains the main foreign port of call for the Russian Far East reefer fleet, which transships "
            "much of its catch through South Korean cold stores.",
            "The owner, a Nakhodka-based operator, did not respond to a request for comment.",
        ],
    ),
    # ------------------------------------------------------------------ 07  b127-g1 first
    dict(
        id="b127-07", feed="hullspeed-en", published="2024-05-18T10:05:00Z",
        section="Offshore & cables", author="Lena Ostrova",
        tags=["Subsea cables", "Sakhalin", "Kuril Islands", "China"],
        title="Chinese firm to lay second subsea fibre line to the Kuril Islands",
        summary="Fujian Haiyi Subsea Cable has signed a 9.4-billion-rouble contract with Sakhalin region for an "
                "830-km fibre-optic line to Iturup, Kunashir and Shikotan, with laying scheduled for the 2025 season.",
        label="new_development", group="b127-g1",
        new_facts=["Sakhalin region signed a 9.4bn-rouble contract (Harbin, 17 May 2024) with China's Fujian Haiyi "
                   "Subsea Cable for a second ~830-km subsea fibre line Korsakov-Iturup-Kunashir-Shikotan, to be "
                   "laid in 2025 and commissioned in Dec 2025"],
        must_mention=[["cable", "fibre", "fiber"], ["chin", "haiyi"]],
        note="New (first report of b127-g1): first Chinese contractor for telecom infrastructure on the islands. Not in "
             "the seeds; seeds only give Japan's claim to Iturup, Kunashir, Shikotan, Habomai. The Feb 2024 piece "
             "b127-02 was only a plan.",
        comments=[("cablewatcher", "Haiyi 19 is a converted barge-type layer as far as I know. Okhotsk in September "
                                   "is going to be interesting."),
                  ("nk_telecom", "Second route was overdue. The 2019 system has had at least two faults already.")],
        body=[
            "Sakhalin region has hired a Chinese contractor to build a second submarine fibre-optic line to the "
            "southern Kuril Islands, the first time a Chinese company has been engaged for telecoms infrastructure "
            "on the islands that Japan claims.",
            "The 9.4 billion rouble (about $103 million) contract with Fujian Haiyi Subsea Cable Co. was signed on "
            "May 17 on the sidelines of the China-Russia Expo in Harbin by Sakhalin's minister for digital "
            "development, Yevgeny Korotkov, and Haiyi's vice-president for international business, Lin Zhaohui, "
            "according to a statement from the regional government.",
            "The line will run about 830 km from Korsakov in the south of Sakhalin to Kurilsk on Iturup, then to "
            "Yuzhno-Kurilsk on Kunashir and Malokurilskoye on Shikotan. It is designed as a second, independent "
            "route alongside the Sakhalin-Kurils line commissioned in 2019, which today carries nearly all of the "
            "islands' internet and mobile backhaul.",
            "Haiyi will supply the repeatered cable, do the marine survey and carry out the lay with its own vessel, "
            "the Haiyi 19, in the summer of 2025. Commissioning is planned for December 2025. The contract is "
            "financed from the regional budget.",
            "> \"One cable for three islands is a single point of failure. Storms, ice and anchors do not care about "
            "our plans,\" Korotkov said in the statement.",
            "Haiyi, based in Fuzhou, has built short-haul subsea links in the South China Sea and the Gulf of "
            "Thailand but has not previously worked in Russia. The company said the project would use 'mature, "
            "proven' technology and that it was 'a purely commercial undertaking'.",
            "## Sensitive location",
            "The deal puts a Chinese supplier into infrastructure on Iturup, Kunashir and Shikotan, three of the four "
            "islands Japan calls its Northern Territories. Tokyo has consistently objected to third-country "
            "involvement in economic projects there, arguing that they presuppose Russian jurisdiction. Japan's "
            "foreign ministry had no immediate comment.",
            "Industry sources said the 2025 laying window is tight: the Sea of Okhotsk approaches to Iturup are "
            "ice-affected into spring and fogbound in summer, and only a handful of cable ships in the region can "
            "handle a repeatered system of this length.",
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b127-10", feed="greystoke-en", published="2024-06-11T12:30:00Z",
        section="Energy", author="Tom Aldwych", tags=["LNG", "Sakhalin-2", "Japan", "Russia"],
        title="Japanese buyers keep Sakhalin-2 LNG cargoes as Tokyo weighs energy security",
        summary="JERA, Tokyo Gas and Hiroshima Gas will keep lifting contracted volumes from the Russian project "
                "for the coming year, and Mitsui and Mitsubishi are keeping their stakes, despite pressure from "
                "Western partners.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia energy business on Sakhalin island; nothing on the Kurils or the "
             "peace treaty.",
        body=[
            "Japanese utilities will keep lifting liquefied natural gas from Russia's Sakhalin-2 project through the "
            "next contract year, three people familiar with the purchasing plans said, underscoring how far Tokyo's "
            "energy security calculations diverge from its sanctions policy elsewhere.",
            "Sakhalin-2, on the island north of Hokkaido, supplied around 9% of Japan's LNG imports last year. JERA, "
            "Japan's largest power generator, Tokyo Gas and Hiroshima Gas hold long-term contracts with the project, "
            "which was taken over by a new Russian operator in 2022 after Shell walked away. Mitsui & Co and "
            "Mitsubishi Corp kept their 12.5% and 10% stakes in the new entity with the government's blessing.",
            "'Sakhalin gas is three days' sailing from our terminals. Replacing it on the spot market would cost "
            "more and make us more exposed, not less,' an executive at one of the buyers said.",
            "The government has said it will maintain the stakes because the project is 'extremely important' for "
            "stable supply, while reducing dependence on Russian energy over time. Washington has so far granted "
            "waivers covering transactions related to Sakhalin oil shipments to Japan.",
            "Analysts at a Tokyo brokerage estimate that the Japanese partners received dividends from the project "
            "again this year, although transfers remain complicated by restrictions on payments to Russia.",
            "The decision does not affect the separate Sakhalin-1 oil and gas project, in which a Japanese "
            "consortium holds 30%.",
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b127-12", feed="ferroline-en", published="2024-08-20T08:15:00Z",
        section="Transport", author="Ferroline desk",
        title="Manila awards Pag-asa Island port and runway upgrade despite Chinese objections",
        summary="The Philippine transport department has awarded a 1.1-billion-peso contract to extend the "
                "sheltered port and lengthen the runway on Pag-asa, its largest outpost in the disputed Spratly "
                "Islands.",
        label="off_topic",
        note="Look-alike: another island dispute (Spratlys) with port and runway investment; not Russia-Japan.",
        tracker=[("Project", "Pag-asa (Thitu) Island port & runway upgrade"),
                 ("Owner", "Department of Transportation, Philippines"), ("Value", "PHP 1.1 billion"),
                 ("Status", "Contract awarded"), ("Completion", "2026 (target)")],
        body=[
            "The Philippines has awarded a contract worth 1.1 billion pesos to upgrade the sheltered port and extend "
            "the airstrip on Pag-asa Island, the largest feature it occupies in the Spratlys, the transport "
            "department said on Monday.",
            "The works include a 180-metre extension of the breakwater, a roll-on/roll-off ramp for supply vessels "
            "and the lengthening of the 1.3-km runway, which today limits the island to turboprops. A joint venture "
            "of two Manila contractors won the tender.",
            "The island, known as Thitu internationally and Zhongye Dao in China, lies about 25 km from Subi Reef, "
            "which China has turned into an artificial island with a 3-km runway. Beijing considers the Spratlys its "
            "territory and has objected to Philippine construction on Pag-asa in the past; Chinese coast guard and "
            "maritime militia vessels regularly operate near the island.",
            "The Chinese embassy in Manila said any construction on the island 'infringes China's sovereignty' and "
            "urged the Philippines to 'stop actions that complicate the situation'. Manila said the works were for "
            "the welfare of the roughly 250 civilian residents and the security of the territory.",
            "Vietnam, Malaysia, Brunei and Taiwan also claim all or part of the Spratly chain. A 2016 arbitration "
            "ruling found China's expansive claims had no legal basis; Beijing rejects the ruling.",
            "Completion is targeted for 2026, weather and supply runs permitting.",
        ],
    ),
    # ------------------------------------------------------------------ 13
    dict(
        id="b127-13", feed="tessera-en", published="2024-09-05T11:00:00Z",
        section="Business", author="Anna Grekova", dateline="VLADIVOSTOK",
        title="At Vladivostok forum, Russia says Japanese investors welcome on Kurils 'under Russian law'",
        summary="A Russian deputy minister said Japanese companies would be welcome on the Kuril Islands if they "
                "worked under Russian jurisdiction, but Japanese participation at the Eastern Economic Forum was "
                "thin and no deals with Japanese firms were signed.",
        label="restatement",
        note="New speakers restating known positions: Russia's exit from the JEA dialogue and from treaty talks "
             "(seeds 000/001), sovereignty not discussable, 'no conditions' to resume talks; a conditional welcome "
             "to Japanese investors. No new event.",
        body=[
            "Japanese companies would be welcome to invest in the Kuril Islands if they were prepared to do so under "
            "Russian jurisdiction, a Russian deputy minister said on Thursday at the Eastern Economic Forum, where "
            "Japanese business was barely represented.",
            "'Nobody is closing the door. The islands are open to anyone who respects Russian law, and that includes "
            "Japanese companies,' deputy minister for the development of the Far East and Arctic Anatoly Surikov "
            "told a panel on island territories. 'But there will be no special regimes invented for the sake of a "
            "political construction that Tokyo itself abandoned.'",
            "The reference was to the joint economic activity framework Russia and Japan discussed from 2016, which "
            "Japan insisted must operate under a special legal arrangement that would not prejudice either side's "
            "position on sovereignty. Russia withdrew from that dialogue in March 2022 in response to Japanese "
            "sanctions, at the same time saying it would not continue peace treaty negotiations.",
            "Surikov said several dozen companies had registered under the islands' preferential tax regime and that "
            "'no Japanese company has applied so far'. He did not say whether any were expected to.",
            "Japan sent no government delegation to the forum, and the few Japanese attendees represented small "
            "trading firms and consultancies. A Japanese diplomat in Vladivostok said Tokyo's position had not "
            "changed: economic activity on the four islands should not be conducted in a way that presupposes "
            "Russian jurisdiction.",
            "Russian officials at the forum repeated that the country's sovereignty over the islands was not a "
            "subject for discussion. Asked about a peace treaty, a senior foreign ministry official attending the "
            "panel said there were 'no conditions' for resuming talks while Japan kept its 'unfriendly course'.",
            "Forum organisers said the agreements signed at the event were mostly with Chinese, Indian and Middle "
            "Eastern partners elsewhere in the Far East; none concerned Japanese companies.",
        ],
        credit="Reporting by Anna Grekova; Editing by the Asia desk",
    ),
    # ------------------------------------------------------------------ 17  b127-g2 follow-up
    dict(
        id="b127-17", feed="tessera-en", published="2024-11-06T08:20:00Z",
        section="Business", author="Dewi Hartanto", dateline="JAKARTA",
        title="Indonesia calls Kuril Islands cannery a private decision after Tokyo voices concern",
        summary="Jakarta said PT Arunika Samudra Pangan's planned fish cannery on Iturup was a commercial matter, "
                "two weeks after Japan conveyed concern; the company said the 2.3-billion-rouble project remained "
                "on schedule.",
        label="new_development", group="b127-g2",
        new_facts=["Arunika Kuril, subsidiary of Indonesia's PT Arunika Samudra Pangan, was registered (15 Oct 2024) "
                   "as a resident of the Kuril preferential tax regime to build a 2.3bn-rouble saury/mackerel "
                   "cannery at Kitovy Bay, Iturup (launch 2027); Japan conveyed concern to Indonesia"],
        must_mention=[["indonesia"], ["cannery", "iturup"]],
        note="Follow-up in b127-g2 (first reported in Russian, b127-15): Jakarta's reaction adds nothing that changes "
             "the development. Seeds: Japan claims Iturup; Russia left the JEA dialogue.",
        body=[
            "Indonesia's trade ministry said on Wednesday that a plan by fish processor PT Arunika Samudra Pangan to "
            "build a cannery on Iturup, one of the Kuril Islands claimed by Japan, was a private business decision, "
            "after Tokyo raised concerns with Indonesian diplomats.",
            "'This is a commercial undertaking by a private company. The government does not take part in it, and "
            "Indonesia's position on territorial questions between other countries is to encourage peaceful "
            "resolution in accordance with international law,' ministry spokesman Rudi Prasetyo told reporters.",
            "Arunika's Russian subsidiary, Arunika Kuril, was entered on October 15 in the register of residents of "
            "the Kuril Islands' preferential tax regime, according to Sakhalin regional authorities. It plans to "
            "invest 2.3 billion roubles ($23 million) in a plant at Kitovy Bay on Iturup to can saury and mackerel, "
            "with production starting in 2027 and about 180 jobs.",
            "Japan's foreign ministry said last month it had told the Indonesian embassy in Tokyo that the project "
            "was 'incompatible with Japan's position' on the Northern Territories and asked for an appropriate "
            "response. Japan is one of Indonesia's biggest foreign investors and aid donors.",
            "Arunika, based in Bitung in North Sulawesi, said in a statement that the project 'remains on schedule' "
            "and had 'no political dimension'. The privately held company exports canned tuna and sardines to the "
            "Middle East and Africa.",
            "Russia has been seeking investors from countries it regards as friendly since Japan's involvement in "
            "planned joint economic projects ended in 2022. Officials in Sakhalin describe Arunika as the first "
            "investor from Southeast Asia in the regime.",
            "Fishing industry analysts in Jakarta said the attraction was access to Russian quotas for Pacific saury "
            "and mackerel, species that have become scarcer in Indonesian canneries' traditional supply chains.",
        ],
        credit="Reporting by Dewi Hartanto in Jakarta and Kenta Morikawa in Tokyo; Editing by the Asia desk",
    ),
    # ------------------------------------------------------------------ 19  neutral
    dict(
        id="b127-19", feed="hullspeed-en", published="2024-12-10T07:00:00Z",
        section="Ports", author="Lena Ostrova", tags=["Kuril Islands", "Fishing ports", "Procurement"],
        title="Severo-Kurilsk berth rebuild goes to Khabarovsk contractor",
        summary="A 3.1-billion-rouble contract to rebuild the main fish berth at Severo-Kurilsk on Paramushir, in "
                "the northern Kurils, has been awarded to Vostokgidromontazh.",
        label="neutral",
        must_mention=[["severo-kurilsk", "paramushir"], ["berth"]],
        note="Borderline: Kuril Islands infrastructure, but in the northern Kurils, outside the four islands in "
             "dispute (seeds: Iturup, Kunashir, Shikotan, Habomai); routine domestic procurement.",
        body=[
            "Russia's federal seaports agency has awarded a 3.1 billion rouble contract to rebuild berth No. 2 at "
            "Severo-Kurilsk, the main port on Paramushir island in the northern Kuril chain, to the Khabarovsk-based "
            "contractor Vostokgidromontazh, according to procurement records.",
            "The 160-metre berth, built in the 1970s, has been partly closed since 2021 because of damage to its "
            "sheet piling. Fishing companies on Paramushir, which land pollock, cod and crab from the grounds off "
            "southern Kamchatka, have had to use lighters to load reefers at anchor.",
            "Works are to start in spring 2025 and finish by the end of 2026, with a design depth of 9 metres. The "
            "project is funded from the federal budget.",
            "Severo-Kurilsk, a town of about 2,500 people, sits more than 1,000 km from the southern islands at the "
            "centre of the Russia-Japan territorial dispute. Japan's claim covers Iturup, Kunashir, Shikotan and the "
            "Habomai islets; it does not extend to Paramushir or the rest of the northern and central Kurils.",
            "Vostokgidromontazh has previously built berths in Okhotsk and Ayan. The company did not respond to "
            "questions about subcontractors.",
        ],
    ),
    # ------------------------------------------------------------------ 23  b127-g3
    dict(
        id="b127-23", feed="ferroline-en", published="2025-02-19T09:30:00Z",
        section="Telecom", author="Ferroline desk",
        title="Kuril fibre project stalls as Chinese contractor withdraws cable ship",
        summary="Fujian Haiyi Subsea Cable has suspended work on the second fibre line to Iturup, Kunashir and "
                "Shikotan and moved its cable ship out of Korsakov; Sakhalin says commissioning is postponed "
                "indefinitely.",
        label="status_change", group="b127-g3",
        new_facts=["Second Kuril fibre line suspended: Chinese contractor Fujian Haiyi halted work and withdrew cable "
                   "ship Haiyi 19 from Korsakov (late Jan 2025); commissioning postponed indefinitely (was: contract "
                   "signed May 2024, lay in 2025, commissioning Dec 2025)"],
        must_mention=[["cable", "fibre", "fiber"], ["suspend", "halt", "stall", "pause", "withdr"]],
        note="b127-g3 report 2 (first in Russian, buried, b127-22). Status change of the b127-g1 project: contracted -> "
             "suspended.",
        tracker=[("Project", "Second Sakhalin-Kurils subsea fibre line"),
                 ("Owner", "Sakhalin region, ministry of digital development"),
                 ("Contractor", "Fujian Haiyi Subsea Cable Co. (China)"), ("Value", "RUB 9.4 billion"),
                 ("Status", "Suspended (was: contracted, lay planned 2025)"),
                 ("Commissioning", "Postponed indefinitely (was: Dec 2025)")],
        body=[
            "Work on a second subsea fibre-optic line to the southern Kuril Islands has been suspended after its "
            "Chinese contractor, Fujian Haiyi Subsea Cable Co., halted the project and withdrew its cable-laying "
            "vessel from the Russian port of Korsakov, Sakhalin's regional government confirmed.",
            "The Haiyi 19 left Korsakov in late January, three weeks after arriving to load shore-end equipment, and "
            "is now back in Chinese waters according to ship-tracking data. Sakhalin's ministry of digital "
            "development said the contractor had notified it of the suspension citing 'force majeure circumstances "
            "and compliance risks'.",
            "'The project is on pause. Commissioning this year is no longer realistic, and we cannot give a new "
            "date,' the ministry said in a written answer, adding that talks with the contractor on 'further steps' "
            "were under way.",
            "The 9.4 billion rouble contract, signed in Harbin in May 2024, provided for an 830-km repeatered line "
            "from Korsakov to Iturup, Kunashir and Shikotan, to be laid in the summer of 2025 and commissioned in "
            "December. The region has paid an advance of about 1.1 billion roubles, according to procurement filings.",
            "Haiyi did not reply to requests for comment. People in the Chinese cable industry said several "
            "suppliers had become more cautious about Russian projects since late 2024, as banks tightened checks on "
            "payments and Western component makers asked for end-use assurances.",
            "The islands remain connected by the 2019 Sakhalin-Kurils line, with satellite links as backup. The new "
            "line was meant to end the islands' dependence on a single route.",
            "Japan, which claims Iturup, Kunashir, Shikotan and the Habomai islets, had objected to the project when "
            "the contract was signed.",
        ],
    ),
    # ------------------------------------------------------------------ 24  b127-g3 analysis
    dict(
        id="b127-24", feed="hullspeed-en", published="2025-03-04T10:00:00Z",
        section="Offshore & cables", author="Lena Ostrova", tags=["Subsea cables", "Sakhalin", "Analysis"],
        title="Is the second Kuril cable dead? What Haiyi's pull-out means for Sakhalin",
        summary="With its Chinese contractor gone, Sakhalin has few options to get a second fibre route to the "
                "southern Kurils laid this year. An analysis.",
        label="status_change", group="b127-g3",
        new_facts=["Second Kuril fibre line suspended after Chinese contractor Fujian Haiyi pulled its cable ship "
                   "out (Jan 2025); no new date"],
        must_mention=[["cable", "fibre", "fiber"], ["suspend", "halt", "stall", "pause", "pull-out", "pulled"]],
        note="Follow-up analysis inside b127-g3; no fact beyond the suspension already reported.",
        comments=[("cablewatcher", "Called it in May. Okhotsk plus sanctions plus a first-time contractor was never "
                                   "going to be easy."),
                  ("s.ivanov", "There is a chartered layer in the Baltic. Not impossible they bring it round.")],
        body=[
            "When Fujian Haiyi Subsea Cable pulled its cable ship out of Korsakov in January, it took with it the "
            "only realistic plan for a second fibre route to Iturup, Kunashir and Shikotan in 2025. Sakhalin "
            "officials say the project is paused, not cancelled. The question is what could restart it.",
            "## Few ships, fewer options",
            "Repeatered systems of 800 km or more need a purpose-built or heavily converted layer. Russia's own fleet "
            "is small and largely committed to defence and Arctic work. European and Japanese cable ships are off the "
            "table for sanctions reasons, and the Korean and Singaporean operators that dominate Asian maintenance "
            "contracts are unlikely to take a Kuril job that would expose them to the same compliance questions that "
            "appear to have spooked Haiyi.",
            "That leaves two paths, according to people who work in the sector: a Russian state operator taking over "
            "with a vessel borrowed from other duties, or a smaller Chinese contractor with less to lose. Neither has "
            "been announced.",
            "## Money already spent",
            "Sakhalin has paid roughly 1.1 billion roubles of the 9.4 billion rouble contract. Getting it back, or "
            "getting the manufactured cable delivered, will depend on talks with Haiyi that the regional government "
            "describes only as 'ongoing'.",
            "## Living with one cable",
            "In the meantime the islands will keep relying on the 2019 Sakhalin-Kurils system and satellite backup. "
            "A single fault on the existing line would again cut capacity to a fraction for weeks.",
            "For Tokyo, which objected to a Chinese contractor working on what it regards as Japanese territory, the "
            "suspension is a small, unplanned relief. Japanese officials have not commented publicly.",
            "Nothing new has been decided since the suspension was confirmed in February, and the region has not set "
            "a date for a decision.",
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        id="b127-25", feed="tessera-en", published="2025-03-14T13:20:00Z",
        section="World", author="Tessera staff", dateline="YEREVAN/BAKU",
        title="Armenia and Azerbaijan agree text of peace treaty, signing date unclear",
        summary="The two South Caucasus neighbours said negotiations on the text of a peace agreement were "
                "complete, but Baku set conditions for signing, including changes to Armenia's constitution.",
        label="off_topic",
        note="Look-alike: a different peace treaty (Armenia-Azerbaijan); no Russia-Japan or Kuril content.",
        body=[
            "Armenia and Azerbaijan said on Thursday they had finished negotiating the text of a peace treaty "
            "intended to end nearly four decades of conflict, though no date was set for signing and Baku said "
            "conditions remained.",
            "Azerbaijan's foreign ministry said the sides had 'concluded negotiations on the text of the draft "
            "agreement on peace and the establishment of interstate relations'. Armenia's foreign ministry said the "
            "agreement was 'ready for signing' and that Yerevan was prepared to begin consultations on the date and "
            "place.",
            "Baku has insisted that Armenia first amend its constitution, which it says contains territorial claims "
            "on Azerbaijan, and that the two countries jointly ask for the dissolution of the OSCE Minsk Group. "
            "Armenian Prime Minister Nikol Pashinyan has said a new constitution is planned but that a referendum "
            "cannot be rushed.",
            "The draft covers mutual recognition of territorial integrity, a commitment not to deploy third-country "
            "forces along the border, and the withdrawal of interstate legal claims. Transport links, including a "
            "route across southern Armenia connecting Azerbaijan with its Nakhchivan exclave, are being discussed "
            "separately, along with how such a corridor would be financed and operated.",
            "The European Union, the United States and Russia all welcomed the announcement. Russia, which brokered "
            "the 2020 ceasefire, said it was ready to help.",
        ],
        credit="Reporting by Tessera staff; Editing by the World desk",
    ),
    # ------------------------------------------------------------------ 26  neutral
    dict(
        id="b127-26", feed="ferroline-en", published="2025-03-25T06:00:00Z",
        section="Telecom", author="Ferroline desk",
        title="Satellite operator adds Ka-band capacity for Kuril Islands while fibre plan stalls",
        summary="Orbita-Vostok will lease extra satellite capacity to Rostelecom's Sakhalin branch for a year to "
                "back up connections to Iturup, Kunashir and Shikotan.",
        label="neutral",
        must_mention=[["satellite"], ["kuril", "iturup", "kunashir"]],
        note="Borderline: a minor new telecom arrangement on the islands, linked to the b127-g3 suspension but not a "
             "development in the dispute or a status change.",
        tracker=[("Service", "Satellite backhaul backup, southern Kurils"), ("Provider", "Orbita-Vostok"),
                 ("Customer", "Rostelecom, Sakhalin branch"), ("Capacity", "2.5 Gbit/s (Ka-band)"),
                 ("Term", "12 months")],
        body=[
            "Russian satellite services company Orbita-Vostok has signed a one-year agreement to provide 2.5 Gbit/s "
            "of Ka-band capacity to the Sakhalin branch of Rostelecom as a backup for the southern Kuril Islands, "
            "the company said on Monday.",
            "The capacity, about three times the backup previously available, is meant to keep mobile networks, "
            "bank terminals and public services running on Iturup, Kunashir and Shikotan if the single subsea fibre "
            "line from Sakhalin fails. The region's plan for a second line has been on hold since its Chinese "
            "contractor suspended work in January.",
            "Orbita-Vostok said ground stations in Kurilsk, Yuzhno-Kurilsk and Malokurilskoye would be upgraded by "
            "May. It did not disclose the value of the contract.",
            "Sakhalin's digital development ministry said the existing fibre was 'working normally' and that the "
            "satellite lease was a precaution, not a replacement for the second cable.",
            "Satellite backup has been the islands' fallback since the fibre line opened in 2019: during past faults "
            "on the cable, capacity dropped to a fraction of normal, slowing card payments and online public services "
            "for weeks. Local officials have repeatedly asked for a more robust arrangement ahead of the autumn storm "
            "season.",
        ],
    ),
    # ------------------------------------------------------------------ 28
    dict(
        id="b127-28", feed="greystoke-en", published="2025-03-31T08:00:00Z",
        section="Policy", author="Haruka Ito", tags=["Japan", "Tariffs", "Russia", "Seafood"],
        title="Japan rolls over punitive tariffs on Russian goods for another year",
        summary="The Diet extended the denial of most-favoured-nation treatment to Russia until March 2026, keeping "
                "higher duties on Russian seafood, timber and other goods in place for a fourth year.",
        label="restatement",
        note="Seed 003: Japan revoked Russia's MFN status in March 2022. The annual extension keeps the known state - "
             "no status change. Seed 000: Russia halted treaty talks over Japan's sanctions.",
        body=[
            "Japan's parliament on Monday passed an amendment to the Temporary Tariff Measures Act that keeps "
            "Russia's most-favoured-nation status suspended for another year, until March 31, 2026, the finance "
            "ministry said.",
            "Japan stripped Russia of MFN treatment in April 2022, weeks after the invasion of Ukraine, following a "
            "decision announced in March that year. Without it, imports from Russia pay general rather than "
            "WTO-bound rates: salmon and crab face duties several percentage points higher, and some timber products "
            "double-digit rates.",
            "The extension was widely expected and passed as part of the annual tariff bill. 'There has been no "
            "change in the circumstances that led to the measure,' a finance ministry official told reporters.",
            "Russian seafood exporters have absorbed much of the cost by routing product through processors in China "
            "and South Korea, trade data show. Imports of Russian crab and sea urchin to Japan, much of it caught in "
            "waters off the Kuril Islands, have fallen by about a third by value since 2021.",
            "Moscow has called the measure part of an 'unfriendly' course. In March 2022 Russia cited Japan's "
            "sanctions when it said it would not continue peace treaty talks.",
            "The finance ministry said it would review the measure again next year.",
        ],
    ),
    # ------------------------------------------------------------------ 30  b127-g4
    dict(
        id="b127-30", feed="greystoke-en", published="2025-05-14T09:40:00Z",
        section="Policy", author="Haruka Ito", tags=["Japan", "Export controls", "Northern Territories"],
        title="Japan to require licences for all exports bound for Russian-held islands",
        summary="From July 1, every shipment destined for the four islands Japan calls the Northern Territories "
                "will need a trade ministry licence under the foreign exchange law, and licences will in principle "
                "be refused.",
        label="new_development", group="b127-g4",
        new_facts=["METI: from 1 July 2025 exports of all goods destined for the four islands (or for use there) "
                   "require a licence under the Foreign Exchange and Foreign Trade Act; licences in principle refused "
                   "except humanitarian goods"],
        must_mention=[["export"], ["licen"]],
        note="b127-g4 report 2 (first in Japanese, b127-29). New Japanese trade measure specific to the islands; seeds "
             "mention only Japan's general sanctions.",
        factbox="Scope: all goods to Iturup, Kunashir, Shikotan, Habomai, or to buyers who will use them there. "
                "Start: 1 July 2025. Exceptions: humanitarian goods. Legal basis: Foreign Exchange and Foreign Trade Act.",
        body=[
            "Japan's trade ministry will require an export licence for every item destined for the four "
            "Russian-controlled islands off Hokkaido from July 1, closing gaps that allowed used machinery and other "
            "goods to reach them through third countries, the ministry said on Tuesday.",
            "Under a notice issued under the Foreign Exchange and Foreign Trade Act, exports of all goods to Iturup, "
            "Kunashir, Shikotan and the Habomai islets - or to a buyer who intends to use them there - will need "
            "prior approval from the Ministry of Economy, Trade and Industry. Licences will 'in principle' not be "
            "granted, except for humanitarian goods such as medicines and food aid.",
            "Japan already bans the export of a long list of goods to Russia as part of its sanctions. But officials "
            "said products outside that list, such as some construction machinery, building materials, vehicles and "
            "consumer goods, had been shipped to the islands via Sakhalin, South Korea or China, where they ended up "
            "on Russian-run construction sites and fish plants.",
            "'Allowing Japanese goods to be used in projects that presuppose Russian jurisdiction over our territory "
            "is inconsistent with Japan's legal position,' a METI official said. Violations will be punishable under "
            "the foreign exchange law.",
            "The move is the first blanket trade measure Japan has applied specifically to the islands, which the "
            "Soviet Union took in 1945 and where Russia has been courting investors from China and other countries "
            "with a preferential tax regime.",
            "Exporters in eastern Hokkaido said the volume of legitimate trade affected was small. Russia's embassy "
            "in Tokyo did not immediately comment.",
        ],
    ),
    # ------------------------------------------------------------------ 33
    dict(
        id="b127-33", feed="hullspeed-en", published="2025-06-26T10:30:00Z",
        section="Ports", author="Mark Delaney", tags=["Kuril Islands", "Ports", "Analysis"],
        title="Can tax breaks make the Kurils a shipping destination? The berths say not yet",
        summary="Russia's preferential regime on the Kuril Islands promises zero profit tax, but shallow harbours, "
                "fog and a short weather window still decide what gets built. Analysis.",
        label="restatement",
        note="Questioned/analysis piece: background on the Kuril tax regime (in force since Jan 2023, pre-2024) and "
             "on the end of Japan's joint projects (seed 000: Russia withdrew from the JEA dialogue). Berths are "
             "'in federal plans' with no date - no new event or decision.",
        comments=[("portcaptain_vl", "Lightering at Kitovy in an easterly is an experience. Nobody prices that in."),
                  ("a.tanaka", "Good summary. The tax regime was always going to hit the logistics wall.")],
        body=[
            "Two and a half years after Russia switched on a preferential tax regime for the Kuril Islands, the "
            "question in shipping circles is not whether the tax sheet is generous - it is - but whether the islands "
            "can physically handle the cargo that investment would bring.",
            "## The tax sheet",
            "Companies registered in the regime, which has applied since January 2023, pay no profit, property, land "
            "or transport tax for 20 years and reduced social contributions. Moscow has marketed it to investors from "
            "China, India, Southeast Asia and the Gulf since Japan's participation in joint projects on the southern "
            "islands ended in 2022.",
            "## The harbours",
            "Yet neither Iturup nor Kunashir has a deep-water general cargo berth able to take a standard Handysize "
            "ship alongside in all weather. At Kitovy Bay and Yuzhno-Kurilsk, most cargo is still lightered from "
            "ships at anchor, a process that stops whenever the swell rises. Fog closes the airfields for days at a "
            "time in summer; ice and storms disrupt winter calls.",
            "'You can have a 0% tax rate and still lose money if your reefer sits outside the bay for nine days,' "
            "said a Vladivostok ship agent who handles Kuril calls.",
            "## Who is coming?",
            "Registrations so far are dominated by Russian fish processors expanding existing plants. A few "
            "foreign-owned companies have signed up, but none has yet built anything that changes freight flows. "
            "Officials say new berths are in federal plans; dates and budgets remain unclear.",
            "Whether that changes depends on decisions that have not yet been taken in Moscow. Until then, analysts "
            "say, the regime is a tax advantage in search of a port.",
        ],
    ),
    # ------------------------------------------------------------------ 37  b127-g5 brief
    dict(
        id="b127-37", feed="greystoke-en", published="2025-08-20T08:00:00Z",
        section="Projects", author="Greystoke staff", tags=["Subsea cables", "Sakhalin", "Kuril Islands"],
        title="Kuril fibre back on track - partly: Russian crew resumes laying to Iturup",
        summary="A Russian-operated cable ship has resumed laying the second fibre line to the Kuril Islands, but "
                "only the Sakhalin-Iturup section will be built this season; the Kunashir and Shikotan legs stay "
                "frozen.",
        label="status_change", group="b127-g5",
        new_facts=["Laying of the second Kuril fibre line resumed on 1 Aug 2025 with Russian cable ship Kabelshchik "
                   "Baranov (Dalmorkabel) - only the Korsakov-Iturup leg this season; Kunashir/Shikotan legs stay "
                   "frozen; Haiyi contract terminated in June; cost now 11.2bn roubles"],
        must_mention=[["cable", "fibre", "fiber"], ["resum", "restart", "back on track"]],
        note="b127-g5 report 3 (first in Japanese, b127-35). Status: suspended (b127-g3) -> partly resumed, Iturup leg only, "
             "this season only; the rest stays frozen.",
        factbox="Second Sakhalin-Kurils fibre line. Section under way: Korsakov-Kurilsk (Iturup), ~520 km, target "
                "October 2025. Kunashir and Shikotan sections: frozen. Estimated cost: RUB 11.2bn (was 9.4bn).",
        body=[
            "Work on the second subsea fibre line to the southern Kuril Islands has resumed after a seven-month halt, "
            "with a Russian contractor replacing the Chinese firm that walked away in January, Sakhalin's government "
            "said.",
            "The cable ship Kabelshchik Baranov, operated by the state-owned Dalmorkabel, began laying Russian-made "
            "cable from Korsakov on August 1. This season's work covers only the 520-km section to Kurilsk on "
            "Iturup, due for completion in October.",
            "The Kunashir and Shikotan sections remain frozen until a contractor and vessel are found for 2026 or "
            "later, the region said. Its contract with Fujian Haiyi Subsea Cable was terminated by mutual agreement "
            "in June.",
            "The project's cost is now estimated at 11.2 billion roubles, up from 9.4 billion.",
            "For Kunashir and Shikotan, where most of the southern islands' population outside Iturup lives, the "
            "change means at least another year of dependence on the single 2019 line and satellite backup. Japan, "
            "which claims all three islands, has objected to the project since the original contract was signed.",
        ],
    ),
    # ------------------------------------------------------------------ 38
    dict(
        id="b127-38", feed="tessera-en", published="2025-09-04T10:20:00Z",
        section="Business", author="Anna Grekova", dateline="VLADIVOSTOK",
        title="Japanese business keeps its distance as Russia pitches Far East at Vladivostok forum",
        summary="A handful of Japanese attendees at the Eastern Economic Forum said trading houses would only look "
                "at Russia's Far East again after a peace settlement and sanctions relief; none has plans on the "
                "disputed islands.",
        label="restatement",
        note="Conditional ('only if there were a peace treaty') and negated ('no Japanese company is planning "
             "anything') statements; restates seeds 000/001 (talks halted and JEA dialogue quit in March 2022).",
        body=[
            "Japanese companies will not return to Russia's Far East in any meaningful way without a political "
            "settlement between Tokyo and Moscow, a Japanese adviser said at the Eastern Economic Forum on Thursday, "
            "where Japan's presence was again limited to a few small firms.",
            "'Trading houses would look at the region again only if there were a peace treaty, or at least real "
            "progress toward one, and sanctions were eased,' said Hiroshi Takeuchi, a Tokyo consultant who advises "
            "Japanese companies on Russia. 'Neither is on the horizon. And on the islands themselves, no Japanese "
            "company is planning anything. It would be legally impossible for them.'",
            "Russian officials used the forum to promote the Kuril Islands' tax regime and to invite investors from "
            "China, India and Southeast Asia. 'Those who wanted to come have come. Japan made its choice in 2022,' "
            "a Sakhalin official said on the sidelines.",
            "Japan's government has not sent an official delegation to the forum since 2021. Russia said in March "
            "2022 it would not continue peace treaty talks with Japan because of Tokyo's sanctions and withdrew from "
            "the dialogue on joint economic activity on the southern Kurils.",
            "Takeuchi said some Japanese companies kept a 'minimal presence' in Vladivostok and Yuzhno-Sakhalinsk to "
            "keep licences and contacts alive, 'in case the weather changes'.",
        ],
        credit="Reporting by Anna Grekova; Editing by the Asia desk",
    ),
    # ------------------------------------------------------------------ 39
    dict(
        id="b127-39", feed="ferroline-en", published="2025-11-12T07:30:00Z",
        section="Transport", author="Ferroline desk",
        title="Wakkanai-Korsakov ferry to stay idle in 2026, Hokkaido operator says",
        summary="The only passenger ferry link between Japan and Russia's Sakhalin will not run next year either, "
                "its would-be operator said, citing insurance and payment problems.",
        label="off_topic",
        note="Look-alike: Japan-Russia (Hokkaido-Sakhalin) transport link; nothing about the Kurils, the islands "
             "dispute or the peace treaty.",
        tracker=[("Route", "Wakkanai (Hokkaido) - Korsakov (Sakhalin)"), ("Status", "Suspended since 2019"),
                 ("2026 season", "No sailings planned")],
        body=[
            "The seasonal ferry between Wakkanai in northern Hokkaido and Korsakov on Sakhalin will not operate in "
            "2026, the Wakkanai-based company that had hoped to revive it said on Tuesday, extending a suspension "
            "that began in 2019.",
            "'Without hull insurance from a Japanese insurer and a way to pay port dues in Korsakov, we cannot sail,' "
            "the company's president told a meeting of the Wakkanai city council. Japanese banks have declined to "
            "process payments to the Russian port operator, he said.",
            "The 160-km route, served for decades in summer, once carried Japanese tourists and Sakhalin residents "
            "shopping in Hokkaido. Wakkanai's tourism association estimates the loss at around 6,000 visitors a year.",
            "The city said it would keep the ferry terminal's immigration and customs facilities in working order "
            "'so that service can restart when conditions allow'.",
            "Trade between Hokkaido and Sakhalin has shrunk since 2022 to a trickle of seafood and used goods carried "
            "on cargo ships, and the Hokkaido government's office in Yuzhno-Sakhalinsk has cut its staff. Local "
            "business groups in Wakkanai say they will ask the prefecture for support for the terminal's upkeep.",
        ],
    ),
    # ------------------------------------------------------------------ 43  b127-g6
    dict(
        id="b127-43", feed="tessera-en", published="2026-02-17T09:00:00Z",
        section="Asia", author="Kenta Morikawa", dateline="TOKYO",
        title="Chinese-backed firm buys Japan-built greenhouse on disputed Kunashir",
        summary="A Russian company majority-owned by a Chinese agricultural group bought at auction a greenhouse "
                "complex built with Japanese equipment under the two countries' joint economic activity plans; "
                "Tokyo protested.",
        label="new_development", group="b127-g6",
        new_facts=["The Japan-built joint-economic-activity pilot greenhouse in Yuzhno-Kurilsk (Kunashir) was sold at "
                   "auction (6 Feb 2026) for 41.6m roubles to Kuril-Agro, 51% owned by China's Suifenhe Lvye "
                   "Agriculture; Japan protested to Russia and conveyed concern to China"],
        must_mention=[["greenhouse"], ["chinese", "china", "auction", "sold", "buys", "bought"]],
        note="b127-g6 report 3 (first in Russian, b127-41). Seed: Russia withdrew from the JEA dialogue (Mar 2022); the "
             "sale of a JEA pilot asset to a Chinese-controlled firm is new.",
        body=[
            "A Russian company controlled by a Chinese agricultural group has bought a greenhouse complex on Kunashir "
            "that was built with Japanese equipment as part of the two countries' plans for joint economic activity "
            "on the disputed islands, prompting a protest from Tokyo.",
            "Kuril-Agro LLC, 51% owned by Suifenhe Lvye Agriculture of China's Heilongjiang province, paid 41.6 "
            "million roubles ($470,000) at an auction held by the South Kuril district property committee on "
            "February 6, according to auction records. The starting price was 28 million roubles.",
            "The two greenhouses, covering about 0.6 hectares on the edge of Yuzhno-Kurilsk, were assembled in 2020 "
            "as a pilot project under the joint economic activity framework Japan and Russia had been discussing "
            "since 2016, using Japanese LED lighting, heat pumps and control systems. They have stood idle since "
            "2022, when Russia withdrew from that dialogue over Japan's sanctions.",
            "Kuril-Agro said it would grow cucumbers and tomatoes for the islands' market from 2027 and replace part "
            "of the equipment with Chinese systems.",
            "Japan's foreign ministry said on Monday it had protested to Russia, saying the sale of a facility created "
            "'in the spirit of the joint economic activity' to a third-country company under Russian law was "
            "unacceptable, and had conveyed its concern to China. A government spokesman called the sale 'extremely "
            "regrettable'.",
            "The pilot projects - greenhouse farming, sea urchin and scallop farming, tourism, wind power and waste "
            "reduction - were meant to build trust and eventually help a peace treaty. Russia said in March 2022 it "
            "would not continue peace treaty talks and was quitting the joint economic dialogue.",
        ],
        credit="Reporting by Kenta Morikawa; Editing by the Asia desk",
    ),
    # ------------------------------------------------------------------ 45
    dict(
        id="b127-45", feed="ferroline-en", published="2026-04-14T08:30:00Z",
        section="Transport", author="Ferroline desk",
        title="Hokkaido tour operators say Kuril trips would sell - if visa-free travel ever returns",
        summary="Travel agencies in Nemuro and Kushiro say demand from former islanders' families is real, but "
                "Japan still asks citizens not to visit on Russian visas and Russia's 2022 end of visa-free trips "
                "remains in force.",
        label="restatement",
        note="Conditional ('would sell if visa-free travel returns'); restates seed: Russia terminated visa-free "
             "trips (Mar 2022). Japan's 1989 guidance is pre-2024 background. No new measure.",
        tracker=[("Topic", "Tourism demand, eastern Hokkaido"),
                 ("Visa-free trips", "Terminated by Russia, March 2022"),
                 ("Japanese guidance", "Refrain from visiting on Russian visas")],
        body=[
            "Tour operators in eastern Hokkaido say they could fill boats and charter flights to the Kuril Islands "
            "within weeks if Japanese citizens were again allowed to travel there without Russian visas, but see no "
            "sign that will happen.",
            "'The families of former residents ask us every spring. We tell them the same thing: there is nothing to "
            "sell,' said the manager of a Nemuro travel agency that organised logistics for exchange visits before "
            "2020. 'If the visa-free framework came back, we would have a product the next day.'",
            "Russia terminated the visa-free exchanges and the simplified visits for former residents in March 2022 "
            "in response to Japanese sanctions. Japan, for its part, has since 1989 asked its citizens to refrain "
            "from entering the islands with Russian visas, arguing that doing so would imply acceptance of Russian "
            "jurisdiction.",
            "Operators said hotels and cruise lines had shown interest in the region's nature - the Shiretoko "
            "peninsula, birdwatching in the Nemuro Strait - but that the islands themselves remained 'a blank on the "
            "map' for Japanese tourism.",
            "Hokkaido's tourism bureau said there were no plans to promote travel to the islands. 'This is a "
            "diplomatic matter,' an official said.",
        ],
    ),
    # ------------------------------------------------------------------ 47  b127-g7 first
    dict(
        id="b127-47", feed="greystoke-en", published="2026-07-07T09:15:00Z",
        section="Policy", author="Natalya Berg", tags=["Russia", "Kuril Islands", "Customs", "Ports"],
        title="Russia sets up duty-free customs zones at two Kuril Islands ports",
        summary="A government resolution lets residents of the Kuril tax regime import equipment and building "
                "materials free of customs duty and VAT through Kitovy Bay on Iturup and Yuzhno-Kurilsk on Kunashir "
                "from September 1.",
        label="new_development", group="b127-g7",
        new_facts=["Russian government resolution (published 6 Jul 2026) creates free customs zones at the ports of "
                   "Kitovy Bay (Iturup) and Yuzhno-Kurilsk (Kunashir) from 1 Sep 2026 for 10 years: duty- and "
                   "VAT-free imports for Kuril regime residents"],
        must_mention=[["customs"], ["kitovy", "yuzhno-kurilsk", "iturup", "kunashir"]],
        note="First report of b127-g7 (English). New decision; the Sakhalin request of May 2026 (b127-46) was only a "
             "request.",
        factbox="Free customs zones, Kuril Islands: ports of Kitovy Bay (Iturup) and Yuzhno-Kurilsk (Kunashir); "
                "from 1 Sept 2026 for 10 years; for residents of the Kuril preferential regime; no import duty or "
                "VAT on goods used in island projects.",
        body=[
            "Russia has created free customs zones at two ports on the southern Kuril Islands, allowing companies in "
            "the islands' preferential tax regime to import machinery, equipment and building materials without "
            "paying customs duties or import VAT, according to a government resolution published on Monday.",
            "The resolution, signed by Prime Minister Mikhail Mishustin, covers the port areas of Kitovy Bay on "
            "Iturup and Yuzhno-Kurilsk on Kunashir and takes effect on September 1 for ten years. Goods placed under "
            "the procedure can be used on the islands for investment projects; if they are moved to the Russian "
            "mainland, duties become payable.",
            "The measure had been requested by the Sakhalin regional government, which argued that the islands' tax "
            "exemptions were being eaten up by import costs. Most equipment for the fish processing plants planned "
            "on the islands comes from China, South Korea and Turkey.",
            "'For an investor, this removes 20 to 25% from the cost of imported equipment at a stroke,' said a "
            "Moscow-based tax lawyer who advises Asian clients.",
            "The zones add another layer to the incentives Russia has built up to attract investors from countries it "
            "considers friendly since Japan's participation in joint economic projects on the islands ended in 2022. "
            "Japan regards investment made there under Russian law as inconsistent with its position that the four "
            "islands are Japanese territory.",
            "Japan's foreign ministry did not immediately respond to a request for comment.",
        ],
    ),
    # ------------------------------------------------------------------ 52
    dict(
        id="b127-52", feed="tessera-en", published="2026-10-19T11:00:00Z",
        section="Asia", author="Kenta Morikawa", dateline="TOKYO",
        title="Seventy years on, 1956 declaration still defines - and divides - Tokyo and Moscow",
        summary="The Soviet-Japanese Joint Declaration, signed on October 19, 1956, ended the state of war but left "
                "the territorial question open; seven decades later the two countries still have no peace treaty "
                "and no talks.",
        label="restatement",
        note="Anniversary piece: restates seed facts (1956 declaration, 2018 acceleration, March 2022 halt, talks "
             "impossible while sanctions) and both governments' known positions.",
        body=[
            "Seventy years ago on Monday, Japan and the Soviet Union signed a joint declaration in Moscow that ended "
            "the state of war between them and restored diplomatic relations. It remains the only such document "
            "ratified by both parliaments, and the starting point of every attempt since to settle the dispute over "
            "the islands off Hokkaido.",
            "Under the declaration, Moscow agreed to hand over Shikotan and the Habomai islets after a peace treaty "
            "was concluded. Japan maintains that Iturup and Kunashir are also its territory; Russia says its "
            "sovereignty over all the islands, which Soviet forces took in 1945, is beyond question.",
            "In 2018 the then leaders agreed to accelerate talks 'on the basis of' the 1956 declaration. Four years "
            "later the process collapsed: in March 2022 Russia said it would not continue negotiations with a "
            "country that had imposed sanctions over Ukraine. Moscow has since repeatedly said that resuming talks is "
            "impossible while Japan keeps its 'unfriendly' policy.",
            "There were no joint events to mark the anniversary. Japan's chief cabinet secretary told reporters the "
            "government's policy 'to resolve the territorial issue and conclude a peace treaty' was unchanged. In "
            "Moscow, a foreign ministry spokesperson said the anniversary was 'a reminder of what Tokyo's current "
            "course has cost'.",
            "Historians note that the declaration itself was a compromise after negotiations on a full treaty "
            "stalled in 1955-56. 'It was designed as a stepping stone. Seventy years later it is a monument to a "
            "road not taken,' said Kazuo Hirano, a diplomatic historian in Sapporo.",
        ],
        credit="Reporting by Kenta Morikawa in Tokyo and Anna Grekova in Moscow; Editing by the Asia desk",
    ),
    # ------------------------------------------------------------------ 53
    dict(
        id="b127-53", feed="hullspeed-en", published="2026-11-18T10:00:00Z",
        section="Ports", author="Mark Delaney", tags=["Falklands", "Ports", "South Atlantic"],
        title="Falklands approves new Stanley port as ageing FIPASS nears end of life",
        summary="The Falkland Islands Government has approved a new port facility at Stanley to replace the "
                "floating FIPASS, drawing a protest from Argentina, which claims the islands.",
        label="off_topic",
        note="Look-alike: another island sovereignty dispute (Falklands/Malvinas) with port investment; not "
             "Russia-Japan.",
        comments=[("southatlantic_pilot", "About time. FIPASS in a westerly gale is no joke."),
                  ("r.morales", "The squid fleet will be the main beneficiary, as always.")],
        body=[
            "The Falkland Islands legislative assembly has approved funding for a new port facility at Stanley to "
            "replace the Falkland Interim Port and Storage System, the floating barge complex that has served as the "
            "islands' main port since 1984.",
            "The project, estimated at about £140 million, will include a 190-metre quay able to take fishing "
            "vessels, cruise tenders and the islands' supply ships, along with cold storage and a container yard. "
            "Construction is expected to take three years.",
            "FIPASS, assembled from barges towed from Britain after the 1982 war, was meant to last a few years. The "
            "islands' government says parts of it are now beyond economic repair.",
            "Argentina, which calls the islands the Malvinas and claims sovereignty over them, said the project was a "
            "'unilateral act' contrary to UN resolutions calling for negotiations. Britain says the islanders' right "
            "to self-determination is paramount; in a 2013 referendum 99.8% voted to remain a British overseas "
            "territory.",
            "The islands' economy depends heavily on squid fishing licences, which fund most public spending, and on "
            "cruise tourism.",
        ],
    ),
    # ------------------------------------------------------------------ 55
    dict(
        id="b127-55", feed="greystoke-en", published="2027-01-12T09:00:00Z",
        section="Outlook", author="Natalya Berg", tags=["Outlook 2027", "Russia", "Kuril Islands", "Japan"],
        title="Outlook 2027: Russia's Pacific fringe bets on Asian money as Tokyo stays out",
        summary="Tax breaks, customs zones and Asian contractors have kept projects on the Kuril Islands moving, but "
                "the political freeze between Tokyo and Moscow is the one thing no incentive has changed.",
        label="restatement",
        note="Annual outlook: restates seed facts (talks halted March 2022, impossible while sanctions; Japan's "
             "aim unchanged) and recaps earlier corpus developments (b127-g2, b127-g3/b127-g5, b127-g4, b127-g7) as background; no new fact.",
        body=[
            "For investors watching Russia's Pacific fringe, 2027 opens much as 2026 closed: Moscow keeps adding "
            "incentives for the Kuril Islands, Asian companies trickle in, and relations with Japan - the one "
            "neighbour with the capital and proximity to make a difference - remain frozen.",
            "## What's in place",
            "The islands' preferential tax regime, in force since 2023, now comes with duty-free customs zones at "
            "Kitovy Bay and Yuzhno-Kurilsk, in operation since September. Cable laying to Iturup resumed in 2025 "
            "with a Russian ship after a Chinese contractor pulled out; the Kunashir and Shikotan legs are still "
            "waiting. A handful of foreign-owned processors, including an Indonesian cannery project on Iturup, are "
            "registered in the regime, with plants still at the planning stage.",
            "## What hasn't moved",
            "Peace treaty talks remain where Russia left them in March 2022, when it said it would not continue "
            "negotiations with a country that had imposed sanctions. Russian officials continue to say that "
            "resumption is impossible while Japan's 'unfriendly' policy lasts; Tokyo says its aim of resolving the "
            "territorial issue and concluding a treaty is unchanged. Japanese exporters need a licence, rarely "
            "granted, to ship anything to the islands.",
            "## What to watch",
            "- Whether the Kunashir and Shikotan cable legs find a contractor for the 2027 season.",
            "- Whether the customs zones translate into imports, or just paperwork.",
            "- Whether any thaw in the wider Russia-Japan relationship extends to the islands. Few expect it this year.",
            "'The islands are a laboratory for doing business without Japan,' said a Moscow-based adviser. 'The "
            "experiment is working on paper. Whether it works on the quay is another matter.'",
        ],
    ),
]
