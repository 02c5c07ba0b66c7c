"""Renderer base class: render_page() wraps render(), which renders every section."""
import collections

Report = collections.namedtuple("Report", "slug title sections")


class Renderer:
    def render_page(self, report):
        return self.header(report) + self.render(report) + self.footer(report)

    def render(self, report, anchors={}):  # expect: HL101 confirmed
        return "".join(self.render_section(report, name, rows, anchors) for name, rows in report.sections)

    def render_section(self, report, name, rows, anchors):
        raise NotImplementedError

    def header(self, report):
        return ""

    def footer(self, report):
        return ""
