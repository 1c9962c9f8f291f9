# -*- coding: utf-8 -*-
"""Articles published in 2026 and 2027."""

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Jan-Apr 2026
A(feed="dovecote-wire", lang="en", published="2026-01-21T05:00:00Z",
  author="Dovecote Wire staff", section="Business",
  title="Japanese trading houses keep Sakhalin-2 stakes as Moscow extends terms",
  summary="Mitsui and Mitsubishi said they would retain their shares in the Russian LNG project after a government decree extended the transition period for foreign holders.",
  label="off_topic",
  note="Look-alike: unrelated Japan-Russia news (energy business on Sakhalin).",
  body=[
      "TOKYO — Mitsui & Co and Mitsubishi Corp said on Wednesday they would keep their stakes in Russia's Sakhalin-2 liquefied natural gas project after Moscow extended the period during which foreign shareholders in its operator can retain their holdings.",
      "The two trading houses hold 12.5% and 10% respectively in the Russian company that took over the project in 2022 under a decree by President Vladimir Putin. Japan buys a little under a tenth of its LNG from Sakhalin-2, mainly for power generation.",
      "Japan's industry minister said the government supported the decision 'from the standpoint of energy security', noting that the United States had again extended a licence allowing transactions related to the project.",
      "Shares of both companies were little changed in Tokyo trading.",
      "Sakhalin-2, off the northeastern coast of Sakhalin island, began exporting LNG in 2009. Japan has cut its imports of Russian coal and oil since the invasion of Ukraine but has kept buying Sakhalin gas, citing supply stability.",
  ])

A(feed="onneto-ja", lang="ja", published="2026-02-07T04:00:00Z",
  author="東京支社", section="北方領土",
  title="北方領土の日　高市首相「粘り強く交渉」　返還要求全国大会",
  summary="「北方領土の日」の7日、東京で北方領土返還要求全国大会が開かれた。高市早苗首相は「領土問題を解決し平和条約を締結する」との方針を改めて示した。",
  label="restatement",
  note="Occasion piece (Feb 7 rally): aims and requests; mentions the compendium work (g5) as background only.",
  body=[
      "「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれ、元島民や返還運動関係者ら約800人が参加した。高市早苗首相はあいさつで「日ロ関係は厳しい状況にあるが、領土問題を解決し平和条約を締結するとの方針を堅持し、粘り強く取り組んでいく」と述べた。",
      "首相は墓参について「最優先課題の一つ。再開に向け、引き続きロシア側に強く求めていく」と述べた。昨年合意した共同作成資料集の改訂作業にも触れ「歴史の事実に立脚した作業を着実に進めたい」と語った。",
      "根室から参加した元島民の男性（90）は「資料集も大事だが、生きているうちに島へ行きたい。それがかなわないなら、せめて墓の様子だけでも知りたい」と話した。",
      "大会では、墓参の早期再開や元島民への援護の充実などを求めるアピールを採択した。",
  ])

A(feed="dovecote-wire", lang="en", published="2026-03-18T10:00:00Z",
  author="Dovecote Wire staff", section="Europe",
  title="Lavrov says Russia would discuss treaty with Japan only after sanctions end",
  summary="Russia's foreign minister says the documents project 'is not a substitute' for normal relations and that Tokyo knows the conditions for any dialogue.",
  label="restatement",
  note="Conditional ('when Japan abandons its unfriendly course, we will be ready') = seed 004 condition; the compendium is background.",
  body=[
      "MOSCOW — Russian Foreign Minister Sergei Lavrov said on Wednesday Moscow would be ready to discuss a peace treaty with Japan only once Tokyo lifted sanctions and stopped 'assisting the Kyiv regime', repeating a long-standing Russian condition.",
      "'We are not refusing to talk to anyone. But a treaty on peace, friendship and good-neighbourliness with a country that imposes sanctions on us is nonsense,' Lavrov told a news conference after talks with a visiting Southeast Asian foreign minister. 'When Japan abandons its unfriendly course, we will be ready to look at what can be done.'",
      "Asked about the joint work on a historical documents compendium agreed in November, Lavrov said it was 'useful expert work' but 'not a substitute for normal relations', adding: 'Documents are documents.'",
      "Japanese Chief Cabinet Secretary Minoru Kihara said Tokyo's policy to resolve the territorial issue and conclude a peace treaty remained unchanged and that Japan would not treat sanctions 'as a bargaining chip'.",
      "Russia pulled out of treaty negotiations in March 2022. The next expert meeting on the compendium has yet to be scheduled.",
  ])

A(feed="kantei-memo", lang="ja", published="2026-04-14T07:30:00Z",
  author="政治部", section="官房長官会見",
  title="尖閣領海に中国海警船が侵入　木原官房長官「極めて遺憾」と抗議",
  summary="沖縄県・尖閣諸島周辺の領海に中国海警局の船4隻が侵入し、日本漁船に接近しようとした。木原稔官房長官は外交ルートで抗議したと明らかにした。",
  label="off_topic",
  note="Look-alike: another island dispute (Senkaku), same press-conference protest formula as g2/g7.",
  body=[
      "木原稔官房長官は14日午後の記者会見で、沖縄県・尖閣諸島周辺の日本の領海に同日、中国海警局の船4隻が侵入し、付近で操業していた日本漁船に接近しようとする動きを見せたと明らかにした。外交ルートを通じて中国側に厳重に抗議し、即時の退去を求めたという。",
      "木原氏は「尖閣諸島は歴史的にも国際法上も明らかに我が国固有の領土であり、現に我が国はこれを有効に支配している。極めて遺憾だ」と述べた。海上保安庁の巡視船が漁船の安全を確保し、領海からの退去を警告している。",
      "第11管区海上保安本部によると、中国海警局の船による尖閣周辺の領海侵入は今年に入って9回目。接続水域での航行は連日続いている。",
      "中国外務省の報道官は同日の会見で「釣魚島（尖閣諸島の中国名）は中国固有の領土で、海警船の巡航は正当な法執行活動だ」と主張した。",
  ])

# ---------------------------------------------------------------- g6: Chinese navy ship calls at Iturup (RU first)
A(feed="otliv-ru", lang="ru", published="2026-05-19T03:00:00Z",
  author="Отлив", section="Курилы",
  title="Учебный корабль ВМС Китая впервые зашёл в Курильск",
  summary="Корабль «Ци Цзигуан» с курсантами военно-морских училищ НОАК прибыл с трёхдневным визитом на Итуруп. Это первый заход иностранного военного корабля на южные Курилы.",
  label="new_development", group="g6",
  new_facts=["Учебный корабль ВМС НОАК «Ци Цзигуан» 19 мая 2026 года прибыл с трёхдневным визитом в залив Китовый у Курильска (Итуруп) — первый заход иностранного военного корабля на южные Курилы"],
  must_mention=[["китай", "ци цзигуан"], ["курильск", "итуруп"]],
  note="NEW: an act announced by the Pacific Fleet (first foreign warship port call on the southern Kurils). First report of g6 (Russian).",
  body=[
      "Учебный корабль Военно-морских сил Народно-освободительной армии Китая «Ци Цзигуан» во вторник прибыл в залив Китовый у Курильска на острове Итуруп с трёхдневным дружественным визитом, сообщили в пресс-службе Тихоокеанского флота.",
      "На борту находятся около 200 курсантов и преподавателей военно-морских учебных заведений КНР. Программа визита включает возложение венков к памятнику воинам, погибшим в Курильской десантной операции, экскурсии по Курильску, встречи с военнослужащими гарнизона и жителями, а также спортивные соревнования.",
      "«Это первый в истории заход иностранного военного корабля на южные Курилы. Он подчёркивает высокий уровень российско-китайского военного сотрудничества», — говорится в сообщении флота.",
      "Корабль встречал оркестр гарнизона. Глава Курильского муниципального округа вручил командиру корабля памятный знак.",
      "«Ци Цзигуан» вошёл в состав ВМС НОАК в 2017 году и используется для практики курсантов в дальних походах. В среду, по информации администрации округа, на борту корабля проведут день открытых дверей для жителей Курильска.",
      "После Итурупа «Ци Цзигуан» направится во Владивосток. Ранее российские и китайские корабли неоднократно проводили совместное патрулирование в Тихом океане, в том числе у берегов Японии.",
  ])

A(feed="kantei-memo", lang="ja", published="2026-05-19T08:10:00Z",
  author="政治部", section="官房長官会見",
  title="中国海軍の練習艦、択捉島に寄港　木原官房長官「受け入れられない」　ロシアに抗議、中国に懸念",
  summary="中国海軍の練習艦が北方領土の択捉島に寄港したことについて、木原稔官房長官は19日、ロシアに抗議し、中国に懸念を伝えたと明らかにした。",
  label="new_development", group="g6",
  new_facts=["中国海軍の練習艦「戚継光」が19日に択捉島・紗那近くの湾に寄港し、政府がロシアに抗議、中国に懸念を伝えた"],
  must_mention=[["中国"], ["択捉"]],
  note="g6, Japanese report: same port call plus Japan's protest.",
  body=[
      "木原稔官房長官は19日午後の記者会見で、中国海軍の練習艦「戚継光」が北方領土・択捉島の紗那（ロシア名クリーリスク）近くの湾に寄港したことについて「北方領土に関する我が国の立場と相いれず、受け入れられない」と述べた。外交ルートを通じてロシアに抗議し、中国に深刻な懸念を伝えたという。",
      "ロシア太平洋艦隊の発表によると、練習艦は19日に到着し、3日間滞在する。ロシア側は「外国の軍艦が南クリールに寄港するのは史上初めて」としている。",
      "木原氏は「中ロの軍事的な連携の強化については、我が国の安全保障上、重大な関心を持って注視している」とも述べた。",
      "防衛省によると、練習艦は17日に宗谷海峡を東に通過したのが確認されていた。",
      "政府はこれまで、第三国の企業による北方領土での経済活動や、第三国関係者の訪問についても、日本の立場と相いれないとして抗議や懸念の表明を行ってきた。",
  ])

A(feed="dovecote-wire", lang="en", published="2026-05-20T00:40:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="Chinese navy ship makes first port call on Russian-held Iturup; Japan protests",
  summary="Russia's Pacific Fleet said the training ship Qi Jiguang was the first foreign warship to visit the southern Kurils. Tokyo protested to Moscow and voiced concern to Beijing.",
  label="new_development", group="g6",
  new_facts=["Chinese PLA Navy training ship Qi Jiguang docked near Kurilsk on Iturup on May 19, 2026, the first foreign warship visit to the southern Kurils; Japan protested"],
  must_mention=[["chinese", "china", "qi jiguang"], ["iturup"]],
  note="g6, English report the next morning.",
  body=[
      "TOKYO/MOSCOW — A Chinese navy training ship docked at Iturup, the largest of the Russian-held islands claimed by Japan, on Tuesday in what Russia's Pacific Fleet called the first visit by a foreign warship to the southern Kuril Islands.",
      "The Qi Jiguang, carrying about 200 cadets, arrived in Kitovy Bay near the town of Kurilsk for a three-day 'friendly visit', the fleet said. Cadets laid wreaths at a Soviet war memorial and were due to take part in sports events with the local garrison.",
      "Japan's Chief Cabinet Secretary Minoru Kihara said the port call was 'incompatible with Japan's position' on the islands and 'unacceptable'. Tokyo protested to Russia and conveyed 'serious concern' to China through diplomatic channels, he said.",
      "China's foreign ministry did not immediately comment. Beijing has generally avoided taking a public position on the territorial dispute, though Chinese companies have invested in projects on the islands.",
      "Russia and China have held joint naval patrols in the Pacific near Japan in recent years. Japan's defence ministry said the training ship had passed through the Soya Strait between Hokkaido and Sakhalin on Sunday.",
  ])

A(feed="replika-ru", lang="ru", published="2026-05-27T12:00:00Z",
  author="Дмитрий Кольцов", section="Оборона",
  title="В ТОФ опровергли планы базирования китайских кораблей на Курилах",
  summary="Пресс-служба Тихоокеанского флота назвала не соответствующими действительности публикации японских СМИ о возможном пункте базирования ВМС Китая на Итурупе.",
  label="restatement",
  note="Denial ('никаких планов нет'); the port call (g6) is already known, this adds no act.",
  body=[
      "В Тихоокеанском флоте опровергли сообщения ряда японских СМИ о том, что Россия и Китай якобы обсуждают создание на Итурупе пункта материально-технического обеспечения для кораблей ВМС НОАК.",
      "«Эти сообщения не соответствуют действительности. Никаких планов базирования иностранных кораблей на Курильских островах нет и не было», — говорится в ответе пресс-службы флота на запрос «Реплики».",
      "Визит учебного корабля «Ци Цзигуан» в Курильск на прошлой неделе, подчеркнули в ТОФ, был «разовым дружественным визитом в рамках программы подготовки курсантов» и «ни к каким иным договорённостям отношения не имеет».",
      "Ранее японская газета со ссылкой на источники в правительстве написала, что Пекин проявляет интерес к «регулярным заходам» в порты южных Курил. Официальный Токио эту информацию не комментировал.",
      "Генеральный секретарь кабинета министров Японии Минору Кихара на пресс-конференции в понедельник лишь заявил, что Токио «продолжит внимательно следить за деятельностью флотов Китая и России вблизи Японии».",
      "Официальный представитель МИД России Мария Захарова на брифинге в среду назвала японские публикации «очередной попыткой нагнетания» и заявила, что Россия «сама решает, кого принимать в своих портах».",
  ])

A(feed="otliv-ru", lang="ru", published="2026-06-10T04:00:00Z",
  author="Игорь Сомов", section="Власть",
  title="Лимаренко отчитался перед облдумой: на Курилах за год сдано более 300 квартир",
  summary="Губернатор представил ежегодный отчёт о работе правительства Сахалинской области. Отдельный блок посвящён развитию Курильских островов.",
  label="neutral",
  note="Borderline: annual report on domestic development of the islands (housing, school, hospital); no diplomatic or status move.",
  body=[
      "Губернатор Сахалинской области Валерий Лимаренко представил депутатам областной думы ежегодный отчёт о работе правительства региона за 2025 год.",
      "Отдельная часть доклада касалась Курил. По словам губернатора, за год на островах введено более 300 квартир, завершено строительство школы в Малокурильском, продолжается возведение больницы в Южно-Курильске. Число резидентов преференциального налогового режима на Курилах, по его данным, достигло 58.",
      "«Мы видим, что люди перестали уезжать с островов. За последние два года население Курил впервые за долгое время выросло», — сказал Лимаренко. Он также сообщил, что в 2026 году планируется начать проектирование нового морского вокзала в Курильске.",
      "Депутаты задали вопросы о тарифах на авиаперевозки и нехватке врачей. Отчёт принят к сведению.",
      "По словам губернатора, в 2025 году на развитие островов из бюджетов всех уровней было направлено около 20 млрд рублей, из них больше половины — на жильё и социальные объекты.",
      "О Японии губернатор в докладе не упоминал. Отвечая на вопрос журналистов после заседания, он сказал, что «область открыта к сотрудничеству с теми, кто к нему готов».",
  ])

A(feed="dovecote-wire", lang="en", published="2026-07-22T09:00:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="Kremlin says no Putin-Takaichi contacts planned",
  summary="Spokesman Dmitry Peskov said there were 'no plans' for a conversation between the leaders, dismissing Japanese media reports about a phone call.",
  label="restatement",
  note="Denial ('no plans') plus a conditional from Takaichi ('if an opportunity arises... I would consider it'). No act.",
  body=[
      "MOSCOW — The Kremlin said on Wednesday there were no plans for contacts between President Vladimir Putin and Japanese Prime Minister Sanae Takaichi, dismissing reports in Japan that a phone call was being arranged.",
      "'No, there are no such plans. Nothing is being prepared,' Kremlin spokesman Dmitry Peskov told reporters when asked about the reports. 'The Japanese side knows what steps are needed for relations to normalise.'",
      "Two Japanese newspapers had reported this week, citing unnamed government sources, that Tokyo was exploring a leaders' call before the 70th anniversary in October of the 1956 Joint Declaration that restored diplomatic relations.",
      "Takaichi told reporters she had 'nothing to announce' and that Japan's policy of resolving the territorial issue and concluding a peace treaty remained unchanged. Asked whether she would welcome a call, she said: 'If an opportunity arises that serves our national interest, I would of course consider it.'",
      "Russia broke off peace treaty negotiations in March 2022 over Japan's sanctions.",
  ])

# ---------------------------------------------------------------- g7: Russia suspends compendium work (RU first)
A(feed="replika-ru", lang="ru", published="2026-09-15T09:30:00Z",
  author="Анна Веретенникова", section="Брифинги",
  title="МИД России приостановил работу над совместным с Японией сборником документов",
  summary="Захарова: причина — односторонняя публикация японской стороной рабочих материалов. Соответствующая нота передана посольству Японии.",
  label="status_change", group="g7",
  new_facts=["Россия приостановила участие в работе над дополненным изданием совместного с Японией сборника документов по истории территориального размежевания (нота от 14 сентября 2026 года) из-за публикации японской стороной рабочих материалов"],
  must_mention=[["сборник"], ["приостан"]],
  note="STATUS CHANGE (down): joint compendium work agreed and under way since Nov 2025 (g5) -> suspended by Russia. First report of g7 (Russian).",
  body=[
      "Россия приостанавливает участие в работе над дополненным изданием совместного российско-японского сборника документов по истории территориального размежевания. Об этом заявила официальный представитель МИД России Мария Захарова на брифинге во вторник.",
      "«Японская сторона в одностороннем порядке, без согласования с нами, разместила на официальном сайте МИД фрагменты рабочих материалов экспертов, сопроводив их собственными тенденциозными комментариями. Это грубое нарушение договорённостей о конфиденциальности. В этих условиях продолжение работы невозможно», — сказала Захарова.",
      "По её словам, соответствующая нота передана посольству Японии в Москве 14 сентября. После ноябрьской встречи в Москве эксперты двух стран вели работу в рабочем порядке, по переписке.",
      "Захарова добавила, что «возобновление работы будет зависеть от того, сделает ли Токио выводы».",
      "На вопрос, затрагивает ли это решение другие контакты с японской стороной, Захарова ответила, что «других контактов подобного рода нет». Официального ответа Токио на ноту, по её словам, пока не поступало.",
      "Подготовить дополненное издание сборника стороны договорились в ноябре 2025 года. Это был первый совместный проект двух стран в территориальной сфере после того, как в 2022 году Россия прекратила переговоры о мирном договоре.",
  ])

A(feed="dais-docket", lang="en", published="2026-09-15T13:00:00Z",
  author="Dais & Docket desk", section="Briefings",
  title="Zakharova briefing, September 15: Russia suspends joint documents project with Japan (excerpt)",
  summary="The Russian foreign ministry spokeswoman says Moscow is halting work on the updated compendium after Tokyo posted working materials online. Unofficial translation.",
  label="status_change", group="g7",
  new_facts=["Russia suspended its participation in the joint Japan-Russia compendium project (note of Sept 14, 2026), citing Japan's online publication of working materials"],
  must_mention=[["compendium", "documents project", "collection of documents"], ["suspend"]],
  note="g7, English transcript of the same briefing, hours later.",
  body=[
      "Unofficial translation of the Japan-related part of the weekly briefing by Russian Foreign Ministry spokeswoman Maria Zakharova in Moscow on Tuesday.",
      "ZAKHAROVA: On the so-called compendium. You know that in November last year our experts agreed with Japanese colleagues to prepare an updated edition of the joint collection of documents on the history of territorial delimitation. We approached this work in good faith. Several days ago the Japanese foreign ministry posted on its official website extracts from the experts' working materials, with commentary that, frankly, has nothing to do with history and everything to do with Tokyo's territorial claims. This was done without any consultation with us, in violation of the confidentiality we had agreed.",
      "In these conditions the Russian side is suspending its participation in this work. A corresponding note was handed to the Japanese embassy on September 14.",
      "QUESTION (Japanese correspondent): Is this a final decision? Could the work resume?",
      "ZAKHAROVA: It is a suspension. Whether there is anything to return to depends on Tokyo. We will watch what conclusions they draw.",
      "QUESTION: Does this affect other contacts?",
      "ZAKHAROVA: There are no other contacts of this kind to affect.",
  ])

A(feed="kantei-memo", lang="ja", published="2026-09-16T02:30:00Z",
  author="政治部", section="官房長官会見",
  title="共同作成資料集の改訂作業、ロシアが停止を通告　木原官房長官「一方的で遺憾」",
  summary="ロシアは、日ロの領土問題に関する共同作成資料集の改訂作業への参加を停止すると日本側に口上書で通告した。木原稔官房長官は「一方的で遺憾だ」と述べた。",
  label="status_change", group="g7",
  new_facts=["ロシアが共同作成資料集の改訂作業への参加停止を口上書で通告し、日本政府が遺憾の意を示した"],
  must_mention=[["資料集"], ["停止"]],
  note="g7, Japanese reaction the next day; no fact beyond the first report.",
  body=[
      "木原稔官房長官は16日午前の記者会見で、ロシアが「日露間領土問題の歴史に関する共同作成資料集」の改訂作業への参加を停止すると口上書で通告してきたと明らかにした。「一方的な措置で遺憾だ。ロシア側の主張は受け入れられない」と述べた。",
      "ロシア外務省のザハロワ報道官は15日の会見で、外務省が公式サイトに掲載した作業資料の一部について「合意した秘匿性に違反する」と主張。「このような状況で作業を続けることは不可能だ」と述べていた。",
      "木原氏は「掲載したのは、既に公開されている歴史資料の目録と我が国の基本的立場であり、合意に反するものではない」と反論。「引き続き、歴史的事実に基づく作業の意義をロシア側に伝えていく」と述べた。",
      "日ロ両国の専門家は昨年11月にモスクワで会合を開き、2001年以来となる資料集の改訂で合意していた。ロシアが22年に平和条約交渉を中断して以降、領土問題に関する唯一の共同作業だった。",
  ])

# ---------------------------------------------------------------- Oct 2026 - Apr 2027
A(feed="gantry-record", lang="en", published="2026-10-19T06:00:00Z",
  author="Harriet Okafor", section="Diplomacy",
  title="Seventy years after the Joint Declaration, Tokyo and Moscow mark it apart",
  summary="Both governments issued statements on the anniversary of the 1956 declaration that ended the state of war. Neither contained anything new.",
  label="restatement",
  note="Anniversary piece: both sides restate; recall of 1956 (seed 004) and 2018 (seed 000).",
  body=[
      "TOKYO — Japan and Russia marked the 70th anniversary on Monday of the 1956 Joint Declaration that ended the state of war between them and restored diplomatic relations, each issuing statements that restated positions held for years.",
      "Japan's foreign ministry said the declaration remained 'an important document' and that the government would 'persistently continue' its efforts to resolve the territorial issue and conclude a peace treaty. Foreign Minister Toshimitsu Motegi told reporters the declaration was 'the starting point' of post-war relations.",
      "Russia's foreign ministry said in a commentary that Tokyo had 'chosen confrontation' and that the provisions of the declaration 'cannot be considered in isolation from the international situation'. It recalled that in 2018 President Vladimir Putin and Prime Minister Shinzo Abe had agreed to accelerate talks 'on the basis of the 1956 declaration', and blamed Japan for the collapse of that process.",
      "The declaration, signed in Moscow on Oct. 19, 1956, said the Soviet Union would hand over Habomai and Shikotan to Japan after a peace treaty was concluded. No treaty has been signed.",
      "At a commemorative event in Nemuro, former islanders laid flowers facing the islands. 'Seventy years ago my father cried with joy at the news,' said a woman born on Shikotan in 1939. 'Now nothing moves at all.'",
      "Neither side mentioned the historical documents compendium, work on which Russia suspended last month.",
  ])

A(feed="replika-ru", lang="ru", published="2026-11-25T12:30:00Z",
  author="Анна Веретенникова", section="Брифинги",
  title="Захарова: к работе над сборником можно вернуться, если Токио даст гарантии",
  summary="Официальный представитель МИД назвала условия возобновления работы над совместным российско-японским сборником документов.",
  label="restatement",
  note="Conditional ('если Токио... мы посмотрим', 'решений пока нет'): the suspension (g7) stands; no act.",
  body=[
      "Россия готова рассмотреть возможность возобновления работы над совместным с Японией сборником документов по истории территориального размежевания, если японская сторона даст «чёткие гарантии» соблюдения конфиденциальности. Об этом заявила официальный представитель МИД Мария Захарова.",
      "«Если Токио официально подтвердит, что больше не будет публиковать в одностороннем порядке рабочие материалы, и уберёт с сайта то, что там было размещено, — мы посмотрим. Но никаких решений пока нет», — сказала Захарова на брифинге в среду в ответ на вопрос японского журналиста.",
      "По её словам, японская сторона «пока ничего подобного не предложила».",
      "Отвечая на вопрос о перспективах мирного договора, Захарова сказала: «Здесь всё по-прежнему. Пока Япония участвует в санкционной политике, предмета для разговора нет».",
      "В сентябре Россия приостановила участие в работе над сборником. В Токио это решение назвали «односторонним».",
  ])

A(feed="gantry-record", lang="en", published="2027-02-08T03:00:00Z",
  author="Kenji Marlowe", section="Diplomacy",
  title="No date to restart history project with Russia, Japan's foreign minister says",
  summary="Toshimitsu Motegi said there was 'no prospect at present' of resuming work on the joint documents compendium and that Japan would not remove material from its website.",
  label="restatement",
  note="Negated ('no prospect at present'); restates the suspended state (g7); occasion mention (Feb 7 rally).",
  body=[
      "TOKYO — Japan's foreign minister said on Monday there was 'no prospect at present' of restarting joint work with Russia on a compendium of historical documents about their territorial dispute, which Moscow suspended in September.",
      "'We have conveyed our position that the work is meaningful. There is no prospect at present of it resuming,' Toshimitsu Motegi told reporters. He said Japan would not remove from the ministry's website the material to which Russia had objected, because it consisted of 'a list of publicly available documents and Japan's basic position'.",
      "Motegi spoke a day after the annual Northern Territories Day rally in Tokyo, where Prime Minister Sanae Takaichi repeated that Japan aimed to resolve the territorial issue and conclude a peace treaty.",
      "Russia's foreign ministry has said it could consider resuming the work if Tokyo gave 'clear guarantees' of confidentiality.",
      "Asked whether Tokyo had offered Moscow any assurances on confidentiality, Motegi said he would 'refrain from detailing diplomatic exchanges'. Grave visits by former islanders, which Japan calls its top priority with Russia, have not taken place since 2019.",
  ])

A(feed="dovecote-wire", lang="en", published="2027-03-30T05:00:00Z",
  author="Dovecote Wire staff", section="Travel",
  title="Japanese tour operators eye Vladivostok as travel to Russia edges up",
  summary="Visitors from Japan to Russia's Far East remain a fraction of pre-pandemic levels, but agencies report more inquiries for summer packages routed via Seoul and Beijing.",
  label="off_topic",
  note="Look-alike: unrelated Japan-Russia news (tourism, flights).",
  body=[
      "TOKYO — Japanese travel agencies say interest in trips to Vladivostok and Russia's Far East is picking up modestly, even though there are still no direct flights between the two countries and Tokyo's travel advisory urges citizens not to travel to Russia.",
      "Three Tokyo-based agencies specialising in Russia said they had received more inquiries this spring for summer packages, mostly from repeat travellers and students of the Russian language, routed via Seoul or Beijing.",
      "'It is a niche within a niche,' said the head of one agency. 'People ask about the Trans-Siberian, about ballet in Vladivostok. Then they see the foreign ministry's advisory and most of them stop there.'",
      "Russian figures show about 3,000 Japanese citizens visited Russia as tourists last year, against more than 100,000 in 2019. Aeroflot said it had no plans to resume flights to Japan, which stopped in 2022.",
      "Japan's foreign ministry has advised against all travel to Russia, regardless of purpose, since March 2022.",
  ])

A(feed="replika-ru", lang="ru", published="2027-04-21T11:40:00Z",
  author="Дмитрий Кольцов", section="Брифинги",
  title="МИД опроверг сообщения о решении вернуться к работе над сборником документов с Японией",
  summary="Захарова: вопрос изучается, но «решение не принято». Японские СМИ писали о договорённости провести встречу экспертов летом.",
  label="restatement",
  note="Denial ('решение не принято') of a move that comes later (g8); nothing done yet.",
  body=[
      "Официальный представитель МИД России Мария Захарова опровергла сообщения японских СМИ о том, что Москва якобы уже согласилась возобновить работу над совместным с Японией сборником документов по истории территориального размежевания.",
      "«Решение не принято. Японская сторона излагала свои соображения, мы их изучаем. Когда будет что сообщить — сообщим», — сказала Захарова на брифинге в среду.",
      "Ранее японское информагентство со ссылкой на дипломатические источники сообщило, что стороны «в принципе договорились» провести встречу экспертов в Токио летом.",
      "В Токио эти сообщения также официально не подтвердили. Генеральный секретарь кабинета министров Минору Кихара заявил, что Япония «продолжает разъяснять российской стороне значение этой работы». В сентябре 2026 года Россия приостановила участие в подготовке сборника, сославшись на одностороннюю публикацию японской стороной рабочих материалов.",
      "Захарова также заявила, что «никакой связи» между этим вопросом и темой мирного договора нет. «Позиция по мирному договору известна и не меняется», — подчеркнула она.",
  ])

# ---------------------------------------------------------------- g8: compendium work resumes (JA first)
A(feed="kantei-memo", lang="ja", published="2027-06-08T07:00:00Z",
  author="政治部", section="外交",
  title="共同作成資料集の改訂作業を再開　日ロ専門家、東京で9カ月ぶり会合",
  summary="ロシアが昨年9月に参加を停止した日ロの共同作成資料集の改訂作業が再開した。両国外務省の専門家が7日、東京で会合を開いた。",
  label="status_change", group="g8",
  new_facts=["日ロ外務省の専門家が7日に東京で会合を開き、ロシアが昨年9月に停止した共同作成資料集の改訂作業を約9カ月ぶりに再開した。作業資料の取り扱いに関する確認文書を交わした"],
  must_mention=[["資料集"], ["再開"]],
  note="STATUS CHANGE (up): compendium work suspended by Russia in Sept 2026 (g7) -> resumed with an expert meeting in Tokyo. First report of g8 (Japanese).",
  body=[
      "政府は8日、日ロ両国の外務省の専門家が7日に東京都内で会合を開き、「日露間領土問題の歴史に関する共同作成資料集」の改訂作業を再開したと発表した。ロシアは昨年9月、日本側による作業資料の公開を理由に参加の停止を通告しており、作業が動くのは約9カ月ぶり。",
      "外務省によると、会合では収録する資料の範囲について協議した。双方は作業資料の取り扱いに関する確認文書を交わした。日本側は公式サイトの掲載内容を削除していないという。",
      "木原稔官房長官は8日の記者会見で「作業が再開されたことを歓迎する。歴史的事実に基づく作業を着実に進めたい」と述べた。平和条約交渉との関係については「別のものだ」と説明した。",
      "次回会合は年内にモスクワで開く方向で調整する。",
  ])

A(feed="dovecote-wire", lang="en", published="2027-06-08T11:30:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="Russia returns to joint history project with Japan after nine-month freeze",
  summary="Experts from the two foreign ministries met in Tokyo, restarting work on an updated compendium of documents on the islands dispute that Moscow suspended last September.",
  label="status_change", group="g8",
  new_facts=["Japanese and Russian experts met in Tokyo on June 7, 2027, resuming work on the joint documents compendium that Russia suspended in September 2026"],
  must_mention=[["compendium", "history project"], ["resum", "restart", "return"]],
  note="g8, English report hours later.",
  body=[
      "TOKYO — Russian and Japanese foreign ministry experts met in Tokyo on Monday and resumed work on an updated compendium of historical documents on the two countries' territorial dispute, nine months after Moscow suspended its participation, Japan's government said on Tuesday.",
      "The two sides exchanged a document on the handling of working materials, addressing Russia's complaint that Japan had posted parts of them online without its consent, the foreign ministry said. Japan did not remove the material, a ministry official said.",
      "Chief Cabinet Secretary Minoru Kihara welcomed the resumption and said the work was 'separate' from peace treaty negotiations, which Russia broke off in 2022. The next meeting is being arranged in Moscow later this year.",
      "Russia's foreign ministry had said in April that no decision had been taken on returning to the work.",
      "The compendium, first published in 1992 and updated in 2001, gathers treaties and declarations on the islands in Japanese and Russian.",
  ])

A(feed="shkhera-ru", lang="ru", published="2027-06-09T03:00:00Z",
  author="Олег Самарин", section="Политика",
  title="Эксперты России и Японии возобновили работу над сборником документов по истории территориального вопроса",
  summary="Встреча прошла в Токио. В сентябре 2026 года Москва приостановила участие в проекте из-за публикации японской стороной рабочих материалов.",
  label="status_change", group="g8",
  new_facts=["Эксперты МИД России и Японии провели встречу в Токио и возобновили работу над совместным сборником документов, приостановленную Россией в сентябре 2026 года"],
  must_mention=[["сборник"], ["возобнов"]],
  note="g8, Russian confirmation the next day; no fact beyond the first report.",
  body=[
      "Эксперты МИД России и Японии провели в Токио встречу, возобновив работу над дополненным изданием совместного сборника документов по истории территориального размежевания между двумя странами. Об этом сообщили в японском правительстве; в МИД России факт встречи подтвердили «Шхере».",
      "«Японская сторона дала необходимые заверения относительно обращения с рабочими материалами. С учётом этого российские эксперты приняли участие во встрече», — сказал собеседник агентства в российском внешнеполитическом ведомстве.",
      "В сентябре прошлого года Россия приостановила участие в проекте, заявив, что Япония в одностороннем порядке опубликовала фрагменты рабочих материалов. Договорённость о подготовке нового издания сборника, впервые вышедшего в 1992 году, была достигнута в ноябре 2025 года.",
      "В российском МИД подчеркнули, что работа над сборником «не связана с вопросом о мирном договоре».",
      "Следующую встречу экспертов, по данным японской стороны, планируется провести в Москве до конца года. Генеральный секретарь кабинета министров Японии Минору Кихара приветствовал возобновление работы, назвав её «отдельной» от темы мирного договора.",
  ])
