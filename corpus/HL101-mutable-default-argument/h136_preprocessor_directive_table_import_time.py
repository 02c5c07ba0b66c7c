"""Line preprocessor: `#directive` handlers are registered into a dict
default by `@partial(register, name)` at import time only; a `#define`
builds a closure per macro and keeps it in the per-document macros dict."""
import functools
import itertools

_ids = itertools.count()


# heaplint-todo: the store at line 13 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def register(name, handler=None, _table={}):  # expect: HL101 refuted
    if handler is None:
        return _table.get(name)
    _table[name] = handler
    return handler


@functools.partial(register, "define")
def _define(arg, macros, out):
    name, _, body = arg.partition(" ")
    macros[name] = lambda rest: body.replace("$1", rest)


@functools.partial(register, "emit")
def _emit(arg, macros, out):
    name, _, rest = arg.partition(" ")
    out.append(macros[name](rest))


def preprocess(text):
    macros, out = {}, []
    for line in text.splitlines():
        name, _, arg = line[1:].partition(" ")
        handler = register(name) if line.startswith("#") else None
        handler(arg, macros, out) if handler else out.append(line)
    return "\n".join(out)


def scenario():
    n = next(_ids)
    return preprocess(f"#define greet_{n} hello $1\n#emit greet_{n} user{n}\nplain line {n}")
