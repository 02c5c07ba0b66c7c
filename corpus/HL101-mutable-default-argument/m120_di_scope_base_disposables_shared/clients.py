"""Backend clients that must be closed when their scope ends."""


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = True

    def execute(self, sql):
        return f"{self.dsn}: {sql}"

    def close(self):
        self.open = False
