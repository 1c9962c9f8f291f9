"""Articles written inline for decision tests, read the way the pipeline reads a page, and
the judge built from the shipped rules and seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.core.sentence_reading import ClaimReading
from monitor.edges.extract import extract_article
from monitor.files.rulefiles import load_rules
from monitor.files.seedfiles import load_seeds

ROOT = Path(__file__).resolve().parent.parent.parent


def shipped_judge() -> Judge:
    """The shipped rules and seeds."""
    rules = load_rules(ROOT / "rules")
    return Judge.build(rules, load_seeds(ROOT / "seeds", frozenset(rules.entities)))


def html_page(lang: str, title: str, *paragraphs: str) -> bytes:
    """A page with this headline and these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def article(lang: str, title: str, *paragraphs: str, when: dt.datetime) -> Article:
    """A page with this headline and these paragraphs, extracted as the pipeline does."""
    page = html_page(lang, title, *paragraphs)
    url = f"http://news.test/{abs(hash(title))}.html"
    return extract_article(
        FeedItem("test", url, url, "", "", when), url, page, now=dt.datetime.now(dt.UTC)
    )


# a Japanese page's last paragraph, as reports close: pages written for the tests end so
FILLER_JA = "関係者によると、詳しい経緯は明らかになっていない。地元の根室市も情報収集を急いでいる。"


def page(lang: str, title: str, *paragraphs: str, when: dt.datetime) -> Article:
    """`article`, a Japanese page closed by FILLER_JA."""
    if lang == "ja":
        paragraphs = (*paragraphs, FILLER_JA)
    return article(lang, title, *paragraphs, when=when)


def moves(judge: Judge, article_: Article) -> list[tuple[str, str]]:
    """The status moves an assessment makes: (status id, the state reached)."""
    return [(c.status_id, c.new.state.split(":")[0]) for c in judge.assess(article_).changes]


def lead_claim(
    judge: Judge, lang: str, headline: str, sentence: str, closing: str, when: dt.datetime
) -> ClaimReading:
    """How `sentence` reads as the first sentence of a story under `headline` (a plain
    headline that reports nothing), with `closing` after it."""
    return judge.read(page(lang, headline, sentence, closing, when=when)).claims[1]
