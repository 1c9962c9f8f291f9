"""blind51 articles, January 2025 - December 2026."""

ARTICLES = [
    # ------------------------------------------------------------------ b51-19  Feb 7 rally (JA)
    {
        "id": "b51-19", "feed": "kitakaze-ja", "lang": "ja",
        "published": "2025-02-07T05:30:00Z",
        "title": "北方領土返還要求全国大会　首相「平和条約締結の方針を堅持」",
        "summary": "「北方領土の日」の7日、東京都内で返還要求全国大会が開かれ、石破茂首相は交渉再開の"
                   "見通しが立たない中でも方針を堅持すると述べた。",
        "label": "restatement",
        "note": "Annual occasion (Northern Territories Day). PM restates Japan's position; "
                "'交渉再開の見通しは立っていない' = seeds (Russia halted talks, exchanges ended).",
        "author": "北風通信", "section": "政治",
        "body": [
            "「北方領土の日」の7日、政府や関係団体による北方領土返還要求全国大会が東京都内で開かれた。"
            "石破茂首相はあいさつで「日ロ関係は厳しい状況にあり、現時点で平和条約交渉の再開について"
            "何ら申し上げられる状況にはない。しかし、領土問題を解決して平和条約を締結するとの方針を"
            "堅持する」と述べた。",
            "首相はまた、ロシアが停止した北方墓参などの四島交流等事業について「元島民の方々の切実な"
            "思いに応えるため、再開は日ロ関係の中でも最優先事項の一つだ」と強調した。",
            "大会では、元島民の代表が「ふるさとの島を目の前にしながら、墓参りすらできない状態が"
            "続いている」と訴えた。返還実現を求めるアピールを採択して閉会した。",
            "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の中断を表明し、ビザなし交流と"
            "自由訪問も停止した。交渉再開の見通しは立っていない。",
        ],
    },
    # ------------------------------------------------------------------ b51-20  Feb 7 rally (EN)
    {
        "id": "b51-20", "feed": "fogbell-en", "lang": "en",
        "published": "2025-02-07T09:00:00Z",
        "title": "Ishiba vows to keep pressing Russia on islands despite frozen talks",
        "summary": "At the annual Northern Territories Day rally, the prime minister said Japan would "
                   "stick to its aim of a peace treaty settling the territorial issue.",
        "label": "restatement",
        "note": "English version of the annual rally (b51-19); restates known positions.",
        "author": "Mika Tsunoda", "section": "National / Politics",
        "body": [
            "Prime Minister Shigeru Ishiba said on Friday that Japan would not drop its goal of "
            "resolving the territorial dispute with Russia and signing a peace treaty, even though "
            "Moscow has refused to negotiate since 2022.",
            "\"Japan-Russia relations are in a severe state and I am not in a position to say "
            "anything about the resumption of peace treaty negotiations,\" Ishiba told the annual "
            "rally in Tokyo marking Northern Territories Day. \"But our policy remains unchanged.\"",
            "He said resuming exchange programmes with the islands, in particular grave visits by "
            "former residents, was \"one of the highest priorities\" in relations with Moscow.",
            "Russia suspended the treaty talks and ended visa-free travel to the islands in March "
            "2022 in response to Japanese sanctions over Ukraine.",
            "Feb. 7 marks the date of the 1855 Treaty of Shimoda, which drew the first border "
            "between Japan and Russia in the area.",
        ],
    },
    # ------------------------------------------------------------------ b51-21  Sakhalin-2 LNG
    {
        "id": "b51-21", "feed": "fogbell-en", "lang": "en",
        "published": "2025-03-05T00:40:00Z",
        "title": "Japanese utilities keep Sakhalin-2 LNG flowing as contracts roll on",
        "summary": "Power and gas companies say cargoes from the Russian project remain important "
                   "for winter supply security.",
        "label": "off_topic",
        "note": "Unrelated Japan-Russia news (energy trade). Not about the islands or the treaty.",
        "author": "Ren Okabe", "section": "Business",
        "body": [
            "Several Japanese power and gas utilities said on Tuesday they would continue to take "
            "liquefied natural gas from the Russian Sakhalin-2 project under their existing "
            "long-term contracts, calling the supply important for winter stability.",
            "Sakhalin-2 accounts for roughly 9 percent of Japan's LNG imports. Its cargoes take "
            "about three days to reach Japan, compared with two weeks or more from Australia or the "
            "Middle East.",
            "Tokyo has kept its stakes in the project through trading houses Mitsui and Mitsubishi "
            "despite sanctions imposed on Russia, arguing that abandoning it would hand the assets to "
            "other buyers.",
            "\"We are watching the sanctions environment closely, but for now deliveries are "
            "proceeding normally,\" an official at one utility said.",
            'The companies said they were also continuing to diversify supply, with new contracts from the United States and Australia starting over the next two years.',
            "Russian LNG has become a recurring point of debate in Tokyo, with some lawmakers arguing that continued purchases undercut Japan's sanctions, while the industry ministry says energy security must come first. The project's operator, set up after Russia took control of Sakhalin-2 in 2022, has kept cargo schedules largely unchanged.",
        ],
    },
    # ------------------------------------------------------------------ b51-22  G2 first (RU, body)
    {
        "id": "b51-22", "feed": "rubka-ru", "lang": "ru",
        "published": "2025-04-29T08:00:00Z",
        "title": "Правительство расширило перечень портов, открытых для захода иностранных судов",
        "summary": "Изменения коснутся нескольких портов Дальнего Востока и Арктики.",
        "label": "new_development", "group": "g-krabozavodskoye-port",
        "new_facts": ["Russian government order opens the port of Krabozavodskoye on Shikotan to "
                      "foreign vessels from 1 June 2025, the first such port on the southern Kurils"],
        "must_mention": [["крабозаводск"], ["иностран"]],
        "note": "G2 first report, Russian, only in the body of a general ports-list item "
                "(headline and summary do not name Shikotan).",
        "author": "Рубка", "section": "Экономика",
        "body": [
            "Председатель правительства Михаил Мишустин подписал распоряжение о внесении изменений в "
            "перечень морских портов Российской Федерации, открытых для захода иностранных судов. "
            "Документ опубликован на официальном портале правовой информации.",
            "В перечень включены морской порт Певек на Чукотке, порт Шахтёрск на западном побережье "
            "Сахалина, а также морской порт Крабозаводское на острове Шикотан.",
            "Порт Крабозаводское станет первым на южных Курилах, куда смогут заходить суда под "
            "иностранным флагом. Как пояснили в Минтрансе, это позволит рыбоперерабатывающим "
            "предприятиям Шикотана отгружать продукцию напрямую покупателям из стран "
            "Азиатско-Тихоокеанского региона без перевалки в Корсакове или Владивостоке. Пограничный "
            "и таможенный контроль в порту организуют к началу лососёвой путины.",
            "Распоряжение вступает в силу с 1 июня 2025 года.",
            "Расширение перечня в ведомстве связывают с переориентацией экспорта на азиатские рынки. "
            "Ранее в этом году в перечень были включены два порта в Приморье.",
        ],
    },
    # ------------------------------------------------------------------ b51-23  G2 (EN)
    {
        "id": "b51-23", "feed": "northreach-asia", "lang": "en",
        "published": "2025-04-30T03:00:00Z",
        "title": "Russia opens Shikotan port to foreign ships; Tokyo protests",
        "summary": "A government order adds Krabozavodskoye on the Japan-claimed island to the list "
                   "of Russian ports open to foreign-flagged vessels from June.",
        "label": "new_development", "group": "g-krabozavodskoye-port",
        "new_facts": ["Krabozavodskoye (Shikotan) opened to foreign-flagged vessels from June 1; "
                      "Japan protested"],
        "must_mention": [["krabozavodsk"], ["foreign"]],
        "note": "G2, English report one day after the Russian order.",
        "author": "Irina Vass", "section": "Russia Far East",
        "tags": ["Russia", "Japan", "Kuril Islands", "Shikotan", "Shipping"],
        "body": [
            "Russia will allow foreign-flagged ships to call at Krabozavodskoye, a fishing port on "
            "the island of Shikotan, from June 1 under a government order signed by Prime Minister "
            "Mikhail Mishustin, making it the first port in the southern Kurils open to foreign "
            "vessels.",
            "The order, published on Tuesday as part of a wider update to the list of Russian ports "
            "open to foreign ships, is meant to let Shikotan's fish processors ship directly to "
            "buyers in Asia instead of transshipping in Korsakov or Vladivostok, Russia's transport "
            "ministry said.",
            "Japan, which claims Shikotan as part of its Northern Territories, lodged a protest. "
            "\"This is incompatible with Japan's legal position and we have told the Russian side "
            "so,\" Chief Cabinet Secretary Yoshimasa Hayashi said on Wednesday.",
            "Shipping analysts said the practical effect would depend on whether Chinese or South "
            "Korean carriers are willing to risk calling at a port in disputed territory. Japanese "
            "vessels are unlikely to use it, since doing so would imply recognising Russian "
            "jurisdiction.",
            "Russia walked out of peace treaty talks with Japan in March 2022.",
        ],
    },
    # ------------------------------------------------------------------ b51-24  G2 (JA)
    {
        "id": "b51-24", "feed": "kitakaze-ja", "lang": "ja",
        "published": "2025-05-01T02:00:00Z",
        "title": "色丹島の港、外国船に開放　ロシア政府が決定　政府「受け入れられない」",
        "summary": "ロシア政府は北方領土・色丹島の穴澗（クラボザボツコエ）港を6月1日から外国船の寄港に"
                   "開放する。日本政府は抗議した。",
        "label": "new_development", "group": "g-krabozavodskoye-port",
        "new_facts": ["色丹島の穴澗（クラボザボツコエ）港を6月1日から外国船に開放、日本政府が抗議"],
        "must_mention": [["色丹"], ["外国船", "外国籍"]],
        "note": "G2, Japanese report.",
        "author": "北風通信", "section": "国際",
        "body": [
            "ロシア政府は、北方領土・色丹島の穴澗（ロシア名・クラボザボツコエ）港を、外国船の寄港を"
            "認める港の一覧に加える政令を出した。6月1日から適用される。北方四島の港が外国船に開放"
            "されるのは初めて。",
            "ロシア運輸省は、島の水産加工会社がサハリン州コルサコフやウラジオストクを経由せずに、"
            "アジアの買い手に直接製品を出荷できるようにするためだと説明している。",
            "林芳正官房長官は30日の記者会見で「わが国の法的立場と相いれず、受け入れられない」と述べ、"
            "外交ルートを通じてロシア側に抗議したことを明らかにした。",
            "外務省幹部は「第三国の船が寄港すれば、ロシアの管轄権を前提とした経済活動が広がる"
            "恐れがある」と懸念を示した。",
        ],
    },
    # ------------------------------------------------------------------ b51-25  Khapochkin
    {
        "id": "b51-25", "feed": "shtorm-ru", "lang": "ru",
        "published": "2025-05-22T06:00:00Z",
        "title": "Хапочкин: вопрос о принадлежности Курил закрыт",
        "summary": "Председатель Сахалинской областной думы ответил на вопрос о заявлениях японских "
                   "политиков о «северных территориях».",
        "label": "restatement",
        "note": "New speaker (regional Duma chairman) restating the known Russian position "
                "(sovereignty undisputed; talks impossible while Tokyo is hostile). No new fact.",
        "author": "Игорь Полозов", "section": "Власть",
        "body": [
            "Председатель Сахалинской областной думы Андрей Хапочкин заявил, что вопрос о "
            "принадлежности Курильских островов «закрыт раз и навсегда». Так он ответил на вопрос "
            "журналистов о регулярных заявлениях японских политиков о «возвращении северных "
            "территорий».",
            "«Курилы — это Россия. Это зафиксировано итогами Второй мировой войны, и никакие "
            "резолюции в Токио этого не изменят. Обсуждать здесь нечего», — сказал спикер после "
            "заседания думы.",
            "Хапочкин добавил, что о каком-либо диалоге с японской стороной можно будет говорить "
            "лишь тогда, когда Токио откажется от недружественной политики и санкций.",
            "МИД России неоднократно заявлял, что суверенитет страны над островами закреплён в "
            "международных документах и не может ставиться под сомнение. Переговоры с Японией о "
            "мирном договоре Москва прекратила в марте 2022 года.",
            'Сахалинская областная дума регулярно принимает обращения к федеральным органам по вопросам развития Курил: строительству дорог, причалов и энергетических объектов. По словам Хапочкина, именно этим, а не «территориальными спорами», должны заниматься политики.',
            'В Японии острова Итуруп, Кунашир, Шикотан и гряду Хабомаи называют «северными территориями» и считают их японскими.',
        ],
        "comments": [
            ("Курилец", "Лучше бы дорогу на Шикотане доделали, чем про Японию рассуждать."),
        ],
    },
    # ------------------------------------------------------------------ b51-26  wished-for feature (JA)
    {
        "id": "b51-26", "feed": "isoshio-ja", "lang": "ja",
        "published": "2025-06-24T01:00:00Z",
        "title": "「生きているうちに、もう一度島へ」　志発島出身の91歳、語り部続ける",
        "summary": "ビザなし交流や墓参の停止が続く中、歯舞群島・志発島出身の男性が学校などで島の"
                   "暮らしを語り続けている。",
        "label": "restatement",
        "note": "Wished-for: a former islander hopes to go back; restates seeds (exchanges and "
                "former-residents visits terminated in 2022). Feature, no new fact.",
        "author": "根室支局", "section": "北方領土",
        "body": [
            "「生きているうちに、もう一度だけでいいから島の土を踏みたい」。歯舞群島・志発島出身の"
            "男性（91）＝根室市＝は、市内の小中学校や公民館で、島での暮らしや1945年の旧ソ連軍侵攻の"
            "記憶を語り続けている。",
            "男性は12歳まで志発島で暮らした。父親は昆布漁師で、夏は家族総出で浜に昆布を干した。"
            "「海がきらきらしていて、島中に昆布のにおいがした」と振り返る。",
            "ロシアは2022年3月、ウクライナ侵攻を巡る日本の制裁に反発し、ビザなし交流や元島民の"
            "自由訪問を停止した。北方墓参も行われておらず、男性が最後に島の墓に手を合わせたのは"
            "19年夏だという。",
            "「いつか平和条約が結ばれて、孫たちが自由に行き来できる日が来てほしい。それを見届ける"
            "までは語り続けたい」。男性は穏やかな口調で話した。",
        ],
    },
    # ------------------------------------------------------------------ b51-27  Defense white paper
    {
        "id": "b51-27", "feed": "gunwale-wire", "lang": "en",
        "published": "2025-07-15T02:00:00Z",
        "title": "Japan's defence white paper flags Russian and Chinese activity near its northern waters",
        "summary": "The annual report says Russian forces on the islands Japan claims continue their "
                   "activity and describes Russia-China military cooperation as a concern.",
        "label": "restatement",
        "note": "Annual report restating known positions: Japan's claim, continued (unspecified) "
                "Russian military activity, Russia's suspension of talks. Names no new deployment.",
        "author": "Aya Morikawa", "section": "Defence",
        "body": [
            "TOKYO, July 15 (Gunwale Wire) - Japan's annual defence white paper, approved by the "
            "Cabinet on Tuesday, says Russian forces continue their activity on the islands off "
            "Hokkaido that Japan claims, and calls growing military cooperation between Russia and "
            "China \"a matter of serious concern.\"",
            "The report repeats that the islands, which Japan calls the Northern Territories, are "
            "\"an integral part of Japan's territory\" and that Russia's military presence there is "
            "incompatible with Japan's position. It does not identify any new Russian units or "
            "weapons on the islands.",
            "It notes that Russia has stationed a division on the islands since Soviet times and "
            "that Moscow's suspension of peace treaty talks in 2022 has left no channel for "
            "discussing the issue.",
            "Most of the 500-page document is devoted to China, North Korea and Japan's own defence "
            "build-up, including long-range missiles it is acquiring.",
            "(Reporting by Aya Morikawa; Editing by Ted Blythe)",
        ],
    },
    # ------------------------------------------------------------------ b51-28  copy of white paper
    {
        "id": "b51-28", "feed": "hollyford-en", "lang": "en",
        "published": "2025-07-15T07:00:00Z",
        "title": "Japan defence report: Russian activity on claimed islands continues",
        "summary": "Tokyo's annual white paper repeats its claim to the islands and its concern "
                   "about Russia-China military ties.",
        "label": "restatement",
        "note": "Syndicated copy of b51-27; annual report restatement.",
        "author": "Gunwale Wire", "section": "World",
        "meta": False,
        "body": [
            "TOKYO - Japan's annual defence white paper, approved by the Cabinet on Tuesday, says "
            "Russian forces continue their activity on the islands off Hokkaido that Japan claims, "
            "and calls growing military cooperation between Russia and China \"a matter of serious "
            "concern.\"",
            "The report repeats that the islands are \"an integral part of Japan's territory\" and "
            "that Russia's military presence there is incompatible with Japan's position. It does "
            "not identify any new Russian units or weapons on the islands.",
            "It notes that Moscow's suspension of peace treaty talks in 2022 has left no channel "
            "for discussing the issue.",
            "Most of the document is devoted to China, North Korea and Japan's own defence build-up, including the long-range missiles it is acquiring.",
            'The white paper, published every summer, is routinely criticised by Beijing, Seoul and Moscow for its descriptions of territorial issues.',
        ],
    },
    # ------------------------------------------------------------------ b51-29  questioned analysis
    {
        "id": "b51-29", "feed": "northreach-asia", "lang": "en",
        "published": "2025-08-19T09:00:00Z",
        "title": "Analysis: Will former islanders ever see their family graves again?",
        "summary": "Three summers after Moscow ended visa-free travel to the islands, Japanese "
                   "former residents are running out of time.",
        "label": "restatement",
        "note": "Questioned/prospect-only analysis. Restates seeds (visa-free trips and 1999 "
                "former-residents visits terminated; talks halted). No new fact.",
        "author": "Kenta Ibarra", "section": "Analysis",
        "tags": ["Japan", "Russia", "Northern Territories", "Analysis"],
        "body": [
            "NEMURO - Every August, the former residents of the islands off Hokkaido used to board a "
            "chartered ship for a few days of visits to family graves. For the third summer in a "
            "row, the ship has stayed in port.",
            "Russia ended the visa-free arrangement that made the trips possible in March 2022, "
            "together with simplified visits for former residents under a 1999 agreement, citing "
            "Japan's sanctions over Ukraine. It also walked out of peace treaty talks.",
            "Could the visits come back? Japanese officials say they raise the issue whenever they "
            "can and call it a humanitarian matter that should be separated from politics. Russian "
            "officials answer that the conditions are absent and that Tokyo knows what it would "
            "have to do.",
            "\"Nobody I talk to in Tokyo expects a breakthrough,\" said a former Japanese diplomat "
            "who worked on the exchanges. \"The best one can hope for is some one-off gesture, and "
            "even that would need a thaw that isn't in sight.\"",
            "The average age of the roughly 5,000 surviving former residents is now close to 89. "
            "For many of them, the question is no longer whether the trips will resume, but "
            "whether they will live to take one.",
        ],
    },
    # ------------------------------------------------------------------ b51-30  feature Yuzhno-Kurilsk
    {
        "id": "b51-30", "feed": "shtorm-ru", "lang": "ru",
        "published": "2025-09-02T00:30:00Z",
        "title": "Три года без японских гостей: как живёт Южно-Курильск",
        "summary": "Корреспондент «Шторма» побывал на Кунашире и поговорил с жителями о том, как "
                   "изменился остров после прекращения безвизовых обменов.",
        "label": "restatement",
        "note": "Background feature; restates seed facts (visa-free exchanges terminated in 2022). "
                "No new event.",
        "author": "Ольга Кравец", "section": "Курилы",
        "meta": False,
        "body": [
            "Ещё несколько лет назад в августе в Южно-Курильск приходило японское судно с "
            "делегацией: бывшие жители острова, школьники, журналисты. Теперь о безвизовых обменах "
            "напоминают разве что японские надписи на старых указателях у причала.",
            "Россия прекратила безвизовые поездки японцев на южные Курилы весной 2022 года в ответ "
            "на санкции Токио. Вместе с ними закончились и поездки бывших японских жителей "
            "островов на могилы родственников.",
            "«Раньше мы ждали их, готовили концерты, дети учили японские песни. Теперь связи "
            "никакой, только старые фотографии», — рассказывает учительница местной школы.",
            "Другие жители перемены почти не заметили: на острове больше говорят о ценах на "
            "топливо, расписании парома и путине. «Японцы приезжали на три дня раз в год. Жизнь "
            "здесь всегда держалась на рыбе», — говорит рыбак Сергей.",
            "Переговоры о мирном договоре, которые Москва прекратила тогда же, в 2022 году, на "
            "Кунашире вспоминают редко. «Острова наши, это все знают. О чём тут переговариваться?» "
            "— пожимает плечами продавщица в магазине у порта.",
        ],
        "comments": [
            ("Лариса К.", "Хороший материал. Дети и правда пели, я помню."),
            ("vostok65", "А про дорогу до Головнино опять ни слова."),
        ],
    },
    # ------------------------------------------------------------------ b51-31  Dokdo drills
    {
        "id": "b51-31", "feed": "gunwale-wire", "lang": "en",
        "published": "2025-10-14T03:00:00Z",
        "title": "South Korea holds defence drills around disputed islets, Japan protests",
        "summary": "Seoul's twice-yearly exercise around the islets it calls Dokdo drew a protest "
                   "from Tokyo, which claims them as Takeshima.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (Takeshima/Dokdo). Not about Russia or the Kurils.",
        "author": "Jae-min Holt", "section": "Asia-Pacific",
        "body": [
            "SEOUL, Oct 14 (Gunwale Wire) - South Korea's navy and coast guard began a two-day "
            "exercise on Tuesday around the islets in the Sea of Japan that Seoul controls and "
            "calls Dokdo, prompting a protest from Japan, which claims them as Takeshima.",
            "The drills, held twice a year since 1986, simulate repelling an attempt by foreign "
            "civilian or military vessels to land on the islets, a South Korean navy official said. "
            "No marines were landed this time.",
            "Japan's foreign ministry summoned a South Korean embassy official and called the "
            "exercise \"unacceptable\" and \"extremely regrettable,\" the ministry said.",
            "Tokyo and Seoul have worked to improve ties since 2023, but the territorial issue "
            "continues to flare regularly.",
            "(Reporting by Jae-min Holt; Editing by Ted Blythe)",
            'South Korea has held the exercise under the name "East Sea territory protection drill" and in recent years has kept it low-key, without publicising details or releasing photographs.',
            'Japan\'s Chief Cabinet Secretary said Tokyo\'s position on Takeshima was "consistent" and that it would continue to respond "calmly and resolutely."',
        ],
    },
    # ------------------------------------------------------------------ b51-32  Galuzin conditional
    {
        "id": "b51-32", "feed": "rubka-ru", "lang": "ru",
        "published": "2025-11-11T10:00:00Z",
        "title": "Галузин: нормализация с Токио возможна лишь при отказе от враждебного курса",
        "summary": "Замминистра иностранных дел заявил, что переговоры о мирном договоре в нынешних "
                   "условиях невозможны.",
        "label": "restatement",
        "note": "Conditional ('only if Tokyo drops hostile course') by a new speaker; restates "
                "seeds 001/004 (talks impossible, key condition is Tokyo's refusal of hostile policy).",
        "author": "Рубка", "section": "Политика",
        "body": [
            "Заместитель министра иностранных дел России Михаил Галузин заявил «Рубке», что "
            "нормализация отношений с Японией возможна только в том случае, если Токио откажется "
            "от антироссийских санкций и недружественной политики.",
            "«Если японская сторона сделает такой выбор, можно будет говорить о постепенном "
            "восстановлении взаимодействия. Пока же никаких реальных сигналов мы не видим», — "
            "сказал дипломат.",
            "По словам Галузина, переговоры о мирном договоре в нынешних условиях невозможны. "
            "«Подписывать основополагающий документ о добрососедстве с государством, которое "
            "занимает открыто враждебные позиции, нельзя», — подчеркнул он.",
            "Россия прекратила переговоры с Японией о мирном договоре в марте 2022 года в ответ на "
            "санкции, введённые Токио после начала специальной военной операции.",
            'Галузин также отметил, что Москва внимательно следит за военными приготовлениями Японии и её сотрудничеством с США и НАТО в регионе. «Это не способствует созданию атмосферы, в которой можно было бы обсуждать какие-либо серьёзные вопросы», — сказал он.',
            'В Токио неоднократно заявляли, что намерены решить территориальный вопрос и заключить мирный договор, однако Россия считает свой суверенитет над Курилами неоспоримым.',
        ],
    },
    # ------------------------------------------------------------------ b51-33  Second Thomas Shoal
    {
        "id": "b51-33", "feed": "northreach-asia", "lang": "en",
        "published": "2026-01-20T05:00:00Z",
        "title": "Philippine resupply boat hit by water cannon near Second Thomas Shoal",
        "summary": "Manila accused Chinese coast guard ships of blocking a mission to its outpost in "
                   "the disputed Spratly Islands.",
        "label": "off_topic",
        "note": "Look-alike: another island dispute (South China Sea).",
        "author": "Northreach desk", "section": "Maritime",
        "tags": ["Philippines", "China", "South China Sea"],
        "body": [
            "A Philippine supply boat bound for the military outpost on Second Thomas Shoal was hit "
            "by water cannon from Chinese coast guard ships on Monday, the Philippine coast guard "
            "said, injuring two crew members.",
            "The boat was carrying food and water to the handful of marines stationed aboard the "
            "grounded warship BRP Sierra Madre, which Manila has used as an outpost in the Spratly "
            "Islands since 1999.",
            "China's coast guard said it had taken \"necessary control measures\" against vessels "
            "that \"illegally intruded\" into waters near Ren'ai Reef, its name for the shoal.",
            "The United States, a treaty ally of the Philippines, condemned the action. Japan's "
            "foreign ministry expressed \"serious concern,\" noting its own island disputes and its "
            "support for the rule of law at sea.",
            "The incident was the latest in a series of confrontations around the shoal, which lies about 200 km from the Philippine island of Palawan and well inside Manila's exclusive economic zone as defined by a 2016 arbitral ruling that Beijing rejects.",
        ],
    },
    # ------------------------------------------------------------------ b51-34  quake (neutral)
    {
        "id": "b51-34", "feed": "gunwale-wire", "lang": "en",
        "published": "2026-02-24T22:00:00Z",
        "title": "Magnitude 6.0 quake strikes off central Kuril Islands, no tsunami threat",
        "summary": "The quake struck at a depth of about 40 km near Simushir island; no damage was "
                   "reported.",
        "label": "neutral",
        "note": "Borderline: natural event on the Kurils, no political or administrative move.",
        "author": "Gunwale Wire", "section": "World",
        "body": [
            "Feb 24 (Gunwale Wire) - An earthquake of magnitude 6.0 struck off the central Kuril "
            "Islands on Tuesday, the U.S. Geological Survey said, at a depth of about 40 km near "
            "the uninhabited island of Simushir.",
            "Japan's Meteorological Agency said there was no tsunami threat to Japan's coasts. "
            "Russia's emergencies ministry in the Sakhalin region said no damage or injuries had "
            "been reported in the towns of Kurilsk and Severo-Kurilsk.",
            "The Kuril chain lies on the Pacific Ring of Fire and sees frequent seismic activity.",
            "The area around Simushir was the site of two large earthquakes in 2006 and 2007 that generated tsunamis across the Pacific. Seismologists said Tuesday's quake was not unusual for the region and that aftershocks were possible over the coming days.",
            '(Reporting by the Gunwale Wire Asia desk)',
        ],
    },
    # ------------------------------------------------------------------ b51-35  Chishima cherry
    {
        "id": "b51-35", "feed": "isoshio-ja", "lang": "ja",
        "published": "2026-05-14T03:00:00Z",
        "title": "清隆寺の千島桜が見頃　根室、例年より3日早く",
        "summary": "根室市の清隆寺で市の天然記念物・千島桜が見頃を迎え、参拝客の目を楽しませている。",
        "label": "off_topic",
        "note": "Look-alike: cherry variety named after the Kurils (千島桜), a seasonal item in Nemuro.",
        "author": "根室支局", "section": "根室・釧路",
        "body": [
            "日本最東端の桜の名所として知られる根室市の清隆寺で、市の天然記念物に指定されている"
            "千島桜が見頃を迎えた。例年より3日ほど早く、境内は淡いピンクの花に包まれている。",
            "千島桜は千島列島やサハリンなどに自生するタカネザクラの一種で、背が低く、寒さに強いのが"
            "特徴。清隆寺の木は明治期に植えられたと伝わる。",
            "13日は平日にもかかわらず、市内外から多くの参拝客が訪れ、スマートフォンで写真を撮る"
            "などしていた。釧路市から訪れた女性（68）は「毎年楽しみにしている。今年は天気にも"
            "恵まれて最高」と話した。",
            "見頃は今週末ごろまで続く見通し。",
        ],
    },
    # ------------------------------------------------------------------ b51-36  art school (neutral)
    {
        "id": "b51-36", "feed": "shtorm-ru", "lang": "ru",
        "published": "2026-09-08T04:00:00Z",
        "title": "В Курильске открылась новая детская школа искусств",
        "summary": "В здании на 150 учеников будут работать музыкальное, художественное и "
                   "хореографическое отделения.",
        "label": "neutral",
        "note": "Borderline: small local infrastructure on Iturup; not a policy move.",
        "author": "Ольга Кравец", "section": "Курилы",
        "body": [
            "В Курильске на Итурупе открылась новая детская школа искусств. Двухэтажное здание "
            "рассчитано на 150 учеников, в нём разместились музыкальное, художественное и "
            "хореографическое отделения, а также концертный зал на 80 мест.",
            "Прежде занятия проходили в приспособленных помещениях бывшего детского сада. "
            "«Теперь у нас есть свой зал, классы с хорошей акустикой и новые инструменты», — "
            "рассказала директор школы.",
            "Строительство вели по государственной программе социально-экономического развития "
            "Курильских островов. В этом году в округе также планируют завершить ремонт районной "
            "библиотеки.",
            'Обучение в школе бесплатное, набор в первые классы уже завершён: на 60 мест поступило более 90 заявлений. Педагогов для новых отделений пригласили из Южно-Сахалинска и Хабаровска, для них выделены служебные квартиры.',
            'Первый отчётный концерт учеников запланирован на декабрь.',
        ],
        "comments": [
            ("Мама_Курильск", "Наконец-то! Дочка ждала с весны."),
        ],
    },
    # ------------------------------------------------------------------ b51-37  1956 declaration 70 years
    {
        "id": "b51-37", "feed": "kitakaze-ja", "lang": "ja",
        "published": "2026-10-19T03:00:00Z",
        "title": "日ソ共同宣言70年　外務報道官談話「四島の帰属を解決し平和条約を」",
        "summary": "日ソ共同宣言の署名から70年を迎え、外務省は報道官談話を発表し、北方四島の帰属の問題を"
                   "解決して平和条約を締結する方針に変わりはないと強調した。",
        "label": "restatement",
        "note": "Anniversary of the 1956 declaration (seed 004). Restates Japan's position and "
                "Russia's 2022 suspension of talks. No new fact.",
        "author": "北風通信", "section": "政治",
        "body": [
            "1956年の日ソ共同宣言の署名から19日で70年を迎えた。外務省は報道官談話を発表し、「北方四島の"
            "帰属の問題を解決して平和条約を締結するという政府の基本方針に変わりはない」と強調した。",
            "共同宣言は両国の戦争状態を終わらせ、国交を回復した。平和条約締結後に歯舞群島と色丹島を"
            "日本に引き渡すと明記しているが、条約はいまだに結ばれていない。",
            "談話は、ロシアが2022年3月に平和条約交渉を一方的に中断したことについて「極めて不当で"
            "あり、断じて受け入れられない」と改めて批判した。",
            "元島民団体の関係者は「宣言から70年、島はますます遠くなった」と語った。",
        ],
    },
    # ------------------------------------------------------------------ b51-38  Rausu request (requested)
    {
        "id": "b51-38", "feed": "isoshio-ja", "lang": "ja",
        "published": "2026-11-24T02:00:00Z",
        "title": "羅臼漁協、中間ライン越え操業の容認を要望　スケトウダラ不漁で国に",
        "summary": "羅臼漁協は根室海峡のスケトウダラ不漁を受け、中間ラインを越えた海域での操業が"
                   "認められるようロシア側に働き掛けることを国に求めた。",
        "label": "restatement",
        "note": "Requested version of the later G5 move: only a request, no Russian decision; "
                "'実現の見通しは立っていない'. Nothing happened.",
        "author": "羅臼支局", "section": "水産",
        "body": [
            "羅臼漁協の組合長らは24日、水産庁と外務省を訪れ、根室海峡のスケトウダラ刺し網漁について、"
            "ロシアが実効支配する中間ライン以東の海域での操業が認められるよう、ロシア側に働き掛ける"
            "ことを求める要望書を提出した。",
            "根室海峡のスケトウダラ漁獲量は、最盛期の1990年前後の1割以下に落ち込んでいる。漁協に"
            "よると、魚群は国後島寄りの海域に多く見られる一方、日本漁船は中間ラインを越えると拿捕"
            "される恐れがあり、近づけない状態が続いているという。",
            "組合長は「このままでは地域の漁業が立ち行かない。せめて漁期中だけでも操業できるよう、"
            "国として交渉してほしい」と訴えた。",
            "水産庁の担当者は「要望の趣旨は理解した。どのような対応が可能か検討したい」と述べるに"
            "とどめた。日ロ関係の冷え込みもあり、実現の見通しは立っていない。",
        ],
    },
    # ------------------------------------------------------------------ b51-39  G5 first (JA)
    {
        "id": "b51-39", "feed": "isoshio-ja", "lang": "ja",
        "published": "2026-12-15T03:00:00Z",
        "title": "中間ライン越え操業、今季に限り容認　羅臼のスケトウダラ漁船　ロシア側",
        "summary": "水産庁は、根室海峡のスケトウダラ刺し網漁で、ロシア側が羅臼の漁船に中間ラインを"
                   "越えた海域での操業を今季（来年1〜3月）に限り認めたと発表した。",
        "label": "new_development", "group": "g-pollock-median-line",
        "new_facts": ["ロシア側が羅臼のスケトウダラ刺し網漁船に、根室海峡の中間ラインを越えた海域での"
                      "操業を今季（2027年1〜3月）に限り認めた"],
        "must_mention": [["スケトウダラ"], ["今季", "中間ライン"]],
        "note": "G5 first report, Japanese. In-between state: allowed this season only. "
                "Follows the request b51-38. Seeds say nothing on fishing arrangements.",
        "author": "羅臼支局", "section": "水産",
        "body": [
            "水産庁は15日、根室海峡のスケトウダラ刺し網漁について、ロシア側が羅臼漁協所属の漁船に"
            "対し、中間ラインを越えた海域での操業を今季（来年1〜3月）に限り認めると外交ルートを通じて"
            "回答してきたと発表した。",
            "対象は中間ラインから国後島側に約3カイリの幅の海域で、1日あたり最大12隻まで。操業の"
            "前日までにロシア国境警備局へ船名と位置を通報することが条件となる。ロシア側は「今回の"
            "措置は例外的なもので、来季以降を約束するものではない」としている。",
            "日本政府は、北方四島周辺の海域での操業がロシアの管轄権を認めることにならないよう、"
            "条件の詳細を確認したうえで受け入れたという。",
            "羅臼漁協の組合長は「先月要望したばかりで、正直驚いている。まずは今季、安全に操業できる"
            "よう準備したい」と話した。漁は1月上旬に始まる。",
        ],
    },
    # ------------------------------------------------------------------ b51-40  G5 (RU)
    {
        "id": "b51-40", "feed": "rubka-ru", "lang": "ru",
        "published": "2026-12-16T07:00:00Z",
        "title": "Японским рыбакам из Раусу разрешили ловить минтай у Кунашира — только в этом сезоне",
        "summary": "Японским судам разрешат вести промысел минтая в российской части Кунаширского "
                   "пролива с января по март 2027 года в порядке исключения.",
        "label": "new_development", "group": "g-pollock-median-line",
        "new_facts": ["Japanese pollock boats from Rausu allowed to fish in the Russian part of the "
                      "Kunashir (Nemuro) Strait in January-March 2027, as a one-season exception"],
        "must_mention": [["минтай"], ["сезон", "срединн", "исключен"]],
        "note": "G5, Russian report.",
        "author": "Рубка", "section": "Экономика",
        "body": [
            "Российская сторона в порядке исключения разрешила японским рыболовным судам из посёлка "
            "Раусу на Хоккайдо вести промысел минтая в российской части Кунаширского пролива в "
            "предстоящую путину — с 1 января по 31 марта 2027 года. Об этом сообщили в "
            "Росрыболовстве.",
            "Речь идёт о полосе шириной около трёх морских миль вдоль условной срединной линии "
            "пролива. Одновременно в районе смогут работать не более 12 японских судов, каждое из "
            "которых обязано накануне выхода уведомить Пограничное управление ФСБ по Сахалинской "
            "области.",
            "«Разрешение носит разовый характер и действует только в этом сезоне. Вопрос о "
            "последующих периодах будет рассматриваться отдельно», — подчеркнули в ведомстве.",
            "Японские рыбаки из Раусу ранее жаловались на резкое сокращение уловов минтая в своей "
            "части пролива.",
            'Японский Раусу расположен на полуострове Сиретоко, напротив Кунашира. Промысел минтая в проливе ведётся зимой, когда рыба подходит к берегам на нерест.',
            'В Сахалинской области решение прокомментировали сдержанно. Рыбаки Южно-Курильска опасаются, что присутствие японских сетей осложнит работу местных судов, однако в Росрыболовстве заверили, что районы промысла будут разведены.',
        ],
    },
    # ------------------------------------------------------------------ b51-41  G5 (EN)
    {
        "id": "b51-41", "feed": "northreach-asia", "lang": "en",
        "published": "2026-12-17T02:00:00Z",
        "title": "Russia lets Hokkaido pollock boats cross Nemuro Strait median line, this season only",
        "summary": "Up to 12 boats from Rausu may fish a narrow strip on the Kunashir side from January "
                   "to March, in a one-off exception Moscow says sets no precedent.",
        "label": "new_development", "group": "g-pollock-median-line",
        "new_facts": ["Rausu pollock gillnetters may fish beyond the Nemuro Strait median line in "
                      "Jan-Mar 2027 only"],
        "must_mention": [["pollock"], ["season", "median line"]],
        "note": "G5, English report.",
        "author": "Kenta Ibarra", "section": "Fisheries",
        "tags": ["Japan", "Russia", "Fisheries", "Nemuro Strait", "Kunashir"],
        "body": [
            "Russia will let Japanese pollock boats from Rausu, in eastern Hokkaido, fish beyond the "
            "median line of the Nemuro Strait for the coming season only, officials on both sides "
            "said, a rare concession in waters where Japanese boats risk seizure.",
            "Up to 12 boats a day may work a strip about three nautical miles wide on the side of "
            "the strait facing Kunashir island from January 1 to March 31, provided they notify "
            "Russia's border guards a day in advance, Japan's Fisheries Agency said.",
            "Russia's fisheries agency called the permission \"one-off\" and said it did not commit "
            "Moscow to anything for later seasons. Tokyo said it had checked that the terms would "
            "not imply recognition of Russian jurisdiction over the waters, which Japan regards as "
            "its own.",
            "Pollock catches on the Japanese side of the strait have fallen to less than a tenth of "
            "their peak around 1990. Rausu's fishery cooperative asked the government to seek the "
            "concession last month.",
            "The decision comes with relations still frozen: Moscow has refused to discuss a peace "
            "treaty since 2022.",
        ],
    },
]
