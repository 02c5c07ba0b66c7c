"""ORM-ish models: a Versioned descriptor snapshots a field every few writes for undo."""
import itertools

SNAPSHOT_EVERY = 12


# heaplint-todo: its callers never reach the store the model runs; run directly it grows, but that stands for callers the file does not have (heaplint: unknown)
def snapshot(model, field, value, _history=[]):  # expect: HL101 confirmed
    _history.append((type(model).__name__, field, value, dict(vars(model))))
    return len(_history)


class Versioned:
    def __set_name__(self, owner, name):
        self.name = name
        self.writes = 0

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
        self.writes += 1
        if self.writes % SNAPSHOT_EVERY == 0:
            snapshot(obj, self.name, value)


class Document:
    title = Versioned()
    body = Versioned()


_doc = Document()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    _doc.title = f"Draft {n}"
    _doc.body = f"Paragraph {n} of the report."
    return _doc.title
