"""Billing handlers."""
from .registry import registry


@registry.on("PlaceOrder")
def charge_card(command, reply):
    reply({"charge": command["id"], "card": "*" + command["card"][-4:]})


@registry.on("RefundOrder")
def refund(command, reply):
    reply({"refund": command["id"]})
