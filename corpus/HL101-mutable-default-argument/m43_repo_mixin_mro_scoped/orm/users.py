from .base import Repository
from .mixins import ScopedSessionMixin


class User:
    def __init__(self, pk, email):
        self.pk = pk
        self.email = email


class UserRepository(ScopedSessionMixin, Repository):
    def __init__(self, session):
        super().__init__(session, User)

    def register(self, pk, email):
        email = email.strip().lower()
        if "@" not in email:
            raise ValueError("invalid email: %r" % email)
        existing = self.get(pk)
        if existing is not None:
            return existing
        return self.add(User(pk, email))
