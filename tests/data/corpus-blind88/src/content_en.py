"""English articles of the blind88 corpus (ids follow publication order)."""


def A(**kw):
    kw.setdefault("lang", "en")
    return kw


ARTICLES = [
    A(
        id="b88-01", feed="annexroom-en", published="2024-02-13T10:20:00Z",
        title="Kremlin press call, 12 February 2024: election campaign, sanctions, Japan (excerpts)",
        summary="Working translation of excerpts from the Kremlin spokesman's daily call with reporters, "
                "including a question on Japan after the deputy foreign minister's remarks on a peace treaty.",
        label="restatement",
        note="Peskov repeats that peace treaty talks are impossible while Tokyo is 'unfriendly' and that the "
             "2022 decisions stand: restates seed 002 (Peskov: talks impossible) and seed 004 (Rudenko, "
             "8 Feb 2024: resumption categorically impossible). No new fact.",
        crumb="Briefings", country="Russia", source="Kremlin press service (audio), working translation",
        body=[
            "The following are excerpts from the daily conference call of Kremlin spokesman Dmitry Peskov "
            "with reporters on 12 February 2024. Working translation by Annex Room; questions are abridged "
            "and several exchanges on domestic matters have been left out.",
            "Q: The Central Election Commission has completed the registration of candidates. Will the "
            "President take part in any televised debates?",
            "PESKOV: No. This is a well-known position. The President's schedule does not allow it, and his "
            "day-to-day work as head of state speaks for itself.",
            "Q: Several Western capitals are preparing new sanctions for the second anniversary of the special "
            "military operation. How will Moscow respond?",
            "PESKOV: We have learned to work under sanctions. Every new package hurts, first of all, those who "
            "adopt it. We will continue to take measures to protect our economy, as we have done.",
            "Q (Japanese news agency): Last week Deputy Foreign Minister Rudenko said the resumption of "
            "dialogue on a peace treaty with Japan was categorically impossible. Tokyo says it remains "
            "committed to concluding a treaty. Does the Kremlin see any room for contact?",
            "PESKOV: I can only refer you to what my colleagues at the Foreign Ministry have said; there is "
            "nothing I can add. Our position has not changed. As long as Tokyo takes an openly unfriendly line "
            "towards our country and joins every sanctions initiative, there can be no question of negotiating "
            "a peace treaty. That was not our choice. The choice was made in Tokyo.",
            "Q: And humanitarian contacts, such as trips by former Japanese residents to the islands?",
            "PESKOV: Those decisions were taken two years ago and the reasons were explained at the time. I "
            "have nothing new to tell you today.",
            "Q: Is a telephone conversation between the President and the Japanese prime minister possible?",
            "PESKOV: No such conversation is on the agenda.",
            "[End of excerpts. The full call lasted about 25 minutes.]",
        ],
    ),
    A(
        id="b88-04", feed="sunderby-wire", published="2024-03-29T02:15:00Z",
        title="Sakhalin to pay families up to 1 million roubles to settle on Russian-held Kurils",
        summary="The regional legislature passed a law offering lump sums to people who move to the southern "
                "Kuril islands claimed by Japan, as Moscow tries to fill jobs on the chain.",
        label="new_development", group="b88-g1",
        new_facts=["Sakhalin's regional Duma passed a law paying 1 million roubles per settler plus 250,000 per "
                   "family member to people who move to the Kurilsky and Yuzhno-Kurilsky districts, from 1 July 2024"],
        must_mention=[["pay", "payment", "grant", "rouble", "ruble"], ["settle", "move", "famil"]],
        note="English wire rewrite of the Russian first report b88-03, same development.",
        byline="By Sunderby Staff", section="Europe", read=3,
        credit="(Reporting by the Moscow bureau; Editing by the Asia desk)",
        body=[
            "YUZHNO-SAKHALINSK, Russia, March 29 (Sunderby) - Russia's Sakhalin region will pay families up to "
            "1 million roubles ($10,800) each to settle on the southern Kuril islands, under a law its "
            "legislature passed on Thursday, as Moscow tries to fill jobs on islands that Japan claims.",
            "The regional Duma voted to grant a one-off payment of 1 million roubles to each applicant and "
            "250,000 roubles for every family member who moves to the Kurilsky or Yuzhno-Kurilsky districts, "
            "which administer Iturup, Kunashir, Shikotan and the Habomai islets.",
            "Recipients must stay at least five years and work in health care, education, fishing, utilities "
            "or construction, or pay part of the money back. Applications open on July 1. The region has set "
            "aside 640 million roubles for the scheme through 2026.",
            "\"The islands are growing but there are not enough people - doctors, teachers, mechanics,\" Dmitry "
            "Levashov, head of the legislature's budget committee, said during the debate, according to a "
            "broadcast of the session.",
            "Around 20,000 people live in the two districts. Moscow has spent heavily on roads, schools and "
            "port facilities there under a federal development programme and offers tax breaks to companies "
            "that register on the islands.",
            "Japan's foreign ministry did not immediately respond to a request for comment. Tokyo calls the "
            "islands, seized by Soviet troops at the end of World War Two, its Northern Territories and "
            "regards them as an inherent part of Japan.",
            "The dispute has kept the two countries from signing a peace treaty formally ending the war. "
            "Moscow said in March 2022 it would not continue treaty talks because of Japanese sanctions over "
            "the war in Ukraine, and ended visa-free visits by Japanese citizens to the islands.",
        ],
    ),
    A(
        id="b88-07", feed="sunderby-wire", published="2024-04-16T08:45:00Z",
        title="Japan's diplomatic bluebook sticks to claim on Russian-held islands",
        summary="The annual report keeps its wording on the Northern Territories and says Japan will still "
                "seek a peace treaty, despite 'severe' ties with Moscow.",
        label="restatement",
        note="Annual report restating known positions (Japan's claim, policy of resolving the territorial issue "
             "and concluding a peace treaty - seed 002; Russia's 2022 halt of talks and visa-free trips - seeds "
             "000/001). English rewrite of b88-06.",
        byline="By Sunderby Staff", section="Asia Pacific", read=2,
        body=[
            "TOKYO, April 16 (Sunderby) - Japan kept its claim to four Russian-held islands off Hokkaido in its "
            "annual diplomatic report on Tuesday, describing them as islands \"over which Japan has "
            "sovereignty\" and an inherent part of its territory.",
            "The 2024 Diplomatic Bluebook, presented to the cabinet by Foreign Minister Yoko Kamikawa, said "
            "relations with Russia remained in a severe situation because of the war in Ukraine, but that "
            "Japan would maintain its policy of resolving the territorial issue and concluding a peace treaty.",
            "The report repeated Tokyo's objection to Moscow's announcement in March 2022 that it would not "
            "continue peace treaty negotiations and would end visa-free exchanges with the islands, calling "
            "the steps extremely unjust and unacceptable.",
            "Given the advanced age of former island residents, it said, resuming exchange programmes centred "
            "on visits to family graves was one of the top priorities in Japan-Russia relations.",
            "The wording on the islands, which Russia calls the southern Kurils, was unchanged from last year's "
            "edition. The bluebook also described China as posing the greatest strategic challenge to Japan "
            "and called North Korea's missile programme a grave threat.",
            "Russia's foreign ministry has said that Russian sovereignty over the islands is enshrined in "
            "post-war international documents and cannot be questioned.",
        ],
    ),
    A(
        id="b88-09", feed="sunderby-wire", published="2024-05-18T09:00:00Z",
        title="Stub-tailed Kurilian Bobtail takes top prize at Moscow cat show",
        summary="A seven-year-old male named Tofu won best in show at a two-day international exhibition, a "
                "first for the breed that originated on the Kuril Islands.",
        label="off_topic",
        note="Look-alike: a cat breed named after the Kuril Islands; nothing about the dispute or the treaty.",
        byline="By Sunderby Staff", section="Lifestyle", read=2,
        related=[("../lifestyle/index.html", "Lifestyle"), ("../oddly/index.html", "Oddly enough")],
        body=[
            "MOSCOW, May 18 (Sunderby) - A seven-year-old Kurilian Bobtail named Tofu took best-in-show honours "
            "at a two-day international cat exhibition in Moscow on Saturday, beating more than 600 entrants "
            "from 14 breeds, the organisers said.",
            "It was the first time the short-tailed breed, known for its pom-pom tail, thick semi-long coat "
            "and a hunting instinct that breeders compare to a dog's, had won the overall title at the show, "
            "which has been held every spring since the early 2000s.",
            "\"He is calm, he is curious and he does not care about cameras at all,\" said his owner, Irina "
            "Solovyova, a breeder from Tver, as Tofu ignored a row of photographers. \"That is the Kuril "
            "character.\"",
            "The breed developed naturally on the Kuril Islands and Sakhalin, where the cats were prized as "
            "mousers and fishers, and was brought to mainland Russia by visitors in the second half of the "
            "20th century. It is now recognised by the major international registries.",
            "Breeders say the bobtail's short tail is a natural mutation that is passed on reliably, and that "
            "every kitten's tail is different. A champion kitten from a well-known cattery can sell for "
            "several hundred thousand roubles.",
            "Solovyova said she had received enquiries from buyers in Europe and Asia, including Japan, but "
            "that exporting animals had become complicated. \"Flights, paperwork, everything takes three times "
            "as long now,\" she said.",
        ],
    ),
    A(
        id="b88-12", feed="notoro-en", published="2024-06-14T01:00:00Z",
        title="Russian border guards return missing Rausu fisherman's body in mid-strait handover",
        summary="The body, found on the coast of Kunashiri, was transferred to a Japan Coast Guard patrol ship "
                "near the median line of the Nemuro Strait in what Russia called a one-time humanitarian step.",
        label="new_development", group="b88-g2",
        new_facts=["Russian border guards found a missing Rausu fisherman's body on Kunashir and handed it to a "
                   "Japan Coast Guard ship near the Nemuro Strait median line on 12 June 2024, as a one-off "
                   "humanitarian exception"],
        must_mention=[["body", "remains"], ["hand", "transfer", "return"]],
        note="English report of the same handover first reported in Japanese (b88-10); adds the Chief Cabinet "
             "Secretary's thanks, no separate development.",
        byline="Current staff", section="Fisheries", tags=["Rausu", "Kunashiri", "Japan Coast Guard"],
        body=[
            "RAUSU - The body of a Rausu fisherman missing since his boat capsized last month was handed over "
            "to the Japan Coast Guard on Wednesday in the middle of the Nemuro Strait, after Russian border "
            "guards found it on the coast of Kunashiri Island.",
            "Kazuya Sasaki, 47, a deckhand on the gillnetter Daihachi Taishin Maru, went missing when the "
            "4.9-tonne boat overturned about five kilometres east of Rausu port on the morning of May 27. The "
            "two other crew members were pulled from the water by a nearby boat.",
            "According to the Nemuro Coast Guard Office, a Russian border patrol boat carried the body to the "
            "vicinity of the median line at around 3 p.m. and transferred it to the patrol ship Kunashiri. The "
            "body arrived in Rausu that evening. Police are working to confirm the identity.",
            "The handover was arranged through Japan's consulate general in Yuzhno-Sakhalinsk and Russia's "
            "consulate general in Sapporo. The Russian side described it as a one-time exception made on "
            "humanitarian grounds, according to people familiar with the arrangements.",
            "It is believed to be the first time since Russia's 2022 invasion of Ukraine that the two sides "
            "have transferred a body directly at sea off the Russian-held islands. Moscow halted peace treaty "
            "talks and visa-free exchanges with the islands in 2022.",
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo on Thursday that the government "
            "had conveyed its thanks to Russia \"from a humanitarian standpoint.\"",
            "\"We are grateful that he could come home to his family,\" said Mitsuo Hasegawa, head of the "
            "Rausu fisheries cooperative.",
        ],
    ),
    A(
        id="b88-14", feed="notoro-en", published="2024-07-09T02:00:00Z",
        title="Nemuro and Kushiro rehearse for a Kuril Trench megaquake",
        summary="Thousands of residents walked to tsunami shelters in a drill based on the government's "
                "worst-case scenario for a magnitude 9.3 earthquake off eastern Hokkaido.",
        label="off_topic",
        note="Look-alike: 'Kuril Trench' (Chishima Trench) earthquake drill in Nemuro and Kushiro; no link to "
             "the territorial dispute or the peace treaty.",
        byline="Current staff", section="Local", tags=["Disaster preparedness", "Nemuro", "Kushiro"],
        body=[
            "NEMURO - About 3,400 residents of Nemuro and Kushiro took part in a tsunami evacuation drill on "
            "Monday based on the government's scenario for a magnitude 9.3 earthquake along the Kuril Trench, "
            "the deep-sea trench that runs off Hokkaido's Pacific coast.",
            "Sirens sounded at 10 a.m. in both cities. In Nemuro, pupils at three elementary schools walked "
            "uphill to designated shelters while volunteers guided elderly residents to the city's tsunami "
            "evacuation tower near the fishing port.",
            "The government's 2022 damage estimate says a quake on the Kuril Trench - known in Japanese as the "
            "Chishima Trench - could send waves of more than 20 metres onto parts of eastern Hokkaido and, in "
            "the worst case, kill around 100,000 people if it struck on a winter night.",
            "Officials said the winter scenario was the hardest to plan for. \"Roads freeze, people are "
            "asleep, and the shelters are cold,\" said a Nemuro disaster-management official. \"We need every "
            "household to know its route before the snow comes.\"",
            "Kushiro city checked new stocks of blankets and portable heaters at its shelters and tested an "
            "app that shows residents the nearest evacuation point.",
            "Seismologists say large quakes along the Kuril Trench have occurred roughly every 340 to 380 "
            "years and that the last is thought to have been in the 17th century, which is why the "
            "government treats a new one as imminent.",
        ],
    ),
    A(
        id="b88-16", feed="sunderby-wire", published="2024-08-20T05:50:00Z",
        title="Russian sports minister Degtyarev visits Japan-claimed Iturup, opens sports centre",
        summary="Mikhail Degtyarev became the latest Russian cabinet member to visit the southern Kurils, "
                "which Japan claims as its Northern Territories.",
        label="new_development", group="b88-g3",
        new_facts=["Russian Sports Minister Mikhail Degtyarev visited Iturup on 20 August 2024, opened a sports "
                   "complex in Kurilsk and promised a sports hall on Shikotan; a Kunashir visit followed"],
        must_mention=[["degtyarev", "sports minister"]],
        note="First report of the visit (English wire, from the Sakhalin government's channel). Japan's protest "
             "is reported later by b88-18.",
        byline="By Sunderby Staff", section="Europe", read=2,
        credit="(Reporting by the Moscow bureau; Editing by the Asia desk)",
        body=[
            "YUZHNO-SAKHALINSK, Aug 20 (Sunderby) - Russian Sports Minister Mikhail Degtyarev flew to Iturup on "
            "Tuesday and opened a sports centre in the town of Kurilsk, becoming the latest member of the "
            "Russian government to visit islands that Japan claims.",
            "Degtyarev, a former governor of the Khabarovsk region who took over the sports ministry in May, "
            "cut the ribbon at a complex with a 25-metre swimming pool and a games hall built under the federal "
            "development programme for the Kuril Islands, the Sakhalin regional government said on its "
            "Telegram channel.",
            "He said his ministry would pay for a multi-purpose sports hall on Shikotan, with construction due "
            "to start in 2025, and help rebuild the stadium in Yuzhno-Kurilsk on Kunashir, which he is due to "
            "visit on Wednesday.",
            "\"Children here should have the same chances as children in Moscow,\" Degtyarev told reporters in "
            "Kurilsk. \"The Kurils are Russia, and people are going to live here and raise their families "
            "here.\"",
            "Japan's foreign ministry said it was gathering information. Tokyo routinely protests visits by "
            "Russian officials to the four islands, which Soviet forces seized at the end of World War Two and "
            "which Japan calls the Northern Territories.",
            "Moscow walked away from peace treaty talks with Tokyo in March 2022 over Japanese sanctions. "
            "Earlier this year the Sakhalin region began offering families up to 1 million roubles to settle "
            "on the southern Kurils.",
        ],
    ),
    A(
        id="b88-20", feed="annexroom-en", published="2024-10-04T08:00:00Z",
        title="Policy speech by Prime Minister Ishiba Shigeru to the 214th session of the Diet (provisional "
              "translation, excerpts)",
        summary="Excerpts from the new prime minister's first policy speech, including the passages on "
                "diplomacy, Russia and the Northern Territories.",
        label="restatement",
        note="New speaker (Ishiba) restates known Japanese policy: resolve the territorial issue and conclude a "
             "peace treaty (seed 002, Kishida); resumption of grave visits a top priority (b88-06/b88-07).",
        crumb="Speeches", crumb_href="speeches/index.html", country="Japan",
        doctype="Speech · provisional translation", source="Prime Minister's Office of Japan",
        body=[
            "The following are excerpts from the policy speech delivered by Prime Minister Ishiba Shigeru to "
            "the 214th extraordinary session of the Diet on 4 October 2024. Provisional translation; headings "
            "as in the Japanese text.",
            "## 1. Introduction",
            "I have been entrusted with the heavy responsibility of leading this nation. I will conduct "
            "politics that is sincere and that earns the understanding and empathy of the people, and I will "
            "build a Japan in which every citizen can feel safe and secure and live with a smile.",
            "## 5. Diplomacy and security",
            "The Japan-U.S. Alliance is the cornerstone of Japan's diplomacy and security. I will further "
            "strengthen it and deepen cooperation with like-minded countries, including Australia, India, the "
            "Republic of Korea, the Philippines and the countries of Europe.",
            "With China, we will comprehensively promote a mutually beneficial relationship based on common "
            "strategic interests, while firmly asserting what Japan must assert. On North Korea, the abductions "
            "issue is a humanitarian issue with a time limit, and I will work to resolve it.",
            "Japan-Russia relations remain in a difficult situation owing to Russia's aggression against "
            "Ukraine. Nevertheless, Japan will maintain its policy of resolving the territorial issue and "
            "concluding a peace treaty. The resumption of exchange programmes, including visits to family "
            "graves by former island residents, is one of the top priorities in Japan-Russia relations, and "
            "we will continue to call on Russia firmly.",
            "[Sections on economic policy, regional revitalisation, disaster prevention and constitutional "
            "revision are omitted.]",
        ],
    ),
    A(
        id="b88-22", feed="notoro-en", published="2024-11-06T08:00:00Z",
        title="Russian patrol boat aimed laser at coast guard ship off Rausu, Japan says",
        summary="A green laser was directed for about two minutes at the patrol ship Kunashiri near the median "
                "line of the Nemuro Strait. No one was hurt; Tokyo protested.",
        label="new_development", group="b88-g4",
        new_facts=["A Russian border-guard boat shone a green laser at the JCG patrol ship Kunashiri near the "
                   "Nemuro Strait median line on 5 November 2024; Japan protested through diplomatic channels"],
        must_mention=[["laser"]],
        note="English report of the laser incident first reported in Japanese (b88-21); same development.",
        byline="Current staff", section="Northern Territories", tags=["Nemuro Strait", "Japan Coast Guard", "Russia"],
        body=[
            "RAUSU - A Russian border-guard patrol boat shone a green laser at a Japan Coast Guard patrol ship "
            "in the Nemuro Strait on Tuesday night, the coast guard said, prompting Tokyo to lodge a protest "
            "with Moscow.",
            "The 1st Regional Coast Guard Headquarters in Otaru said the laser was pointed for about two minutes "
            "at the bridge of the patrol ship Kunashiri at around 9 p.m., about 10 kilometres southeast of "
            "Rausu near the median line that divides the strait from the Russian-held island of Kunashiri.",
            "The Kunashiri was watching over Japanese fishing boats working in the area. A crew member on watch "
            "reported glare, but no one was injured and the ship's navigation was not affected.",
            "The coast guard said it was the first confirmed case of a Russian vessel directing a laser at a "
            "Japanese patrol ship in the waters around the islands.",
            "The Foreign Ministry protested through diplomatic channels on Wednesday morning and asked Russia to "
            "prevent a recurrence. \"It is an extremely dangerous act that could obstruct the safety of "
            "navigation,\" Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference.",
            "Fishermen in Rausu said the incident added to their unease. \"We work right up to the line. If "
            "they can do this to a coast guard ship, they can do it to us,\" said one gillnet skipper who asked "
            "not to be named.",
            "Russia's embassy in Tokyo did not respond to a request for comment.",
        ],
    ),
    A(
        id="b88-24", feed="sunderby-wire", published="2025-01-10T07:00:00Z",
        title="Japan adds Russian banks, shippers to sanctions list in fresh package",
        summary="Tokyo froze the assets of more individuals and entities and tightened export controls, "
                "citing coordination with Group of Seven partners.",
        label="neutral",
        note="Borderline: new Japanese sanctions on Russia (unrelated to the islands) with background that "
             "Moscow cited sanctions when halting treaty talks in 2022 (seed 000). Not a development in the "
             "dispute, but close enough to be left unscored.",
        byline="By Sunderby Staff", section="Business", read=2,
        body=[
            "TOKYO, Jan 10 (Sunderby) - Japan on Friday approved asset freezes on dozens of individuals and "
            "entities in Russia and third countries that it accuses of helping Moscow evade export controls, "
            "and widened a ban on exports of dual-use goods.",
            "The list includes Russian regional banks, shipping companies operating tankers that Tokyo says "
            "are part of a \"shadow fleet\", and trading firms in Central Asia and the Middle East, the "
            "Ministry of Finance and the Ministry of Economy, Trade and Industry said.",
            "\"We are taking these steps in coordination with the G7 to prevent circumvention of sanctions,\" "
            "Chief Cabinet Secretary Yoshimasa Hayashi told reporters.",
            "Japan has imposed several rounds of sanctions since Russia's full-scale invasion of Ukraine in "
            "February 2022, including asset freezes on hundreds of individuals, caps on Russian oil prices and "
            "bans on exports of luxury goods and advanced technology.",
            "Moscow has condemned each package as hostile. In March 2022 it cited Japan's sanctions when it "
            "said it would not continue negotiations on a peace treaty. Russia's foreign ministry did not "
            "immediately comment on Friday's measures.",
            "Analysts said the package was largely aligned with steps taken by the European Union and Britain "
            "in December and would have little immediate impact on Japan's energy imports from Russia.",
        ],
    ),
    A(
        id="b88-27", feed="sunderby-wire", published="2025-02-07T05:30:00Z",
        title="Japan's Ishiba vows to keep pressing Russia on islands at annual rally",
        summary="The prime minister said Japan's goal of resolving the territorial dispute and signing a peace "
                "treaty was unchanged, and called for grave visits to resume.",
        label="restatement",
        note="Occasion piece (Northern Territories Day rally); Ishiba restates known policy (seed 002; b88-20). "
             "No new fact.",
        byline="By Sunderby Staff", section="Asia Pacific", read=2,
        body=[
            "TOKYO, Feb 7 (Sunderby) - Prime Minister Shigeru Ishiba said on Friday that Japan would stick to "
            "its goal of resolving the dispute over four Russian-held islands and signing a peace treaty with "
            "Moscow, speaking at an annual rally in Tokyo.",
            "\"Japan-Russia relations remain in a difficult situation, but our policy of resolving the "
            "territorial issue and concluding a peace treaty is unchanged,\" Ishiba told the national rally "
            "marking Northern Territories Day.",
            "The day commemorates the 1855 Treaty of Shimoda, which Japan says drew the border between the two "
            "countries north of the four islands. Soviet troops seized the islands in the final days of World "
            "War Two, and some 17,000 Japanese residents were later expelled.",
            "Ishiba said resuming visits by former residents to family graves on the islands was a top "
            "priority. The average age of the surviving former islanders is now over 88.",
            "\"Time is not on our side,\" a former resident of Shikotan told the rally. \"I want to stand "
            "before my parents' grave once more.\"",
            "Russia suspended peace treaty talks and visa-free visits to the islands in 2022 after Japan joined "
            "Western sanctions over the war in Ukraine. Moscow says its sovereignty over the islands, which it "
            "calls the southern Kurils, is not open to question.",
        ],
    ),
    A(
        id="b88-28", feed="sunderby-wire", published="2025-02-22T07:30:00Z",
        title="Shimane marks 'Takeshima Day' as Seoul lodges protest",
        summary="Japan's Shimane prefecture held its annual ceremony asserting a claim to islets controlled by "
                "South Korea, drawing the usual protest from Seoul.",
        label="off_topic",
        note="Look-alike: another island dispute (Takeshima/Dokdo with South Korea); the Russia dispute is "
             "mentioned only in passing.",
        byline="By Sunderby Staff", section="Asia Pacific", read=2,
        body=[
            "MATSUE, Japan, Feb 22 (Sunderby) - Japan's Shimane prefecture held its annual \"Takeshima Day\" "
            "ceremony on Saturday to press its claim to a group of islets controlled by South Korea, which "
            "summoned a Japanese diplomat in protest.",
            "About 500 people attended the event in the prefectural capital Matsue, including a parliamentary "
            "vice-minister from the Cabinet Office, the same level of government representation as in recent "
            "years.",
            "South Korea, which calls the islets Dokdo and has stationed a small police detachment there since "
            "the 1950s, urged Tokyo to abolish the ceremony. \"Dokdo is clearly our territory historically, "
            "geographically and under international law,\" its foreign ministry said in a statement.",
            "The islets, which lie in rich fishing grounds in the sea between the two countries, have long been "
            "a source of friction even as Tokyo and Seoul have improved ties in recent years.",
            "Japan also has territorial disputes with China over the Senkaku islands in the East China Sea and "
            "with Russia over four islands off Hokkaido that Moscow calls the southern Kurils.",
            "Shimane established Takeshima Day in 2005, marking the 100th anniversary of the prefecture's "
            "incorporation of the islets in 1905.",
        ],
    ),
    A(
        id="b88-32", feed="hatherley-en", published="2025-03-20T10:00:00Z",
        title="Could a US-Russia thaw reopen the Kuril question? Don't hold your breath",
        summary="Washington is talking to Moscow again. Tokyo should not expect the same for the four islands "
                "off Hokkaido.",
        label="restatement",
        note="Column asking whether talks could resume (questioned version of a move); restates seed 004 "
             "(Rudenko: categorically impossible), seed 000 and earlier world articles b88-03/04 (settler "
             "payments), b88-10/12 (body handover), b88-16 (Degtyarev). No new fact.",
        byline="Miriam Castellane", section="Opinion",
        bio="Miriam Castellane is the Hatherley Review's Asia columnist.",
        comments=[("harbourview", "Good piece. People forget the islands are now a military zone first and "
                   "a bargaining chip second."),
                  ("k_ito", "The handover of the fisherman was decent of them, but yes, it changes nothing.")],
        body=[
            "Ever since Washington and Moscow began talking to each other again this winter, a question has "
            "been doing the rounds in Tokyo's policy circles: if the United States can sit down with Russia, "
            "why not Japan? And could a thaw revive the long-frozen negotiation over the four islands off "
            "Hokkaido that Japan calls the Northern Territories and Russia the southern Kurils?",
            "The short answer is no, and the long answer is not much more encouraging.",
            "Start with what Moscow says. A year ago Andrei Rudenko, the deputy foreign minister responsible "
            "for Asia, told a Russian news agency that resuming dialogue on a peace treaty was \"categorically "
            "impossible\" and that Tokyo's signals were \"ephemeral\". The Kremlin has repeated the line since. "
            "The condition Russia sets - that Japan abandon what it calls a hostile policy - means, in practice, "
            "dropping sanctions that Tokyo has coordinated with the G7.",
            "Then look at what Russia does. Sakhalin now pays families a million roubles to move to the "
            "islands. Russia's sports minister flew in last summer to open a swimming pool in Kurilsk. None of "
            "this is the behaviour of a government preparing to bargain over territory.",
            "There have been small human moments. Last June, Russian border guards handed back the body of a "
            "drowned Rausu fisherman in the middle of the Nemuro Strait. Moscow called it a one-time "
            "humanitarian exception, and it was exactly that: an exception, not a policy.",
            "Could a grand bargain between Washington and Moscow change the picture? Perhaps, at the margins. "
            "But the islands matter to Russia as a gate to the Pacific for its navy, not as a diplomatic "
            "token, and no American deal is likely to alter that.",
            "Tokyo's realistic goal is narrower: to get former islanders, whose average age is now close to "
            "89, back to their family graves. Even that, for now, is beyond reach.",
        ],
    ),
    A(
        id="b88-36", feed="hatherley-en", published="2025-05-23T01:00:00Z",
        title="Hokkaido lawmakers make first visit to Sakhalin legislature in six years",
        summary="A cross-party group from the Hokkaido assembly held talks in Yuzhno-Sakhalinsk and asked for "
                "help restoring grave visits to the disputed islands.",
        label="new_development", group="b88-g5",
        new_facts=["Five Hokkaido Prefectural Assembly members held talks with the Sakhalin Oblast Duma "
                   "leadership in Yuzhno-Sakhalinsk on 21 May 2025, the first such visit since 2019"],
        must_mention=[["hokkaido"], ["assembly", "lawmaker", "legislat"]],
        note="English report of the visit first reported in Russian (b88-34). Same development.",
        byline="Hatherley staff and agencies", section="Asia & Pacific",
        body=[
            "Five members of Japan's Hokkaido prefectural assembly held talks with leaders of Russia's Sakhalin "
            "regional Duma in Yuzhno-Sakhalinsk on Wednesday, the first visit of its kind since 2019.",
            "The cross-party group, led by the chair of the assembly's special committee on the Northern "
            "Territories, discussed safety of navigation and fishing in the straits between Hokkaido and the "
            "Russian-held islands and cooperation in emergencies at sea, according to both sides.",
            "The Japanese lawmakers also asked for help in restoring visits by former residents of the islands "
            "to family graves, which Russia halted in 2022 along with other visa-free exchanges. Andrei "
            "Khapochkin, the Sakhalin Duma's speaker, replied that trips to the islands were a matter for the "
            "federal government in Moscow.",
            "The two sides agreed to \"maintain contacts\" but did not agree to restore the regular exchanges "
            "between the two legislatures that lapsed during the pandemic.",
            "\"We confirmed that the door is not completely closed,\" the head of the delegation told Japanese "
            "reporters after the meeting.",
            "The trip went ahead despite the Japanese government's advice against travel to Russia. Regional "
            "contacts between Hokkaido and Sakhalin, which face each other across the La Perouse Strait, have "
            "been among the few channels left open since Moscow suspended peace treaty talks with Tokyo.",
            "The delegation is due to return to Sapporo on Friday.",
        ],
    ),
    A(
        id="b88-38", feed="sunderby-wire", published="2025-06-11T02:00:00Z",
        title="Russian envoy says visa-free island visits could return only if Tokyo changes course",
        summary="Ambassador Nikolai Nozdrev said there were no prerequisites for resuming exchanges with the "
                "southern Kurils for now.",
        label="restatement",
        note="Conditional version of a move by a new speaker ('could return if Tokyo drops hostile course'); "
             "restates seed 004 (normalisation requires Tokyo to abandon hostile policy) and seed 001. English "
             "rewrite of b88-37.",
        byline="By Sunderby Staff", section="Europe", read=2,
        body=[
            "MOSCOW, June 11 (Sunderby) - Visa-free visits by Japanese citizens to the Russian-held southern "
            "Kuril islands could resume only if Tokyo abandons its \"unfriendly course\" towards Moscow, "
            "Russia's ambassador to Japan, Nikolai Nozdrev, said in an interview published on Tuesday.",
            "\"The decision to stop the exchanges was forced on us. If the Japanese side changes its course and "
            "gives up sanctions and anti-Russian rhetoric, we will be ready to return to the issue. But today "
            "there are no prerequisites for that,\" Nozdrev told the Russian news agency Rumpel.",
            "He said peace treaty talks were impossible under current conditions and that Russia's sovereignty "
            "over the islands, which Japan calls the Northern Territories, was not up for discussion.",
            "Asked about a visit by Hokkaido assembly members to Sakhalin's regional legislature in May, the "
            "first in six years, Nozdrev said regional contacts were useful but \"do not change the weather\".",
            "Russia halted the visa-free exchange programme, peace treaty negotiations and talks on joint "
            "economic activity on the islands in March 2022, citing Japan's sanctions over the war in "
            "Ukraine.",
            "Japan's foreign ministry has said Russia's steps were unjust and that it continues to call for the "
            "resumption of grave visits by former islanders as a top priority.",
        ],
    ),
    A(
        id="b88-40", feed="notoro-en", published="2025-07-15T09:00:00Z",
        title="Russia to let Nemuro group take prewar island photos to Kunashiri - 'this once'",
        summary="Six people will travel without visas in late August to show old photographs of the island's "
                "Japanese community at the local museum.",
        label="status_change", group="b88-g6",
        new_facts=["Russia allowed six people from Nemuro to travel visa-free to Kunashir in late August 2025 "
                   "for a photo exhibition, as a one-time exception; visa-free exchanges had been halted since "
                   "2022"],
        must_mention=[["photo", "exhibition"], ["once", "one-time", "one-off", "visa"]],
        note="English report of the allowance first reported in Japanese (b88-39). Old state: visa-free trips "
             "terminated since March 2022 (seeds 000/001), request unanswered (b88-29).",
        byline="Current staff", section="Northern Territories", tags=["Nemuro", "Kunashiri", "Visa-free exchanges"],
        body=[
            "NEMURO - Russia has agreed to let six people from Nemuro travel to Kunashiri Island without visas "
            "next month to stage an exhibition of photographs from the island's Japanese past, the city said on "
            "Monday, stressing that Moscow described the permission as a one-time exception.",
            "The group of city officials and former islanders will visit from August 25 to 28 and hang about 60 "
            "prewar photographs of the village of Furukamappu - now the town of Yuzhno-Kurilsk - and of Tomari "
            "at the local history museum. The exhibition is expected to run for about a month.",
            "Russia's reply came in a note verbale from its embassy in Tokyo to Japan's foreign ministry. The "
            "city first sounded out the Russian consulate in Sapporo last autumn and had still not received an "
            "answer in March.",
            "It will be the first time Japanese citizens have entered the islands without visas since March "
            "2022, when Moscow halted the visa-free exchange programme in response to Japan's sanctions over "
            "Ukraine.",
            "Tokyo was careful not to read too much into it. \"This is strictly a one-time measure. It does not "
            "mean the framework of visa-free exchanges has resumed,\" a foreign ministry official said.",
            "For former islanders, the news was welcome all the same. \"Our homes are in those pictures,\" said "
            "Mitsu Chiba, 89, who was born in Tomari. \"I want the people living there now to see them.\"",
        ],
    ),
    A(
        id="b88-42", feed="hatherley-en", published="2025-08-18T06:00:00Z",
        title="Eighty years on, the landing that handed Moscow the Kurils",
        summary="On 18 August 1945 Soviet troops came ashore on Shumshu. Two weeks later the whole chain, "
                "including the four islands Japan still claims, was in Soviet hands.",
        label="restatement",
        note="Anniversary/background piece (80 years since the Soviet Kuril landing); restates history and "
             "known positions from seeds 000-004. No new fact.",
        byline="Daniel Otway", section="Long read",
        comments=[("tsugaru_strait", "Worth remembering how many people on both sides died on Shumshu after "
                   "the emperor's broadcast.")],
        body=[
            "Before dawn on 18 August 1945, three days after Emperor Hirohito announced Japan's surrender on the "
            "radio, Soviet landing craft approached Shumshu, the northernmost island of the Kuril chain. The "
            "Japanese garrison fought back, and the battle that followed cost hundreds of lives on both sides.",
            "Within two weeks Soviet forces had moved south island by island. Iturup, Kunashir and Shikotan were "
            "occupied by the beginning of September, and the small Habomai islets by 5 September, after Japan "
            "had formally signed the instrument of surrender.",
            "About 17,000 Japanese lived on the four southern islands. By 1949 nearly all had been deported. "
            "Their descendants, and a dwindling number of survivors, make up the core of Japan's campaign for "
            "the return of what it calls the Northern Territories.",
            "The 1956 Joint Declaration ended the state of war and restored diplomatic relations, but no peace "
            "treaty followed. The Soviet Union, and later Russia, held that the islands became its territory as "
            "a result of the Second World War; Japan insisted they had never been Russian before 1945.",
            "Talks gathered pace at times - under Gorbachev, under Yeltsin, and again after 2018 - but never "
            "closed the gap. In March 2022, after Japan joined sanctions over Ukraine, Moscow said it would not "
            "continue treaty negotiations and ended visa-free visits. Its officials have since described a "
            "resumption as categorically impossible.",
            "Eighty years on, the battle of Shumshu is commemorated in Russia as the start of the liberation of "
            "the Kurils, and barely remembered in Japan. The two countries remember the summer of 1945 "
            "differently, and that difference still sits at the heart of the dispute.",
        ],
    ),
    A(
        id="b88-44", feed="sunderby-wire", published="2025-09-16T03:00:00Z",
        title="Magnitude 6.3 quake strikes off Russia's Paramushir island, no tsunami threat",
        summary="The quake in the northern Kurils caused no reported damage; Japan said there was no tsunami "
                "risk to its coast.",
        label="neutral",
        note="Borderline: about the (northern, undisputed) Kuril Islands but not the dispute or the treaty; "
             "natural event.",
        byline="By Sunderby Staff", section="World", read=1,
        body=[
            "VLADIVOSTOK, Sept 16 (Sunderby) - A magnitude 6.3 earthquake struck off Paramushir island in "
            "Russia's northern Kurils on Tuesday, Russian seismologists said, but caused no reported damage and "
            "no tsunami warning was issued.",
            "The quake hit at 11:42 a.m. local time at a depth of about 40 km, some 90 km southeast of the town "
            "of Severo-Kurilsk, according to the Kamchatka branch of the Russian Academy of Sciences' "
            "geophysical service.",
            "\"It was felt well in town, things fell off shelves, but there is no damage,\" the head of the "
            "North Kuril district said in a post on social media.",
            "Japan's Meteorological Agency said there was no tsunami risk to the Japanese coast.",
            "The region is still recovering from the magnitude 8.8 earthquake off Kamchatka on July 30, which "
            "sent tsunami waves into Severo-Kurilsk's port and prompted evacuations around the Pacific. Dozens "
            "of aftershocks above magnitude 6 have been recorded since.",
            "The Kuril-Kamchatka arc is one of the most seismically active zones in the world. A tsunami in "
            "1952 destroyed the old town of Severo-Kurilsk, which was rebuilt on higher ground.",
        ],
    ),
    A(
        id="b88-45", feed="annexroom-en", published="2025-10-24T09:00:00Z",
        title="Policy speech by Prime Minister Takaichi Sanae to the 219th session of the Diet (provisional "
              "translation, excerpts)",
        summary="Excerpts from the new prime minister's first policy speech, including the passage on Russia "
                "and the territorial issue.",
        label="restatement",
        note="New speaker (Takaichi) restates known policy (seed 002; b88-20; b88-06): resolve territorial issue, "
             "conclude peace treaty, grave visits a top priority. No new fact.",
        crumb="Speeches", crumb_href="speeches/index.html", country="Japan",
        doctype="Speech · provisional translation", source="Prime Minister's Office of Japan",
        body=[
            "The following are excerpts from the policy speech delivered by Prime Minister Takaichi Sanae to the "
            "219th extraordinary session of the Diet on 24 October 2025. Provisional translation.",
            "## 1. Introduction",
            "I will lead a government that acts. Strong economy, strong diplomacy and security, and a Japan "
            "whose people can look to the future with hope: these are the tasks I have set for this cabinet.",
            "## 4. Diplomacy and security",
            "The security environment surrounding Japan is the most severe and complex since the end of the "
            "war. We will fundamentally reinforce our defence capabilities and further strengthen the Japan-U.S. "
            "Alliance, while expanding cooperation with like-minded partners.",
            "Regarding Russia, Japan-Russia relations remain in a difficult situation due to Russia's continuing "
            "aggression against Ukraine. However, Japan's policy of resolving the territorial issue and "
            "concluding a peace treaty remains unchanged. The resumption of exchange programmes, with visits to "
            "family graves at the top, is one of the highest priorities, given the advanced age of the former "
            "island residents, and we will continue to request it firmly.",
            "On North Korea, resolving the abductions issue is the most important task of my cabinet, and I am "
            "prepared to meet Chairman Kim Jong Un.",
            "[Sections on economic measures, prices and wages, and constitutional revision are omitted.]",
        ],
    ),
    A(
        id="b88-47", feed="sunderby-wire", published="2025-11-27T11:00:00Z",
        title="Sakhalin freezes cash for Kuril settlers until 2027 amid budget squeeze",
        summary="The regional legislature suspended the 1-million-rouble relocation grants for the southern "
                "Kurils from January, citing lower coal and fish revenues.",
        label="status_change", group="b88-g7",
        new_facts=["Sakhalin's regional Duma suspended the relocation grants for settlers on the southern Kurils "
                   "from 1 January 2026 until 1 January 2027 (in force since July 2024)"],
        must_mention=[["freez", "suspend", "halt", "stop"], ["grant", "payment", "rouble", "cash"]],
        note="English rewrite of the Russian first report b88-46. Old state: payments under the March 2024 law "
             "(b88-03/04/05).",
        byline="By Sunderby Staff", section="Europe", read=2,
        credit="(Reporting by the Moscow bureau; Editing by the Asia desk)",
        body=[
            "YUZHNO-SAKHALINSK, Russia, Nov 27 (Sunderby) - Russia's Sakhalin region will stop paying relocation "
            "grants to families moving to the southern Kuril islands claimed by Japan from January until at "
            "least 2027, after its legislature voted on Thursday to suspend the scheme to close a budget gap.",
            "The grants of 1 million roubles per settler and 250,000 roubles per family member have been paid "
            "since July 2024 to people who move to Iturup, Kunashir or Shikotan and take jobs in health care, "
            "education, fishing, utilities or construction.",
            "Under the amendment passed with the 2026-2028 budget, the law is suspended from Jan. 1, 2026 to "
            "Jan. 1, 2027. Applications filed before the end of this year will still be paid. The vote was "
            "21 to 5.",
            "\"The programme is not being cancelled, it is being paused,\" the region's finance minister told "
            "deputies, blaming lower-than-expected revenue from coal and fish exports.",
            "According to the regional government, 118 families have received the grant so far. Deputies "
            "representing the islands voted against, warning that hospitals and schools there still lacked "
            "staff.",
            "Moscow continues to fund infrastructure on the islands through a federal programme. Japan, which "
            "calls the islands its Northern Territories, had protested against the grants when they were "
            "introduced. Its foreign ministry had no immediate comment on the suspension.",
        ],
    ),
    A(
        id="b88-50", feed="sunderby-wire", published="2026-02-18T02:00:00Z",
        title="Moscow denies report of secret peace treaty contacts with Tokyo",
        summary="Russia's foreign ministry said no meetings on the subject had taken place or were planned, "
                "and that treaty talks remained impossible.",
        label="restatement",
        note="Denied version of a move (reported secret contacts) plus restatement of seed 004 position. "
             "English rewrite of b88-49. No contact or decision reported as fact.",
        byline="By Sunderby Staff", section="Europe", read=2,
        body=[
            "MOSCOW, Feb 18 (Sunderby) - Russia's foreign ministry on Tuesday denied a Japanese newspaper report "
            "that diplomats from the two countries had held secret contacts on reviving peace treaty talks, "
            "saying no such meetings had taken place or were planned.",
            "\"There were no contacts on this subject and none are planned. I do not know where our Japanese "
            "colleagues get such information,\" ministry spokeswoman Maria Zakharova told a weekly briefing.",
            "\"Our position is well known and has not changed: under current conditions, as long as Tokyo "
            "pursues an openly hostile course, negotiations on a peace treaty are impossible,\" she said.",
            "The Japanese report, citing unnamed sources, said foreign ministry officials from both countries "
            "had met in a third country in January to discuss possible confidence-building steps, including "
            "visits by former Japanese residents of the disputed islands to family graves.",
            "In Tokyo, Chief Cabinet Secretary Minoru Kihara declined to comment on the report, saying the "
            "government did not disclose the details of diplomatic exchanges.",
            "Moscow broke off peace treaty negotiations in March 2022 over Japan's sanctions. The dispute over "
            "the islands, which Russia calls the southern Kurils and Japan the Northern Territories, has "
            "prevented the two countries from formally ending World War Two hostilities.",
        ],
    ),
    A(
        id="b88-52", feed="annexroom-en", published="2026-04-14T09:00:00Z",
        title="Press conference by the Press Secretary, Ministry of Foreign Affairs of Japan, 14 April 2026 "
              "(excerpts)",
        summary="Excerpts on the Middle East, grave visits to the Northern Territories and Russian military "
                "activity.",
        label="restatement",
        note="Negated and requested versions: no reply from Russia on grave visits, 'not in a position to say' "
             "whether they happen; last year's photo trip (b88-39) was one-time only. Restates b88-06/b88-51 "
             "and seeds 000/001. No new fact.",
        crumb="Briefings", country="Japan", source="Ministry of Foreign Affairs of Japan, provisional translation",
        body=[
            "The following are excerpts from the regular press conference of the Press Secretary of the "
            "Ministry of Foreign Affairs of Japan, held on 14 April 2026. Provisional translation.",
            "Q: On the situation in the Middle East, does Japan plan additional humanitarian assistance?",
            "PRESS SECRETARY: Japan has been providing assistance through international organisations and will "
            "continue to consider further support in light of the needs on the ground.",
            "Q: The season for visits to family graves in the Northern Territories is approaching. Has Russia "
            "responded to Japan's request to resume them this summer?",
            "PRESS SECRETARY: Japan has continued to request strongly, through diplomatic channels, the "
            "resumption of exchange programmes, with grave visits as the highest priority. At this point we "
            "have not received a response from the Russian side, and we are not in a position to say whether "
            "visits will take place this summer.",
            "Q: Last year a group from Nemuro was allowed to visit Kunashiri for a photo exhibition. Could that "
            "be a model?",
            "PRESS SECRETARY: That visit was a one-time measure accepted by the Russian side, and we do not "
            "regard it as the resumption of the framework. The government will continue to work for the "
            "resumption of grave visits, bearing in mind the feelings of the former islanders, who are of "
            "advanced age.",
            "Q: There are reports that Russia is preparing military exercises on the islands.",
            "PRESS SECRETARY: We are aware of reports. Any strengthening of Russia's military presence on the "
            "Northern Territories is incompatible with Japan's position. We are watching the situation closely.",
        ],
    ),
    A(
        id="b88-53", feed="sunderby-wire", published="2026-06-09T05:00:00Z",
        title="Japanese buyers line up short-term Sakhalin-2 LNG cargoes as contracts near expiry",
        summary="Several utilities have signed spot and short-term deals for the Russian project's gas while "
                "they weigh what to do when long-term contracts end.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia news (LNG from Sakhalin-2); nothing on the islands or the treaty.",
        byline="By Sunderby Staff", section="Energy", read=3,
        body=[
            "TOKYO, June 9 (Sunderby) - Japanese gas and power companies have signed short-term deals for "
            "cargoes from Russia's Sakhalin-2 liquefied natural gas project, industry sources said, as several "
            "long-term contracts approach expiry and the government weighs energy security against sanctions "
            "risk.",
            "At least two utilities agreed in recent weeks to buy a handful of cargoes for delivery this winter, "
            "the sources said, declining to be identified because the deals are confidential.",
            "Sakhalin-2, off Russia's Sakhalin island, supplies roughly 9% of Japan's LNG imports. Japanese "
            "trading houses Mitsui and Mitsubishi kept their stakes in the project after Moscow transferred it "
            "to a new Russian operator in 2022.",
            "\"The gas is close, cheap to ship and the plants are built for it. Nobody wants to lose that "
            "before there is a replacement,\" said an energy analyst in Tokyo.",
            "Tokyo has said Sakhalin-2 is important for Japan's energy security and has sought exemptions from "
            "Western measures aimed at the project. Some long-term supply contracts signed in the late 2000s "
            "expire between 2026 and 2028.",
            "Japan's trade ministry said it was monitoring the situation and encouraging buyers to diversify "
            "supply, including from the United States and Australia.",
        ],
    ),
    A(
        id="b88-54", feed="sunderby-wire", published="2026-09-21T06:00:00Z",
        title="Japan protests Russian parliamentary vote held on disputed islands",
        summary="Polling stations opened on Iturup, Kunashir and Shikotan during Russia's State Duma election; "
                "Tokyo called it unacceptable.",
        label="neutral",
        note="Borderline: a routine event (Russian federal election held on the islands) and a routine Japanese "
             "protest; neither a decision on the islands nor a change in the known state. Left unscored.",
        byline="By Sunderby Staff", section="Asia Pacific", read=2,
        body=[
            "TOKYO, Sept 21 (Sunderby) - Japan has protested to Russia over voting in the State Duma election "
            "on four islands off Hokkaido claimed by Tokyo, Chief Cabinet Secretary Minoru Kihara said on "
            "Monday.",
            "Polling stations operated on Iturup, Kunashir and Shikotan during the three-day vote that ended on "
            "Sunday, the Sakhalin regional election commission said. Turnout in the two island districts was "
            "above the national average, it said.",
            "\"Holding such an election on the Northern Territories is incompatible with Japan's position and "
            "unacceptable,\" Kihara told a news conference. He said Japan had lodged a protest through "
            "diplomatic channels.",
            "Japan has protested against previous Russian federal and regional elections held on the islands, "
            "which Soviet forces seized at the end of World War Two.",
            "Russia says the southern Kurils are an integral part of its territory and that its sovereignty "
            "over them cannot be questioned. It halted peace treaty negotiations with Japan in 2022.",
            "The ruling United Russia party was on course to retain a large majority in the 450-seat Duma, "
            "according to preliminary results.",
        ],
    ),
    A(
        id="b88-55", feed="hatherley-en", published="2026-10-19T03:00:00Z",
        title="At 70, the Joint Declaration is a promise neither side will name",
        summary="The 1956 document that ended the state of war between Moscow and Tokyo still promises two "
                "islands after a peace treaty. Nobody expects that treaty.",
        label="restatement",
        note="Anniversary column (70 years of the 1956 Joint Declaration); restates seed 004 (1956 declaration, "
             "Rudenko's 'categorically impossible') and seeds 000-003. No new fact.",
        byline="Miriam Castellane", section="Opinion",
        bio="Miriam Castellane is the Hatherley Review's Asia columnist.",
        comments=[("oyashio", "The 1956 text is the only thing both sides ever ratified. That should count "
                   "for something.")],
        body=[
            "Seventy years ago today, in Moscow, Soviet Premier Nikolai Bulganin and Japanese Prime Minister "
            "Ichiro Hatoyama signed a joint declaration that ended the state of war between their countries "
            "and restored diplomatic relations. It was ratified by both parliaments, which makes it unusual in "
            "a relationship littered with unfinished drafts.",
            "Its ninth article is the one everybody remembers. The Soviet Union agreed to hand Shikotan and the "
            "Habomai islets to Japan - after a peace treaty was concluded. That treaty was never signed, and "
            "Japan has always said it wants Iturup and Kunashir too.",
            "For decades the declaration served as the floor of every serious attempt to settle the dispute. "
            "When Shinzo Abe and Vladimir Putin agreed in 2018 to speed up negotiations, they did so on its "
            "basis. For a while, a two-island deal looked almost thinkable.",
            "That moment is gone. In March 2022, after Japan joined sanctions over Ukraine, Moscow said it "
            "would not continue negotiations on a peace treaty. In February 2024 its deputy foreign minister "
            "called a resumption \"categorically impossible\". Nothing said in either capital since has "
            "changed that.",
            "So the anniversary passes quietly. Tokyo repeats that its policy is to resolve the territorial "
            "issue and conclude a treaty. Moscow repeats that its sovereignty over the islands is beyond "
            "question. Both are describing a negotiation that does not exist.",
            "The declaration still matters, though, precisely because it is on paper. Whenever talks resume - "
            "and they will, one day - someone will open the file and find article nine waiting.",
        ],
    ),
]
