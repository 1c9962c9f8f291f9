"""Articles published in 2026 and 2027."""

LAVROV_BODY = """
Russia is not closing the door on dialogue with Japan, but any talks — including on a peace treaty — would be possible only if Tokyo abandoned its "hostile course" and lifted sanctions, Foreign Minister Sergei Lavrov said on Tuesday.

"We have never refused to talk to anyone. If Japan decides to return to normal, neighbourly relations and removes the illegitimate restrictions, we will be ready to discuss the whole range of issues," Lavrov told his annual news conference in Moscow.

He added that Russia's sovereignty over the Kuril Islands was "not a subject of negotiation" and that any future treaty would have to "reflect the realities" that emerged after World War Two.

Lavrov spoke in response to a question from a Japanese journalist. He did not mention any contacts with Tokyo.

Russia said in March {year} that it would not continue peace treaty negotiations with Japan, citing sanctions imposed by Tokyo over the conflict in Ukraine, and ended visa-free travel by Japanese citizens to the disputed islands.

Japan's government has said its policy of resolving the territorial dispute and concluding a peace treaty is unchanged.
"""

ITEMS = [
# ---------------------------------------------------------------- g5a
{
"key": "g5a-starlink-ja", "feed": "konpoku-ja", "published": "2026-01-20T03:00:00Z",
"title": "ロシア、日本漁船のスターリンク使用禁止を通告　四島周辺含む水域　8月の漁期から",
"summary": "ロシア連邦漁業庁が水産庁に対し、ロシアが自国水域とする海域で操業する日本漁船に、米スペースX社の衛星通信サービス「スターリンク」の使用を禁じると通告した。",
"label": "new_development", "group": "g5",
"new_facts": ["Russia's Federal Fishery Agency notified Japan's Fisheries Agency that Japanese boats fishing in waters Russia claims (including around the four islands) may not operate Starlink terminals from the August 2026 season; violations risk inspection and licence withdrawal"],
"must_mention": [["スターリンク"], ["漁船"]],
"note": "First report of a new Russian condition on Japanese fishing in waters around the disputed islands; not in the seeds.",
"section": "水産", "byline": "（報道部　千葉亜紀）",
"related": ["サンマ船の乗組員確保、通信環境がカギに", "根室市、漁業者向け燃油補助を継続"],
"body": """
ロシア連邦漁業庁が、ロシアが自国の200カイリ水域とする海域で操業する日本漁船について、米スペースX社の衛星通信サービス「スターリンク」の端末の使用を8月以降の漁期から禁止すると水産庁に通告したことが19日、分かった。ロシア側は対象水域に北方四島周辺の海域も含めている。日本漁船が同水域での操業に関して特定の通信手段の使用を禁じられるのは初めてとみられる。

水産庁によると、通告は今月中旬に書簡で届いた。日ロ地先沖合漁業協定に基づいてロシア水域で操業する日本漁船について、船上でスターリンクの端末を作動させることを禁じ、違反が確認された場合は臨検や操業許可の取り消しの対象になるとしている。ロシア側は理由として「国家安全保障上の要請」と、外国の衛星通信サービスを規制する国内法令を挙げた。インマルサットなど従来の衛星通信は引き続き使用できる。

根室・花咲港を拠点とするサンマ棒受け網漁船などでは近年、乗組員の通信環境の改善や、漁場や気象の情報を得るためにスターリンクの導入が進んでいる。根室市内の船主の一人は「沖で家族と連絡を取れるようになり、若い乗組員の確保にもつながっていた。安全にも関わる」と困惑を隠さない。

水産庁は「北方四島周辺の水域にロシアの管轄権は認められない」とした上で、「操業の安全確保の観点から、ロシア側に説明を求めていく」としている。外務省幹部は「ロシアがスターリンクを安全保障上の脅威とみなしていることの表れだ」と話した。
""",
},
# ---------------------------------------------------------------- g5b
{
"key": "g5b-starlink-en", "feed": "fetrans-en", "published": "2026-01-22T08:00:00Z",
"title": "Russia to bar Japanese fishing boats from using Starlink in waters it claims, including around disputed islands [translation]",
"summary": "A Nemuro daily reports that Russia's fisheries agency has told Japan the satellite service must be switched off aboard Japanese boats from the August season. Translated from Japanese.",
"label": "new_development", "group": "g5",
"new_facts": ["English translation: Russia notified Japan that Japanese boats in Russian-claimed waters, including around the disputed islands, must not use Starlink from August"],
"must_mention": [["starlink"], ["fishing"]],
"note": "Translated reprint of g5a; same development.",
"section": "From Japanese", "translator": "Translated by Jun Sakaki",
"source": "Konpoku Nippo (Nemuro), 20 January 2026 (Japanese).",
"tags": ["Japan", "Russia", "fisheries", "Starlink"],
"recent": ["Editorial: Three springs without the islands", "A Vladivostok view of the Chinese car boom", "Korean shipyards and the Arctic LNG fleet"],
"body": """
Russia's Federal Agency for Fishery has notified Japan's Fisheries Agency that from the fishing season beginning in August, Japanese boats operating in what Russia regards as its 200-nautical-mile zone will be barred from using terminals of Starlink, the satellite internet service of the U.S. company SpaceX. Russia includes the waters around the four northern islands in the area concerned. It appears to be the first time Japanese boats have been barred from a particular means of communication while fishing there.

According to the Fisheries Agency, the notification arrived by letter in mid-January. It concerns Japanese vessels fishing in Russian waters under the Japan–Russia agreement on fisheries in the waters off their coasts, and forbids operating Starlink terminals on board; boats found in violation may be inspected or have their fishing permits withdrawn. The Russian side cited "national security requirements" and domestic rules regulating foreign satellite communication services. Conventional satellite communications such as Inmarsat may still be used.

In recent years saury stick-held dip-net boats and other vessels based at Nemuro's Hanasaki port have been installing Starlink to give crews better connections and to receive fishing-ground and weather information. "We could finally call our families from offshore, and it helped us recruit young crew. This is a safety matter too," said one Nemuro boat owner, who could not hide his dismay.

The Fisheries Agency said that "Russia's jurisdiction over the waters around the four northern islands cannot be accepted" and that it would "seek an explanation from the Russian side from the standpoint of ensuring safe operations". A senior foreign ministry official said the move "shows that Russia regards Starlink as a security threat".

[Translator's note: the agreement referred to is the 1984 Japan–Soviet agreement on fisheries off the coasts of the two countries, under which Japanese and Russian boats fish in each other's 200-mile zones on agreed quotas. Japan does not accept that the waters around the four islands form part of Russia's zone.]
""",
},
# ---------------------------------------------------------------- g5c
{
"key": "g5c-starlink-ru", "feed": "inovostok-ru", "published": "2026-01-23T06:00:00Z",
"title": "Японская пресса: Россия запретит японским рыболовным судам пользоваться Starlink в своих водах",
"summary": "Росрыболовство уведомило Агентство по рыболовству Японии о запрете спутниковой связи Starlink на японских судах, работающих в российской зоне, включая воды у южных Курил. Перевод.",
"label": "new_development", "group": "g5",
"new_facts": ["Russian translation: Rosrybolovstvo bars Starlink use on Japanese fishing vessels in the Russian zone incl. waters off the southern Kurils from August 2026"],
"must_mention": [["starlink"], ["рыболов", "судов", "судах"]],
"note": "Translated reprint of g5a (Russian); same development.",
"source": "Источник: «Компоку ниппо» (Нэмуро), 20 января 2026 г. Перевод с японского: Ольга Тамура.",
"tags": ["Япония", "рыболовство", "Starlink", "южные Курилы"],
"body": """
Федеральное агентство по рыболовству России уведомило Агентство по рыболовству Японии, что с путины, которая начнётся в августе, японским судам, работающим в 200-мильной зоне России, запрещается пользоваться терминалами спутниковой связи Starlink американской компании SpaceX. Об этом пишет газета «Компоку ниппо», выходящая в Нэмуро. Российская сторона включает в эту зону и воды вокруг южных Курил.

По данным японского агентства, письмо пришло в середине января. Запрет касается японских судов, которые ведут промысел в российских водах по двустороннему соглашению о рыболовстве у побережий двух стран. При обнаружении нарушения судно может быть подвергнуто досмотру, а разрешение на промысел — отозвано. В качестве причины российская сторона назвала «требования национальной безопасности» и нормы российского законодательства, регулирующие деятельность иностранных спутниковых операторов. Пользоваться Inmarsat и другими традиционными системами спутниковой связи по-прежнему можно.

Как отмечает газета, в последние годы Starlink установили многие суда, промышляющие сайру и минтай из порта Ханасаки в Нэмуро: терминалы позволяют экипажам поддерживать связь с семьями и получать данные о погоде и рыбных скоплениях. «Это вопрос безопасности», — цитирует издание одного из судовладельцев.

Японское агентство по рыболовству заявило, что «не признаёт юрисдикцию России в водах вокруг четырёх северных островов», и намерено запросить у российской стороны разъяснения. Собеседник газеты в МИД Японии считает, что решение «показывает, что Россия рассматривает Starlink как угрозу безопасности».

Примечание ИноВостока: «четырьмя северными островами» в Японии называют Итуруп, Кунашир, Шикотан и Малую Курильскую гряду.
""",
},
# ---------------------------------------------------------------- I4
{
"key": "i4-nt-day", "feed": "inovostok-ru", "published": "2026-02-07T08:00:00Z",
"title": "Такаити на «Дне северных территорий»: курс на решение территориального вопроса и заключение мирного договора неизменен",
"summary": "Японская пресса — о ежегодном общенациональном митинге в Токио с участием премьер-министра. Перевод.",
"label": "restatement",
"note": "Annual occasion; new speaker (PM Takaichi) restating Japan's standing policy and its request for grave visits. No new fact.",
"source": "Источник: обзор японских газет за 7 февраля 2026 г. Перевод с японского: Ольга Тамура.",
"tags": ["Япония", "северные территории", "Такаити"],
"body": """
В Токио в субботу прошёл ежегодный общенациональный митинг с требованием «возвращения северных территорий», приуроченный ко Дню северных территорий. Впервые в качестве премьер-министра на нём выступила Санаэ Такаити.

«Политика Японии — решить вопрос о принадлежности четырёх северных островов и заключить мирный договор — остаётся неизменной», — заявила Такаити. По её словам, японо-российские отношения «находятся в тяжёлом положении из-за агрессии России против Украины», однако правительство «продолжит твёрдо добиваться своей цели».

Премьер-министр назвала возобновление гуманитарных обменов, «прежде всего посещения могил бывшими жителями», одной из первоочередных задач. Поездки на могилы не проводятся с 2020 года; в 2022 году Россия объявила о прекращении безвизовых обменов и приостановила переговоры о мирном договоре.

На митинге выступили бывшие жители островов. 91-летний уроженец острова Сибоцу (Зелёный) призвал правительство «не позволить, чтобы вопрос забыли вместе с нами». Участники приняли резолюцию с призывом к правительству продолжать переговорные усилия.

Газеты обращают внимание, что формулировка «незаконная оккупация» в речи премьер-министра, как и в выступлениях её предшественников в последние годы, не прозвучала.

Примечание ИноВостока: День северных территорий отмечается в Японии 7 февраля — в день подписания Симодского трактата 1855 года.
""",
},
# ---------------------------------------------------------------- F3
{
"key": "f3-unit731", "feed": "fetrans-en", "published": "2026-04-21T07:00:00Z",
"title": "FSB hands over Khabarovsk trial files on Japan's Unit 731 to regional archive [translation]",
"summary": "A Russian Far East weekly reports that the security service has transferred interrogation records from the 1949 trial of Japanese germ-warfare officers. Translated from Russian.",
"label": "off_topic",
"note": "Unrelated Japan-Russia history (1949 Khabarovsk trial, Unit 731); mentions the 1945 Soviet-Japanese war but not the islands or the treaty.",
"section": "From Russian", "translator": "Translated by Natalia Ilyina",
"source": "Amurskaya Nedelya (Khabarovsk), 20 April 2026 (Russian).",
"tags": ["Russia", "Japan", "history", "archives"],
"recent": ["Russia to bar Japanese fishing boats from using Starlink", "Busan's Russian quarter in winter", "Hokkaido farmers and the yen"],
"body": """
The Khabarovsk regional directorate of the FSB has handed over to the regional state archive 14 volumes of interrogation records from the 1949 Khabarovsk trial of Japanese servicemen accused of preparing and using bacteriological weapons.

The trial, held in December 1949, judged twelve former members of the Kwantung Army, including officers of Unit 731, the secret detachment that conducted experiments on prisoners in occupied Manchuria. All were found guilty and sentenced to terms in labour camps of between two and 25 years.

According to the archive's director, the volumes include transcripts of interrogations, handwritten statements by the accused and photographs of documents seized during the Soviet offensive against the Kwantung Army in August 1945. Most have never been published.

"For historians this is a very significant addition," the director said. "The trial materials published in 1950 were only a fraction of what the investigators collected." Digitised copies will be made available to researchers from the autumn, and an exhibition is planned at the regional museum for December.

The paper notes that researchers in Japan have long sought access to the Khabarovsk materials. A historian at a Japanese university, contacted by the paper, welcomed the transfer and said he hoped "foreign scholars will be able to work with the originals".

[Translator's note: the Japanese government has acknowledged that Unit 731 existed but has said it has no documents on its experiments. The transfer was announced without comment from Tokyo.]
""",
},
# ---------------------------------------------------------------- Q5
{
"key": "q5-graves-sources", "feed": "quernstone-wire", "published": "2026-05-12T05:30:00Z",
"title": "Russia weighing small grave visit for Japanese ex-islanders, sources say; Kremlin says no decision",
"summary": "Two people familiar with the discussions say Moscow is considering letting a handful of elderly former residents visit graves on Kunashir, though no decision has been made.",
"label": "restatement",
"note": "Prospect, not an event: 'considering', 'no decision', Tokyo 'received no notification'. Facts restated from seeds (2022 ban) and the 2020 halt.",
"byline": "By Pavel Ermolin and Kenji Arakawa", "dateline": "MOSCOW/TOKYO, May 12 (Quernstone) -",
"credit": "Reporting by Pavel Ermolin in Moscow and Kenji Arakawa in Tokyo; Editing by Simon Archer",
"related": [("japan-russia-fishing-starlink", "Japan seeks explanation after Russia bars Starlink on fishing boats"), ("kremlin-asia-outreach", "Analysis: Moscow's Asia pivot, three years on")],
"body": """
Russia is considering whether to allow a small group of elderly Japanese former residents to visit family graves on Kunashir this summer, two people familiar with the discussions said, in what would be the first such trip since 2019 if it goes ahead.

The idea, discussed within the Russian government in recent weeks, would involve no more than a dozen former islanders travelling by ship in August, the sources said, speaking on condition of anonymity because the discussions are private. One of them said the proposal faced resistance from the security services and "may well come to nothing".

"I have nothing to announce on this," Kremlin spokesman Dmitry Peskov said when asked about the possibility. "Our position on relations with Japan is well known."

A Japanese foreign ministry official said Tokyo had "received no notification" from Moscow and would continue to seek the resumption of grave visits as a humanitarian priority.

Moscow ended visa-free visits by Japanese citizens to the islands in March 2022, when it also broke off peace treaty negotiations in response to Japan's sanctions over the war in Ukraine. Grave visits had already been halted by the pandemic in 2020.

More than 17,000 Japanese lived on the four islands at the end of World War Two. Fewer than 5,000 survive, with an average age of nearly 90.
""",
},
# ---------------------------------------------------------------- I5
{
"key": "i5-lng", "feed": "inovostok-ru", "published": "2026-07-14T04:00:00Z",
"title": "Японская деловая пресса: закупки СПГ с «Сахалина-2» в первом полугодии выросли на 9%",
"summary": "Японские энергокомпании продолжают закупать сахалинский газ, несмотря на санкционный режим. Перевод экономического обзора.",
"label": "off_topic",
"note": "Unrelated Japan-Russia economic news (Sakhalin-2 LNG); no islands, no treaty.",
"section": "Экономика", "section_slug": "economy",
"source": "Источник: токийская деловая газета «Кэйдзай сокухо», 13 июля 2026 г. Перевод с японского.",
"tags": ["Япония", "СПГ", "Сахалин-2", "энергетика"],
"body": """
Импорт сжиженного природного газа в Японию с проекта «Сахалин-2» в январе–июне вырос на 9% по сравнению с тем же периодом прошлого года, следует из таможенной статистики, которую приводит токийская деловая газета. Доля российского СПГ в общем импорте страны составила около 9%.

Рост газета объясняет жаркой погодой в начале лета и плановыми ремонтами на ряде австралийских заводов, из-за которых японские покупатели нарастили закупки по долгосрочным контрактам с Сахалином.

Правительство Японии по-прежнему считает проект важным для энергетической безопасности страны. Две японские торговые компании сохраняют доли в операторе проекта, созданном по указу президента России в 2022 году. Японский министр экономики, торговли и промышленности на пресс-конференции повторил, что «отказываться от проекта, который обеспечивает стабильные поставки, не планируется».

Аналитики, на которых ссылается издание, отмечают, что часть долгосрочных контрактов японских энергокомпаний истекает в конце десятилетия, и решение об их продлении станет «серьёзной политической проверкой» для Токио.

Поставки с Сахалина занимают около трёх суток, что существенно меньше, чем из Австралии или с Ближнего Востока.
""",
},
# ---------------------------------------------------------------- g6a
{
"key": "g6a-starlink-delay-ru", "feed": "kurlenta-ru", "published": "2026-08-25T04:00:00Z",
"title": "Запрет Starlink для японских рыболовных судов отложен до конца года",
"summary": "В путину-2026 японским судам в российской зоне разрешат пользоваться терминалами спутниковой связи при условии их регистрации, сообщили в Пограничном управлении ФСБ.",
"label": "status_change", "group": "g6",
"new_facts": ["Russian border directorate: the Starlink ban for Japanese fishing boats (due from the August 2026 season) will not be applied until 31 Dec 2026; registered terminals allowed this season only, full ban from 1 Jan 2027"],
"must_mention": [["starlink"], ["отлож", "не будет применяться"]],
"note": "Status change of the arrangement reported in g5: ban scheduled from August -> suspended for this season only, conditional on registration (a 'this season only' state).",
"rubric": "Курилы", "byline": "Анна Сёмина",
"related": ["Путина сайры у южных Курил открылась", "Пограничники напомнили японским рыбакам о правилах промысла"],
"body": """
Требование об отключении терминалов спутниковой связи Starlink на японских рыболовных судах, работающих в исключительной экономической зоне России, в том числе у южных Курил, не будет применяться до 31 декабря 2026 года. Об этом «Курильской ленте» сообщили в Пограничном управлении ФСБ России по Сахалинской области.

Как пояснили в управлении, в нынешнюю путину японские суда смогут пользоваться терминалами при условии их предварительной регистрации: судовладельцы должны передать российской стороне серийные номера оборудования и названия судов. При входе в территориальное море России терминалы должны быть выключены. Суда, чьи терминалы не зарегистрированы, будут проверяться в общем порядке.

«Решение принято по итогам консультаций рыбохозяйственных ведомств двух стран с учётом обращений японской стороны, связанных с безопасностью мореплавания. С 1 января 2027 года запрет будет применяться в полном объёме», — подчеркнули в управлении.

В январе Росрыболовство уведомило Агентство по рыболовству Японии, что с августовской путины японским судам, работающим в российских водах по межправительственному соглашению 1984 года, запрещается пользоваться Starlink. Японская сторона тогда заявила, что не признаёт юрисдикцию России в водах у южных Курил, и запросила разъяснения.

Японские суда ведут в российской зоне в основном промысел сайры и минтая. Путина сайры открылась в середине августа.
""",
},
# ---------------------------------------------------------------- g6b
{
"key": "g6b-starlink-delay-ja", "feed": "dotosokuho-ja", "published": "2026-08-26T01:00:00Z",
"title": "スターリンク禁止、今季は猶予　ロシア側が年末まで適用見送り　端末の事前登録が条件",
"summary": "ロシア国境警備局サハリン州支局は25日、日本漁船へのスターリンク使用禁止措置について、今年末まで適用を見送ると明らかにした。",
"label": "status_change", "group": "g6",
"new_facts": ["Russia postponed its Starlink ban for Japanese fishing boats to the end of 2026; terminals usable this season if registered"],
"must_mention": [["スターリンク"], ["猶予", "見送"]],
"note": "Japanese report of g6 told past a scene-setting lead (news in paragraph 2); same development.",
"section": "漁業", "section_slug": "gyogyo", "byline": "（根室支局　森本俊介）",
"related": ["サンマ棒受け網漁が解禁　花咲港から出漁", "ロシア、日本漁船のスターリンク使用禁止を通告"],
"body": """
花咲港に並ぶサンマ棒受け網漁船のブリッジの上で、白い円盤形のアンテナが朝日を受けている。米スペースX社の衛星通信サービス「スターリンク」の受信機だ。「これがなくなれば、沖で天気図も家族の声も届かない」。出漁準備に追われる船長の一人がつぶやいた。

そのアンテナが、今季はひとまず使えることになった。ロシア国境警備局サハリン州支局は25日、ロシアが自国水域とする海域で操業する日本漁船へのスターリンク使用禁止措置について、今年12月31日まで適用を見送ると明らかにした。端末の製造番号と船名を事前にロシア側に登録することが条件で、ロシアの「領海」に入る際は電源を切る必要がある。来年1月1日からは全面的に禁止するとしている。

ロシア連邦漁業庁は1月、8月以降の漁期からスターリンクの使用を禁止すると水産庁に通告していた。対象には北方四島周辺の水域も含まれ、根室の漁業者の間で不安が広がっていた。

水産庁は「ロシア側から連絡は受けている。登録の手続きや、日本の法的立場との関係について精査している」と説明。北方四島周辺の水域でロシアに端末情報を登録することが、ロシアの管轄権を認めることにならないか慎重に検討するという。

根室市の船主は「ひとまず安心したが、猶予は今年限り。来年はどうなるのか」と話した。
""",
},
# ---------------------------------------------------------------- g6c
{
"key": "g6c-starlink-delay-en", "feed": "quernstone-wire", "published": "2026-08-26T07:30:00Z",
"title": "Russia delays Starlink ban for Japanese fishing boats until end of year",
"summary": "Russian border guards say registered terminals may be used this season, putting off a ban that was due to take effect with the August saury season.",
"label": "status_change", "group": "g6",
"new_facts": ["Russia postponed to year-end the Starlink ban for Japanese fishing boats in waters it claims, allowing registered terminals this season"],
"must_mention": [["starlink"], ["delay", "postpone", "put off"]],
"note": "English report of g6; same development.",
"byline": "By Kenji Arakawa", "dateline": "TOKYO, Aug 26 (Quernstone) -",
"credit": "Reporting by Kenji Arakawa; Editing by Ed Pallister",
"related": [("spacex-japan-maritime", "Starlink's maritime business grows in Japan's fishing fleet"), ("saury-season-2026", "Japan's saury season opens with small fish, high prices")],
"body": """
Russia has put off until the end of the year a ban on Japanese fishing boats using Starlink satellite terminals in waters it claims, including around islands disputed with Japan, Russian border guards said.

Boats may keep using the SpaceX service during the current season if their owners register the terminals' serial numbers and vessel names with the Russian side in advance, and switch them off when entering what Russia considers its territorial waters, the Sakhalin directorate of Russia's FSB border service said on Tuesday. The ban will apply in full from Jan. 1, it said.

Russia's fisheries agency told Japan in January that Japanese boats fishing in the Russian zone under a 1984 bilateral agreement would be barred from using Starlink from the August season, citing national security. Russia includes in that zone the waters around the four islands off Hokkaido that Japan claims.

Japan's Fisheries Agency said it had been informed and was examining the registration procedure, including whether handing terminal data to Russia could be seen as accepting Russian jurisdiction around the islands, which Tokyo does not recognise.

Saury and pollock boats from the Hokkaido port of Nemuro have widely adopted Starlink to stay in touch with families and receive weather data. "It's a relief for now, but it's only until December," one boat owner told the local Dotosokuho news site.

The islands, called the Northern Territories by Japan and the Southern Kurils by Russia, were seized by Soviet troops at the end of World War Two.
""",
},
# ---------------------------------------------------------------- B3
{
"key": "b3-1956-live", "feed": "brightling-live", "published": "2026-10-19T05:00:00Z",
"title": "Soviet-Japanese Joint Declaration at 70: live reaction from Tokyo, Moscow and Nemuro",
"summary": "Running coverage of the 70th anniversary of the 1956 declaration that restored diplomatic ties but left the island dispute unresolved.",
"label": "restatement",
"note": "Anniversary live blog: every entry restates known positions; includes a plan that did not happen ('no exchange of messages, none planned'). No new fact.",
"byline": "Hannah Grieve",
"entries": [
("04:50", "No leaders' messages",
"""Asked whether the prime minister had sent, or planned to send, a message to President Vladimir Putin to mark the anniversary, Japan's chief cabinet secretary said: "There has been no such exchange, and none is planned." """),
("04:15", "Russian embassy: 'results of the war are not up for revision'",
"""The Russian embassy in Tokyo has posted a statement on its Telegram channel saying the 1956 declaration "ended the state of war and restored relations". It repeats that Russia's sovereignty over the Kuril Islands is "the result of the Second World War and not subject to discussion", and that a peace treaty cannot be discussed while Tokyo pursues "an unfriendly course"."""),
("03:40", "Tokyo: declaration 'a basic document'",
"""Japan's foreign minister, in a written statement, calls the declaration "a basic document of Japan-Russia relations" and says Japan's policy of resolving the territorial issue and concluding a peace treaty "remains unchanged"."""),
("03:00", "A small ceremony at Cape Nosappu",
"""About 80 former islanders, their descendants and local officials gathered at Cape Nosappu, the easternmost point of Hokkaido, from where the Habomai islets are visible. There were no speeches from Tokyo; a 92-year-old former resident of Shibotsu laid flowers at the "Bridge to the Islands" monument."""),
("02:30", "Explainer: what the 1956 declaration says",
"""Signed in Moscow on 19 October 1956 and ratified by both parliaments, the declaration ended the state of war and restored diplomatic relations. In Article 9 the Soviet Union agreed to hand over the Habomai islets and Shikotan to Japan after the conclusion of a peace treaty. No treaty has been signed; Japan also claims Iturup and Kunashir, and Moscow broke off treaty talks in March 2022."""),
("02:00", "Welcome",
"""Seventy years ago today, Japan and the Soviet Union signed the joint declaration that still defines their relationship. We'll bring you reaction through the morning."""),
],
},
# ---------------------------------------------------------------- K3
{
"key": "k3-oblduma-appeal", "feed": "kurlenta-ru", "published": "2026-11-24T06:00:00Z",
"title": "Сахалинская облдума попросила МИД не возвращаться к безвизовым обменам с Японией",
"summary": "Депутаты приняли обращение к министру иностранных дел в ответ на призывы японских организаций возобновить поездки на южные Курилы.",
"label": "restatement",
"note": "Request by a regional parliament that the already terminated visa-free exchanges (seed 001) not be resumed; no change of state.",
"rubric": "Политика", "byline": "Игорь Ладыгин",
"related": ["Запрет Starlink для японских рыболовных судов отложен до конца года", "Облдума утвердила бюджет на 2027 год"],
"body": """
Депутаты Сахалинской областной думы на заседании во вторник приняли обращение к министру иностранных дел России с просьбой «не рассматривать возможность возобновления безвизовых обменов с Японией до тех пор, пока Токио не откажется от территориальных притязаний и недружественной политики».

Инициатором выступил депутат от Южно-Курильского округа. По его словам, поводом стали обращения японских общественных организаций, которые в последние месяцы вновь призывают возобновить поездки бывших жителей и обмены делегациями. «Мы не против людей. Но безвизовый режим десятилетиями использовался для пропаганды "северных территорий" прямо на наших островах», — заявил он.

За обращение проголосовали 31 депутат, против — никто, двое воздержались.

Безвизовые обмены между южными Курилами и Японией действовали с 1992 года на основании соглашения 1991 года; в 1999 году был введён упрощённый порядок поездок бывших японских жителей на места их прежнего проживания. В марте 2022 года МИД России объявил о прекращении безвизовых поездок в ответ на санкции Токио.

В МИД обращение пока не комментировали.
""",
},
# ---------------------------------------------------------------- Q6
{
"key": "q6-lavrov", "feed": "quernstone-wire", "published": "2027-01-19T10:30:00Z",
"title": "Lavrov says Russia could talk to Japan 'when Tokyo abandons hostile course'",
"summary": "Russia's foreign minister said Moscow was not closing the door on Japan but talks, including on a peace treaty, depended on Tokyo dropping sanctions.",
"label": "restatement",
"note": "Conditional ('if Japan ... we will be ready'); Lavrov restates seed positions. Background contains a wrong year (2021), corrected in the next item.",
"byline": "By Pavel Ermolin", "dateline": "MOSCOW, Jan 19 (Quernstone) -",
"credit": "Reporting by Pavel Ermolin; Editing by Simon Archer",
"related": [("lavrov-presser-highlights", "Highlights from Lavrov's annual news conference"), ("russia-asean", "Russia seeks bigger role at ASEAN forums")],
"body": LAVROV_BODY.format(year="2021"),
},
# ---------------------------------------------------------------- Q7
{
"key": "q7-lavrov-corrected", "feed": "quernstone-wire", "published": "2027-01-20T02:00:00Z",
"title": "CORRECTED-Lavrov says Russia could talk to Japan 'when Tokyo abandons hostile course'",
"summary": "Corrects year Russia said it would not continue peace treaty talks to 2022.",
"label": "restatement",
"note": "Corrected re-issue of the Lavrov story; the correction concerns a background date only. Still a restatement.",
"byline": "By Pavel Ermolin", "dateline": "MOSCOW, Jan 19 (Quernstone) -",
"topnote": "(Corrects year Russia said it would not continue peace treaty talks to 2022 from 2021 in paragraph 5)",
"credit": "Reporting by Pavel Ermolin; Editing by Simon Archer",
"related": [("lavrov-presser-highlights", "Highlights from Lavrov's annual news conference")],
"body": LAVROV_BODY.format(year="2022"),
},
# ---------------------------------------------------------------- I6
{
"key": "i6-column", "feed": "inovostok-ru", "published": "2027-02-15T05:00:00Z",
"title": "Японский политолог: «северные территории» тихо ушли с повестки — и это выбор самого Токио",
"summary": "Перевод колонки из японского общественно-политического журнала о том, как изменилось место территориального вопроса в политике Японии.",
"label": "restatement",
"note": "Background-heavy column listing old developments with dates (2016 Nagato, 2018 Singapore, 2022 walkout, Aug 2025 JEA note, Sep 2025 launch, 2026 Starlink ban and delay). No new fact.",
"section": "Колонки", "section_slug": "columns",
"source": "Источник: ежемесячный журнал «Гайко то сякай» (Токио), мартовский номер 2027 г. Перевод с японского: Ольга Тамура.",
"tags": ["Япония", "Россия", "северные территории", "аналитика"],
"body": """
Автор колонки — профессор международных отношений одного из частных университетов Токио Кэнъити Морикава. Приводим её с небольшими сокращениями.

Ещё десять лет назад «северные территории» были одной из главных тем японской дипломатии. В декабре 2016 года в Нагато лидеры договорились о совместной хозяйственной деятельности на островах, в 2018 году в Сингапуре — ускорить переговоры на основе Совместной декларации 1956 года. Казалось, что-то сдвинулось.

Всё, что произошло после марта 2022 года, когда Москва объявила, что не будет продолжать переговоры о мирном договоре, было движением в одну сторону. В августе 2025 года российский МИД нотой известил Токио, что договорённости Нагато «утратили силу». В сентябре того же года с Итурупа впервые была запущена боевая ракета. В 2026 году Россия запретила японским рыбакам пользоваться спутниковой связью Starlink в водах вокруг островов, а затем на один сезон отложила запрет.

Каждый раз Токио отвечал одной и той же фразой: «несовместимо с нашей позицией», «неприемлемо», «выражаем протест». Но за этими словами не стоит ни стратегии, ни даже попытки её сформулировать.

Я не призываю к уступкам. Санкции против России — правильный выбор. Но правительство фактически перевело территориальный вопрос в режим «управляемой заморозки»: он упоминается раз в год, 7 февраля, и в ответах на депутатские запросы. Между тем бывшим жителям островов в среднем почти 90 лет.

Если Токио считает, что время работает на него, он должен это объяснить. Если нет — он должен признать, что выбор молчания тоже является выбором.
""",
},
# ---------------------------------------------------------------- E3
{
"key": "e3-weekly196", "feed": "easternseas-weekly", "published": "2027-03-06T09:00:00Z",
"title": "Eastern Seas Weekly No. 196: Kuril Lake's sockeye call, a thin ice year, and life at the bottom of the Kuril-Kamchatka Trench",
"summary": "A science-and-nature issue: a Kamchatka salmon forecast, the Sea of Okhotsk's shrinking ice, and what lives 8,000 metres down.",
"label": "off_topic",
"note": "Look-alikes only: Kurilskoye Lake (Kamchatka), the Kuril-Kamchatka Trench, Kuril cherry; nothing about the islands' status or the treaty.",
"likes": 17, "ncomments": 1,
"comments": [("R. Ivanova", "The trench piece was lovely. More of these, please.")],
"body": """
No politics this week, I promise. Three stories about the sea itself.

## 1. Kuril Lake's sockeye call

Scientists in Petropavlovsk have published their forecast for Kurilskoye Lake in southern Kamchatka, one of the largest sockeye spawning grounds in Asia. They expect a run slightly below last year's, but still above the long-term average. The lake takes its name, like the island chain to the south, from the old Russian word for the Ainu who lived along these coasts.

## 2. A thin ice year

The Sea of Okhotsk's sea ice peaked this winter at one of the lowest extents in the satellite record. Drift ice reached Abashiri nearly two weeks later than usual, and the Shiretoko tour operators who sell "drift-ice walks" cancelled a fifth of their bookings. Oceanographers point to warm water in the Kuril Basin in autumn.

## 3. Life at the bottom

A paper out this week describes amphipods and a previously unrecorded snailfish filmed at more than 8,000 metres in the Kuril-Kamchatka Trench, the deep gash in the Pacific floor east of the island chain. The footage is worth a look; the snailfish appears entirely unbothered.

## Also noted

- Nemuro's famous Kuril cherry at Seiryuji temple, the city's official blossom specimen tree, is expected to flower in early May.
""",
},
# ---------------------------------------------------------------- D3
{
"key": "d3-senkaku", "feed": "dotosokuho-ja", "published": "2027-03-16T03:00:00Z",
"title": "尖閣周辺の領海に中国海警局の船4隻が侵入　今年3回目　海保が退去要求",
"summary": "沖縄県・尖閣諸島周辺の日本の領海に16日朝、中国海警局の船4隻が相次いで侵入した。領海侵入は今年に入って3回目。",
"label": "off_topic",
"note": "Look-alike: another territorial dispute (Senkaku), with 'territory', 'protest', 'islands'; nothing about Russia or the Kurils.",
"section": "全国・国際", "section_slug": "zenkoku", "byline": "（東京支社）",
"related": ["根室海峡の流氷、今季は早めの離岸", "中標津空港、春の臨時便を運航"],
"body": """
第11管区海上保安本部（那覇）によると、沖縄県・尖閣諸島周辺の日本の領海に16日朝、中国海警局の船4隻が相次いで侵入した。領海侵入は今年に入って3回目。4隻は魚釣島の南西約22キロの海域を航行し、付近で操業していた日本の漁船に接近しようとする動きを見せたため、巡視船が漁船の周囲に入って安全を確保した。

海保は巡視船で領海から出るよう繰り返し警告した。4隻のうち1隻は機関砲のようなものを搭載していたという。

外務省のアジア大洋州局長は同日、在日中国大使館の次席公使に電話で抗議し、速やかな退去を求めた。政府は「尖閣諸島は歴史的にも国際法上も明らかに日本固有の領土であり、現に有効に支配している。解決すべき領有権の問題はそもそも存在しない」との立場を改めて伝えた。

中国外務省の報道官は同日の記者会見で「釣魚島とその付属島しょは中国固有の領土だ。海警局の船は自国の管轄海域で法に基づくパトロールを行った」と反論した。

尖閣周辺の接続水域では、中国海警局の船がほぼ連日確認されている。
""",
},
# ---------------------------------------------------------------- g7a
{
"key": "g7a-concept-ru", "feed": "kurlenta-ru", "published": "2027-04-13T09:00:00Z",
"title": "Путин утвердил новую Концепцию внешней политики: суверенитет над Курилами «не подлежит обсуждению»",
"summary": "В обновлённой Концепции внешней политики России впервые отдельно упомянуты Курильские острова, а Япония названа государством, проводящим недружественный курс.",
"label": "new_development", "group": "g7",
"new_facts": ["Putin approved a new Foreign Policy Concept (13 Apr 2027) that for the first time names the Kuril Islands - sovereignty 'not subject to discussion' - lists Japan among unfriendly states and omits any peace treaty"],
"must_mention": [["концепци"], ["курил"]],
"note": "New official position codified in a top-level document (first mention of the Kurils, Japan named unfriendly, no peace treaty) - more than a restatement of 'sovereignty indisputable'.",
"rubric": "Политика", "byline": "Игорь Ладыгин",
"related": ["Сахалинская облдума попросила МИД не возвращаться к безвизовым обменам с Японией", "Лимаренко: на Курилах в этом году сдадут 300 квартир"],
"body": """
Президент России Владимир Путин подписал указ об утверждении новой редакции Концепции внешней политики Российской Федерации. Документ опубликован на официальном портале правовой информации во вторник.

В разделе, посвящённом Азиатско-Тихоокеанскому региону, впервые отдельно упомянуты Курильские острова. «Суверенитет Российской Федерации над Курильскими островами, являющийся неотъемлемым итогом Второй мировой войны, не подлежит обсуждению», — говорится в тексте.

Япония названа среди государств, «проводящих недружественную политику в отношении Российской Федерации». Россия, согласно документу, будет «последовательно противодействовать наращиванию военного потенциала Японии и её вовлечению в военно-политические блоки, направленные против России». Мирный договор с Японией в новой редакции не упоминается.

Курильские острова в предыдущих редакциях концепции не упоминались.

Губернатор Сахалинской области Валерий Лимаренко назвал новую формулировку «важным сигналом для курильчан». «Теперь это закреплено на уровне основополагающего документа государства», — написал он в своём телеграм-канале.

Официальной реакции Токио пока не последовало.

Напомним, в марте 2022 года Россия отказалась продолжать переговоры с Японией о мирном договоре из-за санкций Токио.
""",
},
# ---------------------------------------------------------------- g7b
{
"key": "g7b-concept-live", "feed": "brightling-live", "published": "2027-04-13T12:00:00Z",
"title": "Russia's new foreign policy concept: live updates as Kremlin names Kurils and Japan",
"summary": "Running coverage. Putin's new Foreign Policy Concept says Russian sovereignty over the Kuril Islands is not up for discussion and lists Japan among unfriendly states.",
"label": "new_development", "group": "g7",
"new_facts": ["Live coverage: Russia's new Foreign Policy Concept names the Kuril Islands (sovereignty not for discussion), calls Japan unfriendly, drops the peace treaty"],
"must_mention": [["concept"], ["kuril"]],
"note": "Live blog reporting g7; same development.",
"byline": "Tomasz Wir",
"entries": [
("11:45", "Tokyo studying the text",
"""Japanese officials say they are studying the document. A formal reaction is expected at the chief cabinet secretary's regular news conference on Wednesday morning."""),
("11:10", "Analyst: 'codifying what was already practice'",
""""Moscow has behaved for five years as if the question were closed. Now it has written that into its highest foreign policy document," said a researcher at a Tokyo think tank. "The omission of any peace treaty is the more telling part." """),
("10:30", "The West, NATO and 'the world majority'",
"""As in the 2023 version, the document describes the United States as the main source of risks to Russia's security and speaks of building relations with the "world majority" of non-Western states."""),
("09:50", "The Kuril line",
"""The concept says: "The sovereignty of the Russian Federation over the Kuril Islands, an integral outcome of the Second World War, is not subject to discussion." It is the first time the islands have been mentioned in the document.

Japan is listed among states pursuing an "unfriendly policy" towards Russia, and the text promises to counter Japan's military build-up. There is no mention of a peace treaty."""),
("09:15", "Decree signed",
"""President Vladimir Putin has signed a decree approving a new edition of Russia's Foreign Policy Concept, replacing the version adopted in 2023. The text has been published on the government's legal information portal."""),
],
},
# ---------------------------------------------------------------- g7c
{
"key": "g7c-concept-ja", "feed": "dotosokuho-ja", "published": "2027-04-14T03:00:00Z",
"title": "ロシア新「外交政策概念」、千島列島の主権「議論の対象外」と明記　官房長官「受け入れられない」",
"summary": "ロシアのプーチン大統領が承認した新たな「外交政策概念」に、千島列島に対するロシアの主権は「議論の対象ではない」との文言が盛り込まれた。政府は14日、「受け入れられない」と反発した。",
"label": "new_development", "group": "g7",
"new_facts": ["Japan rejected the new Russian Foreign Policy Concept's clause that sovereignty over the Kurils is 'not subject to discussion'"],
"must_mention": [["外交政策概念"], ["千島", "北方領土"]],
"note": "Japanese report of g7 with Tokyo's protest; same development.",
"section": "北方領土", "byline": "（東京支社　北原玲奈）",
"related": ["尖閣周辺の領海に中国海警局の船4隻", "スターリンク禁止、今季は猶予"],
"body": """
ロシアのプーチン大統領が13日に承認した新たな「外交政策概念」に、千島列島（クリール諸島）に対するロシアの主権は「第2次世界大戦の不可分の結果であり、議論の対象ではない」との文言が盛り込まれた。同概念がクリール諸島に言及するのは初めて。官房長官は14日午前の記者会見で「北方領土に関する我が国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。

外交政策概念はロシア外交の基本方針を定める文書で、前回の改定は2023年。新たな概念は日本を「ロシアに対して非友好的な政策をとる国」の一つに挙げ、日本の防衛力強化や「反ロシアの軍事・政治ブロックへの関与」に対抗するとした。日本との平和条約への言及はない。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の継続を拒否すると表明。その後も北方四島で軍備の増強を続けている。

外務省幹部は「北方四島を含む千島列島全体を自国領と改めて宣言する内容で、交渉の余地を自ら狭めるものだ」と指摘した。

根室市の元島民の男性（87）は「ロシアは扉を閉めるだけでなく、鍵までかけようとしている」と話した。
""",
},
# ---------------------------------------------------------------- g7d
{
"key": "g7d-weekly202", "feed": "easternseas-weekly", "published": "2027-04-17T09:00:00Z",
"title": "Eastern Seas Weekly No. 202: Moscow writes the Kurils into doctrine, Tokyo says 'unacceptable', and the ice leaves Nemuro",
"summary": "This week: Russia's new foreign policy concept names the islands for the first time; Japan protests; spring comes to the Nemuro Strait.",
"label": "new_development", "group": "g7",
"new_facts": ["Weekly roundup reporting the new Foreign Policy Concept's Kuril clause and Japan's protest"],
"must_mention": [["concept"], ["kuril"]],
"note": "Weekly digest whose lead item reports g7 (group member, no new fact).",
"likes": 26, "ncomments": 2,
"comments": [("T. Ono", "'Doctrine catches up with practice' - exactly."), ("Olga S.", "Interesting that the treaty simply vanished from the text.")],
"body": """
## 1. The concept

On Tuesday Vladimir Putin signed a new edition of Russia's Foreign Policy Concept, the document that sets out how the Kremlin sees the world. Buried in the Asia-Pacific section is a sentence that has never appeared there before: Russian sovereignty over the Kuril Islands, "an integral outcome of the Second World War, is not subject to discussion".

The same section lists Japan among states pursuing an "unfriendly policy" towards Russia and promises to counter its military build-up. What it does not contain is the phrase "peace treaty" — not even as a distant aspiration.

Tokyo's chief cabinet secretary called the clause "unacceptable" on Wednesday morning and said a protest had been lodged.

My read: this is doctrine catching up with practice. Moscow walked out of the treaty talks in March 2022 and has behaved ever since as if the question were closed. Now it has said so in the one document that every Russian diplomat is expected to know by heart.

## 2. Ice out

The last of the drift ice left the Nemuro Strait this week, about ten days earlier than the average. The kelp boats will be out soon.

## Also noted

- The Hokkaido government's spring tourism campaign leans heavily on Shiretoko, where the road to the pass reopens on the 20th.
""",
},
# ---------------------------------------------------------------- P3
{
"key": "p3-chishima-zakura", "feed": "konpoku-ja", "published": "2027-05-10T02:00:00Z",
"title": "千島桜、根室で開花　清隆寺の標本木　平年より4日早く",
"summary": "根室市の清隆寺にある桜の標本木、千島桜が9日に開花した。平年より4日早い。日本で最も遅い桜の便りの一つとして知られる。",
"label": "off_topic",
"note": "Look-alike: the Kuril cherry (千島桜) flowering in Nemuro; mentions the islands only as the tree's native range.",
"section": "くらし・文化", "byline": "（報道部　千葉亜紀）",
"related": ["根室の春の味覚、花咲ガニ漁が解禁", "明治公園のサイロ、春の一般公開始まる"],
"body": """
根室市の清隆寺にある桜の標本木、千島桜が9日に開花した。平年より4日早く、昨年より2日遅い。根室の桜の開花は全国でも最も遅い部類で、毎年、日本列島の「桜前線」の終着点として注目を集める。

千島桜はミネザクラの変種とされ、千島列島や北方四島、北海道の高山などに自生する。背丈が低く、白や薄紅色の小ぶりな花を付けるのが特徴だ。清隆寺の千島桜は樹齢百数十年とされ、市の天然記念物に指定されている。

境内では9日、見頃を前に早くも写真愛好家らが訪れ、枝先にほころんだ花にカメラを向けていた。釧路市から訪れた女性（70）は「小さな花が寒風に耐えて咲く姿がいとおしい」と話した。

同寺によると、見頃は来週半ばごろまで続く見通し。市内の根室公園などでも、千島桜やエゾヤマザクラが順次咲き始める。
""",
},
# ---------------------------------------------------------------- F4
{
"key": "f4-league-appeal", "feed": "fetrans-en", "published": "2027-06-15T06:00:00Z",
"title": "Former islanders ask Tokyo to 'use every channel' for grave visits [translation]",
"summary": "The league of former residents of the Russian-held islands adopted its annual appeal at a general meeting in Sapporo. Translated from Japanese.",
"label": "restatement",
"note": "Annual request; the ministry says there is no prospect. Restates the 2022 termination (seeds 001, 003). No new fact.",
"section": "From Japanese", "translator": "Translated by Jun Sakaki",
"source": "Konpoku Nippo (Nemuro), 14 June 2027 (Japanese).",
"tags": ["Japan", "Northern Territories", "former residents"],
"recent": ["FSB hands over Khabarovsk trial files on Unit 731", "Vladivostok's new bridge tolls", "Korean crab importers and the rouble"],
"body": """
The Chishima Habomai Islands Residents' League, made up of former residents of the four northern islands and their descendants, held its general meeting in Sapporo on the 13th and adopted a resolution asking the government to "use every diplomatic channel" to secure the resumption of visits to family graves on the islands.

According to the league, the number of surviving former residents stood at 3,618 at the end of March, with an average age of 90.4. About 100 people attended the meeting, many of them second- and third-generation members.

"My father died last winter without seeing his island again. I do not want the same to happen to anyone else," said the league's vice-chairwoman, whose family came from Kunashiri.

Grave visits have not been held since 2019. In March 2022 Russia declared that it was ending visa-free exchanges and the visits by former residents, and broke off peace treaty negotiations, in response to Japan's sanctions.

A foreign ministry official who attended told reporters that the government regarded grave visits as "a top priority" and continued to raise them with the Russian side, but that "there is no prospect of a resumption at present".

The resolution will be submitted to the Cabinet Office and the foreign ministry later this month.
""",
},
]
