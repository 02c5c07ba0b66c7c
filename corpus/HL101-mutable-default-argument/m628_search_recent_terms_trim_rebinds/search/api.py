from .history import remember


def search(query, articles, recent=[]):  # expect: HL101 confirmed
    """Rank articles by words shared with query; recently searched words count double."""
    recent = remember(recent, query.lower())
    words = set(query.lower().split())
    boosted = {w for term in recent for w in term.split()}

    def score(title):
        return sum(2 if w in boosted else 1 for w in title.lower().split() if w in words)

    return sorted(articles, key=score, reverse=True)[:3]
