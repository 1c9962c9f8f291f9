"""Japanese-language articles of the blind132 corpus (14 items)."""

ARTICLES = []
A = ARTICLES.append

# ---------------------------------------------------------------- 2024

A(dict(
    id="b132-02", feed="ja-naigai", published="2024-02-22T05:10:00Z",
    section="政治", tags=["竹島", "島根県", "領土"],
    byline="政治部",
    title="「竹島の日」式典、松江で開催　政府は今年も政務官派遣",
    summary="島根県は22日、「竹島の日」記念式典を松江市で開いた。政府からは内閣府政務官が出席した。",
    label="off_topic",
    note="Look-alike: a different territorial dispute (Takeshima, Japan-South Korea).",
    body=[
        "島根県などは22日、「竹島の日」記念式典を松江市の県民会館で開いた。政府からは12年連続で"
        "内閣府政務官が出席し、閣僚の出席は今年も見送られた。",
        "政務官はあいさつで「竹島は歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ。"
        "韓国による不法占拠が続いていることは誠に遺憾だ」と述べ、粘り強く外交努力を続ける考えを示した。",
        "式典には県議会議員や国会議員、市民ら約500人が参加した。丸山達也知事は「政府には領土問題の"
        "解決に向けた具体的な行動を求めたい」と訴えた。",
        "韓国外務省は式典の開催に抗議し、在ソウル日本大使館の総括公使を呼んで即時中止を求めた。"
        "日韓関係は改善基調にあるが、竹島をめぐる双方の立場の違いは埋まっていない。",
    ],
))

A(dict(
    id="b132-04", feed="ja-chidori", published="2024-03-18T03:30:00Z",
    section="北方領土",
    byline="（千鳥新聞 根室支局）",
    title="ビザなし交流「再開の見通し立たず」　根室市長、国に改めて要望へ",
    summary="根室市長は市議会の一般質問で、ビザなし交流や北方墓参の早期再開を国に改めて要望する考えを示した。",
    label="restatement",
    note="Requested / wished version and 'no prospect' wording: the mayor will 'ask the state again'; "
         "'no prospect of resumption'. Restates the seed state (visa-free exchanges terminated by Russia "
         "in March 2022).",
    body=[
        "根室市議会の定例会は18日、一般質問を行い、市長は北方四島との交流事業について「ロシア側の"
        "一方的な停止から2年がたつが、再開の見通しは立っていない」と述べた。そのうえで、ビザなし交流"
        "や北方墓参の早期再開に向けて、国に対して改めて要望する考えを示した。",
        "市長は「元島民の平均年齢は88歳を超えた。一日も早く故郷の墓前で手を合わせられるよう、"
        "あらゆる機会を通じて国に働きかけたい」と答弁した。4月以降、北方領土隣接地域の1市4町で"
        "つくる協議会として、外務省や内閣府に要望書を提出する方向で調整している。",
        "議員からは、交流が途絶えたことで四島のロシア人住民との人脈が失われつつあるとして、"
        "オンラインでの交流などを独自に検討すべきだとの意見も出た。市長は「国の方針を踏まえつつ、"
        "できることを考えたい」と述べるにとどめた。",
        "ロシア外務省は2022年3月、日本の対ロ制裁への対抗措置として、平和条約締結交渉の中断とともに"
        "ビザなし交流と自由訪問の停止を表明した。",
    ],
))

A(dict(
    id="b132-08", feed="ja-naigai", published="2024-04-19T04:20:00Z",
    section="外交", tags=["日ロ関係", "2プラス2", "平和条約"],
    byline="政治部",
    title="ロシア、「2プラス2」の枠組み廃止を通告　2013年共同声明も「効力なし」",
    summary="ロシア外務省は、2013年の日ロ首脳による共同声明をもはや有効とみなさず、外務・防衛閣僚協議"
            "「2プラス2」の枠組みを廃止したと日本側に口上書で通告した。官房長官は「極めて遺憾」と述べた。",
    label="new_development", group="b132-g1",
    new_facts=["Russia notified Japan (note of 16 April 2024) that it no longer regards the April 2013 "
               "Putin-Abe joint statement as valid and considers the '2+2' foreign/defence ministers' "
               "consultation format abolished"],
    must_mention=[["2プラス2", "2+2"], ["共同声明", "2013"]],
    note="Same development as b132-06 (first report, Russian) with the Japanese reaction. Not in the seeds.",
    body=[
        "ロシア外務省のザハロワ報道官は18日の定例記者会見で、2013年4月に安倍晋三首相（当時）と"
        "プーチン大統領が署名した日ロ共同声明について、ロシアとしてもはや有効な文書とはみなさないと"
        "表明した。同声明に基づいて設けられた外務・防衛閣僚協議（2プラス2）の枠組みも「廃止された」"
        "とし、16日付の口上書で在モスクワ日本大使館に通告したことを明らかにした。",
        "ザハロワ氏は「日本政府の敵対的な路線の結果、文書は意味を失った。我々はこれに拘束されない」"
        "と述べた。",
        "2013年の共同声明は、平和条約締結交渉の加速や2プラス2の立ち上げなどを盛り込み、その後の"
        "交渉の土台の一つとされてきた。2プラス2は13年11月に東京で初会合を開き、19年までに計4回"
        "開かれたが、その後は開かれていない。",
        "林芳正官房長官は19日の記者会見で「ロシア側の一方的な表明は極めて遺憾だ」と述べた。一方で"
        "「北方領土問題を解決して平和条約を締結するという我が国の方針に変わりはない」と強調した。"
        "外務省は口上書を受け取ったことを認め、内容を精査しているとしている。",
        "ロシアは22年3月、日本の対ロ制裁を理由に平和条約締結交渉を継続しない考えを表明している。",
    ],
))

A(dict(
    id="b132-11", feed="ja-chidori", published="2024-06-20T07:00:00Z",
    section="北方領土",
    byline="（千鳥新聞 根室支局）",
    title="海水の放射能データ、国後と根室で交換へ　日ロが口上書",
    summary="日ロ両政府は、国後島のロシア側観測点と根室市の道の観測点で測った海水の放射能データを毎月"
            "交換することで合意し、口上書を交わした。7月から始める。",
    label="new_development", group="b132-g2",
    new_facts=["Japan and Russia exchanged notes (19 June 2024) to share monthly seawater "
               "radioactivity data from Roshydromet's Yuzhno-Kurilsk (Kunashir) post and a Japanese "
               "post in Nemuro from July 2024"],
    must_mention=[["放射"], ["交換"]],
    note="First report of b132-g2: radiation data exchange set up by exchange of notes. Not in the seeds.",
    body=[
        "日ロ両政府は19日、国後島と根室市でそれぞれ採取した海水の放射能測定データを毎月交換することで"
        "合意し、口上書を交わした。道や外務省関係者が明らかにした。東京電力福島第1原発の処理水放出を"
        "受けて、ロシア側が情報提供を求めていた。",
        "関係者によると、ロシア側は水文気象・環境監視局（ロスギドロメト）が古釜布（ユジノクリリスク）に"
        "置く観測点のデータを、日本側は道が根室市内に設けている観測点のデータを提供する。対象は"
        "セシウム137とトリチウムの濃度で、7月から毎月1回、外交ルートを通じてやり取りする。",
        "口上書には、取り決めが北方四島をめぐる双方の法的立場を害さないとする条項が盛り込まれた。"
        "外務省関係者は「あくまで技術的な取り決めで、平和条約交渉とは関係がない」と話している。",
        "ロシアは2022年3月、日本の制裁を理由に平和条約締結交渉の継続を拒否し、ビザなし交流なども"
        "停止した。四島に関わる日ロ間の新たな取り決めはそれ以降初めてとなる。",
        "根室市の担当者は「どのような形であれ、四島との間で窓口が開くことは歓迎したい」と話した。",
    ],
))

A(dict(
    id="b132-19", feed="ja-chidori", published="2024-09-20T06:00:00Z",
    section="北方領土",
    byline="（千鳥新聞 根室支局）",
    title="国後島のNHK視聴停止、外務省「説明求めている」　島民「天気予報が見られない」",
    summary="国後島のケーブルテレビでNHKワールドなどの再送信が止まった問題で、外務省はロシア側に"
            "説明を求めている。島の住民からは戸惑いの声が出ている。",
    label="new_development", group="b132-g3",
    new_facts=["Roskomnadzor ordered the Kunashir cable operator to stop retransmitting NHK World-Japan, "
               "NHK World Premium and two Hokkaido channels; they went off air on 11 September 2024"],
    must_mention=[["nhk", "日本のテレビ"], ["停止", "止ま"]],
    note="Follow-up with no new fact, member of b132-g3 (channels removed, first reported in English "
         "b132-17): Japanese reaction and residents' comments only.",
    body=[
        "国後島のケーブルテレビ網で11日から、NHKの国際放送「NHKワールド・JAPAN」「NHKワールド・"
        "プレミアム」と道内の民放2局の再送信が止まっている問題で、外務省は20日までに、ロシア側に"
        "経緯の説明を求めていることを明らかにした。",
        "ロシアの通信監督庁（ロスコムナドゾル）は、これらのチャンネルが「ロシアで登録されていない」"
        "として、現地の事業者に再送信の停止を命じていた。ケーブルテレビの設備は2000年代初め、日本の"
        "四島住民支援事業で整備されたもの。",
        "外務省関係者は「四島住民が日本の情報に触れる機会が失われるのは残念だ」と話す。一方、ロシア側"
        "からはまだ回答はないという。",
        "かつてビザなし交流で根室を訪れたことのある国後島の40代の女性は、SNSを通じた取材に「天気予報"
        "や料理番組をよく見ていた。子どもたちも日本のアニメが好きだった」と話した。",
        "根室市の担当者は「島の人たちにとって日本を身近に感じる数少ない窓だった」と残念がった。",
    ],
))

A(dict(
    id="b132-22", feed="ja-naigai", published="2024-11-12T03:00:00Z",
    section="政治", tags=["北方領土", "領土・主権展示館", "官房長官"],
    byline="政治部",
    title="領土・主権展示館に北方領土の常設展示　来年2月7日から　官房長官が発表",
    summary="林官房長官は12日の記者会見で、東京・虎ノ門の国立領土・主権展示館に北方領土の常設展示"
            "コーナーを新設し、来年2月7日の「北方領土の日」に公開すると発表した。",
    label="new_development", group="b132-g4",
    new_facts=["Japan's government will add a permanent Northern Territories section to the national "
               "Territory and Sovereignty Exhibition Hall in Tokyo, opening 7 February 2025 "
               "(announced by the chief cabinet secretary, 12 Nov 2024)"],
    must_mention=[["展示館", "展示"], ["北方領土"]],
    note="First report of b132-g4: a new Japanese government decision on presenting the dispute. Not "
         "in the seeds.",
    body=[
        "林芳正官房長官は12日の記者会見で、東京・虎ノ門の国立領土・主権展示館に北方領土に関する"
        "常設の展示コーナーを新設すると発表した。来年2月7日の「北方領土の日」に公開する。同館の"
        "展示はこれまで竹島と尖閣諸島に限られていた。",
        "新コーナーは約200平方メートル。千島歯舞諸島居住者連盟などの協力を得て、戦前の四島の地図や"
        "村役場の記録、元島民の暮らしを伝える写真、証言映像などを展示する。",
        "林氏は「北方領土の歴史や元島民の思いを国内外に正確に伝えることは重要だ」と説明した。ロシアの"
        "反発が予想されるのではないかとの質問には「特定の国を念頭に置いたものではない」と述べた。",
        "北方領土の啓発はこれまで、内閣府北方対策本部や根室市の施設などが担ってきた。元島民の平均"
        "年齢は88歳を超え、記憶の継承が課題となっている。",
        "政府関係者によると、展示の一部は英語、中国語、韓国語にも対応する。",
    ],
))

A(dict(
    id="b132-27", feed="ja-chidori", published="2025-01-16T06:20:00Z",
    section="地域",
    byline="（千鳥新聞）",
    title="千島海溝の超巨大地震「30年以内に7〜40%」　根室、避難計画の見直し急ぐ",
    summary="政府の地震調査委員会が公表した長期評価で、千島海溝沿いの超巨大地震の発生確率は"
            "据え置かれた。根室市は津波避難計画の見直しを進めている。",
    label="off_topic",
    note="Look-alike: 'Kuril Trench' (千島海溝) earthquake risk, named after the Kurils; not the islands "
         "dispute or the peace treaty.",
    body=[
        "政府の地震調査委員会は、主な活断層と海溝型地震の長期評価を公表した。千島海溝沿いで想定される"
        "マグニチュード（M）8.8程度以上の超巨大地震が今後30年以内に起きる確率は「7〜40%」で、"
        "前年の評価を据え置いた。委員会は「切迫している可能性が高い」としている。",
        "根室沖でM7.8〜8.5程度の地震が起きる確率は「80%程度」とされた。",
        "根室市は最大20メートルを超える津波が想定される地域もあることから、津波避難計画の見直しを"
        "進めている。市防災担当は「高台への避難路の整備と、冬季の夜間避難の訓練を重点的に進めたい」"
        "と話した。",
        "市内では昨年、新たな津波避難タワーが完成し、今年度中にもう1基の着工を予定している。",
    ],
))

A(dict(
    id="b132-28", feed="ja-chidori", published="2025-02-07T02:00:00Z",
    section="北方領土",
    byline="（千鳥新聞 東京支社）",
    title="北方領土の常設展示、東京で公開　元島民「ふるさと伝える場に」",
    summary="国立領土・主権展示館の北方領土コーナーが7日、予定通り公開された。根室から訪れた元島民らが"
            "見学した。",
    label="new_development", group="b132-g4",
    new_facts=["Japan's government will add a permanent Northern Territories section to the national "
               "Territory and Sovereignty Exhibition Hall in Tokyo, opening 7 February 2025 "
               "(announced by the chief cabinet secretary, 12 Nov 2024)"],
    must_mention=[["展示"], ["北方領土"]],
    note="Follow-up with no new fact, member of b132-g4: the section announced in November 2024 opened "
         "as planned on 7 February 2025.",
    body=[
        "東京・虎ノ門の国立領土・主権展示館で7日、新設された北方領土の常設展示コーナーが公開された。"
        "昨年11月に政府が発表していた通り、「北方領土の日」に合わせたオープンとなった。",
        "コーナーには、戦前の択捉島や色丹島の集落の地図、昆布漁の道具、学校の卒業写真などが並び、"
        "元島民が当時の暮らしを語る映像が流れている。",
        "公開初日には根室から上京した元島民らも訪れた。色丹島出身の90歳の男性は、自分の家があった"
        "場所を地図の上で指さしながら「島を知らない人にも、ここで人が暮らしていたことを知ってほしい。"
        "ふるさとを伝える場ができてうれしい」と話した。",
        "同館によると、初日の来館者は約1,200人。この日は都内で北方領土返還要求全国大会も開かれた。",
    ],
))

# ---------------------------------------------------------------- 2025

A(dict(
    id="b132-31", feed="ja-naigai", published="2025-04-15T04:00:00Z",
    section="外交", tags=["外交青書", "北方領土", "日ロ関係"],
    byline="政治部",
    title="25年版外交青書、北方領土「日本が主権を有する島々」　対ロ関係は「厳しい状況続く」",
    summary="外相は2025年版外交青書を閣議に報告した。北方領土については従来の表現を踏襲し、"
            "日ロ関係は「厳しい状況が続いている」とした。",
    label="restatement",
    note="Annual report restating known positions: Japan's claim, Russia's 2022 refusal to continue "
         "talks (seed). No new official move.",
    body=[
        "外相は15日の閣議に2025年版外交青書を報告した。ロシアについては、ウクライナ侵略を続けている"
        "として「国際秩序の根幹を揺るがす暴挙」と非難する前年までの記述を維持した。",
        "北方領土については「日本が主権を有する島々であり、日本固有の領土」と明記し、「領土問題を"
        "解決して平和条約を締結するとの方針を堅持する」との従来の表現を踏襲した。",
        "日ロ関係の現状については、ロシアが22年3月に平和条約締結交渉を継続する意思がないと表明し、"
        "ビザなし交流や自由訪問を停止したことに触れ、「厳しい状況が続いている」と記した。北方墓参に"
        "ついては「人道的観点から、再開を最優先事項の一つとして引き続き強く求めていく」とした。",
        "政府関係者は「ロシアに関する記述の基本的な考え方は昨年と変わっていない」と説明している。",
        "青書はこのほか、中国による尖閣諸島周辺での活動や北朝鮮の核・ミサイル開発にも多くの紙幅を"
        "割いた。",
    ],
))

A(dict(
    id="b132-35", feed="ja-chidori", published="2025-07-16T05:00:00Z",
    section="北方領土",
    byline="（千鳥新聞 根室支局）",
    title="歯舞群島に観光船　ロシアが色丹島発の遊覧開始　政府が抗議",
    summary="ロシア側が色丹島から歯舞群島の志発島、多楽島へ観光客を乗せた船の運航を始めた。"
            "政府は外交ルートで抗議した。",
    label="new_development", group="b132-g5",
    new_facts=["Sightseeing boat trips from Malokurilskoye (Shikotan) to the Habomai islets Polonsky "
               "(Taraku) and Zeleny (Shibotsu) began on 12 July 2025, three times a week until 30 "
               "September; Japan protested"],
    must_mention=[["歯舞", "志発島", "多楽島"], ["観光", "遊覧", "ツアー"]],
    note="Same development as b132-34 (first report, Russian, buried): tourist trips to the Habomai "
         "islets started; Japan's protest. Not in the seeds.",
    body=[
        "ロシア側が、色丹島の穴澗（マロクリリスコエ）から歯舞群島の志発島と多楽島へ観光客を乗せた船を"
        "運航し始めたことが分かった。サハリン州の観光相がロシアの通信社のインタビューで明らかにした。"
        "歯舞群島で民間の観光が行われるのは戦後初めてとみられる。",
        "観光相によると、初便は12日に出航し、観光客12人が多楽島沿岸を周遊した後、志発島に上陸した。"
        "9月30日まで週3回運航する予定で、参加には国境警備区域への立ち入り許可が必要という。",
        "外務省は15日、外交ルートを通じてロシア側に抗議し、中止を求めた。同省幹部は「我が国の立場と"
        "相いれず、受け入れられない」と述べた。",
        "歯舞群島には戦前、約5千人の日本人が暮らしていた。戦後は民間人の居住はなく、一部の島に"
        "ロシアの国境警備隊の施設がある。1956年の日ソ共同宣言では、平和条約締結後に歯舞群島と色丹島を"
        "日本に引き渡すとされた。",
        "志発島出身の元島民の男性（87）は「自分たちは墓参りもできないのに、観光客が上陸するとは"
        "やりきれない」と話した。",
    ],
))

A(dict(
    id="b132-41", feed="ja-chidori", published="2025-11-21T06:10:00Z",
    section="北方領土",
    byline="（千鳥新聞 根室支局）",
    title="放射能データ交換、冬は休止　ロシア側「終了ではない」",
    summary="国後島と根室の海水の放射能データを毎月交換する日ロの取り決めについて、ロシア側が"
            "12月から3月まで休止すると通知してきた。4月に再開するとしている。",
    label="status_change", group="b132-g6",
    new_facts=["Russia suspended the monthly Kunashir-Nemuro seawater radiation data exchange (running "
               "since July 2024) for the winter, 1 December 2025 to 31 March 2026, saying it is not "
               "terminated and should resume in April"],
    must_mention=[["休止", "停止", "中断"], ["冬", "12月"]],
    note="Same development as b132-40 (first report, Russian, buried): the exchange is paused for the "
         "winter season - neither on nor off.",
    body=[
        "国後島と根室市で採取した海水の放射能測定データを毎月交換している日ロの取り決めについて、"
        "ロシア側が12月1日から来年3月31日まで、冬季はデータの提供を休止すると日本側に通知してきた"
        "ことが分かった。道の関係者が21日、明らかにした。",
        "取り決めは昨年6月に口上書の交換で始まり、7月から毎月、ロシア側は古釜布（ユジノクリリスク）の"
        "観測点、日本側は根室市内の道の観測点のデータを提供してきた。",
        "ロシアのサハリン水文気象局長は地元通信社のインタビューで、沖合の試料採取に使う船が冬は"
        "係留されるためと説明し、「交換は終了したのではなく、冬の間休止するだけだ。4月には再開する」"
        "と述べた。",
        "一方、道の関係者は「昨冬は毎月データが届いており、技術的な問題は聞いていなかった。本当に"
        "4月に再開されるかは見守るしかない」と話した。外務省は「ロシア側の説明を注視している」と"
        "している。",
    ],
))

# ---------------------------------------------------------------- 2026

A(dict(
    id="b132-45", feed="ja-chidori", published="2026-02-07T03:30:00Z",
    section="北方領土",
    byline="（千鳥新聞 東京支社）",
    title="返還要求全国大会、首相はビデオで「方針変わらず」　会場出席見送りは異例",
    summary="北方領土返還要求全国大会が東京で開かれた。首相は外遊中のためビデオメッセージを寄せ、"
            "平和条約締結の方針に変わりはないと述べた。",
    label="neutral",
    note="Borderline: the prime minister skips the annual rally in person (video message) - a domestic "
         "signal some readers may find newsworthy; the content restates the known policy. Unscored.",
    body=[
        "「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれた。首相は外遊中のため"
        "会場には出席せず、ビデオメッセージを寄せた。大会への首相の出席は恒例となっており、会場での"
        "あいさつを見送るのは異例だ。",
        "首相はメッセージで「日ロ関係は厳しい状況にあるが、北方領土問題を解決して平和条約を締結する"
        "という方針に変わりはない」と述べ、北方墓参の再開を引き続き強く求めていく考えを示した。",
        "会場では元島民の代表が「私たちに残された時間は少ない。せめて墓参りだけでも」と訴えた。"
        "大会には外相や北方担当相が出席した。",
        "主催者側の一部からは「首相の肉声を会場で聞きたかった」との声も漏れた。政府関係者は「日程上"
        "やむを得なかった。北方領土問題を重視する姿勢に変わりはない」と説明している。",
    ],
))

A(dict(
    id="b132-46", feed="ja-naigai", published="2026-03-11T05:20:00Z",
    section="政治", tags=["参院予算委", "日ロ関係", "制裁", "北方墓参"],
    byline="政治部",
    title="参院予算委、対ロ政策で論戦　外相「制裁緩和は考えていない」　墓参は「再開に至らず」",
    summary="参院予算委員会で対ロシア政策が取り上げられ、外相は制裁緩和を否定し、北方墓参は"
            "まだ再開に至っていないと答弁した。",
    label="status_change", group="b132-g7",
    new_facts=["NHK World-Japan, NHK World Premium and two Hokkaido channels have been retransmitted "
               "again on the Kunashir cable network since 1 March 2026, after their removal in "
               "September 2024"],
    must_mention=[["nhk"], ["再開", "再送信"]],
    note="First report of b132-g7, buried after paragraphs of negated/denied positions in a Diet "
         "report: the foreign minister confirms that Japanese channels have been back on the Kunashir "
         "cable since 1 March 2026 (off -> on relative to b132-g3). Headline and lead are about other, "
         "negative answers.",
    body=[
        "参院予算委員会は11日、外交・安全保障をテーマに集中審議を行った。対ロシア政策をめぐり、野党"
        "議員が「元島民が高齢化する中、制裁の一部緩和も含めて交渉再開の糸口を探るべきではないか」と"
        "ただしたのに対し、外相は「制裁はロシアのウクライナ侵略への対応であり、緩和は考えていない」"
        "と答弁した。",
        "外相は「北方領土問題を解決して平和条約を締結するとの方針に変わりはない」としたうえで、"
        "「ロシア側が一方的に交渉を継続しないと表明している以上、現時点で交渉の見通しを申し上げる"
        "ことはできない」と述べた。",
        "北方墓参については「最優先事項として再開を求めているが、再開には至っていない」と説明した。"
        "与党議員からは、ロシア側と水面下で協議しているのではないかとの質問も出たが、外相は「外交上の"
        "やり取りの詳細は差し控える」と述べるにとどめた。",
        "一方で外相は、四島住民との関係に関する質問に答える中で、国後島のケーブルテレビで2024年9月"
        "から止まっていたNHKの国際放送「NHKワールド・JAPAN」「NHKワールド・プレミアム」と道内民放"
        "2局の再送信が、今月1日から再開されていることを確認したと明らかにした。外相は「島の住民が"
        "日本の情報に触れる機会が戻ったことは歓迎したい。ただ、ロシアの全体的な姿勢の変化を示すもの"
        "とは受け止めていない」と述べた。",
        "審議ではこのほか、中国の海洋進出や日米同盟の抑止力強化についても質疑が交わされた。",
    ],
))

A(dict(
    id="b132-55", feed="ja-naigai", published="2026-09-15T04:30:00Z",
    section="外交", tags=["北方領土", "歯舞群島", "ロシア"],
    byline="政治部",
    title="歯舞群島への観光船、今夏は一度も運航されず　ロシア側「中止ではない」",
    summary="ロシア側が昨夏始めた色丹島発の歯舞群島への観光船は、6月に国境警備当局が運航を停止させて"
            "以降、今季は一度も運航されなかった。",
    label="status_change", group="b132-g8",
    new_facts=["Russia's FSB border directorate suspended the Shikotan-Habomai tourist boat trips "
               "'until further notice' (from 15 June 2026); the operator stopped selling 2026 tours"],
    must_mention=[["歯舞", "志発島", "多楽島"], ["停止", "運航されず"]],
    note="Follow-up with no new fact, member of b132-g8 (tours suspended in June 2026, first reported "
         "in English b132-51): the season ended with the suspension still in force; no change.",
    body=[
        "ロシア側が昨年夏に始めた色丹島から歯舞群島の志発島、多楽島への観光船は、今季は一度も運航"
        "されないまま、予定していた運航期間の終わりを迎えつつある。ロシアの国境警備当局が6月に「追って"
        "通知するまで」運航を停止させた状態が続いている。",
        "サハリン州観光省は地元メディアに「中止したわけではなく、停止しているだけだ」と説明しているが、"
        "再開の時期は示していない。運航会社は今季分の予約をすべて払い戻したという。",
        "外務省幹部は「ロシア側の事情は承知していないが、我が国の立場からすれば、そもそも行われるべき"
        "ではない活動だ」と述べた。政府は昨年7月の運航開始時に抗議していた。",
        "元島民の団体関係者は「観光船が止まったからといって状況が良くなったわけではない。墓参の再開"
        "こそ求めたい」と話した。",
    ],
))
