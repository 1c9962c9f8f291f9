# -*- coding: utf-8 -*-
"""blind39 articles, 2026."""

ARTICLES = [
# ---------------------------------------------------------------- 046
dict(
    id="b39-046", feed="iturup-press-ru", lang="ru", published="2026-01-20T02:40:00Z",
    title="В Госдуме допустили заморозку диалога с Японией в случае размещения ракет США",
    summary="Депутат считает, что продолжение консультаций по мирному договору потеряет смысл, если Токио разместит у себя американские ракеты средней дальности.",
    label="restatement",
    note="Conditional move ('если', 'может') by a deputy, no decision. Restates seed 002 (Russia fears US bases/missiles) and the g1 state (talks resumed in Abu Dhabi).",
    byline="Редакция", views=1630, tags=["Япония", "Госдума", "Мирный договор"],
    comments_html="<div class='c'><b>Курильчанин</b><p>Правильно. Какой диалог, если ракеты под носом.</p></div>",
    body=[
        "Продолжение российско-японских консультаций по мирному договору потеряет смысл, если Токио согласится на размещение на своей территории американских ракет средней дальности. Такое мнение высказал член комитета Госдумы по международным делам Дмитрий Корсаков.",
        "«Если японская сторона пойдёт на размещение американских ракетных систем, говорить о каком-либо добрососедстве и мирном договоре будет невозможно. В таком случае диалог может быть заморожен», — сказал депутат в интервью региональным СМИ в Южно-Сахалинске.",
        "При этом парламентарий подчеркнул, что решение о судьбе консультаций принимает МИД. В министерстве иностранных дел заявление депутата не комментировали.",
        "В прошлом году США разместили в Японии на время учений ракетный комплекс средней дальности Typhon. В Москве тогда предупредили, что примут «ответные меры».",
        "В сентябре прошлого года Россия и Япония на консультациях в Абу-Даби договорились о возобновлении переговоров по мирному договору, прерванных в 2022 году. Следующий раунд должен пройти в Москве, его сроки пока не определены.",
        "Москва неоднократно выражала опасения, что в случае передачи островов Японии на них могут появиться американские военные объекты.",
    ],
),
# ---------------------------------------------------------------- 047
dict(
    id="b39-047", feed="chitose-ja", lang="ja", published="2026-02-07T06:00:00Z",
    title="「北方領土の日」全国大会　高市首相「交渉を通じて解決」",
    summary="高市首相は全国大会で、昨年再開した平和条約締結交渉を通じて領土問題の解決を目指す考えを示した。",
    label="restatement",
    note="Occasion piece (Northern Territories Day 2026): restates seed 002 (Japan's goal) and the already-reported g1 resumption; request for grave visits = wished-for.",
    body=[
        "「北方領土の日」の7日、東京都内で北方領土返還要求全国大会が開かれ、高市早苗首相があいさつした。首相は「昨年再開された平和条約締結交渉を通じて、領土問題を解決し、平和条約を締結するとの方針の下、粘り強く取り組む」と述べた。",
        "首相は北方墓参などの事業についても「元島民の皆さまがご高齢となるなか、一日も早い再開を強く求めていく」と語った。",
        "大会には元島民ら約900人が参加した。元島民の男性（87）は「交渉が再開されたのはうれしいが、私たちには時間がない。まずは墓参りだけでも実現してほしい」と話した。",
        "大会では、四島の早期返還と元島民の墓参の再開を求めるアピールを採択した。返還運動の関係者からは「交渉の中身が見えない。元島民の声を交渉に反映してほしい」との注文も出た。",
        "日ロは昨年9月、アブダビでの次官級協議で交渉の再開で一致したが、モスクワで開くとしていた次回協議の日程はまだ決まっていない。",
    ],
),
# ---------------------------------------------------------------- 048  G2 first
dict(
    id="b39-048", feed="traverz-ru", lang="ru", published="2026-03-04T10:30:00Z",
    title="Москва взяла паузу в консультациях с Токио по мирному договору",
    summary="Российская сторона сочла нецелесообразным проведение в Москве очередного раунда консультаций с Японией по проблематике мирного договора.",
    label="status_change", group="g2-talks-paused",
    new_facts=["МИД России (4 марта 2026 г.) объявил, что Москва берёт паузу в консультациях с Японией по мирному договору, возобновлённых в Абу-Даби, и счёл нецелесообразным московский раунд — из-за нового пакета японских санкций"],
    must_mention=[["пауз", "приостанов"], ["консультац", "переговор"]],
    note="First report of g2, status change resumed (g1) -> paused, phrased positively in officialese ('взяла паузу', 'сочла нецелесообразным') - no 'приостановил' / 'прекратил'. The quote's 'возобновление ... возможно' is a trap.",
    section="Политика",
    body=[
        "МОСКВА, 4 марта. /ИА «Траверз»/. Российская сторона сочла нецелесообразным проведение в Москве очередного раунда консультаций с Японией по проблематике мирного договора. Об этом говорится в комментарии Департамента информации и печати МИД России.",
        "«С учётом принятого японским правительством 27 февраля очередного пакета односторонних ограничительных мер российская сторона сочла нецелесообразным проведение в Москве очередного раунда консультаций по проблематике мирного договора и взяла паузу в переговорном процессе по данной тематике», — говорится в документе.",
        "«Возобновление диалога будет возможно лишь тогда, когда Токио на деле продемонстрирует готовность к выстраиванию отношений на основе взаимного уважения. Ответственность за происходящее целиком лежит на японской стороне», — отмечается в комментарии.",
        "Соответствующая позиция доведена до сведения посольства Японии в Москве.",
        "Россия и Япония договорились о возобновлении переговоров по мирному договору 30 сентября 2025 года на консультациях заместителей министров иностранных дел в Абу-Даби. Следующий раунд планировалось провести в Москве. До этого Москва с марта 2022 года отказывалась от продолжения переговоров из-за японских санкций.",
    ],
),
# ---------------------------------------------------------------- 049  G2 ja
dict(
    id="b39-049", feed="kanryu-ja", lang="ja", published="2026-03-05T02:20:00Z",
    title="ロシア、平和条約交渉を「一時停止」　モスクワでの次回協議見送り　追加制裁に反発",
    summary="ロシア外務省は、日本の追加制裁を理由に、昨年9月に再開した平和条約締結交渉を一時停止し、モスクワで予定していた次回協議を見送ると発表した。",
    label="status_change", group="g2-talks-paused",
    new_facts=["ロシア外務省が3月4日、日本の追加制裁を理由に、昨年9月にアブダビで再開した平和条約締結交渉を一時停止し、モスクワでの次回協議を見送ると発表"],
    must_mention=[["停止", "見送"], ["交渉", "協議"]],
    note="Second report of g2 (Japanese).",
    body=[
        "ロシア外務省は4日、日本政府が2月27日に決めた対ロ追加制裁への対抗措置として、昨年9月にアブダビでの次官級協議で再開が決まった平和条約締結交渉について「交渉プロセスに休止期間を置く」とする報道官室の談話を発表した。モスクワで予定していた次回協議も「適切でない」として見送る。事実上の一時停止となる。",
        "談話は、交渉の再開は「日本が相互尊重に基づく関係構築への用意を行動で示したときにのみ可能となる」としている。",
        "木原稔官房長官は5日の記者会見で「極めて遺憾だ。制裁はロシアのウクライナ侵略を止めるためのもので、ロシアの対応は責任を日本側に転嫁するものであり、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。",
        "ロシアは2022年3月に日本の対ロ制裁を理由に平和条約交渉を継続しないと表明。日ロは昨年9月、約3年半ぶりに交渉を再開することで一致していた。",
        "根室市の元島民からは「ようやく動き出したと思ったのに」と落胆の声が上がった。",
    ],
),
# ---------------------------------------------------------------- 050  G2 en
dict(
    id="b39-050", feed="sturgeon-en", lang="en", published="2026-03-06T03:45:00Z",
    title="Russia puts revived peace treaty talks with Japan on hold over new sanctions",
    summary="Moscow called off the next round of negotiations due in Moscow, five months after the two sides agreed in Abu Dhabi to resume talks.",
    label="status_change", group="g2-talks-paused",
    new_facts=["Russia paused (March 4, 2026) the peace treaty talks resumed in Abu Dhabi in September 2025 and called off the planned Moscow round, citing Japan's new sanctions package"],
    must_mention=[["pause", "on hold", "suspend", "halt"], ["talks", "negotiat"]],
    note="Third report of g2 (English).",
    section="Japan", byline="Dispatch reporters in Tokyo and Moscow", tags=["Japan", "Russia", "Kuril Islands"],
    caption="Russia's Foreign Ministry building in Moscow. File photo.",
    body=[
        "TOKYO/MOSCOW - Russia has put its revived peace treaty negotiations with Japan on hold and called off a round of talks planned in Moscow, citing a new package of Japanese sanctions, only five months after the two countries agreed to resume the dialogue.",
        "Russia's Foreign Ministry said on Wednesday it had \"taken a pause in the negotiating process\" and considered holding the Moscow round \"inappropriate\" after Japan adopted additional restrictions on Feb. 27. Talks could resume only when Tokyo showed \"in deeds\" that it was ready for relations based on mutual respect, it said.",
        "Chief Cabinet Secretary Minoru Kihara called the move \"extremely regrettable\" and said Japan had protested. Japan's sanctions were aimed at stopping Russia's war in Ukraine, he said.",
        "Japan and Russia agreed at vice-ministerial talks in Abu Dhabi on Sept. 30 last year to resume negotiations on a peace treaty that Moscow had refused to continue since March 2022. The dispute over four islands off Hokkaido, seized by Soviet forces in 1945, has prevented the countries from signing a treaty formally ending World War II hostilities.",
    ],
),
# ---------------------------------------------------------------- 051
dict(
    id="b39-051", feed="chitose-ja", lang="ja", published="2026-03-09T08:00:00Z",
    title="茂木外相「対話の扉は閉ざさない」　平和条約交渉の再開働きかけへ",
    summary="茂木外相は参院予算委員会で、ロシアが一時停止した平和条約締結交渉の再開に向けて粘り強く働きかける考えを示した。",
    label="restatement",
    note="Requested/wished-for move by a new speaker (FM Motegi): restates seed 002 (Japan steadfast on treaty) and the already-reported g2 pause. No new fact.",
    meta=False,
    body=[
        "茂木敏充外相は9日の参院予算委員会で、ロシアが平和条約締結交渉を一時停止すると発表したことについて「日本として対話の扉を閉ざすことはない。交渉の再開に向けて粘り強く働きかけていく」と述べた。",
        "一方で、対ロ制裁については「G7と連携して維持する」との立場を改めて示し、交渉再開のために制裁を緩和する考えはないと強調した。",
        "野党議員は「再開から半年もたたずに止まった。交渉再開を成果として打ち出したのは早計だったのではないか」と追及した。茂木氏は「領土問題を解決して平和条約を締結するという方針に変わりはない」と答えた。",
        "政府内では、ロシア側が交渉の停止を日本への揺さぶりに使っているとの見方が強い。外務省幹部は「相手の出方を見極めつつ、元島民の墓参など人道的な事業を切り離して求めていく」と話す。",
        "ロシア外務省は4日、日本の追加制裁を理由に「交渉プロセスに休止期間を置く」と発表していた。",
    ],
),
# ---------------------------------------------------------------- 052
dict(
    id="b39-052", feed="longreach-en", lang="en", published="2026-04-14T05:00:00Z",
    title="The last islanders: annual tally shows fewer than 4,900 former residents alive",
    summary="The figure, published each spring, charts how little time is left for a generation that remembers the four islands.",
    label="restatement",
    note="Annual statistic/background piece: restates seed 000/003 (visa-free trips terminated 2022) and the already-reported g2 pause.",
    kicker="Japan", byline="By Akiko Mori", readtime=4,
    body=[
        "Every April the League of Residents of Chishima and Habomai Islands publishes a number. This year it is 4,870: the former residents of Iturup, Kunashir, Shikotan and the Habomai islets still alive as of March 31. Their average age is 89.6.",
        "When Soviet forces occupied the islands in 1945, about 17,000 Japanese lived there. By 1949 all had been moved to Japan.",
        "For most of the past three decades, former residents could return through grave visits and the visa-free exchanges agreed in 1991 and expanded in 1999. Those trips ended with the pandemic and were formally terminated by Russia in March 2022 in response to Japanese sanctions. They have not resumed.",
        "The brief revival of peace treaty talks last autumn raised hopes in Nemuro that visits might follow. Moscow's decision this March to pause the talks has dampened them. \"Every year the number is smaller, and every year we are told to wait,\" the League's deputy chairman said.",
    ],
),
# ---------------------------------------------------------------- 053
dict(
    id="b39-053", feed="vestnik-ru", lang="ru", published="2026-05-20T09:40:00Z",
    title="МИД опубликовал обзор внешнеполитической деятельности России за 2025 год",
    summary="В разделе о Японии отмечено, что в Абу-Даби была достигнута договорённость о возобновлении переговорного процесса по мирному договору.",
    label="restatement",
    note="Annual report restating known facts: the g1 Abu Dhabi agreement (already reported) and seed 001/004 (sovereignty not open to question; responsibility lies with Tokyo). Trap: 'договорённость о возобновлении'.",
    section="Россия", byline="Вестник Евразии",
    body=[
        "МИД России опубликовал ежегодный «Обзор внешнеполитической и дипломатической деятельности Российской Федерации» за 2025 год. Документ охватывает отношения со всеми регионами мира.",
        "В разделе, посвящённом Японии, отмечается, что отношения двух стран «продолжали испытывать негативное воздействие антироссийского курса Токио». Вместе с тем, говорится в обзоре, «30 сентября в Абу-Даби в ходе консультаций на уровне заместителей министров иностранных дел была достигнута договорённость о возобновлении переговорного процесса по проблематике мирного договора».",
        "В документе подчёркивается, что «суверенитет Российской Федерации над Курильскими островами закреплён в международно-правовых документах и не является предметом переговоров», а «ответственность за деградацию двусторонних связей целиком лежит на японской стороне».",
        "Отдельно в обзоре отмечается, что российская сторона «продолжала последовательную работу по социально-экономическому развитию Курильских островов», в том числе в рамках специального налогового режима.",
        "Обзор за 2025 год не отражает события текущего года, в том числе паузу в консультациях, объявленную российской стороной в марте.",
    ],
),
# ---------------------------------------------------------------- 054
dict(
    id="b39-054", feed="pennant-en", lang="en", published="2026-06-23T04:10:00Z",
    title="Russia's Pacific Fleet begins annual coastal defence drills, including on Kurils",
    summary="The exercises involve about 1,000 troops across Primorye, Sakhalin and the Kuril Islands.",
    label="neutral",
    note="Borderline: routine annual drills that include the islands; Japan's usual objection. Not clearly a new development.",
    section="World", byline="Pennant Bay Wire staff",
    body=[
        "MOSCOW, June 23 (Pennant Bay Wire) - Russia's Pacific Fleet began its annual summer coastal defence exercises on Tuesday, involving about 1,000 troops in Primorye, on Sakhalin and on the Kuril Islands, the Eastern Military District said.",
        "Units will practise repelling a simulated amphibious landing and firing coastal missile systems at sea targets, it said, without giving details of individual locations.",
        "Warships and aircraft of the fleet will also take part. Similar drills last year involved Bastion and Bal coastal missile launchers, which are deployed on Iturup and Kunashir.",
        "The Eastern Military District holds coastal defence training on the islands several times a year, and Japan's Defense Ministry monitors the activity. Officials in Tokyo said they had no information suggesting this year's drills differed in scale from previous ones.",
        "Japan has routinely objected to Russian military exercises on the islands it claims, saying they are incompatible with its position. There was no immediate comment from Tokyo.",
        "The drills are held every summer and are due to last until June 30.",
    ],
),
# ---------------------------------------------------------------- 055
dict(
    id="b39-055", feed="kanryu-ja", lang="ja", published="2026-07-15T06:30:00Z",
    title="ビザなし交流、停止から5年目の夏　えとぴりか、今年も洋上慰霊のみ",
    summary="ロシアが2022年にビザなし交流を停止して5年目の夏。根室港の交流船「えとぴりか」は今年も島に渡れず、洋上慰霊のみの運航となる。",
    label="restatement",
    note="Negated state ('再開の見通しは立っていない'): restates seed 000/001/003 (visa-free exchanges terminated March 2022) and the g2 pause. Sea memorial cruise outside territorial waters is routine since 2022.",
    body=[
        "北方四島との交流事業に使われてきた交流船「えとぴりか」が、今年も根室港に係留されたままの夏を迎えた。ロシアが2022年3月にビザなし交流と自由訪問の枠組みを一方的に停止してから5年目。今年も島への渡航は実現せず、島の沖合から故郷をしのぶ「洋上慰霊」のみの運航となる。",
        "洋上慰霊は8月下旬、国後島沖と歯舞群島沖の2回を予定している。元島民の高齢化で参加者は年々減っており、今年は計約60人の見込み。",
        "えとぴりかは2012年に就航し、ビザなし交流や北方墓参で四島との往来に使われてきた。現在は洋上慰霊のほか、道内の港での一般公開や研修などに活用されている。",
        "昨年9月に平和条約締結交渉の再開が決まった際には、根室市内で事業再開への期待が高まった。しかし、ロシアは今年3月に交渉の「休止」を発表し、交流事業の再開の見通しは立っていない。",
        "根室市の担当者は「船があっても島に渡れない。せめて洋上慰霊だけは続けたい」と話している。",
    ],
),
# ---------------------------------------------------------------- 056
dict(
    id="b39-056", feed="pennant-en", lang="en", published="2026-08-14T09:00:00Z",
    title="Tokyo police arrest man over paint attack on Russian embassy",
    summary="Moscow protested to Japan after red paint was thrown at the embassy gate.",
    label="off_topic",
    note="Look-alike: unrelated Japan-Russia news (embassy vandalism and a protest note) - no treaty or islands.",
    section="Asia", byline="Pennant Bay Wire staff",
    body=[
        "TOKYO, Aug 14 (Pennant Bay Wire) - Tokyo police on Friday arrested a 46-year-old man on suspicion of throwing red paint at the gate of the Russian embassy in the capital's Azabudai district, a police spokesman said.",
        "The man, an unemployed resident of Saitama prefecture, has admitted the act and told investigators he was protesting the war in Ukraine, the spokesman said.",
        "Russia's embassy said it had sent a note to Japan's Foreign Ministry demanding that Tokyo ensure the safety of Russian diplomatic missions under the Vienna Convention.",
        "A Foreign Ministry spokesman said Japan would take \"appropriate measures\" to protect diplomatic premises.",
        "It was the third incident at the embassy since 2022. Police have increased patrols around the compound.",
        "The embassy has been the site of frequent small protests since 2022. Relations between Tokyo and Moscow remain strained, with Japan maintaining sanctions coordinated with the Group of Seven.",
    ],
),
# ---------------------------------------------------------------- 057
dict(
    id="b39-057", feed="longreach-en", lang="en", published="2026-09-11T07:00:00Z",
    title="The week in North Pacific affairs: typhoons, tuna quotas and a ferry for the Kurils",
    summary="Our weekly round-up of news from the Sea of Japan to the Bering Sea.",
    label="neutral",
    note="Borderline digest: mentions the islands only in passing (a ferry order, the talks still on pause); no new development in the dispute.",
    kicker="Weekly round-up", byline="Longreach editors", readtime=4, meta=False,
    body=[
        "The remnants of a tropical storm brought record rain to eastern Hokkaido on Monday, cutting rail links between Kushiro and Nemuro for two days.",
        "At the Western and Central Pacific Fisheries Commission's northern committee, Japan and South Korea agreed to keep Pacific bluefin tuna catch limits unchanged for next year.",
        "On Sakhalin, the regional government said it had ordered a second passenger ferry for the Korsakov-Kurilsk-Yuzhno-Kurilsk route, due in 2028. Island residents have long complained about cancellations. Meanwhile in Tokyo, officials say there is still no date for resuming the peace treaty talks Moscow paused in March.",
        "South Korea's coast guard reported a drop in Chinese illegal fishing in the Yellow Sea, crediting joint patrols.",
        "In Vladivostok, the Eastern Economic Forum closed with a record number of signed agreements, organisers said, though few involved Asian investors beyond China.",
        "And in Alaska, Dutch Harbor's crab fleet prepares for a reopened snow crab season after three years of closures.",
    ],
),
# ---------------------------------------------------------------- 058
dict(
    id="b39-058", feed="longreach-en", lang="en", published="2026-10-19T05:30:00Z",
    title="Seventy years on, the 1956 declaration is still the only map both sides ever signed",
    summary="The Soviet-Japanese Joint Declaration ended the state of war but left the islands question unresolved. Its anniversary finds the talks paused again.",
    label="restatement",
    note="Anniversary/background piece: restates seed 004 (1956 declaration ended the state of war; no treaty), seed 000/003 (2018 acceleration; March 2022 halt) and the already-reported g1/g2.",
    kicker="History", byline="By Tom Whitlock", readtime=8, print_hed="The declaration at seventy",
    body=[
        "On October 19, 1956, in Moscow, Ichiro Hatoyama and Nikolai Bulganin signed a joint declaration that ended the state of war between Japan and the Soviet Union and restored diplomatic relations. Article 9 said the two countries would continue negotiations on a peace treaty, and that the Soviet Union would hand over Shikotan and the Habomai islets after one was concluded.",
        "Seventy years later, no treaty exists, and the promise in Article 9 remains the high-water mark of what Moscow has ever offered in writing.",
        "The declaration has been invoked at every turning point since. Mikhail Gorbachev avoided it; Boris Yeltsin and Morihiro Hosokawa built the 1993 Tokyo Declaration around all four islands; Vladimir Putin acknowledged its validity in 2001; and in Singapore in 2018 Putin and Shinzo Abe agreed to accelerate talks \"on the basis of\" it.",
        "Then came 2022. Moscow said it would not continue negotiations with a country that had sanctioned it. Last year's agreement in Abu Dhabi to resume talks was short-lived: in March Russia paused them again, citing new Japanese sanctions.",
        "Russian officials now describe what they were negotiating as a broad treaty on peace, friendship and good-neighbourliness rather than a document settling a border. Tokyo's position, that the territorial question must be resolved first, has not changed. The two descriptions of the same talks have never been further apart.",
    ],
),
# ---------------------------------------------------------------- 059
dict(
    id="b39-059", feed="iturup-press-ru", lang="ru", published="2026-11-17T03:20:00Z",
    title="В МИД заявили, что дверь для диалога с Японией по мирному договору остаётся открытой",
    summary="Пауза в консультациях не означает их прекращения, заявил директор департамента МИД.",
    label="restatement",
    note="Denial phrased positively ('дверь открыта', 'не означает прекращения'): no move; restates the g2 pause and seed 004 (condition: Tokyo abandons hostile policy).",
    byline="Редакция", views=980, tags=["Япония", "МИД", "Мирный договор"],
    body=[
        "Пауза в российско-японских консультациях по мирному договору не означает их прекращения, дверь для диалога остаётся открытой. Об этом заявил директор Второго департамента Азии МИД России Олег Сорокин в ходе визита в Южно-Сахалинск.",
        "«Мы не хлопали дверью. Пауза, объявленная в марте, — это реакция на конкретные действия японского правительства. Как только Токио откажется от недружественных шагов, мы будем готовы вернуться к работе», — сказал дипломат журналистам.",
        "При этом, по его словам, сроков возобновления консультаций «в настоящее время не просматривается», а позиция России по принадлежности Курильских островов «остаётся неизменной».",
        "Дипломат также напомнил, что Россия продолжает развивать Курилы и открыта для инвесторов «из дружественных стран».",
        "Сорокин также опроверг сообщения японских СМИ о якобы ведущихся «неформальных контактах» по линии МИД о возобновлении переговоров. «Никаких параллельных каналов нет. Всё, что мы хотим сказать японским партнёрам, мы говорим открыто», — подчеркнул он.",
        "В марте МИД России объявил о паузе в переговорном процессе с Японией по мирному договору после принятия Токио очередного пакета санкций.",
    ],
),
]
