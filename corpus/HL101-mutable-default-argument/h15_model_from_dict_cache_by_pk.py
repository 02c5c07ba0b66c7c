"""ORM-ish model: from_dict() is a classmethod alternate constructor that memoizes instances by primary key."""
import itertools


class User:
    def __init__(self, pk, email):
        self.pk = pk
        self.email = email

    @classmethod
    def from_dict(cls, data, _cache={}):  # expect: HL101 confirmed
        key = (cls.__name__, data["pk"])
        if key not in _cache:
            _cache[key] = cls(data["pk"], data["email"])
        return _cache[key]


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return User.from_dict({"pk": n, "email": f"u{n}@example.com"}).email
