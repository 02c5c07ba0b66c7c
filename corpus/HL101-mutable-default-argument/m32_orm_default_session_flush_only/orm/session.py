class Session:
    """Unit of work: collects new instances and renders their INSERTs."""

    def __init__(self, dialect="sqlite"):
        self.dialect = dialect
        self._pending = []
        self.statements_sent = 0

    def add(self, instance):
        if any(obj is instance for obj in self._pending):
            return False
        self._pending.append(instance)
        return True

    def flush(self):
        sql = []
        for obj in self._pending:
            if not obj._persisted:
                sql.append(obj.insert_sql(self.dialect))
                obj._persisted = True
        self.statements_sent += len(sql)
        return sql

    def commit(self):
        sql = self.flush()
        self._pending.clear()
        return len(sql)
