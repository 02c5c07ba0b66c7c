"""Order API: each request loads an order; the load balancer pings the database with its own DSN."""
import itertools

from services import health, orders

_requests = itertools.count()


def scenario():
    n = next(_requests)
    dsn = f"postgresql://app@db{n % 3}/shop?application_name=req{n}"
    return orders.load_order(dsn, n), health.ping(dsn)
