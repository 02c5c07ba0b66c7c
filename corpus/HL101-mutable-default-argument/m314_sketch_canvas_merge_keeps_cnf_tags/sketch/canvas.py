"""The canvas: items are ids mapped to (kind, coords, options)."""
import itertools

from . import options

_item_ids = itertools.count(1)


class Canvas:
    def __init__(self, **cnf):
        self.config = dict(cnf)
        self.items = {}

    def create(self, kind, coords, cnf, **kw):
        item = next(_item_ids)
        opts = options.merge(cnf, kw)
        opts["tags"] = opts.get("tags", ()) + (f"item{item}",)
        self.items[item] = (kind, tuple(coords), opts)
        return item

    def itemcget(self, item, key):
        return self.items[item][2].get(key)
