"""enrich: derived columns, computed once the rows are clean."""
from . import registry


@registry.stage
def add_totals(rows):
    return [dict(row, total=round(row["qty"] * row["price"], 2)) for row in rows]
