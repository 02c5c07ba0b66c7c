"""State machine that splits a small SQL query into clauses. Each step
classifies the word (keyword, NUMBER or NAME) and looks the (state, class)
transition up in a defaultdict-of-dicts default with setdefault; five
states times a handful of classes bound the memo whatever the query."""
import collections
import itertools

_ids = itertools.count()
KEYWORDS = {"SELECT": "columns", "FROM": "source", "WHERE": "filter", "ORDER": "order"}


def _token_class(word):
    upper = word.upper()
    return upper if upper in KEYWORDS else "NUMBER" if word.isdigit() else "NAME"


def step(state, word, _memo=collections.defaultdict(dict)):  # expect: HL101 refuted
    cls = _token_class(word)
    return _memo[state].setdefault(cls, KEYWORDS.get(cls, state))


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
