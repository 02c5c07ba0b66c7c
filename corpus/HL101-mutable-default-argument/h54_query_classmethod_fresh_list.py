"""Minimal query builder in the style of a small ORM."""
import itertools

_ids = itertools.count()


class Query:
    # heaplint-todo: every call, cls(model, [...]) in the classmethod, passes clauses: the default is latent (no call in this file leaves it) (heaplint: unknown)
    def __init__(self, model, clauses=[]):  # expect: HL101 refuted
        self.model = model
        self.clauses = clauses

    def filter(self, **conditions):
        for column, value in sorted(conditions.items()):
            if value is None:
                self.clauses.append("%s IS NULL" % column)
            else:
                self.clauses.append("%s = %r" % (column, value))
        return self

    @classmethod
    def owned_by(cls, model, user_id):
        if not isinstance(user_id, int) or user_id < 0:
            raise ValueError("bad user id %r" % (user_id,))
        return cls(model, ["owner_id = %d" % user_id])

    def to_sql(self):
        sql = "SELECT * FROM %s" % self.model.lower()
        if self.clauses:
            sql += " WHERE " + " AND ".join(self.clauses)
        return sql


def scenario():
    n = next(_ids)
    query = Query.owned_by("Invoice", n).filter(status="open-%d" % n, deleted_at=None)
    return query.to_sql()
