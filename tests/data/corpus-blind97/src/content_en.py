"""English-language articles (verdigris-en, inkstone-wire, teaselgate-en, wyvern-wire)."""

ARTICLES = [
# ---------------------------------------------------------------- 2024
dict(
    key="en-column-door", feed="verdigris-en", lang="en",
    published="2024-03-05T07:00:00Z",
    title="The door Tokyo keeps knocking on",
    summary="Two years after Moscow walked away from the peace treaty talks, Japan's diplomacy on the islands has shrunk to ritual. How it got here, and why nobody in Tokyo wants to say so.",
    label="restatement",
    note="Column, background-heavy: 1855, 1956, 2018, the March 2022 walkout and Rudenko's February 2024 'categorically impossible' (all seed facts). No new event.",
    byline="Harriet Vossberg", section="Asia", readtime=7,
    body="""
Every February the same scene plays out in a Tokyo auditorium. A prime minister reads a speech about islands he cannot visit, former residents in their late eighties applaud politely, and a banner demands the return of the "Northern Territories". Then everyone goes home.

The ritual has outlived the diplomacy it was meant to support. On March 21st 2022, less than a month after Russian troops crossed into Ukraine, Moscow's foreign ministry announced that it did not intend to continue negotiations on a peace treaty with a country that had joined Western sanctions. In the same statement it ended visa-free trips by Japanese citizens to the southern Kurils and walked out of the dialogue on joint economic activities there.

## A long road to nowhere

The dispute is older than both states in their current form. The 1855 Treaty of Shimoda drew the border between Iturup and Urup. Soviet forces took the four southern islands in the last days of the second world war. The 1956 Joint Declaration ended the state of war and promised that Shikotan and the Habomai group would be handed over once a peace treaty was signed; it never was.

The nearest the two sides came in recent memory was in Singapore in November 2018, when Shinzo Abe and Vladimir Putin agreed to speed up talks on the basis of that 1956 text. Tokyo quietly stopped talking about "four islands". Moscow pocketed the concession and asked about American bases.

## Nothing left to negotiate

This February Andrei Rudenko, Russia's deputy foreign minister for Asia, told TASS that resuming the dialogue was "categorically impossible" in the current environment, and that the only condition for any normalisation was Tokyo abandoning what he called its hostile policy. That is not a new position; it is the March 2022 position said more loudly.

Japan's answer has not changed either. Officials repeat that the policy of resolving the territorial question and then concluding a peace treaty "remains unchanged". What they do not say is that there is, at present, no channel through which that policy could be pursued.

## Why keep knocking?

Because stopping would itself be a decision. A government that stopped demanding the islands would be accused of abandoning them; one that kept sanctions while asking for talks at least keeps the file open. The former islanders, fewer every year, ask mainly to visit family graves. Even that, for now, is off the table.

The door is shut. Tokyo knocks anyway, partly out of principle and partly because it has nothing else to do with its hands.
"""),

dict(
    key="en-mongolia-room", feed="wyvern-wire", lang="en",
    published="2024-05-21T09:30:00Z",
    title="Mongolia says it could offer a 'quiet room' to Tokyo and Moscow — if asked",
    summary="Mongolia's foreign minister says Ulaanbaatar would host contacts between Japan and Russia if both sides wanted them. Neither capital has asked, and Tokyo says it has no plans.",
    label="restatement",
    note="Third-country offer of good offices, explicitly unrequested and unanswered; the state of the talks is unchanged (seed: Russia refuses to negotiate). A hope, not a move.",
    byline="Wyvern Wire, Tokyo", section="Diplomacy", tags=["Mongolia", "Japan", "Russia", "Mediation"],
    body="""
TOKYO — Mongolia would be willing to provide a venue for contacts between Japan and Russia should the two governments ever want one, its foreign minister said on Tuesday, in a remark that officials in both capitals were quick to treat as a courtesy rather than a proposal.

Speaking to reporters at the end of a three-day visit to Tokyo, the minister described Mongolia as "a country that talks to everyone" and recalled that Ulaanbaatar had hosted quiet meetings between other estranged neighbours in the past.

"If our two big friends, Japan and Russia, one day feel that a quiet room is useful, Mongolia has many quiet rooms," the minister said. Asked whether the offer had been put to either government, the minister said it had "not been necessary to put anything formally".

Japan's foreign ministry said it appreciated Mongolia's "constructive attitude" but that there were "no plans" for talks with Russia on the peace treaty, which Moscow broke off in March 2022 after Tokyo joined Western sanctions over Ukraine. A ministry official, speaking on background, said Japan had its own embassy in Moscow "and does not lack channels, it lacks a partner".

There was no reaction from the Russian foreign ministry. Its officials have said repeatedly since 2022 that a dialogue on the treaty is impossible while Japan pursues what Moscow calls an unfriendly course, and Deputy Foreign Minister Andrei Rudenko said in February that its resumption was "categorically impossible" in present conditions.

Mongolia, wedged between Russia and China, has long cultivated ties with Japan, its largest bilateral donor, while keeping close political relations with Moscow. Its "third neighbour" policy is built on exactly this kind of availability.

The dispute between Japan and Russia centres on four islands off Hokkaido, seized by Soviet forces in 1945 and known in Russia as the Southern Kurils and in Japan as the Northern Territories. The two countries have never signed a peace treaty.
"""),

dict(
    key="en-ishiba-speech", feed="wyvern-wire", lang="en",
    published="2024-10-04T06:00:00Z",
    title="Ishiba's first policy speech keeps Japan's Russia line intact",
    summary="New prime minister Shigeru Ishiba told parliament Japan would stick to its policy of resolving the territorial issue and concluding a peace treaty, while keeping sanctions on Russia.",
    label="restatement",
    note="New speaker (new PM) restating Japan's long-standing policy and the known state (relations severe, talks halted by Russia in 2022). No move.",
    byline="Wyvern Wire, Tokyo", section="Diplomacy", tags=["Japan", "Russia", "Peace treaty"],
    body="""
TOKYO — Shigeru Ishiba used his first policy address to parliament on Friday to signal continuity on Russia, telling lawmakers that Japan-Russia relations were "in a severe state" but that Tokyo's aim of resolving the territorial issue and signing a peace treaty had not changed.

"Although Japan-Russia relations are in a difficult situation, we will firmly maintain our policy of resolving the territorial issue and concluding a peace treaty," Ishiba said in the roughly 40-minute speech, which was dominated by economic measures, disaster recovery on the Noto peninsula and plans for a snap election.

He said the government would continue to give "the highest priority" to the wishes of former residents of the islands, whose average age is now above 88, to visit the graves of their ancestors. He did not say how that might be achieved. The graveside visits, like the visa-free exchanges, have been halted since Moscow ended the arrangements in March 2022.

Ishiba, who took office on Tuesday, has in the past been seen as more open than some colleagues to engaging Moscow. But aides have stressed that Japan's sanctions, imposed in coordination with the Group of Seven after Russia's full-scale invasion of Ukraine, will remain.

Russia has said it sees no basis for talks. Its foreign ministry broke off negotiations on the treaty in 2022, calling Japan's sanctions openly unfriendly, and has since repeated that Russia's sovereignty over the islands is not open to question.

The Kremlin did not comment on the speech. Dmitry Peskov, the Kremlin spokesman, said earlier this week that Moscow would judge the new Japanese government "by its deeds, not by the words of its leader".
"""),

dict(
    key="en-g1-mongolia-message", feed="inkstone-wire", lang="en",
    published="2024-12-18T02:10:00Z",
    title="Putin sent Japan's Ishiba a message through Mongolia's president, both sides confirm",
    summary="The Kremlin and Tokyo confirmed that Mongolian President Ukhnaagiin Khurelsukh relayed a verbal message from Vladimir Putin to Prime Minister Shigeru Ishiba. Neither side disclosed what it said.",
    label="new_development", group="b97-g1",
    new_facts=["Putin passed an oral message to Japan's PM Ishiba via Mongolian President Khurelsukh; Tokyo and the Kremlin confirmed it"],
    must_mention=[["mongolia", "khurelsukh"], ["message"]],
    note="English report of b97-g1 (first reported in Japanese). Same development.",
    byline="Kenji Marlow and Ilya Sorokin", section="Politics",
    credit="Reporting by Kenji Marlow in Tokyo and Ilya Sorokin; editing by Dana Whitcombe",
    body="""
TOKYO/MOSCOW, Dec 18 (Inkstone) - Russian President Vladimir Putin sent Japanese Prime Minister Shigeru Ishiba a verbal message through the president of Mongolia, officials in both countries confirmed, the first leader-level communication between Moscow and Tokyo known to have passed through a third country since Russia's invasion of Ukraine.

Mongolian President Ukhnaagiin Khurelsukh, on a working visit to Japan, conveyed the message during talks with Ishiba in Tokyo on Monday, Japan's Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference on Tuesday.

"We have received it," Hayashi said. "As it concerns diplomatic exchanges, I will refrain from disclosing the content."

Kremlin spokesman Dmitry Peskov confirmed later that Putin had asked Khurelsukh to pass on "an oral message" when the two met in Ulaanbaatar in September, but cautioned against reading it as a signal on the peace treaty.

"One should not look for sensations. Our position on the peace treaty is well known," Peskov told reporters.

A Japanese government source said the message referred to Russia's readiness for "contacts" with Japan's new government but did not mention resuming the treaty negotiations Moscow broke off in March 2022.

Ishiba thanked Khurelsukh for his "good offices", according to the Japanese side's readout of the meeting, and said Japan's position on the territorial issue was unchanged.

Japan and Russia have never signed a peace treaty formally ending World War Two hostilities because of the dispute over four islands off Hokkaido, which Russia calls the Southern Kurils and Japan the Northern Territories.
"""),

# ---------------------------------------------------------------- 2025
dict(
    key="en-nozdrev-interview", feed="teaselgate-en", lang="en",
    published="2025-01-28T05:00:00Z",
    title="Russia's envoy in Tokyo: 'The ball is in Japan's court'",
    summary="In a long interview, Ambassador Nikolai Nozdrev says dialogue on a peace treaty could only come back if Japan dropped what Moscow calls its hostile course. Excerpts, lightly edited.",
    label="restatement",
    note="Ambassador's interview: conditions and known positions (seed 004: key condition is Tokyo's refusal of hostile policy; talks impossible; sovereignty undisputed). The Mongolian message is mentioned as background (b97-g1, already reported).",
    byline="Maya Ferrant", section="Japan",
    comments=[("hokkaido_watcher", "Same answer every year, different ambassador."),
              ("R. Kaneda", "Interesting that he didn't rule out grave visits outright. Read the last answer twice.")],
    body="""
Nikolai Nozdrev has been Russia's ambassador in Tokyo since late 2022, a posting that has consisted mostly of receiving protests. We spoke to him at the embassy in Azabudai. The interview was conducted in Russian and Japanese; answers have been shortened.

**Q: Is there any prospect of resuming the peace treaty talks?**

A: The peace treaty talks were suspended in March 2022 because the Japanese side chose sanctions and hostility. Nothing since then has changed on the Japanese side. More than twenty packages of restrictions, military cooperation with the United States and NATO near our borders. In these conditions, negotiating a document about friendship and good-neighbourliness is simply impossible. The ball is in Japan's court.

**Q: In December, President Putin sent a message to Prime Minister Ishiba through the Mongolian president. Was that a signal?**

A: It was a normal diplomatic courtesy toward a new head of government. I would not build theories on it. Our position has not changed, and I think the Japanese side understood that.

**Q: What would Japan need to do?**

A: Abandon the hostile course. Not words, not "signals", but concrete steps. Then one could talk about restoring normal relations, and only after that about a treaty.

**Q: And the islands?**

A: The Kuril Islands are Russian territory as a result of the Second World War. This is fixed in international documents, including the UN Charter. It is not a subject for discussion.

**Q: Former island residents are asking to visit family graves. Will Russia allow that?**

A: We understand the human side. We hear these requests. But the humanitarian exchanges were built on an atmosphere of trust, and it was not Russia that destroyed that atmosphere. Any decision depends on the overall state of relations.
"""),

dict(
    key="en-nt-day-2025", feed="inkstone-wire", lang="en",
    published="2025-02-07T04:30:00Z",
    title="On Northern Territories Day, Ishiba pledges to 'persevere' with Russia",
    summary="Prime Minister Shigeru Ishiba told the annual national rally in Tokyo that Japan would keep its policy of resolving the island dispute and signing a peace treaty.",
    label="restatement",
    note="Annual occasion; known Japanese position restated by the PM; grave visits still halted (seed: Russia ended visa-free/1999 visits).",
    byline="Kenji Marlow", section="Politics",
    credit="Reporting by Kenji Marlow; editing by Dana Whitcombe",
    body="""
TOKYO, Feb 7 (Inkstone) - Japanese Prime Minister Shigeru Ishiba said on Friday that Tokyo would "persevere" in seeking a solution to its territorial dispute with Russia, speaking at an annual rally marking the 170th anniversary of the treaty that first drew a border between the two countries.

"The situation surrounding Japan-Russia relations is severe, but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Ishiba told the gathering of former islanders, lawmakers and local officials in Tokyo.

Japan marks February 7 as Northern Territories Day, the date of the 1855 Treaty of Shimoda, which placed the four islands now held by Russia on the Japanese side of the border.

Ishiba said he would continue to press Moscow to allow former residents to visit family graves, calling it "a matter of the utmost urgency" given their age. He gave no indication that Russia had responded.

Around 5,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, according to government data, with an average age of about 89.

Russia broke off peace treaty negotiations and ended visa-free visits to the islands in March 2022 in response to Japanese sanctions over the invasion of Ukraine. Moscow has said since then that its sovereignty over the islands is not open to discussion.

The rally adopted a resolution calling for "the early return" of the islands. Similar resolutions are adopted every year.
"""),

dict(
    key="en-us-denial", feed="inkstone-wire", lang="en",
    published="2025-04-08T13:00:00Z",
    title="State Department denies Kurils were on the table in US-Russia talks",
    summary="Washington said reports that the disputed islands came up in its talks with Moscow were 'false'; Tokyo said it had received assurances from the US side.",
    label="restatement",
    note="Speculation and its denial; nothing happened. Positions restated (Japan's claim; US support for Japan; Russia's sovereignty stance - seeds 000/001).",
    byline="Inkstone staff", section="Politics",
    credit="Reporting by the Washington and Tokyo bureaus; editing by Paul Ordway",
    body="""
WASHINGTON/TOKYO, April 8 (Inkstone) - The U.S. State Department on Tuesday denied reports that the Russian-held islands claimed by Japan had been discussed in recent U.S.-Russian contacts, calling the claims "false" and reaffirming Washington's support for Tokyo.

The denial followed posts by a Moscow-based political commentator, widely shared on Russian and Japanese social media, asserting that U.S. negotiators had floated "Japanese questions", including the Kuril Islands, as part of a broader bargain with Moscow over Ukraine.

"That is categorically false. The Kuril Islands have not been a subject of our discussions with Russia," a department spokesperson told reporters. "Our position on Japan's Northern Territories is long-standing and well known, and it has not changed."

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan had "received an explanation from the U.S. side" and saw no cause for concern. "We are in close communication with the United States on all matters concerning Russia," he said.

The Kremlin did not comment. A Russian foreign ministry official told state media the ministry "does not comment on fantasies on the internet" and that Russia's sovereignty over the islands was "not a subject of negotiations with anyone".

Speculation about the islands has surfaced repeatedly since Washington and Moscow resumed high-level contacts earlier this year. Japanese officials have privately worried that Tokyo's interests could be traded away in a wider settlement, though U.S. officials have publicly dismissed that idea.

Russia suspended peace treaty negotiations with Japan in March 2022.
"""),

dict(
    key="en-chagos", feed="verdigris-en", lang="en",
    published="2025-05-23T08:00:00Z",
    title="Britain signs away the Chagos Islands — and leases one back",
    summary="The UK and Mauritius have signed a treaty transferring sovereignty over the Chagos archipelago while keeping the Diego Garcia base under a 99-year lease. Other island disputes will be watching.",
    label="off_topic",
    note="Look-alike: island sovereignty treaty and handover, a passing mention of Tokyo's own dispute; not about Russia-Japan.",
    byline="Tomasz Reade", section="World", readtime=5,
    body="""
Few treaties are signed in a hurry after half a century of argument, but the one Britain and Mauritius put their names to on May 22nd came close. A last-minute court injunction in London, lifted within hours, delayed the ceremony by a morning; then the deal was done.

Under the treaty, sovereignty over the Chagos archipelago passes to Mauritius. Britain keeps the joint UK-US military base on Diego Garcia, the largest island, under a lease of 99 years, with an option to extend, and will pay Mauritius for the privilege. A buffer zone around the base is meant to keep out foreign installations.

## Decolonisation, with a base attached

The islands were detached from Mauritius in 1965, before its independence, and their population was removed to make way for the base. An advisory opinion of the International Court of Justice in 2019 and a UN General Assembly vote the same year said the separation had been unlawful. Britain ignored both for years, then negotiated.

Critics in Westminster call the deal a giveaway that pays a foreign government to rent British territory. Supporters say it secures the base legally for a century and closes a case Britain was losing.

## Everyone else's islands

Diplomats from other countries with unresolved island disputes have studied the talks closely, not least because a sovereignty transfer with a lease-back is the kind of creative formula that tends to be proposed, and rejected, elsewhere. Officials in Tokyo, which has its own long-running dispute with Moscow over islands north of Hokkaido, declined to comment on whether the Chagos model had any relevance. Privately, one said the comparison "flatters both cases".

The Chagossians themselves, scattered between Mauritius, the Seychelles and Crawley in West Sussex, get a trust fund and the promise of resettlement on outer islands. Many say they were never asked.
"""),

dict(
    key="en-g2-visa-graves", feed="verdigris-en", lang="en",
    published="2025-06-12T06:00:00Z",
    title="A visa for a grave: Moscow's offer that Tokyo cannot accept",
    summary="Russia says former Japanese islanders may again visit family graves on the southern Kurils, with Russian visas. For Tokyo, accepting would mean conceding the very point in dispute.",
    label="status_change", group="b97-g2",
    new_facts=["Russia will issue free Russian visas to former Japanese residents for grave visits on the southern Kurils; the visa-free (1999) arrangement stays terminated; Japan rejects the offer"],
    must_mention=[["visa"], ["grave"]],
    note="English report of b97-g2 (first reported in Russian). The news comes after a scene-setting lead.",
    byline="Harriet Vossberg", section="Asia", readtime=6,
    body="""
On a clear morning from Cape Nosappu, at the eastern tip of Hokkaido, the nearest of the disputed islands is close enough to make out the lighthouse. Former residents come here to look. Some bring binoculars; a few bring incense and face the water, because it is as close to their parents' graves as they have been allowed to get since 2019.

This week Moscow offered them a way across, on its own terms. Russia's foreign ministry said on Tuesday that former Japanese residents of the southern Kurils and their families could apply to Russian consulates in Japan for visas to visit relatives' graves on the islands, that the visas would be issued free of charge and quickly, and that the trips would take place "in accordance with Russian legislation". The visa-free arrangements of 1991 and 1999, which Moscow ended in March 2022, would stay dead.

## The catch is the stamp

For more than three decades the grave visits worked because nobody had to decide whose islands they were. Travellers carried special identity documents instead of passports and received no visas; each side could tell itself the other had conceded nothing. Tokyo has asked its citizens since 1989 not to enter the islands on Russian visas, on the grounds that doing so would acknowledge Russian jurisdiction.

That is why Japan's response came within hours. Chief Cabinet Secretary Yoshimasa Hayashi said the proposal was "incompatible with our legal position" and could not be accepted. An association of former islanders called it an attempt to use their grief.

## A move, of a kind

It would be wrong, though, to dismiss the offer as noise. After three years in which the only answer to Japanese requests was silence, Moscow has formally created a route, however unacceptable to Tokyo, by which a Japanese pensioner could stand at a grave on Kunashir this summer. The state of the question has shifted from "forbidden" to "permitted, on Russian paper".

That shift is aimed as much at Japanese public opinion as at the government. If Tokyo refuses, Moscow can say it was Tokyo that kept the old people away. If anyone goes, the precedent is Russia's.
"""),

dict(
    key="en-g7-silent", feed="wyvern-wire", lang="en",
    published="2025-06-18T12:00:00Z",
    title="G7 leaders' Kananaskis statements skip Japan's island dispute",
    summary="Japanese officials had sounded out partners about a line on the Northern Territories; the summit documents stuck to other subjects and did not mention it.",
    label="restatement",
    note="Non-event at a G7 summit: no statement on the islands; Japan's known position restated. Nothing changed in the tracked matters.",
    byline="Wyvern Wire, Kananaskis", section="Summits", tags=["G7", "Japan", "Summits"],
    body="""
KANANASKIS, Alberta — The Group of Seven summit ended on Tuesday without any reference to Japan's territorial dispute with Russia, despite quiet soundings by Japanese diplomats in the run-up to the meeting.

The Canadian presidency opted against a traditional leaders' communiqué, issuing instead a chair's summary and a handful of short joint statements on subjects including critical minerals, wildfires, migrant smuggling and artificial intelligence. None referred to the islands off Hokkaido that Russia calls the Southern Kurils and Japan the Northern Territories.

Two officials familiar with the preparations said the Japanese side had asked in sherpa-level discussions whether a sentence supporting Japan's position "could fit somewhere". One described the response as "sympathetic but not this year".

Prime Minister Shigeru Ishiba, asked at his closing news conference whether he was disappointed, said Japan "has the understanding and support of G7 partners on the Northern Territories issue" and that the absence of a line "does not change anything".

"Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," he said.

The summit was overshadowed by the war between Israel and Iran and by the early departure of U.S. President Donald Trump. A planned joint statement on Ukraine did not materialise.

Russia, which was expelled from what was then the G8 in 2014, broke off peace treaty talks with Japan in 2022 and rejects any outside involvement in what it regards as a closed question.
"""),

dict(
    key="en-g3-un-sidelines", feed="wyvern-wire", lang="en",
    published="2025-09-24T15:30:00Z",
    title="Russian, Japanese deputy foreign ministers meet on UN sidelines — 'not a resumption of talks'",
    summary="Andrei Rudenko and Japan's Koji Amano met in New York on the margins of the UN General Assembly, the first meeting at that level since Moscow broke off peace treaty talks in 2022. Both sides said negotiations had not resumed.",
    label="new_development", group="b97-g3",
    new_facts=["Deputy FMs Rudenko (Russia) and Amano (Japan) met in New York on the UNGA sidelines, first such meeting since 2022; both said talks had not resumed"],
    must_mention=[["rudenko", "amano"], ["new york", "general assembly"]],
    note="First report of b97-g3 (English). A real meeting held; explicitly not a resumption of negotiations.",
    byline="Wyvern Wire, New York", section="United Nations", tags=["UN General Assembly", "Japan", "Russia", "Peace treaty"],
    body="""
NEW YORK — Russia's deputy foreign minister Andrei Rudenko and Japan's deputy minister for foreign affairs, Koji Amano, met on Wednesday on the sidelines of the UN General Assembly, the first meeting at that level between the two countries since Moscow broke off peace treaty negotiations in March 2022.

The roughly 50-minute meeting took place at Russia's permanent mission to the United Nations, according to officials from both sides. It was not announced in advance.

Japan's foreign ministry said Amano had "conveyed Japan's position on bilateral issues" and had asked Russia to allow the resumption of visits by former island residents to family graves "in a form consistent with Japan's legal position". He also raised the safety of Japanese fishing vessels operating near the islands.

"This was not a resumption of negotiations on a peace treaty," a Japanese foreign ministry spokesperson said. "It was an exchange of views."

The Russian foreign ministry, in a short statement, described the meeting as "a frank exchange of views on the state of Russian-Japanese relations, which are at their lowest point". It said Rudenko had stressed that "the responsibility for the degradation lies entirely with Tokyo" and had pointed to Japan's sanctions and its growing military cooperation with the United States.

Neither side announced a follow-up meeting.

The encounter comes nine months after President Vladimir Putin passed a verbal message to Japan's prime minister through Mongolia's president, and three months after Moscow offered former islanders Russian visas for grave visits, which Tokyo rejected.

Rudenko is responsible for Asia in Russia's foreign ministry. Amano, a career diplomat, handles political affairs as one of Japan's two deputy ministers.
"""),

dict(
    key="en-unga-ishiba", feed="teaselgate-en", lang="en",
    published="2025-09-26T14:00:00Z",
    title="At the UN, Ishiba name-checks the Northern Territories",
    summary="Japan's prime minister used his General Assembly address to restate Tokyo's claim to the Russian-held islands; Russia answered with a right of reply.",
    label="restatement",
    note="New venue, known positions: Japan's claim and Russia's 'results of WWII' sovereignty line (seeds). The deputy-minister meeting is background (b97-g3, already reported).",
    byline="Desk", section="Japan",
    comments=[("sapporo_sam", "Right of reply at 9pm to an empty hall. Diplomacy!")],
    body="""
Prime Minister Shigeru Ishiba, in what is expected to be his last address to the UN General Assembly before leaving office, included a short passage on the islands off Hokkaido that Japan calls the Northern Territories.

"Japan remains determined to resolve the Northern Territories issue and to conclude a peace treaty with Russia," Ishiba told the hall on Tuesday, in a speech otherwise devoted to the war in Ukraine, nuclear disarmament and reform of the Security Council. "The former residents of these islands, now elderly, cannot even visit the graves of their families. This is a humanitarian problem that should not wait."

The passage was brief, but it is unusual for a Japanese leader to raise the dispute from the General Assembly podium. Tokyo typically keeps it for bilateral channels and its own domestic calendar.

Late in the evening, a Russian diplomat exercised the right of reply, telling a near-empty hall that "the so-called territorial problem does not exist" and that the Kuril Islands had become part of the Soviet Union "as a result of the Second World War, as recorded in the UN Charter". He added that Japan had "itself destroyed" the humanitarian exchanges by joining sanctions.

The exchange comes in the same week as a rare meeting in New York between Russian and Japanese deputy foreign ministers, which both sides insisted did not mark a return to peace treaty talks.

**Why it matters:** nothing in either statement was new. What was new was the venue. Tokyo appears to have decided that with bilateral talks frozen, it should at least keep the issue on the international record.
"""),

dict(
    key="en-digest-2025", feed="verdigris-en", lang="en",
    published="2025-12-22T09:00:00Z",
    title="Asia's diplomatic year in twelve moments",
    summary="From Kananaskis to New York to Busan: a look back at the meetings, handshakes and non-meetings that shaped diplomacy in Asia in 2025.",
    label="restatement",
    note="Year-end digest; its Japan-Russia items (visa offer for graves, New York deputy-minister meeting) are earlier developments b97-g2 and b97-g3; nothing new.",
    byline="The Review's Asia team", section="Asia", readtime=9,
    body="""
Diplomacy in Asia this year was less about grand bargains than about who would sit in which room. Here are twelve moments we keep coming back to.

- **January.** A new administration in Washington sends Asian capitals scrambling to read tariff threats as negotiating positions, or vice versa.
- **March.** Armenia and Azerbaijan say they have agreed the text of a peace treaty, a reminder that such texts can be finished and still not signed.
- **May.** The UK and Mauritius sign the Chagos treaty; lawyers in several foreign ministries read the lease-back clauses with interest.
- **June.** Moscow tells former Japanese residents of the southern Kurils they may visit family graves, with Russian visas. Tokyo refuses within hours.
- **June.** The G7 summit in Canada ends without a communiqué and without a word on Japan's islands.
- **July.** Fighting on the Thailand-Cambodia border is halted after outside pressure, but the underlying dispute is untouched.
- **September.** In New York, Russia's Andrei Rudenko and Japan's Koji Amano sit down for 50 minutes, the first deputy-minister meeting since 2022. Both insist it was not a resumption of talks.
- **October.** Sanae Takaichi becomes Japan's first female prime minister and keeps her predecessor's Russia line word for word.
- **October.** ASEAN admits Timor-Leste as its eleventh member.
- **October.** Leaders of the Asia-Pacific gather in Gyeongju; the most-watched meeting happens in Busan, between the American and Chinese presidents.
- **November.** Japan and China trade barbs over Taiwan remarks; the chill spreads to tourism.
- **December.** Japan hosts Central Asian leaders, who ask politely about everything except Russia.

If there is a lesson, it is that in a year of loud announcements the significant Japan-Russia moments were quiet ones, and that neither of them changed the fact that the two countries are not negotiating a peace treaty.
"""),

# ---------------------------------------------------------------- 2026
dict(
    key="en-lavrov-presser-2026", feed="inkstone-wire", lang="en",
    published="2026-01-20T11:00:00Z",
    title="Lavrov: no talk of a peace treaty while Japan 'arms itself against Russia'",
    summary="At his annual news conference, Russia's foreign minister said a peace treaty was not on the agenda with Tokyo and that he saw no change under Prime Minister Takaichi.",
    label="restatement",
    note="Annual press conference; known Russian position (seeds: talks impossible amid sanctions; sovereignty undisputed).",
    byline="Ilya Sorokin", section="Politics",
    credit="Reporting by Ilya Sorokin; editing by Paul Ordway",
    body="""
MOSCOW, Jan 20 (Inkstone) - Russian Foreign Minister Sergei Lavrov said on Tuesday there could be no discussion of a peace treaty with Japan while Tokyo maintained sanctions and expanded military cooperation with the United States, adding that he had seen no change in Japanese policy under Prime Minister Sanae Takaichi.

"What peace treaty can we talk about with a country that is arming itself against Russia together with the Americans and supplying the Kyiv regime?" Lavrov said at his annual news conference reviewing Russian diplomacy in 2025, answering a question from a Japanese correspondent.

"The Japanese side likes to say that its position is unchanged. Ours is also unchanged. The results of the Second World War are not subject to revision," he said.

Lavrov said Russia had "never refused contacts" with Japan and that its embassy in Tokyo "works normally". Asked about the meeting between deputy foreign ministers in New York last September, he said such contacts were "useful for understanding each other's positions" but were "not negotiations and cannot replace them".

The minister's remarks were in line with Moscow's stance since March 2022, when it announced that it did not intend to continue peace treaty talks with Japan over Tokyo's sanctions.

Takaichi, who took office in October, has said her government will keep Japan's policy of resolving the territorial issue and concluding a peace treaty.
"""),

dict(
    key="en-un-letter", feed="wyvern-wire", lang="en",
    published="2026-03-17T16:00:00Z",
    title="Russia takes its Kurils argument to the UN in letter accusing Japan of 'revanchism'",
    summary="Russia's UN mission circulated a letter as an official General Assembly and Security Council document; Japan says it will respond in kind.",
    label="neutral",
    note="Borderline: a formal document at the UN (a new act), but its content restates Russia's known sovereignty position (seeds). Not scored.",
    byline="Wyvern Wire, New York", section="United Nations", tags=["United Nations", "Russia", "Japan", "Kuril Islands"],
    body="""
NEW YORK — Russia has circulated a letter at the United Nations accusing Japan of pursuing "territorial revanchism" over the Kuril Islands, in an unusual move to air the bilateral dispute before the world body.

The letter, signed by Russia's permanent representative Vassily Nebenzia and addressed to the Secretary-General, was issued on Monday as an official document of both the General Assembly and the Security Council. Such letters are routinely used by states to put positions on record; they do not require any action by UN bodies.

In it, Russia says that the southern Kurils "became an integral part of the territory of the Soviet Union as a result of the Second World War", that this outcome is "enshrined in the UN Charter, including its Article 107", and that Japanese campaigns for the "return of the so-called Northern Territories" amount to "an attempt to revise the results of the war".

The letter cites the annual Northern Territories Day rally in Tokyo and Japanese school textbooks, and says Japan's "militarisation, in alliance with the United States", threatens security in the region.

Japan's mission to the UN said it "categorically rejects" the letter and would circulate its own. "The Northern Territories are islands over which Japan has sovereignty," a spokesperson said. "Article 107 does not give any state the right to occupy the territory of another."

Diplomats said the exchange was unlikely to go further. Neither side has asked for a meeting or a vote, and Russia has long insisted that the dispute is a closed question not suitable for any outside forum.

Moscow suspended peace treaty negotiations with Tokyo in 2022.
"""),

dict(
    key="en-g4-dmitriev", feed="inkstone-wire", lang="en",
    published="2026-04-15T07:20:00Z",
    title="Putin envoy Dmitriev in Tokyo pitches Kuril projects; Japan says no deals",
    summary="Kirill Dmitriev, the Russian president's special envoy on investment, held meetings in Tokyo with Japanese officials and business figures, the highest-level Russian visit since 2022. Tokyo said nothing was agreed.",
    label="new_development", group="b97-g4",
    new_facts=["Putin's special envoy Kirill Dmitriev visited Tokyo, met a Japanese deputy foreign minister and business people, and invited Japanese firms into projects on the Kurils"],
    must_mention=[["dmitriev"], ["tokyo"]],
    note="English report of b97-g4 (first reported in Russian).",
    byline="Kenji Marlow", section="Business",
    credit="Reporting by Kenji Marlow; additional reporting by Ilya Sorokin in Moscow; editing by Dana Whitcombe",
    body="""
TOKYO, April 15 (Inkstone) - Kirill Dmitriev, President Vladimir Putin's special envoy for foreign investment, visited Tokyo this week and invited Japanese companies to take part in projects on the Kuril Islands, Russian media reported, in the most senior Russian visit to Japan since the invasion of Ukraine.

Japan's foreign ministry confirmed that a deputy minister had met Dmitriev on Monday "at the Russian side's request" but said no agreements had been reached and that Japan's sanctions remained in force.

"We conveyed Japan's position, including that economic activities by third parties on the Northern Territories that presuppose Russian jurisdiction are unacceptable," a ministry spokesperson said.

Dmitriev, who heads the Russian Direct Investment Fund and has acted as a Kremlin go-between with Washington, told Russian reporters in Tokyo that he had discussed energy, fisheries and "infrastructure on the Kurils" with "Japanese partners" and that Russia's preferential tax regime on the islands was "open to Japanese business".

"Questions of sovereignty are not discussed and are not a subject of discussion. Business is a separate matter," he said.

A Japanese business lobby official, speaking on condition of anonymity, said representatives of several trading houses had attended a closed briefing but that "nobody is going to put money on the islands".

Japan allowed Dmitriev's entry despite his sanctioned status in several Western countries, officials said, on the grounds that he travelled as an official presidential envoy.

Russia broke off peace treaty talks with Japan in 2022 and quit the dialogue on joint economic activity on the islands at the same time.
"""),

dict(
    key="en-erdogan-offer", feed="verdigris-en", lang="en",
    published="2026-06-02T08:00:00Z",
    title="Erdogan offers to 'bring Tokyo and Moscow to the same table'",
    summary="Turkey's president told Japan's prime minister in a phone call that Ankara could host talks on a peace treaty. Tokyo thanked him; Moscow said no mediators were needed.",
    label="neutral",
    note="Borderline: a head of state's formal mediation offer in a leaders' call, neither accepted nor acted on; state of the talks unchanged (seed). Not scored.",
    byline="Tomasz Reade", section="Europe", readtime=4,
    body="""
Recep Tayyip Erdogan collects mediations the way some leaders collect honorary degrees. Having hosted talks on Ukrainian grain, prisoner exchanges and, briefly, a Russian-Ukrainian ceasefire, Turkey's president has now offered his services on a dispute that has resisted every intermediary since 1945.

In a telephone call with Japan's prime minister, Sanae Takaichi, on Monday, Mr Erdogan said Turkey was "ready to bring Tokyo and Moscow to the same table" on a peace treaty, according to his office's readout. "Istanbul has hosted harder conversations," it quoted him as saying.

Japan's account of the call was shorter. It said the two leaders had discussed trade, defence-industry co-operation and the situation in Ukraine, and that Ms Takaichi had "expressed appreciation for President Erdogan's interest" in Japan-Russia relations. It did not say whether she had accepted anything. Officials in Tokyo later made clear she had not.

In Moscow, the foreign ministry's spokeswoman said Russia valued its relations with Turkey but "does not need intermediaries" with Japan. "The problem is not the lack of a venue. The problem is the hostile course of Tokyo," she said.

That leaves the offer roughly where similar ones from Mongolia and Kazakhstan were left: on the record, appreciated, unused. Third countries can carry messages; they cannot supply the will to negotiate, and at present neither capital thinks it would gain by being seen to talk. Japan will not drop sanctions to get to a table, and Russia will not pretend there is anything to discuss about the islands.

Still, the offer says something about how the dispute is now seen from outside: as a frozen relic that any ambitious middle power might one day thaw for the credit. Mr Erdogan will not be the last to try.
"""),

dict(
    key="en-kurile-lake", feed="teaselgate-en", lang="en",
    published="2026-08-11T06:00:00Z",
    title="Bears outnumber tourists at Kamchatka's Kurile Lake as sockeye run peaks",
    summary="The southern Kamchatka lake, one of the largest sockeye spawning grounds in Asia, is seeing a strong run this summer; helicopter tours are booked out.",
    label="off_topic",
    note="Look-alike: 'Kurile' in a Kamchatka place name; nothing to do with the islands or the peace treaty.",
    byline="Desk", section="Russia Far East",
    comments=[("bearcountry", "Went in 2019. Forty bears in one afternoon. Unreal.")],
    body="""
Kurile Lake, in the far south of the Kamchatka peninsula, is having the kind of summer its rangers like: plenty of fish, plenty of bears, and a limited number of people.

Counting stations on the Ozernaya River, which drains the lake into the Sea of Okhotsk, had registered more than 3 million sockeye salmon moving upstream by early August, according to the regional fisheries research institute, well above the average for the past decade. The run typically peaks in late July and August.

The lake, a flooded volcanic caldera inside the South Kamchatka federal nature reserve, is one of the largest spawning grounds for sockeye in Eurasia. It is also one of the best places in the world to watch brown bears fishing, and the reserve's administration estimates that several hundred bears feed along its shores during the season.

Access is by helicopter from Petropavlovsk-Kamchatsky, about 200 km to the north, and the number of visitors is capped. Operators say flights for the rest of August are fully booked, mainly by Russian tourists; foreign visitors, once a large share of the market, have largely disappeared since 2022.

Rangers warn that the abundance has a downside. Bears habituated to people have been seen near the inspectors' cabins, and the reserve has closed one viewing platform for the season after repeated close encounters.

The lake takes its name from the Kuril people, the Ainu groups who once lived in southern Kamchatka and on the nearby islands.
"""),

dict(
    key="en-g5-china-ambassador", feed="verdigris-en", lang="en",
    published="2026-09-10T08:00:00Z",
    title="Why a Chinese ambassador's day on Kunashir worries Tokyo more than a Russian minister's",
    summary="China's ambassador to Russia has toured Kunashir, the first visit by a Chinese ambassador to the disputed islands. Tokyo protested to Beijing; Beijing called it a normal trip.",
    label="new_development", group="b97-g5",
    new_facts=["China's ambassador to Russia visited Kunashir (first Chinese ambassador on the disputed islands); Japan protested to China"],
    must_mention=[["china", "chinese"], ["kunashir"]],
    note="English analysis of b97-g5 (first reported in Russian by a regional outlet).",
    byline="Harriet Vossberg", section="Asia", readtime=6,
    body="""
Russian ministers visit the disputed islands north of Hokkaido so often now that Tokyo's protests have a template. The visit that ended on Sunday was different. For two days, China's ambassador to Russia toured Kunashir, inspecting a fish-processing plant, the port at Yuzhno-Kurilsk and a new school, accompanied by local officials and a camera crew from Sakhalin television.

He is the first Chinese ambassador known to have set foot on the islands. Japan's foreign ministry summoned a senior official of the Chinese embassy in Tokyo on Monday to express "strong regret" and said the visit was "incompatible with Japan's position". China's foreign ministry replied that its ambassador had made "a normal working trip within the territory of a country to which he is accredited".

## Why this one stings

For decades Beijing was careful on the question. Mao Zedong once told Japanese visitors that the islands should be returned to Japan, and later Chinese governments simply avoided taking sides. An ambassador's tour, announced proudly by the Russian hosts, is a different kind of statement, even if Beijing insists it is not one.

It also has a commercial edge. Chinese companies already hold stakes in fish plants and construction projects on the islands, drawn by the tax regime Moscow has built there. The ambassador's itinerary looked like a trade mission, and Sakhalin officials said as much.

## What it does not change

Nothing about the legal dispute shifts because an ambassador took a ferry. Japan still claims the four islands; Russia still says its sovereignty is not open to discussion and has not negotiated on a peace treaty since 2022. But the Japanese worry is less about law than about company. A dispute in which Russia stands alone can wait for a better Moscow. One in which China has begun to treat the islands as ordinary Russian territory is harder to wait out.
"""),

# ---------------------------------------------------------------- 2027
dict(
    key="en-japan-ambassador-interview", feed="verdigris-en", lang="en",
    published="2027-02-16T07:00:00Z",
    title="'We keep the lines open, even when nobody answers': Japan's man in Moscow",
    summary="Japan's ambassador to Russia talks about running an embassy in a capital that will not negotiate, grave visits, and why a phone call is not a policy.",
    label="restatement",
    note="Ambassador's interview restating that there are no negotiations (seed), Japan's requests and hopes; earlier contacts (b97-g1, b97-g3, b97-g4) mentioned as background only.",
    byline="Harriet Vossberg", section="Asia", readtime=8,
    body="""
Japan's embassy in Moscow occupies a handsome building on Grokholsky Lane and a diplomatic position that its ambassador, Hiroyuki Tanabe, describes without self-pity as "maintenance". We met him during a visit to Tokyo for consultations.

**Is there anything to negotiate at the moment?**

No. I want to be honest about that. There are no negotiations on a peace treaty. The Russian side suspended them in 2022 and has not changed its position. Our position has not changed either. What we have are channels.

**What do the channels carry?**

Protests, mostly, in both directions. Consular cases. Fishing incidents. And requests. Every year we ask, through notes and in meetings, for the former residents to be allowed to visit the graves of their families. Every year we are told that it depends on the atmosphere.

**Moscow offered visas for grave visits in 2025.**

Which we could not accept, because it would mean accepting Russian jurisdiction over the islands. I understand why that looks legalistic from outside. For the former residents it is painful. But a humanitarian gesture that requires you to give up your legal position is not a humanitarian gesture.

**There have been contacts: a message via Mongolia, the meeting in New York, a visiting envoy last spring. Is something moving?**

Contacts are not movement. They are useful: we understand better what the other side thinks. But I would caution anyone against reading a handshake as a policy. When something really changes, it will be announced by both governments, and it will be obvious.

**What would you hope for this year?**

That the graves can be visited, on terms both sides can live with. That no Japanese fishing boat is seized. Small things. In this job you learn to hope for small things.
"""),

dict(
    key="en-un-spokesperson", feed="wyvern-wire", lang="en",
    published="2027-05-18T18:00:00Z",
    title="UN chief's office urges 'dialogue' on Kurils, declines to take sides",
    summary="Asked whether the new Secretary-General would offer good offices on the Japan-Russia dispute, his spokesperson said they were available only if both parties asked.",
    label="restatement",
    note="UN spokesperson's generic answer: no offer made, no request, no move; state of the dispute as in seeds.",
    byline="Wyvern Wire, New York", section="United Nations", tags=["United Nations", "Japan", "Russia", "Good offices"],
    body="""
NEW YORK — The United Nations Secretary-General's office on Tuesday declined to take a position on the territorial dispute between Japan and Russia, saying the Secretary-General's good offices were "always available" but could only be used if both parties requested them.

The question was put at the daily noon briefing by a Japanese correspondent, who asked whether the new Secretary-General, who took office in January, intended to "play a role" on a dispute that has prevented Tokyo and Moscow from signing a peace treaty since the Second World War.

"The Secretary-General encourages all member states to resolve their differences through dialogue and by peaceful means, in accordance with the Charter," the spokesperson said. "His good offices are always available, but they are used at the request of the parties concerned. I am not aware of any such request."

Asked whether Japan had approached the Secretariat, the spokesperson said he would "not get into private diplomatic contacts" but repeated that there had been no request "that I am aware of".

Japan's mission to the UN said in response to a query that Tokyo "has not asked for, and is not seeking, mediation" and that the issue "should be resolved between Japan and Russia". Russia's mission did not respond, but Moscow has long maintained that there is no territorial dispute to mediate.

Russia suspended peace treaty negotiations with Japan in March 2022, citing Tokyo's sanctions over Ukraine.
"""),

dict(
    key="en-singapore-greetings", feed="inkstone-wire", lang="en",
    published="2027-07-09T10:00:00Z",
    title="Motegi and Lavrov trade greetings in Singapore, but it was not a meeting, Tokyo says",
    summary="Japan's and Russia's foreign ministers exchanged a few words at the East Asia Summit foreign ministers' gathering. Japanese officials stressed there were no talks.",
    label="neutral",
    note="Borderline contact: a brief exchange of greetings at a multilateral meeting, explicitly 'not a meeting'. Not scored.",
    byline="Inkstone staff", section="Politics",
    credit="Reporting by the Singapore bureau; editing by Paul Ordway",
    body="""
SINGAPORE, July 9 (Inkstone) - Japanese Foreign Minister Toshimitsu Motegi and his Russian counterpart Sergei Lavrov exchanged greetings on Friday at a gathering of East Asia Summit foreign ministers in Singapore, Japanese officials said, but they stressed that the encounter was not a meeting.

The two ministers spoke "for a few tens of seconds" before the start of the session, a Japanese foreign ministry official told reporters. "It was an exchange of greetings. There was no substantive discussion," the official said, declining to say who had approached whom.

Russian agency reports quoted a member of Lavrov's delegation as saying the ministers had "greeted each other politely, as colleagues do", and that no talks were planned.

A photograph distributed by the host country showed the two men a few places apart in the traditional line-up of ministers, but not speaking.

Japanese and Russian foreign ministers have not held formal talks since Russia's full-scale invasion of Ukraine in 2022. Moscow suspended peace treaty negotiations with Tokyo that year in response to Japanese sanctions.

Asked whether a formal meeting or phone call was being considered, Motegi told reporters later: "Nothing has been decided. Japan's position is that we will respond appropriately, keeping our national interest in mind."

The East Asia Summit brings together the ten ASEAN members and Timor-Leste with eight partners including Japan, Russia, China and the United States.
"""),

dict(
    key="en-g6-phone-call", feed="wyvern-wire", lang="en",
    published="2027-09-22T06:00:00Z",
    title="Japan, Russia foreign ministers hold first phone call since 2022",
    summary="Toshimitsu Motegi and Sergei Lavrov spoke for about 40 minutes at Tokyo's initiative. They discussed grave visits, sanctions and, in general terms, 'future contacts at various levels'.",
    label="new_development", group="b97-g6",
    new_facts=["Foreign ministers Motegi and Lavrov held their first phone call since 2022, at Japan's initiative"],
    must_mention=[["phone", "call"], ["motegi", "lavrov"]],
    note="English report of b97-g6 (first reported in Japanese).",
    byline="Wyvern Wire, Tokyo and Moscow", section="Diplomacy", tags=["Japan", "Russia", "Foreign ministers"],
    body="""
TOKYO — Japanese Foreign Minister Toshimitsu Motegi and Russian Foreign Minister Sergei Lavrov held a telephone conversation on Tuesday, the first call between the two countries' foreign ministers since Russia's full-scale invasion of Ukraine in February 2022.

The call, which lasted about 40 minutes, was made at Japan's request, both sides said.

According to Japan's foreign ministry, Motegi asked Russia to allow former residents of the disputed islands to visit family graves and to ensure the safety of Japanese fishing vessels, and conveyed Japan's position on Ukraine. The two ministers "exchanged views on future contacts at various levels", the ministry said, without elaborating.

Russia's foreign ministry said Lavrov had "drawn attention to the destructive consequences of Tokyo's sanctions policy" and confirmed Russia's readiness "for dialogue on the basis of mutual respect and consideration of each other's interests". It did not mention the peace treaty.

Japanese officials briefing reporters declined to say whether a meeting between Prime Minister Sanae Takaichi and President Vladimir Putin at the Asia-Pacific Economic Cooperation summit in Vietnam in November had been discussed. "Nothing has been decided about any leaders' meeting," one said.

The two ministers last exchanged words in July at a multilateral gathering in Singapore, in what Tokyo called a greeting rather than a meeting.

Russia suspended peace treaty negotiations with Japan in March 2022 and has since said its sovereignty over the islands, which it calls the Southern Kurils, is not open to discussion.
"""),

dict(
    key="en-g7-summit", feed="inkstone-wire", lang="en",
    published="2027-11-12T14:00:00Z",
    title="Putin, Takaichi agree to restart peace treaty dialogue in first meeting",
    summary="Russia's president and Japan's prime minister agreed on the sidelines of the APEC summit in Vietnam to resume dialogue on peace treaty issues at deputy foreign minister level, ending a halt Moscow imposed in 2022.",
    label="status_change", group="b97-g7",
    new_facts=["Putin and Takaichi met at APEC in Phu Quoc and agreed to resume peace treaty dialogue at deputy FM level, first round early next year (talks suspended by Russia since March 2022)"],
    must_mention=[["putin", "takaichi"], ["restart", "resum"]],
    note="English report of b97-g7 (first reported in Russian).",
    byline="Kenji Marlow and Ilya Sorokin", section="Politics",
    credit="Reporting by Kenji Marlow and Ilya Sorokin in Phu Quoc; editing by Dana Whitcombe",
    body="""
PHU QUOC, Vietnam, Nov 12 (Inkstone) - Russian President Vladimir Putin and Japanese Prime Minister Sanae Takaichi agreed on Friday to restart dialogue on a post-World War Two peace treaty, more than five years after Moscow broke off the talks over Japan's sanctions on Russia.

The two leaders met for about 40 minutes on the sidelines of the Asia-Pacific Economic Cooperation summit on Vietnam's Phu Quoc island, their first meeting and the first in-person talks between the leaders of the two countries since 2019.

Kremlin foreign policy aide Yuri Ushakov told reporters the sides had agreed to resume "dialogue on the problems of a peace treaty" at the level of deputy foreign ministers, with a first round "at the beginning of next year". He said the dialogue would be held "without preconditions" but stressed that Russia's sovereignty over the Kuril Islands "is not subject to discussion".

Takaichi told Japanese reporters the leaders had "agreed to resume consultations concerning the conclusion of a peace treaty". She said she had also asked Putin to allow former island residents to visit family graves, and that Putin had said Russia would "study" the request.

"This is a first step. There is a long road ahead," Takaichi said. She said Japan's position on the territorial issue and its sanctions had not changed.

Russia announced in March 2022 that it did not intend to continue negotiations with Japan on a peace treaty, citing Tokyo's "openly unfriendly" sanctions over Ukraine. Deputy Foreign Minister Andrei Rudenko said in 2024 that resuming the talks was "categorically impossible".

The two countries' foreign ministers held their first phone call since 2022 in September.
"""),

dict(
    key="en-g7-analysis", feed="verdigris-en", lang="en",
    published="2027-11-15T08:00:00Z",
    title="What Putin and Takaichi did, and did not, agree in Phu Quoc",
    summary="A resumed dialogue, a deputy-minister format, a promise to 'study' grave visits. Reading the small print of the first Japan-Russia summit in eight years.",
    label="status_change", group="b97-g7",
    new_facts=["Putin and Takaichi agreed at APEC to resume peace treaty dialogue at deputy FM level"],
    must_mention=[["putin", "takaichi"], ["resum", "restart"]],
    note="Follow-up analysis in b97-g7; no new fact beyond the summit agreement.",
    byline="Harriet Vossberg", section="Asia", readtime=7,
    body="""
It took five years, a phone call, and a tropical island that belongs uncontroversially to Vietnam. On Friday, on the sidelines of the APEC summit in Phu Quoc, Vladimir Putin and Sanae Takaichi agreed that their governments would talk again about a peace treaty. Here is what that agreement contains, and what it leaves out.

## What was agreed

The two leaders agreed to resume dialogue on the peace treaty at the level of deputy foreign ministers, with a first round early next year. That is a real change. Since March 2022 Moscow's formal position has been that it does not intend to continue such negotiations with a state that sanctions it. That position has now been dropped, at least for the purpose of meeting.

## What was not agreed

Almost everything else. The Russian side described the talks as "dialogue on the problems of a peace treaty", not negotiations, and Yuri Ushakov, the Kremlin aide, went out of his way to say that Russia's sovereignty over the islands "is not subject to discussion". The Japanese side calls them "consultations concerning the conclusion of a peace treaty" and insists its claim to all four islands stands. Each government has, in effect, agreed to a meeting whose subject it describes differently.

Nor did Moscow ask Tokyo to lift sanctions first, which is notable given that Andrei Rudenko, the deputy minister likely to lead Russia's side, once made "the refusal of hostile policy" the key condition. Japan did not offer to lift anything.

## The graves

Ms Takaichi asked for former islanders to be allowed to visit family graves. Mr Putin said Russia would "study" it. That is a promise to think, not a decision, and it should be read as such.

## Why now

Both leaders have reasons. Tokyo wants to avoid being the last G7 capital without a channel to Moscow as others open theirs. Moscow wants to show Asian audiences that sanctions do not isolate it. Neither reason requires a treaty. Both are served by a meeting.
"""),

dict(
    key="en-kremlin-no-handover", feed="teaselgate-en", lang="en",
    published="2027-11-20T06:00:00Z",
    title="Kremlin: restarting dialogue 'does not mean handing over anything'",
    summary="A week after the Phu Quoc summit, the Kremlin and the foreign ministry lined up to say Russia's sovereignty over the Kurils is not on the table.",
    label="restatement",
    note="Post-summit restatement of Russia's sovereignty stance (seeds 000/001/004); the summit agreement (b97-g7) is background only.",
    byline="Desk", section="Russia Far East",
    comments=[("old_nemuro_hand", "Of course. Nobody in Nemuro expected otherwise."),
              ("t.ivanova", "The 'peace, friendship and good-neighbourliness' wording is straight out of Rudenko's 2024 interview.")],
    body="""
Moscow spent this week making sure nobody reads too much into last Friday's agreement between Vladimir Putin and Sanae Takaichi to resume a peace treaty dialogue.

Kremlin spokesman Dmitry Peskov told reporters on Wednesday that the renewed dialogue "does not mean handing over anything to anyone". "The Kuril Islands are Russian territory. This is not discussed and will not be discussed," he said.

Foreign ministry spokeswoman Maria Zakharova went further at her weekly briefing on Thursday, saying that what Russia was prepared to discuss with Japan was "a modern, comprehensive document on peace, friendship and good-neighbourly relations", not a border. "Those who hope for territorial concessions are wasting their time," she said.

That language is not new. It is almost word for word what Deputy Foreign Minister Andrei Rudenko said in early 2024, when he described the treaty Russia had in mind as a document on "peace, friendship and good-neighbourly relations" and called the resumption of talks "categorically impossible" in the circumstances of the time. The circumstances have changed enough for a meeting; the substance, on Moscow's side, has not.

In Tokyo, Chief Cabinet Secretary Minoru Kihara said Japan was "aware of the Russian statements" and that Japan's position "that the Northern Territories are islands over which Japan has sovereignty" was unchanged.

**Why it matters:** nothing here changes the Phu Quoc agreement, which stands. It is a reminder that both governments agreed to talk without agreeing on what they are talking about.
"""),
]
