"""Alert templates: Jinja2 templates that lay out an alert's fields as Telegram HTML.

The default forms ship with the package (`monitor/templates/telegram/brief.html` and
`full.html`: part of the program, like its code); a chat may name a file of its own
(`telegram.chats.CHAT.template`), read and checked by `templatefiles`. Every template is
autoescaped (article text is never markup) and strict: a field it names that does not
exist is an error, not an empty string.

This module renders; it must not decide what an alert says (that is `compose`), read a
user's file or send anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import jinja2

# The names a template may use, and the fields of each (README, "Alert templates").
ALERT_FIELDS = frozenset(
    {
        "id",
        "kind",
        "marker",
        "kind_label",
        "headline",
        "url",
        "outlet",
        "via",
        "published",
        "date",
        "new",
        "claims",
        "changes",
        "known",
        "known_all",
        "sources",
        "rules",
        "reason",
        "headline_only",
        "lang",
    }
)
TOP_LEVEL = frozenset({"alert", "labels"})


def _environment(loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    return jinja2.Environment(
        loader=loader,
        autoescape=True,  # Telegram HTML: &, <, > and quotes escaped in every field
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


@lru_cache(maxsize=1)
def _package() -> jinja2.Environment:
    return _environment(jinja2.PackageLoader("monitor", "templates/telegram"))


def default(form: str) -> jinja2.Template:
    """The shipped template of a form: `brief` or `full`."""
    return _package().get_template(f"{form}.html")


def render(template: jinja2.Template, alert: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """The template rendered, its layout tidied: no trailing spaces, at most one blank line
    between blocks (delivery cuts long messages there)."""
    text = template.render(alert=alert, labels=labels)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
