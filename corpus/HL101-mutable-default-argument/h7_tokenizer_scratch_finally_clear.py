"""Query parser: a default dict is scratch space for term positions; it is emptied in finally, even on early return."""
import itertools


def index_terms(query, _scratch={}):  # expect: HL101 refuted
    try:
        for pos, term in enumerate(query.split()):
            _scratch.setdefault(term, []).append(pos)
            if term == "STOP":
                return None
        return {t: len(p) for t, p in _scratch.items()}
    finally:
        _scratch.clear()


_queries = itertools.count()


def scenario():
    n = next(_queries)
    index_terms(f"red shoes size{n} red {'STOP ' if n % 4 == 0 else ''}brand{n}")
