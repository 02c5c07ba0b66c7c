"""Shop bookkeeping in a src/ layout: main puts src/ on sys.path, then posts one sale per call."""
import itertools
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import ledger  # noqa: E402  (importable once src/ is on the path)

_sales = itertools.count()


def scenario():
    n = next(_sales)
    journal = ledger.record_sale(f"INV-{n}", 100 + n % 7)
    return ledger.balance(journal)
