"""«Малахит» — международное обозрение: Russian, RSS; og + article meta + JSON-LD + <time>."""
from .common import RU_MONTHS, esc, body_html, json_ld, og_meta, iso, local, links

FEED = {"id": "malakhit-ru", "title": "«Малахит» — международное обозрение", "format": "rss", "lang": "ru"}
SITE = "Малахит"

RELATED = [
    ("/world/asia/kitai-rossiya-torgovlya", "Товарооборот России и Китая: итоги полугодия"),
    ("/world/europe/sankcii-paket", "ЕС обсуждает очередной пакет санкций"),
    ("/world/asia/koreya-vybory", "Южная Корея после выборов: что изменится для Москвы"),
    ("/analytics/arktika-smp", "Северный морской путь: навигация в цифрах"),
]


def render(a: dict) -> str:
    t = local(a, 3)
    stamp = f"{t.day} {RU_MONTHS[t.month - 1]} {t.year}, {t:%H:%M}"
    related = a.get("related") or RELATED
    tags = "".join(f'<a class="tag" href="/tags/{esc(x)}">{esc(x)}</a>' for x in a.get("tags", []))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — «Малахит»</title>
<meta name="description" content="{esc(a['summary'])}">
{og_meta(a, SITE)}
{json_ld(a, SITE, "https://malakhit-review.example")}
<link rel="stylesheet" href="/static/m.css">
</head>
<body>
<div class="cookies" id="cookies">Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="m-header">
  <a class="m-logo" href="/">«Малахит»<small>международное обозрение</small></a>
  <nav class="m-menu">
    <a href="/politika">Политика</a><a href="/world/asia">Азия</a><a href="/world/europe">Европа</a>
    <a href="/ekonomika">Экономика</a><a href="/analytics">Аналитика</a><a href="/interview">Интервью</a><a href="/photo">Фото</a>
  </nav>
  <div class="m-rates">USD · EUR · CNY</div>
</header>
<main class="m-main">
<article class="m-article">
  <div class="m-rubric">{esc(a.get('section', 'Политика'))}</div>
  <time class="m-date" datetime="{iso(a)}">{stamp}</time>
  <h1>{esc(a['title'])}</h1>
  <p class="m-lead">{esc(a['summary'])}</p>
  <div class="m-text">
{body_html(a)}
  </div>
  <div class="m-author">{esc(a.get('author', 'Редакция «Малахита»'))}</div>
  <div class="m-tags">{tags}</div>
  <div class="m-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a> <a href="#">WhatsApp</a></div>
  <p class="m-subscribe">Подписывайтесь на «Малахит» в <a href="#">Telegram</a> и <a href="#">Дзене</a></p>
</article>
<aside class="m-side"><h3>Читайте также</h3><ul>
{links(related)}
</ul></aside>
</main>
<footer class="m-footer">
  <p>Сетевое издание «Малахит». Свидетельство о регистрации СМИ Эл № ФС 77-00000. 18+</p>
  <p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a> · <a href="/rss">RSS</a></p>
</footer>
</body>
</html>
"""
