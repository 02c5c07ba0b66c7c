"""Bank statement import: amounts are parsed from CSV text, unparseable ones are set aside."""
import csv
import decimal
import io
import itertools
import logging

log = logging.getLogger("statements.import")


def parse_amount(raw, rejects=[]):  # expect: HL101 confirmed
    try:
        return decimal.Decimal(raw.strip())
    except decimal.InvalidOperation:
        log.debug("unparseable amount %r", raw)
        rejects.append(raw)
        return None


def import_statement(text):
    total = decimal.Decimal(0)
    for row in csv.DictReader(io.StringIO(text)):
        amount = parse_amount(row["amount"])
        if amount is not None:
            total += amount
    return total


_files = itertools.count()


def scenario():
    n = next(_files)
    text = f'date,amount\n2024-01-{n % 28 + 1:02d},"1,{n % 1000:03d}.50"\n2024-02-01,-{n}.25\n'
    return str(import_statement(text))
