from .base import Job


class ScheduledMixin:
    """Adds delayed delivery on top of any worker class."""

    def __init__(self, *args, delay=0, backlog=None, **kwargs):
        if delay < 0:
            raise ValueError("delay must be >= 0")
        self.delay = delay
        if backlog is None:
            backlog = []
        super().__init__(*args, backlog=backlog, **kwargs)

    def schedule(self, name, payload, now):
        return self.submit(Job(name, payload, run_at=now + self.delay))
