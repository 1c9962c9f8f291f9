"""b74 articles, January - December 2025 (ids b74-01 .. b74-29)."""

ARTICLES = [
# --------------------------------------------------------------------------- 01
dict(
    id="b74-01", feed="wharfside-wire", lang="en", published="2025-01-21T09:40:00Z",
    section="World",
    title="Zakharova: Russia sees no basis for peace treaty talks while Japan keeps sanctions",
    summary="Foreign Ministry spokeswoman says Tokyo's 'unfriendly course' rules out any return to negotiations on a peace treaty.",
    label="restatement",
    note="Restates seeds 000/001/004: Russia said in March 2022 it would not continue peace treaty talks because of sanctions; Rudenko (Feb 2024) called resumption 'categorically impossible'; sovereignty 'cannot be called into question'. New speaker, same position.",
    body="""
MOSCOW, Jan 21 (Wharfside) - Russia sees no basis for resuming negotiations with Japan on a peace treaty as long as Tokyo keeps its sanctions in place, Foreign Ministry spokeswoman Maria Zakharova said on Tuesday.

"Japan has chosen a course that is openly hostile to our country. Under such conditions there can be no question of negotiating a fundamental document on good-neighbourly relations," Zakharova told her weekly briefing, answering a question from a Japanese correspondent.

She said responsibility for the state of relations "lies entirely with Tokyo", repeating language the ministry has used since March 2022, when Moscow said it would not continue the talks, pulled out of a dialogue on joint economic activity on the southern Kurils and ended visa-free trips by Japanese citizens to the islands.

Zakharova also repeated that Russia's sovereignty over the islands, which Japan calls its Northern Territories, is "enshrined in international legal documents and is not subject to discussion".

Asked whether Moscow had received any proposals from the Japanese side, she said the ministry had "seen no change" in Tokyo's policy, adding that "ephemeral signals" would not be enough - an expression Deputy Foreign Minister Andrei Rudenko used a year ago.

Japan's Foreign Ministry did not immediately comment. Tokyo has said it remains committed to resolving the territorial issue and concluding a peace treaty, while acknowledging that relations are in a difficult state because of the war in Ukraine.

The two countries never signed a peace treaty after World War Two. Soviet forces seized Iturup, Kunashir, Shikotan and the Habomai islets in the closing days of the war, and the dispute over the islands has blocked a settlement ever since.

(Reporting by the Moscow bureau; Editing by Clare Hollis)
"""),
# --------------------------------------------------------------------------- 02
dict(
    id="b74-02", feed="kokumin-nippo", lang="ja", published="2025-02-07T06:30:00Z",
    section="政治", section_slug="politics",
    title="北方領土返還要求全国大会　石破首相「方針を堅持し粘り強く」",
    summary="「北方領土の日」の7日、東京都内で北方領土返還要求全国大会が開かれ、石破茂首相は領土問題を解決して平和条約を締結するとの方針を堅持すると述べた。",
    label="restatement",
    note="Occasion piece (Northern Territories Day). PM restates the known Japanese position (seed 002: Kishida 'remains steadfast' on a peace treaty) and the known suspension (seed 001). Average age of former islanders is background, not a development.",
    body="""
「北方領土の日」の7日、元島民や関係団体などでつくる実行委員会主催の北方領土返還要求全国大会が東京都千代田区で開かれ、約600人が参加した。

石破茂首相はあいさつで「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持する」と述べ、交渉の再開に向けて「粘り強く取り組んでいく」と強調した。

首相は、ロシアのウクライナ侵攻後に途絶えている北方墓参などの事業について「元島民の皆さまが高齢となる中、墓参の再開は日ロ間の諸懸案の中でも最優先事項の一つだ」と語り、ロシア側に引き続き働きかける考えを示した。

元島民の平均年齢は88歳を超えた。大会では元島民の代表が「ふるさとの土を踏めないまま亡くなる仲間が後を絶たない。一日も早く交流を再開してほしい」と訴えた。大会は「北方四島の早期返還を実現し、平和条約を締結するよう強く求める」とするアピールを採択した。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉を継続しないと表明。ビザなし交流と自由訪問の停止、共同経済活動に関する対話からの離脱も一方的に発表した。ロシアのルデンコ外務次官は昨年2月、交渉の再開は「断じて不可能だ」と述べている。
"""),
# --------------------------------------------------------------------------- 03
dict(
    id="b74-03", feed="rakko-courier", lang="en", published="2025-02-07T11:15:00Z",
    section="Islands", byline="Mika Sorensen",
    title="Nemuro rally marks Northern Territories Day as former islanders' numbers dwindle",
    summary="About 400 people gathered in Nemuro on Friday to call for the return of the four islands; organisers say fewer than 5,000 former residents are still alive.",
    label="restatement",
    note="Annual occasion piece; restates known facts (seed 001/003: Russia ended visa-free trips in 2022; Japan claims the four islands). No new move.",
    body="""
NEMURO - Under a grey sky and light snow, about 400 people filled the city's general gymnasium on Friday for the annual Northern Territories Day rally, the 45th since the government designated Feb. 7 as a day to call for the return of the islands.

The mood was sombre rather than defiant. Of the roughly 17,000 Japanese who lived on Etorofu, Kunashiri, Shikotan and the Habomai islets in 1945, fewer than 5,000 are still alive, according to the residents' league, and their average age has passed 88.

"When I was a girl I could see Nemuro from our house on Shikotan. Now I can see Shikotan from Nemuro, and that is as close as I am allowed to get," said Sachiko Endo, 88, who was 8 when her family fled by boat.

The rally adopted a resolution urging the government to "redouble diplomatic efforts" for the return of the four islands and to press Moscow to allow grave visits to resume. Nemuro's mayor told the audience the city would "keep the light on" for the exchanges that used to bring Russian islanders to Nemuro and Japanese visitors to the islands.

Those exchanges have been frozen since Russia scrapped the visa-free travel arrangements in March 2022, citing Japan's sanctions over the war in Ukraine. Moscow also said it would not continue peace treaty negotiations.

A parallel national rally in Tokyo heard Prime Minister Shigeru Ishiba say Japan would keep its policy of resolving the territorial issue and concluding a peace treaty.

For many in the gymnasium, the calendar matters more than the diplomacy. "Every year there are more empty chairs," said one organiser, counting out programmes for a row that had been reserved for first-generation islanders.
"""),
# --------------------------------------------------------------------------- 04
dict(
    id="b74-04", feed="chaika-ru", lang="ru", published="2025-02-26T06:20:00Z",
    section="Власть", byline="Ольга Пак",
    title="Лимаренко в послании депутатам: «Курилы были и будут российскими»",
    summary="Губернатор Сахалинской области выступил с ежегодным посланием, в котором назвал вопрос о принадлежности Курил закрытым.",
    label="restatement",
    note="Annual address; the governor restates the seed position that Russia's sovereignty over the islands cannot be questioned (seed 000/001). Programmes mentioned are existing ones; no new decision.",
    body="""
Губернатор Сахалинской области Валерий Лимаренко во вторник выступил в областной думе с ежегодным посланием. Большая часть выступления была посвящена газификации, расселению аварийного жилья и строительству школ, однако отдельный раздел губернатор отвёл Курилам.

«Курилы были, есть и будут российской землёй. Этот вопрос закрыт, и обсуждать его мы ни с кем не собираемся», — заявил Лимаренко. Зал ответил аплодисментами.

Губернатор напомнил, что в 2022 году Япония сама выбрала путь санкций, после чего российская сторона отказалась от продолжения диалога о совместной хозяйственной деятельности на островах и от безвизовых поездок. «Мы развиваем острова сами, своими силами и с теми партнёрами, которые уважают наш суверенитет», — сказал он.

По словам главы региона, в текущем году на Курилах продолжится строительство жилья для переселенцев, ремонт дорог и причалов в рамках действующей госпрограммы. Новых проектов губернатор не объявлял.

Отдельно Лимаренко остановился на демографии: население трёх курильских округов, по его словам, стабилизировалось, а очередь на служебное жильё для учителей и врачей за год сократилась.

Депутаты приняли послание к сведению. Следующее заседание областной думы запланировано на март.
"""),
# --------------------------------------------------------------------------- 05
dict(
    id="b74-05", feed="coldspring-en", lang="en", published="2025-03-19T08:00:00Z",
    section="Asia & Pacific", byline="Daniel Okafor",
    title="Japan protests South Korean maritime survey near Takeshima islets",
    summary="Tokyo lodged a protest after a South Korean research vessel was spotted inside the waters Japan claims around the islets Seoul calls Dokdo.",
    label="off_topic",
    note="Look-alike: another island dispute (Takeshima/Dokdo). Mentions the Russia dispute only in passing.",
    body="""
Japan has lodged a protest with South Korea after a South Korean government research vessel was spotted carrying out what appeared to be an oceanographic survey in waters around the Takeshima islets, which Seoul controls and calls Dokdo.

Japan's Coast Guard said a patrol vessel observed the ship, the Haeyang 2000, lowering equipment into the water about 20 kilometres off the rocky outcrops on Tuesday morning. The Foreign Ministry said it had told the South Korean embassy in Tokyo that any survey in the area without Japan's consent was "unacceptable".

Seoul rejected the protest. A spokesman for South Korea's foreign ministry said Dokdo was "clearly South Korean territory historically, geographically and under international law", and that research in the surrounding waters was a routine matter.

The exchange is the latest in a long-running dispute that flares up several times a year, usually around school textbook approvals, defence white papers and Shimane prefecture's annual "Takeshima Day" in February.

Relations between the two neighbours have otherwise improved markedly since 2023, with regular summits and a revived shuttle diplomacy. Officials on both sides have tended to keep the islets issue in a separate box.

Japan is also at odds with China over the Senkaku Islands in the East China Sea, and with Russia over four islands off Hokkaido. Those disputes, unlike Takeshima, involve frequent incursions by government vessels.
"""),
# --------------------------------------------------------------------------- 06
dict(
    id="b74-06", feed="seifu-koho", lang="ja", published="2025-04-08T03:10:00Z",
    section="白書・報告書", section_slug="hakusho", source="外務省",
    title="令和7年版外交青書（要旨）　第2章　地域別に見た外交　ロシア",
    summary="岩屋外務大臣は本日の閣議に令和7年版外交青書を報告した。ロシアとの関係に関する記述の要旨を掲載する。",
    label="restatement",
    note="Annual report restating the known Japanese position and the known 2022 Russian measures (seed 001: Japan protested; Russia ended visa-free trips and the joint economic dialogue). No new policy.",
    body="""
岩屋外務大臣は、本日の閣議に令和7年版外交青書を報告しました。このうち、ロシアとの関係に関する記述の要旨は以下のとおりです。

## 日ロ関係

ロシアによるウクライナ侵略は国際秩序の根幹を揺るがす暴挙であり、日本は国際社会と連携して、厳しい対ロ制裁を実施している。こうした状況の下、日ロ関係は引き続き厳しい状況にあるが、日本は、北方領土問題を解決して平和条約を締結するとの方針を堅持している。

北方四島は日本が主権を有する島々であり、日本固有の領土である。

## 平和条約締結問題

ロシア側は2022年3月、日本の対ロ措置を理由として、平和条約締結問題を含む交渉を継続する意図はない旨、四島交流等事業を停止する旨、及び北方四島における共同経済活動に関する対話から離脱する旨を一方的に発表した。日本は、こうしたロシア側の対応は極めて不当であり、断じて受け入れられないとして、強く抗議した。

## 人道的事業

元島民の方々の高齢化が進む中、北方墓参を始めとする四島交流等事業の再開は、今後の日ロ関係の中でも最優先事項の一つである。政府として、ロシア側に対し、事業の再開を引き続き強く求めていく。

## 北方四島における軍事活動

ロシアは北方四島を含む極東地域で軍事活動を活発化させている。北方四島におけるロシア軍の活動は、わが国の立場と相いれず、受け入れられないものであり、外交ルートを通じて抗議を行っている。
"""),
# --------------------------------------------------------------------------- 07
dict(
    id="b74-07", feed="nakat-ru", lang="ru", published="2025-04-15T05:30:00Z",
    tags=["Курилы", "Тихоокеанский флот", "Армия"],
    title="В проливе Екатерины развернута система подводного наблюдения «Гармония»",
    summary="Тихоокеанский флот завершил установку донных гидроакустических станций между Кунаширом и Итурупом и поставил систему на опытно-боевое дежурство.",
    label="new_development", group="b74-g1",
    new_facts=["Russia's Pacific Fleet installed the 'Harmony' seabed hydroacoustic surveillance system in the Ekaterina Strait between Kunashir and Iturup and put it on trial combat duty"],
    must_mention=[["гармони", "гидроакустическ", "подводного наблюдения"], ["пролив", "кунашир", "итуруп"]],
    note="First report (Russian) of a new military deployment not in the seeds.",
    body="""
ВЛАДИВОСТОК, 15 апреля. /ИА «Накат»/. Тихоокеанский флот завершил развертывание в проливе Екатерины, разделяющем острова Кунашир и Итуруп, стационарной системы освещения подводной обстановки «Гармония». Об этом во вторник сообщила пресс-служба Восточного военного округа.

«Донные гидроакустические станции установлены экипажами гидрографических судов и судов обеспечения флота. Система заступила на опытно-боевое дежурство и обеспечивает круглосуточный контроль подводной и надводной обстановки в проливе», — говорится в сообщении.

Как уточнили в пресс-службе, данные станций по кабельной линии передаются на береговой пункт управления на Кунашире, а оттуда — в штаб объединённого командования на Камчатке. Работы велись с осени прошлого года, испытания завершились в марте.

Системы типа «Гармония» предназначены для обнаружения подводных лодок, надводных кораблей и подводных аппаратов. Ранее подобные станции устанавливались в Арктике.

Пролив Екатерины — один из основных глубоководных выходов из Охотского моря в Тихий океан. Военные эксперты указывают, что через курильские проливы проходят маршруты кораблей и подводных лодок Тихоокеанского флота, базирующихся на Камчатке и в Приморье.

На южных Курилах дислоцируется 18-я пулемётно-артиллерийская дивизия, с 2016 года на Итурупе и Кунашире развернуты береговые ракетные комплексы «Бал» и «Бастион».

Япония претендует на острова Итуруп, Кунашир, Шикотан и группу необитаемых островов Малой Курильской гряды, ссылаясь на двусторонний трактат о торговле и границах 1855 года. МИД России неоднократно заявлял, что суверенитет России над островами закреплён в международно-правовых документах и не может подвергаться сомнению.
"""),
# --------------------------------------------------------------------------- 08
dict(
    id="b74-08", feed="wharfside-wire", lang="en", published="2025-04-15T10:05:00Z",
    section="Asia",
    title="Russia deploys seabed sonar network in strait between Kunashir and Iturup",
    summary="Pacific Fleet says the 'Harmony' hydroacoustic system is on trial combat duty in a strait Japan regards as part of its Northern Territories.",
    label="new_development", group="b74-g1",
    new_facts=["Russia deployed the 'Harmony' seabed sonar/underwater surveillance system in the strait between Kunashir and Iturup"],
    must_mention=[["sonar", "hydroacoustic", "underwater surveillance", "harmony"], ["kunashir", "iturup", "strait"]],
    note="Same development as b74-07, English wire copy hours later.",
    body="""
VLADIVOSTOK, April 15 (Wharfside) - Russia's Pacific Fleet has installed a network of seabed sonar stations in the strait between Kunashir and Iturup, two of the four Russian-held islands claimed by Japan, the military said on Tuesday.

The Eastern Military District said the "Harmony" underwater surveillance system had been put on trial combat duty in the Ekaterina Strait and was monitoring submarines and surface ships around the clock. Data from the hydroacoustic stations is sent by cable to a shore command post on Kunashir, it said.

The strait, known in Japan as the Kunashiri Channel, is one of the main deep-water exits from the Sea of Okhotsk to the Pacific. Western analysts have long described the Sea of Okhotsk as a protected "bastion" for Russian ballistic-missile submarines.

"It is a listening post at the gate of the bastion," said Torsten Aalberg, a naval analyst at the Nordic Maritime Studies Centre. "It tells you Moscow sees the southern Kurils first of all as a military asset."

Japan's Defence Ministry said it was aware of the report and was gathering information. Tokyo regularly protests Russian military activity on the islands, which it calls the Northern Territories and says are illegally occupied.

Russia has stationed coastal missile systems on Iturup and Kunashir since 2016. Moscow broke off peace treaty talks with Tokyo in March 2022 over Japanese sanctions imposed after the invasion of Ukraine.

(Reporting by Vladivostok newsroom; Editing by Peter Lund)
"""),
# --------------------------------------------------------------------------- 09
dict(
    id="b74-09", feed="kitakiri-tv", lang="ja", published="2025-04-17T09:00:00Z",
    title="国後水道に水中監視システム　防衛省が確認　政府がロシアに抗議",
    summary="防衛省は、ロシア軍が北方領土の国後島と択捉島の間の国後水道に、潜水艦などを探知する海底設置型の監視システムを配備したことを確認したと発表しました。",
    label="new_development", group="b74-g1",
    new_facts=["Japan's Defence Ministry confirmed the Russian seabed surveillance system in the Kunashiri Channel and Japan protested"],
    must_mention=[["水中監視", "監視システム", "ソナー", "海底"], ["国後", "択捉", "水道"]],
    note="Same development as b74-07 (Japanese report two days later, adds Japan's protest).",
    body="""
防衛省は17日、ロシア軍が北方領土の国後島と択捉島の間にある国後水道に、潜水艦などを探知する海底設置型の水中監視システムを配備したことを確認したと発表しました。

ロシア国防省系のメディアなどは今月15日、太平洋艦隊がロシア名・エカテリーナ海峡に「ガルモーニヤ（ハーモニー）」と呼ばれる監視システムを設置し、試験的な運用を始めたと伝えていました。防衛省は、海底に設置した音響センサーで周辺の艦船の動きを24時間監視するものとみて、分析を進めています。

林官房長官は17日午後の記者会見で「北方四島におけるロシア軍の軍備強化は、北方領土に関するわが国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにしました。

国後水道はオホーツク海と太平洋を結ぶ主要な海峡の一つで、ロシアはオホーツク海を戦略原子力潜水艦の活動拠点と位置づけているとされています。

北方領土では、ロシアが2016年に択捉島と国後島に地対艦ミサイルを配備するなど、軍備の増強が続いています。根室市の元島民の男性は「島がどんどん軍事基地になっていく。返還がますます遠のくようで心配だ」と話していました。
"""),
# --------------------------------------------------------------------------- 10
dict(
    id="b74-10", feed="kokumin-nippo", lang="ja", published="2025-05-14T07:30:00Z",
    section="政治", section_slug="politics",
    title="平和条約交渉「再開を強く求めていく」　岩屋外相、衆院外務委で答弁",
    summary="岩屋毅外相は14日の衆院外務委員会で、ロシアが一方的に中断した平和条約締結交渉について、再開を引き続き強く求めていく考えを示した。",
    label="restatement",
    note="Diet answer saying what will be pursued ('will keep pressing for resumption'); 'no prospect of resumption' restates seeds 000/001/004. No move.",
    body="""
岩屋毅外相は14日の衆院外務委員会で、ロシアが2022年3月に一方的に中断を表明した平和条約締結交渉について「日本として交渉の再開を引き続き強く求めていく」と述べた。野党議員の質問に答えた。

岩屋氏は「ロシアによるウクライナ侵略により日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針に変わりはない」と強調。その上で「現時点で交渉再開の見通しは立っていない」とも認めた。

質問した議員は、元島民の高齢化を踏まえ、北方墓参だけでも先行して再開できないかとただした。岩屋氏は「墓参は最優先事項の一つであり、さまざまな機会を捉えてロシア側に働きかけている」と答えるにとどめ、具体的な協議の状況については「外交上のやりとりであり、詳細は差し控える」と述べた。

北方四島周辺でのロシア軍の活動については「わが国の立場と相いれない。引き続き強い関心を持って注視していく」と語った。

委員会ではこのほか、日米関税協議や在外邦人の安全対策などについても質疑が行われた。
"""),
# --------------------------------------------------------------------------- 11
dict(
    id="b74-11", feed="oficialno-ru", lang="ru", published="2025-05-27T12:00:00Z",
    section="МИД", section_slug="mid",
    title="Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 27 мая 2025 года",
    summary="Фрагменты брифинга: о ситуации на Ближнем Востоке, о подготовке к ПМЭФ, ответ на вопрос о «Дипломатической синей книге» Японии.",
    label="restatement",
    note="Briefing transcript; the Japan answer restates the seed position (sovereignty enshrined in international documents, not subject to discussion; talks impossible under sanctions, seeds 000/001/004).",
    body="""
## О ситуации на Ближнем Востоке

Продолжаем внимательно следить за развитием обстановки в регионе. Исходим из того, что урегулирование возможно только политико-дипломатическими средствами, с учётом законных интересов всех сторон.

## О подготовке к Петербургскому международному экономическому форуму

Форум пройдёт в июне. Ожидается участие делегаций более чем из 130 стран. Аккредитация журналистов продолжается до 1 июня.

## Ответ на вопрос СМИ о «Дипломатической синей книге» Японии

Вопрос: В опубликованной в апреле «Дипломатической синей книге» Японии вновь говорится, что «северные территории» являются «исконной территорией» Японии, на которую она имеет суверенитет. Как вы это прокомментируете?

Ответ: Ознакомились. Ничего нового в этом документе нет — Токио из года в год воспроизводит одни и те же формулировки. Повторю нашу позицию: никаких «северных территорий» не существует. Южные Курилы — неотъемлемая часть Российской Федерации. Суверенитет России над ними закреплён в международно-правовых документах по итогам Второй мировой войны и сомнению не подлежит.

Что касается мирного договора, то японская сторона прекрасно знает, почему переговоры прекращены. Вести диалог о фундаментальном документе, призванном закрепить отношения добрососедства, с государством, которое проводит откровенно недружественный курс и вводит санкции против нашей страны, невозможно. Ответственность за это целиком лежит на Токио.

## О гуманитарном сотрудничестве

Вопрос: Японская сторона неоднократно просила о возобновлении посещения бывшими жителями мест захоронений. Есть ли движение?

Ответ: Решения, принятые в 2022 году, остаются в силе. Японским коллегам наша позиция известна.
"""),
# --------------------------------------------------------------------------- 12
dict(
    id="b74-12", feed="coldspring-en", lang="en", published="2025-06-10T08:45:00Z",
    section="Asia & Pacific", byline="Hana Whitcombe",
    title="Tokyo presses Moscow again to let former islanders visit family graves",
    summary="Japan has asked Russia through diplomatic channels to allow grave visits to the disputed islands this summer; Moscow has not replied.",
    label="restatement",
    note="Requested move only ('urged Moscow to allow'); no permission given. Restates seeds 001/003 (visa-free trips and simplified visits terminated in 2022).",
    body="""
Japan has renewed its request to Russia to allow elderly former residents of four disputed islands off Hokkaido to visit their family graves this summer, the government's top spokesman said on Tuesday, though Moscow has yet to respond.

"We have conveyed to the Russian side, through diplomatic channels, our strong request that grave visits be resumed," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference. "Given the advanced age of the former islanders, this is a matter of the highest priority."

Hayashi declined to say when the request was made or at what level, and acknowledged that there was "no prospect at present" of the visits taking place.

The grave visits, known in Japan as hoppo bosan, began in 1964 under an arrangement with the Soviet Union and continued, with interruptions, until the coronavirus pandemic. In March 2022 Moscow announced it was ending the visa-free travel arrangements under which Japanese citizens, including former residents, had visited the islands since the 1990s, citing Tokyo's sanctions over Ukraine.

Since then Japan has raised the issue repeatedly, including at the level of foreign minister. Russian officials have said the decisions taken in 2022 remain in force.

Former islanders, whose average age is now close to 89, have pleaded for a humanitarian exception. "We are not asking for the islands today," said one woman born on Kunashiri at a meeting in Sapporo last month. "We are asking to pour water on our parents' graves."

Russia controls Iturup, Kunashir, Shikotan and the Habomai group, which Soviet troops seized in 1945.
"""),
# --------------------------------------------------------------------------- 13
dict(
    id="b74-13", feed="rakko-courier", lang="en", published="2025-06-24T02:15:00Z",
    section="Nemuro", byline="Kenji Abe-Lund",
    title="Nemuro assembly petitions Tokyo to push for revival of island exchanges",
    summary="The city assembly unanimously adopted a written opinion urging the prime minister and foreign minister to seek resumption of visa-free exchanges and grave visits.",
    label="restatement",
    note="Petition/request by a local assembly; no move by either government. Restates seed 001 (visa-free exchanges terminated).",
    body="""
NEMURO - The Nemuro city assembly on Monday unanimously adopted a written opinion addressed to Prime Minister Shigeru Ishiba and Foreign Minister Takeshi Iwaya, urging the government to press Russia to restore the visa-free exchanges and the grave visits to the four islands.

The document, which will be delivered to the Cabinet Office and the Foreign Ministry in Tokyo next week, says the suspension of the exchanges since 2022 has "cut the last human thread" between Nemuro and the islands, and asks the government to "use every diplomatic opportunity" to secure at least a humanitarian resumption.

"We know the national government cannot make this happen by itself," said councillor Takumi Hasegawa, who chairs the assembly's Northern Territories committee. "But silence would be the worst message to send, both to the former islanders and to the people living on the islands now."

Similar opinions have been adopted by the assemblies of Betsukai, Nakashibetsu, Shibetsu and Rausu in recent years. Nemuro's assembly passes one almost every year.

The visa-free programme, launched in 1992, allowed Japanese citizens to visit the islands with identity papers rather than Russian visas, and brought Russian residents of the islands to Hokkaido. Russia ended it in March 2022, citing Japan's sanctions over the war in Ukraine, and at the same time said it would not continue peace treaty talks.

The city's exchange centre, which used to host Russian visitors each summer, is now used mainly for school study trips.
"""),
# --------------------------------------------------------------------------- 14
dict(
    id="b74-14", feed="kitakiri-tv", lang="ja", published="2025-07-08T03:00:00Z",
    title="安全操業の日本漁船に露監督官の乗船義務付け　来年1月から　ロシアが通告",
    summary="北方四島周辺水域で日本漁船が操業する「安全操業」を巡り、ロシア側が来年1月から日本漁船へのロシア国境警備当局の監督官の乗船を義務付けると日本側に通告したことがわかりました。",
    label="new_development", group="b74-g2",
    new_facts=["Russia notified Japan that from January 2026 Japanese boats fishing around the four islands under the 1998 framework must carry Russian border-guard inspectors"],
    must_mention=[["監督官", "乗船"], ["安全操業", "漁船"]],
    note="First report (Japanese) of a new Russian requirement; the seeds say nothing about the 1998 fishing framework.",
    body="""
北方四島周辺の水域で日本の漁船が操業する、いわゆる「安全操業」について、ロシア側が来年1月以降、操業する日本漁船にロシア国境警備局の監督官を乗船させることを義務付けると日本側に通告したことがわかりました。水産庁が8日、明らかにしました。

安全操業は1998年の日ロ政府間協定に基づく枠組みで、根室や羅臼の漁船が四島周辺の12カイリ内でスケトウダラやホッケ、タコなどを漁獲しています。日ロ双方の法的立場を害さない形で操業を認める仕組みで、これまでロシア側の監督官が日本漁船に乗り込むことはありませんでした。

水産庁によりますと、ロシア側は今月上旬、在モスクワ日本大使館に口上書で通告し、「操業ルールと漁獲量の順守を確認するため」と説明しているということです。

日本政府は「ロシアの管轄権を前提とする措置で、わが国の法的立場と相いれない」として、受け入れられないと伝え、撤回を求めています。

根室市の漁業者は「船にロシアの監督官を乗せれば、ロシアの法律に従って操業するのと同じことになる。これでは出漁できない」と困惑していました。

安全操業の来年の操業条件は、秋に予定される日ロの政府間協議で話し合われる予定です。
"""),
# --------------------------------------------------------------------------- 15
dict(
    id="b74-15", feed="rakko-courier", lang="en", published="2025-07-09T01:30:00Z",
    section="Fisheries", byline="Kenji Abe-Lund",
    title="Russia to put its inspectors aboard Japanese boats fishing off disputed isles",
    summary="From January, boats operating under the 1998 'safe operation' framework will have to carry Russian border-guard inspectors, the Fisheries Agency says.",
    label="new_development", group="b74-g2",
    new_facts=["Russia will require Japanese boats fishing near the four islands under the 1998 framework to carry Russian inspectors from January 2026"],
    must_mention=[["inspector"], ["fishing", "boat", "vessel"]],
    note="Same development as b74-14, English regional follow a day later.",
    body="""
NEMURO - Japanese boats that fish the waters around the Russian-held islands under a 27-year-old bilateral framework will have to carry Russian border-guard inspectors from January, Japan's Fisheries Agency said on Tuesday, a demand Tokyo says it cannot accept.

The agency said Russia had notified the Japanese embassy in Moscow by diplomatic note earlier this month. The note said inspectors would board vessels "to verify compliance with fishing rules and catch volumes".

Under the 1998 agreement, known in Japan as "safe operation", about 50 boats from Nemuro, Rausu and nearby ports catch pollock, Atka mackerel and octopus within 12 nautical miles of the islands in exchange for fees and equipment supplied to the Russian side. The arrangement was carefully worded so that neither country's legal position on the islands would be affected. Russian officials have never before come aboard.

"Putting a Russian official on a Japanese deck means fishing under Russian law," said Hiroshi Tanno, head of a Nemuro octopus-boat association. "None of our skippers will accept that, and the government can't either."

A Fisheries Agency official said Japan had told Russia the requirement was "incompatible with Japan's legal position" and asked for it to be withdrawn. The terms for next year's season are due to be discussed at intergovernmental talks in the autumn.

The Russian border directorate for the Sakhalin region did not respond to questions.
"""),
# --------------------------------------------------------------------------- 16
dict(
    id="b74-16", feed="chaika-ru", lang="ru", published="2025-07-10T04:00:00Z",
    section="Рыба", byline="Андрей Ким",
    title="Японских рыбаков пустят к южным Курилам только с российскими инспекторами на борту",
    summary="С 1 января 2026 года на японских шхунах, работающих у южных Курил по соглашению 1998 года, будут находиться инспекторы погрануправления.",
    label="new_development", group="b74-g2",
    new_facts=["From 1 January 2026 Russian border-directorate inspectors will be on board Japanese schooners fishing near the southern Kurils under the 1998 agreement"],
    must_mention=[["инспектор"], ["шхун", "промысел", "промысл", "рыбак"]],
    note="Same development as b74-14 (Russian regional report two days later).",
    body="""
С 1 января 2026 года японские шхуны, ведущие промысел в водах у южных Курил по межправительственному соглашению 1998 года, смогут выходить в море только с инспекторами Пограничного управления ФСБ России по Сахалинской области на борту. Об этом «Чайке-Медиа» сообщил источник в погрануправлении, подтвердив информацию японских СМИ.

По словам собеседника, решение принято «в целях контроля за соблюдением правил рыболовства и установленных объёмов вылова». «Раньше мы проверяли японские суда только в море, теперь инспектор будет находиться на борту весь рейс», — пояснил он.

Соглашение 1998 года о некоторых вопросах сотрудничества в области промысла морских живых ресурсов позволяет японским рыбакам из Немуро и Раусу ловить минтай, терпуга и осьминога в российских водах у Кунашира, Итурупа и Шикотана. Взамен японская сторона перечисляет плату и передаёт оборудование для охраны водных биоресурсов.

В Токио новое требование восприняли болезненно. Японские СМИ со ссылкой на Агентство по рыболовству пишут, что правительство Японии считает его несовместимым со своей правовой позицией и добивается отмены.

Сахалинский эксперт по рыболовству Игорь Ляпин считает, что японская сторона в итоге будет вынуждена согласиться. «Для рыбаков Немуро этот промысел — заметная часть годового дохода, — говорит он. — Вопрос в том, сколько сезонов они готовы пропустить».

Условия промысла на следующий год стороны обсудят на переговорах осенью.
"""),
# --------------------------------------------------------------------------- 17
dict(
    id="b74-17", feed="kitakiri-tv", lang="ja", published="2025-08-12T03:00:00Z",
    title="国後島の日本人墓地　倒れた墓石の建て直し　ロシアが今夏に限り容認",
    summary="国後島・古釜布の日本人墓地で倒れた墓石を元島民の遺族らが建て直す事業について、ロシア側が「今夏に限った例外」として受け入れを認めました。",
    label="new_development", group="b74-g3",
    new_facts=["Russia allowed, as a this-summer-only exception, six relatives and stonemasons to travel to Kunashir in early September to re-erect toppled gravestones at the Japanese cemetery in Furukamappu (Yuzhno-Kurilsk)"],
    must_mention=[["墓石"], ["国後", "今夏", "限り"]],
    note="First report (Japanese). A one-off 'this summer only' permission: neither a resumption of grave visits nor of visa-free exchanges (seed 001 terminations stay). New fact.",
    body="""
国後島の古釜布（ロシア名・ユジノクリリスク）にある日本人墓地で、倒れたり割れたりした墓石を元島民の遺族らが建て直す事業について、ロシア側が「今年の夏に限った例外的な措置」として受け入れを認めたと、内閣府が12日発表しました。

発表によりますと、元島民の遺族や石材店の職人など6人が、9月上旬に根室港から船で国後島に渡り、墓石およそ12基を建て直す予定です。ロシア側はビザの取得を求めず、日本の身分証明書による渡航を認めたということです。

古釜布の日本人墓地では、2019年の北方墓参の際に、地震や長年の風雨で多くの墓石が倒れているのが確認され、遺族から修復を求める声が上がっていました。

ロシア外務省は日本側への回答の中で、今回の措置は「人道的な観点からの一回限りのもの」で、北方墓参やビザなし交流の再開を意味するものではないとしています。

北方墓参は新型コロナウイルスの影響で2020年から中断し、ロシアは2022年、ビザなし交流と自由訪問の停止を一方的に発表しました。

建て直しに参加する根室市の男性は「父母の墓が倒れたままだと聞いて、ずっと気がかりだった。ようやく手を合わせられる」と話していました。
"""),
# --------------------------------------------------------------------------- 18
dict(
    id="b74-18", feed="coldspring-en", lang="en", published="2025-08-13T09:20:00Z",
    section="Asia & Pacific", byline="Hana Whitcombe",
    title="Russia lets Japanese families re-erect toppled gravestones on Kunashir - this summer only",
    summary="Moscow stresses the trip is a one-time humanitarian exception that does not mean a return of grave visits or visa-free exchanges.",
    label="new_development", group="b74-g3",
    new_facts=["Russia will let six Japanese relatives and stonemasons repair gravestones at the Japanese cemetery on Kunashir in September as a one-off, this-summer-only exception"],
    must_mention=[["gravestone", "headstone"], ["kunashir", "one-off", "this summer", "one-time"]],
    note="Same development as b74-17 (English report a day later).",
    body="""
Russia will allow a small group of Japanese relatives and stonemasons to travel to the Russian-held island of Kunashir next month to re-erect gravestones that have toppled at an old Japanese cemetery, Japan's Cabinet Office said on Tuesday - but Moscow has made clear it is a one-time exception.

Six people, including descendants of former islanders, will sail from Nemuro in early September and spend two days repairing about a dozen headstones at the cemetery in Furukamappu, the town Russia calls Yuzhno-Kurilsk. They will travel on Japanese identity documents rather than Russian visas.

Russia's Foreign Ministry described the permission as "a one-off humanitarian measure" for this summer only, and said it did not mean a resumption of the grave-visit programme or of the visa-free exchanges it ended in 2022, according to the Japanese side.

Former residents noticed during the last regular grave visit in 2019 that many stones at the cemetery had fallen, some broken by earthquakes. Families have since asked for permission to repair them.

The grave visits, which began in 1964, stopped in 2020 because of the pandemic. In March 2022 Moscow scrapped the visa-free travel arrangements and said it would not continue peace treaty negotiations, citing Japan's sanctions over Ukraine.

"It is a small door, opened for a few days," said a Cabinet Office official. "We will use it carefully."
"""),
# --------------------------------------------------------------------------- 19
dict(
    id="b74-19", feed="chaika-ru", lang="ru", published="2025-09-03T05:00:00Z",
    section="Курилы", byline="Ольга Пак",
    title="В Южно-Курильске отметили 80-летие Победы над милитаристской Японией",
    summary="У мемориала воинам-освободителям прошёл митинг, участники возложили цветы и почтили память десантников Курильской операции.",
    label="restatement",
    note="Anniversary/occasion piece; the islands became part of the USSR after WWII (seed 000/001). No new fact.",
    body="""
В Южно-Курильске 3 сентября прошёл торжественный митинг, посвящённый 80-летию Победы над милитаристской Японией и окончания Второй мировой войны. У мемориала воинам-освободителям собрались около 500 человек — военнослужащие гарнизона, школьники, ветераны боевых действий, жители посёлков Кунашира.

Глава муниципального округа в выступлении напомнил, что южные Курилы были освобождены в ходе Курильской десантной операции в конце августа — начале сентября 1945 года. «Наши деды вернули эти острова стране. Курилы — это русская земля, политая кровью солдат и матросов, и так будет всегда», — сказал он.

Участники митинга возложили цветы и венки, минутой молчания почтили память погибших. Затем по центральной улице прошли юнармейцы, а в доме культуры открылась выставка фотографий и документов военных лет из фондов Сахалинского областного краеведческого музея.

Аналогичные мероприятия прошли в Курильске на Итурупе и в Малокурильском на Шикотане. В Южно-Сахалинске в этот день состоялся военный парад.

Напомним, 3 сентября в России отмечается как День Победы над милитаристской Японией и окончания Второй мировой войны. По итогам войны все Курильские острова вошли в состав СССР.
"""),
# --------------------------------------------------------------------------- 20
dict(
    id="b74-20", feed="wharfside-wire", lang="en", published="2025-09-05T11:40:00Z",
    section="World",
    title="Putin says door not closed to Japan, but 'the choice is Tokyo's'",
    summary="At the Eastern Economic Forum the Russian president said Moscow would respond if Japan changed course, but gave no sign of a move on the islands.",
    label="restatement",
    note="Conditional statement ('if Japan changes course we are ready'); restates the seed position that sanctions made talks impossible and sovereignty is not in question (seeds 000/002/004). No move announced.",
    body="""
VLADIVOSTOK, Sept 5 (Wharfside) - President Vladimir Putin said on Friday that Russia had "never closed the door" to Japan but that it was up to Tokyo to end what he called its unfriendly policy, in remarks that offered no change in Moscow's position on a peace treaty or the disputed islands.

"We did not break off relations with Japan. It was Japan that joined the sanctions, and the consequences followed," Putin told the plenary session of the Eastern Economic Forum when the moderator asked about relations with Tokyo. "If Japan wants to return to normal relations, we will respond. But this is their choice, not ours."

Asked about the four islands off Hokkaido that Japan claims, Putin said Russia's sovereignty over them "is not a subject for discussion", repeating Moscow's long-standing line.

He said Japanese companies had been "pushed out" of Russian projects by their own government and that others were ready to take their place, pointing to growing trade with China and India.

Moscow said in March 2022 that it would not continue peace treaty talks with Japan because of Tokyo's sanctions. The Kremlin has since repeatedly said that negotiations are impossible under current conditions.

Japan's government had no immediate comment. Japanese officials have said they remain committed to resolving the territorial issue and signing a peace treaty.

(Reporting by Vladivostok newsroom; Editing by Peter Lund)
"""),
# --------------------------------------------------------------------------- 21
dict(
    id="b74-21", feed="kitakiri-tv", lang="ja", published="2025-09-11T03:30:00Z",
    title="国後島で墓石12基を建て直し　遺族ら6人が根室に帰港",
    summary="国後島の日本人墓地で倒れた墓石を建て直した元島民の遺族ら6人が、根室港に戻りました。ロシア側は今回限りの措置としています。",
    label="new_development", group="b74-g3",
    new_facts=["The one-off gravestone repair on Kunashir took place (follow-up; no new permission)"],
    must_mention=[["墓石"], ["国後"]],
    note="Follow-up of group b74-g3 (the permitted trip took place); no new fact beyond the group's development. ロシア側は今回限りの措置 - no resumption.",
    body="""
国後島の古釜布にある日本人墓地で、倒れた墓石を建て直した元島民の遺族ら6人が、10日夕方、根室港に戻りました。

一行は今月8日に根室港を出発し、国後島で2日間にわたって作業を行いました。内閣府によりますと、倒れたり傾いたりしていた墓石12基を起こして据え直し、割れた墓石2基はセメントで補修したということです。

作業を終えた根室市の70代の男性は「祖父母の墓の前でようやく手を合わせることができた。島の空気は昔と変わらなかった」と話していました。

ロシア側は今回の受け入れについて、夏に限った一回限りの人道的措置だとしていて、北方墓参やビザなし交流の再開の見通しは立っていません。

内閣府は「今回の経験を踏まえ、墓参の再開をロシア側に引き続き強く求めていく」としています。
"""),
# --------------------------------------------------------------------------- 22
dict(
    id="b74-22", feed="nakat-ru", lang="ru", published="2025-09-16T06:10:00Z",
    tags=["Курилы", "Образование", "Сахалинская область"],
    title="В школе Южно-Курильска японский язык заменили китайским",
    summary="С нового учебного года ученики на Кунашире изучают в качестве второго иностранного языка китайский вместо японского, который преподавался там с 1990-х годов.",
    label="new_development", group="b74-g4",
    new_facts=["The Yuzhno-Kurilsk secondary school on Kunashir dropped Japanese, taught as a second foreign language since the 1990s, and switched to Chinese from the 2025/26 school year"],
    must_mention=[["японск"], ["китайск"]],
    note="First report (Russian) of a change in the islanders' lives tied to the Japan relationship; not in the seeds.",
    body="""
ЮЖНО-САХАЛИНСК, 16 сентября. /ИА «Накат»/. В средней школе Южно-Курильска на Кунашире с нового учебного года вместо японского языка, который преподавался там в качестве второго иностранного с середины 1990-х годов, ввели китайский. Об этом ИА «Накат» сообщили в управлении образования Южно-Курильского муниципального округа.

«Запрос родителей изменился. Китай сегодня — основной торговый партнёр региона, выпускники поступают в вузы Владивостока и Харбина, туда же едут работать. Японский язык востребован гораздо меньше», — пояснили в управлении.

Китайский будут вести педагог, прошедший переподготовку в Дальневосточном федеральном университете, и преподаватель из Харбина в дистанционном формате. Предмет изучают около 120 учеников с 5-го по 9-й класс. Японский кружок для желающих, по словам представителей школы, пока сохранится, если найдётся преподаватель.

Японский язык на Кунашире начали преподавать в 1990-е годы при поддержке японской стороны: учителя из Японии регулярно приезжали на остров по линии безвизовых обменов, а курильские педагоги проходили стажировки на Хоккайдо. После приостановки безвизовых обменов в 2022 году эти контакты прекратились.

Аналогичное решение, как сообщили в управлении, рассматривается для школы в Малокурильском на Шикотане.
"""),
# --------------------------------------------------------------------------- 23
dict(
    id="b74-23", feed="rakko-courier", lang="en", published="2025-09-17T02:00:00Z",
    section="Islands", byline="Mika Sorensen",
    title="Kunashiri's main school drops Japanese for Chinese",
    summary="Russian media say the Yuzhno-Kurilsk school has replaced Japanese lessons, taught with Hokkaido's help since the 1990s, with Chinese.",
    label="new_development", group="b74-g4",
    new_facts=["The main school in Yuzhno-Kurilsk on Kunashiri replaced Japanese lessons with Chinese this school year"],
    must_mention=[["japanese"], ["chinese"]],
    note="Same development as b74-22 (English regional, next day).",
    body="""
NEMURO - The main secondary school on Kunashiri has stopped teaching Japanese and switched to Chinese, Russian media reported this week, ending a programme that Hokkaido teachers helped to build in the 1990s.

According to the education department of the Yuzhno-Kurilsk district, about 120 pupils aged 11 to 15 now study Chinese as their second foreign language after English. Officials cited parents' demand and the region's growing ties with China.

For people in Nemuro who took part in the exchanges, the news landed hard. "We sent textbooks, dictionaries, even a shelf of manga," said Emiko Sato, 71, a retired teacher who visited the school four times on visa-free trips. "Some of those children later came to Nemuro and spoke to us in Japanese. That is what exchange meant."

Japanese teachers travelled to the island regularly until the visa-free programme stopped, first because of the pandemic and then, in March 2022, when Russia ended it in response to Japan's sanctions.

A spokesperson for Nemuro city said the city had no official contact with the school and could not comment. Russian officials said a voluntary Japanese club may continue if a teacher can be found, and that a similar change is being considered at the school on Shikotan.
"""),
# --------------------------------------------------------------------------- 24
dict(
    id="b74-24", feed="rakko-courier", lang="en", published="2025-10-09T04:00:00Z",
    section="Shiretoko", byline="Courier staff",
    title="Rausu whale-watching boats log record season as orcas crowd Nemuro Strait",
    summary="Operators counted more than 60,000 passengers as killer whales and sperm whales lingered close to shore.",
    label="off_topic",
    note="Look-alike: Nemuro Strait, Kunashiri named, median line - but a tourism story, nothing about the dispute or a development.",
    body="""
RAUSU - Whale-watching operators in Rausu say this has been their busiest season on record, with more than 60,000 passengers heading out into the Nemuro Strait between April and the end of September.

Pods of killer whales were sighted on more than 80 days, and sperm whales were seen unusually close to the Shiretoko coast in July and August, according to the town's tourism association. Boats also reported minke whales, Dall's porpoises and, in one case, a pair of Baird's beaked whales.

"Some days we had orcas on one side of the boat and Kunashiri's volcano on the other," said Takeshi Mori, captain of one of the larger cruise boats. "Foreign visitors cannot believe how close the island is."

Captains are careful to stay on the Japanese side of the median line in the strait. "We tell passengers at the start: we do not cross, no matter how good the whales are," Mori said.

The tourism association credits overseas visitors from Taiwan, South Korea and Europe, as well as domestic travellers drawn by social media clips. Hotels in Rausu were close to fully booked for much of August.

Operators plan to extend the season into October next year if weather allows.
"""),
# --------------------------------------------------------------------------- 25
dict(
    id="b74-25", feed="coldspring-en", lang="en", published="2025-10-24T05:00:00Z",
    section="Asia & Pacific", byline="Daniel Okafor",
    title="Takaichi vows to 'resolve territorial issue' with Russia in first policy speech",
    summary="Japan's new prime minister says relations with Moscow remain difficult but that Tokyo's aim of concluding a peace treaty is unchanged.",
    label="restatement",
    note="New speaker (new PM) restating the known Japanese position in a policy speech (seed 002: PM remains steadfast on a peace treaty; relations difficult over Ukraine). Says what will be pursued; no move.",
    body="""
Sanae Takaichi, Japan's first female prime minister, used her first policy speech to parliament on Friday to promise a stronger economy and defence, and said Japan's goal of settling the territorial dispute with Russia and signing a peace treaty remained unchanged.

"Japan-Russia relations remain in a difficult situation because of Russia's aggression against Ukraine," Takaichi told a plenary session of the lower house. "But we will maintain our policy of resolving the territorial issue and concluding a peace treaty."

She also called the resumption of grave visits by former residents of the four islands off Hokkaido "a top priority", echoing the language of her predecessors.

The passage on Russia was brief, sandwiched between longer sections on the U.S. alliance, China and North Korea. Takaichi, who took office on Tuesday, is known as a security hawk and has been a vocal supporter of Ukraine.

The speech offered no new proposals towards Moscow. Russia announced in March 2022 that it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions, and Russian officials have since said talks are impossible as long as Japan pursues what they call an unfriendly course.

Opposition parties will question Takaichi on the speech next week.
"""),
# --------------------------------------------------------------------------- 26
dict(
    id="b74-26", feed="oficialno-ru", lang="ru", published="2025-11-05T10:15:00Z",
    section="Кремль", section_slug="kreml",
    title="Брифинг пресс-секретаря Президента Д.С.Пескова (фрагменты), 5 ноября 2025 года",
    summary="Пресс-секретарь Президента ответил на вопросы о графике главы государства, о контактах с Вашингтоном и об отношениях с новым правительством Японии.",
    label="restatement",
    note="Peskov restates the seed position (seed 002: 'conducting negotiations on a peace treaty under such conditions seems impossible'), now about the new Japanese PM. No move.",
    body="""
## О графике Президента

Вопрос: Какие мероприятия запланированы у Президента на этой неделе?

Д.Песков: В четверг Президент проведёт совещание с членами правительства по вопросам бюджета. В пятницу — заседание Совета по стратегическому развитию. О других мероприятиях будем сообщать дополнительно.

## О контактах с Вашингтоном

Вопрос: Есть ли договорённости о новом телефонном разговоре президентов?

Д.Песков: Пока конкретных договорённостей нет. Если такая необходимость возникнет, разговор может быть организован оперативно.

## Об отношениях с Японией

Вопрос: В Японии сформировано новое правительство. Премьер-министр Такаити в программной речи заявила о намерении «решить территориальную проблему» и заключить мирный договор. Видит ли Кремль какие-то сигналы?

Д.Песков: Нет, никаких новых сигналов мы не видим. Мы слышали эти заявления, они нам хорошо знакомы. Япония продолжает проводить недружественную по отношению к нашей стране политику, участвует в санкциях. В таких условиях, конечно, вести переговоры о мирном договоре невозможно.

Вопрос: Президент не планирует контактов с новым премьер-министром?

Д.Песков: Таких планов нет.

Вопрос: А территориальный вопрос?

Д.Песков: Здесь позиция известна и неизменна, она закреплена в нашей Конституции. Это территория Российской Федерации.
"""),
# --------------------------------------------------------------------------- 27
dict(
    id="b74-27", feed="wharfside-wire", lang="en", published="2025-11-20T08:00:00Z",
    section="Europe",
    title="Armenia, Azerbaijan say peace treaty text is final, signing date still open",
    summary="Both foreign ministries say the initialled agreement needs no further changes, but Baku still wants Armenia to amend its constitution first.",
    label="off_topic",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan), nothing about Russia-Japan or the Kurils.",
    body="""
BAKU/YEREVAN, Nov 20 (Wharfside) - Armenia and Azerbaijan both said on Thursday that the text of their peace treaty was final and needed no further negotiation, but neither side gave a date for signing it, with Baku still insisting that Armenia first change its constitution.

The agreement, initialled in Washington in August, would formally end decades of conflict over Nagorno-Karabakh, which Azerbaijan retook in 2023. It commits the two countries to recognise each other's territorial integrity and to establish diplomatic relations.

"From our side the document is ready for signature," Armenian Foreign Minister Ararat Mirzoyan told reporters in Yerevan. Azerbaijan's foreign ministry said in a statement that the treaty could be signed "once the legal obstacles are removed", a reference to a preamble in Armenia's constitution that Baku says implies a territorial claim.

Armenian Prime Minister Nikol Pashinyan has proposed a new constitution, which would need to be approved in a referendum, possibly after parliamentary elections next year.

Diplomats say the two sides have also made progress on a transit route across southern Armenia linking Azerbaijan to its Nakhchivan exclave, one of the most sensitive parts of the settlement.

(Reporting by Caucasus bureau; Editing by Clare Hollis)
"""),
# --------------------------------------------------------------------------- 28
dict(
    id="b74-28", feed="nakat-ru", lang="ru", published="2025-12-09T03:00:00Z",
    tags=["СПГ", "Япония", "Сахалин"],
    title="Японские покупатели продлили контракты на поставку СПГ с проекта «Сахалин-2»",
    summary="Две японские энергокомпании продлили долгосрочные контракты на закупку сжиженного газа с сахалинского проекта до 2033 года.",
    label="off_topic",
    note="Unrelated Japan-Russia economic news (Sakhalin-2 LNG), not about the peace treaty or the Kurils.",
    body="""
ЮЖНО-САХАЛИНСК, 9 декабря. /ИА «Накат»/. Две японские энергетические компании продлили долгосрочные контракты на закупку сжиженного природного газа с проекта «Сахалин-2» до 2033 года. Об этом сообщил источник в отрасли, знакомый с условиями сделок.

По его словам, речь идёт о поставках в объёме около 1,5 млн тонн в год. Цена, как и прежде, привязана к стоимости нефти. Контракты, срок действия которых истекал в 2026–2028 годах, продлены на прежних условиях.

Япония остаётся крупнейшим покупателем газа с «Сахалина-2»: на неё приходится около 60% производства проекта. Японские компании Mitsui и Mitsubishi сохранили доли в новом операторе проекта, созданном в 2022 году, несмотря на санкционное давление.

Токио, присоединившийся к западным санкциям против России, выводит поставки энергоносителей с Сахалина из-под ограничений, ссылаясь на задачи энергетической безопасности. Правительство Японии ежегодно продлевает соответствующее исключение.

В прошлом году завод СПГ на юге Сахалина произвёл около 10 млн тонн сжиженного газа.

На российский газ приходится около 9% японского импорта СПГ. Отраслевые аналитики отмечают, что для энергосистем севера Японии сахалинские поставки особенно важны из-за короткого плеча доставки: танкер идёт до японских терминалов около трёх суток.
"""),
# --------------------------------------------------------------------------- 29
dict(
    id="b74-29", feed="chaika-ru", lang="ru", published="2025-12-18T07:00:00Z",
    section="Рыба", byline="Андрей Ким",
    title="В погрануправлении опровергли задержание японской шхуны у Шикотана",
    summary="Сообщения японских СМИ о задержании рыболовного судна из Немуро не соответствуют действительности, заявили в ведомстве.",
    label="restatement",
    note="Denied move: the reported detention did not happen (the boat returned on its own). Nothing new to alert on.",
    body="""
Пограничное управление ФСБ России по Сахалинской области опровергло сообщения японских СМИ о задержании японской рыболовной шхуны у Шикотана.

Накануне ряд японских изданий со ссылкой на рыболовецкий кооператив в Немуро сообщил, что связь со шхуной, работавшей у Малой Курильской гряды, прервалась, и предположил, что судно могло быть задержано российскими пограничниками.

«Никаких задержаний японских судов в указанном районе не производилось. Пограничные корабли в контакт с этим судном не вступали», — сообщили «Чайке-Медиа» в пресс-службе погрануправления.

Позднее японская береговая охрана подтвердила, что шхуна самостоятельно вернулась в порт Немуро. Причиной потери связи, по данным японской стороны, стала неисправность радиооборудования. Экипаж из пяти человек не пострадал.

В погрануправлении напомнили, что японские суда, ведущие промысел в водах у южных Курил по межправительственному соглашению, обязаны соблюдать установленный порядок связи и уведомления.

Глава рыболовецкого кооператива в Немуро, которому принадлежит шхуна, позже принёс извинения за «поднятую напрасно тревогу». По его словам, капитан не смог выйти на связь почти восемь часов, и в кооперативе опасались худшего.
"""),
]
