"""A toy connection layer: one connection per request, closed when it ends."""


class Connection:
    def __init__(self, tenant):
        self.tenant = tenant
        self.closed = False

    def query(self, sql, *params):
        if self.closed:
            raise RuntimeError("connection is closed")
        return [(self.tenant, sql.split()[0].lower(), *params)]

    def close(self):
        self.closed = True


def connect(tenant):
    return Connection(tenant)
