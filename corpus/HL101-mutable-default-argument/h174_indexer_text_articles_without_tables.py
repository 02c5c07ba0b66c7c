"""Search indexer: extracts the visible words of a parsed HTML fragment
(nested (tag, children) tuples). `index_page` passes a fresh list, but the
branch for <table> cells recurses without passing `out` on. The blog
articles indexed here have no tables, so that branch is never taken and
every word goes into the fresh list; the default is never touched."""
import itertools

_pages = itertools.count()

SKIP = frozenset({"script", "style"})


def collect_text(node, out=[]):  # expect: HL101 refuted
    tag, children = node
    if tag in SKIP:
        return out
    for child in children:
        if isinstance(child, str):
            out.extend(child.split())
        elif child[0] == "table":
            for row in child[1]:
                for cell in row[1]:
                    collect_text(cell)
        else:
            collect_text(child, out)
    return out


def index_page(page):
    return collect_text(page, [])


def scenario():
    n = next(_pages)
    page = ("body", [f"Release notes {n}", ("script", ["track()"]),
                     ("ul", [("li", [f"fixed crash {n * 7919}"]), ("li", [f"faster sync {n * 104729}"])]),
                     ("p", [f"Thanks for reading issue {n}"])])
    return index_page(page)
