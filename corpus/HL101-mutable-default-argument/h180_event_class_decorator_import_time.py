"""Event log: the `@event` class decorator records each event class in
`registry` (its dict default) under the class name, so stored JSON can be
turned back into the right class. Every event class is decorated once at
import; requests only create events and look their class up by name."""
import itertools
import json

_seq = itertools.count()


def event(cls, registry={}):  # expect: HL101 refuted
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


@event
class FormSubmitted(Event):
    pass


def scenario():
    n = next(_seq)
    stored = FormSubmitted(form=f"signup-{n}", fields={"email": f"u{n}@example.org"}).dumps()
    return Event.loads(stored).form
