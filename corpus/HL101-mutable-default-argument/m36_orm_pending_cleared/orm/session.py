"""Unit of work: assigns primary keys and records the INSERTs it would run."""
import itertools


class Session:
    def __init__(self):
        self.statements = []
        self._pks = itertools.count(1)

    def insert(self, obj):
        if obj.pk is None:
            obj.pk = next(self._pks)
        row = obj.as_row()
        cols = ", ".join(sorted(row))
        self.statements.append("INSERT INTO %s (%s) VALUES (%d)" % (obj.__table__, cols, obj.pk))
        return obj.pk

    def add(self, obj):
        """Insert ``obj`` and cascade to the rows attached to it."""
        pk = self.insert(obj)
        if obj._pending:
            obj.flush(self)
        return pk

    def commit(self):
        done, self.statements = len(self.statements), []
        return done
