#!/usr/bin/env python3
"""Generate corpus blind67: articles/*.html and labels.yaml.

    python3 src/make_corpus.py            # writes next to src/ (the corpus root)
    python3 src/make_corpus.py --out DIR  # writes elsewhere

Articles are defined in articles_en.py / articles_ru.py / articles_ja.py with a
stable `key`; ids (b67-01, b67-02, ...) are assigned in publication order, and
`{key}` references in notes are replaced by the ids.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from templates import OUTLETS  # noqa: E402

PREFIX = "b67"
NAME = "blind67"


def q(s: str) -> str:
    """A YAML-safe double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def load() -> list[dict]:
    arts = [dict(a) for a in articles_en.ARTICLES + articles_ru.ARTICLES + articles_ja.ARTICLES]
    keys = [a["key"] for a in arts]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    for a in arts:
        a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    arts.sort(key=lambda a: (a["published"], a["key"]))
    for n, a in enumerate(arts, 1):
        a["id"] = f"{PREFIX}-{n:02d}"
        a["seq"] = n
        a.setdefault("slug", a["key"])
        a.setdefault("num", f"{n:04d}")
    ids = {a["key"]: a["id"] for a in arts}

    def sub(m):
        k = m.group(1)
        if k not in ids:
            raise SystemExit(f"unknown reference {{{k}}}")
        return ids[k]

    for a in arts:
        a["note"] = re.sub(r"\{([a-z0-9-]+)\}", sub, a["note"])
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") and a.get("new_facts") and a.get("must_mention"), a["key"]
        else:
            assert not a.get("group"), a["key"]
        assert a["feed"] in OUTLETS and OUTLETS[a["feed"]]["lang"] == a["lang"], a["key"]
    return arts


def labels_yaml(arts: list[dict]) -> str:
    out = [f"name: {NAME}", "known_as_of: 2024-02-08", "feeds:"]
    for fid, o in OUTLETS.items():
        out.append(f"  - {{id: {fid}, title: {q(o['title'])}, format: {o['format']}, lang: {o['lang']}}}")
    out.append("articles:")
    for a in arts:
        out.append(f"  - id: {a['id']}")
        out.append(f"    feed: {a['feed']}")
        out.append(f"    lang: {a['lang']}")
        out.append(f"    published: {a['published'].isoformat().replace('+00:00', 'Z')}")
        out.append(f"    title: {q(a['title'])}")
        out.append(f"    summary: {q(a['summary'])}")
        out.append(f"    label: {a['label']}")
        if a.get("group"):
            out.append(f"    group: {a['group']}")
        if a.get("new_facts"):
            out.append("    new_facts:")
            for f in a["new_facts"]:
                out.append(f"      - {q(f)}")
        if a.get("must_mention"):
            mm = ", ".join("[" + ", ".join(q(s) for s in alt) + "]" for alt in a["must_mention"])
            out.append(f"    must_mention: [{mm}]")
        out.append(f"    note: {q(a['note'])}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE.parent)
    args = ap.parse_args()
    out = args.out
    arts = load()
    adir = out / "articles"
    if adir.exists():
        shutil.rmtree(adir)
    adir.mkdir(parents=True)
    for a in arts:
        o = OUTLETS[a["feed"]]
        html = o["render"](a, o)
        (adir / f"{a['id']}.html").write_text(html, encoding="utf-8")
    (out / "labels.yaml").write_text(labels_yaml(arts), encoding="utf-8")
    # a plain listing for humans
    lines = [f"{a['id']}  {a['published']:%Y-%m-%d %H:%M}  {a['feed']:<14} {a['lang']}  "
             f"{a['label']:<15} {a.get('group', ''):<24} {a['title']}" for a in arts]
    (out / "src" / "listing.txt").write_text("\n".join(lines) + "\n", encoding="utf-8") \
        if (out / "src").exists() else None
    print(f"wrote {len(arts)} articles to {adir}")


if __name__ == "__main__":
    main()
