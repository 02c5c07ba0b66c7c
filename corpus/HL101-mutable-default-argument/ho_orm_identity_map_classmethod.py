"""Tiny ORM: Model.get() returns the one instance per primary key (identity map)."""
import itertools


class Model:
    def __init__(self, pk):
        self.pk = pk
        self.dirty = False

    @classmethod
    def get(cls, pk, identity_map={}):  # expect: HL101 confirmed
        key = (cls.__name__, pk)
        obj = identity_map.get(key)
        if obj is None:
            obj = cls(pk)
            identity_map[key] = obj
        return obj


class User(Model):
    pass


_ids = itertools.count()


def scenario():
    n = next(_ids)
    user = User.get(n)
    user.dirty = True
