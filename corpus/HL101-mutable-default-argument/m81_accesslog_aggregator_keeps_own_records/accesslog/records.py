"""records: one parsed access-log line."""
from collections import namedtuple

Hit = namedtuple("Hit", "host method path status size")


def is_error(hit):
    return hit.status >= 500
