"""English-language articles of the blind132 corpus (26 items)."""

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------- 2024

A(dict(
    id="b132-03", feed="en-lattice", published="2024-03-06T11:20:00Z",
    place="MOSCOW", section="World",
    title="Russia's weather agency wants Fukushima water data, says Kunashir post could help",
    summary="Roshydromet's chief said Russia would like regular access to Japanese data on the "
            "treated-water release and could offer readings from its post on Kunashir, but no talks "
            "with Tokyo are under way.",
    label="restatement",
    note="Wish / prospective version of the later radiation-data arrangement (b132-g2): Roshydromet "
         "says it 'would like' data and 'could' offer Kunashir readings, no talks, no agreement. "
         "No move; nothing new about the peace treaty or the islands' status (seed: relations frozen).",
    byline="Reporting by Lattice Wire Moscow bureau; editing by Hal Brenner",
    body=[
        "Russia would like regular access to Japanese monitoring data on the release of treated "
        "water from the wrecked Fukushima Daiichi nuclear plant and could in principle share its own "
        "seawater readings from an observation post on Kunashir, the head of the federal weather and "
        "environmental monitoring service said on Wednesday.",
        "Speaking at a news conference on the spring flood outlook, the Roshydromet chief said "
        "Russian laboratories had found no deviations from background levels in samples taken in the "
        "Sea of Japan and off the southern Kurils since the discharges began in August 2023.",
        "\"We would prefer to see the raw data rather than press releases,\" he said. \"If our "
        "Japanese colleagues were interested, our post in Yuzhno-Kurilsk could be part of such an "
        "exchange. But there is no dialogue on this at the moment, and I would not want to "
        "anticipate anything.\"",
        "He did not say whether Moscow had made a formal approach to Tokyo. Asked whether a "
        "proposal had been sent, he replied that this was \"a question for the Foreign Ministry\".",
        "Japan's Foreign Ministry did not immediately respond to a request for comment. Tokyo has "
        "said the releases are monitored by the International Atomic Energy Agency and that results "
        "are published.",
        "Russia restricted imports of Japanese seafood in October 2023, citing the discharges. "
        "Relations between the two countries have been frozen since Moscow walked away from peace "
        "treaty talks in March 2022 over Japan's sanctions, and contacts on practical matters around "
        "the disputed islands, which Japan calls the Northern Territories, have largely stopped.",
    ],
))

A(dict(
    id="b132-05", feed="en-gallery", published="2024-04-02T09:00:00Z", tz=9,
    section="Tokyo · Foreign Ministry", source="MOFA press conference video",
    byline="Gallery desk (Tokyo)",
    title="MOFA press secretary's regular press conference, 2 April 2024 (excerpt: Russia)",
    summary="Asked about a Russian media report on visits to the Northern Territories, the press "
            "secretary said nothing had been decided and Japan keeps asking Russia to resume the "
            "exchanges.",
    dek="Excerpt. Other topics (Middle East, ODA, consular matters) omitted.",
    label="restatement",
    note="Denial of a media report / negated move: 'nothing has been decided', 'no prospect'. Restates "
         "the seed state: visa-free exchanges and visits terminated by Russia in March 2022; Japan "
         "asks for resumption.",
    body=[
        "Q: A Russian news site reported yesterday, citing a source in Sakhalin, that Moscow may allow "
        "former residents of the Northern Territories to visit family graves this summer. Can you "
        "confirm that there have been contacts on this?",
        "A: We are aware of the report. I would refrain from commenting on each media report. What I "
        "can say is that, at this point in time, nothing has been decided regarding the resumption of "
        "the exchange projects, including grave visits. We have not received any notification from "
        "the Russian side to that effect.",
        "Q: So the report is wrong?",
        "A: I am not in a position to characterise the report. The fact is, as I said, that nothing "
        "has been decided. The government has been strongly requesting, through various channels, "
        "that the Russian side resume the grave visits in particular, given that the former islanders "
        "are of advanced age. That position has not changed.",
        "Q: Has Japan proposed new dates?",
        "A: I will refrain from going into the details of diplomatic exchanges. As you know, Russia "
        "unilaterally announced in March 2022 that it would suspend the visa-free exchanges and the "
        "free visits and withdraw from the dialogue on joint economic activities. We consider that "
        "extremely unjust and unacceptable, and we will continue to call on Russia to change course.",
        "Q: And on the peace treaty?",
        "A: Our policy of resolving the territorial issue and concluding a peace treaty remains "
        "unchanged. Regrettably, the current situation does not allow us to say anything concrete "
        "about negotiations.",
    ],
))

A(dict(
    id="b132-07", feed="en-lattice", published="2024-04-18T17:45:00Z",
    place="MOSCOW", section="World",
    title="Russia says 2013 joint statement with Japan, '2+2' security format no longer valid",
    summary="Moscow has notified Tokyo that it regards the 2013 Putin-Abe joint statement on "
            "partnership as having lost relevance and considers the '2+2' foreign and defence "
            "ministers' format abolished, the Foreign Ministry spokeswoman said.",
    label="new_development", group="b132-g1",
    new_facts=["Russia notified Japan (note of 16 April 2024) that it no longer regards the April 2013 "
               "Putin-Abe joint statement as valid and considers the '2+2' foreign/defence ministers' "
               "consultation format abolished"],
    must_mention=[["2+2", "two-plus-two"], ["2013", "joint statement"]],
    note="Same development as b132-06 (first report, Russian, buried): new official Russian position "
         "voiding the 2013 joint statement and abolishing '2+2'. Not in the seeds (which only say talks "
         "are suspended/impossible).",
    byline="Reporting by Lattice Wire Moscow bureau; editing by Hal Brenner",
    body=[
        "Russia has told Japan that it no longer considers a 2013 joint statement by the two "
        "countries' leaders to be in force and regards as abolished the \"2+2\" consultations between "
        "their foreign and defence ministers, Foreign Ministry spokeswoman Maria Zakharova said on "
        "Thursday.",
        "Zakharova said a note to that effect had been handed to the Japanese embassy in Moscow on "
        "April 16. The statement, signed by President Vladimir Putin and then Prime Minister Shinzo "
        "Abe in Moscow in April 2013, set up the \"2+2\" format and committed both sides to "
        "accelerating negotiations on a peace treaty.",
        "\"The document has lost its relevance as a result of the hostile course of the Japanese "
        "government, and we do not consider ourselves bound by it. The '2+2' format no longer "
        "exists,\" Zakharova told her weekly briefing, answering a question from a Japanese "
        "correspondent.",
        "The \"2+2\" meetings were held four times between 2013 and 2019 and had been dormant since. "
        "Japan's embassy declined to comment on the note.",
        "Moscow broke off peace treaty talks with Tokyo in March 2022 over Japanese sanctions imposed "
        "after Russia's invasion of Ukraine, and said at the time it was quitting a dialogue on joint "
        "economic activity on the southern Kuril Islands, which Japan claims as its Northern "
        "Territories. A deputy foreign minister said in February that resuming the talks was "
        "\"categorically impossible\".",
    ],
))

A(dict(
    id="b132-09", feed="en-marginalia", published="2024-05-15T10:00:00Z",
    section="Energy", tags=["Energy", "Japan", "Russia", "LNG"],
    byline="Mariko Stenhouse",
    title="Japanese traders hold on to Sakhalin-2 stakes as LNG cargoes keep flowing",
    summary="Mitsui and Mitsubishi say they will keep their minority stakes in the Russian LNG "
            "project, which supplies close to a tenth of Japan's liquefied gas imports.",
    label="off_topic",
    note="Look-alike: unrelated Japan-Russia business news (Sakhalin energy), no peace treaty, no Kuril "
         "Islands.",
    body=[
        "Japan's two biggest trading houses say they have no plans to give up their stakes in the "
        "Sakhalin-2 liquefied natural gas project, despite Western pressure to cut energy ties with "
        "Moscow, as Japanese utilities continue to buy cargoes from the Russian Far East.",
        "Mitsui & Co. holds 12.5 per cent of Sakhalin Energy, the project's operator, and Mitsubishi "
        "Corp. holds 10 per cent. Both kept their shares when Moscow transferred the project to a new "
        "Russian company in 2022, and executives told analysts this month that the position was "
        "\"unchanged\".",
        "Sakhalin-2 supplies roughly 9 per cent of Japan's LNG imports, and the short voyage from "
        "Prigorodnoye to Japanese terminals makes the gas valuable to utilities in winter. Tokyo has "
        "exempted the project from its sanctions on Russia and argues that a sudden exit would hand "
        "the stakes to Chinese buyers.",
        "The United States has so far tolerated Japan's position, and in a recent extension of its "
        "general licence allowed transactions related to Sakhalin-2 oil to continue.",
        "Analysts expect the issue to resurface when several long-term supply contracts come up for "
        "renewal later this decade. \"Nobody in Tokyo wants to be the one who signed away a cheap, "
        "close source of gas,\" said an energy economist at a Tokyo think tank.",
    ],
))

A(dict(
    id="b132-13", feed="en-lattice", published="2024-06-21T12:10:00Z",
    place="TOKYO", section="Asia-Pacific",
    title="Japan, Russia agree to swap seawater radiation readings from Kunashir and Nemuro",
    summary="The two governments exchanged notes setting up a monthly exchange of radioactivity data "
            "from a Russian post on Kunashir and a Japanese post in Nemuro, starting in July.",
    label="new_development", group="b132-g2",
    new_facts=["Japan and Russia exchanged notes (19 June 2024) to share monthly seawater "
               "radioactivity data from Roshydromet's Yuzhno-Kurilsk (Kunashir) post and a Japanese "
               "post in Nemuro from July 2024"],
    must_mention=[["radiation", "radioactiv"], ["exchange", "share", "swap"]],
    note="Same development as b132-11 (first, Japanese) and b132-12: a new practical arrangement "
         "covering the disputed islands, the first since 2022. Not in the seeds.",
    byline="Reporting by Keiko Amberson; editing by Hal Brenner",
    body=[
        "Japan and Russia have agreed to exchange monthly measurements of radioactivity in seawater "
        "collected on the disputed island of Kunashir and in the Japanese port city of Nemuro, the "
        "first new practical arrangement between the two countries covering the islands since 2022.",
        "The arrangement was set up in an exchange of diplomatic notes on June 19, a Japanese Foreign "
        "Ministry official said on Friday. Data on caesium-137 and tritium concentrations will be "
        "shared each month from July, the official said, speaking on condition of anonymity.",
        "Russia's weather and environmental monitoring service, Roshydromet, will supply readings "
        "from its observation post at Yuzhno-Kurilsk, the main settlement on Kunashir. Hokkaido "
        "prefecture's monitoring station in Nemuro, some 40 kilometres across the strait, will "
        "supply the Japanese data.",
        "Moscow has been pressing for more information on the release of treated water from the "
        "Fukushima Daiichi nuclear plant, which began in August 2023. Tokyo says the releases are "
        "safe and monitored by the International Atomic Energy Agency.",
        "The Japanese official said the notes contained a clause stating that the arrangement does "
        "not prejudice either side's legal position, standard language in past agreements concerning "
        "the islands, which Japan calls the Northern Territories and Russia the southern Kurils.",
        "\"This is a technical arrangement. It should not be read as a sign of movement on the "
        "peace treaty,\" the official said. Russia halted peace treaty talks in March 2022.",
    ],
))

A(dict(
    id="b132-14", feed="en-marginalia", published="2024-07-12T09:30:00Z",
    section="Security", tags=["Japan", "Defence", "Russia", "Northern Territories"],
    byline="Tom Ardagh",
    title="Japan's defence white paper: Russian forces on disputed islands 'stepping up activity'",
    summary="The annual white paper repeats last year's assessment of Russian military activity on "
            "the four islands Japan claims and of Russia-China cooperation near Japan.",
    label="restatement",
    note="Annual report restating known positions: Japan's claim, Russian military presence. No new "
         "official move (the white paper's Northern Territories wording is as in earlier editions).",
    body=[
        "Japan's annual defence white paper, approved by the cabinet on Friday, says Russian forces "
        "stationed on the four islands off Hokkaido that Japan claims have been \"stepping up their "
        "activity\", repeating the assessment made a year ago.",
        "The 2024 edition describes the islands - Etorofu, Kunashiri, Shikotan and the Habomai group, "
        "known in Russia as the southern Kurils - as \"Japan's inherent territory\" occupied by "
        "Russia, the same formula used in previous editions. It mentions exercises by the division "
        "based on Etorofu and Kunashiri, the deployment of coastal missile systems first reported in "
        "2016, and ongoing construction of barracks and other facilities.",
        "Much of the Russia chapter is devoted to joint Russian-Chinese bomber flights and naval "
        "patrols around Japan, which the document calls \"a matter of grave concern\".",
        "Defence officials briefing reporters said there was \"no significant change\" in the "
        "assessment of the islands compared with last year. Russia typically lodges a protest when "
        "the white paper is published.",
        "The document also notes that Russia has said it will not continue peace treaty negotiations "
        "with Japan, a position Moscow announced in March 2022 after Tokyo joined Western sanctions.",
    ],
))

A(dict(
    id="b132-15", feed="en-marginalia", published="2024-08-26T04:00:00Z",
    section="Asia", tags=["Australia", "Elections"],
    byline="Rhys Calloway",
    title="Country Liberals sweep to power in Northern Territory election",
    summary="Lia Finocchiaro's Country Liberal Party won a landslide in the Northern Territory, ending "
            "eight years of Labor government in Darwin.",
    label="off_topic",
    note="Look-alike: 'Northern Territory' (Australia), not Japan's Northern Territories.",
    body=[
        "The Country Liberal Party has won a landslide in the Northern Territory election, ending "
        "eight years of Labor government and making Lia Finocchiaro the territory's chief minister.",
        "With most of the count completed on Sunday, the CLP was on track to win a clear majority in "
        "the 25-seat Legislative Assembly, while Labor was reduced to a handful of seats, losing "
        "several in the northern suburbs of Darwin and Palmerston.",
        "Crime and youth justice dominated the campaign. Finocchiaro promised to lower the age of "
        "criminal responsibility back to ten and to make bail harder to obtain, and said on election "
        "night that her government would \"get to work on Monday\".",
        "The outgoing chief minister, Eva Lawler, conceded defeat and said Labor would \"listen and "
        "rebuild\". Lawler had taken over only in December after the resignation of her predecessor.",
        "Turnout was low in remote communities, where electoral officials have struggled for years "
        "to enrol voters, and several independents ran strongly in Darwin seats.",
    ],
))

A(dict(
    id="b132-17", feed="en-lattice", published="2024-09-12T08:15:00Z",
    place="YUZHNO-SAKHALINSK", section="Asia-Pacific",
    title="Japanese TV channels pulled from cable on Russian-held Kunashir",
    summary="Russia's media regulator ordered the local cable operator on Kunashir to stop carrying "
            "NHK's international channels and two Hokkaido stations, which islanders had watched for "
            "two decades.",
    label="new_development", group="b132-g3",
    new_facts=["Roskomnadzor ordered the Kunashir cable operator to stop retransmitting NHK World-Japan, "
               "NHK World Premium and two Hokkaido channels; they went off air on 11 September 2024"],
    must_mention=[["nhk", "japanese tv", "japanese channels", "hokkaido channels"],
                  ["cable", "retransmi", "pulled", "off air"]],
    note="First report of the development (b132-g3): Japanese channels removed from the Kunashir cable "
         "network by Roskomnadzor order. Not in the seeds.",
    byline="Reporting by Lattice Wire Asia desk; editing by Olwen Price",
    body=[
        "Residents of Kunashir, one of four Russian-held islands claimed by Japan, can no longer "
        "watch Japanese television on the local cable network after Russia's communications "
        "regulator ordered the operator to drop four channels, the regulator and the company said.",
        "Roskomnadzor's Far Eastern branch said in a statement on Thursday that NHK World-Japan, NHK "
        "World Premium and two Hokkaido commercial stations were being distributed \"without "
        "registration in the Russian Federation\" and that the operator, Kunashir-Telecom, had been "
        "instructed to stop retransmitting them. The channels went dark on Wednesday, September 11.",
        "The Japanese channels had been part of the cable package in Yuzhno-Kurilsk since the early "
        "2000s, when the head-end equipment was supplied under a Japanese assistance programme for "
        "the islands' residents. Many islanders also watched Hokkaido stations over the air.",
        "A Kunashir-Telecom manager confirmed the order by telephone and said the company was "
        "\"obliged to comply\". Subscribers would get two additional Russian channels instead, she "
        "said.",
        "Japan's embassy in Moscow said it was looking into the matter. Relations between Tokyo and "
        "Moscow have been frozen since Russia pulled out of peace treaty talks in March 2022 and ended "
        "visa-free exchanges between the islands and Japan.",
    ],
))

A(dict(
    id="b132-21", feed="en-gallery", published="2024-10-22T12:30:00Z", tz=3,
    section="Moscow · Kremlin", source="Kremlin daily conference call (audio)",
    byline="Gallery desk (Moscow)",
    title="Peskov daily call, 22 October 2024 (excerpt: Japan)",
    summary="Asked about the new Japanese prime minister's wish for a summit and talks on a peace "
            "treaty, Kremlin spokesman Dmitry Peskov said no contacts were planned.",
    dek="Excerpt from the Kremlin spokesman's conference call with reporters. Translation ours.",
    label="restatement",
    note="Restatement by a new speaker / negated move: 'no contacts are planned', talks 'impossible in "
         "the current conditions' - the seed position (Peskov 2023, MFA 2022, Rudenko Feb 2024).",
    body=[
        "Q: Dmitry Sergeyevich, the new Japanese prime minister said in parliament that he would like "
        "to meet President Putin and \"move forward\" on the peace treaty. Is the Kremlin ready for "
        "such contacts?",
        "A: We have heard these statements. I would say that statements are one thing and actual "
        "policy is another. At the moment no contacts at the highest level are planned, and no "
        "proposals of that kind have come through diplomatic channels.",
        "Q: Does that mean the door is closed?",
        "A: We have never closed doors. But you know our position: negotiating a peace treaty with a "
        "country that pursues an openly unfriendly course towards us is impossible in the current "
        "conditions. That has not changed. When Tokyo is ready to revise its approach, we will see.",
        "Q: Is there any contact on humanitarian issues, grave visits?",
        "A: I have nothing to tell you on that. That is a question for the Foreign Ministry.",
        "Q: One more on Japan - the reports that Japan may join new sanctions on Russian LNG?",
        "A: We would regard that as another unfriendly step. But let us not run ahead of events.",
    ],
))

A(dict(
    id="b132-23", feed="en-marginalia", published="2024-11-13T09:40:00Z",
    section="Japan", tags=["Japan", "Northern Territories", "Museums"],
    byline="Mariko Stenhouse",
    title="Tokyo sovereignty museum to add permanent Northern Territories gallery",
    summary="The government-run Territory and Sovereignty Exhibition Hall, until now devoted to "
            "Takeshima and the Senkakus, will open a Northern Territories section on February 7.",
    dek="Chief Cabinet Secretary Yoshimasa Hayashi announced the decision at his regular press "
        "conference; former islanders' groups are lending documents and photographs.",
    label="new_development", group="b132-g4",
    new_facts=["Japan's government will add a permanent Northern Territories section to the national "
               "Territory and Sovereignty Exhibition Hall in Tokyo, opening 7 February 2025 "
               "(announced by the chief cabinet secretary, 12 Nov 2024)"],
    must_mention=[["exhibition hall", "museum", "gallery"], ["northern territories"]],
    note="Same development as b132-22 (first report, Japanese): a new Japanese government measure on "
         "the dispute. Not in the seeds.",
    body=[
        "Japan's government-run museum on territorial disputes will open a permanent section on the "
        "Northern Territories, the four Russian-held islands off Hokkaido, in February, Chief Cabinet "
        "Secretary Yoshimasa Hayashi said on Tuesday.",
        "The National Museum of Territory and Sovereignty in Tokyo's Toranomon district has so far "
        "dealt only with Takeshima, the islets controlled by South Korea, and the Senkaku Islands, "
        "which are administered by Japan and claimed by China. The Northern Territories were covered "
        "separately by the Cabinet Office's outreach programme and by facilities in Nemuro, the "
        "Hokkaido city closest to the islands.",
        "The new gallery, of about 200 square metres, will open on February 7, the annual Northern "
        "Territories Day, Hayashi told his regular press conference. It will display pre-war maps, "
        "village records and photographs lent by former residents, many of whom are now in their late "
        "eighties, as well as video testimony.",
        "\"It is important to convey accurately, at home and abroad, the history of the Northern "
        "Territories and the thoughts of the former islanders,\" Hayashi said. Asked whether the "
        "decision was linked to Russia's stance, he said it was \"not aimed at any country\".",
        "The islands - Etorofu, Kunashiri, Shikotan and the Habomai group - were seized by the "
        "Soviet Union at the end of the Second World War. Russia calls them the southern Kurils and "
        "says its sovereignty is not open to discussion. Moscow broke off peace treaty talks in March "
        "2022.",
    ],
))

A(dict(
    id="b132-25", feed="en-lattice", published="2024-12-03T07:30:00Z",
    place="TOKYO", section="Asia-Pacific",
    title="Chinese coast guard ships set record for days near Senkaku Islands",
    summary="Chinese government vessels have been in the waters around the Japanese-administered "
            "Senkakus on a record number of days this year, Japan's coast guard said.",
    label="off_topic",
    note="Look-alike: a different island dispute (Senkaku, Japan-China).",
    byline="Reporting by Keiko Amberson; editing by Olwen Price",
    body=[
        "Chinese coast guard ships have been spotted in the contiguous zone around the Senkaku "
        "Islands on more days this year than in any year since Japan nationalised the islands in "
        "2012, the Japan Coast Guard said on Tuesday.",
        "With four weeks of the year left, Chinese vessels had been observed in the zone on 335 days, "
        "beating the previous record of 2023, the coast guard's 11th regional headquarters in Naha "
        "said. Some ships also entered Japan's territorial waters around the islands and approached "
        "Japanese fishing boats.",
        "China claims the uninhabited islands, which it calls the Diaoyu, and says its patrols are "
        "lawful. Japan says the islands are an inherent part of its territory and that there is no "
        "territorial dispute to resolve.",
        "Chief Cabinet Secretary Yoshimasa Hayashi told reporters the situation was \"extremely "
        "serious\" and that Tokyo would respond \"calmly and resolutely\", including by strengthening "
        "the coast guard's fleet in Okinawa.",
    ],
))

A(dict(
    id="b132-29", feed="en-marginalia", published="2025-02-07T08:30:00Z",
    section="Japan", tags=["Japan", "Northern Territories", "Russia"],
    byline="Tom Ardagh",
    title="On Northern Territories Day, Ishiba vows to keep up 'persistent' diplomacy",
    summary="At the annual rally in Tokyo, Prime Minister Shigeru Ishiba said Japan's policy of "
            "resolving the territorial issue and concluding a peace treaty was unchanged.",
    label="restatement",
    note="Occasion piece (annual rally on 7 February): the prime minister restates Japan's known "
         "position; talks remain suspended (seed). No new move.",
    body=[
        "Prime Minister Shigeru Ishiba said on Friday that Japan would \"persistently\" pursue a "
        "peace treaty with Russia that settles the dispute over four islands off Hokkaido, while "
        "acknowledging that relations with Moscow were \"in a severe state\".",
        "Speaking at the annual national rally demanding the return of the Northern Territories, held "
        "in Tokyo on the anniversary of the 1855 Treaty of Shimoda, Ishiba said the government's "
        "policy of \"resolving the territorial issue and concluding a peace treaty\" remained "
        "unchanged.",
        "\"Japan-Russia relations are in a severe state because of Russia's aggression against "
        "Ukraine, but we will firmly maintain this policy,\" he said. He also said that resuming grave "
        "visits for former residents was a \"top priority\" among humanitarian issues.",
        "Russia suspended the peace treaty negotiations in March 2022 in response to Japanese "
        "sanctions and ended the visa-free exchanges that had allowed former islanders and others to "
        "travel to the islands without Russian visas.",
        "The average age of the roughly 5,000 surviving former residents is now above 88. A former "
        "resident of Shikotan who spoke at the rally said she had not been able to visit her parents' "
        "grave for six years.",
        "The Russian embassy did not comment. Moscow regularly says that its sovereignty over the "
        "islands, which it calls the southern Kurils, is beyond question.",
    ],
))

A(dict(
    id="b132-30", feed="en-gallery", published="2025-03-12T13:00:00Z", tz=3,
    section="Moscow · Foreign Ministry", source="MFA briefing video",
    byline="Gallery desk (Moscow)",
    title="Zakharova briefing, 12 March 2025 (excerpt: Japan, 'Habomai' report)",
    summary="The Foreign Ministry spokeswoman called a Japanese magazine report about a Russian offer "
            "of joint administration of the Habomai islets 'a fabrication'.",
    dek="Excerpt from the weekly briefing of the Russian Foreign Ministry spokeswoman. Translation ours.",
    label="restatement",
    note="Denial of a rumour: no offer made; sovereignty 'not subject to discussion' - the seed "
         "position (sovereignty beyond question). Nothing new happened.",
    body=[
        "Q: A Japanese weekly has reported that Russia, through unofficial channels, floated the idea "
        "of joint administration of the Lesser Kuril Ridge, which the Japanese call Habomai. Can you "
        "comment?",
        "A: I have seen this. It is a fabrication from beginning to end, and not a very skilful one. "
        "No such proposals were made, either through official or, as they like to write, "
        "\"unofficial\" channels. There is nothing to discuss.",
        "I want to remind everyone once again: the sovereignty of the Russian Federation over the "
        "southern Kurils is fixed in international legal documents following the Second World War "
        "and is not subject to discussion. This applies equally to Shikotan and to the islands of the "
        "Lesser Kuril Ridge.",
        "Q: Are there any contacts with Tokyo at all on a peace treaty?",
        "A: You know the position. In the conditions created by Tokyo itself, with its sanctions and "
        "its militarisation, dialogue on a peace treaty is impossible. No such contacts are taking "
        "place. If someone in Japan is spreading stories about secret talks, it is probably to "
        "create the illusion of activity.",
        "Q: And the former residents' visits?",
        "A: The visa-free trips were stopped because of Japan's own unfriendly actions. We have "
        "nothing new to announce.",
    ],
))

A(dict(
    id="b132-32", feed="en-lattice", published="2025-05-20T06:45:00Z",
    place="SAPPORO", section="Asia-Pacific",
    title="Hokkaido to shut its office in Russia's Sakhalin after 24 years",
    summary="Hokkaido's prefectural government will close its Yuzhno-Sakhalinsk office at the end of "
            "the fiscal year, saying exchanges with the Russian region have been dormant since 2022.",
    label="neutral",
    note="Borderline: a Japanese local-government move in Japan-Russia regional relations (Hokkaido "
         "and Sakhalin), not a move on the peace treaty or the islands themselves. Unscored.",
    byline="Reporting by Keiko Amberson; editing by Olwen Price",
    body=[
        "Hokkaido will close its representative office in Yuzhno-Sakhalinsk, the capital of Russia's "
        "Sakhalin region, at the end of March 2026, the prefecture's governor told reporters on "
        "Tuesday.",
        "The office opened in 2001 to support trade, tourism and exchanges between Hokkaido and "
        "Sakhalin, which lie 43 kilometres apart across the La Perouse Strait. It has had no Japanese "
        "staff posted since 2022 and has been run by two local employees.",
        "\"Unfortunately, the situation does not allow us to carry out exchanges, and we have to "
        "think about the efficient use of the budget,\" the governor said, adding that Hokkaido "
        "hoped to reopen it \"when the environment allows\".",
        "Sakhalin's regional government administers the southern Kuril Islands, which Japan claims "
        "as its Northern Territories. The governor said the closure would not affect Hokkaido's "
        "support for former islanders or its campaign for the islands' return.",
        "Hokkaido and Sakhalin signed a friendship and economic cooperation agreement in 1998. "
        "Ferry links between Wakkanai and Korsakov have been suspended since 2019.",
    ],
))

A(dict(
    id="b132-36", feed="en-marginalia", published="2025-07-17T10:20:00Z",
    section="Russia", tags=["Russia", "Kuril Islands", "Habomai", "Tourism"],
    byline="Tom Ardagh",
    title="Russia starts tourist boat trips to Habomai islets; Japan protests",
    summary="A Shikotan operator has begun taking tourists to two uninhabited islets of the Habomai "
            "group, the first civilian tourism there since the war. Tokyo called it unacceptable.",
    label="new_development", group="b132-g5",
    new_facts=["Sightseeing boat trips from Malokurilskoye (Shikotan) to the Habomai islets Polonsky "
               "(Taraku) and Zeleny (Shibotsu) began on 12 July 2025, three times a week until 30 "
               "September; Japan protested"],
    must_mention=[["habomai", "polonsky", "zeleny", "taraku"], ["tour", "boat trip", "excursion"]],
    note="Same development as b132-34 (first report, Russian, buried in an interview) and b132-35: "
         "civilian tourist trips to the Habomai islets started. Not in the seeds.",
    body=[
        "A Russian operator has begun taking tourists by boat from Shikotan to two uninhabited "
        "islets of the Habomai group, part of the chain of islands off Hokkaido that Japan claims, "
        "prompting a protest from Tokyo.",
        "The first trip left Malokurilskoye on July 12 with 12 passengers and landed on Zeleny, known "
        "in Japan as Shibotsu, after circling Polonsky, or Taraku, Sakhalin's regional tourism "
        "minister said in an interview published this week. Trips will run three times a week until "
        "September 30, weather permitting, and visitors need a border-zone permit.",
        "Japan's Foreign Ministry said it had lodged a protest through diplomatic channels. \"Such "
        "activities are incompatible with Japan's position and unacceptable,\" a ministry official "
        "said, adding that Tokyo had asked Moscow to halt them.",
        "The Habomai islets, a string of small islands closest to Japan, were home to about 5,000 "
        "Japanese before 1945 and have had no civilian population since; Russian border guards man "
        "posts on several of them. Under a 1956 declaration, the Soviet Union agreed to hand Shikotan "
        "and the Habomai group to Japan after a peace treaty, which was never signed.",
        "Russia pulled out of peace treaty talks in March 2022. The regional government has been "
        "promoting the southern Kurils to Russian and Chinese tourists.",
    ],
))

A(dict(
    id="b132-37", feed="en-lattice", published="2025-08-09T09:00:00Z",
    place="WASHINGTON", section="World",
    title="Armenia and Azerbaijan initial peace treaty text at White House",
    summary="The leaders of Armenia and Azerbaijan initialled the text of a peace treaty and agreed "
            "on a transit route through southern Armenia, in a deal brokered by Washington.",
    label="off_topic",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan), nothing about Japan, Russia or the Kurils.",
    byline="Reporting by Lattice Wire Washington bureau; editing by Hal Brenner",
    body=[
        "Armenia and Azerbaijan have initialled the text of a peace treaty intended to end nearly four "
        "decades of conflict, at a ceremony hosted by President Donald Trump at the White House on "
        "Friday.",
        "Prime Minister Nikol Pashinyan and President Ilham Aliyev also signed a joint declaration "
        "that includes a transit corridor across southern Armenia linking Azerbaijan to its "
        "Nakhchivan exclave, to be developed with U.S. participation.",
        "The treaty still has to be signed and ratified. Azerbaijan has said it wants Armenia first "
        "to amend its constitution, which it says contains territorial claims, and both sides "
        "agreed to dissolve the OSCE's Minsk Group, which mediated the conflict for decades.",
        "Russia, Armenia's traditional ally, said it welcomed any steps towards peace in the South "
        "Caucasus but warned against \"outside\" solutions.",
    ],
))

A(dict(
    id="b132-39", feed="en-gallery", published="2025-10-02T08:00:00Z", tz=9,
    section="Tokyo · Foreign Ministry", source="Foreign Minister's press conference video",
    byline="Gallery desk (Tokyo)",
    title="Foreign Minister's press conference, 2 October 2025 (excerpt: Russia)",
    summary="Asked whether Japan was considering easing sanctions to restart peace treaty talks, the "
            "foreign minister said there was 'no such consideration' and grave visits had 'not yet' "
            "been agreed.",
    dek="Excerpt. Questions on the Middle East and the UN General Assembly omitted.",
    label="restatement",
    note="Questioned / negated move: a reporter asks about easing sanctions; answer 'no such "
         "consideration', grave visits 'not yet' agreed. Restates seed state (talks suspended, visits "
         "terminated).",
    body=[
        "Q: Some in the ruling party argue that Japan should ease part of its sanctions on Russia to "
        "restart peace treaty negotiations before the former islanders pass away. Is the government "
        "considering that?",
        "A: There is no such consideration. Our sanctions are a response to Russia's aggression "
        "against Ukraine, which violates international law, and they are coordinated with the G7. "
        "They are not a bargaining chip on the territorial issue.",
        "Q: Then how will you break the deadlock?",
        "A: The Japan-Russia relationship is in a difficult situation, but our policy of resolving "
        "the attribution of the four northern islands and concluding a peace treaty is unchanged. It "
        "was Russia that unilaterally announced it would not continue the negotiations. We will "
        "continue to respond appropriately while taking into account the situation.",
        "Q: On grave visits, have you received any reply from Moscow this year?",
        "A: I will refrain from going into specifics of our exchanges. The resumption of grave visits "
        "has not yet been agreed. Given the advanced age of the former islanders, we will continue to "
        "strongly request it as the top priority among humanitarian matters.",
        "Q: Is a meeting with Foreign Minister Lavrov possible at the G20?",
        "A: Nothing is scheduled at this point.",
    ],
))

A(dict(
    id="b132-42", feed="en-marginalia", published="2025-11-22T09:00:00Z",
    section="Oceans", tags=["Russia", "Japan", "Kuril Islands", "Fukushima", "Monitoring"],
    byline="Mariko Stenhouse",
    title="Russia pauses Kunashir radiation data swap with Japan for the winter",
    summary="Moscow says the monthly exchange of seawater readings with Hokkaido is suspended from "
            "December to March but 'not terminated'; Japanese officials are less sure it will resume.",
    label="status_change", group="b132-g6",
    new_facts=["Russia suspended the monthly Kunashir-Nemuro seawater radiation data exchange (running "
               "since July 2024) for the winter, 1 December 2025 to 31 March 2026, saying it is not "
               "terminated and should resume in April"],
    must_mention=[["suspend", "pause", "halt"], ["winter", "december"]],
    note="Status change, neither on nor off (b132-g6, first reported in Russian b132-40): the "
         "exchange set up in June 2024 (b132-g2) is suspended for a season, with a stated resumption "
         "in April. Old state: monthly exchange running; new state: paused for the winter.",
    body=[
        "Russia has told Japan it will stop sending monthly seawater radiation readings from the "
        "disputed island of Kunashir over the winter, suspending one of the few practical "
        "arrangements the two countries set up after relations collapsed in 2022.",
        "The exchange, agreed in June 2024, has seen Russia's weather and environmental monitoring "
        "service share data on caesium-137 and tritium from its post at Yuzhno-Kurilsk each month, in "
        "return for readings from a Hokkaido station in Nemuro. Moscow wanted the arrangement because "
        "of its concerns about the release of treated water from the Fukushima Daiichi nuclear plant.",
        "The head of Roshydromet's Sakhalin branch said in an interview with a regional news agency "
        "this week that sampling would stop from December 1 to March 31 because the boat used for "
        "offshore sampling is laid up for the winter. \"The exchange is not terminated. It is "
        "suspended for the winter season, and in April we will resume,\" he said.",
        "A Hokkaido official confirmed that a Russian note to that effect had been received through "
        "the Foreign Ministry. \"We were told it is seasonal. We will see in April,\" the official "
        "said, noting that the Russian side had not mentioned any technical difficulties over the "
        "previous winter.",
        "Japan imposed further sanctions on Russia in September. Moscow has not linked the "
        "suspension to them.",
    ],
))

A(dict(
    id="b132-43", feed="en-lattice", published="2025-12-10T15:00:00Z",
    place="ISTANBUL", section="World",
    title="Black Sea bloc meets without Japan, no longer a dialogue partner",
    summary="Foreign ministers of the Black Sea Economic Cooperation met in Istanbul; Japan, whose "
            "partner status Russia has blocked since 2022, was not among the guests.",
    label="restatement",
    note="Restates a seed fact with 'no longer' wording: Russia blocked the extension of Japan's BSEC "
         "sectoral dialogue partner status in March 2022. No change this year.",
    byline="Reporting by Lattice Wire Istanbul stringer; editing by Olwen Price",
    body=[
        "Foreign ministers and senior officials of the 13-member Organization of the Black Sea "
        "Economic Cooperation (BSEC) met in Istanbul on Wednesday to approve the group's budget and "
        "hand over the rotating chairmanship.",
        "Japan, which until 2022 held the status of a sectoral dialogue partner of the organisation, "
        "was not represented. Russia blocked the extension of Japan's status in March 2022 in "
        "response to Tokyo's sanctions, and the issue has not returned to the agenda since, according "
        "to a BSEC official who asked not to be named.",
        "\"Japan is no longer a dialogue partner, and there was no proposal to change that this "
        "year,\" the official said.",
        "At the time, Moscow announced the move alongside its decision to halt peace treaty talks "
        "with Tokyo and to withdraw from a dialogue on joint economic activity on the southern Kuril "
        "Islands, which Japan claims.",
        "The meeting's final communique focused on transport corridors, energy and the situation of "
        "shipping in the Black Sea.",
    ],
))

A(dict(
    id="b132-44", feed="en-gallery", published="2026-01-20T09:15:00Z", tz=9,
    section="Tokyo · Internal Affairs", source="Minister's press conference video",
    byline="Gallery desk (Tokyo)",
    title="Internal affairs minister's press conference, 20 January 2026 (excerpt: NHK on Kunashir)",
    summary="Asked about NHK's international channels, which were removed from cable on Kunashir in "
            "2024, the minister said Japan had received no explanation and there was no prospect of "
            "their return.",
    dek="Excerpt. Questions on local finance and the census omitted.",
    label="restatement",
    note="Negated / 'not yet' version of the later restoration (b132-g7): 'no prospect of resumption at "
         "this point'. Only restates the state known since b132-g3 (channels off the Kunashir cable "
         "since September 2024). No new fact.",
    body=[
        "Q: Residents of Kunashiri have been unable to watch NHK World on the local cable network since "
        "September 2024. Has there been any progress?",
        "A: I am aware of the situation. We have been informed by NHK and by the Foreign Ministry, and "
        "the Foreign Ministry has asked the Russian side for an explanation. So far we have not "
        "received any explanation, and at this point there is no prospect of the retransmission "
        "resuming.",
        "Q: Is the government considering any measures, such as increasing the power of NHK's "
        "broadcasts toward the islands?",
        "A: NHK World-Japan is available over the internet and by satellite throughout the world. We "
        "are not considering any specific measures at this time. International broadcasting is "
        "conducted by NHK on its own responsibility, and the ministry's role is to support it.",
        "Q: Do you regard the removal as a political measure by Russia?",
        "A: I will refrain from speculating about the intentions of the Russian side. In any case, the "
        "Northern Territories are islands over which Japan has sovereignty, and our position has not "
        "changed.",
    ],
))

A(dict(
    id="b132-48", feed="en-lattice", published="2026-03-13T08:00:00Z",
    place="TOKYO", section="Asia-Pacific",
    title="NHK channels back on Kunashir cable after 18-month blackout",
    summary="Japanese channels have returned to the cable network on Russian-held Kunashir, Japan's "
            "foreign minister told parliament; Russia's regulator said the distributor had registered.",
    label="status_change", group="b132-g7",
    new_facts=["NHK World-Japan, NHK World Premium and two Hokkaido channels have been retransmitted "
               "again on the Kunashir cable network since 1 March 2026, after their removal in "
               "September 2024"],
    must_mention=[["nhk", "japanese channels", "japanese tv"], ["back", "return", "resum", "restor"]],
    note="Status change off -> on (b132-g7; first reported in Japanese, b132-46): the channels removed "
         "in September 2024 (b132-g3) are back on the Kunashir cable.",
    byline="Reporting by Keiko Amberson; editing by Hal Brenner",
    body=[
        "Japanese television channels are once again available on the cable network on Kunashir, one "
        "of the Russian-held islands claimed by Japan, after an 18-month blackout, Japan's foreign "
        "minister told a parliamentary committee.",
        "NHK World-Japan, NHK World Premium and two Hokkaido commercial channels have been "
        "retransmitted on the Yuzhno-Kurilsk network since March 1, the minister said in reply to a "
        "question in the upper house budget committee on Wednesday. Russia's communications "
        "regulator ordered them removed in September 2024, saying they were not registered in Russia.",
        "Roskomnadzor's Far Eastern branch said on Thursday that a Moscow-based distributor had "
        "obtained the necessary registration and that the channels had \"returned in accordance with "
        "the law\". It said the decision was \"not a gesture to anyone\".",
        "The minister said Japan welcomed the return of the channels as \"beneficial to the residents' "
        "understanding of Japan\" but that it did not signal a change in Russia's overall stance. "
        "Russia halted peace treaty talks with Japan in 2022.",
    ],
))

A(dict(
    id="b132-49", feed="en-gallery", published="2026-04-08T12:00:00Z", tz=3,
    section="Moscow · Kremlin", source="Kremlin daily conference call (audio)",
    byline="Gallery desk (Moscow)",
    title="Peskov daily call, 8 April 2026 (excerpt: 'two-island' report)",
    summary="The Kremlin spokesman denied a Japanese newspaper report that Moscow was preparing a "
            "proposal to hand over two islands in exchange for lifting sanctions.",
    dek="Excerpt. Translation ours.",
    label="restatement",
    note="Denial of a rumour: 'no such plans', 'not on the agenda'; restates the seed position "
         "(sovereignty beyond question; talks impossible while sanctions remain).",
    body=[
        "Q: A Japanese newspaper reports today that Moscow is preparing a proposal to transfer Shikotan "
        "and the Habomai islands to Japan in exchange for the lifting of sanctions. Is that true?",
        "A: No. There are no such plans, and there have not been. This is not on the agenda.",
        "Q: The report cites sources in the presidential administration.",
        "A: Then these are very poorly informed sources. I can tell you quite definitely that this "
        "topic is not being discussed in the Kremlin.",
        "Q: Is the 1956 Declaration still relevant for Moscow?",
        "A: The position on these questions is well known and has been set out many times by the "
        "President and by the Foreign Ministry. The sovereignty of Russia over the Kuril Islands is "
        "not subject to discussion. As for a peace treaty, in the conditions of Japan's unfriendly "
        "actions there is no basis for such negotiations. Nothing has changed here.",
        "Q: So no contacts with Tokyo at all?",
        "A: Diplomatic channels exist, embassies work. But there is no dialogue on a peace treaty.",
    ],
))

A(dict(
    id="b132-51", feed="en-marginalia", published="2026-06-18T09:30:00Z",
    section="Russia", tags=["Russia", "Kuril Islands", "Habomai", "Tourism", "Border"],
    byline="Tom Ardagh",
    title="Russia halts Habomai islet boat tours 'until further notice'",
    summary="Russia's border service has suspended the tourist boat trips to two Habomai islets that "
            "began last summer; no tours will be sold for the 2026 season for now.",
    label="status_change", group="b132-g8",
    new_facts=["Russia's FSB border directorate suspended the Shikotan-Habomai tourist boat trips "
               "'until further notice' (from 15 June 2026); the operator stopped selling 2026 tours"],
    must_mention=[["habomai", "polonsky", "zeleny", "islet"], ["suspend", "halt", "stopp"]],
    note="Status change on -> off (b132-g8, first report): the Habomai tours launched in July 2025 "
         "(b132-g5) are suspended until further notice.",
    body=[
        "Russian border guards have suspended the tourist boat trips from Shikotan to two "
        "uninhabited islets of the Habomai group that began last year and drew protests from Japan, "
        "the tour operator and regional officials said.",
        "The Sakhalin border directorate of the FSB security service informed the operator, "
        "Malokurilskie Progulki, that from June 15 landings on Zeleny and trips into the waters around "
        "Polonsky were suspended \"until further notice\", citing \"the regime of the border zone\". "
        "The company said it had stopped selling trips for the season, which was due to start in "
        "early July, and would refund 46 customers.",
        "The trips, three a week last summer, were the first civilian tourism on the islets, which "
        "Japan calls Shibotsu and Taraku and claims as part of its Northern Territories. Tokyo "
        "protested when they began in July 2025.",
        "A spokeswoman for the Sakhalin tourism ministry said the tours \"have not been cancelled\" and "
        "that the region hoped they would return. But she could not give a date. The border "
        "directorate did not respond to questions.",
        "Japan's Foreign Ministry said it was aware of the reports and was \"closely watching\" the "
        "situation, adding that Japan's position on the islands was unchanged.",
    ],
))

A(dict(
    id="b132-54", feed="en-gallery", published="2026-08-12T07:00:00Z", tz=9,
    section="Tokyo · Prime Minister's Office", source="Chief Cabinet Secretary press conference video",
    byline="Gallery desk (Tokyo)",
    title="Chief Cabinet Secretary press conference, 12 August 2026 (excerpt: Japan-China treaty anniversary)",
    summary="On the anniversary of the 1978 Japan-China Treaty of Peace and Friendship, the chief "
            "cabinet secretary said Tokyo sought 'constructive and stable' relations with Beijing.",
    dek="Excerpt. Questions on the heat wave and the supplementary budget omitted.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Japan-China 1978), not the Russia-Japan peace treaty.",
    body=[
        "Q: Today marks the 48th anniversary of the signing of the Japan-China Treaty of Peace and "
        "Friendship. How does the government view the state of relations?",
        "A: The Treaty of Peace and Friendship, together with the other political documents, forms the "
        "foundation of Japan-China relations. There are many possibilities between our two countries, "
        "and at the same time many challenges and concerns. Based on the \"mutually beneficial "
        "relationship based on common strategic interests\", the government will continue to build "
        "constructive and stable relations through dialogue at all levels.",
        "Q: Is there a plan for a leaders' meeting this autumn?",
        "A: Nothing has been decided at this point. We will continue to communicate closely.",
        "Q: Chinese vessels continue to operate around the Senkaku Islands. Is that compatible with "
        "the spirit of the treaty?",
        "A: The Senkaku Islands are clearly an inherent part of Japan's territory, in light of "
        "historical facts and international law, and are under Japan's valid control. There is no "
        "issue of territorial sovereignty to be resolved. We will continue to respond calmly and "
        "resolutely.",
    ],
))

A(dict(
    id="b132-56", feed="en-lattice", published="2026-10-19T06:00:00Z",
    place="TOKYO/MOSCOW", section="World",
    title="Seventy years on, 1956 declaration marks how far Japan and Russia have drifted apart",
    summary="The 1956 Soviet-Japanese Joint Declaration restored diplomatic ties and promised two "
            "islands after a peace treaty. On its anniversary, both sides restated positions and "
            "little else.",
    label="restatement",
    note="Anniversary/background piece (70 years of the 1956 Declaration): officials restate known "
         "positions; talks remain suspended (seed). No new move.",
    byline="Reporting by Keiko Amberson and Lattice Wire Moscow bureau; editing by Olwen Price",
    body=[
        "Seventy years ago on Monday, the Soviet Union and Japan signed a joint declaration in Moscow "
        "that ended the state of war between them and restored diplomatic relations. It also "
        "promised that Shikotan and the Habomai islets would be handed to Japan once a peace treaty "
        "was concluded. No treaty has been signed.",
        "The anniversary passed without ceremony. Japan's chief cabinet secretary told reporters that "
        "the declaration was \"the basic document ratified by both countries' parliaments\" and that "
        "Japan's policy of resolving the attribution of the four northern islands and concluding a "
        "peace treaty \"remains unchanged\".",
        "In Moscow, a Foreign Ministry spokeswoman said Russia's sovereignty over the southern Kurils "
        "\"is not subject to discussion\" and that under the current conditions \"there is no basis\" "
        "for peace treaty negotiations, repeating the position Moscow has held since March 2022.",
        "## A long stalemate",
        "The declaration was the high point of a brief thaw. Japan went on to demand all four islands "
        "- Etorofu and Kunashiri as well - and the talks stalled during the Cold War. They revived "
        "after the Soviet collapse and again in 2018, when then Prime Minister Shinzo Abe and "
        "President Vladimir Putin agreed to accelerate negotiations on the basis of the 1956 text.",
        "That effort ended in March 2022, when Russia said it would not continue negotiations with a "
        "country that had imposed sanctions over the invasion of Ukraine, withdrew from talks on joint "
        "economic activity on the islands and ended visa-free travel for Japanese former residents.",
        "Historians on both sides say the anniversary is a reminder that the agreement still binds "
        "the two parliaments that ratified it. \"It is a document that neither side has renounced and "
        "neither side can implement,\" said a professor of diplomatic history in Sapporo.",
    ],
))

A(dict(
    id="b132-57", feed="en-marginalia", published="2027-01-20T05:00:00Z",
    section="Japan", tags=["Hokkaido", "Northern Territories", "Budget"],
    byline="Mariko Stenhouse",
    title="Hokkaido to fund study trips for former islanders' grandchildren, this year only",
    summary="Hokkaido's draft budget covers travel for descendants of former residents of the disputed "
            "islands to learning events in Nemuro, as a one-year measure.",
    label="neutral",
    note="Borderline: a Japanese local-government 'this year only' measure related to the dispute's "
         "domestic campaign, not a move by Russia or Japan on the islands or the treaty. Unscored.",
    body=[
        "Hokkaido's government will pay the travel costs of grandchildren and great-grandchildren of "
        "former residents of the Russian-held islands who attend study programmes in Nemuro, in a "
        "measure limited to the 2027 fiscal year, prefectural officials said.",
        "The draft budget for the year starting in April sets aside 38 million yen for about 300 "
        "young people to take part in summer seminars, school visits and the annual campaign events "
        "in the city closest to the islands. Until now, participants have paid part of their costs.",
        "\"Because the visits to the islands themselves have been impossible for years, we want the "
        "third and fourth generations at least to come to Nemuro and see the islands with their own "
        "eyes,\" an official in charge said. Whether the programme continues beyond the year would "
        "depend on the evaluation, he said.",
        "The number of surviving former residents has fallen below 4,500, and their average age is "
        "close to 90. The national government funds separate programmes through the Cabinet Office.",
    ],
))
