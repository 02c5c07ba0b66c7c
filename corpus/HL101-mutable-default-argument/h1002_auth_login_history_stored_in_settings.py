"""Login auditing: each login is appended to a history list. The settings may
carry their own "history"; when they do not, a list is created for the call.
Here the new list is also stored back into the settings mapping."""
import itertools

_logins = itertools.count(1)


def _fingerprint(user, ip):
    return f"{user}@{ip}"


def record_login(user, ip, settings={}):  # expect: HL101 confirmed
    history = settings.get("history")
    if history is None:
        history = settings["history"] = []
    history.append(_fingerprint(user, ip))
    limit = settings.get("warn_after", 5)
    return {"user": user, "recent": len(history), "warn": len(history) > limit}


def scenario():
    n = next(_logins)
    return record_login(f"user{n}", f"10.0.{n % 250}.{n % 7}")
