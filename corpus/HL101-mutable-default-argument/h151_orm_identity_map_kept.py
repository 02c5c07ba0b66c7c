"""Tiny ORM: `Model.__init__` registers each instance in an identity map
keyed by (class name, primary key) so repeated loads return one object;
`save()` is abstract in the base and implemented by `User`, which calls
`super().__init__(pk, **kwargs)`. Leaving the `with` block does not evict,
so every user ever loaded stays in the default dict."""
import itertools

_pks = itertools.count(1)


class Model:
    def __init__(self, pk, _identity_map={}):  # expect: HL101 confirmed
        self.pk = pk
        self._map = _identity_map
        _identity_map[(type(self).__name__, pk)] = self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.dirty = False
        return False

    def save(self):
        raise NotImplementedError


class User(Model):
    def __init__(self, pk, email, **kwargs):
        super().__init__(pk, **kwargs)
        self.email = email

    def save(self):
        return f"UPSERT users({self.pk}, {self.email!r})"


def scenario():
    n = next(_pks)
    with User(n, f"user{n}@example.org") as user:
        return user.save()
