"""Extra paragraphs (background, colour, quotes) inserted before each article's last paragraph."""
EXTRA = {
"b14-006": [
 "Строительство школы обошлось бюджету примерно в 1,6 млрд рублей. Подрядчик, по словам чиновников, сдал объект на месяц раньше срока, несмотря на сложную логистику: стройматериалы завозили морем из Корсакова, а в период штормов работы приходилось останавливать.",
 "Родители учеников старой школы, построенной ещё в 1960-х годах, говорят, что ждали нового здания больше десяти лет. «Дети учились в две смены, спортзала не было вовсе», — рассказала одна из местных жительниц.",
],
"b14-009": [
 "Строительство вела подрядная организация Минобороны. По словам местных жителей, в последние месяцы в бухте постоянно работали плавкраны, а в посёлок приезжали военные строители с материка.",
],
"b14-016": [
 "Japanese boats fishing for kelp, octopus and sea urchin near the islands operate under long-standing bilateral fishing arrangements and pay fees to Russian organisations, a system that has largely survived the wider breakdown in relations.",
],
"b14-017": [
 "Японские шхуны ведут лов у Малой Курильской гряды на основании межправительственных договорённостей о промысле, выплачивая сборы российской стороне. Пограничники регулярно проводят досмотры таких судов и фиксируют нарушения — от превышения квот до выхода за пределы согласованных районов.",
 "Дата первого заседания рабочей группы пока не определена, сообщили в пограничном управлении.",
],
"b14-019": [
 "Мацуи тренируется в токийском университетском клубе и впервые выступал в России. По его словам, он получил визу без затруднений, а в Казани его встретили «очень тепло». На трибунах болельщики поддерживали обоих финалистов.",
 "В полуфинале японец победил спортсмена из Узбекистана, а в финале провёл решающий бросок на последней минуте. Бронзовые награды достались представителям Казахстана и Монголии.",
],
"b14-020": [
 "Peskov said Russia \"reads the Japanese press with interest\" but would not comment on \"fantasies\". He repeated that Moscow's position had been set out in March 2022 and had not changed.",
 "The magazine stood by its report. Analysts in Tokyo were sceptical. \"Even if someone met someone, that is not negotiation,\" said a former Japanese diplomat who served in Moscow. \"Nothing suggests either capital has changed its position.\"",
],
"b14-021": [
 "По словам дипломата, японское правительство продолжает наращивать военное сотрудничество с США и НАТО вблизи дальневосточных границ России, что «никак не способствует созданию атмосферы доверия». Она также упрекнула Токио в поддержке Киева.",
 "Отвечая на уточняющий вопрос, Захарова сказала, что никаких контактов по теме мирного договора сейчас не ведётся и «ставить этот вопрос в повестку дня бессмысленно».",
],
"b14-022": [
 "Глава Северо-Курильского округа напомнил, что в боях за Шумшу погибли более 1500 советских солдат и моряков. Их имена высечены на мемориальных плитах у подножия памятника.",
 "В этом году в мероприятиях впервые участвовали школьники из Южно-Курильска, которые прибыли на остров на пограничном судне. Для них провели экскурсию по местам боёв и сохранившимся японским укреплениям.",
],
"b14-023": [
 "尖閣諸島周辺では接続水域内で中国海警局の船がほぼ連日確認されており、今年は過去最長の連続航行日数を更新している。",
 "地元の石垣市長は「漁業者が安心して操業できる環境を一日も早く取り戻してほしい」と国に対応強化を求めた。",
],
"b14-024": [
 "Business groups in Darwin have urged both sides to stop playing politics with the port, which handles cattle exports to Southeast Asia and supplies for offshore gas projects. A spokesperson for the port operator said it would cooperate with any review.",
 "Federal officials in Canberra declined to comment on the timetable. An election in the territory is due in 2028.",
],
"b14-026": [
 "По словам дипломата, подобные передачи противоречат нормам международного права в области радиовещания и «рассчитаны на то, чтобы посеять сомнения у жителей Курил в том, что они живут в России». Она призвала японскую сторону прекратить трансляции.",
 "В администрации Южно-Курильского округа заявили, что жители «с юмором относятся к японской пропаганде», а местная радиостанция готовит собственную программу о японской экономике.",
],
"b14-027": [
 "Japanese officials said the programme was not propaganda but \"information\", and that islanders were free to listen or not. They said the content was cleared by experts on Russia and did not attack the Russian government.",
 "Residents of Yuzhno-Kurilsk on Kunashir told Russian media they could hear the broadcasts in the evenings. Some said they tuned in for the music.",
],
"b14-028": [
 "The minister also said Japan would continue to call for the resumption of grave visits and other exchanges, which were halted by Russia in 2022. \"Former islanders are growing old. This is a humanitarian matter,\" he said.",
 "An opposition lawmaker asked whether Tokyo had considered easing any sanctions to open a channel. The minister said the government would \"not consider such an approach\" while the war in Ukraine continued.",
],
"b14-031": [
 "The Foreign Ministry statement was mainly devoted to the sanctions, which target Russian banks and shipping companies. The suspension of the working group was listed as the first of several possible responses.",
],
"b14-033": [
 "Число участников митинга, по данным японских организаторов, составило около 1500 человек. Среди них были бывшие жители островов, которым сейчас в среднем около 90 лет.",
 "Японские СМИ отмечают, что за последние годы мероприятие приобрело во многом ритуальный характер: правительство не может предложить никаких практических шагов, а обмены с жителями островов прекращены.",
],
"b14-034": [
 "The writedowns come as Japanese companies reassess their exposure to Russia. Most have kept stakes in older projects such as Sakhalin-1 and Sakhalin-2, which supply Japanese utilities, while freezing new investment.",
 "Analysts said the accounting charges would have little effect on the trading house's full-year profit, which is buoyed by metals and machinery.",
],
"b14-039": [
 "About 5,000 former residents of the islands are still alive, according to the league that represents them, with an average age above 89. Many of them took part in the exchanges before 2022.",
 "Russia's consulate in Sapporo declined to comment on the governor's remarks, referring questions to earlier statements by the Foreign Ministry in Moscow.",
],
"b14-040": [
 "韓国の議員団は毎年のように竹島を訪問しており、政府はその都度抗議している。今回の訪問には与野党の議員が参加した。",
 "島根県の知事は「到底容認できない」とのコメントを出し、国に対して毅然とした対応を求めた。",
],
"b14-041": [
 "Конференция продлится до 30 августа. Участники посетят кальдеру Медвежья и фумарольные поля вулкана Кудрявый, где был обнаружен рений. В заключительный день запланирован круглый стол о мониторинге пепловых выбросов для авиации.",
 "Японских учёных сопровождают представители Института вулканологии и сейсмологии. Передвижение по острову, как пояснили организаторы, возможно только в составе группы.",
],
"b14-042": [
 "The fisherman's two crew members swam to a nearby buoy and were picked up by another Japanese boat, officials said. The cause of the capsizing is under investigation.",
 "Fishermen in Nemuro say relations with Russian patrol crews at sea are often professional despite tensions, and that emergencies are handled by radio under long-standing procedures.",
],
"b14-043": [
 "Photos released by the Philippine coast guard showed a dent in the vessel's hull. Manila said it would lodge a diplomatic protest, its third this year.",
 "The incident came days before a regional summit at which Southeast Asian leaders are expected to discuss a long-delayed code of conduct for the South China Sea.",
],
"b14-047": [
 "Жители Южно-Курильска отнеслись к новости неоднозначно. «Мы и так живём на краю страны, теперь родственникам с материка придётся оформлять пропуск», — написала одна из жительниц в местном сообществе.",
 "В Пограничном управлении пояснили, что пропуск можно будет получить в течение 30 дней после подачи заявления.",
],
"b14-048": [
 "政府は、今回の措置が元島民の墓参や自由訪問など、人道的な交流の再開をさらに遠ざけるものになりかねないとみて、ロシア側の意図を分析している。",
],
"b14-049": [
 "大会では地元の中学生が、元島民から聞き取った島の暮らしを紹介する作文を朗読した。会場では四島の写真展も開かれた。",
 "根室市の人口は減少を続け、返還運動の担い手の高齢化も進む。関係者は「運動をどう次世代につなぐかが課題だ」と話す。",
],
"b14-053": [
 "Особое внимание зрителей привлекла ретроспектива фильмов Акиры Куросавы, в том числе «Дерсу Узала», снятого на «Мосфильме» в 1975 году. Картина, получившая «Оскар», остаётся одним из самых известных примеров советско-японского сотрудничества в кино.",
 "Организаторы планируют в следующем году показать программу и в других городах — Санкт-Петербурге, Новосибирске и Владивостоке.",
],
"b14-054": [
 "Переговоры о тексте документа шли несколько лет. Главными камнями преткновения были вопрос о конституции Армении и транспортные коммуникации через Сюникскую область.",
 "Премьер-министр Армении назвал подписание «историческим днём», президент Азербайджана — «началом новой эпохи на Южном Кавказе». В Ереване прошли как акции поддержки, так и протесты оппозиции.",
],
"b14-055": [
 "The paper also notes that Russian and Chinese naval vessels have conducted joint patrols around Japan, and that Russia has held exercises involving thousands of troops in the Far East.",
 "Officials said the section on Russia had been updated mainly with statistics on scrambles by Air Self-Defense Force fighters, which fell slightly from the previous year.",
],
"b14-056": [
 "В Курильске к памятнику воинам-освободителям возложили венки представители администрации, ветеранских организаций и пограничники. Школьники прочитали стихи о войне на Дальнем Востоке.",
 "Вечером в домах культуры обоих городов прошли концерты. Жители отмечают, что праздник с каждым годом собирает всё больше людей.",
],
"b14-030": [
 "Японская сторона, по данным МИД, была уведомлена о решении по дипломатическим каналам. Других ответных мер в заявлении пока не названо, однако в министерстве не исключили, что они последуют «в зависимости от дальнейших действий Токио».",
],
"b14-036": [
 "Конференция «Вулканизм Курило-Камчатской дуги» проводится раз в три года, но на Курилах пройдёт впервые. Помимо японских специалистов, приглашения получили учёные из Китая, Индии и Вьетнама, которые въедут на остров на общих основаниях.",
],
"b14-014": [
 "会場では元島民が島での暮らしや1945年の旧ソ連軍侵攻時の体験を語り、若い世代に運動への参加を呼びかけた。各地の中高生による作文コンクールの表彰式も行われた。",
],
"b14-029": [
 "館内には元島民が持ち帰った生活用品や写真など約3000点が収蔵されている。改修では多言語の案内表示を整え、外国人観光客にも分かりやすい展示にした。",
],
"b14-044": [
 "外相はまた、ロシア側が北方四島で軍事演習を繰り返していることについて「わが国の立場と相いれず、受け入れられない」と述べ、引き続き抗議していく考えを示した。",
],
"b14-045": [
 "— Как вы оцениваете позицию Японии?",
 "— Токио по-прежнему говорит, что хочет «решить территориальную проблему и заключить мирный договор». Но при этом Япония участвует во всех санкционных пакетах G7 и наращивает военное сотрудничество с США. Одно с другим плохо сочетается, и в Москве это прекрасно видят.",
],
}
