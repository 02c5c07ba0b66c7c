"""Plain-text renderer. Refund rows get a footnote on the report when the
report collects footnotes; otherwise they go to the default list."""


def render_table(report, rows, footnotes=[]):  # expect: HL101 confirmed
    notes = report.footnotes if hasattr(report, "footnotes") else footnotes
    lines = [report.title, " | ".join(report.columns)]
    for row in rows:
        mark = ""
        if row[-1] < 0:
            notes.append(f"Refund of {-row[-1]:.2f} booked on {row[0]}")
            mark = "*"
        lines.append(" | ".join(str(cell) for cell in row) + mark)
    return "\n".join(lines)
