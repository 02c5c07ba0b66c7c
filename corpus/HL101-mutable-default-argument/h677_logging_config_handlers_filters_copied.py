"""Logging setup from `handler:filter` directives. The config copies the
outer dict, the "handlers" dict, and each handler entry with a new
"filters" list, so the appended filters go into this config only and the
default handler entries are only read."""
import itertools

_services = itertools.count()


def logging_config(directives, defaults={"version": 1, "handlers": {"console": {"filters": []}, "file": {"filters": []}}}):  # expect: HL101 refuted
    config = {**defaults, "handlers": {name: {**h, "filters": list(h["filters"])} for name, h in defaults["handlers"].items()}}
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
