"""HTTP client front end: fetch() returns a Deferred wired to the response sink."""
from . import sinks
from .deferred import Deferred

__all__ = ["fetch"]


def fetch(url, received=[]):  # expect: HL101 refuted
    d = Deferred()
    d.add_callback(sinks.check_status)
    d.add_callback(sinks.collect, received)
    return d
