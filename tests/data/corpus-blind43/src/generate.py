#!/usr/bin/env python3
"""Generate corpus blind43: articles/<id>.html and labels.yaml.

Usage: python3 src/generate.py [OUTDIR]   (default: the folder above src/)

The article texts live in articles_en.py, articles_ru.py and articles_ja.py; page
chrome and metadata habits of the eight invented outlets live in templates.py.
The script assigns stable ids (outlet prefix + publication date + letter), checks the
corpus against the format (labels, groups, must_mention, languages), renders every
page and writes labels.yaml in publication order.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from templates import OUTLETS, parse, render  # noqa: E402
import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402

NAME = "blind43"
KNOWN_AS_OF = "2024-02-08"
PREFIX = {
    "pinewick-wire": "pw", "oyashio-review": "oy", "greyling-asia": "gr",
    "kordon-ru": "kd", "vzmorye-ru": "vz", "ploshchad-ru": "np",
    "choryu-ja": "ct", "kokusai-ja": "kj",
}
LABELS = {"new_development", "status_change", "restatement", "off_topic", "neutral"}
ALERTING = {"new_development", "status_change"}


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def collect() -> list[dict]:
    arts = []
    for mod in (articles_en, articles_ru, articles_ja):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = OUTLETS[a["feed"]]["lang"]
            arts.append(a)
    arts.sort(key=lambda a: (parse(a["published"]), a["feed"]))
    seen = Counter()
    for a in arts:
        d = parse(a["published"])
        stem = f'{PREFIX[a["feed"]]}{d:%y%m%d}'
        seen[stem] += 1
        a["id"] = f"{stem}{'abcdefgh'[seen[stem] - 1]}"
    return arts


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    groups = defaultdict(list)
    for a in arts:
        assert a["label"] in LABELS, a["id"]
        assert parse(a["published"]) > parse(KNOWN_AS_OF + "T23:59:59+00:00"), a["id"]
        assert a.get("note"), f'{a["id"]}: note missing'
        if a["label"] in ALERTING:
            assert a.get("group"), f'{a["id"]}: group missing'
            assert a.get("new_facts"), f'{a["id"]}: new_facts missing'
            mm = a.get("must_mention")
            assert mm and all(isinstance(x, list) and x for x in mm), a["id"]
            for alt in mm:
                for w in alt:
                    assert w == w.lower(), f'{a["id"]}: must_mention must be lowercase: {w}'
            groups[a["group"]].append(a)
        else:
            assert not a.get("group"), f'{a["id"]}: group on a non-alerting label'
    for g, members in groups.items():
        assert 1 <= len(members) <= 4, f"{g}: {len(members)} reports"
        labels = {m["label"] for m in members}
        assert len(labels) == 1, f"{g}: mixed labels {labels}"


def labels_yaml(arts: list[dict]) -> str:
    out = [f"name: {NAME}", f"known_as_of: {KNOWN_AS_OF}", "feeds:"]
    for fid, o in OUTLETS.items():
        out.append(f'  - {{id: {fid}, title: {q(o["title"])}, format: {o["format"]}, lang: {o["lang"]}}}')
    out.append("articles:")
    for a in arts:
        out.append(f'  - id: {a["id"]}')
        out.append(f'    feed: {a["feed"]}')
        out.append(f'    lang: {a["lang"]}')
        out.append(f'    published: {a["published"]}')
        out.append(f'    title: {q(a["title"])}')
        out.append(f'    summary: {q(a["summary"])}')
        out.append(f'    label: {a["label"]}')
        if a.get("group"):
            out.append(f'    group: {a["group"]}')
        if a.get("new_facts"):
            out.append("    new_facts:")
            for f in a["new_facts"]:
                out.append(f"      - {q(f)}")
        if a.get("must_mention"):
            inner = ", ".join("[" + ", ".join(q(w) for w in alt) + "]" for alt in a["must_mention"])
            out.append(f"    must_mention: [{inner}]")
        out.append(f'    note: {q(a["note"])}')
    return "\n".join(out) + "\n"


def main() -> int:
    outdir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent
    arts = collect()
    check(arts)
    (outdir / "articles").mkdir(parents=True, exist_ok=True)
    for old in (outdir / "articles").glob("*.html"):
        old.unlink()
    for a in arts:
        (outdir / "articles" / f'{a["id"]}.html').write_text(render(a), encoding="utf-8")
    (outdir / "labels.yaml").write_text(labels_yaml(arts), encoding="utf-8")
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    groups = sorted({a["group"] for a in arts if a.get("group")})
    print(f"{len(arts)} articles; languages {dict(langs)}; labels {dict(labels)}; "
          f"{len(groups)} groups: {', '.join(groups)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
