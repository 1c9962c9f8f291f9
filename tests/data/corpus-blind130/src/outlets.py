"""Invented outlets of the blind130 corpus: feed ids, names, page chrome.

`meta` says which metadata the article pages carry:
  full   -> og: tags, article:published_time, JSON-LD NewsArticle
  og     -> og: tags and article:published_time only
  date   -> og: tags plus <meta name="date">
  none   -> no og: tags, no JSON-LD, no <meta name=date> (date only in visible text)
"""

OUTLETS = {
    "brinefield": {
        "title": "Brinefield Times — Asia & Pacific",
        "site": "Brinefield Times",
        "format": "rss",
        "lang": "en",
        "meta": "full",
        "style": "broadsheet",
        "nav": ["World", "Asia", "Pacific", "Business", "Oceans", "Opinion", "Podcasts"],
        "cookie": "We use cookies to personalise content and measure traffic. "
                  "By continuing you accept our cookie policy.",
        "footer": "© Brinefield Times Media Ltd. All rights reserved. "
                  "Registered office: 14 Quayside Row. Editorial standards | Corrections | Contact",
        "related": [
            ("Hakodate squid landings slump for a fourth year", "/oceans/hakodate-squid-landings"),
            ("Explainer: why Japan and Russia never signed a WWII peace treaty", "/asia/explainer-peace-treaty"),
            ("Freight rates on the Tsugaru route climb", "/business/tsugaru-freight"),
            ("Sea-ice season ends early off Hokkaido", "/oceans/sea-ice-season"),
            ("Tokyo fish market: winter prices for kelp and urchin", "/business/tokyo-winter-prices"),
        ],
    },
    "outrigger": {
        "title": "Outrigger Wire — North Pacific",
        "site": "Outrigger Wire",
        "format": "atom",
        "lang": "en",
        "meta": "date",
        "style": "wire",
        "nav": ["Top", "North Pacific", "Japan", "Russia", "Korea", "China", "Markets", "Science"],
        "cookie": "Outrigger Wire uses strictly necessary cookies and, with your consent, "
                  "analytics cookies. Manage preferences.",
        "footer": "Outrigger Wire · independent news agency for the North Pacific · "
                  "Licensing · Privacy · Terms",
        "related": [
            ("Busan port volumes hit record", "/markets/busan-volumes"),
            ("Typhoon season outlook for the western Pacific", "/science/typhoon-outlook"),
            ("Japan Coast Guard adds two large patrol ships", "/japan/jcg-patrol-ships"),
            ("Chinese research vessel tracked east of Okinawa", "/china/research-vessel"),
            ("Pollock prices in Busan steady", "/markets/pollock-prices"),
        ],
    },
    "starboard": {
        "title": "Starboard Register — Maritime & Trade",
        "site": "Starboard Register",
        "format": "rss",
        "lang": "en",
        "meta": "none",
        "style": "trade",
        "nav": ["Shipping", "Ports", "Fisheries", "Safety", "Regulation", "Energy", "Events"],
        "cookie": "This site stores cookies on your computer. Accept | Decline",
        "footer": "Starboard Register is published by Halvard Trade Publishing. "
                  "Subscriptions · Advertise · Privacy notice",
        "related": [
            ("IMO sub-committee agenda: what owners should watch", "/regulation/imo-agenda"),
            ("LNG carrier orderbook swells", "/energy/lng-orderbook"),
            ("Tanker detentions under port-state control rise", "/safety/psc-detentions"),
            ("Saury fleets head out early", "/fisheries/saury-fleets"),
            ("Bunker prices in Singapore", "/shipping/bunker-prices"),
        ],
    },
    "ebbtide": {
        "title": "Ebbtide Courier — World",
        "site": "Ebbtide Courier",
        "format": "atom",
        "lang": "en",
        "meta": "full",
        "style": "magazine",
        "nav": ["World", "Politics", "Asia", "Europe", "Environment", "Culture", "Newsletters"],
        "cookie": "Ebbtide Courier and its partners use cookies. Choose ‘Accept all’ or "
                  "‘Reject non-essential’.",
        "footer": "Ebbtide Courier · About us · Careers · Help · "
                  "Cookie settings · © Ebbtide Courier",
        "related": [
            ("Pacific island states push for a plastics treaty", "/environment/plastics-treaty"),
            ("Analysis: Japan's new defence budget", "/asia/japan-defence-budget"),
            ("Whale numbers recover in the Okhotsk Sea, survey finds", "/environment/okhotsk-whales"),
            ("Seoul and Tokyo revive shuttle diplomacy", "/asia/shuttle-diplomacy"),
            ("Russia's Far East ports under sanctions", "/world/far-east-ports"),
        ],
    },
    "ledostav": {
        "title": "Ледостав — морская "
                 "лента Сахалина и "
                 "Курил",
        "site": "Ледостав",
        "format": "rss",
        "lang": "ru",
        "meta": "full",
        "style": "ru-portal",
        "nav": ["Новости", "Сахалин",
                "Курилы", "Флот",
                "Рыба", "Политика",
                "Фото"],
        "cookie": "Мы используем "
                  "cookie-файлы. Продолжая "
                  "работу с сайтом, вы "
                  "соглашаетесь с их "
                  "использованием.",
        "footer": "«Ледостав» — "
                  "сетевое издание. "
                  "18+. При цитировании "
                  "ссылка обязательна.",
        "related": [
            ("В Корсакове открыли "
             "новый причал", "/sakhalin/korsakov-prichal"),
            ("Ледовая обстановка "
             "в заливе Анива", "/sakhalin/aniva-led"),
            ("Цены на икру перед "
             "путиной", "/ryba/ceny-ikra"),
            ("Как добраться на "
             "Курилы: расписание "
             "рейсов", "/kurily/raspisanie"),
        ],
    },
    "sayra": {
        "title": "Сайра-Медиа — новости "
                 "рыбной отрасли",
        "site": "Сайра-Медиа",
        "format": "atom",
        "lang": "ru",
        "meta": "none",
        "style": "ru-trade",
        "nav": ["Лента", "Промысел",
                "Переработка",
                "Квоты", "Порты",
                "Интервью"],
        "cookie": "Сайт использует "
                  "файлы cookie. Подробнее "
                  "— в политике "
                  "конфиденциальности.",
        "footer": "© «Сайра-Медиа». "
                  "Реклама · Контакты "
                  "· Подписка на "
                  "дайджест",
        "related": [
            ("Минтай: итоги зимней "
             "путины", "/promysel/mintai-putina"),
            ("Цены на краба в Пусане",
             "/rynok/krab-pusan"),
            ("Новые правила "
             "рыболовства: что "
             "изменится", "/kvoty/pravila"),
            ("Траулеры для "
             "первой очереди "
             "инвестквот", "/porty/traulery"),
        ],
    },
    "shiretoko": {
        "title": "しれとこ浜だより ニュース",
        "site": "しれとこ浜だより",
        "format": "rss",
        "lang": "ja",
        "meta": "og",
        "style": "ja-local",
        "nav": ["ニュース", "漁業", "羅臼", "根室",
                "標津", "くらし", "おくやみ"],
        "cookie": "当サイトは利便性向上のためCookie"
                  "を使用しています。同意する",
        "footer": "しれとこ浜だより編集部　"
                  "記事・写真の無断転載を禁じます",
        "related": [
            ("羅臼漁港で秋サケの初水揚げ",
             "/gyogyo/akisake-hatsu"),
            ("知床の観光船、今季の運航始まる",
             "/rausu/kankosen"),
            ("標津町で漁業者の後継者研修",
             "/shibetsu/koukeisha"),
            ("根室のサンマ水揚げ、前年下回る",
             "/nemuro/sanma"),
        ],
    },
    "oyashio": {
        "title": "親潮タイムズ 電子版",
        "site": "親潮タイムズ",
        "format": "atom",
        "lang": "ja",
        "meta": "full",
        "style": "ja-paper",
        "nav": ["トップ", "政治", "経済", "水産", "地域",
                "国際", "スポーツ", "写真"],
        "cookie": "親潮タイムズでは、サービス向上"
                  "と広告配信のためにCookieを利用"
                  "します。設定を変更する",
        "footer": "© 親潮タイムズ社　個人情報"
                  "保護方針｜著作権｜お問い合わせ",
        "related": [
            ("釧路港のイワシ水揚げ好調",
             "/suisan/iwashi"),
            ("道東の海水温、平年より高く",
             "/chiiki/kaisuion"),
            ("ホタテ輸出、東南アジア向けが伸びる",
             "/keizai/hotate"),
            ("根室市議会、予算案を可決",
             "/chiiki/nemuro-yosan"),
        ],
    },
}
