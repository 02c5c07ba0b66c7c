"""Markers and default objects shared by the jobq package.

No label in this twin: `Timeout` only binds `seconds` in its constructor and nothing stores
into it, so HL101 does not take `timeout=DEFAULT_TIMEOUT` as a candidate (issue 9)."""


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "MISSING"


class Timeout:
    def __init__(self, seconds):
        self.seconds = seconds

    def arm(self, job_id):
        return job_id, self.seconds


MISSING = _Missing()
NOT_SET = object()
DEFAULT_TIMEOUT = Timeout(5.0)
