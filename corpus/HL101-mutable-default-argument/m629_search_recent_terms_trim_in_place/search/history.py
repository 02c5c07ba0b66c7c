"""Most-recent-first term history, capped at LIMIT entries."""
LIMIT = 20


def remember(history, term):
    """Record term as the newest entry and return the (trimmed) history."""
    if term in history:
        history.remove(term)
    history.append(term)
    if len(history) > LIMIT:
        del history[:-LIMIT]
    return history
