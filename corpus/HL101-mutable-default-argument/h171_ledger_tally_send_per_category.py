"""Ledger import: `tally()` is a send()-driven coroutine that receives
(key, cents) pairs and keeps running totals in its default dict, yielding the
total for the key just posted. The importer keys the totals by booking
category, one of three fixed names, so the shared dict only ever holds three
entries whose values are replaced."""
import itertools

_statements = itertools.count()


def tally(totals={}):  # expect: HL101 refuted
    key = None
    while True:
        key, cents = yield totals.get(key, 0)
        totals[key] = totals.get(key, 0) + cents


def import_statement(lines):
    sink = tally()
    next(sink)
    running = 0
    for account, category, cents in lines:
        running = sink.send((category, cents))
    sink.close()
    return running


def scenario():
    n = next(_statements)
    lines = [
        ("ACC-%08d" % (n * 3 + i), ("rent", "fees", "payroll")[i], 1000 + n * 7 + i)
        for i in range(3)
    ]
    return import_statement(lines)
