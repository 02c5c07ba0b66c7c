"""Webhooks: every subscription registers a handler for its own event name through handlers.register_handler."""
import itertools

import handlers


def subscribe(tenant, event):
    def deliver(payload):
        return (tenant, event, payload)
    return handlers.register_handler(f"{tenant}.{event}", deliver)


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return subscribe(f"tenant{n}", "invoice.paid")
