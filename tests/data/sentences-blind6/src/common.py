def it(headline, lead, second, label, move, kind, why):
    m = None
    if move:
        m = {"matter": move[0], "to": move[1]}
    return {"headline": headline, "lead": lead, "second": second, "label": label,
            "move": m, "kind": kind, "why": why}
N, X = "news", "not_news"
