"""Articles published in 2024.  Each dict: feed, published (UTC), title, summary,
label, group (g1..g7, mapped to b91-gN), new_facts, must_mention, note, body and
per-outlet extras.  Ids are assigned by publication order in generate.py."""

ITEMS = [
# ---------------------------------------------------------------- Q1
{
"key": "q1-kamikawa", "feed": "quernstone-wire", "published": "2024-02-13T06:20:00Z",
"title": "Japan says peace treaty goal unchanged after Moscow calls talks 'categorically impossible'",
"summary": "Foreign Minister Yoko Kamikawa called Russia's stance 'extremely regrettable' and said Tokyo would keep seeking a settlement of the island dispute.",
"label": "restatement",
"note": "New speaker (Kamikawa) restating Japan's standing policy in reply to Rudenko's remark (seed 004); background is the March 2022 walkout, visa-free ban and JEA exit (seeds 000-003). No new fact.",
"byline": "By Kenji Arakawa", "dateline": "TOKYO, Feb 13 (Quernstone) -",
"credit": "Reporting by Kenji Arakawa; Editing by Simon Archer",
"related": [("japan-yen-intervention", "Yen slides past 150 as traders eye BOJ exit"), ("ukraine-japan-aid", "Japan pledges reconstruction help at Tokyo conference with Ukraine")],
"body": """
Japan's policy of settling the dispute over four Russian-held islands and then signing a peace treaty with Moscow has not changed, Foreign Minister Yoko Kamikawa said on Tuesday, days after a senior Russian diplomat ruled out any return to negotiations.

"It is extremely regrettable that the Russian side continues to make such remarks," Kamikawa told a regular news conference. "Our policy of resolving the territorial issue and concluding a peace treaty remains unchanged."

Russian Deputy Foreign Minister Andrei Rudenko told the TASS news agency last week that resuming the dialogue was "categorically impossible" in the current situation and that there were "no topics for a serious political discussion" with Tokyo, which he accused of pursuing a hostile policy.

Moscow walked out of the talks in March 2022, weeks after the invasion of Ukraine, saying it could not discuss a fundamental treaty with a country that had imposed sanctions on it. It also ended visa-free trips by Japanese citizens to the islands and quit a dialogue on joint economic projects there.

Kamikawa said the present state of relations was "entirely the responsibility of Russia" and that Japan would keep pressing for the resumption of visits by elderly former residents to family graves on the islands, which have not taken place since 2019.

The islands, known in Japan as the Northern Territories and in Russia as the Southern Kurils, were seized by Soviet forces in the closing days of World War Two. The two countries have never signed a treaty formally ending their hostilities, although diplomatic ties were restored by a joint declaration in 1956.

Asked whether Tokyo had received any signal from Moscow in recent weeks, Kamikawa said she would not comment on diplomatic exchanges.
""",
},
# ---------------------------------------------------------------- Q2
{
"key": "q2-election", "feed": "quernstone-wire", "published": "2024-03-18T08:40:00Z",
"title": "Japan protests Russian presidential voting on disputed islands",
"summary": "Tokyo says holding the election on the islands off Hokkaido is 'unacceptable'; Moscow has rejected similar complaints in the past.",
"label": "neutral",
"note": "Borderline: a fresh protest, but a ritual repeated at every Russian federal or regional election held on the islands; no change to any tracked matter. Not scored.",
"byline": "By Kenji Arakawa", "dateline": "TOKYO, March 18 (Quernstone) -",
"credit": "Reporting by Kenji Arakawa; Editing by Ed Pallister",
"related": [("putin-fifth-term", "Putin claims record win in election without real opposition"), ("boj-march-decision", "BOJ set to end negative rates this week, sources say")],
"body": """
Japan has lodged a protest with Russia over voting in its presidential election on four islands off Hokkaido that Tokyo claims, the government's top spokesman said on Monday.

"Conducting the election in the Northern Territories is incompatible with our country's legal position and is unacceptable," Chief Cabinet Secretary Yoshimasa Hayashi told reporters. He said the protest had been conveyed through diplomatic channels before voting began on Friday.

Polling stations were open on Iturup, Kunashir and Shikotan, which Russia administers as part of its Sakhalin region, during the three-day vote that handed President Vladimir Putin a new six-year term. Regional election officials said turnout on the islands was above the national figure but did not publish a breakdown.

Tokyo has routinely protested about federal and regional elections held on the islands, and Moscow has routinely rejected the complaints as interference in its internal affairs.

Relations have been at their lowest point in decades since Japan joined Western sanctions over Russia's invasion of Ukraine. Moscow suspended peace treaty negotiations in 2022.
""",
},
# ---------------------------------------------------------------- F1
{
"key": "f1-nozdrev", "feed": "fetrans-en", "published": "2024-04-16T11:00:00Z",
"title": "'The ball is in Tokyo's court': Russia's ambassador on the peace treaty and the islands [translation]",
"summary": "Ambassador Nikolai Nozdrev tells a Russian Far East weekly that treaty talks cannot resume while Japan keeps its sanctions. Excerpts, translated from Russian.",
"label": "restatement",
"note": "New speaker (Ambassador Nozdrev) restating known positions: talks impossible under sanctions (seeds 000-004), visa-free travel terminated (seed 001), sovereignty not for discussion (seeds 001, 004).",
"section": "From Russian", "translator": "Translated by Natalia Ilyina",
"source": "Interview with Ambassador Nikolai Nozdrev, Khabarovsk weekly Amurskaya Nedelya, 15 April 2024 (Russian).",
"tags": ["Russia", "Japan", "diplomacy", "interviews"],
"recent": ["Sakhalin fishermen brace for a short pink-salmon run", "Busan port operators court Russian cargo", "Hokkaido dairy farmers and the price of feed"],
"body": """
Nikolai Nozdrev has been Russia's ambassador in Tokyo since the end of 2022. In a long conversation with a Khabarovsk weekly he talked about the state of relations, the peace treaty and the former Japanese residents of the southern Kurils. We publish excerpts. The headline and the questions are the original publication's.

## On the peace treaty

"Let me be straightforward. A peace treaty is a document on peace, friendship and good-neighbourliness. One cannot discuss such a document with a government that has adopted more than twenty packages of sanctions against our country and supplies the Kyiv regime. The decision announced in March 2022 remains in force, and the circumstances that led to it have not changed. I would even say they have become worse."

## On visits by former residents

"We understand the human side of this. Many of these people are very old. But the agreements on visa-free travel were terminated because of Tokyo's unfriendly course, not because of any wish of ours. The ball is in Tokyo's court."

## On the islands

"Russia's sovereignty over the southern Kurils is the result of the Second World War and is fixed in international law, including the UN Charter. It is not a subject for discussion. I say this in every conversation with Japanese interlocutors, and they know it."

## Is there anything positive?

"Human contacts have not disappeared. Our cultural events in Tokyo are full, Russian language courses have waiting lists. But political relations are frozen, and a thaw depends on the Japanese government, which must decide whether it wants to be a neighbour or an instrument of someone else's policy."

[Translator's note: the Russian Foreign Ministry announced in March 2022 that Moscow would not continue peace treaty negotiations with Japan and was ending visa-free trips to the islands under the 1991 and 1999 arrangements. The ambassador's remarks repeat that position.]
""",
},
# ---------------------------------------------------------------- I1
{
"key": "i1-graves-hope", "feed": "inovostok-ru", "published": "2024-05-21T05:00:00Z",
"title": "«Хотя бы раз постоять у могилы отца»: бывшие жители южных Курил просят Токио добиться поездок на острова",
"summary": "Японская региональная газета — о собрании бывших жителей островов в Саппоро и их обращении к правительству. Перевод.",
"label": "restatement",
"note": "Request and wish by former islanders; the Japanese ministry says no prospect of resumption ('перспективы не просматриваются'). Facts restated: grave visits not held since 2020, March 2022 termination of visa-free/simplified trips (seeds 001, 003).",
"source": "Источник: «Сирэтоко таймс» (Накасибэцу, Хоккайдо), 20 мая 2024 г. Перевод с японского: Ольга Тамура.",
"tags": ["Япония", "южные Курилы", "бывшие жители"],
"body": """
Бывшие жители островов, которые в Японии называют «северными территориями», провели в Саппоро ежегодное общее собрание своей лиги и приняли обращение к правительству с просьбой «использовать все возможности», чтобы возобновить поездки на могилы предков. Ниже — перевод заметки японской газеты.

В собрании приняли участие около 120 человек. Средний возраст бывших жителей, по данным лиги, приближается к 89 годам. «Если так пойдёт и дальше, никого из нас не останется, когда двери откроются», — сказал председатель правления, открывая заседание.

Поездки на могилы не проводятся с 2020 года: сначала их остановила пандемия, а в марте 2022 года российская сторона в ответ на японские санкции объявила о прекращении безвизовых обменов и упрощённых поездок бывших жителей на острова. Переговоры о мирном договоре Москва тогда же прервала.

89-летняя уроженка Кунашира Тиёко Сайто (имя изменено по просьбе семьи) рассказала, что в последний раз была у могилы отца в 2018 году. «Я прошу только одного: ещё раз постоять там и сложить руки. Политика меня уже не интересует».

Представитель МИД Японии, выступивший на собрании, заверил, что правительство «считает возобновление посещения могил первоочередной задачей» и продолжает обращаться к российской стороне. Однако на вопрос журналистов о сроках он ответил, что «на данный момент перспективы возобновления не просматриваются».

Собрание также утвердило план на год: выставки в школах Хоккайдо, сбор подписей и запись воспоминаний бывших жителей для молодого поколения.

От редакции ИноВостока: обращение к правительству лига принимает ежегодно. Российская сторона свою позицию с 2022 года не меняла.
""",
},
# ---------------------------------------------------------------- P1
{
"key": "p1-survivors", "feed": "konpoku-ja", "published": "2024-06-12T03:00:00Z",
"title": "元島民の生存者、5千人割る　平均年齢88.7歳　千島連盟まとめ",
"summary": "北方四島の元島民でつくる千島歯舞諸島居住者連盟の集計で、3月末時点の生存者は4987人となり、初めて5千人を下回った。",
"label": "neutral",
"note": "Borderline: a new annual statistic (survivors under 5,000) but no development in the dispute; the suspension of visits is restated from seeds 001/003.",
"section": "北方領土", "byline": "（報道部　千葉亜紀）",
"related": ["根室管内の中学生、北方領土学習の成果を発表", "納沙布岬の望郷の家、来館者が回復傾向"],
"body": """
北方四島の元島民でつくる千島歯舞諸島居住者連盟（札幌）は11日、今年3月末時点の元島民の生存者が4987人となり、初めて5千人を下回ったと発表した。平均年齢は88.7歳で、前年より0.6歳上がった。

終戦時に四島で暮らしていた日本人は1万7291人。生存者は1年間で約470人減り、終戦時の3割を切った。居住地別では根室管内が最も多く、札幌圏、道外の順だった。

四島への墓参や自由訪問、ビザなし交流は、新型コロナウイルス禍による中断に続き、ロシアのウクライナ侵攻後の2022年3月にロシア側が交流の枠組みの破棄を一方的に表明したことで、停止が続いている。

連盟の理事長は「生存者の数字が出るたびに胸が痛む。ふるさとの記憶をどうつなぐかは時間との勝負だ」と話した。連盟は今年度、元島民の証言映像の収録を前年の倍の40人に増やす方針。

根室市内で暮らす色丹島出身の男性（91）は「島に行けなくなってからの方が、島の夢をよく見る」と語った。
""",
},
# ---------------------------------------------------------------- g1a
{
"key": "g1a-murashko-brief", "feed": "kurlenta-ru", "published": "2024-06-25T04:10:00Z",
"title": "Министр здравоохранения Михаил Мурашко прилетел на Итуруп",
"summary": "Глава Минздрава России начал рабочую поездку на Курилы вместе с губернатором Сахалинской области Валерием Лимаренко.",
"label": "new_development", "group": "g1",
"new_facts": ["Russian Health Minister Mikhail Murashko visited the southern Kurils (Iturup, then Kunashir) on 25 June 2024 with Sakhalin governor Limarenko - reportedly the first visit by a federal health minister"],
"must_mention": [["мурашко", "минздрав"], ["итуруп", "кунашир", "курил"]],
"note": "First report (short brief, 'новость дополняется') of a visit by a Russian cabinet minister to the disputed islands - a new event not in the seeds.",
"rubric": "Курилы", "byline": "Анна Сёмина",
"related": ["На Итурупе завершили ремонт взлётной полосы", "Лимаренко: на Курилах не хватает 40 врачей"],
"body": """
Министр здравоохранения России Михаил Мурашко во вторник прилетел на Итуруп. Борт с министром и губернатором Сахалинской области Валерием Лимаренко приземлился в аэропорту Итуруп около 13:30 по местному времени, сообщили «Курильской ленте» в пресс-службе областного правительства.

В программе поездки — Курильская центральная районная больница, где после капитального ремонта открывается стационарный корпус, и встреча с медиками округа. Вечером министр вылетит на Кунашир, где осмотрит больницу Южно-Курильска.

Как уточнили в облправительстве, это первый визит главы федерального Минздрава на южные Курилы. В составе делегации — заместитель министра и руководители профильных департаментов, а также главный врач областной больницы. Накануне министр работал в Южно-Сахалинске.

Губернатор перед вылетом написал в своём телеграм-канале, что на Курилах министру покажут «и то, чем мы гордимся, и то, что нужно исправлять».

Новость дополняется.
""",
},
# ---------------------------------------------------------------- g1b
{
"key": "g1b-murashko-full", "feed": "kurlenta-ru", "published": "2024-06-25T10:45:00Z",
"title": "Мурашко на Курилах: обновлённая больница в Курильске и обещание новой поликлиники для Южно-Курильска",
"summary": "Министр здравоохранения открыл на Итурупе стационар после ремонта и объявил о строительстве поликлиники на Кунашире. Материал обновлён.",
"label": "new_development", "group": "g1",
"new_facts": ["Murashko opened a renovated inpatient building (first CT scanner) in Kurilsk on Iturup and announced a new polyclinic for Yuzhno-Kurilsk on Kunashir by 2027"],
"must_mention": [["мурашко"], ["итуруп", "кунашир"]],
"note": "Later, fuller version of the same brief (same development, g1).",
"rubric": "Курилы", "byline": "Анна Сёмина",
"update": "Обновлено 25 июня в 21:40 (сах. вр.): добавлены подробности посещения Кунашира и заявления министра.",
"related": ["Министр здравоохранения Михаил Мурашко прилетел на Итуруп", "Санавиация Сахалина получит второй вертолёт Ми-8АМТ"],
"body": """
Министр здравоохранения России Михаил Мурашко во вторник посетил Итуруп и Кунашир. Это первая поездка главы федерального Минздрава на южные Курилы.

На Итурупе министр вместе с губернатором Валерием Лимаренко открыл стационарный корпус Курильской центральной районной больницы, который два года находился на капитальном ремонте. В корпусе 25 коек, установлен компьютерный томограф — первый на острове. Раньше пациентов, которым требовалось такое обследование, отправляли самолётом в Южно-Сахалинск.

«Курильские острова — неотъемлемая часть России, и люди, которые здесь живут и служат, должны получать медицинскую помощь не хуже, чем на материке», — сказал Мурашко на встрече с медиками. Он пообещал до конца года подключить больницы обоих островов к федеральной системе телемедицинских консультаций.

На Кунашире министр осмотрел Южно-Курильскую ЦРБ. Главный врач пожаловалась на нехватку узких специалистов: из 41 врачебной ставки заняты 29. Мурашко заявил, что в Южно-Курильске построят новую поликлинику на 300 посещений в смену — проект включат в федеральную программу модернизации первичного звена, срок ввода — 2027 год. Кроме того, на Кунашире и Итурупе оборудуют площадки для вертолётов санавиации с ночным освещением.

Лимаренко напомнил, что врачи, переезжающие на Курилы, получают единовременную выплату по программе «Земский доктор» и служебное жильё. «Кадровый вопрос мы закрываем, но без федеральной поддержки по строительству не обойтись», — сказал губернатор.

Накануне министр провёл в Южно-Сахалинске совещание по развитию здравоохранения области. В Москву он вылетит в среду.

Японский МИД визит пока не комментировал. Токио традиционно выражает недовольство поездками российских официальных лиц на острова, которые в Японии называют «северными территориями».
""",
},
# ---------------------------------------------------------------- g1c
{
"key": "g1c-murashko-protest", "feed": "dotosokuho-ja", "published": "2024-06-26T02:30:00Z",
"title": "ロシア保健相が択捉・国後訪問　官房長官「極めて遺憾」　外交ルートで抗議",
"summary": "ロシアのムラシコ保健相が25日、北方領土の択捉島と国後島を訪問した。林芳正官房長官は26日の記者会見で、外交ルートを通じて抗議したと明らかにした。",
"label": "new_development", "group": "g1",
"new_facts": ["Japan protested the 25 June visit of Russian Health Minister Murashko to Iturup and Kunashir (Hayashi: 'extremely regrettable')"],
"must_mention": [["ムラシコ", "保健相"], ["択捉", "国後"]],
"note": "Japanese report of the same visit with Tokyo's protest (g1); the protest is the expected reaction, not a separate development.",
"section": "北方領土", "byline": "（東京支社　北原玲奈）",
"related": ["北方領土の元島民、生存者5千人割る", "根室市、北方領土学習の副読本を改訂"],
"body": """
林芳正官房長官は26日午前の記者会見で、ロシアのミハイル・ムラシコ保健相が25日に北方領土の択捉島と国後島を訪れたことについて「北方領土に関する我が国の立場と相いれず、極めて遺憾だ」と述べた。外交ルートを通じてロシア側に抗議したことも明らかにした。

外務省によると、欧州局の担当者が25日夜、在日ロシア大使館の公使に電話で抗議の意を伝えた。

サハリン州政府の発表などによると、保健相はサハリン州のリマレンコ知事とともに25日昼に択捉島に到着。紗那（ロシア名クリリスク）の地区病院で改修を終えた入院棟の開所式に出席し、島で初めてとなるCT（コンピューター断層撮影）装置を視察した。同日夕には国後島に移動し、古釜布（同ユジノクリリスク）の病院を視察、新たな診療所を2027年までに建設すると表明した。

ロシアの保健相が北方四島を訪れるのは初めてとみられる。ロシアは22年3月に平和条約交渉の中断を表明した後も、閣僚らの訪問やインフラ整備を通じて四島の実効支配を強める姿勢を示している。

根室市の元島民の男性（88）は「病院ができるのは住民にとって良いことかもしれないが、島がどんどんロシアの島として作り替えられていく。私たちはそこに立ち入ることもできない」と複雑な表情を見せた。
""",
},
# ---------------------------------------------------------------- g1d
{
"key": "g1d-weekly61", "feed": "easternseas-weekly", "published": "2024-06-29T09:00:00Z",
"title": "Eastern Seas Weekly No. 61: a health minister on Iturup, a shrug from Sakhalin, and the saury forecast",
"summary": "This week: Moscow sends its health minister to two of the disputed islands and Tokyo protests; Sakhalin gas; a grim saury outlook.",
"label": "new_development", "group": "g1",
"new_facts": ["Weekly roundup reporting Murashko's 25 June visit to Iturup and Kunashir and Japan's protest"],
"must_mention": [["murashko", "health minister"], ["iturup", "kunashir"]],
"note": "Weekly digest whose lead item reports the g1 visit (group member, no new fact beyond g1a-c).",
"likes": 22, "ncomments": 2,
"comments": [("Yuki T.", "The CT scanner detail is telling. Nobody in Nemuro has one closer than Kushiro."), ("A. Petrov", "Good summary as always. The ferry question keeps coming up in our office too.")],
"body": """
Good morning from Kushiro. Three items this week, one of which will annoy the Foreign Ministry more than the others.

## 1. The islands: a minister with a stethoscope

Russia's Health Minister Mikhail Murashko spent Tuesday on Iturup and Kunashir — as far as anyone in Yuzhno-Sakhalinsk can tell, the first time a federal health minister has set foot on the southern Kurils. On Iturup he cut the ribbon on a refurbished inpatient building at the Kurilsk district hospital, complete with the island's first CT scanner; on Kunashir he promised a new polyclinic for Yuzhno-Kurilsk by 2027 and night-lit helipads for air ambulances on both islands.

Tokyo protested on Wednesday. Chief Cabinet Secretary Yoshimasa Hayashi called the trip "extremely regrettable" and "incompatible with our position" — the standard formula — and the Europe bureau had already phoned the Russian embassy the evening before.

Why it matters: ministerial visits are how Moscow has chosen to talk about the islands since it walked out of the peace treaty negotiations in March 2022 — not with statements but with ribbons, hospitals and runways. A health minister is less provocative than a defence minister, and that is rather the point.

## 2. Sakhalin gas: nothing to see, officially

Japanese buyers keep lifting cargoes from the Sakhalin-2 project under long-term contracts, and the trade ministry's line this week was unchanged: the supplies matter for energy security and there are no plans to walk away. Asked about the stakes held by two Japanese trading houses, an official said only that "the situation is being monitored".

## 3. Saury: worse before it gets better?

The national fisheries research agency's forecast for the season that opens in August points to another poor year, with fish expected to be small and far offshore. At Hanasaki port the mood is resigned; several boat owners told me they will sail later than usual to save fuel.

## Also noted

- The Nemuro port festival will go ahead in late July, with fireworks restored after last year's budget cut.
- Reader mail: several of you asked about the Wakkanai–Korsakov ferry. It has not sailed since 2019 and no one is promising it will.

That's all. Forward this to someone who still thinks the Sea of Okhotsk is quiet.
""",
},
# ---------------------------------------------------------------- B1
{
"key": "b1-ukraine-live", "feed": "brightling-live", "published": "2024-07-12T12:00:00Z",
"title": "Russia-Ukraine war live: Kremlin says Japan 'chose confrontation' after NATO summit",
"summary": "Running coverage. Peskov says peace treaty talks with Tokyo remain out of the question; Kyiv reports overnight drone attacks.",
"label": "restatement",
"note": "Live blog; the only Japan entry is Peskov restating that peace treaty talks are impossible (seed 002). Other entries are about the war.",
"byline": "Hannah Grieve and Tomasz Wir",
"entries": [
("11:52", "Kremlin: treaty talks with Japan 'out of the question'",
"""Kremlin spokesman Dmitry Peskov, asked about remarks by Japanese Prime Minister Fumio Kishida at the NATO summit in Washington this week, said Tokyo had "chosen confrontation" with Moscow.

"In these conditions, of course, there can be no talk of any negotiations on a peace treaty," Peskov told reporters on his daily conference call. Moscow broke off the treaty talks in March 2022.

Japan, which is not a NATO member, has attended the alliance's summits as a partner country since 2022."""),
("11:20", "EU diplomat: more air defence 'in the pipeline'",
"""A senior EU official said several member states were preparing further deliveries of air defence systems to Ukraine but declined to give numbers or a timetable."""),
("10:45", "Kharkiv region: two injured in shelling",
"""The regional governor said two people were injured when shells hit a village north-east of Kharkiv overnight. Emergency crews were clearing debris from a damaged school."""),
("09:58", "Zelensky thanks allies after Washington meetings",
"""Ukraine's president said in his evening address that the pledges made on the sidelines of the summit would "make a real difference on the front", singling out the promised F-16 deliveries."""),
("09:10", "Russia says 27 drones downed overnight",
"""Russia's defence ministry said air defences destroyed 27 Ukrainian drones over border regions overnight. The claims could not be independently verified."""),
("08:30", "Welcome",
"""Good morning and welcome to our live coverage of the war in Ukraine. We'll bring you the latest from Kyiv, Moscow and the capitals following the NATO summit."""),
],
},
# ---------------------------------------------------------------- D1
{
"key": "d1-bosan-no", "feed": "dotosokuho-ja", "published": "2024-08-08T04:00:00Z",
"title": "北方墓参、今夏も実施できず　5年連続　元島民「せめてもう一度、墓前に」",
"summary": "元島民らが北方四島の先祖の墓を訪れる「北方墓参」は今年も実施の見通しが立たず、2020年から5年連続で見送られることが確実になった。",
"label": "restatement",
"note": "Negated plan: grave visits not held again, '再開の見通しは立っていない'. Only restates the 2022 termination (seeds 001, 003) and the pandemic halt. No state change.",
"section": "北方領土", "byline": "（根室支局　森本俊介）",
"related": ["元島民の生存者、5千人割る", "納沙布岬で「北方領土の日」パネル展"],
"body": """
北方領土の元島民らが四島にある先祖の墓を訪れる「北方墓参」は、今年も実施できないことが確実になった。例年の実施時期である8〜9月を前に、ロシア側から実施に向けた回答がないためで、新型コロナウイルス禍で中止された2020年から5年連続の見送りとなる。

政府は墓参を「人道的観点から最優先」と位置づけ、外交ルートを通じて再開を求めてきた。外務省幹部は「申し入れは続けているが、ロシア側から前向きな反応はない。再開の見通しは立っていない」と話す。

ロシアは22年3月、日本の対ロ制裁への対抗措置として、ビザなし交流と自由訪問に関する合意の効力停止を一方的に表明し、平和条約交渉も中断した。墓参は両合意とは別枠で実施されてきたが、ロシア側は日本との協議そのものに応じていない。

墓参の事務を担ってきた千島歯舞諸島居住者連盟根室支部には、今年も元島民から問い合わせが相次いだ。志発島出身の女性（90）は「父と兄が眠っている。足が動くうちに、せめてもう一度、墓前で手を合わせたい」と声を詰まらせた。

根室市の担当者は「待つことしかできないのがもどかしい。元島民の思いを国に伝え続ける」と話した。
""",
},
# ---------------------------------------------------------------- K1
{
"key": "k1-kurilskoye-bears", "feed": "kurlenta-ru", "published": "2024-08-20T03:30:00Z",
"title": "На Курильском озере Камчатки за один облёт насчитали 96 медведей",
"summary": "Сотрудники Кроноцкого заповедника провели авиаучёт бурых медведей на Курильском озере — одном из крупнейших нерестилищ нерки в Евразии.",
"label": "off_topic",
"note": "Look-alike: Kurilskoye Lake in southern Kamchatka (named after the Kurils) - bears and sockeye, nothing about the islands or the treaty.",
"rubric": "Соседи | Камчатка", "byline": "Редакция",
"related": ["На Сахалине стартовала путина горбуши", "Туристов на Курильском озере станет больше"],
"body": """
Специалисты Кроноцкого государственного заповедника, в ведении которого находится Южно-Камчатский федеральный заказник, провели авиаучёт бурых медведей на Курильском озере. За один облёт береговой линии и впадающих в озеро речек учёные насчитали 96 зверей, сообщили в пресс-службе заповедника.

Курильское озеро на юге Камчатки — одно из крупнейших в Евразии нерестилищ нерки. По данным отраслевого института, в этом году в озеро зашло около 2,4 миллиона производителей, что выше среднемноголетнего уровня. Рыба привлекает медведей со всего юга полуострова: в пик хода на берегах одновременно кормятся до двухсот особей.

Доступ на территорию заказника ограничен. Туристов доставляют вертолётами на оборудованные смотровые площадки, пешие прогулки без сопровождения инспектора запрещены. В прошлом сезоне озеро посетили около шести тысяч человек.

Озеро лежит в кальдере, образовавшейся в результате мощного извержения около восьми с половиной тысяч лет назад. Своё название оно, как и Курильские острова, получило от айнов, которых русские землепроходцы называли «курилами».

Учёт проводится ежегодно в августе. Его результаты используют при расчёте квот на охоту в соседних районах.
""",
},
# ---------------------------------------------------------------- E1
{
"key": "e1-weekly72", "feed": "easternseas-weekly", "published": "2024-09-14T09:00:00Z",
"title": "Eastern Seas Weekly No. 72: empty saury nets, a storm brushes Nemuro, and a caravan that never crosses",
"summary": "This week: a poor start to the saury season, heavy rain on the Nemuro peninsula, and the annual signature caravan for the 'return of the Northern Territories'.",
"label": "restatement",
"note": "Digest; its islands item only restates the March 2022 measures (seeds 000-003) around a routine campaign event. No new fact.",
"likes": 9, "ncomments": 1,
"comments": [("K. Sato", "The caravan used to stop at my school in Betsukai. We all got pencils.")],
"body": """
## 1. Saury

Hanasaki landings for the first three weeks of the season are running at roughly half of last year's pace, and the fish are small — many under 120 grams. Boat owners blame warm water pushing the shoals far to the east. The price at the first auction was spectacular; nobody expects it to last.

## 2. Weather

The remnants of a tropical storm dumped close to 150 mm of rain on the Nemuro peninsula on Tuesday. A section of Route 44 was closed for several hours and a handful of households near the Onneto marsh were told to evacuate. No injuries were reported.

## 3. The caravan

Every September a convoy of vans with loudspeakers and banners leaves Nemuro for a tour of Hokkaido towns, collecting signatures for the "return of the Northern Territories". This year's set off on Monday, with a send-off at city hall and a speech by a former resident of Shikotan who is now 90.

It is a ritual that has outlived the process it was designed to support. Moscow broke off the peace treaty talks in March 2022, ended the visa-free trips that had carried tens of thousands of Japanese to the islands since 1992, and walked away from the talks on joint economic projects. Nothing has reopened since, and nobody on the caravan expects it to. They collect the signatures anyway.

## Also noted

- Hokkaido's inbound tourist numbers for July set a record, led by visitors from Taiwan and South Korea.
- The Kushiro marsh cranes are back on the webcams. I watch them more than I should.
""",
},
# ---------------------------------------------------------------- g2a
{
"key": "g2a-repo-first", "feed": "konpoku-ja", "published": "2024-11-12T03:00:00Z",
"title": "元漁船船長を書類送検　ロシア国境警備局員に家電など無許可輸出の疑い　操業黙認の見返りか　道警",
"summary": "北海道警は12日、ロシア国境警備局の警備艇乗組員に家電製品などを無許可で渡したとして、根室市の元漁船船長の男性（67）を関税法違反の疑いで書類送検した。",
"label": "new_development", "group": "g2",
"new_facts": ["Hokkaido police referred a 67-year-old former Nemuro fishing captain to prosecutors (customs law) for handing appliances to Russian border guard crews off Kunashir in 2021, suspected in return for tolerance of his fishing - a modern 'repo-sen' case"],
"must_mention": [["送検"], ["国境警備"]],
"note": "First report of a new legal case involving Russian border guards around the disputed islands; not in the seeds.",
"section": "事件・事故", "byline": "（報道部　千葉亜紀）",
"related": ["根室海峡の中間ライン付近、漁業者に注意喚起", "花咲港のサンマ水揚げ、前年の半分に"],
"body": """
北方領土・国後島周辺の海上でロシア国境警備局の警備艇乗組員に家電製品などを無許可で渡したとして、北海道警は12日、根室市の元漁船船長の男性（67）を関税法違反（無許可輸出）の疑いで釧路地検根室支部に書類送検した。道警は、見返りにロシア側が主張する「領海」付近での操業を黙認してもらっていたとみて、詳しい経緯を調べている。

送検容疑は2021年6月から9月にかけて計4回、国後島沖の根室海峡で、税関に申告せずに液晶テレビや冷蔵庫、自動車のタイヤなど約320万円相当をロシアの警備艇乗組員に引き渡した疑い。

捜査関係者によると、道警は別の事件の捜査で押収した資料から取引の記録を把握した。男性は受け渡しの事実をおおむね認める一方、「付き合いで土産を渡しただけで、見返りは求めていない」と話しているという。道警は、男性が海上保安庁の巡視船の動きなどをロシア側に伝えていた可能性もあるとみて、関係者から事情を聴いている。

冷戦期には、日本の情報や物資をソ連側に提供する見返りに北方四島周辺での操業を黙認された漁船が「レポ船」と呼ばれ、社会問題化した。同種の事件が明らかになるのは極めて異例だ。

北方四島周辺の海域では、日本漁船がロシア側に拿捕される事案が後を絶たない。根室市の漁業関係者は「まだこんなことがあったのか。まじめに操業している漁業者まで疑いの目で見られかねない」と憤った。

外務省は「捜査中の個別の事案についてコメントは控える」としている。男性が船長を務めていた漁船は22年に売却されている。
""",
},
# ---------------------------------------------------------------- g2b
{
"key": "g2b-repo-analysis", "feed": "dotosokuho-ja", "published": "2024-11-13T00:30:00Z",
"title": "【解説】よみがえる「レポ船」の影　元船長の書類送検、国境の海で何が",
"summary": "冷戦期の「レポ船」を思わせる事件が根室で明らかになった。ロシア国境警備局員への家電提供で元船長が書類送検された背景を探る。",
"label": "new_development", "group": "g2",
"new_facts": ["Explainer on the referral of a former Nemuro captain over gifts to Russian border guards"],
"must_mention": [["送検"], ["国境警備"]],
"note": "Follow-up told past a scene-setting lead (the news sits in paragraph 3); same development as g2a, no new fact.",
"section": "北方領土", "byline": "（根室支局　森本俊介）",
"related": ["元漁船船長を書類送検　操業黙認の見返りか", "根室海峡で日本漁船の拿捕相次ぐ　海保が注意喚起"],
"body": """
夜明け前の花咲港。出漁を控えた漁船のエンジン音が響く岸壁で、70代の元漁業者がぽつりと言った。「昔は、向こうに『みやげ』を持っていく船があった。みんな知っていたが、口には出さなかった」

「向こう」とは、根室海峡を挟んで目と鼻の先にある国後島のことだ。冷戦期、ソ連の国境警備隊に日本の新聞や自衛隊の情報、電化製品などを渡し、見返りに北方四島周辺での操業を黙認された漁船は「レポ船」（レポートの意）と呼ばれた。1980年代には摘発が相次ぎ、根室の街を揺るがす騒ぎにもなった。

その影が、いまになって浮かび上がった。北海道警は12日、2021年に国後島沖でロシア国境警備局の警備艇乗組員に液晶テレビや冷蔵庫など約320万円相当を無許可で渡したとして、根室市の元漁船船長の男性（67）を関税法違反の疑いで釧路地検根室支部に書類送検した。道警は操業黙認の見返りだったとみている。

ある漁協幹部は「拿捕が怖いから、向こうと『うまくやる』誘惑はいつの時代もある」と打ち明ける。日本側は四島周辺の水域をロシアの管轄とは認めていないが、現実にはロシアの警備艇が臨検や拿捕を繰り返しており、漁業者は常にそのはざまに置かれてきた。

北方領土問題に詳しい道内の研究者は「ロシアが平和条約交渉を打ち切り、交流の枠組みも止まった今、海の上の非公式な接触がかえって重みを増しているのかもしれない」と指摘する。

元船長は「土産を渡しただけ」と話しているという。道警は情報提供の有無についても慎重に調べを進めている。
""",
},
# ---------------------------------------------------------------- g2c
{
"key": "g2c-repo-ru", "feed": "inovostok-ru", "published": "2024-11-14T08:00:00Z",
"title": "Японские СМИ: бывшего капитана из Нэмуро подозревают в «подарках» российским пограничникам",
"summary": "Полиция Хоккайдо направила в прокуратуру материалы на рыбака, который, по версии следствия, передавал бытовую технику экипажам пограничных катеров у Кунашира. Перевод.",
"label": "new_development", "group": "g2",
"new_facts": ["Russian translation of the Japanese report on the referral of a Nemuro ex-captain for gifts to Russian border guards"],
"must_mention": [["прокуратур"], ["погранич"]],
"note": "Translated reprint (Russian) of g2a; same development.",
"source": "Источник: «Компоку ниппо» (Нэмуро), 12 ноября 2024 г. Перевод с японского: Ольга Тамура.",
"tags": ["Япония", "Кунашир", "пограничники", "рыболовство"],
"body": """
Полиция префектуры Хоккайдо во вторник направила в районную прокуратуру материалы в отношении 67-летнего бывшего капитана рыболовного судна из города Нэмуро. Его подозревают в нарушении таможенного законодательства — несанкционированном вывозе товаров, пишет местная газета «Компоку ниппо».

По данным следствия, с июня по сентябрь 2021 года бывший капитан четыре раза передавал в море у Кунашира членам экипажей катеров пограничной службы ФСБ России телевизоры, холодильники и автомобильные шины общей стоимостью около 3,2 млн иен, не задекларировав их на таможне. Полиция полагает, что взамен пограничники закрывали глаза на его промысел вблизи берегов острова — в водах, которые Россия считает своим территориальным морем.

Сам рыбак, как сообщается, факт передачи вещей в целом признаёт, но утверждает, что это были «подарки из вежливости» и никакой выгоды он не искал. Полиция также проверяет, не сообщал ли он российской стороне о передвижении патрульных судов японской береговой охраны.

Газета напоминает, что в годы холодной войны в Нэмуро существовало явление «рэпо-сэн» — так называли рыболовные суда, экипажи которых снабжали советских пограничников японскими газетами, сведениями и товарами в обмен на возможность ловить у островов. Подобные дела в последние десятилетия практически не возбуждались.

МИД Японии от комментариев отказался. Российская сторона публикацию не комментировала.

Примечание ИноВостока: «северными территориями» в Японии называют Итуруп, Кунашир, Шикотан и острова Малой Курильской гряды.
""",
},
# ---------------------------------------------------------------- g2d
{
"key": "g2d-repo-en", "feed": "quernstone-wire", "published": "2024-11-15T06:00:00Z",
"title": "Japanese police refer ex-skipper to prosecutors over gifts to Russian border guards",
"summary": "Hokkaido police suspect a former fishing captain handed appliances to Russian patrol crews off a disputed island in return for being allowed to fish, local media reported.",
"label": "new_development", "group": "g2",
"new_facts": ["English report: Hokkaido police referred a former Nemuro skipper to prosecutors over goods handed to Russian border guards off Kunashir"],
"must_mention": [["prosecutor"], ["border guard"]],
"note": "Later English report of g2 (citing the Japanese paper); same development.",
"byline": "By Ruth Okafor-Lind", "dateline": "TOKYO, Nov 15 (Quernstone) -",
"credit": "Reporting by Ruth Okafor-Lind; Editing by Simon Archer",
"related": [("japan-seafood-china", "Japan's scallop exporters look beyond China"), ("hokkaido-semiconductor", "Hokkaido chip plant on schedule, Rapidus says")],
"body": """
Police in Japan's northern island of Hokkaido have referred a former fishing boat captain to prosecutors on suspicion of illegally handing televisions, refrigerators and tyres to crews of Russian border guard vessels near a Russian-held island claimed by Tokyo, local media reported.

The 67-year-old man from the port city of Nemuro is suspected of violating customs law by passing goods worth about 3.2 million yen ($20,600) to the Russian crews at sea off Kunashir on four occasions in 2021 without declaring them, the Konpoku Nippo newspaper said. Police believe the gifts were made in return for the Russians tolerating his fishing close to the island, according to the report.

The man has acknowledged handing over the goods but denied seeking anything in return, the paper said. The referral, made on Tuesday, means prosecutors will decide whether to indict him.

The case has revived memories of the Cold War-era "repo-sen" - Japanese fishing boats whose crews supplied Soviet border guards with newspapers, information and goods in exchange for permission to fish around the islands. Such cases had become rare.

Japan's foreign ministry declined to comment on the case. Russia's embassy in Tokyo did not respond to a request for comment.

Russia has controlled the four islands, which Japan calls the Northern Territories, since the end of World War Two. Russian border guards regularly detain Japanese fishing boats in the area. Moscow suspended peace treaty talks with Tokyo in 2022 over Japanese sanctions.
""",
},
# ---------------------------------------------------------------- I2
{
"key": "i2-dokdo", "feed": "inovostok-ru", "published": "2024-12-10T07:00:00Z",
"title": "Корейская пресса: у островов Токто прошли плановые учения, Токио заявил протест",
"summary": "ВМС и береговая охрана Республики Корея провели учения по защите островов, которые в Японии называют Такэсима. Перевод.",
"label": "off_topic",
"note": "Look-alike: another island dispute (Dokdo/Takeshima). The editor's note names the southern Kurils only in passing.",
"section": "Корея", "section_slug": "korea",
"source": "Источник: сеульская газета «Хангук сиса ильбо», 9 декабря 2024 г. Перевод с корейского: Ким Ён Сун.",
"tags": ["Корея", "Япония", "Токто", "территориальные споры"],
"body": """
Военно-морские силы и береговая охрана Республики Корея в понедельник провели учения по защите островов Токто в Японском море, которое в Корее называют Восточным. Как и в предыдущие годы, учения прошли без широкой огласки: министерство обороны подтвердило их проведение лишь постфактум.

В учениях участвовали корабли ВМС и береговой охраны, а также самолёты. Высадку морской пехоты на острова, по данным газеты, в этот раз не отрабатывали. Подобные учения проводятся дважды в год с 1986 года.

Токио выразил протест. Генеральный директор департамента Азии и Океании МИД Японии по телефону заявил представителю посольства Республики Корея, что учения «неприемлемы» и что «Такэсима — неотъемлемая часть территории Японии». Сеул протест отклонил, назвав Токто «неотъемлемой территорией Кореи исторически, географически и по международному праву».

Газета отмечает, что, несмотря на сближение Сеула и Токио в последние два года, спор вокруг островов остаётся одним из самых чувствительных вопросов двусторонних отношений.

Примечание ИноВостока: Япония ведёт территориальные споры также с Китаем (острова Сенкаку/Дяоюйдао) и с Россией (южные Курилы, которые в Японии называют «северными территориями»). В этой публикации речь идёт только о споре с Кореей.
""",
},
]
