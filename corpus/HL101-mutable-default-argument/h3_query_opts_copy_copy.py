"""Search client: per-query options start from a copy.copy of the default options."""
import copy
import itertools


def build_query(term, defaults={"limit": 20, "fuzzy": False}):  # expect: HL101 refuted
    opts = copy.copy(defaults)
    opts["term"] = term.strip()
    opts[f"boost_{term}"] = 1.5
    return "&".join(f"{k}={v}" for k, v in sorted(opts.items()))


_terms = itertools.count()


def scenario():
    n = next(_terms)
    build_query(f" widget{n} ")
