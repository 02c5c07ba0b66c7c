"""SQL text builder: one SELECT with AND-ed WHERE clauses and bound parameters."""
__all__ = ["build_select"]


def _clause(column, value):
    if value is None:
        return f"{column} IS NULL", None
    return f"{column} = ?", value


def build_select(table, filters, clauses=[]):  # expect: HL101 refuted
    for column, value in sorted(filters.items()):
        clauses.append(_clause(column, value))
    where = " AND ".join(text for text, _ in clauses) or "1 = 1"
    params = [value for _, value in clauses if value is not None]
    return f"SELECT * FROM {table} WHERE {where}", params
