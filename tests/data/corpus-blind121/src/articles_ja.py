"""Japanese articles of the b121 corpus."""

from articles_en import MM_G1, MM_G2, MM_G3, MM_G4, MM_G5, MM_G6, MM_G7

ARTICLES = [
    # ------------------------------------------------------------------ 03
    dict(
        id="b121-03", feed="hokutosei-ja", published="2024-03-12T03:00:00Z",
        title="「墓参の再開を」署名1万2千筆　千島連盟、日ロ両政府に提出へ",
        summary="千島歯舞諸島居住者連盟は、北方墓参の早期再開を求める署名1万2千筆余りを集め、今月中に首相と"
                "ロシア大使館あてに提出する。",
        label="restatement",
        note="Requested/wished-for version: a petition asking both governments to resume grave visits. No change "
             "in any state; restates that visits have stopped (seed: visa-free trips terminated 2022).",
        kicker="北方領土",
        body=[
            "元島民らでつくる千島歯舞諸島居住者連盟（本部・札幌）は11日、北方墓参の早期再開を求める署名が"
            "1万2千筆を超えたと発表した。今月中に岸田文雄首相と上川陽子外相に手渡すほか、在日ロシア大使館に"
            "も郵送する。",
            "署名活動は昨年9月から道内外の支部や返還運動団体の協力で進めてきた。根室管内では約3800筆が集"
            "まった。要望書では「元島民の平均年齢は88歳を超え、残された時間はわずか」とし、両政府に対し、"
            "人道的観点から墓参を政治問題と切り離して再開するよう求めている。",
            "北方四島への墓参は2019年を最後に途絶えている。新型コロナウイルスの影響で中断した後、ロシアは"
            "22年3月、日本の対ロ制裁への対抗措置として、ビザなし交流と自由訪問の根拠となる合意の効力を停止"
            "すると一方的に発表し、平和条約交渉の継続も拒否した。",
            "連盟根室支部の役員は「墓参は元島民にとって最後の願い。国と国の関係がどうであれ、親の墓に手を"
            "合わせることくらいは認めてほしい」と話している。",
        ],
    ),
    # ------------------------------------------------------------------ 06
    dict(
        id="b121-06", feed="goyomai-ja", published="2024-03-21T02:30:00Z",
        title="ロシアの「無料査証」での墓参、政府「認められず」　元島民「行きたいが…」複雑",
        summary="在札幌ロシア総領事館が元島民らに墓参目的の無料査証を発給すると発表したことについて、林官房長官は"
                "ロシアの査証での入域は認められないとの考えを示した。",
        label="new_development", group="b121-g1",
        new_facts=["Japan's government said it cannot accept former islanders visiting graves on the free Russian "
                   "visas offered by the Sapporo consulate and maintained its request to refrain"],
        must_mention=MM_G1,
        note="Third report of g1 (first: b121-04). Japan's refusal of the Russian visa offer; same development "
             "(an offer on Russian-visa terms and Tokyo's response). Page has no metadata.",
        author="編集部",
        body=[
            "在札幌ロシア総領事館が、北方四島出身の元島民とその家族に墓参目的の査証（ビザ）を無料で発給すると"
            "発表したことについて、林芳正官房長官は21日の記者会見で「ロシアの査証を取得して四島に入域する"
            "ことは、わが国の法的立場と相いれない」と述べ、国民に入域の自粛を求める政府の方針に変わりはない"
            "との考えを示した。",
            "総領事館は19日、4月1日から元島民と配偶者、子、孫を対象に、有効期間30日の一次査証を手数料なしで"
            "発給すると発表。ユジノサハリンスク経由で島に渡る経路を示していた。",
            "林長官は「墓参は元島民の切実な願いであり、従来の枠組みによる早期再開を引き続きロシア側に強く求め"
            "ていく」と強調した。政府は1989年の閣議了解で、北方領土問題の解決までの間、ロシアの査証を取得し"
            "ての入域を行わないよう国民に要請している。",
            "歯舞地区に住む元島民の女性（87）は「父と兄が志発島に眠っている。行けるものなら行きたい。でも"
            "ロシアのビザで行けば、島がロシアのものだと認めることになると言われれば、それはできない」と"
            "複雑な胸の内を語った。",
            "別の元島民の男性（90）は「向こうは『いつでも来い』と言い、こちらは『行くな』と言う。間に挟まれ"
            "ているのは年寄りばかりだ」と話した。",
            "北方墓参は2019年を最後に行われていない。ロシアは22年3月、ビザなし交流と自由訪問を停止した。",
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        id="b121-10", feed="hokutosei-ja", published="2024-05-28T02:00:00Z",
        title="元島民、平均年齢88.9歳に　生存者5096人　千島連盟が総会",
        summary="千島歯舞諸島居住者連盟の総会が札幌で開かれ、3月末時点の元島民の生存者数と平均年齢が報告された。"
                "後継者の役割を強める運動方針も決めた。",
        label="neutral",
        note="Borderline: annual ageing statistics and an association's AGM deciding to give successors a larger "
             "role. No government move; some analysts would treat the association's policy as news for this theme.",
        kicker="北方領土",
        body=[
            "千島歯舞諸島居住者連盟は27日、札幌市内で定期総会を開いた。事務局の報告によると、今年3月末時点の"
            "元島民の生存者は5096人で、終戦時の1万7291人の3割を下回った。平均年齢は88.9歳となり、前年より"
            "0.5歳上がった。",
            "総会では、元島民の子や孫ら後継者が運動の中心を担えるよう、各支部の役員に後継者枠を設けること"
            "などを盛り込んだ本年度の運動方針を決めた。理事長は「元島民自身が語れる時間は限られている。"
            "思いを次の世代に確実に引き継ぐ」とあいさつした。",
            "また、北方墓参や自由訪問の早期再開を日ロ両政府に求める決議を採択した。墓参は19年を最後に途絶え、"
            "ロシアは22年に自由訪問とビザなし交流を停止している。ロシア側は今春、墓参目的の査証を無料で"
            "発給する方針を示したが、日本政府は入域自粛の要請を続けている。",
            "根室支部からは約20人が出席した。支部長は「会員の訃報が毎月届く。墓参の再開を待てずに亡くなった"
            "人が大勢いる」と語った。",
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        id="b121-12", feed="hokutosei-ja", published="2024-07-09T03:10:00Z",
        title="根室市議会、補正予算など可決し閉会",
        summary="根室市議会の第2回定例会は8日、総額2億3千万円の一般会計補正予算案など18議案を可決して閉会した。",
        label="status_change", group="b121-g2",
        new_facts=["Russia notified Japan it will allow, this summer only, 16 children and 4 adults from the southern "
                   "Kurils to visit Nemuro on 19-24 August under the visa-free exchange framework it terminated in 2022"],
        must_mention=MM_G2,
        note="First report of g2, buried: routine city-council headline; the news (Russia allows, this summer only, "
             "a children's visit under the terminated visa-free exchange framework) is in the third paragraph. "
             "Status: terminated -> applied once.",
        kicker="政治・行政",
        body=[
            "根室市議会の第2回定例会は8日、総額2億3千万円の一般会計補正予算案など18議案を原案通り可決し、"
            "閉会した。",
            "補正予算の主な内容は、花咲港の岸壁補修の設計費6200万円、物価高騰を受けた子育て世帯への臨時"
            "給付金8800万円、市立根室病院の医療機器更新費3400万円など。",
            "このほか「北方四島の子ども受け入れ事業」として480万円を計上した。市によると、ロシア側は外交"
            "ルートを通じ、今夏に限り、ビザなし交流の枠組みで南クリル地区の子ども16人と引率4人の根室訪問を"
            "認めると日本側に伝えてきた。一行は8月19日から24日まで市内の家庭にホームステイし、根室の夏祭り"
            "で踊りを披露する予定。ロシアが22年にビザなし交流を停止して以降、同交流による訪問が実現するのは"
            "初めてとなる。市の担当者は「あくまで今回限りと聞いている」と話した。",
            "一般質問では、サンマ漁の不振を受けた水産加工業者への支援策や、市立病院の医師確保、人口減少対策"
            "などを巡って7人が質問に立った。",
            "最終日には、北海道新幹線の札幌延伸の早期実現を求める意見書や、道東の医療体制の充実を求める"
            "意見書も全会一致で可決した。",
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        id="b121-16", feed="goyomai-ja", published="2024-08-20T02:40:00Z",
        title="四島の子ども16人、根室に到着　ホームステイで6日間の交流",
        summary="国後島などの子どもたちが「えとぴりか」で根室港に到着した。歯舞地区の家庭にも滞在する。",
        label="status_change", group="b121-g2",
        new_facts=["(follow-up) the children's visit allowed once under the visa-free exchange framework took place "
                   "as announced; no new fact"],
        must_mention=MM_G2,
        note="Follow-up of g2 with no new fact: the announced one-time visit takes place as planned. Expected: no "
             "second alert. Page has no metadata.",
        author="編集部",
        body=[
            "北方四島の子ども16人と引率の大人4人が19日夕、交流船「えとぴりか」で根室港に到着した。今夏に限り"
            "認められたビザなし交流の枠組みによる訪問で、24日まで市内の家庭にホームステイする。",
            "岸壁では、受け入れ家庭や市の関係者ら約50人が小旗を振って出迎えた。長旅の疲れも見せず、子ども"
            "たちは日本語で「こんにちは」とあいさつし、歓迎の花束を受け取った。",
            "歯舞地区では2家庭が4人を受け入れる。受け入れ家庭の主婦（45）は「うちの子と同じ年ごろ。言葉は"
            "通じなくても、一緒にご飯を食べて、海に連れて行きたい」と笑顔を見せた。",
            "一行は滞在中、納沙布岬の見学や市内の小中学校の訪問、夏祭りでの民族舞踊の披露を予定している。",
            "ビザなし交流は22年にロシアが停止した。今回の訪問についてロシア側は「今夏限りの例外」としている。",
        ],
    ),
    # ------------------------------------------------------------------ 21
    dict(
        id="b121-21", feed="hokutosei-ja", published="2024-11-28T03:00:00Z",
        title="国後島の病院火災　日本の医療支援申し出、ロシアが断る",
        summary="政府は、国後島の病院火災を受けて医療機器の提供と重症患者の受け入れを申し出たが、ロシア側から"
                "「必要ない」との回答があったことを明らかにした。",
        label="new_development", group="b121-g3",
        new_facts=["Japan offered medical equipment and to accept seriously ill patients at Nemuro City Hospital after "
                   "the Kunashir hospital fire; Russia declined"],
        must_mention=MM_G3,
        note="Second report of g3 (first: b121-20, buried). Japan confirms its offer of medical help and Russia's "
             "refusal.",
        kicker="北方領土",
        body=[
            "林芳正官房長官は27日の記者会見で、北方領土の国後島にある病院で火災が起きたことを受け、日本政府"
            "として医療機器の提供と重症患者の受け入れを申し出たものの、ロシア側から「支援は必要ない」との"
            "回答があったことを明らかにした。",
            "林長官によると、政府は23日、在ユジノサハリンスク総領事館を通じてサハリン州政府に対し、人道的"
            "観点から携帯型エックス線装置や人工呼吸器などを提供する用意があること、重症患者を市立根室病院"
            "などで受け入れる用意があることを伝えた。25日にロシア側から断るとの回答があったという。",
            "林長官は「四島に住むロシア人住民の健康と安全に関わることであり、人道的な観点から申し出た。"
            "引き続き状況を注視する」と述べた。",
            "火災は22日未明、国後島古釜布（ロシア名・ユジノクリリスク）の地区病院の入院病棟で発生した。"
            "ロシアのメディアによると、患者ら31人が避難し、けが人はなかった。",
            "市立根室病院は過去に、人道支援の一環として四島の急患を受け入れた経緯がある。同病院の幹部は"
            "「要請があればすぐ対応できるよう準備していた。残念だ」と話した。",
        ],
    ),
    # ------------------------------------------------------------------ 25
    dict(
        id="b121-25", feed="hokutosei-ja", published="2025-02-22T03:00:00Z",
        title="松江で「竹島の日」式典　政府から政務官出席、韓国は抗議",
        summary="島根県が定めた「竹島の日」の22日、松江市で記念式典が開かれた。",
        label="off_topic",
        note="Look-alike: another territorial dispute (Takeshima/Dokdo with South Korea). Mentions the Northern "
             "Territories movement only in passing.",
        kicker="政治・行政",
        body=[
            "島根県が条例で定めた「竹島の日」の22日、県などが主催する記念式典が松江市の県民会館で開かれた。"
            "政府からは内閣府の政務官が出席し、「竹島は歴史的事実に照らしても、国際法上も明らかにわが国固有"
            "の領土」と述べた。",
            "式典には国会議員や県議ら約500人が参加。丸山達也知事は「政府には、国際司法裁判所への提訴も含め、"
            "より踏み込んだ対応を求めたい」と訴えた。会場には、北方領土返還運動に携わる根室市の関係者の"
            "姿もあった。",
            "韓国外務省は同日、式典の開催に抗議する声明を出し、在韓日本大使館の関係者を呼んで抗議した。",
            "竹島の日は、1905年に竹島を島根県に編入する告示が出された日にちなみ、2005年に制定された。",
        ],
    ),
    # ------------------------------------------------------------------ 27
    dict(
        id="b121-27", feed="hokutosei-ja", published="2025-05-20T02:30:00Z",
        title="プーチン氏、色丹島出身の93歳女性に返信　「父の墓へ客人として」",
        summary="色丹島出身の小野寺キヨさん（93）が父の墓参りを願ってプーチン大統領に送った手紙に、大統領名の"
                "返信が届いた。",
        label="new_development", group="b121-g4",
        new_facts=["Putin replied in a letter dated 25 April 2025 to 93-year-old former Shikotan resident Kiyo Onodera, "
                   "saying she would be welcome to visit her father's grave as a guest and that the Sakhalin "
                   "governor had been instructed to assist"],
        must_mention=MM_G4,
        note="First report of g4 (Japanese). New: a personal reply/invitation from the Russian president to a "
             "former resident — a one-time visit as a guest, on Russian terms.",
        kicker="北方領土",
        body=[
            "色丹島斜古丹出身で札幌市に住む小野寺キヨさん（93）が、島に眠る父の墓参りを願ってロシアのプーチン"
            "大統領に送った手紙に、大統領名の返信が届いた。孫の女性が19日、本紙の取材に明らかにした。返信は"
            "「あなたは色丹島で歓迎される客人となるだろう」とし、サハリン州知事に必要な支援を指示したと"
            "記している。",
            "小野寺さんは1932年生まれ。父は44年に島で病死し、斜古丹の墓地に埋葬された。終戦後もしばらく島に"
            "とどまり、47年に家族と樺太経由で引き揚げた。墓参には2000年代に2度参加したが、19年を最後に"
            "墓参は途絶えている。",
            "今年2月、「生きているうちにもう一度、父に手を合わせたい」とつづった手紙を、孫がロシア語訳を"
            "添えて在日ロシア大使館に送った。",
            "返信は4月25日付で、今月16日に在札幌ロシア総領事館の職員が自宅に届けた。ロシア語の本文に日本語"
            "訳が添えられ、「父上の墓は地元住民によって見守られている」との記述もあった。",
            "孫の女性によると、小野寺さんは返信を読んで涙を流したという。ただ、島に渡るにはロシアの査証が"
            "必要になるとみられ、家族は「国の方針もあり、どうするか決めていない」としている。",
            "在札幌ロシア総領事館は本紙の取材に「コメントは控える」と答えた。政府は、ロシアの査証を取得して"
            "四島に入域しないよう国民に求めている。",
        ],
    ),
    # ------------------------------------------------------------------ 31
    dict(
        id="b121-31", feed="goyomai-ja", published="2025-06-24T03:00:00Z",
        title="ロシア大使「制裁解除なら交流再開も」　元島民「条件付きでは…」",
        summary="ノズドレフ駐日ロシア大使が、日本が対ロ制裁を解除すればビザなし交流の再開を検討し得るとの考えを"
                "示した。",
        label="restatement",
        note="Conditional version ('would resume if sanctions lifted'): no change in the terminated state (seed); "
             "restates the Russian line that normalisation requires Japan to drop its hostile policy. Page has no "
             "metadata.",
        author="編集部",
        body=[
            "ロシアのノズドレフ駐日大使は、日本メディアのインタビューで、北方四島とのビザなし交流について"
            "「日本が制裁を解除し、非友好的な政策を改めるなら、再開を検討することはあり得る」と述べた。"
            "インタビューは23日に報じられた。",
            "大使は、22年にビザなし交流や自由訪問を停止したのは「日本の制裁に対する対抗措置だった」と改めて"
            "説明。「ボールは日本側にある」と語った。具体的な条件や時期には触れなかった。",
            "墓参については「元島民はロシアの査証でいつでも墓参りができる」と従来の立場を繰り返した。",
            "歯舞地区の元島民の男性（91）は「制裁をやめたら、と言われても、私たちにはどうすることもできない。"
            "条件付きの話ばかりで、墓参りの話は一向に進まない」と肩を落とした。",
            "政府関係者は「ロシア側の従来の主張の繰り返しで、新しい提案ではない」と受け止めている。",
        ],
    ),
    # ------------------------------------------------------------------ 36
    dict(
        id="b121-36", feed="hokutosei-ja", published="2025-09-17T02:00:00Z",
        title="自由訪問、来夏再開へ　ロシアが口上書　国後・色丹に限定、択捉は除外",
        summary="ロシアは元島民の自由訪問について、来年の航海シーズンから国後島と色丹島に限って再開すると日本側に"
                "通知した。",
        label="status_change", group="b121-g5",
        new_facts=["Russia notified Japan by note that free visits by former residents, stopped in 2022, will resume "
                   "from the 2026 season to Kunashir and Shikotan only, with Iturup excluded"],
        must_mention=MM_G5,
        note="Third report of g5. Status: free visits (1999 arrangement) terminated -> to resume in 2026, limited.",
        kicker="北方領土",
        body=[
            "ロシア外務省は15日、元島民が故郷の集落跡などを訪れる「自由訪問」について、来年の航海シーズン"
            "から再開する用意があるとする口上書を在ロシア日本大使館に手渡した。対象は国後島と色丹島に限り、"
            "択捉島は「現在の情勢を考慮して」除外した。林芳正官房長官が16日の記者会見で明らかにした。",
            "口上書によると、1回の訪問団は50人以内とし、元島民1人につき同行できる家族は1人まで。参加者名簿は"
            "訪問の60日前までにロシア側に提出する。従来通り旅券や査証を使わず、身分証明書と挿入紙で入域する。",
            "自由訪問は1999年に始まり、ロシアは22年3月、日本の対ロ制裁への対抗措置としてビザなし交流と"
            "ともに停止していた。",
            "林長官は「元島民の切実な思いに応える一歩として受け止める。実施に向けて具体的な調整を進めたい」"
            "と述べる一方、「択捉島を含む自由訪問の実施と、北方墓参の再開を引き続き強く求めていく」と強調した。",
            "根室市の元島民の女性（90）は「夢のよう。来年まで元気でいなければ」と声を弾ませた。択捉島出身の"
            "男性（89）は「択捉だけ外されたのは納得できない」と話した。",
        ],
    ),
    # ------------------------------------------------------------------ 38
    dict(
        id="b121-38", feed="goyomai-ja", published="2025-11-18T03:00:00Z",
        title="自由訪問の参加希望、312人に　千島連盟が受け付け　第1陣は来年7月の見通し",
        summary="来夏に再開される自由訪問について、千島連盟が参加希望者の受け付けを進めている。",
        label="neutral",
        note="Borderline: implementation step of the g5 resumption (applications, expected timing). No new "
             "government decision; some analysts might treat the July timing as a new detail. Page has no metadata.",
        author="編集部",
        body=[
            "来年夏に再開される元島民の自由訪問について、千島歯舞諸島居住者連盟が進めている参加希望者の受け"
            "付けが、17日までに312人に達した。同行を希望する家族を含めると500人を超えるという。",
            "ロシア側は9月、国後島と色丹島に限り、1回50人以内で訪問を受け入れると通知した。連盟と政府は"
            "希望者の健康状態や出身地などを考慮して参加者を選ぶ。連盟によると、第1陣は来年7月に国後島へ"
            "向かう見通しで、日程は今後、外交ルートで調整する。",
            "希望者のうち、色丹島出身者は約80人、国後島出身者は約150人。歯舞群島出身者からも「色丹から"
            "でも島影が見たい」と申し込みがあったという。",
            "連盟根室支部の担当者は「希望者が多く、1回の定員では到底足りない。全員が行けるよう、回数を"
            "増やしてほしい」と話している。",
        ],
    ),
    # ------------------------------------------------------------------ 46
    dict(
        id="b121-46", feed="hokutosei-ja", published="2026-08-11T03:00:00Z",
        title="ロシア、自由訪問を「当面停止」　25日からの色丹島訪問中止　口上書で通告",
        summary="ロシアは、今夏再開した元島民の自由訪問を当面停止すると日本側に通告した。サハリン州幹部らの入国"
                "禁止措置への対抗としている。",
        label="status_change", group="b121-g6",
        new_facts=["Russia notified Japan it is suspending 'for the time being / until further notice' the free visits "
                   "resumed in July 2026 and cancelled the 25-28 August Shikotan trip, in retaliation for Japan's "
                   "entry ban on Sakhalin officials"],
        must_mention=MM_G6,
        note="First report of g6 (Japanese). Status: free visits resumed (g5; one trip held in July) -> suspended "
             "until further notice.",
        kicker="北方領土",
        body=[
            "政府は11日、ロシアが元島民の自由訪問を「当面の間」停止すると口上書で通告してきたと発表した。"
            "25日から28日まで予定していた色丹島への訪問は中止となる。自由訪問は今年7月、4年ぶりに国後島で"
            "再開したばかりだった。",
            "口上書は10日付で、日本政府が7月31日にサハリン州の副知事ら12人の入国を禁止した措置への対抗だと"
            "している。ロシア外務省は「日本の非友好的な行動は結果を伴う」としている。",
            "官房長官は11日の記者会見で「元島民の切実な思いに関わる人道的な事業であり、他の問題と結びつける"
            "ことは極めて遺憾だ」と述べ、外交ルートで抗議したことを明らかにした。",
            "色丹島への訪問には元島民と家族ら約60人が参加を予定していた。色丹島穴澗出身の女性（86）は「荷物"
            "もまとめていたのに。次があるのか、それまで生きていられるのか」と声を落とした。",
            "自由訪問はロシアが22年に停止し、昨年9月に国後・色丹に限って今年から再開すると通知していた。"
            "7月14～16日には元島民ら44人が国後島を訪れた。",
        ],
    ),
    # ------------------------------------------------------------------ 50
    dict(
        id="b121-50", feed="goyomai-ja", published="2026-09-15T02:00:00Z",
        title="歯舞の元島民ら、両首脳に手紙　「生きているうちに島へ」",
        summary="歯舞群島出身者らが、自由訪問の停止解除を求める手紙を日ロ両首脳あてに送った。",
        label="restatement",
        note="Letters/petition to both governments asking to lift the suspension (requested version). The state "
             "set in g6 (suspended until further notice) is unchanged. Page has no metadata.",
        author="編集部",
        body=[
            "歯舞群島出身の元島民らでつくる「はぼまい会」は14日、ロシアが停止した自由訪問の再開を求める"
            "手紙を、日本の首相とロシアのプーチン大統領にそれぞれ送ったと明らかにした。",
            "手紙は会員23人の連名。「私たちに残された時間はわずかです。国と国との問題とは切り離して、"
            "生きているうちに島を訪れ、先祖の墓に手を合わせることを許してください」とつづった。プーチン氏"
            "あてにはロシア語訳を添え、在日ロシア大使館に郵送した。",
            "会長の男性（92）は「色丹への訪問が中止になり、みんな落胆している。返事が来るとは思っていないが、"
            "黙っていられなかった」と話す。",
            "ロシアは8月、日本政府によるサハリン州幹部らの入国禁止への対抗措置として自由訪問を当面停止し、"
            "色丹島への訪問を中止した。日本政府は撤回を求めているが、ロシア側は応じていない。",
        ],
    ),
    # ------------------------------------------------------------------ 52
    dict(
        id="b121-52", feed="hokutosei-ja", published="2026-10-29T03:00:00Z",
        title="四島の日本人墓地、サハリン州が維持管理を法制化　政府「法的立場と相いれず」",
        summary="サハリン州議会が外国人墓地の維持管理を定める州法を可決し、北方四島の日本人墓地47カ所が対象と"
                "なる。",
        label="new_development", group="b121-g7",
        new_facts=["Sakhalin regional law adopted 27 October 2026 registers and funds the upkeep of 47 Japanese "
                   "cemeteries on the four islands and lets relatives abroad request information and photos; Japan "
                   "says applying Russian law on the islands is incompatible with its legal position"],
        must_mention=MM_G7,
        note="Second report of g7 (first: b121-51). Adds Tokyo's reaction; same development.",
        kicker="北方領土",
        body=[
            "ロシア・サハリン州議会は27日、州内にある外国人の墓地や埋葬地の維持管理を定める州法を可決した。"
            "北方四島に残る日本人墓地など47カ所も対象となり、州予算で年間1560万ルーブル（約2900万円）を"
            "充てて清掃や柵、墓石の補修を行う。来年1月1日に施行される。",
            "州法は外国人の墓地を登録する台帳を設け、管理を地元自治体に義務付ける。海外に住む遺族が州政府を"
            "通じて、墓の所在や写真の提供を書面で求めることができる規定も盛り込んだ。一方、墓地への訪問は"
            "「ロシア連邦の法令に定める手続きに従う」としている。",
            "官房長官は28日の記者会見で「北方四島でロシアの法令を適用することは、わが国の法的立場と相いれず、"
            "受け入れられない」と述べた。その上で「墓地が適切に維持されることは元島民にとって重要であり、"
            "北方墓参の早期再開を引き続き求めていく」とした。",
            "千島歯舞諸島居住者連盟の幹部は「墓を守ってもらえるのはありがたいが、ロシアの法律で、という点"
            "は複雑だ。写真が手に入るなら、行けない人にとっては慰めになる」と話した。",
            "四島の日本人墓地は、これまで一部を地元住民や学校が清掃してきたが、公的な予算措置はなかった。",
        ],
    ),
]
