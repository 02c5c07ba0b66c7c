"""Report rendering: `ColumnsMixin.header_line()` takes `widths={}` and calls
`self.measure(widths, headers)`. `WeeklyReport` lists `CachingLayout` before
`PlainLayout`, so the MRO resolves measure() to the caching version, which
stores a width under every header name; the headers carry the week number,
so the mixin's default dict gains new keys on every report."""
import itertools

_weeks = itertools.count()


class ColumnsMixin:
    def header_line(self, headers, widths={}):  # expect: HL101 confirmed
        self.measure(widths, headers)
        return " | ".join(h.ljust(widths.get(h, len(h))) for h in headers)


class CachingLayout:
    def measure(self, widths, headers):
        for header in headers:
            widths[header] = max(widths.get(header, 0), len(header) + 2)


class PlainLayout:
    def measure(self, widths, headers):
        return max(widths.get(h, len(h)) for h in headers)


class WeeklyReport(ColumnsMixin, CachingLayout, PlainLayout):
    pass


def scenario():
    n = next(_weeks)
    headers = ["region", f"revenue week {n} (EUR)", f"orders week {n} (count)"]
    return len(WeeklyReport().header_line(headers))
