"""`kuril-monitor config show`: the effective configuration, and where each value came from.

Prints YAML that is itself a valid config file: every value the monitor will use, each
followed by a comment naming its source — `default`, the config file and line, or the
environment variable that replaced it. Secrets are never shown: passwords in URLs are
masked, and the tokens that come from the environment only (the bot's, the web page's)
are listed in comments as set or not set.

A shell module: it reads the config file and the environment, and prints; it decides
nothing and opens no database.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

from monitor.files.config import ENV_SETTINGS, TOKEN_ENV, Config, load_config
from monitor.files.yamlfile import PathKey, YamlDoc, load_yaml

WEB_TOKEN_ENV = "KURIL_WEB_TOKEN"  # monitor.web.site reads it; named here to keep web out
MASK = "***"


def mask_url(value: str) -> str:
    """A URL with the password of its user part replaced by `***` (others unchanged)."""
    try:
        parts = urlsplit(value)
        password = parts.password
    except ValueError:
        return value
    if not password:
        return value
    user, _, host = parts.netloc.rpartition("@")
    name = user.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{name}:{MASK}@{host}"))


def _masked(value: Any) -> Any:
    if isinstance(value, str) and "://" in value:
        return mask_url(value)
    return value


def _scalar(value: Any) -> str:
    """One value in YAML flow style, on one line."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6)
    return text.removesuffix("\n").removesuffix("\n...").strip()


class _Sources:
    """Where each key path's value came from."""

    def __init__(
        self,
        doc: YamlDoc,
        env: Mapping[str, str],
        feeds: YamlDoc | None = None,
        own_feeds: int = 0,
    ) -> None:
        self._doc = doc
        self._env = {path: name for name, path in ENV_SETTINGS.items() if env.get(name, "").strip()}
        self._feeds = feeds  # the feeds file, whose entries follow the config's `own_feeds`
        self._own_feeds = own_feeds

    def of(self, path: PathKey) -> str:
        for size in range(len(path), 0, -1):
            name = self._env.get(tuple(str(p) for p in path[:size]))
            if name is not None and all(isinstance(p, str) for p in path[:size]):
                return f"${name}"
        if (
            self._feeds is not None
            and path[:1] == ("feeds",)
            and len(path) > 1
            and isinstance(path[1], int)
            and path[1] >= self._own_feeds
        ):
            there = ("feeds", path[1] - self._own_feeds, *path[2:])
            if there in self._feeds.marks:
                return f"{self._feeds.file}:{self._feeds.marks[there][0]}"
            return "default"
        if path in self._doc.marks:
            return f"{self._doc.file}:{self._doc.marks[path][0]}"
        return "default"


def _lines(value: Any, path: PathKey, indent: str, sources: _Sources) -> list[str]:
    """The YAML lines of one mapping's items, each leaf with its source."""
    out: list[str] = []
    for name, item in value.items():
        here = (*path, name)
        key = _scalar(name)  # a chat id such as "@kuril_news" is quoted: @ starts no plain key
        if isinstance(item, dict) and item:  # an empty mapping is a value: `chats: {}`
            out.append(f"{indent}{key}:")
            out += _lines(item, here, indent + "  ", sources)
        elif isinstance(item, list) and item and all(isinstance(i, dict) for i in item):
            out.append(f"{indent}{key}:")
            for n, entry in enumerate(item):
                inner = _lines(entry, (*here, n), indent + "    ", sources)
                out += [f"{indent}  - {inner[0].lstrip()}", *inner[1:]]
        else:
            shown = [_masked(i) for i in item] if isinstance(item, list) else _masked(item)
            out.append(f"{indent}{key}: {_scalar(shown)}  # {sources.of(here)}")
    return out


def render(
    config: Config, doc: YamlDoc, env: Mapping[str, str], feeds: YamlDoc | None = None
) -> str:
    """The effective config as commented YAML (see the module's docstring); `feeds`, the
    feeds file, names where the feeds it adds come from."""
    data = config.model_dump(mode="json")
    own = len(config.feeds) - len(config.feeds_from_file)
    lines = [
        f"# effective configuration read from {doc.file}"
        + (f" and {feeds.file}" if feeds is not None else ""),
        *_lines(data, (), "", _Sources(doc, env, feeds, own)),
    ]
    lines.append("# secrets, from the environment only:")
    for name in (TOKEN_ENV, WEB_TOKEN_ENV):
        lines.append(f"#   {name}: {MASK + ' (set)' if env.get(name) else 'not set'}")
    return "\n".join(lines) + "\n"


def show(path: Path) -> str:
    """Read `path` (raising ConfigError when it is invalid) and render it."""
    config = load_config(path)
    shown = str(path.parent / config.feeds_file)  # as the config names it, beside it
    feeds = load_yaml(config.feeds_path, display=shown) if config.feeds_from_file else None
    return render(config, load_yaml(path), os.environ, feeds)
