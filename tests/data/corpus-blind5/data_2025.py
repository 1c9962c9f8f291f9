# Articles of corpus blind5 published in 2025. Fictional outlets; events are invented.
A = []

# --------------------------------------------------------------------------- G3 cabinet approves amendment of the special measures act (first: ja)
A.append(dict(
    feed="hokuto-ja", lang="ja", published="2025-02-07T03:10:00Z",
    author="東京報道部",
    title="元島民の後継者支援を新設　北特法改正案を閣議決定",
    summary="政府は7日、北方領土問題等解決促進特別措置法（北特法）の改正案を閣議決定した。元島民の子や孫による語り部活動などに国が費用を補助する制度を新設する。",
    label="new_development", group="g-hokutoku-amend",
    new_facts=["政府が北特法改正案を閣議決定（2025年2月7日）：元島民の後継者への補助制度を新設、隣接地域振興基金の運用延長"],
    must_mention=[["改正"], ["北特法", "特別措置法", "特措法"]],
    note="New development, first report (ja): a cabinet decision on a bill amending the special measures act - a Japanese government decision not in the seeds.",
    body="""政府は7日の閣議で、北方領土問題等の解決の促進のための特別措置に関する法律（北特法）の改正案を決定した。元島民の高齢化が進むなか、子や孫ら「後継者」が担う語り部活動や資料の保存・公開に対し、国が費用の一部を補助する制度を新たに設ける。今国会に提出し、年度内の成立を目指す。

改正案は、元島民でつくる千島歯舞諸島居住者連盟が後継者の活動を支える財源の確保を求めてきたことを受けたもの。補助の対象は、後継者団体が行う学校での講演や、島での暮らしを記録した写真・映像のデジタル化など。このほか、根室市と周辺4町の「北方領土隣接地域」の振興に充てる基金について、取り崩しを認める期限を10年間延長する。

北特法は1982年に議員立法で制定され、返還要求運動の推進や元島民への援護措置、隣接地域の振興などを定めている。2018年の改正では、四島での共同経済活動を見据えた規定が加えられた。

北方領土の日の7日に合わせた閣議決定について、北方対策担当相は記者会見で「元島民の思いを次の世代につなぎ、返還要求運動の灯を絶やさないための法改正だ」と説明した。

千島連盟の理事長は「待ち望んでいた内容で、大きな前進だ。一日も早い成立を願う」とのコメントを出した。
"""))

A.append(dict(
    feed="capwire-en", lang="en", published="2025-02-07T08:00:00Z",
    author="CapitalWire staff",
    title="Japan PM vows to keep seeking peace treaty on Northern Territories Day",
    summary="Prime Minister Shigeru Ishiba told an annual rally in Tokyo that Japan would persist in its efforts to resolve the territorial issue and conclude a peace treaty with Russia, despite the 'severe' state of relations.",
    label="restatement",
    note="Occasion piece (Northern Territories Day) with a restatement by a new speaker: PM pledges to keep seeking a treaty = seed 002 (Kishida: Tokyo steadfast in a peace treaty); Russia ended talks and exchanges = seeds 000/001. Must not be confused with the cabinet decision of the same day (it is not mentioned here).",
    body="""TOKYO — Japanese Prime Minister Shigeru Ishiba said on Friday that Japan would "persistently" pursue a resolution of the territorial dispute with Russia and the conclusion of a peace treaty, even though relations between the two countries remain in a "severe state."

Speaking at the annual national rally for the return of the Northern Territories, held in Tokyo each February 7, Ishiba said the government's policy of resolving the question of the islands' sovereignty and then signing a treaty "remains unchanged."

"The situation surrounding Japan-Russia relations is severe, but we will not waver," he told about 800 participants, including former residents of the islands, lawmakers and representatives of local governments from Hokkaido.

Ishiba also said the government would continue to call on Moscow to allow grave visits for elderly former islanders, which have been halted since 2022.

February 7 was designated Northern Territories Day in 1981; it marks the date in 1855 when Japan and Russia signed the Treaty of Shimoda, which drew the border between Iturup and Urup.

Russia halted peace treaty negotiations in March 2022, citing Japan's sanctions over Ukraine, and ended visa-free visits to the islands by Japanese citizens. Moscow maintains that its sovereignty over the islands, which Soviet troops occupied in 1945, is not open to discussion.

The rally adopted a resolution calling on the government to "redouble diplomatic efforts" toward the islands' return.
"""))

A.append(dict(
    feed="sentinel-en", lang="en", published="2025-02-07T10:20:00Z",
    author="Sentinel Asia Review",
    title="Japan's cabinet approves bill to fund successors of Northern Territories islanders",
    summary="A cabinet-approved amendment to the special measures act on the Northern Territories would subsidise storytelling and archiving work by the children and grandchildren of former island residents.",
    label="new_development", group="g-hokutoku-amend",
    new_facts=["Japanese cabinet approved a bill amending the Northern Territories special measures act to subsidise former islanders' successors (7 Feb 2025)"],
    must_mention=[["amend"], ["special measures", "former island", "former resident"]],
    note="Same development as the Japanese first report (en copy, same day).",
    body="""Japan's cabinet on Friday approved a bill to amend the law governing its policy on the Northern Territories, creating a state subsidy for the children and grandchildren of former residents of the Russian-held islands who carry on their parents' campaign for the islands' return.

The amendment to the Act on Special Measures for Promoting the Resolution of the Northern Territories Issue would let the government cover part of the cost of school lectures, oral-history projects and the digitisation of photographs and films documenting life on the islands before 1945. It would also extend by ten years the period during which a regional development fund for Nemuro and four neighbouring towns can be drawn down.

The government plans to submit the bill to the current Diet session and hopes it will be enacted by the end of the fiscal year in March.

Officials timed the decision to coincide with Northern Territories Day. "This is about passing on the memories of former islanders to the next generation," the minister in charge of Northern Territories affairs told reporters.

The average age of surviving former residents is approaching 89. Their organisation, the League of Residents of Chishima and Habomai Islands, had long lobbied for dedicated funding for successor groups, which currently rely largely on donations.

The special measures law was passed in 1982 and last revised substantially in 2018. Russia, which controls the islands, has not commented on the bill.
"""))

# --------------------------------------------------------------------------- restatement: Zakharova on Northern Territories Day (ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2025-02-08T07:00:00Z",
    author="Ирина Малахова",
    title="Захарова назвала «День северных территорий» проявлением реваншизма",
    summary="Официальный представитель МИД России Мария Захарова прокомментировала ежегодный митинг в Токио, заявив, что суверенитет России над южными Курилами не подлежит обсуждению.",
    label="restatement",
    note="Restatement by a new speaker (ru): sovereignty not subject to discussion = seeds 000/001/004; blame on Tokyo for the state of relations = seeds 002/004. Reaction to an annual occasion; no new measure.",
    body="""Официальный представитель МИД России Мария Захарова назвала проводимый в Японии 7 февраля «День северных территорий» проявлением реваншистских настроений, которые японское руководство «из года в год культивирует в обществе».

«Хотели бы в очередной раз напомнить японской стороне: суверенитет Российской Федерации над Южными Курилами закреплён в международно-правовых документах по итогам Второй мировой войны и обсуждению не подлежит», — заявила Захарова на брифинге в пятницу.

Дипломат прокомментировала выступление премьер-министра Японии Сигэру Исибы на ежегодном митинге в Токио, где тот пообещал «настойчиво» добиваться решения территориального вопроса и заключения мирного договора. По словам Захаровой, подобные заявления «звучат особенно цинично» на фоне санкционной политики Токио и наращивания военного сотрудничества Японии с США у дальневосточных рубежей России.

«Вся ответственность за деградацию российско-японских отношений лежит на японской стороне, которая сознательно сделала выбор в пользу антироссийского курса», — подчеркнула она.

В марте 2022 года Россия отказалась продолжать переговоры о мирном договоре с Японией, вышла из диалога о совместной хозяйственной деятельности на островах и прекратила безвизовые поездки японских граждан на Курилы. С тех пор российская сторона неоднократно заявляла, что условий для возобновления диалога нет.
"""))

# --------------------------------------------------------------------------- off topic: Takeshima Day (ja)
A.append(dict(
    feed="toyo-ja", lang="ja", published="2025-02-22T07:40:00Z",
    author="政治部",
    title="「竹島の日」式典、松江で開催　韓国が中止求め抗議",
    summary="島根県が定めた「竹島の日」の22日、松江市で記念式典が開かれた。政府からは内閣府政務官が出席し、韓国政府は式典の中止を求めて抗議した。",
    label="off_topic",
    note="Off topic look-alike: Japan-South Korea Takeshima dispute (固有の領土, 不法占拠, 抗議) - not the Russia-Japan dispute.",
    body="""島根県が条例で定めた「竹島の日」の22日、松江市の県民会館で記念式典が開かれた。政府からは内閣府の政務官が出席し、「竹島は歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ」と述べた。政府主催ではなく県主催の式典への政務官派遣は13年連続となる。

式典には国会議員や県議ら約450人が参加。知事は「領土問題の解決には国民世論の後押しが欠かせない」として、政府に対し閣僚の出席や、国際司法裁判所への提訴を含む主体的な取り組みを改めて求めた。

韓国外交省は同日、報道官声明を発表し「日本政府が不当な主張を繰り返していることに強く抗議し、式典の即刻廃止を求める」とした。ソウルの日本大使館の関係者を呼び、抗議したという。

竹島は韓国が1950年代から警備隊を常駐させるなどして実効支配を続けている。日本政府は「不法占拠」との立場で、外交ルートを通じて抗議を重ねている。

松江市内では式典に合わせて、竹島の歴史を紹介するパネル展も開かれた。
"""))

# --------------------------------------------------------------------------- off topic: South China Sea
A.append(dict(
    feed="sentinel-en", lang="en", published="2025-03-25T04:15:00Z",
    author="Sentinel Asia Review",
    title="Philippine supply boat hit by water cannon near Second Thomas Shoal",
    summary="Chinese coast guard ships fired water cannon at a Philippine resupply boat heading to a grounded warship at Second Thomas Shoal, Manila said, in the latest clash over disputed features in the South China Sea.",
    label="off_topic",
    note="Off topic look-alike: South China Sea island/reef dispute (China-Philippines) - no Russia-Japan content.",
    body="""MANILA — Chinese coast guard vessels fired water cannon at a Philippine boat carrying supplies to troops stationed on a grounded warship at Second Thomas Shoal, the Philippine military said on Tuesday, injuring two sailors and damaging the boat's engine.

The incident occurred about 10 nautical miles from the shoal, known locally as Ayungin, where a small contingent of Filipino marines lives aboard the BRP Sierra Madre, a rusting Second World War-era ship deliberately run aground in 1999 to assert Manila's claim.

"This dangerous and illegal action endangered the lives of our personnel," a military spokesperson said. The Department of Foreign Affairs summoned China's deputy chief of mission to protest.

China's coast guard said the Philippine boat had "illegally intruded" into waters near Ren'ai Jiao, China's name for the shoal, and that it had taken "necessary control measures in accordance with the law."

China claims almost all of the South China Sea, despite a 2016 international arbitration ruling that found its sweeping claims had no legal basis. The Philippines, Vietnam, Malaysia and Brunei have overlapping claims.

The United States, which has a mutual defence treaty with the Philippines, said it stood with its ally and called on Beijing to stop what it called "provocative and destabilising conduct." Japan and Australia issued similar statements.
"""))

# --------------------------------------------------------------------------- off topic: Japan-Russia trade statistics
A.append(dict(
    feed="eastwind-en", lang="en", published="2025-04-30T01:30:00Z",
    author="Kenji Aldana",
    title="Japan's imports from Russia slide to lowest level since 2000",
    summary="Japanese imports from Russia fell by a fifth last fiscal year as coal and crab shipments dwindled, leaving liquefied natural gas from Sakhalin as the main remaining item, customs data showed.",
    label="off_topic",
    note="Off topic: Japan-Russia trade statistics (unrelated Japan-Russia news); Sakhalin LNG only as trade item, no dispute content.",
    body="""Japan's imports from Russia fell to their lowest level in a quarter of a century in the year to March, as sanctions and corporate caution squeezed trade in coal, timber and seafood, according to Ministry of Finance data released on Wednesday.

Imports dropped 21 per cent year on year to about ¥1.1 trillion, the lowest since fiscal 2000, while exports to Russia, dominated by used cars and machinery parts, fell 9 per cent to ¥0.5 trillion.

Liquefied natural gas, mostly from the Sakhalin-2 project in Russia's Far East, accounted for more than half of the value of imports. Japanese utilities have kept buying the fuel under long-term contracts, and Tokyo has exempted the project from its own sanctions on energy security grounds.

Imports of coal, once a major item, have nearly disappeared after Japan phased them out in line with G7 commitments. Crab and sea urchin imports also slumped after Hokkaido buyers faced tighter checks on catch documentation.

"Trade with Russia has become a niche business," said an economist at a Tokyo-based research institute. "Outside LNG, most large companies see the reputational risk as too high."

Russia was Japan's 13th-largest trading partner before 2022. It has since fallen out of the top 25.
"""))

# --------------------------------------------------------------------------- off topic: Chishima cherry blossoms (ja)
A.append(dict(
    feed="hokuto-ja", lang="ja", published="2025-05-15T02:00:00Z",
    author="根室支局",
    title="日本最後の桜前線、根室で「チシマザクラ」が見頃",
    summary="根室市の清隆寺で、樹齢120年以上とされるチシマザクラが見頃を迎えた。日本で最も遅い桜の開花として知られ、訪れた人たちが淡いピンクの花を楽しんでいる。",
    label="off_topic",
    note="Off topic look-alike: the Chishima (Kuril) cherry tree in Nemuro - seasonal nature news, no dispute content.",
    body="""【根室】日本で最も遅い桜の開花として知られる根室市の清隆寺で、チシマザクラ（千島桜）が見頃を迎えた。気象台は13日、市内の標本木の開花を発表しており、例年並みだという。

清隆寺のチシマザクラは樹齢120年以上とされ、市の天然記念物に指定されている。高さ約5メートルの枝いっぱいに淡いピンクの花を咲かせ、14日は朝から写真愛好家や観光客が次々と訪れた。

チシマザクラは、千島列島や北海道東部などに自生する高山性の桜で、背丈が低く、花が枝に密集して咲くのが特徴。寒冷な気候のもとで育つため、開花は本州のソメイヨシノより1カ月以上遅い。

札幌市から訪れた70代の夫婦は「毎年、桜前線の終点をこの目で見るのが楽しみ。今年は天気にも恵まれて最高です」と笑顔を見せた。

市観光協会によると、見頃は20日ごろまで続く見込み。市内ではこのほか、明治公園や根室市役所前の並木でも開花が進んでいる。
"""))

# --------------------------------------------------------------------------- G4 Chinese geothermal plant on Kunashir (first: ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2025-05-20T05:00:00Z",
    author="Павел Игнатенко",
    title="Китайская компания построит геотермальную электростанцию на Кунашире",
    summary="Правительство Сахалинской области и китайская компания «Хэйлунцзян Синьюань Энерджи» подписали соглашение о строительстве геотермальной станции мощностью 12 МВт у вулкана Менделеева.",
    label="new_development", group="g-geothermal-china",
    new_facts=["Sakhalin region signed an agreement with China's Heilongjiang Xinyuan Energy to build a 12 MW geothermal power plant on Kunashir (6.4 bn roubles, launch 2028)"],
    must_mention=[["геотерм"], ["китай"]],
    note="New development, first report (ru): a foreign (Chinese) investment project on the disputed islands - not in the seeds (seed 000 only mentions the end of the joint economic activity dialogue with Japan).",
    body="""Правительство Сахалинской области и китайская компания «Хэйлунцзян Синьюань Энерджи» подписали соглашение о строительстве геотермальной электростанции на острове Кунашир. Документ подписан в Харбине в рамках Российско-Китайского ЭКСПО, сообщила пресс-служба регионального правительства.

Станция мощностью 12 мегаватт будет построена на склоне вулкана Менделеева, где ещё в советское время были пробурены разведочные скважины. Объём инвестиций оценивается в 6,4 млрд рублей, ввод объекта в эксплуатацию запланирован на 2028 год. По словам губернатора Валерия Лимаренко, новая станция позволит полностью отказаться от завоза дизельного топлива для энергоснабжения Южно-Курильска и прилегающих сёл.

«Это первый случай, когда иностранный инвестор заходит на южные Курилы с энергетическим проектом такого масштаба. Мы рассчитываем, что он станет примером для других партнёров из дружественных стран», — заявил глава региона.

Китайская сторона получит статус резидента льготного налогового режима, действующего на Курилах, который предусматривает освобождение от налога на прибыль и имущество, а также сниженные страховые взносы. Часть оборудования — турбины и теплообменники — будет поставлена из Китая, строительно-монтажные работы выполнят российские подрядчики.

Ранее геотермальные мощности на Кунашире и Итурупе обслуживали лишь отдельные объекты. В правительстве области рассчитывают, что проект снизит тарифы для местных жителей и предприятий рыбной отрасли.

Япония, претендующая на Кунашир, Итуруп, Шикотан и острова Хабомаи, ранее выступала против участия компаний третьих стран в хозяйственных проектах на островах.
"""))

A.append(dict(
    feed="toyo-ja", lang="ja", published="2025-05-22T04:00:00Z",
    author="経済部",
    title="国後島に中国企業が地熱発電所　政府「我が国の立場と相いれない」",
    summary="サハリン州政府が中国企業と国後島での地熱発電所建設で合意した。政府は「北方領土に関する我が国の立場と相いれない」として、ロシア側に抗議し、中国側にも懸念を伝えた。",
    label="new_development", group="g-geothermal-china",
    new_facts=["中国企業が国後島で地熱発電所を建設することでサハリン州と合意。日本政府はロシアに抗議、中国に懸念を伝達"],
    must_mention=[["地熱"], ["中国"]],
    note="Same development (ja follow-up with Japan's reaction).",
    body="""ロシア極東サハリン州政府が、北方領土の国後島に地熱発電所を建設することで中国企業と合意したことが分かった。第三国の企業が北方四島で大型のエネルギー事業に参画するのは異例で、日本政府は22日までに、外交ルートを通じてロシア側に抗議するとともに、中国側にも懸念を伝えた。

ロシアメディアによると、合意したのは中国黒竜江省に拠点を置く「黒竜江新源能源」。国後島の爺爺岳（ちゃちゃだけ）の南西にあるメンデレーエフ山（羅臼山）の山腹に出力1万2千キロワットの発電所を建て、2028年の稼働を目指す。総事業費は約64億ルーブル（約110億円）。島の中心集落である古釜布への電力供給を、ディーゼル発電から切り替える狙いがある。

官房長官は22日の記者会見で「第三国の企業による北方四島での経済活動は、北方領土に関する我が国の立場と相いれない」と述べた。中国側には「日本の立場を理解し、慎重に対応するよう求めた」としている。

ロシアは北方四島を含むクリール諸島に法人税などを大幅に減免する優遇税制を導入し、外国資本の誘致を進めてきた。日ロ両政府が2016年に合意した共同経済活動は、22年にロシア側が協議からの離脱を表明し、事実上頓挫している。

北海道大学の専門家は「ロシアは中国マネーを呼び込むことで、日本抜きの開発が可能だと示そうとしている」と分析している。
"""))

# --------------------------------------------------------------------------- off topic: Armenia-Azerbaijan initialled (ru)
A.append(dict(
    feed="polden-ru", lang="ru", published="2025-08-08T20:30:00Z",
    author="Полдень-Инфо",
    title="Армения и Азербайджан парафировали мирный договор в Вашингтоне",
    summary="Министры иностранных дел Армении и Азербайджана парафировали текст мирного договора в присутствии лидеров двух стран и президента США.",
    label="off_topic",
    note="Off topic look-alike (ru): Armenia-Azerbaijan peace treaty initialled - 'мирный договор' but not Russia-Japan.",
    body="""Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов в пятницу в Вашингтоне парафировали текст соглашения об установлении мира и межгосударственных отношений. Церемония прошла в Белом доме в присутствии премьер-министра Армении Никола Пашиняна, президента Азербайджана Ильхама Алиева и президента США Дональда Трампа.

Лидеры двух стран также подписали совместную декларацию, в которой заявили о намерении завершить внутренние процедуры, необходимые для подписания и ратификации договора. Отдельно был подписан документ о разблокировании транспортных коммуникаций в регионе, включая маршрут через армянскую Сюникскую область.

«Сегодня мы закрываем многолетнюю главу конфликта», — заявил Пашинян. Алиев, в свою очередь, отметил, что окончательное подписание договора станет возможным после изменения конституции Армении, содержащей, по мнению Баку, территориальные претензии к Азербайджану.

В Москве отреагировали на церемонию сдержанно. Официальный представитель МИД России заявила, что Россия «всегда поддерживала усилия по нормализации армяно-азербайджанских отношений», но «решения для региона должны вырабатываться самими странами региона и их соседями».

Армения и Азербайджан с начала 1990-х годов находятся в состоянии конфликта из-за Нагорного Карабаха. В сентябре 2023 года Азербайджан восстановил контроль над регионом.
"""))

# --------------------------------------------------------------------------- restatement: questioned reopening (analysis)
A.append(dict(
    feed="harbourline-en", lang="en", published="2025-08-19T06:30:00Z",
    author="Daniel Okafor",
    title="Analysis: Will Moscow ever reopen the Kurils to Japanese visitors?",
    summary="Three years after Russia ended visa-free exchanges with the disputed islands, former residents are running out of time. Diplomats on both sides see little chance of a quick return.",
    label="restatement",
    note="Analysis, QUESTIONED move (en): asks whether Russia will reopen the islands; reports no decision - exchanges terminated (seeds 001/003), talks ended (seed 000), Rudenko's condition (seed 004).",
    body="""Every summer until 2019, small ships carrying Japanese visitors sailed from Nemuro to the islands they call the Northern Territories. Some passengers were former residents, visiting the graves of parents they had left behind when Soviet troops arrived in 1945. Others were students, journalists, doctors and officials taking part in a visa-free exchange programme that was meant to build trust across a frozen border.

The pandemic halted the voyages in 2020. Russia then ended the programme outright in March 2022, along with a 1999 arrangement that let former residents visit their home villages, in retaliation for Japanese sanctions over Ukraine. Will it come back?

Not soon, say most of the people who would know. Russian diplomats continue to say that any restoration of contacts depends on Tokyo abandoning what Moscow calls its "hostile policy." Deputy Foreign Minister Andrei Rudenko said last year that resuming peace treaty dialogue was "categorically impossible," and nothing in Moscow's public statements since has suggested a softer line on the exchanges.

Japanese officials, for their part, say they raise the grave visits "at every opportunity" but have no illusions. "There is no channel on which this is being negotiated," said a former diplomat who served in Moscow. "There are only requests."

Some in Nemuro wonder whether humanitarian visits could be decoupled from politics, as they were during parts of the Cold War. Others argue that Russia sees little reason to offer anything while it faces no cost for refusing.

For the roughly 5,000 surviving former residents, whose average age is now close to 89, the question is less about diplomacy than about time.
"""))

# --------------------------------------------------------------------------- restatement: occasion piece, 3 September on the Kurils (ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2025-09-03T03:40:00Z",
    author="Андрей Кравец",
    title="На Курилах отметили 80-летие окончания Второй мировой войны",
    summary="В Южно-Курильске, Курильске и Малокурильском прошли митинги и возложение цветов к памятникам воинам, освобождавшим Курильские острова.",
    label="restatement",
    note="Occasion/anniversary piece (ru): 80th anniversary ceremonies; the governor restates Russian sovereignty ('Kurils are Russian land') = seeds 000/001. No new decision or visit by a federal official.",
    body="""Жители южных Курил в среду отметили 80-ю годовщину окончания Второй мировой войны. Митинги, возложение цветов и венков к памятникам воинам, освобождавшим Курильские острова в августе — сентябре 1945 года, прошли в Южно-Курильске, Курильске и Малокурильском.

В Южно-Курильске к мемориалу на центральной площади пришли несколько сотен человек — ветераны флота, школьники, военнослужащие местного гарнизона. Минутой молчания почтили память погибших в ходе Курильской десантной операции. Вечером на набережной состоялся праздничный концерт.

Губернатор Сахалинской области Валерий Лимаренко в видеообращении к островитянам назвал 3 сентября «днём, когда наша страна вернула себе исконные земли». «Курилы были, есть и будут российской землёй. Об этом нужно помнить тем, кто сегодня пытается переписывать историю», — сказал он.

С 2023 года 3 сентября официально называется в России Днём победы над милитаристской Японией и окончания Второй мировой войны. В этом году к юбилейной дате в областном центре открылась выставка документов из фондов архивов, посвящённая освобождению Сахалина и Курил.

Япония продолжает претендовать на острова Итуруп, Кунашир, Шикотан и гряду Хабомаи. Москва придерживается позиции, что суверенитет России над ними закреплён итогами Второй мировой войны и сомнению не подлежит.
"""))

# --------------------------------------------------------------------------- off topic: Kurilsky beer
A.append(dict(
    feed="sentinel-en", lang="en", published="2025-10-08T06:00:00Z",
    author="Sentinel Asia Review",
    title="Sakhalin brewer's 'Kurilskoye' lager wins first export order to China",
    summary="A Yuzhno-Sakhalinsk brewery says it will ship 400,000 litres of its Kurilskoye lager to northeastern China next year, its first export deal.",
    label="off_topic",
    note="Off topic look-alike: a beer brand named after the Kurils - regional business news, no dispute content.",
    body="""A brewery in Yuzhno-Sakhalinsk, the capital of Russia's Sakhalin region, has signed its first export contract, agreeing to ship 400,000 litres of its Kurilskoye lager to distributors in China's Heilongjiang and Jilin provinces over the next year, the company said on Wednesday.

The lager, named after the Kuril island chain that stretches between Hokkaido and Kamchatka, is brewed with water from a spring north of the city and marketed with labels showing volcanoes and sea lions. It has been sold across the Russian Far East since 2016.

"Chinese buyers are looking for products with a clear story and a clean image. The Kurils give us both," the brewery's commercial director said at a food fair in Harbin, where the deal was signed.

Russian food exports to China have grown rapidly since 2022 as Western markets closed to many Russian producers. Beer remains a small category compared with seafood, grain and confectionery, but regional brewers see it as an opportunity.

The company plans to increase capacity by about a third next year and is considering a canned version for online sales in China. It employs around 120 people.
"""))

# --------------------------------------------------------------------------- restatement: expert says no prospects (ru)
A.append(dict(
    feed="polden-ru", lang="ru", published="2025-10-28T07:20:00Z",
    author="Ольга Зимина",
    title="Востоковед: возобновления переговоров с Японией о мирном договоре в обозримой перспективе не будет",
    summary="Руководитель Центра японских исследований ИКСА РАН считает, что без изменения политики Токио диалог о мирном договоре не возобновится ещё много лет.",
    label="restatement",
    note="Restatement, NEGATED/PREDICTED (ru): an expert says talks will not resume for years = seeds 000 (talks halted) and 004 (resumption impossible; condition is Tokyo's hostile policy). Opinion, no event.",
    body="""Возобновления российско-японских переговоров о мирном договоре в обозримой перспективе ожидать не стоит. Такое мнение высказал в интервью «Полдень-Инфо» руководитель Центра японских исследований Института Китая и современной Азии РАН.

«Японская сторона не демонстрирует никаких признаков готовности пересмотреть санкционную политику. А Москва ясно дала понять, что без этого говорить о мирном договоре бессмысленно. Пока не изменится общий контекст, в том числе связанный с Украиной, обе стороны будут лишь обмениваться заявлениями», — считает эксперт.

По его словам, ни один из последних японских кабинетов не рискнул выйти за рамки согласованной с США и «семёркой» линии. «Риторика о "неизменности курса на заключение мирного договора" осталась, но это скорее ритуал. Реальных шагов нет», — отметил он.

Востоковед напомнил, что в 2018 году лидеры двух стран договорились ускорить переговоры на основе Совместной декларации 1956 года, однако уже к 2020 году процесс фактически застопорился. В марте 2022 года российский МИД объявил о прекращении переговоров, сославшись на недружественные действия Токио.

«Даже если когда-нибудь диалог возобновится, прежние договорённости придётся во многом выстраивать заново», — заключил собеседник издания.
"""))

# --------------------------------------------------------------------------- G5 e-visa entry points on Iturup/Kunashir; Japan summons ambassador (first: ru)
A.append(dict(
    feed="polden-ru", lang="ru", published="2025-12-01T08:00:00Z",
    author="Полдень-Инфо",
    title="Иностранцам разрешат въезжать на южные Курилы по электронной визе",
    summary="Правительство включило аэропорты Итурупа и Кунашира и морской пункт пропуска в Южно-Курильске в перечень пунктов, через которые иностранцы могут въезжать в Россию по единой электронной визе.",
    label="new_development", group="g-evisa-kurils",
    new_facts=["Russian government added Iturup and Kunashir airports and Yuzhno-Kurilsk seaport to e-visa entry points (from 1 Feb 2026)"],
    must_mention=[["электронн"], ["виз"]],
    note="New development, first report (ru): a Russian government resolution opening entry points on the islands to foreigners with e-visas - not in the seeds (seed 001 concerns only the end of visa-free trips for Japanese).",
    body="""Правительство России расширило перечень пунктов пропуска через государственную границу, в которых иностранные граждане могут въезжать в страну по единой электронной визе. Соответствующее постановление опубликовано на портале правовой информации в понедельник.

В перечень включены воздушные пункты пропуска в аэропортах Итуруп и Менделеево на острове Кунашир, а также морской пункт пропуска в Южно-Курильске. Постановление вступает в силу с 1 февраля 2026 года. До сих пор иностранцы могли попасть на южные Курилы лишь по обычной визе, оформленной в консульстве, и через пункты пропуска на Сахалине.

В пояснительной записке говорится, что мера направлена на развитие въездного туризма на Курилах и «реализацию инвестиционного потенциала территории опережающего развития». Как ожидается, прежде всего ей воспользуются туристы из Китая, Южной Кореи и стран Юго-Восточной Азии, для которых Сахалинская область в последние годы организовала рейсы и круизные маршруты.

В министерстве туризма Сахалинской области «Полдень-Инфо» сообщили, что уже ведут переговоры с туроператорами о включении Итурупа и Кунашира в программы на летний сезон. «Острова с их вулканами, горячими источниками и птичьими базарами — уникальный продукт», — сказали в ведомстве.

Японские граждане с 2022 года лишены возможности посещать острова в безвизовом порядке: тогда МИД России объявил о прекращении безвизовых обменов, сославшись на недружественную политику Токио. Японское правительство призывает своих граждан не ездить на острова по российским визам.
"""))

A.append(dict(
    feed="hokuto-ja", lang="ja", published="2025-12-03T03:30:00Z",
    author="東京報道部",
    title="北方領土への「電子ビザ」入域　外務次官がロシア大使呼び抗議",
    summary="ロシア政府が択捉、国後両島の空港などを電子ビザでの入国地点に加えたことを受け、外務事務次官はノズドレフ駐日ロシア大使を外務省に呼び、厳重に抗議した。",
    label="new_development", group="g-evisa-kurils",
    new_facts=["択捉・国後の空港と古釜布港が電子ビザの入国地点に追加されたことに対し、外務次官が駐日ロシア大使を呼び抗議"],
    must_mention=[["電子ビザ", "電子査証"], ["大使", "抗議"]],
    note="Same development (ja: Japan's protest escalation - ambassador summoned - over the e-visa decree; reported together with the decree).",
    body="""ロシア政府が北方領土の択捉、国後両島の空港と国後島の古釜布港を、外国人が電子ビザで入国できる地点に加えたことを受け、外務省の事務次官は2日、ノズドレフ駐日ロシア大使を外務省に呼び、「北方領土に関する我が国の立場と相いれず、到底受け入れられない」と厳重に抗議した。

ロシア政府が1日に公表した政令によると、択捉島の空港と国後島の空港、古釜布の港湾の3カ所を、ロシアの統一電子ビザで入国できる地点に追加する。来年2月1日に施行する。中国や韓国などからの観光客の誘致を狙ったものとみられる。

外務省によると、次官は大使に対し、第三国の国民がロシアの査証を取得して北方四島に入域することは、北方領土問題に関する日本の法的立場を害するものだと指摘。政令の撤回を求めた。大使は「ロシア領内の措置であり、抗議は受け入れられない」と反論したという。

外務省が北方領土問題をめぐって駐日ロシア大使を呼び出して抗議するのは異例。同省幹部は「観光客の往来が常態化すれば、ロシアの管轄を既成事実化されかねない」と危機感を示した。

日本政府は1989年の閣議了解で、日本国民に対しロシアの査証を取得して北方四島に入域しないよう求めている。第三国の企業や観光客の四島訪問についても、関係国に自制を働きかけてきた。
"""))

A.append(dict(
    feed="harbourline-en", lang="en", published="2025-12-03T09:00:00Z",
    author="Daniel Okafor",
    title="Japan summons Russian envoy over e-visa entry to disputed islands",
    summary="Tokyo lodged a formal protest with Russia's ambassador after Moscow opened airports on Iturup and Kunashir to foreigners travelling on electronic visas.",
    label="new_development", group="g-evisa-kurils",
    new_facts=["Japan summoned Russian ambassador Nozdrev to protest Russia opening Iturup/Kunashir entry points to e-visa holders"],
    must_mention=[["e-visa", "electronic visa"], ["summon", "ambassador"]],
    note="Same development (en follow-up; decree + summons).",
    body="""TOKYO — Japan summoned Russia's ambassador on Tuesday to protest against a Russian government decision to let foreigners enter two of the disputed Kuril islands on electronic visas, a move Tokyo fears will entrench Moscow's control.

Vice Foreign Minister Takehiro Funakoshi told Ambassador Nikolai Nozdrev that the decree was "incompatible with Japan's position on the Northern Territories and totally unacceptable," and demanded it be withdrawn, the Foreign Ministry said.

The decree, published on Monday, adds the airports on Iturup and Kunashir and the seaport of Yuzhno-Kurilsk to the list of border crossings where holders of Russia's unified e-visa can enter the country, starting February 1. Sakhalin officials say they hope to attract tourists from China, South Korea and Southeast Asia to the islands' volcanoes and hot springs.

Nozdrev rejected the protest, saying the measure concerned "Russian territory," according to Japanese officials.

It is unusual for Japan to summon the Russian ambassador over the islands; most protests over visits or construction are conveyed through lower-level diplomatic channels. "If foreign tourists start arriving on Russian visas as a matter of routine, it strengthens Russia's claim to be exercising normal jurisdiction," a senior ministry official said.

Japan has asked its own citizens since 1989 not to visit the islands on Russian visas. Before 2022 they could travel under a visa-free exchange programme, which Russia terminated after Tokyo joined Western sanctions over Ukraine.
"""))

# --------------------------------------------------------------------------- neutral: Japan re-urges citizens not to travel (ja)
A.append(dict(
    feed="toyo-ja", lang="ja", published="2025-12-10T05:20:00Z",
    author="政治部",
    title="北方四島への渡航自粛、改めて要請　政府が旅行業界に通知",
    summary="ロシアが北方四島の空港などを電子ビザの入国地点に加えたことを受け、政府は国民に対し、ロシアの査証による四島への渡航を自粛するよう改めて要請した。",
    label="neutral",
    note="Neutral borderline: Japan re-issues its long-standing 1989 request that citizens not enter the islands on Russian visas (a known policy, but not in the seeds), as a reaction within the e-visa story; a notice to travel agencies is a minor new step.",
    body="""政府は9日、北方四島への渡航について、ロシアの査証を取得して入域することを自粛するよう国民に改めて要請した。観光庁を通じて旅行業界団体にも通知し、四島を含むツアーの企画や販売を控えるよう求めた。

ロシア政府が今月1日、択捉、国後両島の空港などを電子ビザで入国できる地点に加える政令を公表したことを受けた対応。官房長官は記者会見で「ロシアの査証を取得して北方四島に入域することは、ロシアの管轄権に服することを前提とした行為と見なされかねない」と述べ、理解を求めた。

政府は1989年の閣議了解に基づき、北方領土問題の解決までの間、日本国民がロシアの査証で四島に入域しないよう求めている。今回の要請は、この方針を改めて周知する位置づけで、法的な拘束力はない。

旅行業界の関係者によると、インターネット上では海外の旅行会社が四島を巡るツアーの予約受け付けを始めた例もあるという。日本旅行業協会は「会員各社に周知を徹底する」としている。
"""))
