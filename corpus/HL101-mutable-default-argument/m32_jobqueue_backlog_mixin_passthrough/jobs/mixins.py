from .base import Job


class ScheduledMixin:
    """Adds delayed delivery on top of any worker class."""

    def __init__(self, *args, delay=0, **kwargs):
        if delay < 0:
            raise ValueError("delay must be >= 0")
        self.delay = delay
        super().__init__(*args, **kwargs)

    def schedule(self, name, payload, now):
        return self.submit(Job(name, payload, run_at=now + self.delay))
