from .history import remember


def suggest(prefix, typed):
    """Completions for prefix from a session's typed terms (fresh history each time)."""
    history = []
    for term in typed:
        history = remember(history, term)
    return [t for t in reversed(history) if t.startswith(prefix)]
