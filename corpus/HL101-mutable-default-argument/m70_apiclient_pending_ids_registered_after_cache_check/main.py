"""Dashboard backend: render one user's card through the REST client."""
import itertools

import apiclient

_users = itertools.count()


def scenario():
    n = next(_users)
    client = apiclient.Client(f"https://api{n % 3}.example.test", token=f"tok-{n}")
    profile = client.get(f"/users/{n}")
    again = client.get(f"/users/{n}")  # the card and its header: second hit is cached
    try:
        client.get(f"/users/{n}/avatar")
    except apiclient.ApiError as exc:
        avatar = exc.status
    return profile is again, avatar
