"""Reports: the row formatter is defined inside the report function, so its list default is rebuilt on every report."""
import itertools


def render_report(title, rows):
    def fmt(row, seen_cols=[]):  # expect: HL101 refuted
        for col in row:
            if col not in seen_cols:
                seen_cols.append(col)
        return " | ".join(f"{c}={row[c]}" for c in seen_cols if c in row)

    lines = [title.upper()]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [{f"region{n}": i, f"total{n}": i * 3} for i in range(3)]
    return render_report(f"q{n}", rows)
