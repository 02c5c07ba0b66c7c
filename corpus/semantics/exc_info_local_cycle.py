"""sys.exc_info() kept in a local forms a cycle frame -> tuple -> traceback -> frame.

The frame's locals survive refcounting and are freed only by the collector.
"""
# retains: no
# survives-refcount: yes
# survives-gc: no
import sys


class Payload:
    pass


def work(payload_box):
    payload = Payload()
    payload_box.append(payload)
    try:
        raise RuntimeError("upstream timeout")
    except RuntimeError:
        info = sys.exc_info()
    return info[0].__name__


def probe():
    box = []
    work(box)
    return box.pop()


def scenario():
    work([])
