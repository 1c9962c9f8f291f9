#!/usr/bin/env python3
"""Build and check the s7 sentence set.

    python3 src/build.py build   # read src/items_{en,ru,ja}.txt, write items.yaml, then check it
    python3 src/build.py check   # check items.yaml only (schema, dates, ids, labels, moves, counts)

Paths are relative to the folder that holds this script's parent (the set folder).
Needs Python 3 and PyYAML.
"""
import random
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
OUT = ROOT / "items.yaml"
PREFIX = "s7"
LANGS = ("en", "ru", "ja")
PER_LANG = 60
KEYS = ["id", "lang", "headline", "lead", "second", "label", "move", "kind", "why"]
LABELS = {"news", "not_news"}
MATTERS = {"talks", "visa_free_exchanges", "grave_visits", "free_visits",
           "joint_economic_activity", "fishing"}
MOVES_TO = {"resumed", "halted", "ended", "allowed_once"}
MIN_MOVES = 12
EARLIEST = (2024, 2, 9)    # after 2024-02-08
LATEST = (2026, 11)        # up to November 2026

# ---------------------------------------------------------------- parsing

FIELD_MAP = {"H": "headline", "L": "lead", "S": "second", "W": "why",
             "label": "label", "move": "move", "kind": "kind"}


def parse_source(path):
    """Parse one items_<lang>.txt file into a list of dicts (without id/lang)."""
    items, cur = [], None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line == "---":
            if cur:
                items.append(cur)
            cur = {"_line": lineno}
            continue
        if cur is None:
            raise SystemExit(f"{path.name}:{lineno}: text before first '---'")
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in FIELD_MAP:
            raise SystemExit(f"{path.name}:{lineno}: cannot parse line: {line[:60]}")
        field = FIELD_MAP[key.strip()]
        if field in cur:
            raise SystemExit(f"{path.name}:{lineno}: duplicate field {field}")
        cur[field] = value.strip()
    if cur:
        items.append(cur)
    return items


def to_item(raw, lang, idx):
    move = raw.get("move", "-")
    if move in ("-", "", "null", "None"):
        move_v = None
    else:
        parts = move.split()
        if len(parts) != 2:
            raise SystemExit(f"bad move {move!r} near line {raw['_line']}")
        move_v = {"matter": parts[0], "to": parts[1]}
    return {
        "id": f"{PREFIX}-{lang}-{idx:03d}",
        "lang": lang,
        "headline": raw.get("headline", ""),
        "lead": raw.get("lead", ""),
        "second": raw.get("second", ""),
        "label": raw.get("label", ""),
        "move": move_v,
        "kind": raw.get("kind", ""),
        "why": raw.get("why", ""),
    }


def build():
    all_items = []
    for lang in LANGS:
        raws = parse_source(SRC / f"items_{lang}.txt")
        # Deterministic shuffle so that labels do not follow the authoring order.
        random.Random(f"{PREFIX}-{lang}").shuffle(raws)
        all_items += [to_item(r, lang, i) for i, r in enumerate(raws, 1)]

    class Dumper(yaml.SafeDumper):
        pass

    def str_repr(dumper, data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_repr)
    text = yaml.dump(all_items, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                     width=92, default_flow_style=False)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.name}: {len(all_items)} items")


# ---------------------------------------------------------------- date check

EN_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
EN_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
    r"\s+(?:(\d{1,2}),\s+)?(\d{4})\b")
RU_STEMS = [("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5),
            ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10),
            ("ноябр", 11), ("декабр", 12)]
RU_RE = re.compile(
    r"(?:(\d{1,2})\s+)?(январ[яеь]|феврал[яеь]|марта|марте|март|апрел[яеь]|мая|мае|май|"
    r"июн[яеь]|июл[яеь]|августа|августе|август|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|"
    r"декабр[яеь])\s+(\d{4})")
JA_RE = re.compile(r"(\d{4})年\s*(\d{1,2})月(?:\s*(\d{1,2})日)?")
FW = str.maketrans("０１２３４５６７８９", "0123456789")


def dates_in(lead, lang):
    """Return a list of (year, month, day-or-None) named in the lead."""
    out = []
    if lang == "en":
        for m in EN_RE.finditer(lead):
            mon = EN_MONTHS[m.group(1).rstrip(".").lower()]
            out.append((int(m.group(3)), mon, int(m.group(2)) if m.group(2) else None))
    elif lang == "ru":
        for m in RU_RE.finditer(lead):
            word = m.group(2)
            mon = next(n for stem, n in RU_STEMS if word.startswith(stem)
                       and not (stem == "ма" and word.startswith("мар")))
            out.append((int(m.group(3)), mon, int(m.group(1)) if m.group(1) else None))
    else:
        for m in JA_RE.finditer(lead.translate(FW)):
            out.append((int(m.group(1)), int(m.group(2)),
                        int(m.group(3)) if m.group(3) else None))
    return out


def in_range(y, m, d):
    if (y, m) < EARLIEST[:2] or (y, m) > LATEST:
        return False
    if (y, m) == EARLIEST[:2] and (d is None or d < EARLIEST[2]):
        return False
    return True


# ---------------------------------------------------------------- check

SCRIPT_RE = {
    "ru": re.compile(r"[А-Яа-яЁё]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
}


def check(path=OUT):
    errors, warnings = [], []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise SystemExit("items.yaml must be a YAML list")
    ids = Counter()
    per_lang = Counter()
    labels = Counter()
    moves = Counter()
    directions = Counter()
    kinds = Counter()
    for n, it in enumerate(data, 1):
        where = f"item {n} ({it.get('id', '?')})"
        if list(it.keys()) != KEYS:
            errors.append(f"{where}: keys {list(it.keys())} != {KEYS}")
            continue
        iid, lang = it["id"], it["lang"]
        ids[iid] += 1
        m = re.fullmatch(rf"{PREFIX}-(en|ru|ja)-(\d{{3}})", str(iid))
        if not m:
            errors.append(f"{where}: bad id")
        elif m.group(1) != lang:
            errors.append(f"{where}: id language {m.group(1)} != lang {lang}")
        elif not 1 <= int(m.group(2)) <= PER_LANG:
            errors.append(f"{where}: id number out of 001-{PER_LANG:03d}")
        if lang not in LANGS:
            errors.append(f"{where}: bad lang {lang!r}")
        per_lang[lang] += 1
        for f in ("headline", "lead", "second", "why", "kind"):
            if not isinstance(it[f], str) or not it[f].strip():
                errors.append(f"{where}: empty {f}")
        if lang in SCRIPT_RE:
            for f in ("headline", "lead", "second"):
                if not SCRIPT_RE[lang].search(it[f] or ""):
                    errors.append(f"{where}: {f} not in {lang} script")
        elif lang == "en":
            for f in ("headline", "lead", "second"):
                if re.search(r"[А-Яа-я\u3040-\u30ff\u4e00-\u9fff]", it[f] or ""):
                    errors.append(f"{where}: {f} has non-English script")
        if not re.search(r"[A-Za-z]{3}", it["why"] or ""):
            errors.append(f"{where}: why must be in English")
        if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", it["kind"] or ""):
            errors.append(f"{where}: kind not snake_case: {it['kind']!r}")
        kinds[it["kind"]] += 1
        if it["label"] not in LABELS:
            errors.append(f"{where}: bad label {it['label']!r}")
        labels[(lang, it["label"])] += 1
        mv = it["move"]
        if mv is not None:
            if not isinstance(mv, dict) or set(mv) != {"matter", "to"}:
                errors.append(f"{where}: move must be null or {{matter, to}}")
            else:
                if mv["matter"] not in MATTERS:
                    errors.append(f"{where}: bad move matter {mv['matter']!r}")
                if mv["to"] not in MOVES_TO:
                    errors.append(f"{where}: bad move target {mv['to']!r}")
                if it["label"] != "news":
                    errors.append(f"{where}: move on a not_news item")
                moves[lang] += 1
                directions[mv["to"]] += 1
        found = dates_in(it["lead"], lang)
        if not found:
            errors.append(f"{where}: lead names no month and year")
        elif not any(in_range(*d) for d in found):
            errors.append(f"{where}: no month/year in Feb 2024 (after the 8th) - Nov 2026: {found}")
        for d in found:
            if (d[0], d[1]) > LATEST:
                errors.append(f"{where}: lead names a date after Nov 2026: {d}")
    for iid, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {iid}")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            errors.append(f"{lang}: {per_lang[lang]} items, expected {PER_LANG}")
        news = labels[(lang, "news")]
        share = news / max(per_lang[lang], 1)
        if not 0.35 <= share <= 0.45:
            warnings.append(f"{lang}: news share {share:.0%} outside 35-45 %")
    total_moves = sum(moves.values())
    if total_moves < MIN_MOVES:
        errors.append(f"only {total_moves} move items, need >= {MIN_MOVES}")
    for d in MOVES_TO:
        if not directions[d]:
            errors.append(f"no move to {d!r}")

    print(f"{len(data)} items")
    for lang in LANGS:
        print(f"  {lang}: {per_lang[lang]} items, news {labels[(lang, 'news')]}, "
              f"not_news {labels[(lang, 'not_news')]}, moves {moves[lang]}")
    print(f"  moves: {total_moves} " + ", ".join(f"{k}={v}" for k, v in sorted(directions.items())))
    print(f"  distinct kinds: {len(kinds)}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        raise SystemExit(1)
    print("OK")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "build":
        build()
        check()
    elif cmd == "check":
        check(Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
    else:
        raise SystemExit(__doc__)
