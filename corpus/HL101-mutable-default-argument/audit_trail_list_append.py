"""Admin panel audit trail: every settings change is recorded for review."""
import itertools


def record_change(user, setting, old, new, trail=[]):  # expect: HL101 confirmed
    entry = {"user": user, "setting": setting, "old": old, "new": new}
    trail.append(entry)
    return len(trail)


def change_theme(user, theme):
    return record_change(user, "theme", "light", theme)


_request_ids = itertools.count()


def scenario():
    n = next(_request_ids)
    change_theme(f"user-{n}", f"dark-{n}")
