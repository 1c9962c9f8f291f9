"""Parse feed documents (RSS, Atom, RDF) into `FeedItem`s with feedparser.

Pure: bytes in, items out; a document that is not a usable feed is a FetchError. Bounded
before feedparser sees it: no DTDs, at most MAX_ITEMS entries, MAX_ELEMENTS elements
nested at most MAX_DEPTH deep, and titles and summaries cut to MAX_TITLE and MAX_SUMMARY.
"""

from __future__ import annotations

import calendar
import codecs
import html
import io
import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from monitor.core.models import FeedItem, text_codec
from monitor.errors import FetchError

MAX_ITEMS = 1000
MAX_ELEMENTS = 100_000  # elements of a feed's document, once cut to MAX_ITEMS entries
MAX_DEPTH = 256  # how deep they may nest (real feeds: a dozen, XHTML content included)
MAX_TITLE = 1_000  # characters kept of an item's title
MAX_SUMMARY = 20_000  # and of its summary: the fallback text when the page cannot be had


_XML_DECL = re.compile(r"<\?.*?\?>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PROLOG_PEEK = 65_536


def _prolog_text(body: bytes) -> str:
    """The start of a document as text, decoded just enough to read its markup."""
    head = body[:_PROLOG_PEEK]
    for bom, codec in (
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00<", "utf-16-be"),
        (b"<\x00", "utf-16-le"),
        (b"\x4c\x6f\xa7\x94", "cp037"),  # "<?xm" in EBCDIC
    ):
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    # Every ASCII-compatible encoding keeps "<!DOCTYPE" as these bytes.
    return head.decode("latin-1")


# A DOCTYPE that only names the document type and its external DTD (RSS 0.91's Netscape
# DTD) declares nothing: no internal subset, so no entities. The external DTD is never read.
_PLAIN_DOCTYPE = re.compile(
    r"""<!DOCTYPE\s+[A-Za-z_][\w:.\-]*"""
    r"""(?:\s+(?:PUBLIC\s+(?:"[^"]*"|'[^']*')(?:\s+(?:"[^"]*"|'[^']*'))?"""
    r"""|SYSTEM\s+(?:"[^"]*"|'[^']*')))?\s*>""",
    re.I,
)


def _refuse_dtd(body: bytes) -> None:
    """Refuse an ENTITY declaration, or a DOCTYPE with an internal subset, before the root
    element (entity attacks); a prolog too long to read in full is refused too, since what
    it hides past the window could be either."""
    text = _prolog_text(body).lstrip("\ufeff\ufffe \t\r\n")
    cut = len(body) > _PROLOG_PEEK  # the text read is only the start of the document
    too_long = FetchError(
        f"refused: the document's prolog (before its root element) is longer than "
        f"{_PROLOG_PEEK // 1024} KB"
    )
    pos = 0
    doctypes = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            if cut:
                raise too_long
            return
        if text.startswith("<?", pos) or text.startswith("<!--", pos):
            m = (_XML_DECL if text[pos + 1] == "?" else _COMMENT).match(text, pos)
            if not m:
                if cut:
                    raise too_long
                return
            pos = m.end()
        elif text[pos : pos + 2] == "<!":
            word = text[pos + 2 : pos + 9].upper()
            if not word.startswith(("DOCTYPE", "ENTITY")):
                return
            m = _PLAIN_DOCTYPE.match(text, pos) if word.startswith("DOCTYPE") else None
            if m is None or doctypes:
                if m is None and cut and ">" not in text[pos:]:
                    raise too_long
                what = "DOCTYPE with declarations" if word.startswith("DOCTYPE") else "ENTITY"
                raise FetchError(f"refused: the document declares a {what}")
            doctypes += 1
            pos = m.end()
        else:
            return


_DROP = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|"
    r"footer|figure|figcaption|hr|pre|dd|dt|dl)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<![^>]*>|<\?[^>]*>")
_SPACE = re.compile(r"\s+")


def _plain(value: str, kind: str) -> str:
    """Text from a feed field: HTML stripped and unescaped, whitespace collapsed."""
    if "html" in kind:
        value = _COMMENT.sub(" ", value)
        value = _DROP.sub(" ", value)
        value = _BLOCK_TAG.sub(" ", value)
        value = _TAG.sub("", value)
        value = html.unescape(value)
    return _SPACE.sub(" ", value).strip()


# Mislabelled but readable documents: an empty feed with only these is still a feed.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _get(entry: Any, name: str) -> Any:
    # Plain dict lookup: FeedParserDict.get maps some missing keys to others, with a
    # DeprecationWarning (updated_parsed -> published_parsed).
    return dict.get(entry, name) if isinstance(entry, dict) else None


def _field(entry: Any, name: str, limit: int) -> str:
    value = _get(entry, name)
    if not isinstance(value, str):
        return ""
    detail = _get(entry, f"{name}_detail")
    kind = detail.get("type") if isinstance(detail, dict) else None
    # markup can be many times the text it holds: cut the raw value generously first
    text = _plain(value[: limit * 20], kind if isinstance(kind, str) else "text/html")
    return text[:limit]


_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.\-]*:)?(?:item|entry)\s*>", re.I)


def _cap_entries(body: bytes, limit: int = MAX_ITEMS) -> bytes:
    """The document with at most `limit` entries: the rest are cut out before parsing.

    feedparser needs seconds and hundreds of MB for 100,000 entries, and only the first
    MAX_ITEMS are kept anyway. What follows the last entry (the closing tags) is kept.
    """
    ends = _ENTRY_END.finditer(body)
    cut = next((m.end() for n, m in enumerate(ends, 1) if n == limit), None)
    if cut is None:
        return body
    last = cut
    for m in ends:
        last = m.end()
    return body[:cut] + body[last:]


_TAG_AT = re.compile(rb"<(/?)[A-Za-z_][^<>]*>")


def _refuse_oversized(body: bytes) -> None:
    """Refuse a document of more than MAX_ELEMENTS elements, or nested deeper than
    MAX_DEPTH, before feedparser reads it (about 25,000 elements a second, and more slowly
    the deeper they nest: 1.5 million nested elements took minutes and 590 MB). Text in
    CDATA sections and comments is not counted; one pass, each byte looked at once."""
    depth = elements = 0
    pos = body.find(b"<")
    while pos >= 0:
        for opener, closer in ((b"<![CDATA[", b"]]>"), (b"<!--", b"-->")):
            if body.startswith(opener, pos):
                end = body.find(closer, pos + len(opener))
                if end < 0:
                    return
                pos = body.find(b"<", end + len(closer))
                break
        else:
            m = _TAG_AT.match(body, pos)
            if m is None:
                pos = body.find(b"<", pos + 1)
                continue
            if m.group(1):
                depth -= 1
            else:
                elements += 1
                depth += 0 if m.group().endswith(b"/>") else 1
                if elements > MAX_ELEMENTS:
                    raise FetchError(f"refused: more than {MAX_ELEMENTS} elements")
                if depth > MAX_DEPTH:
                    raise FetchError(f"refused: elements nested more than {MAX_DEPTH} deep")
            pos = body.find(b"<", m.end())


def _published(entry: Any) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        parsed = _get(entry, name)
        if isinstance(parsed, time.struct_time | tuple):
            try:
                return datetime.fromtimestamp(calendar.timegm(tuple(parsed)), UTC)
            except (ValueError, OverflowError, OSError, TypeError):
                continue
    return None


def _link(entry: Any, base: str) -> str | None:
    raw = _get(entry, "link")
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        link = urljoin(base, raw.strip())
        scheme = urlsplit(link).scheme.lower()
    except ValueError:
        return None
    return link if scheme in ("http", "https") else None


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
    (b"\xef\xbb\xbf", "utf-8"),
)


def _bom_wins(body: bytes, content_type: str) -> str:
    """The content type with the charset a byte order mark says, when the body has one.

    A BOM is the document's own word and wins over the header: without a charset,
    `text/xml` means US-ASCII (RFC 3023), which would make a UTF-16 feed unreadable.
    """
    codec = next((c for bom, c in _BOMS if body.startswith(bom)), None)
    if codec is None:
        return content_type
    mime = content_type.split(";", 1)[0].strip() or "application/xml"
    return f"{mime}; charset={codec}"


def _text_charset_header(content_type: str) -> str:
    """The content type without a charset parameter that names no text encoding."""
    kept = [
        part
        for n, part in enumerate(content_type.split(";"))
        if n == 0
        or part.partition("=")[0].strip().lower() != "charset"
        or text_codec(part.partition("=")[2].strip().strip("\"'"))
    ]
    return ";".join(kept)


# feedparser's own test for the declared encoding (at the very start, after a BOM)
_XML_ENCODING = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")
_PROLOG_ENCODING = re.compile(r"^<\?.*encoding=['\"](.*?)['\"].*\?>")


def _text_charset_declared(body: bytes) -> bytes:
    """The document with an XML declaration's encoding emptied when it names no text
    encoding (`encoding="punycode"`): feedparser then reads it as if none was declared."""
    start = 3 if body.startswith(codecs.BOM_UTF8) else 0
    m = _XML_ENCODING.match(body, start)
    if m is not None:
        label = m.group(1).decode("latin-1")
        return body if text_codec(label) else body[: m.start(1)] + body[m.end(1) :]
    # a UTF-16 or UTF-32 document: feedparser reads its declaration after decoding
    head = _prolog_text(body[:1024]).lstrip("\ufeff")
    declared = _PROLOG_ENCODING.match(head)
    if declared is not None and not text_codec(declared.group(1)):
        raise FetchError(f"refused: the feed declares {declared.group(1)!r}, not a text encoding")
    return body


def parse_feed(
    feed_id: str, body: bytes, url: str, content_type: str | None = None
) -> tuple[FeedItem, ...]:
    """Parse an RSS, Atom or RDF document into items; FetchError when it is not a feed."""
    _refuse_dtd(body)
    body = _cap_entries(body)
    _refuse_oversized(body)
    body = _text_charset_declared(body)
    # No content-location: feedparser would then resolve Atom ids, which are keys, not
    # links. Links are resolved here instead, against the URL the feed came from.
    headers = (
        {"content-type": _text_charset_header(_bom_wins(body, content_type))}
        if content_type
        else None
    )
    # A BytesIO, never bytes: feedparser opens bytes that look like a path as a local file.
    try:
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except (UnicodeError, LookupError, ValueError) as exc:
        # feedparser's encoding detection trips over mangled XML declarations.
        raise FetchError(f"not a feed: unreadable document ({exc})") from exc
    entries = parsed.get("entries") or []
    if not entries:
        if not parsed.get("version"):
            reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
            raise FetchError(f"not a feed: {reason or 'no RSS, Atom or RDF document found'}")
        if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _BENIGN):
            raise FetchError(f"not a usable feed: {parsed.get('bozo_exception')}")
    items: list[FeedItem] = []
    keys: set[str] = set()
    channel = _channel_title(parsed)
    for entry in entries:
        link = _link(entry, url)
        if link is None:
            continue
        guid = _get(entry, "id")
        key = guid.strip() if isinstance(guid, str) and guid.strip() else link
        if key in keys:
            continue
        keys.add(key)
        items.append(
            FeedItem(
                feed_id=feed_id,
                key=key,
                link=link,
                title=_field(entry, "title", MAX_TITLE),
                summary=_field(entry, "summary", MAX_SUMMARY),
                published=_published(entry),
                channel=channel,
                **_source(entry, url),
            )
        )
        if len(items) >= MAX_ITEMS:
            break
    return tuple(items)


# ----------------------------------------------------------------------------- outlet names
# What a feed says about who published its items: the channel's own title, and an item's
# `<source url="…">Outlet</source>` (RSS 2.0; every Google News item has one).

MAX_NAME = 200  # characters kept of an outlet's name


def _channel_title(parsed: Any) -> str:
    feed = parsed.get("feed")
    title = _get(feed, "title")
    return _plain(title, "text/plain")[:MAX_NAME] if isinstance(title, str) else ""


def _source(entry: Any, base: str) -> dict[str, str]:
    """The item's `<source>`: the outlet's name and its site (http(s) only), or nothing."""
    source = _get(entry, "source")
    if not isinstance(source, dict):
        return {}
    title, href = source.get("title"), source.get("href")
    name = _plain(title, "text/plain")[:MAX_NAME] if isinstance(title, str) else ""
    site = ""
    if isinstance(href, str) and href.strip():
        try:
            site = urljoin(base, href.strip())
            if urlsplit(site).scheme.lower() not in ("http", "https"):
                site = ""
        except ValueError:
            site = ""
    return {"source": name, "source_url": site[:2000]} if name or site else {}
