#!/usr/bin/env python3
"""Build the b123 corpus: labels.yaml and articles/<id>.html.

Deterministic; Python stdlib + PyYAML only. Run from anywhere:
    python3 src/generate.py
Writes into the folder that holds src/ (the corpus root).
"""
import re
import sys

sys.dont_write_bytecode = True
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))

import articles_en  # noqa: E402
import articles_ja  # noqa: E402
import articles_ru  # noqa: E402
import outlets  # noqa: E402

NAME = ROOT.name
KNOWN_AS_OF = "2024-02-08"

# Development groups: one line each, and the key words an alert must carry
# (at least one stem from each inner list; en / ru / ja forms together).
GROUPS = {
    "b123-g1": dict(
        development="Russia ratifies a marine research agreement with China that names the waters around the southern Kurils as a joint survey area; Japan protests",
        must_mention=[["china", "chinese", "китай", "кнр", "китая", "中国", "中ロ"],
                      ["research", "survey", "исследован", "調査"]]),
    "b123-g2": dict(
        development="Russian federal law fixes by coordinates the 'state border with Japan' in the straits between Hokkaido, Kunashir and the Habomai islets (in force 1 March 2025)",
        must_mention=[["border", "границ", "国境"],
                      ["law", "закон", "法律", "法"]]),
    "b123-g3": dict(
        development="Roskomnadzor licenses Radio Sosed, a Japanese-language station on Kunashir aimed at Hokkaido; on air from 1 April 2025",
        must_mention=[["radio", "broadcast", "радио", "вещан", "ラジオ", "放送"],
                      ["japanese", "японск", "日本語"]]),
    "b123-g4": dict(
        development="Tokyo District Court annuls the Foreign Ministry's passport restriction on a man planning to visit Etorofu on a Russian visa; the 1989 'refrain from entry' request has no legal force",
        must_mention=[["passport", "паспорт", "旅券"],
                      ["court", "ruling", "суд", "地裁", "判決"]]),
    "b123-g5": dict(
        development="Russian court sentences Hokkaido assemblyman Takayuki Kubota in absentia to four years over a speech demanding the islands' return",
        must_mention=[["sentenc", "convict", "absentia", "jail", "приговор", "заочн", "判決", "有罪"],
                      ["lawmaker", "assembly", "kubota", "депутат", "кубот", "道議", "久保田"]]),
    "b123-g6": dict(
        development="Tokyo High Court reverses: the passport restriction is lawful (status back from 'annulled' to 'in force')",
        must_mention=[["high court", "appeal", "overturn", "апелляц", "高裁", "控訴"],
                      ["passport", "паспорт", "旅券"]]),
    "b123-g7": dict(
        development="Russia suspends Radio Sosed's frequency permit 'until ITU coordination is completed': off air since 16 May 2026, licence not revoked (neither on nor off)",
        must_mention=[["suspend", "off air", "приостанов", "停止", "停波"],
                      ["radio", "frequency", "радио", "частот", "ラジオ", "周波数"]]),
}

CYR = re.compile(r"[\u0400-\u04ff]")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def script_of(word):
    if CYR.search(word):
        return "ru"
    if CJK.search(word):
        return "ja"
    return "en"


def mention_for(group, lang):
    """The group's stems, the article's own language first."""
    out = []
    for alt in GROUPS[group]["must_mention"]:
        own = [w for w in alt if script_of(w) == lang]
        other = [w for w in alt if script_of(w) != lang]
        out.append(own + other)
    return out


def all_articles():
    arts = []
    for mod, lang in ((articles_en, "en"), (articles_ru, "ru"), (articles_ja, "ja")):
        for a in mod.ARTICLES:
            a = dict(a)
            a["lang"] = lang
            arts.append(a)
    arts.sort(key=lambda a: (a["published"], a["id"]))
    return arts


def check(arts):
    feeds = {f["id"]: f for f in outlets.FEEDS}
    ids = set()
    for a in arts:
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        assert a["feed"] in feeds, a["feed"]
        assert feeds[a["feed"]]["lang"] == a["lang"], (a["id"], a["feed"])
        assert "2024-02-10" <= a["published"][:10] <= "2027-01-31", a["id"]
        assert a["label"] in {"new_development", "status_change", "restatement", "off_topic", "neutral"}
        if a["label"] in {"new_development", "status_change"}:
            assert a.get("group") in GROUPS and a.get("new_facts"), a["id"]
        else:
            assert not a.get("group"), a["id"]
        assert a.get("note"), a["id"]


def main():
    arts = all_articles()
    check(arts)
    out_dir = ROOT / "articles"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.html"):
        old.unlink()
    entries = []
    for a in arts:
        (out_dir / f"{a['id']}.html").write_text(outlets.render(a), encoding="utf-8")
        e = {
            "id": a["id"],
            "feed": a["feed"],
            "lang": a["lang"],
            "published": a["published"],
            "title": a["title"],
            "summary": a["summary"],
            "label": a["label"],
        }
        if a.get("group"):
            e["group"] = a["group"]
            e["new_facts"] = list(a["new_facts"])
            e["must_mention"] = mention_for(a["group"], a["lang"])
        e["note"] = a["note"]
        entries.append(e)
    labels = {
        "name": NAME,
        "known_as_of": KNOWN_AS_OF,
        "feeds": [dict(f) for f in outlets.FEEDS],
        "articles": entries,
    }
    text = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000)
    (ROOT / "labels.yaml").write_text(text, encoding="utf-8")

    # summary
    from collections import Counter
    by = Counter((a["lang"], a["label"]) for a in arts)
    langs = Counter(a["lang"] for a in arts)
    print(f"{NAME}: {len(arts)} articles", dict(langs))
    for lab in ("new_development", "status_change", "restatement", "off_topic", "neutral"):
        print(f"  {lab:16s}", {l: by[(l, lab)] for l in ("en", "ru", "ja")})
    for g in GROUPS:
        mem = [a for a in arts if a.get("group") == g]
        print(f"  {g}: first {mem[0]['id']} [{mem[0]['lang']}] {len(mem)} report(s)")


if __name__ == "__main__":
    main()
