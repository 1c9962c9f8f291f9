"""Outlets (feeds) of the blind132 corpus: names, feed formats and page chrome.

Eight invented outlets. Two of them (en-gallery, ja-chidori) serve pages without
any machine-readable metadata: no og: tags, no JSON-LD, no <meta name="date">.
"""

OUTLETS = {
    "en-marginalia": {
        "title": "Marginalia Pacific - Asia & Russia",
        "format": "atom", "lang": "en",
        "site": "Marginalia Pacific",
        "tagline": "Reporting from the northern Pacific rim",
        "nav": ["World", "Asia", "Russia", "Japan", "Security", "Energy", "Oceans", "Opinion"],
        "cookie": "We use cookies to understand how our journalism is read and to keep the site secure. "
                  "You can accept all cookies or choose only the essential ones.",
        "footer": ["About Marginalia Pacific", "Corrections policy", "Contact the newsroom",
                   "Syndication", "Privacy", "Terms of use"],
        "copyright": "© Marginalia Pacific Media Ltd. All rights reserved.",
        "meta": "full",          # og + article:published_time + JSON-LD
    },
    "en-lattice": {
        "title": "Lattice Wire - World",
        "format": "rss", "lang": "en",
        "site": "Lattice Wire",
        "tagline": "Fast, plain, sourced",
        "nav": ["Top News", "World", "Politics", "Business", "Markets", "Asia-Pacific", "Europe"],
        "cookie": "Lattice Wire uses cookies and similar technologies for analytics and advertising. "
                  "By continuing you agree to our cookie policy.",
        "footer": ["About Lattice Wire", "Editorial standards", "Licensing", "Careers", "Privacy",
                   "Cookie settings"],
        "copyright": "© Lattice Wire News Service",
        "meta": "og_date",       # og tags + <meta name=date>, no JSON-LD
    },
    "en-gallery": {
        "title": "The Briefing Gallery - transcripts & pressers",
        "format": "rss", "lang": "en",
        "site": "The Briefing Gallery",
        "tagline": "What was said at the podium, as it was said",
        "nav": ["Latest transcripts", "Moscow", "Tokyo", "Beijing", "Washington", "Archive", "Search"],
        "cookie": "This site stores a small cookie to remember your display settings. No tracking.",
        "footer": ["How we transcribe", "Translation notes", "Archive", "Contact", "Privacy"],
        "copyright": "The Briefing Gallery. Transcripts are unofficial; check delivery.",
        "meta": "none",          # no machine-readable metadata at all
    },
    "ru-okolitsa": {
        "title": "ИА «Околица» — Сахалин и Курилы",
        "format": "rss", "lang": "ru",
        "site": "ИА «Околица»",
        "tagline": "Информационное агентство Сахалина и Курил",
        "nav": ["Главное", "Политика", "Общество", "Экономика", "Курилы", "Происшествия", "Интервью",
                "Дальний Восток"],
        "cookie": "Мы используем файлы cookie, чтобы сайт работал корректно. Продолжая пользоваться "
                  "сайтом, вы соглашаетесь с их использованием.",
        "footer": ["Об агентстве", "Реклама", "Контакты редакции", "Правила использования материалов",
                   "Политика конфиденциальности"],
        "copyright": "© ИА «Околица». Свидетельство о регистрации СМИ ИА № ФС77-00000. 16+",
        "meta": "og",            # og tags + article:published_time
    },
    "ru-konsul": {
        "title": "Консул.Инфо — внешняя политика",
        "format": "atom", "lang": "ru",
        "site": "Консул.Инфо",
        "tagline": "Дипломатия, международные отношения, внешняя политика",
        "nav": ["Новости", "МИД", "Азия", "Европа", "СНГ", "Интервью", "Документы", "Аналитика"],
        "cookie": "Сайт использует cookie и сервисы веб-аналитики. Подробнее — в политике обработки "
                  "персональных данных.",
        "footer": ["О проекте", "Редакция", "Для авторов", "Обратная связь", "Обработка персональных данных"],
        "copyright": "© 2024–2027 Консул.Инфо. При цитировании ссылка обязательна. 12+",
        "meta": "full",
    },
    "ru-rakushka": {
        "title": "«Ракушка» — островная газета онлайн",
        "format": "rss", "lang": "ru",
        "site": "«Ракушка»",
        "tagline": "Газета Южно-Курильского округа и Шикотана",
        "nav": ["Новости", "Власть", "Люди", "Море", "Туризм", "Спорт", "Объявления"],
        "cookie": "Мы используем cookie. Это нужно для счётчика посещений и сохранения настроек.",
        "footer": ["Редакция", "Подписка на бумажную версию", "Реклама и объявления", "Контакты"],
        "copyright": "© «Ракушка». Учредитель — МАУ «Островной медиацентр». 12+",
        "meta": "og_date",
    },
    "ja-chidori": {
        "title": "千鳥新聞デジタル（根室・標津）",
        "format": "rss", "lang": "ja",
        "site": "千鳥新聞デジタル",
        "tagline": "根室・標津・羅臼のニュース",
        "nav": ["ニュース", "北方領土", "水産", "地域", "行政", "スポーツ", "おくやみ"],
        "cookie": "当サイトではサービス向上のためクッキーを使用しています。引き続き閲覧することで同意したものとみなします。",
        "footer": ["会社案内", "購読のお申し込み", "広告掲載", "個人情報の取り扱い", "お問い合わせ"],
        "copyright": "Copyright © 千鳥新聞社 無断転載を禁じます",
        "meta": "none",
    },
    "ja-naigai": {
        "title": "内外政経タイムズ 政治・外交",
        "format": "atom", "lang": "ja",
        "site": "内外政経タイムズ",
        "tagline": "政治・外交・経済の最前線",
        "nav": ["トップ", "政治", "外交", "経済", "国際", "社会", "オピニオン", "動画"],
        "cookie": "本サイトはCookieを利用して閲覧体験の向上や広告配信を行っています。詳しくはプライバシーポリシーをご覧ください。",
        "footer": ["内外政経タイムズについて", "利用規約", "プライバシーポリシー", "著作権について", "お問い合わせ"],
        "copyright": "© Naigai Seikei Times. All rights reserved.",
        "meta": "full",
    },
}
