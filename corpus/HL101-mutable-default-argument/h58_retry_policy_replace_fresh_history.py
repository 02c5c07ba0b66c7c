"""HTTP client with a configurable retry policy."""
import dataclasses
import itertools

_ids = itertools.count()


@dataclasses.dataclass
class RetryPolicy:
    total: int = 3
    backoff: float = 0.5
    history: list = dataclasses.field(default_factory=list)

    def record(self, method, url, status):
        self.history.append((method, url, status))
        return len(self.history) < self.total


class Client:
    def __init__(self, base_url, retry=RetryPolicy()):  # expect: HL101 refuted
        self.base_url = base_url.rstrip("/")
        self.retry = dataclasses.replace(retry, history=[])

    def request(self, method, path, statuses):
        url = f"{self.base_url}/{path.lstrip('/')}"
        for status in statuses:
            if status < 500 or not self.retry.record(method, url, status):
                return status
        return statuses[-1]


def scenario():
    n = next(_ids)
    client = Client(f"https://svc{n}.internal/")
    status = client.request("GET", f"/jobs/{n}", [503, 502, 200])
    assert status in (200, 502, 503)
