from ..cells import cell


def render(rows, header=[]):  # expect: HL101 refuted
    """`header`: lines put above the table (title, notes); `+` builds a new list first."""
    lines = header + ["| name | total |", "| --- | --- |"]
    lines += [f"| {cell(r['name'])} | {cell(r['total'])} |" for r in rows]
    return "\n".join(lines)
