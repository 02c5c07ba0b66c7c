from .base import Connection


class PgConnection(Connection):
    def __init__(self, dsn, **options):
        Connection.__init__(self, dsn, **options)
        self.dialect = "postgresql"
