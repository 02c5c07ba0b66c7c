import re

_SAFE = re.compile(r"[\w@%+=:,./-]+", re.ASCII)


def quote(arg):
    if not arg:
        return "''"
    if _SAFE.fullmatch(arg):
        return arg
    return "'" + arg.replace("'", "'\"'\"'") + "'"
