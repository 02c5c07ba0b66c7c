"""Billing: invoices due within three days of today get one reminder; (invoice id, due date) pairs are remembered in a default set."""
import datetime
import itertools

TODAY = datetime.date(2025, 3, 1)


# heaplint-todo: datetime/timedelta arithmetic is not modelled, so the due-date test stays undecided (heaplint: unknown)
def remind_due(invoices, reminded=set()):  # expect: HL101 confirmed
    sent = []
    for inv_id, issued, terms in invoices:
        due = issued + datetime.timedelta(days=terms)
        if due - TODAY <= datetime.timedelta(days=3) and (inv_id, due.isoformat()) not in reminded:
            reminded.add((inv_id, due.isoformat()))
            sent.append(inv_id)
    return sent


_runs = itertools.count()


def scenario():
    n = next(_runs)
    invoices = [(f"INV-{n}", TODAY - datetime.timedelta(days=12 + n % 5), 14), (f"INV-{n}b", TODAY, 30)]
    return remind_due(invoices)
