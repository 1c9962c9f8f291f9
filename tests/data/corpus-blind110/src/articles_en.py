# -*- coding: utf-8 -*-
"""English-language articles of the blind110 corpus.

Each entry: id, feed, lang, published (UTC), title, summary, label, group,
new_facts, must_mention, note, byline, section, body (list of paragraphs;
"## " starts a subheading, "> " a pull quote).
"""

ARTICLES = [
    # ------------------------------------------------------------------ 2025
    dict(
        id="b110-01", feed="cordgrass-en", lang="en",
        published="2025-06-12T08:20:00Z",
        title="Russian envoy in Tokyo says 'no basis' to revive peace treaty talks while sanctions stay",
        summary="Ambassador Nikolai Nozdrev told a Russia Day reception that Moscow sees no grounds "
                "to return to treaty negotiations as long as Japan keeps its sanctions.",
        label="restatement",
        note="Restates the seed position (MFA 21 Mar 2022, Galuzin, Rudenko Feb 2024): treaty talks "
             "impossible while Japan keeps sanctions. New speaker (Nozdrev), no new measure.",
        byline="Cordgrass staff", section="Asia",
        body=[
            "TOKYO, June 12 (Cordgrass) - Russia's ambassador to Japan, Nikolai Nozdrev, said on "
            "Thursday there was \"no basis\" for resuming negotiations on a post-war peace treaty while "
            "Tokyo maintained the sanctions it imposed over the war in Ukraine, repeating a position "
            "Moscow has held since 2022.",
            "\"A peace treaty is a document about friendship and good-neighbourliness. It cannot be "
            "negotiated with a government that conducts an openly unfriendly policy toward our "
            "country,\" Nozdrev said at a reception marking Russia Day at the embassy in central Tokyo. "
            "Several hundred guests attended, among them a handful of Japanese lawmakers and business "
            "executives.",
            "Nozdrev said relations had \"not yet found the bottom\" and that responsibility for their "
            "state lay with Tokyo. He did not announce any new step and did not take questions.",
            "Japan's Foreign Ministry declined to comment on the remarks. A ministry official, who "
            "asked not to be named because he was not authorised to speak publicly, said Tokyo's policy "
            "of \"resolving the territorial issue and concluding a peace treaty\" had not changed.",
            "Russia's Foreign Ministry said in March 2022 that it would not continue treaty "
            "negotiations with Japan, ended visa-free trips by Japanese citizens to the southern Kuril "
            "Islands and withdrew from a dialogue on joint economic activity there, citing Tokyo's "
            "sanctions. In February 2024 Deputy Foreign Minister Andrei Rudenko called a resumption of "
            "the dialogue \"categorically impossible\" in the current situation.",
            "Moscow and Tokyo never signed a peace treaty after World War Two because of the dispute "
            "over the islands, which Soviet forces seized in 1945 and which Japan calls its Northern "
            "Territories: Iturup, Kunashir, Shikotan and the Habomai islets.",
        ],
    ),
    dict(
        id="b110-03", feed="sedgewick-en", lang="en",
        published="2025-07-10T06:00:00Z",
        title="Upper house race: Russia barely features, but every manifesto still promises the islands back",
        summary="With rice prices and wages dominating the campaign, party platforms repeat familiar "
                "pledges on the Northern Territories and a peace treaty with Moscow.",
        label="restatement",
        note="Japanese domestic politics; party platforms restate Japan's known line (resolve the "
             "territorial issue, conclude a treaty; seed: Kishida 'steadfast'); a candidate's call to "
             "press Russia on grave visits is a request, not a move.",
        byline="Sedgewick politics desk", section="Politics",
        body=[
            "TOKYO - Japan's July 20 upper house election is being fought over rice prices, wages and "
            "the cost of living. Russia, and the four islands off Hokkaido that it has held since 1945, "
            "barely register in stump speeches. They do, however, appear in nearly every party "
            "platform, in language that has hardly changed in a decade.",
            "The ruling Liberal Democratic Party's manifesto promises to \"persistently pursue the "
            "resolution of the Northern Territories issue and the conclusion of a peace treaty\" and "
            "pledges continued support for the ageing former residents of the islands. Coalition "
            "partner Komeito makes a near-identical commitment. The main opposition Constitutional "
            "Democratic Party says Japan should \"keep the door to dialogue open\" while keeping "
            "sanctions coordinated with the Group of Seven.",
            "None of the platforms proposes a new approach. Analysts say that reflects reality: Moscow "
            "walked away from treaty negotiations in March 2022 after Tokyo joined Western sanctions "
            "over Ukraine, and Russian officials have said ever since that a resumption is impossible "
            "under current conditions.",
            "\"There is nothing to campaign on,\" said a political scientist at a Sapporo university. "
            "\"Every party agrees the islands are Japanese, and every party knows nothing will move "
            "while the war goes on.\"",
            "In the Hokkaido constituency, candidates made the customary stop at Cape Nosappu in "
            "Nemuro, from where the nearest of the Habomai islets is visible a few kilometres offshore. "
            "One told a small crowd that former islanders \"cannot wait forever\" and urged the "
            "government to press Moscow to let grave visits resume.",
            "## Numbers that shrink",
            "Former residents of the islands now number around 5,000, and their average age is close to "
            "89. Their league has asked every party to state how it would keep the return movement "
            "alive once the last of them is gone; most answered with a pledge to support "
            "\"successors\" - the children and grandchildren of islanders.",
            "Voting is on July 20. Polls suggest the ruling bloc could lose its upper house majority.",
        ],
    ),
    dict(
        id="b110-06", feed="cordgrass-en", lang="en",
        published="2025-07-18T09:30:00Z",
        title="Russia flies radar balloon over disputed Kunashir; Japan lodges protest",
        summary="Japan's defence ministry says Russian forces are operating a tethered aerostat "
                "carrying surveillance radar over Kunashir, the disputed island closest to Hokkaido.",
        label="new_development", group="b110-g1",
        new_facts=["Russian forces deployed a tethered radar aerostat (balloon) over Kunashir for the "
                   "first time; Japan protested"],
        must_mention=[["aerostat", "balloon"], ["kunashir"]],
        note="Same development as b110-04 (first report, in Russian): first tethered radar aerostat "
             "on Kunashir; adds Japan's confirmation and protest. Not in the seeds.",
        byline="Cordgrass staff", section="Asia",
        body=[
            "TOKYO, July 18 (Cordgrass) - Russian forces have begun operating a tethered balloon "
            "carrying surveillance radar over Kunashir, the Russian-held island closest to Japan's "
            "Hokkaido, Japan's defence ministry said, and Tokyo has protested through diplomatic "
            "channels.",
            "The aerostat, raised to an altitude of more than 1,000 metres from a hilltop north of the "
            "island's main settlement, is visible from the Japanese coast at Shibetsu and Rausu across "
            "the Nemuro Strait, the ministry said. It is the first time such a system has been seen on "
            "the four islands Japan claims.",
            "Russia's Eastern Military District mentioned the balloon in a summary of summer training "
            "published on July 15, saying it allowed round-the-clock monitoring of the sea and air "
            "\"in the Izmena Strait\", the Russian name for the southern part of the Nemuro Strait.",
            "\"Russia's military build-up on the Northern Territories is incompatible with Japan's "
            "position on these islands,\" Chief Cabinet Secretary Yoshimasa Hayashi told reporters on "
            "Thursday. \"We have lodged a protest through diplomatic channels.\"",
            "A tethered radar sits well above ground-based stations and can see low-flying aircraft "
            "and small boats at far greater range, said a retired Maritime Self-Defense Force officer. "
            "\"From that height they can watch the whole strait and a good part of the Nemuro "
            "Peninsula,\" he said.",
            "Russia has steadily reinforced the garrisons on Iturup and Kunashir over the past decade. "
            "Moscow halted peace treaty negotiations with Tokyo in March 2022 in response to Japan's "
            "sanctions over Ukraine and says its sovereignty over the islands is not open to question.",
            "Russia's embassy in Tokyo did not respond to a request for comment.",
        ],
    ),
    dict(
        id="b110-07", feed="greylag-en", lang="en",
        published="2025-07-30T10:00:00Z",
        title="Tsunami warning empties Nemuro waterfront after huge Kamchatka quake; waves reach Kuril ports",
        summary="Boats put to sea and residents climbed to higher ground as a magnitude 8.8 earthquake "
                "off Kamchatka sent tsunami waves across the North Pacific.",
        label="neutral",
        note="Borderline: natural disaster; the Kuril Islands (Paramushir, Kunashir, Iturup) are "
             "mentioned, but there is no dispute or bilateral development. Not scored.",
        byline="Greylag reporters", section="Local",
        body=[
            "NEMURO - Sirens sounded along the Nemuro Peninsula on Wednesday morning after a magnitude "
            "8.8 earthquake struck off Russia's Kamchatka Peninsula, and the Japan Meteorological Agency "
            "issued tsunami warnings for the Pacific coast of Hokkaido.",
            "At Hanasaki port, crews took dozens of boats out beyond the breakwater, as fishermen are "
            "taught to do, while staff at the fish market climbed to the upper floors of the city "
            "office building. Evacuation centres in Nemuro and Shibetsu took in several hundred people "
            "by midday, most of them elderly residents of low-lying districts.",
            "Waves of several tens of centimetres were recorded along eastern Hokkaido through the "
            "afternoon. The city reported no damage and lifted its evacuation order in the evening, "
            "after the agency downgraded the warning to an advisory.",
            "On the Russian side, the port of Severo-Kurilsk on Paramushir island in the northern Kurils "
            "was flooded, Russian emergency officials said. Residents of Kunashir and Iturup were told "
            "to move to higher ground; Russian media reported no serious damage on those islands.",
            "\"You could see the lights on Kunashir from the hill,\" said a 71-year-old fisherman who "
            "spent the morning at a shrine above the harbour. \"Everybody was wondering whether they "
            "were running up their hills too.\"",
            "Japanese officials said they had no direct information from the Russian side about "
            "conditions on the islands. Nemuro's disaster office said it would review why several "
            "outdoor loudspeakers in the Habomai district could not be heard.",
            "Posted 30 July 2025, 19:00 JST",
        ],
    ),
    dict(
        id="b110-12", feed="greylag-en", lang="en",
        published="2025-09-02T07:00:00Z",
        title="Tokyo asks Moscow to find vandals who toppled Japanese graves on Kunashir",
        summary="Japan has asked Russia through its consulate in Yuzhno-Sakhalinsk to investigate the "
                "damage and protect the cemetery; Nemuro's former islanders say they are heartbroken.",
        label="new_development", group="b110-g2",
        new_facts=["Fourteen headstones at the Japanese cemetery in Yuzhno-Kurilsk (Kunashir) were "
                   "toppled and daubed with paint; Russian police opened a criminal case"],
        must_mention=[["grave", "headstone", "cemetery"], ["topple", "vandal", "desecrat", "damage"]],
        note="Follow-up in group g2 (first report b110-10, Russian): the vandalism and the criminal "
             "case are already known; Japan's request to investigate adds no new development.",
        byline="Greylag reporters", section="Islands",
        body=[
            "NEMURO - The Japanese government has asked Russia to find those responsible for "
            "toppling headstones at a Japanese cemetery on Kunashir and to protect the site, officials "
            "said, a week after the damage was discovered.",
            "Russian police in Yuzhno-Kurilsk, the island's main town, opened a criminal case last "
            "week after 14 headstones at the old Japanese cemetery on the town's edge were pushed over "
            "and two were daubed with paint. The request was conveyed through Japan's consulate general "
            "in Yuzhno-Sakhalinsk, a foreign ministry official said.",
            "\"We have asked for a thorough investigation and for appropriate measures so that this "
            "does not happen again,\" the official said. Chief Cabinet Secretary Yoshimasa Hayashi told "
            "reporters the government would \"follow developments closely.\"",
            "In Nemuro, where many of the families who lived on Kunashir before 1945 settled, the news "
            "landed hard. \"My grandmother is in that cemetery. We cannot even go there to set the "
            "stones upright,\" said a 78-year-old man who left the island as a child.",
            "Former residents last visited the graves on Kunashir before the pandemic. Russia ended the "
            "arrangements under which they travelled without visas in 2022, after Japan joined "
            "sanctions over Ukraine.",
            "Local officials in Yuzhno-Kurilsk have condemned the vandalism. The district head said in "
            "a statement that graves \"must remain untouchable, whatever the past.\"",
            "Posted 2 September 2025",
        ],
    ),
    dict(
        id="b110-14", feed="sedgewick-en", lang="en",
        published="2025-09-05T11:00:00Z",
        title="Putin at Vladivostok forum: Japan 'chose sanctions', door to treaty talks stays shut",
        summary="Asked about Tokyo at the Eastern Economic Forum, the Russian president said Japan had "
                "curtailed relations itself and gave no sign of movement on a peace treaty.",
        label="restatement",
        note="Restatement by Putin/Peskov: talks impossible under sanctions (seed: MFA 2022, Peskov); "
             "sovereignty position unchanged (seed). Business remark is conditional; nothing new.",
        byline="Sedgewick correspondents", section="Politics",
        body=[
            "VLADIVOSTOK - President Vladimir Putin said on Friday that Japan had \"itself chosen\" to "
            "curtail relations with Russia and that Moscow saw no conditions for returning to talks on "
            "a peace treaty while Tokyo pursued what he called an unfriendly course.",
            "\"We did not break anything off. The Japanese government decided to join the sanctions. "
            "How, under such conditions, can one talk about a fundamental document on friendship?\" "
            "Putin said at the plenary session of the Eastern Economic Forum, answering a moderator's "
            "question.",
            "He said Japanese companies that remained in Russian energy projects on Sakhalin were "
            "\"welcome\" and that Russia was \"not closing the door to business\". Japanese trading "
            "houses still hold stakes in the Sakhalin-1 and Sakhalin-2 oil and gas ventures.",
            "Putin did not mention the Kuril Islands by name. Kremlin spokesman Dmitry Peskov told "
            "reporters afterwards that Russia's position on the islands was \"well known and has not "
            "changed.\"",
            "The Japanese delegation at this year's forum was small and included no cabinet ministers. "
            "Tokyo has discouraged senior officials from attending since 2022.",
            "Russia's Foreign Ministry announced in March 2022 that it would not continue treaty "
            "negotiations with Japan because of Tokyo's sanctions. Deputy Foreign Minister Andrei "
            "Rudenko said last year that a resumption was \"categorically impossible\".",
        ],
    ),
    dict(
        id="b110-16", feed="marrowstone-en", lang="en",
        published="2025-09-30T09:00:00Z",
        title="Explainer: Eighty years on, why Russia and Japan still have no peace treaty",
        summary="A short guide to the dispute over the islands Japan calls the Northern Territories and "
                "Russia the Southern Kurils - and why talks stopped in 2022.",
        label="restatement",
        note="Background explainer restating seed facts: 1855 treaty, 1945, 1956 declaration, 2018 "
             "acceleration, March 2022 withdrawal and visa-free termination, Rudenko 2024.",
        byline="Marrowstone editors", section="Explainers",
        body=[
            "Eighty years after the end of the Second World War, Russia and Japan have still not signed "
            "a peace treaty. The reason is four islands off the north-eastern tip of Hokkaido.",
            "## What is disputed?",
            "Japan claims Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai group of "
            "islets. Russia calls them the Southern Kurils; Japan calls them the Northern Territories. "
            "About 20,000 Russians live there today; some 17,000 Japanese lived there before 1945.",
            "## How did it start?",
            "Japan bases its claim on the 1855 Treaty of Shimoda, which drew the border between Iturup "
            "and Urup. Soviet troops occupied the islands in August and September 1945, and the Soviet "
            "Union incorporated all the Kurils. Moscow says its sovereignty is fixed in international "
            "documents and cannot be questioned.",
            "## What about 1956?",
            "The 1956 Soviet-Japanese Joint Declaration ended the state of war and restored diplomatic "
            "relations, but no peace treaty followed. In 2018 the leaders agreed to accelerate talks on "
            "the basis of that declaration.",
            "## Why did talks stop?",
            "In March 2022, after Japan joined Western sanctions over Ukraine, Russia's Foreign Ministry "
            "said it did not intend to continue treaty negotiations, ended visa-free trips by Japanese "
            "citizens to the islands, withdrew from talks on joint economic activity there and blocked "
            "Japan's partner status in the Black Sea Economic Cooperation organisation.",
            "## Where do things stand?",
            "Moscow says a resumption is impossible while Tokyo keeps its \"unfriendly\" policy; in "
            "February 2024 Deputy Foreign Minister Andrei Rudenko called it \"categorically "
            "impossible\". Tokyo says its policy of resolving the territorial issue and concluding a "
            "treaty is unchanged.",
        ],
    ),
    dict(
        id="b110-21", feed="cordgrass-en", lang="en",
        published="2025-11-21T09:00:00Z",
        title="Beijing invokes 1978 peace treaty as row with Tokyo over Taiwan remarks deepens",
        summary="China's foreign ministry said Japan was breaching the spirit of the 1978 Treaty of "
                "Peace and Friendship; Tokyo said its position on Taiwan had not changed.",
        label="off_topic",
        note="Look-alike: another peace treaty (China-Japan 1978) and islands talk; not about Russia, "
             "the Kurils or the Russia-Japan peace treaty.",
        byline="Cordgrass staff", section="Asia",
        body=[
            "BEIJING, Nov 21 (Cordgrass) - China accused Japan on Friday of violating the spirit of the "
            "1978 Treaty of Peace and Friendship between the two countries, escalating a dispute over "
            "remarks by Prime Minister Sanae Takaichi on a possible Taiwan contingency.",
            "\"The Japanese side should abide by the four political documents, including the Treaty of "
            "Peace and Friendship, and stop going further down the wrong path,\" a foreign ministry "
            "spokesperson told a regular briefing in Beijing.",
            "Tokyo has said its position on Taiwan is consistent with the 1972 joint communique and "
            "that Takaichi's comments in parliament did not represent a change in policy. Government "
            "officials repeated on Friday that Japan sought \"constructive and stable\" "
            "relations with China.",
            "The row has already prompted Beijing to warn its citizens against travel to Japan. Chinese "
            "coast guard ships have also continued their patrols near the Senkaku Islands in the East "
            "China Sea, which Japan controls and China claims as the Diaoyu.",
            "The 1978 treaty, signed six years after the two countries normalised relations, commits "
            "both to develop lasting relations of peace and friendship and to oppose hegemony in the "
            "region.",
            "Analysts said they expected the dispute to weigh on a planned trilateral summit with South "
            "Korea.",
        ],
    ),
    dict(
        id="b110-23", feed="cordgrass-en", lang="en",
        published="2025-12-16T08:00:00Z",
        title="Japanese utilities keep buying Sakhalin LNG as Tokyo weighs energy security against sanctions",
        summary="Power companies say long-term contracts for Russian liquefied natural gas remain vital "
                "for winter supply; the government says its stakes in Sakhalin projects will stay.",
        label="off_topic",
        note="Look-alike: Japan-Russia energy ties (Sakhalin); nothing about the peace treaty or the "
             "Kuril Islands.",
        byline="Cordgrass energy desk", section="Energy",
        body=[
            "TOKYO, Dec 16 (Cordgrass) - Japanese power and gas companies will keep lifting liquefied "
            "natural gas cargoes from Russia's Sakhalin-2 project through the winter, executives said, "
            "as Tokyo balances pressure from Western partners against the risk of shortages.",
            "Sakhalin-2 supplies close to a tenth of Japan's LNG imports. Utilities in Hokkaido and "
            "western Japan depend on its cargoes, which take three days to arrive, compared with weeks "
            "from the Middle East or the United States.",
            "\"There is no realistic replacement for this winter,\" an executive at one utility told "
            "Cordgrass. \"We are buying under contracts signed long before the war.\"",
            "The industry ministry said Japan would keep its stakes in the Sakhalin-1 and Sakhalin-2 "
            "projects, held through trading houses and a state-backed company, describing them as "
            "important for energy security. Tokyo has said it aims to reduce its dependence on Russian "
            "energy over time.",
            "Japan has sanctioned hundreds of Russian individuals and companies since 2022 but has "
            "exempted Sakhalin energy. U.S. authorities have repeatedly extended licences allowing "
            "transactions linked to the projects.",
            "Spot LNG prices in Asia rose this week on forecasts of a cold January.",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        id="b110-24", feed="marrowstone-en", lang="en",
        published="2026-01-20T10:00:00Z",
        title="'Categorically impossible': four years on, Moscow's Japan line has not moved an inch",
        summary="Russian officials keep repeating the formula Deputy Foreign Minister Rudenko used in "
                "2024. What would it take to change it?",
        label="restatement",
        note="Analysis restating Rudenko's Feb 2024 line and its condition (Tokyo must drop its "
             "hostile policy) - seed; speculation about a future resumption is conditional only.",
        byline="By a Marrowstone correspondent", section="Analysis",
        body=[
            "In February 2024 Russia's deputy foreign minister for Asia, Andrei Rudenko, told the TASS "
            "news agency that resuming dialogue with Japan on a peace treaty was \"categorically "
            "impossible\". Nearly two years later, the formula is still doing service.",
            "Russian diplomats repeat it, with small variations, whenever Japan comes up. Foreign "
            "Ministry spokeswoman Maria Zakharova has said Japan \"buried\" the talks itself. Kremlin "
            "spokesman Dmitry Peskov has said negotiations are impossible \"under such conditions\". "
            "Ambassador Nikolai Nozdrev said in June there was \"no basis\" for them.",
            "The condition attached to all this is also unchanged. Rudenko said normalisation would "
            "begin only with \"Tokyo's refusal of its hostile policy\" - not with \"ephemeral "
            "signals\". In practice that means lifting sanctions, which no Japanese government can do "
            "alone while the G7 keeps its measures.",
            "> \"Moscow has made the treaty a hostage of the war. It will be released with the war, "
            "not before.\"",
            "That is how a former Japanese diplomat who worked on the 2018-2019 round of talks put it. "
            "If a durable ceasefire were reached in Ukraine, he said, Tokyo might ease some measures "
            "and Moscow might then agree to humanitarian steps such as grave visits by former "
            "islanders. \"But a treaty? Not for years.\"",
            "Russian analysts are no more optimistic. One Moscow academic noted that Russia has "
            "written the inviolability of its territory into the constitution since 2020. \"Even if "
            "talks resumed, what would they be about?\"",
            "For now, the only things moving around the islands are Russian soldiers and Japanese "
            "protests. Neither side has proposed a new format, and none is expected this year.",
        ],
    ),
    dict(
        id="b110-25", feed="cordgrass-en", lang="en",
        published="2026-02-07T04:00:00Z",
        title="Takaichi vows to 'persistently' seek islands' return at Northern Territories Day rally",
        summary="Speaking at the annual rally in Tokyo, the prime minister said Japan's policy of "
                "resolving the territorial issue and concluding a peace treaty was unchanged.",
        label="restatement",
        note="Annual occasion; new speaker restates Japan's known policy (seed: Kishida 'steadfast'); "
             "her call on Russia to allow grave visits is a request.",
        byline="Cordgrass staff", section="Asia",
        body=[
            "TOKYO, Feb 7 (Cordgrass) - Prime Minister Sanae Takaichi said on Saturday that Japan would "
            "\"persistently\" pursue the return of four Russian-held islands off Hokkaido, addressing "
            "the annual national rally on Northern Territories Day for the first time since taking "
            "office.",
            "\"Our policy of resolving the territorial issue and concluding a peace treaty remains "
            "unchanged,\" Takaichi told about 1,500 people at the rally in central Tokyo, among them "
            "former residents of the islands and their descendants.",
            "She said Japan-Russia relations were \"in a severe state\" because of the war in Ukraine, "
            "and called on Moscow to allow former islanders to visit family graves, \"a matter of the "
            "highest priority.\"",
            "Northern Territories Day marks the signing of the 1855 Treaty of Shimoda, which Japan "
            "cites as the basis of its claim to Iturup, Kunashir, Shikotan and the Habomai islets.",
            "Russia's Foreign Ministry has in past years called the rally an expression of "
            "\"revanchism\". Moscow halted peace treaty talks in 2022 in response to Japan's sanctions.",
            "The rally adopted a declaration calling on the government to \"redouble its efforts\". "
            "Similar events were held in Nemuro and Sapporo.",
        ],
    ),
    dict(
        id="b110-27", feed="greylag-en", lang="en",
        published="2026-02-09T06:00:00Z",
        title="In Nemuro, the count that matters: fewer than 5,000 former islanders remain",
        summary="The islands residents' league says its members' average age has passed 89; the "
                "annual signature drive added another 60,000 names.",
        label="restatement",
        note="Background/occasion feature; restates seed facts (visa-free trips ended 2022) and the "
             "known Japanese position; no development.",
        byline="Greylag reporters", section="Islands",
        body=[
            "NEMURO - Every February the Chishima Habomai Islands Residents' League updates two numbers. "
            "This year, the first fell below 5,000: that is how many of the roughly 17,000 people who "
            "lived on the four islands in 1945 are still alive. The second, their average age, passed "
            "89.",
            "At the league's office near Nemuro station, a wall map shows the villages of Shikotan and "
            "Kunashir as they were. \"We used to put a pin for each member who went back on a visit,\" "
            "said a staff member. \"There have been no new pins since 2019.\"",
            "Grave visits and visa-free exchanges stopped first because of the pandemic and then, in "
            "2022, because Russia ended the arrangements in response to Japanese sanctions. Tokyo "
            "continues to ask Moscow to allow the visits; Moscow has not agreed.",
            "The league's signature campaign for the islands' return added about 60,000 names last "
            "year, bringing the total since 1945 to more than 94 million, it said.",
            "A 91-year-old woman from Shikotan, who attended Saturday's rally in Nemuro, said she no "
            "longer expected to go back. \"I only hope my grandchildren remember the name of the "
            "village.\"",
            "Posted 9 February 2026",
        ],
    ),
    dict(
        id="b110-28", feed="greylag-en", lang="en",
        published="2026-03-10T01:00:00Z",
        title="Habomai crab boats stay in port as Russia declines to renew 25-year-old deal",
        summary="Russian fishing organisations have refused to sign this year's private agreement "
                "letting Japanese boats trap hair crab near Suisho (Tanfilyev) Island.",
        label="new_development", group="b110-g4",
        new_facts=["Russia refused to sign the 2026 private agreement that lets Habomai boats trap hair "
                   "crab around Suisho (Tanfilyev) Island; the spring season cannot open for the first "
                   "time since 2001"],
        must_mention=[["crab"], ["suisho", "tanfilyev", "habomai"]],
        note="First report of g4. Fisheries around the Habomai are not in the seeds; a refusal to sign "
             "the annual agreement (season lost for the first time since 2001) is a new development.",
        byline="Greylag reporters", section="Fisheries",
        body=[
            "NEMURO - Eighteen boats that trap hair crab in the waters around Suisho Island will not "
            "sail this spring after Russian fishing organisations declined to sign the annual private "
            "agreement that allows them to work there, the Habomai fisheries cooperative said on "
            "Monday.",
            "Suisho, called Tanfilyev Island by Russia, is the largest of the Habomai islets and lies "
            "about seven kilometres off Cape Nosappu. Under an agreement first concluded in 2001, "
            "boats from the Habomai cooperative pay a fee to the Russian side and fish for hair crab "
            "(kegani) in set areas from late March.",
            "The Hokkaido Fisheries Association, which negotiates on the Japanese side, said talks by "
            "video link broke off last week. The Russian side gave no formal reason, it said, but "
            "referred to \"the current state of relations\".",
            "It is the first time since the agreement began that the season cannot open. Last year's "
            "catch was about 110 tonnes, worth roughly 600 million yen at the Nemuro market.",
            "\"Spring crab is what keeps the small boats going until summer,\" said a captain whose "
            "family has fished off Habomai for three generations. \"Without it, some of us will not "
            "make it.\"",
            "Hokkaido officials said they would ask the national government to support affected crews. "
            "The foreign ministry said it was \"aware of the situation\" and was in contact with the "
            "parties.",
            "Posted 10 March 2026, 10:00 JST",
        ],
    ),
    dict(
        id="b110-30", feed="sedgewick-en", lang="en",
        published="2026-03-25T08:00:00Z",
        title="Motegi says Japan will keep pressing Russia on grave visits, offers no sign of breakthrough",
        summary="Japan's foreign minister told an upper house committee that Tokyo continues to "
                "'strongly request' the resumption of visits by former islanders.",
        label="restatement",
        note="Requested move ('strongly request resumption') and 'no concrete response' - nothing "
             "changed; seed: Russia ended visa-free and simplified trips in 2022.",
        byline="Sedgewick politics desk", section="Politics",
        body=[
            "TOKYO - Foreign Minister Toshimitsu Motegi said on Wednesday that Japan would keep "
            "\"strongly requesting\" that Russia allow former residents of the disputed islands to "
            "visit family graves, but acknowledged that Moscow had given no concrete response.",
            "\"Grave visits are a humanitarian matter for former islanders, who are very old. We "
            "continue to raise it with the Russian side at every opportunity,\" Motegi told the upper "
            "house special committee on Okinawa and Northern problems.",
            "Asked by an opposition lawmaker whether the government had a plan B, Motegi said it would "
            "\"not comment on the details of diplomatic exchanges\" and that Tokyo's policy of "
            "resolving the territorial issue and concluding a peace treaty was unchanged.",
            "Russia ended visa-free exchanges and simplified visits by former residents in 2022, in "
            "response to Japan's sanctions over the war in Ukraine, and halted peace treaty talks.",
            "The committee also discussed subsidies for fishing communities in eastern Hokkaido and a "
            "programme to record the testimony of former islanders.",
        ],
    ),
    dict(
        id="b110-31", feed="cordgrass-en", lang="en",
        published="2026-04-14T05:00:00Z",
        title="Japan's diplomatic bluebook keeps 'Northern Territories' language, says Russia ties remain severe",
        summary="The 2026 Diplomatic Bluebook repeats that the islands are Japanese territory and "
                "calls Russia's suspension of peace treaty talks 'extremely unjust'.",
        label="restatement",
        note="Annual report restating known positions: islands Japanese, talks suspended by Russia "
             "(seed, March 2022); Japan's protest of that suspension (seed: Hayashi protest).",
        byline="Cordgrass staff", section="Asia",
        body=[
            "TOKYO, April 14 (Cordgrass) - Japan's annual Diplomatic Bluebook, presented to the cabinet "
            "on Tuesday, describes relations with Russia as remaining in a \"severe situation\" and "
            "repeats that the Northern Territories are \"islands over which Japan has sovereignty\".",
            "The report says Russia's announcement in March 2022 that it would not continue peace "
            "treaty negotiations was \"extremely unjust and totally unacceptable\", language that has "
            "appeared in every edition since.",
            "It also says Japan will \"continue to strongly request\" the resumption of exchange "
            "programmes with the islands, including grave visits by former residents.",
            "The chapter on Russia is shorter than in past years and is dominated by the war in "
            "Ukraine, Russia's military cooperation with North Korea and joint Russian-Chinese "
            "military activity near Japan.",
            "Russia has criticised previous editions as containing \"territorial claims\" that it "
            "rejects. Moscow says its sovereignty over the islands, which it calls the Southern "
            "Kurils, is beyond question.",
        ],
    ),
    dict(
        id="b110-33", feed="cordgrass-en", lang="en",
        published="2026-05-12T09:00:00Z",
        title="Mauritius raises flag over Chagos as UK treaty takes effect; Diego Garcia base stays",
        summary="Britain transferred sovereignty over the Chagos archipelago under a treaty that "
                "leases back the island of Diego Garcia for the U.S.-UK military base.",
        label="off_topic",
        note="Look-alike: another island sovereignty dispute settled by treaty; nothing about Russia, "
             "Japan or the Kurils.",
        byline="Cordgrass staff", section="World",
        body=[
            "PORT LOUIS, May 12 (Cordgrass) - Mauritius raised its flag over the Chagos archipelago on "
            "Tuesday as a treaty transferring sovereignty from Britain took effect, ending one of the "
            "last colonial-era island disputes in the Indian Ocean.",
            "Under the treaty, Britain keeps a 99-year lease on Diego Garcia, the largest island, "
            "where the United States and Britain operate a military base. London will make annual "
            "payments to Mauritius.",
            "\"Today our map is complete,\" the Mauritian prime minister told a ceremony attended by "
            "former Chagossian residents, who were removed from the islands in the 1960s and 1970s.",
            "Some Chagossians in Britain oppose the deal, saying they were not consulted and want a "
            "right to return to all of the islands.",
            "The International Court of Justice said in a 2019 advisory opinion that Britain should end "
            "its administration of the archipelago.",
            "Britain's foreign office said the treaty secured the long-term future of the base and settled a dispute that had damaged its standing at the United Nations and in Africa. Critics in parliament said London had given away territory under legal pressure without a clear security gain.",
            "Mauritius has said it will establish a resettlement programme for the outer islands, funded in part by the British payments, but officials gave no timetable.",
        ],
    ),
    dict(
        id="b110-37", feed="marrowstone-en", lang="en",
        published="2026-06-04T09:00:00Z",
        title="Kosachev: Moscow 'could talk' to Tokyo again - if Japan drops sanctions and its claims",
        summary="The senior Russian senator set out conditions for returning to treaty talks that "
                "Japanese officials say amount to a refusal.",
        label="restatement",
        note="Conditional ('could talk if...'); restates seed conditions (end of hostile policy, "
             "sovereignty not in question). New speaker, no move.",
        byline="Marrowstone staff", section="Diplomacy",
        body=[
            "Konstantin Kosachev, deputy speaker of Russia's Federation Council, said this week that "
            "Moscow \"could talk\" to Japan again about a peace treaty - if Tokyo lifted its sanctions "
            "and accepted the outcome of the Second World War \"in full\".",
            "\"If Tokyo lifted its illegitimate sanctions and recognised the results of the war, "
            "including Russia's sovereignty over the Kuril Islands, there would be something to talk "
            "about,\" Kosachev told a round table in Moscow on Asia-Pacific security.",
            "Japanese officials were unimpressed. \"Those are not conditions for talks, they are the "
            "outcome Russia wants from talks,\" said one, speaking anonymously. Japan's foreign ministry "
            "said its position was unchanged.",
            "## Nothing new, said twice",
            "Kosachev's formula combines two long-standing Russian lines: that Japan's \"hostile "
            "policy\" must end before any normalisation, as Deputy Foreign Minister Andrei Rudenko said "
            "in 2024, and that Russia's sovereignty over the islands is fixed in international "
            "documents and cannot be questioned.",
            "No talks are scheduled. Russia halted the negotiations in March 2022.",
        ],
    ),
    dict(
        id="b110-39", feed="sedgewick-en", lang="en",
        published="2026-07-10T06:30:00Z",
        title="Japan's defence white paper warns of 'more active' Russian forces near Hokkaido",
        summary="The annual report cites joint Russian-Chinese patrols, a radar balloon over Kunashir "
                "and continued drills on the disputed islands.",
        label="new_development", group="b110-g1",
        new_facts=["Russian forces deployed a tethered radar aerostat (balloon) over Kunashir for the "
                   "first time; Japan protested"],
        must_mention=[["aerostat", "balloon"], ["kunashir"]],
        note="Late follow-up in group g1: the white paper repeats the aerostat first reported in July "
             "2025 (b110-04); the rest is annual-report restatement. No new fact.",
        byline="Sedgewick politics desk", section="Politics",
        body=[
            "TOKYO - Japan's annual defence white paper, adopted by the cabinet on Friday, says Russian "
            "forces in the Far East have become \"more active\" near Japan despite the war in Ukraine, "
            "and that Moscow is deepening military cooperation with China.",
            "The report lists joint flights by Russian and Chinese bombers, naval patrols that passed "
            "through the straits around Japan, and continued exercises on the Northern Territories, "
            "where it says Russia has a division-sized garrison.",
            "It notes that since last summer Russian forces have operated a tethered radar balloon "
            "over Kunashir, which the defence ministry first confirmed in July 2025, and says the "
            "system extends Russia's surveillance of the Nemuro Strait.",
            "\"Russia's military build-up on the Northern Territories is incompatible with our "
            "position on these islands,\" the paper says, repeating language from previous years.",
            "The chapter on China remains the longest, and the paper calls Beijing's military "
            "activities \"the greatest strategic challenge\" to Japan. North Korea's missile programme "
            "is described as a \"grave and imminent threat\".",
            "China and South Korea usually object to the white paper's references to disputed "
            "islands in the East China Sea and the Sea of Japan.",
        ],
    ),
    dict(
        id="b110-41", feed="marrowstone-en", lang="en",
        published="2026-07-15T10:00:00Z",
        title="Seoul protests Tokyo's Dokdo claim in defence white paper, summons attache",
        summary="South Korea's foreign and defence ministries objected to the Japanese document's "
                "reference to the islets Japan calls Takeshima.",
        label="off_topic",
        note="Look-alike: another Japanese island dispute (Takeshima/Dokdo) and the same white paper; "
             "not about Russia or the Kurils.",
        byline="Marrowstone staff", section="Maritime",
        body=[
            "South Korea summoned a Japanese defence attache on Tuesday to protest at Japan's annual "
            "defence white paper, which again describes the Dokdo islets in the Sea of Japan - "
            "Takeshima to Japan - as Japanese territory.",
            "\"The government strongly protests the unjust territorial claim and demands its immediate "
            "withdrawal,\" South Korea's foreign ministry said in a statement. Seoul's defence ministry "
            "said Dokdo was \"clearly Korean territory historically, geographically and under "
            "international law.\"",
            "Japan says the islets, controlled by South Korea since the 1950s, are inherently Japanese. "
            "The white paper has included the claim every year for two decades.",
            "Japan's foreign ministry rejected the protest, a spokesperson said, repeating that Takeshima is \"clearly an inherent part of Japan's territory in light of historical facts and based on international law\".",
            "South Korea holds annual military drills around the islets, which Japan routinely protests. Seoul has also objected to Japanese school textbooks and to an annual \"Takeshima Day\" event organised by Shimane prefecture.",
            "The protests come as Tokyo and Seoul try to keep improving ties. Officials on both sides "
            "said the dispute would not derail planned talks between the two leaders.",
        ],
    ),
    dict(
        id="b110-44", feed="greylag-en", lang="en",
        published="2026-08-20T06:00:00Z",
        title="Shiretoko tour boats add satellite beacons as summer season peaks",
        summary="Four years after the Kazu I sinking, operators in Utoro and Rausu say new safety "
                "rules have changed how they work.",
        label="off_topic",
        note="Look-alike: eastern Hokkaido coast, Rausu, the Nemuro Strait and a glimpse of Kunashir, "
             "but a tourism-safety story with no dispute content.",
        byline="Greylag reporters", section="Local",
        body=[
            "RAUSU - On a calm August morning the whale-watching boat left Rausu harbour with 40 "
            "passengers, a satellite beacon on the wheelhouse roof and a second crew member whose job "
            "is to watch the weather.",
            "Both are now required by rules introduced after the tour boat Kazu I sank off the "
            "Shiretoko Peninsula in April 2022, killing 20 people and leaving six missing. Operators "
            "must also carry rafts that keep passengers out of the water and report their position to "
            "the coast guard at set intervals.",
            "\"It costs more and we sail less often, but customers ask about safety first now,\" said "
            "the captain. Sperm whales and orcas were spotted within an hour; on the horizon lay the "
            "mountains of Kunashir.",
            "Bookings on the Okhotsk side of the peninsula, at Utoro, remain below pre-accident levels, "
            "operators said. Rausu, on the Nemuro Strait, has done better thanks to whale watching.",
            "Posted 20 August 2026",
        ],
    ),
    dict(
        id="b110-45", feed="greylag-en", lang="en",
        published="2026-08-27T05:00:00Z",
        title="'They put the stones back': six former islanders visit restored Japanese graves on Kunashir",
        summary="The one-off trip, allowed by Russia as an exception, took the group to a cemetery in "
                "Yuzhno-Kurilsk a year after vandals toppled its headstones.",
        label="status_change", group="b110-g6",
        new_facts=["Russia allowed, as a one-time exception, six former islanders and relatives to "
                   "visit the restored Japanese cemetery in Yuzhno-Kurilsk (Kunashir) without visas; "
                   "not a resumption of the terminated 1999 simplified visits"],
        must_mention=[["former islander", "former resident"], ["grave", "cemetery"]],
        note="Follow-up of g6 (first report b110-40): the visit took place as announced; no new fact "
             "beyond the one-off exception already reported.",
        byline="Greylag reporters", section="Islands",
        body=[
            "NEMURO - Six former residents of Kunashir and their relatives returned to Nemuro on "
            "Wednesday after a three-day visit to the island, where they laid flowers at a Japanese "
            "cemetery whose headstones were toppled by vandals a year ago.",
            "The trip, which Russia approved as a one-time exception, was the first visit by former "
            "islanders to Kunashir since before the pandemic. Russia ended the visa-free "
            "arrangements for such visits in 2022.",
            "\"They put the stones back. Some have cracks, but they stand,\" said an 87-year-old man "
            "whose parents are buried in the cemetery on the edge of Yuzhno-Kurilsk, the town once "
            "called Furukamappu. \"I told my father I was sorry it took so long.\"",
            "The group sailed on a chartered ship from Nemuro and travelled with identity documents "
            "instead of passports and visas, as under the old procedure. Russian officials accompanied "
            "them throughout, members said.",
            "Japanese officials have stressed that the trip does not mean the resumption of grave "
            "visits or other exchange programmes, and Moscow has said the same.",
            "Posted 27 August 2026",
        ],
    ),
    dict(
        id="b110-47", feed="marrowstone-en", lang="en",
        published="2026-10-19T08:00:00Z",
        title="The 1956 declaration turns 70 with nobody left at the table",
        summary="The Soviet-Japanese Joint Declaration ended the state of war but not the dispute. On "
                "its anniversary, neither capital is even pretending to negotiate.",
        label="restatement",
        note="Anniversary/background piece: 1956 declaration, 2018 Singapore acceleration, 2022 "
             "suspension (all seed facts); no development.",
        byline="By a Marrowstone correspondent", section="Analysis",
        body=[
            "Seventy years ago today, in Moscow, Soviet Premier Nikolai Bulganin and Japanese Prime "
            "Minister Ichiro Hatoyama signed the Joint Declaration that ended the state of war between "
            "their countries and restored diplomatic relations. A peace treaty was supposed to follow. "
            "It never did.",
            "The declaration's ninth article, in which Moscow agreed to hand over Shikotan and the "
            "Habomai islets after a treaty was signed, became both the foundation and the trap of "
            "every negotiation since. In Singapore in 2018, Shinzo Abe and Vladimir Putin agreed to "
            "\"accelerate\" talks on its basis. Four years later Russia walked out, citing Japan's "
            "sanctions over Ukraine.",
            "Today there is no negotiating channel at all. Russia's Foreign Ministry says resumption is "
            "impossible while Tokyo pursues its \"unfriendly\" course. Tokyo says its policy of "
            "resolving the territorial issue and concluding a treaty is unchanged, and asks Moscow to "
            "let elderly former islanders visit graves.",
            "The anniversary was marked quietly. Japan's chief cabinet secretary repeated the standard "
            "lines at his news conference. The Russian embassy in Tokyo posted archive photographs "
            "of the signing.",
            "> The declaration remains the only agreed text on the islands. Both sides still cite it; "
            "neither is acting on it.",
            "Historians note that the declaration was ratified by both parliaments - a rare thing in "
            "this relationship. \"It is the one document both sides once fully accepted,\" said a "
            "Tokyo scholar. \"That is why nobody wants to let go of it, and why nobody can use it.\"",
        ],
    ),
    dict(
        id="b110-53", feed="sedgewick-en", lang="en",
        published="2026-12-18T08:00:00Z",
        title="Japan's new security strategy names Russian build-up on disputed islands a 'serious concern'",
        summary="The revised National Security Strategy, adopted by the cabinet on Friday, ties Russian "
                "military activity on the Northern Territories to 'strategic coordination' with China.",
        label="neutral",
        note="Borderline: a new official document, but its islands language restates known Japanese "
             "positions (protest at militarisation; treaty policy unchanged). Not scored.",
        byline="Sedgewick politics desk", section="Politics",
        body=[
            "TOKYO - Japan's cabinet on Friday adopted a revised National Security Strategy that "
            "describes Russia's military activities around Japan, including on the Russian-held "
            "islands off Hokkaido, as a \"serious concern\", and says Moscow is deepening \"strategic "
            "coordination\" with Beijing.",
            "The document, the first full revision since 2022, raises defence spending targets and "
            "expands the role of long-range missiles. Its section on Russia is longer than in the "
            "previous version and mentions the Northern Territories by name.",
            "\"Russia continues to strengthen its military posture on the Northern Territories, which "
            "are inherent territory of Japan,\" the strategy says. It adds that Japan's policy of "
            "resolving the territorial issue and concluding a peace treaty \"remains unchanged\".",
            "Officials said the language on the islands did not signal a new policy. \"It describes "
            "the situation as it is,\" one said.",
            "Russia's embassy criticised the draft earlier this month as \"militarist\". Moscow is "
            "expected to respond formally after the text is published in English.",
        ],
    ),
    dict(
        id="b110-54", feed="cordgrass-en", lang="en",
        published="2026-12-18T14:00:00Z",
        title="Putin says Russia 'never slammed the door' on Japan, but sees no treaty while sanctions stand",
        summary="At his year-end news conference the Russian president repeated that Tokyo's policy "
                "made peace treaty talks impossible.",
        label="restatement",
        note="Restatement by Putin (seed: talks impossible under sanctions; sovereignty not "
             "questioned). 'Ready if Japan changes course' is conditional.",
        byline="Cordgrass staff", section="World",
        body=[
            "MOSCOW, Dec 18 (Cordgrass) - President Vladimir Putin said on Friday that Russia had "
            "\"never slammed the door\" on Japan but saw no possibility of concluding a peace treaty "
            "while Tokyo kept its sanctions and its \"unfriendly\" policy.",
            "\"We are ready to work with anyone who is ready to work with us. Japan has made a "
            "different choice,\" Putin said at his annual news conference and call-in show, in answer "
            "to a question from a Japanese correspondent.",
            "\"As for the islands - our position is known. These are Russian territories, "
            "following the results of the Second World War,\" he said.",
            "Putin said Japanese businesses were still welcome and mentioned Sakhalin energy projects. "
            "He did not announce any initiative toward Tokyo.",
            "Putin spent much of the four-hour session on the economy, the war in Ukraine and relations with the United States. Japan came up once, near the end.",
            "The correspondent's question, about whether Moscow would allow elderly former islanders to visit graves, went unanswered; Putin spoke instead about Japan's support for Kyiv and its military cooperation with Washington.",
            "Japan's government said it had no comment on the remarks. Moscow halted peace treaty "
            "negotiations in March 2022.",
        ],
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        id="b110-56", feed="marrowstone-en", lang="en",
        published="2027-01-15T09:00:00Z",
        title="2027 outlook: what a Ukraine settlement could - and could not - do for Japan-Russia ties",
        summary="If a ceasefire holds, grave visits might come back. A treaty would not. A guide to "
                "the hypotheticals.",
        label="restatement",
        note="Wished-for/conditional scenarios ('might resume', 'would return if'); restates seed "
             "facts (talks, visa-free trips, joint economic activity all suspended). No event.",
        byline="Marrowstone editors", section="Outlook",
        body=[
            "Every January we ask what the coming year might bring. For Japan and Russia the honest "
            "answer is: probably not much, unless the war in Ukraine ends.",
            "## If the guns fall silent",
            "A durable ceasefire could lead Tokyo to relax some sanctions in step with the G7. Moscow "
            "has tied any normalisation to Japan dropping its \"hostile policy\", so a partial easing "
            "might be answered with humanitarian gestures. The most likely candidate would be grave "
            "visits by former islanders, which Russia ended in 2022 and which Tokyo has asked for ever "
            "since.",
            "## What would not change",
            "Peace treaty negotiations would be a different matter. Russia has written the "
            "inviolability of its territory into its constitution and says its sovereignty over the "
            "islands is not up for discussion. Even a resumed dialogue would start from positions "
            "further apart than in 2018.",
            "## And if the war goes on",
            "Then expect more of 2026: Russian deployments and Japanese protests, annual rallies and "
            "annual rebuttals, and the occasional one-off exception for fishermen or former "
            "islanders. Joint economic activity, visa-free exchanges and treaty talks would stay "
            "where Moscow left them in March 2022.",
            "Our central forecast: no resumption of treaty talks in 2027.",
        ],
    ),
    dict(
        id="b110-57", feed="cordgrass-en", lang="en",
        published="2027-01-22T10:00:00Z",
        title="Russia moves to scrap tax treaty with Japan, extending 2023 suspension",
        summary="A bill submitted to the State Duma would terminate the double taxation convention "
                "with Japan, whose key articles Moscow suspended in 2023.",
        label="off_topic",
        note="Look-alike: a different Russia-Japan treaty (double taxation convention); not the peace "
             "treaty, not the islands.",
        byline="Cordgrass markets desk", section="Markets",
        body=[
            "MOSCOW, Jan 22 (Cordgrass) - Russia's government has submitted a bill to the State Duma "
            "to terminate its double taxation treaty with Japan, according to the parliamentary "
            "database, formalising a break that began in 2023.",
            "President Vladimir Putin suspended key provisions of tax treaties with 38 countries he "
            "deemed unfriendly, including Japan, in August 2023. The suspension removed reduced "
            "withholding rates on dividends and interest.",
            "\"The treaty has in practice not worked for more than three years,\" the explanatory note "
            "says, citing Japan's \"unfriendly actions\".",
            "Tax advisers in Tokyo said the practical impact would be limited because few Japanese "
            "companies still receive income from Russia. Japan's finance ministry declined to comment.",
            "Trade between the two countries has fallen by more than half since 2021. Japanese exports to Russia are limited by sanctions, while imports are dominated by liquefied natural gas, fish and some metals.",
            "The Duma is expected to consider the bill in its spring session. Termination would take effect from the start of the calendar year following the exchange of diplomatic notes, the database entry said.",
            "Similar bills concerning treaties with several European countries were submitted at the "
            "same time.",
        ],
    ),
]
