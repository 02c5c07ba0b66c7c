"""Infinite-scroll table: each fetched page is rendered with numbered row labels."""
import itertools
import textwrap

PAGE_SIZE = 20


def row_labels(count, _labels=[]):  # expect: HL101 confirmed
    while len(_labels) < count:
        _labels.append(f"#{len(_labels) + 1:05d}")
    return _labels[:count]


def render_page(rows, page):
    offset = page * PAGE_SIZE
    labels = row_labels(offset + len(rows))[offset:]
    lines = [f"{label}  {textwrap.shorten(text, 24)}" for label, text in zip(labels, rows)]
    return f"page {page + 1} (rows {offset + 1}+)\n" + "\n".join(lines)


_scrolls = itertools.count()


def scenario():
    n = next(_scrolls)
    rows = [f"Order {n}-{i} shipped to warehouse {i % 3}" for i in range(PAGE_SIZE)]
    return render_page(rows, page=n)
