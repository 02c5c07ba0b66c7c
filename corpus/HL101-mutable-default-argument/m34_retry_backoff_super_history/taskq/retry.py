class TransientError(Exception):
    """Raised by tasks for failures that are worth retrying."""


class RetryPolicy:
    retry_on = (TransientError, ConnectionError, TimeoutError)

    def __init__(self, max_retries=3, base_delay=0.5):
        self.max_retries = max_retries
        self.base_delay = base_delay
        self.history = []

    def delay_for(self, attempt):
        return self.base_delay

    def should_retry(self, attempt, exc):
        return attempt < self.max_retries and isinstance(exc, self.retry_on)

    def on_failure(self, task_id, attempt, exc):
        self.history.append((task_id, attempt, type(exc).__name__, str(exc)))
