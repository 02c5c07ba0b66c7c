"""Line preprocessor: `#directive` handlers are registered into a dict
default by `@partial(register, name)`; a `#define NAME body` registers a
closure as a new directive, so each document's macros join the table."""
import functools
import itertools

_ids = itertools.count()


def register(name, handler=None, _table={}):  # expect: HL101 confirmed
    if handler is None:
        return _table.get(name)
    _table[name] = handler
    return handler


@functools.partial(register, "define")
def _define(arg, macros, out):
    name, _, body = arg.partition(" ")
    register(name, lambda rest, macros, out: out.append(body.replace("$1", rest)))


@functools.partial(register, "warning")
def _warning(arg, macros, out):
    out.append(f"/* warning: {arg} */")


def preprocess(text):
    macros, out = {}, []
    for line in text.splitlines():
        name, _, arg = line[1:].partition(" ")
        handler = register(name) if line.startswith("#") else None
        handler(arg, macros, out) if handler else out.append(line)
    return "\n".join(out)


def scenario():
    n = next(_ids)
    return preprocess(f"#define greet_{n} hello $1\n#greet_{n} user{n}\nplain line {n}")
