"""Shared base for alert channels.

Channel keeps the messages it queued in `outbox`. No plugin passes outbox, so
every channel instance shares the default list, but the plugins only format and
return the text. The one place that appends to it is cli.py, a script nothing
imports and the dispatcher never loads by name: the default stays empty.
"""


class Channel:
    name = "base"

    def __init__(self, outbox=[]):  # expect: HL101 refuted
        self.outbox = outbox

    def format(self, alert):
        return f"[{self.name}] #{alert['id']} {alert['title']}"

    def deliver(self, alert):
        return self.format(alert)
