class Connection:
    """Stands in for a driver connection to one database server."""

    def __init__(self, server):
        self.server = server
        self.database = None
        self.closed = False

    def use(self, database):
        self.database = database

    def execute(self, sql, params=()):
        if self.closed:
            raise RuntimeError(f"connection to {self.server} is closed")
        return [(self.database, sql, tuple(params))]


def connect(server):
    return Connection(server)
