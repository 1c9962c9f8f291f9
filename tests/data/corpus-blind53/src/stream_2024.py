"""blind53 stream, part 1: 2024 (fishing week, visit week and what surrounds them)."""

S = []


def add(**kw):
    S.append(kw)


# ---------------------------------------------------------------- 01 look-alike: other treaty
add(id="b53-01", feed="pilotfish-en", lang="en", published="2024-02-29T16:20:00Z",
    title="Armenia and Azerbaijan close Berlin round without peace treaty but agree to keep talking",
    summary="The two foreign ministers spent two days at a government guesthouse outside Berlin working through the draft of a treaty meant to end decades of conflict.",
    label="off_topic",
    note="Look-alike: a peace treaty and a territorial conflict, but Armenia-Azerbaijan, not Russia-Japan or the Kurils.",
    section="World", author="Lena Hartwig",
    body=[
        "The foreign ministers of Armenia and Azerbaijan ended two days of talks in Berlin on Thursday without a peace treaty, but both sides said the discussion of the draft had been substantive and that negotiations would continue.",
        "Ararat Mirzoyan and Jeyhun Bayramov met at the Villa Borsig, the German foreign ministry's lakeside guesthouse in the north-west of the city, after German Foreign Minister Annalena Baerbock opened the session on Wednesday. Germany presented itself as a host rather than a mediator and did not take part in the line-by-line work on the text.",
        "The two countries have traded several versions of a treaty since Azerbaijan retook Nagorno-Karabakh in a lightning offensive last September, which prompted almost the entire ethnic Armenian population of the region to leave for Armenia. Officials on both sides say the outstanding questions include the delimitation of their long and largely unmarked border, transport links across southern Armenia to Azerbaijan's Nakhchivan exclave, and Baku's demand that Armenia amend its constitution, whose preamble Azerbaijan reads as a territorial claim.",
        "In short statements after the talks, Armenia's foreign ministry said the ministers had agreed to continue work on the draft, while Azerbaijan's foreign ministry said it remained committed to an agreement but that important issues were still open.",
        "No date has been set for the next round. Diplomats in the region cautioned that a signing this year was far from certain, even as both governments insist that a treaty is closer than at any time since the Soviet collapse.",
    ],
    related=[("Border commissions meet as Yerevan and Baku test new trust", "/world/2024/02/border-commissions"),
             ("Explainer: what is left to agree in the South Caucasus", "/world/2024/02/explainer-caucasus"),
             ("EU monitors extend mission on Armenian side of border", "/world/2024/01/eu-monitors")])

# ---------------------------------------------------------------- 02 annual report restating
add(id="b53-02", feed="tidegate-wire", lang="en", published="2024-04-16T05:30:00Z",
    title="Japan's diplomatic bluebook keeps tough line on Russia, repeats claim to four islands",
    summary="The annual report calls relations with Moscow severe and restates Japan's sovereignty over the Russian-held islands off Hokkaido.",
    label="restatement",
    note="Annual report restating positions: Japan's sovereignty claim; seed facts of March 2022 (Russia stopped peace treaty talks, left the joint economic activity dialogue, ended visa-free trips). No new move.",
    section="Asia Pacific", tags=["Japan", "Russia", "Diplomacy"], minutes=3,
    body=[
        "TOKYO, April 16 (Tidegate) - Japan's annual diplomatic bluebook, presented to the cabinet on Tuesday by Foreign Minister Yoko Kamikawa, says relations with Russia remain in a \"severe situation\" because of the war in Ukraine and again describes four Russian-held islands off Hokkaido as Japanese territory.",
        "The 2024 edition calls the islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, \"islands over which Japan has sovereignty\" and an inherent part of Japan's territory. Officials said the wording on the islands had not changed from last year.",
        "The report recalls that in March 2022, in response to Japanese sanctions over Ukraine, Russia said it would not continue peace treaty negotiations, withdrew from dialogue on joint economic activities on the islands and halted visa-free exchanges. Tokyo called those steps extremely unjust and unacceptable at the time.",
        "\"Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged,\" the document says. It adds that the government will keep asking Moscow to allow grave visits by former island residents, whose average age is now above 88.",
        "The roughly 300-page report also criticises deepening military cooperation between Russia, China and North Korea, citing joint bomber flights near Japan.",
        "Russia's embassy in Tokyo did not immediately respond to a request for comment. Moscow has said it cannot discuss a peace treaty with a country that takes openly unfriendly positions towards it.",
    ],
    credit="(Reporting by Naoko Ishida; Editing by Martin Reyes)",
    related=[("Japan, Philippines hold maritime talks amid South China Sea tension", "/asia/2024/04/ph-jp-maritime"),
             ("Kishida to visit Washington for state visit", "/asia/2024/04/kishida-washington")])

# ---------------------------------------------------------------- 03 background feature
add(id="b53-03", feed="eastmere-asia", lang="en", published="2024-05-28T02:00:00Z",
    title="On Nemuro's quay, a fishing season framed by a frozen border",
    summary="Two years after Moscow shut the door on talks and visa-free trips, fishermen at Japan's easternmost port expect nothing from diplomacy.",
    label="restatement",
    note="Background feature; restates seed facts (March 2022: no peace treaty talks, withdrawal from joint economic activity dialogue, visa-free trips ended). No new development.",
    section="Features", author="Mariko Quaid in Nemuro",
    body=[
        "At dawn the small boats line up along the breakwater at Hanasaki, their orange buoys stacked on deck. From Cape Nosappu, a short drive away, the low outline of the Habomai islets is visible across the water, and on a clear day so is the Russian watchtower on Kaigara, a rock barely three kilometres offshore.",
        "\"You can almost throw a stone at it,\" says Takeshi Hamada, 63, who has fished out of Nemuro for four decades. \"And still it is another world.\"",
        "For the town's fishermen, the season that opens in June is shaped less by quotas than by a line on the water they cannot see. A boat that strays across the median line, or that Russian border guards judge to have done so, can be escorted to the islands and its captain fined.",
        "The diplomatic channels that once softened those risks have thinned. In March 2022, after Japan joined Western sanctions over the invasion of Ukraine, Moscow said it would not continue peace treaty negotiations, walked away from talks on joint economic activities on the islands and ended visa-free visits by Japanese citizens. Russian officials have repeated since then that the talks cannot resume while the sanctions stay.",
        "\"Before, there was always some project, some delegation, some hope,\" Hamada says. \"Now nobody here expects anything from the politicians. We watch the radio and the weather.\"",
        "The city's population has slipped to about 23,000. Young crew are hard to find, and the exchange centre built to receive visitors from the islands stands mostly empty. At the city hall, officials say their request is modest: that the boats can keep fishing safely. Nobody mentions a treaty.",
    ],
    related=[("Hokkaido scallop exporters look beyond China", "/japan/2024/05/scallops"),
             ("Sakhalin's salmon forecast: another lean year?", "/russia-far-east/2024/05/salmon"),
             ("The last ferry to Rebun", "/features/2024/04/rebun")])

# ---------------------------------------------------------------- 12 request: 求めた
add(id="b53-12", feed="nagisa-ja", lang="ja", published="2024-06-18T03:00:00Z",
    title="上川外相、北方墓参の実施を改めてロシアに求める",
    summary="上川陽子外相は18日の記者会見で、元島民の高齢化を踏まえ、今夏の北方墓参の実施をロシア側に改めて求めたと明らかにした。ロシア側の回答はなく、実施の見通しは立っていない。",
    label="restatement",
    note="Requested version of a move (Japan asks Russia to allow grave visits); no Russian answer. Restates the seed fact that Russia halted visa-free trips and the 1999 visits in March 2022.",
    cat="北方領土",
    body=[
        "　上川陽子外相は18日の閣議後記者会見で、北方四島への墓参について「元島民の皆さまの平均年齢は88歳を超えている。人道的観点から、今年こそ実施できるよう、外交ルートを通じてロシア側に改めて求めた」と述べた。",
        "　ロシアは2022年3月、ウクライナ侵略を受けた日本の対ロ制裁に反発し、平和条約交渉の継続を拒否するとともに、ビザなし交流と自由訪問の停止を一方的に表明した。北方墓参は新型コロナウイルス禍の20年以降実施されておらず、政府は四島交流事業の中でも墓参の再開を最優先課題と位置づけている。",
        "　上川氏はロシア側の反応について「現時点で具体的な回答は得られていない」と説明し、「引き続き粘り強く働きかけていく」と強調した。",
        "　元島民の団体は毎年、国に墓参の早期再開を要望している。今夏の実施の見通しは立っていない。",
    ],
    related=[("元島民の平均年齢、88歳超える", "/hoppou/2024/03/average-age"),
             ("洋上慰霊、今年も根室沖で", "/hoppou/2024/06/yojo")])

# ---------------------------------------------------------------- 13 anniversary
add(id="b53-13", feed="hamanami-ja", lang="ja", published="2024-08-16T06:00:00Z",
    title="「第31吉進丸」銃撃から18年　根室で慰霊式、安全操業誓う",
    summary="根室市の漁船「第31吉進丸」がロシア国境警備局に銃撃され、乗組員1人が死亡した事件から16日で18年。根室市内で慰霊式が開かれた。",
    label="restatement",
    note="Anniversary piece about a 2006 incident; look-alike boat name ('No. 31'); no new development.",
    cat="地域",
    body=[
        "　根室市の歯舞漁協所属のカニかご漁船「第31吉進丸」が貝殻島付近でロシア国境警備局の警備艇から銃撃され、乗組員の男性（当時35）が死亡、船長ら3人が拿捕された事件から16日で18年となった。根室市内の慰霊碑前で慰霊式が開かれ、遺族や漁業関係者ら約40人が黙とうをささげた。",
        "　歯舞漁協の組合長は「二度とあのような悲劇を繰り返してはならない。海の安全は漁業者にとって何より大切だ」と述べ、参列した漁業者の一人は「今も中間ラインの近くで網を入れるときは緊張する」と話した。",
        "　事件は2006年8月16日早朝に起きた。日本政府はロシア側に厳重に抗議し、遺体は約2週間後に根室に戻った。",
        "　北方領土周辺では近年も日本漁船の拿捕が起きており、地元の漁業者の緊張は続いている。ロシアが2022年に平和条約交渉の継続を拒否して以降、日ロ間の意思疎通も細ったままだ。",
    ],
    related=[("納沙布岬で灯台まつり", "/event/2024/08/todai"),
             ("サンマ棒受け網漁、初水揚げ", "/gyogyo/2024/08/sanma")])

# ---------------------------------------------------------------- 14 occasion
add(id="b53-14", feed="okean24-ru", lang="ru", published="2024-09-03T04:00:00Z",
    title="На Курилах отметили День Победы над милитаристской Японией",
    summary="В Южно-Курильске, Курильске и Малокурильском прошли митинги и возложение цветов к мемориалам участникам Курильской десантной операции.",
    label="restatement",
    note="Occasion piece (3 September); a local official restates that Russian sovereignty over the islands is not up for discussion (seed position).",
    rubric="Общество", temp=19,
    body=[
        "В Южно-Курильске, Курильске и Малокурильском во вторник прошли памятные мероприятия, посвящённые Дню Победы над милитаристской Японией и окончания Второй мировой войны.",
        "К мемориалам воинам, погибшим в ходе Курильской десантной операции 1945 года, возложили цветы представители местных администраций, ветеранских организаций, военнослужащие и школьники. В Южно-Курильске на центральной площади прошёл митинг, в Курильске — концерт и выставка архивных фотографий.",
        "Выступая на митинге, глава Южно-Курильского муниципального округа напомнил, что острова Малой Курильской гряды были заняты советскими войсками в первых числах сентября 1945 года. «Курилы — российская земля. Её принадлежность закреплена итогами войны и никакому обсуждению не подлежит», — сказал он.",
        "В Курильске на Итурупе к памятнику у здания администрации пришли несколько сотен человек. Юнармейцы развернули флаг длиной 30 метров, школьники читали стихи о защитниках дальневосточных рубежей.",
        "В Малокурильском на Шикотане митинг прошёл у братской могилы советских воинов. После торжественной части ветераны встретились с учащимися местной школы и рассказали, как острова осваивались в первые послевоенные годы.",
        "Памятные мероприятия прошли также в Северо-Курильске и Южно-Сахалинске, где состоялся парад кадет.",
        "Вечером в домах культуры островных посёлков покажут документальный фильм о десантной операции.",
    ],
    related=[("Школьники Итурупа приняли участие в акции «Диктант Победы»", "/kurily/diktant"),
             ("На Шикотане отремонтируют памятник морякам", "/kurily/pamyatnik-shikotan")])

# ---------------------------------------------------------------- 15 neutral: rumour of a visit
add(id="b53-15", feed="nagisa-ja", lang="ja", published="2024-09-10T02:30:00Z",
    title="プーチン氏、国後島訪問を検討か　露紙報道",
    summary="ロシアの経済紙は9日、プーチン大統領が今秋にも北方領土の国後島訪問を検討していると報じた。大統領府は確認していない。",
    label="neutral",
    note="Borderline: questioned/prospect-only report from unnamed sources (a visit under consideration), denied later the same day.",
    cat="北方領土",
    body=[
        "　ロシアの経済紙は9日、プーチン大統領が今秋にも北方領土の国後島を訪問する可能性があると、大統領府に近い複数の関係者の話として報じた。極東開発の視察の一環として検討されているが、日程は決まっていないという。",
        "　同紙によると、訪問が実現した場合、プーチン氏は国後島の古釜布（ユジノクリーリスク）で住民と対話し、島の社会基盤整備の状況を視察する案が出ているという。一方で、警備上の理由から直前まで日程は公表されない可能性があるとしている。",
        "　プーチン氏は大統領として北方四島を訪問したことはない。メドベージェフ前大統領は大統領、首相として計4回、国後島と択捉島を訪れている。",
        "　報道について大統領府は確認していない。日本政府関係者は「報道は承知している。情報収集に努めたい」と話した。",
        "　北方四島にはロシア政府の要人の訪問が続いており、日本政府はその都度「わが国の立場と相いれない」として抗議してきた。",
        "　訪問が実現すれば、日本政府の反発は必至だ。ロシアは2022年に平和条約交渉の継続を拒否しており、日ロ関係は冷え込んだままとなっている。",
    ],
    related=[("ロシア、極東開発の新計画", "/economy/2024/08/far-east"),
             ("北方領土問題　これまでの経緯", "/hoppou/explainer")])

# ---------------------------------------------------------------- 16 denial: restatement
add(id="b53-16", feed="tidegate-wire", lang="en", published="2024-09-10T09:45:00Z",
    title="Kremlin says no Kuril trip on Putin's schedule",
    summary="Spokesman Dmitry Peskov dismissed a newspaper report that the president could visit Kunashir this autumn.",
    label="restatement",
    note="Negated move (no visit planned) plus Peskov restating his seed position that peace treaty talks are impossible now and that the islands are Russian territory.",
    section="Europe", tags=["Russia", "Kremlin", "Kuril Islands"], minutes=2,
    body=[
        "MOSCOW, Sept 10 (Tidegate) - The Kremlin said on Tuesday that a visit by President Vladimir Putin to the southern Kuril Islands was not on his schedule, after a Russian business daily reported he could travel to Kunashir this autumn.",
        "\"There is no such trip in the president's schedule at the moment,\" Kremlin spokesman Dmitry Peskov told reporters. He added that the islands were Russian territory and that the president could travel to any region of the country whenever he saw fit.",
        "Asked about relations with Tokyo, Peskov repeated that negotiating a peace treaty with Japan was impossible under current circumstances because of Japan's sanctions against Russia.",
        "Putin has never visited the four islands, which Japan claims as its Northern Territories. His predecessor Dmitry Medvedev went there four times as president and prime minister, each time drawing protests from Tokyo.",
        "The business daily, citing unnamed sources close to the presidential administration, had said a trip was being considered as part of a tour of Far Eastern development projects, but gave no date.",
        "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said earlier on Tuesday that Tokyo was aware of the report and was gathering information, declining to comment further.",
    ],
    credit="(Reporting by the Moscow bureau; Editing by Hal Brenner)",
    related=[("Putin to attend Eastern Economic Forum in Vladivostok", "/europe/2024/08/eef"),
             ("Russia, China hold joint naval patrol in Pacific", "/asia/2024/08/patrol")])

# ---------------------------------------------------------------- G3: Trutnev on Shikotan (first in Russian)
G3_MM_RU = [["трутнев"], ["шикотан"]]
G3_MM_EN = [["trutnev"], ["shikotan"]]
G3_MM_JA = [["トルトネフ"], ["色丹"]]
G3_FACT = "Deputy PM and Far East envoy Yury Trutnev visited Shikotan on 12 Sept 2024 (school and fish plant sites in Malokurilskoye), then went on to Iturup; Japan protested"

add(id="b53-17", feed="okean24-ru", lang="ru", published="2024-09-12T04:30:00Z",
    title="Юрий Трутнев прилетел на Шикотан",
    summary="Вице-премьер осмотрел в Малокурильском стройплощадку новой школы и рыбоперерабатывающего завода.",
    label="new_development", group="g-trutnev-shikotan", new_facts=[G3_FACT], must_mention=G3_MM_RU,
    note="First report (Russian) of a visit by a senior Russian official to the islands; not in seeds.",
    rubric="Курилы", temp=17,
    body=[
        "Заместитель председателя правительства России — полномочный представитель президента в Дальневосточном федеральном округе Юрий Трутнев в четверг прибыл с рабочей поездкой на остров Шикотан. Об этом сообщила пресс-служба полпреда.",
        "Вице-премьер прилетел в Малокурильское на вертолёте из Южно-Курильска. На острове он осмотрел площадку строительства новой школы на 220 мест и рыбоперерабатывающего завода, который возводит резидент льготного режима «Курильские острова», а также побывал в местной больнице.",
        "«Шикотан должен быть островом, где люди живут, а не доживают. Здесь нужны современная школа, нормальная медицина, жильё для молодых семей — и мы этого добьёмся», — приводит пресс-служба слова Трутнева.",
        "По итогам поездки полпред проведёт в Южно-Курильске совещание по развитию южных Курил с участием губернатора Сахалинской области Валерия Лимаренко.",
        "Шикотан — один из островов Малой Курильской гряды, на нём живут около трёх тысяч человек. Основу экономики острова составляют рыболовство и рыбопереработка.",
        "Как ожидается, в ходе поездки вице-премьер также побывает на Итурупе. Сроки завершения поездки в пресс-службе не уточнили.",
        "Новость дополняется.",
    ],
    related=[("На Курилах стартовал новый сезон льготной ипотеки", "/kurily/ipoteka"),
             ("Кто строит на Шикотане: резиденты курильского режима", "/ekonomika/rezidenty")])

add(id="b53-18", feed="priliv-ru", lang="ru", published="2024-09-12T06:10:00Z",
    title="Трутнев на Шикотане: школа к 2026 году, ремонт причала и жильё для медиков",
    summary="Полпред провёл на Шикотане несколько часов и пообещал, что новая школа в Малокурильском откроется к сентябрю 2026 года. Вечером он вылетел на Итуруп.",
    label="new_development", group="g-trutnev-shikotan", new_facts=[G3_FACT], must_mention=G3_MM_RU,
    note="Rewritten Russian copy of the same visit with more detail (school by 2026, Iturup leg); same group.",
    rubric="Курилы", rubric_slug="kurily", views=5120, weather="+16",
    body=[
        "Вице-премьер, полпред президента в ДФО Юрий Трутнев в четверг провёл несколько часов на Шикотане. В Малокурильском он осмотрел стройплощадку новой школы, рыбоперерабатывающий завод резидента курильского льготного режима и районную больницу, а затем встретился с жителями.",
        "По словам полпреда, школа на 220 мест должна открыться к 1 сентября 2026 года. Сейчас дети учатся в здании, построенном в 1980-х годах. Кроме того, Трутнев поручил подготовить проект ремонта причала в Малокурильском и выделить для медиков, приезжающих работать на остров, 12 служебных квартир.",
        "Жители пожаловались полпреду на перебои с паромным сообщением и дороговизну авиабилетов. «Транспортная доступность — ключевой вопрос. Люди не должны чувствовать себя отрезанными от страны», — заявил Трутнев.",
        "Отвечая на вопрос журналистов о возможной реакции Токио на поездку, он сказал: «Курилы — это Россия. Мы развиваем свою территорию и ни у кого разрешения спрашивать не собираемся».",
        "Вечером полпред вылетел на Итуруп, где в пятницу посетит Курильск и аэропорт Итуруп. В Южно-Курильске запланировано совещание по развитию островов с участием губернатора Валерия Лимаренко.",
    ],
    related=[("Юрий Трутнев прилетел на Шикотан", "/news/2024/09/12/trutnev"),
             ("Паром «Игорь Фархутдинов»: расписание на осень", "/kurily/parom"),
             ("В Курильске открылся новый детский сад", "/kurily/detsad-kurilsk")])

add(id="b53-19", feed="pilotfish-en", lang="en", published="2024-09-12T11:00:00Z",
    title="Russian deputy PM Trutnev tours Japan-claimed Shikotan, promises school and housing",
    summary="Yury Trutnev, the Kremlin's envoy to the Far East, flew by helicopter to the small island and said Russia needs no one's permission to develop it.",
    label="new_development", group="g-trutnev-shikotan", new_facts=[G3_FACT], must_mention=G3_MM_EN,
    note="English report of the Trutnev visit.",
    section="Asia-Pacific", author="Daniel Okafor",
    body=[
        "Russian Deputy Prime Minister Yury Trutnev visited Shikotan on Thursday, one of four Russian-held islands claimed by Japan, touring a school construction site and a fish-processing plant and promising residents better housing and transport.",
        "Trutnev, who is also President Vladimir Putin's envoy to the Far Eastern Federal District, flew to the island's main village, Malokurilskoye, by helicopter from neighbouring Kunashir, his office said. He said a new 220-pupil school would open by September 2026.",
        "\"Shikotan must be an island where people live, not just get by,\" he was quoted as saying. Asked by reporters about Japan's likely reaction, he said Russia did not need anyone's permission to develop its own territory.",
        "His office said he would travel on to Iturup, the largest of the islands, later on Thursday.",
        "Tokyo has protested every visit by senior Russian officials to the islands, which Soviet forces seized at the end of World War Two. Japan's embassy in Moscow did not immediately comment.",
        "Relations between the two countries have been in deep freeze since 2022, when Moscow refused to continue peace treaty negotiations in response to Japanese sanctions over Ukraine.",
    ],
    related=[("Kremlin says no Kuril trip on Putin's schedule", "/asia-pacific/2024/09/peskov-kurils"),
             ("Inside Russia's tax haven on the Kurils", "/asia-pacific/2024/07/kuril-tax")])

add(id="b53-20", feed="hamanami-ja", lang="ja", published="2024-09-13T01:00:00Z",
    title="ロシア副首相が色丹島訪問　政府「極めて遺憾」と抗議",
    summary="ロシアのトルトネフ副首相が12日、北方領土の色丹島を訪問した。林官房長官は「わが国の立場と相いれず、極めて遺憾だ」として外交ルートで抗議した。",
    label="new_development", group="g-trutnev-shikotan", new_facts=[G3_FACT], must_mention=G3_MM_JA,
    note="Japanese follow-up of the Trutnev visit with Japan's protest; same group.",
    cat="北方領土",
    body=[
        "　ロシアのトルトネフ副首相兼極東連邦管区大統領全権代表が12日、北方領土の色丹島を訪問した。林芳正官房長官は同日午後の記者会見で「北方領土に関するわが国の立場と相いれず、極めて遺憾だ」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。",
        "　ロシア側の発表によると、トルトネフ氏は国後島からヘリコプターで色丹島の斜古丹（マロクリリスコエ）に入り、建設中の学校や水産加工場を視察した。2026年9月までに新しい学校を開校させると住民に約束したという。同氏はその後、択捉島に向かった。",
        "　ロシア政府要人の北方四島訪問を巡っては、日本政府はその都度抗議している。根室市の元島民は「島の開発が進むほど、返還が遠のくように感じる」と複雑な表情を見せた。",
    ],
    related=[("プーチン氏、国後島訪問を検討か", "/hoppou/2024/09/putin"),
             ("色丹島の今　衛星写真で見る", "/hoppou/2024/08/shikotan-satellite")])

# ---------------------------------------------------------------- 21 look-alike: named after the Kurils
add(id="b53-21", feed="eastmere-asia", lang="en", published="2024-09-20T03:00:00Z",
    title="A bumper sockeye run turns Kamchatka's Kurile Lake into a bear buffet",
    summary="Rangers in southern Kamchatka counted more brown bears than usual around the lake as one of the strongest salmon runs in years wound down.",
    label="off_topic",
    note="Look-alike: 'Kurile Lake' is in southern Kamchatka; nothing about the Kuril Islands or the treaty.",
    section="Russia's Far East", author="Eastmere correspondent",
    body=[
        "KURILE LAKE, Kamchatka — For a few weeks each summer the shallow mouth of the Ozernaya river, where it drains Kurile Lake in the south of the Kamchatka peninsula, turns red with sockeye salmon. This year it was redder than most.",
        "Scientists who run the counting fence at the outflow say one of the strongest runs in years passed through in July and August, and rangers of the South Kamchatka sanctuary counted well over a hundred brown bears fishing along the shore at the peak.",
        "\"Some days you could see forty bears from one spot,\" said a ranger who has worked at the lake for 15 years. Tourist helicopters from Petropavlovsk-Kamchatsky land at a viewing platform on the northern shore; visits are limited and guides carry flares.",
        "The lake, a flooded caldera about 77 square kilometres in size, is named after the Kuril people who once lived on the southern tip of Kamchatka, not after the island chain to the south. It is one of the most important sockeye nurseries on the Pacific rim.",
        "Fisheries scientists caution that big runs can be followed by lean ones, and say the warming of the Sea of Okhotsk makes forecasts harder every year.",
    ],
    related=[("Kamchatka's volcano season: what the tourists see", "/russia-far-east/2024/08/volcanoes"),
             ("Magadan's gold rush, version 3.0", "/russia-far-east/2024/07/magadan")])

# ---------------------------------------------------------------- 22 new speaker restating, late negation
add(id="b53-22", feed="dalny-dozor-ru", lang="ru", published="2024-10-21T06:00:00Z",
    title="Посол Ноздрев: смена премьера в Токио не меняет ситуацию с мирным договором",
    summary="Российский посол в Японии не видит оснований ожидать возобновления переговоров о мирном договоре после прихода к власти Сигэру Исибы.",
    label="restatement",
    note="Restatement by a new speaker (ambassador Nozdrev instead of Galuzin) of the seed position: no peace treaty talks while Tokyo keeps its unfriendly course; sovereignty not up for discussion. Long sentence with a late negation.",
    body=[
        "Посол России в Японии Николай Ноздрев, отвечая в интервью нашему изданию на вопрос о том, может ли смена премьер-министра в Токио и появление в японском руководстве людей, не раз заявлявших о желании «сдвинуть с мёртвой точки» территориальный вопрос, привести в обозримой перспективе к возобновлению переговоров о мирном договоре, подчеркнул, что оснований для такого вывода он пока не видит.",
        "«Пока Япония проводит недружественный курс, участвует в антироссийских санкциях и наращивает вместе с США военную активность у наших дальневосточных рубежей, предмета для разговора о мирном договоре просто нет», — сказал дипломат.",
        "По словам посла, первые заявления нового кабинета Сигэру Исибы «не содержат ничего нового» и повторяют прежние подходы. «Ключевым условием нормализации остаётся отказ Токио от враждебной политики, а не какие-то сигналы», — отметил Ноздрев.",
        "Он также напомнил, что суверенитет России над Курильскими островами закреплён в международно-правовых документах по итогам Второй мировой войны и обсуждению не подлежит.",
        "Кроме того, посол прокомментировал призывы японских политиков «возобновить гуманитарные обмены». По его словам, решение о прекращении безвизовых поездок было принято в 2022 году в ответ на санкции, и японской стороне «хорошо известно, что для пересмотра этого решения нужны не слова, а дела».",
    ],
    related=[("Исиба избран премьер-министром Японии", "/diplomatiya/isiba"),
             ("Япония продлила санкции против российских банков", "/diplomatiya/sankcii-yaponiya")])
