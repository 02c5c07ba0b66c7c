"""HTTP client with exponential backoff: each client logs its failed attempts and, after a successful request, starts a fresh log by rebinding the attribute, so the shared default keeps every entry."""
import itertools


class BackoffClient:
    def __init__(self, base_url, transport, attempt_log=[], base_delay=0.05):  # expect: HL101 confirmed
        self.base_url, self.transport = base_url, transport
        self.attempt_log, self.base_delay = attempt_log, base_delay

    @property
    def waited(self):
        return sum(delay for _, delay in self.attempt_log)

    def get(self, path, retries=4):
        url = f"{self.base_url}{path}"
        for attempt in range(retries):
            try:
                response = self.transport(url, attempt)
            except ConnectionError:
                self.attempt_log.append((url, self.base_delay * 2**attempt))
                continue
            response["waited"], self.attempt_log = self.waited, []
            return response
        raise ConnectionError(url)


def flaky_transport(url, attempt):
    if attempt < 1:
        raise ConnectionError(url)
    return {"url": url, "status": 200}


_tenants = itertools.count()


def scenario():
    return BackoffClient(f"https://t{next(_tenants)}.api.example", flaky_transport).get("/health")
