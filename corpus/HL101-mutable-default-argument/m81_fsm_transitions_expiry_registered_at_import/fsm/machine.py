"""machine: one order moving through the states the handler table allows."""
from .transitions import handler_for


class OrderMachine:
    def __init__(self, order_id, total, created=0, window=30):
        self.id, self.total, self.paid = order_id, total, 0
        self.state, self.created, self.tracking = "new", created, None
        self.window = window
        self.history = []

    def fire(self, event, *args):
        handler = handler_for(self.state, event, self.id)
        if handler is None:
            raise ValueError(f"{self.id}: no {event!r} transition from {self.state!r}")
        new_state = handler(self, *args)
        self.history.append((self.state, event, new_state))
        self.state = new_state
        return new_state
