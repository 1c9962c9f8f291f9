#!/usr/bin/env python3
"""Generate the blind111 corpus: labels.yaml and articles/<id>.html (deterministic).

Usage (from the corpus folder or anywhere):  python3 src/generate.py
Needs Python 3 and PyYAML only.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import NO_METADATA, OUTLETS, render  # noqa: E402

NAME = "blind111"
KNOWN_AS_OF = "2024-02-08"
ALERTING = {"new_development", "status_change"}
LABELS = ALERTING | {"restatement", "off_topic", "neutral"}


def load() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            a["slug"] = re.sub(r"[^a-z0-9]+", "-", a["key"].lower()).strip("-")
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{NAME[:1]}{NAME[5:]}-{n:02d}"          # b111-01 ...
    return arts


def validate(arts: list[dict]) -> None:
    keys = Counter(a["key"] for a in arts)
    dup = [k for k, c in keys.items() if c > 1]
    assert not dup, f"duplicate keys: {dup}"
    lo, hi = datetime.fromisoformat("2024-02-10T00:00:00+00:00"), \
        datetime.fromisoformat("2027-01-31T23:59:59+00:00")
    for a in arts:
        assert a["feed"] in OUTLETS, a["key"]
        assert OUTLETS[a["feed"]]["lang"] == a["lang"], f"{a['key']}: language/outlet mismatch"
        assert a["label"] in LABELS, a["key"]
        assert lo <= a["published"] <= hi, f"{a['key']}: date out of range"
        assert a.get("note"), f"{a['key']}: note missing"
        if a["label"] in ALERTING:
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
            for alt in a["must_mention"]:
                assert alt and all(s == s.lower() for s in alt), f"{a['key']}: must_mention"
                text = (a["title"] + " " + " ".join(a["body"])).lower()
                assert any(s in text for s in alt), f"{a['key']}: no stem of {alt} in text"
        else:
            assert not a.get("group"), f"{a['key']}: group on a {a['label']} item"
    # every group's first report must be alerting and groups have 1-4 members
    groups: dict[str, list[dict]] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(a)
    for g, members in groups.items():
        assert 1 <= len(members) <= 4, g


def labels_doc(arts: list[dict]) -> dict:
    feeds = [{"id": fid, "title": o["title"], "format": o["format"], "lang": o["lang"]}
             for fid, o in OUTLETS.items()]
    items = []
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"],
            "published": a["published"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
        if a["label"] in ALERTING:
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        items.append(e)
    return {"name": NAME, "known_as_of": KNOWN_AS_OF, "feeds": feeds, "articles": items}


def write_readme(arts: list[dict]) -> None:
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    per_feed = Counter(a["feed"] for a in arts)
    groups: dict[str, list[dict]] = {}
    for a in arts:
        if a.get("group"):
            groups.setdefault(a["group"], []).append(a)
    lines = [
        f"# {NAME}: culture, memory, science and nature around the Kuril dispute",
        "",
        "A blind evaluation corpus for the Russia-Japan peace treaty / Kuril Islands monitor,",
        "written without access to the monitor's code, rules, tests or seeds folder. Known facts:",
        f"the five seed documents as of {KNOWN_AS_OF} (Russia's March 2022 refusal to continue peace",
        "treaty talks, termination of visa-free trips and of the 1999 simplified visits, withdrawal",
        "from joint economic activity dialogue, blocking of Japan's BSEC status; Rudenko's Feb 2024",
        "'categorically impossible').",
        "",
        "**Theme:** museums, monuments, heritage nominations, coins and stamps, school textbooks,",
        "scientific expeditions, volcanoes and nature reserves, names given to places, anniversaries.",
        "A few items are real developments of the dispute; most are occasions, background and",
        "look-alikes (a Kamchatka lake on a coin, a trench, a warship named Chishima, the 1905",
        "Portsmouth treaty, Hans Island, Takeshima).",
        "",
        "## Contents",
        "",
        f"- {len(arts)} articles, {arts[0]['published']:%Y-%m-%d} to {arts[-1]['published']:%Y-%m-%d}",
        f"- languages: en {langs['en']}, ru {langs['ru']}, ja {langs['ja']}",
        "- labels: " + ", ".join(f"{k} {labels[k]}" for k in
                                 ["new_development", "status_change", "restatement", "off_topic", "neutral"]),
        f"- {len(groups)} development groups (ids b111-g1 ... b111-g{len(groups)})",
        "- `labels.yaml`, `articles/<id>.html` are generated by `python3 src/generate.py`",
        "  (texts in `src/articles_en.py`, `src/articles_ru.py`, `src/articles_ja.py`, page",
        "  templates in `src/outlets.py`).",
        "",
        "## Outlets (all invented)",
        "",
        "| feed id | title | lang | format | metadata | articles |",
        "|---|---|---|---|---|---|",
    ]
    meta = {
        "tephra-line": "og:, article:published_time, JSON-LD",
        "plinth-en": "og:, article:published_time",
        "gazetteer-weekly": "**none**",
        "curio-wire": "og:, JSON-LD",
        "gerbariy-ru": "og:, article:published_time, JSON-LD",
        "letopis-ru": "**none**",
        "gakugei-ja": "og:, article:published_time",
        "mizunara-ja": "og:, article:published_time, JSON-LD",
    }
    for fid, o in OUTLETS.items():
        lines.append(f"| {fid} | {o['title']} | {o['lang']} | {o['format']} | {meta[fid]} | {per_feed[fid]} |")
    lines += ["", "## Development groups (first report)", "",
              "| group | label | reports | first report | lang | date | headline |",
              "|---|---|---|---|---|---|---|"]
    for g in sorted(groups, key=lambda g: int(g.split("g")[-1])):
        m = groups[g]
        f = m[0]
        lines.append(f"| {g} | {f['label']} | {', '.join(x['id'] for x in m)} | {f['id']} | "
                     f"{f['lang']} | {f['published']:%Y-%m-%d} | {f['title']} |")
    lines += ["", "What each group is:", ""]
    for g in sorted(groups, key=lambda g: int(g.split("g")[-1])):
        lines.append(f"- **{g}**: {groups[g][0]['new_facts'][0]}")
    lines += [
        "",
        "Buried first reports (routine headline, new fact in the body): b111-g4 (a government",
        "resolution naming nine geographic objects), b111-g5 (a UNESCO MAB round-up), b111-g7 (a",
        "local budget round-up). Status changes go both ways: off -> once (g1), once -> withdrawn",
        "(g2), banned -> allowed pending appeal (g6).",
        "",
        "## Neutral items (not scored)",
        "",
    ]
    for a in arts:
        if a["label"] == "neutral":
            lines.append(f"- {a['id']} ({a['lang']}): {a['title']} - {a['note']}")
    lines += [
        "",
        "## Check",
        "",
        "Commands, run from this folder:",
        "",
        "```sh",
        "python3 src/generate.py                  # regenerate labels.yaml and articles/",
        "sh check/run_check.sh ../../eval/harness.py   # trivial keyword alerter through the harness",
        "```",
        "",
        "`check/trivial_alerter.py` is a deliberately naive keyword alerter (it is NOT the monitor):",
        "it reads the harness config, polls the feeds, and sends a Telegram message with the",
        "article link for any item whose headline/summary contains a trigger word. Its only",
        "purpose is to show that the world loads (feeds, pages, Bot API, scoring). The harness",
        "path is the first argument of `check/run_check.sh` (default `../../eval/harness.py`).",
        "",
    ]
    (ROOT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    arts = load()
    validate(arts)
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for a in arts:
        html = render(a)
        if a["feed"] in NO_METADATA:
            assert "og:" not in html and "ld+json" not in html and "published_time" not in html
        (out / f"{a['id']}.html").write_text(html, encoding="utf-8")
    doc = labels_doc(arts)
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    write_readme(arts)
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    print(f"{len(arts)} articles; langs {dict(langs)}; labels {dict(labels)}")
    for a in arts:
        words = len(" ".join(a["body"]).split()) if a["lang"] != "ja" else len("".join(a["body"]))
        print(f"{a['id']} {a['published']:%Y-%m-%d} {a['lang']} {a['feed']:<16} "
              f"{a['label']:<15} {a.get('group') or '':<8} {words:>4} {a['title'][:70]}")


if __name__ == "__main__":
    main()
