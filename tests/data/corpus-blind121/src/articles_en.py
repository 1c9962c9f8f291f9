"""English articles of the b121 corpus (theme: former residents and humanitarian matters)."""

# must_mention stems: one inner list per key idea; every inner list holds the stem in
# English and the Russian and Japanese forms, so an alert quoting any report can match.
MM_G1 = [["visa", "виз", "ビザ", "査証"], ["grave", "могил", "захорон", "墓"]]
MM_G2 = [["children", "pupil", "schoolchild", "школьник", "дет", "子ども", "児童", "生徒"],
         ["visa-free", "without visa", "безвиз", "без виз", "ビザなし"]]
MM_G3 = [["declin", "reject", "refus", "turned down", "отклон", "отказ", "断", "拒"],
         ["medical", "hospital", "медицин", "больниц", "医療", "病院"]]
MM_G4 = [["putin", "путин", "プーチン"], ["letter", "письм", "手紙", "書簡", "返信"]]
MM_G5 = [["resum", "restor", "возобнов", "再開"], ["former", "бывш", "元島民", "自由訪問"]]
MM_G6 = [["suspend", "halt", "приостанов", "停止"], ["former", "бывш", "元島民", "自由訪問"]]
MM_G7 = [["law", "закон", "条例", "法"], ["cemeter", "grave", "burial", "кладбищ", "захорон", "墓"]]

ARTICLES = [
    # ------------------------------------------------------------------ 01
    dict(
        id="b121-01", feed="turnstone-gazette", published="2024-02-12T06:30:00Z",
        title="Fewer voices at Nemuro's Northern Territories Day rally as former islanders age",
        summary="Only a handful of people born on the four islands could make it to this year's rally; "
                "their average age is now over 88, and none has been home since 2019.",
        label="restatement",
        note="Occasion piece for 7 February. Restates seed facts: Russia ended visa-free trips and the "
             "1999 former-residents' visits in March 2022 and halted peace treaty talks (Rudenko, 8 Feb 2024: "
             "'categorically impossible'). Grave visits not held since 2019 is background, no new move.",
        author="Aya Kitamura", kicker="The Islands",
        body=[
            "NEMURO — The hall at the Nemuro City Culture Hall was full on Wednesday, but the front row "
            "reserved for people born on the four islands had gaps in it. Of the eleven former residents "
            "the organisers had hoped to seat there, seven came. Two sent apologies from hospital.",
            "The annual rally, held every 7 February since the government designated the date Northern "
            "Territories Day in 1981, followed its familiar order: a speech by the mayor, a resolution "
            "calling for the return of Etorofu, Kunashiri, Shikotan and the Habomai islets, and a march "
            "to Cape Nosappu that was shortened this year because of the wind.",
            "What has changed is the arithmetic. According to the League of Residents of Chishima and "
            "Habomai Islands, about 5,100 of the 17,291 Japanese who lived on the islands in 1945 are "
            "still alive, and their average age passed 88 last year.",
            "None of them has been able to go back since 2019. Grave visits were first stopped by the "
            "pandemic; then, in March 2022, Moscow answered Japan's sanctions over Ukraine by scrapping "
            "the 1991 visa-free exchanges and the 1999 arrangement that let former residents visit their "
            "old homes without passports or visas. It also walked away from peace treaty talks.",
            "Last week a Russian deputy foreign minister, Andrei Rudenko, said a return to those talks "
            "was \"categorically impossible\" under current conditions. Nobody in the hall expected "
            "anything different.",
            "\"We used to say 'while we are alive',\" said Tetsuo Kudo, 89, who was born in Shana on "
            "Etorofu. \"Now we say it more quietly.\"",
            "The resolution adopted on Wednesday asks the Japanese government to \"spare no effort\" to "
            "restore the visits. Organisers said it would be sent to the prime minister's office later "
            "this month, as every year.",
        ],
    ),
    # ------------------------------------------------------------------ 05
    dict(
        id="b121-05", feed="greenshank-wire", published="2024-03-19T11:40:00Z",
        title="Russia offers free visas to Japan's former islanders for grave visits; Tokyo balks",
        summary="Russia's consulate in Sapporo says it will issue free single-entry visas to Japanese born on the "
                "disputed islands and their families so they can visit graves, travelling via Sakhalin.",
        label="new_development", group="b121-g1",
        new_facts=["Russia's consulate general in Sapporo will issue free single-entry 'humanitarian' visas from "
                   "1 April 2024 to former Japanese residents of the southern Kurils and their relatives for visits "
                   "to family graves, entering via Yuzhno-Sakhalinsk"],
        must_mention=MM_G1,
        note="Second report of g1 (first: b121-04, Russian). New: a Russian offer of free visas for grave visits, "
             "i.e. grave visits allowed only with Russian visas. Not in the seeds, which only record the end of "
             "visa-free trips.",
        author="Mari Ostrowski", dateline="TOKYO, March 19 (Greenshank) -",
        body=[
            "Russia will issue free visas to Japanese people born on the Russian-held islands off Hokkaido, "
            "and to their children and grandchildren, so they can visit family graves there, its consulate "
            "general in Sapporo said on Tuesday, in an offer Tokyo is unlikely to accept.",
            "The consulate said that from April 1 it would accept applications for single-entry "
            "\"humanitarian\" visas, valid for up to 30 days, from Japanese citizens born on Iturup, Kunashir, "
            "Shikotan or the Habomai islets and from their spouses and direct descendants. No consular fee "
            "will be charged. Travellers would enter Russia through Yuzhno-Sakhalinsk, and the Sakhalin "
            "regional government would help with flights and ferries to the islands, it said.",
            "The notice, published on the consulate's website and Telegram channel, described the step as "
            "a gesture \"guided by humanism\" that was being taken \"despite the unfriendly course of "
            "official Tokyo\".",
            "Japan, which calls the islands its Northern Territories, has since 1989 asked its citizens not "
            "to travel there on Russian visas, arguing that doing so would imply acceptance of Russian "
            "jurisdiction. Until 2019 former residents visited graves under a separate humanitarian "
            "arrangement that required neither passports nor visas.",
            "\"We are aware of the announcement. Our position that Japanese nationals should refrain from "
            "entering the four islands under Russian procedures has not changed,\" a Japanese foreign "
            "ministry official told Greenshank, asking not to be named because the government had yet to "
            "comment formally.",
            "Moscow terminated the visa-free exchanges and the simplified visits for former residents in "
            "March 2022, citing Japan's sanctions over the war in Ukraine, and at the same time said it "
            "would not continue peace treaty negotiations.",
            "About 5,100 former islanders are still alive; their average age is over 88.",
        ],
    ),
    # ------------------------------------------------------------------ 07
    dict(
        id="b121-07", feed="leeway-brief", published="2024-04-09T08:00:00Z",
        title="Visa or no visa: why a free Russian stamp is a hard sell in Nemuro",
        summary="Russia's offer of free visas for grave visits has been open for a week. We explain why almost "
                "nobody in Japan is expected to take it up.",
        label="new_development", group="b121-g1",
        new_facts=["(follow-up) explains Russia's March 2024 free-visa offer for grave visits; no new fact"],
        must_mention=MM_G1,
        note="Follow-up explainer of g1 with no new fact: the Sapporo visa offer (b121-04/05/06) plus seed "
             "background (1991 and 1999 arrangements terminated in 2022). Expected: no second alert.",
        author="Leeway Brief staff", kicker="Explainer",
        body=[
            "On April 1 Russia's consulate general in Sapporo began taking applications for free, "
            "single-entry visas for Japanese people who want to visit family graves on the southern Kurils, "
            "the islands Japan calls its Northern Territories. Here is what the offer is, and why it is "
            "not as simple as it sounds.",
            "## What did Russia offer?",
            "A visa with no consular fee, valid for 30 days, for Japanese citizens born on the four island "
            "groups and their spouses, children and grandchildren. The trip runs through Yuzhno-Sakhalinsk; "
            "the Sakhalin government says it will help with onward transport.",
            "## Why can't former residents just go?",
            "Because Tokyo asks them not to. A 1989 cabinet understanding requests that Japanese nationals "
            "refrain from entering the islands under Russian procedures — a passport stamp or a Russian visa "
            "would, in Tokyo's reading, concede Russian jurisdiction. Chief Cabinet Secretary Yoshimasa "
            "Hayashi repeated that position on March 21.",
            "## How did visits work before?",
            "Through three arrangements that needed no visas: grave visits (from 1986), visa-free exchanges "
            "(from 1992, under a 1991 agreement) and \"free visits\" by former residents to their old homes "
            "(from 1999). Travellers carried an identity certificate instead of a passport. Grave visits "
            "stopped in 2020 because of Covid; in March 2022 Russia terminated the visa-free exchanges and "
            "the 1999 arrangement in response to Japanese sanctions.",
            "## So is anything moving?",
            "Not really. The offer puts the choice on individual former residents, most of them in their late "
            "eighties, and on a government that will not change its 35-year-old rule for a visa. Russia, for "
            "its part, has said nothing about restoring the old visa-free frameworks, and peace treaty talks "
            "remain frozen since 2022.",
            "## What to watch",
            "Whether any former resident applies — and whether Tokyo treats that as a private decision or a "
            "breach of its request.",
        ],
    ),
    # ------------------------------------------------------------------ 08
    dict(
        id="b121-08", feed="scupper-post", published="2024-04-23T10:00:00Z",
        title="Chagossians tend ancestors' graves on Peros Banhos in rare heritage visit",
        summary="Twelve former islanders and descendants spent five days on the atolls of the Chagos archipelago, "
                "cleaning cemeteries and holding a mass in a ruined church.",
        label="off_topic",
        note="Look-alike: former islanders' grave visit allowed by a government, but in the Chagos archipelago "
             "(UK-Mauritius dispute), not the Kurils.",
        author="Helen Matsika",
        comments=[("Ravi_P", "They should not need permission to visit their own parents' graves."),
                  ("northsea_tom", "Good to see this covered. The last visit was years ago.")],
        body=[
            "Twelve Chagossians — five of them born on the islands before the population was removed "
            "between 1967 and 1973 — have returned from a five-day heritage visit to Peros Banhos and "
            "Salomon, two atolls of the Chagos archipelago in the Indian Ocean.",
            "The visit, organised and paid for by the British Indian Ocean Territory administration, was "
            "the first of its kind in more than two years. Participants cleared vegetation from the "
            "cemeteries on Île du Coin and Boddam, repainted headstones and held a mass in the roofless "
            "church on Île du Coin.",
            "\"My mother is buried here. I was seven when they put us on the boat,\" said Lisette Jaffar, "
            "63, speaking by satellite phone from the patrol vessel that carried the group. \"Today I could "
            "put flowers on her grave. I do not know if I will come again.\"",
            "The visits are allowed only to the outer atolls. Diego Garcia, the largest island and the site "
            "of a joint US-UK military base, remains closed to former residents except for transit.",
            "Britain and Mauritius have been negotiating over sovereignty of the archipelago since late 2022, "
            "after an advisory opinion of the International Court of Justice and a UN General Assembly "
            "resolution backed Mauritius's claim. Chagossian groups have complained that they have no seat "
            "at the table.",
            "Officials said further heritage visits were planned but gave no dates.",
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        id="b121-11", feed="scupper-post", published="2024-06-11T07:30:00Z",
        title="Kishida tells former islanders grave visits are 'top priority' in Russia ties",
        summary="Japan's prime minister met representatives of people displaced from Russian-held islands and "
                "promised to keep pressing Moscow to let them visit family graves.",
        label="restatement",
        note="Requested/wished-for version: Kishida urges Russia to resume grave visits. No change in any state; "
             "restates Japan's known position.",
        author="Scupper Post staff",
        body=[
            "Japanese Prime Minister Fumio Kishida on Monday told representatives of former residents of "
            "the Russian-held islands off Hokkaido that restoring their visits to family graves was the "
            "\"top priority\" in Japan's dealings with Russia.",
            "Kishida met eight members of the League of Residents of Chishima and Habomai Islands at his "
            "office in Tokyo, including three people born on the islands. They handed him a request "
            "asking the government to secure the resumption of grave visits \"this summer, by any means\".",
            "\"I fully understand your feelings. The government will continue to strongly urge the Russian "
            "side to resume the projects, with grave visits at the top of the list,\" Kishida said, "
            "according to a readout from his office.",
            "He did not say whether Tokyo had received any response from Moscow. Russia ended visa-free "
            "exchanges with the islands and the special visits for former residents in 2022, after Japan "
            "joined Western sanctions over the invasion of Ukraine, and broke off peace treaty talks.",
            "In March the Russian consulate in Sapporo offered free visas for grave visits, an offer Tokyo "
            "has told its citizens not to use because it would mean submitting to Russian jurisdiction over "
            "islands Japan claims.",
            "League officials said after the meeting that they were grateful but \"time is not on our "
            "side\". The average age of surviving former residents is over 88.",
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        id="b121-14", feed="greenshank-wire", published="2024-07-16T09:20:00Z",
        title="Russia revives visa-free exchange for one summer trip by Kuril schoolchildren to Japan",
        summary="Sixteen children from Kunashir and Shikotan will visit Nemuro in August under the 1991 visa-free "
                "procedure that Moscow scrapped in 2022, in what both sides call a one-time exception.",
        label="status_change", group="b121-g2",
        new_facts=["Russia agreed to apply the terminated 1991 visa-free exchange procedure once, this summer only, "
                   "for a visit by 16 schoolchildren and 4 adults from the southern Kurils to Nemuro on 19-24 August 2024"],
        must_mention=MM_G2,
        note="Third report of g2 (first: b121-12, buried in a Nemuro council story). Status: visa-free exchanges "
             "terminated (seed) -> applied once, this summer only, for a children's visit. Neither on nor off.",
        author="Mari Ostrowski", dateline="TOKYO, July 16 (Greenshank) -",
        body=[
            "Russia has agreed to let a group of schoolchildren from the Russian-held southern Kurils travel "
            "to Japan without visas next month, applying for one trip only the visa-free exchange procedure "
            "it terminated in 2022, Japanese and Russian officials said.",
            "Sixteen children aged 11 to 15, most of them members of a children's folk ensemble in "
            "Yuzhno-Kurilsk on Kunashir, and four accompanying adults will stay with host families in the "
            "Hokkaido port of Nemuro from August 19 to 24 and perform at the city's summer festival.",
            "They will travel on the Japanese exchange ship Etopirika with identity certificates instead of "
            "passports and visas, as under the 1991 agreement on visa-free exchanges, a Japanese foreign "
            "ministry official said.",
            "\"This is a one-time exception for this summer. It does not mean the resumption of the "
            "exchanges,\" the Russian foreign ministry's representative office in Yuzhno-Sakhalinsk was quoted "
            "as saying by local media.",
            "Moscow ended the visa-free exchanges, under which about 24,000 people had travelled in both "
            "directions since 1992, in March 2022 in response to Japanese sanctions over Ukraine.",
            "Nemuro's city council this month approved 4.8 million yen to host the group. The city's mayor "
            "called the trip \"a small window\" and said he hoped Japanese children could one day make the "
            "return journey.",
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        id="b121-15", feed="turnstone-gazette", published="2024-08-06T08:00:00Z",
        title="Wakkanai's ferry pier waits out a fifth summer without Sakhalin sailings",
        summary="No operator has come forward to restart the Wakkanai-Korsakov route, and the city has stopped "
                "budgeting for it.",
        label="off_topic",
        note="Look-alike: Japan-Russia (Sakhalin) transport news from Hokkaido; not the Kurils or the peace "
             "treaty dispute.",
        author="Ken Ohara", kicker="Local",
        body=[
            "WAKKANAI — The international terminal at Wakkanai port still has its Cyrillic signs, and the "
            "customs booths are dusted once a month. But for the fifth summer in a row no ship will sail "
            "from here to Korsakov on Sakhalin, 160 kilometres across the La Perouse Strait.",
            "The seasonal ferry service, which carried tourists, traders and exchange groups between "
            "Japan's northernmost city and Sakhalin's main port, stopped in 2019 when its operator pulled "
            "out. The pandemic and then the war in Ukraine ended talk of a successor.",
            "\"We asked three shipping companies last year. None wanted to touch it,\" a city official said. "
            "Wakkanai has removed the route from its tourism promotion budget for this fiscal year.",
            "Local businesses that once sold used cars and tyres to Sakhalin buyers now rely on domestic "
            "customers. The city's sister-city ties with Korsakov and Nevelsk survive on paper; the last "
            "official delegation crossed in 2019.",
            "Some in Wakkanai still hope. A group of residents has kept up a small Russian-language "
            "course at the community centre. \"When the ships come back we want to be ready,\" said its "
            "organiser, a retired customs officer.",
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        id="b121-18", feed="leeway-brief", published="2024-09-10T12:00:00Z",
        title="Where the Armenia-Azerbaijan peace treaty stands",
        summary="Both governments say most of the text is agreed. The last articles are the hardest.",
        label="off_topic",
        note="Look-alike: another peace treaty (Armenia-Azerbaijan); nothing about Japan, Russia or the Kurils.",
        author="Leeway Brief staff", kicker="Explainer",
        body=[
            "Armenia and Azerbaijan have been negotiating a peace treaty since their 2020 war and Baku's "
            "2023 offensive that ended the Armenian presence in Nagorno-Karabakh. Officials on both sides "
            "now say the bulk of the draft is agreed. Here is what is left.",
            "## What's in the draft?",
            "Seventeen articles, according to officials: mutual recognition of territorial integrity, "
            "the establishment of diplomatic relations, a commitment not to deploy third-country forces "
            "along the border, and a bilateral commission on border delimitation.",
            "## What's still open?",
            "Two articles, reportedly. Baku wants Armenia to change its constitution, whose preamble refers "
            "to a 1990 declaration on unification with Karabakh. Yerevan says that is a domestic matter. "
            "The sides also disagree on withdrawing interstate legal claims.",
            "## And the border?",
            "Delimitation commissions have agreed a short stretch in the north. Most of the roughly "
            "1,000-kilometre line is unsettled.",
            "## When could it be signed?",
            "Neither side will give a date. Diplomats say a signing ceremony could follow quickly once the "
            "constitutional question is solved — but that may require a referendum in Armenia.",
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        id="b121-19", feed="scupper-post", published="2024-10-04T06:00:00Z",
        title="Ishiba, in first policy speech, vows to seek treaty with Russia and restore islanders' visits",
        summary="The new prime minister repeated Japan's aim of resolving the territorial issue and concluding "
                "a peace treaty, and said former residents' visits were a priority.",
        label="restatement",
        note="New speaker, known position: Japan's goal of resolving the territorial issue and signing a peace "
             "treaty; wish to restore grave visits. No move by either government.",
        author="Scupper Post staff",
        body=[
            "Japan's new prime minister, Shigeru Ishiba, on Friday told parliament that Tokyo's policy of "
            "resolving the territorial issue with Russia and concluding a peace treaty had not changed, "
            "despite relations he described as \"in a difficult situation\" because of the war in Ukraine.",
            "\"Japan-Russia relations are in a difficult state, but our policy of resolving the territorial "
            "issue and concluding a peace treaty is unchanged,\" Ishiba said in his first policy speech, "
            "delivered three days after he took office.",
            "He added that the resumption of exchange projects with the four islands, \"above all grave "
            "visits, which former residents, who are advanced in age, so strongly desire\", would remain a "
            "priority.",
            "The passage, which closely follows the wording used by his predecessor Fumio Kishida, drew "
            "little attention in a speech dominated by an upcoming general election, rice prices and "
            "disaster recovery on the Noto peninsula.",
            "Russia broke off peace treaty negotiations and ended visa-free travel to the islands in 2022 "
            "after Japan imposed sanctions over Ukraine. Moscow has since said that dialogue on a treaty is "
            "impossible as long as Tokyo keeps its \"hostile\" policy.",
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        id="b121-22", feed="greenshank-wire", published="2024-12-10T06:00:00Z",
        title="Japan sees no prospect of restarting island visits soon, foreign minister tells parliament",
        summary="Takeshi Iwaya said Moscow had not responded to Tokyo's requests and repeated that travel on "
                "Russian visas was not acceptable.",
        label="restatement",
        note="Negated version: 'no prospect' of resuming exchanges/grave visits. Restates seed state "
             "(terminated) and the known g1 position (Russian-visa offer unacceptable to Tokyo).",
        author="Greenshank staff", dateline="TOKYO, Dec 10 (Greenshank) -",
        body=[
            "Japan has no immediate prospect of restarting visits by former residents to the Russian-held "
            "islands off Hokkaido, Foreign Minister Takeshi Iwaya told parliament on Tuesday.",
            "\"At present there is no prospect of resuming the four-island exchange projects. We have made "
            "our requests through various channels, but the Russian side has not responded in a way that "
            "would allow them to resume,\" Iwaya told the upper house's special committee on Okinawa and "
            "northern problems.",
            "Asked about Russia's offer, made in March, to issue free visas for grave visits, Iwaya said "
            "travelling under Russian procedures \"cannot be accepted in light of our legal position\" and "
            "that the government would continue to ask citizens to refrain from doing so.",
            "Grave visits, visa-free exchanges and visits by former residents to their home villages were "
            "all conducted without passports or visas. Russia terminated the last two in March 2022, citing "
            "Japanese sanctions, and grave visits have not taken place since 2019.",
            "Iwaya took office in October in the cabinet of Prime Minister Shigeru Ishiba.",
        ],
    ),
    # ------------------------------------------------------------------ 23
    dict(
        id="b121-23", feed="turnstone-gazette", published="2025-01-21T07:00:00Z",
        title="The Nemuro man who keeps a ledger of island graves",
        summary="Using photographs from three decades of grave visits, a second-generation islander has "
                "catalogued more than 1,100 Japanese graves he may never see.",
        label="restatement",
        note="Feature/background on the memory of graves; restates that grave visits stopped in 2019 and that "
             "Russia ended the visa-free frameworks in 2022. No new move.",
        author="Aya Kitamura", kicker="Features",
        body=[
            "NEMURO — Hiroshi Sato's living room is papered with maps of islands he has never lived on. "
            "Pins mark cemeteries: 14 on Kunashiri, 12 on Etorofu, nine on Shikotan, more on the Habomai "
            "islets. Next to each, a number.",
            "\"That one is 214,\" he says, pointing at the old cemetery above Furukamappu. \"Two hundred and "
            "fourteen graves we know of. My grandfather is number 37.\"",
            "Sato, 67, is the son of a woman born on Kunashiri in 1934. For the past six years he has "
            "gathered photographs taken by participants in grave visits between 1964 and 2019, matched them "
            "against family registers and the memories of the people who took them, and entered every "
            "legible headstone into a spreadsheet. It now has 1,132 rows.",
            "The work became urgent, he says, when the visits stopped — first because of the pandemic, then "
            "because Russia scrapped the visa-free arrangements in 2022. \"The people who know which stone is "
            "whose are in their late eighties. If I don't ask now, nobody will know.\"",
            "He has given copies to the local branch of the former residents' league and to the city. He "
            "has not, he says, considered applying for the free Russian visas offered last year. \"My mother "
            "would not want me to go that way.\"",
            "On the wall by the door is the photograph that started it: his mother, in 2017, kneeling at a "
            "grave on Kunashiri with a bottle of sake. \"That was her last time,\" he says.",
        ],
    ),
    # ------------------------------------------------------------------ 29
    dict(
        id="b121-29", feed="greenshank-wire", published="2025-05-22T06:10:00Z",
        title="Putin answers 93-year-old former islander's letter, invites her to father's grave",
        summary="The Kremlin confirmed that the Russian president replied to a woman born on Shikotan who asked "
                "to visit her father's grave, saying she would be 'a welcome guest'.",
        label="new_development", group="b121-g4",
        new_facts=["Putin replied in writing to a letter from a 93-year-old former resident of Shikotan, inviting her "
                   "to visit her father's grave as a guest and instructing the Sakhalin governor to assist; the "
                   "Kremlin confirmed the reply on 21 May 2025"],
        must_mention=MM_G4,
        note="Third report of g4 (first: b121-27, Japanese). New: a personal offer by the Russian president to a "
             "former resident (a one-time visit as a guest), confirmed by the Kremlin.",
        author="Greenshank staff", dateline="MOSCOW/TOKYO, May 22 (Greenshank) -",
        body=[
            "President Vladimir Putin has replied to a letter from a 93-year-old Japanese woman born on the "
            "Russian-held island of Shikotan, telling her she would be \"a welcome guest\" if she came to "
            "visit her father's grave, the Kremlin confirmed.",
            "Kiyo Onodera, who was born in 1932 in the village of Shakotan and left the island in 1947, wrote "
            "to Putin in February through the Russian embassy in Tokyo, asking to be allowed to see the grave "
            "of her father, who died on Shikotan in 1944.",
            "In a reply dated April 25 and handed to her family in Sapporo by the Russian consulate on May 16, "
            "Putin wrote that the grave was being looked after by local residents and that he had instructed "
            "the Sakhalin governor \"to render the necessary assistance\" to her trip, according to a copy "
            "shown to Japanese media.",
            "\"Yes, the president did answer this letter. It is a humanitarian matter,\" Kremlin spokesman "
            "Dmitry Peskov told reporters on Wednesday, adding that such a visit was possible \"in accordance "
            "with Russian legislation\".",
            "Japan asks its citizens not to enter the islands on Russian visas. Chief Cabinet Secretary "
            "Yoshimasa Hayashi declined to comment on private correspondence but said the government's "
            "position \"has not changed in any way\".",
            "Onodera's granddaughter said the family had not decided whether she would travel. \"She cried "
            "when she read that someone is looking after the grave,\" she said.",
            "Moscow ended visa-free trips and former residents' visits to the islands in 2022 in response "
            "to Japanese sanctions.",
        ],
    ),
    # ------------------------------------------------------------------ 30
    dict(
        id="b121-30", feed="leeway-brief", published="2025-06-10T08:00:00Z",
        title="A letter, not a policy: what Putin's note to a former islander changes",
        summary="Three weeks on, the Kremlin's reply to a 93-year-old woman from Shikotan has not been followed by "
                "any change in how Japanese can reach the islands.",
        label="new_development", group="b121-g4",
        new_facts=["(follow-up) analysis of Putin's May 2025 reply to a former Shikotan resident; no new fact"],
        must_mention=MM_G4,
        note="Follow-up analysis of g4 without new fact (the letter, Peskov's confirmation, Tokyo's unchanged "
             "position are all in b121-27/28/29). Expected: no second alert.",
        author="Leeway Brief staff", kicker="Analysis",
        body=[
            "It was the most personal gesture Moscow has made toward Japan since 2022: a presidential reply "
            "to a 93-year-old woman who asked to see her father's grave on Shikotan. Three weeks later, it "
            "is worth being precise about what it did and did not do.",
            "## What it did",
            "Vladimir Putin's letter, dated April 25 and confirmed by the Kremlin on May 21, told Kiyo "
            "Onodera she would be welcome and said the Sakhalin governor had been told to help. For one "
            "family, that is a real offer.",
            "## What it did not do",
            "It did not restore any of the frameworks that used to carry former residents to the islands "
            "without visas. The Kremlin's spokesman was explicit that a visit would take place \"in "
            "accordance with Russian legislation\" — meaning a Russian visa, the same condition attached to "
            "the free visas Russia's Sapporo consulate has offered since April 2024.",
            "Tokyo's position has not moved either. The government still asks citizens not to travel under "
            "Russian procedures, and officials say privately that a trip by Onodera would be treated as a "
            "private decision the state cannot endorse.",
            "## Why it matters anyway",
            "The letter puts the humanitarian question in a frame Moscow prefers: individual goodwill, on "
            "Russian terms, rather than a negotiated arrangement with Tokyo. That is consistent with Russia's "
            "line since March 2022, when it ended the visa-free exchanges and the 1999 visits and broke off "
            "treaty talks.",
            "## What to watch",
            "Whether Onodera travels, and whether Tokyo says anything if she does.",
        ],
    ),
    # ------------------------------------------------------------------ 32
    dict(
        id="b121-32", feed="scupper-post", published="2025-07-15T06:00:00Z",
        title="Former islanders pray at sea off Cape Nosappu, within sight of homes they cannot visit",
        summary="For the third summer, former residents held a memorial service aboard boats on the Japanese side "
                "of the strait, since grave visits to the islands remain suspended.",
        label="restatement",
        note="Occasion piece and look-alike of a 'grave visit by sea': held in Japanese waters, no Russian "
             "permission involved, nothing resumed. Restates that grave visits remain suspended.",
        author="Scupper Post staff",
        body=[
            "Thirty-one former residents of the Russian-held islands off Hokkaido and their relatives "
            "sailed from the port of Habomai on Monday for a memorial service at sea, within sight of the "
            "Habomai islets and Kunashiri, where their families' graves lie.",
            "The two chartered fishing boats stopped about three kilometres off Cape Nosappu, on the Japanese "
            "side of the line Japan's coast guard treats as the limit of safe navigation. Participants "
            "threw chrysanthemums into the water and read out the names of relatives buried on the islands.",
            "It is the third year that the Nemuro branch of the former residents' league has organised the "
            "service as a substitute for grave visits, which have not taken place since 2019.",
            "\"I could see the hill above the cemetery. That is as close as I can get,\" said Mitsuko "
            "Hayashida, 88, who was born on Shibotsu island.",
            "Japan has repeatedly asked Russia to allow grave visits to resume under the old arrangement, "
            "which required no visas. Moscow, which ended visa-free trips to the islands in 2022, says "
            "Japanese can visit graves with Russian visas — an option Tokyo rejects.",
            "Organisers said they would hold the service again next summer.",
        ],
    ),
    # ------------------------------------------------------------------ 34
    dict(
        id="b121-34", feed="greenshank-wire", published="2025-09-16T07:45:00Z",
        title="Russia tells Japan former islanders' visits can resume next year, but not to Iturup",
        summary="A Russian note says visits by former Japanese residents to their old homes, halted in 2022, can "
                "restart in the 2026 season on Kunashir and Shikotan, in groups of up to 50.",
        label="status_change", group="b121-g5",
        new_facts=["Russia notified Japan it will resume from the 2026 navigation season the visa-free visits of "
                   "former residents under the 1999 arrangement, terminated in 2022, limited to Kunashir and "
                   "Shikotan (not Iturup), groups of up to 50, one relative per former resident"],
        must_mention=MM_G5,
        note="First report of g5 (English). Status: 1999 former-residents' visits terminated (seed, March 2022) "
             "-> to resume from the 2026 season, with conditions (Iturup excluded, group size, lists).",
        author="Mari Ostrowski", dateline="TOKYO, Sept 16 (Greenshank) -",
        body=[
            "Russia has told Japan that former Japanese residents of the Russian-held southern Kurils can "
            "again visit their former homes without visas from next year, partly reversing a 2022 decision "
            "that ended the arrangement, according to a diplomatic note seen by Greenshank.",
            "The note, handed to the Japanese embassy in Moscow on Monday, says the visits under the 1999 "
            "arrangement on \"the most simplified procedure\" for former residents can resume \"from the "
            "2026 navigation season\" — roughly June to September — on Kunashir and Shikotan.",
            "Iturup, the largest of the islands and home to a Russian military airfield, is excluded "
            "\"taking into account the current situation\". Groups are limited to 50 people, each former "
            "resident may be accompanied by one family member, and lists must be submitted 60 days before "
            "each trip.",
            "Travellers would again use identity certificates rather than passports and visas, the note says. "
            "It stresses that the step \"does not signify the resumption of visa-free exchanges\" under the "
            "1991 agreement, which remain terminated.",
            "A Japanese government source confirmed receipt of the note and said Tokyo \"will consider it "
            "carefully with a view to realising the visits\".",
            "Moscow terminated both the visa-free exchanges and the former residents' visits in March 2022, "
            "citing Japanese sanctions imposed over the war in Ukraine, and said it would not continue peace "
            "treaty negotiations. It has since offered former residents Russian visas to visit graves.",
            "About 4,700 former residents are still alive, with an average age close to 90.",
        ],
    ),
    # ------------------------------------------------------------------ 37
    dict(
        id="b121-37", feed="turnstone-gazette", published="2025-09-30T05:00:00Z",
        title="For islanders in their nineties, next summer is a long way off",
        summary="Russia's promise to let former residents visit their home villages again in 2026 has been met in "
                "Nemuro with relief, arithmetic and questions about Etorofu.",
        label="restatement",
        note="Reaction feature to g5 with no new fact: restates the September 2025 Russian note (resumption "
             "from 2026, Iturup excluded) and ageing statistics. Known since b121-34/35/36.",
        author="Ken Ohara", kicker="The Islands",
        body=[
            "NEMURO — When the news came that Russia would let former residents visit their home villages "
            "again, the first thing Kazuko Ito did was count. \"Next summer I will be 92,\" she said. \"If the "
            "first boat is in July, I have ten months.\"",
            "Russia told Japan two weeks ago that visits by former residents to Kunashiri and Shikotan could "
            "resume in the 2026 season, four years after it ended them along with the visa-free exchanges. "
            "Etorofu is not included, and each trip is limited to 50 people.",
            "At the league's Nemuro office the phone has not stopped. Staff say well over 100 people have "
            "already asked to be put on a list that does not yet exist.",
            "For those born on Etorofu — about a third of surviving former residents — the news was "
            "bittersweet. \"Shana, Rubetsu, Shibetoro — none of it,\" said Tetsuo Kudo, 90. \"I am happy for "
            "the others.\"",
            "Grave visits, which were carried out under a separate arrangement, are not mentioned in the "
            "Russian note. Many graves lie near the old villages, and league officials hope participants "
            "will be able to stop at cemeteries during the visits.",
            "Japan's government has said it will study the note. Nobody in Nemuro expects the terms to "
            "change.",
        ],
    ),
    # ------------------------------------------------------------------ 39
    dict(
        id="b121-39", feed="leeway-brief", published="2025-12-23T09:00:00Z",
        title="2025 in Japan-Russia: a letter, a note and a door left ajar",
        summary="Our year-end brief on the islands dispute: no treaty talks, but movement on the humanitarian "
                "track.",
        label="restatement",
        note="Annual review: restates seeds (talks suspended, BSEC, joint economic activity) and this corpus's "
             "earlier developments (Putin's letter, g4; resumption of 1999 visits from 2026, g5). No new fact.",
        author="Leeway Brief staff", kicker="Year in review",
        body=[
            "The peace treaty track between Japan and Russia stayed where Moscow left it in March 2022: "
            "closed. Russian officials repeated throughout the year that talks were impossible while Tokyo "
            "maintained sanctions, and Japan's government, which changed prime ministers in October, "
            "repeated that its goal of resolving the territorial issue and signing a treaty was unchanged.",
            "## The humanitarian track",
            "Here 2025 was different. In May the Kremlin confirmed that Vladimir Putin had replied to a "
            "93-year-old woman born on Shikotan, inviting her to her father's grave. In September Moscow "
            "told Tokyo that visits by former residents to their home villages — ended in 2022 — could "
            "resume in the 2026 season on Kunashir and Shikotan, though not Iturup.",
            "Neither step touched the 1991 visa-free exchanges, which remain terminated, or grave visits, "
            "for which Russia still asks Japanese to obtain Russian visas.",
            "## What did not move",
            "Russia's withdrawal from the dialogue on joint economic activities, its block on Japan's status "
            "at the Black Sea Economic Cooperation organisation, and its refusal to discuss a peace treaty "
            "all stand.",
            "## What to watch in 2026",
            "Whether the first boat with former residents actually sails next summer, and whether anything "
            "in Tokyo's sanctions policy gives Moscow a reason to change its mind.",
        ],
    ),
    # ------------------------------------------------------------------ 41
    dict(
        id="b121-41", feed="scupper-post", published="2026-03-10T05:00:00Z",
        title="Former Varosha residents allowed one-off visit to church cemetery in fenced-off Cyprus town",
        summary="Turkish Cypriot authorities let about 200 Greek Cypriots tend family graves at a church in "
                "Varosha, in what they said was an exception.",
        label="off_topic",
        note="Look-alike: former residents allowed a one-off visit to family graves, but in Cyprus (Varosha), "
             "not the Kurils.",
        author="Andreas Kyriakou",
        comments=[("kaliope", "An 'exception' after fifty years. Better than nothing, I suppose."),
                  ("mk_london", "My grandmother is buried there. We were not on the list.")],
        body=[
            "About 200 Greek Cypriots who once lived in Varosha, the beach resort fenced off since the "
            "Turkish invasion of 1974, were allowed on Sunday to visit the cemetery of the Church of Agios "
            "Georgios Exorinos and clean their relatives' graves.",
            "The visit was arranged through the United Nations peacekeeping force and approved by the "
            "Turkish Cypriot authorities, who said it was \"a one-off humanitarian exception\" and did not "
            "mean a change in the status of the town.",
            "Participants, many of them in their eighties, crossed at the Deryneia checkpoint in buses and "
            "spent three hours at the church. Some wept as they found headstones they had not seen in "
            "decades; others found only broken slabs.",
            "Parts of Varosha were opened to visitors in 2020, a move condemned by the UN Security Council, "
            "but former residents have been unable to reclaim or return to their homes.",
            "The Cypriot government welcomed the visit but said it was \"no substitute\" for the return of "
            "the town to its lawful inhabitants.",
        ],
    ),
    # ------------------------------------------------------------------ 42
    dict(
        id="b121-42", feed="scupper-post", published="2026-04-14T09:00:00Z",
        title="Japan would send islanders to Iturup graves if Russia widened visit deal, minister says",
        summary="Tokyo says it is ready to organise grave visits to Iturup at once if Moscow extends the "
                "visa-free arrangement for former residents to that island.",
        label="restatement",
        note="Conditional version ('would ... if Russia widened'): no change; Iturup remains excluded from the "
             "resumed 1999 visits (g5) and grave visits remain possible only with Russian visas (g1).",
        author="Scupper Post staff",
        body=[
            "Japan would organise visits by former residents to family graves on Iturup \"immediately\" "
            "if Russia agreed to extend the visa-free arrangement for former residents to the island, "
            "Japan's foreign minister said on Tuesday.",
            "\"If the Russian side applies the same arrangement to Etorofu, we are prepared to send former "
            "residents there at once, including for grave visits,\" the minister told a parliamentary "
            "committee, using the Japanese name for Iturup.",
            "Russia told Japan last September that the visits by former residents to their home villages, "
            "which it ended in 2022, could resume this summer on Kunashir and Shikotan but not on Iturup. "
            "It has said Japanese who want to visit graves elsewhere can do so with Russian visas, which "
            "Tokyo asks its citizens not to use.",
            "The minister said Japan had conveyed its request \"on several occasions\" and that Moscow had "
            "not yet responded.",
            "Around a third of surviving former residents were born on Iturup, where the largest Japanese "
            "cemeteries on the islands are located.",
        ],
    ),
    # ------------------------------------------------------------------ 45
    dict(
        id="b121-45", feed="greenshank-wire", published="2026-07-15T10:30:00Z",
        title="Former islanders land on Kunashir in first visit since 2019; one taken back to Japan after "
              "falling ill",
        summary="Forty-four former residents and relatives reached Yuzhno-Kurilsk on the first trip under the "
                "resumed arrangement. A 91-year-old man was brought back to Nemuro early by the ship.",
        label="neutral",
        note="Borderline: the first trip under the resumption announced in g5 (not a new decision), plus an "
             "emergency return of an ill participant with Russian consent. Some analysts would alert on the "
             "first actual landing or the medical incident; others would see an implementation detail.",
        author="Greenshank staff", dateline="NEMURO, Japan, July 15 (Greenshank) -",
        body=[
            "Japanese former residents of the Russian-held southern Kurils set foot on Kunashir on Tuesday "
            "for the first time since 2019, on the first trip under the arrangement Moscow agreed last year "
            "to restore.",
            "Forty-four people — 26 former residents and 18 relatives — sailed from Nemuro on the exchange "
            "ship Etopirika and went ashore in Yuzhno-Kurilsk, known in Japan as Furukamappu, after "
            "identity checks carried out aboard. They visited the sites of former villages and laid flowers "
            "at the Japanese cemetery above the town.",
            "On Tuesday evening a 91-year-old participant complained of chest pain. He was examined by doctors "
            "from the local hospital, and with the consent of the Russian border service the Etopirika "
            "carried him back to Nemuro overnight, a day earlier than planned. He was in stable condition at "
            "Nemuro City Hospital on Wednesday, officials said.",
            "The rest of the group will return on Thursday as scheduled.",
            "Russia ended the visits in 2022 along with visa-free exchanges, citing Japanese sanctions, and "
            "agreed last September to resume them from this season on Kunashir and Shikotan. A second trip, "
            "to Shikotan, is planned for late August.",
        ],
    ),
    # ------------------------------------------------------------------ 47
    dict(
        id="b121-47", feed="greenshank-wire", published="2026-08-11T10:00:00Z",
        title="Russia suspends former islanders' visits 'until further notice', cancels Shikotan trip",
        summary="Moscow halted the visits one month after they resumed, citing Japan's entry ban on Sakhalin "
                "officials. Tokyo protested.",
        label="status_change", group="b121-g6",
        new_facts=["Russia suspended 'until further notice' the former residents' visits it had resumed in 2026, "
                   "cancelling the 25-28 August Shikotan trip, in response to Japan's entry ban on 12 Sakhalin "
                   "officials"],
        must_mention=MM_G6,
        note="Second report of g6 (first: b121-46, Japanese). Status: former-residents' visits resumed (g5, "
             "one trip held in July) -> suspended until further notice. Move in the 'off' direction.",
        author="Mari Ostrowski", dateline="TOKYO, Aug 11 (Greenshank) -",
        body=[
            "Russia has suspended \"until further notice\" visits by former Japanese residents to the "
            "Russian-held southern Kurils, a month after the first group in four years went ashore on "
            "Kunashir, Japan's government said on Tuesday.",
            "In a note delivered to the Japanese embassy in Moscow, Russia's foreign ministry said the "
            "visits were suspended and that a trip to Shikotan planned for August 25 to 28 would not take "
            "place. It cited Japan's decision on July 31 to bar entry to 12 officials of Sakhalin region, "
            "including a deputy governor, over what Tokyo called the illegal development of the islands.",
            "\"Tokyo's unfriendly steps cannot remain without consequences,\" the note said, according to "
            "the Russian foreign ministry.",
            "Japan's chief cabinet secretary called the decision \"extremely regrettable\" and said Tokyo "
            "had lodged a protest and asked Russia to reverse it. \"This concerns the heartfelt wishes of "
            "elderly former residents and has nothing to do with other issues,\" he said.",
            "Forty-four former residents and relatives visited Kunashir in mid-July under the arrangement, "
            "which Russia had terminated in 2022 and agreed last year to restore from this season.",
            "About 60 people had been registered for the Shikotan trip, league officials said.",
        ],
    ),
    # ------------------------------------------------------------------ 49
    dict(
        id="b121-49", feed="scupper-post", published="2026-08-25T07:00:00Z",
        title="Japan presses Russia to reverse halt to islanders' visits on day trip was to sail",
        summary="Tokyo summoned a Russian diplomat and urged Moscow to let the suspended visits resume, as former "
                "residents gathered at Nemuro port where the Shikotan boat should have left.",
        label="restatement",
        note="Requested version ('urged Moscow to reverse'): no change to the state set in g6 (suspended until "
             "further notice). Restates g6.",
        author="Scupper Post staff",
        body=[
            "Japan on Tuesday urged Russia to lift its suspension of visits by former residents to the "
            "Russian-held islands off Hokkaido, on the day a group had been due to sail for Shikotan.",
            "A senior official of Japan's foreign ministry summoned a minister-counsellor of the Russian "
            "embassy in Tokyo and \"strongly requested\" that the visits be allowed to resume, the ministry "
            "said. The Russian diplomat replied that responsibility lay with Tokyo, according to the Russian "
            "embassy.",
            "In Nemuro, about 30 former residents and relatives who had registered for the trip gathered at "
            "the quay where the exchange ship Etopirika sat idle. \"We had our bags packed,\" said one woman, "
            "86, born in Anama on Shikotan.",
            "Russia suspended the visits \"until further notice\" on August 11, one month after the first "
            "trip in four years took former residents to Kunashir, in retaliation for a Japanese entry ban "
            "on Sakhalin officials.",
            "Japan has said the humanitarian visits should be kept separate from other issues. Moscow has "
            "not indicated when or whether they might resume.",
        ],
    ),
    # ------------------------------------------------------------------ 53
    dict(
        id="b121-53", feed="leeway-brief", published="2026-11-10T08:00:00Z",
        title="Rudenko: peace treaty dialogue with Tokyo still 'out of the question'",
        summary="Russia's deputy foreign minister repeated that talks on a peace treaty cannot resume while Japan "
                "keeps its sanctions. We explain what that line means.",
        label="restatement",
        note="Restates seed position (Rudenko, Feb 2024: resumption categorically impossible; March 2022 "
             "suspension) in new words.",
        author="Leeway Brief staff", kicker="Quick take",
        body=[
            "Russian Deputy Foreign Minister Andrei Rudenko said on Monday that resuming talks with Japan on "
            "a peace treaty was \"out of the question\" as long as Tokyo pursued what he called a hostile "
            "policy, in an interview with a Russian news agency.",
            "## Is this new?",
            "No. Rudenko said almost exactly the same in February 2024 (\"categorically impossible\"), and "
            "the foreign ministry has used similar language since it announced in March 2022 that Russia "
            "would not continue the negotiations because of Japan's sanctions.",
            "## What did he add?",
            "Nothing of substance. He repeated that Russia regards its sovereignty over the southern Kurils "
            "as beyond question and that Japan's \"refusal of its hostile course\" is the condition for any "
            "normalisation.",
            "## And the humanitarian issues?",
            "He did not mention them. The visits by former Japanese residents that Russia resumed this summer "
            "remain suspended since August.",
            "## Bottom line",
            "A restatement, timed before Japan's parliament debates a new sanctions package.",
        ],
    ),
    # ------------------------------------------------------------------ 54
    dict(
        id="b121-54", feed="turnstone-gazette", published="2026-12-08T05:00:00Z",
        title="Bereaved families return to Mongolia's internee cemeteries for first time in seven years",
        summary="A health ministry pilgrimage took relatives of Japanese who died in post-war internment to "
                "memorial sites near Ulaanbaatar.",
        label="off_topic",
        note="Look-alike: Japanese grave/memorial visits resumed after years, but in Mongolia (post-war "
             "internees), not the Kurils and not Russia.",
        author="Turnstone staff", kicker="Features",
        body=[
            "Fourteen relatives of Japanese soldiers and civilians who died in internment in Mongolia after "
            "the Second World War have returned from a memorial pilgrimage to Ulaanbaatar organised by the "
            "health ministry — the first since 2019.",
            "The group, which included three people from Kushiro and Nemuro, laid flowers at the Japanese "
            "memorial in Dambadarjaa on the outskirts of the capital, where remains of internees were "
            "gathered, and visited two former camp sites.",
            "About 14,000 Japanese were sent to Mongolia as forced labour after 1945, and some 1,700 died "
            "there. The ministry's pilgrimages, suspended during the pandemic, resumed this autumn.",
            "\"My father's name is on the stone. I touched it for my mother, who never could,\" said a "
            "78-year-old woman from Kushiro.",
            "The ministry said it planned further pilgrimages next year, including to sites in Central "
            "Asia.",
        ],
    ),
    # ------------------------------------------------------------------ 55
    dict(
        id="b121-55", feed="greenshank-wire", published="2027-01-19T09:00:00Z",
        title="Russian envoy says islanders' visits could resume 'once Tokyo drops hostile course'",
        summary="Ambassador Nikolai Nozdrev set no date and no terms beyond a change in Japan's sanctions policy.",
        label="restatement",
        note="Conditional version ('could resume once...'): the visits remain suspended (state set in g6); restates "
             "the Russian line from the seeds (normalisation requires Japan to abandon its hostile policy).",
        author="Greenshank staff", dateline="TOKYO, Jan 19 (Greenshank) -",
        body=[
            "Visits by former Japanese residents to the Russian-held southern Kurils could resume \"once "
            "Tokyo abandons its hostile course\", Russia's ambassador to Japan, Nikolai Nozdrev, said on "
            "Tuesday.",
            "\"The ball is in Japan's court. We have shown goodwill more than once,\" Nozdrev told a news "
            "conference at the embassy. Asked whether Moscow would lift the suspension in time for the "
            "summer, he said: \"That depends entirely on the Japanese side.\"",
            "Russia suspended the visits \"until further notice\" in August, one month after it had allowed "
            "them to resume, in response to Japan's entry ban on Sakhalin regional officials.",
            "Nozdrev also repeated that a peace treaty could not be discussed while Japan kept sanctions "
            "against Russia, and that Russian sovereignty over the islands was \"not subject to discussion\".",
            "Japanese officials said they had received no proposal from Russia.",
        ],
    ),
]
