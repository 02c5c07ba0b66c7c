"""Search log: query words are counted in a Counter default and the top three reported; queries carry new words every time."""
import itertools
from collections import Counter


def top_terms(query, counts=Counter()):  # expect: HL101 confirmed
    counts.update(query.lower().split())
    return [word for word, _ in counts.most_common(3)]


_queries = itertools.count()


def scenario():
    n = next(_queries)
    return top_terms(f"Cheap flights to City{n} from Town{n * 7}")
