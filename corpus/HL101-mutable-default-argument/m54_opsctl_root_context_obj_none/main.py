"""Ops bot: each request runs one `opsctl` command line against a fresh database host."""
import itertools

from opsctl import main as opsctl

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    host = f"db-{n}.internal"
    code, text = opsctl(["--region=eu-west-1", "backup", host, f"orders_{n % 5}"])
    if n % 3 == 0:
        code, text = opsctl(["ping", host])
    return code, text
