"""blind53 stream, part 3: 2027 (talks agreed, then called off six weeks later)."""

S = []


def add(**kw):
    S.append(kw)


# ---------------------------------------------------------------- 46 long Russian sentence, late negation
add(id="b53-46", feed="priliv-ru", lang="ru", published="2027-06-15T04:00:00Z",
    title="Руденко: консультации с Японией по мирному договору не ведутся",
    summary="Замглавы МИД России опроверг сообщения японской прессы о подготовке первого с 2022 года раунда консультаций.",
    label="restatement",
    note="Long sentence with a late negation; seed speaker (Rudenko) restating the seed position: no talks, the condition is Tokyo dropping its hostile policy.",
    rubric="Курилы", rubric_slug="kurily", views=1980, weather="+12",
    body=[
        "Заместитель министра иностранных дел России Андрей Руденко, отвечая на вопрос о появившихся в японской прессе со ссылкой на неназванные источники в правительстве сообщениях о том, что Москва и Токио якобы уже обсуждают по дипломатическим каналам сроки и место проведения первого с 2022 года раунда консультаций по проблематике мирного договора, заявил, что никаких подобных контактов в настоящее время не ведётся.",
        "«Наша позиция хорошо известна японским партнёрам. Ключевым условием для того, чтобы начать движение к нормализации, является отказ Токио от враждебной политики в отношении России, а не какие-то эфемерные сигналы», — сказал дипломат.",
        "По его словам, пока японское правительство сохраняет санкции и наращивает военное сотрудничество с США и НАТО, «тем для серьёзного политического разговора с Японией нет».",
        "В марте 2022 года Россия объявила, что в сложившихся условиях не намерена продолжать переговоры с Японией о мирном договоре, вышла из диалога о совместной хозяйственной деятельности на южных Курилах и прекратила безвизовые поездки японских граждан на острова.",
    ],
    related=[("Захарова ответила на «День северных территорий»", "/news/2026/02/zaharova"),
             ("Турецкая компания построит онкоцентр в Южно-Сахалинске", "/ekonomika/onkocentr")])

# ---------------------------------------------------------------- 47 見通しは立っていない
add(id="b53-47", feed="nagisa-ja", lang="ja", published="2027-06-22T03:00:00Z",
    title="平和条約交渉「再開の見通しは立っていない」　外相が会見で",
    summary="外相は22日の閣議後記者会見で、ロシアとの平和条約締結交渉について、現時点で再開の見通しは立っていないとの認識を示した。",
    label="restatement",
    note="Japanese FM restates that there is no prospect of resuming talks; ends with 見通しは立っていない. Seed: Russia refused to continue talks.",
    cat="北方領土",
    body=[
        "　外相は22日の閣議後記者会見で、ロシアとの平和条約締結交渉について「ロシア側の姿勢もあり、現時点で交渉再開の見通しは立っていない」と述べた。",
        "　一部で日ロ間の接触が報じられていることについては「外交上のやりとりの詳細についてお答えすることは差し控える」とし、事実関係への言及を避けた。ロシア外務省のルデンコ次官は先週、協議の準備が進んでいるとの報道を否定している。",
        "　外相は「領土問題を解決して平和条約を締結するという基本方針に変わりはない」と強調。元島民の高齢化を踏まえ、北方墓参の再開を最優先で求めていく考えを重ねて示した。",
        "　ロシアは2022年3月、日本の対ロ制裁を理由に平和条約交渉の継続を拒否した。それから5年余りが過ぎたが、交渉再開の見通しは立っていない。",
    ],
    related=[("北方墓参、今夏も見送りへ", "/hoppou/2027/05/bosan"),
             ("元島民の平均年齢、89歳に", "/hoppou/2027/03/average-age")])

# ---------------------------------------------------------------- 48 wished-for
add(id="b53-48", feed="eastmere-asia", lang="en", published="2027-08-22T05:00:00Z",
    title="'Let me see my father's grave once more': Nemuro's former islanders keep waiting",
    summary="At a summer gathering in Nemuro, the last generation born on the islands said they still hoped to go back, if only once.",
    label="restatement",
    note="Wished-for and conditional versions of a move (hoping grave visits resume; 'if they resumed tomorrow...'); restates the seed fact that visa-free trips were halted in 2022.",
    section="Features", author="Mariko Quaid in Nemuro",
    body=[
        "NEMURO, Hokkaido — Kazuo Sato was nine when his family left Shikotan in 1947. He is 89 now, and on a humid August afternoon he sat in the front row of a community hall in Nemuro with a framed photograph of his father on his knees.",
        "\"I would like to see his grave once more. Just once,\" he said. \"If they opened the visits tomorrow, I would go, even in a wheelchair.\"",
        "He was one of about 120 people at the annual summer gathering of former residents of the Russian-held islands, a meeting that has grown smaller every year. Their organisation says fewer than 4,000 of the roughly 17,000 Japanese who lived on the islands in 1945 are still alive.",
        "Grave visits and visa-free exchanges were once routine. Moscow halted the visa-free trips in 2022 after Tokyo imposed sanctions over Ukraine, and the grave visits, already suspended during the pandemic, have not been held since 2019.",
        "Speakers at the gathering asked the government to keep pressing Moscow. Nobody expected an answer soon. \"We are not asking for the islands today,\" said one organiser. \"We are asking to pray.\"",
    ],
    related=[("On Nemuro's quay, a fishing season framed by a frozen border", "/features/2024/05/nemuro"),
             ("Magnitude 6.1 quake strikes off Iturup", "/russia-far-east/2025/09/iturup-quake")])

# ---------------------------------------------------------------- G6: talks agreed to resume (first in Japanese)
G6_MM_JA = [["再開"], ["ジャカルタ"]]
G6_MM_RU = [["возобнов"], ["джакарт"]]
G6_MM_EN = [["resum"], ["jakarta"]]
G6_FACT = "Japan and Russia agreed (14 Sept 2027) to resume peace treaty negotiations suspended by Russia since March 2022; first vice-ministerial round set for 28 Oct 2027 in Jakarta"

add(id="b53-49", feed="hamanami-ja", lang="ja", published="2027-09-14T03:00:00Z",
    title="日ロ、平和条約交渉の再開で合意　10月にジャカルタで次官級協議",
    summary="政府は14日、ロシアとの平和条約締結交渉を再開することでロシア側と合意したと発表した。2022年3月の交渉中断後初めてで、10月28日にジャカルタで次官級協議を開く。",
    label="status_change", group="g-talks-jakarta-agreed", new_facts=[G6_FACT], must_mention=G6_MM_JA,
    note="Status change (first in Japanese): peace treaty talks, suspended by Russia in March 2022 (seed), agreed to resume with a date and place.",
    cat="北方領土",
    body=[
        "　政府は14日、ロシアとの平和条約締結交渉を再開することでロシア側と合意したと発表した。2022年3月にロシアが一方的に交渉の継続を拒否して以降、再開で合意するのは初めて。第1回の次官級協議を10月28日、インドネシアの首都ジャカルタで開く。",
        "　外務省によると、両政府は夏以降、外交ルートを通じて協議の形式や開催地を調整してきた。ロシア側が「前提条件を付けない対話」を提案し、日本側は北方四島の帰属の問題を議題とすることを確認した上で受け入れたという。",
        "　官房長官は記者会見で「領土問題を解決して平和条約を締結するという基本方針の下、粘り強く交渉に臨む」と述べた。日本側は元島民の墓参など四島交流事業の再開も議題としたい考えだ。",
        "　根室市の元島民団体の幹部は「5年以上閉ざされていた扉がようやく開いた。私たちに残された時間は少ない。交渉の行方を見守りたい」と話した。",
    ],
    related=[("元島民の夏の集い「もう一度、父の墓へ」", "/hoppou/2027/08/tsudoi"),
             ("平和条約交渉　中断から5年の経緯", "/hoppou/explainer/2022-2027")])

add(id="b53-50", feed="dalny-dozor-ru", lang="ru", published="2027-09-14T08:20:00Z",
    title="МИД России подтвердил: консультации с Японией по мирному договору возобновятся в Джакарте",
    summary="Первый раунд на уровне заместителей министров пройдёт 28 октября. Переговоры были прерваны в 2022 году.",
    label="status_change", group="g-talks-jakarta-agreed", new_facts=[G6_FACT], must_mention=G6_MM_RU,
    note="Russian confirmation of the same status change; same group.",
    body=[
        "Россия и Япония договорились возобновить консультации по проблематике мирного договора, прерванные в 2022 году. Об этом журналистам во вторник сообщил заместитель министра иностранных дел России Андрей Руденко.",
        "«Договорённость есть. Первый раунд пройдёт 28 октября в Джакарте на уровне заместителей министров», — сказал дипломат. По его словам, российская сторона предложила вести диалог «без предварительных условий», и японские партнёры с этим согласились.",
        "Руденко подчеркнул, что речь идёт о выработке всеобъемлющего документа о мире, дружбе и добрососедстве, а не о «территориальном торге». «Суверенитет России над Курилами обсуждению не подлежит, это японской стороне хорошо известно», — добавил он.",
        "В марте 2022 года Москва объявила, что не намерена продолжать переговоры о мирном договоре с государством, занимающим откровенно недружественные позиции. Ещё в июне замминистра заявлял, что подобные контакты не ведутся.",
        "Японская сторона, по словам Руденко, намерена поднять на консультациях гуманитарные вопросы, в том числе посещение бывшими жителями островов захоронений родственников. «Мы готовы выслушать любые предложения», — сказал он.",
        "Утром японские СМИ со ссылкой на МИД Японии уже сообщили о достигнутой договорённости.",
    ],
    related=[("Руденко: консультации с Японией по мирному договору не ведутся", "/diplomatiya/rudenko-iyun"),
             ("Япония и АСЕАН: зачем Токио Джакарта", "/diplomatiya/asean")])

add(id="b53-51", feed="tidegate-wire", lang="en", published="2027-09-14T10:00:00Z",
    title="Japan, Russia agree to resume peace treaty talks frozen since 2022; first round in Jakarta",
    summary="Deputy foreign ministers will meet in the Indonesian capital on Oct. 28, the first negotiations since Moscow walked out over sanctions.",
    label="status_change", group="g-talks-jakarta-agreed", new_facts=[G6_FACT], must_mention=G6_MM_EN,
    note="English report of the same status change; same group.",
    section="Asia Pacific", tags=["Japan", "Russia", "Diplomacy", "Kuril Islands"], minutes=3,
    body=[
        "TOKYO/MOSCOW, Sept 14 (Tidegate) - Japan and Russia have agreed to resume negotiations on a peace treaty, five and a half years after Moscow broke them off over Japanese sanctions, both governments said on Tuesday.",
        "Deputy foreign ministers will hold a first round in Jakarta on Oct. 28, Japan's foreign ministry said. Russian Deputy Foreign Minister Andrei Rudenko confirmed the date and venue, saying Moscow had proposed talks without preconditions.",
        "Japan said it had accepted after confirming that the question of sovereignty over four islands off Hokkaido - known in Russia as the Southern Kurils and in Japan as the Northern Territories - would be on the agenda. Rudenko said Russia's sovereignty over the islands was not up for discussion.",
        "Russia said in March 2022 that it would not continue negotiating a peace treaty with a country that took \"openly unfriendly positions\", and Russian officials had repeated as recently as June that no talks were being held.",
        "The two countries never signed a peace treaty after World War Two because of the island dispute.",
    ],
    credit="(Reporting by Naoko Ishida in Tokyo and the Moscow bureau; Editing by Martin Reyes)",
    related=[("Japan's new foreign minister vows 'patient' diplomacy", "/asia/2026/10/fm-islands")])

# ---------------------------------------------------------------- 52 conditional, new speaker
add(id="b53-52", feed="eastmere-asia", lang="en", published="2027-09-16T06:00:00Z",
    title="Moscow would sign only if Tokyo accepts Russian sovereignty, Duma foreign affairs chief says",
    summary="Leonid Slutsky said any treaty would have to confirm the results of World War Two, repeating Moscow's long-held line ahead of the Jakarta talks.",
    label="restatement",
    note="Conditional, new speaker restating the known Russian position (sovereignty undisputed, WWII results). Mentions the agreed talks only as background.",
    section="Russia's Far East", author="Eastmere staff",
    body=[
        "A peace treaty with Japan is possible only if Tokyo recognises the results of World War Two, including Russia's sovereignty over all the Kuril Islands, the head of the Russian parliament's international affairs committee said on Thursday.",
        "\"If Japan is ready to sign a document that confirms the results of the war, we are ready to talk about friendship and cooperation. If not, there is nothing to sign,\" Leonid Slutsky told a Russian radio station.",
        "His comments echo the position Moscow has held for years: that its sovereignty over the islands seized by Soviet forces in 1945 is recorded in international documents and cannot be questioned.",
        "They come two days after the two governments said their deputy foreign ministers would meet in Jakarta next month, and add nothing new to the Russian negotiating line, according to diplomats in Moscow.",
        "Slutsky, a veteran nationalist lawmaker, also said Russia would never accept foreign military infrastructure on the islands, another long-standing Russian concern.",
    ],
    related=[("'Let me see my father's grave once more'", "/features/2027/08/former-islanders")])

# ---------------------------------------------------------------- G7: Jakarta round called off, talks suspended again (first in Russian)
G7_MM_RU = [["джакарт"], ["приостан", "отмен", "не состоится"]]
G7_MM_EN = [["jakarta"], ["suspend", "call off", "called off", "cancel"]]
G7_MM_JA = [["ジャカルタ"], ["中止", "停止"]]
G7_FACT = "Russia called off the 28 Oct 2027 Jakarta round and suspended the just-agreed peace treaty consultations again, citing Japan's accession to the Special Tribunal for the crime of aggression against Ukraine"

add(id="b53-53", feed="okean24-ru", lang="ru", published="2027-10-26T05:00:00Z",
    title="Москва отменила раунд в Джакарте и вновь приостановила консультации с Токио по мирному договору",
    summary="В МИД России объяснили решение присоединением Японии к Специальному трибуналу по «преступлению агрессии».",
    label="status_change", group="g-talks-jakarta-off", new_facts=[G7_FACT], must_mention=G7_MM_RU,
    note="Reversal six weeks after g-talks-jakarta-agreed (first in Russian): agreed-to-resume -> suspended again. Must alert on its own.",
    rubric="Политика", temp=9,
    body=[
        "Намеченный на 28 октября в Джакарте раунд российско-японских консультаций по проблематике мирного договора не состоится, а сами консультации приостанавливаются. Об этом говорится в заявлении МИД России, опубликованном во вторник.",
        "Решение принято в связи с присоединением Японии к соглашению Совета Европы о Специальном трибунале по преступлению агрессии против Украины. «Вступив в этот юридически ничтожный проект, японское правительство сделало выбор в пользу конфронтации. Вести в таких условиях диалог о мирном договоре невозможно», — отмечается в заявлении.",
        "В МИД подчеркнули, что вся ответственность за срыв консультаций лежит на Токио. Вернуться к диалогу Москва будет готова, «когда японская сторона продемонстрирует реальный, а не декларативный отказ от враждебного курса».",
        "О возобновлении консультаций, прерванных в марте 2022 года, стороны договорились 14 сентября. Первый раунд должен был пройти на уровне заместителей министров.",
        "Японская сторона, по данным японских СМИ, была уведомлена о решении по дипломатическим каналам накануне вечером.",
        "С момента договорённости о возобновлении консультаций прошло всего шесть недель, и ни одного раунда провести так и не успели.",
    ],
    related=[("МИД России подтвердил возобновление консультаций с Японией", "/politika/konsultacii-dzhakarta"),
             ("Что такое Специальный трибунал и кто в нём участвует", "/politika/tribunal")],
    comments=[("vostochnik", "26.10.2027 15:03", "Шесть недель. Рекорд."),
              ("Андрей_П", "26.10.2027 16:47", "А что они хотели? Сначала трибунал, потом переговоры.")])

add(id="b53-54", feed="pilotfish-en", lang="en", published="2027-10-26T09:30:00Z",
    title="Russia calls off Jakarta peace treaty round, suspends talks with Japan again",
    summary="Moscow blamed Tokyo's decision to join the special tribunal on the crime of aggression against Ukraine, six weeks after the two sides agreed to resume negotiations.",
    label="status_change", group="g-talks-jakarta-off", new_facts=[G7_FACT], must_mention=G7_MM_EN,
    note="English report of the reversal; same group.",
    section="Asia-Pacific", author="Daniel Okafor",
    body=[
        "Russia on Tuesday called off peace treaty talks with Japan scheduled for Thursday in Jakarta and said it was suspending the negotiations again, six weeks after the two countries agreed to restart them for the first time since 2022.",
        "Russia's foreign ministry said the decision was a response to Japan joining the Council of Europe agreement on a special tribunal for the crime of aggression against Ukraine, which Moscow considers illegitimate. \"Conducting a dialogue on a peace treaty under such conditions is impossible,\" the ministry said.",
        "Japan's chief cabinet secretary called the decision \"extremely regrettable\" and said Tokyo's participation in the tribunal was a matter of principle that had nothing to do with bilateral talks.",
        "The two governments had announced on Sept. 14 that deputy foreign ministers would meet in the Indonesian capital, reviving negotiations that Moscow broke off in March 2022 over Japanese sanctions.",
        "Former residents of the islands, who had hoped the talks would lead to the resumption of grave visits, said they were disappointed but not surprised.",
    ],
    related=[("Japan, Russia agree to resume peace treaty talks", "/asia-pacific/2027/09/talks-resume"),
             ("What the aggression tribunal can and cannot do", "/world/2027/10/tribunal-explainer")])

add(id="b53-55", feed="hamanami-ja", lang="ja", published="2027-10-26T13:00:00Z",
    title="ロシア、ジャカルタ協議を中止　平和条約交渉を再び停止　特別法廷参加に反発",
    summary="ロシア外務省は26日、28日にジャカルタで予定していた平和条約締結交渉の次官級協議を中止し、交渉を再び停止すると発表した。",
    label="status_change", group="g-talks-jakarta-off", new_facts=[G7_FACT], must_mention=G7_MM_JA,
    note="Japanese report of the reversal; same group.",
    cat="北方領土",
    body=[
        "　ロシア外務省は26日、28日にインドネシアのジャカルタで予定していた日本との平和条約締結交渉の次官級協議を中止し、交渉を再び停止すると発表した。日本がウクライナ侵略を巡る「侵略犯罪特別法廷」に関する欧州評議会の合意に参加したことに反発した。",
        "　両政府は9月14日、ロシアが2022年3月に継続を拒否した交渉の再開で合意したばかりだった。再開合意からわずか6週間で、協議は一度も開かれないまま頓挫した。",
        "　官房長官は同日夕の記者会見で「極めて遺憾だ。特別法廷への参加は国際法の原則に基づくもので、日ロ間の交渉とは別の問題だ」と述べた。",
        "　根室市の元島民団体の幹部は「期待していただけに残念でならない。それでも、私たちは声を上げ続けるしかない」と肩を落とした。",
    ],
    related=[("日ロ、平和条約交渉の再開で合意", "/hoppou/2027/09/14/saikai"),
             ("侵略犯罪特別法廷とは", "/hoppou/explainer/tribunal")])

add(id="b53-56", feed="eastmere-asia", lang="en", published="2027-11-02T05:00:00Z",
    title="Six weeks from thaw to freeze: why the Jakarta talks collapsed before they began",
    summary="Diplomats in Tokyo and Moscow say both sides misread how much the other was willing to give. No new talks are planned.",
    label="status_change", group="g-talks-jakarta-off", new_facts=[G7_FACT], must_mention=G7_MM_EN,
    note="Analysis a week later: follow-up of the reversal with no new fact; same group (an alert would be a repeat).",
    section="Analysis", author="Eastmere staff",
    body=[
        "When Tokyo and Moscow announced on September 14 that they would resume peace treaty negotiations in Jakarta, officials on both sides described the decision as cautious and limited. Six weeks later the talks were dead before the first session.",
        "Russia called off the October 28 round on October 26 and suspended the negotiations again, citing Japan's decision to join the special tribunal on the crime of aggression against Ukraine. Japan said the two issues were unrelated.",
        "Diplomats in both capitals, speaking on condition of anonymity, said each side had misread the other. Moscow, one said, had expected its offer of talks \"without preconditions\" to make Tokyo more cautious on Ukraine-related steps. Tokyo believed the tribunal decision, long in preparation, was already priced in.",
        "\"The Russians wanted a process they could switch off,\" said a former Japanese negotiator. \"They have shown that they can.\"",
        "Nothing has been scheduled since. For the former islanders in Nemuro, whose average age is now close to 90, the episode has been another lesson in waiting.",
    ],
    related=[("Russia calls off Jakarta peace treaty round", "/asia-pacific/2027/10/jakarta-off"),
             ("'Let me see my father's grave once more'", "/features/2027/08/former-islanders")])
