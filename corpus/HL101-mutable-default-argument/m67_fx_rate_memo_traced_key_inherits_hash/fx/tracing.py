"""Keys that carry the request id, so a cached rate can be traced to its request."""
from .keys import *


class TracedKey(RateKey):
    __slots__ = ("request_id",)

    def __init__(self, currency, day, request_id):
        super().__init__(currency, day)
        self.request_id = request_id

    def __repr__(self):
        return f"{super().__repr__()} from {self.request_id}"
