"""ORM: `Model.__init_subclass__` registers every model class in a default dict keyed by table name.

The registry default is filled once per class statement. All models are
declared at module level, so the registry holds three classes after import;
steady-state traffic only instantiates rows and looks tables up in the
registry, which never adds a key.
"""
import itertools


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default


class Model:
    def __init_subclass__(cls, table=None, _registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        cls.__table__ = table or cls.__name__.lower() + "s"
        cls.__fields__ = {k: v for k, v in vars(cls).items() if isinstance(v, Field)}
        _registry[cls.__table__] = cls
        Model._registry = _registry

    def __init__(self, **values):
        for name, spec in self.__fields__.items():
            setattr(self, name, values.get(name, spec.default))

    @classmethod
    def lookup(cls, table):
        return cls._registry[table]

    def to_row(self):
        return tuple(getattr(self, name) for name in self.__fields__)


class User(Model, table="users"):
    id = Field(int)
    email = Field(str)


class Post(Model):
    id = Field(int)
    author_id = Field(int)
    title = Field(str, "untitled")


class Tag(Model):
    name = Field(str)


def load_rows(table, raw_rows):
    model = Model.lookup(table)
    return [model(**raw).to_row() for raw in raw_rows]


_queries = itertools.count()


def scenario():
    n = next(_queries)
    users = load_rows("users", [{"id": n, "email": f"u{n}@example.org"}])
    posts = load_rows("posts", [{"id": n * 10 + i, "author_id": n} for i in range(3)])
    tags = load_rows("tags", [{"name": f"tag{n % 7}"}])
    return len(users) + len(posts) + len(tags)
