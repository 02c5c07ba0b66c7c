"""Bank-statement upload: each upload imports a small sheet, some rows lack a currency."""
import itertools

from ledgerio import import_rows

_uploads = itertools.count(1)
HEADER = ["Ref", "Amount", " Currency "]


def scenario():
    n = next(_uploads)
    rows = [
        [f"INV-{n}-1", f"{n},{n % 1000:03d}.50", "EUR"],
        [f"INV-{n}-2", f"{n % 97}.25", ""],
        [f"INV-{n}-3", "12.00", "USD"],
    ]
    entries, notices = import_rows(HEADER, rows)
    return sum(entry["amount"] for entry in entries), notices
