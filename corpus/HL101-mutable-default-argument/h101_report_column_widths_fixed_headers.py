"""Report generator: a plain-text table renderer sizes each column to its
widest cell, keeping the widths by header name in a dict default. Every
table has the same header names, so the dict keeps one width per header
name and each table overwrites the previous widths."""
import itertools

_ids = itertools.count()


def column_widths(headers, rows, widths={}):  # expect: HL101 refuted
    for col, header in enumerate(headers):
        widths[header] = max(len(header), *(len(str(row[col])) for row in rows))
    return [widths[header] for header in headers]


class TextTable:
    def __init__(self, headers, rows):
        self.headers, self.rows = headers, rows

    @property
    def widths(self):
        return column_widths(self.headers, self.rows)

    def render(self):
        fmt = "  ".join(f"{{:<{w}}}" for w in self.widths)
        lines = [fmt.format(*self.headers)]
        lines += [fmt.format(*map(str, row)) for row in self.rows]
        return "\n".join(lines)


def scenario():
    n = next(_ids)
    headers = ("account", "count", "average")
    rows = [(f"acct-{n}-{i}", i * n, f"{i * n / 7:.2f}") for i in range(4)]
    return len(TextTable(headers, rows).render())
