#!/usr/bin/env python3
"""Build the b116 blind corpus: labels.yaml and articles/<id>.html.

Deterministic; needs only the Python standard library and PyYAML.
Run from anywhere:  python3 src/generate.py   (writes next to src/)
"""
from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
from outlets import BASE, FEEDS, TEMPLATES  # noqa: E402

NAME = "blind116"
KNOWN_AS_OF = "2024-02-08"

# Development groups: the key words of each new fact, in all three languages (lowercase
# substrings; the alert must contain one word from each inner list).
GROUPS = {
    "b116-g1": dict(
        what="Russian offshore seismic (oil & gas) survey licensed east of Shikotan / Habomai, Jul-Sep 2024",
        must_mention=[["seismic", "сейсм", "地震探査", "地震波", "探査"],
                      ["shikotan", "шикотан", "色丹", "habomai", "хабомаи", "малой курильской", "歯舞"]]),
    "b116-g2": dict(
        what="Rausu gillnetter Eiko Maru No. 35 detained off Kunashir (Aug 2024)",
        must_mention=[["eiko", "эйко", "栄幸丸"],
                      ["detain", "seiz", "задерж", "拿捕", "連行"]]),
    "b116-g3": dict(
        what="Eiko Maru No. 35 captain fined 1.2m roubles; boat and crew released (Oct 2024)",
        must_mention=[["eiko", "эйко", "栄幸丸"],
                      ["fine", "штраф", "罰金", "releas", "освобож", "解放", "帰港", "return"]]),
    "b116-g4": dict(
        what="Russia allows a sea cucumber trial off Kaigara (Signalny) for the 2025 season only",
        must_mention=[["sea cucumber", "трепанг", "ナマコ", "なまこ"],
                      ["kaigara", "signalny", "сигнальн", "貝殻"]]),
    "b116-g5": dict(
        what="Kunashir plant signs pollock roe supply contract with Abashiri processor (Sep 2025)",
        must_mention=[["roe", "икр", "ястык", "タラコ", "たらこ", "スケトウダラの卵"],
                      ["kunashir", "кунашир", "国後"]]),
    "b116-g6": dict(
        what="Abashiri buyer suspends the Kunashir roe contract until further notice (Nov 2025)",
        must_mention=[["suspend", "freez", "halt", "замороз", "приостан", "見合わせ", "停止"],
                      ["roe", "икр", "ястык", "タラコ", "たらこ"]]),
    "b116-g7": dict(
        what="Russia awards 15-year investment crab/pollock quotas tied to a plant in Kurilsk, Iturup (Mar 2026)",
        must_mention=[["quota", "квот", "漁獲枠", "投資枠"],
                      ["iturup", "итуруп", "kurilsk", "курильск", "択捉"]]),
    "b116-g8": dict(
        what="Russia declines to renew the Kaigara sea cucumber trial for 2026 (Apr 2026)",
        must_mention=[["sea cucumber", "трепанг", "ナマコ", "なまこ"],
                      ["declin", "not renew", "refus", "отказ", "не продл", "認めず", "認めない", "見送"]]),
}

LANG_OF_FEED = {f["id"]: f["lang"] for f in FEEDS}


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(timezone.utc)


def all_articles() -> list[dict]:
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "ids must follow publication order"
    feeds = {f["id"] for f in FEEDS}
    lo, hi = parse("2024-02-10T00:00:00Z"), parse("2027-01-31T23:59:59Z")
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert LANG_OF_FEED[a["feed"]] == a["lang"], a["id"]
        assert lo <= parse(a["published"]) <= hi, a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        assert a.get("note"), a["id"]
        if a["label"] in {"new_development", "status_change"}:
            g = a.get("group")
            assert g in GROUPS, a["id"]
            assert a.get("new_facts"), a["id"]
            text = (a["title"] + " " + a["summary"] + " " + " ".join(a["body"])).lower()
            for alt in GROUPS[g]["must_mention"]:
                assert any(w in text for w in alt), f"{a['id']}: none of {alt} in its own text"
        else:
            assert not a.get("group"), a["id"]
        words = sum(len(p.split()) for p in a["body"]) if a["lang"] != "ja" else \
            sum(len(p) for p in a["body"]) // 2
        assert 150 <= words <= 600, f"{a['id']}: body length {words}"
    # every group has one label only
    for g in GROUPS:
        labels = {a["label"] for a in arts if a.get("group") == g}
        assert len(labels) == 1, (g, labels)


def labels_doc(arts: list[dict]) -> dict:
    out = []
    for a in arts:
        e = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"], "published": parse(a["published"]),
            "title": a["title"], "summary": a["summary"], "label": a["label"],
        }
        if a["label"] in {"new_development", "status_change"}:
            e["group"] = a["group"]
            e["new_facts"] = list(a["new_facts"])
            e["must_mention"] = [list(x) for x in a.get("must_mention", GROUPS[a["group"]]["must_mention"])]
        e["note"] = a["note"]
        out.append(e)
    return {"name": NAME, "known_as_of": date.fromisoformat(KNOWN_AS_OF),
            "feeds": [dict(f) for f in FEEDS], "articles": out}


def main() -> int:
    arts = all_articles()
    check(arts)
    (ROOT / "articles").mkdir(exist_ok=True)
    for old in (ROOT / "articles").glob("*.html"):
        old.unlink()
    for a in arts:
        page = dict(a)
        page["published"] = parse(a["published"])
        page["url"] = f"{BASE[a['feed']]}/articles/{a['id']}.html"
        html = TEMPLATES[a["feed"]](page)
        (ROOT / "articles" / f"{a['id']}.html").write_text(html, encoding="utf-8")
    doc = labels_doc(arts)
    header = ("# b116 blind corpus - fish, crab, kelp and the sea economy around the southern Kurils\n"
              "# and Hokkaido, 2024-2027. Generated by src/generate.py; do not edit by hand.\n")
    (ROOT / "labels.yaml").write_text(
        header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8")
    print(f"{len(arts)} articles, {len(GROUPS)} groups -> labels.yaml, articles/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
