"""Request middleware: report one timing per handled request to statsd."""
import itertools

import exporters.statsd as statsd

_ids = itertools.count()


def scenario():
    n = next(_ids)
    line, queued = statsd.emit(f"http.request.{n}.ms", 3 + n % 97, kind="ms")
    return len(line) + queued
