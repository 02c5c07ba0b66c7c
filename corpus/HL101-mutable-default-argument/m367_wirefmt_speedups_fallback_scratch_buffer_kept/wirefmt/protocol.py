"""Request framing: a length line, then the netstring-encoded fields."""
from . import encode


def frame(command, **fields):
    body = encode({"cmd": command, **fields})
    return b"%d\n" % len(body) + body
