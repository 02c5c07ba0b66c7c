"""Concrete tallies: they only implement the _key() hook."""
from .base import Tally


class OrderTally(Tally):
    label = "orders"

    def _key(self, event):
        return event["order_id"]


class RegionTally(Tally):
    label = "regions"

    def _key(self, event):
        return event["region"]
