"""Checkout service: price each cart on the worker, then read the total back."""
import itertools

from celerylite import Celery, DictBackend, worker

app = Celery("shop", backend=DictBackend())
_carts = itertools.count(1)


@app.task
def price_cart(cart_id, items):
    return {"cart": cart_id, "total": sum(qty * cents for qty, cents in items)}


def scenario():
    n = next(_carts)
    res = price_cart.delay(f"cart-{n}", [(1 + n % 3, 499), (2, 120 + n)])
    worker.drain(app)
    return res.get()
