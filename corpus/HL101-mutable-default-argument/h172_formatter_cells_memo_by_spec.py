"""Report rendering: a CellFormatter (string.Formatter) renders numeric cells
with a thousands separator when a template gives no spec. format_field(),
which vformat() calls for every replacement field, memoises the resolved
spec in a default dict keyed by the template's spec only; a report template
has a handful of specs, so the dict stops growing after the first report."""
import itertools
import string

_reports = itertools.count()


class CellFormatter(string.Formatter):
    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def format_field(self, value, format_spec, _specs={}):  # expect: HL101 refuted
        key = format_spec
        if key not in _specs:
            _specs[key] = format_spec or ","
        return format(value, _specs[key])


_fmt = CellFormatter()


def scenario():
    n = next(_reports)
    row = "{region:<8} {orders} {revenue:>14.2f} {share:.1%}"
    return _fmt.format(row, region=f"R{n % 5}", orders=1000 * n + 17,
                       revenue=n * 1234.5 + 0.25, share=1 / (n + 2))
