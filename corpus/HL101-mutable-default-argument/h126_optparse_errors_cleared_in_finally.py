"""Hand-rolled option parser for a `fetch` CLI: each `--name=value` token is
converted with the type from the spec; problems go into a list default and
are raised as one UsageError. The message is built before the `finally`
empties the list, so clean and failed parses alike leave it empty, even
though the wrapper script passes a mistyped retry count on every run."""
import itertools

_runs = itertools.count()
SPEC = {"--url": str, "--retries": int, "--timeout": float}


class UsageError(Exception):
    pass


def parse(argv,
          spec=SPEC,  # expect: HL101 refuted
          errors=[]):  # expect: HL101 refuted
    opts = {}
    try:
        for token in argv:
            name, _, raw = token.partition("=")
            opts[name.lstrip("-")] = spec[name](raw)
    except (KeyError, ValueError) as exc:
        errors.append("%s: %s" % (token, exc))
        raise UsageError("; ".join(errors)) from None
    finally:
        errors.clear()
    return opts


def scenario():
    n = next(_runs)
    try:
        return parse(["--url=https://mirror-%d.example" % n, "--retries=%dx" % n])
    except UsageError as exc:
        return "fetch: %s" % exc
