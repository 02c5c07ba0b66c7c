"""Logging setup from `handler:filter` directives. The config copies the
outer dict and the "handlers" dict, but not the per-handler dicts, so the
filters appended to `handlers[name]["filters"]` land in the default's
console and file handler entries."""
import itertools

_services = itertools.count()


def logging_config(directives, defaults={"version": 1, "handlers": {"console": {"filters": []}, "file": {"filters": []}}}):  # expect: HL101 confirmed
    config = {**defaults, "handlers": {**defaults["handlers"]}}
    for directive in directives.split():
        handler, sep, filter_name = directive.partition(":")
        if not sep or handler not in config["handlers"]:
            continue
        config["handlers"][handler]["filters"].append(filter_name)
    return config


def scenario():
    n = next(_services)
    config = logging_config(f"console:request_id_{n} file:tenant-{n % 11}-{n} syslog:ignored")
    return {name: len(h["filters"]) for name, h in config["handlers"].items()}
