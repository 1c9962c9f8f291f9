"""English-language articles of the blind38 corpus (Tamarisk, Puffin, Quoin, Sternway)."""

ARTICLES = [
# ------------------------------------------------------------------ 2024
dict(
    id="b38-03", feed="sternway-asia", lang="en", published="2024-04-16T08:05:00Z",
    slug="japan-bluebook-2024-russia-northern-territories",
    title="Japan's diplomatic bluebook keeps Northern Territories language, calls Russia ties 'severe'",
    summary="The 2024 edition of the foreign ministry's annual report repeats Tokyo's claim to the four islands and its aim of a treaty once their status is settled.",
    label="restatement",
    note="Annual report. Restates seed 002 (Japan remains committed to a peace treaty / resolving the territory issue) and seeds 000, 001, 003 (Russia's March 2022 refusal to continue treaty talks, end of visa-free trips, exit from the joint economic activity dialogue).",
    byline="By Mariko Endo in Tokyo", kicker="Japan", tags=["Japan", "Russia", "Diplomacy"],
    body="""
Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday, describes relations with Russia as remaining in a "severe situation" and restates, in wording essentially unchanged from last year, Tokyo's claim to the four Russian-held islands off Hokkaido.

"The Northern Territories are islands over which Japan has sovereignty and are an inherent part of the territory of Japan," the report says, adding that the government's basic policy of resolving the attribution of the islands and then concluding a peace treaty with Russia "remains unchanged".

The 2024 edition again recounts the steps Moscow announced in March 2022 in response to Japanese sanctions — that it did not intend to continue the peace treaty negotiations, that it was ending visa-free exchanges and the simplified visits of former islanders, and that it was pulling out of talks on joint economic activities on the islands — and calls them "extremely unjust and absolutely unacceptable", the same characterisation used a year earlier.

Officials said the Russia chapter had been revised chiefly to cover the war in Ukraine and Moscow's growing military cooperation with North Korea. On the islands themselves, the report says Japan will keep asking Russia to let elderly former residents visit family graves, a request Tokyo has been making since the exchanges stopped.

The Bluebook is a descriptive document compiled each spring by the Ministry of Foreign Affairs and does not in itself set policy. Its language on the islands is nonetheless read closely in both capitals: wording was softened in 2019, when the government of Shinzo Abe was pursuing a deal with Moscow, and hardened again after Russia's full-scale invasion of Ukraine.

The four islands — Etorofu, Kunashiri, Shikotan and the Habomai group, known in Russia as Iturup, Kunashir, Shikotan and the Lesser Kurils — were seized by Soviet forces at the end of World War Two. The two countries have never signed a peace treaty.
"""),
dict(
    id="b38-04", feed="tamarisk-world", lang="en", published="2024-05-14T06:20:00Z",
    slug="china-coast-guard-senkaku-record-stay",
    title="Chinese coast guard ships log longest stay in Senkaku waters, Japan protests",
    summary="Four Chinese coast guard vessels spent more than 80 hours inside the territorial sea around the East China Sea islands, Japan's coast guard said.",
    label="off_topic",
    note="Look-alike: a different island dispute (Senkaku/Diaoyu, Japan-China). Mentions Japan's territorial disputes in passing; nothing about Russia or the Kurils beyond one background clause.",
    byline="Tamarisk Wire Tokyo bureau", dateline="TOKYO, May 14", kicker="Asia Pacific",
    body="""
Four Chinese coast guard ships remained inside Japan's territorial waters around the Senkaku Islands for more than 80 hours before leaving on Tuesday morning, the longest continuous intrusion since Tokyo bought three of the islets from a private owner in 2012, the Japan Coast Guard said.

The vessels, one of them apparently armed with a cannon, at times approached Japanese fishing boats operating in the area, the coast guard said. Japanese patrol ships shadowed them and warned them to leave.

Japan's foreign ministry lodged a protest with the Chinese embassy in Tokyo and in Beijing, calling the intrusion "unacceptable". China, which calls the uninhabited islands the Diaoyu, said its coast guard was carrying out "law enforcement patrols in its own territorial waters".

The Senkakus are administered by Japan and claimed by China and Taiwan. Japan's government says there is no territorial issue to be resolved over them, a position that differs from its stance on the islands off Hokkaido it disputes with Russia and on the Seoul-controlled rocks it calls Takeshima.

Chinese government ships have been present in the contiguous zone around the islands almost every day this year. Analysts say Beijing is seeking to demonstrate effective control through the sheer regularity of its patrols.

Japan's coast guard has asked for funding to add large patrol vessels to its Okinawa-based fleet in the coming budget year.
"""),
dict(
    id="b38-06", feed="puffin-ledger", lang="en", published="2024-06-13T09:15:00Z",
    slug="tokyo-watching-kuril-garrison-reorganisation",
    title="Tokyo 'watching closely' as Russia reshapes garrison on disputed islands",
    summary="Japan's top government spokesman was asked about Russian plans announced in Yuzhno-Sakhalinsk for the division that guards Iturup and Kunashir.",
    label="new_development", group="g-kuril-division-reorg",
    new_facts=["Russia's military is reorganising the 18th Machine Gun Artillery Division on Iturup and Kunashir into a motor rifle division with a tank battalion and drone units, by the end of 2025"],
    must_mention=[["division"], ["motor rifle", "motorised rifle", "motorized rifle"]],
    note="Second report of the division reorganisation (first: Ostrovityanin, Russian). Japanese reaction; the plan itself is the new fact, given in the second paragraph.",
    byline="Aya Kudo, Sapporo", kicker="Security",
    body="""
Japan's government said on Thursday it was following Russian military moves on the islands off eastern Hokkaido "with great interest", two days after a Russian officer told a meeting in Yuzhno-Sakhalinsk what Moscow intends to do with the force stationed there.

According to the Sakhalin regional government's own account of that meeting, the 18th Machine Gun Artillery Division — headquartered at Goryachiye Klyuchi on Iturup, with units on Kunashir — is to be converted into a motor rifle division by the end of 2025, gaining a tank battalion and drone units in the process. The regional authorities have promised land for new barracks and housing, mostly on Kunashir.

Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was "aware of the reports" and would "continue to gather and analyse information". "A build-up of Russian forces in the Northern Territories is incompatible with our country's position on the islands," he told reporters, adding that Japan had made that position known to Moscow "on various occasions".

The islands, called Etorofu and Kunashiri in Japan, are two of the four that Soviet troops occupied in the final days of World War Two and that Japan still claims. Russia, which calls them the Southern Kurils, says its sovereignty over them is beyond question.

A researcher at a Sapporo think tank, who asked not to be named because of his institution's rules, said the change was about more than the dispute. "A machine-gun artillery division is a fortress formation, built to sit in prepared positions. Turning it into a motor rifle division suggests Moscow wants something it can actually manoeuvre — or pull units out of," he said.

Moscow broke off peace treaty negotiations with Tokyo in March 2022, citing Japanese sanctions over Ukraine.
"""),
dict(
    id="b38-08", feed="quoin-review", lang="en", published="2024-07-27T14:30:00Z",
    slug="lavrov-vientiane-tokyo-door",
    title="Lavrov's Vientiane message to Tokyo: the door is shut, and Japan holds the key",
    summary="On the sidelines of the ASEAN meetings, Russia's foreign minister set out the terms on which Moscow might one day talk treaty again. None of them is new.",
    label="restatement", meta=False, comments=True,
    note="Restates seed 004 (Rudenko: resumption impossible; key condition is Tokyo dropping its hostile policy) and seed 000 (no talks under current conditions). A conditional, not an offer.",
    byline="By Oleg Varenik", kicker="Briefing",
    body="""
Sergei Lavrov does not waste many words on Japan these days, and in Vientiane on Friday he used only a few. Asked by a Japanese reporter whether Moscow saw any prospect of returning to peace treaty talks, the Russian foreign minister answered that there was "nothing to discuss" with a government that "has chosen to stand with those who want to inflict a strategic defeat on Russia".

Then came the sentence that Japanese news agencies quickly put at the top of their stories. Should Tokyo abandon what he called its "hostile line", Lavrov said, Russia would "look at the situation again" — but the choice, he stressed, was Tokyo's alone.

It would be easy to read this as an opening. It is not. The condition Lavrov named is the one Moscow has set since the spring of 2022, when the foreign ministry announced it did not intend to continue negotiating a treaty with a state that had imposed sanctions on it. Deputy foreign minister Andrei Rudenko put it more bluntly in February, calling a resumption "categorically impossible" and saying normalisation would require Tokyo to give up its policy towards Russia rather than send "ephemeral signals".

Nothing in Vientiane moved that line. Japan is not about to lift sanctions while the war in Ukraine continues, and Moscow knows it. The conditional, in other words, is a way of placing the blame rather than of opening a door.

What remains frozen is not only the treaty. The visa-free exchanges with the islands and the joint economic projects that were meant to build trust before a settlement were also cancelled by Moscow in 2022, and the two sides now meet mainly in multilateral corridors like the one in Vientiane.

For Japan's government the practical question is narrower: whether any humanitarian channel — above all, visits by elderly former islanders to family graves — can be kept alive while the larger question sleeps. Lavrov was not asked about that, and did not volunteer an answer.
""",
    bio="Oleg Varenik writes on Russian foreign policy for the Review."),
dict(
    id="b38-59", feed="sternway-asia", lang="en", published="2024-08-20T05:40:00Z",
    slug="russian-ambassador-kurils-no-subject-for-negotiation",
    title="Russian envoy in Tokyo: Kurils 'not a subject for negotiation'",
    summary="Ambassador Nikolai Nozdrev told a Russian newspaper that Moscow's position on the islands is settled and that any thaw depends on Tokyo.",
    label="restatement", meta=False,
    note="Restatement by a new speaker (the ambassador). Restates seed 001/004 (Russia's sovereignty cannot be questioned; talks impossible while Japan pursues unfriendly course) — the 'would not refuse' line is conditional.",
    byline="Sternway Dispatch", kicker="Japan", tags=["Russia", "Japan", "Kuril Islands"],
    body="""
Russia's ambassador to Japan, Nikolai Nozdrev, has said Moscow regards the question of the southern Kuril Islands as closed and that there is "no subject for negotiation" over their ownership.

"Russia's sovereignty over the Kurils is fixed in international legal documents adopted after the Second World War, and it is not up for discussion," Nozdrev said in an interview with a Russian daily published on Tuesday.

Asked whether the two governments might one day return to the peace treaty talks Moscow walked away from in 2022, the diplomat said relations had fallen to their lowest point in decades because of Japan's sanctions and its support for Ukraine. Were Tokyo to step back from what he called a "confrontational course", Russia "would not refuse to discuss how to put relations back on a normal footing", he said — but he declined to say what such a discussion might cover and said he saw "no signs" of a change in Japanese policy.

Nozdrev also said the Japanese side bore "full responsibility" for the halt in exchanges between the islands and Japan, including visa-free visits that had allowed former Japanese residents to travel to their birthplaces.

Japan's foreign ministry did not comment on the interview. Tokyo's stated position is that the four islands it calls the Northern Territories are Japanese territory under illegal Russian occupation, and that a peace treaty must be concluded after their attribution is resolved.
"""),
dict(
    id="b38-12", feed="tamarisk-world", lang="en", published="2024-10-09T10:20:00Z",
    slug="russian-strategic-bombers-land-iturup-first-time",
    title="Japan protests after Russian strategic bombers land on disputed Iturup",
    summary="Tokyo says two Tu-95MS bombers touched down on one of the Russian-held islands it claims, a first, during a long-range flight.",
    label="new_development", group="g-tu95-iturup",
    new_facts=["Two Russian Tu-95MS strategic bombers landed at Burevestnik airfield on Iturup on 7 Oct 2024 — the first such landing confirmed on the disputed islands; a temporary, exercise-related stop; Japan protested"],
    must_mention=[["tu-95", "bomber"], ["iturup", "etorofu"]],
    note="Second report (first: Shioji, Japanese). Lead is about the protest; the landing itself is in the second paragraph.",
    byline="Tamarisk Wire Tokyo bureau", dateline="TOKYO, Oct 9",
    body="""
Japan has lodged a protest with Russia through diplomatic channels, calling a Russian air force movement to one of the islands the two countries dispute "incompatible with Japan's position", government officials said on Wednesday.

The movement in question: two Tu-95MS strategic bombers that, according to Japan's Defense Ministry, landed on Monday at Burevestnik airfield on Iturup — which Japan calls Etorofu — and took off again about four hours later. It is the first time Japan has confirmed strategic bombers touching down on the islands off Hokkaido that Soviet forces seized in 1945.

Japan's Air Self-Defense Force scrambled fighter jets as the bombers flew over the Sea of Okhotsk, the ministry said. There was no violation of Japanese airspace.

Russia's Defense Ministry said separately that the flight was part of a planned exercise and that "all flights were carried out in strict compliance with international rules on the use of airspace".

A Japanese defense official told Tamarisk Wire that the landing appeared to be a one-off linked to the exercise and that there was no sign Moscow intended to station the bombers there. Still, he said, it showed that the runway at Burevestnik, rebuilt in recent years, could now handle Russia's heaviest aircraft.

Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo would watch Russian military activity on the islands "with strong interest". Russia broke off peace treaty talks with Japan in 2022, citing Tokyo's sanctions over Ukraine.
"""),
dict(
    id="b38-14", feed="puffin-ledger", lang="en", published="2024-10-19T11:00:00Z",
    slug="1956-declaration-68-years",
    title="Sixty-eight years on, the 1956 declaration still haunts Russia-Japan diplomacy",
    summary="The joint declaration signed on 19 October 1956 ended the state of war and promised two islands after a peace treaty. Neither capital wants to talk about it now.",
    label="restatement", meta=False, kicker="Analysis",
    note="Anniversary/background piece. Restates seed 004 (1956 joint declaration ended the state of war; no treaty since) and seeds 000/001 (Russia halted talks in 2022; sovereignty position).",
    byline="Thomas Reade",
    body="""
Sixty-eight years ago today, in Moscow, Soviet premier Nikolai Bulganin and Japanese prime minister Ichiro Hatoyama signed a short document that ended the state of war between their countries and restored diplomatic relations. The Soviet-Japanese Joint Declaration of 1956 was ratified by both parliaments and remains, on paper, in force.

Its ninth article is the one that has outlived everything else. In it, Moscow agreed to hand over Shikotan and the Habomai islets to Japan — but only "after the conclusion of a peace treaty". That treaty was never signed. Iturup and Kunashir, the two larger islands, were not mentioned at all, which is why Japanese governments for decades treated the declaration as a floor rather than a ceiling.

The 2018 attempt by Shinzo Abe and Vladimir Putin to use the declaration as "the basis" for accelerated talks now looks like the last serious effort. By March 2022, with sanctions imposed over Ukraine, Russia's foreign ministry said it did not intend to continue negotiating a treaty with a country that had taken "openly unfriendly positions". In February this year a deputy foreign minister, Andrei Rudenko, called a resumption "categorically impossible".

In Nemuro, the Hokkaido port closest to the islands, the anniversary passes almost unmarked. The exchanges that once brought Russian islanders to Japanese homes and Japanese former residents to their birthplaces were ended by Moscow in 2022, and the ferry that carried them sits idle in port most of the year.

Historians in both countries still argue about what 1956 meant. For Moscow, the declaration settled the war; Russia's sovereignty over all the Kurils, it says, rests on international documents from 1945 and cannot be questioned. For Tokyo, it was the first step in a process that remains unfinished. After 68 years, the only thing the two readings share is that neither capital expects to test them soon.
"""),
# ------------------------------------------------------------------ 2025
dict(
    id="b38-21", feed="sternway-asia", lang="en", published="2025-02-22T06:45:00Z",
    slug="takeshima-day-20th-ceremony-seoul-protests",
    title="Seoul protests as Shimane marks 'Takeshima Day' for the 20th time",
    summary="South Korea summoned a Japanese diplomat after a prefectural ceremony over islets Seoul controls and calls Dokdo.",
    label="off_topic", kicker="Korea", tags=["Japan", "South Korea", "Territory"],
    note="Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea).",
    byline="By Kim Ji-woo in Seoul",
    body="""
South Korea's foreign ministry summoned a senior diplomat from the Japanese embassy on Saturday and demanded that Tokyo stop "repeating unjust claims" after Japan's Shimane prefecture held its annual ceremony for islets that Seoul controls.

The event in Matsue, the prefectural capital, was the 20th "Takeshima Day" ceremony since the prefectural assembly established the day by ordinance in 2005. As in every year since 2013, the central government sent a parliamentary vice-minister, a level Seoul says it finds provocative but which Tokyo has kept below cabinet rank.

The rocky outcrops, which South Korea calls Dokdo and Japan calls Takeshima, lie roughly midway between the two countries in the Sea of Japan and have been guarded by South Korean police since the 1950s. Japan says they are its inherent territory, illegally occupied.

"Dokdo is clearly our territory historically, geographically and under international law," the South Korean ministry said in a statement. Activists held a rally outside the Japanese embassy in Seoul.

The dispute has remained a fixture of relations even as the two governments have moved closer on security and economic issues. Officials in both capitals have tried to keep the annual exchange of protests from derailing shuttle diplomacy between their leaders.
"""),
dict(
    id="b38-22", feed="tamarisk-world", lang="en", published="2025-03-14T18:30:00Z",
    slug="g7-foreign-ministers-northern-territories-first",
    title="G7 ministers voice support for Japan on Russian-held islands in first for the group",
    summary="The Charlevoix statement by G7 foreign ministers includes a line on the Northern Territories, which Japanese officials say no previous G7 ministerial text has carried.",
    label="new_development", group="g-g7-northern-territories",
    new_facts=["G7 foreign ministers' statement at Charlevoix (14 Mar 2025) for the first time expressed support for Japan's position on the Northern Territories issue"],
    must_mention=[["g7", "group of seven"], ["northern territories", "kuril"]],
    note="First report of the G7 statement. New official position of the G7 on the dispute (not in seeds).",
    byline="Tamarisk Wire Ottawa bureau", dateline="CHARLEVOIX, Quebec, March 14", kicker="World",
    body="""
Foreign ministers of the Group of Seven industrialised democracies said on Friday they "support Japan's position on the Northern Territories issue", in what Japanese officials described as the first explicit reference to Tokyo's dispute with Russia over four islands in a G7 ministerial statement.

The line appears in the Indo-Pacific section of a joint statement released at the end of a three-day meeting at a resort in Quebec. It is followed by a call on Russia "to refrain from further militarisation of the islands" and to "engage with Japan in addressing humanitarian concerns of former residents".

"This is very meaningful," Japanese Foreign Minister Takeshi Iwaya told reporters after the meeting. "It shows that our partners understand the Northern Territories issue is not only a bilateral matter but connected to Russia's disregard for international order."

Previous G7 texts have condemned Russia's war in Ukraine in detail and expressed concern about its military cooperation with China and North Korea, but have not mentioned the islands, which Soviet troops seized in 1945 and which Russia calls the Southern Kurils.

Diplomats involved in the drafting said the wording had been proposed by Japan and accepted after some discussion among European members, who were wary of taking sides in a territorial dispute outside their region.

There was no immediate reaction from Moscow, which broke off peace treaty negotiations with Tokyo in 2022 and says its sovereignty over the islands is not negotiable.
"""),
dict(
    id="b38-26", feed="quoin-review", lang="en", published="2025-05-16T15:00:00Z",
    slug="istanbul-russia-ukraine-talks",
    title="In Istanbul, Russia and Ukraine talk face to face — and agree on little besides a prisoner swap",
    summary="The first direct talks since 2022 produced an exchange of a thousand prisoners each and not much else. A peace treaty is nowhere in sight.",
    label="off_topic", meta=False, kicker="Briefing",
    note="Look-alike: other peace talks (Russia-Ukraine), not the Russia-Japan treaty.",
    byline="The Quoin editors",
    body="""
The two delegations sat across from each other in the Dolmabahce Palace for less than two hours. When they left, the only concrete result was an agreement to exchange a thousand prisoners of war each — the largest swap of the war, but a long way from the ceasefire Kyiv and its European backers had demanded before the meeting.

Russia sent a mid-level team led by a presidential aide; Ukraine's was led by its defence minister. Turkish officials, who brokered the session, spoke of "a beginning". Ukrainian negotiators said Moscow had presented conditions for a ceasefire that were unacceptable, including the withdrawal of Ukrainian troops from territory Russia claims but does not control.

Istanbul carries a particular weight. It was here, in the spring of 2022, that the two sides last discussed a draft agreement that would have traded Ukrainian neutrality for security guarantees. That text never became a treaty and both sides now cite it selectively.

What comes next is unclear. Both delegations said they would report back to their capitals and consider another round. For now, any comprehensive peace agreement looks as distant as it did before the flights to Istanbul — perhaps more so, since each side left the palace convinced that the other is not serious.
"""),
dict(
    id="b38-60", feed="tamarisk-world", lang="en", published="2025-05-22T17:10:00Z",
    slug="britain-mauritius-chagos-treaty-signed",
    title="Britain signs treaty handing Chagos Islands to Mauritius, keeps Diego Garcia base",
    summary="London will pay to lease back the Indian Ocean base for 99 years under the agreement, which must still be ratified.",
    label="off_topic", dateline="LONDON, May 22", kicker="World",
    note="Look-alike: another island sovereignty treaty (UK-Mauritius, Chagos).",
    byline="Tamarisk Wire London bureau",
    body="""
Britain signed a treaty on Thursday transferring sovereignty over the Chagos Islands to Mauritius while keeping control of the joint UK-US military base on Diego Garcia through a 99-year lease.

Prime Minister Keir Starmer said the deal secured the base's future on a sound legal footing after international court rulings had gone against Britain. Under the agreement, Britain will pay Mauritius an average of 101 million pounds a year over the term of the lease.

The signing went ahead after a High Court judge lifted an injunction obtained overnight by two Chagossian women who had challenged the deal. Many Chagossians, who were expelled from the islands in the 1960s and 1970s to make way for the base, say they were not consulted.

The treaty must be ratified by both parliaments. Opposition Conservative politicians said the government was giving away British territory and paying for the privilege.

Mauritius has pressed its claim to the archipelago since independence in 1968, arguing that Britain detached it illegally. The International Court of Justice said in a 2019 advisory opinion that Britain should end its administration of the islands "as rapidly as possible".
"""),
dict(
    id="b38-27", feed="puffin-ledger", lang="en", published="2025-06-05T06:00:00Z",
    slug="ishiba-hopes-see-day-treaty-talks-restart",
    title="Ishiba says he hopes to 'see the day' treaty talks with Russia restart",
    summary="Japan's prime minister told parliament he had not given up on negotiations, but could not say when they might be possible.",
    label="restatement", kicker="Politics",
    note="Wished-for version of a resumption. Restates seed 002 (Japanese PM steadfast on a peace treaty; relations difficult because of Ukraine) and seed 000 (Russia halted talks).",
    byline="Puffin Ledger Tokyo desk",
    body="""
Prime Minister Shigeru Ishiba told the upper house on Wednesday that he "would very much like to see the day" when Japan and Russia can sit down again to negotiate a peace treaty, but conceded that nothing in the present situation allowed him to say when that might be.

Replying to a lawmaker from Hokkaido who asked whether the government had "quietly abandoned" the islands, Ishiba said Japan's policy of resolving the question of the Northern Territories and then concluding a treaty was unchanged. "Relations with Russia are in a difficult state because of Russia's aggression against Ukraine. That is the reality," he said. "But we have not given up, and we will not give up."

The lawmaker pressed him on visits by former islanders to family graves, which have not taken place for years. Ishiba said the government regarded them as its top priority in relations with Moscow and was continuing to "strongly request" their resumption, without mentioning any response from the Russian side.

Russia's foreign ministry announced in March 2022 that it did not intend to continue peace treaty negotiations with Japan because of Tokyo's sanctions, and at the same time ended visa-free visits to the islands. Russian officials have repeatedly said since then that the talks cannot resume in the current environment.

Ishiba, who became prime minister last October, has said little about Russia in his public remarks, focusing instead on relations with the United States and on domestic economic issues.
"""),
dict(
    id="b38-30", feed="sternway-asia", lang="en", published="2025-07-07T08:00:00Z",
    slug="kunashir-memorial-fishermen-died-soviet-detention",
    title="Families of Japanese fishermen who died in Soviet custody to hold rare memorial on Kunashir",
    summary="Moscow has made a one-time exception for a small group of bereaved relatives, Japanese officials say; the wider visit programmes remain frozen.",
    label="new_development", group="g-kunashir-detainee-memorial",
    new_facts=["Russia agreed, for this summer only, to let 11 relatives of Japanese fishermen who died in Soviet detention hold a memorial on Kunashir (Yuzhno-Kurilsk) in late August 2025"],
    must_mention=[["memorial", "mourn"], ["kunashir"]],
    note="Third report (first: Shibuki, Japanese). A one-off exception ('this summer only'), not a restoration of the terminated visa-free exchanges.",
    byline="By Haruto Ogawa", kicker="Japan", tags=["Japan", "Russia", "Northern Territories", "Fisheries"],
    body="""
For decades, the only place Keiko Tamura could mourn her grandfather was a small stone in the Nemuro port district, facing the sea. His body, she was told, was buried on Kunashir, the island where he died in a Soviet prison camp in 1952 after his fishing boat was seized.

Next month, she expects to stand on the island itself. Russia has agreed, as a humanitarian exception valid for this summer only, to let 11 relatives of Japanese fishermen who died in Soviet detention travel to Kunashir in late August and hold a memorial near Yuzhno-Kurilsk, Japanese government officials said.

The group, which will be accompanied by five government and Hokkaido prefectural officials, is to cross from Nemuro by ship and will not need Russian visas, the officials said. Moscow conveyed its consent through diplomatic channels and made clear it was not reviving the visa-free exchanges and visits for former residents that it terminated in 2022.

"We were told very clearly that this is once, and once only," one official said.

In the decade after World War Two, Soviet border guards seized hundreds of Japanese fishing boats around the islands and held thousands of crew members, some for years. Relatives' associations in Nemuro and Rausu say dozens died in custody, many of them on Kunashir.

For the Hokkaido families, most of them now in their 60s and 70s, the trip is likely to be the only one. "My mother asked for this until she died," said Tamura, 71. "I will go for her."
"""),
dict(
    id="b38-31", feed="tamarisk-world", lang="en", published="2025-07-30T04:30:00Z",
    slug="kamchatka-quake-tsunami-severo-kurilsk",
    title="Magnitude 8.8 quake off Kamchatka sends tsunami into Kuril port, triggers warnings across Pacific",
    summary="Waves flooded the port of Severo-Kurilsk in Russia's northern Kurils; Japan ordered evacuations along its Pacific coast.",
    label="off_topic", dateline="VLADIVOSTOK/TOKYO, July 30", kicker="World",
    note="Look-alike: natural disaster affecting the (northern, undisputed) Kurils; nothing on the territorial dispute or the peace treaty.",
    byline="Tamarisk Wire staff",
    body="""
One of the most powerful earthquakes ever recorded struck off Russia's Kamchatka peninsula on Wednesday, sending tsunami waves into the port town of Severo-Kurilsk in the northern Kuril Islands and prompting warnings and evacuations from Japan to Hawaii and the west coast of the Americas.

The magnitude 8.8 quake hit at a shallow depth about 120 km from Petropavlovsk-Kamchatsky, according to the U.S. Geological Survey. Buildings in the city were damaged and several people were injured, regional officials said.

In Severo-Kurilsk, on Paramushir island, waves flooded the port and a fish processing plant, and the town's roughly 2,000 residents were moved to higher ground, the governor of the Sakhalin region said. There were no reports of deaths.

Japan's Meteorological Agency issued tsunami warnings for much of its Pacific coast, from Hokkaido to Okinawa, and authorities told nearly two million people to evacuate. Waves of up to 1.3 metres were recorded at a port in Iwate prefecture.

Scientists said the quake occurred along the Kuril-Kamchatka subduction zone, where the Pacific plate slides beneath the Okhotsk plate. The same stretch produced a magnitude 9.0 earthquake in 1952.
"""),
dict(
    id="b38-32", feed="quoin-review", lang="en", published="2025-08-08T21:00:00Z",
    slug="armenia-azerbaijan-peace-agreement-initialled",
    title="A peace treaty, initialled: what the Armenia-Azerbaijan deal at the White House does and doesn't do",
    summary="The text agreed in Washington ends decades of hostility on paper. Signature and ratification are another matter.",
    label="off_topic", meta=False, comments=True, kicker="Briefing",
    note="Look-alike: a different peace treaty (Armenia-Azerbaijan).",
    byline="By Nadia Petrosyan",
    body="""
On Friday afternoon in the White House, the foreign ministers of Armenia and Azerbaijan initialled the text of a peace agreement, while their leaders signed a joint declaration alongside President Donald Trump. After more than three decades of conflict, two wars and the exodus of the Armenian population of Nagorno-Karabakh, it was a remarkable image.

Initialling is not signing, however. The text commits the two states to recognise each other's territorial integrity, to renounce territorial claims and to open diplomatic relations. Azerbaijan has said it will not sign until Armenia amends its constitution to remove what Baku regards as a claim on Karabakh — a step that would require a referendum in Yerevan.

The declaration also provides for a transit route across southern Armenia connecting Azerbaijan to its Nakhchivan exclave, to be developed with U.S. participation. Russia, which once guarded that corridor under the 2020 ceasefire, was not part of the arrangement.

Whether the treaty is eventually signed will depend on Armenian domestic politics and on whether Baku treats the constitutional demand as a negotiating position or a precondition. For now, the region has a text — which is more than it had a year ago.
"""),
dict(
    id="b38-34", feed="puffin-ledger", lang="en", published="2025-08-18T13:00:00Z",
    slug="russia-calls-off-kunashir-memorial",
    title="Russia calls off Kunashir memorial for families of fishermen who died in Soviet detention",
    summary="Relatives were due to sail from Nemuro on 23 August. Moscow cited unspecified 'technical circumstances'.",
    label="new_development", group="g-kunashir-memorial-withdrawn",
    new_facts=["Russia withdrew (17 Aug 2025) its consent for the late-August memorial visit to Kunashir by relatives of fishermen who died in Soviet detention; the trip is cancelled"],
    must_mention=[["cancel", "withdr", "revok", "called off", "calls off"], ["memorial"]],
    note="Second report (first: Shioji, Japanese). Reverses the one-off permission reported in July (a separate development from g-kunashir-detainee-memorial).",
    byline="Aya Kudo, Sapporo", kicker="Hokkaido",
    body="""
A memorial trip that Japanese officials had presented as a small humanitarian opening with Russia will not take place, after Moscow withdrew its consent less than a week before the group was due to sail.

Japan's foreign ministry said on Monday that the Russian side had informed it on Sunday, through diplomatic channels, that it could not receive the 16-member delegation on Kunashir "owing to technical circumstances". No further explanation was given, the ministry said.

The group — 11 relatives of Japanese fishermen who died in Soviet detention after their boats were seized around the islands, plus government and prefectural officials — was to have left Nemuro on 23 August and held a memorial near Yuzhno-Kurilsk. Russia had approved the trip in early July as an exception for this summer only.

"We have told the Russian side that this is extremely regrettable," Chief Cabinet Secretary Yoshimasa Hayashi said, adding that Japan would "continue to seek an opportunity" for the families.

In Rausu, one of the relatives, who had bought new clothes for the journey, said he had expected something to go wrong. "We are used to waiting. We have waited seventy years," he said.

Russian officials did not comment publicly. Moscow ended visa-free exchanges with the islands in 2022, and the memorial had been the only approved Japanese visit to the islands this year.
"""),
dict(
    id="b38-37", feed="tamarisk-world", lang="en", published="2025-09-06T11:05:00Z",
    slug="putin-first-visit-kuril-islands-iturup",
    title="Putin makes first trip to Kuril island claimed by Japan",
    summary="The Russian president flew to Iturup after an economic forum in Vladivostok, touring a hospital and a fish plant and meeting troops.",
    label="new_development", group="g-putin-iturup",
    new_facts=["Putin visited Iturup (Kurilsk, Reidovo, Goryachiye Klyuchi garrison) on 6 Sep 2025 — his first visit to the Kuril Islands"],
    must_mention=[["putin"], ["iturup", "etorofu"]],
    note="Second report (first: Peleng, Russian). Putin's visit is new; his 'the Kurils are Russia' remarks restate the known sovereignty position.",
    byline="Tamarisk Wire Moscow bureau", dateline="MOSCOW, Sept 6", kicker="Europe",
    body="""
Vladimir Putin on Saturday visited Iturup, the largest of the southern Kuril Islands claimed by Japan, his first trip to the chain in a quarter of a century in power, the Kremlin said.

Putin flew to the island from Vladivostok, where he had addressed the Eastern Economic Forum the day before. In the town of Kurilsk he visited a new district hospital, toured a fish-processing plant in the village of Reidovo and met servicemen at the garrison in Goryachiye Klyuchi, according to Kremlin footage.

"The Kurils are Russia. People here should live no worse than on the mainland, and we will make sure of that," Putin told residents. He did not mention Japan in public remarks carried by Russian television.

Kremlin spokesman Dmitry Peskov said the trip was "an internal matter" and "not directed against anyone".

The last Kremlin leader to set foot on the islands was Dmitry Medvedev, who as president visited Kunashir in 2010, prompting Japan to temporarily recall its ambassador. Medvedev has returned several times since, most recently as deputy chairman of the Security Council.

Japan, which calls Iturup Etorofu, was expected to protest. Tokyo claims Iturup, Kunashir, Shikotan and the Habomai islets, which Soviet forces seized at the end of World War Two. Russia broke off peace treaty talks with Japan in 2022 over Tokyo's sanctions and says its sovereignty over the islands is beyond dispute.
"""),
dict(
    id="b38-39", feed="quoin-review", lang="en", published="2025-09-10T09:00:00Z",
    slug="putin-iturup-changed-nothing-said-everything",
    title="Putin on Iturup: a visit that changed nothing and said everything",
    summary="The Russian president's first trip to the Kurils added no new policy. That was rather the point.",
    label="new_development", group="g-putin-iturup", meta=False, comments=True, kicker="Essay",
    new_facts=["Putin visited Iturup on 6 Sep 2025 — his first visit to the Kuril Islands"],
    must_mention=[["putin"], ["iturup", "etorofu"]],
    note="Follow-up with no new fact (analysis four days after the visit); belongs to g-putin-iturup, should not produce a second alert.",
    byline="By Oleg Varenik",
    body="""
There was no announcement on Iturup last Saturday. No decree was signed on the tarmac, no new base was unveiled, no map was redrawn. Vladimir Putin walked through a hospital in Kurilsk, watched salmon being gutted in Reidovo, ate with soldiers in Goryachiye Klyuchi and flew back to the mainland. By the standards of Kremlin theatre, it was a modest production.

And yet the visit, his first to the Kurils in 25 years as Russia's leader, will be remembered in Tokyo for a long time. For two decades Putin left the islands to others — to Dmitry Medvedev, who made the trip first as president in 2010 and repeatedly afterwards, to ministers and governors. Keeping himself off the islands was part of the ambiguity that allowed the 2018 talks with Shinzo Abe to happen at all.

That ambiguity is gone. Moscow had already ended it in words in March 2022, when the foreign ministry declared it would not continue negotiating with a state that had imposed sanctions on Russia, and when it ended visa-free travel to the islands. Japan's government protested the visit as "utterly unacceptable", as it was bound to.

What the trip added was a picture: the head of state on the island, saying the Kurils are Russia. Nothing in it changes the legal positions of either side. Everything in it tells Japanese voters and Russian islanders alike that the question Tokyo wants to negotiate is, from Moscow's point of view, no longer a question.
""",
    bio="Oleg Varenik writes on Russian foreign policy for the Review."),
dict(
    id="b38-41", feed="sternway-asia", lang="en", published="2025-11-12T10:00:00Z",
    slug="takaichi-russia-file-islands-analysis",
    title="Will Takaichi reopen Japan's Russia file? Don't bet on the islands",
    summary="Japan's new prime minister has inherited a frozen relationship and a promise to former islanders. Can she do anything with either?",
    label="restatement", kicker="Comment", tags=["Japan", "Russia", "Comment"],
    note="Questioned version of a resumption (analysis). Restates seeds 000/002/004 (talks halted by Russia, impossible in current conditions; Japan still seeks a treaty). No new event.",
    byline="By Jonathan Pryce",
    body="""
Could Sanae Takaichi be the prime minister who gets Japan and Russia talking again? It is a question that has been asked, in one form or another, of every Japanese leader since Shinzo Abe, and it has received the same answer each time.

Takaichi has said the right things. In her first policy speech to the Diet last month she repeated that Japan's aim is to resolve the question of the Northern Territories and conclude a peace treaty, and she promised former islanders that she would "not let the issue fade". But she has also been one of the most outspoken supporters of Ukraine in the ruling party, and there is no sign she intends to ease the sanctions Moscow cites as the reason it stopped negotiating in March 2022.

From the Russian side, the message has been equally consistent. Moscow's deputy foreign minister, Andrei Rudenko, said last year that resuming the treaty dialogue was "categorically impossible" in the present situation, and that normalisation would require Tokyo to abandon its "hostile policy" rather than send signals. Has anything happened since to change that calculation? Not in public.

Is there a smaller door? Former islanders, whose average age is now close to 90, want above all to visit family graves, and Japanese officials say privately that they would accept almost any humanitarian arrangement. Moscow, which ended the visa-free exchanges and visits in 2022, has shown little interest in separating the humanitarian track from the political one.

So will Takaichi reopen the Russia file? She may try to open a drawer. The islands, for now, are in a locked cabinet, and the key is not in Tokyo.
"""),
# ------------------------------------------------------------------ 2026
dict(
    id="b38-43", feed="puffin-ledger", lang="en", published="2026-02-07T06:10:00Z",
    slug="northern-territories-day-takaichi-rally",
    title="At Northern Territories Day rally, Takaichi vows not to let the islands issue fade",
    summary="The prime minister told the annual national rally in Tokyo that Japan's policy was unchanged; former residents appealed again for grave visits.",
    label="restatement", kicker="Politics",
    note="Anniversary/occasion piece (annual 7 February rally). Restates seed 002 (Japan committed to a peace treaty) and seed 001 (visa-free trips terminated by Russia in 2022).",
    byline="Puffin Ledger Tokyo desk",
    body="""
Prime Minister Sanae Takaichi told the annual national rally for the return of the Northern Territories on Saturday that Japan's policy of resolving the attribution of the four islands and concluding a peace treaty with Russia "has not changed and will not change".

"The situation surrounding Japan-Russia relations remains severe because of Russia's aggression against Ukraine," she told about 800 people at a hall in Tokyo, in her first appearance at the event as prime minister. "But I will not allow this issue, which touches the hearts of the former residents, to be forgotten."

February 7 has been marked as Northern Territories Day since 1981. It commemorates the signing of the 1855 Treaty of Shimoda, which first drew a border between Japan and Russia between the islands of Etorofu and Uruppu.

A former resident of Shikotan, 90, told the rally that she had last seen her family's graves in 2019. "We are running out of time. I ask the government, please, find a way for us to go home, even once," she said. The exchanges that allowed former residents to visit without visas were ended by Russia in 2022.

The rally adopted, as it does every year, an appeal calling for the early return of the islands and the resumption of grave visits. Russia's embassy in Tokyo did not comment. Moscow halted peace treaty negotiations in March 2022, citing Japan's sanctions, and has said since that resuming them is impossible under current conditions.
"""),
dict(
    id="b38-46", feed="tamarisk-world", lang="en", published="2026-03-24T15:45:00Z",
    slug="russia-japan-agree-resume-peace-treaty-talks-muscat",
    title="Russia and Japan agree to restart peace treaty talks frozen since 2022",
    summary="Deputy foreign ministers meeting in Oman agreed to hold a first formal round in Tokyo in the second half of the year, Moscow said.",
    label="status_change", group="g-treaty-talks-resume-muscat",
    new_facts=["Russia and Japan agreed (Muscat, 23 Mar 2026; Rudenko and Japan's Satoshi Kirishima) to resume the peace treaty negotiations Russia halted in March 2022; first formal round planned in Tokyo in the second half of 2026"],
    must_mention=[["resum", "restart"], ["peace treaty", "treaty talks"]],
    note="Status change: peace treaty talks halted by Russia since March 2022 (seeds 000-004) -> agreed to resume. Second report (first: Peleng, Russian).",
    byline="Tamarisk Wire Moscow bureau", dateline="MOSCOW/TOKYO, March 24",
    body="""
Russia and Japan have agreed to resume negotiations on a peace treaty formally ending World War Two hostilities, four years after Moscow broke them off over Tokyo's sanctions, the Russian foreign ministry said on Tuesday.

The agreement was reached at consultations in Muscat, Oman, on Monday between Russian Deputy Foreign Minister Andrei Rudenko and Japan's Deputy Minister for Foreign Affairs Satoshi Kirishima, the ministry said. The two sides plan to hold a first formal round of treaty negotiations in Tokyo in the second half of this year.

"The sides noted their mutual interest in resuming the negotiating process on the peace treaty," the ministry said in a statement. Japan's foreign ministry confirmed the meeting and the agreement.

The move reverses, at least on paper, the position Moscow took in March 2022, when it said it did not intend to continue negotiating "with a state that takes openly unfriendly positions". As recently as February 2024 Rudenko described a resumption as "categorically impossible".

Rudenko told Russian reporters that the agreement did not mean Moscow's position on the southern Kurils had changed. "Russia's sovereignty over the islands is not a subject of discussion," he said. Japanese officials said Tokyo's aim remained resolving the attribution of the four islands before concluding a treaty.

Officials on both sides gave few details about what had made the agreement possible. A Japanese diplomat said Tokyo had not promised to ease sanctions on Russia. Visa-free exchanges with the islands, also ended by Moscow in 2022, were not covered by the agreement, he said.
"""),
dict(
    id="b38-48", feed="sternway-asia", lang="en", published="2026-04-02T09:30:00Z",
    slug="nemuro-treaty-talks-hope-tempered",
    title="In Nemuro, news of revived treaty talks brings hope tempered by long memories",
    summary="Former islanders in the Hokkaido port closest to the disputed islands welcome the agreement to resume negotiations but doubt it will bring them home.",
    label="status_change", group="g-treaty-talks-resume-muscat", meta=False,
    new_facts=["Russia and Japan agreed in Muscat (23 Mar 2026) to resume peace treaty negotiations halted in 2022"],
    must_mention=[["resum", "revived", "restart"], ["peace treaty", "treaty talks"]],
    note="Follow-up with no new fact (local reaction a week later); belongs to g-treaty-talks-resume-muscat, should not produce a second alert.",
    byline="By Haruto Ogawa in Nemuro", kicker="Japan", tags=["Japan", "Russia", "Northern Territories"],
    body="""
At the Nemuro office of the former islanders' league, the television has been tuned to news channels more often than usual since Russia and Japan said last week that they would resume the peace treaty negotiations Moscow broke off in 2022.

"Of course we are glad. For four years there was nothing, not even talks about talks," said Tsutomu Hashimoto, 88, who was born on Shibotsu in the Habomai group. "But I have seen talks begin and end many times. I will believe it when I can visit my father's grave."

The agreement, reached by deputy foreign ministers in Muscat on 23 March, provides for a first formal round in Tokyo later this year. It does not restore the visa-free exchanges or the simplified visits for former residents, which Russia ended at the same time as it halted the negotiations.

Local officials said they hoped the humanitarian visits would come up early. "The average age of former residents is 89. If the talks take five years, most of them will not be here to see the result," a city official said.

In the harbour, the exchange ship used for the visits until 2019 has been repainted for its annual inspection. Nobody in Nemuro is yet willing to say when it might sail for the islands again.
"""),
dict(
    id="b38-50", feed="quoin-review", lang="en", published="2026-06-10T07:00:00Z",
    slug="okhotsk-sea-ice-data-japan-russia-scientists",
    title="How Japanese and Russian sea-ice scientists kept talking when their governments stopped",
    summary="A small group of researchers in Sapporo and Vladivostok still exchange Okhotsk ice observations through an international database.",
    label="off_topic", meta=False, kicker="Briefing",
    note="Look-alike: unrelated Japan-Russia news (scientific data sharing on Sea of Okhotsk ice); nothing on the treaty or the islands.",
    byline="By Emi Sato",
    body="""
Every winter, sea ice forms in the northern Sea of Okhotsk and drifts south towards Hokkaido, where it draws tourists to Abashiri and worries fishermen along the coast. Tracking it requires observations from both shores of the sea — Japanese and Russian.

Since 2022, formal scientific cooperation between the two countries has largely stopped. Joint cruises were cancelled and several memoranda between institutes lapsed. But the daily exchange of ice charts has continued, routed through the World Meteorological Organization's systems rather than through any bilateral agreement.

"We never stopped sending, and they never stopped sending," said a researcher at a Hokkaido university's low-temperature institute. "It is not cooperation in the political sense. It is just data that both sides need."

Russian scientists in Vladivostok confirmed that their observations from the Sakhalin coast were still being shared. Both sides asked that their names not be used, saying their institutions preferred to keep the arrangement out of public view.

The winter of 2025-26 brought below-average ice to the southern Okhotsk, continuing a long-term decline that researchers attribute to warming. For the scientists, the quiet exchange of charts is one of the few parts of their work that the war has not changed.
"""),
dict(
    id="b38-51", feed="tamarisk-world", lang="en", published="2026-07-14T03:00:00Z",
    slug="japan-defense-white-paper-2026-russia",
    title="Japan's defense white paper flags Russia-China drills, Russian build-up near Hokkaido",
    summary="The annual report says Russia continues to strengthen forces on the islands Japan claims, and calls China Japan's 'greatest strategic challenge'.",
    label="neutral", dateline="TOKYO, July 14",
    note="Borderline: annual defence white paper summarising Russian military activity on the islands (including 2024 events already reported) — no new event.",
    byline="Tamarisk Wire Tokyo bureau",
    body="""
Japan's annual defense white paper, approved by the cabinet on Tuesday, says joint military activity by China and Russia around Japan has become "a grave concern" and that Russia continues to reinforce its forces on the islands off Hokkaido that Japan claims.

The report, the first compiled under Prime Minister Sanae Takaichi, again describes China's military build-up as "the greatest strategic challenge" Japan has faced and devotes an expanded section to joint bomber flights and naval patrols by the two countries near the Japanese archipelago.

On Russia, the paper says Moscow has continued to deploy new equipment to what Japan calls the Northern Territories and is reorganising the division stationed there, and it notes the landing of two strategic bombers on Etorofu in October 2024. "These moves are incompatible with our country's position and we have strongly protested," it says.

The white paper also says Russia's military activity in the Far East has "not necessarily decreased" despite the war in Ukraine, contrary to some expectations that Moscow would draw down forces to send to the front.

China's foreign ministry criticised the report as "interfering in China's internal affairs". Russia's embassy did not immediately comment.
"""),
dict(
    id="b38-53", feed="sternway-asia", lang="en", published="2026-07-22T08:00:00Z",
    slug="bastion-drills-paramushir-northern-kurils",
    title="Russian coastal missile crews drill on Paramushir in northern Kurils",
    summary="The Pacific Fleet said Bastion crews practised deploying to firing positions on the island, well north of the islands disputed with Japan.",
    label="neutral", kicker="Asia", tags=["Russia", "Military", "Kuril Islands"],
    note="Borderline: military drill on Paramushir in the northern Kurils (not part of the dispute); an existing deployment, no new facts about the disputed islands.",
    byline="Sternway Dispatch",
    body="""
Crews of Bastion coastal missile systems stationed on Paramushir, in the northern part of the Kuril chain, practised moving to firing positions and conducting simulated launches against a mock enemy naval group, Russia's Pacific Fleet said on Wednesday.

The drill involved about 200 troops and 30 pieces of equipment, the fleet's press service said, and included camouflage and the defence of launch positions against sabotage groups. No live missiles were fired.

The Bastion battery on Paramushir, which guards the approaches to the Sea of Okhotsk from the Pacific, was deployed in 2022. Russia also has Bastion and Bal coastal missile systems on the southern Kurils, closer to Japan.

Paramushir lies more than 1,000 km north-east of the four southern islands claimed by Japan, and is not part of the dispute. Japan's Defense Ministry said it was aware of the drills and monitoring Russian military activity in the region.

The exercise came a week after Russia's Pacific Fleet held a larger series of drills in the Sea of Japan and the Sea of Okhotsk.
"""),
dict(
    id="b38-56", feed="puffin-ledger", lang="en", published="2026-09-15T09:30:00Z",
    slug="japan-puts-treaty-talks-with-russia-on-hold",
    title="Japan puts revived treaty talks with Russia on hold after agenda row",
    summary="Tokyo has shelved the first formal round planned for this autumn, saying it will not negotiate a treaty that leaves out the islands.",
    label="status_change", group="g-japan-pauses-treaty-talks",
    new_facts=["Japan decided (14 Sep 2026) to put on hold the peace treaty negotiations agreed in March, shelving the autumn Tokyo round, after Russia demanded the territorial issue be dropped from the agenda"],
    must_mention=[["on hold", "paus", "suspend", "freez", "shelv"], ["treaty"]],
    note="Status change: peace treaty talks agreed to resume (March 2026) -> put on hold by Japan. Second report (first: Shibuki, Japanese).",
    byline="Puffin Ledger Tokyo desk", kicker="Diplomacy",
    body="""
The peace treaty negotiations that Japan and Russia agreed six months ago to revive are frozen again — this time at Tokyo's initiative.

Japan's government said on Monday it had decided to put the negotiations on hold and would not host the first formal round that had been planned for Tokyo this autumn, after Russia insisted that the question of the four disputed islands be left off the agenda. Tokyo informed Moscow of its decision through diplomatic channels, officials said.

"We cannot take part in negotiations that set aside the territorial issue. That would not be a negotiation on a peace treaty in any meaningful sense," Chief Cabinet Secretary Minoru Kihara told reporters. He said Japan remained willing to talk "if the conditions are right", but gave no indication of when that might be.

The two governments agreed in Muscat in March to resume the negotiations Moscow had halted in 2022. Since then, officials said, preparatory contacts had stalled over the agenda, with Russian diplomats proposing to discuss economic cooperation and "guarantees" against Japan's participation in what Moscow calls hostile alliances, but not the islands.

Russia regards its sovereignty over the islands, which it calls the Southern Kurils, as settled by the outcome of World War Two. Japan says the dispute over Etorofu, Kunashiri, Shikotan and the Habomai group must be resolved before a treaty can be signed.

In Nemuro, former islanders reacted with resignation. "Half a year of hope," one said. "It was always going to be like this."
"""),
]
