"""Approval workflow: classmethod `Workflow.on()` files guards per event in a
default dict (given no callable, it returns an event's guards). `submit()`
registers a closure per document, so every document adds one more guard."""
import functools
import itertools

_docs = itertools.count()


class Workflow:
    MOVES = {"submit": ("draft", "review"), "approve": ("review", "published")}

    @classmethod
    # heaplint-todo: it may grow when a caller passes fn (heaplint: unknown)
    def on(cls, event, fn=None, _guards={}):  # expect: HL101 confirmed
        if fn is None:
            return tuple(_guards.get(event, ()))
        _guards.setdefault(event, []).append(fn)
        return fn

    @classmethod
    def fire(cls, doc, event, user):
        src, dst = cls.MOVES[event]
        if doc["state"] != src or not all(guard(doc, user) for guard in cls.on(event)):
            raise PermissionError("%s may not %s %s" % (user, event, doc["id"]))
        doc["state"] = dst


def submit(doc, reviewer):
    @functools.partial(Workflow.on, "approve")
    def only_reviewer(candidate, user, _doc_id=doc["id"]):
        return candidate["id"] != _doc_id or user == reviewer
    Workflow.fire(doc, "submit", doc["author"])


def scenario():
    n = next(_docs)
    doc = {"id": "DOC-%d" % n, "author": "a%d" % n, "state": "draft"}
    submit(doc, "r%d" % n)
    Workflow.fire(doc, "approve", "r%d" % n)
    return doc["state"]
