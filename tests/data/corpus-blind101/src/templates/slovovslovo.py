"""«Слово в слово» — стенограммы и брифинги. БЕЗ метаданных: нет og:/article:, JSON-LD и <time>."""
from common import esc, paragraphs, ru_date, MSK


def render(a: dict) -> str:
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Слово в слово</title>
<link rel="stylesheet" href="/static/svs.css">
</head>
<body>
<div class="svs-cookie">Сайт использует cookie. <a href="/cookie">Подробнее</a> <span class="x">✕</span></div>
<div class="svs-head">
  <div class="svs-logo"><a href="/">«Слово в слово»</a><br><small>брифинги, интервью, стенограммы — без сокращений смысла</small></div>
  <ul class="svs-menu"><li><a href="/brifingi">Брифинги</a></li><li><a href="/intervyu">Интервью</a></li>
  <li><a href="/zayavleniya">Заявления</a></li><li><a href="/press-konferencii">Пресс-конференции</a></li><li><a href="/arhiv">Архив</a></li></ul>
</div>
<div class="svs-body">
  <div class="svs-type">{esc(a.get('section', 'Стенограмма'))}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="svs-date">Опубликовано {ru_date(a['published'], MSK)} (мск)</div>
  <div class="svs-anons">{esc(a['summary'])}</div>
  <div class="svs-text">
{paragraphs(a['body'])}
  </div>
  <div class="svs-source">Источник: {esc(a.get('source', 'официальная стенограмма'))}. Текст публикуется с сокращениями, не касающимися существа вопросов.</div>
  <div class="svs-share">Поделиться: <a href="#">Telegram</a> · <a href="#">ВКонтакте</a> · <a href="#">скопировать ссылку</a></div>
  <div class="svs-more"><b>Другие материалы:</b>
   <a href="/brifingi/arhiv-2024">Брифинги 2024</a> · <a href="/brifingi/arhiv-2025">Брифинги 2025</a> · <a href="/intervyu/diplomaty">Интервью дипломатов</a></div>
</div>
<div class="svs-foot">© «Слово в слово», 2016–2027. Все права защищены. <a href="/o-proekte">О проекте</a> · <a href="/kontakty">Контакты</a> · 12+</div>
</body>
</html>
"""
