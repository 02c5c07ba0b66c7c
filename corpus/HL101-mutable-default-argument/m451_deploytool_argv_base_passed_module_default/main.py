"""Deploy bot: one release rolled out (and dry-run checked) per call."""
import itertools

from deploytool import dryrun, rollout

_ids = itertools.count()


def scenario():
    n = next(_ids)
    version = f"1.{n // 100}.{n % 100}"
    return dryrun.check(version), rollout.deploy(f"svc-{n % 7}", version, user=f"dev{n}")
