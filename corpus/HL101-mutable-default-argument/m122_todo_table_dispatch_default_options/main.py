"""Todo CLI: each call runs a few command lines, adding one fresh item.

cli.run() calls the command without options, so add() records every item
into its shared default dict.
"""
import itertools

import todo

_items = itertools.count()


def scenario():
    n = next(_items)
    return [todo.run(f"add water plants {n}"), todo.run("list 3"), todo.run("help")]
