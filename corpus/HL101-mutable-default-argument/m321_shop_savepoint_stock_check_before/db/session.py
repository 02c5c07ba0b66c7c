class Session:
    """Collects the SQL it is asked to run (stands in for a DB-API connection)."""

    def __init__(self, name):
        self.name = name
        self.log = []

    def execute(self, sql):
        self.log.append(sql)
        return len(self.log)
