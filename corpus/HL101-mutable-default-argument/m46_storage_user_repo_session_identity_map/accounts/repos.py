"""Account repositories."""
from storage.base import Repository


class UserRepository(Repository):
    table = "users"

    def __init__(self, session):
        super().__init__(session, session.identity_map)

    def rename(self, user_id, name):
        return self.update(user_id, name=name)
