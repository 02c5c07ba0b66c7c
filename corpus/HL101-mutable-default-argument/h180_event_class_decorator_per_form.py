"""Event log: the `@event` class decorator records each event class in
`registry` (its dict default) under the class name, so stored JSON can be
turned back into the right class. The form builder defines an event class
per form with `type()` and decorates it when the form is submitted, so each
submission of a new form adds a class under a new name."""
import itertools
import json

_seq = itertools.count()


def event(cls, registry={}):  # expect: HL101 confirmed
    registry[cls.__name__] = cls
    cls.registry = registry
    return cls


@event
class Event:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def dumps(self):
        return json.dumps({"type": type(self).__name__, **self.__dict__})

    @classmethod
    def loads(cls, text):
        data = json.loads(text)
        return cls.registry[data.pop("type")](**data)


def scenario():
    n = next(_seq)
    submitted = event(type(f"Form{n}Submitted", (Event,), {}))
    stored = submitted(form=f"signup-{n}", fields={"email": f"u{n}@example.org"}).dumps()
    return Event.loads(stored).form
