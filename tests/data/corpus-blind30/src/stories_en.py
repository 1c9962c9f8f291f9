"""English-language stories of blind30 (25 articles)."""

STORIES = [
# ---------------------------------------------------------------------------------------
dict(
    id="k01", feed="cormorant-en", lang="en", published="2024-02-09T06:40:00Z",
    slug="japan-says-peace-treaty-goal-unchanged-2024-02-09",
    title="Japan says peace treaty goal unchanged after Moscow rules out talks",
    summary="Tokyo's chief government spokesman said Japan still aims to settle the territorial "
            "dispute and sign a peace treaty with Russia, a day after a Russian deputy foreign "
            "minister called a resumption of talks 'categorically impossible'.",
    label="restatement",
    note="Japanese reaction by a new speaker; restates 004 (Rudenko: resumption categorically "
         "impossible, condition of dropping hostile policy), 002 (Tokyo steadfast on a treaty) "
         "and 000/003 (talks halted, visa-free trips ended in March 2022). No new fact.",
    byline="Cormorant Tokyo bureau", section="Asia-Pacific",
    related=["Japan protests Russian 'occupation' remarks at UN debate",
             "Tokyo extends freeze on Russian central bank assets",
             "Hokkaido fishermen seek clarity on salmon quotas"],
    body=[
        "TOKYO, Feb 9 (Cormorant) - Japan's policy of resolving its territorial dispute with Russia "
        "and concluding a peace treaty has not changed, the government's top spokesman said on "
        "Friday, a day after a senior Russian diplomat described a resumption of treaty talks as "
        "\"categorically impossible\".",
        "\"The situation Japan-Russia relations are in today was brought about by Russia's "
        "aggression against Ukraine,\" the chief cabinet secretary told a regular news conference. "
        "\"Our basic policy of resolving the territorial issue and concluding a peace treaty remains "
        "the same.\"",
        "He declined to comment directly on remarks by Russian Deputy Foreign Minister Andrei "
        "Rudenko, who told the state news agency TASS that bilateral relations were at an "
        "\"unprecedented low\" and that there were, for now, \"no topics for a serious political "
        "discussion\" with Tokyo.",
        "Rudenko said the key condition for any normalisation was for Japan to abandon what he "
        "called its hostile policy toward Russia, rather than send \"ephemeral signals\".",
        "Moscow said in March 2022 that it did not intend to continue peace treaty negotiations "
        "with a country that had taken \"openly unfriendly positions\", citing the sanctions Japan "
        "imposed after Russian troops entered Ukraine. At the same time it ended visa-free trips by "
        "Japanese citizens to the southern Kurils and withdrew from a dialogue on joint economic "
        "activities on the islands.",
        "The four islands - Etorofu, Kunashiri, Shikotan and the Habomai islet group, called "
        "Iturup, Kunashir, Shikotan and Habomai in Russia - were seized by Soviet forces at the end "
        "of World War Two. The dispute has kept the two neighbours from signing a formal peace "
        "treaty, although a 1956 joint declaration ended the state of war and restored diplomatic "
        "ties.",
        "Asked whether Tokyo planned any contact with Moscow on the matter, the spokesman said only "
        "that Japan would \"respond appropriately\".",
        "(Reporting by Cormorant Tokyo bureau; Editing by Mark Hensley)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k04", feed="fedr-en", lang="en", published="2024-05-06T10:00:00Z",
    slug="china-coast-guard-senkaku-record-stretch",
    title="Chinese coast guard ships log record stretch near the Senkakus",
    summary="China Coast Guard vessels have sailed in the contiguous zone around the "
            "Japanese-administered Senkaku Islands for a record run of days, and Tokyo has "
            "protested after two ships entered territorial waters.",
    label="off_topic", kicker="Security", section="Security", byline="Aiko Brennan in Naha",
    note="Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China); the Kurils are only "
         "named in one background line.",
    related=["Okinawa governor presses Tokyo over Yonaguni missile plan",
             "Beijing and Manila trade accusations after shoal collision",
             "Explainer: what the contiguous zone is and why it matters"],
    body=[
        "Chinese coast guard vessels have now been spotted in the waters just outside Japan's "
        "territorial sea around the Senkaku Islands for a record number of consecutive days, "
        "according to Japan's 11th Regional Coast Guard Headquarters in Naha.",
        "Four China Coast Guard ships, one of them apparently armed with an autocannon, were "
        "sighted in the contiguous zone on Monday morning, extending a streak that began in "
        "December. On Saturday two of them spent almost six hours inside Japan's 12-nautical-mile "
        "territorial waters and approached a Japanese fishing boat, the coast guard said.",
        "Tokyo lodged a protest through diplomatic channels, a foreign ministry official said, "
        "calling the intrusion \"a violation of international law\". Beijing, which calls the "
        "uninhabited islands Diaoyu, rejected the protest and said its ships were conducting "
        "\"lawful patrols in China's own waters\".",
        "The East China Sea chain is administered by Japan, which says there is no territorial "
        "dispute to resolve. China and Taiwan both claim the islands.",
        "Analysts in Tokyo say the longer patrols reflect a gradual effort by Beijing to normalise "
        "its presence rather than a sudden escalation. \"It is salami slicing in slow motion,\" "
        "said a researcher at a Tokyo think tank who asked not to be named because of the "
        "sensitivity of the issue.",
        "Japan has separate, unresolved territorial questions with South Korea over Takeshima, "
        "known as Dokdo in Korea, and with Russia over four islands north-east of Hokkaido. But "
        "the Senkakus are the only place where government ships of another country routinely "
        "challenge Japanese control at sea.",
        "The Japan Coast Guard has added large patrol vessels to its Okinawa fleet in recent years "
        "and plans to station more in Ishigaki by 2027.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k05", feed="capstan-en", lang="en", published="2024-06-18T12:30:00Z",
    slug="japan-utilities-sakhalin-2-lng-extension", jsonld=False,
    title="Japanese utilities weigh Sakhalin-2 extensions as contracts near expiry",
    summary="Several Japanese power and gas companies are quietly preparing talks on extending "
            "LNG purchase contracts with the Russian Sakhalin-2 project, where supply deals start "
            "to expire later this decade.",
    label="off_topic", section="Energy", byline="Kenta Ruiz and Olga Hartmann",
    deck="Buyers want to keep a cheap, nearby source, but sanctions risk and political optics weigh",
    ticker="NIKKEI 225 &#9660;0.7% &nbsp; USD/JPY 157.8 &nbsp; BRENT $84.30 &nbsp; JKM LNG $12.4",
    note="Look-alike: unrelated Japan-Russia business news (LNG from Sakhalin); no Kuril or "
         "peace treaty content.",
    related=["JERA signs 20-year LNG deal with US exporter",
             "Mitsui keeps Arctic LNG 2 stake despite US sanctions",
             "Why Japan still buys Russian gas"],
    body=[
        "Japanese utilities that buy liquefied natural gas from the Sakhalin-2 project in Russia's "
        "Far East are preparing for talks on whether to extend contracts that begin to expire in "
        "2028, people familiar with the matter said, as they weigh supply security against "
        "sanctions and reputational risk.",
        "Sakhalin-2, in which Mitsui & Co and Mitsubishi Corp kept their minority stakes after "
        "Moscow transferred the project to a new Russian operator in 2022, supplies roughly "
        "one-tenth of Japan's LNG imports. Cargoes reach Japanese terminals in two to three days, "
        "compared with several weeks for shipments from the US Gulf Coast.",
        "\"Nobody wants to be seen signing a new 20-year deal with a Russian project right now, "
        "but nobody wants to give up those cargoes either,\" said one executive at a regional "
        "utility, who declined to be named because the discussions are private.",
        "Japan has not sanctioned Sakhalin-2 and Washington has issued licences allowing "
        "transactions related to the project. Tokyo considers the LNG important for energy "
        "security and has said it will not give up its interests in the project.",
        "Analysts at Harcourt Energy Research estimate that losing Sakhalin-2 volumes would add "
        "about 0.6 trillion yen a year to Japan's fuel import bill at current spot prices.",
        "Shares of Tokyo-listed gas utilities were little changed on Tuesday.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k08", feed="cormorant-en", lang="en", published="2024-10-04T07:45:00Z",
    slug="ishiba-russia-treaty-policy-speech",
    title="Ishiba: peace treaty talks with Russia not on the cards for now",
    summary="New Prime Minister Shigeru Ishiba told parliament Japan remained committed to "
            "resolving the territorial issue with Russia and concluding a peace treaty.",
    label="restatement",
    note="Negation in the headline only; the body restates Japan's known policy (002: Japan "
         "steadfast in seeking a treaty) and the 2022 halt (000). New speaker, no new fact.",
    byline="Cormorant Tokyo bureau", section="Asia-Pacific",
    related=["Ishiba calls snap election for Oct 27",
             "Japan's new foreign minister pledges continuity on China",
             "Factbox: Ishiba's cabinet line-up"],
    body=[
        "TOKYO, Oct 4 (Cormorant) - Japan remains committed to resolving the territorial issue "
        "with Russia and concluding a peace treaty, Prime Minister Shigeru Ishiba said on Friday "
        "in his first policy speech to parliament since taking office this week.",
        "\"Japan-Russia relations remain in a difficult situation, but Japan will maintain its "
        "policy of resolving the territorial issue and concluding a peace treaty,\" Ishiba told "
        "the lower house, in a passage on Russia that ran to just two sentences.",
        "The remarks follow the wording used by his predecessor Fumio Kishida, who had also pledged "
        "to keep the goal of a treaty even as relations sank over Russia's war in Ukraine.",
        "Ishiba, a former defence minister, devoted most of the foreign-policy section of his "
        "speech to the alliance with the United States, ties with South Korea and what he called "
        "the \"most severe and complex security environment since the end of the war\".",
        "Moscow announced in March 2022 that it would not continue negotiations on a peace treaty "
        "with Japan because of Tokyo's sanctions, and has repeatedly said since that talks are "
        "impossible under current conditions.",
        "Ishiba did not mention visa-free exchanges with the islands or visits by former "
        "residents to family graves, which Russia halted at the same time.",
        "(Reporting by Cormorant Tokyo bureau; Editing by Sandra Leigh)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k11", feed="fedr-en", lang="en", published="2024-11-20T04:10:00Z",
    slug="russia-foreign-ministry-office-kunashir-protest",
    title="Russia opens foreign ministry outpost on disputed Kunashir; Tokyo protests",
    summary="Russia's foreign ministry has opened a branch office in Yuzhno-Kurilsk on "
            "Kunashir, the first permanent diplomatic-service presence on the disputed islands. "
            "Japan said the move was unacceptable and lodged a protest.",
    label="new_development", group="g-mfa-yuzhno",
    new_facts=["Russia's foreign ministry opened a branch of its Yuzhno-Sakhalinsk office in "
               "Yuzhno-Kurilsk (Kunashir) on 19 November 2024; Japan protested"],
    must_mention=[["foreign ministry", "foreign-ministry"], ["kunashir", "yuzhno-kurilsk"]],
    kicker="Russia & Eurasia", section="Russia", byline="Staff reporter", readtime=3,
    note="Second report of the new office (first: k10, Russian) with Japan's protest added.",
    related=["Russia's Kuril tax haven: who has signed up so far",
             "Tokyo protests Russian election held on the islands",
             "Moscow names new ambassador to Japan"],
    comments=[("hokkaido_watcher", "2 hours ago", "Three staff in a town of 8,000 people. This is about flags, not consular work."),
              ("N. Petrov", "1 hour ago", "Investors need documents legalised somewhere. Makes practical sense.")],
    body=[
        "Russia's foreign ministry has opened an office in Yuzhno-Kurilsk, the main settlement on "
        "Kunashir, giving Moscow's diplomatic service a permanent presence on one of the four "
        "islands claimed by Japan for the first time.",
        "The branch, attached to the ministry's representative office in Yuzhno-Sakhalinsk, began "
        "work on Tuesday with a staff of three, according to the Sakhalin regional government. It "
        "will handle the legalisation of documents, help foreign investors registered under the "
        "islands' preferential tax regime and organise visits by foreign delegations.",
        "Japan's government said it had lodged a protest through diplomatic channels. \"The "
        "opening of such an office is incompatible with Japan's position on the Northern "
        "Territories and is unacceptable,\" the chief cabinet secretary told reporters in Tokyo "
        "on Wednesday.",
        "Moscow has stepped up efforts to draw investment to the Kurils since 2022, offering "
        "foreign companies lengthy exemptions from profit, property and land taxes. Japanese "
        "companies have stayed away, as Tokyo maintains that any economic activity on the islands "
        "must not prejudice its legal claim.",
        "Russia broke off peace treaty talks with Japan in March 2022 over Tokyo's sanctions, and "
        "at the same time ended visa-free travel by Japanese citizens to the islands and pulled "
        "out of talks on joint economic activities there.",
        "The Russian foreign ministry did not respond to a request for comment.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k13", feed="capstan-en", lang="en", published="2024-12-17T15:00:00Z",
    slug="armenia-azerbaijan-peace-treaty-text", jsonld=False,
    title="Baku and Yerevan inch toward peace treaty as border commission meets",
    summary="Armenia and Azerbaijan say most of a draft peace treaty has been agreed, though "
            "disputes over Armenia's constitution and transit routes still stand in the way of "
            "signing.",
    label="off_topic", section="Geopolitics", byline="Capstan Journal reporters",
    deck="Investors eye a Caucasus transit corridor, but the last articles are the hardest",
    ticker="NIKKEI 225 &#9650;0.2% &nbsp; USD/JPY 153.9 &nbsp; BRENT $73.40 &nbsp; JKM LNG $14.1",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan), no Russia-Japan content.",
    related=["Caspian pipeline volumes hit record",
             "Georgia's ports bet on the Middle Corridor",
             "Turkey and Armenia reopen border crossing for third-country nationals"],
    body=[
        "Armenia and Azerbaijan have agreed on most of the text of a peace treaty meant to end "
        "more than three decades of conflict, officials from both sides said on Tuesday, but "
        "the last outstanding clauses remain the most politically fraught.",
        "Azerbaijan's foreign ministry said 15 of the 17 articles of the draft had been settled. "
        "Baku continues to insist that Armenia amend its constitution, whose preamble it says "
        "contains a territorial claim, before any treaty is signed. Yerevan says that is a "
        "domestic matter.",
        "Border commissions from both countries met in the Armenian town of Ijevan on Monday to "
        "continue delimitation work, the latest of a dozen rounds this year.",
        "For investors, the prize is the reopening of transport links across the South Caucasus. "
        "A rail route through southern Armenia would connect mainland Azerbaijan with its "
        "Nakhchivan exclave and Turkey, shortening the so-called Middle Corridor between China "
        "and Europe.",
        "\"A signed treaty would take a risk premium off the whole region,\" said Lena Vartanian, "
        "an analyst at Kestrel Frontier Partners. \"But markets have priced in a deal several "
        "times already and been disappointed.\"",
        "Russia, which brokered the 2020 ceasefire, has seen its influence in the region decline. "
        "Russian peacekeepers left Nagorno-Karabakh this year.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k15", feed="tokachi-en", lang="en", published="2025-02-07T09:15:00Z",
    slug="northern-territories-day-rally-2025",
    title="Former islanders at Tokyo rally: 'Time is running out'",
    summary="At the annual Northern Territories Day rally, Prime Minister Ishiba repeated that "
            "Japan will seek to settle the territorial issue and sign a peace treaty with Russia.",
    label="restatement", byline="Tribune staff", weather="-6&deg;C, clear",
    tags=["northern-territories", "nemuro"],
    note="Anniversary/occasion piece (annual 7 February rally); the PM restates Japan's known "
         "policy (002); visits halted since 2022 (000, 001). No new fact.",
    related=["Nemuro marks Northern Territories Day with lantern walk",
             "Visa-free exchange ship Etopirika sits idle for third winter",
             "Former Shikotan resident, 94, shares memories with students"],
    body=[
        "About 800 people, among them former residents of the four Russian-held islands off "
        "eastern Hokkaido, gathered in Tokyo on Friday for the annual national rally demanding "
        "the islands' return, held every Feb. 7 on what Japan calls Northern Territories Day.",
        "Prime Minister Shigeru Ishiba told the gathering that Japan-Russia relations \"remain in "
        "a difficult situation\" because of Russia's invasion of Ukraine. \"Even so, the "
        "government will firmly maintain its policy of resolving the territorial issue and "
        "concluding a peace treaty,\" he said.",
        "He also said the government would keep urging Moscow to allow former islanders to visit "
        "family graves, calling it \"one of the most important issues\" in relations with Russia.",
        "Russia halted visa-free exchanges and visits by former residents in March 2022, after "
        "Japan joined Western sanctions, and at the same time said it would not continue peace "
        "treaty negotiations.",
        "A representative of the former residents from Nemuro, who was born on Shikotan in 1934, "
        "told the audience that fewer than 5,000 of the roughly 17,000 people who lived on the "
        "islands in 1945 were still alive. \"Time is running out for us. We only want to pray "
        "at our parents' graves before we die,\" he said.",
        "The rally, organised by a coalition of civic groups and the government, adopted a "
        "resolution calling for the return of the islands and the early resumption of "
        "exchanges.",
        "In Nemuro, the city closest to the islands, residents held a separate rally at the city "
        "gymnasium.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k19", feed="cormorant-en", lang="en", published="2025-03-28T13:20:00Z",
    slug="russia-summons-japan-envoy-textbooks",
    title="Russia summons Japanese envoy over textbooks calling Kurils 'occupied'",
    summary="Russia's foreign ministry summoned Japan's ambassador on Friday to protest against "
            "newly approved Japanese school textbooks that describe the southern Kuril Islands as "
            "illegally occupied by Russia.",
    label="new_development", group="g-textbook-summons",
    new_facts=["On 28 March 2025 Russia's foreign ministry summoned Japan's ambassador to protest "
               "against newly approved Japanese school textbooks calling the southern Kurils "
               "illegally occupied"],
    must_mention=[["summon"], ["textbook"]],
    byline="Cormorant Moscow bureau", section="Europe",
    note="First report of a new Russian diplomatic step (summons over textbooks); not in the "
         "seeds. The textbook approval itself (k18) is an annual restatement.",
    related=["Kremlin says no contacts with Tokyo at 'any level' on treaty",
             "Japan adds Russian shipping firms to sanctions list",
             "Russian court jails Japanese businessman's former aide"],
    body=[
        "MOSCOW, March 28 (Cormorant) - Russia's foreign ministry summoned Japan's ambassador on "
        "Friday to protest against newly approved Japanese school textbooks that describe the "
        "southern Kuril Islands as \"illegally occupied\" by Russia, the ministry said.",
        "The ambassador was told that Moscow regarded the textbooks as \"a continuation of the "
        "Japanese authorities' policy of instilling revanchist sentiments in the younger "
        "generation\", the ministry said in a statement. \"A resolute protest was made,\" it "
        "added.",
        "Japan's education ministry on Tuesday approved a batch of textbooks for senior high "
        "schools, to be used from April 2026. In line with government guidelines, geography and "
        "history books state that the islands, which Japan calls the Northern Territories, are "
        "an inherent part of Japan's territory illegally occupied by Russia.",
        "Japan's embassy in Moscow confirmed that the ambassador had met a director of the "
        "ministry's Second Asian Department and said he had \"explained Japan's consistent "
        "position\".",
        "Russia's foreign ministry has criticised past textbook approvals in statements, but "
        "diplomats in Moscow said a formal summons over the issue was unusual.",
        "Moscow broke off peace treaty negotiations with Tokyo in March 2022, citing Japanese "
        "sanctions imposed after Russia's invasion of Ukraine. Russia says its sovereignty over "
        "the islands, seized by Soviet troops in 1945, is beyond question.",
        "(Reporting by Cormorant Moscow bureau; Writing by Ian Forsyth; Editing by Helen Marr)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k21", feed="fedr-en", lang="en", published="2025-04-15T03:00:00Z",
    slug="former-islanders-appeal-grave-visits",
    title="Ageing former islanders urge Moscow to let them visit family graves",
    summary="A league of former residents of the Russian-held islands has appealed to Moscow to "
            "allow grave visits at least this summer, three years after Russia halted them.",
    label="restatement", kicker="Japan", section="Japan", byline="Aiko Brennan in Sapporo",
    readtime=3,
    note="Requested version of a move ('urged Moscow to allow'); nothing was allowed. Restates "
         "the 2022 termination of visits (000, 001, 003).",
    related=["Etopirika, the ship that once carried islanders home, to be refitted",
             "Nemuro's population falls below 22,000",
             "Opinion: Japan should not let the islands issue fade"],
    body=[
        "A league representing former residents of the four islands off eastern Hokkaido has "
        "urged Russia to let its members visit their family graves this summer, saying many of "
        "them will not live to see another chance.",
        "In an appeal adopted at a board meeting in Sapporo on Monday, the Chishima-Habomai "
        "Islands Residents League asked the Russian government to \"allow, even once, and even "
        "for a limited number of people\" visits to cemeteries on Kunashiri, Etorofu, Shikotan "
        "and the Habomai islets, and asked Japan's government to press Moscow harder.",
        "\"We are not asking for politics. We are asking to put flowers on our parents' graves,\" "
        "the league's deputy head told reporters after the meeting.",
        "Russia halted grave visits, visa-free exchanges and the so-called free visits by former "
        "residents in March 2022, when it also said it would not continue peace treaty "
        "negotiations because of Japan's sanctions. The visits had already been suspended in 2020 "
        "and 2021 due to the pandemic.",
        "The league says the average age of surviving former residents is now close to 89.",
        "Japan's foreign ministry said it had repeatedly asked Russia to resume the visits. The "
        "Russian embassy in Tokyo did not reply to a request for comment. Russian officials have "
        "said in the past that the exchanges cannot resume while Japan maintains what Moscow calls "
        "an unfriendly policy.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k22", feed="cormorant-en", lang="en", published="2025-05-13T08:00:00Z",
    slug="opposition-special-envoy-russia-proposal",
    title="Opposition chief floats special envoy to coax Moscow back to treaty talks",
    summary="The leader of Japan's largest opposition party proposed that the prime minister "
            "appoint a special envoy to explore restarting peace treaty talks with Russia; the "
            "government said it had no such plans.",
    label="restatement",
    note="Proposed version of a move (an opposition proposal, rejected by the government); the "
         "talks stay halted as in 000/004. No new fact.",
    byline="Cormorant Tokyo bureau", section="Asia-Pacific",
    related=["Japan's ruling bloc eyes upper house poll in July",
             "Tokyo, Seoul agree to expand defence exchanges",
             "Japan to keep Sakhalin-1 stake, trade minister says"],
    body=[
        "TOKYO, May 13 (Cormorant) - The head of Japan's largest opposition party proposed on "
        "Tuesday that the government appoint a special envoy to Russia to sound out whether peace "
        "treaty negotiations could eventually be restarted, an idea the government quickly "
        "brushed aside.",
        "\"If we simply wait, the former islanders will all be gone. An envoy could at least "
        "prepare the ground so that talks can resume when circumstances allow,\" the "
        "opposition leader said during a debate in the upper house budget committee.",
        "Responding, the chief cabinet secretary said later that the government was \"not "
        "considering\" such an appointment. \"Given Russia's continued aggression against "
        "Ukraine, it is not a situation in which we can talk about the prospects for "
        "negotiations,\" he said.",
        "Moscow halted the talks in March 2022, citing Japanese sanctions, and Russian officials "
        "have since repeatedly said that resuming them is impossible unless Tokyo abandons what "
        "they call its hostile course.",
        "Japan appointed special envoys to Russia in the past, including a former prime minister "
        "who carried messages to President Vladimir Putin. No such post has been filled since the "
        "invasion of Ukraine.",
        "(Reporting by Cormorant Tokyo bureau; Editing by Sandra Leigh)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k24", feed="capstan-en", lang="en", published="2025-06-10T14:00:00Z",
    slug="moscow-court-seizes-tosaka-bearing-russia-assets", jsonld=False,
    title="Moscow court freezes assets of Japanese bearing maker's Russian unit",
    summary="A Moscow arbitration court has frozen 1.2 billion roubles of assets belonging to "
            "the Russian subsidiary of Japan's Tosaka Bearing in a dispute over contracts broken "
            "off because of sanctions.",
    label="off_topic", section="Companies", byline="Olga Hartmann",
    deck="The case adds to a string of Russian claims against Western and Japanese firms that "
         "halted deliveries",
    ticker="NIKKEI 225 &#9650;0.9% &nbsp; USD/JPY 144.6 &nbsp; BRENT $66.80 &nbsp; JKM LNG $12.2",
    note="Look-alike: unrelated Japan-Russia business news (sanctions-related lawsuit); no Kuril "
         "or peace treaty content.",
    related=["Japanese carmakers' Russian plants: where are they now?",
             "Russia extends 'temporary management' decree to more foreign assets",
             "Tosaka Bearing cuts full-year forecast on weak China demand"],
    body=[
        "A Moscow arbitration court has frozen assets worth 1.2 billion roubles ($15 million) "
        "belonging to the Russian subsidiary of Japan's Tosaka Bearing, according to court "
        "filings, in a lawsuit brought by a former Russian distributor over deliveries halted "
        "because of sanctions.",
        "The distributor, Volga-Podshipnik, is seeking damages for lost profits after Tosaka "
        "stopped shipping industrial bearings in 2022. The court ordered the freeze of Tosaka "
        "Rus's bank accounts and its warehouse near Kaluga pending a ruling.",
        "Tosaka Bearing, based in Osaka, said in a statement that it had complied with Japanese "
        "export controls and would \"take appropriate legal steps\". It said the Russian unit "
        "accounted for less than 1% of group sales.",
        "Russian courts have handed down a series of rulings against foreign companies that left "
        "the market or stopped deliveries, using a 2020 law that allows cases involving "
        "sanctioned parties to be heard in Russia.",
        "Japan's trade ministry said it was aware of the case and in contact with the company.",
        "Tosaka shares fell 2.1% in Tokyo.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k26", feed="tokachi-en", lang="en", published="2025-07-09T06:30:00Z",
    slug="russia-allows-kushiro-research-ship-this-summer",
    title="Russia lets Kushiro research ship survey salmon off Kunashiri - this summer only",
    summary="Russia has agreed to let a Hokkaido fisheries research vessel carry out a salmon "
            "survey inside 12 nautical miles of Kunashiri and Shikotan this summer, as a one-off "
            "exception. Exchange programmes stay frozen.",
    label="new_development", group="g-chidori-survey",
    new_facts=["Russia agreed to let the Hokkaido research vessel Chidori Maru survey salmon "
               "migration within 12 nm of Kunashir and Shikotan from 20 July to 5 August 2025, "
               "as a one-time exception for this summer"],
    must_mention=[["research vessel", "research ship", "chidori maru"],
                  ["this summer", "one-off", "one-time", "exception"]],
    byline="Tribune staff", weather="21&deg;C, fog", tags=["northern-territories", "fisheries", "kushiro"],
    meta=False,
    note="Second report of a 'this summer only' permission (first: k25, Japanese); a state that "
         "is neither resumption nor halt.",
    related=["Salmon catches off eastern Hokkaido hit 40-year low",
             "Kushiro port welcomes first cruise ship of the season",
             "Warm seas push sardines north, confounding fishers"],
    body=[
        "A research vessel from Kushiro will be allowed to survey salmon and sea conditions inside "
        "the 12-nautical-mile zone around Kunashiri and Shikotan this summer, after Russia agreed "
        "to what both sides describe as a one-time exception, the Hokkaido government said "
        "Tuesday.",
        "The 199-ton Chidori Maru, operated by the prefecture's Kushiro Fisheries Research "
        "Institute, will carry out the survey from July 20 to Aug. 5, tracking the migration of "
        "chum and pink salmon and measuring water temperature and salinity. Researchers hope "
        "the data will help explain the collapse of salmon returns to eastern Hokkaido rivers "
        "in recent years.",
        "The arrangement was worked out between the two countries' foreign ministries in a way "
        "that \"does not prejudice the legal positions of either side\", a prefectural official "
        "said. Russian border guards will be notified of the ship's position daily.",
        "Russia's side made clear that the permission applies to this summer only, the official "
        "said. \"We would of course like to make this a regular survey, but nothing has been "
        "agreed beyond this year,\" he said.",
        "The official stressed that the step does not mean a restart of the visa-free exchanges "
        "or other programmes with the islands, which Russia ended in March 2022.",
        "Scientists from Japan and Russia had cooperated on salmon research in the area before "
        "the pandemic.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k29", feed="tokachi-en", lang="en", published="2025-08-14T07:20:00Z",
    slug="memorial-cruise-nosappu-former-islanders-2025",
    title="From a boat off Nosappu, former islanders pray toward homes they cannot reach",
    summary="About 40 former residents and relatives joined the annual memorial cruise off Cape "
            "Nosappu, praying toward the Habomai islets from Japanese waters.",
    label="restatement", byline="Tribune staff", weather="18&deg;C, drizzle",
    tags=["northern-territories", "nemuro"],
    note="Occasion piece (annual memorial cruise in Japanese waters) with wishes for visits; "
         "restates the 2022 halt of visits (000, 001). No new fact.",
    related=["Nemuro's Obon festival returns to the harbour",
             "Hanasaki crab season opens with small catches",
             "Students from Betsukai write letters to children on Shikotan"],
    body=[
        "NEMURO - The ship stopped about 3 kilometres off Cape Nosappu, at the edge of Japanese "
        "waters, and the passengers filed onto the deck with chrysanthemums in their hands.",
        "About 40 former residents of the Habomai islets and Shikotan and their children and "
        "grandchildren took part on Wednesday in the memorial cruise that Nemuro city and the "
        "former residents' league have organised each summer since grave visits stopped. Across "
        "the water, the low outline of Suisho Island, a Russian border post visible on it, lay "
        "just 7 kilometres away.",
        "\"I wish I could stand on that island one more time. Just once,\" said a 91-year-old "
        "woman who left Suisho as a girl in 1947, when Soviet authorities deported the Japanese "
        "population. She threw her flowers into the sea and bowed for a long time.",
        "Visits to family graves on the islands, which had been carried out under a 1986 "
        "arrangement, have not taken place since 2019. Russia ended visa-free exchanges and free "
        "visits by former residents in March 2022, and Japan's repeated requests to resume grave "
        "visits have gone unanswered.",
        "Nemuro's mayor, who also joined the cruise, said he hoped the day would come \"when we "
        "can make this trip with our feet on the ground, not from a boat\".",
        "Organisers said they plan to hold the cruise again next year.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k33", feed="capstan-en", lang="en", published="2025-09-20T09:00:00Z",
    slug="analysis-japan-next-leader-russia-thaw",
    title="Analysis: Could Japan's next leader thaw relations with Moscow?",
    summary="Candidates in the ruling party's leadership race have said little about Russia. "
            "Diplomats see no quick route back to peace treaty talks, but business lobbies hope "
            "for a gentler tone.",
    label="restatement", section="Geopolitics", byline="Kenta Ruiz",
    deck="A new prime minister could change the tone. Changing the substance is another matter",
    ticker="NIKKEI 225 &#9650;1.1% &nbsp; USD/JPY 147.9 &nbsp; BRENT $67.20 &nbsp; JKM LNG $11.1",
    note="Questioned/conditional version ('could', 'would', 'if'); restates 000, 002, 004 "
         "(talks halted, Moscow's condition). No new fact.",
    related=["LDP race: where the candidates stand on China",
             "Japan's LNG buyers hedge bets on Russia",
             "Yen slips as leadership race heats up"],
    body=[
        "Whoever wins the Liberal Democratic Party's leadership race next month will inherit a "
        "relationship with Russia that has been in deep freeze since 2022. Could a new prime "
        "minister change that?",
        "Few in Tokyo expect so. None of the candidates has made Russia a campaign theme, and all "
        "have endorsed the sanctions imposed in coordination with the Group of Seven.",
        "Moscow, for its part, has set a high bar. Russian officials have said repeatedly that "
        "peace treaty talks, which Russia broke off in March 2022, could be resumed only if Tokyo "
        "gave up what the Kremlin calls a hostile policy - in practice, the sanctions. "
        "\"Ephemeral signals\" would not be enough, a Russian deputy foreign minister said last "
        "year.",
        "<h2>Business hopes</h2>",
        "Some business groups with interests in the Russian Far East say a new leader could at "
        "least lower the temperature. \"Even a change in tone would help with practical issues - "
        "fisheries, energy, the graves,\" said an executive at a Hokkaido trading company.",
        "Diplomats caution that any contact would likely start with humanitarian matters such as "
        "visits by former residents to family graves rather than the territorial question itself. "
        "Would Moscow agree to that? \"It depends entirely on what Russia wants from Japan at "
        "that moment,\" said a former Japanese ambassador.",
        "<h2>What to watch</h2>",
        "Analysts say the first signal would be whether the new prime minister repeats the "
        "standard formula - resolve the territorial issue and conclude a peace treaty - or adds "
        "anything to it. For markets, the bigger question is what happens to Japan's purchases "
        "of Russian LNG.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k36", feed="cormorant-en", lang="en", published="2025-12-10T14:10:00Z",
    slug="japan-russia-agree-restart-peace-treaty-talks-baku",
    title="Japan, Russia agree to restart peace treaty talks frozen since 2022",
    summary="Japan and Russia have agreed to resume consultations on a peace treaty, which "
            "Moscow broke off in March 2022, after a meeting of senior diplomats in Baku; a "
            "first round is planned in Moscow in the first half of 2026.",
    label="status_change", group="g-baku-talks",
    new_facts=["Japan and Russia agreed in Baku on 9 December 2025 (deputy-minister level) to "
               "resume the peace treaty consultations Russia halted in March 2022; first round "
               "planned in Moscow in H1 2026"],
    must_mention=[["peace treaty"], ["resum", "restart"]],
    byline="Cormorant Tokyo and Moscow bureaus", section="Asia-Pacific",
    note="Third report of the Baku agreement (first: k34, Japanese; k35 Russian). Status: talks "
         "halted since March 2022 (000, 001, 004) -> agreed to resume.",
    related=["Factbox: Japan-Russia territorial dispute",
             "Kremlin says ties with Tokyo 'at a low', but contacts possible",
             "Japan's cabinet approves record defence budget request"],
    body=[
        "TOKYO/MOSCOW, Dec 10 (Cormorant) - Japan and Russia have agreed to restart talks on a "
        "peace treaty, more than three and a half years after Moscow broke them off over Tokyo's "
        "sanctions, officials on both sides said.",
        "The agreement was reached on Tuesday in the Azerbaijani capital Baku at a meeting between "
        "Japan's Deputy Minister for Foreign Affairs Masato Sugiura and Russian Deputy Foreign Minister "
        "Andrei Rudenko, Japan's foreign ministry said. A first round of consultations is "
        "planned to be held in Moscow in the first half of 2026.",
        "Russian foreign ministry spokeswoman Maria Zakharova confirmed on Wednesday that the two "
        "sides had \"agreed to resume consultations on peace treaty issues\", but warned against "
        "\"far-reaching conclusions\".",
        "Japan's chief cabinet secretary welcomed the step. \"Japan's position of resolving the "
        "territorial issue and concluding a peace treaty is unchanged, and we will pursue the "
        "talks on that basis,\" he told reporters.",
        "Russia said in March 2022 it would not continue the negotiations with a country taking "
        "\"openly unfriendly positions\", and as recently as last year a senior Russian diplomat "
        "called their resumption \"categorically impossible\". Neither side explained what had "
        "changed.",
        "The talks have been stuck for decades on the status of four islands off Hokkaido, seized "
        "by Soviet troops in 1945. Visa-free exchanges with the islands, which Russia also ended "
        "in 2022, were not part of the agreement, Japanese officials said.",
        "(Reporting by Cormorant Tokyo and Moscow bureaus; Editing by Helen Marr)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k38", feed="tokachi-en", lang="en", published="2026-01-22T21:30:00Z",
    slug="m6-8-quake-off-etorofu-tsunami-advisory",
    title="M6.8 quake off Etorofu prompts brief tsunami advisory for Nemuro coast",
    summary="A magnitude 6.8 earthquake off Etorofu shook eastern Hokkaido early Friday; a "
            "tsunami advisory for the Nemuro and Kushiro coasts was lifted after two hours.",
    label="neutral", byline="Tribune staff", weather="-12&deg;C, snow",
    tags=["earthquake", "nemuro", "kushiro"], meta=False,
    note="Borderline: a natural event near the islands (Russian and Japanese reports), no "
         "political development, no new state of any tracked matter.",
    related=["How prepared is eastern Hokkaido for a megaquake?",
             "Drift ice arrives early off Abashiri",
             "Nemuro fire brigade gets new rescue boat"],
    body=[
        "A magnitude 6.8 earthquake struck off Etorofu Island early Friday, shaking eastern "
        "Hokkaido and prompting a tsunami advisory for the Pacific coast from Nemuro to Kushiro "
        "that was lifted about two hours later.",
        "The Japan Meteorological Agency said the quake hit at 3:21 a.m. at a depth of about 50 "
        "kilometres. It registered a lower 4 on Japan's seismic intensity scale in Nemuro and "
        "Betsukai. Waves of 20 centimetres were observed at Hanasaki port.",
        "No injuries or damage were reported in Hokkaido, city officials said. About 300 "
        "residents of coastal districts in Nemuro went to evacuation centres in freezing "
        "temperatures before the advisory was lifted.",
        "Russian emergencies officials on Sakhalin said there was no significant damage on the "
        "islands, although some houses in Kurilsk on Etorofu lost power for several hours, "
        "according to Russian media.",
        "The Kuril Trench, which runs along the islands and eastern Hokkaido, is one of Japan's "
        "most seismically active zones. The government estimates that a magnitude 9 quake there "
        "could produce tsunami of more than 20 metres.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k40", feed="fedr-en", lang="en", published="2026-02-26T05:00:00Z",
    slug="scarborough-shoal-standoff-february",
    title="Manila accuses Beijing of blocking fishermen at Scarborough Shoal",
    summary="The Philippine coast guard says Chinese vessels used water cannon to drive "
            "Filipino fishing boats from Scarborough Shoal; Japan voiced concern.",
    label="off_topic", kicker="South China Sea", section="Security",
    byline="Marisol Quintero in Manila", readtime=3,
    note="Look-alike: another island/maritime dispute (South China Sea); Japan only comments.",
    related=["Japan and the Philippines hold first joint air drills",
             "Vietnam expands island-building in the Spratlys",
             "China rejects ASEAN code of conduct timetable"],
    body=[
        "The Philippine coast guard accused Chinese vessels on Thursday of firing water cannon at "
        "Filipino fishing boats near Scarborough Shoal, the latest in a string of confrontations "
        "at the disputed South China Sea feature.",
        "Two China Coast Guard ships and several maritime militia boats surrounded five Filipino "
        "fishing boats about 12 nautical miles from the shoal and blasted two of them, injuring "
        "one fisherman, a Philippine coast guard spokesman said.",
        "China's coast guard said it had \"expelled\" Philippine vessels that had \"illegally "
        "intruded\" into waters around Huangyan Island, as Beijing calls the shoal, and that its "
        "actions were \"professional and restrained\".",
        "Japan's foreign ministry said it was \"seriously concerned\" and opposed \"any unilateral "
        "attempt to change the status quo by force or coercion\". The United States also "
        "criticised Beijing's actions.",
        "An international tribunal ruled in 2016 that China's sweeping claims in the South China "
        "Sea had no legal basis, a decision Beijing rejects.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k41", feed="capstan-en", lang="en", published="2026-03-12T08:00:00Z",
    slug="kuril-tax-regime-investment-figures",
    title="Kuril tax haven draws Russian and Chinese money - but no Japanese",
    summary="Sakhalin officials say 41 companies had registered under the Kuril Islands' "
            "preferential tax regime by the end of 2025, with planned investment of 23 billion "
            "roubles.",
    label="neutral", section="Asia", byline="Olga Hartmann",
    deck="Four years on, the scheme's results are modest, and the investors mostly local",
    ticker="NIKKEI 225 &#9660;0.3% &nbsp; USD/JPY 149.4 &nbsp; BRENT $71.60 &nbsp; JKM LNG $10.8",
    note="Borderline: new statistics on the islands' tax regime (Sakhalin ministry figures); no "
         "event, decision or change of any tracked matter.",
    related=["Sakhalin-2 cargoes to Japan rise in January",
             "Russia's Far East ports: China trade surges",
             "Fishing firms dominate Kuril investment"],
    body=[
        "Forty-one companies had registered as residents of the Kuril Islands' preferential tax "
        "regime by the end of 2025, with planned investment totalling 23 billion roubles ($260 "
        "million), according to figures from the Sakhalin region's economic development "
        "ministry.",
        "The regime, in force since 2023, exempts resident companies from profit, property and "
        "land taxes for 20 years and cuts social insurance contributions. It was promoted by "
        "Moscow as a way to attract foreign - including Japanese - capital to the islands.",
        "In practice most residents are Russian fish processors and builders. Two companies "
        "registered in China and one with Hong Kong shareholders are among them, the ministry "
        "said. No Japanese company has applied; Tokyo has made clear that business on the "
        "islands under Russian law would be incompatible with its legal position.",
        "The largest projects are a fish-processing plant on Iturup and a hotel complex in "
        "Yuzhno-Kurilsk. Roughly 900 jobs have been created, the ministry said.",
        "\"It's a fishing economy with a tax discount,\" said an analyst in Vladivostok who "
        "follows the region. \"The ambition of turning the islands into a hub for Asian "
        "investors has not materialised.\"",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k43", feed="fedr-en", lang="en", published="2026-04-16T13:30:00Z",
    slug="moscow-suspends-revived-treaty-talks-lng-sanctions",
    title="Moscow puts revived peace treaty talks with Tokyo on ice over LNG sanctions",
    summary="Russia has suspended the peace treaty consultations with Japan that the two sides "
            "agreed in December to resume, and cancelled the first round planned for May, in "
            "retaliation for new Japanese sanctions.",
    label="status_change", group="g-talks-suspended",
    new_facts=["On 16 April 2026 Russia suspended the peace treaty consultations agreed in Baku "
               "in December 2025 and cancelled the May round in Moscow, citing Japan's 14 April "
               "sanctions package (ban on new Russian LNG contracts)"],
    must_mention=[["peace treaty", "treaty talks"], ["suspend", "on ice", "halt", "freez"]],
    kicker="Russia & Eurasia", section="Russia", byline="Staff reporter", readtime=4,
    note="Second report of the suspension (first: k42, Russian). Status: consultations agreed to "
         "resume (k34 group) -> suspended; a fresh halt, not the 2022 one.",
    related=["Japan bans new contracts for Russian LNG",
             "What the Baku deal did - and didn't - change",
             "Sakhalin-2 buyers scramble for alternatives"],
    comments=[("tanuki_77", "40 minutes ago", "Four months. That must be some kind of record."),
              ("Hal V.", "12 minutes ago", "Tokyo knew exactly what would happen when it signed off on the LNG ban.")],
    body=[
        "Russia has suspended the peace treaty consultations with Japan that the two countries "
        "agreed only in December to revive, blaming a new package of Japanese sanctions that "
        "includes a ban on new contracts for Russian liquefied natural gas.",
        "In a statement on Thursday, Russia's foreign ministry said that \"in the current "
        "circumstances\" the Russian side was suspending the consultations on peace treaty "
        "issues and that a round planned for May in Moscow would not take place.",
        "The two countries' deputy foreign ministers agreed in Baku on December 9 to resume the "
        "consultations, which Moscow had broken off in March 2022. That agreement raised modest "
        "hopes in Japan of progress on humanitarian issues such as grave visits, even if few "
        "expected movement on the territorial question.",
        "Japan's cabinet approved its latest sanctions on Tuesday, barring new long-term contracts "
        "for Russian LNG and adding dozens of companies and individuals to its asset-freeze list. "
        "Existing Sakhalin-2 contracts are not affected.",
        "The ministry said responsibility for the decision lay \"entirely with Tokyo\", which it "
        "accused of choosing \"an anti-Russian course\" over good-neighbourly relations.",
        "Japan's government had no immediate comment. A foreign ministry official in Tokyo said "
        "Japan had been informed through diplomatic channels.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k45", feed="cormorant-en", lang="en", published="2026-04-24T07:00:00Z",
    slug="japan-urges-russia-reconsider-treaty-talks-freeze",
    title="Japan urges Russia to reconsider freeze on peace treaty talks",
    summary="Japan's foreign minister called on Russia to reconsider its suspension of peace "
            "treaty consultations, saying Tokyo remained ready to talk; Moscow gave no sign of "
            "changing course.",
    label="status_change", group="g-talks-suspended",
    new_facts=["Russia suspended the peace treaty consultations agreed in Baku (April 2026)"],
    must_mention=[["treaty"], ["suspen", "freeze", "halt"]],
    byline="Cormorant Tokyo bureau", section="Asia-Pacific",
    note="Follow-up eight days later with no new fact: Japanese request to reconsider the "
         "suspension reported in k42/k43/k44. In the group.",
    related=["Japan's LNG importers seek extra cargoes from Australia",
             "Russia expels Japanese diplomat in tit-for-tat move",
             "Tokyo protests Russian drills near Hokkaido"],
    body=[
        "TOKYO, April 24 (Cormorant) - Japan's foreign minister on Friday urged Russia to "
        "reconsider its decision to suspend peace treaty consultations, saying Tokyo was still "
        "prepared to hold the talks that the two sides agreed in December to resume.",
        "\"It is extremely regrettable that the Russian side has unilaterally announced the "
        "suspension. We call on Russia to reconsider,\" the minister told a regular news "
        "conference. He said Japan's policy of resolving the territorial issue and concluding a "
        "peace treaty had not changed.",
        "Russia's foreign ministry said on April 16 that it was suspending the consultations and "
        "cancelling a round planned for May in Moscow, in response to new Japanese sanctions "
        "including a ban on new contracts for Russian LNG.",
        "Asked whether Tokyo would reconsider the sanctions, the minister said they were "
        "\"necessary measures\" taken with Group of Seven partners and would not be revisited.",
        "There was no fresh comment from Moscow on Friday.",
        "(Reporting by Cormorant Tokyo bureau; Editing by Sandra Leigh)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k46", feed="tokachi-en", lang="en", published="2026-05-12T04:00:00Z",
    slug="chishima-zakura-kuril-cherry-nemuro-bloom",
    title="Japan's last cherry blossoms: Kuril cherries bloom in Nemuro",
    summary="The Chishima-zakura, or Kuril cherry, trees at a Nemuro temple reached full bloom "
            "on Monday, marking the end of Japan's cherry blossom season.",
    label="off_topic", byline="Tribune staff", weather="9&deg;C, sunny",
    tags=["nemuro", "travel", "sakura"],
    note="Look-alike: a thing named after the Kurils (Chishima-zakura, the Kuril cherry) in "
         "Nemuro; no political content.",
    related=["Where to see drift ice next winter",
             "Nemuro's crab festival returns in September",
             "Hokkaido tourism rebounds to pre-pandemic levels"],
    body=[
        "The Chishima-zakura - the Kuril cherry - at Seiryuji temple in Nemuro reached full bloom "
        "on Monday, the Japan Meteorological Agency's local office said, traditionally marking "
        "the end of the cherry blossom season that began in Okinawa in January.",
        "The small, hardy trees, a variety of cherry that grows on the Kuril Islands and in "
        "eastern Hokkaido, produce pale pink flowers on short branches, close to the ground. The "
        "temple's oldest tree is thought to be more than 100 years old and is designated a "
        "natural monument by the city.",
        "This year's bloom was three days earlier than average. A steady stream of visitors, "
        "including tour groups from Sapporo and Taiwan, photographed the trees under clear skies.",
        "\"People come all the way here for the very last sakura in Japan. It feels like the "
        "whole country's spring ends in our garden,\" said the temple's head priest.",
        "The Nemuro city tourism association said it expected the blossoms to last until the end "
        "of the week.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k50", feed="cormorant-en", lang="en", published="2026-06-19T10:00:00Z",
    slug="japan-defence-chinese-carriers-pacific-il-38-iturup",
    title="Japan tracks Chinese carriers in Pacific, flags Russian patrol planes on disputed isle",
    summary="Japan's defence minister said two Chinese aircraft carriers operated simultaneously "
            "in the Pacific for the first time; the ministry also said Russian anti-submarine "
            "aircraft had been deployed to Iturup.",
    label="new_development", group="g-il38-iturup",
    new_facts=["Japan's Defence Ministry confirmed (18 June 2026) two Russian Il-38N "
               "anti-submarine patrol aircraft deployed at Burevestnik airfield on Iturup, the "
               "first patrol aircraft deployment on the islands; Japan protested"],
    must_mention=[["il-38", "il38", "patrol aircraft", "patrol planes", "anti-submarine"],
                  ["iturup", "etorofu"]],
    byline="Cormorant Tokyo bureau", section="Asia-Pacific",
    note="Buried report: lead and first four paragraphs about Chinese carriers; the Il-38N "
         "deployment (first reported by k49, Japanese) comes in paragraph 5.",
    related=["China's third carrier Fujian completes far-seas drill",
             "Japan scrambles jets 669 times in fiscal 2025",
             "US, Japan hold missile defence exercise off Okinawa"],
    body=[
        "TOKYO, June 19 (Cormorant) - Two Chinese aircraft carriers have operated at the same time "
        "in the Pacific Ocean beyond Japan's southern islands for the first time, Japan's defence "
        "minister said on Friday, calling the activity a sign of Beijing's growing ability to "
        "project power far from its coast.",
        "The Liaoning and the Shandong, each escorted by destroyers, sailed east of the Miyako "
        "Strait and south of Okinotori Island over the past ten days, with fighters and "
        "helicopters carrying out more than 600 take-offs and landings, the ministry said.",
        "\"We have conveyed to the Chinese side that we are paying close attention,\" the minister "
        "told a news conference, adding that Japan Air Self-Defense Force jets had been "
        "scrambled in response.",
        "China's defence ministry has said the drills were routine training in line with "
        "international law.",
        "In a separate announcement on Thursday, the ministry said it had confirmed that "
        "Russia had deployed two Il-38N anti-submarine patrol aircraft to Burevestnik airfield on "
        "Iturup, one of the Russian-held islands claimed by Japan, which Japan calls Etorofu. It "
        "is the first time patrol aircraft have been confirmed on the disputed islands, which "
        "Moscow has been fortifying since the mid-2010s.",
        "Tokyo lodged a protest with Moscow through diplomatic channels, saying the deployment "
        "was incompatible with Japan's position on the islands. Russia's defence ministry has not "
        "commented.",
        "(Reporting by Cormorant Tokyo bureau; Editing by Mark Hensley)",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k52", feed="fedr-en", lang="en", published="2026-07-30T09:00:00Z",
    slug="hopes-fade-summer-grave-visits-islands",
    title="Hopes fade for summer grave visits to Russian-held islands",
    summary="With August approaching and no reply from Moscow, Japanese officials say there is "
            "little chance former residents will be able to visit family graves on the islands "
            "this year.",
    label="restatement", kicker="Japan", section="Japan", byline="Aiko Brennan in Nemuro",
    readtime=3,
    note="Failed/expected version: a request without answer; visits stay halted (2022 "
         "termination in 000, 001). Talks suspension (k42 group) is background. No new fact.",
    related=["Former islanders' league marks 70 years",
             "Japan-Russia: timeline of a frozen relationship",
             "Nemuro seeks more funds for its Northern Territories museum"],
    body=[
        "For former residents of the islands off Nemuro, summer used to be the season of grave "
        "visits. This year, again, it looks set to pass without one.",
        "Japan asked Russia through diplomatic channels in May to allow at least one visit by "
        "former residents to family graves this summer, Japanese officials said. With August "
        "days away, there has been no answer, and the charter ship that would carry the group "
        "has not been booked.",
        "\"Realistically, it will not happen this year,\" said an official in Nemuro who is "
        "involved in preparations. \"Every year we prepare, and every year we are disappointed.\"",
        "The last grave visits took place in 2019. Russia ended visa-free exchanges and visits by "
        "former residents in March 2022, and in April it suspended the peace treaty "
        "consultations the two countries had agreed in December to restart, removing what many "
        "former residents had seen as a possible channel for raising the issue.",
        "The Chishima-Habomai Islands Residents League says fewer than 4,500 of the former "
        "residents are still alive, with an average age of nearly 90.",
        "\"We asked. We waited. We will ask again,\" the league's Nemuro branch chief said.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k53", feed="capstan-en", lang="en", published="2026-08-12T07:00:00Z",
    slug="japan-china-peace-friendship-treaty-anniversary",
    title="Japan-China treaty anniversary passes quietly as trade ties cool",
    summary="The 48th anniversary of the Japan-China Treaty of Peace and Friendship was marked "
            "with a low-key reception in Beijing as business sentiment between the two economies "
            "sours.",
    label="off_topic", section="Asia", byline="Capstan Journal reporters",
    deck="Companies trim China exposure as diplomats keep the 1978 treaty's language alive",
    ticker="NIKKEI 225 &#9650;0.5% &nbsp; USD/JPY 146.3 &nbsp; BRENT $69.90 &nbsp; JKM LNG $11.4",
    note="Look-alike: another peace treaty (Japan-China 1978), no Russia or Kuril content.",
    related=["Japanese firms' China investment falls for third year",
             "Beijing lifts curbs on Japanese seafood imports from 37 prefectures",
             "Rare earths: Tokyo's new stockpiling plan"],
    body=[
        "Japan's embassy in Beijing marked the 48th anniversary of the Japan-China Treaty of Peace "
        "and Friendship on Wednesday with a reception attended by a Chinese vice foreign minister, "
        "a lower-level turnout than in past years.",
        "The treaty, signed on Aug. 12, 1978, committed the two countries to develop \"lasting "
        "relations of peace and friendship\" and opposed hegemony in the Asia-Pacific. Speakers "
        "at the reception quoted its language, but acknowledged that relations were strained.",
        "For business, the mood is downbeat. A survey by the Japanese Chamber of Commerce and "
        "Industry in China found that fewer than a third of members planned to expand operations "
        "in the country, the lowest share on record.",
        "\"The treaty is still the foundation. But foundations don't pay the bills,\" said the "
        "head of a Japanese machinery maker's China unit.",
        "Trade between the two countries fell 4% in the first half of the year, according to "
        "Japanese customs data.",
    ]),
# ---------------------------------------------------------------------------------------
dict(
    id="k56", feed="tokachi-en", lang="en", published="2026-10-19T05:00:00Z",
    slug="seventy-years-1956-joint-declaration",
    title="Seventy years on, the 1956 declaration still shapes the islands dispute",
    summary="On the 70th anniversary of the Soviet-Japanese Joint Declaration, an explainer on "
            "why Japan and Russia have never signed a peace treaty.",
    label="restatement", byline="Tribune staff", weather="8&deg;C, clear",
    tags=["northern-territories", "history", "explainer"],
    note="Anniversary/background explainer; restates 000, 001, 003, 004 (history, 1956 "
         "declaration, 2022 halt) and the known Baku agreement and its April 2026 suspension. No "
         "new fact.",
    related=["Former islanders' oral histories published in English",
             "Nemuro museum opens 1956 declaration exhibit",
             "What Japanese students learn about the Northern Territories"],
    body=[
        "Seventy years ago today, on Oct. 19, 1956, Japan and the Soviet Union signed a joint "
        "declaration in Moscow that ended the state of war between them and restored diplomatic "
        "relations. It remains the only ratified document between the two countries that deals "
        "with the islands off eastern Hokkaido.",
        "<h2>What the declaration says</h2>",
        "Article 9 says the two countries will continue negotiations on a peace treaty, and that "
        "the Soviet Union agrees to hand over Shikotan and the Habomai islets after a peace treaty "
        "is concluded. It says nothing about Kunashiri and Etorofu, the two largest islands.",
        "<h2>Why no treaty?</h2>",
        "Japan's position is that all four islands are its inherent territory, held by Japan "
        "since the 1855 Treaty of Shimoda and occupied by the Soviet Union in August-September "
        "1945. Moscow says it gained the islands lawfully as a result of World War Two and that "
        "its sovereignty is beyond question.",
        "Talks gained momentum several times - in 1993, in 2001, and in 2018, when the two "
        "leaders agreed in Singapore to speed up negotiations on the basis of the 1956 "
        "declaration. They produced no treaty.",
        "<h2>Where things stand</h2>",
        "Russia broke off the negotiations in March 2022 over Japan's sanctions. The two sides "
        "agreed last December in Baku to restart consultations, but Moscow suspended them in "
        "April this year after a new round of Japanese sanctions. Visa-free exchanges and visits "
        "by former residents, ended in 2022, have not resumed.",
        "\"The declaration is seventy years old, and so is our wait,\" said a former Shikotan "
        "resident in Nemuro.",
    ]),
]
