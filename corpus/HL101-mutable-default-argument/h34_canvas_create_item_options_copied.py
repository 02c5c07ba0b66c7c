"""Tk-style canvas: create_item() takes a cnf dict and/or keywords; _options() always merges them into a new dict."""
import itertools


class Canvas:
    def __init__(self, name):
        self.name = name
        self._items = {}

    def _options(self, cnf, kw):
        opts = dict(cnf)
        opts.update(kw)
        return opts

    def _add(self, kind, cnf, kw):
        item = len(self._items) + 1
        opts = self._options(cnf, kw)
        opts.setdefault("tags", []).append(f"{self.name}.{kind}{item}")
        self._items[item] = (kind, opts)
        return item

    def create_item(self, cnf={}, **kw):  # expect: HL101 refuted
        return self._add("item", cnf, kw)

    def itemcget(self, item, key):
        return self._items[item][1].get(key)


_draws = itertools.count()


def scenario():
    n = next(_draws)
    canvas = Canvas(f".!canvas{n}")
    canvas.create_item(fill=f"#{n % 0xFFFFFF:06x}")
    marker = canvas.create_item()
    return canvas.itemcget(marker, "tags")
