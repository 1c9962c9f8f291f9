"""English articles of the b116 corpus (fish, crab, kelp and the sea economy around the
southern Kurils and Hokkaido, 2024-2027).  Fields: see generate.py."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        id="b116-01", feed="longfin-wire", published="2024-02-13T06:10:00Z",
        title="Sakhalin fisheries regulator says Kuril cooperation with Japan was 'frozen by Tokyo's choice'",
        summary="The head of Russia's regional fisheries administration told reporters that joint projects "
                "on the southern Kurils ended when Japan imposed sanctions, echoing Moscow's line.",
        label="restatement",
        note="Restates seeds 000/001 (Russia quit the joint economic activity dialogue in March 2022 over "
             "sanctions), seed 004 (Rudenko: treaty talks 'categorically impossible') and the sovereignty "
             "line; new speaker, no new move. Explicitly says no change to fishing arrangements.",
        author="Yulia Sorokina", section="Asia Pacific",
        credit="Reporting by Yulia Sorokina; additional reporting by Ken Arai in Tokyo; editing by Mark Holloway",
        body=[
            "YUZHNO-SAKHALINSK, Feb 13 (Longfin) - The head of Russia's fisheries administration for Sakhalin "
            "and the Kuril Islands said on Tuesday that cooperation with Japan on the southern Kurils remained "
            "frozen and blamed Tokyo's sanctions, repeating the line Moscow has held since it walked away from "
            "talks with Japan two years ago.",
            "\"Nobody in Moscow or here closed the door on the fishermen. It was closed in Tokyo, when the "
            "Japanese government chose sanctions,\" Viktor Demchenko, who heads the Sakhalin-Kuril territorial "
            "administration of the Federal Agency for Fisheries, told a news conference ahead of the regional "
            "industry's annual meeting.",
            "Asked whether the joint economic projects once planned for the islands, including sea urchin and "
            "scallop farming, could be revived, Demchenko said the matter had been \"closed\" since Russia's "
            "foreign ministry withdrew from that dialogue in March 2022. \"The islands are Russian territory. "
            "Any economic activity there happens under Russian law, and that is not a subject for bargaining,\" "
            "he said.",
            "His comments echoed Deputy Foreign Minister Andrei Rudenko, who told the TASS news agency last "
            "week that resuming peace treaty negotiations with Japan was \"categorically impossible\" in the "
            "current environment.",
            "Demchenko gave no indication of any change to existing fishing arrangements with Japanese "
            "operators and declined to discuss figures for the coming season, saying they would be published "
            "\"in the usual order\".",
            "Russia and Japan have never signed a peace treaty formally ending World War Two hostilities "
            "because of the dispute over the four southernmost Kuril islands, which Japan calls the Northern "
            "Territories. Moscow broke off treaty talks and scrapped visa-free visits for Japanese citizens in "
            "March 2022 after Tokyo joined Western sanctions over Ukraine.",
            "Japan's Fisheries Agency did not immediately respond to a request for comment.",
        ],
    ),
    dict(
        id="b116-03", feed="gaffhook-en", published="2024-03-19T08:00:00Z",
        title="Hokkaido scallop shippers look to Vietnam and Mexico as China ban drags on",
        summary="Seven months into China's halt on Japanese seafood, Okhotsk coast processors are shelling in "
                "Vietnam and courting US buyers; Russia's own curbs add little, exporters say.",
        label="off_topic",
        note="Look-alike: Hokkaido seafood trade and a Russian import restriction mentioned in passing; about "
             "China's ban after the Fukushima water release, nothing about the Kurils or the treaty.",
        author="Hana Whitcombe", section="Scallops", tags=["Scallops", "China", "Hokkaido", "Trade"],
        body=[
            "Hokkaido scallop exporters are sending more frozen product to Vietnam for shucking and courting "
            "buyers in the United States and Mexico, as China's suspension of Japanese seafood imports enters "
            "its eighth month with no sign of an end.",
            "Beijing halted all imports of Japanese aquatic products in August 2023 after the Fukushima Daiichi "
            "plant began releasing treated water into the Pacific. Before the ban China took more than half of "
            "Japan's scallop exports by value, much of it in the shell for processing and re-export.",
            "\"The boats are still fishing, the plants are still running. The question is who shells the "
            "product and who eats it,\" said the sales manager of a processor in Tokoro on the Sea of Okhotsk "
            "coast. His company shipped its first containers to a plant near Ho Chi Minh City in January.",
            "Japan's fisheries ministry has subsidised domestic shucking lines and paid for promotional "
            "campaigns in Southeast Asia. Beach prices for 5S frozen adductors fell by roughly a fifth in the "
            "second half of 2023 before stabilising this winter, according to figures from the Hokkaido "
            "Federation of Fisheries Cooperatives.",
            "Russia, which also restricted imports of Japanese seafood in October, was a minor market for "
            "Hokkaido scallops and exporters said its move had made little difference to volumes.",
            "## Vietnam capacity",
            "Processors say Vietnamese capacity is the bottleneck. Only a handful of plants hold the approvals "
            "needed to re-export to the US, and shucked meat must be tracked back to the original Japanese "
            "harvest area under US import rules.",
            "\"We are building a new route in a year that normally takes five,\" the Tokoro manager said.",
        ],
    ),
    dict(
        id="b116-05", feed="longfin-wire", published="2024-04-25T07:40:00Z",
        title="Russia plans seismic survey off Japan-claimed Shikotan and Habomai islets",
        summary="A Russian company will shoot seismic lines east of Shikotan from mid-July under a licence "
                "issued in March, fishermen in the Russian-run South Kuril district have been told.",
        label="new_development", group="b116-g1",
        new_facts=["A Russian company, Kurilshelf, will run a 2D seismic survey for oil and gas east of Shikotan "
                   "and around the Habomai islets from July 15 to Sept 30, 2024, under a Rosnedra licence "
                   "issued in March"],
        note="Second report of g1 (first: b116-04, buried in a Russian local paper); English wire picks it up.",
        author="Yulia Sorokina", section="Asia Pacific",
        credit="Reporting by Yulia Sorokina; editing by Mark Holloway",
        body=[
            "YUZHNO-KURILSK, Russia, April 25 (Longfin) - A Russian company plans to carry out a seismic survey "
            "for oil and gas in waters east of Shikotan and around the Habomai islets, which Japan claims, from "
            "mid-July, according to a notice given to fishermen in the Russian-administered South Kuril "
            "district.",
            "The survey vessel Geofizik Kravchenko will shoot two-dimensional seismic lines between July 15 and "
            "Sept. 30 on a block that Russia's subsoil agency Rosnedra licensed in March to a company called "
            "Kurilshelf, the district fishing newspaper Kurilsky Ulov reported this week. Fishing boats have "
            "been asked to keep clear of the work area.",
            "It is the first offshore hydrocarbon survey reported near the Lesser Kuril chain, a string of "
            "islets lying a few kilometres off the tip of Japan's Nemuro Peninsula. Rosnedra's public register "
            "lists the \"South Kuril\" block under a five-year geological study licence. Kurilshelf could not be "
            "reached for comment.",
            "The block overlaps waters where Japanese boats from Nemuro harvest kelp each summer under a private "
            "agreement dating from 1981, as well as Russian crab and sea urchin grounds.",
            "\"Air guns and kelp boats in the same water in August - nobody has explained how that is supposed "
            "to work,\" said an official at a Nemuro fisheries cooperative, who asked not to be named because "
            "he was not authorised to speak to the media.",
            "Japan's Foreign Ministry did not immediately comment. Tokyo regards the four island groups - "
            "Etorofu, Kunashiri, Shikotan and the Habomais - as illegally occupied since 1945 and objects to "
            "Russian economic projects there. Moscow says its sovereignty over the islands, which it calls the "
            "Southern Kurils, is beyond question.",
            "Russia suspended peace treaty negotiations with Japan in March 2022 in response to Tokyo's "
            "sanctions over the war in Ukraine.",
        ],
    ),
    dict(
        id="b116-07", feed="tidepool-en", published="2024-05-14T05:20:00Z",
        title="Kaigara kelp deal done; Habomai boats to head out June 1",
        summary="The annual agreement that lets Nemuro boats cut kelp off the Russian-held islet was signed "
                "on the usual terms, the Hokkaido Fisheries Association said.",
        label="neutral",
        note="Borderline: the routine annual renewal of the 1981 private kelp agreement on unchanged terms. "
             "Not in the seeds, so not strictly a restatement, but nothing changed; unscored.",
        author="Mariko Dunn",
        comments=[("hanasaki_ken", "Good news for the old guys at Habomai. Same fee as last year?"),
                  ("nemuro_mom", "Hope the weather holds in June this time.")],
        body=[
            "Kelp boats from Nemuro's Habomai district will head for the waters around Kaigara Island on "
            "June 1 as usual after this year's private agreement with Russia was signed in Moscow, the Hokkaido "
            "Fisheries Association said on Tuesday.",
            "The deal, renewed every spring since 1981, lets members of the Habomai Fisheries Cooperative "
            "harvest kombu around the tiny islet, which lies 3.7 kilometres off Cape Nosappu and which Russia "
            "calls Signalny, in return for a fee paid to the Russian side and the purchase of equipment.",
            "The association said the terms were \"essentially the same\" as last year's, with about 140 boats "
            "expected to take part and the season running until the end of September.",
            "\"Every year we hold our breath in May. This year it came on time,\" the cooperative's kelp "
            "section head told the Dispatch.",
            "Kaigara kelp is a small fishery by value but a symbolic one in Nemuro, where it is one of the few "
            "remaining arrangements that let local boats work close to the Russian-held islands. Boats operate "
            "under strict rules on gear, hours and area, and Russian border guards can inspect them at sea.",
            "The first cutting days are usually decided by the cooperative at short notice, depending on the "
            "weather and the condition of the kelp.",
        ],
    ),
    dict(
        id="b116-09", feed="bunkerberth-en", published="2024-06-18T09:00:00Z",
        title="Western Japan gas supplier extends Sakhalin-2 LNG deal to 2033",
        summary="The contract for about 0.2 million tonnes a year keeps Russian cargoes flowing to a city-gas "
                "terminal on the Seto Inland Sea despite Western sanctions.",
        label="off_topic",
        note="Look-alike: a Japan-Russia energy deal with Sakhalin in the text; unrelated to the Kurils, the "
             "fisheries there or the treaty.",
        author="Tom Carraway",
        body=[
            "A city-gas supplier in western Japan has extended its contract to buy liquefied natural gas from "
            "Russia's Sakhalin-2 project until 2033, keeping one of the last long-term Japanese offtake deals "
            "with the Russian plant in place, two people familiar with the matter said.",
            "The agreement, for about 0.2 million tonnes a year, was due to expire in 2028. It was renewed on "
            "broadly unchanged pricing linked to Japan's crude import average, one of the people said.",
            "Sakhalin-2, on Russia's Pacific island of Sakhalin, supplies roughly 9% of Japan's LNG imports. "
            "Tokyo has kept Japanese trading houses' stakes in the project and has argued that its cargoes are "
            "vital to energy security, even as it joined Group of Seven sanctions on Russia over Ukraine.",
            "## Shipping unaffected",
            "Cargoes are carried by the project's dedicated ice-class fleet from the Prigorodnoye terminal near "
            "Korsakov. Shipbrokers said the extension would not change the charter market, as volumes are small "
            "and already committed.",
            "Japan's industry ministry declined to comment on individual contracts but said Sakhalin-2 remained "
            "\"an important source of stable supply\".",
            "Sakhalin Energy, the Russian operator created in 2022 to take over the project, did not respond to "
            "questions.",
        ],
    ),
    dict(
        id="b116-15", feed="longfin-wire", published="2024-08-28T02:45:00Z",
        title="Russia detains Japanese fishing boat off Kunashir; Tokyo protests",
        summary="Border guards escorted the Rausu-registered Eiko Maru No. 35 and its four crew to "
                "Yuzhno-Kurilsk, saying the boat fished illegally in Russian waters.",
        label="new_development", group="b116-g2",
        new_facts=["Russian border guards detained the Rausu gillnetter Eiko Maru No. 35 (4 crew) off northern "
                   "Kunashir on Aug 27, 2024 and took it to Yuzhno-Kurilsk; Japan protested"],
        note="Third report of g2 (first: b116-13 in Japanese).",
        author="Ken Arai", section="Asia Pacific",
        credit="Reporting by Ken Arai in Tokyo and Yulia Sorokina; editing by Sandra Vey",
        body=[
            "TOKYO, Aug 28 (Longfin) - Russian border guards have detained a Japanese fishing boat and its four "
            "crew off Kunashir, one of the Russian-held islands claimed by Japan, and Tokyo has lodged a "
            "protest, Japanese officials said on Wednesday.",
            "The 9.7-tonne gillnetter Eiko Maru No. 35, registered in the town of Rausu on Hokkaido's "
            "Shiretoko Peninsula, was stopped by a Russian patrol vessel early on Tuesday off the northern tip "
            "of Kunashir and escorted to the port of Yuzhno-Kurilsk, Japan's coast guard said.",
            "The Federal Security Service's border directorate for the Sakhalin region said the boat had been "
            "fishing for flounder with set nets in Russia's territorial sea without permission and that an "
            "administrative case had been opened against its captain.",
            "Japan's Foreign Ministry said it had protested through diplomatic channels and demanded the early "
            "release of the crew and the vessel, saying the detention was unacceptable given Japan's position "
            "on the islands, which it calls the Northern Territories. Officials said the crew were unharmed.",
            "Rausu boats fish in the Nemuro Strait, the narrow stretch of water between the Shiretoko Peninsula "
            "and Kunashir, where the median line that Japanese boats are told not to cross lies only a few "
            "miles offshore.",
            "Japan and Russia have not negotiated on a peace treaty since Moscow broke off talks in March 2022 "
            "in response to Japanese sanctions over Ukraine.",
        ],
    ),
    dict(
        id="b116-16", feed="tidepool-en", published="2024-09-03T06:00:00Z",
        title="A week on, Rausu waits for word on the crew held on Kunashiri",
        summary="Families of the four men aboard the Eiko Maru No. 35 say they have heard little since the "
                "boat was taken to the Russian-held island.",
        label="new_development", group="b116-g2",
        new_facts=["(follow-up, no new fact) the Eiko Maru No. 35 crew remain held on Kunashir"],
        note="Follow-up of g2 with no new fact: crew still held, investigation continues; the expected "
             "second alert would be a repeat.",
        author="Mariko Dunn",
        comments=[("shiretoko_local", "Praying for them. The strait is so narrow, one wrong current and you're over.")],
        body=[
            "A week after Russian border guards detained the Rausu gillnetter Eiko Maru No. 35 off Kunashiri, "
            "the town's fishing community is still waiting for news of the four men on board.",
            "\"We know they are in Yuzhno-Kurilsk and that they are safe. That is all,\" said an official of "
            "the Rausu Fisheries Cooperative, who has been relaying messages from the Foreign Ministry to the "
            "crew's families.",
            "The boat was stopped on the morning of August 27 off the northern end of the island and taken to "
            "the Russian port. Russia's border service says it was fishing in Russian waters without a permit; "
            "Japan has protested and called for the crew's early release.",
            "The Foreign Ministry in Tokyo said on Monday it was \"making every effort\" through diplomatic "
            "channels, but gave no timeline.",
            "In Rausu, boats have kept fishing. Skippers say they are checking their positions more often "
            "than usual. \"Everyone is looking at the plotter twice,\" said one, who fishes for flounder and "
            "cod in the strait.",
            "Past detentions in these waters have usually ended after the captain paid a fine, sometimes after "
            "several weeks. The cooperative said it had no information on when a decision might come.",
        ],
    ),
    dict(
        id="b116-18", feed="gaffhook-en", published="2024-10-01T10:00:00Z",
        title="Norway and Russia cut Barents Sea cod quota again for 2025",
        summary="The joint fisheries commission set the total allowable catch at its lowest in more than three "
                "decades, with scientists warning of weak year classes.",
        label="off_topic",
        note="Look-alike from another sea: a Russia fisheries agreement with quotas and a commission, about "
             "the Barents Sea; nothing about Japan or the Kurils.",
        author="Gaffhook reporters", section="Whitefish", tags=["Cod", "Norway", "Russia", "Quotas"],
        body=[
            "Norway and Russia have agreed to cut the Northeast Arctic cod quota for 2025 to 340,000 tonnes, "
            "the lowest in more than three decades, after a session of their joint fisheries commission held "
            "largely by video link.",
            "The cut of about a quarter follows advice from Norwegian and Russian scientists, who warned that "
            "the spawning stock had fallen below precautionary levels. Haddock and Greenland halibut quotas "
            "were also reduced.",
            "The commission, set up in 1975, is one of the few formats in which Oslo and Moscow still "
            "negotiate routinely despite the broader freeze in relations since Russia's full-scale invasion of "
            "Ukraine. Norway has barred most Russian vessels from its ports except fishing boats and has "
            "kept the fisheries arrangement out of its sanctions.",
            "Norwegian industry groups said the cut would hit coastal fleets hardest. Russian processors in "
            "Murmansk, which depend on Barents cod for fillet production, said they expected higher prices in "
            "Europe and Asia.",
            "Buyers in Japan and South Korea, who take Barents cod and haddock through Chinese re-processors, "
            "said supply of frozen-at-sea fillets would tighten in the first half of the year.",
        ],
    ),
    dict(
        id="b116-21", feed="longfin-wire", published="2024-10-17T05:00:00Z",
        title="Japanese fishing crew held by Russia return to Rausu after captain fined",
        summary="The Eiko Maru No. 35 and its four crew were released after a Russian court fined the captain "
                "1.2 million roubles, ending a 49-day detention.",
        label="status_change", group="b116-g3",
        new_facts=["The Eiko Maru No. 35 and its crew were released and returned to Rausu on Oct 15, 2024 after "
                   "a Russian court fined the captain 1.2 million roubles"],
        note="Third report of g3 (first: b116-19, buried in a Russian court roundup). Status: detained -> "
             "released.",
        author="Ken Arai", section="Asia Pacific",
        credit="Reporting by Ken Arai; editing by Sandra Vey",
        body=[
            "TOKYO, Oct 17 (Longfin) - A Japanese fishing boat detained by Russian border guards off Kunashir "
            "in August has returned to its home port on Hokkaido with its four crew after the captain paid a "
            "fine, the Japanese town of Rausu said.",
            "The Eiko Maru No. 35 arrived in Rausu on Tuesday afternoon, 49 days after it was stopped off the "
            "northern tip of the Russian-held island and escorted to Yuzhno-Kurilsk.",
            "A district court in Yuzhno-Kurilsk found the captain guilty of violating fishing rules in Russia's "
            "territorial sea and fined him 1.2 million roubles (about $12,500), according to Russian court "
            "records. His catch and nets were confiscated, but the boat itself was returned.",
            "Japan's Chief Cabinet Secretary told reporters the government welcomed the crew's return but "
            "maintained its protest over the detention, which it says is incompatible with Japan's legal "
            "position on the islands.",
            "Rausu's mayor said the town would ask the government to do more to prevent such incidents in the "
            "Nemuro Strait, where Japanese boats are told to stay on their side of a median line only a few "
            "miles from Kunashir.",
        ],
    ),
    dict(
        id="b116-22", feed="bunkerberth-en", published="2024-11-12T04:00:00Z",
        title="At Hanasaki, fewer Russian crab carriers and thinner auctions",
        summary="Landings of Russian crab at Nemuro's port have fallen for a third year as exporters turn to "
                "Busan and Chinese ports; no policy change is behind the slide, traders say.",
        label="restatement",
        note="Background trade feature: market data and the known 2022 freeze (seeds: talks halted, visa-free "
             "visits scrapped over sanctions); no new official move.",
        author="Tom Carraway",
        body=[
            "Fewer Russian crab carriers are calling at Hanasaki, the Nemuro port that for three decades was "
            "one of Japan's main gateways for crab caught in the Sea of Okhotsk and around the Kurils, port "
            "and customs data show.",
            "Calls by Russian-flagged carriers fell to 61 in the first ten months of 2024, from 94 in the same "
            "period of 2022, according to figures compiled by the Nemuro city port office. Auction volumes of "
            "live hanasaki and king crab dropped by about a third.",
            "Traders cite payments as much as politics. Japanese banks have grown wary of transfers to Russian "
            "exporters since 2022, and carriers can sell faster in Busan, where South Korean and Chinese buyers "
            "pay in dollars or yuan.",
            "\"Nothing was banned. The boats simply go where the money is easier,\" said a Hanasaki broker "
            "whose family has handled Russian crab since the 1990s.",
            "## A port built on a neighbour",
            "Nemuro's processors, cold stores and fuel suppliers grew up around Russian landings. The city "
            "says port fees from Russian ships have roughly halved since 2021.",
            "The diplomatic backdrop offers little hope of a rebound. Russia broke off peace treaty talks and "
            "ended visa-free exchanges with Japan in March 2022 in response to sanctions, and Moscow's foreign "
            "ministry has since said resuming treaty negotiations is impossible in the current environment.",
            "Local officials say they are trying to attract more Japanese-caught saury and sardine to fill "
            "capacity at the port's cold stores.",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        id="b116-24", feed="tidepool-en", published="2025-01-21T06:00:00Z",
        title="Nemuro prepares for Northern Territories Day with an ageing movement and an unchanged demand",
        summary="Three years after Moscow shut the door on treaty talks and visa-free trips, organisers say "
                "the February 7 rallies are about keeping the issue alive.",
        label="restatement",
        note="Occasion/background piece before Northern Territories Day; restates seeds (treaty talks halted, "
             "visa-free trips terminated in 2022); the only forward-looking line is a question with no answer.",
        author="Mariko Dunn",
        body=[
            "Posters are going up in Nemuro's shopping arcade for the February 7 Northern Territories Day "
            "rally, and organisers say the message will be the same as last year: return the four islands, "
            "and let former residents and their families visit in the meantime.",
            "The average age of surviving former islanders has passed 89. About 5,100 of the roughly 17,300 "
            "people who lived on the islands in 1945 are still alive, according to the Chishima Habomai "
            "Islands Residents' League.",
            "The exchanges that once took residents and schoolchildren across the strait ended in March 2022, "
            "when Russia terminated visa-free trips and broke off peace treaty negotiations in response to "
            "Japan's sanctions over Ukraine. Moscow has since said a return to treaty talks is impossible as "
            "long as Tokyo keeps an \"unfriendly\" course.",
            "Will the boats run again? Nobody at the rally office would guess. \"We plan as if they will, "
            "because if we stop planning, we stop,\" said a volunteer who has organised the youth delegation "
            "for a decade.",
            "This year's Nemuro rally is expected to draw around 600 people, about the same as last year. The "
            "national rally in Tokyo is scheduled for the same day.",
        ],
    ),
    dict(
        id="b116-26", feed="longfin-wire", published="2025-03-04T04:00:00Z",
        title="Chinese coast guard ships trail Japanese fishing boat near Senkakus for three days",
        summary="Japan protested after two Chinese vessels followed a boat from Okinawa inside the territorial "
                "waters of the East China Sea islands.",
        label="off_topic",
        note="Look-alike: another island dispute involving Japanese fishermen and a foreign maritime agency; "
             "not the Kurils.",
        author="Ken Arai", section="Asia Pacific",
        credit="Reporting by Ken Arai; editing by Sandra Vey",
        body=[
            "TOKYO, March 4 (Longfin) - Two Chinese coast guard ships followed a Japanese fishing boat inside "
            "the territorial waters around the Senkaku Islands for more than three days before leaving on "
            "Tuesday morning, Japan's coast guard said, prompting a protest from Tokyo.",
            "The vessels entered the 12-nautical-mile zone around Uotsuri, the largest island, on Saturday and "
            "repeatedly approached the 9-tonne boat from Ishigaki, Okinawa prefecture, the coast guard said. "
            "Japanese patrol ships positioned themselves between the boat and the Chinese vessels.",
            "Japan's Foreign Ministry lodged a protest with the Chinese embassy. China's foreign ministry said "
            "the islands, which it calls the Diaoyu, were Chinese territory and that its coast guard had "
            "\"expelled\" a Japanese boat that had entered illegally.",
            "The uninhabited islands, administered by Japan and claimed by China and Taiwan, have been a "
            "recurring flashpoint. Chinese government ships have been seen in the surrounding contiguous zone "
            "almost every day since 2023.",
            "Fishermen in Ishigaki say the presence of Chinese ships has made them reluctant to fish near the "
            "islands, once a productive ground for red snapper.",
        ],
    ),
    dict(
        id="b116-32", feed="gaffhook-en", published="2025-04-24T08:00:00Z",
        title="Habomai boats win one-season sea cucumber trial off Russian-held islet",
        summary="Russia has agreed to let 15 Nemuro boats dredge for sea cucumber around Kaigara Island from "
                "May 10 to July 31, for this season only.",
        label="new_development", group="b116-g4",
        new_facts=["Russia agreed to a one-season (2025 only) trial letting 15 Habomai boats dredge for sea "
                   "cucumber around Kaigara (Signalny) Island, May 10 - July 31, 40 t cap, ¥18m fee"],
        note="Third report of g4 (first: b116-30, Japanese). State: allowed this season only (neither on nor off).",
        author="Hana Whitcombe", section="Policy", tags=["Sea cucumber", "Russia", "Japan", "Kurils"],
        body=[
            "Fishermen from Nemuro's Habomai district will be able to dredge for sea cucumber around Kaigara "
            "Island, a Russian-held islet off Cape Nosappu, for the first time this spring after Moscow agreed "
            "to a trial limited to the 2025 season.",
            "Under terms agreed between the Hokkaido Fisheries Association and Russia's Federal Agency for "
            "Fisheries, 15 boats from the Habomai Fisheries Cooperative may fish from May 10 to July 31 within "
            "a defined area around the islet, which Russia calls Signalny. The catch is capped at 40 tonnes and "
            "the Japanese side will pay ¥18 million.",
            "Russia's fisheries agency said the permission applied \"exclusively to this season\" and that any "
            "continuation would depend on the results and on compliance.",
            "Hokkaido sea cucumber, dried and exported mostly to Hong Kong and mainland China, is one of the "
            "most valuable species per kilogram landed in Nemuro. Beach prices for raw sea cucumber have hovered "
            "around ¥4,000-5,000 per kilogram in recent seasons.",
            "The cooperative has sought access to the grounds for years, arguing that stocks around the islet "
            "are lightly fished. Kaigara is already the site of a kelp harvest by Nemuro boats under a private "
            "agreement renewed every year since 1981.",
            "Japan regards Kaigara as part of the Habomai group, one of four island groups it calls the "
            "Northern Territories. Tokyo says the fishing arrangements there are structured so as not to "
            "prejudice either side's legal position.",
        ],
    ),
    dict(
        id="b116-33", feed="longfin-wire", published="2025-05-20T07:00:00Z",
        title="Jersey renews French boats' fishing licences, but row over conditions lingers",
        summary="The Channel island issued 2025 permits to about 140 French vessels; Normandy fishermen say "
                "new effort limits break the post-Brexit deal.",
        label="off_topic",
        note="Look-alike from another island fisheries dispute (Jersey-France post-Brexit licences); nothing "
             "about Japan, Russia or the Kurils.",
        author="Claire Dumont", section="Europe",
        credit="Reporting by Claire Dumont in Granville; editing by Peter Abbot",
        body=[
            "GRANVILLE, France, May 20 (Longfin) - Jersey has renewed fishing licences for about 140 French "
            "boats for 2025, but fishermen in Normandy and Brittany said on Tuesday that new conditions on "
            "days at sea and gear breached the terms of the post-Brexit trade deal.",
            "The licences allow French vessels to fish in the waters between 3 and 12 nautical miles around "
            "the British Crown Dependency, which lies about 22 km off the French coast. Disputes over who "
            "qualifies and on what terms brought French trawlers to blockade Jersey's main harbour in 2021.",
            "Jersey's government said the conditions reflected each vessel's documented fishing history and "
            "were needed to protect scallop and whelk stocks.",
            "The regional fisheries committee in Normandy said it would ask the European Commission to raise "
            "the matter with London under the dispute procedures of the EU-UK agreement.",
            "Britain's fisheries minister said the licensing regime was \"fair and evidence-based\" and that "
            "the door remained open to further technical discussions.",
        ],
    ),
    dict(
        id="b116-34", feed="longfin-wire", published="2025-06-30T09:00:00Z",
        title="China resumes some Japanese seafood imports; Hokkaido scallop firms wary",
        summary="Beijing lifted its blanket ban for most prefectures including Hokkaido, but exporters must "
                "re-register and face new testing rules.",
        label="off_topic",
        note="Status-change look-alike: a seafood import ban lifted ('resumes') with Hokkaido in the text; "
             "about China and the Fukushima water release, not Russia or the Kurils.",
        author="Li Wen", section="Asia Pacific",
        credit="Reporting by Li Wen in Beijing and Ken Arai in Tokyo; editing by Sandra Vey",
        body=[
            "BEIJING/TOKYO, June 30 (Longfin) - China has resumed imports of seafood from most of Japan, "
            "lifting part of a ban imposed in 2023 over the release of treated water from the Fukushima "
            "nuclear plant, but products from ten prefectures remain barred, China's customs agency said.",
            "Hokkaido, Japan's largest producer of scallops and a major exporter to China before the ban, is "
            "among the regions cleared. Exporters must re-register their facilities and submit radiation test "
            "certificates for each consignment.",
            "Japanese officials welcomed the step and urged Beijing to lift the remaining restrictions.",
            "Processors on Hokkaido's Okhotsk coast said they would move carefully after two years of building "
            "alternative routes through Vietnam and the United States. \"We will not put all our eggs back in "
            "one basket,\" said the head of a scallop cooperative in Saroma.",
            "China had taken more than half of Japan's seafood exports by value in some years before the ban.",
        ],
    ),
    dict(
        id="b116-38", feed="bunkerberth-en", published="2025-09-06T03:00:00Z",
        title="Hokkaido processor signs roe supply deal with Kunashir plant, first since 2022",
        summary="A Golovnino fish plant on the Russian-held island will ship about 800 tonnes of pollock roe a "
                "year to Abashiri; Tokyo says it is looking into the deal.",
        label="new_development", group="b116-g5",
        new_facts=["A plant on Kunashir (Golovnino) signed a 2025-2027 contract at the Eastern Economic Forum to "
                   "supply about 800 t a year of pollock roe to an Abashiri processor; Tokyo is checking it"],
        note="Third report of g5 (first: b116-36, Russian).",
        author="Tom Carraway", section="Seafood trade",
        body=[
            "A fish processing plant on Kunashir, one of the Russian-held islands claimed by Japan, has signed "
            "a contract to supply pollock roe to a seafood company in Abashiri on Hokkaido, in what the Sakhalin "
            "regional government called the first direct supply deal between a Kuril producer and a Japanese "
            "buyer since 2022.",
            "The contract, signed on Thursday at the Eastern Economic Forum in Vladivostok, covers about 800 "
            "tonnes of frozen roe skeins a year from 2025 to 2027, according to the Sakhalin government. The "
            "roe will be shipped by reefer from Yuzhno-Kurilsk to Abashiri for processing into tarako and "
            "mentaiko.",
            "The seller is the Golovnino fish plant in the south of Kunashir. The buyer, Okhotsk Kaiho Foods, "
            "confirmed the agreement but declined to give financial terms.",
            "Japan's top government spokesman said on Friday that Tokyo was \"checking the facts\" and that "
            "economic activity on the islands under Russian law could harm Japan's legal position. Japan does "
            "not ban imports from the islands outright.",
            "## Roe squeeze",
            "Japanese roe processors have faced tight supplies since US sanctions complicated purchases of "
            "Russian pollock products processed elsewhere. Traders said the Kunashir volumes were modest but "
            "attractive because they arrive directly, without re-export through China.",
            "Russian fish from the Kurils otherwise moves mainly to South Korea and China.",
        ],
    ),
    dict(
        id="b116-39", feed="gaffhook-en", published="2025-09-15T12:00:00Z",
        title="WTO deal curbing harmful fisheries subsidies enters into force",
        summary="The agreement bans support for illegal fishing and for fishing overfished stocks; Japan "
                "ratified in 2023, Russia has not.",
        label="off_topic",
        note="Look-alike: 'agreement enters into force', fisheries, Japan and Russia named; a multilateral "
             "trade treaty, not the Kurils or the peace treaty.",
        author="Gaffhook reporters", section="Policy", tags=["WTO", "Subsidies", "Policy"],
        body=[
            "The World Trade Organization's agreement on fisheries subsidies entered into force on Monday after "
            "reaching the two-thirds threshold of member ratifications, the first WTO agreement focused on "
            "environmental sustainability.",
            "The deal prohibits subsidies to illegal, unreported and unregulated fishing, to fishing of stocks "
            "already overfished, and to fishing on the unregulated high seas. Members must notify the WTO of "
            "their fisheries support programmes.",
            "Japan, which accepted the agreement in 2023, said it would comply without changes to its fuel "
            "and gear programmes. Russia has not ratified and is not bound.",
            "Negotiators in Geneva are still working on a second phase addressing subsidies that contribute "
            "to overcapacity, where talks stalled last year over exemptions for developing countries.",
            "Industry groups in the North Pacific said the immediate impact would be limited, but that "
            "notification rules would bring more transparency to fuel subsidies.",
            "The agreement also creates a fund to help developing countries build the capacity to implement "
            "it. Japan pledged a contribution last year; several Pacific island states have already applied "
            "for support with monitoring systems.",
        ],
    ),
    dict(
        id="b116-41", feed="tidepool-en", published="2025-10-21T05:00:00Z",
        title="Rausu fishermen urge Tokyo to seek a radio hotline with Russian border guards",
        summary="The cooperative asked the government to press Moscow to allow direct contact at sea; "
                "officials said they would 'consider' the request.",
        label="restatement",
        note="Requested move only (fishermen urge Tokyo to press Moscow to allow a hotline); nothing was "
             "agreed. Background restates seeds (talks frozen since 2022).",
        author="Mariko Dunn",
        comments=[("rausu_skipper", "We've asked for this for twenty years."),
                  ("kushiro_reader", "Would be sensible for both sides, politics aside.")],
        body=[
            "The Rausu Fisheries Cooperative has asked the Japanese government to press Russia to allow a "
            "direct radio channel between Japanese boats and Russian border patrol vessels in the Nemuro "
            "Strait, saying it could prevent detentions and accidents.",
            "The request was handed to officials of the Fisheries Agency and the Foreign Ministry who visited "
            "the town on Monday. \"When a Russian patrol boat comes alongside, our skippers cannot even ask "
            "what the problem is,\" the cooperative's head said.",
            "Officials said they would \"consider what is possible\" but made no commitment. Any such "
            "arrangement would require Moscow's agreement, and contacts between the two governments have been "
            "minimal since Russia broke off peace treaty talks in 2022 over Japan's sanctions.",
            "The cooperative also asked for more patrols by the Japan Coast Guard near the median line and for "
            "help with the cost of satellite position equipment.",
            "Rausu's fleet of about 60 gillnet and longline boats works waters that in places are only a few "
            "miles from Kunashiri.",
        ],
    ),
    dict(
        id="b116-44", feed="gaffhook-en", published="2025-11-20T08:00:00Z",
        title="Abashiri buyer freezes Kunashir roe deal 'until further notice'",
        summary="Okhotsk Kaiho Foods has suspended purchases under its contract with a plant on the Russian-held "
                "island after Tokyo asked it to act 'with caution'.",
        label="status_change", group="b116-g6",
        new_facts=["Okhotsk Kaiho Foods suspended roe purchases from the Kunashir plant until further notice "
                   "after a Japanese government request (Nov 2025)"],
        note="Third report of g6 (first: b116-42, Japanese). State: contract suspended until further notice.",
        author="Hana Whitcombe", section="Whitefish", tags=["Pollock roe", "Kurils", "Japan", "Russia"],
        body=[
            "A Hokkaido seafood company has suspended imports of pollock roe from a plant on Kunashir \"until "
            "further notice\", two months after signing a three-year supply contract that drew criticism from "
            "the Japanese government.",
            "Okhotsk Kaiho Foods of Abashiri said it had informed the Golovnino fish plant that it would not "
            "take further shipments for now, after officials from the Fisheries Agency and the Foreign "
            "Ministry asked it to \"act with caution\" in view of Japan's position on the islands.",
            "One shipment of about 120 tonnes, delivered in October, will be processed as planned, the company "
            "said. It did not say whether the contract had been cancelled.",
            "The plant's director told a Kunashir newspaper that the Japanese side had \"frozen\" the deal for "
            "political reasons and that the roe would be sold to South Korean and Chinese buyers instead.",
            "Processors in Hokkaido have struggled to secure roe since 2022. Traders said the suspension would "
            "have little effect on prices given the small volumes involved.",
        ],
    ),
    dict(
        id="b116-45", feed="longfin-wire", published="2025-12-09T11:00:00Z",
        title="Norway's coast guard detains Russian trawler in Svalbard fisheries zone",
        summary="The vessel was escorted to Tromso over alleged catch misreporting; Moscow called the move "
                "illegal and says it does not recognise Norway's zone.",
        label="off_topic",
        note="Look-alike from another fisheries dispute: a detention of a fishing vessel and a sovereignty "
             "quarrel over an archipelago's waters (Svalbard); nothing about Japan or the Kurils.",
        author="Ingrid Moe", section="Europe",
        credit="Reporting by Ingrid Moe in Oslo; editing by Peter Abbot",
        body=[
            "OSLO, Dec 9 (Longfin) - Norway's coast guard has detained a Russian trawler in the fisheries "
            "protection zone around the Svalbard archipelago and escorted it to the port of Tromso on suspicion "
            "of misreporting its catch, Norwegian authorities said on Tuesday.",
            "Inspectors who boarded the vessel found about 40 tonnes more cod on board than had been declared in "
            "its electronic logbook, the coast guard said. The captain faces a fine and the catch may be "
            "confiscated.",
            "Russia's embassy in Oslo called the detention \"unlawful\" and repeated that Moscow does not "
            "recognise the 200-mile zone Norway declared around Svalbard in 1977, under which Russian boats "
            "nonetheless routinely fish and report.",
            "Such detentions are rare but not unprecedented. The last one involving a Russian vessel in the "
            "zone was in 2022.",
            "The Svalbard treaty of 1920 gives Norway sovereignty over the archipelago but guarantees other "
            "signatories equal rights to economic activity on land and in its territorial waters.",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        id="b116-47", feed="tidepool-en", published="2026-02-09T04:00:00Z",
        title="At Nemuro's rally, the sea is what fishermen say they have lost",
        summary="Saturday's Northern Territories Day gathering heard the familiar demand for the islands' "
                "return - and fishermen's wish to work the waters around them freely.",
        label="restatement",
        note="Occasion piece (Northern Territories Day 2026); wished-for and requested moves only; restates "
             "seeds (talks halted, visa-free trips ended in 2022). Mentions no group development.",
        author="Mariko Dunn",
        comments=[("ochiishi_fisher", "Well said by the Habomai man. The sea doesn't care about maps.")],
        body=[
            "About 550 people filled the Nemuro city gymnasium on Saturday for the annual Northern Territories "
            "Day rally, adopting a resolution that again called for the return of the four islands and the "
            "conclusion of a peace treaty.",
            "This year organisers gave the stage to fishermen. \"Before it is land, for us it is sea,\" said a "
            "kelp fisherman from the Habomai cooperative, whose father was born on Shibotsu. \"I wish only that "
            "our sons can fish around those islands without fear.\"",
            "The resolution urged the government to work for the resumption of visa-free exchanges and grave "
            "visits, which Russia halted in 2022 when it broke off peace treaty negotiations in response to "
            "Japan's sanctions over Ukraine.",
            "Nemuro's mayor said the city would continue to ask Tokyo to \"use every channel\" with Moscow. "
            "Speakers did not announce any new initiative.",
            "A parallel rally in Tokyo was addressed by the prime minister, who said the government's policy "
            "of resolving the territorial issue and concluding a peace treaty remained unchanged.",
        ],
    ),
    dict(
        id="b116-49", feed="longfin-wire", published="2026-03-18T07:30:00Z",
        title="Russia ties crab quotas to new processing plant on disputed Iturup",
        summary="A government order gives a company 15 years of crab and pollock quotas in exchange for building "
                "a 6.8 billion rouble plant in Kurilsk.",
        label="new_development", group="b116-g7",
        new_facts=["A Russian government order allocated 15-year 'investment quotas' for crab and pollock in the "
                   "South Kuril zone to Reidovo Fish in exchange for building a 6.8 bn rouble processing plant "
                   "in Kurilsk on Iturup by 2029"],
        note="Second report of g7 (first: b116-48, Russian).",
        author="Yulia Sorokina", section="Asia Pacific",
        credit="Reporting by Yulia Sorokina; editing by Mark Holloway",
        body=[
            "MOSCOW, March 18 (Longfin) - Russia has awarded a company long-term crab and pollock quotas in "
            "waters off the southern Kuril Islands on condition that it builds a fish processing plant on "
            "Iturup, an island also claimed by Japan, according to a government order published on Tuesday.",
            "The order allocates so-called investment quotas for 15 years to Reidovo Fish, which has pledged to "
            "build a 6.8 billion rouble ($77 million) plant in the town of Kurilsk able to process 150 tonnes "
            "of raw fish a day by 2029.",
            "It is the first time Russia has tied investment quotas in the South Kuril fishing zone to a plant "
            "on the disputed islands, the Federal Agency for Fisheries said. Under the scheme, introduced in "
            "2016, companies receive a share of total allowable catches in return for building vessels or "
            "onshore factories.",
            "The quotas cover snow crab and hair crab, as well as pollock, in the South Kuril zone. The agency "
            "did not give tonnages.",
            "Japan, which calls Iturup Etorofu, has repeatedly objected to Russian economic projects on the "
            "islands, saying they are incompatible with its legal position. The Japanese Foreign Ministry did "
            "not immediately comment.",
            "Russia broke off peace treaty negotiations with Japan in 2022 and says its sovereignty over the "
            "islands is not open to discussion.",
        ],
    ),
    dict(
        id="b116-51", feed="gaffhook-en", published="2026-04-14T06:00:00Z",
        title="Russia declines to renew Habomai sea cucumber trial for 2026",
        summary="Moscow told the Hokkaido Fisheries Association it would not allow a second season of "
                "sea cucumber dredging around Kaigara Island; the kelp harvest is not affected.",
        label="status_change", group="b116-g8",
        new_facts=["Russia declined to renew the Kaigara (Signalny) sea cucumber trial for 2026"],
        note="First report of g8 (in English). Status: allowed for 2025 only -> not allowed in 2026.",
        author="Hana Whitcombe", section="Policy", tags=["Sea cucumber", "Russia", "Japan", "Kurils"],
        body=[
            "Russia has declined to renew a trial that let Japanese boats dredge for sea cucumber around "
            "Kaigara Island last year, the Hokkaido Fisheries Association said on Tuesday, ending the "
            "experiment after a single season.",
            "The association said Russia's Federal Agency for Fisheries informed it by letter on Monday that it "
            "would not agree to the fishery in 2026. The letter gave no reason beyond saying that \"the "
            "assessment of the results has not been completed\".",
            "Fifteen boats from the Habomai Fisheries Cooperative took part in the trial between May and July "
            "2025, landing about 32 tonnes against a 40-tonne cap and paying ¥18 million to the Russian side.",
            "The association said the letter did not concern the kelp harvest around the islet, which is "
            "covered by a separate agreement negotiated every spring.",
            "\"We followed every rule. We were hoping to make it permanent,\" a cooperative official said.",
            "Kaigara, which Russia calls Signalny, is the Russian-held islet closest to Hokkaido, about "
            "3.7 km off Cape Nosappu.",
        ],
    ),
    dict(
        id="b116-53", feed="longfin-wire", published="2026-05-19T09:00:00Z",
        title="Scientists describe new snailfish species from the Kuril-Kamchatka Trench",
        summary="The translucent fish was filmed at 7,300 metres by a Russian-German expedition; it is one of "
                "the deepest-living fish known.",
        label="off_topic",
        note="Thing named after the Kurils (the Kuril-Kamchatka Trench); a science story, not the dispute.",
        author="Anna Bergmann", section="Science",
        credit="Reporting by Anna Bergmann; editing by Peter Abbot",
        body=[
            "BERLIN, May 19 (Longfin) - Scientists have described a new species of snailfish from the "
            "Kuril-Kamchatka Trench in the northwest Pacific, filmed and collected at depths of more than "
            "7,000 metres, according to a paper published on Tuesday.",
            "The pale, tadpole-like fish, given the name Pseudoliparis kurilensis, was recorded by baited "
            "landers during a Russian-German expedition, the researchers said. Specimens were kept at the "
            "Zoological Museum in Hamburg.",
            "Snailfish dominate the fauna of the deepest parts of ocean trenches, where pressure is more than "
            "700 times that at the surface. The deepest fish ever filmed, at 8,336 metres, was a snailfish in "
            "the Izu-Ogasawara Trench south of Japan.",
            "The Kuril-Kamchatka Trench runs for more than 2,000 km off the Kuril Islands and the Kamchatka "
            "Peninsula. Its fauna has been studied by Soviet and Russian researchers since the 1950s.",
            "The authors said the discovery showed how little was known about life in trenches off northern "
            "Japan and Russia.",
        ],
    ),
    dict(
        id="b116-56", feed="bunkerberth-en", published="2026-08-25T05:00:00Z",
        title="Nemuro police charge three over laundering poached sea urchins",
        summary="Prosecutors say urchins caught illegally near the Russian-held islands were sold in Hokkaido "
                "with forged Russian export papers.",
        label="neutral",
        note="Borderline: a Japanese domestic poaching/fraud case tied to the waters around the islands; no "
             "government move by Japan or Russia on the dispute. Unscored.",
        author="Staff reporter", section="Seafood trade",
        body=[
            "Police in Nemuro have charged three men with fraud and customs violations over a scheme that "
            "allegedly sold sea urchins poached near the Russian-held islands as legally imported Russian "
            "product, using forged catch and export documents.",
            "The men, two seafood brokers from Nemuro and a company director from Sapporo, are accused of "
            "selling about 14 tonnes of urchins between 2024 and 2026. Investigators believe the urchins were "
            "taken by Russian boats without quota in waters around Shikotan and transferred at sea.",
            "Japan has required catch certificates since 2022 for a list of species it considers at high risk "
            "of illegal fishing, and Hokkaido buyers say forged Russian paperwork has become the weak point.",
            "The Hokkaido Coast Guard headquarters said the case came to light after a tip from a buyer in "
            "Hakodate who noticed identical certificate numbers on different shipments.",
            "Poaching around the islands has long fed black-market supply to Hokkaido. Traders said tighter "
            "paperwork had pushed prices for legal Russian urchins up by about 10% this summer.",
        ],
    ),
    dict(
        id="b116-57", feed="tidepool-en", published="2026-10-19T04:00:00Z",
        title="1956 at 70: a fishing town reads a declaration that never became a treaty",
        summary="On the anniversary of the Soviet-Japanese Joint Declaration, Nemuro's older fishermen recall "
                "what it promised and what it did not deliver.",
        label="restatement",
        note="Anniversary/background piece (70 years of the 1956 declaration); restates seeds (1956 "
             "declaration ended the state of war, no treaty signed; talks halted in 2022; Russia says "
             "sovereignty is not in question).",
        author="Mariko Dunn",
        body=[
            "Seventy years ago today, in Moscow, Japan and the Soviet Union signed a joint declaration that "
            "ended the state of war between them and restored diplomatic relations. In Nemuro, fishermen of a "
            "certain age still talk about it as the moment the islands seemed close.",
            "The declaration said the Soviet Union would hand over Shikotan and the Habomai islets after a "
            "peace treaty was concluded. No treaty followed, and the islands, along with Kunashiri and "
            "Etorofu, remain under Russian control.",
            "\"My father said the kelp grounds would be ours again within a year,\" recalled an 84-year-old "
            "retired skipper. \"He died in 1998.\"",
            "Negotiations on a treaty continued on and off for decades. In March 2022 Moscow said it would no "
            "longer negotiate with a country that had imposed sanctions on it, and Russian officials have since "
            "called a resumption \"categorically impossible\" while insisting that Russia's sovereignty over "
            "the islands is not in question.",
            "Japan's government says its aim remains to resolve the territorial issue and conclude a peace "
            "treaty.",
            "The city's museum has put the front pages of October 1956 on display until the end of the month.",
        ],
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        id="b116-60", feed="gaffhook-en", published="2027-01-26T06:00:00Z",
        title="Will Habomai's sea cucumber boats return to Kaigara in 2027? Few are betting on it",
        summary="A year after Russia declined to renew the one-season trial, the Nemuro cooperative says it has "
                "heard nothing new from Moscow.",
        label="status_change", group="b116-g8",
        new_facts=["(follow-up, no new fact) the Kaigara sea cucumber fishery remains unrenewed"],
        note="Questioned follow-up of g8 with no new fact: no request answered, no decision; a second alert "
             "would be a repeat.",
        author="Hana Whitcombe", section="Policy", tags=["Sea cucumber", "Outlook 2027"],
        body=[
            "As Nemuro's fishermen plan the 2027 season, one question keeps coming up at the Habomai Fisheries "
            "Cooperative: will the sea cucumber boats get back to Kaigara Island?",
            "Not soon, it seems. The cooperative says it has received no reply to a request sent through the "
            "Hokkaido Fisheries Association in December, and Russian officials have said nothing publicly since "
            "Moscow declined to renew the trial for 2026.",
            "The 2025 trial, limited to a single season, let 15 boats dredge around the islet, which Russia "
            "calls Signalny, for just under three months. They landed about 32 tonnes.",
            "\"It would be a surprise if the answer came before the kelp talks, and the kelp talks come first,\" "
            "said a cooperative official.",
            "Beach prices for Hokkaido sea cucumber slipped in the second half of 2026 as Chinese demand "
            "softened, which cooperative members say makes the lost grounds less painful than a year ago.",
            "The cooperative's attention is now on the kelp season, which depends on a separate agreement "
            "negotiated each spring. Members say they will not press the sea cucumber request if it risks "
            "complicating the kelp talks.",
        ],
    ),
]
