"""Config lexer: tokens are produced lazily and the recent ones are kept for error messages.

`tokens()` appends every token to a default `_history` list, but clears it when
the generator starts, before the first token: the history only ever holds the
tokens of the file being lexed now. The loader reads just the `version = N;`
header through `itertools.islice` and drops the generator; the next file's
first token resets the history.
"""
import itertools
import re

TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+)|(?P<name>[A-Za-z_][\w.]*)|(?P<op>[=;{}])|(?P<str>\"[^\"]*\"))")


class LexError(ValueError):
    pass


def tokens(text, _history=[]):  # expect: HL101 refuted
    _history.clear()
    pos = 0
    end = len(text.rstrip())
    while pos < end:
        match = TOKEN_RE.match(text, pos)
        if match is None:
            recent = " ".join(value for _, value in _history[-3:])
            raise LexError(f"unexpected {text[pos]!r} at {pos} after {recent!r}")
        pos = match.end()
        kind = match.lastgroup
        token = (kind, match.group(kind))
        _history.append(token)
        yield token


def read_header(text):
    head = list(itertools.islice(tokens(text), 4))
    if [t[0] for t in head] != ["name", "op", "num", "op"] or head[0][1] != "version":
        raise LexError("config must start with 'version = N;'")
    return int(head[2][1])


def parse(text):
    settings = {}
    stream = tokens(text)
    for kind, value in stream:
        if kind == "name":
            _, _eq = next(stream)
            _, raw = next(stream)
            next(stream)
            settings[value] = raw.strip('"')
    return settings


def sniff(text, supported=(1, 2)):
    """Route a config to its migrator without lexing the whole file."""
    version = read_header(text)
    if version not in supported:
        return {"error": f"unsupported config version {version}"}
    return {"version": version, "migrator": f"v{version}_to_v3"}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    text = f'version = {1 + n % 3};\nname = "svc-{n}";\nworkers = {n % 8 + 1};\n'
    return sniff(text)
