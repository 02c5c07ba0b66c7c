from .retry import RetryPolicy


class ExponentialBackoff(RetryPolicy):
    def __init__(self, factor=2.0, cap=60.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor
        self.cap = cap
        self.last_failure = None

    def delay_for(self, attempt):
        return min(self.cap, self.base_delay * self.factor ** attempt)

    def on_failure(self, task_id, attempt, exc):
        self.last_failure = (task_id, attempt, type(exc).__name__)
