import itertools

from migrator import Migration, MigrationExecutor

_schemas = itertools.count()


class FakeConnection:
    def __init__(self, schema):
        self.schema = schema
        self.statements = []
        self.applied = []

    def execute(self, sql):
        self.statements.append(sql.format(schema=self.schema))

    def applied_migrations(self):
        return list(self.applied)

    def record_applied(self, name):
        self.applied.append(name)


def tenant_migrations(schema):
    initial = Migration(f"{schema}.0001_initial", (), ["CREATE TABLE {schema}.account (id int)"])
    email = Migration(f"{schema}.0002_email", [initial.name], ["ALTER TABLE {schema}.account ADD email text"])
    return [email, initial]


def scenario():
    n = next(_schemas)
    conn = FakeConnection(f"tenant_{n}")
    done = MigrationExecutor(conn).migrate(tenant_migrations(conn.schema), fake_initial=True)
    assert done[0].endswith("0001_initial") and len(conn.statements) == 2
    # re-running against the now-migrated schema must be a no-op
    assert MigrationExecutor(conn).migrate(tenant_migrations(conn.schema)) == []
