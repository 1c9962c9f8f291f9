"""English-language articles of the blind99 corpus (25 items)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b99-01", "feed": "pinewood-en", "lang": "en",
        "published": "2024-02-14T08:30:00Z",
        "title": "Russian envoy says treaty talks with Tokyo 'out of the question' while sanctions stand",
        "summary": "Moscow's ambassador to Japan, Nikolay Nozdrev, told Russian state television that negotiations "
                   "on a peace treaty cannot resume as long as Japan keeps its sanctions.",
        "label": "restatement",
        "note": "Restates the seed position (Galuzin/Peskov/Rudenko: peace treaty talks impossible under "
                "sanctions) by a new speaker, ambassador Nozdrev. No new step announced.",
        "section": "Asia-Pacific", "author": "Daniel Mercer in Tokyo",
        "body": [
            "Russia's ambassador to Japan said on Wednesday that talks on a Second World War peace treaty "
            "were \"out of the question\" for as long as Tokyo maintains the sanctions it imposed over the war "
            "in Ukraine, repeating the line Moscow has held since it walked away from the negotiations in "
            "March 2022.",
            "\"You cannot negotiate a fundamental document on friendship and good-neighbourliness with a "
            "government that is doing everything it can to harm Russia,\" Nikolay Nozdrev said in an interview "
            "with a Russian state television channel, excerpts of which were posted on the embassy's website.",
            "Nozdrev, a career Asia hand appointed to Tokyo in late 2022, said responsibility "
            "for the state of relations \"lies entirely with the Japanese side\". He did not announce any new "
            "measure and said Russia was \"not closing the door to normal relations in the future\".",
            "His comments echo those of Deputy Foreign Minister Andrei Rudenko, who told the TASS news agency "
            "last week that resuming dialogue on the treaty was \"categorically impossible\" in the current "
            "situation.",
            "Russia announced in March 2022 that it would not continue peace treaty negotiations with Japan. "
            "In the same statement it withdrew from talks on joint economic activity on the southern Kuril "
            "islands, which Japan calls the Northern Territories, and ended visa-free trips there for Japanese "
            "citizens.",
            "Japan's Foreign Ministry declined to comment on the interview. Officials in Tokyo have said the "
            "government's policy of resolving the territorial issue and then concluding a peace treaty remains "
            "unchanged.",
            "The two countries never signed a peace treaty after the war because of the dispute over Iturup, "
            "Kunashir, Shikotan and the Habomai islets, which Soviet forces seized in the final days of the "
            "conflict.",
        ],
    },
    {
        "id": "b99-04", "feed": "mistral-review", "lang": "en",
        "published": "2024-03-21T10:00:00Z",
        "title": "Two years after the walkout: what is left of Japan–Russia treaty diplomacy",
        "summary": "An explainer on where the peace treaty question stands two years after Moscow suspended talks "
                   "and ended visa-free visits to the disputed islands.",
        "label": "restatement",
        "note": "Anniversary explainer. Every fact is a seed fact: the 21 March 2022 statement (talks "
                "suspended, joint economic activity dialogue dropped, visa-free trips ended, BSEC status "
                "blocked), Rudenko's 'categorically impossible', Kishida's unchanged policy.",
        "section": "Explainer", "author": "Clara Voss", "readtime": "5 min read",
        "comments": [
            ("okhotsk_watcher", "Good summary. People forget the 1956 declaration already ended the state of war."),
            ("R. Tanabe", "The saddest part is the former islanders. Most of them will never see their homes again."),
        ],
        "body": [
            "It is two years this week since Russia's Foreign Ministry announced that it did \"not intend to "
            "continue\" negotiations with Japan on a peace treaty. The statement of 21 March 2022 also pulled "
            "Moscow out of talks on joint economic activity on the disputed islands, ended visa-free trips by "
            "Japanese citizens to them and blocked the extension of Japan's partner status at the Organization "
            "of the Black Sea Economic Cooperation. Here is where things stand.",
            "## What exactly is in dispute?",
            "Four islands and island groups at the southern end of the Kuril chain — Iturup, Kunashir, Shikotan "
            "and the Habomai islets — which Japan calls the Northern Territories. Soviet forces took them in the "
            "last days of the Second World War, and Moscow maintains that its sovereignty over them is beyond "
            "question. Tokyo says they are Japanese territory and that a peace treaty must settle the matter. "
            "Because of the dispute, the two countries have never signed one; a 1956 joint declaration ended "
            "the state of war and restored diplomatic ties.",
            "## Has anything moved since 2022?",
            "Not in substance. Moscow's position has been repeated at every level: by the Kremlin spokesman, by "
            "Mikhail Galuzin when he was ambassador in Tokyo, and, only last month, by Deputy Foreign Minister "
            "Andrei Rudenko, who told TASS that resuming the dialogue was \"categorically impossible\". Prime "
            "Minister Fumio Kishida, for his part, says Japan's policy of resolving the territorial issue and "
            "concluding a treaty is unchanged.",
            "## What about the former islanders?",
            "The visa-free programme, which from 1992 carried tens of thousands of Japanese and Russians back "
            "and forth across the Nemuro Strait, has not run since before the pandemic, and Moscow formally "
            "ended it in 2022. Grave visits by former residents have not taken place since 2019. Fewer than "
            "5,500 former islanders are still alive; their average age is close to 88.",
            "## What would it take?",
            "Moscow says Tokyo must first abandon what it calls a hostile policy — in practice, the sanctions. "
            "Tokyo says it will not trade its Ukraine policy for talks. Few diplomats on either side expect "
            "movement while the war continues, and neither government has proposed a date, a venue or a format "
            "for any future contact on the treaty.",
        ],
    },
    {
        "id": "b99-05", "feed": "windrow-wire", "lang": "en",
        "published": "2024-04-11T04:20:00Z",
        "title": "Chinese coast guard ships enter waters off Senkaku islands, Japan protests",
        "summary": "Four China Coast Guard vessels entered Japan's territorial waters around the Senkaku Islands; "
                   "Tokyo lodged a protest through diplomatic channels.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China). The Russia dispute is "
                "mentioned only in one background line.",
        "section": "Asia", "author": "Reporting by Kenji Ward; Editing by Ruth Avery",
        "body": [
            "TOKYO, April 11 (Windrow) - Four Chinese coast guard vessels entered Japan's territorial waters "
            "around the Senkaku Islands in the East China Sea early on Thursday, Japan's coast guard said, and "
            "one of them approached a Japanese fishing boat operating in the area.",
            "Japan lodged a protest with China through diplomatic channels and demanded that the ships leave "
            "immediately, a Foreign Ministry official said.",
            "\"The Senkaku Islands are clearly an inherent part of Japan's territory, historically and under "
            "international law,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference.",
            "China, which calls the uninhabited islets Diaoyu, says they are its territory and that its coast "
            "guard was carrying out \"law enforcement patrols\" in its own waters.",
            "Chinese government vessels have been sighted in the contiguous zone just outside the islands' "
            "territorial waters almost every day for more than a year, according to Japanese coast guard data.",
            "Japan is also locked in separate territorial disputes with Russia, over islands off Hokkaido, and "
            "with South Korea.",
        ],
    },
    {
        "id": "b99-09", "feed": "windrow-wire", "lang": "en",
        "published": "2024-05-30T09:20:00Z",
        "title": "Russia switches on satellite navigation station on disputed Iturup",
        "summary": "A GLONASS monitoring and correction station has begun operating in Kurilsk on Iturup, the first "
                   "on the Kuril chain; Japan has protested.",
        "label": "new_development", "group": "b99-g1",
        "new_facts": ["A GLONASS differential correction and monitoring station has been commissioned in "
                      "Kurilsk on Iturup, the first on the Kuril Islands; Japan protested"],
        "must_mention": [["glonass", "satellite navigation"], ["iturup", "etorofu", "kurilsk"]],
        "note": "Third report of b99-g1 (first: b99-07 in Russian). English wire rewrite citing the Sakhalin "
                "outlet and Tokyo's protest; no fact beyond b99-07/b99-08.",
        "section": "Asia", "author": "Reporting by Olga Petrenko and Kenji Ward; Editing by Ruth Avery",
        "body": [
            "MOSCOW/TOKYO, May 30 (Windrow) - Russia has put into operation a ground station for its GLONASS "
            "satellite navigation system on Iturup, the largest of the four Russian-held islands claimed by "
            "Japan, regional media and the Japanese government said.",
            "The station in the town of Kurilsk is part of GLONASS's differential correction and monitoring "
            "network and is the first such facility on the Kuril chain, the Sakhalin news site Spolokhi "
            "reported on Tuesday, citing the Roscosmos enterprise that runs the system's ground segment. It is "
            "meant to improve positioning accuracy for ships and aircraft over the southern Sea of Okhotsk and "
            "the adjacent Pacific.",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said on Wednesday that Tokyo had protested, "
            "calling the installation \"unacceptable\" and incompatible with Japan's position on the islands, "
            "which it calls the Northern Territories.",
            "Roscosmos did not respond to a request for comment. A Japanese defence official said the ministry "
            "was examining whether the station could also serve military users.",
            "Russia has expanded civilian and military infrastructure on the islands since it broke off peace "
            "treaty talks with Japan in 2022 over Tokyo's sanctions.",
        ],
    },
    {
        "id": "b99-11", "feed": "pinewood-en", "lang": "en",
        "published": "2024-07-12T07:00:00Z",
        "title": "Japan's defence white paper warns of China–Russia military tie-up around Japan",
        "summary": "The 2024 edition of Japan's annual defence report calls China the greatest strategic challenge "
                   "and repeats that the Northern Territories remain under Russia's illegal occupation.",
        "label": "restatement",
        "note": "Annual report restating Japan's claim to the four islands (seed: Japan lays claim; "
                "sovereignty dispute). Mentions ongoing Russian activity on the islands in general terms; no "
                "new deployment, visit or measure is reported.",
        "section": "Security", "author": "Mika Hollander in Tokyo",
        "body": [
            "Japan's annual defence white paper, approved by the cabinet on Friday, describes China as the "
            "\"greatest strategic challenge\" the country has ever faced and warns that military cooperation "
            "between Beijing and Moscow around Japan is deepening.",
            "The 2024 report points to joint flights by Chinese and Russian strategic bombers near the "
            "Japanese archipelago and to joint naval patrols that have circled the main islands, calling them "
            "a clear demonstration of force directed at Japan.",
            "On Russia, the document repeats language used in previous editions: the Northern Territories, "
            "the four islands off Hokkaido held by Russia since 1945, are \"an inherent part of Japan's "
            "territory\" and remain under Russia's illegal occupation, and Russian forces \"continue "
            "activities\" there, including exercises. It does not report any new deployment on the islands.",
            "The paper also devotes a chapter to North Korea's missile programme and to Japan's plan to acquire "
            "\"counterstrike\" capabilities, including U.S.-made Tomahawk cruise missiles, from 2025.",
            "Defence Minister Minoru Kihara told reporters the report was meant to help the public understand "
            "\"the most severe and complex security environment since the end of the war\".",
            "China's foreign ministry has in past years accused Tokyo of \"hyping\" a Chinese threat, and "
            "Russia's embassy has typically objected to the document's description of the islands. There was "
            "no immediate reaction from either on Friday.",
        ],
    },
    {
        "id": "b99-13", "feed": "harbourlight-en", "lang": "en",
        "published": "2024-09-19T05:30:00Z",
        "title": "Nemuro's saury boats head out again, hoping a lean decade is over",
        "summary": "At Hanasaki port, crews are cautiously hopeful after early catches of Pacific saury came in "
                   "larger than in recent years.",
        "label": "off_topic",
        "note": "Local fisheries feature; the islands appear only in passing (a view of Kunashiri across the "
                "strait). Not about the treaty or the dispute.",
        "section": "Hokkaido", "author": "By Aiko Brennan in Nemuro",
        "comments": [
            ("hokkaido_eats", "2 days ago", "Saury at 200 yen a fish again would make my autumn."),
            ("kushiro_dad", "1 day ago", "The fish are further offshore every year. Fuel is the real cost."),
        ],
        "body": [
            "The first boats were back at Hanasaki port before dawn, their holds silver with Pacific saury, "
            "and for the first time in several autumns nobody on the quay was complaining about the size of "
            "the fish.",
            "\"They are fatter than last year, and there are more of them,\" said a skipper who has fished out "
            "of Nemuro for 30 years. \"We don't say 'good season' until November. But it is a start.\"",
            "Japan's saury catch collapsed in the 2010s as the schools moved further offshore and foreign "
            "fleets fished them on the high seas. Nemuro, the country's largest saury port, landed barely a "
            "fifth of its former volume in the worst years, and wholesale prices climbed to levels that turned "
            "the fish — once the cheapest taste of autumn — into a luxury.",
            "This year the city's fish market expects landings to rise, helped by cooler water closer to the "
            "coast. Processors have reopened lines that stood idle last year and are hiring part-time workers.",
            "From the harbour wall on a clear morning, the volcanic ridge of Kunashiri is visible across the "
            "strait, a reminder of how close the grounds are and of the waters Nemuro's boats cannot enter. "
            "Most of the saury fleet, though, works far to the east, in the open Pacific.",
            "The city will hold its annual saury festival at the end of the month, with free grilled fish for "
            "the first 3,000 visitors.",
        ],
    },
    {
        "id": "b99-14", "feed": "pinewood-en", "lang": "en",
        "published": "2024-10-08T09:00:00Z",
        "title": "Japan's new foreign minister says door to Russia treaty talks 'remains open'",
        "summary": "Takeshi Iwaya said Japan would be ready to talk to Moscow about a peace treaty if Russia "
                   "changed course, but offered no new initiative.",
        "label": "restatement",
        "note": "Conditional/requested: 'would be ready if Russia...', 'will keep urging Russia to allow "
                "grave visits'. Restates Japan's unchanged policy (seed: Kishida steadfast on the treaty).",
        "section": "Asia-Pacific", "author": "Daniel Mercer in Tokyo",
        "body": [
            "Japan's new foreign minister said on Tuesday that Tokyo would be ready to resume talks with "
            "Russia on a peace treaty \"whenever Russia is prepared to return to the table\", while making "
            "clear that Japan would not ease sanctions to get there.",
            "\"Our policy of resolving the issue of the attribution of the four northern islands and "
            "concluding a peace treaty has not changed,\" Takeshi Iwaya said in a group interview with "
            "reporters a week after taking office in Prime Minister Shigeru Ishiba's cabinet.",
            "Asked whether he saw any opening, Iwaya said relations were \"in a difficult situation because of "
            "Russia's aggression against Ukraine\" and that it was up to Moscow to create the conditions for "
            "dialogue.",
            "He said Japan would \"continue to strongly urge\" Russia to allow former residents of the islands "
            "to visit family graves there, calling the visits, suspended for years, a humanitarian matter of "
            "the highest priority.",
            "Russia has said since March 2022 that it will not negotiate a peace treaty with a country that "
            "has imposed sanctions on it, and has ended visa-free visits by Japanese citizens to the islands.",
            "Iwaya, a former defence minister, did not say whether he planned to seek a meeting with his "
            "Russian counterpart Sergei Lavrov.",
        ],
    },
    {
        "id": "b99-17", "feed": "pinewood-en", "lang": "en",
        "published": "2024-12-13T06:00:00Z",
        "title": "Black Sea bloc puts Japan's frozen partner status under review as Russia holds fire",
        "summary": "BSEC foreign ministers referred Japan's sectoral dialogue partner status to senior officials "
                   "for review after Russia reserved, rather than exercised, its objection.",
        "label": "status_change", "group": "b99-g2",
        "new_facts": ["BSEC ministers referred Japan's blocked sectoral dialogue partner status to the "
                      "Committee of Senior Officials for review; Russia reserved its position instead of "
                      "blocking; the status stays suspended pending the review"],
        "must_mention": [["black sea", "bsec"], ["review", "reserv"]],
        "note": "Second report of b99-g2 (first: b99-16, Japanese). Seed state: Russia blocks the extension "
                "of Japan's BSEC partner status. New state: neither restored nor blocked - suspended pending "
                "review.",
        "section": "Diplomacy", "author": "Selin Arkan and Daniel Mercer",
        "body": [
            "Foreign ministers of the 13-member Organization of the Black Sea Economic Cooperation (BSEC) have "
            "sent the question of Japan's status as a sectoral dialogue partner back to senior officials for "
            "review, a step that stops short of restoring the status but ends, for now, the outright Russian "
            "block that has kept it frozen since 2022.",
            "According to the final document of the ministerial council, which met on Wednesday, Russia "
            "\"reserved its position\" on the renewal instead of objecting to it, which allowed the matter to "
            "be placed before the organisation's Committee of Senior Officials. A decision is expected when "
            "ministers meet again in mid-2025. Until then Japan's status remains suspended pending the review.",
            "Moscow blocked the extension of Japan's status in March 2022, in the same statement in which it "
            "pulled out of peace treaty negotiations with Tokyo and ended visa-free visits to the disputed "
            "Kuril islands, citing Japanese sanctions over Ukraine.",
            "Japan's Foreign Ministry said it would \"closely watch\" the review. A Japanese diplomat, speaking "
            "on condition of anonymity, cautioned against reading too much into the move. \"It is a procedural "
            "opening, not a change of heart,\" the diplomat said.",
            "BSEC, founded in 1992 and headquartered in Istanbul, takes decisions by consensus, giving every "
            "member an effective veto. Japan has worked with the organisation for more than a decade, mainly on "
            "disaster risk reduction and energy efficiency.",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b99-20", "feed": "harbourlight-en", "lang": "en",
        "published": "2025-02-07T11:30:00Z",
        "title": "Ishiba vows to keep pressing on islands at Northern Territories Day rally",
        "summary": "At the annual rally in Tokyo, Prime Minister Shigeru Ishiba repeated Japan's aim of "
                   "resolving the territorial issue and urged Russia to let former islanders visit graves "
                   "again. Translated from Gunjo Shimbun.",
        "label": "restatement",
        "note": "Translation of b99-19 (occasion piece). Restates Japan's unchanged policy; the grave visits "
                "are only requested ('urge Russia to allow'), not granted.",
        "section": "Japan", "author": "Gunjo Shimbun / translated by Harbourlight",
        "body": [
            "This article is a translation of a report by our partner paper Gunjo Shimbun (eastern Hokkaido).",
            "TOKYO — Prime Minister Shigeru Ishiba told the annual national rally calling for the return of the "
            "Northern Territories on Friday that the government's policy of \"resolving the issue of the "
            "attribution of the four islands and concluding a peace treaty\" remained unchanged.",
            "\"Japan–Russia relations are in a difficult situation, but in response to the earnest wishes of "
            "former islanders, who are growing old, we will strongly urge Russia to allow the resumption of "
            "exchange programmes, with grave visits as our top priority,\" Ishiba said.",
            "Around 700 people attended the rally, held every year on February 7, the date in 1855 on which "
            "Japan and Russia signed the Treaty of Shimoda. A 90-year-old former resident of Shikotan told the "
            "audience that she had not been able to visit her parents' graves for six years.",
            "The mayor of Nemuro, the Hokkaido city closest to the islands, called on the government to keep "
            "channels to Moscow open \"for the sake of the people who are running out of time\". The rally "
            "adopted an appeal demanding the early return of the islands.",
            "Russia halted visa-free exchanges with the islands in 2022 after Japan joined Western sanctions "
            "over the war in Ukraine, and says peace treaty talks are impossible under current conditions.",
        ],
    },
    {
        "id": "b99-21", "feed": "windrow-wire", "lang": "en",
        "published": "2025-03-12T09:00:00Z",
        "title": "Review of Japan's Black Sea bloc status still pending, officials say",
        "summary": "BSEC senior officials discussed Japan's suspended sectoral dialogue partner status in "
                   "Istanbul but took no decision; the matter goes back to ministers in June.",
        "label": "status_change", "group": "b99-g2",
        "new_facts": ["(follow-up) The BSEC review of Japan's partner status opened in December 2024 is still "
                      "pending; no decision"],
        "must_mention": [["black sea", "bsec"], ["review", "pending"]],
        "note": "Follow-up of b99-g2 three months later with no new fact: the review is still pending and "
                "the state (suspended pending review) is unchanged. A second alert would be a repeat.",
        "section": "World", "author": "Reporting by Selin Arkan; Editing by Ruth Avery",
        "body": [
            "ISTANBUL, March 12 (Windrow) - Senior officials of the Organization of the Black Sea Economic "
            "Cooperation (BSEC) discussed Japan's suspended status as a sectoral dialogue partner at a meeting "
            "in Istanbul on Wednesday but did not reach a decision, two diplomats familiar with the talks said.",
            "The question was referred to the organisation's Committee of Senior Officials for review by BSEC "
            "foreign ministers in December, after Russia chose to reserve its position rather than block the "
            "renewal outright. It will now go back to ministers at their June session.",
            "Russia's delegate repeated Moscow's reservation, one of the diplomats said. Japan's status remains "
            "suspended pending the outcome of the review.",
            "Russia blocked the extension of Japan's status in March 2022, when it also suspended peace treaty "
            "talks with Tokyo over Japanese sanctions.",
            "BSEC's council of foreign ministers meets twice a year, at the end of each six-month chairmanship. A Japanese Foreign Ministry spokesperson said Tokyo hoped for \"a constructive outcome\".",
        ],
    },
    {
        "id": "b99-24", "feed": "pinewood-en", "lang": "en",
        "published": "2025-05-13T09:00:00Z",
        "title": "Kremlin denies report of Putin letter to Ishiba on peace treaty",
        "summary": "Dmitry Peskov said no such letter existed and that the conditions for resuming peace treaty "
                   "talks with Japan were absent.",
        "label": "restatement",
        "note": "Denied version of a move (a reported letter proposing contacts). Peskov restates the seed "
                "position that treaty talks are impossible under current conditions.",
        "section": "Asia-Pacific", "author": "Irina Vale in Moscow",
        "body": [
            "The Kremlin on Tuesday denied a Japanese magazine report that President Vladimir Putin had "
            "written to Prime Minister Shigeru Ishiba proposing confidential contacts on a peace treaty.",
            "\"There was no such letter. This does not correspond to reality,\" Kremlin spokesman Dmitry "
            "Peskov told reporters on his daily conference call.",
            "\"Our position is well known and has not changed: as long as Japan pursues an unfriendly course "
            "towards our country, negotiations on a peace treaty are impossible,\" he said.",
            "The weekly magazine, citing unnamed government sources, had reported that Putin's letter "
            "suggested that officials of the two countries meet in a third country to explore a return to "
            "talks.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said the government was \"not aware of any "
            "such letter\" and declined to comment on diplomatic exchanges.",
            "Moscow suspended peace treaty negotiations in March 2022 after Japan joined Western sanctions "
            "over the invasion of Ukraine.",
        ],
    },
    {
        "id": "b99-25", "feed": "windrow-wire", "lang": "en",
        "published": "2025-06-12T08:00:00Z",
        "title": "Russia sees 'no conditions' to restore visa-free island visits for Japanese",
        "summary": "A senior Russian diplomat said the visa-free exchanges ended in 2022 would not be revived "
                   "while Japan keeps its sanctions.",
        "label": "restatement",
        "note": "Negated move ('no conditions to resume visa-free exchanges'). Restates the seed fact that "
                "Russia terminated the 1991/1999 visa-free arrangements.",
        "section": "World", "author": "Reporting by Olga Petrenko; Editing by Tom Kessler",
        "body": [
            "MOSCOW, June 12 (Windrow) - Russia sees no conditions for restoring visa-free trips by Japanese "
            "citizens to the southern Kuril Islands, the head of the Russian Foreign Ministry's department "
            "responsible for Japan said in an interview published on Thursday.",
            "\"The agreements of 1991 and 1999 were terminated because of Tokyo's openly unfriendly actions. "
            "There are no conditions today for resuming visa-free exchanges, and we do not see them appearing "
            "while the sanctions remain,\" the director of the ministry's Second Asian Department told a "
            "Russian news agency.",
            "Asked about grave visits by former Japanese residents, the official said humanitarian requests "
            "\"are considered case by case\", without giving examples.",
            "Japan calls the islands the Northern Territories and has repeatedly asked Russia to allow former "
            "residents, most of them in their late 80s, to visit family graves.",
            "Russia ended the visa-free regime in March 2022, when it also walked out of peace treaty talks.",
        ],
    },
    {
        "id": "b99-26", "feed": "harbourlight-en", "lang": "en",
        "published": "2025-06-19T07:30:00Z",
        "title": "Russia blocks Japan's Black Sea partner status again, ending six-month review",
        "summary": "BSEC foreign ministers failed to renew Japan's sectoral dialogue partner status after Russia "
                   "dropped its reservation and lodged a formal objection; the status has lapsed.",
        "label": "status_change", "group": "b99-g6",
        "new_facts": ["Russia formally objected at the June 2025 BSEC ministerial council; the review opened in "
                      "December 2024 was closed and Japan's sectoral dialogue partner status lapsed"],
        "must_mention": [["black sea", "bsec"], ["object", "block", "lapse", "veto"]],
        "note": "Status moves back: from 'suspended pending review' (b99-g2) to blocked/lapsed. First report "
                "of b99-g6, on an outlet without metadata.",
        "section": "Diplomacy", "author": "By Selin Arkan",
        "body": [
            "Japan's hopes of regaining a foothold in the Organization of the Black Sea Economic Cooperation "
            "ended on Wednesday when Russia formally objected to renewing its status as a sectoral dialogue "
            "partner, closing a review that had been open since December.",
            "At the BSEC ministerial council, Russia's delegation withdrew the \"reservation\" it entered six "
            "months ago and lodged an objection, citing the package of sanctions Tokyo adopted in May, "
            "diplomats at the meeting said. Because the organisation decides by consensus, the review was "
            "closed without a decision and Japan's status, suspended since 2022, has now lapsed.",
            "Japan would have to submit a new application to regain it, a BSEC official said.",
            "Japan's Foreign Ministry called the decision \"regrettable\" and said Tokyo had contributed to "
            "BSEC projects on disaster prevention for more than a decade.",
            "Moscow first blocked the renewal in March 2022, in the statement in which it also abandoned peace "
            "treaty negotiations with Japan and ended visa-free travel to the Russian-held islands claimed by "
            "Tokyo. In December it had allowed the question to be reviewed, which some in Tokyo had read as a "
            "small signal of flexibility.",
        ],
    },
    {
        "id": "b99-28", "feed": "mistral-review", "lang": "en",
        "published": "2025-06-22T09:00:00Z",
        "title": "Sixty years after normalisation, Tokyo and Seoul still argue over how to remember it",
        "summary": "The 1965 Treaty on Basic Relations turns 60. Both governments are celebrating; historians and "
                   "victims' groups are less sure there is much to celebrate.",
        "label": "off_topic",
        "note": "Look-alike: another treaty (Japan-South Korea 1965 Basic Relations Treaty) and another island "
                "dispute (Takeshima/Dokdo). Russia appears only in one comparison sentence.",
        "section": "Column", "author": "Jun-ho Park", "readtime": "7 min read",
        "comments": [("Kaz", "The claims agreement is the real sore point, not the treaty itself.")],
        "body": [
            "Sixty years ago today, in Tokyo, Japan and South Korea signed the Treaty on Basic Relations and "
            "restored the diplomatic ties that colonial rule and war had left in ruins. Both governments are "
            "marking the anniversary with receptions, a joint stamp and speeches about \"future-oriented\" "
            "partnership.",
            "The treaty itself is short. It establishes diplomatic relations, confirms that earlier agreements "
            "concluded before 1910 are \"already null and void\" and recognises the government in Seoul as the "
            "only lawful one on the peninsula. The package signed alongside it — above all the claims "
            "agreement, with its $800 million in grants and loans — is what the two countries have argued "
            "about ever since.",
            "Court rulings in Seoul ordering Japanese companies to compensate wartime forced labourers, and "
            "Tokyo's insistence that all claims were settled \"completely and finally\" in 1965, pushed "
            "relations to their lowest point in 2019. The compromise of 2023, under which a South Korean "
            "foundation pays the compensation, has held, but the victims' groups that rejected it have not "
            "gone away.",
            "Then there are the rocks. The 1965 negotiators could not agree on the sovereignty of "
            "Takeshima, or Dokdo, and so they left it out. Sixty years on, Seoul controls the islets and Tokyo "
            "protests every year.",
            "Japan, of course, has a still older piece of unfinished postwar business: it has never signed a "
            "peace treaty with Russia at all. Compared with that, the Seoul relationship looks almost settled.",
            "The anniversary is a good moment to ask whether the 1965 framework can carry another 60 years. "
            "Its strength was always that it postponed what could not be agreed. Its weakness is the same.",
        ],
    },
    {
        "id": "b99-31", "feed": "pinewood-en", "lang": "en",
        "published": "2025-07-29T08:40:00Z",
        "title": "Russia starts rebuilding Soviet-era naval base on Kuril island of Simushir",
        "summary": "Pacific Fleet engineers have begun restoring piers and shore facilities in Broughton Bay, a "
                   "base abandoned in the 1990s, the fleet commander said.",
        "label": "new_development", "group": "b99-g3",
        "new_facts": ["The Pacific Fleet has begun restoring the Soviet-era base in Broughton Bay on Simushir "
                      "(central Kurils), aiming at a permanent ship basing point by 2028"],
        "must_mention": [["simushir", "broughton"], ["naval base", "basing"]],
        "note": "Second report of b99-g3 (first: b99-29, where the news sits below a Navy Day lead). Adds "
                "Japan's 'monitoring' comment only.",
        "section": "Security", "author": "Irina Vale in Moscow and Mika Hollander in Tokyo",
        "body": [
            "Russia's Pacific Fleet has begun restoring a Soviet-era naval base in Broughton Bay on Simushir, "
            "in the middle of the Kuril chain, the fleet's commander said during Navy Day celebrations on "
            "Sunday — the first confirmation that work is under way.",
            "Engineering units landed on the uninhabited island in June and are rebuilding piers, a fuel depot "
            "and barracks, the commander told a Russian state broadcaster. The aim is to create a permanent "
            "basing point for warships by 2028.",
            "The bay, a flooded volcanic caldera connected to the Sea of Okhotsk by a narrow channel, housed a "
            "Soviet submarine base until the early 1990s, when the garrison was withdrawn. A Russian naval "
            "expedition surveyed the site in 2016, and the defence ministry said at the time it was studying "
            "the possibility of basing ships there.",
            "Simushir lies about 300 kilometres northeast of Iturup, the northernmost of the four islands that "
            "Japan claims as the Northern Territories, and is not itself part of the dispute. A spokesperson for Japan's "
            "Defence Ministry said Tokyo was \"monitoring Russian military activity in the Kuril Islands, "
            "including this, with strong interest\".",
            "Russia has deployed coastal missile systems on Matua, another central Kuril island, and on Iturup "
            "and Kunashir in recent years, which Moscow says are needed to protect access to the Pacific for "
            "its submarines based in Kamchatka.",
        ],
    },
    {
        "id": "b99-35", "feed": "mistral-review", "lang": "en",
        "published": "2025-09-08T08:00:00Z",
        "title": "On Yuri island, eight former residents find their parents' graves under the grass",
        "summary": "A one-off visit allowed by Moscow took former islanders to an uninhabited Habomai islet for "
                   "the first time since 2019. Both sides insist it is not a precedent.",
        "label": "status_change", "group": "b99-g4",
        "new_facts": ["(follow-up) The one-off grave visit to Yuri island took place on 5-6 September 2025 "
                      "as announced"],
        "must_mention": [["yuri"], ["grave"]],
        "note": "Follow-up of b99-g4: the visit allowed 'this time only' (b99-30) took place as planned. No "
                "new state: still an exception, no resumption of the visa-free framework.",
        "section": "Reportage", "author": "Clara Voss in Nemuro", "readtime": "8 min read",
        "comments": [
            ("M. Ito", "My grandmother was from Shibotsu. Reading this made me cry."),
            ("northpacific", "'Not a precedent' - both governments said it twice. Telling."),
        ],
        "body": [
            "The boat left Nemuro in the grey light of Friday morning with eight passengers who had waited six "
            "years for this crossing and, in some cases, eighty.",
            "The oldest, a 91-year-old man who was born on Yuri island in the Habomai group, sat by the window "
            "with a photograph of his parents in his lap. \"I was thirteen when we left,\" he said. \"I remember "
            "the kelp drying on the beach. I don't remember their faces well any more.\"",
            "Russia agreed in July to let the group visit the island's former Japanese cemetery \"this time "
            "only\". It was the first grave visit by former residents since 2019; Moscow terminated the "
            "visa-free arrangements that covered such trips in 2022.",
            "Russian border guards met the group at the landing and stayed with them for the five hours they "
            "were allowed ashore. Nobody lives on Yuri now. The cemetery had all but disappeared under bamboo "
            "grass; relatives cut it back with sickles brought from Nemuro and found four of the headstones "
            "they were looking for.",
            "Officials in Tokyo were careful to describe the trip as a humanitarian exception. \"This does not "
            "mean that the framework of visits has been restored,\" a Foreign Ministry official said. A Russian "
            "diplomat in Yuzhno-Sakhalinsk said the same thing in almost the same words.",
            "The group returned to Nemuro on Saturday afternoon. Asked whether he hoped to go again, the oldest "
            "visitor shook his head. \"I said goodbye properly this time,\" he said.",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b99-39", "feed": "windrow-wire", "lang": "en",
        "published": "2026-02-22T06:00:00Z",
        "title": "South Korea protests as Japan's Shimane holds 'Takeshima Day' ceremony",
        "summary": "Seoul summoned a Japanese diplomat after a senior Tokyo official attended Shimane "
                   "prefecture's annual ceremony on the islets South Korea calls Dokdo.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Takeshima/Dokdo). Northern Territories Day is mentioned "
                "only as a comparison.",
        "section": "Asia", "author": "Reporting by Min-seo Lee in Seoul and Kenji Ward in Tokyo",
        "body": [
            "SEOUL/TOKYO, Feb 22 (Windrow) - South Korea lodged a protest with Japan on Sunday after Shimane "
            "prefecture held its annual \"Takeshima Day\" ceremony, attended by a parliamentary vice-minister "
            "from the Japanese government.",
            "South Korea's foreign ministry summoned a senior diplomat from the Japanese embassy and said the "
            "event was a \"futile claim\" to islets that are \"clearly Korean territory historically, "
            "geographically and under international law\".",
            "The rocky islets in the Sea of Japan, called Dokdo in Korea, are controlled by South Korea, which "
            "stations a small police unit there. Tokyo says they are Japanese territory.",
            "Shimane prefecture has held the ceremony on Feb. 22 since 2006. Japan's central government marks a "
            "separate Northern Territories Day on Feb. 7 to press its claim to islands held by Russia.",
            "Officials in both capitals said the dispute would not derail plans for a leaders' meeting later "
            "this year.",
            "Tokyo said it had conveyed \"Japan's consistent position\" on Takeshima through diplomatic channels and rejected Seoul's protest.",
        ],
    },
    {
        "id": "b99-40", "feed": "pinewood-en", "lang": "en",
        "published": "2026-04-16T14:00:00Z",
        "title": "U.S. says it recognises Japan's sovereignty over Russian-held islands",
        "summary": "Asked about Russian construction on the Kurils, a State Department spokesperson restated "
                   "Washington's long-standing recognition of Japanese sovereignty over the Northern Territories.",
        "label": "neutral",
        "note": "Borderline: a U.S. statement not among the seed facts, but a reiteration of a long-standing "
                "U.S. position with no accompanying action. Neither clearly new nor clearly a restatement.",
        "section": "Diplomacy", "author": "Rachel Dunn in Washington",
        "body": [
            "The United States recognises Japan's sovereignty over the four Russian-held islands off Hokkaido, "
            "a State Department spokesperson said on Wednesday, repeating a long-held position in response to "
            "a question about Russian construction on the islands.",
            "\"The United States has long recognised Japan's sovereignty over the Northern Territories, and "
            "that position has not changed,\" the spokesperson told a regular briefing, adding that Washington "
            "\"stands with our ally\".",
            "The spokesperson declined to say whether the issue had come up in recent contacts with Moscow.",
            "Russia's Foreign Ministry said on Thursday that such statements amounted to \"interference in "
            "matters that concern only Russia\" and that its sovereignty over the Kuril Islands was enshrined "
            "in international agreements.",
            "U.S. administrations have expressed support for Japan's claim since the 1950s. Japanese officials "
            "welcomed the remarks but said they did not signal any new initiative.",
            "The exchange came as Russia and Japan have no formal dialogue on a peace treaty, which Moscow suspended in 2022 in response to Japanese sanctions.",
        ],
    },
    {
        "id": "b99-41", "feed": "harbourlight-en", "lang": "en",
        "published": "2026-05-20T06:00:00Z",
        "title": "Will the visa-free boats ever sail again? Nemuro is no longer sure",
        "summary": "Four years after Moscow ended the exchanges, the ship built for them waits at the pier and the "
                   "people who rode it are ageing.",
        "label": "restatement",
        "note": "Questioned version of a move ('will the boats sail again?'); officials say there is no "
                "prospect. Restates the seed termination of visa-free trips; the 2025 Yuri visit (b99-g4) is "
                "mentioned as a past exception only.",
        "section": "Notebook", "author": "By Aiko Brennan in Nemuro",
        "comments": [
            ("sapporo_reader", "3 hours ago", "Put the ship to use for coastal tours. It is sad to see it idle."),
            ("K. Hasegawa", "1 hour ago", "My father went on the 1999 trip. We still have the photos."),
        ],
        "body": [
            "Every spring for a quarter of a century, Nemuro's port hummed in May as the exchange ship was "
            "readied for the summer's visa-free trips to Kunashiri, Etorofu and Shikotan. This year, like the "
            "last four, it is quiet.",
            "Russia ended the visa-free exchanges and the simplified visits by former residents in 2022, after "
            "Japan joined sanctions over the war in Ukraine. Japanese officials still describe their "
            "resumption as a top priority. Asked whether they could resume this summer, an official at the "
            "Cabinet Office said: \"We cannot say anything at this point.\"",
            "The only crossing since then was an exception: last September Russia allowed eight former "
            "residents to visit graves on Yuri island, once, and both governments stressed that it set no "
            "precedent. No request for this year has been answered.",
            "So will the boats sail again? People in Nemuro give different answers. A retired teacher who "
            "interpreted on dozens of trips thinks the exchanges will come back \"when the war ends, in some "
            "form\". A fisheries cooperative official is more doubtful: \"Even if Moscow said yes tomorrow, who "
            "would be left to go?\"",
            "The average age of the roughly 5,000 surviving former islanders is now about 89.",
        ],
    },
    {
        "id": "b99-44", "feed": "mistral-review", "lang": "en",
        "published": "2026-09-08T09:00:00Z",
        "title": "Seventy-five years on, the San Francisco treaty still shapes Japan's map",
        "summary": "The 1951 peace treaty ended the Allied occupation. The Soviet Union refused to sign it — and "
                   "the consequences still run through the Kuril Islands.",
        "label": "restatement",
        "note": "Anniversary/background piece on another treaty that bears on the dispute (Article 2(c) on "
                "the Kurils). Restates history and the known positions; talks still suspended (seed).",
        "section": "Essay", "author": "Clara Voss", "readtime": "9 min read",
        "comments": [("historian_k", "Worth adding that the treaty never says to whom the Kuriles were renounced.")],
        "body": [
            "On 8 September 1951, in the War Memorial Opera House in San Francisco, delegates of 49 nations "
            "signed a peace treaty with Japan. The Soviet delegation, led by Andrei Gromyko, attended, denounced "
            "the text and refused to sign.",
            "Article 2(c) of the treaty says that Japan \"renounces all right, title and claim to the Kurile "
            "Islands\". It does not say to whom, and it does not define the Kuriles. Those two silences are the "
            "legal ground on which the dispute over the four southernmost islands still stands.",
            "Tokyo's position is that Iturup, Kunashir, Shikotan and the Habomai islets were never part of the "
            "Kuriles it renounced, and that the Soviet Union, as a non-signatory, cannot invoke the treaty "
            "anyway. Moscow says the islands passed to the USSR as a result of the Second World War and that "
            "its sovereignty over them is not open to question.",
            "Because the Soviet Union stayed outside San Francisco, Japan and Moscow had to make their own "
            "peace. They got as far as the 1956 joint declaration, which ended the state of war — and no "
            "further. Seventy years on from that declaration, next month, there is still no treaty, and Moscow "
            "has refused to negotiate one since March 2022.",
            "The anniversary will pass quietly in Tokyo. But the treaty signed that day in San Francisco "
            "explains a good deal about why a map of Japan's north still carries a dotted line.",
        ],
    },
    {
        "id": "b99-48", "feed": "windrow-wire", "lang": "en",
        "published": "2026-12-02T15:30:00Z",
        "title": "Russia, Japan hold first peace treaty consultations since 2022, in New Delhi",
        "summary": "A Russian deputy foreign minister and a senior Japanese diplomat met in the Indian capital, the "
                   "first talks on the treaty since Moscow broke them off in March 2022.",
        "label": "status_change", "group": "b99-g5",
        "new_facts": ["Russia and Japan held consultations on the peace treaty issue in New Delhi on 2 December "
                      "2026, the first since Moscow suspended the talks in March 2022; they agreed to continue "
                      "contacts"],
        "must_mention": [["new delhi", "delhi"], ["peace treaty", "consultation"]],
        "note": "Second report of b99-g5 (first: b99-47, Russian). Seed state: talks suspended since March "
                "2022. New state: consultations held, contacts to continue.",
        "section": "World", "author": "Reporting by Olga Petrenko in Moscow and Kenji Ward in Tokyo; Editing by Tom Kessler",
        "body": [
            "MOSCOW/TOKYO, Dec 2 (Windrow) - Russia and Japan held consultations on a peace treaty in New "
            "Delhi on Wednesday, the Russian Foreign Ministry said, the first talks on the subject since Moscow "
            "broke off negotiations in March 2022 over Tokyo's sanctions.",
            "Deputy Foreign Minister Andrei Rudenko met the director-general of the Japanese Foreign Ministry's "
            "European Affairs Bureau, the ministry said in a statement, describing the conversation as "
            "\"frank\". The two sides agreed to continue contacts, it said, without giving a date.",
            "Japan's Foreign Ministry confirmed the meeting, saying the officials had discussed \"Japan–Russia "
            "relations, including the peace treaty issue\" and that Japan had also asked Russia to allow former "
            "island residents to resume grave visits.",
            "The Russian statement said a further round \"could be held in Tokyo\" in the first half of 2027. "
            "Japanese officials did not confirm that.",
            "Russia declared in March 2022 that it would not continue negotiating with Japan, which had joined "
            "Western sanctions over the invasion of Ukraine. The two countries have never signed a peace "
            "treaty because of a dispute over four islands off Hokkaido held by Russia since 1945.",
        ],
    },
    {
        "id": "b99-50", "feed": "harbourlight-en", "lang": "en",
        "published": "2026-12-04T08:00:00Z",
        "title": "The view from Nemuro: a quiet room in Delhi, and a town that has learned not to hope",
        "summary": "Notebook: what this week's Japan–Russia meeting looks like from the edge of Hokkaido.",
        "label": "status_change", "group": "b99-g5",
        "new_facts": ["(follow-up) Commentary on the New Delhi peace treaty consultations of 2 December 2026"],
        "must_mention": [["new delhi", "delhi"], ["peace treaty", "consultation"]],
        "note": "Column in b99-g5: the Delhi consultations are reported only from the fourth paragraph, below "
                "a local scene-setter. No fact beyond b99-47/b99-48.",
        "section": "Notebook", "author": "By Aiko Brennan in Nemuro",
        "comments": [("nemuro_native", "2 days ago", "Don't get excited. We have been here before.")],
        "body": [
            "The first snow came to Nemuro on Tuesday night, early even by the standards of a town that "
            "expects winter in November. By Wednesday morning the Nosappu road was white and the fishing boats "
            "in Hanasaki harbour had ice on their rails.",
            "It is the season when the town turns inward. The saury boats are laid up, the crab season has not "
            "started, and the souvenir shops by the cape close on weekdays.",
            "People here have also learned, over four years, to turn inward about the islands. The visa-free "
            "ship has not sailed since before the pandemic; a single grave visit to Yuri island last year was "
            "announced as a one-off and stayed one.",
            "So the news from India arrived quietly. On Wednesday, in New Delhi, a Russian deputy foreign "
            "minister and a senior Japanese diplomat sat down for consultations that both governments said "
            "touched on the peace treaty — the first such talks since Moscow walked out in March 2022. They "
            "agreed to keep talking; nobody announced a date.",
            "At the former islanders' office near the station, the reaction was careful. \"It is better than "
            "silence,\" said a volunteer whose mother was born on Shikotan. \"But a meeting is not a treaty, "
            "and a treaty is not a trip home.\"",
            "By Thursday the snow had melted. The Delhi meeting was the second item on the evening news, after "
            "the weather.",
        ],
    },
    # ------------------------------------------------------------------ 2027
    {
        "id": "b99-51", "feed": "mistral-review", "lang": "en",
        "published": "2027-01-21T07:00:00Z",
        "title": "Scientists chart methane vents in the Kuril Basin, the deep heart of the Okhotsk Sea",
        "summary": "A new survey of the Kuril Basin finds more gas seeps than expected — and links them to the "
                   "sea's shrinking winter ice.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kuril Basin, a deep-sea basin). Oceanography, no "
                "connection to the treaty or the island dispute.",
        "section": "Science", "author": "Tomasz Wren", "readtime": "6 min read",
        "comments": [],
        "body": [
            "The Kuril Basin is the deepest part of the Sea of Okhotsk, a trough more than 3,000 metres deep "
            "that lies between Sakhalin, Hokkaido and the arc of the Kuril Islands. It is also, a new study "
            "suggests, a far busier source of methane than anyone had thought.",
            "Researchers writing in a geoscience journal this month report more than 140 active gas seeps on "
            "the basin's northern slope, mapped with multibeam sonar during two cruises of a Russian research "
            "vessel in 2024 and 2025. Earlier surveys had catalogued fewer than 30.",
            "Most of the methane dissolves before it reaches the surface. But the authors link changes in the "
            "seeps to the sea's winter ice, which has been forming later and melting earlier: less ice means "
            "warmer intermediate water, which can destabilise gas hydrates in the sediment.",
            "\"The Sea of Okhotsk is the southernmost sea in the northern hemisphere that freezes,\" one of the "
            "co-authors said. \"It is a laboratory for what warming does to a cold sea.\"",
            "The basin's name comes from the island chain that bounds it to the south-east; the study does not "
            "cover the islands themselves.",
        ],
    },
    {
        "id": "b99-52", "feed": "harbourlight-en", "lang": "en",
        "published": "2027-02-17T07:00:00Z",
        "title": "Hokkaido governor, Russian consul general discuss fishing safety in rare meeting",
        "summary": "Governor Naomichi Suzuki met Russia's consul general in Sapporo; both sides said no agreement "
                   "was reached.",
        "label": "neutral",
        "note": "Borderline: a regional-level meeting with no outcome (no agreement, no new arrangement). "
                "Could be read as a small development or as nothing.",
        "section": "Hokkaido", "author": "By Ren Matsuda in Sapporo",
        "comments": [],
        "body": [
            "Hokkaido Governor Naomichi Suzuki met Russia's consul general in Sapporo at the prefectural "
            "government office on Tuesday, the first publicly announced meeting between the two in more than "
            "a year.",
            "The prefecture said the two discussed the safety of Japanese fishing boats operating near the "
            "Russian-held islands off Nemuro, after a series of seizures by Russian border guards, and the "
            "situation of former islanders. Suzuki asked for \"calm handling\" of incidents at sea.",
            "Neither side announced any agreement. A prefectural official said the meeting was \"an exchange "
            "of views\" and that no follow-up had been scheduled.",
            "The consulate said in a short statement that the consul general had \"set out Russia's principled "
            "positions\".",
            "The meeting came two months after Russian and Japanese diplomats met in New Delhi for talks that "
            "touched on the peace treaty, the first since 2022.",
            "Suzuki, whose second term ends in April, has made the safety of Nemuro's fleet a recurring theme of his contacts with Russian officials.",
        ],
    },
    {
        "id": "b99-54", "feed": "windrow-wire", "lang": "en",
        "published": "2027-05-06T03:00:00Z",
        "title": "Putin confers 'military valour' title on Kuril town Yuzhno-Kurilsk; Japan protests",
        "summary": "A presidential decree gives the main settlement on Kunashir the honorary title 'Settlement of "
                   "Military Valour' ahead of Victory Day.",
        "label": "new_development", "group": "b99-g7",
        "new_facts": ["Putin signed a decree conferring the honorary title 'Settlement of Military Valour' on "
                      "Yuzhno-Kurilsk (Kunashir); Japan protested"],
        "must_mention": [["yuzhno-kurilsk", "kunashir"], ["valour", "valor", "honorary title"]],
        "note": "First report of b99-g7 (a presidential decree - symbolic act - and Japan's protest).",
        "section": "World", "author": "Reporting by Olga Petrenko and Kenji Ward; Editing by Tom Kessler",
        "body": [
            "MOSCOW/TOKYO, May 6 (Windrow) - President Vladimir Putin has conferred the honorary title "
            "\"Settlement of Military Valour\" on Yuzhno-Kurilsk, the main town on Kunashir, one of the four "
            "Russian-held islands claimed by Japan, according to a decree published on Wednesday.",
            "The decree, posted on the government's legal information portal, cites \"the courage, endurance "
            "and mass heroism\" of the defenders of the Fatherland in the 1945 Kuril landing operation and in "
            "the defence of Russia's Far Eastern frontiers. A memorial stele will be erected in the town.",
            "Japan's chief cabinet secretary said on Thursday that Tokyo had lodged a protest through "
            "diplomatic channels, calling the decree \"incompatible with Japan's position\" on the islands "
            "and \"extremely regrettable\".",
            "The title, introduced in Russia for smaller settlements that are not cities, has so far been "
            "awarded mainly to places associated with battles of the Second World War. Yuzhno-Kurilsk, with "
            "about 7,000 residents, is the administrative centre of the Yuzhno-Kurilsky district, which also "
            "covers Shikotan and the Habomai islets.",
            "The decree comes five months after Russia and Japan held their first peace treaty consultations "
            "since 2022, in New Delhi.",
        ],
    },
]
