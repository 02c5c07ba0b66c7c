"""Option parser for a `sync` tool: options are frozen dataclasses, looked
up in an OptionTable whose shared default instance is filled with the
built-in options when the module is imported. A flag the table does not
know is accepted as a pass-through option built on the spot and handed back
without touching the table; every run passes its own remote-specific flags."""
import itertools
from dataclasses import dataclass

_runs = itertools.count()


@dataclass(frozen=True)
class Option:
    flag: str
    dest: str
    builtin: bool = False


class OptionTable:
    def __init__(self, *flags):
        self.by_flag = {}
        for flag in flags:
            self.add(Option(flag, flag.lstrip("-").replace("-", "_"), builtin=True))

    def add(self, option):
        self.by_flag[option.flag] = option
        return option


def resolve(flag, table=OptionTable("--delete", "--dry-run", "--checksum")):  # expect: HL101 refuted
    if flag in table.by_flag:
        return table.by_flag[flag]
    return Option(flag, flag.lstrip("-").replace("-", "_"))


def scenario():
    n = next(_runs)
    argv = ["--dry-run", "--remote-%d-bwlimit=%dk" % (n, n % 9 + 1)]
    opts = (resolve(token.partition("=")[0]) for token in argv)
    return {o.dest: o.builtin for o in opts}
