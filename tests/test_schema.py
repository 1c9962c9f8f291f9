"""The JSON Schemas of the rule and seed files: generated from the loaders' definitions,
committed under docs/schema/ as `kuril-monitor schema` prints them, accepting every
shipped file and refusing what `check` refuses about keys and values."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from support.daemon import ROOT, child_env

from monitor.files import rulefiles, seedfiles
from monitor.files.schema import rules_schema, seeds_schema

SCHEMAS = {"rules": rules_schema, "seeds": seeds_schema}


def _errors(schema: dict[str, Any], data: Any) -> list[str]:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [e.message for e in validator.iter_errors(data)]


def _plain(data: Any) -> Any:
    """A YAML document as an editor's language server sees it: dates are strings."""
    return json.loads(json.dumps(data, default=str))


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
@pytest.mark.system
def test_the_committed_schema_is_what_the_command_prints(kind: str) -> None:
    """docs/schema/KIND.schema.json is byte for byte `kuril-monitor schema KIND`, a valid
    draft 2020-12 schema: regenerate it with that command after changing a loader."""
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "schema", kind],
        capture_output=True,
        text=True,
        timeout=60,
        env={**child_env(None), "PYTHONPATH": str(ROOT)},
        check=False,
        cwd=ROOT / "docs",  # no config here: the command needs none
    )
    assert proc.returncode == 0, proc.stderr
    committed = (ROOT / "docs" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert proc.stdout == committed, f"run: kuril-monitor schema {kind} > docs/schema/..."
    schema = json.loads(committed)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    ("kind", "folder"), [("rules", "rules"), ("seeds", "seeds")], ids=["rules", "seeds"]
)
def test_every_shipped_file_fits_its_schema(kind: str, folder: str) -> None:
    """The rule and seed files in the repository pass their schema."""
    files = sorted((ROOT / folder).glob("*.yaml"))
    assert files
    for path in files:
        data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert _errors(SCHEMAS[kind](), data) == [], path.name


def test_the_schemas_follow_the_loaders_keys() -> None:
    """Each entry's properties and required keys are the ones the loaders check."""
    r = rules_schema()
    assert set(r["properties"]) == set(rulefiles.SECTIONS)
    concept = r["properties"]["concepts"]["additionalProperties"]
    assert set(concept["properties"]) == rulefiles.CONCEPT_KEYS
    rule = r["properties"]["rules"]["items"]
    assert set(rule["properties"]) == rulefiles.RULE_KEYS
    assert rule["properties"]["severity"]["enum"] == list(rulefiles.SEVERITIES)
    entity = r["properties"]["entities"]["items"]
    assert set(entity["properties"]) == rulefiles.ENTITY_KEYS
    s = seeds_schema()["properties"]
    for name, keys in (
        ("sources", seedfiles.SOURCE_KEYS),
        ("facts", seedfiles.FACT_KEYS),
        ("statuses", seedfiles.STATUS_KEYS),
    ):
        entry = s[name]["items"]
        assert (set(entry["properties"]), set(entry["required"])) == keys, name
    history = s["statuses"]["items"]["properties"]["history"]["items"]
    assert (set(history["properties"]), set(history["required"])) == seedfiles.HISTORY_KEYS


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("rules", {"rules": [{"id": "r", "any": ["x"], "within_word": 3}]}, "within_word"),
        ("rules", {"rules": [{"id": "r", "any": ["x"], "severity": "urgent"}]}, "urgent"),
        ("rules", {"rules": [{"id": "r", "none": ["x"]}]}, "is not valid under any"),
        ("rules", {"rules": [{"id": "r", "any": ["x"], "where": ["footer"]}]}, "footer"),
        ("rules", {"concepts": {"c": {"en": ["x"], "maks": True}}}, "maks"),
        ("rules", {"topics": {}}, "topics"),
        (
            "seeds",
            {"facts": [{"id": "f", "kind": "rumour", "summary": "s", "sources": []}]},
            "rumour",
        ),
        ("seeds", {"sources": [{"id": "s"}]}, "'outlet' is a required property"),
        ("seeds", {"sources": [{"id": "s", "outlet": "o", "date": "March"}]}, "is not a 'date'"),
        (
            "seeds",
            {
                "facts": [
                    {"id": "f", "kind": "event", "summary": "s", "sources": [], "event": "party"}
                ]
            },
            "party",
        ),
    ],
)
def test_the_schemas_refuse_what_check_refuses(kind: str, data: Any, message: str) -> None:
    """A misspelt key, a value out of its set, a missing required key or a bad date."""
    errors = _errors(SCHEMAS[kind](), data)
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_each_shipped_file_names_its_schema_for_the_editor(kind: str) -> None:
    """Every shipped rule and seed file opens with the yaml-language-server line that
    points at its schema, as the READMEs tell editors to write."""
    line = f"# yaml-language-server: $schema=../docs/schema/{kind}.schema.json\n"
    for path in sorted((ROOT / kind).glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
        assert first == line, path.name
    assert line.strip() in (ROOT / kind / "README.md").read_text(encoding="utf-8")
