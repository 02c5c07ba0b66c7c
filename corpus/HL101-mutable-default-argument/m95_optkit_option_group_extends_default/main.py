"""One deploy invocation per call, each for a different service and replica count."""
import itertools

import deploycli

_runs = itertools.count()


def scenario():
    n = next(_runs)
    argv = [f"--replicas={n % 7 + 1}"] + (["--verbose"] if n % 3 == 0 else [])
    return deploycli.deploy(f"api-{n}", argv)
