# English-language articles of the blind108 world.
# Fields: see generate.py. Body paragraphs are separated by blank lines.

ARTICLES = [
dict(
    id="b108-01", feed="longshore-review", lang="en", published="2025-06-17T14:00:00Z",
    section="Briefs", author="Hannah Kettering",
    title="Explainer: why Russia and Japan still have no peace treaty, eighty years on",
    summary="Four islands, one 1956 promise and a 2022 rupture that Moscow says cannot be repaired while sanctions stay. A primer for newcomers.",
    label="restatement",
    note="Background primer. Restates seed facts: no peace treaty since WWII, Japan's claim to Iturup/Kunashir/Shikotan/Habomai, 1956 declaration, 2018 agreement to speed up talks, March 2022 termination of talks, visa-free trips and joint economic dialogue, Rudenko's Feb 2024 'categorically impossible'. Nothing new.",
    body="""
Every summer someone asks why the Second World War is, on paper, still unfinished between Russia and Japan. The short answer is that the two countries never signed a peace treaty, and the reason they never signed one is a chain of four islands off the north-eastern tip of Hokkaido.

## The islands

Iturup, Kunashir, Shikotan and the Habomai group were occupied by Soviet forces in August and September 1945. Moscow regards them as the southern part of the Kuril chain and as Russian territory by the outcome of the war. Tokyo calls them the Northern Territories and says they were never anyone's but Japan's, citing the 1855 Treaty of Shimoda, which drew the border between Iturup and Urup.

## The 1956 promise

In 1956 the Soviet Union and Japan signed a joint declaration that ended the state of war and restored diplomatic relations. It said that Shikotan and the Habomai islets would be handed over after a peace treaty was concluded. No treaty followed, and the declaration has been read very differently in Moscow and Tokyo ever since.

## The last attempt

In 2018 the two leaders agreed to accelerate negotiations on the basis of the 1956 text. Several rounds of talks produced warm words and a package of "joint economic activities" on the islands, but nothing on sovereignty.

## The rupture

After Japan joined Western sanctions over the invasion of Ukraine, Russia's foreign ministry announced in March 2022 that it would not continue peace treaty talks with "a state that takes openly unfriendly positions". It also ended visa-free trips by Japanese citizens to the islands, pulled out of the dialogue on joint economic activities and blocked Japan's partner status at the Black Sea Economic Cooperation organisation.

Moscow has not moved since. In February 2024 Deputy Foreign Minister Andrei Rudenko called a resumption of treaty talks "categorically impossible" and said the key condition for any normalisation was Tokyo abandoning its "hostile policy".

## What would have to change

On the public record, quite a lot. Russia says its sovereignty over the islands cannot be questioned. Japan says a treaty is impossible without settling the territorial question. Until one of those sentences changes, the treaty remains where it has been for seventy years: in the drawer.
""",
    related=[("The Kurils in numbers", "/data/kurils-in-numbers"), ("What the 1956 declaration actually says", "/briefs/1956-text")],
    comments=[("M. Aoki", "Good summary. Worth adding that the 1956 text only mentions two of the four."), ("rdgrv", "Shimoda 1855 never mentions Habomai separately, for what it's worth.")],
),
dict(
    id="b108-04", feed="taffrail-wire", lang="en", published="2025-07-15T09:40:00Z",
    section="Asia Pacific", author="Kenji Arakawa and Olga Vetrova",
    title="Russia expels Japanese reporter in Sakhalin over coverage of disputed islands",
    summary="Moscow revoked the accreditation of a Japanese news agency correspondent in Yuzhno-Sakhalinsk and told him to leave by July 25; Tokyo protested.",
    label="new_development", group="b108-g1",
    new_facts=["Russia revoked the accreditation of Nippo Tsushin's Yuzhno-Sakhalinsk correspondent Takumi Murase over his reporting on the southern Kurils and ordered him to leave Russia by July 25, 2025; Japan protested."],
    must_mention=[["correspondent", "reporter", "journalist"], ["accreditation", "expel", "leave"]],
    note="Same development as b108-03 (first report, Japanese), in English, same day.",
    tags=["Russia", "Japan", "Media freedom"],
    body="""
TOKYO/MOSCOW, July 15 (Taffrail) - Russia has stripped a Japanese news agency correspondent in Yuzhno-Sakhalinsk of his accreditation and told him to leave the country by July 25, accusing him of "systematically" questioning Russian sovereignty over the southern Kuril Islands, Japan's government said on Tuesday.

The reporter, Takumi Murase of the Tokyo-based Nippo Tsushin news agency, has headed its Sakhalin bureau since 2023 and covered the military build-up on the islands, which Japan calls the Northern Territories, as well as the daily life of their Russian residents.

Japan's top government spokesman said Tokyo had lodged a protest through diplomatic channels and demanded that the decision be withdrawn. "This is an unjust restriction on the freedom of the press and cannot be accepted," the chief cabinet secretary told a regular news conference.

According to Nippo Tsushin, a Russian foreign ministry official objected to articles in which Murase used the term "Northern Territories" and quoted the Japanese government's description of the islands as illegally occupied. The agency said his reporting was "fair and legitimate".

It is the first time a Japanese journalist has been ordered out of Russia since Moscow's full-scale invasion of Ukraine in February 2022, Japanese officials said. The Russian foreign ministry did not immediately respond to a request for comment.

Relations between the two neighbours are at their lowest point in decades. In March 2022 Moscow walked away from peace treaty negotiations with Tokyo and halted visa-free visits by Japanese citizens to the islands, citing Japan's sanctions over Ukraine.

The islands - Iturup, Kunashir, Shikotan and the Habomai group - were seized by Soviet forces at the end of World War Two. The dispute has kept the two countries from signing a formal peace treaty.
""",
    credits="Reporting by Kenji Arakawa in Tokyo and Olga Vetrova; Editing by Simon Pryor",
    related=[("Japan's press corps in Russia shrinks to a handful", "/world/asia/japan-press-russia"), ("Sakhalin LNG keeps flowing to Japan despite sanctions", "/energy/sakhalin-lng")],
),
dict(
    id="b108-06", feed="taffrail-wire", lang="en", published="2025-07-30T03:20:00Z",
    section="Disasters", author="Taffrail staff",
    title="Tsunami floods port of Severo-Kurilsk after huge Kamchatka quake; Japan orders coastal evacuations",
    summary="Waves swept into the port of the northern Kuril town after a magnitude 8.8 earthquake off Kamchatka; Japan issued tsunami warnings along its Pacific coast.",
    label="off_topic",
    note="Look-alike: the Kurils (northern town Severo-Kurilsk on Paramushir, not a disputed island) and Japan in a natural-disaster story. Nothing about the territorial dispute or peace treaty.",
    tags=["Earthquakes", "Russia", "Japan"],
    body="""
MOSCOW/TOKYO, July 30 (Taffrail) - Tsunami waves flooded the port of Severo-Kurilsk in Russia's northern Kuril Islands on Wednesday after a magnitude 8.8 earthquake struck off the coast of Kamchatka, one of the strongest ever recorded in the region.

Residents of the town of about 2,000 people on Paramushir island were evacuated to higher ground, regional authorities in Sakhalin said. Video shared by local officials showed water surging over the quay and into the grounds of a fish processing plant. There were no immediate reports of deaths.

"The first wave took out part of the port, the second one went further," a local official told Russian television, adding that a state of emergency had been declared in the North Kuril district.

In Japan, the Meteorological Agency issued tsunami warnings for a long stretch of the Pacific coast from Hokkaido southwards, and hundreds of thousands of people were told to evacuate. Waves of more than a metre were observed in parts of north-eastern Japan, and the operator of the Fukushima Daiichi nuclear plant said it had moved workers to higher ground as a precaution.

Tsunami alerts were also issued in Hawaii, along the U.S. West Coast and across parts of the Pacific.

The quake struck at a shallow depth about 120 km east of Petropavlovsk-Kamchatsky, the U.S. Geological Survey said. Several strong aftershocks followed.

The Kuril Islands stretch about 1,200 km from Kamchatka to Hokkaido and lie along one of the world's most seismically active zones, the Kuril-Kamchatka Trench.
""",
    credits="Reporting by Taffrail bureaux in Moscow and Tokyo; Editing by Clare Holm",
    related=[("Pacific nations lift tsunami warnings", "/world/pacific/warnings-lifted"), ("How tsunami warnings work", "/graphics/tsunami-warnings")],
),
dict(
    id="b108-10", feed="ginkgo-times", lang="en", published="2025-08-26T06:00:00Z",
    section="Business", author="Reiko Sunahara",
    title="Japanese consortium moves to keep Sakhalin-1 stake as Moscow reopens door",
    summary="SODECO plans to apply to retain its 30% interest in the Russian oil and gas project after a new decree from the Kremlin.",
    label="off_topic",
    note="Unrelated Japan-Russia news (energy business on Sakhalin). Mentions Sakhalin and Russia-Japan relations but not the islands or treaty.",
    tags=["Energy", "Russia", "Sakhalin-1"],
    body="""
The Japanese consortium that held a 30 percent stake in the Sakhalin-1 oil and gas project intends to apply to keep its interest in the venture, people familiar with the matter said, after a Kremlin decree set out conditions for foreign partners to return.

Sakhalin Oil and Gas Development Co. (SODECO), whose shareholders include the state-backed JOGMEC, Itochu and Marubeni, has until the end of the application window to notify the Russian government. The trade ministry said it would "continue to make decisions from the standpoint of energy security".

Sakhalin-1 was transferred to a new Russian operator in 2022, when Moscow moved to take control of projects involving partners from countries it deems unfriendly. The Japanese side was allowed to keep its share then, while ExxonMobil, the former operator, left.

For Japan, which imports most of its energy, the Sakhalin projects have been among the few links with Russia that Tokyo has chosen to preserve despite sanctions. Crude from Sakhalin-1 has been shipped to Japanese refiners intermittently, and liquefied natural gas from the neighbouring Sakhalin-2 project supplies close to a tenth of Japan's LNG imports.

"Walking away would simply hand the stake to someone else," said an executive at one of the shareholders. "Nobody here expects relations with Russia to improve soon, but resources are resources."

An official at the economy ministry said the government would examine the decree's conditions, including any requirement to take part in future investment, before giving its approval.
""",
    related=[("LNG: Japan's winter stocks above average", "/business/energy/lng-stocks"), ("Sakhalin-2 cargo schedules tighten", "/business/energy/sakhalin2")],
),
dict(
    id="b108-11", feed="taffrail-wire", lang="en", published="2025-09-03T10:15:00Z",
    section="Europe", author="Taffrail staff",
    title="Russia marks 80 years since Japan's surrender; Moscow says Kurils 'not subject to revision'",
    summary="Ceremonies in Yuzhno-Sakhalinsk and Vladivostok; the foreign ministry said the outcome of the war, including sovereignty over the Kurils, is final. Tokyo said its position was unchanged.",
    label="restatement",
    note="Anniversary/occasion piece. Zakharova and the Japanese spokesman restate known positions (Russian sovereignty cannot be questioned - seeds 001/003/004; Japan claims the four islands). No new fact.",
    tags=["Russia", "Japan", "World War Two"],
    body="""
MOSCOW, Sept 3 (Taffrail) - Russia on Wednesday marked the 80th anniversary of the end of World War Two with wreath-laying ceremonies and military parades in its Far East, as President Vladimir Putin attended a parade in Beijing alongside Chinese leader Xi Jinping.

In Yuzhno-Sakhalinsk, the capital of the Sakhalin region that includes the Kuril Islands, several thousand people watched troops and vintage vehicles pass through the central square. Smaller ceremonies were held in the Kuril towns of Kurilsk and Yuzhno-Kurilsk, local officials said.

Foreign Ministry spokeswoman Maria Zakharova said in a statement that the outcome of the war "including Russia's sovereignty over the Kuril Islands" was enshrined in international documents and "not subject to revision". She accused Japan of "trying to rewrite history".

Japan's chief cabinet secretary, asked about the statement, told reporters Tokyo's position "has not changed in any way", describing the four southernmost islands as Japan's inherent territory. "We will continue to pursue a resolution of the territorial issue and the conclusion of a peace treaty," he said.

Russia refused in 2022 to continue peace treaty negotiations with Japan, citing Tokyo's sanctions over Ukraine. The two countries have never formally ended their World War Two hostilities with a treaty.
""",
    credits="Reporting by Taffrail Moscow bureau; Editing by Clare Holm",
),
dict(
    id="b108-13", feed="ginkgo-times", lang="en", published="2025-09-20T05:00:00Z",
    section="Hokkaido", author="Tomoko Hirai",
    title="Nemuro's saury festival goes ahead despite thin catch",
    summary="Organisers imported part of the fish from other ports; visitors still queued for grilled sanma at the harbour.",
    label="off_topic",
    note="Local everyday news from Nemuro; the Russian-held islets are mentioned only as scenery. No dispute development.",
    tags=["Hokkaido", "Fisheries", "Festivals"],
    body="""
NEMURO, Hokkaido - Smoke rose over Nemuro's harbour on Saturday as the city's annual saury festival opened, even though the fish at its centre are once again scarce.

Local fishermen landed only a fraction of what they caught a decade ago, and organisers had to bring in part of the festival's supply from other ports in eastern Hokkaido. Still, the queue for free grilled sanma stretched along the quay for most of the morning.

"It's the smell of autumn. People come for that even when the boats come back half empty," said a volunteer from the local fisheries cooperative, turning fish on a long charcoal grill.

Scientists blame warmer seas and the shifting of the Kuroshio and Oyashio currents for driving saury further offshore, where Japanese boats compete with fleets from China and Taiwan on the high seas.

Many visitors combined the festival with a drive to Cape Nosappu, about 20 kilometres east of the city, where on clear days the Russian-held Habomai islets are visible a few kilometres offshore.

The two-day event also features a kelp-tying contest and stalls selling Hanasaki crab, another local speciality whose catch has also dwindled.
""",
),
dict(
    id="b108-16", feed="ginkgo-times", lang="en", published="2025-10-01T08:30:00Z",
    section="National", author="Tomoko Hirai",
    title="Japan picks former islanders' records as UNESCO 'Memory of the World' nominee",
    summary="An archive of memoirs, diaries and village records from the Russian-held islands off Hokkaido will be put forward for the 2027 register; Moscow's envoy in Sakhalin called it a political move.",
    label="new_development", group="b108-g2",
    new_facts=["Japan's national commission for UNESCO selected the Nemuro/Chishima League archive on the expulsion of Japanese residents from the four islands as Japan's Memory of the World candidate (formal nomination by end of November 2025, registration targeted for 2027)."],
    must_mention=[["memory of the world", "unesco"], ["nominat", "candidate", "nominee"]],
    note="Same development as b108-14 (first report, Japanese, Hokkaido local paper); English report adds the Russian reaction already in b108-15.",
    tags=["Northern Territories", "UNESCO", "Russia"],
    body="""
NEMURO, Hokkaido - Japan's national commission for UNESCO on Tuesday selected a collection of diaries, memoirs and village records left by Japanese who were expelled from Russian-held islands off Hokkaido after World War II as the country's candidate for the UNESCO Memory of the World register.

The archive of about 12,000 items, compiled over decades by the city of Nemuro and the League of Residents of Chishima and Habomai Islands, documents life on Etorofu, Kunashiri, Shikotan and the Habomai islets until the Soviet Union deported about 17,000 Japanese residents in 1947-49.

The government will submit a formal nomination to UNESCO by the end of November, aiming for registration in 2027. It is the first time material related to the islands, which Japan calls the Northern Territories and Russia the southern Kurils, has been put forward for the register.

"My mother wrote everything down on the ship to Sakhalin because she was afraid she would forget," said Mitsu Chiba, 88, who was born on Shikotan. "Now her notebook might be kept for the whole world."

The Russian foreign ministry's representative office in Yuzhno-Sakhalinsk called the selection an attempt "to use UNESCO's humanitarian platform to promote unfounded territorial claims", according to Sakhalin media.

Under rules adopted by UNESCO in 2021, nominations contested by another member state cannot be examined until the countries concerned resolve their differences through dialogue, which would allow Moscow to stall the bid.

Japanese officials said the archive was about the experience of ordinary people. "It is a record of lives, not a legal document," one said.
""",
    related=[("Former islanders' average age nears 90", "/hokkaido/islanders-age"), ("Nemuro museum digitises prewar village maps", "/hokkaido/nemuro-maps")],
),
dict(
    id="b108-17", feed="taffrail-wire", lang="en", published="2025-10-24T07:30:00Z",
    section="Asia Pacific", author="Kenji Arakawa",
    title="Takaichi pledges 'resolute' diplomacy in first policy speech, no shift on Russia",
    summary="Japan's new prime minister told parliament relations with Russia remain difficult but Tokyo will keep seeking a territorial settlement and a peace treaty.",
    label="restatement",
    note="New speaker (PM Takaichi) restating Japan's long-standing policy of resolving the territorial issue and concluding a peace treaty (cf. Kishida in seed 002). No new fact on the dispute.",
    tags=["Japan", "Politics", "Russia"],
    body="""
TOKYO, Oct 24 (Taffrail) - Japanese Prime Minister Sanae Takaichi promised "resolute and realistic" diplomacy in her first policy address to parliament on Friday, pledging to strengthen the alliance with the United States and to boost defence spending.

On Russia, Takaichi said relations "remain in a difficult situation" because of the war in Ukraine. "There is no change to our policy of resolving the territorial issue and concluding a peace treaty," she said, adding that Japan would continue to press for the resumption of visits by former residents to family graves on the four islands.

Takaichi, who took office on Tuesday as Japan's first female prime minister, devoted most of the speech to the economy and to China, calling for "constructive and stable relations" with Beijing while voicing concern over its military activity.

Russia broke off peace treaty talks with Japan in 2022 over Tokyo's sanctions. The dispute over the islands, which Russia calls the southern Kurils and Japan the Northern Territories, has prevented the two countries from formally ending World War Two hostilities.
""",
    credits="Reporting by Kenji Arakawa; Editing by Simon Pryor",
),
dict(
    id="b108-18", feed="longshore-review", lang="en", published="2025-11-11T12:00:00Z",
    section="Essays", author="Hannah Kettering",
    title="Will Takaichi reopen the Russia file? Don't hold your breath",
    summary="The new prime minister may consider small humanitarian gestures. Moscow, for its part, keeps repeating that talks are impossible while sanctions stay.",
    label="restatement",
    note="Questioned/speculative piece: 'may consider', 'could', 'if'. Restates known positions (Russia: talks impossible under sanctions, seeds 000-004). No development.",
    body="""
Each new Japanese prime minister is asked the same question in the first weeks in office: is there any room to move with Russia? Sanae Takaichi has answered it the way her predecessors did, with the formula about resolving the territorial issue and concluding a peace treaty. The question is whether anything sits behind the formula.

## What Tokyo might do

Officials in Tokyo talk, carefully, about humanitarian issues. The government may consider asking Moscow again to allow former islanders, whose average age is close to ninety, to visit family graves on the islands. Some in the ruling party would like to revive contacts between Hokkaido and Sakhalin. None of this would touch sanctions, and none of it has been announced.

A more ambitious prime minister could, in theory, test whether Moscow would accept a conversation about the peace treaty without preconditions. That would require a political appetite that is hard to see in a government whose priorities are China, the U.S. alliance and prices at home.

## What Moscow says

Russia's position has not budged since March 2022, when it declared that it would not negotiate a treaty with "a state that takes openly unfriendly positions". Its officials have since added that the condition for any normalisation is Japan abandoning its "hostile policy", which in practice means sanctions and support for Ukraine.

## So?

If anything moves, it is more likely to be small, humanitarian and deniable than anything with the words "peace treaty" in it. And even that would depend on Moscow, which so far has shown no interest in giving Tokyo a win.
""",
    comments=[("K. Sato", "Grave visits would be the obvious first step. But Moscow knows that too."), ("okhotsk_watcher", "Nothing will happen before the war ends. Everything else is noise.")],
),
dict(
    id="b108-20", feed="taffrail-wire", lang="en", published="2025-11-27T06:30:00Z",
    section="Asia Pacific", author="Kenji Arakawa",
    title="Japan protests Russian commemorative coins featuring disputed Kuril islands",
    summary="The Bank of Russia will issue silver 3-rouble coins dedicated to Iturup and Kunashir in December, opening a 'Kuril Islands' series; Tokyo called it regrettable.",
    label="new_development", group="b108-g3",
    new_facts=["The Bank of Russia opened a 'Kuril Islands' commemorative coin series with silver 3-rouble coins for Iturup and Kunashir (issue in December 2025); Japan lodged a protest."],
    must_mention=[["coin"], ["kuril", "iturup", "kunashir", "etorofu"]],
    note="Same development as b108-19 (first report, Russian business daily, where the coin series sits in the second paragraph); here with Japan's protest.",
    tags=["Russia", "Japan", "Kuril Islands"],
    body="""
TOKYO, Nov 27 (Taffrail) - Japan has lodged a protest with Russia over a new series of commemorative coins from the Bank of Russia that features two of the Russian-held islands claimed by Tokyo, the government's top spokesman said on Thursday.

The Russian central bank said this week it would put into circulation in December two silver 3-rouble coins dedicated to Iturup and Kunashir, the first in a series called "Kuril Islands". The reverse sides show the Tyatya volcano on Kunashir and Kasatka Bay on Iturup, and each coin will be minted in a run of 3,000.

"It is incompatible with our country's position and extremely regrettable," the chief cabinet secretary told a news conference, adding that Tokyo had conveyed its protest through diplomatic channels. The islands are known in Japan as Kunashiri and Etorofu.

The bank said the series would run until 2027 and also include Shikotan and the Lesser Kuril chain, which Japan calls the Habomai islets.

There was no immediate comment from Moscow, which says its sovereignty over the islands, seized by Soviet troops at the end of World War Two, is beyond question. Russia broke off peace treaty talks with Japan in 2022 over Tokyo's sanctions.
""",
    credits="Reporting by Kenji Arakawa; Editing by Simon Pryor",
),
dict(
    id="b108-21", feed="gillnet-weekly", lang="en", published="2025-12-09T04:00:00Z",
    section="Quotas", author="Peter Lindqvist",
    title="Russia sets 2026 pollock catch limits; South Kuril subzone quota trimmed",
    summary="Overall Russian pollock TAC stays near 2.4 million tonnes; the Okhotsk allowance edges up while the South Kuril zone is cut.",
    label="off_topic",
    note="Look-alike: 'South Kuril zone' is a Russian fisheries management subzone. Fisheries quota news, no dispute or treaty content.",
    body="""
Russia's Federal Agency for Fisheries has approved total allowable catches for 2026, with the overall pollock limit held close to this year's level at around 2.4 million tonnes, according to the order published on the government's legal portal.

The Sea of Okhotsk, which accounts for the bulk of Russia's pollock, gets a slightly higher allowance after scientists from the VNIRO institute reported a healthy year class. The West Bering Sea zone is broadly unchanged.

The South Kuril subzone, a smaller management area on the Pacific side of the southern islands, is trimmed by about 8 percent. Researchers cited weaker recruitment and warmer water temperatures over the past two seasons. Herring and saury limits in the same zone are largely unchanged.

Processors said the cut would have little impact on frozen block supply to China and South Korea, Russia's main markets since sanctions closed most Western outlets. "The South Kuril is a side dish. The Okhotsk A-season sets the price," said a trader in Busan.

Prices for headed-and-gutted pollock in Qingdao have softened since October on ample inventories, traders said. Roe prices are expected to firm ahead of the January auctions in Busan.
""",
),
dict(
    id="b108-25", feed="taffrail-wire", lang="en", published="2026-01-20T12:00:00Z",
    section="Europe", author="Olga Vetrova",
    title="Kremlin sees no conditions for resuming peace treaty talks with Japan",
    summary="Peskov said Tokyo's 'unfriendly course' rules out a return to negotiations, responding to Takaichi's New Year remarks.",
    label="restatement",
    note="Negated form ('no conditions to resume'). Peskov repeats the known position (seeds 002/004: talks impossible under present circumstances). No change.",
    tags=["Russia", "Japan", "Kremlin"],
    body="""
MOSCOW, Jan 20 (Taffrail) - The Kremlin said on Tuesday there were no conditions for resuming peace treaty talks with Japan, dismissing remarks by Prime Minister Sanae Takaichi that Tokyo remained committed to negotiations.

"At the moment there are no conditions for resuming such talks. Japan has chosen an unfriendly course towards our country, and that is its choice," Kremlin spokesman Dmitry Peskov told reporters when asked about Takaichi's New Year news conference.

Takaichi had said Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia was unchanged and that Tokyo wanted former residents to be able to visit family graves on the islands.

Peskov said Moscow was "always open to dialogue" with countries that respected its interests, but that Japan's sanctions and its support for Ukraine made serious discussions impossible.

Russia broke off the talks in March 2022. Officials in Moscow have repeatedly said the key condition for normalising ties is Tokyo abandoning what they call its hostile policy.
""",
    credits="Reporting by Olga Vetrova; Editing by Clare Holm",
),
dict(
    id="b108-26", feed="ginkgo-times", lang="en", published="2026-01-27T05:30:00Z",
    section="Hokkaido", author="Tomoko Hirai",
    title="Hokkaido governor: island visits 'could restart within months' if Moscow changes course",
    summary="Governor Suzuki urged Russia to allow at least grave visits by former islanders, saying Hokkaido is ready to resume exchanges on short notice.",
    label="restatement",
    note="Conditional and requested versions of a move ('could restart if Moscow changes course', 'urged Russia to allow'). Visa-free trips stay terminated (seeds 000/001). Nothing happened.",
    tags=["Hokkaido", "Northern Territories", "Russia"],
    body="""
SAPPORO - Hokkaido Governor Naomichi Suzuki said on Monday that visa-free exchanges with the Russian-held islands off the prefecture's east coast "could restart within months" if Moscow changed course, and urged Russia to allow at least grave visits by former residents.

"The ship, the crews and the people on our side are ready. If the Russian side were to change its position, we could resume quickly," Suzuki told a regular news conference in Sapporo.

He said he had asked the central government to keep pressing Moscow on the issue and to treat visits to family graves, which the former islanders consider the most urgent matter, separately from the wider political dispute. "Time is not on our side. Their average age is almost ninety," he said.

Russia ended visa-free travel by Japanese citizens to the islands in 2022, citing Tokyo's sanctions over Ukraine. The exchange programme had allowed more than 20,000 people from both sides to visit since 1992.

Suzuki also said the prefecture would maintain its budget for the Northern Territories exchange facilities in Nemuro in the coming fiscal year, "so that nothing has to be rebuilt from scratch when the day comes".
""",
),
dict(
    id="b108-28", feed="taffrail-wire", lang="en", published="2026-02-07T11:00:00Z",
    section="Asia Pacific", author="Kenji Arakawa",
    title="On 'Northern Territories Day', Tokyo renews claim; Russian embassy calls issue closed",
    summary="The annual rally in Tokyo heard the prime minister pledge to pursue a settlement; the Russian embassy said there was no territorial issue to discuss.",
    label="restatement",
    note="Annual occasion piece. Both sides restate known positions (Japan: resolve territorial issue, conclude treaty; Russia: sovereignty beyond question, seeds 001/004). No new fact.",
    tags=["Japan", "Russia", "Northern Territories"],
    body="""
TOKYO, Feb 7 (Taffrail) - Japan on Saturday held its annual rally calling for the return of four Russian-held islands, with Prime Minister Sanae Takaichi pledging to "tenaciously" pursue a resolution of the territorial dispute and the conclusion of a peace treaty.

February 7 is marked in Japan as "Northern Territories Day", the anniversary of the 1855 treaty that set the border between Japan and Russia between the islands of Etorofu and Urup.

"Japan-Russia relations remain in a difficult situation, but our policy is unchanged," Takaichi told the gathering of former islanders, lawmakers and local officials in Tokyo. She said the government would continue to seek the resumption of grave visits as a top priority.

The Russian embassy in Tokyo said in a statement on its Telegram channel that "the so-called territorial issue" did not exist, that Russia's sovereignty over the southern Kurils was enshrined in international legal documents, and that events such as the rally "do not contribute to a healthy atmosphere".

Russia ended peace treaty negotiations and visa-free visits to the islands in 2022 in response to Japanese sanctions over Ukraine.
""",
    credits="Reporting by Kenji Arakawa; Editing by Simon Pryor",
),
dict(
    id="b108-30", feed="ginkgo-times", lang="en", published="2026-02-22T06:00:00Z",
    section="Politics", author="Yusuke Morimoto",
    title="Shimane marks Takeshima Day; Seoul lodges protest",
    summary="A vice minister attended the prefecture's ceremony over the South Korean-controlled islets; South Korea summoned a Japanese diplomat.",
    label="off_topic",
    note="Look-alike: a different island dispute (Takeshima/Dokdo with South Korea). Not about Russia or the Kurils.",
    tags=["Takeshima", "South Korea", "Territorial disputes"],
    body="""
MATSUE, Shimane Prefecture - Shimane Prefecture on Sunday held its annual "Takeshima Day" ceremony asserting Japan's claim to South Korean-controlled islets in the Sea of Japan, with a parliamentary vice minister attending on behalf of the central government.

The islets, called Takeshima in Japan and Dokdo in South Korea, have been controlled by Seoul since the 1950s. Tokyo calls them Japan's inherent territory.

South Korea's foreign ministry called on Japan to "immediately abolish" the event and summoned a senior diplomat from the Japanese embassy in Seoul to lodge a protest. A small group of protesters gathered outside the embassy.

The government of Prime Minister Sanae Takaichi, who had previously said cabinet ministers should attend the ceremony, again sent a vice minister, in what analysts saw as an effort to avoid damaging a recent thaw with Seoul.

About 500 people took part in the ceremony in Matsue, organisers said.
""",
),
dict(
    id="b108-33", feed="taffrail-wire", lang="en", published="2026-03-24T13:00:00Z",
    section="Asia Pacific", author="Olga Vetrova and Kenji Arakawa",
    title="Russia, Japan hold first peace treaty consultations since 2022 - by video link",
    summary="Deputy Foreign Minister Rudenko and Japan's European Affairs director-general talked by videoconference and agreed to meet again in the second half of the year.",
    label="status_change", group="b108-g4",
    new_facts=["Russia and Japan held peace treaty consultations by videoconference on March 24, 2026 (Rudenko and Japan's European Affairs director-general), the first since Russia ended the talks in March 2022, and agreed to continue in that format in the second half of 2026."],
    must_mention=[["consultation", "talks"], ["video"]],
    note="Status change: peace treaty talks, terminated by Russia in March 2022 (seeds 000-004; Rudenko Feb 2024 'categorically impossible'), now held again in video format with a next round agreed. Same development as b108-32 (first report, Russian).",
    tags=["Russia", "Japan", "Diplomacy"],
    body="""
MOSCOW/TOKYO, March 24 (Taffrail) - Russian and Japanese diplomats held consultations on a peace treaty by video link on Tuesday, the first such talks since Moscow broke off negotiations with Tokyo over its sanctions in 2022, both foreign ministries said.

Russian Deputy Foreign Minister Andrei Rudenko and the director-general of the Japanese foreign ministry's European Affairs Bureau "exchanged views on the state and prospects of bilateral relations, including the peace treaty issue", the Russian ministry said in a statement. They agreed to continue consultations in the same format in the second half of the year.

Japan's foreign ministry confirmed the talks, saying the Japanese side had explained its "basic position of resolving the territorial issue and concluding a peace treaty" and again asked Russia to allow former residents of the islands to visit family graves.

Japan's chief cabinet secretary described the talks as "one step" but cautioned against overstating their significance. "We do not consider this a full resumption of negotiations," he said.

Russia said in March 2022 that it would not continue negotiating a treaty with a country that had taken "openly unfriendly positions". As recently as January, the Kremlin said there were no conditions for resuming the talks.

The dispute centres on four islands off Hokkaido which Soviet forces seized at the end of World War Two, known in Russia as the southern Kurils and in Japan as the Northern Territories.
""",
    credits="Reporting by Olga Vetrova in Moscow and Kenji Arakawa in Tokyo; Editing by Simon Pryor",
),
dict(
    id="b108-35", feed="ginkgo-times", lang="en", published="2026-03-27T07:00:00Z",
    section="Politics", author="Yusuke Morimoto",
    title="Analysis: a video call is not a negotiation - what Tokyo and Moscow actually agreed",
    summary="Tuesday's peace treaty consultations by videoconference were the first in four years. Officials on both sides are keen to say what they were not.",
    label="status_change", group="b108-g4",
    new_facts=["Follow-up on the March 24, 2026 video consultations on the peace treaty; no further fact."],
    must_mention=[["consultation", "talks"], ["video"]],
    note="Follow-up in group b108-g4 with no new fact: explains the March 24 video consultations already reported by b108-32/33/34.",
    tags=["Russia", "Diplomacy", "Northern Territories"],
    body="""
For two hours on Tuesday afternoon, a Japanese director-general sat in a conference room at the Foreign Ministry in Kasumigaseki and spoke to a Russian deputy foreign minister on a screen. It was the first time since March 2022 that the two governments had discussed the peace treaty in any format. It was also, officials on both sides insist, not a resumption of negotiations.

What was agreed is modest. The video consultations, which both ministries confirmed, covered "the state and prospects" of relations, including the treaty issue, and the two sides said they would hold another round in the second half of the year. No date has been set, and neither side has said who would attend.

What was not agreed is everything else. There was no mention of the territorial issue in the Russian statement. Grave visits by former islanders, which Tokyo raised again, were not promised. Visa-free exchanges remain suspended, as does the dialogue on joint economic activities on the islands.

"The Russians wanted to show they can talk to Japan without talking about the islands," said a former Japanese diplomat who served in Moscow. "Tokyo wanted to show the channel is open. Both got what they came for, and nothing more."

Officials in Tokyo said the format - video rather than an in-person meeting in Moscow or Tokyo - was chosen partly to avoid questions over travel by senior officials while sanctions remain in force.

For the former islanders in Nemuro, the reaction was guarded. "Talking is better than not talking," said one. "But I am 89. I need a ship, not a video call."
""",
),
dict(
    id="b108-36", feed="longshore-review", lang="en", published="2026-04-07T09:00:00Z",
    section="Briefs", author="Aksel Brandt",
    title="The Kuril-Kamchatka Trench after 2025: what the megaquake taught seismologists",
    summary="Last July's magnitude 8.8 rupture was long expected. Its aftershocks are still reshaping hazard maps from Hokkaido to Kamchatka.",
    label="off_topic",
    note="Look-alike: the Kuril-Kamchatka Trench is a geological feature named after the Kurils. Science piece, no dispute content.",
    body="""
The Kuril-Kamchatka Trench is one of the fastest-moving subduction zones on the planet: the Pacific plate dives beneath the Okhotsk plate at about eight centimetres a year. For decades seismologists had flagged the segment off southern Kamchatka as overdue. On 30 July 2025 it ruptured over a length of several hundred kilometres.

## What surprised researchers

The size was not the surprise. What struck researchers was how the slip distributed itself: most of it occurred in a relatively shallow band, which helped explain why the tsunami was significant in the northern Kurils but more modest across the Pacific than early models suggested.

Aftershock sequences have since lit up parts of the trench further south, off the central Kurils. Japanese and Russian scientists have both published preliminary analyses suggesting stress transfer towards the segment east of Hokkaido, where a great earthquake is already considered likely in the coming decades.

## Why it matters for Hokkaido

Japan's Cabinet Office estimates that a worst-case quake along the Japan and Chishima (Kuril) trenches could produce waves of more than 20 metres on parts of the Hokkaido coast. Towns such as Kushiro and Nemuro have built evacuation towers and rewritten their plans accordingly.

Data exchange across the trench remains patchy. Stations on the Russian side feed into international networks, but the kind of dense sea-floor observation Japan operates south of Hokkaido does not exist further north.

The next few years of aftershocks will tell whether 2025 relieved stress along the trench or simply moved it.
""",
    comments=[("geo_jp", "The S-net comparison is important. The gap north of Nemuro is huge.")],
),
dict(
    id="b108-38", feed="gillnet-weekly", lang="en", published="2026-04-21T05:00:00Z",
    section="Quotas", author="Peter Lindqvist",
    title="Japan, Russia wrap up salmon talks with 2026 quota unchanged",
    summary="Japanese driftnet and set-net operators keep a 2,050-tonne limit on Russian-origin salmon in Japan's 200-mile zone; the fee range is also broadly unchanged.",
    label="neutral",
    note="Borderline: routine annual Japan-Russia fisheries talks (1985 salmon agreement) concluded as usual. Bilateral Japan-Russia news but not the treaty or the islands; no change of state.",
    body="""
Japan and Russia have concluded their annual intergovernmental talks on salmon and trout of Russian origin, keeping the catch limit for Japanese vessels in Japan's exclusive economic zone unchanged at 2,050 tonnes for 2026, Japan's Fisheries Agency said.

The talks, held under a 1985 bilateral agreement, were conducted online over four sessions. The cooperation fee paid by Japanese fishermen, which funds Russian hatchery and research programmes, was set within the same range as last year.

The agreement covers salmon that spawn in Russian rivers and are caught by Japanese boats off the Pacific coast of Hokkaido and Tohoku. It has survived the general chill in relations since 2022, with both sides treating it as a technical fisheries matter.

Operators in Hokkaido said the outcome allowed them to plan the season, which opens in April, but warned that small catches in recent years had made the fishery marginal. "The quota is not the problem. The fish are," said a cooperative official in Hiroo.

Chum salmon returns to Hokkaido's rivers fell again last autumn, pushing up prices for ikura roe.
""",
),
dict(
    id="b108-39", feed="taffrail-wire", lang="en", published="2026-05-12T15:00:00Z",
    section="Asia Pacific", author="Claire Dumont and Kenji Arakawa",
    title="UNESCO puts Japan's islanders' archive nomination on hold after Russian objection",
    summary="The Memory of the World bid for records of Japanese expelled from the Russian-held islands will not be examined until Tokyo and Moscow settle their differences through dialogue.",
    label="new_development", group="b108-g5",
    new_facts=["UNESCO suspended examination of Japan's Memory of the World nomination of the former islanders' archive, pending a dialogue with Russia, after Russia filed a formal objection in March 2026."],
    must_mention=[["unesco", "memory of the world"], ["hold", "suspend", "halt"]],
    note="New development on the nomination reported in group b108-g2 (not in seeds): Russia formally objected and UNESCO put the nomination on hold pending dialogue (a 'suspended pending review' state). First report of the group, in English.",
    tags=["UNESCO", "Russia", "Japan"],
    body="""
PARIS/TOKYO, May 12 (Taffrail) - UNESCO has suspended its examination of Japan's bid to add records of Japanese residents expelled from Russian-held islands to its Memory of the World register after Russia formally objected, Japan's foreign ministry said on Tuesday.

The U.N. cultural agency's secretariat informed Tokyo that the nomination, submitted last November, would be placed on hold under rules that require contested nominations to go through a dialogue between the member states concerned before they can be assessed by experts, a ministry official said.

Russia lodged its objection in March, calling the nomination "politically motivated" and an attempt to "revise the outcome of the Second World War", according to the official.

"It is regrettable. The materials record the experience of people who lived on the islands, and we are prepared to explain that in the dialogue," the official said, speaking on condition of anonymity because of the sensitivity of the matter.

The archive of about 12,000 items - memoirs, diaries, resident lists and village documents - was compiled by the city of Nemuro and the league of former residents. It covers life on the four islands, which Japan calls the Northern Territories and Russia the southern Kurils, up to the deportation of about 17,000 Japanese residents in 1947-49.

UNESCO introduced the dialogue procedure in 2021 after disputes over earlier nominations. There is no deadline for the dialogue, meaning the bid could remain frozen indefinitely. Japan had hoped for registration in 2027.
""",
    credits="Reporting by Claire Dumont in Paris and Kenji Arakawa in Tokyo; Editing by Simon Pryor",
),
dict(
    id="b108-46", feed="ginkgo-times", lang="en", published="2026-07-28T06:00:00Z",
    section="Hokkaido", author="Tomoko Hirai",
    title="Pebbles from a lost home: Russia hands Kuril beach stones to former Japanese islanders",
    summary="In a one-off gesture, Russian officials collected stones from the beaches of former Japanese villages on Kunashiri and Shikotan and passed them to Japan's consulate in Sakhalin.",
    label="new_development", group="b108-g6",
    new_facts=["At the request of former islanders, Russian local authorities collected about 400 pebbles from the beaches of eight former Japanese villages on Kunashir and Shikotan and handed them to Japan's consulate-general in Yuzhno-Sakhalinsk (July 2026); Russia called it a one-time humanitarian gesture; they were given to former islanders in Nemuro on July 21."],
    must_mention=[["pebble", "stone"], ["one-off", "one-time", "handed"]],
    note="Same development as b108-44 (first report, Hokkaido local paper) and b108-45 (Sakhalin site), in English a week later; no additional fact.",
    tags=["Northern Territories", "Former islanders", "Russia"],
    body="""
NEMURO, Hokkaido - Tatsuo Kanno turned the grey stone over in his palm for a long time before he spoke. "This is from Furukamappu. My father and I used to swim off that beach," said the 88-year-old, who left Kunashiri island as a boy in 1948.

The stone was one of about 400 pebbles that Russian officials collected this month from the beaches of eight former Japanese villages on Kunashiri and Shikotan, at the request of the league of former residents, and handed to Japan's consulate-general in Yuzhno-Sakhalinsk. Consulate staff brought them to Hokkaido, and they were given to around 40 former islanders at a ceremony in Nemuro on July 21.

The Russian side described the transfer as a "one-time humanitarian gesture", and Japanese officials were careful not to read more into it. Visits by former residents to family graves on the islands, which the league has requested every year since 2022, remain suspended, as do all visa-free exchanges.

"We asked for graves and were given stones," said one league member. "But I will not complain. For some of us, this is the closest we will get."

The pebbles are labelled by village: Furukamappu, Tomari and Chinomiji on Kunashiri; Shakotan, Anama and Notoro among those from Shikotan. Several families said they planned to place them on the family altar or in the graves of parents who died without returning.
""",
),
dict(
    id="b108-48", feed="gillnet-weekly", lang="en", published="2026-08-25T05:00:00Z",
    section="Processing", author="Gillnet Weekly reporter",
    title="Japanese tsunami scientists join Russian survey of Paramushir a year after quake",
    summary="Researchers from two Japanese universities travelled on Russian visas to study inundation at Severo-Kurilsk, where processors are still rebuilding.",
    label="neutral",
    note="Borderline: Japan-Russia scientific cooperation in the northern Kurils (Paramushir, not a disputed island, visited on ordinary Russian visas). Not the disputed islands, no change in the tracked matters.",
    body="""
Four Japanese tsunami researchers have joined colleagues from the Institute of Marine Geology and Geophysics in Yuzhno-Sakhalinsk for a two-week survey of Paramushir in the northern Kuril Islands, where last July's tsunami flooded the port of Severo-Kurilsk.

The Japanese team, from universities in Sendai and Sapporo, travelled on ordinary Russian visas via Vladivostok and Yuzhno-Sakhalinsk, the Russian institute said. The group is measuring run-up heights and sediment deposits to refine models of the July 30, 2025 event.

For the fishing industry, the survey is a reminder of how slowly Severo-Kurilsk is recovering. Two of the town's processing plants lost freezing capacity when seawater reached their machine rooms. One has restarted on a reduced line; the other is waiting for equipment ordered from China.

"Half the season's pollock and cod from the northern grounds now goes to Petropavlovsk for processing," a Sakhalin-based trader said. "That means longer runs and higher costs."

The researchers said their findings would be shared through international journals. Paramushir lies at the northern end of the Kuril chain and is not among the islands claimed by Japan.
""",
),
dict(
    id="b108-50", feed="taffrail-wire", lang="en", published="2026-09-08T10:00:00Z",
    section="Europe", author="Taffrail staff",
    title="Armenia, Azerbaijan edge toward signing peace treaty as Baku presses constitution demand",
    summary="Foreign ministers met in Abu Dhabi; Azerbaijan still wants Armenia to amend its constitution before the initialled text is signed.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Armenia-Azerbaijan). No connection to Russia-Japan.",
    tags=["Armenia", "Azerbaijan", "Peace talks"],
    body="""
ABU DHABI, Sept 8 (Taffrail) - The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Tuesday to discuss steps toward signing a peace treaty initialled last year, but Baku reiterated that Armenia must first change its constitution.

The agreed text, which both sides initialled at a ceremony in Washington in August 2025, would establish diplomatic relations and commit both countries to respect each other's territorial integrity after decades of conflict.

Azerbaijan says Armenia's constitution contains an implicit claim to the Karabakh region, which Baku retook in 2023, and wants it removed by referendum before any signing. Armenian Prime Minister Nikol Pashinyan has said a new constitution will be put to voters after parliamentary elections.

"We are closer than ever, but the final step depends on Yerevan," Azerbaijan's foreign minister told reporters after the meeting. His Armenian counterpart said the sides had discussed border delimitation and transport links.

The treaty would end one of the longest-running conflicts in the former Soviet Union.
""",
    credits="Reporting by Taffrail staff; Editing by Clare Holm",
),
dict(
    id="b108-53", feed="taffrail-wire", lang="en", published="2026-10-19T08:00:00Z",
    section="Asia Pacific", author="Kenji Arakawa",
    title="Seventy years after 1956 declaration, Moscow and Tokyo mark anniversary far apart",
    summary="The joint declaration that ended the state of war promised Shikotan and Habomai after a treaty. Neither side expects one soon.",
    label="restatement",
    note="Anniversary piece. Restates seed facts (1956 declaration, no treaty, Russia's position that sovereignty is beyond question) and the March 2026 video consultations already reported in group b108-g4. No new fact.",
    tags=["Russia", "Japan", "History"],
    body="""
TOKYO, Oct 19 (Taffrail) - Seventy years ago on Monday, the Soviet Union and Japan signed a joint declaration in Moscow that ended the state of war between them and restored diplomatic relations. It also promised that Shikotan and the Habomai islets would be handed over to Japan once a peace treaty was concluded.

No treaty has been signed, and the anniversary passed with little ceremony in either capital.

In Tokyo, Japan's foreign ministry said the declaration was "the starting point" of postwar relations and that Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged. In Moscow, a foreign ministry spokesman said Russia's sovereignty over the Kurils "is not subject to discussion" and that the declaration must be read "in the context of the outcome of the Second World War".

The two governments resumed contact on the treaty issue in March, when officials held a consultation by video link for the first time since Russia broke off negotiations in 2022, and agreed to hold another round in the second half of the year. No date has been announced.

Former residents of the islands, whose average age is about 90, marked the anniversary with a small gathering in Nemuro. "In 1956 we thought we would be home within a few years," said one. "Now we hope only to visit the graves."
""",
    credits="Reporting by Kenji Arakawa; Editing by Simon Pryor",
),
dict(
    id="b108-54", feed="longshore-review", lang="en", published="2026-10-20T16:00:00Z",
    section="Briefs", author="Aksel Brandt",
    title="The Duma writes to the Diet: a letter that says nothing new, loudly",
    summary="Russia's lower house adopted an address to Japan's parliament on the 1956 anniversary. Its content is the foreign ministry's position, set to parliamentary music.",
    label="neutral",
    note="Borderline: a new official act (State Duma address to the Japanese Diet) whose content restates known Russian positions (sovereignty beyond question, Japan must drop its unfriendly course, seeds 001/004). Not scored.",
    body="""
On Tuesday the State Duma adopted, by 389 votes with no objections, an address "to the deputies of the Japanese Diet" on the seventieth anniversary of the 1956 Joint Declaration. It is the first such text the Russian parliament has sent to its Japanese counterpart in years, and it is worth reading mainly for what it does not contain.

## What it says

The address calls on Japanese lawmakers to "recognise the results of the Second World War in their entirety", including Russia's sovereignty over the Kuril Islands, which it calls "indisputable and not subject to discussion". It urges Tokyo to abandon its "unfriendly course", lift sanctions and stop military cooperation with the United States near Russia's borders, and says that only then could "a genuine dialogue on the full spectrum of relations" begin.

It also praises "the many Japanese citizens who value good-neighbourliness" - a nod to the handful of Japanese politicians who still visit Moscow.

## What it does not say

There is no offer, no new condition and no reference to the video consultations on the peace treaty that the two foreign ministries held in March. The text tracks, almost sentence by sentence, what Russian diplomats have said since 2022.

## Why bother?

Parliamentary addresses are a familiar Duma genre: they signal that the line is agreed across the system, not just at the foreign ministry. The Japanese Diet is not expected to reply. A spokesman for the lower house in Tokyo said the address had "not been received through any official channel".
""",
    comments=[("rdgrv", "389 to nil. Even the Communists signed up.")],
),
dict(
    id="b108-56", feed="taffrail-wire", lang="en", published="2026-11-17T09:30:00Z",
    section="Asia Pacific", author="Kenji Arakawa and Olga Vetrova",
    title="Russia suspends peace treaty consultations with Japan, scraps December video round",
    summary="Moscow told Tokyo it was halting the consultations revived in March, citing new Japanese sanctions that include firms operating on the disputed islands.",
    label="status_change", group="b108-g7",
    new_facts=["Russia notified Japan (diplomatic note, Nov 2026) that it is suspending the peace treaty consultations revived by video in March 2026; the second round planned for December is cancelled, citing Japan's new sanctions."],
    must_mention=[["consultation", "talks"], ["suspend", "halt", "scrap", "cancel"]],
    note="Status change: the video consultations resumed in March 2026 (group b108-g4) are suspended again. Same development as b108-55 (first report, Japanese).",
    tags=["Russia", "Japan", "Diplomacy"],
    body="""
TOKYO/MOSCOW, Nov 17 (Taffrail) - Russia has suspended the consultations on a peace treaty with Japan that the two countries revived by video link in March and called off a second round planned for December, Japan's foreign ministry said on Tuesday.

Moscow informed Tokyo of the decision in a diplomatic note on Monday, citing new Japanese sanctions announced earlier this month, which for the first time include Russian companies operating on the islands claimed by Japan, a ministry official said.

"It is extremely regrettable. Japan has not changed its position that dialogue should continue," Japan's chief cabinet secretary told a news conference, adding that Tokyo had lodged a protest.

The Russian foreign ministry said in a statement that "in conditions when Tokyo continues to expand illegitimate restrictions against Russian citizens and companies, including those working in the Kuril Islands, continuing consultations is pointless".

In March, Deputy Foreign Minister Andrei Rudenko and a senior Japanese official held the first talks on the treaty issue since Russia broke off negotiations in 2022, and the two sides agreed to meet again in the second half of the year.

The dispute over the islands, seized by Soviet forces in 1945, has prevented the two countries from signing a peace treaty formally ending World War Two.
""",
    credits="Reporting by Kenji Arakawa in Tokyo and Olga Vetrova in Moscow; Editing by Simon Pryor",
),
]
