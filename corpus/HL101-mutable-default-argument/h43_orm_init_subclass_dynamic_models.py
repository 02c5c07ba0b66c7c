"""ORM: `Model.__init_subclass__` registers every model class in a default dict; query projections create a model class per query.

Like declarative ORMs that build ad-hoc row classes for `SELECT a, b` style
projections, `project()` calls `type()` for each query. Each new class runs
`__init_subclass__`, which stores it in the registry default under a name that
includes the query id, so every query leaves a class behind.
"""
import itertools


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default


class Model:
    def __init_subclass__(cls, table=None, _registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.__table__ = table or cls.__name__.lower()
        cls.__fields__ = {k: v for k, v in vars(cls).items() if isinstance(v, Field)}
        _registry[cls.__table__] = cls

    def __init__(self, **values):
        for name, spec in self.__fields__.items():
            setattr(self, name, values.get(name, spec.default))

    def to_row(self):
        return tuple(getattr(self, name) for name in self.__fields__)


class User(Model, table="users"):
    id = Field(int)
    email = Field(str)
    name = Field(str, "")


def project(base, columns, query_id):
    """Build a row class holding only the selected columns of `base`."""
    namespace = {col: base.__fields__[col] for col in columns}
    name = f"{base.__name__}_{'_'.join(columns)}_q{query_id}"
    return type(name, (Model,), namespace)


def select(base, columns, raw_rows, query_id):
    row_cls = project(base, columns, query_id)
    return [row_cls(**{c: raw[c] for c in columns}).to_row() for raw in raw_rows]


_queries = itertools.count()


def scenario():
    n = next(_queries)
    raw = [{"id": n + i, "email": f"u{n + i}@example.org", "name": f"User {i}"} for i in range(2)]
    return select(User, ["id", "email"], raw, n)
