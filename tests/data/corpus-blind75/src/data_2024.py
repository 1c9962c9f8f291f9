# -*- coding: utf-8 -*-
"""Articles published in 2024 (Feb 2024 - Dec 2024)."""

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Feb 2024
A(feed="replika-ru", lang="ru", published="2024-02-15T12:40:00Z",
  author="Анна Веретенникова", section="Брифинги",
  title="Захарова: возобновление диалога по мирному договору с Японией «в нынешних условиях исключено»",
  summary="На еженедельном брифинге официальный представитель МИД ответила на вопрос о заявлениях японского премьера в День северных территорий.",
  label="restatement",
  note="Restates seed facts: talks impossible (Rudenko, seed 004), March 2022 termination of talks and visa-free trips (seeds 000/001), sovereignty 'not in question'. New speaker, fresh wording, no act.",
  body=[
      "Официальный представитель МИД России Мария Захарова на брифинге в четверг прокомментировала заявления премьер-министра Японии Фумио Кисиды, прозвучавшие 7 февраля на ежегодном митинге за «возвращение северных территорий».",
      "«Мы внимательно ознакомились с этими высказываниями. Ничего нового в них нет: Токио продолжает делать вид, будто можно одновременно вводить против нашей страны санкции, помогать киевскому режиму и при этом рассчитывать на диалог по мирному договору. Так не бывает», — сказала Захарова.",
      "По её словам, возобновление переговоров «в нынешних условиях исключено», а ответственность за состояние двусторонних отношений «целиком и полностью лежит на японской стороне». «Мы неоднократно об этом говорили, в том числе совсем недавно устами заместителя министра Андрея Руденко», — добавила дипломат.",
      "Отвечая на уточняющий вопрос японского корреспондента о возможности возобновления безвизовых обменов и поездок бывших жителей островов к местам захоронений, Захарова заявила, что «решения, принятые в марте 2022 года, остаются в силе». «Если японская сторона хочет говорить о гуманитарных вещах, ей стоит начать с пересмотра своего враждебного курса», — отметила она.",
      "Захарова также напомнила, что суверенитет России над южными Курилами «закреплён в международно-правовых документах по итогам Второй мировой войны и сомнению не подлежит».",
      "В марте 2022 года МИД России объявил, что не намерен продолжать переговоры с Японией о мирном договоре из-за введённых Токио санкций, вышел из диалога о совместной хозяйственной деятельности на южных Курилах и прекратил действие договорённостей о безвизовых поездках.",
  ])

A(feed="dovecote-wire", lang="en", published="2024-02-22T07:15:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="Seoul protests as Shimane marks 'Takeshima Day'",
  summary="South Korea summoned a Japanese diplomat after a Tokyo official attended the prefecture's annual ceremony over the islets Seoul calls Dokdo.",
  label="off_topic",
  note="Look-alike: another island dispute (Takeshima/Dokdo), official protest language; one background line mentions the Russia dispute.",
  body=[
      "SEOUL/TOKYO — South Korea lodged a protest with Japan on Thursday after a Japanese government official attended an annual ceremony in Shimane prefecture asserting Tokyo's claim to a pair of rocky islets controlled by Seoul.",
      "South Korea's foreign ministry said it had summoned a senior diplomat from the Japanese embassy and urged Tokyo to 'immediately abolish' the event, which Shimane has held every February 22 since 2006. The islets, known as Dokdo in Korea and Takeshima in Japan, lie roughly midway between the two countries in the Sea of Japan, which Koreans call the East Sea.",
      "'The Japanese government must recognise that its unjust claims do not affect in any way our sovereignty over Dokdo,' a ministry spokesperson told a regular briefing.",
      "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan's position that the islets are 'an inherent part of Japan's territory' was unchanged and that the government would 'respond calmly and resolutely'. He said Tokyo had conveyed its own position to Seoul through diplomatic channels.",
      "The dispute flares up every year around the ceremony but has not derailed the recent thaw between the two U.S. allies, who have resumed regular 'shuttle diplomacy' between their leaders and expanded security cooperation in response to North Korea's missile programme.",
      "Japan also has territorial disputes with China over the uninhabited Senkaku islands in the East China Sea and with Russia over four islands off Hokkaido.",
      "A Shimane official said about 500 people attended this year's ceremony in Matsue, the prefectural capital.",
  ])

# ---------------------------------------------------------------- Mar-Apr 2024
A(feed="dais-docket", lang="en", published="2024-03-07T07:20:00Z",
  author="Dais & Docket desk", section="Diet Q&A",
  title="House of Councillors Budget Committee, March 7: the Russia exchange (excerpt, unofficial translation)",
  summary="Prime Minister Kishida and Foreign Minister Kamikawa answer questions on grave visits and the peace treaty. Unofficial translation of the relevant passage.",
  label="restatement",
  note="Parliamentary answer: aim ('policy unchanged'), request ('continue to request'), 'raised on every occasion'. Restates seeds (2022 termination, Rudenko Feb 2024).",
  body=[
      "The following is an unofficial translation of part of Thursday's session of the House of Councillors Budget Committee. Speaker identifications are ours; the official record will be published by the Diet secretariat.",
      "MEMBER (Constitutional Democratic Party): Former islanders are now on average over 88 years old. Grave visits have not happened since 2019. What concrete steps is the government taking?",
      "PRIME MINISTER FUMIO KISHIDA: Japan-Russia relations are in a severe situation owing to Russia's aggression against Ukraine. Even so, the government's policy of resolving the territorial issue and concluding a peace treaty remains unchanged. As for the exchange programmes with the four northern islands, resuming them, with grave visits at their centre, is one of the top priorities in Japan-Russia relations, and we will continue to request this strongly of the Russian side.",
      "MEMBER: You say 'request'. Has Russia answered even once?",
      "FOREIGN MINISTER YOKO KAMIKAWA: We have raised the matter through diplomatic channels on every possible occasion, including at the working level. I must refrain from going into the details of those exchanges. Regrettably, the Russian side has not changed its position at this time.",
      "MEMBER: So the answer is no.",
      "KISHIDA: The feelings of the former islanders weigh heavily on me. We will continue to make every effort.",
      "Background: Russia announced in March 2022 that it was pulling out of peace treaty negotiations and ending visa-free trips by Japanese citizens to the islands, which Russia calls the Southern Kurils, in response to Japan's sanctions over Ukraine. Russian Deputy Foreign Minister Andrei Rudenko said in February that resuming treaty talks was 'categorically impossible' under current conditions.",
  ])

A(feed="gantry-record", lang="en", published="2024-04-16T08:00:00Z",
  author="Harriet Okafor", section="Diplomacy",
  title="Japan's 2024 Diplomatic Bluebook repeats islands language, calls Russia ties 'severe'",
  summary="The annual foreign policy report says Tokyo still aims to resolve the territorial issue and conclude a peace treaty, and calls Moscow's 2022 measures 'unjust'.",
  label="restatement",
  note="Annual report restating positions: Japan's sovereignty claim, aim of a treaty, 2022 measures (seeds 000/001/003). 'No change of policy'.",
  body=[
      "TOKYO — Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday, described relations with Russia as being in a 'severe situation' and repeated Tokyo's stance that the four islands off Hokkaido are Japanese territory over which Japan has sovereignty.",
      "The document repeats language used in last year's edition, calling Russia's March 2022 announcement that it would not continue treaty negotiations, and its termination of visa-free exchanges with the islands, 'extremely unjust and absolutely unacceptable'.",
      "'Japan's policy of resolving the territorial issue and concluding a peace treaty remains unchanged,' the Bluebook says, adding that the government places priority on resuming exchange programmes with the islands, 'with grave visits at their centre'.",
      "Compared with last year, the Russia chapter is marginally shorter and adds a paragraph on Moscow's military cooperation with North Korea. A ministry official briefing reporters said the wording on the territorial issue had been 'carefully kept' and that there was 'no change of policy to read into it'.",
      "Moscow has said dialogue on a treaty is impossible while Japan maintains sanctions. Deputy Foreign Minister Andrei Rudenko said in February there were 'no topics for a serious political discussion' with Tokyo.",
      "The Bluebook is published every spring. It also restates Japan's claim to the Takeshima islets, controlled by South Korea, and its position that the Senkaku islands, claimed by China, are under Japan's valid control and that no territorial issue exists over them.",
      "Analysts said the report was notable mainly for what it did not contain. 'There is no new proposal, no timetable, no mention of any contact channel,' said a researcher at a Tokyo think tank who asked not to be named because of her institution's rules. 'It is a holding document.'",
  ])

A(feed="onneto-ja", lang="ja", published="2024-04-18T03:30:00Z",
  author="報道部", section="北方領土",
  title="北方墓参「引き続き強く求める」　上川外相、衆院外務委で答弁",
  summary="元島民の高齢化を踏まえた質問に、上川陽子外相は墓参の再開を最優先で求めていく考えを重ねて示した。具体的な見通しには言及しなかった。",
  label="restatement",
  note="Request/aim only ('引き続き強く求める', 見通し示さず). Restates seed facts on the 2022 termination of visa-free exchanges and free visits.",
  body=[
      "上川陽子外相は17日の衆院外務委員会で、ロシアのウクライナ侵攻以降中断している北方四島への墓参について「四島交流等事業の中でも最優先の事項として、引き続きロシア側に強く求めていく」と述べた。道内選出議員の質問に答えた。",
      "議員は、元島民の平均年齢が88歳を超えたことを挙げ「一日も早い再開に向け、政府として具体的に何をしているのか」とただした。上川氏は「外交上のやりとりの詳細は差し控える」としたうえで「あらゆる機会を捉えて働きかけを行っている」と強調した。",
      "再開の見通しを問われると「現時点で申し上げられることはない」と述べるにとどめた。",
      "ロシアは2022年3月、日本の対ロ制裁に反発し、平和条約交渉の中断とともに、ビザなし交流と自由訪問の枠組みの停止を一方的に表明した。墓参は新型コロナウイルスの影響で20年から実施されておらず、侵攻後も再開のめどが立っていない。",
      "千島歯舞諸島居住者連盟（千島連盟）によると、元島民は3月末時点で5千人余り。根室市の元島民の男性（89）は「『求めていく』という言葉はもう何年も聞いてきた。私たちに残された時間は少ない」と話した。",
  ])

# ---------------------------------------------------------------- g1: FM meets Russian ambassador (JA first)
A(feed="kantei-memo", lang="ja", published="2024-05-14T06:30:00Z",
  author="政治部", section="外交",
  title="上川外相、ノズドレフ駐日ロシア大使と会談　侵攻後初　北方墓参の再開を文書で要請",
  summary="外務省によると、上川陽子外相は14日、ロシアのノズドレフ駐日大使と外務省で約30分会談した。外相とロシア大使の会談はウクライナ侵攻後初めて。",
  label="new_development", group="g1",
  new_facts=["上川外相が14日、ノズドレフ駐日ロシア大使と外務省で会談（外相とロシア大使の会談は侵攻後初）し、墓参再開を求める文書を手渡した"],
  must_mention=[["上川"], ["ノズドレフ", "ロシア大使"]],
  note="NEW: a meeting held — first Japanese FM / Russian ambassador meeting since the 2022 invasion. Not in seeds (seed 001 only mentions a 2022 protest conveyed to Galuzin). The request itself is soft; the meeting is the act. First report of g1 (Japanese).",
  body=[
      "上川陽子外相は14日午前、ロシアのニコライ・ノズドレフ駐日大使と外務省で約30分間会談した。外務省が発表した。外相が駐日ロシア大使と会談するのは、2022年2月のロシアによるウクライナ侵攻後初めて。",
      "外務省によると、上川氏は北方領土の元島民による墓参の早期再開を求める文書を大使に手渡した。ロシアのウクライナ侵略を改めて非難したうえで、北朝鮮との軍事協力の進展にも深刻な懸念を伝えた。ノズドレフ氏は「本国に伝える」と応じたという。",
      "会談は日本側の呼びかけで行われた。侵攻後、日本政府とロシア大使館の接触は、抗議の申し入れなど次官級以下にとどまっていた。",
      "林芳正官房長官は同日午前の記者会見で「日ロ間で対話を行うべき課題については、適切に意思疎通を図っていく」と述べた。会談が平和条約交渉の再開につながるかについては「予断をもって答えることは差し控える」とした。",
      "在日ロシア大使館は同日、通信アプリ「テレグラム」で会談の事実を公表し、大使が「日ロ関係に関するロシアの原則的立場を説明した」と伝えた。墓参には触れなかった。",
      "ロシアは22年3月、日本の制裁に反発して平和条約交渉を中断すると表明し、ビザなし交流などの枠組みも停止した。政府関係者は「接触のレベルが上がったこと自体に意味がある」と話している。",
  ])

A(feed="dovecote-wire", lang="en", published="2024-05-14T10:05:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="Japan's foreign minister meets Russian envoy, first such talks since Ukraine invasion",
  summary="Yoko Kamikawa handed Ambassador Nikolai Nozdrev a written request to let former residents of Russian-held islands visit family graves, the ministry said.",
  label="new_development", group="g1",
  new_facts=["Japanese FM Yoko Kamikawa met Russian Ambassador Nikolai Nozdrev in Tokyo, the first such meeting since the 2022 invasion, and handed him a written request to resume grave visits"],
  must_mention=[["kamikawa"], ["nozdrev", "russian ambassador", "russian envoy"]],
  note="g1, English report hours after the Japanese one.",
  body=[
      "TOKYO — Japanese Foreign Minister Yoko Kamikawa met Russia's ambassador to Japan, Nikolai Nozdrev, on Tuesday, the first meeting between a Japanese foreign minister and the Russian envoy since Moscow's full-scale invasion of Ukraine in February 2022, the foreign ministry said.",
      "During the roughly 30-minute meeting at the ministry, Kamikawa handed Nozdrev a written request for Russia to allow former Japanese residents of the islands off Hokkaido, known as the Northern Territories in Japan and the Southern Kurils in Russia, to resume visits to family graves, according to the ministry.",
      "She also condemned Russia's war in Ukraine and expressed 'serious concern' about its military cooperation with North Korea. Nozdrev said he would convey the request to Moscow, the ministry said.",
      "The Russian embassy confirmed the meeting in a post on Telegram, saying the ambassador had 'set out Russia's principled position' on bilateral relations. It did not mention the graves.",
      "Chief Cabinet Secretary Yoshimasa Hayashi declined to say whether the meeting signalled any movement on peace treaty negotiations, which Russia broke off in March 2022 over Japan's sanctions.",
      "Grave visits by former islanders, most of whom are now in their late 80s, have not taken place since 2019.",
  ])

A(feed="shkhera-ru", lang="ru", published="2024-05-15T02:20:00Z",
  author="Олег Самарин", section="Политика",
  title="Посол России в Японии Николай Ноздрев встретился с главой МИД Японии Ёко Камикавой",
  summary="Встреча стала первой с 2022 года беседой министра иностранных дел Японии с российским послом. Японская сторона передала письменную просьбу о поездках бывших жителей островов к захоронениям.",
  label="new_development", group="g1",
  new_facts=["Посол России Николай Ноздрев встретился в Токио с министром иностранных дел Японии Ёко Камикавой — первая такая встреча с 2022 года"],
  must_mention=[["ноздрев"], ["камикав"]],
  note="g1, Russian report the next day (embassy statement plus Japanese account).",
  body=[
      "Посол России в Японии Николай Ноздрев провёл во вторник в Токио встречу с министром иностранных дел Японии Ёко Камикавой. Об этом сообщило посольство РФ в своём Telegram-канале.",
      "«Посол изложил принципиальную позицию российской стороны по состоянию двусторонних отношений, подчеркнув, что ответственность за их деградацию лежит на Токио», — говорится в сообщении. Других подробностей посольство не привело.",
      "Японский МИД, в свою очередь, сообщил, что Камикава передала послу документ с просьбой возобновить посещение бывшими жителями южных Курил захоронений родственников. По данным японской стороны, Ноздрев обещал довести обращение до сведения Москвы.",
      "По данным японских СМИ, это первая встреча главы японского внешнеполитического ведомства с российским послом после начала специальной военной операции в феврале 2022 года. До сих пор контакты в Токио ограничивались уровнем заместителей министра и директоров департаментов, как правило — для вручения протестов.",
      "Генеральный секретарь кабинета министров Японии Ёсимаса Хаяси отказался комментировать, означает ли встреча сдвиг в вопросе о мирном договоре.",
      "В марте 2022 года Москва заявила, что не намерена продолжать переговоры о мирном договоре с государством, занимающим откровенно недружественные позиции, и прекратила безвизовые поездки японских граждан на острова.",
  ])

# ---------------------------------------------------------------- Jun-Aug 2024
A(feed="dais-docket", lang="en", published="2024-06-21T11:00:00Z",
  author="Dais & Docket desk", section="Pressers",
  title="Kishida's end-of-session news conference, June 21: the Russia passages (excerpt)",
  summary="The prime minister says Japan's policy of resolving the territorial issue and concluding a peace treaty 'remains unchanged' and that he would not rule out dialogue 'if circumstances allow'.",
  label="restatement",
  note="Aim + conditional ('if circumstances allow') + 'top priority' + refusal to comment on Russia's answer. Restates seeds; mentions the May meeting (g1) only as background.",
  body=[
      "Prime Minister Fumio Kishida held a news conference at his official residence on Friday evening to mark the end of the ordinary Diet session. The following excerpt covers the questions on Russia. Unofficial translation; the full transcript is published by the Prime Minister's Office.",
      "QUESTION: Two years after Russia broke off peace treaty talks, is there any prospect of resuming them within your term? Would you be prepared to meet President Putin?",
      "KISHIDA: Japan-Russia relations are in a severe situation because of Russia's aggression against Ukraine, and it is regrettable that Russia continues to take this attitude on the peace treaty. However, the government's policy of resolving the territorial issue and concluding a peace treaty remains unchanged. I have no specific plans to meet President Putin at this time. If circumstances allow, I would not rule out any form of dialogue that serves Japan's national interest.",
      "QUESTION: Former islanders are asking you to go to Moscow yourself to secure grave visits. Will you?",
      "KISHIDA: I have met former islanders on many occasions and I take their wishes very seriously. The resumption of exchange programmes, with grave visits at their centre, is one of our top priorities, and we will continue to request it of the Russian side. Beyond that, I will refrain from discussing diplomatic exchanges.",
      "QUESTION: Has Russia responded to the written request Foreign Minister Kamikawa handed the Russian ambassador last month?",
      "KISHIDA: I am aware of the interest in this. We have made our request clearly. I will not comment on the Russian side's response.",
      "The rest of the news conference dealt with the political funds scandal, the economy and the party leadership election in September.",
  ])

A(feed="otliv-ru", lang="ru", published="2024-07-30T05:10:00Z",
  author="Игорь Сомов", section="Интервью",
  title="Алексей Чекунков: «На Курилах надо бывать не раз в пятилетку»",
  summary="Министр по развитию Дальнего Востока и Арктики рассказал о планах по островам и пообещал «в обозримой перспективе» лично проверить ход строительства.",
  label="restatement",
  note="Wish/intention to visit ('надеюсь, в обозримой перспективе'), no visit yet and no date. Restates seed facts: 2022 withdrawal from joint economic activity dialogue, sovereignty not discussed. Hard negative before g2.",
  body=[
      "Министр по развитию Дальнего Востока и Арктики Алексей Чекунков ответил на вопросы «Отлива» на полях совещания в Южно-Сахалинске. Публикуем основные фрагменты беседы.",
      "— Алексей Олегович, о Курилах часто вспоминают, только когда о них заговорят в Токио. Что для вас острова сегодня?",
      "— Для нас это прежде всего люди. Около двадцати тысяч человек, которые живут на Итурупе, Кунашире, Шикотане, в Северо-Курильске. Преференциальный режим работает: резидентов становится больше, появляются рабочие места. Но я не буду делать вид, что всё хорошо. С жильём, с дорогами, с энергетикой на малых островах ещё работать и работать.",
      "— Когда вы сами туда поедете?",
      "— Надеюсь, в обозримой перспективе. Я считаю, что министру на Курилах надо бывать не раз в пятилетку. Конкретных дат называть не буду — погода на островах сама расставляет графики. Но хотел бы своими глазами посмотреть школу в Малокурильском и площадку новой больницы в Южно-Курильске.",
      "— В Японии любой визит российского чиновника на острова вызывает протест. Это учитывается?",
      "— Нет. Курилы — территория Российской Федерации, это не обсуждается. Мы ездим по своей стране.",
      "— Есть ли шанс, что японский бизнес вернётся к проектам на островах?",
      "— Решение выйти из диалога о совместной хозяйственной деятельности Россия приняла в 2022 году в ответ на санкции. Пока Токио держит курс на конфронтацию, говорить не о чем. Зато к нам приходят инвесторы из дружественных стран.",
  ])

A(feed="onneto-ja", lang="ja", published="2024-08-10T01:00:00Z",
  author="根室支局", section="地域",
  title="「一日も早い墓参を」　根室管内住民大会で決議",
  summary="北方領土返還要求根室管内住民大会が9日、根室市で開かれ、約600人が参加した。墓参の早期再開などを国に求める決議を採択した。",
  label="restatement",
  note="Occasion piece (annual rally): requests and wishes; restates the 2022 termination (seeds).",
  body=[
      "北方領土返還要求根室管内住民大会（実行委員会主催）が9日、根室市総合文化会館で開かれ、元島民や管内1市4町の住民ら約600人が参加した。北方四島への墓参や交流事業の早期再開を国に求める大会決議を採択した。",
      "実行委員長の石垣雅敏根室市長はあいさつで「ロシアの一方的な通告で交流の扉が閉ざされて2年余り。元島民の皆さんには時間がない」と述べ、「国には、人道的観点からの墓参の再開を最優先に取り組んでいただきたい」と訴えた。",
      "来賓の道副知事は「道としても、あらゆる機会を通じて国に働きかけていく」と述べた。",
      "元島民を代表して意見発表した歯舞群島・志発島出身の男性（87）は「父と祖父の墓はいまも島にある。手を合わせたいという願いがかなうまで、声を上げ続ける」と語った。",
      "大会では、返還運動の後継者育成を柱とする運動方針も確認した。決議文は後日、首相や外相らに手渡す。",
      "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の中断を表明し、ビザなし交流などの停止を通告した。",
  ])

A(feed="shkhera-ru", lang="ru", published="2024-08-20T04:00:00Z",
  author="Мария Лаптева", section="Природа",
  title="На Курильском озере насчитали рекордное с 2018 года число нерки",
  summary="Учёные Кроноцкого заповедника завершили учёт лосося на Курильском озере на юге Камчатки. Численность превысила 5 млн особей.",
  label="off_topic",
  note="Look-alike: named after the Kurils (Kurile Lake, Kamchatka); nothing about the islands dispute.",
  body=[
      "Сотрудники Кроноцкого государственного заповедника завершили ежегодный учёт нерки на Курильском озере в Южно-Камчатском федеральном заказнике. По предварительным данным, в озеро зашли более 5,1 млн особей — это максимальный показатель с 2018 года, сообщили в пресс-службе заповедника.",
      "Учёт ведётся на рыбоучётном заграждении в истоке реки Озерной. «Ход в этом году начался на неделю раньше обычного и шёл очень дружно. Медведи, как всегда, узнали об этом раньше нас», — рассказал старший научный сотрудник заповедника.",
      "Курильское озеро — крупнейшее нерестилище нерки в Азии. Оно расположено в кальдере на юге Камчатки и получило название по Курильской Лопатке — южной оконечности полуострова, обращённой к Курильским островам. Туристы приезжают сюда прежде всего ради наблюдения за бурыми медведями.",
      "В прошлом году в озеро зашли около 3,4 млн особей. Специалисты связывают рост с благоприятными условиями зимовки молоди в океане и относительно тёплой весной.",
      "Данные учёта используются при определении объёмов вылова нерки в Камчатском крае на следующий год. Экологические тропы заказника открыты для туристов до середины сентября, посещение возможно только в сопровождении инспекторов.",
  ])

# ---------------------------------------------------------------- g2: Chekunkov visits Shikotan/Kunashir (RU first)
A(feed="otliv-ru", lang="ru", published="2024-09-24T03:40:00Z",
  author="Отлив", section="Курилы",
  title="Алексей Чекунков побывал на Шикотане и Кунашире",
  summary="Министр по развитию Дальнего Востока и Арктики проверил строительство школы в Малокурильском и площадку больницы в Южно-Курильске и встретился с жителями.",
  label="new_development", group="g2",
  new_facts=["Министр по развитию Дальнего Востока и Арктики Алексей Чекунков 23–24 сентября 2024 года вместе с губернатором Лимаренко посетил Шикотан и Кунашир"],
  must_mention=[["чекунков"], ["шикотан", "кунашир"]],
  note="NEW: a visit held — a Russian cabinet minister on the disputed islands (seed 002 only says Japan protests such visits in general). First report of g2 (Russian).",
  body=[
      "Министр по развитию Дальнего Востока и Арктики Алексей Чекунков в понедельник и вторник провёл рабочую поездку на Шикотан и Кунашир. Министра сопровождал губернатор Сахалинской области Валерий Лимаренко, сообщили в пресс-службе Минвостокразвития.",
      "На Шикотане Чекунков осмотрел строящуюся школу на 320 мест в селе Малокурильское и рыбоперерабатывающий завод одного из резидентов курильского преференциального режима. В Южно-Курильске министр побывал на площадке новой районной больницы и провёл встречу с жителями.",
      "«Мы приехали не фотографироваться, а посмотреть, где отстаём. Школа на Шикотане должна принять детей в следующем году — сроки не сдвигаем», — сказал министр на встрече.",
      "По словам Чекункова, правительство в ближайшее время рассмотрит предложения о продлении льгот для инвесторов на Курилах и о распространении «Дальневосточной ипотеки» на вторичное жильё на островах.",
      "Жители пожаловались министру на перебои с морским сообщением и нехватку мест в детских садах. Лимаренко поручил подготовить план по каждому обращению.",
      "Это первая поездка Чекункова на южные Курилы после его переназначения на пост министра в мае 2024 года.",
  ])

A(feed="kantei-memo", lang="ja", published="2024-09-24T07:30:00Z",
  author="政治部", section="官房長官会見",
  title="ロシア極東発展相の色丹・国後訪問　林官房長官「受け入れられない」と抗議",
  summary="林芳正官房長官は24日の記者会見で、ロシアのチェクンコフ極東・北極圏発展相が色丹島と国後島を訪れたことについて、外交ルートを通じて抗議したと明らかにした。",
  label="new_development", group="g2",
  new_facts=["ロシアのチェクンコフ極東・北極圏発展相が23、24両日に色丹島と国後島を訪問し、日本政府が抗議した"],
  must_mention=[["チェクンコフ", "極東"], ["色丹", "国後"]],
  note="g2, Japanese report: the same visit plus Japan's protest (a protest against a new visit belongs to that visit's group).",
  body=[
      "林芳正官房長官は24日午後の記者会見で、ロシアのチェクンコフ極東・北極圏発展相が23、24両日に北方領土の色丹島と国後島を訪問したことについて「北方領土に関する我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。",
      "外務省によると、抗議は24日、欧州局ロシア課長から在日ロシア大使館の参事官に対して行った。",
      "ロシア側の発表によると、チェクンコフ氏はサハリン州のリマレンコ知事とともに、色丹島の学校建設現場や国後島の病院建設予定地などを視察し、住民と意見交換した。",
      "ロシア政府高官による北方領土訪問をめぐっては、政府はそのたびに抗議している。",
      "会見の主なやりとりは次の通り。",
      "――極東発展相の訪問について。",
      "「北方領土に関する我が国の立場と相いれず、受け入れられない。極めて遺憾だ。外交ルートを通じて抗議した」",
      "――今後の対ロ外交への影響は。",
      "「北方領土問題を解決して平和条約を締結するとの方針に変わりはない。引き続き、毅然と対応していく」",
  ])

A(feed="gantry-record", lang="en", published="2024-09-25T01:00:00Z",
  author="Kenji Marlowe", section="Diplomacy",
  title="Japan protests as Russian minister tours disputed Shikotan and Kunashir",
  summary="Far East Development Minister Alexei Chekunkov inspected school and hospital construction on islands claimed by Japan; Tokyo called the trip 'unacceptable'.",
  label="new_development", group="g2",
  new_facts=["Russian Far East Development Minister Alexei Chekunkov visited Shikotan and Kunashir on Sept 23-24, 2024; Japan protested"],
  must_mention=[["chekunkov"], ["shikotan", "kunashir"]],
  note="g2, English follow-up the next morning; no fact beyond the first two reports.",
  body=[
      "TOKYO — Japan lodged a protest with Russia after a Russian cabinet minister visited two of the islands off Hokkaido that Tokyo claims, the government's top spokesman said.",
      "Alexei Chekunkov, Russia's minister for the development of the Far East and the Arctic, visited Shikotan and Kunashir on Monday and Tuesday together with Sakhalin governor Valery Limarenko, his ministry said. He inspected construction of a school on Shikotan and the site of a new district hospital on Kunashir and met residents.",
      "'It is incompatible with Japan's position on the Northern Territories and unacceptable,' Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Tuesday, adding that the protest had been delivered through diplomatic channels.",
      "Chekunkov told residents that the Shikotan school would open next year as planned, according to his ministry, and said the government would consider extending tax breaks for investors on the islands.",
      "The trip was Chekunkov's first to the southern islands since he was reappointed in May. In July he told a Sakhalin news site that ministers should visit the Kurils 'more than once every five years'.",
      "Russia has stepped up investment in the islands, which it calls the Southern Kurils, under a special tax regime introduced in 2023, and dismisses Japanese protests over official visits as interference in its internal affairs.",
  ])

# ---------------------------------------------------------------- Oct-Dec 2024
A(feed="dovecote-wire", lang="en", published="2024-10-04T09:30:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="Ishiba keeps Russia line unchanged in first policy speech",
  summary="Japan's new prime minister says Tokyo will maintain sanctions while sticking to its goal of resolving the territorial issue and concluding a peace treaty.",
  label="restatement",
  note="Speech by a new speaker restating the standing aim; 'top priority' phrase; aides deny any step being prepared.",
  body=[
      "TOKYO — Japan's new Prime Minister Shigeru Ishiba said on Friday his government would keep its policy of resolving the dispute over Russian-held islands and concluding a peace treaty with Moscow, while maintaining sanctions over the war in Ukraine.",
      "'Japan-Russia relations are in a severe state, but we will maintain our policy of resolving the territorial issue and concluding a peace treaty,' Ishiba said in his first policy speech to parliament, four days after taking office. He made no new proposal.",
      "The passage on Russia ran to three sentences, similar in length and content to those in speeches by his predecessor Fumio Kishida. Ishiba also called the resumption of grave visits by former island residents a 'top priority', another phrase carried over from previous speeches.",
      "Ishiba, a former defence minister, had said during the Liberal Democratic Party leadership race that he wanted to 'keep channels open' with Moscow, prompting some speculation in Japanese media that he might seek early contact. Aides said on Friday that no such step was being prepared.",
      "Russia halted peace treaty talks in March 2022 in response to Japanese sanctions. Kremlin spokesman Dmitry Peskov said this week that Moscow had 'taken note' of the change of government but saw no sign of a change in Tokyo's 'unfriendly' course.",
      "Ishiba is expected to dissolve the lower house next week for a general election on Oct. 27.",
  ])

A(feed="replika-ru", lang="ru", published="2024-11-12T09:15:00Z",
  author="Дмитрий Кольцов", section="Интервью",
  title="Андрей Руденко: «О мирном договоре сейчас речи не идёт»",
  summary="Заместитель министра иностранных дел ответил на вопросы о политике нового японского правительства. Публикуем стенограмму основной части интервью.",
  label="restatement",
  note="Same speaker as seed 004 with fresh wording: talks impossible, condition = Tokyo drops hostile policy (conditional), 'no decision' on the graves request (negated).",
  body=[
      "Заместитель министра иностранных дел России Андрей Руденко ответил на вопросы «Реплики» на полях международной конференции в Москве. Приводим стенограмму с незначительными сокращениями.",
      "— В Японии сменился премьер-министр. Сигэру Исиба говорит о желании «сохранять каналы». Видите ли вы изменения?",
      "— Пока мы видим смену лиц, а не курса. Санкции продолжаются, помощь Киеву продолжается, военная активность вместе с американцами у наших границ — тоже. Слова о «каналах» — это приятно, но мы судим по делам.",
      "— То есть вопрос о возобновлении переговоров по мирному договору не стоит?",
      "— О мирном договоре сейчас речи не идёт. Я говорил об этом в начале года и могу повторить: в нынешней ситуации возобновление диалога по этой теме невозможно.",
      "— При каких условиях это изменится?",
      "— Если Токио откажется от враждебной политики в отношении России, тогда можно будет вернуться к разговору о нормализации. Не раньше. И не через «сигналы» в прессе.",
      "— А гуманитарные вопросы? Японская сторона просит о посещении захоронений.",
      "— Мы знаем об этой просьбе, она была передана по дипломатическим каналам. Решения по ней не принималось. Японская сторона сама разрушила механизмы, которые работали десятилетиями.",
      "— Есть ли контакты между министерствами?",
      "— Посольства работают. Обмен мнениями по текущим вопросам идёт в рабочем порядке. Ничего сверх этого.",
  ])

A(feed="dovecote-wire", lang="en", published="2024-12-05T06:00:00Z",
  author="Dovecote Wire staff", section="Lifestyle",
  title="Kurilian Bobtail takes best in show at Helsinki winter cat fair",
  summary="A three-year-old male of the short-tailed breed, named after the islands where it is said to originate, beat more than 400 cats.",
  label="off_topic",
  note="Look-alike: named after the Kuril Islands (cat breed).",
  body=[
      "HELSINKI — A Kurilian Bobtail named Tuomas has been crowned best in show at the Helsinki winter cat fair, beating more than 400 entrants, organisers said on Thursday.",
      "The breed, known for its pom-pom stub of a tail and thick semi-long coat, takes its name from the Kuril Islands, the chain stretching between Russia's Kamchatka peninsula and Japan's Hokkaido, where it is believed to have developed naturally. It was recognised by several international feline federations in the 1990s and 2000s.",
      "'He is calm, curious and loves water, which is typical for the breed,' said his owner, a retired schoolteacher from Espoo who has bred Kurilian Bobtails for 11 years.",
      "Judges praised the cat's 'excellent tail kink and balanced body'. Tuomas weighed in at 6.8 kg.",
      "The show also featured a record 52 Maine Coons and, for the first time, a separate ring for household pets without pedigree papers.",
  ])
