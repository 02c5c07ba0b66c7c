"""Chat-ops bot: every message runs one `shipit` command line for a channel's profile."""
import itertools

import shipit

_messages = itertools.count(1)


def scenario():
    n = next(_messages)
    profile = ("staging", "production", "canary")[n % 3]
    if n % 4 == 0:
        return shipit.run(["status", f"build-{n}", f"build-{n - 1}"], profile)
    return shipit.run(["deploy", f"build-{n}"], profile)
