import itertools

from restkit import connect
from restkit.resources import users

_ids = itertools.count(1000)

ENV = {"API_URL": "https://api.example.test/v2/", "API_TIMEOUT": "2.5"}


def scenario():
    user_id = next(_ids)
    session = connect(ENV)
    first = users.fetch(session, user_id)
    if first["status"] != 200:
        raise RuntimeError("unexpected status %s" % first["status"])
    # A second read revalidates with If-None-Match and gets a 304.
    again = users.fetch(session, user_id)
    return first["user"]["url"], again["status"]
