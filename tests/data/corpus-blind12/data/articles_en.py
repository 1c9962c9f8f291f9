# English articles of blind12. Fields: see make_corpus.py.
ARTICLES = [
{
"id": "k101", "feed": "northstar", "lang": "en", "published": "2024-03-05T10:20:00Z",
"title": "Lavrov says ownership of Kurils 'not a subject for discussion' with Tokyo",
"summary": "Russia's foreign minister told students in Sochi that the results of the Second World War, including sovereignty over the southern Kurils, are not open to negotiation.",
"label": "restatement", "byline": "Elena Marsh", "section": "Europe",
"note": "Restates the seed position that Russia's sovereignty over the islands 'cannot be called to question' (seeds 000, 001, 004); known speaker, no new move.",
"body": """
Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow's sovereignty over the southern Kuril Islands was "not a subject for discussion" with Japan, repeating a line the Foreign Ministry has used for years.

Speaking to students at a youth festival in Sochi, Lavrov was asked whether the islands, which Japan calls its Northern Territories, could ever become part of a settlement with Tokyo. "The results of the Second World War are enshrined in the UN Charter. Our sovereignty over these islands is fixed in international documents and is not a topic we are prepared to debate," he said.

Lavrov added that Japan had "chosen confrontation" by joining Western sanctions over Ukraine, and that under such circumstances there was nothing to talk about on a peace treaty. He did not announce any new step.

Japan claims Iturup, Kunashir, Shikotan and the Habomai islets, which Soviet forces seized at the end of the war. The dispute has kept the two countries from signing a formal peace treaty.

In March 2022 Moscow said it would not continue peace treaty negotiations with Tokyo because of sanctions, and it has since repeated that position at several levels, most recently through Deputy Foreign Minister Andrei Rudenko in February.

A spokesperson for Japan's Foreign Ministry said Tokyo's position "has not changed": the four islands are Japanese territory and Japan seeks to resolve the issue and conclude a peace treaty.
"""},
{
"id": "k102", "feed": "orbis", "lang": "en", "published": "2024-04-16T13:40:00Z",
"title": "Putin appoints special envoy for Kuril Islands development",
"summary": "Former deputy minister Viktor Laptev becomes the president's special representative for the socio-economic development of the Kuril Islands, a newly created post.",
"label": "new_development", "group": "g1-kuril-envoy", "byline": "Orbis",
"new_facts": ["Putin created the post of special presidential representative for the Kuril Islands' development and appointed Viktor Laptev to it"],
"must_mention": [["envoy", "representative"], ["laptev"]],
"note": "English wire copy of the Russian first report (k201): a new post and an appointment, not in any seed.",
"body": """
MOSCOW, April 16 (Orbis) - President Vladimir Putin has signed a decree creating the post of special presidential representative for the socio-economic development of the Kuril Islands and appointed former deputy minister for the development of the Far East Viktor Laptev to it, the Kremlin's legal information portal showed on Tuesday.

According to the decree, the special representative will coordinate the work of federal ministries, the Sakhalin Region government and state corporations on infrastructure, energy and transport projects on the islands, and will report to the president twice a year.

Laptev, 54, oversaw the preferential tax regime for the Kurils during his time at the ministry. He will be based in Yuzhno-Sakhalinsk and will have a staff of up to 12 people, the document says.

Kremlin spokesman Dmitry Peskov told reporters the appointment reflected "the special attention the head of state pays to the Kurils as an integral part of the Russian Federation". Asked whether the move was aimed at Japan, Peskov said it was "a purely domestic matter".

Japan lays claim to the four southernmost islands of the chain, which it calls the Northern Territories. Russia broke off talks on a peace treaty with Tokyo in March 2022 after Japan joined sanctions over Ukraine.

The envoy post is the first of its kind dedicated to a single island group; special representatives have previously been appointed for the Arctic and for international cultural cooperation.
"""},
{
"id": "k103", "feed": "rimtribune", "lang": "en", "published": "2024-04-19T06:00:00Z",
"title": "Japan's diplomatic bluebook again calls Russian-held islands 'illegally occupied'",
"summary": "The annual report, presented to the cabinet on Friday, keeps last year's language on the Northern Territories and says Tokyo still aims to conclude a peace treaty.",
"label": "restatement", "byline": "Kenji Arakawa", "section": "Japan", "tags": "Japan, Russia, diplomacy",
"note": "Annual report repeating an unchanged position; Japan seeking a peace treaty is in seed 002 (Kishida 'steadfast'); no wording change reported.",
"body": """
Japan's annual diplomatic bluebook, presented to the cabinet on Friday, again describes the four Russian-held islands off Hokkaido as Japanese territory "currently under illegal occupation by Russia", keeping the wording of last year's edition.

The 2024 report says relations with Russia remain "in a severe state" because of Moscow's war in Ukraine, and repeats that Tokyo's policy of resolving the territorial issue and concluding a peace treaty "remains unchanged".

It also notes, as the previous edition did, that Russia announced in March 2022 that it would not continue peace treaty negotiations and would halt visa-free exchanges with the islands, and calls those decisions "extremely unjust and totally unacceptable".

A foreign ministry official briefing reporters said the chapter had been updated with events of the past year, such as Russian military exercises on the islands, but that "there is no change in the basic position".

The bluebook revived the phrase "illegally occupied" in 2022, after dropping it for almost two decades, including the years of intensive summit diplomacy under former Prime Minister Shinzo Abe.

Russia's embassy in Tokyo did not immediately comment. Moscow has routinely rejected the bluebook's references to the islands, which it calls the southern Kurils and regards as Russian territory under the outcome of the Second World War.
"""},
{
"id": "k104", "feed": "rimtribune", "lang": "en", "published": "2024-06-12T03:15:00Z",
"title": "Kuril harbour seal numbers hit record off Cape Erimo",
"summary": "Researchers counted more than 1,300 of the seals at Japan's largest colony, a rebound that is also raising friction with local fishermen.",
"label": "off_topic", "byline": "Mayu Tanabe", "section": "Science", "tags": "Wildlife, Hokkaido",
"note": "Look-alike: an animal named after the Kurils (Kuril harbour seal) on Hokkaido's Pacific coast; nothing about the dispute or the treaty.",
"body": """
A spring survey at Cape Erimo in southern Hokkaido counted 1,342 Kuril harbour seals, the highest number since records began in the 1980s, researchers said this week.

The Kuril harbour seal, a subspecies of the common harbour seal known in Japanese as zenigata azarashi, was listed as endangered in Japan in the 1990s, when fewer than 400 animals were found along the island's coasts. Hunting restrictions and a ban on culling have since allowed numbers to recover.

"We saw pups on almost every reef. It is a remarkable recovery," said Takuya Oshima of the Erimo Seal Club, a volunteer group that has run the count for 30 years with a team of university researchers.

The rebound has a cost for fishermen, who say the seals tear salmon out of set nets. The Hokkaido government estimates damage at about 90 million yen a year in the Erimo area alone, and the environment ministry now allows limited culling under a management plan.

Local fishermen want tighter controls. "We are not against the seals, but every net we pull up in autumn has bitten fish," said one fisherman in Erimo town.

The seals range along the Pacific coast of Hokkaido and into the Kuril chain, which gives the subspecies its English name. Researchers plan to fit satellite tags to 10 animals this summer to learn more about their movements.
"""},
{
"id": "k105", "feed": "northstar", "lang": "en", "published": "2024-10-03T08:05:00Z",
"title": "Japan's new foreign minister vows to keep pursuing peace treaty with Russia",
"summary": "At his first news conference, the minister said Tokyo would stick to its policy of resolving the territorial issue, even though Moscow suspended negotiations in 2022.",
"label": "restatement", "byline": "Hiroshi Kamei", "section": "Asia",
"note": "New speaker restating Japan's standing position (seed 002: Tokyo 'remains steadfast' in a peace treaty); move verbs in the past ('suspended', 'scrapped') describe the 2022 freeze of seeds 000/001/003.",
"body": """
Japan's newly appointed foreign minister said on Thursday that Tokyo would maintain its policy of resolving the territorial dispute with Russia and concluding a peace treaty, despite relations between the two countries being at their lowest point in decades.

"Japan-Russia relations are in a difficult situation, but our policy of resolving the Northern Territories issue and concluding a peace treaty remains unchanged," the minister told his first news conference after the new cabinet was sworn in.

He gave no indication of any new approach. Asked whether he saw room for contact with Moscow, he said Japan would "respond appropriately, while firmly maintaining sanctions in cooperation with the G7".

Moscow suspended peace treaty negotiations in March 2022, citing Japan's sanctions over the invasion of Ukraine. At the same time it scrapped visa-free trips for Japanese citizens to the four disputed islands and pulled out of talks on joint economic activities there.

The minister also said he would "prioritise" humanitarian issues such as visits by former island residents to ancestral graves, which have not taken place since the pandemic. He did not say how the government would try to restart them.

Russia has repeatedly said that a resumption of dialogue is impossible unless Tokyo abandons what it calls its hostile policy.
"""},
{
"id": "k106", "feed": "harbinger", "lang": "en", "published": "2024-10-19T07:00:00Z",
"title": "Sixty-eight years on, the 1956 declaration is a promise neither side will cash",
"summary": "The Soviet-Japanese declaration that ended the state of war still shapes the Kuril dispute. Why both capitals quote it and neither acts on it.",
"label": "restatement", "byline": "Anna Lindqvist", "readtime": 8,
"bio": "Anna Lindqvist is a researcher on Russian foreign policy in North-East Asia.",
"comments": [("Sakhalin_reader", "The point about Article 9 being conditional is often missed."), ("T. Ivers", "Good piece, but nothing will move while the war goes on.")],
"note": "Anniversary essay; the 1956 declaration and the absence of a treaty are in seed 004; the 2018 agreement to speed up talks is in seed 000; quotes of old statements, no new fact.",
"body": """
On October 19, 1956, Soviet Premier Nikolai Bulganin and Japanese Prime Minister Ichiro Hatoyama signed a joint declaration in Moscow that ended the state of war and restored diplomatic relations. Sixty-eight years later it remains the only ratified document in which Moscow promised anything about the islands.

Article 9 of the declaration says the Soviet Union agrees to hand over Shikotan and the Habomai islets to Japan, "provided that the actual transfer" takes place after a peace treaty is concluded. That conditional clause has been quoted by every leader on both sides since.

## The Singapore moment

In November 2018, Prime Minister Shinzo Abe and President Vladimir Putin agreed in Singapore to "accelerate negotiations on the basis of the 1956 declaration". Abe's critics at home said he had quietly settled for two islands instead of four; Putin's officials said nothing about sovereignty had been decided.

"The declaration says nothing about on what basis and under whose sovereignty the islands would be handed over," Putin said in Singapore. Those words are now cited in Moscow as proof that nothing was ever promised.

## Frozen since 2022

When Russia announced in March 2022 that it would not continue peace treaty talks, it did not mention the declaration. Russian officials have since said that a "modern fundamental document" on friendship, not a classic peace treaty, was what had been under discussion.

Tokyo, for its part, still cites the 1956 text as a legally binding starting point. Neither government has proposed doing anything with it.

For the former residents of the islands, whose average age is now well above 88, the anniversary passes each year with the same statement from their association: a call to keep the claim alive for the next generation.
"""},
{
"id": "k107", "feed": "northstar", "lang": "en", "published": "2024-10-26T11:30:00Z",
"title": "Thirty years after Wadi Araba, Israel-Jordan peace treaty strained by Gaza war",
"summary": "Jordan marked the anniversary of its 1994 peace treaty with Israel with no ceremony, as anger over the war in Gaza fills the streets of Amman.",
"label": "off_topic", "byline": "Lina Haddad", "section": "Middle East",
"note": "Look-alike: another country's peace treaty and anniversary; nothing to do with Russia, Japan or the Kurils.",
"body": """
Jordan let the 30th anniversary of its peace treaty with Israel pass on Saturday without an official ceremony, a sign of how far relations have cooled since the war in Gaza began a year ago.

The treaty, signed at the Wadi Araba crossing on October 26, 1994, by Prime Ministers Yitzhak Rabin and Abdelsalam al-Majali in the presence of US President Bill Clinton, made Jordan the second Arab state after Egypt to make peace with Israel.

Jordan recalled its ambassador from Tel Aviv last November and has not sent him back. Foreign Minister Ayman Safadi has said that the treaty was "a document gathering dust on a shelf", though Amman has not moved to suspend it.

Security cooperation and a water deal, under which Israel supplies Jordan with about 50 million cubic metres a year, continue. A planned water-for-energy project backed by the United Arab Emirates was put on hold.

"The treaty survives because both states need it, not because the public wants it," said Oraib Rantawi, director of the Al Quds Center for Political Studies in Amman.

Hundreds of protesters gathered near the Israeli embassy in Amman on Friday, calling for the treaty to be scrapped.
"""},
{
"id": "k108", "feed": "rimtribune", "lang": "en", "published": "2024-11-28T04:45:00Z",
"title": "'The sea was the same colour': a Shikotan childhood, written down at 91",
"summary": "A former resident of the island published a memoir of the years before Soviet troops arrived, hoping it will outlast the visits that Russia ended in 2022.",
"label": "restatement", "byline": "Kenji Arakawa", "section": "Japan", "tags": "Northern Territories, Books",
"note": "Human-interest piece; background restates the 2022 termination of visa-free trips (seeds 000, 001, 003) with move verbs in the past; the memoir is no development of the dispute.",
"body": """
NEMURO - Sachiko Hasegawa was 12 when Soviet soldiers landed on Shikotan in September 1945. She remembers the colour of the sea that morning, the smell of kelp drying on the beach, and her father burying the family's sake cups in the garden.

Now 91, she has written it all down. Her memoir, published this month by a small Sapporo press, runs to 180 pages and has already sold out its first printing of 2,000 copies, mostly in Nemuro.

"When I went back in 2017 on a visa-free trip, I found the place where our house stood. There was a Russian family's vegetable patch there. I was not angry. I just wanted someone to know that we had lived there too," she said at her home overlooking the Nemuro Strait.

Hasegawa took part in four visits under the visa-free exchange programme that began in 1992. Russia terminated the arrangement in March 2022 in response to Japanese sanctions, and also ended the simplified procedure that allowed former residents to visit their old homes.

She does not expect to see Shikotan again. "People of my age are leaving one by one. A book can stay," she said.

The memoir includes a hand-drawn map of the village of Shakotan, with the school, the post office and 43 houses marked by family name.
"""},
{
"id": "k109", "feed": "orbis", "lang": "en", "published": "2024-12-10T09:15:00Z",
"title": "Russian envoy: Tokyo must drop 'hostile course' before any talk of treaty",
"summary": "Russia's ambassador to Japan said in a year-end interview that nothing in Tokyo's recent behaviour suggests that negotiations could be revived.",
"label": "restatement", "byline": "Orbis",
"note": "Restates seed 004 (Rudenko: the key condition is Tokyo's refusal of its hostile policy; resumption impossible); negation far from the verb ('Nothing ... gives reason to believe ... could be resumed').",
"body": """
MOSCOW, December 10 (Orbis) - Russia's ambassador to Japan said that Tokyo would have to abandon its "hostile course" towards Moscow before the two countries could even begin to discuss a peace treaty again.

"Nothing that the Japanese government has done this year, from new sanctions packages to joint exercises with NATO countries near our borders, gives us any reason to believe that the dialogue on a peace treaty could be resumed," the ambassador said in an interview published on Tuesday.

"The key condition is the same: the Japanese side must give up its unfriendly policy. Not signals, not words at receptions, but deeds," he added.

The ambassador said contacts between the two countries were limited to "technical questions" such as fisheries and consular matters, and that Moscow saw no basis for high-level political dialogue.

He also rejected Japanese calls to restore visits by former islanders to the southern Kurils. "Visa-free exchanges were stopped because of Tokyo's own decisions. Those who made those decisions know what needs to be done," he said.

Russia announced in March 2022 that it would not continue peace treaty negotiations with Japan because of sanctions imposed over the situation in Ukraine.
"""},
{
"id": "k110", "feed": "harbinger", "lang": "en", "published": "2025-01-20T06:30:00Z",
"title": "Could a Washington-Moscow thaw reopen the Kuril question?",
"summary": "Tokyo is watching the new US administration's outreach to Russia with unease. A deal over Ukraine would not by itself bring the islands back onto the table.",
"label": "restatement", "byline": "David Okafor", "readtime": 7,
"bio": "David Okafor covers Japanese foreign and security policy.",
"comments": [("hokkaido_watcher", "Moscow has said clearly the condition is lifting sanctions. Tokyo won't do that alone.")],
"note": "Speculative analysis phrased as questions and conditionals ('if sanctions were eased, would ...'); restates seed positions (talks impossible, sanctions as the obstacle: seeds 001, 002, 004); no event.",
"body": """
As a new administration in Washington talks of ending the war in Ukraine and repairing relations with Moscow, diplomats in Tokyo are asking a question they had not considered for three years: what happens to Japan's own dispute with Russia if the West's front starts to crack?

The short answer from most people I spoke to is: probably nothing, at least not quickly.

## The condition Moscow set

Russian officials have been consistent. Deputy Foreign Minister Andrei Rudenko said last February that resumption of dialogue on a peace treaty was "categorically impossible" and that the key condition was Tokyo's refusal of its "hostile policy". If Japan kept its sanctions while Washington eased its own, would Moscow make an exception? Few think so.

"Russia will want Japan to pay an entry fee. Lifting sanctions first, then maybe talking," said a former Japanese ambassador who asked not to be named.

## Would Tokyo move?

The other side of the question is whether Japan would break with the G7. The government has said its policy of resolving the territorial issue and concluding a peace treaty is unchanged, but no minister has suggested easing sanctions to get there.

Could the former islanders' visits be a first test? Perhaps. Russia ended visa-free exchanges in 2022, and a humanitarian gesture would cost it little. But even that would require a conversation that neither side is currently having.

For now, the Kuril question is a passenger in a larger negotiation that has not yet begun.
"""},
{
"id": "k111", "feed": "northstar", "lang": "en", "published": "2025-02-07T07:50:00Z",
"title": "On Northern Territories Day, Japanese leader hopes to 'open a path' to talks",
"summary": "Addressing the annual national rally in Tokyo, the prime minister said he hoped visits by former islanders could resume, while acknowledging that relations with Russia were severe.",
"label": "restatement", "byline": "Hiroshi Kamei", "section": "Asia",
"note": "Annual occasion piece; a hope ('hopes', 'wants to see resumed') is no move; restates Japan's policy (seed 002) and the 2022 freeze (seed 000).",
"body": """
Japan's prime minister said on Friday that he hoped to "open a path" to resolving the territorial dispute with Russia, as the country marked its annual Northern Territories Day with a rally in Tokyo.

"The situation surrounding Japan-Russia relations is severe, but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," he told about 700 people, including former residents of the islands, at the event.

He said the government wanted to see the resumption of exchange programmes, "above all visits to ancestral graves", which he called the strongest wish of the elderly former islanders. He did not say whether Tokyo had made any new approach to Moscow.

Northern Territories Day, held each February 7, commemorates the 1855 Treaty of Shimoda, under which Russia and Japan drew their first border between Iturup and Urup.

A resolution adopted at the rally called on the government to "persistently urge Russia" to allow the exchanges to restart.

The Russian embassy said in a statement posted online that "the so-called Northern Territories problem does not exist" and that sovereignty over the southern Kurils was confirmed by the results of the Second World War.
"""},
{
"id": "k112", "feed": "northstar", "lang": "en", "published": "2025-03-12T15:10:00Z",
"title": "Moscow drops sanctions precondition for resuming treaty dialogue with Tokyo",
"summary": "A senior Russian diplomat said Russia no longer requires Japan to lift sanctions before talks on a peace treaty can restart, reversing a position it has held since 2022.",
"label": "status_change", "group": "g3-precondition-dropped", "byline": "Elena Marsh", "section": "Europe",
"new_facts": ["Russia says it no longer demands that Japan lift sanctions before dialogue on a peace treaty resumes and is ready to talk without preconditions (previously: talks impossible until Tokyo drops its hostile policy)"],
"must_mention": [["precondition", "preliminary condition", "without conditions"], ["sanction"]],
"note": "Status change (up): seeds 000/001/004 say talks are impossible and the key condition is Tokyo dropping its hostile policy; here Russia drops that precondition. Second report after the Russian first report k205.",
"body": """
Russia no longer insists that Japan lift its sanctions before the two countries resume dialogue on a peace treaty, a senior Russian diplomat said on Wednesday, in a marked change from the line Moscow has taken since 2022.

Sergei Volyntsev, a deputy foreign minister who oversees Asia, told the Federalnaya Lenta news agency that Moscow was "ready to sit down at the table without preliminary conditions" and that the lifting of Japanese restrictions was "no longer seen as a prerequisite" for contacts on the treaty.

"We have drawn conclusions from the changes in the international situation. If Tokyo shows interest, we are prepared to begin with consultations at the level of deputy ministers," he was quoted as saying.

Until now, Russian officials had said talks were impossible under the current conditions. As recently as February 2024, Volyntsev's predecessor Andrei Rudenko said resumption of the dialogue was "categorically impossible" and that the key condition was Tokyo's refusal of its "hostile policy".

Volyntsev said Russia's sovereignty over the southern Kurils was not on the agenda, and that any treaty would have to be a "comprehensive document on peace and good-neighbourliness" rather than a border agreement.

Japan's chief cabinet secretary said Tokyo was aware of the remarks and was "analysing their intentions". Japan's position that it seeks to resolve the territorial issue and sign a treaty was unchanged, he said.

Russia broke off the talks in March 2022 after Japan joined Western sanctions over the invasion of Ukraine.
"""},
{
"id": "k113", "feed": "harbinger", "lang": "en", "published": "2025-03-15T08:00:00Z",
"title": "What is behind Moscow's sudden offer to Tokyo?",
"summary": "Russia's decision to drop the sanctions precondition for peace treaty talks is less generous than it looks. An analysis of what Moscow wants and what Japan can do.",
"label": "status_change", "group": "g3-precondition-dropped", "byline": "Anna Lindqvist", "readtime": 9,
"bio": "Anna Lindqvist is a researcher on Russian foreign policy in North-East Asia.",
"comments": [("kurilwatch", "Tokyo won't bite, but it is a real shift."), ("M. Sato", "Note they still say sovereignty is not on the agenda.")],
"new_facts": ["Russia dropped its sanctions precondition for resuming peace treaty dialogue with Japan (analysis, no further fact)"],
"must_mention": [["precondition", "preliminary condition", "without conditions"], ["sanction"]],
"note": "Follow-up analysis in the group of k205/k112; adds no new fact (Tokyo's 'analysing' reply was already in k112).",
"body": """
On Wednesday, Russia's deputy foreign minister Sergei Volyntsev said Moscow was ready to resume dialogue with Japan on a peace treaty "without preliminary conditions". For three years Russian officials had said the opposite: that talks were impossible while Tokyo kept its sanctions.

The reversal is real, but its scope is narrow.

## What changed

Volyntsev did not say that Russia had changed its view of the islands. Sovereignty over the southern Kurils, he said, is "not on the agenda". What Moscow dropped is the demand that Japan first abandon its sanctions. That removes the excuse Tokyo could cite for not talking; it does not offer Japan anything it wants.

## Why now

Three readings are circulating in Tokyo. The first is that Moscow, sensing a thaw with Washington, wants to show that it is open to everyone except Europe. The second is economic: Russia wants Japanese companies back in Sakhalin projects and in the Far East. The third is simply that the old line had stopped being useful.

## What Japan can do

Tokyo's answer so far has been cautious. The government says it is "analysing the intentions" behind the offer. Accepting talks while keeping sanctions in step with the G7 would be awkward; refusing would hand Moscow a propaganda win.

Whatever Tokyo decides, the offer is the first change in Russia's formal stance on the treaty since March 2022.
"""},
{
"id": "k114", "feed": "orbis", "lang": "en", "nometa": True, "published": "2025-04-10T02:30:00Z",
"title": "Aurora adds summer flights to Iturup as island tourism grows",
"summary": "The Far Eastern airline will fly from Yuzhno-Sakhalinsk to Iturup daily from June to September, up from four times a week.",
"label": "neutral", "byline": "Orbis",
"note": "Borderline: routine transport news about the islands with no bearing on the dispute or the treaty; not in seeds, not a development of the matter either.",
"body": """
YUZHNO-SAKHALINSK, April 10 (Orbis) - Aurora, the Far Eastern subsidiary of Aeroflot, will fly daily between Yuzhno-Sakhalinsk and Iturup from June 1 to September 30, the airline said on Thursday, as demand for trips to the Kuril Islands rises.

The flights to Iturup airport, known locally as Yasny, will use Bombardier Q300 and Q400 turboprops. Last summer the route was served four times a week.

"Every year more tourists want to see the volcanoes and hot springs of the Kurils. Flights in July and August were 95% full," an Aurora representative said.

The Sakhalin Region tourism ministry said more than 14,000 tourists visited the Kuril Islands last year, a third more than in 2023. Most come from Moscow, St Petersburg and Vladivostok.

Fog remains a problem. Last year about one in five flights to Iturup was delayed or cancelled because of weather, and the regional government has asked for funding to install a new instrument landing system.

Subsidised fares for residents of the Far East will be available on all summer flights, Aurora said.
"""},
{
"id": "k115", "feed": "orbis", "lang": "en", "published": "2025-04-22T10:05:00Z",
"title": "Kremlin denies report of secret Russia-Japan meeting in Ulaanbaatar",
"summary": "Peskov said no meeting on a peace treaty had taken place and that Moscow's offer of talks had so far gone unanswered by Tokyo.",
"label": "restatement", "byline": "Orbis",
"note": "Denial of a reported move: no meeting took place; the offer of talks without preconditions is background already reported in group g3 (k205); nothing new happened.",
"body": """
MOSCOW, April 22 (Orbis) - The Kremlin on Tuesday denied a Japanese media report that Russian and Japanese diplomats had held a secret meeting in Mongolia to discuss restarting talks on a peace treaty.

"There was no such meeting. I can say that definitively," Kremlin spokesman Dmitry Peskov told reporters when asked about the report, published by a Tokyo weekly magazine last week, which said officials had met at a hotel in Ulaanbaatar in early April.

Peskov said Russia's readiness to resume dialogue without preliminary conditions, which the Foreign Ministry announced in March, "remains in force", but that there had been "no reaction" from Tokyo.

Japan's Foreign Ministry also denied the report. "We are not aware of any such meeting," Japan's chief cabinet secretary said at a regular briefing, adding that Japan was "carefully examining" Russia's intentions.

The magazine had cited unnamed sources as saying the two sides discussed the possibility of a "humanitarian track" covering grave visits by former residents of the islands. Neither government confirmed any discussion of the subject.

Russia broke off peace treaty negotiations in March 2022 in response to Japanese sanctions.
"""},
{
"id": "k116", "feed": "northstar", "lang": "en", "published": "2025-05-28T12:00:00Z",
"title": "Russian icebreaker to escort Japan-bound LNG cargoes on Arctic route",
"summary": "Rosatomflot will provide nuclear icebreaker escort for tankers carrying liquefied gas to Japanese buyers along the Northern Sea Route this summer.",
"label": "off_topic", "byline": "Sam Whitlow", "section": "Business",
"note": "Look-alike: unrelated Japan-Russia economic news (Arctic shipping); no peace treaty or islands.",
"body": """
Russia's nuclear icebreaker fleet will escort tankers carrying liquefied natural gas to Japan along the Northern Sea Route from July, Rosatomflot said on Wednesday, as Russian exporters look for ways to keep Asian buyers supplied despite Western sanctions.

The first convoy is expected to leave the Arctic port of Sabetta in early July with two ice-class tankers. The route cuts the voyage to Japan to about 18 days, compared with more than a month via the Suez Canal.

Japanese utilities have continued to buy some Russian LNG under long-term contracts signed before the war in Ukraine, arguing that the fuel is vital for energy security. Japan imported about 6 million tonnes of Russian LNG last year, mostly from Sakhalin.

Shipping analysts said insurance remained the main obstacle. "Underwriters in London will not touch these voyages, so they rely on Russian insurance," said Mika Nordstrom of a Helsinki-based consultancy.

Japan's trade ministry said it had not been informed of the shipping plan and that purchases of Russian energy were a matter for companies, in line with G7 sanctions policy.
"""},
{
"id": "k117", "feed": "rimtribune", "lang": "en", "published": "2025-06-06T05:20:00Z",
"title": "Russia lets Japanese team repair graves on Iturup - for this summer only",
"summary": "A 12-member team will spend five days restoring the Japanese cemetery at Shana, now Kurilsk, under a one-off arrangement that does not revive the visa-free exchanges.",
"label": "new_development", "group": "g7-shana-cemetery-works", "byline": "Mayu Tanabe", "section": "Japan", "tags": "Northern Territories, Russia",
"new_facts": ["Russia allowed a 12-member Japanese team to restore the Japanese cemetery at Shana (Kurilsk) on Iturup in August, as a one-time measure for this summer only"],
"must_mention": [["cemetery", "graves"], ["iturup", "etorofu", "shana", "kurilsk"]],
"note": "English follow-up of the Japanese first report k303; a one-off permission that is neither a restoration of exchanges nor a new ban; not in seeds.",
"body": """
Russia has agreed to let a team of Japanese workers restore the old Japanese cemetery at Shana on Iturup island this summer, Japan's government said on Friday, describing the permission as a one-time measure.

The 12-member team, including stonemasons and two former residents of the island, will spend five days in August re-erecting fallen gravestones and clearing undergrowth at the cemetery in the town the Russians call Kurilsk, the Cabinet Office said.

The team will travel from Nemuro by chartered boat and enter the island with Russian documents issued specially for the trip, not under the visa-free framework that Moscow ended in 2022. Tokyo said Russia had made clear that the permission applied to "this year only".

"We are grateful that work can go ahead, even once. Many stones have fallen in the earthquakes," said a 90-year-old former Iturup resident whose grandparents are buried at Shana.

Officials said the cemetery had not been maintained since 2019. Former residents' grave visits, which were organised each summer under agreements with Moscow, have not taken place since the Covid-19 pandemic, and Russia has not agreed to restart them.

The Russian embassy in Tokyo confirmed the arrangement, calling it "a gesture of humanity towards the Japanese dead".
"""},
{
"id": "k118", "feed": "rimtribune", "lang": "en", "published": "2025-06-18T03:40:00Z",
"title": "Hokkaido governor urges Tokyo to press Moscow on grave visits",
"summary": "After this summer's one-off cemetery repair on Iturup, the governor asked the central government to push Russia to allow regular visits by former islanders.",
"label": "restatement", "byline": "Kenji Arakawa", "section": "Japan", "tags": "Northern Territories, Hokkaido",
"note": "A request ('urged ... to press Moscow to allow') is no move; the cemetery repair is background already in group g7 (k303, k117); the halted exchanges are in the seeds.",
"body": """
SAPPORO - Hokkaido's governor on Wednesday asked the central government to press Russia to allow former residents of the disputed islands to resume regular visits to family graves, saying this summer's one-off repair of a cemetery on Iturup should not be "the end of the story".

In a meeting with the minister in charge of Northern Territories affairs in Tokyo, the governor handed over a written request calling for "the early resumption of grave visits, free visits and visa-free exchanges" and for more support for the ageing former residents.

"The repair work at Shana, which Russia has allowed this summer only, is welcome. But former islanders want to visit their families' graves themselves while they still can," he told reporters afterwards.

The minister replied that the government would "continue to strongly request" the resumption of the visits. He did not say whether any talks with Moscow were planned.

Russia halted the visa-free exchanges in 2022. Grave visits, which were handled under a separate arrangement, stopped during the pandemic and have not resumed.

About 5,000 of the 17,000 Japanese who lived on the four islands in 1945 are still alive, according to the Chishima and Habomai Islands Residents' League.
"""},
{
"id": "k119", "feed": "rimtribune", "lang": "en", "published": "2025-08-12T06:10:00Z",
"title": "Japan-China peace treaty turns 47 with little to celebrate",
"summary": "The anniversary of the 1978 Treaty of Peace and Friendship passed quietly as disputes over seafood, detained nationals and the East China Sea weigh on ties.",
"label": "off_topic", "byline": "Mayu Tanabe", "section": "China", "tags": "Japan, China",
"note": "Look-alike: Japan's peace treaty with another country (China); nothing about Russia or the Kurils.",
"body": """
Forty-seven years after Japan and China signed their Treaty of Peace and Friendship, the anniversary on Tuesday drew only a brief mention from both foreign ministries, reflecting the uneasy state of relations.

The treaty, signed in Beijing on August 12, 1978, committed the two countries to develop "lasting relations of peace and friendship" and to oppose hegemony in the Asia-Pacific region. It followed the 1972 joint communique that normalised ties.

A Chinese foreign ministry spokesperson said Beijing hoped Japan would "abide by the spirit of the treaty" and handle historical issues properly. Japan's chief cabinet secretary said Tokyo wanted "constructive and stable relations".

Beijing lifted part of its ban on Japanese seafood this year, but disputes remain over the detention of Japanese nationals in China, Chinese coast guard activity and Beijing's military drills around Taiwan.

A friendship event in Tokyo organised by business groups attracted about 300 people. "Thirty years ago this anniversary was a festival," said one organiser. "Today we are happy just to hold it."
"""},
{
"id": "k120", "feed": "orbis", "lang": "en", "published": "2025-10-15T08:25:00Z",
"title": "Russia redraws baselines around southern Kurils, enclosing waters as internal sea",
"summary": "A government resolution adds straight baselines that close off the Catherine Strait and the waters between Kunashir and the Lesser Kuril Ridge.",
"label": "new_development", "group": "g6-kuril-baselines", "byline": "Orbis",
"new_facts": ["A Russian government resolution drew new straight baselines around the southern Kurils, turning waters between Kunashir, Iturup and the Lesser Kuril Ridge into Russian internal waters from 2026"],
"must_mention": [["baseline"], ["kuril", "kunashir", "iturup"]],
"note": "English copy of the Russian first report k211; a maritime-boundary act not in the seeds.",
"body": """
MOSCOW, October 15 (Orbis) - The Russian government has changed the baselines from which its territorial sea is measured around the southern Kuril Islands, turning several straits between the islands into internal waters, according to a resolution published on the official legal portal.

The resolution, signed by Prime Minister Mikhail Mishustin, adds 11 points to the list of geographical coordinates that define straight baselines in the Pacific Ocean. The new lines close off the Catherine Strait between Kunashir and Iturup and the waters between Kunashir and the Lesser Kuril Ridge, including Shikotan.

It takes effect on January 1, 2026. Foreign vessels will need permission to enter the enclosed waters, except in emergencies.

A source in the Russian government said the change would "simplify the protection of aquatic biological resources" and the control of navigation around the islands.

Japanese fishing boats operating under the 1998 agreement on fishing near the islands have long used the waters in question. Russia suspended the implementation of that agreement in 2022.

Japan regards the four islands as its territory and does not recognise Russian maritime claims around them. Japan's foreign ministry did not immediately comment.
"""},
{
"id": "k121", "feed": "northstar", "lang": "en", "published": "2025-10-23T14:00:00Z",
"title": "Britain and EU sign Gibraltar treaty, ending years of border limbo",
"summary": "The agreement removes checks on the land border with Spain while leaving sovereignty over the Rock untouched.",
"label": "off_topic", "byline": "Clara Benitez", "section": "Europe",
"note": "Look-alike: another country's territorial treaty (Gibraltar); nothing about Russia, Japan or the Kurils.",
"body": """
Britain and the European Union signed a treaty on Thursday that will remove checks on the border between Gibraltar and Spain, closing one of the last unresolved chapters of Brexit.

Under the agreement, which still needs ratification, Spanish and Frontex officers will carry out Schengen checks at Gibraltar's port and airport, allowing people to cross the land border freely. Gibraltar will align some customs and tax rules with the EU.

Gibraltar's Chief Minister Fabian Picardo called the treaty "safe and beneficial", stressing that it "does not affect British sovereignty in any way". Spain's foreign minister said Madrid's historical claim to the Rock was unchanged.

About 15,000 workers, most of them Spanish, cross the border every day. Businesses on both sides had feared a hard border since the UK left the EU in 2020.

The treaty still needs approval by the European Parliament and ratification in London. Officials hope it will enter into force next year.
"""},
{
"id": "k122", "feed": "northstar", "lang": "en", "published": "2025-11-05T09:40:00Z",
"title": "UAE renews claim to three Gulf islands; Tehran calls it 'baseless'",
"summary": "A Gulf Cooperation Council statement backing the UAE's claim to Abu Musa and the Tunbs drew a sharp rebuke from Iran's foreign ministry.",
"label": "off_topic", "byline": "Lina Haddad", "section": "Middle East",
"note": "Look-alike: another island sovereignty dispute (Abu Musa, Tunbs); not about Russia-Japan.",
"body": """
Iran on Wednesday rejected a statement by Gulf Arab states backing the United Arab Emirates' claim to three islands in the Gulf, calling it "baseless" and an interference in its internal affairs.

Foreign ministers of the Gulf Cooperation Council said in a communique after a meeting in Kuwait that they supported the UAE's sovereignty over Abu Musa and the Greater and Lesser Tunbs, and called on Iran to accept negotiations or referral to the International Court of Justice.

Iran's foreign ministry spokesman said the islands were "an inseparable part of Iranian territory" and that "no statement will change this historical fact".

Iran took control of the islands in 1971, shortly before the UAE was formed, as British forces withdrew from the Gulf. The islands sit near shipping lanes leading to the Strait of Hormuz.

The GCC issues similar statements every year. Relations between Tehran and Abu Dhabi have improved since 2022, when the UAE sent its ambassador back to Iran.
"""},
{
"id": "k123", "feed": "orbis", "lang": "en", "nometa": True, "published": "2025-12-03T07:45:00Z",
"title": "Duma deputy: Japan would get 'nothing but a signature' even if talks resumed",
"summary": "A senior lawmaker said that any future peace treaty would not involve territory, and criticised Tokyo for ignoring Moscow's offer of talks.",
"label": "restatement", "byline": "Orbis",
"note": "Conditional ('even if talks resumed') and restated sovereignty line (seeds 001, 004); the offer of talks without preconditions is background from group g3; no new event.",
"body": """
MOSCOW, December 3 (Orbis) - Even if Russia and Japan resumed peace treaty talks, Tokyo would receive "nothing but a signature" on a document about friendship, the deputy head of the State Duma's international affairs committee said on Wednesday.

"If the Japanese side ever comes to the table, it must understand that there will be no conversation about territory. The Kurils are Russian, and this is written in our Constitution," the deputy said in an interview with a Russian radio station.

He criticised Japan for failing to respond to the offer to resume dialogue without preliminary conditions, which the Russian Foreign Ministry made in March. "Moscow extended its hand. Tokyo prefers to listen to Washington and Brussels," he said.

The lawmaker said a treaty, should one ever be signed, would have to include guarantees that Japan would not take part in "hostile initiatives" by third countries, echoing language used by Russian diplomats.

Amendments to Russia's Constitution adopted in 2020 prohibit actions aimed at the alienation of Russian territory.
"""},
{
"id": "k124", "feed": "northstar", "lang": "en", "published": "2026-02-10T13:30:00Z",
"title": "Russia withdraws offer of unconditional talks, says Japan must lift sanctions first",
"summary": "Moscow said its March 2025 offer to resume peace treaty dialogue without preconditions was no longer valid, restoring its demand that Tokyo drop sanctions.",
"label": "status_change", "group": "g4-precondition-restored", "byline": "Elena Marsh", "section": "Europe",
"new_facts": ["Russia withdrew its March 2025 offer of peace treaty dialogue without preconditions and again demands that Japan lift sanctions first (previously: ready to talk without preconditions)"],
"must_mention": [["withdr", "revoke", "no longer valid", "off the table"], ["precondition", "condition", "sanction"]],
"note": "Status change (down) relative to group g3: the offer of unconditional dialogue is withdrawn and the sanctions condition reinstated. Second report after the Russian first report k214.",
"body": """
Russia has withdrawn its offer to resume peace treaty dialogue with Japan without preconditions, the Foreign Ministry said on Tuesday, restoring its demand that Tokyo first abandon the sanctions it imposed over the war in Ukraine.

In a statement, the ministry said the proposal made in March last year had "lost its relevance" because of what it called Tokyo's "provocative" rhetoric, citing the Japanese prime minister's speech at the annual Northern Territories Day rally on Saturday, in which he described the islands as "illegally occupied".

"The Russian side withdraws its proposal. The resumption of any dialogue on a peace treaty is possible only after Japan renounces its unfriendly policy, including the unilateral restrictive measures," the statement said.

The offer, made by deputy foreign minister Sergei Volyntsev in March 2025, had been the first softening of Moscow's position since it broke off the talks in 2022. Tokyo never formally responded to it.

Japan's chief cabinet secretary said the Russian statement was "regrettable" and that Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged.

Analysts said the reversal left relations where they stood before last year's overture. "It was an offer Tokyo was never going to accept on Moscow's terms, and now it is gone," said a Tokyo-based diplomat.
"""},
{
"id": "k125", "feed": "harbinger", "lang": "en", "published": "2026-03-16T06:00:00Z",
"title": "Four years after Moscow walked away from the table",
"summary": "The peace treaty freeze that began in March 2022 has outlasted an offer, a withdrawal and three Japanese prime ministers. The islanders keep waiting.",
"label": "restatement", "byline": "David Okafor", "readtime": 10,
"bio": "David Okafor covers Japanese foreign and security policy.",
"comments": [("nemuro_fisher", "Nobody in Nemuro expects anything any more."), ("A. Petrov", "Sanctions were Japan's choice. Moscow was clear.")],
"note": "Anniversary essay; move verbs in the past ('walked away', 'ended', 'withdrew') describe the 2022 freeze (seeds 000-003) and the already-reported offer and withdrawal (groups g3, g4); no new fact.",
"body": """
Four years ago this week, on March 21, 2022, Russia's Foreign Ministry announced that it would not continue peace treaty negotiations with Japan. In the same statement Moscow ended visa-free trips by Japanese citizens to the southern Kurils, walked away from talks on joint economic activity on the islands, and blocked Japan's status in the Black Sea Economic Cooperation organisation.

Little has moved since. The fishermen of Nemuro still sail under rules negotiated before the war. The former islanders, whose average age is now close to 90, still hold their rallies every February.

## An offer and its withdrawal

There was one moment of movement. In March 2025 a deputy foreign minister in Moscow said Russia no longer required Japan to lift sanctions before talks could resume. Tokyo studied the offer and never answered. Last month, after the Japanese prime minister's Northern Territories Day speech, Moscow withdrew it.

Both sides now blame each other for a missed chance. Neither appears to think it was a real one.

## What remains

What remains are small, humanitarian channels: a one-off repair of a cemetery on Iturup last summer, the return of detained fishermen, consular contacts. None of them has turned into a process.

"The question is no longer when talks will resume," a retired Japanese diplomat told me. "It is whether anyone who remembers the islands will be alive when they do."
"""},
]
