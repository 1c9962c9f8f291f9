# -*- coding: utf-8 -*-
"""Articles published in 2025 (blind35)."""

STORIES = [
# ---------------------------------------------------------------- 019
dict(
    id="b35-019", feed="dipkurier", lang="ru", published="2025-01-14T12:40:00Z",
    author="Ирина Баталова",
    title="Лавров: Япония сама выбрала курс на свёртывание отношений",
    summary="Министр иностранных дел России на ежегодной пресс-конференции заявил, что говорить о мирном договоре с Японией при нынешнем курсе Токио не приходится.",
    label="restatement",
    note="Annual press conference; restates seeds 000/001/004 (no treaty talks while Japan keeps sanctions). No new fact.",
    body="""Министр иностранных дел России Сергей Лавров на традиционной пресс-конференции по итогам работы российской дипломатии в 2024 году заявил, что ответственность за нынешнее состояние российско-японских отношений целиком лежит на Токио.

«Японцы сами, без всякого повода с нашей стороны, присоединились к западным санкциям, начали поставлять Киеву технику и наращивать военную активность вместе с американцами у наших дальневосточных рубежей. Говорить о каком-то мирном договоре, о котором в Токио по-прежнему любят порассуждать, в этих условиях не приходится», — сказал министр, отвечая на вопрос японского журналиста.

Лавров также заявил, что Москва «с озабоченностью» наблюдает за укреплением военного союза Японии и США и «будет учитывать это» при обеспечении безопасности на Дальнем Востоке, в том числе на Курилах.

На вопрос о возможности возобновления поездок бывших японских жителей на острова министр ответил, что «гуманитарные темы не могут рассматриваться в отрыве от общего контекста отношений», который, по его словам, определяет японская сторона.

Пресс-конференция, на которой Лавров ответил на вопросы российских и иностранных журналистов, продолжалась почти три часа.""",
),
# ---------------------------------------------------------------- 020
dict(
    id="b35-020", feed="breakwater", lang="en", published="2025-02-07T10:00:00Z",
    author="Hannah Okafor",
    title="On 'Northern Territories Day', Ishiba vows to press on but sees no opening with Moscow",
    summary="Prime Minister Shigeru Ishiba told the annual rally Japan would pursue the return of four Russian-held islands, though officials conceded there was no sign Moscow would resume peace treaty talks.",
    label="restatement",
    note="Anniversary/occasion piece; restates seeds 000/001/003 and 002. Negated move ('no prospect of talks resuming'). No new fact.",
    body="""Prime Minister Shigeru Ishiba pledged on Friday to keep pursuing the return of four Russian-held islands off Hokkaido, telling an annual rally in Tokyo that Japan's commitment to "resolving the territorial issue and concluding a peace treaty" was unchanged.

The rally, held every Feb. 7 to mark the 1855 Treaty of Shimoda, which first drew the border north of Iturup, drew former island residents, lawmakers and activists. The former residents' average age has passed 89, organisers said.

"I will do everything I can so that grave visits, the most urgent wish of former residents, can resume," Ishiba said.

Yet officials privately acknowledge there is no opening. Moscow has refused to discuss a peace treaty since March 2022, when it also scrapped visa-free exchanges and the simplified visits for former islanders. A senior Foreign Ministry official said this week that there had been "no movement whatsoever" on the islands in contacts with the Russian side, and that the government saw no prospect of the talks being resumed in the near term.

Russia's embassy in Tokyo said in a social media post that the annual event was "an anti-Russian campaign that has nothing to do with reality", repeating that Russia's sovereignty over the Kurils was not up for discussion.""",
),
# ---------------------------------------------------------------- 021
dict(
    id="b35-021", feed="whitecap", lang="en", published="2025-03-11T05:50:00Z",
    title="Russia approves decade-long programme to develop Kuril Islands, 146 bln roubles",
    summary="The Russian government has approved a state programme for the socio-economic development of the Kuril Islands for 2026-2035, including housing, a Shikotan port berth and a new hospital on Kunashir.",
    label="new_development", group="g3-kuril-programme",
    new_facts=["Russian government approved the state programme 'Socio-economic development of the Kuril Islands' for 2026-2035 (about 146 bln roubles; housing, Krabozavodskoye berth on Shikotan, 150-bed hospital in Yuzhno-Kurilsk)"],
    must_mention=[["programme", "program"], ["2035", "146"]],
    note="First report (English). New government decree on the islands, not in the seeds.",
    body="""The Russian government has approved a new state programme to develop the Kuril Islands between 2026 and 2035 worth about 146 billion roubles ($1.7 billion), according to a decree published on the government's legal information portal on Tuesday.

The programme, which succeeds a federal target programme that expires at the end of this year, envisages new housing, a deep-water berth at Krabozavodskoye on Shikotan, a 150-bed hospital in Yuzhno-Kurilsk on Kunashir, and upgraded power and water supply on Iturup, the decree said.

Prime Minister Mikhail Mishustin signed the decree last week. Federal money accounts for about 118 billion roubles, with the rest coming from the Sakhalin regional budget and private investors operating under the islands' preferential tax regime.

Russia has poured money into the southern Kurils — Iturup, Kunashir, Shikotan and the Habomai islets, which Japan claims as its Northern Territories — since the 2000s, in part to anchor its control and stem population decline. Tokyo has said that Russian development projects on the islands are incompatible with its position.

Japan's government had not commented on the programme by Tuesday afternoon.""",
),
# ---------------------------------------------------------------- 022
dict(
    id="b35-022", feed="kekur", lang="ru", published="2025-03-11T09:30:00Z",
    author="Сергей Тихонов",
    title="Правительство утвердило госпрограмму развития Курильских островов до 2035 года",
    summary="На социально-экономическое развитие Курил в 2026–2035 годах предусмотрено 146,2 млрд рублей, в том числе 118,4 млрд — из федерального бюджета.",
    label="new_development", group="g3-kuril-programme",
    new_facts=["Утверждена госпрограмма «Социально-экономическое развитие Курильских островов (Сахалинская область) на 2026–2035 годы», 146,2 млрд рублей"],
    must_mention=[["программ"], ["2035", "146"]],
    note="Russian report of g3 (exact figures differ from the English rounding).",
    body="""Правительство России утвердило государственную программу «Социально-экономическое развитие Курильских островов (Сахалинская область) на 2026–2035 годы». Соответствующее постановление подписал председатель правительства Михаил Мишустин, документ опубликован на официальном портале правовой информации.

Общий объём финансирования программы составит 146,2 млрд рублей, из них 118,4 млрд рублей — средства федерального бюджета. Программа придёт на смену федеральной целевой программе, действие которой завершается в 2025 году.

В числе ключевых объектов — многопрофильная больница на 150 коек в Южно-Курильске, глубоководный причал в Крабозаводском на Шикотане, новые жилые кварталы на Итурупе и Кунашире, модернизация энергосистемы и водоснабжения. К 2035 году численность постоянного населения Курил планируется увеличить до 25 тысяч человек.

Губернатор Сахалинской области Валерий Лимаренко назвал документ «программой для людей». «Курилы должны стать территорией, где комфортно жить, работать и растить детей», — написал он в своём телеграм-канале.

Напомним, с 2022 года на Курилах действует специальный налоговый режим для инвесторов, освобождающий их от налога на прибыль, имущество и землю.""",
),
# ---------------------------------------------------------------- 023
dict(
    id="b35-023", feed="suirei", lang="ja", published="2025-03-12T03:10:00Z",
    title="ロシア、北方領土含むクリール発展計画を決定　2035年まで　政府「立場と相いれない」",
    summary="ロシア政府は北方領土を含むクリール諸島の2035年までの社会経済発展計画を決定した。林官房長官は「我が国の立場と相いれない」と述べた。",
    label="new_development", group="g3-kuril-programme",
    new_facts=["ロシア政府が北方四島を含むクリール諸島の2026～35年の社会経済発展国家プログラム（約1462億ルーブル）を決定、日本政府が申し入れ"],
    must_mention=[["発展計画", "国家プログラム"], ["2035", "1462"]],
    note="Japanese report of g3 with Tokyo's reaction; same development.",
    body="""ロシア政府は、北方四島を含むクリール諸島（千島列島）の2026～35年の社会経済発展に関する国家プログラムを決定した。総事業費は約1462億ルーブル（約2500億円）で、色丹島の港湾整備や国後島での病院建設などを盛り込んだ。

林芳正官房長官は12日の記者会見で「北方四島におけるロシアのこうした動きは、北方領土に関する我が国の立場と相いれず、受け入れられない」と述べ、外交ルートでロシア側に申し入れたことを明らかにした。

計画は2025年で終わる従来のクリール発展計画の後継となる。住宅整備による人口の増加や、択捉島の電力・上下水道の更新などを柱としている。ロシアはクリール諸島の開発を通じて、北方領土の実効支配を強めている。

日本政府は2016年の首脳合意に基づき、北方四島での共同経済活動の実現を目指してきたが、ロシアは22年3月、日本の制裁を理由にこの協議から離脱した。""",
),
# ---------------------------------------------------------------- 024
dict(
    id="b35-024", feed="gannet", lang="en", published="2025-03-14T07:20:00Z",
    dateline="BAKU/YEREVAN, March 14 (Gannet) -",
    title="Armenia and Azerbaijan agree text of peace treaty",
    summary="The two South Caucasus neighbours said they had finalised the text of a peace treaty, although Baku said it would sign only after Armenia changes its constitution.",
    label="off_topic",
    note="Look-alike: another peace treaty (Armenia-Azerbaijan); nothing about Japan, Russia or the Kurils.",
    body="""Armenia and Azerbaijan have finalised the text of a peace treaty meant to end nearly four decades of conflict, the two countries' foreign ministries said, although Baku said it would sign the document only after Armenia changes its constitution.

Azerbaijan's foreign ministry said negotiations on the draft "have been concluded", while Armenia's Foreign Minister Ararat Mirzoyan said Yerevan was "ready to begin consultations on the date and venue of signing".

Azerbaijan has demanded that Armenia remove from its constitution a reference to a declaration of independence that Baku says implies a territorial claim. Armenian Prime Minister Nikol Pashinyan has said a new constitution could be put to a referendum, but not before parliamentary elections.

The two neighbours fought two wars over Nagorno-Karabakh, which Azerbaijan retook in a lightning offensive in September 2023, prompting almost all of the region's ethnic Armenians to flee.

The European Union and the United States welcomed the announcement. Russia, which once brokered ceasefires in the region, said it hoped the sides would sign the treaty "as soon as possible".""",
),
# ---------------------------------------------------------------- 025
dict(
    id="b35-025", section="economy", feed="suirei", lang="ja", published="2025-04-10T06:00:00Z",
    title="日ロさけ・ます交渉が妥結　漁獲量上限は前年並み、協力費は減額",
    summary="日本の200カイリ水域でのロシア系サケ・マス漁に関する日ロ政府間協議が妥結した。漁獲量の上限は前年並みで、日本側が支払う漁業協力費は減額された。",
    label="neutral",
    note="Borderline: routine annual Japan-Russia fisheries agreement in Japan's own EEZ; continues after 2022 and concerns neither the islands nor any seed matter.",
    body="""日本の200カイリ水域で今年操業する日本漁船のロシア系サケ・マス漁に関する日ロ政府間協議が9日、オンライン形式で妥結した。漁獲量の上限は前年と同じ水準に据え置かれ、日本側がロシア側に支払う漁業協力費は前年より1割程度少ない額で折り合った。

ロシアの河川で生まれるサケ・マスは、日本の水域で漁獲する場合もロシアの同意が必要で、協議はロシアのウクライナ侵攻後も毎年続いている。今年は協議の開始が例年より遅れ、出漁への影響が懸念されていた。

水産庁の担当者は「漁業者の操業機会を確保できたことは大きい」と話した。北海道の漁業関係者も「今年も出漁できることに安堵した」と胸をなで下ろした。

道東の漁業者にとって、サケ・マス漁は春から初夏にかけての重要な収入源となっている。出漁は4月中旬から始まる見通しだ。""",
),
# ---------------------------------------------------------------- 026
dict(
    id="b35-026", feed="stvor", lang="ru", published="2025-05-20T08:10:00Z",
    title="В МИД России назвали условие возобновления безвизовых обменов с Японией",
    summary="Безвизовые поездки японцев на южные Курилы могли бы быть возобновлены лишь при отказе Токио от санкций и враждебной политики, заявил директор департамента МИД.",
    label="restatement",
    note="Conditional version of a move with the decisive clause at the end; restates seeds 001/003 (visa-free exchanges and free visits terminated) and recalls g2 as a one-off. No new fact.",
    body="""Возобновление безвизовых обменов между жителями южных Курил и японскими гражданами, прекращённых Россией в 2022 году, было бы возможно лишь в том случае, если бы японское правительство отказалось от санкционного давления и враждебных шагов в отношении нашей страны, чего пока, к сожалению, не происходит, заявил директор Второго департамента Азии МИД РФ Вадим Стрельцов в интервью ИА «Створ».

«Безвизовый режим, как и упрощённые поездки бывших японских жителей, создавался как инструмент укрепления доверия. Доверие было разрушено не нами. Поэтому вопрос о возвращении к этим форматам сейчас не стоит», — сказал дипломат.

По его словам, японская сторона регулярно поднимает вопрос о посещении захоронений на островах по гуманитарным соображениям. «Мы эти обращения получаем и внимательно изучаем, но решения, которые учитывали бы только пожелания Токио, без учёта общего контекста, невозможны», — отметил Стрельцов.

Он также подчеркнул, что отдельные исключения, подобные поездке делегации Немуро на Шикотан осенью прошлого года, «носят разовый гуманитарный характер и прецедентом не являются».""",
),
# ---------------------------------------------------------------- 027
dict(
    id="b35-027", feed="ochiishi", lang="ja", published="2025-06-14T02:00:00Z",
    author="札幌報道部",
    title="千島連盟総会「墓参だけでも早期再開を」　元島民の平均年齢89歳に",
    summary="元島民らでつくる千島歯舞諸島居住者連盟が札幌で総会を開き、北方墓参の早期再開に向けて政府に粘り強い交渉を求める決議を採択した。",
    label="restatement",
    note="Wished/requested move (a resolution asking for resumption of grave visits). Exchanges still stopped (seed 001); recalls g2 as background. No new fact.",
    body="""北方領土の元島民らでつくる千島歯舞諸島居住者連盟（本部・札幌）は13日、札幌市内で定期総会を開いた。元島民の平均年齢が89歳を超え、ロシアとの交流事業が途絶えたままとなっていることから、「せめて北方墓参だけでも一日も早く再開できるよう、政府は粘り強く交渉してほしい」とする決議を採択した。

連盟によると、終戦時に四島に住んでいた日本人約1万7千人のうち、存命者は5月末時点で5千人を割り込んだ。

理事長はあいさつで「ロシアは日本の呼び掛けに応じていない。政府には人道問題として、何とか交渉の糸口を探ってもらいたい」と訴えた。

ロシアは2022年3月、ビザなし交流と自由訪問の停止を表明した。昨年10月には地震30年の追悼式に合わせて根室市の訪問団が一度限りで色丹島に渡ったが、墓参を含む交流事業そのものの再開には至っていない。""",
),
# ---------------------------------------------------------------- 028
dict(
    id="b35-028", feed="gannet", lang="en", published="2025-07-22T05:30:00Z",
    dateline="TOKYO, July 22 (Gannet) -",
    title="Japan denies report it has agreed with Russia on reopening island exchanges",
    summary="Japan's top government spokesman said no agreement had been reached with Moscow on restarting visa-free exchanges with the disputed islands, after a newspaper reported a deal was close.",
    label="restatement",
    note="Negated look-alike of a move (denied report of a resumption; decisive 'no agreement' at the end). Exchanges remain terminated per seeds 001/003; g2 recalled as background.",
    body="""Japan's government on Tuesday denied a newspaper report that it had reached an understanding with Russia to restart visa-free exchanges with the disputed islands off Hokkaido, saying that while it was raising the issue with Moscow at every opportunity, no such agreement had been reached.

A Sapporo-based newspaper reported on Monday, citing unnamed sources, that the two sides were discussing a limited revival of the exchanges for specialists such as doctors and could announce a deal by the end of the year.

"We are aware of the report. The government has been asking the Russian side, on various occasions, to resume the exchange programmes, especially grave visits, but I would like to refrain from going into the details of diplomatic exchanges. There is no fact that any agreement has been reached," Chief Cabinet Secretary Yoshimasa Hayashi told a news conference.

The Russian embassy in Tokyo did not respond to a request for comment.

Russia scrapped the visa-free exchanges in March 2022 in response to sanctions Japan imposed over the war in Ukraine, and Japanese officials have described the prospects of a revival as slim. The only exception since then was a one-off trip by a Nemuro delegation to Shikotan last October for an earthquake memorial.""",
),
# ---------------------------------------------------------------- 029
dict(
    id="b35-029", feed="kekur", lang="ru", published="2025-08-22T04:00:00Z",
    title="В Северо-Курильске запустили ветродизельную электростанцию",
    summary="Новая станция на Парамушире мощностью 2,4 МВт позволит сократить завоз дизельного топлива в Северо-Курильск почти на треть.",
    label="neutral",
    note="Borderline: Kuril Islands infrastructure, but on Paramushir in the northern Kurils, outside the four islands in dispute; no seed matter.",
    body="""В Северо-Курильске на острове Парамушир введена в эксплуатацию ветродизельная электростанция мощностью 2,4 МВт. Она позволит сократить завоз дизельного топлива в город почти на треть, сообщили в правительстве Сахалинской области.

Станция включает четыре ветроустановки, аккумуляторный накопитель и автоматизированную систему управления, которая подключает дизель-генераторы только при слабом ветре. Ранее Северо-Курильск полностью зависел от завозного топлива, которое доставляли танкерами в короткий период навигации.

«Для северных Курил энергетическая независимость — это вопрос выживания. Каждая тонна топлива, которую не надо везти через океан, — это экономия и надёжность», — отметил министр энергетики области.

Проект реализован за счёт средств федеральной целевой программы развития Курильских островов и регионального бюджета. Северо-Курильский муниципальный округ — самая северная часть Курильской гряды; на острове Парамушир проживают около двух с половиной тысяч человек.

Жители города говорят, что зимние отключения света, когда топливо приходилось экономить до прихода первого танкера, были для Северо-Курильска привычным делом. В администрации округа рассчитывают, что новая станция позволит избежать графиков подачи электроэнергии уже этой зимой.""",
),
# ---------------------------------------------------------------- 030
dict(
    id="b35-030", feed="whitecap", lang="en", published="2025-09-03T09:15:00Z",
    title="Russia marks 80 years since war's end on the Kurils as Japan restates claim",
    summary="Russia held ceremonies on the southern Kurils to mark 80 years since the end of World War Two; Tokyo said its position that the islands are Japanese was unchanged.",
    label="restatement",
    note="Anniversary piece; both sides restate known positions (seeds 000/001/004). No new fact.",
    body="""Russia held ceremonies across its Far East on Wednesday to mark 80 years since the end of World War Two, including wreath-layings on the southern Kuril Islands, which Soviet troops seized in the final days of the war and which Japan still claims.

In Yuzhno-Kurilsk on Kunashir, soldiers of the local garrison and schoolchildren laid flowers at a memorial to Soviet servicemen, and a similar ceremony took place in Kurilsk on Iturup, the Sakhalin regional government said. Russia has officially marked Sept. 3 as the "Day of Victory over Militarist Japan and the End of World War Two" since 2023.

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan's position that the four islands are "territory over which Japan has sovereignty" was unchanged, and that the government would continue to seek a resolution and a peace treaty "through diplomatic negotiations".

Russian Foreign Ministry spokeswoman Maria Zakharova said last week that Russia's sovereignty over the islands was "a result of the Second World War, enshrined in international documents", and was not subject to discussion.

The two countries never signed a peace treaty after the war. Moscow halted negotiations in March 2022, citing Japanese sanctions.""",
),
# ---------------------------------------------------------------- 031
dict(
    id="b35-031", feed="breakwater", lang="en", published="2025-09-05T07:40:00Z",
    author="Daniel Whitmore",
    title="Sakhalin governor says former Japanese islanders welcome - with Russian visas",
    summary="Governor Valery Limarenko said former Japanese residents of the southern Kurils could visit 'at any time' on ordinary Russian visas, a route Tokyo asks its citizens not to use.",
    label="neutral",
    note="Borderline: a new remark by a regional official, but no decision and no change in any tracked matter; visa-free arrangements remain terminated (seed 001).",
    body="""The governor of Russia's Sakhalin region, which administers the Kuril Islands, said on Thursday that former Japanese residents of the southern Kurils were welcome to visit their birthplaces "at any time" as long as they came on ordinary Russian visas.

"If elderly people want to visit the graves of their relatives, nobody is stopping them. They can fly to Yuzhno-Sakhalinsk, get on a plane to Iturup or Kunashir, and we will help them," Valery Limarenko told reporters on the sidelines of the Eastern Economic Forum in Vladivostok.

Tokyo has long asked its citizens not to travel to the islands under Russian visa procedures, which it says would imply recognition of Russian jurisdiction. The visa-free arrangements that let former residents visit without doing so were terminated by Moscow in March 2022.

A Japanese Foreign Ministry official said Japan's request to refrain from such travel "remains in place" and that Tokyo would continue to seek the resumption of visa-free grave visits.

Limarenko did not say whether his offer reflected any change in Moscow's position, and the Foreign Ministry in Moscow did not comment.""",
),
# ---------------------------------------------------------------- 032
dict(
    id="b35-032", feed="whitecap", lang="en", published="2025-10-24T11:00:00Z",
    kicker="Analysis",
    title="Can Takaichi break the ice with Moscow over the islands?",
    summary="Japan's new prime minister restated Tokyo's line on Russia in her first policy speech. Whether anything lies behind the formula is an open question.",
    label="restatement",
    note="Questioned version of a move (analysis asking whether talks or exchanges could resume). Restates seeds 000/001/003/004. No new fact.",
    body="""Japan's new prime minister, Sanae Takaichi, used her first policy speech on Friday to restate Tokyo's long-standing line on Russia: relations are "severe", but Japan remains committed to "resolving the territorial issue and concluding a peace treaty". The question in Tokyo and Moscow is whether anything lies behind the formula.

There are few signs of it. Russia has refused to negotiate a peace treaty since March 2022, when it also scrapped visa-free travel to the islands, which Japan calls the Northern Territories and Russia the Southern Kurils, and withdrew from talks on joint economic activities there. Moscow's stated condition for any return to the table, that Tokyo abandon its "hostile policy", is one no Japanese government is likely to meet while the war in Ukraine continues.

Some analysts argue that humanitarian issues might offer a narrower path. "The one thing that could move is grave visits and exchanges, because the former residents are running out of time," said Kenta Morioka, a Russia specialist at a university in Sapporo. "Moscow knows that a small humanitarian gesture costs it little."

Whether Moscow would agree to revive even a limited version of the exchanges, however, is far from clear. Russian officials have said repeatedly that "humanitarian topics" cannot be separated from the overall state of relations.

Takaichi, a security hawk who has pledged to deepen defence ties with Washington, is unlikely to offer Moscow the concessions it wants, diplomats said. "Would the Kremlin reward a Takaichi government? I doubt it," said one European diplomat in Tokyo.""",
),
# ---------------------------------------------------------------- 033
dict(
    id="b35-033", feed="dipkurier", lang="ru", published="2025-11-18T13:00:00Z",
    author="Ирина Баталова",
    title="Россия и Япония договорились возобновить безвизовые обмены в ограниченном формате",
    summary="С 2026 года на южные Курилы смогут без виз приезжать японские специалисты — медики, спасатели, экологи; поездки бывших жителей и массовые обмены не возобновляются.",
    label="status_change", group="g4-specialist-exchanges",
    new_facts=["Россия и Япония обменом нотами (Москва, 17 ноября 2025 г.) договорились возобновить с 2026 года безвизовые обмены, прекращённые в марте 2022 г., только для специалистов (медики, спасатели, экологи), не более четырёх групп в год; поездки бывших жителей и посещение захоронений не входят"],
    must_mention=[["безвиз"], ["специалист"]],
    note="First report (Russian). Status change: visa-free exchanges, terminated in March 2022 (seeds 000/001/003), resumed in a limited format.",
    body="""Россия и Япония договорились возобновить с 2026 года безвизовые обмены между жителями южных Курил и гражданами Японии, прекращённые в марте 2022 года, в ограниченном формате — только для специалистов, сообщила во вторник официальный представитель МИД России Мария Захарова.

По её словам, договорённость оформлена обменом нотами в Москве 17 ноября. «Речь идёт о поездках профильных специалистов — врачей, специалистов по предупреждению стихийных бедствий, экологов — в составе не более четырёх групп в год. Массовые обмены, поездки бывших японских жителей и так называемые посещения захоронений в этот формат не входят», — сказала Захарова.

Визиты будут проходить по прежней процедуре — без оформления виз, на основании удостоверений личности и вкладышей. Первая группа японских специалистов может посетить острова весной. Предусмотрены и ответные поездки специалистов с островов на Хоккайдо.

Дипломат подчеркнула, что решение принято «исходя из гуманитарных соображений и интересов жителей Южно-Курильского и Курильского округов» и «никак не связано» с вопросом о мирном договоре, переговоры по которому остаются прерванными по вине японской стороны.

В марте 2022 года МИД России объявил о прекращении безвизовых поездок японских граждан на южные Курилы на основании соглашений 1991 и 1999 годов в ответ на антироссийские санкции Токио.""",
),
# ---------------------------------------------------------------- 034
dict(
    id="b35-034", feed="gannet", lang="en", published="2025-11-18T16:45:00Z",
    dateline="MOSCOW/TOKYO, Nov 18 (Gannet) -",
    title="Russia, Japan to revive visa-free island visits - for specialists only",
    summary="Moscow said Japanese doctors, disaster experts and ecologists could again visit the southern Kurils without visas from 2026, in up to four groups a year; former residents' visits are not included.",
    label="status_change", group="g4-specialist-exchanges",
    new_facts=["Russia and Japan agreed (notes exchanged 17 Nov 2025) to partly restore visa-free exchanges with the islands from 2026: up to four groups of specialists a year; former residents' and grave visits excluded"],
    must_mention=[["visa-free", "visa free"], ["specialist", "expert", "doctor"]],
    note="English report of g4; adds the Japanese confirmation (Kihara).",
    body="""Russia and Japan have agreed to partially restore the visa-free exchange programme with the disputed islands off Hokkaido that Moscow scrapped in 2022, allowing groups of specialists to travel there without visas from next year, Russia's Foreign Ministry said on Tuesday.

Spokeswoman Maria Zakharova said up to four groups a year of Japanese doctors, disaster-prevention experts and environmental scientists would be able to visit under the old procedure, using identity documents rather than visas, and that specialists from the islands could travel to Hokkaido. Visits by former Japanese residents, including grave visits, were not part of the deal, she said.

In Tokyo, Chief Cabinet Secretary Minoru Kihara confirmed that notes had been exchanged in Moscow on Monday and called the agreement "a first step", adding that Japan would "continue to strongly seek" the resumption of grave visits for former islanders.

Russia halted the 1991 visa-free exchanges and the 1999 arrangement for simplified visits by former residents in March 2022, citing Japanese sanctions over Ukraine. Moscow also walked away from peace treaty talks, which Zakharova said remained suspended.

The first group could travel in the spring, officials on both sides said.""",
),
# ---------------------------------------------------------------- 035
dict(
    id="b35-035", feed="suirei", lang="ja", published="2025-11-19T02:00:00Z",
    title="ビザなし交流、専門家に限り再開へ　日ロが口上書交換　年4回まで",
    summary="日ロ両政府は、2022年にロシアが停止した北方四島とのビザなし交流を、医療や防災などの専門家に限って来年から再開することで合意した。元島民の墓参や自由訪問は含まれない。",
    label="status_change", group="g4-specialist-exchanges",
    new_facts=["日ロが口上書を交換（11月17日）し、ビザなし交流を医療・防災・環境の専門家に限り来年から年4回まで再開することで合意。墓参・自由訪問は対象外"],
    must_mention=[["ビザなし"], ["専門家"]],
    note="Japanese report of g4 (numbers phrased 年4回まで; procedure described as 身分証明書と挿入紙).",
    body="""日ロ両政府は、ロシアが2022年3月に停止した北方四島とのビザなし交流について、医療や防災、環境分野の専門家に限って来年から再開することで合意した。17日にモスクワで口上書を交換した。木原稔官房長官が18日の記者会見で明らかにした。

派遣は年4回まで。日本側の医師や防災の専門家らが旅券や査証を使わず、従来の身分証明書と挿入紙による手続きで四島を訪れる。島側の専門家の北海道訪問も可能とする。第1陣は来春にも根室港から国後島へ向かう方向で調整する。

一方、元島民らによる北方墓参や自由訪問、一般の訪問事業は対象外となった。木原氏は「元島民の方々の思いに応えるため、墓参の再開を引き続き強く求めていく」と述べた。

ロシア外務省のザハロワ情報局長は18日、今回の措置は「人道的な考慮によるもの」とし、平和条約締結交渉の中断は続いていると強調した。""",
),
# ---------------------------------------------------------------- 036
dict(
    id="b35-036", feed="ochiishi", lang="ja", published="2025-11-21T03:30:00Z",
    author="根室支局　佐々木 真由",
    title="「私たちはまた置き去りか」　専門家交流の再開、元島民は複雑",
    summary="ビザなし交流が専門家に限って再開されることになり、根室の元島民からは歓迎とともに、自由訪問や墓参が対象外となったことへの落胆の声が上がった。",
    label="restatement",
    note="Reaction piece recalling g4 as background; free visits (1999) remain terminated (seed 001). No new fact.",
    body="""北方四島とのビザなし交流が医療や防災の専門家に限って来年から再開されることになり、根室市内の元島民からは「一歩前進」と受け止める声の一方、墓参や自由訪問が含まれなかったことに落胆の声が広がった。

色丹島出身の男性（91）は「専門家が行けるのなら、なぜ年寄りが墓参りに行けないのか。私たちはまた置き去りにされた」と肩を落とした。国後島出身の女性（87）は「交流が少しでも動き出したのはうれしい。次は墓参につなげてほしい」と話した。

元島民の自由訪問を定めた1999年の合意は、ロシアが2022年3月に一方的に停止を表明して以来、効力が止まったままで、今回の合意でも再開の対象にはならなかった。

根室市の担当者は「墓参と自由訪問の再開に向けて、引き続き国に働きかけていく」としている。""",
),
# ---------------------------------------------------------------- 037
dict(
    id="b35-037", feed="breakwater", lang="en", published="2025-12-10T06:00:00Z",
    author="Hannah Okafor",
    kicker="Explainer",
    title="Specialist exchanges with the islands: what we know about the first trip",
    summary="Preparations are under way in Nemuro for the first visit under the limited visa-free arrangement agreed in November, but Japan and Russia have yet to fix a date.",
    label="status_change", group="g4-specialist-exchanges",
    new_facts=["Follow-up: first trip under the November 2025 specialist-only visa-free arrangement still being prepared; no date set"],
    must_mention=[["visa-free", "visa free"], ["specialist", "expert", "doctor"]],
    note="Follow-up of g4 with no new fact (no date, ship and group type already implied).",
    body="""Preparations are under way in Nemuro for the first trip under the limited visa-free exchange arrangement that Japan and Russia agreed last month, but the two sides have yet to fix a date, officials said.

Under the exchange of notes of Nov. 17, up to four groups of Japanese specialists (doctors, disaster-prevention experts and environmental scientists) may visit the islands each year without visas, and specialists from the islands may come to Hokkaido. Grave visits and visits by former residents are excluded.

Officials in Nemuro said the first group would probably be made up of doctors and nurses travelling to Kunashir aboard the exchange ship Etopirika, which since 2022 has been used only for offshore memorial cruises.

"The date depends on the Russian side and on the weather," a city official said. "Realistically, it will not be before May."

Russia's Foreign Ministry has described the arrangement as humanitarian and unrelated to the peace treaty question, on which talks remain frozen.""",
),
]
