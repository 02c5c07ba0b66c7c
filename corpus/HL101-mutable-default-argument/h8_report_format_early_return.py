"""Report renderer: JSON (the default format) returns early; only the CSV path, which nobody here asks for, accumulates lines in the default."""
import itertools
import json


def render(rows, fmt="json", csv_lines=[]):  # expect: HL101 refuted
    if not rows:
        return ""
    if fmt == "json":
        return json.dumps(rows, sort_keys=True)
    header = sorted(rows[0])
    csv_lines.append(",".join(header))
    for row in rows:
        csv_lines.append(",".join(str(row[k]) for k in header))
    return "\n".join(csv_lines)


_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [{"id": n, "name": f"user{n}"}, {"id": n + 1, "name": f"user{n + 1}"}]
    return render(rows)
