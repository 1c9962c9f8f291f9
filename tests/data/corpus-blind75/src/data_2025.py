# -*- coding: utf-8 -*-
"""Articles published in 2025."""

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- Jan-Feb 2025
A(feed="dais-docket", lang="en", published="2025-01-14T11:30:00Z",
  author="Dais & Docket desk", section="Pressers",
  title="Lavrov's annual news conference, January 14: the Japan passage (excerpt)",
  summary="Russia's foreign minister says there is 'nothing to discuss' on a peace treaty while Tokyo keeps sanctions, and recalls the 1956 declaration and the 2018 Singapore agreement.",
  label="restatement",
  note="Recall from earlier years (1956, 1960, 2018 — seed 000 mentions 2018) plus the seed condition (drop the unfriendly course). Nothing new.",
  body=[
      "Russian Foreign Minister Sergei Lavrov gave his annual news conference on Russian diplomacy in 2024 in Moscow on Tuesday. The following is an unofficial translation of his answer to a question from a Japanese correspondent.",
      "QUESTION (Japanese news agency): Prime Minister Ishiba has said Japan's policy on a peace treaty remains unchanged. Is there any chance of returning to negotiations this year?",
      "LAVROV: Prime Minister Ishiba's words, as I understand them, mean that Japan's policy of sanctions also remains unchanged. Japan made its choice in 2022 and joined the Western campaign to inflict a 'strategic defeat' on Russia. In such conditions there is nothing to discuss on a peace treaty. A treaty on peace, friendship and good-neighbourliness cannot be signed with a country that is supplying our adversary.",
      "I would remind you how this process looked. In 1956 the Soviet Union and Japan signed a declaration, ratified by both parliaments. In 1960 Japan signed a security treaty with the United States, and everything changed. In 2018 in Singapore, President Putin and Prime Minister Abe agreed to accelerate the talks on the basis of the 1956 declaration. We worked in good faith. Our Japanese colleagues, I recall, could not even bring themselves to say that they recognised the results of the Second World War in full, including the sovereignty of the Russian Federation over all the Kuril Islands.",
      "So if our Japanese neighbours want to talk, the first step is obvious: abandon the unfriendly course. Until then, the question does not arise.",
      "QUESTION: And humanitarian matters, grave visits by former residents?",
      "LAVROV: We are aware of the requests. Tokyo itself destroyed the atmosphere in which such things were possible. I have nothing to add.",
  ])

A(feed="dovecote-wire", lang="en", published="2025-02-07T06:00:00Z",
  author="Dovecote Wire staff", section="Asia",
  title="On Northern Territories Day, Ishiba vows to 'persistently' pursue talks but offers no new step",
  summary="At the annual Tokyo rally, the prime minister repeated that Japan aims to resolve the territorial issue and conclude a peace treaty with Russia.",
  label="restatement",
  note="Occasion piece (Feb 7 rally): aim, 'top priority', request. Restates seeds.",
  body=[
      "TOKYO — Prime Minister Shigeru Ishiba on Friday told the annual national rally calling for the return of four Russian-held islands that Japan would 'persistently' pursue a solution, while acknowledging there was no prospect of talks with Moscow any time soon.",
      "'The situation surrounding Japan-Russia relations remains severe,' Ishiba told about 800 participants, including former residents of the islands, at the event in Tokyo, held every February 7 since 1981. 'But our policy of resolving the territorial issue and concluding a peace treaty remains unchanged. We will persistently carry this forward.'",
      "He said resuming grave visits by former islanders was 'one of the top priorities' and that the government would 'continue to strongly request' it from Russia. A resolution adopted by the rally urged the government to 'make every effort' to reopen visits.",
      "A 91-year-old former resident of Etorofu told the gathering that he had 'stopped counting the years' since his last visit.",
      "Russia pulled out of peace treaty negotiations in March 2022 in response to Japanese sanctions over Ukraine and ended visa-free trips to the islands. Russian Foreign Minister Sergei Lavrov said last month there was 'nothing to discuss' while sanctions remained.",
      "February 7 marks the date in 1855 when the Treaty of Shimoda, which drew the border between Etorofu and Urup, was signed.",
  ])

A(feed="onneto-ja", lang="ja", published="2025-02-19T04:00:00Z",
  author="東京支社", section="北方領土",
  title="ロシアとの接触「答え差し控える」　石破首相、衆院予算委で",
  summary="日ロ外務当局者が第三国で接触したとの一部報道について、石破茂首相は「外交上のやりとりであり、答えは差し控える」と述べ、事実関係を明らかにしなかった。",
  label="restatement",
  note="Refusal to confirm a reported contact: nothing confirmed, nothing done (later confirmed in g3). 'Top priority' restated.",
  body=[
      "石破茂首相は18日の衆院予算委員会で、日ロ両国の外務当局者が第三国で接触したとの一部報道について問われ「外交上のやりとりについて、一つ一つお答えすることは差し控える」と述べ、事実関係の確認を避けた。",
      "質問した道内選出の議員は「元島民の墓参再開に向けた動きがあるなら、国民にきちんと説明すべきだ」とただした。首相は「墓参を中心とした四島交流等事業の再開は、日ロ関係の中でも最優先事項の一つだ。あらゆる機会を捉えて働きかけている」と従来の答弁を繰り返した。",
      "岩屋毅外相も「様々な意思疎通は行っているが、具体的な内容は差し控える」と述べた。",
      "ロシア側は、平和条約交渉について「現状では不可能」との立場を崩していない。ルデンコ外務次官は昨年11月、墓参の要請について「決定はなされていない」と語っていた。",
      "根室市の元島民の女性（86）は「何か動いているなら、それだけでも知らせてほしい」と話した。",
  ])

A(feed="shkhera-ru", lang="ru", published="2025-02-26T12:10:00Z",
  author="Олег Самарин", section="Политика",
  title="Захарова: консультации по мирному договору с Японией не ведутся",
  summary="Официальный представитель МИД назвала «домыслами» сообщения японских СМИ о «секретных переговорах» Москвы и Токио.",
  label="restatement",
  note="Denial ('никаких консультаций не ведётся') restating seed state (talks terminated / impossible).",
  body=[
      "Официальный представитель МИД России Мария Захарова опровергла сообщения японских СМИ о якобы начавшихся консультациях между Москвой и Токио по мирному договору.",
      "«Никаких консультаций по мирному договору с Японией не ведётся. Все эти публикации о “секретных переговорах” — домыслы, которые, видимо, кому-то в Токио выгодно распространять», — заявила она на брифинге в среду.",
      "Захарова добавила, что дипломатические представительства двух стран «разумеется, поддерживают рабочие контакты по текущим вопросам», но «это обычная практика, а не переговорный процесс».",
      "По её словам, позиция России остаётся прежней: диалог по мирному договору невозможен, пока Япония проводит «недружественную политику».",
      "В Токио сообщения о встрече официально не комментировали. Генеральный секретарь кабинета министров Ёсимаса Хаяси заявил, что правительство «не отвечает на вопросы о каждом дипломатическом контакте».",
      "Ранее японская газета со ссылкой на источники сообщила, что представители МИД двух стран в январе встречались в одной из стран Центральной Азии. Премьер-министр Японии Сигэру Исиба на прошлой неделе отказался подтвердить или опровергнуть эту информацию.",
  ])

# ---------------------------------------------------------------- g3: Almaty contact confirmed (JA first)
A(feed="kantei-memo", lang="ja", published="2025-03-11T03:10:00Z",
  author="政治部", section="国会",
  title="日ロ外務当局、1月にアルマトイで接触　首相が国会で初めて認める　「人道分野の意見交換」",
  summary="石破茂首相は11日の参院予算委員会で、日ロ両国の外務当局の局長級が1月下旬、カザフスタンのアルマトイで会ったことを明らかにした。墓参など人道分野について意見交換したという。",
  label="new_development", group="g3",
  new_facts=["日ロ外務当局の局長級が1月下旬にカザフスタン・アルマトイで会い、墓参など人道分野で意見交換した（首相が3月11日に国会で初めて認めた。平和条約交渉ではなく、次回の予定なし）"],
  must_mention=[["アルマトイ"], ["接触", "会談", "局長"]],
  note="NEW: a meeting held (once) and confirmed by the PM in a parliamentary answer. Not a resumption of treaty talks (both sides say so), hence new_development, not status_change. First report of g3 (Japanese).",
  body=[
      "石破茂首相は11日の参院予算委員会で、日本とロシアの外務当局の局長級が1月下旬にカザフスタンのアルマトイで接触していたことを明らかにした。北方領土の元島民による墓参など人道分野の案件について意見交換したという。第三国での日ロ外務当局の会合を政府が認めたのは、ロシアのウクライナ侵攻後初めて。",
      "首相は「平和条約交渉ではない」と強調。「元島民の方々の切実な思いを踏まえ、人道的観点から墓参の再開を求めた」と述べた。ロシア側の反応については「相手方との関係があり、差し控える」とした。",
      "日本側は外務省欧州局長、ロシア側はアジア担当の局長が出席し、約3時間会談した。首相は「今後の接触の予定は決まっていない」と語った。",
      "首相は2月の衆院予算委では、接触の有無について「答えを差し控える」と述べていた。ロシア外務省のザハロワ報道官も2月、平和条約をめぐる協議は「行われていない」と説明していた。",
      "岩屋毅外相は同日の委員会で「公表はロシア側と調整の上で判断した」と述べた。",
  ])

A(feed="dais-docket", lang="en", published="2025-03-11T09:40:00Z",
  author="Dais & Docket desk", section="Diet Q&A",
  title="Ishiba confirms January meeting with Russian diplomats in Almaty: Upper House Budget Committee, March 11 (excerpt)",
  summary="The prime minister says senior foreign ministry officials met their Russian counterparts in Kazakhstan to discuss grave visits: 'this is not peace treaty negotiation'.",
  label="new_development", group="g3",
  new_facts=["Japanese and Russian director-general level diplomats met in Almaty in late January 2025 to discuss grave visits; PM Ishiba confirmed it in the Diet; no further meeting scheduled"],
  must_mention=[["almaty"], ["met", "meeting", "contact"]],
  note="g3, English transcript of the same Diet exchange, hours later.",
  body=[
      "Unofficial translation of the relevant exchange at Tuesday's session of the House of Councillors Budget Committee.",
      "MEMBER (Democratic Party for the People, Hokkaido): Last month you declined to confirm reports of contacts with Russia. I ask again: did Japanese and Russian officials meet in January?",
      "PRIME MINISTER SHIGERU ISHIBA: Yes. In late January, director-general level officials of the foreign ministries of Japan and Russia met in Almaty, Kazakhstan. On our side, we conveyed, from a humanitarian standpoint, the strong wish of the former islanders for the resumption of grave visits. I want to be clear that this was not a negotiation on a peace treaty.",
      "MEMBER: What did Russia say?",
      "ISHIBA: Given the nature of diplomatic exchanges, I will refrain from going into the other side's response.",
      "MEMBER: Will there be a second meeting?",
      "ISHIBA: No further meeting has been scheduled at this point.",
      "FOREIGN MINISTER TAKESHI IWAYA: If I may add: the meeting lasted about three hours. We decided to make it public now after consulting the Russian side.",
      "Background: Russian foreign ministry spokeswoman Maria Zakharova said on Feb. 26 that 'no consultations on a peace treaty' were taking place. Russia broke off treaty negotiations in March 2022.",
  ])

A(feed="replika-ru", lang="ru", published="2025-03-12T11:50:00Z",
  author="Анна Веретенникова", section="Брифинги",
  title="Захарова подтвердила встречу с японскими дипломатами в Алма-Ате: «Это не переговоры о мирном договоре»",
  summary="Официальный представитель МИД России подтвердила, что в январе директора департаментов двух министерств встречались в Казахстане. По её словам, японская сторона подняла гуманитарные вопросы.",
  label="new_development", group="g3",
  new_facts=["МИД России подтвердил встречу директоров департаментов МИД России и Японии в Алма-Ате в январе 2025 года (гуманитарные вопросы; не переговоры о мирном договоре)"],
  must_mention=[["алма-ат", "алмат"], ["встреч", "контакт"]],
  note="g3, Russian confirmation the next day; no fact beyond the first report.",
  body=[
      "Официальный представитель МИД России Мария Захарова подтвердила, что в конце января в Алма-Ате состоялась встреча представителей внешнеполитических ведомств России и Японии на уровне директоров департаментов.",
      "«Да, такая встреча была. Японские коллеги попросили о ней, мы пошли навстречу. Они подняли вопросы гуманитарного характера, включая посещение захоронений. Мы изложили свою позицию», — сказала Захарова на брифинге в среду.",
      "Она подчеркнула, что встреча «не имеет никакого отношения к переговорам о мирном договоре». «Как мы и говорили, никаких консультаций по мирному договору не ведётся. Разговор о гуманитарных вопросах — это другое», — отметила дипломат.",
      "На вопрос, будут ли новые встречи, Захарова ответила, что «договорённостей об этом нет».",
      "Накануне премьер-министр Японии Сигэру Исиба в парламенте впервые признал факт встречи. В феврале он отказывался её комментировать.",
      "По данным японских СМИ, японскую сторону на встрече представлял директор Европейского департамента МИД Японии, переговоры продолжались около трёх часов. В марте 2022 года Россия заявила, что не намерена продолжать переговоры о мирном договоре с Японией из-за введённых Токио санкций.",
  ])

# ---------------------------------------------------------------- May-Jun 2025
A(feed="onneto-ja", lang="ja", published="2025-05-20T04:30:00Z",
  author="報道部", section="北方領土",
  title="「今夏の墓参容認」報道、外務省が否定　「決まった事実はない」",
  summary="ロシアが今夏に限り北方墓参を認めたとする一部ロシアメディアの報道について、外務省は19日「そのような事実はない」と否定した。",
  label="restatement",
  note="Denied version of a one-off permission (grave visits this summer): nothing decided. Restates seed facts and g3 background.",
  body=[
      "ロシアが今夏に限って北方四島への墓参を認める方針を日本側に伝えたとする一部ロシアメディアの報道について、外務省は19日「決まった事実はない」と否定した。根室市や千島連盟にも同日、同趣旨の連絡があった。",
      "報道はサハリンのネットメディアが18日、関係者の話として伝えた。外務省ロシア課は「墓参の再開は引き続きロシア側に強く求めている。現時点で何らかの合意や通知があったわけではない」と説明した。",
      "報道を受けて問い合わせが相次いだという千島連盟根室支部の担当者は「喜んだ元島民も多く、ぬか喜びになってしまった。正式な発表を待つしかない」と肩を落とした。",
      "北方墓参は2019年を最後に実施されていない。ロシアは22年3月、日本の対ロ制裁に反発し、ビザなし交流や自由訪問の枠組みの停止を表明した。1月にはカザフスタンで日ロの外務当局者が接触し、日本側が墓参の再開を求めていた。",
  ])

# ---------------------------------------------------------------- g4: one-off botanists' visit (JA first)
A(feed="onneto-ja", lang="ja", published="2025-06-10T03:00:00Z",
  author="報道部", section="北方領土",
  title="国後島の植物調査、ロシアが今夏限り容認　北大など研究者5人、7月下旬に",
  summary="北海道大学などの研究者5人が7月下旬、国後島で植物の調査を行う。ロシア側が「今夏に限った例外」として受け入れを日本側に通知した。",
  label="new_development", group="g4",
  new_facts=["ロシアが今夏に限る例外として、北大などの研究者5人の国後島での植物調査（7月下旬、ビザなし方式）の受け入れを口上書で通知した。ビザなし交流の再開ではない"],
  must_mention=[["植物"], ["国後"]],
  note="NEW, a one-off ('今夏限り'): a visit allowed once; the visa-free exchange state (terminated, seeds) does not change, hence new_development, not status_change. First report of g4 (Japanese).",
  body=[
      "外務省は9日、北海道大学などの研究者5人が7月下旬に国後島を訪れ、高山植物や湿原の植物の分布を調べることについて、ロシア側が受け入れを通知してきたと発表した。ロシア側は口上書で「今夏に限った例外的措置」と説明しているという。",
      "調査団は北大植物園や道立総合研究機構の研究者らで構成。7月22日ごろ根室港を出て、国後島の泊山周辺の湿原や古釜布（ロシア名ユジノクリリスク）近郊で4日間、植物の採集と記録を行う。ロシア側の研究者も同行する。",
      "渡航は、旅券や査証を必要としない身分証明書と挿入紙を用いる、かつてのビザなし交流の方式で行う。ロシアは2022年にビザなし交流の枠組みの停止を表明しており、この方式での渡航はそれ以来初めて。",
      "外務省幹部は「あくまで今回限りの措置で、ビザなし交流の再開を意味するものではない」と話す。",
      "調査を率いる北大の教授（植物分類学）は「国後島の植物相は、30年以上前の日ロ共同調査の記録が最新に近い。気候変動による変化を確かめたい」と話した。",
  ])

A(feed="gantry-record", lang="en", published="2025-06-10T08:20:00Z",
  author="Kenji Marlowe", section="Diplomacy",
  title="Russia lets five Japanese botanists onto Kunashir, this summer only",
  summary="Moscow called the visit a one-off exception; Tokyo stressed it does not mean a return of the visa-free exchanges Russia scrapped in 2022.",
  label="new_development", group="g4",
  new_facts=["Russia agreed, as a one-time exception for summer 2025, to let five Japanese botanists visit Kunashir for a plant survey in late July without visas"],
  must_mention=[["botanist", "plant"], ["kunashir"]],
  note="g4, English report hours later.",
  body=[
      "TOKYO — Russia has agreed to let five Japanese botanists visit Kunashir, one of the islands off Hokkaido claimed by Japan, for a four-day plant survey in late July, Japan's foreign ministry said, in what Moscow described as a one-time exception.",
      "The team from Hokkaido University and a prefectural research institute will travel from Nemuro without Russian visas, using the identity documents employed under the former visa-free exchange programme, the ministry said. Russian scientists will accompany them.",
      "Russia's diplomatic note said the permission applied 'to this summer only', according to the ministry. A senior Japanese official said the trip 'does not mean the resumption of visa-free exchanges'.",
      "Moscow ended visa-free trips by Japanese citizens to the islands in March 2022, along with peace treaty negotiations, after Tokyo imposed sanctions over Ukraine.",
      "The permission comes three weeks after the foreign ministry denied a Russian media report that grave visits would be allowed this summer. It also follows a January meeting in Almaty between senior foreign ministry officials, which Tokyo disclosed in March and at which Japan asked for grave visits to resume.",
      "The botanists plan to record alpine and wetland flora around Tomari volcano and near the main settlement, Yuzhno-Kurilsk. Their leader said the most recent detailed survey dated back more than 30 years.",
  ])

A(feed="otliv-ru", lang="ru", published="2025-06-18T02:00:00Z",
  author="Игорь Сомов", section="Курилы",
  title="Лимаренко: к совместным проектам с Японией на Курилах вернёмся, только если Токио снимет санкции",
  summary="Губернатор Сахалинской области ответил на вопрос о возможном возобновлении совместной хозяйственной деятельности на островах.",
  label="restatement",
  note="Conditional ('готовы вернуться... при условии') restating the seed fact (2022 withdrawal from the joint economic activity dialogue 'remains in force'); the botanists' trip mentioned as background only.",
  body=[
      "Губернатор Сахалинской области Валерий Лимаренко заявил, что область «готова вернуться» к обсуждению совместных с японскими партнёрами проектов на Курилах, но только при условии отказа Токио от антироссийских санкций.",
      "«Мы от сотрудничества никогда не отказывались. Тепличные комплексы, аквакультура, туризм — всё это обсуждалось, и часть наработок осталась. Но пока Япония держит санкции, ни о каких совместных проектах речи быть не может», — сказал губернатор журналистам в Южно-Сахалинске на полях экономической конференции.",
      "Лимаренко напомнил, что в 2022 году Россия вышла из диалога о совместной хозяйственной деятельности на южных Курилах. «Это было решение федерального центра, и оно остаётся в силе», — подчеркнул он.",
      "Отвечая на вопрос о предстоящей поездке японских ботаников на Кунашир, губернатор сказал, что это «разовая история, связанная с наукой», и «никаких далеко идущих выводов» из неё делать не стоит.",
      "По словам Лимаренко, вместо японских инвесторов на Курилы приходят компании из дружественных стран, а число резидентов преференциального режима на островах продолжает расти.",
  ])

# ---------------------------------------------------------------- Jul-Oct 2025
A(feed="dais-docket", lang="en", published="2025-07-15T06:00:00Z",
  author="Dais & Docket desk", section="Documents",
  title="Defense of Japan 2025: what the white paper says about the Northern Territories (summary)",
  summary="The annual defence white paper says Russia continues to modernise forces on the islands and flags joint activity with China nearby.",
  label="neutral",
  note="Borderline: annual report on the military situation; general trend language, no specific new deployment or act.",
  body=[
      "Japan's cabinet on Tuesday approved the 2025 edition of the defence white paper, 'Defense of Japan'. Below is our summary of the passages on Russian forces on the four islands Japan calls the Northern Territories.",
      "Status: The paper repeats that the Northern Territories are 'an inherent part of Japan's territory' and says Russia has stationed forces there since the late 1970s, with one division headquartered on Etorofu and units on Kunashiri.",
      "Trend: Russia 'continues to modernise' its forces on the islands, including coastal defence missile systems and air-defence units, and 'is believed to be seeking to increase activity' in the Sea of Okhotsk, which the paper describes as an operating area for Russian ballistic-missile submarines.",
      "Exercises: It notes large-scale exercises on the islands in 2024 and says Russian and Chinese naval vessels again conducted joint navigation around Japan. It does not identify any deployment on the islands that had not been described in previous editions.",
      "Assessment: Russia's military activity in the Far East is 'a matter of strong concern', though the paper ranks China as Japan's 'greatest strategic challenge' and describes Russia's cooperation with China and North Korea as a growing concern.",
      "The ministry did not hold a separate briefing on the Northern Territories section. Russia's embassy in Tokyo has in previous years rejected the white paper's description of the islands.",
  ])

A(feed="otliv-ru", lang="ru", published="2025-08-18T04:30:00Z",
  author="Отлив", section="История",
  title="80 лет Курильской десантной операции: на Шумшу прошёл памятный митинг",
  summary="В Северо-Курильске и на острове Шумшу почтили память участников последней операции Второй мировой войны. Губернатор назвал Курилы «неотъемлемой частью России».",
  label="restatement",
  note="Anniversary/occasion piece; restates Russia's sovereignty position (seeds).",
  body=[
      "На острове Шумшу и в Северо-Курильске в понедельник прошли памятные мероприятия, посвящённые 80-летию Курильской десантной операции. Цветы к мемориалу на месте боёв возложили ветераны флота, военнослужащие, школьники и представители правительства Сахалинской области.",
      "«Восемьдесят лет назад наши солдаты и моряки освободили Курилы. Они отдали жизни за то, чтобы острова стали нашими, — и они ими были, есть и будут», — сказал губернатор Валерий Лимаренко, выступая на митинге.",
      "Курильская десантная операция началась 18 августа 1945 года высадкой советских войск на Шумшу и завершилась 1 сентября занятием южных островов гряды. Бои за Шумшу стали одними из самых кровопролитных на завершающем этапе войны.",
      "По данным историков, в высадке на Шумшу участвовали около девяти тысяч советских военнослужащих. Потери советской стороны в боях за остров превысили полторы тысячи человек убитыми и ранеными.",
      "В мероприятиях участвовали поисковики, которые этим летом продолжили работу на местах боёв. В Северо-Курильске открылась выставка документов из архива Министерства обороны.",
      "Памятные мероприятия продлятся до 3 сентября — Дня Победы над милитаристской Японией и окончания Второй мировой войны.",
  ])

A(feed="dovecote-wire", lang="en", published="2025-09-10T08:00:00Z",
  author="Dovecote Wire staff", section="World",
  title="Armenia, Azerbaijan say peace treaty text 'ready' after foreign ministers meet",
  summary="The two ministers said the initialled agreement could be signed once outstanding issues are settled; Baku wants Armenia to change its constitution first.",
  label="off_topic",
  note="Look-alike: another peace treaty, foreign ministers' statements.",
  body=[
      "Armenia and Azerbaijan said on Wednesday the text of a peace treaty between them was 'finalised and ready for signing', after their foreign ministers met to discuss implementation of commitments made at the White House in August.",
      "'The text is agreed. What remains is political will on the other side,' Azerbaijan's foreign minister Jeyhun Bayramov told reporters. Baku has said it will sign only after Armenia removes a reference in its constitution that Azerbaijan says implies a territorial claim.",
      "Armenian Foreign Minister Ararat Mirzoyan said Yerevan was 'ready to sign tomorrow' and that constitutional questions were 'an internal matter for the Armenian people'. Prime Minister Nikol Pashinyan has proposed a new constitution to be put to a referendum, but no date has been set.",
      "The two countries fought two wars over Nagorno-Karabakh, which Azerbaijan retook in a lightning offensive in 2023, prompting the exodus of more than 100,000 ethnic Armenians.",
      "The agreement, initialled in Washington on Aug. 8, would establish diplomatic relations and commit both sides to recognising each other's territorial integrity.",
  ])

A(feed="gantry-record", lang="en", published="2025-09-27T15:30:00Z",
  author="Harriet Okafor", section="Diplomacy",
  title="Japan uses UN right of reply to rebut Russia on 'Southern Kurils'",
  summary="A Japanese diplomat told the General Assembly the four islands are Japanese territory after Russia's foreign minister referred to the 'results of World War Two'.",
  label="restatement",
  note="'Raised' / right of reply: both sides restate known positions (seeds); no act.",
  body=[
      "NEW YORK — Japan exercised its right of reply at the United Nations General Assembly on Saturday to reject remarks by Russian Foreign Minister Sergei Lavrov, repeating Tokyo's position that the islands off Hokkaido held by Russia are Japanese territory.",
      "In his speech to the assembly, Lavrov had said that 'attempts to revise the results of the Second World War', including in East Asia, were 'unacceptable', without naming Japan directly. A Japanese delegate replied that the Northern Territories were 'an inherent part of Japan's territory' and that Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia was 'unchanged'.",
      "'It is Russia that has unilaterally suspended negotiations and closed the door to exchanges between our peoples,' the delegate said, adding that Japan had 'raised this matter with the Russian side on numerous occasions' and would continue to do so.",
      "A Russian diplomat responded in a second right of reply that Russia's sovereignty over the Kuril Islands was 'enshrined in international legal documents' and 'not subject to discussion'.",
      "Exchanges of this kind between Tokyo and Moscow at the General Assembly have become routine since 2022. Neither side's statements contained new positions.",
  ])

A(feed="kantei-memo", lang="ja", published="2025-10-22T03:00:00Z",
  author="政治部", section="外相会見",
  title="茂木外相、就任会見で「北方墓参の再開が最優先」　対ロ方針「変わりない」",
  summary="21日に就任した茂木敏充外相は22日未明の記者会見で、北方四島への墓参の再開を「日ロ関係の最優先課題の一つ」と述べた。",
  label="restatement",
  note="New speaker, 'consider a priority' + 'policy unchanged' + 'nothing decided' on further contacts. Restates seeds.",
  body=[
      "高市早苗内閣で外相に就任した茂木敏充氏は22日未明、外務省で就任後初の記者会見を開いた。対ロシア外交について「領土問題を解決して平和条約を締結するとの方針に変わりはない」と述べ、北方四島への墓参の再開について「日ロ関係の中で最優先課題の一つだ」と強調した。",
      "茂木氏は「元島民の方々の平均年齢は89歳を超えている。時間的な制約がある中、人道的観点からロシア側に強く求めていく」と語った。",
      "1月にカザフスタンで行われた日ロ外務当局者の接触のような場を今後設けるかについては「現時点で決まっていることはない」と答えた。ウクライナ情勢をめぐる対ロ制裁については「G7と連携して維持していく」とした。",
      "会見の主なやりとりは次の通り。",
      "――対ロ外交の方針は。",
      "「ロシアによるウクライナ侵略は国際秩序の根幹を揺るがすもので、厳しい対ロ措置を維持する。同時に、領土問題を解決し平和条約を締結するとの方針に変わりはない」",
      "――墓参の再開の見通しは。",
      "「最優先課題の一つとして取り組む。見通しについて予断を持って申し上げることは差し控える」",
  ])

# ---------------------------------------------------------------- g5: joint compendium update agreed (RU first)
A(feed="shkhera-ru", lang="ru", published="2025-11-19T07:00:00Z",
  author="Олег Самарин", section="Политика",
  title="Россия и Япония договорились обновить совместный сборник документов по истории территориального вопроса",
  summary="Эксперты МИД двух стран встретились в Москве и договорились подготовить дополненное издание сборника, впервые с 2001 года.",
  label="new_development", group="g5",
  new_facts=["Эксперты МИД России и Японии 18 ноября 2025 года в Москве договорились подготовить дополненное издание совместного сборника документов по истории территориального размежевания (предыдущее — 2001 год); следующая встреча — в Токио в первой половине 2026 года"],
  must_mention=[["сборник"], ["документ"]],
  note="NEW: a decision taken and a meeting held — a joint project on the territorial issue that did not exist in the seeds; explicitly not treaty negotiations, so new_development. First report of g5 (Russian).",
  body=[
      "Эксперты министерств иностранных дел России и Японии 18 ноября провели в Москве встречу, на которой договорились подготовить дополненное издание совместного сборника документов по истории территориального размежевания между двумя странами. Об этом говорится в сообщении МИД России.",
      "«Стороны согласились приступить к работе над обновлённым изданием, которое будет включать документы, не вошедшие в предыдущие выпуски. Следующая встреча экспертов запланирована на первую половину 2026 года в Токио», — отмечается в сообщении.",
      "Совместный сборник документов впервые был издан в 1992 году, дополненное издание вышло в 2001 году. В нём собраны на русском и японском языках договоры, декларации и другие документы — от Симодского трактата 1855 года до Советско-японской декларации 1956 года.",
      "В МИД России подчеркнули, что речь идёт «об исторической, экспертной работе», которая «не является переговорами о мирном договоре». «Российская сторона исходит из того, что документальная база должна в полном объёме отражать итоги Второй мировой войны, включая решения союзных держав», — говорится в сообщении.",
      "Это первый совместный проект Москвы и Токио в территориальной сфере после 2022 года, когда Россия прекратила переговоры о мирном договоре с Японией из-за санкций.",
  ])

A(feed="kantei-memo", lang="ja", published="2025-11-19T08:15:00Z",
  author="政治部", section="官房長官会見",
  title="日ロ「共同作成資料集」改訂で合意　専門家会合、モスクワで　木原官房長官「平和条約交渉ではない」",
  summary="日ロ両国の外務省の専門家が18日にモスクワで会合を開き、領土問題の歴史に関する共同作成資料集を改訂することで合意した。改訂は2001年以来。",
  label="new_development", group="g5",
  new_facts=["日ロの外務省専門家が18日にモスクワで会合を開き、「日露間領土問題の歴史に関する共同作成資料集」の改訂で合意した（2001年以来）"],
  must_mention=[["資料集"], ["改訂", "共同作成"]],
  note="g5, Japanese confirmation at the chief cabinet secretary's press conference, hours after the Russian report.",
  body=[
      "木原稔官房長官は19日午後の記者会見で、日ロ両国の外務省の専門家が18日にモスクワで会合を開き、「日露間領土問題の歴史に関する共同作成資料集」を改訂することで一致したと明らかにした。資料集の改訂は2001年以来となる。",
      "資料集は1992年に日ロ両政府が共同で作成し、2001年に新版を出した。1855年の日魯通好条約から1956年の日ソ共同宣言までの条約や宣言などを日本語とロシア語で収録している。次回会合は来年前半に東京で開く予定という。",
      "木原氏は「平和条約交渉の再開ではない」とした上で「歴史的事実に基づく共通の基盤を確認する作業として意義がある」と述べた。ロシア側が「第2次世界大戦の結果の全面的な反映」を求めていることについては「我が国の法的立場を損なう形での改訂には応じない」と強調した。",
      "政府関係者によると、1月にアルマトイで行われた日ロ外務当局者の接触で日本側が提案していた。",
  ])

A(feed="gantry-record", lang="en", published="2025-11-19T10:30:00Z",
  author="Harriet Okafor", section="Diplomacy",
  title="Japan and Russia agree to update joint compendium on island dispute, first since 2001",
  summary="Experts met in Moscow and agreed on a new edition of the documents collection both countries published in 1992 and 2001. Both sides say it is not a resumption of treaty talks.",
  label="new_development", group="g5",
  new_facts=["Japanese and Russian foreign ministry experts agreed in Moscow on Nov 18, 2025 to prepare an updated edition of the joint compendium of documents on the territorial issue"],
  must_mention=[["compendium"], ["document", "history"]],
  note="g5, English report the same day.",
  body=[
      "TOKYO — Japan and Russia have agreed to prepare a new edition of a jointly compiled collection of historical documents on their territorial dispute, the first joint project on the issue since Moscow broke off peace treaty talks in 2022.",
      "Foreign ministry experts from the two countries met in Moscow on Tuesday and agreed to start work on an updated version of the 'Joint Compendium of Documents on the History of the Territorial Issue between Japan and Russia', Russia's foreign ministry said. Japan's government confirmed the agreement.",
      "The compendium, first published in 1992 and updated in 2001, collects treaties and declarations from the 1855 Treaty of Shimoda to the 1956 Joint Declaration in Japanese and Russian. The next expert meeting is planned for Tokyo in the first half of 2026.",
      "Both governments stressed the work was historical. Moscow said it 'is not negotiation on a peace treaty' and that the documents must reflect 'the results of the Second World War in full'. Chief Cabinet Secretary Minoru Kihara said Japan would not accept a revision that 'damages our legal position'.",
      "Diplomats in Tokyo said the idea had been put forward by Japan at the January meeting in Almaty. 'It is small, it is about paper, and it is real,' said one.",
  ])

A(feed="gantry-record", lang="en", published="2025-12-02T09:00:00Z",
  author="Kenji Marlowe", section="Analysis",
  title="Analysis: A book of old papers, and what Moscow wants from it",
  summary="The agreement to update a 1992 documents compendium is the first joint Japan-Russia project on the islands since 2022. Its value may depend on which documents go in.",
  label="neutral",
  note="Borderline analysis about g5 with no new fact (comment, history, quotes).",
  body=[
      "TOKYO — When Japanese and Russian diplomats first agreed to publish a joint collection of documents on their territorial dispute in 1992, the idea was to give both publics the same set of facts. Three decades on, the two governments' agreement last month to update the compendium has been greeted in Tokyo with a mixture of cautious relief and suspicion.",
      "Relief, because it is the first piece of joint work on the islands since Russia walked away from peace treaty talks in March 2022. Suspicion, because Moscow has made clear what it wants included: the wartime agreements among the Allies, above all the 1945 Yalta agreement, which Russia cites as a legal basis for its sovereignty and by which Japan says it is not bound.",
      "'Whether the Yalta text goes in, and with what commentary, is the whole game,' said a former Japanese diplomat who worked on the 2001 edition. 'If the new book becomes a Russian argument with a Japanese co-signature, Tokyo will walk away.'",
      "Russian commentators have framed the project as a way to 'correct distortions'. A Moscow-based Japan specialist said the Kremlin saw low-cost value in showing it could work with Tokyo on its own terms while refusing to talk about the islands themselves.",
      "For the former islanders, the compendium is remote from their main concern. 'Books are fine,' said the head of a Nemuro residents' group. 'But our parents' graves are not in a book.'",
      "No date has been announced for the next expert meeting beyond 'the first half of 2026'.",
  ])
