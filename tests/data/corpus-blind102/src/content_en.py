"""English-language articles of the blind102 corpus.

Each entry: id, feed, published (UTC), title, summary, label, group, new_facts,
must_mention, note, plus page fields (section, byline, body, tags, comments, source).
Body paragraphs are separated by blank lines; a line starting with '## ' is a subhead,
'> ' a pull quote, 'Q: '/'A: ' an interview exchange.
"""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b102-01", "feed": "kettlewick-wire", "published": "2024-02-12T06:40:00Z",
        "title": "Russian envoy says treaty talks with Japan impossible while sanctions remain",
        "summary": "Russia's ambassador to Japan, Nikolai Nozdrev, said peace treaty negotiations "
                   "could not resume as long as Tokyo keeps the sanctions it imposed over Ukraine.",
        "label": "restatement",
        "note": "Restates seeds 001/004 (talks impossible amid sanctions; Rudenko's Feb 2024 "
                "'categorically impossible'). New speaker (ambassador), no new fact or measure.",
        "section": "Asia Pacific", "byline": "Kettlewick Moscow bureau",
        "body": """MOSCOW, Feb 12 (Kettlewick) - Russia's ambassador to Japan said on Monday there was no prospect of resuming peace treaty negotiations with Tokyo while Japan kept in place the sanctions it imposed over the war in Ukraine, repeating the position Moscow has held since it walked away from the talks in March 2022.

"As long as Tokyo pursues an openly unfriendly course and keeps adding to its sanctions, there is simply nothing to negotiate," Nikolai Nozdrev told the Rossiya-24 television channel. "A peace treaty is a document about friendship and good-neighbourliness. You cannot write such a document with a country that is trying to inflict a strategic defeat on you."

The interview was broadcast five days after Japan held its annual "Northern Territories Day" rally in Tokyo, at which the government restated its claim to four Russian-held islands off Hokkaido.

Nozdrev said relations were at their lowest point in decades and blamed what he called the "short-sighted" policy of the Japanese government. He did not announce any new measures.

Deputy Foreign Minister Andrei Rudenko told TASS last week that resuming the dialogue was "categorically impossible" in the current environment and that Tokyo would first have to abandon its "hostile policy" towards Russia.

Russia's Foreign Ministry said on March 21, 2022, that it would not continue peace treaty negotiations with a state that had taken "openly unfriendly positions". It also withdrew from talks on joint economic activities on the islands and ended visa-free trips by Japanese citizens there.

Moscow and Tokyo have never signed a peace treaty formally ending World War Two hostilities because of the dispute over the islands, which Russia calls the Southern Kurils and Japan the Northern Territories. Soviet forces seized them at the end of the war.

(Reporting by Kettlewick's Moscow bureau; Editing by Alison Carrow)""",
    },
    {
        "id": "b102-06", "feed": "kettlewick-wire", "published": "2024-05-20T05:10:00Z",
        "title": "Japan protests South Korean survey near disputed Takeshima islets",
        "summary": "Tokyo lodged a protest after a South Korean research ship was seen operating in "
                   "waters Japan claims around the Takeshima islets, known in Korea as Dokdo.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Takeshima/Dokdo). The ICJ paragraph concerns "
                "Korea, not Russia; the Russia dispute appears only in the last line.",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo bureau",
        "body": """TOKYO, May 20 (Kettlewick) - Japan lodged a protest with South Korea on Monday after its coast guard spotted a South Korean research vessel conducting what appeared to be a marine survey near the Takeshima islets, which Seoul controls and calls Dokdo.

The Japan Coast Guard said the ship was seen on Sunday afternoon inside what Tokyo regards as its exclusive economic zone around the islets in the Sea of Japan, trailing a cable from its stern. A patrol vessel radioed the ship that any survey without Japan's consent was "unacceptable".

"We have lodged a protest through diplomatic channels and demanded that such activities be stopped immediately," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference.

South Korea's foreign ministry said the survey was a legitimate activity in its own waters. "Dokdo is clearly our territory historically, geographically and under international law," a ministry spokesperson said in Seoul, adding that Japan's protest would not be accepted.

The row comes as Tokyo and Seoul deepen security cooperation with Washington in the face of North Korea's missile programme. Officials on both sides have generally sought to keep the territorial issue from derailing the broader relationship.

Japan has proposed three times, most recently in 2012, that the Takeshima dispute be referred to the International Court of Justice. South Korea has rejected each proposal, saying there is no dispute to adjudicate.

Japan also has territorial disputes with China over the Senkaku Islands in the East China Sea and with Russia over islands off Hokkaido.

(Reporting by Kettlewick's Tokyo bureau; Editing by Martin Lisle)""",
    },
    {
        "id": "b102-08", "feed": "kettlewick-wire", "published": "2024-06-04T09:45:00Z",
        "title": "UPDATE 1-Japan proposes taking Russia island dispute to World Court",
        "summary": "Japan has formally asked Russia to jointly refer their dispute over four islands "
                   "off Hokkaido to the International Court of Justice; Moscow says its sovereignty "
                   "is not open to question.",
        "label": "new_development", "group": "b102-g1",
        "new_facts": ["Japan handed Russia a diplomatic note (June 3, 2024) proposing a joint referral "
                      "of the sovereignty dispute over the four islands to the International Court "
                      "of Justice - its first formal proposal of this kind."],
        "must_mention": [["international court of justice", "icj", "world court"],
                         ["propos", "refer"]],
        "note": "Second report of g1 (first was the Japanese wire b102-07). Not in the seeds.",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo bureau",
        "body": """(Adds Russian embassy comment, background on court's jurisdiction, analyst)

TOKYO, June 4 (Kettlewick) - Japan has formally proposed to Russia that the two countries jointly refer their decades-old dispute over four islands off Hokkaido to the International Court of Justice, the Japanese government said on Tuesday, the first proposal of its kind.

The proposal was set out in a diplomatic note handed to the Russian embassy in Tokyo on Monday, Chief Cabinet Secretary Yoshimasa Hayashi told reporters. It asks Moscow to conclude a special agreement submitting the question of sovereignty over Etorofu, Kunashiri, Shikotan and the Habomai islets - which Russia calls the Southern Kurils - to the court in The Hague.

"Japan has consistently sought to resolve disputes peacefully and on the basis of international law. We decided to make this proposal because that path should be open to both sides," Hayashi said.

The ICJ can hear a case between two states only if both consent. Russia has not accepted the court's compulsory jurisdiction, and Moscow maintains that its sovereignty over the islands, which Soviet forces seized in 1945, is beyond dispute.

A spokesperson for the Russian embassy in Tokyo said the note had been received and forwarded to Moscow, and declined further comment. A Japanese foreign ministry official said Tokyo had asked for a written reply but had set no deadline.

Russia broke off peace treaty negotiations with Japan in March 2022 over Tokyo's sanctions following the invasion of Ukraine, and has since said talks are impossible while the sanctions remain.

Japan has made similar proposals to South Korea over the Takeshima islets - in 1954, 1962 and 2012 - all of which Seoul rejected.

"Nobody in Tokyo expects Moscow to say yes," said Kenji Arakawa, a professor of international law in Sapporo. "The point is to put on record that Japan is the party offering a legal route, at a time when there is no diplomatic one."

(Reporting by Kettlewick's Tokyo bureau; Additional reporting by the Moscow bureau; Editing by Martin Lisle)""",
    },
    {
        "id": "b102-11", "feed": "crossline-trans", "published": "2024-07-10T08:00:00Z",
        "title": "Sakhalin governor on the Kurils: 'For us, this question does not exist'",
        "summary": "Translation of a regional interview in which Governor Valery Limarenko repeats "
                   "that the ownership of the Kuril Islands is settled and not up for discussion.",
        "label": "restatement",
        "note": "Translation (reprint) of b102-10. Restates the known Russian position that "
                "sovereignty over the islands cannot be questioned (seeds 001, 004).",
        "section": "From Russian", "byline": "Crossline staff",
        "source": {"name": "Toporok.Media (Yuzhno-Sakhalinsk)", "lang": "Russian", "date": "9 July 2024"},
        "body": """The following are excerpts from an interview given by the Governor of Sakhalin Region, Valery Limarenko, to the regional news site Toporok.Media ahead of the summer navigation season to the Kuril Islands. Questions are abridged.

Q: Japan still calls the southern Kurils its "northern territories". Does that affect your work?

A: Let them call them what they like. For us this question does not exist. The border was drawn by the outcome of the Second World War, and the islands are part of the Russian Federation, of Sakhalin Region. That is fixed in our Constitution. We are not going to discuss it with anyone.

Q: Before 2022 Japanese delegations regularly came to the islands without visas. Do you miss those contacts?

A: It was not us who ended them. The Japanese government chose sanctions, chose to join the campaign against our country. Our Foreign Ministry drew the conclusions, and I fully support them. When there is respect, there can be contacts. Right now there is none.

Q: What do you say to islanders who ask whether the islands could one day be "handed over"?

A: I say what I said five years ago: nobody is handing anything over. People are building houses, raising children, opening businesses. The state is investing in schools, piers and power supply. That is the answer.

Q: Are there any new projects planned for the islands this year?

A: We continue the programmes that are already under way. I would rather talk about them when the buildings are standing.

Translator's note: The Russian Foreign Ministry announced in March 2022 that it was ending peace treaty talks with Japan and visa-free trips by Japanese citizens to the southern Kurils, citing Japanese sanctions. The governor's remarks restate that position.""",
    },
    {
        "id": "b102-14", "feed": "mizzen-ledger", "published": "2024-10-15T00:30:00Z",
        "title": "At Cape Nosappu, a saury skipper counts what the sea no longer gives",
        "summary": "Nemuro's saury fleet has shrunk to a third of its size in a decade. From the "
                   "harbour the Russian-held Habomai islets are close enough to count.",
        "label": "neutral",
        "note": "Borderline: a fisheries feature set on the coast facing the islands; mentions the "
                "dispute and the 2022 end of exchanges (seed facts) but reports no development.",
        "section": "Fisheries", "byline": "Clare Thornycroft",
        "tags": ["Japan", "Fisheries", "Hokkaido"],
        "comments": [
            ("salt_and_rope", "15 Oct 2024", "Beautifully written. The bit about the lighthouse got me."),
            ("K. Ibarra", "16 Oct 2024", "Saury prices in Tokyo supermarkets tell the same story. Nobody under forty grills sanma at home any more."),
        ],
        "body": """NEMURO, Hokkaido — Hiroshi Tanno has fished for Pacific saury for fifty-one years, and he can tell you the exact moment the sea started to empty. "Twenty fifteen," he says, without a pause. "Before that a bad year was a year with fewer fish. After that, a bad year was a year with none."

This season his boat, the Koei Maru No. 8, has landed less than a fifth of what it caught in 2014. Across Nemuro, where the saury fleet once numbered in the dozens, only a handful of boats still make the autumn run. Scientists blame warming water that has pushed the shoals far offshore, beyond the reach of small boats; fishermen also blame the foreign fleets that intercept the fish on the high seas.

On a clear morning, from the breakwater at Cape Nosappu, Tanno points across the water. The white tower on Kaigara, a rock less than four kilometres away, was built by Japan before the war. Beyond it lie Suisho and the other Habomai islets, Russian-held since 1945 and claimed by Japan as part of its Northern Territories.

"My father fished there," Tanno says. "My grandmother was born on Shibotsu. For me it is just the view."

The view has become quieter since 2022, when Moscow halted peace treaty talks and the visa-free exchanges that used to bring Russian residents of the islands to Nemuro in summer. Tanno remembers Russian children eating ice cream on the quay. "They were polite," he says. "They liked the convenience stores."

His own grandchildren live in Sapporo. None of them will take over the boat. When he retires, probably next year, the licence will go back to the cooperative, and the cooperative, he expects, will not reissue it.

"People ask me about the islands all the time," he says. "I tell them I worry more about the fish."

Tanno's catch this season has been sold mostly to processors in Kushiro. The price per kilogram, he notes, is the highest he has ever seen. "It doesn't help," he says, "if there is nothing in the net." """,
    },
    {
        "id": "b102-17", "feed": "crossline-trans", "published": "2024-12-30T11:00:00Z",
        "title": "Russian Orthodox Church creates a separate diocese for the Kuril Islands",
        "summary": "Translation: the Holy Synod has split the Kuril parishes, including those on the "
                   "islands Japan claims, from the Yuzhno-Sakhalinsk diocese into a new Kuril diocese "
                   "with its see in Yuzhno-Kurilsk.",
        "label": "new_development", "group": "b102-g2",
        "new_facts": ["The Holy Synod of the Russian Orthodox Church (27 Dec 2024) created a separate "
                      "Kuril diocese covering all Kuril parishes, including the four disputed islands, "
                      "with its see in Yuzhno-Kurilsk on Kunashir."],
        "must_mention": [["diocese", "eparchy"], ["kuril"]],
        "note": "Translation of the g2 first report (b102-16), with the news moved to the top. "
                "Same development, second report.",
        "section": "From Russian", "byline": "Crossline staff",
        "source": {"name": "Toporok.Media (Yuzhno-Sakhalinsk)", "lang": "Russian", "date": "28 December 2024"},
        "body": """The Holy Synod of the Russian Orthodox Church has formed a separate Kuril diocese, splitting the parishes of the Kuril Islands off from the diocese of Yuzhno-Sakhalinsk, the regional news site Toporok.Media reported on Saturday. The original report opened with a Christmas feature; the passage on the decision is translated below.

"For island parishes this Christmas will be special. On the eve, on December 27, the Holy Synod of the Russian Orthodox Church decided to form a Kuril diocese, separating it from the Yuzhno-Sakhalinsk one. It will include the parishes of the Kurilsky, Severo-Kurilsky and Yuzhno-Kurilsky districts. The cathedral of the new diocese will be in Yuzhno-Kurilsk.

"Until a bishop is elected, the diocese will be administered by the Metropolitan of Yuzhno-Sakhalinsk. The Yuzhno-Sakhalinsk and Kuril diocese, as it was called until now, becomes simply the Yuzhno-Sakhalinsk diocese. Both will form part of a new Sakhalin Metropolis.

"'The islands have grown, new villages and garrisons have appeared, and the people there need a pastor who lives among them, not one who flies in twice a year,' the diocesan press service said. The Kuril diocese will have nine parishes and, for now, four full-time priests."

Translator's note: The Yuzhno-Kurilsky district covers Kunashir (Kunashiri) and Shikotan and the Lesser Kuril chain (Habomai); the Kurilsky district covers Iturup (Etorofu). Japan claims these islands as its Northern Territories. The report did not mention Japan.""",
    },
    {
        "id": "b102-20", "feed": "crossline-trans", "published": "2025-02-08T07:00:00Z",
        "title": "Zakharova on 'Northern Territories Day': 'revanchist rhetoric' (briefing excerpt)",
        "summary": "Transcript excerpt: the Russian foreign ministry spokeswoman responds to Japan's "
                   "annual rally and repeats that Russia's sovereignty over the southern Kurils is "
                   "not up for discussion.",
        "label": "restatement",
        "note": "Occasion piece (Feb 7). Restates known positions: sovereignty indisputable, talks "
                "impossible amid sanctions, exchanges ended by Tokyo's fault (seeds 000-004).",
        "section": "Transcripts", "byline": "Crossline staff",
        "source": {"name": "Russian Foreign Ministry briefing, Moscow", "lang": "Russian", "date": "7 February 2025"},
        "body": """Excerpt from the weekly briefing by Russian Foreign Ministry spokeswoman Maria Zakharova, Moscow, 7 February 2025. Our translation.

Question: Today Japan is again holding its so-called "Northern Territories Day", with the participation of the prime minister. How would you comment?

Maria Zakharova: Year after year we hear the same revanchist rhetoric from Tokyo on this date, and year after year we give the same answer. Russia's sovereignty over the southern Kuril Islands is indisputable. It rests on the outcome of the Second World War and is enshrined in international legal documents, including the UN Charter. There is nothing to discuss here.

I would like to remind our Japanese colleagues that it was not Russia who destroyed the atmosphere of good-neighbourliness. It was the Japanese government that chose an openly unfriendly course, joined the sanctions and is supplying the Kyiv regime. In these conditions negotiations on a peace treaty are impossible, as we have repeatedly said since March 2022. The same applies to visa-free trips and to the dialogue on joint economic activity - responsibility for their termination lies entirely with Tokyo.

Instead of organising rallies, the Japanese side would do better to think about how it came to be where it is.

Question: Is there any change in Russia's approach?

Maria Zakharova: No. Our approach is well known and it is unchanged.

(End of excerpt.)""",
    },
    {
        "id": "b102-22", "feed": "mizzen-ledger", "published": "2025-03-13T06:00:00Z",
        "title": "Japan takes Kunashiri TV interference to the ITU — and names the island as its own",
        "summary": "Tokyo has lodged a harmful-interference report with the International "
                   "Telecommunication Union over a Russian transmitter on Kunashiri and objected to "
                   "its registration as a station in Russia.",
        "label": "new_development", "group": "b102-g3",
        "new_facts": ["Japan's communications ministry filed a harmful-interference report with the "
                      "ITU over a Russian digital TV transmitter on Kunashiri and objected to its "
                      "registration in the ITU frequency register as a station in Russia."],
        "must_mention": [["itu", "international telecommunication union"],
                         ["interference", "transmitter"]],
        "note": "Second report of g3 (first: b102-21, a local Japanese story with the news buried). "
                "Not in the seeds.",
        "section": "Security", "byline": "Daniel Oyelaran",
        "tags": ["Japan", "Russia", "Kuril Islands", "Telecoms"],
        "comments": [
            ("northernlights_ed", "13 Mar 2025", "Clever. They get to say 'Japanese territory' in a UN agency filing without anyone being able to object to the interference part."),
            ("Pavel K.", "14 Mar 2025", "The transmitter is in Yuzhno-Kurilsk. It serves the people who live there. Japan can file what it likes."),
            ("M. Hollis", "14 Mar 2025", "Anyone know if the ITU has ever actually ruled on where a station is?"),
        ],
        "body": """Japan has lodged a formal complaint with the International Telecommunication Union over a Russian television transmitter on Kunashiri, one of the four Russian-held islands it claims, in a filing that describes the island as Japanese territory "under illegal occupation".

The communications ministry said it had submitted a report of harmful interference to the Geneva-based UN agency, saying signals from a digital TV transmitter in Yuzhno-Kurilsk - the island's main settlement, known in Japan as Furukamappu - were disrupting Japanese terrestrial broadcasts in Shibetsu, Rausu and other towns on the Hokkaido coast across the Nemuro Strait.

In the same filing Tokyo objected to Russia's notification of the transmitter to the ITU's Master International Frequency Register, in which stations are recorded together with the country where they are located. Japan asked that the station not be entered as located in the Russian Federation.

"We are acting to protect the reception of Japanese broadcasts by our citizens," a ministry official said. "At the same time we cannot accept any procedure that would treat the Northern Territories as Russian territory."

Residents of Shibetsu have complained for several years of frozen pictures and lost channels, particularly in spring and autumn when atmospheric conditions carry signals further over the water. The strait is about 16 kilometres wide at its narrowest.

Russia's embassy in Tokyo did not respond to a request for comment. Russian broadcasters have in the past described the Yuzhno-Kurilsk transmitter as a routine part of the national digital network.

The filing is unusual. Tokyo has tended to avoid technical procedures that require it to deal with Russia as the administering state on the islands, for fear of implying recognition. Officials said the wording of the complaint had been drafted to avoid that.

Interference complaints are normally settled between the administrations concerned, with the ITU's Radio Regulations Board stepping in only if they fail. Neither government has said whether bilateral contacts on the matter have taken place.""",
    },
    {
        "id": "b102-23", "feed": "kettlewick-wire", "published": "2025-03-14T10:30:00Z",
        "title": "Armenia and Azerbaijan agree text of peace treaty; Baku sets conditions for signing",
        "summary": "Armenia and Azerbaijan said they had finished negotiating the text of a peace "
                   "treaty, but Baku said it would sign only after Armenia changes its constitution.",
        "label": "off_topic",
        "note": "Look-alike: a different peace treaty (South Caucasus). No Russia-Japan content.",
        "section": "Europe", "byline": "Kettlewick Caucasus desk",
        "body": """YEREVAN/BAKU, March 14 (Kettlewick) - Armenia and Azerbaijan have completed negotiations on the text of a peace treaty meant to end nearly four decades of conflict, both governments said, though Baku made clear the document would not be signed until Armenia amends its constitution.

Armenia's foreign ministry said it was ready to begin consultations on the date and venue for signing the 17-article agreement. "The peace agreement is ready for signing," it said in a statement.

Azerbaijan's foreign ministry confirmed that talks on the draft had concluded but said signing required Armenia to remove from its constitution a reference that Baku says lays claim to Azerbaijani territory, as well as the formal dissolution of the OSCE Minsk Group, which mediated the conflict for three decades.

Armenian Prime Minister Nikol Pashinyan has said he wants a new constitution but that a referendum cannot be held quickly.

The two neighbours fought wars in the early 1990s and in 2020 over Nagorno-Karabakh. Azerbaijan retook the region in a lightning offensive in 2023, prompting most of its ethnic Armenian population to flee to Armenia.

The European Union and the United States welcomed the announcement. Russia, which has traditionally sought a mediating role in the region, said it was ready to help with implementation.

(Reporting by Kettlewick's Caucasus desk; Editing by Alison Carrow)""",
    },
    {
        "id": "b102-26", "feed": "lamphouse-review", "published": "2025-06-10T07:00:00Z",
        "title": "Let the islanders come to Nemuro",
        "summary": "Tokyo cannot get Japanese onto the disputed islands. It could at least let the "
                   "people who live there come to Hokkaido for a hospital appointment.",
        "label": "restatement",
        "note": "Wished-for version of a move: a columnist urges Tokyo to create a travel route for "
                "island residents; says explicitly nothing of the kind is planned. Background is seed "
                "fact (visa-free exchanges ended 2022). Precedes and differs from g5.",
        "section": "Column", "byline": "Tessa Marwood",
        "author_note": "Tessa Marwood writes the Review's fortnightly column on Japan and its northern neighbours.",
        "comments": [
            ("R. Kimura", "", "Nice idea, but Moscow would block it the day it started."),
            ("ex-Nemuro", "", "The hospital in Nemuro can barely staff its own wards. Who exactly is going to treat them?"),
        ],
        "body": """For three decades, the most useful thing about the dispute over the islands off Hokkaido was not anything the diplomats did. It was the boat.

Under the visa-free exchange programme, Russian residents of Kunashiri, Etorofu and Shikotan came to Nemuro every summer: teachers, doctors, schoolchildren, municipal officials. They stayed with families, visited the hospital, bought rice cookers. Japanese former residents and their descendants went the other way. Nobody pretended that any of this would settle who owned the islands. But it kept a door open, and it kept faces on both sides of the strait familiar.

Moscow shut that door in March 2022, citing Japan's sanctions. It has shown no sign of reopening it, and the language from the Russian foreign ministry has hardened rather than softened since.

There is one part of the old arrangement, though, that Japan does not need Moscow's signature for. Russia decides who may go to the islands. It does not, in theory, decide who may come to Japan.

The islands' residents have a hospital of sorts in Yuzhno-Kurilsk and a new one on Etorofu, but anything serious still means a flight to Yuzhno-Sakhalinsk, weather permitting, which in the fog season it often does not. Nemuro is an hour away by boat. Before 2022, several children from the islands had operations in Hokkaido under the exchange programme.

Tokyo's problem is legal, not logistical. It does not issue visas to people travelling from what it regards as its own territory, because doing so would concede the point. Under the old programme, the agreed identity documents solved that. Without the programme, Japan would have to invent something of its own - a travel document, a certificate, a letter - and then hope the Russian border guards at Yuzhno-Kurilsk would let people leave with it.

They might not. But the offer would cost Japan very little, and it would say something about what kind of neighbour it means to be.

There is no sign that anyone in Kasumigaseki is thinking along these lines. Officials I have asked describe the idea as "interesting" in the tone that means it will go no further. That is a pity. When the diplomats have nothing to talk about, it helps to have something to do.""",
    },
    {
        "id": "b102-28", "feed": "kettlewick-wire", "published": "2025-07-15T04:00:00Z",
        "title": "Japan defence white paper flags China, North Korea; repeats concern over Russian forces on disputed isles",
        "summary": "Japan's annual defence white paper calls China its greatest strategic challenge "
                   "and repeats earlier language on Russian military activity in the Northern Territories.",
        "label": "restatement",
        "note": "Annual report restating positions: the islands are Japan's inherent territory, "
                "Russian forces remain there. No new deployment or measure reported.",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo bureau",
        "body": """TOKYO, July 15 (Kettlewick) - Japan's annual defence white paper, approved by the cabinet on Tuesday, describes China's military build-up as the "greatest strategic challenge" Japan has ever faced and warns that North Korea's missile and nuclear programmes pose a "graver and more imminent threat than ever before".

The 2025 edition of the "Defense of Japan" report, which runs to more than 500 pages, also says Russia is deepening military cooperation with China, including joint bomber flights and naval patrols near Japan, and with North Korea.

On the four Russian-held islands off Hokkaido, which Japan calls the Northern Territories, the paper repeats wording used in previous years, saying Russia "continues to station forces" there and to conduct exercises, and that the islands are "an inherent part of the territory of Japan". Defence officials said the section had been updated with figures from the past year but contained no new assessment.

Russia has in past years protested against the white paper's description of the islands, which Moscow says became Russian territory as a result of World War Two.

The report also notes that Japan's defence spending plan, which aims to bring security-related outlays to 2% of GDP by fiscal 2027, remains on track.

China's foreign ministry typically criticises the annual paper as interfering in its internal affairs.

(Reporting by Kettlewick's Tokyo bureau; Editing by Martin Lisle)""",
    },
    {
        "id": "b102-29", "feed": "mizzen-ledger", "published": "2025-08-18T00:00:00Z",
        "title": "Eighty years after Shumshu: the last battle of a war that never formally ended",
        "summary": "On 18 August 1945 Soviet troops landed on the northernmost Kuril island. Within "
                   "three weeks they held the whole chain — and Moscow and Tokyo have argued about it since.",
        "label": "restatement",
        "note": "Anniversary/background piece. Historical facts and the 2022 suspension of talks "
                "(seed 000-004); nothing new.",
        "section": "Features", "byline": "Ian Whitlock",
        "tags": ["History", "Kuril Islands", "Japan", "Russia"],
        "comments": [
            ("hist_buff_77", "18 Aug 2025", "Good piece. Worth adding that the Japanese garrison on Shumshu was actually winning tactically when the order to stop came."),
        ],
        "body": """Three days after Emperor Hirohito told his subjects by radio that the war was over, Soviet troops waded ashore on Shumshu, the northernmost island of the Kuril chain, under fire from a Japanese garrison that had not yet been ordered to lay down its arms.

The fighting lasted five days and cost more than a thousand Soviet lives. It is remembered in Russia as the opening of the Kuril landing operation, a campaign that, by early September 1945, had carried Soviet forces down the entire chain to Etorofu, Kunashiri, Shikotan and the Habomai islets off Hokkaido. In Japan it is remembered, when it is remembered at all, as a battle fought after the surrender.

Eighty years on, those last four island groups are still the reason Russia and Japan have never signed a peace treaty. The 1956 Joint Declaration ended the state of war and restored diplomatic relations; the treaty it envisaged never followed.

Negotiations revived more than once, most recently after a 2018 summit at which the two leaders agreed to speed them up. They ended in March 2022, when Moscow said it would not continue talks with a country imposing sanctions over Ukraine, and scrapped visa-free trips by Japanese citizens to the islands. Russian officials have since repeated that resuming talks is impossible.

In Severo-Kurilsk, on Paramushir, the island next to Shumshu, a wreath-laying is held each August at the memorial to the landing force. On Shumshu itself, rusting Japanese tanks still sit in the grass where they were knocked out.

For the dwindling number of Japanese who lived on the southern islands before 1945 - their average age is now close to 90 - the anniversary falls in the middle of what used to be the season for grave visits. There have been none under the old arrangements since the pandemic, and none at all since 2022.

"They ask me every summer whether this will be the year," said a volunteer who works with former islanders in Nemuro. "I have stopped pretending I know." """,
    },
    {
        "id": "b102-32", "feed": "kettlewick-wire", "published": "2025-08-20T07:30:00Z",
        "title": "UPDATE 2-Russia switches off Kunashir TV transmitter after Japan's ITU complaint",
        "summary": "Russia's broadcast network has taken a digital TV transmitter on disputed Kunashir "
                   "off the air pending a review of its frequency assignment; Japan says interference "
                   "on the Hokkaido coast has stopped.",
        "label": "status_change", "group": "b102-g4",
        "new_facts": ["The Yuzhno-Kurilsk digital TV transmitter that Japan complained about to the ITU "
                      "in March was switched off on Aug 18, 2025 pending a review of its frequency "
                      "assignment (previously on air and interfering)."],
        "must_mention": [["transmitter"], ["switched off", "off the air", "suspend", "shut"]],
        "note": "Third report of g4 (first: Russian local b102-30). Status of the g3 matter changes: "
                "transmitter on air -> off pending review (neither on nor off for good).",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo and Moscow bureaus",
        "body": """(Adds Japanese ministry comment, islanders' TV access in paragraphs 5-7)

TOKYO/MOSCOW, Aug 20 (Kettlewick) - Russia has switched off a digital television transmitter on the disputed island of Kunashir that Japan complained was interfering with broadcasts in Hokkaido, taking it off the air "for the duration of a review" of its frequency assignment, the Russian state broadcast network said.

The Sakhalin branch of the Russian Television and Radio Broadcasting Network (RTRS) said the transmitter in Yuzhno-Kurilsk had been shut down on Monday. It gave no date for a decision on whether it would return to the air, or on which frequency.

Japan's communications ministry lodged a complaint with the International Telecommunication Union in March, saying signals from the transmitter were disrupting digital TV reception in Shibetsu, Rausu and other Hokkaido towns across the Nemuro Strait, and objecting to the station's registration as a Russian one.

"We have confirmed that the interference has stopped since the 18th," a ministry official in Tokyo said on Wednesday. "This is not a permanent solution. We will continue with the procedure at the ITU."

Residents of Yuzhno-Kurilsk, a town of about 7,000, were advised to watch the main Russian channels via satellite in the meantime, the local administration said. Local radio is unaffected.

RTRS did not refer to Japan in its statement, describing the review as a "technical check". Russian officials have not commented publicly on the ITU complaint.

Russia controls the island, which it calls part of the Southern Kurils and Japan calls Kunashiri, one of its Northern Territories. Moscow broke off peace treaty talks with Tokyo in 2022.

(Reporting by Kettlewick's Tokyo and Moscow bureaus; Editing by Alison Carrow)""",
    },
    {
        "id": "b102-34", "feed": "kettlewick-wire", "published": "2025-09-24T16:00:00Z",
        "title": "Japan's goal of a peace treaty with Russia 'unchanged', foreign minister says",
        "summary": "Speaking in New York, Japan's foreign minister said Tokyo still aims to resolve "
                   "the territorial issue and sign a peace treaty, and urged Russia to allow grave "
                   "visits by former islanders.",
        "label": "restatement",
        "note": "Restates Japan's known stance (Kishida in seed 002: steadfast on a peace treaty). "
                "Requested move (grave visits) and negated meeting (no talks with Lavrov).",
        "section": "Asia Pacific", "byline": "Kettlewick United Nations bureau",
        "body": """NEW YORK, Sept 24 (Kettlewick) - Japan's foreign minister said on Wednesday that Tokyo's aim of resolving its territorial dispute with Russia and concluding a peace treaty "has not changed", even though relations remain at their lowest point in decades.

"Japan-Russia relations continue to be in a difficult situation because of Russia's aggression against Ukraine," Foreign Minister Takeshi Iwaya told reporters on the sidelines of the United Nations General Assembly. "But our policy of resolving the territorial issue and concluding a peace treaty remains unchanged."

Iwaya said he had not met Russian Foreign Minister Sergei Lavrov in New York and that no such meeting had been requested. He urged Moscow to allow former Japanese residents of the four Russian-held islands off Hokkaido to resume visits to family graves, calling it "a humanitarian matter of the highest priority" given their advanced age.

Russia halted peace treaty talks and visa-free travel to the islands in March 2022 in response to Japanese sanctions, and Russian officials have since repeatedly said that talks are impossible while Tokyo pursues what they call a hostile course.

There was no immediate comment from the Russian delegation in New York.

(Reporting by Kettlewick's United Nations bureau; Editing by Martin Lisle)""",
    },
    {
        "id": "b102-35", "feed": "mizzen-ledger", "published": "2025-10-07T05:00:00Z",
        "title": "Kamchatka's Kurile Lake sees a bumper sockeye run — and a crowd of bears",
        "summary": "More than four million sockeye salmon passed into Kurile Lake this summer, one of "
                   "the largest runs on record, drawing bears and tourists to the remote crater lake.",
        "label": "off_topic",
        "note": "Look-alike: named after the Kurils (Kurile Lake, southern Kamchatka), unrelated to the dispute.",
        "section": "Environment", "byline": "Anya Fairbrother",
        "tags": ["Russia", "Kamchatka", "Salmon", "Wildlife"],
        "comments": [
            ("bearwatcher", "8 Oct 2025", "Was there in August. Counted 40 bears from one viewing platform. Unreal."),
        ],
        "body": """At the southern tip of the Kamchatka peninsula, in a flooded volcanic caldera ringed by peaks, one of the largest sockeye salmon runs on record has turned Kurile Lake into what one ranger called "a bear canteen".

Fish counters at the weir on the Ozernaya River, the lake's only outlet to the Sea of Okhotsk, recorded more than four million sockeye entering the lake between June and September, according to the Kamchatka branch of Russia's fisheries research institute. The long-term average is around two million.

The lake, which takes its name from the Kuril island chain that begins a few dozen kilometres to the south, lies inside the South Kamchatka federal reserve and is closed to all but scientists, rangers and a limited number of visitors who arrive by helicopter from Petropavlovsk-Kamchatsky.

Rangers estimate that several hundred brown bears gather around the lake in a good year. This year, they say, young bears that would normally be pushed out by larger males were able to fish undisturbed because there was simply enough for everyone.

The surge has also revived arguments over tourism. Helicopter operators say demand for day trips has never been higher; the reserve's management has kept daily visitor numbers capped and this year refused several requests to extend the season.

"The bears do not need more people," said a researcher who has worked at the lake for two decades. "They need the salmon. This year they have it."

Scientists caution that a single big year says little about long-term trends. Sockeye in the lake spend one to three years in fresh water before going to sea, and warming in the North Pacific has produced both record runs and sudden collapses elsewhere in recent years.""",
    },
    {
        "id": "b102-37", "feed": "kettlewick-wire", "published": "2025-11-18T08:10:00Z",
        "title": "Japan offers Russian residents of disputed islands visa-free medical trips to Hokkaido",
        "summary": "Japan will issue its own travel certificates to Russian residents of the four "
                   "islands it claims so they can come to Nemuro for treatment or family visits "
                   "without passports or visas.",
        "label": "new_development", "group": "b102-g5",
        "new_facts": ["Japan created a unilateral 'travel certificate' scheme letting Russian residents "
                      "of the four islands enter Hokkaido (Nemuro) without passports or visas for medical "
                      "treatment and family visits."],
        "must_mention": [["certificate", "travel document"], ["resident", "islander"]],
        "note": "Second report of g5 (first: Japanese wire b102-36). Not in the seeds; differs from "
                "the ended visa-free exchanges (seed) - unilateral, inbound only.",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo bureau",
        "body": """TOKYO, Nov 18 (Kettlewick) - Japan said on Tuesday it would issue its own travel certificates to Russian residents of four Russian-held islands it claims, allowing them to come to Hokkaido for medical treatment or to visit relatives without Russian passports or Japanese visas.

Under the scheme, residents of Etorofu, Kunashiri, Shikotan and the Habomai islets - called the Southern Kurils by Russia - can apply through a liaison office in the port town of Nemuro. The foreign ministry will vet applications and issue a certificate, and a vessel chartered by the Japanese side will carry travellers between the islands and Nemuro.

"The Northern Territories are an inherent part of Japan's territory. Asking their residents for visas would be inconsistent with our legal position," a senior foreign ministry official said, explaining why Tokyo had chosen a certificate rather than visas.

The programme is limited to medical care, including accompanying family members, and visits to relatives living in Japan. It is unilateral: Japan notified Russia in advance but has received no reply, officials said, and it is not clear whether Russian border guards will let residents leave with the Japanese document.

Until 2019, islanders visited Hokkaido under a visa-free exchange programme agreed in 1991. Russia terminated the arrangement in March 2022 after Japan imposed sanctions over Ukraine, along with peace treaty talks.

"This is not a revival of the exchanges, and it does not require Russia to agree to anything," the official said. "It is simply an open door on our side."

Nemuro's municipal hospital has prepared Russian-speaking staff, the city said. Around 20,000 people live on the islands.

(Reporting by Kettlewick's Tokyo bureau; Editing by Alison Carrow)""",
    },
    {
        "id": "b102-38", "feed": "mizzen-ledger", "published": "2025-12-09T01:00:00Z",
        "title": "In Nemuro, hospital beds wait for island patients who have not yet come",
        "summary": "Three weeks after Tokyo announced travel certificates for Russian residents of "
                   "the disputed islands, no one has applied. Nemuro is ready anyway.",
        "label": "new_development", "group": "b102-g5",
        "new_facts": ["(follow-up) No new fact: the certificate scheme announced on Nov 18 has had no "
                      "applicants yet; Russia has not responded."],
        "must_mention": [["certificate"], ["island", "resident"]],
        "note": "Follow-up feature of g5 with no new fact (no applications, Russia silent).",
        "section": "Features", "byline": "Clare Thornycroft",
        "tags": ["Japan", "Russia", "Hokkaido", "Health"],
        "comments": [
            ("Ueda T.", "9 Dec 2025", "The interpreter story is lovely. Hope she gets to use her Russian."),
            ("skeptic_in_sapporo", "10 Dec 2025", "Moscow will never let them leave on a Japanese paper. Everyone knows this."),
        ],
        "body": """NEMURO, Hokkaido — On the fourth floor of Nemuro City Hospital, a two-bed room has been kept free since the middle of November. A laminated sign on the door, in Japanese and Russian, reads "Reception for visitors from the islands".

Nobody has used it yet. Three weeks after the Japanese government announced that Russian residents of the four islands it claims could come to Hokkaido on Japanese-issued travel certificates for treatment or family visits, the liaison office in Nemuro that handles applications has received enquiries, but not a single completed form.

"People ask what documents they need, how long it takes, whether the boat will really come," said an official at the office. "Then they ask whether they will be allowed back home. We cannot answer that question."

That is the crux. The scheme is entirely Japanese. Tokyo notified Moscow before launching it and has heard nothing since. Russian border guards on Kunashiri, who stamp passports at the port of Yuzhno-Kurilsk, have given no public indication of whether they would let residents depart with a document issued by a state that claims the islands as its own.

In the meantime, the hospital has done what it can. Olga Sato, a nurse who grew up in Khabarovsk and married a Nemuro fisherman, has been asked to interpret. Two doctors have brushed up on Russian medical terms. "We treated children from the islands before 2020," said the hospital's deputy director. "We know how to do this. We just need them to be able to come."

On the islands, the reaction on local social media groups has ranged from curiosity to scorn. One Yuzhno-Kurilsk resident wrote that she would "rather fly to Vladivostok than be a prop in Japan's propaganda". Another asked whether anyone had found out how to apply.

Nemuro's mayor said the city would keep the room ready "for as long as it takes".""",
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b102-39", "feed": "lamphouse-review", "published": "2026-01-20T08:00:00Z",
        "title": "Is Moscow about to reopen the Kuril file? Don't bet on it",
        "summary": "A few warm words in a Moscow think-tank journal have set off speculation about a "
                   "thaw with Tokyo. Read the official statements instead.",
        "label": "restatement",
        "note": "Questioned version of a move (talks resuming?) answered in the negative; restates "
                "seed position (talks impossible, Rudenko's condition). No new fact.",
        "section": "Column", "byline": "Tessa Marwood",
        "author_note": "Tessa Marwood writes the Review's fortnightly column on Japan and its northern neighbours.",
        "comments": [
            ("Y. Nakamura", "", "Agree. Think-tank essays in Moscow are how people audition for jobs, not how policy is announced."),
        ],
        "body": """Every few months someone in Tokyo reads a Russian article closely and decides that the ice is about to crack.

This month's candidate is an essay in a Moscow foreign-policy journal by a well-connected academic, arguing that Russia "should not leave the Japanese direction entirely to the Chinese and the Americans" and that a "pragmatic conversation" with Tokyo might one day be possible. Several Japanese commentators have treated it as a trial balloon. One weekly went so far as to ask whether peace treaty talks could restart this year.

They could. They almost certainly will not.

Start with what Russian officials have actually said, on the record, rather than what academics have speculated. In February 2024, Deputy Foreign Minister Andrei Rudenko described a resumption of the peace treaty dialogue as "categorically impossible" and named the condition for any normalisation: Tokyo's "refusal of its hostile policy". That formula has been repeated by the foreign ministry spokeswoman, by the ambassador in Tokyo and by regional officials on Sakhalin ever since. Nobody has withdrawn it.

Then look at what Tokyo would have to do to meet it. Lifting sanctions against Russia while the war in Ukraine continues is not on the agenda of any plausible Japanese government. Nor is distancing itself from Washington.

That does not mean nothing moves. Fisheries officials still talk. Consular business still gets done. The odd humanitarian exception still happens. But none of that is the peace treaty, and treating every warm sentence as a signal does Japan's diplomats no favours: it teaches Moscow that a single essay can buy a month of headlines in Tokyo.

If the Russian foreign ministry wants to reopen the file, it knows how to say so. Until it does, the file is closed.""",
    },
    {
        "id": "b102-43", "feed": "crossline-trans", "published": "2026-03-11T09:00:00Z",
        "title": "Border guards will not let Kuril residents travel to Japan on 'Japanese certificates'",
        "summary": "Translation: Russia's border directorate says residents of the southern Kurils may "
                   "leave for Japan only with a Russian passport and a Japanese visa; Tokyo's travel "
                   "certificates are not recognised.",
        "label": "status_change", "group": "b102-g6",
        "new_facts": ["From March 10, 2026 Russian border guards no longer let southern Kuril residents "
                      "travel to Japan on Japanese-issued certificates (14 had used them since December); "
                      "only a passport with a Japanese visa is accepted."],
        "must_mention": [["certificate", "travel paper"], ["not recogni", "bar", "ban", "prohibit", "will not let"]],
        "note": "Translation of the g6 first report (b102-42). Status of the g5 scheme: in use -> barred.",
        "section": "From Russian", "byline": "Crossline staff",
        "source": {"name": "Toporok.Media (Yuzhno-Sakhalinsk)", "lang": "Russian", "date": "10 March 2026"},
        "body": """Residents of the southern Kuril Islands will no longer be allowed to leave for Japan on travel certificates issued by the Japanese side, the regional news site Toporok.Media reported on Tuesday, citing a letter from the border directorate of Russia's FSB for Sakhalin Region to the Yuzhno-Kurilsky district administration. Translation follows.

"From March 10, crossing the state border to travel to Japan is permitted only on a foreign-travel passport of a citizen of the Russian Federation with a valid Japanese visa. So-called 'travel certificates', which the Japanese side has been issuing since December, are not recognised as documents entitling the holder to cross the border.

"'Crossing the state border of the Russian Federation is carried out on valid identity documents. Documents issued by a foreign state on the basis of non-recognition of Russian sovereignty over part of the territory of the Russian Federation are not such documents,' the directorate's letter says.

"According to the district administration, between December and February 14 residents of Kunashir and Shikotan travelled to Nemuro on the Japanese certificates, most of them for medical examinations or treatment. Two of them are currently in Japan. The border directorate said they would be allowed to return.

"The district administration advised residents who need treatment to use the regional hospital in Yuzhno-Sakhalinsk and federal quotas for high-tech care."

Translator's note: Japan introduced the certificates in November 2025 so that island residents could come to Hokkaido without Russian passports or Japanese visas, which Tokyo does not issue for the islands because it considers them Japanese territory.""",
    },
    {
        "id": "b102-47", "feed": "kettlewick-wire", "published": "2026-07-07T06:00:00Z",
        "title": "Chinese coast guard ships stay near Senkakus for record stretch, Japan says",
        "summary": "Chinese coast guard vessels have been present in waters next to the Japan-controlled "
                   "Senkaku Islands every day for a record period, Japan's coast guard said.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku, Japan-China). No Russia-Japan content.",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo bureau",
        "body": """TOKYO, July 7 (Kettlewick) - Chinese coast guard ships have been present in the contiguous zone around the Japan-controlled Senkaku Islands in the East China Sea on every day for more than a year, the longest such stretch since Tokyo began keeping records, the Japan Coast Guard said on Tuesday.

Four Chinese vessels, one of them apparently armed with a cannon, were sighted in the zone on Monday, the coast guard said. Two of them later entered Japan's territorial waters around Uotsuri Island and approached a Japanese fishing boat before being warned away.

"We have strongly protested to the Chinese side through diplomatic channels," Japan's chief cabinet secretary told a regular news briefing.

China, which calls the uninhabited islands Diaoyu, says they are its inherent territory and that its coast guard patrols are routine law enforcement. A spokesperson for China's foreign ministry said Japanese fishing boats had "illegally entered" Chinese waters.

The islands, which lie about 170 km northeast of Taiwan, have been under Japanese administration since 1972. Tokyo says there is no territorial dispute to resolve.

Japan's coast guard has been expanding its fleet in the area, and a new base for large patrol vessels is planned on Ishigaki Island.

(Reporting by Kettlewick's Tokyo bureau; Editing by Martin Lisle)""",
    },
    {
        "id": "b102-48", "feed": "kettlewick-wire", "published": "2026-09-15T08:00:00Z",
        "title": "Russia to let Kuril residents use Japanese travel papers for hospital trips - until year-end",
        "summary": "Russia's border guards will let residents of the southern Kurils travel to Japan on "
                   "Japanese-issued certificates for medical treatment only, with prior approval, "
                   "until Dec. 31.",
        "label": "status_change", "group": "b102-g7",
        "new_facts": ["Russia partly lifts its March 2026 ban: southern Kuril residents may use Japan's "
                      "travel certificates for medical treatment only, each trip pre-approved by the "
                      "FSB border directorate, until Dec. 31, 2026; family visits stay barred."],
        "must_mention": [["medical", "hospital", "treatment"], ["certificate", "travel paper"]],
        "note": "First report of g7 (English first). Status of the g6 ban: barred -> allowed for "
                "medical trips only, until year-end (neither on nor off).",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo and Moscow bureaus",
        "body": """TOKYO/MOSCOW, Sept 15 (Kettlewick) - Russia will allow residents of the southern Kuril Islands to travel to Japan on Japanese-issued certificates again, but only for medical treatment and only until the end of the year, Japanese officials and Russian regional media said on Tuesday.

The border directorate of Russia's Federal Security Service (FSB) for Sakhalin Region told the administration of the Yuzhno-Kurilsky district that each trip would need its approval in advance, on the basis of a referral from a Russian doctor, according to the regional news site Toporok.Media. Visits to relatives in Japan will remain barred.

The exception will apply until Dec. 31, after which it "will be reviewed", the site quoted the directorate as saying. A Russian official described it as "a temporary humanitarian measure" that did not amount to recognition of any Japanese document.

Russia's border guards stopped letting residents of Kunashir and Shikotan leave on the certificates on March 10, saying documents issued "on the basis of non-recognition of Russian sovereignty" were not valid for crossing the border. Japan had introduced the certificates in November 2025 so islanders could come to Hokkaido without Russian passports or Japanese visas.

"It is a step forward, but a limited one," a senior Japanese foreign ministry official said. "We will continue to issue certificates for all the purposes we announced."

Nemuro's municipal hospital said it had been contacted about two patients from Kunashir who were waiting for heart examinations.

Japan claims the islands, which Soviet troops seized at the end of World War Two, as its Northern Territories. Russia halted peace treaty talks with Tokyo in 2022.

(Reporting by Kettlewick's Tokyo and Moscow bureaus; Editing by Alison Carrow)""",
    },
    {
        "id": "b102-51", "feed": "crossline-trans", "published": "2026-11-24T10:00:00Z",
        "title": "Russian diplomat: 'If Tokyo drops the sanctions, the conversation can start' (interview excerpt)",
        "summary": "Translation: the head of the Russian foreign ministry's Second Asia Department says "
                   "Moscow would be ready to talk about a peace treaty only if Japan changes course.",
        "label": "restatement",
        "note": "Conditional version of a move ('would talk if Tokyo drops sanctions'); restates "
                "Rudenko's condition in seed 004. New speaker, no new fact.",
        "section": "From Russian", "byline": "Crossline staff",
        "source": {"name": "IA Gidrograf (Moscow)", "lang": "Russian", "date": "23 November 2026"},
        "body": """Excerpts from an interview given by Lyudmila Vorontsova, director of the Second Asia Department of the Russian Foreign Ministry, to the IA Gidrograf news agency. Our translation.

Q: Japanese politicians regularly say they want to resume peace treaty talks. Is Moscow ready?

A: We hear these words, but words are not policy. The Japanese government continues to adopt sanctions, supplies the Kyiv regime and builds up military cooperation with the United States right by our Far Eastern borders. In these conditions a dialogue on a fundamental document about peace, friendship and good-neighbourliness is impossible. That is not our choice; it is the consequence of Tokyo's choice.

Q: So what would Japan have to do?

A: The position was formulated long ago. If Tokyo abandons its hostile course and lifts its illegitimate restrictions, the conversation can start. Not before. We are not going to respond to "signals" - we respond to deeds.

Q: And the territorial question?

A: There is no territorial question. Russia's sovereignty over the southern Kurils is enshrined in international legal documents and is not subject to discussion. If the Japanese side wants to return to any dialogue, it must take this as its starting point.

Q: Are there any working contacts at all?

A: The embassies work. Practical issues that concern the lives of people are dealt with as they arise. But that is not a political dialogue and should not be presented as one.""",
    },
    {
        "id": "b102-52", "feed": "kettlewick-wire", "published": "2026-12-08T05:00:00Z",
        "title": "FACTBOX-The Russia-Japan dispute over the Kuril Islands",
        "summary": "Key facts about the four islands at the centre of the dispute that has kept Russia "
                   "and Japan from signing a World War Two peace treaty.",
        "label": "restatement",
        "note": "Background factbox: history plus seed facts (2022 suspension, positions of both sides). Nothing new.",
        "section": "Asia Pacific", "byline": "Kettlewick Tokyo bureau",
        "body": """Dec 8 (Kettlewick) - Russia and Japan have never signed a peace treaty formally ending World War Two hostilities because of a dispute over four island groups off Hokkaido. Here are some facts about them.

## WHAT ARE THE ISLANDS?

Etorofu (Iturup in Russian), Kunashiri (Kunashir), Shikotan and the Habomai group of islets lie at the southern end of the Kuril chain, which stretches about 1,200 km from Hokkaido to Russia's Kamchatka peninsula. Japan calls them the Northern Territories; Russia calls them the Southern Kurils. Around 20,000 Russians live on them.

## HOW DID THE DISPUTE START?

Japan says the islands were never Russian before 1945, citing an 1855 treaty that drew the border between Etorofu and Urup. Soviet forces seized them in August and September 1945, after Japan's surrender, and some 17,000 Japanese residents were expelled by 1949.

## WHAT HAPPENED AFTER THE WAR?

The 1956 Soviet-Japanese Joint Declaration ended the state of war and restored diplomatic ties, but the two sides could not agree on the islands. Talks have been revived several times since the end of the Soviet Union; in 2018 the leaders agreed to accelerate negotiations on the basis of the 1956 declaration.

## WHERE DO THINGS STAND?

In March 2022 Russia said it would not continue peace treaty talks with Japan because of Tokyo's sanctions over Ukraine. It also withdrew from talks on joint economic activities on the islands and ended visa-free travel by Japanese citizens there. Russian officials have since said resuming talks is impossible.

Moscow says its sovereignty over the islands is indisputable and a result of the war. Tokyo says the islands are an inherent part of Japan's territory under illegal occupation, and that it remains committed to resolving the issue and concluding a peace treaty.

(Compiled by Kettlewick's Tokyo bureau; Editing by Martin Lisle)""",
    },
    # ------------------------------------------------------------------ 2027
    {
        "id": "b102-55", "feed": "crossline-trans", "published": "2027-02-17T12:00:00Z",
        "title": "Justice ministry lists Japanese 'Northern Territories' booklet as extremist material",
        "summary": "Translation: a Russian-language brochure published by the Japanese government and "
                   "handed out during the old visa-free exchanges has been added to Russia's federal "
                   "list of extremist materials.",
        "label": "new_development", "group": "b102-g8",
        "new_facts": ["Russia's Justice Ministry added the Japanese government's Russian-language booklet "
                      "'Japan's Northern Territories' to the federal list of extremist materials, after a "
                      "Yuzhno-Kurilsk court ruling of Dec 2026."],
        "must_mention": [["extremist"], ["booklet", "brochure", "pamphlet"]],
        "note": "Translation of the g8 first report (b102-53). Same development.",
        "section": "From Russian", "byline": "Crossline staff",
        "source": {"name": "IA Gidrograf (Moscow)", "lang": "Russian", "date": "16 February 2027"},
        "body": """The Russian Ministry of Justice has added a Russian-language booklet about the "Northern Territories" published by the Japanese government to the Federal List of Extremist Materials, the IA Gidrograf news agency reported on Tuesday. Translation follows.

"The booklet 'Japan's Northern Territories', published by the Cabinet Office of Japan, has been entered in the Federal List of Extremist Materials under number 5417, according to the ministry's website.

"The material was found extremist by a decision of the Yuzhno-Kurilsk District Court of Sakhalin Region of December 14, 2026, on a claim filed by the district prosecutor's office. According to an expert examination, the booklet contains statements aimed at violating the territorial integrity of the Russian Federation, including calls for the 'return' of the southern Kurils to Japan.

"The 24-page booklet with maps and photographs was distributed by the Japanese side in the 1990s-2010s to residents of the islands who travelled to Japan under the visa-free exchange programme, and was also handed out on board Japanese ships that brought delegations to Kunashir, Iturup and Shikotan.

"Mass distribution of materials included in the federal list, as well as their production or storage for the purpose of distribution, is punishable under Article 20.29 of the Code of Administrative Offences. According to Gidrograf's information, this is the first time a publication of a foreign government concerning the Kurils has been recognised as extremist."

Translator's note: The Japanese government has published information material on the Northern Territories in several languages, including Russian, since the 1990s. There was no immediate reaction from Tokyo.""",
    },
    {
        "id": "b102-57", "feed": "mizzen-ledger", "published": "2027-04-20T09:00:00Z",
        "title": "A year after the handover, Mauritius raises its flag over the outer Chagos atolls",
        "summary": "Mauritian officials made their first formal visit to the outer islands of the "
                   "Chagos archipelago, a year after Britain's transfer of sovereignty took effect.",
        "label": "off_topic",
        "note": "Look-alike: another island sovereignty dispute (Chagos). No Russia-Japan content.",
        "section": "News", "byline": "Daniel Oyelaran",
        "tags": ["Chagos", "Mauritius", "United Kingdom", "Indian Ocean"],
        "comments": [
            ("Chagossian voice", "20 Apr 2027", "Still no word on resettlement for those of us who were born there. A flag is not a home."),
        ],
        "body": """A Mauritian government delegation has raised the national flag on Peros Banhos and the Salomon Islands in the Chagos archipelago, the first formal visit by Mauritian officials to the outer atolls since Britain's transfer of sovereignty over the islands took effect.

The ceremony, held on a beach on Ile du Coin, was attended by the Mauritian minister responsible for the outer islands and a small group of Chagossians, some of whom were born on the atolls before their families were removed by Britain in the late 1960s and early 1970s to make way for the US base on Diego Garcia.

Under the treaty signed in 2025, Mauritius has sovereignty over the whole archipelago, while Diego Garcia is leased back to Britain for an initial 99 years for continued use by the US and British militaries.

Chagossian groups remain divided. Some welcomed the ceremony as the end of a long injustice; others say the treaty was agreed without them and that Mauritius has yet to set out a credible plan for resettlement of the outer islands, which lack fresh water infrastructure, a harbour or an airstrip.

The Mauritian government said feasibility studies for a pilot settlement on Peros Banhos would be completed by the end of the year.

The handover has been cited by campaigners in other territorial disputes as evidence that long-settled questions can be reopened through international law, though legal experts caution that the Chagos case turned on decolonisation rules that do not apply to most inter-state disputes.""",
    },
    {
        "id": "b102-58", "feed": "lamphouse-review", "published": "2027-05-18T07:00:00Z",
        "title": "Hokkaido's politics are quietly changing. Tokyo should notice",
        "summary": "Depopulation, farm debt and a restless fishing industry are reshaping the north's "
                   "politics in ways national parties have not caught up with.",
        "label": "off_topic",
        "note": "Column on Hokkaido politics; the islands appear only in passing (the Nemuro rally). "
                "Not about the dispute.",
        "section": "Essay", "byline": "Ken Ishiguro-Hale",
        "author_note": "Ken Ishiguro-Hale grew up in Obihiro and writes about regional Japan.",
        "comments": [
            ("dairyfarmer_b", "", "Finally someone writes about feed prices."),
            ("Obihiro native", "", "The bit about the bus routes is painfully accurate."),
        ],
        "body": """If you want to understand where Japanese politics is heading, spend a week in eastern Hokkaido rather than in Nagatacho.

The region's towns are emptying faster than almost anywhere in the country. Bus routes that ran every hour a decade ago now run three times a day. School consolidation is no longer a policy debate but a fact of life: the junior high school in one town I visited last month has eleven pupils.

Farmers, who used to vote as reliably as anyone in Japan, are angry. Dairy herds in Betsukai and Nakashibetsu have been culled as feed prices stayed high and milk prices did not. Debts taken on during the boom years to build modern barns are now a weight. Several farmers told me they had voted for an opposition candidate for the first time in their lives.

The fishing towns tell a similar story in a different key. Saury has all but vanished, salmon returns are erratic, and the scallop trade has been buffeted by export bans and price swings. In Nemuro - a city better known nationally for its annual rallies calling for the return of the Northern Territories - the question people raise first is not the islands but whether the hospital will still have a paediatrician next year.

None of this fits neatly into national party platforms. The governing party speaks the language of agricultural subsidies but not of the debts. The opposition speaks the language of regional revival but has few candidates who have lived here.

What is emerging instead is a politics of local figures - mayors, cooperative heads, doctors - with more credibility than any party label. Tokyo should pay attention. What happens here first tends to happen everywhere else a few years later.""",
    },
]
