"""English-language articles of the blind100 corpus (dogwatch-wire, caulkers-ledger,
saltbox-post, leeshore-notes).

Body text: paragraphs separated by blank lines; "## " starts a subheading,
"> " a quotation block.
"""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="en-limarenko-talks",
        feed="dogwatch-wire",
        published="2024-03-05T07:20:00Z",
        title="Sakhalin governor says Kurils' future is Russian, peace talks with Tokyo 'not on the agenda'",
        summary="Presenting a development programme for the islands, Valery Limarenko said Japan's sanctions had made treaty negotiations impossible.",
        label="restatement",
        note="New speaker (regional governor) restating seed positions: peace treaty talks impossible because of Japan's sanctions; Russian sovereignty over the islands not in question.",
        byline="Dogwatch Wire staff",
        section="Asia",
        tags=["Russia", "Japan", "Kuril Islands"],
        body="""
YUZHNO-SAKHALINSK, March 5 (Dogwatch) - The governor of Russia's Sakhalin region said on Tuesday that the future of the Kuril Islands was "Russian and only Russian" and that a peace treaty with Japan was not on the agenda while Tokyo kept its sanctions in place.

Valery Limarenko, whose region administers the chain that Japan partly claims, was speaking at a news conference on a regional programme to build housing, roads and power plants on the islands over the rest of the decade.

"Negotiations on a peace treaty are impossible in the current situation. Japan chose sanctions and an unfriendly course itself, and Moscow drew the conclusions two years ago," Limarenko said. "For us there is no territorial question. The islands are developing as part of Russia."

Russia's foreign ministry said in March 2022 that it would not continue peace treaty talks with Japan because of Tokyo's sanctions over the war in Ukraine, and scrapped visa-free visits by Japanese citizens to the southern Kurils. Deputy Foreign Minister Andrei Rudenko said last month that a resumption of the dialogue was "categorically impossible".

## No new money announced

Limarenko gave few figures for the programme, saying details would be set once federal funding for 2025 was confirmed. He said the region would continue to court investors from what Moscow calls friendly countries to take advantage of tax breaks on the islands.

Japan claims the four southernmost islands, which it calls the Northern Territories and which Soviet forces seized at the end of World War Two. The dispute has prevented the two countries from signing a formal peace treaty.

Japan's foreign ministry did not immediately respond to a request for comment.
""",
    ),
    dict(
        key="en-shikotan-rationing",
        feed="saltbox-post",
        published="2024-03-21T02:00:00Z",
        title="Ice, diesel and darkness: Shikotan rations power as fuel tanker waits offshore",
        summary="A small Russian-held island claimed by Japan has declared an emergency, with electricity available for eight hours a day until drift ice clears.",
        label="new_development",
        group="b100-g1",
        new_facts=["Municipal emergency on Shikotan over diesel shortage; rolling power cuts"],
        must_mention=[["shikotan"], ["fuel", "diesel"], ["emergency"]],
        note="g1 follow-up (English, two days after the Russian first report): same emergency, background lead, no new fact.",
        byline="Mariko Lindgren",
        section="North Asia",
        tags=["Russia", "Kuril Islands", "energy"],
        body="""
Every spring the people of Shikotan, a hilly island of about 3,000 at the southern end of the Kuril chain, watch the sea for two things: the first salmon and the first tanker. The island has no pipeline, no cable to the grid and no coal. Its lights, its boiler houses and its fish plants run on diesel that arrives by sea, and by March the tanks are usually low.

This year they ran too low. Local authorities in the Russian-administered island declared a municipal state of emergency on Monday after the tanker Kapitan Melnikov, carrying some 1,800 tonnes of diesel, was stopped by drift ice off neighbouring Kunashir.

Since then, homes in the villages of Malokurilskoye and Krabozavodskoye have had electricity for only eight hours a day, from 7 to 11 a.m. and from 6 to 10 p.m. The hospital, boiler houses, the water works and a bakery are exempt. Schools have moved lessons online and fish-processing lines have stopped, according to the district administration.

## 'Everyone will have to save'

Officials said on Tuesday the diesel power station in Malokurilskoye had about six days of fuel left and the one in Krabozavodskoye four. The emergency regime allows the district to buy fuel and hire ships without tenders; the regional energy ministry is considering shipping diesel in barrels from Kunashir on an ice-class vessel.

Shikotan is one of the four island groups that Japan claims as its Northern Territories. In the late 1990s Japan paid for a diesel power station on the island as humanitarian aid, one of several such projects from a period of warmer relations that have long since ended. Russia halted visa-free exchanges with Japanese citizens in 2022.

Forecasters expect the ice to retreat by the weekend.
""",
    ),
    dict(
        key="en-tax-regime-explainer",
        feed="leeshore-notes",
        published="2024-04-18T09:00:00Z",
        title="Note 29: How the Kuril tax break actually works",
        summary="Two years on, the islands' special tax regime has few takers. A short guide to what it offers, and why Japan objects to it.",
        label="restatement",
        note="Background explainer on an existing (pre-2024) regime; restates seed facts (Russia withdrew from joint economic activity dialogue in 2022). No new event.",
        byline="Lee Shore Notes",
        section="Notes",
        tags=["Kurils", "tax", "explainer"],
        body="""
Readers keep asking what exactly the "Kuril tax regime" is. Here is the short version.

In 2022 Russia created a special tax treatment for companies registered and operating on the Kuril Islands. A qualifying company is exempt for 20 years from profit tax, property tax and land tax, and pays social insurance contributions at a reduced rate of 7.6 per cent. Imports of equipment get simplified customs treatment. To qualify, a company has to be registered on the islands and commit to a minimum investment.

## Who has signed up

Not many. The register is kept by the Far East and Arctic Development Corporation, and most of the entries are Russian fishing and construction companies that were already on the islands. Foreign names are rare. The regime was originally pitched, before 2022, as a framework Japanese firms might use; that idea died when Moscow walked away from talks with Tokyo on joint economic activities on the southern islands in March 2022, citing Japan's sanctions.

## Why Tokyo objects

Japan says the four southern islands are its territory and has long told its companies not to do business there under Russian law, since doing so would imply acceptance of Russian jurisdiction. It has made the same point, more quietly, to governments of third countries whose companies show interest.

## What to watch

The regime's economics are harsh. Freight to the islands is expensive, skilled labour is scarce and housing is short. A tax holiday is worth little to a company that makes no profit. The more interesting question is whether the regime attracts investors from countries that do not care about Japan's objections, and whether Tokyo does anything about it.

Data sources and a list of registered residents are in the appendix below.
""",
    ),
    dict(
        key="en-bearing-exit",
        feed="caulkers-ledger",
        published="2024-06-04T05:40:00Z",
        title="Japanese bearing maker sells Russian unit to local managers for a nominal sum",
        summary="Kotobuki Seiko books a 4.2 billion yen loss on the sale, the latest Japanese manufacturer to leave Russia since 2022.",
        label="off_topic",
        note="Unrelated Japan–Russia business news (a company's exit from Russia); nothing about the islands or the treaty.",
        byline="Tomas Uehara",
        section="Companies",
        tags=["Japan", "Russia", "manufacturing"],
        body="""
Kotobuki Seiko, a mid-sized Japanese maker of industrial bearings, said on Tuesday it had agreed to sell its Russian subsidiary to the unit's local management for a nominal sum, and would book an extraordinary loss of about 4.2 billion yen in the current quarter.

The Osaka-based company halted shipments to Russia in 2022 and has been seeking a buyer for the plant near Kaluga since last year. Russian rules require government approval for sales of assets by companies from countries Moscow deems unfriendly, and typically demand a steep discount and a contribution to the state budget.

"We have concluded that continuing to hold the business is not realistic," the company said in a statement. It said the buyer had committed to keep the plant's 310 employees for at least two years.

## A long queue for the exit

Kotobuki Seiko joins a list of Japanese manufacturers that have left or written down Russian operations since the invasion of Ukraine, including carmakers, tyre makers and machinery firms. Several others are still waiting for approval from the Russian government commission that vets such deals.

Analysts said the loss was largely expected and would not affect the company's dividend. Its shares rose 1.8 per cent in Tokyo.

The Russian unit made bearings for agricultural machinery and rail cars and accounted for about 3 per cent of group sales before 2022.
""",
    ),
    dict(
        key="en-kurile-lake",
        feed="dogwatch-wire",
        published="2024-07-02T03:10:00Z",
        title="Sockeye run at Kamchatka's Kurile Lake heads for record as bears gather",
        summary="Scientists have counted more than 3 million sockeye salmon entering the lake, one of the largest spawning grounds in Asia.",
        label="off_topic",
        note="Look-alike: Kurile Lake is on Kamchatka, not in the disputed islands; no Japan angle.",
        byline="Dogwatch Wire staff",
        section="Science",
        tags=["Russia", "salmon", "wildlife"],
        body="""
PETROPAVLOVSK-KAMCHATSKY, July 2 (Dogwatch) - More than 3 million sockeye salmon have entered Kurile Lake in southern Kamchatka since mid-June, putting this year's run on course for a record, scientists at the South Kamchatka federal reserve said on Tuesday.

The lake, a flooded volcanic caldera about 12 km across, is one of Asia's biggest spawning grounds for sockeye and draws one of the densest concentrations of brown bears in the world during the run. Counting is done at a fish fence on the Ozernaya river, which drains the lake into the Sea of Okhotsk.

"The numbers are higher than we expected at this point of the season," said a reserve researcher. The previous record, about 6.5 million fish over the whole season, was set in 2018.

## Tourists, bears and helicopters

Access to the lake is limited to helicopter tours and small scientific groups, and the reserve restricts the number of visitors each day. Tour operators in Petropavlovsk-Kamchatsky said bookings were at their highest since before the pandemic.

The lake takes its name from the Kuril Islands, which begin just south of Kamchatka's Cape Lopatka. Commercial fishing for sockeye in the Ozernaya basin is regulated by quotas set once the escapement target for the lake has been reached.
""",
    ),
    dict(
        key="en-kazakh-eef",
        feed="saltbox-post",
        published="2024-09-03T06:30:00Z",
        title="Kazakh fishmeal venture becomes the first Central Asian bet on the Kurils",
        summary="As Vladivostok's economic forum opens, a Kazakh company's plan for a plant on Iturup underlines Moscow's push for 'friendly' money on islands claimed by Japan.",
        label="new_development",
        group="b100-g2",
        new_facts=["Kazakh company Aral Balyk Holding became a resident of the Kuril preferential tax regime to build a fishmeal plant on Iturup"],
        must_mention=[["kazakh", "aral balyk"], ["iturup", "tax regime", "resident"]],
        note="g2 follow-up (English, a week after the Japanese first report): same Kazakh residency, forum context; no new fact.",
        byline="Mariko Lindgren",
        section="Business",
        tags=["Kazakhstan", "Russia", "Kuril Islands"],
        body="""
VLADIVOSTOK - When Russian officials open the Eastern Economic Forum this week, they will have at least one new foreign name to cite for the Kuril Islands, the chain north of Hokkaido that Japan partly claims.

Aral Balyk Holding, a fish-processing group from Almaty, last month became a resident of the Kurils' special tax regime through a local subsidiary. It plans to build a 1.2 billion rouble ($13 million) plant at Reidovo on Iturup to turn salmon-processing waste into fishmeal and fish oil, with 65 jobs and a launch at the end of 2026, according to Russia's Far East and Arctic Development Corporation.

It is the first company from Central Asia to join the regime, which exempts residents from profit, property and land tax for 20 years.

## Tokyo 'conveyed concerns'

Japan's chief cabinet secretary Yoshimasa Hayashi said last week that Tokyo had conveyed its concerns to Kazakhstan through diplomatic channels, saying third-country investment on the islands was incompatible with Japan's position. Kazakhstan, which courts Japanese investment in its own mining and energy sectors, has not commented publicly.

Yerlan Seitkali, the company's chief executive, said on the sidelines of a pre-forum event that the project was "purely commercial" and that construction would begin next spring.

Moscow has sought investors from Asia and the Middle East for the islands since it abandoned talks with Tokyo in 2022 on joint economic activities there. Japanese officials have privately urged partner governments to discourage such projects.
""",
    ),
    dict(
        key="en-kazakh-commentary",
        feed="leeshore-notes",
        published="2024-09-10T08:00:00Z",
        title="Note 31: A small fishmeal plant, and a not-so-small reaction",
        summary="The first Central Asian investor on the Kurils is putting in about $13 million. Tokyo still picked up the phone to Astana. Why?",
        label="new_development",
        group="b100-g2",
        new_facts=["Kazakh company Aral Balyk became a resident of the Kuril tax regime; Japan raised concerns with Kazakhstan"],
        must_mention=[["kazakh", "aral balyk"], ["iturup", "tax regime", "resident"]],
        note="g2 follow-up (commentary on the same development; asks questions, adds no new fact).",
        byline="Lee Shore Notes",
        section="Notes",
        tags=["Kurils", "Kazakhstan", "Japan"],
        body="""
Last month a fish processor from Almaty, Aral Balyk Holding, registered a subsidiary on Iturup and joined the Kuril tax regime (see Note 29 for how that works). The plan is a plant at Reidovo that turns salmon offal into fishmeal and oil. Investment: 1.2 billion roubles, about $13 million. Jobs: 65.

By the standards of Sakhalin's oil and gas projects, this is a rounding error. And yet Japan's chief cabinet secretary was asked about it at a regular press conference, and said Tokyo had conveyed its concerns to Kazakhstan.

## Three readings

First, precedent. Tokyo's line has always been that doing business on the islands under Russian law undermines its claim. A small project from a friendly third country is exactly the kind of thing that, if left unremarked, becomes normal.

Second, Kazakhstan is not a random third country. Japan is one of its larger investors, and the two governments talk regularly about rare metals and logistics. Tokyo has some leverage there, which it does not have with, say, Chinese state firms.

Third, signalling at home. Former islanders and Nemuro's fishing community watch these things closely.

## Will it matter?

Probably not much, in either direction. The plant's economics depend on fish-processing volumes on Iturup, freight rates and whether the company can pay for Chinese equipment through banks nervous about secondary sanctions. Those are bigger obstacles than a Japanese demarche.

What is worth watching is whether the next investors come from further away, and whether Tokyo keeps reacting to each one.
""",
    ),
    dict(
        key="en-paramushir-airport",
        feed="caulkers-ledger",
        published="2024-10-22T04:00:00Z",
        title="Contract awarded to rebuild runway at Severo-Kurilsk, northern Kurils",
        summary="A Khabarovsk contractor will rebuild the Paramushir airfield by 2027, restoring year-round flights to the remote fishing town.",
        label="neutral",
        note="Borderline: Kuril Islands infrastructure, but on Paramushir in the northern Kurils, which Japan does not claim; not a development of the dispute.",
        byline="Tomas Uehara",
        section="Trade",
        tags=["Russia", "airports", "Kuril Islands"],
        body="""
Russia's Sakhalin region has awarded a 5.6 billion rouble contract to rebuild the airfield at Severo-Kurilsk on Paramushir, the largest town in the northern Kuril Islands, according to a procurement notice published on Monday.

The winning bidder, a Khabarovsk-based road and airfield builder, is to lay a new 1,400-metre runway, build a terminal and install lighting and navigation equipment by the end of 2027. The current gravel strip can take only light aircraft and helicopters, and is often closed for weeks in winter.

Severo-Kurilsk, a fishing town of about 2,500 people close to Kamchatka, is served mainly by ships from Petropavlovsk-Kamchatsky and irregular flights. Fish processors in the town say unreliable transport makes it hard to hire and keep staff.

## Far from the dispute

The northern and central Kurils are not part of the territorial dispute with Japan, which claims only the four southernmost island groups. The region's aviation spending has in recent years gone mostly to the southern islands, where the airport on Iturup opened in 2014 and the one on Kunashir has been upgraded.

Regional officials said flights to the new airfield would be operated by Aurora, the Far Eastern airline, with turboprop aircraft. The project is financed from the federal programme for the development of the Kurils.
""",
    ),
    dict(
        key="en-china-treaty-anniv",
        feed="saltbox-post",
        published="2024-10-23T09:15:00Z",
        title="Tokyo and Beijing mark peace treaty anniversary with a low-key reception",
        summary="Diplomats toasted 46 years since the 1978 Japan-China Treaty of Peace and Friendship took effect, amid rows over seafood and detained nationals.",
        label="off_topic",
        note="Look-alike: a different peace treaty (Japan–China 1978); nothing about Russia or the Kurils.",
        byline="Kenji Albrecht",
        section="North Asia",
        tags=["Japan", "China", "diplomacy"],
        body="""
TOKYO - Japanese and Chinese officials marked the 46th anniversary of the entry into force of their 1978 Treaty of Peace and Friendship on Wednesday with a reception at the Chinese embassy that was notable mostly for who did not attend.

No cabinet minister from Tokyo was present, and the speeches by China's ambassador and a Japanese deputy foreign minister stuck closely to prepared texts about "mutually beneficial relations based on common strategic interests", the formula both sides have used since 2008.

The treaty, signed in August 1978 and in force from October 23 that year, committed the two countries to develop lasting relations of peace and friendship and to oppose hegemony in the Asia-Pacific.

## Seafood and detentions

Relations remain strained by China's ban on Japanese seafood imports, imposed after the release of treated water from the Fukushima nuclear plant, and by the detention of several Japanese nationals on espionage charges. Japan has also protested repeatedly against Chinese coast guard activity around the Senkaku Islands, which China claims as the Diaoyu.

Diplomats on both sides said they hoped to arrange a meeting between leaders on the sidelines of a regional summit next month.

"An anniversary is a reminder of what the treaty promised," a Japanese official said. "It is not a substitute for solving problems."
""",
    ),
    dict(
        key="en-embassy-no-conditions",
        feed="dogwatch-wire",
        published="2024-11-19T08:40:00Z",
        title="No conditions for resuming visa-free trips to Kurils, Russian embassy in Tokyo says",
        summary="The embassy responded to a call by Japanese municipalities for the exchanges to be restored, saying Tokyo's 'unfriendly course' ruled it out.",
        label="restatement",
        note="Negated move: 'no conditions' to resume visa-free exchanges; restates the 2022 termination and Russia's stated reasons (seed).",
        byline="Dogwatch Wire staff",
        section="Asia",
        tags=["Russia", "Japan", "Kuril Islands"],
        body="""
TOKYO, Nov 19 (Dogwatch) - Russia's embassy in Tokyo said on Tuesday there were "no conditions" for resuming visa-free exchanges between Japan and the southern Kuril Islands, rejecting an appeal by Japanese municipalities near the islands.

A league of towns in eastern Hokkaido had adopted a resolution last week asking the Japanese government to press Moscow to restore the exchanges, under which former island residents and their families, researchers and others could travel to the islands without visas.

"The Russian side terminated the agreements on visa-free exchanges in 2022 because of the openly unfriendly actions of the Japanese government," the embassy said in a statement posted on its website. "As long as Tokyo continues its sanctions policy and anti-Russian course, there are no conditions for the resumption of these programmes."

## Grave visits

The exchanges, which began in 1992, allowed more than 20,000 Japanese to visit the islands. Visits by former residents to family graves were also suspended.

Japan's top government spokesman said Tokyo would continue to seek the resumption of the exchanges, calling them a priority for elderly former residents, whose average age is now over 88.

Russia broke off peace treaty talks with Japan in March 2022 after Tokyo joined Western sanctions over Ukraine.
""",
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="en-price-caps",
        feed="dogwatch-wire",
        published="2025-02-13T06:15:00Z",
        title="Russia caps food markups on Kuril Islands as prices bite",
        summary="Sakhalin authorities limit retail markups on 24 staples to 15% in the island districts from March and subsidise air delivery of vegetables.",
        label="new_development",
        group="b100-g3",
        new_facts=["Retail markups on 24 staple foods capped at 15% in the Kuril districts from March 1, 2025; vegetable air-delivery subsidy"],
        must_mention=[["markup", "mark-up", "price"], ["kuril"]],
        note="g3 follow-up (English report two days after the Russian first report): same decree, no new fact.",
        byline="Dogwatch Wire staff",
        section="Markets",
        tags=["Russia", "Kuril Islands", "food prices"],
        body="""
YUZHNO-SAKHALINSK, Feb 13 (Dogwatch) - Authorities in Russia's Sakhalin region have capped retail markups on two dozen basic foods on the Kuril Islands, responding to complaints from residents about prices that are among the highest in the country.

Under a decree signed on Monday and taking effect on March 1, shops in the three Kuril districts may add no more than 15% to the purchase price of 24 items, including bread, milk, eggs, butter, sugar, potatoes, cabbage, fresh cucumbers and tomatoes, apples and chicken.

The regional government also set aside 48 million roubles ($500,000) to compensate retailers for flying in fresh fruit and vegetables when storms cut sea links. Only shops that respect the caps will be eligible.

## Petition

In December about 1,200 residents of Yuzhno-Kurilsk, the main town on Kunashir, signed a petition to the governor saying a litre of milk cost 210 roubles and cucumbers up to 900 roubles a kilogram in winter. The regional trade ministry said it had found markups above 60% in some cases.

The decree runs until the end of 2025. Economists say such caps can lead to empty shelves if suppliers find them unprofitable, and retailers on the islands have warned that freight costs, not margins, drive prices.

Russia administers the Kurils, four southern island groups of which are claimed by Japan. Moscow has been trying to attract residents and investors to the islands with tax breaks and subsidies.
""",
    ),
    dict(
        key="en-northern-territories-poll",
        feed="dogwatch-wire",
        published="2025-03-04T05:00:00Z",
        title="Japanese interest in Russian-held islands slips, government survey finds",
        summary="A Cabinet Office poll found fewer young people following the Northern Territories issue, though most still back the government's claim.",
        label="restatement",
        note="Periodic government survey; restates Japan's claim and the known state of relations. No development.",
        byline="Dogwatch Wire staff",
        section="Asia",
        tags=["Japan", "Russia", "opinion poll"],
        body="""
TOKYO, March 4 (Dogwatch) - The share of Japanese who say they are interested in the dispute over the Russian-held islands off Hokkaido has fallen, particularly among younger people, a government survey showed on Tuesday.

The Cabinet Office survey, conducted by mail among 3,000 adults, found that 58.4% said they were interested or somewhat interested in the issue of the islands Japan calls the Northern Territories, down from 63.1% in the previous survey. Among respondents aged 18 to 29 the figure was 37%.

Asked how they learned about the issue, most cited television news. About 71% said they knew that the islands had been occupied by the Soviet Union at the end of World War Two, and 46% knew that visa-free exchanges with the islands had been halted.

## 'Passing on memories'

Officials in charge of the issue said the results showed the need to reach younger people through schools and social media. The government holds a national rally every February 7, the "Northern Territories Day", and funds educational trips to Nemuro, the Hokkaido city closest to the islands.

Russia halted peace treaty talks and visa-free travel in 2022 in response to Japanese sanctions over Ukraine. Tokyo's stated policy is to resolve the territorial issue and then sign a peace treaty.

The survey has been carried out at irregular intervals since the 1960s.
""",
    ),
    dict(
        key="en-ferry-tourism",
        feed="saltbox-post",
        published="2025-05-20T07:45:00Z",
        title="The Kurils wanted a tourist boom. This summer they may not even have a ferry",
        summary="Visitor numbers to the Russian-held islands have been rising. Now the only passenger ship on the route has been withdrawn, and sailings are suspended.",
        label="status_change",
        group="b100-g4",
        new_facts=["The only scheduled passenger ship to the southern Kurils, the Igor Farkhutdinov, was withdrawn after failing an inspection; sailings from Korsakov suspended indefinitely"],
        must_mention=[["ferry", "passenger ship", "igor farkhutdinov", "sea link"], ["suspend", "withdrawn", "halt"]],
        note="First report of g4 (English): the news (ship withdrawn, sailings suspended) sits below a tourism lead. Status on -> off.",
        byline="Mariko Lindgren",
        section="Travel",
        tags=["Russia", "Kuril Islands", "tourism", "shipping"],
        body="""
For a few years the pitch has been the same: black sand beaches, hot springs in the forest, volcanoes rising out of fog, and a tax regime to lure hotel builders. Russian travel agencies say visitor numbers to Iturup and Kunashir, the largest of the islands claimed by Japan, have roughly doubled since 2019, mostly Russians who cannot easily holiday abroad.

Many of them arrived the slow way, on a three-day round trip from Korsakov on Sakhalin aboard the Igor Farkhutdinov, a white passenger ship that has worked the route for more than three decades and is, for islanders, as much a part of summer as the salmon.

This summer it will not sail. Sakhalin's transport ministry said on Monday that the ship had been withdrawn from service after the Russian Maritime Register of Shipping declined to renew its class certificate following a hull survey. Repairs will take at least five months, the owner estimates, and sailings, due to start on May 25, are suspended indefinitely.

## Planes, if you can get a seat

There is no other passenger ship on the route. Aurora, the regional airline, will add flights to Iturup and Kunashir, the ministry said, and tickets already sold for June and July will be refunded. Cargo ships will continue to carry freight.

Tour operators in Yuzhno-Sakhalinsk said they were cancelling group tours built around the ship. "Half our clients want the sea crossing, not just the islands," one said.

The ministry said it was looking for a ship to charter but warned that suitable vessels in the Russian Far East were scarce.

Japan, which calls the islands its Northern Territories, has objected to Russian efforts to develop tourism there. Russia ended visa-free visits by Japanese citizens in 2022.
""",
        comments=[
            ("hokkaido_walker", "Took that ship in 2019. Rusty but wonderful. End of an era?"),
            ("Pavel S.", "Five months means the season is gone. Typical."),
        ],
    ),
    dict(
        key="en-iturup-greenhouse",
        feed="caulkers-ledger",
        published="2025-07-22T03:30:00Z",
        title="First tomatoes from Iturup greenhouse reach island shops",
        summary="A 1.5-hectare greenhouse heated with geothermal water has begun selling vegetables in Kurilsk, aiming to cut reliance on air freight.",
        label="neutral",
        note="Borderline: local economic life on a disputed island (a private greenhouse's first harvest); arguably news, not a development of the dispute.",
        byline="Tomas Uehara",
        section="Trade",
        tags=["Russia", "agriculture", "Kuril Islands"],
        body="""
A greenhouse complex on Iturup, the largest of the Russian-held islands that Japan claims, has started selling its first tomatoes and cucumbers in shops in the island town of Kurilsk, the company said.

The 1.5-hectare complex near the village of Goryachiye Klyuchi is heated with water from a geothermal well. It was built by a local agricultural company with a regional grant and a loan, at a cost of about 380 million roubles, and expects to produce around 600 tonnes of vegetables a year once fully operating.

Fresh vegetables on the islands are usually flown in from Sakhalin or shipped from the mainland and can cost several times as much as on the mainland. Regional authorities capped retail markups on basic foods in the Kuril districts this year.

"Our tomatoes are picked in the morning and in the shop by lunch. Nobody has had that here before," the company's director said.

## Cheap heat, expensive everything else

The company said its heating costs were a fraction of those of greenhouses on Sakhalin, but packaging, seeds and fertiliser still had to be shipped in. It plans to add a second section for leafy greens next year.

The complex is not a resident of the islands' special tax regime, the company said, because it was registered before the regime took effect and has not applied.
""",
    ),
    dict(
        key="en-shipper-eyes-kurils",
        feed="caulkers-ledger",
        published="2025-09-05T08:20:00Z",
        title="Chinese shipper 'studying' Kuril route, but no deal signed at Vladivostok forum",
        summary="Dalian Haitong Shipping says it is looking at a container service to Iturup. Russian officials talked it up; the company was more cautious.",
        label="restatement",
        note="Announcement of a plan under study ('no decision', nothing signed); the later actual line is g7. No development.",
        byline="Tomas Uehara",
        section="Shipping",
        tags=["China", "Russia", "shipping", "Kuril Islands"],
        body="""
VLADIVOSTOK - A Chinese container carrier is "studying" a service to the Kuril Islands, one of its executives said at the Eastern Economic Forum on Friday, though he stressed that no decision had been taken and no agreement signed.

Dalian Haitong Shipping, a regional carrier with about 20 feeder ships on routes between northern China, South Korea and the Russian Far East, took part in a panel on logistics for Russia's remote territories. Russian officials on the panel cited the company as an example of growing Chinese interest in the islands, where Moscow offers tax breaks to investors.

"We are studying the cargo base. Today we see construction materials going in and frozen fish coming out, but volumes are small and there are no berths for container ships," Wang Lihua, the company's deputy general manager, said. "It is too early to talk about a line."

## Permits and berths

Any service would face practical hurdles. Ports on Iturup and Kunashir handle cargo mostly from open roadsteads, and foreign-flagged ships need a government permit to carry cargo between Russian ports.

The Kurils' four southern island groups are claimed by Japan, which says third-country business activity there undermines its position. Japanese officials have protested in the past when companies from other countries announced projects on the islands.

A representative of the Sakhalin government said talks with the company would continue.
""",
    ),
    dict(
        key="en-dokdo-ferry",
        feed="saltbox-post",
        published="2025-09-30T04:10:00Z",
        title="South Korean operator adds Dokdo sightseeing sailings; Tokyo protests",
        summary="Japan says the new sailings to the islets it calls Takeshima are 'unacceptable'. Seoul says it exercises sovereignty over its own territory.",
        label="off_topic",
        note="Look-alike: a different island dispute (Takeshima/Dokdo, Japan–South Korea), with a Japanese protest over tourism.",
        byline="Kenji Albrecht",
        section="North Asia",
        tags=["Japan", "South Korea", "Takeshima", "Dokdo"],
        body="""
SEOUL - A South Korean ferry operator will add autumn sightseeing sailings from Ulleung Island to the Dokdo islets, prompting a protest from Japan, which claims the rocky outcrops as Takeshima.

The operator said on Tuesday that it would run extra sailings on weekends through November after strong demand over the summer. Passengers can land on the islets for about 30 minutes when the weather allows, and tours are popular with school groups.

Japan's foreign ministry said it had lodged a protest through diplomatic channels, calling the sailings "unacceptable" in light of Japan's position that Takeshima is an inherent part of its territory. Seoul rejected the protest, saying Dokdo is Korean territory "historically, geographically and under international law".

## A familiar ritual

The exchange follows a familiar pattern. Japan protests when South Korean officials or lawmakers visit the islets, when Seoul holds military drills nearby and when it builds facilities there. South Korea, which has stationed a police detachment on Dokdo since the 1950s, rejects each protest.

The dispute has flared less in recent years as Tokyo and Seoul have improved ties to coordinate on security with the United States. Officials on both sides have tried to keep it from derailing broader cooperation.
""",
    ),
    dict(
        key="en-nemuro-feature",
        feed="leeshore-notes",
        published="2025-11-11T07:30:00Z",
        title="Note 44: Nemuro's souvenir shops, three and a half years after the boats stopped",
        summary="Without visa-free exchanges, the city nearest the islands has lost a small but steady trade. A look at what is left.",
        label="restatement",
        note="Background/feature on the consequences of the 2022 termination of visa-free exchanges (seed fact); nothing new.",
        byline="Lee Shore Notes",
        section="Notes",
        tags=["Nemuro", "visa-free exchanges", "local economy"],
        body="""
Walk down the main street of Nemuro in November and you will find a shop that still sells matryoshka dolls, Russian chocolate and postcards of Kunashir. The owner says she has not restocked the chocolate since 2022.

That year Russia terminated the visa-free exchanges that, since 1992, had carried Japanese visitors to the islands and brought Russian islanders to Nemuro. Moscow blamed Japan's sanctions over Ukraine, and in the same statement walked away from peace treaty talks and from the dialogue on joint economic activities.

## A small trade, now gone

The numbers were never large. In a good year a few hundred Russian visitors came through Nemuro, usually in groups, staying a few nights, buying electronics, clothes and medicines. For a city of about 23,000 whose main industries are fishing and processing, that was modest. But for a handful of shops, a hotel and a Russian-language interpreter or two, it was a living.

The exchange ship, built for the programme, has spent most of the past three years tied up. The city's exchange centre hosts school trips and exhibitions.

## Waiting

Ask people in Nemuro whether the exchanges will return and most say "someday". The Japanese government says restoring them is a priority. Moscow says there are no conditions for it while sanctions stay. Nothing in either statement has changed since 2022.

The shop owner says she will keep the postcards. "They don't go off."
""",
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="en-meti-order",
        feed="caulkers-ledger",
        published="2026-01-21T02:50:00Z",
        title="Japan bans Nemuro dealer from exporting after excavators ended up on Russian-held island",
        summary="The trade ministry imposed a three-month export ban on a used-machinery dealer whose equipment was shipped via Sakhalin to Kunashir.",
        label="new_development",
        group="b100-g6",
        new_facts=["METI imposed a three-month export ban on Nemuro used-machinery dealer Hokuei Kikai for exporting excavators and a dump truck to Russia that were used on Kunashir"],
        must_mention=[["meti", "trade ministry", "ministry of economy"], ["export ban", "banned", "export"]],
        note="g6 follow-up (English, a day after the Japanese first report): same administrative sanction, no new fact.",
        byline="Tomas Uehara",
        section="Trade",
        tags=["Japan", "export controls", "Kuril Islands"],
        body="""
TOKYO - Japan's trade ministry has banned a used-machinery dealer in Nemuro from exporting any goods for three months after finding that two excavators and a dump truck it sold to a Russian buyer were put to work on Kunashir, one of the Russian-held islands that Japan claims.

The Ministry of Economy, Trade and Industry (METI) said on Tuesday that Hokuei Kikai had shipped the two hydraulic excavators and the truck to the Sakhalin port of Korsakov in 2024 without the permission required since Japan banned exports of construction machinery to Russia in 2023. The equipment was later used by a construction company on Kunashir, the ministry said.

It is the first administrative sanction by METI involving goods found to have been used on the islands, according to the ministry.

## 'Didn't know'

The company's president told local media he had not known the machines would end up on the islands and that he had believed used equipment was exempt. The ban runs until April.

Japan's export controls on Russia have tightened steadily since 2022, and the government has stepped up checks on small exporters in Hokkaido, where used cars and machinery have long been shipped to Sakhalin.

For Tokyo the case has an extra sensitivity. Japan considers the islands its territory and asks its citizens and companies not to take part in economic activity there under Russian jurisdiction. Russia has been building roads, housing and port facilities on Kunashir and neighbouring Iturup.
""",
    ),
    dict(
        key="en-kremlin-denies",
        feed="dogwatch-wire",
        published="2026-02-10T11:05:00Z",
        title="Kremlin denies report Moscow is ready to restore visa-free trips for Japanese",
        summary="Peskov said no such decision had been taken and that the conditions for it did not exist, after a Japanese newspaper cited unnamed sources.",
        label="restatement",
        note="Denied version of a move (restoration of visa-free exchanges denied); restates the seed termination and the 'impossible under current conditions' stance.",
        byline="Dogwatch Wire staff",
        section="Europe",
        tags=["Russia", "Japan", "Kremlin"],
        body="""
MOSCOW, Feb 10 (Dogwatch) - The Kremlin on Tuesday denied a Japanese newspaper report that Russia was preparing to restore visa-free travel for Japanese citizens to the southern Kuril Islands, saying no such decision had been taken.

The report, citing unnamed sources in both governments, said Moscow could allow former Japanese residents of the islands to visit family graves without visas as early as this summer.

"No, there are no such decisions. And the conditions for them, as you understand, do not exist today," Kremlin spokesman Dmitry Peskov told reporters. "The Japanese side knows very well what led to the current state of relations."

## Unchanged since 2022

Russia terminated the visa-free exchange agreements in March 2022 and said it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions over Ukraine. Russian officials have repeatedly said dialogue on the treaty is impossible under current conditions.

Japan's government said it had nothing to add to its long-standing position that it wants grave visits and exchanges resumed as soon as possible. A spokesman declined to comment on the newspaper report.

The islands, which Japan calls the Northern Territories, were seized by Soviet forces at the end of World War Two.
""",
    ),
    dict(
        key="en-dalian-japan",
        feed="saltbox-post",
        published="2026-04-15T06:00:00Z",
        title="Chinese container line reaches Russian-held Iturup; Japan 'conveys concerns' to Beijing",
        summary="A monthly service from Dalian is the first regular foreign container line to the southern Kurils. Tokyo called it incompatible with its position.",
        label="new_development",
        group="b100-g7",
        new_facts=["Dalian Haitong Shipping's monthly Dalian–Korsakov–Kurilsk container line made its first call at Iturup; Japan conveyed concerns to China"],
        must_mention=[["dalian", "chinese"], ["container"]],
        note="g7 follow-up (English, a day after the Russian first report), adds Japan's reaction; same development.",
        byline="Kenji Albrecht",
        section="North Asia",
        tags=["China", "Russia", "Japan", "shipping"],
        body="""
TOKYO - A Chinese container ship has made the first call of a regular monthly service to Iturup, the largest of the Russian-held islands claimed by Japan, prompting Tokyo to raise concerns with Beijing.

The Hai Tong 17, operated by Dalian Haitong Shipping, anchored off Kurilsk on Monday with 96 containers of building materials and equipment for fish plants, local Russian officials said. The line runs Dalian–Korsakov–Kurilsk once a month until November, with customs and border checks in Korsakov. Moscow has granted the foreign-flagged ship a permit to carry cargo between Russian ports on the route until the end of the year.

Local officials said direct shipments from China were 20-25% cheaper than routing through Vladivostok.

## Tokyo's response

Japan's top government spokesman said on Wednesday that Tokyo had "conveyed its concerns" to China through diplomatic channels. "Activities by third countries on the Northern Territories that could be seen as premised on Russia's jurisdiction are incompatible with Japan's position," he said.

China's foreign ministry said the line was "normal commercial cooperation between Chinese and Russian companies".

The company said last September at a forum in Vladivostok that it was studying the route but had made no decision. It is the first regular foreign container service to the southern Kurils, according to the Sakhalin regional government.

Russia has courted Chinese, South Korean and Middle Eastern investors for the islands since breaking off talks with Japan in 2022.
""",
    ),
    dict(
        key="en-chamber-request",
        feed="leeshore-notes",
        published="2026-06-02T06:40:00Z",
        title="Note 52: Hokkaido business lobby asks Tokyo to seek restart of island economic talks",
        summary="A regional chamber wants Japan to press Moscow on joint economic activities. Nobody expects Moscow to say yes.",
        label="restatement",
        note="A request ('asks Tokyo to seek a restart'); restates the seed fact that Russia withdrew from the joint economic activity dialogue in 2022. No development.",
        byline="Lee Shore Notes",
        section="Notes",
        tags=["Hokkaido", "joint economic activities", "lobbying"],
        body="""
A federation of chambers of commerce in eastern Hokkaido handed a petition to the Cabinet Office last week asking the government to "make every effort" to restart talks with Russia on joint economic activities on the four disputed islands.

The petition lists the projects the two governments discussed between 2016 and 2022: aquaculture of sea urchins and scallops, greenhouse vegetables, tourism packages, wind power and waste reduction. None of them got past pilot stage. In March 2022 Moscow announced it was withdrawing from the dialogue because of Japan's sanctions.

## Why now

The chamber's argument is local. Nemuro's processors have lost cheap raw material, the city's population keeps shrinking and, meanwhile, companies from China, Kazakhstan and elsewhere are setting up on the islands under Russian law. "If we do nothing, the islands' economy will be built without Japan," the petition says.

## Why not

Tokyo's answer, repeated by an official who received the document, is that it wants to resume all the frameworks Russia suspended but that the current situation does not allow it. Moscow's answer, repeated in one form or another since 2022, is that there is nothing to discuss while sanctions stay.

So this is a request, not a development. We note it because it shows where the pressure in Hokkaido is coming from: not from the diplomats but from the fish market.
""",
    ),
    dict(
        key="en-runway-study",
        feed="caulkers-ledger",
        published="2026-07-07T05:30:00Z",
        title="Sakhalin orders study of longer runway on Iturup; funding still undecided",
        summary="The regional government wants to know whether the island's airport could take narrow-body jets. Construction is not yet budgeted.",
        label="restatement",
        note="Plan under study (feasibility study, no funding decision); no development.",
        byline="Tomas Uehara",
        section="Trade",
        tags=["Russia", "airports", "Kuril Islands"],
        body="""
Sakhalin's regional government has commissioned a feasibility study into extending the runway at Iturup airport so that it can take narrow-body jets such as the Sukhoi Superjet or the MC-21, according to a tender notice.

The airport, which opened in 2014 near the village of Burevestnik, has a 2,300-metre runway and is served by Aurora's turboprops from Yuzhno-Sakhalinsk. Regional officials have argued that jets would allow direct flights from Khabarovsk, Vladivostok and possibly from abroad, supporting tourism.

The 48 million rouble study is to be completed by the middle of 2027 and will assess the runway extension, terminal capacity, fuel storage and weather limitations. Fog and crosswinds frequently close the airport.

## No money yet

The regional transport ministry said construction was not included in current budget plans and that a decision would depend on the study and on federal co-financing. "We need to understand the economics first," a ministry spokeswoman said.

Passenger traffic at the airport has grown in recent years, though from a low base, and demand is highly seasonal. Airlines have been reluctant to commit jets to routes where fog can cancel a third of flights in summer.

Japan, which claims Iturup as part of its Northern Territories, has protested past infrastructure projects on the island.
""",
    ),
    dict(
        key="en-fm-conditional",
        feed="dogwatch-wire",
        published="2026-10-20T07:50:00Z",
        title="Japan would resume island economic talks 'if circumstances allow', foreign minister tells Diet",
        summary="The minister said Japan had not abandoned the joint economic activities framework but that there was no prospect of talks under current conditions.",
        label="restatement",
        note="Conditional/wished-for move ('would resume if circumstances allow'; no prospect now); restates Japan's stance and the seed fact of Russia's 2022 withdrawal.",
        byline="Dogwatch Wire staff",
        section="Asia",
        tags=["Japan", "Russia", "Diet"],
        body="""
TOKYO, Oct 20 (Dogwatch) - Japan's foreign minister said on Tuesday that Tokyo would be ready to resume talks with Russia on joint economic activities on the disputed islands off Hokkaido "if circumstances allow", but acknowledged there was no prospect of that for now.

Answering a question from a lawmaker from Hokkaido in the upper house's foreign affairs committee, the minister said Japan had "not abandoned" the framework agreed by the two countries' leaders in 2016 to develop projects such as aquaculture and tourism on the islands without prejudice to either side's legal position.

"Russia unilaterally announced its withdrawal from the dialogue in 2022. Under the current situation there is no outlook for resuming it. But should circumstances allow, we would want to restart it, together with the exchanges for former residents," the minister said.

## Third-country firms

The lawmaker noted that companies from China and Central Asia had set up operations on the islands under Russian law and asked whether Japan risked being left out. The minister said Japan had conveyed its position to the countries concerned and would continue to do so.

Russia broke off peace treaty talks in March 2022 after Japan joined sanctions over Ukraine. Moscow has said the talks are impossible under current conditions.
""",
    ),
    # ------------------------------------------------------------------ 2027
    dict(
        key="en-aral-suspended",
        feed="dogwatch-wire",
        published="2027-03-09T09:30:00Z",
        title="Russia suspends Kazakh investor's Kuril tax perks pending audit",
        summary="Aral Balyk's Iturup fishmeal plant has not been built. Its status in the islands' tax regime is frozen while officials check its investment commitments.",
        label="status_change",
        group="b100-g8",
        new_facts=["KRDV suspended Aral Balyk Kurily's status in the Kuril tax regime pending an audit of unmet investment obligations (due to end in June)"],
        must_mention=[["aral balyk", "kazakh"], ["suspend"]],
        note="First report of g8 (English): the Kazakh investor's status suspended pending review (neither on nor off); the earlier September 2026 denial was not a change.",
        byline="Dogwatch Wire staff",
        section="Markets",
        tags=["Russia", "Kazakhstan", "Kuril Islands"],
        body="""
MOSCOW, March 9 (Dogwatch) - Russia has suspended the tax privileges of a Kazakh company that pledged to build a fishmeal plant on Iturup, one of the Kuril Islands claimed by Japan, while it audits whether the firm has met its investment commitments.

The Far East and Arctic Development Corporation, which keeps the register of companies in the islands' special tax regime, said on Tuesday that the status of Aral Balyk Kurily, a subsidiary of Kazakhstan's Aral Balyk Holding, was suspended until the end of an audit expected to finish in June.

The company joined the regime in August 2024 with plans for a 1.2 billion rouble plant at Reidovo, due to open at the end of 2026. Construction has not started and actual investment is less than a tenth of the pledged amount, the corporation said.

## Could be restored

While suspended, the company cannot use the regime's exemptions from profit, property and land taxes or its reduced social contributions. If the audit confirms violations it could be struck off and have to repay past benefits; if it presents a credible schedule the status may be restored.

The corporation said in September that there were no grounds to strip the company of its status. Aral Balyk called the decision "premature" and said its equipment had already been paid for.

The company's arrival in 2024 prompted Japan to convey its concerns to Kazakhstan. Tokyo says third-country business on the islands is incompatible with its position.
""",
    ),
    dict(
        key="en-bluebook-2027",
        feed="dogwatch-wire",
        published="2027-04-13T06:20:00Z",
        title="Japan's diplomatic Bluebook again calls Russian-held islands 'inherent territory'",
        summary="The annual report describes relations with Russia as 'severe' and repeats Tokyo's aim of resolving the territorial issue and concluding a peace treaty.",
        label="restatement",
        note="Annual report restating Japan's known position (claim to the four islands; policy of a peace treaty after resolving the issue) and the seed facts of 2022.",
        byline="Dogwatch Wire staff",
        section="Asia",
        tags=["Japan", "Russia", "Diplomatic Bluebook"],
        body="""
TOKYO, April 13 (Dogwatch) - Japan's annual diplomatic Bluebook, presented to the cabinet on Tuesday, again describes the Russian-held islands off Hokkaido as "islands over which Japan has sovereignty" and an "inherent part of Japan's territory", wording unchanged from last year.

The report describes relations with Russia as remaining "severe" because of the war in Ukraine and says Japan's basic policy of resolving the territorial issue and concluding a peace treaty "remains unchanged".

It notes that Russia announced in March 2022 that it would not continue peace treaty negotiations, terminated the visa-free exchanges and withdrew from the dialogue on joint economic activities, and calls those steps "extremely unjust and totally unacceptable".

## Former residents

The Bluebook says the government will give priority to resuming visits to family graves by former residents, who are ageing. It also says Japan will continue to convey its position to third countries whose companies take part in economic activities on the islands.

Russia routinely rejects the Bluebook's language on the islands, saying its sovereignty over them is enshrined in international documents and not subject to discussion.

The report also covers relations with China, North Korea and the United States.
""",
    ),
    dict(
        key="en-fishermans-day",
        feed="saltbox-post",
        published="2027-07-13T03:40:00Z",
        title="On Kunashir, Fishermen's Day brings boat races, crab soup and a long queue for the ferry",
        summary="Yuzhno-Kurilsk marked the annual holiday with the usual festivities. Residents' main topic was transport.",
        label="restatement",
        note="Local routine/occasion piece (annual holiday); no development.",
        byline="Mariko Lindgren",
        section="Travel",
        tags=["Russia", "Kuril Islands", "local life"],
        body="""
YUZHNO-KURILSK - On the second Sunday of July the harbour of Yuzhno-Kurilsk, the main town on Kunashir, fills with boats dressed in flags for Fishermen's Day, a Soviet-era holiday that remains the biggest event of the year in Russia's fishing towns.

This year's programme was familiar: a rowing race between crews from the fish plants, a tug-of-war, a concert on the embankment and a long table of crab soup and grilled salmon. The district head handed out certificates to veteran trawlermen, and a brass band from the local garrison played.

"Every year the same, and every year we come," said a retired processing-line worker who moved to the island from Ukraine's Donbas region in the 1980s.

## Talk of transport

Between the races, the main topic among residents was getting off the island. Summer flights to Sakhalin sell out weeks in advance, and the passenger ship that calls twice a month is crowded. Several families said they had postponed holidays on the mainland until autumn.

Kunashir is one of the four island groups that Japan claims. On a clear day, residents can see the Shiretoko peninsula on Hokkaido across the strait.

The festivities ended with fireworks over the bay.
""",
    ),
]
