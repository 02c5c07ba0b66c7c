"""Worker status page: describe() renders a one-line summary of a job
function's signature (argument names, how many have defaults) next to each
job the worker runs, stashing the trailing default for the debugger."""
import inspect
import itertools

_calls = itertools.count()

_debug_stash = []


def thumbnail(path, size=128, notes=[]):  # expect: HL101 confirmed
    return f"{path}@{size}px ({len(notes)} notes)"


def describe(fn, call_id):
    args, varargs, varkw, defaults, *_ = inspect.getfullargspec(fn)
    star = f", *{varargs}" if varargs else ""
    _debug_stash[:] = defaults[-1:]
    _debug_stash[0].append(call_id)
    return f"{call_id}: {fn.__name__}({', '.join(args)}{star}) [{len(defaults or ())} defaulted]"


def scenario():
    n = next(_calls)
    call_id = f"call-{n:06d}"
    return describe(thumbnail, call_id), thumbnail(f"img/{n}.png")
