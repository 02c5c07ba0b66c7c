"""A suspended generator stored in a module list keeps its frame's locals alive."""
# retains: yes
import itertools

PENDING = []
_ids = itertools.count()


def paginate(query):
    rows = [f"{query}:{i}" for i in range(6)]
    for start in range(0, len(rows), 2):
        yield rows[start:start + 2]


def scenario():
    pages = paginate(f"select-{next(_ids)}")
    next(pages)
    PENDING.append(pages)
