"""Turn a bank's CSV export (txn_id,amount per line) into a Statement."""
from .models import Statement


def parse_rows(text):
    for line in text.splitlines():
        txn_id, _, amount = line.strip().partition(",")
        if txn_id:
            yield txn_id, float(amount)


def import_export(account, text):
    return Statement.from_rows(account, parse_rows(text))
