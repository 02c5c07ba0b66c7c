"""Deploy a freshly built release of a service through the CLI entry point."""
import itertools

import shipctl

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    argv = ["deploy", f"billing-{n % 4}", "--version", f"2.{n}.0"]
    if n % 3 == 0:
        argv.append("--dry-run")
    return shipctl.main(argv)
