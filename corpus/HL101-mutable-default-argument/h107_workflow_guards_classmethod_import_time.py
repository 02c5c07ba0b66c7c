"""Approval workflow: classmethod `Workflow.on()` files guards per event in a
default dict (given no callable, it returns an event's guards). Guards are
registered once at import time; documents only read them as they move."""
import functools
import itertools

_docs = itertools.count()

class Workflow:
    MOVES = {"submit": ("draft", "review"), "approve": ("review", "published")}

    @classmethod
    # heaplint-todo: it may grow when a caller passes fn (heaplint: unknown)
    def on(cls, event, fn=None, _guards={}):  # expect: HL101 refuted
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


Workflow.on("submit", lambda doc, user: user == doc["author"])


@functools.partial(Workflow.on, "approve")
def not_author(doc, user):
    return user != doc["author"]


def scenario():
    n = next(_docs)
    doc = {"id": "DOC-%d" % n, "author": "a%d" % n, "state": "draft"}
    Workflow.fire(doc, "submit", "a%d" % n)
    Workflow.fire(doc, "approve", "r%d" % n)
    return doc["state"]
