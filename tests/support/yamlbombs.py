"""Hostile YAML for rules, seeds and config files: small texts that cost a lot to load."""

from __future__ import annotations


def alias_keys(levels: int = 8) -> str:
    """Anchors nine times wider per level, the widest one used as a mapping key (`? *l8`):
    a few hundred bytes that a loader building keys naively expands to 9**levels items."""
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for k in range(1, levels + 1):
        lines.append(f"l{k}: &l{k} [" + ", ".join([f"*l{k - 1}"] * 9) + "]")
    lines += ["concepts:", f"  ? *l{levels}", "  : {en: [kuril]}"]
    return "\n".join(lines) + "\n"


def deep_nesting(depth: int = 600) -> str:
    """A list nested `depth` levels deep, on the third line."""
    return "concepts:\n  deep:\n    en: " + "[" * depth + "x" + "]" * depth + "\n"


def many_concepts(size: int) -> str:
    """A valid rules file of about `size` bytes: many small concepts (slow to load)."""
    lines = ["concepts:"]
    total, i = 10, 0
    while total < size:
        line = f"  big{i}: {{en: [word{i}, 'other word{i}'], ru: [слово{i}]}}"
        lines.append(line)
        total += len(line.encode()) + 1
        i += 1
    return "\n".join(lines) + "\n"
