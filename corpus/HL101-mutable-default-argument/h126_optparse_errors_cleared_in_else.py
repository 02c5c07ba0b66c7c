"""Hand-rolled option parser for a `fetch` CLI: each `--name=value` token is
converted with the type from the spec; problems go into a list default (the
problems since the last clean parse) and are raised as one UsageError. The
list is emptied in the `else` branch, after a clean parse only, and the
wrapper script passes a mistyped retry count on every run."""
import itertools

_runs = itertools.count()
SPEC = {"--url": str, "--retries": int, "--timeout": float}


class UsageError(Exception):
    pass


def parse(argv,
          spec=SPEC,  # expect: HL101 refuted
          errors=[]):  # expect: HL101 confirmed
    opts = {}
    try:
        for token in argv:
            name, _, raw = token.partition("=")
            opts[name.lstrip("-")] = spec[name](raw)
    except (KeyError, ValueError) as exc:
        errors.append("%s: %s" % (token, exc))
        raise UsageError("; ".join(errors)) from None
    else:
        errors.clear()
    return opts


def scenario():
    n = next(_runs)
    try:
        return parse(["--url=https://mirror-%d.example" % n, "--retries=%dx" % n])
    except UsageError as exc:
        return "fetch: %s" % exc
