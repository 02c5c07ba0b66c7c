"""Order service: each order runs in its own transaction on the app database."""
import itertools

from minidb import connect

_orders = itertools.count()

db = connect("sqlite:///orders.db")


def scenario():
    n = next(_orders)
    txn = db.begin()
    txn.execute(f"INSERT INTO orders VALUES ({n}, 'pending')")
    return txn.commit()
