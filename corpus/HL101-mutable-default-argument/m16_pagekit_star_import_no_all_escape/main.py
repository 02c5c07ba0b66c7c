"""Shop front: each request renders one order confirmation page."""
import itertools

from pagekit.filters import *
from pagekit.base import *

_orders = itertools.count()


def scenario():
    n = next(_orders)
    customer = f"<Customer {n}> & family"
    note = f"Gift wrap requested for order {n}, deliver to the back door please"
    body = f"<h1>Order #{n}</h1><p>{escape(customer)}</p><p>{truncate(escape(note))}</p>"
    return layout(body, active="Orders & Returns")
