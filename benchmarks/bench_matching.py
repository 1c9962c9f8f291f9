"""Rule matching speed: generated rule sets (en/ru/ja terms) against news-like articles.

Writes concepts and rules as YAML to a temporary folder, loads them with
`monitor.files.rulefiles.load_rules` and times:

- `Matcher.find` in one pass over the whole text, as `reading.read_article` scans an
  article (the figure held to the target);
- `read_article` over every sentence of the text: matching, splitting the hits by
  sentence and evaluating every rule (the monitor itself stops at `MAX_SENTENCES`);
- for comparison, `Matcher.find` called once per sentence.

Target: under 5 ms for 1,000 rules against a 5,000-word article, and a cost that grows
with the length of the text, not with the number of rules.

    .venv/bin/python benchmarks/bench_matching.py            # full run (about a minute)
    .venv/bin/python benchmarks/bench_matching.py --quick    # smaller sizes
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from collections import Counter
from pathlib import Path

import _support as sup
import yaml

from monitor.core.models import Article
from monitor.core.reading import MAX_SENTENCES, read_article
from monitor.core.rules import Matcher, RuleSet
from monitor.core.text import sentences
from monitor.files.rulefiles import load_rules

TARGET_MS = 5.0

# Name parts; the first letters of names spread over many buckets, as real names do.
EN_SYL = sup.word_list(
    """
    ka to ri mi sa no ve lo dan mar tin gor bel ros ni ko va rin sel tar hu po zak kyr vol
    thu quo yem ulm brev drak oyt gwen skor fyn ibar len mos ped ras uto wen
    """
)
RU_SYL = sup.word_list(
    """
    ка то ри ми са но ве ло дан мар тин гор бел рос ни ко ва рин сел тар ху по шим цуб дяг
    юк эль хар тэн зур ойм щер гюн фэй лен мос пед рас ут вен
    """
)
JA_SYL = list(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
)
JA_TOPIC = ["問題", "協定", "交渉", "計画", "事業", "施設"]
KANJI = "北東西南山川港町村海岸湾峰原田沢岬浜崎野丸青赤白黒金銀石松竹梅桜森林泉谷坂橋宮"


def _name(rng: random.Random, syl: list[str], parts: tuple[int, int]) -> str:
    return "".join(rng.choice(syl) for _ in range(rng.randint(*parts)))


_EN_CONTENT = sorted({w for w in sup.EN_FILLER if len(w) >= 6})
_RU_CONTENT = sorted({w for w in sup.RU_FILLER if len(w) >= 7})


def _concept(rng: random.Random, n: int) -> dict[str, object]:
    """One concept: mostly a named thing (distinct names), sometimes a topic phrase."""
    spec: dict[str, list[str]] = {"en": [], "ru": [], "ja": []}
    if n % 10 == 0:
        # topic concepts: phrases of content words, which share their first words
        # (two-word phrases: the generated prose has a small vocabulary, so single words
        # would hit in every sentence, which real topic words do not)
        for _ in range(rng.randint(2, 4)):
            spec["en"].append(" ".join(rng.sample(_EN_CONTENT, 2)))
        for _ in range(rng.randint(2, 3)):
            spec["ru"].append(" ".join(w[:6] for w in rng.sample(_RU_CONTENT, 2)))
        spec["ja"].append(rng.choice(KANJI) + rng.choice(KANJI) + rng.choice(JA_TOPIC))
    else:
        first = _name(rng, EN_SYL, (2, 3)).capitalize()
        last = _name(rng, EN_SYL, (2, 4)).capitalize()
        spec["en"] += [f"{first} {last}", last + ("*" if n % 7 == 0 else "")]
        if n % 3 == 0:
            spec["en"].append(f"{last} island")
        ru_first = _name(rng, RU_SYL, (2, 3)).capitalize()
        ru_last = _name(rng, RU_SYL, (2, 4)).capitalize()
        spec["ru"] += [f"{ru_first} {ru_last}", ru_last]
        if n % 11 == 0:
            spec["ru"].append("=" + _name(rng, RU_SYL, (2, 2)))
        spec["ja"].append(_name(rng, JA_SYL, (3, 5)))
        if n % 2 == 0:
            spec["ja"].append(rng.choice(KANJI) + rng.choice(KANJI) + rng.choice("島町村岬"))
    if n % 500 == 250:  # regular expressions are rare (0.2 % of terms in rules/)
        spec["ja"].append("re:(?<!ユジノ)" + _name(rng, JA_SYL, (3, 4)))
    return {k: v for k, v in spec.items() if v}


def rule_files(folder: Path, n: int, seed: int = 7) -> Path:
    """`n` concepts and `n` rules over them, in rules/ syntax."""
    rng = random.Random(seed)
    concepts = {f"c{i:05d}": _concept(rng, i) for i in range(n)}
    names = list(concepts)
    rules = []
    for i, name in enumerate(names):
        rule: dict[str, object] = {
            "id": f"r{i:05d}",
            "where": rng.choice([["title", "lead"], ["title", "lead", "body"], ["body"]]),
        }
        others = rng.sample(names, min(2, len(names)))
        if i % 4 == 0:
            rule["sentence"] = [name, others[0]]
        else:
            rule["all"] = [name]
            rule["any"] = others
        rules.append(rule)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "concepts.yaml").write_text(
        yaml.safe_dump({"concepts": concepts}, allow_unicode=True), encoding="utf-8"
    )
    (folder / "rules.yaml").write_text(
        yaml.safe_dump({"rules": rules}, allow_unicode=True), encoding="utf-8"
    )
    return folder


def article_text(n_words: int, names: list[str], mix: dict[str, float], seed: int = 3) -> str:
    """Paragraphs in the given language mix with names from the rules sprinkled in."""
    rng = random.Random(seed)
    paras: list[str] = []
    for lang, share in mix.items():
        for p in sup.paragraphs(lang, int(n_words * share), rng):
            if rng.random() < 0.5 and names:
                sep = "" if lang == "ja" else " "
                p = p + sep + rng.choice(names) + (" said." if lang == "en" else "")
            paras.append(p)
    rng.shuffle(paras)
    return "\n".join(paras)


def sample_names(rules: RuleSet, k: int = 400, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    terms = [t.text.strip("=*") for c in rules.concepts.values() for t in c.terms]
    terms = [t for t in terms if not t.startswith("re:")]
    return rng.sample(terms, min(k, len(terms)))


def per_sentence(matcher: Matcher, title: str, text: str) -> None:
    for s in sentences(title, text):
        matcher.find(s.text)


def read_every_sentence(article: Article, rules: RuleSet, matcher: Matcher) -> None:
    read_article(article, rules, matcher, frozenset(), max_sentences=1 << 30)


def measure(rules: RuleSet, text: str, lang: str) -> dict[str, float]:
    title = text.split("\n", 1)[0][:120]
    article = Article(
        url="http://example.invalid/a",
        feed_id="bench",
        title=title,
        text=text,
        lang=lang,
        published=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    return {
        "one_pass_ms": 1e3 * sup.best_of(lambda: rules.matcher.find(text)),
        "reading_ms": 1e3 * sup.best_of(lambda: read_every_sentence(article, rules, rules.matcher)),
        "monitor_ms": 1e3
        * sup.best_of(lambda: read_article(article, rules, rules.matcher, frozenset())),
        "sentences_ms": 1e3 * sup.best_of(lambda: per_sentence(rules.matcher, title, text)),
        "hits": float(len(rules.matcher.find(text))),
        "sentences": float(len(sentences(title, text))),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--rules", type=int, nargs="+", default=[10, 100, 1000, 5000])
    p.add_argument("--words", type=int, nargs="+", default=[500, 5000, 50000])
    p.add_argument("--base-rules", type=int, default=1000)
    p.add_argument("--base-words", type=int, default=5000)
    p.add_argument("--quick", action="store_true", help="rules 10/100/1000, words 500/5000")
    p.add_argument(
        "--clock", choices=["cpu", "wall"], default="cpu", help="CPU time (default) or elapsed"
    )
    args = p.parse_args()
    sup.set_clock(args.clock)
    if args.quick:
        args.rules = [r for r in args.rules if r <= 1000]
        args.words = [w for w in args.words if w <= 5000]
    counts = sorted(set(args.rules) | {args.base_rules})
    mix = {"en": 0.5, "ru": 0.3, "ja": 0.2}

    print(f"machine: {sup.machine()}; times are the best of several runs, {args.clock} clock")
    with tempfile.TemporaryDirectory() as tmp:
        sets: dict[int, RuleSet] = {}
        print("\nrule sets (generated concepts with en/ru/ja terms, one rule per concept):")
        rows = []
        for n in counts:
            folder = rule_files(Path(tmp) / f"rules{n}", n)
            t0 = sup.time.perf_counter()
            rs = load_rules(folder)
            load = sup.time.perf_counter() - t0
            kinds = Counter(t.kind for c in rs.concepts.values() for t in c.terms)
            sets[n] = rs
            rows.append(
                (n, len(rs.concepts), sum(kinds.values()), kinds["words"], kinds["cjk"],
                 kinds["regex"], f"{load:.2f}")
            )  # fmt: skip
        print(
            sup.table(rows, ["rules", "concepts", "terms", "word", "cjk", "regex", "load_rules s"])
        )
        # names from the concepts every set shares (set n holds the first n concepts), so
        # the text and its hits are the same whatever the number of rules
        names = sample_names(sets[min(counts)])

        base_text = article_text(args.base_words, names, mix)
        print(
            f"\n1. {args.base_rules} rules against a {args.base_words}-word article "
            f"(en 50 %, ru 30 %, ja 20 %; {len(base_text)} characters)"
        )
        base = measure(sets[args.base_rules], base_text, "en")
        print(
            f"   Matcher.find, one pass over the text (as the monitor scans an article): "
            f"{base['one_pass_ms']:.2f} ms  target < {TARGET_MS} ms  "
            f"{sup.verdict(base['one_pass_ms'], TARGET_MS)}"
        )
        print(
            f"   read_article over all {base['sentences']:.0f} sentences (splitting, matching, "
            f"every rule, claims of the lead): {base['reading_ms']:.2f} ms"
        )
        print(
            f"   read_article as the monitor runs it (at most {MAX_SENTENCES} sentences of a "
            f"page): {base['monitor_ms']:.2f} ms"
        )
        print(f"   Matcher.find once per sentence, for comparison: {base['sentences_ms']:.2f} ms")
        print(f"   term hits: {base['hits']:.0f}")
        own = load_rules(sup.ROOT / "rules")
        ref = measure(own, base_text, "en")
        print(
            f"   for reference, the project's rules/ ({len(own.concepts)} concepts, "
            f"{sum(len(c.terms) for c in own.concepts.values())} terms, {len(own.rules)} rules) "
            f"on the same article: {ref['one_pass_ms']:.2f} ms in one pass, reading "
            f"{ref['reading_ms']:.2f} ms, {ref['hits']:.0f} hits"
        )

        print(f"\n   by language ({args.base_words} words, {args.base_rules} rules):")
        rows = []
        for lang in ("en", "ru", "ja"):
            m = measure(
                sets[args.base_rules], article_text(args.base_words, names, {lang: 1}), lang
            )
            rows.append(
                (lang, f"{m['one_pass_ms']:.2f}", f"{m['reading_ms']:.2f}",
                 f"{m['sentences_ms']:.2f}", f"{1e3 * m['one_pass_ms'] / args.base_words:.2f}")
            )  # fmt: skip
        print(sup.table(rows, ["lang", "one-pass ms", "reading ms", "per-sentence ms", "µs/word"]))

        print(f"\n2. rule count varied, {args.base_words}-word article:")
        rows = []
        by_rules: dict[int, dict[str, float]] = {}
        for n in sorted(set(args.rules)):
            m = measure(sets[n], base_text, "en")
            by_rules[n] = m
            rows.append(
                (n, f"{m['one_pass_ms']:.2f}", f"{m['reading_ms']:.2f}",
                 f"{m['sentences_ms']:.2f}", f"{m['hits']:.0f}")
            )  # fmt: skip
        print(sup.table(rows, ["rules", "one-pass ms", "reading ms", "per-sentence ms", "hits"]))
        lo, hi = min(by_rules), max(by_rules)
        print(
            f"   ratio {hi}/{lo} rules: matching ×"
            f"{by_rules[hi]['one_pass_ms'] / by_rules[lo]['one_pass_ms']:.2f}, "
            f"reading ×{by_rules[hi]['reading_ms'] / by_rules[lo]['reading_ms']:.2f} "
            f"(rules ×{hi / lo:.0f}; independent of rule count would be ×1)"
        )

        print(f"\n3. text length varied, {args.base_rules} rules:")
        rows = []
        by_words: dict[int, dict[str, float]] = {}
        for w in sorted(set(args.words)):
            m = measure(sets[args.base_rules], article_text(w, names, mix), "en")
            by_words[w] = m
            rows.append(
                (w, f"{m['one_pass_ms']:.2f}", f"{1e3 * m['one_pass_ms'] / w:.2f}",
                 f"{m['reading_ms']:.2f}", f"{m['sentences_ms']:.2f}")
            )  # fmt: skip
        print(sup.table(rows, ["words", "one-pass ms", "µs/word", "reading ms", "per-sentence ms"]))
        lo, hi = min(by_words), max(by_words)
        print(
            f"   ratio {hi}/{lo} words: matching ×"
            f"{by_words[hi]['one_pass_ms'] / by_words[lo]['one_pass_ms']:.1f}, reading ×"
            f"{by_words[hi]['reading_ms'] / by_words[lo]['reading_ms']:.1f} "
            f"(text ×{hi / lo:.0f}; linear in the text would be ×{hi / lo:.0f})"
        )


if __name__ == "__main__":
    main()
