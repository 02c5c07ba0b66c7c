"""Account page: one request renames one customer through the repository."""
import itertools

from shopdb import CustomerRepository

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    repo = CustomerRepository("sqlite:///:memory:")
    return repo.rename(n, f"Renamed {n}")
