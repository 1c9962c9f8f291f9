"""English-language articles of blind25 (corvid-en, kelpline-en, meridale-en)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        id="b25-001", feed="corvid-en", lang="en", published="2024-03-14T06:40:00Z",
        title="Russian envoy says peace treaty talks with Japan 'not on the agenda'",
        summary="Russia's ambassador in Tokyo said there was no basis for returning to peace treaty "
                "negotiations while Japan keeps its sanctions in place.",
        label="restatement",
        note="Restates seeds 000/001/004: Russia stopped the peace treaty talks in March 2022 over "
             "sanctions and ended visa-free trips; talks 'impossible'. New speaker (ambassador), no new fact.",
        author="Hana Okabe", section="Asia Pacific",
        credits="Reporting by Hana Okabe; Editing by Martin Pryce",
        body="""
TOKYO, March 14 (Corvid) - Russia's ambassador to Japan, Nikolai Nozdrev, said negotiations on a formal peace treaty between the two countries were "not on the agenda" and would stay off it for as long as Tokyo pursued what he called an openly hostile policy towards Moscow.

In an interview published on Thursday by a Japanese business weekly, Nozdrev repeated the position Moscow has held since March 2022, when the Russian Foreign Ministry announced that it did not intend to continue the talks with a country that had joined Western sanctions over Ukraine.

"A treaty that is meant to lay the foundation of good-neighbourly relations cannot be discussed with a government whose declared aim is to inflict damage on our country," Nozdrev was quoted as saying.

Asked whether Russia might restore the visa-free trips that allowed Japanese citizens, including former residents, to visit the southern Kuril Islands, the ambassador said the decision to end them "was not taken lightly" and that the reasons behind it had not gone away.

Japan's Foreign Ministry declined to comment on the interview, pointing to earlier statements in which Tokyo described Moscow's decision to walk away from the talks as "extremely unjust and absolutely unacceptable".

The two countries have never signed a peace treaty formally ending World War Two because of the dispute over four islands off Hokkaido that Soviet forces seized in August and September 1945. Russia calls them the Southern Kurils, Japan the Northern Territories.

Deputy Foreign Minister Andrei Rudenko told Russian state media last month that a resumption of the dialogue was "categorically impossible" in the current situation.
""",
    ),
    dict(
        id="b25-003", feed="meridale-en", lang="en", published="2024-11-20T14:00:00Z",
        title="Stub-tailed 'Kuril' cat is best in show in Helsinki",
        summary="A Kurilian Bobtail named after a volcano took the top prize at a Nordic cat show.",
        label="off_topic",
        note="Look-alike: a cat breed named after the Kuril chain; nothing about the dispute or the treaty.",
        author="By Anna Lindqvist",
        body="""
A seven-year-old Kurilian Bobtail called Alaid, bred in a cattery outside St Petersburg and now living in Tampere, took the best-in-show rosette at the weekend's international cat show in Helsinki, beating more than 400 entrants.

The breed, recognisable by its short, pom-pom tail and heavy build, takes its name from the volcanic Kuril chain that stretches from Kamchatka towards Hokkaido, where semi-wild cats with the same kinked tails were noted by Soviet biologists. It was recognised by the international feline federation FIFe in 2004 and remains rare outside Russia and Finland.

Alaid, named after the tallest volcano in the Kurils, "was calm on the table and just looked at the judge," said his owner, Sanna Virtanen, a nurse who has bred Kurilian Bobtails for a decade. "They are dog-like cats. They fetch, they like water, they follow you around the house."

Judges praised the cat's "wild expression" and the quality of his coat. Breeders say demand for kittens has grown in the Nordic countries, although bringing new cats from Russia has become far harder since 2022 and most Finnish lines descend from animals imported more than ten years ago.

The show, organised by the Finnish cat fanciers' association, also saw record entries of Maine Coons and Norwegian Forest Cats.
""",
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        id="b25-004", feed="corvid-en", lang="en", published="2025-01-27T12:15:00Z",
        title="Kremlin sees no room for Japan treaty talks after Ishiba speech",
        summary="The Kremlin said nothing in the Japanese prime minister's policy speech changed "
                "Moscow's view that peace treaty talks are impossible.",
        label="restatement",
        note="Restates seed 002 (Peskov: talks impossible under current conditions) and seed 000; "
             "Japanese policy unchanged. New occasion, no new fact.",
        author="Corvid Moscow bureau", section="Europe",
        credits="Reporting by Corvid Moscow bureau; additional reporting by Hana Okabe in Tokyo; Editing by Martin Pryce",
        body="""
MOSCOW, Jan 27 (Corvid) - The Kremlin said on Monday that Japanese Prime Minister Shigeru Ishiba's call for a peace treaty did not change Moscow's view that negotiations with Tokyo were impossible while Japan maintained sanctions against Russia.

Ishiba told parliament on Friday in his policy speech that Japan remained committed to resolving the territorial issue and concluding a peace treaty with Russia, although relations between the two countries were in a "difficult situation" because of the war in Ukraine.

"We have heard these statements. Our position is well known and it has not changed," Kremlin spokesman Dmitry Peskov told reporters when asked about the speech. "Holding such negotiations in a situation where Japan takes a clearly unfriendly position towards our country is impossible."

Peskov said responsibility for the state of relations "lies entirely with Tokyo", echoing the language the Russian Foreign Ministry used in March 2022, when it announced that Moscow was abandoning the talks and also ending visa-free visits by Japanese citizens to the islands.

The islands, which Russia calls the Southern Kurils and Japan the Northern Territories, were seized by Soviet troops at the end of World War Two. The dispute has kept the neighbours from signing a treaty formally ending the war, although they restored diplomatic relations through a 1956 joint declaration.

Japan's top government spokesman, asked about Peskov's remarks, said on Monday that Tokyo's policy of resolving the territorial issue and then concluding a peace treaty "remains unchanged".
""",
    ),
    dict(
        id="b25-007", feed="kelpline-en", lang="en", published="2025-08-12T09:00:00Z",
        title="Kamchatka's Kuril Lake sees bumper sockeye run",
        summary="Counts at the Kurilskoye lake fence point to one of the largest sockeye returns on record, "
                "with knock-on effects for Hokkaido buyers.",
        label="off_topic",
        note="Look-alike: Kurilskoye Lake in Kamchatka and the seafood trade; nothing about the islands dispute.",
        author="Kelp Line staff", section="Fisheries",
        body="""
PETROPAVLOVSK-KAMCHATSKY / KUSHIRO — More than five million sockeye salmon have passed the counting fence at Kurilskoye Lake in southern Kamchatka this summer, scientists at the regional fisheries research institute said, putting the run on course to be among the largest since records began in the 1940s.

The caldera lake, which takes its name from the Kuril chain just to the south, is the largest sockeye spawning ground in Asia and a reference point for fishery managers across the western Pacific. Strong returns there usually mean a glut of red salmon on markets in Russia and East Asia in the autumn.

In Kushiro, where processors buy frozen Russian sockeye for smoking and salting, traders said they expected prices to ease by September. "Last year was thin and expensive. If the Kamchatka numbers hold, we will see some relief," said a buyer at a Kushiro seafood wholesaler, who asked not to be named because his company does not comment on suppliers.

Researchers caution that a big run brings its own risks. Too many spawners can exhaust the lake's plankton and depress the next generation, and managers have opened additional commercial fishing days at the mouth of the Ozernaya river to keep the number of fish reaching the lake within the target range.

Bears have noticed, too. Rangers at the South Kamchatka reserve have counted more than 200 brown bears along the lake shore this month, drawing photographers from across Russia.
""",
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        id="b25-011", feed="kelpline-en", lang="en", published="2026-02-07T09:45:00Z",
        title="Islands rally hears a familiar pledge as former residents grow fewer",
        summary="At the annual Northern Territories Day rally in Tokyo, the prime minister said Japan's "
                "policy of settling the territorial issue and concluding a peace treaty was unchanged.",
        label="restatement",
        note="Occasion piece (Northern Territories Day). Restates seeds 000/001/003 (talks halted, visa-free "
             "and simplified visits terminated) and Japan's unchanged policy. No new fact.",
        author="Yuki Arakawa", section="The Islands",
        photo="Former residents at the national rally in Tokyo on Saturday.",
        body="""
TOKYO — Elderly former residents of the Russian-held islands off eastern Hokkaido filled the front rows of a Tokyo hall on Saturday for the annual national rally demanding the return of the Northern Territories, held every Feb. 7 on the anniversary of the 1855 Treaty of Shimoda that first drew a border between Japan and Russia.

Prime Minister Sanae Takaichi told the gathering that Japan's basic policy of resolving the question of sovereignty over the four islands and then concluding a peace treaty with Russia "remains unchanged", while acknowledging that relations with Moscow were "in a severe situation" because of the war in Ukraine.

"The government will continue to give the highest priority to the resumption of exchange programmes, including grave visits, for the former island residents who are advancing in age," she said.

Russia announced in March 2022 that it would not continue peace treaty negotiations with Japan, and it terminated the visa-free exchanges and the simplified visits that had allowed former residents to travel to their birthplaces. Grave visits, already halted by the pandemic in 2020, have not taken place since.

A former resident of Etorofu, 89, spoke on behalf of the islanders. "I was eight when we left. I still remember the smell of kelp drying on the beach at Shana," he said, using the Japanese name of the village that Russia calls Kurilsk. "We are not asking for much. Let us go and pray at our parents' graves while we can still walk."

About 17,000 Japanese lived on the islands in 1945. Fewer than 5,000 of them are still alive, and their average age is close to 90.

The rally adopted a resolution calling on the government to pursue negotiations with Russia "tenaciously". Russia's embassy in Tokyo has in past years criticised the event as a campaign that does nothing to improve the atmosphere between the two countries.
""",
    ),
    dict(
        id="b25-013", feed="meridale-en", lang="en", published="2026-02-22T11:00:00Z",
        title="Seoul summons Japanese diplomat over 'Takeshima Day' ceremony",
        summary="South Korea protested after a Japanese prefecture held its annual ceremony asserting a "
                "claim to islets Seoul controls.",
        label="off_topic",
        note="Other island dispute (Takeshima/Dokdo, Japan–South Korea); not Russia–Japan.",
        author="By Daniel Cho in Seoul",
        body="""
South Korea summoned a senior Japanese diplomat on Sunday to protest against a ceremony in western Japan asserting Tokyo's claim to a pair of rocky islets in the sea between the two countries, which Seoul controls and calls Dokdo.

Shimane prefecture, which Japan says has administered the islets it calls Takeshima since 1905, held its annual "Takeshima Day" event in the city of Matsue. As in previous years, the central government sent a parliamentary vice-minister from the Cabinet Office rather than a full minister.

South Korea's foreign ministry said in a statement that Dokdo was "clearly an integral part of our territory historically, geographically and under international law", and called on Tokyo to stop "unjust claims". A group of activists protested outside the Japanese embassy in Seoul.

Tokyo maintains that the islets are "an inherent part of Japan's territory" and has said it will continue to convey its position to Seoul "calmly and resolutely".

The dispute flares every February but has not derailed the recent improvement in relations between the two neighbours, whose leaders have met regularly since 2023 and who cooperate closely with the United States on North Korea.
""",
    ),
    dict(
        id="b25-017", feed="kelpline-en", lang="en", published="2026-04-21T06:00:00Z",
        title="Hokkaido governor asks Tokyo to push Moscow on grave visits",
        summary="Governor Naomichi Suzuki urged the central government to press Russia to let former "
                "island residents visit family graves.",
        label="restatement",
        note="Requested move (urges Tokyo to press Moscow to allow grave visits); restates seed 001 "
             "(visa-free exchanges and the 1999 simplified visits terminated). No decision, no new fact.",
        author="Mika Sato", section="The Islands",
        body="""
SAPPORO — Hokkaido Governor Naomichi Suzuki on Tuesday urged the central government to step up pressure on Russia to allow former residents of the Northern Territories to visit family graves on the islands, saying time was running out for a generation whose average age is now close to 90.

In a written request handed to the Cabinet Office minister in charge of Northern Territories affairs in Tokyo, Suzuki asked the government to "work strongly on the Russian side so that grave visits can be resumed at the earliest possible date, even as a humanitarian exception". The request was co-signed by the mayor of Nemuro and the heads of the four neighbouring towns of Betsukai, Nakashibetsu, Shibetsu and Rausu.

"Every year we hear the names of more people who passed away without ever being able to go back," Suzuki told reporters after the meeting.

The minister replied that the government would "continue to call on Russia" to resume the programme. Officials said there had been no response from Moscow to Japan's repeated requests.

Russia terminated the visa-free exchanges and the simplified visits for former residents in March 2022, in retaliation for Japanese sanctions over Ukraine. Grave visits, which date back to 1964, had already been suspended since 2020 because of the pandemic.

The prefecture also asked for more money for the Nemuro area, whose economy has been hit by poor catches and the loss of business that came with the exchange programmes.
""",
    ),
    dict(
        id="b25-018", feed="corvid-en", lang="en", published="2026-05-19T15:30:00Z",
        title="Armenia, Azerbaijan say peace treaty text is ready, but signing still hinges on constitution",
        summary="Baku says it will sign only after Armenia changes its constitution; Yerevan plans a "
                "referendum.",
        label="off_topic",
        note="Look-alike: another peace treaty (Armenia–Azerbaijan); nothing about Russia–Japan.",
        author="Corvid Caucasus team", section="Europe",
        body="""
BAKU, May 19 (Corvid) - Azerbaijan and Armenia said on Tuesday that the text of their long-negotiated peace treaty was agreed and ready, but Baku repeated that it would sign only after Armenia removes from its constitution a reference that Azerbaijan says implies a claim to its territory.

Foreign ministers of the two countries met in Abu Dhabi for what officials on both sides described as constructive talks on the treaty, which would formally end nearly four decades of conflict over the Karabakh region.

The two sides initialled the treaty text at a meeting in Washington in August 2025. Armenian Prime Minister Nikol Pashinyan has said a new constitution will be put to a referendum, but the timing remains uncertain and opinion polls show the idea divides voters.

"The ball is in Yerevan's court," an adviser to Azerbaijan's president told reporters. An Armenian foreign ministry spokeswoman said the country would "not accept preconditions dressed up as technical issues".

Border commissions from both countries are due to meet next month to continue delimiting their 1,000-km frontier.
""",
    ),
    dict(
        id="b25-019", feed="corvid-en", lang="en", published="2026-05-27T08:05:00Z",
        title="Russian diplomat says islanders' visits could return - on Moscow's terms",
        summary="Russia's consul general in Sapporo said simplified visits by former residents could be "
                "reconsidered only after Japan lifts its sanctions.",
        label="restatement",
        note="Conditional ('could ... only after Japan had lifted the sanctions'); no talks, no decision. "
             "Restates seed 001 (visa-free trips and 1999 simplified visits terminated in March 2022).",
        author="Hana Okabe", section="Asia Pacific",
        credits="Reporting by Hana Okabe in Sapporo; Editing by Martin Pryce",
        body="""
SAPPORO, May 27 (Corvid) - Visits by Japanese former residents to the Russian-held islands off Hokkaido could in principle be arranged again under the simplified procedure that existed until 2022, Russia's consul general in Sapporo said on Wednesday, but only after Japan had lifted the sanctions it imposed over Ukraine and dropped what Moscow calls its hostile policy, a condition that Tokyo has repeatedly rejected.

"We understand the feelings of the elderly people who were born on the islands. Nobody in Russia wants to stop them from visiting the graves of their relatives," Consul General Vladimir Tikhonov told a news conference marking the end of his posting. "But the decision in 2022 was a response to Japan's actions. When the reason disappears, the consequences can also be reconsidered."

Pressed on whether any talks on the issue were under way, Tikhonov said there were none and that he saw no such prospect "at present".

In Tokyo, the chief cabinet secretary said the government would "continue to strongly demand" the resumption of grave visits but would not link the issue to sanctions, which he described as a necessary response to Russia's aggression against Ukraine.

Moscow terminated the visa-free exchange programme and the 1999 arrangement for simplified visits by former residents in March 2022, at the same time as it announced that it would not continue peace treaty negotiations with Tokyo.
""",
    ),
    dict(
        id="b25-022", feed="kelpline-en", lang="en", published="2026-06-24T02:15:00Z",
        title="Kunashir temple bell to spend the summer in Nemuro",
        summary="The island's Russian-run museum will lend a pre-war Japanese temple bell for an exhibition "
                "in Nemuro; Russian officials call it a one-off.",
        label="new_development", group="g25-bell-loan",
        new_facts=["Kunashir's local history museum (Yuzhno-Kurilsk) lends a pre-war Furukamappu temple bell "
                   "for an exhibition in Nemuro, 18 July - 27 September 2026; Russia calls it a one-time "
                   "gesture, the exchanges stay terminated"],
        must_mention=[["bell"], ["kunashir", "nemuro", "furukamappu"]],
        note="Report of the bell loan (first reported in Japanese): a decided one-time cultural permission, "
             "not a restoration of the exchanges terminated in seed 001.",
        author="Yuki Arakawa", section="The Islands",
        body="""
NEMURO — A bronze bell that once hung in a Buddhist temple in Furukamappu, the main Japanese village on Kunashir before 1945, will go on display in Nemuro next month after the island's Russian-run local history museum agreed to lend it, city officials said.

The bell, about a metre tall and cast in the 1930s, bears the names of some 40 islanders who paid for it. It will be shown at the Nemuro City Museum of History and Nature from July 18 to Sept. 27 and must be back in Yuzhno-Kurilsk, as Furukamappu is now called, by the end of October.

Russian officials have stressed that the loan is a one-off. A person involved in the arrangements said the Russian side described it as "a single cultural and humanitarian gesture" that should not be read as a step towards restoring the visa-free exchanges Moscow ended in March 2022.

The Sakhalin regional culture ministry approved the temporary export this month, according to the city. The bell will travel by cargo ship via Sakhalin to Otaru and then by truck to Nemuro, with the city covering transport and insurance.

For former islanders, the loan carries weight. Many of them last saw the island on grave visits or visa-free trips before the pandemic, and none has been able to go since Russia terminated the programmes.

"It is only a bell, but it is a bell we rang as children," said a man in his late 80s who grew up in Furukamappu. "For us it is as if a piece of the island is coming to visit."

Museum staff said former residents would be invited to strike the bell once at the opening ceremony.
""",
    ),
    dict(
        id="b25-025", feed="meridale-en", lang="en", published="2026-08-14T10:00:00Z",
        title="'Before I die': the Shikotan-born widow and the graves she cannot visit",
        summary="At 92, a former resident of one of the disputed islands still hopes to pray once more at "
                "her parents' grave.",
        label="restatement",
        note="Wished-for visit (human-interest). Restates seed 001 (visa-free trips and simplified visits "
             "terminated); no move by either government.",
        author="By Clare Whitcombe in Nemuro",
        body="""
On a clear morning Setsuko Moriya can see the low green line of Shikotan from the breakwater near her flat in Nemuro. She was born there in 1934, in the village of Shakotan, the daughter of a cod fisherman, and she has not set foot on the island for eight years.

"When the fog lifts it looks so close you could row there," she says. "And it is close. It is just that we are not allowed."

Mrs Moriya was 13 when Soviet authorities, who had taken the island in September 1945, deported its Japanese inhabitants, first by ship to Sakhalin and then to Hokkaido. Her parents, who died on the island in the winter of 1946, are buried in a small cemetery above the harbour.

For three decades she went back whenever she could, on the grave visits organised by the Japanese government and later on the visa-free trips that allowed former residents to travel without Russian visas. The last time was in 2018. Then came the pandemic, and in March 2022 Moscow, responding to Japan's sanctions over Ukraine, terminated the visa-free exchanges and the simplified visits.

Officials in Tokyo say the resumption of grave visits is one of their highest priorities in dealing with Russia. No one in Nemuro expects it soon.

Every August, during the Obon festival of the dead, Mrs Moriya lights incense at a memorial on the cape facing the island. "I would like to go once more, before I die, and tell my parents that I came home," she says. "Then I can rest."
""",
    ),
    dict(
        id="b25-027", feed="corvid-en", lang="en", published="2026-09-02T03:20:00Z",
        title="Russia opens naval cadet school on island claimed by Japan",
        summary="A branch of the Nakhimov naval school has opened on Kunashir, the first military school on "
                "the disputed islands; Tokyo protested.",
        label="new_development", group="g25-cadet-school",
        new_facts=["A branch of the Nakhimov Naval School (Defence Ministry cadet boarding school, 80 first "
                   "cadets) opened in Yuzhno-Kurilsk on Kunashir on 1 September 2026; Japan protested"],
        must_mention=[["nakhimov", "cadet"], ["kunashir", "yuzhno-kurilsk"]],
        note="Report of the new cadet school on Kunashir (first reported in Russian) plus Japan's protest; "
             "no such facility among the seed facts.",
        author="Corvid Moscow bureau", section="Asia Pacific",
        credits="Reporting by Corvid Moscow bureau and Hana Okabe in Tokyo; Editing by Martin Pryce",
        body="""
MOSCOW, Sept 2 (Corvid) - Russia has opened a branch of its elite Nakhimov naval cadet school on Kunashir, one of the four islands off Hokkaido claimed by Japan, regional officials said, the first military school on the disputed territory.

Eighty boys aged 11 to 13 began classes on Tuesday at the new campus in Yuzhno-Kurilsk, the island's main town, after a ceremony attended by Sakhalin Governor Valery Limarenko and senior Pacific Fleet officers, the Sakhalin regional government said.

The Nakhimov schools, run by the Defence Ministry, are boarding schools that prepare teenagers for naval officer academies. The Kunashir campus, built over two years, has dormitories for 240 cadets, according to local media.

In Tokyo, the government's top spokesman said Japan had lodged a protest through diplomatic channels. "Such a move is incompatible with Japan's position on the Northern Territories and is extremely regrettable," the chief cabinet secretary told a regular news conference on Wednesday.

Moscow says its sovereignty over the islands, which Soviet troops seized at the end of World War Two, is beyond question, and it has expanded its military presence there in recent years.

The dispute has prevented the two countries from signing a peace treaty. Russia halted treaty negotiations in March 2022 in response to Japanese sanctions over Ukraine.
""",
    ),
    dict(
        id="b25-029", feed="kelpline-en", lang="en", published="2026-09-08T07:00:00Z",
        title="Seventy-five years after San Francisco, one clause still divides the Nemuro Strait",
        summary="The 1951 peace treaty in which Japan renounced the Kurils still shapes the dispute over "
                "the four islands off Hokkaido.",
        label="restatement",
        note="Anniversary/background piece (San Francisco treaty, 1956 declaration); restates seeds "
             "000/003/004 (no peace treaty, talks halted 2022, visa-free visits ended). No new fact.",
        author="Yuki Arakawa", section="The Islands",
        body="""
NEMURO — Seventy-five years ago today, Japan signed the San Francisco Peace Treaty, restoring its sovereignty and ending the Allied occupation. For the residents of this fishing city at the eastern tip of Hokkaido, one short clause still shapes daily life.

Under Article 2(c), Japan renounced "all right, title and claim to the Kurile Islands" and to southern Sakhalin. The Soviet Union, which had seized the islands in 1945, refused to sign. Tokyo has argued ever since that the four islands closest to Hokkaido — Etorofu, Kunashiri, Shikotan and the Habomai group — were never part of the Kuriles it gave up, a reading Moscow rejects.

"San Francisco created the ambiguity that both sides have been living with," said Kenji Ota, a historian of postwar diplomacy at a university in Sapporo. "Japan gave something up without saying to whom, and the country that held the islands was not a party."

Five years later, the 1956 Soviet-Japanese Joint Declaration ended the state of war and restored diplomatic relations, and Moscow agreed to hand over Shikotan and the Habomais once a peace treaty was signed. No treaty has followed.

Moscow walked away from the negotiations in March 2022, citing Japan's sanctions over Ukraine, and ended the visa-free visits that had let Japanese citizens travel to the islands. Russian officials have since said repeatedly that talks are impossible under current conditions.

In Nemuro the anniversary passed quietly. "For us the treaty was never an abstraction," said a retired fisherman whose family left Shikotan in 1947. "It decided where I could put my nets."
""",
    ),
    dict(
        id="b25-031", feed="corvid-en", lang="en", published="2026-10-19T11:00:00Z",
        title="Japan says treaty goal unchanged 70 years after Moscow declaration",
        summary="Japan's foreign minister said Tokyo remained committed to resolving the islands dispute "
                "and signing a peace treaty with Russia.",
        label="restatement",
        note="Anniversary statement; restates Japan's known policy and seeds 000/004 (Russia refused to "
             "continue talks in March 2022; no talks since). No new fact.",
        author="Hana Okabe", section="Asia Pacific",
        body="""
TOKYO, Oct 19 (Corvid) - Japan's foreign minister said on Monday that Tokyo remained committed to resolving the dispute over four Russian-held islands and signing a peace treaty with Moscow, 70 years to the day after the two countries restored relations through a joint declaration.

"The 1956 Joint Declaration is an important document that was ratified by the legislatures of both countries. Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," the minister told reporters.

He repeated that Russia's decision in March 2022 to refuse to continue peace treaty talks, in response to sanctions imposed by Japan over the invasion of Ukraine, was "extremely unjust and absolutely unacceptable", and said Tokyo would keep asking Moscow to allow former island residents to visit family graves.

There have been no negotiations since. Russian officials have repeatedly said that a resumption is impossible while Tokyo maintains what they call its unfriendly policy.

The declaration, signed in Moscow on Oct. 19, 1956, ended the state of war between Japan and the Soviet Union but left the territorial question to a future peace treaty.
""",
    ),
    dict(
        id="b25-034", feed="corvid-en", lang="en", published="2026-11-12T06:50:00Z",
        title="Russia quits wildlife pact with Japan covering waters off disputed islands",
        summary="Moscow has pulled out of a 2009 programme on protecting ecosystems between Hokkaido's "
                "Shiretoko peninsula and the southern Kurils.",
        label="status_change", group="g25-eco-exit",
        new_facts=["Russia ended its participation in the 2009 Japan-Russia programme on ecosystem "
                   "conservation in the adjacent areas (Shiretoko - southern Kurils); the data exchange "
                   "that had continued after 2022 stops (letter of 9 Nov 2026)"],
        must_mention=[["wildlife", "ecosystem", "sea lion", "programme"], ["quit", "pull", "ending", "terminat"]],
        note="Report of the Russian exit (first reported in Russian): a standing programme in force since 2009 "
             "(not among the seed facts) goes from active to terminated.",
        author="Corvid Moscow bureau", section="Asia Pacific",
        body="""
MOSCOW, Nov 12 (Corvid) - Russia has pulled out of a 17-year-old programme with Japan to protect wildlife in the waters between Hokkaido's Shiretoko peninsula and the southern Kuril Islands, ending one of the last working contacts between the two countries' scientists since the war in Ukraine began.

Russia's Natural Resources Ministry informed Japan's Environment Ministry in a letter dated Nov. 9 that it was ending its participation, citing Tokyo's "unfriendly policy" and what it called attempts to use scientific contacts to advance Japan's territorial claims, the Russian ministry said.

Under the programme, adopted in 2009, researchers from the Kurilsky nature reserve on Kunashir and Japanese institutions shared survey data on Steller sea lions, seabirds and salmon. Joint field trips stopped in 2022, but the data exchange and online meetings of experts had continued until September.

Japan's Environment Ministry called the decision "extremely regrettable" and said it would urge Russia to reconsider.

The programme covered waters where the two countries' claims overlap: Moscow controls the four islands off Hokkaido that Japan calls the Northern Territories, and the two sides never signed a post-war peace treaty.
""",
    ),
    dict(
        id="b25-035", feed="corvid-en", lang="en", published="2026-12-03T07:30:00Z",
        title="Russia lays down Pacific Fleet corvette to be named 'Kunashir'",
        summary="A new corvette being built at Komsomolsk-on-Amur will carry the name of one of the "
                "islands disputed with Japan.",
        label="neutral",
        note="Borderline: a warship named after a disputed island; no deployment to or move on the "
             "islands, Tokyo only 'aware'. Not scored.",
        author="Corvid Moscow bureau", section="Europe",
        body="""
MOSCOW, Dec 3 (Corvid) - A new corvette for Russia's Pacific Fleet was laid down on Thursday at the Amur Shipbuilding Plant in Komsomolsk-on-Amur and will bear the name Kunashir, after one of the Kuril Islands disputed with Japan, the Defence Ministry said.

The project 20380 vessel, designed for anti-submarine and anti-ship warfare, is due to be handed over to the fleet by the end of the decade, the ministry said. Navy commanders attended the keel-laying ceremony.

Russian warships have long been named after cities and geographical features of the Far East. The ministry did not say where the corvette would be based.

Asked about the name, a spokesman for Japan's Foreign Ministry said Tokyo was aware of the reports and would "continue to watch Russian military trends in the Far East, including around the Northern Territories, with strong interest".

The Amur yard, which also builds corvettes for the Baltic Fleet, has struggled with delays in recent years; the last vessel it delivered to the Pacific Fleet entered service three years behind schedule. Analysts say the navy's Far East surface fleet remains small compared with its submarine force, and the new ship would mostly replace ageing Soviet-era patrol vessels.
""",
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        id="b25-038", feed="meridale-en", lang="en", published="2027-01-26T10:00:00Z",
        title="Sea lion data could flow again 'within weeks' — if Moscow relents",
        summary="Researchers in Rausu say the exchange with Russian colleagues could restart quickly, but "
                "Tokyo sees no sign of a change of heart.",
        label="status_change", group="g25-eco-exit",
        new_facts=["Russia ended its participation in the 2009 Japan-Russia programme on ecosystem "
                   "conservation in the adjacent areas (Shiretoko - southern Kurils); the data exchange "
                   "that had continued after 2022 stops (letter of 9 Nov 2026)"],
        must_mention=[["sea lion", "ecosystem", "programme"], ["withdr", "quit", "pull"]],
        note="Follow-up of g25-eco-exit with no new fact: its only reported fact is the November 2026 exit "
             "(not a seed fact). The resumption is only conditional/wished-for ('could restart ... if Moscow "
             "relents'; ministry: 'no prospect') and must not be reported as one.",
        author="By Clare Whitcombe in Rausu",
        body="""
From the cliffs above Rausu harbour, Naoko Tamura counts Steller sea lions hauled out on the drift ice of the Nemuro Strait. For 15 winters her figures were set beside those of Russian colleagues counting the same animals on the rocks off Kunashir, a few miles across the water.

Since November, when Russia withdrew from the 2009 bilateral programme on conserving ecosystems in the adjacent areas, the Russian numbers have stopped arriving.

"Technically, it could restart within weeks. The spreadsheets are the same, the people are the same," Dr Tamura said. "All it would take is a letter from Moscow."

There is no sign of one. Japan's Environment Ministry said it had asked the Russian side to reconsider and had received no reply. "At this point there is no prospect of the exchange resuming," an official said.

Scientists on both sides say the animals pay no attention to the line that divides the strait. Sea lions that breed in the Kurils winter off Hokkaido, where they clash with fishermen whose nets they raid, and population estimates that use only half the data are, in Dr Tamura's words, "educated guesses".

The Kurilsky nature reserve on Kunashir says it continues its own monitoring. Its staff, contacted by telephone, declined to comment on the programme.
""",
    ),
    dict(
        id="b25-039", feed="corvid-en", lang="en", published="2027-02-08T12:00:00Z",
        title="Moscow denies it offered Tokyo a return to peace treaty talks",
        summary="Russia's Foreign Ministry said a Japanese newspaper report of Russian 'signals' on "
                "resuming the dialogue did not correspond to reality.",
        label="restatement",
        note="Denial of a report; restates seeds 000/004 (talks halted, impossible under current "
             "conditions). No new fact.",
        author="Corvid Moscow bureau", section="Europe",
        body="""
MOSCOW, Feb 8 (Corvid) - Russia's Foreign Ministry on Monday denied a Japanese newspaper report that Moscow had signalled through diplomatic channels that it was ready to resume peace treaty consultations with Tokyo, saying its position "remains the same".

"Reports about some Russian 'signals' to the Japanese side regarding a resumption of the dialogue on a peace treaty do not correspond to reality," ministry spokeswoman Maria Zakharova said in a statement. "As we have said many times, under the current conditions, when Tokyo continues its openly hostile course, such a dialogue is impossible."

The report, published on Saturday and citing unnamed diplomatic sources, said a Russian diplomat had floated the idea of a "preliminary exchange of views" on the treaty in a conversation with a Japanese diplomat in January.

Japan's chief cabinet secretary declined to comment, saying the government would not discuss the details of diplomatic exchanges. He said Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged.

Russia said in March 2022 that it would not continue the negotiations because of Japan's sanctions over Ukraine.
""",
    ),
    dict(
        id="b25-041", feed="corvid-en", lang="en", published="2027-02-24T06:30:00Z",
        title="Russia forms volunteer defence unit from islanders on Iturup",
        summary="About 150 residents of the largest of the disputed islands took an oath to serve in a "
                "territorial defence detachment.",
        label="new_development", group="g25-volunteer-unit",
        new_facts=["A volunteer territorial defence detachment of about 150 Iturup residents was formed "
                   "(oath in Kurilsk on 23 Feb 2027), training with the 18th Machine Gun Artillery "
                   "Division; the first such unit on the Kurils"],
        must_mention=[["volunteer", "territorial defence", "territorial defense"], ["iturup"]],
        note="New military/people development on Iturup; not among the seed facts. First report of the group.",
        author="Corvid Moscow bureau", section="Asia Pacific",
        body="""
VLADIVOSTOK, Feb 24 (Corvid) - Russia has formed a volunteer territorial defence detachment on Iturup, the largest of the islands off Hokkaido claimed by Japan, made up of local residents who will train alongside the army garrison, the Eastern Military District said on Wednesday.

About 150 residents, including fish-processing workers, fishermen and municipal employees, took an oath at a ceremony in Kurilsk, the island's main town, on Tuesday, Defender of the Fatherland Day, the district said in a statement. Members will train with the 18th Machine Gun Artillery Division stationed on the islands and would be called on to guard the airport, port and power plants in an emergency.

Russia has set up similar volunteer units in regions bordering Ukraine since 2023. The statement said the Iturup detachment was the first on the Kuril Islands and that volunteers from Kunashir had also expressed interest.

There was no immediate reaction from Tokyo, which regards the build-up of Russian forces on the islands as incompatible with its position that they are Japanese territory.
""",
    ),
    dict(
        id="b25-044", feed="meridale-en", lang="en", published="2027-03-17T09:30:00Z",
        title="Kunashir guesthouse owner fined over map showing islands as Japanese",
        summary="A court on the disputed island has punished a resident for a social media post that "
                "coloured the southern Kurils as part of Japan.",
        label="new_development", group="g25-map-fine",
        new_facts=["Yuzhno-Kurilsk district court fined a Kunashir guesthouse owner 15,000 roubles under "
                   "Art. 20.3.2 of the Administrative Code for posting a map showing the southern Kurils "
                   "as Japanese; first such case on the Kurils"],
        must_mention=[["fine"], ["map"]],
        note="Report of the court ruling (first reported in Russian); new court case, not among the seed facts.",
        author="By Chronicle Asia desk",
        body="""
A court on Kunashir, one of the Russian-held islands claimed by Japan, has fined a local guesthouse owner for posting a tourist map that showed the southern Kuril Islands as Japanese territory, in what prosecutors said was the first case of its kind heard on the islands.

The Yuzhno-Kurilsk district court found the 46-year-old woman guilty under an article of Russia's administrative code that punishes public calls for actions aimed at violating the country's territorial integrity, and fined her 15,000 roubles, the Sakhalin regional prosecutor's office said on Tuesday.

According to prosecutors, last September the woman shared on her guesthouse's social media page a map downloaded from a Japanese travel website, on which Kunashir, Iturup, Shikotan and the Habomai islets were coloured as part of Japan and labelled with their Japanese names. The post was removed about two months later, after a complaint from another resident.

She told the court she had used the map to show guests where to find volcanoes and hot springs and had not looked closely at the colours, the prosecutors' statement said. She can appeal to the Sakhalin regional court.

Russia's constitution has since 2020 prohibited actions aimed at ceding any part of the country's territory. The islands, seized by Soviet troops in 1945, are the reason Moscow and Tokyo have never signed a peace treaty; Russia broke off the treaty talks in 2022.
""",
    ),
    dict(
        id="b25-046", feed="corvid-en", lang="en", published="2027-04-13T08:00:00Z",
        title="Japan adds 41 entities to Russia export blacklist, including Chinese and Turkish firms",
        summary="Tokyo widened export bans to companies it says help Russia obtain military-use goods.",
        label="off_topic",
        note="Unrelated Japan–Russia news (a sanctions package), no mention of the islands or the treaty.",
        author="Hana Okabe", section="Business",
        body="""
TOKYO, April 13 (Corvid) - Japan on Tuesday added 41 entities, including companies in China, Turkey and the United Arab Emirates, to a list of organisations barred from receiving Japanese exports, saying they had helped Russia obtain goods with potential military use.

The move, approved by the cabinet, also froze the assets of 12 Russian individuals and tightened a ban on exports of machine tools and electronic components, in line with measures agreed by the Group of Seven.

"Japan will continue to work closely with the G7 to impose strong sanctions against Russia," the chief cabinet secretary told reporters.

Russia's embassy in Tokyo said the new measures would "further damage" bilateral relations and warned of a response. Trade between the two countries has fallen sharply since 2022, although Japan still imports liquefied natural gas from the Sakhalin-2 project.

Japanese business groups have generally backed the sanctions but have asked for clearer guidance on dual-use goods. "Companies want to comply, but the lists keep growing and the definitions are not always obvious," said an official at a Tokyo trade association. The economy ministry said it would hold briefings for exporters later this month.
""",
    ),
    dict(
        id="b25-049", feed="kelpline-en", lang="en", published="2027-06-16T07:00:00Z",
        title="A phone that rang again: Russian sea lion counts reach Rausu",
        summary="Researchers on both sides of the Nemuro Strait are sharing data again after Moscow "
                "reversed its decision to leave a bilateral ecosystem programme.",
        label="status_change", group="g25-eco-return",
        new_facts=["Russia reversed its November 2026 exit and resumed participation in the 2009 "
                   "Japan-Russia ecosystem conservation programme; the data exchange on Steller sea lions "
                   "and seabirds restarted after an online meeting on 9 June 2027"],
        must_mention=[["sea lion", "ecosystem", "programme"], ["revers", "resum", "rejoin", "again"]],
        note="Report of the resumption (first reported in Japanese): the programme Russia left in Nov 2026 "
             "(group g25-eco-exit) goes from terminated back to active; the resumption is told in a "
             "subordinate clause.",
        author="Mika Sato", section="Fisheries",
        body="""
RAUSU — For the first time since last autumn, wildlife researchers in Rausu have received sea lion counts from their counterparts on Kunashir, after Moscow reversed its decision to quit a bilateral programme on protecting ecosystems around Shiretoko and the southern Kuril Islands.

Japan's Environment Ministry said last week that Russia's Natural Resources Ministry had informed Tokyo in late May that it had "no objection to resuming cooperation" under the 2009 programme, which Moscow had announced in November it was leaving. Experts from both sides held an online meeting on June 9 and agreed to restart the exchange of survey data on Steller sea lions and seabirds.

"We got the winter haul-out counts from the Kurilsky reserve the next day," said Naoko Tamura, who has tracked sea lions in the Nemuro Strait for 15 years. "It was like a phone that had stopped ringing suddenly ringing again."

Joint field surveys, suspended since 2022, are not part of the deal for now, and Russia gave no reason for its change of course.

Fishermen in Rausu, who lose nets and catch to sea lions every winter, welcomed the news for practical reasons. "If the numbers are better, the culling quotas are better," said one.
""",
    ),
    dict(
        id="b25-051", feed="meridale-en", lang="en", published="2027-06-28T10:00:00Z",
        title="Former islanders' league votes to disband as its members age",
        summary="The main organisation of Japanese born on the four Russian-held islands will wind up in "
                "March 2028.",
        label="new_development", group="g25-league-dissolves",
        new_facts=["The League of Residents of Chishima and Habomai Islands decided (general meeting, "
                   "26 June 2027) to dissolve at the end of March 2028 and hand its work to the Northern "
                   "Territories Issue Association"],
        must_mention=[["league"], ["dissol", "disband", "wind up"]],
        note="Report of the league's decision to dissolve (first reported in Japanese); new institutional fact.",
        author="By Chronicle Asia desk",
        body="""
The main organisation of Japanese who were born on the four islands off Hokkaido now held by Russia has voted to dissolve itself, saying its ageing members can no longer sustain it.

The League of Residents of Chishima and Habomai Islands, founded in 1958, decided at its general meeting in Sapporo on Saturday to wind up at the end of March 2028. Its work — the campaign for the islands' return, the recording of former residents' testimonies and the care of its archives — will pass to the Northern Territories Issue Association, a government-affiliated body.

"This is a painful decision, but it is not the end of the movement. It is the way to hand it on safely to the next generation," said the league's chairman, Kenichi Mizutani, 69, whose father was born on Taraku, one of the Habomai islets. He became the first chairman who was not himself a former resident last year.

About 17,000 Japanese lived on the islands in 1945. Fewer than 4,000 survive, with an average age above 91.

The meeting also adopted a resolution calling on Russia to allow grave visits "without delay". Moscow ended the visa-free exchanges and the simplified visits by former residents in 2022, and none has taken place since.
""",
    ),
    dict(
        id="b25-054", feed="meridale-en", lang="en", published="2027-09-14T12:00:00Z",
        title="Is a Kuril thaw possible? Not yet, say those who watch the strait",
        summary="Would a ceasefire in Ukraine bring Moscow and Tokyo back to the table? Diplomats and "
                "scholars doubt it.",
        label="restatement",
        note="Questioned/speculative analysis; restates seeds 000/001/004 (talks halted, exchanges "
             "ended, Russia's conditions). No new fact.",
        author="By Clare Whitcombe",
        body="""
Could Russia and Japan return to the negotiating table over the islands Japan calls the Northern Territories? Would a ceasefire in Ukraine change Moscow's mind? Might former residents, now in their nineties, be allowed back to their family graves?

Those who follow the dispute most closely answer each question with a shrug.

Moscow broke off peace treaty negotiations in March 2022, citing the sanctions Tokyo imposed after the invasion of Ukraine. In the same statement it ended the visa-free visits that had allowed Japanese citizens to travel to the islands and withdrew from talks on joint economic activities there. Russian officials have said since that a resumption is impossible while Japan keeps what they call its hostile course.

"Even if the guns fell silent tomorrow, the Kremlin would ask for sanctions to be lifted first, and Tokyo will not do that on its own," said a former Japanese diplomat who served in Moscow. "There is no mechanism and no appetite."

A Moscow-based analyst of Russian policy in Asia agreed. "The Japanese issue is not a priority. The islands are being developed as a Russian region, and the official line is that sovereignty is not a subject for discussion."

Tokyo, for its part, says its policy of resolving the territorial issue and concluding a peace treaty is unchanged. For now, that is where both sides appear content to leave it.
""",
    ),
    dict(
        id="b25-056", feed="kelpline-en", lang="en", published="2027-11-09T08:30:00Z",
        title="Russian reefer 'Kurilskiy Proliv' held in Busan over unpaid wages",
        summary="South Korean authorities detained a Russian refrigerated cargo ship after its crew "
                "complained of months without pay.",
        label="off_topic",
        note="Look-alike: a ship named after the Kuril Strait; a labour dispute in South Korea, no link to "
             "the islands dispute.",
        author="Kelp Line staff", section="Fisheries",
        body="""
BUSAN — South Korean port authorities have detained a Russian-flagged refrigerated cargo ship, the Kurilskiy Proliv, after its 18 crew members complained that they had not been paid for four months, a seafarers' union said.

An inspector from the International Transport Workers' Federation who boarded the vessel on Monday said the crew, most of them from Primorye and Sakhalin, were owed about $160,000 in wages and were running short of food and fresh water.

The 1990s-built reefer regularly carries frozen pollock and crab from Kamchatka and Magadan to Busan, which has become the main hub for Russian seafood exports to Asia. Its Vladivostok-based operator could not be reached for comment.

Hokkaido seafood importers, some of whom buy Russian crab through Busan traders, said they did not expect the case to affect supplies.

The union said it had asked the ship's operator to pay the wages in full and to arrange repatriation for crew members who wished to go home. Under international rules, port authorities can hold a vessel until the owner addresses serious breaches of seafarers' rights. A similar case involving another Russian reefer was settled in Busan last year after six weeks.
""",
    ),
]
