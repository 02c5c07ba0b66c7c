"""urllib3-style retry policy: every failed attempt returns a new Retry that carries the attempt history."""
import collections
import itertools
from http import HTTPStatus

RequestHistory = collections.namedtuple("RequestHistory", "method url status")


class MaxRetryError(Exception):
    pass


class Retry:
    # heaplint-todo: the growth depends on a test heaplint cannot evaluate (unknown, not confirmed)
    def __init__(self, total=3, backoff_factor=0.25, history=[]):  # expect: HL101 confirmed
        self.total = total
        self.backoff_factor = backoff_factor
        self.history = history

    def increment(self, method, url, status=None):
        if self.total <= 0:
            raise MaxRetryError(url)
        self.history.append(RequestHistory(method, url, status))
        return Retry(self.total - 1, self.backoff_factor, self.history)

    def get_backoff_time(self):
        consecutive = len(self.history)
        return 0.0 if consecutive <= 1 else self.backoff_factor * 2 ** (consecutive - 1)


def urlopen(method, url, statuses, retries=None):
    retries = retries if retries is not None else Retry()
    for status in statuses:
        if status < HTTPStatus.INTERNAL_SERVER_ERROR:
            return status, retries.get_backoff_time()
        retries = retries.increment(method, url, status)
    raise MaxRetryError(url)


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return urlopen("GET", f"https://api.example.com/v2/jobs/{n}", (503, 200))
