"""State machine that splits a small SQL query into clauses. Each step
looks the (state, word) transition up in a defaultdict-of-dicts default
with setdefault, so a pair is computed once. Column names, table names
and literals are memo keys too, and they differ from query to query."""
import collections
import itertools

_ids = itertools.count()
KEYWORDS = {"SELECT": "columns", "FROM": "source", "WHERE": "filter", "ORDER": "order"}


def _transition(state, word):
    return KEYWORDS.get(word.upper(), state)


def step(state, word, _memo=collections.defaultdict(dict)):  # expect: HL101 confirmed
    return _memo[state].setdefault(word, _transition(state, word))


def split_clauses(query):
    clauses, state = collections.defaultdict(list), "start"
    for word in query.replace(",", " ").split():
        new = step(state, word)
        if new != state:
            state = new
            continue
        clauses[state].append(word)
    return dict(clauses)


def scenario():
    n = next(_ids)
    return split_clauses(f"SELECT id, total_{n} FROM orders_{n % 7} WHERE id > {n} ORDER BY id")
