"""Retry policy with exponential backoff (delays are computed, never slept)."""


class RetryPolicy:
    def __init__(self, total=3, backoff=0.2, statuses=(502, 503, 504)):
        self.total = total
        self.backoff = backoff
        self.statuses = frozenset(statuses)

    def delay(self, attempt):
        return self.backoff * (2 ** attempt)

    def attempts(self):
        return range(self.total + 1)

    def should_retry(self, status):
        return status in self.statuses
