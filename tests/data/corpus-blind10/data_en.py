"""English-language articles of the blind10 corpus (fictional outlets, invented events)."""

ARTICLES = [
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2024-04-23T10:15:00Z",
title="Armenia agrees to return four border villages to Azerbaijan as peace treaty push gathers pace",
summary="The two countries' border commissions agreed on a first stretch of frontier in Armenia's Tavush province, a step both sides say should bring a peace treaty closer.",
label="off_topic",
note="Look-alike: a peace treaty and a territorial hand-over, but between Armenia and Azerbaijan; nothing about Russia-Japan or the Kurils.",
author="Lilit Sargsyan", section="Europe", section_slug="europe",
tags=["Armenia", "Azerbaijan", "Peace talks"],
body="""
YEREVAN, April 23 (Atlas) - Armenia has agreed to hand four abandoned villages in its northern Tavush province back to Azerbaijan, the two governments said, the first concrete step towards marking their shared border since Azerbaijan retook Nagorno-Karabakh last year.

The deal, reached by deputy prime ministers at a meeting of the two countries' border commissions, covers a stretch of about 12 km of the frontier. Baku has long said the villages were seized by Armenian forces in the early 1990s.

Prime Minister Nikol Pashinyan said the move was needed to avoid a new war and to move closer to a peace treaty that would formally end more than three decades of hostility. "We are delimiting the border so that we never have to defend it again," he told residents in Tavush, some of whom have blocked a road in protest.

People in the nearby Armenian village of Kirants say the new line would leave their homes and a key highway to Georgia within metres of Azerbaijani positions.

Baku welcomed the agreement as "historic". Foreign Minister Jeyhun Bayramov said drafts of a peace treaty had been exchanged several times and the sides were closer than ever to agreeing a text, though differences remained over Armenia's constitution, which Azerbaijan says contains territorial claims against it.

Western diplomats have pushed for a treaty before Azerbaijan hosts the COP29 climate summit in November. Russia, whose peacekeepers were deployed in Karabakh until recently, has criticised the Western-brokered format of the talks.

Analysts caution that delimiting the full 1,000-km border could take years, and that a signed treaty would still need to survive domestic politics in both capitals.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2024-05-28T05:40:00Z",
title="Japanese utilities keep Sakhalin-2 LNG flowing as Washington extends waiver",
summary="Japanese buyers will keep receiving liquefied natural gas from Russia's Sakhalin-2 project after the U.S. extended a license covering deals with the venture's operator.",
label="off_topic",
note="Unrelated Japan-Russia news (energy trade with Sakhalin); no islands, no treaty.",
author="Herald Staff Writer", section="Business",
tags=["LNG", "Energy", "Russia"],
body="""
Japanese power and gas companies will continue to receive liquefied natural gas from the Russian Sakhalin-2 project after the United States extended a license allowing transactions with the venture's operator, industry officials said Tuesday.

Sakhalin-2, in which Mitsui & Co. and Mitsubishi Corp. retain a combined 22.5 percent stake, supplies around 9 percent of Japan's LNG imports. Buyers including JERA, Tokyo Gas and Hiroshima Gas hold long-term contracts running into the 2030s.

"Stable supply for the winter peak is our priority, and Sakhalin-2 is close, cheap to ship and reliable," said an executive at a regional utility who asked not to be named.

The Japanese government describes the project as important for energy security and has not asked the trading houses to withdraw, even though it joined Group of Seven sanctions against Moscow over the war in Ukraine. Tokyo has pledged to reduce its reliance on Russian energy over time.

The project's operator was transferred to a new Russian entity by a presidential decree in 2022, and the Japanese partners agreed to take stakes in the new company.

Analysts at a Tokyo energy institute say a sudden halt would force Japan to buy spot cargoes at higher prices and push up electricity tariffs. Tankers from Prigorodnoye, the terminal on the southern tip of Sakhalin, take about three days to reach Japanese ports.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="ruswire-en", lang="en", published="2024-06-12T08:25:00Z",
title="Russia begins building 640-flat housing estate for Kuril garrison on Iturup",
summary="Construction of five apartment blocks, a kindergarten and a sports complex for families of the division stationed on Iturup has started in Goryachiye Klyuchi, the Eastern Military District said.",
label="new_development", group="g1-iturup-garrison-housing",
new_facts=["Russia's Defence Ministry began building a garrison housing estate (five blocks, 640 flats, kindergarten) for the machine-gun artillery division in Goryachiye Klyuchi on Iturup, due end-2026"],
must_mention=[["iturup"], ["housing", "flats", "apartment"]],
note="Second report (English agency) of the Iturup garrison housing project; same facts as the first Russian report.",
tags=["Kuril Islands", "Defence", "Sakhalin Region"],
body="""
YUZHNO-SAKHALINSK, June 12 (RusWire) - Russia's Defence Ministry has started building a residential quarter for servicemen and their families on Iturup, the largest of the southern Kuril Islands, the press service of the Eastern Military District said on Wednesday.

The project in the village of Goryachiye Klyuchi includes five five-storey apartment blocks with a total of 640 flats, a kindergarten for 120 children, a sports complex and a boiler house. The ministry's Military Construction Company is the general contractor, and completion is scheduled for the end of 2026.

"Service housing is one of the most pressing issues for personnel serving on remote islands. The new quarter will resolve it for most families of the division on Iturup," the district said.

According to the Kuril municipal district administration, building machinery and the first batches of materials were shipped from the port of Korsakov in May, and more than 150 workers are already on site.

The 18th Machine Gun Artillery Division, headquartered in Goryachiye Klyuchi, is the only ground forces formation on the Kuril Islands, with units on Iturup and Kunashir.

Japan claims Iturup, Kunashir, Shikotan and the Habomai islets, which it calls the Northern Territories. Moscow maintains that its sovereignty over the islands, which became part of the Soviet Union after World War II, cannot be questioned. In March 2022 Russia said it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2024-09-17T03:20:00Z",
title="Chinese coast guard ships stay near Senkakus for record 211 days in a row",
summary="Chinese government vessels have been sighted in the contiguous zone around the Okinawa islands every day since mid-February, the longest streak since the 2012 nationalization.",
label="off_topic",
note="Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China).",
author="Herald Staff Writer", section="National",
tags=["Senkaku Islands", "China", "Japan Coast Guard"],
body="""
NAHA, Okinawa - Chinese government vessels have been spotted in the contiguous zone around the Senkaku Islands for 211 consecutive days, the longest streak since Japan nationalized the islands in 2012, the Japan Coast Guard said Tuesday.

Four China Coast Guard ships, one of them apparently armed with a cannon, were sailing about 40 kilometers north of Uotsuri Island on Tuesday morning. Patrol boats of the 11th Regional Coast Guard Headquarters warned them not to enter Japanese territorial waters.

Chief Cabinet Secretary Yoshimasa Hayashi called the situation "extremely serious" and said Japan would respond "calmly and resolutely" while protesting through diplomatic channels.

China claims the uninhabited islands, which it calls Diaoyu, and says its ships are conducting lawful patrols in its own waters. Beijing has sharply increased the size and number of its coast guard vessels in the area since 2021, when a law took effect allowing them to use weapons against foreign ships.

Fishermen from Ishigaki, the nearest inhabited island, say they have been followed by Chinese ships when operating near the Senkakus. "It feels like our fishing grounds are being taken step by step," a 62-year-old fisherman said.

The previous record, 157 consecutive days, was set last year.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2024-10-25T04:10:00Z",
title="Nemuro mayor makes first Japanese municipal visit to Sakhalin since Ukraine invasion",
summary="A six-member delegation from the Hokkaido city closest to the Russian-held islands met Sakhalin officials in Yuzhno-Sakhalinsk; the city stressed it was a one-off trip with no agreement and no follow-up scheduled.",
label="new_development", group="g2-nemuro-delegation-sakhalin",
new_facts=["Nemuro Mayor Koji Murase led a city delegation to Yuzhno-Sakhalinsk (Oct 21-22, 2024) and met Sakhalin Vice Governor Glukhov - the first official Japanese municipal visit to Sakhalin since 2022; a one-off, no agreement, no regular exchanges"],
must_mention=[["nemuro"], ["sakhalin", "delegation"]],
note="Third report (English) of the one-off Nemuro delegation; adds the Foreign Ministry keeping its distance, no new fact.",
author="Herald Hokkaido Bureau", section="Hokkaido",
tags=["Nemuro", "Sakhalin", "Japan-Russia relations"],
body="""
NEMURO, Hokkaido - The mayor of Nemuro, the Hokkaido city that faces the Russian-held islands off its coast, has visited the Russian island of Sakhalin, becoming the first head of a Japanese municipality to make an official trip there since Russia's full-scale invasion of Ukraine in February 2022.

Mayor Koji Murase and five city officials spent Monday and Tuesday in Yuzhno-Sakhalinsk, the regional capital, where they held talks with Sakhalin Vice Governor Alexei Glukhov and officials in charge of fisheries and emergencies. The delegation traveled via Seoul because there are no direct flights between Hokkaido and Sakhalin.

According to the city, the two sides discussed how to exchange information quickly when Japanese fishing boats operating near the islands get into trouble, and the state of graves of former Japanese residents on the islands. No document was signed.

"This was a one-time visit. Nothing has been decided about regular exchanges," a senior city official said. Murase told reporters at New Chitose Airport on Tuesday night, after flying back via Seoul, that he had gone "so that the faces on both sides of the border are not forgotten," adding that whether any door had opened "depends on how the other side responds."

The central government kept its distance. A Foreign Ministry official said the trip was the city's own decision and did not signal any change in Japan's Russia policy.

Nemuro's economy depends heavily on fishing in waters around the four islands, which Japan calls the Northern Territories. Many former residents settled in the city after they were expelled in the late 1940s; they have been unable to visit their home islands since Russia ended visa-free exchanges in 2022.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="straitwatch-en", lang="en", published="2024-11-20T07:00:00Z",
title="Hokkaido's governor says he would be open to meeting his Sakhalin counterpart. Don't expect it soon",
summary="Naomichi Suzuki says he would be open to a meeting if conditions allow, but it remains unclear whether any of the frozen exchanges with the Russian-held islands will resume.",
label="restatement",
note="Restates known facts: talks suspended and visa-free exchanges ended in March 2022 (seeds 000/001), Rudenko's 'categorically impossible' (seed 004), Japan's unchanged goal (seed 002), plus the earlier one-off Nemuro visit. The governor's 'would be open to' is conditional; no contact made.",
author="Emily Takeda", read_min=4,
comments=[("kamui_watch", "Regional diplomacy is all that's left. Better than nothing."),
          ("J. Brandt", "Suzuki knows exactly how far he can go. This is positioning for the next election.")],
body="""
Hokkaido Governor Naomichi Suzuki told a press conference in Sapporo last week that he would be open to meeting Sakhalin Governor Valery Limarenko "if the conditions are right", the most conciliatory remark from a senior Japanese official about the Russian Far East in some time. He was quick to add the caveat: any such meeting would need the blessing of the national government, and Hokkaido "will act in step with the state".

The remark comes a month after Nemuro's mayor visited Yuzhno-Sakhalinsk, a trip the city itself described as a one-off. Both gestures say more about the mood in eastern Hokkaido than about any movement between Tokyo and Moscow.

## Nothing has moved

Officially, the picture is unchanged since March 2022. Russia said then that it would not continue peace treaty negotiations with a country imposing sanctions on it, withdrew from talks on joint economic activities on the islands, and ended the visa-free exchanges that had allowed Japanese citizens, including former residents, to visit Iturup, Kunashir, Shikotan and the Habomai islets. Deputy Foreign Minister Andrei Rudenko repeated in February that resuming treaty talks was "categorically impossible".

Tokyo, for its part, says its goal of resolving the territorial issue and concluding a peace treaty has not changed. It remains unclear whether either capital sees any value in small regional contacts. Asked about Suzuki's comments, a Foreign Ministry spokesperson in Tokyo said there was "nothing new to announce".

## Why Hokkaido cares

For Nemuro and the towns along the Shiretoko Peninsula, the freeze has practical costs. Fishermen depend on arrangements with Russian authorities to work near the islands, and former islanders, now in their late eighties on average, cannot visit family graves.

"Regional leaders are signalling that they want a channel, any channel," said Yuki Hamasaki, a researcher at a Sapporo think tank. "But regional diplomacy cannot get ahead of national diplomacy. Nobody in Sapporo will move until Tokyo says so, and Tokyo will not move until there is a ceasefire in Ukraine."

Suzuki did not say when he might propose a meeting, and his office said no approach had been made to Sakhalin.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2024-11-29T08:30:00Z",
title="Ishiba says Japan still aims for peace treaty with Russia despite 'severe' ties",
summary="In his first policy speech since the general election, Prime Minister Shigeru Ishiba said Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia was unchanged.",
label="restatement",
note="New speaker (PM Ishiba) repeats the known Japanese position: relations difficult, commitment to a peace treaty unchanged (seed 002, Kishida); Russian side as in seeds 000/004.",
author="Kentaro Aoyama", editor="Simon Clarke",
tags=["Japan", "Russia", "Shigeru Ishiba"],
body="""
TOKYO, Nov 29 (Atlas) - Japanese Prime Minister Shigeru Ishiba said on Friday that Japan would keep its policy of resolving the dispute over the Russian-held islands and concluding a peace treaty with Moscow, even though relations were in a "severe state" because of the war in Ukraine.

"Japan-Russia relations are in a difficult situation, but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Ishiba said in a policy speech to an extraordinary session of parliament, his first since his ruling coalition lost its majority in the lower house in October.

He said the government would give priority to resuming humanitarian programmes for elderly former island residents, including visits to family graves, a line his predecessor Fumio Kishida used repeatedly.

Moscow has said peace treaty talks are impossible while Tokyo maintains sanctions over Ukraine. The Russian Foreign Ministry broke off the negotiations in March 2022 and ended visa-free trips by Japanese citizens to the islands.

The dispute over the islands - Iturup, Kunashir, Shikotan and the Habomai group, which Japan calls the Northern Territories and Russia the Southern Kurils - has kept the two countries from signing a formal peace treaty since World War Two.

Most of Ishiba's speech dealt with domestic issues, including an economic stimulus package, political funding reform and support for regions hit by this year's Noto Peninsula earthquake.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="straitwatch-en", lang="en", published="2025-01-21T02:00:00Z",
title="Could Russia-Japan treaty talks resume in 2026? Some in Tokyo think so. Moscow does not",
summary="If the fighting in Ukraine is frozen, talks could resume as early as next year, some analysts argue. The Russian position, for now, is that there is nothing to talk about.",
label="restatement",
note="Speculation built on conditionals ('could resume as early as'); restates seeds: talks suspended March 2022 (000), Rudenko 'categorically impossible' and key condition (004), 2018 acceleration (000), fear of US forces (002).",
author="Daniel Okafor", read_min=6,
comments=[("sapporo_sensei", "Nobody in Moscow has said anything that supports this. Wishful thinking."),
          ("M. Ivanova", "The 'as early as' framing is doing a lot of work here.")],
body="""
Among Japan's Russia hands, a small but persistent argument has taken hold this winter: if the fighting in Ukraine is frozen in 2025, talks between Tokyo and Moscow could resume as early as 2026, starting with humanitarian matters and working up to the peace treaty the two countries have never signed.

"The logic is that once Western sanctions begin to be reviewed, Japan will not want to be the last to normalise," said a former Japanese diplomat who served in Moscow and asked not to be named. "And Moscow wants to show it is not isolated in Asia."

It is an argument built almost entirely on conditionals. There is no ceasefire. Japan has not signalled any intention to ease its sanctions, and Prime Minister Shigeru Ishiba has tied Japan's Russia policy closely to the G7. Nothing in the public record suggests either government has put out feelers.

## The Russian line is unchanged

Moscow's position is blunt and has been stated many times. In March 2022 the Foreign Ministry said Russia did not intend to continue peace treaty negotiations with a state that "takes openly unfriendly positions". Last February, Deputy Foreign Minister Andrei Rudenko said resuming the dialogue was "categorically impossible" and that the key condition for normalisation was Tokyo abandoning its "hostile policy".

Kremlin spokesman Dmitry Peskov has said the same, as has Foreign Ministry spokeswoman Maria Zakharova, who told reporters last April that Russia was not going to return to the talks while Tokyo kept its current course.

## And the substance?

Even if the format came back, the distance on substance is vast. The last serious round, launched after the 2018 Singapore summit between Vladimir Putin and Shinzo Abe, stalled on whether Shikotan and the Habomai islets would be handed over under the 1956 Joint Declaration, and on Russia's demand for guarantees that no U.S. forces would ever be stationed there.

"People talk about 'resuming' as if a deal was nearly done in 2019," said Anna Kovrigina, who studies Russia's Asia policy at a Helsinki institute. "It was not. And the Russian side has since hardened its view of what a treaty should even be."

For now, the most that can be said is that talks could resume - someday.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2025-02-07T07:30:00Z",
title="At Northern Territories Day rally, ex-islanders plead for a chance to visit graves",
summary="Prime Minister Shigeru Ishiba told the annual rally that Japan's policy toward the Russian-held islands is unchanged, as elderly former residents called for grave visits to resume.",
label="restatement",
note="Annual occasion piece: PM repeats 'policy unchanged' (seed 002) and the wish to resume grave visits; visa-free framework ended in 2022 (seeds 000/001). No new fact.",
author="Herald Staff Writer", section="Politics",
tags=["Northern Territories", "Russia", "Former islanders"],
body="""
Former residents of the Russian-held islands off Hokkaido urged the government to do everything possible to let them visit family graves "while we are still alive," at the annual national rally marking Northern Territories Day in Tokyo on Friday.

Prime Minister Shigeru Ishiba told the gathering of about 800 people that the government's policy of resolving the territorial issue and concluding a peace treaty with Russia remained unchanged, while acknowledging that relations were "in a severe situation." "Resuming the exchange programs, above all grave visits, is one of our top priorities," he said.

Feb. 7 marks the day in 1855 when Japan and Russia signed the Treaty of Shimoda, which drew the border between Iturup and Urup islands.

Mitsuko Okabe, an 89-year-old former resident of Shikotan, said she last visited her father's grave in 2019. "Every year I think this may be my last chance. I wish the leaders of both countries understood that time is the one thing we do not have," she said.

Russia halted the visa-free exchanges, including the framework used for the visits, in 2022 after Japan joined Western sanctions over the invasion of Ukraine, and said it saw no possibility of continuing peace treaty talks.

The rally adopted a statement calling for the early return of the four islands. Similar events were held in Sapporo and Nemuro.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2025-03-19T09:45:00Z",
title="Russia creates national park on islands claimed by Japan",
summary="A government decree sets up the 'Lesser Kurils' national park covering much of Shikotan and the Habomai islets, which Japan claims as part of its Northern Territories.",
label="new_development", group="g3-lesser-kurils-national-park",
new_facts=["Russia created the 'Lesser Kurils' (Malye Kurily) national park, 118,400 ha, on Shikotan and the Habomai islets by government decree"],
must_mention=[["national park"], ["shikotan", "habomai", "lesser kuril"]],
note="Second report (English wire) of the national park decree; adds Tokyo 'gathering information', no new fact.",
author="Polina Seregina", editor="Mark Holloway",
tags=["Russia", "Japan", "Kuril Islands", "Environment"],
body="""
MOSCOW, March 19 (Atlas) - Russia has created a national park covering much of Shikotan and the chain of small islands Japan calls the Habomai group, according to a government decree published on Tuesday, a move likely to irritate Tokyo, which claims the islands.

The decree, signed by Prime Minister Mikhail Mishustin, establishes the "Lesser Kurils" (Malye Kurily) national park with an area of 118,400 hectares, more than half of it sea. It absorbs a wildlife refuge that has existed on the islands since the 1980s and will be run by a directorate in the village of Malokurilskoye on Shikotan.

Russia's Natural Resources Ministry said the park would protect colonies of seabirds, sea otters and harbour seals and would allow "regulated ecological tourism". Unlike a strict nature reserve, a national park admits visitors and some economic activity.

Japan's Foreign Ministry said it was gathering information and would respond appropriately. Tokyo has protested earlier Russian moves to develop the islands, which it regards as Japanese territory.

The islands were taken by Soviet troops at the end of World War Two. The dispute has kept Russia and Japan from signing a peace treaty; Moscow broke off treaty talks in 2022 over Japan's sanctions.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2025-05-22T15:10:00Z",
title="UK signs treaty handing Chagos Islands to Mauritius, keeps Diego Garcia base",
summary="Britain will transfer sovereignty over the Indian Ocean archipelago while leasing back the island that hosts a joint UK-U.S. military base for 99 years.",
label="off_topic",
note="Look-alike: sovereignty treaty over a disputed archipelago, but UK-Mauritius.",
author="Atlas staff", section="Europe", section_slug="europe",
tags=["Chagos Islands", "Mauritius", "Britain"],
body="""
LONDON, May 22 (Atlas) - Britain signed a treaty on Thursday to hand sovereignty over the Chagos Islands to Mauritius while keeping control of Diego Garcia, the atoll that hosts a strategically important UK-U.S. military base, under a 99-year lease.

Prime Minister Keir Starmer said the deal secured the base's future on a sound legal footing after international courts sided with Mauritius. Britain will pay an average of 101 million pounds a year for the lease.

Mauritius has long argued it was forced to give up the archipelago in exchange for independence in 1968. The International Court of Justice said in a 2019 advisory opinion that Britain should end its administration "as rapidly as possible".

Conservative critics said the agreement surrendered British territory and would cost taxpayers billions. Chagossians, who were expelled to make way for the base in the 1960s and 1970s, were divided: some welcomed a possible return to the outer islands, others said they had not been consulted.

The treaty must be ratified by both parliaments. Washington welcomed the agreement, saying it secured "the long-term, stable and effective operation" of the base.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="ruswire-en", lang="en", published="2025-06-10T09:10:00Z",
title="Moscow has no intention of returning to treaty talks on Tokyo's terms - ambassador",
summary="Russia's ambassador to Japan said Moscow's March 2022 position on peace treaty negotiations has not changed and that sovereignty over the southern Kurils is not up for discussion.",
label="restatement",
note="New speaker (ambassador) repeats seeds 000/001/004: no treaty talks with a state imposing sanctions; sovereignty not questioned; visa-free trips ended 2022. 'has no intention of'.",
tags=["Russia-Japan", "Peace treaty", "Kuril Islands"],
body="""
TOKYO, June 10 (RusWire) - Russia has no intention of resuming negotiations on a peace treaty with Japan while Tokyo pursues what Moscow regards as a hostile policy, Russian Ambassador to Japan Nikolai Nozdrev said in an interview with RusWire.

"Our position was formulated in March 2022 and has not changed. One cannot discuss a fundamental document on good-neighbourliness with a country that imposes sanctions on us and arms our adversary," the ambassador said.

He said Japanese officials continued to speak about a peace treaty "as if nothing had happened", but no proposals had come through diplomatic channels. "Statements at rallies are not a foreign policy," Nozdrev said, apparently referring to the annual Northern Territories Day event in Tokyo in February.

The diplomat reiterated that Russia's sovereignty over the southern Kurils was "enshrined in international legal documents" and "not subject to discussion".

Asked about visits by former Japanese residents of the islands, Nozdrev said the visa-free framework had been ended "as a result of Japan's own actions".

Russia's Foreign Ministry said in March 2022 that it did not intend to continue peace treaty talks with Japan, citing Tokyo's sanctions over the situation in Ukraine, and withdrew from dialogue on joint economic activities on the southern Kurils.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="straitwatch-en", lang="en", published="2025-08-18T04:00:00Z",
title="Eighty years after Shumshu: how a two-week campaign still shapes Russia-Japan ties",
summary="The Soviet landing on the northernmost Kuril island on August 18, 1945 began the operation that left the whole chain in Moscow's hands - and a peace treaty still unsigned.",
label="restatement",
note="Anniversary/background piece (80 years since the Kuril landing); restates history and known positions (seeds 000-004). No new fact.",
author="Daniel Okafor", read_min=7, section="History", section_slug="history",
comments=[("hist_buff", "Good piece. The 1956 declaration section is the clearest summary I've read.")],
body="""
Eighty years ago today, Soviet troops waded ashore on Shumshu, the northernmost of the Kuril Islands, three days after Emperor Hirohito announced Japan's surrender. The battle that followed was one of the last of World War Two and among the bloodiest of the Soviet campaign in the Far East. By early September Soviet forces had occupied the entire chain down to the Habomai islets, a few kilometres off Hokkaido.

About 17,000 Japanese lived on the four southern islands. Most were deported between 1947 and 1949. Their descendants, and a dwindling number of survivors, are still the emotional core of Japan's campaign for what it calls the Northern Territories.

## A treaty that never came

The 1951 San Francisco treaty, which the Soviet Union did not sign, saw Japan renounce the Kurils without saying to whom. In 1956 Moscow and Tokyo ended the state of war and restored relations with a joint declaration that promised Shikotan and the Habomai islets to Japan after a peace treaty. That treaty has never been signed.

Attempts to revive the process came and went. The most recent, after Vladimir Putin and Shinzo Abe agreed in Singapore in 2018 to speed up negotiations on the basis of the 1956 declaration, collapsed even before the war in Ukraine.

## Since 2022

In March 2022 Moscow said it would not continue treaty negotiations with Japan, citing sanctions, and ended the visa-free exchanges that had let Japanese visit the islands. Russian officials have since called resumption "impossible"; Japanese prime ministers have said their goal is unchanged.

Russia marks September 3 as the end of the Second World War, with ceremonies on the islands; Japan marks February 7 as Northern Territories Day. Eighty years on, the two calendars rarely meet.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2025-11-18T06:00:00Z",
title="Former islanders urge Tokyo to press Moscow to allow grave visits",
summary="The league of former residents of the Russian-held islands handed the Foreign Ministry a petition with 48,000 signatures calling for grave visits to resume.",
label="restatement",
note="Requested move only ('urged ... to allow'); restates that visits have been halted since the 2022 termination of the visa-free framework (seeds 000/001) and Japan's known requests.",
author="Herald Hokkaido Bureau", section="Hokkaido",
tags=["Northern Territories", "Former islanders", "Grave visits"],
body="""
A group representing former residents of the Russian-held islands off Hokkaido on Monday urged the government to press Moscow to allow them to visit family graves on the islands, handing the Foreign Ministry a petition with about 48,000 signatures.

The League of Residents of Chishima and Habomai Islands, based in Sapporo, said the average age of the roughly 5,000 surviving former residents had passed 89. "Every year dozens of members pass away without having been able to visit their parents' graves one more time," a league official said.

The petition asks the government to "use every channel" to persuade Russia to allow humanitarian visits, even if wider exchanges remain suspended.

A senior Foreign Ministry official who received the petition said the government would "continue to strongly request" that Russia resume the visits, which it has described as a top priority in relations with Moscow.

Former residents last visited graves on the islands in 2019; the program was paused during the coronavirus pandemic, and in 2022 Russia ended the visa-free framework under which the trips were made, citing Japan's sanctions over the war in Ukraine.

The league plans to present a similar appeal at the national rally in Tokyo on Feb. 7.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2025-12-27T03:00:00Z",
title="Japan budgets for successor to Etopirika, the idle ship that carried visitors to the disputed isles",
summary="The draft fiscal 2026 budget earmarks 480 million yen for the basic design of a replacement for the Etopirika, the vessel used for visa-free exchanges and grave visits until 2019.",
label="new_development", group="g4-etopirika-successor",
new_facts=["Japan's draft FY2026 budget (Cabinet-approved Dec 26, 2025) includes 480 million yen, for the first time, for the basic design of a successor ship to the Etopirika used for exchanges with the four islands"],
must_mention=[["etopirika"], ["successor", "replacement", "design"]],
note="Second report (English) of the new budget line for the Etopirika successor; same facts as the Japanese first report.",
author="Herald Staff Writer", section="Politics",
tags=["Northern Territories", "Budget", "Etopirika"],
body="""
The government has set aside money for the first time to design a successor to the Etopirika, the passenger ship that carried Japanese visitors to the Russian-held islands off Hokkaido under visa-free exchange programs, according to the draft budget for fiscal 2026 approved by the Cabinet on Friday.

The draft allocates 480 million yen to the Cabinet Office's Northern Territories Affairs Administration for basic design work on a new vessel. The 1,124-ton Etopirika entered service in 2012 and carries about 80 passengers. It has not sailed to the islands since 2019, first because of the coronavirus pandemic and then because Russia ended the visa-free exchanges in 2022 in response to Japan's sanctions.

"The ship is aging, and if exchanges resume we must be able to respond immediately," an official at the Cabinet Office said. The official acknowledged there was "no prospect at present" of the exchanges restarting. Construction could begin in fiscal 2027 at the earliest.

Based in Nemuro, the Etopirika has in recent years been used for memorial cruises on which former residents pray toward their home islands from the sea.

Some lawmakers questioned spending on a ship with no destination. Nemuro city officials welcomed the budget, saying it showed Japan had not given up on the exchanges.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2026-02-22T06:30:00Z",
title="South Korea protests as Japanese prefecture marks 'Takeshima Day'",
summary="Seoul summoned a Japanese diplomat after Shimane prefecture held its annual ceremony asserting Japan's claim to the islets South Korea controls as Dokdo.",
label="off_topic",
note="Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea); annual occasion.",
author="Atlas staff", section="Asia-Pacific",
tags=["South Korea", "Japan", "Dokdo"],
body="""
SEOUL, Feb 22 (Atlas) - South Korea lodged a protest with Japan on Sunday after the western Japanese prefecture of Shimane held its annual "Takeshima Day" ceremony, asserting Tokyo's claim to a group of islets controlled by Seoul.

South Korea's Foreign Ministry summoned a senior diplomat from the Japanese embassy and urged Tokyo to "immediately abolish" the event. "Dokdo is clearly our inherent territory historically, geographically and under international law," a ministry spokesperson said.

The Japanese government sent a parliamentary vice minister to the ceremony in Matsue, as it has done every year since 2013.

The rocky islets in the Sea of Japan, which South Korea calls Dokdo and Japan calls Takeshima, have been controlled by South Korea since the 1950s and host a small police detachment.

The dispute has periodically strained relations between the two U.S. allies, which have otherwise sought closer security cooperation in the face of North Korea's weapons programs.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2026-04-15T09:00:00Z",
title="Russia bans Japanese former islanders' league as 'undesirable'",
summary="Russia's Prosecutor General's Office has declared the Sapporo-based League of Residents of Chishima and Habomai Islands an undesirable organisation, banning its activities in Russia.",
label="new_development", group="g5-league-undesirable",
new_facts=["Russia's Prosecutor General declared the Sapporo-based League of Residents of Chishima and Habomai Islands an 'undesirable organisation'; Japan protested"],
must_mention=[["undesirable"], ["league", "former resident", "former island"]],
note="Third report (English wire) of the 'undesirable' designation; adds Japan's protest, already in the Japanese report.",
author="Polina Seregina",
tags=["Russia", "Japan", "Kuril Islands"],
body="""
MOSCOW, April 15 (Atlas) - Russia has declared a Japanese association of former residents of the Russian-held islands off Hokkaido an "undesirable organisation", banning it from any activity in Russia and exposing Russians who cooperate with it to prosecution.

The Prosecutor General's Office said on Tuesday that the League of Residents of Chishima and Habomai Islands, based in Sapporo, "carries out activities aimed at revising the outcome of World War Two and undermining the territorial integrity of the Russian Federation". The group will be added to the Justice Ministry's register.

The league, founded in 1958, represents some 5,000 surviving former residents of Iturup, Kunashir, Shikotan and the Habomai islets and their descendants. It has campaigned for the return of the islands and for the right to visit family graves there.

Its chairman, Shozo Kawabata, told Japanese media the decision was "unreasonable" and that members were "elderly people who only wish to visit their home islands".

Japan's top government spokesman said Tokyo had lodged a protest, calling the designation "unacceptable".

Russia has used the "undesirable" label against dozens of Western NGOs, media outlets and universities under a 2015 law, but it has rarely targeted Japanese organisations.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="straitwatch-en", lang="en", published="2026-04-21T01:00:00Z",
title="Why Moscow outlawed a league of elderly islanders",
summary="Russia's 'undesirable' designation of the Chishima-Habomai league changes little on the ground. It is a signal - and an analysis of what it does and does not do.",
label="new_development", group="g5-league-undesirable",
new_facts=["Russia designated the League of Residents of Chishima and Habomai Islands an 'undesirable organisation' (April 2026)"],
must_mention=[["undesirable"], ["league"]],
note="Follow-up analysis a week later; no new fact beyond the designation and Japan's protest.",
author="Emily Takeda", read_min=6,
comments=[("nemuro_fisher", "My grandmother was born on Shikotan. She is 'undesirable' now, apparently."),
          ("R. Kessler", "The timing before the Duma elections is not a coincidence.")],
body="""
Last week Russia's Prosecutor General's Office declared the League of Residents of Chishima and Habomai Islands, a Sapporo-based association of mostly very old people, an "undesirable organisation". The designation puts the league in the company of Western foundations, universities and exile media - and it deserves a closer look, because what it changes in practice is very little.

## What it does

Under the 2015 law, an undesirable organisation may not operate in Russia, and Russian citizens who take part in its activities face fines and, for repeat offences, criminal charges. In practice that means residents of Kunashir or Shikotan who once hosted league members during visa-free exchanges, or exchanged letters with them, now have reason to keep their distance.

## What it does not do

It does not stop anything that was happening. League members have not set foot on the islands since 2019, and Russia ended the visa-free framework in 2022. There were no joint events to cancel.

## So why now?

The stated reason - that the league seeks to "revise the outcome of World War Two" - describes what it has done openly since 1958. Russian analysts point to domestic politics: State Duma elections are due in September, and the Kremlin has favoured symbolic toughness on questions of territory. The designation also sends a message to Tokyo that humanitarian appeals, which Japan has made its top priority, will not be treated separately from the sanctions dispute.

Tokyo protested, calling the move unacceptable. The league's chairman called it unreasonable. Neither statement is likely to change Moscow's mind. Nothing further has been announced since.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="ruswire-en", lang="en", published="2026-06-09T08:00:00Z",
title="Russia would be open to dialogue with Japan only if Tokyo drops hostile course - Rudenko",
summary="Deputy Foreign Minister Andrei Rudenko said Russia's approach to relations with Japan has not changed and that the key condition remains Tokyo's abandonment of its unfriendly policy.",
label="restatement",
note="Conditional that is the known position: Rudenko's 'key condition is Tokyo's refusal of its hostile policy' (seed 004); no offer, no change.",
tags=["Russia-Japan", "Andrei Rudenko"],
body="""
MOSCOW, June 9 (RusWire) - Russia would be open to normalising relations with Japan only if Tokyo abandons its hostile policy towards Moscow, Deputy Foreign Minister Andrei Rudenko told RusWire on the sidelines of a forum in Moscow.

"There are no changes in our approach. The key condition is that official Tokyo give up its unfriendly course - real steps, not signals or statements," Rudenko said. "So far we see no such readiness."

Asked whether the peace treaty could return to the agenda, the diplomat said it was "pointless to discuss a fundamental document" while Japan kept sanctions in place and increased military activity with the United States near Russia's Far Eastern borders.

Rudenko said he was not aware of any Japanese proposals on resuming dialogue. On the recent designation of a Japanese former islanders' association as undesirable, he said it was "a sovereign decision of the law-enforcement authorities".

In February 2024 Rudenko said the resumption of peace treaty talks was "categorically impossible" in the current environment. Russia broke off the negotiations in March 2022.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="straitwatch-en", lang="en", published="2026-07-14T03:00:00Z",
title="Satellite images show Iturup garrison housing nearly finished",
summary="Commercial imagery from late June shows the five apartment blocks Russia began building for its Kuril garrison in 2024 roofed and fitted out, months ahead of schedule.",
label="neutral",
note="Borderline: third-party imagery analysis showing progress on the already-known Iturup housing project (2024); no official act, no new deployment.",
author="Strait Watch imagery desk", read_min=3,
comments=[("osint_ken", "Nice work. Any sign of new vehicle sheds near the HQ?")],
body="""
Commercial satellite images taken on June 27 show that the housing estate Russia's Defence Ministry began building in Goryachiye Klyuchi on Iturup in June 2024 is close to completion.

All five apartment blocks are roofed, and the image shows parking areas being paved and a fenced playground next to what appears to be the kindergarten. Compared with images from last October, the boiler house now has a completed chimney, and a new access road links the estate to the main road towards Kurilsk.

The project, announced by the Eastern Military District two years ago, is meant to house families of the 18th Machine Gun Artillery Division, which is headquartered in the village. The district said at the time that completion was due at the end of 2026; the imagery suggests the blocks could be occupied by the autumn.

We did not identify new military structures in the area. The division's vehicle parks and the helicopter pad near the headquarters look as they did in 2025.

Japan protested when construction began, saying it was incompatible with Tokyo's position on the islands, which it calls the Northern Territories.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2026-08-05T05:30:00Z",
title="Russia allows former islanders' memorial flight over Kunashir, Iturup - this summer only",
summary="Moscow has told Tokyo it will let a chartered plane carrying former residents fly over the two islands for a memorial service, an exception it says applies to this year only.",
label="new_development", group="g6-aerial-memorial-flight",
new_facts=["Russia allowed a chartered plane with about 60 former Japanese islanders to fly over Kunashir and Iturup for an aerial memorial service in late August 2026, as a one-time exception 'for this year only'"],
must_mention=[["memorial"], ["flight", "plane", "aircraft", "aerial"]],
note="Second report (English) of the one-season permission for the aerial memorial; same facts as the Japanese first report.",
author="Herald Staff Writer", section="Politics",
tags=["Northern Territories", "Former islanders", "Russia"],
body="""
Russia has given permission for a chartered plane carrying former Japanese residents of the Russian-held islands to fly over Kunashir and Iturup this month so they can hold a memorial service for relatives buried there, government sources said Tuesday. Moscow told Tokyo it was an exception granted on humanitarian grounds "for this year only."

The flight, planned for late August from Nakashibetsu Airport in eastern Hokkaido, will carry about 60 former islanders and family members. The aircraft will circle over former villages and cemeteries while passengers pray from their seats; it will not land.

It will be the first time since 2019 that former residents have been able to come close to their home islands. Grave visits by ship stopped during the pandemic, and Russia ended the visa-free exchange framework in 2022.

Japanese officials said the flight would be conducted in a way that does not prejudice Japan's legal position that the islands are Japanese territory. "It is a humanitarian measure for elderly former residents and nothing more," a Foreign Ministry official said, cautioning against reading it as a sign of a broader thaw.

"I never thought I would see my island again, even from the sky," said a 91-year-old former resident of Kunashir who lives in Nemuro.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="ruswire-en", lang="en", published="2027-01-19T10:30:00Z",
title="Kremlin declines to say whether 2018 Singapore understanding with Japan still stands",
summary="Dmitry Peskov referred questions about the Putin-Abe agreement to the Foreign Ministry and repeated that peace treaty talks with Japan are impossible under current conditions.",
label="restatement",
note="Questioned move: Peskov 'declined to say'; only repeats 'talks impossible' (seeds 002/004); the 2018 acceleration agreement is seed background (000). Media reports of a possible disavowal are not an act.",
tags=["Kremlin", "Russia-Japan", "Peace treaty"],
body="""
MOSCOW, Jan 19 (RusWire) - Kremlin spokesman Dmitry Peskov on Tuesday declined to say whether Moscow still considers itself bound by the understanding reached by President Vladimir Putin and then Japanese Prime Minister Shinzo Abe in Singapore in 2018, referring the question to the Foreign Ministry.

Asked about Japanese media reports that Russia was weighing a formal disavowal of the agreement to accelerate peace treaty negotiations on the basis of the 1956 Soviet-Japanese Declaration, Peskov said: "I have nothing to add to what has been said many times. Under current conditions, negotiations on a peace treaty with Japan are impossible."

"Whether something is being prepared, you should ask my colleagues at the Foreign Ministry," he told reporters.

The Foreign Ministry did not respond to a request for comment.

In Singapore in November 2018 the two leaders agreed to speed up talks on the basis of the 1956 declaration, which provides for the transfer of Shikotan and the Habomai islands to Japan after a peace treaty is concluded. The talks stalled the following year, and Moscow broke them off in March 2022 over Japan's sanctions.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="ruswire-en", lang="en", published="2027-02-10T15:30:00Z",
title="Russia says 2018 Singapore understanding with Japan on peace treaty talks has lost force",
summary="The Foreign Ministry said Russia no longer considers itself bound by the agreement to accelerate negotiations on the basis of the 1956 Joint Declaration.",
label="status_change", group="g7-singapore-understanding-void",
new_facts=["Russia's Foreign Ministry declared that Russia no longer considers itself bound by the November 2018 Singapore understanding to accelerate peace treaty talks on the basis of the 1956 Declaration (old: agreed 2018; new: 'lost force')"],
must_mention=[["singapore"], ["lost", "no longer", "void", "invalid"]],
note="Status change of a seed fact (2018 agreement to speed up negotiations, seed 000) -> renounced. Second report (English agency), same statement.",
tags=["Russia-Japan", "Peace treaty", "Foreign Ministry"],
body="""
MOSCOW, Feb 10 (RusWire) - Russia no longer regards as valid the understanding reached with Japan in Singapore in November 2018 to accelerate peace treaty negotiations on the basis of the 1956 Joint Declaration, the Foreign Ministry said in a statement on Wednesday.

"Given the openly hostile course of official Tokyo, the Russian side no longer considers itself bound by the understandings reached in Singapore on November 14, 2018. They have lost their force," the ministry said.

The statement cited Japan's sanctions, its military activity with the United States near Russia's Far Eastern borders and "revanchist rhetoric" at events held in Japan on February 7, which Tokyo marks as Northern Territories Day.

The 2018 agreement between President Vladimir Putin and Prime Minister Shinzo Abe raised hopes in Japan for the return of at least Shikotan and the Habomai islets, which the 1956 declaration says would be handed over after a peace treaty is signed. Talks launched on that basis stalled in 2019.

The statement did not address the 1956 declaration itself.

Moscow broke off peace treaty negotiations with Tokyo in March 2022 over Japan's sanctions against Russia.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2027-04-01T08:00:00Z",
title="Falklands mark 45 years since invasion as Argentina renews sovereignty claim",
summary="Argentina's president called for negotiations over the islands Buenos Aires calls the Malvinas; Britain said sovereignty was not up for discussion.",
label="off_topic",
note="Look-alike: anniversary of another island dispute (Falklands/Malvinas).",
author="Atlas staff", section="Americas", section_slug="americas",
tags=["Falkland Islands", "Argentina", "Britain"],
body="""
BUENOS AIRES, April 1 (Atlas) - Argentina on Thursday renewed its claim to the Falkland Islands on the eve of the 45th anniversary of its 1982 invasion, as veterans gathered in cities across the country to remember the 649 Argentine servicemen killed in the 74-day war.

Argentina's president said in a statement that the country would pursue "by peaceful means and through dialogue" the recovery of the islands, which it calls the Malvinas, and urged Britain to return to negotiations under United Nations resolutions.

Britain's Foreign Office said there could be "no negotiations on sovereignty unless and until the islanders so wish", pointing to a 2013 referendum in which 99.8 percent of voters chose to remain a British overseas territory.

In Stanley, the islands' capital, residents will mark Liberation Day on June 14. The Falklands, about 500 km off the Argentine coast, have a population of about 3,500 and an economy based on fishing licences and tourism.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="jherald-en", lang="en", published="2027-04-13T05:00:00Z",
title="Diplomatic Bluebook calls Russia's Singapore move 'unacceptable,' keeps peace treaty goal",
summary="The 2027 edition of the Foreign Ministry's annual report repeats that Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia is unchanged.",
label="restatement",
note="Annual report restating the known position (seed 002 'policy unchanged', islands under Japanese sovereignty) and the already reported Feb 2027 renunciation of the Singapore understanding. No new fact.",
author="Herald Staff Writer", section="Politics",
tags=["Diplomatic Bluebook", "Russia", "Northern Territories"],
body="""
The Foreign Ministry's annual Diplomatic Bluebook, presented to the Cabinet on Tuesday, says Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia remains unchanged, despite relations it describes as being in "a severe situation."

The 2027 edition again describes the Northern Territories as "islands over which Japan has sovereignty" and says the government will continue to give priority to humanitarian projects for elderly former residents, such as grave visits.

The report refers to Russia's February statement that it no longer considers itself bound by the 2018 Singapore understanding, calling it "a unilateral assertion that Japan cannot accept," and repeats the protest Tokyo lodged at the time.

On Russia's military presence on the islands, the Bluebook says Japan "cannot accept" moves that strengthen it, citing the new garrison housing on Iturup as an example, wording similar to last year's.

Much of the chapter on Europe and Russia focuses on the war in Ukraine and sanctions coordination with the Group of Seven. The Bluebook's language on Russia has been essentially unchanged since 2023.
"""),
# --------------------------------------------------------------------------------------
dict(
feed="atlasnews-world", lang="en", published="2027-07-14T06:00:00Z",
title="Russia drops 'undesirable' label on Japanese former islanders' league",
summary="The Justice Ministry removed the League of Residents of Chishima and Habomai Islands from its register after prosecutors revoked last year's designation.",
label="status_change", group="g8-league-delisted",
new_facts=["Russia removed the League of Residents of Chishima and Habomai Islands from the register of undesirable organisations after prosecutors revoked the April 2026 designation (old: undesirable; new: delisted)"],
must_mention=[["undesirable"], ["remov", "drop", "lift", "delist", "revok"]],
note="Status change of a corpus-internal state (league designated undesirable, April 2026) -> delisted. Second report (English wire); same facts as the Russian first report.",
author="Polina Seregina",
tags=["Russia", "Japan", "Kuril Islands"],
body="""
MOSCOW, July 14 (Atlas) - Russia has removed a Japanese association of former residents of the Russian-held islands off Hokkaido from its list of "undesirable organisations", 15 months after banning it.

The Justice Ministry's register showed on Tuesday that the League of Residents of Chishima and Habomai Islands had been deleted after the Prosecutor General's Office revoked its April 2026 decision "following an additional review of materials". Prosecutors gave no further explanation.

The Sapporo-based league, which represents former residents of Iturup, Kunashir, Shikotan and the Habomai islets and their descendants, had been accused of seeking to "revise the outcome of World War Two".

The league said it had learned of the decision from media reports and would "carefully study" it. A Japanese government official said Tokyo had "taken note" of the move.

Removals from the list are rare. Russia has declared more than 200 foreign organisations undesirable since 2015.

The designation last year had little practical effect on the league's members, who have not been able to visit the islands since 2019. Moscow ended the visa-free exchanges in 2022 and has said peace treaty talks with Japan are impossible while Tokyo maintains sanctions over the war in Ukraine.
"""),
]
