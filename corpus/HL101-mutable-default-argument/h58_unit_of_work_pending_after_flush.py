"""Unit-of-work session for a small ORM layer."""
import itertools

_ids = itertools.count()


class ValidationError(Exception):
    pass


class Session:
    def __init__(self):
        self.committed = []

    def flush_one(self, obj):
        if "@" not in obj.get("email", ""):
            raise ValidationError(f"invalid email for {obj['id']}")
        self.committed.append(obj["id"])


def save(session, obj, _pending={}):  # expect: HL101 confirmed
    key = (obj.get("table", "users"), obj["id"])
    _pending[key] = obj
    session.flush_one(obj)
    _pending.pop(key, None)
    return key


def scenario():
    n = next(_ids)
    session = Session()
    save(session, {"id": n, "email": f"user{n}@example.com"})
    try:
        save(session, {"id": -n - 1, "email": "not-an-email"})
    except ValidationError:
        pass
    assert session.committed == [n]
