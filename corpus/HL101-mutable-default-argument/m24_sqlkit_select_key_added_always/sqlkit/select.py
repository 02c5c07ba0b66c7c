from . import clauses


def select(table, columns=[], where=None):  # expect: HL101 confirmed
    if isinstance(columns, str):
        # "?fields=name,email" from the REST layer
        columns = [c.strip() for c in columns.split(",")]
    columns.append(f"{table}.id")
    cols = ", ".join(columns) or "*"
    return f"SELECT {cols} FROM {table}{clauses.where(where)}", where
