# -*- coding: utf-8 -*-
"""Articles b13-030 .. b13-058 (blind13 corpus)."""

A = []


def art(**kw):
    A.append(kw)


art(id="b13-030", feed="voskhod", lang="ru", published="2025-11-19T05:45:00Z",
    title="Россия не стала возражать против разового участия Японии во встрече ОЧЭС",
    summary="Японский дипломат присутствовал на заседании СМИД ОЧЭС в качестве гостя; статус партнёра по отраслевому диалогу Токио не возвращён.",
    label="status_change", group="g-bsec-guest",
    new_facts=["Japan attended one BSEC meeting as a guest with Russia's consent; partner status not restored"],
    must_mention=[["очэс", "черноморского"], ["гост", "разов", "приглаш"]],
    note="Russian report of g-bsec-guest: one-time guest participation, partial state.",
    author="Сергей Ракитин",
    body=[
        "Россия не возражала против участия представителя Японии в качестве гостя в заседании Совета министров иностранных дел Организации черноморского экономического сотрудничества (ОЧЭС), которое прошло во вторник в Стамбуле, сообщил источник в российской делегации.",
        "«Речь идёт исключительно о разовом приглашении со стороны председательства. Вопрос о восстановлении статуса Японии как партнёра ОЧЭС по отраслевому диалогу не ставился и не обсуждался», — подчеркнул собеседник агентства.",
        "В марте 2022 года Москва заблокировала продление этого статуса для Токио в числе ответных мер на японские санкции. Тогда же российская сторона объявила о прекращении переговоров о мирном договоре и выходе из диалога о совместной хозяйственной деятельности на южных Курилах.",
        "По данным агентства, японский дипломат выступил с кратким сообщением о проектах в области транспорта и покинул заседание до обсуждения внутренних вопросов организации.",
    ])

art(id="b13-031", feed="tokiwa", lang="ja", published="2025-12-09T04:15:00Z",
    title="北方領土問題対策協会が年次報告　交流事業「再開のめど立たず」",
    summary="独立行政法人北方領土問題対策協会が年次報告書を公表し、四島交流事業は4年連続で実施できなかったと記した。",
    label="restatement",
    note="Annual report restating that exchanges remain halted since 2022 (seeds 001, 003). No new fact.",
    author="社会部",
    body=[
        "独立行政法人北方領土問題対策協会は9日、2025年度の事業報告書を公表した。北方四島交流事業（ビザなし交流）、自由訪問、北方墓参のいずれも4年連続で実施できなかったとしている。",
        "報告書は、ロシアが2022年3月に交流の枠組みの停止を一方的に表明したことを挙げ、「事業再開のめどは立っていない」と記述。代替として、根室市の納沙布岬周辺からの洋上慰霊や、元島民の証言記録のデジタル化などを進めたと報告した。",
        "協会の理事長は「元島民の思いを次の世代につなぐことが、今できる最大の取り組みだ」と話した。",
        "報告書によると、元島民の存命者は4500人余りで、平均年齢は89歳に達した。",
    ])

art(id="b13-032", feed="lanternbay", lang="en", published="2026-01-20T11:30:00Z",
    title="Zakharova: no conditions for resuming peace treaty talks with Japan",
    summary="The Russian Foreign Ministry spokeswoman said Tokyo must abandon its 'anti-Russian course' before any dialogue.",
    label="restatement",
    note="Negated move ('no conditions to resume'); restates seed 004 by a new speaker.",
    author="Lantern Bay Chronicle wires",
    body=[
        "MOSCOW — There are currently no conditions for resuming peace treaty negotiations with Japan, Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday, responding to remarks by Japan's prime minister that Tokyo still sought a treaty.",
        "\"Before talking about any treaty, Tokyo should abandon its anti-Russian course, stop supplying the Kyiv regime and end its military activity with the United States near our borders,\" Zakharova told a weekly briefing.",
        "She said Russia's sovereignty over the southern Kurils, \"enshrined in international legal documents,\" was not up for discussion.",
        "Japan's prime minister had told parliament the previous week that Japan's policy of resolving the territorial issue and concluding a peace treaty remained unchanged, despite \"severe\" relations.",
        "Moscow halted the negotiations in March 2022 in response to Japanese sanctions over Ukraine.",
    ])

art(id="b13-033", feed="akatsuki", lang="ja", published="2026-02-07T03:10:00Z",
    title="北方領土の日　返還要求大会、首相「粘り強く交渉の再開目指す」",
    summary="北方領土返還要求全国大会で首相は、平和条約交渉の再開を粘り強く求める考えを示した。交渉再開の見通しは立っていない。",
    label="restatement",
    note="Annual occasion piece; Japan's wish to resume talks (wished-for move), Russia's halt persists (seeds 000, 002).",
    author="東京支社",
    body=[
        "「北方領土の日」の7日、東京都内で北方領土返還要求全国大会が開かれた。首相はあいさつで「領土問題を解決して平和条約を締結するとの方針の下、交渉の再開を粘り強く目指していく」と述べた。",
        "ロシアは2022年3月に平和条約交渉の継続を拒否して以降、「交渉の再開は不可能だ」との立場を崩していない。首相は「ロシアの対応は極めて不当だ」と改めて強調したが、交渉再開に向けた具体的な道筋は示さなかった。",
        "大会では根室市の元島民の女性（91）が「生きているうちに、父母が眠る色丹島の墓に花を手向けたい」と訴えた。",
        "会場周辺では右翼団体の街宣活動もあり、警視庁が警戒に当たった。",
    ])

art(id="b13-034", feed="tokiwa", lang="ja", published="2026-03-10T06:30:00Z",
    title="政府、北方領土への入域自粛要請を一部見直し　元島民の墓参に限りロシア手続き容認",
    summary="政府は1989年の閣議了解に基づく北方領土への入域自粛要請を見直し、元島民の墓参目的に限ってロシア側の手続きによる渡航を認める方針を決めた。",
    label="new_development", group="g-visit-guidance",
    new_facts=["Japan's cabinet revised its 1989 request that citizens refrain from entering the Northern Territories under Russian procedures, allowing former residents to travel for grave visits via Russian procedures"],
    must_mention=[["自粛", "閣議"], ["墓参", "元島民"]],
    note="New official position (revision of the 1989 cabinet understanding on entry), not in the seeds. First report, Japanese.",
    author="政治部",
    body=[
        "政府は10日の閣議で、北方領土への日本国民の入域について、ロシアの査証（ビザ）を取得するなどロシア側の手続きに従った渡航を自粛するよう求めてきた1989年の閣議了解を一部見直すことを決めた。元島民とその家族が墓参を目的とする場合に限り、ロシア側の手続きによる渡航を容認する。",
        "政府はこれまで、ロシア側の手続きに従って北方領土に入ることは、ロシアの管轄権を認めることにつながりかねないとして、国民に自粛を求めてきた。ロシアが2022年にビザなし交流などの枠組みを停止したことで、元島民が墓参できない状態が4年続いており、高齢化を踏まえた人道上の措置と位置づける。",
        "官房長官は記者会見で「北方領土に関するわが国の法的立場を何ら変更するものではない」と強調した。外務省は渡航を希望する元島民に対し、事前の届け出を求める方針だ。",
        "元島民の団体は「苦渋の決断だが、墓参の道が開けるのはありがたい」と評価した。一方、野党の一部からは「ロシアの実効支配を追認することになりかねない」との批判も出ている。",
        "ロシア側が元島民の入域をどのような条件で認めるかは明らかになっておらず、実際に墓参が実現するかは見通せない。",
    ])

art(id="b13-035", feed="quayside", lang="en", published="2026-03-11T02:20:00Z",
    title="Tokyo eases decades-old travel guidance to let ex-islanders visit graves via Russian visas",
    summary="Japan's cabinet partly revised a 1989 request that citizens not enter the disputed islands under Russian procedures.",
    label="new_development", group="g-visit-guidance",
    new_facts=["Japan partly lifted its 1989 guidance against entering the islands under Russian procedures, for former residents' grave visits"],
    must_mention=[["1989", "guidance", "refrain"], ["grave", "former resident", "ex-islander"]],
    note="English report of g-visit-guidance.",
    author="Quayside Politics",
    body=[
        "Japan's cabinet on Tuesday partly revised a 1989 understanding that asks citizens to refrain from travelling to the Russian-held islands off Hokkaido on Russian visas, allowing former residents and their families to make such trips to visit family graves.",
        "The guidance was designed to avoid any act that could be seen as recognising Russian jurisdiction over the islands, which Japan calls the Northern Territories. But with visa-free exchanges suspended by Moscow since 2022 and the average age of former islanders near 89, the government said humanitarian considerations had prevailed.",
        "\"This in no way changes Japan's legal position on the Northern Territories,\" the chief cabinet secretary told reporters.",
        "It is unclear whether Russia will grant entry. A lawyer who advises the former residents' league said the decision was \"a painful compromise\" that could nonetheless let some elderly members travel this summer via Sakhalin.",
        "Business groups noted that the easing does not extend to commercial or tourist travel.",
    ])

art(id="b13-036", feed="panorama", lang="ru", published="2026-03-12T07:05:00Z",
    title="Захарова прокомментировала решение Токио о поездках бывших жителей Курил",
    summary="В МИД России заявили, что японцы, желающие посетить южные Курилы, должны соблюдать российское законодательство.",
    label="new_development", group="g-visit-guidance",
    new_facts=["Japan's easing of its 1989 travel guidance for former residents; Moscow's comment"],
    must_mention=[["японц", "бывших жител"], ["виз", "законодательств"]],
    note="Follow-up with no new fact: Moscow's reaction to Tokyo's revision; member of g-visit-guidance per FORMAT.",
    author="Андрей Жилин",
    body=[
        "Официальный представитель МИД России Мария Захарова прокомментировала решение японского правительства разрешить бывшим жителям южных Курил посещать острова по российским визам.",
        "«Мы обратили внимание на это решение. Въезд иностранных граждан на территорию Российской Федерации, включая Курильские острова, осуществляется в соответствии с российским законодательством. Японцы здесь не исключение», — сказала дипломат на брифинге.",
        "На вопрос, будут ли визы выдаваться бывшим жителям островов, Захарова ответила, что заявления будут рассматриваться «в установленном порядке». Восстанавливать прежний безвизовый режим, по её словам, Москва не собирается.",
        "Ранее Токио на протяжении десятилетий призывал своих граждан воздерживаться от поездок на острова по российским визам.",
    ])

art(id="b13-037", feed="stonebridge", lang="en", published="2026-04-14T03:00:00Z",
    title="Chinese coast guard ships linger in Senkaku waters for record 92 hours",
    summary="Japan protested after two Chinese vessels stayed inside territorial waters around the East China Sea islands.",
    label="off_topic",
    note="Look-alike: Senkaku dispute with China.",
    author="Stonebridge Wire Tokyo",
    body=[
        "TOKYO — Two Chinese coast guard ships stayed inside Japan's territorial waters around the Senkaku Islands for 92 consecutive hours, the longest intrusion on record, the Japan Coast Guard said on Tuesday.",
        "The vessels approached a Japanese fishing boat several times before leaving the area early on Tuesday. Japan lodged a protest through diplomatic channels.",
        "China claims the uninhabited islands, which it calls Diaoyu, and has stepped up patrols since Japan nationalised three of them in 2012. Beijing said its ships were conducting \"law enforcement patrols in China's own waters.\"",
        "Japanese officials said there was \"no territorial issue\" concerning the Senkakus, which are administered by Japan.",
    ])

art(id="b13-038", feed="voskhod", lang="ru", published="2026-05-19T08:00:00Z",
    title="Песков: вопрос о мирном договоре с Японией сейчас на повестке не стоит",
    summary="В Кремле прокомментировали слова японского премьера о готовности к диалогу.",
    label="restatement",
    note="Conditional and negated restatement of seeds 002/004 (talks impossible), new wording.",
    author="Ирина Колесникова",
    body=[
        "Пресс-секретарь президента России Дмитрий Песков, отвечая в понедельник на вопрос о заявлении японского премьер-министра о готовности к диалогу с Москвой, сказал, что вопрос о возобновлении переговоров о мирном договоре с Японией в нынешней ситуации на повестке дня не стоит.",
        "«Мы видим высказывания японской стороны, но видим и практические действия: санкции сохраняются, военная активность вблизи наших границ наращивается. Если бы Токио изменил свой курс, можно было бы о чём-то говорить, но пока о каких-либо переговорах по мирному договору, как и о возвращении к прежним форматам диалога, речи не идёт», — сказал Песков.",
        "В Кремле также напомнили, что ответственность за заморозку отношений лежит на Токио, который «сознательно сделал выбор в пользу антироссийского курса».",
        "Переговоры о мирном договоре были прекращены российской стороной в марте 2022 года.",
    ])

art(id="b13-039", feed="axial", lang="en", published="2026-06-23T06:00:00Z",
    title="Japanese PM would travel to Moscow 'if talks resume', urges Russia to allow grave visits",
    summary="In a wide-ranging interview, Japan's leader said he was open to meeting Putin under the right conditions.",
    label="restatement",
    note="Hypothetical ('would ... if ...') and requested move ('urged Moscow to allow'); no event. Restates seed 002.",
    author="Daniel Okafor",
    body=[
        "TOKYO — Japan's prime minister said he would be prepared to travel to Moscow for talks with President Vladimir Putin if peace treaty negotiations resumed, but acknowledged there was currently no sign that Russia was willing to return to the table.",
        "\"If the conditions are in place, I would not hesitate to meet President Putin and discuss the territorial issue directly,\" he said in an interview with several foreign media outlets, including Axial Asia Report. \"But the situation created by Russia's aggression against Ukraine does not allow that now.\"",
        "He urged Moscow to allow former residents of the islands to visit family graves on humanitarian grounds, noting that Tokyo had eased its own travel guidance in March. \"The ball is in Russia's court,\" he said.",
        "Asked whether Japan might ease sanctions to restart talks, the prime minister said there were \"no plans\" to do so while the war continued.",
    ])

art(id="b13-040", feed="panorama", lang="ru", published="2026-08-09T09:30:00Z",
    title="Фестиваль японской культуры во Владивостоке собрал 15 тысяч гостей",
    summary="Два дня в центре города звучали барабаны тайко, проходили мастер-классы по каллиграфии и оригами.",
    label="off_topic",
    note="Unrelated Japan-Russia cultural news; no treaty or islands content.",
    author="Отдел культуры",
    body=[
        "Фестиваль японской культуры «Мацури во Владивостоке» прошёл в минувшие выходные на Спортивной набережной и, по оценке организаторов, собрал около 15 тысяч человек.",
        "Гости смотрели выступления ансамблей барабанщиков тайко, учились складывать оригами и писать иероглифы, пробовали японскую уличную еду. Большой популярностью пользовались косплей-дефиле и показ аниме под открытым небом.",
        "«Несмотря на сложности в политике, интерес к японской культуре у жителей Приморья только растёт», — сказала одна из организаторов, преподаватель японского языка Дальневосточного федерального университета.",
        "Фестиваль проводится с 2012 года. В этом году в программе впервые прошёл турнир по игре го среди школьников.",
    ])

art(id="b13-041", feed="akatsuki", lang="ja", published="2026-09-05T05:00:00Z",
    title="東方経済フォーラム、日本企業の参加は低調　北方領土への言及なし",
    summary="ウラジオストクで開かれた東方経済フォーラムに日本からは少数の関係者が出席した。",
    label="neutral",
    note="Borderline: Japan-Russia economic forum mention, notes absence of islands discussion; no event.",
    author="経済部",
    body=[
        "ロシア極東ウラジオストクで3～5日に開かれた東方経済フォーラムに、日本からは民間団体の関係者ら十数人が参加した。2022年以前は大手企業の幹部や閣僚が多数参加していたが、今年も日本政府関係者の出席は見送られた。",
        "プーチン大統領は全体会合でアジア諸国との経済協力の拡大を訴えたが、日本や北方領土、平和条約には言及しなかった。",
        "参加した日本の貿易関係者は「現地ではアジア企業の存在感ばかりが目立った。日本企業が戻る環境にはない」と話した。",
        "フォーラムでは中国やインドとの極東開発案件が相次いで発表された。",
    ])

art(id="b13-042", feed="voskhod", lang="ru", published="2026-10-14T04:30:00Z",
    title="Россия и Япония провели в Астане первые с 2022 года консультации по мирному договору",
    summary="Заместители министров иностранных дел двух стран встретились в столице Казахстана; стороны договорились продолжить контакты в этом формате.",
    label="status_change", group="g-astana-talks",
    new_facts=["Russia and Japan held peace treaty consultations at deputy foreign minister level in Astana — the first since Russia halted the talks in March 2022; they agreed to continue in this format"],
    must_mention=[["астан"], ["мирн", "консультац"]],
    note="Status change of a tracked matter: peace treaty talks halted (seeds 000-004) -> consultations resumed. First report, Russian.",
    author="Сергей Ракитин",
    body=[
        "Заместитель министра иностранных дел России Андрей Руденко и заместитель министра иностранных дел Японии по политическим вопросам провели во вторник в Астане консультации по проблематике мирного договора, сообщили в российском МИД. Это первая встреча такого рода с марта 2022 года, когда Москва прекратила переговоры с Токио.",
        "Встреча проходила при содействии казахстанской стороны и продолжалась около пяти часов. «Состоялся откровенный обмен мнениями о перспективах нормализации отношений, в том числе о возможности возобновления работы над мирным договором. Договорились продолжить контакты в данном формате», — говорится в сообщении МИД.",
        "По данным источника агентства, российская сторона подчеркнула, что её позиция о суверенитете над южными Курилами остаётся неизменной, а японская подняла вопрос о посещении захоронений бывшими жителями островов.",
        "Возобновление консультаций стало возможным после того, как в сентябре Токио отменил часть ограничительных мер в отношении российских банков, пояснил собеседник.",
        "Следующий раунд, по предварительной договорённости, может пройти в начале следующего года.",
    ])

art(id="b13-043", feed="lanternbay", lang="en", published="2026-10-14T10:15:00Z",
    title="Russia, Japan hold first peace treaty talks since 2022 in Astana",
    summary="Deputy foreign ministers met in Kazakhstan's capital and agreed to keep meeting, ending a four-and-a-half-year freeze.",
    label="status_change", group="g-astana-talks",
    new_facts=["First Russia-Japan peace treaty consultations since March 2022, held in Astana"],
    must_mention=[["astana"], ["peace treaty", "talks", "consultations"]],
    note="English report of g-astana-talks.",
    author="Lantern Bay Chronicle wires",
    body=[
        "Russian and Japanese deputy foreign ministers met in Astana on Tuesday for consultations on a peace treaty, the first such talks since Moscow broke off negotiations in March 2022 over Tokyo's sanctions, the Russian Foreign Ministry said.",
        "The two sides held a \"frank exchange of views\" on normalising relations and the possible resumption of work on a treaty and agreed to continue contacts in the same format, the ministry said.",
        "Japan's Foreign Ministry confirmed the meeting, saying it had raised the resumption of grave visits by former islanders. A Japanese official said the talks were \"a first step\" and cautioned against expecting quick results.",
        "The meeting followed Tokyo's decision in September to lift some restrictions on Russian banks. Kazakhstan hosted the talks.",
    ])

art(id="b13-044", feed="tokiwa", lang="ja", published="2026-10-15T01:00:00Z",
    title="日ロ、4年半ぶり平和条約協議　アスタナで外務次官級",
    summary="日本とロシアはカザフスタンの首都アスタナで外務次官級の協議を行い、平和条約問題を巡る協議を継続することで一致した。",
    label="status_change", group="g-astana-talks",
    new_facts=["Japan-Russia vice-ministerial peace treaty consultations in Astana, first in four and a half years"],
    must_mention=[["アスタナ"], ["平和条約", "協議"]],
    note="Japanese report of g-astana-talks.",
    author="政治部",
    body=[
        "日本とロシアの両政府は13日、カザフスタンの首都アスタナで外務次官級の協議を開いた。平和条約問題を議題とする日ロの公式協議は、ロシアが2022年3月に交渉の継続拒否を表明して以来、約4年半ぶり。",
        "外務省によると、日本側は北方領土問題を解決して平和条約を締結するとの基本方針を説明し、元島民の墓参の早期再開を求めた。双方は今後も同じ枠組みで協議を続けることで一致した。",
        "政府関係者は「対話の窓口が開いた意味は大きい」と述べる一方、「領土問題で立場の隔たりは大きく、楽観はできない」と話した。",
        "日本政府は9月、対ロ制裁の一部であるロシアの一部銀行に対する資産凍結を解除していた。",
    ])

art(id="b13-045", feed="stonebridge", lang="en", published="2026-10-20T07:45:00Z",
    title="After Astana, what next for Japan and Russia?",
    summary="A week after the first peace treaty consultations since 2022, neither side has announced a date for a second round.",
    label="status_change", group="g-astana-talks",
    new_facts=["Follow-up on the Astana consultations; no new fact"],
    must_mention=[["astana"], ["peace treaty", "talks", "consultations"]],
    note="Follow-up with no new fact on the Astana consultations; member of g-astana-talks per FORMAT.",
    author="Hiroko Matsuda",
    body=[
        "TOKYO — A week after Russian and Japanese deputy foreign ministers met in Astana for the first peace treaty consultations since 2022, officials in both capitals are playing down expectations.",
        "No date has been set for a second round. A senior Japanese official said the meeting had been \"businesslike\" and that the Japanese side had used it mainly to press for grave visits by former islanders, an issue on which Moscow gave no commitment.",
        "In Moscow, commentators on state television described the talks as proof that Tokyo had \"come back to reality.\" Russian officials have repeated that the sovereignty of the southern Kurils is not on the table.",
        "Analysts say the resumption, however limited, gives both governments a channel at a time when the wider relationship remains badly damaged. \"The format matters more than the content for now,\" said a researcher at a Tokyo think tank.",
        "Japanese fishing organisations in Hokkaido have welcomed the contacts, hoping they could eventually ease friction over fishing near the islands.",
    ])

art(id="b13-046", feed="quayside", lang="en", published="2026-11-10T08:10:00Z",
    title="Japan Inc. eyes islands, but Tokyo says joint projects are not on the table",
    summary="Some Hokkaido firms hope renewed contacts could revive joint economic activity on the islands; the government says it has no plans to discuss it.",
    label="restatement",
    note="'No plans to ...' — joint economic activity dialogue remains withdrawn (seeds 000-003). No change.",
    author="Quayside Politics",
    body=[
        "Hokkaido businesses that once took part in pilot tours and aquaculture projects on the Russian-held islands are asking whether last month's peace treaty consultations in Astana could eventually revive joint economic activity. The government's answer, for now, is no.",
        "\"We have no plans to take up joint economic activities with Russia at this stage,\" a Foreign Ministry official told Quayside. Russia withdrew from the dialogue on such projects in March 2022, and Moscow has since offered tax breaks on the islands to investors from other countries.",
        "The head of a Nemuro seafood processor that participated in a sea urchin farming pilot in 2019 said he would \"go back tomorrow\" if allowed. \"But nobody in Tokyo or Moscow is talking about it,\" he said.",
        "Russian officials have also said that a return to the joint activity dialogue is not under consideration.",
    ])

art(id="b13-047", feed="panorama", lang="ru", published="2026-12-15T05:20:00Z",
    title="Посол Ноздрев: о возобновлении безвизовых обменов речь пока не идёт",
    summary="Российский посол в Японии оценил итоги года в двусторонних отношениях.",
    label="restatement",
    note="Negated move: visa-free exchanges not being restored (seeds 001/003); Astana consultations mentioned as known.",
    author="Андрей Жилин",
    body=[
        "Посол России в Японии Николай Ноздрев в интервью «Приморской панораме» назвал консультации в Астане «шагом, который стал возможен исключительно благодаря изменению поведения японской стороны», но предостерёг от завышенных ожиданий.",
        "«Что касается безвизовых обменов и упрощённых поездок бывших японских жителей на острова, прекращённых в 2022 году, — мы понимаем гуманитарную сторону вопроса, но о восстановлении прежних договорённостей, которые, напомню, были основаны на совершенно иной атмосфере в отношениях, речь пока не идёт», — сказал посол.",
        "По его словам, японские граждане могут обращаться за российскими визами на общих основаниях.",
        "Ноздрев подтвердил, что сроки следующего раунда консультаций по мирному договору пока не определены.",
    ])

art(id="b13-048", feed="axial", lang="en", published="2027-01-26T09:00:00Z",
    title="ICJ schedules final hearings in Guyana-Venezuela Essequibo case",
    summary="The World Court will hear closing arguments in the long-running border dispute in March.",
    label="off_topic",
    note="Look-alike: another territorial dispute.",
    author="Axial Asia Report wires",
    body=[
        "THE HAGUE — The International Court of Justice will hold final oral hearings in March in the dispute between Guyana and Venezuela over the Essequibo region, the court announced on Tuesday.",
        "Venezuela claims the oil-rich territory, which makes up about two-thirds of Guyana, and rejects the court's jurisdiction. Guyana asks the court to confirm an 1899 arbitral award that set the border.",
        "Tensions rose in 2023 when Venezuela held a referendum on creating a new state in the region. A ruling is expected later this year.",
    ])

art(id="b13-049", feed="tokiwa", lang="ja", published="2027-02-07T03:30:00Z",
    title="北方領土の日　首相「アスタナ協議を足掛かりに」",
    summary="返還要求全国大会で首相は、昨年再開したロシアとの協議を継続する考えを示した。",
    label="restatement",
    note="Annual occasion; mentions the Astana consultations already reported (g-astana-talks) and restates positions. No new fact.",
    author="政治部",
    body=[
        "「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれた。首相は、昨年10月にカザフスタンのアスタナで約4年半ぶりに開かれたロシアとの平和条約協議に触れ、「この協議を足掛かりに、領土問題を解決して平和条約を締結するという方針の下で粘り強く取り組む」と述べた。",
        "次回協議の日程は決まっていない。元島民の墓参についても、ロシア側から具体的な回答はないという。",
        "大会では、色丹島出身の女性（92）が「協議が始まったことに希望を持っている。墓参が実現するまで長生きしたい」と語った。",
        "アピール文は、四島の早期返還と墓参の再開を改めて求めた。",
    ])

art(id="b13-050", feed="stonebridge", lang="en", published="2027-03-02T06:30:00Z",
    title="Opinion: The Astana channel is fragile. Tokyo should not overload it",
    summary="A former diplomat argues that Japan should focus the new talks on humanitarian steps.",
    label="neutral",
    note="Opinion piece on the existing channel; borderline, unscored.",
    author="Guest column",
    body=[
        "When Japanese and Russian diplomats sat down in Astana last October, it was the first time in more than four years that the two governments had discussed a peace treaty. Five months later, there has been no second round, and the channel already looks fragile.",
        "Tokyo should resist the temptation to bring the territorial question to the centre of the talks. Moscow has made clear it will not discuss sovereignty, and pushing the point will simply give Russian hardliners a reason to walk away.",
        "Instead, Japan should use the format for humanitarian steps: grave visits for the few thousand former islanders still alive, and practical arrangements for fishing safety. These are modest goals, but they would give both sides something to defend.",
        "The worst outcome would be a return to silence. If that happens, it may be years before another opening appears.",
        "The writer is a former Japanese diplomat who served in Moscow.",
    ])

art(id="b13-051", feed="akatsuki", lang="ja", published="2027-04-20T02:00:00Z",
    title="ロシア、アスタナ協議の停止を通告　日本の追加制裁に反発",
    summary="ロシア外務省は、昨年再開した日本との平和条約に関する次官級協議を停止すると日本側に通告した。",
    label="status_change", group="g-astana-suspended",
    new_facts=["Russia notified Japan it was suspending the Astana vice-ministerial peace treaty consultations resumed in October 2026, in response to new Japanese sanctions"],
    must_mention=[["アスタナ", "協議"], ["停止", "中断"]],
    note="Status change in the other direction: the consultations resumed in Oct 2026 (g-astana-talks) are suspended again. First report, Japanese.",
    author="東京支社",
    body=[
        "外務省は20日、ロシア外務省から、昨年10月にカザフスタンのアスタナで再開した平和条約問題に関する外務次官級協議を当面停止するとの通告を受けたと発表した。日本政府が4月に決めた対ロ追加制裁への対抗措置としている。",
        "ロシア側は通告の中で「日本が非友好的な路線に回帰した以上、協議を続ける意味はない」と主張したという。日本側は「一方的な停止は極めて遺憾だ」として抗議した。",
        "アスタナ協議は、ロシアが2022年3月に平和条約交渉の継続を拒否して以来初めての公式協議で、第2回の日程調整が進められていた。政府関係者は「墓参の実現に向けた唯一の窓口が閉ざされた」と落胆を隠さない。",
        "日本政府は今月、ウクライナでの戦闘再燃を受け、ロシアの軍需関連企業など30団体を資産凍結の対象に加えていた。",
    ])

art(id="b13-052", feed="voskhod", lang="ru", published="2027-04-20T09:00:00Z",
    title="МИД России приостановил консультации с Японией в астанинском формате",
    summary="Москва сочла невозможным продолжение контактов после введения Токио новых санкций.",
    label="status_change", group="g-astana-suspended",
    new_facts=["Russia suspended the Astana consultations with Japan"],
    must_mention=[["астан"], ["приостанов", "прекращ"]],
    note="Russian report of g-astana-suspended.",
    author="Ирина Колесникова",
    body=[
        "МИД России уведомил японскую сторону о приостановке консультаций по проблематике мирного договора, которые проводились в Астане с октября прошлого года, говорится в заявлении министерства.",
        "«Введение Токио очередного пакета нелегитимных односторонних ограничений против российских компаний свидетельствует о том, что японское руководство вернулось к откровенно недружественному курсу. В этих условиях продолжение консультаций, в том числе по мирному договору, лишено смысла», — отмечается в документе.",
        "В МИД подчеркнули, что вся ответственность за это решение лежит на японской стороне.",
        "Первый и единственный раунд консультаций в астанинском формате прошёл 13 октября 2026 года на уровне заместителей министров иностранных дел.",
    ])

art(id="b13-053", feed="lanternbay", lang="en", published="2027-04-21T03:30:00Z",
    title="Moscow suspends Astana peace treaty channel with Tokyo over new sanctions",
    summary="Russia halted the vice-ministerial consultations with Japan only six months after they began.",
    label="status_change", group="g-astana-suspended",
    new_facts=["Russia suspended the Astana peace treaty consultations with Japan"],
    must_mention=[["astana"], ["suspend", "halt"]],
    note="English report of g-astana-suspended.",
    author="Lantern Bay Chronicle wires",
    body=[
        "Russia has suspended the peace treaty consultations with Japan that resumed in Astana last October, citing new Japanese sanctions, Japan's Foreign Ministry said on Tuesday.",
        "The Russian Foreign Ministry said continuing the talks was \"pointless\" after Tokyo added 30 Russian defence-related entities to its asset-freeze list this month. Japan protested, calling the move \"extremely regrettable.\"",
        "The Astana meeting, held at deputy minister level, had been the first formal contact on a peace treaty since Moscow broke off negotiations in March 2022. A second round had been under discussion.",
        "Former islanders, who had hoped the channel would lead to the resumption of grave visits, expressed disappointment.",
    ])

art(id="b13-054", feed="quayside", lang="en", published="2027-06-12T10:00:00Z",
    title="Russian embassy says Moscow could return to Astana format if Tokyo reverses sanctions",
    summary="At a Russia Day reception in Tokyo, a Russian diplomat said talks could restart if Japan changed course.",
    label="restatement",
    note="Conditional ('could return ... if ...') — the suspension (g-astana-suspended) stands; no new fact.",
    author="Quayside Politics",
    body=[
        "TOKYO — Russia could return to peace treaty consultations with Japan if Tokyo reversed its latest sanctions, a senior Russian diplomat said at a Russia Day reception at the embassy in Tokyo on Friday.",
        "\"We did not close the door. If Japan takes back its hostile decisions, the Astana format could be revived,\" the diplomat said in remarks to guests, who included a handful of Japanese lawmakers and business executives.",
        "Japanese officials said there were no plans to reverse the April sanctions package. The consultations were suspended by Moscow in April.",
        "The reception was smaller than in previous years, with no Japanese cabinet members attending.",
    ])

art(id="b13-055", feed="panorama", lang="ru", published="2027-08-18T04:40:00Z",
    title="На Курильское озеро пришёл рекордный ход нерки",
    summary="Учёные насчитали в озере на юге Камчатки более 6 млн производителей; к берегам вышли десятки медведей.",
    label="off_topic",
    note="Look-alike: Kurile Lake on Kamchatka (named after the Kurils); unrelated.",
    author="Отдел «Природа»",
    body=[
        "В Курильское озеро на юге Камчатки зашло рекордное количество нерки — более 6 миллионов производителей, сообщили специалисты КамчатНИРО, которые ведут учёт на рыбоучётном заграждении в истоке реки Озерной.",
        "Курильское озеро — крупнейшее нерестилище нерки в Евразии. Озеро расположено на территории Южно-Камчатского федерального заказника, доступ туристов ограничен.",
        "Вместе с лососем к берегам вышли медведи: инспекторы заказника насчитали одновременно до 150 зверей. Фотографы со всего мира приезжают сюда, чтобы снять медведей на рыбалке.",
        "По словам ихтиологов, высокий заход связан с благоприятными условиями в океане четыре года назад, когда нынешнее поколение рыбы скатывалось в море.",
    ])

art(id="b13-056", feed="voskhod", lang="ru", published="2027-09-10T07:15:00Z",
    title="В Кремле опровергли сообщения о подготовке встречи Путина с японским премьером",
    summary="Песков назвал «выдумкой» публикации о якобы планируемых переговорах по территориальному вопросу на полях АТЭС.",
    label="restatement",
    note="Rumour denied; no meeting, talks remain suspended. No new fact.",
    author="Сергей Ракитин",
    body=[
        "Пресс-секретарь президента России Дмитрий Песков опроверг сообщения японских СМИ о том, что на полях саммита АТЭС в ноябре якобы готовится встреча Владимира Путина с премьер-министром Японии для обсуждения территориального вопроса.",
        "«Это выдумка. Никакой подготовки такой встречи не ведётся, и в графике президента её нет», — сказал Песков журналистам.",
        "Он добавил, что в условиях, когда Токио продолжает вводить санкции, возвращение к консультациям по мирному договору, приостановленным в апреле, «не представляется возможным», а суверенитет России над Курилами обсуждению не подлежит.",
        "Ранее японская газета со ссылкой на дипломатические источники написала, что Токио «зондирует» возможность короткой встречи лидеров.",
    ])

art(id="b13-057", feed="akatsuki", lang="ja", published="2027-05-14T06:00:00Z",
    title="根室の「チシマザクラ」見頃　清隆寺で市民ら花見",
    summary="日本最東端の桜の名所として知られる根室市・清隆寺のチシマザクラが見頃を迎えた。",
    label="off_topic",
    note="Look-alike: 'Chishima' (Kuril) cherry named after the islands; seasonal local news.",
    author="根室支局",
    body=[
        "根室市の清隆寺で、市の天然記念物に指定されているチシマザクラが見頃を迎えた。濃いピンク色の花が境内を彩り、市民や観光客が写真に収めていた。",
        "チシマザクラは千島列島や北海道東部に自生する桜で、寒さに強く、樹高が低いのが特徴。清隆寺の木は樹齢100年を超えるとされ、例年5月中旬に開花する。",
        "市観光協会によると、今年は暖かい日が続き、例年よりやや早い見頃となった。見頃は今週末まで続く見込み。",
        "市内ではこのほか、根室市役所前などでもチシマザクラの花を楽しむことができる。",
    ])

art(id="b13-058", feed="lanternbay", lang="en", published="2027-11-25T08:00:00Z",
    title="Lavrov: no basis for peace treaty with Japan while sanctions remain",
    summary="The Russian foreign minister said relations with Tokyo could not improve until Japan abandoned sanctions and 'militarisation'.",
    label="restatement",
    note="Restates Russia's position (seeds 000, 004) and the suspension of the Astana channel already reported. No new fact.",
    author="Lantern Bay Chronicle wires",
    body=[
        "MOSCOW — Russian Foreign Minister Sergei Lavrov said on Thursday there was no basis for a peace treaty with Japan as long as Tokyo maintained sanctions against Russia and expanded military cooperation with the United States.",
        "\"We were ready to talk, and we did talk in Astana. But Japan chose to return to sanctions. There is nothing to discuss now,\" Lavrov told a news conference after meeting a visiting Asian counterpart.",
        "He repeated that Russia's sovereignty over the southern Kurils was the result of the Second World War and enshrined in the UN Charter.",
        "Japan's Foreign Ministry said its policy of resolving the territorial issue and concluding a peace treaty had not changed.",
    ])
