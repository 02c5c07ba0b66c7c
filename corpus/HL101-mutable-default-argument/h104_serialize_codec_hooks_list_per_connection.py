"""Message codec: each connection builds a `Codec` and adds encoders with the
`@codec.register(type)` decorator. Hooks are (type, function) pairs checked
newest-first with isinstance; the list is the constructor's default, shared
by every codec, so each connection's hook stays in it after the connection."""
import decimal
import itertools

_conns = itertools.count()


class Codec:
    def __init__(self, name, hooks=[]):  # expect: HL101 confirmed
        self.name = name
        self.hooks = hooks

    def register(self, typ):
        def decorator(fn):
            self.hooks.append((typ, fn))
            return fn
        return decorator

    def encode(self, value):
        for typ, fn in reversed(self.hooks):
            if isinstance(value, typ):
                return fn(value)
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
