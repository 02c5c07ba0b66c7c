"""Ledger import: `parse_entry()` turns a CSV line into (account, cents).
Lines that fail to parse are collected in a default list for the import
report. The nightly feed sends one malformed line in every batch, so the
error path runs on each import and the rejects list keeps growing."""
import itertools

_batches = itertools.count()


def parse_entry(line, rejects=[]):  # expect: HL101 confirmed
    try:
        account, amount = line.split(",")
        cents = int(round(float(amount) * 100))
    except ValueError as exc:
        rejects.append((line, str(exc)))
        return None
    else:
        return account.strip(), cents


def import_batch(lines):
    entries = [parse_entry(line) for line in lines]
    return sum(cents for _, cents in filter(None, entries))


def scenario():
    n = next(_batches)
    lines = ["acct-%d, 12.50" % n, "acct-%d, 3.05" % (n + 1), "acct-%d; 7.00" % n]
    return import_batch(lines)
