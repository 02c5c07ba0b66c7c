"""Monitoring agent: plugins call `add_alert_hook(level, hook)` to be told
about alerts of a severity. Each check run registers a hook read from its
probe config; these probes ask for "verbose", which is not a severity, so
the ValueError is raised before the hook reaches the default table."""
import itertools

_runs = itertools.count()
LEVELS = ("info", "warning", "critical")


def add_alert_hook(level, hook, _hooks={}):  # expect: HL101 refuted
    if level not in LEVELS:
        raise ValueError("unknown alert level %r" % level)
    _hooks.setdefault(level, []).append(hook)
    return len(_hooks[level])


def run_check(probe):
    def hook(message):
        return "%s: %s" % (probe["name"], message)
    try:
        return add_alert_hook(probe["level"], hook)
    except ValueError as exc:
        return hook(str(exc))


def scenario():
    n = next(_runs)
    return run_check({"name": "disk-%d" % n, "level": "verbose", "path": "/srv/%d" % n})
