import itertools

from metrics import REQUEST_LATENCY
from middleware import timed

_req = itertools.count(1)


@timed(REQUEST_LATENCY)
def get_user(request):
    user_id = int(request["path"].rsplit("/", 1)[-1])
    return {"status": 200, "body": {"id": user_id, "name": "user%d" % user_id}}


def scenario():
    n = next(_req)
    get_user({"path": "/api/users/%d" % n, "db_ms": (n % 17) * 0.37})
    get_user({"path": "/api/users/%d" % (n + 1), "db_ms": n * 0.001})
    return REQUEST_LATENCY.quantile(0.99)
