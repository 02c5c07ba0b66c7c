"""Account page: a read-only request that looks up a customer and their plan."""
import itertools

from ormkit import unit_of_work
from shop import repos

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    with unit_of_work(repos.ShopSession(f"replica-{n % 3}")) as session:
        customer = repos.CustomerRepository(session).get(n)
        plan = repos.PlanRepository(session).get(customer.plan_id)
    return f"{customer.email}: {plan.name}"
