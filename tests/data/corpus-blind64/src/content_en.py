# English-language articles of corpus blind64.
# Body text: paragraphs separated by blank lines.

ARTICLES = [
dict(
    id="b64-02", feed="bittern-wire", lang="en", published="2024-03-05T10:15:00Z",
    title="Armenia, Azerbaijan swap fresh drafts of peace treaty as border talks inch forward",
    summary="Yerevan says it has answered Baku's latest proposals; both sides report progress on the text but no date for signing.",
    label="off_topic",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan). Not about Russia-Japan or the Kurils.",
    byline="Bittern Wire staff", dateline="YEREVAN",
    body="""Armenia has sent Azerbaijan its written response to Baku's latest draft of a peace treaty, Armenian officials said on Tuesday, the latest exchange in a negotiation that both sides say is moving forward but still has no finish line.

Foreign Ministry spokeswoman Ani Badalyan said the new Armenian proposals had been delivered through diplomatic channels and covered "all articles where differences remain." She declined to give details.

Azerbaijan's foreign ministry confirmed receipt and said its experts would study the text. An official in Baku, speaking on condition of anonymity, said the two drafts now agree on "more than half" of the articles, including mutual recognition of territorial integrity, but that questions of border delimitation and transport links remained open.

The two South Caucasus neighbours have been negotiating a treaty to end more than three decades of conflict since Azerbaijan retook the Karabakh region in a lightning offensive in September 2023, prompting almost the entire ethnic Armenian population to flee.

Border commissions from both countries are due to meet again this month to continue work on delimiting sections of their 1,000-km frontier. Armenian Prime Minister Nikol Pashinyan has said he hopes a treaty can be signed "within months," while Azerbaijani President Ilham Aliyev has insisted that Armenia first amend its constitution, which Baku says contains territorial claims.

Western mediators have pushed for a quick deal. Russia, which brokered the 2020 ceasefire and deployed peacekeepers to the region, has offered its own platform for talks but has seen its influence wane.""",
    related=["EU mission extends monitoring on Armenian border", "Georgia's ruling party wins contested vote", "Caspian pipeline expansion gets go-ahead"],
),
dict(
    id="b64-03", feed="saltcote-en", lang="en", published="2024-03-21T06:00:00Z",
    title="Two years on, the treaty table Moscow walked away from is still empty",
    summary="On March 21, 2022, Russia said it would not continue peace treaty negotiations with Japan. Two years later, neither side expects that to change soon.",
    label="restatement",
    note="Anniversary/background piece. Restates seeds: March 2022 walkout over sanctions, end of visa-free trips and joint economic activity dialogue, BSEC block; Rudenko Feb 2024 'categorically impossible'; Japan's stated policy unchanged. No new fact.",
    byline="By Helen Marsh, Tokyo correspondent", dateline="TOKYO",
    body="""Two years ago today, Russia's Foreign Ministry issued a short statement that ended, for now, a negotiation that had outlasted the Soviet Union.

Moscow said it did "not intend to continue negotiations with Japan on a peace treaty", calling it impossible to discuss a fundamental document on bilateral relations with a state that had taken "openly unfriendly positions". The trigger was Japan's decision to join Western sanctions after Russia's full-scale invasion of Ukraine.

The same statement ended visa-free trips by Japanese citizens to the four islands Russia calls the Southern Kurils and Japan the Northern Territories, pulled Russia out of talks on joint economic activity there, and blocked the extension of Japan's status as a sectoral dialogue partner of the Black Sea Economic Cooperation organisation.

Nothing in the two years since has moved the needle. Last month Deputy Foreign Minister Andrei Rudenko told the TASS news agency that resuming dialogue on the treaty was "categorically impossible" in the current situation and that Tokyo would first have to abandon what he called its hostile policy. Kremlin spokesman Dmitry Peskov has said much the same.

Tokyo's line has not changed either. Prime Minister Fumio Kishida has repeatedly said Japan remains committed to resolving the territorial issue and concluding a peace treaty, while describing relations with Moscow as "severe".

For the former residents of the islands, most of them now in their late eighties, the cost is measured in visits that did not happen. Before 2020, when the pandemic first halted the exchanges, hundreds travelled each summer to tend family graves.

"We are not asking for the islands back tomorrow," one former resident of Shikotan said at a gathering in Nemuro this week. "We are asking to be allowed to visit our parents."

The two countries have never signed a peace treaty ending World War II. The 1956 Joint Declaration restored diplomatic ties and held out the transfer of Shikotan and the Habomai islets after a treaty was concluded.""",
    related=["Nemuro fishermen brace for another lean season", "Japan widens export curbs on Russia", "Explainer: what the 1956 declaration says"],
),
dict(
    id="b64-07", feed="saltcote-en", lang="en", published="2024-07-25T11:20:00Z",
    title="Lavrov and Wang Yi meet in Vientiane, vow to 'coordinate closely' on Asia-Pacific security",
    summary="The Russian and Chinese foreign ministers met on the sidelines of ASEAN-related meetings in the Lao capital.",
    label="off_topic",
    note="Look-alike: Russia's talks with a third country (China), same venue as the Japan-Russia contact reported the next day. Not about the peace treaty or the Kurils.",
    byline="Saltcote Journal with agencies", dateline="VIENTIANE",
    body="""Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi met on Thursday on the sidelines of ASEAN-related meetings in Vientiane, pledging to coordinate closely on security in the Asia-Pacific region.

The two ministers discussed what Moscow called "attempts by non-regional powers" to build military blocs in the region, a reference to Washington's alliances with Japan, South Korea and the Philippines, according to a readout from the Russian Foreign Ministry.

Beijing's account said Wang had called for both sides to "firmly support each other" and to oppose "bloc confrontation". The ministers also discussed the war in Ukraine and the situation on the Korean peninsula.

Lavrov is in Laos for the East Asia Summit foreign ministers' meeting and the ASEAN Regional Forum, the only major security gathering in the region that includes both Russia and the United States. He was expected to hold a series of bilateral meetings, including with the foreign ministers of Laos, Indonesia and Thailand.

The meeting in Vientiane was the latest in a series of contacts between the two ministers this year. Wang and Lavrov met in Beijing in April and again at a gathering of the Shanghai Cooperation Organisation in Astana earlier this month.

Relations between Moscow and Beijing have deepened since Russia's full-scale invasion of Ukraine in February 2022. China has refused to condemn the invasion and has become Russia's largest trading partner.""",
    related=["ASEAN ministers split on South China Sea wording", "Blinken arrives in Laos for regional talks", "Laos, host of 2024 ASEAN meetings, seeks investment"],
),
dict(
    id="b64-10", feed="bittern-wire", lang="en", published="2024-07-27T08:45:00Z",
    title="Japanese, Russian diplomats hold rare meeting in Vientiane; Moscow says treaty talks still off",
    summary="Senior diplomats from Tokyo and Moscow met on the sidelines of ASEAN gatherings, the first such meeting since 2022. Russia called it a one-off working contact.",
    label="new_development", group="g1-vientiane",
    new_facts=["Directors-general of Japan's European Affairs Bureau and Russia's Second Asian Department met in Vientiane on 26 July 2024, the first director-level meeting since 2022; Moscow called it a one-off working contact, not a resumption of peace treaty talks."],
    must_mention=[["vientiane"], ["director"]],
    note="Third report of G1 (after Russian and Japanese reports). Same development.",
    byline="Bittern Wire staff", dateline="VIENTIANE",
    body="""Senior Japanese and Russian diplomats met on Friday on the sidelines of ASEAN-related meetings in Vientiane, officials from both countries said, the first face-to-face meeting at that level since Moscow broke off peace treaty negotiations with Tokyo in 2022.

Satoshi Miyasaka, director-general of the European Affairs Bureau at Japan's Foreign Ministry, met Dmitry Belogurov, director of the Russian Foreign Ministry's Second Asian Department, which handles relations with Japan.

Japan's Foreign Ministry said Miyasaka had set out Tokyo's position on the territorial dispute and the peace treaty and had asked Moscow to allow former Japanese residents of the Russian-held islands off Hokkaido to resume visits to family graves.

Moscow played the meeting down. In a statement, the Russian Foreign Ministry described it as a "one-time working contact" and said it "does not mean a resumption of negotiations on a peace treaty, which were halted in March 2022 through the fault of Tokyo." The two sides also discussed safety of navigation and the handling of fishing incidents, the ministry said.

No further meeting was scheduled, according to both sides.

A Japanese official said Tokyo saw value in "keeping a channel open" but cautioned against reading too much into the encounter. "This was not a negotiation," the official said.

Russia halted the peace treaty talks, along with visa-free visits to the islands and a dialogue on joint economic activities there, in response to Japan's sanctions over the invasion of Ukraine. Japan claims the four southernmost islands of the Kuril chain, which Soviet forces seized at the end of World War II.

Foreign ministers Yoko Kamikawa and Sergei Lavrov both attended the ASEAN Regional Forum in Vientiane on Saturday but did not meet.""",
    related=["Kamikawa urges ASEAN to keep pressure on North Korea", "Lavrov and Wang Yi vow close coordination", "Japan, Philippines sign troop access pact"],
),
dict(
    id="b64-12", feed="gorsebrook-wire", lang="en", published="2024-09-12T07:00:00Z",
    title="Japan, South Korea hold vice-ministerial strategic dialogue, pledge closer coordination",
    summary="Senior diplomats met in Seoul for the first strategic dialogue in nine years, focusing on North Korea and economic security.",
    label="off_topic",
    note="Look-alike: Japan's talks with a third country, 'first in years' wording; mentions another island dispute (Takeshima/Dokdo). Not about Russia or the Kurils.",
    byline="Gorsebrook Wire", dateline="SEOUL",
    body="""Japan and South Korea held a vice-ministerial strategic dialogue in Seoul on Thursday, the first in nine years, as the two governments seek to lock in a thaw in relations before political changes in either capital.

Japanese Vice Foreign Minister Masataka Okano and South Korean First Vice Foreign Minister Kim Hong-kyun discussed North Korea's missile programme, supply chains for semiconductors and cooperation with the United States, South Korea's foreign ministry said.

The two sides agreed to keep up "close communication at all levels" and to prepare for the 60th anniversary of the normalisation of diplomatic relations next year, according to the ministry.

Neither side publicly raised the long-running dispute over the islets known as Dokdo in Korea and Takeshima in Japan, which has periodically soured ties. Japan's foreign ministry said in a brief statement that the meeting had taken place "in a frank atmosphere".

Relations between Tokyo and Seoul have improved markedly since South Korean President Yoon Suk Yeol moved last year to resolve a dispute over compensation for wartime forced labour. The two countries have since resumed regular leaders' visits and reinstated each other on export "white lists".

Okano was also due to meet South Korea's national security adviser before returning to Tokyo on Friday.""",
    related=["Seoul, Tokyo restart finance dialogue", "North Korea fires ballistic missiles into sea", "Japan's LDP leadership race enters final week"],
),
dict(
    id="b64-14", feed="oxbow-review", lang="en", published="2024-10-10T09:00:00Z",
    title="Will Ishiba reopen the Russia file? Don't bet on it",
    summary="Japan's new prime minister once argued for engaging Moscow. His first policy speech suggests little will change.",
    label="restatement", nometa=True,
    note="Questioned version of a move (analysis asking whether talks could restart). Restates seeds (2022 walkout, Rudenko 'impossible', Japan's policy unchanged) and G1 (Vientiane contact, earlier in corpus). No new fact.",
    byline="By Daniel Okoro", dateline="",
    body="""When Shigeru Ishiba was a back-bencher, he was one of the few senior figures in the Liberal Democratic Party willing to say out loud that Japan could not simply freeze Russia out of its diplomacy. The islands off Hokkaido, the fishing grounds around them and a 1,000-km maritime border do not go away because relations are bad.

Now that he is prime minister, the question is whether that instinct survives contact with office. The early evidence says no.

In his first policy speech to the Diet last Friday, Ishiba spent a single sentence on Russia: relations are "severe", but Japan "maintains its policy of resolving the territorial issue and concluding a peace treaty". That is word for word the formula his predecessor Fumio Kishida used for two years.

There is also nobody to talk to. Moscow has been explicit since March 2022 that it will not negotiate a peace treaty with a country that sanctions it. In February, Deputy Foreign Minister Andrei Rudenko called a resumption "categorically impossible" and made any thaw conditional on Tokyo abandoning its "hostile policy" — in practice, its sanctions and its support for Ukraine.

The one crack of light this year came in July, when directors from the two foreign ministries met on the margins of ASEAN meetings in Vientiane. Moscow went out of its way to call that a one-off working contact, not a negotiation, and nothing has followed.

Could Ishiba move first? Lifting sanctions is politically impossible while the war continues and Japan is coordinating closely with the G7. A summit is unthinkable. What is left is small and humanitarian: grave visits for former islanders, fishing arrangements, search and rescue. Those are worth pursuing. But they are not a peace treaty, and nobody in Tokyo is pretending otherwise.

So: will Ishiba reopen the Russia file? Probably not this year, and probably not on his own terms.""",
    related=["Ishiba's cabinet: who's who", "Japan's defence budget request hits record", "The Kurils and the limits of patience"],
),
dict(
    id="b64-17", feed="bittern-wire", lang="en", published="2024-12-13T06:30:00Z",
    title="Japan, Russia wrap up annual fisheries talks, keep 2025 quotas in each other's waters unchanged",
    summary="The Japan-Russia fisheries committee agreed on reciprocal catch limits in the two countries' 200-mile zones. Waters around the disputed islands fall under separate arrangements.",
    label="off_topic",
    note="Look-alike: routine annual Japan-Russia fisheries talks (200-mile zones), held by video. Not about the islands; the piece says the island-area arrangements are separate.",
    byline="Bittern Wire staff", dateline="TOKYO",
    body="""Japan and Russia have concluded their annual fisheries negotiations, agreeing to keep the quotas for each country's boats in the other's exclusive economic zone unchanged for 2025, Japan's Fisheries Agency said on Friday.

The talks, held by video conference under a 1984 bilateral agreement, set Japanese catches in Russia's 200-nautical-mile zone at 61,500 tonnes, mainly of saury, pollock and squid, and Russian catches in Japanese waters at the same level. As in previous years, neither side will pay the other for access.

The agency said the discussions had been "businesslike" and were completed on schedule, despite strained relations between the two countries since Russia's invasion of Ukraine.

The agreement does not cover fishing by Japanese boats in waters around the four Russian-held islands off Hokkaido, which is governed by separate arrangements negotiated each year. Talks on those arrangements usually take place in the first quarter.

Japanese fishermen have seen their catches in Russian waters fall sharply in recent years, mainly because of declining saury stocks. Industry officials said this year's Japanese catch in the Russian zone was likely to be well below the quota.""",
    related=["Saury catch hits record low for third year", "Hokkaido scallop exporters look beyond China", "Japan eyes new fishing deal with Pacific islands"],
),
dict(
    id="b64-19", feed="saltcote-en", lang="en", published="2025-02-07T09:10:00Z",
    title="Ishiba vows 'no giving up' on islands as rally marks Northern Territories Day",
    summary="Japan's prime minister said there was no prospect of treaty talks resuming soon but pledged to keep pressing for grave visits by former islanders.",
    label="restatement",
    note="Occasion piece (Feb 7). Negated move ('no prospect of talks resuming'), wish for grave visits. Restates seeds (Japan's policy; 2022 walkout) and the known Japanese requests. No new fact.",
    byline="By Helen Marsh", dateline="TOKYO",
    body="""Prime Minister Shigeru Ishiba said on Friday that Japan would "never give up" its claim to four Russian-held islands off Hokkaido, while acknowledging that there was no prospect of peace treaty talks with Moscow resuming any time soon.

Speaking at an annual rally in Tokyo to mark Northern Territories Day, Ishiba said relations with Russia remained "severe" because of the war in Ukraine.

"There is no prospect at present of resuming negotiations on a peace treaty," he told an audience of former island residents, local officials and lawmakers. "But the government's policy of resolving the territorial issue and concluding a peace treaty remains unchanged."

Ishiba said the resumption of visits by former residents to family graves on the islands remained "a top priority" in Japan's dealings with Moscow. The average age of the surviving former islanders is now over 88.

Russia halted the peace treaty talks and ended visa-free visits to the islands in March 2022 in response to Japanese sanctions. Moscow says the islands, seized by Soviet forces in the final days of World War II, are Russian territory and that their status is not up for discussion.

Feb. 7 was designated Northern Territories Day in 1981. It marks the date in 1855 when Japan and Russia signed the Treaty of Shimoda, which put the border between Etorofu and Urup.""",
    related=["Former islanders' league elects new head", "Nemuro marks anniversary with torch relay", "Japan's Diplomatic Bluebook: what to watch"],
),
dict(
    id="b64-21", feed="gorsebrook-wire", lang="en", published="2025-03-11T10:30:00Z",
    title="Russia refuses annual talks on Japanese fishing off disputed islands, Tokyo says",
    summary="Moscow told Japan in a diplomatic note that it would not hold this year's consultations on the 1998 framework for Japanese fishing near the Russian-held islands.",
    label="new_development", group="g3-safefishing",
    new_facts=["Russia told Japan by diplomatic note (reported 10-11 March 2025) that it will not hold this year's intergovernmental consultations on Japanese 'safe operation' fishing around the four islands under the 1998 agreement."],
    must_mention=[["fishing", "fishermen"], ["refus", "declin", "will not hold"]],
    note="Second report of G3 (first in Japanese, hakuyo-ja). Same development.",
    byline="Gorsebrook Wire", dateline="TOKYO",
    body="""Russia has refused to hold this year's talks on Japanese fishing in waters around the disputed islands off Hokkaido, Japan's Foreign Ministry said, leaving fishermen in Nemuro unsure whether they will be able to put to sea this spring.

Moscow informed Tokyo in a diplomatic note that it would "not be able" to hold the annual intergovernmental consultations this year, a ministry official said on Tuesday. The note gave no reason.

Under a 1998 agreement, Japanese boats have been allowed to catch pollock, Atka mackerel and octopus in designated areas around the four islands — which Russia controls and Japan claims — in return for payments to the Russian side. The quotas and payments are fixed each year in government-to-government talks, normally held before the pollock season ends in March.

Without those talks, the agreement itself remains in force but cannot be put into practice, officials said.

"If there is no agreement, our boats cannot go out after March," said the head of a fishing cooperative in Nemuro. "For some of our members this is half of their year's income."

Japan has asked Russia to hold the consultations as soon as possible, the official said.

The refusal comes three years after Russia halted peace treaty negotiations with Japan and ended visa-free visits to the islands over Tokyo's sanctions. The fishing arrangements had so far survived the rupture, with annual talks held in 2023 and 2024, albeit with delays.""",
    related=["Hokkaido governor visits Nemuro fishing port", "Japan's seafood exports rebound", "Russian coast guard detains Japanese crab boat"],
),
dict(
    id="b64-23", feed="bittern-wire", lang="en", published="2025-05-16T14:00:00Z",
    title="Russian, Ukrainian delegations hold first direct peace talks since 2022 in Istanbul",
    summary="The two sides met for under two hours and agreed on a large prisoner exchange, but made no progress toward a ceasefire.",
    label="off_topic",
    note="Look-alike: 'first direct peace talks since 2022', Russia's talks with a third country. Not about Japan or the Kurils.",
    byline="Bittern Wire staff", dateline="ISTANBUL",
    body="""Russian and Ukrainian delegations met in Istanbul on Friday for their first direct peace talks since the early weeks of the war in 2022, agreeing to exchange 1,000 prisoners each but making no visible progress toward a ceasefire.

The meeting at the Dolmabahce palace, hosted by Turkish Foreign Minister Hakan Fidan, lasted less than two hours. Ukraine's delegation was led by Defence Minister Rustem Umerov; Russia's by presidential aide Vladimir Medinsky.

Medinsky said afterwards that Moscow was "satisfied" with the outcome and that the two sides had agreed that each would set out its vision of a possible future ceasefire in detail. A Ukrainian source said Russia had put forward "unacceptable" demands, including the withdrawal of Ukrainian troops from territory that Moscow claims.

Ukrainian President Volodymyr Zelenskiy, who had travelled to Turkey, said Kyiv would push for a full and unconditional ceasefire and for a meeting between himself and President Vladimir Putin.

The talks were the first of their kind since March 2022, when negotiators met in Istanbul weeks after Russia's full-scale invasion. Those talks collapsed.

U.S. Secretary of State Marco Rubio, who was also in Turkey, said the prisoner exchange was a positive step but that a ceasefire would require a direct meeting between the two presidents.""",
    related=["EU readies new sanctions package", "Kyiv reports overnight drone attack", "Trump says he will speak to Putin"],
),
dict(
    id="b64-26", feed="oxbow-review", lang="en", published="2025-06-26T08:00:00Z",
    title="Tokyo keeps knocking. Moscow keeps not answering.",
    summary="Three years after the peace treaty talks collapsed, Japan's signals of readiness have met silence. An explainer on what each side wants.",
    label="restatement", nometa=True,
    note="Wished-for/questioned version: Tokyo wants talks; denial of a report (Hayashi, June 23, b64-25) restated. Restates seeds and earlier corpus articles (G1 Vientiane contact, G3 fishing-talks refusal). No new fact.",
    byline="By Daniel Okoro", dateline="",
    body="""On Monday, Japan's chief cabinet secretary was asked about a report that Tokyo and Moscow were preparing to resume peace treaty talks. "There is no such fact," Yoshimasa Hayashi said, and moved on. It was the latest round in a now familiar cycle: a hopeful leak, a flat denial, and silence from Moscow.

The basic facts have not changed since March 2022. Russia said then that it would not negotiate a peace treaty with a state that was imposing sanctions on it. It ended visa-free visits to the islands it calls the Southern Kurils and walked out of the talks on joint economic projects there. In February 2024 Deputy Foreign Minister Andrei Rudenko made the conditions explicit: no resumption until Tokyo abandons its "hostile policy".

Japan, for its part, keeps saying it wants to talk. Prime Minister Shigeru Ishiba has said a resumption of grave visits by former islanders is a top priority. Foreign Minister Takeshi Iwaya has said Japan is "ready for dialogue whenever conditions allow." Neither has offered anything that Moscow would recognise as a concession.

The contacts that do happen are small and carefully labelled. Directors from the two foreign ministries met in Vientiane last July; Russia called it a one-off. In March this year, Moscow declined even the routine talks that set Japanese fishing quotas around the islands.

What would it take? On the Russian side, at a minimum, an easing of sanctions or a visible distancing from Ukraine — both unlikely while the war continues. On the Japanese side, a willingness to talk without the territorial issue at the centre, which no Japanese government has been prepared to accept.

So Tokyo keeps knocking. It would be a surprise if the door opened this summer.""",
    related=["What the 1956 declaration really promised", "Japan's fishermen and the politics of kelp", "Reading Moscow's signals on Asia"],
),
dict(
    id="b64-29", feed="bittern-wire", lang="en", published="2025-07-16T02:30:00Z",
    title="Russia, Japan hold first peace treaty talks since 2022 walkout, meeting in Ankara",
    summary="Deputy foreign ministers met in the Turkish capital and agreed to hold a further round in Tokyo, more than three years after Moscow halted the negotiations.",
    label="status_change", group="g4-ankara",
    new_facts=["Russia and Japan held vice-ministerial consultations on the peace treaty in Ankara on 15 July 2025, the first since Moscow halted the talks in March 2022, and agreed to hold the next round in Tokyo (talks suspended -> resumed)."],
    must_mention=[["ankara"], ["treaty", "talks"]],
    note="Third report of G4 (first in Russian, posolsky-ru). Status change: peace treaty talks suspended since March 2022 (seeds) -> resumed.",
    byline="Bittern Wire staff", dateline="MOSCOW/TOKYO",
    body="""Russia and Japan held talks on a peace treaty on Tuesday for the first time since Moscow broke off the negotiations in 2022, meeting at deputy foreign minister level in the Turkish capital Ankara, both governments said.

Russian Deputy Foreign Minister Andrei Rudenko and Japanese Deputy Foreign Minister Takashi Mizoguchi "discussed issues related to the peace treaty" and agreed to continue the consultations, with the next round to be held in Tokyo, Russia's Foreign Ministry said in a statement. Dates would be agreed through diplomatic channels.

Japan's Foreign Ministry confirmed the meeting and said Mizoguchi had set out Tokyo's position that the territorial issue must be resolved for a treaty to be concluded. He also urged Russia to allow former Japanese residents of the islands to resume visits to family graves.

The Russian statement said Moscow continued to see a future treaty as a broad document on "peace, friendship and good-neighbourliness" that would include guarantees against either side joining hostile initiatives by third countries.

Russia announced in March 2022 that it would not continue negotiating with Japan over its sanctions on Moscow following the invasion of Ukraine. As recently as February 2024, Rudenko called a resumption "categorically impossible".

Neither side explained what had changed. A Japanese official said the resumption did not mean any change in Japan's sanctions or its support for Ukraine.

The two countries have never signed a peace treaty formally ending World War II because of the dispute over the four southernmost Kuril islands, which Soviet troops seized in 1945 and which Japan calls its Northern Territories.""",
    related=["Russia and China hold joint naval drills in Sea of Japan", "Japan's upper house election: what to know", "Turkey offers to host more talks on Ukraine"],
),
dict(
    id="b64-30", feed="gorsebrook-wire", lang="en", published="2025-07-16T05:10:00Z",
    title="Russia, Japan resume peace treaty talks in Ankara after three-year freeze",
    summary="(Bittern Wire) Deputy foreign ministers met in the Turkish capital and agreed to hold a further round in Tokyo.",
    label="status_change", group="g4-ankara",
    new_facts=["Syndicated copy: Russia-Japan vice-ministerial peace treaty consultations in Ankara, 15 July 2025, first since 2022; next round in Tokyo."],
    must_mention=[["ankara"], ["treaty", "talks"]],
    note="Syndicated copy of b64-29 (Bittern Wire text) under a new headline. Same group G4; a second alert would be a repeat.",
    byline="Bittern Wire, via Gorsebrook", dateline="MOSCOW/TOKYO",
    body="""(Bittern Wire) — Russia and Japan held talks on a peace treaty on Tuesday for the first time since Moscow broke off the negotiations in 2022, meeting at deputy foreign minister level in the Turkish capital Ankara, both governments said.

Russian Deputy Foreign Minister Andrei Rudenko and Japanese Deputy Foreign Minister Takashi Mizoguchi "discussed issues related to the peace treaty" and agreed to continue the consultations, with the next round to be held in Tokyo, Russia's Foreign Ministry said in a statement. Dates would be agreed through diplomatic channels.

Japan's Foreign Ministry confirmed the meeting and said Mizoguchi had set out Tokyo's position that the territorial issue must be resolved for a treaty to be concluded. He also urged Russia to allow former Japanese residents of the islands to resume visits to family graves.

The Russian statement said Moscow continued to see a future treaty as a broad document on "peace, friendship and good-neighbourliness" that would include guarantees against either side joining hostile initiatives by third countries.

Russia announced in March 2022 that it would not continue negotiating with Japan over its sanctions on Moscow following the invasion of Ukraine. As recently as February 2024, Rudenko called a resumption "categorically impossible".

Neither side explained what had changed. A Japanese official said the resumption did not mean any change in Japan's sanctions or its support for Ukraine.""",
    related=["Markets: yen steadies ahead of election", "Turkey's central bank holds rates", "Explainer: Japan's Northern Territories"],
),
dict(
    id="b64-31", feed="saltcote-en", lang="en", published="2025-08-12T06:00:00Z",
    title="Japan, China vice-ministers meet in Beijing as 1978 peace treaty anniversary passes quietly",
    summary="Talks covered seafood imports, detained Japanese nationals and Chinese military activity near Japan.",
    label="off_topic",
    note="Look-alike: another peace treaty (Japan-China Treaty of Peace and Friendship, 1978) and Japan's talks with a third country. Not about Russia or the Kurils.",
    byline="Saltcote Journal", dateline="BEIJING",
    body="""Senior diplomats from Japan and China met in Beijing on Tuesday, the anniversary of the 1978 Treaty of Peace and Friendship between the two countries, in talks that Japanese officials described as "candid" but which produced no announcements.

Japan's deputy foreign minister raised the detention of several Japanese nationals in China, including an employee of a pharmaceutical company sentenced on espionage charges, and called for a full resumption of Chinese imports of Japanese seafood, Tokyo's Foreign Ministry said.

The Chinese side voiced concern about Japan's defence build-up and its growing security ties with the Philippines, according to a readout from Beijing.

Both sides agreed to work toward a visit to Japan by Chinese Foreign Minister Wang Yi later this year, Japanese officials said.

The treaty signed on Aug. 12, 1978, formally committed the two countries to developing "relations of perpetual peace and friendship" and to settling disputes by peaceful means. Anniversaries were once marked by receptions attended by senior politicians on both sides; this year's passed with little ceremony.

Relations have been strained by disputes over the Senkaku Islands, which China claims and calls the Diaoyu, and by Chinese military activity around Taiwan.""",
    related=["China lifts part of seafood ban", "Senkaku: Chinese coast guard ships enter waters", "Japan's defence white paper names China as top challenge"],
),
dict(
    id="b64-36", feed="bittern-wire", lang="en", published="2025-12-09T11:00:00Z",
    title="Lavrov, North Korea's Choe hold talks in Moscow, pledge deeper 'strategic' ties",
    summary="The foreign ministers discussed implementing last year's mutual defence treaty and Pyongyang's support for Russia's war.",
    label="off_topic",
    note="Look-alike: Russia's talks with a third country (North Korea), mentions a treaty and Japan only in passing. Not about the Kurils.",
    byline="Bittern Wire staff", dateline="MOSCOW",
    body="""Russian Foreign Minister Sergei Lavrov held talks in Moscow on Tuesday with his North Korean counterpart Choe Son Hui, the two sides pledging to deepen what they call their "comprehensive strategic partnership".

Lavrov said the ministers had discussed implementing the mutual defence treaty signed by President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang in June 2024, as well as cooperation in "international affairs".

Choe thanked Russia for its support and said North Korea "will always stand with" Moscow, according to the Russian Foreign Ministry. She was received later by Putin.

The United States, South Korea and Japan accuse North Korea of supplying Russia with artillery shells and ballistic missiles and of sending thousands of troops to fight against Ukraine. Pyongyang acknowledged this year that its soldiers had fought in Russia's Kursk region.

Japan's Foreign Ministry said it was "seriously concerned" about military cooperation between the two countries.

It was Choe's third visit to Russia in just over a year.""",
    related=["Seoul says North Korean troops rotated out of Kursk", "UN panel on North Korea sanctions: what next", "Japan's missile defence upgrade"],
),
dict(
    id="b64-37", feed="saltcote-en", lang="en", published="2026-01-16T04:00:00Z",
    title="Japan picks veteran Russia hand as next ambassador to Moscow",
    summary="Takeshi Omori, a Russian speaker who served three postings in Moscow, will replace Nobuo Kato.",
    label="neutral",
    note="Borderline: personnel change in the diplomatic calendar (new ambassador chosen), mentions the planned Tokyo round (known from G5). No change to talks. Unscored.",
    byline="Saltcote Journal", dateline="TOKYO",
    body="""Japan's cabinet on Friday approved the appointment of Takeshi Omori, a career diplomat who has spent much of his career working on Russia, as the next ambassador to Moscow.

Omori, 61, a Russian speaker, served three postings at the embassy in Moscow and was most recently ambassador to Kazakhstan. He will replace Nobuo Kato, who has been ambassador since 2023.

The appointment comes as the two countries prepare for a second round of deputy-minister level talks on a peace treaty, which both sides have said will be held in Tokyo in February. The consultations resumed in Ankara last July after a three-year break.

Chief Cabinet Secretary Minoru Kihara said the government had chosen "the most suitable person" for the post. He declined to comment on whether the appointment was connected to the talks.

Omori is expected to take up his post in the spring, after Russia grants its formal approval, known as agrément.""",
    related=["Cabinet approves new envoys to India, Brazil", "Japan's defence ministry seeks record budget", "Hokkaido braces for heavy snow"],
),
dict(
    id="b64-40", feed="saltcote-en", lang="en", published="2026-02-04T06:20:00Z",
    title="Moscow calls off Tokyo round, freezing revived treaty talks with Japan again",
    summary="Russia postponed indefinitely the second round of vice-ministerial consultations, citing Japan's new sanctions. The talks had restarted in Ankara only last July.",
    label="status_change", group="g6-tokyo-postponed",
    new_facts=["Russia notified Japan by diplomatic note (2-3 Feb 2026) that it is postponing indefinitely the February Tokyo round of vice-ministerial peace treaty consultations, citing Japan's January sanctions (talks resumed -> suspended again)."],
    must_mention=[["call", "postpon", "freez", "suspend"], ["tokyo"]],
    note="Third report of G6 (first in Japanese). Status change: consultations resumed in July 2025 (G4) -> suspended again.",
    byline="By Helen Marsh", dateline="TOKYO",
    body="""Russia has called off a planned round of peace treaty talks with Japan in Tokyo, putting the negotiations back on ice barely six months after they restarted.

Japan's Foreign Ministry said on Monday that Moscow had notified it in a diplomatic note that the deputy-minister level consultations scheduled for mid-February would be "postponed for the time being". Russian Foreign Ministry spokeswoman Maria Zakharova confirmed the decision on Tuesday, saying it was "inexpedient" to hold consultations after Japan adopted a new package of sanctions in January.

Foreign Minister Toshimitsu Motegi called the move "extremely regrettable" and said Japan had protested. "It is Russia that has once again unilaterally stopped the dialogue," he told reporters.

The two countries resumed talks in Ankara last July, the first since Moscow walked out of the negotiations in March 2022, and agreed to meet next in Tokyo. In December, Russia's deputy foreign minister Andrei Rudenko and Japan's ambassador in Moscow had agreed on February for that meeting.

Japan's January sanctions added more than 40 Russian entities and individuals to its asset-freeze list and tightened export controls on dual-use goods.

Russia gave no date for a new round. A Japanese official said there were "no signs" of when the talks might resume.

The dispute centres on four islands off Hokkaido that Soviet troops seized at the end of World War II. Russia calls them the Southern Kurils; Japan calls them the Northern Territories.""",
    related=["Japan adds 40 Russian entities to sanctions list", "Northern Territories Day: what to expect", "Russia hits Ukraine's power grid again"],
),
dict(
    id="b64-41", feed="bittern-wire", lang="en", published="2026-02-05T10:00:00Z",
    title="Japan urges Russia to return to treaty talks 'without delay' after Tokyo round scrapped",
    summary="Foreign Minister Motegi said Japan remained ready to meet and called on Moscow to set a new date.",
    label="status_change", group="g6-tokyo-postponed",
    new_facts=["Follow-up (no new fact): Russia's postponement of the February Tokyo round of treaty consultations; Japan urges Moscow to set a new date."],
    must_mention=[["postpon", "scrapped", "called off"], ["tokyo"]],
    note="Follow-up with no new fact, kept in its group G6 (fourth report): Motegi's reaction and request that Moscow return (a requested move, not a development). A separate alert on it would be a repeat of G6.",
    byline="Bittern Wire staff", dateline="TOKYO",
    body="""Japan on Thursday urged Russia to return to peace treaty talks "without delay", two days after Moscow postponed a round of consultations that had been planned for Tokyo this month.

Foreign Minister Toshimitsu Motegi told a parliamentary committee that Japan "remains ready to hold the consultations at any time" and called on Russia to propose a new date.

"Dialogue is necessary precisely because relations are difficult," Motegi said. "We strongly hope the Russian side will respond."

Russia informed Japan earlier this week that it was postponing the deputy-minister level talks indefinitely because of new Japanese sanctions. The consultations had resumed in July last year in Ankara after a three-year break.

Motegi said Japan would not reconsider its sanctions in exchange for talks. "Our position on Russia's aggression against Ukraine is unchanged," he said.

Asked whether the government would seek a leaders' telephone call, Motegi said nothing had been decided.

A group representing former residents of the islands said it was "deeply disappointed" and urged the government to keep pressing for grave visits, which have not taken place since 2019.""",
    related=["Russia calls off Tokyo round of treaty talks", "Diet passes extra budget", "Former islanders' group voices disappointment"],
),
dict(
    id="b64-44", feed="saltcote-en", lang="en", published="2026-05-20T07:40:00Z",
    title="Japan, Russia hold one-off consular talks by video on former islanders' graves",
    summary="Consular officials discussed the upkeep of Japanese graves on the Russian-held islands. Moscow stressed the call did not mean a return to wider consultations.",
    label="new_development", group="g7-consular-video",
    new_facts=["Japanese and Russian consular officials held a video conference on 19 May 2026 on Japanese graves on the Russian-held islands — the first bilateral contact since the February postponement; Russia called it one-time, not a resumption of consultations or visits."],
    must_mention=[["consular"], ["video"]],
    note="First report of G7 (English first). A 'held once' state: new development, not a status change (consultations remain suspended per G6).",
    byline="By Helen Marsh", dateline="TOKYO",
    body="""Japanese and Russian consular officials held a video conference on Tuesday about the upkeep of Japanese graves on the Russian-held islands off Hokkaido, Japan's Foreign Ministry said, the first official contact between the two governments since Moscow called off a round of peace treaty talks in February.

Officials from Japan's Consular Affairs Bureau and its consulate-general in Yuzhno-Sakhalinsk spoke with staff of the Russian Foreign Ministry's consular department and Sakhalin regional authorities for about 90 minutes, the ministry said.

The Japanese side asked for regular reports, with photographs, on the condition of some 50 Japanese cemeteries on the four islands, and for Russia to consider allowing former residents to visit them. Russia said local authorities would "continue to maintain" the sites, according to the Japanese account. No agreement was reached on visits.

Russia's Foreign Ministry said the call had been held "as a one-time exception on humanitarian grounds" and "does not signify the resumption of consultations with the Japanese side or of the visa-free trips" that Moscow ended in 2022.

A Japanese official said Tokyo hoped the contact could be repeated but acknowledged there was "no agreement on a next meeting".

The deputy-minister level consultations that restarted in Ankara last July have been on hold since February, when Russia postponed a round in Tokyo, citing Japanese sanctions.""",
    related=["Former islanders mark 80 years since leaving Shikotan", "Japan extends sanctions on Russian banks", "Hokkaido tourism hits record"],
),
dict(
    id="b64-46", feed="bittern-wire", lang="en", published="2026-06-10T09:30:00Z",
    title="Russia's Rudenko says talks with Japan could resume only if Tokyo drops 'sanctions course'",
    summary="The deputy foreign minister said Moscow was open in principle to consultations but set conditions Tokyo has already rejected.",
    label="restatement",
    note="Conditional version ('would resume if Tokyo drops sanctions'). Restates seed (Rudenko Feb 2024: condition is Tokyo abandoning hostile policy) and G6 (postponement). No new fact.",
    byline="Bittern Wire staff", dateline="MOSCOW",
    body="""Russia is open in principle to resuming consultations with Japan on a peace treaty but only if Tokyo abandons its "sanctions course", Deputy Foreign Minister Andrei Rudenko said on Wednesday.

"We have never slammed the door. But it is impossible to discuss a document on peace, friendship and good-neighbourliness with a country that adopts a new package of restrictions against us every few months," Rudenko told reporters on the sidelines of a conference in Moscow.

"If Tokyo draws the right conclusions, the consultations can be resumed. So far we do not see that," he said.

Russia postponed a round of deputy-minister level talks planned for Tokyo in February, citing new Japanese sanctions. The talks had resumed in Ankara in July 2025 after a break of more than three years.

Japan has said it will not change its sanctions policy in exchange for talks.

Rudenko said humanitarian contacts such as a video conference on Japanese graves held last month were "a separate matter" and not linked to the consultations.""",
    related=["Lavrov to visit Southeast Asia", "Russia's Pacific Fleet begins summer drills", "Japan, NATO deepen cyber cooperation"],
),
dict(
    id="b64-48", feed="gorsebrook-wire", lang="en", published="2026-07-14T08:00:00Z",
    title="Russia hands Japan records of 1,200 Siberian internees in first transfer since 2022",
    summary="The documents cover Japanese soldiers and civilians who died in Soviet labour camps after World War II.",
    label="neutral",
    note="Borderline: Japan-Russia humanitarian cooperation (Siberian internment records), not about the Kurils or the peace treaty. Unscored.",
    byline="Gorsebrook Wire", dateline="TOKYO",
    body="""Russia has handed Japan records on about 1,200 Japanese who died in Soviet labour camps after World War II, Japan's health ministry said on Tuesday, the first such transfer since 2022.

The documents, passed to the Japanese embassy in Moscow, include names, dates of death and burial locations for internees held in camps in Siberia and the Russian Far East, the ministry said. It will compare them with its own records and notify relatives.

About 575,000 Japanese soldiers and civilians were taken to the Soviet Union after Japan's surrender in 1945, and about 55,000 died in captivity, according to Japanese government estimates. Russia has handed over records in batches since the 1990s under a 1991 agreement.

Transfers continued at a slower pace after Russia's invasion of Ukraine, but the last batch was delivered in 2022. Japanese missions to collect remains in Russia have been suspended since then.

A ministry official said the handover was "a humanitarian matter" and not connected to other issues between the two countries.""",
    related=["Last survivors of Siberian camps mark 80 years", "Japan's war dead remains project: a status report", "Obon travel rush begins"],
),
dict(
    id="b64-50", feed="oxbow-review", lang="en", published="2026-10-19T03:00:00Z",
    title="Seventy years on, the 1956 declaration still haunts Tokyo and Moscow",
    summary="The joint declaration that ended the state of war promised two islands after a peace treaty. Neither the treaty nor the islands ever came.",
    label="restatement", nometa=True,
    note="Anniversary/background piece (70 years of the 1956 Joint Declaration). Restates seeds (1956 declaration, 2022 walkout, sovereignty positions) and corpus facts (Ankara resumption G4, February postponement G6). No new fact.",
    byline="By Daniel Okoro", dateline="",
    body="""Seventy years ago today, in Moscow, Ichiro Hatoyama and Nikolai Bulganin signed a declaration that ended the state of war between Japan and the Soviet Union and restored diplomatic relations. It was meant to be a stepping stone. It became the high-water mark.

Article 9 of the declaration said the two countries would continue negotiations on a peace treaty and that the Soviet Union would hand over Shikotan and the Habomai islets after one was concluded. Tokyo wanted four islands, not two; Moscow later argued that the transfer was never automatic. The treaty was never signed.

Every serious attempt since has come back to that text. In 2018 Shinzo Abe and Vladimir Putin agreed in Singapore to accelerate the talks "on the basis of" the 1956 declaration. Within three years the effort had stalled; in March 2022, after Japan joined sanctions over Ukraine, Moscow said it would not continue the negotiations at all.

The past year showed how little space there is. Deputy ministers met in Ankara in July 2025 and agreed to meet again in Tokyo. In February Moscow called that round off, citing new Japanese sanctions, and it has not been rescheduled.

Russia's position is that its sovereignty over all the Kurils is a result of World War II and not open to question. Japan's is that the four islands are its inherent territory. Neither has budged.

Seventy years is long enough for the declaration to have outlived almost everyone who negotiated it. The former residents of the islands who still hope to go back are now in their late eighties. For them, the anniversary is less a milestone than a reminder of how much time has run out.""",
    related=["What Abe and Putin agreed in Singapore", "The last Habomai fishermen", "How Japan counts its former islanders"],
),
dict(
    id="b64-53", feed="bittern-wire", lang="en", published="2027-04-13T03:30:00Z",
    title="Japan's Diplomatic Bluebook says Russia 'unilaterally' halted treaty consultations again",
    summary="The annual report repeats that the four islands are Japanese territory and calls on Moscow to resume grave visits.",
    label="restatement",
    note="Annual report restating positions: Japan's claim; Russia's 2022 walkout (seeds); the 2025 resumption and February 2026 postponement (G4, G6 earlier in corpus); request for grave visits. No new fact.",
    byline="Bittern Wire staff", dateline="TOKYO",
    body="""Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday, said Russia had "unilaterally" halted peace treaty consultations with Tokyo again last year and described relations with Moscow as being in "a severe situation".

The report, which sets out Japan's foreign policy priorities, repeats that the four Russian-held islands off Hokkaido "are islands over which Japan has sovereignty and are an integral part of Japan's territory", and that Japan's policy of resolving the territorial issue and concluding a peace treaty is unchanged.

It notes that deputy-minister consultations resumed in Ankara in July 2025 for the first time since Russia halted the negotiations in March 2022, but that Russia postponed a second round planned for Tokyo in February 2026, citing Japanese sanctions. "This is extremely regrettable," the report says.

The bluebook also calls on Russia to allow former island residents, whose average age is now close to 90, to resume visits to family graves, describing this as "a top priority".

Elsewhere, the report describes China's military activity as a "serious concern" and North Korea's missile programme as "a grave and imminent threat".""",
    related=["Bluebook: key passages", "Japan-China summit planned for autumn", "Former islanders' league to mark 80th year"],
),
dict(
    id="b64-54", feed="gorsebrook-wire", lang="en", published="2027-05-11T09:00:00Z",
    title="ASEAN, China resume talks on South China Sea code of conduct after months-long pause",
    summary="Negotiators met in Manila but failed to agree a timeline for concluding the long-delayed document.",
    label="off_topic",
    note="Look-alike: another island dispute and resumed talks ('resume ... after pause'). Not about Russia-Japan or the Kurils.",
    byline="Gorsebrook Wire", dateline="MANILA",
    body="""Negotiators from Southeast Asian countries and China resumed talks in Manila on Tuesday on a code of conduct for the South China Sea, after a pause of several months triggered by clashes between Chinese and Philippine vessels.

The talks, at senior officials' level, focused on the legal status of the planned code and on rules for coast guard conduct, diplomats said. No timeline for concluding the document was agreed.

ASEAN and China agreed in 2002 to work toward a binding code but have made slow progress. The Philippines, Vietnam, Malaysia and Brunei all have claims in the sea that overlap with China's, which covers most of the waterway.

The Philippine foreign ministry said it had pressed for the code to be "effective, substantive and consistent with international law", including the 2016 arbitral ruling that rejected China's sweeping claims. Beijing does not recognise the ruling.

The next round is expected in China in the autumn.""",
    related=["Philippines protests water cannon use near Scarborough", "Vietnam expands island building", "Japan delivers patrol boats to Manila"],
),
dict(
    id="b64-55", feed="oxbow-review", lang="en", published="2027-06-15T08:00:00Z",
    title="The quiet channel: a former diplomat on what Tokyo and Moscow still say to each other",
    summary="Hiroaki Tsuda served twice at Japan's embassy in Moscow. He says the embassies talk more than the headlines suggest.",
    label="neutral", nometa=True,
    note="Borderline: interview claiming unpublicised embassy-level contacts continue; vague, unverifiable, no dated event. Unscored.",
    byline="Interview by Daniel Okoro", dateline="",
    body="""Hiroaki Tsuda retired from Japan's Foreign Ministry last year after nearly four decades, two postings in Moscow among them. We spoke in Tokyo. The interview has been condensed.

Is there any dialogue between Japan and Russia right now?

Officially, the consultations on the peace treaty are suspended — Moscow called off the Tokyo round in February last year and has not offered a new date. But the embassies never stopped talking. There are working contacts almost every week: fishing incidents, detained crews, visas, consular cases. That is what embassies are for.

Does any of that touch the peace treaty?

Not in any formal sense. Nobody at that level is negotiating. But you learn things — what Moscow is worried about, what it might want. When the politics change, those contacts are what you build on.

Will the politics change?

Not while the war in Ukraine continues and Japan is part of the sanctions coalition. Moscow has made that very clear. I would not expect anything this year.

What should Tokyo do in the meantime?

Keep the humanitarian agenda alive — the graves, the former islanders, the fishermen. Those are things Russia can agree to without appearing to concede anything. And keep people in the system who speak Russian and understand how Moscow thinks. That capacity takes twenty years to build and five to lose.""",
    related=["Seventy years on, the 1956 declaration still haunts Tokyo and Moscow", "Tokyo keeps knocking. Moscow keeps not answering.", "Will Ishiba reopen the Russia file?"],
),
]
