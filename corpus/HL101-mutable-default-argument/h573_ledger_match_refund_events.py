"""Ledger: events are applied with a match statement. Deposits and
withdrawals adjust the balance; anything else falls to the wildcard case
and is parked in `dead_letters`. The payment service started emitting
refund events that no case handles, so each one lands in the shared list."""
import itertools

_seq = itertools.count()


def apply_event(event, dead_letters=[]):  # expect: HL101 confirmed
    match event:
        case {"type": "deposit", "amount": int(amount)}:
            return amount
        case {"type": "withdrawal", "amount": int(amount)}:
            return -amount
        case _:
            dead_letters.append(event)
            return 0


def replay(events):
    return sum(apply_event(event) for event in events)


def scenario():
    n = next(_seq)
    return replay([
        {"type": "deposit", "amount": 100 + n, "ref": f"tx-{n}-a"},
        {"type": "refund", "amount": n % 40, "ref": f"tx-{n}-b"},
    ])
