"""Report rendering: render_report() hands its sections list to a small
ReportBuilder that appends one section per row. The builder keeps the list it
is given as is, so the shared default list collects every section ever built."""
import itertools


class ReportBuilder:
    def __init__(self, title, sections):
        self.title = title
        self.sections = sections

    def add_section(self, heading, body):
        self.sections.append(f"## {heading}\n{body}\n")
        return self

    def render(self):
        return f"# {self.title}\n" + "".join(self.sections)


def render_report(title, rows, sections=[]):  # expect: HL101 confirmed
    builder = ReportBuilder(title, sections)
    for name, amount in rows:
        builder.add_section(name, f"Total due: {amount:.2f} EUR")
    return builder.render()


_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [(f"Invoice {n}-{i}", n * 1.5 + i) for i in range(3)]
    return len(render_report(f"Monthly statement {n}", rows))
