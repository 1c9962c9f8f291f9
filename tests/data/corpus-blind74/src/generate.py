#!/usr/bin/env python3
"""Generate the b74 blind corpus: articles/*.html, labels.yaml and README.md.

Usage: python3 src/generate.py            (writes next to src/, i.e. into the corpus folder)
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import DESCRIPTIONS, FEEDS, render  # noqa: E402
import articles_2025  # noqa: E402
import articles_2026  # noqa: E402

ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}

GROUPS = {
    "b74-g1": ("military", "new_development",
               "Russia's Pacific Fleet puts the 'Harmony' seabed hydroacoustic surveillance system on trial duty in the Ekaterina Strait (Kunashiri Channel) between Kunashir and Iturup; Japan protests."),
    "b74-g2": ("fishing and the sea", "new_development",
               "Russia notifies Japan that from January 2026 Japanese boats fishing around the islands under the 1998 framework must carry Russian border-guard inspectors."),
    "b74-g3": ("humanitarian one-off (this summer only)", "new_development",
               "Russia allows, as a this-summer-only exception, six relatives and stonemasons to re-erect toppled gravestones at the Japanese cemetery on Kunashir (trip takes place in September). Neither a resumption of grave visits nor of visa-free exchanges."),
    "b74-g4": ("people of the islands", "new_development",
               "The main school in Yuzhno-Kurilsk (Kunashir) drops Japanese, taught since the 1990s with Hokkaido's help, and switches to Chinese."),
    "b74-g5": ("diplomatic, status up", "status_change",
               "First Russia-Japan consultations touching the peace treaty since March 2022 held in Dushanbe (deputy ministers); both sides agree to continue. Old state: talks suspended/'categorically impossible' (seeds)."),
    "b74-g6": ("economic", "new_development",
               "A 12 MW geothermal-powered data centre (crypto-mining, cloud) of a Kuril tax-regime resident starts operating on Iturup; Tokyo protests."),
    "b74-g7": ("legal", "new_development",
               "Putin signs a law fining the use of foreign names denying Russian sovereignty (e.g. 'Northern Territories') in media, maps, advertising; in force 1 Nov 2026. The May bill (neutral) was only a proposal."),
    "b74-g8": ("diplomatic, status down", "status_change",
               "Russia notifies Japan by note that the consultations revived in Dushanbe are suspended; the second round in Tokyo is off. Old state: consultations resumed (b74-g5)."),
}

NEGATIVE_KIND = {
    "b74-01": "restatement by a new speaker (Zakharova)",
    "b74-02": "occasion (Northern Territories Day), PM restates policy",
    "b74-03": "occasion (Nemuro rally), regional",
    "b74-04": "regional governor's annual address restating sovereignty",
    "b74-05": "look-alike: other island dispute (Takeshima)",
    "b74-06": "annual report (Diplomatic Bluebook) restating positions - ministry page",
    "b74-10": "Diet answer: 'will keep pressing', 見通しは立っていない",
    "b74-11": "briefing transcript (mixed topics) restating sovereignty - ministry page",
    "b74-12": "requested move ('urged Moscow to allow' grave visits)",
    "b74-13": "petition by a city assembly",
    "b74-19": "anniversary (80 years, 3 September)",
    "b74-20": "conditional ('if Japan changes course we will respond')",
    "b74-24": "look-alike: Nemuro Strait tourism, Kunashiri in view",
    "b74-25": "new PM's first policy speech: what will be pursued",
    "b74-26": "press-pool transcript, Peskov restates 'impossible'",
    "b74-27": "look-alike: other peace treaty (Armenia-Azerbaijan)",
    "b74-28": "unrelated Japan-Russia news (Sakhalin-2 LNG)",
    "b74-29": "denied move (no detention happened)",
    "b74-30": "neutral: earthquake off Iturup",
    "b74-31": "conditional ('would be ready if Tokyo drops sanctions')",
    "b74-32": "occasion (Northern Territories Day 2026), new PM restates",
    "b74-38": "Diet answers after the Dushanbe round: 'will continue with perseverance'",
    "b74-39": "petition (83,000 signatures)",
    "b74-40": "Duma government hour: Lavrov restates sovereignty",
    "b74-41": "negated: 墓参 今年も実施の見通し立たず",
    "b74-42": "neutral: bill introduced (proposal, not law)",
    "b74-45": "ministry page (EN): no date for the second round (negated)",
    "b74-49": "routine annual ministerial viewing from Cape Nosappu",
    "b74-50": "look-alike: 千島海溝 (Kuril trench) disaster release - ministry page",
    "b74-51": "unrelated Japan-Russia military news (bombers over Sea of Japan)",
    "b74-52": "denied move: MFA denies consultations were suspended",
    "b74-53": "anniversary / background (1956 Joint Declaration, 70 years)",
    "b74-54": "neutral: think-tank satellite analysis, unconfirmed",
    "b74-58": "regional governor's annual press conference",
    "b74-59": "occasion (Northern Territories Day 2027), after the suspension",
    "b74-60": "look-alike: thing named after the Kurils (Kurilian Bobtail cat)",
}


def load() -> list[dict]:
    arts = articles_2025.ARTICLES + articles_2026.ARTICLES
    for a in arts:
        a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    return arts


def validate(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"b74-{i:02d}" for i in range(1, len(ids) + 1)], "ids must run b74-01.. in order"
    times = [a["published"] for a in arts]
    assert times == sorted(times), "articles must be in chronological order"
    assert times[0] > datetime.fromisoformat("2024-02-08T23:59:59+00:00")
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert a["lang"] == feeds[a["feed"]]["lang"], a["id"]
        assert a["label"] in LABELS, a["id"]
        assert a.get("note"), a["id"]
        if a["label"] in ALERTING:
            assert a.get("group") in GROUPS, a["id"]
            assert GROUPS[a["group"]][1] == a["label"], a["id"]
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in text for w in alt), (a["id"], alt)
        else:
            assert not a.get("group"), a["id"]
    # group membership: first report first, later ones within days
    by_group = defaultdict(list)
    for a in arts:
        if a.get("group"):
            by_group[a["group"]].append(a)
    assert set(by_group) == set(GROUPS)
    for g, members in by_group.items():
        span = (members[-1]["published"] - members[0]["published"]).days
        assert span <= 31, (g, span)


def main() -> None:
    arts = load()
    validate(arts)
    out_articles = ROOT / "articles"
    out_articles.mkdir(exist_ok=True)
    for old in out_articles.glob("*.html"):
        old.unlink()
    seen_titles: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        page = render(a, seen_titles[a["feed"]])
        (out_articles / f"{a['id']}.html").write_text(page, encoding="utf-8")
        seen_titles[a["feed"]].append(a["title"])

    labels = {
        "name": "blind74",
        "known_as_of": "2024-02-08",
        "feeds": [dict(f) for f in FEEDS],
        "articles": [],
    }
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"],
            "published": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        labels["articles"].append(e)
    (ROOT / "labels.yaml").write_text(
        "# Generated by src/generate.py - do not edit by hand.\n"
        + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8")
    write_readme(arts)
    langs = Counter(a["lang"] for a in arts)
    print(f"{len(arts)} articles; " + ", ".join(f"{k} {v} ({v * 100 // len(arts)}%)" for k, v in sorted(langs.items()))
          + f"; labels {dict(Counter(a['label'] for a in arts))}")


def write_readme(arts: list[dict]) -> None:
    langs = Counter(a["lang"] for a in arts)
    per_feed = Counter(a["feed"] for a in arts)
    lines = []
    lines.append("# blind74 - an ordinary season of the stream, 2025-2027\n")
    lines.append(
        "Theme: an ordinary season of the Russia-Japan peace-treaty / Kuril Islands stream as a "
        "subscriber receives it, January 2025 - March 2027: wire copy, a national and a regional "
        "English paper, a Russian wire and a Sakhalin regional paper, a Japanese broadcaster and "
        "national daily, and ministry-style pages in all three languages (Russian MFA/Kremlin "
        "transcripts, Japanese Diet minutes and white papers, an English MOFA press-conference text). "
        "Developments of several kinds - military, fishing and the sea, a humanitarian one-off, the "
        "people of the islands, diplomatic (status up, then down), economic, legal - sit among the "
        "everyday hard negatives: restatements by new speakers, policy speeches and Diet/Duma answers "
        "that say what will be pursued, petitions, conditional and denied moves, background and "
        "anniversary pieces, look-alikes and follow-ups with no new fact.\n")
    lines.append(f"Written blind (only the brief, the format, the harness, the five seeds and the "
                 f"used-events/outlets lists were read). Known facts: the five seeds, as of 2024-02-08.\n")
    lines.append(f"{len(arts)} articles: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
                 + ". Regenerate with `python3 src/generate.py` (Python 3 + PyYAML).\n")
    lines.append("## Outlets\n")
    lines.append("| id | title | format | lang | articles | what it is | metadata |")
    lines.append("|---|---|---|---|---|---|---|")
    meta = {"wharfside-wire": "og + article:published_time", "coldspring-en": "og + JSON-LD NewsArticle",
            "rakko-courier": "none (title only)", "nakat-ru": "og + JSON-LD",
            "chaika-ru": "og", "oficialno-ru": "none (title only)", "kitakiri-tv": "og",
            "kokumin-nippo": "og + JSON-LD", "seifu-koho": "description only"}
    for f in FEEDS:
        lines.append(f"| {f['id']} | {f['title']} | {f['format']} | {f['lang']} | {per_feed[f['id']]} | "
                     f"{DESCRIPTIONS[f['id']]} | {meta[f['id']]} |")
    lines.append("\n## Development groups\n")
    lines.append("| group | kind | label | development | reports (first first) |")
    lines.append("|---|---|---|---|---|")
    by_group = defaultdict(list)
    for a in arts:
        if a.get("group"):
            by_group[a["group"]].append(a)
    for g, (kind, label, what) in GROUPS.items():
        reps = "; ".join(f"{a['id']} {a['lang']} {a['feed']} {a['published']:%Y-%m-%d %H:%M}Z"
                         + (" (follow-up, no new fact)" if "follow-up" in a["note"].lower() else "")
                         for a in by_group[g])
        lines.append(f"| {g} | {kind} | {label} | {what} | {reps} |")
    lines.append("\nFirst reported in Russian: g1, g4, g5, g7. In Japanese: g2, g3, g8. In English: g6.\n"
                 "Status moves: g5 up (suspended -> consultations held and continuing), g8 down "
                 "(consultations -> suspended again). Neither: g3 (this summer only, explicitly not a "
                 "resumption). The October denial (b74-52) sits between g5 and g8 as a denied move.\n")
    lines.append("## Negatives and borderline items\n")
    lines.append("| id | lang | label | what it tests |")
    lines.append("|---|---|---|---|")
    for a in arts:
        if a["label"] not in ALERTING:
            lines.append(f"| {a['id']} | {a['lang']} | {a['label']} | {NEGATIVE_KIND.get(a['id'], '')} |")
    lines.append("\n## Hardest negatives\n")
    lines.append(
        "- b74-52 (RU ministry page): MFA *denies* that the consultations were suspended - the same words "
        "as the real suspension two months later (b74-g8), negated.\n"
        "- b74-42 (neutral) vs b74-g7: a bill introduced in the Duma is a proposal; only the signed law is a development.\n"
        "- b74-38 / b74-45 / b74-41: Diet answers, an English MOFA press-conference text and a broadcaster piece "
        "in the months after the Dushanbe round that only say what will be pursued or that nothing is scheduled "
        "(次回の日程は決まっていない, 見通しは立っていない).\n"
        "- b74-31 / b74-20: conditional readiness ('would be ready if Tokyo drops sanctions').\n"
        "- b74-12 / b74-13 / b74-39: requested moves and petitions about grave visits, next to g3, a real one-off permission.\n"
        "- b74-29: a denied detention of a Japanese schooner, next to the fishing group g2.\n"
        "- b74-54 (neutral): unconfirmed think-tank satellite analysis of military construction, next to g1.\n"
        "- b74-50, b74-60, b74-24: things named after or near the Kurils (千島海溝, Kurilian Bobtail, Nemuro Strait whales).\n"
        "- b74-21 and b74-37: follow-ups in their groups with no new fact (an alert on them is a repeat).\n")
    lines.append("## Notes\n")
    lines.append(
        "- Dates run from January 2025 to March 2027 (the theme's 2025-2027 season; all after 2024-02-08), "
        "in chronological order; later reports of a group follow within hours to days (g3's follow-up a month later, "
        "when the permitted trip took place).\n"
        "- g5/g8 are of a familiar type (a resumption and a renewed suspension of the consultations) but new events: "
        "venue (Dushanbe), dates, trigger and participants differ from the used-events list. g1, g2, g3, g4, g6 and g7 "
        "have no counterpart in that list.\n"
        "- Strict second read done against the seeds: every restatement restates a seed fact or position (named in its "
        "note); requested, conditional, denied and proposed moves are not labelled as moves; follow-ups with no new fact "
        "sit in their group.\n"
        "- World check with a trivial keyword alerter (not the monitor), `<check-dir>/alerter.py`: "
        "`python harness.py tests/data/corpus-blind74 --cmd \"python3 <check-dir>/alerter.py --config {config}\"` -> "
        "`blind74: precision 0.21 recall 1.00 f1 0.34 mention 0.88 alerts 41 groups 8 run-failures 0` "
        "(low precision expected of a keyword alerter; the run completes without errors).\n")
    lines.append("## Files\n")
    lines.append("- `src/outlets.py` - feeds and the nine page templates; `src/articles_2025.py`, "
                 "`src/articles_2026.py` - the articles; `src/generate.py` - validation and output.\n"
                 "- `labels.yaml`, `articles/*.html` - generated.\n")
    (ROOT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
