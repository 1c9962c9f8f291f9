"""The rule language: terms in three languages, look-alike masks, validation, no hangs."""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.core.rules import Matcher, Term, compile_term, masked, required_words, resolved
from monitor.core.text import is_cjk, normalize, words
from monitor.errors import ConfigError
from monitor.files.rulefiles import load_rules
from monitor.files.seedfiles import load_seeds

ROOT = Path(__file__).resolve().parent.parent


def _concepts(matcher: Matcher, text: str) -> set[str]:
    return {h.concept for h in matcher.find(text)}


def test_russian_words_are_stems() -> None:
    """A Russian word of four or more letters matches its inflected forms."""
    m = Matcher([compile_term("treaty", "ru", "мирн договор")])
    assert _concepts(m, "переговоры о мирном договоре") == {"treaty"}
    assert _concepts(m, "мирного договора нет") == {"treaty"}


def test_a_russian_word_written_in_the_nominative_covers_its_other_cases() -> None:
    """«персона нон грата» finds «объявлен персоной нон грата» and «сахалинская область»
    finds «в Сахалинской области»: the stem is what the word's case forms share."""
    m = Matcher(
        [
            compile_term("png", "ru", "персона нон грата"),
            compile_term("region", "ru", "сахалинская область"),
        ]
    )
    assert _concepts(m, "дипломат объявлен персоной нон грата") == {"png"}
    assert _concepts(m, "в Сахалинской области сообщили") == {"region"}


def test_a_russian_word_written_in_another_case_stays_as_written() -> None:
    """«в среду» (on Wednesday) was written in that case: it must not find «среди» (among),
    as a stem «сред» would."""
    m = Matcher([compile_term("day", "ru", "в среду")])
    assert _concepts(m, "среди прочего в среде экспертов") == set()
    assert _concepts(m, "сообщили в среду") == {"day"}


def test_a_russian_or_japanese_pattern_is_tried_only_on_its_script() -> None:
    """A `re:` term of the Russian or Japanese list is tried only where that script is:
    English text costs it nothing (and cannot match it)."""
    m = Matcher(
        [
            compile_term("ru-any", "ru", r"re:\bkuril\w*"),
            compile_term("ja-any", "ja", r"re:kuril"),
            compile_term("en-any", "en", r"re:\bkuril\w*"),
        ]
    )
    assert _concepts(m, "the Kuril Islands") == {"en-any"}
    assert _concepts(m, "Kurils, или Курилы") == {"ru-any", "en-any"}
    assert _concepts(m, "Kuril (千島)") == {"ja-any", "en-any"}


def test_short_russian_words_are_exact() -> None:
    """Short Russian words are exact, so 'не' never matches 'нефть'."""
    m = Matcher([compile_term("neg", "ru", "=не")])
    assert _concepts(m, "нефть и газ") == set()
    assert _concepts(m, "это не так") == {"neg"}


def test_japanese_terms_need_no_spaces() -> None:
    """Japanese terms are found inside unspaced text."""
    m = Matcher([compile_term("isl", "ja", "択捉")])
    assert _concepts(m, "ロシア軍が択捉島に戦闘機を配備") == {"isl"}


def test_english_words_are_whole_with_plurals() -> None:
    """English terms match whole words and simple plurals, not longer words."""
    m = Matcher([compile_term("k", "en", "kuril")])
    assert _concepts(m, "the Kurils and the Kuril chain") == {"k"}
    assert _concepts(m, "a Kurilian Bobtail") == set()
    p = Matcher([compile_term("k", "en", "deploy*")])
    assert _concepts(p, "Russia deployed missiles") == {"k"}


def test_mask_hides_overlapping_topic_words() -> None:
    """A look-alike phrase hides the topic words inside it."""
    m = Matcher(
        [compile_term("islands", "en", "kuril"), compile_term("cat", "en", "kuril bobtail")]
    )
    hits = masked(m.find("The Kuril Bobtail won"), frozenset({"cat"}))
    assert {h.concept for h in hits} == {"cat"}


def test_pathological_regex_does_not_hang_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    """A catastrophic regular expression that got past loading is cut off by its time
    limit, and the timeout is logged with its concept and term."""
    m = Matcher([Term("bad", "re:(a+)+$", "en", "regex")])
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="monitor.core.rules"):
        m.find("a" * 5000 + "!")
    assert time.monotonic() - started < 2.0
    [record] = [r for r in caplog.records if r.msg == "rules.regex_timeout"]
    assert (record.concept, record.term) == ("bad", "re:(a+)+$")


@pytest.mark.parametrize(
    "pattern", ["(a+)+$", "(x+x+)+y", r"(\w+\s?)+$", "^(([a-z])+.)+[A-Z]([a-z])+$", "(д+)+!"]
)
def test_catastrophic_regex_is_refused_at_load(pattern: str) -> None:
    """A `re:` term that backtracks exponentially on a probe string is refused, with why."""
    with pytest.raises(ValueError, match="too slow"):
        compile_term("bad", "en", "re:" + pattern)


def test_shipped_kind_of_regex_passes_the_probe() -> None:
    """Look-behinds, look-aheads and bounded repeats, as the shipped rules use, pass."""
    for pattern in (
        "(?<!秋)勇留島",
        "(?<!ユジノ|セベロ|セヴェロ)クリリスク",
        r"\bfirst\b[^.;]{0,80}\bsince\b",
        r"^\s*\d{1,3}\s+(?:лет|года?)\b",
        r"(?<![0-9年])[0-9]{1,2}日",
    ):
        assert compile_term("ok", "en", "re:" + pattern).kind == "regex"


def test_the_follow_up_rule_id_is_reserved(tmp_path: Path) -> None:
    """`follow-up` names the built-in rule for follow-ups of alerts; a rule of that name
    would be mistaken for it."""
    (tmp_path / "r.yaml").write_text(
        "concepts:\n  a: {en: [alpha]}\nrules:\n  - {id: follow-up, all: [a]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    assert "rules[0].id: 'follow-up' is the built-in rule" in str(err.value)


def test_invalid_rules_report_every_problem(tmp_path: Path) -> None:
    """Unknown concepts, keys, duplicate ids, bad patterns and empty sets are all reported."""
    (tmp_path / "r.yaml").write_text(
        "concepts:\n"
        "  a: {en: [alpha]}\n"
        "  empty: {en: []}\n"
        "  badre: {en: ['re:(unclosed']}\n"
        "rules:\n"
        "  - {id: one, all: [a, missing]}\n"
        "  - {id: one, any: [a]}\n"
        "  - {id: two, any: [a], colour: red}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    text = str(err.value)
    assert "r.yaml:3:3: concepts.empty: empty term set" in text
    assert "concepts.badre.en[0]: bad regular expression" in text
    assert "rules[0].all[1]: unknown concept 'missing'" in text
    assert "rules[1].id: duplicate rule id 'one'" in text
    assert "rules[2].colour: unknown key" in text


def test_entity_anchor_must_be_a_boolean(tmp_path: Path) -> None:
    """`anchor: maybe` on an entity is refused with its file, line and key."""
    (tmp_path / "e.yaml").write_text(
        "entities:\n"
        "  - {id: sakhalin, kind: place, anchor: maybe, en: [Sakhalin]}\n"
        "  - {id: iturup, kind: place, anchor: true, en: [Iturup]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    assert "e.yaml:2:33: entities[0].anchor: must be true or false" in str(err.value)


def test_entity_side_is_one_of_the_two_governments(tmp_path: Path) -> None:
    """`side: china` on an entity is refused with its file, line and key; `side: japan` is
    kept on the entity."""
    (tmp_path / "e.yaml").write_text(
        "entities:\n"
        "  - {id: xi, kind: person, side: china, en: [Xi]}\n"
        "  - {id: ishiba, kind: person, side: japan, en: [Ishiba]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    assert "e.yaml:2:28: entities[0].side: must be one of japan, russia" in str(err.value)
    (tmp_path / "e.yaml").write_text(
        "entities:\n  - {id: ishiba, kind: person, side: japan, en: [Ishiba]}\n",
        encoding="utf-8",
    )
    assert load_rules(tmp_path).entities["ishiba"].side == "japan"


def test_entity_regional_is_a_flag_and_not_a_side(tmp_path: Path) -> None:
    """`regional: yes-ish` and `regional: true` beside a `side` are refused with file, line
    and key; `regional: true` alone is kept on the entity."""
    (tmp_path / "e.yaml").write_text(
        "entities:\n"
        "  - {id: gov, kind: person, regional: often, en: [Governor Ivanov]}\n"
        "  - {id: min, kind: person, regional: true, side: russia, en: [Minister Petrov]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    assert "e.yaml:2:29: entities[0].regional: must be true or false" in str(err.value)
    assert "e.yaml:3:29: entities[1].regional: a region's own official" in str(err.value)
    (tmp_path / "e.yaml").write_text(
        "entities:\n  - {id: gov, kind: person, regional: true, en: [Governor Ivanov]}\n",
        encoding="utf-8",
    )
    entity = load_rules(tmp_path).entities["gov"]
    assert entity.regional
    assert entity.side is None


# ----------------------------------------------------------------------------- reference
# The matcher scans each text once with automata and indexes longer terms by their next
# word. A plain reference, checking every term at every word, must find the same hits.

_PLURALS = ("'s", "’s", "es", "s")
_VOCAB = [
    "kuril", "kurils", "island", "islands", "isle", "peace", "treaty", "treaties", "talks",
    "курил", "курильских", "острова", "остров", "мирный", "мирного", "договор", "не",
    "нефть", "北方", "領土", "北方領土", "択捉", "島", "交渉", "平和条約", "box", "boxes",
    "box's", "g7", "サミット",
]  # fmt: skip
_GAPS = [" ", " ", " ", ", ", ". ", " — ", "\n", "", "«", "» ", "'s "]


def _reference(terms: list[str], text: str) -> list[tuple[str, int, int]]:
    norm = normalize(text)
    toks = words(norm, lowered=True)
    found: list[tuple[str, int, int]] = []
    for raw in terms:
        term = compile_term("c", "xx", raw)
        if term.kind == "cjk":
            key = term.parts[0][0]
            found += [(raw, i, i + len(key)) for i in range(len(norm)) if norm.startswith(key, i)]
            continue
        parts = term.parts
        stem_at = next((k for k, (_, p) in enumerate(parts) if p), len(parts))
        for i in range(len(toks) - len(parts) + 1):
            ok = True
            for k, (word, is_prefix) in enumerate(parts):
                tok = toks[i + k][0]
                if is_prefix:
                    ok = tok.startswith(word)
                elif k < min(stem_at, len(parts) - 1):  # inside the key: exact
                    ok = tok == word
                else:  # the key's last word, or after a stem: a plural allowed
                    ok = tok == word or (tok.startswith(word) and tok[len(word) :] in _PLURALS)
                if not ok:
                    break
            if ok:
                found.append((raw, toks[i][1], toks[i + len(parts) - 1][2]))
    return sorted(found, key=lambda f: (f[1], f[2], f[0]))


_TERMS = st.lists(
    st.lists(
        st.sampled_from([*_VOCAB, "isl*", "=не", "peace*", "курил*", "g7サミット"]),
        min_size=1,
        max_size=3,
    )
    .map(" ".join)
    .filter(lambda t: not any(is_cjk(ch) for ch in t) or " " not in t),
    min_size=1,
    max_size=12,
    unique=True,
)
_ENDINGS = ["", "", "", "s", "es", "'s", "ого", "ами", "x"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TERMS, st.data())
def test_matcher_finds_what_a_plain_reference_finds(terms: list[str], data: st.DataObject) -> None:
    """Every hit, with its span, equals a term-by-term, word-by-word check of the text (a
    text made mostly of the terms' own words, inflected or not, so that terms do occur)."""
    own = sorted({w.strip("=*") for t in terms for w in t.split()})
    pieces = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(own) | st.sampled_from(_VOCAB),
                st.sampled_from(_ENDINGS),
                st.sampled_from(_GAPS),
            ),
            max_size=40,
        )
    )
    text = "".join(w + e + g for w, e, g in pieces)
    matcher = Matcher([compile_term("c", "xx", raw) for raw in terms])
    got = sorted(
        ((h.term, h.start, h.end) for h in matcher.find(text)), key=lambda f: (f[1], f[2], f[0])
    )
    assert got == _reference(terms, text)


def test_japanese_terms_are_found_inside_english_and_russian_text() -> None:
    """Japanese terms are scanned for around kana and kanji only: a term at the edge of a
    Japanese passage inside other text is still found, with its offsets."""
    m = Matcher([compile_term("nt", "ja", "北方領土"), compile_term("isl", "en", "Iturup")])
    text = "Tokyo calls them the 北方領土; Iturup is one. " * 3 + "択捉島と北方領土"
    hits = m.find(text)
    assert [text[h.start : h.end] for h in hits if h.concept == "nt"] == ["北方領土"] * 4
    assert len([h for h in hits if h.concept == "isl"]) == 3


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TERMS, st.data())
def test_one_scan_of_many_sentences_finds_what_each_scan_finds(
    terms: list[str], data: st.DataObject
) -> None:
    """`find_each` scans an article once; each sentence gets exactly the hits (and offsets)
    a scan of that sentence alone gives."""
    own = sorted({w.strip("=*") for t in terms for w in t.split()})
    word = st.tuples(st.sampled_from(own) | st.sampled_from(_VOCAB), st.sampled_from(_ENDINGS))
    gap = st.sampled_from([g for g in _GAPS if "\n" not in g])
    sentence = st.lists(st.tuples(word, gap), max_size=12).map(
        lambda ps: "".join(w + e + g for (w, e), g in ps)
    )
    texts = data.draw(st.lists(sentence, max_size=6))
    matcher = Matcher([compile_term("c", "xx", raw) for raw in terms])
    assert matcher.find_each(texts) == [matcher.find(t) for t in texts]


def test_a_term_split_across_two_sentences_is_no_hit() -> None:
    """Words are joined across the whole article for the scan, but a term whose words end
    one sentence and start the next is found in neither."""
    m = Matcher([compile_term("c", "en", "kuril islands"), compile_term("r", "ru", "мирн договор")])
    assert m.find_each(["They sailed past the Kuril", "Islands lay quiet"]) == [[], []]
    assert m.find_each(["Речь о мирном", "Договор не обсуждали"]) == [[], []]
    hits = m.find_each(["Quiet day", "The Kuril Islands lay quiet"])
    assert [(h.term, h.start, h.end) for h in hits[1]] == [("kuril islands", 4, 17)]


def test_typos_get_the_nearest_key_and_concept(tmp_path: Path) -> None:
    """A misspelt rule key, concept name or `where` gets a "did you mean" suggestion."""
    (tmp_path / "r.yaml").write_text(
        "concepts:\n"
        "  fisheries: {en: [fishing], descripton: x}\n"
        "rules:\n"
        "  - {id: one, sentence: [fisheries], within_word: 3, all: [fisheris], where: [tittle]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    text = str(err.value)
    assert "concepts.fisheries.descripton: unknown key (did you mean 'description'?)" in text
    assert "rules[0].within_word: unknown key (did you mean 'within_words'?)" in text
    assert "rules[0].all[0]: unknown concept 'fisheris' (did you mean 'fisheries'?)" in text
    assert "(did you mean 'title'?)" in text


def test_yaml_syntax_errors_are_explained_with_the_line_and_a_caret(tmp_path: Path) -> None:
    """PyYAML's "mapping values are not allowed here" comes with what it means, where, and
    the line itself with a caret under the column."""
    (tmp_path / "r.yaml").write_text(
        "concepts:\n  odd:\n    en: Kurils: the islands\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    text = str(err.value)
    assert "r.yaml:3:15: invalid YAML: a ': ' inside a value: put the value in quotes" in text
    assert "\n        en: Kurils: the islands\n                  ^" in text


def test_a_trailing_space_in_a_term_is_an_error_that_says_to_write_equals(tmp_path: Path) -> None:
    """A term ending in a space is refused where it stands, with its `=word` form to write."""
    (tmp_path / "r.yaml").write_text(
        "entities:\n"
        "  - id: visas\n"
        "    kind: thing\n"
        '    ru: ["безвиз", "без виз "]\n'
        "concepts:\n"
        '  putin: {ru: ["Путин "]}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    text = str(err.value)
    assert "r.yaml:4:20: entities[0].ru[1]: term 'без виз ' ends in a space" in text
    assert "write 'без =виз'" in text
    assert "r.yaml:6:16: concepts.putin.ru[0]: term 'Путин ' ends in a space" in text
    assert "write '=Путин'" in text


def test_a_trailing_space_in_a_status_term_is_an_error(tmp_path: Path) -> None:
    """Seed status terms follow the same syntax: a trailing space is refused with its place."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    path = seeds / "statuses.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if '"без =виз"' in line)
    lines[at] = lines[at].replace('"без =виз"', '"без виз "')
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_seeds(seeds)
    where = f"statuses.yaml:{at + 1}:11: statuses[1].terms.ru[2]"
    assert f"{where}: term 'без виз ' ends in a space" in str(err.value)


def test_a_status_made_of_an_unknown_kind_of_event_is_an_error(tmp_path: Path) -> None:
    """`made_of` names kinds of event the rules know: a typo is refused with its place and
    the kind meant, and a list of kinds is required."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    path = seeds / "statuses.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "made_of: [visit]" in line)
    lines[at] = lines[at].replace("made_of: [visit]", "made_of: [visits]")
    path.write_text("".join(lines), encoding="utf-8")
    rules = load_rules(ROOT / "rules")
    with pytest.raises(ConfigError) as err:
        load_seeds(seeds, frozenset(rules.entities), rules.event_kinds)
    text = str(err.value)
    assert f"statuses.yaml:{at + 1}:15:" in text
    assert "made_of[0]: unknown kind of event 'visits'" in text
    assert "visit" in text.split("unknown kind of event 'visits'")[1]
    lines[at] = lines[at].replace("made_of: [visits]", "made_of: visit")
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_seeds(seeds, frozenset(rules.entities), rules.event_kinds)
    assert "made_of: a list of kinds of event" in str(err.value)


def test_an_exact_word_written_with_equals_matches_what_a_trailing_space_used_to() -> None:
    """`без =виз` compiles to the very words the old `без виз ` did, and finds the same texts."""
    before = compile_term("visas", "ru", "без виз")  # the old term, as the loader stripped it
    after = compile_term("visas", "ru", "без =виз")
    assert (before.kind, before.parts) == (after.kind, after.parts)
    for text, found in [
        ("поездки без виз на острова", True),
        ("без виз.", True),
        ("без визы", False),
        ("без визового режима", False),
        ("безвиз", False),
    ]:
        assert bool(Matcher([before]).find(text)) is found, text
        assert bool(Matcher([after]).find(text)) is found, text


SHIPPED_SAMPLES: list[tuple[str, set[str]]] = [
    # sentence, and what the shipped visa-free names find in it (as before the `=` form)
    ("Южнокурильцы впервые с 2019 года съездили в Японию без виз", {"@visa_free_exchanges"}),
    ("Поездки без визы возобновятся", {"@visa_free_exchanges"}),
    ("Безвизовые обмены остановлены", {"@visa_free_exchanges", "@matter.visa_free"}),
    ("Режим без визового контроля", set()),
    ("Путин встретился с премьером", {"@putin"}),
    ("Путина на Камчатке началась", set()),
]


def test_shipped_exact_words_find_the_same_sentences() -> None:
    """The shipped rules and seeds, with `=word` where a trailing space stood, find the same."""
    rules = load_rules(ROOT / "rules")
    statuses = load_seeds(ROOT / "seeds").statuses
    status_terms = [t for s in statuses.values() for t in s.terms]
    visa_status = Matcher([t for t in status_terms if t.concept == "status:visa-free-exchanges"])
    for sentence, expected in SHIPPED_SAMPLES:
        found = {h.concept for h in rules.matcher.find(sentence)}
        names = {c for c in found if c in {"@visa_free_exchanges", "@matter.visa_free", "@putin"}}
        assert names == expected, sentence
    assert visa_status.find("Южнокурильцы съездили в Японию без виз")
    assert not visa_status.find("Режим без визового контроля")


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (
            r"\b(?:withdr(?:ew|awn)|dropp(?:ed|ing))\s+its",
            ("dropped", "dropping", "withdrawn", "withdrew"),
        ),
        (r"\bbar(?:s|red)?\s+\d+", ("bar",)),
        (r"\bno\b(?!\d)", None),  # too short to look for
        (r"(?<![\p{Han}])外務省", ("外務省",)),  # \p{Han} read as any letter
        (r"\b(?:its|the|a)\s+first", ("first",)),  # "a" is too short: the word after it
        (r"(?:遺骨|遺体)[^。]{0,25}?引き渡", ("引き渡",)),  # the longest fixed stretch
        (r"(?<!ユジノ|セベロ)クリリスク", ("クリリスク",)),  # what precedes is no part of it
        (r"^\s*\d{1,3}\s+(?:лет|года?)\b", ("год", "лет")),  # the optional letter is not
        (
            r"(?:大隊|連隊)[^。]{0,12}?(?:新設|編成)|(?:新設|編成)[^。]{0,12}?(?:大隊|連隊)",
            ("大隊", "新設", "編成", "連隊"),  # each branch's, together
        ),
        (r"(?<![\d年])\d{1,3}年", None),  # one kanji
        (r"\b(?:ab|cd)+xyz?", None),  # nothing fixed is long enough
    ],
)
def test_the_words_a_pattern_must_hold(pattern: str, starts: tuple[str, ...] | None) -> None:
    assert required_words(pattern) == starts


def test_a_pattern_is_skipped_only_on_texts_it_cannot_match() -> None:
    """Every shipped `re:` term finds, on every page of the project's corpora, what it finds
    when it is run on every text: the look for the words it must hold loses no match."""
    rules = load_rules(ROOT / "rules")
    regex_terms = list(rules.matcher._regex)
    assert any(starts is not None for _, _, starts in regex_terms)
    texts = [
        normalize(p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted((ROOT / "tests/data").glob("corpus-blind2*/articles/*.html"))
    ]
    assert len(texts) > 100
    for term, pattern, starts in regex_terms:
        if starts is None:
            continue
        for text in texts:
            if pattern.search(text):
                assert any(s in text for s in starts), (term.text, text[:80])


def test_a_description_refers_to_a_concept_only_where_the_framing_names_it(
    tmp_path: Path,
) -> None:
    """`refers_to` + `when_named`: the description's hits count as the concept it refers
    to where the headline or lead names a `when_named` concept, and as nothing elsewhere."""
    (tmp_path / "r.yaml").write_text(
        "concepts:\n"
        "  islands: {en: [kuril]}\n"
        "  russia: {en: [russia]}\n"
        "  described:\n"
        "    {refers_to: islands, when_named: [islands, russia], en: ['disputed islands']}\n"
        "rules:\n"
        "  - {id: isl, all: [islands]}\n",
        encoding="utf-8",
    )
    rules = load_rules(tmp_path)
    found = rules.matcher.find_each(["disputed islands row", "russia says so", "disputed islands"])
    as_ours = resolved(found, [True, True, False], rules.references)
    assert [[h.concept for h in hits] for hits in as_ours] == [["islands"], ["russia"], ["islands"]]
    # the only naming sentence is not framing: the description names nothing
    elsewhere = resolved(found, [True, False, False], rules.references)
    assert [[h.concept for h in hits] for hits in elsewhere] == [[], ["russia"], []]


def test_a_description_with_a_bad_reference_is_refused(tmp_path: Path) -> None:
    """An unknown target or framing concept, or one key without the other, is named with
    its file, line and key."""
    (tmp_path / "r.yaml").write_text(
        "concepts:\n"
        "  islands: {en: [kuril]}\n"
        "  a: {refers_to: island, when_named: [islands], en: [alpha]}\n"
        "  b: {refers_to: islands, when_named: [rusia], en: [beta]}\n"
        "  c: {refers_to: islands, en: [gamma]}\n"
        "  d: {refers_to: islands, when_named: islands, en: [delta]}\n"
        "rules:\n"
        "  - {id: isl, all: [islands]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_rules(tmp_path)
    text = str(err.value)
    assert "concepts.a.refers_to: 'island' is not defined (did you mean 'islands'?)" in text
    assert "concepts.b.when_named[0]: unknown concept 'rusia'" in text
    assert "concepts.c: refers_to and when_named go together: when_named is missing" in text
    assert "concepts.d.when_named: must be a list of concept names" in text


def test_anchors_in_a_regular_expression_are_a_sentences_start_and_end() -> None:
    """The matcher scans an article's sentences as one text; "^" and "$" in a term still
    mean the start and end of each sentence, as when each is scanned alone."""
    matcher = Matcher(
        [
            compile_term("end", "en", r"re:\bobjects\s*$"),
            compile_term("start", "en", r"re:^\s*lavrov\b"),
        ]
    )
    texts = ["Russia plans lanes; Japan objects", "Lavrov says no", "Cultural objects were shown"]
    each = [sorted(h.concept for h in matcher.find(t)) for t in texts]
    assert each == [["end"], ["start"], []]
    assert [sorted(h.concept for h in hits) for hits in matcher.find_each(texts)] == each
