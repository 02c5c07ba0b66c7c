"""db: a connection with user-defined SQL functions, tokenized with its dialect's keywords."""
import sqltok


class Connection:
    def __init__(self, dsn, dialect):
        self.dsn = dsn
        self.dialect = dialect
        self.functions = {}
        dialect.install()

    def create_function(self, name, fn):
        self.functions[name] = fn
        sqltok.register_keywords([name], kind="FUNC")  # so the lexer knows it is a call

    def execute(self, sql):
        tokens = sqltok.tokenize(sql)
        return [text for kind, text in tokens if kind == "FUNC" and text in self.functions]

    def close(self):
        self.functions.clear()
        self.dialect = None


def connect(dsn, dialect):
    return Connection(dsn, dialect)
