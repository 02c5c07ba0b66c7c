"""Transaction: calls back into its database when it starts."""
import itertools

_ids = itertools.count(1)


class Transaction:
    def __init__(self, db, ops):
        self.db = db
        self.id = next(_ids)
        self.ops = ops
        db._on_begin(self)

    def execute(self, sql):
        return self.db._run(sql)

    def commit(self):
        return self.id, len(self.ops)
