"""Ledger import: every line of a batch is totalled, but only each batch's opening line is journaled; the rest are skipped with continue."""
import itertools


def import_batch(batch_id, lines, journal=[]):  # expect: HL101 confirmed
    total = 0
    for i, line in enumerate(lines):
        account, _, amount = line.partition("=")
        if not amount.strip():
            continue
        total += int(amount)
        if i != 0:
            continue
        journal.append(f"{batch_id}:{account.strip()}:opening")
    return total


_batches = itertools.count()


def scenario():
    n = next(_batches)
    lines = [f"acct{n}-{k} = {k * 10 + n % 7}" for k in range(4)]
    return import_batch(f"b{n}", lines)
