# -*- coding: utf-8 -*-
"""Articles published from November 2025 through 2027 (blind73 corpus)."""

ARTICLES = [
# ---------------------------------------------------------------- 38
dict(
    feed="depesha-ru", lang="ru", published="2025-11-18T10:30:00Z",
    title="Россия нотой уведомила Японию о приостановке консультаций по мирному договору",
    summary="МИД России сообщил Токио, что консультации, возобновлённые в мае, приостанавливаются из-за нового пакета японских санкций. Декабрьский раунд в Токио отменён.",
    label="status_change", group="g5",
    new_facts=["Russia notified Japan by note that it is suspending the peace-treaty consultations resumed in 2025, citing Japan's new sanctions package; the December round in Tokyo is cancelled"],
    must_mention=[["приостан"], ["консультаци", "мирн"]],
    note="Status change back: the consultations agreed in g3 (resumed May 2025) are suspended again by note. Old state: resumed; new: suspended.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 18 ноября. /ИА «Депеша»/. Россия приостанавливает консультации с Японией по вопросам мирного договора, возобновлённые в мае этого года. Соответствующая нота передана во вторник послу Японии в Москве, сообщили в МИД России.

«В связи с принятием японским правительством 14 ноября очередного пакета антироссийских санкций, затрагивающего, в частности, российские банки и судоходные компании, российская сторона уведомила японскую сторону о приостановке консультаций заместителей министров иностранных дел», — говорится в сообщении ведомства. Второй раунд, который планировалось провести в декабре в Токио, отменён.

В МИД подчеркнули, что «вся ответственность» за происходящее лежит на японской стороне. «Токио сделал выбор в пользу конфронтации, и вести в таких условиях диалог о документе, призванном заложить основу добрососедства, бессмысленно», — говорится в сообщении.

Первый с 2022 года раунд консультаций с включением в повестку вопросов мирного договора прошёл в мае в Москве. Москва согласилась на их возобновление в марте, ответив на японскую ноту. В июне Япония передала российской стороне предложения о «гуманитарном треке» — поездках бывших жителей южных Курил к могилам родственников; ответа на них Москва так и не дала.

В марте 2022 года Россия уже прерывала переговоры по мирному договору в ответ на санкции Токио.
"""),
# ---------------------------------------------------------------- 39
dict(
    feed="hakuro-ja", lang="ja", published="2025-11-19T03:10:00Z",
    title="ロシア、平和条約協議の停止を口上書で通告　日本の追加制裁に反発　政府は抗議",
    summary="ロシア外務省は、5月に再開した平和条約問題を含む日ロ外務次官級協議を停止すると口上書で日本側に通告した。日本の追加制裁への対抗措置としている。12月に予定していた東京での第2回協議は取りやめとなる。",
    label="status_change", group="g5",
    new_facts=["Russia notified by note the suspension of the vice-minister peace-treaty consultations; December Tokyo round cancelled"],
    must_mention=[["停止", "中断"], ["平和条約"]],
    note="Same development (g5) in Japanese, with Tokyo's immediate protest.",
    section="政治", byline="東京報道部",
    body="""
ロシア外務省は18日、平和条約問題を含む日ロ外務次官級協議を停止すると口上書でモスクワの日本大使館に通告した。日本政府が14日に決定した対ロ追加制裁への対抗措置としている。12月に東京で開く予定だった第2回協議は取りやめとなる。

協議は、ロシアが日本の対ロ制裁を理由に2022年3月に平和条約交渉の中断を表明して以来、今年3月に口上書のやりとりで再開が決まり、5月にモスクワで第1回が開かれた。わずか半年で再び止まることになる。

ロシア外務省は声明で「全ての責任は対決を選んだ日本側にある」と主張した。

これに対し木原稔官房長官は19日午前の記者会見で「一方的な通告であり、極めて遺憾だ。外交ルートを通じて抗議した」と述べた。そのうえで「北方領土問題を解決して平和条約を締結するとの方針に変わりはない」と強調した。

日本政府は6月、墓参や自由訪問の再開に向けた「人道分野の枠組み」案を文書でロシア側に提示しているが、回答は得られていない。元島民の間では「ようやく開いた扉がまた閉ざされた」と落胆が広がっている。
"""),
# ---------------------------------------------------------------- 40
dict(
    feed="inkwell-asia", lang="en", published="2025-11-19T08:15:00Z",
    title="Russia suspends revived treaty talks with Japan, citing new sanctions",
    summary="Moscow told Tokyo in a diplomatic note that it was halting the deputy-minister consultations resumed in May and cancelling a December round in Tokyo.",
    label="status_change", group="g5",
    new_facts=["Russia suspends the revived peace-treaty consultations with Japan by note; December round cancelled"],
    must_mention=[["suspend", "halt"], ["treaty", "consultation"]],
    note="Same development (g5) in English.",
    section="Japan", byline="Mariko Hale in Tokyo",
    body="""
TOKYO - Russia has suspended the peace treaty consultations with Japan that it agreed to revive only this year, telling Tokyo in a diplomatic note that a new round of Japanese sanctions made dialogue "pointless".

The note, handed to the Japanese embassy in Moscow on Tuesday, said Russia was halting consultations between deputy foreign ministers in response to sanctions Japan adopted on Nov. 14 against Russian banks and shipping companies. A second round scheduled for Tokyo in December has been cancelled.

Japan protested. "This is a unilateral notification and extremely regrettable," Chief Cabinet Secretary Minoru Kihara said on Wednesday, adding that Tokyo's goal of resolving the territorial issue and concluding a peace treaty was unchanged.

Moscow walked out of peace treaty negotiations in March 2022 after Japan joined Western sanctions over the war in Ukraine. In March this year it agreed, in reply to a Japanese note, to resume talks with the treaty on the agenda, and the first round was held in Moscow in May.

The suspension also leaves in limbo a written proposal Japan handed Russia in June to restore visits by former islanders to family graves. Russia never answered it.

"Six months is about what we expected, to be honest," said a Japanese official. "The question was always whether the talks would survive the next sanctions package."
"""),
# ---------------------------------------------------------------- 41
dict(
    feed="sealwax-review", lang="en", published="2025-11-26T09:40:00Z",
    title="Japan hands Russian envoy written protest over halt to treaty talks",
    summary="A week after Moscow suspended the consultations, Tokyo summoned Ambassador Nikolai Nozdrev and delivered a note of protest; Russia rejected it.",
    label="restatement",
    note="A note of protest over a known event (the suspension already reported in g5); no new move by either side.",
    section="Region", byline="Hana Whitlock",
    body="""
Japan's Vice-Minister for Foreign Affairs summoned Russia's ambassador, Nikolai Nozdrev, on Wednesday and handed him a written protest over Moscow's decision last week to suspend peace treaty consultations, the Foreign Ministry said.

The note says responsibility for the situation "lies entirely with Russia, which continues its aggression against Ukraine", and that Japan's sanctions are "a legitimate response" that cannot justify halting dialogue, according to the ministry.

The Russian embassy said in a statement that the ambassador had "rejected the protest as unfounded" and told his hosts that Tokyo had "only itself to blame".

Russia notified Japan on Nov. 18 that it was suspending the consultations between deputy foreign ministers, which it had agreed to resume in March after a three-year freeze, citing new Japanese sanctions. Tokyo had already protested through diplomatic channels the following day.

The written protest adds nothing to the state of play, diplomats in Tokyo acknowledged, but puts Japan's position on record. "It is a paper for the file," one said.
"""),
# ---------------------------------------------------------------- 42
dict(
    feed="prichal-ru", lang="ru", published="2026-01-27T06:00:00Z",
    title="Мэр Немуро написал главе Южно-Курильского округа: просит возобновить обмены школьниками",
    summary="В администрации округа письмо получили, но отвечать по существу не стали, сославшись на компетенцию федерального центра.",
    label="restatement",
    note="An appeal by a mayor (a municipal letter asking for a move); the Russian side declined to act. The 2022 termination restates seeds. No move.",
    section="Курилы", byline="Ирина Ковалёва",
    comments=[("Южно-Курильск", "Дети тут ни при чём, а страдают они."),
              ("Ivan_S", "Пусть Токио сначала санкции снимет."),
              ("Наталья", "Помню, как в 2019-м наши школьники в Немуро ездили. Жаль.")],
    body="""
Мэр японского города Немуро направил главе Южно-Курильского муниципального округа письмо с просьбой рассмотреть возможность возобновления обменов между школьниками Немуро и южных Курил — хотя бы в формате онлайн-встреч. Об этом «Причалу» сообщили в администрации округа.

В письме, датированном 15 января, мэр напоминает, что до 2020 года школьники из Немуро и с Кунашира и Шикотана регулярно бывали друг у друга, и выражает надежду, что «дети двух берегов пролива» смогут снова общаться.

В администрации Южно-Курильского округа подтвердили, что письмо получено. «Вопросы международного сотрудничества находятся в компетенции федерального центра. Самостоятельно принимать такие решения муниципалитет не вправе», — пояснили в администрации, добавив, что письмо направлено для сведения в правительство Сахалинской области.

Безвизовые обмены между жителями южных Курил и Японии прекращены с марта 2022 года по решению МИД России. В ноябре прошлого года Москва также приостановила возобновлённые было консультации с Токио по мирному договору.

Мэр Немуро обращался к российской стороне с подобными письмами и раньше, однако ответа по существу, по данным японских СМИ, не получал.
"""),
# ---------------------------------------------------------------- 43
dict(
    feed="dispatchbox-en", lang="en", published="2026-02-10T04:00:00Z",
    title="Tokyo says no Russian note on restarting treaty talks has arrived",
    summary="Japan's chief government spokesman denied a Moscow newspaper report that Russia had sent a note proposing to resume the consultations it suspended in November.",
    label="restatement",
    note="A note whose receipt is denied (and not confirmed by Moscow either); the talks remain suspended as reported in g5. No move.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Japan has received no diplomatic note from Russia proposing to resume peace treaty consultations, Chief Cabinet Secretary Minoru Kihara said on Tuesday, denying a report in a Moscow newspaper.

The daily reported on Monday, citing an unnamed source, that Russia's Foreign Ministry had sent Tokyo a note "outlining conditions" for restarting the deputy-minister talks Moscow suspended in November.

"We have not received any such note from the Russian side," Kihara told reporters. "There is no change in our position that the responsibility for the current situation lies with Russia."

Russia's Foreign Ministry declined to comment on the report. Its spokeswoman, Maria Zakharova, said last month that continuing consultations with Tokyo "in the present conditions" made no sense.

Moscow halted the consultations on Nov. 18, citing new Japanese sanctions, six months after the first round was held in Moscow. Japan protested both orally and in writing.

Japanese officials said privately that they had seen no sign that Moscow was preparing to reverse course. "If there were a note, we would be the first to want to know about it," one said.
"""),
# ---------------------------------------------------------------- 44
dict(
    feed="sealwax-review", lang="en", published="2026-03-17T08:00:00Z",
    title="'Dear Vladimir': what Abe's letters to Putin say about a negotiation that ended",
    summary="A memoir by a former aide quotes letters the late prime minister sent the Russian president between 2016 and 2019. They show how far Tokyo was willing to go, and how little came of it.",
    label="restatement",
    note="Old letters recalled as background (Abe-Putin correspondence 2016-2019, Singapore 2018 as in seed 000); the 2022 suspension restates seeds. No current move.",
    section="Books", byline="Review by Daniel Ferris",
    comments=[("R. Maeda", "The tragedy is that both sides thought time was on their side."),
              ("anon_hokkaido", "Two islands would have been better than zero. Still true.")],
    body="""
Few Japanese prime ministers invested as much in Russia as Shinzo Abe, and few got so little back. A new memoir by one of his former foreign-policy aides, published in Tokyo this month, adds detail to that story by quoting at length from letters Abe sent Vladimir Putin between 2016 and 2019.

The letters themselves are not new; their existence was reported at the time, and several were discussed in Abe's own posthumously published recollections. What the memoir adds is tone. Abe addresses Putin as "Vladimir" and returns again and again to the 1956 Joint Declaration, which promised Japan two of the four islands after a peace treaty was signed.

In a letter written before their 2018 meeting in Singapore, where the two leaders agreed to accelerate negotiations on the basis of that declaration, Abe writes that "our generation must not leave this question to our grandchildren". The author, who helped draft it, says Abe rewrote the line himself three times.

The book is less convincing when it argues that a deal was close. By 2019 Moscow was insisting that Japan first recognise Russian sovereignty over all four islands as an outcome of the Second World War, a condition no Japanese government could accept. The memoir quotes Putin's replies only in paraphrase.

Everything ended in March 2022, when Russia said it would not continue peace treaty negotiations with a country that had sanctioned it. The letters now read less like diplomacy than like a record of what was once thought possible.
"""),
# ---------------------------------------------------------------- 45
dict(
    feed="depesha-ru", lang="ru", published="2026-04-17T12:00:00Z",
    title="МИД России выразил протест в связи с новой «Дипломатической синей книгой» Японии",
    summary="Москва вновь отвергла формулировки ежегодного доклада японского МИД о «северных территориях»; посольству Японии передана нота.",
    label="restatement",
    note="A protest note over a known annual event (the Bluebook's island wording); the sovereignty line restates seeds 001/004. No move.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 17 апреля. /ИА «Депеша»/. МИД России направил посольству Японии ноту протеста в связи с публикацией очередной «Дипломатической синей книги» — ежегодного доклада японского внешнеполитического ведомства. Об этом сообщила официальный представитель МИД Мария Захарова.

«В документе в очередной раз содержатся неприемлемые для нас формулировки о так называемых северных территориях. Суверенитет России над южными Курилами, закреплённый в международных документах по итогам Второй мировой войны, сомнению не подлежит», — сказала Захарова.

По её словам, в докладе также «тиражируются русофобские клише» о политике России, а Япония по-прежнему представляет себя «пострадавшей стороной» в двусторонних отношениях.

Доклад за 2026 год, одобренный японским правительством на прошлой неделе, как и в прежние годы называет южные Курилы «островами, над которыми Япония обладает суверенитетом», и отмечает, что консультации по мирному договору приостановлены по решению российской стороны с ноября 2025 года.

Москва выражает протест в связи с «Синей книгой» практически ежегодно. В японском посольстве получение ноты подтвердили, но от комментариев отказались.

В марте 2022 года Россия отказалась продолжать переговоры с Японией по мирному договору из-за санкций Токио. В МИД неоднократно подчёркивали, что суверенитет России над островами «закреплён в международных документах».
"""),
# ---------------------------------------------------------------- 46
dict(
    feed="fumizuki-ja", lang="ja", published="2026-06-16T02:30:00Z",
    title="多楽島への墓参、今夏に限り容認　ロシアが口上書で回答　元島民ら10人、8月下旬に",
    summary="ロシア政府が、歯舞群島・多楽島への元島民らの墓参を今夏に限り認めると口上書で日本側に回答した。四島への墓参が実現すれば2019年以来となる。ロシア側は「一度限りの例外措置」としている。",
    label="new_development", group="g6",
    new_facts=["By a note dated 15 June 2026 Russia allowed one grave visit by about 10 former islanders to Taraku (Polonsky) island in late August 2026, this summer only, explicitly not a restoration of visa-free trips"],
    must_mention=[["多楽"], ["墓参"]],
    note="New development of the 'neither' kind: a one-off permission, this summer only; visa-free trips stay terminated (seeds 000-003), so not a status change.",
    section="社会", byline="文月通信",
    body="""
ロシア政府が、歯舞群島・多楽島への元島民らの墓参を今夏に限り認めると日本側に回答したことが16日、分かった。外務省によると、ロシア外務省から15日付の口上書で通知があった。北方四島への墓参が実現すれば、2019年以来7年ぶりとなる。

口上書は、墓参を「人道的配慮に基づく一度限りの例外的措置」と明記し、ビザなし交流や自由訪問などの枠組みの再開を意味するものではないとしている。日本側は今年3月、多楽島に限った墓参の実施を口上書で要請していた。

外務省によると、墓参団は元島民と親族の計10人程度で、8月下旬に根室港から船で多楽島に向かう。上陸は1日限りで、ロシア国境警備局の係官が同行する。ロシアの査証は不要とする方向で最終調整している。

多楽島は歯舞群島で2番目に大きな島で、戦前は約1000人が暮らしていた。現在は無人で、島内には日本人墓地が残る。

元島民の団体の関係者は「一度きりでも、ふるさとの土を踏めるのはありがたい」と話した。一方、政府関係者は「あくまで例外措置で、交流事業全体の再開の見通しは立っていない」と慎重な見方を示した。昨年6月に日本側が文書で示した「人道分野の枠組み」案に、ロシア側は回答していない。
"""),
# ---------------------------------------------------------------- 47
dict(
    feed="prichal-ru", lang="ru", published="2026-06-16T11:45:00Z",
    title="Бывшим японским жителям разрешили однократно посетить могилы на острове Полонского",
    summary="Россия в порядке исключения разрешила группе из десяти японцев в конце августа побывать на кладбище на необитаемом острове Малой Курильской гряды.",
    label="new_development", group="g6",
    new_facts=["Russia allowed a one-off visit by about ten former Japanese residents to graves on Polonsky (Taraku) island in late August 2026"],
    must_mention=[["полонск"], ["могил", "однократ"]],
    note="Same development (g6) in Russian.",
    section="Курилы", byline="Андрей Лобанов",
    comments=[("Малокурильское", "Пограничники будут сопровождать, всё под контролем."),
              ("pavel_k", "Гуманитарный жест — это правильно, старикам по 90 лет.")],
    body="""
Российская сторона разрешила группе бывших японских жителей Малой Курильской гряды однократно посетить могилы родственников на острове Полонского (в Японии — Тараку). Об этом сообщили японские СМИ со ссылкой на МИД Японии; в российском МИД информацию подтвердили «Причалу».

Согласно ноте МИД России от 15 июня, поездка разрешена «в порядке исключения и по гуманитарным соображениям» и не означает возобновления безвизовых обменов или упрощённых поездок бывших жителей, прекращённых в 2022 году.

Группа из примерно десяти человек прибудет к острову на судне из Немуро в конце августа. Высадка продлится один день, японцев будут сопровождать сотрудники пограничного управления ФСБ.

Остров Полонского — второй по величине в Малой Курильской гряде, постоянного населения на нём нет. До 1945 года здесь жили около тысячи японцев, сохранились остатки кладбища.

Японская сторона просила о поездке в марте. Консультации по мирному договору, возобновлённые в 2025 году, с ноября приостановлены по решению Москвы.

Последний раз бывшие японские жители посещали могилы на южных Курилах в 2019 году. В марте 2022 года МИД России прекратил безвизовые поездки японских граждан на острова в ответ на антироссийские санкции Токио. На предложения Японии о «гуманитарном треке», переданные в июне прошлого года, Москва так и не ответила.
"""),
# ---------------------------------------------------------------- 48
dict(
    feed="inkwell-asia", lang="en", published="2026-06-17T09:00:00Z",
    title="Russia allows one-off grave visit to Habomai islet, stresses it is an exception",
    summary="Around ten former residents will be allowed to land on Taraku, which Russia calls Polonsky Island, for one day in late August; Moscow says visa-free exchanges remain terminated.",
    label="new_development", group="g6",
    new_facts=["One-off permission for former islanders' grave visit to Taraku/Polonsky island, summer 2026"],
    must_mention=[["taraku", "polonsky"], ["grave"]],
    note="Same development (g6) in English.",
    section="Japan", byline="Mariko Hale in Nemuro",
    body="""
NEMURO - Russia will allow about ten former Japanese residents to visit family graves on a small uninhabited island in the Habomai group this summer, Japan's Foreign Ministry said, in what Moscow described as a one-time exception that does not restore the visa-free exchanges it ended in 2022.

The visit, to Taraku island, which Russia calls Polonsky, is planned for late August. The group will travel by boat from Nemuro and spend a single day ashore, accompanied by Russian border guards. Tokyo requested the trip in March.

A Russian note dated June 15 says the permission was granted "on humanitarian grounds, as an exception". It would be the first grave visit to any of the disputed islands since 2019.

"Even once is better than never. Some of us will not get another chance," said a former resident of Taraku, now in his late eighties, who hopes to be on the boat.

Officials were careful not to oversell the decision. Peace treaty consultations remain suspended by Moscow since November, and Russia never answered a broader Japanese proposal, handed over a year ago, to restore regular visa-free visits. "This is one boat, one day, one island," a Japanese official said.
"""),
# ---------------------------------------------------------------- 49
dict(
    feed="cinnabar-wire", lang="en", published="2026-07-21T08:30:00Z",
    title="Putin receives new Japanese envoy's credentials, says ties at 'lowest point'",
    summary="At a Kremlin ceremony for 19 new ambassadors, the Russian president said relations with Japan had deteriorated 'through no fault of ours'.",
    label="neutral",
    note="Borderline: a ceremony of letters of credence (documents handed over) with Putin restating the known line; routine diplomacy, no move.",
    section="Europe", byline="Cinnabar Moscow bureau",
    body="""
MOSCOW, July 21 (Cinnabar) - President Vladimir Putin said on Tuesday that relations with Japan were "at their lowest point in decades, through no fault of ours", as he accepted the credentials of Tokyo's new ambassador at a Kremlin ceremony.

Ambassador Toru Kanamori was among 19 envoys who presented their letters of credence in the Alexander Hall of the Grand Kremlin Palace.

"Unfortunately, relations with Japan are going through far from the best of times. Tokyo has chosen to follow a course of sanctions and pressure," Putin said in a speech to the ambassadors. "We have never closed the door to dialogue, but it must be based on mutual respect."

Putin did not mention the territorial dispute or the peace treaty consultations that Moscow suspended in November.

Kanamori, a career diplomat who previously served as director-general for European affairs, told Japanese reporters afterwards that he would "work to keep channels of communication open". He succeeds Akira Muto.

(Editing by Cinnabar Europe desk)
"""),
# ---------------------------------------------------------------- 50
dict(
    feed="prichal-ru", lang="ru", published="2026-10-19T02:00:00Z",
    title="70 лет Совместной декларации: документ, который так и не привёл к миру",
    summary="19 октября 1956 года СССР и Япония прекратили состояние войны и восстановили дипломатические отношения. Мирного договора нет до сих пор.",
    label="restatement",
    note="Anniversary/background piece on the 1956 Declaration (seed 004 mentions it); later events recalled are seeds or earlier corpus items (g3, g5). No move.",
    section="История", byline="Виктор Ремез",
    comments=[("историк_сах", "Хрущёв пообещал, а выполнять никто не обязан был."),
              ("Гена", "Хорошая статья, спасибо.")],
    body="""
Семьдесят лет назад, 19 октября 1956 года, в Москве была подписана Совместная декларация СССР и Японии. Документ прекратил состояние войны между двумя странами и восстановил дипломатические отношения, прерванные в 1945 году.

Подписи под декларацией поставили председатель Совета министров СССР Николай Булганин и премьер-министр Японии Итиро Хатояма. Девятая статья документа предусматривала, что Советский Союз, «идя навстречу пожеланиям Японии», согласен передать ей остров Шикотан и острова Хабомаи — но лишь после заключения мирного договора.

Договор так и не был подписан. В 1960 году, после заключения японо-американского договора о безопасности, советское правительство в памятной записке увязало передачу островов с выводом иностранных войск с территории Японии.

К декларации стороны возвращались не раз. В 2018 году в Сингапуре Владимир Путин и Синдзо Абэ договорились ускорить переговоры на её основе. Однако в марте 2022 года МИД России объявил о прекращении переговоров по мирному договору из-за санкций Токио. Возобновлённые в 2025 году консультации заместителей министров продержались лишь несколько месяцев: в ноябре Москва их приостановила.

«Декларация остаётся единственным ратифицированным документом, где говорится об островах, — отмечает сахалинский историк. — Но сегодня она скорее памятник эпохе, чем рабочий инструмент».
"""),
# ---------------------------------------------------------------- 51
dict(
    feed="dispatchbox-en", lang="en", published="2026-10-19T10:40:00Z",
    title="Putin and Takaichi exchange messages on 70th anniversary of 1956 declaration",
    summary="The Russian president and the Japanese prime minister exchanged written messages marking seven decades of restored relations; both sides said the exchange did not mean talks would resume.",
    label="new_development", group="g7",
    new_facts=["Putin and PM Takaichi exchanged written messages marking the 70th anniversary of the 1956 Joint Declaration, the first leader-level correspondence since 2024; both sides said it does not signal a resumption of talks"],
    must_mention=[["message"], ["anniversary", "1956"]],
    note="New development of the 'neither' kind: a one-time exchange of leaders' messages; consultations stay suspended (g5), so no status change.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Vladimir Putin and Japanese Prime Minister Sanae Takaichi exchanged written messages on Monday to mark the 70th anniversary of the 1956 Joint Declaration that ended the state of war between the Soviet Union and Japan, the Kremlin and the Japanese government said.

It is the first leader-level correspondence between the two countries since Putin replied to a letter from then prime minister Fumio Kishida in July 2024.

In his message, Putin called the declaration "an important milestone that laid the foundation for restoring relations between our countries" and said Russia remained "open to dialogue with Japan on the basis of mutual respect and consideration of each other's interests", according to the Kremlin.

Takaichi's message, according to Japanese officials, said Japan intended to "resolve the issue of the attribution of the four northern islands and conclude a peace treaty", and noted that the declaration had been ratified by both countries' parliaments.

Both sides were quick to limit expectations. Kremlin spokesman Dmitry Peskov described the exchange as "protocol courtesy linked to a round date" and said it "does not mean a return to negotiations". Chief Cabinet Secretary Minoru Kihara said the consultations Russia suspended last November remained suspended.

Still, diplomats in Tokyo noted that Moscow had agreed to an exchange at all. "It costs nothing, but they could have said no," one said.
"""),
# ---------------------------------------------------------------- 52
dict(
    feed="depesha-ru", lang="ru", published="2026-10-19T15:20:00Z",
    title="Путин и Такаити обменялись посланиями к 70-летию Совместной декларации",
    summary="Президент России и премьер-министр Японии направили друг другу послания по случаю годовщины документа 1956 года. В Кремле подчеркнули, что это не означает возобновления переговоров.",
    label="new_development", group="g7",
    new_facts=["Putin and Takaichi exchanged messages on the 70th anniversary of the 1956 Declaration; not a resumption of talks"],
    must_mention=[["послани"], ["декларац", "70"]],
    note="Same development (g7) in Russian.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 19 октября. /ИА «Депеша»/. Владимир Путин и премьер-министр Японии Санаэ Такаити обменялись посланиями в связи с 70-летием Совместной декларации СССР и Японии, сообщили в Кремле.

«В своём послании президент отметил, что декларация стала важной вехой, заложившей основу восстановления отношений между нашими странами, и подтвердил открытость России к диалогу с Японией на основе взаимного уважения и учёта интересов друг друга», — говорится в сообщении пресс-службы Кремля.

Пресс-секретарь президента Дмитрий Песков назвал обмен посланиями «протокольной любезностью, связанной с круглой датой». «Это не означает возвращения к переговорам», — подчеркнул он.

По данным японской стороны, в послании Такаити выражено намерение «решить вопрос о принадлежности четырёх островов и заключить мирный договор».

Последний раз лидеры двух стран обменивались письмами в 2024 году: тогда Путин ответил на послание премьер-министра Фумио Кисиды. Консультации по мирному договору, возобновлённые в 2025 году, приостановлены Москвой в ноябре прошлого года.

Совместная декларация, подписанная 19 октября 1956 года, прекратила состояние войны между СССР и Японией и восстановила дипломатические отношения. Девятая статья документа предусматривала передачу Японии Шикотана и островов Хабомаи после заключения мирного договора, который так и не был подписан.
"""),
# ---------------------------------------------------------------- 53
dict(
    feed="sealwax-review", lang="en", published="2027-01-19T10:00:00Z",
    title="Scientists' letter warns against deep-sea mining interest in Kuril-Kamchatka Trench",
    summary="Forty marine biologists signed a letter in a scientific journal urging protection for the trench's hadal fauna before any exploration licences are granted.",
    label="off_topic",
    note="Look-alike: a 'letter' about something named after the Kurils (the Kuril-Kamchatka Trench); no diplomacy, no dispute.",
    section="Science", byline="Priya Anand",
    body="""
Forty marine biologists from eleven countries have signed a letter in a leading scientific journal calling for protection of the Kuril-Kamchatka Trench, one of the deepest places in the ocean, before any licences for seabed mineral exploration are granted there.

The trench runs for more than 2,000 kilometres along the Pacific side of the Kuril Islands and Kamchatka, reaching depths of about 9,600 metres. Expeditions over the past decade have recorded hundreds of species there, many of them new to science, including snailfish filmed at record depths.

"We know more about the surface of Mars than about the hadal zone of this trench," the letter says. "Once disturbed, these communities may take centuries to recover, if they recover at all."

The signatories point to growing commercial interest in polymetallic nodules and crusts in the north-west Pacific, though no exploration licence for the trench itself has been requested.

The letter does not address jurisdiction. Parts of the trench lie within exclusive economic zones and parts beyond, where the International Seabed Authority regulates mining. The authors call for a moratorium "regardless of whose waters".
"""),
# ---------------------------------------------------------------- 54
dict(
    feed="depesha-ru", lang="ru", published="2027-03-16T09:00:00Z",
    title="Россия и Япония обменялись нотами о возобновлении консультаций по мирному договору",
    summary="Консультации заместителей министров, приостановленные Москвой в ноябре 2025 года, возобновятся: очередной раунд пройдёт в апреле в Токио.",
    label="status_change", group="g8",
    new_facts=["Russia and Japan exchanged notes agreeing to resume the deputy-FM peace-treaty consultations suspended in November 2025; next round in Tokyo in April 2027"],
    must_mention=[["возобнов"], ["мирн", "консультаци"]],
    note="Status change: consultations suspended since g5 (Nov 2025) are agreed to resume by exchange of notes, with a date set. Old state: suspended; new: resuming.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 16 марта. /ИА «Депеша»/. Россия и Япония договорились возобновить консультации заместителей министров иностранных дел, в повестку которых входят вопросы мирного договора. Об этом говорится в сообщении МИД России, опубликованном по итогам обмена нотами.

«В результате обмена нотами между МИД России и посольством Японии в Москве достигнута договорённость о возобновлении консультаций на уровне заместителей министров. Очередной раунд состоится в апреле в Токио», — говорится в сообщении. Российскую делегацию вновь возглавит заместитель министра Андрей Руденко.

В МИД пояснили, что решение принято «с учётом сигналов японской стороны о готовности к равноправному и уважительному диалогу», не уточнив, о каких сигналах идёт речь. Официальный представитель министерства Мария Захарова подчеркнула, что позиция России по вопросу суверенитета над островами «остаётся неизменной».

Консультации были возобновлены в 2025 году после трёхлетнего перерыва, однако в ноябре того же года Москва приостановила их в ответ на новый пакет японских санкций. Второй раунд, который должен был пройти в Токио в декабре 2025 года, был отменён.
"""),
# ---------------------------------------------------------------- 55
dict(
    feed="hakuro-ja", lang="ja", published="2027-03-16T13:10:00Z",
    title="平和条約協議、1年4カ月ぶり再開へ　日ロが口上書交換　4月に東京で次官級",
    summary="日ロ両政府は口上書の交換により、ロシアが2025年11月に停止を通告した平和条約問題を含む外務次官級協議を再開することで合意した。4月に東京で開く。",
    label="status_change", group="g8",
    new_facts=["Japan and Russia agreed by exchange of notes to resume the suspended vice-minister peace-treaty consultations; round in Tokyo in April"],
    must_mention=[["再開"], ["平和条約"]],
    note="Same development (g8) in Japanese.",
    section="政治", byline="東京報道部",
    body="""
日ロ両政府は16日、平和条約問題を含む外務次官級協議を再開することで合意した。ロシア外務省とモスクワの日本大使館の間で口上書を交換した。ロシアが2025年11月、日本の対ロ追加制裁に反発して停止を通告して以来、1年4カ月ぶりの再開となる。次回協議は4月に東京で開く。

ロシア外務省は声明で、再開は「日本側の対等で敬意ある対話への用意を示すシグナルを考慮した」と説明した。具体的な内容には触れていない。

木原稔官房長官は16日夕の記者会見で「協議の再開に合意したことを確認した。北方領土問題を解決して平和条約を締結するとの我が国の立場をしっかり伝えていく」と述べた。制裁の扱いについては「G7と連携していく方針に変わりはない」とした。

協議は22年3月の交渉中断を経て25年に再開し、同年5月にモスクワで第1回が開かれたが、12月に予定していた東京での第2回は取りやめとなっていた。

千島連盟の幹部は「今度こそ途切れることなく続けてほしい。墓参の問題を必ず議題にしてもらいたい」と話した。
"""),
# ---------------------------------------------------------------- 56
dict(
    feed="inkwell-asia", lang="en", published="2027-03-17T07:00:00Z",
    title="Japan and Russia agree to restart suspended treaty consultations next month",
    summary="An exchange of diplomatic notes revives the deputy-minister talks Moscow froze in November 2025; a round is set for Tokyo in April.",
    label="status_change", group="g8",
    new_facts=["Exchange of notes revives the suspended peace-treaty consultations; Tokyo round in April 2027"],
    must_mention=[["restart", "resum", "revive"], ["treaty"]],
    note="Same development (g8) in English.",
    section="Japan", byline="Mariko Hale in Tokyo",
    body="""
TOKYO - Japan and Russia have agreed to restart deputy-minister consultations on a peace treaty that Moscow suspended in November 2025, with a round to be held in Tokyo in April, both governments said.

The agreement was reached through an exchange of diplomatic notes between Russia's Foreign Ministry and the Japanese embassy in Moscow, Russia's Foreign Ministry said on Tuesday. Deputy Foreign Minister Andrei Rudenko will lead the Russian side.

Moscow said it had taken into account "signals from the Japanese side of readiness for an equal and respectful dialogue", without elaborating. Japanese officials said no concessions on sanctions had been made.

Chief Cabinet Secretary Minoru Kihara confirmed the agreement and said Japan would use the talks to press its position that the territorial issue must be resolved before a treaty is signed.

The consultations had a short first life. Russia agreed to resume them in March 2025, three years after walking out of treaty talks over Japan's sanctions; a single round was held in Moscow that May before Moscow froze them again over a new sanctions package.
"""),
# ---------------------------------------------------------------- 57
dict(
    feed="fumizuki-ja", lang="ja", published="2027-04-06T03:00:00Z",
    title="千島連盟、外相に要望　「次官級協議で墓参を必ず議題に」",
    summary="4月に東京で開かれる日ロ外務次官級協議を前に、千島歯舞諸島居住者連盟が外相に要望書を提出し、墓参や自由訪問の再開を議題に取り上げるよう求めた。",
    label="restatement",
    note="A league's petition asking for an agenda item (a requested move); the talks' resumption is the earlier g8 development; 再開の見通しは立っていない for visits. No move.",
    section="政治", byline="文月通信",
    body="""
千島歯舞諸島居住者連盟（千島連盟）の代表らは5日、外務省で茂木敏充外相と面会し、4月に東京で開かれる平和条約問題を含む日ロ外務次官級協議で、墓参、自由訪問、ビザなし交流の再開を必ず議題に取り上げるよう求める要望書を手渡した。

要望書は「元島民の平均年齢は90歳に迫り、残された時間はわずかだ」と訴え、昨年夏に一度限りで実現した多楽島への墓参を「継続的な枠組みにつなげてほしい」と求めた。

茂木外相は「元島民の皆さまの思いを重く受け止め、協議の場でしっかりと提起する」と応じた。

協議はロシアが2025年11月に停止を通告していたが、今年3月の口上書の交換で再開が決まった。連盟は2月にも首相あてに同様の要望書を提出している。ただ、ロシア側は墓参などの交流事業について「両国関係の全体的な状況を踏まえて判断する」との立場を崩しておらず、事業再開の見通しは立っていない。
"""),
]
