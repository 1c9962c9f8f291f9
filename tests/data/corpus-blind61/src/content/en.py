"""English-language articles of the blind61 world (third parties and the world stage)."""

ARTICLES = [
    # ------------------------------------------------------------------ b61-03
    dict(
        id="b61-03", feed="thistledown-en", published="2024-03-06T20:15:00Z",
        title="Senators file resolution backing Japan's claim to Russian-held islands",
        summary="A bipartisan measure introduced in the U.S. Senate would recognise Japan's sovereignty "
                "over the four islands Russia calls the southern Kurils. It has been referred to committee "
                "and no vote is scheduled.",
        label="neutral",
        note="Borderline: a resolution is only introduced and referred to committee; no vote, no "
             "official position yet. The adoption comes later (g-us-senate, b61-06).",
        section="North Asia", byline="Thistledown correspondents in Washington",
        body=[
            "WASHINGTON — A bipartisan group of U.S. senators on Tuesday introduced a resolution that would "
            "put the Senate on record as recognising Japan's sovereignty over the four Russian-held islands "
            "off Hokkaido that Tokyo calls the Northern Territories.",
            "The text, which was referred to the Senate Foreign Relations Committee, describes Etorofu, "
            "Kunashiri, Shikotan and the Habomai islets as Japanese territory \"occupied since 1945\" and "
            "calls on Moscow to resume negotiations with Tokyo. No date has been set for a committee markup, "
            "and aides cautioned that the calendar before the summer recess is crowded.",
            "Similar language has surfaced on Capitol Hill before without reaching the floor. A Senate "
            "resolution, even if adopted, would carry no force of law; it would express the view of the "
            "chamber rather than change U.S. policy, which has long supported Japan's position.",
            "Japan's embassy in Washington said it was \"aware of the initiative\" and declined further "
            "comment. The Russian embassy did not respond to a request for comment.",
            "Russia announced in March 2022 that it was walking away from peace treaty negotiations with "
            "Japan over Tokyo's sanctions, and Russian officials have repeatedly said that talks cannot "
            "resume under current conditions. Moscow says its sovereignty over the islands, which Soviet "
            "forces seized at the end of World War Two, is not open to question.",
            "The sponsors said they hoped to move the measure before the Group of Seven summit in June.",
        ],
    ),
    # ------------------------------------------------------------------ b61-05
    dict(
        id="b61-05", feed="pellucid-en", published="2024-04-11T03:20:00Z",
        title="Biden, Kishida unveil military command upgrade, reaffirm treaty covers Senkakus",
        summary="The U.S. and Japan announced the biggest upgrade to their alliance in decades at a White "
                "House state visit, with Washington reaffirming its defence commitment to the East China Sea "
                "islands claimed by Beijing.",
        label="off_topic",
        note="Look-alike: U.S.-Japan summit about the Senkaku Islands (China), not the Kurils or the "
             "Russia-Japan peace treaty.",
        section="Asia-Pacific", byline="Pellucid White House team", dateline="WASHINGTON, April 10 (Pellucid) -",
        body=[
            "President Joe Biden and Japanese Prime Minister Fumio Kishida on Wednesday announced plans to "
            "restructure the U.S. military command in Japan and deepen defence-industrial cooperation, in "
            "what officials on both sides called the most significant upgrade of the alliance since it was "
            "signed.",
            "In a joint leaders' statement, the two governments said Article 5 of the U.S.-Japan security "
            "treaty applies to the Senkaku Islands, the uninhabited East China Sea chain administered by "
            "Japan and claimed by China as the Diaoyu. They also voiced \"strong opposition\" to any attempt "
            "to change the status quo by force in the East and South China Seas.",
            "The statement criticised what it called deepening military cooperation between Russia and "
            "North Korea and said the allies would keep supporting Ukraine \"for as long as it takes\".",
            "China's foreign ministry said the Diaoyu islands were Chinese territory and accused Washington "
            "and Tokyo of \"creating bloc confrontation\".",
            "Kishida, the first Japanese leader to make a state visit to Washington in nine years, was due "
            "to address a joint meeting of Congress on Thursday before travelling to North Carolina.",
        ],
    ),
    # ------------------------------------------------------------------ b61-07
    dict(
        id="b61-07", feed="pellucid-en", published="2024-05-23T04:10:00Z",
        title="U.S. Senate backs Japan's sovereignty over Russian-held islands in unanimous vote",
        summary="The Senate adopted by unanimous consent a non-binding resolution recognising Japan's "
                "sovereignty over the four southern Kuril islands and urging Russia to return them.",
        label="new_development", group="g-us-senate",
        new_facts=["U.S. Senate unanimously adopted a non-binding resolution recognising Japan's "
                   "sovereignty over the four islands Russia calls the southern Kurils"],
        must_mention=[["senate"], ["resolution"]],
        note="Second report of g-us-senate (first: b61-06, Japanese). Same fact: Senate adopts the resolution.",
        section="Asia-Pacific", byline="Pellucid Washington bureau", dateline="WASHINGTON, May 22 (Pellucid) -",
        body=[
            "The U.S. Senate on Wednesday adopted a resolution recognising Japan's sovereignty over four "
            "Russian-held islands north of Hokkaido, the first time the chamber has taken a formal position "
            "on the decades-old dispute between Tokyo and Moscow.",
            "The non-binding measure, passed by unanimous consent without a recorded vote, describes "
            "Etorofu, Kunashiri, Shikotan and the Habomai islets — known in Russia as the southern Kurils — "
            "as Japanese territory and calls on Russia to \"return\" them and to resume negotiations on a "
            "peace treaty with Japan. It was introduced in March and cleared the Foreign Relations Committee "
            "last week.",
            "\"The United States has stood with Japan on this question since 1956. Today the Senate said so "
            "in its own voice,\" one of the sponsors said on the floor.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi welcomed the resolution as \"an expression "
            "of understanding and support for Japan's position\" and said the government would continue to "
            "seek a resolution of the territorial issue and the conclusion of a peace treaty.",
            "The resolution has no legal force and does not change U.S. policy, which already supports "
            "Japan's claim. But it comes as Moscow has frozen contacts with Tokyo on the issue. Russia's "
            "foreign ministry said in March 2022 it would not continue peace treaty talks because of "
            "Japanese sanctions over the war in Ukraine, and it also ended visa-free visits by Japanese "
            "citizens to the islands.",
            "There was no immediate reaction from the Russian embassy in Washington.",
        ],
    ),
    # ------------------------------------------------------------------ b61-09
    dict(
        id="b61-09", feed="marlpit-en", published="2024-06-18T08:45:00Z",
        title="Chinese coastguard rams Philippine supply boats at disputed shoal",
        summary="Manila accused China of 'aggressive and illegal' actions after a resupply mission to its "
                "outpost on Second Thomas Shoal in the South China Sea was blocked.",
        label="off_topic",
        note="Look-alike: South China Sea island dispute (China-Philippines); nothing on the Kurils.",
        section="International", byline="Our Asia correspondent", tags=["South China Sea", "Philippines", "China"],
        body=[
            "The Philippines has accused China's coastguard of ramming and boarding navy boats on a resupply "
            "run to a grounded warship that serves as Manila's outpost on Second Thomas Shoal, the latest and "
            "most violent clash in the contested waters of the South China Sea.",
            "Philippine officials said Chinese personnel armed with knives and axes seized equipment and "
            "punctured inflatable boats, and that one sailor was injured. Beijing said its coastguard had "
            "taken \"necessary control measures\" against vessels that had \"illegally intruded\" into waters "
            "near what it calls Ren'ai Jiao.",
            "The United States, which has a mutual defence treaty with the Philippines, condemned China's "
            "\"escalatory and irresponsible actions\". Japan and Australia also voiced concern.",
            "An international tribunal ruled in 2016 that China's sweeping claims to the sea had no legal "
            "basis, a ruling Beijing does not recognise. Brunei, Malaysia, Vietnam and Taiwan also claim parts "
            "of the waterway, through which trillions of dollars of trade pass each year.",
            "Analysts said the episode tested how far Washington's treaty commitments extend to coastguard "
            "clashes that stop short of armed attack.",
        ],
        comments=[("Harbourmaster", "Another island dispute nobody will settle in our lifetime."),
                  ("J. Ferrers", "The 2016 ruling was clear. The question is who enforces it.")],
    ),
    # ------------------------------------------------------------------ b61-10
    dict(
        id="b61-10", feed="pellucid-en", published="2024-06-21T14:00:00Z",
        title="Argentina presses Falklands claim at U.N. committee; Britain says islanders decide",
        summary="Argentina's foreign minister called for sovereignty talks over the Falkland Islands at the "
                "U.N. decolonisation committee; London said the islands' status was not up for negotiation.",
        label="off_topic",
        note="Look-alike: Falklands/Malvinas sovereignty dispute at the UN (Argentina-UK); not about the Kurils.",
        section="Americas", byline="Pellucid staff", dateline="UNITED NATIONS, June 20 (Pellucid) -",
        body=[
            "Argentina renewed its claim to the Falkland Islands at the United Nations on Thursday, urging "
            "Britain to return to bilateral negotiations over the South Atlantic archipelago that Buenos Aires "
            "calls the Malvinas.",
            "Addressing the U.N. Special Committee on Decolonization, Argentina's foreign minister said her "
            "country's sovereignty rights were \"imprescriptible\" and that Argentina sought a peaceful "
            "solution through dialogue, as called for in General Assembly resolutions since 1965.",
            "The committee adopted by consensus its annual resolution asking the two governments to resume "
            "talks. Such resolutions are non-binding.",
            "Britain, which fought a 10-week war with Argentina over the islands in 1982, says there can be "
            "no negotiation on sovereignty unless the islanders wish it. In a 2013 referendum, 99.8% of voters "
            "chose to remain a British overseas territory.",
            "\"The Falkland Islanders' right to self-determination is not up for discussion,\" a British "
            "government spokesperson said.",
            "Argentina's new government has pledged to pursue the claim through diplomacy while seeking closer ties with London on trade and fisheries. British officials said defence arrangements on the islands remained unchanged.",
        ],
    ),
    # ------------------------------------------------------------------ b61-15
    dict(
        id="b61-15", feed="sundial-en", published="2024-09-25T01:00:00Z",
        title="Kishida's farewell at the U.N.: disarmament, Ukraine and an unchanged line on Russia",
        summary="In his last General Assembly speech as prime minister, Fumio Kishida repeated that Japan "
                "seeks to resolve the territorial issue with Russia and conclude a peace treaty, even as "
                "Moscow refuses to talk.",
        label="restatement",
        note="Restates Japan's known position (seed 002: Kishida says Tokyo remains steadfast on a peace "
             "treaty) and the known Russian refusal (seeds 000, 004). No move.",
        section="Multilateral", byline="Sundial editors", issue="24/39",
        body=[
            "Fumio Kishida used what was billed as his final address to the U.N. General Assembly to return "
            "to the themes of his three years in office: nuclear disarmament, Security Council reform and "
            "support for Ukraine.",
            "Russia featured mostly through the war. Kishida called the invasion of Ukraine \"a violation of "
            "the U.N. Charter that shakes the very foundation of the international order\" and warned against "
            "any use or threat of nuclear weapons.",
            "On bilateral relations he kept to the script Tokyo has used since 2022. Japan, he said, "
            "\"maintains its policy of resolving the territorial issue and concluding a peace treaty\" with "
            "Russia, while noting that relations were in a \"severe situation\". The formula is almost word "
            "for word what he told parliament in 2023.",
            "Moscow has answered that line the same way for two and a half years. Russia's foreign ministry "
            "said in March 2022 that it would not continue peace treaty negotiations with a state that had "
            "imposed sanctions on it, and Deputy Foreign Minister Andrei Rudenko said in February that a "
            "resumption of dialogue was \"categorically impossible\".",
            "Nothing in the speech suggested movement. A Japanese diplomat travelling with the delegation "
            "said there had been no contact with the Russian side in New York.",
            "## What to watch",
            "The Liberal Democratic Party chooses Kishida's successor on Friday. None of the candidates has "
            "proposed changing Japan's stance on the islands.",
        ],
    ),
    # ------------------------------------------------------------------ b61-17
    dict(
        id="b61-17", feed="thistledown-en", published="2024-12-05T10:00:00Z",
        title="Seoul think tank revives call for Korean War peace treaty as Pyongyang-Moscow pact takes effect",
        summary="A government-funded institute in Seoul urged talks on replacing the 1953 armistice with a "
                "peace treaty, arguing the Russia-North Korea defence pact has changed the peninsula's "
                "security equation.",
        label="off_topic",
        note="Look-alike: another peace treaty (Korean War armistice), with Russia and Japan mentioned; "
             "nothing on the Russia-Japan treaty or the Kurils.",
        section="Security", byline="Thistledown Seoul bureau",
        body=[
            "SEOUL — A state-funded South Korean research institute has called for a fresh push toward a "
            "peace treaty formally ending the 1950-53 Korean War, saying the entry into force of a mutual "
            "defence treaty between Russia and North Korea had made the armistice regime more fragile.",
            "In a report released on Thursday, the institute said the armistice — signed by the U.N. Command, "
            "North Korea and China but not by South Korea — was \"a ceasefire that has outlived its design\". "
            "It proposed four-party talks among the two Koreas, the United States and China.",
            "The Comprehensive Strategic Partnership treaty signed by Vladimir Putin and Kim Jong Un in June "
            "took effect this week after the exchange of ratification instruments. Its Article 4 obliges "
            "each side to provide military assistance if the other is attacked.",
            "The report also recommended closer coordination with Japan, noting that Tokyo and Seoul face "
            "the same missile threat. Japan and South Korea, along with the United States, have condemned "
            "the deployment of North Korean troops to fight for Russia.",
            "Pyongyang has rejected previous peace-treaty proposals as a ploy and has declared South Korea "
            "its \"principal enemy\". South Korea's unification ministry said it would \"review\" the report.",
        ],
    ),
    # ------------------------------------------------------------------ b61-18
    dict(
        id="b61-18", feed="pellucid-en", published="2025-01-20T09:00:00Z",
        title="Armenia says peace treaty with Azerbaijan ready to sign; Baku sets conditions",
        summary="Yerevan says 15 of 17 articles of a draft peace treaty are agreed; Azerbaijan insists "
                "Armenia first change its constitution.",
        label="off_topic",
        note="Look-alike: a different peace treaty (Armenia-Azerbaijan); nothing on Russia-Japan.",
        section="Europe", byline="Pellucid staff", dateline="YEREVAN, Jan 20 (Pellucid) -",
        body=[
            "Armenia is ready to sign a peace treaty with Azerbaijan \"tomorrow\" on the basis of the "
            "articles already agreed, Foreign Minister Ararat Mirzoyan said on Monday, as the neighbours "
            "edged closer to a deal ending more than three decades of conflict.",
            "Mirzoyan said the sides had agreed 15 of the draft's 17 articles, including mutual recognition "
            "of territorial integrity and a commitment not to deploy third-country forces along the border.",
            "Azerbaijan's foreign ministry welcomed the progress but repeated that a treaty could only be "
            "signed once Armenia amends its constitution, which Baku says contains territorial claims on "
            "Azerbaijan. Armenian officials say a new constitution is being drafted but reject it as a "
            "precondition.",
            "Azerbaijan retook the Karabakh region in a lightning offensive in September 2023, prompting "
            "the exodus of more than 100,000 ethnic Armenians. Russia, once the main mediator, has seen its "
            "role shrink as the European Union and the United States hosted rounds of talks.",
            "Analysts said a signing in the first half of the year was possible but far from certain.",
        ],
    ),
    # ------------------------------------------------------------------ b61-21
    dict(
        id="b61-21", feed="marlpit-en", published="2025-03-04T16:00:00Z",
        title="U.S. envoy's aside on 'Japanese islands' stirs Tokyo; State Department says policy unchanged",
        summary="A remark by a senior U.S. envoy that the Kurils could come up 'somewhere down the line' in "
                "a broader conversation with Moscow drew questions in Tokyo. Washington said its support for "
                "Japan's position had not changed.",
        label="neutral",
        note="Borderline: an off-the-cuff remark by a U.S. envoy about a possible future discussion, quickly "
             "walked back; no decision, no talks. Not scored.",
        section="International", byline="Diplomatic editor", tags=["US", "Russia", "Japan"],
        body=[
            "Japan sought clarification from Washington on Tuesday after a senior U.S. envoy suggested in a "
            "podcast interview that the Russian-held islands claimed by Japan might eventually feature in "
            "the \"big picture\" discussions the Trump administration is having with Moscow.",
            "Asked whether a broader U.S.-Russia reset could touch on Asia, the envoy said there were "
            "\"a lot of things on the table — Arctic, energy, even those islands up by Japan, somewhere down "
            "the line\". He did not elaborate.",
            "Japan's chief cabinet secretary, Yoshimasa Hayashi, told reporters that the government had "
            "\"confirmed through diplomatic channels that there is no change in the U.S. position\" and that "
            "the territorial issue was one to be resolved between Japan and Russia.",
            "A State Department spokesperson said later that the United States \"has long recognised "
            "Japanese sovereignty over the Northern Territories\" and that \"nothing has changed\". The "
            "envoy's office said his comment had been \"a general observation\".",
            "Russia's foreign ministry did not comment. Moscow has said since 2022 that peace treaty talks "
            "with Tokyo are impossible while Japan maintains sanctions, and insists the islands are Russian.",
            "Officials in Tokyo privately described the episode as a reminder of how little control Japan "
            "has over what its ally might say to Moscow.",
        ],
        comments=[("Ostrander", "Walked back within hours. Storm in a teacup."),
                  ("K. Ueda", "Tokyo has reason to be nervous about being traded away in a grand bargain.")],
    ),
    # ------------------------------------------------------------------ b61-23
    dict(
        id="b61-23", feed="marlpit-en", published="2025-04-15T11:00:00Z",
        title="Kazakhstan offers to host Russia-Japan talks 'if both sides so wish'",
        summary="Kazakhstan's foreign minister said Astana would be ready to provide a venue for Russia-Japan "
                "contacts on a peace treaty, but only if both capitals asked. Neither has.",
        label="restatement",
        note="Conditional offer ('if both sides wish'); no request from either side, no talks. The known "
             "state (talks suspended since March 2022, seed 000) is unchanged.",
        section="International", byline="Central Asia correspondent", tags=["Kazakhstan", "Japan", "Russia"],
        body=[
            "Kazakhstan would be willing to host meetings between Russia and Japan on a peace treaty if both "
            "countries requested it, the Central Asian nation's foreign minister said on Tuesday, offering "
            "Astana's services as a neutral venue.",
            "\"Kazakhstan has good relations with both Moscow and Tokyo. If both sides so wish, we are ready "
            "to provide a platform,\" the minister told reporters after meeting a Japanese parliamentary "
            "delegation. \"We are not mediators and we do not impose ourselves.\"",
            "Neither Russia nor Japan has asked for such help. Japan's embassy in Astana said Tokyo "
            "\"appreciated Kazakhstan's constructive stance\" but that its position on the territorial issue "
            "was unchanged. A Russian diplomat in Astana said there were \"no conditions\" for resuming "
            "dialogue with Japan.",
            "Moscow suspended peace treaty negotiations in March 2022 after Japan joined Western sanctions "
            "over the invasion of Ukraine. Kazakhstan, which shares a long border with Russia, has sought to "
            "raise its profile as a meeting place, hosting rounds of talks on Syria and between Armenia and "
            "Azerbaijan.",
            "Japan and Kazakhstan are preparing a leaders' summit with the five Central Asian states later "
            "this year.",
        ],
    ),
    # ------------------------------------------------------------------ b61-25
    dict(
        id="b61-25", feed="thistledown-en", published="2025-05-20T14:30:00Z",
        title="Could a U.S.-Russia thaw reopen Japan's island file? Not soon, diplomats say",
        summary="Tokyo watches Washington's outreach to Moscow warily. Officials and analysts see no sign that "
                "Russia would revive peace treaty talks or soften on the Kurils.",
        label="restatement",
        note="Analysis in the conditional ('if', 'could', 'would'); restates that talks remain suspended "
             "(seeds 000, 004) and the known positions. No new fact.",
        section="Analysis", byline="Thistledown North Asia desk",
        body=[
            "TOKYO — When Washington began talking to Moscow again this year, a question quickly followed in "
            "Tokyo: could a U.S.-Russia thaw eventually reopen the stalled negotiations over the islands "
            "Japan calls the Northern Territories?",
            "Not any time soon, according to more than a dozen diplomats and analysts interviewed by "
            "Thistledown. Russia has shown no interest in talking to Tokyo while Japan keeps its sanctions, "
            "and Japan has shown no intention of lifting them.",
            "\"If the war ended and sanctions were eased, Moscow might again find a use for Japan. But the "
            "islands would be the last thing it offers, not the first,\" said a former Japanese diplomat who "
            "took part in the 2018-19 talks between Shinzo Abe and Vladimir Putin.",
            "Russia's foreign ministry formally ended peace treaty negotiations in March 2022, also pulling "
            "out of talks on joint economic activity on the islands and scrapping visa-free visits for "
            "Japanese citizens. Russian officials have since described a resumption as impossible, and "
            "Deputy Foreign Minister Andrei Rudenko said last year that Tokyo would first have to abandon "
            "its \"hostile policy\".",
            "A Russian analyst in Moscow said a deal with Washington would, if anything, lower Japan's value "
            "to the Kremlin. \"Why pay Tokyo for something you already get from the Americans?\"",
            "For Japanese officials, the more immediate worry is that the islands could be mentioned in "
            "U.S.-Russia exchanges at all. The State Department has said its long-standing support for "
            "Japan's position is unchanged.",
        ],
    ),
    # ------------------------------------------------------------------ b61-27
    dict(
        id="b61-27", feed="sundial-en", published="2025-07-15T02:00:00Z",
        title="Japan's defence white paper again flags Russian build-up on disputed islands",
        summary="The annual Defense of Japan report repeats that Russian forces on the Northern Territories "
                "are being strengthened and that the islands are Japan's inherent territory.",
        label="restatement",
        note="Annual report restating known positions and long-known deployments; nothing new happened.",
        section="Security", byline="Sundial editors", issue="25/29",
        body=[
            "Japan's cabinet approved the 2025 edition of its defence white paper on Tuesday. As every year "
            "since 2005, it describes the Northern Territories as \"an inherent part of the territory of "
            "Japan\" that remains \"illegally occupied\" by Russia.",
            "The chapter on Russia repeats language from recent editions on the strengthening of Russian "
            "forces on the islands: the coastal-defence missile systems first deployed to Etorofu and "
            "Kunashiri in 2016, newer barracks and the army division stationed there, and regular exercises. "
            "It says Russia's activities in the Far East warrant \"close attention\", together with its "
            "growing military cooperation with China.",
            "The paper does not identify any new deployment on the islands, and defence ministry officials "
            "said the section had been updated only with exercise statistics.",
            "Moscow routinely protests the wording. Russia's foreign ministry said last year that the white "
            "paper reflected Tokyo's \"militaristic course\" and that Russian sovereignty over the southern "
            "Kurils is beyond question.",
            "Relations remain frozen: peace treaty talks have been suspended by Russia since March 2022 and "
            "visa-free exchanges with the islands are terminated.",
        ],
    ),
    # ------------------------------------------------------------------ b61-30
    dict(
        id="b61-30", feed="marlpit-en", published="2025-08-29T15:00:00Z",
        title="China's new official map drops 'disputed' label on Russian-held islands claimed by Japan",
        summary="The 2025 edition of China's standard map shows the four southern Kurils in Russia's colour "
                "with no note of Japan's claim. Tokyo has asked Beijing for an explanation.",
        label="new_development", group="g-china-map",
        new_facts=["China's 2025 standard map removes the note marking the four islands as disputed and "
                   "shows them as Russian territory; Japan raised concern with Beijing"],
        must_mention=[["china", "chinese"], ["map"]],
        note="Second report of g-china-map (first: b61-29, Japanese).",
        section="International", byline="Asia editor", tags=["China", "Japan", "Russia", "Maps"],
        body=[
            "China has removed a long-standing annotation flagging the southern Kuril Islands as disputed "
            "from the latest edition of its official standard map, in a quiet cartographic shift that Japan "
            "says it is examining closely.",
            "The 2025 \"standard map\", published on Thursday by China's Ministry of Natural Resources to "
            "mark its annual surveying and mapping publicity day, shows Etorofu, Kunashiri, Shikotan and the "
            "Habomai islets in the same colour as Russia and gives only their Russian names, rendered in "
            "Chinese. Previous editions carried a small-print note describing the islands as territory "
            "\"in dispute between Japan and Russia\".",
            "Japan's foreign ministry said it had \"conveyed its concern\" to the Chinese embassy and asked "
            "for an explanation. \"The Northern Territories are an inherent part of Japan's territory. We "
            "cannot accept a depiction that contradicts this,\" a spokesperson said.",
            "China's foreign ministry said the map was \"a technical publication reflecting objective "
            "reality\" and should not be \"over-interpreted\".",
            "The change follows a steady deepening of ties between Beijing and Moscow since the invasion of "
            "Ukraine. Russia has said since 2022 that it will not negotiate a peace treaty with Japan and "
            "that its sovereignty over the islands is beyond question.",
            "Beijing's 2023 standard map caused an outcry in India, Malaysia and the Philippines over its "
            "depiction of their borders and maritime claims.",
        ],
        comments=[("Cartographer", "Maps are policy by other means."),
                  ("M. Holt", "Interesting that nobody noticed for a day.")],
    ),
    # ------------------------------------------------------------------ b61-32
    dict(
        id="b61-32", feed="pellucid-en", published="2025-09-24T18:00:00Z",
        title="Zelenskiy repeats Ukraine's backing for Japan's island claim at New York event",
        summary="The Ukrainian president told a Japanese-hosted event on the sidelines of the U.N. General "
                "Assembly that Kyiv still recognises the four islands as Japanese, as it has since 2022.",
        label="restatement",
        note="Restatement by a third-party speaker: Zelenskiy reiterates Ukraine's own 2022 decree; no new "
             "decision, nothing changes between Russia and Japan.",
        section="World", byline="Pellucid U.N. bureau", dateline="NEW YORK, Sept 24 (Pellucid) -",
        body=[
            "Ukrainian President Volodymyr Zelenskiy on Wednesday reiterated his country's support for "
            "Japan's claim to the Russian-held islands off Hokkaido, telling a reception hosted by Japan's "
            "U.N. mission that Kyiv's position \"has not changed and will not change\".",
            "\"Ukraine recognised in 2022 that these islands are Japanese territory occupied by Russia. We "
            "know what occupation means,\" Zelenskiy said, referring to the decree he signed in October 2022.",
            "The remarks did not announce any new step. Japanese officials present described them as a "
            "\"gesture of solidarity\" ahead of a donors' meeting on Ukraine's energy grid that Japan is "
            "co-hosting.",
            "Russia's foreign ministry dismissed Zelenskiy's decree at the time as irrelevant. Moscow says "
            "its sovereignty over the islands, which it calls the southern Kurils, is enshrined in "
            "international documents signed after World War Two and is not open to discussion.",
            "Peace treaty talks between Russia and Japan have been frozen since March 2022, when Moscow "
            "pulled out in response to Japanese sanctions.",
        ],
    ),
    # ------------------------------------------------------------------ b61-33
    dict(
        id="b61-33", feed="thistledown-en", published="2025-10-09T07:00:00Z",
        title="Chinese coastguard ships log record stretch near Senkakus",
        summary="Chinese government vessels have been present in the contiguous zone around the Japan-"
                "administered Senkaku Islands for a record number of consecutive days, Japan's coast guard said.",
        label="off_topic",
        note="Look-alike: Senkaku/Diaoyu dispute (Japan-China), not the Kurils.",
        section="Security", byline="Thistledown Tokyo bureau",
        body=[
            "TOKYO — Chinese coastguard ships have been sighted in waters just outside Japan's territorial "
            "sea around the Senkaku Islands for a record run of consecutive days, Japan's coast guard said on "
            "Thursday, as Beijing keeps up pressure on the uninhabited East China Sea chain.",
            "The 11th Regional Coast Guard Headquarters in Naha said four Chinese vessels, one of them "
            "apparently armed with a cannon, were in the contiguous zone on Thursday morning. Two of them "
            "briefly entered Japanese territorial waters earlier in the week and approached a Japanese "
            "fishing boat before leaving.",
            "Japan lodged a protest through diplomatic channels. China, which calls the islands the Diaoyu, "
            "said its coastguard was conducting \"law-enforcement patrols in China's own territorial waters\".",
            "Japan administers the islands and says there is no territorial dispute over them. Tokyo has "
            "separate, unresolved disputes with South Korea over the Takeshima islets and with Russia over "
            "four islands off Hokkaido.",
            "The coast guard has been adding large patrol ships to its Okinawa fleet since 2016.",
        ],
    ),
    # ------------------------------------------------------------------ b61-37
    dict(
        id="b61-37", feed="pellucid-en", published="2025-11-13T16:00:00Z",
        title="Russia, Japan hold first peace treaty consultations since 2022 in Bishkek",
        summary="Deputy foreign ministers met in the Kyrgyz capital, the first talks on a peace treaty since "
                "Moscow walked out in March 2022, and agreed to keep talking.",
        label="status_change", group="g-bishkek-resume",
        new_facts=["Russia and Japan held peace treaty consultations in Bishkek, Kyrgyzstan, the first since "
                   "Russia suspended talks in March 2022, and agreed to continue them"],
        must_mention=[["bishkek"], ["consultation", "talks"]],
        note="Third report of g-bishkek-resume (first: b61-35, Russian). Status: talks suspended since "
             "March 2022 (seed 000) -> consultations resumed.",
        section="Asia-Pacific", byline="Pellucid staff", dateline="MOSCOW/TOKYO, Nov 13 (Pellucid) -",
        body=[
            "Russia and Japan held their first consultations on a peace treaty since Moscow broke off "
            "negotiations in 2022, meeting in the Kyrgyz capital Bishkek on Wednesday, both governments said "
            "on Thursday.",
            "Russia's Deputy Foreign Minister Andrei Rudenko and Japan's Deputy Minister for Foreign Affairs "
            "led the delegations at talks hosted by Kyrgyzstan's foreign ministry. The Russian foreign "
            "ministry said the sides had \"exchanged views on the entire range of issues related to the peace "
            "treaty\" and agreed to continue the consultations \"in this format\".",
            "Japan's Foreign Minister Toshimitsu Motegi told reporters the talks were \"a first step\" and "
            "that Tokyo had set out its position on the territorial issue. He said Japan had also raised the "
            "resumption of visits by former island residents to family graves.",
            "Russia's foreign ministry said in March 2022 it would not continue peace treaty negotiations "
            "because of Japan's sanctions over Ukraine, and as recently as last year Russian officials "
            "called a resumption \"categorically impossible\". Neither side explained what had changed; "
            "Japanese sanctions remain in place.",
            "Kyrgyz Foreign Minister Jeenbek Kulubaev said his country was \"glad to contribute to "
            "dialogue\" and would host future rounds if asked. No date for a next round was announced.",
            "The Russian statement repeated that Russia's sovereignty over the southern Kurils \"is not "
            "subject to discussion\".",
        ],
    ),
    # ------------------------------------------------------------------ b61-38
    dict(
        id="b61-38", feed="sundial-en", published="2025-11-17T09:00:00Z",
        title="Bishkek: what the first Russia-Japan treaty consultations in three years did and didn't do",
        summary="Last week's meeting in Kyrgyzstan restarted the peace treaty channel Moscow closed in 2022. "
                "It did not touch sanctions, the islands or visa-free visits.",
        label="status_change", group="g-bishkek-resume",
        new_facts=["Russia and Japan resumed peace treaty consultations in Bishkek on Nov 12, 2025"],
        must_mention=[["bishkek"], ["consultation", "talks"]],
        note="Weekly follow-up in g-bishkek-resume with no new fact beyond b61-35/36/37.",
        section="Diplomacy", byline="Sundial editors", issue="25/47",
        body=[
            "The meeting that took place in a Bishkek guesthouse of the Kyrgyz foreign ministry on November "
            "12 was short on substance and long on symbolism. It was the first time Russian and Japanese "
            "diplomats had sat down to discuss a peace treaty since Moscow announced in March 2022 that it "
            "would not continue negotiations with a country that sanctioned it.",
            "## What it did",
            "It restarted a channel. Both sides described the talks as consultations on the peace treaty "
            "and agreed to continue them in the same format, which is more than either had said in three and "
            "a half years.",
            "It gave Kyrgyzstan a role. Bishkek hosted, provided the venue and — according to diplomats — "
            "carried messages during the summer. It is not a mediator in any formal sense.",
            "## What it didn't",
            "It did not touch the substance. Russia's readout repeated that its sovereignty over the southern "
            "Kurils is not subject to discussion; Japan's repeated that the four islands are Japanese.",
            "It did not change sanctions, nor did Moscow say it had dropped its demand that Tokyo abandon "
            "its \"hostile course\". Visa-free exchanges, terminated in 2022, remain terminated, and Russia "
            "has not returned to the dialogue on joint economic activity.",
            "No date has been fixed for a second round. Tokyo would like it in the spring; Moscow has said "
            "only that it will be agreed \"through diplomatic channels\".",
        ],
    ),
    # ------------------------------------------------------------------ b61-40
    dict(
        id="b61-40", feed="pellucid-en", published="2025-12-20T06:00:00Z",
        title="Japan, Central Asian leaders sign critical minerals pact at first Tokyo summit",
        summary="Leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan agreed with "
                "Japan on minerals, logistics and a trans-Caspian corridor that bypasses Russia.",
        label="off_topic",
        note="Look-alike: third-country (Central Asia) summit with Japan that mentions Russia; nothing on "
             "the Kurils or the peace treaty.",
        section="Asia-Pacific", byline="Pellucid Tokyo bureau", dateline="TOKYO, Dec 20 (Pellucid) -",
        body=[
            "Japan and the five Central Asian republics agreed on Saturday to cooperate on critical minerals "
            "and transport links at their first leaders' summit, as Tokyo seeks a foothold in a region long "
            "dominated by Russia and increasingly by China.",
            "The \"Tokyo Declaration\" of the Central Asia plus Japan dialogue commits the six governments to "
            "joint exploration of rare earths and other minerals, Japanese financing for a logistics hub on "
            "the Caspian Sea and training for customs officials along the so-called Middle Corridor, a "
            "trans-Caspian route to Europe that avoids Russian territory.",
            "Japanese Prime Minister Sanae Takaichi said Japan wanted to be \"a partner that respects each "
            "country's choices\". Kazakh President Kassym-Jomart Tokayev said the region did not want to "
            "\"choose between partners\".",
            "The declaration does not mention Russia by name. Central Asian governments have avoided "
            "condemning the invasion of Ukraine, and Russia remains their main trading partner and the "
            "destination for millions of migrant workers.",
            "Japan pledged public and private funding of about 3 trillion yen over five years for projects "
            "in the region.",
        ],
    ),
    # ------------------------------------------------------------------ b61-42
    dict(
        id="b61-42", feed="thistledown-en", published="2026-02-24T13:00:00Z",
        title="EU sanctions firms building military sites on Russian-held Kurils, a first for the bloc",
        summary="The European Union's latest sanctions package lists three Russian companies for military "
                "construction on Iturup and Kunashir, the first EU listings tied to the islands Japan claims.",
        label="new_development", group="g-eu-sanctions",
        new_facts=["EU sanctions package lists three Russian companies for building military facilities on "
                   "Iturup and Kunashir, the first EU sanctions tied to the Kuril Islands"],
        must_mention=[["sanction"], ["kuril", "iturup", "kunashir"]],
        note="First report of g-eu-sanctions. Japan had only requested such listings (b61-22, restatement).",
        section="Security", byline="Thistledown Brussels correspondent",
        body=[
            "BRUSSELS — The European Union on Tuesday imposed sanctions on three Russian construction and "
            "engineering companies that it said were building military facilities on the southern Kuril "
            "Islands, the first time the bloc has targeted activity on the islands claimed by Japan.",
            "The listings are part of a new package of measures against Russia adopted on the fourth "
            "anniversary of the full-scale invasion of Ukraine. According to the EU's Official Journal, the "
            "companies built barracks, fuel depots and coastal missile positions on Iturup and Kunashir for "
            "Russia's Eastern Military District. Their assets in the EU are frozen and EU persons are "
            "barred from dealing with them.",
            "\"Russia's militarisation of the Kuril Islands threatens security in the Indo-Pacific, which is "
            "inseparable from Euro-Atlantic security,\" the legal act says.",
            "Japan had asked EU partners last year to consider such listings. Japanese officials said Tokyo "
            "had coordinated closely with Brussels and would \"welcome\" the decision.",
            "Russia, which says its sovereignty over the islands is indisputable, is expected to respond. "
            "Moscow suspended peace treaty talks with Japan in 2022 over Tokyo's sanctions, and resumed "
            "consultations only in November in Bishkek.",
            "The package also targets shadow-fleet tankers and several banks in third countries.",
        ],
    ),
    # ------------------------------------------------------------------ b61-45
    dict(
        id="b61-45", feed="marlpit-en", published="2026-03-27T12:00:00Z",
        title="Black Sea bloc ministers meet; Japan's blocked partner status stays off the table",
        summary="Foreign ministers of the Organization of the Black Sea Economic Cooperation met without "
                "taking up Japan's status as a sectoral dialogue partner, which Russia has blocked since 2022.",
        label="restatement",
        note="Restates seed fact (Russia blocks extension of Japan's BSEC sectoral dialogue partner status, "
             "seeds 000-003). The block continues; no change.",
        section="International", byline="Foreign staff", tags=["BSEC", "Japan", "Russia"],
        body=[
            "Foreign ministers of the Organization of the Black Sea Economic Cooperation (BSEC) met on Friday "
            "without discussing Japan's lapsed status as a sectoral dialogue partner, which Russia has "
            "blocked since 2022, diplomats said.",
            "Decisions on partner status in the 13-member organisation require consensus. Russia vetoed the "
            "extension of Japan's status in March 2022 as one of its responses to Japanese sanctions, "
            "alongside its withdrawal from peace treaty talks.",
            "\"The item was not on the agenda. Nothing has changed,\" one delegate said. A Japanese "
            "diplomat said Tokyo \"still values cooperation with the BSEC\" but had not asked for the "
            "question to be reopened.",
            "The meeting adopted declarations on transport connectivity and on the environment of the Black "
            "Sea. Ukraine's delegation walked out during the Russian minister's speech.",
            "Japan had held the partner status since 2010, taking part in working groups on energy and "
            "disaster management.",
            "Diplomats said Russia's delegation raised no objection to any other item and that the meeting was businesslike despite the walkout. The organisation's next ministerial meeting is due in the autumn.",
        ],
    ),
    # ------------------------------------------------------------------ b61-48
    dict(
        id="b61-48", feed="marlpit-en", published="2026-05-19T14:00:00Z",
        title="Russia suspends revived peace treaty consultations with Japan after Tokyo-Kyiv drone pact",
        summary="Moscow said it was halting the consultations restarted in Bishkek last November and called "
                "off a second round planned for June, citing Japan's agreement to co-produce drones with Ukraine.",
        label="status_change", group="g-bishkek-suspend",
        new_facts=["Russia suspended the peace treaty consultations with Japan resumed in Bishkek and called "
                   "off the June round, citing Japan's drone co-production agreement with Ukraine"],
        must_mention=[["suspend", "halt"], ["consultation", "talks"]],
        note="Third report of g-bishkek-suspend (first: b61-46, Russian). Status: consultations resumed "
             "(g-bishkek-resume) -> suspended again.",
        section="International", byline="Moscow correspondent", tags=["Russia", "Japan", "Ukraine"],
        body=[
            "Russia has suspended the peace treaty consultations with Japan that it revived only six months "
            "ago, blaming Tokyo's decision to co-produce military drones with Ukraine.",
            "In a statement on Tuesday, Russia's foreign ministry said that \"continuing the consultations "
            "launched in Bishkek is impossible\" after Japan signed an agreement with Ukraine on the joint "
            "development and production of unmanned systems. A second round, which diplomats said had been "
            "pencilled in for June in Bishkek, will not take place.",
            "\"Tokyo has chosen to become a direct participant in the supply of weapons used against "
            "Russian citizens,\" the ministry said. \"All responsibility lies with the Japanese side.\"",
            "Japan's chief cabinet secretary, Minoru Kihara, called the decision \"extremely regrettable\" "
            "and said Japan's support for Ukraine was \"based on international law\". He said Tokyo remained "
            "committed to resolving the territorial issue and concluding a peace treaty.",
            "The consultations, held in the Kyrgyz capital in November, were the first on the treaty since "
            "Moscow walked out of negotiations in March 2022. Kyrgyzstan said it regretted the suspension.",
            "Former residents of the islands, who had hoped the talks would lead to a resumption of grave "
            "visits, said they were dismayed.",
        ],
        comments=[("T. Ashby", "Six months. That is about what everyone expected."),
                  ("northernwatch", "The drone pact was signed on Friday; the response came on Tuesday.")],
    ),
    # ------------------------------------------------------------------ b61-51
    dict(
        id="b61-51", feed="pellucid-en", published="2026-06-24T10:00:00Z",
        title="Kyrgyzstan says it would host Russia-Japan talks again 'when both sides are ready'",
        summary="Kyrgyz Foreign Minister Jeenbek Kulubaev said Bishkek's offer stands, but that there was no "
                "request from Moscow or Tokyo to resume the suspended consultations.",
        label="restatement",
        note="Conditional offer ('when both sides are ready'); consultations remain suspended (state from "
             "g-bishkek-suspend). No change.",
        section="Asia-Pacific", byline="Pellucid staff", dateline="BISHKEK, June 24 (Pellucid) -",
        body=[
            "Kyrgyzstan is ready to host Russia and Japan again for consultations on a peace treaty once both "
            "countries are willing, Foreign Minister Jeenbek Kulubaev said on Wednesday, a month after Moscow "
            "suspended the talks that began in Bishkek last year.",
            "\"Our door remains open. When both sides are ready, Bishkek is ready,\" Kulubaev told a news "
            "conference. He said Kyrgyzstan had received no request from either government and would not "
            "\"run ahead of the partners\".",
            "Russia halted the consultations in May, citing Japan's agreement with Ukraine to co-produce "
            "drones, and cancelled a round that had been expected in June. Japan has said it regrets the "
            "decision and remains committed to concluding a peace treaty.",
            "A Russian embassy spokesman in Bishkek said the conditions for resuming the consultations "
            "\"do not exist at present\".",
            "Kulubaev was speaking after talks with his Japanese counterpart's special envoy on a Japanese "
            "grant for an airport terminal in Osh.",
        ],
    ),
    # ------------------------------------------------------------------ b61-52
    dict(
        id="b61-52", feed="marlpit-en", published="2026-07-08T17:00:00Z",
        title="NATO summit declaration names Russian build-up on Kuril Islands for the first time",
        summary="Allied leaders meeting in Ankara said Russia's militarisation of the Kuril Islands, "
                "including the islands claimed by Japan, affects Euro-Atlantic security.",
        label="new_development", group="g-nato",
        new_facts=["NATO's Ankara summit declaration mentions Russia's military build-up on the Kuril "
                   "Islands for the first time"],
        must_mention=[["nato"], ["kuril"]],
        note="First report of g-nato.",
        section="International", byline="Defence editor", tags=["NATO", "Russia", "Japan", "Defence"],
        body=[
            "NATO leaders have for the first time singled out Russia's military build-up on the Kuril Islands, "
            "including on islands claimed by Japan, in a summit declaration that underlines the alliance's "
            "growing attention to the Indo-Pacific.",
            "The declaration agreed in Ankara on Wednesday says allies are \"concerned by Russia's "
            "militarisation of the Kuril Islands, including the Northern Territories of Japan, and by "
            "increasingly complex Russian and Chinese military activity in the North Pacific\", which it "
            "says \"bears directly on Euro-Atlantic security\".",
            "Previous declarations mentioned the Indo-Pacific in general terms. Diplomats said the language "
            "was proposed by Japan, which attended the summit as a partner, and was supported by the United "
            "States and the Baltic states. Some European allies had reservations about naming the islands.",
            "Japanese Prime Minister Sanae Takaichi, attending her first NATO summit, said the wording "
            "showed that \"the security of Europe and the Indo-Pacific is indivisible\".",
            "Russia has rejected NATO statements on Asia as interference. It maintains that its sovereignty "
            "over the southern Kurils is indisputable and suspended peace treaty consultations with Japan in "
            "May.",
            "Secretary General Mark Rutte said the alliance was \"not going global\" but could not ignore "
            "\"the reality that Russia and China act together\".",
        ],
        comments=[("Col. (retd) Farraday", "One sentence, but a significant one.")],
    ),
    # ------------------------------------------------------------------ b61-56
    dict(
        id="b61-56", feed="pellucid-en", published="2026-07-16T02:00:00Z",
        title="Russia allows one-off grave visit for Japanese former islanders via Red Cross",
        summary="Moscow agreed to let a group of former residents of the islands visit family graves on "
                "Kunashir in August under arrangements brokered by the ICRC, stressing it is a single exception.",
        label="new_development", group="g-icrc",
        new_facts=["Russia agreed to a one-time visit by Japanese former islanders to family graves on "
                   "Kunashir in August, arranged through the International Committee of the Red Cross"],
        must_mention=[["red cross", "icrc"], ["grave", "visit"]],
        note="Third report of g-icrc (first: b61-54, Japanese). One-off exception: the visa-free and "
             "simplified-visit regimes terminated in 2022 (seeds 001, 003) stay terminated.",
        section="Asia-Pacific", byline="Pellucid staff", dateline="TOKYO, July 15 (Pellucid) -",
        body=[
            "Russia has agreed to let a small group of Japanese former residents of the disputed islands off "
            "Hokkaido visit family graves on Kunashir next month, in a one-time arrangement worked out with "
            "the help of the International Committee of the Red Cross (ICRC), officials in both countries "
            "said.",
            "Up to 15 former islanders and relatives will travel in late August on a chartered vessel "
            "accompanied by ICRC staff, Japan's Cabinet Office said. They will visit cemeteries near "
            "Yuzhno-Kurilsk, known in Japan as Furukamappu, and travel with Russian-issued humanitarian "
            "documents rather than under the visa-free scheme.",
            "Russia's foreign ministry said the visit was \"a one-time humanitarian gesture\" and \"does not "
            "signify the resumption of visa-free exchanges\", which Moscow terminated in 2022.",
            "Grave visits by former residents, most of whom are now in their late 80s, have not taken place "
            "since 2019. The ICRC confirmed it had acted as a \"neutral intermediary\" at the request of the "
            "former residents' league.",
            "The arrangement comes two months after Russia suspended peace treaty consultations with Japan. "
            "Japanese officials said it should not be read as a political signal.",
        ],
    ),
    # ------------------------------------------------------------------ b61-57
    dict(
        id="b61-57", feed="sundial-en", published="2026-07-21T15:00:00Z",
        title="U.N. says Kuril dispute is for Russia and Japan; good offices 'available if requested'",
        summary="After NATO's mention of the Kurils, the U.N. Secretary-General's spokesperson said the "
                "organisation takes no position and would help only if both parties asked.",
        label="restatement",
        note="Conditional ('if both parties request'); UN takes no position and nothing is requested or "
             "done. Restates the known frozen state.",
        section="Multilateral", byline="Sundial editors", issue="26/30",
        body=[
            "The United Nations has no role in the territorial dispute between Russia and Japan unless both "
            "parties ask for one, the Secretary-General's spokesperson said, after reporters asked about the "
            "NATO summit's reference to the Kuril Islands.",
            "\"This is a matter for the two countries concerned. The Secretary-General's good offices are "
            "always available if both parties request them,\" Stéphane Dujarric told the daily briefing in "
            "New York. He said no such request had been received.",
            "Neither government is likely to ask. Russia considers the southern Kurils its territory by the "
            "outcome of World War Two and has rejected any outside involvement; Japan has always treated the "
            "issue as one to be settled in bilateral negotiations leading to a peace treaty.",
            "Those negotiations remain frozen. Moscow suspended the consultations restarted in Bishkek in "
            "May, and the Russian foreign ministry has said conditions for dialogue do not exist.",
            "## Elsewhere on the briefing",
            "Dujarric also announced the appointment of a new humanitarian coordinator for Sudan and said the "
            "Secretary-General would travel to the Pacific islands forum in September.",
        ],
    ),
    # ------------------------------------------------------------------ b61-59
    dict(
        id="b61-59", feed="thistledown-en", published="2026-09-10T12:00:00Z",
        title="Japan pledges demining aid at Crimea Platform summit",
        summary="Japan's foreign minister told the annual Crimea Platform gathering in Kyiv that Tokyo would "
                "never recognise Russia's annexation of Crimea and announced new demining equipment.",
        label="off_topic",
        note="Look-alike: Crimea (annexation, occupied territories) with Japan and Russia mentioned; not "
             "about the Kurils or the peace treaty.",
        section="Security", byline="Thistledown Europe desk",
        body=[
            "KYIV — Japan will provide a further package of demining equipment and training to Ukraine, "
            "Foreign Minister Toshimitsu Motegi said on Thursday at the Crimea Platform summit, the annual "
            "gathering Kyiv uses to keep the peninsula's status on the international agenda.",
            "\"Japan does not and will not recognise Russia's illegal annexation of Crimea,\" Motegi said in "
            "a video address. \"Changing borders by force cannot be allowed anywhere in the world.\"",
            "The package, worth about 4 billion yen, includes mine-clearing machines and training by Japanese "
            "experts in Cambodia, where Japan has funded demining for decades.",
            "More than 60 countries and organisations took part. Russia, which annexed Crimea in 2014 after a "
            "referendum that Ukraine and Western governments consider illegitimate, calls the platform "
            "\"a hostile gathering\" and says the peninsula's status is closed.",
            "Ukrainian President Volodymyr Zelenskiy said the return of Crimea remained a goal \"by political "
            "and diplomatic means as well\".",
        ],
    ),
]
