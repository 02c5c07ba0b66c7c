"""Paginator: the generator records a finished cursor in a default list only after the last page; callers only ever take the first page."""
import itertools


def pages(cursor, items, per_page=3, _finished=[]):  # expect: HL101 refuted
    for start in range(0, len(items), per_page):
        yield {"cursor": cursor, "items": items[start:start + per_page]}
    _finished.append(cursor)


def first_page(cursor, items):
    gen = pages(cursor, items)
    page = next(gen)
    gen.close()
    return page


_cursors = itertools.count()


def scenario():
    n = next(_cursors)
    items = [f"sku-{n}-{i}" for i in range(7)]
    return first_page(f"c{n}", items)["items"][0]
