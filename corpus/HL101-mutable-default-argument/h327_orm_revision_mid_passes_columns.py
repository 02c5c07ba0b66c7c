"""ORM models: Model keeps the column list, VersionedModel gives each table
its id/version columns, and Revision goes through VersionedModel's __init__,
then tracks before/after columns per field."""
import itertools

_revs = itertools.count()


class Model:
    def __init__(self, table, columns=[]):  # expect: HL101 refuted
        self.table = table
        self.columns = columns

    def select_sql(self):
        return f"SELECT {', '.join(self.columns[:8]) or '*'} FROM {self.table}"


class VersionedModel(Model):
    def __init__(self, table):
        super().__init__(table, ["id", "version"])


class Revision(VersionedModel):
    def __init__(self, table):
        super().__init__(table)

    def track(self, field):
        self.columns.append(f"{field}_before")
        self.columns.append(f"{field}_after")


def scenario():
    n = next(_revs)
    rev = Revision(f"orders_rev_{n}")
    rev.track(f"field{n}")
    return rev.select_sql()
