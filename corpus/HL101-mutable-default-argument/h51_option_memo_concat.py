"""Option decorators that collect params on the command callback, click style."""
import itertools

_ids = itertools.count()


class Option:
    def __init__(self, decls, default=None, help=None):
        self.opts = [d for d in decls if d.startswith("-")]
        self.name = max(self.opts, key=len).lstrip("-").replace("-", "_")
        self.default, self.help = default, help


def _param_memo(f, param, params=[]):  # expect: HL101 refuted
    params = getattr(f, "__click_params__", params)
    params = params + [param]
    f.__click_params__ = params


def option(*param_decls, **attrs):
    def decorator(f):
        _param_memo(f, Option(param_decls, **attrs))
        return f
    return decorator


def invoke(f, argv):
    kwargs = {p.name: p.default for p in reversed(f.__click_params__)}
    for arg in argv:
        key, _, value = arg.lstrip("-").partition("=")
        if key.replace("-", "_") in kwargs:
            kwargs[key.replace("-", "_")] = value
    return f(**kwargs)


def scenario():
    n = next(_ids)

    @option("--retries", "-r", default=3, help="How many times to retry.")
    @option("--job-name", default="job-%d" % n)
    def run(job_name, retries):
        return "%s:%s" % (job_name, retries)

    return invoke(run, ["--retries=%d" % (n % 5)])
