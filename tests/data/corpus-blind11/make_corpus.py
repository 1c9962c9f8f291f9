#!/usr/bin/env python3
"""Generate the blind11 corpus: labels.yaml + articles/*.html from data/*.py.

Each data module defines ARTICLES, a list of dicts with keys:
  key, feed, lang, published, title, summary, label, group?, new_facts?,
  must_mention?, note, byline?, body (list of paragraphs), related (list of titles)
Articles are sorted by publication time and given ids b11-001, b11-002, ...
"""
from __future__ import annotations

import html
import importlib.util
import json
import sys
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "data"))

FEEDS = [
    {"id": "northwind-en", "title": "Northwind Dispatch - World", "format": "rss", "lang": "en"},
    {"id": "greywater-en", "title": "The Greywater Times - Asia", "format": "atom", "lang": "en"},
    {"id": "riverstone-en", "title": "Riverstone International Wire", "format": "rss", "lang": "en"},
    {"id": "jmorning-en", "title": "Japan Morning Wire", "format": "atom", "lang": "en"},
    {"id": "ostrovnoy-ru", "title": "Островной вестник - новости Сахалина и Курил", "format": "rss", "lang": "ru"},
    {"id": "vedomir-ru", "title": "Ведомир - международные новости", "format": "atom", "lang": "ru"},
    {"id": "kaikyo-ja", "title": "根室海峡新聞 電子版", "format": "rss", "lang": "ja"},
    {"id": "chuo-ja", "title": "中央時報オンライン", "format": "atom", "lang": "ja"},
]

SITES = {
    "northwind-en": dict(name="Northwind Dispatch", host="northwind-dispatch.example", meta=True, jsonld=True,
                         nav=["World", "Asia-Pacific", "Europe", "Business", "Climate", "Opinion"],
                         cookie="We use cookies to personalise content and analyse traffic. <button>Accept all</button> <button>Manage</button>",
                         footer="© Northwind Dispatch Ltd. All rights reserved. | Terms | Privacy | Contact the newsroom",
                         related="More from World", share="Share this story", style="nw"),
    "greywater-en": dict(name="The Greywater Times", host="greywatertimes.example", meta=True, jsonld=False,
                         nav=["Home", "Asia", "Markets", "Politics", "Ideas", "Newsletters"],
                         cookie="This site uses cookies. By continuing to browse you agree to our use of cookies. <a href='#'>Find out more</a> <button>OK</button>",
                         footer="The Greywater Times · Asia edition · Subscribe · Advertise · Corrections policy",
                         related="Read next", share="Share", style="gw"),
    "riverstone-en": dict(name="Riverstone International Wire", host="riverstonewire.example", meta=False, jsonld=False,
                          nav=["Top news", "World", "Diplomacy", "Defence", "Energy", "Photos"],
                          cookie="Riverstone uses essential and analytics cookies. <button>Accept</button> <button>Reject non-essential</button>",
                          footer="Riverstone International Wire — independent news agency. Reproduction by subscribers only.",
                          related="Related coverage", share="Email · Print · Copy link", style="rs"),
    "jmorning-en": dict(name="Japan Morning Wire", host="japanmorningwire.example", meta=True, jsonld=True,
                        nav=["National", "Politics", "Hokkaido", "Business", "World", "Sports", "Culture"],
                        cookie="We value your privacy. We and our partners use cookies. <button>Agree</button> <button>Settings</button>",
                        footer="Japan Morning Wire, Tokyo. Copyright. About us | Privacy policy | Sitemap",
                        related="Related articles", share="Share on X · Facebook · LINE", style="jm"),
    "ostrovnoy-ru": dict(name="Островной вестник", host="ostrovnoy-vestnik.example", meta=True, jsonld=False,
                         nav=["Главное", "Сахалин", "Курилы", "Экономика", "Происшествия", "Общество", "Спорт"],
                         cookie="Мы используем файлы cookie, чтобы сайт работал лучше. <button>Согласен</button>",
                         footer="© «Островной вестник». Сетевое издание. 18+. При цитировании ссылка обязательна. Редакция: Южно-Сахалинск.",
                         related="Читайте также", share="Поделиться: ВКонтакте · Одноклассники · Telegram", style="ov"),
    "vedomir-ru": dict(name="Ведомир", host="vedomir.example", meta=False, jsonld=False,
                       nav=["Лента", "Политика", "Мир", "Экономика", "Армия", "Наука", "Культура"],
                       cookie="Продолжая пользоваться сайтом, вы соглашаетесь с использованием cookie и политикой конфиденциальности. <button>Хорошо</button>",
                       footer="Ведомир — международные новости. Свидетельство о регистрации СМИ. Все права защищены.",
                       related="Другие новости раздела", share="Отправить в Telegram · Скопировать ссылку", style="vd"),
    "kaikyo-ja": dict(name="根室海峡新聞", host="kaikyo-shimbun.example", meta=True, jsonld=False,
                      nav=["ニュース", "根室・中標津", "北方領土", "漁業", "地域経済", "スポーツ", "おくやみ"],
                      cookie="当サイトではクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。<button>同意する</button>",
                      footer="根室海峡新聞社　北海道根室市　掲載記事・写真の無断転載を禁じます。",
                      related="関連記事", share="この記事をシェア", style="kk"),
    "chuo-ja": dict(name="中央時報オンライン", host="chuojiho.example", meta=True, jsonld=True,
                    nav=["トップ", "政治", "経済", "国際", "社会", "オピニオン", "動画"],
                    cookie="本サイトは利便性向上と広告配信のためCookieを利用します。<button>同意して閉じる</button>",
                    footer="Copyright © 中央時報社. 利用規約｜個人情報の取り扱い｜お問い合わせ",
                    related="あわせて読みたい", share="Xでポスト・LINEで送る", style="ch"),
}

CSS = {
    "nw": "body{font-family:Georgia,serif;margin:0}header{background:#0b2545;color:#fff;padding:8px 16px}nav a{color:#fff;margin-right:12px}",
    "gw": "body{font-family:Helvetica,Arial,sans-serif;margin:0 auto;max-width:880px}header{border-bottom:3px solid #555}",
    "rs": "body{font-family:Arial,sans-serif}.wire-slug{font-weight:bold;text-transform:uppercase}",
    "jm": "body{font-family:'Noto Sans',sans-serif}header{background:#c00;color:#fff}",
    "ov": "body{font-family:'PT Sans',sans-serif}header{background:#1d4e89;color:#fff}",
    "vd": "body{font-family:Verdana,sans-serif;font-size:15px}",
    "kk": "body{font-family:'Noto Serif JP',serif}header{background:#004d40;color:#fff}",
    "ch": "body{font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif}",
}

DATE_FMT = {
    "en": lambda d: d.strftime("%B %d, %Y %H:%M GMT").replace(" 0", " "),
    "ru": lambda d: f"{d.day} {['января','февраля','марта','апреля','мая','июня','июля','августа','сентября','октября','ноября','декабря'][d.month-1]} {d.year}, {d:%H:%M}",
    "ja": lambda d: f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}",
}


def load_data() -> list[dict]:
    arts = []
    for path in sorted((ROOT / "data").glob("*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(getattr(mod, "ARTICLES", []))
    return arts


def page(a: dict, aid: str) -> str:
    s = SITES[a["feed"]]
    pub = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    e = html.escape
    url = f"https://{s['host']}/news/{pub:%Y/%m/%d}/{aid}"
    head = [f'<meta charset="utf-8">', f'<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{e(a['title'])} | {e(s['name'])}</title>"]
    if s["meta"]:
        head += [f'<meta property="og:title" content="{e(a["title"])}">',
                 f'<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{e(s["name"])}">',
                 f'<meta name="description" content="{e(a["summary"])}">',
                 f'<meta property="article:published_time" content="{pub.isoformat()}">']
    if s["jsonld"]:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": pub.isoformat(), "inLanguage": a["lang"],
              "publisher": {"@type": "Organization", "name": s["name"]},
              "author": {"@type": "Person", "name": a.get("byline", s["name"])}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append(f"<style>{CSS[s['style']]}</style>")
    nav = "".join(f'<a href="/{e(x.lower())}">{e(x)}</a> ' for x in s["nav"])
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["body"])
    rel = "".join(f'<li><a href="/news/related-{i}">{e(t)}</a></li>' for i, t in enumerate(a.get("related", [])))
    byline = e(a.get("byline", ""))
    date = DATE_FMT[a["lang"]](pub)
    ads = {"en": "Advertisement", "ru": "Реклама", "ja": "広告"}[a["lang"]]
    comments = ""
    if a.get("comments"):
        comments = '<section class="comments"><h3>' + {"en": "Comments", "ru": "Комментарии", "ja": "コメント"}[a["lang"]] + "</h3>" + \
            "".join(f"<div class='comment'>{e(c)}</div>" for c in a["comments"]) + "</section>"
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
{chr(10).join(head)}
</head>
<body>
<div class="cookie-banner" role="dialog">{s['cookie']}</div>
<header><div class="logo">{e(s['name'])}</div><nav>{nav}</nav><form class="search"><input type="search" name="q"></form></header>
<div class="ad-slot">{ads}</div>
<main>
<article>
<h1>{e(a['title'])}</h1>
<div class="meta"><span class="byline">{byline}</span> <time>{date}</time></div>
<div class="article-body">
{body}
</div>
<div class="share">{e(s['share'])}</div>
</article>
{comments}
<aside class="related"><h2>{e(s['related'])}</h2><ul>{rel}</ul></aside>
</main>
<footer>{s['footer']}</footer>
</body>
</html>
"""


def main():
    arts = load_data()
    arts.sort(key=lambda a: a["published"])
    keys = [a["key"] for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for f in out.glob("*.html"):
        f.unlink()
    entries = []
    for n, a in enumerate(arts, 1):
        aid = f"b11-{n:03d}"
        (out / f"{aid}.html").write_text(page(a, aid), encoding="utf-8")
        ent = {"id": aid, "feed": a["feed"], "lang": a["lang"], "published": a["published"],
               "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            ent["group"] = a["group"]
            ent["new_facts"] = a["new_facts"]
            ent["must_mention"] = a["must_mention"]
        ent["note"] = a["note"]
        entries.append(ent)
    doc = {"name": "blind11", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    text = text.replace("known_as_of: '2024-02-08'", "known_as_of: 2024-02-08")
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} articles")


if __name__ == "__main__":
    main()
