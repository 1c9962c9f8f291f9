# -*- coding: utf-8 -*-
"""Articles b13-001 .. b13-029 (blind13 corpus). Invented outlets and future events."""

A = []


def art(**kw):
    A.append(kw)


art(id="b13-001", feed="stonebridge", lang="en", published="2024-02-19T06:40:00Z",
    title="Kamikawa tells Diet Tokyo will keep pursuing peace treaty despite Moscow's freeze",
    summary="Japan's foreign minister said the government's policy of resolving the territorial issue and concluding a peace treaty is unchanged.",
    label="restatement",
    note="Restates Kishida's 'steadfast' position (seed 002) and Russia's March 2022 halt of talks (seeds 000/001); new speaker only.",
    author="Hiroko Matsuda",
    body=[
        "TOKYO — Foreign Minister Yoko Kamikawa told the upper house budget committee on Monday that Japan's policy of resolving the question of the attribution of the four northern islands and then concluding a peace treaty with Russia \"has not changed in the slightest,\" even as Moscow continues to refuse to negotiate.",
        "Answering a question from an opposition lawmaker from Hokkaido, Kamikawa acknowledged that relations with Russia were in \"a severe state\" because of the war in Ukraine. Russia announced in March 2022 that it would not continue peace treaty negotiations, citing Japanese sanctions, and a senior Russian diplomat said this month that a resumption was \"categorically impossible.\"",
        "\"It is regrettable that Russia has unilaterally taken such positions, and we have protested. Japan's position on the Northern Territories is consistent,\" the minister said.",
        "Kamikawa declined to speculate on when talks could restart. She also said the government would continue to ask Moscow to allow elderly former residents to visit family graves on the islands, a programme that has been frozen since Russia scrapped visa-free travel arrangements in 2022.",
        "The lawmaker, whose constituency includes the port city of Nemuro, said local fishing communities and former islanders felt \"abandoned by both capitals.\" Kamikawa said the government was aware of the concerns and would keep supporting the region through existing subsidy programmes.",
        "No new measures were announced at the session.",
    ])

art(id="b13-002", feed="voskhod", lang="ru", published="2024-03-21T09:15:00Z",
    title="Два года без переговоров: в МИД России напомнили о позиции по мирному договору с Японией",
    summary="Официальный представитель МИД заявила, что условий для возвращения к диалогу о мирном договоре с Токио нет.",
    label="restatement",
    note="Two-year anniversary of the March 2022 halt (seed 000); Zakharova restates that talks are impossible while sanctions last (seeds 000, 004). No new fact.",
    author="Ирина Колесникова",
    body=[
        "Ровно два года назад, 21 марта 2022 года, российский МИД объявил, что Москва в нынешних условиях не намерена продолжать переговоры с Японией о мирном договоре. В четверг официальный представитель министерства Мария Захарова, отвечая на вопрос нашего агентства на брифинге, дала понять, что с тех пор ничего не изменилось.",
        "«Мы неоднократно говорили, что обсуждать подписание основополагающего документа о двусторонних отношениях с государством, которое проводит откровенно недружественный курс, наращивает санкционное давление и участвует в военных приготовлениях вблизи наших дальневосточных рубежей, — а именно так сегодня ведёт себя официальный Токио, — не представляется возможным», — сказала дипломат.",
        "По её словам, ответственность за деградацию отношений целиком лежит на японской стороне, а суверенитет России над южными Курилами, закреплённый в международно-правовых документах, «сомнению не подлежит».",
        "Захарова также напомнила, что в 2022 году Россия вышла из диалога о совместной хозяйственной деятельности на островах и прекратила действие договорённостей о безвизовых поездках японских граждан. На вопрос, рассматривается ли в Москве возможность пересмотра этих решений хотя бы в гуманитарной части, она ответила, что такие вопросы «на повестке дня сейчас не стоят».",
        "Переговоры о мирном договоре Россия и Япония вели с середины прошлого века; главным камнем преткновения остаётся принадлежность Итурупа, Кунашира, Шикотана и островов Малой Курильской гряды.",
    ])

art(id="b13-003", feed="axial", lang="en", published="2024-04-10T11:00:00Z",
    title="Two years after the 'Whisky War' ended, Hans Island border markers finally go up",
    summary="Canadian and Danish surveyors placed the first boundary markers on the once-disputed Arctic island.",
    label="off_topic",
    note="Look-alike: another island dispute (Hans Island), not Russia-Japan.",
    author="Staff reporter",
    body=[
        "OTTAWA — Surveyors from Canada and Denmark this week installed the first permanent boundary markers on Hans Island, the tiny rock in the Nares Strait that the two countries split down the middle in a 2022 agreement ending a half-century dispute.",
        "The so-called Whisky War, in which Canadian and Danish officers took turns planting flags and leaving bottles of liquor on the island, became a favourite anecdote of diplomats looking for examples of territorial disputes settled peacefully.",
        "Officials from both countries said the markers complete the practical implementation of the treaty, which also created a land border between Canada and Greenland — Canada's first with a European state.",
        "\"It shows that two neighbours can turn a disagreement into a shared line on a map,\" said a Global Affairs Canada spokesperson. Inuit organisations in Nunavut and Greenland have been guaranteed freedom of movement on the island for hunting and fishing.",
        "Scholars note that few of the world's island disputes are so easily resolved. Those involving strategic waters, fisheries or questions of wartime settlement tend to prove far more durable.",
    ])

art(id="b13-004", feed="akatsuki", lang="ja", published="2024-05-15T03:20:00Z",
    title="元島民の平均年齢88歳超に　ビザなし交流再開の見通し立たず",
    summary="千島歯舞諸島居住者連盟のまとめで、元島民の平均年齢が88歳を超えた。交流事業の再開は見通せない状況が続く。",
    label="restatement",
    note="Restates the 2022 termination of visa-free exchanges and former-resident visits (seeds 001, 003); 'no prospect of resumption' is a negated move.",
    author="根室支局",
    body=[
        "北方四島の元島民でつくる千島歯舞諸島居住者連盟は15日、今年3月末時点の元島民の平均年齢が88.4歳になったと発表した。存命の元島民は5000人を下回った。",
        "ロシアは2022年3月、ウクライナ侵攻を受けた日本の対ロ制裁への対抗措置として、ビザなし交流と元島民による自由訪問の枠組みを一方的に停止すると表明した。以来、四島への渡航は途絶えており、墓参も3年連続で実施できていない。",
        "連盟の担当者は「ふるさとの墓に手を合わせたいという願いは切実だ。時間は残されていない」と話す。政府は外交ルートを通じて墓参の再開をロシア側に求めているが、ロシア側からの前向きな反応はなく、再開の見通しは立っていない。",
        "根室市内では今年も、元島民が島の暮らしを語る「語り部」事業が続けられている。連盟は後継者世代への記録の継承にも力を入れる方針だ。",
    ])

art(id="b13-005", feed="panorama", lang="ru", published="2024-06-04T07:30:00Z",
    title="Курильский чай на даче: как вырастить неприхотливый кустарник",
    summary="Агрономы рассказали, как ухаживать за лапчаткой кустарниковой, которую в народе называют курильским чаем.",
    label="off_topic",
    note="Look-alike: 'Kuril tea' shrub, gardening; nothing about the islands or the treaty.",
    author="Отдел «Дом и сад»",
    body=[
        "Лапчатка кустарниковая, больше известная как курильский чай, стала одним из самых популярных кустарников в садах Приморья. Растение цветёт с июня до заморозков, почти не болеет и переносит морозы до минус 40 градусов.",
        "«Курильский чай любит солнце, но мирится с лёгкой полутенью. Главное — не допускать застоя воды у корней», — советует агроном Владивостокского ботанического сада Наталья Гречко.",
        "Сажать кустарник лучше весной, в яму глубиной около 60 сантиметров с дренажем из гравия. Обрезку проводят ранней весной, укорачивая прошлогодние побеги на треть.",
        "Листья и цветки растения с давних времён заваривают как чай: напиток обладает мягким вкусом и, по народным поверьям, помогает при простуде. Специалисты, впрочем, напоминают, что перед употреблением любых травяных сборов стоит проконсультироваться с врачом.",
        "Сегодня селекционеры предлагают десятки сортов — с белыми, розовыми и даже оранжевыми цветками.",
    ])

art(id="b13-006", feed="quayside", lang="en", published="2024-07-02T08:05:00Z",
    title="Japanese buyers keep Sakhalin-2 cargoes flowing as waiver is extended",
    summary="Utilities in Japan continue to lift LNG from the Russian project after Washington extended a sanctions carve-out.",
    label="off_topic",
    note="Unrelated Japan-Russia energy news; no treaty or islands content.",
    author="Quayside Energy Desk",
    body=[
        "Japanese utilities will continue to take liquefied natural gas from Russia's Sakhalin-2 project after the United States extended a licence that allows transactions with the venture despite sanctions on Gazprombank, industry sources said on Tuesday.",
        "Sakhalin-2 supplies roughly 9% of Japan's LNG imports, and Tokyo has argued that an abrupt stop would push up power prices and endanger supply stability in winter. Mitsui & Co and Mitsubishi Corp retain stakes in the Russian-controlled operator created in 2022.",
        "\"The buyers need long-term visibility, and this gives them another few months,\" said an analyst at a Singapore consultancy. Spot prices in Asia were little changed on the news.",
        "Japan has otherwise reduced imports of Russian coal and crude since 2022 and has joined Group of Seven price-cap measures. Officials in Tokyo have repeatedly said energy security considerations justify keeping the Sakhalin stakes.",
        "Trading in shares of the two trading houses was flat in Tokyo.",
    ])

art(id="b13-007", feed="tokiwa", lang="ja", published="2024-08-20T05:00:00Z",
    title="択捉島に無人機部隊を配備か　防衛省、ロシア軍の新編成を確認",
    summary="防衛省は、ロシア軍が択捉島に無人航空機の運用部隊を新たに配置したことを確認したと明らかにした。",
    label="new_development", group="g-drones-iturup",
    new_facts=["Russia deployed a new unmanned aerial vehicle (drone) unit to Iturup, confirmed by Japan's Ministry of Defense"],
    must_mention=[["択捉", "イトゥルプ"], ["無人機", "ドローン", "無人航空機"]],
    note="New: a deployment (drone unit on Iturup) not in the seeds. First report, Japanese.",
    author="政治部",
    body=[
        "防衛省は20日、ロシア軍が北方領土の択捉島に無人航空機を運用する部隊を新たに配備したことを確認したと発表した。ロシア国防省系メディアが公開した映像や、自衛隊による情報収集の結果から判断したという。",
        "同省によると、部隊は択捉島の天寧（ブレヴェストニク）飛行場周辺に拠点を置き、偵察用の中型無人機を運用しているとみられる。北方領土への無人機部隊の配備が確認されたのは初めて。",
        "木原稔防衛相は閣議後の記者会見で「北方領土におけるロシア軍の軍備強化は、わが国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。",
        "ロシアは近年、北方領土を含む千島列島で地対艦ミサイルや戦闘機の配備など軍事拠点化を進めている。防衛省は、無人機による周辺海域の監視活動が活発化する可能性があるとして、警戒監視を強める方針だ。",
    ])

art(id="b13-008", feed="lanternbay", lang="en", published="2024-08-21T02:10:00Z",
    title="Tokyo protests after confirming Russian drone unit on Iturup",
    summary="Japan's Defense Ministry says Russia has stationed a reconnaissance drone unit at an airfield on Iturup, the first such deployment on the disputed islands.",
    label="new_development", group="g-drones-iturup",
    new_facts=["Russia stationed a reconnaissance drone unit at Burevestnik airfield on Iturup"],
    must_mention=[["iturup", "etorofu"], ["drone", "unmanned"]],
    note="Same development as b13-007, English report a day later.",
    author="Lantern Bay Chronicle Asia staff",
    body=[
        "Japan lodged a diplomatic protest with Moscow on Tuesday after its Defense Ministry confirmed that Russia has stationed a reconnaissance drone unit on Iturup, one of four Russian-held islands claimed by Tokyo.",
        "The unit is based near Burevestnik airfield and operates medium-sized surveillance drones, the ministry said, citing video released by Russian military media and its own intelligence. It is the first drone unit known to have been deployed to the islands, which Japan calls the Northern Territories.",
        "\"The military buildup in the Northern Territories is incompatible with Japan's position and unacceptable,\" Defense Minister Minoru Kihara told reporters.",
        "Russia has strengthened its presence on the southern Kurils in recent years, including coastal missile systems. Moscow regards the islands as Russian territory acquired as a result of World War II and says its defensive measures there are an internal matter.",
        "Analysts said the drones would extend Russian surveillance over the Nemuro Strait and the sea approaches to Hokkaido.",
    ])

art(id="b13-009", feed="voskhod", lang="ru", published="2024-09-03T04:00:00Z",
    title="На Курилах отметили День окончания Второй мировой войны",
    summary="В Южно-Курильске и Курильске прошли памятные митинги; глава округа напомнил о суверенитете России над островами.",
    label="restatement",
    note="Occasion piece (3 September); restates Russian sovereignty position (seeds 001, 004). No new fact.",
    author="Корреспондент «Восход-Медиа»",
    body=[
        "В городах и сёлах Курильских островов во вторник прошли памятные мероприятия, приуроченные ко Дню окончания Второй мировой войны. В Южно-Курильске к мемориалу советским воинам, погибшим при освобождении Курил в 1945 году, возложили цветы ветераны, школьники и военнослужащие.",
        "Глава Южно-Курильского муниципального округа в своём выступлении напомнил, что острова стали частью Советского Союза по итогам войны, и это, по его словам, закреплено в международных документах. «Наш суверенитет над островами ни у кого сомнений вызывать не должен», — сказал он.",
        "На митинге также вспоминали десантную операцию августа–сентября 1945 года, в ходе которой советские войска заняли острова Курильской гряды.",
        "Праздничные концерты прошли в домах культуры Курильска и Малокурильского. Вечером на набережной Южно-Курильска был дан салют.",
    ])

art(id="b13-010", feed="axial", lang="en", published="2024-10-08T10:30:00Z",
    title="Analysis: Could a Ukraine ceasefire reopen the Kuril file?",
    summary="Scholars see little chance of quick movement on the Russia-Japan territorial issue even if fighting in Ukraine stops.",
    label="neutral",
    note="Borderline analysis piece speculating about future talks; no event. Not scored.",
    author="Daniel Okafor",
    body=[
        "With talk of a possible ceasefire in Ukraine growing louder in Western capitals, some in Tokyo have begun to wonder whether a pause in the fighting could eventually bring Russia back to the table on the long-stalled peace treaty. Most specialists Axial Asia Report spoke to are sceptical.",
        "\"Even in the best case, Moscow will ask for sanctions relief first. Tokyo cannot give that on its own while it is in lockstep with the G7,\" said a professor of Russian studies at a university in Sapporo.",
        "Others point out that the two sides' positions had drifted apart well before 2022. A former Japanese diplomat said the negotiations launched on the basis of the 1956 Joint Declaration in 2018 had already stalled by 2020 over Moscow's insistence that Japan first recognise the outcome of the Second World War.",
        "Still, there is a constituency for engagement. Fishing cooperatives in eastern Hokkaido rely on arrangements with Russian authorities, and former islanders want to visit family graves while they still can.",
        "\"A ceasefire would not solve anything, but it might allow small humanitarian steps,\" the professor said. \"The treaty itself is another decade away, at least.\"",
    ])

art(id="b13-011", feed="akatsuki", lang="ja", published="2024-11-12T06:45:00Z",
    title="竹島周辺で韓国が海洋調査　政府が抗議",
    summary="島根県・竹島周辺の日本の排他的経済水域で韓国の海洋調査船が活動しているのが確認され、政府は韓国側に抗議した。",
    label="off_topic",
    note="Look-alike: Takeshima dispute with South Korea, not the Russia-Japan issue.",
    author="東京支社",
    body=[
        "海上保安庁は12日、島根県の竹島周辺の日本の排他的経済水域（EEZ）内で、韓国の海洋調査船がワイヤのようなものを海中に投入しているのを確認したと発表した。日本の同意を得ていない調査活動とみられる。",
        "外務省は外交ルートを通じて韓国側に抗議し、調査の即時中止を求めた。林芳正官房長官は記者会見で「竹島は歴史的事実に照らしても国際法上も明らかに日本固有の領土だ」と述べた。",
        "竹島を巡っては、韓国が警備隊を常駐させるなど実効支配を続けており、日本政府は「不法占拠」との立場を取っている。島根県は毎年2月22日を「竹島の日」と定めている。",
        "日韓関係は改善基調にあるが、領土問題を巡る対立は続いている。",
    ])

art(id="b13-012", feed="stonebridge", lang="en", published="2024-12-05T07:20:00Z",
    title="Russian envoy: Moscow 'ready to talk' once Tokyo drops its hostile line",
    summary="Ambassador Nikolai Nozdrev said Russia would return to a substantive dialogue with Japan only if Tokyo abandoned sanctions.",
    label="restatement",
    note="Conditional readiness ('ready to ... once ...') restating the known position that talks are impossible while sanctions last (seed 004).",
    author="Hiroko Matsuda",
    body=[
        "TOKYO — Russia's ambassador to Japan, Nikolai Nozdrev, said on Thursday that Moscow would be ready to return to a serious dialogue with Tokyo, including on a peace treaty, once the Japanese government abandoned what he called its \"openly hostile\" policy toward Russia.",
        "Speaking at a year-end gathering with Japanese journalists at the embassy, Nozdrev said the ball was \"entirely in Tokyo's court.\" \"If Japan lifts its illegitimate sanctions and stops its militarisation together with the United States near our borders, we would not refuse to talk. But today there is no basis for a discussion of a peace treaty,\" he said.",
        "The ambassador repeated that Russia's sovereignty over the southern Kuril Islands was not subject to discussion and that the decision to end visa-free exchanges in 2022 had been forced by Japan's conduct.",
        "Japanese officials have said they will not ease sanctions while the war in Ukraine continues. A Foreign Ministry spokesperson in Tokyo said Japan's position on concluding a peace treaty after resolving the territorial issue remained unchanged.",
        "Asked whether he saw any chance of humanitarian gestures such as grave visits next year, Nozdrev said he had \"nothing to announce.\"",
    ])

art(id="b13-013", feed="panorama", lang="ru", published="2025-01-22T05:10:00Z",
    title="Лимаренко: развитие Курил идёт без оглядки на Японию",
    summary="Губернатор Сахалинской области рассказал о планах на год и прокомментировал отношения с Японией.",
    label="restatement",
    note="Governor restates that Japan joint economic activity is over (Russia withdrew, seeds 000/001) and sovereignty is undisputed. No new decision.",
    author="Андрей Жилин",
    body=[
        "Губернатор Сахалинской области Валерий Лимаренко в интервью «Приморской панораме» подвёл итоги прошлого года и рассказал о планах развития Курильских островов.",
        "По словам главы региона, на островах продолжается реализация уже утверждённых программ: строятся жильё, школы и объекты энергетики, действует режим льготного налогообложения для инвесторов. «Мы развиваем Курилы для людей, которые там живут, и ни на кого не оглядываемся», — сказал губернатор.",
        "Отвечая на вопрос о возможном участии японского бизнеса, Лимаренко напомнил, что Россия в 2022 году вышла из диалога с Японией о совместной хозяйственной деятельности на южных Курилах и что возвращаться к этой теме никто не собирается, пока Токио сохраняет санкции. «Японские компании сами ушли. Острова — российская территория, и это не обсуждается», — подчеркнул он.",
        "Губернатор также отметил рост туристического потока на Итуруп и Кунашир и пообещал расширить авиасообщение с Южно-Сахалинском.",
    ])

art(id="b13-014", feed="tokiwa", lang="ja", published="2025-02-07T04:30:00Z",
    title="「北方領土の日」全国大会　首相「平和条約締結の方針は不変」",
    summary="東京都内で北方領土返還要求全国大会が開かれ、首相は領土問題を解決して平和条約を締結する方針を堅持すると述べた。",
    label="restatement",
    note="Annual occasion (Northern Territories Day); restates Japan's position to resolve the territorial issue and conclude a treaty (seed 002) and Russia's halt (seed 000).",
    author="政治部",
    body=[
        "「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれ、元島民や関係団体の代表らが参加した。",
        "首相はあいさつで「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。ロシアが2022年に平和条約交渉の継続を拒否したことには「極めて不当であり、断じて受け入れられない」と改めて批判した。",
        "元島民を代表して登壇した歯舞群島出身の男性（90）は「墓参りもできないまま仲間が次々と亡くなっている。一日も早く故郷の島に行かせてほしい」と訴えた。",
        "大会では、四島の早期返還と、元島民の墓参などの交流事業の再開をロシア側に求めるアピールを採択した。ロシア側が交流事業を再開する兆しは見えていない。",
    ])

art(id="b13-015", feed="lanternbay", lang="en", published="2025-02-08T01:50:00Z",
    title="On Northern Territories Day, aging islanders plead for graveside visits",
    summary="Japan's prime minister reaffirmed the goal of a peace treaty at the annual rally in Tokyo, as former residents called for visits to resume.",
    label="restatement",
    note="English report of the same annual rally; restatement of known positions (seeds 002, 001).",
    author="Lantern Bay Chronicle Tokyo bureau",
    body=[
        "Japan's prime minister told an annual rally in Tokyo on Friday that the government remained committed to resolving the territorial dispute with Russia and concluding a peace treaty, describing Moscow's 2022 refusal to continue negotiations as \"extremely unjust.\"",
        "The rally, held every year on February 7, Northern Territories Day, drew former residents of the four islands — Etorofu, Kunashiri, Shikotan and the Habomai group — along with officials and students.",
        "A 90-year-old man born in the Habomai islands asked the government to work for the resumption of grave visits, which have been halted since Russia terminated visa-free exchange arrangements in 2022. \"We are running out of time,\" he said.",
        "Participants adopted an appeal calling on Russia to return the islands and to allow the exchange programmes to restart. There has been no indication from Moscow that it is willing to do so.",
    ])

art(id="b13-016", feed="voskhod", lang="ru", published="2025-03-11T06:00:00Z",
    title="Плавучий энергоблок «Росатома» прибыл к Итурупу",
    summary="ПЭБ пришвартован в заливе Китовый; он должен обеспечить электроэнергией Курильск и рыбоперерабатывающие предприятия.",
    label="new_development", group="g-fpu-iturup",
    new_facts=["Rosatom's floating power unit was towed to and moored off Iturup (Kitovy Bay) to supply the island with electricity"],
    must_mention=[["итуруп"], ["плавуч", "энергоблок", "пэб"]],
    note="New: infrastructure deployment (floating power unit at Iturup), not in seeds. First report, Russian.",
    author="Сергей Ракитин",
    body=[
        "Плавучий энергоблок (ПЭБ), построенный для нужд Курильских островов, прибыл к Итурупу и пришвартован в заливе Китовый, сообщили во вторник в «Росатоме». Переход из Владивостока на буксире занял девять суток.",
        "Мощность энергоблока составляет около 30 МВт. Его работа, как ожидается, позволит полностью отказаться от дизельных электростанций в Курильске и обеспечить электроэнергией рыбоперерабатывающие заводы и строящийся жилой микрорайон. Подключение к сетям острова намечено на конец весны.",
        "«Это первый объект такого класса на Курилах. Он даст острову стабильную и недорогую энергию на десятилетия», — заявил представитель госкорпорации.",
        "Губернатор Сахалинской области назвал прибытие ПЭБ «историческим событием для островов». По его словам, после ввода блока в эксплуатацию тарифы для местных жителей будут снижены.",
        "Энергоблок укомплектован экипажем из 60 человек; обслуживающий персонал будет жить в вахтовом посёлке на берегу залива.",
    ])

art(id="b13-017", feed="tokiwa", lang="ja", published="2025-03-12T03:40:00Z",
    title="ロシア、択捉島に浮体式発電所　政府「わが国の立場と相いれない」",
    summary="ロシア国営企業ロスアトムが浮体式発電設備を択捉島に配置したことについて、政府は外交ルートで抗議した。",
    label="new_development", group="g-fpu-iturup",
    new_facts=["Rosatom's floating power unit moored off Iturup; Japan protested"],
    must_mention=[["択捉"], ["浮体式", "発電"]],
    note="Same development as b13-016; Japanese report with Tokyo's protest.",
    author="政治部",
    body=[
        "ロシア国営原子力企業ロスアトムが建造した浮体式の発電設備が、北方領土の択捉島に到着した。ロシア側の発表によると、設備は島北部の紗那（クリーリスク）近郊の湾に係留され、島内への電力供給に使われる。",
        "官房長官は12日の記者会見で「北方領土におけるロシアの一連の動きは、わが国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。",
        "ロシアは北方領土での「経済特区」制度の導入などで、インフラ整備を加速させている。2022年に共同経済活動に関する対話から一方的に離脱して以降、日本抜きでの開発が進む。",
        "設備は出力約3万キロワットで、ディーゼル発電に代わって住宅や水産加工場に電力を供給する計画という。",
    ])

art(id="b13-018", feed="quayside", lang="en", published="2025-03-13T09:00:00Z",
    title="Rosatom parks floating power plant off disputed Iturup",
    summary="A 30 MW floating unit has been moored in Kitovy Bay to replace diesel generators on the Russian-held island claimed by Japan.",
    label="new_development", group="g-fpu-iturup",
    new_facts=["Rosatom floating power unit moored off Iturup"],
    must_mention=[["iturup", "etorofu"], ["floating"]],
    note="Third report of g-fpu-iturup, English business angle.",
    author="Quayside Energy Desk",
    body=[
        "Russian state nuclear corporation Rosatom has moored a floating power unit off Iturup, the largest of the Russian-held islands claimed by Japan, the company said, in a project meant to replace expensive diesel generation on the island.",
        "The 30-megawatt unit, towed from Vladivostok, is anchored in Kitovy Bay near the town of Kurilsk and is due to be connected to the island grid by late spring. It will power housing and fish-processing plants that have expanded under a preferential tax regime.",
        "Japan's government protested, saying Russian activities on the islands were incompatible with Tokyo's position. Moscow says the islands are Russian territory and that their development is its own affair.",
        "Rosatom has marketed floating units to Arctic and export customers. An analyst in Moscow said the Iturup deployment showed the company was \"finding domestic uses for a product that sanctions have made hard to sell abroad.\"",
    ])

art(id="b13-019", feed="axial", lang="en", published="2025-04-09T12:15:00Z",
    title="Chagos treaty clears key vote as Diego Garcia lease terms are published",
    summary="Britain's deal to hand sovereignty over the Chagos archipelago to Mauritius moved forward in parliament.",
    label="off_topic",
    note="Look-alike: other island sovereignty treaty (Chagos), unrelated.",
    author="Axial Asia Report wires",
    body=[
        "LONDON — Legislation to implement Britain's treaty transferring sovereignty over the Chagos Islands to Mauritius cleared a key parliamentary stage on Wednesday, after the government published the financial terms of a 99-year lease on the Diego Garcia military base.",
        "Under the deal, the United States and Britain will continue to operate the base, while Mauritius gains sovereignty over the archipelago. Critics in parliament argued the annual payments were too high and that the handover could give China a foothold in the Indian Ocean.",
        "Chagossians displaced from the islands in the 1960s and 1970s remain divided, with some groups saying they were not consulted on the terms of any resettlement.",
        "The treaty follows a 2019 advisory opinion of the International Court of Justice that Britain's continued administration of the islands was unlawful.",
    ])

art(id="b13-020", feed="stonebridge", lang="en", published="2025-04-25T05:30:00Z",
    title="Diplomatic Bluebook keeps hard line on Russia, calls islands 'inherent territory'",
    summary="Japan's annual foreign policy report says relations with Russia remain severe and reaffirms the goal of a peace treaty.",
    label="restatement",
    note="Annual report restating Japan's position; mentions Russia's 2022 halt and termination of visa-free exchanges (seeds 000-003). Nothing new.",
    author="Stonebridge Wire Tokyo",
    body=[
        "TOKYO — Japan's 2025 Diplomatic Bluebook, presented to the cabinet on Friday, describes the four northern islands as \"territories over which Japan has sovereignty\" and an \"inherent part of the territory of Japan,\" wording that has been used since relations with Moscow collapsed in 2022.",
        "The annual report says Japan-Russia relations \"remain in a severe situation\" because of Russia's aggression against Ukraine, and that Tokyo will maintain sanctions in coordination with the Group of Seven.",
        "It repeats that Russia's unilateral announcement in March 2022 that it would not continue peace treaty negotiations, and its suspension of visa-free exchanges and free visits by former residents, were \"extremely unjust and absolutely unacceptable.\"",
        "\"Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged,\" the document says. It lists the resumption of grave visits as a priority \"to which Japan continues to strongly request Russia's response.\"",
        "The Bluebook's chapter on Russia is nearly identical to last year's.",
    ])

art(id="b13-021", feed="panorama", lang="ru", published="2025-05-20T08:45:00Z",
    title="В МИД опровергли сообщения о скором возобновлении безвизовых обменов с Японией",
    summary="В российском внешнеполитическом ведомстве назвали «не соответствующими действительности» публикации о подготовке возобновления поездок японцев на Курилы.",
    label="restatement",
    note="Denied rumour: visa-free exchanges remain terminated (seeds 001, 003). No change of state.",
    author="Андрей Жилин",
    body=[
        "В МИД России опровергли появившиеся в ряде японских СМИ сообщения о том, что Москва якобы готовит возобновление безвизовых обменов с Японией по линии южных Курил уже этим летом.",
        "«Подобные публикации не соответствуют действительности. Никаких решений о восстановлении действия соглашений о безвизовых поездках японских граждан на острова, прекращённых в 2022 году по вине Токио, не принималось, и соответствующие вопросы с японской стороной не обсуждаются», — сообщили «Приморской панораме» в департаменте информации и печати министерства.",
        "Ранее японская газета со ссылкой на источники в правительстве написала, что стороны «прощупывают почву» для гуманитарных поездок бывших жителей островов на могилы предков.",
        "В японском МИД эту информацию также не подтвердили, заявив, что Токио продолжает добиваться возобновления посещений захоронений, однако «конкретных договорённостей нет».",
    ])

art(id="b13-022", feed="akatsuki", lang="ja", published="2025-06-10T07:00:00Z",
    title="北海道知事、墓参再開へ国に要望　「一刻も早い対応を」",
    summary="鈴木直道知事が外務省を訪れ、北方墓参を含む四島交流事業の再開に向けた対ロ働きかけを求めた。",
    label="restatement",
    note="A request (urged Tokyo to press Moscow) — wished-for move; visits remain halted (seeds 001, 003).",
    author="札幌支社",
    body=[
        "北海道の鈴木直道知事は10日、外務省を訪れ、北方四島の元島民らによる墓参を含む交流事業の早期再開に向け、ロシア側への働きかけを強めるよう要望した。",
        "知事は「元島民の平均年齢は88歳を超え、残された時間は少ない。せめて墓参だけでも再開できるよう、あらゆる機会を捉えてロシアに働きかけてほしい」と述べた。対応した外務副大臣は「人道的観点から墓参の再開を最優先事項として求めていく」と応じた。",
        "ロシアは2022年、ビザなし交流や自由訪問の枠組みの停止を一方的に通告しており、再開に向けた具体的な協議は行われていない。政府関係者は「ロシア側が応じる気配はない」と話している。",
        "知事は同日、北方領土隣接地域の振興策の拡充も求めた。",
    ])

art(id="b13-023", feed="voskhod", lang="ru", published="2025-07-16T03:30:00Z",
    title="Лавров впервые посетил Кунашир",
    summary="Министр иностранных дел России побывал на южных Курилах, осмотрел порт и встретился с жителями Южно-Курильска.",
    label="new_development", group="g-lavrov-kunashir",
    new_facts=["Russian Foreign Minister Sergei Lavrov visited Kunashir (first visit by a Russian foreign minister to the island)"],
    must_mention=[["лавров"], ["кунашир"]],
    note="New: a visit by the Russian foreign minister to Kunashir; not in seeds. First report, Russian.",
    author="Ирина Колесникова",
    body=[
        "Министр иностранных дел России Сергей Лавров в среду впервые посетил остров Кунашир. Глава МИД прилетел в Южно-Курильск из Южно-Сахалинска вместе с губернатором Сахалинской области.",
        "Лавров осмотрел реконструированный морской порт, новую школу и строящуюся больницу, а затем встретился с жителями и представителями местной администрации. «Курилы — неотъемлемая часть России. Мы приехали сюда, чтобы посмотреть, как живут люди, и услышать, что ещё нужно сделать», — сказал министр.",
        "Отвечая на вопрос журналистов о реакции Токио, Лавров заметил, что «поездки российских официальных лиц по территории собственной страны ни с кем согласовывать не нужно». О перспективах мирного договора он высказался коротко: «Пока Япония проводит враждебную политику, предмета для разговора нет».",
        "Визит министра иностранных дел на южные Курилы стал первым в истории. Ранее острова посещали председатель правительства, секретарь Совбеза и другие высокопоставленные чиновники.",
    ])

art(id="b13-024", feed="lanternbay", lang="en", published="2025-07-16T09:40:00Z",
    title="Lavrov makes first trip to Kunashir; Japan lodges protest",
    summary="Russia's foreign minister toured the disputed island, saying officials need no one's permission to travel within Russia.",
    label="new_development", group="g-lavrov-kunashir",
    new_facts=["Sergei Lavrov visited Kunashir, first Russian foreign minister to do so"],
    must_mention=[["lavrov"], ["kunashir", "kunashiri"]],
    note="Same development as b13-023, English with Japan's protest.",
    author="Lantern Bay Chronicle Asia staff",
    body=[
        "Russian Foreign Minister Sergei Lavrov visited Kunashir on Wednesday, becoming the first Russian foreign minister to set foot on one of the four islands claimed by Japan, and drawing an immediate protest from Tokyo.",
        "Lavrov toured a rebuilt port, a school and a hospital under construction in Yuzhno-Kurilsk and met residents. \"The Kurils are an inalienable part of Russia,\" he said, adding that trips by Russian officials within their own country required no one's approval.",
        "Japan's Foreign Ministry summoned a Russian embassy official and said the visit was \"contrary to Japan's position and extremely regrettable.\"",
        "Asked about a peace treaty, Lavrov repeated Moscow's line that there was nothing to discuss while Japan pursued a hostile policy.",
    ])

art(id="b13-025", feed="akatsuki", lang="ja", published="2025-07-18T02:30:00Z",
    title="ラブロフ外相の国後島訪問　官房長官「到底受け入れられない」",
    summary="官房長官は記者会見で、ロシア外相の国後島訪問について改めて遺憾の意を示した。",
    label="new_development", group="g-lavrov-kunashir",
    new_facts=["Lavrov's visit to Kunashir; Japanese government reaction"],
    must_mention=[["ラブロフ"], ["国後"]],
    note="Follow-up with no new fact (Japan's reaction two days later) — member of g-lavrov-kunashir per FORMAT.",
    author="政治部",
    body=[
        "官房長官は18日午前の記者会見で、ロシアのラブロフ外相が16日に北方領土の国後島を訪問したことについて「わが国の立場と相いれず、到底受け入れられない。極めて遺憾だ」と述べた。",
        "政府は訪問当日、外交ルートを通じてロシア側に抗議している。官房長官は「北方領土問題を解決して平和条約を締結するという基本方針の下、粘り強く対応していく」と強調した。",
        "ロシア外相による北方領土訪問は初めて。ラブロフ氏は現地で「クリル諸島はロシアの不可分の一部だ」と発言していた。",
        "根室市の元島民からは「交流が止まったままの中で、こうした訪問ばかりが続くのはつらい」との声が聞かれた。",
    ])

art(id="b13-026", feed="quayside", lang="en", published="2025-08-15T07:50:00Z",
    title="Norwegian start-up Kurile raises NOK 120m for offshore salmon pens",
    summary="The Bergen-based company, named after a cold Pacific current, plans a semi-submersible farm off Vestland.",
    label="off_topic",
    note="Look-alike: a company named after the Kuril (Kurile) current; unrelated.",
    author="Quayside Seafood",
    body=[
        "Kurile AS, a Bergen-based aquaculture start-up, has raised 120 million Norwegian crowns from investors to build its first semi-submersible salmon pen off the coast of Vestland, the company said on Friday.",
        "The firm takes its name from the Kurile, or Oyashio, current — the cold, nutrient-rich Pacific stream that its founders studied as marine biologists in Hokkaido. \"It is the most productive water in the world, and we want to build farms that work with the ocean rather than against it,\" chief executive Ingrid Solheim said.",
        "The design places fish pens several metres below the surface to reduce sea-lice infestations. Norway's fisheries directorate granted the project a development licence last year.",
        "The round was led by a family office in Stavanger. Kurile plans a first harvest in 2027.",
    ])

art(id="b13-027", feed="panorama", lang="ru", published="2025-09-02T06:20:00Z",
    title="Опрос: большинство сахалинцев не верят в скорое примирение с Японией",
    summary="Социологи выяснили, как жители области оценивают отношения с Японией и перспективы мирного договора.",
    label="neutral",
    note="Borderline: an opinion poll about the treaty; no official event.",
    author="Отдел общества",
    body=[
        "Почти три четверти жителей Сахалинской области считают, что в ближайшие годы Россия и Япония мирный договор не подпишут, показал опрос, проведённый региональным центром социологических исследований в августе.",
        "71% респондентов ответили, что отношения двух стран «будут оставаться плохими». При этом 58% сказали, что хотели бы восстановления туристических поездок в Японию, а 44% поддержали бы возобновление гуманитарных обменов с японскими соседями.",
        "Отвечая на вопрос о возможной передаче Японии каких-либо островов, 93% высказались категорически против.",
        "«Настроения остаются прагматичными: люди не хотят уступок, но скучают по поездкам на Хоккайдо», — прокомментировала руководитель исследования. Опрос проводился по телефону, в нём приняли участие 1200 человек.",
    ])

art(id="b13-028", feed="stonebridge", lang="en", published="2025-10-01T10:00:00Z",
    title="Armenia and Azerbaijan sign peace treaty text at ceremony in Abu Dhabi",
    summary="The two South Caucasus neighbours put their signatures to a long-negotiated peace agreement.",
    label="off_topic",
    note="Look-alike: another peace treaty; not Russia-Japan.",
    author="Stonebridge Wire",
    body=[
        "ABU DHABI — The foreign ministers of Armenia and Azerbaijan on Wednesday signed the text of a peace treaty meant to end more than three decades of conflict, in a ceremony hosted by the United Arab Emirates.",
        "The 17-article agreement commits both sides to recognise each other's territorial integrity, to refrain from territorial claims and to withdraw complaints from international courts. It still requires ratification, and Azerbaijan has said it expects Armenia to change its constitution first.",
        "\"This is a historic day for the South Caucasus,\" the UAE foreign minister said. Russia, which brokered a 2020 ceasefire, was not represented.",
        "Diplomats cautioned that border delimitation and transport links remain to be settled.",
    ])

art(id="b13-029", feed="axial", lang="en", published="2025-11-18T08:30:00Z",
    title="Japan attends Black Sea economic forum as guest, first time since Russia blocked its status",
    summary="A Japanese diplomat took part in a BSEC ministerial meeting at the chair's invitation; Tokyo's sectoral dialogue partner status was not restored.",
    label="status_change", group="g-bsec-guest",
    new_facts=["Japan attended a BSEC ministerial meeting as a one-off invited guest — first participation since Russia blocked its sectoral dialogue partner status in 2022; the status itself was not restored"],
    must_mention=[["bsec", "black sea economic"], ["guest", "invit", "one-off", "once"]],
    note="Status of a tracked matter (Japan's BSEC status blocked in 2022, seeds 000-003) moves partially: attended once as guest, status not restored — a 'neither' state. First report, English.",
    author="Axial Asia Report wires",
    body=[
        "ISTANBUL — Japan took part in a meeting of the Organization of the Black Sea Economic Cooperation on Tuesday for the first time since Russia blocked the extension of its sectoral dialogue partner status in 2022, after the organisation's rotating chair invited Tokyo as a guest.",
        "A counsellor from the Japanese embassy in Ankara attended the Council of Ministers of Foreign Affairs session on transport and connectivity, diplomats said. Russia, which has a veto over partner applications, did not object to the one-off invitation, according to two people present.",
        "The organisation stressed that the invitation applied to this meeting only and that Japan's status as a sectoral dialogue partner had not been restored. \"It is a guest invitation, nothing more,\" a BSEC secretariat official said.",
        "Japan's status as a sectoral dialogue partner of the 13-member group lapsed after Moscow said in March 2022 that it would block its extension, as part of its response to Japanese sanctions, alongside halting peace treaty negotiations.",
        "A Japanese Foreign Ministry official in Tokyo welcomed the chance to participate but said there were \"no talks with Russia\" on the status question.",
    ])
