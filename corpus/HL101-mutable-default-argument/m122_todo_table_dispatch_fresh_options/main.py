"""Todo CLI: each call runs a few command lines, adding one fresh item.

cli.run() always passes a fresh options dict, so add() records into that
dict and its default is never used.
"""
import itertools

import todo

_items = itertools.count()


def scenario():
    n = next(_items)
    return [todo.run(f"add water plants {n}"), todo.run("list 3"), todo.run("help")]
