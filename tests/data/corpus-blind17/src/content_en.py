# English-language articles of the blind17 corpus.
# All outlets are fictional; all events after 2024-02-08 are hypothetical.
# Fields: see build.py. body: paragraphs separated by blank lines.

ARTICLES = [
# ---------------------------------------------------------------- restatements / negatives
dict(
    key="e01", feed="sandpiper-en", published="2024-03-27T09:12:00Z",
    author="Aiko Brennan", section="Asia Pacific", dateline="SAPPORO, March 27 (Sandpiper)",
    title="Russian consul in Sapporo: sanctions shut the door on treaty talks",
    summary="Russia's consul general in Sapporo told Hokkaido business leaders that Moscow sees no ground for resuming peace treaty negotiations while Japanese sanctions remain in force.",
    label="restatement",
    note="New speaker (consul general in Sapporo) restating seed 000/001/004: Russia refuses treaty talks because of Japan's sanctions (March 2022), talks 'impossible'; visa-free termination (seed 001/003) mentioned as unchanged. No new fact.",
    body="""
Russia's consul general in Sapporo, Andrei Feoktistov, said on Wednesday there was "no ground whatsoever" for resuming negotiations on a peace treaty with Japan while Tokyo's sanctions against Russia remained in place.

Speaking to a group of Hokkaido business leaders who still trade with Russia's Far East, the diplomat said the treaty the two countries had discussed for decades was meant to be "a foundation of friendship and good-neighbourliness" and that such a foundation could not be laid "with a government that adopts one package of restrictions after another against us".

"The responsibility for where we are today lies entirely with Tokyo," Feoktistov said, repeating language the Russian Foreign Ministry has used since March 2022, when Moscow announced it would not continue the treaty talks because of Japan's sanctions over the war in Ukraine.

He announced no new measures. Asked by a seafood trader whether Moscow might reconsider its 2022 decision to end visa-free trips to the islands for Japanese citizens, the consul said only that "the circumstances that led to that decision have not changed".

Japan's Foreign Ministry declined to comment. Tokyo's stated policy is to resolve the question of sovereignty over the four islands, which Russia calls the Southern Kurils and Japan the Northern Territories, and then to conclude a peace treaty.

The Soviet Union and Japan ended their state of war with a joint declaration in 1956 but never signed a formal peace treaty. Talks were accelerated in 2018 but had stalled well before Russia's full-scale invasion of Ukraine.

Several participants at the meeting said afterwards they had hoped for a signal that at least humanitarian contacts might be restored. "We heard the same thing we have heard for two years," said one, who asked not to be named because his company still buys crab from Russian suppliers.

Deputy Foreign Minister Andrei Rudenko said in February that resuming dialogue on the treaty was "categorically impossible" under current conditions.
"""),
dict(
    key="e03", feed="ridgeway-en", published="2024-05-10T07:30:00Z",
    author="Priya Nathan", section="Life & Style",
    title="Kurilian Bobtail takes best in show at Singapore cat championship",
    summary="A seven-year-old Kurilian Bobtail named Mochi beat more than 300 entrants, a first for the rare breed at the regional show.",
    label="off_topic",
    note="Name look-alike: a cat breed named after the Kuril Islands; nothing about the dispute or the peace treaty.",
    body="""
A seven-year-old Kurilian Bobtail named Mochi beat more than 300 entrants to take best in show at the Pan-Asia Cat Fancy Championships on Sunday, the first time the rare breed has won the title.

The semi-longhaired tabby, owned by a breeder from Johor Bahru, impressed judges with what one of them called "a textbook pom-pom tail and the calm confidence of a hunter".

Kurilian Bobtails take their name from the Kuril Islands, the volcanic chain that runs from Japan's Hokkaido to Russia's Kamchatka peninsula, where the cats are believed to have developed their short, kinked tails in isolation. Breed histories say Soviet scientists and servicemen brought the first of them to the mainland in the middle of the last century.

The breed was recognised by the World Cat Federation in the 1990s and by The International Cat Association in 2012, but remains uncommon outside Russia and Eastern Europe. Breeders estimate that fewer than 200 registered Kurilian Bobtails live in Southeast Asia.

"They are dog-like. They fetch, they like water, they follow you from room to room," said Mochi's owner, Lim Hui Min, who imported her first pair from a cattery in Poland in 2016. "People think the tail has been docked. It hasn't. Every tail is different, like a fingerprint."

Unlike the Japanese Bobtail, whose short tail comes from a different genetic mutation, the Kurilian is a stocky, heavy-boned cat that can weigh up to seven kilograms. Its thick coat is suited to cold winters, which makes it an odd choice for equatorial Singapore; owners said their cats spend much of the year in air-conditioned rooms.

The two-day championships drew about 9,000 visitors. Organisers said entries of rare breeds had risen by a third from last year, driven in part by social media.

"There is a fashion for unusual cats now," said judge Karen Oduya. "I just hope people choose them for the temperament and not for the photographs."
"""),
dict(
    key="e04", feed="sandpiper-en", published="2024-07-09T10:05:00Z",
    author="Mikhail Orlov", section="Europe", dateline="MOSCOW, July 9 (Sandpiper)",
    title="Kremlin says it has no plans to return to peace treaty talks with Japan",
    summary="Kremlin spokesman Dmitry Peskov said Moscow had no plans to resume negotiations on a peace treaty with Tokyo and no leader-level contacts were planned.",
    label="restatement",
    note="Negated move ('no plans to resume'). Restates seed 002 (Peskov: negotiating a treaty impossible under current conditions) and seed 000 (talks halted March 2022). No new fact.",
    body="""
The Kremlin said on Tuesday it had no plans to resume peace treaty negotiations with Japan, brushing aside renewed statements from Tokyo that it wants dialogue on the decades-old territorial dispute.

"There are no such plans. Japan's policy toward our country remains unfriendly, and under these conditions there is nothing to talk about as far as a peace treaty is concerned," Kremlin spokesman Dmitry Peskov told reporters.

He was asked about remarks by Japanese Prime Minister Fumio Kishida, who told a parliamentary committee last week that Tokyo "remains firmly committed" to resolving the territorial issue and signing a treaty despite the difficult state of relations.

Peskov also said no contacts between the two countries' leaders were being prepared. "Nothing of the kind is on the agenda," he said.

Russia's Foreign Ministry announced in March 2022 that it would not continue the treaty talks, saying it was impossible to discuss a fundamental document on bilateral relations with a state that had adopted an openly unfriendly position. At the same time Moscow ended visa-free trips by Japanese citizens to the disputed islands and pulled out of a dialogue on joint economic activity there.

The dispute centres on four islands off Hokkaido seized by Soviet forces at the end of World War Two. Russia calls them the Southern Kurils; Japan calls them the Northern Territories.

Japanese officials have said privately that they do not expect any movement while the war in Ukraine continues. Tokyo has joined Western sanctions against Moscow and provided financial and humanitarian assistance to Kyiv.
"""),
dict(
    key="e05", feed="ridgeway-en", published="2024-08-20T05:40:00Z",
    author="Daniel Koh", section="Asia",
    title="Chinese coast guard ships extend record run near Senkaku Islands",
    summary="Japan lodged another protest after Chinese coast guard vessels entered territorial waters around the East China Sea islands, extending a record stretch of presence in the contiguous zone.",
    label="off_topic",
    note="Island dispute look-alike: Japan-China (Senkaku), no Russia, no Kurils.",
    body="""
Four Chinese coast guard vessels entered Japanese territorial waters around the Senkaku Islands in the East China Sea on Tuesday, Japan's coast guard said, extending what officials describe as the longest continuous Chinese presence around the uninhabited islands since Tokyo nationalised them in 2012.

The ships, one of them apparently armed with a deck gun, approached a Japanese fishing boat operating in the area before patrol vessels moved between them, according to the 11th Regional Coast Guard Headquarters in Naha.

Chinese government ships have now been observed in the contiguous zone just outside the islands' territorial waters every day for more than six months, a record.

Japan's Foreign Ministry lodged a protest with the Chinese embassy in Tokyo. "The Senkaku Islands are clearly an inherent part of Japan's territory, in light of historical facts and based on international law. There is no territorial issue to be resolved," a ministry spokesperson said, repeating Tokyo's long-held position.

Beijing, which calls the islands Diaoyu, said its coast guard was carrying out "law enforcement patrols in China's own territorial waters".

The islands, administered by Japan, lie about 170 kilometres northeast of Taiwan. The dispute has periodically strained ties between Asia's two largest economies, and Japan has steadily strengthened its coast guard and Self-Defense Forces presence in the southwestern islands in response.

Analysts say the longer patrols are meant to create a record of Chinese "administration" that could be cited in any future legal contest. "It is salami slicing at sea," said Masato Ikeda, a researcher at a Tokyo think tank. "Each step is small, but the cumulative effect is significant."
"""),
dict(
    key="e06", feed="kuroshio-en", published="2024-10-04T06:20:00Z",
    author="Kuroshio Press political desk", section="Politics",
    title="Ishiba's first policy speech: 'difficult' Russia ties, peace treaty goal unchanged",
    summary="In his first policy speech to the Diet, Prime Minister Shigeru Ishiba said Japan would keep its policy of resolving the territorial issue with Russia and concluding a peace treaty.",
    label="restatement",
    note="New PM restates Japan's known policy (seed 002: Kishida said Tokyo remains steadfast on a peace treaty; seeds 000/001: Japan's claim to the four islands). No new fact.",
    body="""
Prime Minister Shigeru Ishiba delivered his first policy speech to the Diet on Friday, pledging to revitalise regional economies, create a disaster management agency and pursue what he called "diplomacy of conviction" amid a severe security environment.

On relations with Russia, Ishiba followed the wording of his predecessor. "Japan-Russia relations remain in a difficult situation because of Russia's aggression against Ukraine," he said. "However, Japan will maintain its policy of resolving the territorial issue and concluding a peace treaty."

He said he would continue to seek the resumption of visits by former residents of the Northern Territories to family graves on the islands, describing them as "a matter of the utmost priority" in Japan-Russia exchanges. Russia has refused such visits since 2022.

The passage was brief. Most of the 40-minute address dealt with domestic issues, including wage growth, a planned disaster management agency and measures to counter Japan's falling birth rate.

On security, Ishiba said Japan faced "the most severe and complex security environment since the end of World War Two" and pledged to keep strengthening defence capabilities and the alliance with the United States. He also called for closer cooperation with South Korea and said he would seek a "mutually beneficial relationship based on common strategic interests" with China.

Opposition parties criticised the speech as short on specifics. The prime minister is expected to dissolve the lower house within days, setting up a general election later this month.

A senior Foreign Ministry official said the Russia section had been drafted to signal continuity. "There is no change in our position on the Northern Territories, and none was intended," the official said.
"""),
dict(
    key="e07", feed="sandpiper-en", published="2024-12-10T04:45:00Z",
    author="Kenji Hollis", section="Energy", dateline="TOKYO, Dec 10 (Sandpiper)",
    title="Japanese utilities keep Sakhalin-2 LNG cargoes flowing after US licence",
    summary="Japanese power and gas companies said they would continue to take liquefied natural gas from Russia's Sakhalin-2 project after Washington issued a licence covering payments.",
    label="off_topic",
    note="Unrelated Japan-Russia news (energy trade, Sakhalin-2); no treaty or Kuril content.",
    body="""
Japanese utilities said on Tuesday they would keep buying liquefied natural gas from Russia's Sakhalin-2 project after the United States issued a licence allowing payments linked to the venture to continue despite new sanctions on a major Russian bank.

The U.S. Treasury last month added Gazprombank, which handles many of Russia's energy payments, to its sanctions list, raising concern in Tokyo that buyers of Sakhalin-2 cargoes could be cut off. Japan imports about 9% of its LNG from Russia, almost all of it from the project off the northeastern coast of Sakhalin island.

"We have confirmed that transactions under our existing contract can continue," a spokesperson for one of the buyers, a regional utility, said. Two other buyers issued similar statements.

Trade ministry officials have repeatedly said Sakhalin-2 is important for Japan's energy security and that Tokyo has no plans to give up its stake. Mitsui & Co and Mitsubishi Corp together hold a 22.5% interest in the project, which Russia transferred to a new Russian operator in 2022.

Analysts said the licence bought time but did not remove the longer-term risk. "Buyers are looking at alternatives, but there are few that can replace a source just three days' sailing from Japan," said an energy analyst at a Tokyo brokerage.

Sakhalin-2 produces around 10 million tonnes of LNG a year. Besides Japan, its customers include buyers in South Korea and China.

Japan has joined Group of Seven sanctions against Russia over the war in Ukraine but has carved out exceptions for energy projects it considers vital.
"""),
dict(
    key="e08", feed="kuroshio-en", published="2025-02-07T08:10:00Z",
    author="Yui Hartmann", section="National",
    title="Former islanders, average age near 90, renew appeal on Northern Territories Day",
    summary="At the annual national rally in Tokyo, the prime minister said Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged.",
    label="restatement",
    note="Annual occasion piece (Northern Territories Day rally). PM restates known policy; Russia's 2022 halt of talks and visa-free exchanges (seeds 000/001/003) as background; requests for grave visits are wishes, not events.",
    body="""
Former residents of the Russian-held islands off Hokkaido gathered in Tokyo on Friday for the annual national rally marking Northern Territories Day, with many warning that time is running out for them to see their birthplaces again.

About 5,000 of the roughly 17,000 Japanese who lived on the four islands before Soviet forces occupied them in 1945 are still alive, and their average age is nearly 89, according to the League of Residents of Chishima and Habomai Islands.

"I was nine when I left Shikotan. I am 88 now. I only want to stand once more at my parents' grave," a woman from Nemuro told the rally, her voice breaking.

Prime Minister Shigeru Ishiba told the gathering that Japan's position was unchanged. "Japan-Russia relations are in a difficult situation, but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," he said. He added that the government would "continue to strongly request" that Russia allow grave visits to resume.

Russia announced in March 2022 that it would not continue peace treaty negotiations and ended visa-free visits to the islands in response to Japanese sanctions over the war in Ukraine. Grave visits, which had been carried out under the visa-free framework, have not taken place since.

Northern Territories Day has been observed on Feb. 7 since 1981. The date marks the signing in 1855 of the Treaty of Shimoda, which drew the first border between Japan and Russia between the islands of Etorofu and Urup.

Speakers at the rally included the Hokkaido governor and representatives of all major parties. A resolution adopted by participants repeated the demand for the return of the four islands and called for exchanges to be restored.

Outside the venue, a few dozen young people handed out leaflets on the dispute. "Our grandparents' generation will not be here much longer," said a 22-year-old student from Sapporo. "Someone has to remember."
"""),
dict(
    key="e09", feed="sandpiper-en", published="2025-03-13T17:20:00Z",
    author="Lena Sargsyan", section="Europe", dateline="YEREVAN, March 13 (Sandpiper)",
    title="Armenia and Azerbaijan say text of peace treaty agreed",
    summary="The two South Caucasus neighbours said negotiations on the text of a peace agreement had been completed, though Baku set conditions before signing.",
    label="off_topic",
    note="Peace treaty look-alike: Armenia-Azerbaijan, unrelated to Russia-Japan.",
    body="""
Armenia and Azerbaijan said on Thursday they had finished negotiating the text of a peace treaty meant to end nearly four decades of conflict, a milestone in a process that has repeatedly stalled.

"The negotiations on the text of the draft Agreement on the Establishment of Peace and Interstate Relations have been concluded," Azerbaijan's Foreign Ministry said in a statement. Armenia's Foreign Ministry confirmed the news and said it was ready to begin consultations on the date and venue of signing.

Baku, however, repeated that it expected Armenia to amend its constitution to remove what it regards as territorial claims on Azerbaijan before any treaty is signed. Yerevan says its constitution contains no such claims.

The two countries fought two wars over the Karabakh region, which Azerbaijan retook in full in a lightning offensive in September 2023, prompting almost all of its ethnic Armenian population to flee to Armenia.

Diplomats said the draft covers the mutual recognition of borders, the renunciation of territorial claims and the withdrawal of third-party forces from the border. Delimitation of the frontier is being handled by separate commissions, which have already agreed on several sections.

Western governments welcomed the announcement. "This is a historic opportunity to turn the page," the European Union's foreign policy chief said.

Armenian Prime Minister Nikol Pashinyan has said peace with Azerbaijan would open trade routes and reduce the country's dependence on Russia, with which relations have cooled sharply since 2023.
"""),
dict(
    key="e10", feed="ridgeway-en", published="2025-05-22T14:50:00Z",
    author="Tom Ashdown", section="World",
    title="Britain signs deal to hand Chagos Islands to Mauritius, keeps Diego Garcia base",
    summary="The UK signed a treaty ceding sovereignty over the Indian Ocean archipelago while leasing back the joint UK-US military base for 99 years.",
    label="off_topic",
    note="Island sovereignty transfer look-alike (Chagos, UK-Mauritius), not the Kurils.",
    body="""
Britain on Thursday signed a treaty handing sovereignty over the Chagos Islands to Mauritius, while securing a 99-year lease on the island of Diego Garcia, home to a joint British-American military base.

Prime Minister Keir Starmer said the agreement protected a base that was "vital to our national security" after a legal challenge threatened its future. Under the deal, Britain will pay Mauritius an average of 101 million pounds a year over the lease period.

The signing went ahead after a last-minute court injunction sought by two Chagossian women was lifted by the High Court in London earlier in the day.

Mauritius has long argued that Britain unlawfully detached the archipelago before granting Mauritius independence in 1968. The International Court of Justice said in a 2019 advisory opinion that Britain should end its administration of the islands "as rapidly as possible".

Hundreds of Chagossians were expelled from the islands in the 1960s and 1970s to make way for the base. Some Chagossian groups have criticised the deal, saying they were not consulted, while Mauritius says it will set up a resettlement programme on the outer islands, though not on Diego Garcia.

Opposition politicians in Britain called the agreement a "surrender" and questioned the cost. The treaty must still be ratified by both countries.

The United States, which operates the base, welcomed the agreement, saying it secured "the long-term, stable and effective operation" of the facility.
"""),
dict(
    key="e11", feed="sandpiper-en", published="2025-06-24T11:35:00Z",
    author="Mikhail Orlov", section="Europe", dateline="MOSCOW, June 24 (Sandpiper)",
    title="Moscow would talk treaty with Tokyo only if sanctions go, senator says",
    summary="A senior Russian senator said Moscow would consider returning to peace treaty talks only if Japan abandoned its 'hostile course', and even then Russian sovereignty over the islands would not be up for discussion.",
    label="restatement",
    note="Conditional ('would ... only if'). Restates seed 004 (Rudenko: key condition is Tokyo's refusal from hostile policy) and seeds 001/004 (sovereignty cannot be questioned). No event.",
    body="""
Russia would consider returning to peace treaty negotiations with Japan only if Tokyo dropped its sanctions and what Moscow calls its "hostile course", a senior member of the upper house of Russia's parliament said on Tuesday.

"If Japan were to abandon the sanctions and stop taking part in anti-Russian initiatives, we could think about when and how to talk again. But I see no sign of that," Oleg Varnavin, deputy chairman of the Federation Council's international affairs committee, said at a round table in Moscow on Russia's policy in the Asia-Pacific.

Even then, he said, any negotiation would have to start from the premise that the islands were Russian. "The sovereignty of the Russian Federation over the Kuril Islands is not a subject for bargaining. It is fixed in international legal documents following the Second World War," he said.

Varnavin did not say whether his comments reflected any change in the Kremlin's thinking, and there was no indication that they did. His remarks closely followed statements by Deputy Foreign Minister Andrei Rudenko, who has said the "key condition" for normalising relations is Tokyo's abandonment of its hostile policy, rather than what he called "ephemeral signals".

Russia's Foreign Ministry broke off the treaty talks in March 2022, citing Japan's sanctions over the invasion of Ukraine.

Japanese officials have said Tokyo has no intention of easing sanctions while the war continues. Japan's foreign minister told reporters last week that the government's policy of resolving the territorial issue and concluding a treaty was unchanged.

Varnavin, a former diplomat who served in Tokyo in the 1990s, said he regretted the state of relations. "There was a time when we spoke about joint projects on the islands. Now we cannot even agree on fishing," he said.
"""),
dict(
    key="e17", feed="quillon-en", published="2025-08-28T10:00:00Z",
    author="Harriet Nakamura-Lowe", section="Essays",
    title="Eighty years on, the last witnesses of Etorofu's surrender",
    summary="The Soviet landing on Etorofu in August 1945 began a separation that no treaty has resolved. The people who remember it are running out of time.",
    label="restatement",
    note="Anniversary/background essay (80 years since the Soviet landing). Restates the dispute history and the 2022 halt of talks and visa-free visits (seeds 000/001/003/004). No new fact.",
    body="""
On the morning of August 28, 1945, Soviet troops came ashore at Rubetsu Bay on the island of Etorofu. Japan had already announced its surrender two weeks earlier. There was no fighting; the Japanese garrison laid down its arms. For the island's roughly 3,600 civilian residents, it was the beginning of a slow expulsion that ended with their repatriation to Hokkaido in 1947 and 1948.

Over the following days Soviet forces occupied Kunashiri and Shikotan, and by early September the Habomai islets. Moscow incorporated all four into the Soviet Union. Tokyo has disputed that ever since, calling them the Northern Territories and Japan's inherent territory. Moscow, and now Russia, says they became its territory as a legitimate result of the Second World War.

Eighty years later, the people who can describe that morning are very few. Kimiko Sato, 93, who was thirteen when the soldiers arrived in her village, says she remembers "mostly the silence. Nobody knew what would happen to us."

Her generation spent decades campaigning for the return of the islands. Some had come close to hope: the 1956 Joint Declaration, which ended the state of war and promised the transfer of Shikotan and the Habomai group once a peace treaty was signed; the late 1990s, when leaders spoke of a deadline; 2018, when Shinzo Abe and Vladimir Putin agreed to accelerate negotiations on the basis of the 1956 declaration.

None of it produced a treaty. In March 2022, after Japan joined sanctions over the invasion of Ukraine, Russia said it would not continue the negotiations and ended the visa-free visits that had allowed former residents to visit graves and old homesites. Since then, most former islanders have seen their birthplaces only from the observation decks of Cape Nosappu.

Sato went back four times under the visa-free programme, the last in 2019. "I found the foundations of our house," she says. "The stones were still there. I touched them and I thought, I am home."

She does not expect to go again. "I am not angry any more," she says. "I only want someone to remember that we lived there."
"""),
dict(
    key="e12", feed="kuroshio-en", published="2025-09-10T07:15:00Z",
    author="Yui Hartmann", section="National",
    title="Hokkaido governor calls on Tokyo to press Moscow on grave visits",
    summary="Governor Naomichi Suzuki asked the national government to urge Russia to allow former island residents to visit family graves, warning that the elderly group is running out of time.",
    label="restatement",
    note="Requested move ('calls on ... to press'); petition restates the known suspension of visa-free exchanges and visits (seeds 001/003). Government promises to 'continue to request' - no event, no change of state.",
    body="""
Hokkaido Governor Naomichi Suzuki on Wednesday called on the national government to press Russia to allow former residents of the Northern Territories to visit their family graves, saying that "time is running out" for the aging group.

Suzuki made the request in Tokyo at a meeting with the minister in charge of Northern Territories affairs, handing over a written petition drawn up together with the mayor of Nemuro and the heads of four neighbouring towns on the Nemuro peninsula and the Shiretoko coast.

The petition urges the government to seek "at the earliest possible date" the resumption of grave visits, visa-free exchanges and free visits by former islanders, all of which Russia ended in 2022 in response to Japanese sanctions. It also asks for more financial support for fishing communities in eastern Hokkaido, which it says face growing difficulties in operating in nearby waters.

"The former islanders are on average almost 90 years old. We cannot simply wait for relations to improve on their own," Suzuki told reporters after the meeting.

According to a prefectural official who attended, the minister replied that the government would "continue to strongly request" that Russia resume the programmes, in particular the grave visits, which Tokyo regards as a purely humanitarian matter.

Russia has shown no sign of reconsidering. Moscow says the decisions of 2022 were a response to Tokyo's "unfriendly" policy and that responsibility for the state of relations lies with Japan.

Some former residents say they would go tomorrow if Moscow allowed it, even for a single day. "Just let us put flowers on the graves," said Kazuo Ishimori, 90, who was born on Kunashiri. "That is all we are asking."
"""),
dict(
    key="e13", feed="ridgeway-en", published="2025-09-16T09:25:00Z",
    author="Daniel Koh", section="Asia",
    title="US envoy views disputed islands from Hokkaido's easternmost cape",
    summary="The US ambassador to Japan visited Cape Nosappu in Nemuro and said Washington has long recognised Japan's sovereignty over the Northern Territories.",
    label="neutral",
    note="Borderline: a visit and a statement by a third country's envoy repeating a long-standing US position; not a Russia-Japan development, but an alert would be understandable.",
    body="""
The U.S. ambassador to Japan, George Glass, visited Cape Nosappu on the eastern tip of Hokkaido on Tuesday and looked out over the Russian-held islands that Japan calls the Northern Territories, the closest of which lies less than four kilometres offshore.

Accompanied by Nemuro officials and a group of former island residents, Glass toured a small museum on the disputed territories and laid flowers at a monument calling for their return.

"The United States has recognised Japan's sovereignty over the Northern Territories for decades, and that has not changed," Glass told reporters at the cape. "We stand with our Japanese allies."

The comment echoed statements by previous ambassadors. Washington has supported Japan's position on the four islands since the 1950s.

Russia's embassy in Tokyo did not immediately respond to a request for comment. Moscow has in the past accused Washington of encouraging Japanese "revanchism" and has said the possibility of U.S. forces being deployed on the islands is one reason it cannot hand any of them over.

Former residents who met the ambassador said they had asked the United States to help persuade Russia to allow grave visits, suspended since 2022. "He listened very carefully," said one of them, an 87-year-old man born on Shikotan.

Glass also visited a fish market and a crab processing plant in Nemuro and met local business leaders to discuss the regional economy, the U.S. embassy said.
"""),
dict(
    key="e14", feed="quillon-en", published="2025-11-18T12:00:00Z",
    author="Piotr Valenta", section="Analysis",
    title="Could a US-Russia thaw reopen Japan's road to a Kuril deal?",
    summary="Washington and Moscow are talking again. Some in Tokyo wonder whether the peace treaty could be next. The evidence says: not soon.",
    label="restatement",
    note="Questioned/prospective analysis with no event: restates Russia's refusal of talks over sanctions (seeds 000/001/004), sovereignty position, 2018 acceleration (seed 000) and the US-bases concern (seed 002).",
    body="""
Could a thaw between Washington and Moscow open a door for Tokyo? The question is being asked more often in Japanese policy circles this autumn, as American and Russian officials meet with a frequency unthinkable two years ago.

The logic is tempting. If the United States eases its own posture toward Russia, would Japan not find it easier to restart contacts of its own? And if contacts restart, might the long-frozen peace treaty negotiations, which Moscow broke off in March 2022, follow?

The short answer, on the available evidence, is no.

First, Moscow's stated conditions have not moved. Russian officials continue to say that talks on a treaty are impossible while Japan maintains sanctions, and that the "key condition" for any normalisation is Tokyo abandoning what they call its hostile policy. No Japanese government is likely to lift sanctions while the war in Ukraine continues, and Prime Minister Sanae Takaichi has shown no inclination to do so.

Second, Russia's position on the islands has hardened. Its diplomats say sovereignty over the Southern Kurils is "not subject to discussion", a formula that leaves little room even for the 1956 framework that Shinzo Abe and Vladimir Putin agreed in 2018 to use as the basis for accelerated talks.

Third, Moscow has long argued that any island handed to Japan could host US forces. A warmer US-Russia relationship does not change the US-Japan alliance, and it is hard to imagine Washington offering Moscow guarantees on Japanese soil.

What could change is the humanitarian agenda. Japanese officials would welcome any sign that Russia might let former residents visit family graves, and a less confrontational climate might make that easier to ask for. But asking is not the same as getting.

For now, the most honest description of the peace treaty process is the one Russian diplomats themselves use: it does not exist. Whether it can be revived depends less on Washington than on how, and when, the war ends.
"""),
dict(
    key="e15", feed="ridgeway-en", published="2026-03-11T06:00:00Z",
    author="Clara Weiss", section="Science",
    title="Deep-sea survey of Kuril-Kamchatka Trench finds dozens of new species",
    summary="Researchers who sampled the trench at depths of more than 9,000 metres report 48 previously unknown species and traces of microplastics.",
    label="off_topic",
    note="Name look-alike: the Kuril-Kamchatka Trench (geography/science), no dispute content.",
    body="""
A German-led research team that sampled the Kuril-Kamchatka Trench in the northwest Pacific has described 48 species new to science, including amphipods, sea cucumbers and a translucent snailfish, in results published on Wednesday.

The trench, which runs for about 2,200 kilometres along the Pacific side of the Kuril Islands and Kamchatka, reaches depths of more than 9,600 metres. The expedition used a deep-sea lander and an epibenthic sledge to collect animals and sediment from 5,000 to 9,500 metres.

"Every time we go down, we find something nobody has seen before," said the expedition's chief scientist, Anke Brandt of the Senckenberg research institute in Frankfurt. "It tells you how little we know about the deepest parts of our planet."

Among the finds is an amphipod, a shrimp-like crustacean, collected at 9,450 metres, one of the deepest records for its family. The researchers also recorded a species of snailfish at 7,800 metres, not far from the depth at which scientists believe fish can no longer survive.

The team also found microplastic fibres in every sediment sample and in the guts of several animals, including at the greatest depths. "Even here, more than nine kilometres down, our waste has arrived," Brandt said.

The trench was formed where the Pacific plate dives beneath the Okhotsk plate, a process that makes the region one of the most seismically active in the world.

The study was published in the journal Progress in Oceanography. Samples will be archived in Frankfurt and made available to other researchers.
"""),
dict(
    key="e16", feed="kuroshio-en", published="2026-04-14T05:00:00Z",
    author="Kuroshio Press political desk", section="Politics",
    title="Diplomatic Bluebook: islands 'under Japan's sovereignty', Russia ties 'severe'",
    summary="The 2026 Diplomatic Bluebook repeats that the Northern Territories are islands over which Japan has sovereignty and that the goal of a peace treaty with Russia is unchanged.",
    label="restatement",
    note="Annual report restating known positions: Japan's claim and treaty policy (seeds 002/004), criticism of Russia's 2022 refusal of talks (seeds 000/001). No new fact.",
    body="""
Foreign Minister Toshimitsu Motegi presented the 2026 Diplomatic Bluebook to the Cabinet on Tuesday. On Russia, the annual report describes relations as remaining in a "severe situation" because of the war in Ukraine and says Japan will keep sanctions in coordination with the Group of Seven.

On the territorial dispute, the Bluebook repeats wording used in recent editions: "The Northern Territories are islands over which Japan has sovereignty and are an integral part of the territory of Japan." It states that the government will "maintain its policy of resolving the territorial issue and concluding a peace treaty".

The report again calls Russia's March 2022 announcement that it would not continue peace treaty negotiations "extremely unjust and absolutely unacceptable". It says Japan will continue to request that Russia resume exchanges for former residents, "especially grave visits", which Tokyo regards as a humanitarian issue.

It also notes that Russia continues to strengthen its military presence on the four islands and says such activity is "incompatible with Japan's position".

The wording is largely unchanged from last year's edition, a Foreign Ministry official said. "Our position on the Northern Territories does not change from year to year."

Elsewhere, the Bluebook devotes more space to China, North Korea and economic security, and highlights Japan's efforts to deepen cooperation with the Philippines, Australia and European partners.

Russia's Foreign Ministry has in previous years criticised the Bluebook's description of the islands, saying Russia's sovereignty over them is not subject to discussion.
"""),
dict(
    key="e18", feed="kuroshio-en", published="2026-08-12T03:30:00Z",
    author="Sho Aldridge", section="Business",
    title="Used-car exports to Russia hit record despite Japanese sanctions",
    summary="Exports of used vehicles to Russia rose to a record in the first half, as dealers in Toyama and Niigata ship cars that fall under the sanctions threshold.",
    label="off_topic",
    note="Unrelated Japan-Russia news (trade, used cars); no treaty or island content.",
    body="""
Japan's exports of used cars to Russia reached a record in the first half of the year, customs data showed on Wednesday, as dealers shipped vehicles that fall below the engine-size threshold set under Japanese sanctions.

About 142,000 used passenger cars were exported to Russia between January and June, up 11% from a year earlier, according to Finance Ministry data. Russia has been the largest destination for Japanese used cars since 2023.

Japan banned the export of new and used cars with engines larger than 1,900cc to Russia in August 2023 as part of sanctions over the war in Ukraine. Hybrid and smaller cars are still allowed, and demand for them in Russia's Far East has surged.

Most of the vehicles leave from ports on the Sea of Japan coast, including Fushiki-Toyama and Niigata, bound for Vladivostok. "Russian buyers want Japanese hybrids. They are reliable and cheaper to run," said the manager of a dealership in Imizu, Toyama Prefecture, where many exporters are based.

Some economists have questioned whether the trade undermines the sanctions regime. The trade ministry said it was monitoring exports closely and acting against violations.

Russia raised its recycling fee on imported cars in late 2024 and again this year, but the increases have so far failed to dent demand, traders said.
"""),
dict(
    key="e19", feed="sandpiper-en", published="2026-08-25T02:40:00Z",
    author="Aiko Brennan", section="Asia Pacific", dateline="TOKYO, Aug 25 (Sandpiper)",
    title="Japanese fisherman missing in strait off Russian-held Kunashir",
    summary="A crew member fell overboard from a Rausu-registered boat near the median line in the Nemuro Strait; Japan's coast guard is searching and has informed Russian border guards.",
    label="neutral",
    note="Borderline: an incident in the strait off Kunashir with routine Japan-Russia notification; no dispute development, no change of any tracked matter.",
    body="""
A Japanese fisherman is missing after falling overboard from a boat fishing for squid in the Nemuro Strait near the median line with Russian-held Kunashir island, Japan's coast guard said on Tuesday.

The 46-year-old crew member of the 9.7-tonne Koyo Maru No. 3, registered in Rausu, Hokkaido, was last seen on deck at around 11 p.m. on Monday, according to the 1st Regional Coast Guard Headquarters in Otaru. Crewmates raised the alarm when they noticed he was gone about 30 minutes later.

Two patrol vessels and a helicopter were searching the area, about 15 kilometres off the Shiretoko peninsula. The coast guard said it had informed Russia's border service of the accident through an established communication channel and asked it to report any sighting on its side of the line.

A coast guard spokesman said that was standard procedure for incidents near the median line. "The Russian side acknowledged our notification," he said.

Waters in the strait were calm overnight, with a temperature of about 14 degrees Celsius.

The strait between Hokkaido and Kunashir, one of four islands claimed by Japan and held by Russia since 1945, is a rich fishing ground, but Japanese boats must stay on their side of the median line to avoid being seized by Russian border guards.

The Rausu fisheries cooperative said it had asked members to join the search once weather conditions allowed.
"""),
# ---------------------------------------------------------------- developments
dict(
    key="G1en", feed="kuroshio-en", published="2024-06-18T09:40:00Z",
    author="Sho Aldridge", section="Politics",
    title="Defense Ministry confirms Russian anti-ship missiles on Shikotan",
    summary="Japan says Russia has deployed Bal coastal missile launchers on Shikotan for the first time and has lodged a protest through diplomatic channels.",
    label="new_development", group="g1-shikotan-bal",
    new_facts=["Japan's Defense Ministry confirmed that Russia has deployed Bal coastal anti-ship missile systems (at least four launchers) on Shikotan, the first missile deployment confirmed on that island; Japan protested"],
    must_mention=[["shikotan"], ["bal", "missile"]],
    note="Same day English report of the Defense Ministry announcement first carried in Japanese.",
    body="""
Japan's Defense Ministry said Tuesday it had confirmed that Russia has deployed Bal coastal anti-ship missile systems on Shikotan, one of the four Russian-held islands off Hokkaido that Japan calls the Northern Territories. It is the first time missile units have been confirmed on the island.

According to the ministry, at least four mobile launchers and a command vehicle were identified near Shakotan, known in Russian as Malokurilskoye, the island's main settlement. Officials believe the equipment was shipped from the Russian mainland in late May, based on an analysis of satellite imagery and other information.

Russia placed Bal systems on Kunashiri and Bastion systems on Etorofu, known in Russian as Iturup, in 2016. Until now, no missile units had been confirmed on Shikotan, which lies about 70 kilometres east of Nemuro.

Chief Cabinet Secretary Yoshimasa Hayashi told a news conference that the government had lodged a protest with Russia through diplomatic channels. "The strengthening of Russia's military presence on the four northern islands is incompatible with Japan's position on the Northern Territories and is unacceptable," he said.

A senior Defense Ministry official said the deployment appeared intended to tighten Moscow's control over the approaches to the Sea of Okhotsk, where Russian ballistic missile submarines operate.

The Bal system fires Kh-35 anti-ship missiles with a range of about 130 kilometres, putting the Nemuro Strait and the waters off eastern Hokkaido within reach. Nemuro Mayor Tadayuki Hiratsuka said the move "tramples on the feelings of former islanders".

The Russian Defense Ministry has not commented. Moscow says the islands became Russian territory as a result of World War Two and has steadily expanded its garrison on the chain in recent years.

Russia halted negotiations on a peace treaty with Japan in March 2022, citing Tokyo's sanctions over the invasion of Ukraine.
"""),
dict(
    key="G2en", feed="quillon-en", published="2024-11-15T11:00:00Z",
    author="Piotr Valenta", section="Analysis",
    title="Scallop cages on a frontier rock: what a small lease says about the Kuril dispute",
    summary="The Habomai islets have been empty for almost eight decades. A commercial deal signed this week suggests Moscow now sees them as ordinary Russian real estate.",
    label="new_development", group="g2-taraku-lease",
    new_facts=["Russia's federal property agency leased 14 ha of Polonsky Island (Taraku, Habomai group) for 49 years to a Shikotan mariculture company; Japan protested"],
    must_mention=[["polonsky", "taraku"], ["lease"]],
    note="English analysis; the lease itself (the new fact) is only reported from the third paragraph on. Same development as the Russian first report.",
    body="""
Seen from Cape Nosappu on a clear day, the Habomai islets look like a scattering of low green plates on the sea. Before 1945 about 5,000 Japanese lived there, most of them gathering kelp. Since the Soviet occupation, they have been almost empty: a few border posts, a lighthouse, seasonal fishing camps.

For Japan the Habomais matter more than their size suggests. Together with Shikotan, they are the islands that the 1956 Joint Declaration promised to hand over once a peace treaty was signed. For decades Japanese negotiators hoped they would be the first step toward a settlement.

That hope was already fading before this week. But on Tuesday the Sakhalin office of Rosimushchestvo, Russia's federal property agency, announced that it had signed a 49-year lease on 14 hectares of Polonsky Island, which the Japanese call Taraku, with a Shikotan-based company, Malokurilskaya Akvakultura. The company will build a base for farming scallops and sea cucumbers, a small pier and a workers' dormitory, and has also received rights to 320 hectares of surrounding water.

It is, as far as anyone can tell, the first long-term commercial lease on one of the Habomai islets. The company's director told local media he hoped to ship the first produce in 2027.

Tokyo protested through diplomatic channels. Chief Cabinet Secretary Yoshimasa Hayashi called the lease "incompatible with Japan's position and regrettable".

The sums involved are modest, around 1.2 billion roubles. The symbolism is not. A 49-year lease runs to 2073. It assumes, as Russian law does, that the land is Russian federal property to be managed like any other. It also fits a broader pattern: since 2023 Russia has offered tax breaks to companies on the Kurils, and officials in Yuzhno-Sakhalinsk have spoken of "bringing the islands into economic circulation".

For the former residents of Taraku, now in their late eighties and nineties, the news was personal. "My family's graves are there," one of them told a Hokkaido newspaper. "Now they are going to farm sea cucumbers next to them."

Japan has little leverage. Russia ended the dialogue on joint economic activities on the islands in 2022. The space in which Japanese and Russian businesses might once have worked together under a special legal framework has been filled, quietly, by Russian law alone.
"""),
dict(
    key="G3en", feed="sandpiper-en", published="2025-04-22T15:10:00Z",
    author="Mikhail Orlov", section="Europe", dateline="MOSCOW, April 22 (Sandpiper)",
    title="Japanese lawmakers hold talks with Duma members in Moscow, first group visit since 2022",
    summary="A cross-party delegation of five Japanese lawmakers met members of Russia's State Duma and raised grave visits by former island residents and the safety of Japanese fishing boats.",
    label="new_development", group="g3-diet-delegation-moscow",
    new_facts=["A cross-party delegation of five Japanese lawmakers (Japan-Russia parliamentary friendship league, led by Yasuhiro Miyoshi) held talks with State Duma members in Moscow on 22 April 2025, the first such group visit since 2022; they raised grave visits and fishing safety"],
    must_mention=[["lawmaker", "delegation", "parliament"], ["moscow", "duma"]],
    note="First report of the parliamentary visit (talks held). The Russian side's 'treaty not on the agenda' line inside is a restatement but the meeting is new.",
    body="""
A cross-party delegation of Japanese lawmakers held talks with members of Russia's State Duma in Moscow on Tuesday, the first visit by a group of Japanese parliamentarians to Russia since Moscow's full-scale invasion of Ukraine in 2022.

The five members of Japan's two houses of parliament, led by Yasuhiro Miyoshi, acting chairman of the Japan-Russia parliamentary friendship league, met for about two hours with Andrei Svetlov, first deputy chairman of the Duma's international affairs committee, and other deputies.

The Japanese side asked Russia to allow former residents of the disputed islands off Hokkaido to resume visits to family graves and raised the safety of Japanese fishing boats operating near the islands, Miyoshi told reporters after the meeting.

"With dialogue between our governments cut off, it is important to keep at least one channel open," he said. "We made our requests clearly. The Russian side listened."

Svetlov told Russian media that Moscow had made clear that a peace treaty was "not on the agenda" as long as Japan maintained sanctions, but that parliamentary contacts were useful. The two sides agreed to continue exchanges between the parliaments, without setting a date.

The Japanese government said the trip was the lawmakers' own decision. "The government is not involved," the chief cabinet secretary told a news conference in Tokyo, adding that the delegation had informed the Foreign Ministry of its plans. Japan advises its citizens against all travel to Russia.

Russia halted peace treaty talks with Japan in March 2022 and ended visa-free visits to the islands, which Russia calls the Southern Kurils and Japan the Northern Territories. Upper house member Muneo Suzuki visited Moscow alone in 2023 and met a deputy foreign minister.
"""),
dict(
    key="G4en", feed="kuroshio-en", published="2025-08-22T09:00:00Z",
    author="Yui Hartmann", section="National",
    title="On a windswept northern island, a race to bring Japan's war dead home",
    summary="A 12-member Japanese team has begun searching old battlefield positions on Shumshu, at the northern end of the Kuril chain, under an arrangement Moscow says will not be repeated.",
    label="status_change", group="g4-shumshu-remains",
    new_facts=["Russia allowed a Japanese government team to search for and collect the remains of Japanese soldiers on Shumshu (northern Kurils) in August 2025 as a one-off exception; remains-collection in Russia has been suspended since 2022 and stays suspended"],
    must_mention=[["shumshu"], ["remains"]],
    note="Follow-up feature on the one-off exception (state: neither resumed nor halted). The team's arrival is the already-reported arrangement being carried out; no new fact beyond the group's.",
    body="""
The wind on Shumshu rarely stops. On the low hills above Takeda beach, where Japanese and Soviet troops fought one of the last battles of World War Two, grass grows over collapsed trenches and the rusting hulks of Japanese tanks.

This week, for the first time in years, Japanese voices can be heard there again. A 12-member team from the Ministry of Health, Labour and Welfare, bereaved relatives and specialists from a remains-recovery association arrived on the island on Monday to search for the bones of soldiers who died in August 1945.

They are working under an arrangement that Moscow agreed to in June and described as a one-time exception on humanitarian grounds. The collection of Japanese war dead in Russia has been suspended since 2022, and Russian officials have said the Shumshu mission does not mean that wider cooperation will resume. Whether teams can come back next year, they say, will be decided separately.

The team has two weeks. It is accompanied by Russian specialists and local officials from the Severo-Kurilsky district, and excavation is allowed only at sites agreed in advance.

"We know there are more men here. Every year we cannot come, the ground shifts, the memories disappear," said Hiroshi Tanabe, 83, whose father, a corporal, was killed on the island. Tanabe has petitioned the government for years to restart the work. "I did not think I would live to see this."

Japanese records suggest around 600 soldiers of the Japanese garrison died in the battle, which began on August 18, 1945, three days after Japan announced its surrender. Soviet losses were heavier. Joint searches in the 2010s recovered just over 100 sets of Japanese remains.

Shumshu lies at the northern tip of the Kuril chain, far from the four southern islands that Japan claims. Officials in Tokyo were careful to separate the mission from the territorial dispute. "This is about our war dead, not about borders," one said.

On Wednesday, the team found fragments of bone and a soldier's identity tag near a collapsed bunker. They will be examined for DNA before being taken to Japan.
"""),
dict(
    key="G5en", feed="sandpiper-en", published="2025-10-30T09:00:00Z",
    author="Kenji Hollis", section="Business", dateline="TOKYO, Oct 30 (Sandpiper)",
    title="Japan to halt imports of Russian seafood caught around disputed islands",
    summary="Tokyo will stop approving imports of sea urchin, crab and other seafood caught by Russian firms in the waters around the four islands it claims, from December 1.",
    label="status_change", group="g5-island-seafood-import-halt",
    new_facts=["Japan will halt imports of seafood (sea urchin, crab, scallops) caught by Russian firms around the four disputed islands from 1 Dec 2025 by requiring import approval under the Foreign Exchange Act and not granting it; such imports had continued after 2022"],
    must_mention=[["import"], ["urchin", "crab", "seafood"]],
    note="Status change: a running trade (island-caught Russian seafood into Hokkaido ports, untouched by sanctions so far) is being halted. First English report, same day as the Japanese report.",
    body="""
Japan will stop imports of sea urchin, crab and other seafood caught by Russian companies in the waters around the four Russian-held islands off Hokkaido from December 1, the government said on Thursday, ending a trade that had continued despite sanctions imposed over the war in Ukraine.

Under the measure, such products will require import approval under the Foreign Exchange and Foreign Trade Act, and officials said approval would not be granted. Importers will have to present certificates showing where the catch was taken.

"For Japan to effectively support economic activity that Russia carries out on the four northern islands is incompatible with our legal position," a government official said, adding that the step would also make sanctions against Russia more effective.

Seafood caught around the islands, which Japan calls the Northern Territories and Russia the Southern Kurils, has long been landed at ports in eastern Hokkaido, especially Hanasaki in Nemuro. Industry estimates put the islands' share of Russian raw material handled by Nemuro processors at about 30%.

Processors reacted with alarm. "We have no alternative supply lined up. This is a matter of life and death for us," said the owner of a sea urchin processing company in Nemuro.

Trade in Russian seafood had been largely exempt from Japanese sanctions, which target finance, technology and some Russian exports such as alcohol and timber. Total seafood imports from Russia, mostly crab, salmon roe and pollock, were worth around 150 billion yen last year.

Russia's Foreign Ministry did not immediately comment. Moscow broke off peace treaty talks with Japan in March 2022, citing Tokyo's sanctions.
"""),
dict(
    key="G5en2", feed="ridgeway-en", published="2025-12-02T03:00:00Z",
    author="Daniel Koh", section="Business",
    title="Will Nemuro survive without island crab? Processors brace as ban bites",
    summary="The import halt on seafood from the Russian-held islands took effect on Monday. In Hokkaido's easternmost city, the question is how long the plants can hold out.",
    label="status_change", group="g5-island-seafood-import-halt",
    new_facts=["Japan's halt on imports of seafood caught around the four disputed islands took effect on 1 Dec 2025"],
    must_mention=[["import"], ["urchin", "crab", "seafood"]],
    note="Follow-up in the import-halt group: the measure announced on 30 Oct takes effect as scheduled; questioned-style headline; no new fact beyond the group's.",
    body="""
Will Nemuro's seafood plants survive the winter? It is the question everyone in Hokkaido's easternmost city seems to be asking this week.

On Monday, Japan's halt on imports of seafood caught by Russian companies around the four Russian-held islands took effect, as announced at the end of October. For processors in Nemuro, who for decades have bought sea urchin and crab landed by Russian boats at the port of Hanasaki, it means the loss of up to a third of their raw material.

"We had one Russian boat come in last week, the last one," said Takeshi Morimoto, who runs a crab processing plant with 40 employees. "After that, nothing. I have enough stock for maybe a month."

The government says the measure is about principle: buying seafood from waters Japan claims as its own, caught under Russian licences, is incompatible with its legal position on the territories. Local officials do not dispute that. What they want is money.

The city has asked Tokyo for emergency support, including subsidies for alternative supplies and help for workers who lose their jobs. The fisheries agency has said it is "considering appropriate measures" but has made no commitment.

On the Russian side, exporters say they will sell elsewhere. Sea urchin from the islands has increasingly gone to South Korea, and crab to China, since 2022.

Could the ban be reversed? Officials in Tokyo say there are no plans to review it. Economists at a Sapporo bank estimate the direct loss to Nemuro's economy at about 8 billion yen a year.

"Nemuro has lived with the border for 80 years," said Morimoto. "We will survive this too. But I don't know how many of us."
"""),
dict(
    key="G8en", feed="sandpiper-en", published="2026-07-09T06:00:00Z",
    author="Mikhail Orlov", section="Europe", dateline="VLADIVOSTOK, July 9 (Sandpiper)",
    title="New air link brings disputed Iturup closer to Russian mainland",
    summary="Russia is pouring money into infrastructure on the Kuril Islands that Japan claims. The latest step is a scheduled flight that skips Sakhalin altogether.",
    label="new_development", group="g8-vladivostok-iturup-flight",
    new_facts=["Aurora airline launched the first direct scheduled flights between Vladivostok and Iturup (twice weekly, subsidised fares) on 8 July 2026; previously Iturup was reachable by air only from Yuzhno-Sakhalinsk"],
    must_mention=[["vladivostok"], ["iturup"]],
    note="English follow-up to the Russian first report; the flight is reported in the second paragraph after a lead on Russia's development drive.",
    body="""
For years, residents of Iturup, the largest of the Kuril islands claimed by Japan, have complained that getting to mainland Russia meant a flight to Yuzhno-Sakhalinsk, often a night in a hotel, and another flight onward. Moscow, keen to show that the islands are an ordinary part of the country, has been listening.

On Wednesday, Russian airline Aurora, a subsidiary of Aeroflot, operated its first direct scheduled flight from Vladivostok to Iturup. A Bombardier Q400 with 68 passengers landed at the island's airport near the village of Yasny after a flight of just over three hours, the airline said.

The route will be flown twice a week until the end of October with fares subsidised by the federal government, at 15,400 roubles (about $175) one way. Officials said they hoped to run it year-round from 2027.

"People on the islands have asked for a direct connection to the mainland for many years," Sakhalin Governor Valery Limarenko said in a statement.

The flight is the latest in a series of infrastructure projects on the Kurils, including new schools, housing and port facilities, accompanied by tax breaks meant to attract businesses and settlers. Japan has repeatedly protested against Russian development on the four islands it calls the Northern Territories, saying it is incompatible with its position.

Japan's Foreign Ministry did not immediately comment on the new route.

Iturup, known in Japan as Etorofu, has about 6,000 inhabitants. Its airport opened in 2014, replacing a Soviet-era military airfield.
"""),
]
