"""Articles published in 2025."""

ITEMS = [
# ---------------------------------------------------------------- F2
{
"key": "f2-editorial", "feed": "fetrans-en", "published": "2025-03-04T02:00:00Z",
"title": "Editorial: Three springs without the islands [translation]",
"summary": "A Hokkaido regional daily urges Tokyo not to let humanitarian contacts with the Russian-held islands be forgotten. Translated from Japanese.",
"label": "restatement",
"note": "Editorial/column restating the March 2022 measures (seeds 000-003) and calling for grave visits; no new fact.",
"section": "From Japanese", "translator": "Translated by Jun Sakaki",
"source": "Editorial, Kushiro Kaigan Shimbun, 3 March 2025 (Japanese).",
"tags": ["Japan", "Northern Territories", "editorials"],
"recent": ["Vladivostok port volumes hit a new high", "A Korean view of the Arctic shipping season", "Sakhalin schools and the teacher shortage"],
"body": """
Three years ago this month, the Russian government announced that it would no longer negotiate a peace treaty with Japan, that it was ending visa-free exchanges with the four northern islands, and that it was abandoning talks on joint economic activity there. Moscow said Japan's sanctions over the invasion of Ukraine had made a fundamental treaty "impossible".

Since then, nothing has moved. Visits by former islanders to family graves, suspended by the pandemic in 2020, have not resumed. The free visits by former residents, the visa-free exchanges that carried Japanese and Russians back and forth across the Nemuro Strait from 1992 — all remain frozen.

Time is the one thing that does not stand still. The average age of the former residents is approaching 89. Each year the league of former islanders announces a smaller number of survivors, and each year the same appeal is adopted: let us visit the graves.

We do not underestimate the difficulty. Japan's sanctions are a matter of principle, and they should not be traded for concessions on humanitarian programmes. Russia, for its part, has made clear that it regards the islands as its sovereign territory and any discussion of their status as closed.

But principle and humanity are not opposites. The government must use every channel available — consular, parliamentary, the Red Cross — to seek at least the resumption of grave visits. And it must explain to the public what it is doing. Silence breeds resignation.

The islands are visible from Cape Nosappu on a clear day. That is all the former residents can do now: look. We must not allow that to become the permanent state of things.
""",
},
# ---------------------------------------------------------------- P2
{
"key": "p2-interview", "feed": "konpoku-ja", "published": "2025-04-15T01:00:00Z",
"title": "【インタビュー】元島民2世の会・佐伯昌弘会長に聞く　「交流の灯、次の世代へ」",
"summary": "北方四島との交流停止から3年。元島民2世、3世でつくる会の会長に、運動の今とこれからを聞いた。",
"label": "restatement",
"note": "Interview; '再開の見通しは…立っていません'; restates the 2022 termination and Japan's requests. No new fact.",
"section": "北方領土", "byline": "（聞き手・報道部　千葉亜紀）",
"related": ["元島民の生存者、5千人割る", "北方墓参、今夏も実施できず　5年連続"],
"body": """
――ロシアがビザなし交流や自由訪問の枠組みの破棄を表明して3年がたちました。

「父は国後島の出身で、2018年に一緒に自由訪問で島に渡ったのが最後でした。父は翌年亡くなりました。あの時、生家の跡で黙って海を見ていた父の姿が忘れられません。交流が止まって、そういう場面がもう生まれない。それが一番つらいことです」

――再開の見通しは。

「正直に言って、立っていません。政府は墓参の再開を最優先に求めていると言いますが、ロシア側は協議そのものに応じていない。私たちが何かを変えられるわけではないことも分かっています」

――会としては何を。

「今年度は、根室管内の中学校での出前授業を20校に増やします。元島民の証言映像を使って、島の暮らしがどんなものだったかを伝える。返還運動というより、記憶をつなぐ運動です」

――政府に求めることは。

「平和条約交渉を打ち切ったのはロシアですが、ではこちらから何ができるのか、もっと国民に説明してほしい。交流が再開したときに、受け入れる側の人材や船がなければ意味がない。準備は止めないでほしいです」

――ロシアの島民へのメッセージは。

「ビザなし交流で知り合った国後の友人とは、今もたまにメッセージをやりとりしています。政治とは別に、人と人のつながりは残っている。いつか、また港で会おうと伝えたいです」

さえき・まさひろ　1963年根室市生まれ。父は国後島泊村出身。市職員を経て、2021年から元島民2世・3世の会会長。
""",
},
# ---------------------------------------------------------------- B2
{
"key": "b2-chagos-live", "feed": "brightling-live", "published": "2025-05-22T10:00:00Z",
"title": "Chagos Islands deal live: UK signs treaty with Mauritius after court lifts overnight injunction",
"summary": "Live coverage as Britain signs the agreement handing sovereignty of the Chagos archipelago to Mauritius while keeping the Diego Garcia base on a 99-year lease.",
"label": "off_topic",
"note": "Look-alike: a different island sovereignty treaty; one analyst quote mentions the Japan-Russia island dispute only as a comparison.",
"byline": "Hannah Grieve",
"entries": [
("09:55", "Treaty signed",
"""The prime minister's office says the agreement with Mauritius has been signed. Under its terms the UK hands sovereignty over the Chagos archipelago to Mauritius but keeps the joint UK-US base on Diego Garcia under a 99-year lease, paying an average of about £101m a year.

The treaty still has to be laid before parliament."""),
("09:20", "Opposition: 'a surrender'",
"""The Conservatives have called the deal a "surrender" that will cost taxpayers billions and weaken security in the Indian Ocean. Reform UK said it would try to overturn it."""),
("08:40", "Analyst: 'an unusual case'",
"""Dr Amelia Roscoe, who lectures on territorial disputes at a London university, told us the handover was rare. "Most island sovereignty disputes are frozen because the administering power has no intention of leaving — think of the Falklands, or the islands north of Hokkaido that Japan disputes with Russia. Here the administering power has chosen to go. That is what makes it unusual, and why it is not much of a template." """),
("07:30", "Injunction lifted",
"""A High Court judge has lifted the temporary injunction granted in the early hours at the request of two Chagossian women, clearing the way for the signing to go ahead this morning."""),
("06:45", "What's in the deal",
"""The archipelago was separated from Mauritius by Britain in 1965, before Mauritian independence, and its inhabitants were expelled to make way for the base. The International Court of Justice said in a 2019 advisory opinion that Britain should end its administration of the islands."""),
],
},
# ---------------------------------------------------------------- I3
{
"key": "i3-shikotan-memoir", "feed": "inovostok-ru", "published": "2025-06-24T21:00:00Z",
"title": "«Я помню запах морской капусты на Шикотане»: 93-летняя бывшая жительница острова — японской газете",
"summary": "Японская газета публикует воспоминания одной из старейших бывших жительниц Шикотана. Перевод.",
"label": "restatement",
"note": "Human-interest interview; restates the 1947 repatriation, past visa-free visits and their termination in 2022 (seeds 001, 003). No new fact.",
"source": "Источник: «Сирэтоко таймс» (Накасибэцу), 24 июня 2025 г. Перевод с японского: Ольга Тамура.",
"tags": ["Япония", "Шикотан", "бывшие жители", "история"],
"body": """
Ёсико Ханада 93 года. Она живёт в Нэмуро, в двухэтажном доме с видом на море, и каждое утро, по её словам, «первым делом смотрит, видно ли сегодня остров». Ханада родилась в 1932 году в посёлке Сякотан на Шикотане. Её отец ловил треску и собирал ламинарию.

«Я помню запах морской капусты, которую сушили на берегу, и как мы с сестрой бегали по камням у бухты», — рассказывает она японской газете.

В сентябре 1945 года на остров пришли советские войска. Ещё два года японские семьи жили бок о бок с советскими переселенцами. «Дети играли вместе, мы учили друг друга словам», — вспоминает Ханада. В 1947 году её семью вывезли на Сахалин, в порт Маока (нынешний Холмск), а оттуда — на Хоккайдо.

На Шикотан она возвращалась дважды — в 1999 и 2012 годах, в рамках безвизовых обменов. Во вторую поездку ей удалось найти каменный фундамент своей школы. «Я положила на него ладонь и долго не могла её убрать», — говорит она.

С 2022 года поездки невозможны: российская сторона объявила о прекращении безвизовых обменов в ответ на санкции Японии, переговоры о мирном договоре заморожены. «Я больше не жду, что поеду. Я записала свои воспоминания на видео для лиги бывших жителей — пусть хоть внуки знают», — говорит Ханада.

На вопрос, что бы она сказала нынешним жителям Шикотана, она отвечает не сразу: «Берегите бухту. Она очень красивая».
""",
},
# ---------------------------------------------------------------- g3a
{
"key": "g3a-jea-void-ja", "feed": "dotosokuho-ja", "published": "2025-08-05T02:30:00Z",
"title": "ロシア、共同経済活動の合意「失効」と通告　長門会談の取り決め　政府は抗議",
"summary": "ロシア外務省が、2016年の日ロ首脳会談で合意した北方四島での共同経済活動に関する取り決めについて「効力を失った」とする口上書を日本側に送付していたことが分かった。",
"label": "status_change", "group": "g3",
"new_facts": ["Russia notified Japan by note verbale (4 Aug 2025) that the 2016 Nagato arrangements on joint economic activity and the 2017 list of five pilot projects have 'lost force'; economic activity on the islands only under Russian law. Joint economic activity: dialogue withdrawn (March 2022) -> arrangements declared void"],
"must_mention": [["共同経済活動"], ["失効", "効力を失"]],
"note": "Status change of a seed-tracked matter: seeds say Russia withdrew from the JEA dialogue (2022); now the underlying arrangements are declared void (a 'declared void' state).",
"section": "北方領土", "byline": "（東京支社　北原玲奈）",
"related": ["北方墓参、今夏も実施できず", "元島民2世の会・佐伯会長インタビュー"],
"body": """
ロシア外務省が4日、北方四島での日ロ共同経済活動に関する両国の取り決めについて「効力を失った」とする口上書を在ロシア日本大使館に送付していたことが、複数の日本政府関係者への取材で分かった。ロシアは2022年3月に共同経済活動に関する対話からの離脱を表明していたが、取り決めそのものの失効を通告したのは初めて。

関係者によると、口上書は、16年12月に山口県長門市で行われた安倍晋三首相（当時）とプーチン大統領の会談で合意した「特別な制度」に基づく共同経済活動の協議開始と、17年9月に両首脳が確認した海産物の増養殖や温室野菜栽培、観光ツアー、風力発電、ごみの減容対策の5項目のパイロット事業について、「効力を失い、ロシア側を拘束しない」と明記。四島での経済活動は今後「ロシア連邦の法令に基づいてのみ行われる」とし、日本企業を含む外国企業の参加は、ロシアが千島列島で導入している税制優遇制度の枠内で可能だとしている。

共同経済活動は、双方の法的立場を害さない「特別な制度」の下で四島での事業を進めるもので、領土問題解決に向けた環境づくりとして位置づけられてきた。日本政府は、ロシアの法令に基づく経済活動への日本企業の参加は、四島に対するロシアの管轄権を認めることにつながるとして認めていない。

林芳正官房長官は5日午前の記者会見で「一方的な主張であり、受け入れられない。外交ルートを通じて抗議した」と述べた。

政府関係者は「対話が止まっていた以上、実害はすぐにはない」としつつ、「ロシアが合意を白紙に戻した意味は重い」と話している。
""",
},
# ---------------------------------------------------------------- g3b
{
"key": "g3b-jea-void-en", "feed": "quernstone-wire", "published": "2025-08-05T09:15:00Z",
"title": "Russia tells Japan joint economic accord on disputed islands is void",
"summary": "Moscow has notified Tokyo that arrangements for joint economic projects on the Russian-held islands 'have lost force', Japanese government sources said.",
"label": "status_change", "group": "g3",
"new_facts": ["Russia told Japan in a diplomatic note that the joint economic activity arrangements and five pilot projects for the islands 'have lost force'"],
"must_mention": [["joint economic"], ["void", "lost force"]],
"note": "English report of g3 (its first version misdates the summit to 2017; corrected in UPDATE 2).",
"byline": "By Kenji Arakawa", "dateline": "TOKYO, Aug 5 (Quernstone) -",
"credit": "Reporting by Kenji Arakawa; Editing by Ed Pallister",
"related": [("japan-upper-house-aftermath", "Ishiba faces party pressure after upper house loss"), ("russia-japan-lng", "Japanese buyers keep Sakhalin LNG flowing")],
"body": """
Russia has formally told Japan that agreements on joint economic activity on four Russian-held islands claimed by Tokyo are no longer valid, Japanese government sources said on Tuesday, further unpicking one of the few achievements of a decade of diplomacy over the dispute.

In a diplomatic note delivered to the Japanese embassy in Moscow on Monday, the Russian foreign ministry said arrangements reached at a 2017 summit between then-Prime Minister Shinzo Abe and President Vladimir Putin, and a list of five pilot projects, "have lost force" and no longer bind Moscow, according to the sources.

The projects — aquaculture, greenhouse farming, tourism, wind power and waste reduction — were meant to be run under a "special system" that would not prejudice either side's legal claims to the islands. None got beyond the pilot stage.

The note said any economic activity on the islands would henceforth be conducted only under Russian law, and that foreign firms, including Japanese ones, were welcome to invest under a preferential tax regime Russia applies to the Kurils, the sources said.

Russia pulled out of talks on the joint projects in March 2022 in retaliation for Japanese sanctions over the invasion of Ukraine. Tuesday's disclosure is the first time Moscow has declared the underlying agreements void.

Chief Cabinet Secretary Yoshimasa Hayashi told reporters Japan had protested. "This is a one-sided assertion and cannot be accepted," he said.
""",
},
# ---------------------------------------------------------------- g3d
{
"key": "g3d-jea-void-ru", "feed": "kurlenta-ru", "published": "2025-08-05T16:50:00Z",
"title": "МИД уведомил Токио: договорённости о совместной деятельности на Курилах утратили силу",
"summary": "Российская сторона нотой сообщила Японии, что договорённости 2016–2017 годов о совместной хозяйственной деятельности на южных Курилах больше не действуют.",
"label": "status_change", "group": "g3",
"new_facts": ["Russian MFA confirmed its note: the 2016 Nagato JEA arrangements and 2017 pilot-project list have lost force; only Russian law and the preferential regime apply"],
"must_mention": [["совместн"], ["утратил"]],
"note": "Russian report of g3 with Zakharova's confirmation; same development.",
"rubric": "Курилы", "byline": "Игорь Ладыгин",
"related": ["Резидентами курильского преференциального режима стали ещё три компании", "На Шикотане начали строить новый причал"],
"body": """
МИД России направил посольству Японии в Москве ноту, в которой сообщил, что договорённости о совместной хозяйственной деятельности на южных Курилах утратили силу. Об этом во вторник заявила официальный представитель министерства Мария Захарова, комментируя сообщения японских СМИ.

«Договорённости, достигнутые в 2016 году в Нагато, и согласованный в 2017 году перечень пилотных проектов утратили силу и не связывают российскую сторону. Основу для них разрушил сам Токио, присоединившись к антироссийским санкциям», — говорится в комментарии, опубликованном на сайте МИД.

По словам Захаровой, экономическая деятельность на Курилах будет вестись «исключительно в соответствии с российским законодательством». «Инвесторы, в том числе японские, могут работать на островах на общих основаниях, в рамках действующего на Курилах преференциального режима. Других форматов нет и не будет», — подчеркнула дипломат.

Совместная деятельность предполагала реализацию пяти проектов — аквакультуры, тепличного хозяйства, туризма, ветроэнергетики и переработки отходов — на основе «особого правового режима», который не затрагивал бы позиции сторон по вопросу о суверенитете. До практической реализации дело так и не дошло: в 2017–2019 годах на острова съездили лишь несколько пробных туристических групп и японские эксперты.

В марте 2022 года Россия вышла из диалога с Японией о совместной хозяйственной деятельности в ответ на санкции Токио. Тогда же Москва отказалась продолжать переговоры о мирном договоре и прекратила безвизовые поездки японских граждан на острова.

Генеральный секретарь кабинета министров Японии Ёсимаса Хаяси во вторник назвал уведомление «односторонним» и сообщил о протесте.

В правительстве Сахалинской области напомнили, что резидентами курильского преференциального режима уже стали несколько десятков компаний.
""",
},
# ---------------------------------------------------------------- g3c
{
"key": "g3c-jea-void-update2", "feed": "quernstone-wire", "published": "2025-08-06T04:40:00Z",
"title": "UPDATE 2-Russia declares joint island projects with Japan void; Tokyo protests",
"summary": "Adds Russian foreign ministry comment and reaction in Nemuro; corrects year of the summit agreement to 2016.",
"label": "status_change", "group": "g3",
"new_facts": ["Updated report: Russia declared the Nagato joint economic activity arrangements void; Tokyo protested; Zakharova says only the preferential regime applies"],
"must_mention": [["joint economic", "joint island projects"], ["void", "lost force"]],
"note": "'UPDATE 2' of g3b with reaction and a correction of the summit year; same development.",
"byline": "By Kenji Arakawa and Pavel Ermolin", "dateline": "TOKYO/MOSCOW, Aug 6 (Quernstone) -",
"topnote": "(Adds Russian foreign ministry comment in paragraphs 5-6, Nemuro reaction in paragraph 8; corrects year of summit agreement to 2016 from 2017 in paragraph 2)",
"credit": "Reporting by Kenji Arakawa in Tokyo and Pavel Ermolin in Moscow; Editing by Simon Archer and Ed Pallister",
"readmin": 4,
"related": [("russia-tells-japan-joint-accord-void", "Russia tells Japan joint economic accord on disputed islands is void"), ("kurils-tax-regime", "Explainer: Russia's Kuril Islands tax haven")],
"body": """
Russia has formally told Japan that agreements on joint economic activity on four Russian-held islands claimed by Tokyo are void, prompting a protest and removing one of the last pieces of a framework built up over a decade of summit diplomacy.

In a diplomatic note delivered to the Japanese embassy in Moscow on Monday, the Russian foreign ministry said arrangements reached at a December 2016 summit between then-Prime Minister Shinzo Abe and President Vladimir Putin in the Japanese city of Nagato, together with a list of five pilot projects agreed in 2017, "have lost force", Japanese government sources said.

The projects — sea urchin and scallop farming, greenhouse vegetables, tourism, wind power and waste reduction — were to operate under a "special system" that would not prejudice either side's legal claims. None got beyond a handful of pilot tours and feasibility studies.

"This is a one-sided assertion and cannot be accepted," Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday, adding that Japan had protested through diplomatic channels.

In Moscow, foreign ministry spokeswoman Maria Zakharova said in a comment posted late on Tuesday that Tokyo had "destroyed the foundation" of the arrangements by joining sanctions. Investors, "including Japanese ones", could work on the islands under Russian law, she said.

She described the islands' preferential tax regime as the only format in which foreign businesses could operate there. "There are no other formats and there will be none," she said.

Russia quit the dialogue on the joint projects in March 2022, when it also suspended peace treaty negotiations and ended visa-free visits by Japanese citizens to the islands. This week's note is the first time Moscow has declared the agreements themselves void.

In Nemuro, the Hokkaido port closest to the islands, a fisheries cooperative official said the scallop and sea urchin project had been "the one thing that felt concrete". "Now it is officially gone," he said.

The islands, known as the Northern Territories in Japan and the Southern Kurils in Russia, were seized by Soviet forces at the end of World War Two.
""",
},
# ---------------------------------------------------------------- Q4
{
"key": "q4-armenia-azerbaijan", "feed": "quernstone-wire", "published": "2025-08-08T21:30:00Z",
"title": "Armenia and Azerbaijan initial peace treaty text at White House",
"summary": "The leaders of the two South Caucasus neighbours initialled the text of a long-negotiated peace agreement at a ceremony hosted by U.S. President Donald Trump.",
"label": "off_topic",
"note": "Look-alike: another peace treaty (Armenia-Azerbaijan), with 'territorial claims' and Russia's role; nothing about Japan or the Kurils.",
"byline": "By Leyla Ahmadova and Pavel Ermolin", "dateline": "WASHINGTON, Aug 8 (Quernstone) -",
"credit": "Reporting by Leyla Ahmadova in Washington and Pavel Ermolin in Moscow; Editing by Ed Pallister",
"related": [("caucasus-transit-route", "What the new South Caucasus transit route means for trade"), ("russia-caucasus-influence", "Analysis: Moscow watches from the sidelines")],
"body": """
The leaders of Armenia and Azerbaijan on Friday initialled the text of a peace treaty at the White House, a step toward ending nearly four decades of conflict between the South Caucasus neighbours.

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev shook hands with U.S. President Donald Trump after the ceremony, which also produced a joint declaration on a transit route through southern Armenia linking Azerbaijan with its Nakhchivan exclave.

The agreement still has to be signed and ratified. Baku has said Armenia must first amend its constitution to remove what Azerbaijan regards as a territorial claim, a change that would require a referendum.

The two countries fought wars in the early 1990s and in 2020 over Nagorno-Karabakh, which Azerbaijan retook in a lightning offensive in September 2023, prompting the exodus of most of the region's ethnic Armenians.

Russia, long the main power broker in the region, was not involved in the Washington talks. The Kremlin said it welcomed any steps that led to peace but that "regional problems should be solved by the countries of the region".
""",
},
# ---------------------------------------------------------------- g4a
{
"key": "g4a-bastion-ru", "feed": "kurlenta-ru", "published": "2025-09-16T03:20:00Z",
"title": "С Итурупа впервые выполнен боевой пуск ракеты комплекса «Бастион»",
"summary": "Расчёт берегового ракетного комплекса, дислоцированного на Итурупе, поразил морскую цель в Охотском море, сообщили в Тихоокеанском флоте.",
"label": "new_development", "group": "g4",
"new_facts": ["A Bastion coastal missile battery on Iturup carried out the first live launch from the island (Onyx missile, sea target ~200 km away in the Sea of Okhotsk), 16 Sep 2025"],
"must_mention": [["бастион", "оникс"], ["итуруп"]],
"note": "First report of a military first on the disputed islands (live missile launch from Iturup); not in the seeds.",
"rubric": "Курилы", "byline": "Анна Сёмина",
"related": ["В Курильске открыли новый спортивный зал", "Рейсы на Итуруп задерживаются из-за тумана"],
"body": """
Расчёт берегового ракетного комплекса «Бастион», дислоцированного на острове Итуруп, впервые выполнил боевой пуск крылатой ракеты «Оникс» по морской цели, сообщила во вторник пресс-служба Тихоокеанского флота.

По данным флота, ракета поразила мишенный комплекс, имитировавший корабль условного противника, в акватории Охотского моря на удалении около 200 километров от острова. «Цель поражена прямым попаданием», — говорится в сообщении.

Пуск выполнен в ходе учения береговых войск флота, в котором задействованы около 500 военнослужащих и более 60 единиц техники. Расчёты совершили марш из пункта постоянной дислокации в район позиций, выполнили маскировку и развёртывание комплекса. Район стрельб был заранее закрыт для плавания навигационным предупреждением.

Комплексы «Бастион» размещены на Итурупе с 2016 года. До сих пор, как уточнили во флоте, расчёты на острове отрабатывали только электронные пуски, а боевые стрельбы выполнялись на полигонах Приморья и Камчатки.

Учение продлится до конца недели. В его ходе подразделения также отработают оборону побережья от диверсионных групп и отражение атак беспилотников.

Новость обновляется.
""",
},
# ---------------------------------------------------------------- g4b
{
"key": "g4b-bastion-live", "feed": "brightling-live", "published": "2025-09-16T06:00:00Z",
"title": "Asia security live: Russia fires missile from disputed Iturup for first time; Tokyo 'gathering information'",
"summary": "Running coverage. Russia's Pacific Fleet says a Bastion battery on Iturup hit a sea target; other developments across the region.",
"label": "new_development", "group": "g4",
"new_facts": ["Live entry: Pacific Fleet says a Bastion battery on Iturup carried out the island's first live missile launch"],
"must_mention": [["bastion"], ["iturup"]],
"note": "Live blog; the Iturup entry (not the top one) reports g4.",
"byline": "Tomasz Wir",
"entries": [
("05:52", "Japan 'gathering information' on Russian launch",
"""Japan's defence ministry says it is aware of the Russian announcement and is "gathering and analysing information". A ministry official told us Tokyo had received no advance notice beyond the navigational warning that closed the firing area to shipping."""),
("05:15", "Philippines reports Chinese vessels near Scarborough Shoal",
"""The Philippine coast guard says it tracked several Chinese coast guard ships and maritime militia vessels near the shoal overnight. Beijing has not commented."""),
("04:40", "Australia and Japan defence ministers to meet next week",
"""Canberra confirms the annual meeting will take place in Tokyo, with submarine and missile cooperation expected on the agenda."""),
("04:05", "Russia fires missile from Iturup",
"""Russia's Pacific Fleet says a crew of the Bastion coastal missile system stationed on Iturup — the largest of the four islands Japan claims — has carried out the first live launch from the island, hitting a target ship about 200 km away in the Sea of Okhotsk with an Onyx cruise missile.

Until now, crews on the island had only practised simulated launches, the fleet said. Bastion batteries were deployed on Iturup in 2016."""),
("03:30", "Good morning",
"""Welcome to our rolling coverage of security developments across Asia and the Pacific."""),
],
},
# ---------------------------------------------------------------- g4c
{
"key": "g4c-bastion-ja", "feed": "konpoku-ja", "published": "2025-09-17T01:30:00Z",
"title": "択捉島から地対艦ミサイル発射　ロシア軍「初の実射」　政府が抗議",
"summary": "ロシア太平洋艦隊は16日、北方領土・択捉島に配備した地対艦ミサイル「バスチオン」の実弾発射訓練を行ったと発表した。島からの実射は初めて。政府は抗議した。",
"label": "new_development", "group": "g4",
"new_facts": ["Japan protested Russia's first live Bastion missile launch from Iturup (16 Sep 2025)"],
"must_mention": [["ミサイル", "バスチオン"], ["択捉"]],
"note": "Japanese report of g4 with Tokyo's protest; same development.",
"section": "北方領土", "byline": "（報道部　大沼健太）",
"related": ["根室海峡、ロシアの航行警報相次ぐ", "サンマ水揚げ、花咲港で前年並み"],
"body": """
ロシア太平洋艦隊は16日、北方領土・択捉島に配備している地対艦ミサイルシステム「バスチオン」による実弾発射訓練を行い、オホーツク海の標的に命中させたと発表した。同艦隊によると、同島の部隊による実射は初めて。林芳正官房長官は同日午後の記者会見で「北方四島における軍備の強化は、北方領土に関する我が国の立場と相いれない」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。

発表によると、巡航ミサイル「オーニクス」1発を発射し、約200キロ離れた海域の艦船を模した標的に命中した。兵員約500人、車両60台以上が参加する沿岸部隊の演習の一環という。

バスチオンは2016年に択捉島に配備された。これまで島内では電子的な模擬発射にとどまり、実射は沿海地方やカムチャツカ半島の演習場で行われていたという。

防衛省は、発射の事実関係について「情報収集と分析を進めている」としている。

根室市の漁業者の男性（58）は「訓練のたびに航行警報が出て、漁場が狭くなる。今度は本物のミサイルかと思うと気味が悪い」と話した。
""",
},
# ---------------------------------------------------------------- K2
{
"key": "k2-peskov-denial", "feed": "kurlenta-ru", "published": "2025-10-28T10:00:00Z",
"title": "В Кремле опровергли сообщения японского журнала о «тайных контактах» по мирному договору",
"summary": "Дмитрий Песков заявил, что никаких консультаций с Токио по мирному договору не ведётся и позиция Москвы остаётся прежней.",
"label": "restatement",
"note": "Denial of an unverified media report; Peskov restates that talks are impossible (seed 002). Tokyo also denies. No new fact.",
"rubric": "Политика", "byline": "Игорь Ладыгин",
"related": ["МИД уведомил Токио: договорённости о совместной деятельности на Курилах утратили силу", "Лимаренко: Курилы ждут новых инвесторов"],
"body": """
Пресс-секретарь президента России Дмитрий Песков опроверг публикацию японского еженедельника о том, что представители двух стран якобы провели в сентябре в одной из стран Юго-Восточной Азии неофициальную встречу по проблематике мирного договора.

«Нет, таких контактов не было. Позиция наша хорошо известна: в нынешних условиях, когда Япония продолжает недружественный курс, никаких переговоров о мирном договоре быть не может», — сказал Песков журналистам во вторник.

Японский еженедельник со ссылкой на неназванные источники утверждал, что речь шла о «зондаже» возможности возобновить гуманитарные обмены, в том числе посещение захоронений бывшими японскими жителями островов. В правительстве Японии публикацию также опровергли: генеральный секретарь кабинета министров заявил, что «такой встречи не было».

Песков также посоветовал «не придавать значения публикациям, основанным на анонимных источниках». Название еженедельника в Кремле не уточнили.

Напомним, в марте 2022 года МИД России объявил, что не намерен продолжать переговоры с Японией о мирном договоре, и прекратил безвизовые поездки японцев на южные Курилы. В феврале 2024 года замминистра иностранных дел Андрей Руденко назвал возобновление диалога о мирном договоре «категорически невозможным».
""",
},
# ---------------------------------------------------------------- D2
{
"key": "d2-rally", "feed": "dotosokuho-ja", "published": "2025-11-20T02:00:00Z",
"title": "「せめて墓参だけでも」　根室で返還要求住民大会　交流再開求めるアピール採択",
"summary": "北方領土返還要求根室管内住民大会が19日、根室市で開かれ、墓参を含む四島交流の早期再開に向けた外交努力を国に求めるアピールを採択した。",
"label": "restatement",
"note": "Request/appeal at a routine rally; '再開の見通しは立っていない'. No new fact.",
"section": "北方領土", "byline": "（根室支局　森本俊介）",
"related": ["択捉島から地対艦ミサイル発射　政府が抗議", "根室の高校生、北方領土学習の成果発表"],
"body": """
北方領土返還要求根室管内住民大会が19日、根室市総合文化会館で開かれ、元島民や市民ら約550人が参加した。大会は、墓参を含む四島交流の早期再開と、平和条約締結に向けた粘り強い外交努力を国に求めるアピールを採択した。

主催者を代表してあいさつした根室市長は「ロシアが平和条約交渉の中断や交流の枠組みの破棄を一方的に表明してから3年半余り。元島民の平均年齢は89歳を超え、残された時間は少ない。せめて墓参だけでも再開してほしい」と訴えた。

大会では、歯舞群島・多楽島出身の男性（92）が登壇し、「島を追われて78年。両親の墓はいまも島にある。生きているうちにもう一度、手を合わせたい」と語った。地元の高校生2人も北方領土学習の成果を発表した。

アピールは「ロシアによる一方的な措置は到底受け入れられない」とした上で、「元島民の切実な思いに応えるため、政府はあらゆる機会をとらえて人道的措置の再開を強く働きかけるべきだ」としている。近く内閣府や外務省に届ける。

政府は墓参の再開を最優先課題としているが、ロシア側から前向きな反応はなく、再開の見通しは立っていない。
""",
},
# ---------------------------------------------------------------- E2
{
"key": "e2-year-review", "feed": "easternseas-weekly", "published": "2025-12-20T09:00:00Z",
"title": "Eastern Seas Weekly No. 134 — The year in review: a void note, a live missile and a long silence",
"summary": "The last issue of 2025 looks back at a year in which Moscow closed another file and nothing reopened.",
"label": "restatement",
"note": "Background-heavy year-end review: only developments already reported (g3 note of 4 Aug, g4 launch of 16 Sep) and seed facts, with dates. No new fact.",
"likes": 31, "ncomments": 2,
"comments": [("Hiroshi N.", "'Nothing reopened' is the headline of the decade, not the year."), ("M. K.", "Thank you for another year of this newsletter.")],
"body": """
This is the last issue of 2025. As is tradition here, a look back, not forward.

## February

Prime Minister Shigeru Ishiba told the annual Northern Territories rally in Tokyo on 7 February that Japan's policy of "resolving the territorial issue and concluding a peace treaty" was unchanged. Nobody expected anything else.

## August

On 4 August the Russian foreign ministry sent the Japanese embassy a note declaring that the 2016 Nagato arrangements on joint economic activity, and the 2017 list of five pilot projects, had "lost force". We covered it in No. 115. The practical effect was nil — the dialogue had been dead since March 2022 — but the symbolism was the point: Moscow closed a file Tokyo had hoped to keep open.

## September

On 16 September a Bastion battery on Iturup fired a live Onyx missile at a target in the Sea of Okhotsk, the first live launch from the island since the system arrived in 2016. Tokyo protested the same day.

## October and November

The Kremlin denied a Japanese magazine's report of secret contacts on the treaty. In Nemuro, some 550 people gathered to ask, again, for grave visits.

## What did not happen

No grave visits, for the sixth summer running. No free visits, no visa-free exchanges. No peace treaty talks. The 1956 Joint Declaration turns 70 next October; we will see whether anyone in either capital marks it.

Thank you for reading. Back on 10 January.
""",
},
]
