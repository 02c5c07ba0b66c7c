"""File browser: render the listing of each directory the user opens."""
import itertools

from listing import render_listing

_dirs = itertools.count()


def scenario():
    n = next(_dirs)
    entries = [{"name": f"report_{n}.csv", "size": 1024 + n},
               {"name": f"notes_{n}.txt", "size": n}]
    return render_listing(entries)
