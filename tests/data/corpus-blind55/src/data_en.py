# -*- coding: utf-8 -*-
"""English-language articles of the blind55 corpus (laws, decrees, budgets, rulings)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="en-bluebook-2024", feed="northfold-en", lang="en",
        published="2024-04-16T06:20:00Z",
        title="Japan's diplomatic bluebook sticks to 'Northern Territories' claim, calls Russia ties 'severe'",
        summary="The annual foreign-policy report repeats that the four islands are Japan's and that Tokyo still aims for a peace treaty, while describing relations with Moscow as severe.",
        label="restatement",
        note="Annual document restating known positions: Japan's claim to the four islands and its aim of a peace treaty (seeds 000, 002, 003); Russia's 2022 suspension of talks and exit from joint economic activity (seeds 000/001). No new act.",
        author="Hiroko Tanabe", section="Asia & Pacific",
        body="""TOKYO — Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday, once again describes the four Russian-held islands off Hokkaido as territory over which Japan "has sovereignty" and says Tokyo's basic policy of "resolving the territorial issue and concluding a peace treaty" remains unchanged, even as it labels relations with Moscow "severe".

The 2024 edition, a roughly 300-page survey of the government's foreign policy over the previous year, devotes a short section to Russia that tracks closely with last year's text. It notes that Moscow announced in March 2022 that it would not continue peace treaty negotiations, withdrew from dialogue on joint economic activities on the islands and halted the visa-free exchanges that had allowed Japanese citizens, including former residents, to travel there, and says Japan "has strongly protested" each of those steps.

"Japan–Russia relations are in a severe situation due to Russia's aggression against Ukraine," the report says, adding that Tokyo will nonetheless "continue to deal appropriately" with matters the two neighbours share, from fisheries to maritime safety. Officials in the ministry's European Affairs Bureau said the wording had been chosen to signal continuity rather than any shift.

The document repeats the government's call for the resumption of grave visits by former islanders, describing them as a humanitarian priority, and lists the number of surviving former residents, now averaging well over 88 years old.

Russia's embassy in Tokyo did not comment on the bluebook. Moscow has repeatedly said that its sovereignty over the islands, which Soviet forces seized in the final days of the Second World War, is not open to question.

The bluebook is compiled every spring and is generally read for changes in emphasis rather than for announcements. Diplomats said the Russia chapter contained none, beyond updating the tally of sanctions packages Japan has imposed since February 2022.""",
        related=["Kishida vows to keep sanctions on Moscow in place", "Hokkaido fishers brace for another uncertain season"],
    ),
    dict(
        key="en-duma-first-reading", feed="northfold-en", lang="en",
        published="2024-05-28T13:05:00Z",
        title="Duma backs bill to stretch Kuril Islands tax breaks to 2052",
        summary="Russian lawmakers gave initial approval to a government bill that would extend the islands' preferential tax regime by a decade and open it to sole traders.",
        label="restatement",
        note="Bill passed in FIRST reading only: a prospect, not an adopted law (the adoption in third reading is group g-kuril-tax). Nothing in the seeds changes.",
        author="Northfold staff", section="Europe & Eurasia",
        body="""MOSCOW — Russia's State Duma on Tuesday backed a government bill that would extend the special tax regime on the Kuril Islands, including the southern islands claimed by Japan, until the end of 2052 and make individual entrepreneurs eligible for it for the first time.

The lower house approved the draft in the first of three readings, with 398 deputies voting in favour and none against, according to the chamber's website. Amendments can be tabled for 30 days, and the budget committee said it expected to bring a revised text back to the floor before the summer recess.

Under the regime introduced in January 2023, companies registered on the islands that invest at least 1.5 million roubles are exempt from profit, property, land and transport taxes and pay reduced social contributions. The government's bill would add ten years to the 20-year term and set a lower investment threshold of 500,000 roubles for sole traders, whom officials say make up most of the islands' small businesses.

"The islands need people who will stay, and those people need to know that the rules will not change under them in ten years' time," a deputy from the ruling United Russia party said during the debate, according to the Duma's transcript.

The bill must still pass a second and a third reading, be approved by the Federation Council and be signed by President Vladimir Putin before it can take effect. Committee members said several provisions, including the cost estimate for the federal budget, were likely to be reworked.

Japan, which calls the southern islands its Northern Territories, has objected to Russian economic incentives there, arguing that they are incompatible with its legal position. The Foreign Ministry in Tokyo had no immediate comment on the vote.""",
        related=["Sakhalin governor pitches islands to Gulf investors", "Japan keeps 'Northern Territories' language in bluebook"],
    ),
    dict(
        key="en-defense-wp-2024", feed="brineway-en", lang="en",
        published="2024-07-12T04:10:00Z",
        title="Japan defence white paper again lists Russian garrison on disputed islands among concerns",
        summary="Tokyo's annual defence review repeats that Russia keeps a division on the islands it calls the Northern Territories and that the islands are Japan's inherent territory.",
        label="restatement",
        note="Annual white paper restating long-standing positions (Japan's claim, seeds 000/003) and background on a decade-old garrison; no new deployment or decision.",
        author="Brineway Tokyo desk", section="Asia",
        body="""TOKYO, July 12 (Brineway) - Japan's annual defence white paper, approved by the cabinet on Friday, again lists Russia's military presence on the islands off Hokkaido that Tokyo calls the Northern Territories among the security concerns facing the country, in language that closely follows previous editions.

The report says Russia "continues to maintain" a division-level force on Etorofu and Kunashiri, known in Russia as Iturup and Kunashir, and recalls the deployment of coastal anti-ship missile systems on the two islands in 2016 and of fighter jets to an airfield on Etorofu in 2018. It says Moscow's activities near Japan have become "more active" since the invasion of Ukraine, citing joint bomber flights with China.

As in past years, the chapter states that the islands "are an inherent part of the territory of Japan" and that they remain "under the illegal occupation of Russia", a phrase Tokyo has used in the defence paper since 2019.

Defence ministry officials told reporters that the section on Russia had been updated mainly with the previous year's exercise data and did not reflect any newly confirmed deployment on the islands.

Russia's foreign ministry has in the past called the white paper's references to the islands "unacceptable" and said its sovereignty over the Kurils, which the Soviet Union took at the end of World War Two, is beyond dispute. There was no immediate reaction from Moscow on Friday.

The two countries have never signed a peace treaty. Russia announced in March 2022 that it would not continue treaty negotiations because of Japanese sanctions over Ukraine.

(Reporting by Brineway Tokyo desk; Editing by Ruth Callander)""",
        related=["China, Russia bombers fly joint patrol near Japan", "Japan's cabinet approves record defence outlay"],
    ),
    dict(
        key="en-tax-law-wire", feed="brineway-en", lang="en",
        published="2024-07-23T14:20:00Z",
        title="Russian parliament passes law extending Kuril Islands tax breaks to 2052",
        summary="The State Duma adopted in final reading a law that lengthens the islands' preferential tax regime by a decade and opens it to sole traders.",
        label="new_development", group="g-kuril-tax",
        new_facts=["Russia's State Duma adopted in third reading a law extending the Kuril Islands preferential tax regime to the end of 2052 and extending it to individual entrepreneurs (investment threshold 500,000 roubles)"],
        must_mention=[["tax"], ["2052", "entrepreneur", "sole trader"]],
        note="English wire copy of the same Duma vote, five hours after the Russian report; same group.",
        author="Brineway Moscow desk", section="Europe",
        body="""MOSCOW, July 23 (Brineway) - Russia's lower house of parliament on Tuesday passed a law that extends a preferential tax regime on the Kuril Islands, including the southern islands claimed by Japan, until the end of 2052 and opens it to individual entrepreneurs.

The State Duma approved the government-drafted law in its second and third readings, with 402 votes in favour, the chamber said. The law now goes to the Federation Council, the upper house, which rarely rejects legislation, before it can be signed by President Vladimir Putin.

The regime, in force since January 2023, exempts companies registered on the islands from profit, property, land and transport taxes for 20 years and cuts their social insurance contributions to 7.6%. The new law adds a further ten years and allows sole traders to become residents if they invest at least 500,000 roubles ($5,700), a third of the threshold for companies.

Officials in Sakhalin region, which administers the islands, say the change is aimed at fishermen, guesthouse owners and small workshops that operate as individual entrepreneurs and were excluded from the original scheme. About 60 businesses have registered under the regime so far, according to regional figures.

Japan, which calls the islands the Northern Territories and has sought their return since the end of World War Two, has said Russian incentives for investors there run counter to its position. Tokyo has urged Japanese and foreign companies not to take part.

Moscow broke off peace treaty talks with Tokyo in March 2022, citing Japanese sanctions over the war in Ukraine.

($1 = 87.6 roubles)

(Reporting by Brineway Moscow desk; Editing by Tom Ashdown)""",
        related=["Japan says foreign investment in disputed isles 'unacceptable'", "Sakhalin raises fishing quotas for island plants"],
    ),
    dict(
        key="en-fed-council", feed="northfold-en", lang="en",
        published="2024-07-31T12:40:00Z",
        title="Russia's upper house clears Kuril tax law, sending it to Putin",
        summary="The Federation Council approved the law extending the Kuril Islands tax regime to 2052; it now awaits the president's signature.",
        label="neutral",
        note="Borderline: a procedural stage between adoption (g-kuril-tax, 23 July) and signature (8 Aug) of the same law; no new content. An alert is neither rewarded nor penalised.",
        author="Northfold staff", section="Europe & Eurasia",
        body="""MOSCOW — Russia's Federation Council on Wednesday approved a law extending the preferential tax regime on the Kuril Islands by ten years, to the end of 2052, clearing the last parliamentary hurdle before the measure reaches President Vladimir Putin's desk.

Senators backed the law without debate as part of a package of more than 60 bills passed at the upper chamber's final session before the summer break. The State Duma adopted it last week.

The law also opens the regime, which exempts registered businesses from most federal and regional taxes, to individual entrepreneurs who invest at least 500,000 roubles. The head of the upper house's budget committee said the extension would give investors "a planning horizon that matches the payback period of serious projects" on the islands.

Under Russia's constitution the president has 14 days to sign or reject a law approved by both chambers. Putin has not vetoed a tax bill backed by his government in years.

Japan, which claims the four southernmost islands, has not commented on the law's passage through parliament.""",
        related=["Duma backs bill to stretch Kuril tax breaks", "Russia's budget deficit widens in first half"],
    ),
    dict(
        key="en-rubetsu-visit", feed="mashu-en", lang="en",
        published="2024-08-21T08:00:00Z",
        title="Russia clears one-off grave visit to Etorofu for seven former islanders",
        summary="Moscow told Tokyo it will let a small group visit a Japanese cemetery at the former village of Rubetsu without visas, stressing it is an exception that does not revive the exchange programme.",
        label="new_development", group="g-rubetsu-once",
        new_facts=["Russia allowed seven former islanders and relatives to make a visa-free grave visit to Rubetsu on Etorofu/Iturup in early September 2024, as a one-time exception that does not restore the visa-free framework"],
        must_mention=[["grave", "etorofu", "iturup", "rubetsu"], ["one-off", "one-time", "exception", "only"]],
        note="Neither a restoration nor a new suspension: the visa-free framework terminated in 2022 (seeds 000/001/003) stays terminated; a one-time exception is the new fact. English follow-up of the Japanese report.",
        author="Mashu Herald staff", section="Nemuro & the East",
        body="""NEMURO — Seven people with family ties to Etorofu will be allowed to travel to the Russian-held island in early September to pray at a Japanese cemetery, after Moscow agreed to waive visa requirements for what it described as a single, humanitarian exception.

Japan's Foreign Ministry said on Tuesday that Russia had informed it through a diplomatic note that the group — five former residents and two of their relatives — could land at the site of the former village of Rubetsu on the island's west coast. The visitors are expected to leave Nemuro port aboard the government-chartered ship Etopirika and spend one day ashore.

The Russian note said the decision was taken "exclusively on humanitarian grounds, on a one-time basis," and "does not signify the resumption" of the arrangements under which Japanese citizens once visited the islands without visas, according to a ministry official who briefed reporters.

Moscow halted those arrangements — visa-free exchanges dating from 1991 and simplified visits for former residents agreed in 1999 — in 2022, citing Tokyo's sanctions over Ukraine. Grave visits, which former islanders regard as the most important of the trips, have not taken place since before the pandemic.

"Even if it is only this once, being able to stand at my parents' grave means everything," said a 91-year-old woman from Nemuro who left Etorofu as a child and is among the seven. "I hope it will not be the last time, but at our age we take what we can get."

Officials in Tokyo were careful to play down the significance. "This is not a restart of the exchange programme. Our position that all visits should resume remains unchanged," a Foreign Ministry official said.

The Chishima Habomai Islands Residents Association, which represents former islanders, said it would keep pressing for the regular visits to be restored. Of the roughly 17,000 Japanese who lived on the four islands in 1945, fewer than 5,000 are still alive.""",
        related=["Nemuro scallop prices slide as China ban bites", "Shiretoko tour boats return after safety overhaul", "Former islanders' testimony archive goes online"],
    ),
    dict(
        key="en-analysis-tax", feed="portolan-en", lang="en",
        published="2024-10-15T07:00:00Z",
        title="Two more decades of tax breaks won't fill the Kurils' empty plots",
        summary="Moscow has lengthened the islands' tax holiday to 2052. The numbers behind it suggest the constraint was never the tax code.",
        label="restatement",
        note="Analysis of the law already reported in g-kuril-tax (adopted 23 July, signed 8 Aug); no new fact. Background on Japan's objection restates seeds.",
        author="Eleanor Vasquez-Hale", section="Analysis",
        body="""When Vladimir Putin signed the amended tax code for the Kuril Islands in August, the headline number was the new end date: 2052. Businesses that register on the islands can now expect to pay almost nothing in profit, property or land tax for nearly three decades, and sole traders — the fishermen, guesthouse owners and mechanics who make up most of the local economy — can join the scheme for the first time.

It is a generous offer. It is also, on the evidence of the regime's first 20 months, unlikely to change much on its own.

By Sakhalin's own count, about 60 businesses have registered as residents since January 2023, and a handful account for most of the promised investment, concentrated in fish processing on Iturup and Shikotan. Regional officials speak of hundreds of enquiries, but the bottlenecks they describe are not fiscal: a single, weather-dependent ferry; power supplied by diesel generators; a shortage of housing for workers; and, increasingly, the difficulty of importing equipment under sanctions.

Foreign investors, the other half of the original pitch, have been even scarcer. Japan has made clear that companies taking part in Russian schemes on the islands risk running foul of Tokyo, which regards the four southern islands as its own territory under illegal occupation. Moscow, for its part, cut off the joint economic activity dialogue that might once have given Japanese firms a legal formula to operate there.

None of this means the law is irrelevant. It is a signal — aimed as much at a domestic audience as at Tokyo — that Russia intends the islands to be permanently and fully integrated into its economic space, and that the era of carefully worded "special legal frameworks" negotiated with Japan is over. That message was already clear in 2022. The extension simply puts a date on it.

What would change the arithmetic is infrastructure: a year-round port, reliable power, an airport that does not close for weeks in fog. Those are budget questions, not tax questions, and the federal programme that is supposed to answer them has been repeatedly revised downwards.

Until then, the Kurils will remain what they have long been — a strategic asset with a small, ageing population and a very low tax rate.""",
        related=[],
    ),
    dict(
        key="en-philippines-zones", feed="brineway-en", lang="en",
        published="2024-11-08T09:30:00Z",
        title="Marcos signs laws defining Philippine maritime zones, China lodges protest",
        summary="The Maritime Zones Act and the Archipelagic Sea Lanes Act set out Manila's claims in the South China Sea; Beijing summoned the Philippine ambassador.",
        label="off_topic",
        note="Look-alike: another country's island/maritime-zone law (South China Sea); nothing about Russia, Japan or the Kurils.",
        author="Brineway Manila desk", section="Asia",
        body="""MANILA, Nov 8 (Brineway) - Philippine President Ferdinand Marcos Jr on Friday signed two laws that define the country's maritime zones and sea lanes, a move he said would strengthen Manila's hand in its long-running dispute with China over the South China Sea.

The Philippine Maritime Zones Act sets out the extent of the country's territorial sea, contiguous zone, exclusive economic zone and continental shelf in line with the U.N. Convention on the Law of the Sea, while the Archipelagic Sea Lanes Act designates routes foreign ships and aircraft may use through Philippine waters.

"We must protect our maritime domain," Marcos said at the signing ceremony in Manila. "These laws give our people and the world a clear picture of what is ours."

China's foreign ministry said the laws "illegally include" Chinese islands and waters and summoned the Philippine ambassador to lodge a protest. Beijing claims almost the entire South China Sea, a position an international tribunal rejected in 2016.

The laws were years in the making and passed Congress earlier this year after repeated confrontations between Philippine and Chinese coast guard vessels near disputed shoals.

(Reporting by Brineway Manila desk; Editing by Ruth Callander)""",
        related=["Philippine, Chinese vessels collide near Sabina Shoal", "ASEAN code of conduct talks drag on"],
    ),
    dict(
        key="en-budget-fy2025", feed="mashu-en", lang="en",
        published="2024-12-27T06:45:00Z",
        title="Cabinet budget keeps Northern Territories outreach at about ¥1.9 billion",
        summary="The government's draft budget for fiscal 2025 holds spending on the islands issue roughly level, with money for youth programmes and former islanders' records.",
        label="neutral",
        note="Borderline: routine annual budget line, no policy change; seeds say nothing about budgets. Unscored.",
        author="Mashu Herald staff", section="Politics",
        body="""SAPPORO — The draft national budget for fiscal 2025 approved by the cabinet on Friday sets aside about ¥1.9 billion for the Cabinet Office's Northern Territories measures, roughly the same as this year, as the government keeps funding campaigns for the islands' return while exchanges with them remain frozen.

The largest items are grants to the Northern Territories Issue Association for publicity and youth education, the running costs of the Etopirika, the ship once used for visa-free visits, and a programme to record and digitise the testimony of former islanders, officials in Tokyo said.

Money earmarked for the visits themselves is kept in the budget "so that they can resume immediately once conditions allow," an official said, although none of the four programmes — visa-free exchanges, free visits, grave visits and expert exchanges — has resumed since Russia suspended them in 2022; the one-off grave visit to Etorofu that Moscow allowed in September was arranged outside the programme.

Nemuro Mayor's office said it would continue to press for separate support for the city's fishing industry, which has been hit by Chinese restrictions on Japanese seafood and by shrinking catches near the Russian-held islands.

The budget still needs to be passed by the Diet, which convenes in January.""",
        related=["Hokkaido to extend heating subsidy for low-income households", "Nemuro port records lowest saury landings on record"],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="en-lavrov-presser", feed="northfold-en", lang="en",
        published="2025-01-14T13:30:00Z",
        title="Lavrov says Japan chose 'hostile course', sees no basis for treaty talks",
        summary="At his annual news conference, Russia's foreign minister repeated that peace treaty negotiations cannot be held while Tokyo keeps sanctions in place.",
        label="restatement",
        note="Restatement by a new speaker of the known position: talks impossible while Japan keeps sanctions / 'unfriendly course' (seeds 000, 001, 002, 004).",
        author="Northfold staff", section="Europe & Eurasia",
        body="""MOSCOW — Russian Foreign Minister Sergei Lavrov said on Tuesday there was no basis for resuming peace treaty negotiations with Japan as long as Tokyo continued what he called a "hostile course" toward Moscow, repeating a position Russia has held since breaking off the talks nearly three years ago.

Speaking at his annual news conference in Moscow, Lavrov said Japan had "itself destroyed" the foundations of the dialogue by joining Western sanctions over Ukraine. "One cannot discuss a document on peace, friendship and good-neighbourliness with a country that imposes sanctions on you and helps those who fight against you," he said.

He said Russia's sovereignty over the southern Kuril Islands, which Japan calls the Northern Territories, was "enshrined in international documents" and not a subject for negotiation, and accused Tokyo of stepping up military cooperation with the United States near Russia's Far Eastern borders.

Lavrov did not announce any new measures and, asked whether Moscow was considering restoring visa-free trips for Japanese citizens to the islands, said that question "does not arise in the current circumstances".

Japan's government has said it remains committed to resolving the territorial issue and concluding a peace treaty, but has given no indication it will ease its sanctions.""",
        related=["Russia and China mark 'best ever' ties", "Japan's new sanctions target Russian shipping"],
    ),
    dict(
        key="en-armenia-azerbaijan", feed="brineway-en", lang="en",
        published="2025-03-14T08:15:00Z",
        title="Armenia and Azerbaijan agree text of peace treaty after decades of conflict",
        summary="The two South Caucasus neighbours say negotiations on the draft are complete; Baku says Armenia must first change its constitution before signing.",
        label="off_topic",
        note="Look-alike: another peace treaty (South Caucasus); unrelated to the Russia-Japan peace treaty.",
        author="Brineway Caucasus desk", section="World",
        body="""BAKU/YEREVAN, March 14 (Brineway) - Armenia and Azerbaijan said on Thursday they had finished negotiating the text of a peace treaty to end nearly four decades of conflict, a potential breakthrough in one of the most intractable disputes of the former Soviet Union.

Armenia's foreign ministry said the draft "is ready for signing" and that Yerevan was prepared to begin consultations with Baku on the date and venue. Azerbaijan's foreign ministry confirmed the talks were complete but said the signing could only take place once Armenia removed from its constitution what Baku regards as territorial claims on Azerbaijani land.

The two countries fought wars in the early 1990s and in 2020 over Nagorno-Karabakh, which Azerbaijan retook in full in a lightning offensive in 2023, prompting almost all of the region's ethnic Armenians to flee.

The European Union and the United States welcomed the announcement and urged both sides to sign the treaty quickly.

(Reporting by Brineway Caucasus desk; Editing by Tom Ashdown)""",
        related=["EU monitors extend mission on Armenia border", "Azerbaijan hosts climate summit follow-up"],
    ),
    dict(
        key="en-hokkaido-ordinance", feed="mashu-en", lang="en",
        published="2025-03-26T03:30:00Z",
        title="Hokkaido enacts first prefectural ordinance on Northern Territories campaign",
        summary="The prefectural assembly unanimously passed an ordinance obliging Hokkaido to draw up five-year plans for the return movement and to preserve former islanders' memories.",
        label="new_development", group="g-hokkaido-ordinance",
        new_facts=["Hokkaido's prefectural assembly enacted (25 March 2025) Japan's first prefectural ordinance on the Northern Territories issue, effective 1 April, requiring five-year plans, school education and preservation of former islanders' testimony"],
        must_mention=[["ordinance"], ["hokkaido"]],
        note="English follow-up of the Japanese first report, a day later; same group.",
        author="Mashu Herald staff", section="Politics",
        body="""SAPPORO — Hokkaido on Tuesday became the first of Japan's 47 prefectures to adopt an ordinance dedicated to the Northern Territories, after the prefectural assembly unanimously passed a measure that commits the local government to keeping the campaign for the islands' return alive as the generation that lived there dies out.

The Ordinance on Promoting the Resolution of the Northern Territories Issue, submitted by lawmakers rather than by the governor's office, takes effect on April 1. It requires the prefecture to draw up a basic plan every five years for passing the return movement on to younger generations, to promote teaching about the islands in Hokkaido's schools, and to record and preserve the testimony of former residents.

It also designates February, the month of the national Northern Territories Day, as a prefectural awareness month and obliges the governor to report annually to the assembly on the measures taken.

"Those who can speak from experience about life on the islands are now, on average, nearly 89," said an assembly member from Nemuro who helped draft the text. "If we do not write this responsibility into law now, there is a real danger the movement will simply fade away."

Governor Naomichi Suzuki welcomed the vote, saying the prefecture would "steadily implement" the ordinance in cooperation with the national government and the municipalities near the islands.

The ordinance has no bearing on the diplomatic talks, which are handled by the central government and have been frozen since Russia announced in 2022 that it would not continue peace treaty negotiations. But supporters say it gives the prefecture a legal basis for budgets that have until now depended on year-to-year decisions.

Shimane prefecture, which is in a territorial dispute with South Korea over a group of islets, has had an ordinance establishing a "Takeshima Day" since 2005. Hokkaido's measure is broader, covering education, archives and regional development.""",
        related=["Hokkaido governor heads to Tokyo to lobby on fisheries", "Former islanders' average age passes 88"],
    ),
    dict(
        key="en-icj-gabon", feed="portolan-en", lang="en",
        published="2025-05-19T16:00:00Z",
        title="World Court sends Gabon and Equatorial Guinea back to colonial-era titles in island row",
        summary="The ICJ said a 1974 document invoked by Gabon was not a binding treaty, in a ruling on three small islands in the Gulf of Guinea.",
        label="off_topic",
        note="Look-alike: international court ruling on another island dispute; nothing about Russia, Japan or the Kurils.",
        author="Portolan Review", section="Law & Borders",
        body="""The International Court of Justice on Monday delivered its judgment in the long-running dispute between Gabon and Equatorial Guinea over three small islands in Corisco Bay and the land boundary between the two Central African states.

The central question before the court was which legal instruments governed the islands of Mbanié, Cocotiers and Conga. Gabon relied on a convention it said had been signed in the town of Bata in 1974; Equatorial Guinea disputed that any such document had ever been concluded as a treaty.

The court found that the 1974 document did not constitute a treaty establishing title, and that the parties' rights had to be determined on the basis of the legal titles inherited from the colonial era, notably the 1900 convention between France and Spain.

Island disputes of this kind are notoriously stubborn, turning on old treaties, maps of uncertain authority and the conduct of states over decades. Few reach a court at all: both parties must consent, as Gabon and Equatorial Guinea did in a special agreement in 2016.

The ruling is binding and without appeal. Both governments said they would study it.""",
        related=[],
    ),
    dict(
        key="en-bsec-application", feed="brineway-en", lang="en",
        published="2025-05-27T10:05:00Z",
        title="Japan asks Black Sea bloc to restore partner status blocked by Russia",
        summary="Tokyo has formally applied to regain its sectoral dialogue partner status in the Black Sea Economic Cooperation organisation; Moscow's stance is unclear.",
        label="restatement",
        note="A request submitted, not a decision: the status blocked by Russia in 2022 (seeds 000, 001, 003) remains lapsed. The renewal itself is g-bsec-renewed.",
        author="Brineway Istanbul desk", section="World",
        body="""ISTANBUL, May 27 (Brineway) - Japan has formally asked the Black Sea Economic Cooperation organisation (BSEC) to restore its status as a sectoral dialogue partner, three years after Russia blocked an extension in retaliation for Tokyo's sanctions over Ukraine, diplomats said on Tuesday.

The request, submitted to the organisation's secretariat in Istanbul, is expected to be considered by BSEC's council of foreign ministers at its next regular meeting in late June. Decisions on partner status are taken by consensus, meaning any one of the 13 member states, including Russia, can block them.

"We have applied and we hope for a positive outcome, but it is in the hands of the member states," a Japanese diplomat said, speaking on condition of anonymity.

Russia's foreign ministry did not respond to a request for comment. Moscow announced in March 2022 that it was blocking the prolongation of Japan's status, along with breaking off peace treaty talks and halting visa-free trips by Japanese citizens to the southern Kuril Islands.

A diplomat from one BSEC member state said Russia had given no indication of how it would vote. "Nobody wants to put this on the agenda only to see it fail again," the diplomat said.

Japan, one of several sectoral dialogue partners of the organisation, has used the status to take part in working groups on energy and transport.

(Reporting by Brineway Istanbul desk; Editing by Ruth Callander)""",
        related=["Turkey pushes Black Sea grain corridor talks", "Japan pledges reconstruction funds for Ukraine"],
    ),
    dict(
        key="en-bsec-renewed", feed="brineway-en", lang="en",
        published="2025-06-27T09:00:00Z",
        title="Black Sea bloc renews Japan's partner status after Russia drops its block",
        summary="BSEC foreign ministers renewed Japan's sectoral dialogue partner status for two years, the first time Moscow has allowed it since it blocked the status in 2022.",
        label="status_change", group="g-bsec-renewed",
        new_facts=["BSEC's council of foreign ministers renewed Japan's sectoral dialogue partner status for two years (to June 2027) after Russia did not object, reversing the block Russia imposed in March 2022"],
        must_mention=[["black sea", "bsec"], ["renew", "restor", "extend"]],
        note="Status change on a seed matter: Japan's BSEC partner status, blocked by Russia in 2022 (seeds 000, 001, 003), is renewed. First report.",
        author="Brineway Istanbul desk", section="World",
        body="""ISTANBUL, June 27 (Brineway) - The Black Sea Economic Cooperation organisation (BSEC) on Friday renewed Japan's status as a sectoral dialogue partner for two years after Russia, which blocked the status in 2022, did not object, according to a resolution adopted by the bloc's foreign ministers.

The council of ministers of foreign affairs, meeting in Istanbul, approved the renewal by consensus as part of a package of decisions on observers and partners, the resolution published by the BSEC secretariat showed. The status runs until the council's regular meeting in June 2027.

Russia's delegation did not raise objections, two diplomats present at the meeting said. A Russian foreign ministry spokesperson later said Moscow had "taken into account the interests of the organisation's members" and that the decision "does not mean any change in our assessment of Tokyo's unfriendly policy".

Japan's foreign ministry welcomed the decision, saying it would "contribute actively" to BSEC's work on energy, transport and disaster prevention.

Russia announced in March 2022 that it was blocking the extension of Japan's partner status as one of several retaliatory steps against Tokyo's sanctions over Ukraine, alongside breaking off peace treaty negotiations, withdrawing from talks on joint economic activity on the disputed Kuril Islands and ending visa-free trips by Japanese citizens to the islands.

None of those other measures has been reversed. Diplomats cautioned against reading the BSEC decision as a broader thaw. "It is a technical status in a regional organisation, and Moscow clearly wanted to avoid a fight with the other members," one said.

(Reporting by Brineway Istanbul desk; Editing by Tom Ashdown)""",
        related=["Japan asks Black Sea bloc to restore partner status", "Black Sea states discuss shipping insurance"],
    ),
    dict(
        key="en-iturup-sez-wire", feed="brineway-en", lang="en",
        published="2025-10-02T12:15:00Z",
        title="Russia creates tourism special economic zone on Japan-claimed Iturup",
        summary="A government decree signed by Prime Minister Mishustin sets up a 49-year tourist and recreational zone on four sites on the island.",
        label="new_development", group="g-iturup-sez",
        new_facts=["Russian government decree signed by PM Mishustin created a tourist-recreational special economic zone 'Iturup' (four sites, about 1,860 ha, 49 years) on Iturup/Etorofu"],
        must_mention=[["economic zone", "sez"], ["iturup", "etorofu"]],
        note="English wire copy, four hours after the Russian first report; same group.",
        author="Brineway Moscow desk", section="Europe",
        body="""MOSCOW, Oct 2 (Brineway) - Russia has set up a special economic zone for tourism on Iturup, one of the four Kuril islands claimed by Japan, under a government decree published on Thursday, offering investors tax breaks and cheap land for hotels and spa resorts for the next 49 years.

The decree, signed by Prime Minister Mikhail Mishustin, creates the tourist and recreational zone "Iturup" on four plots totalling about 1,860 hectares, including areas near the Goryachiye Klyuchi hot springs, the Belye Skaly coastal cliffs and the island's main town of Kurilsk, according to the text posted on the government's legal portal.

Residents of the zone will be able to lease land without auction and receive tax preferences on top of those already available under the islands' special tax regime, the Economic Development Ministry said. The zone will be managed by a company owned by the Sakhalin region.

"Iturup has hot springs, volcanoes and some of the cleanest coastline in the Far East. What it has not had is a legal framework for large tourism investment," Sakhalin's regional government said in a statement.

Japan, which calls Iturup Etorofu and considers the island part of its Northern Territories, has in the past protested against Russian economic projects there as incompatible with its legal position. There was no immediate comment from Tokyo, where it was already evening.

Visitors from Japan have been unable to travel to the islands without Russian visas since Moscow ended visa-free exchanges in 2022.

(Reporting by Brineway Moscow desk; Editing by Ruth Callander)""",
        related=["Russia's Far East ministry lays out tourism targets", "Japan protests Russian drills near Hokkaido"],
    ),
    dict(
        key="en-sakhalin1-decree", feed="northfold-en", lang="en",
        published="2025-11-11T10:50:00Z",
        title="Putin extends deadline for Japanese stakeholders' Sakhalin-1 decision",
        summary="A presidential decree gives foreign shareholders in the Sakhalin-1 oil and gas project more time to decide whether to keep their stakes.",
        label="off_topic",
        note="Look-alike: unrelated Japan-Russia paperwork (energy project on Sakhalin island, not the disputed Kurils).",
        author="Northfold staff", section="Business",
        body="""MOSCOW — President Vladimir Putin has signed a decree extending the deadline for foreign shareholders in the Sakhalin-1 oil and gas project, including a Japanese consortium, to decide whether to restore their stakes, according to a document published on Tuesday.

The decree, posted on the official legal information portal, gives the government and the project's Russian operator further time to consider applications from former foreign participants, which were required to transfer their interests to a new Russian company in 2022.

Japan's Sakhalin Oil and Gas Development Co. (SODECO), whose shareholders include the government-backed Japan Organization for Metals and Energy Security, trading houses and oil companies, took up a 30% stake in the new operator. Tokyo has said the project is important for its energy security.

Analysts said the extension suggested Moscow wanted to keep the door open for foreign partners at a time when it is looking for buyers and technology for its Far Eastern energy projects.

The decree does not affect Sakhalin-2, the liquefied natural gas project in which Japan's Mitsui and Mitsubishi hold stakes.""",
        related=["Japan's LNG imports from Russia edge up", "Oil prices slip on demand worries"],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="en-nt-day-2026", feed="mashu-en", lang="en",
        published="2026-02-07T05:40:00Z",
        title="Takaichi vows to keep pursuing peace treaty at Northern Territories Day rally",
        summary="Speaking at the annual national rally in Tokyo, the prime minister said Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged.",
        label="restatement",
        note="Annual occasion (Northern Territories Day); restates Japan's claim and its aim of a peace treaty (seeds 000, 002, 003, 004) and calls for grave visits to resume (request).",
        author="Mashu Herald staff", section="Politics",
        body="""TOKYO — Prime Minister Sanae Takaichi said on Saturday that Japan would "firmly maintain" its policy of resolving the status of the four Russian-held islands off Hokkaido and concluding a peace treaty with Russia, speaking at the annual national rally marking Northern Territories Day.

"Although Japan–Russia relations remain in a difficult situation, our policy of resolving the territorial issue and concluding a peace treaty is unchanged," Takaichi told the gathering of former islanders, lawmakers and campaigners in Tokyo. She said the government would continue to give "the highest priority" to resuming grave visits and other exchanges for former residents, whose average age is now close to 90.

The rally adopted its customary appeal calling for the early return of the islands, which Japan calls the Northern Territories and Russia the Southern Kurils.

Hokkaido Governor Naomichi Suzuki and representatives of the Chishima Habomai Islands Residents Association also addressed the event. A former resident of Shikotan, speaking from the stage, said he had not been able to visit his family's grave since 2019.

Russia, which broke off peace treaty negotiations in 2022 over Japan's sanctions, has repeatedly described the annual rally as an expression of "revanchist" sentiment. February 7 marks the date in 1855 when Japan and Russia signed the Treaty of Shimoda, which drew their first border between Etorofu and Urup.""",
        related=["Former islanders' association elects new chairman", "Nemuro reports record visitors to Cape Nosappu"],
    ),
    dict(
        key="en-nemuro-petition", feed="northfold-en", lang="en",
        published="2026-04-14T07:20:00Z",
        title="Hokkaido mayors urge Tokyo to press Moscow on reopening grave visits",
        summary="Leaders of five towns near the Russian-held islands asked the government to seek the resumption of grave visits before more former residents die.",
        label="restatement",
        note="Request / wished-for move: calls on Tokyo to seek resumption; nothing resumes. Grave visits remain halted as in the seeds (visa-free trips terminated, seeds 000/001/003).",
        author="Northfold staff", section="Asia & Pacific",
        body="""TOKYO — The mayors of five Hokkaido municipalities nearest to the Russian-held islands on Tuesday urged the central government to step up efforts to persuade Moscow to allow former residents to visit family graves, warning that time was running out for the generation born on the islands.

In a petition handed to the Cabinet Office minister in charge of the Northern Territories, the mayors of Nemuro, Betsukai, Nakashibetsu, Shibetsu and Rausu asked Tokyo to "use every diplomatic channel" to seek the resumption of grave visits, which have not been held as a regular programme since 2019 apart from a single exceptional trip to Etorofu in 2024, and of the wider programme of visa-free exchanges that Russia ended in 2022.

"Each year we hold memorial services on the coast, looking across at islands our members cannot set foot on," the Nemuro mayor told reporters afterwards. "We are asking the government to make this a priority in whatever contacts it has with Russia."

The minister said the government "shares the feelings of former islanders" and would continue to call on Russia to allow the visits, but gave no timetable.

Russia has said that the visits could only be discussed once Japan abandons what Moscow calls its hostile policy, including sanctions imposed over the war in Ukraine.""",
        related=["Nemuro kelp fishers set out amid uncertainty", "Japan extends sanctions on Russian banks"],
    ),
    dict(
        key="en-kunashiri-court", feed="mashu-en", lang="en",
        published="2026-04-30T02:30:00Z",
        title="Russian court throws out Japanese woman's claim to family land on Kunashiri",
        summary="A district court on the island ruled that pre-war Japanese land records have no legal force in Russia, rejecting the first ownership claim brought by a Japanese citizen in a Russian court.",
        label="new_development", group="g-land-claim-ruling",
        new_facts=["South Kuril district court rejected a Japanese citizen's claim to ownership of her grandfather's pre-war land plot in Yuzhno-Kurilsk (Furukamappu), ruling that pre-1945 Japanese land records have no legal force"],
        must_mention=[["court"], ["land", "claim", "ownership"]],
        note="English follow-up, two days after the Russian first report; same group.",
        author="Mashu Herald staff", section="Nemuro & the East",
        body="""NEMURO — A Russian court on Kunashiri has rejected a claim by a Japanese woman seeking recognition of her family's ownership of a plot of land in the island's main settlement, ruling that land records drawn up by Japanese authorities before 1945 have no legal force in Russia.

The South Kuril district court handed down its decision on Monday, Russian media reported, in what appears to be the first case in which a Japanese citizen has asked a Russian court to recognise pre-war property rights on the islands Japan calls the Northern Territories.

The plaintiff, a woman in her sixties from Hokkaido whose grandfather ran a marine products business in Furukamappu — now Yuzhno-Kurilsk — had submitted copies of a pre-war land ledger and tax receipts. She had asked the court to recognise her as the heir to the plot, on which a Russian apartment block now stands.

The court found that documents issued by "the authorities of another state" before the territory became part of the Soviet Union "do not give rise to legal consequences" under Russian law. She has a month to appeal to the Sakhalin regional court.

Japan's government has long discouraged former islanders and their descendants from pursuing claims through Russian courts, arguing that doing so could be seen as accepting Russian jurisdiction over the islands. Chief Cabinet Secretary Minoru Kihara said on Tuesday that Tokyo was aware of the case but would "refrain from commenting on judicial proceedings in Russia", adding that the ruling "has no effect whatsoever on our country's legal position".

Members of the former islanders' association in Nemuro said they had not been consulted about the suit and were divided over it. "I understand her feelings, but this is not the way," said one former resident of Kunashiri.""",
        related=["Sakhalin appeal court upholds fine on Japanese skipper", "Kunashiri hot spring resort plan stalls"],
    ),
    dict(
        key="en-kitokuho-law", feed="mashu-en", lang="en",
        published="2026-06-05T12:00:00Z",
        title="Diet passes law letting Hokkaido draw down Northern Territories fund",
        summary="An amendment to the special measures law allows half of a ¥10 billion fund for towns near the islands to be spent by 2035 and makes preserving former islanders' memories a state duty.",
        label="new_development", group="g-kitokuho",
        new_facts=["The Diet enacted an amendment to the Northern Territories special measures law (Hokutokuho) allowing up to ¥5 billion of the ¥10 billion Northern Fund's principal to be drawn down by FY2035 and making preservation of former islanders' memories a state responsibility"],
        must_mention=[["fund"], ["law", "diet", "enact", "passed"]],
        note="English follow-up the same day of the Japanese first report; same group.",
        author="Mashu Herald staff", section="Politics",
        body="""SAPPORO — Japan's parliament on Friday enacted an amendment to the law on the Northern Territories that allows Hokkaido to spend part of the principal of a ¥10 billion fund set up four decades ago to support the towns closest to the Russian-held islands.

The House of Councillors unanimously approved the revision to the Act on Special Measures for Promoting the Resolution of the Northern Territories Issue, known in Japanese as the Hokutokuho, which had already passed the lower house in May.

Until now the so-called Northern Fund, created in 1983 and managed by the prefecture, could only spend the interest it earned. With interest rates near zero for most of the past two decades, the money available each year for projects in Nemuro and the four neighbouring towns fell to a fraction of what it once was. The amendment allows up to ¥5 billion of the principal to be used by fiscal 2035 for industry, transport and population measures in the area.

The revised law also makes it a responsibility of the state to record and preserve the experiences of former islanders and to pass them on, and requires the government to report to the Diet every five years on its measures.

"This gives the region breathing room at a time when fishing is struggling and young people are leaving," said a lawmaker from the Nemuro area. The Nemuro mayor said the city would draw up a list of projects "as soon as possible".

The law does not touch on diplomacy with Russia, which halted exchanges with the islands and broke off peace treaty talks in 2022. It takes effect on October 1.""",
        related=["Nemuro saury season opens with record-low quota", "Rausu marks 50 years of drift ice festival"],
    ),
    dict(
        key="en-diet-resolution", feed="northfold-en", lang="en",
        published="2026-06-17T09:10:00Z",
        title="Japanese lawmakers renew call for return of four islands in committee resolution",
        summary="An upper house special committee adopted its periodic resolution on the Northern Territories, urging the government to keep seeking a peace treaty and the resumption of visits.",
        label="restatement",
        note="Recurring Diet resolution restating Japan's claim and aim of a peace treaty (seeds 000, 002, 003) and requesting resumption of visits (request).",
        author="Northfold staff", section="Asia & Pacific",
        body="""TOKYO — A special committee of Japan's House of Councillors on Wednesday adopted a resolution calling on the government to redouble efforts to secure the return of the four Russian-held islands off Hokkaido and to conclude a peace treaty with Russia, a text it passes near the end of most ordinary Diet sessions.

The resolution of the Special Committee on Okinawa and Northern Problems, approved unanimously, says the islands are "an inherent part of Japan's territory" and urges the government to "strongly demand" that Russia allow grave visits and other exchanges for former residents to resume "as soon as possible".

It also asks the government to support the towns nearest the islands, whose fishing industries have been hit by restrictions in Russian-controlled waters, and to ensure that the experiences of former islanders are handed down to younger generations.

The minister in charge of the Northern Territories told the committee that the government would "respect the intent of the resolution".

The text closely follows resolutions adopted in previous years. Russia, which regards the islands as its own under the outcome of World War Two, broke off peace treaty talks in 2022.""",
        related=["Diet session ends with defence bills passed", "Okinawa base relocation suit rejected"],
    ),
    dict(
        key="en-finland-border", feed="brineway-en", lang="en",
        published="2026-09-22T11:35:00Z",
        title="Finland extends emergency border law allowing asylum pushbacks at Russian frontier",
        summary="Parliament voted to keep in force for another year a law that lets border guards turn back asylum seekers at the eastern border.",
        label="off_topic",
        note="Look-alike: another country's border law involving Russia; nothing about Japan or the Kurils.",
        author="Brineway Nordic desk", section="Europe",
        body="""HELSINKI, Sept 22 (Brineway) - Finland's parliament on Tuesday voted to extend for another year a temporary law that allows border guards to turn back asylum seekers at the country's border with Russia, arguing that Moscow is using migrants as a tool of hybrid warfare.

The law, first passed in 2024, lets the government restrict the right to apply for asylum at the 1,340-km (830-mile) eastern border in specified areas for up to a month at a time if it judges national security to be at risk. Rights groups and the U.N. refugee agency have said it breaches international law.

All crossing points on the border have been closed since late 2023, when the number of asylum seekers arriving from Russia without visas rose sharply.

Russia has denied orchestrating the arrivals and called the closure of the border an unfriendly act.

(Reporting by Brineway Nordic desk; Editing by Tom Ashdown)""",
        related=["Estonia reinforces Narva river crossing", "Nordic states boost defence spending"],
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        key="en-conditional-jea", feed="mashu-en", lang="en",
        published="2027-02-09T04:15:00Z",
        title="Tokyo would weigh joint island projects only if visits are restored first, minister says",
        summary="Japan's minister for the Northern Territories said any return to talks on joint economic activity would depend on Russia first restoring visits for former islanders.",
        label="restatement",
        note="Conditional / hypothetical: no talks resume; joint economic activity dialogue stays as Russia left it in 2022 (seeds 000, 001, 003) and visits remain halted.",
        author="Mashu Herald staff", section="Politics",
        body="""SAPPORO — Japan would only consider returning to talks with Russia on joint economic projects on the disputed islands if Moscow first allowed former residents to visit them again, the minister in charge of Northern Territories affairs said on Tuesday.

"If grave visits and the other exchanges were restored, we could then think about what might come next, including the joint economic activities," the minister told reporters in Sapporo after meeting Hokkaido Governor Naomichi Suzuki. "But the order matters. The humanitarian issues come first."

Asked whether Tokyo had received any signal from Moscow on either issue, the minister said there had been "nothing concrete".

Russia withdrew from dialogue with Japan on joint economic activities on the islands in March 2022, at the same time as it broke off peace treaty talks and ended visa-free trips, citing Japan's sanctions over Ukraine. Projects discussed before then, including greenhouse farming, wind power and tourism, never moved beyond pilot stages.

Suzuki said Hokkaido would be ready to take part "the moment the door opens", but that local businesses had largely given up planning for it.""",
        related=["Hokkaido's drift ice arrives late for second year", "Sapporo snow festival draws record crowds"],
    ),
    dict(
        key="en-bsec-risk", feed="portolan-en", lang="en",
        published="2027-05-18T07:30:00Z",
        title="Japan's Black Sea seat is up for renewal, and Moscow could say no",
        summary="The two-year partner status Russia let through in 2025 expires in June. Diplomats expect a harder conversation this time.",
        label="restatement",
        note="Conditional/questioned version of a move ('could block'): nothing decided; the status renewed in 2025 (g-bsec-renewed) still stands. The block itself is g-bsec-blocked.",
        author="Tomas Reinholt", section="Briefing",
        body="""In June 2025 Russia quietly allowed the Black Sea Economic Cooperation organisation to renew Japan's status as a sectoral dialogue partner, ending a three-year block it had imposed in retaliation for Tokyo's sanctions. The renewal ran for two years. Next month it is up again.

Diplomats from several member states say they expect the question to be harder this time. Japan has since added further sanctions packages against Russian entities, and Moscow has grown noticeably more vocal about Japanese defence cooperation with the United States and NATO.

"Last time the Russians said, in effect, we will not make a scene. Whether they want to make a scene this year is the question," one diplomat said. Because BSEC works by consensus, a single objection would be enough to let Japan's status lapse.

Russia's foreign ministry has not said how it will vote, and Russian officials contacted informally in Istanbul said only that the matter would be considered "taking into account the overall state of relations with Tokyo" — a formula that could justify either outcome.

For Japan the practical stakes are modest: the status gives it access to working groups on energy, transport and emergency management. The symbolic ones are larger. The 2025 renewal was the only one of Moscow's 2022 countermeasures against Tokyo to be undone. If it is reimposed, it would be a small but unmistakable sign that the direction of travel has turned again.

Tokyo, for its part, says it hopes the status will be extended "as a matter of course" and has lobbied other members to say so in advance.""",
        related=[],
    ),
    dict(
        key="en-bsec-blocked-wire", feed="brineway-en", lang="en",
        published="2027-06-24T14:50:00Z",
        title="Russia blocks renewal of Japan's Black Sea partner status again",
        summary="Japan's sectoral dialogue partner status in BSEC will lapse at the end of June after Russia objected at a meeting of foreign ministers.",
        label="status_change", group="g-bsec-blocked",
        new_facts=["Russia blocked the renewal of Japan's BSEC sectoral dialogue partner status at the June 2027 council of foreign ministers; the status renewed in 2025 lapses on 30 June 2027"],
        must_mention=[["black sea", "bsec"], ["block", "lapse", "veto", "objec"]],
        note="English copy, six hours after the Russian first report; same group.",
        author="Brineway Istanbul desk", section="World",
        body="""ISTANBUL, June 24 (Brineway) - Russia on Thursday blocked the renewal of Japan's status as a sectoral dialogue partner of the Black Sea Economic Cooperation organisation (BSEC), two years after it had allowed the status to be restored, diplomats and the Russian foreign ministry said.

Russia's representative objected when the bloc's council of foreign ministers took up the renewal at its meeting in Istanbul, preventing the consensus needed for a decision. Japan's status, which was renewed in June 2025 for two years, will lapse on June 30.

The Russian foreign ministry said in a statement that Moscow could not support "privileged forms of cooperation" with a state that had adopted "dozens of packages of illegitimate sanctions" and was "building up military activity near Russia's Far Eastern borders together with the United States and NATO".

Japan's foreign ministry called the decision "extremely regrettable" and said it had lodged a protest through diplomatic channels.

Russia first blocked the extension of Japan's BSEC status in March 2022, one of several steps it took in response to Japanese sanctions over Ukraine, including breaking off peace treaty negotiations. The 2025 renewal had been the only one of those steps to be reversed.

(Reporting by Brineway Istanbul desk; Editing by Ruth Callander)""",
        related=["Black Sea bloc renews Japan's partner status (2025)", "Turkey hosts Black Sea shipping talks"],
    ),
]
