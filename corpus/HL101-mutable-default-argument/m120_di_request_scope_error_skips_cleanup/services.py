"""Request-scoped services: one Session per request."""


class Session:
    def __init__(self, user):
        self.user = user
        self.queries = []

    def query(self, sql):
        self.queries.append(sql)
        if sql.startswith("DROP"):
            raise PermissionError(f"{self.user} may not run {sql!r}")
        return len(self.queries)
