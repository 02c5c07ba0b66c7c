"""Canvas-like scene graph without a real toolkit: `create_item` merges the
call's keyword options over a default option dict, tkinter style. The merge
is a shallow copy, so the nested "tags" list is still the default's own list
and every item's generated tag is appended to it."""
import itertools

_ids = itertools.count(1)


class Canvas:
    def __init__(self, name):
        self.name = name
        self.items = {}

    def create_item(self, kind, coords, options={"fill": "black", "width": 1, "tags": []}, **kw):  # expect: HL101 confirmed
        opts = dict(options, **kw)
        item_id = next(_ids)
        opts["tags"].append("%s.item%d" % (self.name, item_id))
        self.items[item_id] = (kind, tuple(coords), opts)
        return item_id

    def itemcget(self, item_id, option):
        return self.items[item_id][2][option]


def scenario():
    n = next(_ids)
    canvas = Canvas("c%d" % n)
    line = canvas.create_item("line", [0, 0, n, n], fill="red")
    canvas.create_item("rect", (n, n, n + 10, n + 5), width=2)
    return canvas.itemcget(line, "fill"), canvas.itemcget(line, "width")
