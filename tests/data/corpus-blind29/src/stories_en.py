"""English-language stories of blind29 (25 articles). All events after 2024-02-08 are fictional."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b29-001", "feed": "harrier-en", "lang": "en", "published": "2024-02-26T09:40:00Z",
        "title": "Kremlin aide sees 'no conditions' for reviving peace treaty talks with Japan",
        "summary": "A senior Kremlin foreign-policy official said nothing had changed that would let Moscow "
                   "return to peace treaty negotiations with Tokyo, broken off by Russia in 2022.",
        "label": "restatement",
        "note": "New speaker, negated move at the start ('no conditions to resume'). Restates seeds 002 and 004 "
                "(talks impossible under current conditions) and 000 (Russia stopped the talks in March 2022).",
        "byline": "Harrier staff", "section": "Europe",
        "credits": "Reporting by the Moscow newsroom; Editing by Clare Weston",
        "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "MOSCOW, Feb 26 (Harrier) - There are no conditions at present for Russia and Japan to resume "
            "negotiations on a peace treaty, a senior Kremlin foreign-policy official said on Monday, repeating "
            "Moscow's line that Tokyo's sanctions have made a formal settlement impossible.",
            "\"As long as Japan takes part in the sanctions campaign against our country, there is simply nothing "
            "to discuss on this track,\" Alexei Moroshkin, deputy head of the presidential directorate for "
            "foreign policy, told reporters on the sidelines of a conference in Moscow.",
            "A peace treaty, he said, was \"a document about friendship and good-neighbourliness, and there is "
            "no friendship today\". Moscow did not rule out contacts with Tokyo on practical matters, he added, "
            "without giving examples.",
            "Russia's foreign ministry announced in March 2022 that it did not intend to continue the "
            "negotiations because of what it called Japan's \"openly unfriendly\" position over Ukraine. At the "
            "same time Moscow ended visa-free trips by Japanese citizens to the southern Kuril islands and "
            "pulled out of a dialogue on joint economic projects there.",
            "Earlier this month Deputy Foreign Minister Andrei Rudenko told a state news agency that a "
            "resumption of the talks was \"categorically impossible\" in the current environment.",
            "Tokyo says it remains committed to resolving the dispute over the islands, which it calls the "
            "Northern Territories, and concluding a treaty. Soviet troops seized the islands at the end of "
            "World War Two, and the two countries have never formally ended their wartime hostilities, although "
            "a 1956 joint declaration restored diplomatic ties.",
        ],
    },
    {
        "id": "b29-003", "feed": "harrier-en", "lang": "en", "published": "2024-04-16T04:05:00Z",
        "title": "Japan's diplomatic bluebook sticks to hard line on Russia, disputed islands",
        "summary": "Japan's annual Diplomatic Bluebook again calls the Russian-held islands off Hokkaido Japanese "
                   "territory and says Tokyo's aim of a peace treaty is unchanged.",
        "label": "restatement",
        "note": "Annual report restating known positions: Japan's claim to the four islands and aim of a treaty "
                "(seeds 002, 003); Russia's March 2022 halt of talks and visa-free trips, which Tokyo protested (seed 001).",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Tokyo bureau; Editing by Martin Haig",
        "tags": ["Japan", "Russia", "Diplomacy"],
        "body": [
            "TOKYO, April 16 (Harrier) - Japan's foreign ministry on Tuesday published its annual Diplomatic "
            "Bluebook, repeating that the four Russian-held islands off Hokkaido are \"islands over which Japan "
            "has sovereignty\" and that its policy of resolving the territorial issue and concluding a peace "
            "treaty with Russia is unchanged.",
            "The 2024 edition, presented to a cabinet meeting, says relations with Moscow remain in \"a severe "
            "situation\" because of the war in Ukraine. It notes that Russia announced in March 2022 that it "
            "would not continue peace treaty negotiations and halted visa-free exchanges, measures Tokyo has "
            "called \"extremely unjust and absolutely unacceptable\".",
            "As in previous years, the document calls the resumption of exchange programmes for former island "
            "residents, in particular visits to family graves, \"one of the top priorities\" in relations with "
            "Russia.",
            "The wording on the islands - Etorofu, Kunashiri, Shikotan and the Habomai group, known in Russia as "
            "Iturup, Kunashir, Shikotan and the Lesser Kurils - is identical to last year's. The islands were "
            "seized by Soviet forces in 1945.",
            "Russia's foreign ministry has said repeatedly that its sovereignty over the islands is not open to "
            "question. Moscow typically responds to the bluebook with a statement criticising its language; "
            "there was no immediate comment on Tuesday.",
        ],
    },
    {
        "id": "b29-004", "feed": "harrier-en", "lang": "en", "published": "2024-05-09T07:20:00Z",
        "title": "Chinese coast guard ships linger near Senkakus for record stretch",
        "summary": "Four Chinese coast guard vessels stayed inside Japan's territorial waters around the East China "
                   "Sea islands for more than 80 hours, Japan's coast guard said.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China); Russia is mentioned only in passing.",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Tokyo bureau; Editing by Martin Haig",
        "tags": ["Japan", "China", "Maritime security"],
        "body": [
            "TOKYO, May 9 (Harrier) - Four Chinese coast guard ships remained inside Japanese territorial waters "
            "around the disputed Senkaku islands in the East China Sea for more than 80 hours this week, the "
            "longest such intrusion on record, Japan's coast guard said on Thursday.",
            "The vessels, one of them apparently armed with a deck gun, approached a Japanese fishing boat "
            "operating near Uotsuri, the largest island of the uninhabited chain, before Japanese patrol ships "
            "moved between them, the coast guard said.",
            "Japan lodged a protest through diplomatic channels. \"The Senkaku islands are clearly an inherent "
            "part of Japan's territory, historically and under international law,\" the chief cabinet "
            "secretary told a regular news conference.",
            "China, which calls the islands Diaoyu, said its coast guard was carrying out \"lawful patrols in "
            "its own territorial waters\" and urged Japan to stop \"illegal activities\" by fishing boats.",
            "Japan also has long-running territorial disputes with South Korea over islets in the Sea of Japan "
            "and with Russia over islands off Hokkaido, but the Senkakus are regarded in Tokyo as the most "
            "likely flashpoint because of the frequency of Chinese patrols.",
        ],
    },
    {
        "id": "b29-006", "feed": "sounding-en", "lang": "en", "published": "2024-06-20T06:30:00Z",
        "title": "Russian diplomat: Moscow 'would come back to the table' if Tokyo dropped sanctions",
        "summary": "A senior Russian diplomat in Tokyo says peace treaty talks could in principle be revived, but "
                   "only once Japan abandons its sanctions. No such change is in sight.",
        "standfirst": "The minister-counsellor at Russia's embassy sets out Moscow's terms for a return to "
                      "treaty talks - and makes clear they are not close to being met.",
        "label": "restatement",
        "note": "Conditional version of a move ('would come back ... if'). Restates seed 004 (the condition for "
                "normalisation is Tokyo abandoning its hostile policy) and seed 000 (talks halted in March 2022).",
        "byline": "By Hannah Ruiz", "section": "Russia & Far East", "comments": 14,
        "body": [
            "Russia would be ready to return to negotiations on a peace treaty with Japan if Tokyo lifted its "
            "sanctions and stopped what Moscow regards as hostile policies, but there is no sign of that "
            "happening, a senior Russian diplomat in Tokyo said this week.",
            "\"If the Japanese government drew the right conclusions and abandoned its sanctions course, we "
            "would come back to the table. We have never said 'never',\" Oleg Veshnyakov, minister-counsellor "
            "at the Russian embassy, told a small group of foreign correspondents on Tuesday. \"But today, "
            "frankly, there is nothing to discuss.\"",
            "His remarks track closely what Deputy Foreign Minister Andrei Rudenko said in February: that the "
            "key condition for any normalisation was Tokyo's renunciation of its \"hostile policy\" rather than "
            "what he called ephemeral signals.",
            "<h2>Old terms, new voice</h2>",
            "Moscow froze the talks in March 2022, a month after its full-scale invasion of Ukraine, saying it "
            "could not discuss a foundational document on bilateral relations with a state that took \"openly "
            "unfriendly positions\". It also ended the visa-free exchange programme with the islands, which "
            "Japan calls the Northern Territories and Russia the Southern Kurils.",
            "Asked whether Moscow might at least allow elderly former Japanese residents to visit family graves "
            "on the islands, Veshnyakov said he had nothing to add to the foreign ministry's earlier statements.",
            "Japan's foreign ministry declined to comment on the diplomat's remarks, pointing to its standing "
            "position that responsibility for the state of relations lies with Russia.",
        ],
    },
    {
        "id": "b29-007", "feed": "hakodate-en", "lang": "en", "published": "2024-07-11T08:10:00Z",
        "title": "Governor presses Moscow to let former islanders visit family graves",
        "summary": "Hokkaido's governor urged Russia to allow elderly former residents of the Northern Territories "
                   "to visit ancestral graves on the islands, calling it a humanitarian matter.",
        "label": "restatement",
        "note": "Requested version of a move ('urged Moscow to allow'); nothing decided. Restates seed 001 "
                "(visa-free exchanges and 1999 visits by former residents terminated in March 2022).",
        "byline": "By Aya Morimoto, Staff Writer", "section": "Eastern Hokkaido",
        "body": [
            "NEMURO - Hokkaido's governor on Thursday urged Russia to allow former residents of the Russian-held "
            "islands off eastern Hokkaido to visit their family graves, saying the elderly islanders were "
            "\"running out of time\".",
            "Speaking after a meeting with members of a former residents' association at Nemuro City Hall, the "
            "governor said the prefecture would again ask the national government to press Moscow. \"Visiting "
            "the graves of one's ancestors is a humanitarian matter that should be separated from politics. We "
            "strongly urge the Russian side to allow, at the very least, grave visits this summer,\" he said.",
            "The trips, once organised every summer, have not taken place since 2020, first because of the "
            "coronavirus pandemic and then because Russia in March 2022 scrapped the agreements underpinning "
            "visa-free travel to the islands and the simplified visits by former residents, citing Japan's "
            "sanctions over the war in Ukraine.",
            "Moscow has not responded to Tokyo's repeated requests, officials at the prefectural government "
            "said. Asked whether a visit was possible this year, one official said only that there was \"no "
            "outlook\" at present.",
            "Around 5,000 of the roughly 17,000 Japanese who lived on the four islands at the end of the war "
            "are still alive. Their average age is now over 88.",
            "\"My parents are buried on Shikotan. I cleaned their graves for the last time in 2019,\" said a "
            "92-year-old member of the association. \"I don't know if I will be able to go again.\"",
        ],
    },
    {
        "id": "b29-010", "feed": "ledgerline-en", "lang": "en", "published": "2024-09-10T05:45:00Z",
        "title": "Japanese buyers extend Sakhalin-2 LNG deals as Tokyo weighs energy security",
        "summary": "Two Japanese utilities have extended liquefied natural gas purchases from Russia's Sakhalin-2 "
                   "project, underlining Japan's reliance on Russian gas despite sanctions.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia economic news (Sakhalin, sanctions); nothing on the islands or the treaty.",
        "byline": "By Daniel Okafor", "section": "Energy",
        "body": [
            "Two Japanese utilities have agreed to extend their purchases of liquefied natural gas from Russia's "
            "Sakhalin-2 project beyond contracts expiring later this decade, according to people familiar with "
            "the matter, underscoring how hard it is for Japan to wean itself off Russian energy.",
            "The extensions, for a combined volume of around 1.2 million tonnes a year, run to 2033, the people "
            "said. Neither company would comment on contract details, but one said in a statement that Sakhalin "
            "gas remained \"important for the stable supply of electricity\" to its customers.",
            "Sakhalin-2 supplies roughly 9% of Japan's LNG imports. Tokyo has kept its stake in the project, "
            "held through trading houses, despite joining Western sanctions against Moscow over the war in "
            "Ukraine, and Washington has granted licences allowing transactions with the venture to continue.",
            "Analysts said the short shipping distance - about three days from Prigorodnoye to Japanese "
            "terminals - gives the project a cost advantage that is hard to replace. \"The geography is "
            "unbeatable,\" said Keiko Tanabe, a gas analyst at a Tokyo brokerage.",
            "Spot Asian LNG prices rose 2% on Monday on supply concerns elsewhere in the region.",
        ],
    },
    {
        "id": "b29-012", "feed": "harrier-en", "lang": "en", "published": "2024-10-16T03:15:00Z",
        "title": "Russia puts Japanese lawmaker on wanted list over islands speeches; Tokyo protests",
        "summary": "Russia has placed Japanese upper house member Kenji Mizusawa on its wanted list and opened a "
                   "criminal case against him in absentia over his calls for the return of the disputed islands.",
        "label": "new_development", "group": "g-wanted-lawmaker",
        "new_facts": ["Russia put Japanese upper-house lawmaker Kenji Mizusawa on its wanted list after opening a "
                      "criminal case in absentia (calls to violate Russia's territorial integrity) over his calls "
                      "for the return of the islands; Japan protested"],
        "must_mention": [["wanted"], ["lawmaker", "mizusawa"]],
        "note": "Second report of the wanted-list case, adding Japan's protest; not in the seeds.",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Tokyo bureau and the Moscow newsroom; Editing by Clare Weston",
        "tags": ["Russia", "Japan", "Kuril Islands"],
        "body": [
            "TOKYO, Oct 16 (Harrier) - Japan on Wednesday protested to Russia after Moscow placed a Japanese "
            "member of parliament on its wanted list over speeches in which he called for the return of the "
            "Russian-held islands off Hokkaido.",
            "Kenji Mizusawa, a 61-year-old member of the House of Councillors who chairs a cross-party group of "
            "lawmakers campaigning on the issue, appeared in the Russian interior ministry's public database of "
            "wanted persons this week. A Russian law enforcement source told a Moscow news agency that "
            "investigators had opened a criminal case against him in absentia for public calls to violate "
            "Russia's territorial integrity, an offence punishable by up to five years in prison.",
            "The case relates to a speech at a rally in Tokyo in February, in which Mizusawa called for \"the "
            "return of all four islands\", and to a video message addressed to residents of the islands that he "
            "posted online in June, according to the source.",
            "\"It is absolutely unacceptable that a member of our parliament is subjected to such measures for "
            "stating Japan's legal position,\" the chief cabinet secretary told reporters. He said Tokyo had "
            "lodged a protest through diplomatic channels.",
            "Mizusawa said he would \"not be intimidated\". \"If calling for the return of our territory is a "
            "crime in Russia, then every Japanese is a criminal,\" he told reporters in parliament.",
            "The lawmaker is unlikely to face any practical consequences unless he travels to Russia or a "
            "country that might extradite him. Moscow has in recent years placed a number of foreign "
            "politicians on its wanted list.",
            "Russia, which calls the islands the Southern Kurils, says its sovereignty over them is not open to "
            "question. It broke off peace treaty talks with Japan in March 2022.",
        ],
    },
    {
        "id": "b29-013", "feed": "sounding-en", "lang": "en", "published": "2024-10-28T10:00:00Z",
        "title": "Japan's new foreign minister vows to keep pursuing treaty with Russia",
        "summary": "In his first news conference, Japan's new foreign minister said Tokyo's aim of resolving the "
                   "territorial issue and concluding a peace treaty with Russia had not changed.",
        "label": "restatement",
        "note": "New speaker restating Japan's known position (seed 002: Tokyo remains steadfast in a peace treaty) "
                "and its protest at Russia's measures (seed 001).",
        "byline": "By Kenta Fujii in Tokyo", "section": "Japan", "comments": 3,
        "body": [
            "Japan's newly appointed foreign minister said on Monday that Tokyo's policy of resolving the "
            "territorial dispute with Russia and concluding a peace treaty remains unchanged, while "
            "acknowledging that relations with Moscow are at a low point.",
            "\"Japan-Russia relations are in a severe situation, but our policy of resolving the territorial "
            "issue and concluding a peace treaty stays the same,\" he told his first regular news conference "
            "since taking office.",
            "He called Russia's decision in 2022 to stop peace treaty talks and scrap the visa-free exchanges "
            "with the islands \"extremely regrettable\" and said Japan would keep asking Moscow to resume "
            "exchanges, \"above all, grave visits by former residents\".",
            "Asked whether he saw any opening for dialogue, the minister said only that Japan would \"respond "
            "appropriately\" and continue necessary communication through diplomatic channels.",
            "The remarks broke no new ground. Russia has said the talks cannot resume as long as Japan maintains "
            "sanctions imposed over the war in Ukraine.",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b29-016", "feed": "hakodate-en", "lang": "en", "published": "2025-01-06T03:30:00Z",
        "title": "Nemuro mayor hopes 2025 reopens the door to the islands",
        "summary": "In his New Year address, Nemuro's mayor said he hoped exchanges with the Russian-held islands "
                   "would resume this year, though he admitted there was no sign of movement.",
        "label": "restatement",
        "note": "Wished-for version of a move ('hopes ... would resume'). Restates seed 001 (visa-free exchanges "
                "terminated in March 2022).",
        "byline": "By Aya Morimoto, Staff Writer", "section": "Eastern Hokkaido",
        "comments_html": "<div class='c'><b>tomo_n</b>: Same speech every year. Still, somebody has to keep saying it.</div>"
                         "<div class='c'><b>K. Sato</b>: My grandmother was born on Taraku island. She is 90 now.</div>",
        "body": [
            "NEMURO - Nemuro's mayor used his New Year address to city employees on Monday to express hope that "
            "2025 would be the year exchanges with the Russian-held islands off the city's coast resume.",
            "\"I hope, with all my heart, that this will be the year the door to the islands opens again, and "
            "that our former residents can stand on their home soil once more,\" the mayor said at City Hall.",
            "He acknowledged that there was \"no sign of movement\" from Moscow, which ended the visa-free "
            "exchange programme in March 2022 in response to Japan's sanctions over Ukraine. The program had "
            "brought more than 20,000 Japanese and Russian visitors across the Nemuro Strait since 1992.",
            "The city will keep lobbying the national government and will continue its own projects to pass on "
            "the memories of former residents, including recorded interviews and school visits, the mayor said.",
            "Nemuro, at the eastern tip of Hokkaido, lies about 3.7 kilometers from Kaigara island in the "
            "Habomai group, the closest of the disputed islands.",
        ],
    },
    {
        "id": "b29-019", "feed": "harrier-en", "lang": "en", "published": "2025-02-27T13:10:00Z",
        "title": "Russia summons Japanese ambassador over new sanctions on banks, shippers",
        "summary": "Russia's foreign ministry summoned Japan's ambassador to protest against a new round of "
                   "Japanese sanctions over Ukraine and warned of retaliation.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia diplomatic news (sanctions over Ukraine, seed-style wording) with "
                "no mention of the islands or the treaty.",
        "byline": "Harrier staff", "section": "Europe",
        "credits": "Reporting by the Moscow newsroom; Editing by Peter Lamb",
        "tags": ["Russia", "Japan", "Sanctions"],
        "body": [
            "MOSCOW, Feb 27 (Harrier) - Russia's foreign ministry summoned Japan's ambassador on Thursday to "
            "protest against a new package of Japanese sanctions targeting Russian banks and shipping companies, "
            "and warned that Moscow would respond.",
            "The ministry said in a statement that the measures, announced by Tokyo last week over the war in "
            "Ukraine, showed that Japan was continuing \"its openly unfriendly course\" and would \"inevitably "
            "harm Japanese interests\".",
            "Japan's latest package freezes the assets of three Russian banks and eleven companies involved in "
            "shipping oil above the Western price cap, and bans exports of certain machine tools.",
            "The Japanese embassy said the ambassador had explained that the sanctions were a response to "
            "Russia's aggression against Ukraine and that Tokyo would continue to act in concert with the Group "
            "of Seven.",
            "Japan has imposed more than 20 packages of sanctions on Russia since February 2022.",
            "Moscow has responded to earlier rounds by adding Japanese officials, journalists and academics to an "
            "entry ban list and by restricting some Japanese companies' operations in Russia.",
        ],
    },
    {
        "id": "b29-022", "feed": "ledgerline-en", "lang": "en", "published": "2025-04-08T02:50:00Z",
        "title": "Could Tokyo and Moscow revive island business projects? Don't bet on it, analysts say",
        "summary": "Talk of Japanese investment on the Kurils has resurfaced, but the joint economic activity "
                   "dialogue Russia quit in 2022 shows no sign of coming back, analysts in Tokyo say.",
        "standfirst": "Sea urchin farms and greenhouses were meant to be a bridge. Three years after Moscow "
                      "walked away, few expect it to walk back.",
        "label": "restatement",
        "note": "Questioned/expected version of a move ('could ... revive?', 'I don't expect'); no decision or talks. "
                "Restates seed 000/001 (Russia withdrew from the joint economic activity dialogue in March 2022).",
        "byline": "By Mei Lin Ho and Daniel Okafor", "section": "Trade policy",
        "body": [
            "When Japan and Russia agreed in 2016 to explore joint economic activity on the disputed islands off "
            "Hokkaido, the plan was that sea urchin farms, greenhouses and tourism would build trust that "
            "diplomats could not. Nine years later, the projects are a memory.",
            "Russia pulled out of the dialogue in March 2022, citing Japanese sanctions over Ukraine. Since then "
            "Moscow has courted investors from China and the Middle East under a preferential tax regime for "
            "the Kurils, while Japanese companies that once scouted sites on Kunashir and Iturup have moved on.",
            "<h2>'Not this year'</h2>",
            "Could the dialogue be revived? Some Russian commentators have floated the idea in recent weeks, "
            "arguing that Japanese capital and technology would speed up the islands' development. But "
            "analysts in Tokyo are sceptical.",
            "\"In theory Moscow could restart the working groups at any time. In practice, I don't expect "
            "anything this year, and Japanese firms would not go anyway without a legal framework that "
            "protects Japan's position,\" said Ryo Hasegawa, a Russia specialist at a Tokyo think tank.",
            "A Japanese trading house executive who worked on the 2018 pilot projects said his company had no "
            "plans to re-engage. \"Sanctions compliance alone makes it impossible. Nobody wants to be the first "
            "to ask,\" he said, speaking on condition of anonymity.",
            "Japan's foreign ministry says it is not in talks with Russia on the subject. The Russian foreign "
            "ministry did not respond to questions.",
        ],
    },
    {
        "id": "b29-027", "feed": "harrier-en", "lang": "en", "published": "2025-06-19T02:30:00Z",
        "title": "Russia returns to talks with Japan on joint business on disputed islands",
        "summary": "Russia and Japan have restarted talks on joint economic activity on the Russian-held islands, "
                   "holding the first working group meeting since Moscow quit the dialogue in 2022.",
        "label": "status_change", "group": "g-jea-resume",
        "new_facts": ["Russia returned to the joint economic activity dialogue it quit in March 2022: a Japan-Russia "
                      "working group met in Yuzhno-Sakhalinsk on 17 June 2025 (aquaculture, greenhouses, wind power, "
                      "tourism); next meeting in Tokyo in the autumn"],
        "must_mention": [["joint economic", "joint business"], ["resum", "restart", "working group", "returns to"]],
        "note": "Status change: the joint economic activity dialogue Russia withdrew from in March 2022 (seeds 000, "
                "001) resumes. Peace treaty talks stay halted.",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Tokyo bureau and the Moscow newsroom; Editing by Martin Haig",
        "tags": ["Russia", "Japan", "Kuril Islands"],
        "body": [
            "TOKYO, June 19 (Harrier) - Russia and Japan have restarted talks on joint economic projects on the "
            "Russian-held islands off Hokkaido, both governments said, the first such discussions since Moscow "
            "walked out of the dialogue in March 2022 in response to Japanese sanctions.",
            "A bilateral working group met on Tuesday in Yuzhno-Sakhalinsk, the administrative centre of "
            "Russia's Sakhalin region, and discussed possible projects in sea urchin and scallop farming, "
            "greenhouse vegetables, wind power and tourism, the Russian foreign ministry said. The next meeting "
            "will be held in Tokyo in the autumn.",
            "Japan's top government spokesman called the meeting \"a step forward\" and said the projects would "
            "be pursued \"in a way that does not prejudice the legal positions of either side\". Moscow, for "
            "its part, said any activity on the islands would be carried out under Russian law.",
            "Both sides stressed that the move did not mean a return to peace treaty negotiations, which Russia "
            "also broke off in 2022. \"This does not change our approach to the treaty,\" the Russian foreign "
            "ministry said.",
            "The joint economic activity plan was agreed in 2016 by then-leaders Shinzo Abe and Vladimir Putin "
            "as a way to build trust on the islands, which Japan calls the Northern Territories and Russia the "
            "Southern Kurils. Five pilot projects were chosen in 2017, but little progress had been made by the "
            "time the dialogue was frozen.",
            "A Japanese official familiar with the talks said Tokyo had proposed the meeting in the spring and "
            "that Moscow's acceptance reflected interest in Japanese investment in the islands' economy.",
        ],
    },
    {
        "id": "b29-029", "feed": "sounding-en", "lang": "en", "published": "2025-08-18T07:00:00Z",
        "title": "Eighty years on, the Kuril landing still shapes a frozen relationship",
        "summary": "On the anniversary of the Soviet landing on Shumshu in August 1945, a look at how the "
                   "operation created a dispute that still keeps Russia and Japan from a peace treaty.",
        "standfirst": "The battle for the northern Kurils lasted days. Its consequences have lasted eight decades.",
        "label": "restatement",
        "note": "Anniversary/background piece; restates seeds 000, 003 and 004 (islands taken in 1945, 1956 "
                "declaration, no peace treaty, talks halted in 2022). No new event.",
        "byline": "By Hannah Ruiz", "section": "History", "comments": 27, "meta": False,
        "body": [
            "Eighty years ago today, Soviet troops waded ashore on Shumshu, the northernmost of the Kuril "
            "islands, three days after Emperor Hirohito announced Japan's surrender. The fighting with the "
            "Japanese garrison was among the last of the Second World War. By early September, Soviet forces "
            "had taken the whole chain, including the four southern islands that Japan still claims.",
            "In Russia the anniversary is marked with wreath-laying on Shumshu and in Severo-Kurilsk, and "
            "official speeches describe the operation as the liberation of Russian land. In Japan, the date "
            "passes mostly unnoticed outside Nemuro, where former residents of the southern islands recall how "
            "they were expelled after the war.",
            "<h2>A treaty that never came</h2>",
            "The consequences are still visible. Because of the dispute over Iturup, Kunashir, Shikotan and the "
            "Habomai islets, Moscow and Tokyo never signed a peace treaty. The 1956 Joint Declaration ended the "
            "state of war and restored diplomatic relations, but left the territorial question open.",
            "Negotiations revived in fits and starts, most recently after 2018, when the two leaders agreed to "
            "accelerate talks on the basis of the 1956 declaration. They collapsed in March 2022, when Russia "
            "said it would not continue negotiations with a country that had imposed sanctions over Ukraine. "
            "In February last year a deputy foreign minister called a resumption \"categorically impossible\".",
            "Japan, for its part, maintains that the four islands are its inherent territory and that a treaty "
            "can only follow a settlement of the territorial issue.",
            "Eighty years after Shumshu, both positions look as fixed as the war memorials on either side of "
            "the Nemuro Strait.",
        ],
    },
    {
        "id": "b29-030", "feed": "sounding-en", "lang": "en", "published": "2025-08-28T05:00:00Z",
        "title": "Japanese bear scientists back from rare Kunashir field trip",
        "summary": "Eight Japanese researchers spent a week on Kunashir studying brown bears and salmon with Russian "
                   "reserve staff, a visit Moscow granted as a one-off exception.",
        "standfirst": "Hair snags, camera traps and a strictly one-time permit: inside the first Japanese "
                      "science trip to the disputed islands since 2019.",
        "label": "new_development", "group": "g-bear-survey",
        "new_facts": ["Eight Japanese researchers (Hokkaido University, Shiretoko Nature Foundation) spent 20-27 "
                      "August 2025 on Kunashir studying brown bears and salmon with the Kurilsky nature reserve, "
                      "entering without visas under a one-off exception granted by Russia"],
        "must_mention": [["kunashir"], ["scientist", "researcher", "survey"]],
        "note": "Allowed-once state: a decided and completed one-time visit; the visa-free exchanges stay "
                "terminated (seed 001). First reported in Japanese (b29-028).",
        "byline": "By Kenta Fujii in Nemuro", "section": "Oceans", "comments": 6,
        "body": [
            "Eight Japanese researchers returned to Nemuro on Wednesday evening after a week on Kunashir, where "
            "they studied brown bears and salmon alongside staff of Russia's Kurilsky nature reserve - the first "
            "Japanese scientific team on the Russian-held islands since 2019.",
            "The group, from Hokkaido University and the Shiretoko Nature Foundation, set up camera traps and "
            "hair snags along rivers on the island's northern half and counted pink salmon runs with Russian "
            "rangers, team leader Shinichi Saeki told reporters at the port.",
            "\"The bears on Kunashir and on the Shiretoko peninsula are separated by only 25 kilometres of sea. "
            "Without data from both sides, we only ever see half the population,\" he said.",
            "Russia allowed the team to enter without visas as what it called a one-time exception. Japanese "
            "officials have stressed that the trip does not mean a revival of the visa-free exchange programme, "
            "which Moscow ended in 2022 and under which joint ecosystem surveys used to be held.",
            "Samples will be analysed in Sapporo and results shared with the reserve, Saeki said. Asked whether "
            "the team hoped to return next year, he said: \"We were told very clearly that this was once only.\"",
        ],
    },
    {
        "id": "b29-033", "feed": "sounding-en", "lang": "en", "published": "2025-10-14T08:00:00Z",
        "title": "Opinion: Fish, not flags, may be the only way back to the Kurils",
        "summary": "A policy researcher argues that Japan and Russia should build on small practical contacts "
                   "rather than wait for a breakthrough on sovereignty.",
        "standfirst": "The revived economic talks are modest. That is their strength.",
        "label": "neutral",
        "note": "Borderline: an opinion column that mentions this year's developments (economic talks resumed, "
                "one-off science trip) and restates known positions, but reports nothing new.",
        "byline": "By Naomi Hartigan", "section": "Opinion", "comments": 41,
        "body": [
            "Naomi Hartigan is a senior fellow at the Okhotsk Policy Forum. The views expressed are her own.",
            "For three decades, Japanese policy on the islands Russia calls the Southern Kurils has rested on a "
            "simple idea: that trust built through exchanges would one day make a territorial deal possible. "
            "Since 2022, that idea has looked naive. Moscow broke off peace treaty talks, tore up the visa-free "
            "exchange agreements and made clear that sovereignty is not on the table.",
            "And yet this year has shown that not every door is shut. The working group on joint economic "
            "activity has met again. A team of Japanese bear researchers was allowed onto Kunashir, if only once. "
            "These are small things. They are also the only things that have moved.",
            "<h2>Start where interests overlap</h2>",
            "The lesson for Tokyo is to stop treating such contacts as consolation prizes. Fisheries, wildlife, "
            "disaster response and shipping safety are areas where both sides gain from cooperation regardless "
            "of who holds the flag. They deserve a permanent place in the relationship, not a one-off exception "
            "at Moscow's pleasure.",
            "None of this will produce a peace treaty soon. Russia's terms - that Japan abandon its sanctions - "
            "are not ones any Japanese government can accept while the war in Ukraine continues. But a "
            "relationship reduced to protests and counter-protests serves no one on either shore of the Nemuro "
            "Strait.",
        ],
    },
    {
        "id": "b29-034", "feed": "hakodate-en", "lang": "en", "published": "2025-10-30T01:20:00Z",
        "title": "M6.9 quake off Kamchatka prompts brief tsunami advisory for Hokkaido's Pacific coast",
        "summary": "A strong earthquake in the Kuril-Kamchatka Trench led the Japan Meteorological Agency to issue a "
                   "tsunami advisory for eastern Hokkaido; no damage was reported.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kuril-Kamchatka Trench), natural event off Kamchatka; nothing on the "
                "dispute or the treaty.",
        "byline": "Mercury staff", "section": "Hokkaido",
        "body": [
            "A magnitude 6.9 earthquake struck off the east coast of Russia's Kamchatka peninsula early Thursday, "
            "prompting the Japan Meteorological Agency to issue a tsunami advisory for the Pacific coast of "
            "eastern Hokkaido. The advisory was lifted about two hours later.",
            "The quake occurred at 7:52 a.m. Japan time at a depth of about 40 kilometers in the Kuril-Kamchatka "
            "Trench, according to the JMA. A wave of 20 centimeters was observed at Hanasaki port in Nemuro and "
            "10 centimeters at Kushiro.",
            "Nemuro and Kushiro opened evacuation centers as a precaution, and fishing boats in Hanasaki were "
            "told to stay in port. No damage or injuries were reported in Hokkaido.",
            "Russian authorities said there was no significant damage in Petropavlovsk-Kamchatsky, about 150 "
            "kilometers from the epicenter.",
            "Seismologists have warned that a megaquake along the Kuril Trench off eastern Hokkaido is possible "
            "within the coming decades, and local governments have been building tsunami evacuation towers along "
            "the coast.",
        ],
    },
    {
        "id": "b29-036", "feed": "ledgerline-en", "lang": "en", "published": "2025-11-14T06:00:00Z",
        "title": "Japan to bar imports of sea urchin, crab caught off Russian-held islands",
        "summary": "Japan will require import approval, in principle not to be granted, for seafood caught in waters "
                   "around the four Russian-held islands from January 1, hitting a trade worth billions of yen.",
        "standfirst": "The cabinet order closes Japan's market to catches from around the disputed islands. "
                      "Processors in Nemuro say they will struggle to replace them.",
        "label": "new_development", "group": "g-urchin-ban",
        "new_facts": ["Japan's cabinet decided on 14 November 2025 to require import approval, in principle not "
                      "to be granted, for sea urchin, crab, sea cucumber and other seafood caught in waters around "
                      "the four Russian-held islands, from 1 January 2026"],
        "must_mention": [["import"], ["urchin", "crab", "seafood"]],
        "note": "Second report (business angle) of Japan's import ban on seafood from waters around the islands; "
                "first reported in Japanese (b29-035). Not in the seeds.",
        "byline": "By Mei Lin Ho", "section": "Food & Agri",
        "body": [
            "Japan will effectively ban imports of sea urchin, crab and other seafood caught in waters around the "
            "four Russian-held islands off Hokkaido from January 1, closing its market to a trade that has "
            "funnelled billions of yen to fishing companies on the islands.",
            "The cabinet on Friday approved an amendment to the import trade control order requiring approval "
            "from the trade minister for such products. The government will in principle not grant approval, "
            "officials said, and importers will have to submit documents showing where the catch was taken.",
            "Japan imports around 20 billion yen ($130 million) of sea urchin from Russia a year, and industry "
            "estimates suggest about 60% of it comes from around the islands, which Japan calls the Northern "
            "Territories. Russian king crab and sea cucumber are also affected.",
            "<h2>'We will have to look to Hokkaido and Chile'</h2>",
            "Tokyo's chief government spokesman said Japan could not accept that its market contributed to the "
            "\"strengthening of effective control\" of the islands by Russia. Catches by Japanese boats fishing "
            "under existing bilateral agreements are not affected.",
            "Processors in Nemuro, many of which depend on Russian urchin landed at Hanasaki port, warned of job "
            "losses. \"We will have to look to Hokkaido and Chile, and prices will go up,\" said the head of one "
            "processing company. Wholesale urchin prices at Tokyo's Toyosu market rose about 8% on Friday.",
            "Russian exporters are expected to redirect shipments to South Korea and China, traders said.",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b29-039", "feed": "sounding-en", "lang": "en", "published": "2026-01-20T14:00:00Z",
        "title": "Russia asks IMO to approve shipping lanes between Kunashir and Iturup; Japan objects",
        "summary": "Moscow has formally proposed a traffic separation scheme for the Ekaterina Strait to the "
                   "International Maritime Organization. Tokyo has told the IMO it cannot accept it.",
        "standfirst": "A technical proposal in London's maritime bureaucracy has become the latest front in the "
                      "dispute over the southern Kurils.",
        "label": "new_development", "group": "g-imo-routeing",
        "new_facts": ["Russia formally submitted to the International Maritime Organization (for the NCSR 13 "
                      "sub-committee) a traffic separation scheme and routeing measures for the Ekaterina Strait "
                      "between Kunashir and Iturup; Japan lodged a written objection with the IMO Secretary-General"],
        "must_mention": [["maritime organization", "imo"], ["traffic separation", "routeing", "routing", "shipping lane"]],
        "note": "Diplomatic-procedural development not in the seeds: a formal Russian submission to the IMO covering "
                "the disputed waters and Japan's formal objection.",
        "byline": "By Hannah Ruiz", "section": "Oceans", "comments": 9,
        "body": [
            "Russia has asked the International Maritime Organization to approve a traffic separation scheme in "
            "the Ekaterina Strait, the channel between Kunashir and Iturup, in a move that Japan says it cannot "
            "accept because it treats the waters as Russian.",
            "The Russian submission, posted this week on the IMO's document system for the next session of its "
            "Sub-Committee on Navigation, Communications and Search and Rescue (NCSR 13), proposes two one-way "
            "traffic lanes through the strait, a precautionary area at its Pacific entrance and a recommended "
            "route towards Yuzhno-Kurilsk. It cites a steady increase in cargo and passenger traffic to the "
            "islands' ports and the risk of collisions in poor visibility.",
            "Japan has responded with a note verbale to the IMO Secretary-General stating that the strait lies "
            "within the territorial sea of islands over which Japan has sovereignty and that it \"cannot accept "
            "any measure premised on the jurisdiction of the Russian Federation\" there, according to a copy "
            "seen by The Sounding Line. Japan's foreign ministry confirmed the objection.",
            "<h2>Why London matters</h2>",
            "Routeing measures adopted by the IMO are charted worldwide and shape how ships navigate. Approval "
            "would amount to a degree of international recognition of Russia's administration of the waters, "
            "said a former Japanese coast guard official. The IMO generally avoids taking positions on "
            "sovereignty, and proposals in disputed waters rarely get through when a neighbouring state objects.",
            "The sub-committee is due to consider the proposal at its session in the spring. Russia's "
            "delegation to the IMO did not respond to a request for comment.",
        ],
    },
    {
        "id": "b29-041", "feed": "hakodate-en", "lang": "en", "published": "2026-02-07T06:40:00Z",
        "title": "Northern Territories Day: former islanders rally in Nemuro as hopes of return fade",
        "summary": "Former residents and local officials gathered in Nemuro on Northern Territories Day to call for "
                   "the return of the islands; the prime minister said in Tokyo that Japan's policy was unchanged.",
        "label": "restatement",
        "note": "Occasion piece (annual Northern Territories Day): restates Japan's known position (seed 002) and the "
                "2022 halt of talks and exchanges (seeds 000, 001). No new fact.",
        "byline": "By Aya Morimoto, Staff Writer", "section": "Eastern Hokkaido",
        "body": [
            "NEMURO - About 400 people gathered at Nemuro's general gymnasium on Saturday for the annual "
            "Northern Territories Day rally, calling for the return of the four Russian-held islands visible on "
            "clear days from Cape Nosappu.",
            "Former residents, now mostly in their late 80s and 90s, sat in the front rows. \"Every year we say "
            "'next year'. I am 91, and there are fewer of us every time,\" said one woman born on Shikotan.",
            "The rally adopted an appeal urging the government to \"redouble diplomatic efforts\" and to press "
            "Russia to allow grave visits. Participants later marched to the city's memorial for the islands.",
            "At the national rally in Tokyo, the prime minister said Japan's policy of resolving the territorial "
            "issue and concluding a peace treaty with Russia remains unchanged, while acknowledging that "
            "relations \"remain in a severe state\".",
            "Russia broke off peace treaty talks and ended visa-free exchanges with the islands in March 2022 in "
            "response to Japanese sanctions over Ukraine, and has said the talks cannot resume under current "
            "conditions.",
            "February 7 marks the date in 1855 when Japan and Russia signed the Treaty of Shimoda, which drew "
            "their border between Iturup and Urup.",
        ],
    },
    {
        "id": "b29-046", "feed": "hakodate-en", "lang": "en", "published": "2026-04-23T01:00:00Z",
        "title": "Japan ships relief supplies to volcano-hit Kunashir, first aid to islands since 2022",
        "summary": "A chartered ship from Nemuro handed over 18 tonnes of water purifiers, masks and generators "
                   "off Kunashir for residents affected by the eruption of Mount Tyatya.",
        "label": "new_development", "group": "g-volcano-aid",
        "new_facts": ["Russia accepted Japanese humanitarian aid for Kunashir after the Tyatya eruption: about 18 "
                      "tonnes of water purifiers, masks and generators were handed over at sea off Yuzhno-Kurilsk "
                      "on 21 April 2026 from the Nemuro-chartered Misago Maru No. 18, the first such aid since 2022"],
        "must_mention": [["humanitarian", "relief"], ["kunashir"]],
        "note": "Third report of the aid delivery (held once); first reported in Russian (b29-044). Not in the seeds.",
        "byline": "By Aya Morimoto, Staff Writer", "section": "Eastern Hokkaido",
        "body": [
            "NEMURO - A ship chartered by the Japanese government has delivered about 18 tonnes of relief "
            "supplies to Russian residents of Kunashir affected by the eruption of Mount Tyatya, the first "
            "Japanese humanitarian aid to the Russian-held islands since 2022, officials said Wednesday.",
            "The Misago Maru No. 18 left Nemuro port on Tuesday morning carrying water purification units, "
            "50,000 masks, goggles and four portable generators. The cargo was transferred at sea off "
            "Yuzhno-Kurilsk to a Russian vessel, and no Japanese crew went ashore.",
            "Japan's foreign ministry said the handover at sea was chosen so as \"not to prejudice Japan's legal "
            "position\" on the islands. The Sakhalin regional government said the aid had been accepted \"with "
            "gratitude\" as a humanitarian gesture.",
            "Ash from the volcano, which began erupting early on April 19, has contaminated reservoirs supplying "
            "Yuzhno-Kurilsk, and residents of the island's northern settlements were evacuated.",
            "The Nemuro mayor, who saw the ship off, said he hoped the supplies would help \"the people across "
            "the strait who are our neighbors, whatever the politics\".",
            "Japan last sent aid to the islands in the 1990s, after an earthquake damaged Shikotan and Kunashir "
            "in 1994. Exchanges between the islands and Hokkaido have been suspended since Russia scrapped the "
            "visa-free agreement in 2022.",
        ],
    },
    {
        "id": "b29-047", "feed": "harrier-en", "lang": "en", "published": "2026-04-30T05:25:00Z",
        "title": "Ash clean-up under way on Kunashir as Japanese relief supplies reach homes",
        "summary": "Residents of volcano-hit Kunashir are clearing ash from roofs and reservoirs; water purifiers "
                   "delivered by Japan last week are in use at schools and the hospital.",
        "label": "new_development", "group": "g-volcano-aid",
        "new_facts": ["Japanese humanitarian relief supplies delivered off Kunashir in April 2026 after the Tyatya "
                      "eruption are in use on the island (follow-up)"],
        "must_mention": [["humanitarian", "relief"], ["kunashir"]],
        "note": "Follow-up of the aid delivery with no new development (in group g-volcano-aid).",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Moscow newsroom; Editing by Peter Lamb",
        "tags": ["Russia", "Japan", "Volcanoes"],
        "body": [
            "MOSCOW, April 30 (Harrier) - Residents of Kunashir, one of the Russian-held islands claimed by "
            "Japan, are clearing volcanic ash from roofs, roads and reservoirs almost two weeks after Mount "
            "Tyatya began erupting, local officials said on Thursday.",
            "Water purification units delivered by Japan on April 21 have been installed at schools and the "
            "district hospital in Yuzhno-Kurilsk, the district administration said, and masks from the Japanese "
            "shipment have been handed out to households.",
            "The Sakhalin regional government said the volcano's activity had decreased, but the aviation colour "
            "code remained orange and residents evacuated from northern settlements had not yet returned.",
            "Japan's humanitarian shipment, handed over at sea, was the first aid from Tokyo to the islands since "
            "Russia broke off peace treaty talks and ended visa-free exchanges in 2022. Neither government has "
            "suggested it signals a wider thaw.",
            "\"We are grateful for the help, but the main thing now is to get the water supply back to normal,\" "
            "a teacher at one of the Yuzhno-Kurilsk schools told a Sakhalin news site.",
        ],
    },
    {
        "id": "b29-051", "feed": "harrier-en", "lang": "en", "published": "2026-06-10T00:50:00Z",
        "title": "Russia suspends joint business talks with Japan a year after revival",
        "summary": "Russia has suspended its dialogue with Japan on joint economic activity on the disputed islands, "
                   "citing Tokyo's ban on seafood imports, a year after the talks were restarted.",
        "label": "status_change", "group": "g-jea-halt",
        "new_facts": ["Russia suspended the joint economic activity dialogue with Japan (note of 8 June 2026), citing "
                      "Japan's ban on seafood from around the islands; the dialogue had resumed in June 2025 and a "
                      "third working group meeting planned for late June is off"],
        "must_mention": [["joint economic", "joint business"], ["suspend", "halt", "freez"]],
        "note": "Status change: the joint economic activity dialogue, quit by Russia in March 2022 (seeds 000, 001) "
                "and resumed in June 2025 (g-jea-resume), is suspended again. First reported in Japanese (b29-049).",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Tokyo bureau and the Moscow newsroom; Editing by Clare Weston",
        "tags": ["Russia", "Japan", "Kuril Islands"],
        "body": [
            "TOKYO/MOSCOW, June 10 (Harrier) - Russia has suspended talks with Japan on joint economic projects "
            "on the Russian-held islands off Hokkaido, a year after the dialogue was revived, blaming Tokyo's "
            "ban on imports of seafood caught around the islands.",
            "Japan's chief cabinet secretary said on Tuesday that Russia had notified Tokyo in a diplomatic note "
            "dated June 8 that it was suspending the dialogue \"for the time being\". He called the decision "
            "\"extremely regrettable\" and said Japan had asked Moscow to reconsider.",
            "Russia's foreign ministry said later that the step was a response to \"further unfriendly actions\" "
            "by Tokyo, including the import ban in force since January, and that \"responsibility lies entirely "
            "with the Japanese side\".",
            "The working group on joint economic activity met in June 2025 in Yuzhno-Sakhalinsk for the first "
            "time since Moscow walked out of the dialogue in 2022, and again in Tokyo in October. A third meeting "
            "had been planned in Vladivostok later this month.",
            "Peace treaty negotiations, which Russia broke off in March 2022, were never part of the revived "
            "talks and remain frozen.",
        ],
    },
    {
        "id": "b29-052", "feed": "harrier-en", "lang": "en", "published": "2026-07-14T03:40:00Z",
        "title": "Japan defence paper repeats concern over Russian forces on disputed islands",
        "summary": "Japan's annual defence white paper repeats that the Northern Territories are Japanese territory "
                   "and describes Russia's military activity in the Far East in largely unchanged terms.",
        "label": "restatement",
        "note": "Annual report with unchanged language; restates Japan's claim (seeds 000, 003) and Russia's "
                "complaints about Japanese military activity (seed 004). No new fact.",
        "byline": "Harrier staff", "section": "Asia Pacific",
        "credits": "Reporting by the Tokyo bureau; Editing by Martin Haig",
        "tags": ["Japan", "Russia", "Defence"],
        "body": [
            "TOKYO, July 14 (Harrier) - Japan's annual defence white paper, approved by the cabinet on Tuesday, "
            "again states that the Northern Territories - the four Russian-held islands off Hokkaido - are "
            "Japanese territory and that Russian forces stationed there are a matter of concern.",
            "The chapter on Russia is largely unchanged from last year. It says Moscow's military activity in the "
            "Far East is \"becoming more active\" and that cooperation between Russia and China near Japan "
            "requires close monitoring, wording that has appeared in previous editions.",
            "Russia has regularly criticised the white papers, and in the past has accused Tokyo of increasing "
            "military activity with the United States near Russia's Far Eastern borders. There was no immediate "
            "response from Moscow on Tuesday.",
            "The defence ministry said the document aimed to explain Japan's security environment to the public "
            "and to other countries. Its main focus, as in recent years, is China and North Korea.",
        ],
    },
    {
        "id": "b29-055", "feed": "sounding-en", "lang": "en", "published": "2026-10-19T04:00:00Z",
        "title": "Seventy years after the Moscow declaration, the two-island formula gathers dust",
        "summary": "The 1956 Soviet-Japanese Joint Declaration, signed 70 years ago today, promised Shikotan and the "
                   "Habomai islets to Japan after a peace treaty. Neither the treaty nor the talks are anywhere in sight.",
        "standfirst": "An anniversary with no celebrations in Moscow or Tokyo.",
        "label": "restatement",
        "note": "Anniversary/background piece; restates seeds 000, 003, 004 (1956 declaration, no treaty, talks halted, "
                "'categorically impossible') and mentions the 2025 revival and 2026 suspension of the economic talks "
                "(reported earlier, g-jea-resume/g-jea-halt). No new fact.",
        "byline": "By Kenta Fujii", "section": "History", "comments": 12,
        "body": [
            "Seventy years ago today, Soviet Premier Nikolai Bulganin and Japanese Prime Minister Ichiro Hatoyama "
            "signed a joint declaration in Moscow that ended the state of war between their countries and "
            "restored diplomatic relations. Article 9 said the Soviet Union would hand over Shikotan and the "
            "Habomai islets to Japan after a peace treaty was concluded.",
            "That treaty has never been signed. In 1960, after Japan renewed its security treaty with the United "
            "States, Moscow added a condition that all foreign troops leave Japan. Later Soviet leaders denied "
            "that a territorial problem existed at all.",
            "<h2>From Singapore to nowhere</h2>",
            "The declaration returned to centre stage in 2018, when Shinzo Abe and Vladimir Putin agreed in "
            "Singapore to accelerate negotiations on its basis. That effort had stalled even before Russia's "
            "invasion of Ukraine. In March 2022 Moscow said it would not continue peace treaty talks with a "
            "country that had imposed sanctions on it, and in 2024 a deputy foreign minister called a "
            "resumption \"categorically impossible\".",
            "The one practical channel that reopened since then - a working group on joint economic activity, "
            "restarted in June 2025 - was suspended again by Moscow this June after Japan banned imports of "
            "seafood from around the islands.",
            "Neither government has marked the anniversary. For the few thousand surviving former residents of "
            "the islands, the two-island formula of 1956 is now older than most of them were when they left.",
        ],
    },
    {
        "id": "b29-056", "feed": "hakodate-en", "lang": "en", "published": "2026-11-20T02:15:00Z",
        "title": "Five months on, Nemuro's island business hopes sink with frozen talks",
        "summary": "Nemuro companies that prepared for sea urchin farming on the disputed islands say they have "
                   "heard nothing since Russia suspended the joint economic activity talks in June.",
        "label": "status_change", "group": "g-jea-halt",
        "new_facts": ["The joint economic activity dialogue suspended by Russia in June 2026 remains suspended "
                      "(follow-up, no new development)"],
        "must_mention": [["joint economic", "joint business"], ["suspend", "halt", "freez"]],
        "note": "Late follow-up with no new fact, in group g-jea-halt (the June 2026 suspension).",
        "byline": "By Aya Morimoto, Staff Writer", "section": "Fisheries",
        "comments_html": "<div class='c'><b>hanasaki_port</b>: The urchin ban hurt us more than the talks ever helped.</div>",
        "body": [
            "NEMURO - When Japan and Russia revived their talks on joint economic activity on the disputed islands "
            "last year, Nemuro fishing cooperative official Tadashi Ono started drawing up plans for sea urchin "
            "farming off Shikotan. Five months after Moscow suspended the talks, the plans sit in a drawer.",
            "\"We had a budget, a partner on the Russian side and a schedule. Since June, nothing. No calls, no "
            "meetings,\" Ono said.",
            "Russia suspended the dialogue in June, citing Japan's ban on imports of seafood caught around the "
            "islands. A foreign ministry official in Tokyo said this week there had been no contact with Moscow "
            "on the subject since then and that Japan's request to reconsider had gone unanswered.",
            "The suspension has left businesses in eastern Hokkaido squeezed from both sides: the import ban cut "
            "off Russian urchin supplies to local processors, and the prospect of new projects on the islands has "
            "vanished for now.",
            "Peace treaty talks, broken off by Russia in March 2022, remain frozen as well.",
        ],
    },
]
