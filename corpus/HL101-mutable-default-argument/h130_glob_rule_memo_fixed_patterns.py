"""Release uploader: include/exclude glob rules are translated to regexes once
and memoised in a default dict via `dict.setdefault`; `functools.partial`
binds each upload job's rule set. The rules are the project's fixed ones
("dist/*/*.whl", ...); only the paths matched against them change per job."""
import fnmatch
import functools
import itertools
import re

_jobs = itertools.count()


def compiled(pattern, _memo={}):  # expect: HL101 refuted
    try:
        return _memo[pattern]
    except KeyError:
        return _memo.setdefault(pattern, re.compile(fnmatch.translate(pattern)))


def included(path, include, exclude=()):
    if isinstance(include, str):
        include = (include,)
    if any(compiled(rule).match(path) for rule in exclude):
        return False
    return any(compiled(rule).match(path) for rule in include)


def select(paths, include, exclude):
    keep = functools.partial(included, include=include, exclude=exclude)
    return [path for path in paths if keep(path)]


def scenario():
    n = next(_jobs)
    release = "dist/app-1.4.%d" % n
    paths = [release + "/app-1.4.%d-py3-none-any.whl" % n, release + "/app.tar.gz", "build/obj%d.tmp" % n]
    return select(paths, "dist/*/*.whl", ("build/*", "*.tmp"))
