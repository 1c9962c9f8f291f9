#!/usr/bin/env python3
"""Build corpus blind124: labels.yaml and articles/<id>.html (deterministic)."""
import sys
from datetime import date, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as EN  # noqa: E402
from articles_ja import ARTICLES as JA  # noqa: E402
from articles_ru import ARTICLES as RU  # noqa: E402
from outlets import FEEDS, TEMPLATES  # noqa: E402

for lang, arts in (("en", EN), ("ru", RU), ("ja", JA)):
    for a in arts:
        a["lang"] = lang


def main():
    arts = sorted(EN + RU + JA, key=lambda a: (a["published"], a["id"]))
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    out = ROOT / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["feed"] in feeds and feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        dt = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        same = [b for b in arts if b["feed"] == a["feed"] and b["id"] != a["id"]
                and b["published"] <= a["published"]][-3:]
        related = [(b["title"], f"/articles/{b['id']}.html") for b in reversed(same)]
        if not related:
            related = [("Archive", "/archive")]
        page = TEMPLATES[a["feed"]](a, dt, related)
        (out / f"{a['id']}.html").write_text(page, encoding="utf-8")
        e = {"id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": a["published"],
             "title": a["title"], "summary": a["summary"], "label": a["label"]}
        if a["label"] in ("new_development", "status_change"):
            e["group"] = a["group"]
            e["new_facts"] = a["new_facts"]
            e["must_mention"] = a["must_mention"]
        e["note"] = a["note"]
        entries.append(e)
    data = {"name": "blind124", "known_as_of": date(2024, 2, 8),
            "feeds": FEEDS, "articles": entries}
    (ROOT / "labels.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"wrote {len(entries)} articles")


if __name__ == "__main__":
    main()
