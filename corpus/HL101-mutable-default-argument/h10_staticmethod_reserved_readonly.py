"""Accounts: a staticmethod validates usernames against a reserved list that is only ever read."""
import itertools


class Accounts:
    def __init__(self):
        self.users = {}

    @staticmethod
    def is_allowed(name, reserved=["admin", "root", "support"]):  # expect: HL101 refuted
        return name.lower() not in reserved and name.isidentifier()

    def signup(self, name):
        if not self.is_allowed(name):
            return None
        self.users[name] = {"name": name}
        return self.users[name]


_signups = itertools.count()


def scenario():
    n = next(_signups)
    accounts = Accounts()
    accounts.signup(f"user_{n}")
    accounts.signup("Admin")
    return len(accounts.users)
