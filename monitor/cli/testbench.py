"""`kuril-monitor rules test` and `rules replay`: the test bench for rule changes.

Shell module. `rules test` reads one page (a file, a URL or standard input) and shows how
the current rules read it: which rules matched and why, every term found with its
position and its sentence, the look-alike masks and exclusions that fired, and the
decision. `rules replay` re-decides the stored articles published since a date against
the current rules and seeds, learning as it goes the way the pipeline does, and lists
the alerts that would be gained or lost. Neither stores nor sends anything: the database
is only ever opened read-only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.cli.explain import current_knowledge, load_source, moment
from monitor.core.grouping import same_text
from monitor.core.learning import learn_from
from monitor.core.models import Article, Assessment, FeedItem
from monitor.core.novelty import Judge, assess
from monitor.core.rules import REGEX_TIMEOUT, Hit, Rule, RuleSet, masked
from monitor.core.sentence_reading import Reading, SentenceReading, in_scope, together, words_apart
from monitor.core.text import normalize
from monitor.edges.extract import canonical_link, decode, extract_article, guess_lang
from monitor.edges.store import Store
from monitor.errors import MonitorError
from monitor.files.config import Config
from monitor.shell.app import load_knowledge, open_store
from monitor.stages.pipeline import knowledge_with_history

ALERTS = ("new_development", "status_change")
_HTML = re.compile(rb"<(?:html|head|body|p|div|article|h1|title)\b", re.IGNORECASE)


def command(config: Config, args: argparse.Namespace) -> int:
    """Run `rules test SOURCE` or `rules replay --since DATE`; the exit status."""
    if args.rules_command == "test":
        published = moment(args.date) if getattr(args, "date", None) else None
        print(trace_page(config, args.source, getattr(args, "feed", None), published))
        return 0
    if args.rules_command == "replay":
        print(replay(config, moment(args.since)).render())
        return 0
    return 2


# ----------------------------------------------------------------------------- rules test


def read_source(
    url: str, body: bytes, content_type: str, feed: str, published: dt.datetime | None
) -> Article:
    """The article in a page, or in plain text (the first line is the headline)."""
    item = FeedItem(feed, url, url, "", "", published)
    if "html" in content_type.lower() or _HTML.search(body[:4096]):
        return extract_article(item, url, body, content_type, now=dt.datetime.now(dt.UTC))
    lines = [line.strip() for line in decode(body, content_type).splitlines() if line.strip()]
    text = "\n".join(lines[1:])
    return Article(
        url=url,
        feed_id=feed,
        title=lines[0] if lines else "",
        text=text,
        lang=guess_lang("\n".join(lines)),
        published=published or dt.datetime.now(dt.UTC),
    )


def trace_page(
    config: Config, source: str, feed: str | None = None, published: dt.datetime | None = None
) -> str:
    """A human-readable account of how the rules read one page, and the decision."""
    rules, knowledge = current_knowledge(config)
    try:
        url, body, content_type = load_source(config, source)
    except OSError as exc:
        raise MonitorError(f"cannot read {source}: {exc.strerror or exc}") from exc
    article = read_source(url, body, content_type, feed or "test", published)
    judge = Judge.build(rules, knowledge)
    timeouts = _Timeouts()
    logger = logging.getLogger("monitor.core.rules")
    logger.addHandler(timeouts)
    try:
        reading = judge.read(article)
        lines = trace(judge, reading, assess(reading, rules, knowledge))
    finally:
        logger.removeHandler(timeouts)
    if timeouts.seen:
        lines += ["", f"Regex timeouts (hits lost; a pattern may run {REGEX_TIMEOUT} s a text):"]
        lines += [f"  {line}" for line in dict.fromkeys(timeouts.seen)]
    return "\n".join(lines)


class _Timeouts(logging.Handler):
    """Collects the `rules.regex_timeout` events of one reading, to show them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "rules.regex_timeout":
            concept, term = getattr(record, "concept", "?"), getattr(record, "term", "?")
            self.seen.append(f"{concept:<24} {term!r}")


def _where(r: SentenceReading) -> str:
    if r.sentence.index == 0:
        return "headline"
    return "lead" if r.in_lead else "body"


def _found(r: SentenceReading, h: Hit) -> str:
    """The text a hit covers, as the sentence writes it."""
    text = r.sentence.text
    if len(normalize(text)) != len(text):
        text = normalize(text)
    return text[h.start : h.end]


def trace(judge: Judge, reading: Reading, assessment: Assessment) -> list[str]:
    """The lines of `rules test`: article, rules, terms, exclusions, claims, decision."""
    rules = judge.rules
    article = reading.article
    lead = sum(1 for r in reading.sentences if r.in_lead)
    out = [
        f"Article:    {article.title}",
        f"Language:   {article.lang}   Published: {article.published:%Y-%m-%d %H:%M} UTC"
        f"   Feed: {article.feed_id}",
        f"Sentences:  {len(reading.sentences)} (s0 is the headline; {lead} in the lead)",
        "",
        "Rules:",
    ]
    used: set[str] = set()
    for rule in rules.rules:
        out += _rule_lines(rule, reading)
        used.update(rule.all, rule.any, rule.none, rule.sentence)
    used |= rules.masks
    out += ["", "Terms found (sN = sentence N; start–end are character positions in it):"]
    listed = False
    for r in reading.sentences:
        spans = {(h.concept, h.start, h.end): h for h in reversed(r.hits) if h.concept in used}
        hits = sorted(spans.values(), key=lambda h: (h.start, h.end, h.concept))
        if not hits:
            continue
        listed = True
        out.append(f"  s{r.sentence.index} ({_where(r)}): {_clip(r.sentence.text)}")
        for h in hits:
            term = f"   term {h.term!r}" if normalize(h.term) != normalize(_found(r, h)) else ""
            out.append(f"      {h.start:>4}–{h.end:<4} {h.concept:<24} {_found(r, h)!r}{term}")
    if not listed:
        out.append("  none")
    out += ["", "Look-alikes and exclusions:"]
    out += _exclusion_lines(judge, reading) or ["  none fired"]
    out += ["", "Claims (headline and lead):"]
    out += _claim_lines(reading) or ["  none"]
    out += ["", f"Decision:   {assessment.decision} — {assessment.reason}"]
    if assessment.alerts:
        chats = [str(c) for h in assessment.hits for c in h.chat_ids]
        out.append(
            "Routing:    "
            + (", ".join(dict.fromkeys(chats)) if chats else "the config's telegram.chat_ids")
        )
    return out


def _clip(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _rule_lines(rule: Rule, reading: Reading) -> list[str]:
    """Why one rule matched, was vetoed, or did not match."""
    hit = next((h for h in reading.rule_hits if h.rule == rule.id), None)
    state = "MATCH" if hit else ("VETOED" if rule.id in reading.vetoed else "no match")
    head = f"  {state:<9}{rule.id}  severity={rule.severity}  where={','.join(rule.where)}"
    if rule.feeds:
        head += f"  feeds={','.join(rule.feeds)}"
    if rule.chat_ids:
        head += f"  chats={','.join(str(c) for c in rule.chat_ids)}"
    lines = [head]
    if rule.feeds and reading.article.feed_id not in rule.feeds:
        return [*lines, f"           not for feed {reading.article.feed_id!r} (use --feed)"]
    scope = [r for r in reading.sentences if in_scope(r, rule.where)]
    found = {h.concept for r in scope for h in r.hits}

    def mark(names: Iterable[str]) -> str:
        return " ".join(f"{n}{'✓' if n in found else '✗'}" for n in names)

    why = []
    if rule.all:
        why.append(f"all: {mark(rule.all)}")
    if rule.any:
        why.append(f"any: {mark(rule.any)}")
    if rule.sentence:
        near = [r for r in scope if together(rule, r)]
        text = f"sentence: {' + '.join(rule.sentence)}"
        if rule.within_words is not None:
            text += f" within {rule.within_words} words"
        if near:
            text += f" — together in s{near[0].sentence.index}"
        else:
            gaps = [
                (words_apart(r, rule.sentence), r.sentence.index)
                for r in scope
                if {h.concept for h in r.hits} >= set(rule.sentence)
            ]
            if gaps:
                gap, index = min(gaps)
                text += f" — nearest in s{index}, {gap} words apart"
            else:
                text += " — never all in one sentence"
        why.append(text)
    if rule.none:
        why.append(f"none: {mark(rule.none)}")
    lines.append("           " + "; ".join(why))
    return lines


def _exclusion_lines(judge: Judge, reading: Reading) -> list[str]:
    rules: RuleSet = judge.rules
    masks = rules.masks
    out: list[str] = []
    for r in reading.sentences:
        raw = judge.matcher.find(r.sentence.text)
        kept = set(masked(raw, masks))
        for m in (h for h in raw if h.concept in masks):
            hidden = dict.fromkeys(
                f"{h.concept} {_found(r, h)!r}"
                for h in raw
                if h not in kept and h.start < m.end and m.start < h.end
            )
            out.append(
                f"  mask   s{r.sentence.index} {m.start}–{m.end} {m.concept} {_found(r, m)!r}"
                + (f" hides {', '.join(hidden)}" if hidden else "")
            )
    if reading.masked_topic:
        out.append("  the headline's topic words belong to a look-alike")
    for rid in reading.vetoed:
        rule = next(x for x in rules.rules if x.id == rid)
        fired = dict.fromkeys(
            f"{h.concept} {_found(r, h)!r} in s{r.sentence.index}"
            for r in reading.sentences
            if in_scope(r, rule.where)
            for h in sorted(r.hits, key=lambda h: h.start)
            if h.concept in rule.none
        )
        out.append(f"  veto   {rid} excluded by none: {', '.join(fired)}")
    return out


def _claim_lines(reading: Reading) -> list[str]:
    out = []
    for c in reading.claims:
        flags = c.flags
        kind = "EVENT" if c.reports_event else ("change" if c.changes else "other")
        detail = []
        if c.events:
            detail.append("events " + ",".join(sorted(c.events)))
        if c.changes:
            detail.append("moves " + ",".join(f"{s} {d}" for s, d in c.changes))
        if flags:
            detail.append("read as " + ",".join(flags))
        out.append(
            f"  s{c.reading.sentence.index} [{kind}] {_clip(c.text, 120)}"
            + (f"  ({'; '.join(detail)})" if detail else "")
        )
    return out


# ----------------------------------------------------------------------------- rules replay


@dataclass(frozen=True)
class Replayed:
    """One stored article: the decision it got then, and the one it gets now."""

    url: str
    title: str
    published: dt.datetime
    was: str
    was_reason: str
    was_rules: tuple[str, ...]
    alert_id: int | None
    now: str
    now_reason: str
    now_rules: tuple[str, ...]

    @property
    def gained(self) -> bool:
        return self.now in ALERTS and self.was not in ALERTS

    @property
    def lost(self) -> bool:
        return self.was in ALERTS and self.now not in ALERTS

    @property
    def reshaped(self) -> bool:
        """Still an alert, but of another kind or by other rules (other chats)."""
        both = self.was in ALERTS and self.now in ALERTS
        return both and (self.was != self.now or set(self.was_rules) != set(self.now_rules))


@dataclass(frozen=True)
class Replay:
    """The outcome of `rules replay`."""

    since: dt.datetime
    items: tuple[Replayed, ...]

    def render(self) -> str:
        out = [
            f"Replayed {len(self.items)} stored articles published since "
            f"{self.since:%Y-%m-%d %H:%M} UTC against the current rules and seeds "
            "(nothing sent, nothing stored)."
        ]
        for label, sign, chosen in (
            ("Alerts gained", "+", [i for i in self.items if i.gained]),
            ("Alerts lost", "-", [i for i in self.items if i.lost]),
            ("Alerts kept, with another kind or other rules", "~", [
                i for i in self.items if i.reshaped
            ]),
        ):  # fmt: skip
            out.append(f"{label}: {len(chosen) or 'none'}")
            for i in chosen:
                alert = f" (alert #{i.alert_id})" if i.alert_id else ""
                out += [
                    f"  {sign} {i.published:%Y-%m-%d %H:%M}  {i.title}",
                    f"      {i.url}",
                    f"      was: {i.was}{alert} — {i.was_reason} [{', '.join(i.was_rules)}]",
                    f"      now: {i.now} — {i.now_reason} [{', '.join(i.now_rules)}]",
                ]
        moved: dict[tuple[str, str], int] = {}
        for i in self.items:
            if i.was != i.now and not (i.gained or i.lost or i.reshaped):
                moved[(i.was, i.now)] = moved.get((i.was, i.now), 0) + 1
        if moved:
            out.append(
                "Other decisions changed: "
                + ", ".join(f"{a} → {b}: {n}" for (a, b), n in sorted(moved.items()))
            )
        same = sum(1 for i in self.items if i.was == i.now and not i.reshaped)
        out.append(f"Unchanged: {same} of {len(self.items)}")
        return "\n".join(out)


def replay(config: Config, since: dt.datetime) -> Replay:
    """Re-decide stored articles published since `since`, in publication order."""
    rules, seeds = load_knowledge(config)
    path = config.sqlite_path
    if path is None or not path.exists():
        raise MonitorError(f"no database at {path}: nothing stored to replay")
    store = open_store(config, readonly=True)
    try:
        judge = Judge.build(rules, knowledge_with_history(seeds, store, before=since))
        rows = store.articles_since(since)
        # url or canonical link → (holds an alert, as replayed; its text)
        attached: dict[str, tuple[bool, str]] = {}
        items: list[Replayed] = []
        for row in rows:
            article = Article(
                url=row["url"],
                feed_id=row["feed_id"],
                title=row["title"],
                text=row["text"],
                lang=row["lang"],
                published=dt.datetime.fromisoformat(row["published"]),
                outlet=row["outlet"],
                canonical_url=row["canonical_url"],
                from_feed_only=bool(row["from_feed_only"]),
            )
            assessment = _copy_of_alert(store, article, attached, since)
            if assessment is None:
                assessment = judge.assess(article)
            was_alert = row["decision"] in ALERTS and row["alert_id"] is not None
            if assessment.alerts:
                alert_id = int(row["alert_id"]) if was_alert else 0
                judge = judge.with_knowledge(
                    learn_from(assessment, article, alert_id, judge.knowledge)
                )
            elif assessment.same_as:  # its words join the development's, as in the pipeline
                judge = judge.with_knowledge(
                    judge.knowledge.with_words(assessment.same_as, assessment.subject)
                )
            holds = assessment.alerts or assessment.decision == "same_development"
            for link in (article.url, article.canonical_url):
                if link:
                    attached.setdefault(link, (holds, article.text))
            items.append(
                Replayed(
                    url=article.url,
                    title=article.title,
                    published=article.published,
                    was=row["decision"],
                    was_reason=row["reason"],
                    was_rules=tuple(json.loads(row["rules"])),
                    alert_id=int(row["alert_id"]) if row["alert_id"] is not None else None,
                    now=assessment.decision,
                    now_reason=assessment.reason,
                    now_rules=tuple(h.rule for h in assessment.hits),
                )
            )
    finally:
        store.close()
    return Replay(since, tuple(items))


def _copy_of_alert(
    store: Store, article: Article, attached: dict[str, tuple[bool, str]], since: dt.datetime
) -> Assessment | None:
    """As the pipeline does: a copy (by a trusted canonical link, with the same text) of
    an alerted article is attached."""
    link = canonical_link(article.canonical_url, article.url) if article.canonical_url else None
    if not link or link == article.url:
        return None
    known = attached.get(link)
    if known is None:
        earlier = store.article_by_url(link)
        if earlier is None or dt.datetime.fromisoformat(earlier["published"]) >= since:
            return None
        known = (bool(earlier["alert_id"]), earlier["text"] or "")
    holds, text = known
    if not holds or not same_text(text, article.text):
        return None
    return Assessment("same_development", f"a copy of {link} (canonical link)")
