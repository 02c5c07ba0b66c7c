"""CSV export: Row exposes columns as attributes. Row.__getattr__ looks the
column up in the header and memoises its position in the `_positions` dict
default shared by all rows. Absent columns are memoised too (as None), and
each export asks for an optional `note_<export>` column, so one negative
entry per export piles up in the shared default."""
import itertools

_exports = itertools.count()
HEADER = ("id", "customer", "amount", "currency")


class Row:
    def __init__(self, values, header=HEADER, _positions={}):  # expect: HL101 confirmed
        self._values = values
        self._header = header
        self._positions = _positions

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._positions:
            self._positions[name] = self._header.index(name) if name in self._header else None
        if self._positions[name] is None:
            raise AttributeError(name)
        return self._values[self._positions[name]]


def scenario():
    n = next(_exports)
    row = Row((n, f"cust-{n}", 100 + n % 7, "EUR"))
    note = getattr(row, f"note_for_export_{n:06d}", "")
    return f"{row.customer};{row.amount};{note}"
