"""Logging setup: each worker gets a dictConfig-style dict built by merging its logger entry into a base config copied with dict()."""
import itertools
import json


def logger_entry(level, handlers, **options):
    entry = {"level": level, "handlers": list(handlers)}
    entry.update({key: value for key, value in options.items() if value is not None})
    return entry


def build_config(service, level="INFO", base={"version": 1, "handlers": {}, "loggers": {}}, **options):  # expect: HL101 confirmed
    config = dict(base)
    config["handlers"].setdefault("console", {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"})
    config["loggers"][f"app.{service}"] = logger_entry(level, ["console"], **options)
    config["disable_existing_loggers"] = False
    return config


_workers = itertools.count()


def scenario():
    n = next(_workers)
    config = build_config(f"worker{n}", level="DEBUG" if n % 2 else "INFO", propagate=False, filters=None)
    return json.dumps(config["loggers"][f"app.worker{n}"], sort_keys=True)
