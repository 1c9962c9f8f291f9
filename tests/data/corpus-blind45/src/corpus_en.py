# English-language articles of the blind45 corpus.
# Seed shorthand used in notes: S0 = Sputnik 2022-03-21 (MFA statement), S1 = TASS 2022-03-22
# (Galuzin, protest by Hayashi), S2 = Peskov "impossible" / Kishida "steadfast" (2023),
# S3 = RT 2022-03-21 (visa-free scrapped, history), S4 = TASS 2024-02-08 (Rudenko).

ARTICLES = [
dict(
    id="cx-240215", feed="countinghouse", lang="en", published="2024-02-15T06:10:00Z",
    title="Japanese utilities keep Sakhalin-2 cargoes flowing as winter contracts roll over",
    summary="At least three Japanese buyers have extended arrangements for LNG from the Russian project, citing supply security, even as political ties with Moscow stay frozen.",
    label="off_topic",
    note="Unrelated Japan-Russia energy trade (Sakhalin is not the disputed islands); the 'diplomatic freeze' is mentioned only in passing.",
    section="Energy", author="Kenji Arakawa",
    body="""TOKYO — Japanese power and gas companies are continuing to lift liquefied natural gas from Russia's Sakhalin-2 project, with at least three buyers rolling over arrangements that were due to lapse this spring, according to four people familiar with the contracts.

The project, in which Mitsui & Co and Mitsubishi Corp kept their minority stakes after Moscow transferred the operator to a new Russian entity in 2022, supplied close to a tenth of Japan's LNG imports last year. Tokyo has kept the cargoes outside its sanctions on energy-security grounds, and Washington has so far extended the licences that allow dealings with the venture.

"Walking away would simply hand the volumes to buyers in China, and we would be paying spot prices to replace them," said an executive at one utility, who asked not to be named because the terms are confidential. Prices under the legacy contracts are well below current spot levels, he said.

Traders said shipping, rather than politics, was the immediate worry. Ice-class tankers able to serve the Prigorodnoye terminal on the southern tip of Sakhalin through the winter are scarce, and insurers have raised premiums for voyages that call at Russian ports.

Japan's imports of Russian crude oil, by contrast, have dwindled to almost nothing since 2022, and purchases of Russian coal are down sharply. Officials in both capitals have avoided linking the LNG trade to the wider diplomatic freeze.

"The gas keeps moving because both sides need it to," said Yuki Hamasaki, an energy analyst at a Tokyo brokerage. "The real test comes when the US licence is up for renewal again. If that lapses, the utilities will have very little room to manoeuvre."

Shares of the two trading houses were little changed in Tokyo on Thursday.""",
),
dict(
    id="lg-240321", feed="longitude", lang="en", published="2024-03-21T07:00:00Z",
    title="Two years after the walkout, silence is the policy",
    summary="On March 21st 2022 Moscow stopped negotiating a peace treaty with Tokyo. How it happened, and why nothing has moved since.",
    label="restatement",
    note="Anniversary piece: retells in detail the March 2022 MFA statement (S0, S3), Galuzin/Hayashi (S1), Peskov (S2) and Rudenko's 'categorically impossible' (S4). Nothing new; 'no meeting is scheduled'.",
    section="Asia", kicker="Japan and Russia",
    standfirst="On March 21st 2022 Moscow stopped negotiating a peace treaty with Tokyo. How it happened, and why nothing has moved since",
    dateline="TOKYO",
    body="""It took the Russian foreign ministry a little over 200 words to end the most ambitious attempt in a generation to close the books on the second world war in the Pacific. The statement, posted on a Monday afternoon two years ago today, said that Russia "under the current conditions, does not intend to continue negotiations with Japan on the peace treaty", because it was "impossible to discuss the signing of a fundamental document on bilateral relations with a state that takes openly unfriendly positions". Japan had joined Western sanctions over Ukraine less than a month earlier.

The same statement dismantled most of what three decades of diplomacy had built around the four islands Russia calls the southern Kurils and Japan the Northern Territories. It ended the visa-free exchanges that had let Japanese citizens travel to Iturup, Kunashir, Shikotan and the Habomai islets since 1991, together with the simplified trips for former residents agreed in 1999. It withdrew Russia from talks on joint economic activities on the islands, a project Shinzo Abe had championed as a way to build trust. And, in a flourish that puzzled some in Tokyo, it blocked the extension of Japan's status as a sectoral dialogue partner of the Organisation of the Black Sea Economic Cooperation.

Tokyo protested within a day. Yoshimasa Hayashi, then foreign minister, lodged a complaint with Mikhail Galuzin, Russia's ambassador, who went on Rossiya-24 to say that Japan's sanctions had made "the spirit of friendship and neighbourliness disappear without a trace". Moscow's line has not softened since. Early last year Dmitry Peskov, the Kremlin's spokesman, said that negotiating a treaty under such conditions "seems impossible". Last month Andrei Rudenko, a deputy foreign minister, told TASS that resuming the dialogue was "categorically impossible" and that the key condition for any normalisation was Tokyo abandoning its "hostile policy", not "ephemeral signals".

What was lost? Less than Abe's admirers claim, say sceptics. The agreement of 2018 to speed up talks on the basis of the 1956 joint declaration had already stalled by 2020. But the exchanges were real: some 30,000 Japanese visited the islands under the visa-free programme, and for former residents, now mostly in their late 80s, the grave visits mattered more than any treaty.

Japan's government still says its aim is to resolve the territorial issue and then conclude a treaty. Nobody expects that soon. "Both sides have an interest in the file looking dead," says a former Japanese diplomat who worked on the 2018 talks. "Moscow because it can blame sanctions. Tokyo because it does not have to explain why it failed."

For now the silence is itself the policy. No meeting is scheduled, and neither capital is pretending otherwise.""",
),
dict(
    id="bw-240605", feed="brantwood", lang="en", published="2024-06-05T21:30:00Z",
    title="Putin says Russia could talk to Japan again 'if Tokyo changes course'",
    summary="Meeting heads of foreign news agencies in St Petersburg, the Russian president said Moscow had not 'slammed the door' on Japan but put the onus on Tokyo.",
    label="restatement",
    note="Conditional ('would be prepared ... if'): restates S4 (key condition = Tokyo dropping hostile policy, no topics for discussion) and S1/S3 (sovereignty not in question). No talks resumed.",
    author="Pavel Kirsanov", credit="Reporting by Pavel Kirsanov; Writing by Clare Whitby; Editing by Hugh Marland",
    body="""ST PETERSBURG, June 5 (Brantwood) - President Vladimir Putin said on Wednesday that Russia would be prepared to resume contacts with Japan on a post-war peace treaty if Tokyo abandoned what he called its hostile course, but he gave no sign that Moscow was ready to return to the negotiations it broke off in 2022.

"We did not slam the door. It was the Japanese government that chose sanctions and, let us be frank, chose to help the Kyiv regime," Putin told heads of international news agencies on the sidelines of the St Petersburg International Economic Forum. "If Japan changes its course, we will look at it. Today I do not see subjects for a serious conversation."

Asked whether a treaty would require Russia to discuss the status of the southern Kuril Islands, Putin said Russia's sovereignty over them was "not a subject for discussion" and was fixed in international documents adopted after World War Two.

Japan's government had no immediate comment. Tokyo says the four islands, seized by Soviet troops in 1945, are Japanese territory and that a treaty can only follow a settlement of the territorial question.

Russia said in March 2022 that it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions over the war in Ukraine, and scrapped visa-free trips by Japanese citizens to the islands. In February, Deputy Foreign Minister Andrei Rudenko said resuming the dialogue was "categorically impossible" in the current situation.""",
),
dict(
    id="ci-240718", feed="cairnhill", lang="en", published="2024-07-18T08:00:00Z",
    title="Could the Kurils end up on the Ukraine table?",
    summary="Some commentators in Tokyo worry about a grand bargain between Washington and Moscow that touches the islands. The record points the other way.",
    label="restatement",
    note="Question-headline analysis; restates S0/S4 (no talks, sovereignty not in question) and S2 (fear of US bases). Speculation only.",
    author="Tomas Ekwall", role="Senior Fellow, North Pacific Programme",
    body="""Every few months a version of the same question lands in our inbox: if the United States and Russia ever sit down to end the war in Ukraine, could the southern Kurils, Japan's Northern Territories, be traded as part of a wider settlement? The short answer is no. The longer answer is worth setting out, because the question says more about anxieties in Tokyo than about the islands.

First, Moscow has given no sign that the islands are negotiable. Its position since March 2022 has been consistent: it does not intend to continue peace-treaty negotiations with a state that "takes openly unfriendly positions", and Russia's sovereignty over the four islands "cannot be called into question". In February Deputy Foreign Minister Andrei Rudenko went further, calling any resumption of dialogue "categorically impossible" and listing Japan's sanctions, its support for Ukraine and its military activity with the United States near Russia's Far Eastern borders as reasons.

Second, the strategic logic runs against a deal. Russian officials have long argued that islands handed to Japan could host American bases or missiles. That fear has grown, not shrunk, since 2022. The bastion in the Sea of Okhotsk where Russia keeps its ballistic-missile submarines depends on control of the straits through the Kuril chain.

Third, Washington has no reason to put an ally's claim on the table, and Tokyo would not accept it. Japan's government continues to say that it will resolve the territorial question and then conclude a peace treaty, a formula that has not changed in decades.

None of this means the file is frozen for ever. A ceasefire in Ukraine could, in time, allow some of the humanitarian arrangements scrapped in 2022, such as the visa-free exchanges and the simplified visits for former residents, to be discussed again. But that would be a return to the modest confidence-building of the past, not a grand bargain. Anyone expecting the islands to change hands as part of a Ukraine deal is likely to be disappointed.""",
),
dict(
    id="bw-240827", feed="brantwood", lang="en", published="2024-08-27T07:55:00Z",
    title="'Every metre will be defended': Russian defence chief tours islands claimed by Japan",
    summary="Andrei Belousov visited Iturup and Kunashir on Tuesday, his first trip to the Kurils since he became defence minister in May.",
    label="new_development", group="g-belousov-visit",
    new_facts=["Russian Defence Minister Andrei Belousov visited Iturup and Kunashir on Aug 27, 2024 (first trip to the islands as minister), inspecting troops and a Bastion coastal missile battery"],
    must_mention=[["belousov", "defence minister", "defense minister"], ["iturup", "kunashir", "kuril", "etorofu"]],
    note="Same visit as pt-240827 (first report, Russian regional TV); quote headline. New: a specific visit by the defence minister; seeds only say Japan protests Russian officials' visits in general (S2).",
    author="Pavel Kirsanov", credit="Reporting by Pavel Kirsanov; Additional reporting by Hana Oyama in Tokyo; Editing by Hugh Marland",
    body="""VLADIVOSTOK, Aug 27 (Brantwood) - Russian Defence Minister Andrei Belousov flew to the southern Kuril Islands on Tuesday, inspecting troops and coastal missile positions on islands that Japan claims as its Northern Territories, Russian regional television and the defence ministry said.

Belousov, an economist who replaced Sergei Shoigu in May, visited units of the 18th Machine-Gun Artillery Division on Iturup, which Japan calls Etorofu, and viewed a Bastion coastal missile battery before flying on to Kunashir, Sakhalin's Purga TV reported. It was his first visit to the islands as minister.

"The Kurils are the forward line of the country's defence in the Pacific. Every metre of this land will be defended just like any other Russian territory," Belousov told servicemen, according to a ministry statement.

The commanders of the Eastern Military District and the Pacific Fleet accompanied the minister, the ministry said, without giving details of what he inspected on Kunashir.

There was no immediate comment from Tokyo, which routinely protests visits by senior Russian officials to the islands seized by Soviet forces at the end of World War Two.

The dispute has kept Moscow and Tokyo from signing a formal peace treaty. Russia broke off treaty talks in March 2022 over Japanese sanctions imposed after its invasion of Ukraine.""",
),
dict(
    id="bw-240920", feed="brantwood", lang="en", published="2024-09-20T04:10:00Z",
    title="Russia lets former Japanese islanders pray at Kunashir graves — by video link",
    summary="Moscow has agreed to a one-off live feed from a Japanese cemetery on the Russian-held island. The visits themselves remain suspended.",
    label="new_development", group="g-online-grave",
    new_facts=["Russia allowed, for this year only, a live video feed from the Japanese cemetery in Yuzhno-Kurilsk (Furukamappu), Kunashir, so former islanders in Nemuro can hold an 'online grave visit' on Sept 28, 2024; no travel to the island, visits stay suspended"],
    must_mention=[["video", "live", "stream", "online"], ["kunashir", "furukamappu", "yuzhno-kurilsk", "cemetery", "grave"]],
    note="Rewrite of km-240919 (first report, Japanese local paper), leads with the video link. Neither resumption nor halt: a one-time, this-year-only arrangement; S0/S1 termination of visa-free trips still stands.",
    author="Hana Oyama", credit="Reporting by Hana Oyama; Editing by Clare Whitby",
    body="""TOKYO, Sept 20 (Brantwood) - Russia has agreed to let elderly former Japanese residents of the Russian-held Kuril Islands take part in a memorial at a family cemetery on Kunashir by live video, a one-off arrangement that falls short of restoring the visits Moscow halted in 2022, Japanese officials and a former residents' group said on Friday.

Russian municipal staff will film at the Japanese cemetery in Yuzhno-Kurilsk, known in Japan as Furukamappu, on Sept. 28 and stream the pictures to a hall in Nemuro, eastern Hokkaido, where about 30 former islanders and relatives will lay flowers and burn incense before a screen.

A Japanese foreign ministry official said Moscow had described the permission as a humanitarian gesture "for this year only". No Japanese will travel to the island.

"This is not a resumption of grave visits, and we will keep asking for those," the official said, speaking on condition of anonymity because the arrangement was agreed through diplomatic channels.

Russia said in March 2022 that it was ending visa-free travel for Japanese citizens to the islands, including simplified visits for former residents, in response to Tokyo's sanctions over Ukraine. It also halted peace treaty talks.

The average age of the roughly 5,000 surviving former residents, who were expelled after Soviet forces took the islands in 1945, is over 88.""",
),
dict(
    id="bw-241009", feed="brantwood", lang="en", published="2024-10-09T10:00:00Z",
    title="Armenia, Azerbaijan say peace treaty 'close' but constitution dispute lingers",
    summary="Most articles of a draft treaty have been agreed, officials on both sides said, but Baku still wants changes to Armenia's constitution before signing.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Armenia-Azerbaijan). No Japan or Kurils.",
    author="Lilit Harutyunyan", desk="europe", credit="Reporting by Lilit Harutyunyan in Yerevan and Farid Aliyev in Baku; Editing by Hugh Marland",
    body="""BAKU/YEREVAN, Oct 9 (Brantwood) - Armenia and Azerbaijan have agreed on most articles of a draft peace treaty to end decades of conflict, but Baku's demand that Armenia first amend its constitution remains an obstacle to signing, officials on both sides said on Wednesday.

"We have never been closer to a text both sides can live with," Armenia's foreign minister told reporters in Yerevan after the latest exchange of drafts. "What remains are questions of political will, not of wording."

Azerbaijan's foreign ministry said in a statement that "substantial progress" had been made, but that a lasting peace required Yerevan to remove what it called territorial claims from its constitution, whose preamble refers to a 1990 declaration of independence.

Armenia says the constitution contains no claims on Azerbaijan and that a referendum to change it cannot be held on Baku's timetable.

The treaty would establish diplomatic relations, commit both sides to recognise each other's territorial integrity and create a commission to delimit the 1,000-km (620-mile) border, sections of which were agreed earlier this year.

The neighbours have fought two wars over Nagorno-Karabakh, a region internationally recognised as part of Azerbaijan. Azerbaijan retook the territory in a lightning offensive in September 2023, prompting most of its roughly 100,000 ethnic Armenians to flee.

Diplomats said a signing ceremony was unlikely before next year.""",
),
dict(
    id="bw-241119", feed="brantwood", lang="en", published="2024-11-19T09:30:00Z",
    title="Japan urges Russia to let ageing former islanders visit family graves",
    summary="Tokyo's foreign minister said grave visits should be treated as a humanitarian matter separate from relations; Moscow has not responded.",
    label="restatement",
    note="Requested move ('urged Russia to allow'): visits remain terminated (S0, S1). The September video link (g-online-grave) appears only as background.",
    author="Hana Oyama", credit="Reporting by Hana Oyama; Editing by Clare Whitby",
    body="""TOKYO, Nov 19 (Brantwood) - Japan's foreign minister on Tuesday urged Russia to allow former residents of the Russian-held islands off Hokkaido to resume visits to family graves, saying the elderly islanders could not wait for relations between the two countries to improve.

"We strongly call on the Russian side to allow grave visits to resume, as a humanitarian matter that should be separated from the state of our relations," the minister told a regular news conference. "Time is not on the side of the former residents."

The minister said Tokyo had repeated the request through diplomatic channels but that Moscow had not given an answer.

Russia ended visa-free travel for Japanese citizens to the four islands, known in Russia as the southern Kurils and in Japan as the Northern Territories, in March 2022 in response to Japan's sanctions over the war in Ukraine. The decision also covered simplified visits by former residents under a 1999 agreement. In September Moscow allowed a one-time video link from a cemetery on Kunashir, which Tokyo said was not a resumption of the visits.

Russian officials have said relations cannot improve while Japan maintains what they call an unfriendly course. The Russian embassy in Tokyo did not immediately respond to a request for comment.

Japan says the islands, seized by Soviet troops in 1945, are Japanese territory. The dispute has prevented the two countries from signing a peace treaty.""",
),
dict(
    id="lg-250116", feed="longitude", lang="en", published="2025-01-16T06:00:00Z",
    title="Around the Senkakus, China's coast guard never leaves",
    summary="Chinese ships spent almost every day of 2024 near the Japanese-administered islets. Tokyo is running out of ways to respond.",
    label="off_topic",
    note="Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China). The Kurils appear in one comparative sentence only.",
    section="Asia", kicker="Japan and China",
    standfirst="Chinese ships spent almost every day of 2024 near the Japanese-administered islets. Tokyo is running out of ways to respond",
    dateline="ISHIGAKI",
    body="""From the harbour at Ishigaki, the nearest inhabited Japanese island, the Senkakus are a five-hour run for the fishing boats that still go there. Almost every time they arrive, a grey-hulled ship of China's coast guard is waiting. Last year Chinese government vessels were present in the contiguous zone around the islets on all but a handful of days, a record, and they entered Japan's territorial waters dozens of times, sometimes staying for more than 80 hours.

China claims the uninhabited islets, which it calls the Diaoyu, and says its patrols are "law-enforcement activities in its own waters". Japan, which has administered them since 1972, says there is no territorial dispute to discuss. Both positions are fixed; what has changed is the tempo. Since Beijing passed a law in 2021 allowing its coast guard to use weapons against foreign vessels in waters it claims, Japanese fishermen say the ships shadow them more closely and more aggressively.

Tokyo's answer has been to build. The Japan Coast Guard has added large patrol vessels to its 11th regional headquarters in Okinawa and plans more. But officials admit that hulls alone do not change the calculation. "They want to show that they are exercising jurisdiction every single day," says a former coast guard commander. "We can match them ship for ship and they will still be there tomorrow."

America has said repeatedly that the islets fall under Article 5 of its security treaty with Japan. That deters an invasion; it does little about grey-zone pressure.

Japan has two other territorial disputes, with South Korea over the rocks it calls Takeshima and with Russia over the islands it calls the Northern Territories. Neither involves anything like this daily contest at sea. In the East China Sea, Japanese diplomats say, the risk is less a war than an accident, and nobody has yet built the hotline that would stop one from escalating.""",
),
dict(
    id="bw-250403", feed="brantwood", lang="en", published="2025-04-03T12:45:00Z",
    title="Russia bars Hokkaido governor, Nemuro mayor as it widens Japan entry ban",
    summary="The Russian foreign ministry added 17 Japanese, including regional leaders who campaign for the return of the disputed islands, to its stop-list.",
    label="new_development", group="g-entry-ban",
    new_facts=["Russia banned indefinitely 17 Japanese from entry on Apr 3, 2025, including the governor of Hokkaido, the mayor of Nemuro and leaders of former islanders' groups, citing sanctions and the 'Northern Territories' campaign"],
    must_mention=[["entry", "banned", "bars", "ban"], ["hokkaido", "nemuro"]],
    note="Rewrite of bs-250403 (first report, Russian agency), leads with the governor and adds Tokyo's reaction. New: entry ban on these officials; not in seeds.",
    author="Pavel Kirsanov", credit="Reporting by Pavel Kirsanov in Moscow and Hana Oyama in Tokyo; Editing by Clare Whitby",
    body="""MOSCOW/TOKYO, April 3 (Brantwood) - Russia on Thursday banned the governor of Japan's northern island of Hokkaido, the mayor of the port city of Nemuro and 15 other Japanese citizens from entering the country indefinitely, citing Tokyo's sanctions and its campaign to reclaim islands held by Russia.

The foreign ministry said the measure was a response to "continuing anti-Russian sanctions" and to a campaign "for the so-called return of the northern territories" encouraged by the Japanese authorities. The list also includes the speaker of Hokkaido's prefectural assembly and leaders of a league representing former residents of the islands, the ministry said.

Nemuro, on the eastern tip of Hokkaido, faces the nearest of the four islands, which Soviet forces seized at the end of World War Two. The city hosts rallies for their return and the centre that served visa-free visits to the islands until Russia ended them in 2022.

Japan's chief cabinet secretary called the ban "extremely regrettable" and said Tokyo had lodged a protest. "It is unacceptable that Russia shifts responsibility for the current state of relations onto Japan," he told reporters.

Moscow has barred dozens of Japanese officials, lawmakers and journalists since 2022 in tit-for-tat moves over sanctions, but officials in Tokyo said it was the first time it had targeted local leaders at the heart of the campaign over the islands.

Russia broke off peace treaty talks with Japan in March 2022, saying it could not negotiate with a country that had taken "openly unfriendly positions".""",
),
dict(
    id="bw-250611", feed="brantwood", lang="en", published="2025-06-11T12:20:00Z",
    title="Kremlin says no peace treaty talks with Japan are planned",
    summary="'There is no such process, and none is planned,' spokesman Dmitry Peskov said, dismissing a Japanese newspaper report about possible contacts.",
    label="restatement",
    note="An official says something will NOT happen: restates S2 (Peskov: talks impossible) and S4. Dismisses a press report; nothing happened.",
    author="Pavel Kirsanov", credit="Reporting by Pavel Kirsanov; Editing by Hugh Marland",
    body="""MOSCOW, June 11 (Brantwood) - The Kremlin said on Wednesday there were no plans to resume talks with Japan on a peace treaty, dismissing a Japanese newspaper report that officials were exploring contacts on the sidelines of a regional meeting in Southeast Asia.

"There is no such process, and none is planned," Kremlin spokesman Dmitry Peskov told reporters when asked about the report. "The conditions that made such negotiations impossible have not gone anywhere. Tokyo continues its unfriendly policy."

Peskov said Russia was "open to dialogue with everyone", but that Japan had chosen sanctions and support for Ukraine. He declined to say whether any contacts between diplomats had taken place.

A Japanese foreign ministry spokesperson said Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged, and declined to comment on the newspaper report.

Russia halted peace treaty negotiations in March 2022 after Japan joined Western sanctions over the war in Ukraine. In February 2024 Deputy Foreign Minister Andrei Rudenko said a resumption of the dialogue was "categorically impossible" in the current environment.

The two countries never signed a treaty formally ending World War Two hostilities because of the dispute over four islands off Hokkaido, which Russia calls the southern Kurils and Japan the Northern Territories.""",
),
dict(
    id="cx-250724", feed="countinghouse", lang="en", published="2025-07-24T04:00:00Z",
    title="Kuril tax haven draws dozens of firms — almost none from abroad",
    summary="Three years after Moscow offered long tax holidays on the islands, the register is dominated by local fishing and construction companies.",
    label="neutral",
    note="Borderline: statistics on an existing Russian tax regime (2022 law, not in seeds); no event, no official move.",
    section="Economy", author="Kenji Arakawa",
    body="""YUZHNO-SAKHALINSK — When Moscow turned the Kuril Islands into a special tax zone in 2022, officials talked of foreign investors lining up for two decades of exemptions from profit, property and land taxes. Three years on, the register of residents tells a more modest story.

According to figures published by the Sakhalin regional government, 68 companies have signed up to the regime, pledging about 41 billion roubles ($520 million) of investment. More than half are in fishing and fish processing; most of the rest are in construction, transport and small-scale tourism. Only two have foreign shareholders, neither of them Japanese.

"The tax break is generous, but you still have to get your equipment and people there," said the owner of a Kunashir construction firm. "Fog closes the airport for days. The ferry is full. Costs eat the savings."

Moscow has said the regime is open to investors from "friendly countries" and, pointedly, from Japan. Tokyo has told its companies that doing business on the islands under Russian law would undermine Japan's claim to them, and no Japanese firm has applied.

The largest projects remain state-linked: a fish-processing complex on Shikotan and housing for the growing military presence on Iturup. Bankers in Yuzhno-Sakhalinsk say private lending to island projects is scarce, with local lenders demanding collateral on the mainland.

Regional officials insist the numbers are improving and point to a 30 per cent rise in tax-regime revenue last year. Economists are less sure. "It is a subsidy for companies that were already there," said a Moscow-based analyst who follows the Far East. "It has not changed who wants to be there.\"""",
),
dict(
    id="bw-250828a", feed="brantwood", lang="en", published="2025-08-28T10:05:00Z",
    title="Japan, Russia officials meet in Kuala Lumpur on peace treaty issues - Japanese ministry",
    summary="Senior Japanese and Russian diplomats met in the Malaysian capital on Thursday, Japan's foreign ministry said.",
    label="status_change", group="g-kl-talks",
    new_facts=["Japanese and Russian senior diplomats (Russia: Deputy FM Rudenko) held consultations covering the peace treaty in Kuala Lumpur on Aug 28, 2025, first since Russia stopped treaty negotiations in March 2022 (halted -> resumed)"],
    must_mention=[["kuala lumpur", "consultations", "talks"], ["peace treaty"]],
    note="Terse wire flash on the consultations first reported by jb-250828. Status move: talks halted since March 2022 (S0, S4 'categorically impossible') -> consultations held.",
    author="Hana Oyama", credit="Reporting by Hana Oyama in Tokyo; Editing by Clare Whitby", flash=True,
    body="""KUALA LUMPUR, Aug 28 (Brantwood) - Senior Japanese and Russian foreign ministry officials held talks in Kuala Lumpur on Thursday that covered the two countries' long-unsigned peace treaty, Japan's foreign ministry said.

It was the first such meeting since Moscow said in March 2022 that it would not continue peace treaty negotiations with Tokyo because of Japan's sanctions over Ukraine.

Russian Deputy Foreign Minister Andrei Rudenko took part, the Japanese ministry said in a brief statement. It gave no further details.

The Russian foreign ministry did not immediately comment.

The two countries have never signed a peace treaty formally ending World War Two hostilities because of a dispute over four islands off Hokkaido, which Russia calls the southern Kurils and Japan the Northern Territories.""",
),
dict(
    id="bw-250828b", feed="brantwood", lang="en", published="2025-08-28T13:30:00Z",
    title="UPDATE 2-Japan, Russia agree to meet again after first treaty consultations since 2022",
    summary="A next round is to be held in Tokyo; Moscow called Thursday's meeting in Kuala Lumpur 'a frank exchange of views'.",
    label="status_change", group="g-kl-talks",
    new_facts=["After the Kuala Lumpur consultations the sides agreed to continue, with a next round in Tokyo"],
    must_mention=[["consultations", "talks"], ["tokyo", "agree", "kuala lumpur"]],
    note="Wire update of the same development (g-kl-talks): adds Russian MFA statement and the agreed next round in Tokyo. Follow-up in group.",
    author="Hana Oyama", credit="Reporting by Hana Oyama in Tokyo and Pavel Kirsanov in Moscow; Editing by Clare Whitby",
    update_note="Adds Russian foreign ministry statement, Japanese official's comment, agreement on next round",
    body="""KUALA LUMPUR/MOSCOW, Aug 28 (Brantwood) - Japan and Russia agreed on Thursday to continue consultations that touch on their unsigned post-war peace treaty, after senior diplomats met in Kuala Lumpur for the first such talks since Moscow walked away from negotiations in 2022.

The two sides will hold a next round in Tokyo, with dates still to be coordinated, Japan's foreign ministry said after the roughly three-hour meeting between Russian Deputy Foreign Minister Andrei Rudenko and Japan's deputy minister for foreign affairs.

In a statement, the Russian foreign ministry confirmed the meeting and said there had been "a frank exchange of views on the agenda of bilateral relations, including the problematics of a peace treaty". It did not mention the territorial dispute.

"It is a start. Whether it becomes a negotiation depends on what happens in Tokyo," a Japanese government official told Brantwood, declining to be named because of the sensitivity of the talks.

The official said Japan had also pressed for the resumption of visits by former island residents to family graves, but that the Russian side gave no answer.

Russia said in March 2022 it did not intend to continue peace treaty negotiations with a country taking "openly unfriendly positions", after Tokyo joined Western sanctions over Ukraine. As recently as February 2024, Rudenko called a resumption of the dialogue "categorically impossible".

Analysts said both sides had practical reasons to talk, from fishing around the islands to the risk of incidents at sea. "Nobody should mistake this for a thaw," said a Tokyo-based diplomat from a G7 country. "It is a channel, and channels can be closed again.\"""",
),
dict(
    id="lg-251002", feed="longitude", lang="en", published="2025-10-02T07:00:00Z",
    title="A wartime escort named for a northern island turns up off Luzon",
    summary="Divers have identified the wreck of the Matsuwa, one of the Etorofu-class escort ships of the Imperial Japanese Navy.",
    label="off_topic",
    note="Look-alike: a ship class named after Etorofu (Iturup) and a ship named after Matsuwa (Matua). WWII wreck story, nothing about the dispute.",
    section="Science & history", kicker="Maritime archaeology",
    standfirst="Divers have identified the wreck of the Matsuwa, one of fourteen Etorofu-class escorts built for Japan's navy",
    dateline="MANILA",
    body="""The Imperial Japanese Navy named its wartime escort ships after islands, and the Etorofu class took its name from the largest of the Kurils, the island Russia now calls Iturup. Fourteen were built in 1943 and 1944 to guard the convoys carrying oil and rubber north from South-East Asia. Most did not survive the war. One of them, the Matsuwa, named for a small volcanic island in the middle of the Kuril chain, has now been found.

A team of Filipino and Japanese divers identified the wreck last month at a depth of about 70 metres off the western coast of Luzon. The Matsuwa was torpedoed by the American submarine Harder in August 1944 while escorting a convoy towards Manila. Sonar images and a bell recovered from the site, bearing the ship's name, settled the matter.

"The hull is broken in two but the forward gun is still in place," says the expedition's leader, a marine archaeologist at a university in Manila. The team believes that several dozen crew members went down with the ship, and Japan's health ministry, which handles the remains of war dead abroad, has been informed.

Escort ships were the poor relations of the Japanese fleet: small, slow and built in a hurry. Their histories are poorly recorded, which is what makes finds like this one valuable. The divers plan to return next spring to survey the stern section and to search for a second Etorofu-class escort believed to lie nearby.

For the families of the crew, the discovery brings a kind of closure. A woman in Kure whose grandfather served aboard told a local newspaper that she hoped a memorial service could be held at sea above the wreck.""",
),
dict(
    id="bw-251022", feed="brantwood", lang="en", published="2025-10-22T09:55:00Z",
    title="Russian border patrol boat entered Japanese waters off Hokkaido, Tokyo says",
    summary="Japan protested after a Russian border guard vessel crossed into its territorial sea off the fishing town of Rausu for about 40 minutes.",
    label="new_development", group="g-waters",
    new_facts=["A Russian FSB border guard patrol boat crossed the Nemuro Strait median line and stayed about 40 minutes in Japanese territorial waters off Rausu on Oct 21, 2025, the first such intrusion confirmed by Japan's coast guard; Tokyo protested"],
    must_mention=[["territorial waters", "japanese waters", "territorial sea"], ["patrol boat", "border guard", "border patrol", "border service"]],
    note="Same incident as km-251022 (first report, Japanese local paper) and jb-251022. New: an incident not in seeds.",
    author="Hana Oyama", credit="Reporting by Hana Oyama; Editing by Hugh Marland",
    body="""TOKYO, Oct 22 (Brantwood) - A Russian border guard patrol boat crossed into Japan's territorial waters off Hokkaido on Tuesday, the first such intrusion by a Russian government vessel confirmed by Japan's coast guard, and Tokyo lodged a strong protest, the government said on Wednesday.

The vessel, belonging to the border service of Russia's FSB security agency, crossed the median line in the Nemuro Strait, which separates Hokkaido from Russian-held Kunashir, and stayed in Japanese waters off the town of Rausu for about 40 minutes on Tuesday afternoon, the coast guard said. A Japanese patrol ship warned it by radio and it returned to the Russian side.

"This is a violation of our sovereignty and absolutely unacceptable," Japan's chief cabinet secretary told a news conference, adding that Tokyo had demanded that Moscow prevent a recurrence.

The Russian embassy in Tokyo did not immediately comment. Russia's border service, which patrols the waters around the islands Japan claims, has in the past detained Japanese fishing boats it accuses of fishing illegally on its side of the line.

Fishermen in Rausu, who work close to the median line, said they were alarmed. "If they come into our waters, where are we supposed to feel safe?" one skipper told a local newspaper.

The four islands, known in Russia as the southern Kurils and in Japan as the Northern Territories, were seized by Soviet forces in 1945. Russia broke off peace treaty talks in 2022.""",
),
dict(
    id="cx-251209", feed="countinghouse", lang="en", published="2025-12-09T05:00:00Z",
    title="Nemuro's fish market shrinks as waters near the islands close in",
    summary="Landings at Japan's easternmost port fell for a fourth year; the city wants Tokyo to treat its slump as a cost of the territorial dispute.",
    label="neutral",
    note="Borderline economic feature on Nemuro; restates the 2022 halt of exchanges (S0/S3) and gives local data, no official move.",
    section="Economy", author="Kenji Arakawa",
    body="""NEMURO, Hokkaido — At dawn the auction floor at Hanasaki port used to be crowded with saury boats. This autumn, on many mornings, there was room to park a forklift between the crates. Landings at Nemuro, Japan's easternmost fishing port, fell for a fourth consecutive year in 2025, according to preliminary city figures, to about half their level a decade ago.

Most of the decline is down to the sea. Saury shoals have moved offshore as waters warm, and salmon returns have been weak. But fishermen and city officials say geography makes it worse. Nemuro sits a few kilometres from islands held by Russia, and its boats depend on annual agreements with Moscow to fish in nearby waters, with quotas that have shrunk and fees that have risen.

"We are fishing in a smaller and smaller box," said the head of a local cooperative. "The fish go where they want. We cannot follow them."

The city has asked the central government for more support under the law that funds communities next to the Northern Territories, arguing that the freeze in relations with Russia since 2022, which ended visa-free exchanges with the islands and the visitors they brought, has cost it tourism as well as fish. The exchange centre in the city, built for island visitors, now hosts school trips and exhibitions.

Processors are adapting. One company has switched its saury line to sardines, which have been abundant; another is importing frozen fish from Norway to keep its factory running through the winter.

Economists say Nemuro's problem is also Japan's: an ageing fishing workforce, a changing ocean and a border that no one expects to move.""",
),
dict(
    id="ci-260123", feed="cairnhill", lang="en", published="2026-01-23T14:00:00Z",
    title="Moscow hits pause on the Kuala Lumpur channel — and tells Tokyo why",
    summary="Russia has suspended the peace-treaty consultations it resumed with Japan in August and called off the round planned for Tokyo. A first read.",
    label="status_change", group="g-freeze",
    new_facts=["Russia suspended the peace-treaty consultations with Japan resumed in Kuala Lumpur in Aug 2025 and cancelled the second round planned in Tokyo for February (resumed -> suspended), citing Japan joining the G7 'reparations loan'"],
    must_mention=[["suspend", "pause", "called off", "cancel"], ["consultations", "talks", "round"]],
    note="Think-tank read of the suspension first reported by bs-260122. Status move: consultations resumed (g-kl-talks) -> suspended.",
    author="Mariko Senda", role="Research Associate, North Pacific Programme",
    body="""Five months after it ended a three-year silence, Moscow has closed the channel again. On 22 January the Russian foreign ministry announced that it was suspending the consultations with Japan on "the problematics of a peace treaty" that began in Kuala Lumpur last August, and that the second round, pencilled in for Tokyo in February, would not take place.

The stated reason is specific. Maria Zakharova, the ministry's spokeswoman, tied the decision to Tokyo's announcement on 16 January that Japan would take part in the G7 loan to Ukraine backed by immobilised Russian sovereign assets, the so-called reparations loan. In Moscow's framing, Japan has moved from sanctions to "direct participation in the appropriation of Russian property", which made continuing the consultations "impossible in the current conditions".

Three points are worth noting.

First, the wording. Moscow chose "suspend", not "terminate". In March 2022 the ministry said it did not intend to continue negotiations at all. This time it has left itself a way back: asked whether the decision was final, Zakharova said that everything would depend on Japan's "practical actions".

Second, what survives. The Kuala Lumpur meeting produced no agreements, so there is nothing to unwind. The humanitarian file, grave visits by former residents, which Tokyo raised in August, was never opened.

Third, the timing. Japanese officials had hoped that a Tokyo round before the anniversary of the invasion would let them show that engagement yields something. That hope is gone, and the Northern Territories Day rally on 7 February will now take place in front of a freshly closed door.

Our expectation: no resumption before the summer, and none at all while the asset question remains live in the G7.""",
),
dict(
    id="lg-260129", feed="longitude", lang="en", published="2026-01-29T06:00:00Z",
    title="Was Kuala Lumpur a false dawn?",
    summary="Japan thought it had reopened a door to Moscow. It was shown out before it could sit down.",
    label="status_change", group="g-freeze",
    new_facts=["Russia suspended the peace-treaty consultations and called off the Tokyo round expected in February"],
    must_mention=[["suspend", "called off", "cancel", "pause"], ["consultations", "talks", "round"]],
    note="Weekly analysis of the g-freeze development with a question headline; the news sits in the third paragraph. Follow-up in group (no new fact beyond bs-260122).",
    section="Asia", kicker="Japan and Russia",
    standfirst="Japan thought it had reopened a door to Moscow. It was shown out before it could sit down",
    dateline="NEMURO AND TOKYO",
    body="""On the auction floor in Nemuro, where the catch comes in within sight of Russian-held islands, nobody was surprised. "They open the door, we take one step, they close it," said a crab broker, stamping his boots against the cold. "My father said the same thing in 1991."

Last summer there was some cause for hope in Tokyo. In August senior diplomats from the two countries sat down in Kuala Lumpur for the first consultations touching on a peace treaty since Russia walked out of negotiations in March 2022. They agreed to meet again in Tokyo. Officials talked, carefully, of "a start".

It did not last. On January 22nd Russia's foreign ministry said it was suspending the consultations, and the Tokyo round, which had been expected in February, was called off. The trigger, according to Maria Zakharova, the ministry's spokeswoman, was Japan's decision to join the G7's "reparations loan" to Ukraine, financed against frozen Russian central-bank assets. Continuing the talks was, she said, "impossible in the current conditions", a phrase borrowed almost word for word from 2022 and 2024.

Why did Moscow agree to talk in the first place? Japanese officials think it wanted to probe for daylight between Tokyo and its G7 partners, and to keep a channel open on fisheries and incidents at sea, which have multiplied around the islands. Once Japan lined up with the others on the assets, the probe had its answer.

Tokyo's response has been muted. The chief cabinet secretary called the decision "regrettable" and said Japan's door "remains open", the standard formula. Privately, officials concede that they have little to offer. Lifting sanctions is out of the question while the war goes on; so is any softening on the islands.

The real losers are the former residents, average age close to 90, who had hoped the channel might at least reopen grave visits. That file was raised in Kuala Lumpur and never got an answer. Now it may not get a hearing.""",
),
dict(
    id="bw-260207", feed="brantwood", lang="en", published="2026-02-07T04:40:00Z",
    title="Japan's premier vows to keep pressing Russia over islands at annual rally",
    summary="At the Northern Territories Day rally in Tokyo, the prime minister said Japan would persist in seeking a treaty despite Moscow's suspension of talks last month.",
    label="restatement",
    note="Annual occasion (Northern Territories Day): restates Japan's position (S2, Kishida 'steadfast'); mentions January suspension (g-freeze, already reported) only as background.",
    author="Hana Oyama", credit="Reporting by Hana Oyama; Editing by Clare Whitby",
    body="""TOKYO, Feb 7 (Brantwood) - Japan's prime minister said on Saturday the government would keep working to resolve the dispute with Russia over four islands off Hokkaido and conclude a peace treaty, speaking at an annual rally in Tokyo a fortnight after Moscow suspended consultations with Japan.

"Relations with Russia are in a severe state, but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," the prime minister told about 1,000 people at the Northern Territories Day rally, including former residents of the islands.

The premier called the resumption of grave visits for former islanders "one of the top priorities" of Japan's dealings with Moscow.

A representative of the former residents, a 90-year-old man born on Kunashir, urged the government to "not let the door close for good". About 5,000 former islanders are still alive, with an average age of nearly 89.

Russia, which calls the islands the southern Kurils, says its sovereignty over them is beyond question. Its foreign ministry routinely criticises the rally as a revanchist event.

Moscow broke off peace treaty talks with Tokyo in March 2022 over sanctions. Consultations resumed in Kuala Lumpur last August but Russia suspended them on Jan. 22, citing Japan's participation in a G7 loan to Ukraine backed by frozen Russian assets.""",
),
dict(
    id="bw-260414", feed="brantwood", lang="en", published="2026-04-14T11:15:00Z",
    title="Kremlin does not rule out Putin visit to Kuril Islands",
    summary="'The president can visit any region of Russia,' Peskov said when asked about media reports of a trip this year; nothing is on the schedule, he said.",
    label="restatement",
    note="Possible/planned visit, not held and not scheduled. Russian officials' visits and Japan's protests are known (S2); sovereignty position S0/S1.",
    author="Pavel Kirsanov", credit="Reporting by Pavel Kirsanov; Editing by Hugh Marland",
    body="""MOSCOW, April 14 (Brantwood) - The Kremlin on Tuesday did not rule out a visit by President Vladimir Putin to the Kuril Islands, including the southern islands claimed by Japan, but said no such trip was on his schedule.

"The president can visit any region of the Russian Federation. The Kurils are no exception," Kremlin spokesman Dmitry Peskov told reporters when asked about Russian media reports that a trip was being considered for this year. "At the moment there is nothing like that in the schedule."

A presidential visit would be the first by Putin to the islands. Dmitry Medvedev became the first Russian leader to visit when he went to Kunashir as president in 2010, prompting a sharp protest from Tokyo.

Japan's chief cabinet secretary said Tokyo was watching the situation and that any visit by Russian leaders to the islands "would be incompatible with Japan's position and unacceptable". He declined to comment on hypothetical scenarios.

Russia says its sovereignty over the islands, seized by Soviet forces at the end of World War Two, is indisputable. Japan calls them its Northern Territories.

Relations have been frozen since Russia broke off peace treaty talks in 2022 over Japanese sanctions. Consultations that resumed briefly last year were suspended by Moscow in January.""",
),
dict(
    id="lg-260611", feed="longitude", lang="en", published="2026-06-11T06:00:00Z",
    title="Tokyo keeps knocking on a door Moscow has bolted",
    summary="Japanese diplomats would like the peace-treaty consultations back. Russia wants something Japan will not give.",
    label="restatement",
    note="Wished-for/requested resumption; restates S4 (condition: Tokyo dropping hostile policy) and S2 (Japan steadfast). Suspension of January (g-freeze) is background only.",
    section="Asia", kicker="Japan and Russia",
    standfirst="Japanese diplomats would like the peace-treaty consultations back. Russia wants something Japan will not give",
    dateline="TOKYO",
    body="""Ask a Japanese diplomat about Russia these days and you get a wish list. Tokyo would like the peace-treaty consultations, suspended by Moscow in January, to resume. It would like the second round, once planned for Tokyo, to be rescheduled. Above all it would like the former residents of the islands, now close to 90 on average, to be able to visit family graves again. "We have said, many times, that we are ready," says one official. "The answer is always the same."

That answer was given most bluntly in February 2024 by Andrei Rudenko, a deputy foreign minister: the key condition for normalisation is Tokyo's "refusal from the hostile policy" towards Russia. In practice that means sanctions, support for Ukraine and military co-operation with America. None of these is going to change while the war continues, and Japan's government knows it.

So Tokyo knocks politely. At every opportunity, from G20 corridors to embassy receptions, Japanese officials signal that a Tokyo round could be arranged at short notice. Russian officials listen, and say that the conditions have not changed.

Some in Japan's ruling party would like more imagination. One idea floated in the Diet is a purely humanitarian track, separated from the treaty, for grave visits. Another is a fisheries-safety dialogue, which both sides need. Neither has got anywhere: Moscow prefers to keep all the files tied together, the better to extract concessions.

Would a ceasefire in Ukraine change things? Perhaps, but not quickly. Russia's position on the islands has hardened since 2022, and Japan's has not softened. The likeliest outcome is more of what we have now: a door bolted from the inside and a visitor who keeps knocking because leaving would be worse.""",
),
dict(
    id="ci-260731", feed="cairnhill", lang="en", published="2026-07-31T09:00:00Z",
    title="A permit is not a visa-free exchange. It is not nothing, either.",
    summary="Russia's new 'humanitarian permits' let former Japanese residents visit family graves on the islands for the first time since 2022. What the scheme does, and does not, change.",
    label="status_change", group="g-permits",
    new_facts=["Former residents can again visit family graves on the islands, under Russian 'humanitarian permits' issued in Sapporo on a separate sheet, no visa; first group of eight visited Shikotan on July 29, 2026"],
    must_mention=[["permit"], ["former residents", "former islanders", "graves", "shikotan"]],
    note="Think-tank analysis of g-permits, first reported by pt-260729. Status move: former residents' visits terminated in 2022 (S0, S1, S3) -> possible again for grave visits under a new permit; visa-free exchanges stay terminated.",
    author="Tomas Ekwall", role="Senior Fellow, North Pacific Programme",
    body="""On 29 July eight Japanese, former residents of Shikotan and their children, stepped ashore at Malokurilskoye, the village Japanese still call Shakotan, and walked up to the old Japanese cemetery. They were the first former islanders to set foot on any of the four disputed islands since Russia ended the visa-free framework in March 2022.

They did not come under the 1991 and 1999 arrangements that Moscow terminated. They came on a new document: a "humanitarian permit" issued by the Russian consulate-general in Sapporo, printed on a separate sheet rather than stamped in a passport. According to Japan's foreign ministry, the two sides confirmed the procedure in an exchange of notes in June, without announcing it.

What changes? For the first time in four years, a category of Japanese can travel to the islands with Tokyo's blessing. Japan's government, which asks its citizens not to visit the islands under Russian visas, has said trips under the permit fall outside that request because no visa is involved. That is the formula that made the old exchanges possible, revived in a narrower form.

What does not change? The permit covers grave visits by former residents and their families, nothing else. There are no exchanges of schoolchildren, no experts, no journalists. The group went through a Russian check at the port and was confined to the cemetery and its surroundings. Moscow has been explicit that this is "a humanitarian measure for elderly people, not a return to previous formats". The peace-treaty consultations, suspended in January, remain suspended.

Why now? Russia has lost little by the gesture and gains a talking point: it can show that it distinguishes between the Japanese government and ordinary Japanese. Tokyo, for its part, can tell former residents that persistence paid off.

A second trip, to Kunashir, is planned for September. If it goes ahead, the permit will have become a routine. That is not a thaw. It is not nothing, either.""",
),
dict(
    id="ci-261105", feed="cairnhill", lang="en", published="2026-11-05T03:00:00Z",
    title="Reading the new Northern Territories survey: awareness falls, the answer does not",
    summary="The Cabinet Office's latest poll shows younger Japanese know less about the islands but still back the government's position.",
    label="neutral",
    note="Borderline: new opinion-poll data, no official move or event in the dispute.",
    author="Mariko Senda", role="Research Associate, North Pacific Programme",
    body="""Japan's Cabinet Office published its periodic survey on the Northern Territories last week, and the headline finding will not surprise anyone who has watched the issue fade from the evening news. Among respondents aged 18 to 29, 54 per cent said they had "heard of" the dispute with Russia and knew roughly what it was about, down from 66 per cent in the previous survey three years ago. Among those over 60, awareness remains above 90 per cent.

The more interesting number is what has not moved. Asked how the issue should be resolved, respondents gave much the same answers as before: a plurality favour the return of all four islands, and only a small minority say Japan should give up its claim. Support for "continuing negotiations patiently" remains high across every age group, even though there have been no negotiations to speak of since 2022.

Two readings are possible. One is that the government's position is deeply rooted and will survive generational change. The other is that the answers are a kind of reflex: people who know little about an issue default to the official line. The survey cannot tell us which is right, and the Cabinet Office has not published the cross-tabulations that might help.

For policy, the survey offers a mild warning. The movement for the islands' return has always depended on the former residents, whose stories gave it emotional force. Fewer than 5,000 of them are alive. Their children and grandchildren are active, but they are not a substitute for people who remember the islands.

If the government wants the issue to mean something to the next generation, it will have to explain it, not just repeat it.""",
),
]
