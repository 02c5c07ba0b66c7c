"""SELECT statement builder."""
import rowkit as rk


def select(table, columns=[]):  # expect: HL101 confirmed
    cols = rk.ensure_list(columns, f"{table}.id")
    return f"SELECT {', '.join(cols)} FROM {table}"
