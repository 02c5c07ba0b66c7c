from .policies import ExponentialBackoff


class Scheduler:
    def __init__(self):
        self.virtual_time = 0.0
        self.completed = 0

    def run(self, task_id, func, args=(), policy=ExponentialBackoff(max_retries=4)):  # expect: HL101 confirmed
        attempt = 0
        while True:
            try:
                result = func(*args)
            except Exception as exc:
                if not policy.should_retry(attempt, exc):
                    raise
                policy.on_failure(task_id, attempt, exc)
                self.virtual_time += policy.delay_for(attempt)  # simulated clock, no sleeping
                attempt += 1
                continue
            self.completed += 1
            return result
