"""Small helpers for writing article bodies."""
from html import escape


def P(text: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{escape(text, quote=False)}</p>"


def H(text: str, level: int = 2) -> str:
    return f"<h{level}>{escape(text, quote=False)}</h{level}>"


def Q(speaker: str, text: str) -> str:
    """One turn of a transcript."""
    return (f'<p class="turn"><strong class="speaker">{escape(speaker, quote=False)}</strong> '
            f"{escape(text, quote=False)}</p>")


def BQ(text: str) -> str:
    return f"<blockquote><p>{escape(text, quote=False)}</p></blockquote>"


def UL(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i, quote=False)}</li>" for i in items) + "</ul>"
