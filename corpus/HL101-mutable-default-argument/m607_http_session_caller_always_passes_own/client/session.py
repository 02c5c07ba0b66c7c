"""Minimal session helper: with keep_alive on, the connection for each origin
is kept in opts["connections"] and reused by later requests."""


class Connection:
    def __init__(self, origin):
        self.origin = origin
        self.requests = 0


def send(url, opts={"keep_alive": True, "connections": {}}):  # expect: HL101 refuted
    origin = "/".join(url.split("/")[:3])
    conn = opts["connections"].get(origin) if opts.get("keep_alive") else None
    if conn is None:
        conn = Connection(origin)
        if opts.get("keep_alive"):
            opts["connections"][origin] = conn
    conn.requests += 1
    return conn.origin, conn.requests
