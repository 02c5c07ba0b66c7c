"""Ad-hoc result types for report queries: one record class per projection."""
from ..schema import Record


def projection(report_id, columns):
    name = f"Report{report_id}Row"
    return type(name, (Record,), {"columns": tuple(columns), "__module__": __name__})


def run_report(report_id, source, columns):
    row_type = projection(report_id, columns)
    rows = [row_type(*(item[c] for c in columns)) for item in source]
    return {"report": report_id, "table": row_type.table, "rows": [r.as_tuple() for r in rows]}
