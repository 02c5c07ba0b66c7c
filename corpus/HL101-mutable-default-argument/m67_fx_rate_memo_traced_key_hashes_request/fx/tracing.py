"""Keys that carry the request id, so a cached rate can be traced to its request."""
from .keys import *


class TracedKey(RateKey):
    __slots__ = ("request_id",)

    def __init__(self, currency, day, request_id):
        super().__init__(currency, day)
        self.request_id = request_id

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self.request_id == getattr(other, "request_id", None)

    def __hash__(self):
        return hash((super().__hash__(), self.request_id))
