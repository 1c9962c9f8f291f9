"""Tests for monitor.core.compose and monitor.core.templating: the brief and full alert, in three
label languages, as Telegram would parse them; datelines, who said it, what was known."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from support.botapi import parse_html
from support.pages import article

from monitor.core import compose, templating
from monitor.core.compose import SAMPLES, AlertView, Style, render_alert, render_digest, undateline
from monitor.core.labels import LABELS
from monitor.edges.splitting import split_html
from monitor.files import templatefiles

GOLDEN = Path(__file__).parent / "data" / "messages"
RULE_IDS = ("kuril-islands-headline", "kuril-islands", "tracked-matter")
DATELINES = ("VLADIVOSTOK", "MOSCOW, November", "/Vestnik/")


def _visible(html: str) -> str:
    text, _ = parse_html(html)
    return text


@pytest.mark.parametrize("form", ["brief", "full"])
@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
@pytest.mark.parametrize("view", SAMPLES, ids=lambda v: v.kind)
def test_golden_messages(form: str, lang: str, view: AlertView) -> None:
    """Each form × label language × kind renders exactly its golden file, which Telegram
    parses (balanced, supported tags, entities) and which fits one message."""
    html = render_alert(view, Style(form=form, lang=lang))  # type: ignore[arg-type]
    golden = GOLDEN / f"{form}-{lang}-{view.kind}.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(html + "\n", encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8").rstrip("\n")
    text, entities = parse_html(html)
    assert entities, "links and bold text are entities"
    assert split_html(html) == [html]
    assert len(text) <= (1000 if form == "brief" else 4096)


@pytest.mark.parametrize("lang", ["en", "ru", "ja"])
@pytest.mark.parametrize("view", SAMPLES, ids=lambda v: v.kind)
def test_brief_message_has_no_rule_id_and_no_dateline(lang: str, view: AlertView) -> None:
    """Rule ids are internal (the full form only) and wire datelines are noise."""
    text = _visible(render_alert(view, Style(lang=lang)))
    for rule in RULE_IDS:
        assert rule not in text
    for dateline in DATELINES:
        assert dateline not in text
    assert "UTC" in text  # the time carries its zone
    full = _visible(render_alert(view, Style(form="full", lang=lang)))
    assert view.rule.split(",")[0] in full


def test_labels_follow_the_chat_language_and_article_text_does_not() -> None:
    """A Russian chat reads Russian labels around the article's own words."""
    view = SAMPLES[0]
    ru = _visible(render_alert(view, Style(lang="ru")))
    assert ru.startswith("🆕 Новое событие: Additional Bastion")
    assert "Уже известно: The first Bastion division" in ru
    ja = _visible(render_alert(SAMPLES[1], Style(lang="ja")))
    assert "→ 再開 (2026-11-10, Russian Foreign Ministry)" in ja
    assert "2022-09-05以降" in ja


def test_status_move_is_one_line_naming_who_said_it() -> None:
    """'Matter: old (since, by) → new (date, by)': the ministry the report names, not the
    outlet, and the move's word, not the whole headline."""
    text = _visible(render_alert(SAMPLES[1]))
    line = next(x for x in text.splitlines() if "→" in x)
    assert line == (
        "Visa-free exchanges between the islands and Japan: Terminated by the Russian "
        "government (since 2022-09-05, NHK World) → resumed (2026-11-10, Russian Foreign "
        "Ministry)"
    )


def test_the_outlet_is_named_when_the_report_names_no_one() -> None:
    """No 'X said' in the claim: the new state is said by the outlet."""
    change = dict(SAMPLES[1].changes[0])
    view = dataclasses.replace(SAMPLES[1], new=("Exchanges will resume in 2027.",))
    view = dataclasses.replace(view, changes=(change,))
    text = _visible(render_alert(view))
    assert "→ resumed (2026-11-10, Vestnik)" in text


def test_a_learned_old_state_is_its_moves_word() -> None:
    """An old state learned from an earlier alert ("resumed: <its headline>") shows as the
    move's word, in the chat's language, not the whole headline."""
    change = dict(SAMPLES[1].changes[0])
    change["old"] = {
        "state": "resumed: Россия возобновила выполнение соглашения 1998 года",
        "since": "2025-04-22",
        "source": "ДальПресс",
        "said_by": "ДальПресс",
    }
    change["new"] = {**change["new"], "state": "halted: Russia suspends the pact again"}
    view = dataclasses.replace(SAMPLES[1], changes=(change,))
    line = next(x for x in _visible(render_alert(view, Style(lang="ru"))).splitlines() if "→" in x)
    assert line.endswith(
        ": возобновлено (с 2025-04-22, ДальПресс) → приостановлено (2026-11-10, "
        "Russian Foreign Ministry)"
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("VLADIVOSTOK, May 14. /TASS/. An additional division", "An additional division"),
        ("ERIMO, Hokkaido, July 9 Nippon Wire - The Kuril", "The Kuril"),
        ("TOKYO, Jan. 5 Kyodo - Japan's imports", "Japan's imports"),
        ("SEOUL, June 3 (Yonhap) -- International", "International"),
        ("MOSCOW (Reuters) - Russia would", "Russia would"),
        ("NAKASHIBETSU, Hokkaido -- Clutching", "Clutching"),
        ("YUZHNO-KURILSK, March 3. Russia's Eastern", "Russia's Eastern"),
        ("МОСКВА, 14 мая. /ТАСС/. Россия и Япония", "Россия и Япония"),
        ("МОСКВА, 14 мая — РИА Новости. Россия", "Россия"),
        ("【モスクワ共同】ロシア外務省は", "ロシア外務省は"),
        ("Russia and Japan - a long story.", "Russia and Japan - a long story."),
        ("NATO expands - again", "NATO expands - again"),
    ],
)
def test_undateline(sentence: str, plain: str) -> None:
    """Wire datelines and agency tags of every shape the corpora use go; prose stays."""
    assert undateline(sentence) == plain


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The status was restored, the Russian Foreign Ministry said on Tuesday.",
            "Russian Foreign Ministry",
        ),
        (
            "It took up duty, according to the Pacific Fleet press service.",
            "Pacific Fleet press service",
        ),
        ("Обмены возобновятся, сообщили в МИД России.", "МИД России"),
        (
            "Как сообщили в администрации Северо-Курильского района, рейсы возобновятся.",
            "администрации Северо-Курильского района",
        ),
        ("Как заявили в ведомстве, рейсы возобновятся.", ""),
        ("Ранее сообщил губернатор, что рейсы возобновятся.", ""),
        ("外務省は10日、交流の再開を発表した。", "外務省"),
        ("МИД России сообщил о возобновлении выполнения соглашения.", "МИД России"),
        ("乗組員が解放された。外務省などによると、罰金が科された。", "外務省"),
        ("Exchanges will resume, he said.", ""),
        ("Exchanges will resume in 2027.", ""),
    ],
)
def test_said_by(sentence: str, who: str) -> None:
    """The ministry or official a report names as the one who said it."""
    assert compose.said_by(sentence) == who


def _known(*known: str, matters: frozenset[str] = frozenset(), title: str = "") -> list[str]:
    view = dataclasses.replace(
        SAMPLES[0], title=title or SAMPLES[0].title, known=known, matters=matters
    )
    return compose.alert_fields(view)["known"]


def test_already_known_is_about_the_same_things_complete_and_at_most_two() -> None:
    """A known line naming the same things is kept; an unrelated tracked state is not; a
    state of a matter the headline names is, in any language; a long line is left out
    whole, never cut; never more than two."""
    matter = "Peace treaty negotiations between Russia and Japan"
    peace = f"{matter}: Halted by Russia (since 2022-03-21, Sputnik, 2022-03-21)"
    bastion = "The first Bastion division was put on combat duty on Matua in December 2021."
    assert _known(peace, bastion) == [bastion]
    assert _known(peace, matters=frozenset({matter})) == [
        f"{matter}: Halted by Russia (since 2022-03-21, Sputnik)"
    ]
    long_line = "Bastion " + "very " * 60 + "long."
    assert _known(long_line) == []
    assert len(_known(bastion, bastion + " Again", "Matua garrison grew.", "On Matua, more.")) == 2
    undone = "Alert #4 of 2026-03-10, now undone: 知事とロシア総領事が会談"
    assert _known(undone, title="Генконсульство приостановило канал связи") == [undone]


def test_an_alert_in_another_time_zone_shows_its_zone() -> None:
    """A chat in Tokyo reads Tokyo time, named."""
    text = _visible(render_alert(SAMPLES[0], Style(tz=ZoneInfo("Asia/Tokyo"))))
    assert "2026-11-10 18:30 JST" in text


def test_article_text_is_escaped_by_the_template() -> None:
    """Markup in a headline or claim is text, never a tag."""
    view = dataclasses.replace(SAMPLES[0], title="<b>x</b> & <script>", new=("a < b & c > d",))
    html = render_alert(view)
    text, _ = parse_html(html)
    assert "<b>x</b> & <script>" in text
    assert "a < b & c > d" in text


def test_a_retracted_alert_opens_with_its_correction() -> None:
    """The correction line first, the brief alert below it."""
    at = dt.datetime(2026, 11, 11, 8, 0, tzinfo=dt.UTC)
    view = dataclasses.replace(SAMPLES[0], retracted_at=at, retraction="denied")
    text = _visible(render_alert(view, Style(lang="ru")))
    assert text.startswith("⚠️ Отозвано 2026-11-11 08:00 UTC: denied\n\n🆕 ")


# ----------------------------------------------------------------------------- templates


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.html"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_chats_own_template_renders_and_is_escaped(tmp_path: Path) -> None:
    """A custom template sees `alert` and `labels`, and its output is autoescaped."""
    path = _write(
        tmp_path,
        "{{ alert.marker }} <b>{{ alert.headline }}</b>\n"
        '{% for s in alert.sources %}<a href="{{ s.url }}">{{ s.outlet }}</a> {% endfor %}\n',
    )
    assert templatefiles.check(path) == []
    view = dataclasses.replace(SAMPLES[0], title="A & B <c>")
    html = render_alert(view, Style(template=templatefiles.load(path)))
    assert html.startswith("🆕 <b>A &amp; B &lt;c&gt;</b>\n<a href=")
    parse_html(html)


@pytest.mark.parametrize(
    ("body", "where", "message"),
    [
        ("line one\n{{ alert.headlin }}\n", ":2:10:", "unknown field alert.headlin"),
        ("{{ labels.nope }}\n", ":1:11:", "unknown field labels.nope"),
        ("ok\n  {{ article.title }}\n", ":2:6:", "unknown name 'article'"),
        ("ok\n\n  {% if alert.new %}\n", ":3:3:", "template syntax:"),
        ("<div>{{ alert.headline }}</div>\n", ":1:1:", "<div> is not a tag Telegram accepts"),
        ("{{ alert.changes[0].old.nope }}\n", ":1:1:", "rendering a sample alert"),
    ],
)
def test_check_names_each_template_problem_with_its_place(
    tmp_path: Path, body: str, where: str, message: str
) -> None:
    """Syntax, unknown names and fields, tags Telegram refuses and errors while rendering
    the sample alerts are each one `file:line:column: message`."""
    path = _write(tmp_path, body)
    problems = [str(p) for p in templatefiles.check(path)]
    assert problems, body
    assert problems[0].startswith(f"{path}{where}"), problems
    assert message in problems[0]


def test_the_default_templates_pass_check() -> None:
    """The shipped templates are files that `check` accepts."""
    folder = Path(templating.__file__).parents[1] / "templates" / "telegram"
    for name in ("brief.html", "full.html"):
        assert templatefiles.check(folder / name) == []


def test_every_label_language_has_every_label() -> None:
    """A template may use any label in any language."""
    for lang in LABELS:
        assert LABELS[lang].keys() == LABELS["en"].keys()


@pytest.mark.parametrize(
    ("count", "heading"),
    [
        (2, "2 новых оповещения"),
        (5, "5 новых оповещений"),
        (21, "21 новое оповещение"),
        (12, "12 новых оповещений"),
    ],
)
def test_a_russian_digest_heading_agrees_with_its_number(count: int, heading: str) -> None:
    """Russian nouns take three forms after a number: the heading uses the right one."""
    views = [SAMPLES[i % len(SAMPLES)] for i in range(count)]
    assert heading in _visible(render_digest(views, Style(lang="ru")))


def test_cut_keeps_whole_words_and_link_escapes() -> None:
    """`cut` (alerts and the bot's replies) folds whitespace and cuts at a word with an
    ellipsis; `link` escapes its URL and label."""
    assert compose.cut("Kuril  talks\nresume", 40) == "Kuril talks resume"
    assert compose.cut("Kuril talks resume in Moscow", 16) == "Kuril talks…"
    assert len(compose.cut("x" * 50, 10)) == 10
    assert compose.link("https://a.example/?q=1&r=<2>", 'say "hi"') == (
        '<a href="https://a.example/?q=1&amp;r=&lt;2&gt;">say &quot;hi&quot;</a>'
    )


# ----------------------------------------------------------------------------- the lead's detail


def _what_is_new(judge: object, title: str, *paragraphs: str) -> tuple[object, str]:
    page = article("en", title, *paragraphs, when=dt.datetime(2026, 5, 12, 6, tzinfo=dt.UTC))
    assessment = judge.assess(page)  # type: ignore[attr-defined]
    claims = [undateline(c.text) for c in assessment.new_claims]
    return assessment, compose.what_is_new(claims, title)


def test_what_is_new_goes_on_with_the_leads_next_sentence(judge: object) -> None:
    """A lead that reports the event in one sentence and says what it is in the next (what
    the new pier serves): the alert gives both, and the second teaches no fact."""
    assessment, new = _what_is_new(
        judge,
        "New pier commissioned on Shikotan",
        "A new deep-water pier has been commissioned at Krabozavodskoye on Shikotan, the "
        "regional government said on Tuesday. The pier will serve as a supply point for "
        "Pacific Fleet warships, the fleet's command said.",
        "Construction began two years ago. Japan has not commented.",
    )
    assert assessment.alerts  # type: ignore[attr-defined]
    assert "Pacific Fleet warships" in new
    detail = assessment.new_claims[-1]  # type: ignore[attr-defined]
    assert detail.kind == "other"
    assert not detail.entities
    assert detail.event is None


def test_what_is_new_leaves_out_a_next_sentence_of_background(judge: object) -> None:
    assessment, new = _what_is_new(
        judge,
        "New pier commissioned on Shikotan",
        "A new deep-water pier has been commissioned at Krabozavodskoye on Shikotan, the "
        "regional government said on Tuesday. Work on the bay's old pier had stopped in "
        "2019 for lack of money.",
        "Japan has not commented on the project so far, officials in Tokyo said.",
    )
    assert assessment.alerts  # type: ignore[attr-defined]
    assert "2019" not in new
