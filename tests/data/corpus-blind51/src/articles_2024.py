"""blind51 articles, February 2024 - December 2024."""

ARTICLES = [
    # ------------------------------------------------------------------ b51-01
    {
        "id": "b51-01", "feed": "gunwale-wire", "lang": "en",
        "published": "2024-02-13T07:20:00Z",
        "title": "Russian envoy in Tokyo says peace treaty talks off the table while sanctions stay",
        "summary": "Ambassador Nikolai Nozdrev said Moscow saw no basis for returning to peace "
                   "treaty negotiations with Japan as long as Tokyo keeps its sanctions.",
        "label": "restatement",
        "note": "New speaker (ambassador Nozdrev) restating seeds 000/001/004: talks halted in "
                "March 2022 over sanctions and 'impossible' now; visa-free trips ended; "
                "sovereignty not negotiable. No new fact.",
        "author": "Aya Morikawa", "section": "Asia-Pacific",
        "body": [
            "TOKYO, Feb 13 (Gunwale Wire) - Russia's ambassador to Japan, Nikolai Nozdrev, said on "
            "Tuesday there was no basis for resuming talks on a peace treaty with Tokyo as long as "
            "Japan maintained its sanctions against Moscow, repeating a position the Russian foreign "
            "ministry has held since March 2022.",
            "\"Negotiating a fundamental document on good-neighbourly relations with a country that "
            "pursues an openly hostile course is simply impossible,\" Nozdrev told a small group of "
            "reporters at the embassy, according to a transcript released by the mission. \"The "
            "responsibility for the current state of affairs lies entirely with Tokyo.\"",
            "Russia broke off the peace treaty negotiations in March 2022, citing the sanctions Japan "
            "imposed after Russian troops entered Ukraine. At the same time it ended visa-free trips "
            "by Japanese citizens to the southern Kuril islands and pulled out of talks on joint "
            "economic activities there.",
            "Nozdrev, who has headed the embassy since late 2022, said he had \"nothing new\" to say "
            "on the territorial question and that Russia's sovereignty over the islands \"is not "
            "subject to discussion.\"",
            "Japan claims the four southernmost islands of the chain, which it calls the Northern "
            "Territories and which Soviet troops took at the end of World War Two. The dispute has "
            "kept the two countries from signing a formal peace treaty.",
            "A Japanese foreign ministry spokesperson said Tokyo's stance was unchanged: Japan aims "
            "to resolve the territorial issue and conclude a peace treaty, and regards Russia's "
            "suspension of the talks as unjustified.",
            "(Reporting by Aya Morikawa; Editing by Ted Blythe)",
        ],
    },
    # ------------------------------------------------------------------ b51-02
    {
        "id": "b51-02", "feed": "hollyford-en", "lang": "en",
        "published": "2024-02-13T13:05:00Z",
        "title": "Russia's ambassador: no peace treaty talks with Japan under sanctions",
        "summary": "Moscow's envoy in Tokyo repeated that negotiations on a post-war peace treaty "
                   "cannot resume while Japanese sanctions remain.",
        "label": "restatement",
        "note": "Syndicated copy of b51-01 (Gunwale Wire); restates seeds 000/001/004.",
        "author": "Gunwale Wire", "section": "World",
        "body": [
            "TOKYO - Russia's ambassador to Japan, Nikolai Nozdrev, said on Tuesday there was no "
            "basis for resuming talks on a peace treaty with Tokyo as long as Japan maintained its "
            "sanctions against Moscow, repeating a position the Russian foreign ministry has held "
            "since March 2022.",
            "\"Negotiating a fundamental document on good-neighbourly relations with a country that "
            "pursues an openly hostile course is simply impossible,\" Nozdrev told reporters at the "
            "embassy. \"The responsibility for the current state of affairs lies entirely with "
            "Tokyo.\"",
            "Russia broke off the negotiations in March 2022, citing the sanctions Japan imposed "
            "after Russian troops entered Ukraine. It also ended visa-free trips by Japanese citizens "
            "to the southern Kuril islands and pulled out of talks on joint economic activities there.",
            "Nozdrev said Russia's sovereignty over the islands \"is not subject to discussion.\" "
            "Japan claims the four southernmost islands, which it calls the Northern Territories. "
            "The dispute has kept the two countries from signing a formal peace treaty since World "
            "War Two.",
            "Japan's foreign ministry said Tokyo's stance was unchanged.",
        ],
    },
    # ------------------------------------------------------------------ b51-03  G1 first (RU)
    {
        "id": "b51-03", "feed": "shtorm-ru", "lang": "ru",
        "published": "2024-03-14T06:40:00Z",
        "title": "У острова Юрий задержана японская шхуна «Коё-мару № 12»",
        "summary": "Пограничники Сахалинской области задержали японское рыболовное судно с четырьмя "
                   "членами экипажа у острова Юрий Малой Курильской гряды.",
        "label": "new_development", "group": "g-koyo-maru-detained",
        "new_facts": ["Russian border guards detained the Japanese fishing boat Koyo Maru No. 12 "
                      "(Nemuro, 4 crew, ~1.2 t of octopus) off Yuri Island in the Habomai group "
                      "and took it to Shikotan"],
        "must_mention": [["задерж"], ["коё-мару", "кое-мару", "коё мару"]],
        "note": "First report of G1, in Russian. Seeds say nothing about fishing detentions.",
        "author": "Ольга Кравец", "section": "Курилы",
        "body": [
            "Южно-Курильск. Сотрудники Пограничного управления ФСБ России по Сахалинской области "
            "задержали японское рыболовное судно «Коё-мару № 12» в территориальном море России у "
            "острова Юрий (Малая Курильская гряда). Об этом «Шторму» сообщили в пресс-службе "
            "ведомства.",
            "По данным пограничников, шхуну, приписанную к порту Немуро на Хоккайдо, экипаж "
            "пограничного сторожевого корабля обнаружил утром 13 марта примерно в полутора милях от "
            "побережья острова. При досмотре в трюме нашли около 1,2 тонны осьминога. Разрешительных "
            "документов на промысел в этом районе у капитана не оказалось.",
            "«Судно конвоировано в порт Малокурильское на острове Шикотан для проведения "
            "процессуальных действий. Четверо членов экипажа — граждане Японии, состояние их здоровья "
            "удовлетворительное», — уточнили в управлении.",
            "По факту незаконной добычи водных биоресурсов проводится проверка, по её итогам будет "
            "решён вопрос о возбуждении дела. Японская сторона уведомлена о задержании по "
            "дипломатическим каналам.",
            "Остров Юрий входит в Малую Курильскую гряду, которую в Японии называют островами Хабомаи. "
            "Токио претендует на Итуруп, Кунашир, Шикотан и гряду Хабомаи, Москва считает свой "
            "суверенитет над островами неоспоримым.",
        ],
        "comments": [
            ("Андрей_ЮК", "Каждую весну одно и то же. Осьминог у Юрия — как мёдом намазано."),
            ("Nadia S.", "Хорошо, что все живы. Погранцам спасибо за работу."),
        ],
    },
    # ------------------------------------------------------------------ b51-04  G1 (JA)
    {
        "id": "b51-04", "feed": "isoshio-ja", "lang": "ja",
        "published": "2024-03-14T09:10:00Z",
        "title": "根室の漁船「第12光洋丸」拿捕　勇留島沖　乗組員4人",
        "summary": "根室市の歯舞漁協所属のタコ漁船「第12光洋丸」（乗組員4人）が、北方領土・歯舞群島の"
                   "勇留島沖でロシア国境警備局に拿捕された。",
        "label": "new_development", "group": "g-koyo-maru-detained",
        "new_facts": ["第12光洋丸（根室・歯舞漁協、乗組員4人）が勇留島沖でロシア国境警備局に拿捕された"],
        "must_mention": [["拿捕"], ["光洋丸"]],
        "note": "G1, Japanese report of the same detention.",
        "author": "根室支局", "section": "根室・釧路",
        "body": [
            "第1管区海上保安本部などによると、13日午前、根室市の歯舞漁協所属のタコ空釣り縄漁船"
            "「第12光洋丸」（4.9トン、乗組員4人）との連絡が途絶えた。14日未明、ロシア側から外交"
            "ルートを通じ、北方領土・歯舞群島の勇留島沖で同船を拿捕したとの通報があった。乗組員4人は"
            "全員日本人で、けがはないという。",
            "ロシア国境警備局は、同船がロシアの「領海」内で許可なくタコを漁獲した疑いがあるとしている。"
            "同船は色丹島の斜古丹（ロシア名・マロクリリスコエ）に連行された。",
            "外務省は在ロシア日本大使館などを通じ、「北方領土はわが国固有の領土であり、ロシア側が"
            "管轄権を行使して拿捕したことは受け入れられない」と抗議し、乗組員と船体の早期返還を求めた。",
            "歯舞漁協によると、第12光洋丸は12日夜に歯舞漁港を出港し、納沙布岬沖で操業する予定だった。"
            "同漁協の組合長は「なぜ勇留島の近くにいたのか、まだ分からない。とにかく4人が無事に帰って"
            "くることを願っている」と話した。",
            "根室海上保安部は、同船の航跡などを詳しく調べている。",
        ],
    },
    # ------------------------------------------------------------------ b51-05  G1 (EN wire)
    {
        "id": "b51-05", "feed": "gunwale-wire", "lang": "en",
        "published": "2024-03-14T11:30:00Z",
        "title": "Russia detains Japanese fishing boat off disputed islet near Hokkaido",
        "summary": "Russian border guards seized the Koyo Maru No. 12 and its four crew off Yuri "
                   "Island in the Habomai group, Japan's coast guard said.",
        "label": "new_development", "group": "g-koyo-maru-detained",
        "new_facts": ["Koyo Maru No. 12 and four crew detained by Russian border guards off Yuri "
                      "Island (Habomai); Tokyo protested"],
        "must_mention": [["detain", "seiz"], ["koyo maru"]],
        "note": "G1, English wire copy.",
        "author": "Aya Morikawa", "section": "Asia-Pacific",
        "body": [
            "TOKYO, March 14 (Gunwale Wire) - Russian border guards have detained a Japanese octopus "
            "boat with four crew off an islet in the Russian-held chain that Japan claims, Japan's "
            "coast guard said on Thursday, and Tokyo lodged a protest.",
            "The 4.9-tonne Koyo Maru No. 12, based at Nemuro in eastern Hokkaido, was seized on "
            "Wednesday off Yuri Island, part of the small Habomai group a few kilometres from "
            "Hokkaido's Cape Nosappu, the coast guard said. All four crew members are Japanese and "
            "none was reported injured.",
            "Russia's FSB border directorate for the Sakhalin region said the boat had been caught "
            "with about 1.2 tonnes of octopus in Russian territorial waters without a permit and had "
            "been escorted to a port on Shikotan island.",
            "\"We cannot accept Russia exercising jurisdiction over the Northern Territories,\" Chief "
            "Cabinet Secretary Yoshimasa Hayashi told a regular news conference, adding that Japan "
            "had demanded the early release of the crew and the vessel.",
            "Hokkaido fishing boats have been seized near the islands periodically since Soviet "
            "times, usually on suspicion of fishing outside permitted zones.",
            "Moscow broke off peace treaty talks with Tokyo in March 2022 over Japanese sanctions "
            "imposed after the invasion of Ukraine. The Soviet Union seized the islands, known in "
            "Russia as the Southern Kurils, at the end of World War Two.",
            "(Reporting by Aya Morikawa in Tokyo and Gleb Ostrov in Moscow; Editing by Ted Blythe)",
        ],
    },
    # ------------------------------------------------------------------ b51-06  G1 syndicated copy
    {
        "id": "b51-06", "feed": "hollyford-en", "lang": "en",
        "published": "2024-03-14T16:00:00Z",
        "title": "Japanese fishing boat held by Russian border guards near Hokkaido",
        "summary": "The Koyo Maru No. 12 and four crew were taken to Shikotan after being seized off "
                   "a Russian-held islet, Japan's coast guard said.",
        "label": "new_development", "group": "g-koyo-maru-detained",
        "new_facts": ["Koyo Maru No. 12 detained off Yuri Island (syndicated copy)"],
        "must_mention": [["detain", "seiz", "held"], ["koyo maru"]],
        "note": "G1, syndicated copy of b51-05; should attach to the first alert, not alert again.",
        "author": "Gunwale Wire", "section": "World",
        "body": [
            "TOKYO - Russian border guards have detained a Japanese octopus boat with four crew off "
            "an islet in the Russian-held chain that Japan claims, Japan's coast guard said on "
            "Thursday.",
            "The 4.9-tonne Koyo Maru No. 12, based at Nemuro in eastern Hokkaido, was seized on "
            "Wednesday off Yuri Island, part of the Habomai group a few kilometres from Cape Nosappu. "
            "All four crew members are Japanese and none was reported injured.",
            "Russia's border guards said the boat was caught with about 1.2 tonnes of octopus in "
            "Russian waters without a permit and had been escorted to Shikotan island.",
            "\"We cannot accept Russia exercising jurisdiction over the Northern Territories,\" Chief "
            "Cabinet Secretary Yoshimasa Hayashi said, adding that Tokyo had demanded the early "
            "release of the crew and vessel.",
            "Moscow broke off peace treaty talks with Tokyo in March 2022 over Japanese sanctions.",
        ],
        "comments": [
            ("harbourmaster62", "Four blokes and a boatload of octopus. Hope they're home soon."),
        ],
    },
    # ------------------------------------------------------------------ b51-07  G1 follow-up (JA)
    {
        "id": "b51-07", "feed": "kitakaze-ja", "lang": "ja",
        "published": "2024-03-21T03:00:00Z",
        "title": "拿捕の第12光洋丸、帰港のめど立たず　家族「一日も早く」",
        "summary": "歯舞群島・勇留島沖でロシアに拿捕された根室の漁船「第12光洋丸」は、拿捕から1週間が"
                   "過ぎても帰港のめどが立っていない。",
        "label": "new_development", "group": "g-koyo-maru-detained",
        "new_facts": ["(follow-up, no new fact) crew of 第12光洋丸 still held"],
        "must_mention": [["拿捕"], ["光洋丸"]],
        "note": "G1 follow-up with no new fact (no fine, no release): only repeats the detention; "
                "must not produce a second alert.",
        "author": "北風通信", "section": "社会",
        "body": [
            "【根室】北方領土・歯舞群島の勇留島沖でロシア国境警備局に拿捕された根室市の歯舞漁協所属の"
            "タコ漁船「第12光洋丸」（4.9トン、乗組員4人）は、拿捕から1週間が過ぎた21日も帰港の"
            "めどが立っていない。",
            "関係者によると、乗組員は色丹島で引き続き取り調べを受けているとみられる。外務省は"
            "「乗組員と船体の早期返還を引き続き強く求めていく」としている。",
            "根室市内の乗組員の家族は「電話もできず、様子が分からないのがつらい。一日も早く帰ってきて"
            "ほしい」と話した。歯舞漁協は同日、組合員の漁船に対し、操業区域を改めて確認するよう"
            "呼び掛けた。",
        ],
    },
    # ------------------------------------------------------------------ b51-08  Bluebook
    {
        "id": "b51-08", "feed": "fogbell-en", "lang": "en",
        "published": "2024-04-16T06:00:00Z",
        "title": "Diplomatic Bluebook calls Russia's halt to treaty talks 'unjust'",
        "summary": "Japan's annual foreign policy report repeats its claim to the four islands and "
                   "says ties with Russia remain severe.",
        "label": "restatement",
        "note": "Annual report restating seeds: Japan's claim, Russia's March 2022 suspension of "
                "treaty talks and of visa-free exchanges, Japan's protest. No new fact.",
        "author": "Mika Tsunoda", "section": "National / Politics",
        "body": [
            "Japan's annual Diplomatic Bluebook, presented to the Cabinet by Foreign Minister Yoko "
            "Kamikawa on Tuesday, repeats that the four islands off Hokkaido are under Japan's "
            "sovereignty and calls Russia's decision to suspend peace treaty negotiations "
            "\"extremely unjust and totally unacceptable.\"",
            "The report, which reviews Japan's diplomacy in 2023, says relations with Russia "
            "remain \"in a severe state\" because of the war in Ukraine, and that Japan will keep "
            "its policy of resolving the territorial issue and concluding a peace treaty.",
            "It also restates Tokyo's regret over Moscow's unilateral decision in March 2022 to "
            "end visa-free exchanges with the islands and visits by former residents, and says "
            "resuming the exchanges, especially grave visits, remains \"one of the top priorities\" "
            "in Japan-Russia relations.",
            "The chapter on Russia is almost unchanged from last year's edition. Officials said the "
            "wording was chosen to signal that Japan's basic position had not shifted despite the "
            "absence of any dialogue.",
            "The Bluebook also covers relations with China, South Korea and the United States, and "
            "devotes a section to Japan's term on the U.N. Security Council.",
        ],
    },
    # ------------------------------------------------------------------ b51-09  Zakharova negated
    {
        "id": "b51-09", "feed": "rubka-ru", "lang": "ru",
        "published": "2024-04-24T12:00:00Z",
        "title": "Захарова: условий для возобновления безвизовых обменов с Японией нет",
        "summary": "В МИД России заявили, что не видят предпосылок для возвращения к безвизовым "
                   "поездкам японцев на южные Курилы.",
        "label": "restatement",
        "note": "Negated move: 'no conditions to resume' visa-free exchanges; restates seeds "
                "000/001 (exchanges terminated over sanctions) and 004 (talks impossible).",
        "author": "Рубка", "section": "Политика",
        "body": [
            "Официальный представитель МИД России Мария Захарова на еженедельном брифинге ответила "
            "на вопрос японского журналиста о возможности возобновить безвизовые поездки граждан "
            "Японии на южные Курилы.",
            "«Условий для этого нет, и в обозримой перспективе они не просматриваются. Решение о "
            "прекращении безвизовых обменов было вынужденным ответом на недружественные действия "
            "Токио, на введённые им незаконные санкции. Вся ответственность лежит на японской "
            "стороне», — заявила дипломат.",
            "Захарова также повторила, что переговоры о мирном договоре в нынешних условиях "
            "невозможны, а суверенитет России над Курильскими островами закреплён в международных "
            "документах и сомнению не подлежит.",
            "Россия в марте 2022 года вышла из переговоров с Японией о мирном договоре, прекратила "
            "безвизовые поездки японцев на южные Курилы на основе соглашений 1991 и 1999 годов и "
            "вышла из диалога о совместной хозяйственной деятельности на островах.",
            'Отвечая на уточняющий вопрос, Захарова отметила, что российская сторона «не получала от Токио никаких предложений, которые свидетельствовали бы об изменении курса». «Японские коллеги продолжают говорить о гуманитарном характере поездок, одновременно расширяя санкционные списки. Так не бывает», — сказала она.',
            'В Токио решение о прекращении обменов неоднократно называли необоснованным и призывали Москву вернуться к ним хотя бы в части посещения могил бывшими жителями островов.',
        ],
    },
    # ------------------------------------------------------------------ b51-10  Senkaku
    {
        "id": "b51-10", "feed": "northreach-asia", "lang": "en",
        "published": "2024-05-20T02:30:00Z",
        "title": "Chinese coast guard ships enter Japanese waters off Senkakus again",
        "summary": "Four China Coast Guard vessels entered the territorial sea around the "
                   "East China Sea islands, prompting a protest from Tokyo.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Senkaku, China). Not about Russia or the Kurils.",
        "author": "Northreach desk", "section": "Maritime",
        "tags": ["Japan", "China", "Senkaku", "East China Sea"],
        "body": [
            "Four China Coast Guard vessels entered Japan's territorial waters around the Senkaku "
            "Islands in the East China Sea on Sunday, the Japan Coast Guard said, the third such "
            "intrusion this month.",
            "The ships, one of them apparently armed with a cannon, approached a Japanese fishing "
            "boat operating near Uotsuri Island before patrol vessels moved in to shield it, the "
            "11th Regional Coast Guard Headquarters in Naha said.",
            "Japan lodged a protest through diplomatic channels. China, which calls the uninhabited "
            "islands Diaoyu, said its ships were carrying out \"law enforcement patrols in China's "
            "own waters.\"",
            "The Senkakus are administered by Japan and claimed by China and Taiwan. Chinese "
            "government ships have been present in the contiguous zone around the islands on almost "
            "every day of the year since 2019.",
            "Japan also has territorial disputes with South Korea over the Takeshima islets, known "
            "in Korea as Dokdo, and with Russia over the islands north of Hokkaido, but neither sees "
            "the kind of near-daily maritime encounters that mark the East China Sea.",
        ],
    },
    # ------------------------------------------------------------------ b51-11  Chishima league request
    {
        "id": "b51-11", "feed": "isoshio-ja", "lang": "ja",
        "published": "2024-06-18T04:00:00Z",
        "title": "千島連盟、四島交流の再開へ働き掛け要望　外務省に「残された時間少ない」",
        "summary": "千島歯舞諸島居住者連盟が外務省を訪れ、ロシアが停止したビザなし交流や自由訪問、"
                   "墓参の再開に向けた働き掛けを求めた。",
        "label": "restatement",
        "note": "Requested move: former residents ask Tokyo to press Moscow; restates seeds "
                "000/001 (visa-free trips and 1999 former-residents visits terminated). "
                "'再開の見通しは立っていない'.",
        "author": "東京支社", "section": "北方領土",
        "body": [
            "元島民らでつくる千島歯舞諸島居住者連盟（根室市）の理事長らが17日、外務省を訪れ、"
            "ロシアが2022年3月に一方的に停止したビザなし交流や自由訪問、北方墓参の再開に向け、"
            "ロシア側に粘り強く働き掛けるよう求める要望書を提出した。",
            "要望書は「元島民の平均年齢は88歳を超え、残された時間は少ない。せめて先祖の墓参だけでも"
            "一日も早く再開してほしい」と訴えた。理事長は「人道的な観点から、政治とは切り離して"
            "考えてほしい」と述べた。",
            "対応した外務省の担当者は「四島交流等事業の再開は日ロ関係の中でも最優先事項の一つであり、"
            "引き続きロシア側に求めていく」と応じた。ただ、ロシアは日本の対ロ制裁を理由に交流停止を"
            "続けており、再開の見通しは立っていない。",
            "連盟は同日、内閣府と自民党本部も訪れ、同様の要望を行った。",
        ],
    },
    # ------------------------------------------------------------------ b51-12  Limarenko conditional
    {
        "id": "b51-12", "feed": "northreach-asia", "lang": "en",
        "published": "2024-07-09T05:00:00Z",
        "title": "Sakhalin governor says Japanese visits to islands 'could return' if Tokyo changes course",
        "summary": "Valery Limarenko said exchanges with Japan were not closed for good but "
                   "would require Tokyo to drop its sanctions.",
        "label": "restatement",
        "note": "Conditional version ('could return if Tokyo lifts sanctions'); restates seeds "
                "000/001/004: exchanges terminated and talks halted because of sanctions.",
        "author": "Irina Vass", "section": "Russia Far East",
        "tags": ["Russia", "Japan", "Sakhalin", "Kuril Islands"],
        "body": [
            "The governor of Russia's Sakhalin region, which administers the Kuril Islands, said on "
            "Monday that visa-free visits by Japanese citizens to the southern Kurils \"could "
            "return\" - but only if Tokyo abandoned what Moscow calls its hostile policy.",
            "\"The door is not slammed shut. If Japan lifts its sanctions and stops its anti-Russian "
            "course, we could go back to exchanges between people,\" Valery Limarenko told reporters "
            "in Yuzhno-Sakhalinsk. \"But today there is nothing to discuss.\"",
            "Limarenko did not suggest that any steps were being prepared, and the foreign ministry "
            "in Moscow, which handles the matter, has repeatedly said the conditions for resuming "
            "the exchanges are absent.",
            "Russia ended the visa-free arrangement, which had allowed Japanese citizens including "
            "former island residents to travel to the islands since 1991, in March 2022, when it "
            "also walked out of peace treaty talks with Tokyo over sanctions.",
            "Analysts said the governor's remarks mirrored the standard Russian line that the "
            "freeze is Japan's doing and could be reversed by Tokyo alone.",
        ],
    },
    # ------------------------------------------------------------------ b51-13  Kurile Lake
    {
        "id": "b51-13", "feed": "shtorm-ru", "lang": "ru",
        "published": "2024-08-06T01:00:00Z",
        "title": "На Курильском озере насчитали более двух миллионов нерок",
        "summary": "Учёные КамчатНИРО подвели промежуточные итоги учёта нерки, зашедшей на нерест в "
                   "Курильское озеро на юге Камчатки.",
        "label": "off_topic",
        "note": "Look-alike: Kurile Lake is on Kamchatka; salmon count, nothing about the islands.",
        "author": "Дальневосточная служба «Шторма»", "section": "Дальний Восток",
        "meta": False,
        "body": [
            "На рыбоучётном заграждении в истоке реки Озерной к 5 августа насчитали более 2,1 млн "
            "производителей нерки, зашедших на нерест в Курильское озеро. Об этом сообщили в "
            "Камчатском филиале ВНИРО.",
            "По словам специалистов, ход нерки в этом году начался примерно на неделю позже "
            "обычного, но уже превысил минимальный пропуск, необходимый для воспроизводства стада. "
            "Заполнение нерестилищ продолжится до конца сентября.",
            "Курильское озеро расположено в Южно-Камчатском федеральном заказнике и является одним "
            "из крупнейших нерестилищ нерки в Азии. Своё название озеро получило от Курильской "
            "Лопатки — южной оконечности полуострова, откуда начинается гряда островов.",
            "В заказнике в этот период наблюдается и высокая концентрация бурых медведей: инспекторы "
            "напоминают туристам о запрете на самостоятельное посещение берегов озера.",
            'По прогнозу учёных, общий подход нерки к западному побережью Камчатки в этом году окажется близким к среднемноголетнему уровню. Промысел в бассейне Озерной ведётся по решениям комиссии по регулированию добычи анадромных рыб.',
            'Учёт на заграждении ведётся ежедневно с начала июня, данные публикуются на сайте института раз в неделю.',
        ],
    },
    # ------------------------------------------------------------------ b51-14  JCG patrol vessel (neutral)
    {
        "id": "b51-14", "feed": "hollyford-en", "lang": "en",
        "published": "2024-08-27T08:00:00Z",
        "title": "Coast guard adds patrol boat at Nemuro for busy waters off eastern Hokkaido",
        "summary": "The new vessel will respond to fishing accidents and incidents near the line "
                   "separating Japanese and Russian-controlled waters.",
        "label": "neutral",
        "note": "Borderline: Japanese domestic equipment news next to the disputed waters; no "
                "Russian or Japanese move on the islands themselves.",
        "author": "Hollyford Courier staff", "section": "World",
        "body": [
            "The Japan Coast Guard has commissioned a new 350-tonne patrol boat, the Mashu, at the "
            "Nemuro coast guard office in eastern Hokkaido, the agency said on Tuesday.",
            "The boat replaces a vessel built in the early 1990s and will mainly respond to "
            "accidents involving small fishing boats operating in the Nemuro Strait and off Cape "
            "Nosappu, close to the line separating Japanese-controlled waters from those around "
            "the Russian-held islands.",
            "\"Our role is to protect fishermen's lives. Those waters are narrow, the weather turns "
            "quickly, and boats work very close to the median line,\" the head of the Nemuro office "
            "said at a ceremony attended by local fishery cooperatives.",
            "The Mashu carries a rescue boat and a remote-controlled water cannon and can operate in "
            "drift ice, the coast guard said.",
            'Fishing boats from Nemuro, Rausu and the Habomai cooperative work the area for kelp, sea urchin, octopus and pollock through much of the year. Coast guard officials say fog, strong currents and winter ice make it one of the more demanding stretches of coast they cover.',
            'The old boat will be decommissioned next month. The coast guard plans to replace two more small patrol boats in eastern Hokkaido by 2027, according to its budget request.',
        ],
        "comments": [
            ("northerly", "Good to see them replacing the old boats at last."),
        ],
    },
    # ------------------------------------------------------------------ b51-15  Sept 3 anniversary
    {
        "id": "b51-15", "feed": "rubka-ru", "lang": "ru",
        "published": "2024-09-03T02:00:00Z",
        "title": "В Северо-Курильске отметили День окончания Второй мировой войны",
        "summary": "На Парамушире и Шумшу прошли памятные мероприятия в честь участников Курильской "
                   "десантной операции 1945 года.",
        "label": "restatement",
        "note": "Anniversary/occasion piece; restates seed 000/001 facts (islands became part of the "
                "USSR after WWII, sovereignty undisputed). No new fact.",
        "author": "Рубка", "section": "Общество",
        "body": [
            "В Северо-Курильске и на острове Шумшу 3 сентября прошли памятные мероприятия, "
            "посвящённые Дню окончания Второй мировой войны. К мемориалу участникам Курильской "
            "десантной операции возложили цветы представители районной администрации, военные "
            "моряки, школьники и ветеранские организации.",
            "Курильская десантная операция проходила с 18 августа по 1 сентября 1945 года. Самые "
            "ожесточённые бои развернулись на Шумшу, где советский десант встретил упорное "
            "сопротивление японского гарнизона.",
            "«Итоги Второй мировой войны незыблемы. Курильские острова — неотъемлемая часть нашей "
            "страны, и никаких разговоров на эту тему быть не может», — сказал на митинге глава "
            "Северо-Курильского округа.",
            "Праздник учреждён в 2020 году. В Сахалинской области 3 сентября традиционно проходят "
            "митинги, концерты и выставки, посвящённые освобождению Южного Сахалина и Курил.",
            'В Южно-Сахалинске в этот день прошла традиционная церемония у памятника воинам-освободителям, а в школах области — уроки памяти. В музеях Курильских островов открылись выставки фотографий и документов военных лет.',
            'Ветеранов Курильской десантной операции в живых не осталось; на митингах выступали их дети и внуки.',
        ],
    },
    # ------------------------------------------------------------------ b51-16  ship Kurily
    {
        "id": "b51-16", "feed": "rubka-ru", "lang": "ru",
        "published": "2024-10-01T04:30:00Z",
        "title": "Сухогруз «Курилы» сел на мель в заливе Находка",
        "summary": "Пострадавших нет, разлива нефтепродуктов не зафиксировано.",
        "label": "off_topic",
        "note": "Look-alike: a ship named after the Kurils, aground in Primorye. Nothing about the islands.",
        "author": "Рубка", "section": "Происшествия",
        "body": [
            "Сухогруз «Курилы» под российским флагом сел на мель в заливе Находка в Приморье утром "
            "1 октября. Об этом сообщили в Дальневосточной транспортной прокуратуре.",
            "По данным ведомства, судно следовало в балласте из порта Находка на рейд, когда из-за "
            "отказа рулевого устройства отклонилось от фарватера. На борту 14 членов экипажа, "
            "пострадавших нет. Разлива нефтепродуктов не зафиксировано, водотечности в корпусе нет.",
            "Для снятия судна с мели направлены два буксира. Транспортная прокуратура организовала "
            "проверку соблюдения требований безопасности мореплавания.",
            "Сухогруз «Курилы» построен в 1990 году и принадлежит владивостокской судоходной компании, "
            "работающей на линиях в порты Китая и Кореи.",
            'По данным портовых властей, погода в момент происшествия была удовлетворительной, волнение моря не превышало двух баллов. Капитан судна опрошен сотрудниками транспортной прокуратуры.',
            'Судоходство на подходах к порту Находка не ограничено. Ожидается, что судно снимут с мели во время прилива в ночь на 2 октября.',
        ],
    },
    # ------------------------------------------------------------------ b51-17  G8 first (RU, body only)
    {
        "id": "b51-17", "feed": "rubka-ru", "lang": "ru",
        "published": "2024-12-03T03:15:00Z",
        "title": "Береговые войска Тихоокеанского флота подвели итоги учебного года",
        "summary": "Командование ТОФ подвело итоги года в соединениях и частях береговых войск.",
        "label": "new_development", "group": "g-bal-paramushir",
        "new_facts": ["A Bal coastal anti-ship missile division took up combat duty on Paramushir "
                      "(northern Kurils), the first Bal deployment in the northern Kurils"],
        "must_mention": [["бал"], ["парамушир"]],
        "note": "G8 first report, in Russian, only in the body of a year-end summary (headline "
                "and summary do not name the islands). Seeds have no deployments.",
        "author": "Рубка", "section": "Армия",
        "body": [
            "Командование Тихоокеанского флота подвело итоги учебного года в соединениях и воинских "
            "частях береговых войск. Как сообщили в пресс-службе флота, в течение года ракетчики, "
            "морские пехотинцы и подразделения береговой артиллерии провели более 40 тактических "
            "учений, в том числе с практическими пусками ракет.",
            "Отдельно в сообщении говорится о завершении формирования нового дивизиона береговых "
            "ракетных комплексов «Бал» на острове Парамушир в северной части Курильской гряды. "
            "Дивизион заступил на боевое дежурство по охране морских рубежей и проливов, в том числе "
            "Второго Курильского пролива. Ранее комплексы этого типа на северных Курилах не "
            "размещались.",
            "По данным флота, личный состав дивизиона прошёл подготовку в учебном центре во "
            "Владивостоке, а техника была доставлена на остров морем в сентябре. Для военнослужащих "
            "и членов их семей в Северо-Курильске строится служебное жильё.",
            "Комплекс «Бал» оснащён противокорабельными ракетами Х-35 и способен поражать надводные "
            "цели на дальности до 260 километров.",
            "В минувшем учебном году морские пехотинцы флота также отработали высадку на "
            "необорудованное побережье в Приморье, а расчёты комплексов «Бастион» выполнили пуски "
            "ракет в акватории Японского моря. В новом учебном году, который начнётся 1 декабря, "
            "основное внимание уделят применению беспилотников.",
        ],
    },
    # ------------------------------------------------------------------ b51-18  G8 (EN)
    {
        "id": "b51-18", "feed": "gunwale-wire", "lang": "en",
        "published": "2024-12-03T10:00:00Z",
        "title": "Russia deploys Bal anti-ship missiles to northern Kuril island of Paramushir",
        "summary": "The Pacific Fleet said a Bal coastal missile division had taken up combat duty on "
                   "Paramushir, the first such deployment in the northern Kurils.",
        "label": "new_development", "group": "g-bal-paramushir",
        "new_facts": ["Bal coastal missile division on combat duty on Paramushir (northern Kurils)"],
        "must_mention": [["bal"], ["paramushir"]],
        "note": "G8, English wire.",
        "author": "Gleb Ostrov", "section": "Defence",
        "body": [
            "MOSCOW, Dec 3 (Gunwale Wire) - Russia has put a division of Bal coastal anti-ship "
            "missile systems on combat duty on Paramushir, an island at the northern end of the "
            "Kuril chain, the Pacific Fleet said on Tuesday, the first deployment of the system in "
            "the northern Kurils.",
            "The announcement, tucked into a fleet statement summing up the training year of its "
            "coastal troops, said the unit would guard the sea approaches and straits around the "
            "island, which lies just south of the Kamchatka peninsula.",
            "The Bal system fires Kh-35 missiles with a range of up to 260 km, according to Russian "
            "data. Paramushir sits beside one of the straits that Russia's Pacific Fleet uses to "
            "move between the Sea of Okhotsk and the Pacific.",
            "Paramushir is not among the four southernmost islands claimed by Japan and lies more "
            "than 1,000 km northeast of Hokkaido. Japan's defence ministry said it would continue to "
            "watch Russian military activity in the Far East \"with strong interest.\"",
            "(Reporting by Gleb Ostrov; Editing by Ted Blythe)",
        ],
    },
]
