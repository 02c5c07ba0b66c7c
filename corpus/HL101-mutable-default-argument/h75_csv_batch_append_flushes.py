"""Import job: CSV payment rows are buffered and flushed to the ledger in fixed-size batches."""
import csv
import io
import itertools
from decimal import Decimal


class Ledger:
    def __init__(self):
        self.balance = Decimal("0")
        self.batches = 0

    def post(self, rows):
        self.balance += sum(Decimal(row["amount"]) for row in rows)
        self.batches += 1


class Batch(list):
    def __init__(self, size, sink):
        super().__init__()
        self.size, self.sink = size, sink

    def append(self, row):
        super().append(row)
        if len(self) >= self.size:
            self.sink.post(self)
            self.clear()


LEDGER = Ledger()


def import_payments(text, pending=Batch(size=10, sink=LEDGER)):  # expect: HL101 refuted
    for row in csv.DictReader(io.StringIO(text)):
        pending.append(row)
    return LEDGER.balance


_files = itertools.count()


def scenario():
    n = next(_files)
    lines = ["id,payer,amount"] + [f"{n}-{i},acct-{n * 3 + i},{i + n % 7}.25" for i in range(3)]
    return import_payments("\n".join(lines))
