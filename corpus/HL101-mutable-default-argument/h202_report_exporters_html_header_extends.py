"""Report exporters: render() calls Exporter.export(), whose `columns=[]` default goes
to the header() hook of four subclasses. Markdown adds the first row's keys if absent;
Html, the third, extends it blindly, so fixed column names pile up on every report."""
import itertools
import json

_reports = itertools.count()

class Exporter:
    def render(self, rows):
        return "\n".join(self.export(rows))
    def export(self, rows, columns=[]):  # expect: HL101 confirmed
        return self.header(rows, columns) + [self.line([row[c] for c in columns or list(row)]) for row in rows]
    def header(self, rows, columns): return []
    def line(self, values): raise NotImplementedError

class CsvExporter(Exporter):
    def header(self, rows, columns): return [",".join(columns or rows[0])]
    def line(self, values): return ",".join(map(str, values))

class MarkdownExporter(Exporter):
    def header(self, rows, columns):
        columns.extend(k for k in rows[0] if k not in columns)
        return [self.line(columns), self.line(["---"] * len(columns))]
    def line(self, values): return "| " + " | ".join(map(str, values)) + " |"

class HtmlExporter(Exporter):
    def header(self, rows, columns):
        columns.extend(rows[0])
        return ["<tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr>"]
    def line(self, values): return "<tr>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"

class JsonLinesExporter(Exporter):
    def line(self, values): return json.dumps(values)

def scenario():
    n = next(_reports)
    rows = [{"region": r, "week": n % 52, "orders": n % 40, "revenue": n * 13, "margin": n % 9 / 10}
            for r in (f"eu-{n}", f"us-{n}", f"apac-{n}")]
    return sum(len(cls().render(rows)) for cls in (CsvExporter, MarkdownExporter, HtmlExporter, JsonLinesExporter))
