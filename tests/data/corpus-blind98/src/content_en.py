"""English-language articles (scoter-wire, eiderpoint-en, guillemot-post, bowline-brief)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b98-01", "feed": "guillemot-post", "published": "2024-02-14T05:40:00Z",
        "title": "Hokkaido governor vows to keep islands campaign going as former residents age",
        "summary": "Opening the assembly's spring session, the governor restated Hokkaido's call for the "
                   "return of the Russian-held islands and urged Tokyo to keep pressing Moscow on grave visits.",
        "label": "restatement",
        "note": "Annual policy address; new speaker restating Japan's claim and a request that Russia allow "
                "grave visits. Seeds: talks terminated March 2022, visa-free trips ended; Rudenko 8 Feb 2024 "
                "'categorically impossible'. No new fact.",
        "section": "Japan", "author": "Hana Okuda in Sapporo",
        "caption": "The Hokkaido prefectural assembly building in Sapporo.",
        "body": [
            "SAPPORO — Hokkaido's governor opened the prefectural assembly's first regular session of the year on "
            "Wednesday with a pledge to keep up the campaign for the return of the four Russian-held islands off the "
            "prefecture's eastern tip, telling lawmakers that the people who once lived there \"cannot be asked to "
            "wait much longer\".",
            "Most of the hour-long policy address dealt with the budget, rising prices and a shortage of workers in "
            "fisheries and farming. The governor devoted a short passage to what Japan calls the Northern Territories "
            "— Etorofu, Kunashiri, Shikotan and the Habomai islets, known in Russia as the southern Kurils.",
            "\"Relations between Japan and Russia remain in an extremely severe state, and the path to a solution "
            "is not visible,\" he said. \"But the wish of the former residents to pray at the graves of their "
            "ancestors is a humanitarian matter, and I will continue to ask the national government to press the "
            "Russian side to allow it.\"",
            "Nothing in the passage was new. Moscow broke off peace treaty negotiations in March 2022 in response to "
            "Japanese sanctions over the invasion of Ukraine, and at the same time scrapped the visa-free exchange "
            "programme and the simplified visits for former residents that had let thousands of Japanese travel to "
            "the islands since the 1990s. A Russian deputy foreign minister said last week that resuming the treaty "
            "dialogue was \"categorically impossible\" under current conditions.",
            "The governor has made a similar appeal in each annual address since then, and the figures explain why "
            "the tone has grown more urgent: of the roughly 17,000 Japanese who lived on the islands in 1945, about "
            "5,000 are still alive, and their average age is above 88.",
            "\"We hear the same words every February. We are grateful for them, but words do not take us to the "
            "island,\" said a 90-year-old former resident of Shikotan reached by telephone in Nemuro, who asked not "
            "to be named. \"My father is buried there. I want to tell him we are still trying.\"",
            "The session runs until late March. Opposition members are expected to question the governor on support "
            "for fishing communities in the Nemuro region, which face the islands across a few kilometres of water.",
        ],
        "related": ["Nemuro's fishing fleet braces for another lean saury season",
                    "Sapporo snow festival draws record crowds",
                    "Explainer: what are the Northern Territories?"],
        "comments": [("kushiro_reader", "Every year the same paragraph. At least he still says it."),
                     ("S. Tanabe", "The fishermen in Nemuro need real support, not speeches.")],
    },
    {
        "id": "b98-06", "feed": "scoter-wire", "published": "2024-05-02T05:10:00Z",
        "title": "Japan protests Russian radio programme beamed in Japanese from Kunashir",
        "summary": "A Sakhalin station has aired a daily Japanese-language show from a new transmitter on the "
                   "Russian-held island since late April; Tokyo says it has lodged a protest.",
        "label": "new_development", "group": "b98-g1",
        "new_facts": ["A Russian station broadcasts a daily Japanese-language radio programme ('Voice of Kunashir') "
                      "from a new transmitter on Kunashir aimed at eastern Hokkaido; Japan protested"],
        "must_mention": [["japanese-language", "japanese language", "in japanese"], ["radio", "broadcast"]],
        "note": "Third report of the Kunashir Japanese-language radio (first in Russian, b98-04); adds Tokyo's "
                "protest but it is the same development.",
        "section": "Japan", "author": "Scoter Wire Tokyo bureau",
        "tags": ["Japan", "Russia", "Kuril Islands", "Media"],
        "body": [
            "TOKYO, May 2 (Scoter Wire) - Japan has lodged a protest with Russia over a Japanese-language radio "
            "programme broadcast from a new transmitter on Kunashir, one of the Russian-held islands claimed by "
            "Tokyo, which can be heard across the strait in eastern Hokkaido, the government's top spokesman said "
            "on Thursday.",
            "The half-hour programme, called \"Voice of Kunashir\", has aired every evening since April 20 on an FM "
            "frequency from a transmitter near the village of Golovnino at the island's southern end, about 25 km "
            "(16 miles) across the water from the Hokkaido town of Shibetsu, according to the local station that "
            "produces it.",
            "\"Broadcasting to our citizens from the Northern Territories on the premise that Russia has "
            "jurisdiction there is incompatible with Japan's position, and we have conveyed this to the Russian "
            "side through diplomatic channels,\" the chief cabinet secretary told a regular news conference. He "
            "declined to say whether Japan would take any technical measures.",
            "The internal affairs ministry, which regulates the airwaves, is checking whether the signal interferes "
            "with Japanese FM stations in the Nemuro area, a ministry official said.",
            "The programme mixes short items about life on the island with music and basic Russian lessons, and is "
            "presented by a Japanese-language teacher from the island's main town, Yuzhno-Kurilsk. Its editor told a "
            "Sakhalin news site last month that the aim was to tell \"our Japanese neighbours how the islands really "
            "live today\".",
            "Residents of Shibetsu and neighbouring Rausu told local media the broadcast came in clearly on car "
            "radios in the evening. \"It is strange to hear Japanese coming from over there,\" one fisherman said.",
            "Japan claims the four southernmost islands of the Kuril chain, seized by Soviet troops at the end of "
            "World War Two, and the dispute has kept the two countries from signing a peace treaty. Moscow broke off "
            "treaty talks in March 2022 over Japan's sanctions on Russia.",
            "(Reporting by Scoter Wire Tokyo bureau; Editing by Paul Renner)",
        ],
        "related": ["Japan's exports to Russia fall for third straight year",
                    "Russian fighter jets drill over Sea of Okhotsk",
                    "Japan protests Russian sovereignty remarks on Kurils"],
    },
    {
        "id": "b98-07", "feed": "bowline-brief", "published": "2024-05-28T07:00:00Z",
        "title": "Nemuro, two years on: a town that faces the islands, and a door that stays shut",
        "summary": "What changed on the Russian-held islands in 2022, whether anything is being negotiated, and why "
                   "few people in eastern Hokkaido expect the ferries to sail again soon.",
        "label": "restatement",
        "note": "Explainer restating seed facts (March 2022 termination of talks, visa-free trips, joint economic "
                "dialogue; Rudenko Feb 2024). Questioned/conditional resumption ('could visits return?') with no "
                "new fact.",
        "section": "Explainer", "author": "Bowline desk",
        "body": [
            "On a clear morning the islands look close enough to swim to. From Cape Nosappu, the eastern tip of "
            "Hokkaido, the nearest of the Habomai islets sits less than four kilometres away, and the long ridge of "
            "Kunashir fills the horizon to the north. For a generation, Nemuro was the port from which Japanese "
            "visitors left for those islands without visas. Since 2022 no one has.",
            "## What changed in 2022?",
            "On March 21, 2022, Russia's foreign ministry said it did not intend to continue peace treaty "
            "negotiations with a country that had taken \"openly unfriendly positions\", a reference to Japan's "
            "sanctions over Ukraine. In the same statement it withdrew from the dialogue on joint economic "
            "activities on the islands and ended visa-free trips by Japanese citizens under the 1991 exchange "
            "arrangements and the 1999 agreement on simplified visits by former residents.",
            "## Is anything being negotiated now?",
            "No. In February this year Deputy Foreign Minister Andrey Rudenko told TASS that resuming the treaty "
            "dialogue was \"categorically impossible\" and that the condition for any normalisation was Tokyo's "
            "abandonment of its \"hostile policy\". Japan's position is equally unchanged: it says the islands are "
            "its territory and that it seeks to resolve the question and then sign a treaty.",
            "## Could the visits come back?",
            "In principle, yes — the agreements were ended by a Russian decision, and a Russian decision could "
            "restore them. In practice, Russian officials have tied any thaw to Japan dropping its sanctions, which "
            "Tokyo shows no sign of doing. Asked this month whether the exchange ship might sail this summer, a "
            "Nemuro city official answered with a single word: \"Unlikely.\"",
            "## What is Hokkaido doing meanwhile?",
            "What it has always done: resolutions in the city and prefectural assemblies, rallies every February 7, "
            "school visits by former residents who tell children about the villages they left. The association of "
            "former islanders estimates its members' average age at 88.",
            "## The bottom line",
            "Nothing in the official positions has moved since March 2022. If that changes, it will most likely be "
            "announced in Moscow — and felt first in Nemuro.",
        ],
        "related": ["Explainer: the 1956 Joint Declaration in 300 words",
                    "Sakhalin's budget and the Kurils",
                    "Korea: the armistice at 71"],
    },
    {
        "id": "b98-09", "feed": "eiderpoint-en", "published": "2024-07-09T00:30:00Z",
        "title": "In Rausu, the horizon has a line drawn through it",
        "summary": "Fishermen on the Shiretoko Peninsula work within sight of Kunashiri. They say the sea has felt "
                   "narrower since 2022, even though the rules on paper have not changed.",
        "label": "restatement",
        "note": "Feature/background on a fishing town facing Kunashir; no event, no new position. Mentions 2022 "
                "termination (seed) only as background.",
        "section": "Fisheries", "author": "Daniel Moroz",
        "body": [
            "RAUSU — At four in the morning the harbour lights of Rausu are already on, and so, twenty-five "
            "kilometres across the water, are the lights of Kunashiri. Takeshi Arai has looked at them every working "
            "day for forty years.",
            "\"When I was young my father told me: the island is ours, but the sea in the middle belongs to whoever "
            "has the bigger boat,\" said Arai, 63, who fishes for walleye pollock and, in summer, for salmon with "
            "set nets. \"Nothing has changed about that.\"",
            "The Nemuro Strait has no agreed border. Japan does not recognise Russian control of Kunashiri, and "
            "Japanese fishermen work to the so-called median line, an informal boundary halfway between the Shiretoko "
            "coast and the island. Cross it, and a grey Russian border guard patrol boat may appear within minutes. "
            "Over the decades, dozens of boats from Rausu, Shibetsu and Nemuro have been detained and their crews "
            "fined.",
            "Rausu's fishermen say they keep well inside the line. What has changed since 2022, they say, is the "
            "mood. The visa-free exchange programme, which used to bring island residents to Hokkaido and took "
            "Japanese fishermen and officials to Kunashiri, was ended by Moscow in March of that year, along with the "
            "peace treaty talks. \"Before, at least we knew some of their faces,\" Arai said. \"Now there is nobody "
            "to talk to.\"",
            "The town's fisheries cooperative says the catch has held up better than in neighbouring ports, helped "
            "by cold currents and a strong run of autumn salmon last year. But young people are not joining the "
            "fleet. Of the cooperative's members, more than half are over sixty.",
            "From the Rausu Kunashiri Observatory above the town, visitors can see the island's volcano, Tyatya, "
            "through coin-operated binoculars. A sign in Japanese, English and Chinese explains that the island is "
            "\"Japanese territory illegally occupied by Russia\". The tourists take photographs. The fishermen, who "
            "see it every day, rarely go up.",
            "\"It is not a view,\" said Arai. \"It is where we work.\"",
        ],
        "related": ["Shiretoko tour boats post busiest June since 2019",
                    "Kelp prices hold as Hidaka harvest begins",
                    "Why Nemuro's saury fleet keeps shrinking"],
        "comments": [("Mika, Shibetsu", "Thank you for writing about Rausu people, not just politics."),
                     ("kelp_and_coffee", "The line in the sea is the whole story of this region.")],
    },
    {
        "id": "b98-10", "feed": "guillemot-post", "published": "2024-08-06T09:15:00Z",
        "title": "Chinese coast guard ships log record run near Senkaku Islands",
        "summary": "Japan's coast guard says Chinese vessels have been seen in waters next to the uninhabited islands "
                   "every day for a record period, as Tokyo files fresh protests.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku, Japan-China); the Russia dispute is mentioned only "
                "in a one-line comparison.",
        "section": "Asia", "author": "Staff reporter",
        "caption": "A Japan Coast Guard patrol vessel in the East China Sea.",
        "body": [
            "Chinese coast guard vessels have been spotted in the contiguous zone around the Japanese-administered "
            "Senkaku Islands every day for a record stretch, Japan's coast guard said on Tuesday, underlining "
            "Beijing's determination to press its claim to the uninhabited islets in the East China Sea.",
            "The islands, which China calls Diaoyu, have been under Japanese control since 1972. Beijing has sent "
            "coast guard ships into the surrounding waters with growing regularity since Japan bought three of the "
            "islets from a private owner in 2012.",
            "\"We will continue to respond calmly and resolutely,\" Japan's chief cabinet secretary said, adding "
            "that Tokyo had lodged protests through diplomatic channels each time Chinese vessels entered Japanese "
            "territorial waters.",
            "Four Chinese ships briefly entered the 12-nautical-mile territorial sea on Monday and tried to approach "
            "a Japanese fishing boat, the coast guard said. Japanese patrol ships escorted the boat away.",
            "Analysts say the permanent presence is part of a strategy to demonstrate administrative control. "
            "\"Every day on the calendar is an argument in a future negotiation,\" said a maritime security "
            "researcher at a Tokyo university.",
            "Japan also has unresolved territorial disputes with South Korea, over islets in the Sea of Japan, and "
            "with Russia, over islands off Hokkaido. Unlike the Senkakus, those islands are controlled by the other "
            "side.",
        ],
        "related": ["Philippines and Japan step up coast guard cooperation",
                    "Okinawa governor seeks talks on U.S. base relocation",
                    "China's fishing militia: a primer"],
        "comments": [("pacific_watch", "Record after record. When does this become the new normal?")],
    },
    {
        "id": "b98-14", "feed": "eiderpoint-en", "published": "2024-09-20T02:00:00Z",
        "title": "A cross on Suisho: Tokyo protests Russian Orthodox monument in sight of Nemuro",
        "summary": "The 12-metre cross, raised on the islet Russia calls Tanfilyev and consecrated this month, is "
                   "clearly visible from Cape Nosappu. Japan has lodged a protest with Moscow.",
        "label": "new_development", "group": "b98-g2",
        "new_facts": ["Russia erected and consecrated a 12-metre Orthodox cross on Suisho (Tanfilyev) island in the "
                      "Habomai group, visible from Cape Nosappu; Japan protested"],
        "must_mention": [["cross"], ["suisho", "tanfilyev"]],
        "note": "Third report of the Suisho/Tanfilyev cross (first in Japanese, b98-12); same development with "
                "Tokyo's protest.",
        "section": "Northern Territories", "author": "Aya Kondo",
        "body": [
            "NEMURO — From the observation deck at Cape Nosappu it looks like a thin white mark on the low, grassy "
            "island. Through binoculars it is unmistakable: a tall Orthodox cross, its slanted lower bar pointing "
            "towards Hokkaido.",
            "The cross stands on Suisho, the largest of the Habomai islets, which Russia calls Tanfilyev Island, "
            "about seven kilometres from the cape. According to the Russian Orthodox diocese on Sakhalin, it is 12 "
            "metres tall, was made in Yuzhno-Sakhalinsk, shipped to the island on a border guard vessel and "
            "consecrated on September 8 by the diocese's bishop.",
            "Japan's foreign ministry said on Thursday that it had protested to Russia through diplomatic channels, "
            "calling the structure \"incompatible with Japan's position on the Northern Territories\" and "
            "\"unacceptable\". A ministry spokesperson said Japan had asked the Russian side to remove it.",
            "Fishermen from the Habomai fisheries cooperative first noticed the structure in early September and "
            "told city officials. The Japan Coast Guard later photographed it from a patrol vessel.",
            "For former residents of the islets, the location is painful. Before 1945 Suisho had about 1,000 "
            "inhabitants, most of them kelp fishermen, and a Japanese cemetery. \"Our families' graves are on that "
            "island and we cannot visit them,\" said a 92-year-old former resident who now lives in Nemuro. \"Now "
            "they put up a monument of their own religion and tell us it is Russian land.\"",
            "The diocese described the cross as a \"sign of blessing at the eastern edge of the Russian land\". It "
            "stands near the island's border guard post, which has been the only permanent Russian presence on "
            "Suisho since the Soviet era.",
            "Nemuro's mayor, Tsuneo Minegishi, said the city would raise the matter in its annual petition to the "
            "national government. \"It is visible from our city every day,\" he said. \"That is, I suppose, the "
            "point.\"",
        ],
        "related": ["Habomai kelp season ends early after storms",
                    "Former islanders' average age passes 88",
                    "Nosappu observation tower reopens after repairs"],
        "comments": [("nemuro_native", "You can see it with the naked eye on a clear day. Very upsetting for the older people here."),
                     ("J.T.", "Interesting detail about the border post. Thanks for the reporting.")],
    },
    {
        "id": "b98-16", "feed": "scoter-wire", "published": "2024-11-12T06:30:00Z",
        "title": "Russian consul in Sapporo says island visits could resume if Japan drops sanctions",
        "summary": "In a rare interview with Hokkaido media, Russia's consul general repeated Moscow's line that visa-free "
                   "trips and treaty talks depend on Tokyo abandoning its 'unfriendly' course.",
        "label": "restatement",
        "note": "Conditional ('could resume if Japan drops sanctions') by a new speaker; restates seed positions "
                "(visa-free trips ended 2022, talks impossible while sanctions; Rudenko's condition). No decision.",
        "section": "Japan", "author": "Scoter Wire Sapporo correspondent",
        "tags": ["Japan", "Russia", "Hokkaido"],
        "body": [
            "SAPPORO, Nov 12 (Scoter Wire) - Visa-free trips by Japanese citizens to the Russian-held southern Kuril "
            "islands could resume if Tokyo lifted its sanctions against Moscow, Russia's consul general in Sapporo "
            "said in an interview with a Hokkaido broadcaster aired on Tuesday.",
            "\"The Russian side did not close this door out of a wish to close it. It was Tokyo's choice to take an "
            "openly unfriendly course,\" consul general Andrei Veselov said. \"If Japan returns to a normal policy "
            "toward our country, many things could become possible again, including the exchanges that people in "
            "Nemuro remember with warmth.\"",
            "Asked whether any such step was being prepared, Veselov said no decisions had been taken and that the "
            "position set out by Moscow in 2022 remained in force. He added that Russia's sovereignty over the "
            "islands was \"not a subject for discussion\".",
            "Russia ended visa-free travel for Japanese citizens to the islands in March 2022, when it also said it "
            "would not continue peace treaty negotiations, citing Japan's sanctions over the war in Ukraine. In "
            "February, Deputy Foreign Minister Andrey Rudenko said the key condition for normalisation was Tokyo's "
            "\"refusal from the hostile policy\".",
            "A Japanese foreign ministry official said Tokyo had no plans to change its sanctions policy and that "
            "the suspension of the exchanges was \"entirely the responsibility of the Russian side\".",
            "Hokkaido's governor and the mayors of towns facing the islands have repeatedly asked the national "
            "government to press Moscow to allow former residents to visit family graves.",
            "(Reporting by Scoter Wire; Editing by Miriam Cole)",
        ],
        "related": ["Japan extends sanctions on Russian banks",
                    "Hokkaido tourism hits record as Asian visitors return"],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b98-18", "feed": "guillemot-post", "published": "2025-01-14T03:20:00Z",
        "title": "Japanese utilities keep Sakhalin LNG flowing as U.S. licence is extended",
        "summary": "Buyers in Hokkaido and Honshu say cargoes from Russia's Far East remain vital for winter supply "
                   "despite sanctions pressure.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia news (Sakhalin-2 LNG, sanctions); no islands, no peace treaty.",
        "section": "Business", "author": "Business desk",
        "caption": "An LNG carrier at a terminal in northern Japan.",
        "body": [
            "Japanese power and gas companies will keep taking liquefied natural gas from Russia's Sakhalin-2 "
            "project through the winter after Washington extended a licence that allows transactions with the "
            "project's operator, industry officials said on Tuesday.",
            "Sakhalin-2, off the island north of Hokkaido, supplies just under a tenth of Japan's LNG imports. "
            "Japanese trading houses kept their stakes in the project after Russia's invasion of Ukraine in 2022, "
            "arguing that abandoning it would hand the gas to Chinese buyers and raise costs for Japanese "
            "households.",
            "\"For utilities in northern Japan, the short shipping distance makes Sakhalin cargoes very hard to "
            "replace in January and February,\" said an energy analyst in Tokyo. A cargo from Sakhalin reaches "
            "Japanese terminals in about three days, against two weeks or more from the Middle East.",
            "The government has said it will reduce dependence on Russian energy over time but has not set a date "
            "for ending Sakhalin purchases. The trade ministry said on Tuesday there was \"no change\" to that "
            "policy.",
            "Prices for spot LNG in Asia eased slightly this week on mild weather forecasts.",
        ],
        "related": ["Yen slips as Bank of Japan signals patience",
                    "Hokkaido Electric restarts coal unit after repairs"],
        "comments": [],
    },
    {
        "id": "b98-21", "feed": "guillemot-post", "published": "2025-01-29T04:05:00Z",
        "title": "Russian airliner bound for disputed Kunashir makes emergency landing in Hokkaido",
        "summary": "The Aurora turboprop with 45 people on board diverted to Nakashibetsu after a technical warning; "
                   "Japan let the passengers stay overnight on humanitarian grounds.",
        "label": "new_development", "group": "b98-g3",
        "new_facts": ["An Aurora airliner flying Yuzhno-Sakhalinsk - Yuzhno-Kurilsk (Kunashir) made an emergency "
                      "landing at Nakashibetsu, Hokkaido, on 27 January 2025; Japan granted emergency landing "
                      "permission to its 41 passengers and 4 crew"],
        "must_mention": [["nakashibetsu"], ["landing", "landed", "diverted"]],
        "note": "Third report of the emergency landing (first in Japanese, b98-19); same development.",
        "section": "Japan", "author": "Hana Okuda in Sapporo",
        "caption": "Nakashibetsu airport in eastern Hokkaido.",
        "body": [
            "SAPPORO — A Russian passenger plane flying to Kunashir, one of the islands at the heart of the territorial "
            "dispute between Japan and Russia, made an emergency landing in eastern Hokkaido on Monday after a "
            "technical warning, and its passengers spent the night in a Japanese hotel before being flown back to "
            "Sakhalin.",
            "The Aurora airline turboprop, with 41 passengers and four crew, was flying from Yuzhno-Sakhalinsk to "
            "Yuzhno-Kurilsk on Kunashir when the crew reported a hydraulic system alert. With dense fog at the "
            "island's Mendeleyevo airport, the pilots diverted to Nakashibetsu, about 70 km away across the Nemuro "
            "Strait, and landed safely at 3.10pm local time. No one was hurt.",
            "Japan's immigration agency granted the passengers emergency landing permission, which allows people "
            "without visas to enter the country temporarily in such cases. They were taken to a hotel in the town, "
            "and a replacement aircraft from Yuzhno-Sakhalinsk collected them on Tuesday morning. The damaged plane "
            "remains at Nakashibetsu pending repairs.",
            "Japan's foreign ministry described the response as humanitarian and said it \"does not affect Japan's "
            "legal position on the Northern Territories in any way\". The airport's operator said it could find no "
            "record of a plane bound for or coming from the disputed islands ever landing at a Japanese airport "
            "before.",
            "The regional government of Sakhalin thanked the Japanese authorities. \"Our neighbours acted quickly and "
            "professionally,\" a spokesperson for the regional transport ministry said.",
            "Most of the passengers were island residents returning from the regional capital, including a school "
            "sports team. A woman from Yuzhno-Kurilsk told Russian media the hotel staff had brought the children "
            "extra blankets. \"They were very kind. We saw Japan for one evening, through a window,\" she said.",
            "Moscow and Tokyo have not held peace treaty talks since 2022, when Russia broke them off over Japan's "
            "sanctions and ended visa-free exchanges with the islands.",
        ],
        "related": ["Sea ice arrives off Abashiri a week earlier than usual",
                    "Explainer: who lives on the Kuril Islands today?"],
        "comments": [("airport_fan", "Good to see ordinary decency still works across that strait."),
                     ("Rausu dad", "Nakashibetsu staff did well. Fog on Kunashir is no joke in January.")],
    },
    {
        "id": "b98-22", "feed": "scoter-wire", "published": "2025-02-07T06:45:00Z",
        "title": "Japan's prime minister vows 'persistent' diplomacy on Russian-held islands at annual rally",
        "summary": "Speaking on Northern Territories Day, the prime minister said Japan's policy of resolving the "
                   "territorial issue and then concluding a peace treaty was unchanged.",
        "label": "restatement",
        "note": "Annual Northern Territories Day rally (7 Feb); restatement of Japan's known policy; talks broken "
                "off by Russia in 2022 (seed). No new fact.",
        "section": "Japan", "author": "Scoter Wire Tokyo bureau",
        "tags": ["Japan", "Russia", "Kuril Islands"],
        "body": [
            "TOKYO, Feb 7 (Scoter Wire) - Japan's prime minister said on Friday that Tokyo's goal of resolving the "
            "territorial dispute with Russia and then signing a peace treaty was unchanged, while acknowledging that "
            "relations with Moscow remained in a difficult state because of the war in Ukraine.",
            "\"Japan-Russia relations are in a severe situation, but the government's policy of resolving the "
            "territorial issue and concluding a peace treaty remains unchanged,\" the prime minister told the annual "
            "national rally for the return of the Northern Territories in Tokyo.",
            "He also said the government would continue to place the highest priority on the resumption of visits by "
            "former residents to the graves of their relatives on the islands.",
            "Russia broke off peace treaty talks in March 2022 in response to Japanese sanctions and ended visa-free "
            "travel to the islands for Japanese citizens. Russian officials have since repeatedly said that resuming "
            "the dialogue was impossible under current conditions.",
            "February 7 has been marked as Northern Territories Day in Japan since 1981. It commemorates the signing "
            "of the 1855 Treaty of Shimoda, which drew the border between Japan and Russia between the islands of "
            "Etorofu and Urup.",
            "About 1,000 people attended the rally, including former island residents and governors and mayors from "
            "Hokkaido.",
            "(Reporting by Scoter Wire; Editing by Paul Renner)",
        ],
        "related": ["Russia's foreign ministry criticises Japan's 'Northern Territories Day'",
                    "Japan's core inflation accelerates"],
    },
    {
        "id": "b98-24", "feed": "bowline-brief", "published": "2025-02-22T08:00:00Z",
        "title": "Takeshima Day: Shimane's annual ceremony and Seoul's annual protest",
        "summary": "Every February 22 a Japanese prefecture commemorates its claim to islets South Korea controls, "
                   "and every year Seoul summons a Japanese diplomat. A short guide.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea); annual ceremony; Russia "
                "mentioned only in passing.",
        "section": "Explainer", "author": "Bowline desk",
        "body": [
            "Today is Takeshima Day in Shimane prefecture, and the choreography is familiar.",
            "## What is being commemorated?",
            "On February 22, 1905, Shimane incorporated a pair of rocky islets in the Sea of Japan, which Japan calls "
            "Takeshima and South Korea calls Dokdo. South Korea has controlled them since the 1950s and keeps a small "
            "police detachment there.",
            "## What happens today?",
            "Shimane holds a ceremony in Matsue, attended as usual by a vice-ministerial official from Tokyo rather "
            "than a cabinet minister. South Korea's foreign ministry issues a statement demanding that Japan "
            "abolish the event and summons a Japanese diplomat in Seoul. Both sides then return to business.",
            "## Does it matter?",
            "Less than it did. Tokyo and Seoul have spent the past two years rebuilding security cooperation, and "
            "neither government wants a rock in the sea to get in the way. Officials on both sides describe the "
            "ritual as \"managed\".",
            "## Japan's other disputes",
            "Japan also claims islands held by Russia off Hokkaido and controls the Senkaku islets that China "
            "claims. Each dispute has its own calendar: February 7 for the Russian-held islands, February 22 for "
            "Takeshima. None of the three is close to resolution.",
        ],
        "related": ["South Korea and Japan resume shuttle diplomacy",
                    "Explainer: the Senkaku Islands"],
    },
    {
        "id": "b98-29", "feed": "eiderpoint-en", "published": "2025-06-10T05:00:00Z",
        "title": "Nemuro-area mayors take annual petition to Tokyo: 'Let us visit the graves'",
        "summary": "Leaders of the city and four towns facing the Russian-held islands asked ministers to press Moscow "
                   "on grave visits and to keep funding the region's fisheries.",
        "label": "restatement",
        "note": "Requested move (mayors urge government to press Russia to allow grave visits); annual petition; "
                "officials promise 'efforts'. No decision or new position.",
        "section": "Northern Territories", "author": "Aya Kondo",
        "body": [
            "TOKYO — The mayors of Nemuro and of the four neighbouring towns of Betsukai, Nakashibetsu, Shibetsu and "
            "Rausu spent Monday walking the corridors of Kasumigaseki with a familiar request: persuade Russia to let "
            "elderly former residents visit their families' graves on the islands.",
            "The five municipalities, designated by national law as the region adjacent to the Northern Territories, "
            "deliver a joint petition every year. This year's document, handed to officials at the foreign ministry, "
            "the Cabinet Office and the fisheries agency, ran to eleven pages.",
            "\"Each year we come, and each year fewer former residents are alive to hear the answer,\" Nemuro mayor "
            "Tsuneo Minegishi told reporters after the meetings. \"We asked the government to use every channel to "
            "make the grave visits happen, even once.\"",
            "The petition also asks for continued subsidies for fishing cooperatives that operate near the islands, "
            "support for young people who want to learn about the former villages, and funding to maintain the "
            "exchange facilities in Nemuro that have stood unused since 2022.",
            "Officials told the delegation that the government was \"making strenuous efforts\" but that Russia had "
            "shown no willingness to discuss the matter. Moscow ended visa-free exchanges and the simplified visits "
            "for former residents in March 2022, when it also broke off peace treaty talks.",
            "Shibetsu mayor Nobuyuki Okabe said he understood the diplomatic situation. \"But it is hard to explain to "
            "a 90-year-old woman that the thing she wants most is impossible because of a war on the other side of "
            "the continent.\"",
            "The delegation was also scheduled to meet members of the Diet's special committee on Okinawa and the "
            "Northern Territories on Tuesday.",
        ],
        "related": ["Betsukai dairy farmers face higher feed costs",
                    "Nemuro to host national saury festival in September"],
        "comments": [("Hiro K.", "Same petition, same answer. But they should keep going.")],
    },
    {
        "id": "b98-31", "feed": "scoter-wire", "published": "2025-07-16T07:20:00Z",
        "title": "Head of Russia's Investigative Committee visits Kunashir; Japan protests",
        "summary": "Tokyo called the trip by one of Russia's most senior law-enforcement officials to the disputed "
                   "island 'unacceptable' and lodged a protest.",
        "label": "new_development", "group": "b98-g5",
        "new_facts": ["The chairman of Russia's Investigative Committee visited Kunashir (Yuzhno-Kurilsk) on 14 July "
                      "2025, his first visit; Japan protested"],
        "must_mention": [["investigative committee"], ["kunashir"]],
        "note": "Second report of the Investigative Committee chairman's visit to Kunashir (first in Russian, "
                "b98-30); same development with Japan's protest.",
        "section": "Japan", "author": "Scoter Wire Tokyo bureau",
        "tags": ["Japan", "Russia", "Kuril Islands"],
        "body": [
            "TOKYO, July 16 (Scoter Wire) - Japan lodged a protest with Russia on Wednesday over a visit by the head "
            "of Russia's Investigative Committee to Kunashir, one of the four Russian-held islands that Tokyo claims.",
            "The chairman of the committee, Russia's main federal body for criminal investigations, toured "
            "Yuzhno-Kurilsk, the island's main town, on Monday, according to the committee and Sakhalin media. He "
            "opened a new building for the local investigative department, met residents and laid flowers at a "
            "memorial to Soviet soldiers, the committee said. It was his first visit to the southern Kurils.",
            "\"The visit is incompatible with Japan's position on the Northern Territories and is unacceptable,\" "
            "the chief cabinet secretary told reporters, adding that Japan had conveyed a protest through diplomatic "
            "channels.",
            "According to the committee's statement, the chairman told local officers that \"the law on the Kurils "
            "works exactly as it does in Moscow\" and that any calls to alienate Russian territory would be pursued "
            "under existing criminal legislation.",
            "Japan has routinely protested visits to the islands by senior Russian officials. Moscow considers the "
            "islands, which Soviet forces seized in 1945, Russian territory and says its sovereignty over them is "
            "not in question.",
            "Russia broke off peace treaty negotiations with Japan in 2022 over Tokyo's sanctions.",
            "(Reporting by Scoter Wire; Editing by Miriam Cole)",
        ],
        "related": ["Russian court sentences Japanese national in espionage case",
                    "Japan's defence white paper flags Russian-Chinese drills"],
    },
    {
        "id": "b98-33", "feed": "guillemot-post", "published": "2025-08-14T22:00:00Z",
        "title": "Eighty years on, two ceremonies on either side of the Nemuro Strait",
        "summary": "As Japan marks the anniversary of its surrender, former islanders in Nemuro and officials on "
                   "Kunashir each remember 1945 in their own way.",
        "label": "restatement",
        "note": "Anniversary/occasion piece (80 years since end of WWII; Soviet Kuril landing); both sides restate "
                "known positions. No event.",
        "section": "Asia", "author": "Hana Okuda in Nemuro",
        "caption": "Former residents at a memorial on Cape Nosappu.",
        "body": [
            "NEMURO — Eighty years ago today, Emperor Hirohito's voice crackled over the radio announcing Japan's "
            "surrender. For the 17,000 Japanese living on the islands off Hokkaido's eastern tip, the war did not end "
            "that day. Soviet troops landed on the northern Kurils three days later and, by early September, had "
            "occupied Etorofu, Kunashiri, Shikotan and the Habomai islets.",
            "On Friday morning, about forty former residents and their families will gather at the memorial on "
            "Cape Nosappu to offer flowers and a minute of silence facing the islands. Most are in their late eighties "
            "or nineties; many were children in 1945.",
            "\"I remember the Soviet soldiers coming into our school,\" said Kazuko Hayama, 89, who grew up on "
            "Shikotan. \"They were not cruel to us children. But within two years we were all gone.\" Her family was "
            "deported to Sakhalin in 1947 and then to Hokkaido.",
            "Across the water, the Russian authorities on Kunashir are preparing their own commemorations of the "
            "Kuril landing operation, which Russia regards as the liberation of ancestral lands and the final "
            "campaign of the Second World War. Sakhalin's regional government has said the anniversary events will "
            "emphasise that the islands are \"Russian forever\".",
            "Tokyo maintains that the islands are Japanese territory occupied illegally. Moscow says its sovereignty "
            "over them, a result of the Second World War, cannot be questioned. Peace treaty negotiations, which "
            "Russia broke off in 2022, have not resumed.",
            "Asked what she would say if she could go back, Hayama paused. \"I would tell the people living in my "
            "house that I hope they are happy there. And I would ask to see my grandmother's grave.\"",
        ],
        "related": ["Emperor attends annual memorial service in Tokyo",
                    "80 years on: the last survivors of Sakhalin's evacuation ships"],
        "comments": [("N. Ueda", "A moving piece. The grandmother's grave line stays with you.")],
    },
    {
        "id": "b98-35", "feed": "eiderpoint-en", "published": "2025-09-09T04:30:00Z",
        "title": "Northern Territories minister views islands from Nosappu, promises to 'keep knocking'",
        "summary": "On his first visit to Nemuro since taking office, the minister met former residents, toured the "
                   "Hoppokan museum and said the government would press Russia on grave visits.",
        "label": "restatement",
        "note": "Visit by a Japanese official to the Hokkaido coast (an occasion, not a development); restates "
                "known policy and a request to Russia. No new measure announced.",
        "section": "Northern Territories", "author": "Daniel Moroz",
        "body": [
            "NEMURO — Japan's minister in charge of Northern Territories affairs stood on the observation deck at "
            "Cape Nosappu on Monday afternoon, looked out at the Habomai islets through a pair of fixed binoculars and "
            "said what visiting ministers usually say.",
            "\"Seeing the islands this close, I feel once again how unjust the present situation is,\" the minister "
            "told reporters. \"The government will keep knocking on the door so that the former residents can visit "
            "their ancestors' graves as soon as possible.\"",
            "It was the minister's first trip to Nemuro since taking up the post, a visit that has become a ritual "
            "for each new holder of the portfolio. The schedule included a tour of the Hoppokan museum at the cape, "
            "a meeting with the city's mayor and lunch with eight members of the association of former islanders.",
            "At the lunch, former residents asked the minister to make sure that their memories would be recorded "
            "and passed on. \"We are the last people who saw the villages with our own eyes,\" said one, a 93-year-old "
            "man born on Taraku. The minister promised to \"take the request back to Tokyo\".",
            "Asked by reporters whether there had been any contact with Russia about grave visits, the minister "
            "declined to go into diplomatic exchanges but said the situation remained \"extremely severe\". Russia "
            "broke off peace treaty talks in 2022 and ended the visa-free exchange programme that used to bring "
            "Japanese officials and former residents to the islands.",
            "Nemuro mayor Tsuneo Minegishi said he welcomed the visit. \"Every minister who comes here and sees the "
            "islands understands something that cannot be understood in Tokyo,\" he said.",
            "The minister flew back to Tokyo from Nakashibetsu on Monday evening.",
        ],
        "related": ["Hoppokan museum adds English audio guide",
                    "Saury landings at Hanasaki port lag last year's pace"],
        "comments": [("Local reader", "He said the right things. Let's see if anything happens."),
                     ("A. Sato", "Ministers come and go; the islands stay where they are.")],
    },
    {
        "id": "b98-37", "feed": "scoter-wire", "published": "2025-11-18T08:40:00Z",
        "title": "Kremlin denies Japanese magazine report of secret offer on Habomai islets",
        "summary": "The Kremlin and Tokyo both rejected a weekly's report that Russian intermediaries had floated handing "
                   "over the Habomai islets in exchange for sanctions relief.",
        "label": "restatement",
        "note": "Denied version of a move: both Moscow and Tokyo deny any offer; the seed positions (sovereignty not "
                "in question, talks impossible) stand. No new fact.",
        "section": "Japan", "author": "Scoter Wire Moscow and Tokyo bureaus",
        "tags": ["Japan", "Russia", "Kuril Islands", "Kremlin"],
        "body": [
            "MOSCOW/TOKYO, Nov 18 (Scoter Wire) - The Kremlin on Tuesday denied a Japanese magazine report that Russian "
            "intermediaries had sounded out Tokyo about handing over the Habomai islets off Hokkaido in return for an "
            "easing of Japanese sanctions.",
            "\"There is no such offer and there cannot be one,\" the Kremlin spokesman told reporters when asked about "
            "the report. \"Russia's sovereignty over these territories is not a subject of any negotiations.\"",
            "The report, published by a Tokyo weekly last week, cited unnamed sources as saying that business figures "
            "close to the Russian government had raised the idea with Japanese officials at a meeting in a third "
            "country. It gave no date for the alleged contact.",
            "Japan's chief cabinet secretary also rejected the report. \"There is no such fact,\" he told a news "
            "conference in Tokyo. \"Our position that the territorial issue must be resolved and a peace treaty "
            "concluded is unchanged.\"",
            "The Habomai islets, together with Shikotan, were promised to Japan under the 1956 Soviet-Japanese Joint "
            "Declaration once a peace treaty was signed. No treaty was ever concluded, and Moscow broke off "
            "negotiations in March 2022 over Japan's sanctions.",
            "Russian officials have repeatedly said that talks are impossible as long as Tokyo pursues what they call "
            "a hostile policy toward Russia.",
            "(Reporting by Scoter Wire; Editing by Paul Renner)",
        ],
        "related": ["Japan to extend export curbs on dual-use goods to Russia",
                    "Russia's Pacific Fleet holds drills in Sea of Japan"],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b98-39", "feed": "guillemot-post", "published": "2026-01-20T07:35:00Z",
        "title": "Sakhalin sets target of 30,000 tourists a year on Kurils by 2030",
        "summary": "A regional tourism strategy envisages new guesthouses and hiking trails on Iturup and Kunashir. "
                   "Japan has objected to Russian development of the islands in the past.",
        "label": "neutral",
        "note": "Borderline: a regional strategy with targets (no decree, no project launched); some monitors "
                "would alert on Russian development plans for the disputed islands.",
        "section": "Russia", "author": "Staff reporter",
        "caption": "The Tyatya volcano on Kunashir seen from the sea.",
        "body": [
            "The regional government of Sakhalin wants tourists on the Kuril Islands to more than triple by the end of "
            "the decade, according to a strategy presented to regional lawmakers on Tuesday.",
            "The document sets a target of 30,000 visitors a year to the Kurils by 2030, compared with fewer than "
            "10,000 now, most of whom visit Iturup and Kunashir. It proposes new guesthouses, marked hiking routes to "
            "the islands' volcanoes and hot springs, and more flights from Yuzhno-Sakhalinsk and Vladivostok.",
            "\"The Kurils are our calling card: volcanoes, bears, the ocean. People from all over Russia want to see "
            "them,\" the region's tourism minister told lawmakers. She said the plan would rely largely on private "
            "investors and the islands' special tax regime.",
            "The strategy is a planning document and does not commit money to specific projects. Lawmakers asked "
            "whether the islands' limited transport links and frequent fog could cope with the numbers envisaged.",
            "Japan, which claims the four southernmost islands of the chain, has in the past objected to Russian "
            "development projects there, saying they are incompatible with its position. Tokyo had not commented on "
            "the strategy by Tuesday evening.",
            "Travel to the islands requires a permit for foreigners because most of them lie within Russia's border "
            "zone.",
        ],
        "related": ["Sakhalin's ski resort reports record season",
                    "Russia's Far East struggles to keep young people"],
        "comments": [("traveller_jo", "30,000 tourists and one ferry. Good luck.")],
    },
    {
        "id": "b98-41", "feed": "bowline-brief", "published": "2026-03-10T08:00:00Z",
        "title": "Will the grave visits come back this summer? In Nemuro, nobody is packing",
        "summary": "Japan has asked. Russia has not answered. A short guide to why the most modest request in the "
                   "dispute remains unmet.",
        "label": "restatement",
        "note": "Questioned move ('will the grave visits come back?'); restates that Japan requests and Russia has "
                "not agreed; seed facts only. No new fact.",
        "section": "Russia & Japan", "author": "Bowline desk",
        "body": [
            "Every spring Nemuro asks the same question, and every spring the answer arrives by silence.",
            "## Has Russia said yes?",
            "No. Since 2022, when Moscow broke off peace treaty talks and ended visa-free travel to the islands, there "
            "has been no agreement on the visits that former residents once made to family graves on Kunashir, "
            "Etorofu, Shikotan and the Habomai islets.",
            "## Has Japan asked?",
            "Repeatedly — in statements by prime ministers, in meetings between diplomats, in petitions from Hokkaido's "
            "governor and the mayors of Nemuro and its neighbours. Japanese officials say privately that the request "
            "was raised again this winter. They do not say what, if anything, came back.",
            "## What would it take?",
            "Russian officials have said the key condition for any normalisation is that Tokyo abandon what they call "
            "its hostile course. That would mean easing sanctions imposed over Ukraine, which no Japanese government "
            "has signalled it is willing to do. Would Moscow make an exception for a humanitarian visit? Possibly. It "
            "has not done so.",
            "## Why does the calendar matter?",
            "The visits depended on the short summer sailing season, and preparations — ships, medical staff, lists of "
            "participants — used to start in spring. If there is no sign by May, there is no trip in August. "
            "Meanwhile the former residents' average age is approaching 90.",
            "## The bottom line",
            "Nobody in Nemuro is packing. If that changes, we will tell you.",
        ],
        "related": ["Explainer: who are the former islanders?",
                    "Russia's foreign ministry on Japan: the year in quotes"],
    },
    {
        "id": "b98-44", "feed": "eiderpoint-en", "published": "2026-04-15T09:00:00Z",
        "title": "Russia orders Japan to close its consulate in Sakhalin, Nemuro's nearest diplomatic link",
        "summary": "The consulate-general in Yuzhno-Sakhalinsk, which handled everything from detained fishermen to "
                   "grave-visit paperwork, must shut by July 1. Tokyo has protested.",
        "label": "new_development", "group": "b98-g6",
        "new_facts": ["Russia ordered Japan to close its Consulate-General in Yuzhno-Sakhalinsk by 1 July 2026 "
                      "(note handed 14 April 2026); Japan protested"],
        "must_mention": [["consulate"], ["clos", "shut"]],
        "note": "Third report of the consulate closure order (first in Russian, b98-42); same development.",
        "section": "Russia Watch", "author": "Aya Kondo",
        "body": [
            "NEMURO — Russia has ordered Japan to close its consulate-general in Yuzhno-Sakhalinsk, the Japanese "
            "diplomatic post nearest to the disputed islands and the one that for 25 years has handled the practical "
            "side of eastern Hokkaido's dealings with its Russian neighbours.",
            "Russia's foreign ministry handed a note to the Japanese embassy in Moscow on Tuesday saying the consulate "
            "must cease operations by July 1. The ministry accused the consulate of \"systematic activity incompatible "
            "with consular functions\", including the distribution of material promoting Japan's claim to what it "
            "calls the Northern Territories among residents of Sakhalin and the Kurils.",
            "Japan's foreign minister called the decision \"extremely regrettable and unacceptable\" and said Tokyo had "
            "lodged a strong protest. \"The accusations are groundless,\" he said. He said Japan was considering its "
            "response but did not say whether it would take action against Russia's consulate-general in Sapporo.",
            "The Yuzhno-Sakhalinsk consulate, opened in 2001, was where Hokkaido's fishing communities turned when "
            "boats were detained by Russian border guards, and where preparations for former islanders' visits to the "
            "islands were handled before Moscow ended them in 2022.",
            "\"When a boat from here was seized, the consulate staff were the first Japanese to see our crew,\" said a "
            "senior official of the Habomai fisheries cooperative. \"Who will go to them now? Moscow is six time "
            "zones away.\"",
            "Nemuro mayor Tsuneo Minegishi said the closure would \"cut one of the last threads\" between the region "
            "and Sakhalin. \"Even in the worst times, there was a Japanese office on the other side that we could call.\"",
            "The consulate currently has nine Japanese staff. Russia said Japanese citizens in the region could use "
            "the services of the embassy in Moscow.",
        ],
        "related": ["Habomai cooperative prepares for kelp season",
                    "Japan-Russia trade: what is left"],
        "comments": [("fisherman's wife", "My husband was held in 2006. The consul came every week. This is terrible news."),
                     ("sapporo_obs", "Watch what Tokyo does with the Russian consulate here in Sapporo.")],
    },
    {
        "id": "b98-46", "feed": "scoter-wire", "published": "2026-06-09T05:50:00Z",
        "title": "Nemuro mayor hopes to host children from Russian-held islands again 'when conditions allow'",
        "summary": "Speaking at the opening of the city's summer festival, the mayor said he wished to revive the "
                   "exchanges that ended in 2022, but acknowledged there had been no contact.",
        "label": "restatement",
        "note": "Wished-for move ('hopes to host... when conditions allow'); the mayor acknowledges no contact; the "
                "exchanges' termination is a seed fact. No new fact.",
        "section": "Japan", "author": "Scoter Wire Sapporo correspondent",
        "tags": ["Japan", "Russia", "Hokkaido"],
        "body": [
            "SAPPORO, June 9 (Scoter Wire) - The mayor of Nemuro, the Japanese city closest to the Russian-held "
            "islands off Hokkaido, said on Tuesday he hoped one day to welcome children from the islands again, "
            "reviving exchanges that ended when Russia scrapped visa-free travel in 2022.",
            "\"Before, children from Kunashiri and Shikotan came to our schools every summer, and our children went "
            "to theirs. I would like to see that again when conditions allow,\" Mayor Tsuneo Minegishi said at the "
            "opening of the city's summer festival.",
            "He acknowledged that the city had had no contact with the Russian side about any such visit, and that "
            "the national government's position was that such exchanges depended on a broader improvement in "
            "relations. \"It is a wish, not a plan,\" he told reporters afterwards.",
            "Russia ended the visa-free exchange programme in March 2022, when it also said it would not continue "
            "peace treaty negotiations with Japan, citing Tokyo's sanctions over Ukraine. More than 20,000 people "
            "took part in the exchanges between 1992 and 2019.",
            "Nemuro's exchange centre, built for the programme, is now used mainly for local events.",
            "(Reporting by Scoter Wire; Editing by Miriam Cole)",
        ],
        "related": ["Hokkaido wildfire season ends early after rain",
                    "Japan's Russia trade falls to 40-year low"],
    },
    {
        "id": "b98-47", "feed": "guillemot-post", "published": "2026-07-01T06:20:00Z",
        "title": "Japan's consulate in Yuzhno-Sakhalinsk lowers its flag after 25 years",
        "summary": "The closure ordered by Moscow in April took effect on Wednesday. Consular matters for Sakhalin now go "
                   "through the embassy in Moscow.",
        "label": "new_development", "group": "b98-g6",
        "new_facts": ["Japan's Consulate-General in Yuzhno-Sakhalinsk closed on 1 July 2026 as ordered by Russia"],
        "must_mention": [["consulate"], ["clos", "lowers its flag"]],
        "note": "Follow-up of the consulate closure order (b98-42): the closure takes effect as announced; no new "
                "decision. Member of the group, not a new development.",
        "section": "Asia", "author": "Staff reporter",
        "caption": "The former Japanese consulate building in Yuzhno-Sakhalinsk.",
        "body": [
            "Japan's consulate-general in Yuzhno-Sakhalinsk closed on Wednesday, as Russia had demanded in April, "
            "ending a quarter-century of Japanese consular presence on the island north of Hokkaido.",
            "The last Japanese staff left for Moscow on Tuesday after a short flag-lowering ceremony, a Japanese "
            "foreign ministry official said. The building, rented from a local company, will be handed back.",
            "Russia's foreign ministry ordered the closure on April 14, accusing the consulate of promoting Japan's "
            "claim to the southern Kuril Islands among local residents. Tokyo rejected the accusation and protested.",
            "The consulate's work — from visas and passports for the several hundred Japanese nationals who live or "
            "work on Sakhalin to assistance for fishermen detained by Russian border guards — will be handled by the "
            "embassy in Moscow, the foreign ministry said.",
            "In Nemuro, the Japanese city facing the islands, former residents said they feared the loss of the "
            "office would make it even harder to revive visits to family graves on the islands. \"It was the door we "
            "knocked on,\" said one.",
            "Russia's consulate-general in Sapporo continues to operate. Japan has not announced any reciprocal "
            "measure.",
        ],
        "related": ["Japan and Russia: a timeline since 2022",
                    "Sakhalin's LNG exports hold steady"],
        "comments": [("K. Ito", "Sad day. The consulate staff helped many Hokkaido people over the years.")],
    },
    {
        "id": "b98-49", "feed": "scoter-wire", "published": "2026-10-19T05:30:00Z",
        "title": "Seventy years after Joint Declaration, Tokyo and Moscow mark the date apart",
        "summary": "The 1956 declaration ended the state of war and promised Japan two islands after a peace treaty. "
                   "On its anniversary, both sides restated positions that have not moved.",
        "label": "restatement",
        "note": "Anniversary piece (70 years of the 1956 Joint Declaration, a seed fact); Japanese and Russian "
                "officials restate known positions (treaty after territorial issue; sovereignty not in question).",
        "section": "Japan", "author": "Scoter Wire Tokyo and Moscow bureaus",
        "tags": ["Japan", "Russia", "Kuril Islands", "History"],
        "body": [
            "TOKYO/MOSCOW, Oct 19 (Scoter Wire) - Seventy years after the Soviet Union and Japan signed a declaration "
            "ending the state of war between them, the two countries marked the anniversary on Monday with statements "
            "that underlined how far apart they remain.",
            "The Joint Declaration, signed in Moscow on Oct. 19, 1956, restored diplomatic relations and stated that "
            "the Soviet Union would hand over Shikotan and the Habomai islets to Japan after the conclusion of a peace "
            "treaty. No treaty has been signed.",
            "\"The Joint Declaration is an important foundation, and our policy of resolving the territorial issue and "
            "concluding a peace treaty is unchanged,\" Japan's chief cabinet secretary told reporters.",
            "In Moscow, the foreign ministry spokeswoman said the document had to be read \"in the context of the "
            "whole of international law and the results of the Second World War\", and that Russia's sovereignty over "
            "the islands \"is not subject to discussion\". Peace treaty talks were impossible while Japan pursued "
            "\"an openly hostile course\", she said.",
            "Russia broke off the negotiations in March 2022, citing Japan's sanctions over Ukraine.",
            "In Nemuro, the Japanese city facing the islands, former residents held a small gathering to mark the "
            "anniversary. \"In 1956 my father thought we would go home within a few years,\" said one, aged 88.",
            "(Reporting by Scoter Wire; Editing by Paul Renner)",
        ],
        "related": ["Explainer: the 1956 declaration's Article 9",
                    "Japan, Russia trade barbs at UN General Assembly"],
    },
    # ------------------------------------------------------------------ 2027
    {
        "id": "b98-51", "feed": "eiderpoint-en", "published": "2027-01-19T01:40:00Z",
        "title": "New study raises tsunami estimate for Nemuro and Kushiro from Kuril Trench quake",
        "summary": "Researchers say a megaquake along the Kuril Trench could send waves over 25 metres high onto parts "
                   "of the eastern Hokkaido coast, higher than previous estimates.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kuril/Chishima Trench) and set in Nemuro/Kushiro, but about "
                "earthquake science, not the dispute.",
        "section": "Environment", "author": "Daniel Moroz",
        "body": [
            "KUSHIRO — A magnitude 9 earthquake along the Kuril Trench, the deep seam in the Pacific floor that runs "
            "from off Hokkaido towards Kamchatka, could send tsunami waves more than 25 metres high onto parts of the "
            "coast of Nemuro and Kushiro, according to a study published on Monday.",
            "The research team, from a Hokkaido university and a national disaster research institute, used new "
            "seabed surveys and records of tsunami deposits left by ancient events to refine earlier models. Their "
            "worst-case estimate for the Nemuro Peninsula is about four metres higher than the figure the national "
            "government has used for planning since 2020.",
            "\"Geological evidence shows that giant tsunamis have struck this coast roughly every 350 to 400 years, "
            "and the last one was in the 17th century,\" the study's lead author said. \"We are well into the window.\"",
            "Local governments along the coast have been building evacuation towers and mounds since the government "
            "published its earlier estimate. Kushiro city said it would review its hazard maps in light of the new "
            "research.",
            "The Kuril Trench, known in Japan as the Chishima Trench, is one of the most active subduction zones in "
            "the world. Earthquakes along it in 1952 and 1973 caused tsunamis that struck eastern Hokkaido and the "
            "islands to its north.",
            "Residents of Nemuro said the news was sobering but not surprising. \"We grow up with the drills,\" said "
            "a high school teacher. \"The sea is beautiful, and the sea is dangerous.\"",
        ],
        "related": ["Kushiro's new evacuation tower opens",
                    "Drift ice arrives off Shiretoko"],
        "comments": [("Kushiro mom", "Please, everyone, check your evacuation route this weekend.")],
    },
    {
        "id": "b98-53", "feed": "bowline-brief", "published": "2027-04-13T08:00:00Z",
        "title": "This year's Diplomatic Bluebook, and the paragraph that never changes",
        "summary": "Japan's annual foreign policy report repeats, word for word, its line on the islands held by "
                   "Russia. What that tells you.",
        "label": "restatement",
        "note": "Annual report restating positions (Japan's sovereignty claim, 'resolve territorial issue then "
                "conclude treaty', relations severe). Wording explicitly unchanged. No new fact.",
        "section": "Japan", "author": "Bowline desk",
        "body": [
            "Japan's foreign ministry published its annual Diplomatic Bluebook on Tuesday. We read the Russia chapter "
            "so you don't have to.",
            "## What does it say about the islands?",
            "The same as last year. The Northern Territories \"are islands over which Japan has sovereignty and are an "
            "inherent part of the territory of Japan\"; the government's policy \"is to resolve the territorial issue "
            "and conclude a peace treaty\"; relations with Russia \"remain in a severe state\" because of the war in "
            "Ukraine. We compared the passages with the 2026 edition line by line. They are identical.",
            "## Anything about the former residents?",
            "A sentence noting that Japan continues to ask Russia to resume visits by former residents, \"with a focus "
            "on visits to family graves\". Also unchanged.",
            "## Why does it matter that nothing changed?",
            "Because Bluebook wording is negotiated inside the government, and any softening or hardening is read "
            "closely in Moscow. A word changed would be news. None was.",
            "## And Moscow?",
            "Russia's foreign ministry typically responds to the Bluebook within days. Last year it called the Japanese "
            "position on the islands \"legally void\" and repeated that Russia's sovereignty is not subject to "
            "discussion. Expect a similar statement this week.",
            "## The bottom line",
            "A report that says the same thing every year is still worth reading. Just not for news.",
        ],
        "related": ["Japan's defence budget: the numbers",
                    "South Korea reacts to Bluebook's Takeshima line"],
    },
    {
        "id": "b98-56", "feed": "bowline-brief", "published": "2027-05-25T08:00:00Z",
        "title": "A liaison office is not a consulate: what Russia's Sakhalin concession does and doesn't mean",
        "summary": "Moscow will let Japan reopen a small office in Yuzhno-Sakhalinsk, for humanitarian work only and "
                   "only until the end of the year. Our explainer.",
        "label": "status_change", "group": "b98-g7",
        "new_facts": ["Russia agreed (note of 17 May 2027) to let Japan open a liaison office in Yuzhno-Sakhalinsk, "
                      "up to three staff, limited to consular help for Japanese citizens and humanitarian matters, "
                      "until 31 December 2027 — the consulate-general has been closed since 1 July 2026"],
        "must_mention": [["liaison office"]],
        "note": "Third report (analysis) of the limited liaison office (first in Japanese, b98-54); news is in the "
                "middle, after background. Same development.",
        "section": "Russia & Japan", "author": "Bowline desk",
        "body": [
            "Last July Japan's consulate-general in Yuzhno-Sakhalinsk closed on Moscow's orders. Last week Moscow said "
            "Japan could come back — a little.",
            "## What happened?",
            "In a note dated May 17, Russia's foreign ministry agreed to let Japan open a liaison office in "
            "Yuzhno-Sakhalinsk with up to three Japanese staff. Its work is limited to consular assistance for Japanese "
            "citizens and \"humanitarian matters\" — in practice, detained fishermen, the remains of Japanese who died "
            "on Sakhalin and the Kurils, and paperwork for former residents. The permission runs until December 31, "
            "2027; Russia says it will decide on any extension \"based on experience\".",
            "## Is the consulate back?",
            "No. The office cannot issue visas, has no political functions and is not a consulate under the Vienna "
            "Convention. Japan's foreign ministry calls it \"a first step\"; Russia's calls it \"a gesture of goodwill "
            "for ordinary people\".",
            "## Does it change anything on the islands?",
            "Not directly. Peace treaty talks remain frozen, and visa-free travel to the islands, ended in 2022, has "
            "not been restored. But people in Nemuro note that the consulate was where grave-visit plans used to be "
            "worked out in the past. A Japanese office on Sakhalin, however small, is the kind of channel such visits "
            "would need.",
            "## What to watch",
            "Whether the office actually opens in July, as Tokyo hopes, and whether the December deadline is extended. "
            "Russia could also withdraw the permission at any time.",
        ],
        "related": ["Explainer: Japan's consulates in Russia",
                    "Nemuro prepares for a quiet summer"],
    },
]
