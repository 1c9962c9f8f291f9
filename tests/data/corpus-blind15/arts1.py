A = []
def art(**k): A.append(k)

art(id="b01", feed="ironbark-en", published="2024-03-12T08:10:00Z",
 title="Russian embassy: a peace treaty with Tokyo 'cannot even be on the table'",
 summary="A spokesperson for the Russian Embassy in Tokyo said Moscow sees no room for treaty negotiations while Japan keeps its sanctions in place.",
 label="restatement", note="Restates seed: Russia refuses peace treaty talks because of Japan's sanctions/unfriendly course. New speaker only.",
 body="""TOKYO, March 12 (Ironbark) - Asked at a briefing whether Moscow saw any opening for the long-stalled peace treaty, a spokesperson for the Russian Embassy in Tokyo answered with a flat no.

"As long as Japan pursues sanctions against our country and supports the Kiev regime, a treaty of this kind cannot even be on the table," the spokesperson said. "We did not leave the talks out of whim. The conditions for them were destroyed by Tokyo."

The remarks echo the position Moscow has held since March 2022, when the Russian Foreign Ministry said it did not intend to continue the negotiations, and the statement by Deputy Foreign Minister Andrey Rudenko in February that a resumption was "categorically impossible."

Japan's Foreign Ministry declined to comment on the briefing, referring reporters to earlier statements that Tokyo's policy of resolving the territorial issue and concluding a peace treaty has not changed.

The two countries never signed a peace treaty after the Second World War because of the dispute over the islands Russia calls the Southern Kurils and Japan the Northern Territories.""")

art(id="b02", feed="muteki-ja", published="2024-04-28T01:30:00Z",
 title="根室で「千島桜」が開花　平年より5日早く",
 summary="根室市の清隆寺で、市の天然記念物「千島桜」が開花した。平年より5日早い。",
 label="off_topic", note="Look-alike: 千島 in the name of a cherry variety in Nemuro; no dispute content.",
 body="""【根室】根室市の清隆寺で28日、市の天然記念物に指定されている「千島桜」が開花した。根室測候所によると平年より5日早く、観測史上3番目の早さという。

千島桜は寒さに強い桜の一種で、花は淡い紅色。樹高が低く、横に枝を広げるのが特徴だ。境内の古木は樹齢100年を超えるとされ、毎年多くの花見客が訪れる。

寺の住職は「今年は暖かい日が続いたので、そろそろだと思っていた。ゴールデンウィークに満開を迎えそうだ」と話した。市観光協会によると、見頃は5月上旬まで続く見込み。

市内では5月中旬に「桜まつり」も予定されており、協会は「日本で最も遅い桜前線の終着点として、多くの人に足を運んでほしい」と呼びかけている。""")

art(id="b03", feed="strezhen-ru", published="2024-05-20T10:45:00Z",
 title="Захарова: вопрос о возвращении к переговорам с Японией «даже не стоит»",
 summary="Официальный представитель МИД России ответила на вопрос японского журналиста о перспективах мирного договора.",
 label="restatement", note="Question/negation form of the known seed position: treaty talks impossible while Japan is hostile.",
 body="""МОСКВА, 20 мая. /«Стрежень»/. Готова ли Москва вернуться за стол переговоров по мирному договору с Японией? Этот вопрос японский корреспондент задал на еженедельном брифинге официальному представителю МИД России Марии Захаровой.

«Такой вопрос сейчас даже не стоит, — ответила дипломат. — Мы неоднократно объясняли: невозможно обсуждать фундаментальный документ о добрососедстве с государством, которое вводит против нас санкции и поддерживает киевский режим».

По словам Захаровой, ответственность за состояние двусторонних отношений целиком лежит на японской стороне. «Никакие сигналы из Токио, о которых любят писать местные газеты, не меняют сути», — добавила она.

Напомним, в марте 2022 года МИД России объявил, что не намерен продолжать переговоры о мирном договоре, а также прекратил действие безвизовых обменов с южными Курилами. В феврале 2024 года замминистра Андрей Руденко заявил, что возобновление диалога «категорически невозможно».""")

art(id="b04", feed="saltmarsh-en", published="2024-06-18T06:00:00Z",
 title="Vietnam's reclamation in the Spratlys outpaces China's, think tank says",
 summary="Satellite imagery shows Hanoi has created more new land in the disputed archipelago this year than Beijing, a Washington think tank said.",
 label="off_topic", note="Look-alike: other island dispute (South China Sea).",
 body="""SINGAPORE - Vietnam has reclaimed more land in the disputed Spratly Islands over the past six months than China, according to satellite analysis published on Tuesday by a Washington-based research group.

The report says Hanoi has expanded at least ten features, adding harbours and what appear to be runway foundations on Barque Canada Reef. "The scale is unprecedented for Vietnam," said one of the authors.

China, which built seven artificial islands in the archipelago in the 2010s, has not commented. The Philippines, Malaysia and Taiwan also claim parts of the Spratlys.

Analysts said the work was unlikely to provoke an immediate response from Beijing, which has largely avoided criticising Vietnam publicly while it focuses on its standoff with Manila at Second Thomas Shoal.""")

art(id="b05", feed="zastava-ru", published="2024-07-09T03:20:00Z",
 title="Роснедра выставили на аукцион месторождение рения у вулкана Кудрявый на Итурупе",
 summary="Федеральное агентство по недропользованию объявило аукцион на право разведки и добычи рения и сопутствующих металлов на Итурупе. Заявки принимаются до октября.",
 label="new_development", group="g1-rhenium-auction",
 new_facts=["Rosnedra announced an auction for the right to explore and mine the rhenium deposit at Kudryavy volcano on Iturup"],
 must_mention=[["рени"], ["итуруп", "кудряв"]],
 note="First report: rhenium licence auction on Iturup (economic measure).",
 body="""ЮЖНО-КУРИЛЬСК, 9 июля. Федеральное агентство по недропользованию (Роснедра) разместило извещение об аукционе на право геологического изучения, разведки и добычи рения и сопутствующих компонентов на участке «Кудрявый» в Курильском городском округе. Об этом сообщила пресс-служба Сахалинского межрегионального управления ведомства.

Вулкан Кудрявый в северной части Итурупа известен как единственное в мире место, где рений выделяется из фумарольных газов в виде собственного минерала. Металл используется в авиационных двигателях и катализаторах.

Стартовый платёж составит 48 млн рублей, заявки принимаются до 15 октября. Победитель получит лицензию сроком на 25 лет. По данным Роснедр, ресурсы участка оцениваются в несколько тонн рения в год.

«Это первый за многие годы крупный лицензионный участок твёрдых полезных ископаемых на Курилах, — сказал собеседник в правительстве Сахалинской области. — Рассчитываем на интерес со стороны отечественных металлургических компаний».

Попытки наладить добычу на Кудрявом предпринимались ещё в 1990-е годы, однако тогда проект остановился из-за нехватки инвестиций.""")

art(id="b06", feed="muteki-ja", published="2024-07-10T02:05:00Z",
 title="択捉島のレニウム鉱床、ロシアが入札公告　日本政府「受け入れられない」",
 summary="ロシア連邦地下資源利用庁が択捉島・茂世路岳（クドリャブイ火山）のレニウム採掘権の入札を公告した。日本政府は外交ルートで抗議した。",
 label="new_development", group="g1-rhenium-auction",
 new_facts=["ロシアが択捉島のレニウム鉱床の採掘権入札を公告、日本政府が抗議"],
 must_mention=[["レニウム"], ["択捉"]],
 note="Japanese report of the same auction, with Tokyo's protest.",
 body="""ロシアの連邦地下資源利用庁が、北方領土・択捉島の茂世路岳（ロシア名クドリャブイ火山）にあるレニウム鉱床について、探査・採掘権の入札を公告したことが分かった。林芳正官房長官は10日の記者会見で「わが国の立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。

レニウムは航空機エンジンの耐熱合金などに使われる希少金属。茂世路岳では火山ガスからレニウムの鉱物が生成されることが1990年代に確認され、世界的に注目された。

公告によると、入札の受け付けは10月15日まで。落札者には25年間の採掘権が与えられる。

北方四島を巡っては、ロシアが2022年に共同経済活動に関する対話からの離脱を表明して以降、独自の開発を進めている。根室市の元島民は「島の資源が一方的に切り売りされていくようで悔しい」と話した。""")

art(id="b07", feed="cobalt-en", published="2024-07-11T09:40:00Z",
 title="Russia auctions rare-metal rights on Japan-claimed Iturup",
 summary="Moscow has invited bids for a rhenium deposit on a volcano on Iturup, one of the islands Japan calls its Northern Territories. Tokyo has protested.",
 label="new_development", group="g1-rhenium-auction",
 new_facts=["Russia put up for auction the rights to a rhenium deposit on Kudryavy volcano, Iturup; Japan protested"],
 must_mention=[["rhenium"], ["iturup", "kudryavy"]],
 note="English follow-up of the rhenium auction; same group.",
 body="""The volcano is small, remote and permanently steaming. It is also, geologists say, the only place on Earth where rhenium - a metal prized for jet-engine turbine blades - crystallises straight out of volcanic gas.

This week Russia's subsoil agency, Rosnedra, invited bids for the right to explore and mine the Kudryavy deposit on Iturup, the largest of the four islands at the heart of Russia's unresolved dispute with Japan. Bids close on October 15; the winner gets a 25-year licence.

Tokyo protested through diplomatic channels on Wednesday. "This is incompatible with Japan's position and unacceptable," Chief Cabinet Secretary Yoshimasa Hayashi told reporters.

Analysts said the auction fits a pattern of Moscow developing the islands on its own terms after it walked out of talks on joint economic activities in 2022. "The message is that the islands are open for business - Russian business," said a researcher at a Tokyo think tank.

Whether anyone bids is another matter. An earlier attempt to extract rhenium at Kudryavy in the 1990s collapsed for lack of money.""")

art(id="b08", feed="fenwick-en", published="2024-08-15T07:00:00Z",
 title="Opinion: Japan should stop waiting by the phone for Moscow",
 summary="Two and a half years after Russia walked out of peace treaty talks, Tokyo's policy still amounts to hoping the call comes. It will not, argues our columnist.",
 label="restatement", author="Harriet Quayle",
 note="Opinion piece restating that Russia halted treaty talks and visa-free visits in 2022; no new event.",
 body="""Every February, Japanese prime ministers promise to resolve the territorial issue and sign a peace treaty with Russia. Every February, the promise sounds a little more like a ritual.

Consider the facts. In March 2022, Moscow announced that it did not intend to continue peace treaty negotiations with a state that had taken "openly unfriendly positions." It scrapped visa-free trips for Japanese citizens to the islands and quit the dialogue on joint economic activity. This February its deputy foreign minister called a resumption "categorically impossible."

Nothing since has suggested a thaw. Tokyo still insists that its policy is unchanged. But a policy that consists of waiting for the other side to return is not really a policy.

What should Japan do instead? Invest in the former islanders' memory before it is lost; keep the legal claim alive in every forum; and stop pretending that a treaty is around the corner. The islands will not be returned by a phone call that is never going to come.

The author is a former diplomat and writes on Northeast Asian affairs.""")

art(id="b09", feed="shinonome-ja", published="2024-09-03T05:15:00Z",
 title="上川外相「平和条約締結の方針は不変」　元島民との懇談で",
 summary="上川陽子外相は根室市で元島民らと懇談し、領土問題を解決して平和条約を締結するとの政府方針に変わりはないと述べた。",
 label="restatement", note="Restates Japan's known policy (Kishida: Tokyo remains steadfast in a peace treaty). New speaker, no new measure.",
 body="""上川陽子外相は3日、北海道根室市を訪れ、北方四島の元島民らと懇談した。上川氏は「領土問題を解決して平和条約を締結するという政府の方針に変わりはない」と強調した。

懇談では、元島民側から「ビザなし交流や墓参が止まったまま。生きているうちに故郷の土を踏みたい」との切実な声が相次いだ。上川氏は「皆さんの思いを重く受け止める。事業の再開は日ロ関係の中で最優先事項の一つだ」と応じたが、具体的な見通しには触れなかった。

ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の継続を拒否し、ビザなし渡航を停止すると発表した。その後、交渉が再開される兆しはない。

上川氏はこの後、納沙布岬から北方領土を視察した。""")

art(id="b10", feed="ironbark-en", published="2024-09-20T13:25:00Z",
 title="Armenia and Azerbaijan say peace treaty text is 'nearly agreed'",
 summary="The foreign ministers of Armenia and Azerbaijan said after talks in New York that only a few articles of a draft peace treaty remain open.",
 label="off_topic", note="Look-alike: another peace treaty, not Russia-Japan.",
 body="""NEW YORK, Sept 20 (Ironbark) - Armenia and Azerbaijan have agreed on most of the text of a peace treaty meant to end more than three decades of conflict, their foreign ministers said on Friday after meeting on the sidelines of the UN General Assembly.

"We have reached agreement on 13 of 17 articles," Armenian Foreign Minister Ararat Mirzoyan told reporters. His Azerbaijani counterpart Jeyhun Bayramov said the remaining issues were "few, but important."

Baku has insisted that Armenia change its constitution, which it says contains claims to Azerbaijani territory, before a treaty is signed. Yerevan rejects that condition.

The two countries fought two wars over Nagorno-Karabakh, which Azerbaijan retook in a lightning offensive last year.""")

art(id="b11", feed="strezhen-ru", published="2024-10-08T08:00:00Z",
 title="Лимаренко: на развитие Курил в 2025 году направят 14 млрд рублей",
 summary="Губернатор Сахалинской области рассказал о планах по строительству на островах в рамках госпрограммы.",
 label="neutral", note="Borderline: routine regional budget figures for existing Kuril development programme; not a clear new development.",
 body="""ЮЖНО-САХАЛИНСК, 8 октября. /«Стрежень»/. Объём финансирования мероприятий по социально-экономическому развитию Курильских островов в 2025 году составит около 14 млрд рублей. Об этом на заседании областного правительства сообщил губернатор Валерий Лимаренко.

По его словам, средства пойдут на продолжение строительства жилья, школ и объектов энергетики в Курильском, Южно-Курильском и Северо-Курильском округах. «Острова должны быть комфортными для жизни, и мы последовательно этого добиваемся», — сказал глава региона.

Сумма сопоставима с уровнем текущего года. Основная часть средств предусмотрена действующей государственной программой, утверждённой ранее.

Отдельно губернатор упомянул о необходимости ускорить ремонт дорог на Шикотане, где в прошлом сезоне подрядчик сорвал сроки.""")

art(id="b12", feed="muteki-ja", published="2024-11-05T04:00:00Z",
 title="北方四島の地名、約300を地形図に初収録　国土地理院",
 summary="国土地理院は、北方四島の地形図を改訂し、旧島民への聞き取りなどで確認した集落や岬などの日本語地名約300を新たに収録した。",
 label="new_development", group="g2-gsi-place-names",
 new_facts=["国土地理院が北方四島の地形図を改訂し日本語地名約300を初めて収録"],
 must_mention=[["地名", "地形図"], ["国土地理院"]],
 note="First report: Japan's GSI adds ~300 Japanese place names to Northern Territories maps (administrative/cultural measure).",
 body="""国土地理院は5日、北方四島の2万5千分の1地形図を改訂し、これまで記載のなかった集落や岬、川などの日本語地名約300を新たに収録したと発表した。元島民への聞き取りや戦前の資料をもとに確認したもので、同院によると北方四島の地名をまとめて収録するのは初めて。

改訂版には、色丹島の「斜古丹」「穴澗」、国後島の「古釜布」「泊」など、戦前に日本人が暮らした集落名が並ぶ。地名の確認には北海道や根室市も協力した。

同院の担当者は「元島民の高齢化が進み、記憶が失われつつある。国の地図として正確に記録しておく意義は大きい」と説明した。

根室市の元島民の男性（89）は「自分の生まれた浜の名前が地図に載った。島に帰れなくても、名前だけは残したかった」と声を詰まらせた。

改訂版の地図は5日から同院のウェブ地図で閲覧できる。""")

art(id="b13", feed="saltmarsh-en", published="2024-11-06T10:30:00Z",
 title="Japan puts 300 old village names back on the map of Russian-held islands",
 summary="Japan's mapping agency has added some 300 Japanese place names to its official maps of the four disputed islands, drawing on the memories of former residents.",
 label="new_development", group="g2-gsi-place-names",
 new_facts=["Japan's Geospatial Information Authority added about 300 Japanese place names to official maps of the disputed islands"],
 must_mention=[["place name", "map"], ["geospatial", "mapping agency"]],
 note="English report of the GSI map revision; same group.",
 body="""TOKYO - For most of the past eight decades, Japan's official maps of the four islands it calls the Northern Territories showed coastlines and contour lines, but few names. On Tuesday that changed.

The Geospatial Information Authority of Japan said it had revised its 1:25,000 topographic maps of Etorofu, Kunashiri, Shikotan and the Habomai group to include about 300 Japanese names of villages, capes, rivers and bays. Many were recovered through interviews with former residents, whose average age is now well above 85.

"These names were in danger of disappearing together with the people who remember them," an official of the authority said.

The islands have been held by Moscow since 1945 and are known in Russia as the Southern Kurils. Russia has renamed many features in recent years, and the two countries have held no peace treaty talks since Moscow broke them off in 2022.

There was no immediate reaction from the Russian Embassy in Tokyo.""")

art(id="b14", feed="zastava-ru", published="2024-11-08T06:50:00Z",
 title="Захарова назвала провокацией японские карты с «японскими» названиями на Курилах",
 summary="В МИД России отреагировали на решение японского картографического ведомства нанести на карты южных Курил около 300 японских топонимов.",
 label="new_development", group="g2-gsi-place-names",
 new_facts=["Японское картографическое ведомство нанесло на карты южных Курил около 300 японских топонимов; МИД России назвал это провокацией"],
 must_mention=[["топоним", "карт"], ["япон"]],
 note="Russian report of the same GSI map revision, with MFA reaction; same group (reaction to the development).",
 body="""Решение Японии нанести на официальные карты южных Курил около 300 японских названий — «очередная провокация, рассчитанная на внутреннюю аудиторию». Так официальный представитель МИД России Мария Захарова прокомментировала шаг японского Института геопространственной информации.

Как сообщалось, ведомство на этой неделе обновило топографические карты Итурупа, Кунашира, Шикотана и островов Малой Курильской гряды, добавив на них названия сёл, мысов и рек, существовавших до 1945 года.

«Никакие карты не изменят того факта, что суверенитет России над этими островами закреплён международно-правовыми документами и сомнению не подлежит», — заявила Захарова.

В Южно-Курильске новость восприняли спокойно. «Пусть рисуют что хотят. У нас свои названия и свои карты», — сказал «Курильской заставе» местный краевед.""")

art(id="b15", feed="fenwick-en", published="2024-12-02T11:15:00Z",
 title="Deep-sea expedition films record snailfish in the Kuril-Kamchatka Trench",
 summary="A British research expedition has captured footage of snailfish at more than 8,000 metres in the Kuril-Kamchatka Trench.",
 label="off_topic", note="Look-alike: 'Kuril' in the name of an ocean trench; marine science only.",
 body="""Scientists aboard a British research vessel say they have filmed snailfish swimming at 8,020 metres in the Kuril-Kamchatka Trench, among the deepest fish sightings ever recorded in the northwest Pacific.

The footage, captured by a baited lander camera in October, shows a small translucent fish feeding on amphipods. "At these depths the pressure is around 800 times what we feel at the surface," said the expedition's chief scientist. "It is astonishing that vertebrates live there at all."

The trench runs for more than 2,000 km along the Pacific side of the island arc. The team said it had stayed in international waters throughout and had not sought access to coastal areas.

The results are due to be published next year.""")

art(id="b16", feed="ironbark-en", published="2025-01-14T02:45:00Z",
 title="Ishiba: Japan would be ready to talk 'the moment' Moscow returns",
 summary="Prime Minister Shigeru Ishiba told parliament that Japan's door to peace treaty negotiations remains open, but that Russia had closed it.",
 label="restatement", note="Conditional restatement of Japan's known policy (steadfast on peace treaty) and of Russia's 2022 halt. No talks, no new step.",
 body="""TOKYO, Jan 14 (Ironbark) - Japan would be ready to sit down with Russia on a peace treaty "the moment Moscow decides to return," Prime Minister Shigeru Ishiba told the lower house budget committee on Tuesday.

"It was the Russian side that unilaterally announced it would not continue the negotiations. Our door has not closed," Ishiba said in reply to an opposition lawmaker who asked whether the government had given up.

He said Japan's basic policy of resolving the question of the attribution of the four islands and concluding a peace treaty remained unchanged, but gave no indication that contacts were under way.

Ishiba also said the government would keep asking Russia to allow former residents to visit family graves on the islands, which has not been possible since 2020.""")

art(id="b17", feed="shinonome-ja", published="2025-02-07T06:30:00Z",
 title="「北方領土の日」全国大会　首相「解決の道筋、諦めない」",
 summary="東京都内で北方領土返還要求全国大会が開かれ、石破首相は領土問題を解決して平和条約を締結する方針を改めて示した。",
 label="restatement", note="Anniversary piece (Northern Territories Day); restates Japan's policy. No new fact.",
 body="""「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれ、元島民や自治体関係者ら約800人が参加した。

あいさつに立った石破茂首相は「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するという方針を堅持する。解決への道筋を諦めることはない」と述べた。一方で、ロシアが2022年に交渉の継続を拒否して以降、対話が途絶えている現状については「極めて遺憾」と語るにとどめた。

元島民を代表して登壇した男性（91）は「墓参もビザなし交流も途絶えて3年がたつ。私たちに残された時間は少ない」と訴えた。

大会では、四島の早期返還を求めるアピールを採択した。""")

art(id="b18", feed="cobalt-en", published="2025-02-07T09:10:00Z",
 title="Northern Territories Day: an annual rally, and an ageing cause",
 summary="At Tokyo's annual rally for the return of the Russian-held islands, speakers repeated familiar pledges while former islanders warned time was running out.",
 label="restatement", note="Anniversary/occasion piece in English restating known positions.",
 body="""Every year on February 7, the anniversary of the 1855 Treaty of Shimoda, Tokyo holds a rally demanding the return of four islands seized by the Soviet Union in 1945. This year's gathering looked much like the last.

Prime Minister Shigeru Ishiba pledged to keep Japan's policy of resolving the territorial question and concluding a peace treaty. Former residents, most in their late eighties or nineties, asked to be allowed to visit graves on the islands.

Neither request is likely to be met soon. Russia broke off treaty negotiations in March 2022, ended visa-free visits and quit talks on joint economic projects after Japan joined Western sanctions.

"We are not asking for politics," said one former resident of Shikotan. "We are asking to pray for our parents." """)

art(id="b19", feed="fenwick-en", published="2025-03-04T08:20:00Z",
 title="Japan and Russia agree to share real-time tsunami data from the Kurils",
 summary="Meteorological agencies of the two countries signed a technical arrangement to exchange seismic and sea-level readings, the first bilateral agreement since 2022.",
 label="new_development", group="g4-tsunami-data",
 new_facts=["Japan and Russia agreed to exchange real-time seismic and tsunami (sea-level) data from Kuril and Hokkaido stations"],
 must_mention=[["tsunami"], ["data", "exchange", "share"]],
 note="First report of a new scientific/safety arrangement (not talks/visits/military).",
 body="""Japan and Russia have agreed to swap real-time readings from seismometers and tide gauges in the Kuril Islands and Hokkaido, officials said on Tuesday, in a rare piece of cooperation between neighbours whose relations have been frozen since 2022.

The arrangement, signed by the Japan Meteorological Agency and the Sakhalin branch of the Geophysical Survey of the Russian Academy of Sciences, will feed data from about 20 Russian stations, including on Iturup and Kunashir, into Japan's tsunami warning system, and vice versa.

"Tsunamis do not respect political borders," a JMA official said. "A few minutes of earlier warning can save lives in Nemuro as well as in Yuzhno-Kurilsk."

The agreement is technical and does not touch on sovereignty, both sides stressed. Russia broke off peace treaty negotiations in March 2022, and Tokyo said the deal did not signal any change in its sanctions policy.

Data transfer is expected to start in April.""")

art(id="b20", feed="muteki-ja", published="2025-03-05T03:10:00Z",
 title="津波観測データ、日ロが即時交換へ　気象庁と露科学アカデミーが合意",
 summary="気象庁とロシア科学アカデミーの地球物理調査局サハリン支部が、千島列島と北海道の地震・潮位観測データを即時に交換することで合意した。",
 label="new_development", group="g4-tsunami-data",
 new_facts=["気象庁とロシア側が千島列島・北海道の地震・津波観測データの即時交換で合意"],
 must_mention=[["津波"], ["データ", "交換"]],
 note="Japanese report of the tsunami data arrangement; same group.",
 body="""気象庁は4日、ロシア科学アカデミー地球物理調査局サハリン支部との間で、地震計や潮位計の観測データを即時に交換する取り決めに署名したと発表した。国後島や択捉島を含む千島列島の約20観測点のデータが、日本の津波警報システムに取り込まれる。

根室市など北海道東部の沿岸では、千島海溝沿いの巨大地震による津波が想定されている。気象庁の担当者は「震源に近い島々のデータが得られれば、警報の精度と速さが向上する」と話した。

日ロ間では2022年以降、政府間の協力がほぼ途絶えていた。外務省幹部は「人命に関わる技術的な協力であり、領土問題に関する立場や対ロ制裁には影響しない」と説明している。

データの送受信は4月にも始まる予定。""")

art(id="b21", feed="strezhen-ru", published="2025-03-06T07:40:00Z",
 title="Россия и Япония будут обмениваться данными о цунами",
 summary="Сахалинский филиал Геофизической службы РАН и Японское метеорологическое агентство подписали договорённость об оперативном обмене сейсмическими данными.",
 label="new_development", group="g4-tsunami-data",
 new_facts=["Сахалинский филиал ГС РАН и Японское метеоагентство договорились об оперативном обмене данными о землетрясениях и цунами"],
 must_mention=[["цунами"], ["обмен", "данн"]],
 note="Russian report of the tsunami data arrangement; same group.",
 body="""ЮЖНО-САХАЛИНСК, 6 марта. /«Стрежень»/. Российские и японские сейсмологи в режиме реального времени будут обмениваться данными о землетрясениях и уровне моря. Соответствующую договорённость подписали Сахалинский филиал Геофизической службы РАН и Японское метеорологическое агентство.

Как пояснил директор филиала, речь идёт о передаче показаний примерно двадцати станций на Курилах и Сахалине в обмен на данные японских станций на Хоккайдо. «Для службы предупреждения о цунами каждая минута на счету. Это чисто научное, гуманитарное сотрудничество», — подчеркнул он.

В МИД России отметили, что договорённость носит технический характер и «не означает изменения оценок политики Токио».

Последнее крупное цунами на Курилах было зафиксировано в 2006 году после землетрясения магнитудой 8,3 у острова Симушир.""")

art(id="b22", feed="saltmarsh-en", published="2025-04-15T05:00:00Z",
 title="Russian foreign ministry review calls Japan 'openly hostile', rules out treaty dialogue",
 summary="The Russian Foreign Ministry's annual review of foreign policy repeats that conditions for peace treaty negotiations with Japan do not exist.",
 label="restatement", note="Annual report restating the known Russian position (talks impossible). The tsunami data deal is background.",
 body="""MOSCOW - Russia's Foreign Ministry has again ruled out resuming peace treaty negotiations with Japan, in an annual review of its foreign policy released this week.

The 2024 review describes Tokyo's course as "openly hostile" and says that "in the current circumstances there are no conditions for dialogue on a peace treaty." It lists Japan's sanctions packages, its military cooperation with the United States and its aid to Ukraine as reasons.

The language closely follows what the ministry said when it walked away from the talks in March 2022. Russia's sovereignty over the Southern Kurils "is not subject to discussion," the review adds.

The document makes a passing reference to "practical contacts on humanitarian and technical matters," an apparent nod to a recent arrangement on sharing tsunami data, but says such contacts "do not change the overall assessment." """)

art(id="b23", feed="zastava-ru", published="2025-05-13T04:30:00Z",
 title="Глава Южно-Курильского округа: «Безвизовых обменов не будет, пока Токио не одумается»",
 summary="Мэр Южно-Курильского округа ответил на вопросы жителей о возможном возвращении японских делегаций на Кунашир.",
 label="restatement", note="Negation/condition form restating that visa-free exchanges remain terminated.",
 body="""Вернутся ли на Кунашир японские делегации? Этот вопрос жители Южно-Курильска задали главе округа на прямой линии в минувшую пятницу.

«Безвизовых обменов не будет, пока Токио не одумается и не откажется от своей недружественной политики, — ответил мэр. — Решение было принято в 2022 году на федеральном уровне, и оснований его пересматривать я не вижу».

По словам главы округа, гостиницы и причал, которые раньше принимали японские группы, сейчас используются для других нужд. «Мы живём своей жизнью, строим школы и дороги, — сказал он. — Если японцы захотят приехать как обычные туристы, пусть оформляют визы».

Напомним, МИД России в марте 2022 года прекратил действие договорённостей о безвизовых поездках японских граждан на южные Курилы, в том числе соглашения 1999 года о посещениях бывшими жителями.""")

art(id="b24", feed="shinonome-ja", published="2025-06-10T02:20:00Z",
 title="竹島周辺で韓国が海洋調査　日本政府が抗議",
 summary="島根県・竹島周辺の日本の排他的経済水域で韓国の海洋調査船が活動していることが確認され、日本政府は韓国側に抗議した。",
 label="off_topic", note="Look-alike: another island dispute (Takeshima/Dokdo).",
 body="""海上保安庁は10日、島根県・竹島の周辺海域で、韓国の海洋調査船がワイヤのようなものを海中に投入しているのを確認したと発表した。日本の同意を得ていない調査とみられる。

外務省は外交ルートを通じて韓国側に抗議し、調査の即時中止を求めた。林官房長官は記者会見で「竹島は歴史的事実に照らしても、国際法上も明らかに日本固有の領土だ。今回の調査は受け入れられない」と述べた。

韓国外交省は「独島は韓国固有の領土であり、日本の主張は受け入れられない」と反論している。

竹島周辺での韓国の調査を巡っては、同様の抗議が繰り返されている。""")

art(id="b25", feed="ironbark-en", published="2025-06-24T03:00:00Z",
 title="In Nemuro, a border town counts the cost of a frozen frontier",
 summary="With visits to the islands halted and fishing quotas shrinking, the city closest to the Russian-held islands is losing people faster than ever.",
 label="neutral", note="Borderline feature: local economic effects of the frozen relationship; no new official event.",
 body="""NEMURO, Japan (Ironbark) - The ferry terminal where visa-free exchange boats once left for Kunashir is quiet these days. So is much of Nemuro.

The city of 22,000 at the eastern tip of Hokkaido lost nearly 2 percent of its population last year, city data show, the steepest fall in its history. Fish processors blame shrinking catches; shop owners blame the end of the visitors who came to see the islands.

"When the exchanges were running, delegations stayed in our hotels and ate in our restaurants," said the owner of a seafood restaurant near the port. "Now nobody comes."

City officials say they are seeking more central government support for what they call a "border region." A special measures law already provides some funding, and the city is applying for additional grants this autumn.

Whether the islands will open again is a question nobody in Nemuro will answer with confidence.""")

art(id="b26", feed="muteki-ja", published="2025-07-22T02:40:00Z",
 title="根室の中学生、国後島へ　ロシアが「今回限り」ビザなし訪問を容認",
 summary="ロシア側が、根室市の中学生らによる国後島訪問を今回に限りビザなしで認めた。8月下旬に1泊2日で訪れ、島の学校と交流する。",
 label="status_change", group="g3-students-once",
 new_facts=["ロシアが根室市の中学生らの国後島訪問を今回限りビザなしで容認（ビザなし渡航停止中）"],
 must_mention=[["中学生", "生徒"], ["国後"]],
 note="Status change of the seed's terminated visa-free trips: allowed once for a school group.",
 body="""根室市の中学生らが8月下旬、北方領土・国後島を訪れることになった。ロシア側が「今回に限る措置」として、旅券と査証を必要としない、いわゆるビザなし訪問を認めた。外務省が22日発表した。

訪問するのは市内の中学生12人と引率の教員ら計20人。8月26日に根室港を出発し、1泊2日の日程で古釜布（ユジノクリリスク）の学校を訪れ、合唱や書道などで現地の生徒と交流する予定だ。

ロシアは2022年3月、日本の対ロ制裁を理由にビザなし渡航の停止を表明しており、四島との交流事業は途絶えていた。外務省幹部は「あくまで今回限りと伝えられている。交流事業全体の再開を意味するものではない」と話した。

根室市の教育長は「子どもたちにとって貴重な機会。安全第一で準備を進めたい」と語った。""")

art(id="b27", feed="zastava-ru", published="2025-07-22T09:15:00Z",
 title="Японских школьников разово пустят на Кунашир без виз",
 summary="Группа учеников из Немуро в конце августа посетит Южно-Курильск. Исключение сделано однократно, подчеркнули в МИД.",
 label="status_change", group="g3-students-once",
 new_facts=["Россия однократно разрешила группе японских школьников из Немуро безвизовую поездку на Кунашир"],
 must_mention=[["школьник", "учени"], ["кунашир", "южно-курил"]],
 note="Russian report of the one-time visa-free school visit; same group.",
 body="""В конце августа Южно-Курильск примет группу японских школьников из Немуро. Решение о безвизовом въезде для них принято в порядке исключения и носит разовый характер, сообщили «Курильской заставе» в представительстве МИД России в Южно-Сахалинске.

В группу войдут 12 учеников средней школы и сопровождающие. Они проведут на Кунашире два дня, побывают в школе №1, где для них подготовят концерт и мастер-класс по изготовлению сувениров из морских камней.

«Это гуманитарный жест в отношении детей, не более того, — пояснил собеседник. — Режим безвизовых обменов, действие которого прекращено в 2022 году, не восстанавливается».

Директор школы рассказала, что её ученики уже готовят выступление на японском языке. «Для ребят это событие. Многие никогда не видели своих сверстников из Японии», — сказала она.""")

art(id="b28", feed="fenwick-en", published="2025-07-24T06:10:00Z",
 title="Russia makes a one-off exception: Japanese schoolchildren may visit Kunashir visa-free",
 summary="Twelve pupils from Nemuro will spend two days on the Russian-held island in August, the first visa-free group since Moscow scrapped the programme in 2022.",
 label="status_change", group="g3-students-once",
 new_facts=["Russia allowed a one-time visa-free visit by Japanese schoolchildren from Nemuro to Kunashir"],
 must_mention=[["school", "pupil", "student"], ["kunashir"]],
 note="English report of the one-time school visit; same group.",
 body="""A dozen teenagers from the Hokkaido port of Nemuro will cross to Kunashir at the end of August without passports or visas, after Russia agreed to what both governments described as a strictly one-time exception.

It will be the first group to travel under the visa-free formula since March 2022, when Moscow ended the arrangement in retaliation for Japanese sanctions over Ukraine.

Japan's Foreign Ministry said the pupils, aged 13 to 15, would visit a school in Yuzhno-Kurilsk and stay one night. A ministry official cautioned against reading too much into it. "We have been told clearly that this is for this occasion only," he said.

Russian officials likewise said the wider exchange programme remains terminated.

Still, for former islanders in Nemuro the news was welcome. "If children can go, perhaps one day we can too," said an 88-year-old man born on the island.""")
