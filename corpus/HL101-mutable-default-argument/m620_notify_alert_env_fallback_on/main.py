"""Alerting service: one disk alert per call for a newly registered user,
plus that user's entry in the nightly digest."""
import itertools

import notify

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    user = f"user{n:05d}@example.org"
    sent = notify.send_alert(user, f"disk {n % 90 + 10}% full on host-{n}")
    notify.digest([user, f"ops{n:05d}@example.org"])
    return sent
