"""Every test file has a tier, so `make test-fast` and the other tiers leave none out."""

from __future__ import annotations

from pathlib import Path

from conftest import TIER_NAMES, TIERS

HERE = Path(__file__).parent


def test_every_test_file_has_a_tier() -> None:
    """Each tests/test_*.py is named in conftest.TIERS; a new file without one fails here."""
    files = {p.name for p in HERE.glob("test_*.py")}
    missing = sorted(files - TIERS.keys())
    assert not missing, f"test files without a tier (add them to TIERS in conftest.py): {missing}"


def test_every_tier_names_a_file_that_exists_and_a_known_tier() -> None:
    """TIERS holds no file that is gone and no tier that is not registered."""
    files = {p.name for p in HERE.glob("test_*.py")}
    assert sorted(TIERS.keys() - files) == []
    assert set(TIERS.values()) <= set(TIER_NAMES)


def test_the_tiers_are_the_markers_pytest_knows() -> None:
    """The tiers are registered as markers in pyproject.toml (pytest runs --strict-markers)."""
    text = (HERE.parent / "pyproject.toml").read_text(encoding="utf-8")
    for tier in TIER_NAMES:
        assert f'"{tier}: ' in text, tier
