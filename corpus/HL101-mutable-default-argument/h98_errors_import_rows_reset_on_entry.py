"""CSV import: `import_rows` collects each bad row's ValueError in an `errors` list
default and raises one `ImportFailed` with a copy of them. The list is emptied on
entry, so it only ever holds the previous batch's few exceptions until the next."""
import itertools
from dataclasses import dataclass


class ImportFailed(Exception):
    """args: (summary, [ValueError per bad row])"""


@dataclass
class Line:
    sku: str
    qty: int


def import_rows(rows, errors=[]):  # expect: HL101 refuted
    del errors[:]
    lines = []
    for lineno, row in enumerate(rows, 1):
        try:
            lines.append(Line(row["sku"], int(row["qty"])))
        except ValueError as exc:
            errors.append(ValueError("line %d: %s" % (lineno, exc)))
    if errors:
        raise ImportFailed("%d bad rows" % len(errors), list(errors))
    return lines


_seq = itertools.count()


def scenario():
    n = next(_seq)
    rows = [{"sku": "SKU-%d-%d" % (n, i), "qty": "x%d" % n if i == 1 else str(i)} for i in range(3)]
    try:
        return len(import_rows(rows))
    except ImportFailed as failed:
        return [str(e) for e in failed.args[1][-1:]]
