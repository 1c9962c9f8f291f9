"""Outlets of the blind51 corpus (all invented)."""

FEEDS = [
    {"id": "gunwale-wire", "title": "Gunwale Wire - Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "hollyford-en", "title": "Hollyford Courier - World", "format": "rss", "lang": "en"},
    {"id": "fogbell-en", "title": "The Fogbell - National", "format": "rss", "lang": "en"},
    {"id": "northreach-asia", "title": "Northreach Asia Monitor", "format": "atom", "lang": "en"},
    {"id": "rubka-ru", "title": "Рубка - Новости", "format": "rss", "lang": "ru"},
    {"id": "shtorm-ru", "title": "Шторм - Сахалин и Курилы", "format": "atom", "lang": "ru"},
    {"id": "isoshio-ja", "title": "磯潮新報 ニュース", "format": "rss", "lang": "ja"},
    {"id": "kitakaze-ja", "title": "北風通信 速報", "format": "atom", "lang": "ja"},
]
