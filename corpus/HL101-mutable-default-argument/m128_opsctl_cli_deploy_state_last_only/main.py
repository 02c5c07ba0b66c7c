"""Ops tool: each call deploys one fresh service and asks for its status."""
import itertools

from opsctl import cli

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    target = f"web-{n}.eu-west"
    out = cli.run(["deploy", target, f"v1.{n}.0"])
    status = cli.run(["status", target])
    assert out == f"deployed v1.{n}.0 to {target}", out
    assert status.endswith(f"v1.{n}.0"), status
    return status
