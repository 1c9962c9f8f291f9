#!/usr/bin/env python3
"""Build the blind126 corpus: labels.yaml and articles/<id>.html.

Run from anywhere:  python3 src/generate.py   (paths are relative to this file)
Needs Python 3 stdlib + PyYAML.
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import FEEDS, RENDER  # noqa: E402

NAME = ROOT.name  # the corpus name is the folder name (blind126)
TEXTS = {"en": articles_en.ARTICLES, "ru": articles_ru.ARTICLES, "ja": articles_ja.ARTICLES}
FEED_LANG = {f["id"]: f["lang"] for f in FEEDS}

G1, G2, G3, G4 = "b126-g1", "b126-g2", "b126-g3", "b126-g4"
G5, G6, G7, G8 = "b126-g5", "b126-g6", "b126-g7", "b126-g8"

# Seeds referred to in the notes:
#   S0 = 2022-03-21 Sputnik: Russia refuses to continue peace treaty talks; withdraws from
#        joint economic activity dialogue; bans visa-free trips; blocks BSEC status.
#   S1 = 2022-03-22 TASS: Galuzin, talks impossible amid sanctions; sovereignty not in question.
#   S2 = 2023 Peskov: talks impossible; Kishida 'steadfast'; Russia fears US bases/missiles.
#   S3 = 2022-03-21 RT: same March 2022 measures; 1991/1999 visa-free arrangements ended.
#   S4 = 2024-02-08 TASS: Rudenko, resumption 'categorically impossible'; 1956 declaration;
#        sovereignty 'cannot be called to question'.

F_G1 = ["A Pacific Fleet Bastion coastal missile division was deployed to Shikotan (near Krabozavodskoye) "
        "and took up combat duty on 10 Sept 2024 - the first Bastion deployment on Shikotan"]
F_G2 = ["Russia notified live-fire drills on 11-14 March 2025 in the Etorofu (Vries/Friza) Strait between "
        "Iturup and Urup (JCG navigational warning of 4 March); Japan protested"]
F_G3 = ["A second Russian navigational warning (relayed by the JCG on 9 March 2025) sets a new artillery "
        "firing area off Cape Veslovsky (Keramui), the southern tip of Kunashir facing the Notsuke "
        "Peninsula, for 17-19 March 2025 - new area and new dates, separate from the Vries Strait drills"]
F_G4 = ["Japanese photographer Naoki Kuwabara (43) was detained by the FSB on 2 Aug 2025 near the Burevestnik "
        "military airfield on Iturup on suspicion of espionage (Criminal Code art. 276); a Kurilsk court "
        "remanded him in custody for two months"]
F_G5 = ["On 13 Oct 2025 the Kurilsk district court changed Kuwabara's measure from custody to house arrest "
        "(until 3 Jan 2026) in a rented flat in Kurilsk; he still may not leave the island "
        "(old state: held in custody; new state: house arrest, not released)"]
F_G6 = ["Japan's MoD confirmed on 21 April 2026 that the Bastion launchers deployed on Shikotan since "
        "Sept 2024 were shipped off the island in early April; the Pacific Fleet said the division was "
        "moved to Sakhalin for re-equipment, no return date (old state: on duty on Shikotan; new state: "
        "withdrawn, possibly temporarily)"]
F_G7 = ["Espionage case against Kuwabara closed on 23 Jan 2026; on 26 Jan the Kurilsk court fined him "
        "3,000 roubles for a border-zone violation (KoAP art. 18.7) with expulsion; house arrest lifted and "
        "he left for Japan (old state: house arrest; new state: released and expelled)"]
F_G8 = ["The Bastion division returned to Shikotan after re-equipment on Sakhalin and resumed combat duty "
        "on 7 Dec 2026; Japan protested (old state: withdrawn to Sakhalin since April 2026; new state: "
        "deployed on Shikotan again)"]

STREAM = [
    dict(id="b126-01", feed="shigure-ja", published="2024-02-13T07:40:00Z", label="restatement",
         summary="林官房長官は、ロシア外務次官の平和条約交渉「再開不可能」発言について「一方的な発言は受け入れられない」と述べた。",
         note="New speaker (Chief Cabinet Secretary Hayashi) answering S4 (Rudenko: resumption 'categorically "
              "impossible'); restates S0/S3 (March 2022 refusal, visa-free ban, JEA withdrawal) and Japan's "
              "'policy unchanged' (S2, Kishida steadfast). 交渉再開の見通しは立っていない - no new fact."),
    dict(id="b126-02", feed="wheelhouse-en", published="2024-02-26T10:15:00Z", label="restatement",
         summary="Japanese Foreign Minister Kamikawa says Tokyo's policy of resolving the territorial issue and concluding a peace treaty is unchanged, after Moscow called talks 'categorically impossible'.",
         note="New speaker (FM Kamikawa) restating Japan's position (S2) in reply to S4 (Rudenko); background "
              "of S0/S3 (March 2022 halt, visa-free trips ended, JEA withdrawal). No new fact."),
    dict(id="b126-03", feed="pyatiy-ru", published="2024-03-05T03:20:00Z", label="off_topic",
         summary="Инспекторы насчитали на Курильском озере на Камчатке 1 214 белоплечих орланов — рекорд за все годы наблюдений.",
         note="Look-alike: Kurile Lake in southern Kamchatka (named after the Kurils), a wildlife count. "
              "Nothing about the islands, the dispute or the treaty."),
    dict(id="b126-04", feed="northapp-en", published="2024-04-10T09:00:00Z", label="off_topic",
         summary="Chinese coast guard ships have been in the Senkaku contiguous zone every day this year; Tokyo protests the latest intrusion into its territorial waters.",
         note="Other island dispute (Senkakus, Japan-China); coast guard/protest vocabulary, not the Kurils."),
    dict(id="b126-05", feed="severnaya-ru", published="2024-05-15T14:30:00Z", label="restatement",
         summary="Захарова заявила, что Россия будет принимать меры для обеспечения безопасности на Курилах, если Япония продолжит наращивать военную активность с США.",
         note="Conditional/prospective warning ('если этот курс продолжится, мы будем вынуждены реагировать'), "
              "explicitly no concrete deployment. Restates S0/S4 (talks impossible under current conditions, "
              "March 2022 measures) and S1/S4 (sovereignty not in question). New speaker, no new fact."),
    dict(id="b126-06", feed="outrider-en", published="2024-06-18T08:00:00Z", label="off_topic",
         summary="Researchers describe three new amphipod species collected more than 8,000 meters down in the Kuril-Kamchatka Trench.",
         note="Look-alike: deep-sea biology in the Kuril-Kamchatka Trench (named after the Kurils)."),
    dict(id="b126-07", feed="hyokai-ja", published="2024-07-22T05:10:00Z", label="off_topic",
         summary="韓国軍が竹島周辺で「東海領土守護訓練」を実施し、政府が韓国側に抗議した。",
         note="Other island dispute (Takeshima/Dokdo, Japan-South Korea): drill + protest wording looks alike."),
    dict(id="b126-08", feed="northapp-en", published="2024-07-30T11:00:00Z", label="off_topic",
         summary="Estonia summons a Russian diplomat after Russian border guards again remove buoys marking the Narva River fairway.",
         note="Other border dispute (Estonia-Russia) involving Russian border guards; not the Kurils."),
    dict(id="b126-09", feed="semafor-ru", published="2024-08-19T02:00:00Z", label="restatement",
         summary="В Северо-Курильске прошёл митинг к 79-й годовщине начала Курильской десантной операции.",
         note="Anniversary/occasion piece (1945 landing on Shumshu); 'Курилы — русская земля' restates the "
              "known sovereignty position (S1/S4). No new fact. No-metadata outlet."),
    dict(id="b126-10", feed="pyatiy-ru", published="2024-09-10T04:30:00Z", label="new_development", group=G1,
         summary="Пресс-служба ТОФ: дивизион береговых ракетных комплексов «Бастион» прибыл на Шикотан, развёрнут у села Крабозаводское и заступил на боевое дежурство.",
         new_facts=F_G1, must_mention=[["бастион"], ["шикотан"]],
         note="FIRST report of g1 (Russian, fleet press release). New deployment; the seeds contain no "
              "deployment on the islands (S2 only mentions Russian fears of US missiles there)."),
    dict(id="b126-11", feed="wheelhouse-en", published="2024-09-10T12:45:00Z", label="new_development", group=G1,
         summary="Russia's Pacific Fleet says a division of Bastion coastal missile systems has taken up combat duty on Shikotan, the first such deployment on the island claimed by Japan.",
         new_facts=F_G1, must_mention=[["bastion"], ["shikotan"]],
         note="g1, English wire report of the same fleet statement."),
    dict(id="b126-12", feed="shigure-ja", published="2024-09-11T06:00:00Z", label="new_development", group=G1,
         summary="ロシア太平洋艦隊が地対艦ミサイル「バスチオン」の色丹島配備を発表。同島への配備は初めてで、政府は11日に抗議した。",
         new_facts=F_G1, must_mention=[["バスチオン", "地対艦ミサイル"], ["色丹"]],
         note="g1 in Japanese with Japan's protest (follow-up of the same development)."),
    dict(id="b126-13", feed="coldfront-en", published="2024-09-25T09:30:00Z", label="restatement",
         summary="Russia's Eastern Military District calls a Japanese magazine report about S-400s for Shikotan untrue; the Bastion remains the only confirmed new deployment there.",
         note="Denied/negated move: S-400 for Shikotan denied ('no plans'); Bastion on Shikotan is restated "
              "(known from g1). Hard negative: deploy/Shikotan/air-defence words. No-metadata outlet."),
    dict(id="b126-14", feed="hyokai-ja", published="2024-10-11T06:00:00Z", label="neutral",
         summary="統合幕僚監部は、2024年度上半期の空自の緊急発進が307回で、うちロシア機は86回だったと発表した。",
         note="Borderline: half-year scramble statistics, Russian aircraft around Hokkaido incl. near the "
              "Northern Territories; aggregate, no specific incident. Not scored."),
    dict(id="b126-15", feed="outrider-en", published="2024-11-05T10:00:00Z", label="off_topic",
         summary="Armenia and Azerbaijan say 15 of the 17 articles of a draft peace treaty are agreed; disputes remain over Armenia's constitution.",
         note="Look-alike: another peace treaty (Armenia-Azerbaijan)."),
    dict(id="b126-16", feed="severnaya-ru", published="2024-12-03T01:30:00Z", label="off_topic",
         summary="В Беринговом море загорелся траулер «Курильский»; 47 членов экипажа эвакуированы на другие суда.",
         note="Look-alike: a trawler named «Курильский» on fire in the Bering Sea; not about the islands."),
    dict(id="b126-17", feed="wheelhouse-en", published="2025-01-14T13:00:00Z", label="restatement",
         summary="At his annual news conference Russian Foreign Minister Lavrov says there is no basis for peace treaty talks with Japan while sanctions remain.",
         note="New speaker (Lavrov) restating S1/S2/S4 (talks impossible amid sanctions/'hostile course') "
              "and the sovereignty position. No new fact."),
    dict(id="b126-18", feed="shigure-ja", published="2025-02-07T08:30:00Z", label="restatement",
         summary="北方領土返還要求全国大会で石破首相が「平和条約を締結するとの方針を堅持」と述べ、墓参などの再開をロシアに求め続ける考えを示した。",
         note="Occasion (Northern Territories Day). PM restates Japan's policy (S2); 'will keep asking Russia "
              "to resume grave visits' is a request, not a move; the 2022 halt (S0/S3) restated; "
              "ロシア側が応じる見通しは立っていない. No new fact."),
    dict(id="b126-19", feed="semafor-ru", published="2025-02-20T03:00:00Z", label="neutral",
         summary="Пограничное управление ФСБ по Сахалинской области: в 2024 году задержано девять иностранных судов, в том числе шесть японских шхун.",
         note="Borderline: annual statistics of the border directorate; aggregate detentions of Japanese "
              "schooners in 2024 not reported one by one elsewhere; no single event. Not scored."),
    dict(id="b126-20", feed="shigure-ja", published="2025-03-04T06:20:00Z", label="new_development", group=G2,
         summary="第1管区海上保安本部は、ロシア軍が11〜14日に択捉島と得撫島の間の択捉海峡周辺で射撃訓練を行うとの航行警報を出した。政府は抗議した。",
         new_facts=F_G2, must_mention=[["射撃"], ["択捉海峡", "得撫"]],
         note="FIRST report of g2 (Japanese). A new drill notice (area: Etorofu/Vries Strait; dates 11-14 March)."),
    dict(id="b126-21", feed="outrider-en", published="2025-03-05T08:10:00Z", label="new_development", group=G2,
         summary="A Japan Coast Guard warning says Russian forces will hold firing exercises March 11-14 in the Vries Strait between Iturup and Urup; Tokyo has protested.",
         new_facts=F_G2, must_mention=[["firing", "drill", "exercise"], ["vries", "friza", "urup"]],
         note="g2 in English."),
    dict(id="b126-22", feed="northapp-en", published="2025-03-10T15:00:00Z", label="new_development", group=G3,
         summary="Our weekly round-up: North Korea's cruise missile launches, a bigger Balikatan, PLA activity around Taiwan, and notes from around the region.",
         new_facts=F_G3, must_mention=[["veslovsky"], ["firing", "artillery"]],
         note="FIRST report of g3, BURIED: weekly round-up led by North Korea / Philippines / Taiwan; the new "
              "notice is only in the 'Around the Kurils' section. Successive notice naming a new area and new "
              "dates = a separate development from g2."),
    dict(id="b126-23", feed="hyokai-ja", published="2025-03-11T05:30:00Z", label="new_development", group=G3,
         summary="ロシア軍が17〜19日に国後島南端のケラムイ崎沖で射撃訓練を行うと航行警報。択捉海峡とは別の区域で、野付の漁業者に不安が広がる。",
         new_facts=F_G3, must_mention=[["ケラムイ", "国後島南端"], ["射撃"]],
         note="g3 in Japanese (adds Japan's protest of 10 March and local reaction)."),
    dict(id="b126-24", feed="shigure-ja", published="2025-03-14T09:00:00Z", label="new_development", group=G2,
         summary="防衛省関係者によると、ロシア軍は通告通り11日から択捉海峡周辺で射撃訓練を行った。",
         new_facts=F_G2, must_mention=[["射撃"], ["択捉海峡"]],
         note="g2 follow-up with no new fact: the notified drills began as announced; mentions g3 as background."),
    dict(id="b126-25", feed="pyatiy-ru", published="2025-03-18T12:00:00Z", label="restatement",
         summary="Захарова заявила, что Россия отклоняет протесты Японии против учений в проливе Фриза и у мыса Весловский: это суверенное право России.",
         note="Rejection of Japan's protests over g2 and g3 (both known; belongs to neither group as it adds only "
              "a position); restates S1/S4 (sovereignty) and S0/S4 (talks impossible under sanctions)."),
    dict(id="b126-26", feed="coldfront-en", published="2025-04-15T07:45:00Z", label="off_topic",
         summary="A Chinese coast guard ship fires water cannon at a Philippine resupply boat near Second Thomas Shoal.",
         note="Other island dispute (South China Sea). No-metadata outlet."),
    dict(id="b126-27", feed="hyokai-ja", published="2025-05-20T06:00:00Z", label="restatement",
         summary="千島歯舞諸島居住者連盟は定期総会で、四島周辺でのロシア軍の演習や軍備強化の中止を求める決議を採択した。",
         note="Request ('中止を求める'), not a move; cites g1/g2/g3 as known; restates that visits stopped in "
              "2022 (S0/S3) and 再開の見通しは立っていない. No new fact."),
    dict(id="b126-28", feed="severnaya-ru", published="2025-06-10T04:00:00Z", label="off_topic",
         summary="Корветы Тихоокеанского флота провели артиллерийские стрельбы в заливе Петра Великого в Японском море.",
         note="Look-alike: Pacific Fleet firing drills with navigational warnings, but off Primorye, not around "
              "the Kurils."),
    dict(id="b126-29", feed="wheelhouse-en", published="2025-07-15T09:20:00Z", label="restatement",
         summary="Japan's 2025 defence white paper calls the security environment the most severe since World War Two and says Russia keeps strengthening its forces on the Northern Territories.",
         note="Annual report restating known facts: Bastion on Shikotan (g1), March drills (g2, g3); language "
              "on the islands unchanged from 2024. No new fact."),
    dict(id="b126-30", feed="semafor-ru", published="2025-08-06T09:00:00Z", label="new_development", group=G4,
         summary="Отмена паромных рейсов Ванино — Холмск из-за шторма, слабые уловы горбуши, погода и афиша на выходные.",
         new_facts=F_G4, must_mention=[["шпионаж", "задержа"], ["итуруп", "курильск", "буревестник"]],
         note="FIRST report of g4, BURIED: a daily digest led by a ferry cancellation and the salmon run; the "
              "detention appears only in the 'Курилы' item. No-metadata outlet."),
    dict(id="b126-31", feed="outrider-en", published="2025-08-07T03:15:00Z", label="new_development", group=G4,
         summary="Japan says a 43-year-old photographer from Kushiro was detained by Russia's FSB on Iturup on suspicion of espionage and remanded in custody.",
         new_facts=F_G4, must_mention=[["espionage", "spying", "spy"], ["iturup"]],
         note="g4 in English (names the man, adds Japan's request for consular access)."),
    dict(id="b126-32", feed="shigure-ja", published="2025-08-07T07:30:00Z", label="new_development", group=G4,
         summary="択捉島で釧路市のフリーカメラマン桑原直樹さんがスパイ容疑でロシア連邦保安局に拘束された。政府は早期解放を求めている。",
         new_facts=F_G4, must_mention=[["スパイ", "拘束"], ["択捉"]],
         note="g4 in Japanese."),
    dict(id="b126-33", feed="northapp-en", published="2025-08-18T10:00:00Z", label="restatement",
         summary="The Soviet landing on Shumshu 80 years ago still explains Russia's military investment in the islands and the missing peace treaty.",
         note="Anniversary/background: 1945 landing, 1956 declaration (S4), 2018 acceleration and the March 2022 "
              "halt of talks and visa-free exchanges (S0/S3); g1-g4 cited as known. No new fact."),
    dict(id="b126-34", feed="pyatiy-ru", published="2025-09-03T05:00:00Z", label="restatement",
         summary="В Южно-Курильске 3 сентября прошли памятные мероприятия к 80-летию окончания Второй мировой войны.",
         note="Occasion piece; 'эта земля была, есть и будет российской' restates S1/S4. No new fact."),
    dict(id="b126-35", feed="coldfront-en", published="2025-09-20T11:00:00Z", label="neutral",
         summary="Analysts say satellite images show fewer armoured vehicles at the 18th division's bases on Iturup and Kunashir; neither government confirms any change.",
         note="Borderline: a questioned, unconfirmed OSINT claim of a garrison reduction; no official fact. "
              "Not scored."),
    dict(id="b126-36", feed="shigure-ja", published="2025-10-14T08:00:00Z", label="status_change", group=G5,
         summary="クリル地区裁判所は、スパイ容疑で拘束された桑原直樹さんの拘束措置を勾留から自宅軟禁に切り替えた。島を離れることはできない。",
         new_facts=F_G5, must_mention=[["自宅軟禁"], ["桑原", "択捉"]],
         note="FIRST report of g5 (Japanese). Status of the g4 detention: custody -> house arrest; eased but "
              "not released (a state neither on nor off)."),
    dict(id="b126-37", feed="severnaya-ru", published="2025-10-15T02:30:00Z", label="status_change", group=G5,
         summary="Курильский районный суд изменил меру пресечения японцу Наоки Кувабаре, подозреваемому в шпионаже, с заключения под стражу на домашний арест.",
         new_facts=F_G5, must_mention=[["домашн"], ["японц", "японии", "кувабар"]],
         note="g5 in Russian."),
    dict(id="b126-38", feed="outrider-en", published="2025-11-12T09:40:00Z", label="restatement",
         summary="Foreign Minister Motegi says Japan will never shelve the Northern Territories issue but sees no outlook for resuming peace treaty talks.",
         note="New speaker restating S2 (Japan's policy unchanged) and S0/S1 (Russia's unilateral halt); "
              "repeats requests for Kuwabara's return and grave visits (requests; g4/g5 known). No new fact."),
    dict(id="b126-39", feed="wheelhouse-en", published="2025-12-20T10:30:00Z", label="restatement",
         summary="The head of the Duma defence committee says Russia would put more weapons on the Kurils if US missiles appear in Hokkaido.",
         note="Conditional threat ('if... we will be forced'), not a decision; restates S2's background (Russian "
              "fears of US missiles near/on the islands). No new fact."),
    dict(id="b126-40", feed="northapp-en", published="2026-01-27T07:00:00Z", label="status_change", group=G7,
         summary="Naoki Kuwabara, held on Iturup since August, has been freed from house arrest after the espionage case was dropped; a court fined him and ordered his expulsion.",
         new_facts=F_G7, must_mention=[["freed", "released", "expel"], ["kuwabara", "iturup"]],
         note="FIRST report of g7 (English). Status: house arrest (g5) -> released and expelled."),
    dict(id="b126-41", feed="pyatiy-ru", published="2026-01-27T11:30:00Z", label="status_change", group=G7,
         summary="Японец Наоки Кувабара освобождён из-под домашнего ареста: дело о шпионаже прекращено, суд назначил штраф и выдворение.",
         new_facts=F_G7, must_mention=[["освобожд", "выдвор"], ["кувабар", "японии", "японец"]],
         note="g7 in Russian."),
    dict(id="b126-42", feed="shigure-ja", published="2026-01-29T04:00:00Z", label="status_change", group=G7,
         summary="スパイ容疑で択捉島で拘束されていた桑原直樹さんが28日夜、新千歳空港に到着し、約半年ぶりに帰国した。",
         new_facts=F_G7, must_mention=[["帰国", "国外退去", "解除"], ["桑原"]],
         note="g7 in Japanese: his arrival home, a follow-up of the same release."),
    dict(id="b126-43", feed="semafor-ru", published="2026-02-09T03:00:00Z", label="restatement",
         summary="Губернатор Сахалинской области в интервью сказал, что хотел бы видеть на Курилах больше кораблей флота и военных.",
         note="Wished-for ('мне бы хотелось'), explicitly no MoD plan; restates the sovereignty position "
              "(S1/S4). No new fact. No-metadata outlet."),
    dict(id="b126-44", feed="wheelhouse-en", published="2026-02-23T06:00:00Z", label="restatement",
         summary="The commander of Russia's 18th Machine-Gun Artillery Division says there are no plans to reduce forces on the Kuril Islands.",
         note="Negated move: a garrison reduction is denied ('no reduction is planned'); restates the known "
              "posture and the 2022 halt of talks (S0). No new fact."),
    dict(id="b126-45", feed="coldfront-en", published="2026-03-10T08:00:00Z", label="neutral",
         summary="The Japan Coast Guard will move two large patrol ships to Nemuro from April to strengthen patrols near the median line.",
         note="Borderline: a routine Japanese coast guard redeployment to Nemuro (no new ships or funds), near "
              "but not on the islands. Not scored."),
    dict(id="b126-46", feed="outrider-en", published="2026-03-24T09:00:00Z", label="off_topic",
         summary="Japan adds 28 entities in Russia, China and elsewhere to its export-ban list over drone and missile components.",
         note="Unrelated Japan-Russia news (Ukraine-related sanctions)."),
    dict(id="b126-47", feed="hyokai-ja", published="2026-04-21T06:00:00Z", label="status_change", group=G6,
         summary="防衛省は、ロシア軍が色丹島に配備していた地対艦ミサイル「バスチオン」の発射機などが島から撤収されたことを確認したと明らかにした。",
         new_facts=F_G6, must_mention=[["バスチオン", "地対艦"], ["撤収"]],
         note="FIRST report of g6 (Japanese). Status of the g1 deployment: on duty on Shikotan -> withdrawn "
              "(whether temporarily is unclear)."),
    dict(id="b126-48", feed="outrider-en", published="2026-04-22T08:00:00Z", label="status_change", group=G6,
         summary="Japan's Defense Ministry says the Bastion launchers Russia deployed on Shikotan in 2024 have been shipped off the island.",
         new_facts=F_G6, must_mention=[["bastion"], ["withdr", "pulled", "no longer"]],
         note="g6 in English."),
    dict(id="b126-49", feed="severnaya-ru", published="2026-04-23T03:00:00Z", label="status_change", group=G6,
         summary="В пресс-службе ТОФ подтвердили, что дивизион «Бастион» выведен с Шикотана на Сахалин для планового переоснащения; сроки возвращения не названы.",
         new_facts=F_G6, must_mention=[["бастион"], ["передислоц", "выведен", "сахалин"]],
         note="g6 in Russian: the fleet confirms the redeployment (temporary, no return date - neither on nor off)."),
    dict(id="b126-50", feed="pyatiy-ru", published="2026-07-27T01:00:00Z", label="restatement",
         summary="В Курильске отметили День ВМФ: показательные выступления водолазов и морпехов, экскурсии на пограничный катер.",
         note="Occasion piece (Navy Day); 'флот здесь всегда будет' - no new fact."),
    dict(id="b126-51", feed="northapp-en", published="2026-08-25T10:00:00Z", label="restatement",
         summary="Why Moscow keeps adding missiles and drills around the Kurils, and what it means for Japan.",
         note="Explainer: restates S0/S3 (March 2022 halt), S1/S4 (sovereignty) and corpus facts g1, g2, g3, g6; "
              "'what to watch' is prospective. No new fact."),
    dict(id="b126-52", feed="hyokai-ja", published="2026-09-14T07:00:00Z", label="off_topic",
         summary="政府の地震調査委員会が千島海溝沿いの超巨大地震の長期評価を改訂し、30年以内の発生確率を10〜40％に見直した。",
         note="Look-alike: 千島海溝 (Kuril Trench) earthquake risk assessment; not about the islands' status or "
              "security."),
    dict(id="b126-53", feed="outrider-en", published="2026-10-19T09:00:00Z", label="restatement",
         summary="The 70th anniversary of the 1956 Soviet-Japanese declaration passes quietly; Moscow says treaty talks are impossible, Tokyo says its policy is unchanged.",
         note="Anniversary piece; restates S4 (1956 declaration; talks impossible), S0 and S2. No new fact."),
    dict(id="b126-54", feed="semafor-ru", published="2026-11-24T02:00:00Z", label="restatement",
         summary="Обозреватель «Семафора» рассуждает, вернётся ли на Шикотан дивизион «Бастион», выведенный в апреле на Сахалин.",
         note="Questioned/speculative column about a possible return; restates g6 (known); the actual return is "
              "g8, two weeks later. No-metadata outlet."),
    dict(id="b126-55", feed="pyatiy-ru", published="2026-12-08T04:00:00Z", label="status_change", group=G8,
         summary="Пресс-служба ТОФ: дивизион «Бастион» после переоснащения на Сахалине вернулся на Шикотан и 7 декабря вновь заступил на боевое дежурство.",
         new_facts=F_G8, must_mention=[["бастион"], ["вернул", "вновь"]],
         note="FIRST report of g8 (Russian). Status: withdrawn (g6) -> back on duty. Wording close to g1, but a "
              "separate development 27 months later."),
    dict(id="b126-56", feed="hyokai-ja", published="2026-12-09T06:30:00Z", label="status_change", group=G8,
         summary="ロシア太平洋艦隊が地対艦ミサイル「バスチオン」部隊の色丹島への再配備を発表。防衛省も確認し、政府は抗議した。",
         new_facts=F_G8, must_mention=[["バスチオン"], ["再配備", "戻"]],
         note="g8 in Japanese, with Japan's protest."),
    dict(id="b126-57", feed="coldfront-en", published="2026-12-16T10:00:00Z", label="restatement",
         summary="Russia's ambassador to Japan says Tokyo's military build-up and sanctions make peace treaty talks impossible.",
         note="New speaker restating S0/S1/S4 (talks impossible, sovereignty not for discussion); defends g8 "
              "(known). No new fact. No-metadata outlet."),
    dict(id="b126-58", feed="northapp-en", published="2027-01-25T09:00:00Z", label="restatement",
         summary="Russia's Foreign Ministry says sovereignty over the Kurils is 'not subject to discussion', rejecting the Japanese prime minister's policy speech.",
         note="MFA spokeswoman restating S1/S4 and S0/S4 (no talks under sanctions); the PM's speech restates S2. "
              "No new fact."),
]


def check(stream: list[dict]) -> None:
    ids = [a["id"] for a in stream]
    assert len(ids) == len(set(ids)), "duplicate ids"
    times = [a["published"] for a in stream]
    assert times == sorted(times), "stream not in publication order"
    assert "2024-02-10" <= times[0][:10] and times[-1][:10] <= "2027-01-31", "dates out of range"
    for a in stream:
        lang = FEED_LANG[a["feed"]]
        assert a["id"] in TEXTS[lang], f"{a['id']}: no {lang} text"
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                for w in alt:
                    assert w == w.lower(), (a["id"], w)
        else:
            assert "group" not in a, a["id"]
    langs = Counter(FEED_LANG[a["feed"]] for a in stream)
    assert 50 <= len(stream) <= 60, len(stream)
    print("articles:", len(stream), dict(langs))
    print("labels:", dict(Counter(a["label"] for a in stream)))
    groups = Counter(a.get("group") for a in stream if a.get("group"))
    print("groups:", dict(groups))


def main() -> None:
    check(STREAM)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in STREAM:
        lang = FEED_LANG[a["feed"]]
        text = TEXTS[lang][a["id"]]
        meta = dict(a)
        meta["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        page = RENDER[a["feed"]](meta, text)
        (out_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": lang, "published": a["published"],
             "title": text["title"], "summary": a["summary"], "label": a["label"]}
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    labels = {"name": NAME, "known_as_of": date(2024, 2, 8), "feeds": FEEDS, "articles": entries}
    (ROOT / "labels.yaml").write_text(
        "# blind126: security around the islands (garrisons, drills and notices, missiles,\n"
        "# border guards, detentions). Generated by src/generate.py - edit there, not here.\n"
        + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=110),
        encoding="utf-8")
    print(f"wrote {len(entries)} pages and labels.yaml")


if __name__ == "__main__":
    main()
