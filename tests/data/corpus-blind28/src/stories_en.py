"""English-language stories of the blind28 corpus (25 articles).

Each story: id, feed, lang, published (UTC), title, summary, label, [group, new_facts,
must_mention], note, and page fields (section, byline, dek, body; paragraphs separated
by blank lines).
"""

STORIES = [
    # ------------------------------------------------------------------ 2024
    dict(
        id="sk-240219-envoy-treaty",
        feed="skerry-wire", lang="en", published="2024-02-19T07:40:00Z",
        title="Russian envoy says no basis for peace treaty talks while Japan keeps sanctions",
        summary="Russia's ambassador to Japan said on Monday there was no basis for resuming "
                "peace treaty negotiations with Tokyo as long as Japan kept its sanctions in place.",
        label="restatement",
        note="Restates seeds 000/001/004: Russia halted the peace treaty talks in March 2022 over "
             "sanctions and calls a resumption impossible. New speaker (ambassador Nozdrev), no new fact.",
        section="Asia Pacific", byline="Kenji Morioka",
        body="""
TOKYO, Feb 19 (Skerry) - Russia's ambassador to Japan, Nikolai Nozdrev, said on Monday there was
no basis for resuming talks on a post-war peace treaty with Tokyo as long as Japan kept up its
sanctions against Moscow, repeating a position Russian officials have held for almost two years.

"One cannot negotiate a fundamental document on peace and good-neighbourliness with a government
that openly seeks to inflict damage on our country," Nozdrev told a small group of reporters at
the embassy in Tokyo, according to a transcript released by the mission.

He said responsibility for the state of relations lay "entirely with the Japanese side" and that
Moscow saw no sign of a change in Tokyo's course.

Russia announced in March 2022 that it would not continue the peace treaty negotiations, citing
the sanctions Japan imposed over the invasion of Ukraine. At the same time it ended visa-free
trips by Japanese citizens to the disputed islands off Hokkaido and withdrew from talks on joint
economic activities there.

Earlier this month, Deputy Foreign Minister Andrei Rudenko told a Russian state news agency that
resuming dialogue on the treaty was "categorically impossible" in the current situation.

Asked about the ambassador's remarks, Chief Cabinet Secretary Yoshimasa Hayashi said Japan's
policy of resolving the territorial issue and concluding a peace treaty had not changed, and that
the present state of relations was the result of Russia's aggression against Ukraine.

The islands - Etorofu, Kunashiri, Shikotan and the Habomai group, known in Russia as the Southern
Kurils - were seized by Soviet forces in the final days of World War Two. The dispute has kept the
two countries from signing a formal peace treaty. Moscow says its sovereignty over the islands is
not open to question.

(Reporting by Kenji Morioka; Editing by Alastair Finch)
""",
    ),
    dict(
        id="hm-240321-two-years-on",
        feed="harwick-mercury", lang="en", published="2024-03-21T06:00:00Z",
        title="Two years after Moscow walked out, the Kuril talks remain a dead letter",
        summary="On the anniversary of Russia's exit from peace treaty negotiations with Japan, "
                "former islanders in Nemuro see little prospect of a thaw.",
        dek="In Nemuro, where the islands are visible on a clear day, few expect anything to move",
        label="restatement",
        note="Anniversary piece. Restates seeds 000/001/003/004: March 2022 halt of the treaty talks, "
             "end of visa-free trips, withdrawal from the joint economic activity dialogue, the 1855 "
             "treaty, the 1956 declaration, the 2018 agreement to speed up talks, Rudenko's "
             "'categorically impossible'. No new fact.",
        byline="Harriet Cole in Nemuro",
        comments=[("northern_light", "Sad to read. These people were children when they left."),
                  ("KWalsh", "Nothing will move while the war goes on, and everyone knows it.")],
        body="""
On a clear morning the low outline of the Habomai islets is visible from Cape Nosappu, the
easternmost point of Hokkaido, a few kilometres across a strait patrolled by Russian border
guards. For the dwindling number of Japanese who were born there, the islands have rarely seemed
so far away.

Two years ago today, Russia's foreign ministry announced that it did not intend to continue
negotiations with Japan on a peace treaty, saying it was impossible to discuss a fundamental
document on bilateral relations with a state that took "openly unfriendly positions". The
statement, issued weeks after Tokyo joined western sanctions over the invasion of Ukraine, also
ended the visa-free visits that had allowed former residents and their families to travel to the
islands since the early 1990s, and pulled Moscow out of talks on joint economic projects there.

Nothing has moved since. In February, Russia's deputy foreign minister Andrei Rudenko said a
resumption of the talks was "categorically impossible" in the current situation, describing
relations as being at an unprecedented low.

"We used to count the months until the next visit," said Hiroshi Kamata, 86, who left Shikotan as
a boy. "Now we count the friends who have died."

The dispute dates from the closing days of the second world war, when Soviet troops occupied the
four island groups that Japan calls the Northern Territories and Russia the Southern Kurils. Japan
bases its claim on an 1855 treaty with tsarist Russia; Moscow says the islands passed lawfully to
the Soviet Union as a result of the war and that its sovereignty is beyond question.

A joint declaration in 1956 ended the state of war and restored diplomatic relations, but the
peace treaty was never signed. In 2018 the two governments agreed to accelerate negotiations on
the basis of that declaration - a moment that now looks like the high-water mark of the past two
decades.

City officials in Nemuro say the local economy, which once benefited from the exchange
programmes, has adjusted to the freeze. "We are preparing for a long winter," one said.
""",
    ),
    dict(
        id="lq-240409-senkaku-pressure",
        feed="lindqvist-asia", lang="en", published="2024-04-09T10:15:00Z",
        title="Chinese coast guard keeps up pressure around disputed East China Sea islands",
        summary="Four Chinese coast guard vessels entered Japanese-claimed waters around the Senkaku "
                "Islands on Tuesday, the latest in a run of incursions that Tokyo says is intensifying.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku/Diaoyu) described as 'disputed islands', "
             "with one passing mention of the Russia dispute. Not about the Kurils.",
        section="Brief", byline="Lindqvist editorial team",
        body="""
Four Chinese coast guard vessels entered the territorial waters around the Senkaku Islands on
Tuesday morning and shadowed two Japanese fishing boats for several hours, according to Japan's
coast guard, prompting a protest from Tokyo through diplomatic channels.

The uninhabited islands, administered by Japan and claimed by China, which calls them the Diaoyu,
have seen near-constant Chinese patrols since the Japanese government bought three of them from a
private owner in 2012. Chinese government ships were present in the contiguous zone around the
islands on 352 days last year, a record.

Beijing's foreign ministry said its vessels had been carrying out "lawful patrols in China's own
territorial waters" and urged Japan to stop fishing boats from "entering illegally". Tokyo's line,
repeated on Tuesday by the top government spokesman, is that there is no territorial issue to
resolve because the islands are Japanese territory under international law.

For Japan, the disputed islands are one of three long-running territorial quarrels with its
neighbours. It also contests South Korea's control of the Takeshima islets, which Seoul calls
Dokdo, and claims four Russian-held islands off Hokkaido. But only in the East China Sea do the
rival claims play out at sea almost every day.

The frequency of the incursions matters as much as their length, analysts say. "Each visit is
small, but together they build a record of administration," said Rachel Tan, a maritime security
researcher in Singapore. "That is the point: to make Chinese presence normal."

The coast guard said the Chinese ships left the territorial waters in the afternoon but remained
in the contiguous zone.
""",
    ),
    dict(
        id="fj-240423-governor-petition",
        feed="fairlead-japan", lang="en", published="2024-04-23T08:20:00Z",
        title="Hokkaido's Suzuki urges Russia to let former islanders visit again",
        summary="Hokkaido Governor Naomichi Suzuki called on Russia to allow former residents of the "
                "Russian-held islands to visit their birthplaces as he handed the foreign minister the "
                "prefecture's annual petition.",
        label="restatement",
        note="Requested move only (urges Russia to allow visits; annual petition). Restates seed 001: "
             "visa-free exchanges (1991) and visits by former residents (1999) terminated in March 2022.",
        section="Hokkaido", byline="Fairlead staff", tags=["Hokkaido", "Northern Territories", "Russia"],
        body="""
Hokkaido Governor Naomichi Suzuki on Tuesday urged Russia to allow former residents of the
Russian-held islands off eastern Hokkaido to visit their birthplaces again, as he handed Foreign
Minister Yoko Kamikawa the prefecture's annual petition on the Northern Territories issue.

"Time is running out for the former islanders, whose average age is now over 88," Suzuki told
reporters after the meeting at the ministry in Tokyo. "We ask the Russian side, from a
humanitarian standpoint, to let at least the grave visits resume as soon as possible."

Kamikawa told the governor that the government would "continue to strongly call on Russia" to
resume the exchange programmes, according to the Foreign Ministry.

Russia terminated the visa-free exchanges, which had allowed Japanese citizens to travel to the
islands without visas under a 1991 arrangement, as well as the simplified visits for former
residents agreed in 1999, in March 2022 in response to Japan's sanctions over the war in Ukraine.
Moscow has given no indication that it is reconsidering.

The petition, submitted each spring by the prefectural government together with the
municipalities of the Nemuro region and groups of former residents, also asks Tokyo to keep
supporting local fishermen and to help the children and grandchildren of former islanders carry
on the campaign for the islands' return.

About 17,000 Japanese lived on the four islands at the end of World War II. Fewer than 5,100
survive.
""",
    ),
    dict(
        id="sk-240618-survey-islets",
        feed="skerry-wire", lang="en", published="2024-06-18T04:15:00Z",
        title="Russia to let Japanese scientists onto disputed islets for wildlife survey, this summer only",
        summary="Russia will allow eight Japanese experts to travel without visas to Shikotan and the "
                "Habomai islets in late July to survey seabirds and sea otters, Japan's Foreign "
                "Ministry said, calling it a one-off exception.",
        label="new_development", group="g-wildlife-survey-2024",
        new_facts=["Russia allowed, as an exception for summer 2024 only, eight Japanese scientists to "
                   "travel visa-free to Shikotan and the Habomai islets (22-30 July 2024) for a joint "
                   "seabird and sea otter survey; the visa-free exchange programme stays terminated"],
        must_mention=[["survey", "scientist", "researcher", "expert"], ["habomai", "shikotan"]],
        note="New fact: a decided one-time permission (this summer only) for Japanese experts to enter "
             "the islands; the visa-free exchanges terminated in March 2022 (seed 001) are not restored. "
             "First report of the group.",
        section="Asia Pacific", byline="Kenji Morioka",
        body="""
TOKYO, June 18 (Skerry) - Russia has agreed to let eight Japanese researchers travel without visas
to Shikotan and the Habomai islets off Hokkaido in late July for a joint survey of seabirds and
sea otters, Japan's Foreign Ministry said on Tuesday, the first time Japanese experts will set foot
on the Russian-held islands since Moscow ended exchanges in 2022.

The team, made up of ornithologists and marine biologists from Hokkaido University and the Nemuro
City Museum of History and Nature, will work alongside staff of Russia's Kurilsky nature reserve
from July 22 to July 30, the ministry said. They will sail from Nemuro on a chartered vessel and
sleep on board.

The Russian side described the trip as an exception for this summer only, granted for scientific
and humanitarian reasons, and said it did not amount to a restoration of the visa-free exchange
programme, which Russia terminated in March 2022 in retaliation for Japanese sanctions over
Ukraine, according to the ministry.

Chief Cabinet Secretary Yoshimasa Hayashi welcomed the decision at a regular news conference.
"We will continue to call on Russia to resume the exchange programmes, including grave visits by
former residents, as soon as possible," he said.

Japanese and Russian scientists surveyed wildlife on the islands together for two decades under
the expert strand of the visa-free programme. Researchers say sea otters around the Habomai group,
which recovered after commercial hunting ended, have not been counted since 2019.

The government of Russia's Sakhalin region, which administers the islands, confirmed the visit in
a statement, saying it was "of a purely scientific nature".

(Reporting by Kenji Morioka; Editing by Alastair Finch)
""",
    ),
    dict(
        id="hm-240710-galuzin-terms",
        feed="harwick-mercury", lang="en", published="2024-07-10T11:30:00Z",
        title="Moscow signals treaty talks with Tokyo could restart - on its terms",
        summary="A Russian deputy foreign minister said Moscow would consider returning to peace treaty "
                "negotiations with Japan if Tokyo dropped its sanctions and its support for Ukraine.",
        dek="A senior Russian diplomat sets out conditions that Japan is certain to reject",
        label="restatement",
        note="Conditional version of a move ('would be prepared to consider returning ... if Tokyo "
             "abandoned its sanctions'), the condition late in a long sentence. Restates seed 004 "
             "(normalisation requires Tokyo to drop its hostile policy; talks impossible). No move.",
        byline="Daniel Orme, Asia correspondent",
        body="""
Russia would be prepared to consider a return to negotiations with Japan on a peace treaty,
including on the basis of the understandings the two sides reached before 2022, if the Japanese
government abandoned its sanctions policy, stopped its military and financial support for Ukraine
and ended what Moscow calls the build-up of allied forces near Russia's far eastern borders, a
senior Russian diplomat has said.

Mikhail Galuzin, a deputy foreign minister and a former ambassador to Tokyo, told the newspaper
Izvestia in an interview published on Wednesday that the conditions were "not ultimatums but the
minimum basis for a normal dialogue". He gave no sign that Moscow expected them to be met.

"As long as Tokyo continues its hostile line, there are simply no topics for a serious political
discussion," he said, in language close to that used in February by his colleague Andrei Rudenko,
who described a resumption of the talks as "categorically impossible".

Officials in Tokyo were unmoved. "Russia is the one that unilaterally broke off the negotiations,"
a senior foreign ministry official said, speaking on condition of anonymity. "There is nothing new
in this."

Moscow halted the talks in March 2022, weeks after Japan joined western sanctions over the
invasion of Ukraine, and at the same time ended visa-free visits by Japanese citizens to the
disputed islands off Hokkaido.

Analysts said the interview was aimed less at Tokyo than at audiences in Asia. "It is the standard
formula: the door is open, but only if you walk through it on your knees," said Atsushi Nishiyama,
who studies Russian foreign policy at Hokkaido University. "Nobody in Tokyo will read it as an
offer."
""",
    ),
    dict(
        id="lq-240812-japan-china-treaty",
        feed="lindqvist-asia", lang="en", published="2024-08-12T09:00:00Z",
        title="At 46, the Japan-China peace treaty has little left to celebrate",
        summary="The anniversary of the 1978 Treaty of Peace and Friendship between Japan and China "
                "passed almost unnoticed, a measure of how far relations have fallen.",
        label="off_topic",
        note="Look-alike: another peace treaty (Japan-China 1978) and its anniversary; one passing "
             "reference to Tokyo having no treaty with Moscow. Not about the Kurils.",
        section="Analysis", byline="Mei Lindgren",
        bio="Mei Lindgren is a contributing editor of the Lindqvist Asia Review.",
        body="""
On 12 August 1978 the foreign ministers of Japan and China, Sunao Sonoda and Huang Hua, signed a
Treaty of Peace and Friendship in Beijing. It committed the two countries to settle disputes by
peaceful means, and its clause opposing "hegemony" in Asia was aimed squarely at the Soviet Union.

Forty-six years later the anniversary passed with little more than a perfunctory exchange of
messages. Beijing's ban on Japanese seafood, imposed when the Fukushima Daiichi plant began
releasing treated water a year ago, remains in place. Several Japanese nationals are in Chinese
detention on espionage charges. Chinese coast guard ships circle the Senkaku Islands almost daily.

Officials on both sides still invoke the treaty, along with the other three political documents
that underpin the relationship, whenever they meet. The formula of a "mutually beneficial
relationship based on common strategic interests" was dusted off at the leaders' meeting in San
Francisco last November. But the language has become a substitute for substance rather than a
guide to it.

Unlike Moscow, with which Tokyo has never signed a post-war peace treaty, Beijing at least shares
a treaty framework with Japan. What the two lack is trust. Polls in both countries show that large
majorities hold unfavourable views of the other.

Diplomats in Tokyo say the most that can be hoped for this year is a meeting of foreign ministers
on the sidelines of the autumn summits and movement on the seafood ban. Neither seems likely to
change the mood.
""",
    ),
    dict(
        id="fj-240902-explainer-no-treaty",
        feed="fairlead-japan", lang="en", published="2024-09-02T01:00:00Z",
        title="Explainer: Why Japan and Russia still have no peace treaty, 79 years after the war",
        summary="As the anniversary of Japan's surrender comes round again, a look at the dispute over "
                "the islands off Hokkaido and why the negotiations stalled.",
        label="restatement",
        note="Background/occasion explainer. Restates seeds 000/001/002/003/004: the four islands, "
             "1855 treaty, 1956 declaration, 2018 acceleration, March 2022 halt with the end of "
             "visa-free trips, JEA withdrawal and BSEC block, Rudenko's 'categorically impossible'. "
             "No new fact.",
        section="National", byline="Fairlead staff", tags=["Explainer", "Northern Territories", "Russia"],
        body="""
Monday marks 79 years since Japan signed the instrument of surrender aboard the USS Missouri, and
Russia marks the following day as the day of victory over militarist Japan. Yet Tokyo and Moscow
have never signed a peace treaty. Here is why.

## What is the dispute about?

Four island groups off the northeastern tip of Hokkaido - Etorofu, Kunashiri, Shikotan and the
Habomai islets - which Soviet forces occupied in the last weeks of the war. Russia calls them the
Southern Kurils; Japan calls them the Northern Territories. Japan bases its claim on the 1855
Treaty of Shimoda, which drew the border between Etorofu and Urup. Moscow says the islands became
Soviet territory as a result of the war and that its sovereignty is beyond question.

## Didn't the two countries make peace in 1956?

They ended the state of war and restored diplomatic relations with a joint declaration that year,
which said the Soviet Union would hand over Shikotan and the Habomai islets after a peace treaty
was concluded. No treaty followed.

## Were they ever close?

In 2018 the leaders agreed to speed up negotiations on the basis of the 1956 declaration, and the
two sides explored joint economic projects on the islands. Progress soon stalled.

## Why did the talks stop?

In March 2022, after Japan joined western sanctions over the invasion of Ukraine, Moscow said it
would not continue peace treaty negotiations with a country taking "openly unfriendly positions".
It also ended visa-free visits by Japanese citizens to the islands, withdrew from the dialogue on
joint economic activity and blocked the extension of Japan's status as a sectoral dialogue partner
of the Organization of the Black Sea Economic Cooperation.

## Is anything likely to change?

Not soon. In February, Deputy Foreign Minister Andrei Rudenko said resuming the dialogue was
"categorically impossible" and that relations were at an unprecedented low. Tokyo says its goal of
resolving the territorial issue and concluding a treaty is unchanged.
""",
    ),
    dict(
        id="sk-241015-trench-snailfish",
        feed="skerry-wire", lang="en", published="2024-10-15T06:45:00Z",
        title="Deep-sea lander films snailfish at record depth in Kuril-Kamchatka Trench",
        summary="Russian scientists say they filmed snailfish more than 8,000 metres down in the "
                "Kuril-Kamchatka Trench, among the deepest fish sightings on record.",
        label="off_topic",
        note="Look-alike: something named after the Kurils (the Kuril-Kamchatka Trench); marine "
             "science, nothing about the dispute.",
        section="Science", byline="Olga Vetrova",
        body="""
VLADIVOSTOK, Oct 15 (Skerry) - Russian marine biologists said on Tuesday they had filmed a group
of snailfish at a depth of 8,022 metres in the Kuril-Kamchatka Trench in the northwest Pacific,
one of the deepest sightings of a fish ever recorded.

The footage was taken by an autonomous camera lander dropped from the research vessel Akademik
Lavrentyev during a 40-day expedition that ended last week, the National Scientific Center of
Marine Biology in Vladivostok said. It shows at least five pale, tadpole-like fish feeding on bait
attached to the frame.

"We believe this is an undescribed species of the genus Pseudoliparis," the expedition's chief
scientist said in a statement. Specimens caught in traps at slightly shallower depths will be
studied in Vladivostok.

The deepest fish on record was filmed in 2022 in the Izu-Ogasawara Trench south of Japan at 8,336
metres. Scientists believe fish cannot survive much below about 8,200 to 8,400 metres because of
the effect of pressure on their body chemistry.

The Kuril-Kamchatka Trench runs for about 2,200 km from off Hokkaido to the Kamchatka Peninsula
and reaches depths of more than 9,500 metres. It is one of the most seismically active zones in
the world and was surveyed by joint Russian-German expeditions in 2012 and 2016.

(Reporting by Olga Vetrova; Editing by Sarah Lind)
""",
    ),
    dict(
        id="hm-241028-aid-reaches-shikotan",
        feed="harwick-mercury", lang="en", published="2024-10-28T09:30:00Z",
        title="Japanese relief supplies reach quake-hit Shikotan",
        summary="A ship chartered by the Japanese city of Nemuro unloaded generators, blankets and "
                "water on the Russian-held island of Shikotan a week after a damaging earthquake.",
        dek="First Japanese aid accepted by Russia for the disputed islands since 2022",
        label="new_development", group="g-shikotan-quake-aid",
        new_facts=["Russia accepted, as a one-off humanitarian step, Japanese relief supplies (generators, "
                   "blankets, water, medical kits) for Shikotan after the 21 October 2024 earthquake; "
                   "delivered by a Nemuro-chartered ship on 28 October; first since 2022"],
        must_mention=[["aid", "relief", "supplies"], ["shikotan"]],
        note="Same development as the group's first (Japanese) report: Russia's one-time acceptance "
             "of Japanese aid for Shikotan; this report adds the delivery. Not in the seeds; the "
             "visa-free exchanges stay terminated (seed 001).",
        byline="Harriet Cole",
        body="""
A ship chartered by the Japanese city of Nemuro unloaded generators, blankets and drinking water
at the port of Malokurilskoye on Shikotan on Monday, a week after a magnitude 6.8 earthquake
damaged homes and knocked out power on the Russian-held island.

It is the first time since 2022 that Russia has accepted Japanese aid for the disputed islands.
Moscow agreed last week to take the supplies, describing the decision as a one-time humanitarian
gesture prompted by the natural disaster.

The 40 tonnes of cargo - 30 generators, 1,200 blankets, 8,000 litres of bottled water and medical
kits - were handed over at the pier to officials of the local district administration. Nemuro
city said the Japanese officials and crew on board did not go ashore.

About 3,000 people live on Shikotan. The quake on 21 October damaged more than 40 houses and the
island's diesel power station in Malokurilskoye, leaving about 1,000 residents without electricity
for two days.

Japan sent relief to the islands after the 1994 Hokkaido Toho-oki earthquake and on several later
occasions, a practice that ended when Russia terminated the visa-free exchange programme in March
2022. Officials in both countries stressed that the delivery did not signal a revival of those
exchanges.

"People in need are people in need," said a Nemuro city official who accompanied the shipment.
"We are glad we could help."
""",
    ),
    dict(
        id="fj-241205-trawler-rescue",
        feed="fairlead-japan", lang="en", published="2024-12-05T05:10:00Z",
        title="Coast guard rescues 11 Russian crew from burning trawler off Wakkanai",
        summary="The Japan Coast Guard rescued all 11 crew of a Sakhalin-based Russian trawler that "
                "caught fire in the Soya Strait early Thursday.",
        label="neutral",
        note="Borderline: Japan-Russia cooperation at sea near Sakhalin, but nothing about the islands "
             "or the treaty. Not scored.",
        section="National", byline="Fairlead staff", tags=["Hokkaido", "Russia", "Maritime"],
        body="""
The Japan Coast Guard rescued all 11 crew members of a Russian fishing trawler that caught fire in
the Soya Strait about 30 kilometres northwest of Wakkanai, northern Hokkaido, early Thursday, the
coast guard said.

The 62-ton trawler Kapitan Sorokin, registered in Nevelsk on Sakhalin, sent a distress call at
about 3:40 a.m. after a fire broke out in its engine room. A patrol vessel from Wakkanai reached
the ship about an hour later and took the crew aboard. Two men were treated in hospital in
Wakkanai for smoke inhalation; their injuries are not life-threatening.

The Russian Consulate General in Sapporo thanked the coast guard for its "prompt and professional"
response. The crew will be handed over to a Russian vessel and returned to Sakhalin once the two
injured men are discharged, a consulate official said.

The fire was put out by mid-morning and the trawler is being towed to Wakkanai port. The cause is
under investigation.

"Rescue at sea is a matter of humanity, whatever the state of relations," a coast guard official
in Wakkanai said. The coast guards of the two countries have continued to cooperate on emergencies
at sea in the waters between Hokkaido and Sakhalin.
""",
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        id="sk-250311-seafood-import-ban",
        feed="skerry-wire", lang="en", published="2025-03-11T03:10:00Z",
        title="Japan to ban imports of seafood caught around Russian-held islands",
        summary="Japan will bar imports of sea urchins, crab and other seafood caught under Russian "
                "licences in waters around the four Russian-held islands off Hokkaido from April 1.",
        label="new_development", group="g-seafood-import-ban",
        new_facts=["Japan banned imports of sea urchins, crab and other seafood caught under Russian "
                   "licences in waters around the four islands, effective 1 April 2025 (trade ministry "
                   "import notice announced 11 March 2025)"],
        must_mention=[["import"], ["seafood", "sea urchin", "crab"]],
        note="New fact: a Japanese government import ban tied to the islands (not in the seeds). First "
             "report of the group.",
        section="Business", byline="Yuki Sato",
        body="""
TOKYO, March 11 (Skerry) - Japan will ban imports of sea urchins, crab and other seafood caught
under Russian licences in waters around the four Russian-held islands off Hokkaido from April 1,
the Ministry of Economy, Trade and Industry said on Tuesday, a step Tokyo said was needed to avoid
implicitly recognising Russian jurisdiction over the area.

Under an amended import notice issued under the Foreign Exchange and Foreign Trade Act, importers
of Russian-origin sea urchin, crab, scallops and sea cucumber will have to present certificates
showing where the catch was taken. Shipments from the waters around Etorofu, Kunashiri, Shikotan
and the Habomai islets will be refused.

"Importing catches taken under Russian permits in waters around islands that are part of Japan's
territory is inconsistent with our legal position," Chief Cabinet Secretary Yoshimasa Hayashi told
reporters. He said the measure was separate from the sanctions Japan has imposed on Russia over
the war in Ukraine.

Japan imported about 14 billion yen ($95 million) of Russian sea urchin last year, much of it
landed at Nemuro and Wakkanai, according to customs data. Industry officials estimate that more
than half came from around the disputed islands, where Russian companies have expanded harvesting
in recent years.

Processors in Nemuro, which relies heavily on Russian-caught urchin and crab, warned of job
losses. "We understand the principle, but many of our members will lose half their raw material
overnight," said an official of a local processors' association.

The Russian embassy in Tokyo did not immediately respond to a request for comment.

(Reporting by Yuki Sato; Editing by Alastair Finch)
""",
    ),
    dict(
        id="lq-250415-bluebook-script",
        feed="lindqvist-asia", lang="en", published="2025-04-15T08:00:00Z",
        title="Diplomatic Bluebook 2025: Tokyo sticks to its script on Russia and the islands",
        summary="Japan's annual foreign policy report repeats last year's language on the Northern "
                "Territories and on relations with Moscow almost word for word.",
        label="restatement",
        note="Annual report restating known positions: Japan's sovereignty claim (seeds 000/003), the "
             "March 2022 halt of talks, end of visa-free visits and JEA withdrawal (seeds 000/001), "
             "policy of resolving the issue and concluding a treaty (seed 002). No new fact.",
        section="Brief", byline="Lindqvist editorial team",
        body="""
Japan's annual Diplomatic Bluebook, presented to the cabinet by Foreign Minister Takeshi Iwaya on
Tuesday, repeats almost word for word last year's language on Russia and the islands off Hokkaido.

The Northern Territories, the document says, are islands over which Japan has sovereignty and an
inherent part of its territory, currently under Russia's illegal occupation. It records that in
March 2022 Russia announced it would not continue the peace treaty negotiations, ended visa-free
visits by Japanese citizens to the islands and withdrew from the dialogue on joint economic
activities, and it restates that Japan "will maintain its policy of resolving the territorial
issue and concluding a peace treaty".

Relations with Russia are described, as before, as being in a "severe situation" because of the
aggression against Ukraine. The section on humanitarian issues again calls on Moscow to allow
former residents to visit their family graves.

What is absent is as telling as what is present. The Bluebook offers no new initiative and no
timetable, and it says nothing that would suggest Tokyo expects Moscow to return to the table.
Russian officials, for their part, continue to say that talks are impossible while Japan keeps its
sanctions.

For anyone reading the Bluebook for signals, the message is that Japan's Russia policy is in a
holding pattern. The language is designed to preserve legal positions, not to create openings.
""",
    ),
    dict(
        id="sk-250516-putin-ishiba-call",
        feed="skerry-wire", lang="en", published="2025-05-16T16:40:00Z",
        title="Putin, Japan's Ishiba hold first phone call since Ukraine invasion",
        summary="Russian President Vladimir Putin and Japanese Prime Minister Shigeru Ishiba spoke by "
                "phone on Friday, the first conversation between the two countries' leaders since "
                "Russia's full-scale invasion of Ukraine.",
        label="new_development", group="g-leaders-call-2025",
        new_facts=["Putin and Japanese PM Shigeru Ishiba held a phone call on 16 May 2025 (Tokyo's "
                   "initiative), the first leaders' contact since the 2022 invasion; grave visits and "
                   "fishing safety raised; no resumption of treaty talks, no further talks scheduled"],
        must_mention=[["phone", "call"], ["putin", "ishiba"]],
        note="Same development as the group's first (Russian) report: a leaders' phone call held "
             "once. New event; the peace treaty talks stay halted (seeds 000/004), so no move.",
        section="World", byline="Kenji Morioka and Dmitri Osin",
        body="""
MOSCOW/TOKYO, May 16 (Skerry) - Russian President Vladimir Putin and Japanese Prime Minister
Shigeru Ishiba spoke by telephone on Friday, the first conversation between the two countries'
leaders since Russia's full-scale invasion of Ukraine, the Kremlin and the Japanese government
said.

The call, which the Kremlin said was held at Tokyo's initiative and lasted about 40 minutes,
covered bilateral relations and humanitarian issues, including visits by Japanese former residents
to family graves on the Russian-held islands off Hokkaido and the safety of Japanese fishing boats
in nearby waters.

Ishiba told reporters in Tokyo that he had asked Putin to allow the grave visits to resume and had
made clear that Japan's position on the Northern Territories was unchanged. "It is precisely when
relations are difficult that we must keep channels of communication open," he said.

The Kremlin readout said Putin had told Ishiba that Russia was open to dialogue on practical
matters of mutual interest, but that the conditions for resuming the peace treaty negotiations,
which Moscow broke off in March 2022, were absent. The two leaders agreed that their foreign
ministries would stay in contact. No further talks were scheduled.

Kremlin spokesman Dmitry Peskov described the conversation as "businesslike and frank".

The previous phone call between the leaders of the two countries took place in 2021. Japan has
joined Group of Seven sanctions against Russia, and Moscow has repeatedly said that relations
cannot improve until Tokyo abandons what it calls its hostile policy.

(Reporting by Kenji Morioka in Tokyo and Dmitri Osin in Moscow; Editing by Sarah Lind)
""",
    ),
    dict(
        id="lq-250519-call-not-thaw",
        feed="lindqvist-asia", lang="en", published="2025-05-19T07:30:00Z",
        title="A phone call is not a thaw: what Putin and Ishiba did, and did not, agree",
        summary="Friday's conversation between the Russian president and the Japanese prime minister "
                "kept a channel open. It did not change the substance of the relationship.",
        label="new_development", group="g-leaders-call-2025",
        new_facts=["Putin and Japanese PM Shigeru Ishiba held a phone call on 16 May 2025, the first since "
                   "2022; no agreement beyond keeping foreign-ministry contacts"],
        must_mention=[["phone", "call", "conversation"], ["putin", "ishiba"]],
        note="Follow-up analysis of the 16 May 2025 call with no new fact; belongs to the group "
             "(a second alert would be a repeat).",
        section="Analysis", byline="Mei Lindgren",
        bio="Mei Lindgren is a contributing editor of the Lindqvist Asia Review.",
        body="""
The first conversation between a Japanese prime minister and Vladimir Putin in more than three
years lasted about 40 minutes on Friday evening. Read side by side, the two governments' accounts
of it say a good deal about what each side wanted from it.

Tokyo's version emphasised the humanitarian: Shigeru Ishiba asked for grave visits by former
residents of the islands off Hokkaido to resume and raised the safety of Japanese fishermen. He
also told reporters he had restated Japan's position on the Northern Territories, a line aimed as
much at a domestic audience as at Moscow.

The Kremlin's readout put the weight elsewhere. Russia was "open to dialogue on practical matters",
it said, but the conditions for resuming peace treaty negotiations were absent and the
responsibility for that lay with Tokyo. That is the position Moscow has held since March 2022.

What was agreed was modest: the foreign ministries will stay in contact. There was no date for
another conversation, no working group and no mention of the joint economic projects that once
defined the relationship.

It would be a mistake to dismiss the call entirely. A channel at the top is better than none, and
the humanitarian agenda is one where Moscow can make gestures at little cost. If former islanders
are able to visit their family graves this summer, Ishiba will be able to say the call achieved
something.

But a thaw it is not. Japan's sanctions remain, Russia's war continues, and on the question that
matters most, the islands themselves, neither side said anything new.
""",
    ),
    dict(
        id="sk-250627-visa-free-restored",
        feed="skerry-wire", lang="en", published="2025-06-27T06:20:00Z",
        title="Russia restores visa-free visits to disputed islands for Japanese citizens",
        summary="Russia has told Japan it is reinstating visa-free exchanges and former residents' visits "
                "to the Russian-held islands off Hokkaido, three years after terminating them over "
                "sanctions.",
        label="status_change", group="g-exchanges-restored-2025",
        new_facts=["Russia notified Japan (note of 26 June 2025) that the visa-free exchanges (1991) and "
                   "former residents' visits (1999), terminated in March 2022, apply again from 1 July "
                   "2025; first group to Kunashiri planned for mid-July"],
        must_mention=[["visa-free"], ["restor", "resum", "reinstat"]],
        note="Status change terminated -> restored for the visa-free exchanges and 1999 visits "
             "terminated in March 2022 (seeds 000/001/003). Same development as the group's first "
             "(Japanese) report.",
        section="Asia Pacific", byline="Kenji Morioka",
        body="""
TOKYO, June 27 (Skerry) - Russia has notified Japan that it is restoring visa-free exchanges and
simplified visits by former residents to the four Russian-held islands off Hokkaido, Japan's
Foreign Ministry said on Friday, reversing a decision Moscow took in March 2022 in response to
Japanese sanctions.

A diplomatic note handed to the Japanese embassy in Moscow on Thursday said both arrangements - the
1991 agreement on visa-free exchanges and the 1999 agreement allowing former islanders to visit
their birthplaces - would apply again from July 1, the ministry said. Japan plans to send the first
group to Kunashiri on the chartered ship Etopirika in mid-July.

"We welcome this decision, which answers the heartfelt wishes of the former islanders," Chief
Cabinet Secretary Yoshimasa Hayashi told a news conference.

Russia's foreign ministry said separately that the step had been taken on humanitarian grounds and
followed the telephone conversation between President Vladimir Putin and Prime Minister Shigeru
Ishiba in May.

The note did not address the peace treaty negotiations or the dialogue on joint economic
activities on the islands, both of which Russia broke off in 2022. Moscow has said the conditions
for resuming the treaty talks are absent.

Fewer than 5,000 of the roughly 17,000 Japanese who lived on the islands at the end of World War
Two are still alive. Their average age is 89.

(Reporting by Kenji Morioka; Editing by Alastair Finch)
""",
    ),
    dict(
        id="hm-250703-treaty-next",
        feed="harwick-mercury", lang="en", published="2025-07-03T10:00:00Z",
        title="Island visits are back. Is a peace treaty next?",
        summary="The Kremlin says the restored exchanges with Japan do not open the way to new peace "
                "treaty negotiations, and analysts in Tokyo agree.",
        dek="The Kremlin says no - and analysts in Tokyo agree",
        label="restatement",
        note="Question headline; Peskov's refusal sits in a subordinate clause ('while the exchanges "
             "had been restored, there could be no question of returning to the table'). Restates "
             "seeds 000/002/004 (talks impossible under sanctions); the restored visits were already "
             "reported (group g-exchanges-restored-2025). No new fact.",
        byline="Daniel Orme, Asia correspondent",
        comments=[("tokyo_reader", "A humanitarian gesture is still a gesture. Good for the old folks."),
                  ("M. Pryce", "Moscow wants to look reasonable to Asia. Nothing more.")],
        body="""
When Russia told Japan last week that it was restoring visa-free visits to the islands off
Hokkaido, some in Tokyo allowed themselves to wonder whether the peace treaty negotiations that
Moscow broke off in 2022 might be next.

The Kremlin has been quick to dampen such hopes. Asked on Wednesday whether the decision opened
the way to renewed treaty talks, spokesman Dmitry Peskov said that while the humanitarian exchanges
had been restored as a gesture of goodwill, there could be "no question" of returning to the
negotiating table as long as Japan pursued what he called its hostile course, including sanctions.

That is the position Moscow has held since March 2022, when its foreign ministry said it did not
intend to continue negotiations with a state that took "openly unfriendly positions". Last year a
deputy foreign minister called a resumption "categorically impossible".

Japanese officials insist that nothing has changed on their side either. "Our policy is to resolve
the territorial issue and conclude a peace treaty. That has not changed, and neither has our
position on sanctions," a senior foreign ministry official said.

Analysts see the restored visits as a low-cost gesture. "Moscow is separating the humanitarian
track from the political one," said Atsushi Nishiyama of Hokkaido University. "It costs Russia very
little and it keeps a channel open. But nobody in the Kremlin is talking about sovereignty."

For the former islanders, that distinction matters less than the chance to see their birthplaces
again. The first group is due to sail from Nemuro in the middle of the month.
""",
    ),
    dict(
        id="fj-250715-first-delegation",
        feed="fairlead-japan", lang="en", published="2025-07-15T07:50:00Z",
        title="First visa-free delegation in three years lands on Kunashiri",
        summary="A group of 62 Japanese, including 14 former residents, landed on Kunashiri on Tuesday, "
                "the first visit under the restored visa-free exchange programme.",
        label="status_change", group="g-exchanges-restored-2025",
        new_facts=["The first delegation (62 people, 14 former residents) under the restored visa-free "
                   "exchanges landed on Kunashiri on 15 July 2025"],
        must_mention=[["visa-free"], ["resum", "restor", "reinstat"]],
        note="Follow-up of the restoration (group g-exchanges-restored-2025): the first trip under the "
             "restored programme takes place. Same development; a second alert would be a repeat.",
        section="National", byline="Fairlead staff", tags=["Northern Territories", "Russia", "Hokkaido"],
        body="""
A delegation of 62 Japanese, including 14 former residents, landed on Kunashiri on Tuesday, the
first group to visit the Russian-held island under the visa-free exchange programme since Russia
halted it in 2022.

The group left Nemuro on Monday evening aboard the chartered ship Etopirika and came ashore by
launch at Furukamappu, known in Russian as Yuzhno-Kurilsk, where officials of the local
administration greeted them at the pier. Over four days members will visit a Japanese cemetery,
meet residents at the local school and tour the town.

"I never thought I would see this shore again," said Setsuko Iida, 87, who was born in Furukamappu
and left the island with her family in 1948.

Russia notified Japan last month that it was reinstating the 1991 arrangement on visa-free
exchanges and the 1999 framework for visits by former residents, which it had terminated in March
2022 in response to Japanese sanctions over the war in Ukraine. Russia said it took the step on
humanitarian grounds.

A second trip, to Etorofu, is planned for August. The government is also seeking to arrange grave
visits to the Habomai islets before the autumn.
""",
    ),
    dict(
        id="hm-250815-dokdo-visit",
        feed="harwick-mercury", lang="en", published="2025-08-15T08:40:00Z",
        title="South Korean lawmakers land on disputed islets on Liberation Day, drawing Japanese protest",
        summary="A group of South Korean MPs visited the islets Seoul calls Dokdo and Tokyo calls "
                "Takeshima, prompting a formal protest from Japan.",
        dek="Visit on the 80th anniversary of the end of Japanese colonial rule strains a fragile thaw",
        label="off_topic",
        note="Look-alike: another island dispute (Takeshima/Dokdo, 'disputed islets') with a passing "
             "mention of the Russia dispute. Not about the Kurils.",
        byline="Jin-woo Park in Seoul",
        body="""
Seven South Korean opposition lawmakers landed on the disputed islets that Seoul calls Dokdo and
Tokyo calls Takeshima on Friday, the 80th anniversary of Korea's liberation from Japanese colonial
rule, drawing a formal protest from Japan.

The group travelled by coast guard ship from Ulleung island and unfurled a banner reading "Dokdo is
Korean territory" beside the islets' monument before returning the same afternoon.

Japan's foreign ministry summoned a senior diplomat from the South Korean embassy in Tokyo and
called the visit "extremely regrettable and unacceptable". Japan says the islets are an inherent
part of its territory. South Korea, which has stationed a small police detachment on them since
the 1950s, says there is no dispute to discuss.

The visit came at a delicate moment. The two governments have been working to keep a thaw in
relations on track, with regular leaders' meetings and closer security cooperation with the United
States.

The 80th anniversary of the end of the second world war has revived other unsettled questions in
the region, including Japan's claim to islands off Hokkaido held by Russia. But it is the rocky
outcrop in the Sea of Japan - or East Sea, as Koreans call it - that most reliably stirs emotions in
Seoul and Tokyo.
""",
    ),
    dict(
        id="sk-251021-sakhalin2-lng",
        feed="skerry-wire", lang="en", published="2025-10-21T05:25:00Z",
        title="Japanese buyers keep Sakhalin-2 LNG flowing as U.S. extends waiver",
        summary="Japanese utilities will continue taking liquefied natural gas from Russia's Sakhalin-2 "
                "project after Washington extended a licence allowing related transactions.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia news (energy, Sakhalin); nothing about the islands or "
             "the treaty.",
        section="Energy", byline="Yuki Sato",
        body="""
TOKYO, Oct 21 (Skerry) - Japanese utilities will keep importing liquefied natural gas from Russia's
Sakhalin-2 project after the United States extended a licence allowing transactions related to the
venture until mid-2026, industry officials said on Tuesday.

The U.S. Treasury's waiver, first issued in 2022, exempts oil and gas shipments from Sakhalin-2 from
sanctions on Russian banks that handle payments for the project. Its expiry had been a concern for
Japanese buyers, who take about 9% of the country's LNG imports from the project off Russia's
Pacific coast.

Mitsui & Co and Mitsubishi Corp hold 12.5% and 10% respectively in the operator, which Moscow
transferred to a new Russian entity by decree in 2022. Both companies have kept their stakes with
the government's backing, arguing that the supply is vital for Japan's energy security.

"The extension removes a near-term risk," said an executive at a Japanese utility that buys
Sakhalin cargoes, asking not to be named. "But every renewal is a cliff edge."

Japan has joined Group of Seven sanctions against Russia over the war in Ukraine, but has excluded
Sakhalin-2 and has not set a deadline for ending purchases of Russian LNG.

(Reporting by Yuki Sato; Editing by Sarah Lind)
""",
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        id="fj-260207-takaichi-rally",
        feed="fairlead-japan", lang="en", published="2026-02-07T06:30:00Z",
        title="Takaichi vows to keep pressing for islands at Northern Territories Day rally",
        summary="Prime Minister Sanae Takaichi pledged to persistently pursue a resolution of the "
                "territorial issue with Russia and the conclusion of a peace treaty.",
        label="restatement",
        note="Occasion piece (Northern Territories Day). The PM restates the policy of resolving the "
             "territorial issue and concluding a treaty (seed 002) and wishes for a 'broader "
             "dialogue'; the 2025 restoration of the visits is already reported "
             "(g-exchanges-restored-2025); Russia's refusal restates seeds 000/004. No new fact.",
        section="Politics", byline="Fairlead staff", tags=["Politics", "Northern Territories"],
        body="""
Prime Minister Sanae Takaichi on Saturday pledged to "persistently" pursue a resolution of the
territorial dispute with Russia and the conclusion of a peace treaty, speaking at the annual
national rally in Tokyo on Northern Territories Day.

"Our policy of resolving the issue of the attribution of the four islands and concluding a peace
treaty remains unchanged," Takaichi told about 1,000 participants, including former residents of
the islands off eastern Hokkaido.

She said the resumption of visa-free exchanges last summer had been "a small but important step"
for the former islanders, and that she hoped it would lead to a broader dialogue with Russia over
time. Relations, she added, remain severe because of Russia's aggression against Ukraine.

Feb. 7 marks the anniversary of the signing of the 1855 Treaty of Shimoda, on which Japan bases
its claim to the islands. As every year, the rally adopted an appeal calling for the return of the
four islands at an early date.

Russia, which broke off the peace treaty negotiations in March 2022, has repeatedly said that the
conditions for resuming them are absent. Moscow maintains that its sovereignty over the islands,
which it calls the Southern Kurils, is beyond question.
""",
    ),
    dict(
        id="lq-260318-outlook-frozen",
        feed="lindqvist-asia", lang="en", published="2026-03-18T09:00:00Z",
        title="Russia unlikely to revive treaty talks before 2027, Tokyo think tank says",
        summary="A Tokyo research institute's annual strategic outlook expects Moscow to keep peace "
                "treaty negotiations with Japan frozen at least through next year.",
        label="restatement",
        note="Expected version of a move ('unlikely to revive'), an annual outlook. Restates seeds "
             "000/004 (talks halted, Russia's conditions); the state of the exchanges is the already "
             "reported g-exchanges-restored-2025. No new fact.",
        section="Brief", byline="Lindqvist editorial team",
        body="""
Russia is unlikely to return to peace treaty negotiations with Japan before 2027 at the earliest,
according to the annual strategic outlook of the Institute for North Pacific Studies, a Tokyo
research body, published on Wednesday.

"As long as Japan maintains sanctions and Russia sees Tokyo as part of a hostile western coalition,
Moscow has no incentive to reopen a negotiation it closed in 2022," the report says. It expects the
Kremlin to keep insisting that Japan's abandonment of its "hostile policy" is a precondition for
any political dialogue - the line Russian diplomats have used since early 2024.

The authors are more cautious about the humanitarian track. The visa-free exchanges restored last
summer could continue, they write, but remain "hostage to the broader relationship" and could be
curtailed if tensions rise, for example over joint exercises with the United States in Hokkaido.

The report sees little room for Tokyo to act. A government with a narrow majority and a hawkish
base is unlikely to soften sanctions for the sake of talks that Moscow says would not in any case
touch on sovereignty.

Such outlooks are not forecasts in the strict sense, and the institute has been wrong before: its
2019 edition predicted a framework agreement on joint economic activities within two years. But its
conclusion this year matches what officials in both capitals say in private.
""",
    ),
    dict(
        id="hm-260512-export-blacklist",
        feed="harwick-mercury", lang="en", published="2026-05-12T07:15:00Z",
        title="Japan adds 23 entities to Russia export blacklist over drone parts",
        summary="Tokyo has widened its export ban to companies in Russia and third countries accused "
                "of helping Moscow obtain drone components.",
        dek="Firms in China, the UAE and Central Asia among those targeted",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia news (Ukraine-related export controls); no islands, no "
             "treaty.",
        byline="Asia desk",
        body="""
Japan has added 23 companies and organisations in Russia and third countries to its export
blacklist, accusing them of helping Moscow obtain components for drones and missiles used in the
war in Ukraine.

The list, published by the trade ministry on Tuesday, includes 14 Russian entities and nine
companies based in China, the United Arab Emirates, Kyrgyzstan and Armenia. Japanese exporters will
be barred from supplying them with goods from the start of next month.

Officials said the firms had been identified through information shared with G7 partners and had
re-exported Japanese-made electronic parts, including sensors and small engines, to Russian arms
makers.

The measures bring the number of entities on Japan's Russia-related export ban list to more than
800. Tokyo has frozen assets of hundreds of Russian individuals and companies since 2022 and has
banned exports of a range of industrial and luxury goods.

Russia's embassy in Tokyo called the decision "yet another unfriendly step" and said Moscow
reserved the right to respond. Japanese business groups, which still have a handful of operations
in Russia, said they would review their supply chains.
""",
    ),
    dict(
        id="lq-260714-ainu-un",
        feed="lindqvist-asia", lang="en", published="2026-07-14T12:00:00Z",
        title="Ainu delegates take fishing-rights claim to UN forum, citing Kuril waters",
        summary="Representatives of an Ainu association told a UN expert body that Japan should "
                "recognise indigenous fishing rights, including in waters around islands their "
                "ancestors inhabited.",
        label="neutral",
        note="Borderline: indigenous-rights statement that touches on the islands' waters but is no "
             "act by either government and no development in the dispute. Not scored.",
        section="Brief", byline="Lindqvist editorial team",
        body="""
Representatives of an Ainu association from eastern Hokkaido told a session of the UN Expert
Mechanism on the Rights of Indigenous Peoples in Geneva on Monday that Japan should recognise Ainu
fishing rights in coastal waters, including around the islands their ancestors inhabited long
before Japanese or Russian rule.

"Our ancestors fished off Kunashiri and Etorofu, and traded across the whole Chishima chain, before
any border was drawn," the group's vice-chairman said in a statement delivered to the session. "No
state asked us before deciding who owns those waters."

The association has been in a long legal battle with Japanese authorities over the right to catch
salmon in rivers without permits. In Geneva it broadened the argument to the sea, calling for an
indigenous fishing zone off the Shiretoko and Nemuro peninsulas and "consultation with the Ainu in
any future arrangement concerning the islands".

Neither the Japanese nor the Russian mission responded to the statement at the session. Japan
recognised the Ainu as an indigenous people in a 2019 law but has not granted collective fishing
rights.

Ainu groups have raised the islands before, usually to point out that both Tokyo's and Moscow's
claims rest on history in which the Ainu were left out.
""",
    ),
    dict(
        id="sk-260915-visa-free-suspended",
        feed="skerry-wire", lang="en", published="2026-09-15T12:10:00Z",
        title="Russia suspends visa-free island visits for Japanese again, citing drills with U.S.",
        summary="Russia said on Tuesday it was suspending the visa-free exchange programme for the "
                "disputed islands, restored only last year, in response to Japanese military drills "
                "with the United States and new sanctions.",
        label="status_change", group="g-exchanges-suspended-2026",
        new_facts=["Russia suspended (foreign ministry statement of 15 September 2026) the visa-free "
                   "exchanges and former residents' visits it had restored in July 2025, cancelling the "
                   "remaining 2026 trips, citing Japan-US drills in Hokkaido and new Japanese sanctions"],
        must_mention=[["visa-free"], ["suspend", "halt"]],
        note="Status change restored -> suspended: the exchanges restored in July 2025 "
             "(g-exchanges-restored-2025) are halted again. A fresh move, not the March 2022 "
             "termination of seed 001. Same development as the group's first (Russian) report.",
        section="World", byline="Dmitri Osin",
        body="""
MOSCOW, Sept 15 (Skerry) - Russia said on Tuesday it was suspending visa-free exchanges with Japan
for the Russian-held islands off Hokkaido, a little over a year after restoring them, blaming joint
Japanese-U.S. military exercises near its borders and a new round of Japanese sanctions.

The Russian Foreign Ministry said in a statement that the programme, together with visits by
former Japanese residents, would be suspended "until Tokyo demonstrates a readiness to abandon its
confrontational course". The two trips still planned for this year, in late September and in
October, are cancelled, it said.

Moscow terminated the exchanges in March 2022 over the sanctions Japan imposed after the invasion
of Ukraine, but reinstated them in July 2025 following a phone call between President Vladimir
Putin and then Prime Minister Shigeru Ishiba. Nine groups, about 540 people in all, travelled to
the islands under the restored arrangements.

The ministry cited exercises held this month by Japan's Ground Self-Defense Force and U.S. Marines
in eastern Hokkaido, which it said had "rehearsed operations against Russia", and Japan's decision
in August to add more Russian banks to its sanctions list.

Japan's Chief Cabinet Secretary Minoru Kihara called the decision "extremely regrettable" and said
Tokyo had lodged a protest. "The exchanges are a humanitarian undertaking for the former islanders,
whose time is running out," he said.

(Reporting by Dmitri Osin; Editing by Sarah Lind)
""",
    ),
]
