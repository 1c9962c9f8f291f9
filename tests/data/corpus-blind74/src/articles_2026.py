"""b74 articles, January 2026 - March 2027 (ids b74-30 .. b74-60)."""

ARTICLES = [
# --------------------------------------------------------------------------- 30
dict(
    id="b74-30", feed="coldspring-en", lang="en", published="2026-01-20T06:00:00Z",
    section="Asia & Pacific", byline="Chronicle staff",
    title="Magnitude 6.4 quake strikes off Iturup; no tsunami warning for Hokkaido",
    summary="The earthquake off the Russian-held island was felt in Nemuro and Kushiro; Russian officials reported no casualties.",
    label="neutral",
    note="Borderline: an event on/near the islands, but a natural one with no bearing on the dispute. Unscored.",
    body="""
A magnitude 6.4 earthquake struck off the Russian-held island of Iturup early on Tuesday, shaking eastern Hokkaido but causing no tsunami, according to the Japan Meteorological Agency.

The quake hit at 2.47 a.m. local time at a depth of about 60 kilometres, roughly 40 kilometres east of the island, which Japan calls Etorofu. Shaking of intensity 3 on Japan's seven-point scale was recorded in Nemuro and Shibetsu, and intensity 2 in Kushiro.

The agency issued a brief advisory for slight sea-level changes, which it lifted within an hour. Hokkaido Electric Power said its facilities were unaffected.

On Iturup, the administration of the Kurilsky district said there were no casualties and no serious damage, though power was cut for about two hours in the town of Kurilsk while lines were checked. Russia's Emergencies Ministry said schools would open as normal.

The Kuril-Kamchatka trench, which runs along the Pacific side of the island chain, is one of the world's most seismically active zones. A magnitude 8.8 earthquake off Kamchatka in July 2025 triggered tsunami warnings across the Pacific.

Japanese seismologists said Tuesday's quake did not appear to be linked to any larger sequence but urged residents along the Pacific coast of Hokkaido to keep emergency supplies ready.
"""),
# --------------------------------------------------------------------------- 31
dict(
    id="b74-31", feed="wharfside-wire", lang="en", published="2026-01-28T09:30:00Z",
    section="World",
    title="Russia 'would be ready' to talk to Japan if Tokyo drops hostile course - Galuzin",
    summary="Deputy foreign minister says dialogue on a peace treaty could only resume if Japan abandons sanctions and its 'anti-Russian policy'; he sees no sign of that.",
    label="restatement",
    note="Conditional ('would be ready if...'); restates seed 004 (Rudenko: the key condition is Tokyo's refusal of its hostile policy) and seed 001 (Galuzin: sanctions made talks impossible). No move.",
    body="""
MOSCOW, Jan 28 (Wharfside) - Russia would be ready to resume dialogue with Japan, including on a peace treaty, if Tokyo abandoned what Moscow calls its hostile policy, Deputy Foreign Minister Mikhail Galuzin said in an interview published on Wednesday, adding that he saw no sign of such a shift.

"If Japan drops its sanctions and its anti-Russian course, we would be ready to look at how dialogue could be restored. But today there are no grounds for that," Galuzin, a former ambassador to Tokyo, told the Moscow newspaper Rossiyskaya Nedelya.

"We hear statements from Tokyo about wanting to conclude a peace treaty. At the same time Japan supplies assistance to the Kyiv regime, expands military activity near our borders and adopts new restrictions. These things are incompatible," he said.

Galuzin said a peace treaty as Moscow understood it would be a broad document on "peace, friendship and good-neighbourliness" rather than a settlement of borders, and repeated that Russian sovereignty over the southern Kuril Islands was not up for discussion.

Russia halted peace treaty talks in March 2022 in response to Japan's sanctions over Ukraine. Russian officials have since described resumption as impossible under current conditions.

Japan's Foreign Ministry declined to comment on the interview.

(Reporting by Moscow bureau; Editing by Clare Hollis)
"""),
# --------------------------------------------------------------------------- 32
dict(
    id="b74-32", feed="kitakiri-tv", lang="ja", published="2026-02-07T07:30:00Z",
    title="「北方領土の日」根室で住民大会　高市首相「方針を堅持」",
    summary="「北方領土の日」の7日、根室市で住民大会が開かれ、元島民らが返還と交流の再開を訴えました。高市首相は東京の全国大会で、領土問題を解決して平和条約を締結するとの方針を堅持すると述べました。",
    label="restatement",
    note="Occasion piece; new PM restating the known position (seed 002). Calls for resumption are requests, not moves.",
    body="""
「北方領土の日」の7日、根室市で北方領土の早期返還を求める住民大会が開かれ、元島民や市民およそ450人が参加しました。

大会では、根室市長が「ロシアによるウクライナ侵攻から4年がたとうとしているが、北方墓参やビザなし交流は止まったままだ。元島民に残された時間は長くない」と述べ、国に対して交流事業の早期再開に向けた働きかけを強めるよう求めました。

色丹島出身の80代の女性は「島に残したお墓のことが毎日気にかかる。生きているうちにもう一度手を合わせたい」と涙ながらに訴えました。大会は、四島の早期返還と交流事業の再開を求めるアピールを採択しました。

一方、東京で開かれた全国大会では、高市首相が「日ロ関係は厳しい状況にあるが、領土問題を解決して平和条約を締結するとの方針を堅持し、粘り強く取り組む」と述べました。首相はまた、北方墓参の再開を「最優先事項の一つ」と位置づけ、ロシア側に強く求めていく考えを示しました。

千島歯舞諸島居住者連盟によりますと、元島民の生存者は去年3月末時点で4800人余りで、平均年齢は89歳を超えています。
"""),
# --------------------------------------------------------------------------- 33
dict(
    id="b74-33", feed="oficialno-ru", lang="ru", published="2026-02-24T10:00:00Z",
    section="МИД", section_slug="mid",
    title="О российско-японских консультациях (сообщение для СМИ)",
    summary="24 февраля в Душанбе состоялись консультации заместителей министров иностранных дел России и Японии, в том числе по вопросам, связанным с мирным договором.",
    label="status_change", group="b74-g5",
    new_facts=["Russian and Japanese deputy foreign ministers held consultations in Dushanbe on 24 February 2026, including on peace-treaty issues - the first since Russia halted the talks in March 2022 - and agreed to continue"],
    must_mention=[["консультаци"], ["душанбе", "мирн"]],
    note="Status change: peace treaty talks suspended since March 2022 (seeds 000-004: 'categorically impossible') -> consultations held and to be continued. First report (Russian MFA text).",
    body="""
24 февраля в Душанбе состоялись консультации заместителя Министра иностранных дел Российской Федерации А.Ю.Руденко и заместителя Министра иностранных дел Японии Т.Мориситы.

В ходе консультаций, прошедших в деловой обстановке, состоялся обмен мнениями о состоянии и перспективах российско-японских отношений, в том числе по вопросам, связанным с мирным договором. Затрагивались также гуманитарные аспекты, включая посещение гражданами Японии мест захоронений на южных Курильских островах, и ряд международных проблем.

Российская сторона изложила принципиальную позицию, согласно которой суверенитет Российской Федерации над южными Курильскими островами закреплён в международно-правовых документах по итогам Второй мировой войны и не подлежит обсуждению. Подчёркнуто, что нормализация двусторонних отношений возможна лишь при отказе Токио от недружественного курса в отношении России.

Стороны договорились продолжить консультации в данном формате. Сроки и место следующего раунда будут согласованы по дипломатическим каналам.

Консультации по указанной тематике проводились впервые после того, как в марте 2022 года российская сторона в ответ на односторонние ограничительные меры Японии заявила об отказе от продолжения переговоров по мирному договору.
"""),
# --------------------------------------------------------------------------- 34
dict(
    id="b74-34", feed="nakat-ru", lang="ru", published="2026-02-24T13:20:00Z",
    tags=["Япония", "МИД", "Мирный договор"],
    title="Россия и Япония провели в Душанбе первые с 2022 года консультации по мирному договору",
    summary="Замглавы МИД Андрей Руденко встретился с японским коллегой; стороны договорились продолжить контакты.",
    label="status_change", group="b74-g5",
    new_facts=["First Russia-Japan consultations touching on the peace treaty since March 2022 held in Dushanbe; sides agreed to continue"],
    must_mention=[["консультаци"], ["душанбе", "впервые с 2022", "первые с 2022"]],
    note="Same development as b74-33 (wire copy, hours later).",
    body="""
ДУШАНБЕ, 24 февраля. /ИА «Накат»/. Заместитель министра иностранных дел России Андрей Руденко и заместитель министра иностранных дел Японии Такэси Морисита провели во вторник в Душанбе консультации, на которых обсуждались в том числе вопросы, связанные с мирным договором. Это первые подобные контакты с марта 2022 года, когда Москва отказалась от продолжения переговоров с Токио.

«Состоялся откровенный обмен мнениями. Мы договорились продолжить диалог в таком формате, — сказал Руденко журналистам по итогам встречи. — Сам факт встречи — это шаг, но питать иллюзий не стоит: суверенитет над Курилами не обсуждается, и мы ждём от Токио не слов, а практических шагов».

По данным ИА «Накат», консультации продолжались около четырёх часов. Японская сторона, как сообщил источник в дипломатических кругах, подняла вопрос о возобновлении поездок бывших японских жителей островов на могилы родственников.

Место проведения, по словам источника, было выбрано как нейтральная площадка, приемлемая для обеих сторон. Следующий раунд может пройти в Токио, однако сроки пока не определены.

В марте 2022 года МИД России заявил, что не намерен продолжать переговоры о мирном договоре с государством, занимающим откровенно недружественные позиции, а в феврале 2024 года Руденко называл возобновление диалога «категорически невозможным».
"""),
# --------------------------------------------------------------------------- 35
dict(
    id="b74-35", feed="wharfside-wire", lang="en", published="2026-02-24T15:05:00Z",
    section="Asia",
    title="Russia, Japan hold first peace treaty consultations since 2022 in Dushanbe",
    summary="Deputy foreign ministers met in Tajikistan's capital and agreed to keep talking, four years after Moscow walked away from the negotiations.",
    label="status_change", group="b74-g5",
    new_facts=["Russia and Japan held deputy-minister consultations including the peace treaty in Dushanbe, the first since 2022, and agreed to continue"],
    must_mention=[["consultation", "talks"], ["dushanbe", "first since"]],
    note="Same development as b74-33 (English wire).",
    body="""
MOSCOW/TOKYO, Feb 24 (Wharfside) - Russian and Japanese deputy foreign ministers met in Dushanbe on Tuesday for consultations that covered a peace treaty, the first such talks since Moscow broke off negotiations in March 2022 over Japan's sanctions.

Russia's Foreign Ministry said Andrei Rudenko and Japan's Deputy Foreign Minister Takeshi Morishita exchanged views on relations "including issues related to a peace treaty" and agreed to continue consultations in the same format. The date and venue of the next round will be agreed through diplomatic channels.

Japan's Foreign Ministry confirmed the meeting and said Morishita had urged Russia to allow former residents of the disputed islands off Hokkaido to resume visits to family graves.

Rudenko told reporters the meeting was "a step" but warned against illusions, saying Russia's sovereignty over the southern Kurils was not up for discussion.

The talks in Tajikistan's capital follow months of quiet contacts, diplomats said. Russia had called resumption of the dialogue "categorically impossible" as recently as 2024.

The two countries never signed a peace treaty after World War Two because of the dispute over the islands, which Soviet troops seized in 1945.

(Reporting by Moscow and Tokyo bureaus; Editing by Peter Lund)
"""),
# --------------------------------------------------------------------------- 36
dict(
    id="b74-36", feed="kokumin-nippo", lang="ja", published="2026-02-25T03:30:00Z",
    section="国際", section_slug="international",
    title="日ロ、ドゥシャンベで平和条約協議　侵攻後初　継続で一致",
    summary="日ロ両政府は24日、タジキスタンの首都ドゥシャンベで外務次官級の協議を行い、平和条約締結問題を含めて意見交換した。ロシアが2022年に交渉中断を表明して以降、初めて。",
    label="status_change", group="b74-g5",
    new_facts=["Japan and Russia held vice-ministerial consultations including the peace treaty issue in Dushanbe, first since the 2022 suspension, and agreed to continue"],
    must_mention=[["協議"], ["ドゥシャンベ", "侵攻後初"]],
    note="Same development as b74-33 (Japanese national daily, next morning).",
    body="""
日ロ両政府は24日、タジキスタンの首都ドゥシャンベで外務次官級の協議を行い、平和条約締結問題を含めて意見交換した。ロシアが2022年3月、日本の対ロ制裁を理由に平和条約交渉を継続しないと表明して以降、同問題を議題とする協議は初めて。双方は協議を継続することで一致した。

外務省によると、日本側から森下健外務審議官、ロシア側からルデンコ外務次官が出席した。森下氏は、北方領土問題を解決して平和条約を締結するとの日本の基本方針を伝えるとともに、元島民による北方墓参の早期再開を強く求めた。

ロシア外務省は協議後に発表した声明で、四島に対するロシアの主権は「議論の対象ではない」との立場を改めて表明した。

木原稔官房長官は25日午前の記者会見で「日ロ間の諸懸案について率直な意見交換を行った。次回の協議の日程は外交ルートで調整する」と述べた。政府内では次回会合を東京で開く案が浮上している。

ロシアのルデンコ氏は24年2月、交渉再開は「断じて不可能だ」と語っていた。外務省幹部は「入り口に立ったにすぎない」と述べ、成果には慎重な見方を示した。
"""),
# --------------------------------------------------------------------------- 37
dict(
    id="b74-37", feed="coldspring-en", lang="en", published="2026-02-27T09:00:00Z",
    section="Analysis", byline="Hana Whitcombe",
    title="After Dushanbe, a door opens a crack - but nothing on the islands has moved",
    summary="Tuesday's consultations were the first since 2022. Neither side has given ground, and the next round has no date.",
    label="status_change", group="b74-g5",
    new_facts=["(follow-up) analysis of the Dushanbe consultations; no new fact"],
    must_mention=[["consultation", "talks"], ["dushanbe"]],
    note="Follow-up in group b74-g5 with no new fact (analysis of the resumption).",
    body="""
For four years the Russian answer to any Japanese question about a peace treaty was a single word: impossible. On Tuesday, in a government guesthouse in Dushanbe, two deputy foreign ministers sat across a table and talked about it for four hours.

That is the news - and it is about all of it. Read closely, the statements issued by both sides after the meeting describe a conversation, not a negotiation.

Moscow's readout goes out of its way to restate that Russian sovereignty over the southern Kurils "is not subject to discussion" and that normal relations depend on Tokyo abandoning its "unfriendly course". Tokyo's says Deputy Foreign Minister Takeshi Morishita pressed for grave visits by former islanders and restated Japan's aim of settling the territorial issue. Neither mentions sanctions relief, the 1956 declaration or any of the old formulas.

What both do say is that the consultations will continue. There is no date and no venue for a second round; Japanese officials talk hopefully of Tokyo.

Why now? Diplomats in both capitals point to a slow accumulation of small contacts - fisheries talks, the one-off gravestone repair on Kunashir last summer - and to a Russian interest in showing that it is not isolated in Asia. Tokyo, for its part, is under pressure from a dwindling number of former islanders who want to see their family graves.

Nothing on the ground has changed. Visa-free exchanges remain cancelled, joint economic activity is a dead letter, and Russia keeps building up its garrison on the islands. The most one can say is that the word "impossible" has been retired, for now.
"""),
# --------------------------------------------------------------------------- 38
dict(
    id="b74-38", feed="seifu-koho", lang="ja", published="2026-03-11T04:00:00Z",
    section="国会答弁・質問主意書", section_slug="kokkai", source="参議院予算委員会会議録（未定稿）",
    title="参議院予算委員会（3月11日）　北方領土問題に関する質疑（抄録）",
    summary="参議院予算委員会における北方領土問題・日ロ関係に関する質疑の抄録。",
    label="restatement",
    note="Diet answers saying what will be pursued ('will continue with perseverance'); only refer back to the already reported Dushanbe round (b74-g5) and restate the seed position. No new fact.",
    body="""
本抄録は、3月11日の参議院予算委員会における質疑のうち、北方領土問題及び日ロ関係に関する部分を抜粋したものです。

Q: 委員　先月、ドゥシャンベで日ロの次官級協議が行われた。四年ぶりの協議だが、具体的な成果はあったのか。北方墓参は今年再開できるのか。

A: 茂木外務大臣　協議の具体的な内容については、外交上のやり取りであり、お答えを差し控えます。その上で申し上げれば、日本側からは、北方領土問題を解決して平和条約を締結するとの我が国の基本的立場を明確に伝えるとともに、北方墓参を始めとする四島交流等事業の再開を強く求めました。次回の協議については、外交ルートで調整しているところです。

Q: 委員　ロシア側は主権は議論の対象ではないと言っている。協議を続ける意味はあるのか。

A: 高市内閣総理大臣　ロシア側の発言は承知しております。ただ、対話がなければ、問題の解決も、元島民の皆様の切実な願いに応えることもできません。政府として、領土問題を解決して平和条約を締結するとの方針の下、粘り強く取り組んでまいります。

Q: 委員　墓参の再開の見通しは。

A: 茂木外務大臣　現時点で、具体的な見通しを申し上げられる段階にはございません。元島民の皆様の御高齢を踏まえ、引き続き、最優先事項の一つとしてロシア側に働きかけてまいります。
"""),
# --------------------------------------------------------------------------- 39
dict(
    id="b74-39", feed="rakko-courier", lang="en", published="2026-04-07T05:00:00Z",
    section="Islands", byline="Mika Sorensen",
    title="Former islanders deliver 83,000 signatures urging Tokyo to put grave visits first",
    summary="The residents' league handed the petition to the Cabinet Office, asking that grave visits top the agenda of the revived consultations with Moscow.",
    label="restatement",
    note="Petition/request; no move by either government. Restates seed 001 (visits terminated) and refers to the already reported consultations.",
    body="""
NEMURO - Former residents of the four Russian-held islands handed a petition with about 83,000 signatures to the Cabinet Office in Tokyo on Monday, asking the government to make grave visits the first item on the agenda of its revived consultations with Russia.

The Chishima Habomai Islands Residents' League collected the signatures over two months, mostly in Hokkaido but also in Tokyo, Osaka and Aomori. A delegation of six, including two first-generation islanders in their late eighties, delivered the boxes.

"Talking is better than not talking," said Yoshio Kudo, 87, who was born on Shibotsu in the Habomai group. "But we cannot wait for the politicians to finish talking about sovereignty. Let us visit our parents first."

Officials who received the petition said the government shared the league's view that grave visits were a top priority and would continue to raise them with Moscow. They gave no timetable.

Russia halted the visa-free exchanges and the simplified visits for former residents in 2022, when it also said it would not continue peace treaty negotiations. Grave visits had already stopped during the pandemic.

The league says about 4,800 former islanders are still alive.
"""),
# --------------------------------------------------------------------------- 40
dict(
    id="b74-40", feed="chaika-ru", lang="ru", published="2026-04-21T07:10:00Z",
    section="Власть", byline="Ольга Пак",
    title="Лавров в Госдуме: суверенитет над Курилами не обсуждается ни в каком формате",
    summary="Во время «правительственного часа» министр иностранных дел ответил на вопрос сахалинского депутата о контактах с Японией.",
    label="restatement",
    note="Duma answer; restates seed positions (sovereignty not open to question; treaty understood as a broad document on peace and good-neighbourliness, seed 004). No move.",
    body="""
Министр иностранных дел России Сергей Лавров, выступая в Государственной думе в рамках «правительственного часа», ответил на вопрос депутата от Сахалинской области о российско-японских контактах.

Депутат напомнил, что в феврале представители МИД двух стран впервые за четыре года провели консультации, и спросил, не означает ли это готовности Москвы обсуждать принадлежность южных Курил.

«Хочу, чтобы все здесь понимали: суверенитет Российской Федерации над Курильскими островами не обсуждается ни в каком формате — ни на консультациях, ни где бы то ни было ещё. Это закреплено в Конституции и в международно-правовых документах по итогам Второй мировой войны», — ответил Лавров.

По словам министра, контакты с японскими коллегами — «нормальная дипломатическая практика», которая не отменяет оценки политики Токио как недружественной. «Мирный договор в нашем понимании — это документ о мире, дружбе, добрососедстве и сотрудничестве, а не о передаче территорий», — подчеркнул он.

Лавров также ответил на вопросы депутатов о ситуации на Ближнем Востоке, отношениях с США и работе консульских учреждений.

Сахалинские депутаты остались удовлетворены ответом. «Министр дал исчерпывающий ответ, никаких сомнений быть не может», — сказал автор вопроса журналистам после заседания.
"""),
# --------------------------------------------------------------------------- 41
dict(
    id="b74-41", feed="kitakiri-tv", lang="ja", published="2026-05-12T02:40:00Z",
    title="北方墓参　今年も実施の見通し立たず　元島民「もう時間がない」",
    summary="北方墓参について、ロシア側から受け入れの回答がなく、今年も実施の見通しは立っていません。",
    label="restatement",
    note="Negated state: 実施の見通しは立っていない. Restates the seed state (visits terminated, seed 001); mentions the earlier one-off (b74-g3) and talks only as background.",
    body="""
元島民が北方四島にある先祖の墓を訪れる北方墓参について、ロシア側から受け入れの回答がなく、今年も実施の見通しは立っていないことがわかりました。

内閣府によりますと、政府は2月にドゥシャンベで行われた日ロの次官級協議などの機会に、墓参の再開を強く求めてきましたが、今月に入ってもロシア側からの回答はないということです。

例年の日程で実施する場合、船の手配や参加者の健康診断などの準備を5月中に始める必要があり、関係者の間では「今年も難しいのではないか」という声が広がっています。

去年の夏には、国後島の日本人墓地で倒れた墓石を遺族らが建て直すことが、ロシア側の「今回限り」の措置として認められましたが、墓参そのものは2020年以降、中断したままです。

歯舞群島の多楽島出身の88歳の男性は「協議が始まったと聞いて期待していたが、もう時間がない。せめて墓参だけでも早く再開してほしい」と話していました。

内閣府は「引き続きロシア側に働きかけ、再開に向けて準備は進めておく」としています。
"""),
# --------------------------------------------------------------------------- 42
dict(
    id="b74-42", feed="nakat-ru", lang="ru", published="2026-05-26T08:30:00Z",
    tags=["Госдума", "Законопроекты", "Курилы"],
    title="В Госдуму внесён законопроект о штрафах за «иностранные названия» российских территорий",
    summary="Депутаты предлагают штрафовать за использование в СМИ и на картах таких наименований, как «Северные территории».",
    label="neutral",
    note="Borderline: a bill introduced by deputies (a proposal, not yet law). The later signing is group b74-g7. Unscored.",
    body="""
МОСКВА, 26 мая. /ИА «Накат»/. Группа депутатов Госдумы внесла законопроект, предусматривающий административную ответственность за использование «наименований территорий Российской Федерации, принятых в иностранных государствах и выражающих непризнание её суверенитета». Документ опубликован в электронной базе нижней палаты.

В пояснительной записке в качестве примеров приводятся употребляемое в Японии название «Северные территории» применительно к южным Курилам, а также ряд других наименований. Авторы предлагают запретить их использование в российских СМИ, на картах, в рекламе и на вывесках, за исключением цитирования и научных публикаций.

Для граждан предлагается штраф до 50 тыс. рублей, для юридических лиц — до 500 тыс. рублей.

«Речь идёт о защите суверенитета на информационном поле. Мы не можем допускать, чтобы на картах, продающихся в наших магазинах, российская территория обозначалась как чужая», — заявил ИА «Накат» один из авторов инициативы.

Дата рассмотрения законопроекта в первом чтении пока не назначена. Правительство должно дать на него отзыв.

С 2020 года Конституция России запрещает действия, направленные на отчуждение части территории страны, а также призывы к таким действиям. Авторы законопроекта считают, что действующих норм недостаточно, поскольку они не касаются использования топонимов.
"""),
# --------------------------------------------------------------------------- 43
dict(
    id="b74-43", feed="wharfside-wire", lang="en", published="2026-06-16T04:50:00Z",
    section="Markets",
    title="Data centre opens on Russian-held Iturup, drawing protest from Tokyo",
    summary="A 12-megawatt facility powered by geothermal steam will host crypto-mining and cloud servers; Japan calls it incompatible with its position on the islands.",
    label="new_development", group="b74-g6",
    new_facts=["A 12 MW data centre (crypto-mining and cloud) built by a Kuril tax-regime resident began operating on Iturup; Japan protested"],
    must_mention=[["data cent", "data-cent"], ["iturup", "etorofu"]],
    note="First report (English) of a new economic project on the islands, not in the seeds.",
    body="""
YUZHNO-SAKHALINSK/TOKYO, June 16 (Wharfside) - A data centre built on Iturup, one of the Russian-held islands claimed by Japan, has begun operating, the Sakhalin regional government said on Tuesday, in the latest push by Moscow to develop the islands with non-Japanese money.

The 12-megawatt facility near the town of Kurilsk is powered by geothermal steam from wells on the slopes of the Baransky volcano and will host cryptocurrency-mining equipment and cloud servers, the regional government said. The 3.8 billion rouble ($48 million) project was built by a company registered under the special tax regime Russia introduced for the Kurils in 2023.

Sakhalin officials said the centre would create about 40 jobs and that surplus heat would be used to warm greenhouses. They did not name the company's investors; Russian media have reported that part of the equipment was supplied by Chinese manufacturers.

In Tokyo, Chief Cabinet Secretary Minoru Kihara said Japan had protested to Russia through diplomatic channels. "Such activities on the Northern Territories are incompatible with Japan's position and are unacceptable," he told reporters.

Russia legalised industrial crypto-mining in 2024 and has encouraged it in regions with surplus power. The Kurils' tax regime exempts residents from profit, property and land taxes for 20 years.

(Reporting by Sakhalin and Tokyo newsrooms; Editing by Peter Lund)
"""),
# --------------------------------------------------------------------------- 44
dict(
    id="b74-44", feed="chaika-ru", lang="ru", published="2026-06-17T06:00:00Z",
    section="Курилы", byline="Андрей Ким",
    title="На Итурупе заработал первый на Курилах центр обработки данных",
    summary="ЦОД мощностью 12 МВт работает на геотермальной энергии; проект реализовал резидент курильского преференциального режима.",
    label="new_development", group="b74-g6",
    new_facts=["First data-processing centre on the Kurils (12 MW, geothermal) started work on Iturup"],
    must_mention=[["центр обработки данных", "цод", "майнинг"], ["итуруп"]],
    note="Same development as b74-43 (Russian regional report, next day).",
    body="""
На Итурупе в районе Курильска начал работу центр обработки данных мощностью 12 МВт — первый на Курильских островах. Об этом сообщили в правительстве Сахалинской области.

Объект построило ООО «Баранский ЦОД» — резидент преференциального режима на Курилах. Объём инвестиций составил 3,8 млрд рублей. Электроэнергию дата-центр получает от геотермальных скважин на склонах вулкана Баранского, избыточное тепло будут использовать для обогрева тепличного комплекса.

По данным регионального правительства, мощности центра будут задействованы для майнинга цифровых валют и облачных сервисов. Создано около 40 рабочих мест, часть из них займут выпускники курильского филиала сахалинского колледжа.

«Это пример того, как острова могут зарабатывать на своих природных преимуществах», — заявил на церемонии запуска заместитель председателя правительства области.

Как сообщают японские СМИ, правительство Японии выразило протест в связи с запуском объекта, назвав подобную деятельность «несовместимой» с позицией Токио. В МИД России японский протест пока не комментировали.

Преференциальный режим для Курил действует с 2023 года: его резиденты на 20 лет освобождаются от налогов на прибыль, имущество и землю.
"""),
# --------------------------------------------------------------------------- 45
dict(
    id="b74-45", feed="wharfside-wire", lang="en", published="2026-07-14T03:00:00Z",
    section="Official statements",
    title="TEXT: Japan Foreign Ministry press secretary on Russia consultations, grave visits (excerpt)",
    summary="Excerpt from the regular press conference: no date has yet been set for a second round of Japan-Russia consultations.",
    label="restatement",
    note="Ministry page in English. Negated state: no date for the second round, grave visits not agreed. Nothing moved since b74-g5; restates seeds.",
    body="""
The following is an excerpt from the regular press conference given by the Press Secretary of the Ministry of Foreign Affairs of Japan in Tokyo on July 14. Questions and answers have been lightly edited.

Q: In February Japan and Russia held consultations in Dushanbe and agreed to continue them. Has a date or venue been set for the second round?

A: At this point, no date or venue has been decided. We are continuing to coordinate with the Russian side through diplomatic channels. I would refrain from speculating about the timing.

Q: Is Japan proposing to hold the next round in Tokyo?

A: I will refrain from going into the details of our diplomatic exchanges.

Q: Has Russia responded to Japan's request to resume grave visits this summer?

A: We have strongly requested the resumption of grave visits, including at the consultations in February, as this is one of the highest priorities in Japan-Russia relations given the advanced age of the former islanders. Regrettably, we have not yet received a positive response. We will continue to make every effort.

Q: Some reports say Russia is reconsidering the consultations because of Japan's support for Ukraine.

A: I am aware of such reports, but I would like to refrain from commenting on each one. Japan's position remains unchanged: we will resolve the territorial issue and conclude a peace treaty.
"""),
# --------------------------------------------------------------------------- 46
dict(
    id="b74-46", feed="nakat-ru", lang="ru", published="2026-08-04T17:40:00Z",
    tags=["Закон", "Курилы", "Япония"],
    title="Путин подписал закон о штрафах за использование названия «Северные территории»",
    summary="Закон запрещает употреблять в СМИ, на картах и в рекламе иностранные наименования российских территорий, выражающие непризнание суверенитета России.",
    label="new_development", group="b74-g7",
    new_facts=["Putin signed a law fining the use in media, maps, advertising and signs of foreign names that deny Russian sovereignty, such as 'Northern Territories' for the southern Kurils; in force from 1 November 2026"],
    must_mention=[["северные территории", "северных территорий"], ["закон", "штраф"]],
    note="First report (Russian) of a new law. The May bill (b74-42, neutral) was only a proposal; the signature is the development.",
    body="""
МОСКВА, 4 августа. /ИА «Накат»/. Президент России Владимир Путин подписал закон, устанавливающий административную ответственность за использование иностранных наименований российских территорий, выражающих непризнание суверенитета Российской Федерации. Документ опубликован на официальном портале правовой информации.

Поправки вносятся в Кодекс об административных правонарушениях и в закон «О наименованиях географических объектов». Они запрещают использовать такие наименования в средствах массовой информации, на картах и в атласах, в рекламе, на вывесках и в учебной литературе. В пояснительной записке в качестве примера приводилось японское название южных Курил — «Северные территории».

Штраф для граждан составит от 10 до 50 тыс. рублей, для должностных лиц — до 100 тыс., для юридических лиц — до 500 тыс. рублей. Исключение сделано для цитирования, научных и исторических публикаций, если наименование сопровождается разъяснением. Ввезённые в Россию иностранные карты должны будут снабжаться исправленной маркировкой.

Закон вступает в силу с 1 ноября 2026 года.

Госдума приняла закон 22 июля, Совет Федерации одобрил его 29 июля. Законопроект был внесён группой депутатов в мае.

Япония претендует на Итуруп, Кунашир, Шикотан и острова Малой Курильской гряды, называя их «Северными территориями». Москва настаивает, что суверенитет России над островами не подлежит сомнению.
"""),
# --------------------------------------------------------------------------- 47
dict(
    id="b74-47", feed="coldspring-en", lang="en", published="2026-08-05T00:30:00Z",
    section="Asia & Pacific", byline="Daniel Okafor",
    title="Putin signs law fining use of 'Northern Territories' for the Kurils",
    summary="Russian media, map-sellers and advertisers face fines of up to 500,000 roubles for using foreign names that question Russian sovereignty.",
    label="new_development", group="b74-g7",
    new_facts=["Russia enacted a law fining use of names such as 'Northern Territories' for the Kurils in media, maps and advertising"],
    must_mention=[["northern territories"], ["law", "fine"]],
    note="Same development as b74-46 (English report the same day).",
    body="""
President Vladimir Putin has signed a law that makes it an offence to use foreign names for Russian territory that question Moscow's sovereignty - including "Northern Territories", the term Japan uses for the four southern Kuril Islands.

The law, published on Tuesday, amends Russia's code of administrative offences and its law on geographical names. From November 1, media outlets, publishers of maps and atlases, advertisers and shop signs will face fines of up to 500,000 roubles for companies and 50,000 roubles for individuals. Academic work and quotations are exempt if the name is explained.

Imported foreign maps that show the islands as Japanese will need corrected labels before they can be sold in Russia.

The bill was introduced in May by a group of deputies, who cited the Japanese term as their main example. It passed the State Duma on July 22.

Japan's government had no immediate comment. The Foreign Ministry in Tokyo has previously said that Russian measures to cement its control of the islands do not change Japan's legal position.

The law adds to a string of Russian steps asserting control over the islands since 2022, when Moscow broke off peace treaty talks. It comes as the two countries' diplomats are trying to keep alive consultations revived in Dushanbe in February.
"""),
# --------------------------------------------------------------------------- 48
dict(
    id="b74-48", feed="kokumin-nippo", lang="ja", published="2026-08-05T09:00:00Z",
    section="国際", section_slug="international",
    title="「北方領土」の呼称使用に罰金　プーチン氏が法律に署名　政府「受け入れられない」",
    summary="ロシアのプーチン大統領は、「北方領土」など主権を認めない外国の呼称を報道や地図で使うことに罰金を科す法律に署名した。日本政府は抗議した。",
    label="new_development", group="b74-g7",
    new_facts=["Putin signed a law imposing fines for using 'Northern Territories' and similar foreign names in media and maps; Japan protested"],
    must_mention=[["北方領土"], ["呼称", "罰金", "法律"]],
    note="Same development as b74-46 (Japanese report next morning; adds Japan's protest).",
    body="""
【モスクワ＝田島一樹】ロシアのプーチン大統領は4日、ロシアの主権を認めない外国の地名の呼称を、報道や地図、広告などで使うことに罰金を科す法律に署名した。提案理由の説明では、日本が北方四島を指す「北方領土」の呼称が例に挙げられている。11月1日に施行される。

法律は行政違反法典などを改正するもので、メディアや地図・地図帳、広告、看板、教材での使用を禁じる。違反した場合、個人に最大5万ルーブル、法人に最大50万ルーブル（約90万円）の罰金を科す。引用や学術的な出版物は、説明を付ければ対象外とする。外国製の地図は表記を修正しなければ販売できなくなる。

木原稔官房長官は5日の記者会見で「北方領土に関するわが国の法的立場と相いれず、受け入れられない」と述べ、外交ルートを通じて抗議したことを明らかにした。

ロシア下院は5月に議員提出の法案を受理し、7月22日に可決していた。

ロシアは2022年に平和条約交渉の継続を拒否して以降、四島の実効支配を強める措置を相次いで打ち出している。日ロ両政府は今年2月、侵攻後初めて平和条約問題を含む次官級協議をドゥシャンベで開いたが、次回の日程は決まっていない。
"""),
# --------------------------------------------------------------------------- 49
dict(
    id="b74-49", feed="rakko-courier", lang="en", published="2026-08-20T05:20:00Z",
    section="Nemuro", byline="Kenji Abe-Lund",
    title="Northern Territories minister views islands from Cape Nosappu, meets former residents",
    summary="The minister's annual inspection trip included the observation tower at Japan's easternmost point and a meeting with the residents' league.",
    label="restatement",
    note="Routine annual viewing trip by the responsible minister on Japanese soil; restates the known position. No move.",
    body="""
NEMURO - The minister in charge of Northern Territories affairs visited Cape Nosappu on Wednesday to view the Habomai islets and Shikotan from Japan's easternmost point, in what has become an annual inspection trip for holders of the post.

Standing on the observation deck of the Aurora Tower, the minister looked out at Kaigarajima, the tiny islet with a lighthouse just 3.7 kilometres offshore, and at the low outline of Suisho beyond it. "It is closer than I imagined. That is what makes this situation so painful," the minister told reporters.

Later, at the Nemuro city office, the minister met representatives of the Chishima Habomai Islands Residents' League and of the successor generation. They asked for more support for passing on islanders' memories and for the government to keep pressing Moscow on grave visits.

The minister pledged to "do everything possible" for an early resumption of the visits and repeated the government's policy of resolving the territorial issue and concluding a peace treaty. No new measures were announced.

The minister also toured the Northern Territories museum on the cape, which has added a room of oral-history recordings by first-generation islanders, and visited a kelp-drying yard in the Habomai district.
"""),
# --------------------------------------------------------------------------- 50
dict(
    id="b74-50", feed="seifu-koho", lang="ja", published="2026-08-31T01:00:00Z",
    section="報道発表", section_slug="press", source="内閣府（防災担当）",
    title="日本海溝・千島海溝沿いの巨大地震への備えを　9月1日「防災の日」に向けて",
    summary="内閣府は「防災の日」と防災週間に合わせ、日本海溝・千島海溝沿いの巨大地震に対する備えを呼びかけています。",
    label="off_topic",
    note="Look-alike: 千島海溝 (the Kuril trench) is named after the Kurils; a disaster-preparedness release with nothing on the dispute.",
    body="""
9月1日は「防災の日」です。内閣府では、8月30日から9月5日までの「防災週間」に合わせ、日本海溝・千島海溝沿いの巨大地震への備えを呼びかけています。

## 想定される被害

千島海溝沿いでマグニチュード9クラスの巨大地震が発生した場合、北海道東部の太平洋沿岸では最大で20メートルを超える津波が想定されています。冬の夜間に発生した場合、積雪や寒さのために避難に時間がかかり、被害が大きくなるおそれがあります。

## 後発地震注意情報

日本海溝・千島海溝沿いの想定震源域でマグニチュード7以上の地震が発生した場合、気象庁から「北海道・三陸沖後発地震注意情報」が発表されます。情報が発表された場合は、1週間程度、すぐに避難できる態勢をとるなど、日頃からの備えを再確認してください。

## 日頃からの備え

・自宅周辺の津波避難場所、避難経路を確認しましょう。
・寒冷地では、防寒具や暖房器具を非常持ち出し品に加えましょう。
・家族との連絡方法を話し合っておきましょう。

詳しくは、内閣府防災情報のページをご覧ください。
"""),
# --------------------------------------------------------------------------- 51
dict(
    id="b74-51", feed="wharfside-wire", lang="en", published="2026-09-08T07:00:00Z",
    section="Asia",
    title="Japan scrambles fighters as Russian bombers fly over Sea of Japan",
    summary="Two Tu-95 strategic bombers flew a long-range patrol along Japan's west coast; Tokyo said they did not violate its airspace.",
    label="off_topic",
    note="Unrelated Japan-Russia military news (bomber patrol over the Sea of Japan); not about the Kurils or the treaty.",
    body="""
TOKYO, Sept 8 (Wharfside) - Japan scrambled fighter jets on Tuesday as two Russian Tu-95 strategic bombers flew a long-range patrol over the Sea of Japan, the Defence Ministry said.

The bombers, escorted at times by Su-35 fighters, flew south along Japan's west coast from off Hokkaido to the area off Shimane prefecture before turning back, the ministry's Joint Staff said. They did not enter Japanese airspace.

Russia's Defence Ministry said the flight lasted more than eight hours and was "carried out in strict accordance with international rules on the use of airspace over neutral waters".

Japan's Air Self-Defense Force scrambled jets more than 400 times in the last fiscal year in response to Russian and Chinese aircraft, according to the ministry.

Russian and Chinese bombers have also conducted joint patrols near Japan several times since 2019, drawing protests from Tokyo and Seoul.

(Reporting by Tokyo bureau; Editing by Clare Hollis)
"""),
# --------------------------------------------------------------------------- 52
dict(
    id="b74-52", feed="oficialno-ru", lang="ru", published="2026-10-13T10:30:00Z",
    section="МИД", section_slug="mid",
    title="Комментарий официального представителя МИД России М.В.Захаровой в связи с публикациями японских СМИ о российско-японских консультациях",
    summary="Сообщения о том, что Россия якобы приостановила консультации с Японией, не соответствуют действительности.",
    label="restatement",
    note="Denied move: MFA says the consultations have NOT been suspended. No change; restates the known state (b74-g5) and seed conditions.",
    body="""
Обратили внимание на появившиеся в ряде японских средств массовой информации публикации, в которых со ссылкой на анонимные источники утверждается, будто российская сторона «приостановила» консультации с Японией, начатые в феврале этого года в Душанбе.

Такие сообщения не соответствуют действительности. Решений о прекращении контактов по линии министерств иностранных дел не принималось. Вопросы, связанные со сроками и местом следующего раунда, прорабатываются по дипломатическим каналам.

Вместе с тем хотели бы ещё раз подчеркнуть: перспективы диалога напрямую зависят от действий японской стороны. Продолжение Токио курса на наращивание санкционного давления на Россию, на военное сотрудничество с США и странами НАТО вблизи наших дальневосточных границ, на поддержку киевского режима не создаёт благоприятной атмосферы для разговора.

Наша позиция по вопросу о суверенитете Российской Федерации над Курильскими островами неизменна и хорошо известна японской стороне.

Рекомендовали бы японским коллегам по журналистскому цеху проверять информацию, прежде чем выдавать за факты слухи из анонимных источников. Подобные публикации лишь вредят и без того непростому диалогу.
"""),
# --------------------------------------------------------------------------- 53
dict(
    id="b74-53", feed="kokumin-nippo", lang="ja", published="2026-10-19T00:30:00Z",
    section="オピニオン", section_slug="opinion", free=False,
    title="【解説】日ソ共同宣言70年　「2島引き渡し」明記の宣言　なお交渉の出発点",
    summary="1956年の日ソ共同宣言の署名から19日で70年。平和条約締結後の歯舞群島と色丹島の引き渡しを明記した宣言は、今も日ロ交渉の基礎と位置づけられている。",
    label="restatement",
    note="Anniversary/background piece on the 1956 Joint Declaration (seed 004 mentions it; seed 000 mentions the 2018 acceleration). No new fact.",
    body="""
1956年10月19日、モスクワで鳩山一郎首相とソ連のブルガーニン首相が日ソ共同宣言に署名してから、19日で70年を迎えた。宣言は両国の戦争状態を終わらせ、外交関係を回復した。第9項では、平和条約の締結後にソ連が歯舞群島と色丹島を日本に引き渡すことに同意すると明記している。

## 「2島」と「4島」

日本政府は国後、択捉を含む4島の帰属の問題を解決して平和条約を締結するとの立場をとる。一方、ソ連・ロシアは長く、宣言は2島の「引き渡し」を約束したにすぎず、主権の移転を意味しないと主張してきた。

両国の首脳は2018年11月のシンガポール会談で、共同宣言を基礎として平和条約交渉を加速させることで合意した。しかし、具体的な進展はないまま、ロシアは22年3月、日本の対ロ制裁を理由に平和条約交渉を継続しないと表明した。

## 協議は再開したが

今年2月、ドゥシャンベで侵攻後初めて平和条約問題を含む次官級協議が開かれたものの、ロシア側は「主権は議論の対象ではない」との立場を崩していない。次回協議の日程も決まっていない。

元島民の平均年齢は89歳を超えた。宣言から70年、四島の地を自由に踏むことすら難しい状況が続いている。専門家の一人は「共同宣言は両国の議会が批准した唯一の文書であり、いずれ交渉が動くときの出発点であることに変わりはない」と指摘する。
"""),
# --------------------------------------------------------------------------- 54
dict(
    id="b74-54", feed="coldspring-en", lang="en", published="2026-11-10T06:00:00Z",
    section="Asia & Pacific", byline="Hana Whitcombe",
    title="Satellite images suggest new hangars at Iturup air base, think tank says",
    summary="A Tokyo research institute says commercial imagery shows four new aircraft shelters at Yasny airfield; Japan's defence ministry declined to comment.",
    label="neutral",
    note="Borderline: unofficial, unconfirmed analysis of possible construction; no government confirmation. Unscored.",
    body="""
Commercial satellite images show construction of what appear to be four new hardened aircraft shelters at the military section of the airfield on Iturup, a Tokyo-based research institute said on Tuesday.

The Pacific Security Research Institute said images taken between June and October show concrete structures and a new taxiway at the airfield near the village of Yasny, which Russia opened to civilian flights in 2014 and which has also hosted fighter jets. The shelters could house fighters or helicopters, the institute said, but it could not determine their purpose.

"It is consistent with a more permanent air presence, but we should be careful not to over-read a construction site," said Naoki Hirose, a researcher at the institute.

Japan's Defence Ministry declined to comment on the report, saying it does not discuss intelligence matters. Russia's Defence Ministry did not respond to a request for comment.

Russia has steadily expanded its garrison on the islands, which Japan claims as its Northern Territories, since the 2010s. Moscow says it has every right to deploy forces on its own territory.
"""),
# --------------------------------------------------------------------------- 55
dict(
    id="b74-55", feed="kitakiri-tv", lang="ja", published="2026-12-08T02:30:00Z",
    title="ロシア、平和条約協議の中断を通告　東京での第2回見送り　日本の制裁強化に反発",
    summary="ロシア政府は、2月に再開した平和条約締結問題を含む日ロの次官級協議について、当面中断すると日本側に通告しました。",
    label="status_change", group="b74-g8",
    new_facts=["Russia notified Japan it is suspending the vice-ministerial consultations resumed in Dushanbe in February 2026; the planned second round in Tokyo will not take place"],
    must_mention=[["中断", "見送り"], ["協議"]],
    note="Status change: consultations resumed in Feb 2026 (b74-g5) -> suspended again. First report (Japanese). Earlier denial (b74-52) was no move; this is the move.",
    body="""
外務省によりますと、ロシア政府は7日、ことし2月にタジキスタンのドゥシャンベで再開した平和条約締結問題を含む日ロの次官級協議について、当面中断すると口上書で日本側に通告してきました。

日ロ両政府は年内に東京で第2回の協議を開く方向で調整を進めていましたが、ロシア側は口上書の中で、日本政府が11月に決定した対ロシア制裁の強化を挙げ、「現状では協議を継続する条件が存在しない」としているということです。

茂木外務大臣は8日朝、記者団に対し「極めて遺憾だ。対話の扉を閉ざしたのはロシア側であり、一方的な通告は受け入れられない」と述べ、ロシア側に抗議したことを明らかにしました。

ロシアは2022年3月、日本の制裁を理由に平和条約交渉を継続しないと表明し、ことし2月の協議はそれ以来、およそ4年ぶりでした。

根室市の元島民の男性は「ようやく動き出したと思っていたのに、また振り出しに戻ってしまった。墓参の再開がますます遠のく」と肩を落としていました。
"""),
# --------------------------------------------------------------------------- 56
dict(
    id="b74-56", feed="nakat-ru", lang="ru", published="2026-12-08T09:45:00Z",
    tags=["МИД", "Япония", "Мирный договор"],
    title="МИД: продолжение консультаций с Японией в нынешних условиях невозможно",
    summary="Российская сторона нотой уведомила Токио о приостановке консультаций, начатых в феврале в Душанбе; второй раунд в Токио не состоится.",
    label="status_change", group="b74-g8",
    new_facts=["Russia's MFA confirmed it notified Japan by note that the consultations begun in Dushanbe are suspended"],
    must_mention=[["приостанов", "невозможн"], ["консультаци"]],
    note="Same development as b74-55 (Russian wire confirmation).",
    body="""
МОСКВА, 8 декабря. /ИА «Накат»/. Россия приостанавливает консультации с Японией, начатые в феврале в Душанбе, в том числе по вопросам, связанным с мирным договором. Об этом ИА «Накат» сообщили в МИД России, подтвердив информацию японских СМИ.

«Японская сторона уведомлена нотой. В условиях, когда Токио принимает очередной пакет антироссийских санкций и одновременно говорит о желании вести диалог, продолжение консультаций невозможно», — сказали в министерстве.

По данным агентства, второй раунд консультаций планировалось провести в Токио до конца года.

Официальный представитель МИД Мария Захарова ещё в октябре предупреждала, что перспективы диалога «напрямую зависят от действий японской стороны». В ноябре правительство Японии расширило санкционные списки, включив в них ряд российских банков и судоходных компаний.

Консультации заместителей министров иностранных дел России и Японии в Душанбе 24 февраля стали первыми с марта 2022 года, когда Москва отказалась от продолжения переговоров по мирному договору.

Министр иностранных дел Японии Тосимицу Мотэги назвал решение российской стороны «крайне прискорбным» и заявил, что Токио выразил протест.
"""),
# --------------------------------------------------------------------------- 57
dict(
    id="b74-57", feed="wharfside-wire", lang="en", published="2026-12-08T12:10:00Z",
    section="Asia",
    title="Russia puts revived peace treaty consultations with Japan on hold",
    summary="Moscow cites Tokyo's new sanctions; a second round planned for Tokyo will not take place.",
    label="status_change", group="b74-g8",
    new_facts=["Russia suspended the consultations with Japan revived in February; the second round in Tokyo is called off"],
    must_mention=[["on hold", "suspend", "halt", "called off", "call off"], ["consultation", "talks"]],
    note="Same development as b74-55 (English wire).",
    body="""
MOSCOW/TOKYO, Dec 8 (Wharfside) - Russia has suspended the consultations with Japan on a peace treaty that the two countries revived in February, citing new Japanese sanctions, both governments said on Tuesday.

Japan's Foreign Ministry said Russia informed it by diplomatic note on Monday that there were "no conditions" for continuing the talks. A second round of deputy-minister consultations had been planned in Tokyo before the end of the year.

"It is extremely regrettable," Foreign Minister Toshimitsu Motegi told reporters. "It is Russia that has closed the door to dialogue." He said Japan had protested.

Russia's Foreign Ministry said continuing the consultations was "impossible" while Tokyo adopted new sanctions. Japan in November added several Russian banks and shipping companies to its sanctions lists.

The February meeting in Dushanbe was the first on the peace treaty since March 2022, when Moscow said it would not continue negotiations with a country taking "openly unfriendly positions". As recently as October, Russia denied Japanese media reports that it had frozen the dialogue.

The two countries have never signed a peace treaty formally ending World War Two because of the dispute over the islands off Hokkaido, which Soviet troops seized in 1945.

(Reporting by Moscow and Tokyo bureaus; Editing by Peter Lund)
"""),
# --------------------------------------------------------------------------- 58
dict(
    id="b74-58", feed="chaika-ru", lang="ru", published="2027-01-26T07:00:00Z",
    section="Власть", byline="Ольга Пак",
    title="Лимаренко подвёл итоги года: газ, жильё и «японский вопрос»",
    summary="На большой пресс-конференции губернатор ответил на вопросы о газификации, переселении на Курилы и отношениях с Хоккайдо.",
    label="restatement",
    note="Annual press conference; on Japan the governor restates the seed position (islands Russian, not negotiable) and the known frozen state of contacts. No new fact.",
    body="""
Губернатор Сахалинской области Валерий Лимаренко провёл ежегодную большую пресс-конференцию. Журналисты задали более 40 вопросов; встреча продолжалась почти три часа.

Больше всего вопросов касалось газификации, тарифов и строительства жилья. Губернатор сообщил, что в прошлом году к газу подключены ещё около 4 тысяч домовладений, а на Курилах сдано 18 многоквартирных домов для переселенцев и бюджетников.

Отдельный вопрос касался отношений с Японией и Хоккайдо. «Позиция здесь простая и неизменная: Курилы — российская земля, и это не обсуждается. Мы открыты к нормальному соседству, к торговле, к гуманитарным контактам. Но не мы вводили санкции и не мы замораживали сотрудничество», — сказал Лимаренко.

На вопрос, возобновятся ли в каком-то виде контакты с губернатором Хоккайдо, глава региона ответил, что «такие решения принимаются в Москве и в Токио, а не в Южно-Сахалинске».

Лимаренко также рассказал о планах на год: завершение реконструкции аэропорта в Южно-Сахалинске, строительство школы в Корсакове и продолжение курильской программы в прежних объёмах.

Журналисты спросили и о туризме. По словам губернатора, турпоток на Курилы в прошлом году вырос примерно на 15%, но острова по-прежнему упираются в погоду и нехватку гостиниц: «Людей везём, а селить их часто негде».
"""),
# --------------------------------------------------------------------------- 59
dict(
    id="b74-59", feed="coldspring-en", lang="en", published="2027-02-07T08:00:00Z",
    section="Asia & Pacific", byline="Daniel Okafor",
    title="On Northern Territories Day, Takaichi says Japan will 'never give up' on the islands",
    summary="The prime minister told the annual rally Japan would keep seeking dialogue, two months after Moscow froze the consultations revived last year.",
    label="restatement",
    note="Occasion piece; PM restates the known position (seed 002); refers to the already reported suspension (b74-g8) as background. No new fact.",
    body="""
Prime Minister Sanae Takaichi told the annual Northern Territories Day rally in Tokyo on Sunday that Japan would "never give up" on the four Russian-held islands off Hokkaido and would keep seeking dialogue with Moscow, despite Russia's decision in December to halt consultations.

"Japan-Russia relations are in a severe state. But we will firmly maintain our policy of resolving the territorial issue and concluding a peace treaty," Takaichi told about 600 people, many of them former islanders and their descendants.

She called the resumption of grave visits "the most urgent humanitarian task" and said the government would "seize every opportunity" to raise it with Russia.

The rally adopted its customary appeal calling for the early return of Etorofu, Kunashiri, Shikotan and the Habomai islets.

Russia suspended the consultations in December, citing new Japanese sanctions, less than a year after the two countries' deputy foreign ministers met in Dushanbe for the first talks on the issue since 2022.

Former residents' numbers keep falling. The residents' league says about 4,500 are still alive, with an average age of nearly 90.
"""),
# --------------------------------------------------------------------------- 60
dict(
    id="b74-60", feed="rakko-courier", lang="en", published="2027-03-16T03:00:00Z",
    section="Community", byline="Courier staff",
    title="Kurilian Bobtails steal the show at Sapporo cat expo",
    summary="The short-tailed breed, named after the Kuril Islands, drew long queues at a weekend cat show attended by 12,000 visitors.",
    label="off_topic",
    note="Look-alike: a thing named after the Kurils (cat breed). Nothing about the dispute.",
    body="""
SAPPORO - The Kurilian Bobtail, a stocky cat with a pom-pom tail, was the unexpected star of a weekend cat exhibition in Sapporo that drew about 12,000 visitors.

Breeders from Hokkaido, Honshu and Taiwan brought 14 Kurilian Bobtails to the show, the largest number ever seen at a Japanese event, organisers said. Queues to see them stretched across the hall on Sunday afternoon.

The breed takes its name from the Kuril Islands, where the cats are said to have lived for at least two centuries, probably descended from Japanese and Siberian cats. It was recognised by international cat associations in the 1990s and remains rare outside Russia.

"They are dog-like - they fetch, they like water, and they are very calm," said Yuki Hamada, a breeder from Ebetsu who has raised the cats for six years. "People see the tail and think it has been cut. It hasn't. It is just like that."

The best-in-show title went to a Maine Coon from Asahikawa. A Kurilian Bobtail named Mochi took second place in the long-hair category.

The next exhibition will be held in Kushiro in September.
"""),
]
