"""Per-article cost: trafilatura alone vs the monitor's whole path after the fetch.

On 300+ pages (the evaluation corpus's pages when ../shared/corpus exists, with longer,
heavier and legacy-encoded variants of them, plus generated pages in en/ru/ja of several
lengths) it times, in one run:

(a) `trafilatura.bare_extraction` alone, with the options monitor/edges/extract.py passes;
(b) what the monitor does with a fetched page: `extract.extract_article`, then
    `pipeline.decide` (`Judge.assess` = reading + novelty, `Store.apply` into
    a temporary SQLite file, learning from alerts) and, for alerts,
    `compose.render_alert` of the stored alert.

Targets: (b)/(a) ≤ 1.25, and the decision alone (everything in (b) but
`extract_article`) ≤ 0.25 of (a).

Then (c): the monitor extracts in a worker process (`workpool.WorkPool`). What that adds
per article is a round trip through a warm worker carrying each page's bytes in and an
article as long as its text out (pickling, the socket, the switch between processes), timed
on the wall clock without the extraction itself, beside (a).

    .venv/bin/python benchmarks/bench_article.py              # about 15 s
    .venv/bin/python benchmarks/bench_article.py --profile    # plus a cProfile summary
    .venv/bin/python benchmarks/bench_article.py --limit 100  # fewer pages
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import cProfile
import dataclasses
import datetime as dt
import html
import random
import re
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _support as sup
import trafilatura

from monitor.core import compose
from monitor.core.models import Article, FeedItem
from monitor.core.novelty import Judge
from monitor.edges.extract import extract_article
from monitor.edges.workpool import WorkPool
from monitor.errors import ExtractError
from monitor.files.config import load_config
from monitor.shell.app import open_context
from monitor.stages import pipeline

RATIO_TARGET = 1.25
DECISION_TARGET = 0.25
FALLBACK_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "with_metadata": True,
    "deduplicate": False,
}


def extraction_options() -> dict[str, Any]:
    """The keyword constants monitor/edges/extract.py passes to bare_extraction (read, not
    copied)."""
    tree = ast.parse((sup.ROOT / "monitor" / "edges" / "extract.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "bare_extraction"
        ):
            found = {
                k.arg: k.value.value
                for k in node.keywords
                if k.arg and k.arg != "url" and isinstance(k.value, ast.Constant)
            }
            if found:
                # the first reading favours precision; the recall-minded one runs only on a
                # page where it finds no text (monitor/edges/extract.py)
                found.setdefault("favor_precision", True)
                return found
    return dict(FALLBACK_OPTIONS)


# ----------------------------------------------------------------------------- pages


@dataclasses.dataclass(frozen=True)
class Sample:
    kind: str
    lang: str
    url: str
    body: bytes
    content_type: str

    def text(self) -> str:
        match = re.search(r"charset=([\w\-]+)", self.content_type)
        head = self.body[:2048].decode("ascii", "replace")
        meta = re.search(r"<meta[^>]+charset=[\"']?([\w\-]+)", head, re.IGNORECASE)
        charset = (match and match.group(1)) or (meta and meta.group(1)) or "utf-8"
        return self.body.decode(charset, "replace")


_LANG = re.compile(rb'<html[^>]*\blang="([a-z]{2})', re.IGNORECASE)
_P = re.compile(rb"<p\b[^>]*>(.*?)</p>", re.DOTALL)
HTML_UTF8 = "text/html; charset=utf-8"


def _lang(page: bytes) -> str:
    m = _LANG.search(page[:3000])
    lang = m.group(1).decode().lower() if m else "en"
    return lang if lang in ("en", "ru", "ja") else "en"


def _longer(page: bytes, lang: str, rng: random.Random, words: int) -> bytes:
    """More paragraphs after the page's longest paragraph (the article body's)."""
    paras = list(_P.finditer(page))
    if not paras:
        return page
    longest = max(paras, key=lambda m: len(m.group(1)))
    extra = "".join(f"<p>{html.escape(p)}</p>\n" for p in sup.paragraphs(lang, words, rng))
    return page[: longest.end()] + b"\n" + extra.encode() + page[longest.end() :]


def _heavier(page: bytes, lang: str, rng: random.Random) -> bytes:
    """Much more site chrome: comments, related links, inline script and style."""
    comments = "".join(
        f'<div class="comment"><b>reader{rng.randrange(9999)}</b><p>'
        f"{html.escape(sup.SENTENCE[lang](rng, rng.random() < 0.2))}</p></div>"
        for _ in range(80)
    )
    related = "".join(
        f'<li><a href="/news/{rng.randrange(10**6)}">{html.escape(sup.headline(lang, rng))}'
        "</a></li>"
        for _ in range(40)
    )
    script = "<script>var cfg=" + "{" + ",".join(f'"k{i}":{i}' for i in range(3000)) + "};</script>"
    style = "<style>" + "".join(f".c{i}{{margin:{i % 9}px}}" for i in range(2000)) + "</style>"
    block = (
        f'{style}<section class="comments">{comments}</section>'
        f'<aside class="more"><ul>{related}</ul></aside>{script}'
    ).encode()
    return page.replace(b"</body>", block + b"</body>", 1)


def _legacy(page: bytes, lang: str) -> bytes | None:
    """The page in its language's legacy encoding, declared only in a meta tag."""
    codec = {"ru": "windows-1251", "ja": "shift_jis"}.get(lang)
    if codec is None:
        return None
    text = page.decode("utf-8")
    text = re.sub(r'<meta charset="[^"]*">', f'<meta charset="{codec}">', text, count=1)
    return text.encode(codec, "xmlcharrefreplace")


def build_samples(corpus: Path | None, per_kind: int, seed: int = 11) -> list[Sample]:
    rng = random.Random(seed)
    samples: list[Sample] = []
    n = 0

    def add(kind: str, lang: str, body: bytes, content_type: str = HTML_UTF8) -> None:
        nonlocal n
        n += 1
        url = f"http://news{n % 7}.example/{kind}/{n}.html"
        samples.append(Sample(kind, lang, url, sup.with_url(body, url), content_type))

    for path in sup.corpus_pages(corpus):
        page = path.read_bytes()
        lang = _lang(page)
        add("corpus", lang, page)
        add("corpus+1500w", lang, _longer(page, lang, rng, 1500))
        add("corpus+chrome", lang, _heavier(page, lang, rng))
        legacy = _legacy(page, lang)
        if legacy is not None:
            add("corpus-legacy-charset", lang, legacy, "text/html")
    start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    for lang in ("en", "ru", "ja"):
        for words in (150, 600, 2500):
            for _ in range(per_kind):
                body = sup.page_html(
                    title=sup.headline(lang, rng),
                    body=sup.paragraphs(lang, words, rng),
                    lang=lang,
                    url="http://placeholder.example/",
                    published=start + dt.timedelta(hours=rng.randrange(400)),
                    rng=rng,
                    comments=rng.choice((0, 5, 20)),
                )
                add(f"generated-{lang}-{words}w", lang, body)
    return samples


# ----------------------------------------------------------------------------- timing


class Stages:
    """Seconds per stage per sample kind."""

    def __init__(self) -> None:
        self.t: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.kind = ""
        self.recording = False

    def add(self, stage: str, seconds: float) -> None:
        if self.recording:
            self.t[self.kind][stage] += seconds

    def total(self, stage: str) -> float:
        return sum(v[stage] for v in self.t.values())


STAGES = Stages()


def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = sup.clock()
        try:
            return fn(*args, **kwargs)
        finally:
            STAGES.add(stage, sup.clock() - t0)

    return wrapper


@dataclasses.dataclass(frozen=True)
class TimedJudge(Judge):
    """The monitor's Judge, timing `assess`; keeps itself when the pipeline learns."""

    def assess(self, article: Article, whole: bool = True) -> Any:
        if not whole:  # an item of a page, inside the page's own timed call
            return super().assess(article, whole=False)
        t0 = sup.clock()
        try:
            return super().assess(article)
        finally:
            STAGES.add("assess", sup.clock() - t0)

    def with_knowledge(self, knowledge: Any) -> Judge:
        return dataclasses.replace(self, knowledge=knowledge)


def trafilatura_alone(s: Sample, options: dict[str, Any]) -> None:
    """(a): the page's text (decoded beforehand, untimed) through bare_extraction."""
    text = s.text()
    t0 = sup.clock()
    trafilatura.bare_extraction(text, url=s.url, **options)
    STAGES.add("a_trafilatura", sup.clock() - t0)


def monitor_path(ctx: Any, n: int, s: Sample, now: dt.datetime, decisions: Counter[str]) -> None:
    """(b): what the monitor does with a fetched page: extract, decide, render an alert."""
    clock = sup.clock
    item = FeedItem("bench", f"k{n}", s.url, "", "", None)
    t0 = clock()
    try:
        article = extract_article(
            item, s.url, s.body, s.content_type, "", now=dt.datetime.now(dt.UTC)
        )
    except Exception:  # an ExtractError: the monitor retries, then uses the feed's text
        STAGES.add("extract", clock() - t0)
        decisions["extract_failed"] += 1
        return
    t1 = clock()
    t2 = t1
    if ctx.store.article_by_url(article.url) is None:
        assessment = pipeline.decide(ctx, item, article, now)
        decisions[assessment.decision] += 1
        t2 = clock()
        if assessment.alerts:
            row = ctx.store.article_by_url(article.url)
            view = pipeline.alert_view(ctx.store, int(row["alert_id"])) if row else None
            if view is not None:
                compose.render_alert(view)
    t3 = clock()
    STAGES.add("extract", t1 - t0)
    STAGES.add("decide", t2 - t1)
    STAGES.add("render", t3 - t2)


async def run_pages(
    samples: list[Sample],
    folder: Path,
    options: dict[str, Any] | None,
    profile: cProfile.Profile | None = None,
) -> Counter[str]:
    """Every page through (b) on a real Context; with `options`, through (a) as well,
    before (b) on even pages and after it on odd ones, so both meet the same conditions."""
    config = load_config(sup.write_config(folder, [], folder / "monitor.db"))
    decisions: Counter[str] = Counter()
    async with open_context(config) as ctx:
        fields = {f.name: getattr(ctx.judge, f.name) for f in dataclasses.fields(ctx.judge)}
        ctx.judge = TimedJudge(**fields)
        store = ctx.store
        store.apply = timed("record", store.apply)  # type: ignore[method-assign]
        now = dt.datetime.now(dt.UTC)
        if profile is not None:
            profile.enable()
        for n, s in enumerate(samples):
            STAGES.kind = s.kind
            if options is not None and n % 2 == 0:
                trafilatura_alone(s, options)
            monitor_path(ctx, n, s, now, decisions)
            if options is not None and n % 2 == 1:
                trafilatura_alone(s, options)
        if profile is not None:
            profile.disable()
    return decisions


def echo_article(item: FeedItem, url: str, body: bytes, content_type: str, size: int) -> Article:
    """What the worker pool carries for one page, without the work: the page's bytes in,
    an article as long as the page's text out."""
    del body, content_type  # carried as the real call carries them, not read
    return Article(url, item.feed_id, item.title, "x" * size, "en", ECHO_DATE)


ECHO_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


async def pool_overhead(samples: list[Sample]) -> tuple[float, float, float]:
    """(c): per page, what a call through a warm one-worker pool costs beyond the work
    itself: (median wall ms, mean wall ms, mean CPU ms in this process)."""
    walls: list[float] = []
    cpu = 0.0
    async with WorkPool(1, 120.0, preload=("monitor.edges.extract",)) as pool:
        calls = []
        for n, s in enumerate(samples):
            item = FeedItem("bench", f"k{n}", s.url, "", "", None)
            try:
                size = len(
                    extract_article(
                        item, s.url, s.body, s.content_type, "", now=dt.datetime.now(dt.UTC)
                    ).text
                )
            except ExtractError:
                size = 0
            calls.append((item, s.url, s.body, s.content_type, size))
        for call in calls[:20]:  # a warm worker, as the monitor's are
            await pool.run(echo_article, *call)
        for call in calls:
            w0, c0 = time.perf_counter(), time.thread_time()
            await pool.run(echo_article, *call)
            cpu += time.thread_time() - c0
            walls.append(time.perf_counter() - w0)
    walls.sort()
    return 1e3 * walls[len(walls) // 2], 1e3 * sum(walls) / len(walls), 1e3 * cpu / len(walls)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--corpus", type=Path, help="corpus folder (default ../shared/corpus)")
    p.add_argument("--per-kind", type=int, default=6, help="generated pages per lang×length")
    p.add_argument("--limit", type=int, help="use only this many pages")
    p.add_argument("--profile", action="store_true", help="cProfile summary of path (b)")
    p.add_argument("--clock", choices=["cpu", "wall"], default="cpu")
    args = p.parse_args()
    sup.set_clock(args.clock)
    if args.corpus is None and not sup.corpus_pages():
        args.per_kind = max(args.per_kind, 34)  # no corpus: generated pages only
    samples = build_samples(args.corpus, args.per_kind)
    if args.limit:
        random.Random(1).shuffle(samples)
        samples = samples[: args.limit]
    options = extraction_options()
    kinds = sorted({s.kind for s in samples})
    corpus_n = sum(1 for s in samples if s.kind == "corpus")

    print(f"machine: {sup.machine()}; {args.clock} clock")
    print(
        f"pages: {len(samples)} ({corpus_n} corpus pages and variants of them, the rest "
        f"generated); {sum(len(s.body) for s in samples) / len(samples) / 1024:.0f} KiB average"
    )
    print(f"bare_extraction options (read from monitor/edges/extract.py): {options}")

    with tempfile.TemporaryDirectory() as tmp:
        warm = samples[:: max(1, len(samples) // 12)]
        asyncio.run(run_pages(warm, Path(tmp) / "warm", options))
        STAGES.recording = True
        decisions = asyncio.run(run_pages(samples, Path(tmp) / "run", options))
        STAGES.recording = False
        profile = None
        if args.profile:
            profile = cProfile.Profile()
            asyncio.run(run_pages(samples, Path(tmp) / "profile", None, profile))

    n = len(samples)
    a = STAGES.total("a_trafilatura")
    ext = STAGES.total("extract")
    dec = STAGES.total("decide")
    ren = STAGES.total("render")
    b = ext + dec + ren
    assess = STAGES.total("assess")
    record = STAGES.total("record")
    print(f"decisions: {dict(sorted(decisions.items()))}")
    print("\nper article, mean over all pages:")
    rows = [
        ("(a) trafilatura.bare_extraction", a),
        ("(b) whole path after the fetch", b),
        ("    extract_article", ext),
        ("    decide (all)", dec),
        ("      Judge.assess (reading + novelty)", assess),
        ("      Store.apply", record),
        ("      rest of decide (lookups, learning)", dec - assess - record),
        ("    render_alert (alerts only)", ren),
    ]
    print(sup.table([(name, f"{1e3 * t / n:.2f}") for name, t in rows], ["stage", "ms"]))
    ratio = b / a
    decision = (dec + ren) / a
    print(
        f"\nratio (b)/(a): {ratio:.2f}  target ≤ {RATIO_TARGET}  {sup.verdict(ratio, RATIO_TARGET)}"
    )
    print(
        f"decision cost (decide + render) / (a): {decision:.2f}  target ≤ {DECISION_TARGET}  "
        f"{sup.verdict(decision, DECISION_TARGET)}"
    )
    print(f"extract_article overhead beyond trafilatura: {1e3 * (ext - a) / n:.2f} ms per article")
    median, mean, cpu = asyncio.run(pool_overhead(samples))
    print(
        f"(c) the worker pool per article (page in, article out, no work): {median:.2f} ms "
        f"median round trip ({mean:.2f} ms mean, {median / (1e3 * a / n):.2f} of (a)); "
        f"{cpu:.2f} ms CPU in the monitor's process"
    )
    print("\nby kind of page (ms per article):")
    rows2 = []
    for kind in kinds:
        t = STAGES.t[kind]
        count = sum(1 for s in samples if s.kind == kind)
        bb = t["extract"] + t["decide"] + t["render"]
        rows2.append(
            (kind, count, f"{1e3 * t['a_trafilatura'] / count:.2f}",
             f"{1e3 * t['extract'] / count:.2f}", f"{1e3 * t['assess'] / count:.2f}",
             f"{1e3 * t['record'] / count:.2f}", f"{1e3 * bb / count:.2f}",
             f"{bb / t['a_trafilatura']:.2f}" if t["a_trafilatura"] else "-")
        )  # fmt: skip
    print(
        sup.table(rows2, ["kind", "pages", "(a)", "extract", "assess", "record", "(b)", "(b)/(a)"])
    )
    if profile is not None:
        print("\ncProfile of path (b), top 15 by cumulative time:")
        print(sup.profile_text(profile, "cumulative", 15))
        print("\ntop 15 by own time:")
        print(sup.profile_text(profile, "tottime", 15))


if __name__ == "__main__":
    main()
