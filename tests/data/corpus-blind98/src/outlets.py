"""The eight invented outlets: feed id, feed title, feed format, language, template module."""

FEEDS = [
    {"id": "scoter-wire", "title": "Scoter Wire - Asia & World", "format": "rss", "lang": "en",
     "template": "scoter_wire"},
    {"id": "eiderpoint-en", "title": "Eider Point Review - Hokkaido & the North Pacific",
     "format": "atom", "lang": "en", "template": "eiderpoint_en"},
    {"id": "guillemot-post", "title": "The Guillemot Post - Asia-Pacific", "format": "rss",
     "lang": "en", "template": "guillemot_post"},
    {"id": "bowline-brief", "title": "Bowline Brief - Russia & East Asia explained",
     "format": "atom", "lang": "en", "template": "bowline_brief"},
    {"id": "toporok-ru", "title": "Топорок — новости Южных Курил и Сахалина", "format": "rss",
     "lang": "ru", "template": "toporok_ru"},
    {"id": "moryana-ru", "title": "Моряна — лента новостей Дальнего Востока", "format": "atom",
     "lang": "ru", "template": "moryana_ru"},
    {"id": "misaki-ja", "title": "岬日報デジタル（根室・納沙布）", "format": "rss", "lang": "ja",
     "template": "misaki_ja"},
    {"id": "hotatehama-ja", "title": "ほたて浜ニュース　標津・羅臼・別海", "format": "atom",
     "lang": "ja", "template": "hotatehama_ja"},
]
