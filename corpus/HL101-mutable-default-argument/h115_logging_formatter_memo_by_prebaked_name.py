"""Hand-written console formatter: a `memoize` decorator caches compiled
format functions in a dict default shared by every decorated function. To
save a lookup per line, the job's logger name is baked into the format string
before compiling, so each job's format string is a new cache key."""
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


def memoize(func, _cache={}):  # expect: HL101 confirmed
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
    render = compile_format(FORMATS[level].replace("{name}", f"app.jobs.{n}"))
    return render(level=level, message=f"job {n} done in {n % 97} ms")
