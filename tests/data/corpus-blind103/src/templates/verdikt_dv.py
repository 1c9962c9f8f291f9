"""Вердикт-ДВ — судебная хроника: og:/article: meta, JSON-LD, <time>, комментарии."""
from common import esc, iso, parse, paras, jsonld, related_list, RU_MONTHS, SAKH


def render(a: dict, ctx: dict) -> str:
    feed = ctx["feed"]
    url = f'{feed["host"]}/articles/{a["id"]}.html'
    d = parse(a["published"]).astimezone(SAKH)
    when = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} (Сахалин)"
    comments = a.get("comments", [])
    cm = "\n".join(
        f'<div class="comm"><b>{esc(w)}</b> <span>{esc(t)}</span><p>{esc(c)}</p><a href="#">Ответить</a> · 👍 {v}</div>'
        for w, t, c, v in comments)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} — Вердикт-ДВ</title>
<meta name="description" content="{esc(a["summary"])}">
<meta property="og:site_name" content="Вердикт-ДВ">
<meta property="og:locale" content="ru_RU">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["summary"])}">
<meta property="og:url" content="{esc(url)}">
<meta property="article:published_time" content="{iso(a["published"])}">
<meta property="article:section" content="{esc(a.get("section", "Суды"))}">
{jsonld(a, "Вердикт-ДВ", url)}
<link rel="stylesheet" href="/static/verdikt.min.css">
</head>
<body>
<div class="cookies">Мы используем файлы cookie и сервис веб-аналитики. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy">политикой обработки персональных данных</a>. <button>Понятно</button></div>
<header class="hdr">
 <div class="logo"><a href="/">ВЕРДИКТ<span>-ДВ</span></a><small>судебная хроника Дальнего Востока</small></div>
 <nav><a href="/sudy">Суды</a><a href="/prokuratura">Прокуратура</a><a href="/zakony">Законы</a><a href="/sakhalin">Сахалин и Курилы</a><a href="/primorye">Приморье</a><a href="/kamchatka">Камчатка</a><a href="/arbitrazh">Арбитраж</a></nav>
 <form class="search" action="/search"><input name="q" placeholder="Поиск по делам и новостям"></form>
</header>
<main class="wrap">
 <div class="crumbs"><a href="/">Главная</a> / <a href="/sakhalin">{esc(a.get("section", "Суды"))}</a></div>
 <article>
  <h1>{esc(a["title"])}</h1>
  <div class="info"><time datetime="{iso(a["published"])}">{when}</time> · Автор: {esc(a.get("author", "Редакция"))} · 👁 {a.get("views", 1240)}</div>
  <p class="lead">{esc(a["summary"])}</p>
  <div class="text">
{paras(a["body"])}
  </div>
  <div class="share">Поделиться: <a href="https://vk.com/share.php?url={esc(url)}">ВКонтакте</a> <a href="https://connect.ok.ru/offer?url={esc(url)}">Одноклассники</a> <a href="https://t.me/share/url?url={esc(url)}">Telegram</a></div>
  <p class="subscribe">Подписывайтесь на наш канал в Telegram: @verdikt_dv</p>
 </article>
 <section class="also"><h3>Читайте также</h3><ul>
{related_list(ctx["related"])}
 </ul></section>
 <section class="comments"><h3>Комментарии ({len(comments)})</h3>
{cm}
 <p class="note">Комментарии публикуются после модерации.</p></section>
</main>
<footer class="ftr"><p>Сетевое издание «Вердикт-ДВ». Свидетельство о регистрации СМИ Эл № ФС77-00000. 16+</p><p><a href="/about">О проекте</a> · <a href="/ads">Реклама</a> · <a href="/contacts">Контакты</a></p><p>При использовании материалов ссылка на «Вердикт-ДВ» обязательна.</p></footer>
</body>
</html>
"""
