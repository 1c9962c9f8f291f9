# -*- coding: utf-8 -*-
"""Articles published in 2024 (blind73 corpus). Paragraphs are separated by blank lines."""

ARTICLES = [
# ---------------------------------------------------------------- 1
dict(
    feed="hakuro-ja", lang="ja", published="2024-02-13T03:10:00Z",
    title="ルデンコ外務次官の発言に抗議　政府「一方的で受け入れられない」",
    summary="ロシアのルデンコ外務次官が平和条約交渉の再開を「絶対に不可能」と述べたことを受け、政府は外交ルートを通じてロシア側に抗議した。林芳正官房長官が13日の記者会見で明らかにした。",
    label="restatement",
    note="Protest over a statement that is itself seed 004 (Rudenko to TASS, Feb 2024: resumption 'categorically impossible'); the 2022 measures and Japan's protest to Galuzin restate seeds 000-001. A protest over a known event, no new move.",
    section="政治", byline="東京報道部",
    body="""
林芳正官房長官は13日午前の記者会見で、ロシアのルデンコ外務次官がタス通信のインタビューで平和条約交渉の再開を「現状では絶対に不可能だ」と述べたことについて、「一方的な主張であり、全く受け入れられない」と批判した。外交ルートを通じて既にロシア側に抗議したことも明らかにした。

ルデンコ氏は今月8日に配信されたインタビューで、日ロ関係は日本政府の「近視眼的な政策」によって前例のない低水準にあると主張。関係正常化に向けた条件として、日本が「敵対的な政策」を放棄することを挙げていた。

ロシア外務省は2022年3月、日本の対ロ制裁を理由に平和条約交渉を継続する意思はないと表明した。北方四島へのビザなし交流と自由訪問の停止、共同経済活動に関する対話からの離脱も一方的に発表している。林氏は当時、外相としてガルージン駐日大使（当時）に抗議していた。

林氏は会見で「ロシアによるウクライナ侵略によって日ロ関係は厳しい状況にあるが、北方領土問題を解決して平和条約を締結するとの方針は堅持する」と強調した。元島民の高齢化を踏まえ、墓参を中心とした四島交流等事業の再開は「今後の日ロ関係の中でも最優先事項の一つだ」とも述べた。

政府関係者によると、抗議は在ロシア日本大使館からロシア外務省に伝えた。ロシア側の反応は明らかになっていない。
"""),
# ---------------------------------------------------------------- 2
dict(
    feed="inkwell-asia", lang="en", published="2024-02-20T09:30:00Z",
    title="Former islanders write to UN chief, ask him to press Moscow on grave visits",
    summary="A league of Japanese former residents of the Russian-held islands off Hokkaido has written to UN Secretary-General Antonio Guterres, asking for help to restart visits to family graves frozen since 2022.",
    label="restatement",
    note="An appeal by a citizens' league (letter to the UN chief) that asks for a move; nothing moved. The freeze of visa-free visits and of treaty talks restates seeds 000-001.",
    section="Japan", byline="Mariko Hale in Sapporo",
    body="""
SAPPORO - An association of Japanese former residents of the four Russian-held islands off Hokkaido has written to United Nations Secretary-General Antonio Guterres, asking him to urge Moscow to let its ageing members visit family graves on the islands, the group said on Tuesday.

The League of Residents of Chishima and Habomai Islands, which represents surviving former islanders and their descendants, said the letter was handed to the UN Information Centre in Tokyo last week. It describes grave visits as "a humanitarian matter that should stand apart from politics" and asks the secretary-general to raise it "with the Russian authorities at any opportunity".

"The average age of our members is now over 88. Every year we wait, fewer of us will ever stand at our parents' graves again," the league's vice-president told reporters in Sapporo.

The visits, which allowed former residents to travel to the islands without Russian visas, have been frozen since March 2022, when Russia's Foreign Ministry said it was terminating visa-free travel by Japanese citizens under agreements dating from 1991 and 1999, in response to Tokyo's sanctions over the war in Ukraine. At the same time Moscow said it would not continue peace treaty negotiations with Japan.

The UN has no role in the territorial dispute, and a spokesperson for the information centre said only that the letter had been forwarded to New York. The Russian embassy in Tokyo did not respond to a request for comment.

The league has made similar appeals to the Japanese government every year since the suspension. Prime Minister Fumio Kishida has called the resumption of grave visits a top priority in Japan's dealings with Russia, but officials concede there is no sign of movement from Moscow.
"""),
# ---------------------------------------------------------------- 3
dict(
    feed="prichal-ru", lang="ru", published="2024-03-05T06:20:00Z",
    title="Сахалинские ветераны направили Путину открытое письмо: «Острова — это Россия»",
    summary="Областной совет ветеранов обратился к президенту с просьбой «раз и навсегда закрыть разговоры» о передаче южных Курил Японии.",
    label="restatement",
    note="A citizens' appeal (open letter) to the president asking him to confirm a known position; Russian sovereignty 'undisputed' and the 2022 refusal to negotiate restate seeds 000/001/004. No move.",
    section="Общество", byline="Ирина Ковалёва",
    comments=[("Сергей_Ю", "Правильно написали. Сколько можно эти острова обсуждать."),
              ("nevelsk_65", "А ответ кто-нибудь получит? Обычно такие письма уходят в никуда."),
              ("Марина К.", "Лучше бы про паром на Кунашир написали, третью неделю не ходит.")],
    body="""
Совет ветеранов войны, труда и правоохранительных органов Сахалинской области направил президенту России открытое письмо, в котором просит «раз и навсегда закрыть разговоры» о возможной передаче южных Курил Японии. Текст обращения во вторник опубликован на сайте организации.

Под письмом подписались более 1200 человек — ветераны, жители Южно-Курильска, Курильска и Малокурильского, а также потомки участников Курильской десантной операции 1945 года.

«Мы обращаемся к вам, Владимир Владимирович, с просьбой подтвердить: острова — это Россия, и никаких переговоров о них не будет», — говорится в обращении.

Авторы письма ссылаются на заявление МИД России от марта 2022 года, когда Москва отказалась продолжать переговоры с Японией по мирному договору из-за антироссийских санкций Токио, а также на слова заместителя министра иностранных дел Андрея Руденко, который в феврале назвал возобновление диалога «категорически невозможным».

В Кремле обращение пока не комментировали. В МИД неоднократно подчёркивали, что суверенитет России над островами закреплён в международных документах и сомнению не подлежит.

Председатель областного совета ветеранов рассказал «Причалу», что письмо отправлено через интернет-приёмную президента и продублировано почтой. «Ответа ждём, но главное — чтобы нас услышали», — сказал он.
"""),
# ---------------------------------------------------------------- 4
dict(
    feed="cinnabar-wire", lang="en", published="2024-03-19T11:00:00Z",
    title="Japan protests to Seoul over survey near Takeshima islets",
    summary="Tokyo delivered a protest note after a South Korean research ship surveyed waters near islets Japan calls Takeshima and Korea calls Dokdo.",
    label="off_topic",
    note="Look-alike: a Japanese protest note in a different island dispute (Takeshima/Dokdo); the Northern Territories appear only in one background line.",
    section="Asia", byline="Cinnabar Tokyo bureau",
    body="""
TOKYO, March 19 (Cinnabar) - Japan lodged a formal protest with South Korea on Tuesday after a South Korean government research vessel carried out an oceanographic survey in waters near a group of islets claimed by both countries, Japan's Foreign Ministry said.

The ministry's director-general for Asian and Oceanian affairs conveyed the protest by telephone to a senior official at the South Korean embassy in Tokyo, and a note verbale was delivered in Seoul, a ministry spokesperson said. Tokyo said the survey was conducted without its consent in what it regards as Japan's territorial waters.

South Korea's Foreign Ministry rejected the protest. "Dokdo is clearly our territory historically, geographically and under international law, and Japan's unjust claims are not acceptable," a spokesperson said in Seoul, calling the survey a routine scientific activity.

The rocky outcrops, known internationally as the Liancourt Rocks, have been controlled by South Korea since the 1950s. Tokyo and Seoul exchange protests several times a year over surveys, military drills and visits by Korean lawmakers.

The row comes as the two governments, under encouragement from Washington, have worked to improve ties and expand three-way security cooperation with the United States.

Japan is also locked in territorial disputes with China over the Senkaku Islands in the East China Sea and with Russia over the southernmost Kuril islands, which Tokyo calls the Northern Territories.

(Editing by Cinnabar Asia desk)
"""),
# ---------------------------------------------------------------- 5
dict(
    feed="fumizuki-ja", lang="ja", published="2024-04-09T02:40:00Z",
    title="北隣協、上川外相に要望書　「四島交流の早期再開を」",
    summary="根室管内1市4町でつくる北方領土隣接地域振興対策根室管内市町連絡協議会（北隣協）が上川陽子外相に要望書を手渡し、墓参やビザなし交流の早期再開に向けてロシアに働きかけるよう求めた。",
    label="restatement",
    note="A petition by mayors (Nemuro-area municipalities) to the foreign minister asking Tokyo to press Moscow; 再開の見通しは立っていない. The 2022 suspension restates seeds 000/001. No move.",
    section="政治", byline="文月通信",
    body="""
根室管内1市4町でつくる北方領土隣接地域振興対策根室管内市町連絡協議会（北隣協、会長・石垣雅敏根室市長）は8日、外務省で上川陽子外相と面会し、北方四島との交流事業の早期再開に向けてロシア側への働きかけを強めるよう求める要望書を手渡した。

要望書は、墓参、自由訪問、ビザなし交流の「四島交流等事業」について「元島民の平均年齢は88歳を超え、一刻の猶予もない」と指摘。事業の再開に向けた外交努力のほか、交流停止で影響を受けている隣接地域の経済振興策や、北方四島周辺で操業する漁業者への支援の継続を求めた。

石垣会長は面会後、記者団に「外相からは『元島民の思いをしっかり受け止め、事業の再開に向けて取り組む』との言葉をいただいた。地域としても声を上げ続けたい」と語った。

ロシアは2022年3月、日本の対ロ制裁への対抗措置として、ビザなし交流と自由訪問を停止すると一方的に表明した。墓参を含めた事業は同年以降一度も実施されておらず、再開の見通しは立っていない。

北隣協は今年度、内閣府や国土交通省など関係省庁にも同様の要望を行う予定だ。
"""),
# ---------------------------------------------------------------- 6
dict(
    feed="hakuro-ja", lang="ja", published="2024-04-23T03:15:00Z",
    title="岸田首相、プーチン氏に親書　侵攻後初　平和条約問題で対話呼びかけ",
    summary="岸田文雄首相がロシアのプーチン大統領に親書を送り、平和条約締結問題での対話と元島民の墓参再開を呼びかけていたことが分かった。首相からプーチン氏への親書はウクライナ侵攻後初めて。",
    label="new_development", group="g1",
    new_facts=["Kishida sent Putin a personal letter (the first since the 2022 invasion), delivered by ambassador Muto in mid-April, proposing dialogue on the peace treaty issue and asking for former islanders' grave visits to resume"],
    must_mention=[["親書", "書簡"], ["プーチン"]],
    note="New: a leader's letter revealed. The seeds only have Kishida saying in public that Tokyo stays committed to a peace treaty (seed 002); no letter to Putin is among the known facts.",
    section="政治", byline="東京報道部",
    body="""
岸田文雄首相がロシアのプーチン大統領に親書を送り、北方領土問題を含む平和条約締結問題について対話を呼びかけていたことが23日、分かった。複数の日ロ関係筋が明らかにした。日本の首相からプーチン氏への親書は、2022年2月のウクライナ侵攻後初めてとみられる。

関係筋によると、親書は武藤顕駐ロシア大使が今月中旬、ロシア大統領府に届けた。首相は親書の中で、北方四島での元島民による墓参の再開を「人道上の観点から」求めるとともに、平和条約締結問題について「対話の扉は閉ざしていない」との立場を伝えたという。

林芳正官房長官は23日午前の記者会見で、親書について「外交上のやりとりの詳細は控える」と述べるにとどめたが、否定はしなかった。

ロシアは22年3月、日本の対ロ制裁に反発し、平和条約交渉を継続しない方針を表明した。今年2月にはルデンコ外務次官が交渉の再開は「絶対に不可能」と発言している。政府内には、首脳レベルで直接メッセージを伝えることで、停滞する墓参再開の糸口を探りたいとの思惑がある。

ロシア側が返書を出すかどうかは不透明だ。外務省幹部は「まずは受け取られたこと自体に意味がある」と話した。
"""),
# ---------------------------------------------------------------- 7
dict(
    feed="depesha-ru", lang="ru", published="2024-04-23T08:40:00Z",
    title="Песков подтвердил получение Путиным послания премьера Японии",
    summary="Президент России получил личное письмо премьер-министра Японии Фумио Кисиды, переданное по дипломатическим каналам, сообщил пресс-секретарь Кремля.",
    label="new_development", group="g1",
    new_facts=["The Kremlin confirmed Putin received a personal letter from Kishida proposing dialogue on the peace treaty and grave visits"],
    must_mention=[["письм", "послани"], ["кисид"]],
    note="Same development as the Japanese report: the Kremlin confirms the receipt of Kishida's letter. Peskov's 'negotiations impossible' restates seeds 002/004.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 23 апреля. /ИА «Депеша»/. Владимир Путин получил письмо от премьер-министра Японии Фумио Кисиды, подтвердил журналистам пресс-секретарь президента России Дмитрий Песков.

«Да, такое послание поступило, оно было передано по дипломатическим каналам», — сказал Песков, отвечая на вопрос о сообщениях японских СМИ. По его словам, содержание переписки глав государств «не подлежит оглашению». На вопрос, ответит ли Путин, представитель Кремля сказал: «Когда и если будет ответ, мы вас проинформируем».

Ранее японские СМИ со ссылкой на источники сообщили, что Кисида предложил возобновить диалог по проблеме мирного договора и попросил разрешить бывшим жителям южных Курил посещать могилы родственников. Письмо, по данным источников, передал в администрацию президента посол Японии Акира Муто.

Это первое известное послание японского премьера российскому президенту с начала специальной военной операции.

Песков напомнил, что позиция Москвы по мирному договору остаётся неизменной. «Вести переговоры в нынешних условиях, когда Токио занимает откровенно недружественную позицию, невозможно», — сказал он.

В марте 2022 года МИД России объявил, что не намерен продолжать переговоры с Японией по мирному договору, а также прекратил безвизовые поездки японских граждан на южные Курилы.
"""),
# ---------------------------------------------------------------- 8
dict(
    feed="dispatchbox-en", lang="en", published="2024-04-23T14:05:00Z",
    title="Kishida wrote to Putin seeking talks on islands, Kremlin confirms",
    summary="Japan's prime minister sent the Russian president a personal letter, his first since the invasion of Ukraine, proposing dialogue on a peace treaty and asking that former islanders be allowed to visit family graves.",
    label="new_development", group="g1",
    new_facts=["Kishida's personal letter to Putin, proposing peace-treaty dialogue and grave visits, confirmed by the Kremlin"],
    must_mention=[["letter"], ["kishida"]],
    note="Same development (g1), English report with the Kremlin's confirmation.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Japanese Prime Minister Fumio Kishida has written to Vladimir Putin proposing a dialogue on the territorial dispute that has kept the two countries from signing a peace treaty since the Second World War, the Kremlin confirmed on Tuesday. It is the first known letter between the two leaders since Russia invaded Ukraine.

Kremlin spokesman Dmitry Peskov told reporters in Moscow that the message had "arrived through diplomatic channels" but declined to discuss its contents. Asked whether Putin would respond, he said: "When and if there is an answer, we will let you know."

According to Japanese officials cited by domestic media, the letter was delivered to the Kremlin administration in mid-April by Japan's ambassador, Akira Muto. In it Kishida said Tokyo had "not closed the door" on talks over the islands, which Russia calls the Southern Kurils and Japan the Northern Territories, and asked Moscow to let elderly former Japanese residents resume visits to family graves there on humanitarian grounds.

Tokyo did not formally confirm the letter. Chief Cabinet Secretary Yoshimasa Hayashi said he would "refrain from discussing the details of diplomatic exchanges", but did not deny the reports.

The outreach comes against a bleak backdrop. In March 2022 Russia said it would not continue peace treaty negotiations with a country that had imposed sanctions on it, and scrapped visa-free travel by Japanese citizens to the islands. In February, Deputy Foreign Minister Andrei Rudenko called a resumption of talks "categorically impossible".

Peskov repeated that line on Tuesday. "Negotiating under current conditions, when Tokyo takes an openly unfriendly position, is impossible," he said.

Analysts in Tokyo said the letter was more about keeping a channel open than about any expectation of progress. "Kishida needs to show former islanders that he is trying, and a leader-to-leader letter is the one tool that does not require Moscow's consent to use," said a professor of Russian politics at a Tokyo university.
"""),
# ---------------------------------------------------------------- 9
dict(
    feed="prichal-ru", lang="ru", published="2024-05-14T10:20:00Z",
    title="В Кремле заявили, что не получали письма японских депутатов о поездках на Курилы",
    summary="Песков опроверг сообщения о том, что группа японских парламентариев передала Путину письмо с просьбой возобновить поездки бывших жителей на острова.",
    label="restatement",
    note="A letter whose receipt is denied, and itself only a request by MPs; Kishida's letter is the earlier g1 development, the 2022 termination restates seeds 000-003. No move.",
    section="Курилы", byline="Андрей Лобанов",
    comments=[("kunashir_local", "Пусть сначала санкции отменят, потом пишут."),
              ("Олег", "Может, письмо просто на почте потерялось :)")],
    body="""
В Кремле не получали письма от японских парламентариев с просьбой возобновить поездки бывших жителей южных Курил на острова. Об этом во вторник заявил пресс-секретарь президента Дмитрий Песков.

Накануне японское информагентство сообщило, что группа депутатов из межпартийной лиги японо-российской дружбы подготовила и направила на имя Владимира Путина письмо, в котором просит «по гуманитарным соображениям» разрешить пожилым бывшим жителям островов посещать могилы предков.

«Никаких писем от японских парламентариев в администрацию президента не поступало. Возможно, оно ещё в пути, а возможно, его и не было», — сказал Песков журналистам. В посольстве России в Токио «Причалу» также сообщили, что подобное обращение через посольство не передавалось.

Японская сторона неоднократно поднимала вопрос о поездках бывших жителей островов. В апреле премьер-министр Японии Фумио Кисида направил Путину личное послание, в котором, по данным СМИ, также просил возобновить посещение могил. Ответа на него пока нет.

Безвизовые поездки японских граждан на южные Курилы, в том числе упрощённые поездки бывших жителей, прекращены с марта 2022 года — МИД России объявил об этом в ответ на антироссийские санкции Токио. Тогда же Москва отказалась продолжать переговоры по мирному договору.

В администрации Южно-Курильского городского округа ситуацию комментировать не стали.
"""),
# ---------------------------------------------------------------- 10
dict(
    feed="sealwax-review", lang="en", published="2024-05-28T07:45:00Z",
    title="Manila and Beijing trade diplomatic notes after Second Thomas Shoal standoff",
    summary="The Philippines handed China a note verbale over a water-cannon incident near a grounded warship; Beijing answered with a note of its own accusing Manila of provocation.",
    label="off_topic",
    note="Look-alike correspondence between other countries (notes verbales in the South China Sea dispute); Japan appears only as a bystander.",
    section="Region", byline="Lena Ocampo",
    body="""
The Philippines has delivered a note verbale to China's embassy in Manila protesting what it called the "dangerous and illegal" use of water cannon against a supply boat bound for the BRP Sierra Madre, the grounded warship that serves as a Philippine outpost on Second Thomas Shoal.

China answered within 24 hours with a note of its own, handed to the Philippine embassy in Beijing, accusing Manila of "repeated provocations" and of trying to reinforce a vessel it says was illegally beached in Chinese waters.

The exchange is the latest in a paper war that runs alongside the confrontations at sea. Manila's foreign ministry says it has filed more than 150 diplomatic protests with Beijing since mid-2022. Few receive a written answer; this one did, which officials in Manila read as a sign of how seriously Beijing takes the resupply missions.

The dispute turns on the shoal's status under the UN Convention on the Law of the Sea. A 2016 arbitral ruling found that it lies within the Philippines' exclusive economic zone; China rejects the ruling.

Tokyo, which has disputes of its own with Beijing in the East China Sea and with Moscow over islands north of Hokkaido, issued a statement of concern and repeated its support for the 2016 award.

Analysts say the notes matter less for their content than for the record they build. "Every note is a brick in a legal wall," said a maritime law specialist in Manila. "If this ever goes back to a tribunal, the paper trail is the case."
"""),
# ---------------------------------------------------------------- 11
dict(
    feed="fumizuki-ja", lang="ja", published="2024-06-12T04:30:00Z",
    title="鈴木知事、サハリン州知事あて書簡を検討　交流再開へ「あらゆる手段」",
    summary="鈴木直道知事は12日の道議会で、停滞するサハリン州との交流や北方四島との交流事業の再開に向け、同州知事あての書簡送付を検討していると明らかにした。時期や内容は未定。",
    label="restatement",
    note="A letter only considered (not sent) by a governor, and an appeal to the national government; no move. The 2022 suspension restates seeds.",
    section="道政", byline="札幌支社",
    body="""
鈴木直道知事は12日の道議会一般質問で、ロシアのウクライナ侵攻以降停滞しているサハリン州との交流や北方四島との交流事業の再開に向け、サハリン州のリマレンコ知事あてに書簡を送ることを検討していると明らかにした。送付の時期や内容については「相手方の状況も見極めながら判断したい」と述べ、具体的な言及は避けた。

自民党会派の議員が、元島民の墓参再開に向けた道独自の取り組みをただしたのに答えた。知事は「国の外交方針との整合性を図りつつ、あらゆる手段を検討する」と強調した。

道とサハリン州は1998年に友好・経済協力に関する提携を結び、定期的に知事間の協議を重ねてきたが、侵攻後は事実上途絶えている。ロシアは2022年3月、ビザなし交流と自由訪問の停止を一方的に表明し、墓参を含む四島交流等事業は実施できない状態が続く。

知事は、国に対しても事業の早期再開を引き続き要請していく考えを示した。道幹部は「書簡を出すとしても、まずは国と十分に相談する必要がある」と話しており、実際に送付するかどうかは流動的だ。
"""),
# ---------------------------------------------------------------- 12
dict(
    feed="inkwell-asia", lang="en", published="2024-06-25T06:10:00Z",
    title="Two months on, Kishida's letter to Putin still awaits a reply",
    summary="Tokyo has received no answer to the prime minister's April letter to the Russian president, officials say, and former islanders have given up hope of visiting family graves this summer.",
    label="new_development", group="g1",
    new_facts=["Kishida's April letter to Putin (follow-up: still no reply)"],
    must_mention=[["letter"], ["kishida"]],
    note="Follow-up of g1 with no new fact (the letter remains unanswered); belongs to the group.",
    section="Japan", byline="Mariko Hale in Tokyo",
    body="""
TOKYO - More than two months after Prime Minister Fumio Kishida sent a personal letter to Vladimir Putin proposing dialogue on the disputed islands, Japan has received no reply, government officials said on Tuesday.

"There has been no response so far. We are not in a position to set a deadline," a senior Foreign Ministry official said on condition of anonymity. The Kremlin confirmed in April that the letter, delivered by Japan's ambassador in Moscow, had been received, but has said nothing since.

The silence has dashed hopes among former residents of the Russian-held islands that grave visits could resume this summer. The visits, traditionally held between June and September, have not taken place since Russia terminated visa-free travel for Japanese citizens in March 2022.

"We read about the letter and thought: maybe this year," said an 89-year-old former resident of Shikotan, speaking in Nemuro. "Now it is the end of June and there is nothing."

Officials say Tokyo has not pressed for an answer and is wary of appearing to plead. Moscow has repeatedly said that peace treaty talks are impossible while Japan maintains the sanctions it imposed over the war in Ukraine.

The League of Residents of Chishima and Habomai Islands said it would ask the government to keep pushing "through every available channel".
"""),
# ---------------------------------------------------------------- 13
dict(
    feed="depesha-ru", lang="ru", published="2024-07-09T12:30:00Z",
    title="Путин ответил на письмо Кисиды и предложил консультации замминистров — но не о мирном договоре",
    summary="Президент России направил ответное послание премьер-министру Японии. Москва готова к консультациям заместителей министров иностранных дел по «практическим вопросам», но тема мирного договора в них обсуждаться не будет, сообщил Песков.",
    label="new_development", group="g2",
    new_facts=["Putin sent a written reply to Kishida's letter offering deputy-foreign-minister consultations on practical issues (fisheries, navigation safety, humanitarian matters) but excluding the peace treaty while sanctions remain"],
    must_mention=[["ответ", "письм", "послани"], ["консультаци", "замминистр", "заместител"]],
    note="New: a written reply that sets terms (an offer of deputy-FM consultations excluding the treaty). Only the 'treaty talks impossible under sanctions' line restates seeds 002/004.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 9 июля. /ИА «Депеша»/. Владимир Путин направил ответ на апрельское послание премьер-министра Японии Фумио Кисиды, сообщил во вторник пресс-секретарь президента Дмитрий Песков.

«Ответное письмо президента передано японской стороне через посольство России в Токио», — сказал Песков. По его словам, в послании Путин подтвердил готовность России к консультациям на уровне заместителей министров иностранных дел по «конкретным практическим вопросам двусторонней повестки», в том числе по рыболовству, безопасности мореплавания и гуманитарным темам.

При этом, подчеркнул Песков, мирный договор в рамках таких консультаций обсуждаться не будет. «Президент ясно изложил позицию: пока Токио проводит недружественный курс и сохраняет санкции, возвращение к переговорам о мирном договоре невозможно», — сказал он.

На вопрос, касается ли предложение поездок бывших японских жителей на острова, Песков ответил, что «гуманитарные вопросы могут быть предметом разговора», однако «никаких решений на этот счёт пока нет».

Японская сторона получение письма пока не комментировала.

Кисида направил Путину письмо в апреле — впервые с начала специальной военной операции. В марте 2022 года МИД России объявил, что не намерен продолжать переговоры с Японией по мирному договору, а в феврале этого года замминистра иностранных дел Андрей Руденко назвал возобновление диалога «категорически невозможным».
"""),
# ---------------------------------------------------------------- 14
dict(
    feed="dispatchbox-en", lang="en", published="2024-07-09T17:10:00Z",
    title="Putin writes back to Kishida: talks on fish and shipping, not on the treaty",
    summary="The Russian president replied to the Japanese prime minister's April letter, offering deputy foreign minister consultations on practical issues but ruling out peace treaty talks while sanctions remain.",
    label="new_development", group="g2",
    new_facts=["Putin's written reply to Kishida offers deputy-FM consultations on practical issues, excluding the peace treaty"],
    must_mention=[["repl", "wrote back", "writes back", "letter"], ["deputy", "consultation"]],
    note="Same development (g2) in English.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Vladimir Putin has replied to a letter from Japanese Prime Minister Fumio Kishida, offering talks between deputy foreign ministers on fisheries, shipping safety and "humanitarian topics" while ruling out any return to peace treaty negotiations as long as Japan keeps its sanctions, the Kremlin said on Tuesday.

Kremlin spokesman Dmitry Peskov said the reply had been handed to the Japanese side through the Russian embassy in Tokyo. It answers a letter Kishida sent in April, the first from a Japanese leader to Putin since the invasion of Ukraine, in which he proposed a dialogue on the islands and asked that former residents be allowed to visit family graves.

"The president set out the position clearly: while Tokyo pursues an unfriendly course and maintains sanctions, a return to negotiations on a peace treaty is impossible," Peskov said. Consultations on "specific practical issues of the bilateral agenda" were, however, possible at deputy minister level.

Asked whether that included grave visits, Peskov said humanitarian questions "could be a subject of conversation" but that no decisions had been taken.

The offer is the first concrete proposal for structured contacts that Moscow has put to Tokyo since March 2022, when it walked out of peace treaty talks and suspended visa-free travel to the islands. But by explicitly carving out the treaty, it also confronts Tokyo with an awkward choice.

"Accepting talks that exclude the territorial question is exactly what Japanese diplomacy has always refused to do," said a former Japanese diplomat who served in Moscow. "Refusing them means turning down the only door Moscow has opened in two years."

There was no immediate comment from Tokyo, where it was early Wednesday morning.
"""),
# ---------------------------------------------------------------- 15
dict(
    feed="hakuro-ja", lang="ja", published="2024-07-10T03:00:00Z",
    title="プーチン氏から首相に返書　次官級協議を提案　平和条約は対象外",
    summary="ロシアのプーチン大統領が岸田文雄首相の親書に返書を送ったことについて、林芳正官房長官は10日、受領を確認した。ロシア側は外務次官級の協議を提案したが、平和条約問題は対象外としている。",
    label="new_development", group="g2",
    new_facts=["Tokyo confirms receipt of Putin's reply proposing vice-minister consultations excluding the peace treaty"],
    must_mention=[["返書"], ["次官"]],
    note="Same development (g2): Tokyo confirms receiving Putin's reply; no further new fact.",
    section="政治", byline="東京報道部",
    body="""
林芳正官房長官は10日午前の記者会見で、ロシアのプーチン大統領から岸田文雄首相あての返書を受け取ったことを確認した。「外交上のやりとりであり、内容の詳細は控える。政府として精査している」と述べた。

ロシア大統領府のペスコフ報道官は9日、プーチン氏が4月に受け取った首相の親書に返書を送ったと発表していた。同氏によると、返書は在日ロシア大使館を通じて日本側に届けられ、漁業や航行の安全、人道分野などの「具体的な実務問題」を話し合う外務次官級の協議を提案する内容。一方で平和条約問題は協議の対象としないとし、日本が制裁を続ける限り交渉への復帰は「不可能」との立場を改めて示した。

政府内では、返書が届いたこと自体を「対話の糸口」と受け止める声がある一方、「平和条約を切り離した協議では、領土問題の棚上げにつながりかねない」（外務省幹部）と警戒する見方も根強い。元島民の墓参が協議の対象になるかどうかも明らかではない。

林氏は「北方領土問題を解決して平和条約を締結するとの方針に変わりはない」と強調した。協議の提案に応じるかどうかについては「今後の対応は総合的に判断する」と述べるにとどめた。
"""),
# ---------------------------------------------------------------- 16
dict(
    feed="cinnabar-wire", lang="en", published="2024-08-06T08:00:00Z",
    title="Norway rejects Russian protest note over Svalbard fishery inspections",
    summary="Oslo said a Russian note accusing its coast guard of breaching the 1920 Svalbard Treaty had 'no basis', the latest in a string of exchanges over the Arctic archipelago.",
    label="off_topic",
    note="Look-alike: a Russian protest note in another islands/treaty dispute (Svalbard); no Japan or Kurils.",
    section="Europe", byline="Cinnabar Oslo bureau",
    body="""
OSLO, Aug 6 (Cinnabar) - Norway on Tuesday rejected a note of protest from Russia over coast guard inspections of Russian trawlers around the Svalbard archipelago, saying the inspections were carried out "fully in line with Norwegian and international law".

The Russian embassy in Oslo delivered the note last week after the Norwegian coast guard boarded two Russian vessels in the fisheries protection zone that Norway established around Svalbard in 1977. Moscow called the boardings "unfriendly" and a violation of the 1920 treaty that gave Norway sovereignty over the islands while granting other signatories equal rights to economic activity there.

"The note has no basis. Norway exercises its jurisdiction in the zone in a consistent and non-discriminatory manner," a foreign ministry spokesperson said.

Russia has never recognised the protection zone, and the two countries have traded notes over fisheries control for decades. The exchanges have grown sharper since 2022, as Norway tightened restrictions on Russian vessels in its ports while keeping bilateral fisheries cooperation in the Barents Sea alive.

Russia maintains a coal mining settlement at Barentsburg on Spitsbergen, the archipelago's largest island.

(Editing by Cinnabar Europe desk)
"""),
# ---------------------------------------------------------------- 17
dict(
    feed="prichal-ru", lang="ru", published="2024-08-18T01:00:00Z",
    title="79 лет назад началась Курильская десантная операция",
    summary="В Северо-Курильске и Южно-Курильске прошли памятные мероприятия в честь высадки советского десанта на остров Шумшу 18 августа 1945 года.",
    label="restatement",
    note="Anniversary/background piece; the dispute, Japan's claim and Moscow's refusal to negotiate restate seeds 000-004.",
    section="История", byline="Редакция",
    comments=[("Ветеран_СК", "Вечная память героям Шумшу."),
              ("Лиза", "Были с детьми у мемориала, очень много людей пришло.")],
    body="""
Ровно 79 лет назад, 18 августа 1945 года, советские войска высадились на остров Шумшу — так началась Курильская десантная операция, завершившая Вторую мировую войну на Дальнем Востоке.

Бои за Шумшу, самый северный остров гряды, продолжались до 23 августа и стали одними из самых ожесточённых на завершающем этапе войны. К 1 сентября советские части заняли Итуруп, Кунашир и Шикотан, а к 5 сентября — острова Малой Курильской гряды.

В воскресенье в Северо-Курильске к мемориалу погибшим десантникам возложили цветы представители администрации, военнослужащие, школьники и ветераны. Памятные акции прошли также в Курильске и Южно-Курильске. «Эта земля полита кровью наших солдат, и она навсегда останется русской», — сказал на митинге глава Северо-Курильского округа.

Япония по-прежнему претендует на Итуруп, Кунашир, Шикотан и острова Хабомаи, называя их «северными территориями». Москва настаивает, что острова вошли в состав СССР по итогам Второй мировой войны и суверенитет России над ними сомнению не подлежит.

Мирный договор между двумя странами так и не подписан. В марте 2022 года МИД России объявил о прекращении переговоров с Токио по этому вопросу в связи с антироссийскими санкциями.
"""),
# ---------------------------------------------------------------- 18
dict(
    feed="fumizuki-ja", lang="ja", published="2024-09-03T05:30:00Z",
    title="北方領土返還要求署名、目録を担当相に　千島連盟「墓参の再開を最優先に」",
    summary="千島歯舞諸島居住者連盟などが自見英子北方対策担当相に返還要求署名の目録と要望書を手渡し、墓参を中心とした四島交流等事業の早期再開を求めた。",
    label="restatement",
    note="Petition (signature list + request) by a league of former islanders; the Kishida letter and Putin's reply (g1/g2) are background, 墓参再開の見通しは立っていない. No move.",
    section="社会", byline="文月通信",
    body="""
千島歯舞諸島居住者連盟（千島連盟）と北方領土返還要求運動連絡協議会の代表らは3日、内閣府で自見英子北方対策担当相と面会し、昨年度に全国で集まった北方領土返還要求署名の目録と要望書を手渡した。

要望書は、墓参、自由訪問、ビザなし交流の早期再開を「最優先」とするよう求めたほか、元島民の記憶を次世代に引き継ぐ取り組みへの支援拡充、北方領土問題に関する教育の充実などを盛り込んだ。

千島連盟の代表は「親の墓に手を合わせることもできないまま、仲間が毎年亡くなっていく。政府にはあらゆる機会を捉えてロシアに働きかけてほしい」と訴えた。自見担当相は「元島民の皆さまの切実な思いを受け止め、関係省庁と連携して取り組む」と応じた。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の中断とビザなし交流・自由訪問の停止を表明した。岸田文雄首相は今年4月にプーチン大統領に親書を送ったが、ロシア側は7月の返書で平和条約問題を協議の対象外とする考えを示しており、墓参再開の見通しは立っていない。
"""),
# ---------------------------------------------------------------- 19
dict(
    feed="dispatchbox-en", lang="en", published="2024-10-08T09:15:00Z",
    title="Ishiba says he would write to Putin 'if the moment is right' - but no letter is planned",
    summary="Japan's new prime minister told parliament he would not rule out contacting the Russian president directly about the islands, while his chief spokesman said nothing was being prepared.",
    label="restatement",
    note="A letter only conditional/considered ('would write if'), none planned; Tokyo's policy restates seed 002; Kishida's letter and Putin's reply are earlier corpus developments (g1, g2). No move.",
    section="Diplomacy", byline="Owen Carrick",
    body="""
Shigeru Ishiba, Japan's new prime minister, said on Tuesday that he would be prepared to write to Vladimir Putin about the disputed islands north of Hokkaido "if the moment is right", but his government made clear that no such letter was being drafted.

Answering questions in the lower house a week after taking office, Ishiba said he would "not rule out any means, including direct communication at the leaders' level, if it helps to resolve the Northern Territories issue and conclude a peace treaty". He added: "At present, however, Russia's aggression against Ukraine continues, and the situation is extremely severe."

Hours later Chief Cabinet Secretary Yoshimasa Hayashi told reporters there were "no plans at this point" for a letter or a telephone call.

Ishiba's predecessor, Fumio Kishida, wrote to Putin in April, proposing a dialogue on the islands and asking for former residents' grave visits to resume. Putin's reply in July offered talks between deputy foreign ministers on practical matters but excluded the peace treaty. Tokyo has not publicly accepted that offer.

Russia suspended peace treaty negotiations in March 2022 in response to Japanese sanctions over Ukraine, and has said since that it sees no basis for resuming them.

Ishiba, a defence specialist who has advocated a tougher stance toward Moscow in the past, also used Tuesday's session to say Japan would "firmly maintain" sanctions in step with the Group of Seven.
"""),
# ---------------------------------------------------------------- 20
dict(
    feed="depesha-ru", lang="ru", published="2024-10-22T13:00:00Z",
    title="Замминистра иностранных дел Руденко встретился с послом Японии",
    summary="Стороны обменялись мнениями по двусторонней повестке; японский посол затронул гуманитарные вопросы, сообщили в МИД России.",
    label="neutral",
    note="Borderline: a routine meeting of a deputy minister with the ambassador actually took place, but the readout restates positions and reports no decision.",
    section="Политика", byline="Отдел политики",
    body="""
МОСКВА, 22 октября. /ИА «Депеша»/. Заместитель министра иностранных дел России Андрей Руденко принял по просьбе японской стороны посла Японии в России Акиру Муто, говорится в сообщении МИД.

«Состоялся обмен мнениями по актуальным вопросам российско-японских отношений, а также по ряду международных и региональных проблем», — отмечается в сообщении. Российская сторона «обратила внимание на деструктивный характер антироссийского курса Токио, в том числе на наращивание военной активности Японии совместно с США вблизи дальневосточных рубежей России».

По данным японского посольства, Муто затронул гуманитарные вопросы, включая посещение бывшими жителями южных Курил могил родственников, а также безопасность японских рыболовецких судов. Предметных договорённостей по итогам встречи не сообщается.

В июле Владимир Путин в ответном письме премьер-министру Японии предложил провести консультации заместителей министров иностранных дел по практическим вопросам, исключив из повестки мирный договор. Официального ответа Токио на это предложение пока не было.

Москва в марте 2022 года отказалась продолжать переговоры по мирному договору с Японией из-за санкций.
"""),
]
