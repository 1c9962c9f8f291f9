# Articles, February 2024 - December 2024.
# Fields: feed, lang, published (UTC), title, summary, label, group, new_facts,
# must_mention, note, body (blank-line separated paragraphs) + template extras.

ARTICLES = [
# ---------------------------------------------------------------------------
dict(
    feed="trawlboard-en", lang="en", published="2024-02-27T05:40:00Z",
    section="Markets", author="Aya Kitamura",
    title="Hanasaki urchin bids hit winter high as Nemuro supply thins",
    summary="Top-grade bafun urchin fetched up to ¥18,000 a kilo at Nemuro's Hanasaki market on Monday as drift ice and lighter Russian landings squeezed supply.",
    label="off_topic",
    note="Seafood price report; the islands appear only as a source of supply. No development in the dispute.",
    box="Hanasaki top-grade bafun uni, 26 Feb: ¥18,000/kg (+22% w/w). Mid-grade: ¥9,500-11,000/kg. Source: wholesaler quotes compiled by Trawlboard.",
    body="""
NEMURO - Buyers at the Hanasaki wholesale market paid up to ¥18,000 per kilogram for top-grade ezo bafun urchin on Monday, the highest bid of the winter season, as rough seas kept much of the local diving fleet in port for a third straight day.

Mid-grade trays cleared at ¥9,500 to ¥11,000, against roughly ¥7,800 a year earlier, according to figures from two wholesalers who asked not to be named because the auction records are not published until the end of the month.

Supply is being squeezed from two sides. Drift ice reached the Okhotsk coast early this year, cutting the number of diving days off Shiretoko, and deliveries by Russian carriers bringing urchin from the waters around the islands off Nemuro were down by about a third on January, port figures show.

"When the ice and the Russian boats slow down in the same week, you get a day like this," said a buyer for a Tokyo conveyor-belt sushi chain. "Nobody here is cutting prices before March."

Processors said they were passing on the increase only in part. Frozen and alum-treated product for supermarkets is still moving at last year's contract prices, leaving mid-sized firms in Nemuro and Kushiro with thin margins through the peak gift season.

The Hanasaki auction normally tops out in late February. Once spring diving opens in southern Hokkaido and on the Sanriku coast, more product reaches Toyosu and prices in Nemuro tend to ease within two or three weeks.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2024-03-12T03:15:00Z",
    rubric="Наука", rubric_slug="nauka", tags=["нерка", "Камчатка", "прогноз"],
    title="Учёные ждут в Курильском озере один из самых мощных подходов нерки за десять лет",
    summary="КамчатНИРО оценивает заход производителей нерки в Курильское озеро на юге Камчатки в 5,5–6 млн рыб. Промысел у устья Озерной откроют в середине июня.",
    label="off_topic",
    note="Look-alike: Kurile Lake is in southern Kamchatka; nothing about the islands or the dispute.",
    body="""
Специалисты Камчатского филиала ВНИРО опубликовали предварительный прогноз на путину-2024. По их оценке, в Курильское озеро на юге полуострова зайдёт от 5,5 до 6 млн производителей нерки — это один из самых высоких показателей за последние десять лет.

Курильское озеро в Южно-Камчатском заказнике — крупнейшее нерестилище азиатской нерки. Вытекающая из него река Озерная традиционно обеспечивает основной вылов этого вида на западном побережье Камчатки.

«Мы видели хорошее заполнение нерестилищ в 2019–2020 годах, и именно эти поколения должны вернуться в нынешнем сезоне», — пояснили в институте. При этом учёные просят не переоценивать прогноз: в прошлые годы фактический подход отличался от ожидаемого на 20–30 процентов в обе стороны.

Промысел в районе устья Озерной планируется открыть в середине июня. Рыбопромышленники уже заявили о готовности нарастить мощности береговых заводов, на реке в этом году будут работать 11 рыбопромысловых участков.

Отдельно в институте напомнили о правилах пропуска рыбы на нерестилища: в дни, когда заход идёт ниже графика, лов будут ограничивать. Учёт производителей ведётся с рыбоучётного заграждения в истоке реки — наблюдения здесь не прерываются с середины прошлого века.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2024-04-02T09:20:00Z",
    section="World", author="Gazette wire desk", place="MANILA",
    tags=["South China Sea", "fisheries", "Philippines"],
    title="Filipino fishers say Chinese coast guard drove them from Scarborough Shoal",
    summary="Fishermen from Masinloc said they were chased away from the disputed shoal's lagoon, the latest in a string of confrontations over fishing grounds in the South China Sea.",
    label="off_topic",
    note="Look-alike: another island/fishing dispute (Scarborough Shoal). Nothing on Russia-Japan.",
    body="""
Fishermen from the town of Masinloc in Zambales province said on Tuesday that a Chinese coast guard vessel had blocked the entrance to Scarborough Shoal's lagoon and sounded its horn until their wooden boats turned back, the latest confrontation over one of the region's richest fishing grounds.

"We had been there less than an hour. They came close, maybe fifty metres, and a rubber boat followed us out," said one boat captain, who had sailed with a crew of 12. The group returned to port with less than a quarter of its usual catch, he said.

A spokesperson for the Philippine Coast Guard said the agency had documented the incident and would include it in a report to the foreign ministry. China's embassy in Manila did not respond to a request for comment. Beijing says the shoal, which it calls Huangyan Dao, is Chinese territory and that its coast guard acts in line with the law.

An international arbitral tribunal ruled in 2016 that China's expansive claims in the South China Sea had no legal basis and that the shoal was a traditional fishing ground for fishers from several countries. Beijing has rejected the ruling.

Fishing groups in Zambales say incidents have grown more frequent since late last year. Many crews now fish farther from the shoal, burning more fuel for smaller catches.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2024-04-23T01:30:00Z",
    section="くらし", sec_slug="kurashi", credit="（佐伯）",
    title="千島海溝の巨大地震に備え　根室市が津波避難計画を改定　避難ビル2棟を追加",
    summary="根室市は千島海溝沿いの巨大地震を想定した津波避難計画を改定し、花咲港周辺の2棟を新たに津波避難ビルに指定した。",
    label="off_topic",
    note="Look-alike: named after the Kurils (Kuril/Chishima Trench earthquake planning). Not about the dispute.",
    body="""
根室市は22日、千島海溝沿いの巨大地震を想定した津波避難計画を改定した。花咲港周辺の水産加工会社の社屋と、市中心部の商業施設の計2棟を新たに津波避難ビルに指定し、市内の避難ビルは18カ所となった。

国の想定では、千島海溝でマグニチュード9級の地震が起きた場合、市内には最大で20メートル級の津波が押し寄せ、早いところでは地震発生から20分余りで第1波が到達する。港周辺には早朝から水産加工場で働く人が多く、高台まで歩いて逃げるのが難しい地域の解消が課題となっていた。

改定計画では、冬季の夜間に発生した場合を重視。積雪や路面凍結で避難に時間がかかることを見込み、避難ビルに毛布や簡易カイロなどの防寒用品を備蓄する。外国人技能実習生向けに、やさしい日本語とベトナム語、インドネシア語の避難マップも作った。

市防災危機管理室は「まずは揺れたらすぐ高いところへ、を徹底してほしい。職場ごとの避難訓練にも協力したい」と話している。6月には花咲地区で住民と事業所合同の避難訓練を予定している。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="spraymark-wire", lang="en", published="2024-05-14T08:45:00Z",
    section="Asia-Pacific", readtime="3 min read",
    credit="Reporting by Spraymark Tokyo bureau; Editing by Lena Oakes",
    title="Russian envoy says peace treaty with Japan 'not on the agenda' while sanctions stand",
    summary="Russia's ambassador in Tokyo repeated that there is no basis for reviving peace treaty talks as long as Japan keeps its sanctions, echoing Moscow's stance since 2022.",
    label="restatement",
    note="New speaker (ambassador Nozdrev) restating the known position: talks impossible under sanctions (seeds: MFA March 2022, Galuzin, Peskov, Rudenko Feb 2024). Mention of 'practical channels' is no proposal.",
    body="""
TOKYO, May 14 (Spraymark) - Russia's ambassador to Japan, Nikolai Nozdrev, said on Tuesday there were no grounds for reviving peace treaty negotiations with Tokyo as long as Japan kept its sanctions in place, repeating the line Moscow has held since it walked away from the talks in March 2022.

"Nobody has lifted the sanctions, nobody has toned down the hostile rhetoric. In such conditions a peace treaty is simply not on the agenda," Nozdrev told a small group of reporters at the embassy, according to a transcript later released by the mission.

The remarks track those of Deputy Foreign Minister Andrei Rudenko, who said in February that resuming the dialogue was "categorically impossible" in the current environment.

Nozdrev said Russia was still willing to keep "practical channels" open in areas such as fisheries, where the two neighbours have long-standing arrangements, but he did not point to any new proposal.

Japan's foreign ministry declined to comment on the ambassador's remarks. Tokyo has said its policy of resolving the territorial issue and then concluding a peace treaty is unchanged.

On March 21, 2022, Russia's foreign ministry said it would not continue peace treaty talks with a state that had taken "openly unfriendly positions", pulled out of a dialogue on joint economic activity on the southern Kuril Islands and ended visa-free trips for Japanese citizens to the islands.

The four islands, called the Northern Territories in Japan and the Southern Kurils in Russia, were taken by Soviet forces at the end of World War Two. The dispute has kept the two countries from signing a formal peace treaty.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="yuzhnye-vorota-ru", lang="ru", published="2024-05-28T04:10:00Z",
    rubric="Безопасность", author="По информации ПУ ФСБ России по Сахалинской области", views=538,
    title="Пограничники напомнили японским рыбакам о правилах перед летним сезоном",
    summary="Перед началом сезона добычи ламинарии у острова Сигнальный погрануправление напомнило японским судам о порядке работы.",
    label="restatement",
    note="Routine pre-season warning restated; no new rule or incident.",
    body="""
С 1 июня у острова Сигнальный Малой Курильской гряды начинается сезон, когда японские рыбаки по многолетней договорённости добывают здесь ламинарию. Пограничное управление ФСБ России по Сахалинской области напоминает, что промысел разрешён только в установленном районе и только судам, получившим разрешение российской стороны.

Как пояснили в ведомстве, на борту каждого японского судна должны находиться разрешение, судовой журнал и опознавательный знак. Суда обязаны своевременно проходить контроль. Выход за пределы согласованного района, а также заход в территориальное море и внутренние воды Российской Федерации в других местах будут пресекаться в соответствии с законодательством.

«Требования не новые, они действуют из года в год. Мы напоминаем о них перед каждым сезоном, чтобы избежать недоразумений», — сообщили в пресс-службе погрануправления.

Сам промысел ведётся по договорённости, которую Хоккайдская ассоциация рыбного хозяйства ежегодно заключает с российской стороной. Количество судов, сроки сезона и размер платы согласовываются каждую весну, сезон продолжается до конца сентября.

Пограничники также просят жителей Малокурильского и Крабозаводского, выходящих в море на маломерных судах, заранее сообщать о маршруте и следить за прогнозом: в июне у Малой гряды часты туманы.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2024-06-18T07:40:00Z",
    rubric="Власть", rubric_slug="vlast", tags=["Япония", "краб", "браконьерство", "Росрыболовство"],
    source="Источник: пресс-служба Росрыболовства",
    title="Россия приостановила выполнение соглашения с Японией о противодействии браконьерству",
    summary="С 1 июля российская сторона перестанет подтверждать японским таможенникам сертификаты на краба и другие водные биоресурсы. Соглашение 2012 года действовало с 2014-го.",
    label="status_change", group="b90-g1",
    new_facts=["Russia suspends, from 1 July 2024 and until further notice, its implementation of the 2012 Russia-Japan agreement against illegal fishing/poaching (in force since 2014): no more verification of catch certificates for crab and other seafood exported to Japan."],
    must_mention=[["браконьер", "незаконн"], ["приостан"]],
    note="First report of the suspension. Old state: agreement in force since Dec 2014; new state: suspended until further notice.",
    body="""
Россия приостанавливает выполнение межправительственного соглашения с Японией о сотрудничестве в области предотвращения незаконного промысла живых морских ресурсов. Об этом во вторник сообщила пресс-служба Федерального агентства по рыболовству.

Японская сторона уведомлена по дипломатическим каналам. С 1 июля российские органы прекращают обмен информацией о происхождении уловов и не будут по запросам японских таможенных органов подтверждать подлинность сертификатов на краба, морского ежа, гребешка и другую продукцию, вывозимую в Японию.

«Японская сторона более двух лет вводит против России односторонние ограничительные меры, в том числе затрагивающие рыбохозяйственную отрасль, и одновременно рассчитывает на добросовестное выполнение нами обязательств, выгодных прежде всего японскому бизнесу. Такое положение нельзя считать нормальным», — говорится в сообщении агентства.

Срок приостановки не назван: решение действует «до особого уведомления». В Росрыболовстве уточнили, что оно не затрагивает другие двусторонние договорённости в сфере рыболовства.

Соглашение было подписано во Владивостоке в сентябре 2012 года и вступило в силу в декабре 2014-го. Оно стало ответом на масштабную контрабанду краба из российских вод: стороны обязались обмениваться данными об уловах и экспортных партиях, а Япония — не допускать ввоза продукции без подтверждённого российского сертификата. По оценкам отраслевых аналитиков, за десять лет нелегальные поставки краба на Хоккайдо сократились в разы.

Основной поток российского краба в Японию идёт через порты Хоккайдо — Ханасаки в Немуро, Вакканай и Отару. Как решение отразится на поставках, пока неясно. В японском Агентстве по рыболовству ситуацию не прокомментировали.

Напомним, в марте 2022 года, после введения Японией санкций, МИД России объявил о прекращении переговоров по мирному договору, выходе из диалога о совместной хозяйственной деятельности на южных Курилах и отмене безвизовых поездок японских граждан на острова.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2024-06-19T02:50:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="密漁・密輸防止協定、ロシアが履行停止を通告　花咲のカニ輸入に影響懸念",
    summary="ロシア漁業庁は18日、日ロの密漁・密輸防止協定の履行を7月1日から停止すると発表した。カニの漁獲証明の照会ができなくなる恐れがあり、根室の輸入業者に不安が広がっている。",
    label="status_change", group="b90-g1",
    new_facts=["ロシアが日ロ密漁・密輸防止協定（2012年署名、14年発効）の履行を7月1日から停止すると通告。"],
    must_mention=[["密漁", "密輸"], ["停止", "履行"]],
    note="Japanese report of the same suspension, one day later.",
    body="""
ロシア連邦漁業庁は18日、日本との密漁・密輸防止協定の履行を7月1日から停止すると発表した。日本政府には外交ルートで通告したという。停止期間は示さず、「追って通知するまで」としている。

同協定は2012年9月に署名され、14年12月に発効した。ロシア産のカニなどを日本に輸入する際、ロシア側が発行した漁獲証明書が本物かどうかを両国の当局が照会し合う仕組みで、違法に漁獲されたカニの流入を防ぐ柱となってきた。

ロシア側は発表で、日本が対ロ制裁を続けながら「日本企業の利益になる義務の履行だけを求めている」と批判した。

花咲港はロシア産カニの主要な水揚げ港の一つ。市内の輸入業者の男性（58）は「照会ができなくなれば通関が止まるかもしれない。夏場のタラバや毛ガニの商戦を前に、どうしたらいいのか」と困惑した様子で話した。

水産庁国際課は「事実関係を確認している。今後の対応は関係省庁と協議する」としている。根室市水産経済部は、市内の水産加工業者から影響を聞き取る方針だ。

ロシアは22年3月、日本の対ロ制裁を理由に平和条約交渉の中断や北方四島とのビザなし交流の停止などを一方的に表明している。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="spraymark-wire", lang="en", published="2024-06-20T06:15:00Z",
    section="Commodities", readtime="4 min read",
    credit="Reporting by Spraymark Tokyo bureau and Moscow newsroom; Editing by Lena Oakes",
    title="Russia halts anti-poaching pact with Japan, putting Hokkaido crab imports in doubt",
    summary="Tokyo called Moscow's suspension of a 2012 agreement against illegal fishing 'extremely regrettable' and asked Russia to reconsider.",
    label="status_change", group="b90-g1",
    new_facts=["Russia suspends the 2012 anti-poaching agreement with Japan from July 1; Japan calls it extremely regrettable and asks Moscow to reconsider."],
    must_mention=[["poach", "illegal fishing"], ["suspend", "halt"]],
    note="English wire on the same suspension, with Tokyo's reaction (follow-up, same development).",
    body="""
TOKYO, June 20 (Spraymark) - Japan on Thursday called Russia's decision to stop implementing a bilateral agreement against illegal fishing "extremely regrettable" and asked Moscow to reconsider, as traders in Hokkaido warned the move could choke off imports of Russian crab.

Russia's Federal Fisheries Agency said on Tuesday it would suspend the 2012 agreement from July 1 "until further notice", accusing Tokyo of demanding Russian cooperation while keeping the sanctions it imposed over the war in Ukraine.

Under the pact, in force since December 2014, Russian authorities verify catch certificates for crab and other seafood shipped to Japan, and Japanese customs turn away cargoes that cannot be traced. The scheme was set up to stamp out crab smuggling into Hokkaido ports, which officials in both countries said had cost Russia hundreds of millions of dollars a year in the 2000s.

"We have conveyed to the Russian side through diplomatic channels that this is extremely regrettable and asked that the decision be reconsidered," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference.

Officials at Japan's Fisheries Agency said they were studying whether shipments could continue under Japanese checks alone. Importers in Nemuro, the main landing port for Russian crab, said they feared cargoes would be held at customs from next month.

Relations between the neighbours have sunk to their lowest point in decades since Russia's 2022 invasion of Ukraine. In March 2022 Moscow halted talks on a peace treaty over Tokyo's sanctions. The two countries have never signed a treaty formally ending World War Two because of a dispute over islands off Hokkaido that Russia calls the Southern Kurils and Japan the Northern Territories.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2024-06-27T10:00:00Z",
    section="The Sea", author="Ken Morioka", place="NEMURO",
    tags=["crab", "Nemuro", "Russia"],
    title="At Hanasaki, crab traders race the July 1 cut-off",
    summary="Importers are rushing Russian crab through customs before Moscow stops verifying catch certificates under the suspended anti-poaching pact.",
    label="status_change", group="b90-g1",
    new_facts=["(follow-up) Nemuro importers rush Russian crab through customs ahead of the July 1 suspension of the anti-poaching agreement."],
    must_mention=[["poach", "certificate"], ["suspen", "halt", "cut-off"]],
    note="Follow-up with no new fact about the arrangement: traders' reaction to the already reported suspension (group member).",
    comments=[("hokkaido_eats", "So king crab at the izakaya is going to cost even more this summer."),
              ("nemuro_local", "My uncle has worked the Hanasaki sheds for 30 years. He says this has happened before, in other forms.")],
    body="""
The forklifts at the Hanasaki cold-storage sheds have been running late into the evening all week. Pallets of frozen king crab legs, boiled and glazed on Russian vessels, are being stacked for inspection as fast as the paperwork allows.

The hurry has a date attached. From Monday, July 1, Russia will stop confirming the catch certificates that accompany every crab shipment from Russian waters, after Moscow announced last week that it was suspending its side of a 2012 agreement to fight poaching and seafood smuggling.

"Anything that clears before the first is safe. After that, nobody can tell me what happens," said the manager of one importing firm, who asked that his company not be named while it negotiates with buyers. He said he had moved forward two shipments that were due in mid-July.

Japanese customs have since 2014 required the certificates, verified with Russia's fisheries agency, before releasing live, frozen or boiled crab. The Fisheries Agency in Tokyo has said it is studying the situation and has given importers no guidance yet.

Processors worry less about this summer than about the winter gift season, when demand for crab peaks. "If the Russian crab stops, Hokkaido crab alone cannot fill the shelves," said an official at the Nemuro processors' association.

The suspension comes on top of strains that have been building since 2022, when Moscow broke off peace treaty talks and ended visa-free exchanges with former Japanese residents of the islands off Nemuro.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="michishio-ja", lang="ja", published="2024-07-09T21:00:00Z",
    section="コラム", author="（潮）",
    title="【潮のにおい】昆布干しの朝に",
    summary="納沙布の浜で昆布干しが始まった。貝殻島の灯台を望む浜の暮らしと、遠のいた島について。",
    label="restatement",
    note="Column; background only (kelp agreement history 1963/1977/1981, Russia's March 2022 halts). No new fact.",
    body="""
午前4時、納沙布の浜に軽トラックが並ぶ。沖から戻った船が昆布を下ろすと、家族総出で玉石の干場に一本ずつ広げていく。6月に始まった貝殻島周辺の昆布漁は、いま最盛期を迎えている。

貝殻島の灯台は、岬から3.7キロ先にぽつんと立つ。晴れた朝には壁のひびまで見えそうなほど近い。その周りの海で昆布を採るために、日本の漁業者は毎年、ロシア側に採取料を払ってきた。

始まりは1963年、大日本水産会とソ連漁業省が結んだ民間協定だった。200カイリ時代の到来で77年に途切れ、81年に北海道水産会が新たな協定を結んで再開した。以来、毎年の交渉がまとまるたびに、浜は胸をなで下ろしてきた。

2022年3月、ロシアは平和条約交渉を続けないと表明し、四島とのビザなし交流も止めた。あれから2年余り、元島民が島を訪ねる道は閉ざされたままだ。それでも昆布の船は、今年も灯台の下へ出ていった。

浜の人は政治の話をあまりしない。話題は天気と、昆布の値段と、孫の進学のことだ。ただ、干場で手を動かしながら、ある漁師の妻がぽつりと言った。「海だけは、去年と同じであってほしい」。

昼前、干し上がった昆布を束ねる頃には、霧が晴れて灯台がはっきり見えた。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="capelin-digest", lang="en", published="2024-07-30T12:00:00Z",
    section="The Week", author="The editors",
    title="North Pacific Week: saury gloom, crab papers in limbo, a quiet summer at Nosappu",
    summary="This week: another weak saury forecast, Russian crab cargoes waiting in bonded storage, the kelp season under way off Nosappu, and Scarborough Shoal.",
    label="restatement",
    note="Digest. The crab item restates the known suspension (b90-g1) taking effect as announced; kelp season under the annual agreement is the status quo.",
    body="""
Good evening. Four items this week, one of them cheerful.

## Saury: the forecast nobody wanted

Japan's fisheries research agency expects this autumn's Pacific saury run to stay close to last year's historic lows, with fish again smaller and farther offshore. Kushiro and Nemuro boats will once more be sailing long distances for thin catches. Fuel subsidies remain the fleet's main lifeline.

## Crab: papers in limbo

Russia's suspension of the 2012 anti-poaching agreement took effect on July 1, as Moscow had announced. Importers in Nemuro say cargoes that arrived without verified certificates are sitting in bonded cold storage while customs and the Fisheries Agency work out what, if anything, can be released. Tokyo has asked Moscow to reconsider; Moscow has said nothing further in public.

## Kelp: the cheerful one

Off Nosappu, the kelp boats have been working around Kaigara island since the season opened on June 1 under the annual private agreement with the Russian side. No incidents have been reported. Drying yards on the cape are full, and early prices for the first grades are firm.

## Scarborough Shoal

Filipino fishers continue to report being turned away from the shoal's lagoon by Chinese coast guard vessels. Manila has filed further protests.

## Reading

A long read on drift-ice forecasting for Okhotsk ports, and a Hakodate historian on the 19th-century charts of the Kuril chain. Links in the archive.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="nerest-ru", lang="ru", published="2024-08-20T03:30:00Z",
    rubric="Промысел", rubric_slug="promysel", tags=["лосось", "горбуша", "путина"],
    title="Сахалинские рыбаки перешагнули отметку в 100 тысяч тонн горбуши",
    summary="К 19 августа улов тихоокеанских лососей в Сахалинской области превысил 108 тыс. тонн, основная часть — горбуша с восточного побережья Сахалина и из вод Итурупа.",
    label="off_topic",
    note="Routine regional salmon-catch statistics; a mention of Iturup waters is incidental. No dispute content.",
    body="""
Лососевая путина в Сахалинской области набирает ход. По данным регионального штаба, на 19 августа рыбаки выловили более 108 тысяч тонн тихоокеанских лососей, из них около 96 тысяч тонн — горбуша.

Лидирует, как и в прошлые годы, восточное побережье Сахалина: заливы Анива и Терпения дают больше половины улова. Хорошие подходы отмечаются и в водах Итурупа, где работают рыбоводные заводы и ставные неводы местных предприятий.

В штабе отмечают, что по сравнению с прошлым «нечётным» годом путина идёт ровнее: заход рыбы в реки соответствует прогнозу, нарушений режима пропуска на нерест меньше. Рыбопереработка справляется с нагрузкой, на береговых заводах дополнительно задействованы около двух тысяч сезонных работников.

Основные объёмы мороженой продукции отправляются на материк через порт Корсаков, часть уходит на экспорт в Китай и Южную Корею. Логисты предупреждают, что в пиковые недели может не хватить рефрижераторных контейнеров, и советуют переработчикам заранее бронировать места на судах.

Цены на горбушу первой волны у переработчиков держатся на уровне прошлого года. Аналитики ожидают, что к середине сентября общий вылов лососей в регионе составит 125–130 тысяч тонн.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="trawlboard-en", lang="en", published="2024-09-10T07:00:00Z",
    section="Policy", author="Trawlboard staff",
    title="Japan-Korea fishing access stays shut for a ninth season as EEZ talks stall",
    summary="Fisheries officials from Tokyo and Seoul again failed to agree mutual access to each other's waters, leaving longliners and squid jiggers on both sides confined to home grounds.",
    label="off_topic",
    note="Look-alike: a different bilateral fishing dispute (Japan-South Korea). Not about Russia or the islands.",
    body="""
Fisheries officials from Japan and South Korea ended another round of talks on mutual access to their exclusive economic zones without a deal, meaning boats from both countries will be kept out of each other's waters for a ninth consecutive season.

The two sides have not agreed annual fishing conditions since 2016, when talks broke down over Korean longline quotas for hairtail in Japanese waters and Japanese complaints about illegal gear left on the seabed. Officials said this round made "some progress" on gear retrieval but no headway on quotas.

For Japanese squid jiggers from Yamaguchi and Shimane, the impasse matters less than it once did: squid stocks in the Sea of Japan have collapsed, and many boats have been laid up. Korean longliners from Jeju, which used to take a large share of their hairtail from waters south of Kyushu, have been hit harder.

Industry groups on both sides urged their governments to separate fisheries from wider diplomatic friction. "The fish do not check passports," one official from a Kyushu fisheries federation said. "We need rules the boats can work with."

No date was set for the next round.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="yuzhnye-vorota-ru", lang="ru", published="2024-10-01T05:00:00Z",
    rubric="Общество", author="Марина Кольцова", views=802,
    comments=[("Андрей_М", "Правильно сказал. Ребята должны знать историю."),
              ("гость", "А дорогу на Головнино когда сделают?")],
    title="«Острова — наша земля, и обсуждать здесь нечего»: замглавы округа встретился со старшеклассниками",
    summary="Заместитель главы Южно-Курильского округа рассказал школьникам о позиции России по вопросу принадлежности островов.",
    label="restatement",
    note="New local speaker restating the known Russian position (sovereignty not in question; seeds).",
    body="""
В Южно-Курильской средней школе прошёл классный час для старшеклассников «Курилы в истории России». Перед ребятами выступил заместитель главы муниципального округа Игорь Ланцов.

Он рассказал об освобождении островов в 1945 году, о первых переселенцах и о том, как менялась жизнь на Кунашире за последние десятилетия. Отдельно школьники спросили о японских притязаниях на острова.

«Позиция нашей страны известна и закреплена в международных документах: суверенитет России над Курилами сомнению не подлежит. Острова — наша земля, и обсуждать здесь нечего. Всё остальное — вопросы, которые японская сторона задаёт сама себе», — ответил Игорь Ланцов.

Он также напомнил, что в 2022 году, после введения Японией санкций, Россия прекратила переговоры по мирному договору и безвизовые обмены с японскими гражданами. «Отношения с соседями — дело государства. Наше дело — чтобы на островах было хорошо жить», — добавил замглавы.

Разговор зашёл и о будущем: старшеклассники спрашивали, какие профессии будут востребованы на островах через пять-десять лет. Замглавы назвал рыбопереработку, энергетику, медицину и педагогику и пообещал, что округ продолжит доплачивать молодым специалистам, которые вернутся работать домой.

Встреча продолжалась больше часа. По её итогам ребята написали эссе, лучшие работы опубликуют в школьной газете.
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2024-11-12T03:40:00Z",
    section="漁業・水産", credit="（共同）",
    title="日ロ地先沖合漁業交渉、モスクワで始まる　来年の相互入漁枠を協議",
    summary="日ロ双方の200カイリ内での来年の操業条件を決める政府間交渉が11日、モスクワで始まった。",
    label="neutral",
    note="Routine annual quota talks that merely open; no outcome. Borderline (talks held), left unscored.",
    body="""
日本とロシアが互いの200カイリ水域で操業する来年の条件を話し合う日ロ地先沖合漁業交渉が11日、モスクワで始まった。水産庁によると、サンマやイワシ、スケトウダラなどの漁獲割当量や操業隻数、ロシア側に支払う入漁条件を協議する。

交渉は例年、11月から12月にかけて開かれ、2週間前後で妥結している。日本側からは水産庁の担当者らが出席した。

道東の沖合底引き網漁業者の団体は「例年通りの枠を確保してほしい」と話す。燃油価格の高止まりで経営が厳しいなか、ロシア水域での操業機会は地元の水揚げにとって重要な位置を占めている。

地先沖合漁業協定は1984年に結ばれ、毎年の政府間協議で翌年の操業条件を決めてきた。日本側にとっては、千島列島の太平洋側のロシア水域でのスケトウダラやサンマ漁などの機会を確保する場となっている。一方、ロシア漁船は日本の200カイリ内でイワシやサバ類を漁獲している。

水産庁は「交渉中のため内容についてはコメントできない」としている。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="shoalwater-en", lang="en", published="2024-11-26T09:10:00Z",
    section="The Sea", author="Ken Morioka", place="NEMURO",
    tags=["sea urchin", "Habomai", "fisheries"],
    title="Nemuro divers ask Tokyo to seek winter urchin access near Kaigara",
    summary="The Habomai fisheries cooperative has petitioned the government to pursue a winter urchin arrangement modelled on the kelp deal. No talks have been scheduled.",
    label="restatement",
    note="A request/wish; nothing happened. Precedes b90-g2 (the actual permission) and must not be confused with it.",
    body="""
Fishermen from the Habomai cooperative on the Nemuro Peninsula have asked the national government to seek Russian consent for a winter sea urchin harvest in the waters around Kaigara island, the rocky islet just off Cape Nosappu where they already gather kelp each summer.

In a petition handed to the Fisheries Agency and to Hokkaido's governor this month, the cooperative said its members had lost income from several fisheries in recent years and that an urchin season "modelled on the kelp arrangement" would help keep younger crews working through the winter.

The kelp harvest around Kaigara, known in Russia as Signalny, has operated since 1981 under a private agreement between the Hokkaido Fisheries Association and the Russian side, renewed each year. Japanese boats pay a fee and work only inside a designated area.

Officials at the association said they had mentioned the idea informally to Russian counterparts but that no talks had been scheduled. "It is a request, not a negotiation. We understand the situation is difficult," one official said.

A Fisheries Agency spokesman said the government had received the petition and would "consider it carefully".
"""),
# ---------------------------------------------------------------------------
dict(
    feed="habomai-kaiho-ja", lang="ja", published="2024-12-10T02:20:00Z",
    section="漁業・水産", credit="（根室支局）",
    title="貝殻島周辺のウニ漁、今冬に限り認める　ロシア側が同意　歯舞漁協の30隻、20日から",
    summary="北海道水産会は9日、ロシア側が貝殻島周辺でのウニ漁を今冬に限って認めることに同意したと発表した。昆布漁の区域で12月20日から来年2月末まで操業する。",
    label="new_development", group="b90-g2",
    new_facts=["ロシア側が貝殻島周辺でのウニ漁を今冬に限り認める。歯舞漁協の30隻、12月20日〜2月末、漁獲上限40トン、採取料1800万円。"],
    must_mention=[["ウニ"], ["今冬", "限り", "今季"]],
    note="First report (Japanese) of a one-season-only urchin arrangement. Scene-setting lead; the news is in the second paragraph.",
    body="""
冬の納沙布岬。鉛色の海の向こうに、貝殻島の灯台が小さく見える。夏は昆布船でにぎわうこの海域に、今年は冬にも船が出ることになった。

北海道水産会は9日、ロシア側が貝殻島周辺の海域で日本の漁船によるウニ漁を今冬に限り認めることに同意したと発表した。歯舞漁協所属の30隻が、12月20日から来年2月末まで、昆布漁と同じ区域で操業する。漁獲量の上限は40トンで、ロシア側に採取料約1800万円を支払う。

同会によると、ロシア側は「今季限りの例外的な措置」と説明しており、来季以降については改めて協議するとしている。操業の条件は昆布漁に準じ、出漁の際にはロシア国境警備局の検査を受ける。

貝殻島周辺の昆布漁は1981年から民間協定に基づき毎年続いているが、ウニ漁が認められるのは初めて。歯舞漁協は11月、国と道に対し、冬のウニ漁の実現に向けた働きかけを要望していた。

同漁協の組合長は「短い期間でも冬の仕事ができるのはありがたい。決められた区域と量を守り、事故なく終えたい」と話した。花咲港の仲買人からは「良質なバフンウニが増えれば、年明けの相場にも影響しそうだ」との声も出ている。

水産庁は「民間の取り決めであり、安全操業に万全を期すよう指導していく」としている。
"""),
# ---------------------------------------------------------------------------
dict(
    feed="trawlboard-en", lang="en", published="2024-12-11T08:30:00Z",
    section="Fleets", author="Aya Kitamura",
    title="Russia clears one-season urchin dive near Kaigara for Nemuro boats",
    summary="Thirty Habomai boats may harvest up to 40 tonnes of urchin around the Russian-held islet from Dec. 20 to the end of February, this winter only.",
    label="new_development", group="b90-g2",
    new_facts=["Russia allows Japanese boats a winter sea urchin harvest around Kaigara (Signalny) island, this winter only: 30 boats, Dec 20-end Feb, 40-tonne cap, ¥18m fee."],
    must_mention=[["urchin"], ["this winter", "one season", "one-season", "only"]],
    note="English report of the one-season urchin arrangement (same development).",
    box="Kaigara winter urchin arrangement: 30 boats | Dec 20 - Feb 28 | cap 40 t | fee ¥18 m | this season only.",
    body="""
Russia has agreed to let Japanese fishing boats harvest sea urchin around Kaigara island off Hokkaido's Cape Nosappu this winter, the Hokkaido Fisheries Association said, in a one-off arrangement that could add a fresh source of premium bafun urchin to the Hanasaki market in January.

Under the terms, 30 boats belonging to the Habomai fisheries cooperative may work inside the same zone used for the summer kelp harvest from Dec. 20 to the end of February, with a total catch cap of 40 tonnes. The cooperative will pay the Russian side a fee of about ¥18 million.

The association said the Russian side described the permission as an exceptional measure for this season only, with any further seasons subject to new talks. Boats will have to pass inspection by Russian border guards, as they do in the kelp season.

Kaigara, called Signalny in Russia, is part of the Habomai group, one of the four island areas held by Russia and claimed by Japan. The kelp harvest there has operated under a private agreement since 1981.

Buyers at Hanasaki said the volumes were small relative to total winter supply but that quality should be high. "Forty tonnes will not move the national market, but in Nemuro in January it matters," one wholesaler said.
"""),
]
