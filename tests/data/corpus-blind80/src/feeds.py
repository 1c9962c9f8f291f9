"""Outlets of the blind80 corpus (all invented)."""

FEEDS = [
    {"id": "sculpin-wire", "title": "Sculpin Wire — World", "format": "rss", "lang": "en"},
    {"id": "kunbetsu-tide", "title": "The Kunbetsu Tide — eastern Hokkaido in English", "format": "rss", "lang": "en"},
    {"id": "cordage-asia", "title": "The Cordage — Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "kontur-ru", "title": "«Внешний контур» — международная политика", "format": "atom", "lang": "ru"},
    {"id": "kalan-ru", "title": "ИА «Калан» — новости Сахалина и Дальнего Востока", "format": "rss", "lang": "ru"},
    {"id": "utyos-ru", "title": "«Утёс» — новости Южных Курил", "format": "rss", "lang": "ru"},
    {"id": "kitanohi-ja", "title": "北の灯通信", "format": "atom", "lang": "ja"},
    {"id": "tofutsu-ja", "title": "濤沸日報デジタル", "format": "rss", "lang": "ja"},
]
