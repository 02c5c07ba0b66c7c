"""Line-based control protocol: partial commands wait per connection in a default dict until CRLF arrives; a complete line clears the connection's bytearray but leaves its key behind."""
import dataclasses
import functools
import itertools


@dataclasses.dataclass
class Command:
    conn_id: str
    verb: str
    args: tuple


def _command(conn_id, line):
    verb, *args = line.split()
    return Command(conn_id, verb.upper(), tuple(args))


def feed(conn_id, data, partials={}):  # expect: HL101 confirmed
    buf = partials.setdefault(conn_id, bytearray())
    buf += data
    if not buf.endswith(b"\r\n"):
        return []
    lines = buf.decode("ascii").split("\r\n")[:-1]
    buf.clear()
    return [_command(conn_id, line) for line in lines if line]


_conns = itertools.count()


def scenario():
    n = next(_conns)
    on_data = functools.partial(feed, f"10.0.{n % 256}.{n // 256}:{40000 + n % 1000}")
    commands = []
    for chunk in (b"sel", f"ect {n}\r\nget k".encode(), f"ey-{n}\r\n".encode()):
        commands.extend(on_data(chunk))
    return [c.verb for c in commands]
