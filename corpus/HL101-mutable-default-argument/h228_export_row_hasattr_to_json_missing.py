"""Ledger export: export_row() turns a model object into a plain dict through
a filterfalse/starmap pipeline over its public attributes. A value offering
to_json() (checked with hasattr) converts itself; a plain scalar is kept; any
other value is repr()'d and remembered, with its key, in the
`_unconverted=[]` default for an end-of-export summary. Money has no
to_json(), so every exported entry adds its amount to the default."""
import itertools

_entries = itertools.count()


class Money:
    def __init__(self, cents, currency):
        self.cents, self.currency = cents, currency


def _convert(key, value, unconverted):
    if hasattr(value, "to_json"):
        return key, value.to_json()
    if value is None or isinstance(value, (str, int, float, bool)):
        return key, value
    unconverted.append((key, value))
    return key, repr(value)


def export_row(row, _unconverted=[]):  # expect: HL101 confirmed
    public = itertools.filterfalse(lambda kv: kv[0].startswith("_"), vars(row).items())
    return dict(itertools.starmap(_convert, ((k, v, _unconverted) for k, v in public)))


class Entry:
    def __init__(self, n):
        self.id, self.memo, self._dirty = n, f"invoice {n}", True
        self.amount = Money(1999 + n, "EUR")


def scenario():
    return export_row(Entry(next(_entries)))
