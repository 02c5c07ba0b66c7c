"""Data layer: subclasses hand their default item list up to the base repository."""
import itertools


class Repository:
    def __init__(self, items):
        self.items = items

    def add(self, item):
        self.items.append(item)
        return len(self.items)


class UserRepository(Repository):
    def __init__(self, items=[]):  # expect: HL101 confirmed
        super().__init__(items)

    def add_user(self, name, email):
        return self.add({"name": name, "email": email.lower()})


_signups = itertools.count()


def scenario():
    n = next(_signups)
    repo = UserRepository()
    repo.add_user(f"user{n}", f"User{n}@Example.com")
