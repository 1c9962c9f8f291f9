"""Articles b92-41 .. b92-56 (May 2026 - May 2027)."""

G6_EN_BODY = [
    "MOSCOW, May 19 (Tarnbrook) - President Vladimir Putin has signed a law barring companies controlled by investors from countries Russia deems \"unfriendly\", a list that includes Japan, from the preferential tax regime that Moscow created to draw capital to the Kuril Islands.",
    "The law, published on the government's legal information portal on Tuesday, amends the Tax Code and the 2022 legislation that set up the regime. Companies in which citizens or entities of unfriendly states directly or indirectly hold 25% or more, or which they otherwise control, can no longer be certified as residents. Existing residents that fall under the rule will lose their status and tax benefits from Jan. 1, 2027, unless they restructure their ownership.",
    "The regime, in force since January 2023, exempts certified companies on the islands from profit, property, land and transport taxes for 20 years and cuts their social contributions. It covers the whole Kuril chain, including the southern islands of Iturup, Kunashir, Shikotan and the Habomai group that Japan claims as its Northern Territories.",
    "The Ministry for the Development of the Far East said the change was meant to stop \"capital from unfriendly jurisdictions\" entering through intermediaries and that two current residents would need to restructure. It did not name them.",
    "The regime has about 60 residents, mostly Russian fish processors and builders, along with a handful of companies from Asia and the Middle East. Moscow had at one time pitched it to Japanese firms as a way of doing business on the islands.",
    "Japan has itself required government licences since February 2025 for Japanese investment in businesses operating under Russian law on the islands, arguing that such deals would imply acceptance of Russian jurisdiction.",
    "Japan's foreign ministry had no immediate comment.",
]

ARTICLES = [
    # ------------------------------------------------------------------ 41  g6 first (en)
    dict(
        n=41, feed="tarnbrook-wire", published="2026-05-19T09:00:00Z",
        title="Putin signs law shutting 'unfriendly' investors out of Kuril tax regime",
        summary="Companies controlled from countries on Russia's unfriendly list, Japan among them, can no longer join the islands' preferential tax regime; existing residents lose status from 2027.",
        label="new_development", group="b92-g6",
        new_facts=["Putin signed a law barring companies 25%-owned or controlled by investors from 'unfriendly' states (incl. Japan) from the Kuril Islands "
                   "preferential tax regime; existing residents lose status and benefits from Jan 1, 2027 unless they restructure"],
        must_mention=[["unfriendly"], ["tax", "regime"]],
        note="First report (in English) of a new federal law on the islands' tax regime; not among seed facts or earlier items.",
        section="Legal", byline="Pavel Greer",
        credit="Reporting by Pavel Greer; Editing by Martin Pryce",
        body=G6_EN_BODY,
    ),
    # ------------------------------------------------------------------ 42  g6 (ru)
    dict(
        n=42, feed="pravoved-dv", published="2026-05-19T13:00:00Z",
        title="Курильский налоговый режим закрыли для компаний из недружественных стран",
        summary="Президент подписал закон: организации, подконтрольные лицам из недружественных государств, не смогут стать резидентами преференциального режима на Курилах. Действующие резиденты утратят статус с 2027 года.",
        label="new_development", group="b92-g6",
        new_facts=["Law signed: companies controlled from unfriendly states cannot be residents of the Kuril preferential regime; existing ones lose status from 2027"],
        must_mention=[["недружествен"], ["режим", "резидент"]],
        note="Russian legal report of g6; same development.",
        section="Законодательство", tags=["Курилы", "налоги", "преференциальный режим"],
        byline="Елена Рудых",
        body=[
            "Владимир Путин подписал федеральный закон, ограничивающий доступ к преференциальному налоговому режиму на Курильских островах для компаний с иностранным капиталом из недружественных государств. Документ опубликован на официальном портале правовой информации во вторник.",
            "Поправки вносятся в Налоговый кодекс и закон 2022 года, которым был введён специальный режим для Курил. Резидентом режима теперь не может стать организация, в которой лица из государств, совершающих недружественные действия в отношении России, прямо или косвенно владеют 25 и более процентами капитала либо иным образом её контролируют.",
            "Действующие резиденты, подпадающие под новые критерии, утратят статус и льготы с 1 января 2027 года, если до этого не изменят структуру собственности. Для них предусмотрено обязательное уведомление налогового органа в течение трёх месяцев.",
            "«По сути, закон закрывает возможность для японского капитала зайти на Курилы через посредников из третьих стран. Главный практический вопрос — как налоговые органы будут устанавливать косвенный контроль, здесь неизбежны споры», — прокомментировал налоговый консультант из Владивостока Артём Синицын.",
            "Курильский режим действует с 1 января 2023 года. Резиденты на 20 лет освобождаются от налога на прибыль, налога на имущество, земельного и транспортного налогов, а также платят страховые взносы по пониженному тарифу 7,6%. По данным Минвостокразвития, статус резидента имеют около 60 компаний.",
        ],
    ),
    # ------------------------------------------------------------------ 43  g6 (ja)
    dict(
        n=43, feed="shimakage-ja", published="2026-05-20T03:00:00Z",
        title="ロシア、四島の「特区」から非友好国企業を排除　改正法成立　日本資本の参入封じる",
        summary="プーチン大統領は、千島列島と北方四島で導入した税制優遇制度から「非友好国」の資本が入った企業を締め出す改正法に署名した。",
        label="new_development", group="b92-g6",
        new_facts=["Russia's amended law excludes companies with capital from 'unfriendly' countries such as Japan from the Kuril tax-break regime"],
        must_mention=[["非友好"]],
        note="Japanese report of g6; same development.",
        section="北方領土",
        body=[
            "【モスクワ】ロシアのプーチン大統領は19日までに、千島列島と北方四島で導入している税制優遇制度について、日本などの「非友好国」の資本が入った企業を対象から外す改正法に署名した。すでに認定を受けている企業も、資本構成を改めなければ2027年1月から優遇措置を失う。",
            "改正法は、非友好国の個人・法人が直接または間接に25%以上を出資するか、実質的に支配する企業の認定を禁じる。ロシア極東発展省は「第三国の仲介を通じた非友好国資本の流入を防ぐため」と説明している。",
            "同制度は23年1月に始まり、認定企業は法人税や固定資産税などが20年間免除される。ロシア側はかつて、日本企業に対しても四島での事業参加を呼びかけていた。",
            "日本政府は25年2月から、四島でロシアの法令に基づいて事業を行う企業への出資などを外為法上の許可制にしており、日本企業の参加はもともと事実上封じられている。外務省幹部は「日本の法的立場はいささかも変わらない」と話した。",
            "根室市内の水産関係者は「日本から出資する道はすでに閉ざされている。島の人たちとの取引がさらに細るのが心配だ」と語った。",
        ],
        byline="（共同取材、報道部）",
    ),
    # ------------------------------------------------------------------ 44  g6 syndicated copy
    dict(
        n=44, feed="northwold-ledger", published="2026-05-20T11:00:00Z",
        title="Putin signs law shutting 'unfriendly' investors out of Kuril tax regime",
        summary="Syndicated from Tarnbrook Wire.",
        label="new_development", group="b92-g6",
        new_facts=["Putin signed a law barring companies controlled from 'unfriendly' states from the Kuril tax regime"],
        must_mention=[["unfriendly"], ["tax", "regime"]],
        note="Syndicated copy of b92-41; same development.",
        section="Wire", byline="Tarnbrook Wire (syndicated)",
        body=G6_EN_BODY + ["This story was provided by Tarnbrook Wire and has not been edited by the Ledger."],
    ),
    # ------------------------------------------------------------------ 45
    dict(
        n=45, feed="kokkai-hokkai-ja", published="2026-06-09T06:00:00Z",
        title="根室市議会、ロシアの「特区」法改正に抗議決議　全会一致",
        summary="根室市議会は、ロシアが北方四島を含む税制優遇制度から非友好国資本を排除した法改正に抗議する決議を全会一致で可決した。",
        label="restatement",
        note="Routine municipal protest resolution reacting to the already-reported law (g6); restates Japan's position and asks the government to respond firmly. No new fact.",
        section="市町村議会",
        body=[
            "根室市議会は9日の定例会本会議で、ロシアが北方四島を含むクリル諸島の税制優遇制度から「非友好国」の資本を排除する法改正を行ったことに抗議する決議案を、全会一致で可決した。",
            "決議は「我が国固有の領土である北方四島にロシアの法令を適用すること自体、断じて認められない」とした上で、政府に対し「ロシアの一方的な措置に毅然と対応し、四島交流等事業の早期再開に全力を尽くす」よう求めている。決議は首相や外相らに送付する。",
            "市議会は毎年、「北方領土の日」に合わせて早期返還を求める決議や意見書を可決しているほか、ロシア側の措置に対してもその都度抗議の意思を示してきた。",
            "提案した議員は「元島民の平均年齢は90歳近い。島が遠のいていく現状を黙って見ているわけにはいかない」と述べた。",
        ],
        byline="（根室通信員）",
    ),
    # ------------------------------------------------------------------ 46
    dict(
        n=46, feed="kokkai-hokkai-ja", published="2026-06-12T04:00:00Z",
        title="改正有人国境離島法が成立　期限を10年延長、対馬・五島など支援継続",
        summary="国境に近い離島の保全と地域社会の維持を支援する有人国境離島法の期限を2037年3月末まで延長する改正法が、参院本会議で可決、成立した。",
        label="off_topic",
        note="Look-alike: a Japanese law on border islands (Tsushima, Goto, Rishiri...), explicitly not covering the Northern Territories; not about the dispute.",
        section="国会",
        body=[
            "国境に近い離島の保全や地域社会の維持を支援する「有人国境離島地域保全特別措置法」の期限を10年延長する改正法が、12日の参院本会議で全会一致により可決、成立した。2027年3月末の期限を37年3月末まで延ばす。",
            "同法は17年4月に施行された10年間の時限立法で、対馬（長崎）や五島列島、佐渡（新潟）、道内の利尻・礼文、奥尻、天売・焼尻など71島を「特定有人国境離島地域」に指定。航路・航空路の運賃引き下げや、雇用創出事業への補助などを行ってきた。",
            "改正法では新たに、島内の医療人材確保への支援や、外国人・外国資本による土地取得状況の調査を国の努力義務として明記した。",
            "道内からは、利尻や奥尻の関係者が「運賃支援は島の生命線。延長は本当にありがたい」と歓迎の声を上げた。",
            "なお、北方領土は日本の施政が及んでいないため、同法の対象には含まれていない。",
        ],
        byline="（東京報道部）",
    ),
    # ------------------------------------------------------------------ 47
    dict(
        n=47, feed="sealhollow-review", published="2026-07-14T08:00:00Z",
        title="Mauritius passes law to fold the Chagos Islands into its districts",
        summary="The Port Louis parliament has created a new administrative district for the archipelago, anticipating the handover agreed with Britain.",
        label="off_topic",
        note="Look-alike: another country's territorial law and island treaty (Chagos, UK-Mauritius). Nothing about Russia or Japan.",
        section="Borders & Sea", byline="Anjali Ramdin",
        body=[
            "Mauritius's National Assembly has passed a law creating a new administrative district for the Chagos Islands, preparing the ground for the archipelago's transfer from Britain under the treaty the two governments signed last year.",
            "The law establishes the \"Chagos District\" with its own district council, provides for the registration of births and land on the islands, and sets out how Chagossians and their descendants, many of whom live in Mauritius, the Seychelles and Britain, may resettle on the outer islands.",
            "Diego Garcia, the largest island and site of a US-UK military base, is excluded from most of the law's provisions in line with the treaty, under which Britain keeps control of the base under a long-term lease.",
            "Opposition members voted in favour but criticised the government for not consulting Chagossian groups more widely. Some Chagossians in Britain have campaigned against the handover, arguing that they were never asked.",
            "Legal scholars note that the law has no effect until the treaty is ratified and enters into force. \"It is a statement of readiness, not a transfer,\" said one.",
        ],
    ),
    # ------------------------------------------------------------------ 48
    dict(
        n=48, feed="zakonodatel-sakh", published="2026-09-21T06:00:00Z",
        title="Выборы в Госдуму: на Курилах проголосовали почти три четверти избирателей",
        summary="Явка в курильских округах вновь оказалась выше средней по области. Облизбирком подвёл предварительные итоги.",
        label="neutral",
        note="Borderline: a routine federal election held on the islands; turnout and results only.",
        section="Выборы", rubric_slug="vybory", tags=["выборы", "Госдума", "Курилы"],
        body=[
            "Явка на выборах депутатов Государственной думы в Курильском и Южно-Курильском муниципальных округах составила 73,8%, сообщила избирательная комиссия Сахалинской области по итогам обработки всех протоколов. В среднем по региону проголосовали 55,2% избирателей.",
            "Голосование на островах длилось три дня. Как и на прежних выборах, на Итурупе, Кунашире и Шикотане работали участки в воинских частях и пограничных подразделениях. На острова Малой Курильской гряды членов комиссий доставляли катерами.",
            "По одномандатному округу, в который входит вся Сахалинская область, лидирует действующий депутат. Результаты партий на Курилах в целом совпадают с общеобластными.",
            
            "Впервые на Курилах часть избирателей могла проголосовать дистанционно через портал госуслуг: этой возможностью воспользовались около 900 человек. В облизбиркоме отметили, что на Шикотане из-за перебоев со связью электронное голосование несколько часов было недоступно.",
            "Кроме того, на Итурупе одновременно прошли дополнительные выборы в собрание муниципального округа: по одному из округов избран представитель рыбопромышленной компании.","Облизбирком утвердит окончательные итоги до конца недели. Жалоб с курильских участков, по данным комиссии, не поступало.",
        ],
        byline="Ирина Сёмина",
    ),
    # ------------------------------------------------------------------ 49
    dict(
        n=49, feed="shimakage-ja", published="2026-09-22T03:00:00Z",
        title="四島での露下院選投票　政府が抗議「我が国の立場と相いれない」",
        summary="ロシア下院選の投票が北方四島でも行われたことを受け、政府は外交ルートでロシア側に抗議した。",
        label="neutral",
        note="Borderline: Japan's protest at voting on the islands, a recurring reaction to every Russian election held there; arguably a routine restatement.",
        section="北方領土",
        body=[
            "政府は、今月中旬に行われたロシア下院選の投票が北方四島でも実施されたとして、外交ルートを通じてロシア側に抗議した。官房副長官が21日の記者会見で明らかにした。",
            "官房副長官は「北方四島における選挙の実施は、四島に関する我が国の立場と相いれず、受け入れられない」と述べた。抗議は19日付で在ロシア日本大使館から行ったという。",
            "政府はこれまでも、四島でロシアの大統領選や議会選、サハリン州の選挙が行われるたびに同様の抗議を繰り返してきた。",
            
            "ロシアは四島をサハリン州の一部として統治しており、島の住民は大統領選や下院選、州議会選などで投票している。日本政府は、四島での選挙の実施や、ロシア政府関係者の訪問、軍備の強化などについて、その都度「我が国の立場と相いれない」として抗議や申し入れを行っている。",
            "今回の下院選では、択捉、国後、色丹の各島に設けられた投票所のほか、軍部隊内にも投票所が置かれたとみられる。","根室管内の元島民は「投票所が私たちの村の跡にできているのかと思うと複雑だ」と話した。",
        ],
        byline="（東京支社）",
    ),
    # ------------------------------------------------------------------ 50
    dict(
        n=50, feed="northwold-ledger", published="2026-10-19T21:00:00Z",
        title="At 70, the 1956 declaration is cited by both sides and honoured by neither",
        summary="The only ratified text on the islands turns seventy today. Its article nine still means different things in Moscow and Tokyo.",
        label="restatement",
        note="Anniversary column on the 1956 Joint Declaration; background and known positions only (seeds mention the declaration). No new fact.",
        section="Columns", byline="Helen Marsh",
        body=[
            "Seventy years ago today, in the Kremlin, Soviet premier Nikolai Bulganin and Japanese prime minister Ichiro Hatoyama signed a joint declaration ending the state of war between their countries. Diplomatic relations were restored; Japan's path into the United Nations was cleared; prisoners were sent home. A peace treaty was left for later.",
            "Article nine is the sentence everyone remembers. The Soviet Union, \"meeting the wishes of Japan and taking into consideration the interests of the Japanese state\", agreed to transfer Shikotan and the Habomai islands to Japan, the transfer to take place after the conclusion of a peace treaty. Both parliaments ratified the text that December.",
            "What followed is familiar. Tokyo came to insist on all four islands, Iturup and Kunashir included. Moscow in 1960 attached new conditions, then for decades denied there was a territorial problem at all, then rediscovered the declaration in the 1990s and 2000s as the only basis it would accept. In 2018 the two leaders agreed to accelerate talks on that basis. In March 2022, citing Japanese sanctions, Russia said it would not continue them.",
            "So at seventy the declaration is in an odd condition: cited by both sides, honoured by neither, and never formally repudiated. Russian officials today describe its territorial clause as conditional on a treaty that is not being negotiated; Japanese officials describe it as a starting point for a negotiation that is not taking place.",
            "Anniversaries invite the question of whether a text still matters. This one does, if only because nothing has replaced it.",
        ],
    ),
    # ------------------------------------------------------------------ 51
    dict(
        n=51, feed="pravoved-dv", published="2026-11-24T08:00:00Z",
        title="«Поправка 2020 года закрыла тему уступок»: правовед о переговорах с Японией",
        summary="Бывший судья, ныне профессор конституционного права, объясняет, почему территориальный вопрос, по его мнению, больше не может быть предметом переговоров.",
        label="restatement",
        note="Legal opinion (former judge, now professor): restates the 2020 constitutional ban and Russia's known position; 1956 declaration and March 2022 halt as background. Not a court ruling.",
        section="Комментарии", tags=["Конституция", "Курилы", "мнение"],
        byline="Записала Елена Рудых",
        body=[
            "Профессор кафедры конституционного права, в прошлом судья Приморского краевого суда Геннадий Лосев считает, что после поправок 2020 года территориальный вопрос в отношениях с Японией «юридически закрыт». Мы публикуем его комментарий в сокращении.",
            "«Статья 67 Конституции запрещает действия, направленные на отчуждение части территории Российской Федерации, и призывы к таким действиям. Исключение сделано только для делимитации и демаркации границы с соседними государствами. Передача островов, на которых живут российские граждане и действуют российские органы власти, ни под делимитацию, ни под демаркацию не подпадает — это было бы именно отчуждение.",
            "Отсюда следует, что любой международный договор с такими положениями не прошёл бы проверку на соответствие Конституции. Это не политическая оценка, а вопрос иерархии норм.",
            "Что касается декларации 1956 года, она остаётся ратифицированным документом, но её статья 9 обусловлена заключением мирного договора, которого нет. Если когда-нибудь переговоры о мирном договоре возобновятся — а в марте 2022 года МИД заявил, что в нынешних условиях продолжать их не намерен, — предметом могут быть мир, дружба, сотрудничество, но не территория.",
            "Понимаю, что в Токио с этим не согласятся. Но юрист обязан говорить о том, что написано в законе, а не о том, что кому-то хотелось бы там прочесть».",
        ],
    ),
    # ------------------------------------------------------------------ 52
    dict(
        n=52, feed="tarnbrook-wire", published="2027-01-25T06:00:00Z",
        title="Japan PM's policy speech restates aim of peace treaty with Russia",
        summary="In the annual address opening the Diet session, the prime minister said Japan would persist in seeking a resolution of the territorial issue.",
        label="restatement",
        note="Annual policy speech restating standing policy (resolve territorial issue, conclude peace treaty, request exchanges); no new step.",
        section="Politics", byline="Mari Takeda",
        credit="Reporting by Mari Takeda; Editing by Tom Halloran",
        body=[
            "TOKYO, Jan 25 (Tarnbrook) - Japan's prime minister said on Monday that the government would maintain its policy of resolving the territorial dispute with Russia and concluding a peace treaty, in a policy speech opening the ordinary session of parliament.",
            "\"Relations with Russia remain severe, but our policy of resolving the territorial issue and concluding a peace treaty is unchanged,\" the prime minister told lawmakers. \"We will continue to strongly request the resumption of exchange programmes, beginning with grave visits for former islanders.\"",
            "The passage on Russia, two sentences long, followed a much longer section on China, North Korea and defence spending, and mirrored the wording of last year's address.",
            "Russia said in March 2022 that it would not continue peace treaty negotiations because of Japanese sanctions over Ukraine and halted visa-free exchanges with the islands, which Japan calls the Northern Territories.",
            "The ordinary session runs until late June. Lawmakers will debate a record defence budget and a bill to extend subsidies for regional airports.",
        ],
    ),
    # ------------------------------------------------------------------ 53  g7 first
    dict(
        n=53, feed="kokkai-hokkai-ja", published="2027-02-16T05:00:00Z",
        title="国後島の水産会社に無許可出資　元役員に有罪判決　札幌地裁、四島「特区」巡る外為法違反で初",
        summary="北方四島でロシアの税制優遇制度の認定を受けた水産加工会社に無許可で出資したとして、外為法違反の罪に問われた道内の水産商社の元役員に、札幌地裁は有罪判決を言い渡した。",
        label="new_development", group="b92-g7",
        new_facts=["Sapporo District Court convicted a former executive of a Hokkaido seafood trader (suspended 18-month sentence, fine) and fined the firm for investing "
                   "about 30 million yen without a licence in a Kunashir fish processor certified under Russia's Kuril regime: the first conviction under the 2025 licence rule"],
        must_mention=[["有罪", "判決"], ["外為法"]],
        note="First report of a court ruling applying the Dec 2024 licence rule (g2) for the first time; the conviction is a new fact.",
        section="北方領土",
        body=[
            "北方四島の国後島でロシアの税制優遇制度（特区）の認定を受けた水産加工会社に、国の許可を得ずに出資したとして、外国為替及び外国貿易法（外為法）違反の罪に問われた道内の水産商社の元役員の男性（61）に対し、札幌地裁は16日、拘禁刑1年6月、執行猶予3年、罰金50万円（求刑拘禁刑1年6月、罰金50万円）の判決を言い渡した。法人としての同社にも罰金300万円を言い渡した。",
            "政府は2025年2月、四島でロシアの法令に基づいて事業を行う企業への出資などを外為法上の許可制とした。この規制を巡る有罪判決は初めて。",
            "判決によると、男性は25年4月から5月にかけ、サハリン州の仲介会社を通じて、国後島・古釜布の水産加工会社に約3千万円を出資した。出資先はロシアの特区制度の認定を受けており、同社は加工品の優先的な買い付け権を得ていた。",
            "裁判長は「北方領土問題に関する我が国の法的立場を損ないかねない行為で、規制の趣旨を軽視した責任は軽くない」と指摘した。一方、出資金の回収を断念したことなどを酌んで執行猶予を付けた。",
            "弁護側は「規制の存在を知らなかった」と主張していたが、判決は、告示改正の前後に業界団体から周知文書を受け取っていたとして退けた。",
            "男性は昨年6月に在宅起訴されていた。弁護人は控訴するかどうか「本人と協議して決める」としている。",
        ],
        byline="（札幌報道部）",
    ),
    # ------------------------------------------------------------------ 54  g7 (en)
    dict(
        n=54, feed="sealhollow-review", published="2027-02-16T10:00:00Z",
        title="A fish plant on Kunashir, a Hokkaido balance sheet, and Japan's first conviction under its island investment rule",
        summary="A Sapporo court has convicted a former seafood executive for putting money into a processor on the Russian-held island without a licence.",
        standfirst="The rule was written in 2024. On Tuesday it produced its first criminal conviction.",
        label="new_development", group="b92-g7",
        new_facts=["Sapporo court convicted a former Hokkaido seafood executive for unlicensed investment in a Kunashir processor: first conviction under Japan's island investment licence rule"],
        must_mention=[["convict", "guilty", "sentenc"]],
        note="English report of g7, news told past a scene-setting lead; same development.",
        section="Courts", byline="Oliver Tensley",
        body=[
            "The processing plant in Yuzhno-Kurilsk, on the island Japan calls Kunashiri, freezes sea urchin and pollock roe for buyers in Korea and China. For a few months in 2025 part of its capital came, by a roundabout route, from a seafood trader in Hokkaido.",
            "On Tuesday that route ended in a Sapporo courtroom. The Sapporo District Court convicted the trader's former executive, 61, of violating Japan's foreign exchange law by investing about 30 million yen in the Kunashir company without a government licence, and sentenced him to 18 months, suspended for three years, plus a fine of 500,000 yen. The company was fined 3 million yen.",
            "It is the first conviction under the licence requirement Japan imposed in February 2025 on investment in businesses operating under Russian law on the disputed islands. The Kunashir plant is certified under the preferential tax regime Moscow created for the Kurils.",
            "The money moved through an intermediary in Sakhalin in April and May 2025, the court found, in exchange for preferential purchasing rights. The presiding judge said the investment \"could harm Japan's legal position on the Northern Territories issue\". The defence had argued that the executive did not know about the rule; the court noted that an industry association had sent him notices about it.",
            "The ruling is small in money and large in signal. Tokyo's licence rule had until now been a paper barrier. It now has a precedent behind it.",
        ],
    ),
    # ------------------------------------------------------------------ 55
    dict(
        n=55, feed="sealhollow-review", published="2027-03-20T07:00:00Z",
        title="Hokkaido governor race: candidates promise to 'reopen the door' to the islands",
        summary="All three contenders in the April election pledge to press for grave visits and renewed ties with Sakhalin. None explains how.",
        label="restatement",
        note="Campaign promises and conditionals ('would press', 'if Moscow agrees'); restates known positions and requests; no new fact.",
        section="Parliaments", byline="Naomi Reid",
        body=[
            "Hokkaido votes for a governor on April 11, and on one subject the three candidates sound almost identical. Each has promised to \"reopen the door\" to the Russian-held islands off Nemuro and to the neighbouring region of Sakhalin, with which the prefecture once ran a busy programme of exchanges.",
            "Kazuhiro Sato, a former vice-minister backed by the ruling coalition, said at a rally in Kushiro that if elected he would \"go to Tokyo every month\" to demand that grave visits for former islanders be restored. Mieko Onodera, a Sapporo city assembly member supported by the opposition, promised a new prefectural office to prepare for the day exchanges resume. A third candidate, a retired fisheries official, pledged to meet the Sakhalin governor \"if Moscow agrees\".",
            "None has said what leverage a governor would have. Russia halted visa-free exchanges and said it would not continue peace treaty talks in March 2022, and formal contact between Hokkaido and Sakhalin has been frozen since.",
            "\"Every candidate has to say it, because the voters in the east expect it,\" said a political scientist at a Sapporo university. \"It costs nothing and it commits nobody.\"",
            "In Nemuro, where the islands are visible on a clear day, the first campaign offices opened on Thursday.",
        ],
    ),
    # ------------------------------------------------------------------ 56
    dict(
        n=56, feed="northwold-ledger", published="2027-05-11T06:00:00Z",
        title="Norway tightens Svalbard property rules to keep foreign buyers out",
        summary="A new law requires state approval for any sale of land on the Arctic archipelago to foreign buyers. Moscow, which runs a mining town there, objects.",
        label="off_topic",
        note="Look-alike: another country's territorial/property law for islands, with a Russian objection; not about Japan or the Kurils.",
        section="News", byline="The Ledger desk",
        body=[
            "Norway's parliament has passed a law requiring government approval for any sale of land on Svalbard to foreign individuals or companies, closing what ministers called a loophole after a private estate on the Arctic archipelago was offered to international buyers.",
            "Under the 1920 Svalbard Treaty, Norway has sovereignty over the islands but citizens of the signatory states enjoy equal rights to economic activity there. The government says the new approval requirement respects that principle because it applies to all foreign buyers equally.",
            "Russia, whose state coal company operates the settlement of Barentsburg, said the law \"contradicts the spirit of the treaty\" and reserved the right to respond. China, also a signatory, said it was studying the text.",
            "The law also gives the state a right of first refusal on any land sale on the archipelago.",
            "Svalbard is not the only northern archipelago where property rules have become a matter of sovereignty. Readers of this site will recognise the pattern from the islands off Hokkaido, where both Moscow and Tokyo have used ownership and investment rules to assert their claims.",
        ],
    ),
]
