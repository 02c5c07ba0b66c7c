"""Release pipeline: each build renders manifests for its API service and env config."""
import itertools

import deploy
from deploy.node import ConfigMap

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    env = ConfigMap(f"api-{n}-env", {"LOG_LEVEL": "info", "BUILD": str(n)}, commit=f"{n:07x}")
    api = deploy.HttpService(f"api-{n}", 8000 + n % 4, tls=n % 2 == 0, team="payments")
    return [env.manifest(), api.manifest()]
