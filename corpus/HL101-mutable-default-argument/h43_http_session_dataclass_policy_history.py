"""HTTP client: `Session.__init__` takes a `RetryPolicy()` dataclass instance as its default policy, and the policy records every attempt.

The dataclass uses `field(default_factory=list)`, so each *policy* gets its own
list. But the `policy=RetryPolicy()` default is evaluated once, so every
`Session` created without an explicit policy shares one policy object, and its
`attempts` list gains one `Attempt` per request, across sessions.
"""
import dataclasses
import itertools


@dataclasses.dataclass
class Attempt:
    url: str
    status: int
    tries: int


@dataclasses.dataclass
class RetryPolicy:
    total: int = 3
    backoff: float = 0.2
    attempts: list = dataclasses.field(default_factory=list)

    def should_retry(self, status, tries):
        return status >= 500 and tries < self.total

    def record(self, url, status, tries):
        self.attempts.append(Attempt(url, status, tries))


class Session:
    def __init__(self, base_url, policy=RetryPolicy()):  # expect: HL101 confirmed
        self.base_url = base_url.rstrip("/")
        self.policy = policy

    def _transport(self, url, tries):
        return 503 if tries == 1 and url.endswith("/flaky") else 200

    def get(self, path):
        url = f"{self.base_url}/{path.lstrip('/')}"
        tries = 1
        status = self._transport(url, tries)
        while self.policy.should_retry(status, tries):
            tries += 1
            status = self._transport(url, tries)
        self.policy.record(url, status, tries)
        return status


_calls = itertools.count()


def scenario():
    n = next(_calls)
    with_session = Session(f"https://api{n % 3}.example.com/")
    return with_session.get(f"/v1/orders/{n}" + ("/flaky" if n % 4 == 0 else ""))
