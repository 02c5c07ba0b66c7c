import itertools

from services.billing import BillingClient
from services.shipping import ShippingClient

_ids = itertools.count()


def scenario():
    n = next(_ids)
    billing = BillingClient(account_id=f"acct-{n}", timeout=2.5)
    shipping = ShippingClient(region=("eu", "us", "apac")[n % 3], max_attempts=2)
    charge = billing.charge(1000 + n)
    try:
        label = shipping.create_label(f"ORD{n:06d}", weight_grams=250 + n % 40)
    except ConnectionError:
        label = None
    return charge["url"], label
