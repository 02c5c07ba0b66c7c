class TransientError(ConnectionError):
    pass


class RetryMixin:
    def __init__(self, *, max_attempts=3, attempt_log=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(**kwargs)
        self.max_attempts = max_attempts
        self.attempt_log = attempt_log

    def call_with_retry(self, operation, *args):
        last_error = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                return operation(*args)
            except TransientError as exc:
                last_error = exc
                self.attempt_log.append((operation.__name__, attempt, str(exc)))
        raise last_error
