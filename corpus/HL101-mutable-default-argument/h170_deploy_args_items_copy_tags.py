"""Tiny ``key=value`` argument parser for a deploy script. Options start
from a defaults dict, copied item by item with the list values copied too,
so ``tag=...`` arguments are appended to a fresh list per call and the
"tags" list inside the default stays empty."""
import itertools

_ids = itertools.count()


def parse_args(argv, defaults={"tags": [], "region": "eu-west-1", "dry_run": False}):  # expect: HL101 refuted
    opts = {k: list(v) if isinstance(v, list) else v for k, v in defaults.items()}
    for arg in argv:
        key, sep, value = arg.partition("=")
        if not sep:
            raise ValueError(f"expected key=value, got {arg!r}")
        if key == "tag":
            opts["tags"].append(value)
        elif key == "dry_run":
            opts[key] = value.lower() in ("1", "true", "yes")
        else:
            opts[key] = value
    return opts


def scenario():
    n = next(_ids)
    return parse_args([f"tag=release-{n}", f"tag=build-{n}", "dry_run=yes"])
