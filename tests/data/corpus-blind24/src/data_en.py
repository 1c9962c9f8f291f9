"""English-language articles of the blind24 corpus."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b24-001", "feed": "halden-wire", "published": "2024-02-12T06:40:00Z",
        "title": "Russian envoy rules out treaty talks while Tokyo keeps up sanctions",
        "summary": "Ambassador Nikolai Nozdrev said the conditions for discussing a peace treaty "
                   "with Japan 'simply do not exist' and that Russia's sovereignty over the southern "
                   "Kurils is not open to debate.",
        "label": "restatement",
        "note": "New speaker (ambassador Nozdrev) restating seeds 000/001/004: treaty talks halted in "
                "March 2022 and impossible under sanctions; sovereignty not questioned.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "MOSCOW, Feb 12 (Halden) - Russia's ambassador to Japan said there was no basis for returning "
            "to peace treaty negotiations with Tokyo as long as the Japanese government continued to back "
            "sanctions against Moscow, repeating a line Russian officials have held since the talks were "
            "broken off almost two years ago.",
            "\"As long as Japan follows a course that is openly hostile to our country, the conditions for "
            "discussing a fundamental document such as a peace treaty simply do not exist,\" Nikolai Nozdrev "
            "said in an interview published on Monday by the Moscow daily Rossiiskiye Vesti.",
            "Nozdrev said Russia's sovereignty over the islands that Japan calls its Northern Territories was "
            "\"enshrined in international legal documents\" and was \"not a subject for discussion with anybody\".",
            "Japan's foreign ministry did not immediately respond to a request for comment. Officials in Tokyo "
            "have repeatedly said that Japan's policy of resolving the territorial question and concluding a "
            "peace treaty remains unchanged.",
            "Moscow and Tokyo never signed a peace treaty after World War Two because of the dispute over "
            "Iturup, Kunashir, Shikotan and the Habomai islets, which Soviet troops seized in the final days "
            "of the war.",
            "In March 2022 Russia's foreign ministry said it would not continue treaty talks with a country "
            "that had imposed \"unilateral restrictions\" over Ukraine. It also ended visa-free trips by "
            "Japanese citizens to the islands and withdrew from a dialogue on joint economic projects there.",
            "Deputy Foreign Minister Andrei Rudenko told the TASS news agency last week that a resumption of "
            "the dialogue was \"categorically impossible\" in the current environment.",
        ],
        "credit": "Reporting by the Moscow bureau; Editing by Alison Marsh",
        "related": ["Japan's exports to Russia fall for third straight year",
                    "Kremlin says Putin has no plans to meet Japanese leader",
                    "Explainer: Why Russia and Japan never signed a WW2 peace treaty"],
    },
    {
        "id": "b24-003", "feed": "amber-coast", "published": "2024-03-19T13:05:00Z",
        "title": "Baku and Yerevan trade fresh drafts of peace treaty",
        "summary": "Armenia says it has sent Azerbaijan its latest proposals on the text of a bilateral "
                   "peace treaty; border delimitation remains the main sticking point.",
        "label": "off_topic",
        "note": "Look-alike: a different peace treaty (Armenia-Azerbaijan); nothing about Russia-Japan or the Kurils.",
        "byline": "ACD South Caucasus desk",
        "body": [
            "Armenia's foreign ministry said on Tuesday it had handed Azerbaijan a revised draft of the peace "
            "treaty the two neighbours have been negotiating since 2022, the latest in a series of exchanges "
            "that both capitals describe as \"intensive\" but that has yet to produce an agreed text.",
            "\"Our proposals are on the table. We are ready to continue the work at any level,\" ministry "
            "spokeswoman Ani Badalyan wrote on social media, without giving details of the changes.",
            "Baku confirmed receipt of the document. An Azerbaijani official said Armenia still needed to amend "
            "its constitution, which Azerbaijan says contains territorial claims, before any treaty could be signed.",
            "Diplomats say most of the roughly 17 articles under discussion are now close to agreement, but the "
            "two sides differ on how to sequence the delimitation of their 1,000-kilometre border and on the "
            "fate of transport links through southern Armenia.",
            "The European Union, which has deployed a civilian monitoring mission on the Armenian side of the "
            "border, said it welcomed \"every step towards a signed treaty\".",
        ],
        "related": ["Latvia to extend border fence along Russian frontier",
                    "Estonian government survives confidence vote",
                    "Polish farmers lift blockade at Ukrainian crossing"],
    },
    {
        "id": "b24-004", "feed": "pemberton-gazette", "published": "2024-04-16T10:20:00Z",
        "title": "Japan's diplomatic bluebook keeps hard line on Russia, restates claim to islands",
        "summary": "The foreign ministry's annual report calls relations with Moscow 'severe' and says Tokyo "
                   "will stick to its policy of settling the territorial issue before a peace treaty.",
        "label": "restatement",
        "note": "Annual report restating known positions: Japan's sovereignty claim and aim of a peace treaty "
                "(seeds 000, 002), and the March 2022 Russian measures (seeds 000, 001, 003). No new fact.",
        "byline": "Our Tokyo correspondent", "kicker": "Asia",
        "body": [
            "Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday by Foreign Minister Yoko "
            "Kamikawa, describes relations with Russia as \"in a severe situation\" and restates Tokyo's claim "
            "to four islands off Hokkaido held by Moscow since 1945.",
            "The report says the Northern Territories are \"islands over which Japan has sovereignty\" and an "
            "integral part of Japanese territory, and that the government will \"maintain its policy of "
            "concluding a peace treaty through the resolution of the territorial issue\".",
            "It recalls that in March 2022 Russia announced that it would not continue peace treaty "
            "negotiations, would end visa-free exchanges with the islands and would withdraw from talks on "
            "joint economic activities there, steps which Tokyo said at the time were \"extremely unjust and "
            "absolutely unacceptable\".",
            "The document again lists the resumption of grave visits by former island residents, most of them "
            "now in their late eighties, as a priority in dealings with Moscow, a request Japanese officials "
            "say they raise at every opportunity.",
            "Language on Russia has barely changed from last year's edition, when the bluebook called Moscow's "
            "invasion of Ukraine a violation of international law that \"shakes the very foundation of the "
            "international order\".",
            "The Russian embassy in Tokyo did not comment. Moscow has said it regards its sovereignty over the "
            "islands, which it calls the southern Kurils, as beyond question.",
        ],
        "comments": [("Harrow_reader", "Same words every year. Nothing will move while the war goes on."),
                     ("k.tanaka", "The grave visits point is the only one that matters to the families.")],
        "related": ["Council tax rise approved after four-hour meeting",
                    "Tokyo stocks close at record as yen slides",
                    "Weather: showers clearing by the weekend"],
    },
    {
        "id": "b24-006", "feed": "halden-wire", "published": "2024-05-22T16:40:00Z",
        "title": "Moscow says it is done listening to Tokyo on the Kurils",
        "summary": "Russia will return Japanese diplomatic notes protesting its activities on the southern "
                   "Kuril Islands without considering them, the foreign ministry spokeswoman said.",
        "label": "new_development", "group": "g-notes-returned",
        "new_facts": ["Russia's foreign ministry will return Japan's protest notes about the southern "
                      "Kurils to the Japanese embassy without considering them (announced 22 May 2024)"],
        "must_mention": [["protest", "note"], ["return", "send back", "unread", "without consider"]],
        "note": "New official position not in the seeds: protest notes over the islands will be returned "
                "unconsidered. Second report (English) of the group first reported in Russian.",
        "byline": "Halden staff", "kicker": "Europe",
        "body": [
            "MOSCOW, May 22 (Halden) - Russia will no longer consider diplomatic protests from Japan concerning "
            "the southern Kuril Islands and will hand such notes back to the Japanese embassy, the foreign "
            "ministry said on Wednesday, a further hardening of Moscow's stance in the decades-old dispute.",
            "Foreign ministry spokeswoman Maria Zakharova told her weekly briefing that notes in which Tokyo "
            "objected to what she called \"the lawful activity of Russia on its own territory\" - visits by "
            "officials, military exercises, economic projects - would from now on be \"returned to the sender "
            "without consideration\".",
            "\"Russia's sovereignty over the South Kurils is not a subject for correspondence,\" she said.",
            "Until now Moscow has routinely rejected Japan's protests as groundless, but it has accepted them "
            "through normal diplomatic channels. A spokesman for the Japanese embassy in Moscow said it had not "
            "yet received formal notification of the change and would not comment further.",
            "Japan protests regularly over visits by Russian officials to the islands, which it calls the "
            "Northern Territories, and over military drills held there.",
            "Relations have been at a post-Cold War low since Moscow, angered by Japanese sanctions over "
            "Ukraine, said in March 2022 that it would not continue negotiating a peace treaty formally ending "
            "World War Two hostilities and scrapped visa-free trips by Japanese citizens to the islands.",
        ],
        "credit": "Reporting by the Moscow bureau; Writing by Daniel Kerr; Editing by Alison Marsh",
        "related": ["Russia's Zakharova accuses Tokyo of 'militarisation' near Far East",
                    "Japan's foreign minister to visit Central Asia",
                    "Factbox: The islands at the centre of the Russia-Japan dispute"],
    },
    {
        "id": "b24-008", "feed": "sealark-asia", "published": "2024-05-29T02:00:00Z",
        "title": "Return to sender: what Moscow's refusal to read Tokyo's notes signals",
        "summary": "Russia's decision to send back Japanese protests over the Kurils unread is largely "
                   "symbolic, analysts say, but it removes one of the last routine channels on the dispute.",
        "label": "new_development", "group": "g-notes-returned",
        "new_facts": ["Russia's foreign ministry will return Japan's protest notes about the southern "
                      "Kurils to the Japanese embassy without considering them (announced 22 May 2024)"],
        "must_mention": [["protest", "note"], ["return", "send back", "unread", "without consider"]],
        "note": "Follow-up analysis in the group, no new fact beyond the 22 May announcement.",
        "byline": "Mei Lin Ho", "kicker": "Northeast Asia", "read_min": 6,
        "key_points": ["Russia announced on May 22 that it would return Japanese protest notes on the islands unconsidered",
                       "Tokyo says it will keep lodging protests regardless",
                       "Analysts see the step as symbolic rather than practical"],
        "tags": ["Japan", "Russia", "Kuril Islands"],
        "body": [
            "When Maria Zakharova told reporters last week that Russia would return Japanese notes about the "
            "Kuril Islands \"without consideration\", she was formalising something Tokyo diplomats say has "
            "been true in practice for two years: nobody in Moscow is reading them.",
            "Japan lodges a protest, usually through its embassy, almost every time a senior Russian official "
            "sets foot on the four islands it calls the Northern Territories, or when the Russian military "
            "holds exercises there. The Russian side has typically answered that the protests are groundless.",
            "## Symbolism over substance",
            "\"Returning a note is a way of saying that the dispute does not exist,\" said Yuka Hamasaki, a "
            "specialist on Russian foreign policy at a Sapporo university. \"It changes nothing on the ground, "
            "but it makes the Japanese position harder to register in any formal way.\"",
            "A Japanese foreign ministry official, speaking on condition of anonymity, said Tokyo would \"keep "
            "protesting whenever it is necessary, whether or not the other side opens the envelope\".",
            "## A dialogue already frozen",
            "The change comes on top of the measures Moscow announced in March 2022, when it said it would not "
            "continue peace treaty negotiations, ended visa-free visits to the islands and quit talks on joint "
            "economic activities there. Deputy Foreign Minister Andrei Rudenko said in February that resuming "
            "the treaty dialogue was \"categorically impossible\".",
            "Some Russian commentators framed the step as a reply to Tokyo's sanctions. Others pointed out that "
            "Moscow continues to accept Japanese notes on other subjects, such as fishing incidents and consular "
            "matters - a distinction that suggests the move is aimed squarely at the territorial question.",
        ],
        "related": ["Japan, Philippines sign reciprocal access agreement",
                    "Explainer: the 1956 Soviet-Japanese declaration",
                    "Podcast: Is the Sea of Okhotsk becoming a bastion?"],
    },
    {
        "id": "b24-009", "feed": "pemberton-gazette", "published": "2024-06-18T08:15:00Z",
        "title": "Tokyo renews plea for summer grave visits to Russian-held islands",
        "summary": "Japan has again asked Moscow to let elderly former residents visit family graves on the "
                   "islands this summer. Russia has not replied.",
        "label": "restatement",
        "note": "Requested, not granted: Japan asks Russia to allow grave visits; restates the termination of "
                "visa-free trips and the 1999 visits arrangement (seed 001). No move by Russia.",
        "byline": "Our Tokyo correspondent", "kicker": "Asia",
        "body": [
            "Japan has asked Russia once again to allow former residents of four islands off Hokkaido to visit "
            "the graves of their relatives this summer, the government's top spokesman said on Tuesday, "
            "conceding that there had so far been no response from Moscow.",
            "\"Grave visits are a humanitarian matter and the wish of the former islanders, who are advancing "
            "in age, is extremely strong. We will continue to strongly request their resumption,\" the chief "
            "cabinet secretary, Yoshimasa Hayashi, told reporters.",
            "The visits, which used to take place every summer by ship from Nemuro, have not been possible "
            "since March 2022, when Russia terminated the arrangements of 1991 and 1999 that allowed Japanese "
            "citizens to travel to the islands without visas, in retaliation for sanctions over Ukraine.",
            "An official of the league of former island residents in Sapporo said members had written to the "
            "prime minister this spring. \"Many people tell us that this year might be their last chance,\" "
            "she said. \"But we have heard nothing to suggest that the Russian side will say yes.\"",
            "Last summer former residents instead held memorial services on a chartered boat off Nemuro, "
            "within sight of the islands, and laid flowers on the sea.",
        ],
        "comments": [("Marjorie P", "Heartbreaking for those families."),
                     ("northerner77", "Moscow won't give Tokyo anything while the sanctions stay.")],
        "related": ["Pemberton's Summer Fair returns after three-year break",
                    "Yen hits new low against dollar",
                    "Letters: The bypass will ruin the valley"],
    },
    {
        "id": "b24-012", "feed": "sealark-asia", "published": "2024-08-06T04:30:00Z",
        "title": "Japanese salvage crew begins cutting up wrecked trawler on Shikotan",
        "summary": "The team Moscow agreed to let onto the island for this summer only started work on the "
                   "Daiei Maru No. 35, which ran aground last December.",
        "label": "new_development", "group": "g-shikotan-salvage",
        "new_facts": ["Russia allowed a Japanese salvage team (9 workers) onto Shikotan in August 2024 to "
                      "remove the wreck of the fishing boat Daiei Maru No. 35 - this summer only; the "
                      "visa-free framework stays terminated"],
        "must_mention": [["shikotan"], ["wreck", "salvage"]],
        "note": "Follow-up in the group (work has begun under the permission reported on 9-10 July); no "
                "further new fact.",
        "byline": "Sealark editors", "kicker": "Northeast Asia", "read_min": 3,
        "tags": ["Japan", "Russia", "Kuril Islands", "Fisheries"],
        "body": [
            "A team of Japanese salvage workers has started dismantling the wreck of a fishing boat that ran "
            "aground on Shikotan last December, under an arrangement that Russia has described as a one-off "
            "exception valid only for this summer.",
            "The nine workers from a Kushiro-based salvage company crossed from Nemuro on a support vessel and "
            "began cutting up the 19-tonne Daiei Maru No. 35 on Monday, a Hokkaido prefectural official said. "
            "The work is expected to last until around August 25.",
            "The boat's six crew members were rescued by Russian border guards after the grounding and later "
            "handed over to Japan. Russian environmental officials had since demanded that the hull, which was "
            "leaking fuel oil, be removed.",
            "Tokyo has stressed that the trip does not mean a restart of the visa-free exchanges that Russia "
            "terminated in March 2022. The workers entered under identity documents similar to those used in "
            "the old exchange programme, an arrangement intended to avoid any implication that Japan accepts "
            "Russian jurisdiction over the island.",
            "Russian regional officials have made the same point from the opposite direction, saying the "
            "permission was granted \"as an exception and only for the period of the summer works\".",
        ],
        "related": ["Japan's saury catch hits another record low",
                    "Russia's Pacific Fleet holds drills in Sea of Japan",
                    "Explainer: what the visa-free exchanges were"],
    },
    {
        "id": "b24-015", "feed": "halden-wire", "published": "2024-09-18T09:10:00Z",
        "title": "Russia to tend Japanese graves on disputed islands at Tokyo's request",
        "summary": "Local authorities on the southern Kurils will clean pre-war Japanese cemeteries and send "
                   "photographs to Japan twice a year, officials on both sides said.",
        "label": "new_development", "group": "g-grave-care",
        "new_facts": ["Sakhalin authorities agreed (Sept 2024) to have district staff clean and maintain "
                      "pre-1945 Japanese cemeteries on Kunashir, Iturup and Shikotan and send photo reports "
                      "to Japan twice a year, at Japan's expense, from October 2024"],
        "must_mention": [["cemeter", "grave"], ["clean", "maint", "tend", "upkeep"]],
        "note": "Second report (English) of a new arrangement first reported in Japanese; not among the seed facts.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "TOKYO/YUZHNO-SAKHALINSK, Sept 18 (Halden) - Russian local authorities on the southern Kuril "
            "Islands will clean and look after cemeteries where Japanese residents were buried before 1945 and "
            "send photographs of the work to Japan, officials on both sides said on Wednesday.",
            "The government of the Sakhalin region informed Japan's consulate-general in Yuzhno-Sakhalinsk "
            "that staff of the Yuzhno-Kurilsk and Kurilsk district administrations would tend about a dozen "
            "sites on Kunashir, Iturup and Shikotan, a Japanese foreign ministry official said. The first "
            "clean-up is planned for October, with photo reports to follow each spring and autumn.",
            "Japan will cover the costs, the official said. The arrangement was requested by an association of "
            "former islanders, whose members have been unable to visit their relatives' graves since Russia "
            "terminated visa-free travel to the islands in 2022.",
            "\"Many graves have not been touched for three summers. For the families this is a real comfort,\" "
            "said the official, who asked not to be named. He said the step was accepted \"on humanitarian "
            "grounds\" and did not affect Japan's legal position on the islands.",
            "A spokeswoman for the Sakhalin government confirmed the plan, calling it \"a gesture of respect "
            "for the memory of the dead, whatever the state of interstate relations\".",
            "Tokyo says it still wants former residents to be able to visit the graves in person, something "
            "Moscow has not agreed to.",
        ],
        "credit": "Reporting by the Tokyo and Moscow bureaus; Editing by Hugh Lomas",
        "related": ["Japan's ruling party picks new leader",
                    "Russia, China hold joint naval patrol in Pacific",
                    "Insight: Hokkaido fishermen caught between two coast guards"],
    },
    {
        "id": "b24-018", "feed": "halden-wire", "published": "2024-11-29T07:55:00Z",
        "title": "Ishiba vows to keep treaty goal despite 'severe' Russia ties",
        "summary": "In his policy speech to parliament the Japanese prime minister said Tokyo would stick to "
                   "its aim of settling the island dispute and signing a peace treaty with Moscow.",
        "label": "restatement",
        "note": "New speaker (PM Ishiba) restating Japan's known aim of a peace treaty (seed 002, Kishida "
                "'steadfast') and the wish for grave visits (seed 001 termination). No new policy.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "TOKYO, Nov 29 (Halden) - Japanese Prime Minister Shigeru Ishiba said on Friday that Japan would "
            "maintain its policy of resolving a territorial dispute with Russia and concluding a peace treaty, "
            "even though relations between the two countries remained in a \"severe situation\".",
            "In his first policy speech to an extraordinary session of parliament since his coalition lost its "
            "majority in last month's election, Ishiba devoted two sentences to Russia, calling for the "
            "resumption of grave visits by former residents of the disputed islands, \"which they so earnestly "
            "wish for\".",
            "Most of the 20-minute speech dealt with economic measures, political funding reform and the "
            "alliance with the United States.",
            "Moscow broke off the peace treaty talks in March 2022 after Tokyo joined Western sanctions over "
            "the invasion of Ukraine. Russian officials have since said repeatedly that a return to the "
            "negotiating table is impossible under current conditions.",
            "Ishiba, a former defence minister, has in the past written about the islands dispute but has "
            "offered no new proposals since taking office on Oct 1.",
        ],
        "credit": "Reporting by the Tokyo bureau; Editing by Hugh Lomas",
        "related": ["Japan's cabinet approves 13.9 trillion yen stimulus package",
                    "Opposition to push for political funding bill",
                    "Japan, South Korea leaders meet on APEC sidelines"],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b24-023", "feed": "amber-coast", "published": "2025-02-05T15:20:00Z",
        "title": "Seimas backs Japan's claim to Kuril Islands; Moscow summons Lithuanian envoy",
        "summary": "Lithuania's parliament recognised four southern Kuril islands as Japanese territory "
                   "occupied by Russia. Moscow called the resolution a provocation.",
        "label": "new_development", "group": "g-seimas-kurils",
        "new_facts": ["Lithuania's Seimas adopted a resolution (4 Feb 2025) recognising Iturup, Kunashir, "
                      "Shikotan and the Habomai islets as Japanese territory occupied by Russia; Russia "
                      "summoned Lithuania's chargé d'affaires"],
        "must_mention": [["lithuania", "seimas"], ["resolution", "recognis", "recogniz"]],
        "note": "Second report (English) of a new third-country official position, first reported in Russian.",
        "byline": "Rūta Jakštaitė, Vilnius",
        "body": [
            "Lithuania's parliament has adopted a resolution recognising the four southernmost Kuril Islands as "
            "Japanese territory \"occupied by the Russian Federation\", a move that prompted Moscow on "
            "Wednesday to summon the Baltic state's top diplomat in Russia.",
            "The Seimas approved the text on Tuesday evening by 81 votes to 2, with 6 abstentions. It states "
            "that Iturup, Kunashir, Shikotan and the Habomai group \"belong to Japan\" and calls on Russia to "
            "\"end the occupation\" and return them.",
            "\"Territorial integrity is not a principle you apply only in Europe,\" said Žygimantas Pavilionis, "
            "one of the resolution's sponsors. \"What Russia did to Japan in 1945 it is doing to Ukraine today.\"",
            "In Moscow, the foreign ministry said Lithuania's chargé d'affaires had been handed a \"resolute "
            "protest\". Spokeswoman Maria Zakharova called the resolution \"a provocation devoid of any legal "
            "meaning\" and said Russia's sovereignty over the islands was \"beyond doubt\".",
            "Tokyo welcomed the vote. Japan's chief cabinet secretary said the government appreciated "
            "\"Lithuania's understanding of Japan's position\".",
            "Lithuania is the first European Union member whose parliament has adopted such a document. "
            "Ukraine's president signed a decree in 2022 recognising the islands as Japanese territory under "
            "Russian occupation.",
            "Japan and Russia have never signed a peace treaty because of the dispute. Moscow halted the "
            "negotiations in 2022 over Tokyo's sanctions.",
        ],
        "related": ["Lithuania to buy more HIMARS launchers",
                    "Estonia's central bank cuts growth forecast",
                    "Riga Airport passenger numbers hit record"],
    },
    {
        "id": "b24-025", "feed": "amber-coast", "published": "2025-02-12T10:40:00Z",
        "title": "Seimas speaker defends Kuril vote as Russian criticism mounts",
        "summary": "The speaker of Lithuania's parliament said last week's resolution on the Kuril Islands "
                   "reflected 'a principle, not a provocation'.",
        "label": "new_development", "group": "g-seimas-kurils",
        "new_facts": ["Lithuania's Seimas adopted a resolution (4 Feb 2025) recognising Iturup, Kunashir, "
                      "Shikotan and the Habomai islets as Japanese territory occupied by Russia; Russia "
                      "summoned Lithuania's chargé d'affaires"],
        "must_mention": [["lithuania", "seimas"], ["resolution", "recognis", "recogniz"]],
        "note": "Follow-up in the group: reactions to the 4 Feb resolution, no new fact.",
        "byline": "ACD Vilnius",
        "body": [
            "The speaker of the Lithuanian parliament on Wednesday defended last week's resolution recognising "
            "the southern Kuril Islands as Japanese territory, after a week of sharp criticism from Moscow and "
            "some scepticism at home.",
            "\"This is a principle, not a provocation. We cannot demand respect for Ukraine's borders and stay "
            "silent about what happened to Japan,\" Saulius Skvernelis told reporters in Vilnius.",
            "Opposition members who abstained in the Feb 4 vote had argued that the Seimas should not take "
            "positions on disputes far from Lithuania's borders. Skvernelis said the resolution had \"no "
            "financial or legal consequences\" for the country.",
            "Russian officials, who summoned Lithuania's chargé d'affaires the day after the vote, have "
            "continued to attack the document. Russian Security Council deputy chairman Dmitry Medvedev wrote "
            "on Telegram that the Baltic parliament was \"dividing up what does not belong to it\".",
            "Japan's ambassador to Lithuania thanked the parliament in a letter to its foreign affairs "
            "committee, according to the committee's chair.",
        ],
        "related": ["Vilnius tram project delayed again",
                    "Finnish border crossings stay shut",
                    "Lithuanian conscription intake to rise by a third"],
    },
    {
        "id": "b24-026", "feed": "halden-wire", "published": "2025-02-22T05:30:00Z",
        "title": "South Korea protests as Japanese prefecture marks 'Takeshima Day'",
        "summary": "Seoul summoned a Japanese diplomat after a Tokyo official attended Shimane's annual "
                   "ceremony asserting Japan's claim to the islets Korea controls as Dokdo.",
        "label": "off_topic",
        "note": "Look-alike: a different island dispute (Takeshima/Dokdo) involving Japan; nothing on Russia or the Kurils.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "SEOUL, Feb 22 (Halden) - South Korea lodged a protest with Japan on Saturday after a senior Japanese "
            "government official attended a ceremony in Shimane prefecture marking \"Takeshima Day\", which "
            "promotes Tokyo's claim to a group of islets controlled by Seoul.",
            "South Korea's foreign ministry called in the deputy head of the Japanese embassy and urged Tokyo to "
            "\"immediately abolish\" the event, describing the islets, which Koreans call Dokdo, as \"clearly "
            "Korean territory historically, geographically and under international law\".",
            "Japan sent a parliamentary vice-minister from the Cabinet Office to the ceremony in the city of "
            "Matsue, as it has done every year since 2013.",
            "In Tokyo, the chief cabinet secretary told reporters that Takeshima was \"an inherent part of Japan's territory\" and that Japan could not accept Seoul's protest, adding that the government would continue to make its case \"calmly and resolutely\".",
            "The rocky outcrops in the Sea of Japan, known internationally as the Liancourt Rocks, have been "
            "controlled by South Korea since the 1950s. The dispute has periodically soured ties between the two "
            "U.S. allies, which have improved markedly over the past two years.",
            "Officials in both capitals have sought to keep the annual exchange of protests from derailing preparations for a summit planned later this year, and neither side announced further steps.",
        ],
        "credit": "Reporting by the Seoul bureau; Editing by Clare Whitby",
        "related": ["South Korea's acting president holds call with Japanese PM",
                    "Japan protests Chinese coast guard activity near Senkakus",
                    "Korean won weakens on political uncertainty"],
    },
    {
        "id": "b24-027", "feed": "sealark-asia", "published": "2025-04-15T03:10:00Z",
        "title": "Could a Ukraine ceasefire thaw the Kuril freeze?",
        "summary": "Some in Tokyo hope a deal on Ukraine would reopen the door to talks with Moscow on the "
                   "islands. Officials and analysts are not holding their breath.",
        "label": "restatement",
        "note": "Question/speculation piece: a possible resumption is only asked about; restates that talks "
                "are halted (seeds 000, 004), visa-free trips ended (seed 001).",
        "byline": "Kenji Morioka", "kicker": "Analysis", "read_min": 7,
        "tags": ["Japan", "Russia", "Analysis"],
        "body": [
            "As American and Russian negotiators trade proposals on a ceasefire in Ukraine, a question is being "
            "asked quietly in Tokyo: if the guns fall silent in Europe, could Japan and Russia go back to "
            "talking about the four islands off Hokkaido?",
            "The short answer, from almost everyone Sealark spoke to, is: not soon.",
            "## Moscow's conditions",
            "Russia broke off peace treaty negotiations in March 2022, saying it could not discuss a "
            "foundational document with a country that had taken \"openly unfriendly\" positions. Deputy "
            "Foreign Minister Andrei Rudenko said last year that the key condition for any normalisation was "
            "Tokyo's abandonment of its \"hostile policy\", not \"ephemeral signals\".",
            "\"Even a ceasefire would not lift Japan's sanctions overnight, and Moscow has been explicit that "
            "sanctions are the obstacle,\" said a former Japanese diplomat who served in Moscow. \"I would "
            "expect the Russians to wait and see whether Tokyo moves first.\"",
            "## Tokyo's dilemma",
            "Japanese officials insist nothing has changed in their own position: resolve the territorial "
            "question, then sign a treaty. They would like to start with the humanitarian issues - grave "
            "visits and the visa-free exchanges that Russia ended in 2022 - but see no sign that Moscow is "
            "ready to discuss even those.",
            "Would a new government in Tokyo be tempted to break ranks with the G7 to restart a dialogue? "
            "\"Politically impossible for the foreseeable future,\" said Hamasaki Yuka of Hokkai-Gakuen "
            "University. \"And the Russians know it.\"",
            "For now, the most likely scenario is the one that has held for three years: no talks, no visits, "
            "and occasional exchanges of protests.",
        ],
        "related": ["Japan to raise defence spending target",
                    "Russia's Far East pivots further to China",
                    "Briefing: Who's who in Japan's Russia policy"],
    },
    {
        "id": "b24-029", "feed": "pemberton-gazette", "published": "2025-06-10T11:00:00Z",
        "title": "Japan keeps buying Sakhalin gas as US extends waiver",
        "summary": "Japanese utilities will continue importing liquefied natural gas from Russia's "
                   "Sakhalin-2 project after Washington extended a sanctions licence.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia energy news (Sakhalin-2 LNG); not about the Kurils or the treaty.",
        "byline": "Business desk", "kicker": "Business",
        "body": [
            "Japanese power and gas companies will keep buying liquefied natural gas from Russia's Sakhalin-2 "
            "project for at least another six months after the United States extended a licence that allows "
            "transactions linked to the venture.",
            "Japan imports roughly 9 per cent of its LNG from Sakhalin-2, in which the trading houses Mitsui "
            "and Mitsubishi hold minority stakes. Tokyo has argued that the supplies, delivered in less than "
            "three days, are vital for energy security.",
            "\"We have no plans to withdraw,\" an industry ministry official said.",
            "Critics say the arrangement sits uneasily with Japan's sanctions against Russia over Ukraine. "
            "Supporters point out that if Japanese buyers walked away, the cargoes would simply go to China.",
            "Japanese companies also retain a 30 per cent stake in the Sakhalin-1 oil project through the Sodeco consortium, although crude shipments to Japan have been minimal since 2022. Industry officials say the country's dependence on Russian energy has fallen sharply overall, with LNG the main exception.",
            "Sakhalin Energy, the project operator, was taken over by a Russian entity in 2022 by a decree of "
            "President Vladimir Putin.",
        ],
        "comments": [("E. Grant", "Principles stop at the gas meter, it seems.")],
        "related": ["Energy bills to fall in autumn, regulator says",
                    "High street bank to close three local branches",
                    "Cricket: county side clinch late win"],
    },
    {
        "id": "b24-032", "feed": "halden-wire", "published": "2025-07-16T11:00:00Z",
        "title": "Russia halts upkeep of Japanese graves on Kurils, citing sanctions",
        "summary": "Sakhalin authorities have stopped cleaning pre-war Japanese cemeteries on the disputed "
                   "islands, ending an arrangement in place since October.",
        "label": "status_change", "group": "g-grave-care-halt",
        "new_facts": ["Sakhalin authorities suspended (July 2025, 'until further notice') the cleaning of "
                      "Japanese cemeteries on the southern Kurils that district staff had done for Japan "
                      "since October 2024, citing Japan's new sanctions"],
        "must_mention": [["cemeter", "grave"], ["halt", "suspend", "stop"]],
        "note": "Status change of the grave-care arrangement (g-grave-care, Sept 2024): in place -> suspended. "
                "Third report of the group, first reported in Russian.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "TOKYO, July 16 (Halden) - Russian authorities have stopped looking after Japanese cemeteries on the "
            "southern Kuril Islands, ending a humanitarian arrangement less than a year after it began, "
            "officials in Tokyo and the Sakhalin region said.",
            "Since October local district staff had cleaned about a dozen pre-1945 burial grounds on Kunashir, "
            "Iturup and Shikotan at Japan's request and expense, sending photographs to the Japanese "
            "consulate in Yuzhno-Sakhalinsk.",
            "The Sakhalin regional government notified the consulate on Monday that the work was suspended "
            "\"until further notice\", citing \"unfriendly steps by Tokyo\", including a sanctions package "
            "announced last week that targets several companies in the region.",
            "\"It is extremely regrettable that a purely humanitarian matter has been linked to sanctions,\" "
            "Japan's chief cabinet secretary said. He said Tokyo had asked the Russian side to reconsider.",
            "Former residents of the islands, who have been unable to visit the graves themselves since "
            "Russia ended visa-free travel in 2022, had received the first set of photographs in November and "
            "a second in May.",
        ],
        "credit": "Reporting by the Tokyo bureau; Editing by Clare Whitby",
        "related": ["Japan adds 22 entities to Russia sanctions list",
                    "Russia says it will respond to Japan's 'hostile' steps",
                    "Japan's upper house election: what to watch"],
    },
    {
        "id": "b24-033", "feed": "sealark-asia", "published": "2025-07-25T06:20:00Z",
        "title": "Japan's defence white paper keeps China top, Russia close behind",
        "summary": "The annual report calls China Japan's 'greatest strategic challenge' and again notes "
                   "Russian military activity in the Northern Territories.",
        "label": "restatement",
        "note": "Annual report: restates Japan's position that the islands are Japanese territory under "
                "Russian occupation and its general concern about Russian forces there; names no new deployment "
                "or event. Known positions (seeds 000-003).",
        "byline": "Sealark editors", "kicker": "Security", "read_min": 5,
        "tags": ["Japan", "Defence", "China", "Russia"],
        "body": [
            "Japan's annual defence white paper, approved by the cabinet on Tuesday, describes China's military "
            "build-up as \"the greatest strategic challenge\" Japan has ever faced, and devotes most of its "
            "regional analysis to Beijing's activity around Taiwan and the East China Sea.",
            "Russia comes a close second. The report repeats that Moscow's military activity in the Far East, "
            "including joint bomber flights and naval patrols with China, is \"a strong concern\".",
            "On the islands off Hokkaido that Japan calls the Northern Territories, the paper restates language "
            "used in previous editions: the islands are \"an inherent part of Japan's territory\" that remain "
            "\"under Russian occupation\", and Russia has continued to \"strengthen military activity\" there.",
            "It does not identify any new units or weapons on the islands, and officials said the section had "
            "been updated only to reflect exercises held over the past year.",
            "Russia's embassy in Tokyo called the white paper \"a set of anti-Russian cliches\".",
            "The report also notes that Japan's defence budget will rise to about 2 per cent of GDP by 2027 "
            "under plans announced in 2022.",
        ],
        "related": ["China's carriers operate simultaneously in Pacific for first time",
                    "Japan, Australia upgrade defence pact",
                    "Explainer: Japan's counterstrike capability"],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b24-038", "feed": "halden-wire", "published": "2026-01-22T08:25:00Z",
        "title": "No grounds to restore visa-free trips to Kurils, Russian embassy says",
        "summary": "Russia's embassy in Tokyo said it saw no basis for resuming visa-free travel by Japanese "
                   "citizens to the islands, which Moscow ended in 2022.",
        "label": "restatement",
        "note": "Negated move: 'no grounds to restore' visa-free trips - restates their termination (seed 001). "
                "Also restates the July 2025 suspension of grave care (g-grave-care-halt). No new fact.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "TOKYO, Jan 22 (Halden) - Russia's embassy in Japan said on Thursday that there were currently no "
            "grounds for restoring visa-free trips by Japanese citizens to the southern Kuril Islands, in "
            "response to questions about whether Moscow might ease travel for former residents.",
            "\"The decision taken in 2022 was a consequence of Tokyo's unfriendly policy, which continues. We "
            "do not see any grounds for returning to the visa-free exchanges in the current situation,\" an "
            "embassy spokesman said in written answers to Halden.",
            "Under agreements signed in 1991 and 1999, tens of thousands of Japanese, including former "
            "residents and their families, travelled to the islands without visas. Russia terminated the "
            "arrangements in March 2022 after Japan joined sanctions over Ukraine.",
            "A separate, more limited arrangement under which Russian local staff cleaned Japanese graves on "
            "the islands and sent photographs to Japan was suspended by the Sakhalin authorities last July "
            "and has not been restored.",
            "Japan's foreign ministry said it would \"continue to strongly urge\" Russia to allow at least grave "
            "visits to resume.",
        ],
        "credit": "Reporting by the Tokyo bureau; Editing by Hugh Lomas",
        "related": ["Japan's exports rise for fourth month",
                    "Russian, Chinese bombers fly near Japan",
                    "Japan's PM to visit Washington next month"],
    },
    {
        "id": "b24-042", "feed": "amber-coast", "published": "2026-04-21T12:30:00Z",
        "title": "Åland demilitarisation debate resurfaces in Helsinki",
        "summary": "A Finnish MP's call to revisit the 1921 convention that keeps the Åland Islands "
                   "demilitarised has drawn a sharp response from Russia's embassy.",
        "label": "off_topic",
        "note": "Look-alike: other islands, other treaty (Åland, Finland-Russia); nothing on Japan or the Kurils.",
        "byline": "ACD Helsinki",
        "body": [
            "A proposal by a Finnish opposition lawmaker to review the demilitarised status of the Åland Islands "
            "has reopened a debate that successive governments in Helsinki have preferred to keep closed.",
            "The archipelago between Finland and Sweden has been demilitarised under international agreements "
            "since the 19th century, most recently the 1921 Åland convention and a 1940 treaty with the Soviet "
            "Union whose obligations Russia says it inherited. Russia maintains a consulate in Mariehamn.",
            "The islands, home to about 30,000 mostly Swedish-speaking residents, were granted autonomy by the League of Nations in 1921 after a dispute between Finland and Sweden. Finland joined NATO in 2023 without changing their status.",
            "\"In the security environment of 2026, leaving Åland undefended is an invitation,\" said the MP, "
            "who wants parliament's defence committee to commission a legal study.",
            "The government said it had no plans to change Åland's status. The islands' autonomous government "
            "said demilitarisation was \"part of Åland's identity\".",
            "Russia's embassy in Helsinki warned that any attempt to \"dismantle\" the treaty regime would "
            "\"not go unanswered\".",
        ],
        "related": ["Sweden's NATO brigade reaches Finland",
                    "Tallinn port handles record container volume",
                    "Latvian president signs defence bill"],
    },
    {
        "id": "b24-043", "feed": "halden-wire", "published": "2026-05-19T08:00:00Z",
        "title": "Russian workers back at Japanese graves on Kurils after 10-month pause",
        "summary": "Sakhalin authorities have resumed cleaning pre-war Japanese cemeteries on the disputed "
                   "islands and sent Tokyo the first photographs since last July.",
        "label": "status_change", "group": "g-grave-care-resumed",
        "new_facts": ["Sakhalin authorities resumed (May 2026) the upkeep of Japanese cemeteries on the "
                      "southern Kurils that they had suspended in July 2025; new photos sent to Japan's consulate"],
        "must_mention": [["cemeter", "grave"], ["resum", "restor", "restart"]],
        "note": "Status change (suspended July 2025 -> resumed). First report of the group.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "TOKYO, May 19 (Halden) - Russian authorities have resumed looking after Japanese cemeteries on the "
            "southern Kuril Islands, ten months after suspending the work in a row over sanctions, Japanese "
            "officials said on Tuesday.",
            "The Sakhalin regional government sent photographs of cleaned burial grounds at Yuzhno-Kurilsk on "
            "Kunashir and Kurilsk on Iturup to Japan's consulate in Yuzhno-Sakhalinsk on Monday, along with a "
            "note saying the arrangement was \"restored in full\", a foreign ministry official said.",
            "Under the arrangement, agreed in 2024 at the request of former islanders, local district staff "
            "clean about a dozen pre-1945 Japanese cemeteries on Kunashir, Iturup and Shikotan at Japan's "
            "expense. Moscow halted it last July, citing new Japanese sanctions.",
            "A spokeswoman for the Sakhalin government said the decision was taken \"for humanitarian "
            "reasons, ahead of the season when the Japanese traditionally remember their ancestors\".",
            "Japan welcomed the move but said it still wanted former residents to be allowed to visit the "
            "graves themselves, which Russia has not permitted since ending visa-free travel in 2022.",
        ],
        "credit": "Reporting by the Tokyo bureau; Editing by Clare Whitby",
        "related": ["Japan's economy returns to growth in first quarter",
                    "Russia says Japan's missile plans threaten Far East",
                    "Nemuro fishermen brace for thin salmon season"],
    },
    {
        "id": "b24-046", "feed": "halden-wire", "published": "2026-06-24T21:15:00Z",
        "title": "Argentina presses Falklands claim at UN decolonisation committee",
        "summary": "Argentina's foreign minister urged Britain to resume sovereignty negotiations over the "
                   "islands; London said there was nothing to negotiate.",
        "label": "off_topic",
        "note": "Look-alike: other island dispute and a 'resume negotiations' request; not Russia-Japan.",
        "byline": "Halden staff", "kicker": "Americas",
        "body": [
            "NEW YORK, June 24 (Halden) - Argentina's foreign minister on Wednesday urged Britain to resume "
            "negotiations on the sovereignty of the Falkland Islands, which Buenos Aires calls the Malvinas, "
            "at the United Nations' annual decolonisation committee session.",
            "The committee again adopted by consensus a resolution calling on both governments to negotiate "
            "\"a peaceful and lasting solution\" to the dispute, as it has done every year for decades.",
            "Britain says the islanders' right to self-determination is not up for negotiation, pointing to a "
            "2013 referendum in which 99.8 per cent voted to remain a British overseas territory.",
            "The two countries fought a ten-week war over the islands in 1982.",
            "Argentina's government has said it wants to pursue its claim through diplomacy while expanding cooperation with Britain in other areas, including flights to the islands from the mainland and the identification of soldiers buried on the islands. British officials welcomed the cooperation but said sovereignty was \"not on the table\". The islanders' own representatives, who also addressed the committee, said they wanted Argentina to \"respect our choice\" and end what they described as economic pressure on the territory.",
        ],
        "credit": "Reporting by the UN bureau; Editing by Clare Whitby",
        "related": ["Argentina's inflation slows for sixth month",
                    "UK, Argentina agree to expand flights to islands",
                    "Chile, Argentina sign Antarctic research pact"],
    },
    {
        "id": "b24-048", "feed": "sealark-asia", "published": "2026-07-27T06:00:00Z",
        "title": "Putin's revised maritime doctrine puts Kurils among Russia's 'vital' sea areas",
        "summary": "Amendments signed on Navy Day list the Kuril Islands and their straits among areas of "
                   "vital national interest and call for a permanent Pacific Fleet presence there.",
        "label": "new_development", "group": "g-maritime-doctrine",
        "new_facts": ["Putin approved (decree of 26 July 2026) amendments to Russia's Maritime Doctrine "
                      "listing the Kuril Islands and adjacent waters/straits among areas of vital national "
                      "interest and calling for a permanent Pacific Fleet presence there"],
        "must_mention": [["doctrine"], ["kuril"]],
        "note": "New official document, first reported in English; not among the seed facts.",
        "byline": "Anton Ferreira", "kicker": "Security", "read_min": 5,
        "tags": ["Russia", "Japan", "Kuril Islands", "Navy"],
        "key_points": ["Decree signed on July 26, Russia's Navy Day",
                       "Kurils and adjacent straits added to 'vital interest' areas",
                       "Government told to ensure permanent fleet presence"],
        "body": [
            "Russian President Vladimir Putin on Sunday signed a decree amending Russia's Maritime Doctrine to "
            "name the Kuril Islands and the surrounding waters among the country's areas of \"vital national "
            "interest\", the same category the document reserves for the Arctic and the Sea of Okhotsk.",
            "The amended text, published on the official legal information portal late on Sunday, says "
            "Russia's interests in the area include \"ensuring the permanent presence of forces of the Pacific "
            "Fleet on the Kuril Islands\" and \"free and safe passage of Russian ships through the straits of "
            "the Kuril ridge\". The government is instructed to draw up an implementation plan within six months.",
            "Putin signed the decree on Navy Day, when he traditionally reviews warships in St Petersburg. He "
            "did not mention the Kurils in his short speech there.",
            "## What it changes",
            "The islands already host a motor-rifle division and coastal missile batteries. Analysts said the "
            "amendments did not in themselves commit new forces, but that writing the Kurils into a "
            "top-level strategic document made any territorial concession to Japan even harder to imagine.",
            "\"It is a legal signal as much as a military one,\" said a researcher at a Tokyo think-tank. "
            "\"Moscow is telling Tokyo that the islands are now part of its core naval strategy.\"",
            "Japan, which claims the four southernmost islands of the chain, had not responded officially by "
            "Monday morning in Tokyo.",
        ],
        "related": ["Russia's Pacific Fleet gets new corvette",
                    "China, Russia conduct joint patrol near Alaska",
                    "Explainer: What is Russia's Maritime Doctrine?"],
    },
    {
        "id": "b24-052", "feed": "pemberton-gazette", "published": "2026-09-15T09:45:00Z",
        "title": "Bears feast as sockeye pack Kamchatka's Kurile Lake",
        "summary": "Scientists counted more than four million salmon entering the Kamchatka lake this year, "
                   "one of the largest runs on record.",
        "label": "off_topic",
        "note": "Look-alike: a place named after the Kurils (Kurile Lake, Kamchatka); no dispute content.",
        "byline": "Environment desk", "kicker": "Environment",
        "body": [
            "More than four million sockeye salmon swam up the Ozernaya River into Kurile Lake in southern "
            "Kamchatka this summer, one of the biggest runs since counts began, according to scientists at the "
            "South Kamchatka nature reserve.",
            "Counting is done at a weir near the lake's outlet, where staff tally fish as they pass on their way to the spawning grounds. Part of the run is harvested commercially at the river mouth to prevent overcrowding, which can damage the next generation.",
            "The lake, a flooded volcanic caldera, is one of the most important sockeye spawning grounds in "
            "Asia and is known for its dense population of brown bears, which gather along its shores each "
            "summer. Rangers estimate that several hundred bears fed there this season.",
            "Researchers said cool ocean conditions in the North Pacific in recent years may have improved "
            "survival rates of young fish.",
            "Access to the reserve is tightly restricted. Visitors, mostly arriving by helicopter from "
            "Petropavlovsk-Kamchatsky, need permits and must be accompanied by rangers.",
            "Poaching of salmon roe remains a problem in the area, officials say, although patrols have reduced it in recent years.",
        ],
        "comments": [("wildlife_watcher", "Wonderful photographs. One for the bucket list.")],
        "related": ["Otters return to the river after 40 years",
                    "Heatwave warning issued for the weekend",
                    "Rugby: Pemberton RFC sign new fly-half"],
    },
    {
        "id": "b24-053", "feed": "halden-wire", "published": "2026-12-18T04:30:00Z",
        "title": "Japan lowers death toll estimate for Kuril Trench megaquake",
        "summary": "New government estimates say better sea walls and evacuation towers would cut deaths in "
                   "a worst-case quake off Hokkaido by a third.",
        "label": "off_topic",
        "note": "Look-alike: 'Kuril Trench' (Chishima trench) disaster estimate; nothing on the dispute or treaty.",
        "byline": "Halden staff", "kicker": "Asia Pacific",
        "body": [
            "TOKYO, Dec 18 (Halden) - A magnitude 9 earthquake along the Kuril Trench off eastern Hokkaido could "
            "kill up to 66,000 people in a worst-case winter night scenario, Japan's Cabinet Office said on "
            "Friday, about a third fewer than its previous estimate.",
            "The panel attributed the lower figure to sea walls, evacuation towers and drills built and held "
            "along the Pacific coast of Hokkaido since the last estimate in 2021.",
            "Tsunami waves higher than 20 metres could still reach parts of the coast around Kushiro and "
            "Nemuro within half an hour, the report said.",
            "The government plans to revise its basic disaster plan for the Japan and Kuril trenches next year.",
            "Local governments in eastern Hokkaido welcomed the lower figure but said the new estimate still showed that many residents would have little time to escape. The mayor of one coastal town said his priority was heated shelters, since a quake in midwinter would leave evacuees exposed to temperatures well below freezing. The Kuril Trench runs along the Pacific seabed off Hokkaido and the Kuril Islands. Historical records and sediment deposits suggest it produces very large earthquakes every few hundred years.",
        ],
        "credit": "Reporting by the Tokyo bureau; Editing by Hugh Lomas",
        "related": ["Japan's household spending falls",
                    "Snowstorm disrupts flights in northern Japan",
                    "Bank of Japan holds rates steady"],
    },
    # ------------------------------------------------------------------ 2027
    {
        "id": "b24-054", "feed": "pemberton-gazette", "published": "2027-02-07T09:05:00Z",
        "title": "Former islanders rally in Tokyo as Northern Territories Day comes round again",
        "summary": "The prime minister told the annual rally that Japan would not give up its goal of "
                   "settling the territorial issue and concluding a peace treaty with Russia.",
        "label": "restatement",
        "note": "Occasion piece (annual Northern Territories Day rally): restates Japan's aim of a treaty "
                "(seed 002) and wish for grave visits (seed 001). No new fact.",
        "byline": "Our Tokyo correspondent", "kicker": "Asia",
        "body": [
            "Several hundred people, many of them former residents of four islands off Hokkaido and their "
            "descendants, gathered in Tokyo on Sunday for the annual rally calling for the return of what Japan "
            "calls the Northern Territories.",
            "The prime minister told the meeting that the government would \"persistently\" pursue its policy "
            "of resolving the territorial issue and concluding a peace treaty with Russia, even though "
            "relations were \"in a severe situation due to Russia's aggression against Ukraine\".",
            "\"Resuming grave visits remains one of our highest priorities,\" the prime minister said, "
            "acknowledging that such visits had not been possible for five summers.",
            "A former resident of Shikotan, now 91, told the audience that she still remembered the smell of "
            "the kelp drying on the beach in the summer of 1945. \"I only want to stand at my parents' grave "
            "once more,\" she said.",
            "The rally is held each year on Feb 7, the date in 1855 when Japan and Russia signed the Treaty of "
            "Shimoda, which placed the boundary between Iturup and Urup.",
            "Russia, which calls the islands the southern Kurils, says its sovereignty over them is beyond question.",
        ],
        "comments": [("GrahamW", "I had no idea this dispute was still going. Thanks for the explainer.")],
        "related": ["Town hall consultation on parking charges",
                    "Tokyo marathon route unveiled",
                    "Obituary: retired headmaster who ran school for 30 years"],
    },
    {
        "id": "b24-055", "feed": "sealark-asia", "published": "2027-03-21T02:45:00Z",
        "title": "Five years after Moscow walked out, the Kuril dispute is frozen in place",
        "summary": "Since March 2022 there have been no treaty talks, no visa-free visits and a steady drip of "
                   "symbolic gestures on both sides. A look back.",
        "label": "restatement",
        "note": "Anniversary/background piece: restates seeds 000/001/003/004 and earlier corpus developments "
                "(returned notes 2024, Lithuanian resolution 2025, grave-care halt and resumption, maritime "
                "doctrine 2026). Nothing new.",
        "byline": "Kenji Morioka", "kicker": "Analysis", "read_min": 9,
        "tags": ["Japan", "Russia", "Kuril Islands", "Analysis"],
        "body": [
            "Five years ago today Russia's foreign ministry published a short statement that ended more than "
            "half a century of on-and-off negotiations with Japan. Moscow said it would not continue talks on a "
            "peace treaty with a state that had taken \"openly unfriendly positions\", would end visa-free "
            "trips to the islands, and would quit a dialogue on joint economic activity there.",
            "Not one of those decisions has been reversed.",
            "## Five years of gestures",
            "What has happened since is mostly symbolic. In 2024 Moscow began returning Japanese protest notes "
            "about the islands unread. In 2025 Lithuania's parliament recognised the islands as Japanese "
            "territory, prompting a Russian protest. Last summer Russia wrote the Kurils into its Maritime "
            "Doctrine as an area of vital national interest.",
            "The only practical channel has been a modest humanitarian one: Russian local staff cleaning "
            "Japanese graves on the islands and sending photographs to Tokyo. Even that was suspended for ten "
            "months in 2025-26 before being restored.",
            "## Positions unchanged",
            "Tokyo still says it wants to resolve the territorial issue and sign a treaty. Moscow still says "
            "its sovereignty is beyond question and that talks are impossible while sanctions remain. "
            "Officials on both sides, asked about the anniversary, offered statements that could have been "
            "written in 2022.",
            "The former residents, meanwhile, are running out of time. Their average age is now close to 90, "
            "and fewer than 5,000 are still alive.",
        ],
        "related": ["Japan's new defence minister visits Hokkaido",
                    "Russia's Far East: the population keeps shrinking",
                    "Timeline: Russia-Japan relations since 1945"],
    },
    {
        "id": "b24-057", "feed": "halden-wire", "published": "2027-06-08T13:20:00Z",
        "title": "Lavrov: Russia ready to talk to Japan 'when Tokyo changes course'",
        "summary": "Russia's foreign minister said Moscow would be willing to return to a dialogue on a "
                   "peace treaty only if Japan dropped its 'hostile' policy.",
        "label": "restatement",
        "note": "Conditional move ('would return if Tokyo changes course'): restates seed 004 (key condition: "
                "Tokyo's refusal of hostile policy; talks impossible). No decision.",
        "byline": "Halden staff", "kicker": "Europe",
        "body": [
            "MOSCOW, June 8 (Halden) - Russia would be prepared to return to discussing a peace treaty with "
            "Japan if Tokyo abandoned what Moscow calls its hostile policy, Foreign Minister Sergei Lavrov said "
            "on Tuesday, though he added that he saw no sign of such a change.",
            "\"The day Tokyo decides to return to normal, respectful relations, stops following Washington's "
            "line and lifts its illegal sanctions, we will be ready to talk. Everything depends on them,\" "
            "Lavrov told a news conference after talks with a visiting Asian counterpart.",
            "He said Russia's sovereignty over the southern Kurils, which Japan claims, \"is not a subject of "
            "any negotiation\".",
            "Japan's foreign ministry said it had \"no comment on each remark\" but that its policy of resolving "
            "the territorial issue and concluding a peace treaty was unchanged.",
            "Moscow suspended the treaty talks in March 2022 after Japan joined Western sanctions against Russia "
            "over Ukraine.",
            "Lavrov has made similar remarks at least twice in the past year.",
        ],
        "credit": "Reporting by the Moscow bureau; Editing by Alison Marsh",
        "related": ["Russia's central bank holds key rate",
                    "Lavrov to visit Pyongyang",
                    "Japan, EU agree on critical minerals cooperation"],
    },
]
