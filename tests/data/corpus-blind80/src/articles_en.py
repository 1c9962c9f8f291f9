"""English-language articles of the blind80 corpus.

Each entry: id, feed, lang, published (UTC, ISO), title, summary, label, group,
new_facts, must_mention, note, author, section, body (list of paragraphs).
"""

_NOZDREV_BODY = [
    "TOKYO, Feb 20 (Sculpin Wire) - Russia's ambassador to Japan said on Tuesday there was no basis "
    "for resuming negotiations on a peace treaty as long as Tokyo keeps its sanctions against Moscow, "
    "repeating the position the Russian government has held since it walked away from the talks in 2022.",
    "\"Nobody should have any illusions. One cannot discuss a fundamental document on friendship and "
    "good-neighbourliness with a country that has chosen an openly hostile course towards us,\" "
    "Ambassador Nikolai Nozdrev said in an interview with Russia's Zvezda television channel.",
    "Nozdrev said responsibility for the state of relations lay \"entirely with Tokyo\" and that Moscow "
    "would judge the Japanese government \"by its deeds, not by its declarations\". He did not say what "
    "steps Russia would regard as sufficient.",
    "Japan's Foreign Ministry declined to comment on the interview. Chief Cabinet Secretary Yoshimasa "
    "Hayashi told reporters last week that Japan's policy of resolving the territorial issue and "
    "concluding a peace treaty had not changed.",
    "Russia's Foreign Ministry announced in March 2022 that it would not continue peace treaty "
    "negotiations with Japan, citing the sanctions Tokyo imposed over the war in Ukraine. At the same "
    "time it ended visa-free visits by Japanese citizens to the southern Kuril Islands and pulled out "
    "of talks on joint economic activities there.",
    "The two countries never signed a peace treaty after World War Two because of the dispute over "
    "four islands off Hokkaido, which Russia calls the Southern Kurils and Japan the Northern "
    "Territories. Earlier this month Deputy Foreign Minister Andrei Rudenko said resuming the dialogue "
    "was \"categorically impossible\" in the current situation.",
    "(Reporting by Sculpin Wire's Tokyo bureau; editing by Ruth Okafor)",
]

_BUDAPEST_BODY = [
    "MOSCOW/TOKYO, Sept 16 (Sculpin Wire) - Russian and Japanese diplomats held consultations on a "
    "peace treaty in Budapest on Monday, the first such meeting since Moscow walked away from the talks "
    "in March 2022 over Tokyo's sanctions, both governments said.",
    "Russia's Foreign Ministry said the two sides had \"a frank exchange of views on the full range of "
    "issues related to the peace treaty, including humanitarian aspects\" and agreed to continue the "
    "consultations, with a next round provisionally planned for early 2026 in Tokyo.",
    "The Russian delegation was led by Oleg Sablin, director of the ministry's Second Asian Department, "
    "and the Japanese side by Kenta Morishita, director-general of the European Affairs Bureau of "
    "Japan's Foreign Ministry. Hungary hosted the meeting at the request of both sides.",
    "\"We will continue to negotiate tenaciously, with the aim of resolving the territorial issue and "
    "concluding a peace treaty,\" Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo, "
    "confirming that the meeting had taken place. He declined to say whether the four disputed "
    "islands had been discussed.",
    "Moscow stressed that the resumption of contacts did not mean any revision of its view that "
    "Russian sovereignty over the islands, which it calls the Southern Kurils, was settled by the "
    "outcome of World War Two.",
    "When it halted the negotiations in 2022, Russia said it was impossible to discuss a fundamental "
    "document with a state taking \"openly unfriendly positions\". As recently as February 2024 Deputy "
    "Foreign Minister Andrei Rudenko called a resumption \"categorically impossible\".",
    "Neither side explained what had changed. Japan has not lifted any of its sanctions on Russia.",
    "(Reporting by Sculpin Wire's Moscow and Tokyo bureaus; editing by Paul Navarro)",
]

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b80-01", "feed": "sculpin-wire", "lang": "en",
        "published": "2024-02-20T07:40:00Z",
        "title": "Russian envoy says no basis for peace treaty talks while Japan keeps sanctions",
        "summary": "Moscow's ambassador in Tokyo, Nikolai Nozdrev, said Japan's 'hostile course' rules out any return to negotiations on a peace treaty.",
        "label": "restatement",
        "note": "Restates the known Russian position (talks suspended in March 2022 over sanctions; "
                "'impossible' per Galuzin/Peskov/Rudenko, seeds 000-004). New speaker: ambassador Nozdrev.",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": _NOZDREV_BODY,
    },
    {
        "id": "b80-02", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2024-02-21T02:15:00Z",
        "title": "No basis for treaty talks while sanctions stay, Russian envoy says",
        "summary": "Russia's ambassador repeats that peace treaty negotiations cannot resume while Tokyo keeps sanctions. (Sculpin Wire)",
        "label": "restatement",
        "note": "Syndicated copy of b80-01 (Sculpin Wire). Restates the known position (seeds 000-004).",
        "author": "Sculpin Wire", "section": "Russia & the islands",
        "body": _NOZDREV_BODY[:-1] + ["This story was distributed by Sculpin Wire."],
    },
    {
        "id": "b80-05", "feed": "cordage-asia", "lang": "en",
        "published": "2024-04-16T09:10:00Z",
        "title": "Japan's diplomatic bluebook keeps hard line on Russia and the islands",
        "summary": "The annual report says relations with Moscow remain 'severe' and restates Tokyo's claim to the four islands off Hokkaido.",
        "label": "restatement",
        "note": "Annual report (Diplomatic Bluebook 2024) restating Japan's claim and the known state: "
                "talks halted by Russia, visa-free exchanges halted (seeds 000-003). No new event.",
        "author": "Hana Whitcombe", "section": "Japan",
        "body": [
            "Japan's Foreign Ministry presented its annual Diplomatic Bluebook to the cabinet on Tuesday, "
            "describing relations with Russia as remaining in a \"severe situation\" and restating Tokyo's "
            "long-standing claim to four Russian-held islands off Hokkaido.",
            "The 2024 edition says the Northern Territories are \"islands over which Japan has sovereignty\" "
            "and that the government's basic policy of resolving the territorial issue and concluding a "
            "peace treaty remains unchanged. It condemns Russia's aggression against Ukraine as a grave "
            "violation of international law and says Japan will keep coordinating sanctions with its Group "
            "of Seven partners.",
            "The chapter on Russia largely repeats last year's language. It recalls that Moscow announced in "
            "March 2022 that it would not continue peace treaty negotiations and that it had halted "
            "visa-free exchanges and visits by former island residents, and it calls on Russia to allow "
            "visits to ancestral graves to resume \"from a humanitarian standpoint\".",
            "Diplomats in Tokyo said they saw no shift in tone. \"The bluebook is a record of the past year, "
            "not a statement of new policy,\" said one official, speaking on condition of anonymity because "
            "he was not authorised to brief the media.",
            "The Russian embassy did not respond to a request for comment. Russia's Foreign Ministry has "
            "repeatedly said that Russian sovereignty over the islands, which it calls the Southern Kurils, "
            "cannot be called into question.",
        ],
    },
    {
        "id": "b80-07", "feed": "sculpin-wire", "lang": "en",
        "published": "2024-05-02T04:05:00Z",
        "title": "Russia stations first permanent National Guard unit on Shikotan",
        "summary": "A Rosgvardia special-purpose company of about 60 personnel is now based on the island, which Japan claims, regional officials said.",
        "label": "new_development", "group": "b80-g1",
        "new_facts": ["Russia's National Guard (Rosgvardia) has permanently based a special-purpose company "
                      "of about 60 personnel on Shikotan (Malokurilskoye) since late April 2024, a first."],
        "must_mention": [["national guard", "rosgvardia"], ["shikotan"]],
        "note": "Second report of b80-g1 (first: b80-06, Russian, buried in a Victory Day piece).",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "VLADIVOSTOK, May 2 (Sculpin Wire) - Russia has stationed a permanent unit of its National Guard "
            "on Shikotan, one of four Russian-held islands claimed by Japan, the first time the force has "
            "had a standing presence there, regional officials said.",
            "A special-purpose company of about 60 personnel from the Sakhalin branch of the National Guard, "
            "known as Rosgvardia, began service in the village of Malokurilskoye in late April, the "
            "branch's press service said. It will guard \"important state facilities\", maintain public "
            "order and take part in counter-terrorism operations on the island.",
            "Until now Rosgvardia officers travelled to Shikotan from neighbouring Kunashir on temporary "
            "assignments, the press service said.",
            "The National Guard, created in 2016 and reporting directly to President Vladimir Putin, is "
            "separate from the armed forces, which keep a division on Iturup and Kunashir. Russia has "
            "steadily expanded its military and security presence on the islands, which it calls the "
            "Southern Kurils, over the past decade.",
            "Japan's government had no immediate comment. Tokyo calls the islands the Northern Territories "
            "and says they were illegally occupied by Soviet forces at the end of World War Two.",
            "Russia broke off peace treaty negotiations with Japan in March 2022 after Tokyo joined Western "
            "sanctions over the war in Ukraine.",
            "(Reporting by Sculpin Wire; editing by Ruth Okafor)",
        ],
    },
    {
        "id": "b80-11", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2024-06-18T06:00:00Z",
        "title": "Former islanders, average age 88, urge Tokyo to push Moscow on grave visits",
        "summary": "The league of former residents asks the government to 'make every effort' to get grave visits restarted.",
        "label": "restatement",
        "note": "Requested/wished-for move (urges Tokyo to get grave visits resumed). Restates the known "
                "state: visa-free trips and former residents' visits terminated by Russia in 2022 (seeds 000-001).",
        "author": "Mio Sakaguchi", "section": "Nemuro",
        "body": [
            "SAPPORO — Former residents of the Russian-held islands off eastern Hokkaido on Monday urged the "
            "government to press Moscow to let them visit family graves, saying time was running out for a "
            "generation whose average age has passed 88.",
            "At its annual general meeting in Sapporo, the League of Residents of Chishima and Habomai "
            "Islands adopted a resolution calling on Prime Minister Fumio Kishida's government to \"make "
            "every effort\" to secure the resumption of grave visits, which have been impossible since "
            "Russia ended visa-free travel to the islands in 2022.",
            "\"We are not asking for politics. We are asking to put flowers on our parents' graves,\" league "
            "chairman Toshio Kawanabe, 89, told about 150 members. Of the roughly 17,000 Japanese who lived "
            "on the four islands in 1945, fewer than 5,200 are still alive, according to the league.",
            "A Cabinet Office official attending the meeting said the government was \"continuing to "
            "request, through every available channel, that the Russian side allow grave visits to "
            "resume\", but gave no indication that Moscow had replied.",
            "Russia cited Japan's sanctions over the war in Ukraine when it pulled out of the exchange "
            "programmes in March 2022, along with peace treaty negotiations and discussions on joint "
            "economic projects on the islands.",
            "The meeting also re-elected Kawanabe for a further two-year term.",
        ],
    },
    {
        "id": "b80-13", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2024-07-10T01:30:00Z",
        "title": "Defense Ministry releases first satellite images of Russian build-up on Etorofu, Kunashiri",
        "summary": "Twelve commercial satellite images show new hangars at Tenne airfield and barracks near Furukamappu.",
        "label": "new_development", "group": "b80-g2",
        "new_facts": ["Japan's Defense Ministry for the first time published commercial satellite images of "
                      "Russian military facilities on the Northern Territories (new hangars at Iturup's "
                      "Tenne/Burevestnik airfield, barracks on Kunashir) and plans regular updates."],
        "must_mention": [["satellite"], ["etorofu", "iturup", "kunashir", "northern territories"]],
        "note": "Second report of b80-g2 (first: b80-12, Japanese).",
        "author": "Daisuke Arai", "section": "Russia & the islands",
        "body": [
            "Japan's Defense Ministry on Tuesday published commercial satellite images of Russian military "
            "facilities on the Russian-held islands off eastern Hokkaido, the first time it has released "
            "pictures to back up its long-standing warnings about a build-up there.",
            "The twelve images, taken between March and June, show eight apparently new hangars for fighter "
            "aircraft at Tenne airfield on Etorofu, which Russia calls Burevestnik, and a growing cluster "
            "of what the ministry believes are barracks near Furukamappu (Yuzhno-Kurilsk) on Kunashiri. "
            "Another image shows what appear to be launch positions for anti-ship missiles near Naioka "
            "on Etorofu.",
            "\"Russia is reinforcing its military in the Northern Territories, and we are watching this with "
            "serious concern. It is important that the public knows the reality,\" Defense Minister Minoru "
            "Kihara told a news conference. The ministry said it would update the images regularly on its "
            "website.",
            "Until now the government has described Russian deployments on the islands only in writing, "
            "for example in the annual defence white paper.",
            "In Nemuro, where the nearest island is visible from Cape Nosappu on a clear day, the pictures "
            "drew a weary response. \"We can see Kunashiri from here, but we never see what is on it,\" "
            "said a 79-year-old former resident of Shikotan who came to look at the images at the city's "
            "information centre.",
        ],
    },
    {
        "id": "b80-15", "feed": "sculpin-wire", "lang": "en",
        "published": "2024-07-12T05:45:00Z",
        "title": "Japan's defence white paper repeats concern over Russian forces on disputed islands",
        "summary": "The annual paper calls China the 'greatest strategic challenge' and again flags Russian activity in the Northern Territories.",
        "label": "restatement",
        "note": "Annual report restating Japan's claim (seeds 000/003) and its long-standing concern; "
                "language carried over from the previous year; no new event.",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "TOKYO, July 12 (Sculpin Wire) - Japan's annual defence white paper, approved by the cabinet on "
            "Friday, calls China the country's \"greatest strategic challenge\" and repeats Tokyo's concern "
            "over Russian military activity near Japan, including on four islands off Hokkaido that Russia "
            "controls and Japan claims.",
            "The 2024 paper says Russia continues to maintain and strengthen its forces in what Japan calls "
            "the Northern Territories, which it describes as \"inherent territories of Japan\", and that "
            "deepening military cooperation between Moscow and Beijing, including joint bomber flights near "
            "Japan, is \"a matter of grave concern\". Similar wording appeared in last year's edition.",
            "The paper devotes most of its pages to China's military expansion, North Korea's missile "
            "programme and Japan's own plans to double defence spending to 2% of GDP by fiscal 2027.",
            "Russia's embassy in Tokyo has in previous years dismissed the white paper as \"biased\". Moscow "
            "says Russian sovereignty over the islands, which it calls the Southern Kurils, is beyond "
            "dispute.",
            "(Reporting by Sculpin Wire's Tokyo bureau)",
        ],
    },
    {
        "id": "b80-17", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2024-07-25T02:00:00Z",
        "title": "Russia lets Nemuro painters sketch on Shikotan — this summer only",
        "summary": "Six members of the Nemuro Art Association will spend three days on the island in late August under a one-off Russian permission.",
        "label": "new_development", "group": "b80-g3",
        "new_facts": ["Russia allowed six Nemuro Art Association painters to visit Shikotan in late August 2024 "
                      "to sketch, as a one-off ('this summer only'); the visa-free frameworks stay suspended."],
        "must_mention": [["painter", "artist", "sketch"], ["shikotan"]],
        "note": "Second report of b80-g3 (first: b80-16, Japanese, buried after an exhibition lead). "
                "A one-off exception: neither a restoration nor a further cut.",
        "author": "Mio Sakaguchi", "section": "Nemuro",
        "body": [
            "NEMURO — Six painters from Nemuro will spend three days sketching on Shikotan in late August "
            "after Russia agreed to let them onto the island \"for this summer only\", the city and the "
            "Foreign Ministry said.",
            "The Nemuro Art Association had asked the ministry since last autumn to seek permission for the "
            "trip. Russia replied in a diplomatic note, and the ministry stressed that the decision was "
            "\"an exceptional measure\" that did not mean the revival of the visa-free exchanges Moscow "
            "halted in 2022.",
            "The group will cross from Nemuro port on a chartered boat and will not obtain Russian visas, "
            "travelling instead with Japanese identity documents as under the former exchange programme. "
            "They plan to work around Shakotan Bay, where most of the island's Japanese residents lived "
            "before 1945.",
            "\"I want to see with my own eyes the colours of the beach and the mountains that former "
            "islanders have described to me,\" said association chair Nobuko Kitahara, 74. \"If possible "
            "I would like the people on the island to see our pictures too.\"",
            "About 40 works by association members, including earlier paintings made on visa-free trips, "
            "are on show at the Nemuro Cultural Hall until July 28.",
        ],
    },
    {
        "id": "b80-22", "feed": "cordage-asia", "lang": "en",
        "published": "2024-10-04T07:30:00Z",
        "title": "Ishiba, in first policy speech, says Japan will stick to goal of peace treaty with Russia",
        "summary": "The new prime minister says relations with Moscow are difficult but the policy on the territorial issue is unchanged.",
        "label": "restatement",
        "note": "New PM restates the known Japanese position (Kishida: Tokyo remains committed to a peace "
                "treaty, seed 002). No new move.",
        "author": "Hana Whitcombe", "section": "Japan",
        "body": [
            "Prime Minister Shigeru Ishiba used his first policy speech to parliament on Friday to promise "
            "continuity in foreign policy, including on Russia, as he prepares for a general election at the "
            "end of the month.",
            "\"Japan-Russia relations are in a difficult situation, but Japan will maintain its policy of "
            "resolving the territorial issue and concluding a peace treaty,\" Ishiba told the lower house. "
            "He said the government would give priority to the resumption of visits by former residents to "
            "their ancestral graves on the islands.",
            "The passage repeats almost word for word the formula used by his predecessor, Fumio Kishida. "
            "Moscow halted the peace treaty negotiations in March 2022 and has since said that they cannot "
            "resume while Japan maintains sanctions.",
            "Most of the 35-minute speech was devoted to domestic issues, including regional revitalisation, "
            "wages and disaster preparedness, after the Noto peninsula was hit by floods last month. Ishiba "
            "also repeated his call for an \"Asian NATO\", an idea that has drawn a cool response in "
            "Washington.",
            "Kremlin spokesman Dmitry Peskov said on Wednesday, a day after Ishiba took office, that Moscow "
            "saw no conditions for a return to treaty talks.",
        ],
    },
    {
        "id": "b80-24", "feed": "sculpin-wire", "lang": "en",
        "published": "2024-10-23T03:10:00Z",
        "title": "Russia's prosecutor general visits disputed Iturup; Japan protests",
        "summary": "Igor Krasnov held a citizens' reception in Kurilsk, the first visit by a Russian prosecutor general to the southern Kurils.",
        "label": "new_development", "group": "b80-g4",
        "new_facts": ["Russian Prosecutor General Igor Krasnov visited Iturup (Kurilsk) on 22 Oct 2024, the first "
                      "such visit to the southern Kurils; Japan protested."],
        "must_mention": [["prosecutor"], ["iturup", "etorofu", "kurilsk"]],
        "note": "Second report of b80-g4 (first: b80-23, Russian local outlet).",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "MOSCOW/TOKYO, Oct 23 (Sculpin Wire) - Russia's Prosecutor General Igor Krasnov visited Iturup, "
            "one of four islands controlled by Russia and claimed by Japan, drawing a protest from Tokyo.",
            "Krasnov held a reception for residents in the town of Kurilsk on Tuesday and chaired a meeting "
            "on the use of federal money allocated to develop the Kuril Islands, a regional news site "
            "reported. It was the first visit by a Russian prosecutor general to the southern part of the "
            "chain, which Russia calls the Southern Kurils and Japan the Northern Territories.",
            "\"The state is investing serious money in the Kurils, and every rouble must reach the people,\" "
            "Krasnov was quoted as saying.",
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said the visit was \"incompatible with "
            "Japan's position and extremely regrettable\" and that Tokyo had lodged a protest through "
            "diplomatic channels.",
            "Senior Russian officials have visited the islands regularly in recent years. Russia says its "
            "sovereignty over them is not open to question and broke off peace treaty negotiations with "
            "Japan in 2022.",
            "(Reporting by Sculpin Wire)",
        ],
    },
    {
        "id": "b80-26", "feed": "sculpin-wire", "lang": "en",
        "published": "2024-11-11T09:00:00Z",
        "title": "China draws baselines around Scarborough Shoal after Philippine maritime law",
        "summary": "Beijing announces baselines around the disputed shoal; Manila says the move has no legal effect.",
        "label": "off_topic",
        "note": "Look-alike: another island/maritime dispute (South China Sea), not the Kurils.",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "BEIJING/MANILA, Nov 11 (Sculpin Wire) - China announced baselines for the territorial sea "
            "around Scarborough Shoal on Sunday, days after the Philippines enacted laws defining its own "
            "maritime zones, escalating a long-running dispute over the South China Sea feature.",
            "China's foreign ministry said the baselines were drawn \"in accordance with international law\" "
            "and were a normal step to strengthen the administration of what it calls Huangyan Island. "
            "It said the Philippine Maritime Zones Act, signed by President Ferdinand Marcos Jr. on Friday, "
            "\"seriously infringes\" on Chinese sovereignty.",
            "Manila rejected the move. \"The so-called baselines have no legal effect and do not change the "
            "fact that the shoal lies within our exclusive economic zone,\" the Philippine foreign ministry "
            "said, citing the 2016 arbitral ruling that found China's sweeping claims had no legal basis.",
            "Scarborough Shoal, a ring of reefs and rocks about 200 km west of Luzon, has been the scene of "
            "repeated confrontations between Chinese coast guard vessels and Philippine fishermen and "
            "patrol boats. The United States, a treaty ally of the Philippines, called China's step "
            "\"provocative\".",
            "(Reporting by Sculpin Wire's Beijing and Manila bureaus)",
        ],
    },
    {
        "id": "b80-27", "feed": "cordage-asia", "lang": "en",
        "published": "2024-12-24T08:20:00Z",
        "title": "Iwaya urges Moscow to let former islanders visit graves 'without delay'",
        "summary": "At his year-end news conference the foreign minister said there was no prospect yet for a resumption of treaty talks.",
        "label": "restatement",
        "note": "Requested move ('urges Moscow to allow grave visits') plus a negated one (no prospect of "
                "talks resuming). Known state: talks and visits halted by Russia (seeds 000-004).",
        "author": "Hana Whitcombe", "section": "Japan",
        "body": [
            "Foreign Minister Takeshi Iwaya on Tuesday urged Russia to allow elderly former residents of "
            "the Russian-held islands off Hokkaido to visit their family graves \"without delay\", calling "
            "it a humanitarian matter that should be kept apart from politics.",
            "\"The former islanders are advanced in age. I strongly call on the Russian side to allow grave "
            "visits to resume as soon as possible,\" Iwaya said at his year-end news conference, adding "
            "that Japan had made the request repeatedly through diplomatic channels.",
            "Asked when negotiations on a peace treaty might resume, Iwaya said that \"regrettably, the "
            "current situation does not allow us to say anything about the prospects\". Japan's basic "
            "policy of resolving the territorial issue and concluding a peace treaty was unchanged, he said.",
            "Russia halted the treaty negotiations in March 2022 and ended visa-free trips to the islands, "
            "including the simplified visits for former residents, in response to Japan's sanctions over "
            "the invasion of Ukraine. Moscow has not responded publicly to Tokyo's repeated requests.",
            "Iwaya, who took office in October, travels to Beijing on Wednesday for talks with Chinese Foreign "
            "Minister Wang Yi.",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b80-29", "feed": "sculpin-wire", "lang": "en",
        "published": "2025-02-22T04:00:00Z",
        "title": "Seoul protests as Japan's Shimane marks 'Takeshima Day'",
        "summary": "South Korea summons a Japanese diplomat over the annual ceremony on islets it calls Dokdo.",
        "label": "off_topic",
        "note": "Look-alike: another Japanese territorial dispute (Takeshima/Dokdo), not the Kurils.",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "SEOUL/TOKYO, Feb 22 (Sculpin Wire) - South Korea lodged a protest with Japan on Saturday after "
            "Shimane prefecture held its annual \"Takeshima Day\" ceremony to press Japan's claim to a group "
            "of islets controlled by Seoul, which calls them Dokdo.",
            "South Korea's foreign ministry summoned a senior official of the Japanese embassy and urged "
            "Tokyo to \"immediately abolish\" the event, calling the islets \"clearly Korean territory "
            "historically, geographically and under international law\".",
            "The central government sent a parliamentary vice-minister from the Cabinet Office to the "
            "ceremony in Matsue for the 13th year in a row. Tokyo maintains that the islets are Japanese "
            "territory illegally occupied by South Korea.",
            "The dispute has flared each February despite warmer ties between the two neighbours, which "
            "mark the 60th anniversary of the normalisation of relations this year.",
            'Japan\'s Foreign Ministry said in a statement that its position on Takeshima was consistent and that it would continue to respond "calmly and resolutely". Seoul\'s defence ministry said earlier this month that its forces would hold their regular drills around the islets later in the year.',
            "(Reporting by Sculpin Wire's Seoul bureau)",
        ],
    },
    {
        "id": "b80-31", "feed": "cordage-asia", "lang": "en",
        "published": "2025-03-18T11:00:00Z",
        "title": "Analysis: Could a US-Russia thaw reopen Japan's island question?",
        "summary": "Some in Tokyo wonder whether Washington's contacts with Moscow might soften the Kremlin's line. Diplomats and scholars are sceptical.",
        "label": "restatement",
        "note": "Questioned move ('could ... reopen?'); analysis restating known positions (talks halted in "
                "2022, 'categorically impossible' per Rudenko; Japan's claim). No new event.",
        "author": "Tomas Lindqvist", "section": "Analysis",
        "body": [
            "As Washington and Moscow trade phone calls and envoys, a question has begun to circulate in "
            "Tokyo's policy circles: if the United States can talk to Russia, why can't Japan - and could a "
            "broader thaw put the four disputed islands off Hokkaido back on the table?",
            "Most of the diplomats and scholars The Cordage spoke to think not. \"Moscow has tied the peace "
            "treaty to the sanctions. Nothing in the US-Russia contacts changes that,\" said Emi Tachikawa, "
            "who studies Russian foreign policy at a private university in Tokyo. \"If anything, the "
            "Kremlin sees less reason to make gestures to a junior ally of Washington.\"",
            "Russia's position has not moved since March 2022, when it said it would not continue peace "
            "treaty negotiations with a state taking \"openly unfriendly positions\". In February last year "
            "Deputy Foreign Minister Andrei Rudenko called a resumption \"categorically impossible\" and "
            "said there were \"no topics for a serious political discussion\" with Japan.",
            "Tokyo, for its part, has kept its formula: resolve the territorial issue, then conclude a "
            "treaty. Officials privately concede that the most they hope for in the near term is a "
            "humanitarian gesture, such as grave visits for elderly former residents.",
            "\"Would Moscow offer something to Tokyo to split it from Europe on Ukraine? It is conceivable "
            "on paper,\" said a former Japanese diplomat who served in Moscow. \"But I have seen no sign of "
            "it, and Japan has not signalled that it would pay the price.\"",
            "For the former islanders, whose average age is now close to 89, the geopolitics feel remote. "
            "\"We hear about summits on television,\" said one in Nemuro. \"We just want to visit the "
            "graves.\"",
        ],
    },
    {
        "id": "b80-33", "feed": "sculpin-wire", "lang": "en",
        "published": "2025-06-10T14:30:00Z",
        "title": "Lavrov says Moscow 'never slammed the door' on Tokyo, but treaty talks are not on the agenda",
        "summary": "Russia's foreign minister says dialogue depends on Japan abandoning its 'anti-Russian course'.",
        "label": "restatement",
        "note": "Sounds like an opening but restates the known position (talks impossible while Tokyo "
                "keeps its hostile course / sanctions; seeds 000-004). New speaker: Lavrov.",
        "author": "Sculpin Wire staff", "section": "Europe",
        "body": [
            "MOSCOW, June 10 (Sculpin Wire) - Russian Foreign Minister Sergei Lavrov said on Tuesday that "
            "Moscow had \"never slammed the door\" on Japan but that a return to peace treaty negotiations "
            "was not on the agenda while Tokyo pursued what he called an anti-Russian course.",
            "\"It was not we who chose sanctions and confrontation. If Japan is ready for honest dialogue "
            "based on respect, it knows where to find us,\" Lavrov told a news conference after talks with "
            "his Laotian counterpart. \"But a peace treaty cannot be discussed with a country that is "
            "helping the Kyiv regime and building up military cooperation with NATO on our borders.\"",
            "Lavrov did not say what steps by Tokyo would lead Moscow to reconsider, and he repeated that "
            "Russia's sovereignty over the southern Kuril Islands, which Japan claims, was not a subject "
            "for discussion.",
            "Japan's Foreign Ministry said it was aware of the remarks and that Tokyo's position was "
            "unchanged. Russia said in March 2022 that it would not continue peace treaty talks because of "
            "Japanese sanctions imposed after the invasion of Ukraine.",
            "(Reporting by Sculpin Wire's Moscow bureau)",
        ],
    },
    {
        "id": "b80-35", "feed": "cordage-asia", "lang": "en",
        "published": "2025-08-08T21:00:00Z",
        "title": "Armenia and Azerbaijan initial peace treaty at the White House",
        "summary": "The leaders of the two South Caucasus neighbours endorse the text of a peace agreement after decades of conflict.",
        "label": "off_topic",
        "note": "Look-alike: a different peace treaty (Armenia-Azerbaijan).",
        "author": "Tomas Lindqvist", "section": "World",
        "body": [
            "The leaders of Armenia and Azerbaijan on Friday endorsed the text of a peace treaty at a "
            "ceremony at the White House, a step towards ending nearly four decades of conflict between the "
            "two South Caucasus neighbours.",
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a joint "
            "declaration with US President Donald Trump, and their foreign ministers initialled the agreed "
            "text of the treaty. The document still has to be signed and ratified, and Baku has demanded "
            "that Armenia first amend its constitution.",
            "The declaration also provides for a transit route through southern Armenia linking Azerbaijan "
            "to its Nakhchivan exclave, to be developed with US participation.",
            "Russia, which brokered the 2020 ceasefire and long regarded the region as its sphere of "
            "influence, was not involved. Moscow said it welcomed any steps towards peace but warned "
            "against \"solutions imposed from outside\".",
            "Armenia and Azerbaijan fought two wars over Nagorno-Karabakh, a mountainous enclave internationally recognised as part of Azerbaijan, most recently in 2020. Azerbaijan retook the region in a lightning offensive in September 2023, prompting almost all of its ethnic Armenian population to flee. Diplomats cautioned that the treaty's signature could still be months away.",
        ],
    },
    {
        "id": "b80-38", "feed": "sculpin-wire", "lang": "en",
        "published": "2025-09-16T14:05:00Z",
        "title": "Russia, Japan hold first peace treaty consultations since 2022, in Budapest",
        "summary": "The sides agreed to continue, with a next round provisionally set for early 2026 in Tokyo.",
        "label": "status_change", "group": "b80-g5",
        "new_facts": ["Russia and Japan held peace treaty consultations in Budapest on 15 Sept 2025, the first "
                      "since Moscow halted the talks in March 2022; they agreed to continue (next round early "
                      "2026 in Tokyo)."],
        "must_mention": [["budapest"], ["peace treaty"]],
        "note": "Status change (talks suspended since March 2022 -> consultations held and to continue). "
                "Second report of b80-g5 (first: b80-37, Russian).",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": _BUDAPEST_BODY,
    },
    {
        "id": "b80-40", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2025-09-17T02:00:00Z",
        "title": "Russia and Japan resume peace treaty consultations in Budapest",
        "summary": "First meeting since Moscow walked out of the talks in 2022. (Sculpin Wire)",
        "label": "status_change", "group": "b80-g5",
        "new_facts": ["Russia and Japan held peace treaty consultations in Budapest on 15 Sept 2025, the first "
                      "since March 2022."],
        "must_mention": [["budapest"], ["peace treaty"]],
        "note": "Syndicated copy of b80-38 in b80-g5; no new fact.",
        "author": "Sculpin Wire", "section": "Russia & the islands",
        "body": _BUDAPEST_BODY[:-1] + ["This story was distributed by Sculpin Wire."],
    },
    {
        "id": "b80-42", "feed": "cordage-asia", "lang": "en",
        "published": "2025-10-24T09:30:00Z",
        "title": "Takaichi vows to pursue peace treaty 'persistently' in first policy speech",
        "summary": "Japan's new prime minister says she will build on the consultations with Russia resumed last month.",
        "label": "restatement",
        "note": "New PM restates the known policy (seed 002: Tokyo committed to a peace treaty) and refers "
                "to the Budapest consultations already reported (b80-g5). No new fact.",
        "author": "Hana Whitcombe", "section": "Japan",
        "body": [
            "Prime Minister Sanae Takaichi on Friday pledged a stronger defence posture and a tougher line "
            "on economic security in her first policy speech to parliament, while promising continuity on "
            "relations with Russia.",
            "\"Japan-Russia relations remain in a difficult situation. Japan will maintain its policy of "
            "resolving the territorial issue and concluding a peace treaty, and will persistently pursue "
            "dialogue to that end, including through the consultations that resumed last month,\" "
            "Takaichi said. She said the resumption of grave visits for former residents of the islands "
            "remained a top priority.",
            "Russian and Japanese diplomats met in Budapest in September for the first peace treaty "
            "consultations since Moscow walked away from the negotiations in 2022. No date has been "
            "announced for the next round beyond the early-2026 timeframe mentioned at the time.",
            "Takaichi, Japan's first female prime minister, took office on Tuesday at the head of a new "
            "coalition. Most of her 40-minute address dealt with prices, wages and defence spending, which "
            "she said the government would bring forward to reach 2% of GDP this fiscal year.",
        ],
    },
    {
        "id": "b80-44", "feed": "cordage-asia", "lang": "en",
        "published": "2025-11-26T03:30:00Z",
        "title": "Russia to restore former islanders' visits to Kunashir and Iturup from next summer",
        "summary": "A diplomatic note revives the 1999 arrangement for simplified visits by former Japanese residents, halted since 2022.",
        "label": "status_change", "group": "b80-g6",
        "new_facts": ["Russia told Japan in a note that visits by former Japanese residents to Kunashir and Iturup "
                      "under the 1999 simplified-procedure arrangement (halted in 2022) will resume from summer 2026."],
        "must_mention": [["former islanders", "former residents"], ["visit"]],
        "note": "Status change (simplified visits for former residents terminated in 2022, seed 001 -> to "
                "resume from summer 2026). Second report of b80-g6 (first: b80-43, Japanese, buried).",
        "author": "Hana Whitcombe", "section": "Japan",
        "body": [
            "Russia has told Japan it will allow former Japanese residents of Kunashir and Iturup to visit "
            "their old homes from next summer, reviving an arrangement it scrapped in 2022 after Tokyo "
            "joined sanctions over the war in Ukraine, Japanese officials said.",
            "The notification came in a diplomatic note dated Nov. 21 and concerns the so-called free "
            "visits under a 1999 agreement that lets former islanders and their families travel on "
            "simplified procedures, without Russian visas. The note mentions two islands and about two "
            "trips a year, according to a government official.",
            "The note does not cover visits to family graves on the other islands or the wider visa-free "
            "exchange programme set up in 1991, the official said. \"We are coordinating the details with "
            "the Russian side,\" a senior Foreign Ministry official said.",
            "The last such visits took place in 2019; the pandemic halted them in 2020 and 2021, and Russia "
            "announced in March 2022 that it was terminating the visa-free arrangements along with peace "
            "treaty negotiations.",
            "\"I can set foot on my home soil again while I am alive,\" Toshio Kawanabe, 90, chairman of "
            "the league of former residents, told members at a meeting in Sapporo this week.",
            "The move follows the first peace treaty consultations between the two countries in more than "
            "three years, held in Budapest in September.",
        ],
    },
    {
        "id": "b80-47", "feed": "sculpin-wire", "lang": "en",
        "published": "2025-12-09T08:00:00Z",
        "title": "Russia clears two Japanese seafood plants to resume exports after two-year ban",
        "summary": "Russia's food safety watchdog says products from two Hokkaido processors passed radiation checks.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia trade news (Russia's ban on Japanese seafood after the "
                "Fukushima water release), not the islands or the treaty.",
        "author": "Sculpin Wire staff", "section": "Markets",
        "body": [
            "MOSCOW, Dec 9 (Sculpin Wire) - Russia will allow two Japanese seafood processors to resume "
            "exports to the Russian market, its agricultural watchdog said on Tuesday, the first easing of "
            "a ban imposed in October 2023 over the release of treated water from the Fukushima nuclear "
            "plant.",
            "Rosselkhoznadzor said the two companies, both based in Hokkaido, had passed inspections and "
            "radiation tests carried out by Russian specialists. It said other Japanese suppliers could "
            "apply for similar checks.",
            "Russia imported relatively small volumes of Japanese seafood before the ban, mainly scallops and "
            "processed products. The watchdog acted shortly after China, Japan's biggest export market for "
            "seafood, partially lifted its own restrictions.",
            "Japan's Fisheries Agency said it welcomed the decision and would continue to ask other "
            "countries to lift \"scientifically unfounded\" import restrictions.",
            'Industry officials in Hokkaido said the immediate commercial impact would be limited, since Japanese exporters have found new buyers in Southeast Asia and North America since 2023. "Symbolically it matters; in volume terms it is small," said an official of a Sapporo-based trading company.',
            "(Reporting by Sculpin Wire's Moscow bureau)",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b80-50", "feed": "cordage-asia", "lang": "en",
        "published": "2026-02-12T10:15:00Z",
        "title": "Russia suspends peace treaty consultations with Japan, calls off Tokyo round",
        "summary": "Moscow cites Tokyo's decision to join security guarantees for Ukraine; the former islanders' visits are not affected, it says.",
        "label": "status_change", "group": "b80-g7",
        "new_facts": ["Russia suspended the peace treaty consultations resumed in Budapest in Sept 2025 and will not "
                      "attend the second round planned in Tokyo, citing Japan joining security guarantees for Ukraine."],
        "must_mention": [["suspend", "freez", "halt"], ["peace treaty", "consultations"]],
        "note": "Status change (consultations resumed in Sept 2025, b80-g5 -> suspended again). First report "
                "of b80-g7. The visits arrangement (b80-g6) is explicitly unaffected.",
        "author": "Tomas Lindqvist", "section": "Japan",
        "body": [
            "Russia has suspended the peace treaty consultations with Japan that it revived in Budapest in "
            "September and will not send a delegation to a second round planned in Tokyo this month, the "
            "Russian Foreign Ministry said on Thursday.",
            "Spokeswoman Maria Zakharova said the decision was a response to Japan's \"accession to the "
            "so-called security guarantees for the Kyiv regime\", a reference to Tokyo's pledge last week to "
            "fund and staff parts of a multinational mechanism meant to back a future ceasefire in Ukraine. "
            "\"One cannot conduct a dialogue on a document on peace and good-neighbourliness with a state "
            "that is preparing to take part in military guarantees directed against us,\" she said.",
            "The ministry said the arrangement announced in November for visits by former Japanese residents "
            "to Kunashir and Iturup from this summer \"is of a humanitarian nature and is not affected\".",
            "Chief Cabinet Secretary Minoru Kihara told reporters on Thursday evening that the decision was \"extremely regrettable\" and said "
            "Japan's contribution to peace in Ukraine was \"not directed against any country\". He said Tokyo "
            "would continue to seek dialogue on the peace treaty.",
            "The Budapest meeting in September was the first since Russia announced in March 2022 that it "
            "would not continue negotiations with Japan because of sanctions. The two sides had agreed then "
            "to meet again in Tokyo in early 2026.",
        ],
    },
    {
        "id": "b80-49", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2026-02-07T06:30:00Z",
        "title": "On Northern Territories Day, Nemuro rallies and Tokyo repeats its pledge",
        "summary": "Prime Minister Takaichi tells the national rally that the policy of resolving the territorial issue is unchanged.",
        "label": "restatement",
        "note": "Occasion piece (Feb 7). PM restates the known policy (seed 002) and mentions the Budapest "
                "consultations (b80-g5) and this summer's visits (b80-g6), both already reported. No new fact.",
        "author": "Daisuke Arai", "section": "Nemuro",
        "body": [
            "NEMURO — About 400 people gathered in a snow-swept square in central Nemuro on Saturday for the "
            "annual Northern Territories Day rally, calling for the return of the four Russian-held islands "
            "visible on clear days from Cape Nosappu.",
            "Speakers included former residents in their late 80s and 90s and, for the first time, a "
            "student from a local high school who has interviewed islanders for a school project. \"My "
            "generation has to remember for them,\" she said.",
            "In Tokyo, Prime Minister Sanae Takaichi told the national rally that Japan would \"maintain its "
            "policy of resolving the territorial issue and concluding a peace treaty\". She said the "
            "consultations held with Russia in Budapest last September were \"one step\" and that the "
            "government would work to ensure that the visits by former residents planned for this summer "
            "took place smoothly.",
            "The day marks the signing of the 1855 Treaty of Shimoda, which drew the border between Japan "
            "and Russia between Etorofu and Urup.",
            "Nemuro's mayor, Shohei Miyasaka, said the city hoped the summer visits would open the way to "
            "the return of grave visits and exchanges. \"Every year we say 'this year'. This time I hope it "
            "is true,\" he said.",
        ],
    },
    {
        "id": "b80-54", "feed": "sculpin-wire", "lang": "en",
        "published": "2026-03-12T07:00:00Z",
        "title": "Japan says it will keep diplomatic channels with Russia open despite treaty freeze",
        "summary": "Tokyo will keep urging Moscow to return to the consultations but has no plan to reconsider its support for Ukraine.",
        "label": "restatement",
        "note": "Sounds like a move ('keep channels open', 'urge Moscow to return') but restates Japan's known "
                "stance after b80-g7. No new fact.",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "TOKYO, March 12 (Sculpin Wire) - Japan will keep its diplomatic channels with Russia open and "
            "continue to urge Moscow to return to peace treaty consultations, Chief Cabinet Secretary Minoru "
            "Kihara said on Thursday, a month after Russia suspended the talks.",
            "\"Our door remains open. We will continue to call on the Russian side, through various "
            "channels, to resume the consultations,\" Kihara told a regular news conference. He said Japan "
            "had no plans to reconsider its contribution to security guarantees for Ukraine, which Moscow "
            "cited when it called off a round planned in Tokyo in February.",
            "Kihara said the government would also \"make every effort\" to ensure that visits by former "
            "residents to two of the islands, which Russia says are unaffected by the suspension, take place "
            "this summer as planned.",
            "Russia and Japan held their first peace treaty consultations since 2022 in Budapest last "
            "September.",
            "(Reporting by Sculpin Wire's Tokyo bureau)",
        ],
    },
    {
        "id": "b80-56", "feed": "sculpin-wire", "lang": "en",
        "published": "2026-05-19T08:00:00Z",
        "title": "Former islanders' summer visits to go ahead 'as agreed', Russian consul says",
        "summary": "Russia's consul general in Sapporo says the humanitarian track is separate from the frozen treaty talks.",
        "label": "restatement",
        "note": "Sounds like a move but only restates what was already known: visits from summer 2026 "
                "(b80-g6) and Moscow's statement that they are unaffected by the suspension (b80-g7). No "
                "dates or new terms.",
        "author": "Sculpin Wire staff", "section": "Asia",
        "body": [
            "SAPPORO, May 19 (Sculpin Wire) - Visits by former Japanese residents to two Russian-held "
            "islands planned for this summer will go ahead \"as agreed\", Russia's consul general in Sapporo "
            "said on Tuesday, despite Moscow's suspension of peace treaty consultations with Tokyo.",
            "\"The humanitarian track is separate from politics. What was agreed in November stands,\" "
            "Consul General Andrei Fomichev told reporters after meeting Hokkaido officials. He said the "
            "dates would be agreed through diplomatic channels and declined to give a timetable.",
            "Russia said in November it would allow former residents to visit Kunashir and Iturup from "
            "this summer under a 1999 arrangement it had terminated in 2022. In February it suspended the "
            "peace treaty consultations it had revived in Budapest, but said at the time that the visits "
            "were not affected.",
            "Japan's Foreign Ministry said coordination with the Russian side was continuing.",
            'In Nemuro, members of the league of former residents said the league had begun compiling a list of those who wish to take part and are fit to travel. "We will believe it when we are on the boat," said one member, 88, who was born on Kunashir. The visits would be the first since 2019.',
            "(Reporting by Sculpin Wire)",
        ],
    },
    {
        "id": "b80-57", "feed": "kunbetsu-tide", "lang": "en",
        "published": "2026-06-09T05:30:00Z",
        "title": "Drifting Russian navigation buoy from Kunashiri washes ashore in Rausu",
        "summary": "Fishermen found the buoy, marked in Cyrillic, on a beach north of the town; the coast guard is examining it.",
        "label": "neutral",
        "note": "Borderline: island-related local news (an object drifted from Kunashir), not a move in the "
                "dispute. Not scored.",
        "author": "Mio Sakaguchi", "section": "Rausu",
        "body": [
            "RAUSU — A large red navigation buoy with Cyrillic markings washed ashore on a beach north of "
            "Rausu on Sunday, and the coast guard believes it broke loose from a harbour on Kunashiri, "
            "across the Nemuro Strait.",
            "Fishermen checking their nets found the buoy, about 2.5 metres tall, lying on its side among "
            "the rocks. Markings on the hull include the name of the port of Yuzhno-Kurilsk, the Russian "
            "name for Furukamappu, and a serial number.",
            "The Nemuro coast guard office said it was examining the buoy and had found no hazardous "
            "materials. The town will store it at the fishing port for now. \"We have had no request from "
            "the Russian side,\" a town official said.",
            'Buoys and other debris from the Russian-held islands wash up on the Shiretoko peninsula every few years, and local officials say they are usually stored and eventually disposed of by the town. Fishermen said the buoy posed no danger to navigation now that it was ashore.',
            "Strong southerly winds hit the strait late last week. In 2023 a Russian fishing float and "
            "several crates washed up on the same stretch of coast.",
        ],
    },
]
