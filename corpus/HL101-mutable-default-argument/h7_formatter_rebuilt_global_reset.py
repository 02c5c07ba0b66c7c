"""Report builder: the row formatter is recreated through a global at the start of each report, so its parts default is fresh."""
import itertools


def make_formatter():
    def fmt_row(cells, parts=[]):  # expect: HL101 refuted
        parts.append(" | ".join(str(c) for c in cells))
        return "\n".join(parts)
    return fmt_row


format_row = make_formatter()


def build_report(n):
    global format_row
    format_row = make_formatter()
    text = ""
    for i in range(3):
        text = format_row([f"r{n}", i, n * i])
    return text


_reports = itertools.count()


def scenario():
    build_report(next(_reports))
