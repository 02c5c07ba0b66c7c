"""`quota set USER VALUE`: stores the parsed quota; a bad value is reported, not fatal."""
from .errors import reported


def set_quota(store, user, raw):
    with reported(ValueError, KeyError) as report:
        store[user] = int(raw)
    return store.get(user), len(report.log)
