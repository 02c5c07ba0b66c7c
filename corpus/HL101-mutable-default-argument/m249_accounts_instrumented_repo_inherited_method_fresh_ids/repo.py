"""User storage: a plain base repository and the instrumented user repository."""
from instrument import instrumented


class Repository:
    def __init__(self, rows):
        self.rows = dict(rows)

    def get(self, key, default=None):
        return self.rows.get(key, default)


@instrumented
class UserRepo(Repository):
    def by_role(self, role):
        return sorted(k for k, row in self.rows.items() if row["role"] == role)

    def profile(self, user_id):
        row = self.get(user_id) or {"role": "guest"}
        return {"id": user_id, **row}
