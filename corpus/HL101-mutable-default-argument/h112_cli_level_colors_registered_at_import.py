"""CLI log output: `sgr` registers an ANSI code under a style name when given
one and otherwise looks the name up, keeping the table in a dict default. The
`levelstyle` decorators register every level when the module is imported;
afterwards formatting a record only reads the table."""
import itertools

_ids = itertools.count()


def sgr(name, code=None, _table={"reset": "\033[0m"}):  # expect: HL101 refuted
    if code is not None:
        _table[name] = f"\033[{code}m"
    return _table.get(name, "")


def levelstyle(level, code):
    sgr(level, code)

    def decorate(func):
        return lambda record: f"{sgr(level)}{func(record)}{sgr('reset')}"
    return decorate


@levelstyle("warning", 33)
def fmt_warning(record):
    return f"WARN  {record['msg']}"


@levelstyle("error", "1;31")
def fmt_error(record):
    return f"ERROR {record['msg']} (code {record['code']})"


FORMATTERS = {"warning": fmt_warning, "error": fmt_error}


def scenario():
    n = next(_ids)
    record = {"level": ("warning", "error")[n % 2], "msg": f"disk {n} at {90 + n % 10}%", "code": n}
    return FORMATTERS[record["level"]](record)
