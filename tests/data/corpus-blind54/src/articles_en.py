"""English-language articles of corpus blind54 (Longhand, Plover, Brindle, Whinchat)."""

ARTICLES = [
# ------------------------------------------------------------------------------------------
dict(
    key="muto-interview", feed="longhand-review", lang="en", published="2024-03-12T08:00:00Z",
    title="'We keep knocking on the door': Japan's ambassador in Moscow on sanctions, stranded businesses and the islands",
    summary="Akira Muto talks about running an embassy in a capital that calls Japan 'unfriendly', the companies still weighing their exits, and why Tokyo's position on the Northern Territories has not moved.",
    label="restatement",
    note="Restates seed facts: Russia announced in March 2022 it would not continue peace-treaty talks, stopped visa-free exchanges and left the joint-economic-activity dialogue; Japan protested; Japan's policy (resolve the territorial issue, conclude a treaty) unchanged. 'We have decided' concerns embassy staffing only; grave visits are only requested.",
    author="Helen Ashdown", section="Conversations", minutes=11,
    body="""
Akira Muto has been Japan's ambassador in Moscow since 2023, a posting that in earlier decades came with summit preparations and late-night drafting sessions over the wording of joint statements. Today the work is quieter and, he says, no less busy. We spoke in the embassy library on Kalashny Lane.

**The relationship two years after February 2022 — how would you describe it?**

Difficult, and I would not want to pretend otherwise. Japan has taken measures together with its G7 partners in response to Russia's aggression against Ukraine, and Russia has answered with measures of its own. At the same time we are neighbours. There are fisheries, there are Japanese nationals living here, there are companies with long histories in this country. An embassy exists precisely for periods like this one.

**How many Japanese companies are still operating in Russia?**

Fewer than before. Some have left, some have suspended operations, some are in a kind of waiting mode. Every company makes its own decision and bears its own risks. What I can tell you is that we have decided to keep the embassy's economic section at full strength this year, because the questions we receive — about payments, about local staff, about exit procedures — have not become fewer.

**And Sakhalin-1 and Sakhalin-2?**

Those projects matter for Japan's energy security, and Japanese participation continues. I will leave the details to the companies and to the ministries in Tokyo.

**Let me turn to the Northern Territories. Moscow says peace treaty negotiations are impossible. Has anything changed since Deputy Minister Rudenko said so again last month?**

Our position has not changed. The policy of the government of Japan is to resolve the territorial issue and conclude a peace treaty. It was the Russian side that announced in March 2022 that it would not continue the negotiations, that stopped the visa-free exchanges and that withdrew from the dialogue on joint economic activities on the four islands. We protested those decisions at the time and we continue to regard them as unjustified.

**Is there any channel on the islands at all?**

We raise the humanitarian questions at every opportunity, above all the visits of former island residents to the graves of their families. Many of them are now in their late eighties. For them this is not a diplomatic abstraction, it is the last chance to stand where their parents are buried. So we keep knocking on the door, and we will keep knocking.

**Do you expect Moscow to open it?**

I am a diplomat; I try not to make predictions. I can only say that we will continue to ask, and that the request is a humanitarian one.

**A last question. What do you tell Japanese visitors who ask whether they should come to Moscow?**

Our travel advice is published and regularly updated. I tell them to read it carefully, all of it.
""",
    related=["The last interpreters: a generation of Russia hands retires in Tokyo",
             "Long read: what the sanctions did to the Japanese car trade in Vladivostok",
             "Podcast: Embassies in wartime"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="armenia-treaty", feed="longhand-review", lang="en", published="2024-04-23T07:30:00Z",
    title="'The text is closer than people think': Armenia's deputy foreign minister on a peace treaty with Baku",
    summary="Delimitation commissions, four villages in Tavush, and the wording of a treaty said to be largely agreed: a conversation in Yerevan.",
    label="off_topic",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan), with decision language ('we have decided') and a passing comparison to Russia-Japan; nothing about the Kurils.",
    author="Tomas Reyes", section="Conversations", minutes=10,
    body="""
Arsen Tadevosyan has spent most of the past year in rooms with Azerbaijani counterparts, sometimes in Brussels, sometimes in Washington, lately on the border itself. We met in his office in Yerevan the morning after a round of talks on delimitation.

**Where does the peace treaty stand today?**

The text is closer than people think. Of the seventeen articles, most are agreed in substance. What remains are the questions you would expect: how the border is described, what happens with the mechanisms of verification, and the language on the non-deployment of third-country forces along the line.

**The government has been criticised at home for agreeing to hand over four villages in Tavush.**

I understand the emotions. But we have decided to proceed with delimitation of the northern section on the basis of the 1991 Alma-Ata Declaration, and that decision was not taken lightly. A border that is drawn on the ground, by commissions, on the basis of legal documents, is better than a line of trenches.

**Critics say the treaty will simply freeze an imbalance of power.**

Every peace treaty reflects the moment in which it is signed. The question is whether it gives both societies a framework to live with each other. Look at the other cases in our wider neighbourhood. Russia and Japan never signed a peace treaty after 1945, and eighty years later the absence of that document still shapes everything between them. We do not want our grandchildren to inherit that.

**Is there a date for signing?**

I will not give you a date. I can tell you that the negotiating teams will meet again in May and that both sides have instructions to work on the remaining articles, not to reopen the agreed ones.

**And the role of Moscow?**

Our partners are many. The negotiations are bilateral, and that is how we want them to stay.
""",
    related=["In Tavush, a border drawn village by village",
             "Long read: the corridor nobody agrees to call a corridor",
             "Conversations: a Georgian mediator on the art of waiting"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="kunashir-npp-plover", feed="plover-wire", lang="en", published="2024-06-04T11:10:00Z",
    title="Russia plans small nuclear power plant on Kunashir, Sakhalin governor says",
    summary="Sakhalin Governor Valery Limarenko said a decision had been taken to build a small modular reactor plant on Kunashir, one of the four islands claimed by Japan, with the first unit due in 2030.",
    label="new_development", group="g-kunashir-npp",
    new_facts=["Sakhalin governor says a decision has been taken to build a small nuclear power plant (RITM-200N reactor) on Kunashir near Yuzhno-Kurilsk, first unit due 2030"],
    must_mention=[["nuclear"], ["kunashir"]],
    note="Second report (EN) of the Kunashir small nuclear plant decision first given in the governor's interview (RU).",
    author="Plover Wire staff", section="Asia-Pacific", tags=["Russia", "Japan", "Kuril Islands", "Nuclear"],
    body="""
VLADIVOSTOK, June 4 (Plover Wire) - Russia plans to build a small nuclear power plant on Kunashir, one of the four Russian-held islands off Hokkaido that Japan claims as its Northern Territories, the governor of the Sakhalin region said in an interview published on Tuesday.

"We have taken the decision: a small nuclear power plant will be built on Kunashir," Valery Limarenko told the Sakhalin newspaper Vecherny Yuzhny, adding that the plant would use the RITM-200N reactor design and that the parameters had been agreed with state nuclear corporation Rosatom.

The site has been chosen near Yuzhno-Kurilsk, the island's main settlement, and the first unit is to be commissioned in 2030, Limarenko said. The islands currently depend largely on diesel generators supplied by sea, supplemented by small geothermal plants.

Rosatom did not immediately respond to a request for comment. A small land-based plant of the same reactor type is under construction in Yakutia, in Russia's far north-east.

The plan is likely to draw objections from Tokyo, which regards the islands, seized by Soviet troops at the end of World War Two, as illegally occupied. Russia says its sovereignty over them is beyond question.

The dispute has prevented the two countries from signing a formal peace treaty. Moscow broke off negotiations in March 2022 in response to Japanese sanctions imposed over the war in Ukraine.

A spokesperson for Japan's embassy in Moscow said the embassy was aware of the report and had no immediate comment.
""",
    related=["Rosatom's small reactors: where the first ones are being built",
             "Japan, Russia extend salmon fishing quota talks",
             "Sakhalin LNG output steady despite sanctions"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="week-july-2024", feed="plover-wire", lang="en", published="2024-07-05T12:00:00Z",
    title="Japan-Russia week: Sakhalin-2 cargoes hold up, a salmon deal, a spy trial adjourned - and no thaw on the islands",
    summary="Our weekly look at the relationship between Tokyo and Moscow: energy, fisheries, courts, visas and the territorial dispute.",
    label="restatement",
    note="Round-up where no paragraph is new for the monitor: the islands paragraph repeats the seed position (talks impossible while Japan keeps its 'unfriendly' course; Moscow walked away in March 2022); the other items are unrelated Japan-Russia news.",
    author="Plover Wire Asia desk", section="Weekly round-ups", tags=["Japan", "Russia", "Weekly"],
    body="""
TOKYO, July 5 (Plover Wire) - Here is what moved, and what did not, in relations between Japan and Russia this week.

## Energy

Liquefied natural gas from the Sakhalin-2 project continued to reach Japanese utilities on schedule, with three cargoes unloaded at terminals in Chiba and Kyushu in the past ten days, according to ship-tracking data. Japanese buyers account for roughly half of the plant's output, and Tokyo has repeatedly said its participation in the project is essential for energy security.

## Fisheries

Negotiators in Moscow concluded the annual talks on salmon caught by Japanese boats in Japan's 200-nautical-mile zone, agreeing on a catch ceiling close to last year's and a cooperation fee that Japanese fishing groups described as "painful but predictable".

## Courts

A court in Vladivostok adjourned until August the trial of a former port employee accused of passing information about ship movements to a Japanese national. The defendant denies the charges. The Japanese consulate said it was following the case.

## Visas

Japanese business travellers report waits of up to six weeks for Russian business visas, twice the usual time, while the Russian embassy in Tokyo blamed "technical factors" and staffing limits.

## The islands

Asked at a Moscow briefing whether anything had moved on a peace treaty, a foreign ministry spokesperson repeated that negotiations were impossible as long as Japan pursued what Moscow calls an "unfriendly" course, the formula Russia has used since it walked away from the talks in March 2022 over Japanese sanctions. Japan's Chief Cabinet Secretary said Tokyo's policy of resolving the territorial issue and concluding a treaty was unchanged.

## Trade

Japan's exports to Russia fell 11 percent year on year in May, customs data showed, with cars and machinery down sharply; imports, dominated by LNG, palladium and seafood, were broadly flat.
""",
    related=["Japan-Russia week: crab quotas and a consulate reopening in Vladivostok",
             "Analysis: why Japan has not left Sakhalin",
             "Palladium traders eye new routes from Russia"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="spy-trial-tokyo", feed="plover-wire", lang="en", published="2024-07-30T06:45:00Z",
    title="Tokyo court convicts former defence researcher of leaking papers to Russian diplomat",
    summary="A former researcher at a defence-affiliated institute was sentenced to two years in prison, suspended, for handing internal documents to a Russian trade official.",
    label="off_topic",
    note="Unrelated Japan-Russia news (spy case); the islands dispute is mentioned only as background.",
    author="Plover Wire staff", section="Japan", tags=["Japan", "Russia", "Courts"],
    body="""
TOKYO, July 30 (Plover Wire) - A Tokyo court on Tuesday convicted a former researcher at a defence-affiliated institute of handing internal documents to an official of Russia's trade representation, in the latest espionage case to strain ties between the two countries.

The Tokyo District Court sentenced Masahiro Kodera, 61, to two years in prison, suspended for four years, for violating the national public service law. Prosecutors said he passed papers on semiconductor supply chains and procurement rules to the Russian official over meals in Tokyo restaurants between 2021 and 2023 in exchange for about 700,000 yen.

"The defendant betrayed the trust placed in him and the damage to national interests cannot be overlooked," the presiding judge said, while noting that Kodera had confessed and that the documents were not classified as special secrets.

The Russian official left Japan before police sought to question him. The Russian embassy has called the case "a provocation" and said the accusations were unfounded.

Relations between Tokyo and Moscow, already at their lowest in decades over the war in Ukraine and the long-running dispute over islands off Hokkaido, have been further soured by a series of expulsions on both sides since 2022.

Kodera's lawyer said his client would not appeal.
""",
    related=["Japan expels Russian trade official over leak case",
             "Japanese defence firms tighten staff vetting",
             "Analysis: the new rules on economic security clearances"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="ccs-presser-aug2024", feed="brindle-transcripts", lang="en", published="2024-08-20T09:30:00Z",
    title="Chief Cabinet Secretary's press conference, Tuesday afternoon, 20 August 2024",
    summary="Typhoon No. 7, rice supplies, a North Korean launch, a citizen detained in China, the Northern Territories and the minimum wage.",
    label="restatement",
    note="Press-conference transcript: the Northern Territories answer restates Japan's unchanged policy and requests grave visits (seed: Japan steadfast; visa-free trips terminated by Russia). No new fact.",
    source_line="Unofficial English translation by Brindle Transcripts", endnote="Translation by Brindle Transcripts from the Japanese video record. Questions are abridged.",
    body="""
**Chief Cabinet Secretary:** Good afternoon. I have one item to report at the start. Typhoon No. 7 is expected to approach the Kanto region from tomorrow evening. The government has set up a liaison office at the Prime Minister's Office crisis management centre, and I ask the public to obtain the latest information and to act early to protect their lives. That is all from me.

**Question (Nikkan):** On rice. Supermarkets in the Kansai area report empty shelves. Does the government intend to release stockpiled rice?

**Chief Cabinet Secretary:** The Ministry of Agriculture is monitoring the situation closely. We understand that new-crop rice will come onto the market from the end of this month and that supplies will gradually stabilise. At this point we are not considering a release of government stocks, but we will respond appropriately.

**Question (Kyodo):** North Korea launched a ballistic missile this morning. Can you give the latest details?

**Chief Cabinet Secretary:** The missile was launched at around 6:14 a.m. and is estimated to have fallen outside Japan's exclusive economic zone. No damage to aircraft or vessels has been confirmed. We lodged a strong protest through the embassy channel in Beijing.

**Question (Asahi):** A Japanese employee of a pharmaceutical company has been detained in China for more than a year. Is there any progress?

**Chief Cabinet Secretary:** We continue to request his early release at every level, including consular visits. I will refrain from further detail.

**Question (Hokkaido press):** The secretary of Russia's Security Council said over the weekend during a visit to Sakhalin that the southern Kurils "will never be a subject of discussion". How does the government respond, and is there any prospect for the grave visits by former islanders this year?

**Chief Cabinet Secretary:** I am aware of the reports. I will not comment on each statement by Russian officials, but the four Northern Islands are islands over which Japan has sovereignty, and this position is unchanged. The government's basic policy of resolving the territorial issue and concluding a peace treaty is also unchanged. As for the grave visits and other programmes, the situation is that they cannot be carried out this year either, which is extremely regrettable. Given the feelings of former islanders, who are advancing in age, we will continue to strongly request the Russian side, with the grave visits as the top priority.

**Question (Hokkaido press):** Has the Russian side given any answer?

**Chief Cabinet Secretary:** I will refrain from disclosing the details of diplomatic exchanges.

**Question (Jiji):** On the minimum wage. The regional councils have now all reported...

**Chief Cabinet Secretary:** The national weighted average will exceed 1,050 yen for the first time. We will support small and medium-sized enterprises so that wage increases take root.
""",
    related=["Chief Cabinet Secretary's press conference, 19 August 2024 (morning)",
             "Foreign Minister's press conference, 16 August 2024",
             "Governor of Hokkaido, regular press conference, 9 August 2024"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="kuril-lake-bears", feed="longhand-review", lang="en", published="2024-09-24T08:00:00Z",
    title="Where the bears still outnumber the tourists: a summer at Kamchatka's Kuril Lake",
    summary="Sockeye by the million, rangers on foot, and a lake named after an island chain it can almost see. A long read from the southern tip of Kamchatka.",
    label="off_topic",
    note="Look-alike: Kuril Lake (Kurilskoye) in Kamchatka, a thing named after the Kurils; no bearing on the dispute.",
    author="Mara Lindqvist", section="Nature & Place", minutes=14,
    body="""
The helicopter drops you at the northern shore, and the first thing the rangers tell you is where not to walk. Kuril Lake, a flooded caldera at the southern end of Kamchatka, is home in late summer to what may be the densest gathering of brown bears on earth, drawn by a sockeye salmon run that in good years tops three million fish.

The lake takes its name from the Kuril Islands, whose chain begins just across the First Kuril Strait a few dozen kilometres to the south, and from the Kuril Ainu who once fished these rivers. On a clear day, rangers say, the volcano on Shumshu is visible from the ridge above the cordon.

## Salmon first

Everything here is organised around the fish. Scientists from the Kamchatka branch of the federal fisheries institute count the run at a weir on the Ozernaya river, where the lake drains into the Sea of Okhotsk. Their numbers decide the commercial quotas downstream and, indirectly, how many bears will go into the winter fat.

"This year the run was late, and the bears were nervous," said Natalia, a ranger who has worked the cordon for eleven summers. "When the fish come, they forget about us."

## Tourists by the hour

Visitors arrive on day trips from Petropavlovsk, at prices that make the lake one of Russia's most expensive excursions, and are walked along fenced boardwalks to viewing towers. International visitors, once a third of the total, have all but disappeared since 2022; the guests now are mostly Russians from Moscow and St Petersburg, and a growing number of Chinese groups.

The reserve's management would like fewer of them. A cap of 2,000 visitors a season was introduced three years ago and, the director says, will stay.

## The long view

At dusk the lake turns the colour of slate and the bears come down to the shallows in ones and twos. The rangers light no fires. Somewhere to the south, past the strait, the island chain that gave the lake its name runs on towards Hokkaido, but that is another story, and not one anybody at the cordon wants to talk about.
""",
    related=["The reindeer herders who stayed", "Listening for whales off the Commander Islands",
             "Long read: the last lighthouse keepers of the Sea of Okhotsk"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="week-oct-2024-zato", feed="plover-wire", lang="en", published="2024-10-08T12:00:00Z",
    title="Japan-Russia week: an Arctic LNG cargo turned away, crab prices slide, a detention in Vladivostok - and a closed town on Iturup",
    summary="Our weekly look at the relationship between Tokyo and Moscow: energy, fisheries, security, the islands and trade.",
    label="new_development", group="g-iturup-zato",
    new_facts=["Putin signed a decree making part of Iturup (Goryachiye Klyuchi military settlement and surroundings) a closed administrative-territorial formation (ZATO) with entry by permit"],
    must_mention=[["closed", "zato"], ["iturup"]],
    note="Round-up: the Iturup ZATO decree is one paragraph among unrelated Japan-Russia items (first report of the group). Not in seeds.",
    author="Plover Wire Asia desk", section="Weekly round-ups", tags=["Japan", "Russia", "Weekly"],
    body="""
TOKYO, Oct 8 (Plover Wire) - Here is what moved in relations between Japan and Russia this week.

## Energy

A tanker carrying liquefied natural gas from the sanctioned Arctic LNG 2 project idled off the Korean coast for four days after a planned ship-to-ship transfer was called off, ship-tracking data showed. Japanese utilities, which hold no contracts with the project, said they had not been approached. Sakhalin-2 deliveries to Japan were unaffected.

## Fisheries

Wholesale prices for Russian-caught snow crab at Hokkaido markets fell for a third straight week, traders said, as Russian exporters diverted more of the catch to Japan ahead of tighter U.S. import checks.

## Security

Russia's FSB said it had detained a resident of Vladivostok on suspicion of collecting information on naval vessels "on the instructions of a foreign state", and a regional news outlet later reported that investigators believed the information was intended for a Japanese contact. Japan's embassy said it had no information on the case.

## The islands

President Vladimir Putin on Friday signed a decree turning part of Iturup, the largest of the four islands Japan claims, into a closed administrative-territorial formation, or ZATO - the status Russia reserves for towns around nuclear and military sites. The decree, published without announcement on the government's legal information portal, covers the military settlement of Goryachiye Klyuchi and surrounding land; non-residents will need a permit to enter and residents will be registered. Japan had not publicly responded by Monday evening.

## Trade

Japanese exports to Russia rose for the first time in five months in August, boosted by shipments of used cars through Vladivostok, while imports of Russian palladium fell.

## Visas

The Russian embassy in Tokyo said it would resume issuing business visas within ten working days after a summer backlog, and asked applicants to use the new online appointment system.
""",
    related=["Japan-Russia week: Sakhalin-2 cargoes hold up, a salmon deal, a spy trial adjourned",
             "Explainer: what is a closed town in Russia?",
             "Crab glut: Hokkaido processors struggle with prices"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="seventy-years-longread", feed="longhand-review", lang="en", published="2024-12-10T07:00:00Z",
    title="Seventy years of almost: why Moscow and Tokyo never signed",
    summary="From Shimoda to Singapore to a Foreign Ministry statement in March 2022, the story of a treaty that kept receding just as it seemed within reach.",
    label="restatement",
    note="Background long read: 1855 treaty, 1956 Declaration, 2018 acceleration, Russia's March 2022 refusal, end of visa-free trips and joint economic activity dialogue, Rudenko's 'categorically impossible' (all in seeds).",
    author="Daniel Okafor", section="Long reads", minutes=16,
    body="""
In February 1855, in a temple in the port of Shimoda, a Russian admiral and Japanese officials signed a treaty that drew a line between Iturup and Urup. Everything south of it, Japan's negotiators still point out, was recognised as Japanese. Everything since has been an argument about what happened to that line.

## 1945 and after

In the last days of the Second World War, Soviet forces took the Kuril chain, including the four southern islands - Iturup, Kunashir, Shikotan and the Habomai group - which Japan now calls its Northern Territories. Moscow has held them ever since and says its sovereignty is grounded in the outcome of the war and in international documents.

The two countries restored diplomatic relations in 1956 with a joint declaration that ended the state of war. It promised that Shikotan and the Habomai islets would be handed over after a peace treaty was concluded. The treaty never came.

## The near misses

There were moments. The 1993 Tokyo Declaration named all four islands as the subject of talks. Summits in Irkutsk in 2001 and in Singapore in 2018 produced language about accelerating negotiations on the basis of the 1956 document. Former residents went back on visa-free visits under arrangements of 1991 and 1999, and officials drew up plans for joint economic projects - fish farms, greenhouses, tourism - under a legal framework neither side had finished writing.

## March 2022

Then came the war in Ukraine. When Japan joined Western sanctions, Russia's Foreign Ministry announced that it did not intend to continue negotiations on a peace treaty with a state taking "openly unfriendly positions". It terminated the visa-free trips, withdrew from the dialogue on joint economic activities and blocked Japan's partner status in the Black Sea Economic Cooperation organisation. Tokyo protested.

In February this year, Deputy Foreign Minister Andrei Rudenko said the resumption of dialogue on the treaty was "categorically impossible" in the current situation, and that Japan would first have to abandon its hostile policy. Tokyo's answer has not changed either: resolve the territorial issue, then conclude a treaty.

## What is left

What is left is a negotiation with no table. Former islanders, whose average age is approaching ninety, hold rallies in Nemuro every February. Diplomats on both sides describe the question in identical words - "unchanged" - and mean opposite things by it.
""",
    related=["The man who drafted the Singapore formula", "Shimoda, 1855: a treaty in a temple",
             "Conversations: a former islander on ninety years of waiting"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="nemuro-rally-2025", feed="whinchat-hokkaido", lang="en", published="2025-02-07T09:00:00Z",
    title="In Nemuro, a rally for the islands with fewer voices each year",
    summary="Northern Territories Day brought former islanders, students and the mayor to the city hall auditorium. The message was the same as last year; the audience was smaller.",
    label="restatement",
    note="Anniversary/occasion piece: Northern Territories Day; restates that visa-free visits have been halted since Russia's 2022 decision and Japan's unchanged position.",
    author="Yuka Sato", caption="Former islanders at the Northern Territories Day rally in Nemuro. (The Whinchat)",
    tags=["Nemuro", "Northern Territories"],
    body="""
NEMURO - Snow was still piled along the harbour road on Friday morning when about 300 people filed into the city hall auditorium for the annual Northern Territories Day rally, the date on which, in 1855, the Treaty of Shimoda was signed.

The front rows were reserved, as always, for former residents of the four islands. There were fewer of them this year. The Chishima and Habomai Islands Residents League says fewer than 5,000 of the 17,291 people who lived on the islands in 1945 are still alive, and their average age is now above 88.

"Every February someone tells me that next year we will go home," said Kiyoshi Nakagawa, 89, who left Shikotan as a boy. "I have stopped listening to that part."

Nemuro's mayor, Masatoshi Ishigaki, told the rally that the city would "not let the flame go out" and called on the national government to pursue the return of the islands through diplomacy. He noted that the visa-free exchanges and visits by former residents, halted since Russia's 2022 decision to end them, had now been suspended for three years in a row.

Students from Nemuro High School read an appeal asking "the adults in Tokyo and in Moscow" to let former islanders visit family graves. The appeal will be sent to the prime minister.

In Tokyo, at the national rally, the prime minister repeated the government's policy of resolving the territorial issue and concluding a peace treaty with Russia.

The rally closed, as it does every year, with the song "Return the islands", sung by a choir from Nemuro Minami Junior High School.
""",
    related=["Saury catch hits another record low", "Nemuro port gets new cold-storage warehouse",
             "Drift ice arrives early on the Okhotsk coast"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="suzuki-urges-grave-visits", feed="whinchat-hokkaido", lang="en", published="2025-02-25T08:00:00Z",
    title="Suzuki presses Tokyo to get grave visits back on Moscow's agenda before summer",
    summary="Hokkaido's governor handed the foreign minister a written request on behalf of former islanders; the minister said Tokyo would 'continue to ask'.",
    label="restatement",
    note="Requested version of a move: the governor urges Tokyo to seek Russian consent for grave visits; no Russian answer. Seeds: visa-free trips terminated.",
    author="Yuka Sato", tags=["Northern Territories", "Hokkaido government"],
    body="""
SAPPORO - Hokkaido Governor Naomichi Suzuki on Monday asked Foreign Minister Takeshi Iwaya to press Russia to allow former residents of the Russian-held islands to visit family graves this summer, saying that time was "running out" for a generation now in its late eighties.

Suzuki handed Iwaya a written request on behalf of the prefecture, the city of Nemuro and the Chishima and Habomai Islands Residents League at the ministry in Tokyo. The document urges the government to "make every effort" to secure Russia's consent for the grave visits, which have not taken place since 2019, and to seek the eventual resumption of the visa-free exchange programme that Moscow terminated in 2022.

"I conveyed the feeling of former islanders that they want to stand in front of their parents' graves while they still can," Suzuki told reporters afterwards. "The minister said the government would continue to ask the Russian side, with the grave visits as the highest priority."

According to a prefectural official who attended, Iwaya said Japan had repeatedly raised the issue through diplomatic channels but that there had been "no positive response".

Russia halted the exchanges after Japan joined Western sanctions over Ukraine. It has said the programmes cannot continue while Tokyo pursues what Moscow calls an anti-Russian course.

The league's chairman, who accompanied the governor, said former islanders planned to hold a prayer ceremony at Cape Nosappu in August "whatever happens".
""",
    related=["In Nemuro, a rally for the islands with fewer voices each year",
             "Hokkaido budget: more money for Russia-facing towns", "Kushiro airport to add Seoul flights"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="iwaya-interview-hedge", feed="longhand-review", lang="en", published="2025-03-11T07:00:00Z",
    title="Japan's foreign minister on Washington, Beijing, Seoul - and why a humanitarian track with Moscow 'could be considered'",
    summary="Takeshi Iwaya on tariffs, the Taiwan Strait, the Korean peninsula and the limits of what Tokyo can offer Russia on the Northern Territories.",
    label="restatement",
    note="Hedge that announces nothing ('could be considered', 'not a proposal we have made'); Japan's policy unchanged; Russia suspended talks (seeds).",
    author="Helen Ashdown", section="Conversations", minutes=12,
    body="""
Takeshi Iwaya became foreign minister last October, in the middle of a season of elections on three continents. We met in his office at the Kasumigaseki ministry building; the conversation has been condensed.

**Start with Washington. How worried are you about tariffs?**

We are having frank conversations. Japan is the largest investor in the United States, and that is a strong card. I will not negotiate through the newspapers.

**China?**

Our policy is a mutually beneficial relationship based on common strategic interests. That is not a slogan; it means we talk, including about the things we disagree on - the situation around the Senkaku Islands, the detention of Japanese nationals, seafood.

**South Korea?**

The relationship is in a good place, and I want to keep it there regardless of domestic politics on either side.

**Russia. It has been three years since Moscow walked out of the peace treaty talks. Is there anything Tokyo can do?**

Our basic policy is unchanged: resolve the territorial issue and conclude a peace treaty. The Russian side unilaterally announced it would not continue negotiations, and it also ended the visa-free exchanges. The responsibility for that lies with Russia.

**Former islanders say they cannot wait for the war to end. Is there a way to separate their visits from the politics?**

That is a fair question. We could consider approaches that treat humanitarian matters, such as the grave visits, separately from the broader political questions, if the Russian side showed a willingness to engage. But I want to be careful here. That is not a proposal we have made to Moscow, and I am not announcing a new policy today. Our request to Russia to allow the grave visits has been consistent for three years.

**So nothing new?**

What I am saying is that the door is not closed from our side.

**Last question - will you visit Moscow?**

There are no such plans.
""",
    related=["Conversations: the ambassador who kept knocking", "Long read: seventy years of almost",
             "Podcast: Japan's tariff diplomacy"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="jea-limited-plover", feed="plover-wire", lang="en", published="2025-04-16T04:30:00Z",
    title="Russia to return to island business talks with Japan in 'limited format', envoy says",
    summary="Russia's ambassador in Tokyo said Moscow had decided to resume dialogue on joint economic activity on the southern Kurils through a working group on waste processing and aquaculture.",
    label="status_change", group="g-jea-dialogue",
    new_facts=["Russia decided to return to the dialogue with Japan on joint economic activity on the southern Kurils (withdrawn in March 2022) in a limited working-group format on waste processing and aquaculture; first meeting planned for June in Yuzhno-Sakhalinsk"],
    must_mention=[["joint economic", "business talks"], ["resum", "return"]],
    note="Second report (EN) of the ambassador's announcement. Seed: Russia withdrew from the joint-economic-activity dialogue in March 2022 -> resumed in limited format.",
    author="Plover Wire staff", section="Asia-Pacific", tags=["Russia", "Japan", "Kuril Islands"],
    body="""
TOKYO, April 16 (Plover Wire) - Russia has decided to resume talks with Japan on joint economic activities on the disputed southern Kuril Islands, three years after it walked out of the dialogue, but only in a "limited format", Moscow's ambassador to Tokyo said.

"We have taken a decision to return to the dialogue with our Japanese partners on joint economic activity in the southern Kurils," Ambassador Nikolai Nozdrev said in an interview with the Russian outlet Kuluary published on Tuesday. The talks would take place at working-group level and cover two areas, waste processing and aquaculture, with a first meeting planned for June in Yuzhno-Sakhalinsk, he said.

Nozdrev stressed that the talks would be conducted under Russian law and would not touch on sovereignty or any "special legal framework" - a reference to Japan's longstanding insistence that projects on the islands must not prejudice its territorial claim.

Russia withdrew from the dialogue in March 2022, together with halting peace treaty negotiations and visa-free visits, in response to Japanese sanctions over the war in Ukraine. The joint projects, agreed by then-leaders Shinzo Abe and Vladimir Putin in 2016, never got beyond pilot tours and a greenhouse study.

Nozdrev said there was "no change" on the peace treaty.

Japan's foreign ministry said it was aware of the remarks and would respond "appropriately" after examining Russia's intentions. A ministry official, speaking on condition of anonymity, said Tokyo had received no formal notice.
""",
    related=["Japan, Russia sign salmon deal for 2025 season", "Rosatom eyes Kuril power projects",
             "Japan's LNG imports from Russia hold steady"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="grave-visits-whinchat", feed="whinchat-hokkaido", lang="en", published="2025-05-12T08:00:00Z",
    title="Grave visits to Russian-held islands to resume this summer, Hokkaido governor says",
    summary="Russia has agreed to receive former islanders at family graves on Kunashir and Iturup in late August, the first visits since 2019, and the programme is to continue in coming years.",
    label="status_change", group="g-grave-visits",
    new_facts=["Russia agreed to accept grave visits by former Japanese islanders under the visa-free procedure; visits to Kunashir and Iturup to resume in late August 2025, first since 2019, and to continue annually"],
    must_mention=[["grave"], ["resum"]],
    note="Second report (EN) of the governor's TV disclosure; Foreign Ministry confirmation. Seed: visa-free trips terminated in 2022 -> grave visits resumed (not a one-off).",
    author="Yuka Sato", caption="Former islanders at a prayer ceremony at Cape Nosappu. (The Whinchat)",
    tags=["Northern Territories", "Grave visits"],
    comments=[("nemuro_hiro", "My grandmother has been waiting for this for six years. Finally."),
              ("K. Tanabe", "Good news, but let's see if it actually happens in August.")],
    body="""
SAPPORO - Former residents of the Russian-held islands off Hokkaido will be able to visit family graves this summer for the first time since 2019, Hokkaido Governor Naomichi Suzuki said, after Russia informed Japan that it would receive the visitors.

Speaking on a Sunday talk programme on Kitanihon TV, Suzuki said the national government had told the prefecture that Russia had replied through diplomatic channels that it would accept grave-visit groups. "It has been decided that the grave visits will resume this summer, within the visa-free framework," he said, adding that visits to Kunashir and Iturup were being arranged for late August.

Suzuki said the arrangement was not meant as a one-off. "We are coordinating on the understanding that the visits will continue next year and after," he said.

Japan's Foreign Ministry confirmed on Monday that Russia had notified Tokyo of its consent and said details, including the number of participants, were being worked out. Visitors will travel on the chartered exchange ship from Nemuro and will not need Russian visas, a ministry official said.

Grave visits, which began in 1964 on humanitarian grounds, were halted during the pandemic and could not resume after Russia ended visa-free exchanges in 2022 in response to Japanese sanctions over Ukraine.

Other parts of the programme - the visa-free exchanges of citizens and the "free visits" by former residents to their home towns - remain suspended, officials said.

The Chishima and Habomai Islands Residents League said it would begin taking applications next week. "Many of our members are over ninety. This is the news they have been waiting for," a league official said.
""",
    related=["Suzuki presses Tokyo to get grave visits back on Moscow's agenda before summer",
             "Nemuro's new cold-storage warehouse opens", "Kushiro marshland fire contained"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="ishigaki-interview", feed="whinchat-hokkaido", lang="en", published="2025-07-08T07:00:00Z",
    title="'We need the sea to be quiet': Nemuro's mayor on saury, shrinking schools and the islands across the water",
    summary="In a wide-ranging interview, Masatoshi Ishigaki talks about the fishing crisis, the city's population, the grave visits - and a conversation with the other side of the strait.",
    label="new_development", group="g-nemuro-videocall",
    new_facts=["Nemuro mayor held a one-off video call with the head of Russia's South Kuril district on July 3, the first such contact since 2022; Russian side said it was a one-time conversation, not a resumption of exchanges"],
    must_mention=[["video", "online"], ["one-off", "one-time", "once", "not a resumption"]],
    note="Interview; the one-off mayor-to-district-head video call comes mid-way (first report of the group). A 'held once' state: not a resumption of exchanges, so new_development rather than status_change.",
    author="Kenta Ogawa", caption="Nemuro Mayor Masatoshi Ishigaki in his office. (The Whinchat)",
    tags=["Nemuro", "Interviews", "Fisheries"],
    body="""
NEMURO - Masatoshi Ishigaki has been mayor of Nemuro, Japan's easternmost city, since 2014. From his office window the Habomai islets are a grey line on a clear day. We talked last week about fish, people and the view.

**The saury catch has collapsed again. How bad is it?**

Last year's landings at Nemuro were less than a tenth of what they were fifteen years ago. Saury used to be the face of this city. Now the boats go out and come back with almost nothing. We are shifting support to sardine and to aquaculture, but the processing plants need volume, and volume is what we do not have.

**And the population?**

Below 23,000 now. Two elementary schools will merge next spring. I do not like saying that, but it is the reality.

**The grave visits are set to resume next month. What does that mean for Nemuro?**

It means a great deal. The ship leaves from our port, and for six years it has been sitting at the pier. Many former islanders live here. For them it is not politics. It is family.

**Have you had any contact with the Russian side yourself?**

Yes. Last Thursday, July 3, I had a video call with the head of the South Kuril district, Mr. Kislitsyn. It was the first conversation between our city and the district since 2022. We spoke for about forty minutes - about fishing gear drifting across the strait, about maintenance of the Japanese cemeteries, about who calls whom if there is an accident at sea.

**Will there be more such calls?**

The Russian side was very clear that this was a one-time conversation. They said it should not be understood as a resumption of the exchanges between our municipalities, and I have no reason to think otherwise. There was no agreement to continue. But it was a conversation, and I think both of us were glad it happened.

**Tokyo was informed?**

Of course. We informed the government and the prefecture in advance.

**What would you like from Tokyo?**

Support for the fisheries, first of all. And patience. We need the sea to be quiet.
""",
    related=["Grave visits to Russian-held islands to resume this summer, Hokkaido governor says",
             "Sardine boom fills Nemuro's freezers", "Two Nemuro elementary schools to merge"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="falklands-transcript", feed="brindle-transcripts", lang="en", published="2025-08-05T13:00:00Z",
    title="'Frankly Speaking': Argentina's foreign minister on trade, the IMF and the Malvinas",
    summary="Transcript of a broadcast interview in which the minister discusses the trade agenda with London, Argentina's sovereignty claim over the islands, and what a dialogue could look like.",
    label="off_topic",
    note="Look-alike: another island dispute (Falklands/Malvinas) with hedged 'could consider' language; nothing about Russia-Japan.",
    source_line="Transcript of broadcast interview; English interpretation as aired",
    body="""
**Host:** Minister, welcome to Frankly Speaking.

**Minister:** Thank you for having me.

**Host:** Your government has signed more trade memoranda with the United Kingdom this year than in the previous decade. Has Argentina set aside the question of the islands?

**Minister:** Not at all. Our claim to sovereignty over the Malvinas, South Georgia and the South Sandwich Islands is in our Constitution, and no government can renounce it. What we have done is decide that the sovereignty question should not prevent cooperation in areas where both countries benefit - trade, science, direct flights.

**Host:** London says sovereignty is not up for discussion, full stop.

**Minister:** London has said that for a long time. The United Nations has said something else, also for a long time. We believe that a dialogue, as the General Assembly resolutions call for, is the only serious way forward.

**Host:** Would you accept the islanders taking part in such a dialogue?

**Minister:** We could consider formats in which their interests are heard. I want to be precise: there is no proposal on the table, and I am not announcing one. But we are not afraid of talking.

**Host:** What about flights? There were reports of a second weekly connection from the mainland.

**Minister:** Those conversations are at a technical level. When there is something to announce, we will announce it.

**Host:** And the IMF programme?

**Minister:** The programme is on track. Inflation is falling month by month...

**Host:** Minister, thank you.
""",
    related=["UK Foreign Secretary, press conference in Montevideo, 2 August 2025",
             "Chile's foreign minister on Antarctic cooperation (transcript)",
             "Argentina's Senate debate on the Beagle Channel agreement, excerpts"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="mfa-briefing-sep2025", feed="brindle-transcripts", lang="en", published="2025-09-16T15:00:00Z",
    title="Russian Foreign Ministry weekly briefing, 16 September 2025 (excerpts)",
    summary="The UN General Assembly week, Moldova, the Baltic states and two questions on Japan.",
    label="restatement",
    note="Transcript: the Japan answers deny reports of peace-treaty consultations with the negation at the end of a long sentence, and restate sovereignty / 'talks impossible' (seeds).",
    source_line="Unofficial translation of the Russian-language video record",
    body="""
**Spokeswoman:** Good afternoon. The Russian delegation to the 80th session of the UN General Assembly will be headed by Foreign Minister Sergei Lavrov, who will hold a number of bilateral meetings on the sidelines. The programme will be published on our website.

**Spokeswoman:** On Moldova. We continue to observe an unprecedented campaign of pressure on opposition politicians ahead of the elections. We have repeatedly drawn the attention of international organisations to this...

**Question (RIA):** Estonia has announced new restrictions on Russian-registered vehicles. How will Moscow respond?

**Spokeswoman:** These are further steps in a Russophobic policy that harms the residents of Estonia first of all. Our response will follow the principle of reciprocity.

**Question (Japanese agency):** Several Japanese newspapers reported this week that Moscow and Tokyo intend to hold consultations at deputy minister level on the peace treaty in the autumn, possibly in a third country. Can you confirm this?

**Spokeswoman:** I have seen these publications. Our position on the so-called peace treaty is well known and has been set out many times, including by Deputy Minister Rudenko: in conditions when Japan continues an openly unfriendly course, supplies assistance to the Kyiv regime and adopts one package of sanctions after another, the claims circulated in Japanese media that an understanding has been reached between our ministries on holding consultations on the peace treaty this autumn, in a third country or anywhere else, do not correspond to reality.

**Question (Japanese agency):** Japan's new high-school textbooks again describe the southern Kurils as "illegally occupied". Will Russia protest?

**Spokeswoman:** Russia's sovereignty over the southern Kurils is enshrined in international legal documents following the outcome of the Second World War and is not subject to question. Attempts to rewrite history in school textbooks do Japan no credit. We have spoken about this many times.

**Question (Izvestia):** On Armenia...
""",
    related=["Russian Foreign Ministry weekly briefing, 9 September 2025 (excerpts)",
             "Chief Cabinet Secretary's press conference, 12 September 2025",
             "Deputy Foreign Minister Rudenko, interview excerpts, August 2025"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="tax-zone-whinchat", feed="whinchat-hokkaido", lang="en", published="2025-10-08T06:00:00Z",
    title="Tokyo to offer tax breaks for firms in towns facing the Russian-held islands, minister says",
    summary="Companies that invest in Nemuro and four neighbouring towns would pay up to half as much corporate tax for five years under a new special zone from fiscal 2026.",
    label="new_development", group="g-nemuro-taxzone",
    new_facts=["Japanese government decided to designate Nemuro, Betsukai, Nakashibetsu, Shibetsu and Rausu a special zone from FY2026 with corporate tax cut by up to half for five years for investing firms"],
    must_mention=[["tax"], ["nemuro"]],
    note="Second report (EN) of the decision the minister announced in an interview (JA first).",
    author="Kenta Ogawa", tags=["Nemuro", "Economy", "Northern Territories"],
    body="""
NEMURO - The national government will create a special tax zone covering Nemuro and four neighbouring towns that face the Russian-held islands, offering companies that invest there corporate tax cuts of up to half for five years, the minister in charge of Northern Territories affairs said.

"We have decided to create a new tax measure from fiscal 2026," Minister Seiichi Miura told the Japanese-language outlet Kita no Rondan in an interview published on Tuesday. The zone will cover Nemuro city and the towns of Betsukai, Nakashibetsu, Shibetsu and Rausu - the "adjacent areas" that lost their economic hinterland when the islands came under Soviet control in 1945.

Companies that open or expand plants or offices in the zone would see their corporate tax reduced by up to 50 percent for five years, Miura said. The measure will be included in the ruling coalition's tax reform outline at the end of the year.

The area has been hit by the collapse of the saury catch, the loss of fishing grounds and a shrinking population. Nemuro Mayor Masatoshi Ishigaki welcomed the plan, saying it was "what we have been asking for for ten years".

Japan has funded the adjacent areas under a special law since 1982, mostly through public works grants. A tax incentive for private business would be a first.

The minister said the government's policy on the territorial issue with Russia was unchanged.
""",
    related=["'We need the sea to be quiet': Nemuro's mayor on saury and the islands",
             "Sardine boom fills Nemuro's freezers", "Betsukai dairy farmers face feed costs"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="crosstalk-transcript", feed="brindle-transcripts", lang="en", published="2025-11-04T14:00:00Z",
    title="'Crosstalk Asia': Can Tokyo and Moscow ever talk again?",
    summary="A Duma deputy and a former Japanese diplomat debate sanctions, fish and the southern Kurils. Transcript, lightly edited.",
    label="restatement",
    note="TV talk show: conditional offers ('if Tokyo lifted sanctions, we would sit down') restate the seed condition (Tokyo must abandon its hostile course); no decision, no event.",
    source_line="Transcript of broadcast, English interpretation as aired",
    body="""
**Host:** Tonight: is there any road back for Japan and Russia? With me from Moscow, Sergei Lyubimov, a member of the State Duma's international affairs committee; and in Tokyo, Kenji Okabe, who served in Japan's embassy in Moscow for twelve years. Mr Lyubimov, let me start with you. Russia says talks on a peace treaty are impossible. Is that forever?

**Lyubimov:** Nothing is forever. But it is not Russia that closed the door. Japan chose sanctions, Japan chose to send equipment to Kyiv. If Tokyo lifted its sanctions tomorrow, we would sit down the day after. That is not a secret, we have said it many times.

**Host:** Mr Okabe?

**Okabe:** With respect, that is a condition Japan cannot accept, and Moscow knows it. Japan's position is that the territorial question must be resolved and a treaty concluded. That has not changed under any government.

**Host:** Mr Lyubimov, what about the southern Kurils themselves? Is there anything to negotiate?

**Lyubimov:** There is no territorial question. The islands are Russian, that is fixed in our Constitution. If Japan wants a treaty on friendship and good neighbourliness, we would be ready to discuss it, once it stops behaving as an adversary.

**Host:** Mr Okabe, former islanders were able to visit graves this summer. Is that a sign of anything?

**Okabe:** It is a humanitarian gesture and I welcome it. I would not read it as a political signal. If Russia wanted to send one, it would restore the visa-free exchanges it ended in 2022. It has not done so.

**Lyubimov:** It would be possible, if the atmosphere changed. Everything depends on Tokyo.

**Host:** We will have to leave it there. Thank you both.
""",
    related=["Russian Foreign Ministry weekly briefing, 16 September 2025 (excerpts)",
             "'Crosstalk Asia': Seoul, Pyongyang and the new detente", "Japan's Diet, Upper House budget committee, excerpts"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="year-2025-recap", feed="plover-wire", lang="en", published="2025-12-19T09:00:00Z",
    title="Japan and Russia in 2025: the year in ten moments",
    summary="Gas that kept flowing, fish that did not, spies, graves and a tax break: a look back at a year of small movements between Tokyo and Moscow.",
    label="restatement",
    note="Year-end recap: every islands item (grave visits resumed, return to joint-economic-activity talks, Nemuro video call, tax zone) was reported earlier in the corpus; no new fact. Any standalone alert is a repeat.",
    author="Plover Wire Asia desk", section="Weekly round-ups", tags=["Japan", "Russia", "Year in review"],
    body="""
TOKYO, Dec 19 (Plover Wire) - It was not a year of breakthroughs between Japan and Russia. It was a year of small movements, some of them in opposite directions. Here are ten moments that defined it.

## 1. The gas kept flowing

Sakhalin-2 shipped about six million tonnes of LNG to Japanese buyers, roughly the same as last year, despite talk in Tokyo of diversifying away from Russian supply.

## 2. Salmon, on time

The annual salmon talks concluded in April on the first attempt for the first time since 2021.

## 3. A return, in a limited format

In April Russia's ambassador in Tokyo said Moscow had decided to return to talks on joint economic activity on the islands, in a working-group format limited to waste and aquaculture.

## 4. Graves, after six years

In May, Hokkaido's governor announced that Russia had agreed to receive grave-visit groups; the visits to Kunashir and Iturup took place in late August, the first since 2019.

## 5. A phone call across the strait

In July Nemuro's mayor revealed a one-off video call with his counterpart in the South Kuril district, which both sides said did not mean a resumption of exchanges.

## 6. Spies, again

Two espionage cases, one in Tokyo and one in Vladivostok, ended in convictions.

## 7. Expo without Russia

Russia stayed away from the Osaka Expo, the first world expo it has skipped in decades.

## 8. A tax break for the east

Tokyo decided to create a special tax zone for Nemuro and four neighbouring towns from next April.

## 9. Crab glut

Russian crab flooded Hokkaido markets in the spring, pushing prices to a five-year low.

## 10. No treaty talk

And on the peace treaty itself, nothing moved: Moscow says negotiations remain impossible while Tokyo maintains sanctions, and Tokyo says its policy is unchanged.
""",
    related=["Japan-Russia week: crab, cargo and a closed town", "Outlook 2026: what to watch in Asia energy",
             "Japan's trade with Russia falls for fourth year"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="kuril-spending-analysis", feed="longhand-review", lang="en", published="2026-02-03T08:00:00Z",
    title="Concrete and loyalty: what Moscow's money has bought on the southern Kurils",
    summary="New schools, a longer runway, a hospital wing and a population that still will not grow. An analysis of four years of spending on the islands Japan claims.",
    label="neutral",
    note="Borderline analysis: discusses spending, infrastructure and population trends without a new decision or event; some items might look new to a monitor but are aggregate figures.",
    author="Daniel Okafor", section="Long reads", minutes=13,
    body="""
Since 2022 the Russian state has spent more on the southern Kurils than at any time since the Soviet collapse. The question analysts in Moscow and Tokyo ask is what, exactly, it has bought.

## The numbers

By the calculations of a Vladivostok-based research group, federal and regional spending on Iturup, Kunashir and Shikotan has averaged about 9 billion roubles a year over the past four years, roughly a third more in real terms than in the second half of the 2010s. Most of it went to construction: schools and kindergartens, roads, a hospital wing in Yuzhno-Kurilsk, port works and the runway at Mendeleyevo airport.

## The people

The population has not followed. The three islands had about 21,000 residents at the start of the decade and have roughly the same today, according to regional statistics, with growth on Iturup offset by decline on Shikotan. Military personnel and construction workers on rotation make the figures hard to read.

## The message

For Moscow, the spending serves two purposes at once: improving life for residents who had long complained of neglect, and showing Tokyo that the islands are being woven ever more tightly into Russia. Officials speak of "development" and "sovereignty" in the same breath.

## The Japanese view

In Tokyo, the government protests each high-profile visit and project but has little leverage. Its own policy, to resolve the territorial issue and conclude a peace treaty, has been frozen since Russia walked out of the talks in 2022. Japanese officials note privately that much of the construction relies on imported materials and that costs on the islands are among the highest in Russia.

## What next

The regional government's plans for the next five years include more housing, a second ferry and energy projects that would reduce the islands' dependence on diesel. Whether they will attract people, rather than just concrete, is the question that none of the plans answers.
""",
    related=["Seventy years of almost: why Moscow and Tokyo never signed",
             "Conversations: Japan's foreign minister on a humanitarian track",
             "The ferry that holds the Kurils together"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="jea-freeze-plover", feed="plover-wire", lang="en", published="2026-03-11T16:00:00Z",
    title="Russia freezes revived island business talks with Japan, citing new sanctions",
    summary="Moscow has suspended the working group on joint economic activity on the southern Kurils less than a year after reviving it, Russia's foreign ministry said.",
    label="status_change", group="g-jea-freeze",
    new_facts=["Russia suspended the joint-economic-activity working group on the southern Kurils (revived in 2025), citing Japan's new sanctions; notified Tokyo on March 9, 2026"],
    must_mention=[["joint economic", "business talks"], ["suspend", "freez", "halt"]],
    note="Third report (EN). The dialogue resumed in the corpus (April 2025) is suspended again: a status move in the other direction.",
    author="Plover Wire staff", section="Asia-Pacific", tags=["Russia", "Japan", "Kuril Islands", "Sanctions"],
    body="""
MOSCOW, March 11 (Plover Wire) - Russia has suspended talks with Japan on joint economic activities on the disputed southern Kuril Islands, less than a year after it revived them in a limited format, citing Tokyo's latest package of sanctions.

"We have decided to suspend the work of the working group on joint economic activity on the southern Kurils," Foreign Ministry spokeswoman Maria Zakharova told a weekly briefing on Wednesday. "The responsibility lies entirely with the Japanese side, which chose to adopt yet another package of unlawful restrictions."

Japan's foreign minister had said on Tuesday that Russia notified Tokyo of the decision through diplomatic channels on March 9, and called it "extremely regrettable".

Moscow withdrew from the dialogue in 2022 but said last April it would return to it through a working group on waste processing and aquaculture. The group met twice, in Yuzhno-Sakhalinsk and online, without announcing any projects.

Japan in February adopted new sanctions targeting Russian entities involved in supplying drone components, which Moscow condemned at the time.

Zakharova said the decision did not affect the grave visits by former Japanese residents of the islands, which resumed last year, but gave no details on this year's schedule.

The two countries have not negotiated on a peace treaty since 2022.
""",
    related=["Japan adopts new Russia sanctions over drone parts", "Japan and Russia in 2025: the year in ten moments",
             "Sakhalin-2: Japanese buyers extend contracts"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="mofa-schools-negation", feed="whinchat-hokkaido", lang="en", published="2026-05-12T09:00:00Z",
    title="Nemuro schools wait on island exchanges as Tokyo plays down report",
    summary="Teachers who once led pupils to Shikotan and Kunashir say they are ready to go again; the foreign ministry says the report of a deal was premature.",
    label="restatement",
    note="Negated version of a move in English reported speech, negation at the end of a long sentence: no agreement to resume visa-free exchanges (seed: terminated).",
    author="Yuka Sato", tags=["Nemuro", "Visa-free exchanges", "Education"],
    body="""
NEMURO - At Nemuro Minami Junior High School, the photographs from the last visa-free trip to Shikotan, in 2019, still hang in the corridor outside the staff room. The pupils in them are at university now.

"Every year we prepare as if we might go," said Noriko Hata, a social studies teacher who led two exchange trips to the islands before the pandemic. "Every year we don't."

A report in a Tokyo daily last week that Japan and Russia had agreed to restart visa-free exchanges for school pupils from next spring raised hopes in the city. It did not last long.

Asked about the report at a regular briefing on Friday, the Foreign Ministry's press secretary said that Japan had consistently sought the resumption of the exchange programme, including youth exchanges, that the government understood the strong wishes of former islanders and of the people of Nemuro, and that it would continue to raise the matter through diplomatic channels, but that there was, at present, no such agreement.

The exchanges, under which some 30,000 Japanese and Russians travelled between Nemuro and the islands without visas over three decades, were terminated by Russia in 2022.

For Hata, the answer was no surprise. "We will keep the photos up," she said.
""",
    related=["Grave visits to Russian-held islands to resume this summer, Hokkaido governor says",
             "Two Nemuro elementary schools merge", "Nemuro port sees first sardine landings of the year"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="quarter-q1-2027", feed="plover-wire", lang="en", published="2027-03-16T10:00:00Z",
    title="Japan-Russia quarter: LNG contracts rolled over, a spy swap that wasn't, kelp and crab - and the islands, unchanged",
    summary="A quarterly look at relations between Tokyo and Moscow: energy, security, fisheries and the territorial dispute.",
    label="restatement",
    note="Round-up where no paragraph is new: the islands paragraph restates requests and unchanged positions (Japan urges resumption; Moscow says conditions absent) - seed positions.",
    author="Plover Wire Asia desk", section="Weekly round-ups", tags=["Japan", "Russia", "Quarterly"],
    body="""
TOKYO, March 16 (Plover Wire) - The first quarter of 2027 in relations between Japan and Russia, in five parts.

## Energy

Two Japanese utilities rolled over expiring Sakhalin-2 contracts for a further three years at undisclosed prices, saying long-term supply security outweighed diversification concerns.

## Security

Reports in Russian media of a planned exchange of a detained Japanese businessman for a Russian convicted in Tokyo came to nothing; both governments declined to comment.

## Fisheries

Hokkaido kelp harvesters near Kaigara Island began talks with their Russian counterparts on this year's terms, which are normally agreed in May. Crab prices stabilised after last year's slump.

## Trade

Bilateral trade fell 4 percent in 2026, the fifth consecutive annual decline.

## The islands

At the February rally in Tokyo, the prime minister again said Japan would pursue a resolution of the territorial issue and a peace treaty, and urged Russia to resume visa-free exchanges and visits by former residents. Moscow's foreign ministry responded that the conditions for a dialogue on a peace treaty were absent while Japan continued its sanctions policy. Neither statement differed from those of previous years.
""",
    related=["Japan and Russia in 2025: the year in ten moments", "Sakhalin-2 buyers extend contracts",
             "Kelp harvest talks begin in Nemuro"],
),
# ------------------------------------------------------------------------------------------
dict(
    key="sakhalin-office-trim", feed="whinchat-hokkaido", lang="en", published="2027-05-11T07:00:00Z",
    title="Hokkaido trims its Sakhalin office as business with Russia dwindles",
    summary="The prefecture's representative office in Yuzhno-Sakhalinsk will be cut to two staff from four, officials said; it once handled logistics for the visa-free exchanges.",
    label="neutral",
    note="Borderline: an administrative change in Hokkaido's Russia-related presence; touches the exchanges historically but is not a development on the dispute.",
    author="Kenta Ogawa", tags=["Hokkaido government", "Sakhalin"],
    body="""
SAPPORO - Hokkaido will cut the staff of its representative office in Yuzhno-Sakhalinsk by half from June, prefectural officials said on Monday, citing a steep fall in business inquiries since 2022.

The office, opened in 1999 to promote trade and exchanges with the Sakhalin region, will keep two employees, down from four, and move to smaller premises in the same building, the officials said. It will not be closed.

In its busiest years the office handled hundreds of inquiries from Hokkaido companies interested in Sakhalin's oil and gas projects, as well as logistics for cultural delegations and for the visa-free exchanges between Nemuro and the Russian-held islands. Those exchanges have not taken place since Russia ended them in 2022.

"The office's role as a window to Sakhalin remains important, including for emergencies involving Hokkaido residents," an official of the prefecture's international affairs division said.

Governor Naomichi Suzuki told reporters the decision was "a matter of efficiency" and did not reflect any change in the prefecture's policy toward Russia or the territorial issue.
""",
    related=["Hokkaido's budget: tourism up, Russia exchanges down", "Sakhalin ferry to Wakkanai will not run this summer",
             "Nemuro's tax zone attracts first two companies"],
),
]
