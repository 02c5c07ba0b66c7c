"""CLI warning helper: each distinct message is printed once, and after a fixed number of distinct warnings the rest are suppressed."""
import itertools

_CATEGORIES = ("user", "deprecation", "runtime")
_MAX_SHOWN = 20


def warn_once(message, category="user", _shown=set()):  # expect: HL101 refuted
    if not message:
        return None
    if category not in _CATEGORIES:
        raise ValueError(f"unknown warning category {category!r}")
    elif len(_shown) >= _MAX_SHOWN or message in _shown:
        return None
    _shown.add(message)
    return f"{category.title()}Warning: {message}"


_runs = itertools.count()


def scenario():
    n = next(_runs)
    return warn_once(f"option --jobs={n} is deprecated, use --workers", "deprecation")
