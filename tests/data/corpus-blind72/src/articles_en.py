# English-language articles of corpus blind72 (ids b72-NN).
# Bodies: paragraphs separated by blank lines.

ARTICLES = [
dict(
    id="b72-01", feed="haverford-times", published="2024-02-15T06:20:00Z",
    section="World / Asia", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Russia's envoy in Tokyo: 'no basis' for peace treaty talks while sanctions stand",
    summary="Ambassador Nikolai Nozdrev says Moscow sees no prospect of returning to peace treaty "
            "negotiations as long as Japan keeps its sanctions, and calls Russian sovereignty over "
            "the southern Kurils indisputable.",
    label="restatement",
    note="Restates seeds 001/002/004 (talks impossible under sanctions; Rudenko's 'categorically "
         "impossible'; sovereignty not open to question) through a new speaker, the ambassador.",
    body="""
Russia's ambassador to Japan has said there is "no basis" for returning to peace treaty negotiations with Tokyo as long as Japanese sanctions remain in place, restating the position Moscow has held since it walked away from the talks two years ago.

In written answers to questions from The Haverford Times, Nikolai Nozdrev, who succeeded Mikhail Galuzin in the post, said relations between the two countries had sunk to "the lowest point in many decades" and placed the blame squarely on the Japanese government.

"A peace treaty is meant to be a document about friendship and good-neighbourliness. It is impossible to discuss such a document with a state that has chosen an openly unfriendly course and imposes sanctions against our country," he wrote.

Asked about the four islands off Hokkaido that Russia calls the Southern Kurils and Japan the Northern Territories, Nozdrev said Russian sovereignty over them "is enshrined in international legal documents and is not a subject for discussion".

The ambassador's comments closely track those of Deputy Foreign Minister Andrei Rudenko, who told the TASS news agency last week that resuming dialogue on the treaty was "categorically impossible" in the current situation.

Japan's Foreign Ministry did not respond directly. An official in its European Affairs Bureau, speaking on condition of anonymity, said Tokyo's policy of "resolving the territorial issue and concluding a peace treaty" was unchanged.

Moscow announced in March 2022 that it would not continue the negotiations, citing the sanctions Japan imposed over the invasion of Ukraine. In the same statement it ended visa-free trips by Japanese citizens to the islands and pulled out of talks on joint economic activities there.

Japan and the Soviet Union restored diplomatic ties with a joint declaration in 1956 but never signed a peace treaty formally ending the Second World War, largely because of the dispute over the islands, which Soviet forces seized in the final weeks of the war.
"""),

dict(
    id="b72-03", feed="brambling-wire", published="2024-03-21T09:00:00Z",
    byline="By Kenta Haruna", dateline="TOKYO, March 21 (Brambling)",
    title="Two years after Moscow's walkout, Japan-Russia treaty talks remain frozen",
    summary="Two years after Russia broke off peace treaty negotiations and ended visa-free visits "
            "to the disputed islands, neither side has moved.",
    label="restatement",
    note="Anniversary/background piece. Every fact is in seeds 000-004: the March 2022 walkout, "
         "end of visa-free trips (1991/1999), exit from joint economic activity talks, BSEC block, "
         "Rudenko's February 2024 remark.",
    body="""
Two years after Russia broke off peace treaty negotiations with Japan, there is no sign of movement on either side, and the former residents of the disputed islands off Hokkaido say they are running out of time.

Russia's Foreign Ministry said on March 21, 2022 that it did not intend to continue the talks with a country that "takes openly unfriendly positions", in response to sanctions Tokyo imposed after Moscow's invasion of Ukraine.

In the same statement Moscow ended visa-free visits by Japanese citizens to the four islands, which Russia calls the Southern Kurils and Japan the Northern Territories, withdrew from dialogue on joint economic activities there and blocked the extension of Japan's status as a sectoral dialogue partner of the Black Sea Economic Cooperation organisation.

Nothing on that list has changed since. Deputy Foreign Minister Andrei Rudenko said last month that resuming dialogue on a treaty was "categorically impossible" in the current situation, while the Japanese government repeats that its aim of resolving the territorial issue and concluding a peace treaty is unchanged.

For the surviving former islanders, whose average age is now above 88, the freeze has meant that the grave visits and "free visits" they made for decades under agreements from 1991 and 1999 have not resumed. The programmes were first halted by the pandemic in 2020.

"Every year we hold the memorial ceremony, and every year there are fewer of us," said a man in his late eighties who was born on Shikotan and now lives in Nemuro. "We do not ask for politics. We ask to visit our parents' graves."

Japan's government says restarting the visits is one of its top priorities in relations with Moscow. Russia says any improvement depends on Tokyo abandoning what it calls its hostile policy.

Japan and the Soviet Union ended their state of war with a joint declaration in 1956 but never signed a peace treaty.
"""),

dict(
    id="b72-08", feed="galeforce-bc", published="2024-05-10T15:00:00Z",
    section="World", byline="Galeforce News",
    title="Armenia, Azerbaijan open new round of peace treaty talks in Almaty",
    summary="The two foreign ministers are meeting in Kazakhstan to narrow differences on a draft "
            "peace treaty after decades of conflict.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Armenia-Azerbaijan); nothing about Russia-Japan or the Kurils.",
    body="""
The foreign ministers of Armenia and Azerbaijan began two days of talks in Almaty on Friday aimed at narrowing their differences over a peace treaty to end more than three decades of conflict between the South Caucasus neighbours.

Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov were welcomed by Kazakhstan's foreign minister, Murat Nurtleu, who said his country was offering "a platform, not mediation".

The meeting comes weeks after the two sides agreed to begin returning several border villages in Armenia's Tavush region to Azerbaijani control, a step Baku had long demanded and which has triggered street protests in Armenia.

Diplomats say the draft treaty text has been exchanged more than a dozen times. Outstanding issues include the principles for delimiting the border and Azerbaijan's demand that Armenia amend its constitution.

"We have made progress, but a number of articles remain open," Mirzoyan told reporters before the talks. Bayramov said Baku wanted the treaty signed "as soon as possible".

Azerbaijan retook the Karabakh region in a lightning offensive in September 2023, prompting the exodus of almost all of its ethnic Armenian population.
"""),

dict(
    id="b72-13", feed="haverford-times", published="2024-07-10T23:40:00Z",
    section="World / Asia", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Japan protests as Russia practises laying sea mines near disputed islands",
    summary="Tokyo says it is the first minelaying drill it has confirmed around the Russian-held "
            "islands off Hokkaido; Russia's Pacific Fleet says ships laid practice mines in the strait "
            "between Kunashir and Iturup.",
    label="new_development", group="b72-g2",
    new_facts=["Russia's Pacific Fleet held a minelaying drill (5-8 July) around Kunashir and Iturup, "
               "the first Japan has confirmed near the islands; Tokyo protested"],
    must_mention=[["mine"], ["kunashir", "iturup", "kuril", "northern territories", "islands"]],
    note="Third report of g2 (English), adds Hayashi's protest wording and analysis; same development.",
    body="""
Japan has protested to Moscow after its defence ministry said Russian warships had practised laying sea mines around two of the Russian-held islands off Hokkaido, the first such exercise Tokyo says it has confirmed near the territory it claims.

The ministry said on Wednesday that vessels of Russia's Pacific Fleet, including small anti-submarine ships and minesweepers, carried out the drill between July 5 and 8 in waters around Kunashir and Iturup, which Japan calls Kunashiri and Etorofu.

Russia's Pacific Fleet confirmed the exercise later in the day, saying crews had laid practice mines in the Yekaterina Strait between the two islands and then rehearsed finding and destroying them.

"Strengthening military deployments on the Northern Territories is incompatible with Japan's position and cannot be accepted," Chief Cabinet Secretary Yoshimasa Hayashi told reporters, adding that the protest had been delivered through diplomatic channels.

Analysts said the drill pointed to the islands' role in Russia's defence of the Sea of Okhotsk, where its Pacific Fleet keeps ballistic-missile submarines. "The straits through the Kurils are the gates to that bastion. Mines are the cheapest way to close them," said Naomi Kurata, a researcher at a Tokyo security think tank.

Russia has steadily reinforced its garrison on the islands since the mid-2010s, deploying coastal missile systems and fighter jets. Moscow says the islands became Russian territory as a result of the Second World War and that its sovereignty over them is not open to discussion.

Peace treaty negotiations between the two countries have been frozen since March 2022, when Russia walked away from them in response to Japanese sanctions over Ukraine.
"""),

dict(
    id="b72-14", feed="brambling-wire", published="2024-07-12T04:30:00Z",
    byline="By Kenta Haruna and Mika Sorensen", dateline="TOKYO, July 12 (Brambling)",
    title="Japan's defence white paper flags China, North Korea and Russian activity to its north",
    summary="The annual report repeats that China is Japan's greatest strategic challenge and voices "
            "concern over Russia's military presence on the islands it claims.",
    label="restatement",
    note="Annual report restating positions: long-known build-up (pre-2024) and Japan's claim (seeds "
         "000/003). Mentions the g2 minelaying drill only to say the paper does not cover it: a "
         "passing reference, not a report of g2.",
    body="""
Japan's annual defence white paper, approved by Prime Minister Fumio Kishida's cabinet on Friday, repeats that China poses "the greatest strategic challenge" Japan has faced and warns of deepening military cooperation between Beijing and Moscow near Japanese territory.

The 2024 report points to joint flights by Chinese and Russian strategic bombers and joint naval patrols around the Japanese archipelago, and says North Korea's missile launches pose "an even more grave and imminent threat" than before.

On Russia, the document says Moscow continues to maintain and strengthen its forces in the Northern Territories - the four islands off Hokkaido that Russia calls the Southern Kurils - including coastal missile systems and fighter aircraft stationed there, and describes Russian military activity in the region as "a strong security concern". It restates that the islands are an inherent part of Japan's territory.

The paper was finalised before this week's dispute over a Russian minelaying drill near Kunashir and Iturup, which Japan's defence ministry disclosed on Wednesday and which is not covered in the text.

Japan's defence budget for the fiscal year that began in April is about 7.9 trillion yen ($49 billion), part of a five-year plan to raise security spending to 2% of gross domestic product by 2027.

China's foreign ministry has in past years accused Tokyo of "hyping" a Chinese threat in the white paper. Russia has not commented on this year's edition.
"""),

dict(
    id="b72-17", feed="brambling-wire", published="2024-09-24T08:05:00Z",
    byline="By Mika Sorensen", dateline="TOKYO, Sept 24 (Brambling)",
    title="Russian border guards detain Japanese fishing boat off disputed islets",
    summary="The Nemuro-registered Chiaki Maru No. 23 and four crew were stopped near the "
            "Russian-held Habomai islets and taken to Shikotan, Japan's coast guard and the FSB said.",
    label="new_development", group="b72-g3",
    new_facts=["Russian border guards seized the Nemuro gillnet boat Chiaki Maru No. 23 and its four "
               "crew near Kaigara (Signalny) in the Habomai islets and took it to Shikotan"],
    must_mention=[["seiz", "detain"], ["chiaki maru", "fishing boat", "fishing vessel"]],
    note="Second report of g3; adds the FSB version (fishing without permits, escorted to "
         "Malokurilskoye). Same development.",
    body="""
Russian border guards detained a Japanese fishing boat and its four crew near the Russian-held Habomai islets off Hokkaido, Japan's coast guard said on Tuesday.

The Chiaki Maru No. 23, a 9.7-tonne gillnet boat registered in the eastern port city of Nemuro, radioed its fishing cooperative on Monday evening to say a Russian patrol vessel had ordered it to stop, the coast guard said. Contact was lost shortly afterwards.

The Sakhalin border directorate of Russia's Federal Security Service (FSB) said the boat had been caught fishing without permission in Russian territorial waters near Signalny island, which Japan calls Kaigara, and had been escorted to the port of Malokurilskoye on Shikotan for inspection.

Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo had asked Moscow, through its embassy and its consulate general in Yuzhno-Sakhalinsk, to release the crew and return the boat as soon as possible. He said the government was still confirming where exactly the boat had been operating.

Kaigara lies less than 4 km off Cape Nosappu, the easternmost point of Hokkaido, and Japanese boats working near the median line between Hokkaido and the islands are regularly stopped by Russian patrols.

Japan claims the Habomai group together with Shikotan, Kunashir and Iturup, which Soviet troops occupied at the end of the Second World War. The dispute has prevented the two countries from signing a peace treaty.

(Reporting by Mika Sorensen; Editing by Alastair Brooke)
"""),

dict(
    id="b72-18", feed="galeforce-bc", published="2024-10-01T05:00:00Z",
    section="Asia-Pacific", byline="Galeforce News, Nemuro", meta=False,
    title="A week on, Nemuro families wait for word on fishermen held by Russia",
    summary="Relatives of the four crew of the Chiaki Maru No. 23 say they know little beyond "
            "government statements.",
    label="new_development", group="b72-g3",
    new_facts=["(follow-up) Chiaki Maru No. 23 and its crew still held on Shikotan a week after seizure"],
    must_mention=[["seiz", "detain", "held"], ["chiaki maru", "fishing boat", "fishermen"]],
    note="Follow-up of g3 with no new fact (families waiting, ministry 'continuing to request'). "
         "Belongs to g3; a separate alert would be a repeat.",
    body="""
At the Habomai fishing port near Cape Nosappu, the berth where the Chiaki Maru No. 23 usually ties up has been empty for a week.

The gillnet boat and its four crew were detained by Russian border guards on the evening of September 23 near Kaigara, one of the Russian-held Habomai islets that can be seen from the cape on a clear day. Since then, relatives say, they have heard little beyond what the government has told reporters.

"We are told they are all in good health and that the Foreign Ministry is negotiating. That's all we know," said the wife of one crew member, who asked not to be named.

Colleagues at the cooperative say the boat had been fishing for flatfish and insist it stayed on the Japanese side of the median line. Russia's border service says it was in Russian waters without a permit.

Japan's Foreign Ministry said on Tuesday it was "continuing to strongly request" the early release of the crew and the return of the vessel. Russian authorities have not said when the case will be decided.

For Nemuro, a city of about 23,000 that lives from the sea, the detention has revived old fears. "Every skipper here knows someone who was taken to the islands," said a retired fisherman mending nets on the quay. "You go out, you look at the GPS, and you pray."
"""),

dict(
    id="b72-19", feed="haverford-times", published="2024-10-04T07:30:00Z",
    section="World / Asia", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Ishiba vows to pursue peace treaty with Russia in first policy speech",
    summary="Japan's new prime minister says he will keep the goal of resolving the territorial "
            "dispute and concluding a treaty, and calls grave visits a top priority.",
    label="restatement",
    note="New speaker (Ishiba) restating Japan's standing policy, as Kishida did in seed 002; "
         "no move.",
    body="""
Japan's new prime minister, Shigeru Ishiba, said on Friday that his government would hold to the goal of resolving the territorial dispute with Russia and concluding a peace treaty, even though relations are at their lowest point in decades.

In his first policy speech to parliament since taking office on Tuesday, Ishiba said: "Japan-Russia relations are in a severe situation, but we will maintain our policy of resolving the territorial issue and concluding a peace treaty." He said resuming exchange programmes for former residents of the islands, "above all grave visits", remained among the government's highest priorities.

The passage on Russia took up only a few lines of a speech dominated by the economy, regional revitalisation and plans for a new disaster management agency. Ishiba is expected to dissolve the lower house next week for a general election on October 27.

The wording was almost identical to that used by his predecessor, Fumio Kishida, who said repeatedly that Tokyo remained committed to a treaty while acknowledging that the war in Ukraine had made relations "difficult".

Moscow says there can be no treaty talks while Japan maintains sanctions. Russia's Foreign Ministry has not commented on the speech.

The dispute concerns four islands off Hokkaido that Soviet forces seized at the end of the Second World War.
"""),

dict(
    id="b72-20", feed="galeforce-bc", published="2024-10-17T06:00:00Z",
    section="Japan", byline="Galeforce News",
    title="Awareness of Northern Territories issue slips among young Japanese, survey shows",
    summary="A Cabinet Office poll finds fewer people under 30 say they know about the dispute "
            "with Russia over four islands off Hokkaido.",
    label="neutral",
    note="Borderline: new official data (opinion poll) on the dispute, but no act by either "
         "government and no change in any tracked matter.",
    body="""
Fewer young Japanese say they are aware of the territorial dispute with Russia over four islands off Hokkaido, according to a Cabinet Office survey released on Thursday.

Of the roughly 1,700 adults who responded, 84.6% said they knew about the Northern Territories issue, down from 88.1% in the previous survey. Among respondents aged 18 to 29, the figure was 63.2%.

Television remained the most common source of information, cited by about 70% of respondents, followed by school lessons. Only 4% said they had learned about the issue from social media.

Asked what the government should prioritise, the largest share of respondents pointed to the resumption of visits by former islanders to family graves, ahead of continued negotiations on the islands' return.

An official in charge of the Northern Territories issue said the government would expand classroom materials and online content aimed at younger people.

The four islands, which Russia calls the Southern Kurils, were seized by Soviet forces at the end of the Second World War. Japan and Russia have never signed a peace treaty.
"""),

dict(
    id="b72-22", feed="brambling-wire", published="2024-11-12T11:30:00Z",
    byline="By Mika Sorensen", dateline="TOKYO, Nov 12 (Brambling)",
    title="Russian court fines captain of seized Japanese fishing boat, confiscates vessel",
    summary="A court on Kunashir fined the skipper of the Chiaki Maru No. 23 2.6 million roubles "
            "and ordered the boat, its catch and nets confiscated.",
    label="new_development", group="b72-g4",
    new_facts=["South Kuril district court fined the Chiaki Maru No. 23's captain 2.6 mln roubles and "
               "confiscated the boat; crew to be handed over after payment"],
    must_mention=[["fine", "confiscat"], ["chiaki", "captain", "boat"]],
    note="Second report of g4 (court verdict). The seizure itself is g3; the verdict is a new act.",
    body="""
A court on the Russian-held island of Kunashir has fined the captain of a Japanese fishing boat detained near the disputed Habomai islets in September 2.6 million roubles (about $26,500) and ordered the boat confiscated, Russian border authorities said on Tuesday.

The South Kuril district court found the captain of the Chiaki Maru No. 23 guilty of violating fishing rules in Russian territorial waters, the Sakhalin border directorate of the FSB said. The catch and nets were also confiscated.

The captain and three crew members will be handed over to the Japanese side once the fine has been paid, the directorate said. The ruling can be appealed within 10 days.

"From the standpoint of Japan's legal position on the Northern Territories, it is unacceptable that Japanese fishermen are subjected to Russian jurisdiction," Chief Cabinet Secretary Yoshimasa Hayashi told a news conference, adding that Tokyo would continue to seek the crew's early return.

An official of the Habomai fishing cooperative in Nemuro said losing the boat would be "a heavy blow" for its owner. A new boat of that size costs upward of 100 million yen.

The Chiaki Maru was seized on Sept. 23 near Kaigara island, less than 4 km off Hokkaido's Cape Nosappu.

(Reporting by Mika Sorensen; Editing by Alastair Brooke)
"""),

dict(
    id="b72-23", feed="galeforce-bc", published="2024-11-22T08:00:00Z",
    section="Business", byline="Galeforce News", meta=False,
    title="Japan freezes assets of more firms over Russia sanctions evasion",
    summary="Tokyo adds companies in China, the UAE and Central Asia accused of supplying Russia's "
            "military with dual-use goods.",
    label="off_topic",
    note="Look-alike: unrelated Japan-Russia news (Ukraine sanctions); no mention of the treaty or the islands.",
    body="""
Japan on Friday added more than 20 companies and individuals to its list of those subject to asset freezes over Russia's war in Ukraine, targeting suppliers in China, the United Arab Emirates and Central Asia that it says help Moscow obtain machine tools and electronic components.

The government also banned exports of certain semiconductor manufacturing equipment and high-precision bearings to a further group of Russian entities, the trade ministry said.

"We will continue to work with the G7 and the international community to prevent the circumvention of sanctions," Chief Cabinet Secretary Yoshimasa Hayashi said.

Japan has imposed a series of measures on Russia since February 2022, including a price cap on Russian oil and the revocation of Moscow's most-favoured-nation trade status. Moscow has responded to earlier rounds by barring Japanese officials, journalists and academics from entering Russia.

Trade between the two countries has fallen by more than half since 2021, although Japan continues to import liquefied natural gas from the Sakhalin-2 project.
"""),

dict(
    id="b72-25", feed="brambling-wire", published="2024-12-03T14:10:00Z",
    byline="By Pavel Grinberg", dateline="MOSCOW, Dec 3 (Brambling)",
    title="Kremlin says Putin received letter from Japan's Ishiba",
    summary="Peskov says the letter, delivered through diplomatic channels, touches on the peace "
            "treaty issue and grave visits by former islanders; no decision yet on a reply.",
    label="new_development", group="b72-g5",
    new_facts=["Putin received a letter from Japanese PM Ishiba (bilateral ties, peace treaty issue, "
               "grave visits); Kremlin confirmed"],
    must_mention=[["letter"], ["ishiba"]],
    note="Second report of g5 (English); same development as the Russian first report.",
    body="""
President Vladimir Putin has received a letter from Japanese Prime Minister Shigeru Ishiba, the Kremlin said on Tuesday, a rare written exchange between the two leaders at a time when Moscow says peace treaty talks with Tokyo are impossible.

Kremlin spokesman Dmitry Peskov told reporters the letter had been delivered "through diplomatic channels" and would be studied. He said it set out Ishiba's approach to bilateral relations, "including the peace treaty issue", and raised humanitarian matters, among them visits by former Japanese residents to family graves on the Russian-held islands off Hokkaido.

Peskov did not say whether Putin would reply, saying only that any response would also be sent through diplomatic channels. "Our position on the peace treaty is well known and has not changed," he added.

It is the first message from a Japanese prime minister to Putin that either government has acknowledged since Russia's full-scale invasion of Ukraine in February 2022. Ishiba, who took office on Oct. 1, told parliament in his first policy speech that Japan would stick to its aim of resolving the territorial dispute and concluding a treaty.

Japan's government spokespeople were not immediately available for comment late on Tuesday.

Russia broke off the treaty negotiations in March 2022 in response to Japanese sanctions and ended visa-free visits to the islands, which Russia calls the Southern Kurils and Japan the Northern Territories.

(Reporting by Pavel Grinberg; Editing by Alastair Brooke)
"""),

dict(
    id="b72-28", feed="haverford-times", published="2025-01-15T21:00:00Z",
    section="Opinion", byline="Hiroko Mansell",
    title="Is there still a road back to a Japan-Russia peace treaty?",
    summary="Tokyo keeps saying its goal is unchanged. The harder question is what, if anything, "
            "could bring Moscow back to the table.",
    label="restatement",
    note="Opinion; questioned and wished-for moves ('could', 'would', 'if'); restates seed facts "
         "(2018 acceleration, 1956 declaration, 2022 walkout, Rudenko). No event.",
    body="""
Every Japanese prime minister since the war has promised to resolve the territorial issue and conclude a peace treaty with Moscow. Shigeru Ishiba has made the same promise. The question worth asking in 2025 is not whether Tokyo wants a treaty, but whether there is any road back to the table at all.

The last serious attempt ended in failure even before the war. Shinzo Abe met Vladimir Putin 27 times, and in Singapore in 2018 the two agreed to speed up negotiations on the basis of the 1956 Joint Declaration, which promised the handover of Shikotan and the Habomai islets after a treaty was signed. By 2020 the talks had stalled; in March 2022 Moscow walked out altogether, citing Japan's sanctions.

Could a future Kremlin return? Russian diplomats say the condition is that Japan abandon its "hostile course" - in practice, lift sanctions and distance itself from Ukraine. No Japanese government could do that and survive, nor should it.

Would anything short of that help? Perhaps a humanitarian channel. Former islanders, most now around 90, have been unable to visit family graves for five years. If Tokyo could keep that issue separate from the wider confrontation, it might preserve the habit of talking - the only thing that will matter when, one day, the political weather changes.

What Japan should not do is pretend. A treaty is not on the horizon. The honest policy is to say so, keep the claim alive, and wait.

Hiroko Mansell is a former Japanese diplomat and a visiting fellow at a London university.
"""),

dict(
    id="b72-30", feed="brambling-wire", published="2025-03-18T11:00:00Z",
    byline="By Pavel Grinberg", dateline="MOSCOW, March 18 (Brambling)",
    title="Russia could revisit Japan treaty dialogue only if Tokyo drops 'hostile course' - diplomat",
    summary="Deputy Foreign Minister Mikhail Galuzin says Moscow would 'look at the situation' if Japan "
            "abandoned sanctions, but sees no such signals.",
    label="restatement",
    note="Conditional ('could ... if Tokyo dropped'), no move; restates seed 004 (Rudenko: the key "
         "condition is Tokyo's refusal of its hostile policy) through a new speaker.",
    body="""
Russia could in principle return to dialogue with Japan on a peace treaty if Tokyo dropped its sanctions and what Moscow calls its "hostile course", Deputy Foreign Minister Mikhail Galuzin said in an interview broadcast on Tuesday, adding that he saw no sign of that happening.

"If Tokyo one day realises that its line has led nowhere and abandons its unfriendly policy, we will look at the situation," Galuzin, Russia's ambassador to Japan from 2018 to 2022, told a Russian state television channel. "But today there are no such signals, and we are not going to run after anyone."

He said that Russia's sovereignty over the Southern Kurils, the islands Japan calls its Northern Territories, was "not a subject of any negotiation".

Asked about the comments, Japan's Chief Cabinet Secretary Yoshimasa Hayashi said the government's policy of resolving the territorial issue and concluding a peace treaty was unchanged.

Russia broke off the treaty talks in March 2022. Deputy Foreign Minister Andrei Rudenko, who oversees relations with Asia, said in February last year that resuming them was "categorically impossible" in current conditions.

(Reporting by Pavel Grinberg; Editing by Sarah Lindqvist)
"""),

dict(
    id="b72-31", feed="haverford-times", published="2025-04-10T06:00:00Z",
    section="World / Asia", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Nemuro fishermen petition Tokyo to press Moscow as catches shrink near disputed islets",
    summary="Cooperatives ask the government to urge Russia to let boats work safely near the median "
            "line and to seek the return of a confiscated boat.",
    label="restatement",
    note="Petition/request ('urge Moscow to allow'); no move by either government. Refers to the "
         "g4 confiscation as background.",
    body="""
Fishing cooperatives from Nemuro, the Hokkaido city closest to the Russian-held islands, on Thursday petitioned Japan's fisheries agency and foreign ministry to urge Moscow to allow Japanese boats to fish safely near the line that separates Japanese-controlled waters from those around the islands.

The petition, signed by the heads of five cooperatives, also asks the government to press Russia to return the Chiaki Maru No. 23, a gillnet boat confiscated by a Russian court last November, and to expand compensation for fishermen who have lost income since 2022.

"Our boats go out every day within sight of the islands. We need the government to speak up for us," said the head of the Habomai cooperative, who led the delegation.

Officials who received the petition said they would "convey the concerns to the relevant parties", according to participants. The fisheries agency said separately that it was "closely monitoring the situation".

Catches of flatfish, octopus and sea urchin by Nemuro boats have fallen sharply in recent years, which fishermen blame on tighter Russian patrols and warming seas.

Japan and Russia have not negotiated a peace treaty since Moscow broke off the talks in March 2022.
"""),

dict(
    id="b72-35", feed="haverford-times", published="2025-05-21T09:00:00Z",
    section="World / Analysis", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Analysis: Japan and Russia restart island projects - starting with tourists",
    summary="Tuesday's agreement to resume talks on joint economic activities reverses one of "
            "Moscow's 2022 countermeasures. It leaves the rest of the freeze in place.",
    label="status_change", group="b72-g6",
    new_facts=["(analysis) Russia and Japan resumed consultations on joint economic activities on the "
               "islands, suspended by Russia in March 2022; tourism first, pilot tours aimed at 2026"],
    must_mention=[["joint economic"], ["resum", "restart", "revive"]],
    note="Analysis of g6 a day later; no fact beyond the first reports. Member of g6.",
    body="""
For three years, the list of what Russia cut off in March 2022 has been quoted almost word for word in every article on Japan-Russia relations: peace treaty talks, visa-free visits to the disputed islands, the dialogue on joint economic activities. On Tuesday one item came off it.

The two foreign ministries held director-general-level talks by video and agreed to resume consultations on joint economic activities on the four islands, which Russia calls the Southern Kurils and Japan the Northern Territories. They will start with tourism, aiming for pilot tours for Japanese visitors some time in 2026.

What has changed is that Moscow, which in 2022 said it was withdrawing from the dialogue because of Japan's sanctions, is back at the table on this one track. What has not changed is just as striking. Peace treaty talks remain suspended. Visa-free exchanges and the visits by former islanders remain terminated. And the legal problem that dogged the projects before the war is still there: Russia's statement insisted that everything would be done "in full accordance with Russian legislation", while Tokyo insists on a special framework that does not prejudice either side's legal position.

"This is a small door, not a thaw," said a former Japanese official who took part in the 2017-2019 talks on the projects. "Both sides want to show they can still do something practical."

Some in Nemuro are cautiously hopeful. Tour operators there ran the only pilot tours held so far, in 2019. "We are ready," one said. "But we have been ready before."
"""),

dict(
    id="b72-36", feed="brambling-wire", published="2025-06-12T08:00:00Z",
    byline="By Kenta Haruna", dateline="TOKYO, June 12 (Brambling)",
    title="Japan protests as Chinese coast guard ships approach fishing boat near Senkaku Islands",
    summary="Four Chinese vessels entered Japanese territorial waters around the East China Sea "
            "islands, the Japan Coast Guard said.",
    label="off_topic",
    note="Look-alike: another island dispute (Senkaku, Japan-China).",
    body="""
Japan lodged a protest with China after four Chinese coast guard vessels entered Japanese territorial waters around the Senkaku Islands in the East China Sea and approached a Japanese fishing boat, the Japan Coast Guard said on Thursday.

The ships stayed in the waters for about 20 hours before leaving, and Japanese patrol vessels positioned themselves between the Chinese ships and the fishing boat, the coast guard said. No one was hurt.

"The Senkaku Islands are clearly an inherent part of Japan's territory, historically and under international law," a government spokesman said. China, which calls the uninhabited islands Diaoyu, said its coast guard had carried out "law enforcement patrols in its own territorial waters".

Chinese government ships have been observed in the contiguous zone around the islands on almost every day of the year, according to Japanese data.

Japan administers the islands, which lie about 170 km northeast of Taiwan. Taiwan also claims them.
"""),

dict(
    id="b72-37", feed="galeforce-bc", published="2025-07-30T03:40:00Z",
    section="World", byline="Galeforce News", meta=False,
    title="Massive quake off Kamchatka sends tsunami into Kuril port town; Japan issues warnings",
    summary="Severo-Kurilsk's port was flooded and residents moved to higher ground; Japan told "
            "coastal residents along the Pacific to evacuate.",
    label="neutral",
    note="Borderline: a Kuril Islands news item (northern Kurils, not the disputed islands) with "
         "Japan in it, but a natural disaster, not the dispute.",
    body="""
A magnitude 8.8 earthquake struck off Russia's Kamchatka peninsula on Wednesday morning local time, sending tsunami waves into the port of Severo-Kurilsk in the northern Kuril Islands and prompting evacuation orders along Japan's Pacific coast.

Sakhalin Governor Valery Limarenko said waves had flooded the port and part of a fish-processing plant in Severo-Kurilsk, on the island of Paramushir, and that residents had been moved to higher ground. There were no immediate reports of deaths.

Japan's Meteorological Agency issued tsunami warnings from Hokkaido to Okinawa. Waves of more than a metre were recorded at several ports, and trains and flights were suspended along parts of the coast.

Severo-Kurilsk, a town of about 2,000 people, was largely destroyed by a tsunami in 1952. It lies in the northern part of the Kuril chain, far from the four southern islands whose ownership Japan disputes.

Aftershocks continued through the morning. The US Tsunami Warning Center said waves could reach Hawaii and the west coast of the Americas later in the day.
"""),

dict(
    id="b72-39", feed="galeforce-bc", published="2025-08-05T01:00:00Z",
    section="Asia-Pacific", byline="Galeforce News",
    title="Russia to let 101-year-old former islander visit birthplace on Iturup as a one-off",
    summary="Moscow agreed to the trip as an 'exceptional, one-time measure', Japan's foreign "
            "ministry said, stressing it does not mean visits have resumed.",
    label="new_development", group="b72-g7",
    new_facts=["Russia allowed, as a one-time exception, a 101-year-old former islander to visit her "
               "birthplace on Iturup in early September"],
    must_mention=[["101", "one-off", "one-time"], ["iturup", "etorofu"]],
    note="Second report of g7 (English). A one-off: neither restoration of the visits nor a new freeze.",
    body="""
Russia has agreed to let a 101-year-old Japanese woman visit the place where she was born on Iturup, one of the disputed islands off Hokkaido, in what it called an exceptional, one-time measure, Japan's foreign ministry said on Monday.

Kiyo Sasaki, who was born in the village of Shana on the island and now lives in Nemuro, will travel in early September with two family members, a doctor and a foreign ministry official on a chartered boat from Nemuro, spending two nights on the island.

Russia notified Japan of its consent in a diplomatic note, the ministry said. The trip was arranged in a way that does not prejudice either side's legal position, officials said, meaning Sasaki will not use a Russian visa.

The ministry stressed that the visit did not mean a resumption of the visa-free exchanges and grave visits for former residents, which Russia terminated in 2022. "This is a humanitarian exception for one person," a ministry official said.

"I want to see the beach where my mother and father lived once more," Sasaki was quoted as saying by her family.

About 17,000 Japanese lived on the four islands before Soviet troops occupied them in 1945. Fewer than 5,000 are still alive.
"""),

dict(
    id="b72-41", feed="haverford-times", published="2025-09-05T09:30:00Z",
    section="World / Asia", byline="By Daniel Okafor in Vladivostok",
    title="Putin says Russia 'never closed the door' to Japan, but blames Tokyo for chill",
    summary="At the Eastern Economic Forum, the Russian president said the initiative for better "
            "ties must come from Japan and that the Kurils are not up for discussion.",
    label="restatement",
    note="Conditional readiness by a new speaker (Putin) restating seed positions: talks impossible "
         "with a sanctioning state, sovereignty not up for discussion. No new move.",
    body="""
President Vladimir Putin said on Friday that Russia had "never closed the door" to Japan, but that it was up to Tokyo to take the first step towards repairing relations, which have been frozen since Japan joined Western sanctions over Ukraine.

"It was not we who curtailed relations. If Japan wants to restore them, we are ready - but the initiative must come from Tokyo," Putin said in answer to a question from the moderator at the plenary session of the Eastern Economic Forum in Vladivostok.

He said a peace treaty "cannot be discussed with a country that imposes sanctions against us" and that Russia's sovereignty over the Kuril Islands "is not under discussion at all". He spoke approvingly of what he called "pragmatic contacts" on economic projects on the islands, "on the basis of Russian law".

Putin noted that Japanese companies had kept their stakes in the Sakhalin-1 and Sakhalin-2 energy projects. "Business is wiser than politicians," he said.

There was no immediate reaction from Tokyo. Japanese officials have said their policy of resolving the territorial dispute and concluding a peace treaty is unchanged.

The forum, Russia's annual showcase for investment in its Far East, drew delegations from China, India and Southeast Asia. Japan sent no government representative for the fourth year running.
"""),

dict(
    id="b72-46", feed="haverford-times", published="2026-02-07T05:00:00Z",
    section="World / Asia", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Takaichi pledges to press on over Russian-held islands at annual rally",
    summary="On Northern Territories Day, Japan's prime minister said she would 'never give up' and "
            "called for grave visits to resume.",
    label="restatement",
    note="Occasion piece (Northern Territories Day) with a new speaker restating the standing "
         "policy and the request for grave visits; no move.",
    body="""
Prime Minister Sanae Takaichi said on Saturday that Japan would "never give up" its claim to four Russian-held islands off Hokkaido, speaking at the annual rally in Tokyo that marks Northern Territories Day.

"Japan-Russia relations remain in a severe situation because of Russia's aggression against Ukraine. But we will maintain our policy of resolving the territorial issue and concluding a peace treaty," Takaichi told the gathering of former islanders, officials and local leaders.

She said her government would continue to seek the early resumption of visits by former residents to family graves on the islands, "which is a matter of the utmost priority given their advanced age". She also said Japan would work on joint economic activities on the islands "in a manner that does not harm our legal position".

A resolution adopted by the rally called on Russia to "return the islands without delay" and to allow former residents to visit.

February 7 commemorates the signing in 1855 of the Treaty of Shimoda, which drew the border between Japan and Russia north of Iturup. The Soviet Union occupied the islands in 1945.

The Russian embassy in Tokyo has in past years described the rally as "revanchist".
"""),

dict(
    id="b72-48", feed="brambling-wire", published="2026-03-10T12:45:00Z",
    byline="By Pavel Grinberg", dateline="MOSCOW, March 10 (Brambling)",
    title="Russia halts revived joint economic talks with Japan on disputed islands, scraps pilot tours",
    summary="Moscow blames new Japanese export controls; Tokyo calls the decision 'extremely regrettable'.",
    label="status_change", group="b72-g8",
    new_facts=["Russia suspended the joint economic activity consultations with Japan (resumed May 2025) "
               "and dropped the 2026 pilot tours"],
    must_mention=[["joint economic"], ["suspend", "halt", "freez"]],
    note="Second report of g8; old state: consultations resumed in May 2025 (g6); new state: suspended.",
    body="""
Russia has suspended consultations with Japan on joint economic projects on the disputed islands off Hokkaido, less than a year after the two countries revived them, and will not host the pilot tourist trips planned for this year, its foreign ministry said on Tuesday.

The ministry blamed new Japanese export controls on marine engines, fishing gear and refrigeration equipment, which it said "directly target the residents of the Kurils and the fishing industry of the Far East". Under those conditions, it said, continuing the consultations "loses its meaning".

The dialogue on joint economic activities, which Moscow had walked away from in March 2022 over Japan's sanctions, was resumed last May at a video conference between the two foreign ministries. Officials had been preparing pilot tours to Kunashir and Iturup for Japanese visitors.

Japan's Chief Cabinet Secretary Minoru Kihara called the decision "extremely regrettable" and said the export measures were part of Japan's response to Russia's aggression against Ukraine and "not aimed at the residents of any particular region".

Peace treaty negotiations, which Russia also broke off in 2022, have not resumed.

(Reporting by Pavel Grinberg; Editing by Sarah Lindqvist)
"""),

dict(
    id="b72-51", feed="galeforce-bc", published="2026-05-19T09:00:00Z",
    section="Asia-Pacific", byline="Galeforce News",
    title="Japan 'ready to return' to island projects if Russia reverses freeze, Motegi says",
    summary="Foreign Minister Toshimitsu Motegi says Tokyo would resume consultations 'at any time' "
            "and has again asked Moscow to allow grave visits this summer.",
    label="restatement",
    note="Conditional ('would resume ... if Russia') and a request; no move. Restates the g8 "
         "freeze and the standing request for grave visits.",
    body="""
Japan would resume consultations with Russia on joint economic projects on the disputed islands "at any time" if Moscow reversed its decision to suspend them, Foreign Minister Toshimitsu Motegi said on Tuesday.

"The door is open on our side. If Russia is willing, we are ready to return to the table," Motegi told a news conference, two months after Moscow halted the talks and scrapped pilot tourist trips planned for this year.

He said Japan had again asked Russia, through diplomatic channels, to allow former residents of the islands to visit family graves this summer, but had not received a reply. "We will keep asking," he said.

Asked whether Tokyo had confirmed Japanese media reports of a new Russian drone unit on Shikotan, which Russia's military has denied, Motegi said the government was "continuing to gather and analyse information".

Motegi added that the government's policy of resolving the territorial issue and concluding a peace treaty was unchanged.

Russia's foreign ministry has said that continuing the consultations "lost its meaning" after Japan imposed export controls on marine engines and fishing gear.
"""),

dict(
    id="b72-54", feed="brambling-wire", published="2026-08-12T06:00:00Z",
    byline="By Kenta Haruna", dateline="TOKYO/BEIJING, Aug 12 (Brambling)",
    title="China, Japan mark peace treaty anniversary with muted statements",
    summary="The 48th anniversary of the 1978 Treaty of Peace and Friendship passed without "
            "high-level events amid strained ties.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Japan-China 1978).",
    body="""
China and Japan marked the 48th anniversary of their 1978 Treaty of Peace and Friendship on Wednesday with brief statements and no high-level events, reflecting strained relations between Asia's two largest economies.

A spokesperson for China's foreign ministry said the treaty's principles, including that neither side should seek hegemony, "remain the political foundation" of relations and urged Tokyo to "act in accordance with its commitments" on Taiwan.

Japan's top government spokesman said Tokyo sought a "mutually beneficial relationship based on common strategic interests" and called for the lifting of remaining Chinese restrictions on Japanese seafood imports.

A reception hosted by a friendship association in Beijing was attended by the Japanese ambassador but no Chinese minister, participants said.

Relations have been strained by disputes over the Senkaku Islands, Chinese military activity around Taiwan and the detention of Japanese nationals in China on espionage charges.

The treaty was signed in Beijing on Aug. 12, 1978, six years after the two countries normalised diplomatic relations.
"""),

dict(
    id="b72-56", feed="haverford-times", published="2026-10-19T07:00:00Z",
    section="World / Long read", byline="By Eleanor Pryce, Tokyo correspondent",
    title="Seventy years after the Joint Declaration, Japan's lost islands remain out of reach",
    summary="The 1956 document ended the state of war and promised two islands after a peace "
            "treaty. Seven decades on, there is neither a treaty nor talks.",
    label="restatement",
    note="Anniversary/background piece (1956 Joint Declaration, seed 004); recaps known positions "
         "and the corpus' 2025-26 events without any new fact.",
    body="""
Seventy years ago today, in Moscow, Prime Minister Ichiro Hatoyama and Soviet Premier Nikolai Bulganin signed the Joint Declaration that ended the state of war between Japan and the Soviet Union and restored diplomatic relations.

Article 9 held out a promise: the Soviet Union would hand Shikotan and the Habomai islets to Japan after a peace treaty was concluded. The treaty never came. Kunashir and Iturup, the two larger islands, were not mentioned at all.

Since then, nearly every Japanese leader has tried a different key. Morihiro Hosokawa won the 1993 Tokyo Declaration naming all four islands. Shinzo Abe bet on personal diplomacy and, in Singapore in 2018, agreed with Vladimir Putin to accelerate talks "on the basis of the 1956 declaration". Within two years the talks had stalled.

In March 2022 Moscow broke them off entirely, citing Japan's sanctions over Ukraine, and ended visa-free visits to the islands. Russian officials have said since that a peace treaty cannot be discussed with a country that takes "openly unfriendly positions".

The years since have brought little more than exceptions: a single trip by a 101-year-old former islander to her birthplace, a brief revival of talks on joint economic projects that Moscow suspended again this spring.

"My father believed the declaration meant we would go home," said a Nemuro woman whose family fled Shikotan in 1947. "It was the only piece of paper we had."
"""),
]
