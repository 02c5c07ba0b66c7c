import testing.base


def render_header(title, fixtures):
    kinds = sorted({item["kind"] for item in fixtures})
    return f"Report: {title} ({', '.join(kinds) or 'no fixtures'})"


class ReportTests(testing.base.BaseTestCase):
    def test_header_names_report(self):
        header = render_header(self.param, self.fixtures)
        self.assertTrue(header.startswith(f"Report: {self.param}"))
