"""REST client: list_page() fetches one page of a collection and remembers
the next cursor. Paging is a namedtuple default (page size, cursor dict);
the cursor goes into a new dict through `_replace()`, which returns a new
Paging to the caller and leaves the shared default's dict empty."""
import itertools
from collections import namedtuple

Paging = namedtuple("Paging", "size cursors")


def fake_fetch(endpoint, cursor, size):
    start = int(cursor or 0)
    return [f"{endpoint}#{i}" for i in range(start, start + size)], str(start + size)


def list_page(endpoint, paging=Paging(3, {})):  # expect: HL101 refuted
    items, next_cursor = fake_fetch(endpoint, paging.cursors.get(endpoint), paging.size)
    paging = paging._replace(cursors={**paging.cursors, endpoint: next_cursor})
    return items, paging


_projects = itertools.count()


def scenario():
    n = next(_projects)
    items, paging = list_page(f"/projects/{n}/issues?state=open&sort=updated")
    return len(items), len(paging.cursors)
