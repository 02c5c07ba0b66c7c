"""Pager channel plugin, loaded by name as plugin_pager."""
from notify_base import Channel


class PagerChannel(Channel):
    name = "pager"

    def deliver(self, alert):
        return self.format(alert).upper()[:40]


def create():
    return PagerChannel()
