"""ORM-style declarative base: a metaclass records every model class by name; migrations build throwaway models with type(), each under a new name."""
import itertools


class ModelMeta(type):
    def __new__(mcs, name, bases, namespace, registry={}):  # expect: HL101 confirmed
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:
            registry[name] = cls
        cls._registry = registry
        return cls


class Model(metaclass=ModelMeta):
    __tablename__ = None

    @classmethod
    def table(cls):
        return cls.__tablename__ or cls.__name__.lower()


_migrations = itertools.count()


def scenario():
    n = next(_migrations)
    name = f"Snapshot{n}"
    snapshot = ModelMeta(name, (Model,), {"__tablename__": f"{name.lower()}_{n}"})
    return snapshot.table()
