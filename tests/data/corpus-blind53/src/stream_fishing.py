"""blind53 stream: the fishing week of January 2026 (two similar but distinct seizures)."""

S = []


def add(**kw):
    S.append(kw)


# ---------------------------------------------------------------- G1: Kaiko Maru No. 31 (first in Japanese)
G1_MM_JA = [["海晃丸", "国後"], ["拿捕"]]
G1_MM_RU = [["кайко", "кунашир"], ["задерж"]]
G1_MM_EN = [["kaiko", "kunashir"], ["seiz", "detain"]]
G1_FACT = "Rausu gillnetter Kaiko Maru No. 31 (4 crew) seized by Russian border guards off Kunashir (Cape Veslovsky, Nemuro Strait) on the evening of 26 January 2026 and taken to Yuzhno-Kurilsk"

add(id="b53-04", feed="hamanami-ja", lang="ja", published="2026-01-27T03:40:00Z",
    title="羅臼の漁船「第31海晃丸」拿捕　国後島沖、乗組員4人",
    summary="羅臼漁協所属の刺し網漁船「第31海晃丸」（乗組員4人）が26日夜、国後島沖でロシア国境警備局に拿捕された。乗組員にけがはないという。",
    label="new_development", group="g-seizure-kaiko31", new_facts=[G1_FACT], must_mention=G1_MM_JA,
    note="First report (Japanese) of a seizure not in the seeds.",
    cat="漁業",
    body=[
        "　第1管区海上保安本部（小樽）によると、26日午後9時ごろ、羅臼漁協所属の刺し網漁船「第31海晃丸」（9.7トン、乗組員4人）の船主から「ロシアの警備艇に停船を命じられ、国後島に連行されている」と根室海上保安部に連絡があった。ロシア国境警備局に拿捕されたとみられる。乗組員はいずれも羅臼町に住む男性で、船主によると、けがはないという。",
        "　同本部によると、海晃丸は26日未明に羅臼港を出港し、根室海峡でスケトウダラの刺し網漁をしていた。船主との無線交信が途絶えたのは国後島・ケラムイ崎の北東沖付近で、日ロの中間ライン付近とみられる。同船が中間ラインを越えていたかどうかは分かっていない。船はロシア側の指示で国後島の古釜布（ユジノクリーリスク）に向かっているという。",
        "　北方四島周辺で日本漁船の拿捕が明らかになるのは今年初めて。外務省は外交ルートを通じ、ロシア側に事実関係の確認を急いでいる。",
        "　羅臼漁協の担当者は「乗組員が無事に戻ってくることを何より願っている。情報が少なく、家族は不安な夜を過ごした」と話した。",
    ],
    related=[("羅臼のスケトウダラ漁、流氷前に追い込み", "/gyogyo/2026/01/sukesou"),
             ("根室海峡の中間ライン　知っておきたい操業ルール", "/gyogyo/2025/11/median-line"),
             ("羅臼で流氷観光の準備進む", "/chiiki/2025/11/shiretoko")])

add(id="b53-05", feed="dalny-dozor-ru", lang="ru", published="2026-01-27T07:15:00Z",
    title="У Кунашира задержана японская шхуна «Кайко-мару № 31»",
    summary="Пограничники обнаружили в трюмах судна около 2,4 тонны минтая. Шхуна с четырьмя членами экипажа конвоирована в Южно-Курильск.",
    label="new_development", group="g-seizure-kaiko31", new_facts=[G1_FACT], must_mention=G1_MM_RU,
    note="Russian report of the same seizure (FSB side), hours after the Japanese one.",
    body=[
        "Сотрудники Пограничного управления ФСБ России по Сахалинской области задержали в территориальном море России у острова Кунашир японскую рыболовную шхуну «Кайко-мару № 31». Об этом во вторник сообщили в пресс-службе ведомства.",
        "По данным пограничников, вечером 26 января экипаж пограничного сторожевого корабля обнаружил судно в районе мыса Весловский, примерно в 2,5 мили от побережья острова. В ходе досмотра выяснилось, что японские рыбаки вели промысел жаберными сетями, не имея разрешительных документов. В трюмах находилось около 2,4 тонны минтая.",
        "Шхуна с экипажем из четырёх граждан Японии конвоирована в порт Южно-Курильск. В отношении капитана возбуждено дело об административном правонарушении по части 2 статьи 8.17 КоАП РФ, орудия лова и улов изъяты.",
        "Японская сторона уведомлена о задержании по дипломатическим каналам. Генеральное консульство Японии в Южно-Сахалинске запросило сведения о состоянии здоровья рыбаков; жалоб на самочувствие, по данным погрануправления, члены экипажа не предъявляют.",
        "Как правило, после уплаты назначенного судом штрафа задержанные японские суда и их экипажи передаются японской стороне.",
    ],
    related=[("Путина у южных Курил: прогноз на сезон", "/regiony/putina-prognoz"),
             ("Погранзона на Курилах: что изменилось для рыбаков", "/regiony/pogranzona-ryba")])

add(id="b53-06", feed="tidegate-wire", lang="en", published="2026-01-27T10:30:00Z",
    title="Russia seizes Japanese fishing boat off disputed Kunashir, four crew held",
    summary="Russian border guards say the Rausu-based Kaiko Maru No. 31 was fishing illegally in Russian waters; Tokyo is checking the facts.",
    label="new_development", group="g-seizure-kaiko31", new_facts=[G1_FACT], must_mention=G1_MM_EN,
    note="English rewrite of the same seizure (syndicated wire).",
    section="Asia Pacific", tags=["Japan", "Russia", "Fisheries", "Kuril Islands"], minutes=3,
    body=[
        "TOKYO/MOSCOW, Jan 27 (Tidegate) - Russian border guards have seized a Japanese fishing boat with four crew off Kunashir, one of the Russian-held islands claimed by Japan, authorities in both countries said on Tuesday.",
        "The Kaiko Maru No. 31, a 9.7-tonne gillnetter from the Hokkaido fishing town of Rausu, told its owner on Monday night that it had been ordered to stop by a Russian patrol vessel in the Nemuro Strait, the Japan Coast Guard said. All four crew were reported unhurt.",
        "The Sakhalin border directorate of Russia's Federal Security Service (FSB) said the boat was found about 2.5 nautical miles off Kunashir's Cape Veslovsky with about 2.4 tonnes of pollock in its hold and no permit to fish there. It was escorted to the port of Yuzhno-Kurilsk, and an administrative case has been opened against the captain, the directorate said.",
        "Japan's foreign ministry said it was confirming the circumstances through diplomatic channels, including whether the boat had crossed the median line that Japanese fishermen observe in the strait.",
        "It is the first seizure of a Japanese boat around the islands reported this year and comes at the height of the winter pollock season in the strait. In earlier cases crews have generally been released after the captain paid a fine.",
        "The islands - Kunashir, Iturup, Shikotan and the Habomai islets - were seized by Soviet troops at the end of World War Two. The dispute has kept the two countries from signing a peace treaty, and Moscow broke off treaty negotiations in 2022 in response to Japanese sanctions over Ukraine.",
    ],
    credit="(Reporting by Naoko Ishida in Tokyo and the Moscow bureau; Editing by Martin Reyes)",
    related=[("Drift ice forecast: an early winter for Hokkaido's Okhotsk coast", "/asia/2026/01/drift-ice"),
             ("Japan, Russia fail to agree on salmon quota talks date", "/asia/2025/10/salmon-talks")])

add(id="b53-07", feed="nagisa-ja", lang="ja", published="2026-01-28T02:00:00Z",
    title="海晃丸拿捕　官房長官「乗組員の早期解放を求めた」",
    summary="官房長官は28日の記者会見で、国後島沖で拿捕された羅臼の漁船「第31海晃丸」について、外交ルートを通じて乗組員と船体の早期解放をロシア側に求めたと明らかにした。",
    label="new_development", group="g-seizure-kaiko31", new_facts=[G1_FACT], must_mention=G1_MM_JA,
    note="Follow-up of the Kaiko Maru seizure: Tokyo requested early release (a request, no new fact); same group.",
    cat="北方領土",
    body=[
        "　官房長官は28日午前の記者会見で、羅臼漁協所属の刺し網漁船「第31海晃丸」が国後島沖でロシア国境警備局に拿捕された問題について、「外交ルートを通じ、乗組員と船体の早期解放をロシア側に求めた」と述べた。",
        "　長官は、乗組員4人の健康状態に問題はないとの報告を受けていると説明した。ロシア側は同船がロシアの領海内で許可なく操業していたと主張しているが、長官は「操業位置を含め、引き続き事実関係の確認を進めている」と述べるにとどめた。",
        "　ロシアの国境警備当局によると、海晃丸は国後島・ケラムイ崎沖で停船を命じられ、スケトウダラ約2.4トンを積んでいた。船は古釜布に回航され、船長に対する行政違反の手続きが始まっている。",
        "　北海道の鈴木直道知事も同日、「乗組員の一日も早い帰還と漁業者の安全確保に向け、万全の対応を国に求めた」とのコメントを出した。",
        "　根室海峡では近年、中間ライン付近での操業を巡るロシア側の取り締まりが厳しくなっており、羅臼漁協は組合員に対し、操業位置の確認を改めて徹底するよう呼び掛けた。",
    ],
    related=[("羅臼の漁船「第31海晃丸」拿捕　国後島沖、乗組員4人", "/hoppou/2026/01/27/kaiko31"),
             ("ロシア国境警備局とは　拿捕の手続きと罰金", "/hoppou/explainer/fsb-border"),
             ("北方領土周辺の拿捕・銃撃事件　主な経過", "/hoppou/history/seizures")])

# ---------------------------------------------------------------- G2: Seifuku Maru No. 5 (first in Russian)
G2_MM_RU = [["сэйфуку", "шикотан"], ["задерж"]]
G2_MM_JA = [["清福丸", "色丹"], ["拿捕"]]
G2_MM_EN = [["seifuku", "shikotan"], ["seiz", "detain"]]
G2_FACT = "Nemuro octopus boat Seifuku Maru No. 5 (6 crew) seized by Russian border guards off Shikotan on 29 January 2026 and taken to Malokurilskoye - a second, separate seizure in the same week"

add(id="b53-08", feed="priliv-ru", lang="ru", published="2026-01-30T01:20:00Z",
    title="У Шикотана задержана вторая за неделю японская шхуна",
    summary="Пограничники задержали у острова Шикотан шхуну «Сэйфуку-мару № 5» из Нэмуро с шестью рыбаками на борту.",
    label="new_development", group="g-seizure-seifuku5", new_facts=[G2_FACT], must_mention=G2_MM_RU,
    note="First report (Russian) of a second, distinct seizure: different boat, island, date and crew size. Must alert on its own.",
    rubric="Происшествия", rubric_slug="proisshestviya", views=3411, weather="+9",
    body=[
        "Пограничники задержали в территориальном море России у острова Шикотан японскую рыболовную шхуну «Сэйфуку-мару № 5». Об этом в пятницу сообщила пресс-служба Пограничного управления ФСБ России по Сахалинской области.",
        "Судно, приписанное к порту Нэмуро на Хоккайдо, обнаружил пограничный сторожевой корабль 29 января примерно в девяти милях к северо-востоку от Шикотана. По данным ведомства, японские рыбаки вели промысел осьминога без разрешения российских властей; на борту находилось около 700 килограммов свежевыловленного осьминога.",
        "На шхуне шесть членов экипажа, все — граждане Японии. Судно конвоировано в посёлок Малокурильское, в отношении капитана возбуждено административное дело. Японская сторона уведомлена.",
        "Это уже второе задержание японского судна у южных Курил за неделю. Вечером 26 января у мыса Весловский на Кунашире была задержана шхуна «Кайко-мару № 31» из Раусу с четырьмя рыбаками, она находится в Южно-Курильске.",
        "В погрануправлении напомнили, что иностранные суда могут вести промысел в российских водах только на основании межправительственных соглашений и при наличии разрешений, выданных Росрыболовством.",
        "По данным японских СМИ, которые ссылаются на береговую охрану Японии, никто из членов экипажа не пострадал. Японская сторона через генеральное консульство в Южно-Сахалинске запросила информацию о рыбаках.",
    ],
    related=[("У Кунашира задержана японская шхуна", "/news/2026/01/27/shkhuna-kunashir"),
             ("Сезон осьминога открыт: что ловят у Малой Курильской гряды", "/ekonomika/osminog-sezon"),
             ("В Малокурильском отремонтируют причал", "/kurily/prichal-malokurilskoe")])

add(id="b53-09", feed="hamanami-ja", lang="ja", published="2026-01-30T05:45:00Z",
    title="根室の「第5清福丸」拿捕　色丹島沖、乗組員6人　今週2隻目",
    summary="根室漁協所属のタコ漁船「第5清福丸」（乗組員6人）が29日、色丹島沖でロシア国境警備局に拿捕された。北方四島周辺での拿捕は26日の羅臼の漁船に続き今週2隻目。",
    label="new_development", group="g-seizure-seifuku5", new_facts=[G2_FACT], must_mention=G2_MM_JA,
    note="Japanese report of the second seizure.",
    cat="漁業",
    body=[
        "　第1管区海上保安本部によると、根室漁協所属のタコ漁船「第5清福丸」（19トン、乗組員6人）が29日午後、色丹島の北東沖でロシア国境警備局の警備艇に拿捕された。30日、ロシア側の発表を受けて同本部が確認した。乗組員は根室市と別海町に住む20～60代の男性で、けがはないという。",
        "　ロシア側は、清福丸が色丹島の北東約9カイリ（約17キロ）の「ロシア領海」で許可なくタコ漁をしていたと主張し、タコ約700キロを積んでいたとしている。船は色丹島の斜古丹（マロクリリスコエ）に回航された。",
        "　清福丸は29日早朝に根室・花咲港を出港した。同日夕に予定していた定時連絡がなく、船主が根室海上保安部に相談していた。",
        "　北方四島周辺では26日夜、羅臼漁協の刺し網漁船「第31海晃丸」（4人乗り組み）が国後島沖で拿捕されたばかり。1週間に2隻の拿捕が明らかになるのは異例で、根室漁協の幹部は「まさか続くとは。組合員にも動揺が広がっている」と険しい表情で語った。",
        "　外務省は在ユジノサハリンスク総領事館を通じて乗組員の安否確認を急ぐとともに、ロシア側に早期解放を申し入れた。",
    ],
    related=[("羅臼の漁船「第31海晃丸」拿捕　国後島沖、乗組員4人", "/hoppou/2026/01/kaiko31"),
             ("花咲港、タコ漁の水揚げ始まる", "/gyogyo/2025/12/tako"),
             ("根室市、漁業者向け安全講習会", "/chiiki/2025/12/anzen")])

add(id="b53-10", feed="pilotfish-en", lang="en", published="2026-01-30T08:30:00Z",
    title="Second Japanese boat in four days: Russia detains Nemuro octopus boat off Shikotan",
    summary="The Seifuku Maru No. 5 and its six crew were escorted to Malokurilskoye, days after a Rausu gillnetter was seized off Kunashir.",
    label="new_development", group="g-seizure-seifuku5", new_facts=[G2_FACT], must_mention=G2_MM_EN,
    note="English report of the second seizure; explicitly distinct from the Kaiko Maru case.",
    section="Asia-Pacific", author="Daniel Okafor",
    body=[
        "Russian border guards have detained a second Japanese fishing boat in less than a week near the Russian-held islands claimed by Japan, this time off Shikotan, Russian and Japanese officials said on Friday.",
        "The Seifuku Maru No. 5, a 19-tonne octopus boat from Nemuro on Hokkaido, was stopped on Thursday afternoon about nine nautical miles northeast of Shikotan, according to the Sakhalin border directorate of Russia's FSB. It said the six-man crew had been fishing without Russian permission and had about 700 kilograms of octopus aboard. The boat was taken to the island's main settlement, Malokurilskoye.",
        "The Japan Coast Guard confirmed the seizure and said none of the crew was hurt.",
        "The case is separate from that of the Kaiko Maru No. 31, a gillnetter from the town of Rausu with four crew, which was seized on Monday evening off Kunashir and is being held in Yuzhno-Kurilsk.",
        "Two seizures in one week are unusual. \"Nobody here remembers two in a week,\" said an official of the Nemuro fisheries cooperative, who asked not to be named because he was not authorised to speak to the media.",
        "Japan's foreign ministry said it had asked Moscow, through its consulate in Yuzhno-Sakhalinsk, to release both crews quickly.",
        "Ties between Tokyo and Moscow have been frozen since 2022, when Russia broke off peace treaty negotiations over Japan's sanctions on Moscow for the invasion of Ukraine.",
    ],
    related=[("Russia seizes Japanese fishing boat off Kunashir", "/asia-pacific/2026/01/27/kunashir-boat"),
             ("Why Hokkaido's fishing towns live on the median line", "/asia-pacific/2025/12/median-line")],
    comments=[("kurofune", "2 hours ago", "Two in a week is not an accident. Someone in Sakhalin wants a message sent."),
              ("P. Lindgren", "1 hour ago", "Or the boats really were over the line. We don't know yet.")])

# ---------------------------------------------------------------- 11 long Russian sentence, late negation
add(id="b53-11", feed="okean24-ru", lang="ru", published="2026-01-30T14:00:00Z",
    title="Погрануправление не подтвердило сообщения о третьей задержанной японской шхуне",
    summary="В японских соцсетях писали о ещё одном задержанном судне у острова Зелёный. Пограничники эту информацию не подтвердили.",
    label="restatement",
    note="Negated move with a late negation (a third seizure did not happen); the two real seizures appear only as background. No new fact.",
    rubric="Рыба",
    body=[
        "Пограничное управление ФСБ России по Сахалинской области, отвечая в пятницу на запрос «Океан24» относительно распространившихся днём в японских социальных сетях и затем перепечатанных несколькими региональными телеграм-каналами сообщений о том, что у острова Зелёный в составе Малой Курильской гряды будто бы было задержано ещё одно, уже третье за неделю японское рыболовное судно с экипажем из пяти человек, эту информацию не подтвердило.",
        "Как пояснили в ведомстве, в портах южных Курил сейчас находятся две задержанные на этой неделе японские шхуны — «Кайко-мару № 31» в Южно-Курильске и «Сэйфуку-мару № 5» в Малокурильском, а других задержаний иностранных судов за последние сутки в зоне ответственности управления не было.",
        "В японской береговой охране, по данным японских СМИ, также заявили, что не располагают сведениями о новых задержаниях у Малой Курильской гряды. Источником слуха, по всей видимости, стала запись в аккаунте одного из рыбаков Нэмуро, позднее удалённая.",
        "Японская сторона через дипломатические каналы добивается скорейшего освобождения рыбаков с обеих шхун.",
    ],
    related=[("Минтай, краб, осьминог: итоги года в Сахалинской области", "/ryba/itogi-goda"),
             ("Как работает погранзона на южных Курилах", "/kurily/pogranzona")],
    comments=[("sakh_fisher", "30.01.2026 23:14", "Сначала пишут, потом удаляют. Классика."),
              ("Марина К.", "31.01.2026 08:02", "Главное, чтобы рыбаков отпустили, люди же.")])

