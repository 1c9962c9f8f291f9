"""«Моряна»: лента новостей Дальнего Востока. og: и article:*, <time>; без JSON-LD."""
from common import SAKH, esc, iso, paragraphs, related_links, ru_long

DOMAIN = "https://moryana.media"


def render(a: dict) -> str:
    url = f"{DOMAIN}/articles/{a['id']}.html"
    tags = " ".join(f'<a href="/tag/{esc(t)}">#{esc(t)}</a>' for t in a.get("tags", []))
    return f"""<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>{esc(a['title'])} | Моряна</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{esc(a['title'])}">
  <meta property="og:description" content="{esc(a['summary'])}">
  <meta property="og:url" content="{url}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{iso(a['published'])}">
  <meta property="article:section" content="{esc(a.get('section', 'Регион'))}">
  <link rel="stylesheet" href="/static/m.css">
</head>
<body>
  <div class="m-consent" id="consent">Сайт использует cookies. <a href="/cookies">Подробнее</a> <button onclick="this.parentNode.remove()">Принять</button></div>
  <header class="m-top">
    <a class="m-logo" href="/">Моряна</a>
    <ul class="m-nav">
      <li><a href="/lenta">Лента</a></li><li><a href="/region">Регион</a></li><li><a href="/politics">Политика</a></li>
      <li><a href="/economy">Экономика</a></li><li><a href="/sea">Море</a></li><li><a href="/incidents">Происшествия</a></li>
      <li><a href="/video">Видео</a></li>
    </ul>
    <a class="m-tg" href="/tg">Мы в Telegram</a>
  </header>
  <div class="m-grid">
    <article class="m-article">
      <div class="m-meta"><span class="m-sec">{esc(a.get('section', 'Регион'))}</span> <time datetime="{iso(a['published'])}">{ru_long(a['published'])}</time></div>
      <h1>{esc(a['title'])}</h1>
      <div class="m-lead">{esc(a['summary'])}</div>
      <div class="m-body">
        {paragraphs(a['body'])}
      </div>
      <div class="m-author">Автор: {esc(a.get('author', 'Моряна'))}</div>
      <div class="m-tags">{tags}</div>
      <div class="m-share"><a href="#">VK</a> <a href="#">OK</a> <a href="#">TG</a> <a href="#">Скопировать ссылку</a></div>
    </article>
    <aside class="m-side">
      <h4>Главное за день</h4>
      <ul>
{related_links(a.get('related', []), '/lenta')}
      </ul>
      <div class="m-banner">Реклама</div>
    </aside>
  </div>
  <footer class="m-foot">
    <p>© «Моряна», 2018–2027. Все права защищены. 18+</p>
    <p><a href="/redaction">Редакция</a> · <a href="/rules">Правила использования</a> · <a href="/privacy">Конфиденциальность</a></p>
  </footer>
</body>
</html>
"""
