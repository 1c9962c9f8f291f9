"""«Сполохи» — новости Сахалина и Курил: Russian, Atom; NO metadata at all."""
from .common import esc, body_html, local, links

FEED = {"id": "spolokhi-ru", "title": "«Сполохи» — новости Сахалина и Курил", "format": "atom", "lang": "ru"}

RELATED = [
    ("/news/society/paromy-vanino-kholmsk", "Паромы Ванино — Холмск: расписание на неделю"),
    ("/news/economy/sakhalin-byudzhet", "Облдума приняла бюджет в первом чтении"),
    ("/news/incidents/medved-okhotskoe", "Медведя заметили у Охотского"),
    ("/news/society/aviarejsy-kurily", "Авиарейсы на Курилы: что нужно знать пассажирам"),
]


def render(a: dict) -> str:
    t = local(a, 11)
    stamp = f"{t:%d.%m.%Y %H:%M}"
    related = a.get("related") or RELATED
    comments = a.get("comments") or []
    ctext = "\n".join(
        f'<div class="c-item"><span class="c-nick">{esc(n)}</span><div class="c-text">{esc(c)}</div></div>'
        for n, c in comments)
    temps = ["−12° · −6°", "−10° · −5°", "−5° · −2°", "+3° · +2°", "+9° · +6°", "+14° · +10°",
             "+19° · +15°", "+21° · +18°", "+16° · +15°", "+8° · +10°", "0° · +4°", "−8° · −3°"]
    ys, yk = temps[t.month - 1].split(" · ")
    views = 300 + (sum(map(ord, a["id"])) * 37) % 4000
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Сполохи</title>
<link rel="stylesheet" href="/css/spl.css?v=31">
</head>
<body>
<div class="spl-cookie">Сайт использует cookie и сервис веб-аналитики. <a href="/privacy">Подробнее</a> <span class="x">×</span></div>
<div class="spl-top">
  <a href="/" class="spl-logo">СПОЛОХИ</a> <span class="spl-sub">новости Сахалина и Курил</span>
  <span class="spl-weather">Южно-Сахалинск {ys} · Южно-Курильск {yk}</span>
</div>
<ul class="spl-menu">
  <li><a href="/news/">Все новости</a></li><li><a href="/news/politics/">Политика</a></li><li><a href="/news/kurily/">Курилы</a></li>
  <li><a href="/news/economy/">Экономика</a></li><li><a href="/news/society/">Общество</a></li><li><a href="/news/incidents/">Происшествия</a></li><li><a href="/news/dv/">Дальний Восток</a></li>
</ul>
<div class="spl-page">
<div class="spl-news">
  <div class="spl-info"><span class="spl-date">{stamp}</span> · <span class="spl-cat">{esc(a.get('section', 'Курилы'))}</span> · просмотров: {views}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="spl-anons"><b>{esc(a['summary'])}</b></div>
  <div class="spl-body">
{body_html(a)}
  </div>
  <div class="spl-src">{esc(a.get('author', 'Сполохи'))}</div>
  <div class="spl-share">Поделиться: <a href="#">ВК</a> <a href="#">ОК</a> <a href="#">Telegram</a></div>
  <div class="spl-tg">Все главные новости Сахалина и Курил — в нашем <a href="#">Telegram-канале</a>.</div>
  <div class="spl-comments"><h3>Комментарии ({len(comments)})</h3>
{ctext}
  <div class="c-form">Чтобы оставить комментарий, <a href="/login">войдите</a>.</div></div>
</div>
<div class="spl-right"><h3>Популярное</h3><ul>
{links(related)}
</ul><div class="banner">Реклама</div></div>
</div>
<div class="spl-footer">© «Сполохи», Южно-Сахалинск. При использовании материалов ссылка обязательна. 16+ · <a href="/about">Редакция</a> · <a href="/adv">Реклама на сайте</a></div>
</body>
</html>
"""
