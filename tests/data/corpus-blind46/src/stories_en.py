# English-language stories of the blind46 world.
# Each story: feed, lang, published (UTC), title, summary, label, group, new_facts,
# must_mention, note, and the page content (author, dek, body paragraphs, related...).
# Body text: paragraphs separated by a blank line.

STORIES = [
    # ------------------------------------------------------------------ 2024
    dict(
        feed="ravensworth-en", lang="en", published="2024-02-20T07:40:00Z",
        section="Asia Pacific",
        title="Japan 'ready to resume' peace treaty talks with Russia at any time, foreign minister says",
        summary="Foreign Minister Yoko Kamikawa told lawmakers Japan's door to negotiations remained open, "
                "but acknowledged Moscow had given no sign it would return to talks it broke off in 2022.",
        label="restatement",
        note="Restates Japan's known commitment to a treaty (seed: Kishida 'remains steadfast') and the "
             "suspension of March 2022 (seeds 000/001/003) with Rudenko's 'categorically impossible' (seed 004). "
             "A wish to resume by a new speaker; nothing moved.",
        author="Reporting by Aiko Mizushima; Editing by Tom Hale",
        body="""TOKYO, Feb 20 (Ravensworth) - Japan is ready to resume negotiations with Russia on a post-war peace treaty "at any time", Foreign Minister Yoko Kamikawa told a parliamentary committee on Tuesday, while conceding that Moscow had given no indication it was willing to come back to the table.

"Our policy of resolving the territorial issue and concluding a peace treaty has not changed in the slightest," Kamikawa told the lower house foreign affairs committee. "Japan is prepared to sit down whenever the Russian side is."

Asked about remarks this month by Russian Deputy Foreign Minister Andrei Rudenko, who said a resumption of dialogue was "categorically impossible" in the current situation, Kamikawa said Tokyo had no intention of easing sanctions imposed over Russia's invasion of Ukraine in exchange for talks.

"We do not accept the premise that Japan must abandon its response to aggression in order to talk about a peace treaty," she said.

Russia announced in March 2022 that it would not continue peace treaty negotiations with a country that had taken "openly unfriendly positions", and at the same time ended visa-free visits by Japanese citizens to the islands and pulled out of talks on joint economic activity there.

A foreign ministry official, speaking on condition of anonymity because he was not authorised to brief the media, said there had been no working-level contact on the treaty since then and none was being planned.

The dispute concerns four islands off Hokkaido that Soviet forces seized at the end of World War Two. Russia calls them the Southern Kurils; Japan calls them the Northern Territories. The disagreement has prevented the two countries from formally ending their wartime hostilities with a peace treaty.""",
        related=["Russia says resuming peace treaty talks with Japan 'categorically impossible'",
                 "EXPLAINER-Why Japan and Russia never signed a World War Two peace treaty",
                 "Japan extends asset freeze to more Russian individuals"],
        tags=["Japan", "Russia", "Diplomacy"],
    ),
    dict(
        feed="baymark-en", lang="en", published="2024-04-10T03:00:00Z",
        section="Energy",
        title="Japanese utilities lock in Sakhalin-2 LNG cargoes through 2026",
        summary="Two regional power companies renewed purchase terms for liquefied natural gas from Russia's "
                "Sakhalin-2 project, citing the risk of winter shortages.",
        label="off_topic",
        note="Look-alike: Japan-Russia energy trade and the island of Sakhalin; nothing about the Kurils, "
             "the territorial dispute or the peace treaty.",
        author="Baymark energy desk",
        meta=False,
        body="""Two Japanese regional utilities have renewed their purchase terms for liquefied natural gas from Russia's Sakhalin-2 project through the end of fiscal 2026, according to people familiar with the arrangements, underlining how hard it remains for resource-poor Japan to wean itself off Russian energy.

The contracts, which cover about 1.1 million tonnes a year combined, were extended on largely unchanged pricing terms, the people said. Neither company would confirm the volumes, but both said in statements that they had acted "from the standpoint of stable supply".

Sakhalin-2, located off the island of Sakhalin in the Sea of Okhotsk, supplies roughly 9% of Japan's LNG imports. Mitsui & Co and Mitsubishi Corp kept their stakes in the project after Moscow transferred it to a new Russian operator in 2022, with Tokyo's blessing.

The government has consistently said that Sakhalin-2 is important for Japan's energy security and that its continued involvement does not conflict with sanctions imposed over the war in Ukraine. U.S. officials have pressed allies to cut Russian energy revenue further, but Washington has so far exempted the project from its own measures.

"The cargoes are short-haul, flexible and come in winter, when we need them," said an analyst at a Tokyo brokerage. "There is no replacement at the same cost."

Japanese buyers paid an average of $11.40 per million British thermal units for Sakhalin cargoes in the last quarter, customs data show, below spot prices in Asia for much of the period.

Shares of both utilities were little changed in Tokyo trading on Wednesday.""",
        related=["Yen slides past 151 as BOJ signals slow exit", "LNG tanker rates hit four-month low",
                 "Hokkaido Electric restarts Tomari review"],
        tags=["LNG", "Utilities", "Russia"],
    ),
    dict(
        feed="quillmark-en", lang="en", published="2024-04-16T10:20:00Z",
        section="Japan",
        title="Tokyo's 2024 Bluebook keeps 'illegally occupied' language on Russian-held islands",
        summary="The annual foreign policy report repeats that the four islands are Japanese territory occupied by "
                "Russia and that Tokyo will pursue a peace treaty. Nothing in it points to a shift.",
        label="restatement",
        note="Annual report restating positions: Japan's claim to the four islands (seeds 000/003) and its "
             "treaty policy (seed 002, Kishida); notes the March 2022 suspension (seed 000). Wording unchanged "
             "from previous years -- the same report series that later (2025) drops the phrase (group g-bluebook).",
        author="By Helen Akiyama",
        body="""Japan's foreign ministry published its 2024 Diplomatic Bluebook on Tuesday, and on the question of the islands off Hokkaido that Russia has held since 1945, the annual report reads almost exactly as it did a year ago.

The four islands -- Etorofu, Kunashiri, Shikotan and the Habomai group -- "are islands over which Japan has sovereignty and are an inherent part of the territory of Japan, but they are currently illegally occupied by Russia," the report says, repeating language that Tokyo restored in 2022 after Moscow's full-scale invasion of Ukraine.

The Bluebook states that Japan "will maintain its policy of resolving the territorial issue and concluding a peace treaty", and records that Russia "unilaterally announced" in March 2022 that it would not continue negotiations on the treaty. It describes relations as being in a "severe situation".

Foreign Minister Yoko Kamikawa presented the report to the cabinet in the morning. Officials fielding questions afterwards said the Russia section had been "updated for events" but that there was "no change in substance".

That wording has a history. Between 2019 and 2021, when then-prime minister Shinzo Abe was trying to reach a deal with President Vladimir Putin on the basis of the 1956 Joint Declaration, the Bluebook avoided both "illegally occupied" and "inherent territory". The phrases came back after the invasion, when Tokyo joined Western sanctions and Moscow walked away from the talks.

For now, neither side has reason to change its script. Moscow says its sovereignty over what it calls the Southern Kurils is beyond dispute and has linked any dialogue to Tokyo abandoning what it calls a hostile policy. Tokyo says it will not trade sanctions for talks.

What to watch: whether later editions soften the wording again -- historically the first sign that Tokyo is preparing to test the water with Moscow.""",
        related=["The 1956 declaration, explained in five paragraphs", "Why Tokyo keeps a map in every classroom",
                 "Reading the Bluebook: China, Korea and the rest"],
        tags=["Japan", "Russia", "Northern Territories", "Explainers"],
    ),
    dict(
        feed="larchfield-en", lang="en", published="2024-06-25T12:00:00Z",
        section="Life & Style",
        title="Kurilian Bobtail takes top honours at Osaka cat show",
        summary="A three-year-old Kurilian Bobtail named Mochi was named best in show, a first for the rare "
                "short-tailed breed in Japan.",
        label="off_topic",
        note="Look-alike: a cat breed named after the Kuril Islands; the dispute is mentioned only in passing "
             "and nothing about it is reported.",
        author="Staff writer",
        body="""A stocky, short-tailed cat called Mochi was named best in show at the Kansai International Cat Show in Osaka on Sunday, the first time a Kurilian Bobtail has taken the top prize at a major Japanese competition.

The three-year-old male, owned by a breeder from Sakai, beat about 240 entrants across 40 breeds. Judges praised his "powerful hindquarters, dense semi-long coat and unmistakable pom-pom tail".

The Kurilian Bobtail is named after the Kuril Islands, the volcanic chain that stretches from Hokkaido to Russia's Kamchatka peninsula, where the breed is said to have developed naturally. It was recognised by international breed registries only in the 1990s and remains rare in Japan, with fewer than 300 registered animals, according to the show organisers.

"People always ask about the name," said the owner, Yumi Tanabe, 52. "I tell them Mochi is a cat, not a diplomat." The southern end of the island chain has been the subject of a territorial dispute between Tokyo and Moscow since the end of World War Two, but Tanabe said the subject had never come up among breeders.

Tanabe imported Mochi's parents from a cattery in Finland in 2019. She says the breed is playful, loves water and "behaves more like a dog than a cat".

Best in the long-haired category went to a Norwegian Forest Cat from Kyoto. The show continues in Nagoya next month.""",
        related=["Osaka zoo welcomes twin red pandas", "Why Japan's cat cafes are going upmarket",
                 "Hokkaido's fox villages brace for summer crowds"],
        tags=["Pets", "Osaka"],
        comments=[("nekolover88", "Congratulations Mochi! What a tail."),
                  ("K. Brandt", "We have two of these in Hamburg. They are exactly as described -- dogs in cat suits.")],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2024-07-12T06:30:00Z",
        section="Asia Pacific",
        title="Japan defence white paper flags Russian activity near Hokkaido, repeats claim to islands",
        summary="Japan's annual defence report said Russia's military activity in the Far East remained active and "
                "repeated that the Northern Territories are Japanese land occupied by Russia.",
        label="restatement",
        note="Annual report restating positions: Japan's claim (seeds 000/003) and generic concern about Russian "
             "military activity; no new deployment, visit or decision reported.",
        author="Reporting by Kenji Arakawa; Editing by Lisa Moreau",
        body="""TOKYO, July 12 (Ravensworth) - Japan's annual defence white paper, approved by the cabinet on Friday, warned that Russian military activity in the Far East remained "active" and repeated Tokyo's position that four islands off Hokkaido are Japanese territory illegally occupied by Russia.

The 2024 edition of "Defense of Japan" devoted most of its attention to China and North Korea, but said Russia was continuing to maintain forces on the islands Japan calls the Northern Territories and that its cooperation with China, including joint flights of bombers near Japan, was "a matter of grave concern".

"Russia's military trends in the Asia-Pacific region, including in the vicinity of Japan, require close attention," the report said, in language broadly similar to last year's.

The white paper described the islands as "an inherent part of the territory of Japan" and said Japan would continue to seek a resolution through dialogue -- a formula that has not changed since Moscow broke off peace treaty negotiations in March 2022.

Defence Minister Minoru Kihara told reporters that the report reflected "a severe and complex security environment" and was not aimed at any particular country.

Russia, which took the islands at the end of World War Two, says its sovereignty over them is beyond dispute. Moscow has in the past cited concerns that U.S. forces could be deployed on the islands if they were ever handed to Japan.

Beijing and Pyongyang have routinely protested the white paper. Russia's embassy in Tokyo did not immediately respond to a request for comment.""",
        related=["China, Russia bombers fly joint patrol near Japan - ministry",
                 "Japan's defence budget: where the money goes", "Japan, Philippines sign troop access pact"],
        tags=["Defence", "Japan", "Russia"],
    ),
    dict(
        feed="larchfield-en", lang="en", published="2024-08-27T04:00:00Z",
        section="Hokkaido",
        title="Hokkaido governor urges Moscow to let ageing former islanders visit family graves",
        summary="Hokkaido's governor asked the national government to press Russia to allow grave visits to the "
                "Russian-held islands, halted for five years. Moscow has not responded.",
        label="restatement",
        note="An appeal ('urges Moscow to allow'): known state is that Russia terminated visa-free and simplified "
             "visits in March 2022 (seeds 001/003). No reply, no decision.",
        author="By Saori Endo in Sapporo",
        body="""Hokkaido's governor on Tuesday called on Russia to allow elderly former residents of the islands off the prefecture's eastern tip to visit their family graves, saying time was running out for a generation that was expelled nearly eight decades ago.

"For the people who were born on those islands, these visits are not politics. They are about being able to put flowers on a parent's grave before it is too late," the governor told a regular press conference in Sapporo.

He said the prefecture had submitted a written request to the foreign ministry in Tokyo asking it to "make every effort through diplomatic channels" to secure a resumption of the visits, and urged Moscow to treat them as a humanitarian matter separate from the wider state of relations.

The grave visits, organised for decades under a framework of visa-free travel, have not taken place since 2019. They were first suspended during the coronavirus pandemic, and in March 2022 Russia announced that it was terminating the visa-free arrangements altogether in response to Japanese sanctions over Ukraine.

Russia's consulate general in Sapporo did not respond to a request for comment. The foreign ministry in Tokyo said it had "repeatedly" raised the issue with Moscow and would continue to do so.

According to the Chishima Habomai Islands Residents' League, about 5,000 former islanders are still alive and their average age is over 88.

"My mother is buried on Shikotan," said Masao Ikeda, 86, who attended a gathering of former islanders in Nemuro last week. "I don't expect to go back to live. I just want to go once more.\"""",
        related=["Nemuro's fishing fleet faces a thin autumn", "Sapporo to host 2030 Winter Games? Not so fast",
                 "Hokkaido tourism rebounds on Asian visitors"],
        tags=["Hokkaido", "Northern Territories"],
        comments=[("Ryo_S", "Humanitarian visits should be separated from politics. Both governments should agree on that much.")],
    ),
    dict(
        feed="baymark-en", lang="en", published="2024-09-04T02:00:00Z",
        section="Economy",
        title="Japan to pay former islanders one-off allowance, its first direct payout in the dispute",
        summary="Tokyo will pay 300,000 yen each to about 5,000 surviving former residents of the Russian-held "
                "islands off Hokkaido, drawing 1.5 billion yen from budget reserves.",
        label="new_development", group="g-islander-benefit",
        new_facts=["Japan's cabinet approved a first-ever one-off payment of 300,000 yen to each surviving former "
                   "resident of the four Russian-held islands (about 1.5 bn yen from reserves)."],
        must_mention=[["allowance", "payment", "payout", "benefit"], ["former island", "former resident"]],
        note="Same development as the Japanese report of 3 Sept (first report). Seeds know nothing of any "
             "payment to former islanders; the earlier 'will consider' item (Aug 2024) decided nothing.",
        author="Baymark staff",
        meta=False,
        body="""TOKYO -- Japan's cabinet on Tuesday approved a one-off payment of 300,000 yen ($2,100) to each surviving former resident of the four Russian-held islands off Hokkaido, the first time the government has made a direct cash payment to the group since the dispute began at the end of World War Two.

About 5,000 people are expected to qualify for the payment, which will cost roughly 1.5 billion yen and be drawn from the reserve funds of the fiscal 2024 budget, officials said. Applications will be accepted from November at the Nemuro subprefectural office and by post.

Chief Cabinet Secretary Yoshimasa Hayashi described the allowance as "livelihood support" for an ageing group that had lost the chance to visit its home islands, and said it was "separate from the question of property rights".

Successive governments had resisted individual payments, arguing that the loss of land and property on the islands could only be settled once the question of sovereignty was resolved. The former islanders' league had long argued that members would die before that happened; their average age now exceeds 88.

The payment also carries a small economic footprint in Nemuro, where about a quarter of surviving former islanders live. The city's chamber of commerce said it expected some of the money to flow into local businesses over the winter, "when it is most needed".

Russia's government, which ended visa-free visits to the islands in 2022, has not commented. The islands, which Russia calls the Southern Kurils, have been under Moscow's control since 1945, and the row has prevented a formal peace treaty.

The Chishima Habomai Islands Residents' League welcomed the decision as "a first step" but said it would continue to seek a broader system of support for descendants.""",
        related=["Nemuro crab prices hit record as supply thins", "Budget reserves: how Tokyo spends the 'rainy day' fund",
                 "Hokkaido banks brace for population decline"],
        tags=["Fiscal policy", "Hokkaido"],
    ),
    dict(
        feed="baymark-en", lang="en", published="2024-11-12T03:30:00Z",
        section="Trade",
        title="Japan freezes assets of Russian shipping firms over North Korean arms transfers",
        summary="Tokyo added three Russian shipping and logistics companies to its sanctions list, accusing them of "
                "moving North Korean munitions to Russia.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia news (sanctions over North Korean arms); no islands, no treaty.",
        author="Baymark staff",
        body="""TOKYO -- Japan on Tuesday froze the assets of three Russian shipping and logistics companies it accused of transporting North Korean ammunition and missiles to Russia, widening its sanctions over the war in Ukraine.

The companies, registered in Vladivostok and Nakhodka, operate general cargo vessels on routes between Russia's Pacific ports and the North Korean port of Rajin, the foreign ministry said. Japan also added four individuals to its list.

"The transfer of arms from North Korea to Russia directly affects the security of Japan and the region," Chief Cabinet Secretary Yoshimasa Hayashi told a news conference.

The measures bring the number of Russian entities under Japanese sanctions to more than 700. Trade between the two countries fell by about a third last year, customs data show, with Japanese exports of cars and machinery hit hardest.

Japanese companies have little direct exposure to the firms named on Tuesday, trading houses said. The Russian embassy in Tokyo said the sanctions were "illegitimate" and that Moscow reserved the right to respond.

Shipping analysts said the listings were largely symbolic but could complicate insurance for vessels that call at both Russian and Japanese ports.""",
        related=["Toyota's Russian plant sale: what happened next", "Marine insurers tighten Pacific cover",
                 "Japan's exports to Russia fall for third year"],
        tags=["Sanctions", "Shipping"],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        feed="quillmark-en", lang="en", published="2025-01-28T05:00:00Z",
        section="Long read",
        title="If the talking ever starts again: three people who negotiated over the Kurils imagine the next round",
        summary="A former Japanese diplomat, a retired Russian negotiator and a historian sketch what a restart "
                "of peace treaty talks might look like. None expects one soon.",
        label="restatement",
        note="Interview in which people imagine what would happen; the only facts are the known suspension of "
             "March 2022 (seeds 000/001), the 1956 declaration (seed 004) and Russia's fear of US bases (seed 002).",
        author="By Daniel Okonjo",
        body="""Ask anyone who spent years in the room on the peace treaty between Japan and Russia what would happen if the talks restarted tomorrow, and the first answer is usually a laugh.

"Tomorrow? Nothing would happen tomorrow," said Hiroshi Kanemaru, who headed the Japanese foreign ministry's Russia division in the late 2010s and is now retired. "If Moscow called, the first meeting would be about whether to have a second meeting."

Russia said in March 2022 that it would not continue negotiations with a country that had imposed sanctions on it, and in February last year Deputy Foreign Minister Andrei Rudenko called a resumption "categorically impossible". Tokyo says it remains committed to a treaty but will not ease sanctions to get one.

Kanemaru imagines a restart beginning small: "Probably something humanitarian first. Grave visits for the former islanders. Fishing safety. Things nobody can call a concession."

Sergei Lipatov, a retired Russian diplomat who took part in consultations in the 2010s, sketches a different opening. "If there were talks, Moscow would want to start with security -- guarantees that no American bases appear on the islands. That was always the first question, and it would be the first question again."

Both men assume that any conversation would return to the 1956 Joint Declaration, under which the Soviet Union agreed to hand over Shikotan and the Habomai islets after a peace treaty is signed. "Everything since has been a footnote to that document," said Lipatov.

Mariko Sato, a historian at a private university in Tokyo, is the most sceptical. "Imagine the talks resume. Imagine they even go well. Then what? A Japanese prime minister would have to explain why two islands, not four. A Russian president would have to explain why any at all. I can imagine the meeting. I cannot imagine the announcement."

Asked what would have to change first, all three gave versions of the same answer: the war in Ukraine.

"Until then," said Kanemaru, "the honest answer to 'what would the next round look like' is: there isn't one.\"""",
        related=["The 1956 declaration, explained in five paragraphs", "Abe, Putin and the Singapore gamble, revisited",
                 "What sanctions have and have not done to Russia-Japan trade"],
        tags=["Long read", "Russia", "Japan", "Northern Territories"],
    ),
    dict(
        feed="larchfield-en", lang="en", published="2025-02-22T04:00:00Z",
        section="Japan",
        title="Shimane marks 'Takeshima Day' as Seoul protests Japanese official's attendance",
        summary="South Korea lodged a protest after a Japanese parliamentary vice-minister attended the ceremony "
                "over the islets Seoul controls and calls Dokdo.",
        label="off_topic",
        note="Look-alike: Japan's other island dispute (Takeshima/Dokdo, with South Korea); the Northern "
             "Territories appear only in a background sentence.",
        author="By Min-jun Park and Staff",
        body="""Shimane prefecture held its annual "Takeshima Day" ceremony in Matsue on Saturday, prompting a protest from South Korea, which controls the islets and calls them Dokdo.

A parliamentary vice-minister from the Cabinet Office attended the event for the 13th consecutive year, a level Seoul has repeatedly said it finds unacceptable. South Korea's foreign ministry summoned a senior diplomat from the Japanese embassy and called on Tokyo to "immediately abolish" the ceremony.

The rocky outcrops in the Sea of Japan, known internationally as the Liancourt Rocks, have been administered by South Korea since the 1950s. Japan says they are an inherent part of its territory.

About 500 people attended the ceremony, where Shimane's governor urged the national government to hold its own event rather than leave it to the prefecture. Conservative lawmakers have made the same demand for years; successive governments have declined, wary of damaging ties with Seoul.

Japan has territorial disputes on three fronts: with South Korea over Takeshima, with Russia over the islands off Hokkaido it calls the Northern Territories, and with China, which claims the Japanese-administered Senkaku Islands in the East China Sea.

Relations between Tokyo and Seoul have improved markedly over the past two years, with leaders resuming regular visits. Officials on both sides said the ceremony was not expected to derail that.""",
        related=["Seoul, Tokyo to resume defence talks", "What is the Liancourt Rocks dispute?",
                 "Matsue's tourism push looks to Korean visitors"],
        tags=["Takeshima", "South Korea", "Diplomacy"],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2025-03-03T14:30:00Z",
        section="Europe & Russia",
        title="Putin signs law voiding pre-1945 property claims on Kuril Islands",
        summary="Russia will not recognise property rights on the Kurils that arose under a foreign state's acts "
                "before September 1945, under a law signed by President Vladimir Putin.",
        label="new_development", group="g-property-law",
        new_facts=["Putin signed a federal law under which property rights on the Kuril Islands that arose before "
                   "2 Sept 1945 under a foreign state's acts are not recognised and cannot be restored."],
        must_mention=[["law"], ["property", "1945"]],
        note="The law is new (not in seeds). The bill's introduction (Oct 2024, restatement) decided nothing; "
             "this is its passage and signature. First reported in passing by the Russian regional piece.",
        author="Reporting by Ravensworth Moscow bureau; Editing by Anna Reyes",
        body="""MOSCOW, March 3 (Ravensworth) - President Vladimir Putin has signed a law under which property rights on the Kuril Islands that arose before Sept. 2, 1945 under the acts of a foreign state will be neither recognised nor restored, a measure aimed squarely at claims by Japanese former residents.

The law, published on the government's legal information portal on Monday, was passed by the State Duma on Feb. 18 and approved by the Federation Council on Feb. 26. It takes effect on publication.

Its sponsors said in an explanatory note that it would "remove legal uncertainty" for Russian citizens and companies acquiring land and buildings on the islands, where cadastral records in some villages still rely on boundaries that predate 1945.

About 17,000 Japanese lived on the four southern islands before Soviet troops took them in August and September 1945. Many of their descendants still hold pre-war land registers, and Japan's position is that questions of private property can only be settled together with the question of sovereignty.

The new law does not name Japan. But one of its authors, Oleg Burlakov, said when it was introduced last October that "no pre-war Japanese document has any legal force on the Kurils" and that the law would "close the question for good".

Japan's foreign ministry did not immediately respond to a request for comment on Monday evening.

Moscow says its sovereignty over what it calls the Southern Kurils was established as a result of World War Two and is beyond dispute. Russia broke off peace treaty talks with Japan in March 2022 over Tokyo's sanctions.""",
        related=["Russia says peace treaty talks with Japan 'categorically impossible'",
                 "Japan's former islanders: an ageing community", "Kremlin signs off on Far East land giveaway changes"],
        tags=["Russia", "Japan", "Law"],
    ),
    dict(
        feed="larchfield-en", lang="en", published="2025-04-15T09:45:00Z",
        section="Japan",
        title="Japan's Bluebook no longer calls Russian-held islands 'illegally occupied'",
        summary="The 2025 Diplomatic Bluebook drops the phrase for the first time in four years, though it still "
                "says Japan has sovereignty over the islands. Officials say the legal position is unchanged.",
        label="new_development", group="g-bluebook",
        new_facts=["Japan's 2025 Diplomatic Bluebook no longer describes the four islands as 'illegally occupied' "
                   "by Russia -- the first time in four years the phrase is absent."],
        must_mention=[["illegally occupied", "illegal occupation"], ["bluebook", "blue book"]],
        note="Second report of g-bluebook (first: Japanese local paper the same morning). A change in Japan's "
             "official wording; the seeds only know Japan's claim, and the 2024 edition kept the phrase.",
        author="By Takeshi Nomura",
        body="""Japan's annual diplomatic report no longer describes the four Russian-held islands off Hokkaido as "illegally occupied", the first time in four years the phrase has been absent, in a change officials insisted did not signal any softening of Tokyo's claim.

The 2025 Diplomatic Bluebook, which Foreign Minister Takeshi Iwaya presented to the cabinet on Tuesday, still calls the islands "islands over which Japan has sovereignty" and "an inherent part of the territory of Japan". But the sentence that since 2022 had added "they are currently illegally occupied by Russia" has gone.

A senior foreign ministry official said the passage had been "rewritten to be more concise" and that "Japan's legal position has not changed in any way". Asked whether the change was a message to Moscow, the official said: "You can read it however you like."

The phrase has served as a barometer before. It disappeared from the Bluebook between 2019 and 2021, when then-prime minister Shinzo Abe was pursuing a deal with President Vladimir Putin, and returned in 2022 after Russia's invasion of Ukraine. In March that year, Russia said it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions.

Opposition lawmakers said they would demand an explanation in parliament. "If nothing has changed, why change the words?" said a lawmaker from the Constitutional Democratic Party.

In Nemuro, the city closest to the islands, reaction among former residents was mixed. "Words on paper don't bring us any closer to home," said one, 89, who was born on Kunashiri.

The Bluebook's section on Russia otherwise mirrors last year's, describing relations as "severe" and repeating that Tokyo will seek to resolve the territorial issue and conclude a peace treaty.""",
        related=["Tokyo's 2024 Bluebook kept the old wording. Here is what it said",
                 "Iwaya: Japan will continue sanctions on Russia", "Former islanders' league elects new chair"],
        tags=["Japan", "Russia", "Diplomacy"],
        comments=[("Hokkaido_dad", "Softer words, same sanctions. I doubt Moscow will be impressed."),
                  ("A. Lindgren", "Interesting that they kept 'sovereignty'. The change is smaller than the headline.")],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2025-05-27T06:00:00Z",
        section="Europe & Russia",
        title="CORRECTED-Russia 'notes' Japan's request to restore visa-free trips to disputed islands",
        summary="Russia's foreign ministry said it had received and taken note of a Japanese request to restore "
                "visa-free visits to the islands; it announced no decision. (Corrects headline and paragraph 1.)",
        label="restatement",
        note="Report corrected by the outlet itself: an earlier version said Russia had 'agreed' to restore the "
             "trips; corrected text says only that the request was noted. Visa-free trips remain terminated "
             "(seeds 001/003). Japan's request is a wish, not a move.",
        author="Reporting by Ravensworth Moscow bureau; Writing by Anna Reyes; Editing by Tom Hale",
        correction="(Corrects headline and paragraph 1 to show Russia took note of Japan's request; an earlier "
                   "version incorrectly said Russia had agreed to restore visa-free trips)",
        body="""MOSCOW, May 27 (Ravensworth) - Russia's foreign ministry said on Tuesday it had received a request from Japan to restore visa-free visits by Japanese citizens to the southern Kuril Islands and had "taken note" of it, but gave no indication it intended to reverse its 2022 decision to end them.

"The note from the Japanese side has been received and taken into consideration," ministry spokeswoman Maria Zakharova told a weekly briefing in response to a question. "Our assessment of the reasons why these exchanges were terminated is well known and has not changed."

Japan's Chief Cabinet Secretary Yoshimasa Hayashi said earlier that Tokyo had asked Moscow "repeatedly" to allow visits to resume, particularly for elderly former residents who wish to visit family graves, and had done so again this month.

Russia announced in March 2022 that it was terminating the 1991 visa-free exchange arrangement and the 1999 agreement on simplified visits for former islanders, citing Japan's sanctions over Ukraine. It also said it would not continue peace treaty talks.

The visa-free programme allowed more than 20,000 Japanese and Russians to travel between Hokkaido and the islands over three decades.

Japan calls the islands, which Soviet forces seized at the end of World War Two, the Northern Territories.""",
        related=["Russia says peace treaty talks with Japan 'categorically impossible'",
                 "Hokkaido governor urges Moscow to allow grave visits",
                 "FACTBOX-The agreements Russia ended with Japan in 2022"],
        tags=["Russia", "Japan", "Northern Territories"],
    ),
    dict(
        feed="baymark-en", lang="en", published="2025-07-15T03:30:00Z",
        section="Commodities",
        title="Chinese coast guard presence near Senkakus hits record, Okinawa fishers count the cost",
        summary="Chinese government ships were seen in the contiguous zone around the Japanese-controlled "
                "islands on a record number of days in the first half, keeping fishing boats away.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku, with China); nothing about Russia or the Kurils.",
        author="Baymark staff",
        meta=False,
        body="""NAHA -- Chinese coast guard vessels were spotted in waters near the Senkaku Islands on every day of the first half of the year, Japan's coast guard said, as fishermen in Okinawa's Yaeyama islands say the constant presence is eating into their catch.

The uninhabited islets in the East China Sea are administered by Japan and claimed by China, which calls them Diaoyu. Chinese government vessels have entered the 12-nautical-mile territorial waters around them 21 times so far this year, sometimes following Japanese fishing boats.

Fishermen from Ishigaki said they had cut trips to the area, rich in red snapper and tuna, by about half. "Every time we go, we're escorted by our own coast guard and shadowed by theirs. The fuel cost alone doesn't make sense," said one skipper.

Okinawa's fisheries cooperative has asked the central government to expand fuel subsidies for boats operating near the islands. The prefecture estimates lost landings at about 300 million yen a year.

Beijing says the islands are Chinese territory and that its patrols are lawful. Tokyo says there is no territorial dispute to resolve.""",
        related=["Okinawa tuna prices climb", "Japan coast guard orders 4 new large patrol vessels",
                 "Taiwan fishermen report Chinese ship encounters"],
        tags=["Fisheries", "Okinawa", "China"],
    ),
    dict(
        feed="quillmark-en", lang="en", published="2025-08-07T02:00:00Z",
        section="Analysis",
        title="A one-off tow off Kunashiri, and why both capitals insist it changes nothing",
        summary="Russia let a Japan Coast Guard patrol ship into waters it claims off Kunashiri to tow a stricken "
                "yacht. Both sides have been at pains to call it an exception.",
        label="new_development", group="g-jcg-tow",
        new_facts=["Russia allowed a Japan Coast Guard patrol vessel, as a one-time exception, into waters off "
                   "Kunashiri it claims as territorial sea to tow a disabled Japanese yacht (4 Aug 2025)."],
        must_mention=[["coast guard", "patrol"], ["kunashir", "yacht", "tow"]],
        note="Follow-up with no new fact (analysis) of g-jcg-tow, first reported in Japanese on 5 Aug. A 'neither' "
             "state: allowed once, not a restored arrangement.",
        author="By Helen Akiyama",
        body="""On the afternoon of Aug. 4, the Japan Coast Guard patrol ship Erimo did something no Japanese government vessel had done in decades: it steamed into waters about eight nautical miles off the southern coast of Kunashiri, which Russia administers and treats as its territorial sea, and took a disabled Japanese yacht under tow.

It did so with Russia's permission. The yacht, with a 64-year-old sailor from Yokohama aboard, had lost engine power and drifted towards the island overnight. Japan asked; Russia's border service, part of the FSB, agreed "as a one-time exception on humanitarian grounds". The Erimo brought the yacht into Nemuro early on Aug. 5.

Both governments have since worked hard to say that nothing has changed. Tokyo says the operation was carried out "in a manner that does not prejudice Japan's legal position" -- Japan regards the waters as its own. Moscow's border service says the permission "does not constitute a precedent".

Both statements are true, as far as they go. There is no new arrangement for search and rescue, no agreement on coast guard access, and no sign of one. Russia ended most formal contacts with Japan over the islands in 2022, including visa-free exchanges, and the peace treaty talks have not resumed.

But people who follow the maritime side of the dispute say the episode is still worth noting. "The default for years has been that a Japanese state vessel inside twelve miles of the islands is an incident," said a former coast guard officer. "This time the default was a phone call and a yes."

The most likely outcome is that the tow remains what both sides say it is: a single case. The sailor, for his part, has said he will not be sailing the Nemuro Strait again.""",
        related=["The Nemuro Strait: a short guide to a crowded sea", "Japan coast guard budget to rise 9%",
                 "Why Russia's border service matters more than its navy off Hokkaido"],
        tags=["Maritime", "Japan", "Russia", "Analysis"],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2025-08-15T03:00:00Z",
        section="Asia Pacific",
        title="Japan marks 80 years since war's end with peace treaty with Russia still unsigned",
        summary="As Japan observed the 80th anniversary of its surrender, the absence of a peace treaty with "
                "Russia remained one of the war's unresolved legacies.",
        label="restatement",
        note="Anniversary piece; restates that no treaty was signed after WW2 (seeds), the 1956 declaration "
             "(seed 004) and the March 2022 suspension (seeds 000/001).",
        author="Reporting by Kenji Arakawa; Editing by Lisa Moreau",
        body="""TOKYO, Aug 15 (Ravensworth) - Japan marked the 80th anniversary of the end of World War Two on Friday with a solemn ceremony in Tokyo, as one of the war's unfinished pieces of business -- a peace treaty with Russia -- looked as distant as at any time in decades.

Emperor Naruhito expressed "deep remorse" at the government-sponsored memorial at the Nippon Budokan, and Prime Minister Shigeru Ishiba pledged that Japan would never again wage war.

Japan and the Soviet Union ended their state of war and restored diplomatic relations with a joint declaration in 1956, but never signed a peace treaty, largely because of their dispute over four islands off Hokkaido that Soviet troops seized in the final days of the war.

Russia said in March 2022 that it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions over Ukraine, and has since described a resumption as impossible. Japan says it remains committed to resolving the dispute and concluding a treaty.

In Nemuro, on Hokkaido's eastern tip, about 150 former islanders and relatives held their own memorial on Cape Nosappu, within sight of the Habomai islets. "Eighty years, and we are still looking at them from here," said one former resident of Shikotan, 91.

Russia marks the end of the war on Sept. 3, a date it celebrates as a military victory in the Far East.""",
        related=["Emperor expresses 'deep remorse' at 80th anniversary ceremony",
                 "Former islanders hold memorial on Cape Nosappu", "Japan's war memory, eight decades on"],
        tags=["Japan", "History", "Russia"],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2025-10-07T06:00:00Z",
        section="Asia Pacific",
        title="Japan proposes expert talks with Russia on treaty issues; Moscow yet to reply",
        summary="Japan has formally proposed expert-level consultations with Russia in a third country, "
                "including on peace treaty issues. Russia has not responded.",
        label="restatement",
        note="A proposal by one side that the other has not answered: nothing held, nothing agreed. Talks "
             "remain suspended since March 2022 (seeds 000/001/004); Japan's wish to talk is known (seed 002).",
        author="Reporting by Aiko Mizushima; Editing by Tom Hale",
        body="""TOKYO, Oct 7 (Ravensworth) - Japan has formally proposed holding expert-level consultations with Russia in a third country on bilateral issues, including the peace treaty, but Moscow has yet to respond, Japanese officials said on Tuesday.

The proposal was conveyed in a diplomatic note delivered to the Russian foreign ministry in September, two foreign ministry officials said, speaking on condition of anonymity. It did not specify a venue or date.

"We have made our proposal and we are waiting for a response," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference, declining to give details. "Japan's position is that dialogue is necessary precisely because relations are difficult."

The Russian embassy in Tokyo declined to comment. Last month Russia's foreign ministry dismissed Japanese media reports that the two sides were preparing consultations as "not corresponding to reality".

Russia said in March 2022 that it would not continue peace treaty negotiations with a state that had taken "openly unfriendly positions" towards it. Deputy Foreign Minister Andrei Rudenko said in February 2024 that there were "no topics for a serious political discussion" with Japan.

Officials in Tokyo played down expectations. "A proposal is just a proposal," said one. "It takes two.\"""",
        related=["Russia denies report of planned talks with Japan",
                 "Japan marks 80 years since war's end with peace treaty with Russia still unsigned",
                 "Hayashi: Japan will decide on Russia sanctions 'appropriately'"],
        tags=["Japan", "Russia", "Diplomacy"],
    ),
    dict(
        feed="quillmark-en", lang="en", published="2025-11-25T05:00:00Z",
        section="Analysis",
        title="After Istanbul, no date for a second round -- what the first Russia-Japan treaty consultations since 2022 did and did not do",
        summary="Experts from both foreign ministries met in Istanbul on Nov. 17, ending a near four-year halt "
                "in government talks on the peace treaty. A week on, no second round has been scheduled.",
        label="status_change", group="g-talks-resume",
        new_facts=["Japan and Russia held expert consultations in Istanbul on 17 Nov 2025 covering peace treaty "
                   "issues -- the first such government talks since Russia halted negotiations in March 2022."],
        must_mention=[["istanbul"], ["consultation", "talks"]],
        note="Follow-up with no new fact of g-talks-resume (first reported in Japanese on 18 Nov). Status: peace "
             "treaty talks suspended (seeds) -> consultations resumed at expert level, agreed to continue.",
        author="By Daniel Okonjo",
        body="""A week after Japanese and Russian diplomats sat down together in Istanbul, the most notable thing about the first government consultations on their peace treaty since 2022 is how little either side wants to say about them.

The facts are sparse. On Nov. 17, expert-level delegations from the two foreign ministries met in the Turkish city and discussed bilateral issues "including matters related to the peace treaty", according to both governments. They agreed to continue contacts in the same format and to fix the date of a next round through diplomatic channels. That date has not been set.

That is still more than had happened in nearly four years. Russia said in March 2022 that it would not continue negotiations with Japan over Tokyo's sanctions, and as recently as February 2024 a deputy foreign minister called a resumption "categorically impossible". The Istanbul meeting was the first time officials from the two sides had met on the treaty since then.

Moscow's readout stressed that further progress would depend on Tokyo's readiness to abandon "unfriendly steps". Tokyo said it had raised the resumption of grave visits for former islanders. Neither mentioned sanctions relief, and officials in Tokyo say none was offered.

What Istanbul did not do is also clear. It did not restore visa-free exchanges, which Russia terminated in 2022. It did not revive the dialogue on joint economic activity on the islands. And it did not commit either side to negotiating a treaty text.

"This is the format for talking about whether to talk," said a Japanese official. "But it is a format, and for four years there was none."

Japan's foreign ministry said on Tuesday it was "in communication" with Moscow about a second round.""",
        related=["What the Bluebook's new wording did -- and didn't -- signal",
                 "The 1956 declaration, explained in five paragraphs", "Istanbul as a diplomatic venue: why Turkey"],
        tags=["Analysis", "Russia", "Japan", "Diplomacy"],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        feed="ravensworth-en", lang="en", published="2026-02-07T03:00:00Z",
        section="Asia Pacific",
        title="Takaichi vows to 'persistently' pursue island talks on Northern Territories Day",
        summary="Prime Minister Sanae Takaichi told an annual rally in Tokyo that Japan would keep working to "
                "resolve the territorial issue and conclude a peace treaty with Russia.",
        label="restatement",
        note="Occasion piece (Northern Territories Day); a new speaker restates Japan's known policy (seed 002) "
             "and wishes for resumed grave visits; no move by either side.",
        author="Reporting by Kenji Arakawa; Editing by Lisa Moreau",
        body="""TOKYO, Feb 7 (Ravensworth) - Prime Minister Sanae Takaichi said on Saturday that Japan would "persistently" pursue a resolution of its territorial dispute with Russia and the conclusion of a peace treaty, speaking at an annual rally on what Japan calls Northern Territories Day.

"The situation surrounding Japan-Russia relations is severe, but our policy of resolving the territorial issue and concluding a peace treaty will not change," Takaichi told about 1,000 people, including former residents of the islands, at a hall in central Tokyo.

She said resuming visits by former islanders to family graves on the islands was "a top priority" and that she would continue to press Moscow on the issue.

The rally, held every year since 1981, marks the anniversary of the 1855 treaty under which Japan and Russia first drew a border in the area, placing the four southern islands on the Japanese side.

Russia, which took the islands at the end of World War Two and calls them the Southern Kurils, says its sovereignty is beyond question. It broke off peace treaty negotiations in March 2022 after Japan joined Western sanctions over Ukraine, and ended visa-free visits to the islands.

A resolution adopted at the rally called on the Russian government to "respond sincerely" to Japan's requests for the resumption of exchanges.""",
        related=["What four years of frozen ties have cost Nemuro",
                 "Former islanders' average age nears 89", "Takaichi keeps Ukraine aid on 2026 budget"],
        tags=["Japan", "Russia", "Northern Territories"],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2026-03-10T06:00:00Z",
        section="Europe & Russia",
        title="Moscow says treaty consultations with Tokyo 'will not survive' a NATO office in Japan",
        summary="Russia's foreign ministry warned that it would 'draw conclusions', including about the "
                "consultations with Japan begun in Istanbul, if NATO opens a liaison office in Tokyo.",
        label="neutral",
        note="Borderline: a conditional threat ('if ... we will draw conclusions'); nothing was suspended yet. "
             "Refers to the Istanbul consultations (g-talks-resume) as background.",
        author="Reporting by Ravensworth Moscow bureau; Editing by Anna Reyes",
        body="""MOSCOW, March 10 (Ravensworth) - Russia warned on Tuesday that the expert consultations it began with Japan in Istanbul last November "will not survive" the opening of a NATO liaison office in Tokyo, which Japanese officials say is planned for the spring.

"If the Japanese side goes ahead with drawing the alliance's infrastructure into the region, we will draw the appropriate conclusions, including with regard to the so-called Istanbul format," foreign ministry spokeswoman Maria Zakharova told a briefing.

She did not say what those conclusions would be or when they would be drawn. Asked directly whether Moscow would end the consultations, she said: "I have said what I have said."

Japan's foreign ministry said the NATO office would be a small liaison presence and "not directed at any particular country". A second round of the Istanbul consultations has not yet been scheduled.

NATO members agreed last year to open the office, after an earlier plan stalled in 2023 amid French objections.

Russia broke off peace treaty talks with Japan in March 2022 over Tokyo's sanctions. The Istanbul meeting in November was the first government-level contact on the treaty since then.""",
        related=["After Istanbul, no date for a second round",
                 "NATO to open Tokyo liaison office in spring - diplomats", "Japan protests Russian bomber flights"],
        tags=["Russia", "Japan", "NATO"],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2026-04-07T05:10:00Z",
        section="Europe & Russia",
        title="Russia suspends Istanbul treaty consultations with Japan after NATO opens Tokyo office",
        summary="Moscow said it was suspending the expert consultations with Tokyo revived in November, a day "
                "after NATO opened a liaison office in the Japanese capital.",
        label="status_change", group="g-talks-freeze",
        new_facts=["Russia suspended the Istanbul expert consultations with Japan (resumed in Nov 2025), citing "
                   "the opening of a NATO liaison office in Tokyo on 6 April 2026."],
        must_mention=[["suspend", "quit", "halt"], ["istanbul", "consultation", "talks"]],
        note="First report of g-talks-freeze. Status: consultations resumed (Nov 2025, g-talks-resume) -> "
             "suspended again. The March warning was only conditional.",
        author="Reporting by Ravensworth Moscow bureau; Additional reporting by Aiko Mizushima in Tokyo; Editing by Tom Hale",
        body="""MOSCOW, April 7 (Ravensworth) - Russia is suspending the expert-level consultations with Japan on peace treaty issues that the two countries revived in Istanbul in November, its foreign ministry said on Tuesday, citing the opening of a NATO liaison office in Tokyo.

"Under these conditions, the Russian side does not consider it possible to continue consultations in the Istanbul format," the ministry said in a statement, a day after the alliance's small office opened in the Japanese capital. A note to that effect had been handed to the Japanese embassy in Moscow, it said.

The decision ends the only government-level channel on the treaty that had existed since March 2022, when Russia said it would not continue negotiations over Japan's sanctions. The Istanbul meeting on Nov. 17 had been the first in nearly four years, and the two sides had agreed to hold a second round.

In Tokyo, Chief Cabinet Secretary Minoru Kihara called the decision "unilateral and extremely regrettable" and said Japan would continue to seek dialogue. "The NATO liaison office is not directed at any country," he said.

Russia had warned last month that the consultations would not survive the office's opening.

The dispute over four islands off Hokkaido, which Russia calls the Southern Kurils and Japan the Northern Territories, has prevented the two countries from signing a peace treaty since World War Two.""",
        related=["Moscow says treaty consultations will not survive NATO office",
                 "NATO opens Tokyo liaison office", "After Istanbul, no date for a second round"],
        tags=["Russia", "Japan", "NATO", "Diplomacy"],
    ),
    dict(
        feed="larchfield-en", lang="en", published="2026-06-23T05:00:00Z",
        section="Hokkaido",
        title="Will Nemuro's former islanders ever see their family graves again?",
        summary="Seven summers have passed without a grave visit to the Russian-held islands. Former residents "
                "and officials in Nemuro see little prospect of a change.",
        label="restatement",
        note="A question, not a move: visits remain halted (seeds 001/003: visa-free and simplified visits "
             "terminated). Mentions the April 2026 suspension of the Istanbul consultations as background only.",
        author="By Saori Endo in Nemuro",
        body="""Every June, Sumiko Watanabe used to pack a small bag with incense, rice crackers and a bottle of sake for her father's grave on Shikotan. The last time she went was 2019. She is 90 now.

"People ask me, will you go again? I say, ask the Russians. Then they ask the Russians, and nobody answers," she said in the community centre in Nemuro where former islanders meet once a month.

The grave visits, once organised every summer under a visa-free framework agreed between Tokyo and Moscow, stopped during the pandemic. In March 2022, Russia formally terminated the visa-free arrangements and the separate scheme for former residents, citing Japan's sanctions over the war in Ukraine.

Since then Japan has raised the visits at every opportunity. A short-lived round of expert consultations between the two foreign ministries, begun last year, ended in April when Moscow suspended it. Officials in Nemuro say no date, format or even a tentative plan for visits is under discussion.

"Could it happen this summer? I would love to say yes," said a city official responsible for the islands. "But there is nothing to say yes to."

The Chishima Habomai Islands Residents' League estimates that fewer than 5,000 former islanders are still alive. Their average age is approaching 90.

Watanabe has started taking her bag to Cape Nosappu instead, where on a clear day the Habomai islets are visible across the water. "It is not the same," she said. "But it is what we have.\"""",
        related=["Nemuro races to record former islanders' testimonies", "Nemuro's kelp fishers brace for another lean season",
                 "Sapporo exhibition recalls life on Shikotan before 1945"],
        tags=["Hokkaido", "Northern Territories", "Features"],
        comments=[("T. Saito", "My grandmother was from Etorofu. She never got to go back. Please keep writing these stories."),
                  ("ivan_k", "Humanitarian visits should not be hostage to politics. On both sides.")],
    ),
    dict(
        feed="baymark-en", lang="en", published="2026-08-12T03:00:00Z",
        section="Economy",
        title="Tokyo, Beijing mark peace treaty anniversary as business ties cool",
        summary="Business groups marked the 48th anniversary of the 1978 Japan-China Treaty of Peace and "
                "Friendship with muted events as Japanese investment in China keeps falling.",
        label="off_topic",
        note="Look-alike: another peace treaty (Japan-China 1978); nothing about Russia or the Kurils.",
        author="Baymark staff",
        body="""TOKYO -- Japanese and Chinese business groups marked the anniversary of the 1978 Treaty of Peace and Friendship between the two countries on Wednesday with a low-key reception in Tokyo, as Japanese direct investment in China fell for a third straight year.

The treaty, signed in Beijing on Aug. 12, 1978, commits the two countries to developing "lasting relations of peace and friendship" and to refrain from seeking hegemony in the Asia-Pacific region. It followed the normalisation of diplomatic ties in 1972.

Speakers at the reception, organised by the Japan-China Economic Association, called for stable supply chains and for the resumption of Chinese imports of Japanese seafood at pre-2023 levels. Chinese embassy officials said Beijing "attaches importance" to the treaty's spirit.

Japanese companies invested $3.1 billion in China in the first half of the year, down 18% from a year earlier, according to data from the Japan External Trade Organization. Many cited geopolitical risk and weak demand.

"The treaty's words are fine. What business needs is predictability," said the head of a Japanese electronics maker's China unit.

The association plans a larger event for the treaty's 50th anniversary in 2028.""",
        related=["Japan's FDI into China falls again", "Seafood exporters eye Chinese market reopening",
                 "Yen weakens on BOJ caution"],
        tags=["China", "Trade"],
    ),
    dict(
        feed="ravensworth-en", lang="en", published="2026-09-08T06:00:00Z",
        section="Europe & Russia",
        title="Russia says return to treaty talks with Japan 'not on the agenda'",
        summary="Deputy Foreign Minister Andrei Rudenko said a resumption of dialogue on a peace treaty was not "
                "on the agenda while Tokyo kept what he called a hostile course.",
        label="restatement",
        note="'Not on the agenda': restates Rudenko's known position (seed 004: resumption impossible, condition "
             "= Tokyo drop hostile course). Mentions the April suspension (g-talks-freeze) as background only.",
        author="Reporting by Ravensworth Moscow bureau; Editing by Lisa Moreau",
        body="""VLADIVOSTOK, Sept 8 (Ravensworth) - A return to talks with Japan on a peace treaty is "not on the agenda", Russian Deputy Foreign Minister Andrei Rudenko said on Tuesday, repeating Moscow's demand that Tokyo abandon what it calls an unfriendly policy.

"As long as Japan continues its hostile course towards Russia, there is nothing to discuss with regard to the treaty," Rudenko told reporters on the sidelines of the Eastern Economic Forum in Vladivostok. "This question is not on the agenda."

Rudenko said Moscow had "no plans" to revive the expert consultations that it suspended in April, when NATO opened a liaison office in Tokyo. "The Japanese side knows what it would need to do," he said, without elaborating.

He made similar remarks in February 2024, when he said the resumption of dialogue on the treaty was "categorically impossible" and that there were no topics for a serious political discussion with Japan.

Japan's foreign ministry said Tokyo's position that the territorial issue should be resolved and a peace treaty concluded was unchanged.

Japanese business participation at the forum in Vladivostok has been minimal since 2022.""",
        related=["Russia suspends Istanbul treaty consultations with Japan", "Putin at EEF: Asia is our priority",
                 "Japanese firms skip Vladivostok forum again"],
        tags=["Russia", "Japan", "Diplomacy"],
    ),
    dict(
        feed="quillmark-en", lang="en", published="2026-10-19T04:00:00Z",
        section="Explainers",
        title="Seventy years on, the 1956 declaration still defines -- and divides -- Tokyo and Moscow",
        summary="The Soviet-Japanese Joint Declaration ended the state of war and promised two islands after a "
                "peace treaty. Seventy years later, there is still no treaty.",
        label="restatement",
        note="Anniversary explainer: restates the 1956 declaration and the known positions (seeds 002/003/004) "
             "and the 2022 suspension; reports no new event.",
        author="By Helen Akiyama",
        body="""Seventy years ago today, in Moscow, Japanese Prime Minister Ichiro Hatoyama and Soviet Premier Nikolai Bulganin signed a joint declaration that ended the state of war between their countries and restored diplomatic relations. It is still the only document both countries' parliaments have ratified on the question of the islands between them.

Its most-quoted clause is Article 9. The Soviet Union, "desiring to meet the wishes of Japan and taking into consideration the interests of the Japanese state", agreed to transfer the Habomai islets and Shikotan to Japan -- but only after a peace treaty was concluded.

That treaty never came. Japan has always said it wants all four islands, including the much larger Etorofu and Kunashiri. The Soviet Union later argued that the situation had changed after Japan signed a security treaty with the United States in 1960. Russia today says its sovereignty over all the islands was established as a result of World War Two and is beyond dispute.

The declaration has nonetheless been the starting point for every serious attempt at a deal, most recently in 2018, when Shinzo Abe and Vladimir Putin agreed to accelerate negotiations "on the basis of" it. Those talks stalled, and in March 2022 Russia said it would not continue them at all because of Japan's sanctions over Ukraine.

Seventy years on, both sides still quote it -- and still read it differently. For Tokyo, it proves that Moscow once acknowledged there was something to give back. For Moscow, it proves that the most that was ever on offer was two small islands, on conditions that were never met.

Neither government had issued a formal statement on the anniversary by Monday morning.""",
        related=["If the talking ever starts again: three negotiators imagine the next round",
                 "Abe, Putin and the Singapore gamble, revisited", "Reading the Bluebook"],
        tags=["Explainers", "History", "Russia", "Japan"],
    ),
]
