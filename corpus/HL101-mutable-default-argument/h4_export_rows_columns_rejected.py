"""CRM export: rows become CSV lines over the default columns; rows without an e-mail are set aside."""
import itertools


def export_rows(
    rows,
    columns=["id", "name", "email"],  # expect: HL101 refuted
    rejected=[],  # expect: HL101 confirmed
):
    lines = [",".join(columns)]
    for i, row in enumerate(rows):
        if "@" not in row.get("email", ""):
            rejected.append((i, row))
            continue
        lines.append(",".join(str(row[c]) for c, _ in zip(columns, range(len(columns)))))
    return "\n".join(lines)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    export_rows([
        {"id": n, "name": f"Ada {n}", "email": f"ada{n}@example.com"},
        {"id": n + 1, "name": f"Bob {n}", "email": "n/a"},
    ])
