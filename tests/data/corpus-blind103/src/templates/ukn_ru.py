"""«Южно-Курильская неделя» — районная газета, старый движок: без og:/article:,
без JSON-LD и без <time>; дата — обычным текстом."""
from common import esc, parse, paras, related_list, SAKH


def render(a: dict, ctx: dict) -> str:
    d = parse(a["published"]).astimezone(SAKH)
    when = f"{d:%d.%m.%Y}, {d:%H:%M}"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a["title"])} :: Южно-Курильская неделя</title>
<link href="/templates/ukn/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="cookie">Сайт использует cookie. <a href="#">Закрыть</a></div>
<div id="header">
 <div class="title"><a href="/">Южно-Курильская неделя</a></div>
 <div class="sub">Общественно-политическая газета Южно-Курильского городского округа. Выходит с 1947 года</div>
 <ul class="menu">
  <li><a href="/">Главная</a></li><li><a href="/novosti">Новости</a></li><li><a href="/okrug">Округ</a></li>
  <li><a href="/rybaki">Рыбаки</a></li><li><a href="/kultura">Культура</a></li><li><a href="/oficialno">Официально</a></li>
  <li><a href="/arhiv">Архив номеров</a></li><li><a href="/kontakty">Контакты</a></li>
 </ul>
</div>
<div id="content">
 <div class="newsitem">
  <h1>{esc(a["title"])}</h1>
  <div class="date">{when} | Рубрика: {esc(a.get("section", "Новости"))} | Просмотров: {a.get("views", 312)}</div>
  <p><strong>{esc(a["summary"])}</strong></p>
{paras(a["body"])}
  <p class="author">{esc(a.get("author", "Наш корр."))}</p>
  <div class="share">Поделиться: <a href="https://vk.com/share.php">ВК</a> <a href="https://connect.ok.ru/offer">ОК</a> <a href="https://t.me/share/url">Telegram</a></div>
 </div>
 <div class="relnews"><b>Другие новости:</b>
 <ul>
{related_list(ctx["related"])}
 </ul></div>
</div>
<div id="right">
 <div class="block"><b>Погода в Южно-Курильске</b><br>ветер ЮВ 7 м/с</div>
 <div class="block"><b>Расписание «Игоря Фархутдинова»</b><br><a href="/raspisanie">смотреть</a></div>
 <div class="block"><b>Подписка на газету</b><br>Индекс П4215</div>
</div>
<div id="footer">© МАУ «Редакция газеты „Южно-Курильская неделя“». 694500, пгт Южно-Курильск, ул. Ленина, 3. Тел. (42455) 2-10-00. 12+</div>
</body>
</html>
"""
