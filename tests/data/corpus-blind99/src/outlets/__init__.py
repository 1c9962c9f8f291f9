"""One page template per outlet. Each module exposes FEED (the feed entry for
labels.yaml) and render(article) -> full HTML document."""
from . import pinewood, windrow, mistral, harbourlight, malakhit, spolokhi, gunjo, gyokko

OUTLETS = {m.FEED["id"]: m for m in
           (pinewood, windrow, mistral, harbourlight, malakhit, spolokhi, gunjo, gyokko)}
