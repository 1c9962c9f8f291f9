# -*- coding: utf-8 -*-
"""Articles published in 2026 (blind35)."""

STORIES = [
# ---------------------------------------------------------------- 038
dict(
    id="b35-038", feed="stvor", lang="ru", published="2026-01-13T09:20:00Z",
    title="Захарова: обмены специалистами не означают готовности обсуждать «территориальный вопрос»",
    summary="Договорённость о безвизовых поездках японских специалистов на южные Курилы не означает, что Россия готова обсуждать принадлежность островов, заявили в МИД.",
    label="restatement",
    note="Known Russian sovereignty position restated (seeds 001/004) with g4 recalled as background; exchanges stay in their November 2025 state. No new fact.",
    body="""Договорённость о возобновлении безвизовых поездок японских специалистов на южные Курилы не означает, что Россия готова обсуждать с Токио принадлежность островов, заявила официальный представитель МИД России Мария Захарова, отвечая на вопрос о высказываниях японских политиков, увидевших в ноябрьском обмене нотами «шаг к возобновлению территориальных переговоров».

«Хотели бы ещё раз внести ясность: никакого "территориального вопроса" в отношениях с Японией нет. Суверенитет Российской Федерации над Курильскими островами закреплён итогами Второй мировой войны и обсуждению не подлежит», — сказала Захарова на брифинге.

По её словам, ограниченный формат обменов «продиктован исключительно гуманитарными соображениями и интересами жителей островов». Что касается диалога по мирному договору, то его перспективы, как подчеркнула дипломат, «находятся исключительно в плоскости практических шагов японской стороны».

Захарова напомнила, что в марте 2022 года Москва прекратила действие соглашений 1991 и 1999 годов о безвизовых поездках в ответ на санкции Токио, и подчеркнула, что нынешний ограниченный формат «не является восстановлением прежнего режима в полном объёме».

Первая группа японских специалистов, по имеющимся данным, может прибыть на Кунашир в мае.""",
),
# ---------------------------------------------------------------- 039
dict(
    id="b35-039", feed="suirei", lang="ja", published="2026-01-27T09:30:00Z",
    title="日ロ、平和条約交渉の再開で一致　外相電話会談、春にも次官級協議",
    summary="茂木敏充外相は27日、ロシアのラブロフ外相と電話で会談し、2022年3月からロシアが中断している平和条約締結交渉を再開することで一致した。初回は春にもモスクワで次官級で開く。",
    label="status_change", group="g5-talks-agreed",
    new_facts=["茂木外相とラブロフ外相が電話会談（2026年1月27日）で、2022年3月にロシアが中断した平和条約締結交渉の再開で一致。初回は次官級で春にもモスクワで"],
    must_mention=[["平和条約"], ["再開"]],
    note="First report (Japanese). Status change of the seeds' central matter: talks halted by Russia in March 2022 -> agreed to resume.",
    body="""茂木敏充外相は27日、ロシアのラブロフ外相と約40分間電話で会談し、ロシアが2022年3月に一方的に中断した平和条約締結交渉を再開することで一致した。初回の協議は外務次官級で、春にもモスクワで開く方向で調整する。ロシアのウクライナ侵攻後、日ロが交渉の再開で合意するのは初めてで、中断表明から約3年10カ月ぶりとなる。

外務省によると、茂木氏は「北方領土問題を解決して平和条約を締結するとの我が国の方針に変わりはない」と伝え、ラブロフ氏は「対話の再開に異論はない」と応じた。両外相は、昨年11月に専門家に限って再開することで合意したビザなし交流についても、円滑な実施に向けて協力することを確認した。

ロシアは22年3月、日本の対ロ制裁を理由に平和条約交渉を継続しない方針を表明し、その後も「制裁を続ける国と交渉はできない」との立場を崩していなかった。

茂木氏は会談後、記者団に「粘り強い外交努力の結果だ。元島民の方々の思いを胸に交渉に臨む」と語った。一方、日本政府は対ロ制裁を維持する方針で、政府内には「交渉の先行きは全く見通せない」との慎重論もある。""",
),
# ---------------------------------------------------------------- 040
dict(
    id="b35-040", feed="whitecap", lang="en", published="2026-01-27T13:00:00Z",
    title="Japan and Russia agree to restart peace treaty talks frozen since 2022",
    summary="Foreign Ministers Toshimitsu Motegi and Sergei Lavrov agreed in a phone call to resume negotiations on a peace treaty, with a first round of vice-ministerial talks expected in Moscow in the spring.",
    label="status_change", group="g5-talks-agreed",
    new_facts=["Motegi and Lavrov agreed by phone (27 Jan 2026) to resume peace treaty negotiations frozen by Russia since March 2022; first deputy-minister round in Moscow in spring"],
    must_mention=[["peace treaty"], ["resume", "restart"]],
    note="English report of g5.",
    body="""Japan and Russia agreed on Tuesday to resume negotiations on a peace treaty formally ending World War Two hostilities, nearly four years after Moscow broke off the talks in protest at Tokyo's sanctions over Ukraine.

Japanese Foreign Minister Toshimitsu Motegi and his Russian counterpart Sergei Lavrov reached the agreement in a telephone call that lasted about 40 minutes, Japan's Foreign Ministry said. A first round of talks at deputy-minister level is being arranged in Moscow "around spring", it said.

"This is the result of persistent diplomatic efforts," Motegi told reporters, adding that Japan's policy of resolving the territorial issue and concluding a peace treaty was unchanged.

The Russian Foreign Ministry said in a brief statement that the ministers had "agreed to restore dialogue on the peace treaty issue" and discussed the limited visa-free exchanges for specialists that the two sides agreed to revive in November.

Japan said its sanctions against Russia would stay in place. Moscow had previously said no talks were possible while sanctions remained; it was not immediately clear what had changed.""",
),
# ---------------------------------------------------------------- 041
dict(
    id="b35-041", feed="dipkurier", lang="ru", published="2026-01-28T07:00:00Z",
    author="Ирина Баталова",
    title="Лавров и Мотэги условились вернуться к диалогу по мирному договору",
    summary="Министры иностранных дел России и Японии в телефонном разговоре договорились возобновить диалог по проблематике мирного договора; первый раунд консультаций замминистров пройдёт в Москве.",
    label="status_change", group="g5-talks-agreed",
    new_facts=["Лавров и Мотэги (телефонный разговор 27 января 2026 г.) договорились возобновить диалог по мирному договору, прерванный в марте 2022 г.; первый раунд консультаций замминистров — в Москве"],
    must_mention=[["мирн"], ["возобнов", "вернуться"]],
    note="Russian report of g5, framed as 'dialogue on the peace treaty issue' (transliteration Мотэги).",
    body="""Министр иностранных дел России Сергей Лавров во вторник провёл телефонный разговор с министром иностранных дел Японии Тосимицу Мотэги, состоявшийся по инициативе японской стороны. Как сообщили в МИД РФ, министры договорились возобновить диалог по проблематике мирного договора, прерванный в марте 2022 года.

Первый раунд консультаций на уровне заместителей министров иностранных дел намечено провести в Москве; сроки будут согласованы по дипломатическим каналам. С российской стороны консультации, как ожидается, возглавит заместитель министра Андрей Руденко.

«Российская сторона исходит из того, что речь идёт о договоре о мире, дружбе и добрососедстве, который должен стать фундаментом двусторонних отношений, а не о "территориальном размежевании"», — говорится в сообщении МИД. Стороны также обсудили подготовку к первым поездкам специалистов в рамках обновлённого безвизового формата.

Отвечая на вопрос о японских санкциях, в министерстве отметили, что Москва «будет судить о намерениях Токио по конкретным делам».

В МИД Японии, в свою очередь, заявили, что Токио намерен и впредь добиваться решения вопроса о принадлежности четырёх островов и заключения мирного договора, а санкции в отношении России сохраняются.""",
),
# ---------------------------------------------------------------- 042
dict(
    id="b35-042", feed="gannet", lang="en", published="2026-02-07T08:00:00Z",
    dateline="TOKYO, Feb 7 (Gannet) -",
    title="Takaichi hopes revived treaty talks bring islanders closer to home",
    summary="At the annual Northern Territories Day rally, Prime Minister Sanae Takaichi said she hoped the first round of the resumed peace treaty talks with Russia could be held soon; no date has been set.",
    label="restatement",
    note="Anniversary rally; wished move ('hopes the first round can be held soon') recalling g5 as background. No new fact.",
    body="""Prime Minister Sanae Takaichi told the annual Northern Territories Day rally on Saturday that she hoped the first round of peace treaty talks with Russia, which the two countries agreed last month to resume, could be held "as early as possible" and bring progress toward the return of four Russian-held islands.

"The talks have only been agreed. Our negotiators will sit down with the Russian side with the feelings of the former residents in their hearts," Takaichi said.

Foreign Minister Toshimitsu Motegi and Russia's Sergei Lavrov agreed in a Jan. 27 phone call to restart the negotiations, frozen by Moscow since March 2022, with a first round at deputy-minister level in Moscow. Officials said on Friday that the date was still being discussed.

Former residents attending the rally, whose average age is now about 89, said they wanted grave visits to be put on the agenda. "Talks are good, but what we want is to stand at our parents' graves while we still can," said an 88-year-old woman born on Iturup.""",
),
# ---------------------------------------------------------------- 043
dict(
    id="b35-043", feed="stvor", lang="ru", published="2026-02-19T04:50:00Z",
    title="Береговая охрана Китая применила водомёты против филиппинских судов у рифа Скарборо",
    summary="Манила заявила о повреждении двух судов рыбнадзора; Пекин обвинил филиппинскую сторону во вторжении в свои территориальные воды.",
    label="off_topic",
    note="Look-alike: another island/maritime dispute (Scarborough Shoal, China-Philippines); nothing about Japan-Russia.",
    body="""Суда береговой охраны Китая в четверг применили водомёты против двух судов Бюро рыбных ресурсов Филиппин в районе рифа Скарборо в Южно-Китайском море, сообщила береговая охрана Филиппин. По её данным, одно из судов получило повреждения мачты и навигационного оборудования, пострадавших нет.

Официальный представитель береговой охраны КНР заявил, что филиппинские суда «незаконно вторглись» в воды вокруг острова Хуанъяньдао, как в Китае называют риф, и были «вытеснены в соответствии с законом».

Министерство иностранных дел Филиппин вызвало временного поверенного в делах Китая и заявило протест. Манила настаивает, что риф находится в пределах её исключительной экономической зоны, что подтверждено решением арбитража 2016 года, которое Пекин не признаёт.

Инциденты у рифа Скарборо участились с прошлого года, когда Китай объявил о создании там природоохранной зоны.

Госдепартамент США призвал Пекин прекратить «опасные и дестабилизирующие действия» и напомнил, что американо-филиппинский договор о взаимной обороне 1951 года распространяется на вооружённые силы и суда береговой охраны Филиппин в любой точке Южно-Китайского моря.""",
),
# ---------------------------------------------------------------- 044
dict(
    id="b35-044", feed="ochiishi", lang="ja", published="2026-03-17T02:40:00Z",
    author="東京報道部",
    title="平和条約交渉、初会合の日程固まらず　再開合意から1カ月半",
    summary="日ロ両政府が1月の外相電話会談で再開に合意した平和条約締結交渉について、初回の次官級協議の日程がいまだ固まっていない。",
    label="status_change", group="g5-talks-agreed",
    new_facts=["Follow-up: first round of the resumed peace treaty talks not yet scheduled"],
    must_mention=[["平和条約"], ["再開"]],
    note="Follow-up of g5 with no new fact (date still being arranged).",
    body="""日ロ両政府が1月の外相電話会談で再開に合意した平和条約締結交渉について、初回の次官級協議の日程がいまだ固まっていない。外務省幹部は16日、「ロシア側と調整を続けており、現時点で決まったことはない」と述べた。

茂木敏充外相とラブロフ外相は1月27日の電話会談で、ロシアが2022年3月に中断した交渉の再開で一致し、初回の協議を春にもモスクワで開く方向で調整するとしていた。

根室市の元島民からは「合意したのだから、早く会って話を始めてほしい」との声が上がる。一方、政府関係者の間では、日本の追加制裁の行方がロシア側の判断に影響しかねないとの見方も出ている。

外務省によると、ロシア側はこれまで「日程は外交ルートを通じて調整する」と回答するにとどまっている。一方、専門家に限るビザなし交流については、第1陣の医療チームが5月にも国後島を訪れる方向で準備が進んでいる。""",
),
# ---------------------------------------------------------------- 045
dict(
    id="b35-045", feed="breakwater", lang="en", published="2026-04-23T12:30:00Z",
    author="Daniel Whitmore",
    title="Moscow warns new sanctions could derail treaty talks before they begin",
    summary="A senior Russian diplomat said the first round of the resumed peace treaty talks with Japan could be put off if Tokyo adopted further sanctions, but said no decision had been taken.",
    label="restatement",
    note="Conditional version of a move ('could be put off if...'; 'no decisions on postponement have been taken'). State = talks agreed in January (g5), not yet held; no change.",
    body="""Russia's Deputy Foreign Minister Andrei Rudenko said on Thursday that the first round of resumed peace treaty talks with Japan, agreed by the two foreign ministers in January but not yet scheduled, could be put off if Tokyo went ahead with a new package of sanctions that Japanese media say is being prepared against Russian fishing companies.

"We agreed to restore dialogue in good faith. But if Tokyo again chooses sanctions, it will be difficult to explain why we should sit at the table as if nothing had happened," Rudenko told reporters in Moscow. "For now, no decisions on postponement have been taken."

Japan's Foreign Ministry said preparations for the talks were continuing and that it would not comment on possible sanctions.

The two sides agreed on Jan. 27 to resume the negotiations that Moscow had broken off in March 2022. Since then, diplomats have been unable to agree on a date for the first round in Moscow.""",
),
# ---------------------------------------------------------------- 046
dict(
    id="b35-046", feed="dipkurier", lang="ru", published="2026-05-12T11:30:00Z",
    author="Ирина Баталова",
    title="МИД России отложил на неопределённый срок консультации с Японией по мирному договору",
    summary="Первый раунд консультаций замминистров, о котором договорились Лавров и Мотэги в январе, не состоится; Москва связывает решение с новыми японскими санкциями против рыбопромышленных компаний южных Курил.",
    label="status_change", group="g6-talks-shelved",
    new_facts=["МИД России (12 мая 2026 г.) отложил на неопределённый срок первый раунд консультаций по мирному договору, о возобновлении которых договорились 27 января; причина — японские санкции от 8 мая против девяти рыбопромышленных компаний южных Курил"],
    must_mention=[["мирн"], ["отлож", "неопределённ"]],
    note="First report (Russian). Status change against the corpus' own g5: talks agreed to resume in January -> shelved indefinitely before any round was held. Against the seeds alone it would look like a restatement.",
    body="""Российская сторона приняла решение отложить на неопределённый срок первый раунд консультаций с Японией на уровне заместителей министров иностранных дел по проблематике мирного договора, договорённость о проведении которого была достигнута в ходе телефонного разговора Сергея Лаврова и Тосимицу Мотэги 27 января, говорится в заявлении МИД России, опубликованном во вторник.

В ведомстве связали это решение с введёнными японским правительством 8 мая санкциями против девяти рыбопромышленных компаний и судовладельцев, работающих на южных Курилах. «Выбор Токио в пользу новых односторонних рестриктивных мер в отношении жителей и предприятий российских островов перечёркивает договорённость о возобновлении диалога. Возвращаться к этому вопросу в нынешних условиях мы не считаем возможным», — отмечается в заявлении.

Посол Японии в Москве был вызван в МИД, где ему заявили протест в связи с санкциями.

В заявлении не упоминаются обмены специалистами между южными Курилами и Японией, возобновлённые по договорённости ноября 2025 года. Первая группа японских врачей, по данным администрации Южно-Курильского округа, должна прибыть на Кунашир в конце мая.""",
),
# ---------------------------------------------------------------- 047
dict(
    id="b35-047", feed="whitecap", lang="en", published="2026-05-12T15:20:00Z",
    title="Russia shelves resumed peace treaty talks with Japan, citing sanctions",
    summary="Moscow said it had postponed indefinitely the first round of peace treaty negotiations agreed in January, blaming new Japanese sanctions on fishing firms operating on the disputed islands.",
    label="status_change", group="g6-talks-shelved",
    new_facts=["Russia postponed indefinitely (12 May 2026) the first round of the peace treaty talks agreed in January, citing Japan's 8 May sanctions on island fishing firms"],
    must_mention=[["peace treaty", "treaty talks"], ["postpone", "shelve", "indefinite"]],
    note="English report of g6 (adds Tokyo's reaction).",
    body="""Russia said on Tuesday it had postponed indefinitely the first round of peace treaty negotiations with Japan that the two countries agreed to hold less than four months ago, accusing Tokyo of wrecking the deal with new sanctions on Russian fishing companies operating on the disputed islands.

"Returning to this issue under the current conditions is not considered possible," Russia's Foreign Ministry said in a statement. Japan's ambassador in Moscow was summoned and handed a protest over the sanctions.

Japan on May 8 froze the assets of nine Russian fishing and shipping firms based on Kunashir, Iturup and Shikotan, which it accused of operating illegally in waters it considers its own.

Chief Cabinet Secretary Minoru Kihara called the Russian decision "extremely regrettable" and said Japan would keep pressing for the talks to be held. "There is no change in our policy of resolving the territorial issue and concluding a peace treaty," he said.

Foreign Ministers Toshimitsu Motegi and Sergei Lavrov agreed on Jan. 27 to restart the negotiations, which Moscow had frozen in March 2022. No round was ever held.""",
),
# ---------------------------------------------------------------- 048
dict(
    id="b35-048", feed="suirei", lang="ja", published="2026-05-13T01:30:00Z",
    title="ロシア、平和条約交渉の初会合を無期延期　再開合意から3カ月半",
    summary="ロシア外務省は12日、1月に日ロ外相が再開で合意した平和条約締結交渉の初会合を無期限に延期すると発表した。日本が北方四島の水産会社に科した制裁への対抗措置としている。",
    label="status_change", group="g6-talks-shelved",
    new_facts=["ロシア外務省が、1月に再開で合意した平和条約締結交渉の初会合の無期限延期を発表（日本の水産会社制裁への対抗措置）"],
    must_mention=[["平和条約"], ["延期"]],
    note="Japanese report of g6 ('3カ月半' vs English 'less than four months').",
    body="""ロシア外務省は12日、日ロ両外相が1月に再開で合意した平和条約締結交渉の初回協議について、無期限に延期すると発表した。日本政府が8日に北方四島を拠点とする水産会社など9社を資産凍結の対象に加えたことへの対抗措置としている。再開合意から約3カ月半で、交渉は一度も開かれないまま、再び止まった形だ。

声明は「日本の選択が対話再開の合意を台無しにした。現状でこの問題に戻ることは不可能だ」としている。ロシア外務省は駐ロシア日本大使を呼び、制裁に抗議した。

木原稔官房長官は13日の記者会見で「一方的な発表は極めて遺憾だ。ロシア側に早期の協議開催を強く求めていく」と述べた。

一方、昨年11月に合意した専門家に限るビザなし交流について、外務省幹部は「現時点でロシア側から変更の通知はない」としている。第1陣の医療チームは今月下旬に国後島を訪れる予定だ。""",
),
# ---------------------------------------------------------------- 049
dict(
    id="b35-049", feed="gannet", lang="en", published="2026-05-27T07:45:00Z",
    dateline="NEMURO, Japan, May 27 (Gannet) -",
    title="Japanese medical team visits Kunashir in first trip under revived exchange deal",
    summary="A 22-member team of Japanese doctors and nurses held clinics on Kunashir, the first group to travel under the limited visa-free arrangement agreed in November.",
    label="neutral",
    note="Borderline: first trip actually carried out under the arrangement announced in g4 - implementation of a known development rather than a new decision.",
    body="""A team of 22 Japanese doctors, nurses and officials returned to Nemuro on Wednesday after four days on Russian-held Kunashir, the first group to travel to the disputed islands under a limited visa-free exchange arrangement agreed by Japan and Russia last November.

The team, which sailed aboard the exchange ship Etopirika, held consultations for about 180 residents of Yuzhno-Kurilsk, known in Japanese as Furukamappu, and exchanged views with staff at the local hospital, organisers said.

The visit went ahead despite Moscow's decision two weeks ago to postpone indefinitely the first round of peace treaty talks with Tokyo. Russian officials have said the specialist exchanges, capped at four groups a year, are a humanitarian matter unrelated to the treaty issue.

"The patients did not ask us about politics. They asked about their blood pressure," said the team leader, a cardiologist from Kushiro.

The next group, of environmental specialists, is scheduled to visit Shikotan in July, officials said.""",
),
# ---------------------------------------------------------------- 050
dict(
    id="b35-050", feed="stvor", lang="ru", published="2026-06-16T07:30:00Z",
    title="Японская SODECO сохранит долю в проекте «Сахалин-1»",
    summary="Японский консорциум подтвердил участие в новом операторе проекта и намерение продолжать закупки нефти сорта «Сокол».",
    label="off_topic",
    note="Unrelated Japan-Russia news (Sakhalin-1 oil project); nothing about the islands or the treaty.",
    body="""Японский консорциум Sakhalin Oil and Gas Development (SODECO) сохранит 30-процентную долю в российском операторе проекта «Сахалин-1», сообщили в консорциуме по итогам общего собрания акционеров. Основные акционеры SODECO — государственная японская компания JOGMEC, Itochu и Marubeni.

Представители консорциума подтвердили намерение продолжать закупки нефти сорта «Сокол», добываемой в рамках проекта. В Токио участие в «Сахалине-1» и «Сахалине-2» объясняют соображениями энергетической безопасности.

В 2022 году права и обязанности по проекту были переданы российскому оператору по указу президента России; иностранным участникам было предложено подать заявки на сохранение долей. Американская ExxonMobil из проекта вышла.

Проект «Сахалин-1» включает месторождения Чайво, Одопту и Аркутун-Даги на северо-восточном шельфе Сахалина. Нефть отгружается через терминал Де-Кастри в Хабаровском крае, откуда танкеры ледового класса круглый год доставляют её покупателям в Азиатско-Тихоокеанском регионе.""",
),
# ---------------------------------------------------------------- 051
dict(
    id="b35-051", feed="whitecap", lang="en", published="2026-07-14T06:20:00Z",
    title="Japan's defence white paper flags Russian build-up on disputed islands",
    summary="Japan's annual defence white paper said Russia was continuing to strengthen its forces on the four islands Japan claims, citing the coastal artillery placed on Shikotan in 2024.",
    label="restatement",
    note="Annual report; recalls g1 (Bereg on Shikotan, 2024) as background and restates known positions. No new fact.",
    body="""Japan's annual defence white paper, approved by the cabinet on Tuesday, said Russia was continuing to strengthen its forces on the four islands off Hokkaido that Japan claims, citing the deployment of Bereg coastal artillery on Shikotan in 2024 and regular exercises on Iturup and Kunashir.

"Russian military activities in the Far East, including in our country's Northern Territories, show a trend of increasing activity," the paper said, repeating language used in previous editions.

The 2026 edition, like its predecessors, described China as Japan's "greatest strategic challenge", and said that military cooperation between Russia and China and between Russia and North Korea was a matter of serious concern.

It also recorded joint flights by Russian and Chinese bombers near Japan and continued Russian naval activity in the Sea of Okhotsk and around the Tsugaru and Soya straits.

On diplomacy, the paper noted that peace treaty talks with Russia, which Tokyo and Moscow agreed in January to resume, had not been held, and that Japan would continue to seek dialogue.""",
),
# ---------------------------------------------------------------- 052
dict(
    id="b35-052", feed="breakwater", lang="en", published="2026-08-12T08:15:00Z",
    author="Mei Lin Tan",
    title="Beijing and Tokyo mark peace treaty anniversary in a subdued key",
    summary="Japan and China marked 48 years since their 1978 Treaty of Peace and Friendship with low-key receptions, as ties remain strained over Taiwan.",
    label="off_topic",
    note="Look-alike: the Japan-China Treaty of Peace and Friendship; nothing about Russia or the Kurils.",
    body="""Japan and China marked the 48th anniversary of their 1978 Treaty of Peace and Friendship on Wednesday with low-key receptions in Beijing and Tokyo, as relations remain strained over Taiwan, Chinese military activity around Japanese islands and the detention of Japanese nationals in China.

At a reception in Beijing, Japan's ambassador said the treaty's principles, including the renunciation of hegemony and the settlement of disputes by peaceful means, were "more important than ever". A Chinese vice foreign minister called on Tokyo to "honour its political commitments" on Taiwan.

Relations between Asia's two largest economies deteriorated sharply late last year after Prime Minister Sanae Takaichi suggested in parliament that a Chinese attack on Taiwan could constitute a situation threatening Japan's survival. Beijing responded with travel advisories and a suspension of seafood imports.

Chinese coast guard vessels continue to patrol near the Senkaku Islands, which Japan administers and China claims as the Diaoyu.""",
),
# ---------------------------------------------------------------- 053
dict(
    id="b35-053", feed="suirei", lang="ja", published="2026-08-19T05:00:00Z",
    title="ロシア、専門家のビザなし交流を停止　9月の択捉島訪問中止",
    summary="ロシア外務省は19日、昨年11月に合意し専門家に限って再開したビザなし交流を停止すると日本側に通告した。9月に予定していた防災専門家の択捉島訪問は中止となる。",
    label="status_change", group="g7-exchanges-halted-again",
    new_facts=["ロシアが口上書（2026年8月19日）で、2025年11月に合意し専門家に限って再開したビザなし交流の停止を通告。9月の防災専門家の択捉島訪問は中止（日米共同訓練が理由）"],
    must_mention=[["ビザなし", "専門家"], ["停止"]],
    note="First report (Japanese). Status change against g4: specialist-only visa-free exchanges, resumed in November 2025, halted again. Against the seeds alone ('exchanges terminated') it would look like a restatement.",
    body="""ロシア外務省は19日、専門家に限って今年再開していた北方四島とのビザなし交流を停止すると、モスクワの日本大使館に口上書で通告した。9月上旬に予定していた防災の専門家ら約20人の択捉島訪問は中止となる。外務省が同日発表した。

ロシア側は口上書で、8月上旬に北海道東部で行われた日米共同訓練を「南クリルの住民の安全を脅かす挑発的な行動だ」と非難し、「このような状況で交流を続けることは不可能だ」としている。

専門家交流は、日ロが昨年11月17日に口上書を交換して合意し、22年3月にロシアが停止したビザなし交流の枠組みを、医療や防災などの分野に限って、停止後初めて再開したもの。今年5月に医療チームが国後島を、7月に環境分野の専門家が色丹島を訪れ、計2回実施されていた。

木原稔官房長官は「一方的な停止は極めて遺憾で、受け入れられない。ロシア側に撤回を求めた」と述べた。ロシアは5月にも、1月に再開で合意した平和条約交渉の初会合を無期限に延期しており、日ロ間の対話の枠組みは再び途絶えた形だ。""",
),
# ---------------------------------------------------------------- 054
dict(
    id="b35-054", feed="kekur", lang="ru", published="2026-08-19T10:30:00Z",
    author="Сергей Тихонов",
    title="Россия приостановила безвизовые поездки японских специалистов на южные Курилы",
    summary="Нота о приостановке договорённости ноября 2025 года передана посольству Японии; сентябрьский приезд японских специалистов на Итуруп отменён.",
    label="status_change", group="g7-exchanges-halted-again",
    new_facts=["Россия приостановила договорённость ноября 2025 г. о безвизовых поездках японских специалистов на южные Курилы; сентябрьская поездка на Итуруп отменена"],
    must_mention=[["специалист", "безвиз"], ["приостанов"]],
    note="Russian report of g7 (adds the island administration's confirmation).",
    body="""Россия приостанавливает действие договорённости о безвизовых поездках японских специалистов на южные Курилы, достигнутой в ноябре прошлого года. Соответствующая нота передана посольству Японии в Москве, сообщили в МИД РФ.

В ведомстве пояснили, что решение принято в ответ на японско-американские учения, прошедшие в начале августа на востоке Хоккайдо «в непосредственной близости от российских островов». «Продолжать гуманитарные обмены в условиях, когда Токио отрабатывает с американцами военные сценарии у наших границ, невозможно», — говорится в сообщении.

В администрации Южно-Курильского муниципального округа подтвердили, что запланированный на сентябрь приезд японских специалистов по предупреждению стихийных бедствий на Итуруп отменён. С мая по июль острова посетили две группы — японские медики на Кунашире и экологи на Шикотане.

Ноябрьская договорённость предусматривала до четырёх поездок специалистов в год без оформления виз — впервые после того, как в марте 2022 года Россия прекратила безвизовые обмены с Японией в ответ на антироссийские санкции.

«Врачи приняли у нас почти двести человек. Жаль, что политика опять оказалась важнее», — сказала жительница Южно-Курильска, побывавшая на приёме у японских кардиологов.""",
),
# ---------------------------------------------------------------- 055
dict(
    id="b35-055", feed="breakwater", lang="en", published="2026-08-20T06:00:00Z",
    author="Hannah Okafor",
    title="Russia halts specialist visits to disputed islands, ending brief revival of exchanges",
    summary="Russia suspended the limited visa-free exchanges for Japanese specialists less than a year after reviving them, citing U.S.-Japanese drills in eastern Hokkaido.",
    label="status_change", group="g7-exchanges-halted-again",
    new_facts=["Russia suspended the specialist visa-free exchanges revived in November 2025; a September group to Iturup will not travel"],
    must_mention=[["visa-free", "specialist", "exchange"], ["suspend", "halt"]],
    note="English report of g7.",
    body="""Russia has suspended the limited visa-free exchanges for Japanese specialists with the disputed southern Kuril Islands, less than a year after reviving them, citing U.S.-Japanese military drills in eastern Hokkaido, Tokyo said on Wednesday.

A diplomatic note delivered to Japan's embassy in Moscow said continuing the exchanges was "impossible" under current conditions. A group of about 20 disaster-prevention experts that had been due to visit Iturup, which Japan calls Etorofu, in early September will not travel.

The arrangement, agreed through notes exchanged in November 2025, had allowed up to four groups a year of Japanese doctors, scientists and other specialists to visit the islands without visas. Only two groups made the trip, a medical team to Kunashir in May and environmental experts to Shikotan in July.

Chief Cabinet Secretary Minoru Kihara said the move was "extremely regrettable" and that Japan had asked Russia to reverse it.

It is the second setback this year: in May, Moscow indefinitely postponed the first round of the peace treaty talks that the two foreign ministers had agreed in January to revive.""",
),
# ---------------------------------------------------------------- 056
dict(
    id="b35-056", feed="gannet", lang="en", published="2026-09-10T09:10:00Z",
    dateline="TOKYO, Sept 10 (Gannet) -",
    title="Japan urges Russia to reconsider halt to island exchanges; Moscow sees no grounds to resume",
    summary="Foreign Minister Toshimitsu Motegi asked Russia to reverse its suspension of specialist exchanges with the disputed islands; Moscow said there were no grounds to return to the question.",
    label="restatement",
    note="Requested and negated move; recalls g7 (halt of specialist exchanges) and g6 as background. No new fact.",
    body="""Japan's foreign minister has urged Russia to reverse its decision to suspend visa-free exchanges for specialists with the disputed islands, but Moscow said on Thursday that as long as Tokyo held military drills near the islands it saw no grounds for returning to the question.

Foreign Minister Toshimitsu Motegi told reporters he had asked the Russian side "strongly" to allow the exchanges to continue, including the visit by disaster-prevention experts to Iturup that had been planned for early this month. "It is regrettable that a purely humanitarian framework has been made hostage to politics," he said.

Russian Foreign Ministry spokeswoman Maria Zakharova replied at her weekly briefing that the suspension was "a direct consequence of Tokyo's own choices". "We see no grounds to return to the question of resuming the exchanges as long as Japan pursues this course," she said.

Russia notified Japan on Aug. 19 that it was suspending the specialist exchanges it had agreed to revive in November 2025. In May, it indefinitely postponed the first round of peace treaty talks that the two sides had agreed in January to restart.""",
),
# ---------------------------------------------------------------- 057
dict(
    id="b35-057", feed="dipkurier", lang="ru", published="2026-10-02T15:40:00Z",
    author="Олег Саранцев",
    title="Путин: Россия вернётся к диалогу с Японией, если Токио проявит самостоятельность",
    summary="Президент России на «Валдае» заявил, что Москва открыта для возобновления диалога с Японией, в том числе по мирному договору, если японское руководство изменит курс.",
    label="restatement",
    note="Conditional version of a move; recalls g5/g6/g7 as background; sovereignty restated (seeds 001/004). Peskov: nothing planned. No new fact.",
    body="""Президент России Владимир Путин на пленарной сессии дискуссионного клуба «Валдай» заявил, что Москва не отказывается от диалога с Японией, в том числе по мирному договору, и готова к нему вернуться, если японское руководство продемонстрирует способность проводить самостоятельную, а не продиктованную Вашингтоном политику.

«Мы в начале года договорились возобновить разговор. Но японская сторона сразу же ввела новые санкции, потом провела учения с американцами у наших островов. Ну как в таких условиях разговаривать? Если Токио захочет вернуться к нормальной работе — пожалуйста, мы открыты», — сказал Путин, отвечая на вопрос японского участника форума.

Президент повторил, что суверенитет России над Курильскими островами «не обсуждается», а мирный договор, по его словам, «должен быть договором о дружбе и добрососедстве, а не о том, кому что отдать».

Пресс-секретарь Кремля Дмитрий Песков позднее уточнил журналистам, что никаких конкретных шагов по возобновлению консультаций с японской стороной в настоящее время не планируется. «Мяч на японской стороне», — добавил он.""",
),
# ---------------------------------------------------------------- 058
dict(
    id="b35-058", feed="breakwater", lang="en", published="2026-11-24T07:00:00Z",
    author="Daniel Whitmore",
    kicker="Analysis",
    title="Thaw, freeze, repeat: a year of false starts on the Kuril question",
    summary="In twelve months Japan and Russia revived limited island exchanges, agreed to restart peace treaty talks, shelved the talks and halted the exchanges again. Nothing is now scheduled.",
    label="restatement",
    note="Recap piece: recalls g4, g5, g6 and g7 as background; no new fact.",
    body="""A year ago this month, Japan and Russia exchanged diplomatic notes in Moscow that allowed Japanese doctors and other specialists to visit the disputed southern Kuril Islands without visas for the first time since 2022. For a few weeks, officials in Tokyo spoke cautiously of a thaw.

It did not last. In January, the two foreign ministers agreed by phone to restart peace treaty negotiations, which Moscow had broken off in March 2022. The first round was never held: in May, Russia postponed it indefinitely after Japan sanctioned fishing companies on the islands. In August, Moscow suspended the specialist exchanges too, after only two groups had made the trip, blaming U.S.-Japanese drills in eastern Hokkaido.

"Every step forward was reversible, and both sides knew it," said a Japanese official involved in the talks. "What Moscow gave, it could take back with a single note."

Today nothing is scheduled. Grave visits by former residents, the most emotional issue for Japan, were never part of any of the arrangements, and the 1999 framework for visits by former islanders remains suspended, as it has been since 2022. Russian officials say they are "open" to dialogue if Tokyo changes course; Tokyo says it will not lift sanctions.

For the roughly 4,800 surviving former residents, whose average age is close to 90, the arithmetic is unforgiving. "Each false start costs us a year," said one, a man of 92 from Shikotan. "We do not have many left.\"""",
),
]
