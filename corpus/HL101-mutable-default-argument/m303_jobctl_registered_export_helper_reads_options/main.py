"""Scheduler: importing the commands registers them; jobs run by name."""
import itertools

import jobctl.commands.export  # noqa: F401  (registers "export")
from jobctl.registry import REGISTRY

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return REGISTRY["export"]().run([f"orders_{n}", "customers"])
