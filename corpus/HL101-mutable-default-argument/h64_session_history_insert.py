"""Web shop session: user actions are recorded in a History list for the activity panel."""
import enum
import itertools


class Action(enum.Enum):
    VIEW = "view"
    ADD_TO_CART = "add_to_cart"
    CHECKOUT = "checkout"


class History(list):
    limit = 20

    def append(self, entry):
        super().append(entry)
        if len(self) > self.limit:
            del self[0]


class Session:
    def __init__(self, user, history=History()):  # expect: HL101 confirmed
        self.user = user
        self.history = history

    def record(self, action, **details):
        self.history.insert(0, (action, details))

    def recent(self, count=5):
        return [action.value for action, _ in self.history[:count]]


_visitors = itertools.count()


def scenario():
    n = next(_visitors)
    session = Session(f"visitor-{n}")
    session.record(Action.VIEW, sku=f"SKU-{n}")
    session.record(Action.ADD_TO_CART, sku=f"SKU-{n}", quantity=n % 3 + 1)
    return session.recent()
