"""CLI telemetry: each command line typed in the shell is counted under the
whole command, normalised with " ".join(command_line.lower().split()), in a
dict default. The arguments carry a build or job number, so each command
line is a new key and every call adds two to the counter."""
import itertools

_ids = itertools.count()


def track_usage(command_line, usage={}):  # expect: HL101 confirmed
    key = " ".join(command_line.lower().split())
    usage[key] = usage.get(key, 0) + 1
    return usage[key]


def scenario():
    n = next(_ids)
    track_usage(f"Deploy  --env staging --build {n} --tag release-{n}")
    return track_usage(f"status job-{n}   --verbose")
