import itertools

import httpkit

_ids = itertools.count()


def load_profile(api, user_id):
    probe = httpkit.head(f"{api}/users/{user_id}")
    if not probe.ok():
        return None
    resp = httpkit.get(f"{api}/users/{user_id}", params={"fields": "name,email"})
    return resp.body.decode()


def scenario():
    n = next(_ids)
    profile = load_profile("https://api.example.com/v2", n)
    httpkit.post(f"https://api.example.com/v2/events/{n}")
    return profile
