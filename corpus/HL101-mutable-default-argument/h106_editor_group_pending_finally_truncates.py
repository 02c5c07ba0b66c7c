"""Text editor: replacements made inside `with editor.group(label)` are
committed to the undo history as one step. Nested groups share a pending
list default; each group remembers where its edits start and cuts them off
in `finally`, so a rename that fails part-way leaves nothing on the list."""
import contextlib
import itertools

_ids = itertools.count()


class Editor:
    def __init__(self, text):
        self.text, self.undo, self._pending = text, [], None

    @contextlib.contextmanager
    def group(self, label, pending=[]):  # expect: HL101 refuted
        start, outer, self._pending = len(pending), self._pending, pending
        try:
            yield self
            self.undo.append((label, tuple(pending[start:])))
        finally:
            del pending[start:]
            self._pending = outer

    def replace(self, old, new):
        if old not in self.text:
            raise ValueError("%r not found" % old)
        self.text = self.text.replace(old, new, 1)
        (self._pending if self._pending is not None else self.undo).append((old, new))


def scenario():
    n = next(_ids)
    ed = Editor(f"alpha {n} beta {n} gamma")
    with ed.group("rename"):
        ed.replace(f"alpha {n}", f"ALPHA {n}")
    with contextlib.suppress(ValueError), ed.group("rename-missing"):
        ed.replace("gamma", f"GAMMA {n}")
        ed.replace(f"delta {n}", "DELTA")
    return ed.text, len(ed.undo)
