"""Order state machine: each `OrderMachine` records the transitions it went
through in `history`, which defaults to a list in the signature. Orders are
built without a history of their own, so they all share that one list and
every transition of every order ever processed stays in it."""
import itertools
from dataclasses import dataclass

_orders = itertools.count()


@dataclass(frozen=True)
class Transition:
    order_id: str
    event: str
    target: str


class OrderMachine:
    TABLE = {("new", "pay"): "paid", ("paid", "ship"): "shipped", ("shipped", "deliver"): "delivered"}

    def __init__(self, order_id, state="new", history=[]):  # expect: HL101 confirmed
        self.order_id, self.state, self.history = order_id, state, history

    @property
    def last(self):
        return self.history[-1] if self.history else None

    def fire(self, event):
        target = self.TABLE.get((self.state, event))
        if target is None:
            raise ValueError("%s: cannot %s while %s" % (self.order_id, event, self.state))
        self.history.append(Transition(self.order_id, event, target))
        self.state = target
        return self


def scenario():
    order = OrderMachine("ord-%06d" % next(_orders))
    return order.fire("pay").fire("ship").last
