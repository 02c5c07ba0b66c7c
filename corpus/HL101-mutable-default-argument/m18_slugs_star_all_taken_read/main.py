"""Docs builder: each request renders the table of contents of one page."""
import itertools

from report.toc import table_of_contents

_pages = itertools.count()


def scenario():
    n = next(_pages)
    toc = table_of_contents([f"Install {n}", f"Configure {n}", f"Upgrade to {n}"])
    return len(toc)
