# -*- coding: utf-8 -*-
"""Articles published in 2024 (blind35). Bodies: paragraphs separated by blank lines."""

STORIES = [
# ---------------------------------------------------------------- 001
dict(
    id="b35-001", feed="ochiishi", lang="ja", published="2024-02-09T01:30:00Z",
    author="根室支局　佐々木 真由",
    title="「北方領土の日」根室で住民大会　元島民「生きているうちに島へ」",
    summary="「北方領土の日」の7日、根室市で返還要求の住民大会が開かれ、元島民らが早期返還と交流事業の再開を訴えた。平和条約交渉は中断したままだ。",
    label="restatement",
    note="Annual occasion piece (Northern Territories Day). Restates seeds 000/001/003 (talks halted, visa-free trips and 1999 free visits terminated in March 2022) and seed 004 (Rudenko: resumption 'categorically impossible'). No new fact.",
    body="""「北方領土の日」の7日、根室市総合文化会館で北方領土返還要求根室地区住民大会が開かれ、元島民や地元の漁業関係者、中高生ら約650人が参加した。大会は「一日も早い四島の返還と、途絶えている交流事業の再開を強く求める」とするアピールを採択した。

国後島出身で千島歯舞諸島居住者連盟根室支部の役員を務める男性（88）は壇上で「島の墓に手を合わせることもできないまま、仲間が次々に亡くなっている。生きているうちにもう一度ふるさとの土を踏みたい」と声を詰まらせた。

同じ日に東京都内で開かれた北方領土返還要求全国大会で、岸田文雄首相は「領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。ただ、ロシアはウクライナ侵攻後の2022年3月、日本の対ロ制裁を理由に平和条約交渉を継続しない方針を表明し、ビザなし交流と元島民の自由訪問も一方的に停止した。ロシア外務省のルデンコ次官は8日に報じられたインタビューで、交渉の再開は現状では「断じて不可能だ」と語っている。

根室市の担当者は「元島民の平均年齢は88歳を超えた。交流再開の見通しが立たない中でも、返還運動の火を絶やさず、次の世代へつないでいきたい」と話した。""",
),
# ---------------------------------------------------------------- 002
dict(
    id="b35-002", feed="dipkurier", lang="ru", published="2024-02-16T10:20:00Z",
    author="Ирина Баталова",
    title="Захарова ответила на призыв Кисиды вернуться к переговорам о мирном договоре",
    summary="Официальный представитель МИД России заявила, что Москва при нынешнем антироссийском курсе японского правительства возвращаться к переговорам о мирном договоре не намерена.",
    label="restatement",
    note="Known Russian position restated by a new speaker (seeds 000/001/004: talks halted over sanctions, sovereignty 'cannot be questioned'). The decisive negation comes at the end of a long sentence. No new fact.",
    body="""Россия при сохранении Японией санкционного давления и нынешнего внешнеполитического курса, который в Москве расценивают как откровенно недружественный, возвращаться к переговорному процессу по мирному договору, прерванному в 2022 году по вине Токио, не намерена, заявила на брифинге в четверг официальный представитель МИД РФ Мария Захарова, комментируя выступление премьер-министра Японии Фумио Кисиды на так называемом «общенациональном митинге за возвращение северных территорий».

«Мы неоднократно разъясняли японской стороне, что ответственность за сворачивание диалога, включая переговоры по мирному договору, целиком лежит на Токио, который избрал курс на враждебные действия в отношении нашей страны. Разговоры о "решении территориальной проблемы" и "заключении мирного договора", которые продолжают звучать в японской столице, никакого отношения к реальности не имеют», — сказала дипломат.

Захарова также напомнила, что суверенитет России над южными Курилами закреплён в международно-правовых документах по итогам Второй мировой войны и «обсуждению не подлежит».

Ранее заместитель министра иностранных дел Андрей Руденко заявил в интервью, что возобновление диалога о мирном договоре в нынешней ситуации «категорически невозможно», а ключевым условием нормализации отношений является отказ Токио от враждебной политики в отношении России.

Напомним, в марте 2022 года МИД России объявил, что не намерен продолжать переговоры с Японией о мирном договоре, а также вышел из диалога о совместной хозяйственной деятельности на южных Курилах и прекратил безвизовые поездки японских граждан на острова.""",
),
# ---------------------------------------------------------------- 003
dict(
    id="b35-003", feed="breakwater", lang="en", published="2024-03-18T08:00:00Z",
    author="Hannah Okafor",
    title="Tokyo objects as Russian presidential vote held on disputed islands",
    summary="Japan said holding Russia's presidential election on the four islands it claims was unacceptable, a protest it has lodged at previous Russian votes.",
    label="neutral",
    note="Borderline: a protest on a new occasion, but a routine one Japan lodges at every Russian federal election on the islands; no change in any tracked matter. Background restates seeds 000/003.",
    body="""Japan has lodged a protest with Moscow over voting in Russia's presidential election on the southern Kuril Islands, which Tokyo calls the Northern Territories, Chief Cabinet Secretary Yoshimasa Hayashi said on Monday.

Polling stations opened on Iturup, Kunashir and Shikotan, as across the rest of Russia, for the three-day vote that ended on Sunday, election officials in the Sakhalin region said. Figures for turnout on the islands were not immediately available.

"Holding the election in the Northern Territories is incompatible with Japan's position and unacceptable," Hayashi told a regular news conference, adding that the protest had been conveyed through diplomatic channels.

Japan has protested in similar terms at previous Russian federal elections held on the islands, including the 2021 parliamentary vote and the 2020 constitutional referendum. Russia routinely rejects such protests, saying its sovereignty over the islands is beyond dispute.

The exchange comes with relations at a post-war low. Moscow said in March 2022 that it would not continue peace treaty negotiations with Tokyo because of Japanese sanctions over Ukraine, and it scrapped visa-free trips to the islands for Japanese citizens at the same time.""",
),
# ---------------------------------------------------------------- 004
dict(
    id="b35-004", feed="kekur", lang="ru", published="2024-04-16T03:40:00Z",
    author="Сергей Тихонов",
    title="На Шикотане заступил на боевое дежурство дивизион береговых комплексов «Берег»",
    summary="Дивизион 130-мм самоходных береговых артиллерийских комплексов «Берег» развёрнут на острове Шикотан, сообщили в пресс-службе Восточного военного округа.",
    label="new_development", group="g1-bereg-shikotan",
    new_facts=["A battalion of A-222 Bereg 130 mm self-propelled coastal artillery (four guns) went on combat duty on Shikotan, near Malokurilskoye — the first coastal artillery of this type on the island (Eastern Military District, 16 April 2024)"],
    must_mention=[["берег"], ["шикотан"]],
    note="First report (Russian). New deployment on a disputed island, not in the seeds.",
    body="""Дивизион самоходных береговых артиллерийских комплексов А-222 «Берег» заступил на боевое дежурство на острове Шикотан Малой Курильской гряды, сообщила во вторник пресс-служба Восточного военного округа.

По данным округа, четыре самоходные установки калибра 130 мм совершили марш в позиционный район в окрестностях села Малокурильское, после чего расчёты выполнили нормативы по развёртыванию и приведению комплексов в боевую готовность. «Берег» предназначен для поражения надводных целей, в том числе быстроходных, а также наземных объектов на удалении до 23 километров.

Ранее береговая артиллерия такого типа на Шикотане не размещалась. Подразделение будет выполнять задачи по прикрытию побережья острова и проливов Малой Курильской гряды во взаимодействии с частями 18-й пулемётно-артиллерийской дивизии, дислоцированными на Итурупе и Кунашире, говорится в сообщении.

Для личного состава, по данным ВВО, оборудованы модульные казармы и парк для хранения техники. Летом подразделение проведёт первые боевые стрельбы по морским мишеням.

Шикотан вместе с островами Хабомаи входит в Южно-Курильский муниципальный округ Сахалинской области. Япония претендует на Шикотан, Кунашир, Итуруп и Хабомаи, называя их «северными территориями».""",
),
# ---------------------------------------------------------------- 006
dict(
    id="b35-006", feed="suirei", lang="ja", published="2024-04-18T03:00:00Z",
    title="色丹島に沿岸砲「ベレグ」配備　防衛省確認、政府がロシアに抗議",
    summary="防衛省は18日、ロシア軍が北方領土の色丹島に130ミリ自走式沿岸砲「ベレグ」を配備したことを確認したと発表した。政府は外交ルートでロシアに抗議した。",
    label="new_development", group="g1-bereg-shikotan",
    new_facts=["防衛省が色丹島への130ミリ自走式沿岸砲「ベレグ」（少なくとも4両）の配備を確認、政府が抗議"],
    must_mention=[["ベレグ", "沿岸砲"], ["色丹"]],
    note="Japanese report of g1 (adds the Japanese confirmation and protest).",
    body="""防衛省は18日、ロシア軍が北方領土の色丹島に自走式の130ミリ沿岸砲システム「ベレグ」を配備したことを確認したと発表した。ロシア東部軍管区が16日に「戦闘任務に就いた」と公表しており、防衛省が衛星画像などで分析を進めていた。色丹島での同システムの配備確認は初めて。

防衛省によると、配備されたのは少なくとも4両の自走砲で、島の中心集落である斜古丹（ロシア名マロクリリスコエ）周辺の陣地に展開している。射程は20キロ余りとされ、色丹島周辺の海峡や沿岸の防衛が目的とみられる。

林芳正官房長官は18日の記者会見で「北方領土におけるロシアの軍備強化は、北方四島に関する我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。

ロシアは2016年に択捉、国後両島に地対艦ミサイルシステム「バスチオン」「バル」を配備するなど、北方領土での軍事拠点化を進めている。木原稔防衛相は同日、「極東地域におけるロシア軍の動向を引き続き注視していく」と述べた。""",
),
# ---------------------------------------------------------------- 007
dict(
    id="b35-007", feed="whitecap", lang="en", published="2024-04-18T07:30:00Z",
    author="Whitecap staff",
    title="Russia puts coastal artillery on Shikotan, Japan files protest",
    summary="Russia has stationed Bereg self-propelled coastal guns on Shikotan, one of the four islands claimed by Japan; Tokyo called the move unacceptable.",
    label="new_development", group="g1-bereg-shikotan",
    new_facts=["Russia stationed a battalion of Bereg 130mm self-propelled coastal guns on Shikotan; Japan protested"],
    must_mention=[["bereg", "coastal artillery", "coastal gun"], ["shikotan"]],
    note="English report of g1; numbers worded differently ('at least four', 'a battalion').",
    body="""Russia has deployed a battalion of Bereg self-propelled coastal artillery guns on Shikotan, the first such weapons on the small island off Hokkaido, prompting a formal protest from Tokyo on Thursday.

Russia's Eastern Military District said on Tuesday that the unit had "assumed combat duty" after its guns drove to firing positions near the village of Malokurilskoye. Japan's Defense Ministry said it had confirmed "at least four" vehicles. The 130mm system is designed to engage surface ships at ranges of up to about 23 km (14 miles).

"Russia's military buildup in the Northern Territories is incompatible with Japan's position on the four islands and is unacceptable," Chief Cabinet Secretary Yoshimasa Hayashi said, adding that the protest was delivered through diplomatic channels.

Shikotan, which Russia administers as part of its Sakhalin region, has a population of about 3,000, most of them employed in fish processing. Until now, the Russian garrison on the southern Kurils, as Moscow calls the islands, had been concentrated on the larger islands of Iturup and Kunashir, where Bastion and Bal anti-ship missile systems were deployed in 2016.

Relations soured further in 2022, when Russia walked away from peace treaty talks over Tokyo's sanctions.""",
),
# ---------------------------------------------------------------- 005
dict(
    id="b35-005", feed="ochiishi", lang="ja", published="2024-04-17T00:30:00Z",
    author="東京報道部",
    title="外交青書、北方領土「日本が主権を有する島々」　平和条約締結の方針を堅持",
    summary="上川外相は2024年版外交青書を閣議に報告した。北方領土について「日本が主権を有する島々」と明記し、領土問題を解決して平和条約を締結する方針を改めて示した。",
    label="restatement",
    note="Annual report restating Japan's known position; recalls seeds 000/001/003 (talks halted, visa-free exchanges and free visits stopped in March 2022). No new fact.",
    body="""上川陽子外相は16日の閣議に2024年版外交青書を報告した。ロシアとの関係では、北方領土について「日本が主権を有する島々であり、日本固有の領土である」との表現を前年に続いて盛り込み、「北方領土問題を解決して平和条約を締結するとの方針を堅持する」と明記した。

青書は、ウクライナ侵略を続けるロシアとの関係について「厳しい状況にある」と指摘した。ロシアが2022年3月に平和条約締結交渉を継続しない考えを一方的に表明したことや、ビザなし交流と自由訪問の合意の効力を停止したことに触れ、「極めて不当であり、断じて受け入れられない」とした。

一方、元島民の高齢化を踏まえ、北方墓参を中心とした事業の再開を「日ロ関係の中でも最優先事項の一つ」と位置づけた。

外交青書は日本外交の1年間の動きと基本方針をまとめた文書で、毎年この時期に公表される。韓国が実効支配する竹島についても、従来通り「日本固有の領土」と記述した。""",
),
# ---------------------------------------------------------------- 009
dict(
    id="b35-009", feed="gannet", lang="en", published="2024-07-12T06:10:00Z",
    dateline="SEOUL, July 12 (Gannet) -",
    title="South Korea summons Japanese attache over Dokdo claim in defence paper",
    summary="Seoul protested against Japan's annual defence white paper, which again describes the South Korean-controlled islets as Japanese territory.",
    label="off_topic",
    note="Look-alike: another island dispute (Dokdo/Takeshima) involving Japan; nothing about Russia or the Kurils.",
    body="""South Korea summoned a defence attache from the Japanese embassy in Seoul on Friday to protest against Tokyo's annual defence white paper, which again describes the Seoul-controlled islets in the sea between the two countries as Japanese territory.

The rocky outcrops, called Dokdo in Korea and Takeshima in Japan, have been administered by South Korea since the 1950s. Seoul's foreign ministry said in a statement that it "strongly urges the Japanese government to immediately withdraw its unjust claim" and that the claims "cannot affect in any way" South Korea's sovereignty.

A Japanese government spokesperson said Tokyo's position on Takeshima was "consistent" and that it had rejected the protest.

The dispute flares every year around the publication of Japan's diplomatic bluebook, its defence white paper and school textbook screenings, although Seoul and Tokyo have improved ties markedly since 2023, resuming regular leaders' visits and security talks.

The paper, approved by Prime Minister Fumio Kishida's cabinet on Friday, described China's military activity as the "greatest strategic challenge" facing Japan and warned of North Korea's growing missile arsenal.""",
),
# ---------------------------------------------------------------- 008
dict(
    id="b35-008", feed="stvor", lang="ru", published="2024-07-03T05:15:00Z",
    title="В Курильское озеро на Камчатке зашло более двух миллионов особей нерки",
    summary="Учёт на реке Озерной показывает ход нерки выше прошлогоднего; оптимальный пропуск производителей в Курильское озеро — 1,5–2,5 млн рыб.",
    label="off_topic",
    note="Look-alike: 'Kurile Lake' in southern Kamchatka, named after the Kurils; salmon run story unrelated to the dispute.",
    body="""Более двух миллионов особей нерки прошли через рыбоучётное заграждение на реке Озерной в Курильское озеро на юге Камчатки с начала нерестового хода, сообщили в Камчатском филиале ВНИРО. Это выше прошлогодних показателей на эту дату.

«Заполнение нерестилищ идёт в штатном режиме. Оптимальный пропуск производителей для Курильского озера составляет от полутора до двух с половиной миллионов рыб, и мы рассчитываем выйти на этот уровень к середине июля», — рассказали в лаборатории тихоокеанских лососей филиала.

Курильское озеро — крупнейшее нерестовое озеро нерки в Евразии. Оно расположено в кальдере древнего вулкана на территории Южно-Камчатского федерального заказника. В сезон хода на берегах собирается до сотни бурых медведей, что привлекает туристов и фотографов со всего мира.

Промысел нерки в устье Озерной регулируется решениями комиссии по регулированию добычи анадромных рыб. В этом году пропускной режим был продлён на трое суток, чтобы обеспечить заполнение нерестилищ. Рыбаки рассчитывают, что основной промысловый период начнётся во второй половине июля.""",
),
# ---------------------------------------------------------------- 010
dict(
    id="b35-010", feed="breakwater", lang="en", published="2024-07-25T09:00:00Z",
    author="Daniel Whitmore",
    kicker="Interview",
    title="Russian envoy says treaty talks could restart only if Tokyo drops 'hostile' sanctions",
    summary="Moscow's ambassador in Tokyo said peace treaty negotiations would stay off the table unless Japan abandoned what he called its hostile policy, repeating Russia's line since 2022.",
    label="restatement",
    note="Conditional version of a move ('could restart only if...'): restates seeds 000/001/004 (talks halted; condition = Tokyo's refusal of hostile policy). No new fact.",
    body="""Russia's ambassador to Japan, Nikolai Nozdrev, said peace treaty negotiations between the two countries, broken off by Moscow in 2022, could in principle be taken up again some day, but only if Tokyo first abandoned its sanctions and what he called its "hostile course" toward Russia.

"We have never said that we are against a peace treaty as such. But a fundamental document on good-neighbourliness cannot be discussed with a country that helps the Kyiv regime and builds up military cooperation with the United States right next to our borders," Nozdrev said in an interview at the embassy in Tokyo's Azabudai district.

Asked whether Russia might at least restore visa-free trips for former Japanese residents of the islands, most of whom are now in their late eighties, the ambassador said that "everything depends on Tokyo" and that he saw "no signals" that Japan was prepared to change its policy.

Nozdrev's remarks echo those of Deputy Foreign Minister Andrei Rudenko, who said in February that resuming the treaty dialogue was "categorically impossible" in the current situation, and that Tokyo's refusal of its hostile policy, not "ephemeral signals", was the condition for any normalisation.

Japan's Foreign Ministry declined to comment on the interview but has repeatedly said it remains committed to resolving the territorial issue and concluding a peace treaty.""",
),
# ---------------------------------------------------------------- 011
dict(
    id="b35-011", feed="suirei", lang="ja", published="2024-08-08T04:20:00Z",
    title="元島民ら、船上から慰霊　北方墓参は5年連続で実施できず",
    summary="元島民らが交流船「えとぴりか」で国後島沖の洋上から先祖を慰霊した。島への墓参は今年も実施できず、再開の見通しは立っていない。",
    label="restatement",
    note="Occasion piece (Japan's own offshore memorial cruise, held since 2023). Grave visits still not possible; exchanges stopped per seeds 001/003. Negated move with the decisive words at the end ('見通しは…立っていない').",
    body="""北方領土の元島民らが乗った交流船「えとぴりか」が7日、根室港を出港し、国後島沖の日本側の海域で洋上慰霊を行った。元島民と家族ら約70人が参加し、船上に設けた祭壇に花を手向け、島に眠る先祖の冥福を祈った。

元島民らの北方墓参は、新型コロナウイルス禍で2020年から中止が続き、ロシアが22年3月にビザなし交流と自由訪問の停止を一方的に表明して以降も、島への上陸を伴う墓参は実現していない。洋上慰霊は23年から政府が代替事業として実施しており、今年で2回目となる。

択捉島出身の女性（90）は「島影が見えるのに近づけないのがつらい。せめてお墓の掃除だけでもさせてほしい」と話した。

政府は墓参を「人道的観点から最優先で再開を求めていく」としており、外交ルートを通じてロシア側への働きかけを続けている。ただ、ロシア側は日本の対ロ制裁を理由に応じておらず、外務省関係者は「墓参を再開できる見通しは、現時点では全く立っていない」と話している。""",
),
# ---------------------------------------------------------------- 012
dict(
    id="b35-012", feed="kekur", lang="ru", published="2024-09-03T06:30:00Z",
    title="На южных Курилах отметили 79-ю годовщину окончания Второй мировой войны",
    summary="В Южно-Курильске и Курильске прошли митинги и возложения цветов в День Победы над милитаристской Японией и окончания Второй мировой войны.",
    label="restatement",
    note="Anniversary piece; restates the known Russian sovereignty position and the March 2022 halt (seeds 001/004). No new fact.",
    body="""В Южно-Курильске и Курильске 3 сентября прошли памятные мероприятия, приуроченные ко Дню Победы над милитаристской Японией и окончания Второй мировой войны. Жители, военнослужащие гарнизона и школьники возложили цветы к памятникам воинам, погибшим в ходе Курильской десантной операции 1945 года.

Выступая на митинге в Южно-Курильске, глава муниципального округа напомнил, что острова «стали частью нашей страны по итогам Второй мировой войны» и что «никакие притязания этого факта не изменят».

В Курильске на Итурупе прошёл концерт творческих коллективов, а в районном музее открылась выставка документов и фотографий военных лет. На Шикотане памятную акцию провели школьники Малокурильского, а ветераны гарнизона рассказали им о событиях августа 1945 года.

Напомним, в марте 2022 года МИД России заявил, что не намерен продолжать переговоры с Японией о мирном договоре, указав на недружественный курс Токио, и прекратил действие соглашений о безвизовых обменах. Официальная позиция Москвы остаётся неизменной: суверенитет России над Курильскими островами закреплён международными документами и сомнению не подлежит.""",
),
# ---------------------------------------------------------------- 013
dict(
    id="b35-013", feed="ochiishi", lang="ja", published="2024-09-26T06:00:00Z",
    author="根室支局　佐々木 真由",
    title="地震30年の色丹島追悼式　根室の訪問団、ビザなしで一度限り渡航へ",
    summary="ロシア側が、北海道東方沖地震から30年となる10月4日に色丹島で開かれる追悼式に、根室市の訪問団15人がビザなしで参加することを一度限りの措置として認めた。",
    label="new_development", group="g2-shikotan-memorial",
    new_facts=["ロシアが、1994年の北海道東方沖地震から30年の色丹島追悼式（10月4日）への根室市訪問団15人のビザなし渡航を、一度限りの人道的措置として容認（ビザなし交流は停止のまま）"],
    must_mention=[["色丹"], ["追悼", "地震"]],
    note="First report (Japanese). A one-time exception decided and announced: neither resumed nor unchanged; the exchange framework stays terminated (seed 001). New fact.",
    body="""1994年10月の北海道東方沖地震から30年となるのに合わせ、色丹島で10月4日に開かれる犠牲者の追悼式に、根室市の訪問団15人が参加することが決まった。ロシア側が、査証（ビザ）を取得せずに身分証明書などで入域することを、今回限りの人道的な措置として認めた。根室市が26日発表した。

訪問団は副市長を団長に、当時島への救援物資の輸送に携わった市職員OBや医療関係者、色丹島出身の元島民3人らで構成する。10月3日に根室港から船で色丹島の斜古丹に向かい、4日の追悼式で献花した後、5日に帰港する。

北方四島と日本の間のビザなし交流は、ロシアが2022年3月に停止を一方的に表明して以降、途絶えている。市によると、ロシア側は今回の措置について「追悼行事への参加に限った一回限りの例外」と説明しており、交流事業の再開を意味するものではないという。

地震では色丹島や国後島で死者が出たほか、住宅や港湾施設が大きな被害を受けた。根室市などは当時、発生直後から毛布や食料などの救援物資を島に送っており、今年夏、島側から追悼式への招待があった。

市の担当者は「30年前に結ばれた人と人とのつながりが今回の訪問につながった。交流の再開にもつながってほしい」と話している。""",
),
# ---------------------------------------------------------------- 014
dict(
    id="b35-014", feed="gannet", lang="en", published="2024-09-27T02:15:00Z",
    dateline="NEMURO, Japan, Sept 27 (Gannet) -",
    title="Russia to let Japanese delegation visit Shikotan for quake memorial, as one-time exception",
    summary="A delegation from the Hokkaido city of Nemuro will travel to Russian-held Shikotan without visas to mark 30 years since a 1994 earthquake, the first such trip since Moscow scrapped visa-free exchanges in 2022.",
    label="new_development", group="g2-shikotan-memorial",
    new_facts=["Russia allows a 15-member Nemuro delegation to visit Shikotan without visas for the 30th-anniversary memorial of the 1994 earthquake, as a one-time humanitarian exception"],
    must_mention=[["shikotan"], ["memorial", "earthquake", "quake"]],
    note="English report of g2.",
    body="""Russia will allow a delegation from the Japanese city of Nemuro to travel without visas to Shikotan, one of the islands at the heart of a decades-old territorial dispute, to attend a memorial marking 30 years since a deadly 1994 earthquake, city officials said.

The 15-member group, led by a deputy mayor and including three former island residents, is due to sail on Oct. 3 and attend a ceremony the following day in the island's main village, known in Japanese as Shakotan and in Russian as Malokurilskoye.

Moscow described the permission as a one-off humanitarian exception limited to the memorial, city officials said, and Japan's Foreign Ministry stressed that it did not amount to a revival of the visa-free exchange programme, which Russia scrapped in March 2022 in response to Tokyo's sanctions over Ukraine.

The trip will be the first by a Japanese group to any of the four disputed islands under visa-free procedures since the exchanges were halted, first by the COVID-19 pandemic in 2020 and then by Moscow's decision.

The magnitude 8.2 quake of Oct. 4, 1994 badly damaged homes, the port and the power supply on Shikotan and neighbouring Kunashir, and Japanese municipalities and aid groups shipped relief supplies to the islands at the time.

"We were invited by people on the island who remember that help," a city official said. "We hope it will be a small step.\""""
),
# ---------------------------------------------------------------- 015
dict(
    id="b35-015", feed="stvor", lang="ru", published="2024-10-04T09:00:00Z",
    title="На Шикотане почтили память жертв землетрясения 1994 года, на церемонию приехали гости из Немуро",
    summary="В Малокурильском прошёл траурный митинг к 30-летию Шикотанского землетрясения; в нём участвовала делегация японского города Немуро.",
    label="new_development", group="g2-shikotan-memorial",
    new_facts=["Делегация Немуро (14 человек и переводчик) в порядке исключения участвовала в траурном митинге на Шикотане к 30-летию землетрясения 1994 года"],
    must_mention=[["шикотан"], ["землетрясен"]],
    note="Follow-up of g2 with no new fact beyond the announced one-off visit taking place (different count: '14 and an interpreter').",
    body="""В селе Малокурильское на Шикотане в пятницу прошёл траурный митинг, посвящённый 30-летию Шикотанского землетрясения 1994 года. Жители острова, участники ликвидации последствий стихийного бедствия и представители администрации Южно-Курильского муниципального округа возложили цветы к памятному знаку у здания школы.

В церемонии приняла участие делегация японского города Немуро — 14 человек и переводчик, прибывшие накануне на судне. Как сообщили в администрации округа, приезд японцев был согласован в порядке исключения, исключительно для участия в памятных мероприятиях, и не означает возобновления безвизовых обменов, прекращённых в 2022 году.

Землетрясение магнитудой 8,2 произошло в ночь с 4 на 5 октября 1994 года. Были разрушены жилые дома, причалы, котельные, часть жителей тогда покинула остров. Япония в те дни направила на острова гуманитарную помощь.

«Мы благодарны тем, кто помог нам тридцать лет назад. Это память, а не политика», — сказала жительница Малокурильского, пережившая землетрясение. Японские гости отбудут обратно в Немуро в субботу.""",
),
# ---------------------------------------------------------------- 016
dict(
    id="b35-016", feed="whitecap", lang="en", published="2024-10-09T08:45:00Z",
    title="Japan says Shikotan memorial trip no substitute for restoring visa-free exchanges",
    summary="After a Nemuro delegation's one-off visit to Shikotan, Tokyo urged Moscow to restore the visa-free exchange programme and grave visits for ageing former residents.",
    label="restatement",
    note="Requested move ('urge Russia to resume'); recalls g2 (the one-off Shikotan trip) as background. Exchanges remain terminated (seeds 001/003). No new fact.",
    body="""Japan on Wednesday called on Russia to restore visa-free exchanges with the disputed islands, days after a small delegation from Nemuro made a one-off trip to Shikotan for a memorial marking the 30th anniversary of a 1994 earthquake.

"We appreciate that the delegation was able to take part in the ceremony, but this was a special arrangement for a single occasion. We continue to strongly urge the Russian side to resume the exchange programmes, above all grave visits by former island residents," Chief Cabinet Secretary Yoshimasa Hayashi told reporters.

Russia terminated the 1991 visa-free exchange arrangement and the 1999 deal on simplified visits by former residents in March 2022, citing Tokyo's sanctions over the war in Ukraine. Moscow has given no indication that it is ready to reconsider, and the Russian embassy in Tokyo said the Shikotan visit "should not be interpreted as anything other than a humanitarian gesture".

Nemuro officials said the delegates laid flowers in the village of Malokurilskoye and met local residents, some of whom remembered the Japanese relief shipments of 1994, before returning on Saturday.""",
),
# ---------------------------------------------------------------- 017
dict(
    id="b35-017", section="economy", feed="suirei", lang="ja", published="2024-11-27T05:40:00Z",
    title="サハリン2、日本向けLNG調達継続へ　米が制裁の適用除外を延長",
    summary="米財務省はロシア極東の「サハリン2」に関連する取引を認める一般許可の期限を延長した。日本の電力・ガス会社は同事業からのLNG調達を当面続けられる見通し。",
    label="off_topic",
    note="Unrelated Japan-Russia news (energy, Sakhalin-2); Sakhalin is not the disputed islands.",
    body="""米財務省は、ロシア極東の石油・天然ガス開発事業「サハリン2」に関連する取引を認める一般許可の期限を延長したと発表した。日本の電力・ガス会社は、同事業からの液化天然ガス（LNG）の調達を当面継続できる見通しとなった。

サハリン2には三井物産と三菱商事が出資しており、同事業からのLNGは日本の輸入量の1割近くを占める。米政府は今月、ロシアのガスプロムバンクを制裁対象に加えており、代金の決済への影響が懸念されていた。

経済産業省の幹部は「エネルギーの安定供給の観点から重要なプロジェクトであり、引き続き関係国と緊密に連携していく」と話した。

一方、電力業界からは「許可の期限が短く、長期的な調達計画を立てにくい」との声も出ている。""",
),
# ---------------------------------------------------------------- 018
dict(
    id="b35-018", feed="gannet", lang="en", published="2024-11-29T08:30:00Z",
    dateline="TOKYO, Nov 29 (Gannet) -",
    title="Ishiba pledges to keep treaty goal with Russia despite frozen ties",
    summary="Prime Minister Shigeru Ishiba told parliament Japan would stick to resolving the territorial dispute and concluding a peace treaty with Russia; the Kremlin said its position was unchanged.",
    label="restatement",
    note="New speaker, known positions (seed 002: Japan steadfast on a treaty, Kremlin says talks impossible; seed 001: exchanges stopped). No new fact.",
    body="""Prime Minister Shigeru Ishiba said on Friday that Japan would stick to its policy of resolving the territorial dispute with Russia and concluding a peace treaty, although relations with Moscow remained in what he called a "severe state".

"Japan-Russia relations remain in a severe state due to Russia's aggression against Ukraine. But our policy of resolving the territorial issue and concluding a peace treaty remains unchanged," Ishiba told parliament in a policy speech that focused largely on the economy and his minority government's spending plans.

He also said Japan would continue to seek the resumption of exchange programmes including grave visits by former residents of the islands, which Japan calls the Northern Territories and Russia the Southern Kurils.

Moscow broke off peace treaty talks in March 2022 and has since said repeatedly that there are no conditions for resuming them while Japan maintains sanctions. Asked about Ishiba's remarks, Kremlin spokesman Dmitry Peskov said Russia's position "has not changed and is well known in Tokyo".""",
),
]
