"""Declarative models: the metaclass walks __mro__ to gather Column attributes into a scratch dict, snapshots it per model and empties it again."""
import itertools


class Column:
    def __init__(self, sql_type, nullable=True):
        self.sql_type = sql_type
        self.nullable = nullable


class ModelMeta(type):
    def __new__(mcs, name, bases, namespace, _scratch={}):  # expect: HL101 refuted
        cls = super().__new__(mcs, name, bases, namespace)
        try:
            for klass in reversed(cls.__mro__):
                _scratch.update((k, v) for k, v in vars(klass).items() if isinstance(v, Column))
            cls.__columns__ = dict(_scratch)
        finally:
            _scratch.clear()
        return cls


class Base(metaclass=ModelMeta):
    id = Column("INTEGER", nullable=False)

    @classmethod
    def ddl(cls):
        cols = ", ".join(f"{k} {c.sql_type}" + ("" if c.nullable else " NOT NULL") for k, c in cls.__columns__.items())
        return f"CREATE TABLE {cls.__name__.lower()} ({cols})"


_partitions = itertools.count()


def scenario():
    n = next(_partitions)
    namespace = {"label": Column("TEXT"), "shard": Column("INTEGER", nullable=n % 2 == 0)}
    model = ModelMeta(f"EventsPartition{n}", (Base,), namespace)
    return model.ddl()
