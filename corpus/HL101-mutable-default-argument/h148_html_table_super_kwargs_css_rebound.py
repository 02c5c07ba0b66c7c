"""HTML export: HtmlTable forwards its keyword arguments to Table through
super() and then tags itself with CSS classes by building a new list with
`self.css_classes + [...]`. Rebinding the attribute leaves Table's shared
css_classes default untouched, so each table's classes go with the table."""
import html
import itertools

_reports = itertools.count()


class Table:
    def __init__(self, rows, caption="", css_classes=[]):  # expect: HL101 refuted
        self.rows, self.caption, self.css_classes = rows, caption, css_classes


class HtmlTable(Table):
    def __init__(self, rows, report_id, striped=False, **kwargs):
        super().__init__(rows, **kwargs)
        if striped:
            self.css_classes = self.css_classes + ["striped"]
        self.css_classes = self.css_classes + [f"report-{report_id}"]

    def __str__(self):
        cls = " ".join(sorted(set(self.css_classes)))
        body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in self.rows)
        return f'<table class="{cls}"><caption>{html.escape(self.caption)}</caption>{body}</table>'


def scenario():
    n = next(_reports)
    return str(HtmlTable([("Q1", n), ("Q2", n * 2)], report_id=n, striped=n % 2 == 0, caption=f"Sales {n}"))
