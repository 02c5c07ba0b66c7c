import itertools

from ledger import Account, EventStore
from ledger.store import BalanceProjection

_accounts = itertools.count(1)


def scenario():
    n = next(_accounts)
    store = EventStore()
    balances = BalanceProjection()
    store.subscribe(balances)

    account = Account.open("acc-%06d" % n, owner="customer-%d" % n, opening_deposit=100 + n)
    store.save(account)
    account.withdraw(30)
    if n % 2:
        account.deposit(n % 50 + 1)
    store.save(account)
    return balances.balances[account.id], account.version
