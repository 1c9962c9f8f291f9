"""Watch rules: named term sets (concepts) in en/ru/ja, matched in one pass, and rules over them.

Core module: plain data in, matches and decisions out; no I/O beyond one log line when a
`re:` term runs out of time on a text. The rule files are read and checked by
`monitor.files.rulefiles`, which compiles their terms here (`compile_term` refuses a `re:` term
that backtracks catastrophically on a probe).

Term syntax (see rules/README.md):
- Japanese (any term with kana/kanji): a substring; no word boundaries.
- English: whole words, a trailing plural/possessive (`s`, `es`, `'s`) allowed; `word*` is
  a prefix.
- Russian: each word of four or more letters is a stem (a prefix, covering inflections);
  shorter words and words written `=word` match exactly; `word*` is a prefix.
- `re:PATTERN` is a regular expression, run with a time limit per text (`regex` module),
  for the rare case a term list cannot say it; a Russian or Japanese one is tried only on a
  text that holds Cyrillic or Japanese script.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, count
from operator import add
from typing import Any, NamedTuple

import ahocorasick
import regex

from monitor.core.assertion_ru import paradigm_stem
from monitor.core.text import CJK_CHARS, WORD_PATTERN, is_cjk, normalize, words

log = logging.getLogger("monitor.core.rules")

# the standard library's parser of regular expressions (no stubs: typed as Any)
_re_parser: Any = importlib.import_module("re._parser")
MIN_REQUIRED = 3  # a word a pattern must match this long is worth looking for before running it
REGEX_TIMEOUT = 0.05  # seconds per pattern per text: a rule must never hang the monitor
WHERE = ("title", "summary", "lead", "body")  # "summary": the lead (see rules/README.md)
ENTITY_PREFIX = "@"
# the rule an article matches when no watch rule does but it names what an earlier alert
# named (the consulate that agreed a hotline with Hokkaido now suspends it); reserved
FOLLOW_UP = "follow-up"


# ----------------------------------------------------------------------------- terms


@dataclass(frozen=True)
class Term:
    """One compiled term of a concept."""

    concept: str
    text: str  # as written
    lang: str
    kind: str  # "cjk" | "words" | "regex"
    parts: tuple[tuple[str, bool], ...] = ()  # (word, is_prefix) for "words"


class Hit(NamedTuple):
    """A term found in a text (a tuple: thousands are made per article)."""

    concept: str
    term: str
    start: int
    end: int


# ^ and $ are a sentence's start and end: the matcher scans an article's sentences as one
# text, a line each (Matcher.find_each)
REGEX_FLAGS = regex.IGNORECASE | regex.MULTILINE


def compile_term(concept: str, lang: str, raw: str) -> Term:
    """Parse one term as written in a rule file; raise ValueError when it cannot match."""
    text = raw.strip()
    if not text:
        raise ValueError("empty term")
    if raw != raw.rstrip():
        # A trailing space once stood for "this word exactly"; it never did anything (terms
        # are stripped), so it is refused rather than left to mislead: `=word` says it.
        raise ValueError(
            f"term {raw!r} ends in a space, which does not make a word exact: "
            f"write {_exact_form(text)!r} (`=word` matches the word exactly)"
        )
    if text.startswith("re:"):
        try:
            pattern = regex.compile(text[3:], flags=REGEX_FLAGS)
        except regex.error as exc:
            raise ValueError(f"bad regular expression {text[3:]!r}: {exc}") from None
        slow = _too_slow_on(pattern)
        if slow is not None:
            raise ValueError(
                f"regular expression {text[3:]!r} is too slow: on {slow} it runs past "
                f"{PROBE_TIMEOUT * PROBE_RETRY:g} s (nested repetition such as (a+)+ backtracks "
                "exponentially); rewrite it without a repeated group that repeats itself"
            )
        return Term(concept, text, lang, "regex")
    norm = normalize(text)
    if any(is_cjk(ch) for ch in norm):
        return Term(concept, text, lang, "cjk", ((norm, False),))
    parts: list[tuple[str, bool]] = []
    for word in norm.split():
        exact = word.startswith("=")
        prefix = word.endswith("*")
        core = word.strip("=*")
        toks = [w for w, _, _ in words(core)]
        if len(toks) != 1:
            # hyphenated or punctuated words are single tokens in `words`; anything else
            # that does not tokenise to exactly one word cannot match
            if not toks:
                raise ValueError(f"term {raw!r} has no letters in {word!r}")
            parts.extend((t, False) for t in toks[:-1])
            core = toks[-1]
        cyr = any("\u0400" <= ch <= "\u04ff" for ch in core)
        stem = cyr and not (exact or prefix) and len(core) >= 4
        # a word written in the nominative covers its other cases (paradigm_stem)
        parts.append((paradigm_stem(toks[-1]) if stem else toks[-1], prefix or stem))
    return Term(concept, text, lang, "words", tuple(parts))


def _exact_form(text: str) -> str:
    """`text` with its last word written `=word`, as a suggestion for a term's author."""
    head, _, last = text.rpartition(" ")
    if text.startswith("re:") or any(is_cjk(ch) for ch in text):
        return text  # a pattern or a substring: the space only has to go
    if last.startswith("=") or last.endswith("*"):
        return text
    return f"{head} ={last}" if head else f"={last}"


# A pattern is tried at load time on strings made to make backtracking explode: runs of
# its own literal letters (and of common letters, digits and spaces) ending in a character
# that breaks the match. A linear pattern reads such a string in microseconds.
PROBE_LENGTH = 5000
PROBE_TIMEOUT = 0.05
_PROBE_ENDS = ("\x00", "!", "\n")
_PROBE_RUNS = ("a", "1", " ", "a ", "a1", "あ", "ア", "亜", "я")
_LITERAL = regex.compile(r"\\.|\[(?:\\.|[^\]])*\]|\{[^}]*\}|(\w+)")


def _probes(source: str) -> Iterator[tuple[str, str, str]]:
    """(run, end, probe): the run repeated to PROBE_LENGTH characters, then the end."""
    runs = dict.fromkeys(_PROBE_RUNS)
    for m in _LITERAL.finditer(source):
        literal = m.group(1)
        if literal:
            runs.update(dict.fromkeys([literal, *literal[:8]]))
    for run in list(runs)[:40]:
        body = run * (PROBE_LENGTH // len(run))
        for end in _PROBE_ENDS:
            yield run, end, body + end


# The limit is wall-clock time: a process that waits for a busy machine's cores can miss it
# on a linear pattern. A probe that runs out of time is run again with this many times the
# limit; a pattern that backtracks catastrophically misses both (it would take years).
PROBE_RETRY = 20

# Digests of patterns that passed every probe: a pattern is probed once per process, and the
# shell keeps the digests between runs (`probed_linear`, `trust_linear`), so a `run --once`
# does not spend seconds probing the same shipped patterns again. Only passes are kept: a
# pattern that fails is probed, and refused with its reason, every time. `_USED` holds those
# of the patterns this process has loaded, which are the ones worth keeping.
_LINEAR: set[str] = set()
_USED: set[str] = set()


def _digest(pattern: Any) -> str:
    key = f"{regex.__version__}|{PROBE_LENGTH}|{PROBE_TIMEOUT}|{pattern.flags}|{pattern.pattern}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def probed_linear() -> frozenset[str]:
    """The digests of the patterns this process has loaded and found linear (or was told
    were): not those it was told of and never loaded (a pattern since edited)."""
    return frozenset(_USED)


def trust_linear(digests: Iterable[str]) -> None:
    """Take these digests as patterns that passed the probes (kept from an earlier run)."""
    _LINEAR.update(digests)


def _too_slow_on(pattern: Any) -> str | None:
    """The first probe `pattern` cannot finish reading within PROBE_TIMEOUT (and, tried
    again, within PROBE_RETRY times it), described."""
    digest = _digest(pattern)
    if digest in _LINEAR:
        _USED.add(digest)
        return None
    for run, end, probe in _probes(pattern.pattern):
        if not _reads_in(pattern, probe, PROBE_TIMEOUT) and not _reads_in(
            pattern, probe, PROBE_TIMEOUT * PROBE_RETRY
        ):
            return f"{run!r} repeated to {len(probe) - 1} characters, then {end!r}"
    _LINEAR.add(digest)
    _USED.add(digest)
    return None


def _reads_in(pattern: Any, probe: str, seconds: float) -> bool:
    try:
        for _ in pattern.finditer(probe, timeout=seconds):
            pass
    except TimeoutError:
        return False
    return True


_PLURAL = ("'s", "’s", "es", "s")
_WORD_SPLIT = re.compile(f"({WORD_PATTERN})")
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_Words = tuple[tuple[str, bool], ...]  # (word, is_prefix), as in Term.parts
_GoingOn = tuple[str, str, _Words]  # concept, term as written, its words after the next one


class _Key(NamedTuple):
    """What an automaton key leads to: the terms it completes, and the longer terms by
    the word that follows it (so a common first word costs one lookup, not one check per
    term that starts with it)."""

    length: int  # characters of the key
    covered: int  # words of a term the key spans
    done: tuple[tuple[str, str], ...]  # (concept, term) complete at the key
    exact: dict[str, list[_GoingOn]]  # next word, and its plural forms
    stems: tuple[tuple[int, dict[str, list[_GoingOn]]], ...]  # (stem length, stem → terms)


class _KeyBuilder:
    def __init__(self, covered: int) -> None:
        self.covered = covered
        self.done: list[tuple[str, str]] = []
        self.exact: dict[str, list[_GoingOn]] = defaultdict(list)
        self.stems: dict[int, dict[str, list[_GoingOn]]] = defaultdict(lambda: defaultdict(list))

    def add(self, term: Term, rest: _Words) -> None:
        if not rest:
            self.done.append((term.concept, term.text))
            return
        (word, is_prefix), after = rest[0], rest[1:]
        if is_prefix:
            self.stems[len(word)][word].append((term.concept, term.text, after))
        else:
            for suffix in ("", *_PLURAL):
                self.exact[word + suffix].append((term.concept, term.text, after))

    def build(self, length: int) -> _Key:
        stems = tuple((n, dict(by_stem)) for n, by_stem in self.stems.items())
        return _Key(length, self.covered, tuple(self.done), dict(self.exact), stems)


_NOT_NAMES = ("event.", "change.", "cue.")  # concepts a part of a compound does not give
# the last parts that tie a thing to the name before them ("Kunashir-bound", "Nemuro-based")
_TIED_TO_A_NAME = frozenset({"bound", "based", "registered", "flagged"})
_Found = tuple[str, str, int, int]  # a hit as the scan makes it: concept, term, start, end
_NEWLINE = re.compile("\n")


def _position(found: _Found) -> tuple[int, int]:
    return found[2], found[3]


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of a `re:` pattern holds, lowercased: the longest
    fixed stretch the pattern must match, with its alternatives
    ("\\b(?:withdr(?:ew|awn)|dropp(?:ed|ing))\\s+its" → ("dropped", "dropping", "withdrawn",
    "withdrew"); "(?<!秋)勇留島" → ("勇留島",)); None when no stretch is long enough to
    tell (`_selective`). A text that holds none of them cannot match, and the pattern is not
    run on it. Read with the standard library's parser of regular expressions, the
    `regex` module's \\p{…} classes read as any letter; a pattern it cannot read gets None."""
    try:
        nodes = list(_re_parser.parse(_P_CLASS.sub(r"\\w", pattern), re.IGNORECASE))
    except Exception:  # syntax only the `regex` module knows: no shortcut
        return None
    found = _required(nodes)
    return tuple(sorted(found)) if found else None


_P_CLASS = re.compile(r"\\[pP]\{[^}]*\}")
_MAX_ALTERNATIVES = 64  # stretches with more alternatives than this are not spelled out


def _selective(word: str) -> bool:
    """Long enough to be worth looking for: three letters, or two kana or kanji."""
    return len(word) >= MIN_REQUIRED or (len(word) >= 2 and all(is_cjk(c) for c in word))


def _exact(nodes: list[Any]) -> set[str] | None:
    """Every string `nodes` can match, when they are a few fixed ones ("ha(?:s|ve|d)")."""
    out = {""}
    for op, av in nodes:
        name = str(op)
        if name == "AT":
            continue
        if name == "LITERAL":
            more = {chr(av).lower()}
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in av):
            more = {chr(v).lower() for _, v in av}
        elif name in ("SUBPATTERN", "BRANCH"):
            more = set()
            for branch in _branches(op, av):
                fixed = _exact(branch)
                if fixed is None:
                    return None
                more |= fixed
        else:
            return None
        out = {p + x for p in out for x in more}
        if len(out) > _MAX_ALTERNATIVES:
            return None
    return out


def _branches(op: Any, av: Any) -> list[list[Any]]:
    if str(op) == "BRANCH":
        return [list(b) for b in av[1]]
    inner = list(av[3])
    if len(inner) == 1 and str(inner[0][0]) == "BRANCH":
        return [list(b) for b in inner[0][1][1]]
    return [inner]


def _required(nodes: list[Any]) -> set[str] | None:
    """Strings one of which every match of `nodes` holds (the most telling such set that is
    `_selective`), or None."""
    candidates: list[set[str]] = []
    run: set[str] | None = None  # the fixed stretch matched just before the current node

    def close() -> None:
        nonlocal run
        if run:
            candidates.append(run)
        run = None

    for op, av in nodes:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # no character of the match
            continue
        fixed = _exact([(op, av)]) if name in ("LITERAL", "IN", "SUBPATTERN", "BRANCH") else None
        if fixed is not None:
            run = {p + x for p in (run or {""}) for x in fixed}
            if len(run) > _MAX_ALTERNATIVES:
                run = None
            continue
        close()
        if name in ("SUBPATTERN", "BRANCH"):
            each = [_required(b) for b in _branches(op, av)]
            if all(each):
                candidates.append(set().union(*each))  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            inner = _required(list(av[2]))
            if inner:
                candidates.append(inner)
    close()
    good = [c for c in candidates if all(_selective(w) for w in c)]
    if not good:
        return None
    return max(good, key=lambda c: (min(map(len, c)), -len(c)))


class Matcher:
    """Every term of every concept in two Aho–Corasick automata, so a text is scanned once.

    English and Russian are matched on the text's words joined by single spaces: a term's
    first word is a pattern (" word " exact, with its plural forms; " stem" a prefix) and
    the rest of a multi-word term is checked at the few places the first word occurs.
    Japanese terms are patterns over the raw text, run only around its kana and kanji.
    Cost grows with the length of the text, not with the number of terms or rules.
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        keys: dict[str, _KeyBuilder] = {}
        cjk: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._regex: list[tuple[Term, Any, tuple[str, ...] | None]] = []
        for term in terms:
            if term.kind == "cjk":
                cjk[term.parts[0][0]].append((term.concept, term.text))
            elif term.kind == "regex":
                pattern = regex.compile(term.text[3:], REGEX_FLAGS)
                self._regex.append((term, pattern, required_words(term.text[3:])))
            else:
                # the key runs up to the first stem: exact words are checked by the
                # automaton itself (a plural allowed on the last), a stem ends the key;
                # the words after it are looked up where the key is found
                covered = next((k + 1 for k, (_, p) in enumerate(term.parts) if p), len(term.parts))
                head = " " + " ".join(w for w, _ in term.parts[:covered])
                if term.parts[covered - 1][1]:
                    variants = [head]
                else:
                    variants = [f"{head}{suffix} " for suffix in ("", *_PLURAL)]
                for key in variants:
                    keys.setdefault(key, _KeyBuilder(covered)).add(term, term.parts[covered:])
        self._words = _automaton({k: b.build(len(k)) for k, b in keys.items()})
        self._cjk = _automaton({k: (len(k), tuple(v)) for k, v in cjk.items()})
        self._cjk_reach = max((len(k) for k in cjk), default=0)
        # the words regular expressions must match (`required_words`), in one automaton: one
        # pass over a text tells which expressions can match it at all
        starts: dict[str, list[int]] = defaultdict(list)
        for i, (_, _, literal) in enumerate(self._regex):
            for word in literal or ():
                starts[word].append(i)
        self._regex_starts = _automaton({k: tuple(v) for k, v in starts.items()})
        self._regex_always = frozenset(
            i for i, (_, _, lit) in enumerate(self._regex) if lit is None
        )

    def find(self, text: str) -> list[Hit]:
        """All term hits in `text` (offsets into the normalised text, same length), in the
        order they start."""
        return [Hit(*found) for found in self._scan(normalize(text))]

    def find_each(self, texts: Sequence[str]) -> list[list[Hit]]:
        """The hits of each of `texts` (sentences: no line breaks), from one scan of them
        all; offsets are into each normalised text. A hit spanning two texts is dropped.

        Normalising never merges across a line break, so the normalised whole splits back
        into the normalised texts.
        """
        norm = normalize("\n".join(texts))
        starts = [0, *(m.end() for m in _NEWLINE.finditer(norm))]
        count_ = len(starts)
        out: list[list[Hit]] = [[] for _ in texts]
        for concept, term, start, end in self._scan(norm):
            k = bisect_right(starts, start) - 1
            if k + 1 < count_ and end >= starts[k + 1]:
                continue
            base = starts[k]
            out[k].append(Hit(concept, term, start - base, end - base))
        return out

    def _scan(self, norm: str) -> list[_Found]:
        found: list[_Found] = []
        if self._words is not None:
            self._find_words(norm, found)
        if self._cjk is not None:
            self._find_cjk(norm, found)
        # a Russian or Japanese pattern is tried only on a text that holds its script
        scripts = {
            "ru": _CYRILLIC.search(norm) is not None,
            "ja": _CJK_RUN.search(norm) is not None,
        }
        # an expression runs only on the texts (the lines of `norm`) that hold one of the
        # words every match holds (or on all, when it has no such words), each text
        # on its own: a match never runs from one text into the next (「…大使」 in a
        # headline would take the lead's 「…起用」 and hide the lead's own match)
        ends = [m.start() for m in _NEWLINE.finditer(norm)]
        lines = [*zip([0, *(e + 1 for e in ends)], [*ends, len(norm)], strict=True)]
        possible: dict[int, set[int]] = {i: set(range(len(lines))) for i in self._regex_always}
        if self._regex_starts is not None:
            for at, indexes in self._regex_starts.iter(norm):
                line = bisect_left(ends, at)
                for i in indexes:
                    possible.setdefault(i, set()).add(line)
        for i in sorted(possible):
            term, pattern, _ = self._regex[i]
            if not scripts.get(term.lang, True):
                continue
            try:
                for line in sorted(possible[i]):
                    start, end = lines[line]
                    for m in pattern.finditer(norm, start, end, timeout=REGEX_TIMEOUT):
                        found.append((term.concept, term.text, m.start(), m.end()))
            except TimeoutError:
                # the pattern loses its hits on this text, nothing more; but someone is told
                log.warning(
                    "rules.regex_timeout",
                    extra={
                        "concept": term.concept,
                        "term": term.text,
                        "chars": len(norm),
                        "limit": REGEX_TIMEOUT,
                    },
                )
        found.sort(key=_position)
        return found

    def _find_words(self, norm: str, hits: list[_Found]) -> None:
        # split keeps the words at odd places: [gap, word, gap, word, ..., gap]; word k
        # spans bounds[2k+1]:bounds[2k+2] of `norm`. All of it runs in C, word by word.
        parts = _WORD_SPLIT.split(norm)
        toks = parts[1::2]
        bounds = list(accumulate(map(len, parts), initial=0))
        joined = " " + " ".join(toks) + " "
        # where word k starts in `joined`, to turn a match's offset into a word number
        offsets = list(map(add, accumulate(map(len, toks), initial=0), count(1)))
        n = len(toks)
        for end, key in self._words.iter(joined):
            i = bisect_left(offsets, end - key.length + 2)
            start = bounds[2 * i + 1]
            j = i + key.covered  # the word after the key
            for concept, term in key.done:
                hits.append((concept, term, start, bounds[2 * j]))
            if j >= n or not (key.exact or key.stems):
                continue
            tok = toks[j]
            going_on = key.exact.get(tok, ())
            for length, by_stem in key.stems:
                more = by_stem.get(tok[:length])
                if more:
                    going_on = [*going_on, *more]
            for concept, term, after in going_on:
                last = j + len(after)
                if after and (last >= n or not _words_ok(after, toks, j + 1)):
                    continue
                hits.append((concept, term, start, bounds[2 * last + 2]))
        self._find_parts(toks, bounds, hits)

    def _find_parts(self, toks: list[str], bounds: list[int], hits: list[_Found]) -> None:
        """A hyphenated compound names each of its parts: "Russia-Japan talks",
        «японо-российские отношения», «российско-японские консультации», when two or more of
        its parts are names. Only names are taken from a part (a country, a place, a body,
        a matter): a word of change, an event or a cue inside a compound ("long-suspended",
        "so-called") stays part of a modifier. A term written with its hyphen matches the
        whole token, as before."""
        seen: set[tuple[str, int]] | None = None  # the hits so far, once a compound needs them
        for k, tok in enumerate(toks):
            if "-" not in tok:
                continue
            at = bounds[2 * k + 1]
            found: list[_Found] = []
            named = 0
            for part in tok.split("-"):
                names = [
                    (concept, term, at, at + len(part))
                    for _, key in self._words.iter(f" {part} ")
                    for concept, term in key.done
                    if not concept.startswith(_NOT_NAMES)
                ]
                named += bool(names)
                found += names
                at += len(part) + 1
            # a compound of names ("Russia-Japan"), not a name made of words ("Severo-Kurilsk"
            # is a town of its own, no Kurilsk); or a name with what ties a thing to it
            # ("Kunashir-bound flights", "a Nemuro-based boat")
            if named < 2 and not (named == 1 and tok.rsplit("-", 1)[-1] in _TIED_TO_A_NAME):
                continue
            if seen is None:
                seen = {(concept, start) for concept, _, start, _ in hits}
            for f in found:
                if (f[0], f[2]) not in seen:
                    seen.add((f[0], f[2]))
                    hits.append(f)

    def _find_cjk(self, norm: str, hits: list[_Found]) -> None:
        # A Japanese term holds a kana or kanji: it lies within reach of a run of them, so
        # only those stretches are scanned (an English or Russian text costs nothing here)
        reach = self._cjk_reach
        windows: list[list[int]] = []
        for m in _CJK_RUN.finditer(norm):
            lo, hi = max(0, m.start() - reach), m.end() + reach
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            # a slice, not iter(norm, lo, hi): the automaton would read all of `norm` each time
            for end, (length, found) in self._cjk.iter(norm[lo:hi]):
                for concept, term in found:
                    hits.append((concept, term, lo + end - length + 1, lo + end + 1))


def _automaton(patterns: dict[str, Any]) -> Any:
    if not patterns:
        return None
    automaton = ahocorasick.Automaton()
    for key, terms in patterns.items():
        automaton.add_word(key, terms)
    automaton.make_automaton()
    return automaton


def _words_ok(rest: Sequence[tuple[str, bool]], toks: Sequence[str], j: int) -> bool:
    """Do the words of a term after its key follow at word `j`?"""
    for word, is_prefix in rest:
        tok = toks[j]
        if not tok.startswith(word) or (
            not is_prefix and tok != word and tok[len(word) :] not in _PLURAL
        ):
            return False
        j += 1
    return True


# ----------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Concept:
    """A named term set, with terms per language."""

    name: str
    terms: tuple[Term, ...]
    mask: bool = False  # a look-alike phrase: its hits hide overlapping hits of others
    description: str = ""
    # a description ("the disputed islands") that names `refers_to` only in an article whose
    # headline or lead names one of `when_named` by other words; elsewhere it names nothing
    refers_to: str = ""
    when_named: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A watch rule: which concepts, combined how, looked for where, alerting whom."""

    id: str
    severity: str = "normal"
    description: str = ""
    where: tuple[str, ...] = ("title", "lead")
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    sentence: tuple[str, ...] = ()  # all of these within one sentence
    within_words: int | None = None  # ... and at most this many words apart
    feeds: tuple[str, ...] = ()  # empty: every feed
    chat_ids: tuple[str | int, ...] = ()  # empty: the config's telegram.chat_ids


@dataclass(frozen=True)
class Entity:
    """A named thing (place, person, organisation, system) with its names per language."""

    id: str
    kind: str
    generic: bool
    anchor: bool = True  # names the dispute: its places (not Sakhalin), its own documents
    # a place off the islands (a town facing them, a neighbouring region): a visit there is
    # no visit to the islands, whatever else its sentence names
    off_islands: bool = False
    # the side a person, body or capital speaks or acts for ("japan" or "russia"): its name
    # makes a sentence that names the other side one between the two governments
    side: str | None = None
    # a region's or a town's own official or body (a governor, a regional government): its
    # trips and works on the islands are the region's administration, not the dispute's
    regional: bool = False


@dataclass(frozen=True)
class RuleSet:
    """Everything under rules/, compiled."""

    concepts: dict[str, Concept]
    rules: tuple[Rule, ...]
    entities: dict[str, Entity]

    @cached_property
    def matcher(self) -> Matcher:
        """The rules' terms alone (the judge builds one with the statuses' terms too)."""
        return Matcher(t for c in self.concepts.values() for t in c.terms)

    @cached_property
    def masks(self) -> frozenset[str]:
        return frozenset(n for n, c in self.concepts.items() if c.mask)

    @cached_property
    def references(self) -> dict[str, Concept]:
        """The descriptions that name another concept in some articles (`refers_to`)."""
        return {n: c for n, c in self.concepts.items() if c.refers_to}

    @cached_property
    def event_kinds(self) -> frozenset[str]:
        """The kinds of event the rules know (`event.visit` → "visit"): what a seed status
        may say it is made of."""
        return frozenset(n[len("event.") :] for n in self.concepts if n.startswith("event."))

    @cached_property
    def reads_body(self) -> bool:
        """Does any rule look past the headline and the lead?"""
        return any("body" in r.where for r in self.rules)


def resolved(
    found: list[list[Hit]], framing: list[bool], refs: dict[str, Concept]
) -> list[list[Hit]]:
    """Each description's hits as hits of the concept it refers to, where the framing
    sentences (the headline and the lead) name one of its `when_named` by other words, and
    dropped where they do not: "disputed islands" in a story that names neither Russia nor
    any island of the chain is another dispute's islands."""
    if not refs or not any(h.concept in refs for hits in found for h in hits):
        return found
    named = {h.concept for hits, frame in zip(found, framing, strict=True) if frame for h in hits}
    out: list[list[Hit]] = []
    for hits in found:
        kept: list[Hit] = []
        for h in hits:
            ref = refs.get(h.concept)
            if ref is None:
                kept.append(h)
            elif not named.isdisjoint(ref.when_named):
                kept.append(h._replace(concept=ref.refers_to))
        out.append(kept)
    return out


def masked(hits: list[Hit], masks: frozenset[str]) -> list[Hit]:
    """Drop hits that overlap a look-alike phrase (and the phrase hits themselves stay)."""
    spans = [(h.start, h.end) for h in hits if h.concept in masks]
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.concept in masks or not any(s < h.end and h.start < e for s, e in spans)
    ]
