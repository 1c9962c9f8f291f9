"""blind53 stream, part 2: 2025-2026 (the wrong report and its correction, the hospital week)."""

S = []


def add(**kw):
    S.append(kw)


# ---------------------------------------------------------------- 23 occasion, 方針だ
add(id="b53-23", feed="nagisa-ja", lang="ja", published="2025-02-07T05:00:00Z",
    title="北方領土の日　首相「平和条約締結の方針は不変」　東京で返還要求大会",
    summary="「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれ、石破茂首相は領土問題を解決して平和条約を締結する方針に変わりはないと強調した。",
    label="restatement",
    note="Occasion (Northern Territories Day); PM restates Japan's policy; notes talks remain without prospect. Restates seed (Russia refused talks, halted visa-free trips). Ends with 方針だ.",
    cat="北方領土",
    body=[
        "　「北方領土の日」の7日、北方領土返還要求全国大会が東京都内で開かれ、元島民や関係団体の代表らが参加した。石破茂首相はあいさつで「領土問題を解決して平和条約を締結するとの方針を堅持する」と述べた。",
        "　首相は、ロシアのウクライナ侵略で日ロ関係は厳しい状況にあるとした上で、「元島民の方々の切実な思いに応えるため、北方墓参をはじめとする交流事業の再開を、引き続き最優先事項として求めていく」と強調した。",
        "　大会では元島民の代表が「私たちに残された時間は少ない。一日も早く故郷の島に渡り、先祖の墓に手を合わせたい」と訴え、返還運動の継続を誓うアピールを採択した。",
        "　ロシアは2022年3月、平和条約交渉の継続を拒否し、ビザなし交流や自由訪問の停止も一方的に表明した。交渉再開の見通しは立っていない。",
        "　政府は今後も外交ルートを通じ、まずは墓参の再開に向けてロシア側への働きかけを続ける方針だ。",
    ],
    related=[("下田条約170年　国境線を引いた日", "/hoppou/2025/02/shimoda"),
             ("根室でも住民大会　「返還へ声を」", "/doto/2025/02/nemuro-taikai")])

# ---------------------------------------------------------------- 24 anniversary
add(id="b53-24", feed="pilotfish-en", lang="en", published="2025-02-07T09:00:00Z",
    title="170 years after Shimoda, the treaty behind Japan's island claim still divides",
    summary="The 1855 treaty drew the first border between Russia and Japan between Iturup and Urup. Tokyo still builds its claim on it; Moscow says the war settled the matter.",
    label="restatement",
    note="Anniversary/background piece; restates seed history (1855 treaty, WWII, 1956 declaration, 2018 agreement to speed up talks, 2022 halt).",
    section="Asia-Pacific", author="Hiroshi Tanabe-Weiss",
    body=[
        "On February 7, 1855, in the port of Shimoda, the Russian admiral Yevfimy Putyatin and envoys of the Tokugawa shogunate signed a treaty of commerce, navigation and delimitation that drew the first border between the two empires: between the islands of Iturup and Urup, in the middle of the Kuril chain.",
        "One hundred and seventy years later, the Treaty of Shimoda remains the foundation of Japan's claim to Iturup, Kunashir, Shikotan and the Habomai islets, which Soviet forces occupied in August and September 1945. Japan marks the anniversary as Northern Territories Day, with a rally in Tokyo attended by the prime minister.",
        "Moscow's view is that the islands became part of the Soviet Union as a result of World War Two and that Russia's sovereignty over them, recorded in international documents, cannot be questioned.",
        "The closest the two sides came to a deal was the 1956 joint declaration, which ended the state of war and promised the handover of Shikotan and the Habomai islets once a peace treaty was signed. In 2018 the two leaders agreed to speed up negotiations on the basis of that declaration. In March 2022, after Japan imposed sanctions over Ukraine, Russia said it would not continue the talks.",
        "\"Shimoda is remembered in Japan as a peaceful settlement between equals,\" said a historian at a Tokyo university. \"In Russia it is a footnote. That asymmetry is the dispute in miniature.\"",
    ],
    related=[("Japan's diplomatic bluebook keeps tough line on Russia", "/asia-pacific/2024/04/bluebook"),
             ("Photo essay: Nemuro in winter", "/asia-pacific/2025/01/nemuro-winter")])

# ---------------------------------------------------------------- 25 look-alike: other island dispute
add(id="b53-25", feed="tidegate-wire", lang="en", published="2025-02-22T06:00:00Z",
    title="Shimane marks 'Takeshima Day' as Seoul lodges protest",
    summary="South Korea summoned a Japanese diplomat after a Cabinet Office official attended the annual ceremony on the islets Korea calls Dokdo.",
    label="off_topic",
    note="Look-alike: another island dispute (Takeshima/Dokdo, Japan-South Korea); Russia appears only in a passing line.",
    section="Asia Pacific", tags=["Japan", "South Korea", "Territorial disputes"], minutes=2,
    body=[
        "MATSUE, Japan, Feb 22 (Tidegate) - Japan's Shimane prefecture held its annual \"Takeshima Day\" ceremony on Saturday to press Japan's claim to a pair of rocky islets controlled by South Korea, prompting a protest from Seoul.",
        "A parliamentary vice-minister of the Cabinet Office attended the event in Matsue, as in previous years. South Korea's foreign ministry called the ceremony an unjust claim to what it calls Dokdo and summoned a senior diplomat from the Japanese embassy.",
        "The islets, about 215 km off the Korean coast, have been occupied by a small South Korean police unit since the 1950s. Both governments say the islands are historically theirs.",
        "The dispute has flared periodically even as Tokyo and Seoul have worked to improve ties and coordinate with Washington on North Korea.",
        "Japan also has territorial disputes with Russia, over four islands off Hokkaido, and with China, over the Senkaku islands in the East China Sea.",
    ],
    credit="(Reporting by Naoko Ishida; Editing by Martin Reyes)",
    related=[("Seoul, Tokyo hold first security dialogue in two years", "/asia/2025/02/security-dialogue")])

# ---------------------------------------------------------------- G4: the wrong early report (first in Japanese)
G4_MM_JA = [["ビーチャジ", "s350", "s-350"], ["国後"]]
G4_MM_EN = [["vityaz", "s-350"], ["kunashir"]]
G4_FACT = "Russian Eastern Military District photos captioned as an S-350 Vityaz air-defence unit taking up combat duty on Kunashir (reported 4 March 2025; later corrected)"

add(id="b53-26", feed="nagisa-ja", lang="ja", published="2025-03-04T02:10:00Z",
    title="国後島に新型地対空ミサイル「ビーチャジ」　ロシア軍が写真公開",
    summary="ロシア東部軍管区は3日、新型地対空ミサイルシステム「S350ビーチャジ」の部隊が国後島で戦闘当直に就いたとする写真を公開した。北方領土への同システムの配備が明らかになるのは初めて。",
    label="new_development", group="g-vityaz-kunashir-report", new_facts=[G4_FACT], must_mention=G4_MM_JA,
    note="Early report (Japanese) that later proves wrong. At publication it reports a new deployment not in the seeds, so it is a development; its correction is a separate labelled group.",
    cat="北方領土",
    body=[
        "　ロシア東部軍管区の報道部門は3日、通信アプリ「テレグラム」の公式チャンネルで、新型の地対空ミサイルシステム「S350ビーチャジ」の部隊が「クナシル（国後）島で戦闘当直に就いた」との説明を付けた写真を公開した。北方領土へのS350の配備が明らかになるのは初めてとみられる。",
        "　S350は中距離の防空システムで、航空機や巡航ミサイルなどの迎撃を想定している。ロシア軍は2016年に国後、択捉両島に地対艦ミサイル「バル」「バスチオン」を配備するなど、北方四島で軍備の増強を進めてきた。",
        "　公開された写真には、雪の残る丘陵地に展開した発射機やレーダー車両が写っている。撮影場所や撮影日は明らかにされていない。",
        "　防衛省は「情報の収集・分析に努めている」としている。配備が確認されれば、日本政府はロシア側に抗議するとみられる。",
    ],
    related=[("ロシア軍、北方四島で演習　防衛省が確認", "/hoppou/2024/10/exercise"),
             ("北方領土のロシア軍　配備の現状", "/hoppou/explainer/russian-forces")])

add(id="b53-27", feed="tidegate-wire", lang="en", published="2025-03-04T05:00:00Z",
    title="Russia deploys S-350 air defence system on Kunashir, military photos suggest",
    summary="Pictures released by Russia's Eastern Military District were captioned as showing an S-350 Vityaz unit on combat duty on the Japan-claimed island.",
    label="new_development", group="g-vityaz-kunashir-report", new_facts=[G4_FACT], must_mention=G4_MM_EN,
    note="English copy of the early (wrong) report; same group.",
    section="Asia Pacific", tags=["Russia", "Japan", "Defence", "Kuril Islands"], minutes=2,
    body=[
        "TOKYO, March 4 (Tidegate) - Russia has deployed its S-350 Vityaz air defence system on Kunashir, one of the islands claimed by Japan, according to photographs released by Russia's Eastern Military District and first reported by Japanese media on Tuesday.",
        "The district's press service posted the pictures on its Telegram channel on Monday with a caption saying an S-350 unit had \"taken up combat duty on Kunashir island\". It would be the first reported deployment of the medium-range system on the disputed islands.",
        "The Vityaz, designed to replace older S-300 batteries, can engage aircraft and cruise missiles. Russia deployed Bal and Bastion coastal missile systems on Kunashir and Iturup in 2016.",
        "Japan's Defence Ministry said it was gathering and analysing information.",
        "The photos showed launchers and radar vehicles on snow-covered hills but did not reveal the exact location. Tokyo has protested earlier Russian deployments on the islands, which Soviet troops seized at the end of World War Two and which Japan calls its Northern Territories.",
        "Russia's defence ministry did not immediately respond to a request for comment.",
    ],
    credit="(Reporting by Naoko Ishida; Editing by Hal Brenner)",
    related=[("Japan defence budget hits record for third year", "/asia/2024/12/jp-defence-budget")])

add(id="b53-28", feed="eastmere-asia", lang="en", published="2025-03-04T07:30:00Z",
    title="Japan 'analysing' report of new Russian air defences on Kunashiri, Nakatani says",
    summary="The defence minister said Tokyo would respond if the deployment were confirmed, but would not comment on the photos themselves.",
    label="new_development", group="g-vityaz-kunashir-report", new_facts=[G4_FACT], must_mention=G4_MM_EN,
    note="Follow-up of the early report: Japan is checking; conditional protest ('if confirmed'); no new fact. Same group.",
    section="Japan", author="Eastmere staff",
    body=[
        "Japan's Defence Minister Gen Nakatani said on Tuesday that the government was analysing photographs released by the Russian military that appear to show an S-350 Vityaz air defence unit deployed on Kunashiri, the island Russia calls Kunashir.",
        "\"We are aware of the images and are analysing them together with other information,\" Nakatani told reporters. \"If the deployment is confirmed, it would be inconsistent with Japan's position, and we would respond appropriately.\"",
        "Chief Cabinet Secretary Yoshimasa Hayashi said separately that Japan would lodge a protest through diplomatic channels if the reports proved accurate.",
        "The photos were posted on Monday by the press service of Russia's Eastern Military District. Japanese and international outlets reported them on Tuesday morning as the first deployment of the system on the four islands, which Japan calls its Northern Territories.",
        "Russia has steadily built up its forces on the islands over the past decade, and Tokyo has routinely protested.",
    ],
    related=[("On Nemuro's quay, a fishing season framed by a frozen border", "/features/2024/05/nemuro"),
             ("Japan's new long-range missiles: where they will go", "/japan/2025/02/standoff")])

# ---------------------------------------------------------------- G5: the correction (first in Russian)
G5_MM_RU = [["сахалин"], ["опроверг", "не соответству", "ошиб"]]
G5_MM_JA = [["サハリン"], ["訂正", "誤り"]]
G5_MM_EN = [["sakhalin"], ["correct", "error", "wrong", "retract"]]
G5_FACT = "Correction/denial: the Eastern Military District says the S-350 unit is on duty near Korsakov on Sakhalin, not on Kunashir; the caption was an error and there was no change to forces on the Kurils - the earlier report was wrong"

add(id="b53-29", feed="priliv-ru", lang="ru", published="2025-03-04T12:40:00Z",
    title="В ВВО опровергли размещение «Витязя» на Кунашире: дивизион дежурит на Сахалине",
    summary="Подпись к фотографиям в телеграм-канале округа содержала ошибку, пояснили в пресс-службе.",
    label="new_development", group="g-vityaz-correction", new_facts=[G5_FACT], must_mention=G5_MM_RU,
    note="The correction itself (first in Russian): the earlier report of a deployment on Kunashir is withdrawn by the source. A subscriber who got the first alert must be told; separate group.",
    rubric="Армия", rubric_slug="armiya", views=8730, weather="-6",
    body=[
        "Пресс-служба Восточного военного округа заявила во вторник, что сообщения японских СМИ о размещении зенитного ракетного комплекса С-350 «Витязь» на острове Кунашир не соответствуют действительности.",
        "По данным округа, зенитный ракетный дивизион, получивший новые комплексы, заступил на боевое дежурство на юге Сахалина, в окрестностях Корсакова. Подпись к фотографиям, опубликованным накануне в официальном телеграм-канале округа, содержала ошибку: вместо Сахалина в ней был указан Кунашир. Публикацию исправили.",
        "«Никаких изменений в составе группировки войск на Курильских островах не производилось», — подчеркнули в пресс-службе.",
        "Утром ряд японских изданий со ссылкой на ту же публикацию сообщил о «первом размещении» С-350 на южных Курилах, а министр обороны Японии Гэн Накатани заявил, что Токио анализирует информацию.",
        "С-350 «Витязь» — зенитный ракетный комплекс средней дальности, который постепенно заменяет в войсках комплексы С-300ПС.",
        "После уточнения со стороны округа несколько японских изданий, по их собственным сообщениям, начали исправлять опубликованные материалы.",
        "Военный эксперт, с которым побеседовал «Прилив», отметил, что ошибки в подписях к фотографиям в ведомственных каналах случаются нередко, «но в чувствительных темах вроде Курил они мгновенно становятся международной новостью».",
    ],
    related=[("На Сахалине прошли учения зенитчиков", "/news/2025/02/ucheniya-zenitchiki"),
             ("Корсаков: новый причал для паромов", "/ekonomika/korsakov-prichal")])

add(id="b53-30", feed="nagisa-ja", lang="ja", published="2025-03-04T22:00:00Z",
    title="【訂正】「国後島にビーチャジ」記事　配備先はサハリン南部でした",
    summary="4日配信の記事で、ロシア軍の新型地対空ミサイル「S350ビーチャジ」の配備先を国後島としたのは誤りでした。ロシア東部軍管区が写真説明を訂正し、配備先はサハリン南部だと発表しました。",
    label="new_development", group="g-vityaz-correction", new_facts=[G5_FACT], must_mention=G5_MM_JA,
    note="The Japanese outlet's own correction notice; same correction group.",
    cat="北方領土", updated_note="（訂正記事）",
    body=[
        "　4日配信の「国後島に新型地対空ミサイル『ビーチャジ』　ロシア軍が写真公開」の記事で、配備先を北方領土の国後島としたのは誤りでした。ロシア東部軍管区は4日、写真の説明文に誤りがあったとして訂正し、部隊はサハリン南部のコルサコフ周辺で戦闘当直に就いたと発表しました。見出しと本文を訂正し、おわびします。",
        "　東部軍管区の報道部門は「クリール諸島の部隊構成に変更はない」としています。防衛省関係者も、北方領土で新たな防空システムの配備は確認されていないとしています。",
        "　本紙は東部軍管区が公開した写真説明を基に報じましたが、ロシア側への確認が不十分でした。今後、確認を徹底します。",
        "　＜訂正前の記事の概要＞ロシア東部軍管区が3日に公開した写真の説明を基に、新型地対空ミサイルシステム「S350ビーチャジ」の部隊が国後島で戦闘当直に就き、北方領土への同システムの配備が明らかになるのは初めてと報じました。",
    ],
    related=[("訂正・おわびの一覧", "/corrections"),
             ("北方領土のロシア軍　配備の現状", "/hoppou/explainer/russian-forces")])

add(id="b53-31", feed="eastmere-asia", lang="en", published="2025-03-05T04:00:00Z",
    title="Vityaz missiles are on Sakhalin, not Kunashiri, Moscow says as Japanese reports are corrected",
    summary="Russia's Eastern Military District blamed a wrong photo caption; Tokyo says it has seen no new air-defence deployment on the islands.",
    label="new_development", group="g-vityaz-correction", new_facts=[G5_FACT], must_mention=G5_MM_EN,
    note="English report of the correction; same correction group.",
    section="Japan", author="Eastmere staff",
    body=[
        "Russia's military said on Tuesday that a new S-350 Vityaz air defence unit had been deployed on Sakhalin, not on the Japan-claimed island of Kunashiri, blaming an erroneous caption on photographs it had posted a day earlier.",
        "The Eastern Military District said the unit had taken up combat duty near the port of Korsakov in the south of Sakhalin and that there had been no change in the composition of Russian forces on the Kuril Islands. The caption on its Telegram channel, which had named Kunashir, was corrected.",
        "Several Japanese outlets, including the Hokkaido daily Nagisa Shimpo, had reported the photos on Tuesday morning as showing the first deployment of the system on the disputed islands. Nagisa Shimpo published a correction and an apology, and other outlets updated their reports.",
        "Chief Cabinet Secretary Yoshimasa Hayashi told reporters on Wednesday that the government had not confirmed any new air defence deployment on the Northern Territories and that no protest had been lodged.",
        "Sakhalin is undisputed Russian territory. The episode shows how quickly unverified military news about the islands travels between Russian social media and Japanese newsrooms.",
    ],
    related=[("Japan 'analysing' report of new Russian air defences on Kunashiri", "/japan/2025/03/nakatani-vityaz"),
             ("Sakhalin's military build-up, explained", "/russia-far-east/2024/11/sakhalin-forces")])

# ---------------------------------------------------------------- 32 look-alike: named after the Kurils
add(id="b53-32", feed="okean24-ru", lang="ru", published="2025-04-22T05:00:00Z",
    title="В Ленинградской области спустили на воду краболов «Курильские острова»",
    summary="Судно для камчатской компании начнёт промысел краба в Охотском и Беринговом морях в 2026 году.",
    label="off_topic",
    note="Look-alike: a vessel named 'Kuril Islands'; shipbuilding news, nothing about the islands or the treaty.",
    rubric="Рыба", temp=5,
    body=[
        "На судостроительном заводе в Отрадном Ленинградской области спустили на воду краболов «Курильские острова». Судно строится по программе инвестиционных квот для рыбодобывающей компании из Петропавловска-Камчатского.",
        "Длина краболова — 55 метров, он оснащён линией по переработке и заморозке краба и аквариумами для перевозки живой продукции. После достроечных работ на плаву и ходовых испытаний судно совершит переход на Дальний Восток Северным морским путём.",
        "Промысел краба-стригуна опилио и синего краба «Курильские острова» начнёт в Охотском и Беринговом морях в 2026 году. Экипаж составит 28 человек.",
        "По словам представителя заказчика, название выбрано в честь Курильской гряды, у которой компания работала в 1990-е годы. Это уже третье судно серии; два предыдущих получили названия «Командоры» и «Шантары».",
        "Программа инвестиционных квот позволяет компаниям получать часть квот на вылов в обмен на строительство новых судов на российских верфях. По ней уже построены десятки краболовов и траулеров.",
        "Церемония спуска прошла в присутствии представителей заказчика и правительства Ленинградской области. Крёстной матерью судна стала сотрудница компании, проработавшая на крабовом промысле больше 20 лет.",
    ],
    related=[("Камчатские рыбаки перевыполнили план по лососю", "/ryba/kamchatka-losos"),
             ("Инвестквоты: второй этап", "/ekonomika/investkvoty-2")])

# ---------------------------------------------------------------- 33 unrelated Japan-Russia news
add(id="b53-33", feed="pilotfish-en", lang="en", published="2025-05-20T06:30:00Z",
    title="Japanese buyers keep Sakhalin-2 LNG flowing as sanctions waiver question looms",
    summary="Utilities say the Russian project remains too important to abandon, even as Tokyo pledges to cut its dependence on Russian energy.",
    label="off_topic",
    note="Unrelated Japan-Russia news (energy trade); no treaty or island content.",
    section="Energy", author="Sophie Anand",
    body=[
        "Japanese utilities are continuing to take cargoes of liquefied natural gas from Russia's Sakhalin-2 project and say they have no plans to walk away from long-term contracts, even as the future of a U.S. sanctions waiver covering the project remains uncertain.",
        "Sakhalin-2, off Russia's Pacific coast, supplies close to a tenth of Japan's LNG imports. Japanese trading houses Mitsui and Mitsubishi kept their stakes after Shell exited in 2022, and Tokyo has argued that the project is vital for energy security.",
        "\"We are working on the assumption that the cargoes keep coming,\" said an executive at one regional utility who declined to be named. \"Replacing those volumes at short notice would be very expensive.\"",
        "The government has said it will reduce dependence on Russian energy over time while avoiding disruptions to supply, and industry officials say diversification into U.S. and Australian LNG is under way.",
        "Analysts said the issue was likely to come up again ahead of the next G7 summit.",
    ],
    related=[("Japan's LNG imports fall to lowest since 2009", "/energy/2025/04/lng-imports"),
             ("Arctic LNG 2 struggles to find buyers", "/energy/2025/03/arctic-lng")])

# ---------------------------------------------------------------- 34 annual report restating
add(id="b53-34", feed="tidegate-wire", lang="en", published="2025-07-15T03:00:00Z",
    title="Japan defence white paper flags China-Russia drills, repeats concern over northern islands",
    summary="The annual report again describes Russian forces on the disputed islands as a concern but reports no new deployment there.",
    label="restatement",
    note="Annual report restating positions; no new deployment or move. Restates Japan's claim and Russia's military presence (seed background).",
    section="Asia Pacific", tags=["Japan", "Defence", "Russia", "China"], minutes=3,
    body=[
        "TOKYO, July 15 (Tidegate) - Japan's annual defence white paper, approved by the cabinet on Tuesday, warns that joint military activity by China and Russia around Japan is a \"grave concern\" and again says Russia is continuing to strengthen its forces on islands off Hokkaido that Japan claims.",
        "Defence Minister Gen Nakatani presented the report at the cabinet meeting, and officials briefed reporters on its main points afterwards.",
        "The report says Russia maintains a division on Iturup and Kunashir, with coastal missile systems and fighter jets, and continues to hold exercises on the islands, which Japan calls the Northern Territories. It uses the same wording on the islands as last year's edition and does not report any new deployment.",
        "The paper also highlights joint bomber flights and naval patrols by Chinese and Russian forces near Japan, North Korea's missile launches and China's growing military pressure around Taiwan.",
        "Russia's embassy has in the past rejected the white papers as anti-Russian propaganda. Moscow says its sovereignty over the islands is indisputable.",
    ],
    credit="(Reporting by Kentaro Mori; Editing by Hal Brenner)",
    related=[("China, Russia bombers fly near Japan again", "/asia/2025/06/bombers")])

# ---------------------------------------------------------------- 35 neutral: quake
add(id="b53-35", feed="eastmere-asia", lang="en", published="2025-09-23T12:00:00Z",
    title="Magnitude 6.1 quake strikes off Iturup; no tsunami, no damage reported",
    summary="Shaking was felt in Kurilsk and as far as Nemuro; Russian and Japanese agencies said there was no tsunami threat.",
    label="neutral",
    note="Borderline: a natural event on the Kuril Islands, with no political or treaty content.",
    section="Russia's Far East", author="Eastmere staff",
    body=[
        "An earthquake of magnitude 6.1 struck off the Pacific coast of Iturup on Tuesday evening, Russian and Japanese seismologists said. No tsunami warning was issued and there were no reports of damage or injuries.",
        "The quake hit at a depth of about 60 km some 80 km east of the island, according to Japan's Meteorological Agency. It was felt in Kurilsk, the island's main town, and weakly in eastern Hokkaido, including Nemuro.",
        "Local authorities in the Kuril district said schools and the hospital were inspected and no damage was found. Ferry and air traffic continued normally.",
        "The Kuril-Kamchatka trench is one of the most seismically active zones in the world. A magnitude 8.8 quake off Kamchatka in July generated tsunami alerts across the Pacific.",
        "Residents of Kurilsk told local media that dishes rattled and lights swayed for several seconds. \"It was strong, but we are used to it,\" one said.",
        "Japan's Meteorological Agency said slight sea-level changes were possible along the Pacific coast of Hokkaido but posed no danger.",
    ],
    related=[("Kamchatka quake: what the tsunami warnings got right", "/russia-far-east/2025/08/kamchatka-tsunami")])

# ---------------------------------------------------------------- 36 neutral: op-ed
add(id="b53-36", feed="pilotfish-en", lang="en", published="2025-11-18T08:00:00Z",
    title="Opinion: Tokyo should stop pretending the two-island deal is still alive",
    summary="A Hokkaido scholar argues that Japan's island policy needs a new vocabulary, since the 2018 framework died in 2022.",
    label="neutral",
    note="Borderline: an opinion column arguing for a new policy; no official act, restates the known situation.",
    section="Opinion", author="Haruka Mizoguchi",
    body=[
        "Every February 7 the prime minister of Japan stands before a rally in Tokyo and promises to resolve the territorial issue and conclude a peace treaty with Russia. The words have not changed in years. The world around them has.",
        "In 2018 Tokyo and Moscow agreed to accelerate negotiations on the basis of the 1956 joint declaration, which promised Japan two of the four islands after a treaty. That framework was fragile from the start, and in March 2022 Moscow buried it, announcing it would no longer negotiate with a country that had imposed sanctions on it.",
        "Since then, Japanese officials have carefully avoided saying aloud that the two-island approach is finished. I understand why: admitting it would seem to reward Russia's war. But the pretence has a cost. It leaves former islanders, whose average age is close to 90, waiting for a process that does not exist.",
        "Japan should say plainly that the talks are suspended by Moscow's choice, put the humanitarian agenda - grave visits, fishing safety - on a separate track, and stop presenting every contact with Russian officials as a step towards a treaty.",
        "None of this requires giving up the claim. It requires honesty about the time scale.",
        "The author is a professor of international relations at a university in Sapporo.",
    ],
    related=[("170 years after Shimoda, the treaty behind Japan's island claim still divides", "/asia-pacific/2025/02/shimoda-170")])

# ---------------------------------------------------------------- 37 new speaker / occasion restating
add(id="b53-37", feed="dalny-dozor-ru", lang="ru", published="2026-02-07T10:00:00Z",
    title="Захарова ответила на «День северных территорий»: принадлежность Курил не обсуждается",
    summary="Официальный представитель МИД России прокомментировала ежегодный митинг в Токио с требованием «возвращения» островов.",
    label="restatement",
    note="Occasion (Japan's Northern Territories Day) and a restatement by the MFA spokeswoman of seed positions: sovereignty indisputable; no peace treaty talks while Tokyo is unfriendly.",
    body=[
        "Официальный представитель МИД России Мария Захарова, комментируя в своём телеграм-канале проведённый в Токио ежегодный «общенациональный митинг» с требованием «возвращения северных территорий», заявила, что суверенитет России над Курильскими островами закреплён по итогам Второй мировой войны и сомнению не подлежит.",
        "«Японская сторона из года в год повторяет одни и те же реваншистские лозунги. Вопрос принадлежности южных Курил закрыт, и никакие митинги этого не изменят», — написала дипломат.",
        "По словам Захаровой, в нынешних условиях, когда Токио проводит откровенно недружественный курс и участвует в санкционном давлении на Россию, вести переговоры о мирном договоре невозможно. «Вся ответственность за состояние двусторонних отношений лежит на японском правительстве», — подчеркнула она.",
        "Захарова также напомнила, что в 2022 году Москва вышла из диалога о совместной хозяйственной деятельности на южных Курилах и прекратила безвизовые обмены, и эти решения «остаются в силе».",
        "Ранее в тот же день на митинге в Токио премьер-министр Японии вновь заявил о намерении «решить территориальную проблему и заключить мирный договор».",
        "«День северных территорий» отмечается в Японии 7 февраля — в годовщину подписания Симодского трактата 1855 года.",
    ],
    related=[("Ноздрев: смена премьера в Токио не меняет ситуацию с мирным договором", "/intervyu/nozdrev"),
             ("МИД России: японские санкции бьют по самой Японии", "/diplomatiya/sankcii")])

# ---------------------------------------------------------------- 38 neutral: volcano
add(id="b53-38", feed="okean24-ru", lang="ru", published="2026-04-14T03:00:00Z",
    title="Вулкан Тятя на Кунашире выбросил пепел на высоту 3,5 километра",
    summary="Для авиации установлен оранжевый код опасности. Угрозы населённым пунктам нет.",
    label="neutral",
    note="Borderline: natural event on Kunashir; no political content.",
    rubric="Курилы", temp=3,
    body=[
        "Вулкан Тятя на северо-востоке острова Кунашир во вторник утром выбросил пепел на высоту до 3,5 километра над уровнем моря, сообщила Сахалинская группа реагирования на вулканические извержения (SVERT).",
        "Пепловый шлейф протянулся на восток, в сторону Тихого океана. Для авиации установлен оранжевый код опасности. В Южно-Курильске и других посёлках пеплопада не зафиксировано, угрозы для населения нет. Морское сообщение с Сахалином не нарушено.",
        "По словам вулканологов, активность вулкана может продолжиться в ближайшие дни. Рейсы в аэропорт Менделеево выполняются по расписанию, но авиакомпания предупредила пассажиров о возможных задержках и переносах вылетов.",
        "Крупное извержение Тяти произошло в 1973 году, тогда пепел выпал на значительной части острова, а жителей нескольких посёлков временно эвакуировали.",
        "Тятя — один из самых высоких вулканов Курильской гряды, его высота 1819 метров. Вулкан находится на территории заповедника «Курильский», доступ туристов к нему ограничен.",
        "Специалисты SVERT ведут наблюдение по спутниковым данным и показаниям сейсмических станций на острове. Жителям рекомендовали при пеплопаде закрывать окна и пользоваться защитными масками.",
    ],
    related=[("Эбеко снова пылит: Парамушир под пеплом", "/kurily/ebeko"),
             ("Как устроена система оповещения об извержениях", "/kurily/svert")])

# ---------------------------------------------------------------- 39 look-alike: other treaty
add(id="b53-39", feed="tidegate-wire", lang="en", published="2026-09-08T02:00:00Z",
    title="Japan, U.S. mark 75 years since San Francisco peace treaty with pledge to deepen alliance",
    summary="Officials of both countries used the anniversary of the 1951 treaty and the security pact signed the same day to stress the alliance's role in a tenser region.",
    label="off_topic",
    note="Look-alike: a different peace treaty (San Francisco, Japan-U.S. alliance); nothing on Russia or the Kurils.",
    section="Asia Pacific", tags=["Japan", "United States", "History"], minutes=3,
    body=[
        "TOKYO, Sept 8 (Tidegate) - Japan and the United States marked the 75th anniversary of the San Francisco Peace Treaty on Tuesday, with officials on both sides saying the alliance born on the same day in 1951 was more important than ever.",
        "The treaty, signed by Japan and 48 nations at the War Memorial Opera House in San Francisco, formally ended the Allied occupation when it took effect in April 1952. Hours after the signing, Japan and the United States signed their first security treaty, allowing U.S. forces to remain in the country.",
        "At a symposium in Tokyo, Japan's foreign minister said the two treaties had laid the foundation for Japan's post-war peace and prosperity. The U.S. ambassador said the alliance now had to adapt to China's military rise and North Korea's weapons programmes.",
        "Okinawa, which remained under U.S. administration until 1972, held a separate event at which the prefecture's governor called for a reduction of the U.S. military footprint on the islands.",
    ],
    credit="(Reporting by Kentaro Mori; Editing by Martin Reyes)",
    related=[("Japan, U.S. to expand joint command links", "/asia/2026/07/command")])

# ---------------------------------------------------------------- 40 new speaker restating
add(id="b53-40", feed="tidegate-wire", lang="en", published="2026-10-06T04:00:00Z",
    title="Japan's new foreign minister vows 'patient' diplomacy on Russian-held islands",
    summary="At his first news conference the minister said Tokyo's policy of resolving the territorial issue and signing a peace treaty was unchanged, but acknowledged there was no prospect of talks.",
    label="restatement",
    note="New speaker restating Japan's known position; talks still without prospect (seed: Russia refuses to negotiate).",
    section="Asia Pacific", tags=["Japan", "Russia", "Diplomacy"], minutes=2,
    body=[
        "TOKYO, Oct 6 (Tidegate) - Japan's new foreign minister said on Tuesday that Tokyo would pursue \"patient\" diplomacy to resolve its dispute with Russia over four islands off Hokkaido, but acknowledged there was no prospect of resuming peace treaty negotiations for now.",
        "\"Our policy of resolving the territorial issue and concluding a peace treaty has not changed,\" the minister told his first news conference after taking office. \"The situation is severe because of Russia's aggression against Ukraine, and there is at present no outlook for the negotiations to resume.\"",
        "He said Japan would continue to ask Moscow to allow former residents of the islands to visit family graves, calling it the most urgent humanitarian issue between the two countries.",
        "Russia said in 2022 that it would not continue treaty talks with Japan because of Tokyo's sanctions, and has since repeated that position.",
        "Asked whether Tokyo would consider easing sanctions to restart dialogue, the minister said Japan would continue to coordinate closely with its Group of Seven partners on Russia policy.",
    ],
    credit="(Reporting by Naoko Ishida; Editing by Hal Brenner)",
    related=[("New Japanese cabinet sworn in", "/asia/2026/10/cabinet")])

# ---------------------------------------------------------------- 41 look-alike: Yuzhno-Sakhalinsk, not Yuzhno-Kurilsk
add(id="b53-41", feed="priliv-ru", lang="ru", published="2026-10-20T02:30:00Z",
    title="Турецкая компания построит онкоцентр в Южно-Сахалинске",
    summary="Контракт на 9,8 млрд рублей подписан с компанией «Кузей Япы». Новый корпус онкодиспансера должны сдать в 2028 году.",
    label="off_topic",
    note="Look-alike: the same Turkish contractor builds a hospital in Yuzhno-Sakhalinsk (Sakhalin, not the Kurils). Precedes the Kuril contract of g-turkish-hospital.",
    rubric="Экономика", rubric_slug="ekonomika", views=2210, weather="+8",
    body=[
        "Правительство Сахалинской области подписало контракт с турецкой строительной компанией «Кузей Япы» на возведение нового корпуса областного онкологического диспансера в Южно-Сахалинске. Стоимость работ составит 9,8 млрд рублей, объект должны ввести в эксплуатацию в конце 2028 года.",
        "В новом корпусе разместятся стационар на 160 коек, отделение лучевой терапии и дневной стационар. Проект прошёл государственную экспертизу в августе.",
        "Компания «Кузей Япы» работает в регионе с 2019 года: она построила спортивный комплекс в Корсакове и жилой квартал в Южно-Сахалинске. «Подрядчик зарекомендовал себя надёжным партнёром, сроки по прежним объектам соблюдались», — заявили в региональном минстрое.",
        "Нынешнее здание онкодиспансера построено в 1970-х годах и давно не отвечает требованиям, отметили в областном минздраве.",
        "Губернатор Сахалинской области назвал строительство онкоцентра одним из приоритетов региональной программы модернизации здравоохранения. «Наши жители должны получать высокотехнологичную помощь дома, а не ехать за ней во Владивосток или Москву», — сказал он.",
        "По условиям контракта подрядчик обязан использовать оборудование и материалы, сертифицированные в России, и привлекать местные субподрядные организации.",
    ],
    related=[("В Южно-Сахалинске открылась новая поликлиника", "/news/2026/09/poliklinika"),
             ("Сахалин привлекает турецких строителей: почему", "/ekonomika/turki-stroiteli")])

# ---------------------------------------------------------------- 42 prospect only, late negation
add(id="b53-42", feed="dalny-dozor-ru", lang="ru", published="2026-11-10T05:00:00Z",
    title="Больница в Южно-Курильске: подрядчика пока не выбрали",
    summary="Областной минздрав не исключил участия иностранной компании в строительстве, но решение ещё не принято.",
    label="restatement",
    note="Prospect-only version of the later move ('does not rule out', decision not taken); no new fact.",
    body=[
        "Министр здравоохранения Сахалинской области, отвечая на вопрос о том, могут ли к строительству новой центральной районной больницы в Южно-Курильске, проект которой обсуждается уже несколько лет, быть привлечены иностранные подрядчики, в том числе турецкая компания, которая уже взялась за онкоцентр в областном центре, заявил, что такой вариант не исключается, однако окончательное решение о выборе генерального подрядчика пока не принято.",
        "«Мы рассматриваем несколько вариантов. Главное — чтобы больница была построена в срок и качественно, а кто будет подрядчиком, определит конкурс», — сказал министр.",
        "Нынешнее здание районной больницы на Кунашире было построено в 1980-х годах. Жители острова давно жалуются на нехватку узких специалистов и оборудования; сложные пациенты вывозятся санавиацией в Южно-Сахалинск.",
        "Депутаты Сахалинской областной думы ранее предлагали ускорить строительство больницы в рамках программы развития Курил, однако источник финансирования и сроки в министерстве не уточнили.",
        "По словам министра, подрядчик должен быть определён до конца года, а само строительство может занять около трёх лет.",
    ],
    related=[("Турецкая компания построит онкоцентр в Южно-Сахалинске", "/regiony/onkocentr"),
             ("Санавиация на Курилах: итоги года", "/regiony/sanaviaciya")])

# ---------------------------------------------------------------- G8: Turkish hospital on Kunashir (first in Russian)
G8_MM_RU = [["турец", "кузей"], ["больниц"]]
G8_MM_EN = [["turkish", "kuzey"], ["hospital"]]
G8_MM_JA = [["トルコ"], ["病院"]]
G8_FACT = "Sakhalin region signed a 5.6 bn rouble contract with the Turkish firm Kuzey Yapi to build a new district hospital in Yuzhno-Kurilsk on Kunashir by end-2029 - the first Turkish contract on the islands; Japan objected"

add(id="b53-43", feed="okean24-ru", lang="ru", published="2026-11-24T03:00:00Z",
    title="Больницу в Южно-Курильске построит турецкая компания",
    summary="Контракт на 5,6 млрд рублей заключён с фирмой «Кузей Япы». Это первый турецкий подрядчик на Курильских островах.",
    label="new_development", group="g-turkish-hospital", new_facts=[G8_FACT], must_mention=G8_MM_RU,
    note="First report (Russian) of a new economic project on the islands with a third-country contractor; not in seeds.",
    rubric="Курилы", temp=2,
    body=[
        "Правительство Сахалинской области заключило контракт с турецкой строительной компанией «Кузей Япы» на строительство новой центральной районной больницы в Южно-Курильске на острове Кунашир. Об этом сообщили в региональном министерстве строительства.",
        "Стоимость контракта — 5,6 млрд рублей. Больничный комплекс будет включать стационар на 80 коек, поликлинику на 250 посещений в смену, родильное отделение и вертолётную площадку для санавиации. Объект должны сдать в конце 2029 года.",
        "Это первый контракт турецкого подрядчика на Курильских островах. Ранее «Кузей Япы» выиграла подряд на строительство корпуса онкодиспансера в Южно-Сахалинске.",
        "«Компания готова завозить материалы морем напрямую на Кунашир и обеспечить вахтовиков жильём, это было важным условием», — пояснили в минстрое. Строительная площадка уже подготовлена, первые работы начнутся весной.",
        "Нынешнее здание больницы в Южно-Курильске эксплуатируется с 1980-х годов.",
        "Губернатор Сахалинской области назвал новую больницу одним из самых важных объектов для жителей южных Курил. «Сегодня беременных женщин и пациентов с серьёзными заболеваниями приходится вывозить на Сахалин. Новая больница позволит оказывать помощь на месте», — сказал он.",
        "Финансирование предусмотрено государственной программой социально-экономического развития Курильских островов.",
    ],
    related=[("Больница в Южно-Курильске: подрядчика пока не выбрали", "/kurily/bolnica-podryadchik"),
             ("На Кунашире открылся новый спорткомплекс", "/kurily/sportkompleks")],
    comments=[("kunashir_local", "24.11.2026 14:22", "Дождались. Главное, чтобы не растянули на десять лет."),
              ("Олег В.", "24.11.2026 15:40", "А врачей кто туда повезёт? Здание без людей не лечит.")])

add(id="b53-44", feed="pilotfish-en", lang="en", published="2026-11-24T09:00:00Z",
    title="Turkish builder wins contract for hospital on Japan-claimed Kunashir",
    summary="Kuzey Yapi's 5.6 billion rouble deal is the first Turkish contract on the disputed islands and is likely to draw a protest from Tokyo.",
    label="new_development", group="g-turkish-hospital", new_facts=[G8_FACT], must_mention=G8_MM_EN,
    note="English report of the hospital contract.",
    section="Asia-Pacific", author="Sophie Anand",
    body=[
        "A Turkish construction company will build a new hospital on Kunashir, one of the Russian-held islands claimed by Japan, the Sakhalin regional government said on Tuesday, in the first Turkish contract on the disputed islands.",
        "Kuzey Yapi signed a 5.6 billion rouble ($70 million) deal to build an 80-bed hospital, a clinic and a maternity ward in Yuzhno-Kurilsk, the island's main town, by the end of 2029, the region's construction ministry said.",
        "The company is already building a cancer treatment centre in Yuzhno-Sakhalinsk, the regional capital on Sakhalin, a contract it won in October.",
        "Japan has objected to third-country companies doing business on the islands, arguing that such projects are incompatible with its legal position. Ankara, which has kept trade and construction ties with Moscow since the invasion of Ukraine, has not commented.",
        "Russia has tried to attract foreign investors to the Kurils with tax breaks since 2023, with limited success.",
    ],
    related=[("Opinion: Tokyo should stop pretending the two-island deal is still alive", "/opinion/2025/11/two-islands"),
             ("Turkey's builders thrive in sanctions-era Russia", "/asia-pacific/2026/06/turkish-builders")])

add(id="b53-45", feed="nagisa-ja", lang="ja", published="2026-11-25T02:00:00Z",
    title="国後島の病院建設、トルコ企業が受注　政府「わが国の立場と相いれない」",
    summary="北方領土・国後島の古釜布に新設される病院の建設を、トルコの建設会社が受注した。官房長官は「わが国の立場と相いれない」と述べ、トルコ側にも懸念を伝えたことを明らかにした。",
    label="new_development", group="g-turkish-hospital", new_facts=[G8_FACT], must_mention=G8_MM_JA,
    note="Japanese report of the contract with Tokyo's reaction; same group.",
    cat="北方領土",
    body=[
        "　ロシア・サハリン州政府は24日、北方領土の国後島・古釜布（ユジノクリーリスク）に新設する病院の建設を、トルコの建設会社「クゼイ・ヤプ」が受注したと発表した。契約額は56億ルーブル（約110億円）で、2029年末の完成を予定している。北方四島でトルコ企業が事業を受注するのは初めてとみられる。",
        "　官房長官は25日午前の記者会見で「第三国の企業による北方四島での経済活動は、わが国の立場と相いれず、遺憾だ」と述べた。外交ルートを通じてトルコ政府に懸念を伝えたことも明らかにした。",
        "　サハリン州によると、新病院は80床の入院病棟と外来診療棟、産科などを備える。同社は州都ユジノサハリンスクでも、がん診療施設の建設を請け負っている。",
        "　ロシアは北方四島を含むクリール諸島に税優遇制度を設け、外国企業の誘致を進めている。根室市の元島民は「島に他国の企業が次々に入ってくるのは複雑な思いだ」と話した。",
    ],
    related=[("北方四島への第三国投資　日本政府の立場", "/hoppou/explainer/third-country"),
             ("国後島の医療事情　住民の声", "/hoppou/2026/08/kunashiri-iryo")])
