# English-language articles of the blind37 corpus (wires, a regional paper, a Russian
# state agency's English service and a Hokkaido English-language site).

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        id="b37-001", feed="fathom-post", lang="en", published="2024-02-09T07:40:00Z",
        section="Japan", byline="Maya Hollins in Tokyo",
        title="Kishida vows to keep pursuing treaty as rally marks Northern Territories Day",
        summary="Japan's prime minister told the annual rally in Tokyo that his policy of resolving the "
                "territorial issue and concluding a peace treaty with Russia is unchanged, though Moscow "
                "still refuses to negotiate.",
        label="restatement",
        note="Anniversary/occasion piece (7 February rally). Restates Kishida's commitment to a peace treaty "
             "(seed 002), Russia's March 2022 refusal to continue talks, the end of visa-free trips and simplified "
             "visits and the JEA withdrawal (seeds 000, 001, 003), and Rudenko's 'categorically impossible' "
             "(seed 004). No new event.",
        related=["Explainer: why Japan and Russia never signed a peace treaty",
                 "Hokkaido fishing towns feel the chill of sanctions",
                 "Japan's population of over-90s passes 2 million"],
        paras=[
            "Prime Minister Fumio Kishida told former residents of the Russian-held islands off Hokkaido on "
            "Wednesday that his government would keep working towards a settlement of the territorial dispute and "
            "a peace treaty with Russia, even though Moscow has refused to negotiate for almost two years.",
            "\u201cJapan-Russia relations are in a severe state because of Russia\u2019s aggression against Ukraine, "
            "but our policy of resolving the territorial issue and concluding a peace treaty remains unchanged,\u201d "
            "Kishida said at the national rally demanding the return of the Northern Territories, held in Tokyo "
            "every year on 7 February. The date marks the signing in 1855 of the Treaty of Shimoda, which drew the "
            "border between Etorofu and Urup.",
            "He said the government would continue to give priority to the resumption of visits by elderly former "
            "islanders to family graves on the islands, which he called \u201ca humanitarian matter\u201d that should "
            "be kept apart from the wider state of relations.",
            "The rally, organised by the government, the Hokkaido prefectural authorities and civic groups, drew "
            "about 1,300 people, among them former residents whose average age is now over 88. Its closing appeal "
            "called on younger Japanese to carry the movement forward.",
            "Moscow announced in March 2022 that it did not intend to continue peace treaty talks with a country "
            "that had taken \u201copenly unfriendly\u201d positions by imposing sanctions over Ukraine. At the same "
            "time it ended visa-free trips by Japanese citizens to the islands, including the simplified visits by "
            "former residents agreed in 1999, and withdrew from a dialogue on joint economic activities there.",
            "On Thursday, a day after the rally, Russia\u2019s deputy foreign minister Andrei Rudenko told the TASS "
            "news agency that resuming the treaty dialogue was \u201ccategorically impossible\u201d in the current "
            "situation, and that Tokyo would first have to abandon what he called its hostile policy.",
            "The four islands \u2013 Etorofu, Kunashiri, Shikotan and the Habomai group \u2013 were seized by Soviet "
            "troops in the final days of the second world war. Russia calls them the Southern Kurils and says its "
            "sovereignty over them is not open to question.",
        ],
    ),
    dict(
        id="b37-004", feed="aldergate-wire", lang="en", published="2024-03-06T03:15:00Z",
        byline="Satoshi Endo", signoff="Reporting by Satoshi Endo; Additional reporting by Liang Wei in Beijing; Editing by Tom Harker",
        title="Japan protests as Chinese coast guard ships enter Senkaku waters, shadow fishing boat",
        summary="Japan lodged a protest with China after four China Coast Guard vessels entered its territorial "
                "waters around the Senkaku Islands and approached a Japanese fishing boat.",
        label="off_topic",
        note="Look-alike: another island dispute (Senkaku/Diaoyu, Japan-China). Mentions Russia's hold on four "
             "islands only in passing background.",
        related=["China says patrols near Diaoyu islands 'lawful and normal'",
                 "Japan coast guard to add two large patrol ships in Okinawa",
                 "Philippines accuses China of water cannon attack near Second Thomas Shoal"],
        paras=[
            "TOKYO, March 6 (Aldergate) - Japan lodged a protest with China on Wednesday after four China Coast "
            "Guard vessels entered Japanese territorial waters around the Senkaku Islands in the East China Sea and "
            "approached a Japanese fishing boat, the Japan Coast Guard said.",
            "The ships entered the 12-nautical-mile zone off Uotsuri, the largest of the uninhabited islets, "
            "shortly after 4 a.m. on Tuesday and stayed for more than 20 hours, the coast guard's 11th regional "
            "headquarters in Naha said. Japanese patrol vessels positioned themselves between the Chinese ships "
            "and the fishing boat and repeatedly warned them to leave.",
            "\"It is extremely regrettable,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news "
            "conference, adding that Tokyo had protested through diplomatic channels and would respond \"calmly "
            "and resolutely\".",
            "China claims the islands, which it calls the Diaoyu, and a foreign ministry spokesperson in Beijing "
            "said the coast guard ships had been carrying out \"lawful law-enforcement patrols in China's own "
            "waters\" after a Japanese vessel entered them illegally.",
            "Chinese government ships have been spotted in the contiguous zone around the islands almost every day "
            "since Japan bought three of the islets from a private owner in 2012, straining ties between Asia's two "
            "largest economies.",
            "The Senkakus are one of three territorial disputes Japan has with its neighbours. Tokyo also contests "
            "South Korea's control of the Takeshima islets, which Seoul calls Dokdo, and Russia's hold on four "
            "islands off Hokkaido that Moscow seized at the end of World War Two.",
        ],
    ),
    dict(
        id="b37-007", feed="ostrog-en", lang="en", published="2024-04-18T06:20:00Z",
        section="Military", tags=["Kuril Islands", "Defence Ministry", "Valery Gerasimov", "Japan"],
        title="Chief of General Staff Gerasimov inspects troops on Iturup and Kunashir",
        summary="General of the Army Valery Gerasimov visited units of the 18th Machine Gun Artillery Division "
                "stationed on the southern Kuril Islands, the Defence Ministry said.",
        label="new_development", group="g-gerasimov-kurils",
        new_facts=["Chief of the Russian General Staff Valery Gerasimov inspected the 18th Machine Gun Artillery "
                   "Division on Iturup and Kunashir (April 2024), the first publicly reported visit of a chief of "
                   "the General Staff to the southern Kurils"],
        must_mention=[["gerasimov"], ["iturup", "kunashir", "kuril"]],
        note="Same development as b37-006 (first reported in Russian): a new visit by the chief of the General "
             "Staff to the disputed islands; not in the seeds.",
        related=["Eastern Military District holds snap combat readiness check",
                 "Pacific Fleet corvettes practise air defence in Sea of Okhotsk",
                 "Sakhalin region to build 1,200 flats on Kuril Islands by 2030"],
        paras=[
            "VLADIVOSTOK, April 18. Chief of the General Staff of the Russian Armed Forces and First Deputy Defence "
            "Minister, General of the Army Valery Gerasimov, has inspected troops of the Eastern Military District "
            "stationed on the islands of Iturup and Kunashir in the southern part of the Kuril chain, the Russian "
            "Defence Ministry said on Wednesday.",
            "During the working trip, Gerasimov heard reports from the command of the 18th Machine Gun Artillery "
            "Division on the state of combat training, on combat duty by the coastal missile and air defence units "
            "deployed on the islands, and on the construction of barracks and housing for servicemen and their "
            "families, the ministry said in a statement.",
            "\"The Chief of the General Staff set tasks to improve the air defence system of the island grouping of "
            "troops and to complete the infrastructure facilities under construction within the established "
            "time frame,\" the statement said.",
            "The ministry released footage showing Gerasimov at a coastal position on Iturup and at the division's "
            "headquarters in the settlement of Goryachiye Klyuchi. It did not say how long the visit had lasted.",
            "It was the first publicly announced visit by a chief of the General Staff to the southern Kurils. "
            "Commanders of the Eastern Military District and the Pacific Fleet have toured the garrisons in "
            "previous years.",
            "Japan lays claim to Iturup, Kunashir, Shikotan and the Habomai islets, which it calls its Northern "
            "Territories. Moscow insists that its sovereignty over the islands, which became part of the Soviet "
            "Union after World War II, is beyond dispute. Tokyo traditionally protests against visits by Russian "
            "officials to the islands.",
            "In March 2022, the Russian Foreign Ministry said that Moscow did not intend to continue peace treaty "
            "talks with Japan because of Tokyo's sanctions against Russia.",
        ],
    ),
    dict(
        id="b37-009", feed="fathom-post", lang="en", published="2024-05-22T05:50:00Z",
        section="Business", byline="Daniel Okafor, energy correspondent",
        title="Japanese gas buyers weigh life after Sakhalin-2 as long-term contracts near expiry",
        summary="Utilities that still take liquefied natural gas from Russia's Far East face a choice between "
                "renewing with the Russian operator and finding cargoes elsewhere.",
        label="off_topic",
        note="Unrelated Japan-Russia news (LNG trade, Sakhalin). Not about the peace treaty or the Kuril Islands.",
        related=["Japan's LNG imports fall to lowest level since 2009",
                 "Mitsui, Mitsubishi keep stakes in Russian gas venture",
                 "Opinion: energy security is Tokyo's blind spot"],
        paras=[
            "When Russia seized control of the Sakhalin-2 project in 2022 and handed it to a new Russian operator, "
            "Japanese buyers were told to sign fresh contracts or lose their cargoes. Almost all of them signed. "
            "Two years on, several of those long-term deals are approaching expiry, and the question of what comes "
            "next is landing on boardroom tables in Tokyo, Hiroshima and Kyushu.",
            "Sakhalin-2, off the eastern coast of Russia's Sakhalin island, supplies roughly a tenth of Japan's "
            "liquefied natural gas. Its cargoes take about three days to reach Japanese terminals, against two to "
            "three weeks from the Middle East or Australia, a difference that matters in a cold snap.",
            "\"Nobody wants to be seen renewing with Russia, and nobody wants to explain a winter blackout "
            "either,\" said an executive at one regional gas company, who asked not to be named because the talks "
            "are confidential.",
            "The trade ministry has said it regards Sakhalin-2 as important for stable supply and has not asked "
            "companies to stop buying. The project is not covered by Western sanctions, although financing and "
            "insurance have become harder to arrange.",
            "Trading houses Mitsui & Co and Mitsubishi Corp kept their combined 22.5% stake when the new operator "
            "was formed. Analysts expect most buyers to seek short extensions rather than new 15- or 20-year "
            "commitments, leaving their options open.",
        ],
    ),
    dict(
        id="b37-011", feed="aldergate-wire", lang="en", published="2024-06-19T21:10:00Z",
        section="Asia Pacific", byline="Hiroko Sato and Andrei Malin",
        signoff="Reporting by Hiroko Sato in Tokyo and Andrei Malin in London; Editing by Clara Fenwick",
        title="ANALYSIS-Can Japan and Russia ever get back to treaty talks? Not soon, say officials and analysts",
        summary="Two years after Moscow walked away from peace treaty negotiations, neither government sees a "
                "path back, and the former islanders who want to see their homes again are running out of time.",
        label="restatement",
        note="Questioned version of a move; background analysis. Restates the March 2022 halt (seeds 000, 001) "
             "and Russia's conditions (seed 004). No new event.",
        related=["Japan, Russia fishing talks drag on as season nears",
                 "Russia's Lavrov accuses Japan of 'remilitarisation'",
                 "Former Kuril islanders mark another year without grave visits"],
        paras=[
            "TOKYO/LONDON, June 19 (Aldergate) - When Russia's foreign ministry said in March 2022 that it had no "
            "intention of continuing peace treaty negotiations with Japan, Japanese officials privately expected "
            "the freeze to last a year or two. More than two years later, they see no sign of a thaw.",
            "\"There is no channel through which the peace treaty issue is being discussed at the moment, not even "
            "informally,\" said a Japanese government official involved in Russia policy, speaking on condition of "
            "anonymity. \"We would go back to the table tomorrow if Moscow were willing. It is not.\"",
            "Moscow's conditions have, if anything, hardened. Deputy Foreign Minister Andrei Rudenko said in "
            "February that resuming the dialogue was \"categorically impossible\" and that the first step would "
            "have to be Tokyo's abandonment of what he called a hostile policy, meaning sanctions and support for "
            "Ukraine, neither of which Japan is prepared to give up.",
            "Could a ceasefire in Ukraine change the picture? Analysts are sceptical. \"Even if the war ended "
            "tomorrow, the Kremlin has made the islands a question of constitutional principle,\" said Yuki "
            "Matsuzaki, who studies Russian foreign policy at a Sapporo university, referring to the 2020 "
            "amendment that bans the alienation of Russian territory.",
            "For the former residents of Etorofu, Kunashiri, Shikotan and the Habomai islets, the stakes are more "
            "personal. Their average age is close to 89. The visa-free trips that once let some of them return, and the "
            "separate grave visits, have not taken place since the pandemic, and Moscow formally ended the "
            "visa-free arrangements in 2022.",
            "Japan and the Soviet Union restored diplomatic ties in 1956 but never signed a peace treaty. Prime "
            "Minister Shinzo Abe and President Vladimir Putin agreed in Singapore in 2018 to accelerate talks on "
            "the basis of the 1956 declaration, but the negotiations stalled well before the invasion of Ukraine.",
        ],
    ),
    dict(
        id="b37-013", feed="eastcape-herald", lang="en", published="2024-07-30T08:45:00Z",
        byline="Ken Ashby, staff writer", meta=True,
        title="Russia lets former islanders land on Habomai islet of Shibotsu \u2014 once",
        summary="Eight former residents of Shibotsu will go ashore on Aug. 24 for a memorial at the island's old "
                "cemetery; Tokyo stresses that the visit programmes Moscow ended in 2022 are not restored.",
        label="new_development", group="g-shibotsu-landing",
        new_facts=["Russia allowed, as a one-time humanitarian exception, eight former residents of Shibotsu "
                   "(Habomai; Russian name Zelyony) to land on the island on 24 August 2024 for a memorial at "
                   "the old cemetery; the grave-visit and free-visit frameworks stay terminated"],
        must_mention=[["shibotsu", "zelyony"], ["ashore", "land on", "landing", "grave", "memorial", "cemetery"]],
        note="Same development as b37-012 (first reported in Japanese). A decided one-off permission: new, but the "
             "1999 simplified-visit framework terminated in March 2022 (seeds 000, 001) is not restored, so it is "
             "new_development, not status_change ('allowed once').",
        related=["Etopirika to make only one voyage this year",
                 "Nemuro kelp harvesters brace for short season",
                 "Former islanders' league elects new chairman"],
        paras=[
            "NEMURO \u2014 Russia has agreed to let a small group of former residents of Shibotsu, one of the "
            "Habomai islets off Nemuro, go ashore next month for a memorial service at the site of the island's "
            "old cemetery, the government said Monday, describing the permission as a one-off humanitarian "
            "gesture that does not revive the visit programmes Moscow scrapped in 2022.",
            "Eight former islanders aged between 82 and 94 will make the trip, accompanied by relatives, officials "
            "of the Cabinet Office and the Foreign Ministry, a doctor and interpreters \u2014 21 people in all. "
            "They are to leave Nemuro port aboard the chartered ship Etopirika on the evening of Aug. 23 and go "
            "ashore by launch the following morning, returning the same day.",
            "According to the Cabinet Office, the Russian side informed Japan through diplomatic channels that it "
            "would accept the landing \u201cas an exceptional measure, for humanitarian reasons and on this occasion "
            "only.\u201d Participants will not need Russian visas.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo that the government welcomed the "
            "visit but would keep urging Russia to resume grave visits \u201cin their original form.\u201d A Cabinet "
            "Office official in charge of the programme was blunter: \u201cThe visit framework remains suspended. "
            "This does not mean it has been restored.\u201d",
            "Shibotsu, which Russia calls Zelyony Island, was home to more than 2,000 people before 1945, most of "
            "them families living off kelp and salmon. Today the low, treeless island hosts only a Russian border "
            "post.",
            "In March 2022 Moscow said it was ending visa-free exchanges under a 1991 agreement and the simplified "
            "visits that former residents had made to their home islands under a 1999 arrangement, citing Tokyo's "
            "sanctions over Ukraine. No former resident has set foot on the islands since.",
            "\u201cMy mother is buried there. I had stopped hoping,\u201d said one of the eight, an 87-year-old woman "
            "from Nemuro, who asked that her name not be used before the trip.",
        ],
    ),
    dict(
        id="b37-014", feed="eastcape-herald", lang="en", published="2024-08-09T07:30:00Z",
        byline="Ken Ashby, staff writer",
        title="Former islanders pray at sea off Kunashiri as grave visits stay out of reach",
        summary="About 60 former residents and relatives held the annual memorial service aboard the Etopirika "
                "within sight of the islands; the one-off Shibotsu landing later this month changes nothing for "
                "the rest.",
        label="restatement",
        note="Occasion/annual piece (offshore memorial). Restates the 2022 end of visa-free trips and former "
             "residents' visits (seeds 000, 001, 003) and the corpus' own earlier development (one-time Shibotsu "
             "landing, g-shibotsu-landing) without new facts.",
        related=["Russia lets former islanders land on Habomai islet of Shibotsu \u2014 once",
                 "Sea fog delays Nemuro ferry services",
                 "Salmon set-net season opens along the Nemuro Strait"],
        paras=[
            "NEMURO \u2014 For the third summer running, the former residents of the Russian-held islands could get "
            "no closer to their family graves than the rail of a ship.",
            "About 60 former islanders and their children and grandchildren sailed from Nemuro on Thursday aboard "
            "the Etopirika, the vessel once used for visa-free exchanges, to a point in the Nemuro Strait from "
            "which Kunashiri's mountains were visible through the haze. There, on the rear deck, they read out the "
            "names of relatives buried on the islands, burned incense and cast flowers into the sea.",
            "The offshore memorial has been held every year since Russia ended the visa-free exchanges and the "
            "visits by former residents in March 2022, in response to Japan's sanctions over the war in Ukraine.",
            "\u201cWe come as close as we are allowed, and then we turn back,\u201d said Teruo Kamiya, 88, who was "
            "born in Furukamappu on Kunashiri. \u201cEvery year there are fewer of us on the deck.\u201d",
            "Later this month, eight former residents of Shibotsu in the Habomai group will be allowed ashore for a "
            "single memorial service, under a one-time exception Moscow announced in late July. Officials in Tokyo "
            "have been at pains to say that the exception does not restore the visit programmes, and organisers of "
            "Thursday's voyage said none of the other former residents had been told of any plans to resume "
            "visits.",
            "The Cabinet Office said it would keep asking Russia, through diplomatic channels, to allow grave visits "
            "to resume. Asked when that might happen, an official on board said only: \u201cThere is no prospect at "
            "this point.\u201d",
        ],
    ),
    dict(
        id="b37-017", feed="ostrog-en", lang="en", published="2024-09-28T19:05:00Z",
        section="World", tags=["Sergey Lavrov", "Japan", "UN General Assembly", "Peace treaty"],
        title="Lavrov: no basis for peace treaty talks while Tokyo follows 'anti-Russian course'",
        summary="Russia's foreign minister told reporters at the UN that Japan's sanctions policy made any "
                "discussion of a peace treaty impossible and that the results of World War II are not subject "
                "to revision.",
        label="restatement",
        note="Restatement by a new speaker (Lavrov) of the known position: talks impossible under sanctions "
             "(seeds 000, 001, 002, 004), sovereignty not in question (seeds 000, 001, 004).",
        related=["Lavrov meets UN Secretary-General on sidelines of General Assembly",
                 "Russia, China reject Western 'bloc mentality' in Asia-Pacific",
                 "Zakharova: Tokyo's defence spending threatens regional stability"],
        paras=[
            "UNITED NATIONS, September 28. Russian Foreign Minister Sergey Lavrov has said that there are no grounds "
            "for discussing a peace treaty with Japan as long as Tokyo takes part in the Western sanctions campaign "
            "against Russia.",
            "\"Our Japanese colleagues know our position perfectly well. It is impossible to discuss a fundamental "
            "document on peace, friendship and good-neighbourliness with a country that has chosen an openly "
            "hostile course, imposes sanctions and helps the Kiev regime,\" Lavrov said at a news conference "
            "following the high-level week of the UN General Assembly.",
            "Asked whether Moscow saw any signals of change from Tokyo, the minister said he had seen none. "
            "\"Responsibility for the current state of relations lies entirely with the Japanese side,\" he said.",
            "Lavrov also reiterated that the results of World War II, including the transfer of the Kuril Islands to "
            "the Soviet Union, were enshrined in international documents, among them the UN Charter, and were not "
            "subject to revision.",
            "In March 2022, the Russian Foreign Ministry announced that Moscow would not continue peace treaty "
            "negotiations with Japan, would stop visa-free trips for Japanese citizens to the southern Kurils and "
            "was withdrawing from the dialogue on joint economic activity on the islands, citing Tokyo's unfriendly "
            "sanctions.",
            "Russia and Japan have never signed a peace treaty after World War II. Tokyo claims the islands of "
            "Iturup, Kunashir, Shikotan and the Habomai group.",
        ],
    ),
    dict(
        id="b37-018", feed="aldergate-wire", lang="en", published="2024-10-08T10:45:00Z",
        byline="Ilya Sorokin", signoff="Reporting by Ilya Sorokin in Vilnius and Satoshi Endo in Tokyo; Editing by Ros Quayle",
        title="Belarus opens honorary consulate on Russian-held Kunashir island claimed by Japan",
        summary="Belarus has appointed an honorary consul in Yuzhno-Kurilsk, the first foreign consular post on "
                "the islands disputed by Russia and Japan.",
        label="new_development", group="g-belarus-consulate",
        new_facts=["Belarus opened an honorary consulate in Yuzhno-Kurilsk on Kunashir (October 2024), the first "
                   "foreign consular post on the disputed islands; Japan told Belarus it was incompatible with its "
                   "position"],
        must_mention=[["belarus"], ["consul"]],
        note="First report (English) of a new development: a third country's consular post on a disputed island. "
             "Not in the seeds.",
        related=["Belarus, Russia sign new Union State security pact",
                 "Japan adds Belarusian entities to export control list",
                 "Russia offers tax breaks to foreign investors on Kuril Islands"],
        paras=[
            "VILNIUS/TOKYO, Oct 8 (Aldergate) - Belarus has opened an honorary consulate in Yuzhno-Kurilsk on the island of Kunashir, "
            "the first consular office of any foreign country on the islands that Russia controls and Japan "
            "claims, the Belarusian Foreign Ministry said on Tuesday.",
            "The ministry said in a statement that Andrei Kovalchuk, a Belarus-born businessman who runs a fish "
            "processing company in Yuzhno-Kurilsk, had received his consular commission at a ceremony in the town on "
            "Monday attended by Belarus's consul general in Vladivostok. Russia's Foreign Ministry had given its "
            "consent in September, it said.",
            "The consulate's district covers the Yuzhno-Kurilsky and Kurilsky municipal districts, which include "
            "Kunashir, Iturup, Shikotan and the Habomai islets, and it will help develop trade, particularly "
            "supplies of Belarusian food and machinery and purchases of seafood, according to the statement.",
            "Honorary consuls are usually local residents who carry out limited consular and trade promotion "
            "functions without diplomatic status. But Tokyo treats any step that implies recognition of Russian "
            "jurisdiction over the islands as a challenge to its claim.",
            "A Japanese Foreign Ministry official said the government was \"confirming the facts\" and would respond "
            "appropriately. Japan has an embassy in Minsk and has joined Western sanctions against Belarus over its "
            "support for Russia's war in Ukraine.",
            "Belarusian President Alexander Lukashenko, Russia's closest ally, has not previously taken a public "
            "position on the dispute over the islands, which Japan calls the Northern Territories and Russia the "
            "Southern Kurils. Soviet forces seized them at the end of World War Two, and the dispute has prevented "
            "Tokyo and Moscow from signing a peace treaty.",
        ],
    ),
    dict(
        id="b37-022", feed="eastcape-herald", lang="en", published="2024-11-14T06:00:00Z",
        section="Science", byline="Naomi Fielding",
        title="Hokkaido researchers film snailfish 7,300 metres down in the Kuril-Kamchatka Trench",
        summary="A deep-sea lander dropped off Kushiro recorded fish living close to the depth limit for "
                "vertebrates, scientists said.",
        label="off_topic",
        note="Look-alike: named after the Kurils (Kuril-Kamchatka Trench). Science story, not about the dispute.",
        related=["Kushiro aquarium welcomes spotted seal pups",
                 "Nemuro sea-ice season expected to be short",
                 "Researchers tag humpback whales off Shiretoko"],
        paras=[
            "KUSHIRO \u2014 A team of Japanese and German scientists says it has filmed snailfish at a depth of about "
            "7,300 metres in the Kuril-Kamchatka Trench off eastern Hokkaido, among the deepest sightings of fish "
            "in the northwestern Pacific.",
            "The footage was recorded in September by an unmanned camera lander dropped from the research vessel "
            "Hakuho Maru about 200 kilometres southeast of Kushiro. It shows a group of pale, tadpole-like fish "
            "feeding on amphipods attracted by mackerel bait.",
            "\u201cThe cold water of the Kuril-Kamchatka Trench means there is more food sinking from the surface "
            "than in warmer trenches, so we expected life down there,\u201d said the team's leader, a marine "
            "biologist at a Hokkaido university. \u201cBut seeing them in such numbers was still a surprise.\u201d",
            "The trench, which runs for more than 2,000 kilometres from off Hokkaido to the Kamchatka Peninsula, "
            "marks where the Pacific plate slides beneath the Okhotsk plate. It is also the source of some of the "
            "largest earthquakes and tsunamis to strike the region.",
            "The researchers plan to return next year with a lander that can collect specimens.",
        ],
    ),
    dict(
        id="b37-023", feed="fathom-post", lang="en", published="2024-12-05T16:20:00Z",
        section="World", byline="Lena Marchetti",
        title="Armenia says peace treaty with Azerbaijan is within reach but two articles remain",
        summary="Yerevan's foreign minister says most of the draft has been agreed; Baku wants Armenia to "
                "change its constitution before signing.",
        label="off_topic",
        note="Look-alike: another peace treaty (Armenia-Azerbaijan). Not about Russia-Japan.",
        related=["Explainer: the long road to a South Caucasus peace deal",
                 "Russian border guards leave Yerevan airport",
                 "EU monitoring mission in Armenia extended"],
        paras=[
            "Armenia's foreign minister Ararat Mirzoyan said on Thursday that the text of a peace treaty with "
            "Azerbaijan was \"practically ready\", with agreement reached on all but two of its articles, and that "
            "Yerevan was prepared to sign it \"as soon as possible\".",
            "The two neighbours have been negotiating a treaty since Azerbaijan regained full control of "
            "Nagorno-Karabakh in 2023, prompting the exodus of more than 100,000 ethnic Armenians.",
            "The outstanding articles are understood to concern the withdrawal of third-party forces from the border "
            "and the dropping of mutual legal claims in international courts. Azerbaijan has also demanded that "
            "Armenia amend its constitution, which it says contains territorial claims to Azerbaijani land, before "
            "any treaty is signed \u2013 a demand Yerevan says could be addressed separately.",
            "Diplomats say that even after signature, ratification and border demarcation could take years.",
            "Azerbaijan's chief negotiator said in October that the two sides were \"closer than ever\" to a deal "
            "but that \"fundamental issues\" remained, chief among them the constitutional question. Baku has also "
            "pressed for an unimpeded transport route across southern Armenia to its Nakhchivan exclave.",
            "The European Union and the United States have urged both sides to sign quickly. Russia, which brokered "
            "the 2020 ceasefire that ended the previous war and deployed peacekeepers to Karabakh, has seen its "
            "influence in the region wane since its troops withdrew this year.",
        ],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        id="b37-025", feed="aldergate-wire", lang="en", published="2025-02-07T09:05:00Z",
        byline="Hiroko Sato", signoff="Reporting by Hiroko Sato; Editing by Clara Fenwick",
        title="Japan's Ishiba urges Russia to resume grave visits for elderly former islanders",
        summary="At the annual Northern Territories rally, the prime minister said his government's goal of a "
                "peace treaty was unchanged and called on Moscow to let former residents visit family graves.",
        label="restatement",
        note="Requested version of a move ('urged Moscow to resume grave visits') at an anniversary rally. Restates "
             "the known Japanese position and the 2022 ending of visits (seeds 000, 001, 002); mentions the "
             "corpus' earlier one-time Shibotsu landing as background. No new event.",
        related=["Japan's new government keeps sanctions on Russia, says Hayashi",
                 "Russian patrol boat detains Japanese crab boat crew, later released",
                 "Tokyo rally calls for return of islands for 45th year"],
        paras=[
            "TOKYO, Feb 7 (Aldergate) - Japanese Prime Minister Shigeru Ishiba on Friday called on Russia to allow "
            "former residents of four Russian-held islands off Hokkaido to resume visits to their family graves, "
            "saying it was a humanitarian matter that could not wait.",
            "\"The former islanders are now nearly 89 years old on average. I strongly urge the Russian side to "
            "resume grave visits as soon as possible,\" Ishiba told the annual national rally demanding the "
            "return of the islands, which Japan calls the Northern Territories.",
            "Ishiba, who took office in October, said Japan's policy of resolving the territorial dispute and "
            "concluding a peace treaty with Russia remained unchanged, even though relations were in a \"difficult "
            "situation\" because of the war in Ukraine.",
            "Moscow broke off peace treaty negotiations in March 2022 in response to Japan's sanctions and at the "
            "same time ended visa-free visits to the islands, including those by former residents. Last August it "
            "allowed eight former residents of Shibotsu, one of the Habomai islets, to land once for a memorial "
            "service, but said the permission was exceptional.",
            "The Russian embassy in Tokyo did not respond to a request for comment. Russian officials have "
            "repeatedly said that dialogue with Japan is impossible while Tokyo maintains what they call an "
            "unfriendly policy.",
        ],
    ),
    dict(
        id="b37-027", feed="aldergate-wire", lang="en", published="2025-05-20T06:30:00Z",
        byline="Satoshi Endo", signoff="Reporting by Satoshi Endo; Editing by Tom Harker",
        title="Japan denies report it is arranging peace treaty talks with Russia",
        summary="The government said there was 'no such fact' after a weekly magazine reported that diplomats "
                "were preparing to meet in a third country this summer.",
        label="restatement",
        note="Negated/questioned version of a move: a denied report of planned talks. The talks stay halted as "
             "in seeds 000, 001, 004. No new event.",
        related=["Japan's Ishiba, Ukraine's Zelenskiy discuss reconstruction support",
                 "Russian bombers fly over Sea of Japan, Tokyo scrambles jets",
                 "Japan extends sanctions to third-country firms helping Russia"],
        paras=[
            "TOKYO, May 20 (Aldergate) - Japan's government on Tuesday denied a magazine report that it was "
            "arranging a meeting with Russian diplomats to restart negotiations on a peace treaty, saying the talks "
            "remained suspended because of Moscow's unilateral decision in 2022.",
            "The weekly Shukan Seiron reported in its latest issue, citing unnamed diplomatic sources, that senior "
            "officials of the two countries' foreign ministries could meet \"in a third country in early summer\" to "
            "discuss resuming the dialogue.",
            "\"There is no such fact,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference. "
            "\"Russia has unilaterally announced that it will not continue peace treaty negotiations, and we are "
            "not in a position to say anything about the prospects for their resumption.\"",
            "Hayashi said Japan's policy of resolving the territorial issue and concluding a peace treaty remained "
            "unchanged and that Tokyo would \"maintain necessary communication\" with Moscow through diplomatic "
            "channels on issues such as the safety of Japanese nationals and fishing.",
            "The Russian embassy in Tokyo declined to comment. Russian officials have said there is no basis for "
            "treaty talks as long as Japan maintains sanctions imposed over Moscow's invasion of Ukraine.",
        ],
    ),
    dict(
        id="b37-031", feed="aldergate-wire", lang="en", published="2025-06-26T11:20:00Z",
        byline="Hiroko Sato", signoff="Reporting by Hiroko Sato in Tokyo and Minh Tran in Hanoi; Editing by Ros Quayle",
        title="Japan and Russia hold first peace treaty talks since Moscow walked out in 2022",
        summary="Deputy foreign ministers met in Hanoi and agreed to keep talking, Japan's foreign ministry said, "
                "more than three years after Russia refused to continue negotiations.",
        label="status_change", group="g-hanoi-talks",
        new_facts=["Japan and Russia held deputy foreign minister-level consultations on the peace treaty in Hanoi "
                   "on 26 June 2025, the first since Russia refused to continue the talks in March 2022, and agreed "
                   "to continue in this format"],
        must_mention=[["peace treaty"], ["hanoi", "resum", "first"]],
        note="Same development as b37-030 (first reported in Japanese): talks halted by Russia in March 2022 "
             "(seeds 000, 001, 004) are actually held again with agreement to continue -> status_change "
             "(halted -> resumed).",
        related=["Japan, Russia diplomats to meet in Vietnam - sources",
                 "Russia's Rudenko says Moscow 'open to contacts' with Asian partners",
                 "Japan keeps Russia sanctions in step with G7"],
        paras=[
            "TOKYO, June 26 (Aldergate) - Senior diplomats from Japan and Russia met in Hanoi on Thursday for talks "
            "on a peace treaty, the first such negotiations since Moscow broke them off in March 2022 over Tokyo's "
            "sanctions, Japan's foreign ministry said.",
            "Japan's Deputy Minister for Foreign Affairs Seiji Takamine and Russian Deputy Foreign Minister Andrei "
            "Rudenko had a \"frank exchange of views\" on the peace treaty issue, including the territorial "
            "question, and agreed to continue consultations in the same format, the ministry said in a statement. "
            "The date of the next round will be arranged through diplomatic channels.",
            "Japan asked Russia to allow former residents of the disputed islands to resume visits to family graves "
            "and to ensure the safety of Japanese fishing boats operating nearby, the statement said. It did not "
            "say how the Russian side had responded.",
            "\"It is significant that dialogue on the peace treaty issue has resumed,\" Chief Cabinet Secretary "
            "Yoshimasa Hayashi told reporters, adding that Japan would keep working \"persistently\" to resolve the "
            "territorial issue and sign a treaty.",
            "There was no immediate comment from Moscow. Russia's foreign ministry said in March 2022 that it could "
            "not discuss a fundamental treaty with a country that had taken \"openly unfriendly positions\", and "
            "ended visa-free visits to the islands and a dialogue on joint economic activities there.",
            "In May, Japan denied a magazine report that officials were arranging a meeting in a third country. "
            "Japanese officials on Thursday declined to say when preparations for the Hanoi talks had begun.",
        ],
    ),
    dict(
        id="b37-034", feed="fathom-post", lang="en", published="2025-07-15T04:10:00Z",
        section="Japan", byline="Maya Hollins in Tokyo",
        title="Japan's defence white paper repeats warning over Russian build-up on disputed islands",
        summary="The annual report says Russia continues to strengthen its forces in the Northern Territories and "
                "keeps its description of the islands unchanged; China remains the main concern.",
        label="restatement",
        note="Annual report restating positions. Its wording on the islands is unchanged from the previous year; "
             "the examples it cites are the corpus' own earlier item (Gerasimov's 2024 inspection, "
             "g-gerasimov-kurils) and general trends. No new event.",
        related=["China condemns Japan's white paper as 'interference'",
                 "Japan's defence budget hits record for fourth straight year",
                 "Russian and Chinese bombers fly joint patrol near Japan"],
        paras=[
            "Japan's government has again described China as its \"greatest strategic challenge\" in its annual "
            "defence white paper, while warning that Russia is continuing to reinforce its forces on the islands "
            "off Hokkaido that both countries claim.",
            "The 2025 edition of Defense of Japan, approved by the cabinet on Tuesday, says Russia \"continues to "
            "strengthen its military activities\" in the Northern Territories, which it describes, as in previous "
            "years, as an inherent part of Japan's territory under Russia's illegal occupation.",
            "As an example it cites the inspection of the garrison on Etorofu and Kunashiri in April 2024 by the "
            "chief of Russia's General Staff, Valery Gerasimov, which Tokyo protested at the time. The paper says the "
            "Russian units on the islands have continued to hold exercises and to build barracks and housing.",
            "The chapter on Russia otherwise follows last year's text closely. It notes the joint flights of "
            "Russian and Chinese bombers near Japan and says the war in Ukraine has made Moscow more dependent on "
            "Beijing.",
            "Russia's foreign ministry usually issues a sharply worded statement after the white paper is "
            "published, accusing Tokyo of using an imagined threat to justify its military build-up. It had not "
            "commented by Tuesday evening.",
        ],
    ),
    dict(
        id="b37-035", feed="eastcape-herald", lang="en", published="2025-08-28T09:20:00Z",
        section="Nemuro", byline="Ken Ashby, staff writer",
        title="Eighty years on, Nemuro remembers the days the islands were lost",
        summary="Former residents gathered at Cape Nosappu on the anniversary of the Soviet landing on Etorofu; "
                "talks have restarted, but grave visits have not.",
        label="restatement",
        note="Anniversary piece (80 years since the Soviet occupation). Mentions the corpus' earlier development "
             "(peace treaty consultations resumed in Hanoi, g-hanoi-talks) and the known end of visits (seeds "
             "000, 001) as background. No new event.",
        related=["Former islanders pray at sea off Kunashiri as grave visits stay out of reach",
                 "Nemuro museum opens exhibition of islanders' letters",
                 "Cape Nosappu lighthouse marks 150 years"],
        paras=[
            "NEMURO \u2014 On Aug. 28, 1945, Soviet troops landed on Etorofu. Within a week they had occupied "
            "Kunashiri, Shikotan and the Habomai islets, and some 17,000 Japanese residents found themselves living "
            "under a foreign flag. Eighty years later, about 200 people gathered at Cape Nosappu, the easternmost "
            "point of Hokkaido, to remember them.",
            "Many of the 5,000 or so former islanders still alive are now in their late 80s and 90s. Only a handful "
            "could make the trip to the cape, where the low outline of Suisho Island in the Habomai group is "
            "visible on clear days.",
            "\u201cI was nine. I remember the soldiers coming up from the beach and my father telling us not to "
            "cry,\u201d said Shizue Omura, 89, who grew up on Shikotan and was deported with her family in 1947.",
            "The anniversary falls two months after Japan and Russia held their first talks on a peace treaty since "
            "Moscow walked out of negotiations in 2022. Speakers at Thursday's ceremony welcomed the renewed "
            "dialogue but said they had heard nothing about when former residents might again be allowed to visit "
            "the islands.",
            "\u201cTalking is better than not talking,\u201d said the head of the local branch of the former "
            "islanders' league. \u201cBut for us the question is very simple: will we be able to stand at our "
            "parents' graves before we die?\u201d",
            "The ceremony ended with a minute's silence facing the sea.",
        ],
    ),
    dict(
        id="b37-037", feed="ostrog-en", lang="en", published="2025-09-24T13:40:00Z",
        section="Russia", tags=["Leonid Slutsky", "Kuril Islands", "Japan", "State Duma"],
        title="Transfer of Kurils 'out of the question' even as dialogue with Tokyo resumes \u2014 Slutsky",
        summary="The head of the State Duma's international affairs committee said consultations with Japan did "
                "not mean that Russia's sovereignty over the islands was up for discussion.",
        label="restatement",
        note="Restatement by a new speaker of the known Russian position that sovereignty over the islands cannot "
             "be questioned (seeds 000, 001, 004); refers to the corpus' own earlier resumption of consultations "
             "(g-hanoi-talks). No new event.",
        related=["Duma delegation visits Sakhalin ahead of regional elections",
                 "Russian MFA: Japan's militarisation a threat to the region",
                 "Kuril Islands to get new school and clinic under federal programme"],
        paras=[
            "MOSCOW, September 24. Any transfer of the southern Kuril Islands to Japan is out of the question, and "
            "the resumption of Russian-Japanese consultations does not change that, Leonid Slutsky, chairman of "
            "the State Duma Committee on International Affairs, told Ostrog on Wednesday.",
            "\"Dialogue is one thing, sovereignty is another. The Kurils are Russian land, and the Constitution of "
            "the Russian Federation explicitly prohibits any actions aimed at alienating part of our territory. "
            "Tokyo should have no illusions about this,\" Slutsky said.",
            "He said that the consultations held in Hanoi in June were \"a normal diplomatic practice\" and that "
            "Moscow had always been ready to talk to those who were ready to listen. \"But the key to any progress "
            "is in Tokyo's hands: the sanctions, the anti-Russian rhetoric and the support for the Kiev regime,\" "
            "he added.",
            "Russia and Japan have never signed a peace treaty after World War II. Tokyo claims Iturup, Kunashir, "
            "Shikotan and the Habomai islets. The Russian Foreign Ministry has repeatedly said that Russia's "
            "sovereignty over the islands, which is enshrined in international documents, cannot be called into "
            "question.",
        ],
    ),
    dict(
        id="b37-040", feed="fathom-post", lang="en", published="2025-10-29T08:00:00Z",
        section="Japan", byline="Maya Hollins in Tokyo",
        title="Japan and Russia revive talks on joint projects on disputed islands",
        summary="A working group on joint economic activities met in Moscow for the first time since Russia "
                "pulled out of the dialogue in 2022; the next session is planned in Tokyo.",
        label="status_change", group="g-jea-working-group",
        new_facts=["The Japan-Russia working group on joint economic activities on the southern Kurils met in "
                   "Moscow on 28 October 2025, the first time since Russia withdrew from the dialogue in March "
                   "2022; a next session is planned in Tokyo in the first half of 2026"],
        must_mention=[["joint economic"], ["moscow", "resum", "revive", "first"]],
        note="Same development as b37-038 (first reported in Russian). Russia withdrew from the JEA dialogue in "
             "March 2022 (seeds 000, 001, 003); the dialogue is actually held again with a next session agreed -> "
             "status_change (withdrawn -> resumed).",
        related=["Japan and Russia hold first peace treaty talks since 2022",
                 "Nemuro's sea urchin farmers eye island waters",
                 "Russia's tax haven for the Kurils draws few foreign investors"],
        paras=[
            "Japan and Russia have revived talks on running joint business projects on the islands they both "
            "claim, the latest sign of a cautious thaw in a relationship frozen by the war in Ukraine.",
            "A working group on joint economic activities on the four islands met in Moscow on Tuesday, the "
            "Japanese foreign ministry confirmed on Wednesday, the first such session since Russia announced in "
            "March 2022 that it was withdrawing from the dialogue in response to Japanese sanctions.",
            "The two sides discussed whether pilot projects begun in 2017 \u2013 among them sea urchin and scallop "
            "farming and greenhouse vegetable growing \u2013 could be restarted, and under what conditions Japanese "
            "specialists could travel to the islands. They agreed to hold the next session in Tokyo in the first "
            "half of next year, the ministry said.",
            "The sticking point is the same as before the war. Japan insists that any joint activity must take "
            "place under a \"special system\" that does not prejudice either side's legal position on sovereignty. "
            "Russian officials said after the meeting that all activity would be carried out \"exclusively under "
            "Russian law\".",
            "The meeting follows the resumption in June, in Hanoi, of consultations on a peace treaty. Officials in "
            "Tokyo said there had been no discussion of restoring the visa-free exchanges or grave visits that "
            "Moscow ended in 2022.",
            "In Nemuro, the port town facing the islands, the mayor called the meeting \"a step forward\" but said "
            "local fishermen would not accept projects that amounted to operating under Russian jurisdiction.",
        ],
    ),
    dict(
        id="b37-043", feed="aldergate-wire", lang="en", published="2025-12-26T07:40:00Z",
        byline="Kaori Nishimura", signoff="Reporting by Kaori Nishimura; Editing by Tom Harker",
        title="Japan's draft budget boosts spending on Northern Territories awareness by 8%",
        summary="The cabinet-approved draft for fiscal 2026 earmarks 2.1 billion yen for campaigns and youth "
                "programmes on the disputed islands issue.",
        label="neutral",
        note="Borderline: a routine domestic budget line related to the dispute. A new figure, but no change in "
             "the dispute or in any tracked matter; not scored.",
        related=["Japan approves record 122 trillion yen budget",
                 "Defence spending to reach 2% of GDP two years early",
                 "Hokkaido seeks more funds for towns facing Russian-held islands"],
        paras=[
            "TOKYO, Dec 26 (Aldergate) - Japan's draft budget for the fiscal year starting in April includes 2.1 "
            "billion yen ($13.4 million) for public awareness campaigns on the Northern Territories, the four "
            "Russian-held islands off Hokkaido, up 8% from this year, the Cabinet Office said on Friday.",
            "The money will fund school visits by former residents, programmes that bring students from across "
            "Japan to Nemuro, an expanded online archive of former islanders' testimony and advertising around "
            "the annual national rally in February, officials said.",
            "\"With the former residents ageing, passing on their experience to the next generation is urgent,\" a "
            "Cabinet Office official said.",
            "The budget does not include funds for resuming visa-free exchanges with the islands, which Russia ended "
            "in 2022, because there was no agreement to do so, the official added.",
            "The Northern Territories line is a tiny fraction of a record draft budget dominated by social security "
            "and defence spending. It also covers grants to the five municipalities facing the islands - Nemuro and "
            "the towns of Betsukai, Nakashibetsu, Shibetsu and Rausu - under a special measures law, which are "
            "budgeted at roughly the same level as this year.",
            "Officials said part of the increase would pay for recording and subtitling interviews with about 120 "
            "former islanders who have not yet given testimony, and for translating existing material into English, "
            "Chinese and Korean for overseas audiences.",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        id="b37-049", feed="ostrog-en", lang="en", published="2026-03-20T09:00:00Z",
        section="World", tags=["Russian Foreign Ministry", "Japan", "Peace treaty", "Sanctions"],
        title="Russia suspends peace treaty consultations with Japan over new sanctions",
        summary="The Foreign Ministry said the consultations resumed in Hanoi last June were being suspended "
                "and the round planned for April in Tokyo would not take place.",
        label="status_change", group="g-talks-suspended",
        new_facts=["Russia suspended (19 March 2026) the peace treaty consultations with Japan resumed in Hanoi in "
                   "June 2025 and cancelled the second round planned for April in Tokyo, citing new Japanese "
                   "sanctions"],
        must_mention=[["suspend", "halt"], ["peace treaty", "consultations", "talks"]],
        note="Same development as b37-047 (first reported in Russian). The consultations resumed in the corpus "
             "(g-hanoi-talks, June 2025) are halted again -> status_change (resumed -> suspended).",
        related=["Japan adds Russian shipping firms to sanctions list",
                 "Zakharova: Tokyo has chosen confrontation",
                 "Russia, Japan held peace treaty consultations in Hanoi"],
        paras=[
            "MOSCOW, March 20. Russia has suspended consultations with Japan on a peace treaty in response to a "
            "new package of Japanese sanctions, the Russian Foreign Ministry said on Thursday.",
            "\"In connection with the decision of the Japanese government of March 13 to introduce further "
            "unilateral restrictive measures against a number of Russian shipping, insurance and energy companies, "
            "the Russian side has decided to suspend the consultations on peace treaty issues that were resumed "
            "in Hanoi in June 2025. The second round of consultations, planned for April in Tokyo, will not take "
            "place,\" the ministry said in a statement.",
            "\"All responsibility for the consequences lies with official Tokyo, which has once again chosen "
            "confrontation over good-neighbourliness,\" the statement said. It did not say whether the working "
            "group on joint economic activity on the southern Kurils, which met in Moscow in October, would also be "
            "affected.",
            "Japan's chargé d'affaires in Moscow was summoned to the ministry and informed of the decision, a "
            "diplomatic source told Ostrog.",
            "The consultations at the level of deputy foreign ministers in Hanoi last June were the first since "
            "March 2022, when Moscow said it would not continue peace treaty talks with Japan because of its "
            "sanctions over the situation in Ukraine.",
        ],
    ),
    dict(
        id="b37-050", feed="aldergate-wire", lang="en", published="2026-04-08T05:25:00Z",
        byline="Satoshi Endo", signoff="Reporting by Satoshi Endo; Editing by Clara Fenwick",
        title="Japan urges Russia to reconsider freeze on peace treaty talks, keeps sanctions",
        summary="Foreign Minister Toshimitsu Motegi told parliament Japan wants Moscow to return to the "
                "consultations it suspended last month, but will not ease sanctions to make that happen.",
        label="restatement",
        note="Requested version of a move ('urged Russia to reconsider / return to talks'). Restates the corpus' "
             "own earlier development (suspension, g-talks-suspended) and the Japanese position. No new event.",
        related=["Russia suspends peace treaty consultations with Japan",
                 "Japan's upper house approves defence equipment export rules",
                 "Hokkaido governor calls for calm over fishing season"],
        paras=[
            "TOKYO, April 8 (Aldergate) - Japan's foreign minister on Wednesday urged Russia to reconsider its "
            "decision to suspend consultations on a peace treaty, but said Tokyo would not ease sanctions imposed "
            "over the war in Ukraine in exchange.",
            "\"We strongly call on the Russian side to return to dialogue. The suspension is extremely regrettable,\" "
            "Foreign Minister Toshimitsu Motegi said in response to a question in the upper house foreign affairs "
            "committee.",
            "Asked whether Japan would revisit its sanctions, Motegi said: \"Our measures are taken in coordination "
            "with the G7 in response to Russia's aggression. We will not change them for this reason.\"",
            "Russia said on March 19 that it was suspending the consultations resumed in Hanoi last June and "
            "cancelling a round planned for April in Tokyo, citing a new package of Japanese sanctions against "
            "Russian shipping and insurance companies.",
            "Motegi said Japan had received no indication from Moscow of when the talks might resume.",
            "Opposition lawmakers pressed the minister on whether Tokyo had underestimated the risk to the talks when "
            "it approved the latest sanctions package. Motegi said the government had \"weighed all factors\" and that "
            "the sanctions targeted companies helping Russia evade the oil price cap.",
            "Former residents of the islands, whose average age is close to 90, had hoped the consultations would "
            "lead to a resumption of grave visits, which, apart from a one-off landing on Shibotsu in 2024, have not "
            "taken place since 2019.",
        ],
    ),
    dict(
        id="b37-053", feed="aldergate-wire", lang="en", published="2026-05-21T12:40:00Z",
        byline="Liang Wei and Ilya Sorokin", signoff="Reporting by Liang Wei in Beijing and Ilya Sorokin; Editing by Ros Quayle",
        title="China backs Russian sovereignty over Kuril Islands in joint statement, a first",
        summary="A Russia-China summit declaration says Beijing respects Russia's sovereignty over the Kurils, "
                "the first time the islands claimed by Japan appear in such a document.",
        label="new_development", group="g-china-kurils-statement",
        new_facts=["A Russia-China joint statement signed in Beijing on 20 May 2026 says China respects Russia's "
                   "sovereignty over the Kuril Islands, the first mention of the islands in a document of this "
                   "level; Japan protested to China"],
        must_mention=[["china", "chinese", "beijing"], ["kuril"]],
        note="Same development as b37-052 (first reported in Russian): a new third-party official position on the "
             "islands. Not in the seeds.",
        related=["Putin, Xi pledge to deepen 'no-limits' partnership",
                 "Japan summons Chinese envoy over East China Sea gas field",
                 "Explainer: what Beijing has said about the Kurils before"],
        paras=[
            "BEIJING, May 21 (Aldergate) - China has for the first time explicitly backed Russia's sovereignty "
            "over the Kuril Islands, including four islands claimed by Japan, in a joint statement issued after "
            "talks between Presidents Xi Jinping and Vladimir Putin.",
            "\"The Chinese side respects the sovereignty of the Russian Federation over the Kuril Islands and "
            "believes that the outcome of World War Two, enshrined in the UN Charter and other international "
            "documents, must not be revised,\" says the statement, signed in Beijing on Wednesday and published by "
            "the Kremlin on Thursday.",
            "Previous Russia-China declarations have referred in general terms to the \"outcome of World War Two\" "
            "and mutual support on sovereignty and territorial integrity, but none had named the Kurils. Chairman "
            "Mao Zedong said in 1964 that the islands should be returned to Japan, a position Beijing has not "
            "repeated in decades.",
            "Japan's government was expected to respond on Friday. A Japanese diplomat in Beijing, speaking on "
            "condition of anonymity, called the passage \"a clear change\" and said Tokyo would raise it with "
            "Chinese officials.",
            "The statement comes two months after Russia suspended consultations with Japan on a peace treaty that "
            "had resumed in June last year. The territorial dispute over the islands, which Soviet troops seized in "
            "1945, has prevented Tokyo and Moscow from signing a formal peace treaty.",
        ],
    ),
    dict(
        id="b37-057", feed="fathom-post", lang="en", published="2026-08-24T06:15:00Z",
        section="Japan", byline="Maya Hollins in Tokyo", meta=False,
        title="Survivors of Siberian labour camps, now in their late 90s, gather for what may be their last memorial",
        summary="About 40 former internees attended the annual service at Chidorigafuchi for Japanese soldiers "
                "and civilians who died in Soviet camps after the second world war.",
        label="off_topic",
        note="Unrelated Japan-Russia (Soviet) history: Siberian internment memorial. Not about the islands or the "
             "peace treaty.",
        related=["Japan's war dead: remains of 14 identified by DNA",
                 "Maizuru museum's internment records added to UNESCO register",
                 "Opinion: the generation that remembers is almost gone"],
        paras=[
            "They were teenagers and young men when the war ended; most were in their late 90s when they gathered "
            "on Sunday at the Chidorigafuchi National Cemetery in Tokyo to remember the comrades who never came "
            "home from the Soviet Union.",
            "About 575,000 Japanese soldiers and civilians were taken to labour camps in Siberia, Central Asia and "
            "Mongolia after the Soviet Union entered the war in August 1945. About 55,000 died of cold, hunger and "
            "disease before the last of them were repatriated in 1956.",
            "The annual memorial, held on 23 August, the anniversary of Stalin's order to transfer Japanese "
            "prisoners for labour, drew about 40 survivors this year, down from several hundred a decade ago.",
            "\"We were told we were going home. The train went west instead,\" said Toshio Hirano, 99, who spent "
            "three years felling trees near Taishet. He said he still kept the wooden spoon he carved there.",
            "The health ministry has identified the remains of about 22,000 internees, but collection work inside "
            "Russia has been largely on hold in recent years.",
        ],
    ),
    dict(
        id="b37-055", feed="eastcape-herald", lang="en", published="2026-08-14T08:10:00Z",
        byline="Ken Ashby, staff writer",
        title="Another summer without island visits for Nemuro's former residents",
        summary="With peace treaty consultations suspended since March, there is no sign of the grave visits "
                "and visa-free trips ending in 2022 coming back.",
        label="restatement",
        note="Negated version of a move ('no visits again this summer'). Restates the 2022 end of visa-free trips "
             "and visits (seeds 000, 001, 003) and the corpus' earlier suspension of consultations "
             "(g-talks-suspended) and the JEA working group meeting (g-jea-working-group). No new event.",
        related=["Russia suspends peace treaty consultations with Japan",
                 "Kelp season off Kaigara island ends early",
                 "Nemuro marks 80 years since the islands were lost"],
        paras=[
            "NEMURO \u2014 The Etopirika has spent most of this summer tied up at Nemuro's Hanasaki wharf. Apart from "
            "a single day trip to Shibotsu two summers ago, the ship built to carry Japanese visitors to the "
            "Russian-held islands has had nowhere to take them since 2019.",
            "Russia ended the visa-free exchanges and the visits by former residents in March 2022. Hopes that they "
            "might return rose briefly last year, when Tokyo and Moscow resumed talks on a peace treaty and, in "
            "October, held a meeting on joint economic projects on the islands. Those hopes faded in March, when "
            "Moscow suspended the treaty consultations over new Japanese sanctions.",
            "\u201cWe were told to wait for the talks. Now there are no talks,\u201d said Kazuko Ishida, 90, who was born "
            "on Kunashiri. \u201cI don't think I will see my village again.\u201d",
            "A Cabinet Office official said the government had again asked Moscow this spring to allow grave visits "
            "but had received no reply. The working group on joint economic activities has not met since its "
            "October session in Moscow, and the session planned in Tokyo has not been scheduled.",
            "The former islanders' league says 4,900 of the roughly 17,000 people who lived on the islands in 1945 "
            "are still alive. Their average age passed 90 this spring.",
        ],
    ),
    dict(
        id="b37-059", feed="ostrog-en", lang="en", published="2026-09-29T10:30:00Z",
        section="World", tags=["Japan", "Kuril Islands", "Visa-free exchanges", "Russian Foreign Ministry"],
        title="Russia could return to visa-free exchanges with Japan if Tokyo drops hostile course \u2014 diplomat",
        summary="A senior Foreign Ministry official said Moscow would be ready to 'look at' the exchanges again, "
                "but that there were no conditions for that today.",
        label="restatement",
        note="Conditional version of a move ('could return ... if'). Restates that visa-free trips were terminated "
             "in 2022 (seeds 000, 001, 003) and the known Russian condition (seed 004). No new event.",
        related=["Russian MFA: Japan's militarisation undermines regional security",
                 "Sakhalin to host Eastern Economic Forum side event",
                 "Russia suspends peace treaty consultations with Japan"],
        paras=[
            "MOSCOW, September 29. Russia could consider returning to visa-free exchanges with Japan for the "
            "southern Kuril Islands if Tokyo abandons its unfriendly policy, the director of the Russian Foreign "
            "Ministry's Second Asian Department told Ostrog.",
            "\"We have never been against human contacts as such. If Tokyo lifts its illegitimate sanctions and "
            "stops its anti-Russian campaign, we would be prepared to look at the question of exchanges again. But "
            "today, unfortunately, there are no conditions for this,\" the diplomat said.",
            "He said the decision of March 2022 to terminate the visa-free trips remained in force, as did the "
            "suspension, announced in March this year, of consultations on the peace treaty.",
            "Visa-free exchanges between residents of the southern Kurils and Japanese citizens were conducted "
            "under a 1991 agreement, and simplified visits by former Japanese residents to their places of birth "
            "under a 1999 arrangement. Moscow terminated both in March 2022 in response to Japanese sanctions.",
            "The diplomat also dismissed Japanese appeals to return to the peace treaty consultations. \"Calls to "
            "'come back to the table' while new sanctions are being prepared are not serious. We judge by actions, "
            "not by words,\" he said.",
            "Japan's government has said it will continue to seek the resumption of visits by former residents to "
            "family graves on the islands as a humanitarian matter, separate from the wider state of relations.",
        ],
    ),
    dict(
        id="b37-062", feed="fathom-post", lang="en", published="2026-11-24T07:00:00Z",
        section="Japan", byline="Maya Hollins in Tokyo",
        title="Why Japan and Russia still have no peace treaty, 70 years after restoring ties",
        summary="An explainer on the dispute over the islands off Hokkaido, and on why the last two years of "
                "stop-start diplomacy have not changed its basic shape.",
        label="restatement",
        note="Background/explainer (70 years since the 1956 declaration). Restates seed facts (1956 declaration, "
             "2018 acceleration, March 2022 halt and terminations; seeds 000, 001, 003, 004) and the corpus' own "
             "earlier developments (Hanoi talks, their suspension, the JEA meeting, Belarus's consulate, the "
             "Russia-China statement). No new event.",
        related=["Japan urges Russia to reconsider freeze on peace treaty talks",
                 "China backs Russian sovereignty over Kuril Islands in joint statement",
                 "Eighty years on, Nemuro remembers the days the islands were lost"],
        paras=[
            "Seventy years ago next month, the Soviet-Japanese Joint Declaration took effect, ending the state of war "
            "between the two countries and restoring diplomatic relations. It did not settle the one question that "
            "has divided them ever since: who owns the four islands off Hokkaido that Soviet forces seized in 1945.",
            {"h": "What are the islands?"},
            "Etorofu (Iturup in Russian), Kunashiri (Kunashir), Shikotan and the Habomai group lie at the southern "
            "end of the Kuril chain. Japan calls them the Northern Territories and says they are an inherent part "
            "of its territory; Russia calls them the Southern Kurils and says it acquired them legitimately as a "
            "result of the second world war.",
            {"h": "Why is there no treaty?"},
            "The 1956 declaration said the Soviet Union would hand over Shikotan and the Habomai islets after a "
            "peace treaty was signed. No treaty followed. In 2018, Shinzo Abe and Vladimir Putin agreed to speed up "
            "talks on the basis of that declaration, but they stalled. In March 2022, after Japan joined sanctions "
            "over Ukraine, Moscow said it would not continue the negotiations, ended visa-free visits to the "
            "islands and pulled out of talks on joint economic projects there.",
            {"h": "What has happened since?"},
            "Diplomats met in Hanoi in June 2025 for the first treaty consultations in more than three years, and "
            "a working group on joint projects met in Moscow that October. But in March this year Russia suspended "
            "the consultations again over new Japanese sanctions. Meanwhile Belarus has opened an honorary "
            "consulate on Kunashiri, and in May China for the first time backed Russian sovereignty over the "
            "Kurils in a summit statement.",
            {"h": "What next?"},
            "Neither government expects movement soon. Russia's 2020 constitutional amendment bans ceding "
            "territory, and Tokyo says it will not ease sanctions to restart talks. The former islanders, whose "
            "average age is now over 90, have not been able to visit since 2019, apart from a one-off landing "
            "on Shibotsu by eight of them in 2024.",
        ],
    ),
]
