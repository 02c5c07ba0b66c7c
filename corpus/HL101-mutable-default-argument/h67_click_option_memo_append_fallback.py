"""click-style command declarations: @option stacks parameter specs on the callback and @command turns it into a Command."""
import collections
import itertools

Option = collections.namedtuple("Option", "name decl default")


# heaplint-todo: the default is stored on the decorated function through an attribute heaplint does not follow (unknown, not confirmed)
def _param_memo(func, param, _empty=[]):  # expect: HL101 confirmed
    params = getattr(func, "__cli_params__", _empty)
    params.append(param)
    func.__cli_params__ = params


def option(decl, default=None):
    def decorator(func):
        _param_memo(func, Option(decl.lstrip("-").replace("-", "_"), decl, default))
        return func
    return decorator


class Command:
    def __init__(self, name, callback):
        self.name, self.callback = name, callback
        self.params = list(reversed(getattr(callback, "__cli_params__", ())))

    def main(self, **overrides):
        return self.callback(**{p.name: overrides.get(p.name, p.default) for p in self.params})


def command(name=None):
    return lambda func: Command(name or func.__name__.replace("_", "-"), func)


_plugins = itertools.count()


def scenario():
    n = next(_plugins)
    @command(f"export-{n}")
    @option("--bucket", default=f"bucket-{n}")
    @option("--dry-run", default=False)
    def export(bucket, dry_run):
        return f"{bucket}:{dry_run}"

    return export.main(dry_run=True)
