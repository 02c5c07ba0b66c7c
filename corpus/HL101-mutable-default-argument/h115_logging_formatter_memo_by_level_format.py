"""Hand-written console formatter: a `memoize` decorator caches compiled
format functions in a dict default shared by every decorated function. The
format string is picked per level and the logger name and message are passed
as values, so the cache holds one compiled formatter per level."""
import functools
import itertools
import string

_lines = itertools.count()
FORMATS = {
    "DEBUG": "{level:<8}{name}: {message}",
    "INFO": "{level:<8}{message}",
    "WARNING": "{level:<8}{name}: {message}",
    "ERROR": "!! {level} {name}: {message}",
}


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoize(func, _cache={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        try:
            return _cache[key]
        except KeyError:
            return _cache.setdefault(key, func(*args))
    return wrapper


@memoize
def compile_format(fmt):
    fields = [name for _, name, _, _ in string.Formatter().parse(fmt) if name]
    return lambda **values: fmt.format(**{f: values.get(f, "") for f in fields})


def scenario():
    n = next(_lines)
    level = ("DEBUG", "INFO", "WARNING", "ERROR")[n % 4]
    render = compile_format(FORMATS[level])
    return render(level=level, name=f"app.jobs.{n}", message=f"job {n} done in {n % 97} ms")
