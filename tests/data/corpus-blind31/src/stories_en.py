"""English-language stories of the blind31 corpus (three outlets)."""

STORIES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="en-kishida-diet",
        feed="glenmoor-en", published="2024-02-19T06:15:00Z",
        title="Kishida tells lawmakers Japan still aims for peace treaty with Russia despite 'severe' ties",
        summary="The prime minister said Tokyo's policy of resolving the territorial issue and concluding a treaty "
                "was unchanged, while conceding there is no dialogue with Moscow for now.",
        label="restatement",
        note="Restates seed 002 (Kishida: Tokyo remains steadfast on a peace treaty, ties difficult over Ukraine) "
             "and seeds 000/004 (Moscow halted talks; Rudenko: resumption 'categorically impossible'). New occasion, "
             "no new fact.",
        byline="Aya Morikawa", section="Asia Pacific", meta="full",
        body="""
TOKYO, Feb 19 (Glenmoor) - Japanese Prime Minister Fumio Kishida said on Monday that his government's goal of settling the dispute over four Russian-held islands off Hokkaido and signing a peace treaty with Moscow was unchanged, even though relations had sunk to their lowest point in decades.

"Japan-Russia relations are in a severe state because of Russia's aggression against Ukraine, but our policy of resolving the territorial issue and concluding a peace treaty remains firmly in place," Kishida told the upper house budget committee in reply to a question from an opposition lawmaker.

He did not say when or how negotiations might restart. Moscow broke off peace treaty talks in March 2022 in retaliation for Japanese sanctions over Ukraine, and Russian officials have repeatedly said they see no basis for returning to the table. Earlier this month Deputy Foreign Minister Andrei Rudenko described a resumption as "categorically impossible" in the current environment.

The islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, were occupied by Soviet forces at the end of World War Two. The row has kept the two countries from formally ending their wartime hostilities, although they restored diplomatic ties with a joint declaration in 1956.

Kishida also said the government would "continue to ask" Russia to let former island residents, whose average age is now well over 80, visit family graves on the islands. Such visits were halted during the pandemic, and Moscow scrapped the visa-free travel arrangements used by former residents in 2022.

Opposition lawmakers pressed Kishida on whether Japan's sanctions had made a settlement impossible for a generation. "It is Russia that has chosen to suspend the negotiations," he said. "Our position is that the territorial issue must be resolved through negotiation, and that has not changed."

(Reporting by Aya Morikawa; Editing by Tom Rasmussen)
""",
    ),
    dict(
        key="en-kurilian-bobtail",
        feed="ashcombe-en", published="2024-03-11T02:30:00Z",
        title="Bob-tailed and island-bred: Kurilian cats steal the show in Tokyo",
        summary="A short-tailed breed from the Kuril Islands and Sakhalin drew crowds at a cat show in Tokyo at the weekend, "
                "where breeders say demand is outstripping supply.",
        label="off_topic",
        note="Look-alike: a cat breed named after the Kuril Islands; nothing about the dispute or the peace treaty.",
        byline="Hannah Pryce", section="Culture", meta="full",
        body="""
The longest queue at the weekend's spring cat show in Tokyo's Ariake district was not for the Scottish folds or the Maine coons, but for a stocky, pom-pom-tailed cat that few visitors had heard of a year ago.

The Kurilian bobtail, a breed that takes its name from the Kuril Islands strung between Hokkaido and Kamchatka, was represented by 14 cats from five Japanese catteries, the largest showing the organisers could remember.

"People see the tail and think it has been docked. It hasn't. It's natural, and no two are the same," said Mariko Ueda, a breeder from Saitama whose tabby male, Kuma, took best in class in the semi-longhair section.

The breed is believed to have developed over centuries on the islands and on Sakhalin, where its dense coat and hunting instincts were prized. Felinologists in the Soviet Union began describing it in the 1980s, and it is now recognised by the main international registries.

Japanese breeders say interest has surged since a Kurilian kitten appeared in a popular television commercial last autumn. Ueda said her waiting list now runs to more than a year, partly because bringing in breeding stock has become complicated. "We used to be able to import cats from European catteries quite easily. Now the paperwork and the flights make it much harder," she said.

Vets at the show advised would-be owners to be patient. The cats are slow to mature, often not reaching full size until they are three or four years old, and are known for being unusually fond of water.

The two-day show drew about 9,000 visitors, the organisers said. The next one is scheduled for October.
""",
    ),
    dict(
        key="en-wren-thaw-unlikely",
        feed="wrenfield-en", published="2024-06-04T08:00:00Z",
        title="Could the Kuril deadlock thaw after the war? Don't count on it",
        summary="Hopes that an end to the fighting in Ukraine would reopen the peace-treaty file overlook how much "
                "both sides have hardened their positions since 2022.",
        label="restatement",
        note="Questioned/unlikely version of a resumption; restates seeds 000 (talks halted over sanctions), "
             "004 (Rudenko: 'categorically impossible', condition is Tokyo dropping its hostile policy) and 002 "
             "(Kishida steadfast). No new fact.",
        byline="Daniel Okafor-Reyes", section="Analysis", meta="basic",
        body="""
Every few months a diplomat in Tokyo or a commentator in Moscow floats the idea that the frozen peace-treaty file between Japan and Russia might be reopened once the guns fall silent in Ukraine. It is a comforting thought. It is also, on the evidence of the past two years, unlikely.

Start with Moscow. When the Russian foreign ministry announced in March 2022 that it had no intention of continuing negotiations, it framed the decision as a response to Japan's "openly unfriendly" sanctions. Officials have kept to that line with remarkable discipline. In February Deputy Foreign Minister Andrei Rudenko called a resumption "categorically impossible" and said the condition for any normalisation was Tokyo abandoning its "hostile policy" - not a ceasefire somewhere else.

Tokyo, for its part, has shown no sign of loosening sanctions to buy its way back to the table. Prime Minister Fumio Kishida repeats that his government's aim of resolving the territorial issue and concluding a treaty is unchanged, but he has tied Japan's Russia policy firmly to the G7.

Then there is the law. Russia's 2020 constitutional amendments prohibit actions aimed at the "alienation" of Russian territory, a clause Russian officials cite whenever they are asked whether the islands could ever change hands. Even before 2022, the most Tokyo could realistically hope for was a deal built on the 1956 declaration, which mentions only the two smaller islands. That formula now looks further away than at any time since the Cold War.

What could change the picture? A Russian leadership that needed Japanese money in the Far East badly enough might be tempted to reopen talks on practical matters: fishing, grave visits by elderly former residents, perhaps the visa-free exchanges Moscow scrapped in 2022. But that is a long way from a peace treaty, and even those modest steps would require Tokyo to accept talking while sanctions stay in place.

For now the more useful question is not when the talks resume but whether the two sides can keep lesser channels open. On that, too, the signs are not encouraging.

<em>Daniel Okafor-Reyes is Wrenfield's North Pacific editor.</em>
""",
    ),
    dict(
        key="en-takeshima-protest",
        feed="wrenfield-en", published="2024-09-10T05:20:00Z",
        title="Tokyo protests as South Korean lawmakers land on Takeshima islets",
        summary="Japan's foreign ministry lodged a protest with Seoul after a cross-party group of South Korean "
                "lawmakers visited the disputed islets in the Sea of Japan.",
        label="off_topic",
        note="Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea); protest language but "
             "nothing about Russia or the Kurils.",
        byline="Wrenfield Briefing", section="Briefing", meta="basic",
        body="""
Japan lodged a formal protest with South Korea on Tuesday after a cross-party group of seven South Korean lawmakers landed on the Takeshima islets, which Seoul controls and calls Dokdo.

A senior official of the foreign ministry's Asian and Oceanian Affairs Bureau telephoned a minister at the South Korean embassy in Tokyo to say the visit was "extremely regrettable" and "unacceptable in light of Japan's position", the ministry said. Japan regards the rocky outcrops as an inherent part of its territory under international law.

The lawmakers spent about two hours on the islets, met members of the small police unit stationed there and laid flowers at a memorial to the volunteers who guarded the islets in the 1950s. One of them told South Korean broadcasters that the trip was a response to what he called Japan's "distortion of history" in school textbooks.

South Korea's foreign ministry rejected the protest, saying Dokdo is "clearly Korean territory historically, geographically and under international law" and that Seoul would "respond sternly" to any Japanese claim.

Visits of this kind recur every year or two and follow a well-worn script. Officials in both capitals were at pains to stress that the episode would not derail the improvement in relations since President Yoon Suk Yeol and Japanese leaders revived regular summits last year. A planned meeting of the two countries' vice foreign ministers later this month would go ahead as scheduled, a Japanese official said.
""",
    ),
    dict(
        key="en-ishiba-policy-speech",
        feed="ashcombe-en", published="2024-10-04T09:10:00Z",
        title="Ishiba pledges to keep peace treaty goal alive in first policy speech",
        summary="The new prime minister said relations with Russia were difficult but that Japan's aim of resolving "
                "the territorial issue and concluding a peace treaty was unchanged.",
        label="restatement",
        note="New speaker (PM Ishiba) restating the known Japanese position of seed 002; the halt of talks is "
             "seed 000. No new fact.",
        byline="Kenta Hollis", section="Japan", meta="full",
        body="""
Shigeru Ishiba used his first policy address to parliament on Friday to restate Japan's long-standing goal of settling the territorial dispute with Russia and signing a peace treaty, while signalling no softening of Tokyo's stance over the war in Ukraine.

"Japan-Russia relations are in a difficult situation, but Japan will maintain its policy of resolving the territorial issue and concluding a peace treaty," Ishiba told the lower house, three days after he was elected prime minister.

The passage on Russia was brief - a few lines in a speech dominated by domestic economic measures, disaster preparedness and his plan for an early general election - and closely echoed the wording used by his predecessor, Fumio Kishida.

Ishiba, a former defence minister who has written about the Northern Territories, did not address how talks might restart. Moscow suspended the negotiations in March 2022, citing Japan's sanctions, and has since said there is no basis to discuss a treaty with a country it regards as unfriendly.

He also pledged continued support for Ukraine and close coordination with the Group of Seven.

A senior official at the prime minister's office said the language on Russia had been "deliberately kept to the established formula". "Nobody expects movement," the official said, speaking on condition of anonymity. "The point is to show that the goal has not been abandoned."

Former residents of the islands, whose average age is close to 89, said they had hoped for more. "Every new prime minister says the same thing. We do not have the time to wait for the same words again," said a spokesman for a Nemuro-based group of former islanders.
""",
    ),
    dict(
        key="en-ccourt-delimitation",
        feed="glenmoor-en", published="2024-10-29T13:05:00Z",
        title="Russia's Constitutional Court rules Kuril islands cannot be handed over as 'border delimitation'",
        summary="Russia's Constitutional Court said a 2020 exemption for border delimitation does not cover a "
                "transfer of any of the Kuril Islands, closing what some experts saw as a legal loophole.",
        label="new_development", group="g-ccourt-delimitation",
        new_facts=["Russia's Constitutional Court ruled on 29 October 2024, at the request of the Sakhalin regional "
                   "Duma, that the border-delimitation exemption in Article 67(2.1) of the constitution cannot cover "
                   "a transfer of any Kuril island, and that treaties incl. Soviet-era ones cannot be implemented "
                   "insofar as they imply such a transfer"],
        must_mention=[["constitutional court"], ["kuril"]],
        note="Second report (English wire) of the Constitutional Court ruling first reported in Russian. A new "
             "official legal act, not among the seeds (seed 004 only recalls the 1956 declaration; seeds 000/001 "
             "give the MFA's sovereignty line).",
        byline="Pavel Lindgren", section="World", meta="full",
        body="""
MOSCOW, Oct 29 (Glenmoor) - Russia's Constitutional Court ruled on Tuesday that no part of the Kuril Islands, including the four southernmost islands claimed by Japan, can be handed to a foreign state under the guise of border delimitation, narrowing any legal room for a territorial compromise with Tokyo.

The court was interpreting a clause added to the constitution in 2020 that bans actions aimed at alienating Russian territory but exempts "delimitation, demarcation and re-demarcation" of borders with neighbouring states. The Sakhalin regional legislature, which oversees the islands, had asked the court in July whether that exemption could apply to territory claimed by another country.

In its ruling, read out in St Petersburg, the court said the exemption "cannot be interpreted as permitting the transfer to a foreign state of territory under the sovereignty of the Russian Federation, including under the pretext of clarifying the line of the border". It added that international agreements, including those signed by the Soviet Union, cannot be implemented in so far as they would entail such a transfer.

Rulings of the Constitutional Court are final and cannot be appealed.

Some Japanese and Russian scholars had pointed to the delimitation clause as a possible route to implementing the 1956 Soviet-Japanese declaration, under which Moscow promised to hand over Shikotan and the Habomai islets once a peace treaty was signed.

There was no immediate comment from Tokyo. Japan's embassy in Moscow said it was studying the ruling.

Moscow broke off peace treaty negotiations with Japan in March 2022 over Tokyo's sanctions against Russia over the war in Ukraine.

(Reporting by Pavel Lindgren; Editing by Susan Achterberg)
""",
    ),
    dict(
        key="en-paramushir-quake",
        feed="glenmoor-en", published="2024-11-12T03:40:00Z",
        title="Magnitude 6.1 quake strikes off Russia's northern Kuril Islands; no tsunami threat",
        summary="A strong earthquake struck off Paramushir island on Tuesday; Russian officials reported no "
                "damage and Japan issued no tsunami advisory.",
        label="neutral",
        note="Borderline: a natural event in the (northern, undisputed) Kuril Islands; no bearing on the dispute or "
             "the treaty, but it is Kuril Islands news.",
        byline="Glenmoor staff", section="World", meta="full",
        body="""
VLADIVOSTOK, Nov 12 (Glenmoor) - A magnitude 6.1 earthquake struck off Paramushir island in Russia's northern Kurils on Tuesday morning, seismologists said, but there were no reports of damage or casualties and no tsunami warning was issued.

The quake hit at 10:52 a.m. local time (2352 GMT on Monday) at a depth of about 40 km, roughly 90 km southeast of the town of Severo-Kurilsk, according to the Russian Academy of Sciences' geophysical service. The U.S. Geological Survey put the magnitude at 6.0.

Residents of Severo-Kurilsk, a fishing town of about 2,500 people, felt shaking of up to magnitude 4 on the local intensity scale, the Sakhalin regional branch of the emergencies ministry said. Schools briefly evacuated pupils as a precaution.

"There is no threat of a tsunami. Utilities are working normally," the ministry said in a statement.

The Japan Meteorological Agency said slight changes in sea level might be observed along the Pacific coast of Hokkaido but that no advisory was needed.

The Kuril Islands sit on one of the most seismically active stretches of the Pacific "Ring of Fire", where the Pacific plate dives beneath the Okhotsk plate along the Kuril-Kamchatka Trench. A magnitude 8.3 quake off the central Kurils in 2006 generated a tsunami that reached Hokkaido and the U.S. West Coast.
""",
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="en-nt-day-2025",
        feed="ashcombe-en", published="2025-02-07T08:45:00Z",
        title="'We have no time left': former islanders plead at Northern Territories Day rally",
        summary="Prime Minister Shigeru Ishiba told the annual Tokyo rally that Japan would keep its policy of "
                "resolving the territorial issue, as ageing former residents asked to see their family graves.",
        label="restatement",
        note="Anniversary/occasion piece (Northern Territories Day, 7 Feb). Restates seed 002 (Japan steadfast on a "
             "treaty) and seeds 000/001 (talks halted, visa-free trips terminated in 2022). Wishes, no new fact.",
        byline="Kenta Hollis", section="Japan", meta="full",
        body="""
Sumiko Kato was nine when she last saw the house her father built on Shikotan. Eighty years later, the former islander stood before about 1,200 people in a Tokyo hall on Friday and asked, in a voice that barely carried to the back rows, to be allowed to visit her parents' graves "just once more".

"We are running out of time. Most of the people I grew up with are gone," said Kato, 89, who now lives in Nemuro, the Hokkaido city closest to the islands.

The rally, held every year on Northern Territories Day, marks the anniversary of the 1855 Treaty of Shimoda, which Japan cites as the basis of its claim to the four islands now held by Russia.

Prime Minister Shigeru Ishiba, attending for the first time as head of government, told the gathering that Japan-Russia relations were "in a difficult state" but that Tokyo would "firmly maintain its policy of resolving the territorial issue and concluding a peace treaty". He called the resumption of exchanges, "above all grave visits", one of the government's highest priorities.

There is little sign of that happening. Moscow broke off peace treaty negotiations in March 2022 in response to Japan's sanctions over the war in Ukraine, and in the same statement ended the visa-free arrangements that had allowed former residents and other Japanese citizens to visit the islands.

A resolution adopted at the end of the rally called on the government to press Russia "with renewed vigour". Outside, right-wing sound trucks circled the venue, as they do every year.

The Russian embassy did not respond to a request for comment. In past years it has dismissed the rally as an event that "does not contribute" to relations.
""",
    ),
    dict(
        key="en-iwaya-urges-grave-visits",
        feed="glenmoor-en", published="2025-03-12T07:25:00Z",
        title="Japan urges Russia to allow grave visits by ageing former islanders",
        summary="Foreign Minister Takeshi Iwaya said Tokyo would keep pressing Moscow on the humanitarian issue but "
                "acknowledged there had been no positive response.",
        label="restatement",
        note="Requested version of a move ('urged Moscow to allow'); no decision. The visits stay impossible since "
             "the 2022 termination of visa-free trips (seeds 000/001). No new fact.",
        byline="Aya Morikawa", section="Asia Pacific", meta="full",
        body="""
TOKYO, March 12 (Glenmoor) - Japanese Foreign Minister Takeshi Iwaya said on Wednesday that Tokyo would keep pressing Moscow to let former residents of the Russian-held islands off Hokkaido visit family graves there, calling the issue a humanitarian priority.

"We will continue to strongly urge the Russian side to allow grave visits to resume, which is of the utmost importance for the former island residents, who are advanced in age," Iwaya told the upper house committee on foreign affairs and defence.

He said the request had been made repeatedly through diplomatic channels but that there had been no positive response. Asked whether a visit could take place this summer, Iwaya said it was "difficult to say anything at this stage".

The grave visits, which began in 1964 on humanitarian grounds, were halted during the COVID-19 pandemic. In March 2022 Russia ended the visa-free arrangements used for exchanges and for trips by former residents, saying it could not continue cooperation with a country that had imposed "openly unfriendly" sanctions. Moscow has also rejected earlier Japanese requests for an exception.

According to the Cabinet Office, about 5,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, with an average age close to 89.

(Reporting by Aya Morikawa; Editing by Tom Rasmussen)
""",
    ),
    dict(
        key="en-armenia-azerbaijan",
        feed="glenmoor-en", published="2025-03-14T11:50:00Z",
        title="Armenia, Azerbaijan agree text of peace treaty; Baku says signing depends on constitution change",
        summary="The two South Caucasus neighbours said negotiations on the text of a peace agreement had been "
                "completed, but Azerbaijan set conditions before any signing.",
        label="off_topic",
        note="Look-alike: another peace treaty (Armenia-Azerbaijan). Nothing about Japan, Russia or the Kurils.",
        byline="Glenmoor staff", section="World", meta="full",
        body="""
YEREVAN/BAKU, March 14 (Glenmoor) - Armenia and Azerbaijan said they had agreed the text of a peace treaty to end nearly four decades of conflict, but Baku said the document could not be signed until Armenia changed its constitution.

Armenia's foreign ministry said on Thursday that negotiations on the draft "Agreement on the Establishment of Peace and Interstate Relations" had been completed and that Yerevan was ready to begin consultations on the date and venue of a signing.

Azerbaijan's foreign minister confirmed that the text had been finalised, but said Baku expected Armenia to remove from its constitution what it describes as territorial claims to Azerbaijan, and to agree to dissolve the OSCE Minsk Group, which mediated the conflict for three decades.

Armenian Prime Minister Nikol Pashinyan has said he favours a new constitution, but any change would require a referendum, which analysts say is unlikely before parliamentary elections due in 2026.

The two countries fought wars in the early 1990s and in 2020 over Nagorno-Karabakh, which Azerbaijan retook in full in a lightning offensive in September 2023, prompting almost all of the region's ethnic Armenian population to leave.

The European Union and the United States welcomed the announcement. "This is a historic opportunity," the EU's foreign policy chief said in a statement.
""",
    ),
    dict(
        key="en-wren-ambassador-interview",
        feed="wrenfield-en", published="2025-04-15T07:00:00Z",
        title="Japan's envoy in Moscow: the door to talks is open, but the key is in Russia's hands",
        summary="In a rare interview with a Russian business daily, Japan's ambassador said Tokyo would be ready to "
                "resume peace treaty negotiations 'at any time' if Moscow were willing.",
        label="restatement",
        note="Conditional version of a move ('ready to resume if Russia is willing') by a new speaker; restates "
             "the Japanese position of seed 002 and the halt of seed 000. No new fact.",
        byline="Wrenfield Briefing", section="Briefing", meta="none",
        body="""
Japan's ambassador to Russia has used a rare interview with a Moscow business daily to repeat Tokyo's position that it wants to negotiate a peace treaty - and that the suspension of the talks was Russia's decision, not Japan's.

"If the Russian side is prepared to engage in sincere negotiations, Japan is ready to sit down at any time," the ambassador was quoted as saying. "Our policy of resolving the territorial issue and concluding a peace treaty has not changed."

He declined to say whether Tokyo would consider any change in its sanctions, which Moscow cites as the reason it broke off the negotiations in March 2022. "The measures are a response to the aggression against Ukraine. They are a separate matter," he said.

The interview, published on Monday, drew a terse reaction from the Russian foreign ministry, whose spokeswoman said Tokyo "knows perfectly well" what would be required for a return to dialogue - a reference to Moscow's long-standing demand that Japan abandon what it calls a hostile course.

<strong>Why it matters:</strong> Nothing in the exchange is new. But the fact that a Russian outlet chose to publish a lengthy interview with the Japanese envoy at all was read by some in Tokyo as a small signal that the Kremlin wants to keep a line open. Others saw only a platform for Moscow to restate its conditions.

<strong>What to watch:</strong> Whether Moscow allows any humanitarian exception this summer, such as grave visits by former residents. Tokyo has asked repeatedly; the answer so far has been no.
""",
    ),
    dict(
        key="en-urchin-busan",
        feed="glenmoor-en", published="2025-05-21T07:45:00Z",
        title="First direct seafood shipment sails from Russian-held Kunashir to South Korea",
        summary="A refrigerated ship carrying live sea urchin and crab left Yuzhno-Kurilsk for Busan in what Russian "
                "officials called a trial of direct exports from the southern Kurils.",
        label="new_development", group="g-urchin-busan",
        new_facts=["A reefer carrying about 38 t of live sea urchin and 12 t of live crab sailed from Yuzhno-Kurilsk "
                   "(Kunashir) straight to Busan on 20 May 2025 - the first direct seafood export from the southern "
                   "Kurils to a foreign port, cleared on site by Sakhalin customs as a one-off trial; no regular "
                   "arrangement agreed"],
        must_mention=[["busan", "south korea"], ["kunashir", "yuzhno-kurilsk"]],
        note="First report of the group (English wire). A new economic event on a disputed island; the trial is "
             "one-off (held once), no regular route. Not in any seed.",
        byline="Pavel Lindgren", section="Business", meta="full",
        body="""
YUZHNO-SAKHALINSK, May 21 (Glenmoor) - A refrigerated cargo ship loaded with live sea urchin and crab sailed from Yuzhno-Kurilsk on Kunashir island for the South Korean port of Busan on Tuesday, the first direct export shipment from the southern Kuril Islands to a foreign port, regional authorities said.

The Panama-flagged reefer Orion Star carried about 38 tonnes of live sea urchin and 12 tonnes of live crab for Kunashir Marine Products, a local fishing company, the Sakhalin regional government said in a statement.

Until now, seafood caught around the islands had to be shipped to Korsakov on Sakhalin or to Vladivostok for customs clearance before export, adding two to four days to the journey - a costly delay for live products. For this shipment, officers of the Sakhalin customs service flew to Kunashir and cleared the cargo on the quay.

The regional government described the voyage as a trial. "Whether direct shipments become regular will depend on the results," it said, adding that no permanent arrangement had been agreed. The ship is expected in Busan on Thursday.

Japan claims Kunashir and three other islands seized by Soviet troops in 1945. A Japanese foreign ministry official said Tokyo was "gathering information" and would respond appropriately, without elaborating.

Fishing companies on the islands enjoy the preferential tax regime that Moscow introduced for the Kurils to attract investors. Busan's seafood market has become one of the main outlets for live sea urchin and crab from the Russian Far East, alongside Chinese ports.

(Reporting by Pavel Lindgren; Editing by Susan Achterberg)
""",
    ),
    dict(
        key="en-sakhalin2-lng",
        feed="ashcombe-en", published="2025-06-10T04:15:00Z",
        title="Japanese utilities keep buying Sakhalin-2 LNG as Washington extends waiver",
        summary="Japan's power and gas companies say the Russian project remains too important to give up, even as "
                "Tokyo tightens other sanctions on Moscow.",
        label="off_topic",
        note="Unrelated Japan-Russia news (energy trade, Sakhalin-2). Mentions Sakhalin, not the islands or the "
             "treaty.",
        byline="Mei Takeda-Lowe", section="Business", meta="full",
        body="""
Japanese utilities are quietly locking in cargoes of liquefied natural gas from Russia's Sakhalin-2 project for the coming winter after Washington extended a licence allowing Japanese firms to keep dealing with the venture.

About 9 per cent of Japan's LNG imports come from Sakhalin-2, off Russia's Pacific coast, and buyers including JERA, Tokyo Gas and several regional gas companies hold long-term contracts that run into the 2030s. Mitsui and Mitsubishi kept their combined 22.5 per cent stakes in the project after Moscow transferred it to a new Russian operator in 2022.

"Sakhalin-2 is a short voyage away and it is flexible. Replacing it would mean paying spot prices at exactly the wrong moment," said an executive at one regional utility, who asked not to be named because contracts are confidential.

The government in Tokyo has described the project as important for energy security and has not asked companies to withdraw, even as it has added new Russian entities to its sanctions list in step with the G7.

Analysts say the bigger risk is not political but practical. Insurance and shipping costs for Russian cargoes have risen, and some tanker owners have stopped calling at the Prigorodnoye terminal. "The question is less whether Japan wants the gas than whether it can keep getting it at a reasonable cost," said a gas market consultant in Singapore.
""",
    ),
    dict(
        key="en-japan-korea-60",
        feed="ashcombe-en", published="2025-06-22T10:00:00Z",
        title="Japan and South Korea mark 60 years since normalisation treaty with pledges of 'future-oriented' ties",
        summary="Receptions in Tokyo and Seoul marked the anniversary of the 1965 Treaty on Basic Relations, with "
                "leaders promising to look beyond historical disputes.",
        label="off_topic",
        note="Look-alike: another treaty and an anniversary (Japan-South Korea 1965 treaty). Not about Russia or "
             "the Kurils.",
        byline="Hannah Pryce", section="Korea", meta="basic",
        body="""
Japan and South Korea on Sunday marked the 60th anniversary of the treaty that normalised their relations, with both governments promising to build "future-oriented" ties despite disputes over wartime history that have repeatedly soured them.

The Treaty on Basic Relations, signed in Tokyo on June 22, 1965, restored diplomatic ties two decades after the end of Japan's 35-year colonial rule of the Korean peninsula. It was accompanied by an agreement under which Japan provided $800 million in grants and loans - an arrangement that remains at the centre of disputes over compensation for wartime forced labour.

At a reception in Tokyo, the Japanese prime minister said the two countries were "indispensable partners" in a severe security environment. In Seoul, South Korea's new president, who took office this month, sent a message saying the countries should "face history squarely while working together for the future".

Trade between the two countries has grown more than a hundredfold since 1965, and more than 12 million people travelled between them last year.

Differences remain, including over the Takeshima islets, which Seoul controls and calls Dokdo. A survey published by a Japanese newspaper and a South Korean daily this week found that majorities in both countries now view relations as "good", the first time that has happened since the poll began.
""",
    ),
    dict(
        key="en-pantsir-shikotan",
        feed="glenmoor-en", published="2025-08-14T09:30:00Z",
        title="Russia puts Pantsir air-defence systems on duty on Shikotan, first on the island",
        summary="The Eastern Military District said Pantsir-S1 missile and gun systems had taken up combat duty on "
                "Shikotan, one of the islands claimed by Japan.",
        label="new_development", group="g-pantsir-shikotan",
        new_facts=["A battery of Pantsir-S1 air-defence missile-gun systems took up combat duty on Shikotan "
                   "(announced by the Eastern Military District on 14 August 2025) - the first air-defence unit "
                   "deployed on the island"],
        must_mention=[["pantsir"], ["shikotan"]],
        note="Second report (English wire) of a military deployment first reported in Russian. No deployments are "
             "among the seed facts.",
        byline="Glenmoor staff", section="World", meta="full",
        body="""
MOSCOW, Aug 14 (Glenmoor) - Russia has deployed Pantsir-S1 air-defence systems on Shikotan, one of four islands off Hokkaido claimed by Japan, the military said on Thursday, the first air-defence unit stationed on the small island.

A battery of the truck-mounted missile and gun systems took up combat duty after a 3,000-km march and sea crossing from the mainland, the press service of Russia's Eastern Military District said in a statement carried by Russian news agencies. Crews had practised repelling an air attack by "a simulated enemy" using drones and cruise missiles, it said.

The statement did not say how many launchers had been deployed. A Pantsir battery typically has four to six vehicles.

Shikotan, home to about 3,000 people, is one of the two smaller islands that the Soviet Union promised in a 1956 declaration to hand to Japan after a peace treaty. Russia has steadily built up its forces on the southern Kurils over the past decade, mainly on the larger islands of Iturup and Kunashir.

Japan's government was expected to lodge a protest. Tokyo regards any Russian military build-up on the islands as incompatible with its position that they are Japanese territory.

Moscow broke off peace treaty talks with Tokyo in March 2022 over Japan's sanctions against Russia.

(Reporting by Pavel Lindgren; Editing by Tom Rasmussen)
""",
    ),
    dict(
        key="en-wren-ldp-race",
        feed="wrenfield-en", published="2025-09-26T06:30:00Z",
        title="What the LDP leadership hopefuls say about Russia - and why it barely matters",
        summary="The candidates to succeed Shigeru Ishiba agree on the Northern Territories, which is another way of "
                "saying nobody expects anything to change.",
        label="restatement",
        note="Conditional/hypothetical versions of a move ('would be ready to return to negotiations if Russia "
             "changed course'); restates seed 002 (Japan steadfast) and seeds 000/004 (talks halted, Russian "
             "conditions). No new fact.",
        byline="Daniel Okafor-Reyes", section="Analysis", meta="basic",
        body="""
Asked about Russia at a debate organised by the Liberal Democratic Party's youth wing on Thursday, all five candidates for the party leadership gave essentially the same answer: Japan's policy of resolving the territorial issue and concluding a peace treaty stands, and sanctions over Ukraine stay in place.

Two went slightly further. One said Japan would be ready to return to negotiations "the moment Russia changes its course". Another suggested that Tokyo should seek "humanitarian exceptions" for grave visits by former residents of the islands even without a broader thaw - an idea the government has been pursuing, without success, since 2022.

None proposed easing sanctions as the price of dialogue. None mentioned the 2018 agreement between Shinzo Abe and Vladimir Putin to accelerate talks on the basis of the 1956 declaration, which Moscow has since effectively buried.

That consensus is not surprising. Russia broke off the talks in March 2022, and its officials have since insisted that there is nothing to discuss until Tokyo drops its "hostile policy". A Japanese leader has little to gain by appearing softer than the G7 and a great deal to lose.

The more interesting question is whether the next prime minister will invest any political capital in the lesser channels that still matter to people in Nemuro and to the dwindling community of former islanders: fisheries arrangements, search-and-rescue cooperation, graves. On that, the candidates were vaguer. "We will do what we can," one said. The ageing former residents have heard that before.
""",
    ),
    dict(
        key="en-takaichi-policy-speech",
        feed="ashcombe-en", published="2025-10-24T08:20:00Z",
        title="Takaichi says Japan will not waver on Northern Territories in first policy speech",
        summary="Japan's first female prime minister told parliament that the goal of a peace treaty with Russia was "
                "unchanged and called grave visits by former islanders a top priority.",
        label="restatement",
        note="New speaker (PM Takaichi) restating the Japanese position of seed 002; talks halted (seed 000), "
             "visa-free trips ended (seed 001). No new fact.",
        byline="Kenta Hollis", section="Japan", meta="full",
        body="""
Prime Minister Sanae Takaichi pledged on Friday to maintain Japan's long-standing policy on the territorial dispute with Russia, using her first policy speech to parliament to promise a firm line on Moscow while keeping the door open to talks.

"Japan-Russia relations remain in a severe state, but there will be no change in our policy of resolving the territorial issue and concluding a peace treaty," Takaichi told the lower house. "I will not waver on this point."

She said the resumption of exchanges with the four islands, "in particular grave visits", was one of the government's highest priorities given the advanced age of the former residents, and pledged to "steadily implement" sanctions against Russia over its invasion of Ukraine in coordination with the G7.

Takaichi, who took office on Tuesday as Japan's first female prime minister, is known for hawkish views on China and defence. Her remarks on Russia closely followed the formula used by her predecessors Shigeru Ishiba and Fumio Kishida.

Moscow broke off peace treaty negotiations in March 2022 and at the same time ended visa-free travel by Japanese citizens to the islands, citing Tokyo's sanctions. Russian officials have since said there is no basis for dialogue.

In Nemuro, the city that faces the islands across a narrow strait, officials said they had hoped for a more concrete plan. "The words are the right words," a city official said. "What we need is a way to get the old people back to the graves."
""",
    ),
    dict(
        key="en-aeroflot-tokyo",
        feed="glenmoor-en", published="2025-12-02T12:10:00Z",
        title="Aeroflot has no plans to resume Tokyo flights next year, CEO says",
        summary="Russia's flagship carrier said Moscow-Tokyo services, suspended since 2022, would not return in 2026, "
                "citing sanctions on aircraft parts and insurance.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia news with a negated 'resume' (flights). Nothing about the islands or "
             "the treaty.",
        byline="Glenmoor staff", section="Business", meta="full",
        body="""
MOSCOW, Dec 2 (Glenmoor) - Aeroflot has no plans to resume flights between Moscow and Tokyo next year, the Russian carrier's chief executive said on Tuesday, dampening hopes among travel agents in both countries for a restart of direct services.

"Japan is an important market for us, but in 2026 we do not plan to return there," the executive told reporters on the sidelines of an aviation forum in Moscow, citing restrictions on aircraft maintenance and insurance linked to Western sanctions.

Aeroflot suspended its Moscow-Tokyo route in March 2022, shortly after the start of the war in Ukraine. Japanese carriers stopped flying to Russia at the same time and have since routed flights to Europe around Russian airspace, adding several hours to some journeys.

Travel between the two countries has since depended on connections through Istanbul, Dubai, Beijing and Seoul. Russian tourist arrivals in Japan have nevertheless recovered to about half of pre-pandemic levels, according to Japanese data.

The executive said Aeroflot was expanding flights to China, Southeast Asia and the Middle East instead.
""",
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="en-talks-tokyo",
        feed="ashcombe-en", published="2026-02-10T13:20:00Z",
        title="Japan and Russia hold first peace treaty talks since 2022, agree to meet again in Moscow",
        summary="Deputy foreign ministers met in Tokyo in a round that had not been announced in advance, ending "
                "a freeze Moscow imposed in retaliation for Japan's sanctions.",
        label="status_change", group="g-talks-tokyo",
        new_facts=["Japan and Russia held peace treaty negotiations in Tokyo on 9-10 February 2026 (Russian Deputy "
                   "FM Andrei Rudenko and Japanese Deputy Minister for Foreign Affairs Tatsuro Ozaki), the first "
                   "since Russia refused to continue them in March 2022, and agreed to hold the next round in "
                   "Moscow in the second half of 2026"],
        must_mention=[["peace treaty"], ["first", "resum"]],
        note="Status change: peace treaty talks halted by Russia in March 2022 (seeds 000, 001, 003; 'categorically "
             "impossible' in seed 004) are actually held again. Second report of the group (first in Japanese).",
        byline="Kenta Hollis", section="Japan", meta="full",
        body="""
Japan and Russia held their first formal peace treaty negotiations in nearly four years in Tokyo this week, ending a freeze that Moscow imposed in 2022 in retaliation for Japanese sanctions over the war in Ukraine.

Russian Deputy Foreign Minister Andrei Rudenko and Tatsuro Ozaki, Japan's Deputy Minister for Foreign Affairs, met on Monday and Tuesday at the Iikura Guest House, the foreign ministry said in a statement released after the talks ended. The meeting had not been announced beforehand.

The two sides "exchanged views on the peace treaty issue and on Japan-Russia relations in general", the statement said, and agreed to hold the next round in Moscow in the second half of the year.

"We will persevere with the negotiations in order to resolve the territorial issue and conclude a peace treaty," Chief Cabinet Secretary Minoru Kihara told reporters. He said Japan had also asked for the early resumption of grave visits by former residents of the islands, and that its sanctions policy was unchanged.

The resumption marks a sharp turn. In March 2022 Russia's foreign ministry said it did not intend to continue talks with a state that "takes openly unfriendly positions", and as recently as February 2024 Rudenko himself described a return to the table as "categorically impossible".

Officials in Tokyo gave no explanation for Moscow's change of heart. A diplomat familiar with the preparations said contacts had been under way "quietly, for several months", and cautioned against expecting quick progress. "This is a restart, not a breakthrough," the diplomat said.

Former islanders in Nemuro welcomed the news. "At last there is someone on the other side of the table," said one, who was born on Kunashir in 1938.
""",
    ),
    dict(
        key="en-wren-talks-followup",
        feed="wrenfield-en", published="2026-02-17T07:00:00Z",
        title="After Tokyo, a thaw with limits: reading the first peace-treaty round since 2022",
        summary="Last week's meeting in Tokyo restarted a process Moscow froze four years ago. What both sides said "
                "afterwards suggests they came for very different reasons.",
        label="status_change", group="g-talks-tokyo",
        new_facts=["Follow-up analysis of the 9-10 February 2026 Tokyo round of peace treaty negotiations (first "
                   "since March 2022); no new fact"],
        must_mention=[["peace treaty"], ["tokyo", "resum"]],
        note="Follow-up in the group with no new fact: analysis of the Tokyo round that resumed the talks halted in "
             "March 2022 (seeds 000/004).",
        byline="Daniel Okafor-Reyes", section="Analysis", meta="basic",
        body="""
When Andrei Rudenko and Tatsuro Ozaki sat down at the Iikura Guest House in Tokyo last week, they ended a freeze that had lasted almost four years. The resumption of peace treaty negotiations, which Russia broke off in March 2022, is real. What it means is much less clear.

Read the two readouts side by side and the gap is obvious. Tokyo's statement speaks of "the peace treaty issue", which in Japanese diplomatic language always means the four islands first. Moscow's speaks of a "comprehensive document on peace, friendship and good-neighbourliness" - the formula Rudenko has used for years to signal that sovereignty is not on the table.

Both sides had reasons to meet. For Moscow, a round in Tokyo shows that a G7 member is willing to talk despite the war; for Tokyo, it is a channel through which to press for grave visits and fishing safety before the generation of former residents is gone.

Neither side has moved on substance. Japan's sanctions remain; so does Russia's insistence that its sovereignty over the islands "is not subject to discussion". No date has been set for the Moscow round beyond "the second half of the year".

The real test will come later. If Moscow uses the talks to extract a softer Japanese line on sanctions, or if Tokyo's next sanctions package lands before the Moscow round, the process could stall as quickly as it restarted.

For now, the most that can be said is that the two governments are talking about a peace treaty again - which, a year ago, almost nobody expected.
""",
    ),
    dict(
        key="en-islanders-urge-graves",
        feed="glenmoor-en", published="2026-04-14T06:05:00Z",
        title="Former islanders press Tokyo to put grave visits first when talks with Moscow continue",
        summary="A league of former residents of the Russian-held islands asked the foreign minister to make "
                "humanitarian visits the top item at the next round of negotiations.",
        label="restatement",
        note="Requested version of a move (grave visits); no decision, visits remain impossible since the 2022 "
             "termination (seed 001). The February talks are background only.",
        byline="Aya Morikawa", section="Asia Pacific", meta="full",
        body="""
TOKYO, April 14 (Glenmoor) - Former residents of the Russian-held islands off Hokkaido on Tuesday urged Japan's government to make grave visits the first item on its agenda when peace treaty talks with Russia continue, saying many of them would not live to see a broader settlement.

Representatives of the League of Residents of Chishima and Habomai Islands handed Foreign Minister Toshimitsu Motegi a written request asking him to seek "the immediate resumption of grave visits and free visits, separately from the territorial negotiations".

"We are not asking for the islands back tomorrow. We are asking to pray at our parents' graves while we can still walk," the league's deputy head told reporters after the meeting.

Motegi told the delegation that the government regarded the visits as "a top priority" and would continue to raise them with Moscow, according to the league. The foreign ministry declined to say whether Russia had responded to earlier requests.

Russia ended the visa-free arrangements used for grave visits and other trips in March 2022 in response to Japan's sanctions. Japan raised the visits when the two sides met for peace treaty talks in Tokyo in February, but there has been no sign of movement.

About 4,800 former residents are still alive, with an average age of over 89, according to the league.

(Reporting by Aya Morikawa; Editing by Tom Rasmussen)
""",
    ),
    dict(
        key="en-senkaku-chase",
        feed="ashcombe-en", published="2026-05-12T03:00:00Z",
        title="Chinese coast guard ships chase Japanese fishing boat near Senkakus; Tokyo protests",
        summary="Two Chinese coast guard vessels entered Japanese territorial waters around the East China Sea "
                "islands and followed a fishing boat for several hours.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku, Japan-China), with protest language. Not about Russia or "
             "the Kurils.",
        byline="Mei Takeda-Lowe", section="China", meta="full",
        body="""
Japan lodged a protest with China on Tuesday after two Chinese coast guard ships entered Japanese territorial waters around the Senkaku Islands and pursued a Japanese fishing boat for more than six hours, the Japan Coast Guard said.

The vessels entered the 12-nautical-mile zone around Uotsuri, the largest of the uninhabited islands, at about 5 a.m. on Monday and approached the 10-tonne boat, which had four people aboard, the coast guard said. Japanese patrol ships positioned themselves between the Chinese vessels and the boat and repeatedly ordered them to leave.

A senior official of the foreign ministry told a minister at the Chinese embassy that the incursion was "a violation of international law" and "absolutely unacceptable".

China's foreign ministry said the coast guard had "expelled" the Japanese boat from what it called China's territorial waters around the Diaoyu Islands, and urged Tokyo to "stop provocations".

Chinese government ships have been sighted in the contiguous zone around the islands almost every day since 2012, when Japan bought three of them from a private owner. Incursions into the territorial waters themselves have become longer over the past two years, according to coast guard data.
""",
    ),
    dict(
        key="en-wren-visafree-unlikely",
        feed="wrenfield-en", published="2026-09-08T07:30:00Z",
        title="Visa-free island visits are not coming back soon, whatever the diplomats say",
        summary="The revived peace-treaty channel has raised hopes in Nemuro that exchanges with the islands could "
                "restart. Nothing Moscow has said supports that.",
        label="restatement",
        note="Unlikely/expected version of a move (restoring visa-free visits); the exchanges remain terminated as in "
             "seeds 000/001/003. No new fact; the February talks are background.",
        byline="Daniel Okafor-Reyes", section="Analysis", meta="none",
        body="""
In Nemuro, the Hokkaido city that looks across the strait at Kunashir, a familiar rumour has been doing the rounds this summer: that the visa-free exchanges with the islands, scrapped by Moscow in March 2022, are about to return.

They are not, or at least not soon. Nothing in Russian official statements since the peace treaty talks restarted in February suggests that Moscow is ready to restore the 1991 arrangement or the 1999 scheme for former residents. Asked about the exchanges in July, the Russian foreign ministry's spokeswoman said only that "humanitarian contacts depend on the general state of relations".

Japanese officials, for their part, are careful to say that they are "requesting" a resumption, not expecting one. The foreign minister told reporters in July that there was "no prospect" of the exchanges resuming for now.

There are structural reasons for caution. The exchanges were ended by the same March 2022 statement that halted the peace treaty talks and Russia's participation in joint economic activities, and Moscow has tended to treat the three as a package. Restoring one without the others would hand Tokyo something it wants without getting anything Moscow wants, which is an end to sanctions.

Nor is the Japanese side ready. The ship used for the exchanges is ageing, the budget line has been cut to a minimum, and the former residents who were the heart of the programme are now mostly in their late eighties or nineties.

The most plausible path, if there is one, is a humanitarian exception for grave visits. That would be welcome. It would not be the return of the exchanges.
""",
    ),
    dict(
        key="en-talks-suspended",
        feed="glenmoor-en", published="2026-10-06T10:05:00Z",
        title="Russia suspends revived peace treaty talks with Japan over U.S. missile deployment",
        summary="Moscow said it was halting the negotiations resumed in February and calling off a round planned for "
                "Moscow, citing Japan's decision to host U.S. Typhon launchers in Hokkaido.",
        label="status_change", group="g-talks-suspended",
        new_facts=["Russia's foreign ministry suspended on 6 October 2026 the peace treaty negotiations with Japan "
                   "resumed in Tokyo in February 2026 and cancelled the Moscow round planned for November, citing "
                   "Japan's agreement to host a U.S. Typhon missile launcher battery at the Yausubetsu range in "
                   "Hokkaido"],
        must_mention=[["suspend", "halt", "freez"], ["peace treaty"]],
        note="Status change in the other direction: the talks resumed in February 2026 (group g-talks-tokyo; halted "
             "in March 2022 per seeds 000/004) are suspended again. First report of the group.",
        byline="Pavel Lindgren", section="World", meta="full",
        body="""
MOSCOW, Oct 6 (Glenmoor) - Russia said on Tuesday it was suspending peace treaty negotiations with Japan that had resumed only in February, and that a round of talks planned for Moscow next month would not take place, citing Tokyo's decision to host U.S. intermediate-range missile launchers in Hokkaido.

"In view of the Japanese government's decision to deploy American Typhon intermediate-range missile systems on the island of Hokkaido, the Russian side is suspending the negotiating process on the peace treaty issue," the Russian foreign ministry said in a statement. "The round of consultations scheduled for November in Moscow will not take place."

The ministry said responsibility for the decision lay "entirely with Tokyo", which it accused of turning Hokkaido into "a springboard for the deployment of American strike weapons" near Russia's borders.

Japan and the United States agreed last month that a U.S. Army Typhon battery, capable of firing Tomahawk cruise missiles and SM-6 interceptors, would be stationed at the Yausubetsu training area in eastern Hokkaido from next year.

In Tokyo, Chief Cabinet Secretary Minoru Kihara called the Russian move "extremely regrettable" and said the deployment was "purely defensive".

The two countries held their first peace treaty talks in almost four years in Tokyo in February, after Moscow broke off negotiations in March 2022 over Japan's sanctions against Russia.

(Reporting by Pavel Lindgren; Editing by Susan Achterberg)
""",
    ),
    dict(
        key="en-chagos-ratified",
        feed="ashcombe-en", published="2026-10-20T11:40:00Z",
        title="Britain and Mauritius exchange ratification papers on Chagos Islands treaty",
        summary="The treaty transferring sovereignty over the Indian Ocean archipelago to Mauritius entered into "
                "force, with a 99-year lease on the Diego Garcia base.",
        label="off_topic",
        note="Look-alike: another island sovereignty dispute settled by a treaty (Chagos). Nothing about Japan, "
             "Russia or the Kurils.",
        byline="Hannah Pryce", section="World", meta="basic",
        body="""
Britain and Mauritius exchanged instruments of ratification on Tuesday for the treaty handing sovereignty over the Chagos Islands to Mauritius, bringing to an end one of the last disputes over Britain's colonial-era territories.

Under the treaty, Mauritius becomes sovereign over the Indian Ocean archipelago, while Britain retains control of the joint U.K.-U.S. military base on Diego Garcia under a 99-year lease, for which it will pay an average of about 101 million pounds a year.

The exchange took place at a brief ceremony in Port Louis attended by British and Mauritian ministers. "Today we close a painful chapter," the Mauritian prime minister said.

Chagossians, who were forcibly removed from the islands in the 1960s and 1970s to make way for the base, remained divided. Some welcomed the prospect of resettlement on the outer islands; others said they had never been consulted and would continue to challenge the treaty in court.

Critics in Britain's parliament argued that the deal set a precedent for other territorial disputes and that the cost of the lease was too high. The government said the agreement secured the base's future on a sound legal footing after a 2019 advisory opinion of the International Court of Justice went against Britain.
""",
    ),
    dict(
        key="en-wren-suspension-followup",
        feed="wrenfield-en", published="2026-11-18T08:00:00Z",
        title="Is the peace treaty track dead? Five questions after Moscow's freeze",
        summary="Six weeks after Russia suspended the negotiations it had revived in February, neither side has "
                "moved. A guide to what happened and what could come next.",
        label="status_change", group="g-talks-suspended",
        new_facts=["Follow-up on Russia's 6 October 2026 suspension of the peace treaty negotiations resumed in "
                   "February 2026; no new fact"],
        must_mention=[["suspend", "freez", "halt"], ["peace treaty"]],
        note="Follow-up in the group with no new fact: questions and background on the October suspension.",
        byline="Daniel Okafor-Reyes", section="Analysis", meta="basic",
        body="""
<strong>What happened?</strong> On October 6 Russia's foreign ministry said it was suspending the peace treaty negotiations with Japan that had resumed in Tokyo in February, and called off the round due in Moscow in November. It cited Tokyo's agreement to host a U.S. Typhon missile battery in Hokkaido.

<strong>Is this the same as 2022?</strong> Not quite. In March 2022 Moscow said it did not intend to continue the talks at all while Japan kept its sanctions. This time it has used the word "suspend" and tied the decision to one specific step. That leaves, at least in theory, a way back.

<strong>Has anything changed since?</strong> No. There have been no further statements from either side beyond the initial exchange, no new date and no sign that Tokyo will reconsider the deployment, which it calls purely defensive.

<strong>Who loses most?</strong> The former residents of the islands, whose hopes of grave visits had been pinned on the talks. Japan had raised the visits in February; they now appear further away than ever.

<strong>What next?</strong> Watch the Typhon timetable. If the launchers arrive in Hokkaido next year as planned, a return to the table before then looks improbable. If the deployment slips, Moscow may find it convenient to declare that its concerns have been heard.
""",
    ),
]
