"""Markers and default objects shared by the jobq package."""


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "MISSING"


class Timeout:
    def __init__(self, seconds):
        self.seconds = seconds
        self.armed = []

    def arm(self, job_id):
        self.armed.append(job_id)
        return job_id, self.seconds


MISSING = _Missing()
NOT_SET = object()
DEFAULT_TIMEOUT = Timeout(5.0)
