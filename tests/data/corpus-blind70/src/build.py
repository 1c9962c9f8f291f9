#!/usr/bin/env python3
"""Generate the blind70 corpus: articles/*.html, labels.yaml and README.md.

Usage: python3 src/build.py            (writes into the corpus folder, i.e. the parent of src/)
Needs Python 3 and PyYAML.
"""
from __future__ import annotations

import sys
from collections import Counter, OrderedDict
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_2025  # noqa: E402
import data_2026  # noqa: E402
import data_2027  # noqa: E402
from templates import RENDER  # noqa: E402

OUT = HERE.parent
PREFIX = "b70"

FEEDS = [
    {"id": "sanderling-wire", "title": "Sanderling Wire - World", "format": "rss", "lang": "en",
     "kind": "international news agency (wire copy)"},
    {"id": "kinmoku-post", "title": "The Kinmoku Post - Japan", "format": "atom", "lang": "en",
     "kind": "Tokyo English-language national daily"},
    {"id": "lapwing-hokkaido", "title": "The Lapwing - eastern Hokkaido in English", "format": "rss", "lang": "en",
     "kind": "regional English-language site (Nemuro/Kushiro), WordPress"},
    {"id": "meadowlark-world", "title": "Meadowlark Broadcasting - World", "format": "atom", "lang": "en",
     "kind": "public broadcaster, world service"},
    {"id": "volnorez-lenta", "title": "ИА «Волнорез» — лента новостей", "format": "rss", "lang": "ru",
     "kind": "Russian national news agency (wire)"},
    {"id": "ostrovnoe-radio", "title": "Островное радио — новости Сахалина и Курил", "format": "atom", "lang": "ru",
     "kind": "Sakhalin/Kuril regional radio (pages without metadata)"},
    {"id": "rubikon-gazeta", "title": "Газета «Рубикон»", "format": "rss", "lang": "ru",
     "kind": "Russian national daily (og:title only)"},
    {"id": "yamabuki-digital", "title": "山吹新聞デジタル", "format": "atom", "lang": "ja",
     "kind": "Japanese national daily"},
    {"id": "aoba-tv-news", "title": "道東あおばテレビ NEWS", "format": "rss", "lang": "ja",
     "kind": "eastern Hokkaido regional TV (pages without metadata)"},
]

GROUPS = OrderedDict([
    ("b70-g1", ("diplomatic", "new_development",
                "Russia hands Japan a written 14-article draft 'treaty on peace, friendship and good-neighbourliness' "
                "with no territorial clause (7-8 Apr 2025); Moscow says talks are NOT resumed; Tokyo rejects it.")),
    ("b70-g2", ("economic / fishing", "new_development",
                "Rosrybolovstvo declares a fishery protection zone (~12 nm) around Shikotan and the Habomai islets; "
                "foreign fishing banned from 1 Jan 2026, closing the Kaigara kelp grounds (Jul 2025).")),
    ("b70-g3", ("military", "new_development",
                "An S-500 'Prometey' air/missile defence battalion takes up combat duty on Iturup, the first on the "
                "Kurils; Japan protests (Oct 2025).")),
    ("b70-g4", ("economic / legal", "new_development",
                "A subsidiary of Hakodate's Nagai Suisan becomes the first Japanese-owned resident of Russia's Kuril "
                "preferential tax regime; Tokyo calls it 'extremely regrettable', METI checks FEFTA (Feb 2026).")),
    ("b70-g5", ("humanitarian", "new_development (state: neither)",
                "Russia lets two Japanese engineers make a one-off visa-free trip to Kunashir to repair the "
                "Japanese-donated CT scanner at the Yuzhno-Kurilsk hospital; 'not a resumption of visa-free "
                "exchanges' (Jun-Jul 2026).")),
    ("b70-g6", ("diplomatic", "status_change (suspended -> resumed)",
                "First Japan-Russia peace treaty consultations since March 2022, deputy FMs in Riyadh; agreed to "
                "continue (24 Nov 2026).")),
    ("b70-g7", ("fishing / legal / people", "new_development",
                "Russian border guards seize the Nemuro octopus boat 'Dai-11 Hosei Maru' and 4 crew off Suisho "
                "(Tanfilyev) inside the new protection zone; Japan protests (18-19 Jan 2027).")),
    ("b70-g8", ("diplomatic", "status_change (resumed -> suspended)",
                "Russia suspends the revived peace treaty talks in retaliation for Japan's seizure of the tanker "
                "'Marina Stella'; the June Tokyo round is called off (11 May 2027).")),
])

TESTS = {
    "off_topic": "look-alike / unrelated",
    "restatement": "known facts only",
    "neutral": "borderline (unscored)",
}


def load() -> list[dict]:
    arts = data_2025.ARTICLES + data_2026.ARTICLES + data_2027.ARTICLES
    for a in arts:
        a["published_str"] = a["published"]
        a["published"] = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
    return arts


def check(arts: list[dict]) -> None:
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"{PREFIX}-{i:02d}" for i in range(1, len(ids) + 1)], "ids must be consecutive"
    times = [a["published"] for a in arts]
    assert times == sorted(times), "articles must be in chronological order"
    assert len(set(times)) == len(times), "two articles share a publication time"
    feeds = {f["id"]: f for f in FEEDS}
    for a in arts:
        assert a["feed"] in feeds, a["id"]
        assert feeds[a["feed"]]["lang"] == a["lang"], a["id"]
        assert a["published"] > datetime.fromisoformat("2024-02-08T23:59:59+00:00")
        if a["label"] in ("new_development", "status_change"):
            assert a.get("group") in GROUPS, a["id"]
            assert a.get("must_mention"), a["id"]
            for alt in a["must_mention"]:
                for w in alt:
                    assert w == w.lower(), (a["id"], w)
                assert any(w in (a["title"] + " " + " ".join(a["body"])).lower() for w in alt), \
                    f"{a['id']}: none of {alt} occurs in its own text"
        else:
            assert not a.get("group"), a["id"]
        words = len(" ".join(a["body"]).split()) if a["lang"] != "ja" else len("".join(a["body"])) // 2
        assert 100 <= words <= 650, (a["id"], words)
    for g in GROUPS:
        assert any(a.get("group") == g for a in arts), g


def write_articles(arts: list[dict]) -> None:
    d = OUT / "articles"
    d.mkdir(parents=True, exist_ok=True)
    for old in d.glob("*.html"):
        old.unlink()
    for a in arts:
        html = RENDER[a["feed"]](a)
        (d / f"{a['id']}.html").write_text(html, encoding="utf-8")


def first_sentence(p: str) -> str:
    for end in (". ", "。"):
        i = p.find(end)
        if 0 < i < 300:
            return p[: i + 1].strip()
    return p[:200]


def write_labels(arts: list[dict]) -> None:
    out = {
        "name": "blind70",
        "known_as_of": "2024-02-08",
        "feeds": [{k: f[k] for k in ("id", "title", "format", "lang")} for f in FEEDS],
        "articles": [],
    }
    for a in arts:
        item = {
            "id": a["id"], "feed": a["feed"], "lang": a["lang"],
            "published": a["published_str"], "title": a["title"],
            "summary": a["summary"] or first_sentence(a["body"][0]),
            "label": a["label"],
        }
        if a["label"] in ("new_development", "status_change"):
            item["group"] = a["group"]
            item["new_facts"] = a.get("new_facts") or []
            item["must_mention"] = a["must_mention"]
        item["note"] = a["note"]
        out["articles"].append(item)
    txt = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=110)
    (OUT / "labels.yaml").write_text(txt, encoding="utf-8")


def write_readme(arts: list[dict]) -> None:
    langs = Counter(a["lang"] for a in arts)
    labels = Counter(a["label"] for a in arts)
    n = len(arts)
    by_feed = Counter(a["feed"] for a in arts)
    L = []
    L.append("# blind70 — an ordinary season of the stream (2025–2027)\n")
    L.append("Blind evaluation corpus for the Russia–Japan peace treaty / Kuril Islands monitor, written "
             "without sight of the monitor's code, rules, seeds or tests (only the brief, FORMAT.md, the "
             "harness and the five seed documents, known as of 2024-02-08).\n")
    L.append("## Theme\n")
    L.append("No single trick: what a subscriber really receives over two and a half years. Wire copy, "
             "national dailies, regional papers and broadcasters in English, Russian and Japanese. Eight "
             "developments of different kinds (a written Russian treaty draft, a fishery protection zone, a "
             "missile deployment, a Japanese firm in the Kuril tax regime, a one-off humanitarian trip, talks "
             "resumed, a boat seizure, talks suspended again), each surrounded by the everyday hard negatives: "
             "restatements by new speakers, negated / conditional / requested / denied / wished-for moves, "
             "anniversary and occasion pieces, annual reports, look-alikes and follow-ups with no new fact.\n")
    L.append(f"- Articles: **{n}** — en {langs['en']} ({langs['en']*100//n} %), ru {langs['ru']} "
             f"({langs['ru']*100//n} %), ja {langs['ja']} ({langs['ja']*100//n} %)")
    L.append(f"- Labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    L.append(f"- Dates: {arts[0]['published_str']} … {arts[-1]['published_str']}")
    L.append("- Regenerate: `python3 src/build.py` (Python 3 + PyYAML); it rewrites `articles/`, "
             "`labels.yaml` and this README.\n")
    L.append("## Outlets\n")
    L.append("| id | title | format | lang | kind | articles |")
    L.append("|---|---|---|---|---|---|")
    for f in FEEDS:
        L.append(f"| `{f['id']}` | {f['title']} | {f['format']} | {f['lang']} | {f['kind']} | {by_feed[f['id']]} |")
    L.append("")
    L.append("## Development groups\n")
    L.append("| group | kind | label | development | reports (first first) |")
    L.append("|---|---|---|---|---|")
    for g, (kind, lab, desc) in GROUPS.items():
        members = [a for a in arts if a.get("group") == g]
        reps = "; ".join(f"{a['id']} ({a['lang']}, {a['feed']}{', follow-up, no new fact' if not a.get('new_facts') else ''})"
                         for a in members)
        L.append(f"| {g} | {kind} | {lab} | {desc} | {reps} |")
    L.append("")
    L.append("First reports: g1 ru, g2 ja, g3 ru, g4 ru, g5 ja, g6 en, g7 ja, g8 ja. Status moves both ways "
             "(g6 suspended→resumed, g8 resumed→suspended); g5 is a state that is neither (one-off exception, "
             "visa-free exchanges stay terminated).\n")
    L.append("## Negatives and borderline items\n")
    L.append("| id | lang | label | title | what it tests |")
    L.append("|---|---|---|---|---|")
    for a in arts:
        if a["label"] in ("new_development", "status_change"):
            continue
        L.append(f"| {a['id']} | {a['lang']} | {a['label']} | {a['title']} | {a['note']} |")
    L.append("")
    L.append("## Notes on labelling\n")
    L.append("- Known facts = the five seeds: Russia's March 2022 refusal to continue peace-treaty talks, "
             "withdrawal from the joint-economic-activity dialogue, termination of visa-free trips (1991/1999 "
             "agreements), blocking of Japan's BSEC partner status; Peskov/Galuzin/Rudenko 'talks impossible'; "
             "Kishida 'steadfast'; sovereignty 'not in question'; Russia's fear of US bases; the 1956 declaration.")
    L.append("- Within the corpus, once a development has been reported it becomes known: later restatements "
             "of it (e.g. b70-23, b70-48, b70-52, b70-58) are labelled `restatement`.")
    L.append("- Follow-ups that add no new fact but are clearly about one development (b70-08, b70-22, b70-47) "
             "are members of its group with empty `new_facts`: attaching them is welcome, a second alert is spam.")
    L.append("- Conditional, requested, denied, wished-for and questioned moves are never moves (b70-10, "
             "b70-11, b70-12, b70-31, b70-33, b70-37, b70-43, b70-58, b70-60).")
    L.append("- The tanker seizure (b70-54) is off-topic on its own; it only matters as the reason given in g8.")
    (OUT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


def main() -> int:
    arts = load()
    check(arts)
    write_articles(arts)
    write_labels(arts)
    write_readme(arts)
    langs = Counter(a["lang"] for a in arts)
    print(f"wrote {len(arts)} articles ({dict(langs)}) to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
