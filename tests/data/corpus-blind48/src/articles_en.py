"""English-language articles (Tollgate Wire, The Ropewalk Weekly, Podium Record)."""
from common import P, H, Q, BQ, UL

ARTICLES = [
# ---------------------------------------------------------------------------------------
dict(
    id="k02", feed="ropewalk-en", published="2024-02-16T16:00:00Z", issue=187,
    title="The Week: Jakarta counts, Japan slips to fourth, and Moscow's 'categorically'",
    summary="Quick counts in Indonesia, a GDP ranking Tokyo would rather forget, a boat "
            "capsizes off Kinmen, and a Russian diplomat closes a door that was already shut.",
    label="restatement",
    note="Item 3 restates seed 004 (Rudenko to TASS, 8 Feb 2024: resuming peace treaty "
         "dialogue 'categorically impossible'; condition = Tokyo drops hostile policy). No new fact.",
    body=[
        P("Good evening from a week in which three of the region's biggest stories were about "
          "numbers, and the fourth was about a word."),
        H("1. Indonesia: the quick counts are in", 3),
        P("Prabowo Subianto claimed victory on Wednesday night after unofficial quick counts "
          "put him well above the 50 per cent needed to avoid a run-off. The official tally "
          "will take weeks, and his rivals say they will wait for it. Whatever the final "
          "number, the result hands the presidency to a former general whose running mate is "
          "the outgoing president's son — a fact that will shape how the region reads Jakarta "
          "for the next five years."),
        H("2. Japan: fourth place", 3),
        P("Japan's economy contracted for a second straight quarter at the end of 2023, and "
          "in dollar terms it has now been overtaken by Germany. The ranking is mostly a story "
          "about a weak yen, but it lands at an awkward moment for a government that wants "
          "voters to feel that wages are finally moving."),
        H("3. Russia and Japan: 'categorically'", 3),
        P("Andrei Rudenko, the Russian deputy foreign minister who handles Asia, told TASS "
          "that resuming dialogue on a peace treaty with Japan is 'categorically impossible' "
          "in the current situation. Relations, he said, are at an unprecedented low because "
          "of Tokyo's 'short-sighted policy', and normalisation would have to start with Japan "
          "abandoning its hostile course rather than with 'ephemeral signals'."),
        P("None of this is new. Moscow walked out of the treaty talks in March 2022 in "
          "response to Japanese sanctions, and at the same time ended visa-free trips by "
          "Japanese citizens to the southern Kurils and quit the dialogue on joint economic "
          "activity there. What Rudenko added was emphasis. The four islands — Iturup, "
          "Kunashir, Shikotan and the Habomai group — remain where they have been since 1945: "
          "held by Russia, claimed by Japan, and the reason the two countries never signed a "
          "treaty formally ending the Second World War."),
        H("4. Kinmen: a capsized speedboat", 3),
        P("Two Chinese fishermen died after their boat capsized while being chased by Taiwan's "
          "coast guard near the Kinmen islands. Beijing has called the incident 'vicious'; "
          "Taipei says its crews followed procedure. Watch the waters around Kinmen, where "
          "Chinese coast guard patrols have already become more frequent."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k04", feed="tollgate-en", published="2024-03-01T11:15:00Z", section="Europe",
    author="Lena Voskuijlen", credits="Lena Voskuijlen in Berlin; additional reporting by Tigran Abelyan in Yerevan",
    title="Armenia, Azerbaijan end Berlin round without peace treaty breakthrough",
    summary="Foreign ministers of Armenia and Azerbaijan said they made progress on a draft "
            "peace treaty during two days of talks in Berlin but left key issues open.",
    label="off_topic",
    note="Look-alike: a different peace treaty (Armenia–Azerbaijan). Nothing about Russia–Japan or the Kurils.",
    body=[
        P("BERLIN (Tollgate) – The foreign ministers of Armenia and Azerbaijan ended two days "
          "of talks in Berlin on Thursday saying they had narrowed differences on a draft peace "
          "treaty, but neither side announced a date for signing and several core issues "
          "remain unresolved."),
        P("Ararat Mirzoyan and Jeyhun Bayramov met at a government guest house in the German capital at the "
          "invitation of German Foreign Minister Annalena Baerbock, their first face-to-face "
          "round since Azerbaijan retook the Karabakh region in a lightning offensive last "
          "September."),
        P("\"We agreed to continue working on the text of the treaty on the establishment of "
          "peace and interstate relations,\" the two ministries said in near-identical "
          "statements. Baerbock told reporters that a peace agreement was \"within reach\" "
          "but would require \"courage on both sides\"."),
        P("The main sticking points include the delimitation of the roughly 1,000-km border, "
          "Azerbaijan's demand that Armenia amend its constitution, which Baku says contains a "
          "territorial claim, and the terms of transit routes through southern Armenia."),
        P("Armenian Prime Minister Nikol Pashinyan has said he wants the treaty signed this "
          "year. Azerbaijani officials have been more cautious, saying the text must reflect "
          "\"the new realities\" in the region."),
        P("Diplomats involved in the process said the sides had exchanged several rounds of "
          "written comments on the draft since last autumn and would do so again before the "
          "next meeting. No venue for that meeting has been set."),
        P("Russia, which long brokered contacts between the two countries, was not involved "
          "in the Berlin round. Moscow has said it is ready to host talks and to help with "
          "border delimitation."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k07", feed="podium-en", published="2024-03-21T10:00:00Z", kicker="Documents · Anniversary",
    author="Mariko Esterházy",
    title="Two years on: the statement that ended Russia–Japan treaty talks, annotated",
    summary="On 21 March 2022 Russia's foreign ministry announced it would not continue peace "
            "treaty negotiations with Japan. We republish the key passages with the reactions "
            "that followed.",
    label="restatement",
    note="Anniversary/background. Every quoted passage is from the seeds: 000/003 (MFA statement "
         "of 21 March 2022: talks ended, visa-free trips ended, JEA dialogue quit, BSEC), 001 "
         "(Galuzin, Hayashi protest), 002 (Peskov), 004 (Rudenko).",
    body=[
        P("Two years ago today, the Russian Ministry of Foreign Affairs published a short "
          "statement that remains the baseline for everything officials in Moscow and Tokyo "
          "have said since. Below are its operative passages and the principal reactions, "
          "lightly annotated. Nothing here is new; it is offered as a reference."),
        H("The statement (21 March 2022)"),
        BQ("The Russian side, under the current conditions, does not intend to continue "
           "negotiations with Japan on the peace treaty as it is impossible to discuss the "
           "signing of a fundamental document on bilateral relations with a state that takes "
           "openly unfriendly positions and seeks to harm the interests of our country."),
        P("Annotation: the same statement announced an end to visa-free trips by Japanese "
          "citizens to the southern Kurils under the 1991 exchange arrangements and the 1999 "
          "agreement on simplified visits by former residents, Russia's withdrawal from the "
          "dialogue on joint economic activity on the islands, and a block on extending "
          "Japan's status as a sectoral dialogue partner of the Black Sea Economic Cooperation "
          "organisation."),
        BQ("All responsibility for the damage to bilateral cooperation and the interests of "
           "Japan itself lies with Tokyo, which deliberately made a choice in favour of an "
           "anti-Russian course."),
        H("The reactions"),
        Q("Yoshimasa Hayashi, then foreign minister (22 March 2022):",
          "Japan has lodged a protest with the Russian ambassador. The Russian response is "
          "extremely unjust and absolutely unacceptable."),
        Q("Mikhail Galuzin, then ambassador to Japan (22 March 2022):",
          "Against the backdrop of sanctions-related decisions, negotiating a document of this "
          "kind simply becomes impossible."),
        Q("Dmitry Peskov, Kremlin spokesman (a year later):",
          "Of course, conducting negotiations on a peace treaty under such conditions seems "
          "impossible."),
        Q("Andrei Rudenko, deputy foreign minister (8 February 2024):",
          "In the current situation, the resumption of dialogue on the above-mentioned treaty "
          "is categorically impossible."),
        H("Where things stand"),
        P("As of today, neither government has announced any change. Tokyo's line is that it "
          "will keep seeking a treaty that settles the territorial question; Moscow's is that "
          "Russian sovereignty over the islands is not open to question and that talks are "
          "impossible while Japan maintains sanctions."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k09", feed="tollgate-en", published="2024-04-05T12:30:00Z", section="Asia-Pacific",
    author="Pavel Orlik", credits="Pavel Orlik in Moscow",
    title="Russian envoy says Tokyo must drop 'hostile course' before any return to treaty talks",
    summary="Russia's ambassador to Japan said Moscow would be ready to 'look at the situation "
            "anew' only if Tokyo abandoned sanctions and what he called its anti-Russian policy.",
    label="restatement",
    note="Conditional ('would ... if'). Restates seed 004 (condition: Tokyo's refusal of hostile "
         "policy) and seeds 000-002 (talks impossible under sanctions). No new fact.",
    body=[
        P("MOSCOW (Tollgate) – Russia's ambassador to Japan said on Friday that Moscow could "
          "consider returning to peace treaty talks only if Tokyo first abandoned its "
          "sanctions and what he called an \"openly hostile course\" towards Russia."),
        P("\"If the Japanese side were to give up its policy of pressure, we would be ready to "
          "look at the situation anew,\" Nikolai Nozdrev said in an interview with the Russian "
          "daily Izvestia. \"But I see no signs of this. Sanctions packages keep coming.\""),
        P("Nozdrev said Russia had \"never closed the door to Japan\" but that it was "
          "\"impossible to discuss a fundamental document on peace and good-neighbourliness "
          "with a country that supplies assistance to the Kyiv regime\"."),
        P("Asked whether any contacts on the subject were taking place, the ambassador said "
          "Russia's position had been set out in March 2022 and had not changed."),
        P("Russia announced in March 2022 that it would not continue treaty negotiations, "
          "citing Japan's sanctions over the war in Ukraine. It also ended visa-free visits by "
          "Japanese citizens to the southern Kuril islands, which Japan calls the Northern "
          "Territories, and withdrew from talks on joint economic projects there."),
        P("In February, Deputy Foreign Minister Andrei Rudenko said a resumption of dialogue "
          "was \"categorically impossible\" and that normalisation would require Tokyo to "
          "abandon its hostile policy."),
        P("Japan's foreign ministry did not immediately respond to a request for comment. "
          "Tokyo says it remains committed to resolving the territorial dispute and signing a "
          "treaty, and has protested Russia's 2022 decisions."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k11", feed="tollgate-en", published="2024-04-10T17:20:00Z", section="Asia-Pacific",
    author="Pavel Orlik", credits="Pavel Orlik in Moscow and Aya Fukumoto in Tokyo",
    title="Moscow agrees to trade written positions with Tokyo on peace treaty, rules out talks",
    summary="Russia has agreed to exchange written positions with Japan on a peace treaty "
            "through the two embassies, the foreign ministry said, while insisting this is not a "
            "resumption of negotiations.",
    label="status_change", group="g-pt-written-exchange",
    new_facts=["Russia agreed (reply to a Japanese approach in March 2024) to exchange written "
               "positions on the peace treaty via the embassies in Moscow and Tokyo; no meetings, "
               "not a resumption of negotiations"],
    must_mention=[["written", "paper"], ["peace"]],
    note="Second report of the group (first: k10, Russian transcript). Old state: talks "
         "terminated March 2022 (seeds 000-004). New state: written exchange only — neither on nor off.",
    body=[
        P("MOSCOW (Tollgate) – Russia has agreed to exchange written positions with Japan on a "
          "post-war peace treaty through the two countries' embassies, the Russian foreign "
          "ministry said on Wednesday, while insisting that the arrangement does not amount to "
          "a resumption of negotiations that Moscow broke off two years ago."),
        P("Ministry spokeswoman Maria Zakharova told her weekly briefing that Tokyo had "
          "approached Moscow through diplomatic channels in March proposing to \"resume "
          "dialogue\" on the treaty, and that Russia had replied that it was prepared to "
          "exchange positions on paper via the embassies in Moscow and Tokyo."),
        P("\"This is not a resumption of negotiations and not consultations. No meetings and no "
          "rounds are envisaged. It is an exchange of documents, nothing more,\" Zakharova said. "
          "She said the Japanese side had been informed, but declined to say when the first "
          "documents might change hands."),
        P("The answer came near the end of a briefing dominated by the Middle East and Foreign "
          "Minister Sergei Lavrov's visit to China, in response to a question from a Japanese "
          "correspondent."),
        P("It is the first time since March 2022 that Moscow has agreed to any form of "
          "exchange on the treaty. Russia said then that it would not continue talks with a "
          "country that had imposed sanctions over Ukraine, and it also ended visa-free trips "
          "by Japanese citizens to the disputed southern Kurils and quit talks on joint "
          "economic activity there. As recently as February, Deputy Foreign Minister Andrei "
          "Rudenko called a resumption of dialogue \"categorically impossible\"."),
        P("A spokesperson for the Japanese embassy in Moscow said the embassy would not comment "
          "on diplomatic communications. A Japanese government source in Tokyo said the "
          "exchange was \"a narrow channel, but a channel\"."),
        P("The dispute concerns Iturup, Kunashir, Shikotan and the Habomai islets, seized by "
          "Soviet forces at the end of the Second World War and claimed by Japan as its "
          "Northern Territories. It has kept the two countries from signing a peace treaty."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k13", feed="podium-en", published="2024-04-16T08:00:00Z", kicker="Documents · Annual reports",
    author="Mariko Esterházy",
    title="Diplomatic Bluebook 2024: what Tokyo says about Russia and the Northern Territories",
    summary="Japan's annual foreign policy report, presented to the cabinet on Tuesday, keeps "
            "its language on Russia and the territorial issue. Key passages, translated.",
    label="restatement",
    note="Annual report restating positions: Japan protests 2022 decisions (seed 001), "
         "Kishida-line commitment to a treaty (seed 002), talks/visa-free/JEA ended (seeds 000, "
         "003). No new fact.",
    body=[
        P("The Ministry of Foreign Affairs presented the 2024 edition of the Diplomatic "
          "Bluebook to the cabinet on Tuesday. The chapter on Russia runs to several pages; "
          "below are the passages on the peace treaty and the islands, in our translation. "
          "Wording that is unchanged from last year's edition is marked."),
        H("Relations with Russia"),
        BQ("Japan-Russia relations remain in a severe situation due to Russia's aggression "
           "against Ukraine. Japan will continue to impose strong sanctions on Russia in "
           "coordination with the international community. (Unchanged.)"),
        H("The Northern Territories and the peace treaty"),
        BQ("The Northern Territories are islands over which Japan has sovereignty and are an "
           "inherent part of the territory of Japan. Japan's basic policy of concluding a peace "
           "treaty through the resolution of the territorial issue remains unchanged. "
           "(Unchanged.)"),
        BQ("In March 2022 Russia announced that it would not continue negotiations on a peace "
           "treaty, that it would suspend visa-free exchanges and visits by former residents, "
           "and that it would withdraw from dialogue on joint economic activities on the Four "
           "Northern Islands. It is extremely unjust and absolutely unacceptable that Russia "
           "has attempted to shift responsibility for the current situation onto Japan, and "
           "Japan has lodged a strong protest. (Unchanged.)"),
        BQ("Japan will continue to request the resumption of exchange programmes, in "
           "particular visits to ancestral graves, which former island residents strongly "
           "desire. (Unchanged.)"),
        H("What is not there"),
        P("The chapter does not mention any new contacts with Moscow on the treaty; the "
          "Bluebook is drafted months in advance and covers events up to the end of 2023. "
          "Russia's foreign ministry has not commented on this year's edition. It "
          "customarily rejects the Bluebook's territorial language as interference in Russia's "
          "internal affairs."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k14", feed="ropewalk-en", published="2024-04-19T16:00:00Z", issue=196,
    title="The Week: Seoul's opposition landslide, Kishida's state dinner, and a narrow channel",
    summary="South Korea's governing party loses badly, Japan's prime minister gets the full "
            "Washington treatment, and Moscow and Tokyo open a correspondence without calling it talks.",
    label="status_change", group="g-pt-written-exchange",
    new_facts=["(follow-up) Russia agreed to exchange written positions with Japan on the peace treaty via embassies"],
    must_mention=[["written", "paper"], ["peace"]],
    note="Follow-up in a weekly digest, item 3; no new fact beyond k10/k11/k12 (no date for first exchange).",
    body=[
        P("Three items this week, one of them small enough that you may have missed it."),
        H("1. Seoul: a landslide, the wrong way", 3),
        P("South Korea's opposition Democratic Party and its allies won close to 190 of the 300 "
          "seats in last week's parliamentary election. President Yoon Suk Yeol, who does not "
          "face voters again until 2027, will spend the rest of his term with a hostile "
          "legislature. Expect more vetoes and fewer reforms."),
        H("2. Washington: Kishida's state visit", 3),
        P("Fumio Kishida received a state dinner and addressed a joint meeting of Congress. The "
          "substance: a plan to upgrade US Forces Japan's command structure, co-development of "
          "missile interceptors, and a first trilateral summit with the Philippines. The "
          "domestic pay-off for Kishida, whose approval ratings are in the 20s, is less clear."),
        H("3. Moscow and Tokyo: correspondence, not conversation", 3),
        P("Last week's quietest diplomatic news came at the very end of a Russian foreign "
          "ministry briefing. Spokeswoman Maria Zakharova said Moscow had agreed to exchange "
          "written positions with Tokyo on a peace treaty through the two embassies, in "
          "reply to a Japanese request for dialogue made in March. Tokyo's chief cabinet "
          "secretary confirmed the Russian reply the next morning."),
        P("Both sides were at pains to say what this is not. 'No meetings and no rounds,' said "
          "Zakharova. 'Not a resumption of negotiations,' said Yoshimasa Hayashi. Since Russia "
          "walked out of the treaty talks in March 2022, there had been no exchange of any kind; "
          "now there is a postbox. Nobody has said when the first letter will be posted, or "
          "what it will say."),
        P("One reader in Sapporo asked whether this changes anything for the former islanders "
          "who want to visit family graves. Not directly: the visa-free trips Russia ended in "
          "2022 are a separate matter, and neither government has linked the two."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k19", feed="ropewalk-en", published="2024-05-31T16:00:00Z", issue=202,
    title="The Week: Lai's first days, a yen intervention confirmed, and inspectors on the boats",
    summary="Taiwan's new president sets his tone, Tokyo admits it spent record sums on the "
            "yen, and Moscow wants its border guards aboard Japanese fishing boats.",
    label="new_development", group="g-fish-inspectors",
    new_facts=["Russia, by note in early May 2024, demanded that Japanese fishing boats operating "
               "around the southern Kurils carry Russian border-service inspectors from next season; Japan refused"],
    must_mention=[["inspector"], ["fish", "boat"]],
    note="Third report of g-fish-inspectors (first k17, JA Diet committee). Weekly digest, item 3. "
         "Fishing arrangements are not in the seeds, so new_development.",
    body=[
        P("A week of firsts, and one last-minute item from the Sea of Okhotsk."),
        H("1. Taiwan: Lai's inauguration and the drills that followed", 3),
        P("Lai Ching-te was sworn in on 20 May with a speech that called for peace and for the "
          "status quo, and China responded within days with large-scale exercises around the "
          "island it named 'Joint Sword-2024A'. Lai's line — that Taiwan and China are 'not "
          "subordinate to each other' — is Tsai Ing-wen's with sharper edges."),
        H("2. Japan: the intervention, confirmed", 3),
        P("The Ministry of Finance confirmed that it spent about ¥9.8 trillion supporting the "
          "yen between late April and late May, a record for a single month. The currency "
          "bounced, then drifted back. Intervention buys time; it does not change interest "
          "rate differentials."),
        H("3. The Kurils: inspectors on the boats", 3),
        P("At a parliamentary committee in Tokyo last week, an official of Japan's Fisheries "
          "Agency disclosed that Russia had sent a diplomatic note in early May demanding that "
          "Japanese boats fishing in the waters around the Russian-held southern Kurils take "
          "Russian border-service inspectors on board from next season. Tokyo said no: the "
          "official told lawmakers the demand was 'incompatible with Japan's legal position' "
          "on the islands, and the refusal has been conveyed through diplomatic channels."),
        P("Why it matters: for a quarter of a century, Japanese boats have fished near the "
          "islands under arrangements designed so that neither side has to concede "
          "jurisdiction. A Russian inspector on a Japanese deck would be precisely such a "
          "concession. Russia's regional border directorate declined to comment to local "
          "media in Sakhalin. Nemuro's fishing cooperatives, which depend on the autumn season, "
          "say they do not yet know whether they will sail."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k21", feed="tollgate-en", published="2024-06-12T09:45:00Z", section="Business",
    author="Hiroshi Ueno", credits="Hiroshi Ueno in Tokyo; Dana Whitcombe in Washington",
    title="US extends waiver for Japanese purchases of Sakhalin-2 crude",
    summary="Washington has again extended a licence allowing Japanese buyers to import crude "
            "oil from Russia's Sakhalin-2 project, keeping a channel Tokyo says is vital for energy security.",
    label="off_topic",
    note="Look-alike: unrelated Japan–Russia economic news (Sakhalin energy). Nothing on the treaty or the islands.",
    body=[
        P("TOKYO (Tollgate) – The United States has extended a licence that allows Japanese "
          "companies to keep importing crude oil from Russia's Sakhalin-2 project despite "
          "Western sanctions, Japan's industry ministry said on Wednesday."),
        P("The licence, first issued in 2022 and renewed several times since, exempts Sakhalin-2 "
          "crude bound for Japan from the G7 price cap on Russian oil. The latest extension runs "
          "until the end of the year, the ministry said."),
        P("\"Sakhalin-2 is important for the stable supply of energy to Japan,\" an official of "
          "the Agency for Natural Resources and Energy said, adding that the volumes involved "
          "were small compared with LNG purchases from the same project."),
        P("Japanese trading houses Mitsui & Co and Mitsubishi Corp hold stakes in Sakhalin-2, "
          "which supplies liquefied natural gas to Japanese utilities under long-term contracts. "
          "Both companies kept their stakes after Russia transferred the project to a new "
          "Russian operator in 2022."),
        P("Japan imports only a small share of its crude from Russia, most of it from "
          "Sakhalin-2, which produces a light grade suited to some Japanese refineries. "
          "Refiners have said the oil is an associated product of gas output and cannot be "
          "easily separated from LNG operations."),
        P("The US Treasury did not comment. Washington has generally accommodated allies' "
          "energy needs while tightening enforcement of the price cap on seaborne Russian crude "
          "elsewhere."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k23", feed="podium-en", published="2024-06-26T10:30:00Z", kicker="Briefings · Tokyo",
    author="Kenta Oyelaran",
    title="Chief Cabinet Secretary's press conference, 26 June (excerpts): Manila troop pact, heat, North Korea",
    summary="Yoshimasa Hayashi on the expected signing of a reciprocal access agreement with the "
            "Philippines, heatstroke alerts and a North Korean launch.",
    label="off_topic",
    note="Look-alike: a different treaty (Japan–Philippines RAA) and islands in the South China "
         "Sea. No mention of Russia, the Kurils or the peace treaty.",
    body=[
        P("Excerpts from the morning press conference, in our translation."),
        H("Japan–Philippines Reciprocal Access Agreement"),
        Q("Q:", "Reports say the reciprocal access agreement with the Philippines will be signed "
                "in early July. Can you confirm?"),
        Q("HAYASHI:", "Negotiations have been proceeding with a view to an early signing. I will "
                      "refrain from commenting on the timing. The agreement will facilitate "
                      "joint exercises and disaster relief between the Self-Defense Forces and "
                      "the Armed Forces of the Philippines, and would be the first such "
                      "agreement Japan has concluded with a country in Asia."),
        Q("Q:", "China says the agreement targets it, especially in the South China Sea around "
                "the Spratly Islands."),
        Q("HAYASHI:", "The agreement is not directed at any third country. Japan's position is "
                      "that disputes should be settled peacefully on the basis of international "
                      "law, including the 2016 arbitral award."),
        H("Heatstroke"),
        Q("HAYASHI:", "With high temperatures expected across much of the country, I ask people "
                      "to take measures against heatstroke, to use air conditioning "
                      "appropriately and to check on elderly neighbours."),
        H("North Korea"),
        Q("Q:", "North Korea launched a ballistic missile this morning."),
        Q("HAYASHI:", "The missile is believed to have fallen outside Japan's exclusive economic "
                      "zone. No damage has been reported. We lodged a protest through the "
                      "embassy channel in Beijing."),
        P("The press conference lasted 14 minutes. No questions were asked about Russia."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k25", feed="tollgate-en", published="2024-07-05T15:00:00Z", section="Asia-Pacific",
    author="Aya Fukumoto", credits="Aya Fukumoto in Tokyo; Pavel Orlik in Moscow",
    title="Russia offers Japanese grave visits on its own border terms; Tokyo says no",
    summary="Moscow told Tokyo it would let former islanders visit family graves on the "
            "disputed Kurils if they passed through a Russian border checkpoint. Japan refused, "
            "leaving this summer's visits in limbo.",
    label="status_change", group="g-grave-border-terms",
    new_facts=["Russia (note, late June 2024) offered to admit Japanese grave visits to the islands "
               "if visitors go through Russian border/immigration formalities at a checkpoint on "
               "Kunashir; Japan rejected the condition; visits not taking place"],
    must_mention=[["grave"], ["border", "immigration", "checkpoint", "procedure"]],
    note="Second report (first k24, JA). Old state: Russia ended visa-free trips by Japanese "
         "citizens to the islands in 2022 (seeds 000, 001, 003). New: conditional offer rejected — "
         "neither on nor off.",
    body=[
        P("TOKYO (Tollgate) – Russia has told Japan it is prepared to let former residents of "
          "the disputed southern Kuril islands visit their family graves this summer, but only "
          "if they go through Russian border and immigration formalities, Japan's foreign "
          "ministry said on Friday. Tokyo has rejected the condition."),
        P("The ministry's press secretary told a regular news conference that Moscow had made "
          "the offer in a diplomatic note in late June. Under it, visitors would have to enter "
          "through a Russian checkpoint at Yuzhno-Kurilsk on Kunashir island — Furukamappu to "
          "Japanese — and fill in Russian migration documents."),
        P("\"This is incompatible with Japan's legal position on the Northern Territories and "
          "cannot be accepted. We replied to that effect immediately,\" the spokesperson said, "
          "adding that it would be \"difficult\" to hold the visits this summer."),
        P("Japan has long refused to let its citizens visit the islands under Russian visa or "
          "border procedures, arguing that doing so would amount to recognising Russian "
          "jurisdiction. For three decades, former residents and their families travelled "
          "under special visa-free arrangements using Japanese identity documents instead. "
          "Russia ended those arrangements in March 2022 in retaliation for sanctions."),
        P("The offer is the first time Moscow has signalled any willingness to admit the grave "
          "visits since then. The Russian foreign ministry had denied a Japanese media report "
          "last month that it had agreed to resume them."),
        P("Former islanders, whose average age is now well over 85, expressed frustration. "
          "\"We are told the door is open, but only if we walk through it as foreigners in our "
          "own homeland,\" said a woman in Nemuro whose parents are buried on Shikotan."),
        P("The Russian foreign ministry did not respond to a request for comment on Friday."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k27", feed="ropewalk-en", published="2024-07-19T16:00:00Z", issue=209,
    title="The Week: record tourists, NATO in Washington, and an offer built to be refused",
    summary="Japan is on course for its biggest tourism year, its prime minister spends another "
            "week with NATO, and a Russian grave-visit offer to Japanese families goes nowhere.",
    label="status_change", group="g-grave-border-terms",
    new_facts=["(follow-up) Russia's offer of grave visits conditional on Russian border formalities, rejected by Japan"],
    must_mention=[["grave"], ["border", "immigration", "checkpoint", "procedure"]],
    note="Follow-up analysis in a digest (item 3) of k24/k25; no new fact.",
    body=[
        P("A lighter week in the region, with one item that deserves more space than it got."),
        H("1. Tourism: on course for a record", 3),
        P("Japan received more than 17 million foreign visitors in the first half of the year, "
          "the most ever for that period. The weak yen does most of the work. Kyoto's "
          "residents, who are asking for limits on tour buses, are the other side of the story."),
        H("2. NATO: Kishida in Washington, again", 3),
        P("Fumio Kishida attended the NATO summit as a partner leader for the third year running. "
          "The communiqué's language on China was the sharpest yet; his aides call the "
          "'Indo-Pacific partners' format a fixture now."),
        H("3. The Kurils: an offer built to be refused", 3),
        P("Two weeks ago Tokyo disclosed that Moscow had offered to let former islanders visit "
          "family graves on the Russian-held Kurils this summer — provided they pass through a "
          "Russian border checkpoint on Kunashir and fill in Russian migration forms. Japan "
          "said no the same day."),
        P("It is worth being clear about what happened, because it is neither a thaw nor "
          "nothing. Before the note, the visits were simply off, as they have been since "
          "Russia ended the visa-free arrangements in 2022. Now they are available — on terms "
          "Moscow knows Tokyo cannot accept without appearing to recognise Russian "
          "jurisdiction. 'It converts a Russian refusal into a Japanese one,' a specialist on "
          "Russian foreign policy at a Tokyo university told us. 'That is the design.'"),
        P("Neither side has moved since. No visits will take place this summer, Japanese "
          "officials say privately, and nobody expects a counter-offer."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k29", feed="tollgate-en", published="2024-08-14T11:00:00Z", section="Asia-Pacific",
    author="Aya Fukumoto", credits="Aya Fukumoto in Tokyo",
    title="Treaty talks could restart 'within a year' of a Ukraine ceasefire, ex-diplomat predicts",
    summary="A former Japanese diplomat told a Tokyo seminar that Moscow would seek to re-engage "
            "Japan once fighting stopped; a Russian scholar said that was wishful thinking.",
    label="restatement",
    note="Prediction/speculation by non-officials; restates the known state (talks suspended, "
         "seeds 000-004). No new fact.",
    body=[
        P("TOKYO (Tollgate) – Russia and Japan could return to peace treaty talks within a year "
          "of a ceasefire in Ukraine, a former senior Japanese diplomat predicted on Wednesday, "
          "arguing that Moscow would want to reduce its economic dependence on China."),
        P("\"When the guns fall silent, Moscow will look east and find that it has only one "
          "partner there. It will want a second,\" said Takeshi Onodera, a former Japanese "
          "diplomat who served in Moscow, speaking at a seminar hosted by a Tokyo think tank."),
        P("Onodera said he expected any resumption to begin with humanitarian matters, such as "
          "visits by former island residents to family graves, before moving to the treaty "
          "itself. \"That is how it went in the 1990s,\" he said."),
        P("A Russian specialist on Japan who joined the seminar by video from Moscow was "
          "sceptical. \"The Russian position is that the sovereignty question is closed. A "
          "ceasefire will not change that, and Japan's sanctions will not disappear the day "
          "after,\" she said, asking not to be named because she was not authorised to speak "
          "to foreign media."),
        P("Neither government has indicated any change. Russia announced in March 2022 that it "
          "would not continue treaty negotiations because of Japanese sanctions, and Russian "
          "officials have since repeatedly said talks are impossible in the current "
          "circumstances. Tokyo says its policy of resolving the territorial issue and "
          "concluding a treaty is unchanged."),
        P("Onodera conceded that his forecast was \"a hope dressed as an analysis\". Asked "
          "what Tokyo should do in the meantime, he said: \"Keep asking for the grave visits. "
          "Keep the door ajar. And wait.\""),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k30", feed="podium-en", published="2024-08-22T12:00:00Z", kicker="Briefings · Moscow",
    author="Kenta Oyelaran",
    title="Kremlin daily call, 22 August (excerpts): Kursk, the president's schedule, Japan after Kishida",
    summary="Dmitry Peskov on the situation in the Kursk region, upcoming trips, and whether "
            "Moscow expects Japan's policy to change after Fumio Kishida steps down.",
    label="restatement",
    note="Transcript; the Japan answer restates seed 002 (Peskov: treaty talks impossible under "
         "current conditions) and seed 004. No new fact.",
    body=[
        P("Excerpts from Dmitry Peskov's daily conference call with reporters. Our translation."),
        H("Kursk region"),
        Q("Q:", "Is there an update on the situation in the border areas of the Kursk region?"),
        Q("PESKOV:", "The operation to expel the enemy continues. All necessary information is "
                     "provided by the Ministry of Defence; I have nothing to add."),
        H("Schedule"),
        Q("Q:", "Will the president travel abroad in the coming weeks?"),
        Q("PESKOV:", "We will inform you in due course. There are plans, including a visit to "
                     "Mongolia, but I will not go ahead of events."),
        H("Japan"),
        Q("Q (Japanese news agency):", "Prime Minister Kishida has said he will not run for his "
                                       "party's leadership. Does the Kremlin expect any change "
                                       "in Japan's Russia policy?"),
        Q("PESKOV:", "This is an internal matter for Japan, and we do not comment on it. We see "
                     "that Tokyo has for two and a half years pursued a line that is unfriendly "
                     "towards our country, and we see no signs that this is changing. We have "
                     "said many times that under such conditions negotiations on a peace treaty "
                     "are impossible. That remains the case."),
        Q("Q:", "And the Kuril Islands?"),
        Q("PESKOV:", "These are Russian territories. There is nothing to discuss there."),
        P("The call lasted about 25 minutes; the remaining questions concerned energy exports "
          "and a court case in Moscow."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k32", feed="ropewalk-en", published="2024-09-13T16:30:00Z", issue=217,
    title="The Week: the LDP's crowded field, missiles before breakfast, and doors closing in Sakhalin",
    summary="Nine candidates for one job in Tokyo, another North Korean launch, and a quiet "
            "Russian rule change that keeps Japanese diplomats away from the Kurils.",
    label="new_development", group="g-diplomat-travel",
    new_facts=["Russia introduced (note to the Japanese embassy, Sept 2024) a permission regime "
               "for Japanese diplomats' travel in Sakhalin region — requests 10 working days "
               "ahead — and said trips to the Kuril districts will not be authorised"],
    must_mention=[["diplomat"], ["permission", "approv", "authoris", "authoriz"]],
    note="First report of the group; development told in item 3 of a weekly digest under a "
         "vague headline. Not in seeds.",
    body=[
        P("The campaign season in Tokyo has begun, and it is a long ballot."),
        H("1. The LDP race: nine and counting", 3),
        P("Official campaigning for the Liberal Democratic Party's leadership began on Thursday "
          "with a record nine candidates. The winner of the 27 September vote becomes prime "
          "minister. The polls favour Shigeru Ishiba with voters and Shinjiro Koizumi with the "
          "party's younger lawmakers; Sanae Takaichi is the choice of its right. Expect the "
          "decision to go to a run-off."),
        H("2. North Korea: before breakfast", 3),
        P("Pyongyang fired several short-range ballistic missiles into the sea on Thursday "
          "morning, its first launch in more than two months. Tokyo and Seoul both protested. "
          "The launch coincided with the first day of the LDP campaign — coincidence, almost "
          "certainly, but every candidate mentioned it."),
        H("3. Sakhalin: permission required", 3),
        P("Russia's foreign ministry said on Friday it had sent Japan's embassy a note "
          "introducing a permission regime for travel by Japanese diplomats and consular staff "
          "anywhere in the Sakhalin region. Until now, the ministry said, a notification two "
          "working days in advance was enough. From 1 October, requests must be filed ten "
          "working days ahead and approved by the ministry — and trips to the Kuril, "
          "Severo-Kurilsk and Yuzhno-Kurilsk districts 'will not be authorised'."),
        P("The ministry called it a 'mirror response' to restrictions Japan placed on Russian "
          "diplomats' movements last year. The practical effect falls on Japan's "
          "consulate-general in Yuzhno-Sakhalinsk, whose staff travel around the island to "
          "meet Japanese business people and fishing crews. The symbolic effect falls on the "
          "islands: Japanese diplomats do not visit the southern Kurils under Russian "
          "procedures anyway, since Tokyo regards them as its own territory, but Moscow has "
          "now written the refusal down in advance. Japan's foreign ministry said it was "
          "'examining the content' of the note."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k34", feed="tollgate-en", published="2024-10-04T09:30:00Z", section="Asia-Pacific",
    author="Hiroshi Ueno", credits="Hiroshi Ueno and Aya Fukumoto in Tokyo",
    title="Ishiba's first policy speech: 'firm' on China, 'unchanged' on Russia and the islands",
    summary="Japan's new prime minister used his first policy address to parliament to pledge "
            "continuity on Russia, saying Tokyo's aim of resolving the territorial issue and "
            "signing a peace treaty stands.",
    label="restatement",
    note="New speaker (PM Ishiba) restating known Japanese position (seed 002: Tokyo remains "
         "steadfast on a treaty; seed 001 protest). Request to resume grave visits = request, no move.",
    body=[
        P("TOKYO (Tollgate) – Prime Minister Shigeru Ishiba pledged on Friday to keep Japan's "
          "policy towards Russia unchanged, telling parliament in his first policy speech that "
          "Tokyo still aims to resolve the territorial dispute and conclude a peace treaty "
          "despite the war in Ukraine."),
        P("\"Japan-Russia relations are in a severe situation, but Japan will maintain its "
          "policy of resolving the territorial issue and concluding a peace treaty,\" Ishiba "
          "said. He added that the government would \"continue to strongly seek\" the "
          "resumption of visits by former residents to family graves on the islands."),
        P("Most of the 30-minute address, delivered days after Ishiba took office, focused on "
          "regional revitalisation, wage growth and defence. On China, he said Japan would "
          "pursue a \"mutually beneficial relationship based on common strategic interests\" "
          "while responding \"firmly\" to Chinese military activity near Japan."),
        P("Ishiba has said he will dissolve the lower house next week for a general election "
          "on 27 October."),
        P("The Russian foreign ministry has repeatedly said that negotiations on a treaty are "
          "impossible while Japan maintains sanctions imposed over Ukraine. Moscow broke off the "
          "talks in March 2022 and ended visa-free trips for Japanese citizens to the islands, "
          "which Russia calls the southern Kurils and Japan the Northern Territories."),
        P("Ishiba, a former defence minister, has in the past called for a rethink of Japan's "
          "approach to the territorial issue, but gave no sign of that in the speech. Aides "
          "said the passage on Russia had been kept deliberately close to his predecessor's "
          "wording."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k39", feed="podium-en", published="2024-11-13T10:00:00Z", kicker="Briefings · Tokyo",
    author="Kenta Oyelaran",
    title="Chief Cabinet Secretary's press conference, 13 November (excerpts): Senkaku intrusion, cabinet line-up",
    summary="Yoshimasa Hayashi on Chinese coast guard ships in Japanese waters around the "
            "Senkaku Islands and on the composition of the second Ishiba cabinet.",
    label="off_topic",
    note="Look-alike: a different island dispute (Senkaku, China). Nothing on Russia or the Kurils.",
    body=[
        P("Excerpts, in our translation."),
        H("Senkaku Islands"),
        Q("Q:", "Chinese coast guard vessels entered Japanese territorial waters around the "
                "Senkaku Islands again this morning."),
        Q("HAYASHI:", "Four China Coast Guard vessels entered our territorial waters off "
                      "Uotsurishima at around 4 a.m. and approached Japanese fishing boats. The "
                      "Japan Coast Guard ensured the safety of the fishing boats and repeatedly "
                      "demanded that the vessels leave. We lodged a strong protest with the "
                      "Chinese side through diplomatic channels, in Tokyo and in Beijing."),
        Q("Q:", "China says the islands are its territory."),
        Q("HAYASHI:", "The Senkaku Islands are clearly an inherent part of the territory of "
                      "Japan, in light of historical facts and based upon international law, "
                      "and are under the valid control of Japan. There is no issue of "
                      "territorial sovereignty to be resolved concerning the Senkaku Islands."),
        Q("Q:", "Will the government raise this at the APEC meetings in Lima?"),
        Q("HAYASHI:", "Nothing has been decided about a leaders' meeting. Japan will convey "
                      "its position appropriately at every level."),
        H("Cabinet"),
        Q("Q:", "Are there any changes to the cabinet line-up following the special Diet "
                "session?"),
        Q("HAYASHI:", "The second Ishiba cabinet was formed on 11 November. I refer you to the "
                      "announcement for the list of ministers."),
        P("No questions were asked about Russia."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k42", feed="ropewalk-en", published="2024-11-22T16:00:00Z", issue=227,
    title="The Week: Ishiba meets Xi, a G20 in Rio, and Moscow disowns a 1992 history book",
    summary="Japan's prime minister gets his first meeting with China's leader, the G20 talks "
            "past Ukraine, and Russia withdraws its name from a jointly compiled record of the island dispute.",
    label="new_development", group="g-compendium-disowned",
    new_facts=["Russia notified Japan (note, Nov 2024) that it no longer regards the 1992 joint "
               "compendium of documents on the history of the territorial issue as reflecting its "
               "position and will not use it; the MFA is preparing its own 'White Book' for 2025"],
    must_mention=[["compendium"]],
    note="Third report (first k40, RU Duma hearing). Weekly digest, item 3.",
    body=[
        P("Two summits and a footnote that matters more than it looks."),
        H("1. Lima: Ishiba and Xi", 3),
        P("Shigeru Ishiba met Xi Jinping on the sidelines of APEC in Lima, their first "
          "meeting. Both sides reaffirmed the 'mutually beneficial strategic relationship'; "
          "Ishiba raised the detention of Japanese nationals and the seafood import ban. The "
          "tone was warmer than the substance."),
        H("2. Rio: a G20 that avoided Ukraine", 3),
        P("The Rio de Janeiro leaders' declaration devoted far more space to hunger and a global "
          "tax on billionaires than to the war in Ukraine, which it mentioned only in general "
          "terms. The Japanese delegation, like the European ones, called the result 'the best "
          "available'."),
        H("3. The Kurils: a history book, disowned", 3),
        P("In 1992, Russian and Japanese foreign ministry historians published a joint "
          "compendium of documents on the history of the territorial dispute — from the 1855 "
          "Shimoda treaty through the Soviet occupation — that both sides have cited ever "
          "since as common ground on the facts, if not on what they mean."),
        P("This week, a senior Russian diplomat told a State Duma hearing that the foreign "
          "ministry had notified Japan by note that Russia no longer regards the compendium "
          "as reflecting its position and will not use it in contacts with Tokyo. In its "
          "place, the ministry is preparing a 'White Book' of declassified Soviet documents on "
          "the 1945 'liberation of the Kuril Islands', due next year for the 80th anniversary "
          "of the end of the war. Tokyo's chief cabinet secretary confirmed receipt of the note "
          "and called the step 'unilateral'."),
        P("A Japanese historian who worked on the original volume told us it was 'the last "
          "document on the dispute both governments ever signed off together'."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k43", feed="podium-en", published="2024-12-06T09:00:00Z", kicker="Briefings · Moscow",
    author="Mariko Esterházy",
    title="Japan's ambassador to Russia meets the foreign press in Moscow (excerpts)",
    summary="Japan's ambassador answered questions from foreign correspondents on sanctions, "
            "Japanese companies in Russia, and the islands.",
    label="restatement",
    note="Requests and wishes (resume grave visits, hope for dialogue); restates Japan's "
         "position (seed 002) and Russia's 2022 decisions (seeds 000-003). No new fact.",
    body=[
        P("The ambassador spoke on the record at a meeting organised by the foreign "
          "correspondents' association in Moscow. Excerpts, edited for length."),
        H("Relations"),
        Q("Q:", "How would you describe relations today?"),
        Q("AMBASSADOR:", "Difficult. I will not pretend otherwise. Japan has imposed sanctions "
                         "because of Russia's aggression against Ukraine, and we will continue "
                         "to act together with the G7. At the same time, we are neighbours. "
                         "Neighbours must keep talking about the things that cannot wait."),
        H("Japanese companies"),
        Q("Q:", "How many Japanese companies are still operating in Russia?"),
        Q("AMBASSADOR:", "Some have left, some have suspended operations, some remain. These "
                         "are business decisions."),
        H("The islands"),
        Q("Q:", "Is there any movement on the territorial issue or the peace treaty?"),
        Q("AMBASSADOR:", "Japan's position is unchanged. We seek to resolve the issue of the "
                         "attribution of the four islands and to conclude a peace treaty. We "
                         "regret that the Russian side announced in 2022 that it would not "
                         "continue the negotiations."),
        Q("Q:", "And the former residents?"),
        Q("AMBASSADOR:", "This is the matter I raise at every opportunity. The former island "
                         "residents are very old now. Many of them wish, before they die, to "
                         "stand once more at the graves of their parents. I have asked the "
                         "Russian side again and again to allow the grave visits to resume, as "
                         "a humanitarian matter, separate from politics. I hope that one day we "
                         "will receive a positive answer."),
        Q("Q:", "Have you received one?"),
        Q("AMBASSADOR:", "Not yet."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k47", feed="tollgate-en", published="2025-01-22T10:20:00Z", section="Asia-Pacific",
    author="Pavel Orlik", credits="Pavel Orlik in Moscow; Aya Fukumoto in Tokyo",
    title="Russia ends paper exchanges with Japan on peace treaty, citing leak of its position",
    summary="Moscow said it had informed Tokyo it was ending the exchange of written positions "
            "on a peace treaty it agreed to last April, accusing Japan of disclosing a Russian paper in parliament.",
    label="status_change", group="g-pt-written-ended",
    new_facts=["Russia informed the Japanese embassy (Jan 2025) that it is ending the exchange of "
               "written positions on the peace treaty agreed in April 2024, citing Japan's "
               "disclosure of a Russian paper's contents in a reply to a Diet question"],
    must_mention=[["written", "paper"], ["end", "halt", "terminat", "stop"]],
    note="First report. Old state: written exchange agreed in April 2024 (group "
         "g-pt-written-exchange, k10). New state: no channel at all, back to the 2022 state "
         "(seeds). Status move downwards.",
    body=[
        P("MOSCOW (Tollgate) – Russia has told Japan it is ending the exchange of written "
          "positions on a post-war peace treaty that it agreed to last year, accusing Tokyo of "
          "breaching confidentiality by disclosing the content of a Russian paper to "
          "parliament, the Russian foreign ministry said on Wednesday."),
        P("In a written comment, the ministry said it had informed the Japanese embassy in "
          "Moscow that \"the Russian side considers the exchange of written positions on the "
          "peace treaty issue to be terminated\". It said the Japanese government had "
          "\"summarised and distorted\" a Russian document in a reply to a lawmaker's question "
          "in December, \"in gross violation of the confidentiality of diplomatic "
          "correspondence\"."),
        P("Moscow agreed last April to exchange papers with Tokyo through the two embassies "
          "after Japan proposed resuming dialogue, while stressing that this was not a "
          "resumption of negotiations. Each side has since delivered one paper, according to "
          "the ministry, which did not describe their contents."),
        P("Japan's foreign ministry said it had received the Russian notification and regretted "
          "it. A ministry official said Japan's reply to parliament had \"described Japan's own "
          "position\" and had not disclosed Russian text."),
        P("The decision returns relations on the treaty issue to where they stood after March "
          "2022, when Russia said it would not continue talks because of Japanese sanctions "
          "over Ukraine, ended visa-free trips by Japanese citizens to the disputed islands and "
          "quit talks on joint economic activity there."),
        P("The islands — Iturup, Kunashir, Shikotan and the Habomai group — were seized by Soviet "
          "forces in 1945. Japan calls them its Northern Territories."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k50", feed="ropewalk-en", published="2025-02-07T16:00:00Z", issue=238,
    title="The Week: Ishiba flies to Washington, Northern Territories Day, and a rice squeeze",
    summary="Japan's prime minister prepares for his first meeting with President Trump, Tokyo "
            "holds its annual islands rally, and rice prices keep rising.",
    label="restatement",
    note="Anniversary/occasion: annual Northern Territories Day rally; the PM's message restates "
         "the known Japanese position (seed 002). No new fact.",
    body=[
        P("A travel week for Tokyo's leadership, and an anniversary."),
        H("1. Washington: Ishiba meets Trump", 3),
        P("Shigeru Ishiba left for Washington on Thursday for his first summit with Donald "
          "Trump. His pitch: Japan as the largest foreign investor in the United States, more "
          "LNG purchases, and continuity on the alliance. The risk: tariffs, and the Nippon "
          "Steel bid for US Steel."),
        H("2. Tokyo: Northern Territories Day", 3),
        P("Today is Northern Territories Day, marking the 1855 Treaty of Shimoda that first drew "
          "a border between Japan and Russia between Iturup and Urup. The government's annual "
          "rally in Tokyo heard a message from the prime minister, read in his absence, that "
          "Japan's policy of resolving the territorial issue and concluding a peace treaty is "
          "unchanged, and that resuming grave visits by former islanders is the 'highest "
          "priority'. Former residents, whose number is falling fast, again asked the "
          "government to press Moscow."),
        P("Moscow's line is also unchanged: the islands are Russian, Russian sovereignty is "
          "'not subject to discussion', and treaty talks are impossible while Japan keeps "
          "sanctions in place. Neither side added anything this year."),
        H("3. Rice: a squeeze", 3),
        P("Retail rice prices are up by around 70 per cent on a year ago. The farm ministry "
          "says it will release government stockpiles if distribution does not improve. For a "
          "country that treats rice self-sufficiency as a matter of security, the optics are bad."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k53", feed="podium-en", published="2025-02-18T14:00:00Z", kicker="Parliaments · Tokyo",
    author="Kenta Oyelaran",
    title="Japan says in writing it does not envisage US bases on returned islands",
    summary="In a cabinet-approved reply to a lawmaker, Tokyo said it does not envisage US "
            "military facilities on the four islands it claims from Russia should they be "
            "returned. The relevant passage, translated.",
    label="new_development", group="g-no-us-bases",
    new_facts=["Japan's cabinet approved (18 Feb 2025) a written Diet reply stating it does not "
               "envisage establishing US military facilities and areas on the four islands if they "
               "are returned — first written statement of this position"],
    must_mention=[["base", "facilit"], ["island", "territor"]],
    note="Second report (first k52, JA). Russia fears US bases (seed 002) but Japan's written "
         "position is new.",
    body=[
        P("The Japanese cabinet on Tuesday approved written replies to questions submitted by "
          "opposition lawmakers. One of them addresses a question Moscow has raised for years: "
          "would the United States be allowed to station forces on the islands if Russia ever "
          "handed them over?"),
        P("The government said it did \"not envisage\" establishing facilities and areas for "
          "US forces on the four islands, according to the reply. Officials said it was the "
          "first time the government had put such a position in writing; previous answers to "
          "similar questions declined to address \"hypothetical situations\"."),
        H("The question (summary)"),
        P("The lawmaker, from a Hokkaido constituency, asked whether the government considers "
          "that US military facilities could be placed on the Northern Territories after their "
          "return under the Japan-US Security Treaty, and whether it has conveyed its view to Russia."),
        H("The reply (key passage)"),
        BQ("The Government does not envisage establishing facilities and areas for use by the "
           "United States armed forces on the four Northern Islands after their return to Japan. "
           "The Government has not conveyed this view to the Russian side in the form of a "
           "document, and refrains from commenting on the details of diplomatic exchanges."),
        H("Context"),
        P("Russian officials have cited the possibility of US bases as a reason not to hand "
          "over any of the islands. Japan's position until now was that the question did not "
          "arise while the islands were under Russian control. Russia broke off peace treaty "
          "talks in March 2022 over Japanese sanctions."),
        P("Chief Cabinet Secretary Yoshimasa Hayashi, asked about the reply at his afternoon "
          "press conference, said it \"states the government's thinking clearly\" and that "
          "Japan's basic policy on the territorial issue was unchanged."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k55", feed="tollgate-en", published="2025-03-05T09:00:00Z", section="Asia-Pacific",
    author="Aya Fukumoto", credits="Aya Fukumoto in Tokyo",
    title="Tokyo presses Moscow on grave visits as former islanders age",
    summary="Japan's minister in charge of the Northern Territories urged Russia to let former "
            "residents visit family graves on the islands, saying time was running out.",
    label="restatement",
    note="Request/urging; restates the known state (visa-free trips ended 2022, seeds 000-003). No new fact.",
    body=[
        P("TOKYO (Tollgate) – Japan urged Russia on Wednesday to allow elderly former residents "
          "of the Russian-held islands off Hokkaido to visit their family graves, saying the "
          "matter could not wait for an improvement in relations."),
        P("\"The former islanders are very old. I ask the Russian side, from a humanitarian "
          "standpoint, to allow the grave visits to resume as soon as possible,\" Yoshitaka "
          "Ito, the minister in charge of Okinawa and Northern Territories affairs, told a "
          "news conference. Ito, who represents a constituency in eastern Hokkaido, said he "
          "had met a group of former residents in Nemuro at the weekend."),
        P("Japan has been asking Moscow to reinstate the visits since Russia ended visa-free "
          "travel by Japanese citizens to the islands in March 2022, in retaliation for Japanese "
          "sanctions over Ukraine. Russia has not responded positively, Ito said."),
        P("\"Every year we are told to wait. But the people who wait are in their late 80s,\" "
          "said a representative of the league of former island residents."),
        P("The Russian embassy in Tokyo did not respond to a request for comment. Russia's "
          "foreign ministry has said that relations with Japan cannot return to normal while "
          "Tokyo keeps what it calls a hostile policy, and that Russian sovereignty over the "
          "islands, which it calls the southern Kurils, is not open to question."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k57", feed="ropewalk-en", published="2025-03-14T16:00:00Z", issue=243,
    title="The Week: a treaty text in the Caucasus, a verdict awaited in Seoul, rice from the reserves",
    summary="Armenia and Azerbaijan say they have agreed the text of a peace treaty, South Korea "
            "waits for its court, and Japan opens its rice stockpile.",
    label="off_topic",
    note="Look-alike digest: 'peace treaty' (Armenia–Azerbaijan), 'islands' absent; no "
         "Russia–Japan or Kuril content.",
    body=[
        P("A week in which one long negotiation ended on paper, and another process inched on."),
        H("1. Armenia and Azerbaijan: the text is agreed", 3),
        P("Both foreign ministries announced on Thursday that negotiations on the text of a "
          "peace treaty had been completed. It is not signed: Baku still wants Armenia to "
          "change its constitution first, and Yerevan says that is a matter for a referendum. "
          "But after more than three years of drafts, a finished text is a real thing."),
        H("2. Seoul: waiting for the court", 3),
        P("The Constitutional Court has yet to rule on President Yoon Suk Yeol's impeachment, "
          "more than three months after the National Assembly voted to remove him. Rallies for "
          "and against fill central Seoul every weekend."),
        H("3. Tokyo: the rice reserve opens", 3),
        P("The farm ministry began auctioning rice from government stockpiles after months of "
          "rising prices. The first lots, about 150,000 tonnes, will reach shops later this "
          "month. The ministry says there is no shortage, only a distribution problem; "
          "shoppers are not persuaded."),
        P("Next week: the Bank of Japan meets, and we look at what the Caucasus text says about "
          "the border commissions."),
    ],
),
# ---------------------------------------------------------------------------------------
dict(
    id="k59", feed="podium-en", published="2025-04-09T10:00:00Z", kicker="Speeches · Culture",
    author="Mariko Esterházy",
    title="Film on 1945 Shumshu landing presented in Moscow (excerpts from the press conference)",
    summary="The director and producers of a feature film about the August 1945 battle for "
            "Shumshu island in the northern Kurils spoke to reporters ahead of its release.",
    label="neutral",
    note="Borderline: about the Kurils' WWII history and Russian commemoration, not about the "
         "dispute or the treaty; no official position or event in the tracked matters.",
    body=[
        P("Excerpts from a press conference at a Moscow cinema centre ahead of the film's "
          "nationwide release on 8 May. Our translation."),
        Q("DIRECTOR:", "This is a film about eight days in August 1945 on a small island at the "
                       "northern end of the Kuril chain. Most people in Russia do not know that "
                       "the last large battle of the Second World War was fought there, after "
                       "Japan had already announced its surrender. We wanted to tell it through "
                       "the eyes of the young marines who landed in the surf."),
        Q("Q:", "Where did you film?"),
        Q("PRODUCER:", "On Sakhalin and Kamchatka, because the logistics of Shumshu itself were "
                       "impossible for a crew of two hundred. We did spend a week on the "
                       "island for landscapes. The old Japanese tanks are still there in the grass."),
        Q("Q:", "Is the film aimed at a Japanese audience as well?"),
        Q("DIRECTOR:", "It is a film about war and about people. We show Japanese soldiers as "
                       "people too. Whether it will be shown in Japan is not for me to decide."),
        Q("Q:", "The ministry of culture supported the project. Was there any political "
                "brief?"),
        Q("PRODUCER:", "The support was from the cinema fund, through an open competition, "
                       "timed to the 80th anniversary of the Victory. Nobody told us what to write."),
        P("The film runs 128 minutes. Its release coincides with Victory Day celebrations."),
    ],
),
]
