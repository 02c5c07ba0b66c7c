"""Report generator: a plain-text table renderer sizes each column to its
widest cell, keeping the widths by header name in a dict default. The
columns of this weekly report are the ISO weeks of the period, so every
table brings new header names into the dict."""
import itertools

_ids = itertools.count()


def column_widths(headers, rows, widths={}):  # expect: HL101 confirmed
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
    first = 4 * n
    weeks = [f"{2020 + first // 52}-W{first % 52 + w + 1:02d}" for w in range(4)]
    rows = [(f"acct-{i}", *(i * w + n for w in range(4))) for i in range(4)]
    headers = ("account", *weeks)
    return len(TextTable(headers, rows).render())
