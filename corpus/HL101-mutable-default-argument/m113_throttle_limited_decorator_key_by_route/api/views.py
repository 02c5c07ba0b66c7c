"""Views: the throttle decorator is applied once, when this module is imported."""
from throttle import limited

PRICES = {"basic": 9, "pro": 29, "team": 99}


@limited("quote", per=10_000)
def get_quote(client, plan):
    return {"client": client, "plan": plan, "price": PRICES[plan]}


@limited("health")
def ping(client):
    return {"client": client, "ok": True}
