"""The rule language: terms in three languages, look-alike masks, validation, no hangs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.rules import Matcher, compile_term, load_rules, masked


def _concepts(matcher: Matcher, text: str) -> set[str]:
    return {h.concept for h in matcher.find(text)}


def test_russian_words_are_stems() -> None:
    """A Russian word of four or more letters matches its inflected forms."""
    m = Matcher([compile_term("treaty", "ru", "мирн договор")])
    assert _concepts(m, "переговоры о мирном договоре") == {"treaty"}
    assert _concepts(m, "мирного договора нет") == {"treaty"}


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


def test_pathological_regex_does_not_hang() -> None:
    """A catastrophic regular expression is cut off by its time limit."""
    m = Matcher([compile_term("bad", "en", "re:(a+)+$")])
    started = time.monotonic()
    m.find("a" * 5000 + "!")
    assert time.monotonic() - started < 2.0


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
