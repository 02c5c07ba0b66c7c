"""deployctl shell: an operator deploys a service, then mistypes the next command."""
import itertools

import deployctl

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    service = f"web-{n}"
    deployed = deployctl.run(["deploy", service, f"--build={n}"])
    mistyped = deployctl.run(["rollbak", service])
    return deployed, mistyped
