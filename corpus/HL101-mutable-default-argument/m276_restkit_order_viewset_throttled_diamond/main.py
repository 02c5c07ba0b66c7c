"""Order API: every POST is dispatched through a fresh OrderViewSet."""
import itertools

from orders.api import OrderViewSet

_posts = itertools.count()


def scenario():
    n = next(_posts)
    request = {"method": "POST", "user": f"user{n % 13}", "ts": 1700000000 + n}
    return OrderViewSet().dispatch(request)
