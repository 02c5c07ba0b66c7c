from .mixins import HistoryMixin


class Order(HistoryMixin):
    """A sales order moving through new -> paid -> shipped."""

    def __init__(self, ref, customer, history=[]):  # expect: HL101 refuted
        self.ref = ref
        self.customer = customer
        self.state = "new"
        self._history = history

    def transition(self, state, **details):
        self.remember("transition", ref=self.ref, frm=self.state, to=state, **details)
        self.state = state
