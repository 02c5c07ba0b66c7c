"""Spelling suggester: `ngram_profile()` counts character trigrams of a
query in a defaultdict default it reuses as scratch space, then returns the
most frequent trigram and a plain-dict copy. A `finally` clause empties the
scratch table on every return path, the error path included."""
import collections
import itertools

_queries = itertools.count()


def ngram_profile(text, n=3, table=collections.defaultdict(int)):  # expect: HL101 refuted
    padded = f"  {text.lower()} "
    try:
        for i in range(len(padded) - n + 1):
            table[padded[i:i + n]] += 1
        top = max(table, key=lambda gram: (table[gram], gram))
        return top, dict(table)
    except ValueError:
        return None, {}
    finally:
        table.clear()


def scenario():
    n = next(_queries)
    top, profile = ngram_profile(f"serial{n}x{n * 31}")
    return top, len(profile)
