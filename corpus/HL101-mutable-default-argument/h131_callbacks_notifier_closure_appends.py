"""Alerting: `make_notifier` builds a per-channel `notify` callback that the
health checks invoke; each one keeps the lines it sent in `sent`, the
factory's list default, and appends to it in place, so every channel's
lines end up in the one default list."""
import itertools

_alerts = itertools.count()


def make_notifier(channel, transport, sent=[]):  # expect: HL101 confirmed
    def notify(template, **fields):
        line = "[%s] %s" % (channel, template.format(**fields))
        transport(line)
        sent.append(line)
        return len(sent)

    notify.history = lambda: tuple(sent[-2:])
    return notify


def scenario():
    n = next(_alerts)
    outbox = []
    notify = make_notifier("ops-%d" % n, outbox.append)
    notify("disk {disk} at {pct}%", disk="sda%d" % (n % 4), pct=90 + n % 10)
    notify("host {host} recovered", host="web-%d" % n)
    return notify.history(), outbox
