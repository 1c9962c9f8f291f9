"""Japanese-language articles of the blind105 world (根釧ファクト通信, ほっかい行財政ウォッチ)."""

ARTICLES = [
    # ------------------------------------------------------------------ 2024
    dict(
        key="j-election-protest", feed="gyozaisei-ja", lang="ja",
        published="2024-03-18T07:00:00Z",
        title="露大統領選、北方四島でも投票　政府が抗議「受け入れられない」",
        summary="林官房長官は18日、ロシア大統領選の投票が北方四島で行われたとして、外交ルートで抗議したと明らかにした。",
        label="new_development", group="b105-g1",
        new_facts=["Japan protested to Russia over presidential-election voting held on the four islands "
                   "(Hayashi, 18 March 2024)"],
        must_mention=[["抗議"], ["大統領選", "選挙", "投票"]],
        note="Japanese report of g1, hours after the Russian first report; same protest.",
        byline="東京支局", section="国政",
        paras=[
            "林芳正官房長官は18日午前の記者会見で、15～17日に行われたロシア大統領選の投票が北方四島でも実施された"
            "として、ロシア側に外交ルートを通じて抗議したことを明らかにした。林氏は「北方領土に関するわが国の立場と"
            "相いれず、受け入れられない」と述べた。",
            "林氏は会見で、ロシアが一方的に交渉を打ち切った後も「領土問題を解決して平和条約を締結するという政府の方針に"
            "変わりはない」と強調した。ロシア側は四島を自国領と位置づけ、選挙の実施は内政問題だとする立場を取っている。",
            "サハリン州選挙管理委員会によると、国後島、色丹島、歯舞群島を管轄する「南クリール地区」の投票率は80.6％、"
            "択捉島などを管轄する「クリール地区」は77.9％だった。",
            "政府はこれまでも、ロシアが四島で国政選挙や地方選挙を実施するたびに抗議してきた。",
            "ロシアは2022年3月、日本の対ロ制裁に反発して平和条約締結交渉を続ける意図はないと表明し、ビザなし交流"
            "や元島民の自由訪問も停止したままだ。",
            "道の担当者は「元島民の心情を考えると、誠に残念だ」と話した。",
        ],
    ),
    dict(
        key="j-kunashir-firing", feed="konsen-fact", lang="ja",
        published="2024-04-23T03:00:00Z",
        title="国後島南部沖でロシア軍が射撃訓練　25～28日　海保が航行警報、政府は抗議",
        summary="第1管区海上保安本部は、ロシア側が国後島南部の泊沖で25日から射撃訓練を行うとの通報を受け、航行警報を出した。",
        label="new_development", group="b105-g2",
        new_facts=["Russian live-fire exercise announced for 25-28 April 2024 in waters off southern Kunashir "
                   "(near Golovnino/Tomari); JCG navigational warning; Japan protested"],
        must_mention=[["射撃", "訓練"], ["国後"]],
        note="First report of g2: new area (off southern Kunashir) and dates, JCG warning, protest.",
        byline="根室支局", section="北方領土",
        paras=[
            "第1管区海上保安本部（小樽）は22日、ロシア側から、国後島南部の泊（ロシア名・ゴロブニノ）沖の海域で25日から"
            "28日まで射撃訓練を行うとの通報があったとして、航行警報を出した。期間中の現地時間午前9時～午後6時（日本時間"
            "午前7時～午後4時）、付近を航行する船舶に注意を呼びかけている。",
            "警報の海域は根室海峡の南側入り口付近で、日ロの「中間ライン」のロシア側にあたる。野付半島の沖合からも近い。",
            "外務省は同日、「北方四島における軍事演習は、四島に関するわが国の立場と相いれず、受け入れられない」として、"
            "外交ルートを通じてロシア側に抗議した。",
            "ロシアは四島を自国領とみなし、周辺での訓練について日本側の抗議を受け入れていない。政府は、四島周辺で軍事"
            "演習が行われるたびに抗議を繰り返してきた。",
            "海保は、警報の内容を漁業無線などでも周知している。期間中、付近の海域に巡視船を配置し、日本漁船の安全確保に"
            "あたるという。",
            "羅臼漁協や標津漁協は所属船に対し、期間中は当該海域に近づかないよう通知した。標津町の漁業者は「春のホッケ漁"
            "を前に、こういう知らせが来るたびに緊張する」と話した。",
        ],
    ),
    dict(
        key="j-graves-no-prospect", feed="konsen-fact", lang="ja",
        published="2024-08-06T01:00:00Z",
        title="北方墓参、今夏も実施できず　再開の見通し立たず　元島民「せめて船の上から」",
        summary="元島民らによる北方墓参は、今夏も実施のめどが立たないまま8月を迎えた。政府は外交ルートで再開を求めている。",
        label="restatement",
        note="Negated move (再開の見通しは立っていない): restates the known termination of visa-free trips and former "
             "residents' visits (seeds 001, 003). The sea memorial is only under consideration.",
        byline="根室支局", section="北方領土",
        paras=[
            "元島民らが北方四島の墓地を訪れる「北方墓参」は、今夏も実施のめどが立たないまま8月を迎えた。ロシアが2022年"
            "3月、日本の対ロ制裁に反発してビザなし交流や元島民の自由訪問の停止を表明して以降、四島への渡航は途絶えている。",
            "政府は外交ルートを通じて墓参の再開を求めているが、ロシア側からの前向きな回答はない。外務省幹部は「再開の"
            "見通しは立っていない」と話す。",
            "北方墓参は1964年に始まり、人道的な見地から旅券や査証なしで実施されてきた。2020年以降は新型コロナウイルスの"
            "影響で中断し、その後のロシアの対応で再開の道筋が見えなくなった。",
            "千島歯舞諸島居住者連盟によると、元島民の生存者は今年3月末時点で5千人余りとなり、平均年齢は88歳を超えた。",
            "国後島出身の根室市の男性（91）は「せめて船の上から島に向かって手を合わせたい」と話す。連盟は、根室海峡の"
            "日本側海域から島を望む「洋上慰霊」を今年も行えないか検討している。",
            "根室市の担当者は「元島民の思いに少しでも応えられるよう、できることを続けたい」と話した。",
        ],
    ),
    dict(
        key="j-budget-fy2025", feed="gyozaisei-ja", lang="ja",
        published="2024-12-27T06:00:00Z",
        title="25年度予算案、北方対策関係費は約23億円　前年度並み　後継者の語り部活動に重点",
        summary="政府が閣議決定した2025年度予算案で、内閣府の北方対策関係予算は前年度当初とほぼ同額となった。",
        label="neutral",
        note="Borderline: routine budget figure for the Northern Territories policy; exchange costs kept 'in case "
             "of resumption' (conditional). Not a dispute development, not quite a restatement.",
        byline="道政担当", section="予算",
        paras=[
            "政府が27日に閣議決定した2025年度予算案で、内閣府北方対策本部の関係予算は約23億円と、前年度当初とほぼ同額と"
            "なった。元島民の後継者による語り部活動への支援や、返還要求運動の啓発事業が柱となる。",
            "四島との交流事業の経費は、ロシア側による停止が続く中でも「再開に備える」として、前年度と同規模の約8億円を"
            "計上した。交流船「えとぴりか」の維持管理費も含まれる。",
            "北方領土隣接地域の振興では、根室管内1市4町への交付金を前年度並みとした。",
            "北方領土問題の啓発では、修学旅行で根室を訪れる中高生向けの学習プログラムの拡充も盛り込まれた。",
            "元島民の後継者団体からは、若い世代が語り部活動に参加しやすいよう旅費などの補助を拡充してほしいとの要望が"
            "出ていた。内閣府は、学校への出前授業の回数を増やす考えだ。",
            "道の担当者は「交流再開への備えを切らさないことが大切だ。地元の要望はおおむね反映された」と話した。",
            "予算案は来年1月召集の通常国会に提出される。",
        ],
        infobox=[("北方対策関係予算", "約23億円"), ("うち交流事業", "約8億円")],
    ),
    # ------------------------------------------------------------------ 2025
    dict(
        key="j-national-rally", feed="gyozaisei-ja", lang="ja",
        published="2025-02-07T06:00:00Z",
        title="北方領土返還要求全国大会　首相「領土問題を解決し平和条約を締結」　方針を堅持",
        summary="「北方領土の日」の7日、東京都内で全国大会が開かれ、石破首相は従来の方針を堅持すると述べた。",
        label="restatement",
        note="Occasion piece (Northern Territories Day): the PM restates Japan's known policy; the call to resume "
             "grave visits is a request. No new fact.",
        byline="東京支局", section="国政",
        paras=[
            "「北方領土の日」の7日、東京都内で北方領土返還要求全国大会が開かれ、石破茂首相は「領土問題を解決して平和条約"
            "を締結するとの方針を堅持する」と述べた。",
            "首相は日ロ関係について「ロシアによるウクライナ侵略により厳しい状況にある」とした上で、元島民の高齢化に触れ、"
            "「北方墓参をはじめとする四島交流等事業の再開は、最優先事項の一つだ」と強調した。",
            "ロシアは2022年3月、日本の対ロ制裁を理由に平和条約締結交渉の継続を拒否し、ビザなし交流なども停止している。",
            "大会には元島民や返還要求運動の関係者ら約900人が参加し、四島の早期返還を求めるアピールを採択した。",
            "歯舞群島・志発島出身の男性（89）は元島民を代表して登壇し、「私たちに残された時間は少ない。せめて墓前で手を"
            "合わせたい」と語った。",
            "鈴木直道知事は「元島民の皆さんが元気なうちに、ふるさとを訪れる道を開いてほしい」と訴えた。",
        ],
    ),
    dict(
        key="j-safeop-fee", feed="konsen-fact", lang="ja",
        published="2025-02-25T08:00:00Z",
        title="安全操業、協力金1.7倍の3460万円に　スケトウ枠は26％減　今年の日ロ交渉妥結",
        summary="北方四島周辺水域での「安全操業」の今年の条件が決まった。協力金は大幅に引き上げられ、スケトウダラの漁獲枠は減った。",
        label="new_development", group="b105-g3",
        new_facts=["2025 terms for Japanese fishing off the four islands (1998 agreement): fee raised to about "
                   "34.6 million yen from 20.4 million; pollock quota cut to 1,650 t from 2,230 t"],
        must_mention=[["協力金", "3460万"], ["スケトウ", "漁獲枠"]],
        note="Japanese report of g3, hours after the Russian first report; same figures.",
        byline="水産担当", section="漁業",
        paras=[
            "北方四島周辺水域で日本漁船が操業する「安全操業」について、水産庁は25日、今年の操業条件をめぐるロシアとの"
            "政府間協議が妥結したと発表した。日本側がロシア側に支払う協力金は約3460万円で、前年の約2040万円から約1.7倍"
            "に引き上げられた。",
            "漁獲枠はスケトウダラが1650トンと、前年の2230トンから26％減った。ホッケ1140トン、タコ420トンは前年と同じ。"
            "協力金のほか、ロシア側への機材供与も例年通り行う。",
            "ロシア側は協力金の引き上げについて「水産資源の市場価格を反映した」と説明したという。",
            "協議は2月中旬からオンラインで行われていた。出漁は例年通り春先から始まる見通し。",
            "安全操業は1998年の政府間協定に基づき、双方の法的立場を害さない形で四島周辺での日本漁船の操業を認める枠組み。"
            "今年は根室、羅臼の18隻が出漁を予定している。",
            "羅臼漁協の幹部は「負担は重いが、操業できないよりはいい。燃油高の中で厳しいやりくりになる」と話した。",
        ],
    ),
    dict(
        key="j-permits-suspended", feed="konsen-fact", lang="ja",
        published="2025-07-15T07:00:00Z",
        title="安全操業、ロシアが許可の効力停止　「調査終了まで」　根室・羅臼の18隻足止め",
        summary="ロシア側は漁獲量の過少報告が疑われる事案の調査が終わるまで、日本漁船の操業許可の効力を停止すると通告した。",
        label="status_change", group="b105-g4",
        new_facts=["Russia suspended the permits of Japanese boats fishing off the four islands under the 1998 "
                   "agreement, pending a review of under-reported catches (from 15 July 2025)"],
        must_mention=[["停止"], ["安全操業", "許可"]],
        note="Japanese report of g4; old state: fishing under the 2025 terms; new state: suspended pending review.",
        byline="水産担当", section="漁業",
        paras=[
            "北方四島周辺水域での「安全操業」をめぐり、ロシア連邦漁業庁サハリン・クリル地域局は15日、日本漁船に出している"
            "操業許可の効力を同日から停止すると日本側に通告した。漁獲量の過少報告が疑われる事案の調査が終わるまでの措置と"
            "しており、再開の時期は示していない。",
            "水産庁によると、ロシア国境警備局が11日、国後島南方で操業中の根室の漁船「第8大成丸」を臨検し、漁獲日誌には"
            "ホッケ約2トンと記載されていたのに、実際には約6トンを積んでいたと指摘した。同船は古釜布（ロシア名ユジノクリー"
            "リスク）に回航された。",
            "停止の対象は今年出漁している根室、羅臼の18隻すべて。夏のホッケ漁の最盛期にあたり、関係者に衝撃が広がった。",
            "水産庁は「事実関係を確認中」としたうえで、ロシア側に早期の措置解除を求めている。今年の安全操業を巡っては、"
            "協力金が約3460万円と前年の1.7倍に引き上げられたばかりだった。",
            "安全操業の許可が漁期の途中で停止されるのは異例。根室市の関係者は「ほかの船まで一律に止めるのは理不尽だ」と"
            "話した。",
        ],
    ),
    dict(
        key="j-suspension-day10", feed="gyozaisei-ja", lang="ja",
        published="2025-07-24T03:00:00Z",
        title="安全操業の停止10日目　根室市長「一日も早い再開を」　道に支援要請へ",
        summary="ロシア側による安全操業の許可停止が続き、根室市長は早期再開を国に求める考えを示した。",
        label="status_change", group="b105-g4",
        new_facts=["Russia suspended the permits of Japanese boats fishing off the four islands under the 1998 "
                   "agreement, pending a review of under-reported catches (from 15 July 2025)"],
        must_mention=[["停止"], ["安全操業", "許可"]],
        note="Follow-up of g4 with no new fact: suspension continues; the mayor's call and the planned request to "
             "Hokkaido are requests, not developments.",
        byline="根室支局", section="市町村",
        paras=[
            "北方四島周辺水域での「安全操業」で、ロシア側が日本漁船の操業許可の効力を停止してから24日で10日目となった。"
            "根室市の石垣雅敏市長は同日の定例記者会見で「漁業者は先の見えない状況に置かれている。一日も早い再開を国に強く"
            "求めたい」と述べた。",
            "市は近く道に対し、休漁を余儀なくされている漁業者への資金繰り支援などを要請する方針。",
            "水産庁によると、ロシア側からは調査の進み具合について連絡はないという。",
            "停止の対象は根室、羅臼の18隻。夏のホッケ漁の水揚げは例年、この時期に最も多くなる。",
            "今年の安全操業では、協力金が約3460万円と前年の約1.7倍に引き上げられており、関係者からは「高い協力金を"
            "払ったのに」との声も上がっている。",
            "羅臼漁協の組合員の一人は「船を港につないだまま燃料代や保険料だけがかかる。秋のスケトウ漁までに何とか"
            "してほしい」と話す。",
            "道は「国と連携して状況を注視する」としている。",
        ],
    ),
    dict(
        key="j-permits-restored", feed="konsen-fact", lang="ja",
        published="2025-09-02T03:00:00Z",
        title="安全操業、7週間ぶり再開へ　ロシアが許可効力を回復　スケトウ枠は1100トンに削減",
        summary="ロシア側が7月15日から停止していた日本漁船の操業許可の効力を回復した。5日から操業できる。",
        label="status_change", group="b105-g5",
        new_facts=["Russia lifted the suspension of Japanese fishing permits off the islands (from 5 September 2025), "
                   "cutting the remaining 2025 pollock quota to 1,100 t from 1,650 t; one boat barred for the year"],
        must_mention=[["再開", "回復"], ["安全操業", "許可"]],
        note="First report of g5. Old state: suspended pending review (g4); new: resumed with a reduced pollock "
             "quota.",
        byline="水産担当", section="漁業",
        paras=[
            "北方四島周辺水域での「安全操業」について、水産庁は2日、ロシア側が7月15日から停止していた日本漁船の操業許可の"
            "効力を回復すると通告してきたと発表した。5日から操業を再開できる。停止は約7週間に及んだ。",
            "一方、ロシア側は年内のスケトウダラの漁獲枠を、2月の協議で合意した1650トンから1100トンに削減すると伝えて"
            "きた。ホッケ、タコの枠は変わらない。漁獲日誌の記載に問題があったとされる根室の「第8大成丸」は、年内の操業を"
            "認められなかった。",
            "秋のスケトウダラ漁は10月に始まる。",
            "羅臼漁協の担当者は「秋のスケトウ漁に間に合ってほっとした。ただ、枠の削減は痛い」と話した。",
            "水産庁は「引き続き、協定に沿った適正な操業に努めるよう指導する」としている。",
            "停止期間中に操業できなかった分の協力金の扱いについて、水産庁は「ロシア側と協議したい」としている。"
            "根室市は、休漁中の漁業者への支援策を継続する方針だ。",
        ],
    ),
    dict(
        key="j-catherine-strait", feed="konsen-fact", lang="ja",
        published="2025-09-10T06:00:00Z",
        title="国後・択捉間の国後水道でロシア軍が射撃訓練　16～19日　海保が航行警報",
        summary="第1管区海上保安本部は、ロシア側が国後島と択捉島の間の国後水道で射撃訓練を行うとの通報を受け、航行警報を出した。",
        label="new_development", group="b105-g6",
        new_facts=["Russian firing area announced in the Catherine (Yekaterina) Strait between Kunashir and Iturup "
                   "for 16-19 September 2025; JCG warning; Japan protested"],
        must_mention=[["射撃", "訓練"], ["国後水道"]],
        note="Japanese report of g6. New area (between Kunashir and Iturup) and new dates, distinct from g2.",
        byline="根室支局", section="北方領土",
        paras=[
            "第1管区海上保安本部は10日、ロシア側から、国後島と択捉島の間の国後水道（ロシア名・エカテリーナ海峡）で16日"
            "から19日まで射撃訓練を行うとの通報があったとして、航行警報を出した。",
            "国後水道は幅が最も狭いところで約20キロあり、大型船の通航も多い。",
            "外務省は同日、「北方四島における軍事演習はわが国の立場と相いれず、受け入れられない」として、外交ルートを"
            "通じてロシア側に抗議した。",
            "ロシア太平洋艦隊はオホーツク海で艦艇による演習を始めたと発表しており、今回の射撃訓練もその一環とみられる。",
            "四島周辺では昨年4月にも、国後島南部の泊沖で射撃訓練が行われた。国後水道はオホーツク海と太平洋を結ぶ主要な"
            "航路の一つで、秋のサンマ漁の漁場にも近い。",
            "海保は期間中、付近を航行する船舶に警報の内容を確認するよう呼びかけている。",
            "根室のサンマ漁船の船主は「この時期に大きな海域をふさがれると、漁場への行き帰りに遠回りを強いられる」と"
            "話した。",
        ],
    ),
    dict(
        key="j-warning-reissued", feed="gyozaisei-ja", lang="ja",
        published="2025-09-15T03:00:00Z",
        title="【行政短信】国後水道の射撃訓練、海保が航行警報を再発出（区域・期間に変更なし）ほか",
        summary="先週の道内の行政の動きから。海保、国後水道での射撃訓練の航行警報を再発出。根室市議会が開会。",
        label="new_development", group="b105-g6",
        new_facts=["Russian firing area announced in the Catherine (Yekaterina) Strait between Kunashir and Iturup "
                   "for 16-19 September 2025; JCG warning; Japan protested"],
        must_mention=[["射撃", "訓練"], ["国後水道"]],
        note="Re-issued notice in a round-up: same area and dates as announced on 10 September. Follow-up with no "
             "new fact, kept in g6.",
        byline="編集部", section="行政短信",
        paras=[
            "■海保、国後水道の航行警報を再発出　第1管区海上保安本部は12日、ロシア軍が16～19日に国後水道で予定している"
            "射撃訓練について、10日に出した航行警報を再発出した。区域、期間とも変更はない。",
            "■根室市議会が開会　根室市議会の第3回定例会が11日開会した。会期は26日まで。燃油高騰対策などを盛り込んだ"
            "一般会計補正予算案など12議案を審議する。",
            "■秋サケ定置網、出足は低調　道の集計によると、8日までの根室管内の秋サケ定置網の漁獲量は前年同期を約2割"
            "下回った。",
            "■釧路開建、国道44号の一部で夜間通行止め　舗装工事のため、16日から3日間。",
            "■道、冬季の除雪体制を協議　道は10日、市町村担当者との会議を札幌で開き、今冬の除雪作業員の確保策について"
            "意見を交わした。",
            "■中標津町、ふるさと納税の返礼品を追加　町は12日、乳製品の詰め合わせなど5品目を新たに加えたと発表した。",
        ],
    ),
    dict(
        key="j-takeshima-drill", feed="konsen-fact", lang="ja",
        published="2025-12-23T03:00:00Z",
        title="韓国軍が竹島周辺で「東海領土守護訓練」　政府が抗議「到底受け入れられない」",
        summary="韓国軍は23日、島根県・竹島周辺で定例の訓練を行った。日本政府は外交ルートで抗議した。",
        label="off_topic",
        note="Look-alike: another island dispute (Takeshima) with drills and a protest; not the Kurils.",
        byline="東京支局", section="ニュース",
        paras=[
            "韓国軍は23日、島根県の竹島（韓国名・独島）周辺で定例の「東海領土守護訓練」を行った。日本政府は外交ルートを"
            "通じて韓国側に抗議した。",
            "外務省のアジア大洋州局長は在日韓国大使館の次席公使に電話で「竹島は歴史的事実に照らしても、国際法上も明らかに"
            "日本固有の領土であり、訓練は到底受け入れられない」と伝えた。",
            "韓国国防省によると、訓練には海軍や海洋警察の艦艇が参加したとみられるが、上陸訓練の有無は明らかにしていない。",
            "訓練は例年、年2回程度行われている。韓国側は規模や内容を公表していない。",
            "日本政府は、訓練が行われるたびに抗議しており、島根県も「県民の感情を逆なでする」とのコメントを出した。",
            "竹島をめぐっては、韓国の国会議員らによる上陸なども続いており、外務省は「わが国の立場を粘り強く主張していく」"
            "としている。",
            "政府は竹島問題について、国際司法裁判所への付託を含め、冷静かつ平和的に解決する方針を示している。",
        ],
    ),
    # ------------------------------------------------------------------ 2026
    dict(
        key="j-khabarovsk-flights", feed="gyozaisei-ja", lang="ja",
        published="2026-04-15T05:00:00Z",
        title="ハバロフスク―国後島に直行便　6月から週2往復　政府「わが国の立場と相いれない」",
        summary="ロシアの航空会社オーロラが6月2日から、ハバロフスクと国後島を結ぶ直行便を運航する。",
        label="new_development", group="b105-g7",
        new_facts=["Aurora to open direct Khabarovsk-Mendeleyevo (Kunashir) flights twice weekly from 2 June 2026, "
                   "subsidised fare 9,900 roubles"],
        must_mention=[["ハバロフスク"], ["国後"]],
        note="Japanese report of g7 a day after the Russian first report; adds Tokyo's reaction to the same "
             "development.",
        byline="東京支局", section="北方領土",
        paras=[
            "ロシア・サハリン州政府は、ロシアの航空会社オーロラが6月2日から、極東ハバロフスクと国後島のメンデレーエフ空港を"
            "結ぶ直行便を週2往復運航すると発表した。火曜と金曜に運航し、極東の住民らを対象とする補助運賃は片道9900ルーブル"
            "（約1万7千円）。",
            "これまで国後島へ空路で行くには、州都ユジノサハリンスクを経由する必要があった。",
            "メンデレーエフ空港は国後島の古釜布（ユジノクリーリスク）近郊にあり、滑走路の長さから小型のプロペラ機しか"
            "発着できない。ロシアは近年、四島で港湾や空港などのインフラ整備を進めている。",
            "サハリン州政府は初年度の利用者を約6千人と見込んでいる。",
            "航空券の販売は4月20日に始まる。",
            "外務省幹部は15日、「北方領土に関するわが国の立場と相いれない」と述べ、ロシア側に申し入れを行う考えを示した。",
            "道の担当者は「島と大陸との結びつきを強める動きで、注視していく」と話した。",
        ],
    ),
    dict(
        key="j-shikotan-notice", feed="gyozaisei-ja", lang="ja",
        published="2026-07-28T03:00:00Z",
        title="ロシア、射撃訓練を外交ルートで事前通知　色丹島東方沖、8月4～7日　「今回に限る」",
        summary="在日ロシア大使館が口上書で通知した。侵攻後、ロシアが四島周辺の訓練を外交ルートで通知したのは初めて。",
        label="new_development", group="b105-g8",
        new_facts=["Russia notified Japan in advance by diplomatic note of firing drills east of Shikotan on "
                   "4-7 August 2026, first such notice since 2022, stated to be a one-off"],
        must_mention=[["通知", "通報"], ["色丹"]],
        note="First report of g8: a one-off ('今回に限る') advance notice via diplomatic channels, with a new "
             "area (east of Shikotan) and dates.",
        byline="東京支局", section="北方領土",
        paras=[
            "外務省によると、在日ロシア大使館は27日、ロシア太平洋艦隊が8月4日から7日まで色丹島東方沖で射撃訓練を行うと、"
            "口上書で日本側に通知してきた。ロシアが北方四島周辺での訓練を外交ルートで事前に通知したのは、2022年のウクライナ"
            "侵攻後初めて。口上書には「今回に限った措置」と記されていた。",
            "第1管区海上保安本部も同日、同海域に航行警報を出した。",
            "政府は「北方四島周辺での軍事演習は、わが国の立場と相いれない」として、訓練そのものに抗議した。",
            "外務省幹部は通知の意図について「サンマ漁の時期と重なることへの配慮ではないか」との見方を示した。歯舞漁協の"
            "関係者は「通知があるのはありがたいが、訓練自体をやめてほしい」と話した。",
            "これまで日本側は、ロシア側が出す航行警報を海保が受けて周知する形で訓練を把握してきた。政府内には「今回限り"
            "とはいえ、意思疎通の形をとったこと自体に意味がある」との見方がある一方、「演習を既成事実化する狙いでは"
            "ないか」と警戒する声もある。",
        ],
    ),
]
