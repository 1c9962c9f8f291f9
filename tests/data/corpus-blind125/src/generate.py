#!/usr/bin/env python3
"""Build the blind125 corpus: labels.yaml and articles/<id>.html.

Run from anywhere:  python3 src/generate.py   (paths are relative to this file's folder)
Needs Python 3 and PyYAML only.

Known facts (seeds, as of 2024-02-08): Russia said in March 2022 it would not continue
peace treaty talks with Japan; withdrew from the dialogue on joint economic activities on
the southern Kurils; terminated visa-free trips (1991 exchanges, 1999 simplified visits of
former residents); blocked Japan's BSEC sectoral dialogue partner status; Japan revoked
Russia's MFN status; Rudenko (Feb 2024): resumption "categorically impossible"; Russia's
sovereignty "cannot be called into question"; Japan's aim: resolve the territorial issue and
conclude a peace treaty; the 1956 Joint Declaration ended the state of war.
"""
from datetime import datetime, timezone
from pathlib import Path
import sys

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, TEMPLATES  # noqa: E402
import articles_en  # noqa: E402
import articles_ru  # noqa: E402
import articles_ja  # noqa: E402

TEXTS = {**articles_en.ARTICLES, **articles_ru.ARTICLES, **articles_ja.ARTICLES}

R, O, N = "restatement", "off_topic", "neutral"
ND, SC = "new_development", "status_change"

# facts and key words per development group (one line each, per language)
G = {
    "b125-g1": dict(
        fact="Russia's FSB border directorate stationed the Project 22460 border patrol ship "
             "Khrustal permanently (year-round) at Yuzhno-Kurilsk on Kunashir (May 2024); "
             "earlier such ships came only for the summer season",
        mm={"ru": [["22460", "хрустал", "сторожев"], ["южно-курильск", "кунашир"]],
            "ja": [["22460", "フルスター", "警備船"], ["国後", "古釜布"]],
            "en": [["22460", "khrustal", "patrol ship"], ["kunashir", "yuzhno-kurilsk"]]}),
    "b125-g2": dict(
        fact="Russia allowed, as a one-time humanitarian exception for summer 2024 only, six "
             "Nemuro dentists and hygienists to enter Kunashir and Shikotan without visas "
             "(19-22 Aug 2024) to examine children; visa-free exchanges stay terminated",
        mm={"ja": [["歯科"], ["国後", "色丹"]],
            "ru": [["стоматолог"], ["южно-курильск", "малокурильск", "кунашир", "шикотан"]],
            "en": [["dentist", "dental"], ["kunashir", "shikotan"]]}),
    "b125-g3": dict(
        fact="Russia lodged a formal protest (note from its embassy, announced by Zakharova on "
             "5 June 2025) over a Hokkaido 'Northern Territories' exhibit at Expo 2025 Osaka; "
             "Japan (Hayashi) rejected the protest",
        mm={"ru": [["экспо", "expo", "осак"], ["протест"]],
            "ja": [["万博"], ["抗議"]],
            "en": [["expo", "osaka"], ["protest"]]}),
    "b125-g4": dict(
        fact="Japan's METI will require export licences (in principle not granted) from "
             "1 Sept 2025 for used cars, motorcycles and parts whose final destination is the "
             "four islands, regardless of engine size",
        mm={"ja": [["中古車", "自動車"], ["許可"]],
            "ru": [["автомобил", "машин"], ["лиценз"]],
            "en": [["used car", "used-car", "vehicle"], ["licen"]]}),
    "b125-g5": dict(
        fact="Russia and Japan held consultations on peace treaty issues in Jeddah on "
             "21 April 2026 (DG level), the first since Russia broke off the talks in March "
             "2022; a second round agreed for the autumn",
        mm={"ru": [["джидд"], ["консультаци", "мирн"]],
            "en": [["jeddah"], ["consultation", "peace treaty", "talks"]],
            "ja": [["ジッダ"], ["協議", "平和条約"]]}),
    "b125-g6": dict(
        fact="Russia (note of 7 Oct 2026) postponed the second round of the Jeddah peace "
             "treaty consultations planned for November 2026 until spring 2027, citing new "
             "Japanese sanctions; the format is kept (paused for a season, not ended)",
        mm={"ja": [["延期"], ["来春", "春"]],
            "ru": [["перенес", "отлож"], ["весн"]],
            "en": [["postpone", "puts off", "put off"], ["spring"]]}),
    "b125-g7": dict(
        fact="Japan Coast Guard deployed an MQ-9B SeaGuardian drone to Kushiro Air Station "
             "(Oct 2025) for round-the-clock surveillance of the waters around the four "
             "islands; first such deployment in Hokkaido",
        mm={"ja": [["シーガーディアン", "無人機", "無人航空機"], ["釧路"]],
            "en": [["seaguardian", "drone", "unmanned"], ["kushiro"]]}),
}

# id, feed, lang, published (UTC), label, group, note
META = [
    ("b125-01", "brigstock", "en", "2024-02-13T07:40:00Z", R, None,
     "Restatement by a new speaker (ambassador Nozdrev): talks impossible while sanctions stay. "
     "Seeds 000/001/004 (talks stopped March 2022, 'categorically impossible')."),
    ("b125-02", "nichio", "ja", "2024-03-04T06:30:00Z", O, None,
     "Look-alike: 千島海溝 (Kuril/Chishima Trench) earthquake tsunami estimate; mentions 北方四島 only as "
     "geography. Not about the dispute."),
    ("b125-03", "geliograf", "ru", "2024-03-21T06:00:00Z", R, None,
     "Anniversary/background piece (2 years since 21 March 2022): restates seeds 000/001/003/004 "
     "(talks stopped, joint activity dialogue quit, visa-free ended, BSEC blocked, Rudenko quote)."),
    ("b125-04", "fieldstone", "en", "2024-04-16T10:15:00Z", R, None,
     "Annual report (Diplomatic Bluebook 2024) restating Japan's position and regret over the "
     "March 2022 steps (seeds 000/001/003). No new initiative."),
    ("b125-05", "higashihama", "ja", "2024-04-23T22:00:00Z", O, None,
     "Look-alike: Japan-Russia salmon quota talks 'concluded' (Russian-origin salmon in Japan's "
     "EEZ); explicitly a different framework from fishing around the four islands."),
    ("b125-06", "beregovoy", "ru", "2024-05-17T05:30:00Z", ND, "b125-g1",
     "FIRST report of g1, buried: weekly digest led by ferry schedule and fishing season; the "
     "permanent basing of PSKR 22460 «Хрусталь» at Yuzhno-Kurilsk is in the 4th paragraph. New."),
    ("b125-07", "higashihama", "ja", "2024-05-20T21:30:00Z", ND, "b125-g1",
     "g1 in Japanese: same permanent basing, with Nemuro fishermen's worries. No further new fact."),
    ("b125-08", "brigstock", "en", "2024-05-22T04:20:00Z", ND, "b125-g1",
     "g1 in English (cites the Russian local outlet). Same development."),
    ("b125-09", "nichio", "ja", "2024-05-28T08:00:00Z", R, None,
     "Negated prospect: 今年度も再開の見通し立たず (visa-free exchanges). Restates seed fact that Russia "
     "ended visa-free exchanges/free visits in March 2022; budget kept is routine."),
    ("b125-10", "lantern", "en", "2024-06-18T09:00:00Z", R, None,
     "Requested move: former islanders' league urges Tokyo to press Moscow for grave visits. "
     "Restates termination of visa-free travel (seeds 001/003). Nothing happened."),
    ("b125-11", "higashihama", "ja", "2024-07-09T09:30:00Z", SC, "b125-g2",
     "FIRST report of g2. Status of visa-free entry: terminated (seed 001/003) -> allowed once, "
     "this summer only, for six dentists (neither on nor off)."),
    ("b125-12", "beregovoy", "ru", "2024-07-10T03:00:00Z", SC, "b125-g2",
     "g2 from the island side (Russian). Same one-time exception; stresses exchanges not resumed."),
    ("b125-13", "brigstock", "en", "2024-07-11T06:45:00Z", SC, "b125-g2",
     "g2 in English. Same development."),
    ("b125-14", "nichio", "ja", "2024-07-12T03:10:00Z", R, None,
     "Annual report (Defense White Paper 2024) repeating long-standing wording on Russian forces "
     "in the Northern Territories; no new deployment named. Restates seed context (talks halted)."),
    ("b125-15", "geliograf", "ru", "2024-07-29T08:20:00Z", O, None,
     "Look-alike: Kurile Lake (Курильское озеро) in Kamchatka, sockeye run. Named after the Kurils, "
     "unrelated to the dispute."),
    ("b125-16", "beregovoy", "ru", "2024-08-18T07:00:00Z", R, None,
     "Anniversary piece (Kuril landing operation, Shumshu) with an official restating that "
     "sovereignty is not open to discussion (seeds 001/004); talks stopped in 2022."),
    ("b125-17", "higashihama", "ja", "2024-08-23T21:40:00Z", SC, "b125-g2",
     "Follow-up inside g2 with no new fact (the one-time dentists' visit took place as announced; "
     "still 'this summer only')."),
    ("b125-18", "geliograf", "ru", "2024-09-10T09:00:00Z", R, None,
     "Conditional: Rudenko says dialogue possible only if Tokyo drops its hostile course. Same "
     "speaker/position as seed 004; no contacts, no change."),
    ("b125-19", "fieldstone", "en", "2024-10-03T11:00:00Z", R, None,
     "Questioned move ('Will Ishiba thaw the Kurils freeze?'): column restating both positions "
     "(seeds 000/004). No event."),
    ("b125-20", "tallyline", "en", "2024-10-22T08:30:00Z", O, None,
     "Unrelated Japan-Russia news: Sakhalin-2 LNG stakes."),
    ("b125-21", "nichio", "ja", "2024-11-20T05:00:00Z", R, None,
     "Occasion/statistics piece (former islanders' average age); restates that visa-free exchanges "
     "and free visits stopped in March 2022 and Japan's policy (seeds)."),
    ("b125-22", "fieldstone", "en", "2025-01-20T09:00:00Z", R, None,
     "Opinion column restating seed facts (talks ended, joint activities quit, visa-free ended, "
     "'categorically impossible')."),
    ("b125-23", "higashihama", "ja", "2025-02-07T08:30:00Z", R, None,
     "Occasion piece (Northern Territories Day rally 2025): PM Ishiba restates policy; wished-for "
     "grave visits ('生きているうちに墓参を'). Seeds: talks refused, exchanges stopped."),
    ("b125-24", "lantern", "en", "2025-02-12T02:00:00Z", N, None,
     "Borderline: Rausu drift-ice tourism with Kunashir on the horizon; islands mentioned, no "
     "development."),
    ("b125-25", "brigstock", "en", "2025-02-22T06:30:00Z", O, None,
     "Look-alike: other island dispute (Takeshima/Dokdo)."),
    ("b125-26", "beregovoy", "ru", "2025-03-12T04:00:00Z", N, None,
     "Borderline islands' daily life: first online-order pickup point on Shikotan. About the "
     "islands, not about the dispute."),
    ("b125-27", "brigstock", "en", "2025-03-14T05:10:00Z", O, None,
     "Look-alike: another peace treaty (Armenia-Azerbaijan)."),
    ("b125-28", "geliograf", "ru", "2025-03-26T10:00:00Z", R, None,
     "Annual report (MFA review for 2024) restating seeds: talks impossible, visa-free ended, "
     "joint activities dialogue quit, sovereignty not in question."),
    ("b125-29", "fieldstone", "en", "2025-05-22T16:30:00Z", O, None,
     "Look-alike: other island dispute and treaty (Chagos, UK-Mauritius)."),
    ("b125-30", "geliograf", "ru", "2025-06-05T12:40:00Z", ND, "b125-g3",
     "FIRST report of g3, buried in a briefing round-up (Istanbul talks, Poland, Moldova first): "
     "Russia's protest note over the Expo 2025 'Northern Territories' exhibit. New."),
    ("b125-31", "nichio", "ja", "2025-06-06T03:00:00Z", ND, "b125-g3",
     "g3 in Japanese: Hayashi rejects the Russian protest. Same development."),
    ("b125-32", "brigstock", "en", "2025-06-06T06:30:00Z", ND, "b125-g3",
     "g3 in English. Same development."),
    ("b125-33", "lantern", "en", "2025-06-24T01:30:00Z", R, None,
     "Requested move: Nemuro mayor asks Tokyo to urge Russia to resume visa-free exchanges; "
     "restates their termination in 2022 (seeds 001/003). Nothing new happened."),
    ("b125-34", "tallyline", "en", "2025-06-30T07:00:00Z", R, None,
     "Prospective version of g4 ('weighs', 'nothing has been decided'): no decision yet; only known "
     "context (sanctions, existing 1,900 cc ban). Must not alert; g4 starts on 15 July."),
    ("b125-35", "nichio", "ja", "2025-07-15T07:30:00Z", ND, "b125-g4",
     "FIRST report of g4: METI licence requirement (原則不許可) from 1 Sept 2025 for used cars/parts "
     "bound for the four islands. New."),
    ("b125-36", "beregovoy", "ru", "2025-07-16T02:00:00Z", ND, "b125-g4",
     "g4 from the islands' side (Russian): same measure, residents fear prices."),
    ("b125-37", "tallyline", "en", "2025-07-18T05:00:00Z", ND, "b125-g4",
     "g4 in English: the decision announced. Same development."),
    ("b125-38", "fieldstone", "en", "2025-08-15T07:00:00Z", R, None,
     "Explainer on the 80th anniversary of the war's end: restates seed facts (1855, 1956, 2018, "
     "March 2022 measures incl. BSEC)."),
    ("b125-39", "geliograf", "ru", "2025-09-03T08:00:00Z", R, None,
     "Occasion piece (80th anniversary of victory over Japan): governor restates 'Kurils are Russia' "
     "(seed position on sovereignty)."),
    ("b125-40", "lantern", "en", "2025-10-08T09:30:00Z", ND, "b125-g7",
     "FIRST report of g7 (English local outlet, same evening): JCG SeaGuardian drone based at "
     "Kushiro to watch the waters around the four islands. New."),
    ("b125-41", "higashihama", "ja", "2025-10-08T21:00:00Z", ND, "b125-g7",
     "g7 in Japanese (next morning's paper). Same development."),
    ("b125-42", "brigstock", "en", "2025-11-12T09:30:00Z", O, None,
     "Look-alike: Kurilian Bobtail cat breed named after the Kuril Islands."),
    ("b125-43", "beregovoy", "ru", "2025-12-05T06:00:00Z", N, None,
     "Borderline islands' daily life: first indoor ice rink in Yuzhno-Kurilsk."),
    ("b125-44", "brigstock", "en", "2026-01-21T07:50:00Z", O, None,
     "Unrelated Japan-Russia security news: Tu-95 flight over the Sea of Japan, not the islands."),
    ("b125-45", "fieldstone", "en", "2026-02-07T09:30:00Z", R, None,
     "Occasion piece (Northern Territories Day 2026): PM Takaichi restates policy; rally asks "
     "Russia to restore exchanges (requested). Seeds only."),
    ("b125-46", "beregovoy", "ru", "2026-03-10T03:30:00Z", R, None,
     "Feature on islanders' memories of visa-free exchanges; restates their termination in March "
     "2022 (seeds 001/003) and that resumption is not being considered."),
    ("b125-47", "geliograf", "ru", "2026-04-22T07:30:00Z", SC, "b125-g5",
     "FIRST report of g5. Peace treaty talks: broken off by Russia in March 2022 (seeds) -> "
     "consultations held in Jeddah on 21 April 2026, second round agreed for autumn."),
    ("b125-48", "brigstock", "en", "2026-04-22T12:10:00Z", SC, "b125-g5",
     "g5 in English. Same development."),
    ("b125-49", "nichio", "ja", "2026-04-23T00:30:00Z", SC, "b125-g5",
     "g5 in Japanese. Same development."),
    ("b125-50", "fieldstone", "en", "2026-05-06T10:00:00Z", SC, "b125-g5",
     "Follow-up analysis inside g5 with no new fact (restates the Jeddah round and the planned "
     "autumn round)."),
    ("b125-51", "geliograf", "ru", "2026-06-17T09:00:00Z", R, None,
     "Negated/questioned: MFA says visa-free exchanges were not discussed in Jeddah and there are "
     "no conditions to resume them. Restates seed termination and g5."),
    ("b125-52", "tallyline", "en", "2026-07-14T06:00:00Z", N, None,
     "Borderline islands' economy: Kuril tourism numbers and extra Aurora summer flights; not "
     "about the dispute."),
    ("b125-53", "higashihama", "ja", "2026-10-09T11:00:00Z", SC, "b125-g6",
     "FIRST report of g6, buried in a weekly column led by the kelp season and a school talk: "
     "Russia's note postponing the second Jeddah round until next spring (paused for a season)."),
    ("b125-54", "geliograf", "ru", "2026-10-10T08:40:00Z", SC, "b125-g6",
     "g6 confirmed by the Russian MFA: postponed to spring 2027, format not terminated."),
    ("b125-55", "brigstock", "en", "2026-10-12T05:30:00Z", SC, "b125-g6",
     "g6 in English. Same development."),
    ("b125-56", "nichio", "ja", "2026-10-19T02:00:00Z", R, None,
     "Anniversary piece (70 years of the 1956 Joint Declaration): restates seed 004 (1956), 2018, "
     "March 2022, and the corpus' own g5/g6 (Jeddah round, postponement). Nothing new."),
    ("b125-57", "fieldstone", "en", "2026-12-28T09:00:00Z", R, None,
     "Year-end review recapping g5 (Jeddah) and g6 (postponement), the rally and the anniversary; "
     "no new fact."),
    ("b125-58", "beregovoy", "ru", "2027-01-25T04:00:00Z", R, None,
     "Governor's annual address: restates sovereignty (seeds), the 2022 end of visa-free exchanges "
     "and the known postponement of the consultations (g6). Local achievements only."),
]


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(timezone.utc)


def main() -> None:
    out_art = ROOT / "articles"
    out_art.mkdir(exist_ok=True)
    for old in out_art.glob("*.html"):
        old.unlink()
    entries = []
    for aid, feed, lang, ts, label, group, note in META:
        text = TEXTS[aid]
        pub = parse(ts)
        html_doc = TEMPLATES[feed](text, {"id": aid, "published": pub, "lang": lang})
        (out_art / f"{aid}.html").write_text(html_doc, encoding="utf-8")
        e = {"id": aid, "feed": feed, "lang": lang, "published": ts,
             "title": text["title"], "summary": text["summary"], "label": label}
        if group:
            e["group"] = group
            e["new_facts"] = [G[group]["fact"]]
            e["must_mention"] = G[group]["mm"][lang]
        e["note"] = note
        entries.append(e)
    entries.sort(key=lambda e: e["published"])
    data = {"name": ROOT.name, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    print(f"wrote {len(entries)} articles to {out_art.relative_to(ROOT)}/ and labels.yaml")


if __name__ == "__main__":
    main()
