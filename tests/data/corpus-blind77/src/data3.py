# -*- coding: utf-8 -*-
"""Articles of corpus blind77, part 3 (late 2026 - 2027), in publication order."""

ARTICLES_3 = [
dict(
 feed="umbral-review", lang="en", published="2026-10-19T08:00:00Z", slug="joint-declaration-at-seventy",
 title="The 1956 declaration at seventy: a promise both sides still quote and neither keeps",
 summary="Seventy years after the Soviet-Japanese Joint Declaration ended the state of war, its clause on two islands remains the only agreed text on the dispute - and a peace treaty is no closer.",
 label="restatement", byline="Hannah Okabe", kicker="Long read", read="12",
 note="Anniversary background piece: restates the 1956 declaration (seed 004), the 2022 halt and this month's suspension (b77-g8) without new fact.",
 body=[
  "On October 19, 1956, in Moscow, Soviet and Japanese leaders signed a declaration that ended the state of war between their countries and restored diplomatic relations. It also contained a sentence that has haunted every negotiation since: the Soviet Union agreed to hand over Shikotan and the Habomai islets to Japan after the conclusion of a peace treaty.",
  "Seventy years later there is still no treaty. The two larger islands, Iturup and Kunashir, were never mentioned in the declaration, and Tokyo has never accepted that two islands could settle the matter. Moscow, for its part, has come to argue that the clause is hostage to a treaty that it is no longer negotiating.",
  "The anniversary falls in a bleak week. Russia walked out of the second round of revived talks in Tokyo on October 13 and said the dialogue was suspended again, five months after it resumed in Dushanbe. Before that, talks had been frozen since March 2022.",
  "The declaration's authors could not have imagined a world in which the islands would host coastal missile batteries and the former residents, by then in their late eighties, would be unable to visit their parents' graves. Nor could they have imagined that the document would outlive the Soviet Union itself and still be quoted by both sides.",
  "If there is a lesson in seventy years, it is that the 1956 text is the ceiling of what has ever been agreed. Every attempt to go beyond it, in 1993, 2001 and 2018, has failed. The next attempt, whenever it comes, will start from the same page.",
 ]),
dict(
 feed="biwase-record", lang="en", published="2027-01-19T03:30:00Z", slug="otaru-used-car-exports-russia",
 title="Otaru's used-car exporters ride a Russian demand boom despite sanctions",
 summary="Shipments of used Japanese cars from Hokkaido ports to Vladivostok hit a record last year, as exporters work around Tokyo's ban on larger vehicles.",
 label="off_topic", byline="Staff writer",
 note="Unrelated Japan-Russia trade news (used cars to Vladivostok); no peace treaty or islands content.",
 body=[
  "Used-car exporters in Otaru and Ishikari shipped a record number of vehicles to Vladivostok last year, customs figures released on Monday showed, as Russian demand for Japanese hybrids kept growing despite sanctions.",
  "Japan banned exports of used cars with engines above 1,900cc to Russia in 2023, but smaller vehicles are still allowed, and exporters have shifted to compact hybrids and kei vans.",
  "\"The Russian buyers want Japanese cars because they last,\" said the owner of a yard near Otaru port, where rows of Aquas and Fits waited for the weekly ro-ro ship.",
  "Some exporters worry that Tokyo will tighten the rules again. The industry ministry said it had no immediate plans to change the export controls.",
 ]),
dict(
 feed="zarnitsa-kur", lang="ru", published="2027-02-07T09:00:00Z", slug="",
 title="В Японии вновь отметили «День северных территорий»",
 summary="В Токио прошёл ежегодный митинг с требованием «вернуть» южные Курилы. Премьер-министр Японии повторил, что Токио намерен решить территориальный вопрос и заключить мирный договор.",
 label="restatement", byline="Соб. инф.",
 note="Annual occasion piece: restates Japan's claim and policy and Russia's position; no new fact.",
 body=[
  "В Японии 7 февраля вновь прошёл так называемый «День северных территорий». На ежегодном общенациональном митинге в Токио премьер-министр страны заявил, что правительство «не меняет курса на решение территориального вопроса и заключение мирного договора».",
  "Японская сторона также призвала Россию разрешить бывшим жителям островов посещать могилы предков на Кунашире, Итурупе и Шикотане.",
  "День был учреждён японским правительством в 1981 году. Дата выбрана в память о подписании в 1855 году Симодского трактата.",
  "В МИД России неоднократно заявляли, что суверенитет России над Южными Курилами закреплён по итогам Второй мировой войны и сомнению не подлежит. Консультации по мирному договору, возобновлённые в мае прошлого года в Душанбе, Москва в октябре приостановила.",
  "На Кунашире день прошёл как обычно: в Южно-Курильске открылась лыжня, а в районном Доме культуры — выставка детского рисунка.",
 ]),
dict(
 feed="greyhaven-wire", lang="en", published="2027-03-09T11:00:00Z", slug="kremlin-no-conditions-resume-japan-talks",
 title="Kremlin says no conditions for resuming peace treaty talks with Japan",
 summary="Kremlin spokesman Dmitry Peskov said there were currently no conditions for a return to the treaty dialogue that Moscow suspended in October.",
 label="restatement", byline="Greyhaven staff", dateline="MOSCOW",
 note="Negated: 'no conditions for resuming' - the suspended state (b77-g8, seeds) continues; not a move.",
 body=[
  "The Kremlin said on Tuesday there were currently no conditions for resuming peace treaty talks with Japan, five months after Moscow suspended a dialogue it had revived only last May.",
  "\"As long as Tokyo continues its unfriendly line, including new sanctions, there are no conditions for resuming these consultations,\" Kremlin spokesman Dmitry Peskov told reporters, asked about Japanese media reports that Tokyo was seeking a new round.",
  "Japan's foreign ministry has said it remains ready to talk. Tokyo wants any dialogue to include the resumption of grave visits for former residents of the four islands, which Russia calls the southern Kurils and Japan the Northern Territories.",
  "Russia's delegation walked out of the second round in Tokyo in October after Japan sanctioned Russian shipping companies.",
 ]),
dict(
 feed="biwase-record", lang="en", published="2027-04-13T02:00:00Z", slug="diplomatic-bluebook-2027-islands",
 title="Japan's 2027 Diplomatic Bluebook repeats call for islands' return",
 summary="The annual foreign policy report describes the four islands as territory over which Japan has sovereignty and regrets Russia's suspension of the peace treaty talks.",
 label="restatement", byline="Staff writer",
 note="Annual report restating the known positions and the October 2026 suspension (b77-g8); nothing new.",
 body=[
  "Japan's 2027 Diplomatic Bluebook, presented to the Cabinet on Tuesday, again describes the four islands off Hokkaido as \"islands over which Japan has sovereignty\" and says the government will maintain its policy of resolving the territorial issue and concluding a peace treaty with Russia.",
  "The report notes that talks resumed in Dushanbe in May last year for the first time since 2022, and calls Russia's suspension of them in October \"extremely regrettable\".",
  "On the former residents, the Bluebook repeats that the resumption of grave visits is \"among the highest priorities\" in relations with Russia.",
  "In Nemuro, the city's northern territories office said it would hold its annual exhibition on the islands at the Hoppo-kan from next month.",
 ]),
]
