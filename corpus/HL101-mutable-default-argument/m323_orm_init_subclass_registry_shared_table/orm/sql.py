"""Render INSERT statements for model instances."""


def insert_sql(row):
    cols = ", ".join(row.__fields__)
    marks = ", ".join("?" for _ in row.__fields__)
    values = tuple(getattr(row, name) for name in row.__fields__)
    return f"INSERT INTO {row.__table__} ({cols}) VALUES ({marks})", values
