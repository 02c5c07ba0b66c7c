"""Event sourcing: `rebuild()` folds an account's events, in sequence order,
into a Balances state object, skipping event kinds it does not know. The
starting state is a default argument holding an empty Balances dataclass.
The fold works on that instance in place, so every rebuilt account
adds its balance to the shared default."""
import itertools
from dataclasses import dataclass, field

_accounts = itertools.count()


@dataclass
class Balances:
    by_account: dict = field(default_factory=dict)
    applied: int = 0


def rebuild(events, into=Balances()):  # expect: HL101 confirmed
    state = into
    for event in sorted(events, key=lambda e: e["seq"]):
        if event["kind"] not in ("deposit", "withdrawal"):
            continue
        sign = 1 if event["kind"] == "deposit" else -1
        account = event["account"]
        state.by_account[account] = state.by_account.get(account, 0) + sign * event["amount"]
        state.applied += 1
    return state


def scenario():
    account = "acct-%d" % next(_accounts)
    events = [
        {"seq": 2, "kind": "withdrawal", "account": account, "amount": 30},
        {"seq": 1, "kind": "deposit", "account": account, "amount": 100},
        {"seq": 3, "kind": "audit", "account": account, "amount": 0},
    ]
    return rebuild(events).by_account[account]
