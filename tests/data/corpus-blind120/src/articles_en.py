# -*- coding: utf-8 -*-
"""English-language articles of the blind120 corpus.

Each entry: id, feed, lang, published (UTC), title, summary, label, group/new_facts/
must_mention (developments only), note, byline, dek, body (paragraphs; a leading
"## " makes a subheading), tags.
"""

MM_G1 = [["безэкипаж", "unmanned", "uncrewed", "drone boat", "sea drone", "無人艇", "水上ドローン"],
         ["кунашир", "kunashir", "国後"]]
MM_G2 = [["китай", "кнр", "china", "chinese", "中国"],
         ["итуруп", "iturup", "etorofu", "択捉"],
         ["реестр", "регистр", "register", "registr", "list", "登録"]]
MM_G3 = [["онлайн", "трансляц", "online", "video", "live", "オンライン", "中継", "画面"],
         ["кладбищ", "могил", "grave", "cemetery", "墓"]]
MM_G4 = [["никитин", "nikitin", "ニキーチン"],
         ["кунашир", "итуруп", "kunashir", "iturup", "国後", "択捉"]]
MM_G5 = [["касатк", "kasatka", "単冠", "hitokappu"],
         ["закры", "запрет", "до особого", "clos", "shut", "until further notice", "禁止", "別途通知"]]
MM_G6 = [["касатк", "kasatka", "単冠", "hitokappu"],
         ["откры", "разреш", "reopen", "lift", "allow", "解除", "再開"]]
MM_G7 = [["китай", "кнр", "china", "chinese", "中国"],
         ["итуруп", "iturup", "etorofu", "択捉"],
         ["исключ", "приостанов", "suspend", "drop", "remov", "delist", "停止", "抹消"]]

ARTICLES = [
    {
        "id": "b120-01", "feed": "quillmere-post", "lang": "en",
        "published": "2024-02-10T09:30:00Z",
        "title": "Kishida keeps treaty goal alive as ranks of former islanders thin",
        "summary": "At the annual Northern Territories rally the prime minister said Japan would "
                   "firmly maintain its policy of settling the island dispute and signing a peace "
                   "treaty with Russia, though Moscow refuses to talk.",
        "label": "restatement",
        "note": "Occasion piece (Feb 7 rally). Kishida's 'policy unchanged' = seed 002 (Kishida steadfast "
                "on a peace treaty); Rudenko 'categorically impossible' = seed 004; talks broken off and "
                "visa-free visits ended in March 2022 = seeds 000/001/003. No new fact.",
        "byline": "Tomoko Ashdown in Tokyo",
        "dek": "Prime minister tells annual rally that policy on Russia is unchanged, while a shrinking "
               "band of former residents asks simply to visit family graves",
        "body": [
            "Prime Minister Fumio Kishida has told the annual national rally for the return of the "
            "Northern Territories that Japan will “firmly maintain” its policy of resolving the "
            "territorial issue with Russia and concluding a peace treaty, even though Moscow has "
            "refused to discuss either for almost two years.",
            "“Japan-Russia relations remain in a severe state because of Russia’s aggression against "
            "Ukraine,” Mr Kishida told the gathering in Tokyo on Wednesday. “But our policy of resolving "
            "the territorial issue and concluding a peace treaty remains unchanged.”",
            "The rally is held every February 7, the anniversary of the 1855 Treaty of Shimoda, which "
            "drew the first border between the two countries between Etorofu and Urup. Japan claims the "
            "four southernmost islands of the chain — Etorofu, Kunashiri, Shikotan and the Habomai "
            "islets, known in Russia as the Southern Kurils — which Soviet forces seized in the closing "
            "days of the Second World War.",
            "Moscow broke off peace treaty negotiations in March 2022, citing the sanctions Tokyo imposed "
            "after the invasion of Ukraine, and at the same time ended visa-free visits to the islands "
            "by Japanese citizens, including trips by former residents to the graves of their relatives.",
            "There was no hint of a thaw in Moscow’s response. The day after the rally, Deputy Foreign "
            "Minister Andrei Rudenko told the Tass news agency that resuming dialogue on the treaty was "
            "“categorically impossible” in the current situation.",
            "For the roughly 5,500 surviving former islanders — of the more than 17,000 Japanese who "
            "lived on the four islands in 1945 — the question has become one of time. Their average age "
            "is now over 88.",
            "“I don’t expect to see the islands come back in my lifetime. I would just like to stand at "
            "my mother’s grave once more,” said Kazuo Narita, 87, who left Shikotan as a nine-year-old "
            "and travelled to the rally from Nemuro.",
            "Officials in Tokyo said privately that they saw no prospect of the visits resuming this year.",
        ],
        "tags": ["Japan", "Russia", "Diplomacy"],
    },
    {
        "id": "b120-04", "feed": "varrow-news", "lang": "en",
        "published": "2024-03-19T08:00:00Z",
        "title": "Chinese coast guard ships linger in Senkaku waters, Tokyo protests",
        "summary": "Four China Coast Guard vessels spent more than five hours inside Japan's territorial "
                   "waters around the uninhabited East China Sea islands.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Japan-China, Senkaku). The Russian-held islands are "
                "mentioned only in a background line. Not about the Kurils or the peace treaty.",
        "byline": "Varrow News, Asia desk",
        "dek": "",
        "body": [
            "Four China Coast Guard ships entered Japanese territorial waters around the Senkaku Islands "
            "in the East China Sea on Tuesday and stayed for more than five hours, Japan’s coast guard "
            "said, prompting a protest from Tokyo.",
            "The vessels, one of them apparently armed with a deck gun, approached a Japanese fishing boat "
            "working in the area, according to the 11th Regional Coast Guard Headquarters in Naha. Japanese "
            "patrol ships positioned themselves between the Chinese ships and the boat and repeatedly "
            "warned them to leave.",
            "It was the third intrusion into the islands’ territorial waters this month. Chinese government "
            "ships have been seen in the contiguous zone around the islands on almost every day of the past "
            "year.",
            "Japan administers the uninhabited islands, which China claims and calls the Diaoyu. Beijing "
            "said its ships had been carrying out “law enforcement patrols in China’s own territorial "
            "waters”.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan had lodged a strong "
            "protest through diplomatic channels and would “continue to respond calmly and resolutely”.",
            "The Senkakus are one of three island disputes Japan has with its neighbours. It also contests "
            "the Takeshima islets, known in South Korea as Dokdo, with Seoul, and claims four islands off "
            "Hokkaido that have been held by Moscow since 1945.",
        ],
        "tags": ["Japan", "China", "East China Sea"],
    },
    {
        "id": "b120-08", "feed": "carrowmore-pa", "lang": "en",
        "published": "2024-05-23T07:15:00Z",
        "title": "Russia forms drone-boat unit on disputed Kunashir; Japan protests",
        "summary": "Japan's defence ministry says Russia has set up a unit of uncrewed surface vessels on "
                   "Kunashir, one of the four islands Tokyo claims; Tokyo lodged a protest.",
        "label": "new_development", "group": "b120-g1",
        "new_facts": ["Russia formed a unit of uncrewed surface vessels (sea drones) on Kunashir; "
                      "Japan's defence ministry confirmed it and Tokyo protested"],
        "must_mention": MM_G1,
        "note": "Same development as b120-06 (first, buried in a Russian local round-up); adds Japan's "
                "confirmation and protest. Later report in group b120-g1.",
        "byline": "Ken Haruyama",
        "dek": "",
        "body": [
            "TOKYO, May 23 (Carrowmore) - Russia has formed a military unit operating uncrewed surface "
            "vessels on Kunashir, one of four Russian-held islands claimed by Japan, Japan’s Defence "
            "Ministry said, and Tokyo lodged a protest with Moscow on Thursday.",
            "The unit, equipped with remotely operated boats often described as sea drones, was set up "
            "within the Russian army division that garrisons Kunashir and neighbouring Iturup, the "
            "ministry said in a statement late on Wednesday. It did not say how many boats had been "
            "deployed.",
            "The formation was first mentioned earlier this week in a Sakhalin newspaper, which quoted "
            "Russia’s Eastern Military District as saying the boats would patrol coastal waters and "
            "“counter threats from the sea”. The Japanese ministry said it had confirmed the information "
            "through its own analysis.",
            "“The strengthening of Russia’s military presence on the Northern Territories runs counter to "
            "Japan’s position and is regrettable,” Chief Cabinet Secretary Yoshimasa Hayashi told a "
            "regular news conference. He said Japan had protested through diplomatic channels.",
            "Russia has steadily built up forces on the islands since the mid-2010s, deploying coastal "
            "missile systems, air defences and fighter jets. Uncrewed surface vessels have become a "
            "prominent weapon in the war in Ukraine, where Kyiv has used them against Russia’s Black Sea "
            "Fleet.",
            "Russia’s Defence Ministry did not respond to a request for comment.",
            "The islands, known in Russia as the Southern Kurils and in Japan as the Northern Territories, "
            "were seized by Soviet troops at the end of World War Two. The dispute has prevented the two "
            "countries from signing a peace treaty. Moscow broke off treaty talks in March 2022 over "
            "Japan’s sanctions.",
            "(Reporting by Ken Haruyama in Tokyo; additional reporting by Irina Volkova; editing by Clive Marr)",
        ],
        "tags": ["Japan", "Russia", "Defence"],
    },
    {
        "id": "b120-09", "feed": "varrow-news", "lang": "en",
        "published": "2024-05-24T02:00:00Z",
        "title": "Japan protests as Russia puts uncrewed boats on island off Hokkaido",
        "summary": "Tokyo says a new Russian sea-drone unit on Kunashir runs counter to its position on "
                   "the disputed islands.",
        "label": "new_development", "group": "b120-g1",
        "new_facts": ["Russian sea-drone (uncrewed boat) unit on Kunashir; Japan protested"],
        "must_mention": MM_G1,
        "note": "Syndicated copy of b120-08 (Carrowmore) under a new headline; no fact beyond the group.",
        "byline": "Varrow News",
        "dek": "",
        "body": [
            "Japan has protested to Russia after its defence ministry confirmed that Moscow had formed a "
            "unit of uncrewed “drone” boats on Kunashir, one of the islands off Hokkaido that Soviet "
            "troops seized at the end of World War Two.",
            "Chief Cabinet Secretary Yoshimasa Hayashi said the build-up “runs counter to Japan’s "
            "position” and that a protest had been made through diplomatic channels.",
            "The unit belongs to the division stationed on Kunashir and Iturup, the ministry said. It gave "
            "no figure for the number of boats. A Sakhalin newspaper had quoted the Russian military as "
            "saying they would patrol the island’s coastal waters.",
            "Japan calls the four southernmost Kuril islands its Northern Territories. Russia says its "
            "sovereignty over them is not open to question, and broke off peace treaty negotiations in "
            "2022.",
            "Moscow has deployed coastal missile systems, air defence units and fighter jets on the islands since 2016, and says the build-up is defensive and a response to US military activity in the region. Japan protests each new deployment it identifies.",
            "Uncrewed surface vessels have become one of the signature weapons of the war in Ukraine, where Kyiv has used them to strike ships of Russia’s Black Sea Fleet. Russia has since been forming its own units.",
            "This report contains material from Carrowmore Press Agency.",
        ],
        "tags": ["Asia", "Japan", "Russia"],
    },
    {
        "id": "b120-10", "feed": "carrowmore-pa", "lang": "en",
        "published": "2024-06-04T10:00:00Z",
        "title": "Ukraine says sea drones hit Russian landing craft off Crimea",
        "summary": "Ukraine's military intelligence said its naval drones struck two Russian landing "
                   "craft near the occupied peninsula; Moscow said it destroyed several uncrewed boats.",
        "label": "off_topic",
        "note": "Look-alike for b120-g1 (sea drones / uncrewed boats) in the Black Sea war; nothing about "
                "Japan, the Kurils or the peace treaty.",
        "byline": "Olena Marchuk",
        "dek": "",
        "body": [
            "KYIV, June 4 (Carrowmore) - Ukraine’s military intelligence agency said on Tuesday that its "
            "naval drones had struck two Russian landing craft near the port of Chornomorske in occupied "
            "Crimea overnight.",
            "The agency posted video that it said showed an uncrewed boat approaching a vessel moored at a "
            "pier before the footage cut out. Carrowmore could not independently verify the claim or the "
            "location.",
            "Russia’s Defence Ministry said its forces had destroyed six uncrewed boats in the western part "
            "of the Black Sea and did not mention any damage to its own ships.",
            "Ukraine has used domestically built sea drones to attack the Black Sea Fleet since 2022, "
            "forcing Russia to move many of its larger warships from Sevastopol to Novorossiysk on the "
            "eastern shore of the Black Sea.",
            "A Russian military blogger with ties to the armed forces acknowledged that a vessel had been hit but said the damage was minor and that there were no casualties.",
            "Western analysts say the campaign has effectively denied Russia control of the western Black Sea, allowing Ukraine to restart grain exports from Odesa-area ports through a corridor hugging the coasts of Romania and Bulgaria.",
            "(Reporting by Olena Marchuk; editing by Tom Ferrier)",
        ],
        "tags": ["Ukraine", "Russia", "Black Sea"],
    },
    {
        "id": "b120-12", "feed": "varrow-news", "lang": "en",
        "published": "2024-07-12T06:00:00Z",
        "title": "Japan’s defence white paper flags China, North Korea — and Russian forces on northern islands",
        "summary": "The annual report repeats that Russia continues military activity on the Northern "
                   "Territories and calls Russian-Chinese joint operations near Japan a strong concern.",
        "label": "restatement",
        "note": "Annual report restating positions: Northern Territories 'inherent territory', continued "
                "Russian military activity there (background build-up since 2016). No new deployment or "
                "decision named.",
        "byline": "Varrow News, Tokyo",
        "dek": "",
        "body": [
            "Japan’s annual defence white paper has warned that China’s military activity represents “the "
            "greatest strategic challenge” the country has faced, and said Russia is continuing to "
            "strengthen its forces in the Far East, including on islands off Hokkaido that Japan claims.",
            "The 2024 Defense of Japan report, approved by Prime Minister Fumio Kishida’s cabinet on "
            "Friday, says Russia continues military activity in the Northern Territories, “which are "
            "inherent territories of Japan”, and describes joint operations by Russian and Chinese forces "
            "near Japan as a matter of strong concern.",
            "Officials said the section on Russia largely repeated the language of last year’s edition. "
            "Russia has stationed coastal missile systems, air defence units and fighter jets on Etorofu "
            "and Kunashiri since 2016, part of what Moscow calls the modernisation of its Kuril garrison.",
            "The paper also notes the joint flights of Russian and Chinese strategic bombers over the Sea "
            "of Japan and the East China Sea, and North Korea’s continued missile launches.",
            "Russia’s embassy in Tokyo has in past years described the white paper as anti-Russian. It had "
            "not commented by Friday evening.",
        ],
        "tags": ["Japan", "Defence"],
    },
    {
        "id": "b120-14", "feed": "vireo-np", "lang": "en",
        "published": "2024-09-24T21:00:00Z",
        "title": "In Nemuro, a pier built for island visits waits for a ship that no longer comes",
        "summary": "Two and a half years after Moscow ended visa-free exchanges, the Hokkaido port that "
                   "hosted them counts the cost and keeps the lights on.",
        "label": "restatement",
        "note": "Background feature. Visa-free exchanges ended by Russia in March 2022 (seeds 000/001/003); "
                "requests for resumption unanswered. No new event.",
        "byline": "Mariko Sandoval",
        "dek": "Dispatch from the easternmost city in Japan, where the disputed islands are always on the horizon",
        "body": [
            "NEMURO, Hokkaido — On a clear morning the hills of Kunashiri are visible from the breakwater "
            "here, a long grey-green line across the strait. Nobody in Nemuro has been able to sail there "
            "legally since 2019.",
            "The pier at the city’s port was extended in the 1990s for the visa-free exchange programme, "
            "under which Japanese citizens and Russian residents of the islands visited each other without "
            "passports or visas. The visits were paused during the pandemic, and in March 2022, weeks after "
            "Russia invaded Ukraine and Japan joined Western sanctions, Moscow ended them altogether, along "
            "with its talks with Tokyo on a peace treaty.",
            "The loss is felt in small ways. A souvenir shop near the pier that once sold Russian chocolate "
            "and matryoshka dolls to returning groups now sells mostly dried kelp. A Russian-language "
            "teacher who interpreted on the trips says she has not spoken the language professionally in "
            "two years.",
            "“We used to say the exchanges were the only window we had,” said a city official who asked "
            "not to be named because he was not authorised to speak to the press. “Now the window is "
            "painted over.”",
            "The city and Hokkaido’s government have asked Tokyo to press Moscow for a resumption, "
            "starting with grave visits for elderly former residents. There has been no answer that the "
            "city has been told about.",
            "Fishermen, too, look across the water with unease. The boats from Nemuro and nearby Rausu "
            "work close to the median line of the strait, and the detention of a crew by Russian border "
            "guards can idle a family business for a season.",
            "For now, the ferry that carried the visitors spends much of the year tied up. “The ship is "
            "ready,” the official said. “What is missing is the other side.”",
        ],
        "tags": ["Hokkaido", "Kuril Islands", "Features"],
    },
    {
        "id": "b120-15", "feed": "quillmere-post", "lang": "en",
        "published": "2024-11-12T09:00:00Z",
        "title": "China clears two Iturup fish plants for export — and lists them as Russian",
        "summary": "Beijing's customs agency has added two seafood processors on the Russian-held island, "
                   "which Japan calls Etorofu, to its register of approved foreign suppliers.",
        "label": "new_development", "group": "b120-g2",
        "new_facts": ["China's customs (GACC) registered two Iturup seafood processors as approved "
                      "exporters to China, listing them under Russia"],
        "must_mention": MM_G2,
        "note": "First report of b120-g2: a third country's customs authority formally registers plants on "
                "the disputed islands as Russian suppliers. Not in the seeds.",
        "byline": "Andrew Pell, Asia economics correspondent",
        "dek": "A customs listing in Beijing gives businesses on the disputed Kuril island direct access "
               "to the world’s largest seafood market — and puts Tokyo in an awkward spot",
        "body": [
            "China’s customs authority has approved two seafood processors on Iturup, the largest of the "
            "Russian-held islands claimed by Japan, as exporters to the Chinese market, listing both under "
            "“Russia” in its register of foreign food producers.",
            "The entries, which appeared on the General Administration of Customs (GACC) registration "
            "database this month, cover the Reidovo fish processing plant on the island’s Okhotsk coast "
            "and Iturup Seafood, a processor in Kitovy Bay near the main town of Kurilsk. They allow both "
            "to ship frozen pollock, salmon and sea urchin directly to China rather than through "
            "processors on Sakhalin or the mainland.",
            "Until now, fish from the southern Kurils reached China mainly after re-processing elsewhere in "
            "Russia. Registration gives the plants their own export codes, a step the Sakhalin regional "
            "government has been pressing for since Russia created a special low-tax regime for the Kuril "
            "Islands in 2022 to attract investors from countries it regards as friendly.",
            "Japan’s Foreign Ministry said it was “confirming the facts”. Tokyo has long objected to "
            "economic activity by third countries on the islands that it says assumes Russian "
            "jurisdiction, and has asked foreign governments and companies to refrain from it.",
            "“The listing itself is a technical act, but it is a technical act by the Chinese state,” said "
            "Hiroshi Tanabe, a researcher on Russian Far East trade at a Sapporo university. “For Tokyo, "
            "that is harder to wave away than a private investment.”",
            "China’s foreign ministry did not respond to a request for comment. Beijing has generally "
            "avoided taking a public position on the dispute.",
            "The plants’ combined capacity is modest — about 180 tonnes of raw fish a day, according to "
            "Sakhalin officials — but the listing comes as Russia seeks to redirect its seafood trade "
            "towards China after Western sanctions closed other markets.",
        ],
        "tags": ["China", "Russia", "Japan", "Trade", "Fisheries"],
    },
    {
        "id": "b120-20", "feed": "quillmere-post", "lang": "en",
        "published": "2025-02-08T08:00:00Z",
        "title": "Ishiba vows to ‘persevere’ on islands at his first Northern Territories rally",
        "summary": "Prime Minister Shigeru Ishiba said Japan's policy of resolving the territorial issue "
                   "and concluding a peace treaty with Russia had not changed.",
        "label": "restatement",
        "note": "New speaker (Ishiba) restating Japan's known position (seed 002: Kishida steadfast on "
                "treaty); Russia's refusal and ended visits are seeds 000/001/004. Reaction a day after the rally.",
        "byline": "Tomoko Ashdown in Tokyo",
        "dek": "",
        "body": [
            "Shigeru Ishiba used his first appearance as prime minister at the annual Northern Territories "
            "rally to promise that Japan would “persevere” in seeking a settlement with Russia, while "
            "acknowledging that there was no dialogue to speak of.",
            "“The situation surrounding Japan-Russia relations is severe, and we cannot say when "
            "negotiations can resume,” Mr Ishiba told the gathering in Tokyo on Friday. “But the policy "
            "of resolving the territorial issue and concluding a peace treaty will not change.”",
            "He also said the government would “continue to ask” Russia to allow former residents to "
            "visit family graves on the islands, which they have been unable to do since Moscow ended "
            "visa-free travel in 2022.",
            "Mr Ishiba, who took office in October, had been expected to stick closely to the line set by "
            "his predecessor, Fumio Kishida. His speech did just that, down to the phrasing.",
            "Russia has said repeatedly that peace treaty talks are impossible while Japan maintains "
            "sanctions imposed over the war in Ukraine.",
            "Former residents at the rally said their numbers were falling faster than the diplomacy was "
            "moving. “Every year there are more empty chairs,” said Emiko Sato, 86, born on Kunashiri.",
        ],
        "tags": ["Japan", "Russia", "Politics"],
    },
    {
        "id": "b120-24", "feed": "quillmere-post", "lang": "en",
        "published": "2025-05-22T17:00:00Z",
        "title": "Britain signs deal handing Chagos Islands to Mauritius, keeps Diego Garcia base",
        "summary": "The treaty transfers sovereignty over the Indian Ocean archipelago while leasing the "
                   "US-UK military base back to Britain for 99 years.",
        "label": "off_topic",
        "note": "Look-alike: another island sovereignty dispute settled by treaty; no link to Japan, "
                "Russia or the Kurils.",
        "byline": "Political staff",
        "dek": "",
        "body": [
            "Britain has signed a treaty handing sovereignty over the Chagos Islands to Mauritius while "
            "keeping control of the joint UK-US military base on Diego Garcia under a 99-year lease.",
            "Prime Minister Keir Starmer said the agreement, signed on Thursday after a last-minute legal "
            "challenge was dismissed by the High Court, protected a base that was “vital to our national "
            "security”.",
            "Under the deal Britain will pay Mauritius an average of £101 million a year for the lease. "
            "Opposition politicians called the arrangement a giveaway and said they would examine it in "
            "detail when it comes before Parliament.",
            "Mauritius has claimed the archipelago since its independence in 1968, and the International "
            "Court of Justice said in a 2019 advisory opinion that Britain should end its administration "
            "of the islands.",
            "Chagossians who were removed from the islands in the 1960s and 1970s to make way for the "
            "base have been divided over the agreement, with some saying they were not consulted.",
        ],
        "tags": ["UK", "Mauritius", "Treaties"],
    },
    {
        "id": "b120-25", "feed": "varrow-news", "lang": "en",
        "published": "2025-06-12T05:30:00Z",
        "title": "Hokkaido governor urges Moscow to let elderly islanders visit family graves",
        "summary": "Naomichi Suzuki said time was running out for former residents of the Russian-held "
                   "islands and called on Russia to allow grave visits as a humanitarian matter.",
        "label": "restatement",
        "note": "Requested/wished-for move ('urged Moscow to allow'); no Russian decision. Grave visits "
                "stopped with the end of visa-free travel (seeds 000/001).",
        "byline": "Varrow News, Sapporo",
        "dek": "",
        "body": [
            "The governor of Hokkaido has urged Russia to allow former residents of the disputed islands "
            "off the prefecture’s coast to visit the graves of their families, saying many of them will "
            "not live to see another summer without the trips.",
            "“I strongly ask the Russian side to make it possible for grave visits to take place, purely "
            "as a humanitarian matter,” Naomichi Suzuki told a meeting of Hokkaido’s council for the "
            "promotion of the Northern Territories issue in Sapporo on Wednesday.",
            "The grave visits were part of a visa-free arrangement under which former islanders and other "
            "Japanese citizens travelled to the four islands. Russia ended it in 2022 in response to "
            "Japan’s sanctions over the war in Ukraine.",
            "Mr Suzuki said he had passed the same request to the central government, which says it "
            "raises the issue with Moscow “at every opportunity”. Russia has not indicated any change.",
            "Around 5,100 former residents are still alive. Their average age is now above 89.",
        ],
        "tags": ["Hokkaido", "Japan", "Russia"],
    },
    {
        "id": "b120-26", "feed": "carrowmore-pa", "lang": "en",
        "published": "2025-06-30T09:00:00Z",
        "title": "China resumes imports of Japanese seafood from most prefectures",
        "summary": "Beijing's customs agency lifted part of the ban it imposed in 2023 over the release of "
                   "treated water from the Fukushima nuclear plant.",
        "label": "off_topic",
        "note": "Look-alike for b120-g2/g7 (China's GACC, seafood export registration) but about "
                "Japanese seafood and Fukushima; nothing on the Kurils.",
        "byline": "Lin Yuhan and Ken Haruyama",
        "dek": "",
        "body": [
            "BEIJING/TOKYO, June 30 (Carrowmore) - China will resume imports of seafood from most of "
            "Japan, its customs agency said, partly lifting a ban imposed two years ago after Tokyo began "
            "releasing treated radioactive water from the wrecked Fukushima nuclear plant.",
            "The General Administration of Customs (GACC) said imports from 37 of Japan’s 47 prefectures "
            "could restart, but that Japanese exporters would need to re-register with it and provide "
            "certificates showing their products meet safety standards. Seafood from Fukushima and nine "
            "other prefectures remains banned.",
            "Japan’s fisheries minister welcomed the move but said Tokyo would keep pressing for a full "
            "lifting. Before the ban, China was the largest buyer of Japanese scallops and sea cucumbers.",
            "Beijing’s ban, imposed in August 2023, had hit fishing communities in Hokkaido hardest. Exporters rerouted scallops to the United States and Southeast Asia and some processors opened new shelling lines in Japan to replace work previously done in China.",
            "The Chinese agency did not say why the ten prefectures were excluded. Tokyo says monitoring by the International Atomic Energy Agency has found the released water meets international safety standards.",
            "Industry officials said it could take months for the first shipments to clear the "
            "registration process.",
            "(Reporting by Lin Yuhan in Beijing and Ken Haruyama in Tokyo; editing by Clive Marr)",
        ],
        "tags": ["China", "Japan", "Trade"],
    },
    {
        "id": "b120-28", "feed": "varrow-news", "lang": "en",
        "published": "2025-07-30T04:00:00Z",
        "title": "Tsunami floods port in Russia’s northern Kurils after magnitude 8.8 quake off Kamchatka",
        "summary": "Waves swamped Severo-Kurilsk on Paramushir island; Japan ordered evacuations along its "
                   "Pacific coast.",
        "label": "neutral",
        "note": "Borderline: about the Kuril Islands (northern chain, Severo-Kurilsk), but a natural "
                "disaster with no bearing on the dispute or the peace treaty.",
        "byline": "Varrow News",
        "dek": "",
        "body": [
            "A tsunami flooded the port of Severo-Kurilsk in Russia’s northern Kuril Islands on Wednesday "
            "after one of the most powerful earthquakes ever recorded struck off the Kamchatka peninsula.",
            "The US Geological Survey put the magnitude at 8.8. Sakhalin region officials said waves "
            "reached the town on Paramushir island within an hour, flooding the port area and a fish "
            "processing plant. Residents were evacuated to higher ground and no deaths were reported there.",
            "Japan’s Meteorological Agency issued tsunami warnings for much of its Pacific coast, from "
            "Hokkaido to Okinawa, and more than a million people were told to evacuate. Waves of up to "
            "1.3 metres were recorded in Iwate prefecture.",
            "The southern Kuril islands, which Japan claims, reported only small waves, according to "
            "local officials on Kunashir.",
            "Severo-Kurilsk, a town of about 2,000 people, was largely destroyed by a tsunami in November 1952 and was rebuilt on higher ground. Local officials said the modern town centre was spared on Wednesday but that boats and warehouses in the harbour were damaged.",
            "In Petropavlovsk-Kamchatsky, the regional capital, buildings were damaged and several people were treated for injuries, the regional governor said.",
            "Warnings were also issued in Hawaii, along the US west coast and across the Pacific.",
        ],
        "tags": ["Russia", "Japan", "Earthquake"],
    },
    {
        "id": "b120-29", "feed": "vireo-np", "lang": "en",
        "published": "2025-07-30T06:30:00Z",
        "title": "Russia allows one-off ‘online’ grave visit for Japan’s former Kunashir islanders",
        "summary": "Former residents in Nemuro will watch a live video link from the Japanese cemetery in "
                   "Yuzhno-Kurilsk on August 14; Moscow says it is a single exception.",
        "label": "new_development", "group": "b120-g3",
        "new_facts": ["Russia agreed to a one-time live video ('online') grave visit from the Japanese "
                      "cemetery in Yuzhno-Kurilsk for former residents, on 14 August 2025"],
        "must_mention": MM_G3,
        "note": "Same development as b120-27 (first, Japanese regional press); the state is 'held once' "
                "(one-off exception, not a resumption of grave visits).",
        "byline": "Mariko Sandoval",
        "dek": "Former residents will stay on the Hokkaido side of the strait and watch a camera at their families’ graves",
        "body": [
            "Russia has agreed to let former Japanese residents of Kunashir “visit” the graves of their "
            "families by live video next month, in what both governments describe as a one-time "
            "arrangement rather than a return of the grave visits Moscow ended in 2022.",
            "Under the plan, staff of the Yuzhno-Kurilsk district’s culture centre will carry a camera "
            "through the Japanese cemetery on the outskirts of the town on August 14, during the Obon "
            "festival, while about 30 former islanders and relatives watch on a screen at an exchange "
            "centre in Nemuro, Hokkaido. A Buddhist priest in Nemuro will lead prayers.",
            "Japan’s Foreign Ministry said Russia had conveyed its consent in a diplomatic note that "
            "described the step as “an exception for this occasion only”. Tokyo had proposed the idea "
            "in the spring, officials said.",
            "“It is not the same as standing there,” said a 90-year-old former resident who was born in "
            "the village then called Furukamappu. “But my legs will not carry me onto a boat any more. "
            "To see the stones again is something.”",
            "Grave visits and other trips to the four islands claimed by Japan were conducted for decades "
            "under visa-free arrangements. Moscow ended them in March 2022, citing Japan’s sanctions over "
            "Ukraine. Japanese officials stressed that the video link did not mean those arrangements "
            "were being restored.",
            "Russia’s Foreign Ministry has not commented publicly.",
        ],
        "tags": ["Japan", "Russia", "Kuril Islands", "Former residents"],
    },
    {
        "id": "b120-30", "feed": "carrowmore-pa", "lang": "en",
        "published": "2025-08-09T02:00:00Z",
        "title": "Armenia, Azerbaijan initial peace treaty at White House",
        "summary": "The foreign ministers of the two South Caucasus neighbours initialled the text of a "
                   "peace agreement, though signing and ratification still lie ahead.",
        "label": "off_topic",
        "note": "Look-alike: 'peace treaty' between other states; nothing to do with Japan and Russia.",
        "byline": "Daniel Okafor",
        "dek": "",
        "body": [
            "WASHINGTON, Aug 8 (Carrowmore) - The foreign ministers of Armenia and Azerbaijan initialled "
            "the text of a peace treaty at the White House on Friday, a step towards ending nearly four "
            "decades of conflict between the two South Caucasus countries.",
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev also signed a "
            "joint declaration that includes plans for a transit route across southern Armenia linking "
            "Azerbaijan with its Nakhchivan exclave.",
            "The treaty must still be formally signed and ratified. Azerbaijan has said it wants Armenia to "
            "change its constitution first, removing what Baku regards as a territorial claim.",
            "The two countries fought wars in the early 1990s and in 2020 over Nagorno-Karabakh, a region internationally recognised as part of Azerbaijan that had been controlled by ethnic Armenian forces. Azerbaijan retook the region in a lightning offensive in September 2023, prompting almost all of its ethnic Armenian population to flee.",
            "Russia, which long acted as the main power broker in the region and kept peacekeepers in Karabakh until 2024, said it welcomed any steps towards normalisation but warned against “the involvement of non-regional players”.",
            "(Reporting by Daniel Okafor; editing by Tom Ferrier)",
        ],
        "tags": ["Armenia", "Azerbaijan", "Diplomacy"],
    },
    {
        "id": "b120-32", "feed": "vireo-np", "lang": "en",
        "published": "2025-08-20T18:00:00Z",
        "title": "Kurile Lake sockeye run tops 3 million as Kamchatka counters keep clicking",
        "summary": "Scientists at the counting fence on Kamchatka's Kurile Lake report one of the strongest "
                   "sockeye escapements in a decade.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kurile Lake in southern Kamchatka); salmon science, "
                "no link to the islands or the dispute.",
        "byline": "Vireo staff",
        "dek": "",
        "body": [
            "More than three million sockeye salmon have passed the counting fence on Kurile Lake in "
            "southern Kamchatka this season, Russian fisheries scientists say, putting the run among the "
            "strongest of the past decade.",
            "The lake, a flooded volcanic caldera near the peninsula’s southern tip, is the largest "
            "spawning ground for sockeye in Asia. Researchers from the Kamchatka branch of Russia’s "
            "fisheries institute count fish through a weir on the Ozernaya River, which drains the lake "
            "into the Sea of Okhotsk.",
            "“The escapement target was reached by the end of July, which allowed the commercial fishery "
            "at the river mouth to stay open longer,” one of the scientists told the regional "
            "broadcaster.",
            "The Kurile Lake population is closely watched by salmon biologists across the North Pacific, "
            "including in Alaska, as an indicator of ocean conditions in the western Bering Sea.",
            "The lake is also known for its brown bears, which gather in large numbers along the shore "
            "during the run.",
        ],
        "tags": ["Fisheries", "Kamchatka", "Salmon"],
    },
    {
        "id": "b120-36", "feed": "carrowmore-pa", "lang": "en",
        "published": "2025-10-08T06:00:00Z",
        "title": "Japan protests Russian transport minister’s trip to disputed islands",
        "summary": "Andrei Nikitin toured ports and an airport on Kunashir and Iturup; Tokyo called the "
                   "visit regrettable and lodged a protest.",
        "label": "new_development", "group": "b120-g4",
        "new_facts": ["Russian Transport Minister Andrei Nikitin visited Kunashir and Iturup; Japan protested"],
        "must_mention": MM_G4,
        "note": "Same development as b120-34 (first, Russian wire, 7 Oct); adds Japan's protest the next day.",
        "byline": "Ken Haruyama",
        "dek": "",
        "body": [
            "TOKYO, Oct 8 (Carrowmore) - Japan said on Wednesday it had protested to Russia over a visit by "
            "Transport Minister Andrei Nikitin to two of the Russian-held islands that Tokyo claims, calling "
            "it contrary to Japan’s position.",
            "Nikitin, who was appointed in July, visited Kunashir and Iturup on Tuesday, inspecting the "
            "port of Yuzhno-Kurilsk, construction work in Kitovy Bay and the airport on Iturup, according "
            "to Russian media. He said the government would ensure “reliable year-round transport” for the "
            "islands.",
            "“Visits by Russian government officials to the Northern Territories are incompatible with "
            "Japan’s position and are regrettable,” Chief Cabinet Secretary Yoshimasa Hayashi told "
            "reporters. He said Japan had conveyed its protest through diplomatic channels.",
            "Russian ministers have visited the islands regularly in recent years, each time drawing a "
            "protest from Tokyo. Moscow says the islands are Russian territory and that officials may "
            "travel there as they wish.",
            "Peace treaty talks between the two countries have been frozen since 2022.",
            "(Reporting by Ken Haruyama; editing by Clive Marr)",
        ],
        "tags": ["Japan", "Russia", "Diplomacy"],
    },
    {
        "id": "b120-37", "feed": "varrow-news", "lang": "en",
        "published": "2025-10-22T01:00:00Z",
        "title": "Takaichi says she will seek to settle island dispute, sign peace treaty with Russia",
        "summary": "Japan's new prime minister told her first news conference that the government's policy "
                   "on Russia was unchanged.",
        "label": "restatement",
        "note": "New speaker (Takaichi) restating Japan's standing policy (seed 002). Nothing new decided.",
        "byline": "Varrow News, Tokyo",
        "dek": "",
        "body": [
            "Japan’s new prime minister, Sanae Takaichi, said on Tuesday her government would keep seeking "
            "to resolve the territorial dispute with Russia and conclude a peace treaty, while keeping "
            "sanctions on Moscow over its war in Ukraine.",
            "“Japan-Russia relations are in a difficult state, but our policy of resolving the "
            "territorial issue and concluding a peace treaty remains unchanged,” she told her first news "
            "conference after being elected by parliament.",
            "Ms Takaichi, a conservative who has called for a stronger defence posture, also said she would "
            "“continue to place the highest priority” on humanitarian issues for former residents of the "
            "islands, including grave visits.",
            "The four islands off Hokkaido, called the Northern Territories in Japan and the Southern "
            "Kurils in Russia, have been held by Moscow since 1945. Russia ended peace treaty talks in "
            "2022.",
            "She takes office at the head of a coalition whose foreign policy was not expected to change "
            "significantly on Russia.",
        ],
        "tags": ["Japan", "Politics"],
    },
    {
        "id": "b120-39", "feed": "carrowmore-pa", "lang": "en",
        "published": "2025-10-23T13:00:00Z",
        "title": "Kremlin sees no basis for treaty talks with Japan’s new government",
        "summary": "Spokesman Dmitry Peskov said Moscow had noted Takaichi's remarks but that Tokyo's "
                   "'unfriendly' course made negotiations impossible.",
        "label": "restatement",
        "note": "Peskov (same speaker as seed 002) restating that talks are impossible; English copy of the "
                "Russian wire item b120-38.",
        "byline": "Irina Volkova",
        "dek": "",
        "body": [
            "MOSCOW, Oct 23 (Carrowmore) - The Kremlin said on Thursday there was no basis for peace treaty "
            "negotiations with Japan under its new prime minister as long as Tokyo kept what Moscow calls "
            "an unfriendly policy towards Russia.",
            "“We have noted the statements. But statements alone change nothing,” Kremlin spokesman Dmitry "
            "Peskov told reporters when asked about Sanae Takaichi’s pledge to seek a treaty. “Under the "
            "current conditions, negotiations are impossible.”",
            "Takaichi, who became Japan’s first woman prime minister on Tuesday, told her first news conference that the government’s policy of resolving the territorial issue and concluding a peace treaty was unchanged, while keeping sanctions in place over the war in Ukraine.",
            "Russia walked out of treaty talks in March 2022 in response to the sanctions, and has since said that the key condition for any normalisation is Tokyo abandoning what it calls a hostile policy.",
            "Peskov said Russia remained open to “normal relations” with any country that did not pursue "
            "hostile policies. He declined to say whether President Vladimir Putin would send "
            "congratulations to Takaichi.",
            "(Reporting by Irina Volkova; editing by Tom Ferrier)",
        ],
        "tags": ["Russia", "Japan"],
    },
    {
        "id": "b120-41", "feed": "vireo-np", "lang": "en",
        "published": "2025-12-11T20:00:00Z",
        "title": "Russia shuts Iturup’s Kasatka Bay to civilian ships ‘until further notice’",
        "summary": "A Russian notice to mariners closes the bay beside the island's military airfield to "
                   "all non-military vessels from December 1, with no end date.",
        "label": "new_development", "group": "b120-g5",
        "new_facts": ["Kasatka Bay (Hitokappu Bay) on Iturup closed to civilian navigation, anchoring and "
                      "fishing from 1 December 2025 'until further notice'"],
        "must_mention": MM_G5,
        "note": "Same development as b120-40 (first, buried in a Sakhalin navigation round-up). State: "
                "closed until further notice — neither temporary with an end date nor permanent.",
        "byline": "Mariko Sandoval",
        "dek": "The bay where Japan’s fleet gathered before Pearl Harbor is now off limits to fishing boats and freighters",
        "body": [
            "Russia has closed Kasatka Bay, on the Pacific coast of the disputed island of Iturup, to all "
            "civilian shipping “until further notice”, according to a notice to mariners published by the "
            "Pacific Fleet’s hydrographic service.",
            "The notice bars navigation, anchoring and fishing by non-military vessels in the bay from "
            "December 1. It gives no end date and no reason. The closure was first reported, in a single "
            "paragraph of an end-of-season shipping review, by the Sakhalin daily Susuya.",
            "The bay lies beside Burevestnik, a Soviet-era military airfield that Russia has rebuilt in "
            "recent years. Local fishing companies used it as a sheltered anchorage, and cargo ships "
            "occasionally unloaded there when the weather closed the island’s western ports.",
            "In Japan the bay is known as Hitokappu, the anchorage where the Imperial Japanese Navy’s "
            "carrier force assembled in November 1941 before sailing for Pearl Harbor.",
            "Japan’s Defence Ministry said it was aware of the notice and was “analysing its intent”. A "
            "Foreign Ministry official said any military activity on the Northern Territories was "
            "unacceptable to Japan.",
            "Russia’s Defence Ministry did not respond to questions.",
        ],
        "tags": ["Russia", "Kuril Islands", "Defence", "Shipping"],
    },
    {
        "id": "b120-44", "feed": "quillmere-post", "lang": "en",
        "published": "2026-04-14T09:00:00Z",
        "title": "Moscow would come back to the table if Tokyo dropped sanctions, ex-diplomat says",
        "summary": "A former Russian diplomat who served in Tokyo says peace treaty talks could restart "
                   "'within months' if Japan changed course, but sees no sign of it.",
        "label": "restatement",
        "note": "Conditional ('would return if...') by a non-official speaker; restates the seed position "
                "that sanctions block talks (seeds 000/001/004).",
        "byline": "Andrew Pell",
        "dek": "Oleg Vetrenko, who spent two postings at Russia’s embassy in Tokyo, says the door is shut from the Japanese side",
        "body": [
            "Russia would return to peace treaty negotiations with Japan “within months” if Tokyo lifted the "
            "sanctions it imposed after the invasion of Ukraine, according to a former Russian diplomat "
            "who served two postings in the Japanese capital.",
            "“Nobody in Moscow has thrown away the files,” said Oleg Vetrenko, who now teaches at a Moscow "
            "university and speaks regularly to Russian officials. “If the sanctions went, the talks could "
            "come back. But I see no sign that Tokyo is thinking about that.”",
            "Mr Vetrenko, speaking to the Quillmere Post during a conference in Istanbul, stressed that he "
            "was not speaking for the government. Russia’s Foreign Ministry has said repeatedly that there "
            "can be no talks while Japan pursues what it calls a hostile policy.",
            "He was sceptical that any future negotiation would look like the old one. “The islands are "
            "now written into our constitution as not for alienation. Whatever is discussed, it will not "
            "be a handover,” he said.",
            "Japanese officials, for their part, say sanctions will remain until Russia ends its war. "
            "“There is no linkage on our side,” a senior Foreign Ministry official said in Tokyo.",
            "The two countries have not held talks on the treaty since March 2022, when Moscow withdrew "
            "in response to Japan’s sanctions.",
        ],
        "tags": ["Russia", "Japan", "Diplomacy", "Interview"],
    },
    {
        "id": "b120-47", "feed": "carrowmore-pa", "lang": "en",
        "published": "2026-05-27T09:30:00Z",
        "title": "Russia reopens Iturup bay to civilian shipping for the summer",
        "summary": "Civilian vessels may again enter Kasatka Bay from June 1 to September 30, the Pacific "
                   "Fleet said, easing a closure imposed in December.",
        "label": "status_change", "group": "b120-g6",
        "new_facts": ["Pacific Fleet lifted the Kasatka Bay closure for civilian ships from 1 June to "
                      "30 September 2026, daytime only (previously closed until further notice)"],
        "must_mention": MM_G6,
        "note": "Same status change as b120-45 (first, Japanese regional press): closed until further notice "
                "(b120-g5) -> open for the summer season only. Neither fully open nor closed.",
        "byline": "Irina Volkova",
        "dek": "",
        "body": [
            "MOSCOW, May 27 (Carrowmore) - Russia will allow civilian ships back into Kasatka Bay on the "
            "disputed island of Iturup during the summer, the Pacific Fleet said, partly lifting a closure "
            "imposed in December “until further notice”.",
            "From June 1 to September 30 civilian vessels may enter the bay in daylight hours, a fleet "
            "statement said. Anchoring and fishing within two nautical miles of the shore remain banned, "
            "and the closure will return in full on October 1.",
            "The fleet gave no reason for the change. Local fishing companies on the island had "
            "complained that the closure cut off their most sheltered anchorage on the Pacific coast.",
            "Japan, which claims Iturup as Etorofu and calls the bay Hitokappu, said it was following "
            "Russian military activity on the islands closely.",
            "The bay lies beside Burevestnik, a military airfield rebuilt in recent years, and is the island’s most sheltered anchorage on the Pacific side. Fishing vessels working the summer salmon season off Iturup’s eastern coast often ride out storms there.",
            "The closure was first reported in December by the Sakhalin newspaper Susuya. In March the fleet said only that a decision on easing it could be taken “if the situation allows”.",
            "(Reporting by Irina Volkova; editing by Clive Marr)",
        ],
        "tags": ["Russia", "Kuril Islands", "Shipping"],
    },
    {
        "id": "b120-48", "feed": "varrow-news", "lang": "en",
        "published": "2026-06-02T06:00:00Z",
        "title": "Russian envoy in Sapporo: ‘no conditions’ for restoring island visits",
        "summary": "Russia's consul general said visa-free travel for Japanese to the southern Kurils could "
                   "not return while Tokyo kept sanctions in place.",
        "label": "restatement",
        "note": "Negated move ('no conditions to resume') by a new speaker; restates the 2022 termination "
                "of visa-free travel (seeds 000/001/003) and the sanctions rationale.",
        "byline": "Varrow News, Sapporo",
        "dek": "",
        "body": [
            "Russia’s consul general in Sapporo said on Monday that there were “no conditions” for "
            "restoring visa-free visits by Japanese citizens to the Russian-held islands off Hokkaido.",
            "“The decision of 2022 was a response to Japan’s unfriendly steps. Those steps have not been "
            "reversed, so there are no conditions for going back,” the diplomat told journalists at a "
            "reception at the consulate.",
            "He said former Japanese residents could visit the islands “like any foreigner”, with a "
            "Russian visa. Tokyo asks its citizens not to do so, saying it would imply acceptance of "
            "Russian jurisdiction.",
            "Asked about recent reports of Russian naval restrictions around Iturup, he said military "
            "matters were “for the Defence Ministry”.",
            "Russia announced in March 2022 that it was ending visa-free travel by Japanese citizens to the islands, as well as a 1999 arrangement for simplified visits by former residents, in response to sanctions over Ukraine. It also broke off peace treaty negotiations.",
            "The consul general said Russia was “not closing the door” to Japanese people but that the terms of any future exchanges would “depend on Tokyo”. He did not elaborate.",
            "Hokkaido officials at the reception said they had again asked for grave visits to resume.",
        ],
        "tags": ["Hokkaido", "Russia", "Japan"],
    },
    {
        "id": "b120-50", "feed": "vireo-np", "lang": "en",
        "published": "2026-09-10T15:00:00Z",
        "title": "Russian and Japanese scholars hold first Valdai session since 2021, steer clear of islands",
        "summary": "The closed-door academic meeting in Moscow, attended by former Japanese officials in a "
                   "private capacity, did not discuss the territorial issue, organisers said.",
        "label": "neutral",
        "note": "Borderline: a track-two (non-governmental) Russia-Japan meeting, the first in years, but "
                "no official talks, no decision, and the islands explicitly off the agenda.",
        "byline": "Vireo staff",
        "dek": "",
        "body": [
            "Russian and Japanese academics met in Moscow this week for the first joint session organised "
            "by the Valdai Discussion Club since 2021, in a rare non-governmental contact between the two "
            "countries.",
            "About 20 participants, including two former Japanese diplomats attending in what organisers "
            "called a private capacity, discussed security in North-East Asia, energy and the Arctic, "
            "according to a short statement from the club.",
            "The territorial dispute over the islands off Hokkaido was “not on the agenda”, the statement "
            "said. Neither government sent officials.",
            "Japan’s Foreign Ministry said it had no involvement in the meeting. A Japanese participant, "
            "who asked not to be named, said the session was “a conversation, not a channel”.",
            "Valdai, best known for its annual conference at which President Vladimir Putin often speaks, held regular Russian-Japanese sessions until the pandemic. Japanese participants in the past included serving lawmakers; this time, organisers said, no sitting official from either side took part.",
            "Contacts between Russian and Japanese academics have largely moved online since 2022, and several Japanese universities suspended exchange agreements with Russian institutions after the invasion of Ukraine.",
            "Peace treaty negotiations between Moscow and Tokyo have been frozen since 2022.",
        ],
        "tags": ["Russia", "Japan", "Think tanks"],
    },
    {
        "id": "b120-51", "feed": "quillmere-post", "lang": "en",
        "published": "2026-10-19T08:00:00Z",
        "title": "1956 declaration turns 70 with its island clause in limbo",
        "summary": "The joint declaration that restored Soviet-Japanese ties promised Shikotan and the "
                   "Habomai islets after a peace treaty. Seventy years on there is no treaty and no talks.",
        "label": "restatement",
        "note": "Anniversary/background piece: the 1956 declaration (seed 004 mentions it), talks halted in "
                "2022 (seeds 000-004), Russia's sovereignty position. No new statement or event.",
        "byline": "Tomoko Ashdown in Tokyo",
        "dek": "Seventy years ago today, Moscow and Tokyo ended the state of war. The document they signed still defines what each side says it could accept",
        "body": [
            "Seventy years ago today, in Moscow, Soviet and Japanese leaders signed a joint declaration "
            "that ended the state of war between their countries and restored diplomatic relations. Its "
            "ninth article promised that the Soviet Union would hand over Shikotan and the Habomai islets "
            "after a peace treaty was signed.",
            "No treaty has been signed. The declaration, ratified by both parliaments, remains the only "
            "legally binding document between the two countries that mentions any of the islands.",
            "For decades it framed what was possible. In 2018 Prime Minister Shinzo Abe and President "
            "Vladimir Putin agreed in Singapore to accelerate negotiations “on the basis of” the 1956 "
            "declaration — a formula Japanese critics read as settling for two islands rather than four.",
            "Those talks collapsed after Russia’s invasion of Ukraine. In March 2022, after Japan joined "
            "Western sanctions, Moscow said it would not continue negotiating a peace treaty with a state "
            "that took “openly unfriendly positions”, and it has repeated that stance since.",
            "Russia’s position on sovereignty has hardened too: it says its control of all the Kurils "
            "results from the Second World War and cannot be questioned, and a 2020 constitutional "
            "amendment bars ceding Russian territory.",
            "In Japan, the anniversary passed with little official ceremony. The Foreign Ministry said "
            "Japan’s policy of resolving the territorial issue and concluding a peace treaty was "
            "unchanged.",
            "“The declaration is a promise that both sides still cite and neither can currently use,” "
            "said a historian of Soviet-Japanese relations at a Tokyo university.",
        ],
        "tags": ["Japan", "Russia", "History"],
    },
    {
        "id": "b120-54", "feed": "quillmere-post", "lang": "en",
        "published": "2026-10-22T08:00:00Z",
        "title": "China drops two Iturup fish plants from its export register",
        "summary": "The processors on the Russian-held island, cleared by Beijing two years ago, were "
                   "suspended from China's list of approved suppliers in September, Sakhalin media reported.",
        "label": "status_change", "group": "b120-g7",
        "new_facts": ["China's customs suspended the export registration of the two Iturup seafood "
                      "plants from September 2026 (registered since November 2024)"],
        "must_mention": MM_G7,
        "note": "Same status change as b120-53 (first, buried in a Sakhalin fishing-season review): "
                "registered (b120-g2) -> suspended.",
        "byline": "Andrew Pell",
        "dek": "",
        "body": [
            "China has suspended the registration of two seafood processors on Iturup that it approved as "
            "exporters two years ago, removing a rare foothold for businesses on the Russian-held island "
            "in the Chinese market.",
            "The Reidovo fish processing plant and Iturup Seafood no longer appear as active on the "
            "database of China’s General Administration of Customs (GACC); their status has been shown as "
            "“suspended” since September, the Sakhalin newspaper Susuya reported this week, citing the "
            "companies.",
            "The paper said the plants had been told the suspension would last “until an inspection is "
            "completed”, without being told what the inspection concerned. Neither company could be "
            "reached for comment.",
            "China’s foreign ministry described the matter as “a technical issue handled by the customs "
            "authorities in accordance with the law”. Japan had raised the listings with Beijing when they "
            "appeared in 2024, Japanese officials have said.",
            "The suspension leaves Iturup fish to reach China, as before, through processors on Sakhalin or "
            "the mainland.",
        ],
        "tags": ["China", "Russia", "Japan", "Trade"],
    },
]
