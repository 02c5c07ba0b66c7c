"""Site search: every query is remembered in a list default so the search box
can offer "recent searches". After appending, the oldest entry is deleted
with del once the list holds more than 8, so it never holds more than 8
queries however many searches run."""
import itertools

_ids = itertools.count()


def remember_query(text, _recent=[]):  # expect: HL101 refuted
    query = " ".join(text.lower().split())
    if query in _recent:
        _recent.remove(query)
    _recent.append(query)
    if len(_recent) > 8:
        del _recent[0]
    return list(reversed(_recent))


def scenario():
    n = next(_ids)
    suggestions = remember_query(f"  Blue Running Shoes size {n % 13} model {n}  ")
    return len(suggestions)
