"""Retry handling for an HTTP client; policies are frozen dataclasses."""
import itertools
from dataclasses import dataclass, field

_req = itertools.count()


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    retry_statuses: frozenset = frozenset({429, 502, 503, 504})
    attempted: list = field(default_factory=list)


class Response:
    def __init__(self, url, status):
        self.url = url
        self.status = status


def should_retry(response, policy=RetryPolicy()):  # expect: HL101 refuted
    if response.status not in policy.retry_statuses:
        return False
    tried = policy.attempted
    tried = tried + [response.url]
    return tried.count(response.url) < policy.max_attempts


def get(url, transport):
    response = transport(url)
    if should_retry(response):
        response = transport(url)
    return response


def scenario():
    n = next(_req)
    statuses = iter((503, 200))
    get(f"https://api.example.com/v1/orders/{n}", lambda u: Response(u, next(statuses)))
