"""API wrapper: every client builds a RetryPolicy from the default list of
retryable status codes plus the codes parsed from its config string. The
policy keeps the default list itself on self but appends only codes it does
not hold yet, so the shared list stops at the union of configured codes."""
import itertools

_ids = itertools.count()


class RetryPolicy:
    def __init__(self, max_attempts=3, statuses=[429, 502, 503, 504]):  # expect: HL101 refuted
        self.max_attempts = max_attempts
        self.statuses = statuses

    def allow(self, spec):
        for code in (int(part) for part in spec.split(",") if part.strip()):
            if code not in self.statuses:
                self.statuses.append(code)
        return self

    def should_retry(self, attempt, status):
        return attempt < self.max_attempts and status in self.statuses


class ServiceClient:
    def __init__(self, name, config):
        self.base_url = f"https://{name}.internal"
        self.retry = RetryPolicy(config.get("attempts", 3)).allow(config.get("retry_on", ""))

    def send(self, path, status):
        attempt = 0
        while self.retry.should_retry(attempt, status):
            attempt += 1
        return f"{self.base_url}{path}", attempt


def scenario():
    n = next(_ids)
    client = ServiceClient(f"billing{n}", {"retry_on": "520, 522, 524"})
    return client.send(f"/invoices/{n}", 503)
