"""Drawing canvas in the style of tkinter: item options come as a cnf dict or as keywords and are folded into one mapping; tags from several sources accumulate."""
import itertools
import os


def _cnfmerge(cnfs):
    if isinstance(cnfs, (dict, type(None), str)):
        return cnfs
    merged, *rest = cnfs
    for part in rest:
        for key, value in part.items():
            if key == "tags":
                merged.setdefault("tags", []).append(value)
            else:
                merged[key] = value
    return merged


class Canvas:
    def __init__(self):
        self._items = {}
        self._strict = os.environ.get("CANVAS_STRICT") == "1"

    def create_text(self, x, y, text):
        self._items[len(self._items) + 1] = {"x": x, "y": y, "text": text}
        return len(self._items)

    # heaplint-todo: outside callers that pass keywords grow the default (the merged dict is the default itself); this file's caller passes its own cnf (heaplint: unknown)
    def itemconfigure(self, item, cnf={}, **kw):  # expect: HL101 refuted
        if kw:
            cnf = _cnfmerge((cnf, kw))
        elif cnf:
            cnf = _cnfmerge(cnf)
        if self._strict and "text" in cnf and not cnf["text"]:
            raise ValueError(f"empty text for item {item}")
        self._items[item].update(cnf)
        return self._items[item]


_rows = itertools.count()


def scenario():
    n = next(_rows)
    canvas = Canvas()
    item = canvas.create_text(10, 20 * n, f"row {n}")
    return canvas.itemconfigure(item, {"fill": "black", "tags": f"row{n}"})
