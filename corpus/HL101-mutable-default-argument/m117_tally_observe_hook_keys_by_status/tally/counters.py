"""Concrete tallies: they only implement the _key() hook."""
from .base import Tally


class StatusTally(Tally):
    label = "statuses"

    def _key(self, event):
        return event["status"]


class RegionTally(Tally):
    label = "regions"

    def _key(self, event):
        return event["region"]
