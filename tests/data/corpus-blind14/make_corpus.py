#!/usr/bin/env python3
"""Generate the blind14 corpus: labels.yaml and articles/*.html."""
from pathlib import Path
import sys
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from chrome import FEEDS, page  # noqa: E402
from data_a import ARTICLES_A  # noqa: E402
from data_b import ARTICLES_B  # noqa: E402
from data_extra import EXTRA  # noqa: E402

LABEL_KEYS = ["id", "feed", "lang", "published", "title", "summary", "label", "group",
              "new_facts", "must_mention", "note"]


def main():
    arts = sorted(ARTICLES_A + ARTICLES_B, key=lambda a: a["published"])
    for a in arts:
        if a["id"] in EXTRA:
            k = -2 if a["id"] == "b14-045" else -1  # keep the interview's last Q/A together
            a["body"] = a["body"][:k] + EXTRA[a["id"]] + a["body"][k:]
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    feeds = {f["id"]: f for f in FEEDS}
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        assert a["id"].startswith("b14-")
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        alerting = a["label"] in ("new_development", "status_change")
        assert alerting == bool(a.get("group")), a["id"]
        if alerting:
            assert a.get("new_facts") and a.get("must_mention"), a["id"]
            text = (a["title"] + " " + " ".join(a["body"])).lower()
            for alt in a["must_mention"]:
                assert any(s.lower() in text for s in alt), (a["id"], alt)
        (out / f"{a['id']}.html").write_text(page(a), encoding="utf-8")
        entries.append({k: a[k] for k in LABEL_KEYS if a.get(k) is not None})
    data = {"name": "blind14", "known_as_of": "2024-02-08", "feeds": FEEDS, "articles": entries}
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"wrote {len(entries)} articles")


if __name__ == "__main__":
    main()
