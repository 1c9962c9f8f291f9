# -*- coding: utf-8 -*-
"""Articles published from November 2024 through October 2025 (blind73 corpus)."""

ARTICLES = [
# ---------------------------------------------------------------- 21
dict(
    feed="prichal-ru", lang="ru", published="2024-11-20T12:15:00Z",
    title="Захарова: никаких нот от Токио о возобновлении переговоров в МИД не поступало",
    summary="Официальный представитель МИД опровергла сообщение японской газеты о том, что Токио направил Москве ноту с предложением вернуться к диалогу по мирному договору.",
    label="restatement",
    note="A note whose receipt is denied; 'no basis for talks while sanctions remain' restates seeds 000/004; Putin's July offer is the earlier g2 development. No move.",
    section="Курилы", byline="Андрей Лобанов",
    comments=[("Дмитрий", "Выдают желаемое за действительное — точно сказано."),
              ("Shikotan2019", "Всё равно рано или поздно придётся разговаривать.")],
    body="""
МИД России не получал от Японии нот с предложением возобновить переговоры по мирному договору. Об этом в среду на брифинге заявила официальный представитель ведомства Мария Захарова, комментируя публикацию одной из крупных японских газет.

Накануне издание со ссылкой на дипломатические источники сообщило, что Токио якобы направил в Москву ноту, в которой предлагает «в той или иной форме» вернуться к обсуждению мирного договора.

«Никаких нот такого содержания в МИД России не поступало. Видимо, японские коллеги выдают желаемое за действительное», — сказала Захарова. Она напомнила, что позиция Москвы не изменилась: «Пока Токио проводит откровенно враждебную политику и вводит всё новые санкции, оснований для возвращения к переговорам о мирном договоре нет».

Захарова также отметила, что предложение российской стороны о консультациях по практическим вопросам, изложенное в июльском ответном письме Владимира Путина премьер-министру Японии, «остаётся в силе», однако ответа на него Токио до сих пор не дал.

Японское посольство в Москве сообщение газеты не комментировало.

Переговоры по мирному договору прерваны с марта 2022 года. Тогда же Россия прекратила безвизовые поездки японских граждан на южные Курилы и вышла из диалога о совместной хозяйственной деятельности на островах.
"""),
# ---------------------------------------------------------------- 22
dict(
    feed="sealwax-review", lang="en", published="2024-12-10T05:00:00Z",
    title="Tokyo presses Moscow by note for consular access to employee held in Vladivostok",
    summary="Japan's embassy in Moscow sent a note verbale seeking access to a trading-house employee detained by Russian customs, the Foreign Ministry said.",
    label="off_topic",
    note="Unrelated Japan-Russia news: a consular note about a detained national; not about the islands or the peace treaty.",
    section="Region", byline="Hana Whitlock",
    body="""
Japan has sent a note verbale to Russia's Foreign Ministry requesting consular access to a Japanese national detained in Vladivostok, a Foreign Ministry spokesperson in Tokyo said on Tuesday.

The man, an employee of a mid-sized Tokyo trading house in his fifties, was detained by Russian customs officers last week on suspicion of attempting to export electronic components subject to Russian restrictions, according to people familiar with the case. His company said it was "gathering information" and declined further comment.

"We have requested consular access as soon as possible and are providing the support we can to the individual and his family," the spokesperson said, adding that the Japanese consulate-general in Vladivostok had been in contact with local authorities.

Relations between Tokyo and Moscow have been at a low since Japan joined Western sanctions over the war in Ukraine. Several Japanese companies have scaled back or closed their Russian operations, and Tokyo advises its citizens against all travel to Russia.

Under the Vienna Convention on Consular Relations, Russia is obliged to inform Japan of the detention of its nationals and allow consular officers to visit them. The ministry did not say whether Russia had answered the note.
"""),
# ---------------------------------------------------------------- 23
dict(
    feed="hakuro-ja", lang="ja", published="2024-12-24T01:30:00Z",
    title="外交文書公開　細川首相、エリツィン氏に親書　93年訪日前「四島の帰属問題」明記求める",
    summary="外務省は24日、1993年を中心とする外交文書を一般公開した。エリツィン大統領の訪日を前に細川護熙首相が送った親書の全文が含まれ、東京宣言の作成過程がうかがえる。",
    label="neutral",
    note="Borderline: declassification news revealing a 31-year-old leader's letter; historical, not a development in the current state of talks.",
    section="政治", byline="東京報道部",
    body="""
外務省は24日、作成から30年以上が経過した外交文書を一般公開した。1993年10月のエリツィン・ロシア大統領の訪日を前に、細川護熙首相（当時）が同大統領に送った親書の全文が含まれていた。親書は、北方四島の「帰属の問題」を解決して平和条約を締結する方針を首脳間の文書に明記するよう強く求めており、後の東京宣言の作成過程がうかがえる。

公開された文書によると、細川氏は同年9月付の親書で「過去の困難を乗り越え、法と正義の原則に基づき四島の帰属の問題を解決したい」と訴えた。これに対しロシア側は当初、島の名前を列挙することに難色を示したが、最終的に東京宣言には択捉、国後、色丹、歯舞の4島の名前が明記された。

交渉に関わった元外交官は「四島を名指しした点で東京宣言は画期的だった。親書はその地ならしだった」と振り返る。

ロシアは2022年3月に平和条約交渉の中断を表明しており、日ロ間の対話は途絶えたままだ。ロシア政治に詳しい専門家は「当時と今では両国関係の前提が全く異なる。文書は歴史の記録として読むべきだ」と話している。
"""),
# ---------------------------------------------------------------- 24
dict(
    feed="fumizuki-ja", lang="ja", published="2025-02-07T03:00:00Z",
    title="「北方領土の日」全国大会　石破首相「平和条約締結の方針を堅持」",
    summary="「北方領土の日」の7日、東京都内で北方領土返還要求全国大会が開かれ、石破茂首相が「領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。",
    label="restatement",
    note="Annual occasion; the prime minister restates Tokyo's position (seed 002) and the 2022 suspension (seeds 000-003); 再開の見通しは立っていない. No move.",
    section="政治", byline="文月通信",
    body="""
「北方領土の日」の7日、北方領土返還要求全国大会（北方領土返還要求運動連絡協議会など主催）が東京都内で開かれた。石破茂首相はあいさつで「ロシアによるウクライナ侵略により日ロ関係は厳しい状況にあるが、北方領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。

首相は、墓参を中心とした四島交流等事業の再開を「今後の日ロ関係の中で最優先事項の一つ」と位置付け、「元島民の皆さまの切実な思いに応えられるよう、粘り強く取り組む」と語った。

大会では元島民の代表が「故郷の島を離れて80年近くがたつ。生きているうちに墓参りをさせてほしい」と訴え、四島の早期返還と交流事業の再開を求める大会アピールを採択した。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の中断を表明し、ビザなし交流と自由訪問も停止した。昨年7月にはプーチン大統領が岸田文雄前首相への返書で平和条約を除く次官級協議を提案したが、日本側は応じるかどうかを明らかにしておらず、交渉再開の見通しは立っていない。
"""),
# ---------------------------------------------------------------- 25
dict(
    feed="cinnabar-wire", lang="en", published="2025-02-18T10:10:00Z",
    title="China protests Okinawa survey near Senkaku Islands in note to Tokyo",
    summary="Beijing lodged representations and a diplomatic note after a research vessel chartered by Okinawa prefecture surveyed waters near the East China Sea islands.",
    label="off_topic",
    note="Look-alike: a protest note in a different Japanese island dispute (Senkaku/Diaoyu); no Russia or Kurils.",
    section="Asia", byline="Cinnabar Beijing bureau",
    body="""
BEIJING, Feb 18 (Cinnabar) - China lodged "solemn representations" with Japan and delivered a diplomatic note after a research vessel chartered by Okinawa prefecture surveyed waters near the Senkaku Islands, China's foreign ministry said on Tuesday.

"The Diaoyu Island and its affiliated islands are China's inherent territory. Any so-called survey by the Japanese side in these waters is illegal and invalid," a ministry spokesperson said at a regular briefing.

Japan rejected the protest. Chief Cabinet Secretary Yoshimasa Hayashi told reporters in Tokyo that the islands were "clearly an inherent part of Japan's territory" and that there was "no territorial issue to be resolved" over them.

The uninhabited islands are administered by Japan. Chinese coast guard ships have spent a record number of days in the surrounding waters in recent years, and the two governments exchange protests several times a month.

Okinawa prefecture said the survey, its second in two years, was intended to gather data on marine resources and the seabed.

(Editing by Cinnabar Asia desk)
"""),
# ---------------------------------------------------------------- 26
dict(
    feed="depesha-ru", lang="ru", published="2025-03-11T09:40:00Z",
    title="МИД России в ответной ноте согласился возобновить консультации с Японией по мирному договору",
    summary="Москва приняла предложение Токио провести консультации заместителей министров с включением в повестку вопросов мирного договора. Первый раунд пройдёт в Москве в мае, сообщила Мария Захарова.",
    label="status_change", group="g3",
    new_facts=["In a reply note Russia agreed to resume consultations with Japan that include the peace treaty (talks suspended since March 2022); first deputy-FM round in Moscow in May 2025"],
    must_mention=[["возобнов"], ["мирн"]],
    note="Status change: peace-treaty talks, suspended since March 2022 (seeds 000-004), agreed to resume by a written reply note. Old state: suspended; new: agreed to resume, round set.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 11 марта. /ИА «Депеша»/. Россия согласилась возобновить консультации с Японией по мирному договору, прерванные в марте 2022 года. Об этом говорится в ответной ноте МИД России, переданной посольству Японии в Москве, сообщила на брифинге официальный представитель ведомства Мария Захарова.

«Российская сторона ответила согласием на предложение японских партнёров провести консультации заместителей министров иностранных дел, в повестку которых будут включены вопросы, связанные с мирным договором», — сказала Захарова. Первый раунд, по её словам, состоится в Москве во второй половине мая; российскую делегацию возглавит заместитель министра Андрей Руденко.

Захарова подчеркнула, что это решение «не означает изменения принципиальной позиции России» в отношении суверенитета над островами, который «закреплён в международных документах». Москва рассчитывает обсуждать «всеобъемлющий документ о мире, дружбе и добрососедстве», а не «территориальную проблему, которой не существует», добавила она.

Японская нота с предложением возобновить консультации была передана в феврале. Ранее Москва предлагала Токио консультации лишь по практическим вопросам — рыболовству, мореплаванию и гуманитарным темам, — исключая мирный договор.

В марте 2022 года МИД России заявил, что «в нынешних условиях» не намерен продолжать переговоры с Японией по мирному договору из-за санкций. В феврале 2024 года замминистра Руденко называл возобновление диалога «категорически невозможным».
"""),
# ---------------------------------------------------------------- 27
dict(
    feed="hakuro-ja", lang="ja", published="2025-03-11T12:50:00Z",
    title="平和条約交渉、3年ぶり再開へ　ロシアが口上書で同意　5月にモスクワで次官級",
    summary="ロシア外務省は11日、平和条約問題を議題に含む外務次官級協議の再開に同意すると口上書で日本側に回答した。2022年3月の交渉中断以来初めてで、第1回協議は5月にモスクワで開く。",
    label="status_change", group="g3",
    new_facts=["Russia agreed by note to resume vice-minister consultations including the peace treaty; first round in Moscow in May"],
    must_mention=[["再開"], ["平和条約"]],
    note="Same development (g3) in Japanese.",
    section="政治", byline="東京報道部",
    body="""
ロシア外務省のザハロワ報道官は11日の記者会見で、平和条約問題を議題に含めた日ロ外務次官級協議の再開について、日本側の提案に同意する口上書をモスクワの日本大使館に送ったと明らかにした。第1回協議は5月後半にモスクワで開く。ロシアが日本の対ロ制裁を理由に2022年3月に平和条約交渉の中断を表明して以来、交渉の枠組みが動き出すのは初めて。

外務省関係者によると、日本側は2月、次官級協議の議題に平和条約問題を含めるよう求める口上書をロシア側に送っていた。ロシア側は昨年7月、岸田文雄前首相の親書に対するプーチン大統領の返書で平和条約を除く実務的な協議のみを提案しており、今回の回答は従来の立場からの転換となる。

ザハロワ氏は「ロシアの原則的立場に変化はない」と述べ、島々の主権は「国際的な文書で確定している」と強調した。ロシア側は領土問題ではなく「平和・友好・善隣に関する包括的な文書」の議論を想定しているとみられる。

岩屋毅外相は11日夜、記者団に「ロシア側の回答を受け取った。協議の場で、北方領土問題を解決して平和条約を締結するという我が国の立場をしっかり伝える」と述べた。

元島民からは歓迎の声が上がった。千島連盟の幹部は「扉が少しでも開いたことを喜びたい。一日も早く墓参の再開につなげてほしい」と話した。
"""),
# ---------------------------------------------------------------- 28
dict(
    feed="dispatchbox-en", lang="en", published="2025-03-12T06:30:00Z",
    title="Russia agrees by diplomatic note to reopen peace treaty talks with Japan",
    summary="Moscow accepted Tokyo's proposal for deputy-minister consultations that include the peace treaty, ending a three-year freeze; the first round is set for Moscow in May.",
    label="status_change", group="g3",
    new_facts=["Russia's reply note agrees to resume peace-treaty consultations with Japan; first round in Moscow in May 2025"],
    must_mention=[["resum", "reopen", "restart"], ["peace treaty"]],
    note="Same development (g3) in English.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Russia has agreed to resume consultations with Japan on a peace treaty, three years after it walked out of the talks over Tokyo's sanctions, the Russian Foreign Ministry said on Tuesday.

Spokeswoman Maria Zakharova said Moscow had sent a note to the Japanese embassy accepting Tokyo's proposal for consultations between deputy foreign ministers "with questions related to the peace treaty on the agenda". The first round will be held in Moscow in the second half of May, led on the Russian side by Deputy Foreign Minister Andrei Rudenko.

The reply marks a clear shift. In March 2022 Moscow said it did not intend to continue negotiating a peace treaty with a country that had taken "openly unfriendly positions", and as recently as last year Rudenko called a resumption "categorically impossible". Last July, replying to a letter from then prime minister Fumio Kishida, Vladimir Putin offered talks only on practical issues such as fisheries, explicitly leaving the treaty out.

Zakharova stressed that the decision did "not mean a change in Russia's principled position" on the islands, which she said belonged to Russia under international documents. Moscow wants to discuss "a comprehensive document on peace, friendship and good-neighbourliness", she said, rather than "a territorial problem that does not exist".

Japanese Foreign Minister Takeshi Iwaya confirmed receipt of the note and said Japan would use the talks to state its position that the territorial issue must be resolved before a treaty is signed.

Japan had proposed the resumption in its own note in February. Officials in Tokyo said there were no conditions attached, and that Japan's sanctions remained in place.
"""),
# ---------------------------------------------------------------- 29
dict(
    feed="inkwell-asia", lang="en", published="2025-04-15T04:00:00Z",
    title="Japan's diplomatic bluebook restates island claim, notes restart of treaty contacts",
    summary="The Foreign Ministry's annual report again calls the Northern Territories islands over which Japan has sovereignty and records Moscow's agreement to resume consultations.",
    label="restatement",
    note="Annual report restating Japan's position (seed 002) and recording the agreed resumption already reported in g3; nothing new.",
    section="Japan", byline="Inkwell staff",
    body="""
TOKYO - Japan's annual Diplomatic Bluebook, presented to the cabinet on Tuesday, describes the Russian-held islands off Hokkaido as "islands over which Japan has sovereignty" and repeats that Tokyo's policy is to resolve the territorial issue and conclude a peace treaty with Russia.

The 2025 edition says relations with Moscow remain "in a severe state" because of Russia's aggression against Ukraine, and that Japan will continue to impose sanctions "in close coordination with the G7".

It also records that Russia agreed in March to resume consultations between deputy foreign ministers that include the peace treaty, with a first round due in Moscow in May, and says Japan will use the talks to "firmly convey its position". The resumption of visits by former islanders to family graves is described as a priority.

The wording on the islands is unchanged from last year's edition. In previous years Russia has protested against the bluebook's language on the islands, which Moscow says became Russian territory legitimately at the end of the Second World War.

The Russian embassy in Tokyo did not immediately comment.
"""),
# ---------------------------------------------------------------- 30
dict(
    feed="sealwax-review", lang="en", published="2025-05-20T13:30:00Z",
    title="Tokyo wants island visits on the table when treaty talks restart next week",
    summary="Japan says it will press Russia to restore former islanders' grave visits at the first deputy-minister round in Moscow; Moscow has made no commitment.",
    label="restatement",
    note="Requested and conditional versions of a move ('will strongly request', 'could return if Tokyo drops sanctions'); the restart of talks is the earlier g3 development. No move.",
    section="Region", byline="Hana Whitlock",
    comments=[("K. Sato", "Put the graves first. Everything else can wait."),
              ("northpacific_obs", "Moscow will trade the visits for sanctions relief, nothing less.")],
    body="""
Japan will press Russia to restore visits by former residents to family graves on the Russian-held islands when deputy foreign ministers meet in Moscow next week for the first peace treaty consultations since 2022, Foreign Minister Takeshi Iwaya said on Tuesday.

"We intend to strongly request the resumption of grave visits and other exchanges, which are a humanitarian matter for former islanders whose average age is close to 89," Iwaya told reporters.

Moscow has made no commitment. Russia's Foreign Ministry said only that the agenda "has been agreed by the two sides" and would not be discussed in public. A member of the Federation Council's international affairs committee told a Moscow radio station that visits "could return if Tokyo drops its sanctions", a condition Japan has repeatedly rejected.

The visa-free visits, which allowed Japanese citizens to travel to the islands without Russian visas under arrangements dating from 1991 and 1999, were terminated by Moscow in March 2022 along with the peace treaty talks themselves.

Russia agreed in March to resume consultations at deputy-minister level, with the treaty on the agenda. Officials in both capitals have played down expectations for the first round. "Nobody should expect a breakthrough. The fact of meeting is the result," said a Japanese official involved in preparations.
"""),
# ---------------------------------------------------------------- 31
dict(
    feed="fumizuki-ja", lang="ja", published="2025-06-17T03:20:00Z",
    title="政府、ロシアに「人道分野の枠組み」案を文書で提示　墓参・自由訪問の再開へ",
    summary="政府が北方四島への墓参、自由訪問、ビザなし交流の再開に向けた新たな枠組みの案を文書にまとめ、ロシア側に手渡していたことが分かった。平和条約協議とは切り離した「人道トラック」の創設を提案している。",
    label="new_development", group="g4",
    new_facts=["Japan handed Russia (ambassador Muto to deputy FM Rudenko, 16 June 2025) a written proposal for a separate 'humanitarian track' to restore grave visits, free visits and visa-free exchanges"],
    must_mention=[["提案", "文書", "枠組み"], ["人道"]],
    note="New: a written proposal handed over (a diplomatic act with a concrete document), distinct from mere requests; nothing like it in the seeds.",
    section="政治", byline="文月通信",
    body="""
政府が、北方四島への墓参、自由訪問、ビザなし交流の再開に向けた新たな枠組みの案を文書にまとめ、ロシア側に手渡していたことが17日、分かった。平和条約締結交渉とは切り離した「人道トラック」を設けることが柱。複数の政府関係者が明らかにした。

関係者によると、武藤顕駐ロシア大使が16日、モスクワのロシア外務省でルデンコ外務次官と会い、「人道分野における協力の枠組みに関する日本側提案」と題する文書を手渡した。5月にモスクワで開かれた平和条約問題を含む次官級協議で日本側が口頭で示した考え方を具体化したものという。

提案は、元島民とその家族による四島訪問をロシアの査証なしで年2回程度実施することや、四島在住ロシア人の日本訪問の受け入れ再開を盛り込んだ。訪問団の名簿を事前にロシア側に通報する手続きを強化するなど、ロシア側の懸念に配慮した内容も含む。

ルデンコ氏は文書を受け取り、「検討する」と応じた。ロシア側の回答の時期は示されていない。

ロシアは2022年3月、ビザなし交流と自由訪問の停止を一方的に表明した。政府関係者は「平和条約の議論とは別に、元島民の高齢化を踏まえた現実的な出口を示した」と説明している。
"""),
# ---------------------------------------------------------------- 32
dict(
    feed="inkwell-asia", lang="en", published="2025-06-17T15:00:00Z",
    title="Japan hands Russia written proposal for 'humanitarian track' on island visits",
    summary="Tokyo's ambassador gave Deputy Foreign Minister Rudenko a paper proposing visa-free grave visits and exchanges, kept separate from the peace treaty talks.",
    label="new_development", group="g4",
    new_facts=["Japan's written proposal for a humanitarian track (visa-free grave visits, exchanges) handed to Rudenko"],
    must_mention=[["proposal", "paper"], ["humanitarian"]],
    note="Same development (g4) in English.",
    section="Japan", byline="Mariko Hale in Tokyo",
    body="""
TOKYO - Japan has handed Russia a written proposal for a "humanitarian track" that would allow former residents of the Russian-held islands to visit family graves without visas, kept separate from the peace treaty negotiations the two countries resumed last month, Japanese officials said on Tuesday.

Ambassador Akira Muto gave the paper, titled "Japanese proposal on a framework for cooperation in the humanitarian field", to Deputy Foreign Minister Andrei Rudenko in Moscow on Monday, according to two officials familiar with the matter.

It proposes visits to the islands by former residents and their relatives twice a year without Russian visas, and the resumption of visits to Japan by Russian residents of the islands. To address Moscow's complaints about the old arrangements, it would tighten procedures for notifying Russia in advance of the names of visitors.

Rudenko accepted the document and said Russia would study it, the officials said. No timetable for a reply was given.

The proposal builds on ideas Japan outlined orally at the first round of deputy-minister consultations in Moscow in May, the first since Russia froze the peace treaty talks and terminated visa-free travel to the islands in March 2022.

"Former islanders cannot wait for the treaty question to be settled," one of the officials said. "The idea is to give both sides a way to say yes to something without moving on sovereignty."
"""),
# ---------------------------------------------------------------- 33
dict(
    feed="prichal-ru", lang="ru", published="2025-06-19T10:30:00Z",
    title="Захарова: японские предложения по «гуманитарному треку» получены и изучаются",
    summary="МИД России подтвердил получение документа, переданного послом Японии, но от оценок воздержался.",
    label="new_development", group="g4",
    new_facts=["Russia confirms receipt of Japan's written humanitarian-track proposal"],
    must_mention=[["предложени"], ["гуманитар"]],
    note="Same development (g4): Moscow confirms receiving Japan's written proposal; no further new fact.",
    section="Курилы", byline="Андрей Лобанов",
    comments=[("Алексей", "Опять безвизовые поездки хотят. А нам что с этого?"),
              ("tanya_yk", "Японские туристы раньше хоть деньги оставляли в Южно-Курильске.")],
    body="""
МИД России получил от японской стороны предложения о так называемом гуманитарном сотрудничестве, касающемся поездок бывших японских жителей на южные Курилы, и изучает их. Об этом в четверг на брифинге сообщила официальный представитель министерства Мария Захарова.

«Документ, переданный послом Японии, получен. Он изучается в установленном порядке. Давать оценки сейчас преждевременно», — сказала Захарова.

По данным японских СМИ, 16 июня посол Японии Акира Муто передал заместителю министра иностранных дел Андрею Руденко письменное предложение о создании «гуманитарного трека» — механизма поездок бывших жителей островов и их родственников к могилам без виз, отдельного от консультаций по мирному договору.

Захарова напомнила, что безвизовые обмены были прекращены в 2022 году «по вине японской стороны, вставшей на путь недружественных действий». На вопрос, допускает ли Москва их возобновление, она ответила: «Все вопросы будут рассматриваться с учётом общего состояния отношений».

В мае в Москве прошёл первый с 2022 года раунд консультаций заместителей министров иностранных дел России и Японии, в повестку которого были включены вопросы мирного договора.
"""),
# ---------------------------------------------------------------- 34
dict(
    feed="hakuro-ja", lang="ja", published="2025-07-15T02:00:00Z",
    title="「ふるさとの墓に参りたい」　元島民ら320通の手紙、プーチン氏あてにロシア大使館へ",
    summary="千島連盟根室支部と根室市内の中学生らが、墓参の再開を求めるプーチン大統領あての手紙320通を東京のロシア大使館に届けた。ロシア側は受け取ったが、コメントはなかった。",
    label="restatement",
    note="Citizens' letters (a petition) to the Russian president; nothing moved. Japan's June proposal (g4) is background; 再開の見通しは立っていない.",
    section="社会", byline="根室支局",
    body="""
千島歯舞諸島居住者連盟（千島連盟）根室支部の元島民と根室市内の中学生らが14日、東京都港区のロシア大使館を訪れ、北方四島への墓参の再開を求めるプーチン大統領あての手紙320通を届けた。大使館の職員が門の前で受け取ったが、コメントはなかったという。

手紙は元島民や2世、3世のほか、北方領土学習に取り組む市内の中学生が書いた。色丹島出身の90歳の女性は「父母の眠る島に、もう一度だけ行かせてください」とつづった。中学生の一人は「島に住むロシアの子どもたちとも、いつか会って話をしてみたい」と書いた。

支部長は「政治の話ではなく、人としてのお願いだ。大統領に一通でも読んでもらえれば」と話した。

政府は6月、墓参や自由訪問の再開に向けた「人道分野の枠組み」案を文書でロシア側に提示したが、ロシア側から回答はなく、今夏の墓参の実施は見送られる見通し。ロシアは2022年3月にビザなし交流と自由訪問を停止しており、墓参再開の見通しは立っていない。
"""),
# ---------------------------------------------------------------- 35
dict(
    feed="cinnabar-wire", lang="en", published="2025-08-12T09:00:00Z",
    title="Japan protests after Medvedev says Kurils are 'not a subject for any talks'",
    summary="Tokyo lodged a protest through diplomatic channels over remarks by the deputy head of Russia's Security Council, who wrote that the islands would remain Russian.",
    label="restatement",
    note="A protest over a new speaker's restatement of Russia's known position (sovereignty undisputed, seeds 000/001/004); talks and Japan's proposal are earlier corpus items (g3, g4). No move.",
    section="Asia", byline="Cinnabar Tokyo bureau",
    body="""
TOKYO, Aug 12 (Cinnabar) - Japan protested to Russia on Tuesday over remarks by former president Dmitry Medvedev, who wrote that the Kuril Islands "are Russian land, and this is not a subject for any talks with anyone".

Medvedev, deputy chairman of Russia's Security Council, made the comment on his Telegram channel on Monday in response to a Japanese lawmaker who had called for the islands' return, describing the Soviet takeover in 1945 as "an act of historical justice".

"The remarks are extremely regrettable and cannot be accepted," Chief Cabinet Secretary Yoshimasa Hayashi told a news conference, adding that Japan had lodged a protest through diplomatic channels.

Medvedev has made similar statements repeatedly since 2022 and visited the islands several times as president and prime minister. Russia's Foreign Ministry says Russian sovereignty over the islands is enshrined in international documents and cannot be questioned.

Japan and Russia resumed consultations between deputy foreign ministers in May, with the peace treaty on the agenda, after a three-year freeze. In June Tokyo handed Moscow a written proposal to restore former islanders' visits to family graves; Russia has not replied.

(Editing by Cinnabar Asia desk)
"""),
# ---------------------------------------------------------------- 36
dict(
    feed="depesha-ru", lang="ru", published="2025-09-09T11:20:00Z",
    title="МИД России направил Финляндии ноту протеста в связи с продлением закрытия границы",
    summary="Москва считает решение Хельсинки нарушением договорённостей о пунктах пропуска и «духа Парижского мирного договора 1947 года».",
    label="off_topic",
    note="Look-alike: a Russian protest note and a 'peace treaty' (Paris 1947) in Russia-Finland relations; no Japan or Kurils.",
    section="В мире", byline="Международный отдел",
    body="""
МОСКВА, 9 сентября. /ИА «Депеша»/. МИД России направил посольству Финляндии ноту протеста в связи с решением финского правительства продлить закрытие всех пунктов пропуска на российско-финляндской границе. Об этом сообщили в министерстве.

В ноте, в частности, говорится, что действия Хельсинки противоречат межправительственному соглашению о пунктах пропуска и «не соответствуют духу» Парижского мирного договора 1947 года, которым были закреплены послевоенные границы и обязательства Финляндии.

«Финская сторона в одностороннем порядке разрушает механизмы добрососедства, выстраивавшиеся десятилетиями», — отмечается в сообщении МИД.

Финляндия закрыла сухопутную границу с Россией в конце 2023 года, объяснив это наплывом мигрантов из третьих стран, и с тех пор неоднократно продлевала ограничения. В Хельсинки заявляют, что решение соответствует национальному законодательству и праву ЕС.

Финский МИД ноту пока не комментировал. Ранее президент Финляндии Александр Стубб заявлял, что граница останется закрытой «столько, сколько потребуется».

На прошлой неделе МИД России также выразил протест в связи с участием Финляндии в учениях НАТО вблизи российской границы. Двусторонние отношения, по оценке Москвы, находятся на «самом низком уровне за всю послевоенную историю».
"""),
# ---------------------------------------------------------------- 37
dict(
    feed="dispatchbox-en", lang="en", published="2025-10-28T06:00:00Z",
    title="Takaichi says she would meet Putin 'if it moves the islands issue forward'",
    summary="Japan's new prime minister said a meeting with the Russian president was not ruled out, but that conditions for one do not exist and sanctions will stay.",
    label="restatement",
    note="Conditional version of a move ('would meet if'); Tokyo's policy restates seed 002; the ongoing consultations and Japan's proposal are earlier corpus items (g3/g4). No move.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Sanae Takaichi, who became Japan's prime minister last week, said on Tuesday that she would be willing to meet Vladimir Putin "if it moves the Northern Territories issue forward", but that the conditions for a meeting did not currently exist.

"I do not rule out any means that would lead to the resolution of the territorial issue and the conclusion of a peace treaty," Takaichi told reporters. "But Russia's aggression against Ukraine continues, and I have no plans at present."

Takaichi, a conservative who has long advocated a hard line on security, also said Japan would "firmly maintain" its sanctions on Russia in coordination with the Group of Seven.

Japanese and Russian deputy foreign ministers met in Moscow in May for their first consultations with the peace treaty on the agenda since 2022. Tokyo also handed Moscow a written proposal in June to restore visits by former islanders to family graves, to which Russia has not responded.

The Kremlin said on Monday it had "taken note" of the change of government in Tokyo and would judge the new cabinet "by its deeds".
"""),
]
