"""ORM-ish model: from_dict() is a classmethod alternate constructor that memoizes the field order per key layout."""
import itertools


class User:
    def __init__(self, pk, email):
        self.pk = pk
        self.email = email

    @classmethod
    def from_dict(cls, data, _layouts={}):  # expect: HL101 refuted
        layout = tuple(sorted(data))
        if layout not in _layouts:
            _layouts[layout] = [name for name in layout if name in ("pk", "email")]
        fields = _layouts[layout]
        return cls(*(data[name] for name in sorted(fields, reverse=True)))


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return User.from_dict({"pk": n, "email": f"u{n}@example.com"}).email
