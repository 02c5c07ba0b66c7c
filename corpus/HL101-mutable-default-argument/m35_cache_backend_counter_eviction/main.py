import itertools

import cachekit

_ids = itertools.count()


def load_profile(user_id):
    return {"id": user_id, "name": "user-%d" % user_id, "roles": ("reader",)}


def scenario():
    n = next(_ids)
    cache = cachekit.Cache(namespace="req%d" % (n % 8))
    profile = cache.get_or_set("User:%d" % n, lambda: load_profile(n))
    again = cache.get_or_set(" user:%d" % n, lambda: load_profile(n))
    settings = cache.get_or_set("settings", lambda: {"theme": "dark"})
    return profile is again, settings["theme"], cache.hits
