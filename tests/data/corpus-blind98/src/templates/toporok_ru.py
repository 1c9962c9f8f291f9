"""«Топорок»: новости Южных Курил и Сахалина. og:, JSON-LD, <time>; комментарии читателей."""
from common import SAKH, esc, iso, json_ld, paragraphs, related_links, ru_long

DOMAIN = "https://toporok-news.ru"
PUBLISHER = "Топорок"


def comments(items):
    if not items:
        return '<p class="tp-nocom">Комментариев пока нет.</p>'
    return "".join(
        f'<div class="tp-com"><span class="tp-com-author">{esc(n)}</span>'
        f'<p>{esc(t)}</p><span class="tp-com-act">Ответить · Пожаловаться</span></div>'
        for n, t in items)


def render(a: dict) -> str:
    url = f"{DOMAIN}/articles/{a['id']}.html"
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — Топорок</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:site_name" content="Топорок">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(a['published'], SAKH)}">
{json_ld(a, PUBLISHER, url, "ru")}
<link rel="stylesheet" href="/css/toporok.min.css">
</head>
<body>
<div class="tp-cookie">Мы используем файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой конфиденциальности</a>. <button>Понятно</button></div>
<div class="tp-weather">Южно-Курильск: −2° · Курильск: −4° · Малокурильское: −1° · <a href="/transport">Расписание «Игоря Фархутдинова»</a></div>
<header class="tp-header">
  <a class="tp-logo" href="/">ТОПОРОК<small>новости Южных Курил и Сахалина</small></a>
  <nav>
    <a href="/news">Новости</a><a href="/kunashir">Кунашир</a><a href="/iturup">Итуруп</a><a href="/shikotan">Шикотан</a>
    <a href="/sakhalin">Сахалин</a><a href="/fish">Путина</a><a href="/society">Общество</a><a href="/afisha">Афиша</a>
  </nav>
</header>
<div class="tp-content">
  <article>
    <div class="tp-rubric">{esc(a.get('section', 'Новости'))}</div>
    <h1>{esc(a['title'])}</h1>
    <div class="tp-info"><time datetime="{iso(a['published'], SAKH)}">{ru_long(a['published'])}</time> · {esc(a.get('author', 'Редакция'))}</div>
    <p class="tp-lead"><strong>{esc(a['summary'])}</strong></p>
    <div class="tp-text">
        {paragraphs(a['body'])}
    </div>
    <div class="tp-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
    <p class="tp-tip">Нашли ошибку? Выделите её и нажмите Ctrl+Enter. Есть новость? Пишите в наш Telegram-бот.</p>
  </article>
  <section class="tp-readalso">
    <h3>Читайте также</h3>
    <ul>
{related_links(a.get('related', []), '/news')}
    </ul>
  </section>
  <section class="tp-comments"><h3>Комментарии</h3>
    {comments(a.get('comments', []))}
  </section>
</div>
<footer class="tp-footer">
  <p>Сетевое издание «Топорок». Учредитель — ООО «Островная медиагруппа». 16+</p>
  <p><a href="/about">О редакции</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/privacy">Политика конфиденциальности</a></p>
  <p>При использовании материалов ссылка на «Топорок» обязательна.</p>
</footer>
</body>
</html>
"""
