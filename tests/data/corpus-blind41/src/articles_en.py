"""English-language articles of corpus blind41 (Tarnside Wire, The Brackwater Observer,
Lanyard Review)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    {
        "id": "b41-02", "feed": "tarnside-wire", "lang": "en",
        "published": "2024-02-09T08:40:00Z",
        "title": "Russia says resuming peace treaty talks with Japan 'categorically impossible'",
        "summary": "A senior Russian diplomat says relations with Tokyo are at an unprecedented low "
                   "and there are no topics for serious political discussion.",
        "label": "restatement",
        "note": "Re-report of the Rudenko interview of seed 004 (resumption 'categorically impossible'); "
                "background restates seeds 000-003 (March 2022 halt, visa-free trips ended, joint "
                "economic dialogue quit); Tokyo's unchanged policy is seed 002.",
        "byline": "Tarnside Moscow bureau",
        "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "MOSCOW, Feb 9 (Tarnside Wire) - Russia sees no way of returning to negotiations with "
            "Japan on a peace treaty formally closing World War Two while Tokyo keeps up its "
            "sanctions, Deputy Foreign Minister Andrei Rudenko said in remarks carried by the state "
            "news agency TASS.",
            "\"In the current situation, the resumption of dialogue on the above-mentioned treaty "
            "is categorically impossible,\" Rudenko said when asked whether talks could restart in "
            "the foreseeable future.",
            "Relations with Japan were at an \"unprecedented low level\" because of what he called "
            "the short-sighted policy of the Japanese government, he said, adding that the key "
            "condition for any normalisation was Tokyo abandoning its \"hostile policy\" toward "
            "Russia \"rather than any ephemeral signals\".",
            "\"So far, there are no topics for a serious political discussion with Japan,\" he said.",
            "Moscow announced in March 2022 that it would not continue peace treaty negotiations "
            "with a country that had taken \"openly unfriendly positions\", weeks after Japan joined "
            "Western sanctions over Russia's invasion of Ukraine. At the same time it ended "
            "visa-free trips by Japanese citizens to the disputed islands and pulled out of talks "
            "on joint economic activity there.",
            "The two neighbours have never signed a peace treaty because of the dispute over four "
            "islands off Hokkaido, which Russia calls the Southern Kurils and Japan the Northern "
            "Territories. Soviet forces seized them at the end of the war. A 1956 joint declaration "
            "ended the state of war and restored diplomatic relations.",
            "Asked about Rudenko's comments, a Japanese government spokesman said on Friday that "
            "Tokyo's policy of resolving the territorial issue and concluding a peace treaty had "
            "not changed.",
            "(Reporting by Tarnside Moscow bureau; Editing by Helen Carver)",
        ],
    },
    {
        "id": "b41-04", "feed": "brackwater-observer", "lang": "en",
        "published": "2024-03-19T10:15:00Z",
        "title": "Japan protests as Chinese coast guard ships linger in Senkaku waters",
        "summary": "Four Chinese vessels stayed inside Japanese-claimed territorial waters around the "
                   "East China Sea islands for more than two days.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China); the Northern "
                "Territories are only named in passing. Nothing about Russia-Japan.",
        "byline": "Observer Tokyo correspondent",
        "body": [
            "Japan has lodged a protest with China after four Chinese coast guard vessels remained "
            "inside the territorial waters around the Senkaku Islands for more than 50 hours, "
            "repeatedly approaching Japanese fishing boats operating in the area.",
            "The Japan Coast Guard said the ships, one of them apparently armed with a cannon, "
            "entered the 12-nautical-mile zone off Uotsuri, the largest of the uninhabited islets, "
            "on Saturday morning and did not leave until late on Monday. Patrol vessels shadowed "
            "them throughout and warned them to leave.",
            "\"The Senkaku Islands are clearly an inherent part of Japan's territory, in light of "
            "historical facts and based upon international law,\" the chief cabinet secretary told "
            "reporters. \"There exists no issue of territorial sovereignty to be resolved.\"",
            "Beijing, which calls the islands Diaoyu, said its vessels had carried out "
            "\"law-enforcement patrols in China's own territorial waters\" and accused Japanese "
            "right-wing groups of provocation by sending fishing boats into the area.",
            "Chinese government ships have been a near-permanent presence in the contiguous zone "
            "around the islands since Japan bought three of them from a private owner in 2012. "
            "Last year they were spotted there on all but a handful of days.",
            "Japan also has long-running territorial rows with South Korea, over the islets it "
            "calls Takeshima, and with Russia, over the Northern Territories off Hokkaido. Officials "
            "in Tokyo say the Senkaku situation is different because Japan administers the islands.",
            "Analysts say the longer incursions are part of a steady effort by Beijing to "
            "normalise its presence. \"Each record becomes the new baseline,\" said one former "
            "coast guard officer.",
        ],
    },
    {
        "id": "b41-08", "feed": "tarnside-wire", "lang": "en",
        "published": "2024-05-23T06:05:00Z",
        "title": "Putin extends Vladivostok free port regime to disputed Kuril districts",
        "summary": "A new law brings the districts covering Iturup, Kunashir, Shikotan and the "
                   "Habomai islets into Russia's Far Eastern free port zone.",
        "label": "new_development", "group": "g1-kuril-free-port",
        "new_facts": ["Putin signed a law adding the Kurilsky and Yuzhno-Kurilsky districts (Iturup, "
                      "Kunashir, Shikotan, Habomai) to the Free Port of Vladivostok regime"],
        "must_mention": [["free port"], ["kuril", "iturup", "kunashir"]],
        "note": "Second report of g1 (first: b41-07, Russian). Nothing in the seeds about a free "
                "port on the islands; background restates seeds 000/004.",
        "byline": "Tarnside Moscow bureau",
        "tags": ["Russia", "Japan", "Kuril Islands", "Trade"],
        "body": [
            "MOSCOW, May 23 (Tarnside Wire) - President Vladimir Putin has signed a law that adds "
            "the two Russian districts covering the southern Kuril Islands, which Japan claims, to "
            "the Free Port of Vladivostok, a customs and tax regime Moscow uses to draw investment "
            "to its Pacific coast.",
            "The law, published on the government's legal information portal on Wednesday, covers "
            "the Kurilsky district, which includes Iturup, and the Yuzhno-Kurilsky district, made "
            "up of Kunashir, Shikotan and the Habomai islets. Tokyo calls the four island groups "
            "its Northern Territories.",
            "Companies registered as free port residents on the islands will be able to use a free "
            "customs zone procedure, importing equipment and goods for processing without paying "
            "duties, and the ports of Kurilsk and Yuzhno-Kurilsk will get simplified veterinary "
            "and phytosanitary checks, according to the text.",
            "The islands already have a separate tax regime, in force since 2023, that exempts "
            "businesses from profit, property and land taxes for 20 years. The new law lets "
            "investors combine the two, Sakhalin regional officials said.",
            "\"This is about fish processing, logistics and tourism. We want ships to come to the "
            "Kurils, not bypass them,\" Sakhalin Governor Valery Limarenko wrote on Telegram.",
            "Japan has repeatedly objected to Russian economic projects on the islands, saying they "
            "undermine its legal position. A foreign ministry official in Tokyo said the government "
            "was examining the law and would respond \"appropriately\".",
            "Russia broke off peace treaty negotiations with Japan in March 2022 over Tokyo's "
            "sanctions, and a senior Russian diplomat said in February that their resumption was "
            "\"categorically impossible\".",
            "(Reporting by Tarnside Moscow bureau; Editing by Helen Carver)",
        ],
    },
    {
        "id": "b41-10", "feed": "tarnside-wire", "lang": "en",
        "published": "2024-06-13T14:40:00Z",
        "title": "Moscow denies report that peace treaty consultations with Tokyo are back on",
        "summary": "Russia's foreign ministry dismissed a Japanese newspaper report about "
                   "vice-ministerial talks as a fabrication.",
        "label": "restatement",
        "note": "Hard negative: reported resumption of consultations, negated late in the long first "
                "sentence and denied by Moscow. No event; restates seeds 000/004 (talks halted, "
                "resumption impossible).",
        "byline": "Tarnside Moscow and Tokyo bureaus",
        "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "MOSCOW/TOKYO, June 13 (Tarnside Wire) - Russia and Japan will resume consultations on "
            "a peace treaty at the level of deputy foreign ministers as early as this summer, a "
            "Tokyo newspaper reported on Thursday, citing unnamed government sources, but Russia's "
            "foreign ministry said hours later that no such meeting had been agreed, that none was "
            "being prepared and that its position on the talks had not changed.",
            "\"We have seen this publication. It does not correspond to reality,\" ministry "
            "spokeswoman Maria Zakharova told reporters. \"The conditions for resuming a dialogue "
            "on the peace treaty do not exist, and Tokyo knows why.\"",
            "The newspaper had said the two sides were looking at a third country as a venue and "
            "that Japan hoped to raise visits by former island residents to family graves.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi declined to comment on the report. "
            "\"Nothing has been decided,\" he said, adding that Japan's policy of resolving the "
            "territorial issue and concluding a peace treaty remained unchanged.",
            "Moscow halted the negotiations in March 2022, citing the sanctions Japan imposed after "
            "the invasion of Ukraine. In February a deputy foreign minister said their resumption "
            "was \"categorically impossible\" in the current situation.",
            "The dispute centres on four islands off Hokkaido seized by Soviet troops in 1945, "
            "which Russia calls the Southern Kurils and Japan the Northern Territories.",
        ],
    },
    {
        "id": "b41-11", "feed": "brackwater-observer", "lang": "en",
        "published": "2024-06-28T09:00:00Z",
        "title": "Japan widens Russia sanctions to firms in China and the UAE",
        "summary": "Tokyo freezes assets of more companies accused of helping Moscow's war effort "
                   "evade export controls.",
        "label": "off_topic",
        "note": "Look-alike: unrelated Japan-Russia news (Ukraine-related sanctions); no treaty talks, "
                "no islands.",
        "byline": "Observer Tokyo correspondent",
        "body": [
            "Japan has added companies in China, the United Arab Emirates and Central Asia to its "
            "sanctions list for helping Russia obtain goods that can be used on the battlefield in "
            "Ukraine, widening measures it first imposed in 2022.",
            "The cabinet approved asset freezes on 11 organisations and 10 individuals and banned "
            "exports to a further 20 entities, the chief cabinet secretary said. Among them are "
            "trading firms accused of re-exporting Japanese-made machine tools and electronic "
            "components to Russian arms makers.",
            "\"We will continue to work closely with the G7 and the international community to "
            "prevent the circumvention of sanctions,\" he told a regular news conference.",
            "It is the first time Tokyo has targeted entities in China over Russia's war. Beijing "
            "said it \"firmly opposes\" unilateral sanctions and would protect the rights of its "
            "companies.",
            "Russia's embassy in Tokyo said the measures would \"not go unanswered\" and accused "
            "Japan of \"slavishly\" following Washington. Relations between Moscow and Tokyo have "
            "sunk to their lowest level in decades since the start of the war.",
            "Japanese exports to Russia have fallen by more than half since 2021, official data "
            "show, although Japanese companies still buy liquefied natural gas from the Sakhalin-2 "
            "project in Russia's Far East.",
        ],
    },
    {
        "id": "b41-16", "feed": "lanyard-review", "lang": "en", "meta": False,
        "published": "2024-09-05T13:00:00Z",
        "title": "Six years on: the peace treaty offer that was never really made",
        "summary": "Putin's 'no preconditions' line in Vladivostok in 2018 still frames how both "
                   "capitals talk about a treaty neither expects to sign.",
        "label": "restatement",
        "section": "Essay",
        "byline": "Miriam Ostrander",
        "note": "Hard negative: quotes an old speech (Putin, EEF 2018: 'conclude a peace treaty by "
                "the end of the year without any preconditions') in a piece dated 2024. Restates "
                "seed 000 (2018 agreement to speed up talks) and seeds 000-004 (talks halted).",
        "body": [
            "The Eastern Economic Forum opened in Vladivostok this week without a Japanese prime "
            "minister in the audience, as it has for the past two years. It is worth remembering "
            "what was said on that stage six years ago.",
            "On 12 September 2018, with Shinzo Abe sitting a few feet away, Vladimir Putin "
            "improvised: \"Let's conclude a peace treaty, not now, but before the end of the year, "
            "without any preconditions.\" The hall applauded. Abe smiled and said nothing.",
            "Tokyo read it, correctly, as a proposal to sign a treaty first and argue about the "
            "islands later, which no Japanese government could accept. Yet two months later, in "
            "Singapore, the two leaders agreed to accelerate negotiations on the basis of the 1956 "
            "joint declaration, the document that promised Japan Shikotan and the Habomai islets "
            "after a treaty was signed.",
            "## What the sentence still does",
            "The 2018 line is quoted in Moscow today as proof that Russia was always willing and "
            "Japan always the obstacle. In Tokyo it is quoted as proof that Moscow never meant to "
            "return anything. Both readings survive because nothing has happened since to test "
            "them.",
            "Since March 2022, when the Russian foreign ministry said it did not intend to continue "
            "negotiations with a country that had imposed sanctions on it, the file has been shut. "
            "Deputy Foreign Minister Andrei Rudenko said in February that resuming the dialogue was "
            "\"categorically impossible\", and Japanese prime ministers continue to say the policy "
            "of resolving the territorial issue and concluding a treaty is unchanged.",
            "The honest summary is that the treaty was never as close as the applause in 2018 "
            "suggested, and is not as dead as the rhetoric of 2024 implies. It is simply parked, "
            "and the car is rusting.",
        ],
    },
    {
        "id": "b41-18", "feed": "tarnside-wire", "lang": "en",
        "published": "2024-10-03T11:00:00Z",
        "title": "Russian envoy makes rare visit to Nemuro, meets former residents of disputed isles",
        "summary": "Ambassador Nikolai Nozdrev's trip to Japan's easternmost city was the first by a "
                   "Russian ambassador since the invasion of Ukraine.",
        "label": "new_development", "group": "g2-ambassador-nemuro",
        "new_facts": ["Russia's ambassador to Japan visited Nemuro on 2 October 2024 and met the mayor "
                      "and former island residents - the first such visit since 2022, a one-off"],
        "must_mention": [["ambassador", "envoy"], ["nemuro"]],
        "note": "Second report of g2 (first: b41-17, Japanese). One-off visit, no regular format "
                "restored ('held once'). Background restates seeds 000/001.",
        "byline": "Tarnside Tokyo bureau",
        "tags": ["Japan", "Russia", "Hokkaido"],
        "body": [
            "TOKYO, Oct 3 (Tarnside Wire) - Russia's ambassador to Japan, Nikolai Nozdrev, visited "
            "the eastern Hokkaido city of Nemuro on Wednesday and met former residents of the "
            "Russian-held islands off its coast, the first visit there by a Russian ambassador "
            "since Moscow's full-scale invasion of Ukraine in 2022, city officials said.",
            "Nozdrev met Nemuro's mayor at city hall and then spent about an hour with a dozen "
            "former islanders and their relatives, who asked him to press Moscow to allow them to "
            "visit family graves on the islands again, according to people who attended.",
            "\"He listened and said he would convey our wishes to Moscow. That was all,\" said "
            "one participant, a woman in her late 80s who was born on Shikotan.",
            "The ambassador also viewed the Habomai islets from Cape Nosappu, the closest point on "
            "Hokkaido to the disputed islands, the officials said.",
            "Japan's foreign ministry said it had been informed of the trip in advance and that "
            "it was \"a private visit at the ambassador's initiative\". Both the city and the "
            "Russian embassy said no further meetings were planned.",
            "Russia ended visa-free travel by Japanese citizens to the four islands in March 2022, "
            "when it also said it would not continue peace treaty negotiations because of "
            "Japanese sanctions.",
        ],
    },
    {
        "id": "b41-20", "feed": "brackwater-observer", "lang": "en",
        "published": "2024-10-05T06:00:00Z",
        "title": "Ishiba pledges to keep pursuing Russia peace treaty in first policy speech",
        "summary": "Japan's new prime minister says relations with Moscow are difficult but the goal "
                   "of settling the territorial issue stands.",
        "label": "restatement",
        "note": "Restatement by a new speaker: Japan's policy of resolving the territorial issue and "
                "concluding a peace treaty (seed 002, Kishida) and the request for grave visits "
                "(visa-free trips halted, seed 001).",
        "byline": "Observer Tokyo correspondent",
        "body": [
            "Shigeru Ishiba used his first policy speech to parliament as Japan's prime minister to "
            "promise continuity on Russia, saying Tokyo would stick to its long-standing goal of "
            "resolving the dispute over the islands off Hokkaido and signing a peace treaty.",
            "\"Japan-Russia relations remain in a difficult situation because of Russia's "
            "aggression against Ukraine,\" Ishiba told the lower house on Friday. \"But we will "
            "firmly maintain our policy of resolving the territorial issue and concluding a peace "
            "treaty.\"",
            "He said the government would also keep asking Moscow to restart the programme of "
            "visits by elderly former islanders to family graves, which Russia has not allowed "
            "since 2022.",
            "The speech, which ranged from regional revitalisation to defence spending, devoted "
            "only a few sentences to Russia. Most of its foreign policy section dealt with the "
            "alliance with the United States, China and North Korea.",
            "Moscow broke off peace treaty negotiations in March 2022 and has since said they "
            "cannot resume while Japan maintains sanctions.",
            "Ishiba, 67, took office on Tuesday after winning the Liberal Democratic Party "
            "leadership. He has called a general election for October 27.",
        ],
    },
    {
        "id": "b41-21", "feed": "brackwater-observer", "lang": "en",
        "published": "2024-10-20T15:00:00Z",
        "title": "Pom-pom tails and island pedigree: Kurilian Bobtail wins best in show in Yokohama",
        "summary": "A seven-kilo tabby called Tofu takes the top prize at Japan's biggest cat fair.",
        "label": "off_topic",
        "section": "Lifestyle",
        "byline": "Observer staff",
        "note": "Look-alike: a thing named after the Kurils (the Kurilian Bobtail cat breed); "
                "nothing about the dispute.",
        "comments": [("whiskerfan", "2 days ago", "Tofu deserved it, what a unit."),
                     ("kat_in_kobe", "2 days ago", "Didn't know the breed came from the Kurils. Learn something every day.")],
        "body": [
            "A Kurilian Bobtail named Tofu, weighing a little over seven kilograms and sporting the "
            "breed's trademark stubby pom-pom tail, has been named best in show at the Yokohama "
            "International Cat Fair, beating more than 300 rivals.",
            "The breed takes its name from the Kuril Islands, the volcanic chain between Hokkaido "
            "and Kamchatka, where semi-wild short-tailed cats were noticed by visiting Soviet "
            "scientists and military personnel in the 20th century. Breeders say the cats are "
            "strong swimmers and keen fishers.",
            "\"They behave almost like dogs. He comes when you call him,\" said Tofu's owner, a "
            "retired schoolteacher from Kawasaki who bought him as a kitten from a breeder in "
            "Finland.",
            "Kurilian Bobtails remain rare in Japan, with only a few dozen registered, judges said. "
            "The breed was recognised by international feline associations only in the 1990s and "
            "2010s.",
            "Second place went to a Norwegian Forest Cat from Sendai. The fair, which drew about "
            "40,000 visitors over two days, also raised money for animal shelters in the Noto "
            "peninsula, hit by an earthquake on New Year's Day.",
        ],
    },
    {
        "id": "b41-23", "feed": "tarnside-wire", "lang": "en",
        "published": "2024-12-10T10:30:00Z",
        "title": "No grounds to restart peace treaty dialogue with Japan - Russian deputy FM",
        "summary": "Mikhail Galuzin says Moscow would only look at the issue again if Tokyo "
                   "abandons its sanctions course.",
        "label": "restatement",
        "note": "Hard negative: new speaker restating seed 004 ('no conditions to resume'), with a "
                "conditional ('would be ready to look at it if Tokyo...'). Background seeds 000/001.",
        "byline": "Tarnside Moscow bureau",
        "tags": ["Russia", "Japan"],
        "body": [
            "MOSCOW, Dec 10 (Tarnside Wire) - Russia sees no grounds for resuming a dialogue with "
            "Japan on a peace treaty, Deputy Foreign Minister Mikhail Galuzin said in an interview "
            "published on Tuesday, repeating Moscow's line that Japanese sanctions have made "
            "negotiations impossible.",
            "\"At present there are no conditions for the resumption of the peace treaty dialogue. "
            "If Tokyo were to abandon its course of sanctions and hostility, we would be ready to "
            "look at the question again, but we see no signs of that,\" Galuzin, a former "
            "ambassador to Tokyo, told the newspaper Izvestia.",
            "He said Japan's new government under Prime Minister Shigeru Ishiba had so far "
            "continued its predecessor's policy, including sanctions and support for Ukraine.",
            "Galuzin also reiterated that Russia's sovereignty over the southern Kuril Islands, "
            "fixed in international documents after World War Two, was not up for discussion.",
            "Moscow said in March 2022 it would not continue peace treaty talks with Japan and "
            "scrapped visa-free trips for Japanese citizens to the islands, which Tokyo calls its "
            "Northern Territories.",
            "(Reporting by Tarnside Moscow bureau)",
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "id": "b41-28", "feed": "tarnside-wire", "lang": "en",
        "published": "2025-03-18T15:00:00Z",
        "title": "Japan, Russia hold first peace treaty talks since 2022 in Vienna",
        "summary": "Deputy foreign ministers met for five hours and agreed to keep talking, three "
                   "years after Moscow walked out of the negotiations.",
        "label": "status_change", "group": "g3-vienna-talks-resumed",
        "new_facts": ["Japan and Russia held vice-ministerial peace treaty consultations in Vienna on "
                      "17 March 2025 - the first since Russia halted the talks in March 2022 - and "
                      "agreed to continue them (halted -> resumed)"],
        "must_mention": [["vienna"], ["peace treaty"]],
        "note": "Third report of g3 (first: b41-26, Japanese). Status: talks halted since March 2022 "
                "(seeds 000-004) -> resumed.",
        "byline": "Tarnside Vienna, Tokyo and Moscow bureaus",
        "tags": ["Japan", "Russia", "Diplomacy", "Kuril Islands"],
        "body": [
            "VIENNA/TOKYO, March 18 (Tarnside Wire) - Japanese and Russian deputy foreign ministers "
            "held talks on a peace treaty in Vienna on Monday, the first such consultations since "
            "Moscow broke off the negotiations in 2022, and agreed to continue the dialogue, both "
            "governments said.",
            "The five-hour meeting between Japan's deputy minister for foreign affairs and Russian "
            "Deputy Foreign Minister Andrei Rudenko took place at a hotel in the Austrian capital, "
            "a neutral venue agreed after weeks of contacts, Japanese officials said.",
            "Russia's foreign ministry described the meeting as \"the resumption of consultations "
            "on the problem of a peace treaty\" and said the sides had agreed to hold the next round "
            "in Tokyo later this year. Japan's foreign ministry said Tokyo had set out its position "
            "on the territorial issue and asked Moscow to restart grave visits by former residents "
            "of the islands.",
            "\"It is a first step, nothing more. But it is a step,\" a senior Japanese official "
            "told reporters on condition of anonymity.",
            "Moscow said in March 2022 it would not continue peace treaty negotiations with a "
            "country imposing \"openly unfriendly\" sanctions. As recently as December a Russian "
            "deputy minister said there were no conditions for resuming them.",
            "Neither side said what had changed. Japan has not lifted any sanctions, and Russian "
            "officials stressed that Moscow's sovereignty over the southern Kurils was not on the "
            "table.",
            "(Reporting by Tarnside bureaus; Editing by Helen Carver)",
        ],
    },
    {
        "id": "b41-29", "feed": "lanyard-review", "lang": "en", "meta": False,
        "published": "2025-03-25T08:00:00Z",
        "title": "Vienna was a start, not a thaw",
        "summary": "A week after the first Japan-Russia peace treaty consultations in three years, "
                   "the readouts say more about what was left out than what was agreed.",
        "label": "status_change", "group": "g3-vienna-talks-resumed",
        "new_facts": ["(follow-up) no new fact: commentary on the 17 March 2025 Vienna consultations"],
        "must_mention": [["vienna"], ["peace treaty"]],
        "section": "Brief",
        "byline": "Miriam Ostrander",
        "note": "Follow-up in g3 with colour only (no new fact): analysis of the Vienna round "
                "already reported by b41-26/27/28.",
        "body": [
            "Read the two foreign ministries' accounts of last Monday's meeting in Vienna side by "
            "side and you could be forgiven for thinking they describe different events.",
            "Moscow's version speaks of the \"resumption of consultations on the problem of a peace "
            "treaty\" and of the need for Japan to drop its \"unfriendly\" policies. Tokyo's speaks "
            "of the territorial issue, the four islands, and grave visits for former residents. "
            "Neither mentions the other's priorities. Both mention that the talks will continue, "
            "with a second round in Tokyo later in the year.",
            "That is the news, and it is not small. For three years the Russian position was that "
            "there was nothing to discuss. Now there is a table, and two deputy ministers have sat "
            "at it for five hours.",
            "## What has not moved",
            "But nothing else has. Japan has not eased sanctions. Russia has not restored the "
            "visa-free trips it ended in 2022 or said a word about joint economic projects. Russian "
            "officials went out of their way to say that sovereignty over the southern Kurils is "
            "not on the agenda, which is another way of saying that the subject of a peace treaty "
            "remains whatever Moscow wants it to be.",
            "The most plausible reading is that both capitals wanted a channel more than an "
            "outcome: Tokyo to show its ageing former islanders that something is being done, "
            "Moscow to show that Japan is not as aligned with Washington as it claims.",
            "A channel can be closed as easily as it was opened. Watch the date of the Tokyo "
            "round.",
        ],
    },
    {
        "id": "b41-30", "feed": "brackwater-observer", "lang": "en",
        "published": "2025-05-22T18:00:00Z",
        "title": "Britain signs treaty handing Chagos Islands sovereignty to Mauritius",
        "summary": "The deal keeps the US-UK military base on Diego Garcia under a 99-year lease.",
        "label": "off_topic",
        "section": "World",
        "byline": "Observer diplomatic staff",
        "note": "Look-alike: another island sovereignty dispute settled by treaty (UK-Mauritius); "
                "nothing about Russia or Japan.",
        "body": [
            "Britain has signed a treaty transferring sovereignty over the Chagos Islands to "
            "Mauritius while keeping control of the joint UK-US military base on Diego Garcia, "
            "ending a decades-long dispute over the Indian Ocean archipelago.",
            "Under the agreement, signed on Thursday, the UK will lease Diego Garcia for an "
            "initial 99 years, paying an average of about £101 million a year. The prime minister "
            "said the deal secured the base's future \"for generations\" and was necessary after "
            "international court rulings went against Britain.",
            "Critics called it a surrender of British territory and warned that China could gain "
            "influence in the region. Some Chagossians, who were expelled from the islands in the "
            "1960s and 1970s to make way for the base, said they had been excluded from the talks.",
            "The treaty must still be ratified by parliament. Mauritius's prime minister hailed it "
            "as the completion of his country's decolonisation.",
            "The International Court of Justice said in a 2019 advisory opinion that Britain "
            "should end its administration of the islands \"as rapidly as possible\".",
        ],
    },
    {
        "id": "b41-33", "feed": "brackwater-observer", "lang": "en",
        "published": "2025-07-09T07:30:00Z",
        "title": "Russia lets Japanese experts survey prewar post office on Iturup - this summer only",
        "summary": "Six specialists will examine the wooden building in Kurilsk, once the Shana post "
                   "office, under an exception Moscow says will not be repeated.",
        "label": "new_development", "group": "g4-shana-post-office",
        "new_facts": ["Russia allowed, as an exception for summer 2025 only, six Japanese experts to "
                      "travel visa-free to Iturup in late August to survey the prewar Shana post "
                      "office building"],
        "must_mention": [["post office"], ["iturup", "shana", "etorofu"]],
        "byline": "Observer Tokyo correspondent",
        "note": "Second report of g4 (first: b41-32, Japanese). 'Allowed this summer only' - a "
                "one-time exception, visa-free trips as such stay ended (seed 001/003).",
        "body": [
            "Russia will allow a group of Japanese architectural experts to travel to Iturup, the "
            "largest of the islands disputed by the two countries, to examine one of the last "
            "buildings left from before 1945, Japan's government said on Tuesday.",
            "The six specialists, including two architectural historians from a Hokkaido "
            "university, will spend three days in late August surveying the former Shana post "
            "office in what Russia now calls Kurilsk. The two-storey wooden building dates from the "
            "1930s and is still used by the town as a storehouse.",
            "Tokyo's Cabinet Office said Moscow had agreed to let the group enter without visas "
            "as \"an exceptional measure for this summer only\". Japan does not allow its citizens "
            "to travel to the islands on Russian visas, which would imply recognition of Russian "
            "sovereignty.",
            "Former residents of Iturup, who call it Etorofu, had asked for the survey last year, "
            "worried that the building could collapse or be demolished.",
            "The trip is not a resumption of the visa-free exchanges that Russia ended in March "
            "2022, officials in Tokyo stressed. \"It is a single, limited exception,\" one said.",
            "It comes four months after the two countries' deputy foreign ministers met in Vienna "
            "for their first peace treaty consultations since 2022.",
        ],
    },
    {
        "id": "b41-34", "feed": "brackwater-observer", "lang": "en",
        "published": "2025-07-15T06:00:00Z",
        "title": "Japan's defence white paper flags Russian build-up on disputed islands",
        "summary": "The annual report says Moscow keeps strengthening forces on the Northern "
                   "Territories and deepening military ties with Beijing.",
        "label": "restatement",
        "note": "Annual report restating positions: Japan's view that the islands are Japanese "
                "(seeds 000/003), Russian military presence; no new event. Background restates g3 "
                "(Vienna consultations, already reported).",
        "byline": "Observer Tokyo correspondent",
        "body": [
            "Japan's annual defence white paper, approved by the cabinet on Tuesday, says Russia "
            "continues to reinforce its troops on the islands off Hokkaido that Tokyo claims, and "
            "warns that Moscow's military co-operation with China is becoming a \"serious "
            "concern\" for Japan's security.",
            "\"Russia has been stepping up its military activities in the Far East, including in "
            "our country's Northern Territories,\" the 2025 edition says, repeating language from "
            "recent years. It describes the four islands as \"an inherent part of Japan's "
            "territory\" under Russian occupation.",
            "The report devotes most of its attention to China, which it calls \"the greatest "
            "strategic challenge\", and to North Korea's missile programme.",
            "It notes joint Chinese and Russian bomber flights near Japan and naval exercises in "
            "the Sea of Japan, but cites no new deployment on the islands since last year's "
            "edition.",
            "The paper does not mention the consultations on a peace treaty that Japanese and "
            "Russian deputy foreign ministers held in Vienna in March, their first since 2022.",
            "China's foreign ministry called the report \"hyping\" a Chinese threat. Russia did "
            "not immediately comment.",
        ],
    },
    {
        "id": "b41-35", "feed": "tarnside-wire", "lang": "en",
        "published": "2025-07-30T05:00:00Z",
        "title": "Ageing former islanders urge Moscow to let them visit family graves",
        "summary": "Residents expelled from the Russian-held islands after 1945 say time is running "
                   "out for trips halted in 2022.",
        "label": "restatement",
        "note": "Hard negative: a request ('urged Moscow to allow') for visits that remain banned "
                "since March 2022 (seeds 001/002/003). No decision.",
        "byline": "Tarnside Tokyo bureau",
        "tags": ["Japan", "Russia", "Hokkaido"],
        "body": [
            "SAPPORO, July 30 (Tarnside Wire) - Former Japanese residents of the Russian-held "
            "islands off Hokkaido urged Moscow on Wednesday to let them visit family graves and "
            "resume visa-free exchanges, saying that many of them would not live to see the "
            "programmes restored if they stayed frozen much longer.",
            "About 200 people gathered in Sapporo for an annual rally organised by the league of "
            "former residents, whose members now have an average age of almost 89. Fewer than "
            "5,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are still "
            "alive.",
            "\"We are not asking for politics. We are asking to bow at our parents' graves,\" said "
            "a 91-year-old man born on Kunashir. \"We call on the Russian side to allow this, "
            "this year, before it is too late.\"",
            "The rally adopted a resolution calling on the Japanese government to keep pressing "
            "Moscow at the consultations that resumed in Vienna in March.",
            "Russia ended visa-free trips by Japanese citizens, including the simplified visits "
            "for former residents, in March 2022, citing Tokyo's sanctions over Ukraine. It has not "
            "said whether or when they might return.",
            "(Reporting by Tarnside Tokyo bureau)",
        ],
    },
    {
        "id": "b41-38", "feed": "tarnside-wire", "lang": "en",
        "published": "2025-09-04T09:10:00Z",
        "title": "Russia, Japan agree to restart visa-free island exchanges next spring",
        "summary": "Notes exchanged in Vladivostok end a suspension Moscow imposed in March 2022; trips by former residents "
                   "are not included.",
        "label": "status_change", "group": "g5-visafree-restart",
        "new_facts": ["Russia and Japan exchanged notes in Vladivostok on 4 September 2025 to resume "
                      "the visa-free exchanges with the southern Kurils from spring 2026 (ended "
                      "March 2022 -> to resume)"],
        "must_mention": [["visa-free", "visa free"], ["resum", "restart"]],
        "note": "First report of g5 (English). Status: visa-free exchanges ended in March 2022 "
                "(seeds 000-003) -> agreed to resume from spring 2026.",
        "byline": "Tarnside Vladivostok and Tokyo bureaus",
        "tags": ["Russia", "Japan", "Kuril Islands"],
        "body": [
            "VLADIVOSTOK, Sept 4 (Tarnside Wire) - Russia and Japan have agreed to resume "
            "visa-free exchanges between Japanese citizens and residents of the southern Kuril "
            "Islands from next spring, ending a suspension Moscow imposed in March 2022 over "
            "Tokyo's sanctions, the two governments said on Thursday.",
            "Russian Deputy Foreign Minister Andrei Rudenko and Japan's ambassador to Russia "
            "exchanged notes on the sidelines of the Eastern Economic Forum in Vladivostok, "
            "Russia's foreign ministry said. The first groups are expected to travel in May 2026, "
            "and the number of trips in the first season will be agreed separately.",
            "The exchanges, based on a 1991 arrangement, let Japanese citizens visit the islands "
            "without Russian visas, and island residents visit Hokkaido, without either side "
            "recognising the other's sovereignty claims.",
            "The agreement does not cover the simplified visits by former Japanese residents to "
            "their birthplaces under a 1999 arrangement, which remain suspended, the Japanese "
            "foreign ministry said.",
            "\"We welcome this step, which responds to the strong wishes of the former islanders,\" "
            "Japan's chief cabinet secretary told reporters in Tokyo.",
            "The deal follows the resumption of peace treaty consultations between the two "
            "countries in Vienna in March.",
            "(Reporting by Tarnside bureaus; Editing by Helen Carver)",
        ],
    },
    {
        "id": "b41-42", "feed": "brackwater-observer", "lang": "en",
        "published": "2025-10-22T07:00:00Z",
        "title": "Nemuro museum brings disputed islands 'closer' with virtual tour",
        "summary": "A renovated exhibition hall at Cape Nosappu lets visitors walk the streets of "
                   "prewar Shikotan in VR headsets.",
        "label": "neutral",
        "section": "Culture",
        "byline": "Observer Hokkaido stringer",
        "note": "Borderline: on the Northern Territories but a museum reopening, not a development "
                "in the dispute. Not scored.",
        "body": [
            "A hall at Cape Nosappu, the easternmost point of Japan's main islands, reopened on "
            "Tuesday after a year of renovation with a new virtual-reality exhibit that lets "
            "visitors \"walk\" through villages on Shikotan and Kunashir as they looked before "
            "1945.",
            "The exhibit was built with photographs, maps and interviews with about 60 former "
            "residents, Hokkaido prefectural officials said. Visitors wearing headsets can enter a "
            "reconstructed school, a fish cannery and a family home in Shakotan village.",
            "\"Most of the people who remember these places are over 85. We wanted to keep what "
            "they told us in a form that young people will actually look at,\" said the hall's "
            "director.",
            "From the observation deck, the Habomai islets are visible less than four kilometres "
            "away on a clear day.",
            "The hall, run by the prefecture, receives about 40,000 visitors a year, many of them "
            "school groups on trips organised to teach about what Japan calls the Northern "
            "Territories issue. Admission is free.",
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "id": "b41-43", "feed": "brackwater-observer", "lang": "en",
        "published": "2026-01-14T16:00:00Z",
        "title": "Scientists film snailfish at record depth in Kuril-Kamchatka Trench",
        "summary": "A robotic lander captured footage of fish more than 8,000 metres down in the "
                   "north-west Pacific.",
        "label": "off_topic",
        "section": "Science",
        "byline": "Observer science desk",
        "note": "Look-alike: a thing named after the Kurils (the Kuril-Kamchatka Trench); marine "
                "science, no politics.",
        "body": [
            "An international team of marine biologists has filmed snailfish swimming at a depth "
            "of more than 8,000 metres in the Kuril-Kamchatka Trench, one of the deepest "
            "observations of fish in the north-west Pacific.",
            "The footage was captured by a baited camera lander dropped from a research vessel "
            "last autumn, the team wrote in a paper published on Wednesday. It shows a group of "
            "pale, tadpole-like fish feeding on small crustaceans attracted by the bait.",
            "\"The pressure down there is more than 800 times what we feel at the surface, and "
            "these animals are simply cruising around,\" said the study's lead author.",
            "The trench runs for about 2,200 kilometres along the Pacific side of the Kuril "
            "Islands and Kamchatka, where the Pacific plate dives beneath the Okhotsk plate. It "
            "is one of the most seismically active zones in the world.",
            "The researchers said colder water in the trench may allow snailfish to live deeper "
            "than in warmer southern trenches, and plan further expeditions.",
        ],
    },
    {
        "id": "b41-45", "feed": "tarnside-wire", "lang": "en",
        "published": "2026-01-27T14:00:00Z",
        "title": "Russia suspends revived peace treaty consultations with Japan over frozen assets",
        "summary": "Moscow calls off a February round in Tokyo after Japan joins a plan to lend "
                   "Ukraine money backed by immobilised Russian assets.",
        "label": "status_change", "group": "g6-talks-halted-again",
        "new_facts": ["Russia suspended on 27 January 2026 the peace treaty consultations resumed in "
                      "Vienna in March 2025 and called off the February round in Tokyo (resumed -> "
                      "suspended again)"],
        "must_mention": [["suspend", "halt"], ["peace treaty"]],
        "note": "Second report of g6 (first: b41-44, Russian). Status: consultations resumed in "
                "Vienna (g3) -> suspended again.",
        "byline": "Tarnside Moscow bureau",
        "tags": ["Russia", "Japan", "Diplomacy"],
        "body": [
            "MOSCOW, Jan 27 (Tarnside Wire) - Russia said on Tuesday it was suspending "
            "consultations with Japan on a peace treaty, less than a year after the two countries "
            "revived them in Vienna, in retaliation for Tokyo's decision to back a loan to Ukraine "
            "secured on frozen Russian central bank assets.",
            "The second round of the consultations, which had been scheduled for February in "
            "Tokyo, will not take place, the Russian foreign ministry said in a statement.",
            "\"Under these conditions, continuing the dialogue on the peace treaty problem is "
            "impossible. Responsibility lies entirely with the Japanese side,\" the ministry said, "
            "calling Tokyo's decision \"theft\".",
            "Japan's chief cabinet secretary called the move \"extremely regrettable\" and said "
            "Tokyo had protested through diplomatic channels.",
            "The statement did not mention the visa-free exchanges with the disputed islands that "
            "the two sides agreed in September to restart this spring. Japanese officials said they "
            "were seeking clarification.",
            "Deputy foreign ministers met in Vienna in March last year for the first peace treaty "
            "talks since Moscow broke off the negotiations in 2022 over Japan's sanctions.",
            "(Reporting by Tarnside Moscow bureau; Editing by Helen Carver)",
        ],
    },
    {
        "id": "b41-47", "feed": "tarnside-wire", "lang": "en",
        "published": "2026-02-07T09:00:00Z",
        "title": "Takaichi urges Russia to return to peace treaty talks on Northern Territories Day",
        "summary": "Japan's prime minister calls Moscow's suspension of the consultations "
                   "'unacceptable' at the annual rally in Tokyo.",
        "label": "restatement",
        "note": "Hard negative: a request ('urges Russia to return'); restates the January "
                "suspension (g6, already reported) and Japan's unchanged policy (seed 002).",
        "byline": "Tarnside Tokyo bureau",
        "tags": ["Japan", "Russia"],
        "body": [
            "TOKYO, Feb 7 (Tarnside Wire) - Prime Minister Sanae Takaichi on Saturday urged Russia "
            "to return to the peace treaty consultations it suspended last month, telling an annual "
            "rally in Tokyo that Japan would \"never give up\" on the islands off Hokkaido.",
            "\"Russia's unilateral suspension of the consultations is unacceptable. I strongly call "
            "on the Russian side to come back to the table,\" Takaichi said at the national rally "
            "held every year on February 7, which Japan marks as Northern Territories Day.",
            "She said the government would keep working to ensure that the visa-free exchanges, "
            "which Moscow agreed in September to restart this spring, go ahead as planned, and "
            "repeated Japan's policy of resolving the territorial issue and concluding a peace "
            "treaty.",
            "Russia suspended the consultations on January 27, citing Japan's support for a loan "
            "to Ukraine backed by frozen Russian assets. They had resumed in Vienna in March 2025 "
            "after a three-year break.",
            "Former islanders at the rally said they feared a repeat of 2022, when Moscow ended "
            "all exchanges at once. \"We have been here before,\" said one.",
            "(Reporting by Tarnside Tokyo bureau)",
        ],
    },
    {
        "id": "b41-48", "feed": "lanyard-review", "lang": "en", "meta": False,
        "published": "2026-03-17T08:00:00Z",
        "title": "A year after Vienna, the table is empty again",
        "summary": "The consultations that were supposed to prove the channel could survive did not "
                   "survive their first winter.",
        "label": "restatement",
        "section": "Essay",
        "byline": "Miriam Ostrander",
        "note": "Hard negative: last year's event told as background in a sentence that also "
                "carries today's date ('On Tuesday, March 17, 2026, exactly a year after ... met in "
                "Vienna'). Restates g3 and g6 (both already reported); no new fact.",
        "body": [
            "On Tuesday, March 17, 2026, exactly a year after a Japanese and a Russian deputy "
            "foreign minister sat down in a Vienna hotel and agreed to resume consultations on a "
            "peace treaty, there is nothing on the calendar and no one pretending otherwise.",
            "Moscow suspended the consultations on January 27, naming Japan's support for a "
            "Ukraine loan backed by frozen Russian assets. The Tokyo round that was to have been "
            "the proof of continuity never happened.",
            "## What the year showed",
            "The Vienna channel was opened without either side giving anything up, and it was "
            "closed the same way. That was always its weakness. Nothing Japan valued - sanctions "
            "relief for Russia, or a word on the islands for Japan - was ever put into it, so "
            "nothing held it open when the next dispute arrived.",
            "The one thing that came out of the year is the visa-free exchange programme, agreed in "
            "September and due to restart in May. It is now the only functioning link between the "
            "islands and Hokkaido that either government can point to, which makes it both "
            "valuable and vulnerable.",
            "Prime Minister Takaichi used Northern Territories Day in February to demand Moscow "
            "come back to the table. Moscow answered, as it has since 2022, that it is up to Tokyo "
            "to change course. A year on, that sentence is where we started.",
        ],
    },
    {
        "id": "b41-51", "feed": "brackwater-observer", "lang": "en",
        "published": "2026-05-20T09:00:00Z",
        "title": "Japanese visitors land on Kunashir in first visa-free exchange in four years",
        "summary": "A group of 42 stepped ashore at Yuzhno-Kurilsk from the Etopirika under the "
                   "programme restored last September.",
        "label": "neutral",
        "byline": "Observer Hokkaido stringer",
        "note": "Borderline: the first trip carrying out the resumption agreed in September 2025 "
                "(g5). Arguably an implementation of a known decision, arguably news. Not scored.",
        "body": [
            "Forty-two Japanese visitors, among them descendants of former residents, teachers and "
            "local officials, landed on Kunashir on Tuesday in the first visa-free exchange trip "
            "to the Russian-held island since 2022.",
            "The group sailed overnight from Nemuro aboard the Etopirika, the ship used for the "
            "programme since 2012, and went through the special entry procedure at Yuzhno-Kurilsk "
            "that allows them to visit without Russian visas.",
            "\"I saw the island every day from my window in Nemuro for 40 years. Standing on it is "
            "strange,\" said one participant, whose grandmother was born in Furukamappu village.",
            "The four-day programme includes home visits, a joint concert and a meeting with the "
            "district administration. A return visit by island residents to Hokkaido is planned "
            "for the summer.",
            "Russia and Japan agreed last September to restart the exchanges, which Moscow had "
            "ended in March 2022. Peace treaty consultations between the two countries, revived in "
            "2025, were suspended again by Russia in January.",
        ],
    },
    {
        "id": "b41-53", "feed": "tarnside-wire", "lang": "en",
        "published": "2026-12-03T13:00:00Z",
        "title": "Russia scraps visa-free exchanges with Japan for good",
        "summary": "A diplomatic note terminates the 1991 arrangement months after trips resumed; "
                   "Moscow says the mechanism 'will not be restored in any form'.",
        "label": "status_change", "group": "g7-visafree-terminated",
        "new_facts": ["Russia terminated the 1991 visa-free exchange arrangement with Japan "
                      "permanently by a note of 2 December 2026, ending the exchanges restarted in "
                      "May 2026 (resumed -> ended for good)"],
        "must_mention": [["visa-free", "visa free"], ["terminat", "scrap", "for good"]],
        "note": "First report of g7 (English). Status: visa-free exchanges resumed May 2026 (g5) -> "
                "terminated for good. The March 2022 ban (seeds) had been a suspension in practice.",
        "byline": "Tarnside Moscow and Tokyo bureaus",
        "tags": ["Russia", "Japan", "Kuril Islands"],
        "body": [
            "MOSCOW, Dec 3 (Tarnside Wire) - Russia has terminated the arrangement that allowed "
            "Japanese citizens to visit the southern Kuril Islands without visas, the foreign "
            "ministry said on Thursday, ending for good an exchange programme that had restarted "
            "only in May after a four-year halt.",
            "A note handed to the Japanese embassy on Wednesday informs Tokyo that the 1991 "
            "arrangement on visa-free exchanges \"ceases to be applied\" and that the mechanism "
            "\"will not be restored in any form\", the ministry said.",
            "It cited a new package of Japanese sanctions adopted in November and what it called "
            "Tokyo's \"provocative\" use of the exchanges to promote its territorial claims.",
            "Two groups of Japanese visitors travelled to Kunashir and Shikotan this year and a "
            "group of island residents visited Nemuro in July. A trip planned for next spring will "
            "not take place.",
            "Japan's top government spokesman called the decision \"extremely regrettable and "
            "unacceptable\" and said Tokyo had lodged a strong protest. \"It tramples on the "
            "feelings of the former islanders,\" he said.",
            "Moscow first suspended the visa-free exchanges in March 2022 over Japan's sanctions "
            "and agreed to restart them in September 2025. Peace treaty consultations, revived the "
            "same year, were suspended again in January.",
            "(Reporting by Tarnside bureaus; Editing by Helen Carver)",
        ],
    },
    {
        "id": "b41-56", "feed": "lanyard-review", "lang": "en", "meta": False,
        "published": "2026-12-09T08:00:00Z",
        "title": "The last bridge to the islands is gone",
        "summary": "Moscow's termination of the visa-free exchanges closes the one door that stayed "
                   "open after the treaty talks stalled.",
        "label": "status_change", "group": "g7-visafree-terminated",
        "new_facts": ["(follow-up) no new fact: commentary on the termination of the visa-free "
                      "exchanges announced on 3 December 2026"],
        "must_mention": [["visa-free", "visa free"], ["terminat", "scrap", "for good"]],
        "section": "Essay",
        "byline": "Miriam Ostrander",
        "note": "Follow-up in g7 with colour only (no new fact): analysis of the termination "
                "already reported by b41-53/54/55.",
        "body": [
            "When Russia told Japan last week that the visa-free exchanges with the southern "
            "Kurils had been terminated and would \"not be restored in any form\", it closed the "
            "last working channel between Hokkaido and the islands.",
            "The programme had been back for barely seven months. In May a boat from Nemuro took "
            "42 Japanese to Kunashir; in July islanders came the other way. The people on both "
            "sides of the strait who had met on those trips since the 1990s were, for a summer, "
            "meeting again.",
            "## Why this time is different",
            "In 2022 Moscow stopped the trips but left the framework in place, which is why they "
            "could be restarted. The language of the new note is chosen to rule that out. It does "
            "not speak of suspension. It speaks of the arrangement ceasing to be applied.",
            "The reasons given - a Japanese sanctions package and the \"provocative\" use of the "
            "trips - are less interesting than the timing. With the treaty consultations "
            "suspended since January, the exchanges were the only thing left that Tokyo could "
            "present as progress. Removing them costs Moscow little and tells Tokyo that nothing "
            "is safe from the next round of retaliation.",
            "For the former islanders, whose average age is now past 89, the distinction between "
            "suspension and termination is academic. Most of them were not going to wait for a "
            "third restart anyway.",
        ],
    },
]
