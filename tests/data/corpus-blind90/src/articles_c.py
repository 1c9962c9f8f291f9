# Articles, June 2026 - June 2027.

ARTICLES = [
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2026-06-09T05:30:00Z",
    rubric="Курилы", rubric_slug="kurily", tags=["ламинария", "торги", "Малая Курильская гряда", "Япония"],
    source="Источник: Сахалино-Курильское территориальное управление Росрыболовства",
    title="Росрыболовство выставило на торги три участка для добычи ламинарии у острова Сигнальный",
    summary="Участки общей площадью около 1,9 тыс. гектаров частично совпадают с районом, где японские рыбаки с 1981 года добывают ламинарию по ежегодной договорённости.",
    label="new_development", group="b90-g5",
    new_facts=["Russia's Sakhalin-Kuril fisheries directorate puts three kelp-harvesting plots (~1,900 ha, 20-year use) near Signalny/Kaigara island up for auction, overlapping the zone used by Japanese boats under the 1981 kelp agreement; bids until 10 Sept, auction 25 Sept."],
    must_mention=[["ламинари"], ["торг", "аукцион"]],
    note="First report (Russian) of the kelp-plot tender, three months after the directorate denied any such plan (b90-37).",
    body="""
Сахалино-Курильское территориальное управление Росрыболовства объявило аукцион на право заключения договоров пользования тремя рыбопромысловыми участками для добычи ламинарии у острова Сигнальный Малой Курильской гряды. Извещение размещено на официальном сайте торгов.

Общая площадь участков — около 1,9 тысячи гектаров, срок пользования — 20 лет. Заявки принимаются до 10 сентября, сам аукцион назначен на 25 сентября. Начальная цена каждого лота — от 2,4 до 3,1 млн рублей.

Как следует из приложенных схем, участки частично совпадают с районом, где японские рыбаки с 1981 года по ежегодной договорённости добывают ламинарию в летний сезон. Нынешний японский сезон открылся 1 июня и продлится до конца сентября.

«Это российские воды, и российские предприятия имеют полное право работать здесь. Договорённость с японской стороной заключается на один год и не ограничивает права Российской Федерации распоряжаться своими ресурсами», — пояснили в теруправлении.

В марте ведомство сообщало, что решений о выставлении на торги участков у Сигнального не принималось. Почему позиция изменилась, в теруправлении не уточнили.

По оценке специалистов, запасы ламинарии у Малой гряды позволяют вести промысел нескольким предприятиям. Японская сторона решение пока не комментировала.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2026-06-10T01:50:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="貝殻島周辺の昆布漁場、ロシアが自国企業向けに入札へ　日本の操業区域と重複",
    summary="ロシア漁業庁の地方局が、貝殻島周辺の3区域を昆布採取の漁区として入札にかけると公告した。日本の昆布漁の区域と一部重なっている。",
    label="new_development", group="b90-g5",
    new_facts=["ロシア漁業庁サハリン・クリル地方局が貝殻島周辺の3区域（計約1900ヘクタール）を昆布採取の漁区として自国企業向けに入札へ。日本の昆布漁の区域と一部重複。"],
    must_mention=[["昆布"], ["入札"]],
    note="Japanese report of the same tender.",
    body="""
6月1日に始まったばかりの貝殻島周辺の昆布漁に、思わぬ知らせが届いた。

ロシア連邦漁業庁のサハリン・クリル地方局は、貝殻島周辺の3区域、計約1900ヘクタールを昆布採取の漁区として、ロシア企業向けに入札にかけると公告した。利用期間は20年で、入札は9月25日に行う。公告に添付された図面によると、3区域は日本の漁船が昆布漁をしている区域と一部重なっている。

ロシア側は「ロシアの水域であり、ロシア企業には操業する権利がある。日本との取り決めは1年ごとのもので、ロシアの権利を制限しない」としている。同局は3月には、貝殻島周辺で入札を行う予定はないと説明していた。

北海道水産会の担当者は「寝耳に水だ。今季の操業は予定通り続けるが、来年以降どうなるのか」と困惑した様子。歯舞漁協の組合員は「ロシアの会社が同じ場所で採るようになれば、昆布漁そのものが続けられなくなるかもしれない」と不安を口にした。

水産庁と外務省は事実関係の確認を進めている。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="spraymark-wire", lang="en", published="2026-06-12T07:45:00Z",
    section="Asia-Pacific", readtime="3 min read",
    credit="Reporting by Spraymark Tokyo bureau; Editing by Lena Oakes",
    title="Japan protests Russian plan to auction kelp beds off Hokkaido islet",
    summary="Tokyo said a Russian tender for kelp-harvesting plots around Kaigara island was unacceptable and threatened a decades-old fishing arrangement.",
    label="new_development", group="b90-g5",
    new_facts=["Japan lodges a protest over Russia's tender of kelp plots around Kaigara/Signalny island."],
    must_mention=[["kelp"], ["auction", "tender"]],
    note="English report of the same tender, with Tokyo's protest (follow-up, same development).",
    body="""
TOKYO, June 12 (Spraymark) - Japan has protested to Russia over a plan to auction kelp-harvesting rights around a tiny islet off Hokkaido where Japanese fishermen have gathered kelp under a private arrangement since 1981, the government's top spokesman said on Friday.

Russia's regional fisheries authority this week put three plots totalling about 1,900 hectares around Kaigara island, which Russia calls Signalny, up for auction to Russian companies, with bidding set for Sept. 25. The plots partly overlap the zone used by about 150 Japanese boats each summer.

"This is unacceptable in light of Japan's legal position on the Northern Territories, and it could undermine an arrangement that has supported local fishermen for many years," the spokesman told a regular news conference. He said Japan had lodged a protest through diplomatic channels and asked Russia to withdraw the plan.

Kaigara lies less than 4 km off Cape Nosappu, Japan's easternmost point on Hokkaido, and is part of the Habomai group, one of the four island areas Russia has held since the end of World War Two.

Russia's fisheries directorate said this week that the waters were Russian and that the annual agreement with Japan did not limit Russia's rights. The Japanese kelp season, which opened on June 1, is continuing.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="trawlboard-en", lang="en", published="2026-07-21T06:00:00Z",
    section="Fleets", author="Aya Kitamura",
    title="Kaigara kelp fleet works as usual while Russian tender hangs over next year",
    summary="Nemuro's kelp boats are having a normal season around the Russian-held islet. The Russian auction of overlapping plots is still scheduled for late September.",
    label="restatement",
    note="Restates b90-g5 (tender announced, scheduled Sept 25) and the status quo of the kelp season. No new fact.",
    box="Nemuro kelp, first grade, dried: ¥3,050/kg (flat y/y). Season: June 1 - Sept 30.",
    body="""
Seven weeks into the summer kelp season, the boats working the waters around Kaigara island off Cape Nosappu are having what skippers describe as an ordinary year: decent growth, few weather days lost, and no trouble with Russian border guards.

The uncertainty lies further out. Russia's regional fisheries directorate announced in June that it would auction three kelp-harvesting plots around the islet to Russian companies, with bidding scheduled for Sept. 25. The plots partly overlap the Japanese zone, and Tokyo has protested.

No bidders had been disclosed as of this week, and Russian officials have not said whether the winning companies would be allowed to operate during the Japanese season. Officials at the Hokkaido Fisheries Association said they had received no further communication from the Russian side.

Prices for first-grade dried kelp from Nemuro are flat on the year at about ¥3,050 per kilogram. Buyers say quality is good but that drying capacity, not the harvest, is the bottleneck, as fewer families have the labour to run drying yards.

"This season we fish. Next season, we will see," one skipper said.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2026-09-15T04:15:00Z",
    section="The Sea", author="Ken Morioka", place="NEMURO",
    tags=["crab", "poaching", "Russia", "Nemuro"],
    comments=[("hanasaki_fan", "Finally. The sheds have been half empty for two years."),
              ("skeptic_jp", "Until the next time they suspend it.")],
    title="Russia to resume anti-poaching pact with Japan, reopening door to certified crab",
    summary="Moscow told Tokyo it will again verify catch certificates from Oct. 1, ending a suspension that has lasted since July 2024.",
    label="status_change", group="b90-g6",
    new_facts=["Russia notifies Japan it will resume implementing the 2012 anti-poaching agreement from Oct 1, 2026, ending the suspension in force since July 1, 2024; catch-certificate verification for crab resumes."],
    must_mention=[["poach", "illegal fishing"], ["resum"]],
    note="First report (English). Status change: suspended since July 2024 (b90-g1) -> resumed from Oct 1. Scene-setting lead.",
    body="""
For two years the back rows of the Hanasaki cold stores have held more pallets of Canadian snow crab than Russian king crab. Traders there may soon be rearranging the shelves.

Russia has informed Japan that it will resume implementing a 2012 bilateral agreement against poaching and illegal seafood trade from Oct. 1, the Fisheries Agency said on Monday. The agreement had been suspended by Moscow since July 1, 2024.

Under the pact, Russian authorities confirm the authenticity of catch certificates for crab and other seafood exported to Japan, and Japanese customs refuse cargoes without verified documents. Since the suspension, imports of Russian crab have fallen steeply, leaving Nemuro processors short of raw material.

The agency said the Russian side had conveyed the decision in a diplomatic note and that working-level contacts to restart the exchange of data would begin this month. The note did not give a reason for the decision, an official said.

"We welcome this, of course, but we will believe it when the first verified cargo clears customs," said the head of a Nemuro importing firm.

Moscow suspended the agreement in 2024, accusing Tokyo of seeking Russian cooperation while maintaining sanctions over the war in Ukraine. Relations remain strained: Russia has refused peace treaty talks since 2022.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2026-09-16T00:30:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="密漁・密輸防止協定、ロシアが履行再開へ　10月1日から　約2年3カ月ぶり",
    summary="ロシアが日ロ密漁・密輸防止協定の履行を10月1日から再開すると日本側に通告した。カニの漁獲証明の照会が再びできるようになる。",
    label="status_change", group="b90-g6",
    new_facts=["ロシアが密漁・密輸防止協定の履行を10月1日から再開すると通告（2024年7月から停止）。"],
    must_mention=[["密漁", "密輸"], ["再開"]],
    note="Japanese report of the same resumption.",
    body="""
水産庁は14日、ロシアが日ロの密漁・密輸防止協定の履行を10月1日から再開すると日本側に通告してきたと発表した。ロシアは2024年7月1日から履行を停止しており、約2年3カ月ぶりの再開となる。

同協定は、ロシア産のカニなどを輸入する際に、ロシア側が発行した漁獲証明書の真偽を両国が照会する仕組み。停止後は照会ができず、ロシア産カニの輸入が大きく落ち込んでいた。

水産庁によると、ロシア側は口上書で再開を伝えてきたが、理由には触れていない。照会の実務を再開するための担当者間の協議を今月中に始める。

花咲港でロシア産カニを扱う輸入業者の男性（60）は「2年間、カナダ産やノルウェー産でしのいできた。年末の商戦に間に合えばありがたい」と話した。根室市は「地元の水産加工業にとって明るい知らせ。円滑に手続きが進むよう国に求めたい」としている。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2026-09-16T06:40:00Z",
    rubric="Власть", rubric_slug="vlast", tags=["Япония", "краб", "браконьерство"],
    title="Россия возобновит выполнение соглашения с Японией о противодействии браконьерству",
    summary="С 1 октября российская сторона вновь будет подтверждать японским таможенникам сертификаты на краба и другие водные биоресурсы.",
    label="status_change", group="b90-g6",
    new_facts=["Russia resumes implementing the 2012 agreement with Japan on preventing illegal fishing from 1 October 2026, after suspension since July 2024."],
    must_mention=[["браконьер", "незаконн"], ["возобнов"]],
    note="Russian report of the same resumption.",
    body="""
Россия с 1 октября возобновляет выполнение соглашения с Японией о сотрудничестве в области предотвращения незаконного промысла живых морских ресурсов. В Росрыболовстве «Нересту» подтвердили, что японская сторона уведомлена об этом нотой.

Выполнение соглашения было приостановлено с 1 июля 2024 года «до особого уведомления». Всё это время российские органы не подтверждали по запросам Японии подлинность сертификатов на краба и другую продукцию, а поставки российского краба на Хоккайдо резко сократились.

В агентстве пояснили, что решение принято «с учётом интересов российских экспортёров» и после того, как японская сторона подтвердила готовность в полном объёме выполнять обязательства по обмену информацией. Технические консультации о восстановлении обмена данными пройдут в ближайшие недели.

Соглашение было подписано во Владивостоке в 2012 году и вступило в силу в декабре 2014-го. Оно обязывает стороны обмениваться данными об уловах и экспортных партиях, а японскую сторону — не допускать ввоза продукции без подтверждённого российского сертификата.

Представители крабодобывающих компаний Сахалина и Курил решение приветствовали: японский рынок остаётся для них одним из ключевых, а обходные маршруты поставок обходились дороже.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="capelin-digest", lang="en", published="2026-10-19T10:00:00Z",
    section="Columns", author="Column by Yuri Tanabe",
    title="Seventy years after the Joint Declaration, the sea remembers it better than the diplomats",
    summary="On Oct. 19, 1956, Moscow and Tokyo ended the state of war. The islands clause is still the only text both sides have ever signed.",
    label="restatement",
    note="Anniversary column (1956 Joint Declaration, 70 years); old dates only (1956, 1960, 2001, 2018, 2022). No new fact.",
    body="""
Seventy years ago today, on Oct. 19, 1956, the Soviet Union and Japan signed a joint declaration in Moscow that ended the state of war between them and restored diplomatic relations. It is a short document. Its ninth article says the Soviet Union agrees to hand over the Habomai islets and Shikotan to Japan after a peace treaty is concluded.

No peace treaty followed. In 1960, after Japan renewed its security treaty with the United States, Moscow added conditions. The declaration went into a drawer, was pulled out again in Irkutsk in 2001, and came back once more in Singapore in 2018, when the two leaders agreed to accelerate negotiations on its basis.

Then came 2022. Russia's foreign ministry announced in March that year that it would not continue peace treaty talks with a country that had imposed sanctions on it, and ended the visa-free exchanges. In February 2024 a deputy foreign minister called resuming the dialogue "categorically impossible". Nothing since has changed that.

What strikes me on this anniversary is how much of the relationship now lives at sea level. The kelp boats at Kaigara, the crab certificates at Hanasaki, the annual haggling over quotas: these small arrangements come and go with the weather of politics, but they are where the two countries still actually deal with each other.

The declaration promised two of the islands. The sea around them has given, year by year, something smaller and more durable: the habit of talking.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2026-11-10T09:15:00Z",
    rubric="Порты и флот", rubric_slug="porty", tags=["Норвегия", "Шпицберген", "траулер"],
    title="Береговая охрана Норвегии задержала российский траулер у Шпицбергена",
    summary="Судно «Мурманец-7» отконвоировано в Тромсё; норвежская сторона утверждает, что экипаж нарушил правила учёта улова.",
    label="off_topic",
    note="Look-alike: a boat seized in another maritime dispute (Svalbard).",
    body="""
Береговая охрана Норвегии задержала в районе архипелага Шпицберген российский траулер «Мурманец-7». Судно отконвоировано в Тромсё, сообщили в компании-судовладельце.

По данным норвежской стороны, экипаж нарушил правила учёта улова трески в рыбоохранной зоне вокруг архипелага. В компании с обвинениями не согласны и заявляют, что промысел вёлся в полном соответствии с российскими правилами и выданными разрешениями.

Россия не признаёт установленную Норвегией в одностороннем порядке рыбоохранную зону вокруг Шпицбергена и считает, что в этом районе должны действовать положения Парижского договора 1920 года. Посольство России в Осло направило норвежской стороне запрос о ситуации с экипажем.

По данным судовладельца, на борту траулера находятся 47 членов экипажа, все здоровы. Компания наняла норвежских юристов и рассчитывает, что судно отпустят после внесения залога.

В Ассоциации добытчиков минтая и других отраслевых объединениях напомнили, что российские суда ежегодно добывают в районе архипелага значительную часть квоты трески и пикши в Баренцевом море, и призвали МИД добиваться недискриминационного отношения к российскому флоту.

Инциденты с задержанием российских судов у Шпицбергена происходят периодически, в большинстве случаев дело заканчивается штрафом для капитана.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="yuzhnye-vorota-ru", lang="ru", published="2026-12-28T23:00:00Z",
    rubric="Итоги года", author="Редакция", views=1530,
    title="Уходящий год: чем запомнился 2026-й Южно-Курильскому округу",
    summary="Погода, путина, паром и японские рыбаки — редакция вспоминает главное за год.",
    label="restatement",
    note="Year-end digest; restates known items (b90-g5 tender announced in June, b90-g6 resumption, kelp season as usual). No new fact.",
    body="""
Традиционно в последние дни декабря вспоминаем, каким был год для нашего округа.

## Погода

Зима-2026 выдалась снежной, в феврале на несколько дней закрывался аэропорт. Зато лето порадовало: в июле было больше солнечных дней, чем за последние пять лет.

## Путина

Лососевая путина на Кунашире прошла ровно, рыбокомбинаты отработали без простоев. Паром «Игорь Фархутдинов» ходил по графику, задержки были только из-за штормов.

## Японские рыбаки

Летом японцы, как и последние сорок с лишним лет, добывали ламинарию у острова Сигнальный, сезон прошёл спокойно. В июне теруправление Росрыболовства объявило аукцион на участки для добычи ламинарии у Сигнального, Токио выразил протест. А с 1 октября Россия вновь начала выполнять соглашение с Японией о борьбе с браконьерством, приостановленное в 2024 году.

## Люди

Наши школьники снова привезли призы с областной олимпиады по географии, а ветерану рыбной отрасли Анатолию Сергеевичу Бойко исполнилось 90 лет. Поздравляем!

## Праздники

День рыбака в июле собрал на набережной Южно-Курильска рекордное число гостей: были соревнования по перетягиванию каната, уха на всех и концерт местных коллективов.

С наступающим Новым годом, дорогие читатели!
"""),
# ---------------------------------------------------------------------------
dict(
    feed="trawlboard-en", lang="en", published="2027-01-19T06:45:00Z",
    section="Markets", author="Trawlboard staff",
    title="Hokkaido scallop shippers lean on Vietnam and the US as China orders stay patchy",
    summary="Exporters say shell-on scallop volumes to Vietnamese processors rose again in 2026 while direct sales to China remain limited.",
    label="off_topic",
    note="Seafood trade news; no islands or Russia-Japan content.",
    box="Hokkaido frozen scallop adductor (3S), export FOB: ¥3,400/kg. Shell-on boiled, to Vietnam: ¥620/kg.",
    body="""
Hokkaido scallop exporters relied on Vietnamese processing plants and U.S. buyers for most of their growth last year, shipping data show, as direct orders from mainland China remained uneven.

Shell-on scallops sent to Vietnam for shucking and re-export rose by about a fifth by volume in 2026, according to figures compiled by exporters in Okhotsk ports. Frozen adductor muscle shipments to the United States also grew, helped by a weak yen.

"We built new routes out of necessity. Now they are simply the routes," said an official at a Monbetsu-based exporter.

Processing labour remains tight in Hokkaido itself. Several shucking plants in Tokoro and Sarufutsu have added automated lines, but exporters say the cost advantage of Vietnamese plants will keep much of the work overseas for now.

Producers say the bigger worry for 2027 is biological: high water temperatures in 2025 and 2026 raised mortality in hanging culture in Funka Bay, and seabed-sown stocks on the Okhotsk coast are being watched closely.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="spraymark-wire", lang="en", published="2027-02-16T08:20:00Z",
    section="Commodities", readtime="2 min read",
    credit="Reporting by Spraymark Tokyo bureau; Editing by Tom Ashby",
    title="Hokkaido fisheries body to seek multi-year kelp deal with Russia, expects tough talks",
    summary="The Hokkaido Fisheries Association hopes to replace the annual Kaigara kelp agreement with a multi-year one, but officials said Russia has shown no sign of agreeing.",
    label="restatement",
    note="Prospect and wish ahead of annual talks; nothing agreed. Hard negative preceding b90-g7 (the multi-year deal).",
    body="""
TOKYO, Feb 16 (Spraymark) - The Hokkaido Fisheries Association will ask Russia this spring to replace the annual agreement that lets Japanese boats harvest kelp around a Russian-held islet with a multi-year deal, officials said on Tuesday, while warning that the talks would be difficult.

The association negotiates each year with the Russian side on fees, boat numbers and the season for the harvest around Kaigara island, known in Russia as Signalny, off Cape Nosappu in eastern Hokkaido. The arrangement dates back to 1981 and has always been agreed one year at a time.

"Our members need to be able to plan. We will propose a multi-year framework, but we have no indication that the Russian side is ready for it," an association official said. Talks are expected to begin in March.

A Russian fisheries official quoted by Russian media last year said the annual format had "proved itself".

Russia's auction of kelp plots around the islet, announced last June, has added to the uncertainty. Tokyo protested against the plan.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="michishio-ja", lang="ja", published="2027-03-09T02:30:00Z",
    section="海と漁業",
    ranking=["羅臼のスケトウダラ漁、流氷明けに本格化", "中標津で春の交通安全運動", "根室の高校で卒業式"],
    title="羅臼のスケトウダラ漁、流氷明けで本格化　水揚げは前年並み",
    summary="流氷が沖に離れた羅臼で、スケトウダラ刺し網漁が本格化した。水揚げは前年並みで、浜値はやや高めに推移している。",
    label="off_topic",
    note="Seafood/season item (Rausu pollock); no dispute content.",
    body="""
流氷が沖へ離れた羅臼漁港で、スケトウダラの刺し網漁が本格化している。8日は約20隻が出漁し、港には朝から銀色の魚体が次々と水揚げされた。

羅臼漁協によると、今季の水揚げは8日までで約1200トンと前年同期並み。卵を抱えたメスが多く、浜値はキロ当たり200円前後と前年をやや上回っている。

今冬は流氷の接岸が例年より長く、2月中旬まで出漁できない日が続いた。ベテラン漁師の男性（67）は「遅れた分を取り戻したい。魚はいるので、あとは天気次第」と話した。

羅臼のスケトウダラ漁は最盛期の1990年代前半には年間10万トンを超えたが、近年は資源の減少で1万トンを下回る年が続いている。漁協は資源回復のため、網の目合いを広げるなどの自主規制に取り組んでいる。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2027-04-20T03:00:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="貝殻島昆布、初の3年協定で妥結　2029年まで　ロシア側「入札区域は貸し出さず」",
    summary="貝殻島周辺の昆布漁を巡る北海道水産会とロシア側の交渉が妥結し、1981年の再開以来初めて3年間の協定が結ばれた。",
    label="new_development", group="b90-g7",
    new_facts=["貝殻島昆布漁の協定が初めて3年間（2027〜29年）で妥結。採取料は年額固定、ロシア側は昨年入札にかけた区域を協定期間中は貸し出さないと約束。"],
    must_mention=[["昆布"], ["3年", "三年"]],
    note="First report (Japanese). First multi-year kelp agreement; also settles the tender overlap of b90-g5.",
    body="""
北海道水産会は19日、貝殻島周辺での昆布漁を巡るロシア側との交渉が妥結し、2027年から29年までの3年間の協定に署名したと発表した。1981年に民間協定で昆布漁が再開されて以来、協定は毎年結ばれてきたが、複数年の協定は初めて。

協定によると、操業期間は毎年6月1日から9月30日まで。出漁隻数は今年と同じ規模とし、採取料は3年間、年額を据え置く。毎年の交渉が不要になるため、漁業者は来年以降も同じ条件で操業できる。

ロシア側は、昨年入札にかけた貝殻島周辺の3区域について「現在も貸し出されておらず、協定の期間中は貸し出さない」と約束した。入札区域が日本の操業区域と重なっていたことから、地元では昆布漁の継続を危ぶむ声が出ていた。

同会の担当者は「毎年春に気をもむ必要がなくなった。漁業者が先の計画を立てられることが何より大きい」と話した。歯舞漁協の小田島誠一組合長は「3年あれば、若い人に船を任せる準備もできる」と喜んだ。

今季の昆布漁は6月1日に始まる。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2027-04-21T07:30:00Z",
    section="The Sea", author="Ken Morioka", place="NEMURO",
    tags=["kelp", "Habomai", "Russia"],
    title="Nemuro kelp fishers win first three-year deal with Russia",
    summary="The Kaigara kelp agreement, renewed one year at a time since 1981, now runs to 2029. Russia also pledged not to lease the plots it put up for auction last year.",
    label="new_development", group="b90-g7",
    new_facts=["First multi-year (three-year, 2027-2029) Kaigara kelp agreement signed; Russia pledges not to lease the auctioned plots while it runs."],
    must_mention=[["kelp"], ["three-year", "three years", "multi-year", "2029"]],
    note="English report of the same agreement.",
    body="""
For the first time since 1981, the fishermen of Cape Nosappu will not have to wait each spring to learn whether they can harvest kelp around Kaigara island.

The Hokkaido Fisheries Association said on Monday it had signed a three-year agreement with the Russian side covering the 2027, 2028 and 2029 seasons, replacing the one-year deals that have governed the harvest for more than four decades. The fee will stay fixed for all three years and boat numbers will remain at this year's level.

The Russian side also pledged that three plots around the islet it had offered to Russian companies at auction last year, which overlapped the Japanese harvesting zone, had not been leased and would not be leased while the agreement was in force, the association said.

"Three years sounds small. In Nemuro, it is enormous," said one skipper, who has worked the Kaigara grounds since the 1980s.

Kaigara, called Signalny in Russia, lies less than 4 km off Hokkaido and is part of the Habomai group claimed by Japan. Russia has refused peace treaty talks with Tokyo since 2022, but the kelp harvest, a private arrangement, has continued every year.

The season opens on June 1.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2027-04-22T04:20:00Z",
    rubric="Курилы", rubric_slug="kurily", tags=["ламинария", "Япония", "Малая Курильская гряда"],
    title="Японские рыбаки получили право добывать ламинарию у Сигнального сразу на три года",
    summary="Впервые с 1981 года договорённость о японском промысле ламинарии у острова Сигнальный заключена не на один сезон, а на 2027–2029 годы.",
    label="new_development", group="b90-g7",
    new_facts=["The agreement on Japanese kelp harvesting near Signalny is concluded for three years (2027-2029) for the first time."],
    must_mention=[["ламинари"], ["три года", "трёхлет", "2029"]],
    note="Russian report of the same agreement.",
    body="""
Договорённость о промысле ламинарии японскими рыбаками у острова Сигнальный Малой Курильской гряды впервые заключена сразу на три года — на сезоны 2027–2029 годов. Об этом сообщила японская сторона, в российском отраслевом ведомстве информацию подтвердили.

До сих пор условия промысла согласовывались ежегодно, начиная с 1981 года. Плата за добычу на весь срок остаётся неизменной, количество японских судов — на уровне нынешнего года. Сезон продлится, как и прежде, с 1 июня по 30 сентября.

По данным японской стороны, российские представители также подтвердили, что три участка у Сигнального, выставленные на торги в прошлом году, никому не переданы и в период действия договорённости передаваться не будут.

Японская ассоциация рыбного хозяйства Хоккайдо добивалась многолетнего формата давно: рыбаки жаловались, что ежегодные переговоры каждую весну ставят под вопрос планы семей и предприятий на сезон.

Летом прошлого года Сахалино-Курильское теруправление Росрыболовства объявило торги на три участка для добычи ламинарии у Сигнального, частично совпадающие с районом японского промысла. Токио тогда выразил протест.

«Трёхлетний формат даёт предсказуемость обеим сторонам и снимает вопросы на ближайшие сезоны», — прокомментировал собеседник «Нереста» в отрасли.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="michishio-ja", lang="ja", published="2027-06-01T02:15:00Z",
    section="海と漁業",
    ranking=["貝殻島周辺の昆布漁が解禁", "根室で初夏の花まつり", "JR花咲線の臨時ダイヤ"],
    title="貝殻島周辺の昆布漁が解禁　3年協定の1年目　納沙布の浜に活気",
    summary="貝殻島周辺での昆布漁が1日解禁され、歯舞漁協の船が一斉に出漁した。今年から3年協定に基づく操業となる。",
    label="neutral",
    note="Season opening under the already reported three-year deal (b90-g7). Borderline (an expected event), unscored.",
    body="""
貝殻島周辺の昆布漁が1日解禁され、歯舞漁協の漁船が早朝、納沙布岬周辺の港から一斉に出漁した。今年から、4月に結ばれた3年間の協定に基づく操業となる。

午前4時すぎ、濃い霧の中を小型船が次々と貝殻島の方向へ向かった。昼前には昆布を山積みにした船が戻り、浜の干場では家族らが手際よく昆布を並べた。

同漁協によると、今年の昆布は冬の水温が安定していたため育ちがよく、品質も期待できるという。操業は9月30日まで。

一方で、干場の担い手不足は年々深刻になっている。同漁協では、家族だけで干し作業を続けられない世帯が増えており、今年は町外からの短期アルバイトを受け入れる世帯もあるという。

漁師の男性（45）は「毎年の交渉を待たなくていいのは気持ちが楽。今年は息子を乗せて漁を教えたい」と笑顔を見せた。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="capelin-digest", lang="en", published="2027-06-15T10:00:00Z",
    section="The Week", author="The editors",
    title="North Pacific Week: kelp on the drying yards, and a hope among former islanders",
    summary="Kelp boats are out around Kaigara under the new three-year deal. Former islanders hope the same spirit might reach the graves on the islands. Nobody in Moscow has said so.",
    label="restatement",
    note="Wish/hope of former islanders; nothing changes for grave visits or talks. Restates b90-g7.",
    body="""
Good evening. One theme this week, and a hopeful one, with caveats.

## Kelp

The boats have been out around Kaigara island since June 1, the first season under the three-year agreement signed in April. Early reports from Nosappu speak of good growth and calm seas.

## A hope, not a plan

At a meeting in Nemuro last week, members of the league of former residents of the islands said they hoped the kelp deal showed that "practical arrangements are still possible" and that grave visits to the islands might follow. "If boats can go to Kaigara for three years, why can our members not go to their parents' graves once?" one speaker asked.

We asked around. Japanese officials said they continue to request the resumption of grave visits through diplomatic channels, as they have since 2022. Russian officials have said nothing on the subject, and Moscow's position that peace treaty talks are impossible while sanctions remain has not changed.

The average age of the former islanders is now close to 90. Their hope is understandable. It is not, for now, a plan.

## Housekeeping

The letter takes its summer break after the next issue and returns in mid-August.
"""),
]
