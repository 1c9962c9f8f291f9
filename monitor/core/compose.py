"""Compose: an alert as Telegram HTML that a subscriber reads in ten seconds.

Core module: data in, text out; no network, no database, no clock (the templates shipped
with the package are compiled once, through `templating`). It turns a stored
alert (`AlertView`) into the fields a template lays out (`alert_fields`): the headline,
the one sentence that says what is new (wire dateline and agency tag removed), each
status move on one line with who said it, at most two complete lines of what was already
known about the same matter or the same named things, the sources by outlet and the time
with its zone. The layout is a Jinja2 template (`monitor/templates/telegram/`, or a chat's
own file, read by `templatefiles`), in one of three label languages. Every piece of article text is
escaped by the template's autoescaping; rule ids appear only in the full form. Blocks are
separated by a blank line, so a long alert can be cut at a block boundary
(splitting.split_html).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import jinja2

from monitor.core import templating
from monitor.core.attribution import said_by, undateline
from monitor.core.labels import LABELS, MOVE_LABELS, Labels

MAX_CLAIM = 400  # characters of one quoted claim (full form)
MAX_NEW = 360  # characters of the brief form's sentence (or two) of what is new
MAX_KNOWN_LINE = 220  # a longer "already known" line is left out, never cut
MAX_KNOWN = 2
MAX_REASON = 500  # characters of a retraction's reason

Form = Literal["brief", "full"]
MARKERS = {"new_development": "🆕", "status_change": "🔄"}


@dataclass(frozen=True)
class AlertView:
    """What an alert message shows."""

    id: int
    kind: str
    title: str
    url: str
    outlet: str
    published: dt.datetime
    rule: str
    new: Sequence[str] = ()
    changes: Sequence[dict[str, Any]] = ()  # {matter, old: {state, since, source}, new: {...}}
    known: Sequence[str] = ()
    sources: Sequence[dict[str, str]] = field(default=())  # {url, outlet, title, lang}
    retracted_at: dt.datetime | None = None
    retraction: str = ""  # why it was retracted
    headline_only: str = ""  # decided on the headline and the feed's summary: why
    via: str = ""  # the aggregator linked to, when the publisher's URL is not known
    reason: str = ""  # why it alerted (full form)
    matters: frozenset[str] = frozenset()  # tracked matters the headline and claims name


@dataclass(frozen=True)
class Style:
    """How one chat reads its alerts: the form, the label language, the time zone, and
    its own template (None: the default file of the form)."""

    form: Form = "brief"
    lang: str = "en"
    tz: dt.tzinfo = dt.UTC
    template: jinja2.Template | None = None

    @property
    def labels(self) -> Labels:
        return LABELS.get(self.lang, LABELS["en"])


BRIEF = Style()


def esc(text: str) -> str:
    """Escape text for Telegram HTML (&, <, > and quotes)."""
    return html.escape(text, quote=True)


def cut(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters: cut at a word, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def link(url: str, label: str) -> str:
    """A Telegram HTML link to `url` reading `label`, both escaped."""
    return f'<a href="{esc(url)}">{esc(label)}</a>'


# ----------------------------------------------------------------------------- named things

_NAMED = re.compile(r"(?<![\w'’])([A-ZА-ЯЁ][\w'’\-]{2,})")
_JA_NAMED = re.compile(r"[ァ-ヴー]{3,}|[一-龯々]{3,}")
# Words every alert of this monitor shares: not "named things" of one story (compared by
# their first five letters, which is enough to let Russian endings go).
_GENERIC = frozenset(
    w[:5]
    for w in """russia russian japan japanese kuril kurils курилы россия японии north south
    northern southern islands the this that these there their after before since when
    while today tuesday monday wednesday thursday friday saturday sunday january february
    march april june july august september october november december foreign ministry
    minister government prime president security council chief cabinet secretary deputy
    state statement kremlin moscow tokyo мид правительство министр президент москва
    токио sakhalin сахалин pacific peace treaty alert agreement""".split()  # noqa: SIM905 - a word list reads best as words
)
_JA_GENERIC = ("北方領土", "北方四島", "日本政府", "ロシア", "外務省", "官房長官", "首相")


def _named(text: str, *, skip_first: bool) -> set[str]:
    """The named things a text speaks of: capitalized words (not one that opens a
    sentence, when `skip_first`), katakana names and runs of kanji."""
    found: set[str] = set()
    for match in _NAMED.finditer(text):
        before = text[: match.start()].rstrip()
        if skip_first and (not before or before[-1] in ".:;!?("):
            continue
        stem = match.group(1).lower()[:5]
        if stem not in _GENERIC:
            found.add(stem)
    for match in _JA_NAMED.finditer(text):
        run = match.group(0)
        if not any(g in run or run in g for g in _JA_GENERIC):
            found.add(run)
    return found


_SINCE_DATE = re.compile(r", (\d{4}-\d{2}-\d{2})\)$")


def _known_line(text: str) -> str:
    """A known fact or state as one line: the dateline off, a source's repeated date off."""
    return _SINCE_DATE.sub(")", undateline(text))


def brief_known(view: AlertView, new: str) -> list[str]:
    """At most two complete lines of what was known about the same matter or the same
    named things: an earlier alert it undoes or corrects always; a tracked matter's state
    when the headline or a claim names that matter (`matters`, by the matter's own terms in
    any language); another line only when it names something the headline, the new
    sentence or a moved matter names too; a line too long is left out."""
    about = " ".join([view.title, new, *(str(ch.get("matter") or "") for ch in view.changes)])
    names = _named(about, skip_first=False)
    lines: list[str] = []
    for raw in view.known:
        line = _known_line(raw)
        if len(line) > MAX_KNOWN_LINE or line in lines:
            continue
        earlier_alert = raw.startswith("Alert #")  # undone or said to be wrong
        same_matter = any(raw.startswith(f"{matter}: ") for matter in view.matters)
        if earlier_alert or same_matter or names & _named(line, skip_first=True):
            lines.append(line)
        if len(lines) == MAX_KNOWN:
            break
    return lines


# ----------------------------------------------------------------------------- fields


def when(value: Any, tz: dt.tzinfo, *, time: bool = True) -> str:
    """A date (and time, with the zone's abbreviation) in the chat's time zone."""
    if isinstance(value, dt.datetime):
        local = value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=dt.UTC)
        if not time:
            return local.strftime("%Y-%m-%d")
        return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or "UTC")
    return str(value) if value else ""


def _who(state: Mapping[str, Any]) -> str:
    said = str(state.get("said_by") or "")
    source = str(state.get("source") or "")
    label = said or source
    return re.sub(r",\s*\d{4}-\d{2}-\d{2}$", "", label)


def _state_word(state: str, style: Style) -> str:
    """A state as the brief line shows it: a learned state ("resumed: <the headline that
    reported it>") is its move's word, in the chat's language; a seeded one is itself."""
    moves = MOVE_LABELS.get(style.lang, MOVE_LABELS["en"])
    direction, sep, sentence = state.partition(": ")
    if sep and sentence and direction in moves:
        return moves[direction]
    return cut(state, 160)


def _move(ch: Mapping[str, Any], claims: Sequence[str], style: Style) -> dict[str, Any]:
    """One status move: the matter, its old state and its new one, each with its date and
    who said it (for the new state the ministry or official the report names; the outlet
    only when it names no one)."""
    old, new = ch.get("old") or {}, ch.get("new") or {}
    state = str(new.get("state") or "")
    sentence = state.partition(": ")[2]
    short = _state_word(state, style)
    who = said_by(sentence) or next((w for c in claims if (w := said_by(c))), "")
    return {
        "matter": str(ch.get("matter") or ch.get("status_id") or "?"),
        "status_id": str(ch.get("status_id") or ""),
        "old": {
            "state": _state_word(str(old.get("state") or "?"), style),
            "since": str(old.get("since") or "?"),
            "since_text": style.labels["since"].format(date=str(old.get("since") or "?")),
            "by": _who(old) or "?",
        },
        "new": {
            "state": short,
            "full": state,
            "since": str(new.get("since") or "?"),
            "by": who or _who(new) or "?",
        },
    }


def _words_of(text: str) -> str:
    """A text's words, lowercased, single spaces between them."""
    return re.sub(r"\W+", " ", text).strip().lower()


def _shows(clause: str, texts: Sequence[str]) -> bool:
    """Does one of these texts show the clause (its first words, as a state keeps them)?"""
    head = _words_of(clause.rstrip("…"))[:40]
    return not head or any(head in _words_of(t) for t in texts)


def _same(a: str, b: str) -> bool:
    return _words_of(a) == _words_of(b)


def what_is_new(claims: Sequence[str], headline: str) -> str:
    """The sentence that says what is new: the first claim (none when it only repeats the
    headline), and the next one too when both fit in MAX_NEW characters (a short reaction:
    "Tokyo protested.")."""
    rest = [c for c in claims if not _same(c, headline)]
    if not rest:
        return ""
    new = cut(rest[0], MAX_NEW)
    if len(rest) > 1 and len(new) + 1 + len(rest[1]) <= MAX_NEW:
        new = f"{new} {rest[1]}"
    return new


def alert_fields(view: AlertView, style: Style = BRIEF) -> dict[str, Any]:
    """The fields a template lays out (documented in the README, "Alert templates")."""
    claims = [undateline(c) for c in view.new]
    new = what_is_new(claims, view.title)
    sources = [{"outlet": view.outlet or "source", "url": view.url}]
    for s in view.sources:
        if s.get("url") and s["url"] != view.url:
            sources.append(
                {"outlet": s.get("outlet") or s.get("title") or "source", "url": s["url"]}
            )
    changes = [_move(ch, claims, style) for ch in view.changes]
    # the clause that asserts a move, where the headline and what is new do not show it
    # (a move a later report of the development told: its message is edited to show it)
    for move in changes:
        clause = move["new"]["full"].partition(": ")[2]
        move["quote"] = "" if _shows(clause, [view.title, new]) else clause
    return {
        "id": view.id,
        "kind": view.kind,
        "marker": MARKERS.get(view.kind, "🆕"),
        "kind_label": style.labels.get(view.kind, style.labels["new_development"]),
        "headline": " ".join(view.title.split()),
        "url": view.url,
        "outlet": view.outlet or "source",
        "via": view.via,
        "published": when(view.published, style.tz),
        "date": when(view.published, style.tz, time=False),
        "new": new,
        "claims": claims,
        "changes": changes,
        "known": brief_known(view, new),
        "known_all": [_known_line(k) for k in view.known],
        "sources": sources,
        "rules": [r.strip() for r in view.rule.split(",") if r.strip()],
        "reason": view.reason,
        "headline_only": view.headline_only,
        "lang": style.lang,
    }


# ----------------------------------------------------------------------------- messages


def render_correction(at: dt.datetime, reason: str, style: Style = BRIEF) -> str:
    """The line a retracted alert shows at its top: when (UTC) and why."""
    stamp = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
    label = style.labels["retracted"]
    return f"⚠️ <b>{esc(label)} {stamp} UTC:</b> {esc(cut(reason, MAX_REASON))}"


def render_alert(view: AlertView, style: Style = BRIEF) -> str:
    """The alert as Telegram HTML in the chat's form, language and template (may exceed
    4096 characters in the full form; delivery splits it); a retracted one opens with its
    correction line, the original text kept below it."""
    template = style.template or templating.default(style.form)
    text = templating.render(template, alert_fields(view, style), style.labels)
    if view.retracted_at is not None:
        return render_correction(view.retracted_at, view.retraction, style) + "\n\n" + text
    return text


def render_update_reply(
    view: AlertView, new_sources: Sequence[dict[str, str]], style: Style = BRIEF
) -> str:
    """A reply to an alert that can no longer be edited: the sources reported since."""
    links = ", ".join(
        link(s["url"], s.get("outlet") or s.get("title") or "source") for s in new_sources
    )
    label = style.labels["more_sources"]
    return f"<b>{esc(label)}</b> · #{view.id} {esc(cut(view.title, 120))}: {links}"


def render_retraction_reply(view: AlertView, style: Style = BRIEF) -> str:
    """A reply to an alert whose message cannot carry the correction itself (a digest, a
    message Telegram will not edit): the correction, naming the alert."""
    assert view.retracted_at is not None
    correction = render_correction(view.retracted_at, view.retraction, style)
    return f"{correction}\n#{view.id} {esc(cut(view.title, 200))}"


def _plural(word: str, n: int) -> str:
    """The digest's heading noun agreeing with its number (Russian: 2 новых оповещения,
    5 новых оповещений, 21 новое оповещение); other languages as written."""
    forms = _RU_PLURALS.get(word)
    if forms is None:
        return word
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


_RU_PLURALS = {"новых оповещений": ("новое оповещение", "новых оповещения", "новых оповещений")}


def render_digest(views: Sequence[AlertView], style: Style = BRIEF) -> str:
    """Several alerts in one message, when a burst exceeds a chat's digest threshold."""
    labels = style.labels
    blocks = [f"<b>📰 {len(views)} {esc(_plural(labels['digest'], len(views)))}</b>"]
    for v in views:
        marker = MARKERS.get(v.kind, "🆕")
        first = cut(undateline(v.new[0]), 240) if v.new else ""
        outlet = link(v.url, v.outlet or "source")
        blocks.append(
            f"{marker} <b>{esc(cut(v.title, 200))}</b> · #{v.id}\n"
            f"{outlet} · {esc(when(v.published, style.tz))}" + (f"\n{esc(first)}" if first else "")
        )
    return "\n\n".join(blocks)


# ----------------------------------------------------------------------------- samples

_T0 = dt.datetime(2026, 11, 10, 9, 30, tzinfo=dt.UTC)
# Alerts of each kind that `templatefiles.check` renders a chat's template against.
SAMPLES: tuple[AlertView, ...] = (
    AlertView(
        id=12,
        kind="new_development",
        title="Additional Bastion missile division takes up combat duty on Matua Island",
        url="https://example.org/articles/bastion.html",
        outlet="Vestnik",
        published=_T0,
        rule="kuril-islands-headline, kuril-islands",
        new=(
            "VLADIVOSTOK, May 14. /Vestnik/. An additional division of Bastion coastal "
            "missile systems has taken up combat duty on Matua Island, the Pacific Fleet "
            "press service said on Tuesday.",
            "The crews practiced electronic launches against a simulated naval group.",
        ),
        known=("The first Bastion division was put on combat duty on Matua in December 2021.",),
        sources=(
            {"url": "https://example.org/articles/bastion.html", "outlet": "Vestnik"},
            {"url": "https://example.net/bastion", "outlet": "Остров.Инфо"},
        ),
        reason="a deployment not among the known facts",
    ),
    AlertView(
        id=13,
        kind="status_change",
        title="Russia and Japan agree to resume visa-free exchanges from 2027",
        url="https://example.org/articles/visa-free.html",
        outlet="Vestnik",
        published=_T0,
        rule="tracked-matter",
        new=(
            "MOSCOW, November 10. /Vestnik/. Russia and Japan have agreed to resume "
            "visa-free exchanges starting in 2027, the Russian Foreign Ministry said.",
        ),
        changes=(
            {
                "status_id": "visa-free-exchanges",
                "matter": "Visa-free exchanges between the islands and Japan",
                "old": {
                    "state": "Terminated by the Russian government",
                    "since": "2022-09-05",
                    "source": "NHK World, 2022-09-06",
                    "said_by": "",
                },
                "new": {
                    "state": "resumed: Russia and Japan agree to resume visa-free exchanges",
                    "since": "2026-11-10",
                    "source": "Vestnik",
                    "said_by": "Vestnik",
                },
            },
        ),
        headline_only="the page is behind a paywall",
        via="Google News",
        reason="a tracked status moved",
    ),
)
