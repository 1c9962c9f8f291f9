"""The eight invented outlets of the blind102 corpus: feed entries and the bits of
site chrome that vary per outlet (date formats, related-story pools, bylines).

Each outlet has its own page template in templates/<feed id>.html. Two outlets
(lamphouse-review, bekambeushi-ja) publish pages with no machine-readable metadata:
no og:/article: meta, no JSON-LD and no <time> element.
"""
from datetime import datetime, timedelta, timezone

FEEDS = [
    {"id": "kettlewick-wire", "title": "Kettlewick Wire - World", "format": "rss", "lang": "en"},
    {"id": "mizzen-ledger", "title": "The Mizzen Ledger — Asia & Pacific", "format": "atom", "lang": "en"},
    {"id": "lamphouse-review", "title": "The Lamphouse Review — columns & essays", "format": "rss", "lang": "en"},
    {"id": "crossline-trans", "title": "Crossline Translations — Russian & Japanese press in English",
     "format": "atom", "lang": "en"},
    {"id": "toporok-ru", "title": "Топорок.Медиа — новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "gidrograf-ru", "title": "ИА «Гидрограф» — лента новостей", "format": "atom", "lang": "ru"},
    {"id": "kasasagi-ja", "title": "かささぎ通信ニュース", "format": "rss", "lang": "ja"},
    {"id": "bekambeushi-ja", "title": "別寒辺牛新聞デジタル（根室・厚岸）", "format": "atom", "lang": "ja"},
]

BASE_URLS = {
    "kettlewick-wire": "https://www.kettlewickwire.example",
    "mizzen-ledger": "https://mizzenledger.example",
    "lamphouse-review": "https://lamphouse-review.example",
    "crossline-trans": "https://crossline-translations.example",
    "toporok-ru": "https://toporok-media.example",
    "gidrograf-ru": "https://ia-gidrograf.example",
    "kasasagi-ja": "https://news.kasasagi-tsushin.example",
    "bekambeushi-ja": "https://bekambeushi-shimbun.example",
}

# outlets whose pages carry no og:/article: meta, no JSON-LD and no <time>
NO_METADATA = {"lamphouse-review", "bekambeushi-ja"}

JST = timezone(timedelta(hours=9))
SAKH = timezone(timedelta(hours=11))
MSK = timezone(timedelta(hours=3))

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
JA_WEEK = "月火水木金土日"


def human_date(feed: str, dt: datetime) -> str:
    """The date line a reader sees on the page, in the outlet's own style."""
    if feed == "kettlewick-wire":
        return dt.strftime("%B %-d, %Y %-I:%M %p UTC").replace("AM", "a.m.").replace("PM", "p.m.")
    if feed == "mizzen-ledger":
        return f"{dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    if feed == "lamphouse-review":
        return f"{dt.strftime('%A')}, {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year}"
    if feed == "crossline-trans":
        return dt.strftime("%Y-%m-%d %H:%M UTC")
    if feed == "toporok-ru":
        loc = dt.astimezone(SAKH)
        return f"{loc.day} {RU_MONTHS[loc.month - 1]} {loc.year}, {loc:%H:%M}"
    if feed == "gidrograf-ru":
        loc = dt.astimezone(MSK)
        return f"{loc:%d.%m.%Y %H:%M} (мск)"
    if feed in ("kasasagi-ja", "bekambeushi-ja"):
        loc = dt.astimezone(JST)
        wd = JA_WEEK[loc.weekday()]
        if feed == "kasasagi-ja":
            return f"{loc.year}年{loc.month}月{loc.day}日（{wd}） {loc:%H:%M}"
        return f"{loc.year}年{loc.month}月{loc.day}日 {loc.hour}時{loc.minute:02d}分"
    return dt.isoformat()


def iso_local(feed: str, dt: datetime) -> str:
    tz = {"toporok-ru": SAKH, "gidrograf-ru": MSK, "kasasagi-ja": JST}.get(feed, timezone.utc)
    return dt.astimezone(tz).isoformat()


# Related-story pools: headlines the outlet would show beside any article.
# They link to outlet-internal paths, not to corpus articles.
RELATED = {
    "kettlewick-wire": [
        ("Yen slips past 155 as Bank of Japan holds rates", "/markets/currencies/yen-slips-bank-of-japan"),
        ("Hokkaido scallop exporters look to Vietnam, Mexico", "/business/hokkaido-scallop-exporters"),
        ("North Korea fires ballistic missile into Sea of Japan, Tokyo says", "/world/asia-pacific/north-korea-missile-sea-of-japan"),
        ("Russia's central bank keeps key rate on hold", "/markets/russia-central-bank-rate"),
        ("Explainer: how Japan's sanctions on Russia work", "/world/explainer-japan-sanctions-russia"),
        ("Philippines, Japan sign reciprocal access pact", "/world/philippines-japan-access-pact"),
        ("Sakhalin crab exports shift to China as Japan demand fades", "/business/sakhalin-crab-exports-china"),
        ("Japan's ruling party weighs leadership rules ahead of vote", "/world/japan-ruling-party-leadership"),
    ],
    "mizzen-ledger": [
        ("The long decline of Nemuro's saury fleet", "/features/nemuro-saury-fleet"),
        ("Why the Sea of Okhotsk is freezing later every year", "/environment/okhotsk-sea-ice"),
        ("Inside Japan's coast guard buildup", "/security/japan-coast-guard-buildup"),
        ("Letter from Vladivostok: the ferry that stopped coming", "/letters/vladivostok-ferry"),
        ("Kamchatka's volcano tourism boom, in pictures", "/photo/kamchatka-volcano-tourism"),
        ("What the Ainu want from Tokyo now", "/society/ainu-tokyo"),
    ],
    "lamphouse-review": [
        ("The Okhotsk Sea is not a lake", "/columns/okhotsk-not-a-lake"),
        ("Notes on a ferry timetable", "/columns/ferry-timetable"),
        ("Against the summit reflex", "/columns/against-summit-reflex"),
        ("What Hokkaido remembers", "/columns/what-hokkaido-remembers"),
        ("The small print of sanctions", "/columns/small-print-sanctions"),
    ],
    "crossline-trans": [
        ("Kommentar: Far Eastern ports and the grain corridor (from Russian)", "/ru/far-eastern-ports-grain"),
        ("Editorial: the cost of rice (from Japanese)", "/ja/editorial-cost-of-rice"),
        ("Sakhalin regional budget passes first reading (from Russian)", "/ru/sakhalin-budget-first-reading"),
        ("Hokkaido governor on tourism tax (from Japanese)", "/ja/hokkaido-governor-tourism-tax"),
        ("Kamchatka salmon forecast revised (from Russian)", "/ru/kamchatka-salmon-forecast"),
        ("Nemuro city council debates fisheries fund (from Japanese)", "/ja/nemuro-council-fisheries-fund"),
    ],
    "toporok-ru": [
        ("В Корсакове отремонтируют причал для рыболовецких судов", "/news/korsakov-prichal"),
        ("Синоптики обещают метель на юге Сахалина", "/news/metel-yug-sakhalina"),
        ("В Холмске открылся новый детский сад", "/news/kholmsk-detskiy-sad"),
        ("Путина-2024: рыбаки выловили больше горбуши, чем ожидалось", "/news/putina-gorbusha"),
        ("Южно-Сахалинск: пробки на Ленина продлятся до конца месяца", "/news/probki-lenina"),
        ("На Курилах стартовал сезон сбора морского ежа", "/news/sezon-ezha"),
        ("Сахалинские школьники вышли в финал олимпиады по физике", "/news/olimpiada-fizika"),
    ],
    "gidrograf-ru": [
        ("ЦБ сохранил ключевую ставку", "/lenta/cb-stavka"),
        ("Песков прокомментировал заявление Вашингтона", "/lenta/peskov-vashington"),
        ("В Приморье ввели режим ЧС из-за паводка", "/lenta/primorye-chs"),
        ("Лавров проведёт переговоры с главой МИД Лаоса", "/lenta/lavrov-laos"),
        ("Минфин разместил ОФЗ на 50 млрд рублей", "/lenta/minfin-ofz"),
        ("В Хабаровске завершили строительство моста", "/lenta/khabarovsk-most"),
    ],
    "kasasagi-ja": [
        ("日銀、政策金利を据え置き　物価見通し引き上げ", "/economy/boj-rate-hold"),
        ("北海道新幹線、札幌延伸の開業時期を再検討", "/hokkaido/shinkansen-sapporo"),
        ("ホタテ輸出、ベトナム向けが過去最高", "/economy/hotate-vietnam"),
        ("北朝鮮が弾道ミサイル発射　EEZ外に落下か", "/politics/north-korea-missile"),
        ("サンマ漁、今季も低調　根室・花咲港", "/hokkaido/sanma-hanasaki"),
        ("首相、衆院予算委で物価対策を説明", "/politics/budget-committee"),
    ],
    "bekambeushi-ja": [
        ("厚岸湾のカキ、今季は大ぶり　生産者に笑顔", "/local/akkeshi-kaki"),
        ("根室市議会、一般質問始まる", "/local/nemuro-gikai"),
        ("落石漁港で春ニシン初水揚げ", "/local/ochiishi-nishin"),
        ("別海町の酪農家、飼料高に苦慮", "/local/betsukai-rakuno"),
        ("納沙布岬の灯台、一般公開へ", "/local/nosappu-todai"),
        ("根室高校、全道大会に出場", "/local/nemuro-koko"),
    ],
}
