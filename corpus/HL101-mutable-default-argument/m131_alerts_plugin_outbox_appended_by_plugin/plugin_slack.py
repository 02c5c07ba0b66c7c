"""Slack channel plugin, loaded by name as plugin_slack."""
from notify_base import Channel


class SlackChannel(Channel):
    name = "slack"

    def deliver(self, alert):
        text = self.format(alert)
        self.outbox.append(text)
        return text


def create():
    return SlackChannel()
