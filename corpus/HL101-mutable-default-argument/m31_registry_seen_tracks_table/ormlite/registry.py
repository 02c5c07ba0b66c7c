"""Model registry: maps table names to model classes."""

MODELS = {}


class DuplicateModel(Exception):
    pass


def register(name, cls, _seen=set()):  # expect: HL101 refuted
    table = cls.__tablename__
    if table in _seen and MODELS.get(table) is not cls:
        raise DuplicateModel(f"{name}: table {table!r} is already mapped")
    _seen.add(table)
    MODELS.setdefault(table, cls)
    return cls


def lookup(table):
    return MODELS[table]
