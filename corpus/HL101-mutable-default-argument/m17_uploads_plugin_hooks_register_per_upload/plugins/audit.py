"""Audit plugin: records who uploaded what."""
import collections

from core import register

TRAIL = collections.deque(maxlen=32)


def on_upload(upload):
    TRAIL.append((upload["owner"], upload["name"], upload["size"]))
    return "audited"


register(on_upload)
