"""Alerting: `make_notifier` builds a per-channel `notify` callback that the
health checks invoke; each one keeps the lines it sent in `sent`, the
factory's list default, but rebinds it (`sent = sent + [line]` through
nonlocal), so the default itself stays empty."""
import itertools

_alerts = itertools.count()


def make_notifier(channel, transport, sent=[]):  # expect: HL101 refuted
    def notify(template, **fields):
        nonlocal sent
        line = "[%s] %s" % (channel, template.format(**fields))
        transport(line)
        sent = sent + [line]
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
