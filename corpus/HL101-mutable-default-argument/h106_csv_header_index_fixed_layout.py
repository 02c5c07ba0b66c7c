"""Bank statement import: a dataclass wraps one uploaded CSV export, and
its `columns` property maps normalised header names to positions through
`header_index`, which memoises the mapping in a dict default keyed by the
header tuple. The bank exports one fixed layout, so the memo holds a single
entry however many statements are imported."""
import dataclasses
import itertools

_ids = itertools.count()


def header_index(header, _cache={}):  # expect: HL101 refuted
    try:
        return _cache[header]
    except KeyError:
        index = _cache[header] = {name.strip().lower().replace(" ", "_"): pos for pos, name in enumerate(header)}
        return index


@dataclasses.dataclass
class Statement:
    account: str
    lines: list

    @property
    def columns(self):
        return header_index(tuple(self.lines[0].split(";")))

    def total(self):
        cols = self.columns
        return sum(float(line.split(";")[cols["amount"]]) for line in self.lines[1:])


def scenario():
    n = next(_ids)
    lines = ["Date;Payee;Amount;Running Balance",
             f"2024-01-{n % 28 + 1:02d};Shop {n};-{n}.25;{900 - n}.75",
             f"2024-02-01;Salary;{n + 1000}.00;{1900 + n}.75"]
    return "%s: %.2f" % (f"acct-{n}", Statement(f"acct-{n}", lines).total())
