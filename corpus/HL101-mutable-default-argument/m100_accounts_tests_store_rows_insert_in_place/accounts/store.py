class UserStore:
    """User rows by id; the real deployment passes a database-backed mapping."""

    def __init__(self, rows={}):  # expect: HL101 confirmed
        self.rows = rows

    def get(self, uid):
        return self.rows.get(uid)

    def __len__(self):
        return len(self.rows)
