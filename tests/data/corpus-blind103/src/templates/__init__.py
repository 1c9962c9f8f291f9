"""One page template per outlet; each module exposes render(article, ctx) -> str."""
