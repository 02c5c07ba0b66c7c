"""Database client: Connection.from_config() builds a connection from a
parsed config section; `extra` holds driver settings and per-session tags
that tag_session() adds when a session is opened on the connection."""
import itertools

_sessions = itertools.count()


class Connection:
    def __init__(self, host, port, extra):
        self.host = host
        self.port = port
        self.extra = extra

    @classmethod
    def from_config(cls, cfg, extra={}):  # expect: HL101 confirmed
        return cls(cfg["host"], int(cfg.get("port", 5432)), extra)

    def tag_session(self, session_id, user):
        self.extra[f"session:{session_id}"] = user
        return len(self.extra)

    def dsn(self):
        return f"postgresql://{self.host}:{self.port}/app"


def scenario():
    n = next(_sessions)
    conn = Connection.from_config({"host": f"db{n % 3}.internal", "port": "6432"})
    conn.tag_session(f"s-{n:06d}", f"user{n}")
    return conn.dsn()
