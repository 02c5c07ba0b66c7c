"""ORM-style models: every table declared at run time becomes a class built
with type(); concrete models are registered by class name, while models that
are abstract (directly or through their base) are skipped."""
import itertools

_tables = itertools.count()


class Base:
    abstract = True
    primary_key = "id"


def register(cls, registry={}):  # expect: HL101 refuted
    if getattr(cls, "abstract", False):
        return cls
    registry[cls.__name__] = cls
    return cls


def declare(table, columns):
    ns = {"__tablename__": table, "columns": tuple(columns)}
    name = "".join(part.title() for part in table.split("_"))
    return register(type(name, (Base,), ns))


def scenario():
    n = next(_tables)
    return declare(f"audit_log_{n}", ["id", "created_at", f"payload_{n}"])
