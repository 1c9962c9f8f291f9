"""English articles (27)."""

ARTICLES = [
# ---------------------------------------------------------------- 2024
dict(
    feed="caldera-review", published="2024-02-14T06:00:00Z", section="Science",
    author="Anya Lindgren",
    title="Kurile Lake sockeye run tops 6 million as Kamchatka scientists close the 2023 books",
    summary="Fisheries scientists counting salmon at Kamchatka's Kurile Lake say 2023 brought the largest sockeye return since records began, a bright spot for a fishery far from the islands that gave the lake its name.",
    label="off_topic",
    note="Look-alike named after the Kurils: Kurile Lake is in southern Kamchatka. Salmon science with no bearing on the islands or the dispute.",
    body="""
PETROPAVLOVSK-KAMCHATSKY — More than 6.1 million sockeye salmon entered Kurile Lake in southern Kamchatka last summer, the largest run since counts began in the 1940s, according to the final tally published this week by the Kamchatka branch of Russia's federal fisheries research institute.

The lake, a flooded caldera some 20 kilometres from Cape Lopatka, takes its name from the Kuril chain that begins just across the First Kuril Strait. It is one of the most closely studied sockeye nurseries in the North Pacific: a counting fence on the Ozernaya River, the lake's only outlet, lets researchers tally the fish as they pass upstream.

"We passed the escapement target by almost a third," said a researcher who has worked at the fence for nineteen seasons. "The question now is whether the lake can feed the fry from such a large spawning." Earlier booms at Kurile Lake, in the late 1990s and again in the mid-2010s, were followed by weaker returns as juveniles competed for zooplankton.

The institute said commercial catches at the mouth of the Ozernaya reached about 40,000 tonnes in 2023, with the rest of the run allowed upstream. Brown bears, which gather on the lake shore in late summer in numbers that draw photographers from around the world, were counted at more than 150 animals in August.

Scientists plan to repeat a hydroacoustic survey of juvenile salmon in the lake in September. The forecast for the 2024 season will be issued in the spring, after the winter plankton samples have been analysed.
""",
    comments=[("Halvard", "2 days ago", "The bear photos from Kurile Lake never get old."),
              ("m.oshima", "1 day ago", "Would love a follow-up on the plankton question.")],
),
dict(
    feed="skua-post", published="2024-04-16T08:00:00Z", section="Japan",
    author="Keiko Marsh",
    title="Japan's diplomatic bluebook keeps claim to Russian-held islands, calls ties 'severe'",
    summary="The 2024 edition repeats that the four islands off Hokkaido belong to Japan and that Russia's 2022 decision to halt peace treaty talks was 'extremely unjust'.",
    label="restatement",
    note="Annual report restating positions: Japan's claim to the four islands and its protest at Russia's March 2022 halt to peace treaty talks, withdrawal from joint economic activity talks and end of visa-free visits (all seed facts).",
    body="""
TOKYO — Japan's annual diplomatic bluebook, presented to the cabinet on Tuesday, restates Tokyo's claim to the four Russian-held islands off Hokkaido and describes relations with Moscow as remaining in a "severe situation" because of the war in Ukraine.

The report, compiled by the Foreign Ministry, says Etorofu, Kunashiri, Shikotan and the Habomai group — known in Russia as the Southern Kurils — are islands "over which Japan has sovereignty" and that the government's basic policy "to resolve the territorial issue and conclude a peace treaty" is unchanged.

It repeats Tokyo's criticism of Moscow's March 2022 announcement that it would no longer negotiate a peace treaty with Japan, would pull out of talks on joint economic activities on the islands and would end visa-free visits by Japanese citizens. The bluebook calls those steps "extremely unjust and absolutely unacceptable" and says Japan lodged a strong protest at the time.

Compared with last year's edition the language on the islands is essentially unchanged. The document again notes that visits by former residents to family graves on the islands have not taken place since 2020 and says the government will continue to give their resumption "the highest priority".

Russia's Foreign Ministry did not immediately comment. Officials in Moscow have said repeatedly that Russian sovereignty over the islands, which came under Soviet control at the end of World War II, is not open to question, and that talks are impossible while Japan maintains sanctions. In February, Deputy Foreign Minister Andrei Rudenko called a resumption of the treaty dialogue "categorically impossible".

The bluebook also devotes chapters to China, North Korea and the Indo-Pacific. It was the first edition prepared under Foreign Minister Yoko Kamikawa.
""",
),
dict(
    feed="murrelet-wire", published="2024-05-31T10:00:00Z",
    author="Tomas Kerr and Irina Vetrova",
    credit="Reporting by Tomas Kerr in Sapporo and Irina Vetrova in Yuzhno-Sakhalinsk; editing by the Asia desk",
    title="Japanese, Russian volcanologists plan rare joint climb of Kunashir's Tyatya",
    summary="Hokkaido University and a Russian Academy of Sciences institute will send a joint team up the volcano on the disputed island in September, with Moscow waiving visas for the Japanese members.",
    label="new_development", group="g-tyatya-agreed",
    new_facts=["Hokkaido University and Russia's Institute of Marine Geology and Geophysics signed a memorandum on a joint survey of Tyatya volcano on Kunashir; six Japanese scientists to go in September 2024 without Russian visas"],
    mm=[["tyatya"], ["joint", "expedition", "survey"]],
    note="Same development as the first (Japanese) report: the joint volcano expedition agreed, an exception to the 2022 ban on visa-free trips (seed).",
    body="""
SAPPORO/YUZHNO-SAKHALINSK, May 31 (Murrelet) - Scientists from Japan and Russia plan to survey Tyatya volcano on Kunashir, one of four Russian-held islands claimed by Japan, in what would be the first joint field research on the islands since Moscow ended visa-free travel there in 2022.

Hokkaido University said it had signed a memorandum with the Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk, part of the Far Eastern branch of the Russian Academy of Sciences, on a three-year programme of observations of the 1,819-metre volcano, known in Japan as Chachadake.

Six Japanese researchers will sail from the port of Nemuro in early September on a chartered vessel and spend about ten days on the island, the university said. Russia's Foreign Ministry has agreed that they may enter without Russian visas, according to both institutions.

Tokyo regards entering the islands on Russian visas as accepting Russian jurisdiction and has long asked citizens not to do so. A Japanese government official said the arrangement "does not prejudice Japan's legal position".

Tyatya last erupted in 1973. The joint team plans to install temporary seismometers and GPS receivers and to sample gas from fumaroles on the summit cone. "The volcano does not care about politics, but monitoring it takes both sides," a Russian researcher on the project told Murrelet.

Russia halted peace treaty negotiations with Japan in March 2022 in response to Tokyo's sanctions over Ukraine and scrapped the visa-free exchange programme under which Japanese scholars, former residents and others had visited the islands since 1992.
""",
),
dict(
    feed="skua-post", published="2024-06-18T09:00:00Z", section="Japan",
    author="Keiko Marsh",
    title="Former islanders press Tokyo to seek Moscow's nod for grave visits as members age",
    summary="At its annual meeting in Sapporo, the league of former residents of the Russian-held islands asked the government to keep pressing Moscow to allow visits to family graves.",
    label="restatement",
    note="Requested, not granted: former residents urge Tokyo to seek resumption of grave visits; the government sees 'no prospect'. Restates the 2022 end of visa-free trips under the 1991/1999 agreements (seed).",
    body="""
SAPPORO — The association of former Japanese residents of the Russian-held islands off Hokkaido on Tuesday urged the government to keep asking Moscow to let them visit their family graves, saying time was running out for a generation now in its late eighties.

The League of Residents of Chishima and Habomai Islands adopted a resolution at its general meeting calling on Tokyo to make "every diplomatic effort" to restart the visits, which have not been held since 2020 — first because of the coronavirus pandemic and then because of Russia's decision in March 2022 to end visa-free travel to the islands.

"We are not asking for politics. We are asking to put flowers on our parents' graves," said a 90-year-old member who was born on Shikotan. According to the league, about 5,100 former residents are still alive, with an average age of 88.7.

A Cabinet Office official who attended the meeting said the government continued to raise the matter with Russia "at every opportunity" but that there was "no prospect at present" of the visits resuming.

The league also asked for more support for the children and grandchildren of former residents who carry on the campaign for the islands' return. The dispute, which Tokyo calls the Northern Territories issue, has kept the two countries from signing a peace treaty formally ending their World War II hostilities.

Moscow said in 2022 that it could not discuss a fundamental treaty with a state taking "openly unfriendly positions" and that trips by Japanese citizens under the 1991 and 1999 agreements would end.
""",
),
dict(
    feed="ptarmigan-wire", published="2024-07-23T06:00:00Z",
    title="Japanese volcano team joins U.S. survey of Aleutians' Okmok",
    summary="Researchers from Tohoku University are spending three weeks on Umnak Island with the Alaska Volcano Observatory, installing sensors on one of the most active calderas in the Aleutian arc.",
    label="off_topic",
    note="Look-alike: another country's volcano expedition (Aleutians, Alaska) with Japanese participation; nothing about the Kurils.",
    body="""
A team of five Japanese volcanologists has joined scientists from the Alaska Volcano Observatory on Umnak Island in the eastern Aleutians for a three-week survey of Okmok, a ten-kilometre-wide caldera that last erupted in 2008.

The Tohoku University researchers are installing infrasound arrays and continuous GPS stations around the caldera rim, the observatory said in a statement on Monday. The data will be compared with records from calderas in northern Japan, including Kussharo and Akan in Hokkaido, which share a similar structure.

"Okmok inflated by several centimetres over the past two years. That is exactly the moment you want more instruments on the ground," said the Japanese team leader, who has worked in the Aleutians twice before.

Logistics on Umnak are notoriously difficult. The team flew from Anchorage to Dutch Harbor and then travelled by boat and helicopter to a field camp on the caldera floor, where fog can ground flights for days.

The Aleutian arc, which runs from Alaska towards Kamchatka, is one of the most active stretches of the Pacific "Ring of Fire". The observatory monitors more than 50 historically active volcanoes in the state, many of them on uninhabited islands.

The joint work is funded by the Japan Society for the Promotion of Science and the U.S. Geological Survey. Results are expected to be presented at a meeting of the American Geophysical Union in December.
""",
),
dict(
    feed="caldera-review", published="2024-08-09T01:00:00Z", section="Science",
    author="Anya Lindgren",
    title="Ebeko sends ash over Severo-Kurilsk for third time this summer",
    summary="The volcano on Paramushir, in the northern Kurils, threw an ash column to 3.5 km on Thursday; the aviation colour code was raised to orange.",
    label="off_topic",
    note="Natural event in the northern Kurils (Paramushir), an area Japan does not claim; no peace treaty or dispute content.",
    body="""
Ebeko, the small but restless volcano that overlooks the town of Severo-Kurilsk on Paramushir island, produced an ash explosion on Thursday morning that sent a plume to about 3.5 kilometres above sea level, Russian monitoring scientists said.

The Kamchatka Volcanic Eruption Response Team (KVERT) raised the aviation colour code to orange and warned that explosions could continue "at any time". Light ashfall was reported in Severo-Kurilsk, some seven kilometres from the crater, for the third time since June.

Local authorities advised residents to keep windows closed and children indoors. The town of about 2,500 people relies on a water intake that has been contaminated by ash in previous years; the municipal utility said the supply was not affected this time.

Ebeko has been erupting intermittently since 2016, making it one of the most consistently active volcanoes in the northern Kurils. Its explosions are small by global standards but are watched closely because of their proximity to a populated area and to air routes between Asia and North America.

Volcanologists in Petropavlovsk-Kamchatsky and Yuzhno-Sakhalinsk track Ebeko with a webcam, satellite data and observers in Severo-Kurilsk who report each explosion. A field team visited the crater in July and found new vents on its northern side.
""",
),
dict(
    feed="murrelet-wire", published="2024-08-21T11:00:00Z",
    author="Tomas Kerr",
    credit="Reporting by Tomas Kerr in Sapporo; additional reporting by Irina Vetrova; editing by the Asia desk",
    title="Russia calls off joint volcano expedition to disputed Kunashir",
    summary="Moscow has withdrawn its consent for six Japanese scientists to join a survey of Tyatya volcano, two weeks before they were due to sail, Hokkaido University said.",
    label="status_change", group="g-tyatya-cancelled",
    new_facts=["Russia withdrew consent for the Japanese scientists' entry; the joint Tyatya expedition planned for September 2024 is cancelled"],
    mm=[["tyatya", "volcano"], ["calls off", "called off", "cancel", "withdr", "scrap"]],
    note="Same status change as the first (Russian) report: expedition agreed in May (group g-tyatya-agreed) -> cancelled.",
    body="""
SAPPORO, Aug 21 (Murrelet) - Russia has called off a joint Russian-Japanese expedition to Tyatya volcano on Kunashir, one of the islands Japan claims, two weeks before six Japanese scientists were due to sail from Nemuro, Hokkaido University said on Wednesday.

The Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk informed the university on Tuesday that Russia's Foreign Ministry had withdrawn its consent for the Japanese team to enter the island, the university said. The institute cited "the continuing unfriendly course of Tokyo".

The expedition, agreed in May under a three-year memorandum, was to have been the first joint field research on the islands since Moscow ended visa-free trips by Japanese citizens in 2022.

"It is very regrettable. The data would have benefited residents on both sides of the strait," a Hokkaido University volcanologist said. Japan's chief cabinet secretary told reporters the Russian decision was "regrettable" and that Tokyo had conveyed that view to Moscow.

Russian scientists would carry out their part of the programme on the volcano in September without the Japanese team, according to the institute's statement.
""",
),
dict(
    feed="caldera-review", published="2024-09-10T09:00:00Z", section="Long reads",
    author="Mariko Hale",
    title="The crater they didn't reach: how a volcano trip became a casualty of the Kuril freeze",
    summary="For three months, a Japanese-Russian team prepared to climb Tyatya on Kunashir. Then Moscow changed its mind. The scientists say they are still ready to go.",
    label="status_change", group="g-tyatya-cancelled",
    new_facts=["Follow-up: the joint Tyatya expedition was cancelled by Russia in August 2024"],
    mm=[["tyatya"], ["cancel", "changed its mind", "withdr"]],
    note="Follow-up feature on the cancellation, no new fact; contains conditional 'would go back if...' statements that are not a development.",
    body="""
The seismometers are still in their crates in a corridor of Hokkaido University's volcano observation centre in Sapporo, labelled in Japanese and Russian: "Tyatya — station 3", "Tyatya — station 4". They were meant to be bolted to the rock of the volcano on Kunashir this month.

In May the university and the Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk signed a memorandum on a joint survey of Tyatya, the 1,819-metre volcano that dominates the northern end of the island. Russia's Foreign Ministry agreed that six Japanese scientists could land without Russian visas. On August 20 the Russian side withdrew that consent and the trip was cancelled, two weeks before the charter boat was due to leave Nemuro.

## A volcano both sides watch

Tyatya's last big eruption, in 1973, dusted the Nemuro peninsula with ash. Japanese volcanologists have kept an eye on it from the Hokkaido coast ever since, but instruments on the mountain itself are sparse. "We see it from 70 kilometres away. That is like diagnosing a patient through a window," one of the Japanese team members said.

Russian colleagues say the same from the other side. The institute operates a handful of stations on Kunashir and Iturup, but its budget does not stretch to a dense network. The memorandum foresaw three seasons of joint fieldwork and shared data.

## Waiting

The Japanese scientists are careful not to speculate about why the consent was withdrawn. The institute's letter referred only to "the continuing unfriendly course of Tokyo". Russia halted peace treaty talks with Japan in 2022 over sanctions and ended visa-free travel to the islands at the same time.

"If the door opens again, we can be on the boat within a week," the team leader said. "The instruments are packed." Whether the door opens is not a question scientists can answer.
""",
    comments=[("kuril_watcher", "5 hours ago", "Science diplomacy only works when diplomacy works."),
              ("Ines R.", "3 hours ago", "Sad. The 1973 ash is still in the Nemuro soil profiles.")],
),
dict(
    feed="murrelet-wire", published="2024-10-15T07:00:00Z",
    author="Irina Vetrova",
    title="Russian Geographical Society expedition maps WWII sites on uninhabited Simushir",
    summary="A 40-member expedition spent a month on the central Kuril island, surveying a former Soviet naval base and wartime Japanese fortifications.",
    label="neutral",
    note="Borderline: a Russian domestic expedition in the central Kurils (not part of the four islands Japan claims); historical-survey, no Japan angle beyond WWII ruins.",
    body="""
YUZHNO-SAKHALINSK, Oct 15 (Murrelet) - A Russian Geographical Society expedition has completed a month-long survey of Simushir, an uninhabited island in the central Kurils, mapping a former Soviet submarine base and fortifications left by the Japanese garrison before 1945, the society said on Tuesday.

The 40 members, including historians, biologists and military engineers from the Pacific Fleet, worked from a tent camp on the shore of Broughton Bay, a flooded volcanic crater that served as a Soviet naval base until the 1990s.

The society said the team catalogued more than 60 structures, collected samples for a study of the island's fox population and located the wreck of a Japanese transport ship sunk in 1944. Drone imagery will be used to build a 3D model of the base.

Similar expeditions visited Matua, further north, in 2016 and 2017. Simushir lies about 500 km north-east of Kunashir and Iturup, the largest of the islands Japan claims.
""",
),
# ---------------------------------------------------------------- 2025
dict(
    feed="skua-post", published="2025-02-07T09:00:00Z", section="History",
    author="Oliver Takeda-Price",
    title="170 years after Shimoda, Nemuro marks the treaty that first drew the line",
    summary="The 1855 Treaty of Shimoda put the Russia-Japan border between Iturup and Urup. On its anniversary Japan again called for the islands' return; Moscow's position is unchanged.",
    label="restatement",
    note="Anniversary and background piece (Northern Territories Day, 170th anniversary of the 1855 treaty, cited in seeds); restates Japan's claim and Russia's position; no new event.",
    body="""
NEMURO — On February 7, 1855, in a temple in the port town of Shimoda, Russian admiral Yevfimy Putyatin and Japanese envoys signed the first treaty between the two empires. It drew their border between the islands of Iturup and Urup: everything south belonged to Japan, everything north to Russia. Sakhalin was left undivided.

One hundred and seventy years later the date is still marked in Japan as Northern Territories Day, and the treaty remains the foundation of Tokyo's claim to Etorofu, Kunashiri, Shikotan and the Habomai islets, which the Soviet Union seized in the final days of World War II.

In Nemuro, the town closest to the islands, about 300 people gathered on Friday morning at Cape Nosappu, from where Kunashir's mountains are visible on a clear day. Former residents laid flowers before the "Flame of Prayer", a memorial torch that burns at the cape until the islands are returned.

## Same words, different era

Speeches in Tokyo and Nemuro repeated familiar lines: the islands are Japan's inherent territory, the government will resolve the territorial issue and conclude a peace treaty. None of the speakers predicted progress. Russia halted peace treaty talks in March 2022 over Japan's sanctions, and in February 2024 a senior Russian diplomat said resuming them was "categorically impossible".

Russian historians note that the Shimoda treaty was later superseded — by the 1875 exchange of Sakhalin for the Kurils, by war in 1904 and again in 1945 — and that Russia's sovereignty over the islands was settled by the outcome of World War II. Moscow says that sovereignty cannot be called into question.

The two countries did sign a joint declaration in 1956 ending the state of war and restoring diplomatic relations. But the peace treaty both said they wanted has never been concluded.
""",
),
dict(
    feed="ptarmigan-wire", published="2025-02-22T06:00:00Z",
    title="Seoul protests as Shimane marks 20th 'Takeshima Day'",
    summary="South Korea summoned a Japanese diplomat after a government official attended the annual ceremony in Matsue over the islets Seoul controls and calls Dokdo.",
    label="off_topic",
    note="Look-alike: another territorial dispute (Takeshima/Dokdo, Japan-South Korea); mentions no Kuril development.",
    body="""
South Korea on Saturday lodged a protest with Japan after Shimane prefecture held its annual "Takeshima Day" ceremony, marking 20 years since the prefectural assembly adopted the ordinance that created the observance.

The ceremony in Matsue was attended by a parliamentary vice-minister from the Cabinet Office, as in previous years. Seoul's foreign ministry called on Tokyo to "immediately abolish" the event and summoned a senior diplomat from the Japanese embassy.

The rocky islets in the Sea of Japan, known in Korea as Dokdo, are controlled by South Korea, which stations a small police unit there. Japan says they are an integral part of its territory.

The dispute is one of three territorial questions Tokyo lists, alongside the Senkaku Islands, which Japan controls and China claims, and the Northern Territories off Hokkaido, held by Russia.

Despite the protest, officials in both capitals said preparations for a visit by South Korea's foreign minister to Tokyo next month would continue. Relations between the two neighbours have improved markedly since 2023.
""",
),
dict(
    feed="murrelet-wire", published="2025-03-19T12:00:00Z",
    author="Tomas Kerr",
    title="Iturup town pulls down monument to Japan-Russia visa-free exchanges; Tokyo 'regrets'",
    summary="Authorities in Kurilsk on Iturup removed a stele erected in 2002 to mark ten years of visa-free exchanges with Japan, saying it had lost its relevance.",
    label="new_development", group="g-stele-removed",
    new_facts=["Kurilsk (Iturup) authorities dismantled the 'Meeting' stele marking visa-free exchanges with Japan; Tokyo called it regrettable"],
    mm=[["monument", "stele", "memorial"], ["remov", "dismantl", "pulls down", "pulled down"]],
    note="Same development as the first (Russian) report: monument removed. Japan's 'regret' is a reaction, not a separate development.",
    body="""
SAPPORO, March 19 (Murrelet) - Authorities on Iturup, one of the Russian-held islands claimed by Japan, have dismantled a monument to the visa-free exchanges that once brought thousands of Japanese visitors to the island, drawing an expression of regret from Tokyo.

The stele, known as "Meeting" and showing two clasped hands, stood on the waterfront near the pier in Kurilsk, the island's main town. It was erected in 2002 by Kurilsk residents and visiting Japanese exchange delegations to mark ten years of the exchanges, under which Japanese citizens visited the islands without visas.

The district administration said on Tuesday that the monument had "lost its relevance" after Russia ended the exchanges in 2022, and that a memorial stone to the Soviet paratroopers who landed on the Kurils in 1945 would be placed on the site.

"It is extremely regrettable," Japan's chief cabinet secretary told a news conference on Wednesday. "The monument symbolised the exchanges between Japanese citizens and Russian residents of the four islands." He said Japan would continue to seek the resumption of exchange programmes.

A former Nemuro city official who attended the unveiling in 2002 said the stele had been paid for by donations from both sides. "The people on the island did not remove it in anger. They were told to," he said.
""",
),
dict(
    feed="caldera-review", published="2025-03-25T07:00:00Z", section="Culture",
    author="Mariko Hale",
    title="Every new Japanese history textbook calls the Northern Territories 'inherent' land",
    summary="This year's screening of high school textbooks shows all approved history and geography titles describing the four Russian-held islands as Japan's inherent territory, as the curriculum guidelines require.",
    label="restatement",
    note="School programme, annual textbook screening: restates Japan's claim to the islands; no new official position or event.",
    body="""
Every history and geography textbook approved this year for Japanese high schools describes the Northern Territories — the four Russian-held islands off Hokkaido — as "Japan's inherent territory", according to the results of the education ministry's screening published on Tuesday.

The wording follows curriculum guidelines revised in 2018, which require schools to teach that the islands, along with Takeshima, are Japanese territory "illegally occupied" by another state and that the Senkaku Islands are Japanese territory over which no dispute exists.

Screeners asked publishers of two world-history titles to add the phrase "illegally occupied" to passages describing the Soviet Union's seizure of the islands in 1945. Both complied.

Teachers in eastern Hokkaido say textbook language matters less than what happens in class. In Nemuro, pupils have for decades written essays and visited the Northern Territories museum at Cape Nosappu; before 2020, some took part in visa-free visits to the islands. Those trips ended when Russia terminated the exchange programme in 2022.

"We teach the position of the government, but we also teach that people live on those islands now," a Nemuro junior high school teacher said. "The children ask questions we cannot answer."

The new textbooks will be used from April 2026.
""",
),
dict(
    feed="ptarmigan-wire", published="2025-07-03T08:00:00Z",
    title="Russian ballet stars dance Tokyo gala as cultural ties limp on",
    summary="Principal dancers from Moscow and St Petersburg performed in Tokyo under a private promoter, one of the few Russian cultural events still held in Japan.",
    label="off_topic",
    note="Unrelated Japan-Russia cultural news: a ballet gala in Tokyo; no islands or treaty content.",
    body="""
Eight principal dancers from Russian companies performed on Wednesday night in a sold-out gala at a Tokyo concert hall, one of a handful of Russian cultural events still staged in Japan since the invasion of Ukraine.

The programme, organised by a private promoter who has brought Russian ballet to Japan for three decades, included excerpts from "Swan Lake", "Don Quixote" and a contemporary piece set to music by Shostakovich. The dancers travelled on their own contracts rather than as representatives of their theatres, the promoter said.

Several hundred people protested outside the venue before the performance, holding Ukrainian flags. The audience of about 2,000 gave the dancers a standing ovation.

Japan has not banned Russian performers, but state-backed exchanges have largely stopped. The annual "Russian Seasons" festival of culture, launched in Japan in 2017, has not been held since 2021.

The gala moves to Osaka and Nagoya next week.

The promoter said ticket sales were stronger than last year, helped by Japanese ballet fans who had travelled to Russia for performances before the pandemic. "The audience is here. The politics is not our business," he told reporters after the show.
""",
),
dict(
    feed="skua-post", published="2025-09-04T09:00:00Z", section="North Pacific",
    author="Oliver Takeda-Price",
    title="Russian museum hands back pre-war Shikotan school registers to Japan",
    summary="The Sakhalin Regional Museum gave Nemuro the original registers of a Japanese school on Shikotan, found in its storerooms; former islanders say they found their own names.",
    label="new_development", group="g-school-records",
    new_facts=["The Sakhalin Regional Museum handed over the original registers (1933-45) and photographs of the pre-war Japanese school on Shikotan to Nemuro, via Japan's consulate in Yuzhno-Sakhalinsk"],
    mm=[["school"], ["register", "records", "archive"]],
    note="Same development as the first (Japanese) report: archive handed over.",
    body="""
NEMURO — A Russian museum has handed over to Japan the original enrolment registers of a school that operated on Shikotan before the Soviet Union took the island in 1945, in a rare gesture amid frozen relations.

The Sakhalin Regional Museum of Local Lore in Yuzhno-Sakhalinsk gave three volumes of registers from the Shakotan elementary school, covering 1933 to 1945, and 48 photographs to Japan's consulate general in the city on August 29, museum and Nemuro city officials said. The documents arrived in Nemuro this week and will be kept at the city's history and nature museum.

Museum staff found the volumes during an inventory of storerooms in 2023, the Russian museum said. The handover was approved by Russia's Culture Ministry as a "humanitarian" matter, it said, adding that copies would stay in Yuzhno-Sakhalinsk.

"My name is in there, in my teacher's handwriting," said an 89-year-old former resident who left Shikotan as a child. "I never thought I would see it again."

The Japanese government thanked the Russian side through diplomatic channels, a Foreign Ministry official said. The official stressed that the handover did not signal a change in Russia's refusal to resume peace treaty talks, which Moscow broke off in 2022, or in the suspension of visa-free exchanges.

About 17,000 Japanese lived on the four islands in 1945. Most were deported to Japan by 1948.
""",
),
dict(
    feed="ptarmigan-wire", published="2025-09-05T10:00:00Z",
    title="Portsmouth marks 120 years since the treaty that ended the Russo-Japanese war",
    summary="Diplomats and historians gathered in New Hampshire to mark the anniversary of the 1905 peace, brokered by Theodore Roosevelt, that gave Japan southern Sakhalin.",
    label="off_topic",
    note="Look-alike: another treaty (Treaty of Portsmouth, 1905) and its anniversary; not the current peace treaty question or the Kurils.",
    body="""
The city of Portsmouth, New Hampshire, on Friday marked the 120th anniversary of the treaty that ended the Russo-Japanese War, with a ceremony at the naval shipyard where the delegations met in 1905.

Japan's consul general in Boston laid a wreath and read a message calling the treaty "a reminder that even bitter adversaries can make peace". No Russian official attended this year; a Russian diplomat had taken part in the ceremony as recently as 2019.

The Treaty of Portsmouth, signed on September 5, 1905 after a month of negotiations mediated by President Theodore Roosevelt, transferred the southern half of Sakhalin and Russia's lease on the Liaodong peninsula to Japan. Roosevelt received the Nobel Peace Prize for his role the following year.

Local historians staged a reading of the delegates' correspondence and opened an exhibition of photographs from the conference. The Japan-America Society of New Hampshire said about 400 people attended.
""",
),
dict(
    feed="ptarmigan-wire", published="2025-10-09T10:00:00Z",
    title="Kunashir judo kids to compete in Japan's Nemuro in one-off visa-free trip",
    summary="Ten young judoka from the Russian-held island will take part in a junior tournament in Nemuro this month. Tokyo says the arrangement is a one-time exception.",
    label="new_development", group="g-judo-once",
    new_facts=["Japan allowed ten children and three coaches from Kunashir to enter Nemuro without visas for a junior judo tournament on October 25-26, 2025, as a one-time exception"],
    mm=[["judo"], ["nemuro"]],
    note="Same development as the first (Russian) report. Held once: the visa-free exchange framework terminated in 2022 (seed) stays suspended.",
    body="""
Ten children from Kunashir, one of the islands Russia holds and Japan claims, will travel to the Japanese port town of Nemuro this month to compete in a junior judo tournament, officials on both sides said.

The judoka, aged 10 to 15, and three coaches from a sports school in Yuzhno-Kurilsk will arrive by boat on October 24 and take part in the Nemuro junior tournament on October 25 and 26. Japan's government has agreed to let them enter without visas as "a one-time exception", a Cabinet Office official said.

The Japanese government does not issue visas to residents of the four islands, because it regards them as Japanese territory. Before 2020, islanders visited Hokkaido under the visa-free exchange programme, which Russia terminated in 2022 along with peace treaty talks.

"This is not a resumption of the exchanges," the official said. "It is a special arrangement for this event only."

Sakhalin regional officials said the invitation came from the Nemuro judo association, which had hosted young islanders before the pandemic. A coach in Yuzhno-Kurilsk said the children had been training for the trip since the summer.
""",
),
dict(
    feed="caldera-review", published="2025-10-14T07:00:00Z", section="Environment",
    author="Anya Lindgren",
    title="Commander Islands seabird census finds tufted puffins in steep decline",
    summary="Rangers and scientists on Russia's Commander Islands counted 40 per cent fewer tufted puffins than a decade ago, echoing declines across the North Pacific.",
    label="off_topic",
    note="Look-alike: seabird expedition on other islands (Commander Islands, Kamchatka); no Kuril or dispute content.",
    body="""
A summer census of seabird colonies on Russia's Commander Islands has found sharp declines in tufted puffins and red-legged kittiwakes, the islands' nature reserve said this week.

Teams from the Komandorsky reserve and Moscow State University surveyed 27 colonies on Bering and Medny islands between June and August. They counted about 18,000 breeding pairs of tufted puffins, down from roughly 30,000 in the last comparable survey in 2014.

Researchers link the decline to marine heatwaves that have disrupted the fish and krill puffins feed to their chicks. Similar losses have been recorded in Alaska, where a mass die-off in 2016 killed thousands of the birds.

"The colonies are still noisy, but the numbers do not lie," the reserve's head of science said. The team also recorded a small increase in northern fulmars.

The Commander Islands, east of Kamchatka, are the westernmost point of the Aleutian arc and home to one of the North Pacific's most important seabird populations.
""",
),
dict(
    feed="murrelet-wire", published="2025-11-11T08:00:00Z",
    author="Tomas Kerr",
    title="Japan's foreign minister vows to 'persistently' pursue Russia treaty, concedes no talks",
    summary="Toshimitsu Motegi told parliament Tokyo's policy of resolving the territorial issue and concluding a peace treaty was unchanged, but acknowledged there were no negotiations with Moscow.",
    label="restatement",
    note="Known position by a new speaker: Japan aims to resolve the territorial issue and sign a peace treaty; talks remain suspended since 2022 (seed).",
    body="""
TOKYO, Nov 11 (Murrelet) - Japan's Foreign Minister Toshimitsu Motegi said on Tuesday that Tokyo would "persistently" pursue a peace treaty with Russia that resolves the dispute over four islands off Hokkaido, while acknowledging that no negotiations were taking place.

"Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Motegi told the upper house foreign affairs committee in answer to a question from an opposition lawmaker from Hokkaido. "Regrettably, Japan-Russia relations remain in a difficult situation, and there are no negotiations at present."

Russia broke off peace treaty talks in March 2022 in response to Japanese sanctions over the war in Ukraine. Russian officials have since repeated that talks are impossible under current conditions.

Motegi said Japan would also keep asking Russia to allow former residents of the islands to visit family graves, a request Moscow has not granted since 2022.

Asked whether Japan would consider easing sanctions to restart talks, Motegi said Tokyo's response to Russia's invasion of Ukraine was "a separate matter" and that Japan would continue to act in concert with the Group of Seven. The lawmaker, whose constituency includes Nemuro, said fishing communities and former islanders felt "forgotten".
""",
),
# ---------------------------------------------------------------- 2026
dict(
    feed="skua-post", published="2026-02-07T08:00:00Z", section="Japan",
    author="Keiko Marsh",
    title="On Northern Territories Day, Takaichi asks: will the graves be visited this summer?",
    summary="Japan's prime minister told the annual rally in Tokyo she would 'strongly urge' Russia to allow former residents' grave visits, but gave no sign Moscow had agreed.",
    label="restatement",
    note="Occasion piece (Feb 7); wished-for and questioned version of a move: PM hopes grave visits resume; restates Japan's position and Russia's 2022 halt (seed). Nothing agreed.",
    body="""
TOKYO — Prime Minister Sanae Takaichi said on Saturday her government would "strongly urge" Russia to allow former residents of the Russian-held islands off Hokkaido to visit family graves this summer, as Japan marked Northern Territories Day.

"The former islanders have waited too long. I want to open a path for grave visits this year," she told the annual national rally in Tokyo calling for the islands' return. She did not say whether Moscow had responded to Japan's requests.

Takaichi repeated that Japan's policy was to resolve the territorial issue and conclude a peace treaty with Russia. Moscow halted negotiations in 2022 after Tokyo joined Western sanctions over Ukraine, and Russian officials have since said talks are impossible.

Former residents at the rally were cautious. "Every year they say 'this year'," said an 87-year-old man born on Etorofu. "Will it really happen? I hope so, but I have stopped counting on it."

The rally adopted its customary resolution demanding the return of the islands. Similar gatherings were held in Nemuro and Sapporo.
""",
),
dict(
    feed="murrelet-wire", published="2026-03-03T11:00:00Z",
    author="Irina Vetrova",
    title="Japan protests as foreign athletes compete on Russian-held Iturup",
    summary="A sambo tournament in Kurilsk drew teams from China, Belarus, Mongolia and Kazakhstan, the first international sports event on the islands Japan claims.",
    label="new_development", group="g-sambo-iturup",
    new_facts=["An international sambo tournament with teams from China, Belarus, Mongolia and Kazakhstan was held on Iturup (first international sports event on the southern Kurils); Japan protested"],
    mm=[["sambo"], ["iturup", "etorofu"]],
    note="Same development as the first (Russian) report; Japan's protest is part of the same group.",
    body="""
YUZHNO-SAKHALINSK, March 3 (Murrelet) - Japan has protested to Russia over an international sambo tournament held on Iturup, one of four Russian-held islands claimed by Tokyo, that brought athletes from China, Belarus, Mongolia and Kazakhstan to the island.

About 120 wrestlers competed in the "Iturup Cup" at a new sports complex in the town of Kurilsk from Feb. 27 to March 1, according to the Sakhalin regional government, which called it the first international sports competition ever held on the southern Kurils.

Japan's Foreign Ministry said it had told Russia through diplomatic channels that the event was "incompatible with Japan's position" and "unacceptable". A ministry official said Japan had also conveyed its position to the governments of the other countries whose athletes took part.

The Sakhalin regional sports minister said the tournament would become an annual event. "Sport is outside politics. Our guests saw how the islands live today," he said.

Moscow has encouraged foreign investment and visits to the islands since it broke off peace treaty talks with Japan in 2022.
""",
),
dict(
    feed="ptarmigan-wire", published="2026-04-21T06:00:00Z",
    title="Berlin museum returns Ainu remains to Hokkaido",
    summary="A German ethnological collection handed back the skull of an Ainu man taken from a grave in Hokkaido in the 1870s, the fourth such return from Europe.",
    label="off_topic",
    note="Look-alike of 'archive/remains handed over': a German museum's return of Ainu remains to Japan; no Russia, no islands.",
    body="""
A museum in Berlin has returned to Japan the remains of an Ainu man taken from a burial site in Hokkaido in the late 19th century, in a ceremony attended by representatives of Ainu associations and the Japanese embassy.

The skull was acquired by a German physician who travelled in Hokkaido in the 1870s and collected human remains for anthropological research, a practice now widely condemned. It is the fourth return of Ainu remains from a European collection since 2017.

The remains will be kept at the memorial facility at Upopoy, the national Ainu museum in Shiraoi, until a decision is made on reburial. "Our ancestor is finally coming home," an Ainu elder said at the ceremony.

Ainu groups say hundreds of remains are still held in museums in Europe, North America and Russia. The German government has set up a programme to identify and return human remains collected in colonial contexts.
""",
),
dict(
    feed="caldera-review", published="2026-05-21T09:00:00Z", section="Science",
    author="Mariko Hale",
    title="Tyatya expedition back on, two years after Moscow pulled the plug",
    summary="Russia has told Japan it again consents to the joint survey of the Kunashir volcano it cancelled in 2024; five Japanese scientists are to go in August.",
    label="status_change", group="g-tyatya-restored",
    new_facts=["Russia restored its consent to the joint Tyatya volcano survey cancelled in August 2024; five Japanese scientists to go to Kunashir in August 2026"],
    mm=[["tyatya"], ["back on", "restor", "reinstat", "revive", "again"]],
    note="Same status change as the first (Japanese) report: cancelled (Aug 2024) -> reinstated.",
    body="""
The crates in the corridor in Sapporo are finally going somewhere. Russia has told Japan that it again consents to a joint survey of Tyatya volcano on Kunashir, two years after it withdrew permission for the same expedition two weeks before departure.

Hokkaido University said on Monday that the Russian side had notified Japan through a diplomatic note that five Japanese volcanologists may enter Kunashir without Russian visas in August to work with the Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk. The 2024 memorandum between the two institutions is back in force, the university said.

The Russian institute confirmed the news, saying the expedition would run from August 18 to 28 and install seismometers and GPS stations on the 1,819-metre volcano, which last erupted in 1973.

## Why now?

Neither side gave a reason for the change. Japanese officials were careful to say it did not mean a thaw: peace treaty talks, broken off by Moscow in 2022, have not resumed, nor has the visa-free exchange programme. A Russian researcher suggested that a swarm of earthquakes under the volcano last winter may have made the case for joint monitoring.

"We have been ready since 2024," the Japanese team leader said. "This time we will believe it when we are standing on the summit."
""",
    comments=[("kuril_watcher", "2 hours ago", "Good news for once."),
              ("Halvard", "1 hour ago", "Fingers crossed it survives until August.")],
),
dict(
    feed="skua-post", published="2026-06-08T05:00:00Z", section="Japan",
    author="Keiko Marsh",
    title="Runners race to Cape Nosappu in annual 'return the islands' road race",
    summary="About 900 runners took part in Nemuro's yearly race to the cape facing the Russian-held islands, an event organisers say keeps the territorial campaign alive for young people.",
    label="restatement",
    note="Sport occasion piece in Japan restating the campaign for the islands' return; no development.",
    body="""
NEMURO — About 900 runners took part on Sunday in Nemuro's annual road race to Cape Nosappu, Japan's easternmost accessible point, where the finish line faces the Habomai islets and Kunashir across a strait a few kilometres wide.

The race, held since 1977, is organised by the city and local groups campaigning for the return of the four islands held by Russia. Runners wear bibs printed with the slogan "Return the Northern Territories", and the half-marathon course passes the Northern Territories museum and the memorial to former residents.

"My grandmother was born on Shibotsu island. I run for her," said a 24-year-old office worker from Sapporo who finished in the top 50.

Organisers said participation had recovered to pre-pandemic levels, with a growing number of students. The city's mayor, speaking at the starting line, said it was "important that the younger generation knows the islands are right there".

Former residents have not been able to visit the islands since 2020. Russia ended the visa-free exchange programme in 2022, when it also broke off peace treaty talks.
""",
),
dict(
    feed="murrelet-wire", published="2026-08-31T08:00:00Z",
    author="Tomas Kerr",
    title="Japanese, Russian scientists reach Tyatya crater in first joint fieldwork on disputed islands in years",
    summary="The joint team installed six seismic stations on the Kunashir volcano; the trip went ahead as agreed in May.",
    label="status_change", group="g-tyatya-restored",
    new_facts=["Follow-up: the restored joint Tyatya expedition took place in August 2026 as agreed"],
    mm=[["tyatya"], ["crater", "summit", "fieldwork"]],
    note="Follow-up of the reinstatement group: the expedition took place as planned; no new fact.",
    body="""
NEMURO, Aug 31 (Murrelet) - Five Japanese volcanologists and their Russian colleagues reached the summit crater of Tyatya volcano on Kunashir last week, completing the first joint fieldwork by scientists from the two countries on the disputed islands in several years, Hokkaido University said.

The team installed six seismic stations and three GPS receivers on the slopes of the 1,819-metre volcano and sampled gas from fumaroles inside the crater, the university said after the scientists returned to Nemuro on Saturday aboard a chartered boat.

Russia had agreed in May to let the Japanese scientists enter the island without visas, reversing its 2024 decision to cancel the expedition. Data from the stations will be shared between the university and the Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk.

"The weather gave us two clear days. That was enough," the Japanese team leader said.

The expedition had first been agreed in 2024 under a three-year memorandum between the two institutions, but Moscow withdrew its consent that August, two weeks before departure. Japanese officials said this year's trip did not signal a broader change: peace treaty talks and the visa-free exchange programme remain suspended.

The stations will transmit data by satellite through the winter. The team hopes to return next summer to service the instruments, though that will again require Russian consent.
""",
),
dict(
    feed="skua-post", published="2026-10-19T06:00:00Z", section="History",
    author="Oliver Takeda-Price",
    title="Seventy years on, the 1956 declaration is still the only deal on the table — and no one is at the table",
    summary="The Soviet-Japanese joint declaration of October 19, 1956 ended the state of war and promised two islands after a peace treaty. Seventy years later there are no talks.",
    label="restatement",
    note="Anniversary and background piece on the 1956 declaration (seed fact); restates that talks are suspended since 2022 and both sides' positions.",
    body="""
On October 19, 1956, in the Kremlin, Soviet premier Nikolai Bulganin and Japanese prime minister Ichiro Hatoyama signed a joint declaration that ended the state of war between their countries and restored diplomatic relations. Article 9 added a promise: after a peace treaty, the Soviet Union would hand Japan the Habomai islets and Shikotan.

Seventy years later, the declaration remains the only document on the dispute ratified by both parliaments. It is also the reason the islands remain a live question: the peace treaty it anticipated has never been signed.

## A deal that kept coming back

Leaders have returned to the 1956 text repeatedly. In 2018 in Singapore, Vladimir Putin and Shinzo Abe agreed to accelerate negotiations "on the basis of" the declaration. Talks stalled over what a handover would mean for sovereignty and for US forces in Japan.

Then came the war in Ukraine. In March 2022, after Japan imposed sanctions, Russia's Foreign Ministry said it did not intend to continue negotiations on a peace treaty with a state taking "openly unfriendly positions". It also ended visa-free travel for Japanese citizens to the islands. Russian officials have since repeated that resuming talks is impossible in the current situation.

Tokyo's position is unchanged: resolve the question of the four islands, then conclude a peace treaty. Moscow says its sovereignty over the islands, which it calls the Southern Kurils, is not open to question.

Historians in both countries marked the anniversary with seminars this month, in Tokyo, Sapporo and Moscow. No joint event was held.
""",
),
# ---------------------------------------------------------------- 2027
dict(
    feed="caldera-review", published="2027-02-02T07:00:00Z", section="Culture",
    author="Mariko Hale",
    title="Fewer young Japanese know about the Northern Territories, government poll finds",
    summary="A Cabinet Office survey found that 58 per cent of people in their twenties had heard of the dispute over the Russian-held islands, down from 71 per cent five years ago.",
    label="restatement",
    note="Periodic government survey on public awareness; restates the dispute and the 2022 suspension of exchanges; no development.",
    body="""
Awareness of the territorial dispute with Russia is falling among young Japanese, according to a Cabinet Office opinion survey released on Tuesday.

Of 3,000 adults surveyed in November, 58 per cent of respondents in their twenties said they knew "the name and the content" of the Northern Territories issue, down from 71 per cent in the previous survey in 2021. Among people over 60, awareness was above 90 per cent.

The survey also found that fewer respondents had visited a museum or exhibition about the islands, and that most of those who had learned about the dispute did so at school.

The government uses the poll to plan its public campaign for the return of the four islands, which it spends about 1.5 billion yen a year promoting. An official said the ministry would expand online content for young people and work with universities.

Exchange programmes that once brought Japanese students to the islands have not operated since Russia terminated the visa-free travel agreement in 2022.
""",
),
]
