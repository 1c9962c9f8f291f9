"""JSON Schemas (draft 2020-12) of the rule files and the seed files, for editors.

Built from the loaders' own definitions — the keys each entry allows and requires, the
severities, the places a rule looks, the event types, the languages — so that a key the
code learns appears here too (a key without a type below is an error, not a silent gap).
The schemas help an editor complete and check a file as it is typed; `kuril-monitor check`
stays the judge: it also knows which concepts, entities, sources and feeds exist.

`kuril-monitor schema rules|seeds` prints one; `docs/schema/` holds both, kept up to date
by a test. This module only builds data: no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from monitor.core.knowledge import EVENT_TYPES
from monitor.core.models import LANGS
from monitor.core.rules import WHERE
from monitor.files.rulefiles import (
    CONCEPT_KEYS,
    ENTITY_KEYS,
    RULE_CONCEPT_LISTS,
    RULE_KEYS,
    SECTIONS,
    SEVERITIES,
    SIDES,
)
from monitor.files.seedfiles import (
    FACT_KEYS,
    FACT_KINDS,
    HISTORY_KEYS,
    SEED_FILES,
    SOURCE_KEYS,
    STATUS_KEYS,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("rules", "seeds")

_STRING = {"type": "string"}
_BOOL = {"type": "boolean"}
_DATE = {"type": "string", "format": "date", "description": "YYYY-MM-DD"}
_WORDS = {"type": "array", "items": _STRING}
_TERMS = {
    "description": "terms: a word, a stem (Russian), a phrase, =exact or re:regex",
    "oneOf": [_STRING, _WORDS],
}
_CHAT = {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": r"^(@.+|-?[0-9]+)$"}]}


def _one_or_many(item: Mapping[str, Any]) -> dict[str, Any]:
    """One value, or a list of them (the loaders accept both)."""
    return {"oneOf": [item, {"type": "array", "items": item}]}


def _entry(
    keys: Collection[str],
    types: Mapping[str, Any],
    required: Collection[str] = (),
    description: str = "",
) -> dict[str, Any]:
    """An object with exactly `keys`, each typed from `types`."""
    missing = sorted(set(keys) - set(types))
    if missing:
        raise KeyError(f"no schema type for key(s) {', '.join(missing)}")
    out: dict[str, Any] = {"type": "object"}
    if description:
        out["description"] = description
    out["properties"] = {k: types[k] for k in sorted(keys)}
    if required:
        out["required"] = sorted(required)
    out["additionalProperties"] = False
    return out


def rules_schema() -> dict[str, Any]:
    """The schema of one file in rules/."""
    languages: dict[str, Any] = {lang: _TERMS for lang in LANGS}
    concept = _entry(
        CONCEPT_KEYS,
        {
            **languages,
            "description": _STRING,
            "mask": {**_BOOL, "description": "hits of this concept hide others they overlap"},
            "refers_to": {
                **_STRING,
                "description": "a description: its hits count as this concept where the "
                "headline or lead names one of when_named, and as nothing elsewhere",
            },
            "when_named": {
                **_WORDS,
                "description": "concepts that make the description name refers_to",
            },
        },
        description="a named term set in en, ru and ja",
    )
    entity = _entry(
        ENTITY_KEYS,
        {
            **languages,
            "id": {**_STRING, "description": "named @id in rules"},
            "kind": {**_STRING, "description": "place, person, org, thing, matter, …"},
            "generic": _BOOL,
            "anchor": {**_BOOL, "description": "default: true for a place, else false"},
            "off_islands": {
                **_BOOL,
                "description": "a place off the islands: a visit there is no visit to them",
            },
            "side": {
                "enum": list(SIDES),
                "description": "the government a person, body or capital speaks for",
            },
            "regional": {
                **_BOOL,
                "description": "a region's or a town's own official or body: its trips "
                "and works on the islands are the region's administration",
            },
        },
        required=("id",),
    )
    concept_list = {**_one_or_many(_STRING), "description": "concept names (@id: an entity)"}
    rule = _entry(
        RULE_KEYS,
        {
            **{key: concept_list for key in RULE_CONCEPT_LISTS},
            "id": _STRING,
            "severity": {"enum": list(SEVERITIES), "default": "normal"},
            "description": _STRING,
            "where": _one_or_many({"enum": list(WHERE)}),
            "within_words": {"type": "integer", "minimum": 1},
            "feeds": {**_one_or_many(_STRING), "description": "feed ids from the config"},
            "chat_ids": _one_or_many(_CHAT),
        },
        required=("id",),
    )
    rule["anyOf"] = [{"required": [key]} for key in ("all", "any", "sentence")]
    sections = {
        "concepts": {"type": "object", "additionalProperties": concept},
        "rules": {"type": "array", "items": rule},
        "entities": {"type": "array", "items": entity},
    }
    return {
        "$schema": DRAFT,
        "title": "kuril-monitor rule file (rules/*.yaml)",
        **_entry(SECTIONS, sections),
    }


def seeds_schema() -> dict[str, Any]:
    """The schema of seeds/sources.yaml, facts.yaml and statuses.yaml (each holds its own
    list under its own name)."""
    source = _entry(
        SOURCE_KEYS[0],
        {"id": _STRING, "outlet": _STRING, "date": _DATE, "url": _STRING, "title": _STRING},
        SOURCE_KEYS[1],
    )
    fact = _entry(
        FACT_KEYS[0],
        {
            "id": _STRING,
            "date": _DATE,
            "date_precision": {**_STRING, "description": "e.g. year"},
            "kind": {"enum": list(FACT_KINDS)},
            "actors": _WORDS,
            "summary": _STRING,
            "entities": {**_WORDS, "description": "entity ids from rules/"},
            "event": {"enum": list(EVENT_TYPES)},
            "sources": {**_WORDS, "description": "source ids from seeds/sources.yaml"},
        },
        FACT_KEYS[1],
    )
    history = _entry(
        HISTORY_KEYS[0],
        {"state": _STRING, "since": _DATE, "source": _STRING, "said_by": _STRING},
        HISTORY_KEYS[1],
    )
    status = _entry(
        STATUS_KEYS[0],
        {
            "id": _STRING,
            "matter": _STRING,
            "active": _BOOL,
            "ended": _BOOL,
            "held_in_talks": _BOOL,
            "made_of": _WORDS,
            "terms": _entry(LANGS, {lang: _WORDS for lang in LANGS}),
            "history": {"type": "array", "items": history, "minItems": 1},
        },
        STATUS_KEYS[1],
    )
    entries = {"sources": source, "facts": fact, "statuses": status}
    return {
        "$schema": DRAFT,
        "title": "kuril-monitor seed file (seeds/sources.yaml, facts.yaml, statuses.yaml)",
        **_entry(SEED_FILES, {name: {"type": "array", "items": entries[name]} for name in entries}),
    }


def render(kind: str) -> str:
    """The schema of `kind` (rules or seeds) as the JSON text written to docs/schema/."""
    schema = rules_schema() if kind == "rules" else seeds_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
