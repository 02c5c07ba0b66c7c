"""RetryMixin: cooperative __init__, counts attempts. Counters are keyed by task kind: two keys, whatever the number of tasks."""


class RetryMixin:
    def __init__(self, *args, max_attempts=3, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_attempts = max_attempts

    def run_with_retry(self):
        for _ in range(self.max_attempts):
            key = self.kind
            self.attempts[key] = self.attempts.get(key, 0) + 1
            try:
                return self.run()
            except ConnectionError:
                continue
        return None
