"""GUI toolkit: Entry keeps the cnf dict it was given as its option state and pushes undo snapshots into it, so the shared default collects every edit."""
import itertools


class Entry:
    def __init__(self, master=None, cnf={}, **kw):  # expect: HL101 confirmed
        self.master = master
        self._cnf = cnf
        self._cnf.update(kw)

    def configure(self, **kw):
        self._cnf.update(kw)

    def cget(self, key):
        return self._cnf.get(key)

    def insert(self, text):
        old = self._cnf.get("text", "")
        self._cnf.setdefault("undo", []).append(old)
        self.configure(text=old + text)

    def undo(self):
        self.configure(text=self._cnf["undo"].pop())


_edits = itertools.count()


def scenario():
    n = next(_edits)
    entry = Entry(None, width=24, text="")
    entry.insert(f"invoice-{n}")
    entry.insert(f"-rev{n % 7}")
    return entry.cget("text")
