# Articles, January 2025 - April 2026.

ARTICLES = [
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2025-01-21T04:50:00Z",
    rubric="Курилы", rubric_slug="kurily", tags=["Япония", "шхуна", "морской ёж", "погранслужба"],
    source="Источник: ПУ ФСБ России по Сахалинской области",
    title="У острова Сигнальный задержана японская шхуна «Тоёсио-мару № 6»",
    summary="Судно вело добычу морского ежа за пределами района, согласованного в рамках разовой зимней договорённости. На борту — три члена экипажа и около 1,2 тонны ежа.",
    label="new_development", group="b90-g3",
    new_facts=["Russian border guards detain the Japanese schooner Toyoshio Maru No. 6 (3 crew, ~1.2 t of urchin) near Signalny/Kaigara for harvesting outside the agreed zone; taken to Yuzhno-Kurilsk."],
    must_mention=[["тоёсио"], ["задерж"]],
    note="First report (Russian) of the seizure of a boat working under the one-winter urchin arrangement (b90-g2).",
    body="""
Пограничники задержали японскую шхуну «Тоёсио-мару № 6» в районе острова Сигнальный Малой Курильской гряды. Об этом сообщили в пограничном управлении ФСБ России по Сахалинской области.

По данным ведомства, 20 января пограничный сторожевой корабль обнаружил японское судно, которое вело добычу морского ежа примерно в полутора милях за пределами района, согласованного с российской стороной. На борту находились три члена экипажа — граждане Японии — и около 1,2 тонны морского ежа.

Шхуна работала в рамках разовой договорённости, по которой японским рыбакам нынешней зимой разрешено добывать ежа у Сигнального. «Условия договорённости предельно ясны: работать можно только в установленных границах. Нарушение зафиксировано средствами объективного контроля», — пояснили в погрануправлении.

Судно конвоируется в порт Южно-Курильск. В отношении капитана возбуждено дело об административном правонарушении, решается вопрос о возбуждении уголовного дела. Улов изъят.

Разрешение на зимний промысел ежа у Сигнального японская сторона получила в декабре — впервые и только на один сезон, до конца февраля. По договорённости здесь могут работать 30 японских судов с общим лимитом 40 тонн. Летом в этом же районе японские рыбаки с 1981 года добывают ламинарию.

Японское генконсульство в Южно-Сахалинске проинформировано о задержании.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="yuzhnye-vorota-ru", lang="ru", published="2025-01-21T09:35:00Z",
    rubric="Происшествия", author="Соб. инф.", views=1244,
    comments=[("рыбак_с_Кунашира", "Сами разрешили, сами и ловят. Надо было сразу границы буйками обозначить."),
              ("Ольга", "Лишь бы без пострадавших.")],
    title="Задержанную японскую шхуну привели в Южно-Курильск",
    summary="Шхуну «Тоёсио-мару № 6», задержанную у Сигнального, доставили в порт Южно-Курильск.",
    label="new_development", group="b90-g3",
    new_facts=["The detained Japanese schooner Toyoshio Maru No. 6 is brought to Yuzhno-Kurilsk port (follow-up)."],
    must_mention=[["тоёсио", "шхун"], ["задерж"]],
    note="Local follow-up of the same seizure, no metadata; no new fact beyond arrival in port.",
    body="""
Во вторник во второй половине дня к причалу в Южно-Курильске пограничный корабль привёл японскую шхуну «Тоёсио-мару № 6», задержанную накануне у острова Сигнальный.

Как мы уже сообщали, судно, по данным пограничников, добывало морского ежа за границами района, где японцам этой зимой разрешён промысел. На борту три японских рыбака, с ними всё в порядке. Экипаж остаётся на судне, с ним работают пограничники и переводчик.

Небольшая белая шхуна с синей полосой по борту стоит у дальнего причала, рядом — пограничный катер. На берегу собралось несколько любопытных, фотографировать на территории порта не разрешают.

Для Южно-Курильска японская шхуна у причала — зрелище не новое: в прежние годы суда, задержанные у Малой гряды, не раз приводили именно сюда. Но судно, которое работало у Сигнального по разрешению российской стороны, задержано впервые. «Разрешили — значит, надо было и границы соблюдать», — рассуждает пожилой рыбак, наблюдающий за шхуной с берега.

Следующий шаг — разбирательство. По словам пограничников, судьба шхуны и капитана будет решаться в установленном порядке.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2025-01-22T00:40:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="歯舞漁協の「第6豊潮丸」拿捕　貝殻島周辺でウニ漁中　乗組員3人",
    summary="貝殻島周辺で今冬に限り認められたウニ漁に出ていた歯舞漁協の第6豊潮丸が20日、ロシア国境警備局に拿捕された。",
    label="new_development", group="b90-g3",
    new_facts=["第6豊潮丸（乗組員3人）が貝殻島周辺でウニ漁中にロシア国境警備局に拿捕され、南クリリスクへ連行。"],
    must_mention=[["豊潮丸"], ["拿捕"]],
    note="Japanese report of the same seizure.",
    body="""
根室海上保安部によると、20日午後、貝殻島周辺でウニ漁をしていた歯舞漁協所属の「第6豊潮丸」（4.9トン、乗組員3人）がロシア国境警備局に拿捕された。乗組員3人にけがはないという。船は国後島の南クリリスク（古釜布）に連行された。

ロシア側は、同船が定められた操業区域の外で漁をしたと主張している。漁協によると、同船は漁場を移動中だったとみられ、詳しい状況を確認している。

貝殻島周辺のウニ漁は、ロシア側が今冬に限り認めたもので、昨年12月20日に始まった。同漁協の30隻が出漁しており、拿捕は初めて。

北海道水産会は21日、残る船に対し、区域の境界に近づかないよう改めて指導した。外務省は外交ルートを通じ、乗組員と船の早期解放をロシア側に求めている。

納沙布岬に近い歯舞地区の港では21日、漁業者らが沈んだ表情で沖を見つめた。ある船主は「せっかく冬の仕事ができたのに。みんなで気をつけていたはずだが」と話した。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="michishio-ja", lang="ja", published="2025-02-04T03:05:00Z",
    section="海と漁業",
    ranking=["貝殻島周辺のウニ漁、ロシアが中断通告", "根室で今季最低気温", "花咲港の冬のカニ相場"],
    title="貝殻島周辺のウニ漁、ロシアが中断を通告　拿捕の調査終了まで",
    summary="ロシア側は3日、第6豊潮丸の拿捕を巡る調査が終わるまで、貝殻島周辺でのウニ漁を中断するよう北海道水産会に通告した。",
    label="status_change", group="b90-g4",
    new_facts=["ロシア側が貝殻島周辺の今冬限りのウニ漁を、第6豊潮丸拿捕の調査終了まで中断すると通告。4日から出漁不能。"],
    must_mention=[["ウニ"], ["中断", "停止"]],
    note="First report (Japanese, no-metadata outlet). State change of the one-winter urchin arrangement (b90-g2): allowed this winter -> suspended pending the investigation.",
    body="""
北海道水産会によると、ロシア側は3日、貝殻島周辺で今冬に限り認めていたウニ漁を中断するよう同会に通告した。1月に歯舞漁協の「第6豊潮丸」が拿捕された件について、ロシア側の調査が終わるまでの措置としている。

これを受け、歯舞漁協の船は4日から出漁できなくなった。今季の操業は2月末までの予定だったため、事実上、今季のウニ漁はこのまま終わる見通しだ。調査がいつ終わるのかは示されておらず、支払い済みの採取料の扱いも決まっていない。

ウニ漁は昨年12月20日に始まり、30隻が40トンを上限に操業していた。同会によると、中断までの漁獲は約26トン。

第6豊潮丸の乗組員3人は、国後島の古釜布にとどまっている。

歯舞漁協の関係者は「区域を守って真面目にやってきた船まで止められるのはつらい。一日も早く再開してほしい」と話した。水産庁は「ロシア側に早期の操業再開と乗組員の解放を求めていく」としている。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2025-02-05T05:55:00Z",
    rubric="Курилы", rubric_slug="kurily", tags=["Япония", "морской ёж", "Малая Курильская гряда"],
    title="Японским рыбакам приостановили добычу ежа у Сигнального до окончания проверки",
    summary="Российская сторона уведомила японских партнёров, что промысел морского ежа у острова Сигнальный приостановлен до завершения разбирательства по задержанной шхуне.",
    label="status_change", group="b90-g4",
    new_facts=["Russia suspends the one-winter Japanese sea urchin harvest near Signalny until the investigation into the detained schooner is completed."],
    must_mention=[["еж", "ежа"], ["приостанов"]],
    note="Russian report of the same suspension, one day after the Japanese.",
    body="""
Добыча морского ежа японскими рыбаками у острова Сигнальный приостановлена. Соответствующее уведомление российская сторона направила Хоккайдской ассоциации рыбного хозяйства, сообщил источник в отрасли.

Решение связано с задержанием 20 января японской шхуны «Тоёсио-мару № 6», которая, по данным пограничников, вела промысел за пределами согласованного района. Промысел приостановлен до завершения проверки по этому делу.

Разрешение на добычу ежа японцы получили в декабре как разовое — только на нынешнюю зиму, до конца февраля. По договорённости у Сигнального могли работать 30 японских судов с общим лимитом 40 тонн. До приостановки, по данным японской стороны, они успели добыть около 26 тонн.

«Если одно судно нарушило границы, это вопрос доверия ко всей договорённости. Пока проверка не закончена, говорить о продолжении промысла преждевременно», — пояснил собеседник «Нереста».

Экипаж «Тоёсио-мару № 6» — три человека — по-прежнему находится в Южно-Курильске. Японская сторона по дипломатическим каналам добивается скорейшего освобождения рыбаков и судна.

Летний промысел ламинарии у Сигнального, который японские рыбаки ведут с 1981 года, решение не затрагивает.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2025-02-07T09:30:00Z",
    section="Politics", author="Gazette staff", place="TOKYO",
    tags=["Northern Territories", "Ishiba", "Russia"],
    title="On Northern Territories Day, Ishiba vows to keep pressing Moscow",
    summary="The prime minister told the annual national rally that Japan's policy of resolving the territorial issue and concluding a peace treaty is unchanged.",
    label="restatement",
    note="Annual occasion; PM restates Japan's known position and requests resumption of grave visits. Nemuro urchin mention restates b90-g4.",
    body="""
Prime Minister Shigeru Ishiba on Friday told the annual national rally calling for the return of the Northern Territories that Japan would "persistently" pursue its policy of resolving the territorial issue and concluding a peace treaty with Russia, despite the deep chill in relations.

"Japan-Russia relations remain in a severe state because of Russia's aggression against Ukraine. Even so, our policy of resolving the attribution of the four islands and concluding a peace treaty remains unchanged," Ishiba told the gathering in Tokyo, held every year on February 7.

He said the government regarded the resumption of grave visits by former island residents as a top priority in relations with Moscow and would keep urging Russia to allow them. Former islanders, whose average age is now above 88, have been unable to visit family graves on the islands since the coronavirus pandemic, and Russia ended visa-free exchanges in 2022.

Russia's foreign ministry said in March 2022 that it would not continue peace treaty negotiations with Japan because of Tokyo's sanctions, and Moscow has repeated since then that talks are impossible.

Delegates from Nemuro also raised the plight of local fishermen, including the halt this month of a winter sea urchin harvest near Kaigara island that Russia had permitted for one season only.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="spraymark-wire", lang="en", published="2025-03-11T14:00:00Z",
    section="World", readtime="3 min read",
    credit="Reporting by Spraymark Buenos Aires and London newsrooms; Editing by Tom Ashby",
    title="Falklands squid season opens as Argentina renews protest over fishing licences",
    summary="The Falkland Islands government issued its first-season Loligo squid licences, prompting Buenos Aires to reiterate that it does not recognise fishing permits around the islands.",
    label="off_topic",
    note="Look-alike: another island dispute with fishing licences (Falklands/Malvinas).",
    body="""
BUENOS AIRES/LONDON, March 11 (Spraymark) - The Falkland Islands government has issued licences for the first Loligo squid season of the year, prompting Argentina to repeat that it considers fishing permits granted around the islands illegitimate.

Argentina's foreign ministry said in a statement on Tuesday that licences issued by "illegitimate authorities" in the South Atlantic violated United Nations resolutions calling on Argentina and Britain to resume negotiations over sovereignty. Buenos Aires calls the islands the Malvinas.

The Falklands government said the season would run until late April and that stock assessments supported a catch similar to last year's. Fishing licences account for a large share of the islands' public revenue.

Britain has said there can be no negotiation over sovereignty unless the islanders, who voted overwhelmingly in a 2013 referendum to remain a British overseas territory, wish it.

Squid jigging fleets from Asia also operate in international waters just outside the islands' conservation zone, an area Argentina and the Falklands both say needs better policing.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2025-04-15T02:20:00Z",
    rubric="Порты и флот", rubric_slug="porty", tags=["минтай", "Охотское море", "флот"],
    title="Траулер «Курильский» вернулся в Корсаков с рекордным для судна уловом минтая",
    summary="БМРТ «Курильский» завершил зимне-весеннюю минтаевую экспедицию в Охотском море, сдав более 3,1 тыс. тонн продукции.",
    label="off_topic",
    note="Look-alike: a vessel named after the Kurils; a domestic pollock catch story.",
    body="""
Большой морозильный рыболовный траулер «Курильский» вернулся в Корсаков после зимне-весенней минтаевой путины в Охотском море. За три с половиной месяца экипаж выпустил более 3,1 тысячи тонн мороженой продукции, в том числе филе и икру минтая, — это рекорд за всю историю судна.

«Погода в этом году была непростой, лёд стоял дольше обычного, но рыба шла хорошо. Экипаж отработал без травм», — рассказал капитан Сергей Дегтярёв.

Судно построено в 1990-х годах и прошло модернизацию в 2021-м: на нём заменили фабрику и установили новую линию по производству филе. Сейчас траулер встанет на плановый ремонт, а летом выйдет на промысел сельди.

На борту работали 96 человек. Ротацию части экипажа провели в море, с транспортного рефрижератора, который забирал готовую продукцию. По словам капитана, больше всего времени в этом рейсе отняли не уловы, а поиск разводий во льду: в феврале суда по несколько суток стояли в ожидании.

Минтаевая путина в Охотском море в этом году идёт с опережением прошлогодних темпов: по данным отраслевой системы мониторинга, освоено около 70 процентов квоты.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="capelin-digest", lang="en", published="2025-05-20T11:00:00Z",
    section="The Week", author="The editors",
    title="North Pacific Week: a pollock quota trimmed, an empty urchin ledger at Habomai, Falklands squid",
    summary="This week: Russia trims the Okhotsk pollock catch, Nemuro's halted urchin harvest, squid licences in the South Atlantic.",
    label="restatement",
    note="Digest; restates the known suspension of the urchin harvest (b90-g4) and the pending case (b90-g3). No new fact.",
    body="""
Good evening. A short letter this week.

## Pollock: a little less

Russian scientists have recommended a slightly lower total allowable catch for Okhotsk Sea pollock next year, citing weaker recruitment. The cut is small, but it will be felt in Busan roe auctions and in Hokkaido's surimi plants.

## Habomai: the urchin ledger

Three months after Russia halted the one-winter sea urchin harvest near Kaigara island, pending its investigation of the detained Toyoshio Maru No. 6, the Habomai cooperative's ledger for the season is closed and the questions remain open. Russian officials have given no date for concluding the case. Fishermen told us that the fee paid for the season has not been discussed. The summer kelp season, under its separate annual agreement, is being prepared as usual.

## South Atlantic

Argentina has again protested the Falklands' squid licences. The first season closes in late April; the second opens in July.

## Correction

Last week's letter gave the wrong tonnage for Kushiro's sardine landings in April. The right figure is 4,100 tonnes.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2025-06-10T03:15:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="ウニ漁の早期再開を　歯舞漁協が国と道に要望書",
    summary="歯舞漁協は、ロシア側が中断した貝殻島周辺のウニ漁の再開に向け、外交ルートでの働きかけを国と道に求めた。",
    label="restatement",
    note="Request by a cooperative head (new speaker); restates the known suspension (b90-g4). No event.",
    body="""
歯舞漁協の小田島誠一組合長らは9日、道庁と水産庁を訪れ、ロシア側が2月に中断した貝殻島周辺でのウニ漁について、今冬の再開に向けて外交ルートで働きかけるよう求める要望書を提出した。

要望書では、昨年12月に今冬限りで認められたウニ漁が、1月の第6豊潮丸の拿捕を受けて中断され、組合員の冬場の収入が大きく減ったと説明。「区域を守って操業してきた大多数の船のためにも、早期の再開を」と訴えた。乗組員の一日も早い帰国への協力も求めた。

小田島組合長は「昆布漁の準備も始まっている。夏の漁に影響が出ないよう、冷静に話し合いを続けてほしい」と話した。

対応した水産庁の担当者は「地元の思いはしっかり受け止めた。ロシア側に引き続き申し入れていく」と述べたという。

ロシア側は、調査が終わるまでウニ漁を中断するとしている。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="yuzhnye-vorota-ru", lang="ru", published="2025-07-15T04:40:00Z",
    rubric="Экономика", author="Марина Кольцова", views=366,
    title="Зимний промысел ежа японцами у Сигнального: «вопрос может быть рассмотрен после проверки»",
    summary="В Сахалино-Курильском теруправлении Росрыболовства прокомментировали просьбы японской стороны о возобновлении промысла.",
    label="restatement",
    note="Conditional ('could be considered after the investigation'); restates the known condition set in b90-g4. Nothing decided.",
    body="""
Японские рыбаки и власти Хоккайдо просят вернуть зимний промысел морского ежа у острова Сигнальный, который был приостановлен в феврале. Мы спросили в Сахалино-Курильском территориальном управлении Росрыболовства, есть ли шансы.

«Позиция не изменилась. Промысел приостановлен до завершения проверки по задержанному судну. Когда проверка будет завершена, вопрос о дальнейших сезонах может быть рассмотрен в общем порядке, с учётом выводов», — ответили в теруправлении.

На вопрос, возможен ли промысел будущей зимой, в ведомстве ответили, что «загадывать рано» и что разрешение прошлой зимы изначально было разовым.

Напомним, в декабре японцам впервые разрешили добывать ежа у Сигнального — только до конца февраля. В январе пограничники задержали шхуну «Тоёсио-мару № 6», а в начале февраля промысел был приостановлен.

Летний сезон добычи ламинарии у Сигнального, который японцы ведут по отдельной ежегодной договорённости, открылся, как обычно, 1 июня.

Местные рыбаки к японскому промыслу относятся по-разному. «Ёж у Малой гряды хороший, его и наши предприятия могли бы брать», — говорит житель Малокурильского, работающий на рыбокомбинате.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="trawlboard-en", lang="en", published="2025-08-26T06:30:00Z",
    section="Markets", author="Trawlboard staff",
    title="Snow crab climbs at Toyosu as Russian-origin supply stays thin",
    summary="Wholesale snow crab prices rose for a fourth straight week, with Russian volumes still well below levels seen before last year's certificate freeze.",
    label="off_topic",
    note="Seafood prices; mentions the known anti-poaching suspension (b90-g1) as background only.",
    box="Toyosu boiled snow crab (section, L): ¥4,600/kg (+5% w/w). Hokkaido hair crab, live: ¥6,900/kg.",
    body="""
Wholesale prices for boiled snow crab sections at Tokyo's Toyosu market rose for a fourth consecutive week, reaching ¥4,600 per kilogram for large sizes, as summer restaurant demand met supply that has stayed thin since the start of the year.

Traders said Russian-origin product remained the missing piece. Imports of Russian crab have fallen sharply since Moscow stopped verifying catch certificates under its 2012 anti-poaching agreement with Japan last July, and importers said only a trickle of product with other documentation was reaching market.

Canadian and Norwegian snow crab have partly filled the gap, but at higher landed costs. "The yen is not helping either," said a trading-house buyer. "Everything from outside Asia arrives expensive."

Hokkaido's own hair crab season in the Okhotsk Sea is running close to plan, and prices for live hair crab were steady at ¥6,900 per kilogram.

Buyers expect prices to plateau in September before rising again ahead of the year-end gift season.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="spraymark-wire", lang="en", published="2025-10-07T13:10:00Z",
    section="World", readtime="3 min read",
    credit="Reporting by Spraymark Caucasus correspondent; Editing by Tom Ashby",
    title="Armenia, Azerbaijan say peace treaty signing still hinges on constitution dispute",
    summary="The two foreign ministers said the text of their peace treaty is agreed but Baku still insists Armenia change its constitution before signing.",
    label="off_topic",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan).",
    body="""
YEREVAN, Oct 7 (Spraymark) - Armenia and Azerbaijan said on Tuesday that the text of a peace treaty between them was settled, but that signing still depended on resolving Baku's demand that Armenia remove from its constitution a reference Azerbaijan says implies a claim to its territory.

Armenian Foreign Minister Ararat Mirzoyan told reporters that Yerevan was "ready to sign tomorrow" and that constitutional change was a domestic matter to be decided by Armenian voters. Azerbaijan's foreign ministry said in a statement that a treaty could only be durable once "legal grounds for territorial claims" were removed.

The two neighbours fought two wars over the Karabakh region, most recently in 2023 when Azerbaijan retook the territory. They have since been negotiating a treaty to formally end decades of conflict and to open transport links.

Diplomats involved said both sides had kept up contacts between border commissions working on delimitation of their long frontier.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2025-11-18T08:00:00Z",
    rubric="Власть", rubric_slug="vlast", tags=["Япония", "квоты", "переговоры"],
    title="В Москве начались российско-японские переговоры о взаимном промысле на 2026 год",
    summary="Стороны обсуждают квоты и условия работы японских судов в российской экономзоне и российских — в японской.",
    label="neutral",
    note="Routine annual quota talks that merely open; no outcome. Borderline, unscored.",
    body="""
В Москве стартовала очередная сессия Российско-японской комиссии по рыболовству, которая ежегодно определяет условия взаимного промысла в 200-мильных зонах двух стран. Об этом сообщили в Росрыболовстве.

На переговорах обсуждаются квоты вылова для японских судов в исключительной экономической зоне России и для российских — в японской зоне, а также размер компенсации и порядок контроля. Основные объекты — минтай, сайра, сардина иваси, кальмар.

Переговоры, как правило, занимают от одной до трёх недель. В Росрыболовстве не стали прогнозировать итоги сессии, отметив, что российская сторона «исходит из принципа взаимной выгоды».

Японскую делегацию возглавляет представитель Агентства по рыболовству Японии.

Комиссия работает на основе соглашения 1984 года о взаимных отношениях в области рыболовства у побережий двух стран. Для японских рыбаков это прежде всего возможность добывать минтай и сайру в российской зоне у тихоокеанского побережья Курил, для российских — промысел сардины и скумбрии в японских водах.

В отрасли отмечают, что в последние годы переговоры проходят в деловом ключе и, несмотря на общее охлаждение отношений, заканчиваются подписанием протокола.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2025-12-09T07:20:00Z",
    section="Business", author="Gazette staff", place="SAPPORO",
    tags=["Nemuro", "fisheries", "subsidies"],
    title="Tokyo earmarks ¥300 million to help Nemuro fishers hit by Russian curbs",
    summary="A supplementary budget item will cover lost income for cooperatives affected by the halted urchin harvest and the crab certificate freeze.",
    label="neutral",
    note="Borderline: a Japanese domestic relief measure related to the known Russian moves (b90-g1, b90-g4). Not scored.",
    body="""
The government has set aside about ¥300 million in its supplementary budget to support fishing cooperatives and processors in the Nemuro area that lost income because of recent Russian measures, the Fisheries Agency said on Tuesday.

The money will fund low-interest loans and partial compensation for lost fishing days, as well as training for crews switching to other species. Officials said it would cover members of the Habomai cooperative, whose winter sea urchin harvest near Kaigara island was halted by Russia in February, and processors hit by the drop in Russian crab imports since Moscow stopped verifying catch certificates last year.

Nemuro city officials welcomed the move but said it did not address the underlying problem. "Money helps for a season. What people want is to be able to work," a city official said.

Fishing cooperatives in eastern Hokkaido have been asking for support since the spring, saying that fuel costs and weak saury catches had already stretched many households before the Russian measures.

The budget still needs parliamentary approval, expected before the end of the year.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="capelin-digest", lang="en", published="2026-01-20T11:00:00Z",
    section="Conversations", author="Interview by Mari Sato",
    signoff="Conversations is an occasional series. Interviews are edited for length and clarity.",
    title="'The sea hasn't changed. The rules have': a Habomai skipper on two quiet winters",
    summary="A 61-year-old skipper from Cape Nosappu on kelp, urchin, and living three kilometres from a border that is not a border.",
    label="restatement",
    note="Interview; recounts known events (b90-g2, b90-g3, b90-g4; 2022 halts). No new fact; the harvest simply has not resumed.",
    body="""
Hiroshi Sakuma has fished out of Habomai for 43 years. He works kelp in summer and, for six weeks last winter, urchin around Kaigara island, until the harvest stopped. We spoke in his net shed on a grey January afternoon.

## Last winter you finally got to fish urchin near Kaigara. What was it like?

It was like being young again. We had asked for years. When the letter came in December saying "this winter only", nobody cared about the "only". We just wanted to go out.

## And then the Toyoshio Maru was taken.

I knew the skipper's father. The boat went a little too far, the Russians say a mile and a half. We all had GPS, we all knew the line. It only takes one. After that, in early February, the association told us to stop. They said until the investigation is finished. It is still not finished.

## This winter there is no urchin season.

No. Nobody has told us no. Nobody has told us yes either. That is how it is with the Russians now. Since 2022, when they stopped the visa-free visits and the treaty talks, everything is a question without an answer.

## Is kelp safe?

Kelp is old. Kelp is 1981. Every year we hold our breath in May, and every year so far the boats have gone out. I do not assume anything.

## What do you want from Tokyo?

To remember we are here. People in Tokyo talk about the islands as a flag. For us they are the view from the kitchen.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="michishio-ja", lang="ja", published="2026-02-07T06:10:00Z",
    section="島と領土",
    ranking=["北方領土の日　首相が全国大会で", "根室で返還要求の集い", "流氷、羅臼沿岸に接岸"],
    title="「北方領土の日」　高市首相「領土問題解決し平和条約を」　全国大会であいさつ",
    summary="北方領土返還要求全国大会が東京で開かれ、高市首相は領土問題を解決して平和条約を締結する方針に変わりはないと述べた。",
    label="restatement",
    note="Annual occasion; PM restates known position; requests resumption of grave visits.",
    body="""
「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれ、元島民や関係団体の代表ら約800人が参加した。高市早苗首相はあいさつで「領土問題を解決して平和条約を締結するとの政府の方針に変わりはない」と述べた。

首相は、ロシアによるウクライナ侵略で日ロ関係は厳しい状況にあるとした上で「元島民の皆さまの切実な思いに応えるため、北方墓参をはじめとする四島交流事業の再開を、引き続き最優先事項として求めていく」と強調した。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉を続けない方針を表明し、ビザなし交流なども停止している。

大会では、根室市の漁業関係者が登壇し、貝殻島周辺のウニ漁の中断などで地元の漁業が厳しい状況にあると訴えた。元島民の男性（90）は「残された時間は少ない。せめてふるさとの墓に手を合わせたい」と語った。

大会は、四島の早期返還の実現を求めるアピールを採択して閉会した。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="yuzhnye-vorota-ru", lang="ru", published="2026-03-17T03:25:00Z",
    rubric="Экономика", author="Марина Кольцова", views=691,
    comments=[("Сергей_К", "Не продают — значит, пока не продают."),
              ("житель_Малокурильского", "Ламинарии у Сигнального на всех хватит.")],
    title="В теруправлении Росрыболовства опровергли слухи о продаже участков у Сигнального",
    summary="Ведомство заявило, что не планирует в ближайшее время выставлять на торги участки для добычи ламинарии у острова Сигнальный.",
    label="restatement",
    note="Denial of a rumour; nothing changes. Hard negative preceding b90-g5 (where the tender does happen).",
    body="""
В Сахалино-Курильском территориальном управлении Росрыболовства опровергли распространившиеся в соцсетях и японской прессе слухи о том, что участки для добычи ламинарии у острова Сигнальный скоро будут выставлены на торги.

«Решений о формировании и выставлении на торги рыбопромысловых участков в районе острова Сигнальный не принималось. В ближайшее время таких планов нет», — сообщили «Южным воротам» в теруправлении.

Поводом для слухов стал опубликованный в феврале проект изменений в перечень рыбопромысловых участков Сахалинской области, где упоминалась Малая Курильская гряда. В ведомстве пояснили, что речь идёт о технических уточнениях в описании уже существующих участков, а не о новых участках у Сигнального.

«Слухи пошли, и японские рыбаки забеспокоились, а у нас начали спрашивать, не будут ли здесь работать наши предприятия. Пока, как видите, ничего не меняется», — говорит житель Малокурильского, много лет работающий в рыбной отрасли.

Процедура формирования новых рыбопромысловых участков, как пояснили в ведомстве, занимает несколько месяцев и предполагает публичное обсуждение проекта перечня.

Напомним, у Сигнального японские рыбаки по договорённости, действующей с 1981 года, каждое лето добывают ламинарию. Сезон начинается 1 июня.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="capelin-digest", lang="en", published="2026-04-14T10:30:00Z",
    section="Columns", author="Column by Yuri Tanabe",
    title="Forty-five summers of kelp diplomacy",
    summary="The Kaigara kelp agreement has outlived the Soviet Union, two crises and a war. It has never been more than one year long.",
    label="restatement",
    note="Anniversary column (1981 agreement, 45 years); background with old dates (1963, 1977, 1981, 2022). No new fact.",
    body="""
There is a kind of diplomacy that never makes the front page because it is conducted in tonnes and yen and the width of a fishing zone. The kelp agreement for the waters around Kaigara island is the purest example I know.

This summer will be its forty-fifth season. The first private deal was signed in 1963 by Japan's fisheries association and the Soviet fisheries ministry, brokered by the businessman-politician Tatsunosuke Takasaki. It lapsed in 1977, when both countries declared 200-mile zones, and was revived in 1981 by the Hokkaido Fisheries Association. Since then it has been renewed every single year.

That last fact is the interesting one. The agreement has survived the collapse of the Soviet Union, the 1990s, the Crimea sanctions, and Moscow's decision in March 2022 to walk away from peace treaty talks and end visa-free exchanges. It survived the suspension of the anti-poaching pact in 2024 and the brief rise and fall of a winter urchin season in 2025.

But it has never been more than one year long. Each spring the association negotiates the fee, the number of boats and the calendar, and each spring Nemuro holds its breath. The annual rhythm gives Moscow a lever and gives Tokyo a reason not to raise its voice.

Some in Nemuro now argue for a multi-year deal, to give families something to plan around. It is a reasonable wish. Whether anyone in Moscow wants to give up the annual lever is another question.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2026-04-28T04:00:00Z",
    section="ニュース", sec_slug="news", credit="（共同）",
    title="尖閣周辺で中国海警船が日本漁船に接近　海保が警告、領海から退去",
    summary="沖縄県・尖閣諸島周辺の領海で、中国海警局の船が日本の漁船に接近した。第11管区海上保安本部が警告し、漁船の安全を確保した。",
    label="off_topic",
    note="Look-alike: another island dispute with fishing boats warned off (Senkaku).",
    body="""
第11管区海上保安本部（那覇）によると、27日午前、沖縄県石垣市の尖閣諸島周辺の日本の領海に中国海警局の船2隻が侵入し、操業中の日本漁船1隻に接近しようとする動きを見せた。海保の巡視船が漁船の周囲に配備して安全を確保し、海警船に領海から出るよう警告した。

海警船は約3時間後に領海を出た。尖閣周辺での中国当局の船による領海侵入は今年に入って10件目。

政府は外交ルートを通じて中国側に抗議した。官房長官は記者会見で「尖閣諸島は歴史的にも国際法上も疑いのないわが国固有の領土だ。冷静かつ毅然と対応していく」と述べた。

中国側は尖閣諸島の領有権を主張しており、海警船は同諸島周辺の接続水域をほぼ毎日航行している。
"""),
]
