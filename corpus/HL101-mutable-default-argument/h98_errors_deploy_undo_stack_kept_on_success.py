"""Config deploys: `apply_changes` pushes an undo callback for each key it
changes onto an ExitStack default, so a failing change can roll the deploy
back with `stack.close()`. On success the callbacks are simply left on the
stack, so every deploy's undo partials (holding its config dict and old
values) pile up on the shared stack."""
import contextlib
import functools
import itertools


def restore(config, key, old):
    if old is None:
        with contextlib.suppress(KeyError):
            del config[key]
    else:
        config[key] = old


def apply_changes(config, changes, stack=contextlib.ExitStack()):  # expect: HL101 confirmed
    try:
        for key, value in sorted(changes.items()):
            if value is None:
                raise ValueError("%s: no value given" % key)
            stack.callback(functools.partial(restore, config, key, config.get(key)))
            config[key] = value
    except ValueError:
        stack.close()
        raise
    return config


_seq = itertools.count()


def scenario():
    n = next(_seq)
    config = {"release": "r%d" % n, "replicas": 2}
    changes = {"release": "r%d" % (n + 1), "replicas": 2 + n % 3, "canary": n % 10}
    return apply_changes(config, changes)["release"]
