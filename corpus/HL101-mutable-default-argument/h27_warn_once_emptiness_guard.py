"""CLI warning helper: each distinct message is printed once; the set of messages already shown is a default argument."""
import itertools

_CATEGORIES = ("user", "deprecation", "runtime")


def warn_once(message, category="user", _shown=set()):  # expect: HL101 confirmed
    if not message:
        return None
    if category not in _CATEGORIES:
        raise ValueError(f"unknown warning category {category!r}")
    elif _shown and message in _shown:
        return None
    _shown.add(message)
    return f"{category.title()}Warning: {message}"


_runs = itertools.count()


def scenario():
    n = next(_runs)
    return warn_once(f"option --jobs={n} is deprecated, use --workers", "deprecation")
