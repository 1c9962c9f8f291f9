"""blind51 articles, 2027."""

ARTICLES = [
    # ------------------------------------------------------------------ b51-42  negated deployment
    {
        "id": "b51-42", "feed": "gunwale-wire", "lang": "en",
        "published": "2027-02-16T06:00:00Z",
        "title": "Japan says it has no sign of new Russian missiles on Shikotan",
        "summary": "A defence ministry official said Tokyo could not confirm a Russian military "
                   "blogger's claim that new launchers had been moved to the island.",
        "label": "restatement",
        "note": "Questioned/negated move: an unconfirmed claim that Japan says it cannot confirm; "
                "Russia silent. Only Japan's known position is restated. Nothing happened.",
        "author": "Aya Morikawa", "section": "Defence",
        "body": [
            "TOKYO, Feb 16 (Gunwale Wire) - Japan's defence ministry said on Tuesday it had no "
            "information confirming a claim by a Russian military blogger that new coastal missile "
            "launchers had been shipped to Shikotan, one of the islands off Hokkaido claimed by "
            "Japan.",
            "\"We are aware of the posting, but we have no information that would confirm such a "
            "deployment,\" a ministry official told reporters. \"We will continue to watch Russian "
            "military activity in the Northern Territories closely.\"",
            "The blogger, who has about 200,000 followers on Telegram, posted photographs of "
            "military trucks on a pier, without saying where or when they were taken. Russia's "
            "defence ministry did not comment.",
            "Japan regards any build-up of Russian forces on the islands as incompatible with its "
            "position that they are Japanese territory. Russia says its sovereignty over the "
            "islands, which Soviet troops seized in 1945, is beyond question.",
            "(Reporting by Aya Morikawa; Editing by Ted Blythe)",
        ],
    },
    # ------------------------------------------------------------------ b51-43  Sea of Japan drills
    {
        "id": "b51-43", "feed": "rubka-ru", "lang": "ru",
        "published": "2027-03-18T04:00:00Z",
        "title": "ТОФ предупредил о стрельбах в Японском море",
        "summary": "Районы в заливе Петра Великого будут закрыты для плавания с 22 по 26 марта.",
        "label": "off_topic",
        "note": "Look-alike notice: Pacific Fleet firing drills in the Sea of Japan off Primorye, "
                "nowhere near the Kurils.",
        "author": "Рубка", "section": "Армия",
        "body": [
            "Гидрографическая служба Тихоокеанского флота опубликовала навигационные предупреждения о "
            "проведении артиллерийских стрельб в Японском море. С 22 по 26 марта для плавания будут "
            "закрыты несколько районов в заливе Петра Великого, в том числе южнее острова Аскольд.",
            "Стрельбы проведут экипажи кораблей Приморской флотилии разнородных сил в рамках "
            "плановой боевой подготовки. Мореплавателям рекомендовано заблаговременно ознакомиться с "
            "координатами районов.",
            "Подобные предупреждения публикуются регулярно. Японская сторона, как правило, получает "
            "их через систему навигационной информации NAVAREA XI.",
            'Ранее в марте флот уже проводил стрельбы в районе острова Русский. В апреле в Японском море также запланированы учения корабельной ударной группы с отработкой противовоздушной обороны.',
            'Навигационные предупреждения публикуются на сайте Гидрографической службы и передаются по радио на частотах службы НАВТЕКС.',
        ],
    },
    # ------------------------------------------------------------------ b51-44  G3 first (JA)
    {
        "id": "b51-44", "feed": "isoshio-ja", "lang": "ja",
        "published": "2027-03-30T02:00:00Z",
        "title": "ロシア軍、歯舞群島周辺で射撃訓練を通告　4月8〜11日　政府が抗議",
        "summary": "第1管区海上保安本部は、ロシア軍が北方領土・歯舞群島周辺の海域で4月8〜11日に射撃訓練を"
                   "行うと通告してきたとして航行警報を出した。同群島周辺での通告は初めて。",
        "label": "new_development", "group": "g-habomai-drills-notice",
        "new_facts": ["ロシア軍が歯舞群島周辺の海域で4月8〜11日に射撃訓練を行うと通告（同群島周辺では初）、"
                      "日本政府が抗議"],
        "must_mention": [["射撃訓練", "訓練"], ["歯舞"]],
        "note": "G3 first report, Japanese. New area (Habomai), dates 8-11 April 2027.",
        "author": "根室支局", "section": "北方領土",
        "body": [
            "第1管区海上保安本部（小樽）は29日、ロシア軍が北方領土・歯舞群島周辺の海域で4月8日から"
            "11日まで射撃訓練を実施すると通告してきたとして、航行警報を出した。海保によると、歯舞群島"
            "周辺の海域を対象とした射撃訓練の通告は、確認できる範囲で初めて。",
            "訓練区域は水晶島や秋勇留島の南側を含む海域で、根室半島の納沙布岬から最短で約10キロ。"
            "実施時間は各日午前9時から午後6時まで（日本時間）としている。",
            "外務省は30日、「北方四島におけるロシア軍の軍備強化につながるもので、わが国の立場と"
            "相いれない」として、外交ルートを通じてロシア側に抗議した。",
            "訓練区域の周辺は、根室の漁船がコンブやウニの漁をする海域に近い。歯舞漁協の関係者は"
            "「こんな目と鼻の先で撃つなんて。春の漁が始まる時期なのに、不安で仕方がない」と話した。",
        ],
    },
    # ------------------------------------------------------------------ b51-45  G3 (EN wire)
    {
        "id": "b51-45", "feed": "gunwale-wire", "lang": "en",
        "published": "2027-03-30T07:30:00Z",
        "title": "Russia notifies live-fire drills around Habomai islets near Hokkaido, Japan protests",
        "summary": "The notice, for April 8-11, is the first to cover the waters around the small "
                   "islets just off Cape Nosappu, Japan's coast guard said.",
        "label": "new_development", "group": "g-habomai-drills-notice",
        "new_facts": ["Russia notified firing drills around the Habomai islets for April 8-11, "
                      "first such notice there; Japan protested"],
        "must_mention": [["drill", "firing"], ["habomai"]],
        "note": "G3, English wire.",
        "author": "Aya Morikawa", "section": "Defence",
        "body": [
            "TOKYO, March 30 (Gunwale Wire) - Russia's military has notified Japan that it will hold "
            "live-fire drills in waters around the Habomai islets off Hokkaido from April 8 to 11, "
            "the first such notice for the area, Japan's coast guard said, prompting a protest from "
            "Tokyo.",
            "The designated zone includes waters south of the islets of Suisho and Akiyuri, and at "
            "its closest point lies about 10 km from Cape Nosappu on the Hokkaido mainland, the coast "
            "guard said in a navigational warning.",
            "\"This would lead to a strengthening of the Russian military presence on the four "
            "northern islands and is incompatible with Japan's position,\" Japan's foreign ministry "
            "said, adding that it had lodged a protest through diplomatic channels.",
            "Russian forces have previously announced firing exercises near the larger islands of "
            "Kunashir and Iturup. The Habomai group, a string of small islets a few kilometres off "
            "Hokkaido, has a Russian border guard presence but no permanent civilian population.",
            "(Reporting by Aya Morikawa; Editing by Ted Blythe)",
        ],
    },
    # ------------------------------------------------------------------ b51-46  G3 (EN rewrite)
    {
        "id": "b51-46", "feed": "fogbell-en", "lang": "en",
        "published": "2027-03-31T00:30:00Z",
        "title": "Russia to hold firing drills near Habomai islets in first for area",
        "summary": "Nemuro fishermen voiced unease after the coast guard relayed Moscow's notice "
                   "of exercises from April 8 to 11.",
        "label": "new_development", "group": "g-habomai-drills-notice",
        "new_facts": ["Firing drills notified around Habomai for April 8-11 (same notice)"],
        "must_mention": [["drill", "firing"], ["habomai"]],
        "note": "G3, second English report (no new fact beyond b51-44/45).",
        "author": "Mika Tsunoda", "section": "National",
        "body": [
            "Russia plans to conduct live-fire drills around the Habomai islets, just off the "
            "eastern tip of Hokkaido, from April 8 to 11, according to a navigational warning issued "
            "by the Japan Coast Guard on Monday. It is the first time such a notice has covered "
            "the area.",
            "The Foreign Ministry lodged a protest with Moscow, saying the exercises were "
            "incompatible with Japan's position on the Northern Territories.",
            "In Nemuro, fishermen who harvest kelp and sea urchins near the line dividing Japanese "
            "and Russian-controlled waters said they were worried. \"They'll be firing right in "
            "front of our noses,\" said one member of the Habomai fishery cooperative.",
            "The coast guard urged vessels to stay clear of the designated zone during the drills.",
            'Russian forces have held firing exercises near the larger islands of Kunashir and Iturup in the past, and Japan has protested each time. The Habomai islets, a string of small islands a few kilometres off Cape Nosappu, have Russian border guard posts but no civilian population.',
            'Nemuro city officials said they would ask the coast guard to step up patrols near the median line while the drills are under way.',
        ],
    },
    # ------------------------------------------------------------------ b51-47  G3 follow-up (JA)
    {
        "id": "b51-47", "feed": "kitakaze-ja", "lang": "ja",
        "published": "2027-04-01T03:30:00Z",
        "title": "歯舞周辺の射撃訓練通告「既に抗議」　官房長官",
        "summary": "木原稔官房長官は、ロシア軍による歯舞群島周辺での射撃訓練の通告について、既に外交"
                   "ルートで抗議したと説明した。",
        "label": "new_development", "group": "g-habomai-drills-notice",
        "new_facts": ["(follow-up, no new fact) 官房長官が歯舞群島周辺の射撃訓練通告への抗議を改めて説明"],
        "must_mention": [["射撃訓練", "訓練"], ["歯舞"]],
        "note": "G3 follow-up: the Chief Cabinet Secretary repeats the protest already reported "
                "in b51-44. No new fact; must not produce a second alert.",
        "author": "北風通信", "section": "政治",
        "body": [
            "木原稔官房長官は1日の記者会見で、ロシア軍が北方領土・歯舞群島周辺の海域で4月8〜11日に"
            "射撃訓練を行うと通告したことについて「既に外交ルートを通じて抗議した。わが国の立場と"
            "相いれず、受け入れられない」と述べた。",
            "地元漁業者への影響については「海上保安庁が航行警報を出し、注意を呼び掛けている。関係"
            "機関と連携し、操業の安全確保に万全を期す」と語った。",
            '北方領土周辺でのロシア軍の訓練を巡っては、政府はこれまでも、その都度外交ルートで抗議してきた。今回の訓練区域は根室半島に近く、地元の漁業関係者の間では不安が広がっている。',
            '官房長官は「引き続きロシア軍の動向を注視していく」とも述べた。',
        ],
    },
    # ------------------------------------------------------------------ b51-48  G4 first (RU)
    {
        "id": "b51-48", "feed": "shtorm-ru", "lang": "ru",
        "published": "2027-04-06T05:00:00Z",
        "title": "ТОФ уточнил район и сроки стрельб у Малой Курильской гряды",
        "summary": "Гидрографическая служба флота опубликовала новое навигационное предупреждение.",
        "label": "new_development", "group": "g-habomai-drills-extended",
        "new_facts": ["The Habomai firing drills were extended to 18 April and the zone widened to "
                      "waters south of Shikotan (new navigational warning)"],
        "must_mention": [["18 апреля", "продл"], ["шикотан"]],
        "note": "G4 first report, Russian; the new dates and new area appear only in the body. "
                "Distinct from G3 (which named 8-11 April and the Habomai area only).",
        "author": "Игорь Полозов", "section": "Курилы",
        "body": [
            "Гидрографическая служба Тихоокеанского флота опубликовала новое навигационное "
            "предупреждение, которое заменяет выпущенное в конце марта.",
            "Согласно документу, артиллерийские стрельбы в районе Малой Курильской гряды, ранее "
            "объявленные на 8–11 апреля, продлены до 18 апреля включительно. Кроме того, в район "
            "стрельб дополнительно включена акватория к югу от острова Шикотан, примерно в 15 милях "
            "от побережья.",
            "Мореплавателям и рыбакам рекомендовано не заходить в закрытые районы с 9:00 до 18:00 "
            "по местному времени. В пресс-службе флота пояснили, что стрельбы проводятся в рамках "
            "плановой боевой подготовки береговых войск.",
            "Японская сторона ранее выразила протест в связи с проведением учений у Малой "
            "Курильской гряды, которую в Японии называют островами Хабомаи.",
            'Малая Курильская гряда включает острова Танфильева, Юрий, Анучина, Зелёный, Полонского и ряд мелких островов и скал. Постоянного гражданского населения на них нет, на нескольких островах расположены пограничные заставы.',
        ],
        "comments": [
            ("Шикотанец", "Опять катер на Крабозаводское отменят из-за стрельб..."),
        ],
    },
    # ------------------------------------------------------------------ b51-49  G4 (JA)
    {
        "id": "b51-49", "feed": "isoshio-ja", "lang": "ja",
        "published": "2027-04-07T02:00:00Z",
        "title": "射撃訓練を18日まで延長　色丹島南方の海域も追加　ロシアが再通告",
        "summary": "ロシア軍は歯舞群島周辺での射撃訓練の期間を4月18日まで延長し、色丹島南方の海域を訓練"
                   "区域に加えると再通告した。政府は改めて抗議した。",
        "label": "new_development", "group": "g-habomai-drills-extended",
        "new_facts": ["射撃訓練の期間を4月18日まで延長、色丹島南方の海域を区域に追加（再通告）、政府が再度抗議"],
        "must_mention": [["延長", "18日"], ["色丹"]],
        "note": "G4, Japanese report.",
        "author": "根室支局", "section": "北方領土",
        "body": [
            "第1管区海上保安本部は6日、ロシア軍が北方領土・歯舞群島周辺の海域で予定している射撃訓練に"
            "ついて、期間を当初の4月8〜11日から18日まで延長し、色丹島南方の海域を新たに訓練区域に"
            "加えると再通告してきたとして、航行警報を更新した。",
            "追加された区域は色丹島の南約15カイリ付近の太平洋上で、根室の漁船がタラなどを漁獲する"
            "海域に近いという。",
            "外務省は同日、外交ルートを通じてロシア側に改めて抗議した。",
            "歯舞漁協の関係者は「期間が2倍以上に延びた。漁の計画を立て直さなければならない」と"
            "戸惑いを見せた。",
        ],
    },
    # ------------------------------------------------------------------ b51-50  G4 repeat notice (RU)
    {
        "id": "b51-50", "feed": "rubka-ru", "lang": "ru",
        "published": "2027-04-09T05:00:00Z",
        "title": "Стрельбы ТОФ у южных Курил проходят в объявленные сроки",
        "summary": "В штабе флота подтвердили, что изменений в районах и сроках стрельб нет.",
        "label": "new_development", "group": "g-habomai-drills-extended",
        "new_facts": ["(follow-up, no new fact) drills around the Lesser Kuril Ridge and south of "
                      "Shikotan run until 18 April as announced"],
        "must_mention": [["18 апреля"], ["шикотан"]],
        "note": "Successive notice that names no new area or dates: repeats G4 (b51-48). "
                "Must not produce a second alert.",
        "author": "Рубка", "section": "Армия",
        "body": [
            "Артиллерийские стрельбы Тихоокеанского флота в районе Малой Курильской гряды и к югу от "
            "острова Шикотан проходят в сроки, указанные в навигационном предупреждении, — до 18 "
            "апреля включительно. Об этом сообщили в штабе флота.",
            "«Изменений в районах и сроках нет, навигационное предупреждение переиздано без "
            "корректировок», — уточнили в пресс-службе. Стрельбы ведутся ежедневно с 9:00 до 18:00 "
            "по местному времени.",
            "Японская сторона ранее выразила протест в связи с учениями.",
            'В районе Малой Курильской гряды и южнее Шикотана рыбакам и капитанам маломерных судов рекомендовано соблюдать меры безопасности. Рейсы катера между Шикотаном и Кунаширом выполняются по обычному расписанию, сообщили в администрации Южно-Курильского округа.',
            'Стрельбы проводятся в рамках плановой боевой подготовки береговых войск флота.',
        ],
    },
    # ------------------------------------------------------------------ b51-51  G6 first (JA)
    {
        "id": "b51-51", "feed": "kitakaze-ja", "lang": "ja",
        "published": "2027-06-15T03:00:00Z",
        "title": "多楽島で墓参、ロシアが「今回限り」容認　元島民ら9人、8月下旬",
        "summary": "政府は、北方領土・歯舞群島の多楽島での元島民らによる墓参について、ロシア側が"
                   "「今回限りの例外的措置」として受け入れると回答したと発表した。",
        "label": "status_change", "group": "g-taraku-grave-visit",
        "new_facts": ["ロシアが元島民ら9人の多楽島での墓参を「今回限り」受け入れ（8月24日予定）。"
                      "2022年のビザなし交流・自由訪問停止後、元島民の上陸は初めて"],
        "must_mention": [["多楽"], ["墓参"]],
        "note": "G6 status_change, first reported in Japanese. Old state (seeds 000/001/003): "
                "visa-free trips and 1999 former-residents visits terminated in March 2022. "
                "New state: one-off visit allowed (in-between state 'once only').",
        "author": "北風通信", "section": "政治",
        "body": [
            "政府は15日、北方領土・歯舞群島の多楽島にある日本人墓地への元島民らによる墓参について、"
            "ロシア側が「今回限りの例外的な措置」として受け入れると外交ルートを通じて回答してきたと"
            "発表した。ロシアが2022年3月にビザなし交流と元島民の自由訪問を停止して以降、元島民が"
            "四島に上陸するのは初めてとなる。",
            "墓参団は多楽島出身の元島民とその家族ら9人。8月24日に根室港を船で出発し、日帰りで墓地を"
            "訪れる予定。旅券や査証は使わず、従来の北方墓参と同様に身分証明書で入域する枠組みで"
            "調整している。",
            "ロシア側は「人道的観点からの一度限りの措置であり、交流事業の再開を意味するものではない」"
            "としている。",
            "木原稔官房長官は記者会見で「元島民の切実な思いに応えるもので、歓迎する。四島交流等事業"
            "全体の再開を引き続き求めていく」と述べた。千島歯舞諸島居住者連盟の理事長は「待ちに待った"
            "知らせ。参加できない多くの元島民の思いも背負って行ってきてほしい」と話した。",
        ],
    },
    # ------------------------------------------------------------------ b51-52  G6 (EN)
    {
        "id": "b51-52", "feed": "fogbell-en", "lang": "en",
        "published": "2027-06-16T01:00:00Z",
        "title": "Russia allows one-off grave visit by former islanders to Taraku",
        "summary": "Nine former residents and relatives will land on the Habomai islet in late August, "
                   "the first such visit since Moscow ended exchanges in 2022.",
        "label": "status_change", "group": "g-taraku-grave-visit",
        "new_facts": ["One-off grave visit to Taraku island by nine former residents allowed by "
                      "Russia, first landing since visits ended in 2022"],
        "must_mention": [["taraku", "polonsky"], ["grave", "former resident", "former island"]],
        "note": "G6, English report.",
        "author": "Mika Tsunoda", "section": "National / Politics",
        "body": [
            "Russia has agreed to let a group of Japanese former residents visit family graves on "
            "Taraku, one of the Habomai islets off Hokkaido, in what it called a \"one-time, "
            "exceptional\" humanitarian gesture, the government said Tuesday.",
            "Nine former islanders and relatives are to sail from Nemuro on Aug. 24 for a day trip "
            "to the Japanese cemetery on the islet. They will travel with identity certificates "
            "rather than passports and visas, as in past grave visits, officials said.",
            "It will be the first time former residents set foot on any of the four islands since "
            "March 2022, when Russia ended visa-free travel and simplified visits by former "
            "residents in response to Japan's sanctions.",
            "Moscow stressed that the permission did not mean a resumption of the exchange "
            "programmes. Chief Cabinet Secretary Minoru Kihara welcomed the decision and said Tokyo "
            "would keep seeking a full resumption.",
        ],
    },
    # ------------------------------------------------------------------ b51-53  G6 (EN copy)
    {
        "id": "b51-53", "feed": "hollyford-en", "lang": "en",
        "published": "2027-06-16T06:00:00Z",
        "title": "Former Japanese islanders to visit graves on Russian-held islet, once",
        "summary": "Moscow called the August trip to Taraku a one-time exception.",
        "label": "status_change", "group": "g-taraku-grave-visit",
        "new_facts": ["One-off grave visit to Taraku allowed (syndicated copy)"],
        "must_mention": [["taraku", "polonsky"], ["grave", "former resident", "former island"]],
        "note": "G6, syndicated copy; should attach, not alert again.",
        "author": "Courier wire services", "section": "World",
        "body": [
            "TOKYO - Russia has agreed to let nine Japanese former residents and relatives visit "
            "family graves on Taraku, one of the Habomai islets off Hokkaido, in late August, "
            "Japan's government said.",
            "Moscow called the permission a \"one-time, exceptional\" humanitarian measure that "
            "does not mean a resumption of exchange programmes it ended in March 2022.",
            "It will be the first time former residents have set foot on any of the four disputed "
            "islands since then.",
            'Russia ended visa-free travel and simplified visits by former residents in March 2022 in response to Japanese sanctions over Ukraine. It also walked out of peace treaty talks.',
            'The nine will travel with identity certificates rather than passports and visas, officials said.',
        ],
        "comments": [
            ("K. Ashworth", "Small mercies. Hope the weather holds for them."),
        ],
    },
    # ------------------------------------------------------------------ b51-54  G6 (RU)
    {
        "id": "b51-54", "feed": "shtorm-ru", "lang": "ru",
        "published": "2027-06-17T04:00:00Z",
        "title": "Бывшим японским жителям разрешили однократно посетить остров Полонского",
        "summary": "Поездка на кладбище на острове Малой Курильской гряды запланирована на конец "
                   "августа.",
        "label": "status_change", "group": "g-taraku-grave-visit",
        "new_facts": ["Russia allowed a one-time visit by former Japanese residents to the cemetery "
                      "on Polonsky (Taraku) island in late August"],
        "must_mention": [["полонского"], ["бывш", "кладбищ", "могил"]],
        "note": "G6, Russian report.",
        "author": "Ольга Кравец", "section": "Курилы",
        "body": [
            "Российская сторона в порядке исключения согласовала однократную поездку бывших японских "
            "жителей на остров Полонского Малой Курильской гряды для посещения расположенного там "
            "японского кладбища. Об этом «Шторму» сообщили в представительстве МИД России в "
            "Южно-Сахалинске.",
            "По данным дипломатов, группа из девяти человек прибудет на остров на судне из Немуро "
            "24 августа и проведёт там один день. «Решение принято исключительно из гуманитарных "
            "соображений. Речь не идёт о возобновлении безвизовых обменов», — подчеркнули в "
            "представительстве.",
            "Безвизовые обмены и упрощённые поездки бывших японских жителей на южные Курилы Россия "
            "прекратила в марте 2022 года в ответ на санкции Токио.",
            "На острове Полонского нет постоянного населения, там расположена застава пограничного "
            "управления.",
            'В Японии острова Малой Курильской гряды называют Хабомаи, а остров Полонского — Тараку. До 1945 года на острове было несколько рыбацких посёлков; японское кладбище сохранилось на его северном берегу.',
            'Сахалинские власти пока не комментировали предстоящую поездку.',
        ],
    },
    # ------------------------------------------------------------------ b51-55  Zakharova restatement
    {
        "id": "b51-55", "feed": "rubka-ru", "lang": "ru",
        "published": "2027-07-13T10:00:00Z",
        "title": "Захарова: переговоры о мирном договоре с Японией в нынешних условиях невозможны",
        "summary": "Официальный представитель МИД прокомментировала заявления японского премьера о "
                   "готовности к диалогу.",
        "label": "restatement",
        "note": "Restates seeds 000-004 (talks impossible while Tokyo keeps sanctions). No new fact.",
        "author": "Рубка", "section": "Политика",
        "body": [
            "Официальный представитель МИД России Мария Захарова заявила, что переговоры о мирном "
            "договоре с Японией в нынешних условиях невозможны. Так она прокомментировала слова "
            "японского премьер-министра о том, что Токио «готов к диалогу в любой момент».",
            "«Японские официальные лица регулярно говорят о готовности к диалогу, продолжая при этом "
            "вводить санкции и наращивать военную активность вместе с США у наших дальневосточных "
            "границ. Вести переговоры о фундаментальном документе о добрососедстве в такой ситуации "
            "невозможно», — сказала дипломат на брифинге.",
            "По её словам, позиция России остаётся неизменной: суверенитет страны над Курильскими "
            "островами не подлежит обсуждению, а ответственность за состояние двусторонних отношений "
            "полностью лежит на Токио.",
            "Россия прекратила переговоры о мирном договоре с Японией в марте 2022 года.",
            'Захарова также напомнила, что Москва не раз предлагала Токио «трезво оценить» последствия своей политики. «Пока японская сторона выбирает конфронтацию, предмета для серьёзного политического разговора нет», — заключила она.',
            'В Токио ранее заявляли, что курс на решение территориального вопроса и заключение мирного договора остаётся неизменным.',
        ],
    },
    # ------------------------------------------------------------------ b51-56  G7 first (RU)
    {
        "id": "b51-56", "feed": "rubka-ru", "lang": "ru",
        "published": "2027-08-10T06:00:00Z",
        "title": "МИД России отозвал согласие на поездку японцев на остров Полонского",
        "summary": "Однократное посещение кладбища бывшими японскими жителями, запланированное на "
                   "24 августа, не состоится.",
        "label": "status_change", "group": "g-taraku-visit-revoked",
        "new_facts": ["Russia withdrew its consent for the one-off 24 August visit by former "
                      "Japanese residents to Polonsky (Taraku) island"],
        "must_mention": [["полонского"], ["отозва", "отмен", "не состоится"]],
        "note": "G7 status_change, first reported in Russian: allowed once (G6) -> withdrawn.",
        "author": "Рубка", "section": "Политика",
        "body": [
            "Российская сторона отозвала согласие на однократную поездку бывших японских жителей на "
            "остров Полонского Малой Курильской гряды, запланированную на 24 августа. Об этом "
            "«Рубке» сообщили в МИД России.",
            "Японскому посольству в Москве направлена соответствующая нота. В ведомстве объяснили "
            "решение «проведением в районе Малой Курильской гряды мероприятий боевой подготовки», а "
            "также «очередными недружественными шагами Токио», в том числе новым пакетом санкций.",
            "Согласие на поездку было дано в июне в порядке исключения, из гуманитарных "
            "соображений. Группа из девяти человек должна была посетить японское кладбище на острове.",
            "Безвизовые обмены и упрощённые поездки бывших жителей на южные Курилы Россия "
            "прекратила в марте 2022 года.",
            'Японская сторона, по имеющимся данным, уже выразила сожаление в связи с решением российской стороны.',
            'Остров Полонского входит в Малую Курильскую гряду; в Японии его называют Тараку. Постоянного населения на острове нет.',
        ],
    },
    # ------------------------------------------------------------------ b51-57  G7 (JA)
    {
        "id": "b51-57", "feed": "isoshio-ja", "lang": "ja",
        "published": "2027-08-10T09:00:00Z",
        "title": "多楽島墓参、ロシアが受け入れ撤回　出発2週間前に通告",
        "summary": "ロシア側が「今回限り」として認めていた元島民らの多楽島での墓参について、受け入れを"
                   "撤回すると日本側に通告した。",
        "label": "status_change", "group": "g-taraku-visit-revoked",
        "new_facts": ["ロシアが多楽島墓参（8月24日予定）の受け入れを撤回"],
        "must_mention": [["多楽"], ["撤回"]],
        "note": "G7, Japanese report.",
        "author": "根室支局", "section": "北方領土",
        "body": [
            "政府関係者によると、ロシア側は10日、8月24日に予定していた元島民らによる北方領土・"
            "歯舞群島の多楽島での墓参について、受け入れを撤回すると口上書で通告してきた。周辺での"
            "軍の訓練と日本の追加制裁を理由に挙げているという。",
            "墓参はロシア側が6月、「今回限りの例外的措置」として認めていた。参加予定だった元島民"
            "（87）は「両親の墓に花を手向けるのを楽しみにしていたのに。悔しくてならない」と肩を"
            "落とした。",
            "外務省は「極めて遺憾だ」として、ロシア側に受け入れの撤回を再考するよう求めた。",
            "根室市の市長は「元島民の願いを政治の道具にすることは許されない」とのコメントを出した。",
        ],
    },
    # ------------------------------------------------------------------ b51-58  G7 (EN)
    {
        "id": "b51-58", "feed": "gunwale-wire", "lang": "en",
        "published": "2027-08-11T01:00:00Z",
        "title": "Russia cancels former Japanese islanders' grave visit two weeks before trip",
        "summary": "Moscow withdrew its consent for the Aug. 24 visit to Taraku, citing military "
                   "training and new Japanese sanctions.",
        "label": "status_change", "group": "g-taraku-visit-revoked",
        "new_facts": ["Russia withdrew consent for the Aug 24 Taraku grave visit"],
        "must_mention": [["taraku", "polonsky"], ["withdr", "revok", "cancel"]],
        "note": "G7, English wire.",
        "author": "Gleb Ostrov", "section": "Asia-Pacific",
        "body": [
            "MOSCOW/TOKYO, Aug 11 (Gunwale Wire) - Russia has withdrawn its permission for a group "
            "of Japanese former island residents to visit family graves on Taraku, a Russian-held "
            "islet off Hokkaido, two weeks before the planned trip, officials on both sides said.",
            "Russia's foreign ministry said in a note to the Japanese embassy that the Aug. 24 visit "
            "could not take place because of military training in the area and \"further unfriendly "
            "steps\" by Tokyo, including a new package of sanctions.",
            "Moscow had agreed in June to the one-day visit by nine former residents and relatives "
            "as a one-time humanitarian exception. It would have been the first landing by former "
            "residents since Russia ended exchange visits in 2022.",
            "Japan's foreign ministry called the decision \"extremely regrettable\" and asked Moscow "
            "to reconsider.",
            "(Reporting by Gleb Ostrov and Aya Morikawa; Editing by Ted Blythe)",
        ],
    },
]
