# Articles of corpus blind5 published in 2026-2027. Fictional outlets; events are invented.
A = []

# --------------------------------------------------------------------------- off topic: Russia-China naval patrol
A.append(dict(
    feed="capwire-en", lang="en", published="2026-01-20T03:50:00Z",
    author="CapitalWire staff",
    title="Russian, Chinese warships begin joint patrol in Sea of Japan",
    summary="A group of Russian and Chinese warships has started a joint patrol in the Sea of Japan, Japan's Defence Ministry said, the latest in a series of combined naval operations near the archipelago.",
    label="off_topic",
    note="Off topic: Russia-China naval patrol near Japan (Tsushima Strait, Sea of Japan) - no islands, no treaty content; military look-alike.",
    body="""TOKYO — Ten Russian and Chinese warships have begun a joint patrol in the Sea of Japan, Japan's Defence Ministry said on Tuesday, after the flotilla was spotted passing through the Tsushima Strait.

The group includes destroyers, frigates and supply ships from Russia's Pacific Fleet and China's Northern Theatre Command navy, the ministry's Joint Staff said in a statement, releasing photographs taken by Maritime Self-Defense Force patrol aircraft.

Russia's Defence Ministry said the patrol was intended to "strengthen naval cooperation, maintain peace and stability in the Asia-Pacific region and protect maritime economic activity," and was "not directed against third countries."

It is the sixth such joint patrol since 2021. In previous years the flotillas have circled the Japanese archipelago, passing through the Tsugaru and Osumi straits, moves that Tokyo has described as a show of force.

Japan's Chief Cabinet Secretary said the government was "monitoring the activities with great interest" and would continue surveillance "with a sense of vigilance." He noted that the passage was legal under international law.

Russia and China have stepped up military cooperation since Moscow's full-scale invasion of Ukraine in 2022, including joint bomber flights over the East China Sea and the Pacific.
"""))

# --------------------------------------------------------------------------- restatement: Northern Territories Day 2026 (ja)
A.append(dict(
    feed="hokuto-ja", lang="ja", published="2026-02-07T04:00:00Z",
    author="東京報道部",
    title="「北方領土の日」全国大会　首相「平和条約締結の方針変わらず」",
    summary="「北方領土の日」の7日、東京都内で返還要求全国大会が開かれた。首相は「領土問題を解決して平和条約を締結するという方針に変わりはない」と述べた。",
    label="restatement",
    note="Occasion piece (Northern Territories Day) + restatement by a new speaker: 'policy of resolving the territorial issue and concluding a peace treaty unchanged' = seed 002 (Kishida steadfast); grave visits requested, exchanges halted = seeds 001/003.",
    body="""「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれた。首相はあいさつで「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針に変わりはない」と述べた。

首相はまた、高齢化が進む元島民の思いに触れ、「ご家族の墓参りの実現は、人道上の観点からも最優先の課題だ。ロシア側に対して引き続き強く求めていく」と強調した。

大会には元島民や国会議員、地方自治体の関係者ら約900人が出席した。千島歯舞諸島居住者連盟の理事長は「ふるさとの島を訪れることができなくなって4年がたとうとしている。私たちに残された時間は長くない」と訴えた。

大会では、政府に対し「北方四島の帰属の問題を解決し、平和条約を締結するため、外交努力を一層強化すること」などを求めるアピールを採択した。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉を継続しない考えを表明し、四島交流事業も停止した。ロシア外務省はその後も「交渉再開は不可能だ」との立場を崩していない。

2月7日は、1855年に日露通好条約が調印された日にちなみ、1981年に「北方領土の日」と定められた。根室市でも同日、住民大会が開かれた。
"""))

# --------------------------------------------------------------------------- restatement: Duma deputy (ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2026-02-09T06:30:00Z",
    author="Павел Игнатенко",
    title="Депутат Госдумы: Японии пора забыть о претензиях на Курилы",
    summary="Первый зампред комитета Госдумы по международным делам ответил на выступление японского премьера на митинге в Токио, заявив, что вопрос принадлежности островов закрыт.",
    label="restatement",
    note="Restatement by a new speaker (ru): the islands' status closed / sovereignty not in question = seeds 000/001/004; blame on Tokyo's sanctions = seed 002. No decision.",
    body="""Первый заместитель председателя комитета Государственной думы по международным делам заявил, что японским политикам «пора забыть» о претензиях на южные Курилы. Так парламентарий прокомментировал выступление премьер-министра Японии на ежегодном митинге, посвящённом так называемому «Дню северных территорий».

«Вопрос о принадлежности Курильских островов закрыт раз и навсегда итогами Второй мировой войны. Более того, в Конституции Российской Федерации прямо запрещены действия, направленные на отчуждение части территории страны. Никакие митинги в Токио этого не изменят», — сказал депутат «Заре Востока».

По его словам, японское руководство, вводя всё новые санкции против России и наращивая военное сотрудничество с Вашингтоном, «само лишило себя возможности вести с Москвой серьёзный разговор о чём бы то ни было, включая мирный договор».

«Если в Токио действительно хотят добрососедских отношений, начинать надо не с территориальных требований, а с отказа от враждебной политики», — добавил парламентарий.

Россия в марте 2022 года отказалась продолжать переговоры с Японией о мирном договоре. МИД РФ неоднократно подчёркивал, что суверенитет России над островами, зафиксированный в международно-правовых документах, не подлежит сомнению.
"""))

# --------------------------------------------------------------------------- restatement: Peskov on textbooks
A.append(dict(
    feed="eastwind-en", lang="en", published="2026-03-10T06:10:00Z",
    author="Kenji Aldana",
    title="Kremlin brushes off Japanese textbooks' 'illegal occupation' wording",
    summary="Kremlin spokesman Dmitry Peskov said Russia's sovereignty over the southern Kurils was not in question after new Japanese school textbooks described the islands as illegally occupied.",
    label="restatement",
    note="Restatement by a known speaker (Peskov, seed 002): sovereignty not in question = seeds 000/001; Japan's textbook wording restates Japan's claim (seeds 000/003). No decision or act.",
    body="""MOSCOW — The Kremlin on Tuesday dismissed the description of the southern Kuril Islands as "illegally occupied" in new Japanese school textbooks, saying Russia's sovereignty over the islands was "not a subject for discussion."

"This is Russian territory. Whatever is written in textbooks in Japan does not change that," Kremlin spokesman Dmitry Peskov told reporters when asked about social studies textbooks approved for Japanese high schools for use from 2027.

The textbooks, screened by Japan's education ministry, state that the Northern Territories — the Japanese name for Iturup, Kunashir, Shikotan and the Habomai islets — are an "inherent part of Japan's territory" that Russia "continues to occupy illegally." Similar wording has appeared in Japanese textbooks since the government revised its curriculum guidelines in 2014.

Peskov also repeated that under current conditions there was no prospect of resuming talks with Tokyo on a peace treaty, which Moscow broke off in March 2022. "The Japanese side has made its choice in favour of an unfriendly course," he said.

Japan's education ministry said the textbook descriptions reflected "the government's consistent position."

Russia's Foreign Ministry has in recent years repeatedly accused Japan of "indoctrinating" young people with territorial claims.
"""))

# --------------------------------------------------------------------------- G6 Kaigara kelp harvest allowed this season only (first: ja)
A.append(dict(
    feed="hokuto-ja", lang="ja", published="2026-06-02T02:30:00Z",
    author="根室支局",
    title="貝殻島昆布漁、今季に限り操業へ　ロシア側が同意、出漁は6月中旬以降",
    summary="北海道水産会とロシア側の協議が妥結し、歯舞群島・貝殻島周辺での日本漁船による昆布漁が今季に限って認められることになった。昨季は協議がまとまらず出漁できなかった。",
    label="new_development", group="g-kaigara-kelp",
    new_facts=["ロシア側が貝殻島周辺での日本漁船の昆布漁を今季に限り認めた（2026年、操業隻数を削減）"],
    must_mention=[["昆布"], ["貝殻"]],
    note="New development, first report (ja). A state that is NEITHER suspended NOR resumed: Russia allowed the Kaigara kelp harvest 'for this season only' (last season not held), arrangement for next year left open. The kelp arrangement is not a seed matter, so this is a new development, not a status change of a seed fact.",
    body="""【根室】歯舞群島・貝殻島周辺の海域で日本漁船が昆布を採る「貝殻島昆布漁」をめぐり、北海道水産会とロシア側の民間交渉が1日、妥結した。ロシア側は「今季に限った特例」として操業を認めた。昨季は交渉がまとまらず出漁が見送られており、2年ぶりの操業となる。

道水産会によると、ロシア側に支払う採取料は前回並みの約9千万円で、操業できる漁船は前回より約3割少ない180隻程度に絞る。出漁は検査や手続きを経て6月中旬以降になる見通し。ロシア側は来季以降の扱いについて「改めて協議する」としており、継続の保証はないという。

貝殻島昆布漁は1963年に民間協定で始まり、1981年から現行の枠組みで続いてきた。根室市の歯舞地区を中心とした漁業者にとって、夏場の重要な収入源になっている。

歯舞漁協の組合長は「ひとまずほっとした。ただ、今年限りと言われると先が見通せない。毎年このような状況では後継者も育たない」と複雑な表情を見せた。

官房長官は2日の記者会見で「地元の漁業者にとって大変重要な操業であり、妥結を歓迎する。安全操業が確保されるよう関係者と連携していく」と述べた。
"""))

A.append(dict(
    feed="zarya-ru", lang="ru", published="2026-06-03T06:00:00Z",
    author="Андрей Кравец",
    title="Японским рыбакам разрешили добычу ламинарии у острова Сигнальный — только в этом сезоне",
    summary="Российская сторона согласилась допустить японские суда к промыслу морской капусты в районе острова Сигнальный Малой Курильской гряды, подчеркнув, что речь идёт о разовом решении на текущий сезон.",
    label="new_development", group="g-kaigara-kelp",
    new_facts=["Russia allowed Japanese boats to harvest kelp off Signalny (Kaigara) island for the 2026 season only"],
    must_mention=[["ламинар", "морской капуст", "морскую капусту"], ["сигнальн"]],
    note="Same development (ru report of the one-season permission).",
    body="""Российская сторона согласилась допустить японские рыболовные суда к промыслу ламинарии в районе острова Сигнальный Малой Курильской гряды в нынешнем сезоне. Соглашение достигнуто по итогам переговоров между Всероссийской ассоциацией рыбопромышленников и Рыбохозяйственной ассоциацией Хоккайдо, сообщили «Заре Востока» в Сахалино-Курильском территориальном управлении Росрыболовства.

Как уточнили в ведомстве, решение носит разовый характер и действует только в течение текущего промыслового сезона. «Вопрос о дальнейшем осуществлении промысла будет рассматриваться отдельно с учётом общего состояния российско-японских отношений», — подчеркнули там.

Количество японских судов, допущенных к добыче морской капусты, сокращено примерно на треть — до 180. Японская сторона выплатит сбор за пользование водными биоресурсами, размер которого сохранён на уровне прошлых лет. Промысел будет вестись под контролем Пограничного управления ФСБ по Сахалинской области.

В прошлом году стороны не смогли договориться об условиях, и японские рыбаки к острову не выходили.

Добыча ламинарии японскими рыбаками у острова Сигнальный, который в Японии называют Кайгара, ведётся на основании соглашения 1981 года между рыбохозяйственными организациями двух стран. Остров входит в гряду Хабомаи, на которую претендует Япония.
"""))

# --------------------------------------------------------------------------- neutral: PM "considering" an envoy
A.append(dict(
    feed="harbourline-en", lang="en", published="2026-06-16T08:20:00Z",
    author="Daniel Okafor",
    title="Japan's PM says he is 'considering' sending envoy to Moscow",
    summary="Japan's prime minister told parliament he was weighing whether to send a special envoy to Russia to raise the issue of grave visits, but said no decision had been made.",
    label="neutral",
    note="Neutral borderline: a considered, undecided move ('considering', 'no decision') by the PM - not a development yet, but a shift in tone beyond the seeds (seed 002: Tokyo steadfast on a treaty).",
    body="""TOKYO — Japan's prime minister said on Tuesday he was "considering" sending a special envoy to Moscow to press for the resumption of grave visits to the disputed Kuril Islands, but stressed that no decision had been taken.

"I am examining, among various options, whether sending someone to convey our thinking directly would be effective," the prime minister told an upper house committee, in answer to a question from a lawmaker from Hokkaido. "At this moment nothing has been decided."

Asked whether the envoy might also discuss a peace treaty, he said the government's policy of "resolving the territorial issue and concluding a peace treaty" remained unchanged, but that the immediate priority was "humanitarian."

The chief cabinet secretary later told reporters the remarks did not signal any change in Japan's sanctions policy or its coordination with G7 partners.

Russia has not commented. Moscow halted peace treaty negotiations and ended visa-free visits to the islands by Japanese citizens in March 2022 after Tokyo joined Western sanctions over Ukraine.

Japanese media have reported in recent weeks that some ruling party figures favour re-opening a channel to Moscow, citing the need to protect fishing interests around Hokkaido after a one-season agreement on kelp harvesting near the islands.
"""))

# --------------------------------------------------------------------------- restatement: 70 years of the 1956 declaration (ru, background)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2026-10-18T05:00:00Z",
    author="Ирина Малахова",
    title="70 лет Московской декларации: почему документ так и не привёл к мирному договору",
    summary="19 октября исполняется 70 лет со дня подписания Совместной декларации СССР и Японии. Вспоминаем историю документа, прекратившего состояние войны между двумя странами.",
    label="restatement",
    note="Anniversary/background piece (ru): 1956 declaration ended the state of war, no treaty signed = seed 004; 2018 acceleration = seed 000; March 2022 halt = seed 000. Published the day BEFORE the Russian MFA statement on the declaration and contains nothing of it.",
    body="""19 октября 1956 года в Москве глава правительства Японии Итиро Хатояма и председатель Совета министров СССР Николай Булганин подписали Совместную декларацию, которая прекратила состояние войны между двумя странами и восстановила дипломатические отношения. Через два месяца документ был ратифицирован парламентами обеих стран.

Декларация открыла дорогу для вступления Японии в ООН, предусматривала освобождение и репатриацию японских военнопленных, отказ сторон от взаимных репараций. В ней же было записано, что стороны продолжат переговоры о заключении мирного договора.

Самым известным положением документа стала девятая статья: Советский Союз соглашался передать Японии острова Хабомаи и Шикотан, однако «фактическая передача» должна была состояться после заключения мирного договора. Уже в 1960 году, после подписания нового японо-американского договора безопасности, советское правительство заявило, что острова будут переданы лишь при условии вывода из Японии иностранных войск.

В последующие десятилетия декларация то уходила из переговорной повестки, то возвращалась в неё. В 2001 году в Иркутском заявлении стороны признали её «исходным правовым документом», а в 2018 году лидеры двух стран договорились ускорить переговоры на её основе.

В марте 2022 года Россия отказалась продолжать переговоры о мирном договоре в связи с санкциями Токио. Таким образом, спустя 70 лет после подписания декларации мирный договор между Россией и Японией так и не заключён.
"""))

# --------------------------------------------------------------------------- restatement: 70 years of the 1956 declaration (en, background)
A.append(dict(
    feed="sentinel-en", lang="en", published="2026-10-19T02:00:00Z",
    author="Sentinel Asia Review",
    title="Seventy years on, the 1956 declaration still haunts Tokyo-Moscow ties",
    summary="The Soviet-Japanese Joint Declaration signed on October 19, 1956 ended the state of war but left the islands question to a peace treaty that has never come.",
    label="restatement",
    note="Anniversary/background piece (en): history of the 1956 declaration (seed 004), the 2018 acceleration (seed 000), the 2022 halt (seeds 000/001), Rudenko 2024 (seed 004). Published hours before the Russian MFA statement on the declaration and contains nothing of it.",
    body="""Seventy years ago today, Japanese Prime Minister Ichiro Hatoyama and Soviet Premier Nikolai Bulganin signed a short document in Moscow that ended the state of war between their countries and restored diplomatic relations.

The Soviet-Japanese Joint Declaration of 1956 achieved a great deal. It cleared the way for Japan to join the United Nations, brought home Japanese prisoners of war still held in Siberia and opened fishing and trade ties. But its most famous clause — Article 9, under which Moscow agreed to hand over Shikotan and the Habomai islets "after the conclusion of a peace treaty" — has defined and frustrated diplomacy ever since.

Tokyo wanted all four islands, including the larger Iturup and Kunashir. Moscow, after Japan signed a revised security treaty with the United States in 1960, added a condition that foreign troops leave Japan. Later Soviet leaders denied a territorial problem existed at all.

The declaration returned to the centre of talks in 2018, when Prime Minister Shinzo Abe and President Vladimir Putin agreed to accelerate negotiations "on the basis of" the 1956 text — a formula many in Japan read as a two-island-first approach. That effort stalled, and in March 2022 Russia said it would not continue negotiations with a country imposing sanctions on it.

Since then the Russian side has said resumption is "categorically impossible," while Japan says its goal of resolving the territorial issue and concluding a treaty is unchanged.
"""))

# --------------------------------------------------------------------------- G7 Russia declares 1956 Art. 9 lapsed (status change; first: ru)
A.append(dict(
    feed="polden-ru", lang="ru", published="2026-10-19T10:30:00Z",
    author="Полдень-Инфо",
    title="МИД России: положение декларации 1956 года о передаче Японии островов утратило силу",
    summary="Российская сторона более не считает себя связанной девятой статьёй Совместной декларации СССР и Японии 1956 года, говорится в заявлении МИД, приуроченном к 70-летию документа. Японскому посольству вручена нота.",
    label="status_change", group="g-1956-article9",
    new_facts=["Russian MFA declared that Article 9 of the 1956 Joint Declaration (handover of Shikotan and Habomai after a treaty) has lost force and no longer binds Russia; note handed to the Japanese embassy (19 Oct 2026)"],
    must_mention=[["1956"], ["утратил", "утрат", "силу", "не считает себя связан"]],
    note="STATUS CHANGE, first report (ru). Old state: the 1956 Joint Declaration in force as the document that ended the state of war and the basis of treaty talks (seed 004; 2018 acceleration, seed 000). New state: Russia declares its Article 9 handover clause void. Direction: running -> halted.",
    body="""Министерство иностранных дел России заявило, что положение Совместной декларации СССР и Японии 1956 года о возможной передаче Японии островов Шикотан и Хабомаи утратило силу. Соответствующее заявление опубликовано на сайте ведомства в понедельник, в день 70-летия подписания документа.

«Российская сторона более не считает себя связанной положениями статьи 9 Совместной декларации. Указанная статья предполагала урегулирование в рамках мирного договора, заключение которого было бы возможно лишь в условиях добрососедских отношений. Токио, избравший курс на враждебную политику в отношении России, сам лишил эту статью всякого содержания», — говорится в заявлении.

В МИД также сослались на поправки к Конституции России 2020 года, запрещающие действия, направленные на отчуждение части территории страны. «С учётом конституционных норм какая-либо передача территорий иностранному государству исключена», — отмечается в документе.

Как подчеркнули в министерстве, остальные положения декларации, в том числе о прекращении состояния войны и восстановлении дипломатических отношений, сохраняют силу. Ноту соответствующего содержания вручили временному поверенному в делах Японии в Москве.

Декларация, подписанная в Москве 19 октября 1956 года, прекратила состояние войны между двумя странами. Её девятая статья предусматривала передачу Японии Хабомаи и Шикотана после заключения мирного договора. В 2018 году лидеры России и Японии договорились ускорить переговоры о мирном договоре на основе декларации, однако в марте 2022 года Москва отказалась продолжать переговоры в связи с санкциями Токио.
"""))

A.append(dict(
    feed="capwire-en", lang="en", published="2026-10-19T14:00:00Z",
    author="CapitalWire staff",
    title="Russia says 1956 pledge to hand two islands to Japan is void",
    summary="Moscow declared that Article 9 of the 1956 Soviet-Japanese Joint Declaration, which promised Shikotan and the Habomai islets to Japan after a peace treaty, no longer binds Russia.",
    label="status_change", group="g-1956-article9",
    new_facts=["Russia declared Article 9 of the 1956 declaration void (19 Oct 2026)"],
    must_mention=[["1956"], ["void", "lapsed", "no longer", "lost force", "null"]],
    note="Same status change (en copy). Old: 1956 declaration incl. Art. 9 as basis of talks (seeds 000/004); new: Russia declares Art. 9 void.",
    body="""MOSCOW — Russia said on Monday it no longer considers itself bound by a 1956 Soviet pledge to hand over two of the disputed Kuril islands to Japan once a peace treaty is signed, removing what many in Tokyo had regarded as the minimum basis for any future settlement.

In a statement marking the 70th anniversary of the Soviet-Japanese Joint Declaration, the Russian Foreign Ministry said Article 9 of the document, under which Moscow agreed to transfer Shikotan and the Habomai islets after a treaty, had "lost its force."

"Tokyo, having chosen a policy of hostility towards Russia, has itself deprived this article of any content," the ministry said, adding that 2020 amendments to Russia's constitution barring the alienation of Russian territory ruled out "any transfer of territory to a foreign state."

The ministry said the rest of the declaration, which ended the state of war and restored diplomatic relations, remained valid. A diplomatic note was handed to Japan's chargé d'affaires in Moscow.

The move goes further than Moscow's 2022 decision to walk away from peace treaty talks over Japanese sanctions. Japan had treated the declaration as a legally binding text — a position Vladimir Putin himself endorsed in 2018 when he and then-prime minister Shinzo Abe agreed to accelerate talks "on the basis of" it.

There was no immediate reaction from Tokyo, where it was late evening.
"""))

A.append(dict(
    feed="toyo-ja", lang="ja", published="2026-10-20T01:00:00Z",
    author="政治部",
    title="ロシア、日ソ共同宣言の「2島引き渡し」条項は失効と通告　政府「断じて受け入れられない」",
    summary="ロシア外務省は、1956年の日ソ共同宣言のうち歯舞群島と色丹島の引き渡しを定めた第9項について「効力を失った」とする声明を発表し、日本側に口上書で通告した。政府は強く抗議した。",
    label="status_change", group="g-1956-article9",
    new_facts=["ロシアが日ソ共同宣言第9項（歯舞・色丹の引き渡し）の失効を表明し口上書で通告。日本政府は抗議"],
    must_mention=[["共同宣言", "1956"], ["失効", "効力を失", "無効"]],
    note="Same status change (ja follow-up with Japan's protest).",
    body="""ロシア外務省は19日、1956年の日ソ共同宣言のうち、平和条約締結後に歯舞群島と色丹島を日本に引き渡すと定めた第9項について「効力を失った」とする声明を発表した。在モスクワ日本大使館の臨時代理大使に口上書を手渡して通告した。共同宣言の署名から70年の節目に合わせたもので、ロシアが同宣言の条項を一方的に否定するのは初めて。

声明は「日本は対ロ敵視政策を選択し、第9項からあらゆる内容を奪った」と主張。領土の割譲を禁じた2020年の憲法改正にも触れ、「外国への領土の引き渡しは排除される」とした。戦争状態の終結や国交回復を定めた他の条項は引き続き有効だとしている。

官房長官は20日朝の記者会見で「日ソ共同宣言は両国の国会で批准された法的拘束力のある国際約束であり、一方的に効力を否定することは断じて受け入れられない」と述べ、外交ルートを通じて強く抗議したことを明らかにした。

共同宣言をめぐっては、2018年に当時の安倍晋三首相とプーチン大統領が「同宣言を基礎として平和条約交渉を加速させる」ことで合意していた。ロシアは22年に平和条約締結交渉の継続を拒否しており、今回の声明は交渉の土台そのものを否定する形となった。

元島民でつくる千島連盟の幹部は「これまでの外交の積み重ねを踏みにじるものだ」と憤りをあらわにした。
"""))

# --------------------------------------------------------------------------- off topic: Korean peace treaty
A.append(dict(
    feed="capwire-en", lang="en", published="2027-03-11T05:30:00Z",
    author="CapitalWire staff",
    title="Seoul renews call for peace treaty to replace Korean War armistice",
    summary="South Korea's unification minister said a peace treaty to formally end the Korean War should be part of any new talks with North Korea and the United States.",
    label="off_topic",
    note="Off topic look-alike: Korean War peace treaty/armistice - 'peace treaty', 'formally end the war', but not Russia-Japan.",
    body="""SEOUL — South Korea's unification minister on Thursday called for negotiations on a peace treaty to replace the 1953 armistice that halted fighting in the Korean War, saying a formal end to the conflict should be on the agenda of any renewed diplomacy with North Korea.

"Seventy-four years after the guns fell silent, the Korean peninsula is still technically at war," the minister said in a speech at a forum in Seoul. "A peace regime, anchored in a treaty, is the only sustainable foundation for denuclearisation and coexistence."

The armistice was signed by military commanders from the United Nations Command, North Korea and China. South Korea was not a signatory, and no peace treaty has ever been concluded.

Previous attempts to negotiate an end-of-war declaration, most recently in 2018 and 2021, collapsed amid disputes over sanctions relief and North Korea's nuclear programme.

Pyongyang has rejected overtures from Seoul in recent years, declaring the South its "principal enemy" and scrapping agencies responsible for inter-Korean cooperation. There was no immediate response from the North.

Analysts said the call was aimed as much at Washington as at Pyongyang. "Seoul wants to make sure it is not sidelined if the US and North Korea resume talks," said a researcher at a Seoul think tank.
"""))

# --------------------------------------------------------------------------- restatement: no prospect of resuming talks (ja)
A.append(dict(
    feed="toyo-ja", lang="ja", published="2027-03-30T03:15:00Z",
    author="政治部",
    title="日ロ平和条約交渉「再開の見通し立っていない」　官房長官",
    summary="官房長官は記者会見で、ロシアとの平和条約締結交渉について「現時点で再開の見通しは立っていない」と述べた。",
    label="restatement",
    note="Restatement, NEGATED resumption (ja): '再開の見通しは立っていない' = talks halted since March 2022 (seed 000), Japan's policy unchanged (seed 002). No talks, no decision.",
    body="""官房長官は30日の記者会見で、ロシアとの平和条約締結交渉について「現時点で再開の見通しは立っていない」と述べた。ウクライナ情勢をめぐる停戦協議の進展を受け、日ロ関係の改善に向けた動きがあるかを問われて答えた。

官房長官は「領土問題を解決して平和条約を締結するという我が国の基本方針に変わりはない」と強調した上で、「ロシア側が一方的に交渉を中断している状況は続いている。日本側から何かを申し入れている段階にはない」と説明した。

また、一部で報じられた対ロ制裁の部分的な緩和については「G7各国と緊密に連携しながら、情勢を見極めて適切に判断する」と述べるにとどめ、具体的な検討状況には言及しなかった。

ロシア外務省は2022年3月、日本の対ロ制裁を理由に平和条約締結交渉を継続しない考えを表明した。24年にはルデンコ外務次官が「交渉の再開は断じて不可能だ」と述べている。

元島民の団体は、交渉の再開と墓参の実現を政府に繰り返し求めている。
"""))

# --------------------------------------------------------------------------- restatement: Tokyo "no decision" on treaty talks
A.append(dict(
    feed="eastwind-en", lang="en", published="2027-04-21T04:40:00Z",
    author="Hiroko Sato-Lindqvist",
    title="Tokyo says no decision on approaching Moscow over treaty talks",
    summary="Japan's foreign minister said the government had made no decision on whether to seek a resumption of peace treaty negotiations with Russia and would 'watch Moscow's actions closely.'",
    label="restatement",
    note="Restatement, NEGATED/WAIT-AND-SEE (en): 'no decision', 'would watch' - talks remain halted (seed 000), Japan's aim unchanged (seed 002). No move. The passing mention of Japan easing some export controls after a Ukraine ceasefire is world context (sanctions policy), not a treaty/islands development.",
    body="""TOKYO — Japan has made no decision on whether to seek a resumption of peace treaty negotiations with Russia, the foreign minister said on Wednesday, amid speculation that Tokyo might test the waters following a ceasefire in Ukraine.

"We are not at a stage where we have decided anything. We will watch Russia's actions closely," the minister told a news conference, adding that Japan's basic policy of resolving the territorial issue and concluding a peace treaty was "unchanged."

Asked about a report in a Japanese daily that officials had sounded out Moscow through intermediaries, the minister said he would not comment on "hypothetical discussions," and that no formal approach had been made.

Russia broke off the negotiations in March 2022 in response to Japanese sanctions over the war in Ukraine. Russian officials have since said repeatedly that Tokyo must abandon its "unfriendly course" before any dialogue can restart.

Japan has eased a small number of export restrictions in coordination with the Group of Seven since the ceasefire, but most sanctions remain in place.

Analysts said both governments appeared cautious. "Neither side wants to be seen asking first," said a professor of international relations at a Tokyo university. "But the fact that the question is being asked at all is new."
"""))

# --------------------------------------------------------------------------- restatement: "did not rule out" (ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2027-04-28T08:15:00Z",
    author="Ирина Малахова",
    title="В МИД не исключили возобновления диалога с Японией, но условий пока не видят",
    summary="Замглавы МИД России заявил, что Москва не исключает возобновления контактов с Токио в будущем, однако Япония пока не сделала шагов, которые позволили бы это.",
    label="restatement",
    note="Restatement, HEDGED ('не исключил возобновления') (ru): no talks, no decision; condition restates seed 004 (Tokyo must drop hostile policy); talks halted = seed 000.",
    body="""Россия не исключает возобновления диалога с Японией, в том числе по теме мирного договора, однако пока для этого нет условий. Об этом заявил заместитель министра иностранных дел РФ в интервью «Заре Востока».

«Мы никогда не говорили, что дверь закрыта навсегда. Но открыть её может только Токио — через отказ от враждебной политики, а не через заявления для внутренней аудитории», — сказал дипломат.

По его словам, частичное смягчение Японией ряда экспортных ограничений после прекращения огня на Украине «не меняет общей картины». «Основной массив санкций сохраняется. Японская сторона продолжает согласовывать свою политику с Вашингтоном и Брюсселем», — отметил замминистра.

Отвечая на вопрос о сообщениях японских СМИ о якобы ведущихся неофициальных контактах, собеседник издания сказал, что «никаких переговоров о возобновлении переговоров не ведётся».

На вопрос о возможности возобновить поездки бывших японских жителей островов на могилы родственников замминистра ответил, что гуманитарные вопросы «могут рассматриваться только в общем контексте двусторонних отношений» и что каких-либо решений на этот счёт не принималось.

Россия в марте 2022 года отказалась продолжать переговоры с Японией о мирном договоре из-за санкций, введённых Токио. В феврале 2024 года замминистра Андрей Руденко заявил, что возобновление диалога по мирному договору в нынешней ситуации «категорически невозможно».
"""))

# --------------------------------------------------------------------------- G8 treaty talks to resume (status change; first: ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2027-05-26T09:00:00Z",
    author="Павел Игнатенко",
    title="Россия и Япония договорились возобновить переговоры о мирном договоре",
    summary="Министры иностранных дел двух стран в ходе телефонного разговора условились возобновить прерванные в 2022 году переговоры о мирном договоре. Первый раунд пройдёт в июле в Москве.",
    label="status_change", group="g-treaty-talks-resume",
    new_facts=["Russia and Japan agreed (FM phone call, 26 May 2027) to resume peace treaty negotiations halted in March 2022; first round in Moscow in July"],
    must_mention=[["возобнов"], ["мирн"]],
    note="STATUS CHANGE, first report (ru). Old state: Russia refuses to continue peace treaty talks since March 2022 (seeds 000-003), resumption 'categorically impossible' (seed 004). New state: both sides agreed to resume; first round scheduled for July 2027. Direction: halted -> resumed.",
    body="""Россия и Япония договорились возобновить переговоры о мирном договоре, прерванные в марте 2022 года. Об этом говорится в сообщении МИД России по итогам телефонного разговора министра иностранных дел Сергея Лаврова с японским коллегой, состоявшегося в среду по инициативе японской стороны.

«Министры условились возобновить переговоры по проблематике мирного договора. Первый раунд пройдёт в июле в Москве на уровне министров иностранных дел», — говорится в сообщении. В документе отмечается, что решение принято «с учётом шагов, предпринятых японской стороной по отмене ряда односторонних ограничительных мер».

Как подчеркнули в российском внешнеполитическом ведомстве, переговоры будут вестись «на основе нынешних реалий, включая принадлежность южных Курильских островов Российской Федерации». По данным МИД, стороны также обсудили возможность восстановления гуманитарных контактов, однако конкретных договорённостей на этот счёт достигнуто не было.

В марте 2022 года МИД России заявил, что в сложившихся условиях не намерен продолжать переговоры с Японией о мирном договоре, поскольку невозможно обсуждать подписание основополагающего документа с государством, занимающим открыто недружественные позиции. В феврале 2024 года замминистра Андрей Руденко назвал возобновление диалога «категорически невозможным».

После прекращения огня на Украине Япония в течение весны отменила часть введённых против России экспортных ограничений и сняла ограничения с ряда российских банков.
"""))

A.append(dict(
    feed="eastwind-en", lang="en", published="2027-05-26T13:00:00Z",
    author="Marcus Webb",
    title="Russia and Japan agree to resume peace treaty talks frozen since 2022",
    summary="The two countries' foreign ministers agreed by phone to restart negotiations on a peace treaty, with a first round due in Moscow in July, Russia's Foreign Ministry said.",
    label="status_change", group="g-treaty-talks-resume",
    new_facts=["Russia and Japan agreed to resume peace treaty talks; first round in Moscow in July 2027"],
    must_mention=[["resum", "restart"], ["peace treaty", "treaty talks", "treaty negotiations"]],
    note="Same status change (en copy, same day). Old: halted since March 2022 (seeds 000-004); new: agreed to resume.",
    body="""MOSCOW/TOKYO — Russia and Japan have agreed to resume negotiations on a peace treaty that Moscow broke off in March 2022, the Russian Foreign Ministry said on Wednesday, in the most significant thaw between the two countries since the start of the war in Ukraine.

Foreign Minister Sergei Lavrov and his Japanese counterpart agreed during a phone call requested by Tokyo that a first round of talks would be held in Moscow in July at foreign-minister level, the ministry said. It cited steps taken by Japan "to lift a number of unilateral restrictive measures."

Japan's Foreign Ministry confirmed the call and the agreement to restart talks. "Our policy of resolving the issue of the attribution of the four northern islands and concluding a peace treaty remains unchanged," a spokesperson said.

The Russian statement said the talks would proceed "on the basis of present realities, including the fact that the southern Kuril Islands belong to the Russian Federation" — a formulation that suggests the territorial gap between the two sides remains as wide as ever. Last October Moscow declared void the clause of the 1956 Joint Declaration that promised two of the islands to Japan.

The ministers also discussed restoring humanitarian contacts, including visits by former island residents to family graves, but reached no agreement, both sides said.

Japan has lifted some export controls and delisted several Russian banks since a ceasefire in Ukraine took effect in February.
"""))

A.append(dict(
    feed="hokuto-ja", lang="ja", published="2027-05-27T00:30:00Z",
    author="東京報道部",
    title="日ロ、平和条約交渉の再開で合意　7月にモスクワで外相会談",
    summary="日ロ両国の外相が電話で会談し、2022年から中断している平和条約締結交渉を再開することで合意した。7月にモスクワで外相会談を開き、交渉を行う。",
    label="status_change", group="g-treaty-talks-resume",
    new_facts=["日ロ外相が電話会談で平和条約締結交渉の再開に合意。7月にモスクワで外相会談"],
    must_mention=[["再開"], ["平和条約"]],
    note="Same status change (ja follow-up). Old: 交渉中断 since 2022 (seed 000); new: 再開で合意.",
    body="""日ロ両国の外相は26日、電話で会談し、2022年3月からロシア側が中断している平和条約締結交渉を再開することで合意した。7月にモスクワで外相会談を開き、交渉を行う。交渉の再開は約5年ぶりとなる。

外務省によると、電話会談は日本側の呼びかけで約40分間行われた。外相は「四島の帰属の問題を解決して平和条約を締結するという我が国の基本方針に変わりはない」と伝えた上で、元島民による墓参の早期再開も求めた。墓参については、具体的な合意には至らなかった。

ロシア外務省は会談後に発表した声明で、交渉は「南クリール諸島がロシアに帰属するという現実を含む、今日の現実に基づいて」行われると主張した。日本側は「ロシア側の一方的な主張であり、受け入れられない」（外務省幹部）としている。

ロシアは昨年10月、日ソ共同宣言のうち歯舞群島と色丹島の引き渡しを定めた条項は「失効した」と表明しており、交渉は難航が予想される。

首相は27日朝、記者団に「交渉のテーブルに着くことが第一歩だ。粘り強く取り組む」と語った。千島連盟の理事長は「ようやく扉が開いた。元島民が元気なうちに墓参の再開を実現してほしい」と期待を寄せた。
"""))

A.append(dict(
    feed="harbourline-en", lang="en", published="2027-05-28T08:00:00Z",
    author="Daniel Okafor",
    title="Explainer: What is on the table as Tokyo and Moscow return to treaty talks",
    summary="Russia and Japan will hold their first round of peace treaty negotiations in five years in July. Here is what each side wants, and why expectations are low.",
    label="status_change", group="g-treaty-talks-resume",
    new_facts=["(follow-up) Russia-Japan peace treaty talks to resume in July 2027"],
    must_mention=[["resum", "return"], ["treaty"]],
    note="Follow-up/explainer in the same group: no new fact beyond the agreement to resume (same status change).",
    body="""Russia and Japan agreed this week to restart negotiations on a peace treaty, five years after Moscow walked away from them over Tokyo's sanctions. Foreign ministers will meet in Moscow in July for the first round. What can they achieve?

Why is there no peace treaty? The Soviet Union did not sign the 1951 San Francisco Peace Treaty. A 1956 joint declaration ended the state of war and restored ties, but the two sides could not agree on the four islands off Hokkaido that Soviet forces seized in 1945 — Iturup, Kunashir, Shikotan and the Habomai islets.

What does Japan want? Tokyo's stated policy is to "resolve the issue of the attribution of the four islands and conclude a peace treaty." In practice, after 2018 it focused on the two smaller islands promised in 1956. Officials say the immediate priority now is humanitarian: restoring grave visits for elderly former residents.

What does Russia want? Moscow says the talks must start from "present realities," meaning Russian sovereignty over all the islands. Last October it declared the 1956 handover clause void. Russian officials describe the treaty they want as a broad document on "peace, friendship and good-neighbourliness," with guarantees that Japan will not join initiatives hostile to Russia.

What is realistic? Few analysts expect territorial movement. The most likely outcomes of a first round are a work plan, an agreement on the next meeting and, possibly, a deal on humanitarian visits.
"""))
