"""The eight invented outlets of corpus blind103.

`meta` says whether the outlet's pages carry machine-readable metadata
(og:/article: meta tags, JSON-LD, <time>). Two outlets serve bare pages.
"""

FEEDS = [
    {"id": "vellumseal-en", "title": "Vellum & Seal — Asia-Pacific Law and Regulation",
     "format": "atom", "lang": "en", "meta": True,
     "host": "https://www.vellumandseal.example"},
    {"id": "quillmoor-en", "title": "The Quillmoor Post — World",
     "format": "rss", "lang": "en", "meta": True,
     "host": "https://quillmoorpost.example"},
    {"id": "ottershaw-wire", "title": "Ottershaw Wire — North Pacific",
     "format": "rss", "lang": "en", "meta": False,
     "host": "https://wire.ottershaw.example"},
    {"id": "verdikt-dv", "title": "Вердикт-ДВ — судебная хроника Дальнего Востока",
     "format": "atom", "lang": "ru", "meta": True,
     "host": "https://verdikt-dv.example"},
    {"id": "ukn-ru", "title": "Южно-Курильская неделя",
     "format": "rss", "lang": "ru", "meta": False,
     "host": "http://ukn-gazeta.example"},
    {"id": "normativka-ru", "title": "Нормативка — законы, постановления, документы",
     "format": "atom", "lang": "ru", "meta": True,
     "host": "https://normativka.example"},
    {"id": "isaribi-ja", "title": "根室いさり火ニュース",
     "format": "rss", "lang": "ja", "meta": True,
     "host": "https://isaribi-news.example"},
    {"id": "horeinavi-ja", "title": "法令ナビ北海道",
     "format": "atom", "lang": "ja", "meta": True,
     "host": "https://horei-navi.example"},
]


def feeds_for_labels():
    return [{"id": f["id"], "title": f["title"], "format": f["format"], "lang": f["lang"]}
            for f in FEEDS]
