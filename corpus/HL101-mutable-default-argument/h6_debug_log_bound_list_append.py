"""Debug logging: the default is a bound `append` of a list created at def time; every call adds to that list."""
import itertools


def trace(event, detail, _emit=[].append):  # expect: HL101 confirmed
    _emit(f"{event}: {detail}")


def charge_card(order_id, cents):
    trace("charge", f"{order_id} {cents}")
    return cents // 100


_orders = itertools.count()


def scenario():
    n = next(_orders)
    charge_card(f"ord-{n}", n * 7)
