#!/usr/bin/env python3
"""Generate corpus blind54: labels.yaml, articles/*.html and README.md.

Theme: interviews, long reads and multi-topic pieces, 2024-2027.
Usage: python3 src/generate.py   (from anywhere; writes next to src/)
Needs Python 3 standard library + PyYAML.
"""
from __future__ import annotations

import sys
from collections import OrderedDict
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from outlets import FEEDS, TEMPLATES  # noqa: E402
import articles_en  # noqa: E402
import articles_ru  # noqa: E402
import articles_ja  # noqa: E402

PREFIX = "b54"
NAME = "blind54"

GROUPS = OrderedDict([
    ("g-kunashir-npp", ("new_development", "Sakhalin governor: decision taken to build a small nuclear power plant (RITM-200N) on Kunashir, first unit 2030")),
    ("g-iturup-zato", ("new_development", "Putin decree makes part of Iturup (Goryachiye Klyuchi) a closed administrative-territorial formation (ZATO), entry by permit")),
    ("g-jea-dialogue", ("status_change", "Russia returns to the joint-economic-activity dialogue (left March 2022) in a limited working-group format (waste, aquaculture)")),
    ("g-grave-visits", ("status_change", "Russia agrees to grave visits by former islanders under the visa-free procedure: resume Aug 2025 (first since 2019), to continue annually")),
    ("g-nemuro-videocall", ("new_development", "Nemuro mayor and South Kuril district head hold a one-off video call, first since 2022; explicitly not a resumption of exchanges (held once)")),
    ("g-nemuro-taxzone", ("new_development", "Tokyo decides a special tax zone (corporate tax cut up to 50% for 5 years) for Nemuro and four adjacent towns from FY2026")),
    ("g-jea-freeze", ("status_change", "Russia suspends the revived joint-economic-activity working group again (notified 9 March 2026), citing new Japanese sanctions")),
])


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(timezone.utc)


def load() -> list[dict]:
    arts = articles_en.ARTICLES + articles_ru.ARTICLES + articles_ja.ARTICLES
    keys = [a["key"] for a in arts]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    for a in arts:
        a["dt"] = parse(a["published"])
    arts.sort(key=lambda a: a["dt"])
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
    return arts


def check(arts: list[dict]) -> None:
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["key"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["key"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}, a["key"]
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") in GROUPS, a["key"]
            assert GROUPS[a["group"]][0] == a["label"], a["key"]
            assert a.get("new_facts") and a.get("must_mention"), a["key"]
            body = (a["title"] + " " + a["summary"] + " " + a["body"]).lower()
            for alt in a["must_mention"]:
                assert any(w.lower() in body for w in alt), (a["key"], alt)
        else:
            assert not a.get("group"), a["key"]
        assert a.get("note"), a["key"]
    # first report of each group is first in time
    for g in GROUPS:
        members = [a for a in arts if a.get("group") == g]
        assert members, g


def write_labels(arts: list[dict]) -> None:
    out = {"name": NAME, "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": []}
    for a in arts:
        e = OrderedDict()
        e["id"] = a["id"]
        e["feed"] = a["feed"]
        e["lang"] = a["lang"]
        e["published"] = a["dt"].strftime("%Y-%m-%dT%H:%M:%SZ")
        e["title"] = a["title"]
        e["summary"] = a["summary"]
        e["label"] = a["label"]
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = [[w.lower() for w in alt] for alt in a["must_mention"]]
        e["note"] = a["note"]
        out["articles"].append(dict(e))

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_rep)
    text = yaml.dump(out, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=200,
                     default_flow_style=False)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")


def write_articles(arts: list[dict]) -> None:
    d = ROOT / "articles"
    d.mkdir(exist_ok=True)
    for f in d.glob("*.html"):
        f.unlink()
    for a in arts:
        page = TEMPLATES[a["feed"]](a)
        (d / f"{a['id']}.html").write_text(page, encoding="utf-8")


def write_readme(arts: list[dict]) -> None:
    by_lang = {l: sum(1 for a in arts if a["lang"] == l) for l in ("en", "ru", "ja")}
    by_label = {}
    for a in arts:
        by_label[a["label"]] = by_label.get(a["label"], 0) + 1
    lines = []
    lines.append(f"# Corpus {NAME}: interviews, long reads and multi-topic pieces, 2024–2027\n")
    lines.append("Blind evaluation corpus for the Kuril / peace-treaty monitor. Written without seeing the "
                 "monitor's code, rules or tests; only the five seed documents (known as of 2024-02-08), "
                 "FORMAT.md and the harness were read.\n")
    lines.append("Regenerate with `python3 src/generate.py` (standard library + PyYAML). "
                 "The generator writes `labels.yaml`, `articles/*.html` and this README.\n")
    lines.append("World check (trivial keyword alerter, not the monitor): `python3 harness.py "
                 "tests/data/corpus-blind54 --project <check-dir> --cmd \"python3 <check-dir>/trivial_alerter.py "
                 "--config {config}\"` -> `precision 0.18 recall 1.00 f1 0.31 mention 0.14 alerts 40 groups 7 "
                 "run-failures 0`.\n")
    lines.append("## Theme\n")
    lines.append("Officials speak at length: ministers, ambassadors, the Sakhalin and Hokkaido governors, the Nemuro "
                 "mayor, Duma deputies and Diet members, in print interviews, TV talk shows and press-conference "
                 "transcripts (some Q&A pages without subheads), where the one news item comes mid-way after many "
                 "restated answers. Round-ups of Japan–Russia relations (energy, spy cases, fisheries, visas, trade) "
                 "carry the Kuril development as one paragraph among unrelated items — or carry nothing new at all. "
                 "Decisions are announced inside interviews («мы приняли решение…», 「…することを決めた」, 'we have "
                 "taken a decision'); hedges announce nothing ('could be considered', «не исключаю», 「検討の余地はある」); "
                 "denials put the negation at the end of a long sentence.\n")
    lines.append(f"- {len(arts)} articles: EN {by_lang['en']}, RU {by_lang['ru']}, JA {by_lang['ja']}; "
                 + ", ".join(f"{k} {v}" for k, v in sorted(by_label.items())) + ".")
    lines.append(f"- 8 invented outlets: " + "; ".join(f"`{f['id']}` ({f['lang']}, {f['format']})" for f in FEEDS) + ".")
    lines.append(f"- {len(GROUPS)} development groups, first reported in RU (2), EN (2) and JA (3).\n")
    lines.append("## Groups\n")
    lines.append("| group | label | members (first report first) | what is new |")
    lines.append("|---|---|---|---|")
    for g, (label, what) in GROUPS.items():
        members = [a for a in arts if a.get("group") == g]
        mem = ", ".join(f"{a['id']} ({a['lang']}, {a['feed']})" for a in members)
        lines.append(f"| {g} | {label} | {mem} | {what} |")
    lines.append("")
    lines.append("Status moves: g-grave-visits and g-jea-dialogue move seed matters upward (visa-free trips "
                 "terminated → grave visits resumed, not one-off; joint-economic-activity dialogue left → rejoined "
                 "in a limited format). g-jea-freeze moves the same consultation format back down (working group "
                 "suspended again, after its 2025 revival in this corpus). g-nemuro-videocall is the state that is "
                 "neither: a contact held once, explicitly not a resumption of exchanges, so it is a "
                 "new_development, not a status_change.\n")
    lines.append("## Hard negatives\n")
    lines.append("| id | lang | label | why no alert |")
    lines.append("|---|---|---|---|")
    for a in arts:
        if a["label"] in {"restatement", "off_topic", "neutral"}:
            note = a["note"].replace("|", "/")
            lines.append(f"| {a['id']} | {a['lang']} | {a['label']} | {note} |")
    lines.append("")
    lines.append("## Notes on tricky items\n")
    lines.append("- Interview-first reports whose headline hides the news: the Limarenko interview (nuclear plant "
                 "mid-way), the Nozdrev interview (joint economic activity mid-way), Suzuki's Sunday talk show "
                 "(grave visits after rice and tourism), the Ishigaki interview (video call), the minister's "
                 "interview (tax zone), the Foreign Minister's Q&A transcript (working group suspended).")
    lines.append("- Round-up first report: the Iturup ZATO decree is paragraph 4 of a weekly Japan–Russia round-up.")
    lines.append("- Round-ups with nothing new: the July 2024 week, the 2025 year-in-review (recaps only "
                 "developments already reported in this corpus; any standalone alert is a repeat), the Q1 2027 quarter.")
    lines.append("- Decision language that is not a Kuril development: 'we have decided to keep the embassy's economic "
                 "section at full strength' (Muto), 'we have decided to proceed with delimitation' (Armenia), "
                 "«мы приняли решение в 2022 году, и оно остаётся в силе» (Duma deputy, Rudenko).")
    lines.append("- Late negations: Zakharova Nov 2024 («…никакого отношения к действительности не имеют»), the MFA "
                 "representative in Yuzhno-Sakhalinsk («…на сегодняшний день не принималось»), Iwaya June 2025 "
                 "(「…合意に至ったという事実はございません」), Russian MFA Sept 2025 ('…do not correspond to reality'), "
                 "MOFA May 2026 ('…there was, at present, no such agreement').")
    lines.append("- Look-alikes: Armenia–Azerbaijan peace treaty, Falklands/Malvinas, Takeshima, Bolshoy Ussuriysky; "
                 "Kuril Lake (Kamchatka), курильский чай, a pitcher named 千島.")
    lines.append("- Neutral: b54-40 the South Kuril district head's interview (mentions the past grave visits and the one-off "
                 "call), b54-49 a spending analysis, b54-57 Hokkaido trimming its Sakhalin office.")
    lines.append("")
    (ROOT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    arts = load()
    check(arts)
    write_articles(arts)
    write_labels(arts)
    write_readme(arts)
    print(f"{len(arts)} articles, {len(GROUPS)} groups -> {ROOT}")


if __name__ == "__main__":
    main()
