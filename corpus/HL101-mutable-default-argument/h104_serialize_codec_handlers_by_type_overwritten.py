"""Message codec: each connection builds a `Codec` and sets encoders with the
`@codec.register(type)` decorator. Handlers live in a dict keyed by type and
looked up along the value's MRO; the dict is the constructor's shared default,
but each connection only replaces the entry for its type: one handler per type."""
import decimal
import itertools

_conns = itertools.count()


class Codec:
    def __init__(self, name, handlers={}):  # expect: HL101 refuted
        self.name = name
        self.handlers = handlers

    def register(self, typ):
        def decorator(fn):
            self.handlers[typ] = fn
            return fn
        return decorator

    def encode(self, value):
        for klass in type(value).__mro__:
            if klass in self.handlers:
                return self.handlers[klass](value)
        return repr(value)


@Codec("base").register(bytes)
def _hex(value):
    return value.hex()


def scenario():
    n = next(_conns)
    codec, places = Codec("conn-%d" % n), n % 4 + 1
    @codec.register(decimal.Decimal)
    def _money(value):
        return "{:.{p}f}".format(value, p=places)
    return [codec.encode(v) for v in (decimal.Decimal(n) / 7, b"\x00%d" % n, n)]
