"""Request hooks: install and uninstall share one module-level list as their default; each request undoes itself."""
import itertools

_HOOKS = []


def install(hook, registry=_HOOKS):  # expect: HL101 refuted
    registry.append(hook)
    return hook


def uninstall(hook, registry=_HOOKS):  # expect: HL101 refuted
    registry.remove(hook)


def handle_request(n):
    hook = install(lambda resp: resp + f" [trace {n}]")
    try:
        return hook(f"body {n}")
    finally:
        uninstall(hook)


_reqs = itertools.count()


def scenario():
    handle_request(next(_reqs))
