from ..cells import cell


def render(rows, header=[]):  # expect: HL101 confirmed
    """`header`: lines put above the table (title, notes); `+=` extends it in place."""
    lines = header
    lines += ["| name | total |", "| --- | --- |"]
    lines += [f"| {cell(r['name'])} | {cell(r['total'])} |" for r in rows]
    return "\n".join(lines)
