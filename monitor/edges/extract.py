"""Article extraction: page bytes → title, body text, language and date, with trafilatura.

An edge: wraps trafilatura and lxml; CPU-bound and synchronous, so callers run it off the
event loop. It must not fetch anything (trafilatura is given bytes, never a URL).
"""

from __future__ import annotations

import codecs
import html
import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import trafilatura

from monitor.core.models import Article, FeedItem, text_codec
from monitor.errors import ExtractError, NoArticleText

_MIN_CHARS = 80
# trafilatura reads about 2,500 elements a second: a page of more is refused, not read for
# minutes (news articles have a few thousand). The judge reads ~100k characters a second.
MAX_ELEMENTS = 25_000
MAX_TEXT = 100_000  # characters of article text kept
_OPEN_TAG = re.compile(rb"<[A-Za-z]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A tag's attributes are read up to its end, the next "<" or 2,000 characters: unbounded,
# each "<meta" of a page that never closes it would scan to the end of the page, and back
# (48 KB of "<meta " took 18 s).
_META_DATE = re.compile(
    r'<meta[^<>]{1,2000}?(?:property|name|itemprop)=["\'](?:article:published_time|'
    r'datePublished|pubdate|og:published_time|date)["\'][^<>]{0,2000}?content=["\']([^"\']+)',
    re.IGNORECASE,
)
# searched in lowercased text; no `\b` before the first word, which would make `re` try
# every alternative at every character instead of jumping to their first letters
_BOILERPLATE = re.compile(
    r"cookies?\b|privacy policy|all rights reserved|subscribe to|sign up for our|"
    r"newsletter|javascript|файлы cookie|cookie-файл|политик[аеи] конфиденциальности|"
    r"все права защищены|подпис[ыа]вайтесь|無断転載|クッキー|利用規約"
)
_CANONICAL = re.compile(
    r"<link[^<>]{1,2000}?rel=[\"']?canonical[\"']?[^<>]{0,2000}?href=[\"']([^\"']+)",
    re.IGNORECASE,
)
_CANONICAL_REV = re.compile(
    r"<link[^<>]{1,2000}?href=[\"']([^\"']{1,2000})[\"'][^<>]{0,2000}?rel=[\"']?canonical",
    re.IGNORECASE,
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_LANG_ATTR = re.compile(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", re.IGNORECASE)


_KANA_KANJI = re.compile("[\u3040-\u30ff\u4e00-\u9fff]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]+")
_LATIN = re.compile("[A-Za-z]+")


def _letters(script: re.Pattern[str], text: str) -> int:
    return sum(map(len, script.findall(text)))


def guess_lang(text: str) -> str:
    """en, ru or ja from the script the text is written in."""
    sample = text[:4000]
    kana_kanji = _letters(_KANA_KANJI, sample)
    cyrillic = _letters(_CYRILLIC, sample)
    if kana_kanji <= 10 and not cyrillic:
        return "en"  # no need to count the Latin letters
    latin = _letters(_LATIN, sample)
    if kana_kanji * 3 >= max(cyrillic, latin) and kana_kanji > 10:
        return "ja"
    if cyrillic > latin:
        return "ru"
    return "en"


def decode(body: bytes, content_type: str = "") -> str:
    """Bytes → text: a BOM, then valid non-ASCII UTF-8 (legacy Cyrillic or Japanese text
    never forms it by chance, so a page declared cp1251 or Shift_JIS that is UTF-8 reads
    right), then the declared charset if it decodes and names a text encoding (never
    punycode, rot13, zlib and the like: see `text_codec`), then a guess."""
    from charset_normalizer import from_bytes

    for bom, codec in _BOMS:
        if body.startswith(bom):
            try:
                return body.decode(codec)
            except UnicodeDecodeError:
                break
    if not body.isascii():
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
    match = re.search(r"charset=([\w\-]+)", content_type or "", re.IGNORECASE)
    head = body[:2048].decode("ascii", "replace")
    meta = re.search(r"<meta[^>]+charset=[\"']?([\w\-]+)", head, re.IGNORECASE)
    for declared in (match and match.group(1), meta and meta.group(1)):
        charset = text_codec(declared) if declared else None
        if charset:
            try:
                return body.decode(charset)
            except UnicodeDecodeError:
                continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(body).best()
        return str(best) if best is not None else body.decode("utf-8", "replace")


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def looks_truncated(text_html: str) -> bool:
    """An HTML document that opened but never closed: the connection was cut short."""
    head = text_html[:4096].lower()
    tail = text_html[-4096:].lower()
    return ("<html" in head or "<body" in head) and "</html" not in tail and "</body" not in tail


def _drop_boilerplate(text: str) -> str:
    """Cookie banners, copyright lines and newsletter pitches are not the article."""
    if _BOILERPLATE.search(text.lower()) is None:
        return text  # most articles: one scan, nothing to drop
    keep = [p for p in text.split("\n") if len(p) >= 400 or not _BOILERPLATE.search(p.lower())]
    return "\n".join(keep)


def extract_article(
    item: FeedItem,
    url: str,
    body: bytes,
    content_type: str = "",
    outlet: str = "",
    *,
    now: datetime,
) -> Article:
    """Extract one article from its page; raise ExtractError when no usable text is found.
    `now` (the caller's clock) dates a page that gives no date of its own."""
    # an element takes at least two bytes ("<p"): a short page cannot hold too many
    elements = len(_OPEN_TAG.findall(body)) if len(body) > 2 * MAX_ELEMENTS else 0
    if elements > MAX_ELEMENTS:
        raise ExtractError(
            f"page too complex to read: {elements} elements (at most {MAX_ELEMENTS})"
        )
    text_html = decode(body, content_type)
    if looks_truncated(text_html):
        raise ExtractError("the page looks truncated (it never closes </html>)")
    result, body_text = _extract(text_html, url, precise=True)
    if len(body_text) < _MIN_CHARS:
        # a page laid out in tables, as older sites are, loses its text to the precise
        # reading; the recall-minded one finds it (and costs nothing on other pages)
        result, body_text = _extract(text_html, url, precise=False)
    no_text = why_no_text(text_html, body_text)
    if no_text:
        settled = no_text.startswith(PAYWALLED)
        raise NoArticleText(no_text, *page_headline(text_html), settled=settled)
    head = text_html[:200_000]  # canonical link, dates: in the head or near it; no second parse
    title = _headline((getattr(result, "title", None) or "").strip(), item.title.strip(), head)
    canonical_m = _CANONICAL.search(head) or _CANONICAL_REV.search(head) or _OG_URL.search(head)
    canonical = canonical_link(canonical_m.group(1), url) if canonical_m else None
    return Article(
        url=url,
        feed_id=item.feed_id,
        title=title or item.title,
        text=body_text,
        lang=_page_lang(title, body_text, text_html),
        published=item.published or _page_date(head, text_html) or now,
        outlet=outlet or page_publisher(head),
        canonical_url=canonical,
    )


# what parts a <title> into the headline and the site's name: "Headline | Site"
_TITLE_PARTS = re.compile(r"\s+[|\-–—:]{1,2}\s+|\s*[｜：]\s*")


def _headline(extracted: str, feed_title: str, head: str) -> str:
    """The article's headline: the one trafilatura read, unless that is the site's name (a
    logo in an <h1>, the part of the <title> after "|" or the og:site_name), where the
    feed's title for the item is the headline."""
    if not extracted or (feed_title and _site_name(extracted, head)):
        return feed_title or extracted
    return extracted


def _site_name(text: str, head: str) -> bool:
    """Does the page give `text` as its site's name, not as a headline?"""
    if text == page_publisher(head).strip():
        return True
    m = _TITLE.search(head)
    if m is None:
        return False
    parts = [p.strip() for p in _TITLE_PARTS.split(" ".join(html.unescape(m.group(1)).split()))]
    # the <title> gives it beside a longer part, the headline
    return len(parts) > 1 and text in parts and any(len(p) > len(text) for p in parts)


def _extract(text_html: str, url: str, *, precise: bool) -> tuple[Any, str]:
    """trafilatura's reading of a page, favouring precision or recall, and its text."""
    try:
        result = trafilatura.bare_extraction(
            text_html,
            url=url,
            favor_precision=precise,
            favor_recall=not precise,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises a variety of lxml/parser errors
        raise ExtractError(f"extraction failed: {type(exc).__name__}: {exc}") from exc
    body_text = "" if result is None else (getattr(result, "text", None) or "").strip()
    return result, _drop_boilerplate(body_text)[:MAX_TEXT]


def _page_date(head: str, text_html: str) -> datetime | None:
    """The page's own date: its meta tag, else its JSON-LD (None: it gives none)."""
    jsonld = _JSONLD_DATE.search(head)
    meta = _META_DATE.search(text_html)
    return _parse_date(meta.group(1) if meta else None) or _parse_date(
        jsonld.group(1) if jsonld else None
    )


def _page_lang(title: str, body_text: str, text_html: str) -> str:
    """The article's language from its words; the page's lang attribute where the words
    say English but the page says Russian or Japanese."""
    lang_attr = _LANG_ATTR.search(text_html[:3000])
    lang = guess_lang(title + "\n" + body_text[:4000])  # all guess_lang reads
    if lang_attr and lang_attr.group(1).lower() in ("en", "ru", "ja") and lang == "en":
        lang = lang_attr.group(1).lower()
    return lang


def _site(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def same_site(a: str, b: str) -> bool:
    """Are two URLs on one site: the same host (bar `www.`), or one a subdomain of the
    other (`m.tass.ru` and `tass.ru`)?"""
    try:
        ha, hb = _site(urlsplit(a).hostname or ""), _site(urlsplit(b).hostname or "")
    except ValueError:
        return False
    if not ha or not hb:
        return False
    return ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha)


def canonical_link(href: str, page_url: str) -> str | None:
    """A page's `<link rel="canonical">`, as far as it can be trusted: resolved against
    the page's URL, http(s) only, on the page's own site, naming a page rather than the
    site's front (`href="/"` is common in CMS templates); its fragment dropped. Anything
    else is None: a canonical link is the page's word about itself, not about others."""
    try:
        link = urljoin(page_url, html.unescape(href).strip())
        parts = urlsplit(link)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if not same_site(link, page_url):
        return None
    if parts.path in ("", "/") and not parts.query:
        return None
    return clean_url(urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, "")))


def article_from_feed(item: FeedItem, fetched_at: datetime, outlet: str = "") -> Article:
    """The fallback when the page cannot be had: the feed's own title and summary."""
    return Article(
        url=item.link,
        feed_id=item.feed_id,
        title=item.title,
        text=item.summary,
        lang=guess_lang(item.title + "\n" + item.summary),
        published=item.published or fetched_at,
        outlet=outlet,
        from_feed_only=True,
    )


# ----------------------------------------------------------------------------- publisher
# The page's own word about who published it. trafilatura's `sitename` is not used: past
# these two tags it guesses, from the <title> or the host of the URL or of the canonical
# link ("127.0.0.1:34189", "asiapacificdesk.com"), and the feed's own names are better
# than a guess (monitor/core/outlets.py).

_OG_SITE = re.compile(
    r"<meta\b[^<>]{0,2000}?(?:property|name)=[\"']og:site_name[\"'][^<>]{0,2000}?content=[\"']([^\"']+)"
    r"|<meta\b[^<>]{0,2000}?content=[\"']([^\"']+)[\"'][^<>]{0,2000}?(?:property|name)=[\"']og:site_name",
    re.IGNORECASE,
)
_JSONLD = re.compile(
    r"<script\b[^>]*type=[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_JSONLD_BLOCKS = 8  # blocks of JSON-LD read at most
_JSONLD_CHARS = 100_000  # characters of one block parsed at most
_NAME_CHARS = 200


def _publisher_in(data: object, depth: int = 0) -> str:
    """The first `publisher` name in a JSON-LD value (an object, a list, an @graph)."""
    if depth > 6:
        return ""
    if isinstance(data, list):
        for value in data[:50]:
            if found := _publisher_in(value, depth + 1):
                return found
        return ""
    if not isinstance(data, dict):
        return ""
    publisher = data.get("publisher")
    if isinstance(publisher, str) and publisher.strip():
        return publisher.strip()
    for candidate in publisher if isinstance(publisher, list) else [publisher]:
        if isinstance(candidate, dict):
            name = candidate.get("name")
            if isinstance(name, str) and name.strip():
                return name.strip()
    return _publisher_in(data.get("@graph"), depth + 1)


def page_publisher(head: str) -> str:
    """Who published a page by its own metadata: `og:site_name`, then JSON-LD `publisher`;
    "" when it says neither."""
    found = ""
    if m := _OG_SITE.search(head):
        found = html.unescape(m.group(1) or m.group(2))
    if not found.strip():
        for n, block in enumerate(_JSONLD.finditer(head)):
            if n >= _JSONLD_BLOCKS:
                break
            try:
                data = json.loads(block.group(1)[:_JSONLD_CHARS])
            except (ValueError, RecursionError):  # hostile nesting too
                continue
            if found := _publisher_in(data):
                break
    return " ".join(found.split())[:_NAME_CHARS]


# ----------------------------------------------------------------------------- no text
# A page read whole that holds no article: the item is decided on its headline at once
# (NoArticleText), not retried like a page that failed to arrive.

_PAYWALL = re.compile(
    r"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?false|"
    r"<meta[^<>]{1,2000}?(?:name|property)=[\"'](?:article:content_tier|content[-_]tier)[\"']"
    r"[^<>]{0,2000}?content=[\"'](?:locked|metered|premium)",
    re.IGNORECASE,
)
PAYWALLED = "the page is behind a paywall"
PAYWALL_TEASER = 1_200  # characters: a page that says it is paid and shows less is a teaser
_SCRIPT = re.compile(r"<script\b", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_META_CONTENT = (
    r"<meta\b[^<>]{{0,2000}}?(?:property|name)=[\"']{0}[\"'][^<>]{{0,2000}}?content=[\"']([^\"']*)"
    r"|<meta\b[^<>]{{0,2000}}?content=[\"']([^\"']*)[\"'][^<>]{{0,2000}}?(?:property|name)=[\"']{0}[\"']"
)
_OG_TITLE = re.compile(_META_CONTENT.format("og:title"), re.IGNORECASE)
_DESCRIPTION = re.compile(_META_CONTENT.format("(?:og:description|description)"), re.IGNORECASE)


def why_no_text(text_html: str, body_text: str) -> str:
    """Why a page read whole gives no article to decide on, or "" when it does."""
    head = text_html[:200_000]
    if len(body_text) < PAYWALL_TEASER and _PAYWALL.search(head):
        return f"{PAYWALLED} (it shows {len(body_text)} characters)"
    if len(body_text) >= _MIN_CHARS:
        return ""
    if (
        len(_SCRIPT.findall(head)) >= 1
        and len(_TAG_TEXT.sub(" ", _DROP_CODE.sub(" ", head)).split()) < 40
    ):
        return "the page is built by scripts: its HTML holds no article text"
    if not body_text:
        return "no article text found on the page"
    return f"article text too short ({len(body_text)} characters)"


_DROP_CODE = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_TEXT = re.compile(r"<[^>]*>")


def page_headline(text_html: str) -> tuple[str, str]:
    """The page's own title (og:title, else <title>) and description, unescaped."""
    head = text_html[:200_000]
    title = ""
    if m := _OG_TITLE.search(head):
        title = m.group(1) or m.group(2) or ""
    if not title.strip() and (m := _TITLE.search(head)):
        title = _TAG_TEXT.sub(" ", m.group(1))
    description = ""
    if m := _DESCRIPTION.search(head):
        description = m.group(1) or m.group(2) or ""
    clean = [" ".join(html.unescape(t).split()) for t in (title, description)]
    return clean[0][:1000], clean[1][:20_000]


# ----------------------------------------------------------------------------- one article
# The same article reached through Google News, a publisher's feed or a newsletter link
# carries different tracking parameters; without them its URL is one URL.

_OG_URL = re.compile(
    r"<meta[^<>]{1,2000}?property=[\"']og:url[\"'][^<>]{0,2000}?content=[\"']([^\"']+)",
    re.IGNORECASE,
)
TRACKING = re.compile(
    r"^(?:utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|yclid|msclkid|twclid|igshid|mc_cid|mc_eid|"
    r"_ga|_gl|ocid|cmpid|at_[a-z_]+|ito|guccounter|guce_referrer(?:_sig)?|"
    r"rss|from_rss|ref_src|smid|sr_share|taid)$",
    re.IGNORECASE,
)


def clean_url(url: str) -> str:
    """A URL without tracking parameters (`utm_*`, `fbclid`, `gclid`, …) or a fragment,
    its scheme and host in lower case and a default port dropped; the rest as it was."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    pairs = [p for p in parts.query.split("&") if p and not TRACKING.match(p.split("=", 1)[0])]
    host = parts.netloc.rpartition("@")[2].lower()
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    if port == default:
        host = host.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", "&".join(pairs), ""))
