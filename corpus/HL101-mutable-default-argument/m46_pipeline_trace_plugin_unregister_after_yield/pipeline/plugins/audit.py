"""Audit plugin: stamps every request with an audit reference."""
import collections

from ..registry import register

RECENT = collections.deque(maxlen=25)


def stamp(request):
    request["audit"] = f"audit-{request['id']:06d}"
    RECENT.append(request["audit"])
    return request


register("10-audit", stamp)
