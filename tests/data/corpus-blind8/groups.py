"""Development groups of blind8 and their must_mention stems.

Each concept is a dict lang -> stems; for an article in language L the inner list puts
L's stems first, then the other two languages'.
"""

GROUPS = {
    "g1-kunashir-patrol-ship": {
        "label": "new_development",
        "concepts": [
            {"ru": ["южно-курильск", "кунашир"], "en": ["yuzhno-kurilsk", "kunashir"], "ja": ["国後", "古釜布"]},
            {"ru": ["патрульн", "корабл"], "en": ["patrol ship", "warship"], "ja": ["哨戒艦", "艦艇", "軍艦"]},
        ],
        "new_facts": {
            "ru": ["Патрульный корабль ТОФ «Капитан Головнин» (проект 22160) 13 мая 2024 года прибыл в Южно-Курильск (Кунашир) для постоянного базирования — первый боевой корабль, постоянно базирующийся на Курилах"],
            "en": ["Pacific Fleet patrol ship Kapitan Golovnin (Project 22160) homeported at Yuzhno-Kurilsk, Kunashir, from May 13, 2024 - first warship permanently based on the islands"],
            "ja": ["ロシア太平洋艦隊の哨戒艦「カピタン・ゴロブニン」が2024年5月13日から国後島古釜布を母港として常駐、日本政府が抗議"],
        },
    },
    "g2-ainu-rite-kunashir": {
        "label": "status_change",
        "concepts": [
            {"ja": ["アイヌ"], "en": ["ainu"], "ru": ["айнов", "айны", "айнск"]},
            {"ja": ["国後"], "en": ["kunashir"], "ru": ["кунашир"]},
            {"ja": ["今回限り", "一度限り", "例外"], "en": ["one-off", "one-time", "exception"], "ru": ["однократ", "разов", "исключени"]},
        ],
        "new_facts": {
            "ja": ["ロシアが人道的措置として今回限りの訪問を認め、アイヌ民族団体の29人（政府職員を含め31人）が2024年9月1日に国後島で先祖供養の儀式を実施（2022年のビザなし渡航停止後初の日本側訪問、枠組みは停止のまま）"],
            "en": ["Russia allowed a one-off visit: 29 Ainu from Hokkaido held ancestral rites on Kunashir on Sept 1, 2024, the first Japanese group on the islands since visa-free trips were terminated in 2022; the framework stays suspended"],
            "ru": ["Россия однократно разрешила группе айнов с Хоккайдо посетить Кунашир для обряда поминовения предков (1 сентября 2024 года); безвизовые поездки по-прежнему прекращены"],
        },
    },
    "g3-kuril-settler-land": {
        "label": "new_development",
        "concepts": [
            {"ru": ["земельн", "участк", "гектар"], "en": ["land", "hectare", "plot"], "ja": ["土地", "ヘクタール"]},
            {"ru": ["переселен", "переезж", "новосел"], "en": ["settler", "relocat", "newcomer"], "ja": ["移住", "入植"]},
        ],
        "new_facts": {
            "ru": ["Постановление правительства РФ (март 2025): переселенцам на Южные Курилы — до 3 га земли бесплатно в собственность через 5 лет и подъёмные 1,5 млн рублей на семью"],
            "en": ["Russian government resolution (March 2025) gives settlers on the southern Kurils up to 3 hectares of land free after five years plus a 1.5 million rouble relocation grant"],
            "ja": ["ロシア政府が2025年3月、北方四島などへの移住者に最大3ヘクタールの土地を5年後に無償で所有させ、150万ルーブルの一時金を支給する決定を公布。日本政府は抗議"],
        },
    },
    "g4-islanders-visit-japan": {
        "label": "status_change",
        "concepts": [
            {"ja": ["ビザなし", "査証なし"], "en": ["visa-free", "without visas"], "ru": ["безвиз", "без виз"]},
            {"ja": ["根室", "島民", "住民"], "en": ["nemuro", "islanders", "residents"], "ru": ["немуро", "жител", "южнокурил"]},
        ],
        "new_facts": {
            "ja": ["北方四島のロシア人住民42人が2025年7月9日、ビザなし交流の枠組みで根室を訪問。島側住民の来訪は2019年以来で、日露が受け入れ再開で合意（日本人の四島訪問は停止のまま）"],
            "en": ["Visa-free exchange leg of island residents visiting Japan resumed: 42 Russian residents of the islands visited Nemuro on July 9, 2025; Japanese visits to the islands remain banned"],
            "ru": ["42 жителя Южных Курил 9 июля 2025 года посетили Немуро без виз — впервые с 2019 года; поездки японцев на острова по-прежнему запрещены"],
        },
    },
    "g5-defence-minister-tour": {
        "label": "new_development",
        "concepts": [
            {"en": ["defence minister", "defense minister", "belousov"], "ru": ["министр обороны", "белоусов", "глава минобороны"], "ja": ["国防相", "ベロウソフ"]},
            {"en": ["iturup", "kunashir"], "ru": ["итуруп", "кунашир"], "ja": ["択捉", "国後"]},
        ],
        "new_facts": {
            "en": ["Russian Defence Minister Andrei Belousov toured garrison units on Iturup and Kunashir on Sept 15, 2025, inspecting coastal missile positions and ordering additional barracks and a hospital for the division"],
            "ru": ["Министр обороны Андрей Белоусов 15 сентября 2025 года посетил воинские части на Итурупе и Кунашире, проверил позиции береговых ракетных комплексов, поручил построить госпиталь и казармы"],
            "ja": ["ロシアのベロウソフ国防相が2025年9月15日に択捉島と国後島の部隊を視察"],
        },
    },
    "g6-pm-aerial-inspection": {
        "label": "new_development",
        "concepts": [
            {"ja": ["視察"], "en": ["inspect", "flight", "flew"], "ru": ["облет", "облёт", "осмотр"]},
            {"ja": ["首相"], "en": ["prime minister"], "ru": ["премьер"]},
        ],
        "new_facts": {
            "ja": ["首相が2026年2月6日、海上保安庁の航空機で北方領土を上空から視察。翌7日、ロシア外務省が抗議"],
            "en": ["Japan's prime minister inspected the Russian-held islands from a Japan Coast Guard aircraft on Feb 6, 2026; Russia's Foreign Ministry protested the next day"],
            "ru": ["Премьер-министр Японии 6 февраля 2026 года облетел районы у Южных Курил на самолёте береговой охраны; МИД России 7 февраля выразил протест"],
        },
    },
    "g7-property-records": {
        "label": "new_development",
        "concepts": [
            {"ja": ["登記", "台帳", "財産記録"], "en": ["register", "records", "deeds"], "ru": ["реестр", "запис", "регистрац"]},
            {"ja": ["元島民"], "en": ["former resident", "former islander"], "ru": ["бывших жител", "бывшие жител", "бывших островит"]},
        ],
        "new_facts": {
            "ja": ["政府が2026年6月12日の閣議で、北方四島の戦前の登記簿・土地台帳をデジタル化し、元島民や子孫に「旧財産記録証明書」を交付する方針を決定（2027年4月交付開始）"],
            "en": ["Japanese cabinet decided on June 12, 2026 to digitise pre-war land registers of the four islands and issue certified property-record certificates to former residents and heirs from April 2027"],
            "ru": ["Правительство Японии решило оцифровать довоенные земельные реестры четырёх островов и выдавать бывшим жителям и наследникам свидетельства о собственности"],
        },
    },
    "g8-1999-agreement-terminated": {
        "label": "status_change",
        "concepts": [
            {"ru": ["денонс", "прекращении действия", "прекращает действ"], "en": ["denounc", "terminat", "scrap"], "ja": ["破棄", "廃棄", "終了"]},
            {"ru": ["1999"], "en": ["1999"], "ja": ["1999"]},
        ],
        "new_facts": {
            "ru": ["Правительство РФ постановлением от 27 октября 2026 года прекратило действие (денонсировало) соглашения 1999 года об облегчённых посещениях островов бывшими японскими жителями; Японии направлено уведомление"],
            "en": ["Russia formally terminated (denounced) the 1999 agreement on simplified visits by former Japanese residents on Oct 27, 2026; previously visits were suspended but the agreement was in force"],
            "ja": ["ロシア政府が2026年10月27日、元島民らの「自由訪問」を定めた1999年の合意の破棄を決定し日本に通告。日本政府は抗議"],
        },
    },
}


def must_mention_for(group: str, lang: str) -> list[list[str]]:
    order = [lang] + [l for l in ("en", "ru", "ja") if l != lang]
    out = []
    for c in GROUPS[group]["concepts"]:
        alt = []
        for l in order:
            for s in c.get(l, []):
                s = s.lower()
                if s not in alt:
                    alt.append(s)
        out.append(alt)
    return out
