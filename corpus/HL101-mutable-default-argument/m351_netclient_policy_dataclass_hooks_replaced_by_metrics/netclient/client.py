"""Client: GETs a path through a transport, retrying per its policy."""
from .policy import RetryPolicy


class Client:
    def __init__(self, base_url, policy=RetryPolicy()):  # expect: HL101 refuted
        self.base_url = base_url
        self.policy = policy

    def get(self, path, transport):
        url = self.base_url + path
        for attempt in range(self.policy.attempts):
            status = transport(url)
            if status not in self.policy.retry_on:
                return status
            for hook in self.policy.on_retry:
                hook(attempt + 1, status)
        return status
