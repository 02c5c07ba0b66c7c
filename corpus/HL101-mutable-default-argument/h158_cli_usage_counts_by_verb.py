"""CLI telemetry: each command line typed in the shell is counted under its
verb, command_line.split()[0].lower(), in a dict default. The arguments are
new every time, but the tool has only a few verbs, so the counter keeps a
fixed set of keys."""
import itertools

_ids = itertools.count()


def track_usage(command_line, usage={}):  # expect: HL101 refuted
    key = command_line.split()[0].lower()
    usage[key] = usage.get(key, 0) + 1
    return usage[key]


def scenario():
    n = next(_ids)
    track_usage(f"Deploy  --env staging --build {n} --tag release-{n}")
    return track_usage(f"status job-{n}   --verbose")
