"""Webhook registry: handlers are registered as bound methods by name; the handler reads self.max_recent (set by a setup function) and keeps only that many recent ids."""
import itertools

HANDLERS = {}


class PaymentHooks:
    # heaplint-todo: a `while` whose test is undecided may not run at all, so the trimming loop is not known to run (heaplint: unknown)
    def on_paid(self, event, recent={}):  # expect: HL101 refuted
        recent[event["id"]] = event["amount"]
        while len(recent) > self.max_recent:
            del recent[next(iter(recent))]
        return sum(recent.values())


def install(hooks, max_recent):
    hooks.max_recent = max_recent
    HANDLERS["payment.paid"] = hooks.on_paid


install(PaymentHooks(), max_recent=16)
_events = itertools.count()


def scenario():
    n = next(_events)
    return HANDLERS["payment.paid"]({"id": f"evt_{n}", "amount": n % 500})
