"""Site search: every query is remembered in a list default so the search box
can offer "recent searches". After appending, the oldest entry is deleted
with del once the list holds more than 10**6 queries, a cap that a process
serving distinct queries takes a very long time to reach, so the list keeps
every query until then."""
import itertools

_ids = itertools.count()


def remember_query(text, _recent=[]):  # expect: HL101 confirmed
    query = " ".join(text.lower().split())
    if query in _recent:
        _recent.remove(query)
    _recent.append(query)
    if len(_recent) > 10**6:
        del _recent[0]
    return _recent[-8:][::-1]


def scenario():
    n = next(_ids)
    suggestions = remember_query(f"  Blue Running Shoes size {n % 13} model {n}  ")
    return len(suggestions)
