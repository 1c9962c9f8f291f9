# Articles of corpus blind5 published in 2024. Fictional outlets; events after 2024-02-08 are invented.
A = []

# --------------------------------------------------------------------------- off topic: other peace treaty
A.append(dict(
    feed="capwire-en", lang="en", published="2024-03-07T11:05:00Z",
    author="CapitalWire staff",
    title="Armenia hands Baku revised draft of peace treaty, Yerevan says",
    summary="Armenia has sent Azerbaijan its latest proposals on the text of a bilateral peace treaty, the Armenian Foreign Ministry said, as the two sides try to close gaps on border delimitation.",
    label="off_topic",
    note="Off topic look-alike: Armenia-Azerbaijan peace treaty (peace treaty, draft, negotiations, territorial claims) - not the Russia-Japan treaty.",
    body="""YEREVAN — Armenia has sent Azerbaijan a revised version of the draft peace treaty between the two South Caucasus neighbours, the Armenian Foreign Ministry said on Thursday, in the latest exchange of texts aimed at ending more than three decades of conflict.

"The Armenian side has submitted its comments and proposals on the draft agreement on peace and the establishment of interstate relations," ministry spokesperson Ani Badalyan said in a statement, adding that Yerevan remained committed to "continuing negotiations on the basis of the principles agreed earlier."

Baku confirmed receipt of the document but did not comment on its substance. Azerbaijani officials have repeatedly said that a final agreement would require changes to Armenia's constitution, which Baku argues contains territorial claims against it.

The two countries fought two wars over Nagorno-Karabakh, a region internationally recognised as part of Azerbaijan that had been controlled by ethnic Armenian forces until a lightning Azerbaijani offensive in September 2023. Since then officials on both sides have said a treaty is closer than at any time since the Soviet collapse, but disagreements over border delimitation, enclaves and transport links persist.

Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov are expected to meet again in the coming weeks, diplomats said, although no date or venue has been announced. Previous rounds have been held in Washington, Brussels and Almaty.

Analysts caution that even once initialled, a treaty would face a difficult ratification process. "The text is only part of the story," said a Tbilisi-based regional analyst. "The harder question is whether both publics are prepared to accept what it says about the border."
"""))

# --------------------------------------------------------------------------- restatement: ambassador Nozdrev
A.append(dict(
    feed="eastwind-en", lang="en", published="2024-03-19T05:10:00Z",
    author="Hiroko Sato-Lindqvist",
    title="Russian envoy in Tokyo: treaty talks 'out of the question' while sanctions stand",
    summary="Russia's ambassador to Japan said there is no prospect of reviving peace treaty negotiations as long as Tokyo keeps its sanctions in place.",
    label="restatement",
    note="Restatement by a new speaker (ambassador Nozdrev): talks impossible under sanctions = seeds 001 (Galuzin) and 004 (Rudenko, 'categorically impossible'); sovereignty not subject to discussion = seeds 000/001; visa-free exchanges ended = seed 001. No new event.",
    body="""TOKYO — Russia's ambassador to Japan, Nikolai Nozdrev, said there was no prospect of reviving negotiations on a peace treaty as long as Tokyo maintained sanctions against Moscow, in an interview published on Tuesday.

"Japan chose to join the sanctions campaign. Under such circumstances a discussion of a fundamental document on peace and good-neighbourliness is out of the question," Nozdrev told a Japanese weekly magazine, according to a transcript posted on the embassy's website.

The envoy, who took up his post in late 2022, repeated Moscow's line that Russia's sovereignty over the four southernmost Kuril Islands — Iturup, Kunashir, Shikotan and the Habomai group, which Japan calls the Northern Territories — "is not subject to discussion."

Asked whether Moscow might restore the visa-free exchanges that once allowed Japanese citizens, including former island residents, to travel to the islands, he said the decision to end them had been "a consequence of Tokyo's own choices," and gave no sign that it was being reconsidered.

Japan's Foreign Ministry declined to comment on the interview. Tokyo says it remains committed to resolving the territorial issue and concluding a peace treaty, while describing relations with Moscow as being in a "severe state."

Moscow walked away from peace treaty talks in March 2022, weeks after the invasion of Ukraine, citing Japan's "openly unfriendly" sanctions. It also quit a dialogue on joint economic activities on the islands. Last month Deputy Foreign Minister Andrei Rudenko told TASS that resuming the dialogue was "categorically impossible."
"""))

# --------------------------------------------------------------------------- restatement: Galuzin (ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2024-03-28T07:30:00Z",
    author="Ирина Малахова",
    title="Галузин: условий для возвращения к переговорам о мирном договоре с Японией нет",
    summary="Замглавы МИД России Михаил Галузин заявил, что, пока Токио сохраняет санкционный курс, обсуждать мирный договор невозможно.",
    label="restatement",
    note="Restatement, NEGATED resumption (ru): 'no conditions to return to talks' by deputy FM Galuzin = seeds 001 (Galuzin 2022: talks impossible amid sanctions) and 004 (Rudenko: key condition is Tokyo dropping hostile policy); sovereignty = seed 001.",
    body="""Условий для возобновления переговоров с Японией о мирном договоре в настоящее время нет, заявил заместитель министра иностранных дел России Михаил Галузин в интервью «Заре Востока».

«Японское правительство само разрушило ту атмосферу, в которой подобный диалог был возможен. Пока Токио продолжает вводить против нашей страны односторонние ограничения и участвовать в антироссийских акциях своих западных союзников, говорить о возвращении к переговорному процессу просто не о чем», — сказал дипломат.

По словам Галузина, «мяч на японской стороне»: нормализация отношений возможна лишь в том случае, если Токио откажется от враждебной политики в отношении России. «Никакие символические жесты не заменят реальных шагов», — подчеркнул он.

Замминистра, до 2022 года возглавлявший посольство России в Японии, также отметил, что позиция Москвы по вопросу о принадлежности южных Курил остаётся неизменной: суверенитет Российской Федерации над островами закреплён в международно-правовых документах, подписанных по итогам Второй мировой войны, и обсуждению не подлежит.

Напомним, в марте 2022 года МИД России объявил, что в сложившихся условиях не намерен продолжать переговоры с Японией о мирном договоре. Тогда же Москва вышла из диалога о совместной хозяйственной деятельности на южных Курилах и прекратила безвизовые поездки японских граждан на острова. В начале февраля этого года замглавы МИД Андрей Руденко назвал возобновление диалога по мирному договору «категорически невозможным».
"""))

# --------------------------------------------------------------------------- restatement: Diplomatic Bluebook
A.append(dict(
    feed="harbourline-en", lang="en", published="2024-04-16T08:00:00Z",
    author="Daniel Okafor",
    title="Diplomatic Bluebook keeps 'Northern Territories' language, calls Russia ties 'severe'",
    summary="Japan's annual foreign policy report reaffirms Tokyo's claim to the four islands off Hokkaido and its aim of concluding a peace treaty, with little change from last year.",
    label="restatement",
    note="Annual report restating positions: Japan's sovereignty claim (seeds 000/003), policy of resolving the territorial issue and concluding a treaty (seed 002, Kishida steadfast), the March 2022 Russian measures (seeds 000/001); 'urges Moscow to restart' grave visits is a REQUEST, not a move.",
    body="""Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday, describes relations with Russia as remaining in a "severe state" and reaffirms Tokyo's long-standing position that the four islands off Hokkaido seized by the Soviet Union at the end of the Second World War are Japanese territory.

"The Northern Territories are islands over which Japan has sovereignty," the report states, repeating wording used in recent editions. It says Japan's basic policy of "resolving the territorial issue and concluding a peace treaty" remains unchanged.

The 2024 edition also condemns Russia's "aggression against Ukraine" as a grave violation of international law and says Japan will keep coordinating sanctions with its Group of Seven partners.

On the bilateral agenda, the Bluebook recalls that Russia announced in March 2022 that it would not continue peace treaty negotiations, withdrew from the dialogue on joint economic activities on the islands and ended visa-free exchanges, and calls those steps "extremely unjust and absolutely unacceptable." It urges Moscow to allow exchange programmes for former islanders to restart, with priority given to visits to ancestral graves.

The document is submitted every spring by the foreign minister and summarises the government's diplomatic record for the previous year. Its language on Russia has changed little since the 2023 edition.

Opposition lawmakers said the report offered no new ideas for breaking the deadlock. "Repeating the same phrases every April is not a strategy," one Constitutional Democratic Party member said.

Russia's Foreign Ministry has in past years dismissed the Bluebook's territorial passages as "revanchist" and is expected to respond in the coming days.
"""))

# --------------------------------------------------------------------------- off topic: Senkaku
A.append(dict(
    feed="sentinel-en", lang="en", published="2024-05-09T03:20:00Z",
    author="Sentinel Asia Review",
    title="Chinese coast guard ships log longest stay yet in waters off Senkakus",
    summary="Two China Coast Guard vessels remained inside Japan's territorial waters around the Senkaku Islands for more than 80 hours, the longest continuous intrusion on record, Japan's coast guard said.",
    label="off_topic",
    note="Off topic look-alike: Japan-China Senkaku island dispute (territorial waters, protest, islands) - not the Kuril dispute.",
    body="""Two China Coast Guard vessels stayed inside Japanese territorial waters around the Senkaku Islands in the East China Sea for more than 80 consecutive hours, the longest such intrusion since Tokyo nationalised the islands in 2012, the Japan Coast Guard said on Thursday.

The ships, one of them armed with what appeared to be a deck gun, repeatedly approached a Japanese fishing boat operating near Uotsuri, the largest island in the group, before leaving the 12-nautical-mile zone early on Thursday morning, the 11th Regional Coast Guard Headquarters in Naha said.

Japan lodged a protest through diplomatic channels, calling the intrusion "a violation of international law." China, which calls the uninhabited islands Diaoyu and claims them as its own, said its ships had been "conducting law-enforcement patrols in China's territorial waters" and had expelled the Japanese vessel.

Chinese government ships have been seen in the contiguous zone around the Senkakus almost every day for the past year. Defence analysts say the longer stays are part of an effort to demonstrate administrative control.

"The trend is unmistakable: each record lasts only a few months," said a researcher at a Tokyo think tank who studies maritime security. "What we are seeing is a slow normalisation of presence."

Japan's Chief Cabinet Secretary said the government would "respond calmly and resolutely" and continue close coordination with the United States, which has said the islands fall under the scope of the bilateral security treaty.
"""))

# --------------------------------------------------------------------------- off topic: futsal club "Kurily"
A.append(dict(
    feed="polden-ru", lang="ru", published="2024-05-20T09:00:00Z",
    author="Спортивная редакция",
    title="Мини-футбольный клуб «Курилы» впервые стал чемпионом Сахалинской области",
    summary="В финале областного первенства по мини-футболу южносахалинские «Курилы» обыграли действующего чемпиона со счётом 5:3.",
    label="off_topic",
    note="Off topic look-alike: a futsal club named 'Kurily' - sport, no dispute content.",
    body="""Мини-футбольный клуб «Курилы» из Южно-Сахалинска впервые в своей истории выиграл чемпионат Сахалинской области. В решающем матче, который прошёл в воскресенье в спорткомплексе «Кристалл», подопечные Сергея Ткаченко со счётом 5:3 обыграли действующего чемпиона — команду «Портовик» из Корсакова.

Исход встречи решился в последние пять минут: при счёте 3:3 капитан «Курил» Алексей Ли сначала реализовал шестиметровый штрафной, а затем, за 40 секунд до сирены, поразил пустые ворота соперника, выпустившего пятого полевого игрока.

«Мы шли к этому три сезона. Ребята работают, совмещая тренировки с учёбой и работой, и эта победа — их заслуга», — сказал после игры главный тренер.

Клуб был основан в 2019 году выходцами из Курильского района, отсюда и название. Сегодня за команду выступают игроки из разных городов области, а домашние матчи она проводит в областном центре.

Победа в первенстве даёт «Курилам» право представить регион в межрегиональном турнире Дальневосточного федерального округа, который пройдёт осенью в Хабаровске. Лучшим бомбардиром чемпионата с 21 мячом стал нападающий корсаковцев Денис Бойко, лучшим вратарём признан голкипер «Курил» Никита Сорокин.
"""))

# --------------------------------------------------------------------------- G1 radar on Kunashir (first: ru)
A.append(dict(
    feed="zarya-ru", lang="ru", published="2024-06-11T04:20:00Z",
    author="Андрей Кравец",
    title="На Кунашире заступила на боевое дежурство загоризонтная РЛС «Подсолнух»",
    summary="Береговая загоризонтная радиолокационная станция, развёрнутая на острове Кунашир, приступила к несению боевого дежурства, сообщила пресс-служба Восточного военного округа.",
    label="new_development", group="g-radar-kunashir",
    new_facts=["Russia has put a Podsolnukh over-the-horizon radar on combat duty on Kunashir, the first of its class on the southern Kurils (Eastern Military District, 11 June 2024)"],
    must_mention=[["радиолокац", "рлс", "радар"], ["кунашир"]],
    note="New development, first report (ru): a new radar deployment on Kunashir is not in the seeds (seeds mention only Russia's fear of US bases, seed 002).",
    body="""Загоризонтная радиолокационная станция поверхностной волны «Подсолнух», смонтированная в районе посёлка Горячий Пляж на острове Кунашир, заступила на боевое дежурство. Об этом во вторник сообщила пресс-служба Восточного военного округа.

«Станция, развёрнутая подразделением радиотехнических войск Тихоокеанского флота, позволит в автоматическом режиме обнаруживать надводные корабли и низколетящие воздушные цели на удалении до 300 километров и передавать данные о них в единую систему освещения обстановки», — говорится в сообщении.

По данным округа, монтаж антенного поля и строительство технического здания велись с осени прошлого года; приёмку оборудования провела комиссия флота. Личный состав, обслуживающий станцию, размещён в новом жилом модуле, возведённом Военно-строительной компанией.

Ранее комплексы этого типа были развёрнуты на Камчатке и в Приморье. На южных Курилах, как подчеркнули в ВВО, станция такого класса устанавливается впервые. Она будет работать во взаимодействии с береговыми ракетными комплексами, уже несущими дежурство на островах.

Командующий войсками округа, поздравляя военнослужащих с заступлением на дежурство, назвал новую РЛС «важным элементом системы защиты морских рубежей страны на курильском направлении».

Япония считает острова Итуруп, Кунашир, Шикотан и гряду Хабомаи своей территорией, ссылаясь на трактат 1855 года. В Москве неоднократно заявляли, что суверенитет России над островами, закреплённый международно-правовыми документами, сомнению не подлежит.
"""))

A.append(dict(
    feed="eastwind-en", lang="en", published="2024-06-11T09:40:00Z",
    author="Marcus Webb",
    title="Russia puts over-the-horizon radar on combat duty on disputed Kunashir",
    summary="A Podsolnukh coastal radar able to track ships and low-flying aircraft up to 300 km away has entered service on one of the islands claimed by Japan, Russia's Eastern Military District said.",
    label="new_development", group="g-radar-kunashir",
    new_facts=["Podsolnukh over-the-horizon radar put on combat duty on Kunashir (11 June 2024)"],
    must_mention=[["radar"], ["kunashir"]],
    note="Same development as the Russian first report (en copy, same day).",
    body="""Russia has placed an over-the-horizon coastal radar on combat duty on Kunashir, one of the four Russian-held islands claimed by Japan, the Eastern Military District said on Tuesday.

The Podsolnukh ("Sunflower") surface-wave radar, installed near the settlement of Goryachy Plyazh on the island's Pacific coast, can automatically detect surface ships and low-flying aircraft at distances of up to 300 kilometres, the district said in a statement carried by Russian media. It is the first system of its class to be deployed on the southern Kurils, the statement added.

Construction of the antenna field and a technical building began last autumn, and the equipment was accepted by a Pacific Fleet commission before going on duty, according to the military. Similar radars already operate in Kamchatka and the Primorye region.

The deployment extends Russian surveillance over the approaches to the Sea of Okhotsk, which Moscow treats as a bastion for its ballistic-missile submarines, and over the waters east of Hokkaido where Japanese and US forces regularly operate.

A Japanese Foreign Ministry official said Tokyo was "gathering information" about the report and would respond "appropriately." Japan has in the past protested against military construction on the islands, which it calls the Northern Territories, as incompatible with its position.

Russia, which took the islands at the end of the Second World War, says its sovereignty over them is beyond question. Peace treaty talks between the two countries have been frozen since Moscow walked out of them in March 2022.
"""))

A.append(dict(
    feed="hokuto-ja", lang="ja", published="2024-06-12T04:30:00Z",
    author="根室支局",
    title="国後島に超水平線レーダー配備　ロシア軍「戦闘任務開始」　政府が抗議",
    summary="ロシア東部軍管区は北方領土・国後島に超水平線レーダーを配備し、戦闘任務に就かせたと発表した。政府は外交ルートを通じてロシア側に抗議した。",
    label="new_development", group="g-radar-kunashir",
    new_facts=["国後島に超水平線レーダー「ポドソルヌフ」が配備され戦闘任務に就いた。日本政府は抗議"],
    must_mention=[["レーダー"], ["国後"]],
    note="Same development (ja follow-up with Japan's protest through diplomatic channels, part of the same story).",
    body="""【根室】ロシア東部軍管区は11日、北方領土の国後島に超水平線レーダー「ポドソルヌフ（ひまわり）」を配備し、戦闘警戒任務を開始したと発表した。北方四島に同型のレーダーが配備されるのは初めてとみられる。

同軍管区の発表によると、レーダーは国後島の中心集落・古釜布（ユジノクリリスク）の北側にあるゴリャーチー・プリャージ地区に設置された。最大約300キロ先の艦船や低空を飛行する航空機を自動で探知でき、太平洋艦隊の監視網と連携するという。設置工事は昨年秋から進められていた。

官房長官は12日午前の記者会見で「北方四島におけるロシアの軍備強化は、北方領土に関する我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じてロシア側に抗議したことを明らかにした。

防衛省関係者は「オホーツク海から北海道東方沖にかけての艦船や航空機の動きが常時把握されることになる。自衛隊の活動への影響を注視する必要がある」と話している。

ロシアは近年、四島で地対艦ミサイルの配備や兵舎の建設を進めるなど軍事拠点化を強めている。根室市の元島民の男性（89）は「島がますます遠くなっていくようで、やりきれない」と肩を落とした。
"""))

# --------------------------------------------------------------------------- restatement: defence white paper
A.append(dict(
    feed="eastwind-en", lang="en", published="2024-07-12T04:00:00Z",
    author="Marcus Webb",
    title="Japan's defence white paper warns of Russia-China military alignment near its shores",
    summary="The annual report says joint Russian and Chinese bomber flights and naval patrols around Japan pose a 'serious concern' and that Russia continues to bolster forces in the Far East, including on the Northern Territories.",
    label="restatement",
    note="Annual report (Defence of Japan 2024) restating known concerns: Russian military activity near Japan and with partners (seed 004 mentions the mirror claim), Japan's claim to the 'Northern Territories' (seeds 000/003). No specific new deployment or decision reported.",
    body="""Japan's annual defence white paper, approved by the cabinet on Friday, warns that deepening military cooperation between Russia and China around the Japanese archipelago is a matter of "serious concern" and says Russia is continuing to strengthen its forces in the Far East.

The 2024 edition of Defence of Japan lists joint long-range bomber flights by the two countries over the Sea of Japan and the East China Sea and combined naval patrols that circled the archipelago, describing them as "clearly intended as a demonstration of force against our country."

On Russia, the paper notes that while Moscow has drawn down some ground units in the Far East to support its war in Ukraine, its navy and air force remain active, and "military activities in the vicinity of Japan, including in the Northern Territories, are trending upward." It repeats the government's position that the islands are "an inherent part of Japan's territory" currently "illegally occupied" by Russia.

The document devotes most of its pages to China, which it again calls "the greatest strategic challenge" to Japan's security, and to North Korea's missile programme.

Russia's embassy in Tokyo has in previous years called the white paper's language "unfriendly" and accused Japan of expanding military activity alongside the United States near Russia's borders.

The paper was released as Japan continues a five-year build-up that will raise defence spending to about 2 per cent of GDP by fiscal 2027.
"""))

# --------------------------------------------------------------------------- restatement: grave visits no prospect (ja)
A.append(dict(
    feed="toyo-ja", lang="ja", published="2024-07-25T06:00:00Z",
    author="社会部",
    title="北方墓参、今年も実現せず　元島民「再開の見通し立たない」",
    summary="ロシアによる四島交流事業の停止が続くなか、元島民による北方墓参は今夏も実施の見通しが立っていない。千島連盟は政府に働きかけの強化を求めた。",
    label="restatement",
    note="Restatement, NEGATED resumption (ja): exchanges and visits by former residents remain stopped - seeds 001/003 (1991 visa-free exchanges and 1999 simplified visits terminated in 2022); '再開の見通しは立っていない' and a request to the government are no move.",
    body="""北方領土の元島民らが先祖の墓を訪れる「北方墓参」は、今年も実施の見通しが立っていない。ロシアが2022年3月にビザなし交流や自由訪問の停止を一方的に表明して以降、四島との往来は途絶えたままだ。

元島民でつくる千島歯舞諸島居住者連盟（千島連盟）は24日、東京都内で外務省の担当者と面会し、墓参の早期再開に向けてロシア側への働きかけを強めるよう要望書を手渡した。要望書は「元島民の平均年齢は88歳を超え、残された時間は少ない」と訴えている。

面会後、色丹島出身の男性（90）は記者団に「せめて一度、両親の眠る墓に手を合わせたい。しかし再開の見通しは全く立たない」と語った。

外務省によると、政府は外交ルートを通じて墓参を最優先に再開するようロシア側に繰り返し求めているが、ロシア側からは前向きな反応は得られていないという。担当者は「引き続き粘り強く求めていく」と述べるにとどめた。

ロシア外務省は22年3月、日本の対ロ制裁を「非友好的」と批判し、平和条約締結交渉を継続しない考えを示すとともに、1991年に始まったビザなし交流と、99年に合意された元島民の自由訪問を停止すると発表した。

千島連盟によると、終戦時に四島に住んでいた約1万7千人のうち、存命の元島民は5千人を下回った。
"""))

# --------------------------------------------------------------------------- neutral: conditional readiness (ru)
A.append(dict(
    feed="polden-ru", lang="ru", published="2024-08-14T08:10:00Z",
    author="Полдень-Инфо",
    title="В МИД допустили возврат к диалогу с Токио, если Япония откажется от санкций",
    summary="Москва была бы готова рассмотреть возобновление контактов с Японией, включая тему мирного договора, если Токио откажется от санкционной политики, заявили в МИД России.",
    label="neutral",
    note="Neutral borderline, CONDITIONAL resumption (ru): 'would be ready ... if Tokyo drops sanctions' - largely implied by seed 004 (key condition is Tokyo abandoning its hostile policy) but worded as readiness; no talks, no decision.",
    body="""Россия была бы готова рассмотреть возможность возобновления контактов с Японией по всему спектру вопросов, включая мирный договор, если Токио откажется от санкций и вернётся к политике добрососедства. Об этом заявил директор Второго департамента Азии МИД РФ Георгий Зиновьев.

«Если японская сторона откажется от односторонних ограничительных мер и от участия в антироссийских инициативах, мы будем готовы посмотреть, как можно восстановить нормальный диалог. Но инициатива здесь должна исходить от Токио», — сказал дипломат в беседе с журналистами на полях конференции в Москве.

При этом он подчеркнул, что каких-либо сигналов о готовности Японии изменить курс пока не поступало. «Мы видим обратное: новые пакеты санкций, расширение военного сотрудничества с США и НАТО у наших дальневосточных границ», — отметил Зиновьев.

Отвечая на вопрос о возможности возобновления безвизовых обменов с южными Курилами, дипломат сказал, что этот вопрос «сейчас не стоит на повестке дня».

Напомним, в марте 2022 года МИД России сообщил, что в сложившихся условиях не намерен продолжать переговоры с Японией о мирном договоре, а в феврале нынешнего года замминистра иностранных дел Андрей Руденко назвал возобновление такого диалога «категорически невозможным».
"""))

# --------------------------------------------------------------------------- off topic: trawler named after the Kurils
A.append(dict(
    feed="capwire-en", lang="en", published="2024-08-22T02:30:00Z",
    author="CapitalWire staff",
    title="Russian trawler 'Kurilsky Bereg' runs aground off Kamchatka, crew rescued",
    summary="All 28 crew members of a Russian fishing trawler that ran aground in a storm off Kamchatka's east coast have been taken off the vessel, emergency officials said.",
    label="off_topic",
    note="Off topic look-alike: a trawler named 'Kurilsky Bereg' (Kuril Shore) aground off Kamchatka - maritime accident, no Japan, no dispute.",
    body="""PETROPAVLOVSK-KAMCHATSKY — All 28 crew members of the Russian fishing trawler Kurilsky Bereg were rescued after the vessel ran aground in a storm off the east coast of the Kamchatka peninsula, Russia's Emergencies Ministry said on Thursday.

The trawler, which was returning to port with a cargo of frozen pollock, was driven onto rocks near Cape Shipunsky late on Wednesday as winds gusted up to 25 metres per second, the ministry's regional office said. A rescue tug and a Border Service patrol ship reached the scene several hours later, and the crew were taken off in two groups.

"There are no injuries. The crew are in satisfactory condition," the ministry said. A small amount of diesel fuel leaked from a damaged tank, and environmental inspectors were sent to assess the spill.

The Kurilsky Bereg, built in 1991 and registered in Petropavlovsk-Kamchatsky, belongs to a local fishing company. Regional transport prosecutors have opened an inquiry into possible violations of navigation safety rules.

Storms are common off Kamchatka in late summer as the typhoon season begins. Last year two small fishing boats sank in the region in separate incidents, killing five people.
"""))

# --------------------------------------------------------------------------- G2 Volodin on Shikotan (first: ru)
A.append(dict(
    feed="polden-ru", lang="ru", published="2024-09-03T06:15:00Z",
    author="Ольга Зимина",
    title="Володин впервые посетил Шикотан",
    summary="Председатель Госдумы Вячеслав Володин прибыл на остров Шикотан в День окончания Второй мировой войны и встретился с жителями посёлка Малокурильское.",
    label="new_development", group="g-volodin-shikotan",
    new_facts=["State Duma Speaker Vyacheslav Volodin visited Shikotan on 3 September 2024 (first visit by a Duma speaker)"],
    must_mention=[["володин"], ["шикотан"]],
    note="New development, first report (ru): a visit by the Duma speaker to Shikotan is a new event; seed 002 only says in general that Japan protests visits by Russian officials.",
    body="""Председатель Государственной думы Вячеслав Володин во вторник прибыл с рабочей поездкой на остров Шикотан. Визит приурочен ко Дню окончания Второй мировой войны, который отмечается 3 сентября. Глава нижней палаты парламента посещает Малую Курильскую гряду впервые.

Вместе с губернатором Сахалинской области Валерием Лимаренко спикер возложил цветы к памятнику воинам, погибшим при освобождении Курильских островов, осмотрел строящийся рыбоперерабатывающий комплекс в посёлке Малокурильское, новую школу и причал, реконструированный в прошлом году.

«Курилы — это Россия. Здесь живут наши люди, здесь строятся школы, больницы, предприятия. Наша задача — сделать так, чтобы молодёжь оставалась на островах», — написал Володин в своём Telegram-канале по итогам встречи с жителями.

По словам спикера, жители подняли вопросы стоимости авиабилетов, связи и нехватки врачей. Володин пообещал, что профильные комитеты Госдумы изучат предложения островитян при подготовке поправок в законодательство о социальных гарантиях для жителей Курил.

Шикотан — один из четырёх островов южной части Курильской гряды, на которые претендует Япония. Токио, как правило, выражает протест в связи с поездками российских официальных лиц на острова, считая их несовместимыми со своей позицией. В Москве подчёркивают, что суверенитет России над островами не подлежит сомнению.
"""))

A.append(dict(
    feed="toyo-ja", lang="ja", published="2024-09-03T12:30:00Z",
    author="政治部",
    title="ロシア下院議長が色丹島訪問　政府「極めて遺憾」と抗議",
    summary="ロシア下院のボロジン議長が北方領土の色丹島を訪問した。政府は外交ルートを通じてロシア側に抗議した。",
    label="new_development", group="g-volodin-shikotan",
    new_facts=["ボロジン露下院議長が色丹島を訪問。日本政府が抗議"],
    must_mention=[["ボロジン", "ヴォロジン"], ["色丹"]],
    note="Same development (ja report with Japan's protest, same day).",
    body="""ロシア下院のボロジン議長は3日、北方領土の色丹島を訪問した。ロシアが「第2次世界大戦終結の日」と位置づける日に合わせた訪問で、下院議長の色丹島入りは初めて。

ロシアメディアによると、ボロジン氏はサハリン州のリマレンコ知事とともに斜古丹（マロクリリスコエ）地区を訪れ、旧ソ連軍の戦没者記念碑に献花したほか、建設中の水産加工施設や学校を視察した。自身のSNSには「クリールはロシアだ」と投稿した。

官房長官は3日午後の記者会見で「北方領土に関する我が国の立場と相いれず、極めて遺憾だ」と述べ、同日、外交ルートを通じてロシア側に抗議したことを明らかにした。

ロシアの要人による北方領土訪問は、2022年にロシアが平和条約締結交渉の継続を拒否して以降も相次いでいる。日本政府はそのたびに抗議しているが、ロシア側は「自国領内の移動だ」として取り合っていない。

色丹島の元島民でつくる団体の幹部は「返還運動に冷や水を浴びせる行為だ。政府には毅然とした対応を求めたい」と話した。
"""))

A.append(dict(
    feed="capwire-en", lang="en", published="2024-09-04T01:10:00Z",
    author="CapitalWire staff",
    title="Russian Duma speaker visits Japan-claimed Shikotan; Tokyo protests",
    summary="Vyacheslav Volodin became the first speaker of Russia's lower house to visit Shikotan, drawing a protest from Japan, which calls the island part of its Northern Territories.",
    label="new_development", group="g-volodin-shikotan",
    new_facts=["Duma speaker Volodin visited Shikotan on 3 Sept 2024; Japan protested"],
    must_mention=[["volodin"], ["shikotan"]],
    note="Same development (en follow-up, no new fact).",
    body="""MOSCOW/TOKYO — Vyacheslav Volodin, speaker of Russia's State Duma, visited the island of Shikotan on Tuesday, becoming the first head of the lower house of parliament to set foot on the small island off Hokkaido that Japan claims, and prompting a protest from Tokyo.

Volodin, a close ally of President Vladimir Putin, timed the trip to coincide with September 3, which Russia marks as the day the Second World War ended. Accompanied by Sakhalin Governor Valery Limarenko, he laid flowers at a war memorial, toured a fish-processing plant under construction and met residents of the village of Malokurilskoye.

"The Kurils are Russia," he wrote on his Telegram channel.

Japan's Chief Cabinet Secretary told reporters the visit was "incompatible with Japan's position on the Northern Territories and extremely regrettable," adding that a protest had been lodged through diplomatic channels.

Shikotan is one of four islands — along with Iturup, Kunashir and the Habomai islets — that Soviet forces seized in the final days of the war. The dispute has prevented the two countries from signing a formal peace treaty.

Moscow halted negotiations on such a treaty in March 2022 in response to Japanese sanctions over Ukraine. Visits by senior Russian officials to the islands have since continued, each drawing a formal Japanese protest.
"""))

# --------------------------------------------------------------------------- restatement: Japan urges Russia to allow grave visits
A.append(dict(
    feed="harbourline-en", lang="en", published="2024-11-14T07:45:00Z",
    author="Daniel Okafor",
    title="Tokyo to keep pressing Moscow on grave visits for elderly former islanders",
    summary="Japan's foreign minister told parliament the government would continue to urge Russia to allow former residents of the disputed islands to visit family graves, but offered no timetable.",
    label="restatement",
    note="Restatement, REQUESTED move (en): 'continue to urge Russia to allow' grave visits; the visits remain stopped - seeds 001/003 (exchanges and the 1999 former-residents' visits terminated). No response or decision reported.",
    body="""TOKYO — Japan will keep urging Russia to allow elderly former residents of the Russian-held islands off Hokkaido to visit their ancestors' graves, Foreign Minister Takeshi Iwaya told parliament on Thursday, while conceding that Moscow has shown no willingness to do so.

"We will continue to strongly request that the Russian side allow grave visits, which we regard as the top priority among the exchange programmes," Iwaya told the lower house foreign affairs committee in response to a question from a Hokkaido lawmaker.

Asked whether there had been any recent contact on the issue, the minister said requests had been conveyed "through various channels," but declined to give details, citing the nature of diplomatic exchanges.

The programmes, under which Japanese citizens including former islanders travelled without visas to the four islands Japan calls the Northern Territories, were terminated by Moscow in March 2022 in retaliation for Japanese sanctions over the war in Ukraine. Russia also said at the time it would not continue peace treaty negotiations.

About 5,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive, with an average age of nearly 89, according to the League of Residents of Chishima and Habomai Islands.

"Every year we wait, fewer of us remain," the league's chairman said in a statement after the committee session. "We ask the government to leave no stone unturned."
"""))
