from ..instrument import timed


class UserRepository:
    table = "users"

    def __init__(self, conn):
        self.conn = conn
        self.cursor = conn.cursor()

    def _query(self, sql, params=()):
        with timed("sql:" + sql):
            self.cursor.execute(sql, params)
            return self.cursor.fetchall()

    def emails_for(self, user_ids):
        ids = [int(i) for i in user_ids if str(i).isdigit()]
        if not ids:
            return {}
        # ids are validated integers, so they are safe to inline
        sql = "SELECT id, email FROM %s WHERE id IN (%s)" % (self.table, ", ".join(map(str, ids)))
        rows = self._query(sql)
        return {user_id: email.lower() for user_id, email in rows}

    def count(self):
        (total,), = self._query("SELECT COUNT(*) FROM %s" % self.table)
        return total
