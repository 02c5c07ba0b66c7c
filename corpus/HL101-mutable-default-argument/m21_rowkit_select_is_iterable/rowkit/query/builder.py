"""SELECT statement builder."""
import rowkit as rk


def select(table, columns=[]):  # expect: HL101 refuted
    cols = [*columns, f"{table}.id"] if rk.is_iterable(columns) else [columns, f"{table}.id"]
    return f"SELECT {', '.join(cols)} FROM {table}"
