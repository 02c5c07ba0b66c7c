"""Declares a table with the default layout: an id column and no indexes."""


def declare(name, registry, _layout={"columns": ["id"], "indexes": []}):  # expect: HL101 refuted
    registry.add_table(name, _layout["columns"], _layout["indexes"])
    return name
