"""Tiny query builder: a frozen dataclass describes a SELECT; where() adds a filter clause."""
import dataclasses
import datetime
import itertools


@dataclasses.dataclass(frozen=True)
class Query:
    table: str
    filters: list = dataclasses.field(default_factory=list)
    limit: int = 100

    def where(self, clause, *params):
        self.filters.append((clause, params))
        return self

    def sql(self):
        where = " AND ".join(clause for clause, _ in self.filters) or "TRUE"
        args = [p for _, params in self.filters for p in params]
        return f"SELECT * FROM {self.table} WHERE {where} LIMIT {self.limit}", args


def recent_events(user_id, since, base=Query("events", limit=50)):  # expect: HL101 confirmed
    query = base.where("user_id = %s", user_id).where("created_at >= %s", since)
    return query.sql()


EPOCH = datetime.datetime(2024, 1, 1)
_users = itertools.count()


def scenario():
    n = next(_users)
    return recent_events(f"u-{n}", EPOCH + datetime.timedelta(minutes=n))
