#!/usr/bin/env python3
"""Build the blind132 corpus: labels.yaml and articles/<id>.html.

Run from the corpus folder:  python3 src/generate.py
Needs only the standard library and PyYAML. The article texts live in
articles_en.py, articles_ru.py and articles_ja.py; the outlets in outlets.py.
"""
from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from outlets import OUTLETS  # noqa: E402
import articles_en  # noqa: E402
import articles_ru  # noqa: E402
import articles_ja  # noqa: E402

NAME = ROOT.name
KNOWN_AS_OF = date(2024, 2, 8)

E = html.escape

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local(ts: str, hours: int) -> datetime:
    return parse(ts).astimezone(timezone(timedelta(hours=hours)))


def slug(a: dict) -> str:
    d = parse(a["published"])
    h = hashlib.sha1(a["id"].encode()).hexdigest()[:8]
    return f"/news/{d:%Y/%m/%d}/{h}"


def paragraphs(body: list[str], lang: str) -> str:
    out = []
    for p in body:
        if p.startswith("## "):
            out.append(f"<h2>{E(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{E(p[2:])}</p></blockquote>")
        elif p.startswith("Q: ") or p.startswith("A: ") or p.startswith("В: ") or p.startswith("О: "):
            who = "question" if p[0] in "QВ" else "answer"
            out.append(f'<p class="{who}"><b>{E(p[:2])}</b> {E(p[3:])}</p>')
        elif p.startswith("**") and "**" in p[2:]:
            end = p.index("**", 2)
            out.append(f"<p><strong>{E(p[2:end])}</strong>{E(p[end + 2:])}</p>")
        else:
            out.append(f"<p>{E(p)}</p>")
    return "\n".join(out)


def related(a: dict, pool: list[dict], n: int = 4) -> list[tuple[str, str]]:
    same = [b for b in pool if b["feed"] == a["feed"] and b["published"] < a["published"]]
    items = [(b["title"], slug(b)) for b in same[-3:]][::-1]
    items += [(t, u) for t, u in a.get("extra_related", [])]
    fill = FILLERS[OUTLETS[a["feed"]]["lang"]]
    k = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    while len(items) < n:
        t = fill[k % len(fill)]
        k //= 7
        if t not in [x[0] for x in items]:
            items.append((t, "/news/archive/" + hashlib.sha1(t.encode()).hexdigest()[:10]))
        else:
            k += 3
    return items[:n]


FILLERS = {
    "en": ["Sea ice season opens early off Hokkaido", "What the new sanctions list means for shipping",
           "Explainer: how Japan's Diet committees question ministers",
           "Rouble steadies after central bank decision", "Typhoon season: insurers count the cost",
           "Pacific salmon returns mixed across the region", "Why port calls are getting longer in the Far East",
           "Tokyo's defence budget, line by line", "Photo essay: winter on the Nemuro Peninsula"],
    "ru": ["На Сахалине обновят паромную переправу Ванино — Холмск", "Синоптики: зима будет снежной",
           "В Южно-Сахалинске открыли новую поликлинику", "Рыбаки подвели итоги лососёвой путины",
           "Росстат: население Курил выросло", "Как работает льготный режим на Курилах: разбор",
           "Авиарейсы на Итуруп: что изменится в расписании", "Приём граждан проведёт депутат облдумы"],
    "ja": ["根室・花咲港でサンマ初水揚げ", "道東の流氷、平年より早く接岸", "中標津空港、冬ダイヤを発表",
           "標津町で秋サケ定置網漁始まる", "根室市議会が定例会開会", "羅臼沖でシャチの群れ確認",
           "納沙布岬の灯台、一般公開へ", "別海町で酪農フェア、来場者にぎわう"],
}


# ------------------------------------------------------------------ meta blocks

def meta_block(a: dict, kind: str, site: str, lang: str) -> str:
    url = f"/articles/{a['id']}.html"
    if kind == "none":
        return ""
    og = (f'<meta property="og:type" content="article">\n'
          f'<meta property="og:site_name" content="{E(site)}">\n'
          f'<meta property="og:title" content="{E(a["title"])}">\n'
          f'<meta property="og:description" content="{E(a["summary"])}">\n'
          f'<meta property="og:url" content="{url}">\n')
    if kind in ("og", "full"):
        og += f'<meta property="article:published_time" content="{a["published"]}">\n'
    if kind == "og_date":
        og += f'<meta name="date" content="{a["published"]}">\n'
    if kind == "full":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "description": a["summary"], "datePublished": a["published"],
              "dateModified": a["published"], "inLanguage": lang,
              "author": {"@type": "Person", "name": a.get("byline", site)},
              "publisher": {"@type": "Organization", "name": site},
              "mainEntityOfPage": url}
        og += ('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False)
               + "</script>\n")
    return og


def cookie(text: str, accept: str, more: str) -> str:
    return (f'<div class="cookie-banner" role="dialog" aria-live="polite"><p>{E(text)}</p>'
            f'<button type="button">{E(accept)}</button> <a href="/privacy">{E(more)}</a></div>')


def nav(items: list[str]) -> str:
    lis = "".join(f'<li><a href="/section/{i}">{E(x)}</a></li>' for i, x in enumerate(items))
    return f'<nav class="main-nav"><ul>{lis}</ul></nav>'


def foot(o: dict) -> str:
    lis = "".join(f'<li><a href="/info/{i}">{E(x)}</a></li>' for i, x in enumerate(o["footer"]))
    return f'<footer class="site-footer"><ul>{lis}</ul><p>{E(o["copyright"])}</p></footer>'


def rel_list(items, heading: str) -> str:
    lis = "".join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in items)
    return f'<aside class="related"><h3>{E(heading)}</h3><ul>{lis}</ul></aside>'


def comments(a: dict, heading: str) -> str:
    cs = a.get("comments") or []
    if not cs:
        return ""
    lis = "".join(f'<li><span class="c-author">{E(n)}</span><p>{E(t)}</p></li>' for n, t in cs)
    return f'<section class="comments"><h3>{E(heading)} ({len(cs)})</h3><ol>{lis}</ol></section>'


def doc(lang: str, title: str, head_extra: str, body: str, css: str) -> str:
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{E(title)}</title>\n{head_extra}"
            f"<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ------------------------------------------------------------------ templates

def t_marginalia(a, o, pool):
    d = parse(a["published"])
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} GMT"
    body = f"""<div class="topbar"><a href="/subscribe">Subscribe</a> · <a href="/login">Sign in</a></div>
<header class="masthead"><a class="logo" href="/">{E(o['site'])}</a><span class="tag">{E(o['tagline'])}</span></header>
{nav(o['nav'])}
{cookie(o['cookie'], 'Accept all', 'Manage preferences')}
<main>
<article class="story">
<p class="kicker"><a href="/section/{E(a.get('section', 'Asia'))}">{E(a.get('section', 'Asia'))}</a></p>
<h1>{E(a['title'])}</h1>
<p class="dek">{E(a.get('dek', a['summary']))}</p>
<p class="byline">By <span class="author">{E(a.get('byline', 'Staff reporter'))}</span> · <time>{when}</time></p>
<div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
<div class="article-body">
{paragraphs(a['body'], 'en')}
</div>
<p class="tags">Topics: {' · '.join(E(t) for t in a.get('tags', ['Asia']))}</p>
</article>
{rel_list(related(a, pool), 'Read more')}
<div class="newsletter"><h3>The Rim, every Friday</h3><p>Our weekly briefing on the northern Pacific.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</main>
{foot(o)}"""
    return doc("en", f"{a['title']} | {o['site']}", meta_block(a, o["meta"], o["site"], "en"), body,
               "body{font-family:Georgia,serif;max-width:760px;margin:auto}.dek{font-size:1.2em}")


def t_lattice(a, o, pool):
    d = parse(a["published"])
    when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%I:%M %p} UTC".replace(" 0", " ")
    place = a.get("place", "")
    paras = list(a["body"])
    if place and paras:
        paras[0] = f"{place} (Lattice Wire) - {paras[0]}"
    body = f"""<header><div class="brand"><a href="/">{E(o['site'])}</a> <small>{E(o['tagline'])}</small></div>
{nav(o['nav'])}<form class="search"><input type="search" placeholder="Search"></form></header>
{cookie(o['cookie'], 'OK', 'Cookie policy')}
<main class="wrap">
<div class="breadcrumb"><a href="/">Home</a> › <a href="/world">{E(a.get('section', 'World'))}</a></div>
<h1 class="headline">{E(a['title'])}</h1>
<div class="meta"><span class="date">{when}</span> · <span class="read">{max(1, sum(len(p.split()) for p in paras) // 200)} min read</span></div>
<div class="body">
{paragraphs(paras, 'en')}
<p class="credit">{E(a.get('byline', 'Reporting by Lattice Wire staff'))}</p>
</div>
<div class="share-bar"><button>Share</button><button>Save</button><button>Print</button></div>
{rel_list(related(a, pool), 'More from Lattice Wire')}
<div class="ad-slot">Advertisement</div>
</main>
{foot(o)}"""
    return doc("en", f"{a['title']} - {o['site']}", meta_block(a, o["meta"], o["site"], "en"), body,
               "body{font-family:Arial,sans-serif}.headline{font-size:2em}")


def t_gallery(a, o, pool):
    tz = a.get("tz", 3)
    tzname = {3: "Moscow time", 9: "Tokyo time", 8: "Beijing time"}.get(tz, "UTC")
    d = local(a["published"], tz)
    when = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {tzname}"
    body = f"""<div class="skip"><a href="#content">Skip to content</a></div>
<header><h2 class="site"><a href="/">{E(o['site'])}</a></h2><p>{E(o['tagline'])}</p>{nav(o['nav'])}</header>
{cookie(o['cookie'], 'Fine', 'Details')}
<div id="content" class="transcript">
<p class="label">Transcript · {E(a.get('section', 'Briefing'))}</p>
<h1>{E(a['title'])}</h1>
<p class="posted">Posted {when} · Source: {E(a.get('source', 'official video'))} · Transcribed by {E(a.get('byline', 'Gallery desk'))}</p>
<p class="intro"><em>{E(a.get('dek', a['summary']))}</em></p>
{paragraphs(a['body'], 'en')}
<p class="note">Our transcript is unofficial and may be lightly edited for readability. Translations from the original language are the Gallery's own.</p>
</div>
{rel_list(related(a, pool), 'Recently transcribed')}
{foot(o)}"""
    return doc("en", f"{a['title']} — {o['site']}", "", body, "body{font-family:monospace;max-width:820px}")


def ru_date(ts: str, tz: int, with_time=True) -> str:
    d = local(ts, tz)
    s = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"
    return s + (f", {d:%H:%M}" if with_time else "")


def t_okolitsa(a, o, pool):
    body = f"""<header class="hdr"><a class="logo" href="/">{E(o['site'])}</a><span>{E(o['tagline'])}</span>
<div class="weather">Южно-Сахалинск −3° · Южно-Курильск +1°</div></header>
{nav(o['nav'])}
{cookie(o['cookie'], 'Понятно', 'Подробнее')}
<main>
<article>
<div class="rubric">{E(a.get('section', 'Курилы'))}</div>
<h1>{E(a['title'])}</h1>
<div class="info"><time>{ru_date(a['published'], 11)}</time> · <span class="views">Просмотров: {int(hashlib.md5(a['id'].encode()).hexdigest()[:3], 16)}</span></div>
<p class="lead"><b>{E(a.get('dek', a['summary']))}</b></p>
<div class="text">
{paragraphs(a['body'], 'ru')}
</div>
<p class="author">{E(a.get('byline', 'ИА «Околица»'))}</p>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<p class="subscribe">Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости Сахалина и Курил.</p>
</article>
{comments(a, 'Комментарии')}
{rel_list(related(a, pool), 'Читайте также')}
</main>
{foot(o)}"""
    return doc("ru", f"{a['title']} — {o['site']}", meta_block(a, o["meta"], o["site"], "ru"), body,
               "body{font-family:Verdana,sans-serif}.lead{font-size:1.1em}")


def t_konsul(a, o, pool):
    tags = "".join(f'<a class="tag" href="/tag/{i}">{E(t)}</a> ' for i, t in enumerate(a.get('tags', ['Япония'])))
    body = f"""<header><div class="logo"><a href="/">{E(o['site'])}</a></div><p class="motto">{E(o['tagline'])}</p>{nav(o['nav'])}</header>
{cookie(o['cookie'], 'Принять', 'Политика')}
<main class="layout">
<nav class="crumbs"><a href="/">Главная</a> / <a href="/news">Новости</a> / <span>{E(a.get('section', 'Азия'))}</span></nav>
<article class="material">
<h1>{E(a['title'])}</h1>
<div class="material-meta"><time>{ru_date(a['published'], 3)} (мск)</time> <span class="by">{E(a.get('byline', 'Редакция'))}</span></div>
<div class="announce">{E(a.get('dek', a['summary']))}</div>
<div class="material-body">
{paragraphs(a['body'], 'ru')}
</div>
<div class="tags">{tags}</div>
<div class="share"><span>Поделиться:</span> <a href="#">Telegram</a> <a href="#">VK</a> <a href="#">WhatsApp</a></div>
</article>
{rel_list(related(a, pool), 'Материалы по теме')}
<div class="promo">Все стенограммы брифингов — в разделе «Документы».</div>
</main>
{foot(o)}"""
    return doc("ru", f"{a['title']} | {o['site']}", meta_block(a, o["meta"], o["site"], "ru"), body,
               "body{font-family:'PT Serif',serif}.announce{font-style:italic}")


def t_rakushka(a, o, pool):
    body = f"""<div class="top">Южно-Курильск · Малокурильское · Крабозаводское</div>
<header><a href="/" class="logo">{E(o['site'])}</a><p>{E(o['tagline'])}</p></header>
{nav(o['nav'])}
{cookie(o['cookie'], 'Хорошо', 'Что это?')}
<main>
<article class="post">
<h1>{E(a['title'])}</h1>
<p class="date">{ru_date(a['published'], 11, with_time=False)} · рубрика «{E(a.get('section', 'Новости'))}»</p>
{paragraphs(a['body'], 'ru')}
<p class="sign">{E(a.get('byline', 'Редакция «Ракушки»'))}</p>
<p class="share">Поделиться: ВК · ОК · Telegram</p>
</article>
{comments(a, 'Отзывы читателей')}
{rel_list(related(a, pool), 'Ещё на сайте')}
<div class="ads"><h3>Объявления</h3><p>Продам лодку «Казанка-5М» с мотором. Тел. в редакции.</p><p>Требуется водитель категории С на рыбозавод.</p></div>
</main>
{foot(o)}"""
    return doc("ru", f"{a['title']} — {o['site']}", meta_block(a, o["meta"], o["site"], "ru"), body,
               "body{font-family:Tahoma,sans-serif;background:#f7f3ea}")


def ja_date(ts: str) -> str:
    d = local(ts, 9)
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def t_chidori(a, o, pool):
    rank = FILLERS["ja"][:5]
    lis = "".join(f"<li>{E(t)}</li>" for t in rank)
    body = f"""<header><div class="logo"><a href="/">{E(o['site'])}</a></div><p class="sub">{E(o['tagline'])}</p>
<div class="head-links"><a href="/login">ログイン</a> <a href="/subscribe">電子版購読</a></div></header>
{nav(o['nav'])}
{cookie(o['cookie'], '同意する', '詳細')}
<main>
<article>
<p class="cat">{E(a.get('section', '北方領土'))}</p>
<h1>{E(a['title'])}</h1>
<p class="date">{ja_date(a['published'])}</p>
<div class="honbun">
{paragraphs(a['body'], 'ja')}
</div>
<p class="credit">{E(a.get('byline', '（千鳥新聞）'))}</p>
<div class="sns">シェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
</article>
{rel_list(related(a, pool), '関連記事')}
<aside class="ranking"><h3>アクセスランキング</h3><ol>{lis}</ol></aside>
</main>
{foot(o)}"""
    return doc("ja", f"{a['title']}｜{o['site']}", "", body, "body{font-family:serif}")


def t_naigai(a, o, pool):
    body = f"""<header class="g-header"><a class="logo" href="/">{E(o['site'])}</a><span>{E(o['tagline'])}</span>
<form class="search"><input type="search" placeholder="記事を検索"></form></header>
{nav(o['nav'])}
{cookie(o['cookie'], 'OK', 'プライバシーポリシー')}
<main>
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/seiji">{E(a.get('section', '外交'))}</a></li></ol>
<article class="entry">
<h1>{E(a['title'])}</h1>
<div class="entry-meta"><time>{ja_date(a['published'])}</time> <span class="writer">{E(a.get('byline', '政治部'))}</span></div>
<div class="entry-body">
{paragraphs(a['body'], 'ja')}
</div>
<div class="share">この記事をシェア：<a href="#">X</a> <a href="#">Facebook</a> <a href="#">はてブ</a> <a href="#">LINE</a></div>
<p class="kw">キーワード：{'、'.join(E(t) for t in a.get('tags', ['外交']))}</p>
</article>
{rel_list(related(a, pool), '関連ニュース')}
<div class="premium">有料会員になると全ての記事が読み放題。初月無料。</div>
</main>
{foot(o)}"""
    return doc("ja", f"{a['title']}：{o['site']}", meta_block(a, o["meta"], o["site"], "ja"), body,
               "body{font-family:sans-serif}")


TEMPLATES = {"en-marginalia": t_marginalia, "en-lattice": t_lattice, "en-gallery": t_gallery,
             "ru-okolitsa": t_okolitsa, "ru-konsul": t_konsul, "ru-rakushka": t_rakushka,
             "ja-chidori": t_chidori, "ja-naigai": t_naigai}


# ------------------------------------------------------------------ main

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main() -> None:
    arts = articles_en.ARTICLES + articles_ru.ARTICLES + articles_ja.ARTICLES
    arts.sort(key=lambda a: (a["published"], a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for a in arts:
        a["lang"] = OUTLETS[a["feed"]]["lang"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}, a["id"]
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
        else:
            assert not a.get("group"), a["id"]
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a, OUTLETS[a["feed"]], arts)
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")
    feeds = [{"id": k, "title": v["title"], "format": v["format"], "lang": v["lang"]}
             for k, v in OUTLETS.items()]
    entries = []
    for a in arts:
        e = {}
        for k in LABEL_KEYS:
            v = a.get(k)
            if k in ("group", "new_facts", "must_mention") and not v:
                continue
            e[k] = v
        e["published"] = a["published"]
        entries.append(e)
    data = {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": feeds, "articles": entries}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")
    counts = {}
    for a in arts:
        counts.setdefault(a["lang"], 0)
        counts[a["lang"]] += 1
    print(f"{NAME}: {len(arts)} articles {counts}; wrote labels.yaml and articles/")


if __name__ == "__main__":
    main()
