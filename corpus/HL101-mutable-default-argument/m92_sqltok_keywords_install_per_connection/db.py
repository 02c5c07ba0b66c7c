"""db: a connection that tokenizes each statement with its dialect's keywords."""
import sqltok


class Connection:
    def __init__(self, dsn, dialect):
        self.dsn = dsn
        self.dialect = dialect
        dialect.install()  # every connection (re)installs the same fixed keywords

    def execute(self, sql):
        tokens = sqltok.tokenize(sql)
        return [text for kind, text in tokens if kind == "NAME"]

    def close(self):
        self.dialect = None


def connect(dsn, dialect):
    return Connection(dsn, dialect)
