"""Content-type handlers register themselves through `__init_subclass__` into a `registry` default.

Only the two handler classes defined at import time ever register; each upload just looks up and
instantiates an existing subclass, so the shared registry default holds two entries and stays.
"""
import itertools

_ids = itertools.count()


class Handler:
    content_type = None

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        if cls.content_type is not None:
            registry[cls.content_type] = cls
        cls.registry = registry

    def handle(self, body):
        return {"type": self.content_type, "size": len(body)}


class TextHandler(Handler):
    content_type = "text/plain"

    def handle(self, body):
        result = super().handle(body)
        result["lines"] = body.count("\n") + 1
        return result


class CsvHandler(Handler):
    content_type = "text/csv"

    def handle(self, body):
        result = super().handle(body)
        result["rows"] = len(body.splitlines())
        return result


HANDLERS = TextHandler.registry  # the one dict every subclass registered into


def handler_for(content_type):
    return HANDLERS[content_type]()


def scenario():
    n = next(_ids)
    content_type = ("text/plain", "text/csv")[n % 2]
    return handler_for(content_type).handle("id,qty\n%d,%d" % (n, n % 5))
