from common import it, N, X

ITEMS = [
# ---------------------------------------------------------------- moves
it("日ロ平和条約交渉、約2年8カ月ぶり再開　ウィーンで次官級",
   "2022年3月にロシアが一方的に継続を拒否した平和条約締結交渉は、ウクライナ侵攻後の日ロ関係の冷え込みを象徴する存在だったが、"
   "2024年11月、その扉が再び開いた。",
   "外務省によると、日ロ両政府は11月20、21両日、ウィーンで外務次官級の平和条約締結交渉を行い、次回会合を来年前半に東京で開くことで一致した。",
   N, ("talks", "resumed"), "move_in_second_sentence_after_commentary_lead",
   "Peace treaty talks halted by Russia in March 2022 (seeds 000, 001, 004) are actually held again in Vienna in November "
   "2024, with a next round agreed - resumed. The lead is commentary with a metaphor; the act comes only in the second "
   "sentence."),

it("ロシア、ビザなし交流を再び停止　昨夏の再開から半年余り",
   "2024年8月に約2年5カ月ぶりに再開されたビザなし交流について、ロシア外務省は25年3月18日付の口上書で、日本の新たな対ロ制裁を理由に"
   "「当面、日本側訪問団の受け入れを停止する」と通告してきた。",
   "5月に予定していた色丹島への今年度第1陣の派遣は中止となり、北方四島交流北海道推進委員会は「極めて遺憾だ」とのコメントを出した。",
   N, ("visa_free_exchanges", "halted"), "fresh_halt_in_quoted_note",
   "Visa-free exchanges terminated in March 2022 (seeds 001, 003) had, per the item, resumed in August 2024; in March "
   "2025 Russia stops receiving delegations again - a fresh halt, told inside a quoted note."),

it("ロシア、自由訪問の枠組み破棄を通告　元島民「最後の望み絶たれた」",
   "元島民とその家族が北方四島を訪れる「自由訪問」について、ロシア政府が根拠となる1999年の日ロ間の取り決めを破棄することを決定し、"
   "2025年12月9日に外交ルートを通じて日本側に通告していたことが分かった。",
   "自由訪問は22年3月にロシアが停止した後、24年9月に再開され、国後島と択捉島への計3回の訪問が行われていた。政府は「断じて受け入れられない」と抗議した。",
   N, ("free_visits", "ended"), "formal_end_nominalisation_revealed",
   "Free visits under the 1999 arrangement were terminated in March 2022 (seeds 001, 003); per the item they resumed in "
   "September 2024, and in December 2025 Russia decides to abolish the arrangement - ended. Nominalised decision "
   "(…ことを決定し) inside a …ことが分かった frame; the intermediate state is in the second sentence."),

it("共同経済活動のごみ処理事業、専門家の択捉島渡航を今回限り容認　ロシア",
   "ロシア側は、2022年3月に対話から離脱した北方四島での共同経済活動のうち、ごみの減容化を目指すパイロット事業について、"
   "日本の専門家6人が26年10月に択捉島を訪れ、設置済みの焼却設備を点検することを今回に限り認めた。",
   "外務省によると、渡航は10月5日から4日間の予定。ロシア側は「共同経済活動に関する協議の再開を意味しない」としている。",
   N, ("joint_economic_activity", "allowed_once"), "one_off_exception_sentence_final_verb",
   "Russia withdrew from the joint economic activity dialogue in March 2022 (seeds 000, 001); a decided one-time expert "
   "trip under a pilot project (October 2026) is allowed, the dialogue stays suspended. The verb 認めた comes at the "
   "end of a long sentence; the trailing disclaimer negates only a resumption."),

# ---------------------------------------------------------------- other news
it("国後島に新型地対空ミサイル配備　防衛省が確認、政府抗議",
   "防衛省は2025年11月14日、ロシア軍が国後島に新型の地対空ミサイルシステム「S350ビチャージ」を配備したことを確認したと発表した。"
   "北方領土での同システムの配備確認は初めて。",
   "木原稔官房長官は記者会見で「北方領土におけるロシア軍の軍備強化は日本の立場と相いれない」と述べ、外交ルートで抗議したことを明らかにした。",
   N, None, "confirmation_in_embedded_clause",
   "New weapon system on Kunashir confirmed in November 2025, with a protest; no deployments are among the seed facts."),

it("択捉島・天寧飛行場の滑走路延長完了か　爆撃機運用も可能に",
   "ロシア軍が北方領土・択捉島の天寧（ロシア名ブレベストニク）飛行場で進めていた滑走路を約500メートル延長する工事が、"
   "2024年10月までに完了した模様だ。民間衛星画像を分析した防衛省関係者が明らかにした。",
   "長距離爆撃機の離着陸も可能になるとみられ、政府は情報収集と分析を進めている。",
   N, None, "hedged_but_asserted",
   "New military construction on Iturup completed by October 2024, reported with hedging (模様だ, headline か) but "
   "asserted; not in the seeds."),

it("北海道新聞モスクワ支局記者の記者証取り消し　ロシア外務省",
   "北海道新聞社は2026年3月12日、モスクワ支局の記者がロシア外務省から記者証を取り消されたと明らかにした。"
   "同省は、北方領土を「ロシアによる不法占拠」と表記した記事などを理由に挙げたという。",
   "記者は月内の出国を求められている。木原稔官房長官は「報道の自由の観点から極めて遺憾だ」と述べた。",
   N, None, "passive_reported_by_affected_party",
   "New Russian measure against a Japanese journalist explicitly tied to the dispute (March 2026); not in the seeds."),

it("ロシア大使館「南クリルは永遠にロシア」動画　外務省が抗議",
   "在日ロシア大使館が公式SNSに「南クリルは永遠にロシアのもの」と題した日本語字幕付きの動画を投稿したことについて、"
   "外務省は2024年5月17日、同大使館に抗議した。",
   "動画は国後島や択捉島の軍事施設や新しい学校などを紹介する内容で、投稿から2日で約30万回再生された。",
   N, None, "event_in_noun_clause_protest",
   "New Russian official act (an embassy video, May 2024) and a new Japanese protest; the position it states is known "
   "(seeds 001, 004) but the occasion and the protest are new."),

it("第28福栄丸、貝殻島付近で拿捕　乗組員4人を色丹島に連行",
   "根室市の歯舞漁協所属のかにかご漁船「第28福栄丸」（4人乗り組み）が2025年6月3日、歯舞群島・貝殻島付近でロシア国境警備局に"
   "拿捕され、色丹島に連行された。第1管区海上保安本部が発表した。",
   "政府は外交ルートを通じてロシア側に抗議し、乗組員と船体の早期解放を求めた。",
   N, None, "passive_voice_event",
   "New seizure of a named Japanese boat and crew near a Habomai islet (June 2025); detentions are not among the seed "
   "facts."),

it("色丹島の博物館、元島民の写真など200点を寄贈　侵攻後初めて",
   "色丹島・穴澗（ロシア名クラボザボツコエ）の学校付属博物館が保管していた元島民の家族写真や生活用品など約200点が、"
   "2024年10月、ロシア側から千島歯舞諸島居住者連盟に寄贈され、根室港で引き渡された。",
   "ウクライナ侵攻後、島の博物館から日本側に資料がまとめて渡るのは初めて。連盟は根室市内で展示する予定だ。",
   N, None, "passive_humanitarian_cultural",
   "New humanitarian/cultural handover from a disputed island (October 2024); not in the seeds."),

it("国後島のロシア漁船、根室・落石沖で座礁　乗組員7人救助",
   "国後島の漁業会社所属のロシア漁船（乗組員7人）が2025年4月8日未明、根室市落石沖で座礁し、第1管区海上保安本部の巡視船が"
   "乗組員全員を救助した。",
   "乗組員にけがはなく、12日に根室海峡の中間ライン付近でロシア国境警備局の艦艇に引き渡された。",
   N, None, "local_nemuro_humanitarian",
   "New incident off Nemuro involving a boat from a disputed island, with a rescue and handover (April 2025); not in "
   "the seeds."),

it("ロシア、外国漁船の違法操業罰金を最大10倍に　南クリル周辺も対象",
   "ロシア連邦議会は2024年11月、南クリル諸島周辺を含むロシアの領海と排他的経済水域で外国漁船が違法操業した場合の罰金を"
   "最大10倍に引き上げる改正法案を可決した。",
   "プーチン大統領の署名を経て25年1月に施行される。北方四島周辺で操業する日本漁船にも適用される可能性があり、水産庁が情報収集を進めている。",
   N, None, "legislative_act",
   "New Russian law covering the waters around the islands (November 2024); not in the seeds. It does not stop any "
   "fishing, so no move."),

it("色丹島に初の本格ホテル開業　ロシア、観光客誘致狙う",
   "北方領土・色丹島の斜古丹（ロシア名マロクリリスコエ）で2025年7月、島内初の本格的なホテル（客室40室）が開業した。"
   "サハリン州政府が発表した。",
   "州政府はクルーズ船や本土からの観光客を見込んでいる。日本政府は「わが国の立場と相いれない」としている。",
   N, None, "plain_report_facility",
   "New facility on a disputed island (July 2025) with a Japanese reaction; not in the seeds."),

it("国後島・古釜布港に新旅客ターミナル　サハリン州",
   "国後島の古釜布（ロシア名ユジノクリリスク）港で2026年6月、新しい旅客ターミナルの供用が始まった。サハリン州政府によると、"
   "総工費は約31億ルーブルで、定期フェリーの乗客年間約5万人に対応する。",
   "旧ターミナルは1980年代に建てられ、老朽化が進んでいた。",
   N, None, "nominalised_event",
   "New facility on a disputed island (June 2026); not in the seeds. The event is a nominalisation (供用が始まった)."),

it("ロ新外交概念、日本を「領土要求掲げる国」と初明記",
   "プーチン大統領は2025年12月、改定した外交政策概念を承認する大統領令に署名した。新たな概念は日本について"
   "「ロシアに領土要求を掲げ、敵対的な政策を続ける国家」と初めて明記した。",
   "政府は「一方的な主張で受け入れられない」と反発している。",
   N, None, "new_official_document",
   "New Russian official document naming Japan's territorial claim (December 2025); the seeds contain only statements, "
   "not this act. Talks were already halted, so no move."),

it("国後島でロシア軍が冬季演習　兵士800人動員、政府抗議",
   "ロシア東部軍管区は2025年2月18日、北方領土・国後島で兵士約800人と装備約100両を動員した冬季演習を行ったと発表した。",
   "雪上での上陸阻止や砲撃の訓練を実施したという。政府は外交ルートを通じてロシア側に抗議した。",
   N, None, "plain_report_military",
   "New exercise on Kunashir (February 2025), with a protest; not in the seeds."),

it("標津の海岸に無人機の残骸　防衛省「国後島から飛来」と断定",
   "北海道標津町の海岸で2026年5月に見つかった小型無人機の残骸について、防衛省は同月28日、国後島から発進したロシア軍の"
   "無人偵察機「オルラン10」だと断定し、政府はロシア側に抗議した。",
   "ロシア軍の無人機が北海道本土に到達したことが確認されたのは初めて。",
   N, None, "event_in_topic_phrase",
   "New military incident from a disputed island reaching Hokkaido (May 2026), with a protest; not in the seeds."),

it("ロシア大使が根室訪問　侵攻後初、市長と会談",
   "ロシアのノズドリョフ駐日大使が2024年7月25日、根室市を訪れ、市長と会談した。ロシア大使の根室訪問はウクライナ侵攻後初めて。",
   "大使は会談後、記者団に「地域間の交流の再開は日本側の姿勢次第だ」と述べた。",
   N, None, "first_official_contact",
   "New official contact in Nemuro (July 2024), the first since the invasion; not in the seeds. The ambassador's remark "
   "is only a condition, so no move."),

it("択捉島に賭博特区　ロシア政府が政令、日本は抗議",
   "ロシア政府は2026年4月、北方領土の択捉島にカジノなどを認める賭博特区を設ける政令を出した。",
   "ロシア国内の賭博特区は数カ所に限られており、極東では沿海地方に次ぐ。政府は「北方領土に関するわが国の立場と相いれない」として抗議した。",
   N, None, "government_decree",
   "New Russian government decree on Iturup (April 2026), with a protest; not in the seeds."),

it("北方四島を「日本領」と表示の地図、販売禁止　ロシア最高検",
   "ロシア最高検察庁は2025年9月、北方四島を日本領と表示した地図や地球儀について、国内での販売や頒布を禁じる措置を取ったと発表した。",
   "インターネット通販業者などに削除を命じたという。外務省は事実関係を確認している。",
   N, None, "legal_measure_trailing_verification",
   "New Russian legal measure tied to the dispute (September 2025); the trailing 'Tokyo is checking the facts' does not "
   "cancel the announced act. Not in the seeds."),

it("羅臼の観光船にロシア警備艇が停船命令　根室海峡の中間ライン付近",
   "北海道羅臼町から出航した観光船（乗客32人）が2025年8月9日、根室海峡の中間ライン付近でロシア国境警備局の警備艇から停船を命じられ、"
   "約1時間にわたって航行を妨げられた。",
   "観光船は日本側の水域にいたとして、政府はロシア側に抗議した。けが人はいなかった。",
   N, None, "passive_voice_incident",
   "New incident at sea near Kunashir (August 2025), with a protest; not in the seeds."),

it("四島住民の日本訪問、事前許可を義務化　ロシアFSB",
   "ロシア連邦保安局（FSB）は2025年8月、北方四島の住民が日本を訪れる際、国境警備局の事前許可を得ることを義務付ける命令を出した。",
   "ロシア側は「国境管理の強化」と説明している。日本側では、将来の交流再開に影響が出るとの懸念が出ている。",
   N, None, "administrative_order",
   "New Russian restriction on the islands' residents (August 2025); not in the seeds. The exchanges stay terminated, "
   "so no move."),

it("日ロ外相が電話会談　侵攻後初、墓参再開は合意に至らず",
   "茂木敏充外相は2025年11月27日、ロシアのラブロフ外相と電話で会談した。日ロ外相の電話会談はウクライナ侵攻後初めて。",
   "茂木氏は元島民による墓参の再開と日本漁船の安全操業の確保を求めたが、墓参や平和条約交渉の再開で合意には至らなかった。",
   N, None, "event_with_trailing_negation",
   "New official contact at foreign-minister level (November 2025) - official talks held are news; the late negation "
   "applies only to grave visits and the peace treaty talks, which stay as they were (seed 000), so no move."),

it("北方四島でデジタルルーブル試験運用　ロシア中銀",
   "ロシア中央銀行は2026年9月1日、北方四島を含むクリル諸島でデジタルルーブルの試験運用を始めた。",
   "島内の商店など約60店舗で利用できる。現金輸送の負担を減らす狙いがあるという。",
   N, None, "plain_report_economic",
   "New economic measure on the disputed islands (September 2026); not in the seeds."),

# ---------------------------------------------------------------- not news
it("平和条約交渉中断2年　官房長官「極めて不当」",
   "林芳正官房長官は2024年3月21日の記者会見で、ロシアが2年前に平和条約交渉を継続しない意向を一方的に表明したことについて"
   "「極めて不当であり、断じて受け入れられない」と改めて述べた。",
   "領土問題を解決して平和条約を締結するとの方針は堅持すると強調した。",
   X, None, "restatement_anniversary",
   "Restates the March 2022 halt (seed 000) and Japan's protest (seed 001)."),

it("岩屋外相「平和条約締結の方針変わらず」",
   "岩屋毅外相は2024年12月の衆院外務委員会で、北方領土問題について「領土問題を解決して平和条約を締結するとの方針に変わりはない」と述べた。",
   "一方で、日ロ関係は厳しい状況にあり、交渉を行える状況にはないとの認識を示した。",
   X, None, "restatement_new_speaker",
   "Restates the Japanese stance in seed 002 by a new speaker."),

it("ロシア大使「南クリルの主権に疑いの余地なし」",
   "ロシアのノズドリョフ駐日大使は2025年6月、NHKのインタビューに応じ、北方領土について「南クリル諸島に対するロシアの主権は"
   "国際的な文書で確定しており、疑いの余地はない」と述べた。",
   "平和条約交渉については「日本が制裁を続ける限り不可能だ」と語った。",
   X, None, "restatement_new_speaker",
   "Restates seeds 001 and 004 (sovereignty fixed in international documents; talks impossible under sanctions)."),

it("高市首相、所信表明で「領土問題解決し平和条約締結」",
   "高市早苗首相は2025年10月24日の所信表明演説で、ロシアとの関係について「領土問題を解決し、平和条約を締結するとの方針を堅持する」と述べた。",
   "日ロ関係は厳しい状況にあるとして、具体的な働きかけには言及しなかった。",
   X, None, "restatement_new_speaker",
   "Restates the Japanese stance in seed 002 by a new prime minister."),

it("北方墓参、今夏も見通し立たず　ロシア側から回答なし",
   "元島民らは、交流船えとぴりかの運航計画を組み、参加者の健康診断も済ませて今夏の北方墓参の実現に期待を寄せていたが、"
   "2024年7月末になってもロシア側からの回答はなく、実施の見通しは立っていない。",
   "北方墓参は新型コロナウイルス禍の2020年から途絶えている。",
   X, None, "late_negation",
   "Grave visits are neither resumed nor allowed; the decisive 回答はなく…見通しは立っていない comes at the end of a long "
   "sentence."),

it("「ビザなし交流再開へ調整」報道、外務省幹部が否定",
   "一部のロシアメディアが報じた「日ロがビザなし交流の年内再開に向けて調整している」との記事について、外務省幹部は"
   "2025年5月20日、「そのような事実はない」と否定した。",
   "ロシアは2022年3月にビザなし交流を停止し、その後も再開の動きはない。",
   X, None, "denial",
   "A denial; restates the 2022 termination of visa-free exchanges (seeds 001, 003)."),

it("ロシア外務次官「日本が政策改めれば対話も」",
   "ロシアのルデンコ外務次官は2025年9月、タス通信のインタビューで、日本が「非友好的な政策」を根本的に改めるなら"
   "平和条約問題を含む対話の可能性を排除しないと述べたが、「現時点でそうした兆候はない」と付け加えた。",
   "日本の対ロ制裁の解除が前提になるとの考えも示した。",
   X, None, "late_condition",
   "Restates seed 004 (the key condition is Tokyo abandoning its hostile policy); the condition is unmet."),

it("根室市長ら、墓参再開へ働きかけ強化を政府に要望",
   "根室市長や千島歯舞諸島居住者連盟の幹部らは2025年8月、内閣府と外務省を訪れ、北方墓参の早期再開と、北方四島周辺での"
   "日本漁船の安全操業の確保に向けて、ロシアへの働きかけを強めるよう要望した。",
   "対応した政務官は「粘り強く求めていく」と応じた。",
   X, None, "request",
   "A domestic request; nothing is decided."),

it("鈴木知事、安全操業の継続をロシアに求める",
   "鈴木直道知事は2026年1月の定例記者会見で、北方四島周辺水域での日本漁船の安全操業について「地元漁業者の生活に直結する」と述べ、"
   "ロシア側に対し今年も操業の継続を認めるよう求めた。",
   "道は近く、国に対しても漁業者支援の拡充を要望する。",
   X, None, "request",
   "A request; fishing status does not change."),

it("北方四島交流事業費、来年度も計上　再開に備え",
   "政府が2024年12月27日に閣議決定した2025年度予算案に、ビザなし交流など北方四島交流事業の関連経費が前年度並みの約7億円計上された。",
   "事業は22年以降実施できていないが、内閣府は「再開に備えるため」と説明している。",
   X, None, "annual_budget_routine",
   "A routine budget line at last year's level; the exchanges stay terminated (seeds 001, 003). Borderline: see README."),

it("「生きているうちに古里へ」　元島民、終戦79年の夏",
   "色丹島出身の男性（90）は2024年8月、根室市の納沙布岬から島影を見つめ、「生きているうちにもう一度、両親の墓に手を合わせたい」と語った。",
   "元島民の平均年齢は88歳を超え、墓参や自由訪問は途絶えたままだ。",
   X, None, "human_interest_wish",
   "Human-interest piece with a wish; status quo (free visits terminated, seeds 001, 003)."),

it("官房長官、「2島先行返還で交渉」報道を否定",
   "林芳正官房長官は2025年6月の記者会見で、日本政府が歯舞群島と色丹島の2島の先行返還を軸にロシア側と水面下で交渉しているとの"
   "一部報道について「そのような事実は全くない」と否定した。",
   "北方四島の帰属の問題を解決して平和条約を締結するとの方針に変わりはないと強調した。",
   X, None, "denial",
   "A denial; no talks take place (seed 000)."),

it("〈解説〉ソ連の北方四島占拠から80年　平和条約なぜ結べず",
   "旧ソ連軍が1945年8月28日から9月5日にかけて北方四島を占拠してから2025年8月で80年。日ロ両国は今も平和条約を締結できていない。",
   "1956年の日ソ共同宣言で国交は回復したが、四島の帰属を巡る対立は解けず、ロシアは22年3月、日本の対ロ制裁を理由に交渉の継続を拒否した。",
   X, None, "background_explainer",
   "Background restating seeds 000, 003 and 004."),

it("北方領土の日、全国大会で高市首相「方針を堅持」",
   "「北方領土の日」の2026年2月7日、東京都内で北方領土返還要求全国大会が開かれ、高市早苗首相は「領土問題を解決し平和条約を"
   "締結するとの方針を堅持する」とあいさつした。",
   "元島民らはロシアに墓参の再開を求める大会アピールを採択した。",
   X, None, "occasion_piece",
   "Annual occasion restating the Japanese stance (seed 002); grave visits are only requested."),

it("北方領土作文コンクール表彰式　最優秀に札幌の中学生",
   "全国の小中高校生を対象にした北方領土に関する作文コンクールの表彰式が2025年12月、東京都内で開かれ、最優秀賞に札幌市の中学2年生が選ばれた。",
   "元島民の祖母から聞いた島の暮らしをつづった作品で、審査員は「次世代への継承の大切さが伝わる」と評価した。",
   X, None, "occasion_awareness_event",
   "A recurring awareness event; no development."),

it("ソ連侵攻80年、根室で元島民が慰霊祭",
   "旧ソ連軍が北方四島に侵攻してから80年となるのを前に、元島民らが2025年8月27日、根室市の納沙布岬で慰霊祭を開き、"
   "島で亡くなった先祖や戦没者の冥福を祈った。",
   "参加者は約150人で、国後島や歯舞群島を望む岬で献花した。",
   X, None, "occasion_anniversary",
   "Anniversary ceremony held in Nemuro, not on the islands; no development."),

it("外交青書、北方四島「日本が主権有する島々」　表現は昨年踏襲",
   "岩屋毅外相は2025年4月18日の閣議で2025年版外交青書を報告した。北方四島について「日本が主権を有する島々であり、"
   "日本固有の領土」との表現を昨年に続き用いた。",
   "日ロ関係については「厳しい状況にある」との認識を示した。",
   X, None, "annual_report",
   "Annual report with unchanged wording; no new fact."),

it("防衛白書、北方領土でのロシア軍の活動に言及　前年並みの記述",
   "木原稔防衛相は2024年7月12日の閣議で2024年版防衛白書を報告した。北方領土を含む極東でロシア軍の活動が活発化しているとの記述は、"
   "前年版とほぼ同じ内容となった。",
   "新たな部隊配備などの具体的な記述は加えられなかった。",
   X, None, "annual_report_late_negation",
   "Annual report with unchanged wording and no new deployment; matches the general complaints in seed 004."),

it("北方領土問題に「関心ある」道民6割　道の意識調査",
   "北海道が2025年3月に公表した道民意識調査によると、北方領土問題に「関心がある」と答えた人は61％で、3年前の前回調査から4ポイント減った。",
   "若い世代ほど関心が低い傾向がみられた。",
   X, None, "periodic_survey",
   "A periodic opinion survey; no development."),

it("尖閣周辺の中国公船、接続水域の連続航行が過去最長",
   "沖縄県・尖閣諸島周辺の接続水域で中国海警局の船が航行を続け、第11管区海上保安本部によると2024年12月、連続航行日数が過去最長を更新した。",
   "政府は領海侵入のたびに中国側に抗議している。",
   X, None, "lookalike_other_island_dispute",
   "Another island dispute (Senkaku); off topic."),

it("千島海溝の超巨大地震、切迫性高い　地震調査委",
   "政府の地震調査委員会は2026年1月、北海道東部沖の千島海溝沿いで想定されるマグニチュード8.8程度以上の超巨大地震について、"
   "今後30年以内の発生確率を「7〜40％」と公表し、切迫性が高いとの見方を改めて示した。",
   "根室や釧路などの沿岸では最大20メートルを超える津波が想定されている。",
   X, None, "lookalike_named_after_kurils",
   "The Kuril (Chishima) Trench earthquake estimate; named after the Kurils, off topic."),

it("根室で千島桜が見頃　日本一遅い桜の名所",
   "根室市の清隆寺で2025年5月、「千島桜」が見頃を迎え、多くの花見客が訪れた。",
   "千島桜は千島列島や北海道東部に自生する桜で、清隆寺の木は市の天然記念物に指定されている。",
   X, None, "lookalike_named_after_kurils",
   "A cherry variety named after the Kurils, in Nemuro; off topic."),

it("日中平和友好条約46周年でレセプション",
   "日中平和友好条約の締結46周年を記念するレセプションが2024年10月、北京の日本大使館で開かれ、日中両国の政府関係者ら約300人が出席した。",
   "金杉憲治大使は「戦略的互恵関係を推進したい」とあいさつした。",
   X, None, "lookalike_other_treaty",
   "Another peace treaty (Japan-China); off topic."),

it("ロシア人訪日客、侵攻前水準に回復　1〜11月",
   "日本政府観光局（JNTO）が2025年12月に発表した統計によると、同年1〜11月にロシアから日本を訪れた人は約11万人となり、"
   "ウクライナ侵攻前の19年同期とほぼ同じ水準に回復した。",
   "直行便はないものの、中東や中国経由での来日が増えているという。",
   X, None, "lookalike_unrelated_japan_russia",
   "Japan-Russia tourism statistics; not about the islands or the treaty."),

it("対ロ輸出、侵攻前の3割に　24年貿易統計",
   "財務省が2025年1月に発表した2024年の貿易統計によると、日本の対ロシア輸出額は約2100億円で、ウクライナ侵攻前の21年の約3割にとどまった。",
   "自動車や機械類の輸出規制が響いた。",
   X, None, "lookalike_unrelated_japan_russia",
   "Japan-Russia trade statistics; the sanctions are background in seeds 000 and 003, nothing concerns the islands."),

it("上川外相「四島の帰属解決し平和条約」方針堅持",
   "上川陽子外相は2024年5月の参院外交防衛委員会で、「北方四島の帰属の問題を解決して平和条約を締結する」との政府方針を堅持すると答弁した。",
   "ロシアによる交渉中断の表明には「強く抗議している」と述べた。",
   X, None, "restatement_new_speaker",
   "Restates the Japanese stance (seed 002) and the protest against the halt (seed 001)."),

it("ビザなし交流途絶え3年　島民迎えた根室の家庭「また会いたい」",
   "北方四島のロシア人住民をホームステイで受け入れてきた根室市の家庭では、2025年3月、ビザなし交流の停止から3年を迎えても"
   "島の「家族」との再会のめどが立たず、SNSでのやりとりが続くだけだという。",
   "ロシアは22年3月、1991年に始まったビザなし交流を停止した。",
   X, None, "status_quo_feature",
   "Status quo: visa-free exchanges stay terminated (seeds 001, 003)."),

it("ザハロワ氏「平和条約交渉、いかなる形でも不可能」",
   "ロシア外務省のザハロワ報道官は2024年4月の記者会見で、日本との平和条約交渉について「現在の状況では、いかなる形でも行うことはできない」と述べた。",
   "日本が「反ロシア路線」を続けていると批判した。",
   X, None, "restatement_new_speaker",
   "Restates seed 004 ('categorically impossible' in the current situation)."),

it("G20での日ロ接触、実現せず",
   "ブラジル・リオデジャネイロで2024年11月に開かれた20カ国・地域首脳会議（G20サミット）の際、日本政府はロシア代表団との接触を模索したが、"
   "ラブロフ外相との会談は実現しなかった。",
   "政府関係者は「墓参などの人道的案件を直接伝える機会を探っている」と話している。",
   X, None, "late_negation_meeting_not_held",
   "No meeting took place; the talks stay halted (seed 000)."),

it("安全操業の政府間協議、日程決まらず　出漁への影響懸念",
   "北方四島周辺水域での日本漁船の安全操業を巡り、今年の操業条件を決める日ロ政府間協議について、水産庁は2026年2月、「日程は決まっていない」と説明した。",
   "例年は3月ごろまでに協議がまとまり、スケトウダラ漁などが始まる。",
   X, None, "late_negation_not_scheduled",
   "No decision and no talks held yet; fishing status does not change."),

it("〈識者に聞く〉北方領土交渉、再開の条件は",
   "ロシアとの平和条約交渉が止まって3年となる2025年3月、ロシア政治が専門の大学教授は共同通信の取材に、"
   "「ウクライナ情勢が落ち着かない限り、交渉再開は難しい」との見方を示した。",
   "2島返還論の再燃についても「現実味は乏しい」と語った。",
   X, None, "analysis_interview",
   "Expert opinion; the talks stay halted (seeds 000, 004)."),

it("ロシア外交筋「交流再開の可能性ゼロではない」",
   "北方四島と日本の交流事業について、在日ロシア大使館の関係者は2025年10月、共同通信の取材に「可能性がゼロだとは言わない」と述べたが、"
   "具体的な協議は行われていないと明らかにした。",
   "日本の対ロ制裁が続く限り、状況は変わらないとの見方も示した。",
   X, None, "speculation_late_negation",
   "A vague possibility with 'no concrete talks' late in the sentence; exchanges stay terminated (seeds 001, 003)."),

it("鈴木知事「返還運動を次世代へ」　北方領土の日",
   "「北方領土の日」の2025年2月7日、鈴木直道知事は札幌市内で開かれた集会であいさつし、「元島民の思いを次世代につなぎ、"
   "返還運動を粘り強く続ける」と述べた。",
   "集会には約300人が参加した。",
   X, None, "occasion_piece",
   "Annual occasion; no development."),

it("「クリルオイル」の売り上げ好調　健康志向で",
   "南極オキアミ（クリル）から抽出した「クリルオイル」のサプリメントの販売が伸びており、大手メーカーは2025年6月、"
   "前年同期比で売上高が3割増えたと発表した。",
   "DHAやEPAを含み、中高年の需要が高いという。",
   X, None, "lookalike_katakana_krill",
   "'クリル' here is krill, not the Kurils; off topic."),

it("元島民の生存者、初めて5000人割る　平均年齢89歳",
   "千島歯舞諸島居住者連盟によると、2025年3月末時点の北方四島の元島民の生存者数は4950人で、初めて5000人を割り込み、平均年齢は89歳を超えた。",
   "終戦時には1万7291人が四島に住んでいた。",
   X, None, "periodic_statistics",
   "Periodic statistics on former residents; no development."),

it("韓国国会議員団が竹島上陸　政府が抗議",
   "韓国の国会議員団が2024年8月15日、島根県の竹島（韓国名・独島）に上陸し、日本政府は外交ルートを通じて韓国側に抗議した。",
   "林芳正官房長官は「竹島は歴史的事実に照らしても国際法上も明らかに日本固有の領土だ」と述べた。",
   X, None, "lookalike_other_island_dispute",
   "Another island dispute (Takeshima/Dokdo); off topic."),
]
