"""Shared base for alert channels.

Channel keeps the messages it queued in `outbox`. No plugin passes outbox, so
every channel instance shares the default list; plugin_slack appends each
alert's text to it and nothing empties it: one string per alert, kept forever.
"""


class Channel:
    name = "base"

    def __init__(self, outbox=[]):  # expect: HL101 confirmed
        self.outbox = outbox

    def format(self, alert):
        return f"[{self.name}] #{alert['id']} {alert['title']}"

    def deliver(self, alert):
        return self.format(alert)
