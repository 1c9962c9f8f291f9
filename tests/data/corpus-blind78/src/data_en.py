"""English-language articles of corpus blind78 (three outlets)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="e-ishiba-race", feed="pinnace-en", lang="en", published="2024-09-18T03:00:00Z",
        title="Ishiba says he would reopen Russia treaty track 'when conditions are right'",
        summary="The LDP leadership frontrunner says the goal of a peace treaty with Moscow stands, "
                "but rules out easing sanctions to get there.",
        label="restatement",
        note="Conditional wish by a candidate; restates Japan's known policy (seed 002: Kishida "
             "'steadfast' on a peace treaty) and the known suspension of talks (seeds 000, 004). No move.",
        author="Mariko Dunleavy", section="Japan politics",
        tags=["Japan", "LDP leadership", "Russia"],
        related=["Koizumi pitches labour reform as LDP race enters final stretch",
                 "Yen steadies as traders weigh Bank of Japan timing",
                 "Explainer: how the LDP picks Japan's next prime minister"],
        body="""
Shigeru Ishiba, the former defence minister seen as a leading contender to become Japan's next prime minister, said on Tuesday that Tokyo should be ready to return to peace treaty negotiations with Russia "when conditions are right", while insisting that sanctions over the war in Ukraine must stay in place.

Speaking at a debate among the nine candidates for the leadership of the ruling Liberal Democratic Party, Ishiba said the government's goal of "resolving the territorial issue and concluding a peace treaty" had not changed. "We cannot simply wait forever. When the circumstances allow, Japan should be prepared to talk," he said, without saying what those circumstances would be.

Asked whether Japan could ease any of its measures against Moscow to restart dialogue, he was blunt: "No. That would send the wrong message to the world, and to Beijing."

Other candidates largely echoed the line. Sanae Takaichi, the economic security minister, said Japan must "never waver" on its claim to the islands off Hokkaido, while Shinjiro Koizumi said he would prioritise the wishes of elderly former residents who hope to visit family graves.

## A dormant track

Russia broke off the peace treaty talks in March 2022, citing Japan's sanctions, and at the same time ended visa-free visits by Japanese citizens to the four islands, which Russia calls the Southern Kurils and Japan the Northern Territories. Moscow has repeatedly said that its sovereignty over the islands, taken by Soviet forces at the end of World War Two, is not open to question.

In February, Deputy Foreign Minister Andrei Rudenko said a resumption of the dialogue was "categorically impossible" in the current environment.

Outgoing Prime Minister Fumio Kishida, who is not running, has said Japan remains committed to a treaty but that relations with Moscow are in a difficult state.

The LDP votes on Sept. 27. Because the party controls parliament, its new leader is all but certain to become prime minister.
""",
    ),
    dict(
        key="e-peskov-ishiba", feed="bellbuoy-wire", lang="en", published="2024-10-01T11:05:00Z",
        title="Kremlin sees no basis for peace treaty talks with Japan under new premier",
        summary="A change of prime minister in Tokyo does not alter the situation, Kremlin spokesman "
                "Dmitry Peskov said, adding that peace treaty talks remain impossible.",
        label="restatement",
        note="Peskov repeats that peace treaty talks are impossible under current conditions (seed 002, "
             "also seeds 000/004). New occasion (Ishiba sworn in), no new fact.",
        section="World | Asia",
        credit="Reporting by Bell Buoy Wire Moscow bureau; Writing by Anna Kersey; Editing by Tom Hale",
        related=["Ishiba elected Japan's prime minister, names cabinet",
                 "Russia's Lavrov meets ASEAN counterparts in Vientiane",
                 "Japan extends sanctions on Russian banks"],
        body="""
MOSCOW, Oct 1 (Bell Buoy Wire) - The Kremlin said on Tuesday it saw no grounds to expect a change in Japan's policy towards Russia under its new prime minister, Shigeru Ishiba, and that talks on a peace treaty remained impossible for now.

"We have not heard anything from Tokyo that would suggest a departure from the unfriendly course that Japan has chosen," Kremlin spokesman Dmitry Peskov told reporters when asked about Ishiba, who was elected prime minister by parliament earlier in the day.

"Of course, under such conditions, any talks on a peace treaty are out of the question," Peskov said. "The responsibility for this lies entirely with Tokyo."

Ishiba, 67, has said Japan's aim of resolving the territorial dispute and signing a peace treaty with Russia remains unchanged, but that sanctions imposed over the war in Ukraine will stay.

Russia and Japan never signed a peace treaty after World War Two because of the dispute over four islands off Hokkaido, which Soviet troops seized in 1945. Moscow calls them the Southern Kurils, Tokyo the Northern Territories.

In March 2022, Russia's foreign ministry said it would not continue peace treaty negotiations with a country that had taken "openly unfriendly positions", and scrapped visa-free trips by Japanese citizens to the islands.
""",
    ),
    dict(
        key="e-peskov-ishiba-copy", feed="akan-courier", lang="en", published="2024-10-01T15:20:00Z",
        title="Kremlin: no basis for peace treaty talks under Ishiba",
        summary="Moscow says Japan's new prime minister changes nothing and that talks on a peace treaty "
                "remain impossible. (Bell Buoy Wire)",
        label="restatement",
        note="Syndicated copy of @e-peskov-ishiba (Bell Buoy Wire text, trimmed); restates seed 002.",
        author="Bell Buoy Wire",
        credit="This story was provided by Bell Buoy Wire and edited for length.",
        related=["Nemuro fishermen brace for another lean saury season",
                 "Ishiba's cabinet: who's who",
                 "Former islanders mark 79 years since they left"],
        body="""
MOSCOW — The Kremlin said on Tuesday it saw no grounds to expect a change in Japan's policy towards Russia under its new prime minister, Shigeru Ishiba, and that talks on a peace treaty remained impossible for now.

"We have not heard anything from Tokyo that would suggest a departure from the unfriendly course that Japan has chosen," Kremlin spokesman Dmitry Peskov told reporters.

"Of course, under such conditions, any talks on a peace treaty are out of the question," he said.

Ishiba has said Japan's aim of resolving the territorial dispute and signing a peace treaty with Russia remains unchanged, but that sanctions over the war in Ukraine will stay.

Russia and Japan never signed a peace treaty after World War Two because of the dispute over four islands off Hokkaido, which Moscow calls the Southern Kurils and Tokyo the Northern Territories. Russia halted the negotiations in March 2022 and scrapped visa-free trips by Japanese citizens to the islands.
""",
    ),
    dict(
        key="e-senkaku", feed="pinnace-en", lang="en", published="2024-11-12T04:30:00Z",
        title="Chinese coast guard ships linger off Senkakus as Tokyo lodges fresh protest",
        summary="Four Chinese vessels entered Japan's territorial waters around the East China Sea islets, "
                "the Japan Coast Guard said, the latest in a near-daily presence.",
        label="off_topic",
        note="Look-alike: another island dispute (Japan–China, Senkaku/Diaoyu). Not about Russia or the Kurils.",
        author="Pinnace staff", section="Asia-Pacific",
        tags=["Japan", "China", "East China Sea"],
        related=["Philippines, China trade accusations after Scarborough collision",
                 "Japan's defence budget request hits record",
                 "Okinawa fishermen say patrol boats follow them for hours"],
        body="""
Four Chinese coast guard ships entered Japanese territorial waters around the Senkaku Islands in the East China Sea on Tuesday morning and attempted to approach a Japanese fishing boat, the Japan Coast Guard said, prompting a protest from Tokyo.

The vessels, one of them apparently armed with a cannon, sailed within 12 nautical miles of Uotsuri, the largest of the uninhabited islets, shortly after 7 a.m. and remained there for several hours, the coast guard's 11th regional headquarters in Naha said. Japanese patrol ships positioned themselves between the Chinese vessels and the fishing boat and ordered them to leave.

"The Senkaku Islands are clearly an inherent part of Japan's territory, historically and under international law," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference. He said a protest had been lodged with the Chinese embassy in Tokyo and in Beijing.

China claims the islets, which it calls Diaoyu, and says its ships are carrying out "law enforcement patrols in China's own waters". The islands are administered by Japan.

Chinese government ships have been spotted in the contiguous zone just outside the territorial waters on almost every day this year, according to coast guard figures, a presence that Japanese officials say is designed to chip away at Tokyo's administrative control.

The incident came a day before Japanese and Chinese diplomats were due to meet in Beijing for working-level talks on maritime affairs, a mechanism both governments describe as a way to manage tensions.
""",
    ),
    dict(
        key="e-islanders-petition", feed="akan-courier", lang="en", published="2024-12-05T06:40:00Z",
        title="Former islanders urge Tokyo to press Moscow on grave visits",
        summary="A delegation of former residents of the Russian-held islands handed a petition to the "
                "Foreign Ministry, asking the government to push Russia to allow visits next summer.",
        label="restatement",
        note="Request/wish ('urged ... to press Moscow to allow'); visits remain banned as in seeds 000/001. "
             "No change of state, no new official position.",
        author="Kenji Oshima",
        related=["Nemuro sets up 'memory archive' of island life",
                 "Ferry Etopirika sits idle for a third winter",
                 "Sapporo court hears islanders' property case"],
        comments=[("hokkaidoguy", "Every year the same petition, every year the same answer from Moscow. Sad."),
                  ("M. Sato", "My grandmother was born on Shikotan. She is 94 now. Time is running out.")],
        body="""
A group of former residents of the Russian-held islands off eastern Hokkaido visited the Foreign Ministry in Tokyo on Wednesday and handed over a petition asking the government to do everything it can to persuade Moscow to allow grave visits to resume next summer.

The delegation, led by officials of the League of Residents of Chishima and Habomai Islands, said some 2,600 signatures had been collected in Nemuro and the Kushiro region since the summer.

"Our members are in their late eighties and nineties. For many, next summer may be the last chance to stand in front of their parents' graves," one of the group's vice chairmen told reporters after the meeting. "We ask the government to raise this with the Russian side at every opportunity."

A Foreign Ministry official who received the petition said the government regarded the resumption of grave visits as "a top priority" in its dealings with Russia and would continue to urge Moscow to allow them, according to the league.

Russia halted visa-free exchanges and simplified visits by former residents to the islands — Kunashiri, Etorofu, Shikotan and the Habomai group — in 2022, after Japan joined Western sanctions over the invasion of Ukraine. Moscow has said there can be no talk of resuming the programmes while Tokyo pursues what it calls a hostile policy.

About 17,000 Japanese lived on the four islands before Soviet troops occupied them in 1945. Only about 5,000 of them are still alive, and their average age is close to 89.

The league plans to hold its annual meeting in Nemuro in June.
""",
    ),
    dict(
        key="e-g2-sakhalin-ministry", feed="pinnace-en", lang="en", published="2024-12-18T02:10:00Z",
        title="Sakhalin sets up dedicated ministry to run development of the Kuril Islands",
        summary="The Russian region that administers the islands claimed by Japan will create a separate "
                "ministry for the Kurils from February, according to a decree signed by its governor.",
        label="new_development", group="b78-g2",
        new_facts=["Sakhalin governor Limarenko signed a decree creating a regional Ministry for the "
                   "Development of the Kuril Islands, to start work on 1 February 2025"],
        must_mention=[["ministry"], ["kuril"]],
        note="English report of the development first reported by @r-g2-ministry (Yakor, 17 Dec).",
        author="Pinnace staff", section="Asia-Pacific",
        tags=["Russia", "Kuril Islands", "Japan"],
        related=["Russia extends tax breaks for investors on the Kurils",
                 "Japan's new envoy to Moscow presents credentials",
                 "Sakhalin LNG output hits record despite sanctions"],
        body="""
The governor of Russia's Sakhalin region has signed a decree creating a separate regional ministry to oversee the development of the Kuril Islands, including the four southernmost islands that Japan claims.

The decree, published on the region's legal information portal on Tuesday, says the new Ministry for the Development of the Kuril Islands will coordinate construction of housing, schools, hospitals and transport links in the chain's three districts and handle companies registered under a special tax regime for the islands. Until now those tasks were split among several regional ministries.

The ministry is to start work on Feb. 1, with its main office in Yuzhno-Sakhalinsk and branches in Yuzhno-Kurilsk on Kunashir and Kurilsk on Iturup, according to the decree. It will have a staff of up to 38. No head has been named.

"The Kurils are Russia's outpost in the Pacific, and their development must be managed from a single centre," Governor Valery Limarenko was quoted as saying by local media.

Japan regards Kunashir, Iturup, Shikotan and the Habomai islets, which it calls the Northern Territories, as its own and has protested against Russian economic projects there. There was no immediate comment from Tokyo.

Russia broke off peace treaty negotiations with Japan in March 2022 over Tokyo's sanctions and withdrew from talks on joint economic activities on the islands. Since then Moscow has sought to draw investors from other countries with tax holidays and customs exemptions.
""",
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="e-sakhalin2", feed="bellbuoy-wire", lang="en", published="2025-01-21T07:45:00Z",
        title="Japanese trading houses to keep Sakhalin-2 stakes as U.S. licence extended",
        summary="Mitsui and Mitsubishi will stay in the Russian LNG project after Washington extended a "
                "licence covering related transactions, the companies said.",
        label="off_topic",
        note="Look-alike: unrelated Japan–Russia energy news (Sakhalin-2 LNG); nothing on the treaty or the islands.",
        section="Energy",
        credit="Reporting by Bell Buoy Wire Tokyo energy team; Editing by Priya Nair",
        related=["Japan's LNG imports fall to lowest in over a decade",
                 "Arctic LNG 2 cargo finds no buyer in Asia",
                 "JERA signs long-term deal for U.S. gas"],
        body="""
TOKYO, Jan 21 (Bell Buoy Wire) - Japan's Mitsui & Co and Mitsubishi Corp will keep their stakes in Russia's Sakhalin-2 liquefied natural gas project after the United States extended a licence that allows transactions connected to the venture, the two trading houses said on Tuesday.

Mitsui holds 12.5% and Mitsubishi 10% in Sakhalin Energy, the operator that Russia transferred to a new Russian entity in 2022. The Japanese government has asked the companies to stay in the project, which supplies close to a tenth of Japan's LNG imports, on energy security grounds.

"Sakhalin-2 is an important source of LNG that is close to Japan and not dependent on the Strait of Hormuz," Industry Minister Yoji Muto told reporters. "We will respond appropriately while cooperating with the G7."

Japanese utilities including JERA and Tokyo Gas buy cargoes from the plant on the southern tip of Sakhalin island under long-term contracts that run into the 2030s.

The U.S. Treasury's licence, first issued in 2022, has been renewed several times. Traders said Japanese buyers had been watching for signals from the incoming administration in Washington on its Russia policy.
""",
    ),
    dict(
        key="e-nt-day-2025", feed="akan-courier", lang="en", published="2025-02-07T08:20:00Z",
        title="Ishiba vows to keep pushing on islands as Japan marks Northern Territories Day",
        summary="The prime minister told the annual national rally in Tokyo that Japan's policy of resolving "
                "the territorial issue and concluding a peace treaty with Russia is unchanged.",
        label="restatement",
        note="Annual occasion piece (Feb 7 rally). Ishiba restates the known policy (seed 002) and the wish "
             "for grave visits; relations 'severe' as in seeds. No new fact.",
        author="Kenji Oshima",
        related=["Nemuro rally calls for early resumption of exchanges",
                 "Photo story: the view of Kunashiri from Cape Nosappu",
                 "Northern Territories Day: a short history"],
        body="""
Prime Minister Shigeru Ishiba said on Friday that Japan's policy of resolving the territorial issue with Russia and concluding a peace treaty remained unchanged, as the country marked Northern Territories Day with its annual national rally in Tokyo.

"Japan-Russia relations are in a severe situation due to Russia's aggression against Ukraine," Ishiba told about 1,000 people gathered at a hall in central Tokyo, including former residents of the islands and their families. "But our policy of resolving the territorial issue and concluding a peace treaty will not change."

He said the resumption of grave visits by former islanders was "one of the top priorities" in Japan-Russia relations and that the government would "tenaciously" ask Moscow to allow them.

The rally adopted a resolution calling on the government to keep the issue alive in public opinion and to "spare no effort" to restart exchanges with the islands. A former resident of Shikotan, now 90, spoke of the hill behind his family home and the sound of the sea at night.

Feb. 7 was chosen as Northern Territories Day because on that date in 1855 Japan and Russia signed the Treaty of Shimoda, which drew the border between Etorofu and Uruppu.

Russia halted peace treaty negotiations in March 2022 in response to sanctions over Ukraine and has said it sees no basis for resuming them. Moscow maintains that the islands became Russian territory as a result of World War Two.

Similar rallies were held in Sapporo and in Nemuro, the Hokkaido city closest to the islands.
""",
    ),
    dict(
        key="e-g3-waste-talks", feed="bellbuoy-wire", lang="en", published="2025-03-26T08:15:00Z",
        title="Japan, Russia hold first talks on joint island projects since 2022, focus on waste",
        summary="Officials held a video conference on garbage disposal on two Russian-held islands, the "
                "first meeting on joint economic activities since Moscow walked out of the dialogue in 2022.",
        label="status_change", group="b78-g3",
        new_facts=["Japan and Russia held working-level online talks on joint economic activities (waste "
                   "reduction on Kunashir and Shikotan) on 25 March 2025, the first since Russia withdrew "
                   "from that dialogue in March 2022; they agreed to continue"],
        must_mention=[["waste", "garbage"], ["joint economic", "joint island", "talks"]],
        note="Status change: seeds 000/001 — Russia withdrew from the dialogue on joint economic activities "
             "(March 2022). Now a meeting was held and both sides agreed to continue. English report of "
             "@j-g3-waste-talks (first, Toyo Hochi).",
        section="World | Asia",
        credit="Reporting by Bell Buoy Wire Tokyo bureau; Additional reporting by Moscow newsroom; Editing by Tom Hale",
        related=["Kremlin sees no basis for peace treaty talks with Japan under new premier",
                 "Japan's diplomatic bluebook: what to watch",
                 "Russia seizes Japanese fishing boat off Hokkaido"],
        body="""
TOKYO, March 26 (Bell Buoy Wire) - Japanese and Russian officials have held their first talks on joint economic projects on the disputed islands off Hokkaido since Moscow withdrew from that dialogue in 2022, Japan's foreign ministry said on Wednesday.

The working-level meeting, held by video link on Tuesday, dealt only with waste disposal on Kunashir and Shikotan, two of the four Russian-held islands that Japan calls the Northern Territories, the ministry said. Both sides agreed to continue exchanges at the working level, with no date set for the next round.

Officials from Japan's foreign ministry and Cabinet Office took part, while the Russian side included the foreign ministry's Second Asia Department and the Sakhalin regional government, according to Japanese officials.

"This was an exchange of views from a humanitarian and environmental point of view, on the premise that it does not harm either side's legal position," a senior Japanese foreign ministry official told reporters.

## Limited scope

Japan and Russia agreed in 2017 on five pilot areas for joint economic activities on the islands: aquaculture, greenhouse farming, tourism, wind power and waste reduction. In March 2022, Russia said it was withdrawing from the dialogue, together with halting peace treaty talks and visa-free travel, in response to Japan's sanctions over Ukraine.

Japanese officials stressed that the meeting did not mean a resumption of the peace treaty negotiations, for which they said there was still no prospect.

Russia's foreign ministry did not immediately comment.

Residents of the islands have complained for years about overflowing landfills and plastic washing ashore. A Japanese-funded incinerator project was among the pilot plans discussed before 2022 but never got off the ground.
""",
    ),
    dict(
        key="e-bluebook", feed="bellbuoy-wire", lang="en", published="2025-04-18T04:20:00Z",
        title="Japan's diplomatic bluebook sees no prospect of resuming Russia treaty talks",
        summary="The foreign ministry's annual report again calls ties with Moscow severe and repeats that the "
                "Northern Territories are islands over which Japan has sovereignty.",
        label="restatement",
        note="Annual report restating known positions: talks halted by Russia (seeds 000/001), Japan's "
             "claim to the four islands, no prospect of resumption. No new fact.",
        section="World | Asia",
        credit="Reporting by Bell Buoy Wire Tokyo bureau; Editing by Kim Sorensen",
        related=["Japan, Russia hold first talks on joint island projects since 2022, focus on waste",
                 "Japan and South Korea hold first security dialogue in years",
                 "China protests Japan's bluebook language on Taiwan"],
        body="""
TOKYO, April 18 (Bell Buoy Wire) - Japan's foreign ministry said in its annual diplomatic bluebook on Friday that relations with Russia remained in a "severe situation" and that there was no prospect of resuming peace treaty negotiations that Moscow broke off three years ago.

The 2025 edition, presented to the cabinet by Foreign Minister Takeshi Iwaya, repeats that the Northern Territories are "islands over which Japan has sovereignty" and describes them as "illegally occupied" by Russia, wording unchanged from last year.

"Russia unilaterally announced that it would not continue peace treaty negotiations, and there is currently no outlook for their resumption," the document says. It adds that Japan will maintain its policy of resolving the territorial issue and concluding a peace treaty.

The report also calls the resumption of exchanges with the islands, especially grave visits by elderly former residents, "a top priority" in relations with Russia.

Russia, which has controlled the four islands since the end of World War Two, rejects Japan's claim and says its sovereignty over what it calls the Southern Kurils is beyond question.

The bluebook, published every spring, also expresses concern about China's military build-up and North Korea's missile launches.
""",
    ),
    dict(
        key="e-istanbul", feed="pinnace-en", lang="en", published="2025-05-16T15:30:00Z",
        title="Russia and Ukraine hold first direct peace talks in three years in Istanbul",
        summary="Delegations met for less than two hours and agreed on a large prisoner exchange, but no "
                "ceasefire.",
        label="off_topic",
        note="Look-alike: other peace talks (Russia–Ukraine). Mentions Russia and peace talks, nothing on Japan "
             "or the Kurils.",
        author="Pinnace staff", section="World",
        tags=["Russia", "Ukraine", "Turkey"],
        related=["What's on the table in Istanbul", "Zelensky meets Erdogan in Ankara",
                 "European leaders threaten new sanctions on Moscow"],
        body="""
Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday, agreeing to exchange 1,000 prisoners of war each but making no progress towards a ceasefire.

The meeting at the Dolmabahce Palace, hosted by Turkish Foreign Minister Hakan Fidan, lasted less than two hours. The Russian delegation was led by presidential aide Vladimir Medinsky, while Ukraine sent Defence Minister Rustem Umerov.

"We have agreed on a thousand-for-a-thousand exchange," Umerov told reporters afterwards. A source in the Ukrainian delegation said Russia had put forward "unacceptable demands", including the withdrawal of Ukrainian troops from parts of Ukrainian territory still under Kyiv's control.

Medinsky said Moscow was "satisfied" with the result and ready to continue contacts. Each side would present its vision of a possible future ceasefire in detail, he said.

The last direct talks between the two sides took place in Istanbul in the spring of 2022, weeks after Russia launched its full-scale invasion. They collapsed amid mutual recriminations.

European leaders, who had demanded an unconditional 30-day truce, said they would coordinate further sanctions against Russia if the Kremlin did not agree to a ceasefire.
""",
    ),
    dict(
        key="e-chagos", feed="pinnace-en", lang="en", published="2025-05-22T17:10:00Z",
        title="Britain signs treaty to hand sovereignty of Chagos Islands to Mauritius",
        summary="The UK will keep the Diego Garcia military base under a 99-year lease, ending a decades-long "
                "sovereignty dispute in the Indian Ocean.",
        label="off_topic",
        note="Look-alike: another island sovereignty dispute and a treaty (UK–Mauritius, Chagos). Not about "
             "Russia, Japan or the Kurils.",
        author="Pinnace staff", section="World",
        tags=["UK", "Mauritius", "Indian Ocean"],
        related=["Diego Garcia: the base at the heart of the deal",
                 "Chagossians in Crawley: 'Nobody asked us'",
                 "Mauritius prime minister hails 'completion of decolonisation'"],
        body="""
Britain signed a treaty on Thursday handing sovereignty over the Chagos Islands to Mauritius while keeping control of the strategically important Diego Garcia military base under a 99-year lease.

Prime Minister Keir Starmer said the deal, signed hours after a last-minute court injunction was lifted, secured the base's future "for generations" and protected it from legal challenges that would have left its operations "in peril".

Under the treaty, Britain will pay Mauritius an average of 101 million pounds a year to lease Diego Garcia, which hosts a joint UK-U.S. base used for operations in the Middle East and the Indo-Pacific. A 24-nautical-mile buffer zone around the island will be off-limits to any development without British consent.

Mauritius has long argued that it was illegally forced to give up the archipelago in 1965 as a condition of independence. The International Court of Justice said in a 2019 advisory opinion that Britain's administration of the islands was unlawful.

Opposition Conservatives called the agreement a "surrender" and said it could open the door to Chinese influence in the region. Some Chagossians, whose families were expelled in the 1960s and 1970s, protested outside parliament, saying they had been excluded from the negotiations.

The treaty must still be ratified by both countries' parliaments.
""",
    ),
    dict(
        key="e-graves-question", feed="akan-courier", lang="en", published="2025-06-10T05:15:00Z",
        title="Will they see the graves this summer? Nemuro waits for a word from Moscow",
        summary="The ferry is ready and the lists of names are drawn up, but for a fourth summer former "
                "islanders do not know whether Russia will let them visit.",
        label="restatement",
        note="Questioned/wished-for move ('will Russia allow?'); visits still halted as in seeds 000/001. "
             "No decision reported.",
        author="Kenji Oshima",
        related=["Ferry Etopirika gets new engines ahead of uncertain season",
                 "League of former islanders elects new leadership",
                 "Nemuro kelp divers head out under new rules"],
        comments=[("Rausu resident", "They said the same last year. I hope someone in Tokyo is actually talking to them."),
                  ("tomoko_n", "Beautiful piece. My father never got to go back.")],
        body="""
At the Nemuro port office, the ledger for the visit ship Etopirika has a neat list of names for July and August: former residents of Kunashiri and Etorofu, their children, a few interpreters and doctors. Next to each date is the same pencilled note: "unconfirmed".

For the fourth summer in a row, the people who were born on the islands across the Nemuro Strait do not know whether Russia will let them go back to visit their family graves.

"Every spring we prepare as if it is going to happen," said an official of the city's Northern Territories affairs section. "Then we wait."

Grave visits, along with the visa-free exchanges that once brought hundreds of Japanese and Russian islanders together each year, have been on hold since 2022, when Russia halted the programmes in response to Japan's sanctions over the war in Ukraine. Tokyo has asked repeatedly for the visits to be allowed on humanitarian grounds. Moscow has answered that it sees no basis for that while Japan pursues "unfriendly" policies.

Has anything changed this year? Officials in Tokyo will not say. A Foreign Ministry spokesperson said only that the government "continues to strongly request" the resumption of grave visits through diplomatic channels.

In a small apartment near the harbour, a 91-year-old former resident of Etorofu keeps a faded photograph of his family's house in Shana. "I don't need a ceremony," he said. "I just want to pour a cup of water on my mother's grave before I die."

The Etopirika, built in 2012 for the exchanges, spent the last three summers mostly at anchor. Its crew will be ready again by July 1.
""",
    ),
    dict(
        key="e-whitepaper", feed="bellbuoy-wire", lang="en", published="2025-07-15T03:40:00Z",
        title="Japan defence paper warns of deepening Russia-China military cooperation near its shores",
        summary="Japan's annual defence white paper flags joint bomber flights and naval patrols by Russia and "
                "China and says Moscow continues military activity on the disputed islands.",
        label="neutral",
        note="Borderline: annual report that mentions Russian military activity on the islands in general "
             "terms (no new deployment, no new fact); Russian island build-up itself is not in the seeds.",
        section="Defence",
        credit="Reporting by Bell Buoy Wire Tokyo bureau; Editing by Kim Sorensen",
        related=["China launches third aircraft carrier sea trials",
                 "Japan to deploy long-range missiles in Kumamoto",
                 "North Korea fires ballistic missile into Sea of Japan"],
        body="""
TOKYO, July 15 (Bell Buoy Wire) - Japan said on Tuesday that growing military cooperation between Russia and China around its territory was a "grave concern", in an annual defence white paper that also named China as the country's greatest strategic challenge.

The 2025 white paper, approved by the cabinet, notes that Russian and Chinese strategic bombers have flown joint patrols near Japan and that their navies have sailed together around the Japanese archipelago. "Such activities are clearly intended as a show of force against our country," it says.

On Russia, the document says Moscow's forces in the Far East remain active despite the war in Ukraine and that Russia "continues its military activities in the Northern Territories", the four islands off Hokkaido that Russia holds and Japan claims. It does not cite any new deployments.

The paper devotes most of its attention to China, whose defence spending it says has grown rapidly for more than three decades, and to North Korea's missile and nuclear programmes.

Japan is in the middle of a five-year plan to double defence spending to about 2% of GDP by 2027 and to acquire long-range "counterstrike" missiles.

Russia and China have rejected Japan's criticism in past years, calling their joint exercises routine and not aimed at third countries.
""",
    ),
    dict(
        key="e-tsunami", feed="pinnace-en", lang="en", published="2025-07-30T02:50:00Z",
        title="Tsunami floods port of Severo-Kurilsk after magnitude 8.8 quake off Kamchatka",
        summary="Residents of the northern Kuril town fled to higher ground as waves swept into the harbour; "
                "Japan and Hawaii issued tsunami warnings.",
        label="neutral",
        note="Borderline: about the Kuril Islands (northern Kurils) but a natural disaster, nothing on the "
             "dispute or the peace treaty.",
        author="Pinnace staff", section="World",
        tags=["Russia", "Earthquake", "Tsunami"],
        related=["Hawaii orders coastal evacuations", "Japan lifts some tsunami warnings on Pacific coast",
                 "How the Kuril-Kamchatka trench produces giant quakes"],
        body="""
A powerful earthquake of magnitude 8.8 struck off Russia's Kamchatka peninsula on Wednesday, sending tsunami waves into the port of Severo-Kurilsk in the northern Kuril Islands and triggering warnings across the Pacific from Japan to Hawaii.

Videos posted by residents showed water surging through the harbour of the town of about 2,000 people on Paramushir island, sweeping away boats and flooding a fish processing plant. Local officials said residents had been evacuated to higher ground and there were no immediate reports of deaths.

"The first wave reached the port about 40 minutes after the shock," the head of the Severo-Kurilsk district said in a video address. "The town is without power, but people are safe."

The quake struck at a shallow depth about 120 km east of Petropavlovsk-Kamchatsky, according to the U.S. Geological Survey, one of the strongest recorded in the region since 1952. In 1952 a tsunami destroyed much of Severo-Kurilsk and killed more than 2,000 people.

Japan's Meteorological Agency issued tsunami warnings along its Pacific coast from Hokkaido to Wakayama and advisories elsewhere, and small waves were observed in Nemuro and Kushiro. Hawaii ordered evacuations of coastal areas.

Aftershocks continued through the morning.
""",
    ),
    dict(
        key="e-armenia-azerbaijan", feed="bellbuoy-wire", lang="en", published="2025-08-09T01:30:00Z",
        title="Armenia, Azerbaijan initial peace treaty at White House ceremony",
        summary="The leaders of the two South Caucasus neighbours committed to end decades of conflict, with "
                "the text still to be signed and ratified.",
        label="off_topic",
        note="Look-alike: another peace treaty. Nothing on Russia–Japan or the Kurils.",
        section="World | Europe",
        credit="Reporting by Bell Buoy Wire Washington and Yerevan bureaus; Editing by Priya Nair",
        related=["Explainer: the Zangezur corridor", "Russia's role in the South Caucasus shrinks",
                 "Iran warns against foreign presence on its northern border"],
        body="""
WASHINGTON, Aug 8 (Bell Buoy Wire) - The leaders of Armenia and Azerbaijan initialled a peace treaty at the White House on Friday, pledging to end nearly four decades of conflict between the South Caucasus neighbours.

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev also signed a joint declaration with U.S. President Donald Trump that includes a transit route through southern Armenia linking Azerbaijan with its Nakhchivan exclave.

The treaty text, agreed by negotiators in March, commits both countries to recognise each other's territorial integrity, renounce territorial claims and refrain from deploying third-country forces along their border.

The document was initialled rather than signed. Azerbaijan has said it will sign only after Armenia amends its constitution to remove what Baku regards as a claim to its territory, a step that would require a referendum.

Armenia and Azerbaijan fought two wars over the Nagorno-Karabakh region, which Azerbaijan retook in full in 2023, prompting nearly all of its ethnic Armenian population to flee.
""",
    ),
    dict(
        key="e-80-years", feed="akan-courier", lang="en", published="2025-08-18T00:45:00Z",
        title="Eighty years after the Soviet landing, a Nemuro man remembers the island he left",
        summary="On the anniversary of the 1945 Kuril landing operation, a former resident of Shikotan recalls "
                "the weeks that ended Japanese life on the islands.",
        label="restatement",
        note="Anniversary/background piece (80 years since the 1945 operation); history plus the known state "
             "(visits halted, talks suspended, seeds 000/001). No new fact.",
        author="Kenji Oshima",
        related=["Rally in Nemuro marks 80 years since the war's end",
                 "The Kuril campaign of 1945, explained",
                 "Will they see the graves this summer? Nemuro waits for a word from Moscow"],
        body="""
Eighty years ago this week, on Aug. 18, 1945, three days after Emperor Hirohito announced Japan's surrender on the radio, Soviet troops landed on Shumshu at the northern tip of the Kuril chain. Over the following two weeks they moved south, island by island. By early September they had reached Etorofu, Kunashiri, Shikotan and the Habomai islets.

Takeo Ishikura was eleven and living in Shakotan, the main village on Shikotan, when Soviet soldiers came ashore. "They were young, and many of them were as hungry as we were," said the 91-year-old, who now lives in Nemuro. "Nobody knew what would happen to us."

For two years his family lived alongside Soviet settlers, sharing a school building with Russian children. In 1947 they were put on a ship to Sakhalin, held in a camp at Kholmsk for weeks, and then sent on to Hokkaido. About 17,000 Japanese were removed from the four islands in this way.

Moscow regards the islands, which it calls the Southern Kurils, as lawfully Russian as a result of World War Two. Tokyo says they were seized illegally and has sought their return for eight decades. The two countries have never signed a peace treaty; negotiations were suspended by Russia in 2022 over Japan's sanctions.

Ishikura was able to visit Shikotan twice under the visa-free exchanges that began in the 1990s. Those trips stopped three years ago. "I was lucky," he said. "Many of my friends never went back at all."

He keeps a hand-drawn map of Shakotan on the wall, with every house marked by the family name of those who lived there.
""",
    ),
    dict(
        key="e-g5-kravtsov", feed="pinnace-en", lang="en", published="2025-09-01T10:05:00Z",
        title="Russian education minister opens school on Japan-claimed Shikotan",
        summary="Sergei Kravtsov became the latest Russian cabinet member to visit the disputed islands, "
                "attending the opening of a 250-place school on the first day of term.",
        label="new_development", group="b78-g5",
        new_facts=["Russian Education Minister Sergei Kravtsov visited Shikotan on 1 September 2025 and opened "
                   "a new 250-place school in Malokurilskoye"],
        must_mention=[["kravtsov", "education minister"], ["shikotan", "school"]],
        note="English report of the visit first reported by @r-g5-kravtsov (Sekstant).",
        author="Pinnace staff", section="Asia-Pacific",
        tags=["Russia", "Japan", "Kuril Islands"],
        related=["Sakhalin sets up dedicated ministry to run development of the Kuril Islands",
                 "Russia's back-to-school season: 18 million pupils",
                 "Japan's new LDP leader faces Russia question"],
        body="""
Russian Education Minister Sergei Kravtsov flew to Shikotan on Monday to open a new school, making him the latest member of the Russian government to visit the islands that Japan claims as its own.

Kravtsov attended a ceremony in the village of Malokurilskoye marking the first day of the school year, the Russian news agency Sekstant reported. The three-storey building, with room for 250 pupils, a swimming pool and a boarding section for children from outlying settlements, was built under a federal programme to develop the Kuril Islands.

"Children on the Kurils must study in the same conditions as children in Moscow," the agency quoted Kravtsov as saying. He also met teachers and promised additional funding for teachers' housing on the island, where about 3,000 people live.

It was Kravtsov's first trip to the southern Kurils. Senior Russian officials have made regular visits to the islands in recent years, drawing protests from Tokyo each time.

Shikotan is one of four islands off Hokkaido — along with Iturup, Kunashir and the Habomai islets — that Soviet forces seized at the end of World War Two. Japan calls them the Northern Territories. The dispute has prevented the two countries from signing a peace treaty; Russia broke off negotiations in 2022.

There was no immediate reaction from Tokyo.
""",
    ),
    dict(
        key="e-takaichi-presser", feed="pinnace-en", lang="en", published="2025-10-21T14:20:00Z",
        title="Takaichi pledges to 'resolve' island row with Russia, keep sanctions in place",
        summary="Japan's first female prime minister says her government will stick to the goal of a peace "
                "treaty with Moscow while maintaining pressure over Ukraine.",
        label="restatement",
        note="New speaker (new PM) restating Japan's known policy (seed 002) and that sanctions stay. No move.",
        author="Mariko Dunleavy", section="Japan politics",
        tags=["Japan", "Sanae Takaichi", "Russia"],
        related=["Takaichi names Motegi foreign minister",
                 "Markets cheer 'Takaichi trade' as yen slides",
                 "Profile: Sanae Takaichi, from heavy metal drummer to prime minister"],
        body="""
Sanae Takaichi, who became Japan's first female prime minister on Tuesday, said her government would maintain the country's long-standing aim of resolving the territorial dispute with Russia and concluding a peace treaty, while keeping sanctions over the war in Ukraine.

"The policy of resolving the issue of the attribution of the four northern islands and concluding a peace treaty remains unchanged," Takaichi told her first news conference as prime minister, late on Tuesday. "At the same time, we will continue to impose sanctions on Russia in cooperation with the G7."

Asked whether she saw any chance of restarting talks with Moscow, she said Japan-Russia relations were "in a difficult situation" and that it was "not the time" to discuss a timetable.

Takaichi, a conservative who was close to former prime minister Shinzo Abe, named Toshimitsu Motegi as foreign minister. Abe held more than two dozen meetings with Russian President Vladimir Putin in a failed attempt to break the deadlock over the islands, which Russia calls the Southern Kurils.

Moscow suspended the peace treaty negotiations in March 2022 after Japan joined Western sanctions. The Kremlin has said repeatedly that it sees no basis for resuming them.
""",
    ),
    dict(
        key="e-peskov-takaichi", feed="bellbuoy-wire", lang="en", published="2025-10-22T13:05:00Z",
        title="Kremlin open to talks with Takaichi government 'if Tokyo drops unfriendly course'",
        summary="Moscow is ready for dialogue with Japan's new prime minister but only if Tokyo abandons its "
                "hostile policy, Kremlin spokesman Peskov said.",
        label="restatement",
        note="English version of @r-peskov-takaichi (Sekstant). Conditional ('if Tokyo drops its course') "
             "restating the known condition (seed 004: Tokyo's refusal of hostile policy).",
        section="World | Asia",
        credit="Reporting by Bell Buoy Wire Moscow bureau, citing Sekstant news agency; Editing by Tom Hale",
        related=["Takaichi pledges to 'resolve' island row with Russia, keep sanctions in place",
                 "Japan's new foreign minister speaks to Ukraine's Sybiha",
                 "Russia's Pacific Fleet begins autumn exercises"],
        body="""
MOSCOW, Oct 22 (Bell Buoy Wire) - Russia is ready for dialogue with the new Japanese government of Prime Minister Sanae Takaichi, but only if Tokyo abandons what Moscow calls its unfriendly course, Kremlin spokesman Dmitry Peskov said on Wednesday, according to the Sekstant news agency.

"We have always been open to dialogue with Japan, our neighbour. But the ball is in Tokyo's court," Peskov was quoted as saying. "If Japan gives up its hostile line, we will be ready to discuss it. So far we do not see that."

Asked about Takaichi's statement that Japan would keep seeking a peace treaty while maintaining sanctions, Peskov said: "These two things are incompatible."

Russia halted peace treaty talks in March 2022, saying it was impossible to discuss a fundamental document with a state that took "openly unfriendly positions". Senior Russian diplomats have since said the key condition for normalising ties is Tokyo's abandonment of its hostile policy.
""",
    ),
    dict(
        key="e-g6-helicopters", feed="bellbuoy-wire", lang="en", published="2025-11-04T06:00:00Z",
        title="Russia bases navy helicopters on Kunashir for first time - Pacific Fleet",
        summary="A detachment of Ka-27 anti-submarine helicopters has been permanently stationed on Kunashir, "
                "one of the islands claimed by Japan, Russia's Pacific Fleet said.",
        label="new_development", group="b78-g6",
        new_facts=["Russia's Pacific Fleet permanently stationed a detachment of Ka-27 naval helicopters at "
                   "Mendeleyevo airfield on Kunashir (announced 4 November 2025)"],
        must_mention=[["ka-27", "helicopter"], ["kunashir"]],
        note="First report of the deployment (wire).",
        section="Defence",
        credit="Reporting by Bell Buoy Wire Moscow bureau; Editing by Anna Kersey",
        related=["Russia's Pacific Fleet begins autumn exercises",
                 "Japan defence paper warns of deepening Russia-China military cooperation near its shores",
                 "Japan scrambles jets as Russian bombers fly over Sea of Japan"],
        body="""
MOSCOW, Nov 4 (Bell Buoy Wire) - Russia's Pacific Fleet has permanently stationed a detachment of Ka-27 naval helicopters on Kunashir, one of the four Russian-held islands claimed by Japan, the fleet said on Tuesday.

The detachment of Ka-27PL anti-submarine and Ka-27PS search-and-rescue helicopters "has taken up permanent duty" at Mendeleyevo airfield after the completion of hangars, a maintenance building and fuel storage, the fleet's press service said in a statement. It did not say how many aircraft were involved.

The helicopters will patrol the straits of the southern Kuril chain, search for submarines and take part in rescue operations at sea, the statement said. Until now, naval helicopters have flown to the islands only for exercises from bases on the mainland and Kamchatka.

It is the first permanent basing of naval aviation on Kunashir, which lies about 16 km from Japan's Hokkaido at its closest point.

Russia has steadily strengthened its forces on the islands over the past decade, deploying coastal missile systems and fighter jets. Japan has protested each time, saying the build-up is incompatible with its position on the Northern Territories, as it calls the islands.

There was no immediate comment from Tokyo.
""",
    ),
    dict(
        key="e-g6-helicopters-copy", feed="pinnace-en", lang="en", published="2025-11-04T08:40:00Z",
        title="Russia bases navy helicopters on Kunashir for first time",
        summary="The Pacific Fleet says Ka-27 helicopters have taken up permanent duty on the island claimed by "
                "Japan. (Bell Buoy Wire)",
        label="new_development", group="b78-g6",
        new_facts=["Russia's Pacific Fleet permanently stationed a detachment of Ka-27 naval helicopters at "
                   "Mendeleyevo airfield on Kunashir (announced 4 November 2025)"],
        must_mention=[["ka-27", "helicopter"], ["kunashir"]],
        note="Syndicated copy of @e-g6-helicopters (same wire text, trimmed).",
        author="Bell Buoy Wire", section="Asia-Pacific",
        credit="This article was provided by Bell Buoy Wire.",
        tags=["Russia", "Japan", "Kuril Islands", "Defence"],
        related=["Russian education minister opens school on Japan-claimed Shikotan",
                 "Japan's new defence minister visits Hokkaido units",
                 "Analysis: Russia's Pacific Fleet after Ukraine"],
        body="""
Russia's Pacific Fleet has permanently stationed a detachment of Ka-27 naval helicopters on Kunashir, one of the four Russian-held islands claimed by Japan, the fleet said on Tuesday.

The detachment of Ka-27PL anti-submarine and Ka-27PS search-and-rescue helicopters "has taken up permanent duty" at Mendeleyevo airfield after the completion of hangars, a maintenance building and fuel storage, the fleet's press service said. It did not say how many aircraft were involved.

The helicopters will patrol the straits of the southern Kuril chain, search for submarines and take part in rescue operations at sea, the statement said.

It is the first permanent basing of naval aviation on Kunashir, which lies about 16 km from Hokkaido at its closest point. Japan, which calls the islands the Northern Territories, has protested against previous Russian deployments there.
""",
    ),
    dict(
        key="e-lavrov-condition", feed="pinnace-en", lang="en", published="2025-12-09T12:15:00Z",
        title="Lavrov: treaty with Japan possible only if Tokyo accepts outcome of World War Two",
        summary="Russia's foreign minister says Moscow will not discuss the status of the Kurils and that any "
                "future treaty must start from recognition of Russian sovereignty.",
        label="restatement",
        note="Conditional ('possible only if ...') restating Moscow's known position: sovereignty over the "
             "islands cannot be questioned (seeds 000/001/004); talks impossible while Japan is hostile.",
        author="Pinnace staff", section="World",
        tags=["Russia", "Japan", "Sergei Lavrov"],
        related=["Russia bases navy helicopters on Kunashir for first time",
                 "Lavrov to visit North Korea next month",
                 "Japan adds Russian entities to export blacklist"],
        body="""
Russian Foreign Minister Sergei Lavrov said on Tuesday that a peace treaty with Japan would be possible only if Tokyo accepted the outcome of World War Two, including Russian sovereignty over the Kuril Islands.

"Our Japanese neighbours must recognise the results of the Second World War as enshrined in the UN Charter. Without that, there is nothing to talk about," Lavrov said at a news conference in Moscow after talks with a visiting foreign minister from Southeast Asia.

He said Russia was "not against" a treaty in principle, describing it as a document on "peace, friendship and good-neighbourly relations", but that the sovereignty of the islands was "not a subject of negotiation".

"As long as Japan is pursuing an openly hostile course, supplying the Kyiv regime and imposing sanctions, dialogue on a treaty is impossible," he added.

Lavrov's remarks follow similar statements by Kremlin spokesman Dmitry Peskov after Prime Minister Sanae Takaichi took office in October. Takaichi has said Japan still seeks to resolve the territorial dispute and sign a treaty.

Russia suspended negotiations in March 2022. The two countries have never formally ended their World War Two hostilities with a treaty, although a 1956 joint declaration restored diplomatic relations.
""",
    ),
    dict(
        key="e-analysis", feed="bellbuoy-wire", lang="en", published="2025-12-22T05:30:00Z",
        title="ANALYSIS-Nearly four years on, Japan-Russia treaty track shows no sign of life",
        summary="Neither Tokyo nor Moscow expects a return to peace treaty negotiations soon; a handful of "
                "low-level contacts are framed as humanitarian exceptions.",
        label="restatement",
        note="Year-end background piece: summarises known facts (talks halted 2022, conditions, visits "
             "halted; seeds 000–004) and mentions the March 2025 waste talks (@j-g3-waste-talks) only as past "
             "background. No new fact.",
        section="World | Asia",
        credit="Reporting by Bell Buoy Wire Tokyo and Moscow bureaus; Editing by Kim Sorensen",
        related=["Lavrov: treaty with Japan possible only if Tokyo accepts outcome of World War Two",
                 "Japan's new foreign minister in Washington",
                 "Russia's Pacific Fleet: year in review"],
        body="""
TOKYO, Dec 22 (Bell Buoy Wire) - When Russia walked out of peace treaty negotiations with Japan in March 2022, officials in Tokyo privately expected a pause of a year or two. Nearly four years later, diplomats on both sides say there is no sign of the talks coming back.

"There is no track now. There is a wall," said a Japanese government official involved in Russia policy, speaking on condition of anonymity.

Moscow's position has been consistent: a treaty is impossible while Japan imposes sanctions and supports Ukraine, and the sovereignty of the Kuril Islands is not up for discussion. Deputy Foreign Minister Andrei Rudenko said last year that resuming the dialogue was "categorically impossible".

Tokyo, for its part, has kept its formal goal — resolving the dispute over the four islands and signing a treaty — while ruling out any easing of sanctions. Prime Minister Sanae Takaichi repeated that line when she took office in October.

## Narrow exceptions

The few contacts that have taken place have been narrow and framed as humanitarian or technical. A working-level video call on garbage disposal on Kunashir and Shikotan in March was billed by Japanese officials as an environmental exchange that did not touch on sovereignty. Grave visits by former Japanese residents remain suspended.

Analysts say the war in Ukraine, Russia's deepening ties with China and Japan's defence build-up make any thaw unlikely before a settlement in Europe.

"Both governments have an interest in keeping a few channels open, for fisheries, for emergencies at sea," said a professor of Russian studies at a university in Sapporo. "But a peace treaty? That belongs to a different era."
""",
    ),
    dict(
        key="e-g7-waste-halt", feed="bellbuoy-wire", lang="en", published="2026-01-14T13:10:00Z",
        title="Russia halts revived waste talks with Japan on disputed islands over sanctions",
        summary="Moscow is suspending expert contacts on garbage disposal on Kunashir and Shikotan, the only "
                "strand of joint economic talks revived last year, in response to new Japanese sanctions.",
        label="status_change", group="b78-g7",
        new_facts=["Russia suspended the expert talks with Japan on waste management on Kunashir and Shikotan "
                   "(revived in March 2025) in response to Japan's new sanctions package"],
        must_mention=[["suspend", "halt"], ["waste", "garbage"]],
        note="Status change back: the waste-reduction strand of joint economic activities, revived in group "
             "b78-g3 (March 2025), is suspended again. English report of @r-g7-waste-halt (first).",
        section="World | Asia",
        credit="Reporting by Bell Buoy Wire Moscow bureau; Editing by Tom Hale",
        related=["ANALYSIS-Nearly four years on, Japan-Russia treaty track shows no sign of life",
                 "Japan adds 40 Russian entities to sanctions list",
                 "Russia bases navy helicopters on Kunashir for first time"],
        body="""
MOSCOW, Jan 14 (Bell Buoy Wire) - Russia is suspending talks with Japan on waste disposal on two of the disputed islands off Hokkaido, the only part of a joint economic dialogue that the two countries had revived last year, the Russian foreign ministry said on Wednesday.

The ministry said the decision was a response to a new package of Japanese sanctions adopted on Jan. 9, which added Russian companies and individuals to Tokyo's asset-freeze and export-ban lists.

"In these circumstances, the Russian side is suspending contacts with Japan at the expert level on issues of waste management on the islands of Kunashir and Shikotan," the ministry said in a statement. "Full responsibility lies with Tokyo."

Japanese and Russian officials held a video conference on garbage disposal on the two islands in March 2025, the first meeting on joint economic activities since Moscow withdrew from that dialogue in 2022.

Japan's foreign ministry said it regretted the decision and that the talks had been "purely humanitarian and environmental".

Russia broke off peace treaty negotiations with Japan in 2022 and has said they cannot resume while Tokyo pursues sanctions.
""",
    ),
    dict(
        key="e-nt-day-2026", feed="akan-courier", lang="en", published="2026-02-07T07:50:00Z",
        title="Northern Territories Day: Takaichi says policy on islands 'will not waver'",
        summary="At the annual rally in Tokyo, the prime minister repeated Japan's aim of resolving the "
                "territorial issue, as the average age of former islanders approaches 90.",
        label="restatement",
        note="Annual occasion piece; new speaker (Takaichi) restating known policy (seed 002) and the request "
             "for grave visits. No new fact.",
        author="Kenji Oshima",
        related=["Nemuro holds residents' rally in heavy snow",
                 "Former islanders' league to open oral history archive",
                 "Drift ice reaches Nemuro Strait early"],
        comments=[("N. Kobayashi", "Same speech every year. Meanwhile the people who actually lived there are disappearing.")],
        body="""
Prime Minister Sanae Takaichi said on Saturday that Japan's policy of resolving the territorial issue with Russia and concluding a peace treaty "will not waver", speaking at the annual national rally for the return of the Northern Territories in Tokyo.

"Japan-Russia relations remain in a difficult situation," Takaichi said. "But we will firmly maintain our policy of resolving the issue of the attribution of the four islands and concluding a peace treaty."

She said the government would continue to ask Russia to allow former residents to visit their family graves on the islands, calling it "the most urgent humanitarian issue" between the two countries.

About 900 people attended the rally. Organisers said the number of surviving former islanders had fallen to about 4,700, with an average age of 89.7.

Feb. 7 marks the anniversary of the 1855 Treaty of Shimoda, which first set the border between Japan and Russia between Etorofu and Uruppu islands.

Russia halted peace treaty negotiations in March 2022 in response to Japan's sanctions over Ukraine, and visa-free exchanges and grave visits have been suspended since then. Moscow says its sovereignty over the islands, which it calls the Southern Kurils, is not open to question.
""",
    ),
    dict(
        key="e-g1-vote-protest", feed="akan-courier", lang="en", published="2024-09-10T01:30:00Z",
        title="Tokyo protests Sakhalin governor vote held on disputed isles",
        summary="Japan has lodged a diplomatic protest over polling stations opened on the Russian-held islands "
                "off Hokkaido during last weekend's Sakhalin gubernatorial election.",
        label="new_development", group="b78-g1",
        new_facts=["Japan protested to Russia over voting in the Sakhalin gubernatorial election "
                   "(6–8 September 2024) held on the four islands"],
        must_mention=[["protest"], ["election", "vote", "ballot"]],
        note="English report of the development first reported by @j-g1-vote-protest (Toyo Hochi, 9 Sept).",
        author="Courier staff",
        related=["Nemuro fishermen brace for another lean saury season",
                 "Kishida's successor race: where the candidates stand on Russia",
                 "Former islanders mark 79 years since they left"],
        body="""
Japan has protested to Russia over voting on the Russian-held islands off eastern Hokkaido during last weekend's election for the governor of Sakhalin region, the government's top spokesman said on Monday.

"Holding the vote in the Northern Territories is incompatible with Japan's position and is unacceptable," Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo. He said the protest had been conveyed through the Japanese Embassy in Moscow and the Consulate-General in Yuzhno-Sakhalinsk.

Russia's regional electoral commission had opened polling stations on Kunashiri, Etorofu and Shikotan for the Sept. 6-8 vote, which incumbent governor Valery Limarenko won. Limarenko campaigned on promises of new housing, roads and energy projects for the islands, which Russia administers as part of Sakhalin region.

Japan has lodged similar protests over Russian national elections held on the islands in the past.

In Nemuro, a former resident of Kunashiri said the news was hard to hear. "Every time there is an election over there, it feels like the islands drift a little further away," said the 88-year-old, who left the island as a boy.

Russia broke off peace treaty talks with Japan in March 2022 and ended visa-free visits to the islands, citing Tokyo's sanctions over Ukraine.
""",
    ),
]

