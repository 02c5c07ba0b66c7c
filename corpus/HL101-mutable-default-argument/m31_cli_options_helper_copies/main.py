import itertools

import clikit

_counter = itertools.count()


def scenario():
    n = next(_counter)
    argv = ["deploy", f"eu-{n}", f"--service=svc{n}", f"--replicas={n % 5 + 1}", "--dry-run"]
    return clikit.invoke(argv)["replicas"]
