# -*- coding: utf-8 -*-
"""English-language articles of the blind114 corpus.

Each entry is a dict; generate.py assigns the ids (b114-NN) in publication order.
Body paragraphs are plain text; a paragraph starting with "## " is a subheading,
one starting with "> " is a pull quote.
"""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="en-nozdrev-interview",
        feed="plimsoll-wire", lang="en", published="2024-02-13T09:40:00Z",
        title="Russian envoy says treaty talks with Japan 'not on the agenda' while sanctions stay",
        summary="Ambassador Nikolai Nozdrev tells Russian state television that Tokyo's 'hostile course' "
                "rules out any return to peace treaty negotiations.",
        label="restatement",
        note="Restates the seed position: Moscow stopped treaty talks in March 2022 over sanctions and "
             "calls resumption impossible (Rudenko, 8 Feb 2024). New speaker, no new fact.",
        byline="Daria Ostrova",
        body=[
            "TOKYO, Feb 13 (Plimsoll) - Russia's ambassador to Japan, Nikolai Nozdrev, said on Tuesday there "
            "could be no question of returning to peace treaty negotiations with Tokyo as long as Japan kept "
            "its sanctions against Moscow in place.",
            "\"While the Japanese government pursues an openly unfriendly course toward Russia, a peace treaty "
            "is simply not on the agenda,\" Nozdrev said in an interview broadcast by Russian state television. "
            "\"Responsibility for the state of our relations lies entirely with Tokyo.\"",
            "The ambassador's comments echoed those of Deputy Foreign Minister Andrei Rudenko, who told the TASS "
            "news agency last week that resuming the dialogue was \"categorically impossible\" in the current "
            "environment.",
            "Asked about the Northern Territories rally held in Tokyo on Feb. 7, Nozdrev said such events "
            "\"change nothing\" and that Russia's sovereignty over the southern Kuril Islands was not open to "
            "discussion.",
            "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, told reporters in "
            "Tokyo that the government's policy of resolving the territorial issue and concluding a peace "
            "treaty \"remains unchanged\", adding that relations with Russia were \"in a difficult situation\".",
            "Moscow said in March 2022 that it would not continue peace treaty talks with Japan, citing "
            "sanctions Tokyo imposed after Russia's invasion of Ukraine. It also pulled out of talks on joint "
            "economic activities on the islands and ended visa-free trips by Japanese citizens there.",
            "The four islands, which Japan calls the Northern Territories and Russia the Southern Kurils, were "
            "seized by Soviet forces at the end of World War Two. The dispute has prevented the two countries "
            "from signing a formal peace treaty, although a 1956 joint declaration ended the state of war.",
            "(Reporting by Daria Ostrova; Editing by Mark Hollins)",
        ],
    ),
    dict(
        key="en-bluebook-2024",
        feed="scrimshaw-post", lang="en", published="2024-04-16T03:30:00Z",
        title="Diplomatic Bluebook keeps tough line on Russia, calls islands 'inherent' territory",
        summary="The Foreign Ministry's annual report repeats that Moscow's 2022 decisions on treaty talks and "
                "island visits are 'totally unacceptable'.",
        label="restatement",
        note="Annual report restating known positions and the seed facts (March 2022 end of treaty talks and "
             "of visa-free / simplified visits). Nothing new.",
        byline="Kenji Aramaki, Staff writer",
        body=[
            "The Foreign Ministry's 2024 Diplomatic Bluebook, presented to the Cabinet on Tuesday, describes "
            "Japan's relationship with Russia as \"severe\" and repeats Tokyo's long-standing position on the "
            "disputed islands off Hokkaido.",
            "\"The Northern Territories are islands over which Japan has sovereignty and are an inherent part "
            "of the territory of Japan,\" the report says, in language unchanged from last year's edition.",
            "The Bluebook recalls that Russia announced in March 2022 that it would not continue negotiations "
            "on a peace treaty and that it was ending the visa-free exchange program and the simplified visits "
            "by former residents. It calls those steps \"extremely unjust and totally unacceptable\" and says "
            "responsibility lies with Russia, which \"shifted the blame\" onto Japan's sanctions.",
            "The document says Japan will maintain its policy of resolving the attribution of the four islands "
            "and concluding a peace treaty, while continuing to impose \"strong sanctions\" over the war in "
            "Ukraine in coordination with the Group of Seven.",
            "## Grave visits 'top priority'",
            "As in last year's report, the ministry says it will give \"top priority\" to the resumption of "
            "grave visits by former islanders, whose average age is now above 88. The visits have not taken "
            "place since 2019.",
            "Elsewhere, the Bluebook devotes more space than before to China's military activity and to North "
            "Korea's missile launches, and for the first time in several years refers to China as a "
            "\"mutually beneficial relationship based on common strategic interests\".",
            "A ministry official said the Russia section had been kept \"essentially as it was\" because there "
            "had been no change in the substance of relations over the past year.",
        ],
    ),
    dict(
        key="en-suzuki-graves",
        feed="peregrine-north", lang="en", published="2024-06-18T07:00:00Z",
        title="Governor urges Moscow to let former islanders visit family graves",
        summary="At a meeting in Nemuro, Hokkaido Governor Naomichi Suzuki asks Russia to reopen the door to "
                "grave visits, saying time is running out for the elderly former residents.",
        label="restatement",
        note="Requested move, not a move: a governor urges Russia to allow grave visits. Russia has not "
             "responded. Background restates seed facts (2022 end of visa-free trips).",
        byline="Aya Kitamura",
        body=[
            "NEMURO - Hokkaido Governor Naomichi Suzuki on Monday called on Russia to allow Japanese former "
            "residents of the Russian-held islands off eastern Hokkaido to visit the graves of their relatives, "
            "saying \"humanitarian matters should be separated from politics\".",
            "Suzuki was speaking at a meeting in Nemuro with leaders of the Chishima and Habomai Islands "
            "Residents League, the association of former islanders, and mayors of the five municipalities "
            "facing the islands.",
            "\"The average age of former islanders is now over 88. Every year that passes is a year some of "
            "them will never get back,\" the governor said. \"I strongly hope the Russian side will allow the "
            "grave visits to resume as soon as possible.\"",
            "He said the prefecture would ask the national government to keep pressing Moscow through "
            "diplomatic channels. There has been no response from the Russian side, a prefectural official "
            "said after the meeting.",
            "Grave visits have not been held since 2019, first because of the coronavirus pandemic and then "
            "because of the breakdown in relations after Russia's invasion of Ukraine. In March 2022 Moscow "
            "also ended the visa-free exchanges and the simplified visits that had allowed former residents "
            "to travel to the islands without Russian visas.",
            "League officials told the governor that about 5,000 of the roughly 17,000 people who lived on the "
            "islands in 1945 are still alive.",
            "\"My mother is buried on Shikotan. I just want to put flowers on her grave one more time,\" said "
            "one former resident, 89, who attended the meeting.",
            "Filed under: Nemuro, Northern Territories, Politics",
        ],
    ),
    dict(
        key="en-kurile-lake",
        feed="plimsoll-wire", lang="en", published="2024-07-09T11:20:00Z",
        title="Bears and a bumper sockeye run draw crowds to Kamchatka's Kurile Lake",
        summary="Rangers at the South Kamchatka reserve expect one of the strongest salmon returns in years, "
                "and the brown bears that come with it.",
        label="off_topic",
        note="Look-alike: Kurile Lake is in southern Kamchatka, not the disputed islands; nothing about Japan "
             "or the treaty.",
        byline="Ilya Baranov",
        body=[
            "PETROPAVLOVSK-KAMCHATSKY, Russia, July 9 (Plimsoll) - Scientists counting salmon at Kurile Lake in "
            "Russia's far eastern Kamchatka peninsula expect one of the strongest sockeye runs in a decade, "
            "and the brown bears that gather along its shores are drawing record numbers of visitors.",
            "More than 1.5 million sockeye had passed the counting fence on the Ozernaya River by early July, "
            "according to the regional fisheries research institute, well ahead of last year's pace.",
            "The lake, which lies in the caldera of an ancient volcano inside the South Kamchatka Federal "
            "Nature Reserve, is home to one of the world's densest populations of brown bears. Rangers have "
            "counted more than 200 animals feeding along the rivers this season.",
            "Access to the reserve is strictly limited. Tourists arrive by helicopter from "
            "Petropavlovsk-Kamchatsky for day trips that cost upwards of 60,000 roubles, and must stay on "
            "raised walkways within sight of armed rangers.",
            "\"The bears are used to people on the platforms, but not to people wandering off them,\" said a "
            "reserve spokeswoman. \"Every year somebody tries.\"",
            "Kamchatka's salmon fishery accounts for more than half of Russia's Pacific salmon catch. Officials "
            "have warned that a strong year at Kurile Lake does not guarantee good returns elsewhere on the "
            "peninsula.",
            "(Reporting by Ilya Baranov; Editing by Susan Pryce)",
        ],
    ),
    dict(
        key="en-g1-protest",
        feed="plimsoll-wire", lang="en", published="2024-08-26T09:45:00Z",
        title="Japan protests Russian energy minister's visit to disputed islands",
        summary="Tokyo lodges a protest after Energy Minister Sergei Tsivilev toured Iturup and Kunashir, the first "
                "visit by a Russian energy minister to the islands Japan claims.",
        label="new_development", group="b114-g1",
        new_facts=["Russian Energy Minister Sergei Tsivilev visited Iturup and Kunashir (22 Aug 2024), the first "
                   "such visit by an energy minister; Japan protested."],
        must_mention=[["tsivilev", "energy minister"], ["iturup", "kunashir", "kuril", "disputed"]],
        note="Same development as the first report (Russian local paper, 23 Aug): the energy minister's visit "
             "to the islands, now with Tokyo's protest. Not in the seeds.",
        byline="Hiroko Sato",
        body=[
            "TOKYO, Aug 26 (Plimsoll) - Japan has lodged a protest with Russia over a visit by Energy Minister "
            "Sergei Tsivilev to two of the Russian-held islands off Hokkaido that Tokyo claims, Chief Cabinet "
            "Secretary Yoshimasa Hayashi said on Monday.",
            "Tsivilev, who took over the energy portfolio in May, visited Iturup and Kunashir last Thursday and "
            "chaired a meeting in the town of Kurilsk on power supply to the islands, according to the Sakhalin "
            "regional government. It was the first visit to the southern Kurils by a Russian energy minister.",
            "\"The visit is incompatible with Japan's position on the Northern Territories and is extremely "
            "regrettable,\" Hayashi told a regular news conference. He said the protest had been conveyed "
            "through diplomatic channels.",
            "At the meeting in Kurilsk, Tsivilev promised about 2.4 billion roubles ($26 million) to replace "
            "worn-out diesel generators and power lines on the islands, where outages are common in winter, "
            "the regional government said.",
            "Japan routinely protests visits by senior Russian officials to the islands, which Soviet troops "
            "seized at the end of World War Two. Moscow considers them Russian territory and says officials "
            "need no one's permission to travel there.",
            "Russia broke off peace treaty negotiations with Japan in March 2022 in response to Tokyo's "
            "sanctions over the war in Ukraine.",
            "(Reporting by Hiroko Sato; Editing by Mark Hollins)",
        ],
    ),
    dict(
        key="en-ishiba-speech",
        feed="scrimshaw-post", lang="en", published="2024-10-04T08:00:00Z",
        title="Ishiba's first policy speech: disaster agency, regional revival - and a line on Russia",
        summary="The new prime minister promises to keep working toward a peace treaty with Russia despite "
                "'severe' relations, and to push for grave visits by former islanders.",
        label="restatement",
        note="New prime minister restates the standing policy (resolve territorial issue, conclude treaty) and "
             "the known request on grave visits. No new fact.",
        byline="Mariko Endo, Political desk",
        body=[
            "Prime Minister Shigeru Ishiba delivered his first policy speech to the Diet on Friday, pledging to "
            "set up a national disaster management agency, raise the minimum wage and revitalise rural "
            "regions, and to strengthen the alliance with the United States.",
            "On foreign policy, Ishiba spent most of his time on China, South Korea and the U.S. His reference "
            "to Russia was brief.",
            "\"Japan-Russia relations remain in a severe situation, but we will maintain our policy of "
            "resolving the territorial issue and concluding a peace treaty,\" he said. He added that the "
            "government would continue to seek the resumption of exchanges involving former islanders, "
            "\"above all grave visits\".",
            "The wording closely followed that used by his predecessor, Fumio Kishida. Moscow has refused to "
            "continue treaty negotiations since March 2022, when it cited Japan's sanctions over the war in "
            "Ukraine, and ended visa-free trips to the islands.",
            "## Opposition calls speech 'vague'",
            "Opposition leaders criticised the speech as thin on detail, particularly on political funding "
            "reform, which became a central issue after a slush-fund scandal in the ruling party's factions.",
            "Ishiba has said he will dissolve the lower house on Oct. 9 for a general election on Oct. 27.",
            "Tags: Politics, Diet, Ishiba, Russia",
        ],
    ),
    dict(
        key="en-g2-tunnels",
        feed="scrimshaw-post", lang="en", published="2024-11-20T01:15:00Z",
        title="Russia digging tunnels into hillsides on Kunashiri, Japan's defense ministry says",
        summary="Satellite imagery shows at least three tunnel entrances near the island's main town; officials "
                "suspect ammunition storage or shelters for missile launchers.",
        label="new_development", group="b114-g2",
        new_facts=["Japan's Defense Ministry reported Russian military tunnel construction on Kunashir "
                   "(at least three tunnel entrances near Yuzhno-Kurilsk), possibly for ammunition or missile "
                   "launchers."],
        must_mention=[["tunnel", "underground"], ["kunashir"]],
        note="Second report of the tunnels development first reported in Japanese on 19 Nov.",
        byline="Takuya Morimoto, Staff writer",
        body=[
            "Russian forces are digging tunnels into hillsides on Kunashiri, one of the four Russian-held "
            "islands off Hokkaido claimed by Japan, the Defense Ministry said Tuesday, in what officials "
            "described as the first confirmed underground military construction on the islands.",
            "Analysis of commercial and government satellite imagery taken between July and October shows at "
            "least three tunnel entrances cut into slopes a few kilometers north of Furukamappu, the island's "
            "main settlement, which Russia calls Yuzhno-Kurilsk, a ministry official said.",
            "Spoil heaps, access roads and vehicles consistent with military engineering units are visible at "
            "the sites. The ministry believes the tunnels could be used to store ammunition or to shelter "
            "coastal missile launchers from attack, but said its analysis was continuing.",
            "\"Russia's military build-up in the Northern Territories is incompatible with Japan's position, "
            "and we have conveyed our concern to the Russian side,\" Defense Minister Gen Nakatani told "
            "reporters.",
            "Russia has stationed a division-level force on Kunashiri and neighboring Etorofu for decades and "
            "has modernised its weapons there since the mid-2010s. Japanese officials say the construction of "
            "hardened underground facilities would suggest Moscow is planning for a long-term presence that "
            "can survive a strike.",
            "Russia has not commented. Moscow ended peace treaty talks with Tokyo in March 2022 after Japan "
            "joined Western sanctions over the invasion of Ukraine.",
            "Related: Russia's Kuril garrison - what we know",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="en-bobtail",
        feed="peregrine-north", lang="en", published="2025-01-21T05:00:00Z",
        title="Stub tails and big hearts: Kuril bobtails steal the show at Sapporo cat fair",
        summary="A rare breed whose ancestors roamed the Kuril Islands and Sakhalin drew the longest queues at "
                "this year's winter cat show.",
        label="off_topic",
        note="Look-alike: a cat breed named after the Kurils; no dispute, no treaty content.",
        byline="Emma Saito",
        body=[
            "SAPPORO - They are heavy, shaggy and have tails like pom-poms. At the winter cat show in Sapporo "
            "over the weekend, the half a dozen Kuril bobtails on display drew the longest queues of the day.",
            "The breed takes its name from the Kuril Islands, the chain stretching from Hokkaido to Kamchatka, "
            "where semi-wild cats with short, kinked tails were noticed by visiting scientists and soldiers in "
            "the last century. Breeders in Russia standardised the breed in the 1990s.",
            "\"People say they behave like dogs - they fetch, they like water, they follow you around,\" said "
            "a breeder from Asahikawa who imported her first pair from Moscow a decade ago. \"The tail is "
            "different on every cat, like a fingerprint.\"",
            "Kuril bobtails are still rare in Japan. The breeder said she knew of fewer than 40 in Hokkaido, "
            "and that importing new bloodlines had become difficult since 2022 because of flight "
            "restrictions and payment problems.",
            "The show, held at a convention hall in Shiroishi ward, featured more than 200 cats of 35 breeds. "
            "Best in show went to a Maine Coon from Otaru.",
            "Filed under: Sapporo, Lifestyle, Animals",
        ],
    ),
    dict(
        key="en-senkaku",
        feed="plimsoll-wire", lang="en", published="2025-03-11T06:00:00Z",
        title="Chinese coast guard ships log longest stay in Senkaku waters, Japan says",
        summary="Two Chinese vessels remained inside Japan's territorial sea around the East China Sea islands "
                "for more than 92 hours; Tokyo lodged a protest.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku/Diaoyu), territorial-waters language; nothing about "
             "Russia or the Kurils.",
        byline="Hiroko Sato",
        body=[
            "TOKYO, March 11 (Plimsoll) - Two Chinese coast guard ships stayed inside Japan's territorial waters "
            "around the Senkaku Islands for more than 92 hours, the longest continuous intrusion since Tokyo "
            "nationalised the islands in 2012, the Japan Coast Guard said on Tuesday.",
            "The vessels entered the 12-nautical-mile zone on Friday morning and approached Japanese fishing "
            "boats operating in the area, the coast guard said. Japanese patrol ships warned them to leave.",
            "\"The Senkaku Islands are an inherent part of Japan's territory, both historically and under "
            "international law, and are under our valid control,\" Chief Cabinet Secretary Yoshimasa Hayashi "
            "told reporters. Japan lodged a strong protest through diplomatic channels, he said.",
            "China, which calls the uninhabited islands Diaoyu, says they are its territory and that its coast "
            "guard was conducting \"law enforcement patrols\" in its own waters.",
            "Chinese government vessels have been spotted in the contiguous zone around the islands almost "
            "every day for the past two years.",
            "(Reporting by Hiroko Sato; Editing by Susan Pryce)",
        ],
    ),
    dict(
        key="en-track-two",
        feed="scrimshaw-post", lang="en", published="2025-05-13T04:30:00Z",
        title="Japanese and Russian scholars hold first private dialogue since 2022, in Hong Kong",
        summary="Academics from both countries discussed the history of the peace treaty issue and fisheries; a "
                "Russian diplomat attended part of the meeting as an observer.",
        label="neutral",
        note="Borderline: a non-governmental (track-two) meeting; no official talks resumed, but a Russian "
             "embassy counsellor sat in. Not a development in the seed matters; some readers would flag it.",
        byline="Kenji Aramaki, Staff writer",
        body=[
            "Japanese and Russian scholars met in Hong Kong last week for the first private dialogue between "
            "experts of the two countries since Russia's invasion of Ukraine, participants said on Monday.",
            "Six Japanese academics and five Russian researchers took part in the two-day closed-door meeting, "
            "which was organised by a Hong Kong university institute. Topics included the history of the "
            "peace treaty negotiations, fisheries in the waters around the disputed islands and the "
            "situation of former Japanese residents.",
            "A counsellor from the Russian Embassy in Tokyo attended part of the sessions as an observer, "
            "according to two participants. No Japanese government official was present.",
            "\"It was not a negotiation and nobody pretended it was,\" said one Japanese participant, a "
            "professor of international relations. \"But it is the first time in three years that people from "
            "both sides sat at one table and talked about the islands for two days.\"",
            "The Foreign Ministry said it was aware of the meeting but had not been involved. \"Our position "
            "that Russia bears responsibility for the current state of relations is unchanged,\" a ministry "
            "spokesman said.",
            "Russia broke off treaty talks in March 2022, citing Japan's sanctions, and ended visa-free trips "
            "by Japanese citizens to the islands.",
            "The organisers said they hoped to hold a second round next year, but no date has been set.",
        ],
    ),
    dict(
        key="en-kamchatka-quake",
        feed="plimsoll-wire", lang="en", published="2025-07-30T02:10:00Z",
        title="Tsunami floods port in Russia's Kuril Islands after magnitude 8.8 quake off Kamchatka",
        summary="Waves swept into Severo-Kurilsk on Paramushir island; Japan issued tsunami warnings along its "
                "Pacific coast from Hokkaido southward.",
        label="off_topic",
        note="Look-alike: Kuril Islands in the headline, but the northern Kurils (Paramushir), natural disaster, "
             "no dispute or treaty content.",
        byline="Ilya Baranov",
        body=[
            "MOSCOW, July 30 (Plimsoll) - A tsunami triggered by a magnitude 8.8 earthquake off Russia's "
            "Kamchatka peninsula flooded the port area of Severo-Kurilsk, the main town in the northern Kuril "
            "Islands, on Wednesday, local officials said.",
            "Residents of the town of about 2,000 people on Paramushir island were evacuated to higher ground, "
            "Sakhalin Governor Valery Limarenko said on Telegram. He said the waves had damaged the port and "
            "a fish processing plant, but that there were no reports of casualties.",
            "The quake struck in the morning local time off the east coast of Kamchatka at a shallow depth, "
            "according to seismologists. Buildings in Petropavlovsk-Kamchatsky were damaged and several "
            "people were injured.",
            "Japan's Meteorological Agency issued tsunami warnings for much of its Pacific coast, from Hokkaido "
            "to Wakayama, and hundreds of thousands of people were told to evacuate. Waves of more than a metre "
            "were recorded at several points in northern Japan.",
            "Tsunami alerts were also issued in Hawaii, on the U.S. West Coast and across the Pacific.",
            "The Kuril-Kamchatka trench is one of the world's most seismically active zones. A 1952 quake in "
            "the same area produced a tsunami that destroyed the original settlement of Severo-Kurilsk.",
            "(Reporting by Ilya Baranov and Hiroko Sato; Editing by Mark Hollins)",
        ],
    ),
    dict(
        key="en-armenia-azerbaijan",
        feed="plimsoll-wire", lang="en", published="2025-08-08T21:30:00Z",
        title="Armenia and Azerbaijan initial peace treaty text at White House summit",
        summary="The leaders of the two South Caucasus neighbours endorse a draft agreement meant to end "
                "decades of conflict; signing and ratification still lie ahead.",
        label="off_topic",
        note="Look-alike: a different peace treaty; nothing about Russia-Japan or the Kurils.",
        byline="Nathan Keel",
        body=[
            "WASHINGTON, Aug 8 (Plimsoll) - Armenia and Azerbaijan on Friday initialled the text of a peace "
            "treaty at the White House, a step toward ending nearly four decades of conflict between the two "
            "former Soviet republics.",
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint "
            "declaration with U.S. President Donald Trump, and their foreign ministers initialled the draft "
            "agreement, which was finalised in March.",
            "The treaty still has to be formally signed and ratified. Azerbaijan has said it will not sign "
            "until Armenia amends its constitution to remove what Baku calls territorial claims.",
            "The declaration also provides for a transit route through southern Armenia linking Azerbaijan to "
            "its Nakhchivan exclave, to be developed with U.S. participation.",
            "Russia, which brokered the 2020 ceasefire and long saw itself as the main power broker in the "
            "South Caucasus, was not involved in Friday's meeting. The Kremlin said it welcomed any steps "
            "toward peace in the region.",
            "(Reporting by Nathan Keel; Editing by Susan Pryce)",
        ],
    ),
    dict(
        key="en-g3-otters-feature",
        feed="peregrine-north", lang="en", published="2025-08-28T05:00:00Z",
        title="Sea otters thriving around the Habomai islets, Nemuro survey team finds",
        summary="Researchers counted more than 140 otters during five days on the Russian-held islets, in the "
                "first Japanese field survey there in years.",
        label="status_change", group="b114-g3",
        new_facts=["Russia let four Japanese researchers land visa-free on the Habomai islets for a sea otter "
                   "survey, as a one-off exception for summer 2025."],
        must_mention=[["otter"], ["visa-free", "one-off", "this summer", "exception"]],
        note="Follow-up of the otter-survey exception first reported 10 June (Japanese): the survey took place "
             "as announced. No new fact; belongs to the group.",
        byline="Aya Kitamura",
        body=[
            "NEMURO - Sea otters are doing well around the Habomai islets, a Japanese research team said on "
            "Wednesday after returning from a five-day survey on the Russian-held islands just off Cape "
            "Nosappu.",
            "The four researchers, from Hokkaido University and the Nemuro City Museum of History and Nature, "
            "counted 143 otters along the coasts of Suisho (Tanfilyev) and Yuri islands, including at least 19 "
            "mothers with pups.",
            "\"The numbers are higher than we expected. The kelp beds are in good condition and there seems to "
            "be plenty of sea urchin,\" said the team leader, a marine ecologist. \"It suggests that the "
            "otters seen off Nemuro in recent years come from a healthy population just across the water.\"",
            "Sea otters were hunted almost to extinction in the region in the 19th century. Since the 2010s, "
            "small groups have settled along the Nemuro coast, where fishermen complain they eat sea urchins "
            "and crabs.",
            "The team travelled on a chartered research boat and landed on July 24. The trip was possible "
            "because Russia agreed in June to let the researchers land without visas as a one-off exception "
            "for this summer. Russian officials said at the time that it did not mean a return of the "
            "visa-free exchanges Moscow ended in 2022.",
            "Russian border guards accompanied the team on land, and a biologist from the Sakhalin branch of a "
            "Russian fisheries institute took part in the counts.",
            "The researchers plan to publish their data this winter. \"Otters do not care about borders,\" the "
            "team leader said. \"We hope we can come back.\"",
            "Filed under: Nemuro, Environment, Science",
        ],
    ),
    dict(
        key="en-80-years",
        feed="peregrine-north", lang="en", published="2025-09-02T04:00:00Z",
        title="Eighty years on, Nemuro's former islanders tell the story of the September they lost their homes",
        summary="As Japan marks the 80th anniversary of the end of the war, the dwindling generation that lived "
                "on the islands gathers in Nemuro to remember.",
        label="restatement",
        note="Anniversary / occasion piece; background only (Soviet occupation 1945, 1956 declaration, 2022 end "
             "of talks and visa-free trips). No new fact.",
        byline="Aya Kitamura",
        body=[
            "NEMURO - Eighty years ago this week, Soviet troops landed on the Habomai islets and Shikotan. By "
            "Sept. 5, 1945, all four island groups off eastern Hokkaido were under Soviet control, and the "
            "roughly 17,000 Japanese who lived there would be expelled within three years.",
            "On Monday about 60 former residents and their families gathered at a community hall in Nemuro to "
            "mark the anniversary. Most of those who spoke were children at the time.",
            "\"I was nine. The soldiers came into our house on Shibotsu and took my father's watch,\" said one "
            "woman, now 89. \"We stayed another two years. Then we were put on a ship to Sakhalin and then to "
            "Hakodate, and we never went back.\"",
            "The Soviet Union and Japan ended the state of war with a joint declaration in 1956, which said "
            "Shikotan and the Habomai islets would be handed to Japan after a peace treaty was signed. No "
            "treaty has been concluded.",
            "Russia broke off treaty negotiations in March 2022, citing Japanese sanctions over the war in "
            "Ukraine, and ended the visa-free programme that had allowed former residents to travel to the "
            "islands. Grave visits have not taken place since 2019.",
            "Organisers said the number of surviving former islanders had fallen below 5,000, with an average "
            "age of almost 90. \"In ten years there will be nobody left who remembers,\" said the head of "
            "the local branch of the former islanders' association. \"That is why we tell it now.\"",
            "Filed under: Nemuro, History, Northern Territories",
        ],
    ),
    dict(
        key="en-takaichi-speech",
        feed="scrimshaw-post", lang="en", published="2025-10-24T07:00:00Z",
        title="Takaichi vows 'strong economy', faster defense build-up in first policy speech",
        summary="Japan's first female prime minister says ties with Russia are 'severe' but the goal of a peace "
                "treaty stands.",
        label="restatement",
        note="New prime minister, same standing policy on the territorial issue and treaty; no new fact.",
        byline="Mariko Endo, Political desk",
        body=[
            "Prime Minister Sanae Takaichi used her first policy speech to the Diet on Friday to promise a "
            "\"strong economy\" built on crisis-management investment, and to bring forward the target of "
            "raising defense-related spending to 2 percent of GDP to this fiscal year.",
            "Takaichi, who took office on Tuesday as the country's first female prime minister, said Japan "
            "faced \"the most severe and complex security environment since the end of the war\", naming "
            "China, North Korea and Russia.",
            "On Russia, she said relations \"remain severe\" because of the war in Ukraine, but that Japan "
            "would \"maintain its policy of resolving the territorial issue and concluding a peace treaty\". "
            "She said she would work for the resumption of exchanges such as grave visits for former "
            "residents of the Northern Territories.",
            "The passage repeated, almost word for word, the language used by her predecessors Shigeru Ishiba "
            "and Fumio Kishida. Moscow has said since 2022 that treaty talks are impossible while Tokyo keeps "
            "sanctions in place.",
            "## Coalition arithmetic",
            "Takaichi governs in a new coalition with the Japan Innovation Party after Komeito ended its "
            "26-year partnership with the Liberal Democratic Party. The coalition lacks a majority in the "
            "upper house.",
            "Tags: Politics, Diet, Takaichi, Defense",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="en-nt-day-2026",
        feed="peregrine-north", lang="en", published="2026-02-07T08:00:00Z",
        title="Northern Territories Day: former islanders march in Nemuro as Takaichi renews pledge",
        summary="At the national rally in Tokyo the prime minister vowed to 'tenaciously' pursue a treaty; in "
                "Nemuro, a few hundred people walked through the snow.",
        label="restatement",
        note="Annual occasion (7 February rally); restates the standing policy; no new fact.",
        byline="Emma Saito",
        body=[
            "NEMURO - About 400 people, among them former residents of the Russian-held islands in their late "
            "80s and 90s, marched through snowy central Nemuro on Saturday to mark Northern Territories Day.",
            "In Tokyo, Prime Minister Sanae Takaichi told the annual national rally that her government would "
            "\"tenaciously\" pursue its policy of resolving the territorial issue and concluding a peace treaty "
            "with Russia, even though relations remained \"severe\".",
            "\"Above all, we will continue to strongly call for the resumption of grave visits,\" Takaichi said, "
            "to applause from the audience, which included former islanders and schoolchildren who had won a "
            "national essay contest.",
            "Feb. 7 marks the anniversary of the 1855 Treaty of Shimoda, which drew Japan's border with Russia "
            "between Etorofu and Urup. Japan designated the day in 1981.",
            "In Nemuro, marchers carried banners reading \"Return the islands\" and \"Let us visit our "
            "ancestors' graves\". The local rally adopted a resolution calling on the government to press "
            "Moscow for the early resumption of grave visits and free visits.",
            "Russia ended peace treaty talks and the visa-free exchanges in 2022, citing Japanese sanctions.",
            "Filed under: Nemuro, Northern Territories, Events",
        ],
    ),
    dict(
        key="en-g5-nemuro-shelves",
        feed="peregrine-north", lang="en", published="2026-02-19T06:30:00Z",
        title="Nemuro groups shelve island plans after Moscow rules out further exceptions",
        summary="Russia has told Japan it will no longer make one-off exceptions allowing Japanese to land on "
                "the islands without visas; last summer's otter survey is the last of its kind.",
        label="status_change", group="b114-g5",
        new_facts=["Russia notified Japan (Feb 2026) that it will no longer grant case-by-case exceptions for "
                   "visa-free entry of Japanese to the southern Kurils; the exception channel is closed."],
        must_mention=[["exception"], ["visa-free", "visa", "without visas"]],
        note="Third report of the end of the exception practice (first: Russian wire, 17 Feb).",
        byline="Aya Kitamura",
        body=[
            "NEMURO - Groups in Nemuro that had hoped to follow last summer's sea otter survey with their own "
            "trips to the Russian-held islands are shelving their plans after Moscow said it would no longer "
            "make exceptions to its ban on visa-free travel.",
            "Russia's Foreign Ministry said on Tuesday it had informed the Japanese Embassy in Moscow by "
            "diplomatic note that \"case-by-case exceptions\" allowing Japanese citizens to land on the "
            "southern Kurils without Russian visas \"will no longer be made\". It cited Tokyo's latest "
            "sanctions package in January.",
            "Since Russia ended the visa-free exchanges in 2022, the only Japanese group allowed to land "
            "without visas has been last July's team of four sea otter researchers, who spent five days on "
            "the Habomai islets under a one-off exception.",
            "\"We had a proposal ready for a bird survey on Shikotan this summer. That is now dead,\" said a "
            "member of a Nemuro nature society. A local fishermen's group had also discussed asking Russia to "
            "allow a visit to a shrine site on Suisho island.",
            "Chief Cabinet Secretary Minoru Kihara said on Wednesday that the Russian decision was \"extremely "
            "regrettable\" and that Japan had asked Moscow to reconsider.",
            "For former islanders, the note changes little in practice - grave visits have not been held "
            "since 2019 - but some described it as another door closing. \"Every exception gave us a little "
            "hope,\" said an 88-year-old former resident of Shikotan.",
            "Filed under: Nemuro, Northern Territories, Russia",
        ],
    ),
    dict(
        key="en-poll-2026",
        feed="scrimshaw-post", lang="en", published="2026-04-14T03:00:00Z",
        title="Fewer Japanese know much about the Northern Territories, government survey shows",
        summary="A Cabinet Office poll finds awareness of the islands issue at a record low among people in "
                "their 20s and 30s.",
        label="neutral",
        note="Borderline: new survey data about the dispute, but no diplomatic or official move in any seed "
             "matter.",
        byline="Staff writer",
        body=[
            "Public awareness of the Northern Territories issue has fallen to its lowest level since the "
            "government began asking, a Cabinet Office survey released Monday shows.",
            "Only 47.2 percent of respondents said they knew \"well\" or \"somewhat\" about the dispute over the "
            "four Russian-held islands off Hokkaido, down from 55 percent in the previous survey three years "
            "ago. Among people in their 20s the figure was 28.6 percent.",
            "Asked how they had learned about the issue, most respondents cited television and school. Only 3 "
            "percent said they had ever attended an event related to the territories.",
            "\"The generation that lived on the islands is disappearing, and the issue is slipping out of "
            "people's consciousness,\" a Cabinet Office official said. The office plans to expand online "
            "campaigns and school visits by former islanders' descendants.",
            "The survey, conducted by mail in November and December, received responses from 1,640 people "
            "aged 18 and older.",
            "Peace treaty talks with Russia have been frozen since Moscow walked out in 2022.",
        ],
    ),
    dict(
        key="en-sakhalin2",
        feed="plimsoll-wire", lang="en", published="2026-05-26T08:00:00Z",
        title="Japan keeps Sakhalin-2 LNG flowing as buyers roll over contracts",
        summary="Japanese utilities renew purchase deals for Russian liquefied natural gas, citing energy "
                "security, despite pressure from Washington.",
        label="off_topic",
        note="Unrelated Japan-Russia news (energy trade, Sakhalin); nothing about the treaty or the islands.",
        byline="Keiko Tanabe",
        body=[
            "TOKYO, May 26 (Plimsoll) - Japanese utilities have agreed to continue buying liquefied natural gas "
            "from Russia's Sakhalin-2 project for at least another year, people familiar with the matter said, "
            "underlining Tokyo's reluctance to cut an energy source that covers almost a tenth of its LNG "
            "imports.",
            "Two major buyers signed short-term extensions this month, the sources said, declining to be "
            "named because the contracts are confidential.",
            "Japan's trade ministry has repeatedly said Sakhalin-2, which lies about 1,000 km north of Tokyo, "
            "is \"extremely important\" for the country's energy security. Mitsui & Co and Mitsubishi Corp "
            "retained their stakes in the project after Russia transferred it to a new Russian operator in "
            "2022.",
            "The United States has urged allies to reduce purchases of Russian energy. Washington has so far "
            "exempted transactions linked to Sakhalin-2 from sanctions on Russian banks.",
            "\"Replacing Sakhalin volumes at short notice would be expensive and risky, especially in winter,\" "
            "said an analyst at a Tokyo-based research firm.",
            "(Reporting by Keiko Tanabe; Editing by Susan Pryce)",
        ],
    ),
    dict(
        key="en-ushakov-conditional",
        feed="scrimshaw-post", lang="en", published="2026-06-02T05:30:00Z",
        title="Kremlin aide: treaty talks could return 'the moment Tokyo drops its hostile line'",
        summary="Yuri Ushakov says Moscow has 'never slammed the door' on Japan but sets the same condition "
                "it has set since 2022.",
        label="restatement",
        note="Conditional version of the known position ('would resume if Japan abandons its hostile policy' - "
             "cf. Rudenko 2024). Nothing moved.",
        byline="Takuya Morimoto, Staff writer",
        body=[
            "Russia could return to peace treaty talks with Japan \"the moment Tokyo drops its hostile line\", "
            "Kremlin foreign policy aide Yuri Ushakov said in an interview published Monday, but he set no "
            "timetable and named no concrete steps.",
            "\"We have never slammed the door. It was Japan that chose sanctions over good-neighbourliness,\" "
            "Ushakov told a Russian business newspaper. \"If the Japanese side changes course, we are prepared "
            "to look at everything again, including the treaty.\"",
            "He said President Vladimir Putin had \"no personal animosity\" toward Japan and recalled his "
            "meetings with former Prime Minister Shinzo Abe.",
            "A senior Japanese Foreign Ministry official said the remarks contained \"nothing new\". \"The "
            "condition they set is that we abandon our sanctions and our support for Ukraine. That is not "
            "going to happen,\" the official said.",
            "Moscow halted treaty negotiations in March 2022. In February 2024 Deputy Foreign Minister Andrei "
            "Rudenko said the key condition for normalising relations was Tokyo's \"refusal of its hostile "
            "policy\".",
            "Tags: Russia, Diplomacy, Peace treaty",
        ],
    ),
    dict(
        key="en-g6-kuwait",
        feed="plimsoll-wire", lang="en", published="2026-07-15T03:20:00Z",
        title="Japanese, Russian diplomats met quietly in Kuwait, touched on peace treaty - Tokyo",
        summary="Foreign Minister Motegi confirms a one-off meeting of senior officials, the first exchange on "
                "the treaty issue since 2022, but says it is not a resumption of negotiations.",
        label="status_change", group="b114-g6",
        new_facts=["Japanese and Russian foreign ministry director-generals met once in Kuwait (early July 2026) "
                   "and exchanged views including on the peace treaty issue; no further round agreed."],
        must_mention=[["kuwait"], ["peace treaty", "treaty"]],
        note="Second report of the Kuwait meeting first revealed in the Japanese FM press-conference summary "
             "(14 July). Talks: terminated 2022 -> held once.",
        byline="Hiroko Sato",
        body=[
            "TOKYO, July 15 (Plimsoll) - Senior Japanese and Russian diplomats held a rare meeting in Kuwait "
            "earlier this month and exchanged views on issues including the peace treaty, Japanese Foreign "
            "Minister Toshimitsu Motegi said, the first such discussion since Moscow broke off treaty talks "
            "in 2022.",
            "The head of the Japanese foreign ministry's European Affairs Bureau met the director of the "
            "Russian foreign ministry's Third Asian Department in Kuwait City in early July, Motegi told a "
            "news conference on Tuesday, confirming a report in a Japanese newspaper.",
            "\"We exchanged views frankly on a range of bilateral issues, including the peace treaty issue and "
            "humanitarian matters concerning former island residents,\" Motegi said. \"This does not mean that "
            "negotiations have resumed.\"",
            "No date has been set for another meeting, he said. Kuwait was chosen as a \"third country "
            "convenient for both sides\", a Japanese official said.",
            "Russia's foreign ministry did not respond to a request for comment.",
            "Moscow said in March 2022 that it would not continue negotiations on a peace treaty with a state "
            "that had taken \"openly unfriendly positions\", and deputy foreign minister Andrei Rudenko said in "
            "2024 that resuming the dialogue was \"categorically impossible\".",
            "(Reporting by Hiroko Sato; Editing by Mark Hollins)",
        ],
    ),
    dict(
        key="en-1956-70-years",
        feed="scrimshaw-post", lang="en", published="2026-10-19T02:00:00Z",
        title="Seventy years after the Joint Declaration, the islands question is frozen where Moscow left it",
        summary="The 1956 document ended the state of war and promised two islands after a treaty. Seven "
                "decades on, there is no treaty and no talks.",
        label="restatement",
        note="Anniversary background (1956 declaration, 2018 acceleration, 2022 termination, Rudenko 2024). "
             "No new fact.",
        byline="Kenji Aramaki, Staff writer",
        body=[
            "Seventy years ago today, Prime Minister Ichiro Hatoyama and Soviet Premier Nikolai Bulganin signed "
            "the Japan-Soviet Joint Declaration in Moscow. It ended the state of war, restored diplomatic "
            "relations and opened the way for Japan to join the United Nations.",
            "It also contained a promise that has shaped every round of diplomacy since: the Soviet Union "
            "would hand over Shikotan and the Habomai islets \"after the conclusion of a peace treaty\".",
            "That treaty has never been signed. Japan insists on the return of all four island groups, "
            "including the much larger Etorofu and Kunashiri. Moscow has at times accepted the declaration as "
            "a basis for talks and at other times argued that it contains no obligation on sovereignty.",
            "## From acceleration to freeze",
            "In 2018 Prime Minister Shinzo Abe and President Vladimir Putin agreed in Singapore to accelerate "
            "negotiations on the basis of the 1956 declaration. Four years later the process collapsed. In "
            "March 2022, after Japan joined Western sanctions over the invasion of Ukraine, Russia said it "
            "would not continue treaty negotiations, pulled out of talks on joint economic activities on the "
            "islands and ended visa-free visits.",
            "Russian officials have since repeated that talks are impossible. Deputy Foreign Minister Andrei "
            "Rudenko said in 2024 that a resumption was \"categorically impossible\" while Tokyo kept its "
            "\"hostile policy\".",
            "Japanese officials say privately that nothing will move while the war in Ukraine continues. "
            "\"The declaration is still there. It is just that nobody on the other side wants to read it,\" a "
            "former ambassador said.",
            "Tags: Russia, History, Northern Territories",
        ],
    ),
    dict(
        key="en-sanctions-oct2026",
        feed="plimsoll-wire", lang="en", published="2026-10-21T04:00:00Z",
        title="Japan widens Russia sanctions, targets third-country firms supplying military",
        summary="Tokyo freezes assets of dozens of companies in China, the UAE and elsewhere and bans exports "
                "of more dual-use goods.",
        label="restatement",
        note="Sanctions news; the only treaty content is background restating seeds (Russia cited sanctions "
             "when ending talks in 2022). No new fact in the monitored matters.",
        byline="Keiko Tanabe",
        body=[
            "TOKYO, Oct 21 (Plimsoll) - Japan on Tuesday expanded its sanctions against Russia, freezing the "
            "assets of 38 companies and 12 individuals, including firms in China, the United Arab Emirates and "
            "Central Asia that it says help Moscow obtain military equipment.",
            "The Cabinet also approved a ban on exports to Russia of another 140 categories of dual-use goods, "
            "including machine-tool parts and electronic components, from Nov. 20.",
            "\"Japan will continue to impose strong sanctions on Russia in coordination with the G7 to bring "
            "about a just and lasting peace in Ukraine,\" Chief Cabinet Secretary Minoru Kihara said.",
            "Russia has called Japan's sanctions \"unfriendly\" and has warned of retaliation. In March 2022 "
            "Moscow cited the first round of Japanese sanctions when it said it would not continue peace "
            "treaty negotiations with Tokyo.",
            "Japan has imposed sanctions on more than 1,000 individuals and organisations since the invasion "
            "of Ukraine.",
            "(Reporting by Keiko Tanabe; Editing by Susan Pryce)",
        ],
    ),
    dict(
        key="en-g7-kuwait-hold",
        feed="plimsoll-wire", lang="en", published="2026-10-27T10:10:00Z",
        title="Russia puts 'Kuwait format' contacts with Japan on hold after new sanctions",
        summary="Moscow says there will be no follow-up for now to July's meeting of senior diplomats, the only "
                "exchange on the peace treaty issue since 2022.",
        label="status_change", group="b114-g7",
        new_facts=["Russia said (27 Oct 2026) that further contacts in the 'Kuwait format' with Japan are "
                   "suspended for now, citing Japan's October sanctions."],
        must_mention=[["kuwait"], ["suspend", "on hold", "halt"]],
        note="First report: the one-off Kuwait channel (b114-g6) is suspended 'for now'. Held once -> suspended.",
        byline="Daria Ostrova",
        body=[
            "MOSCOW, Oct 27 (Plimsoll) - Russia has suspended for now further contacts with Japan of the kind "
            "held in Kuwait in July, when senior diplomats from the two countries discussed the peace treaty "
            "issue for the first time in more than four years, the Russian foreign ministry said on Tuesday.",
            "\"In view of the new anti-Russian sanctions adopted by Tokyo, continuing contacts in the so-called "
            "Kuwait format is not possible for the time being,\" the ministry said in a statement posted on "
            "its website. \"The Japanese side has been informed.\"",
            "The statement did not rule out future meetings but said any such step would depend on Tokyo "
            "\"demonstrating in practice\" a change of course.",
            "Japan's foreign ministry confirmed it had been notified. \"It is regrettable. We will continue to "
            "seek dialogue on the issues between our two countries,\" a spokesman said.",
            "The director-general of the Japanese ministry's European Affairs Bureau and the head of the Russian "
            "ministry's Third Asian Department met in Kuwait City in early July. Tokyo said at the time that "
            "the meeting was not a resumption of negotiations, and no further round was set.",
            "Japan last week froze the assets of dozens of companies, including firms in third countries, over "
            "their support for Russia's war effort.",
            "(Reporting by Daria Ostrova; Editing by Mark Hollins)",
        ],
    ),
    dict(
        key="en-no-grave-visits-2026",
        feed="peregrine-north", lang="en", published="2026-12-08T04:00:00Z",
        title="Another year without grave visits: 'We are running out of time'",
        summary="For the seventh year in a row, no former islanders travelled to the family graves on the "
                "Russian-held islands; there is no sign of a resumption.",
        label="restatement",
        note="Negated / no-change piece: grave visits still not resumed, no prospect. Restates the known state; "
             "no new fact.",
        byline="Emma Saito",
        body=[
            "NEMURO - The season for travel to the islands ended last month without a single grave visit, the "
            "seventh year in a row that former residents have been unable to visit family graves on the "
            "Russian-held islands off Nemuro.",
            "\"There is no prospect of the visits resuming,\" an official of the Chishima and Habomai Islands "
            "Residents League said. \"We ask the government every year, and every year the answer from the "
            "Russian side is silence.\"",
            "The league says 63 members died in the past twelve months. The number of surviving former "
            "residents has fallen to about 4,500, with an average age of 90.",
            "The grave visits, which began in 1964 and allowed former residents to travel with identity "
            "documents instead of passports and visas, were last held in 2019. Russia ended the visa-free "
            "exchange programme and the separate simplified visits in March 2022.",
            "Some families have turned to memorial services held on boats off Cape Nosappu, from where the "
            "Habomai islets are visible on clear days. \"It is not the same as standing at the grave,\" said a "
            "woman in her 80s whose grandparents are buried on Taraku island.",
            "The government has said the resumption of grave visits is its \"top priority\" in relations with "
            "Russia.",
            "Filed under: Nemuro, Northern Territories, Society",
        ],
    ),
]
