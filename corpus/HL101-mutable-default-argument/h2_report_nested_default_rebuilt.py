"""Report builder: the nested helper (and its default list) is created anew on every build."""
import itertools


def build_report(title, rows):
    def add_line(text, lines=[]):  # expect: HL101 refuted
        lines.append(text)
        return lines

    lines = add_line(f"# {title}")
    for row in rows:
        lines = add_line(f"- {row['name']}: {row['value']}")
    return "\n".join(lines)


_reports = itertools.count()


def scenario():
    n = next(_reports)
    build_report(f"Daily {n}", [{"name": f"metric{n}", "value": n}, {"name": "errors", "value": n % 3}])
