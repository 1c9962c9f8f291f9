import html, json, sys, yaml, importlib.util
sys.path.insert(0, __import__("os").path.dirname(__file__))
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
FEEDS = [
 {"id": "tallow-en", "title": "Tallowpoint Wire - World", "format": "rss", "lang": "en"},
 {"id": "ashgrove-en", "title": "The Ashgrove Courier - Asia", "format": "atom", "lang": "en"},
 {"id": "brightwater-en", "title": "Brightwater Asia Brief", "format": "rss", "lang": "en"},
 {"id": "copperline-en", "title": "Copperline News Service", "format": "atom", "lang": "en"},
 {"id": "kurmer-ru", "title": "Курильский меридиан — новости Сахалинской области", "format": "rss", "lang": "ru"},
 {"id": "polyus-ru", "title": "Агентство «Полюс-Информ»", "format": "atom", "lang": "ru"},
 {"id": "shiretoko-ja", "title": "知床日報デジタル", "format": "rss", "lang": "ja"},
 {"id": "asagiri-ja", "title": "あさぎり新聞オンライン", "format": "atom", "lang": "ja"},
]
SITE = {
 "tallow-en": dict(host="https://www.tallowpointwire.com", nav=["World","Asia","Europe","Business","Markets","Opinion"], cookie="We use cookies to measure readership and personalise ads. <button>Accept</button> <button>Manage</button>", footer="© Tallowpoint Wire Ltd. All rights reserved. | Terms | Privacy | Corrections", meta=True, ld=True, related="More from World"),
 "ashgrove-en": dict(host="https://asia.ashgrovecourier.co.uk", nav=["Home","Asia","China","Japan","Korea","Comment","Newsletters"], cookie="The Ashgrove Courier uses cookies. By continuing you agree to our cookie policy. <a href='#'>OK</a>", footer="The Ashgrove Courier · Asia desk · Registered in England No. 0411207 · Contact the newsroom", meta=True, ld=False, related="Read next"),
 "brightwater-en": dict(host="https://brightwaterbrief.asia", nav=["Brief","Security","Economy","Energy","Podcasts","Subscribe"], cookie="", footer="Brightwater Asia Brief — independent reporting on the Indo-Pacific. Subscribe for the daily brief.", meta=False, ld=False, related="Also in the Brief"),
 "copperline-en": dict(host="https://news.copperline.net", nav=["Top stories","World","Politics","Business","Science","Video"], cookie="Copperline and its partners store information on your device. <button>Agree</button> <button>Reject all</button>", footer="Copperline News Service © 2024–2027 | About | Advertise | Accessibility", meta=True, ld=True, related="Related coverage"),
 "kurmer-ru": dict(host="https://kurmeridian.ru", nav=["Главная","Курилы","Сахалин","Экономика","Общество","Происшествия"], cookie="Сайт использует файлы cookie. Продолжая работу, вы соглашаетесь с политикой конфиденциальности. <button>Понятно</button>", footer="© «Курильский меридиан». Свидетельство о регистрации СМИ ЭЛ № ФС 77-80431. 16+", meta=True, ld=False, related="Читайте также"),
 "polyus-ru": dict(host="https://polus-inform.ru", nav=["Лента","Политика","В мире","Экономика","Регионы","Культура"], cookie="Мы используем cookie для аналитики. <a href='#'>Подробнее</a> <button>Принять</button>", footer="Агентство «Полюс-Информ» © При цитировании ссылка обязательна. 18+", meta=True, ld=True, related="Другие новости"),
 "shiretoko-ja": dict(host="https://www.shiretoko-nippo.jp", nav=["トップ","道東","北方領土","漁業","経済","くらし","スポーツ"], cookie="当サイトはクッキーを使用しています。<button>同意する</button>", footer="Copyright © 知床日報社 無断転載を禁じます。", meta=True, ld=False, related="関連記事"),
 "asagiri-ja": dict(host="https://asagiri-shimbun.jp", nav=["ニュース","政治","国際","経済","北海道","社説・コラム"], cookie="", footer="© あさぎり新聞社 ｜ 個人情報保護方針 ｜ 記事・写真の無断転載禁止", meta=False, ld=True, related="こちらもおすすめ"),
}
FEEDLANG = {f["id"]: f["lang"] for f in FEEDS}

def page(a):
    s = SITE[a["feed"]]; lang = FEEDLANG[a["feed"]]; e = html.escape
    url = f'{s["host"]}/{a["section"].lower().replace(" ", "-")}/{a["id"]}-{__import__("zlib").crc32(a["title"].encode())%900000+100000}'
    head = [f'<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<title>{e(a["title"])} | {e(next(f["title"] for f in FEEDS if f["id"]==a["feed"]))}</title>']
    if s["meta"]:
        head += [f'<meta name="description" content="{e(a["summary"])}">', f'<link rel="canonical" href="{url}">',
                 '<meta property="og:type" content="article">', f'<meta property="og:title" content="{e(a["title"])}">',
                 f'<meta property="og:description" content="{e(a["summary"])}">', f'<meta property="og:url" content="{url}">',
                 f'<meta property="article:published_time" content="{a["published"]}">']
    if s["ld"]:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["published"],
              "inLanguage": lang, "author": [{"@type": "Person", "name": a.get("author", "Staff")}], "articleSection": a["section"]}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    nav = "".join(f'<li><a href="{s["host"]}/{i}">{e(n)}</a></li>' for i, n in enumerate(s["nav"]))
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["body"])
    rel = "".join(f'<li><a href="{s["host"]}/r/{i}">{e(r)}</a></li>' for i, r in enumerate(a.get("related", [])))
    cookie = f'<div class="cookie-banner" role="dialog">{s["cookie"]}</div>' if s["cookie"] else ""
    date_shown = a["published"].replace("T", " ").replace("Z", " UTC")
    share = {"en": "Share", "ru": "Поделиться", "ja": "共有"}[lang]
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
{chr(10).join(head)}
<link rel="stylesheet" href="{s["host"]}/static/main.css">
</head>
<body>
{cookie}
<header class="site-header"><a class="logo" href="{s["host"]}/">{e(next(f["title"] for f in FEEDS if f["id"]==a["feed"]))}</a>
<nav><ul>{nav}</ul></nav><form class="search"><input type="search" name="q"></form></header>
<main>
<div class="breadcrumbs"><a href="{s["host"]}/">{e(s["nav"][0])}</a> › <span>{e(a["section"])}</span></div>
<article>
<h1>{e(a["title"])}</h1>
<div class="byline"><span class="author">{e(a.get("author", ""))}</span> <time datetime="{a["published"]}">{date_shown}</time></div>
<div class="share">{share}: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">LINE</a></div>
<div class="article-body">
{body}
</div>
</article>
<aside class="related"><h2>{e(s["related"])}</h2><ul>{rel}</ul></aside>
</main>
<footer>{s["footer"]}</footer>
</body>
</html>
'''

def main():
    arts = []
    for part in sorted((ROOT / "src").glob("data_*.py")):
        spec = importlib.util.spec_from_file_location(part.stem, part); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        arts += m.ARTS
    import extra
    for a in arts:
        a["body"] = a["body"] + extra.EXTRA.get(a["id"], [])
    arts.sort(key=lambda a: a["published"])
    ids = [a["id"] for a in arts]; assert len(ids) == len(set(ids)), "dup ids"
    out = []
    for a in arts:
        (ROOT / "articles" / f'{a["id"]}.html').write_text(page(a), encoding="utf-8")
        d = {k: a[k] for k in ("id", "feed") }
        d["lang"] = FEEDLANG[a["feed"]]
        for k in ("published", "title", "summary", "label"):
            d[k] = a[k]
        if a["label"] in ("new_development", "status_change"):
            d["group"] = a["group"]; d["new_facts"] = a["new_facts"]; d["must_mention"] = a["must_mention"]
        d["note"] = a["note"]
        out.append(d)
    doc = {"name": "blind16", "known_as_of": __import__("datetime").date(2024, 2, 8), "feeds": FEEDS, "articles": out}
    (ROOT / "labels.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(len(out), "articles")
main()
