"""Config deploys: `apply_changes` pushes an undo callback for each key it
changes onto an ExitStack default, so a failing change can roll the deploy
back with `stack.close()`. On success it commits with `stack.pop_all()`,
which moves the callbacks to a new stack that is dropped at once, so the
shared stack is empty again after every deploy, whichever way it ends."""
import contextlib
import functools
import itertools


def restore(config, key, old):
    if old is None:
        with contextlib.suppress(KeyError):
            del config[key]
    else:
        config[key] = old


def apply_changes(config, changes, stack=contextlib.ExitStack()):  # expect: HL101 refuted
    try:
        for key, value in sorted(changes.items()):
            if value is None:
                raise ValueError("%s: no value given" % key)
            stack.callback(functools.partial(restore, config, key, config.get(key)))
            config[key] = value
    except ValueError:
        stack.close()
        raise
    stack.pop_all()
    return config


_seq = itertools.count()


def scenario():
    n = next(_seq)
    config = {"release": "r%d" % n, "replicas": 2}
    changes = {"release": "r%d" % (n + 1), "replicas": 2 + n % 3, "canary": n % 10}
    return apply_changes(config, changes)["release"]
