"""English articles of the b128 world (25)."""

ARTICLES = [
    # ------------------------------------------------------------------ 01
    {
        "id": "b128-01", "feed": "rostrum", "published": "2024-02-13T10:20:00Z",
        "title": "Peskov on Tokyo: 'no basis' for peace treaty talks \u2014 Kremlin call, 13 February",
        "summary": "Excerpt from the Kremlin spokesman's daily call with reporters: asked about the Japanese "
                   "prime minister's remarks in parliament, Dmitry Peskov said there is no basis for peace "
                   "treaty negotiations and that no contacts are planned.",
        "label": "restatement",
        "note": "Restatement by a new speaker (Peskov) of the known position: peace treaty talks impossible "
                "under current conditions because of Japan's sanctions (seeds 000, 002, 004). 'No contacts, "
                "none planned' is a negation; nothing new happened.",
        "section": "Briefings", "author": "Rostrum desk, Moscow",
        "body": [
            "The following is an excerpt from the daily conference call between Kremlin spokesman Dmitry "
            "Peskov and reporters on Tuesday, 13 February 2024. The call covered several subjects; only the "
            "exchange on Japan is reproduced here. Translation from Russian is our own.",
            "**Q (Japanese news agency):** Prime Minister Kishida told parliament yesterday that Japan remains "
            "committed to resolving the territorial issue and concluding a peace treaty with Russia. Does the "
            "Kremlin see any opening for dialogue?",
            "**PESKOV:** We have heard these statements. I can only repeat what has been said many times: in the "
            "current conditions there is no basis for negotiations on a peace treaty. It is impossible to "
            "discuss a fundamental document on bilateral relations with a country that has taken an openly "
            "unfriendly position towards us and imposed sanctions against us.",
            "**Q:** Is there anything Tokyo could do now to change that?",
            "**PESKOV:** That is a question for Tokyo, not for us. The choice in favour of an anti-Russian "
            "course was made in Tokyo. If at some point the Japanese side reconsiders it, then we will see. "
            "Today I have nothing to add.",
            "**Q:** Have there been any contacts on this subject at any level, even informal ones?",
            "**PESKOV:** No, there are no such contacts, and none are planned.",
            "**Q:** The Japanese side also keeps asking about visits by former residents to family graves on "
            "the islands.",
            "**PESKOV:** I have nothing to say on that. The Foreign Ministry explained the decisions taken in "
            "2022 in detail.",
            "## Background",
            "In March 2022 Russia's Foreign Ministry said it would not continue peace treaty negotiations with "
            "Japan, citing sanctions imposed over Ukraine. It also ended visa-free trips by Japanese citizens "
            "to the southern Kurils and withdrew from dialogue on joint economic activity there. Last week "
            "Deputy Foreign Minister Andrei Rudenko said a resumption of the dialogue was \u201ccategorically "
            "impossible\u201d.",
        ],
    },
    # ------------------------------------------------------------------ 04
    {
        "id": "b128-04", "feed": "wrackline", "published": "2024-03-19T14:00:00Z",
        "title": "Armenia and Azerbaijan swap new drafts of peace treaty as border commissions meet",
        "summary": "Yerevan and Baku exchanged fresh proposals on the text of a peace treaty, while their "
                   "border delimitation commissions agreed to keep meeting.",
        "label": "off_topic",
        "note": "Look-alike: another peace treaty (Armenia-Azerbaijan). Nothing about Russia-Japan or the Kurils.",
        "section": "World", "author": "Lusine Harutyunyan and Murad Aliyev",
        "body": [
            "Armenia and Azerbaijan have exchanged new drafts of a peace treaty, officials in both capitals "
            "said on Tuesday, in the latest round of paper diplomacy between neighbours that fought two wars "
            "over Nagorno-Karabakh.",
            "Armenian Foreign Ministry spokeswoman said Yerevan had sent its comments on the most recent "
            "Azerbaijani draft and that \u201cmost articles are now agreed in principle\u201d. Baku's "
            "presidential aide said some \u201cfundamental questions\u201d remained open, including Azerbaijan's "
            "demand that Armenia amend its constitution.",
            "Separately, the two countries' commissions on border delimitation met on the frontier and "
            "agreed to continue work on the northern section of the boundary, where several villages lie "
            "close to the line.",
            "\u201cA treaty is within reach, but not this month,\u201d said a Western diplomat who follows the "
            "talks. \u201cBoth sides are negotiating in public as much as in private.\u201d",
            "The European Union and the United States have offered to host a signing ceremony. Russia, "
            "which brokered the 2020 ceasefire, has criticised what it calls Western attempts to push it out "
            "of the South Caucasus.",
            "Neither side gave a date for the next round of talks between foreign ministers.",
        ],
        "related": ["Georgia's parliament passes disputed media law", "Caspian pipeline talks resume",
                    "Letters: the long road to Caucasus peace"],
    },
    # ------------------------------------------------------------------ 07
    {
        "id": "b128-07", "feed": "floeedge", "published": "2024-06-04T12:00:00Z",
        "title": "Odds and ends: the Kurilian Bobtail goes to Sapporo",
        "summary": "A short-tailed cat breed named after the Kuril Islands took best in show at a Sapporo "
                   "cat fair; a few notes on where the breed comes from.",
        "label": "off_topic",
        "note": "Look-alike: a cat breed named after the Kurils (Kurilian Bobtail). Not about the dispute or "
                "the peace treaty.",
        "issue": "165", "author": "Mari Okabe",
        "body": [
            "A lighter item this week, because the mailbag asked for one.",
            "A Kurilian Bobtail called Tsubu took best in show at the Hokkaido cat fair in Sapporo on Sunday. "
            "The breed, with its pom-pom tail and heavy coat, is named after the Kuril Islands and was "
            "standardised by Russian breeders in the 1990s from cats found on the islands and on Sakhalin.",
            "Tsubu's owner, a retired schoolteacher from Kushiro, told us the cat came from a breeder in "
            "Poland. \u201cPeople think you need to go to the Kurils to get one,\u201d she said. \u201cYou "
            "don't. They are all over Europe now.\u201d",
            "The breed is recognised by the main international cat federations. Its fans describe it as "
            "dog-like, a good swimmer and an enthusiastic hunter of anything that moves, which is presumably "
            "what a cat needs on a windy island.",
            "## Also this week",
            "- The Nemuro salmon set-net season opened on time, with catches described as \u201cnormal, which "
            "is to say disappointing\u201d.",
            "- Sea-ice watchers report the last floes off Shiretoko melted in mid-April.",
            "- Reader Hiroshi T. asks why we never cover the Kushiro marshland cranes. We will.",
        ],
    },
    # ------------------------------------------------------------------ 09
    {
        "id": "b128-09", "feed": "tideglass", "published": "2024-08-15T08:00:00Z",
        "title": "Chinese coast guard ships stay near disputed Senkakus for record stretch",
        "summary": "Chinese coast guard vessels have been in waters next to the Japanese-administered Senkaku "
                   "islands for a record number of consecutive days, Japan's coast guard said.",
        "label": "off_topic",
        "note": "Look-alike: a different island dispute (Senkaku/Diaoyu, Japan-China). No Russia, no Kurils.",
        "section": "Asia", "author": "Kenta Morishita",
        "body": [
            "TOKYO, Aug 15 (Tideglass) - Chinese coast guard ships have been sailing in the contiguous zone "
            "around the Japanese-administered Senkaku islands in the East China Sea for a record number of "
            "consecutive days, Japan's coast guard said on Thursday.",
            "Four Chinese vessels, one of them apparently armed with a cannon, were spotted on Thursday "
            "morning, the 11th Regional Coast Guard Headquarters in Naha said. Japan has lodged protests "
            "through diplomatic channels over repeated entries into its territorial waters this year.",
            "\u201cThe Senkaku islands are clearly an inherent part of Japan's territory, historically and under "
            "international law,\u201d Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference. "
            "\u201cThere is no territorial issue to be resolved.\u201d",
            "China, which calls the uninhabited islets the Diaoyu, says its patrols are lawful.",
            "The Chinese presence has become almost constant since Japan bought three of the islands from a "
            "private owner in 2012. Japanese fishing boats from Okinawa are regularly shadowed by Chinese "
            "ships when they approach.",
        ],
        "credits": "Reporting by Kenta Morishita; Editing by Anne Balcombe",
        "related": ["Japan, Philippines sign troop access pact", "Explainer: the East China Sea disputes",
                    "Taiwan reports Chinese warplanes near island"],
    },
    # ------------------------------------------------------------------ 11
    {
        "id": "b128-11", "feed": "rostrum", "published": "2024-10-08T09:00:00Z",
        "title": "Interview: Foreign Minister Takeshi Iwaya on Russia, the islands and 'patient diplomacy'",
        "summary": "A week after taking office, Japan's foreign minister said Tokyo's policy of resolving the "
                   "territorial issue and concluding a peace treaty with Russia is unchanged, that he cannot say "
                   "when talks might resume, and that he will press Moscow on grave visits.",
        "label": "restatement",
        "note": "Restatement by a new speaker (FM Iwaya): Japan's policy unchanged, talks halted (seeds 000-004); "
                "'I will strongly urge Russia to allow visits' is a request, 'I would not rule out a meeting' "
                "is conditional. No new fact.",
        "section": "Interviews", "record_type": "Interview (edited transcript)", "author": "Rostrum desk, Tokyo",
        "body": [
            "Takeshi Iwaya became Japan's foreign minister on 1 October in the cabinet of Prime Minister "
            "Shigeru Ishiba. He spoke to a group of foreign correspondents in Tokyo on 7 October. The exchange "
            "on Russia has been edited for length.",
            "**Q: Russia broke off peace treaty negotiations in 2022. Do you see a way back to the table?**",
            "**IWAYA:** Japan's policy of resolving the territorial issue and concluding a peace treaty has not "
            "changed, and it will not change while I am in this post. Unfortunately, because of Russia's "
            "aggression against Ukraine, Japan\u2013Russia relations are in a severe situation, and I cannot tell "
            "you today when negotiations will be able to resume. The responsibility for that lies with Russia.",
            "**Q: Former residents of the islands are now close to ninety on average. What can you do for them?**",
            "**IWAYA:** This is the issue that weighs on me most. Visits to family graves are a humanitarian "
            "matter. I will strongly urge the Russian side to allow them to resume, and I intend to raise it at "
            "every opportunity. I cannot promise results. But we will not stop asking.",
            "**Q: Would you meet Foreign Minister Lavrov?**",
            "**IWAYA:** If an appropriate opportunity arises, I would not rule out contact. Nothing is planned.",
            "**Q: Russia says Japan's sanctions are the obstacle. Would Japan ease them to restart talks?**",
            "**IWAYA:** No. Our sanctions are a response to the aggression and we coordinate them with the G7. "
            "We are not going to trade them for talks.",
            "**Q: Russia has been building up forces on the islands. Will you protest?**",
            "**IWAYA:** We have protested each time and will continue to do so. Military activity on the "
            "Northern Territories is incompatible with our position.",
        ],
    },
    # ------------------------------------------------------------------ 12
    {
        "id": "b128-12", "feed": "floeedge", "published": "2024-11-12T10:00:00Z",
        "title": "Notes from Nemuro: an American envoy at Cape Nosappu",
        "summary": "The U.S. ambassador looked out at the Habomai islets from Cape Nosappu and said Washington "
                   "supports Japan's sovereignty over the four islands. Also: autumn salmon, a new crane.",
        "label": "neutral",
        "note": "Borderline: the U.S. position is not among the seed facts, but the ambassador only restates a "
                "long-standing U.S. stance during a visit; no act by Russia or Japan. Not scored.",
        "issue": "187", "author": "Mari Okabe",
        "body": [
            "The United States ambassador to Japan spent Saturday in Nemuro, the first time in several years "
            "that an American envoy has made the trip to the end of Hokkaido.",
            "At Cape Nosappu, where the Kaigara lighthouse on the nearest of the Habomai islets is visible "
            "with the naked eye on a clear day, the ambassador was briefed by the mayor and met four former "
            "residents of the islands. Asked by a local reporter about the dispute, the ambassador said: "
            "\u201cThe United States has long recognised Japan's sovereignty over the Northern Territories, and "
            "that has not changed.\u201d",
            "That is not a new line; Washington has said similar things for decades. But hearing it at the "
            "cape, a few kilometres from a Russian border post, landed differently with the people in the "
            "room. \u201cWe need friends to say it out loud,\u201d one former resident, 88, told us afterwards.",
            "The Russian embassy in Tokyo did not comment. Moscow has long argued that a U.S. military presence "
            "on the islands would be a risk if they were ever handed to Japan.",
            "## Elsewhere",
            "- Autumn salmon landings at Nemuro are running about 20 per cent below last year.",
            "- The port's new 40-tonne crane is finally working, three months late.",
            "- Correction: last week we put the Kushiro fish market auction at 5 a.m.; it starts at 4:30.",
        ],
    },
    # ------------------------------------------------------------------ 14
    {
        "id": "b128-14", "feed": "tideglass", "published": "2024-12-13T09:10:00Z",
        "title": "Japan says Russia has put armed drones on disputed Kunashir, lodges protest",
        "summary": "Japan's defence minister said Russia has deployed at least three Orion (Inokhodets) "
                   "reconnaissance-strike drones at an airfield on Kunashir, the first armed drones confirmed on "
                   "the Russian-held islands Japan claims.",
        "label": "new_development", "group": "b128-g1",
        "new_facts": ["Japan's Defence Ministry confirmed at least three Russian Orion (Inokhodets) "
                      "reconnaissance-strike drones at Mendeleyevo airfield on Kunashir - the first armed drones "
                      "confirmed on the four islands; Japan protested (announced 13 Dec 2024)."],
        "must_mention": [["orion", "inokhodets", "drone"], ["kunashir"]],
        "note": "Second report of b128-g1 (first: the Japanese report b128-13): same deployment, same day.",
        "section": "Defence", "author": "Kenta Morishita",
        "body": [
            "TOKYO, Dec 13 (Tideglass) - Russia has deployed armed drones on Kunashir, one of the Russian-held "
            "islands off Hokkaido that Japan claims, Japan's defence minister said on Friday, adding that Tokyo "
            "had protested to Moscow.",
            "\u201cWe have confirmed that at least three Orion unmanned aerial vehicles, which are capable of "
            "attack, have been deployed at the airfield on Kunashiri,\u201d Defence Minister Gen Nakatani told a "
            "regular news conference, using the Japanese name of the island. \u201cThis is the first time we "
            "have confirmed armed drones on the Northern Territories.\u201d",
            "Nakatani said the deployment strengthened Russia's military presence on the islands, \u201cwhich "
            "is incompatible with Japan's position and unacceptable\u201d, and that Japan had protested through "
            "diplomatic channels. He declined to say how the drones were detected.",
            "The Orion, known in Russia as Inokhodets, is a medium-altitude, long-endurance drone built by "
            "Kronstadt that can carry guided bombs and missiles. Russia has used it in Syria and Ukraine. "
            "A government source said the aircraft had been seen repeatedly at Mendeleyevo airfield in the "
            "south of the island since late November.",
            "Russia's embassy in Tokyo did not respond to a request for comment. The Russian Defence Ministry "
            "has not announced the deployment.",
            "Moscow has steadily reinforced its garrison on the islands, which Soviet forces seized at the end "
            "of World War Two. The dispute has prevented the two countries from signing a peace treaty, and "
            "Russia broke off treaty talks in March 2022 over Japan's sanctions.",
            "\u201cKunashir sits right over the Nemuro Strait, so a drone there can watch everything that "
            "moves off eastern Hokkaido,\u201d said a former Maritime Self-Defense Force officer. \u201cThat is "
            "the point.\u201d",
        ],
        "credits": "Reporting by Kenta Morishita; Additional reporting by Yulia Markova in London; Editing by Anne Balcombe",
        "related": ["Japan's defence budget request hits record", "Russia holds drills on Kuril Islands",
                    "Explainer: the Northern Territories dispute"],
    },
    # ------------------------------------------------------------------ 18
    {
        "id": "b128-18", "feed": "wrackline", "published": "2025-02-07T10:30:00Z",
        "title": "Ishiba vows 'persistent' diplomacy as Tokyo rally marks Northern Territories Day",
        "summary": "Prime Minister Shigeru Ishiba told the annual national rally that Japan's policy of "
                   "resolving the territorial issue and concluding a peace treaty with Russia is unchanged, as "
                   "former residents pleaded to be allowed to visit family graves.",
        "label": "restatement",
        "note": "Occasion piece (Northern Territories Day, 7 Feb). PM restates Japan's policy; former "
                "residents' wishes; Russian embassy restates sovereignty. Seeds 000-004. No new fact.",
        "section": "Asia & Pacific", "author": "Haruka Ueno",
        "body": [
            "Prime Minister Shigeru Ishiba promised on Friday to pursue \u201cpersistent\u201d diplomacy over the "
            "Russian-held islands off Hokkaido, addressing the annual national rally in Tokyo that marks "
            "Northern Territories Day.",
            "\u201cThe government's policy of resolving the issue of the attribution of the four islands and "
            "concluding a peace treaty remains unchanged,\u201d Ishiba told about 700 people, including former "
            "islanders, lawmakers and activists from across the country. \u201cThe situation is severe, but we "
            "will not give up.\u201d",
            "The day, 7 February, commemorates the 1855 Treaty of Shimoda, which drew the first border between "
            "Japan and Russia between Iturup and Urup.",
            "Speakers at the rally described the ageing of the former residents, whose average age is now close "
            "to 89. \u201cI want to stand in front of my parents' grave once more before I die,\u201d said a "
            "woman born on Shikotan. \u201cThat is all I ask.\u201d",
            "Visits by former residents have been impossible since Russia halted visa-free travel to the "
            "islands in 2022, citing Japan's sanctions. Russia also said it would not continue peace treaty "
            "negotiations.",
            "The Russian embassy in Tokyo said in a statement on its social media account that Russia's "
            "sovereignty over the southern Kurils, \u201censhrined in international documents\u201d, was not in "
            "question, and called the rally \u201ca display of revanchism\u201d.",
            "A resolution adopted by the rally called on the government to \u201cexert every effort\u201d to "
            "secure the return of the islands and the resumption of grave visits.",
        ],
        "comments": 41,
    },
    # ------------------------------------------------------------------ 19
    {
        "id": "b128-19", "feed": "tideglass", "published": "2025-02-25T15:00:00Z",
        "title": "Ukraine spy agency says Russia pulled troops from Kurils; Tokyo 'cannot confirm'",
        "summary": "Ukraine's military intelligence agency claimed Russia had moved a battalion from the Kuril "
                   "Islands to the front in Ukraine; Japan's government said it could not confirm the claim.",
        "label": "neutral",
        "note": "Borderline: an unverified claim by a third party (Ukraine's HUR), doubted/not confirmed by "
                "Tokyo and not commented on by Moscow. Not scored.",
        "section": "World", "author": "Olena Petrenko and Kenta Morishita",
        "body": [
            "KYIV/TOKYO, Feb 25 (Tideglass) - Ukraine's military intelligence agency said on Tuesday that "
            "Russia had moved a battalion of its garrison on the Kuril Islands to the war in Ukraine, a claim "
            "Japan's government said it was not in a position to confirm.",
            "A spokesman for the agency, known by its Ukrainian initials HUR, told a televised briefing that "
            "\u201cunits of the 18th machine-gun artillery division\u201d had been seen in the Zaporizhzhia "
            "region. He did not provide evidence and did not say when the troops had moved.",
            "Asked about the claim, Japan's Chief Cabinet Secretary Yoshimasa Hayashi said the government was "
            "\u201cnot aware of any such information\u201d and would \u201ccontinue to monitor Russian military "
            "activity in the Northern Territories with great interest\u201d.",
            "A Japanese defence official, speaking on condition of anonymity, said satellite imagery did not "
            "show a clear drop in activity at the main bases on Iturup and Kunashir. \u201cWe treat the report "
            "with caution,\u201d he said.",
            "Russia's Defence Ministry did not comment. The 18th division, headquartered at Goryachiye Klyuchi "
            "on Iturup, is the main Russian ground force on the islands.",
            "Western analysts have reported that Russia has drawn on units across its Far East to replace "
            "losses in Ukraine, though the extent of any reduction on the Kurils is unknown.",
        ],
        "credits": "Reporting by Olena Petrenko in Kyiv and Kenta Morishita in Tokyo; Editing by Anne Balcombe",
    },
    # ------------------------------------------------------------------ 20
    {
        "id": "b128-20", "feed": "rostrum", "published": "2025-03-11T09:00:00Z",
        "title": "Diet record: Iwaya questioned on a 'third-country channel' to Moscow",
        "summary": "House of Councillors budget committee, 10 March: an opposition member asked whether Japan "
                   "has proposed meetings with Russia in a third country; the foreign minister said Tokyo is "
                   "seeking dialogue but had nothing to announce.",
        "label": "restatement",
        "note": "Questioned/prospective version of a move: a lawmaker asks whether third-country talks were "
                "proposed; FM declines, says no prospect of grave visits. Restates seeds (talks halted). "
                "Precedes, and is not part of, b128-g2.",
        "section": "Hearings", "record_type": "Hearing (translated excerpt)", "author": "Rostrum desk, Tokyo",
        "body": [
            "Excerpt from the House of Councillors Budget Committee, 10 March 2025. The questioner is an "
            "opposition member of the Constitutional Democratic Party. Translation from Japanese is our own.",
            "**MEMBER:** Some reports say the government has proposed to Russia that officials meet in a third "
            "country, somewhere in the Middle East perhaps, to discuss humanitarian matters and even the "
            "peace treaty. Is that true? And if so, has Russia answered?",
            "**FOREIGN MINISTER IWAYA:** I will refrain from going into the details of diplomatic exchanges. "
            "What I can say is that Japan is seeking opportunities for dialogue with Russia on the issues "
            "between our two countries, through various channels. At this moment there is nothing I can "
            "announce.",
            "**MEMBER:** So you are not denying it.",
            "**IWAYA:** I am saying that there is nothing to announce. Russia's position, stated repeatedly by "
            "its officials, is that conditions for peace treaty negotiations do not exist. We regret that "
            "position, and we will not give up.",
            "**MEMBER:** The former islanders want to know one thing: will they be able to visit the graves "
            "this summer?",
            "**IWAYA:** Regrettably, there is no prospect of that at present. We continue to ask the Russian "
            "side strongly, as a humanitarian matter, and I will keep doing so.",
            "**CHAIR:** Time is up. Next questioner.",
        ],
    },
    # ------------------------------------------------------------------ 22
    {
        "id": "b128-22", "feed": "tideglass", "published": "2025-04-17T16:20:00Z",
        "title": "Russia confirms one-off consultations with Japan in Dubai, says talks not resumed",
        "summary": "Russian and Japanese diplomats met in Dubai on April 10 for consultations that touched on "
                   "the peace treaty issue, Russia's Foreign Ministry said - the first such contact since Moscow "
                   "halted talks in 2022 - but it stressed the meeting was a one-off.",
        "label": "status_change", "group": "b128-g2",
        "new_facts": ["Russian and Japanese foreign ministry department heads held consultations in Dubai on "
                      "10 April 2025, at Japan's request, including peace treaty issues - first such contact since "
                      "March 2022; Moscow calls it a one-off, not a resumption of negotiations."],
        "must_mention": [["dubai"], ["consultation", "talks", "meeting"]],
        "note": "Second report of b128-g2 (first: the buried Russian briefing digest b128-21). Status: peace "
                "treaty talks halted since March 2022 (seeds) -> one round of consultations held, no resumption.",
        "section": "Asia", "author": "Yulia Markova",
        "body": [
            "LONDON, April 17 (Tideglass) - Russian and Japanese diplomats held consultations in Dubai last "
            "week that touched on the long-stalled peace treaty, Russia's Foreign Ministry said on Thursday, "
            "the first such contact since Moscow broke off treaty talks in 2022.",
            "\u201cOn April 10 in Dubai, at the request of the Japanese side, consultations were held between the "
            "director of the Foreign Ministry's Second Asian Department and the director-general of the European "
            "Affairs Bureau of Japan's Foreign Ministry,\u201d spokeswoman Maria Zakharova told a weekly briefing. "
            "\u201cThe sides exchanged views on the bilateral agenda, including issues related to the peace "
            "treaty.\u201d",
            "But she stressed: \u201cThis was a one-off contact. There is no question of resuming negotiations on "
            "a peace treaty as long as Tokyo pursues its unfriendly course.\u201d",
            "Japan's Foreign Ministry confirmed that a meeting had taken place but gave no details.",
            "Russia said in March 2022 that it would not continue peace treaty negotiations because of Japanese "
            "sanctions over Ukraine, and ended visa-free visits to the disputed islands known in Russia as the "
            "southern Kurils and in Japan as the Northern Territories. Officials in Moscow have repeatedly said "
            "since then that a resumption was impossible.",
            "A Tokyo-based diplomat said the meeting had been arranged over several months. \u201cThe fact that "
            "they sat in the same room is the news,\u201d the diplomat said. \u201cNobody should expect a "
            "second round soon.\u201d",
        ],
        "credits": "Reporting by Yulia Markova; Editing by Anne Balcombe",
        "related": ["Japan, Russia trade barbs over fishing quotas", "Dubai emerges as venue for quiet diplomacy",
                    "Explainer: why Russia and Japan never signed a WW2 peace treaty"],
    },
    # ------------------------------------------------------------------ 24
    {
        "id": "b128-24", "feed": "floeedge", "published": "2025-04-24T12:00:00Z",
        "title": "Dubai, decoded: a meeting, not a negotiation",
        "summary": "A week on, what we know about the one-off Russia-Japan consultations in Dubai, and what "
                   "both capitals insist they were not.",
        "label": "status_change", "group": "b128-g2",
        "new_facts": ["Follow-up analysis of the 10 April 2025 Dubai consultations; no new fact."],
        "must_mention": [["dubai"], ["consultation", "talks", "meeting"]],
        "note": "Follow-up in b128-g2 with no new fact: analysis of the Dubai round already reported by b128-21/22/23. "
                "A second alert on it would be a repeat.",
        "issue": "208", "author": "Mari Okabe",
        "body": [
            "Last week's news that Russian and Japanese diplomats met in Dubai on April 10 produced more "
            "headlines in Hokkaido than anywhere else. Here is what we know, and what we don't.",
            "## What happened",
            "The head of the Russian Foreign Ministry's Second Asian Department, which handles Japan, met the "
            "director-general of the Japanese ministry's European Affairs Bureau. Moscow disclosed it first, "
            "through Maria Zakharova's weekly briefing; Tokyo confirmed the next day. Both said the agenda "
            "included \u201cissues related to the peace treaty\u201d. It was the first such contact since Russia "
            "said in March 2022 that it would not continue treaty negotiations.",
            "## What both sides say it was not",
            "Zakharova: a one-off, not a resumption. Foreign Minister Takeshi Iwaya: \u201cnot a resumption of "
            "negotiations\u201d, but \u201ca meaningful opportunity to convey our position directly\u201d. No next "
            "meeting has been scheduled. Nobody has talked about grave visits or fishing, at least on the record.",
            "## Why Dubai",
            "Neutral ground, good flights from both capitals, and a place where neither side has to explain a "
            "visit. Diplomats we spoke to say the choice of a bureau-level format, not ministers, was itself a "
            "signal that nobody wanted to raise expectations.",
            "## What to watch",
            "Whether the word \u201cconsultations\u201d turns into \u201cnext round\u201d. Until then, the 2022 "
            "freeze stands, with one exception on the calendar.",
        ],
    },
    # ------------------------------------------------------------------ 26
    {
        "id": "b128-26", "feed": "floeedge", "published": "2025-05-22T12:00:00Z",
        "title": "Floe Edge Notes No. 212: an early thaw, cheaper kelp, and an empty apron",
        "summary": "Sea ice off Shiretoko cleared a week early; kelp prices slip at the Nemuro auction; a new cold "
                   "store opens. Plus odds and ends from the week.",
        "label": "status_change", "group": "b128-g3",
        "new_facts": ["Japan's Defence Ministry says the Orion (Inokhodets) drones it confirmed on Kunashir in "
                      "December 2024 are no longer there - not seen since mid-April 2025; it now regards the "
                      "deployment as temporary."],
        "must_mention": [["orion", "inokhodets", "drone"], ["no longer", "gone", "left", "withdraw", "temporary"]],
        "note": "First report of b128-g3, buried: the newsletter leads with sea ice and kelp prices; the new fact "
                "(the drones confirmed in b128-g1 have left Kunashir) is an item under 'Odds and ends'. Status: "
                "armed drones deployed on Kunashir -> no longer there, deployment judged temporary.",
        "issue": "212", "author": "Mari Okabe",
        "body": [
            "## The ice went early",
            "The last drift ice off the Shiretoko peninsula cleared on about May 9, roughly a week earlier than "
            "the average of the past decade, according to the Abashiri observatory. Rausu fishermen say the "
            "early thaw let them set nets sooner, but also brought the warm-water fish they do not want.",
            "## Kelp prices slip",
            "At Nemuro's first kelp auction of the season, top-grade dried kombu fetched about 6 per cent less "
            "than a year ago. Buyers blamed weak demand from restaurants in Osaka. Sellers blamed the buyers.",
            "## A new cold store",
            "The 8,000-tonne cold store at Nemuro's Hanasaki port opened on Monday. The city says it will help "
            "local processors hold saury and sardines until prices recover.",
            "## Odds and ends",
            "- The drones have gone. A Defence Ministry official told a Liberal Democratic Party defence panel on "
            "Wednesday that the Russian Orion (Inokhodets) strike drones it reported at the airfield on Kunashir "
            "in December are no longer there. According to lawmakers present, the official said the aircraft "
            "had not been seen since mid-April and that the ministry now regarded the deployment as "
            "\u201ctemporary\u201d. No explanation from the Russian side, which never announced the deployment in "
            "the first place.",
            "- The Nemuro city library has opened a reading corner for books in Russian. Nobody has borrowed "
            "one yet.",
            "- The sea urchin season on the Pacific side closes on May 31.",
        ],
    },
    # ------------------------------------------------------------------ 29
    {
        "id": "b128-29", "feed": "wrackline", "published": "2025-06-11T06:00:00Z",
        "title": "Tokyo plays down lawmaker's claim that Moscow is warming to grave visits",
        "summary": "Japan's top government spokesman said Tokyo has received no indication from Russia that it "
                   "will allow former residents to visit family graves on the disputed islands, after an "
                   "independent lawmaker said he had sensed 'a positive attitude' in Moscow.",
        "label": "restatement",
        "note": "Denial of a claim: CCS says there is no such indication and the policy is unchanged; visits "
                "remain impossible (seed: visa-free trips terminated). Responds to the neutral claim b128-28.",
        "section": "Asia & Pacific", "author": "Haruka Ueno",
        "body": [
            "Japan's government on Wednesday played down a lawmaker's claim that Russia was preparing to let "
            "former residents of the disputed islands off Hokkaido visit family graves, saying it had received "
            "no such signal from Moscow.",
            "Osamu Okochi, an independent member of the House of Representatives, told reporters on his return "
            "from a private trip to Moscow on Tuesday that a deputy speaker of the State Duma had shown \u201ca "
            "positive attitude\u201d towards resuming the visits \u201cin some form\u201d.",
            "\u201cWe are not aware of any such indication from the Russian side,\u201d Chief Cabinet Secretary "
            "Yoshimasa Hayashi told a regular news conference. \u201cThe government has been strongly requesting "
            "the resumption of grave visits, and there is no change to that.\u201d",
            "Hayashi added that the lawmaker's trip was \u201ca private visit\u201d and that the government "
            "advises Japanese citizens, including Diet members, against travel to Russia.",
            "Russia halted visa-free visits to the islands, which it calls the southern Kurils, in March 2022, "
            "in response to Japan's sanctions over Ukraine, and said it would not continue peace treaty talks.",
            "The Duma's press office did not respond to a request for comment.",
        ],
        "comments": 9,
    },
    # ------------------------------------------------------------------ 32
    {
        "id": "b128-32", "feed": "wrackline", "published": "2025-06-25T07:00:00Z",
        "title": "Russia grants one-off landing for former residents on tiny Habomai islet",
        "summary": "Russia will let up to 12 former residents of Akiyuri, one of the Habomai islets, and their "
                   "relatives land without visas in late August to hold a memorial - an exception for this "
                   "summer only, not a return to visa-free travel.",
        "label": "status_change", "group": "b128-g4",
        "new_facts": ["By a note of 20 June 2025 Russia agreed to a one-off visa-free landing on Akiyuri "
                      "(Anuchina) islet, Habomai, for up to 12 former residents and relatives on 23-24 August 2025 "
                      "for a memorial - this summer only."],
        "must_mention": [["akiyuri", "anuchina"], ["former resident", "former islander", "landing", "memorial"]],
        "note": "Third report of b128-g4 (first: Russian interview b128-30). Status: visa-free trips terminated "
                "(seeds) -> one landing allowed, this summer only.",
        "section": "Asia & Pacific", "author": "Haruka Ueno",
        "body": [
            "Russia has agreed to let a small group of Japanese former residents land on one of the disputed "
            "Habomai islets this summer to hold a memorial service, in the first such exception since it "
            "halted visa-free travel to the islands three years ago.",
            "In a diplomatic note dated June 20, Moscow said up to 12 former residents of Akiyuri, known in "
            "Russia as Anuchina island, and their relatives could go ashore on August 23 and 24 without "
            "passports or visas, travelling on a Japanese ship from Nemuro.",
            "A Russian official in Yuzhno-Sakhalinsk described the decision as \u201can exception, not a "
            "return to visa-free travel\u201d, valid \u201conly for this summer\u201d.",
            "\u201cWe welcome it as a humanitarian step,\u201d Chief Cabinet Secretary Yoshimasa Hayashi said on "
            "Tuesday. \u201cAt the same time, we will continue to ask Russia to restore the frameworks for "
            "grave visits and visa-free exchanges.\u201d",
            "Akiyuri, a low, treeless island of under 4 square kilometres, had around 60 inhabitants before "
            "Soviet troops arrived in 1945. It is now uninhabited apart from a Russian border post. Former "
            "residents say the village cemetery lay above the island's only cove.",
            "\u201cI was seven when we left,\u201d said Tomoe Hasegawa, 87, who lives in Nemuro. \u201cI did not "
            "think I would ever see it again.\u201d",
            "Russia ended the visa-free exchanges in March 2022 in retaliation for Japan's sanctions over "
            "Ukraine.",
        ],
        "comments": 23,
    },
    # ------------------------------------------------------------------ 35
    {
        "id": "b128-35", "feed": "tideglass", "published": "2025-08-20T15:00:00Z",
        "title": "Moscow says Habomai memorial trip 'postponed, not cancelled'; no new date",
        "summary": "Russia's Foreign Ministry said a planned landing by Japanese former residents on Akiyuri "
                   "islet had been postponed 'for technical reasons' and gave no new date, days before it was due "
                   "to take place.",
        "label": "status_change", "group": "b128-g5",
        "new_facts": ["Russia called off the 23-24 August 2025 landing on Akiyuri (Anuchina) it had allowed in "
                      "June (note of 15 August: 'technical reasons'); Moscow says postponed, no new date."],
        "must_mention": [["akiyuri", "anuchina", "habomai"], ["postpone", "called off", "cancel"]],
        "note": "Third report of b128-g5 (first: buried weekly column b128-33). Zakharova's 'postponed, not "
                "cancelled' confirms the visit will not take place as planned; no new date.",
        "section": "Asia", "author": "Yulia Markova",
        "body": [
            "LONDON, Aug 20 (Tideglass) - Russia said on Wednesday that a memorial trip by Japanese former "
            "residents to a disputed islet off Hokkaido had been postponed, not cancelled, but gave no new date "
            "for a visit that had been due to take place this weekend.",
            "\u201cThe trip has not been cancelled. It has been postponed for technical reasons related to "
            "ensuring the safety of the participants,\u201d Foreign Ministry spokeswoman Maria Zakharova told a "
            "weekly briefing. \u201cThe timing will be determined later.\u201d",
            "Russia had told Japan in June that up to 12 former residents of Akiyuri, one of the Habomai "
            "islets, and their relatives could land there on August 23-24 without visas, as a one-time "
            "exception. Japanese officials said Moscow informed them in a note dated August 15 that it could "
            "not receive the group on those dates.",
            "\u201cI have packed my bag twice this summer,\u201d said one former resident in Nemuro. \u201cNow I "
            "am told to wait again.\u201d",
            "Japan's government has said it regrets the decision and has asked Russia to set a new date as "
            "soon as possible.",
            "Moscow ended visa-free travel to the islands in 2022 over Japan's sanctions.",
        ],
        "credits": "Reporting by Yulia Markova; Additional reporting by Kenta Morishita in Tokyo; Editing by Anne Balcombe",
    },
    # ------------------------------------------------------------------ 36
    {
        "id": "b128-36", "feed": "tideglass", "published": "2025-09-03T08:30:00Z",
        "title": "Russia marks 80 years since Kuril landing; Tokyo says position unchanged",
        "summary": "Russia held ceremonies on the Kuril Islands to mark 80 years since the end of World War Two "
                   "in the Pacific, with officials repeating that sovereignty is not up for discussion; Japan "
                   "restated its claim.",
        "label": "restatement",
        "note": "Anniversary/occasion piece: both sides restate positions (Russian sovereignty 'not subject to "
                "discussion', Japan's claim) - seeds 000-004. Ceremonies are not developments in the dispute.",
        "section": "Asia", "author": "Yulia Markova and Kenta Morishita",
        "body": [
            "LONDON/TOKYO, Sept 3 (Tideglass) - Russia marked 80 years since the end of World War Two in the "
            "Pacific on Wednesday with wreath-layings and parades on the Kuril Islands, and officials repeated "
            "that Russia's sovereignty over the chain was not open to discussion.",
            "\u201cThe Kurils were, are and will be Russian,\u201d Sakhalin governor Valery Limarenko said at a "
            "ceremony in Yuzhno-Kurilsk on Kunashir, which Soviet troops reached in early September 1945. "
            "Veterans' descendants, schoolchildren and servicemen attended.",
            "Russia's Foreign Ministry said in a statement that the outcome of the war was \u201csealed in "
            "international documents\u201d and that Russia's sovereignty over the islands \u201cis not subject to "
            "discussion\u201d.",
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan's position that the four islands "
            "belong to Japan was unchanged. \u201cWe will continue to aim to resolve the territorial issue and "
            "conclude a peace treaty,\u201d he said.",
            "Since 2020 Russia has marked September 3 as the day of victory over militarist Japan and the end "
            "of World War Two. Japan surrendered formally on September 2, 1945.",
            "Moscow and Tokyo never signed a peace treaty. Russia broke off negotiations in 2022 after Japan "
            "joined Western sanctions over Ukraine.",
        ],
        "credits": "Editing by Anne Balcombe",
    },
    # ------------------------------------------------------------------ 40
    {
        "id": "b128-40", "feed": "rostrum", "published": "2025-11-13T09:30:00Z",
        "title": "Diet record: Motegi on Russia - 'no new date' for Habomai visit, no sign of talks",
        "summary": "House of Representatives Foreign Affairs Committee, 12 November: the new foreign minister "
                   "said Russia has not proposed a new date for the former residents' landing on Akiyuri that it "
                   "postponed in August, and that conditions for peace treaty talks are not in place.",
        "label": "status_change", "group": "b128-g5",
        "new_facts": ["Follow-up: Russia has still not set a new date for the Akiyuri visit postponed in August "
                      "2025; no new fact."],
        "must_mention": [["akiyuri", "anuchina", "habomai"], ["postpone", "called off", "cancel", "no new date"]],
        "note": "Follow-up in b128-g5 with no new fact: the minister confirms the August postponement still "
                "stands ('no new date'); also restates seeds (no talks). A new alert would be a repeat.",
        "section": "Hearings", "record_type": "Hearing (translated excerpt)", "author": "Rostrum desk, Tokyo",
        "body": [
            "Excerpt from the House of Representatives Committee on Foreign Affairs, 12 November 2025. "
            "Foreign Minister Toshimitsu Motegi answers a member of the Democratic Party for the People from "
            "Hokkaido. Translation from Japanese is our own.",
            "**MEMBER:** In June Russia agreed that former residents of Akiyuri could land on the island in "
            "August. Days before, it said no. Where do things stand now?",
            "**FOREIGN MINISTER MOTEGI:** The Russian side informed us in August that the visit to Akiyuri "
            "Island would be postponed. To date, no new date has been proposed. We have repeatedly asked, "
            "through diplomatic channels, for the visit to be realised as early as possible, and we will "
            "continue to do so.",
            "**MEMBER:** Did they give a reason?",
            "**MOTEGI:** They cited technical reasons. I will refrain from commenting on Russia's intentions.",
            "**MEMBER:** And the peace treaty? The Dubai meeting in April raised hopes.",
            "**MOTEGI:** That was a single exchange of views. At present, regrettably, there is no environment "
            "in which peace treaty negotiations can be held. Our policy of resolving the attribution of the "
            "four islands and concluding a peace treaty does not change.",
            "**MEMBER:** Will you meet Minister Lavrov?",
            "**MOTEGI:** Nothing has been decided.",
        ],
    },
    # ------------------------------------------------------------------ 42
    {
        "id": "b128-42", "feed": "wrackline", "published": "2026-01-20T13:00:00Z",
        "title": "Chagos sovereignty treaty clears final hurdle as Britain completes ratification",
        "summary": "Britain completed ratification of the treaty handing sovereignty over the Chagos Islands to "
                   "Mauritius while keeping the Diego Garcia base under a long lease.",
        "label": "off_topic",
        "note": "Look-alike: another island sovereignty treaty (UK-Mauritius, Chagos). Not Russia-Japan.",
        "section": "World", "author": "Courier foreign desk",
        "body": [
            "Britain has completed the ratification of its treaty with Mauritius on the Chagos Islands, "
            "clearing the way for sovereignty over the Indian Ocean archipelago to pass to Port Louis while the "
            "joint UK-US military base on Diego Garcia stays under a long-term lease.",
            "The Foreign Office said the final legislative steps had been completed and that the treaty would "
            "enter into force once both sides exchanged instruments. Mauritius's prime minister called it "
            "\u201cthe end of the last chapter of our decolonisation\u201d.",
            "Critics in Britain say the deal costs too much and sets a precedent for other territorial claims; "
            "supporters say it secures the base's legal future after international court rulings went against "
            "London.",
            "Chagossians, who were expelled in the 1960s and 1970s to make way for the base, remain divided. "
            "Some groups in Crawley, West Sussex, have said they were not consulted.",
            "The United States has welcomed the agreement.",
        ],
        "comments": 88,
    },
    # ------------------------------------------------------------------ 45
    {
        "id": "b128-45", "feed": "rostrum", "published": "2026-04-16T13:50:00Z",
        "title": "Zakharova briefing, 16 April: Moldova, Arctic shipping, a Ukraine conference, student visas",
        "summary": "Highlights from the Russian Foreign Ministry's weekly briefing: remarks on Moldova, Arctic "
                   "navigation rules, Western 'peace' initiatives, visas for foreign students and an answer to a "
                   "Japanese journalist.",
        "label": "new_development", "group": "b128-g7",
        "new_facts": ["Russia's Foreign Ministry (Zakharova, 16 April 2026) declared that the provisions on "
                      "territorial demarcation of the 1991 Soviet-Japanese Joint Statement (communique) have lost "
                      "relevance and Russia no longer considers itself bound by them."],
        "must_mention": [["1991"], ["joint statement", "communiqu"], ["lost", "void", "no longer", "not bound"]],
        "note": "First report of b128-g7, buried: a multi-topic briefing record; the new official position (the "
                "1991 Joint Statement's territorial provisions no longer binding) is the fourth item, in an "
                "answer to a question. Not a seed fact.",
        "section": "Briefings", "record_type": "Briefing (translated highlights)", "author": "Rostrum desk, Moscow",
        "body": [
            "Highlights from the weekly briefing by Russian Foreign Ministry spokeswoman Maria Zakharova, "
            "Moscow, 16 April 2026. Topics are listed in the order they came up. Translation from Russian is "
            "our own; check against the ministry's official transcript.",
            "## Moldova",
            "Zakharova accused the Moldovan authorities of \u201cpersecuting\u201d opposition politicians in "
            "Gagauzia and said Moscow would raise the issue at the OSCE.",
            "## Arctic shipping",
            "She said new rules for foreign ships on the Northern Sea Route would take effect in June and "
            "rejected Norwegian criticism as \u201cinterference in Russia's internal waters\u201d.",
            "## Western 'peace' initiatives",
            "Asked about a new conference on Ukraine planned in Europe, she said any initiative \u201cwithout "
            "Russia and against Russia\u201d was \u201cdoomed\u201d.",
            "## Japan: the 1991 Joint Statement",
            "A Japanese journalist noted that 18 April marks 35 years since Mikhail Gorbachev's visit to Tokyo "
            "and the Soviet\u2013Japanese Joint Statement of 1991, in which the two sides named the four "
            "islands as the subject of territorial demarcation, and asked whether Russia still regarded the "
            "document as a basis for talks.",
            "> The Joint Statement of 1991 was adopted by a state that no longer exists, in a completely "
            "different historical situation. Its provisions concerning so-called territorial demarcation have "
            "lost their relevance, and the Russian Federation does not consider itself bound by them. "
            "Russia's sovereignty over the Kuril Islands is enshrined in our Constitution and in the outcome of "
            "the Second World War. There is nothing to demarcate.",
            "Asked whether Japan had been notified, she said the ministry's position \u201cwill be brought to the "
            "attention of the Japanese side through the appropriate channels\u201d.",
            "## Visas for foreign students",
            "Zakharova said Russia would simplify visa rules for students from \u201cfriendly countries\u201d from "
            "September.",
            "## Other",
            "She also commented on the detention of a Russian citizen in Finland and on the forthcoming BRICS "
            "foreign ministers' meeting.",
        ],
    },
    # ------------------------------------------------------------------ 48
    {
        "id": "b128-48", "feed": "tideglass", "published": "2026-06-19T07:00:00Z",
        "title": "Japan to seek renewal of Black Sea bloc partner status blocked by Russia since 2022",
        "summary": "Japan will ask the Black Sea Economic Cooperation organisation at next week's ministerial "
                   "meeting to extend its sectoral dialogue partner status, which Russia has blocked since 2022; "
                   "officials are unsure whether Moscow will object again.",
        "label": "restatement",
        "note": "Prospective/requested version of a status change: Japan 'will ask' for renewal; nothing decided. "
                "Restates seed 000/001 (Russia blocks Japan's BSEC sectoral dialogue partner status).",
        "section": "Asia", "author": "Kenta Morishita",
        "body": [
            "TOKYO, June 19 (Tideglass) - Japan will ask the Black Sea Economic Cooperation organisation (BSEC) "
            "to extend its status as a sectoral dialogue partner at a foreign ministers' meeting next week, "
            "Japanese officials said on Friday, four years after Russia blocked the renewal.",
            "\u201cWe intend to request the extension again. Whether it is approved depends on consensus among "
            "the member states,\u201d a Foreign Ministry official told reporters on condition of anonymity. "
            "\u201cWe do not know what position the Russian side will take.\u201d",
            "BSEC, based in Istanbul, groups 13 countries around the Black Sea, including Russia and Ukraine. "
            "Japan held the partner status for years before 2022 and took part in projects on disaster "
            "prevention and energy efficiency.",
            "In March 2022, in one of several steps against Tokyo over its sanctions, Russia said it would block "
            "the extension of Japan's status. Because the organisation decides by consensus, the objection of a "
            "single member is enough.",
            "\u201cIt would be regrettable if one country again prevented practical cooperation that benefits "
            "the whole region,\u201d the official said.",
            "Russia's Foreign Ministry did not immediately comment.",
        ],
        "credits": "Reporting by Kenta Morishita; Editing by Anne Balcombe",
    },
    # ------------------------------------------------------------------ 51
    {
        "id": "b128-51", "feed": "wrackline", "published": "2026-08-12T06:00:00Z",
        "title": "Japan and China mark peace treaty anniversary in a chill",
        "summary": "Low-key events marked 48 years since the Japan-China Treaty of Peace and Friendship, as "
                   "disputes over seafood, detentions and the East China Sea weigh on ties.",
        "label": "off_topic",
        "note": "Look-alike: another Japan peace treaty (Japan-China 1978). Not Russia, not the Kurils.",
        "section": "Asia & Pacific", "author": "Courier Asia desk",
        "body": [
            "Japan and China marked the 48th anniversary of their Treaty of Peace and Friendship on Wednesday "
            "with a reception in Beijing and a statement from Tokyo, in what diplomats on both sides called a "
            "subdued atmosphere.",
            "The 1978 treaty, signed six years after the two countries normalised relations, commits them to "
            "develop \u201crelations of perpetual peace and friendship\u201d and to settle disputes by peaceful "
            "means.",
            "\u201cThe spirit of the treaty is more important now than ever,\u201d Japan's ambassador told the "
            "reception, according to the embassy. The Chinese foreign ministry said Japan should \u201cabide by "
            "the principles\u201d of the four political documents between the two countries.",
            "Relations have been strained by China's restrictions on Japanese seafood imports, the detention of "
            "Japanese nationals on espionage charges and Chinese coast guard activity near the Senkaku islands.",
            "No leaders' meeting is scheduled.",
        ],
        "comments": 17,
    },
    # ------------------------------------------------------------------ 53
    {
        "id": "b128-53", "feed": "rostrum", "published": "2026-10-19T09:00:00Z",
        "title": "Seventy years after the 1956 Declaration: what Tokyo and Moscow said",
        "summary": "Statements on the 70th anniversary of the Soviet-Japanese Joint Declaration: Prime Minister "
                   "Sanae Takaichi vowed to 'persistently' seek a peace treaty; Russia's Foreign Ministry said "
                   "there is no basis for talks while Japan pursues an unfriendly policy.",
        "label": "restatement",
        "note": "Anniversary piece collecting statements; both restate known positions (1956 Declaration ended the "
                "state of war; talks halted; Japan's policy unchanged) - seeds 002, 004. No new fact.",
        "section": "Readouts", "record_type": "Statements (compiled)", "author": "Rostrum desk",
        "body": [
            "The Soviet\u2013Japanese Joint Declaration was signed in Moscow on 19 October 1956. It ended the "
            "state of war, restored diplomatic relations and provided that the Soviet Union would hand over "
            "Habomai and Shikotan after a peace treaty was concluded. No treaty has been signed. Below, the "
            "main statements issued on the anniversary.",
            "## Prime Minister Sanae Takaichi (message to a memorial meeting in Nemuro)",
            "> Seventy years have passed since the Joint Declaration, and the Northern Territories issue remains "
            "unresolved. This is truly regrettable. The government's policy of resolving the issue of the "
            "attribution of the four islands and concluding a peace treaty remains unchanged. I will tackle it "
            "persistently.",
            "## Russian Foreign Ministry (statement)",
            "> The Declaration of 1956 put an end to the state of war and opened the way to the normalisation "
            "of relations. The dialogue on a peace treaty was interrupted through the fault of the Japanese "
            "side, which chose an openly hostile course towards Russia. As long as that course continues, there "
            "is no basis for discussing a peace treaty.",
            "## Chishima Habomai Islands Residents' League (statement)",
            "> Fewer than 4,500 former residents are still alive. We ask both governments to allow us, at "
            "least, to visit our family graves.",
            "## Note",
            "Neither government announced any new step to mark the anniversary.",
        ],
    },
    # ------------------------------------------------------------------ 55
    {
        "id": "b128-55", "feed": "floeedge", "published": "2026-12-15T11:00:00Z",
        "title": "Floe Edge Notes No. 289: a court says no to the former islanders",
        "summary": "Sapporo District Court dismissed a suit by former islanders seeking compensation from the "
                   "state for property left on the Russian-held islands. Also: the saury season's end.",
        "label": "neutral",
        "note": "Borderline: a domestic Japanese court ruling on former residents' compensation claims; related to "
                "the islands but not a bilateral development or a change in the dispute. Not scored.",
        "issue": "289", "author": "Mari Okabe",
        "body": [
            "## The ruling",
            "The Sapporo District Court on Monday dismissed a lawsuit by 29 former residents of the islands and "
            "heirs of former residents who sought a total of about 90 million yen from the Japanese state for "
            "land and houses they lost when Soviet forces occupied the islands in 1945.",
            "The plaintiffs, who filed the suit in March 2023, argued that the government had failed for "
            "eighty years to secure either the return of their property or compensation. The court ruled that "
            "\u201cthe state bears no legal obligation to compensate losses caused by the actions of a foreign "
            "state\u201d, while acknowledging the plaintiffs' \u201cgrave suffering\u201d.",
            "\u201cWe lost our homes, then we lost our hope of going back, and now we have lost in court,\u201d "
            "the plaintiffs' representative, 91, told reporters. Their lawyers said they would appeal to the "
            "Sapporo High Court.",
            "The government has supported former residents through low-interest loans and funding for their "
            "associations, but has never accepted a legal duty to compensate.",
            "## The saury",
            "The saury season closed with Nemuro landings at their second-lowest level on record.",
        ],
    },
    # ------------------------------------------------------------------ 56
    {
        "id": "b128-56", "feed": "tideglass", "published": "2027-01-26T08:00:00Z",
        "title": "Japanese utilities line up more Sakhalin-2 LNG cargoes as winter demand peaks",
        "summary": "Several Japanese power and gas companies have agreed to buy additional spot cargoes of "
                   "liquefied natural gas from Russia's Sakhalin-2 project to cover cold-weather demand.",
        "label": "off_topic",
        "note": "Unrelated Japan-Russia news (energy trade). No peace treaty, no Kurils.",
        "section": "Energy", "author": "Daisuke Ono",
        "body": [
            "TOKYO, Jan 26 (Tideglass) - Japanese utilities have lined up additional spot cargoes of liquefied "
            "natural gas from Russia's Sakhalin-2 project to meet demand during a cold snap, industry sources "
            "said on Tuesday.",
            "At least two utilities agreed to take extra cargoes for delivery in February, on top of their "
            "long-term contracts, the sources said. Sakhalin-2 supplies close to a tenth of Japan's LNG imports.",
            "Japan has kept buying Sakhalin gas despite sanctions over the war in Ukraine, arguing that the "
            "supply is vital to its energy security. Mitsui and Mitsubishi retain stakes in the project.",
            "Spot prices in Asia have risen about 15 per cent this month on colder-than-expected weather in "
            "northern Japan and Korea.",
            "The industry ministry declined to comment on individual deals.",
        ],
        "credits": "Reporting by Daisuke Ono; Editing by Anne Balcombe",
        "related": ["Asian LNG prices climb on cold snap", "Japan nuclear restarts: what is next",
                    "Oil falls as stockpiles rise"],
    },
]
