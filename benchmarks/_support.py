"""Shared pieces of the benchmarks: news-like text in en/ru/ja, article pages, RSS feeds,
a loopback news server in its own process, configs and timing helpers.

Nothing here touches the project's state: every file a benchmark writes goes to a
temporary folder. Run `python benchmarks/_support.py serve --spec FILE` to start the
server by hand (the benchmarks start it themselves).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import html
import http.client
import io
import json
import os
import pstats
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

# ----------------------------------------------------------------------------- text


def word_list(text: str) -> list[str]:
    return text.split()


EN_ACTORS = [
    "Russia",
    "Japan",
    "The Kremlin",
    "Tokyo",
    "Moscow",
    "Foreign Minister Sergei Lavrov",
    "Prime Minister Fumio Kishida",
    "The Japanese government",
    "Russia's Defence Ministry",
    "The Pacific Fleet",
    "Kremlin spokesman Dmitry Peskov",
    "Hokkaido Governor Naomichi Suzuki",
    "A group of former island residents",
    "Chief Cabinet Secretary Yoshimasa Hayashi",
    "The Sakhalin regional government",
]
EN_EVENTS = [
    "deployed additional coastal missile systems on",
    "held military exercises on",
    "announced new investment in a fish processing plant on",
    "suspended visa-free exchanges with residents of",
    "protested against live-fire drills near",
    "opened a new port terminal on",
    "discussed fishing quotas for the waters around",
    "sent a parliamentary delegation to",
    "restated its claim to",
    "signed an agreement on joint economic activity on",
    "detained a Japanese fishing boat off",
    "started construction of a military town on",
]
EN_PLACES = [
    "Iturup",
    "Kunashir",
    "Shikotan",
    "the Habomai islets",
    "the Kuril Islands",
    "the southern Kurils",
    "Sakhalin",
    "Matua Island",
    "Paramushir",
    "the Northern Territories",
]
EN_TAILS = [
    "the ministry said in a statement",
    "according to a government source",
    "officials told reporters on Tuesday",
    "the agency reported",
    "local media said",
    "in a move that drew criticism from Tokyo",
    "despite the lack of a peace treaty",
]
EN_FILLER = word_list(
    """
    officials said the decision was taken after months of consultations between the two
    sides the ministry did not give further details analysts said the move would further
    strain relations which have deteriorated since the start of the war in ukraine the
    government is expected to review its policy next year residents of the region have long
    complained about the lack of investment roads and schools the fishing industry accounts
    for most jobs on the islands the weather delayed the arrival of supplies by several days
    the governor promised to build a new hospital and to improve ferry services a spokesman
    declined to comment on the report prices of fuel and food remain high compared with the
    mainland the population has fallen by a third since the nineteen nineties economists
    warn that sanctions will slow the construction of infrastructure experts note that both
    countries still describe the relationship as important the talks were postponed twice
    this year because of scheduling problems diplomats say a breakthrough is unlikely soon
    satellite images show new buildings near the airfield the navy regularly sends ships
    through the strait the parliament will debate the budget in the autumn session weather
    forecasters expect heavy snow in the coming week tourism on the islands remains limited
    because of poor transport links and strict border rules
    """
)

RU_ACTORS = [
    "Россия",
    "Япония",
    "Кремль",
    "Токио",
    "МИД России",
    "Министр иностранных дел Сергей Лавров",
    "Премьер-министр Японии",
    "Минобороны России",
    "Тихоокеанский флот",
    "Пресс-секретарь президента Дмитрий Песков",
    "Губернатор Сахалинской области",
    "Группа бывших жителей островов",
]
RU_EVENTS = [
    "развернул дополнительные береговые ракетные комплексы на",
    "провел военные учения на",
    "объявил о новых инвестициях в рыбоперерабатывающий завод на",
    "приостановил безвизовые обмены с жителями острова на",
    "выразил протест в связи со стрельбами на",
    "открыл новый морской терминал на",
    "обсудил квоты на вылов рыбы у берегов острова на",
    "направил парламентскую делегацию на",
    "подписал соглашение о совместной хозяйственной деятельности на",
    "задержал японское рыболовное судно у острова на",
]
RU_PLACES = [
    "Итурупе",
    "Кунашире",
    "Шикотане",
    "островах Хабомаи",
    "Курильских островах",
    "Южных Курилах",
    "Сахалине",
    "острове Матуа",
    "Парамушире",
]
RU_TAILS = [
    "сообщили в министерстве",
    "передает агентство",
    "заявил источник в правительстве",
    "говорится в сообщении ведомства",
    "сообщили местные СМИ",
    "несмотря на отсутствие мирного договора",
]
RU_FILLER = word_list(
    """
    по словам чиновников решение было принято после нескольких месяцев консультаций
    министерство не сообщило подробностей аналитики считают что этот шаг еще больше осложнит
    отношения которые ухудшились после начала конфликта на украине правительство намерено
    пересмотреть свою политику в следующем году жители региона давно жалуются на нехватку
    инвестиций дорог и школ рыбная отрасль дает большую часть рабочих мест на островах
    погода задержала доставку грузов на несколько дней губернатор пообещал построить новую
    больницу и улучшить паромное сообщение представитель ведомства отказался от комментариев
    цены на топливо и продукты остаются высокими по сравнению с материком население
    сократилось на треть с девяностых годов экономисты предупреждают что санкции замедлят
    строительство инфраструктуры эксперты отмечают что обе страны по-прежнему называют
    отношения важными переговоры дважды откладывались в этом году дипломаты считают прорыв
    маловероятным спутниковые снимки показывают новые здания рядом с аэродромом
    """
)

JA_ACTORS = [
    "ロシア国防省",
    "日本政府",
    "外務省",
    "林官房長官",
    "ロシア太平洋艦隊",
    "元島民の団体",
    "根室市",
    "北海道庁",
    "ロシア外務省",
    "岸田首相",
]
JA_EVENTS = [
    "地対艦ミサイルを追加配備した",
    "大規模な軍事演習を実施した",
    "水産加工場への新たな投資を発表した",
    "ビザなし交流の停止を通告した",
    "射撃訓練に抗議した",
    "新たな港湾施設を開設した",
    "漁獲枠について協議した",
    "議員団を派遣した",
    "共同経済活動に関する覚書に署名した",
    "日本の漁船を拿捕した",
]
JA_PLACES = [
    "択捉島",
    "国後島",
    "色丹島",
    "歯舞群島",
    "北方領土",
    "千島列島",
    "サハリン",
    "松輪島",
]
JA_FILLER = [
    "関係者によると、詳しい経緯は明らかになっていない。",
    "政府は来年、方針を見直す予定だ。",
    "専門家は両国関係のさらなる悪化を懸念している。",
    "島の住民は長年、道路や学校の不足を訴えてきた。",
    "漁業は島の雇用の大半を占めている。",
    "悪天候のため物資の到着が数日遅れた。",
    "知事は新しい病院の建設と定期船の改善を約束した。",
    "報道官は報道についてのコメントを控えた。",
    "燃料や食料の価格は本土に比べて高いままだ。",
    "人口は一九九〇年代から三分の一減少した。",
    "制裁がインフラ整備を遅らせると経済学者は警告する。",
    "交渉は今年、日程の都合で二度延期された。",
    "衛星写真には飛行場の近くに新しい建物が写っている。",
]


def _en_sentence(rng: random.Random, topical: bool) -> str:
    if topical:
        return (
            f"{rng.choice(EN_ACTORS)} {rng.choice(EN_EVENTS)} {rng.choice(EN_PLACES)}, "
            f"{rng.choice(EN_TAILS)}."
        )
    n = rng.randint(12, 24)
    start = rng.randrange(len(EN_FILLER) - n)
    words = EN_FILLER[start : start + n]
    return " ".join(words).capitalize() + "."


def _ru_sentence(rng: random.Random, topical: bool) -> str:
    if topical:
        return (
            f"{rng.choice(RU_ACTORS)} {rng.choice(RU_EVENTS)} {rng.choice(RU_PLACES)}, "
            f"{rng.choice(RU_TAILS)}."
        )
    n = rng.randint(10, 20)
    start = rng.randrange(len(RU_FILLER) - n)
    words = RU_FILLER[start : start + n]
    return " ".join(words).capitalize() + "."


def _ja_sentence(rng: random.Random, topical: bool) -> str:
    if topical:
        return f"{rng.choice(JA_ACTORS)}は{rng.choice(JA_PLACES)}で{rng.choice(JA_EVENTS)}。"
    return rng.choice(JA_FILLER)


SENTENCE = {"en": _en_sentence, "ru": _ru_sentence, "ja": _ja_sentence}


def word_count(text: str, lang: str) -> int:
    """Words in a text; for Japanese, one word per two characters (no spaces to count)."""
    if lang == "ja":
        return max(1, len(text) // 2)
    return len(text.split())


def paragraphs(lang: str, n_words: int, rng: random.Random, topical: float = 0.3) -> list[str]:
    """Paragraphs of news prose of about `n_words` words; `topical` share of event sentences."""
    out: list[str] = []
    total = 0
    while total < n_words:
        para = []
        for _ in range(rng.randint(2, 5)):
            para.append(SENTENCE[lang](rng, rng.random() < topical))
        text = ("" if lang == "ja" else " ").join(para)
        out.append(text)
        total += word_count(text, lang)
    return out


def headline(lang: str, rng: random.Random) -> str:
    return SENTENCE[lang](rng, True).rstrip(".。")


# ----------------------------------------------------------------------------- pages

_NAV = "".join(
    f'<li><a href="/section/{s}">{s.title()}</a></li>'
    for s in ("politics", "world", "business", "society", "sport", "science", "culture", "video")
)
_STYLE = (
    "body{margin:0;font-family:Arial,sans-serif;color:#1c1c1c}.menu{display:flex;gap:18px}"
    ".article__text p{font-size:18px;line-height:1.6}.cookie{position:fixed;bottom:0}"
)


def page_html(
    *,
    title: str,
    body: Sequence[str],
    lang: str,
    url: str,
    published: datetime,
    rng: random.Random,
    outlet: str = "Northern Wire",
    charset: str = "utf-8",
    comments: int = 0,
    related: int = 6,
) -> bytes:
    """A complete news page: head with meta and JSON-LD, site chrome, the article, footer."""
    esc = html.escape
    stamp = published.isoformat()
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": stamp,
            "inLanguage": lang,
            "publisher": {"@type": "Organization", "name": outlet},
        },
        ensure_ascii=False,
    )
    rel = "".join(
        f'<li><a href="/news/{rng.randrange(10**6)}">{esc(headline(lang, rng))}</a></li>'
        for _ in range(related)
    )
    comment_html = "".join(
        f'<div class="comment"><b>user{rng.randrange(10**4)}</b>'
        f"<p>{esc(SENTENCE[lang](rng, rng.random() < 0.2))}</p></div>"
        for _ in range(comments)
    )
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in body)
    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<title>{esc(title)} - {esc(outlet)}</title>
<meta name="description" content="{esc(body[0][:200] if body else title)}">
<link rel="canonical" href="{esc(url)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(outlet)}">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{stamp}">
<script type="application/ld+json">{ld}</script>
<style>{_STYLE}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
</head>
<body>
<header><a class="logo" href="/">{esc(outlet)}</a><nav><ul class="menu">{_NAV}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div>
<main>
<article>
<h1>{esc(title)}</h1>
<div class="meta"><time datetime="{stamp}">{published:%d %B %Y, %H:%M}</time></div>
<div class="article__text">
{paras}
</div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
</article>
<aside><h2>Related stories</h2><ul>{rel}</ul></aside>
<section class="comments"><h2>Comments</h2>{comment_html}</section>
</main>
<footer><p>© {published.year} {esc(outlet)}. All rights reserved.</p>
<ul class="menu">{_NAV}</ul></footer>
</body>
</html>
"""
    return doc.encode(charset, "xmlcharrefreplace")


def generated_page(
    key: str, url: str, lang: str | None = None, n_words: int | None = None, **kw: Any
) -> bytes:
    """A deterministic generated page for `key` (language and length drawn from it)."""
    rng = random.Random(hashlib.sha1(key.encode()).digest())
    lang = lang or rng.choice(("en", "en", "ru", "ja"))
    n_words = n_words or rng.randint(150, 700)
    return page_html(
        title=headline(lang, rng),
        body=paragraphs(lang, n_words, rng),
        lang=lang,
        url=url,
        published=kw.pop("published", datetime.now(UTC) - timedelta(hours=rng.randint(0, 30))),
        rng=rng,
        **kw,
    )


def corpus_pages(corpus: Path | None = None) -> list[Path]:
    """The evaluation corpus's article pages (dev*/articles/*.html), or [] when absent."""
    base = corpus or SHARED_CORPUS
    if not base.is_dir():
        return []
    return sorted(base.glob("dev*/articles/*.html"))


_CANONICAL = re.compile(rb'(<link rel="canonical" href=")[^"]*(")')
_OG_URL = re.compile(rb'(<meta property="og:url" content=")[^"]*(")')


def with_url(page: bytes, url: str) -> bytes:
    """The page with its canonical link and og:url pointing at `url` (no copy detection)."""
    u = url.encode()
    page = _CANONICAL.sub(lambda m: m.group(1) + u + m.group(2), page)
    return _OG_URL.sub(lambda m: m.group(1) + u + m.group(2), page)


# ----------------------------------------------------------------------------- feeds


def rss(items: Sequence[dict[str, Any]], title: str) -> bytes:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>",
        "<description>News</description>",
    ]
    for it in items:
        out.append(
            f"<item><title>{escape(it['title'])}</title><link>{escape(it['link'])}</link>"
            f"<description>{escape(it['summary'])}</description>"
            f"<pubDate>{format_datetime(it['published'], True)}</pubDate>"
            f'<guid isPermaLink="false">{escape(it["key"])}</guid></item>'
        )
    out.append("</channel></rss>")
    return "\n".join(out).encode()


@dataclass(frozen=True)
class WorldSpec:
    """What the loopback news server serves.

    Feed i lives on host 127.0.0.(1 + i % hosts) at /feed/i.xml. Every `changed_every`-th
    feed changes with each generation (new ETag, `new_items` new items on top); the others
    keep ETag "f{i}-g0" and answer 304 to it. Items link to /page/i/KEY.html.
    """

    feeds: int
    hosts: int = 50
    items_per_feed: int = 20
    new_items: int = 2
    changed_every: int = 10
    start: float = 0.0  # POSIX time of the old items' publication
    pages: tuple[str, ...] = ()  # page files served in turn; generated pages when empty

    def host(self, i: int) -> str:
        return f"127.0.0.{1 + i % self.hosts}"

    def changed(self, i: int) -> bool:
        return i % self.changed_every == 0

    def etag(self, i: int, gen: int) -> str:
        return f'"f{i}-g{gen if self.changed(i) else 0}"'

    def old_keys(self, i: int) -> list[str]:
        n = self.items_per_feed - (self.new_items if self.changed(i) else 0)
        return [f"{i}-old-{k}" for k in range(n)]

    def new_keys(self, i: int, gen: int) -> list[str]:
        return [f"{i}-g{gen}-{k}" for k in range(self.new_items)] if self.changed(i) else []

    def feed_id(self, i: int) -> str:
        return f"feed{i:05d}"

    def feed_url(self, i: int, port: int) -> str:
        return f"http://{self.host(i)}:{port}/feed/{i}.xml"

    def page_url(self, i: int, key: str, port: int) -> str:
        return f"http://{self.host(i)}:{port}/page/{i}/{key}.html"


class _World:
    def __init__(self, spec: WorldSpec, port: int) -> None:
        self.spec = spec
        self.port = port
        self.gen = 0
        self.pages = [Path(p).read_bytes() for p in spec.pages]
        self._feeds: dict[tuple[int, int], bytes] = {}
        self.requests = 0

    def feed(self, i: int) -> bytes:
        spec = self.spec
        gen = self.gen if spec.changed(i) else 0
        cached = self._feeds.get((i, gen))
        if cached is not None:
            return cached
        start = datetime.fromtimestamp(spec.start, UTC)
        items = []
        for n, key in enumerate(spec.new_keys(i, gen)):
            items.append((key, start + timedelta(minutes=gen * 10 + n)))
        for n, key in enumerate(spec.old_keys(i)):
            items.append((key, start - timedelta(minutes=30 * (n + 1))))
        rng = random.Random(i * 7919 + gen)
        lang = ("en", "ru", "ja")[i % 3]
        body = rss(
            [
                {
                    "key": key,
                    "title": headline(lang, rng),
                    "summary": SENTENCE[lang](rng, False),
                    "link": spec.page_url(i, key, self.port),
                    "published": when,
                }
                for key, when in items
            ],
            f"Feed {i}",
        )
        self._feeds[(i, gen)] = body
        return body

    def page(self, i: int, key: str) -> bytes:
        url = self.spec.page_url(i, key, self.port)
        if self.pages:
            n = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % len(self.pages)
            return with_url(self.pages[n], url)
        return generated_page(key, url)

    def respond(self, target: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        self.requests += 1
        path = target.split("?", 1)[0]
        parts = path.strip("/").split("/")
        if parts[0] == "_gen" and len(parts) == 2:
            self.gen = int(parts[1])
            return 200, {"Content-Type": "text/plain"}, b"ok"
        if parts[0] == "_count":
            return 200, {"Content-Type": "text/plain"}, str(self.requests).encode()
        if parts[0] == "feed" and len(parts) == 2 and parts[1].endswith(".xml"):
            i = int(parts[1][:-4])
            if not 0 <= i < self.spec.feeds:
                return 404, {}, b""
            etag = self.spec.etag(i, self.gen)
            if headers.get("if-none-match") == etag:
                return 304, {"ETag": etag}, b""
            return (
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag},
                self.feed(i),
            )
        if parts[0] == "page" and len(parts) == 3 and parts[2].endswith(".html"):
            return (
                200,
                {"Content-Type": "text/html; charset=utf-8"},
                self.page(int(parts[1]), parts[2][:-5]),
            )
        return 404, {"Content-Type": "text/plain"}, b"not found"


_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found"}


async def _serve(spec: WorldSpec, port: int) -> None:
    hosts = sorted({spec.host(i) for i in range(min(spec.feeds, spec.hosts))} | {"127.0.0.1"})
    world: _World | None = None

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert world is not None
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                _method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                status, extra, body = world.respond(target, headers)
                out = [f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}"]
                out += [f"{k}: {v}" for k, v in extra.items()]
                out.append(f"Content-Length: {len(body)}")
                writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + body)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    # one port on every host: the first listener picks it, the others share it
    first = await asyncio.start_server(handle, "127.0.0.1", port, backlog=4096)
    port = first.sockets[0].getsockname()[1]
    others = [h for h in hosts if h != "127.0.0.1"]
    servers = [first]
    if others:
        servers.append(await asyncio.start_server(handle, others, port, backlog=4096))
    world = _World(spec, port)
    print(f"READY {port}", flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


class NewsServer:
    """The loopback news server, in a process of its own so it uses the other core."""

    def __init__(self, spec: WorldSpec, spec_file: Path) -> None:
        self.spec = spec
        spec_file.write_text(json.dumps(spec.__dict__), encoding="utf-8")
        self._proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "serve", "--spec", str(spec_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line.startswith("READY"):
            self.close()
            raise RuntimeError(f"the news server did not start: {line!r}")
        self.port = int(line.split()[1])

    def _get(self, path: str) -> str:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request("GET", path)
            return conn.getresponse().read().decode()
        finally:
            conn.close()

    def set_generation(self, gen: int) -> None:
        self._get(f"/_gen/{gen}")

    def requests(self) -> int:
        return int(self._get("/_count"))

    def feed_url(self, i: int) -> str:
        return self.spec.feed_url(i, self.port)

    def page_url(self, i: int, key: str) -> str:
        return self.spec.page_url(i, key, self.port)

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    def __enter__(self) -> NewsServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ----------------------------------------------------------------------------- config


def shipped_polling() -> dict[str, Any]:
    """The polling settings of the shipped config.yaml (defaults when it cannot be read)."""
    from monitor.files.config import Config, load_config

    try:
        polling = load_config(ROOT / "config.yaml").polling
    except Exception:
        polling = Config().polling
    return polling.model_dump()


def write_config(
    folder: Path,
    feeds: Sequence[dict[str, Any]],
    database: Path,
    **polling: Any,
) -> Path:
    """A config in `folder` using the project's rules and seeds and a private database."""
    import yaml

    settings = shipped_polling()
    settings.update(
        {"allow_private_addresses": True, "max_item_age_days": None, "jitter": 0.0},
    )
    settings.update(polling)
    config = {
        "database": f"sqlite:///{database}",
        "rules_dir": str(ROOT / "rules"),
        "seeds_dir": str(ROOT / "seeds"),
        "feeds": list(feeds),
        "polling": settings,
        "telegram": {"chat_ids": []},
        "log": {"level": "INFO"},
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def quiet_logs(level: str = "INFO") -> None:
    """The monitor's own log setup (formatting included), writing to the null device."""
    import logging

    from monitor import log

    log.setup(level)
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(open(os.devnull, "w"))  # noqa: SIM115 - lives as long as the run


# ----------------------------------------------------------------------------- timing


_CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.thread_time, "wall": time.perf_counter}
_clock: list[Callable[[], float]] = [time.thread_time]


def set_clock(name: str) -> None:
    """`cpu`: this thread's CPU time (other work on a shared machine does not count);
    `wall`: elapsed time."""
    _clock[0] = _CLOCKS[name]


def clock() -> float:
    return _clock[0]()


def best_of(fn: Callable[[], object], *, min_time: float = 0.5, min_runs: int = 5) -> float:
    """The fastest time of `fn()` (on the chosen clock) over enough runs to fill `min_time`.

    The fastest run is the one least disturbed by other work on the machine.
    """
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < min_runs or time.perf_counter() - started < min_time:
        t0 = clock()
        fn()
        times.append(clock() - t0)
        if len(times) >= 1000:
            break
    return min(times)


def pct(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def verdict(value: float, target: float, lower_is_better: bool = True) -> str:
    ok = value <= target if lower_is_better else value >= target
    return "met" if ok else "MISSED"


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    cells = [[str(c) for c in header], *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[k]) for r in cells) for k in range(len(header))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@contextlib.contextmanager
def cpu_window() -> Iterator[dict[str, float]]:
    """Wall and process CPU seconds spent inside the block."""
    out: dict[str, float] = {}
    w0, c0 = time.perf_counter(), time.process_time()
    try:
        yield out
    finally:
        out["wall"] = time.perf_counter() - w0
        out["cpu"] = time.process_time() - c0


def profile_text(profile: Any, sort: str, limit: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats(sort).print_stats(limit)
    text = out.getvalue()
    # paths relative to the project or to site-packages, to keep the summary readable
    for prefix in sorted({str(ROOT) + "/", *[p + "/" for p in sys.path if p]}, key=len)[::-1]:
        text = text.replace(prefix, "")
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(lines[start:])


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}"


def main() -> None:
    p = argparse.ArgumentParser(description="the benchmarks' loopback news server")
    p.add_argument("command", choices=["serve"])
    p.add_argument("--spec", required=True, type=Path)
    p.add_argument("--port", type=int, default=0)
    args = p.parse_args()
    data = json.loads(args.spec.read_text(encoding="utf-8"))
    data["pages"] = tuple(data.get("pages") or ())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(WorldSpec(**data), args.port))


if __name__ == "__main__":
    main()
