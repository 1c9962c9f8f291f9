art(id="b45", feed="cobalt-en", published="2026-05-19T08:00:00Z",
 title="Is Moscow softening on Japan? Reading the tea leaves",
 summary="A milder tone from some Russian officials has fuelled speculation in Tokyo. A closer look suggests little has changed.",
 label="neutral", note="Borderline analysis: speculates about a thaw, reviews known positions; no new official act.",
 body="""Is the ice beginning to crack? In recent weeks some Japanese commentators have pointed to a handful of straws in the wind: a Russian diplomat in Tokyo speaking of "pragmatic contacts," a conciliatory line in a Russian think-tank report, and the fact that Moscow has not yet carried out every retaliation it threatened.

A closer look suggests caution. Russia's official line - that there can be no peace treaty talks while Japan maintains sanctions - has been repeated without variation since 2022. The visa-free exchanges remain suspended. A tsunami data link agreed last year was halted within six months, and Russian officials said it would not be restored while sanctions stayed.

"There is a difference between tone and policy," said a former Japanese ambassador. "The tone has been slightly softer. The policy has not moved an inch."

Others note that Russia may want to keep channels open with an eye on a post-war settlement in Ukraine. If so, the first signs are more likely to appear in practical areas - fisheries, disaster response, grave visits - than in the grand question of the islands.""")

art(id="b46", feed="zastava-ru", published="2026-06-02T05:40:00Z",
 title="На Курильском озере на Камчатке ограничили посещение из-за медведей",
 summary="В Южно-Камчатском заказнике временно закрыли туристические маршруты у Курильского озера: медведи слишком активны.",
 label="off_topic", note="Look-alike: Kurile Lake in Kamchatka, not the Kuril Islands; no dispute content.",
 body="""ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ. Посещение Курильского озера в Южно-Камчатском федеральном заказнике временно ограничено. Как сообщили в дирекции «Кроноцкого заповедника», решение принято из-за высокой активности бурых медведей.

По словам инспекторов, в последние дни звери неоднократно подходили к экологической тропе и смотровым площадкам. «Нерка ещё не подошла, медведи голодные и непредсказуемые», — пояснил сотрудник заказника.

Курильское озеро — одно из крупнейших в мире нерестилищ нерки и место самой большой концентрации медведей в Евразии. Ежегодно его посещают несколько тысяч туристов, в основном вертолётными экскурсиями.

Маршруты планируют открыть после начала нерестового хода, ориентировочно в середине июля.""")

art(id="b47", feed="muteki-ja", published="2026-06-30T02:00:00Z",
 title="納沙布岬の来訪者、コロナ前の水準に回復　「北方館」は展示を一新",
 summary="根室市の納沙布岬を訪れる観光客が回復傾向にある。北方領土を望む資料館「北方館」は展示をリニューアルした。",
 label="neutral", note="Borderline local piece: visitor numbers and a museum exhibit refresh near the islands; no new policy.",
 body="""【根室】本土最東端の納沙布岬を訪れる人が増えている。根室市によると、今年1～5月の来訪者は前年同期比約15％増で、新型コロナウイルス禍前の水準にほぼ戻った。

岬にある北方領土資料館「北方館」は今春、展示を一新した。元島民の証言映像を大型スクリーンで流すコーナーを新設し、2024年に国土地理院の地形図に収録された島々の地名を、元島民の声で紹介するパネルも加えた。

館の担当者は「北方四島まで3.7キロの距離を実感してもらい、元島民の思いを知ってほしい」と話す。望遠鏡からは歯舞群島の貝殻島灯台がはっきりと見える。

7月には元島民による語り部の会も予定されている。""")

art(id="b48", feed="fenwick-en", published="2026-07-14T07:30:00Z",
 title="After Urup quake, Russia switches tsunami data feed to Japan back on",
 summary="Ten months after suspending it, Russia has restored the real-time exchange of seismic and sea-level readings with Japan, days after a magnitude 7.4 earthquake near the Kurils.",
 label="status_change", group="g8-tsunami-resumed",
 new_facts=["Russia resumed the real-time tsunami/seismic data exchange with Japan, suspended since September 2025"],
 must_mention=[["tsunami"], ["resum", "restor", "back on"]],
 note="Status change: the exchange halted in g5 is resumed (despite the earlier 'will not resume' statement).",
 body="""The earthquake struck at 3.12 a.m. on July 8, about 60 km off the island of Urup in the central Kurils. It measured 7.4, and the tsunami it produced was small - 40 centimetres at Nemuro. But it reminded both countries how close together they live on the same fault.

On Monday, Japan's Meteorological Agency said readings from Russian seismometers and tide gauges in the Kuril Islands had started arriving again, ten months after Moscow suspended the exchange in response to Japanese sanctions. A Russian notice said transmission had been "restored in full."

"We welcome it. This is about protecting lives on both sides," a JMA official said.

The Sakhalin branch of the Russian Academy of Sciences' Geophysical Survey confirmed the resumption, saying the decision had been taken "on humanitarian grounds, given the seismic situation."

In November, Russia's deputy foreign minister had said there were no grounds to restore the link while sanctions remained. Tokyo has not lifted any of them. Japanese officials said the move should not be read as a broader thaw.""")

art(id="b49", feed="shinonome-ja", published="2026-07-14T09:45:00Z",
 title="津波観測データの交換、10カ月ぶり再開　ロシア側「人道上の理由」",
 summary="昨年9月からロシア側が停止していた千島列島の地震・潮位データの日本への提供が再開された。得撫島沖の地震を受けた措置とみられる。",
 label="status_change", group="g8-tsunami-resumed",
 new_facts=["ロシアが停止していた津波観測データの日本への提供を約10カ月ぶりに再開"],
 must_mention=[["津波"], ["再開"]],
 note="Japanese report of the resumption; same group.",
 body="""気象庁は14日、ロシア側が昨年9月から停止していた千島列島の地震計・潮位計データの即時提供が、13日から再開されたと発表した。約10カ月ぶり。ロシア科学アカデミー地球物理調査局サハリン支部から「人道上の理由により全面的に再開する」との通知があったという。

千島列島中部の得撫（ウルップ）島沖では8日、マグニチュード7.4の地震が発生し、根室市で40センチの津波を観測した。データの途絶で、島々に近い震源の地震では警報の精度が落ちる懸念が指摘されていた。

木原官房長官は記者会見で「再開を歓迎する」と述べた。一方、政府高官は「日ロ関係全体の改善につながるかは見通せない」と慎重な見方を示した。

両国は2025年3月にデータ交換で合意したが、ロシア側は日本の追加制裁に反発して同年9月に停止していた。""")

art(id="b50", feed="strezhen-ru", published="2026-07-15T04:20:00Z",
 title="Обмен данными о цунами с Японией возобновлён",
 summary="Сахалинский филиал ГС РАН вновь передаёт японским коллегам показания курильских станций. Решение принято после сильного землетрясения у Урупа.",
 label="status_change", group="g8-tsunami-resumed",
 new_facts=["Россия возобновила передачу Японии данных о землетрясениях и цунами, приостановленную в сентябре 2025 г."],
 must_mention=[["цунами"], ["возобнов"]],
 note="Russian report of the resumption; same group.",
 body="""ЮЖНО-САХАЛИНСК, 15 июля. /«Стрежень»/. Передача данных курильских сейсмостанций и мареографов в Японское метеорологическое агентство возобновлена в полном объёме. Об этом сообщил директор Сахалинского филиала Геофизической службы РАН.

«После землетрясения 8 июля у Урупа стало очевидно, что отсутствие обмена создаёт риски для населения по обе стороны пролива. Решение принято по гуманитарным соображениям», — сказал он.

Обмен, согласованный в марте 2025 года, был приостановлен в сентябре того же года в ответ на включение российских научных учреждений в японские санкционные списки.

В МИД России подчеркнули, что возобновление касается исключительно технического взаимодействия. «Оценка политики Токио не изменилась», — отметил собеседник агентства.""")

art(id="b51", feed="ironbark-en", published="2026-08-25T11:00:00Z",
 title="Kremlin: restored tsunami link is no step towards peace treaty talks",
 summary="Kremlin spokesman Dmitry Peskov dismissed suggestions that the renewed data exchange could pave the way for negotiations with Japan.",
 label="restatement", note="Negates a link: treaty talks still impossible; restates the seed position and the g8 resumption. No new fact.",
 body="""MOSCOW, Aug 25 (Ironbark) - Could a technical agreement on tsunami warnings be the first step back to the negotiating table? Not according to the Kremlin.

"I would not draw any far-reaching conclusions," Dmitry Peskov told reporters on Monday when asked about Japanese media reports that the restored seismic data exchange signalled a thaw. "This is a humanitarian matter. As for a peace treaty, I have said many times that negotiations under current conditions are impossible."

Peskov said the responsibility for the state of relations lay with Tokyo, which "chose an anti-Russian course."

Japan's government has also played down the significance of the resumption, which came after a strong earthquake near the central Kurils in July.""")

art(id="b52", feed="zastava-ru", published="2026-09-03T02:30:00Z",
 title="На Курилах отметили годовщину окончания Второй мировой войны",
 summary="В Курильске, Южно-Курильске и Малокурильском прошли памятные мероприятия. Ветеранские организации напомнили о Курильской десантной операции 1945 года.",
 label="restatement", note="Anniversary/occasion piece; restates that the islands became Soviet after WWII and sovereignty is undisputed.",
 body="""3 сентября жители Курил отметили День окончания Второй мировой войны. В Курильске, Южно-Курильске и Малокурильском прошли митинги, к памятникам воинам-освободителям возложили цветы.

На митинге в Южно-Курильске глава округа напомнил о Курильской десантной операции августа 1945 года. «Острова стали советскими по итогам войны, и это закреплено международными документами. Никто не вправе ставить это под сомнение», — сказал он.

В школах прошли уроки мужества, а в районном музее открылась выставка фотографий 1945–1946 годов.

В Японии этот день не отмечается. Токио продолжает называть Итуруп, Кунашир, Шикотан и острова Хабомаи «северными территориями» и требует их возвращения, а мирный договор между странами так и не подписан.""")

art(id="b53", feed="saltmarsh-en", published="2026-10-13T06:20:00Z",
 title="Tokyo denies it is weighing a 'two-island' compromise with Moscow",
 summary="Japan's foreign minister rejected a magazine report that the government was studying a deal based on the 1956 declaration, saying policy was unchanged.",
 label="restatement", note="Denial/question form; restates Japan's unchanged policy. No new position or talks.",
 body="""TOKYO - Is Japan quietly preparing to settle for two of the four islands? No, its foreign minister said on Tuesday.

Responding to a weekly magazine report that officials had drawn up options based on the 1956 Soviet-Japanese Joint Declaration, which mentions the handover of Shikotan and the Habomai islets after a peace treaty, the minister said: "There is no such study. Our policy of resolving the question of the attribution of the four islands and concluding a peace treaty remains unchanged."

He added that there were in any case no negotiations to speak of. Russia broke off peace treaty talks in March 2022 and has since said a resumption is impossible.

The magazine, citing unnamed officials, had said the options were prepared "for a future in which talks restart."

Analysts said the report reflected frustration in some quarters with a policy that has produced no movement in four years.""")

art(id="b54", feed="cobalt-en", published="2026-11-17T10:10:00Z",
 title="Armenia and Azerbaijan sign peace treaty, ending decades of conflict",
 summary="The two South Caucasus neighbours signed a long-negotiated peace treaty, establishing diplomatic relations and recognising each other's borders.",
 label="off_topic", note="Look-alike: another peace treaty (Armenia-Azerbaijan).",
 body="""The leaders of Armenia and Azerbaijan have signed a peace treaty, formally ending more than 35 years of conflict between the two South Caucasus neighbours.

The 17-article treaty commits both sides to recognising each other's territorial integrity, establishing diplomatic relations and withdrawing claims against each other in international courts. It must still be ratified by both parliaments.

"Today we turn a page that was written in blood," the Armenian prime minister said at the signing ceremony. Azerbaijan's president called it "a historic peace on our terms and on the basis of international law."

Armenia amended its constitution earlier this year to remove a reference that Baku had said implied territorial claims, clearing the last obstacle.""")

art(id="b55", feed="muteki-ja", published="2027-04-20T03:00:00Z",
 title="外交青書、北方領土「わが国が主権を有する島々」　平和条約交渉は「再開の見通し立たず」",
 summary="2027年版外交青書が閣議で報告された。北方領土について従来の表現を維持し、平和条約交渉の再開の見通しは立っていないとした。",
 label="restatement", note="Annual report restating Japan's position and that talks remain halted (再開の見通しは立っていない).",
 body="""政府は20日の閣議で、2027年版外交青書を報告した。ロシアとの関係では、北方領土を「日本が主権を有する島々」と明記し、前年までの表現を維持した。

平和条約交渉については「ロシアが2022年に交渉を継続する意図がない旨を一方的に表明し、再開の見通しは立っていない」と記述。領土問題を解決して平和条約を締結するとの方針は堅持するとした。

また、ビザなし交流や自由訪問、北方墓参などの四島交流等事業は「停止したまま」とした上で、特に墓参については「元島民の高齢化を踏まえ、人道的観点から再開を最優先で求めていく」と強調した。

津波観測データの交換が昨年再開されたことにも触れたが、「技術的な協力にとどまる」との位置付けだった。""")

art(id="b56", feed="strezhen-ru", published="2027-03-16T09:30:00Z",
 title="Депутат предложил открыть южные Курилы для японских туристов без виз",
 summary="Депутат Сахалинской областной думы выступил с инициативой ввести безвизовый въезд для японских туристов на острова ради развития туризма. Решений пока нет.",
 label="neutral", note="Borderline: a single regional deputy's proposal; nothing adopted, state unchanged.",
 body="""ЮЖНО-САХАЛИНСК, 16 марта. /«Стрежень»/. Депутат Сахалинской областной думы предложил разрешить японским туристам посещать южные Курилы без виз на срок до 72 часов. С соответствующей инициативой он выступил на заседании комитета по экономической политике.

«Японцы — самые близкие соседи и потенциально самые массовые гости островов. Если мы хотим развивать туризм на Итурупе и Кунашире, глупо отгораживаться от них визами», — заявил парламентарий.

Коллеги встретили идею сдержанно. Председатель комитета напомнил, что вопросы въезда иностранцев относятся к федеральной компетенции, а безвизовые обмены с Японией были прекращены в 2022 году решением МИД. «Обращаться с таким предложением в Москву сейчас преждевременно», — сказал он.

Инициатива пока не оформлена в виде законопроекта или официального обращения.""")
