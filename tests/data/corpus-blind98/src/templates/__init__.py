"""One page template per outlet. Each module exposes render(article) -> str."""
