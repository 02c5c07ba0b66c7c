"""Plugin: process-wide gauges, registered once when imported."""
import os
import sys

from gaugekit import read_all, register

PROCESS = register("process.pid", os.getpid)
register("process.modules", lambda: len(sys.modules))


def snapshot():
    return read_all(PROCESS)
