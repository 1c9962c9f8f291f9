"""Залив Терпения — регионал: og + JSON-LD + <time>, комментарии."""
from common import comments_html, esc, iso, jsonld, paragraphs, related_html, ru_date

BASE = "https://zaliv-terpenia.example"


def render(a: dict) -> str:
    url = f"{BASE}/news/{a['id']}"
    related = a.get("related") or [
        ("Паромная переправа Ванино — Холмск: расписание на неделю", "/news/paromy"),
        ("В Корсакове начали ремонт набережной", "/news/korsakov-naberezhnaya"),
        ("Погода: на Курилах ожидается штормовой ветер", "/news/pogoda-kurily"),
    ]
    tags = ", ".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in a.get("tags", ["Курилы"]))
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} — Залив Терпения</title>
<meta name="description" content="{esc(a['summary'])}">
<meta property="og:locale" content="ru_RU">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['summary'])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Залив Терпения">
<meta property="article:published_time" content="{iso(a['published'])}">
{jsonld(a, "Залив Терпения", url, "ru")}
<link rel="stylesheet" href="/css/zt.css">
</head>
<body>
<div class="cookie" id="cookie">Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с <a href="/policy">политикой обработки данных</a>. <button>Понятно</button></div>
<header class="top">
  <a class="logo" href="/">Залив Терпения</a><span class="sub">новости Сахалина и Курил</span>
  <div class="weather">Южно-Сахалинск −2° · Южно-Курильск +1°</div>
  <nav class="rubrics"><a href="/news">Новости</a><a href="/kurily">Курилы</a><a href="/politika">Политика</a><a href="/ekonomika">Экономика</a>
  <a href="/obshchestvo">Общество</a><a href="/proisshestviya">Происшествия</a><a href="/sport">Спорт</a><a href="/afisha">Афиша</a></nav>
</header>
<main class="page">
  <div class="crumbs"><a href="/">Главная</a> / <a href="/{esc(a.get('rubric', 'kurily'))}">{esc(a.get('section', 'Курилы'))}</a></div>
  <article>
    <h1>{esc(a['title'])}</h1>
    <div class="info"><time datetime="{iso(a['published'])}">{ru_date(a['published'])}</time> · <span class="author">{esc(a.get('byline', 'Редакция'))}</span> · <span class="views">{a.get('views', 1834)} просмотров</span></div>
    <p class="lead"><b>{esc(a['summary'])}</b></p>
    <div class="text">
{paragraphs(a['body'])}
    </div>
    <div class="tags">Теги: {tags}</div>
    <div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
    <p class="typo">Нашли опечатку? Выделите текст и нажмите Ctrl+Enter.</p>
  </article>
  {comments_html(a.get('comments'), 'Комментарии', 'шт.')}
  {related_html(related, 'Читайте также')}
</main>
<footer class="bottom">
  <p>Сетевое издание «Залив Терпения». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p>
  <p><a href="/redakciya">Редакция</a> · <a href="/reklama">Реклама</a> · <a href="/policy">Политика конфиденциальности</a></p>
  <p>При использовании материалов ссылка на «Залив Терпения» обязательна.</p>
</footer>
</body>
</html>
"""
