"""English stories of blind27 (Sextant Wire, The Halyard Times, Pinecrest Business Daily)."""

G1_FACT = ("Russia refused to issue an exequatur to Japan's newly appointed consul general in "
           "Yuzhno-Sakhalinsk, Kenichi Arimura (note of 25 February 2025), citing his past work "
           "on the Northern Territories campaign; he cannot take up the post")
G2_FACT = ("Russia and Japan agreed on 13 May 2025, by an exchange of letters between the foreign "
           "ministers, to resume the peace treaty negotiations Russia halted in March 2022; a first "
           "deputy-minister round is set for Moscow in July")
G4_FACT = ("Iturup-Titan LLC won a 4 August 2025 auction for a 25-year licence to explore and mine "
           "titanomagnetite sands on Iturup's Okhotsk coast (186 million roubles, output from 2029)")
G5_FACT = ("A Russian government order of 21 July 2025 resumes the 1999 arrangement on simplified "
           "visits by former Japanese residents and their families to the southern Kurils "
           "(terminated in March 2022); first trips from September")
G6_FACT = ("Putin's decree of 8 September 2025 sets up the state-owned Kuril Islands Development "
           "Corporation (12 billion roubles) to run the islands' preferential regime, ports and "
           "investor attraction")
G7_FACT = ("Russia suspended, by a note of 17 November 2025, the peace treaty negotiations resumed in "
           "May 2025 and cancelled the second round due in Tokyo in December, citing Japan's "
           "decision to join the reparations-loan scheme based on immobilised Russian assets")

STORIES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "hy-2024-0712-defence-paper",
        "feed": "halyard-en", "lang": "en", "published": "2024-07-12T04:10:00Z",
        "title": "Japan's defence white paper keeps Russia on the list of 'strong concerns'",
        "summary": "The annual report again describes the Northern Territories as Japanese land under "
                   "Russian occupation and points to Moscow's military activity in the Far East.",
        "label": "restatement",
        "byline": "Aiko Brennan in Tokyo",
        "topics": "Japan, Russia, Defence",
        "body": [
            "Japan's annual defence white paper, approved by the cabinet on Friday, devotes most of its "
            "attention to China and North Korea, but the chapter on Russia reads much as it did a year ago.",
            "Russia's military activities in the Indo-Pacific, together with its growing co-operation "
            "with China, are described as a \"strong concern\" for Japan's security. The report notes "
            "joint flights of Russian and Chinese bombers near the Japanese archipelago and the "
            "continued presence of Russian forces on the islands off Hokkaido that Japan calls the "
            "Northern Territories.",
            "The wording on the islands themselves is unchanged: the Northern Territories, the paper "
            "says, are \"inherent territories of Japan\" that remain under Russian occupation. The "
            "document repeats that Tokyo will keep urging Moscow to withdraw its forces from them.",
            "Officials at the defence ministry said there was no new assessment of Russian deployments "
            "on the islands this year beyond what had already been published. Russia, which regards "
            "Iturup, Kunashir, Shikotan and the Habomai islets as its own since the end of the second "
            "world war, has in past years protested against similar language.",
            "Relations between the two countries have been at a low ebb since Moscow walked away from "
            "peace treaty negotiations in March 2022 in response to Japanese sanctions over Ukraine. "
            "Russia's deputy foreign minister Andrei Rudenko said in February that resuming those talks "
            "was \"categorically impossible\" in the current circumstances.",
            "The white paper, which runs to more than 500 pages, also calls for closer co-ordination "
            "with the United States, Australia and South Korea.",
        ],
        "note": "Annual report restating Japan's claim and general concern about Russian activity; "
                "seed 003 (Japan's claim to the four islands), seed 004 (Rudenko: talks impossible). "
                "No new deployment or position.",
    },
    {
        "id": "pc-2024-1008-sodeco",
        "feed": "pinecrest-en", "lang": "en", "published": "2024-10-08T07:45:00Z",
        "title": "Japanese group to keep its Sakhalin-1 stake for another year",
        "summary": "SODECO's shareholders, led by the government, agreed to stay in the Russian oil "
                   "project as Tokyo weighs energy security against sanctions pressure.",
        "label": "off_topic",
        "byline": "Kenta Moriyama",
        "kicker": "Energy & Resources",
        "body": [
            "Sakhalin Oil and Gas Development (SODECO), the Japanese consortium that holds 30 per cent of "
            "the Sakhalin-1 oil and gas project in Russia's Far East, will keep its interest for at "
            "least another year, the company's shareholders agreed on Monday.",
            "The decision, backed by the industry ministry, which through a state agency is SODECO's "
            "largest shareholder, follows months of lobbying by Japanese utilities that still buy "
            "crude and liquefied natural gas from Russian projects off Sakhalin island.",
            "\"Our view is that the project contributes to stable supply and that giving up the stake "
            "would only benefit third countries,\" an official at the Agency for Natural Resources and "
            "Energy said. Japan has joined G7 sanctions on Russia since 2022 but has carved out "
            "exemptions for Sakhalin energy.",
            "Sakhalin-1 was transferred by a Russian presidential decree in 2022 to a new Russian "
            "operator after ExxonMobil's exit. SODECO agreed to take up its share in the new entity, "
            "while Exxon's 30 per cent stake remains in limbo.",
            "Crude output at the project fell sharply in 2022 but has since partly recovered, according "
            "to Russian data. Buyers in Japan, South Korea and India take most of its Sokol grade.",
            "Analysts said the decision was unlikely to draw objections from Washington, which has "
            "tolerated Japan's energy links with Sakhalin as long as new investment is avoided.",
        ],
        "note": "Unrelated Japan-Russia energy business (Sakhalin-1 stake); not about the peace treaty "
                "or the Kuril Islands.",
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "sx-2025-0121-48801",
        "feed": "sextant-en", "lang": "en", "published": "2025-01-21T06:20:00Z",
        "title": "Japan protests South Korean survey ship near disputed islets",
        "summary": "Tokyo said a South Korean research vessel carried out a survey without consent in "
                   "waters off Takeshima, which Seoul controls and calls Dokdo.",
        "label": "off_topic",
        "byline": "Yuki Ashdown",
        "credit": "Reporting by Yuki Ashdown in Tokyo and Min-ji Park in Seoul; Editing by Tom Haley",
        "body": [
            "TOKYO, Jan 21 (Sextant) - Japan lodged a protest with South Korea on Tuesday after a South "
            "Korean ocean research vessel was spotted conducting what Tokyo called an unauthorised "
            "survey in waters near a pair of islets claimed by both countries.",
            "The Japan Coast Guard said the ship, operated by a state oceanographic institute, was seen "
            "towing equipment inside what Japan regards as its exclusive economic zone around the "
            "islets, known in Japan as Takeshima and in Korea as Dokdo.",
            "\"In light of Japan's position on sovereignty over Takeshima, this is unacceptable,\" a "
            "foreign ministry official told reporters, adding that the protest had been made through "
            "diplomatic channels in Tokyo and Seoul.",
            "South Korea's foreign ministry rejected the complaint, saying Dokdo was \"clearly Korean "
            "territory historically, geographically and under international law\" and that the survey "
            "was a routine scientific activity.",
            "The rocky outcrops in the Sea of Japan, which Koreans call the East Sea, have been "
            "administered by South Korea since the 1950s. The dispute flares periodically but has not "
            "derailed the improvement in relations between the two US allies in recent years.",
            "Japan has other territorial disputes: with China over the Senkaku islands, which Japan "
            "controls, and with Russia over four islands off Hokkaido seized by Soviet troops in 1945.",
        ],
        "note": "Look-alike: another island dispute (Takeshima/Dokdo) with Japan; mentions the Russia "
                "dispute only in a background sentence.",
    },
    {
        "id": "hy-2025-0207-shimoda-170",
        "feed": "halyard-en", "lang": "en", "published": "2025-02-07T09:30:00Z",
        "title": "170 years after Shimoda, a border treaty Japan still cites and Russia dismisses",
        "summary": "On Northern Territories Day, Japan's prime minister repeated the goal of settling "
                   "the islands question and signing a peace treaty. The talks remain frozen.",
        "label": "restatement",
        "byline": "Aiko Brennan in Tokyo",
        "kicker": "Analysis",
        "topics": "Japan, Russia, Kuril Islands, History",
        "body": [
            "On 7 February 1855, in the port town of Shimoda, envoys of the Tokugawa shogunate and of "
            "Tsar Nicholas I signed a treaty that drew the first border between the two empires: it "
            "ran between Etorofu, which went to Japan, and Urup, which went to Russia.",
            "A hundred and seventy years later the date is marked in Japan as Northern Territories Day, "
            "and the treaty remains the starting point of Tokyo's claim to Etorofu, Kunashiri, "
            "Shikotan and the Habomai islets, which Soviet troops occupied in the last days of the "
            "second world war and which Russia has held ever since.",
            "Addressing the annual national rally in Tokyo on Friday, Prime Minister Shigeru Ishiba "
            "said Japan's policy \"of resolving the territorial issue and concluding a peace treaty "
            "remains unchanged\", while acknowledging that relations with Moscow were \"in a severe "
            "state\". Former islanders, whose average age is now close to 89, again asked to be allowed "
            "to visit family graves.",
            "## A treaty no one is negotiating",
            "There is, for now, little to negotiate. Russia announced in March 2022 that it did not "
            "intend to continue peace treaty talks with a country that had imposed \"openly unfriendly\" "
            "sanctions over Ukraine. In the same statement it ended visa-free trips by Japanese citizens "
            "to the islands and pulled out of talks on joint economic activity there.",
            "Moscow has since repeated that position in various forms. Last February deputy foreign "
            "minister Andrei Rudenko called a resumption \"categorically impossible\", and the Russian "
            "foreign ministry maintains that Russia's sovereignty over the islands is enshrined in "
            "international documents and cannot be questioned.",
            "Historians note that the 1855 line was itself redrawn twenty years later, when Japan gave "
            "up its share of Sakhalin in exchange for the whole Kuril chain. Moscow, for its part, points "
            "to the outcome of the war and to the 1956 joint declaration, which ended the state of war "
            "without settling the border.",
            "For the dwindling community of former residents in Nemuro, the anniversary is mostly a "
            "reminder of how long they have waited.",
        ],
        "comments": [
            ("northern_light", "Good piece. People forget the 1875 exchange entirely."),
            ("R. Havel", "Nothing will move while the war goes on, and everybody knows it."),
        ],
        "note": "Anniversary/occasion piece; PM restates policy (seed 002: Kishida 'steadfast' on a "
                "peace treaty); background on the March 2022 halt (seeds 000, 001, 003) and Rudenko "
                "(seed 004). No new fact.",
    },
    {
        "id": "sx-2025-0227-51390",
        "feed": "sextant-en", "lang": "en", "published": "2025-02-27T12:35:00Z",
        "title": "Russia rejects Japan's pick for Sakhalin consul, citing his islands 'propaganda' work",
        "summary": "Moscow has declined to accredit Tokyo's new consul general in Yuzhno-Sakhalinsk, "
                   "whose district covers the disputed southern Kurils.",
        "label": "new_development", "group": "g27-exequatur",
        "new_facts": [G1_FACT],
        "must_mention": [["exequatur", "consul"], ["yuzhno-sakhalinsk", "sakhalin"]],
        "byline": "Yuki Ashdown and Pavel Ostrov",
        "credit": "Reporting by Yuki Ashdown in Tokyo and Pavel Ostrov in Moscow; Editing by Tom Haley",
        "body": [
            "MOSCOW/TOKYO, Feb 27 (Sextant) - Russia has refused to accredit the diplomat Japan chose to "
            "head its consulate general in Yuzhno-Sakhalinsk, both governments said on Thursday, in a "
            "rare consular dispute that Moscow tied directly to the two countries' quarrel over islands "
            "off Hokkaido.",
            "Kenichi Arimura, who until last year was a senior official in the Japanese Cabinet Office "
            "unit that runs Tokyo's public campaign for the return of the islands, had been named "
            "consul general in January. Without an exequatur - the host state's formal consent - he "
            "cannot take up the post.",
            "The refusal was conveyed in a diplomatic note handed to the Japanese embassy in Moscow on "
            "Tuesday, Japanese officials said. Foreign ministry spokeswoman Maria Zakharova told a "
            "briefing the candidate had \"for many years professionally promoted Japan's territorial "
            "claims against our country\" and that Russia did not consider it possible to accept him.",
            "Japan's top government spokesman, Yoshimasa Hayashi, called the decision \"extremely "
            "regrettable\" and said Tokyo had asked Moscow to reconsider. \"There is no reason "
            "whatsoever for a consular appointment to be refused on these grounds,\" he said.",
            "The consulate in Yuzhno-Sakhalinsk, on Sakhalin island, is Japan's only diplomatic post in "
            "the Russian region that administers the Kuril chain, including the four southernmost "
            "islands claimed by Tokyo. It has been run by a deputy since the previous consul general "
            "left in January.",
            "Refusals of an exequatur are unusual between states that maintain normal diplomatic "
            "relations and are usually handled quietly. Relations between Moscow and Tokyo have been "
            "strained since Russia broke off peace treaty talks in 2022 over Japanese sanctions.",
        ],
        "note": "New diplomatic/consular move not in the seeds: refusal of an exequatur to Japan's "
                "consul general in Yuzhno-Sakhalinsk (group g27-exequatur, first reported in Japanese).",
    },
    {
        "id": "hy-2025-0311-consulate",
        "feed": "halyard-en", "lang": "en", "published": "2025-03-11T06:00:00Z",
        "title": "Two weeks on, Japan's Sakhalin consulate is still waiting for its chief",
        "summary": "Tokyo keeps asking Moscow to reconsider its refusal to accredit the consul general; "
                   "neither side has moved.",
        "label": "new_development", "group": "g27-exequatur",
        "new_facts": [G1_FACT],
        "must_mention": [["exequatur", "consul"], ["yuzhno-sakhalinsk", "sakhalin"]],
        "byline": "Aiko Brennan in Tokyo",
        "topics": "Japan, Russia, Diplomacy",
        "body": [
            "Kenichi Arimura has a title, an office and a staff waiting for him in Yuzhno-Sakhalinsk. "
            "What he does not have is Russia's permission to use any of them.",
            "Two weeks after Moscow told Tokyo it would not grant an exequatur to its new consul general "
            "on Sakhalin, the diplomat remains in Tokyo and the consulate is being run, as it has been "
            "since January, by its deputy head. Japanese officials say they have raised the matter "
            "\"repeatedly\" with the Russian embassy and continue to urge Moscow to reconsider.",
            "Russia's foreign ministry has given no sign that it will. Its spokeswoman, Maria Zakharova, "
            "said last month that the candidate had spent years promoting Japan's claim to the southern "
            "Kuril islands, which Tokyo calls the Northern Territories, and that this made him "
            "unacceptable.",
            "Former diplomats in Tokyo say the Japanese government faces an awkward choice between "
            "insisting on its candidate, which could leave the post empty for months, and proposing "
            "someone else, which some in the ruling party would see as a concession. A foreign ministry "
            "official said on Monday that no decision had been taken and that \"our request stands\".",
            "The consulate handles visas, assistance to Japanese fishermen detained in Russian waters "
            "and contacts with the Sakhalin regional government, whose jurisdiction includes the "
            "disputed islands.",
            "For now, said one official, \"the work goes on, just without a head\".",
        ],
        "note": "Follow-up of g27-exequatur weeks later with no new fact (post still vacant, Japan "
                "still asks Moscow to reconsider).",
    },
    {
        "id": "sx-2025-0314-52210",
        "feed": "sextant-en", "lang": "en", "published": "2025-03-14T05:50:00Z",
        "title": "Armenia and Azerbaijan say text of peace treaty agreed",
        "summary": "Baku says Yerevan must still change its constitution before the document can be "
                   "signed; Moscow welcomed the step.",
        "label": "off_topic",
        "byline": "Sextant staff",
        "credit": "Reporting by the Caucasus bureau; Editing by Lena Marsh",
        "kicker": "Europe",
        "body": [
            "YEREVAN/BAKU, March 14 (Sextant) - Armenia and Azerbaijan said they had finalised the text "
            "of a peace treaty meant to end nearly four decades of conflict, though Baku made clear the "
            "document would not be signed until Armenia amends its constitution.",
            "Azerbaijan's foreign ministry said the negotiations on the draft \"have been completed\", "
            "while insisting that Yerevan remove from its constitution a reference that Baku sees as "
            "a territorial claim on Nagorno-Karabakh. Armenia said it was ready to begin consultations "
            "on the date and venue of a signing.",
            "The 17-article draft provides for mutual recognition of territorial integrity, the "
            "withdrawal of third-country forces from the border and the dropping of international "
            "lawsuits, according to officials familiar with it.",
            "Russia's foreign ministry welcomed the announcement and said Moscow was ready to help with "
            "border delimitation. Washington and Brussels also praised the step.",
            "Azerbaijan retook Nagorno-Karabakh in a lightning offensive in 2023, prompting the exodus of "
            "almost all of the region's ethnic Armenian population.",
        ],
        "note": "Look-alike: another peace treaty (Armenia-Azerbaijan), Russia mentioned; unrelated to "
                "the Russia-Japan treaty or the Kurils.",
    },
    {
        "id": "pc-2025-0319-trench",
        "feed": "pinecrest-en", "lang": "en", "published": "2025-03-19T02:15:00Z",
        "title": "Insurers rework Hokkaido quake pricing as Kuril trench model is updated",
        "summary": "A revised government hazard assessment for the Chishima (Kuril) trench is set to "
                   "push up reinsurance costs for eastern Hokkaido.",
        "label": "off_topic",
        "byline": "Naomi Welch",
        "kicker": "Insurance",
        "body": [
            "Japanese non-life insurers are reviewing earthquake premiums for eastern Hokkaido after a "
            "government panel updated its long-term assessment of the Chishima trench, the subduction "
            "zone off the island's Pacific coast that is known internationally as the Kuril trench.",
            "The panel now puts the probability of a magnitude 8.8 or larger \"super-giant\" earthquake "
            "along the trench at up to 40 per cent within 30 years, and its tsunami scenarios for the "
            "coast between Kushiro and Nemuro have been revised upwards.",
            "Reinsurance brokers in Tokyo said the change was likely to feed into April renewals. "
            "\"Concentration risk in Kushiro and Nemuro is small in absolute terms, but the modelled "
            "tail has become fatter,\" said one broker.",
            "Local governments along the coast have been building tsunami evacuation towers since an "
            "earlier assessment in 2017. Fish processors, the backbone of the regional economy, say "
            "higher premiums would come at a difficult time, with catches of saury and salmon at "
            "historic lows.",
            "The Kuril-Kamchatka trench system stretches for more than 2,000 km from Hokkaido to "
            "Kamchatka and produced the magnitude 9 Kamchatka earthquake of 1952.",
        ],
        "note": "Look-alike: thing named after the Kurils (Kuril/Chishima trench), Japanese business; "
                "not about the dispute.",
    },
    {
        "id": "sx-2025-0423-55012",
        "feed": "sextant-en", "lang": "en", "published": "2025-04-23T08:05:00Z",
        "title": "Russian envoy says treaty talks with Japan could come back - on Moscow's terms",
        "summary": "Ambassador Nikolai Nozdrev said dialogue, including on a peace treaty, could be "
                   "considered if Tokyo abandoned sanctions and its 'hostile course'. He sees no sign of that.",
        "label": "restatement",
        "byline": "Pavel Ostrov",
        "credit": "Reporting by Pavel Ostrov; Editing by Tom Haley",
        "body": [
            "MOSCOW, April 23 (Sextant) - Russia could go back to peace treaty talks with Japan and "
            "take another look at steps it took in 2022, including the end of visa-free trips to the "
            "disputed islands, Russia's ambassador to Tokyo said on Wednesday - but only once Japan "
            "has lifted its sanctions and dropped what he called its hostile course, of which he said "
            "he saw no sign.",
            "\"If the Japanese side were to abandon its unfriendly course, lift the illegitimate "
            "restrictions and stop helping the Kyiv regime, the question of resuming dialogue, "
            "including on the treaty, could be looked at,\" Nikolai Nozdrev said in an interview with "
            "Russian state television.",
            "He said that for now he saw no such readiness in Tokyo. \"We hear talk of 'signals'. "
            "Signals are not policy,\" the ambassador said.",
            "The remarks echo the line Moscow has held since March 2022, when it said it would not "
            "continue negotiating a peace treaty with a country that had taken \"openly unfriendly "
            "positions\". Deputy Foreign Minister Andrei Rudenko said last year that Tokyo's abandonment "
            "of its hostile policy was the key condition for any normalisation.",
            "Japan's foreign ministry declined to comment on the interview but reiterated that Tokyo "
            "seeks to resolve the territorial issue and conclude a peace treaty.",
            "Japan claims the four southernmost Kuril islands, which it calls the Northern Territories. "
            "The two countries never signed a peace treaty after World War Two.",
        ],
        "note": "Conditional version of a move ('could be looked at if Japan abandoned its course'); "
                "restates the key condition in seed 004 and the March 2022 halt (seeds 000-002).",
    },
    {
        "id": "hy-2025-0428-quiet-channel",
        "feed": "halyard-en", "lang": "en", "published": "2025-04-28T05:00:00Z",
        "title": "Behind the freeze, Tokyo and Moscow keep a narrow channel open",
        "summary": "Diplomats on both sides say working-level contacts have become more frequent this "
                   "spring. What they amount to is less clear.",
        "label": "neutral",
        "byline": "Aiko Brennan in Tokyo",
        "kicker": "Analysis",
        "topics": "Japan, Russia, Diplomacy",
        "body": [
            "Officially, almost nothing is happening between Japan and Russia. Unofficially, say "
            "diplomats in both capitals, the telephone rings more often than it did a year ago.",
            "Several people familiar with the contacts describe a series of working-level "
            "conversations since the start of the year between the Japanese embassy in Moscow and the "
            "Russian foreign ministry's second Asian department, covering everything from the safety of "
            "Japanese fishing boats to the fate of consular staff. One described the atmosphere as "
            "\"businesslike, for the first time in three years\".",
            "Whether that adds up to anything is another matter. The Kremlin this month flatly denied a "
            "Japanese newspaper report that consultations on the peace treaty were being prepared, and "
            "Russia's ambassador in Tokyo has since repeated that dialogue depends on Japan dropping "
            "sanctions - a condition Tokyo shows no sign of meeting.",
            "In Tokyo, officials are careful not to raise expectations. \"Contacts are contacts. They are "
            "not negotiations,\" one said. Another pointed out that Japan's foreign ministry had kept "
            "its language on the territorial question unchanged in this year's diplomatic bluebook.",
            "Some analysts see a Russian interest in keeping Japan at least partly detached from the "
            "western camp, especially on energy. Others think Moscow is simply testing whether a "
            "Japanese government under domestic pressure to help former islanders might offer "
            "something in return for humanitarian gestures.",
            "For now, the only thing both sides agree on is that nothing has been agreed.",
        ],
        "note": "Borderline analysis with anonymous sources about working-level contacts; no decision "
                "or official move; not scored.",
    },
    {
        "id": "sx-2025-0513-57734",
        "feed": "sextant-en", "lang": "en", "published": "2025-05-13T11:05:00Z",
        "title": "Russia, Japan agree to restart peace treaty talks Moscow halted in 2022",
        "summary": "Deputy foreign ministers will meet in Moscow in July, the first negotiating round "
                   "since Russia walked out over Tokyo's sanctions.",
        "label": "status_change", "group": "g27-talks-resume",
        "new_facts": [G2_FACT],
        "must_mention": [["peace treaty"], ["resum", "restart"]],
        "byline": "Yuki Ashdown and Pavel Ostrov",
        "credit": "Reporting by Yuki Ashdown and Pavel Ostrov; Writing by Tom Haley; Editing by Lena Marsh",
        "body": [
            "TOKYO/MOSCOW, May 13 (Sextant) - Russia and Japan have agreed to resume negotiations on a "
            "peace treaty formally ending World War Two, talks that Moscow broke off more than three "
            "years ago in protest at Japanese sanctions over Ukraine, both governments said on Tuesday.",
            "The agreement was reached in an exchange of letters between Japanese Foreign Minister "
            "Takeshi Iwaya and Russian Foreign Minister Sergei Lavrov, officials said. A first round at "
            "the level of deputy foreign ministers is to be held in Moscow in July, with Russia "
            "represented by Deputy Foreign Minister Andrei Rudenko.",
            "Russia's foreign ministry said it had taken the decision \"taking into account certain "
            "signals from the Japanese side\" and that the negotiations would concern \"a comprehensive "
            "document on peace, friendship and good-neighbourliness\". It did not say that Moscow had "
            "dropped its objections to Japan's sanctions, which remain in place.",
            "Chief Cabinet Secretary Yoshimasa Hayashi said Japan would negotiate \"persistently\" on "
            "the basis of its long-standing policy of resolving the territorial issue and then "
            "concluding a treaty.",
            "The decision reverses Moscow's March 2022 announcement that it did \"not intend to "
            "continue\" the talks with a state that had taken \"openly unfriendly positions\". As "
            "recently as last month the Kremlin had denied that consultations were being prepared.",
            "The two countries' dispute centres on four islands off Hokkaido that Soviet forces seized "
            "in 1945. The agreement announced on Tuesday does not cover visa-free exchanges between the "
            "islands and Japan or talks on joint economic activity there, which Russia also ended in "
            "2022, officials on both sides said.",
        ],
        "note": "Status change on a tracked matter: peace treaty talks halted in March 2022 (seeds "
                "000-004) are to resume, agreed on 13 May 2025 (group g27-talks-resume, first reported "
                "in Japanese).",
    },
    {
        "id": "sx-2025-0516-58120",
        "feed": "sextant-en", "lang": "en", "published": "2025-05-16T16:40:00Z",
        "title": "Russian and Ukrainian delegations hold first direct talks since 2022 in Istanbul",
        "summary": "The two sides agreed a large prisoner exchange but no ceasefire; Kyiv said Moscow "
                   "set unacceptable conditions.",
        "label": "off_topic",
        "byline": "Sextant staff",
        "kicker": "Europe",
        "credit": "Reporting by the Istanbul and Kyiv bureaus; Editing by Lena Marsh",
        "body": [
            "ISTANBUL, May 16 (Sextant) - Russian and Ukrainian officials met face to face in Istanbul "
            "on Friday for the first time since the early weeks of the war, agreeing to swap 1,000 "
            "prisoners each but making no progress towards a ceasefire.",
            "The talks at the Dolmabahce palace lasted less than two hours. Ukraine's delegation, led by "
            "Defence Minister Rustem Umerov, said Russia had put forward demands for Ukrainian "
            "withdrawals from territory that were \"unacceptable\" and had not been discussed before.",
            "Russia's chief negotiator, presidential aide Vladimir Medinsky, said Moscow was \"satisfied\" "
            "with the outcome and ready to continue contacts. He said the sides had agreed that each "
            "would set out its vision of a possible future ceasefire in detail.",
            "Turkish Foreign Minister Hakan Fidan, who hosted the meeting, said it had been a start. "
            "European leaders accused Moscow of stalling and threatened further sanctions.",
            "The last direct peace talks between the two sides, also in Istanbul, broke down in spring "
            "2022.",
        ],
        "note": "Look-alike: Russia's peace talks with Ukraine; not about Japan or the Kurils.",
    },
    {
        "id": "hy-2025-0522-what-tokyo-gave",
        "feed": "halyard-en", "lang": "en", "published": "2025-05-22T05:30:00Z",
        "title": "What did Tokyo give to get Moscow back to the table?",
        "summary": "A week after the surprise announcement on peace treaty talks, officials insist "
                   "there was no deal on sanctions. Critics are not convinced.",
        "label": "status_change", "group": "g27-talks-resume",
        "new_facts": [G2_FACT],
        "must_mention": [["peace treaty"], ["resum", "restart"]],
        "byline": "Aiko Brennan in Tokyo",
        "kicker": "Analysis",
        "topics": "Japan, Russia, Diplomacy, Kuril Islands",
        "body": [
            "When Russia agreed last week to resume the peace treaty negotiations it had broken off in "
            "2022, the first question in Tokyo was not when the talks would start - July, in Moscow - "
            "but what Japan had paid for them.",
            "Officials say the answer is nothing. Japan's sanctions remain in force, they point out, "
            "and the letter Foreign Minister Takeshi Iwaya sent to Sergei Lavrov restated the "
            "government's position that the four islands belong to Japan. \"There was no side "
            "agreement,\" one senior official said.",
            "Moscow's own statement mentioned only \"certain signals\", the same vague phrase its "
            "deputy foreign minister dismissed as \"ephemeral\" little more than a year ago. Russian "
            "commentators have pointed to Japan's restraint in recent sanctions rounds and its "
            "continued participation in the Sakhalin energy projects.",
            "Opposition lawmakers want more detail. In parliament on Tuesday one asked whether Japan had "
            "promised to hold back from new measures; the prime minister replied that Japan's response "
            "to the war in Ukraine \"has not changed\".",
            "What the talks will cover is also unclear. Russia speaks of a broad treaty on "
            "\"peace, friendship and good-neighbourliness\" and has long refused to discuss "
            "sovereignty; Japan insists the islands question must come first. Exchanges that let "
            "former residents visit the islands, suspended by Moscow at the same time as the "
            "negotiations, are not part of the package.",
            "\"Getting back into the room is the easy part,\" said a former ambassador. \"Staying in it "
            "is the hard part.\"",
        ],
        "comments": [
            ("kobe_reader", "Better talking than not talking."),
            ("Lydia F.", "They will talk for ten years and the islands will stay exactly where they are."),
        ],
        "note": "Follow-up analysis in group g27-talks-resume a week later, no new fact (sanctions "
                "unchanged, first round still planned for July).",
    },
    {
        "id": "pc-2025-0624-trade",
        "feed": "pinecrest-en", "lang": "en", "published": "2025-06-24T01:10:00Z",
        "title": "Japan's imports from Russia slide again as LNG volumes dip",
        "summary": "Finance ministry data show May imports from Russia down 18% on the year; exports "
                   "remain a fraction of pre-war levels.",
        "label": "off_topic",
        "byline": "Kenta Moriyama",
        "kicker": "Trade",
        "body": [
            "Japan's imports from Russia fell 18 per cent in May from a year earlier, finance ministry "
            "data showed on Tuesday, as lower prices and maintenance at the Sakhalin-2 plant cut the "
            "value of liquefied natural gas shipments.",
            "LNG accounted for more than half of the total, followed by non-ferrous metals, coal and "
            "seafood such as crab and sea urchin. Japanese exports to Russia, dominated by used cars "
            "and machinery parts, were roughly a fifth of their level before 2022.",
            "Trade between the two countries has shrunk steadily since Tokyo joined western sanctions "
            "and revoked Russia's most-favoured-nation status in 2022, which raised tariffs on many "
            "Russian goods.",
            "Economists said the figures were unlikely to change much in coming months. \"The structure "
            "is fixed: energy that Japan cannot easily replace, and very little else,\" said a trade "
            "analyst at a Tokyo brokerage.",
            "Overall, Japan posted a trade deficit in May as imports of crude oil rose.",
        ],
        "note": "Unrelated Japan-Russia trade statistics; not about the peace treaty or the islands.",
    },
    {
        "id": "hy-2025-0715-manifestos",
        "feed": "halyard-en", "lang": "en", "published": "2025-07-15T07:20:00Z",
        "title": "In Hokkaido, the islands barely register in the upper house campaign",
        "summary": "Party manifestos repeat familiar pledges on the Northern Territories. Voters in "
                   "Nemuro are more worried about fish prices.",
        "label": "restatement",
        "byline": "Hana Olsen in Nemuro",
        "topics": "Japan, Elections, Hokkaido",
        "body": [
            "The campaign posters along Nemuro's main street promise lower prices, better roads and "
            "\"a future for the fishing industry\". Only one mentions the islands visible on a clear "
            "day from Cape Nosappu.",
            "Ahead of Sunday's election for the House of Councillors, the ruling Liberal Democratic "
            "Party's manifesto repeats, almost word for word, the pledge it has made for years: to "
            "\"resolve the attribution of the four Northern Territories and conclude a peace treaty\". "
            "The main opposition parties say much the same, with slightly different emphasis on "
            "support for former residents and for towns next to the islands.",
            "In Nemuro, a city that has lost a third of its population since the 1980s, candidates "
            "prefer to talk about the collapse of the saury catch and the cost of fuel. \"Everyone here "
            "wants the islands back. That is not what decides votes,\" said a local fisheries "
            "cooperative official.",
            "Former islanders' groups have asked all candidates to back measures to help the children "
            "and grandchildren of former residents carry on the campaign for the islands' return, as "
            "the first generation dies out.",
            "Russia, for its part, has long said that its sovereignty over the islands is not open to "
            "discussion.",
        ],
        "note": "Election piece: parties restate known positions (Japan's claim, seeds 002/003; "
                "Russia's sovereignty line, seeds 001/004). No new fact.",
    },
    {
        "id": "sx-2025-0723-61987",
        "feed": "sextant-en", "lang": "en", "published": "2025-07-23T03:40:00Z",
        "title": "Former residents can go back to disputed islands as Russia revives 1999 visit deal",
        "summary": "A Russian government order restores simplified trips for Japanese who once lived on "
                   "the southern Kurils and their families; wider visa-free exchanges stay off.",
        "label": "status_change", "group": "g27-visits-1999",
        "new_facts": [G5_FACT],
        "must_mention": [["former resident", "former island"], ["1999", "visit"]],
        "byline": "Yuki Ashdown",
        "credit": "Reporting by Yuki Ashdown; Additional reporting by Pavel Ostrov in Moscow; Editing by Tom Haley",
        "body": [
            "TOKYO, July 23 (Sextant) - Japanese people who were born on the islands off Hokkaido that "
            "Russia controls will again be able to visit their former homes without Russian visas, "
            "after Moscow reinstated a 1999 arrangement it had scrapped in 2022.",
            "An order signed by Prime Minister Mikhail Mishustin on Monday instructs Russian agencies "
            "to resume applying the agreement on a simplified procedure for visits by former Japanese "
            "residents of the southern Kuril islands and members of their families, according to the "
            "text published on the government's legal portal. Russia's foreign ministry informed the "
            "Japanese embassy by note the same day.",
            "Japan's government welcomed the decision on Tuesday and said the first group, made up of "
            "former residents of Kunashiri and their relatives, was expected to travel in September "
            "aboard the chartered ship used for such trips in the past.",
            "Russia ended the visits in March 2022, along with the broader visa-free exchange programme "
            "dating from 1991, in retaliation for Japanese sanctions over Ukraine. The 1991 exchanges "
            "are not covered by Monday's order, and Japanese officials said there had been no "
            "indication they would return.",
            "Fewer than 5,000 of the roughly 17,000 Japanese who lived on the four islands in 1945 are "
            "still alive; their average age is nearly 89.",
            "The move comes two months after the two countries agreed to resume peace treaty "
            "negotiations frozen since 2022.",
        ],
        "note": "Status change on a tracked matter: the 1999 arrangement on visits by former residents, "
                "terminated in March 2022 (seeds 001, 003), is resumed by a government order (group "
                "g27-visits-1999, first reported in Russian).",
    },
    {
        "id": "hy-2025-0805-governor",
        "feed": "halyard-en", "lang": "en", "published": "2025-08-05T08:15:00Z",
        "title": "Hokkaido governor urges Moscow to let island exchanges resume in full",
        "summary": "Naomichi Suzuki said residents of the islands and of Hokkaido should again be "
                   "able to travel without visas, and asked Tokyo to press the point.",
        "label": "restatement",
        "byline": "Hana Olsen in Sapporo",
        "topics": "Japan, Russia, Hokkaido",
        "body": [
            "Hokkaido's governor on Tuesday called on Russia to allow the visa-free exchange programme "
            "between the prefecture and the Russian-held islands to restart, saying that contacts "
            "between ordinary people were \"the foundation for solving the territorial problem\".",
            "\"We strongly ask the Russian side to allow the exchanges to resume, and we ask the "
            "national government to make every effort to that end,\" Naomichi Suzuki told his regular "
            "news conference in Sapporo.",
            "Under the programme, set up in 1991, groups of Japanese citizens and residents of the "
            "islands visited each other without visas until Russia ended it in March 2022. Russian "
            "officials have not said whether they would consider reviving it, and the Russian consulate "
            "general in Sapporo declined to comment.",
            "The governor said limited steps taken this summer showed that \"doors can open\", but that "
            "the prefecture wanted the full programme back, including visits by island schoolchildren "
            "to Nemuro.",
            "Hokkaido has funded a ship for the exchanges and a centre in Nemuro that has stood largely "
            "empty for three years.",
        ],
        "note": "Request only ('urged Moscow to allow'): the 1991 visa-free exchanges stay terminated "
                "(seeds 000-003); no decision reported.",
    },
    {
        "id": "pc-2025-0806-iturup-titanium",
        "feed": "pinecrest-en", "lang": "en", "published": "2025-08-06T04:25:00Z",
        "title": "Kuril sands: Russian firm wins rights to titanium ore on disputed Iturup",
        "summary": "A resident of the islands' tax-break regime paid 186 million roubles for a 25-year "
                   "licence; Tokyo says the project ignores its position on the islands.",
        "label": "new_development", "group": "g27-iturup-titanium",
        "new_facts": [G4_FACT],
        "must_mention": [["titan"], ["licen"]],
        "byline": "Naomi Welch",
        "kicker": "Mining",
        "body": [
            "A little-known Russian company has won the right to mine iron and titanium-bearing sands "
            "on Iturup, the largest of the four islands claimed by Japan, in the first mineral licence "
            "of its kind awarded on the southern Kurils.",
            "Iturup-Titan, registered in the island town of Kurilsk and a resident of the tax-break "
            "regime Moscow introduced for the Kurils in 2023, paid 186 million roubles ($2.3 million) at "
            "an auction held by the regional subsoil agency on Monday, bidding against two other "
            "companies, according to the auction protocol.",
            "The 25-year licence covers exploration and extraction of titanomagnetite sands along a "
            "stretch of the island's Sea of Okhotsk coast. The company has said it plans to invest 9.2 "
            "billion roubles and begin producing concentrate in 2029, mostly for export to Asian steel "
            "and pigment makers.",
            "Japan's government said the project was \"incompatible with Japan's position\" on the "
            "islands and that it had conveyed its view to Russia. Tokyo has in the past objected to "
            "Russian and foreign investment on the islands on the grounds that it presupposes Russian "
            "jurisdiction.",
            "Geologists have known about the black-sand deposits on Iturup since Soviet times, but "
            "their remoteness and the lack of a deep-water port have deterred development. Analysts "
            "said the project's economics would depend on logistics and on buyers willing to take "
            "material from a politically sensitive location.",
        ],
        "note": "New economic development (mining licence on Iturup) not in the seeds (group "
                "g27-iturup-titanium, first reported in Russian).",
    },
    {
        "id": "sx-2025-0905-64410",
        "feed": "sextant-en", "lang": "en", "published": "2025-09-05T08:55:00Z",
        "title": "Putin says work on Japan treaty will take time, sovereignty 'not on the table'",
        "summary": "Speaking in Vladivostok, the Russian president said he was in no hurry and "
                   "repeated that the islands' status was settled.",
        "label": "neutral",
        "byline": "Pavel Ostrov",
        "credit": "Reporting by Pavel Ostrov in Vladivostok; Editing by Lena Marsh",
        "body": [
            "VLADIVOSTOK, Sept 5 (Sextant) - President Vladimir Putin said on Friday that the peace "
            "treaty negotiations with Japan that resumed this summer would take a long time and that "
            "Russia's sovereignty over the southern Kuril islands was not a subject for discussion.",
            "\"We have resumed contacts, our deputy ministers have met. That is good. But nobody should "
            "expect quick results,\" Putin told the plenary session of the Eastern Economic Forum in "
            "answer to a question from the moderator.",
            "\"The islands are Russian territory. This is enshrined in international documents after "
            "the Second World War. We are talking about a treaty on peace and good-neighbourliness, "
            "not about handing anything over,\" he said.",
            "Putin added that Japanese companies were welcome to return to Russian projects \"whenever "
            "Tokyo decides that its own interests matter more than instructions from outside\".",
            "The two countries agreed in May to restart the negotiations Russia had broken off in "
            "2022, and held a first round in Moscow in July. Japan's foreign ministry said it would not "
            "comment on \"every remark\" and that Tokyo's position was unchanged.",
        ],
        "note": "Borderline: presidential remarks on talks already known in this corpus (g27-talks-"
                "resume) plus the seeds' sovereignty line (seeds 001, 004); no decision. Not scored.",
    },
    {
        "id": "pc-2025-0910-kuril-corp",
        "feed": "pinecrest-en", "lang": "en", "published": "2025-09-10T06:00:00Z",
        "title": "Kremlin creates state corporation to steer Kuril investment",
        "summary": "A presidential decree sets up a 12 billion rouble vehicle to run ports, land and "
                   "the islands' tax-break regime; Japan says it has conveyed its position.",
        "label": "new_development", "group": "g27-kuril-corp",
        "new_facts": [G6_FACT],
        "must_mention": [["corporation"], ["decree", "putin", "kremlin"]],
        "byline": "Naomi Welch",
        "kicker": "Asia",
        "body": [
            "President Vladimir Putin has signed a decree creating a state-owned company to manage "
            "investment on the Kuril Islands, days after telling foreign businesses in Vladivostok that "
            "the chain was open to partners from \"friendly countries\".",
            "Under the decree, dated Monday, the Kuril Islands Development Corporation will be set up "
            "as a joint-stock company wholly owned by the state, with authorised capital of 12 billion "
            "roubles ($148 million). Its shares will be managed by the Far East and Arctic Development "
            "Corporation.",
            "The new company is to act as the management company of the islands' preferential tax "
            "regime, take over state land plots and port infrastructure at Kurilsk on Iturup, "
            "Yuzhno-Kurilsk on Kunashir and Malokurilskoye on Shikotan, and seek investors in "
            "fisheries, tourism and energy.",
            "Sakhalin governor Valery Limarenko said the corporation would \"remove the last "
            "bureaucratic excuses\" for investors. Fewer than 60 companies have registered under the "
            "tax regime since it was introduced in 2023, most of them local fish processors.",
            "Japan's chief cabinet secretary said Tokyo had conveyed its position to Moscow, adding that "
            "economic activity on the islands under Russian law was \"incompatible\" with Japan's stance. "
            "Japan claims the four southernmost islands of the chain.",
            "The decree comes as the two countries hold renewed peace treaty talks, which Japanese "
            "officials had hoped would be accompanied by restraint on the islands.",
        ],
        "note": "New development: presidential decree creating a Kuril development corporation "
                "(group g27-kuril-corp, first reported in Russian). Not in the seeds.",
    },
    {
        "id": "hy-2025-1007-senkaku",
        "feed": "halyard-en", "lang": "en", "published": "2025-10-07T04:40:00Z",
        "title": "Chinese coastguard ships log record run near Senkaku islands",
        "summary": "Japan protested again as Chinese vessels were spotted in the contiguous zone for a "
                   "record number of consecutive days.",
        "label": "off_topic",
        "byline": "Hana Olsen",
        "topics": "Japan, China, Senkaku",
        "body": [
            "Chinese coastguard vessels have been seen in waters just outside Japan's territorial sea "
            "around the Senkaku islands for a record number of consecutive days, the Japan Coast Guard "
            "said on Tuesday, as Tokyo lodged another protest with Beijing.",
            "Four Chinese ships, one of them armed with what appeared to be a cannon, were sighted in "
            "the contiguous zone on Monday, extending a streak that began last winter. Two later "
            "entered Japanese territorial waters and approached a fishing boat, the coastguard said.",
            "\"The Senkaku islands are indisputably an inherent part of Japan's territory,\" a government "
            "spokesman said. China, which calls the islands Diaoyu, said its ships were carrying out "
            "\"law enforcement patrols in China's own waters\".",
            "Japan has complained for years that the Chinese presence has become almost permanent. "
            "Coastguard officials say they now keep several large patrol ships assigned to the area "
            "at all times, rotating crews from bases across the country, and that the strain on "
            "personnel has become a budget issue in its own right.",
            "The uninhabited islands in the East China Sea are administered by Japan. The United States "
            "has said they fall under its security treaty with Tokyo.",
        ],
        "note": "Look-alike: other island dispute (Senkaku); unrelated to Russia and the Kurils.",
    },
    {
        "id": "pc-2025-1028-toyota-plant",
        "feed": "pinecrest-en", "lang": "en", "published": "2025-10-28T09:30:00Z",
        "title": "Toyota's old Russian plant to build local cars under new owner",
        "summary": "The St Petersburg factory, sold for a token sum in 2022, will assemble a Russian "
                   "crossover from next year.",
        "label": "off_topic",
        "byline": "Kenta Moriyama",
        "kicker": "Companies",
        "body": [
            "The St Petersburg car plant that Toyota handed over to a Russian state research institute "
            "when it left the country in 2022 will start assembling a locally designed crossover next "
            "year, its new owner said on Tuesday.",
            "The factory, which once made Camry sedans and RAV4 SUVs, has been largely idle. Its owner "
            "said it planned to produce up to 20,000 vehicles a year, using components sourced mainly "
            "from China.",
            "Toyota sold the plant for a nominal sum, as did other Japanese carmakers, including Nissan "
            "and Mitsubishi, which exited Russia after the start of the war in Ukraine. Some of the "
            "agreements contained buy-back options that expire in the coming years.",
            "Toyota declined to comment. Japan's sanctions bar exports of most new cars above a certain "
            "engine size to Russia, although the trade in used vehicles continues.",
            "Analysts in Tokyo said the announcement was unlikely to prompt any rethink by Japanese "
            "carmakers, for whom the Russian market had already shrunk before the war. \"Nobody is "
            "planning a return while sanctions are in place,\" said an auto industry analyst. Russian "
            "car sales are now dominated by Chinese brands and by the domestic Lada.",
        ],
        "note": "Unrelated Japan-Russia business news; not about the treaty or the islands.",
    },
    {
        "id": "sx-2025-1118-68843",
        "feed": "sextant-en", "lang": "en", "published": "2025-11-18T08:40:00Z",
        "title": "Russia puts Japan peace treaty talks on hold, calls off December round in Tokyo",
        "summary": "Moscow cited Japan's decision to take part in a loan for Ukraine backed by "
                   "frozen Russian assets; Tokyo called the move unjustified.",
        "label": "status_change", "group": "g27-talks-suspend",
        "new_facts": [G7_FACT],
        "must_mention": [["suspend", "on hold", "halt", "called off"], ["peace treaty", "treaty"]],
        "byline": "Pavel Ostrov and Yuki Ashdown",
        "credit": "Reporting by Pavel Ostrov in Moscow and Yuki Ashdown in Tokyo; Editing by Tom Haley",
        "body": [
            "MOSCOW, Nov 18 (Sextant) - Russia said on Tuesday it was suspending the peace treaty "
            "negotiations with Japan that the two countries agreed to restart only in May, and that a "
            "second round planned for Tokyo in December would not take place.",
            "In a note handed to the Japanese ambassador on Monday, the foreign ministry said Tokyo's "
            "decision last week to join a European scheme to lend money to Ukraine against "
            "immobilised Russian central bank assets amounted to \"participation in the theft of "
            "Russian sovereign property\" and made further talks pointless, according to a ministry "
            "statement.",
            "\"Under these circumstances the continuation of the negotiating process is impossible. The "
            "responsibility lies entirely with Tokyo,\" the statement said.",
            "Japan's government spokesman called the Russian step \"unjustified and extremely "
            "regrettable\" and said Japan remained committed to resolving the territorial issue and "
            "concluding a treaty.",
            "Deputy foreign ministers from the two countries held a first round in Moscow in July, the "
            "first formal negotiations since Russia broke off the talks in March 2022 over Japan's "
            "sanctions. A Japanese official said that round had \"produced no convergence\" on the "
            "islands.",
            "The foreign ministry's statement did not mention the visits by former Japanese residents "
            "to the islands that Russia allowed to resume in July.",
        ],
        "note": "Status change (down) on the talks resumed in May (g27-talks-resume): suspended by "
                "note of 17 November 2025 - a fresh move, not the March 2022 halt of seed 000. Group "
                "g27-talks-suspend.",
    },
    {
        "id": "hy-2025-1216-korea-treaty",
        "feed": "halyard-en", "lang": "en", "published": "2025-12-16T03:00:00Z",
        "title": "Seoul floats a peace treaty to replace the Korean war armistice",
        "summary": "South Korea's president said a formal end to the 1950-53 war should be on the table "
                   "if talks with Pyongyang resume. North Korea has not responded.",
        "label": "off_topic",
        "byline": "Min-seo Carter in Seoul",
        "topics": "South Korea, North Korea",
        "body": [
            "South Korea's president said on Tuesday that the armistice which halted the Korean war in "
            "1953 should eventually be replaced by a peace treaty, reviving an idea that has surfaced "
            "and faded repeatedly over three decades.",
            "\"Seventy-two years of a temporary ceasefire is long enough,\" Lee Jae-myung said in a speech "
            "to a unification forum in Seoul, adding that any treaty would have to involve the United "
            "States and China, which fought in the war.",
            "North Korea, which has declared the South a hostile state and rejected dialogue, did not "
            "respond. Analysts said the proposal was aimed mainly at a domestic audience.",
            "The 1953 armistice was signed by the US-led United Nations Command, North Korea and China; "
            "South Korea was not a signatory, a point often raised in debates on who should be party to "
            "a treaty.",
            "Washington reacted cautiously, saying it supported \"lasting peace on the Korean "
            "peninsula\" and close co-ordination with Seoul. Beijing said it had always favoured "
            "replacing the armistice with a peace mechanism. Conservative opposition lawmakers in Seoul "
            "warned that talk of a treaty could weaken the case for keeping US troops in the South.",
        ],
        "note": "Look-alike: another peace treaty (Korean war); unrelated to Russia-Japan.",
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "sx-2026-0120-71055",
        "feed": "sextant-en", "lang": "en", "published": "2026-01-20T07:15:00Z",
        "title": "No conditions yet to restart treaty dialogue with Tokyo, Russian deputy FM says",
        "summary": "Andrei Rudenko said it was up to Japan to reverse course; he ruled out contacts on "
                   "the treaty for the foreseeable future.",
        "label": "restatement",
        "byline": "Pavel Ostrov",
        "credit": "Reporting by Pavel Ostrov; Editing by Lena Marsh",
        "body": [
            "MOSCOW, Jan 20 (Sextant) - There are at present no conditions for resuming a dialogue with "
            "Japan on a peace treaty, Russian Deputy Foreign Minister Andrei Rudenko said in an interview "
            "published on Tuesday, in which he placed the blame squarely on Tokyo.",
            "\"As long as Japan pursues a hostile course, takes part in schemes to seize our assets and "
            "arms the Kyiv regime, there is nothing to discuss,\" Rudenko told the state news agency. "
            "Asked whether contacts could restart this year, he said he saw \"no grounds for optimism\".",
            "He repeated that Russia's sovereignty over the southern Kurils \"is not and will not be the "
            "subject of any negotiations\".",
            "Japan's foreign ministry said its position was well known and that it continued to seek a "
            "resolution of the territorial issue.",
            "The remarks restate the line Moscow has taken since November, when it put on hold the "
            "talks it had agreed to resume last spring.",
        ],
        "note": "Negated version of a move ('no conditions to resume'): restates seed 004 (Rudenko: "
                "resumption impossible, key condition is Japan's policy) and the November suspension; "
                "no new fact.",
    },
    {
        "id": "hy-2026-0210-lavrov",
        "feed": "halyard-en", "lang": "en", "published": "2026-02-10T06:45:00Z",
        "title": "Lavrov: Moscow would return to Japan talks 'the day Tokyo changes course'",
        "summary": "Russia's foreign minister said the ball was in Japan's court and repeated that the "
                   "islands' sovereignty was not negotiable.",
        "label": "restatement",
        "byline": "Halyard Times correspondent in Moscow",
        "topics": "Russia, Japan, Diplomacy",
        "body": [
            "Russia would be ready to sit down with Japan again \"the day Tokyo changes course\", Foreign "
            "Minister Sergei Lavrov said on Monday, making clear that the first move would have to come "
            "from the Japanese side.",
            "\"If our Japanese neighbours decide to stop following Washington and Brussels in their "
            "sanctions frenzy, we will be ready to talk about everything - about trade, about fishing, "
            "about a treaty,\" Lavrov told a news conference in Moscow. \"But the ball is in their "
            "court.\"",
            "He said Russia's sovereignty over the southern Kuril islands was \"not a subject for "
            "bargaining\" and that any treaty would have to reflect \"the results of the Second World "
            "War\".",
            "Tokyo did not respond directly. Japanese officials have repeatedly said that it was Russia "
            "that walked away from the negotiating table.",
            "The two governments have had no formal talks on a treaty since the autumn.",
            "Lavrov also criticised Japan's plans to expand its defence co-operation with NATO "
            "members, saying Moscow would \"draw conclusions\" for the security of its Far Eastern "
            "borders. He said Russia's relations with China and North Korea were \"at their best "
            "level in history\" and did not depend on Tokyo's choices.",
        ],
        "note": "Conditional ('would return if Tokyo changes course'): restates the condition in seed "
                "004 and sovereignty line (seed 001); no new fact.",
    },
]
