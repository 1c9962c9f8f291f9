"""The eight invented outlets of the blind100 corpus: feed entries, date styles and the
small bits of site chrome (sections, related headlines) each page template needs.

Related headlines are the outlet's own archive items; they link to outlet-internal
paths, never to /articles/, so that no page points at another article of the corpus.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "dogwatch-wire", "title": "Dogwatch Wire — World", "format": "rss", "lang": "en"},
    {"id": "caulkers-ledger", "title": "The Caulker's Ledger — Asia business", "format": "atom", "lang": "en"},
    {"id": "saltbox-post", "title": "Saltbox Post — Asia-Pacific", "format": "rss", "lang": "en"},
    {"id": "leeshore-notes", "title": "Lee Shore Notes — the North Pacific economy", "format": "atom", "lang": "en"},
    {"id": "toporok-ru", "title": "«Топорок» — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "bonitet-ru", "title": "«Бонитет» — деловая лента Дальнего Востока", "format": "atom", "lang": "ru"},
    {"id": "hoppo-keizai", "title": "北方経済レビュー", "format": "atom", "lang": "ja"},
    {"id": "shitsugen-ja", "title": "湿原日日新聞 電子版", "format": "rss", "lang": "ja"},
]

# outlets whose pages carry no og:/article: meta, no JSON-LD and no <time>
NO_METADATA = {"leeshore-notes", "bonitet-ru"}

BASE_URL = {
    "dogwatch-wire": "https://www.dogwatchwire.com",
    "caulkers-ledger": "https://caulkersledger.com",
    "saltbox-post": "https://saltboxpost.asia",
    "leeshore-notes": "https://leeshorenotes.net",
    "toporok-ru": "https://toporok-sakh.ru",
    "bonitet-ru": "https://bonitet-dv.ru",
    "hoppo-keizai": "https://hoppo-keizai.jp",
    "shitsugen-ja": "https://www.shitsugen-nichinichi.co.jp",
}

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня",
             "июля", "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def local(dt: datetime, hours: int) -> datetime:
    return dt.astimezone(timezone(timedelta(hours=hours)))


def date_line(feed: str, dt: datetime) -> str:
    """The date as the outlet prints it on the page."""
    if feed == "dogwatch-wire":
        return f"{EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} · {dt:%H:%M} GMT"
    if feed == "caulkers-ledger":
        return f"{dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year}, {dt:%H:%M} UTC"
    if feed == "saltbox-post":
        t = local(dt, 8)
        return f"Published {EN_MONTHS[t.month - 1]} {t.day}, {t.year} {t:%I:%M %p} SGT".replace(" 0", " ")
    if feed == "leeshore-notes":
        return f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    if feed in ("toporok-ru", "bonitet-ru"):
        t = local(dt, 11)
        return f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    t = local(dt, 9)
    return f"{t.year}年{t.month}月{t.day}日（{JA_WEEK[t.weekday()]}）{t:%H:%M}"


SECTIONS = {
    "dogwatch-wire": ["World", "Asia", "Europe", "Markets", "Science", "Sport"],
    "caulkers-ledger": ["Markets", "Companies", "Trade", "Energy", "Shipping", "Opinion"],
    "saltbox-post": ["Asia", "North Asia", "Business", "Environment", "Travel", "Opinion"],
    "leeshore-notes": ["Notes", "Charts", "Archive", "About"],
    "toporok-ru": ["Новости", "Курилы", "Экономика", "Общество", "Происшествия", "Спорт"],
    "bonitet-ru": ["Лента", "Регионы", "Компании", "Финансы", "Транспорт", "Мнения"],
    "hoppo-keizai": ["ニュース", "経済", "政治", "水産", "エネルギー", "コラム"],
    "shitsugen-ja": ["トップ", "地域", "根室・釧路", "北方領土", "スポーツ", "おくやみ"],
}

RELATED = {
    "dogwatch-wire": [
        ("Typhoon season forecast: fewer storms, stronger peaks", "/world/asia/typhoon-outlook"),
        ("Mongolia's coal exports hit record via new rail link", "/markets/mongolia-coal-rail"),
        ("South Korea's shipbuilders book most orders since 2011", "/markets/korea-shipbuilding"),
        ("Philippines, Vietnam hold coast guard talks in Manila", "/world/asia/ph-vn-coastguard"),
        ("Kazakhstan's grain harvest beats forecasts", "/markets/kazakh-grain"),
        ("Taiwan lifts curbs on Japanese food imports", "/world/asia/taiwan-japan-food"),
    ],
    "caulkers-ledger": [
        ("Freight rates on the Busan–Vladivostok run ease", "/shipping/busan-vladivostok-rates"),
        ("Hokkaido scallop exporters pivot to Southeast Asia", "/trade/hokkaido-scallops"),
        ("Chinese yards' order books stretch to 2029", "/shipping/chinese-yards"),
        ("Yen weakness lifts Japanese trading houses' profits", "/companies/sogo-shosha-yen"),
        ("Diesel cracks widen as Asian refiners cut runs", "/energy/diesel-cracks"),
    ],
    "saltbox-post": [
        ("Letter from Wakkanai: a port town waits for ships that no longer come", "/north-asia/wakkanai-letter"),
        ("Seoul and Tokyo revive finance ministers' dialogue", "/asia/seoul-tokyo-finance"),
        ("Sea ice in the Okhotsk at its thinnest on record", "/environment/okhotsk-ice"),
        ("Vladivostok's new ferry terminal stands half empty", "/business/vladivostok-terminal"),
        ("Why Hokkaido's salmon are moving north", "/environment/hokkaido-salmon"),
    ],
    "leeshore-notes": [
        ("Note 41: what a kilo of cucumbers tells you about an island", "/notes/41"),
        ("Chart: Sakhalin's budget, 2015–2023", "/charts/sakhalin-budget"),
        ("Note 38: the economics of a 30-year-old ferry", "/notes/38"),
        ("Note 35: Nemuro's population, in one line", "/notes/35"),
    ],
    "toporok-ru": [
        ("В Корсакове отремонтируют набережную", "/news/korsakov-naberezhnaya"),
        ("Сахалинские школьники взяли золото на олимпиаде по химии", "/news/olimpiada-himiya"),
        ("В Южно-Сахалинске подорожал проезд в автобусах", "/news/proezd-avtobus"),
        ("На трассе Холмск — Южно-Сахалинск идёт ремонт", "/news/trassa-holmsk"),
        ("«Сахалинские акулы» проиграли на выезде", "/sport/akuly"),
    ],
    "bonitet-ru": [
        ("Рыбаки Приморья нарастили экспорт минтая в Китай", "/lenta/mintai-eksport"),
        ("Цены на дизтопливо на Дальнем Востоке выросли за месяц на 4%", "/lenta/diztoplivo-ceny"),
        ("«Аврора» получит ещё два самолёта «Байкал»", "/transport/aurora-baikal"),
        ("Владивостокский порт увеличил перевалку контейнеров", "/transport/vlad-port"),
        ("На Камчатке откроют вторую ТОР", "/regiony/kamchatka-tor"),
    ],
    "hoppo-keizai": [
        ("ホタテ輸出、東南アジア向けが過去最高", "/news/hotate-export"),
        ("釧路港の穀物取扱量、3年ぶり増加", "/news/kushiro-port"),
        ("道内の最低賃金、過去最大の引き上げ", "/news/minimum-wage"),
        ("サンマ漁、今季も低迷の見通し", "/suisan/sanma"),
        ("洋上風力、石狩湾沖で商業運転", "/energy/ishikari-wind"),
    ],
    "shitsugen-ja": [
        ("釧路湿原でタンチョウの繁殖、過去最多", "/local/tancho"),
        ("根室市、市立小中学校の統合案を提示", "/nemuro/school-merger"),
        ("厚岸のカキ、今年は身入り良好", "/local/akkeshi-kaki"),
        ("釧路―根室間のJR花咲線、存続へ協議会", "/local/hanasaki-line"),
        ("標津町でサケの遡上始まる", "/local/shibetsu-sake"),
    ],
}
