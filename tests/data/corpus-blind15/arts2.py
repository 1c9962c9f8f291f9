art(id="b29", feed="cobalt-en", published="2025-08-12T07:30:00Z",
 title="Greece protests Turkish survey ship near disputed Aegean islets",
 summary="Athens lodged a protest after a Turkish research vessel operated near the Imia/Kardak islets, reviving a decades-old island dispute.",
 label="off_topic", note="Look-alike: another island dispute (Aegean).",
 body="""ATHENS - Greece on Tuesday summoned Turkey's ambassador after a Turkish research vessel spent two days surveying waters near the Imia islets, which Turkey calls Kardak, in the eastern Aegean.

"These actions undermine the positive climate between the two countries," the Greek Foreign Ministry said in a statement. Ankara said the vessel was operating in international waters and accused Athens of "maximalist claims."

The two NATO allies nearly went to war over the uninhabited rocks in 1996. Relations had improved in recent years, with leaders pledging to settle disputes through dialogue.

The latest incident comes weeks before the two sides were due to resume exploratory talks on maritime boundaries.""")

art(id="b30", feed="strezhen-ru", published="2025-08-28T12:00:00Z",
 title="Мнение: Курилы — не предмет торга, и Токио пора это признать",
 summary="Политолог считает, что Японии стоит отказаться от территориальных претензий, если она хочет когда-нибудь вернуться к разговору о мирном договоре.",
 label="restatement", author="Игорь Савельев, политолог",
 note="Opinion piece restating Russia's position (sovereignty undisputed; talks impossible under sanctions).",
 body="""Каждый раз, когда в Токио говорят о «возвращении северных территорий», в Москве слышат одно и то же: Япония так и не смирилась с итогами Второй мировой войны.

Позиция России предельно ясна и не менялась годами. Суверенитет над южными Курилами закреплён международно-правовыми документами и не может быть поставлен под сомнение. Переговоры о мирном договоре прекращены в 2022 году по вине самого Токио, который присоединился к санкциям и встал на сторону Киева. В начале прошлого года замглавы МИД прямо сказал: возобновление диалога категорически невозможно.

Можно ли представить себе возвращение к столу переговоров? Теоретически — да. Но только если Япония откажется от враждебного курса. Пока же японские политики предпочитают ритуальные митинги 7 февраля реальной дипломатии.

Курилы — не предмет торга. Чем раньше в Токио это признают, тем быстрее наши страны смогут говорить о чём-то действительно важном.

Мнение автора может не совпадать с позицией редакции.""")

art(id="b31", feed="zastava-ru", published="2025-09-16T05:00:00Z",
 title="Россия приостановила обмен данными о цунами с Японией",
 summary="Передача показаний курильских сейсмостанций японской стороне прекращена «до особого распоряжения». В Москве связали решение с новым пакетом японских санкций.",
 label="status_change", group="g5-tsunami-suspended",
 new_facts=["Россия приостановила обмен данными о землетрясениях и цунами с Японией (договорённость марта 2025 г.)"],
 must_mention=[["цунами"], ["приостанов", "прекращ"]],
 note="Status change: the tsunami data exchange agreed in March (g4) is halted.",
 body="""Сахалинский филиал Геофизической службы РАН с 15 сентября прекратил передачу данных курильских сейсмических станций и мареографов в Японское метеорологическое агентство. Как стало известно «Курильской заставе», соответствующее уведомление было направлено японской стороне в понедельник.

Обмен данными о землетрясениях и цунами в реальном времени стороны согласовали в марте. Это была первая с 2022 года двусторонняя договорённость.

Источник в профильном ведомстве пояснил, что действие договорённости приостановлено «до особого распоряжения». В МИД России решение связали с принятым в начале сентября новым пакетом японских санкций, в который вошли, в частности, научные учреждения Дальнего Востока.

«Когда Токио вносит в санкционные списки наши институты, странно ожидать, что эти же институты будут бесплатно работать на японскую систему предупреждения», — заявил собеседник.

Российская служба предупреждения о цунами продолжит работу в обычном режиме, подчеркнули в филиале.""")

art(id="b32", feed="ironbark-en", published="2025-09-16T10:20:00Z",
 title="Russia halts tsunami data sharing with Japan, citing new sanctions",
 summary="Moscow has suspended the real-time exchange of seismic and sea-level data agreed with Tokyo in March, six months after the arrangement took effect.",
 label="status_change", group="g5-tsunami-suspended",
 new_facts=["Russia suspended the real-time seismic/tsunami data exchange with Japan agreed in March 2025"],
 must_mention=[["tsunami"], ["halt", "suspend"]],
 note="English report of the suspension; same group.",
 body="""MOSCOW/TOKYO, Sept 16 (Ironbark) - Russia has stopped sending real-time earthquake and tide-gauge readings from the Kuril Islands to Japan, suspending one of the few cooperative arrangements the two countries had agreed since 2022.

Japan's Meteorological Agency confirmed on Tuesday that data from about 20 Russian stations had stopped arriving on Monday. A JMA official said Japan's tsunami warnings would not be affected in substance but could be "slightly less precise" for earthquakes near the islands.

A Russian official linked the decision to a sanctions package Tokyo adopted earlier this month that included several Russian Far Eastern research institutes.

"It is regrettable that a humanitarian arrangement has been politicised," Japan's top government spokesman said.

The arrangement was signed in March between the JMA and the Sakhalin branch of the Russian Academy of Sciences' Geophysical Survey.""")

art(id="b33", feed="shinonome-ja", published="2025-09-17T01:50:00Z",
 title="ロシア、津波観測データの提供停止　日本の追加制裁に対抗か",
 summary="千島列島の観測点から気象庁への地震・潮位データの送信が15日から止まった。ロシア側は日本の追加制裁を理由に挙げている。",
 label="status_change", group="g5-tsunami-suspended",
 new_facts=["ロシアが津波観測データの日本への提供を停止（3月の交換合意が中断）"],
 must_mention=[["津波"], ["停止"]],
 note="Japanese report of the suspension; same group.",
 body="""気象庁は16日、ロシア科学アカデミー地球物理調査局サハリン支部から即時に送られていた千島列島の地震計・潮位計のデータが、15日から途絶えていると明らかにした。ロシア側から「当面停止する」との通知があったという。

両国は3月、津波警報の精度向上を目的に観測データを即時に交換することで合意し、4月から運用していた。2022年以降、ほぼ唯一の日ロ間の新たな協力の枠組みだった。

ロシア外務省筋は、日本政府が今月初めに決定した追加制裁で極東の研究機関が対象に含まれたことを理由に挙げている。

林芳正官房長官は記者会見で「人命に関わる協力が政治問題化されたことは遺憾だ」と述べた。気象庁は、国内の観測網で津波警報の発表に支障はないとしている。""")

art(id="b34", feed="saltmarsh-en", published="2025-10-07T08:45:00Z",
 title="Kurilian Bobtail takes best in show at London cat fair",
 summary="A Kurilian Bobtail named Ostrov became the first of its breed to win the top prize at the capital's largest cat show.",
 label="off_topic", note="Look-alike: breed named after the Kuril Islands; no political content.",
 body="""LONDON - A stocky, pom-pom-tailed cat called Ostrov has won best in show at the London Feline Fair, the first Kurilian Bobtail to take the title in the event's 40-year history.

The breed, said to originate on the Kuril Islands and Sakhalin, is known for its short, kinked tail and its fondness for water. "They fish, they swim, they follow you around like dogs," said Ostrov's owner, a retired teacher from Surrey.

Breeders say interest in the Kurilian Bobtail has grown in Britain since it was recognised by the Governing Council of the Cat Fancy a few years ago. Kittens now have waiting lists of up to a year.

Ostrov, aged four, celebrated with a nap.""")

art(id="b35", feed="muteki-ja", published="2025-10-14T03:30:00Z",
 title="択捉島に「イスカンデル」配備か　防衛省が確認、北方領土で初",
 summary="防衛省は、ロシア軍が択捉島に短距離弾道ミサイル「イスカンデルM」を配備したとみられると明らかにした。北方領土への配備が確認されたのは初めて。",
 label="new_development", group="g6-iskander-iturup",
 new_facts=["防衛省が択捉島へのロシアの短距離弾道ミサイル「イスカンデルM」配備を確認（北方領土で初）"],
 must_mention=[["イスカンデル", "弾道ミサイル"], ["択捉"]],
 note="First report (Japanese): Iskander-M deployed on Iturup.",
 body="""防衛省は14日、ロシア軍が北方領土・択捉島に短距離弾道ミサイルシステム「イスカンデルM」を配備したとみられると発表した。衛星画像などの分析で、同島中部の天寧（ブレベスニク）飛行場近くに発射機とみられる車両を複数確認したという。北方領土へのイスカンデル配備が確認されたのは初めて。

イスカンデルMは射程約500キロで、核弾頭も搭載可能とされる。択捉島から北海道東部のほぼ全域が射程に入る。

中谷元防衛相は記者会見で「北方領土におけるロシア軍の軍備強化は、わが国の立場と相いれない」と述べ、外交ルートを通じて抗議したことを明らかにした。

ロシアは2016年に地対艦ミサイル「バスチオン」「バル」を択捉・国後両島に配備するなど、島々の軍事拠点化を進めている。""")

art(id="b36", feed="strezhen-ru", published="2025-10-15T06:15:00Z",
 title="На Итурупе развернули «Искандеры»: в Токио выразили протест",
 summary="Ракетная бригада Восточного военного округа перебросила на Итуруп подразделение оперативно-тактических комплексов «Искандер-М», сообщил источник в Минобороны.",
 label="new_development", group="g6-iskander-iturup",
 new_facts=["На Итуруп переброшено подразделение ОТРК «Искандер-М»; Япония выразила протест"],
 must_mention=[["искандер"], ["итуруп"]],
 note="Russian report of the Iskander deployment; same group.",
 body="""ЮЖНО-САХАЛИНСК, 15 октября. /«Стрежень»/. Подразделение ракетной бригады Восточного военного округа, вооружённое оперативно-тактическими комплексами «Искандер-М», размещено на острове Итуруп. Об этом агентству сообщил источник в Министерстве обороны.

По его словам, переброска техники морем завершилась в конце сентября, расчёты приступили к несению службы. «Это плановая мера по укреплению обороны дальневосточных рубежей в ответ на наращивание военной активности США и Японии в регионе», — сказал собеседник.

Накануне министр обороны Японии Гэн Накатани заявил, что Токио зафиксировал появление комплексов на острове и направил протест по дипломатическим каналам.

В Кремле от комментариев отказались, заметив лишь, что размещение войск на собственной территории — суверенное право России.""")

art(id="b37", feed="cobalt-en", published="2025-10-16T09:00:00Z",
 title="Iskander missiles on Iturup: what Russia's latest move on the disputed islands means",
 summary="Russia's deployment of nuclear-capable Iskander-M launchers to Iturup puts most of eastern Hokkaido in range and marks a new step in the militarisation of the islands.",
 label="new_development", group="g6-iskander-iturup",
 new_facts=["Russia deployed Iskander-M short-range ballistic missile launchers to Iturup; Japan protested"],
 must_mention=[["iskander"], ["iturup"]],
 note="English analysis-report of the Iskander deployment; same group.",
 body="""For years Russia's military build-up on the islands Japan claims was about defending them: anti-ship missiles, air defences, new barracks. The arrival of Iskander-M launchers on Iturup, confirmed this week by both Tokyo and a Russian defence source, is different.

The Iskander is an offensive weapon. With a range of around 500 km and the ability to carry a nuclear warhead, launchers at Burevestnik airfield on Iturup could reach Kushiro, Obihiro and much of eastern Hokkaido.

Japan's Defence Minister Gen Nakatani said Tokyo had protested. A Russian source described the move as a "planned measure" in response to US and Japanese military activity.

"It is a signal aimed at the US-Japan alliance as much as at Tokyo," said a Tokyo-based security analyst. "It tells Japan that the islands are a forward military position, not a bargaining chip."

Russia first deployed Bastion and Bal coastal missile systems on Iturup and Kunashir in 2016.""")

art(id="b38", feed="ironbark-en", published="2025-11-18T04:40:00Z",
 title="Russian official: tsunami data link with Japan will not be restored while sanctions stay",
 summary="A Russian deputy foreign minister said the suspended seismic data exchange would not resume under current conditions, dashing Japanese hopes for a quick fix.",
 label="restatement", note="Says the halted data exchange will NOT resume: restates the g5 suspension; no status change. Must not alert.",
 body="""MOSCOW, Nov 18 (Ironbark) - Russia does not intend to restore the exchange of tsunami warning data with Japan as long as Tokyo's sanctions remain in place, Deputy Foreign Minister Andrey Rudenko said on Tuesday.

"There are no grounds to resume it. The Japanese side knows perfectly well what caused the suspension," Rudenko told reporters when asked whether the exchange, halted in September, might be revived before winter.

Japanese officials had privately expressed hope that the arrangement, which they view as humanitarian, could be separated from politics. Rudenko rejected that idea. "One cannot sanction our scientific institutes on Monday and ask for their data on Tuesday," he said.

He added that the wider situation was unchanged: there is no dialogue on a peace treaty, and none is possible while Japan pursues what he called an anti-Russian course.""")

art(id="b39", feed="fenwick-en", published="2025-12-09T10:00:00Z",
 title="Japanese buyers quietly extend Sakhalin-2 LNG contracts",
 summary="Two Japanese utilities have extended long-term purchase agreements for liquefied natural gas from the Sakhalin-2 project, despite Western sanctions on Russia.",
 label="off_topic", note="Unrelated Japan-Russia economic news (Sakhalin energy); not about the treaty or the Kurils.",
 body="""Two Japanese power companies have extended contracts to buy liquefied natural gas from Russia's Sakhalin-2 project for up to five more years, according to people familiar with the matter.

Japan imports around 9 percent of its LNG from Sakhalin-2, and Tokyo has repeatedly argued that the supplies are vital to its energy security. The project is exempt from US sanctions under a licence that Washington has renewed several times.

"Replacing Sakhalin volumes quickly would push up electricity prices for households," said an executive at one of the utilities.

Japan's trade ministry declined to comment on the contracts, saying they were commercial matters. Mitsui and Mitsubishi retain stakes in the project.""")

art(id="b40", feed="zastava-ru", published="2026-01-20T03:25:00Z",
 title="Губернатор Хоккайдо призвал Москву разрешить бывшим жителям посещать могилы на островах",
 summary="Губернатор Хоккайдо Наомити Судзуки обратился к российской стороне с просьбой о гуманитарном жесте в преддверии «Дня северных территорий».",
 label="restatement", note="Request form: asks Russia to allow grave visits; nothing allowed, state unchanged (visits remain halted).",
 body="""Губернатор японского Хоккайдо Наомити Судзуки обратился к российской стороне с просьбой разрешить бывшим жителям южных Курил и их потомкам посещать могилы предков на островах. Обращение прозвучало на встрече с представителями общественных организаций в Саппоро.

«Средний возраст бывших жителей превысил 89 лет. Мы просим российскую сторону проявить гуманность хотя бы в вопросе посещения могил», — заявил он.

Поездки японцев на южные Курилы по упрощённой схеме прекращены Россией в 2022 году вместе с безвизовыми обменами. Японская сторона с тех пор неоднократно обращалась с подобными просьбами.

В генконсульстве России в Саппоро «Курильской заставе» ответили, что позиция Москвы известна и не изменилась. «Все решения были приняты в ответ на недружественные действия Токио», — сказал дипломат.""")

art(id="b41", feed="shinonome-ja", published="2026-02-07T06:00:00Z",
 title="返還運動、誰が受け継ぐ　元島民の平均年齢90歳目前　「北方領土の日」",
 summary="「北方領土の日」を迎え、東京で全国大会が開かれた。高市首相は平和条約締結の方針を改めて表明した。",
 label="restatement", note="Anniversary piece; restates Japan's policy and the halted exchanges. No new measure.",
 body="""元島民の平均年齢が90歳に迫るなか、返還運動を誰が受け継ぐのか――。「北方領土の日」の7日、東京都内で開かれた北方領土返還要求全国大会は、そんな問いを突きつける場となった。

高市早苗首相はあいさつで「領土問題を解決して平和条約を締結するとの方針に揺るぎはない」と述べた。ただ、ロシアが2022年に交渉継続を拒否して以降の膠着を打開する具体策には触れなかった。

会場では元島民の孫の世代にあたる大学生が「祖父から聞いた島の話を、今度は自分が伝えたい」と語った。一方、千島歯舞諸島居住者連盟の関係者は「後継者の数は年々減っている。運動の形も変わらざるを得ない」と危機感を示した。

ビザなし交流や自由訪問は停止したままで、昨夏の中学生による国後島訪問は「今回限り」とされた。""")

art(id="b42", feed="strezhen-ru", published="2026-03-10T07:30:00Z",
 title="На Кунашире снесут «Дом дружбы», построенный Японией",
 summary="Администрация Южно-Курильского округа приняла решение о сносе здания, служившего гостиницей для японских делегаций по линии безвизовых обменов. На его месте построят детский центр.",
 label="new_development", group="g7-friendship-house",
 new_facts=["Власти Южно-Курильского округа решили снести построенный Японией «Дом дружбы» на Кунашире и построить на его месте детский центр"],
 must_mention=[["дом дружбы"], ["снос", "снес"]],
 note="First report (Russian): the Japan-built Friendship House on Kunashir to be demolished - an end of a facility (administrative measure).",
 body="""ЮЖНО-КУРИЛЬСК, 10 марта. /«Стрежень»/. Здание «Дома японско-российской дружбы» в Южно-Курильске будет снесено. Соответствующее постановление подписал глава Южно-Курильского муниципального округа, сообщили в администрации.

Двухэтажное здание было построено на средства японского правительства в 1999 году и до 2020 года использовалось как гостиница и место встреч для японских делегаций, приезжавших по программе безвизовых обменов. Местные жители называют его «домом Мунэо» — по имени японского политика Мунэо Судзуки, лоббировавшего проект.

«Здание в аварийном состоянии и шесть лет не используется по назначению. Содержать его за счёт бюджета округа нецелесообразно», — пояснили в администрации. На освободившемся участке планируется построить детский досуговый центр; снос намечен на июнь.

Японская сторона, по имеющимся данным, о решении официально не уведомлялась.""")

art(id="b43", feed="muteki-ja", published="2026-03-11T02:10:00Z",
 title="国後島の「友好の家」解体へ　通称ムネオハウス　ロシア側が決定",
 summary="日本政府の支援で国後島に建てられた「日本人とロシア人の友好の家」を、ロシアの地元当局が解体する方針を決めた。",
 label="new_development", group="g7-friendship-house",
 new_facts=["国後島の「日本人とロシア人の友好の家」（ムネオハウス）をロシア地元当局が解体へ"],
 must_mention=[["友好の家", "ムネオハウス"], ["解体"]],
 note="Japanese report of the Friendship House demolition; same group.",
 body="""北方領土・国後島の古釜布（ユジノクリリスク）にある「日本人とロシア人の友好の家」について、ロシアの南クリル地区行政府が解体する方針を決めたことが分かった。跡地には子ども向けの施設を建てる計画という。

友好の家は1999年、日本政府の支援事業で建設された。ビザなし交流の訪問団の宿泊や、島民との交流の場として使われ、建設に関わった鈴木宗男氏の名前から「ムネオハウス」と呼ばれた。

ロシアが2022年にビザなし交流の停止を表明して以降、日本側の訪問団は同施設を利用できていなかった。

外務省幹部は「事実関係を確認している。日本の支援で建てられた施設であり、一方的な措置は遺憾だ」と話した。根室市の元島民は「交流の象徴がなくなるのは寂しい。再開の日を信じてきたのに」と肩を落とした。""")

art(id="b44", feed="saltmarsh-en", published="2026-04-14T09:00:00Z",
 title="Falklands: Argentina renews sovereignty claim on anniversary of 1982 war",
 summary="Argentina's foreign minister called on Britain to reopen negotiations over the islands, which London says are not up for discussion.",
 label="off_topic", note="Look-alike: another island dispute with 'not up for discussion' language.",
 body="""BUENOS AIRES - Argentina has renewed its claim to the Falkland Islands, which it calls the Malvinas, urging Britain to return to the negotiating table on the anniversary of the 1982 war.

"Dialogue is the only path, and we are ready for it," Argentina's foreign minister said at a ceremony in Ushuaia. Britain's Foreign Office replied that the islanders' right to self-determination was "not up for discussion," citing a 2013 referendum in which 99.8 percent voted to remain British.

The war, which lasted 74 days, killed 649 Argentine and 255 British servicemen and three islanders.

Relations between London and Buenos Aires have improved in trade and fisheries, but the sovereignty dispute remains frozen.""")
