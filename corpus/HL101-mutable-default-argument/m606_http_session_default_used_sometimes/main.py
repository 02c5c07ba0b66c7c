"""Status poller: each poll asks one shard for its status. Polls from the
batch job bring their own short-lived session options; the rest use the
client's defaults."""
import itertools

from client import session

_polls = itertools.count()


def poll(n, batch):
    url = f"https://shard-{n}.status.example.com/v1/health"
    if batch:
        return session.send(url, {"keep_alive": True, "connections": {}})
    return session.send(url)


def scenario():
    n = next(_polls)
    return poll(n, batch=(n % 3 == 0))
