# English-language articles of the blind6 corpus.
EN = [
# ------------------------------------------------------------------ 2024-03-05 restatement
dict(feed="harborsignal-en", published="2024-03-05T07:40:00Z",
 title="Russian envoy says peace treaty talks with Japan 'out of the question' while sanctions stand",
 summary="Russia's ambassador in Tokyo, Nikolai Nozdrev, said there was no basis for resuming peace treaty negotiations as long as Japan keeps its sanctions, and that the status of the southern Kurils is not open to discussion.",
 label="restatement", author="Harbor Signal Tokyo bureau",
 note="New speaker (ambassador Nozdrev) restates S0/S1/S4: peace treaty talks impossible under sanctions, Russian sovereignty 'not open to discussion' (S0, S4); visa-free ban of 2022 unchanged (S0/S1); Hayashi restates Japan's unchanged policy (S2 Kishida). No new measure.",
 body="""TOKYO, March 5 (Harbor Signal) - Russia's ambassador to Japan, Nikolai Nozdrev, said on Tuesday that negotiations on a peace treaty between the two countries remain out of the question for as long as Tokyo maintains sanctions against Moscow, repeating a line the Russian Foreign Ministry has held since March 2022.

"A treaty on peace, friendship and good-neighbourliness cannot be discussed with a government that has chosen a confrontational course," Nozdrev said in an interview with a Russian state television channel recorded at the embassy in Tokyo. "The responsibility for the current state of our relations lies entirely with the Japanese side."

The ambassador said Russia's sovereignty over the southern Kuril Islands - Iturup, Kunashir, Shikotan and the Habomai group, which Japan calls the Northern Territories - was "fixed in international documents and is not a subject for discussion."

He announced no new steps. Asked whether Moscow might reconsider its 2022 decision to end visa-free trips by Japanese citizens to the islands, he said only that "the circumstances that led to that decision have not changed."

Japan's Chief Cabinet Secretary Yoshimasa Hayashi, asked about the interview at his regular news conference, said Tokyo's policy of resolving the territorial issue and concluding a peace treaty "remains unchanged," and that Japan would continue to respond "calmly and firmly."

Russia said in March 2022 that it would not continue peace treaty negotiations, would withdraw from dialogue on joint economic activity on the islands and would end visa-free exchanges, after Japan joined Western sanctions over the war in Ukraine. Deputy Foreign Minister Andrei Rudenko said last month that resuming the talks was "categorically impossible."

The two countries never signed a peace treaty after World War Two. Their 1956 joint declaration ended the state of war and restored diplomatic relations, but the dispute over the four islands has kept a formal treaty out of reach for nearly seven decades."""),

# ------------------------------------------------------------------ 2024-06-18 off_topic
dict(feed="okhotskobs-en", published="2024-06-18T02:15:00Z",
 title="Scientists expect strong sockeye return to Kamchatka's Kuril Lake",
 summary="Fisheries researchers in Kamchatka forecast one of the largest sockeye salmon runs in a decade into Kuril Lake, the main spawning ground for the species in Asia.",
 label="off_topic", section="Fisheries", author="Observer staff",
 note="Look-alike: Kuril Lake is in southern Kamchatka, not on the disputed islands; salmon science and Japanese roe prices only. Nothing about the peace treaty or the Kuril Islands dispute.",
 body="""Fisheries scientists on Russia's Kamchatka Peninsula expect one of the strongest sockeye salmon returns in a decade to Kuril Lake, the largest spawning ground for the species in Asia, according to a forecast published by the regional research institute this week.

Kuril Lake, a caldera lake at the southern tip of Kamchatka inside the South Kamchatka sanctuary, takes its name from the nearby Kuril Strait rather than from the island chain to the south. Every summer, millions of sockeye push up the short Ozernaya River into the lake, where a counting fence lets researchers tally the fish before they reach the spawning beds.

The institute said between 4 and 5 million fish could pass the fence this season, above the long-term average, thanks to favourable ocean conditions in the North Pacific two to three years ago, when this year's adults went to sea as juveniles.

The lake is also known for its brown bears, which gather in large numbers along the shore in August. Tour operators in Petropavlovsk-Kamchatsky said helicopter excursions to the lake were fully booked for the peak weeks.

For buyers in Hokkaido, the forecast matters mostly for prices. Red salmon roe from Kamchatka is still sold in Japan through traders in third countries, and a wholesaler at Kushiro's fish market said a big run "should take a little pressure off" what have been record prices for ikura in recent seasons.

Researchers cautioned that forecasts for the lake have been wrong before. In some years warm water in the river has delayed the run by two weeks, and the final count is not published until October."""),

# ------------------------------------------------------------------ 2024-08-27 restatement (long analysis)
dict(feed="eastline-en", published="2024-08-27T06:00:00Z",
 title="Frozen in place: the Kuril question two and a half years after Moscow walked away",
 summary="Since March 2022 nothing has moved in the Japan-Russia territorial dispute. An anatomy of a stalemate that both capitals seem content to leave alone.",
 label="restatement", section="Analysis", author="Miriam Aldous", readtime=8,
 bio="Miriam Aldous covers Japan and the Russian Far East for Eastline Review.",
 note="Long background analysis; restates S0/S1 (talks halted, visa-free and joint economic dialogue ended), S3 (MFN revoked), S4 (Rudenko: 'categorically impossible'; 1956 declaration), S2 (Kishida steadfast). Analysts' speculation about a future thaw is conditional. No new fact.",
 body="""There is a particular kind of silence that settles over a diplomatic file when both sides have decided that talking would cost more than it could possibly yield. The Japan-Russia territorial dispute has been living in that silence since March 2022, and two and a half years on there is little sign that anyone in Tokyo or Moscow is eager to break it.

The facts of the rupture are well known. Weeks after Russian troops crossed into Ukraine, and days after Japan withdrew Russia's most-favoured-nation trade status, the Russian Foreign Ministry announced that it did not intend to continue negotiations on a peace treaty with a state that "takes openly unfriendly positions." In the same statement Moscow ended visa-free trips by Japanese citizens to the southern Kurils, withdrew from the dialogue on joint economic activity on the islands and blocked Japan's partner status in the Black Sea Economic Cooperation organisation.

Nothing since has been undone. In February this year Deputy Foreign Minister Andrei Rudenko told a Russian news agency that resuming the dialogue was "categorically impossible" and that the precondition for any normalisation was Tokyo's abandonment of what he called its hostile policy. Japanese officials, for their part, repeat with metronomic regularity that the government's policy of resolving the territorial issue and concluding a peace treaty "remains unchanged," as Fumio Kishida put it in 2022.

What makes the stalemate unusual is not its depth but its stability. In earlier freezes - after the Soviet Union tore up its offer of two islands in 1960, or during the long chill of the 1980s - there were always back channels, fishing deals and visits by former islanders that kept a thread of contact alive. Today the visits are gone, and with them the most human argument Tokyo had for keeping the file open.

"Both governments have concluded that the status quo is the least bad option," said Kenji Moriwaki, a lecturer in international relations at a private university in Sapporo. "For Moscow, the islands have become a symbol of not yielding to the West. For Tokyo, any gesture towards Russia would be read in Washington and Kyiv as a crack in G7 unity. Nobody gets rewarded for moving first."

There are, of course, scenarios in which the silence ends. A ceasefire in Ukraine, a loosening of sanctions or a change of leadership in either capital could, analysts say, bring the sides back to the table - if only to discuss the humanitarian visits that the ageing former islanders have requested for years. Moriwaki thinks even that would take "at least a couple of years after the guns stop." Others doubt that Moscow would ever return to the framework of the 1956 joint declaration, which ended the state of war and restored relations, on which the accelerated talks agreed in 2018 were built.

For now, the most telling measure of the freeze is how rarely the islands make news at all. Japan's annual rally for the return of the Northern Territories each February produces the same pledges; Russia's Foreign Ministry answers with the same formula about sovereignty "fixed in international documents." The former islanders, whose average age is now close to 89, hold memorial ceremonies aboard chartered boats within sight of the shore.

A generation of diplomats built careers on this file, trading proposals about "two islands plus alpha," joint development zones and simplified visits. Their successors inherit a folder that nobody opens. Whether that is a pause or an ending is, for the moment, a question neither government wants to answer."""),

# ------------------------------------------------------------------ 2024-09-21 G3 column, fact in 4th paragraph
dict(feed="eastline-en", published="2024-09-21T05:30:00Z",
 title="The graves that outlived a border",
 summary="For eight decades the Japanese cemeteries on the southern Kurils were a thread between the islands and the people expelled from them. A Russian court has just pulled one of those threads.",
 label="new_development", group="g-shikotan-cemetery-court", section="Column", author="Hugh Tennant", readtime=7,
 bio="Hugh Tennant writes the fortnightly 'Borderlands' column for Eastline Review.",
 new_facts=["The Yuzhno-Kurilsk district court on 11 September 2024 recognised the land of a pre-1945 Japanese cemetery in Malokurilskoye (Shikotan) as ownerless and transferred it to municipal ownership; Japan protested"],
 note="Same development as the Russian first report (11 Sept court ruling on the Shikotan cemetery plot). Column: the lead is commentary and memory; the new fact appears only in the fourth paragraph. Part of the group; attach to the first alert.",
 body="""Cemeteries are stubborn things. Borders move, governments fall, whole populations are put on ships and sent elsewhere, and yet the stones stay where they were set, facing the same stretch of sea. On the southern Kurils, the handful of Japanese graveyards that survived the Soviet decades have been, for the families of the roughly 17,000 people who left the islands after 1945, the last physical proof that their parents and grandparents once lived there.

For thirty years those graves were also a kind of diplomatic instrument. From the 1960s the Soviet Union, and later Russia, allowed former residents to visit family graves, and after 1999 a simplified procedure let them travel without visas. Each summer the visits produced the same photographs: elderly men and women in white gloves pulling weeds from half-buried stones, a priest reading sutras, a Russian official standing politely to one side. Whatever happened in the negotiations, the graves were tended.

That ended in March 2022, when Moscow, in response to Japan's sanctions, terminated the visa-free arrangements together with the peace treaty talks themselves. Since then the graves have been left to the Kuril weather and to local goodwill. "We know that some Russian residents have been looking after them," a former resident of Shikotan told me last year in Nemuro. "We are grateful. But it is not the same as being there."

This month, the question of who looks after the graves acquired a legal answer. On 11 September, the district court in Yuzhno-Kurilsk granted an application by the local municipal administration and recognised a plot of about 0.6 hectares in the village of Malokurilskoye on Shikotan - the site of the Japanese cemetery of what was once Shakotan village - as ownerless property, transferring it to municipal ownership. The administration says it intends to fence and landscape the site and that "nobody is going to touch the burials." Tokyo lodged a protest through diplomatic channels the following day, calling the ruling incompatible with Japan's legal position on the islands.

It is tempting to read the decision purely as a move in the sovereignty game, and there is certainly an element of that: registering land under Russian property law is, after all, an assertion that Russian law applies. But the local logic is more mundane. Malokurilskoye is growing, new apartment blocks have gone up close to the old cemetery, and an unregistered plot in the middle of a village is a bureaucratic anomaly that sooner or later someone wants to resolve.

The difficulty is that what looks like housekeeping from Yuzhno-Kurilsk looks like erasure from Nemuro. For families who cannot visit, a court ruling that the graves have "no owner" lands with particular cruelty. The phrase is a term of art in Russian civil law, meaning that nobody registered a claim within a year; it does not mean nobody cares.

Whether the ruling becomes a template - there are other Japanese cemeteries on Kunashir and at Krabozavodskoye on Shikotan - remains to be seen. The municipal administration says their status will be considered "case by case." The more useful question may be whether anyone in either capital still has a channel through which such cases could be discussed before they reach a courtroom. For now, the answer appears to be no."""),

# ------------------------------------------------------------------ 2024-11-26 restatement conditional
dict(feed="harborsignal-en", published="2024-11-26T04:05:00Z",
 title="Japan would return to peace treaty talks 'at any time' if Russia changes course, Iwaya says",
 summary="Foreign Minister Takeshi Iwaya told lawmakers that Japan remains ready to resume negotiations with Russia on a peace treaty, but that the current impasse is Moscow's responsibility.",
 label="restatement", author="Harbor Signal Tokyo bureau",
 note="Conditional/hoped-for move ('would return if', 'ready at any time'): no talks scheduled. Restates S2 (Japan's unchanged policy), S0/S4 (talks halted by Russia), S0/S1 (visits ended, Japan's request to resume).",
 body="""TOKYO, Nov 26 (Harbor Signal) - Japan is prepared to resume negotiations with Russia on a peace treaty "at any time" if Moscow shows a willingness to engage seriously, Foreign Minister Takeshi Iwaya told a parliamentary committee on Tuesday, while stressing that the current freeze was of Russia's making.

"Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Iwaya said in response to a question from an opposition lawmaker from Hokkaido. "If the Russian side were ready to return to the table, Japan would be ready as well. But Japan-Russia relations are in a severe situation because of Russia's aggression against Ukraine, and the responsibility lies entirely with Russia."

Iwaya said Tokyo had repeatedly asked Moscow to allow former residents of the islands to resume visits to family graves, which he described as a humanitarian matter and the government's top priority in relations with Russia. He said the Russian side had not responded positively.

He gave no indication that contacts on the issue were planned, and Russian officials have said there are no grounds for resuming the dialogue while Japan maintains sanctions.

Russia announced in March 2022 that it would not continue peace treaty talks and ended visa-free exchanges with the islands, citing Japan's sanctions over Ukraine. In February this year Deputy Foreign Minister Andrei Rudenko said a resumption was "categorically impossible."

The lawmaker, who represents a district including the port city of Nemuro, urged the government to "use every channel" to secure grave visits before the remaining former islanders, whose average age is close to 89, can no longer travel."""),

# ------------------------------------------------------------------ 2025-02-07 restatement (anniversary rally)
dict(feed="northcorr-en", published="2025-02-07T08:30:00Z",
 title="Ishiba vows to keep pressing for Northern Territories at annual Tokyo rally",
 summary="At the national rally marking Northern Territories Day, Prime Minister Shigeru Ishiba said Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia would not change.",
 label="restatement", author="Ayumi Kearney",
 comments=[("seastack", "Same speech every year. The islanders deserve more than a rally."),
           ("K. Hoshino", "My grandmother was born on Shikotan. She is 94 and still asks when she can go.")],
 note="Annual occasion piece (7 February rally). New speaker (Ishiba) restates S2 (Kishida: policy steadfast); request to resume grave visits is a wish (visits ended, S0/S1). No new fact.",
 body="""Prime Minister Shigeru Ishiba told the annual national rally for the return of the Northern Territories in Tokyo on Friday that Japan would "firmly maintain" its policy of resolving the territorial issue with Russia and concluding a peace treaty, despite what he called a "severe" state of relations.

The rally, held every year on 7 February - the date in 1855 when Japan and Russia signed the Treaty of Shimoda that first drew a border north of Iturup - drew about 1,000 former residents, local officials and activists to a hall in central Tokyo.

"Japan-Russia relations are in a difficult situation because of Russia's aggression against Ukraine," Ishiba said. "But our policy of resolving the territorial issue and concluding a peace treaty remains unchanged." He added that the resumption of exchanges, above all visits by former islanders to family graves, was "one of the highest priorities" in relations with Russia and that Tokyo would "strongly urge" Moscow to allow them.

Hokkaido Governor Naomichi Suzuki said the region's fishing communities were "living with the consequences of a dispute they did not create" and asked the government to strengthen support for Nemuro and neighbouring towns.

A former resident of Iturup, now 91, told the rally she had not been able to visit her parents' graves since 2019. "I do not know how many summers I have left," she said.

Russia said in March 2022 that it was halting peace treaty talks and ending visa-free trips to the islands in response to Japan's sanctions. Moscow has since maintained that the negotiations cannot resume while Tokyo pursues what it calls an unfriendly policy, and that Russia's sovereignty over the islands is not in question.

The rally adopted a resolution calling for the "early return of the four northern islands" - wording unchanged from recent years."""),

# ------------------------------------------------------------------ 2025-04-15 restatement (annual report)
dict(feed="northcorr-en", published="2025-04-15T06:45:00Z",
 title="Japan's diplomatic bluebook repeats sovereignty claim over Russian-held islands",
 summary="The 2025 Diplomatic Bluebook describes the four islands off Hokkaido as territory over which Japan has sovereignty and says Tokyo's aim of concluding a peace treaty is unchanged.",
 label="restatement", author="Ayumi Kearney",
 comments=[("northwind", "Nothing new in it, as usual.")],
 note="Annual report restating Japan's known position (S2: policy unchanged) and the 2022 Russian measures (S0/S1). No new decision.",
 body="""Japan's annual Diplomatic Bluebook, presented to the cabinet by Foreign Minister Takeshi Iwaya on Tuesday, again describes the four Russian-held islands off Hokkaido as "islands over which Japan has sovereignty" and an "inherent part of the territory of Japan," keeping the wording used in recent editions.

The section on Russia says relations remain in a "severe situation" because of the war in Ukraine, and repeats that Japan's policy of resolving the territorial issue and concluding a peace treaty "remains unchanged."

It notes that Russia announced in March 2022 that it would not continue peace treaty negotiations and that it ended visa-free exchanges and simplified visits by former residents, which the bluebook calls "extremely unjust and absolutely unacceptable." It says Tokyo will continue to seek the resumption of the programmes, beginning with grave visits.

The bluebook, a document of several hundred pages that reviews Japan's foreign policy over the previous year, does not announce new measures. Its language on Russia has changed little since 2023.

Russia's embassy in Tokyo did not comment. Moscow has said Russia's sovereignty over what it calls the southern Kuril Islands is enshrined in international documents and cannot be called into question.

The bluebook's China and Korea chapters, which also cover territorial disputes over the Senkaku Islands and Takeshima, were similarly unchanged, officials said."""),

# ------------------------------------------------------------------ 2025-04-23 off_topic (Senkaku)
dict(feed="okhotskobs-en", published="2025-04-23T09:20:00Z",
 title="Chinese coast guard ships spend record stretch near disputed Senkaku Islands",
 summary="Japan's coast guard said Chinese government vessels had been in the contiguous zone around the Senkaku Islands for a record number of consecutive days.",
 label="off_topic", section="Security", author="Observer staff",
 note="Look-alike: another island dispute (Senkaku, Japan-China), no link to the Kurils or the Russia-Japan peace treaty.",
 body="""Chinese coast guard vessels have remained in waters just outside Japan's territorial sea around the Senkaku Islands in the East China Sea for a record number of consecutive days, Japan's coast guard said on Wednesday.

Four Chinese ships were spotted in the contiguous zone around the uninhabited islands, which China claims and calls the Diaoyu, for the 200th consecutive day, the 11th Regional Coast Guard Headquarters in Naha said. One of the vessels appeared to be armed with a cannon, it said.

Japan's Chief Cabinet Secretary said Tokyo had lodged a protest through diplomatic channels and would "respond calmly and resolutely" to protect the islands, which Japan administers. Beijing says the islands are Chinese territory and that its patrols are lawful.

The Senkakus have been a persistent irritant in relations between Asia's two largest economies since Japan bought three of the islands from a private owner in 2012. Intrusions by Chinese vessels into the 12-nautical-mile territorial sea, as opposed to the contiguous zone, occur several times a month, often when Japanese fishing boats are nearby.

Security analysts in Tokyo say the growing size and armament of China's coast guard fleet has stretched Japan's own coast guard, which is adding large patrol vessels and has shifted resources south from Hokkaido in recent years.

The coast guard said it had no plans to change its posture around the islands."""),

# ------------------------------------------------------------------ 2025-05-29 G4 kombu cancelled (en)
dict(feed="harborsignal-en", published="2025-05-29T03:30:00Z",
 title="Russia refuses kelp deal, keeping Nemuro boats ashore for first time since 1981",
 summary="Russia's fisheries agency has declined to sign this year's agreement allowing Japanese fishermen to harvest kombu kelp around Kaigara island in the Habomai group, cancelling a season that has gone ahead every year since 1981.",
 label="new_development", group="g-kaigara-kombu-2025-cancel", author="Harbor Signal Tokyo bureau", section="Asia-Pacific",
 new_facts=["Russia declined to conclude the 2025 Kaigara (Signalny) island kombu kelp agreement with the Hokkaido Fisheries Association; the June harvest will not take place, for the first time since 1981"],
 note="Same development as the first (Japanese) report of 27 May: Russia refused the 2025 kelp agreement. English report of the group; attach.",
 body="""TOKYO, May 29 (Harbor Signal) - Russia has refused to sign this year's agreement that lets Japanese fishermen harvest kombu kelp in waters around Kaigara island, a rock in the Russian-held Habomai group just off Hokkaido, meaning the season will not open on June 1 for the first time since the arrangement began in 1981.

The Hokkaido Fisheries Association, which negotiates the private deal each spring, said Russia's Federal Agency for Fisheries had informed it in writing that it would not conclude an agreement for 2025 "in view of the current state of Russian-Japanese relations." No further explanation was given.

About 250 small boats from Nemuro, most of them family operations belonging to the Habomai fisheries cooperative, normally take part in the harvest between June and September. Under the deal, the Japanese side pays the Russian side a harvesting fee and provides equipment in return for permission to work in the waters around the island, known in Russia as Signalny.

"For many households here kombu is half the year's income," a cooperative official said. "We have been through every kind of political weather and the boats always went out. This is a shock."

Chief Cabinet Secretary Yoshimasa Hayashi called the decision "extremely regrettable" and said the government would urge Russia to allow operations to begin as early as possible, while considering support for the affected fishermen.

The kelp arrangement, along with a separate intergovernmental framework for Japanese fishing near the islands, had survived the collapse of political contacts in 2022, when Moscow halted peace treaty talks and ended visa-free exchanges over Tokyo's sanctions. Fishing deals were widely seen as the last working channel between the two sides on the disputed islands.

Russia's fisheries agency did not respond to a request for comment."""),

# ------------------------------------------------------------------ 2025-06-12 G1 navwarn Iturup (en)
dict(feed="okhotskobs-en", published="2025-06-12T02:10:00Z",
 title="Russia announces missile firings east of Iturup; Tokyo protests",
 summary="Russia's Pacific Fleet has closed an area of the Pacific east of Iturup for missile firings from June 17 to 20. Japan said it had protested.",
 label="new_development", group="g-navwarn-iturup-jun2025", section="Security", author="Observer staff",
 new_facts=["Russian navigation warning closes an area east of Iturup for missile firings on 17-20 June 2025; Japan protested"],
 note="Same development as the Russian first report (11 June): navigation warning for missile firings east of Iturup, 17-20 June 2025. English report; attach.",
 body="""Russia's Pacific Fleet has issued a navigation warning closing an area of the Pacific Ocean east of Iturup for missile firings between June 17 and June 20, according to notices relayed by Japan's coast guard. Tokyo said it had lodged a protest.

The warning covers a rectangle of sea roughly 40 to 70 nautical miles east of Iturup, the largest of the four Russian-held islands that Japan calls the Northern Territories and refers to as Etorofu. Vessels are advised to stay out of the area between 6 a.m. and 8 p.m. local time on each of the four days. The notice did not say which ships or missile systems would take part.

Japan's Foreign Ministry said it had protested through diplomatic channels on Wednesday, calling the planned firings "a strengthening of Russia's military presence on the four northern islands" that was "incompatible with Japan's position" and "unacceptable."

Fishermen in Nemuro and Rausu said the area lay outside their usual grounds at this time of year, but a spokesman for a Kushiro-based offshore fishing association said boats heading east for the summer saury season would be told to avoid it.

Russia has expanded its military infrastructure on Iturup and Kunashir over the past decade, and Moscow says its activities on what it calls the southern Kuril Islands are an internal matter. Peace treaty talks have been frozen since March 2022."""),

# ------------------------------------------------------------------ 2025-07-16 restatement (requested)
dict(feed="harborsignal-en", published="2025-07-16T05:50:00Z",
 title="Tokyo presses Moscow to let Nemuro kelp boats return; no sign of a deal",
 summary="Japan has again asked Russia to allow the Kaigara island kombu harvest to go ahead this summer, but officials say there is no prospect of an agreement.",
 label="restatement", author="Harbor Signal Tokyo bureau",
 note="Request ('urged Moscow to allow') and negated prospect; restates the May cancellation of the 2025 kelp season (group g-kaigara-kombu-2025-cancel, known since 27 May). No new fact.",
 body="""TOKYO, July 16 (Harbor Signal) - Japan has again urged Russia to allow Japanese fishermen to harvest kombu kelp around Kaigara island this summer, but officials acknowledged on Wednesday that there was no sign Moscow would change its mind before the season ends.

Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo had "strongly requested" through diplomatic channels that the Russian side agree to operations, which are normally conducted from June to September under a private agreement between the Hokkaido Fisheries Association and Russia's fisheries agency.

"At this point there is no prospect of the operations starting," Hayashi said. "We will continue to make every effort."

Russia told the association in May that it would not conclude an agreement this year, citing the state of bilateral relations. It was the first time the harvest had not gone ahead since the arrangement began in 1981.

Hokkaido Governor Naomichi Suzuki met fisheries officials in Tokyo on Tuesday to ask for financial support for about 250 affected boats from Nemuro. The government said it was considering measures.

Fisheries cooperative officials in Nemuro said they had not given up hope of a late start in August, when the kelp is at its best, but that each week without news made it less likely."""),

# ------------------------------------------------------------------ 2025-09-17 off_topic (Japan-North Korea)
dict(feed="eastline-en", published="2025-09-17T07:00:00Z",
 title="Tokyo's quiet channel to Pyongyang: is normalisation back on the table?",
 summary="Twenty-three years after the Pyongyang Declaration, Japan is again sounding out North Korea about talks. The abduction issue still stands in the way.",
 label="off_topic", section="Analysis", author="Daniel Ozaki", readtime=4,
 note="Look-alike: Japan-North Korea normalisation (Pyongyang Declaration, abductions); no link to Russia or the Kurils.",
 body="""In September 2002, Junichiro Koizumi flew to Pyongyang, signed a declaration with Kim Jong Il committing both countries to normalise relations, and came home with the admission that North Korean agents had abducted Japanese citizens. The declaration promised economic cooperation after normalisation, in lieu of reparations. It has never been implemented.

Now, according to diplomats in Tokyo and Seoul, Japanese officials have quietly resumed contacts with North Korean counterparts in third countries, exploring whether a leaders' meeting might be possible. Neither government has confirmed the talks.

The obstacles are the same as ever. Tokyo insists that the return of all abductees is a precondition for normalisation; Pyongyang says the issue was "resolved" long ago. Japan also wants progress on missiles and nuclear weapons, which North Korea regards as non-negotiable.

"There is a generation of abductees' families who are dying without answers," said a former Japanese negotiator. "That creates pressure to try, even when the odds are terrible."

Critics warn that any engagement risks breaking ranks with Washington and Seoul. Supporters argue that Japan, with no formal relations with the North and no peace arrangement of any kind, has more to gain than most from even a thin channel. For now, there is no date, no venue and no agenda - only the old declaration, gathering dust."""),

# ------------------------------------------------------------------ 2025-11-07 G2 navwarn Kunashir (en)
dict(feed="northcorr-en", published="2025-11-07T04:20:00Z",
 title="Russia issues new firing notice near disputed islands, this time off Kunashir",
 summary="A Russian navigation warning closes an area of the Sea of Okhotsk north-west of Kunashir for artillery and missile firings from 12 to 15 November. Japan protested.",
 label="new_development", group="g-navwarn-kunashir-nov2025", author="Ayumi Kearney",
 comments=[("rausu_boats", "That area is right where the pollock boats go in November.")],
 new_facts=["Russian navigation warning closes an area of the Sea of Okhotsk north-west of Kunashir for artillery and missile firings on 12-15 November 2025; Japan protested"],
 note="Second notice of the same kind, a separate development: different area (Sea of Okhotsk NW of Kunashir) and dates (12-15 Nov 2025) from the June Iturup notice. Same development as the Japanese first report of 6 Nov; attach.",
 body="""Russia has announced artillery and missile firings in the Sea of Okhotsk north-west of Kunashir, the Russian-held island closest to Hokkaido's Shiretoko Peninsula, from 12 to 15 November, according to a navigation warning relayed by Japan's coast guard on Thursday.

It is the second such notice near the disputed islands this year. In June, the Pacific Fleet closed an area of the Pacific east of Iturup, some 150 kilometres to the north-east, for four days of missile firings.

The new warning covers waters roughly 20 to 45 nautical miles north-west of Kunashir, on the Okhotsk side of the island, between 7 a.m. and 7 p.m. local time. The nearest edge of the zone lies about 30 nautical miles from the fishing port of Rausu.

Japan's Foreign Ministry said it had protested through diplomatic channels, describing the firings as "incompatible with Japan's position on the Northern Territories and unacceptable." Tokyo calls Kunashir by its Japanese name, Kunashiri.

Fishermen in Rausu, who work the Nemuro Strait and the waters north of it for walleye pollock in late autumn, said they had been advised to keep clear. "We will lose a few days, not the season," said one skipper. "But every year it seems they want more of the sea."

Russia's Defence Ministry has not commented on the exercise. Moscow regards the islands, which it calls the southern Kurils, as Russian territory and says military activity there is its sovereign affair.

Peace treaty negotiations have been suspended since March 2022."""),

# ------------------------------------------------------------------ 2026-01-20 restatement (conditional rule)
dict(feed="okhotskobs-en", published="2026-01-20T03:00:00Z",
 title="Nemuro fishermen brace for tighter Russian border rules, though none has been issued",
 summary="A Russian border official said stricter notification rules for foreign fishing vessels near the southern Kurils 'may be considered'. No regulation has been published.",
 label="restatement", section="Fisheries", author="Observer staff",
 note="Conditional/speculative: a rule that 'may be considered', none issued. Background restates the 2025 kelp cancellation (known) and S0 (talks halted). No new fact.",
 body="""Fishing cooperatives in Nemuro say they are preparing for the possibility that Russia's border service could tighten the rules for Japanese boats working near the Russian-held islands, after an official in Sakhalin suggested that stricter notification requirements "may be considered."

The official, from the Border Directorate of Russia's Federal Security Service for the Sakhalin region, told a Russian regional newspaper last week that the directorate was "analysing" how foreign vessels report their positions and catches and that changes "cannot be ruled out." He gave no details and no timetable.

No draft regulation has been published, and the Japanese Fisheries Agency said it had received no notification from the Russian side.

Still, the remarks have caused unease in Nemuro, where memories of last summer's cancelled kombu kelp season around Kaigara island are fresh. "When they say 'may be considered,' we have learned to start worrying," said a board member of the Habomai fisheries cooperative.

Japanese boats fishing near the islands currently operate under agreements that require them to carry permits and report to Russian border guards at set points. Fishermen fear that new requirements, such as Russian-made tracking devices or advance notice of each trip, would make small-boat operations uneconomical.

Japan's government declined to comment on what it called "hypothetical" changes. Relations between the two countries have been frozen since Russia halted peace treaty talks in 2022."""),

# ------------------------------------------------------------------ 2026-03-10 G7 airspace (en)
dict(feed="harborsignal-en", published="2026-03-10T09:10:00Z",
 title="Japan says Russian helicopter violated airspace off Nemuro; jets scrambled",
 summary="A Russian Mi-8 helicopter that came from the direction of the Habomai islands entered Japanese airspace off Cape Nosappu for about two minutes, Japan's Defence Ministry said. Tokyo protested.",
 label="new_development", group="g-nosappu-airspace-2026", author="Harbor Signal Tokyo bureau",
 new_facts=["Japan says a Russian Mi-8 helicopter from the Habomai islands violated Japanese airspace off Cape Nosappu (Nemuro) for about two minutes on 9 March 2026; ASDF scrambled, Tokyo protested"],
 note="Same development as the Japanese first report (9-10 March): airspace violation off Nosappu by a helicopter from the islands. English report; attach.",
 body="""TOKYO, March 10 (Harbor Signal) - A Russian military helicopter violated Japanese airspace off Cape Nosappu on the eastern tip of Hokkaido on Monday, Japan's Defence Ministry said, prompting the air force to scramble fighter jets and the government to lodge a formal protest.

The Mi-8 helicopter, which Japan believes belongs to the border service of Russia's Federal Security Service, flew in from the direction of the Russian-held Habomai islands at about 10:40 a.m. and was inside Japanese airspace south-east of the cape, near the city of Nemuro, for about two minutes before turning back, the ministry's Joint Staff said.

F-15 fighters of the Air Self-Defense Force were scrambled from Chitose. The helicopter did not respond to radio warnings, the ministry said.

"This is an extremely regrettable violation of our airspace," a Foreign Ministry spokesperson said, adding that Tokyo had protested to the Russian embassy and demanded measures to prevent a recurrence.

Japan regularly scrambles jets against Russian aircraft flying near its territory, but violations of its airspace are rare, and one originating from the islands off Nemuro - which Japan calls the Northern Territories and Russia the southern Kurils - is unusual. The distance between Cape Nosappu and the nearest Russian-held island, Kaigara, is less than four kilometres.

Russia has not commented. Relations have been frozen since Moscow halted peace treaty negotiations in 2022 over Japan's sanctions."""),

# ------------------------------------------------------------------ 2026-05-30 G5 weekly review, fact in 4th paragraph
dict(feed="eastline-en", published="2026-05-30T06:00:00Z",
 title="Eastline Weekly: Hokkaido's fishing towns and the limits of quiet diplomacy",
 summary="A week of small signals on Japan's northern edge: seaweed, sanctions and a season that Moscow says will not set a precedent.",
 label="status_change", group="g-kaigara-kombu-2026-oneseason", section="The Weekly", author="Eastline editors", readtime=6,
 new_facts=["Russia agreed on 21 May 2026 to let Japanese boats harvest kombu around Kaigara island for the 2026 season only, as an exception; the standing annual arrangement is not restored"],
 note="status_change, neither state: old - 2025 Kaigara kombu season cancelled by Russia (group g-kaigara-kombu-2025-cancel); new - harvest allowed for 2026 only, 'exceptional measure', future seasons undecided. Weekly review: lead is commentary, the fact is in the fourth paragraph. Same development as the Japanese first report of 22 May; attach.",
 body="""Diplomats like to say that the most important work happens out of sight. On Japan's northern edge, where the frozen relationship with Russia meets the daily lives of fishermen, the work has become so quiet that it is sometimes hard to know whether it is happening at all. This week offered a reminder that it is - and of how little it can deliver.

Start with the wider picture. Tokyo's sanctions on Russia remain in place, and the government in Tokyo has shown no appetite for easing them; Russian officials continue to say that dialogue on a peace treaty is impossible while Japan pursues what they call a hostile course. Japanese utilities keep buying liquefied natural gas from Sakhalin, and Japanese trading houses keep their stakes in the Sakhalin projects, but nobody in either capital describes that as a political opening.

"There is no thaw," said Yuri Kazantsev, a researcher on Japan-Russia relations who has advised Russian regional authorities. "What you see are technical decisions in narrow areas where both sides lose something if nothing happens. Fisheries are the clearest example."

Which brings us to seaweed. On May 21, Russia's fisheries agency and the Hokkaido Fisheries Association signed terms allowing Japanese boats from Nemuro to harvest kombu kelp in the waters around Kaigara island, in the Russian-held Habomai group, from June 1. Last year Moscow refused to sign at all, and the harvest did not take place for the first time since 1981. But the Russian side was careful to describe this year's agreement as an "exceptional measure for the 2026 season only," with any future seasons to be "decided separately." The harvesting fee paid by the Japanese side rises by about a fifth.

For the roughly 250 boats of the Habomai cooperative, that is the difference between a season and no season, and relief in Nemuro was palpable. For the diplomats, it is a more ambiguous signal. A one-season permission is not a restored arrangement; it is a reminder that Russia can open and close the tap at will, and that it intends to keep doing so.

Elsewhere on the northern edge, the week was quieter. Hokkaido's prefectural assembly debated support for ports that have lost Russian cargo. A group of former islanders held their annual general meeting in Sapporo and again asked the government to press for grave visits, which remain suspended. And in Nemuro, the Kuril cherry trees at Seiryuji temple finished flowering, a week later than usual.

What to watch: whether Moscow attaches conditions to the 2027 season, and whether Tokyo, which welcomed the agreement "as a matter concerning the livelihoods of local fishermen," resists the temptation to read it as anything more. Japanese officials were at pains this week to say that the government's position on the islands is unchanged and that the decision had no bearing on sanctions. Russian commentators, for their part, framed it as a goodwill gesture to Hokkaido's fishermen rather than to the government in Tokyo - a distinction Moscow has drawn before.

Next week: the defence white paper season begins, and we look at what Tokyo's planners now say about the Sea of Okhotsk."""),

# ------------------------------------------------------------------ 2026-06-16 off_topic (LNG)
dict(feed="harborsignal-en", published="2026-06-16T06:25:00Z",
 title="Japanese buyers extend Sakhalin-2 LNG contracts as sanctions waiver is renewed",
 summary="Two Japanese utilities have agreed to keep buying liquefied natural gas from Russia's Sakhalin-2 project, after Washington renewed a licence covering the project's transactions.",
 label="off_topic", section="Energy", author="Harbor Signal energy desk",
 note="Unrelated Japan-Russia news (energy business); no peace treaty or islands content.",
 body="""TOKYO, June 16 (Harbor Signal) - Two Japanese utilities have extended contracts to buy liquefied natural gas from Russia's Sakhalin-2 project, people familiar with the matter said on Tuesday, after the United States renewed a licence allowing transactions with the project to continue.

The extensions, covering several hundred thousand tonnes a year for periods of up to three years, keep Sakhalin-2 among Japan's important LNG suppliers. Russian gas accounts for roughly 9 percent of Japan's LNG imports, most of it from the project off the north-east coast of Sakhalin island.

Tokyo has argued that Sakhalin-2, in which trading houses Mitsui and Mitsubishi hold stakes, is vital to its energy security because of its proximity - shipments reach Japanese terminals in about three days - and its flexibility in winter.

Industry ministry officials declined to comment on individual contracts but said the government's policy was to reduce dependence on Russian energy "over the medium to long term" while maintaining stable supplies.

Shares in the utilities were little changed. Analysts said the extensions had been widely expected after the licence renewal."""),

# ------------------------------------------------------------------ 2026-07-21 off_topic (Tu-95 around Japan)
dict(feed="okhotskobs-en", published="2026-07-21T08:40:00Z",
 title="Russian bombers fly long-range mission around Japan; ASDF scrambles",
 summary="Two Russian Tu-95 strategic bombers flew over the Sea of Japan and the Pacific off Japan's coast, prompting fighter scrambles. No airspace violation was reported.",
 label="off_topic", section="Security", author="Observer staff",
 note="Look-alike for the airspace development: Russian bombers' routine long-range flight around Japan, no violation, nothing to do with the islands.",
 body="""Two Russian Tu-95 strategic bombers flew a long-range route over the Sea of Japan, through the Tsushima Strait and along the Pacific coast of Japan on Monday, Japan's Defence Ministry said, prompting the Air Self-Defense Force to scramble fighters.

The bombers, escorted for part of the route by Su-30 fighters, did not enter Japanese airspace, the ministry's Joint Staff said. They returned north over the Sea of Japan after about eight hours.

Russia's Defence Ministry said the flight was a "planned patrol over neutral waters" conducted in accordance with international law.

Such flights occur several times a year and have sometimes been conducted jointly with Chinese bombers, a pattern that Tokyo has described as a "serious concern" for its security.

The ASDF scrambled jets about 650 times in the last fiscal year, with roughly a quarter of the scrambles directed at Russian aircraft, according to ministry data. Most Russian flights approach from the north, over the Sea of Okhotsk and along the coast of Hokkaido.

The ministry published photographs and a map of the flight path but said it would not speculate on the purpose of the mission."""),

# ------------------------------------------------------------------ 2026-09-03 G6 1956 declaration (en)
dict(feed="northcorr-en", published="2026-09-03T13:30:00Z",
 title="Russia says it is no longer bound by 1956 pledge to hand two islands to Japan",
 summary="Moscow declared that it no longer considers itself bound by the clause of the 1956 Soviet-Japanese Joint Declaration that provided for the transfer of Shikotan and the Habomai islands after a peace treaty.",
 label="status_change", group="g-1956-art9-repudiated", author="Ayumi Kearney",
 comments=[("hakodate_h", "So the only document both sides ever ratified is now half dead."),
           ("Petr K.", "It was dead in practice since 2022. Now it is on paper.")],
 new_facts=["Russian Foreign Ministry declared on 3 September 2026 that Russia no longer considers itself bound by Article 9 of the 1956 Joint Declaration (transfer of Shikotan and Habomai after a peace treaty)"],
 note="status_change (worse): old - the 1956 Joint Declaration in force between the two states (S4, the basis of post-war relations, on which Russia had not disowned the transfer clause); new - Russia declares Art. 9 (transfer of Shikotan and Habomai) no longer binding on it. Same development as the Russian first report the same morning; attach.",
 body="""Russia said on Thursday that it no longer considers itself bound by the provision of the 1956 Soviet-Japanese Joint Declaration under which Moscow agreed to hand over Shikotan and the Habomai islands to Japan once a peace treaty was signed.

In a statement posted on its website, the Russian Foreign Ministry said that "in conditions of the openly hostile course of Tokyo" and the "build-up of the military presence of the United States and its allies near Russia's Far Eastern borders," the obligations in Article 9 of the declaration "have lost their basis." Russia, it said, "does not consider itself bound" by that article.

The ministry said the rest of the declaration - which ended the state of war between the Soviet Union and Japan and restored diplomatic relations - remained in force.

The 1956 declaration, ratified by the parliaments of both countries, has been the only legally binding document in which Moscow ever promised to transfer any of the four islands claimed by Japan. In 2018 the leaders of the two countries agreed to accelerate peace treaty talks on the basis of it.

Japan's Chief Cabinet Secretary said the statement was "totally unacceptable" and that Tokyo had lodged a strong protest. "A unilateral statement cannot alter obligations under an international agreement," he said.

Russia halted the peace treaty negotiations in March 2022 in response to Japan's sanctions over the war in Ukraine, but had not until now formally disowned the transfer clause.

Analysts said the move formalised what had been Moscow's de facto position for years. "It removes the last legal foothold of the 'two islands first' approach," said a researcher at a Tokyo think tank."""),

# ------------------------------------------------------------------ 2026-11-18 restatement (questioned)
dict(feed="northcorr-en", published="2026-11-18T05:15:00Z",
 title="Could visa-free trips to the Kurils ever return? Former islanders are running out of time",
 summary="With no talks and no signal from Moscow, the families of people expelled from the islands after 1945 wonder whether they will ever be allowed back.",
 label="restatement", author="Ayumi Kearney",
 comments=[("m.sato", "Thank you for writing about my grandfather's generation.")],
 note="Questioned, not happened ('could ... return?'); restates S0/S1 (visa-free trips ended), S4 (talks impossible) and the September 1956-declaration statement as background (known, group g-1956-art9-repudiated). No new fact.",
 body="""Could Japanese citizens ever again travel without visas to the islands off Hokkaido that Russia has held since 1945? For the families who were expelled from them, the question has become a race against the calendar.

The visa-free exchange programme, started in 1992, allowed more than 20,000 Japanese - former residents, their descendants, officials and researchers - to visit Kunashir, Iturup and Shikotan. Russia ended it in March 2022, along with simplified visits by former islanders, in response to Japan's sanctions over Ukraine.

Since then, Moscow has given no indication that it is prepared to reconsider. Russian diplomats say that any resumption would require Japan to abandon what they call its hostile policy, and in September the Foreign Ministry went further, declaring that Russia no longer considers itself bound by the 1956 pledge to hand over Shikotan and the Habomai islands.

"Honestly, I do not expect the programme to come back in my lifetime," said a 72-year-old woman in Nemuro whose mother was born on Shikotan. "But I keep my passport valid, just in case."

Japanese officials say they raise the issue at every opportunity. Experts are divided on whether a settlement of the war in Ukraine would change Moscow's calculation. "If it came back at all, it would probably come back in small pieces - a single grave visit here, a research trip there," said a Sapporo-based historian.

For now, none of those pieces is on the table. The average age of the surviving former islanders is over 89."""),

# ------------------------------------------------------------------ 2027-03-09 neutral (museum)
dict(feed="okhotskobs-en", published="2027-03-09T04:00:00Z",
 title="Nemuro's Northern Territories information centre reopens after renovation",
 summary="The renovated centre at Cape Nosappu adds a digital archive of former islanders' testimonies and a viewing deck facing the Habomai islands.",
 label="neutral", section="Community", author="Observer staff",
 note="Borderline: local Japanese facility about the dispute (domestic awareness activity); not a development between the states. Not scored.",
 body="""The Northern Territories information centre at Cape Nosappu, the easternmost point of Hokkaido's main island, reopened on Sunday after a year-long renovation that added a digital archive of testimonies by former residents of the Russian-held islands.

The centre, run by the city of Nemuro with national funding, sits less than four kilometres from Kaigara island, the nearest of the Habomai islands, which can be seen from its new rooftop viewing deck on clear days.

The archive contains video interviews with more than 300 former islanders, maps of prewar villages and family photographs donated by residents. Visitors can search by island and village and listen to recollections of daily life before 1945.

"The people who lived on the islands are leaving us," said the centre's director. "We want their voices to remain here, facing the islands, for as long as the issue is unresolved."

About 40,000 people visited the centre annually before the renovation, many of them school groups from around Japan on study trips. The city hopes the new exhibits will attract more overseas visitors.

The reopening ceremony was attended by the mayor of Nemuro, Hokkaido officials and about 20 former islanders."""),

# ------------------------------------------------------------------ 2027-04-14 off_topic (Falklands)
dict(feed="eastline-en", published="2027-04-14T06:30:00Z",
 title="Forty-five years on, the Falklands dispute settles into a cold routine",
 summary="Argentina and Britain mark another anniversary of the 1982 war with familiar statements. The islanders, meanwhile, have other worries.",
 label="off_topic", section="Analysis", author="Laura Pérez-Whitley", readtime=4,
 note="Look-alike: another island dispute (Falklands/Malvinas); no link to Japan, Russia or the Kurils.",
 body="""Every April, Buenos Aires and London exchange statements about the Falkland Islands that could have been written forty years ago. Argentina reaffirms its "legitimate and imprescriptible sovereignty" over what it calls the Malvinas and calls for negotiations under United Nations resolutions. Britain replies that the islanders' right to self-determination is not up for discussion.

This year, the forty-fifth anniversary of the 1982 war, was no different. Argentina's president laid a wreath in Ushuaia; Britain's foreign secretary issued a statement praising the islanders' "clear choice" in the 2013 referendum, in which 99.8 percent voted to remain a British overseas territory.

For the roughly 3,700 people who live on the islands, the dispute has become a background hum. Their more pressing concerns are the health of the squid fishery that underpins the economy, the cost of flights via Chile and the slow pace of oil exploration in the North Falkland Basin.

"Sovereignty is settled as far as we are concerned," said a member of the islands' legislative assembly. "What keeps people awake is whether the Loligo squid comes back this season."

Analysts see no prospect of talks. Argentina's governments of all stripes have kept the claim in the constitution, and no British government has been willing to negotiate without the islanders' consent."""),
]
