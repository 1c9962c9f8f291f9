"""«Нормативка» — портал о законах и документах: og:/article: meta, JSON-LD, <time>."""
from common import esc, iso, parse, paras, jsonld, related_list, RU_MONTHS


def render(a: dict, ctx: dict) -> str:
    feed = ctx["feed"]
    url = f'{feed["host"]}/articles/{a["id"]}.html'
    d = parse(a["published"])
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}"
    docs = a.get("docs", [])
    docbox = ""
    if docs:
        docbox = ('<div class="docbox"><h4>Документы по теме</h4><ul>'
                  + "".join(f"<li>{esc(x)}</li>" for x in docs) + "</ul></div>")
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<title>{esc(a["title"])} | Нормативка</title>
<meta name="description" content="{esc(a["summary"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:url" content="{esc(url)}">
<meta property="og:site_name" content="Нормативка">
<meta property="article:published_time" content="{iso(a["published"])}">
{jsonld(a, "Нормативка", url)}
<link rel="stylesheet" href="/css/nrm.css?v=31">
</head>
<body>
<div class="cookie-consent">Мы используем cookie, чтобы сайт работал лучше. <a href="/cookie">Подробнее</a> <button type="button">Принять</button></div>
<header class="top">
 <a class="brand" href="/">Нормативка</a><span class="claim">законы · постановления · документы</span>
 <nav class="sections"><a href="/news">Новости</a><a href="/federal">Федеральные акты</a><a href="/regions">Регионы</a><a href="/projects">Законопроекты</a><a href="/customs">Таможня и ВЭД</a><a href="/review">Обзоры</a><a href="/calendar">Календарь вступления в силу</a></nav>
</header>
<div class="layout">
<main>
 <article class="news">
  <div class="rubric">{esc(a.get("section", "Новости"))}</div>
  <h1>{esc(a["title"])}</h1>
  <div class="meta"><time datetime="{iso(a["published"])}">{when}, {d:%H:%M} UTC</time> · {esc(a.get("author", "Редакция «Нормативки»"))}</div>
  <p class="anons">{esc(a["summary"])}</p>
{paras(a["body"])}
{docbox}
  <div class="share-line">Поделиться: <a href="https://t.me/share/url?url={esc(url)}">Telegram</a> · <a href="https://vk.com/share.php?url={esc(url)}">ВКонтакте</a> · <a href="#" class="copy">Скопировать ссылку</a></div>
 </article>
</main>
<aside class="side">
 <h3>Ещё по теме</h3><ul>
{related_list(ctx["related"])}
 </ul>
 <div class="widget"><h3>Вступают в силу на этой неделе</h3><p><a href="/calendar">Календарь документов →</a></p></div>
</aside>
</div>
<footer class="bottom">© «Нормативка», 2016–2027. Материалы носят информационный характер и не являются юридической консультацией. <a href="/about">О портале</a> · <a href="/privacy">Конфиденциальность</a> · 18+</footer>
</body>
</html>
"""
