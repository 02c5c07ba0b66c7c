"""Maintenance script: `python tools.py N` replays the last N jobs by hand.

Nothing imports it and the worker only loads plugin_* modules by name.
"""
import sys

from job_base import register


def replay(count):
    for job_id in range(count):
        print(job_id, register(f"replay:{job_id}", print))


if __name__ == "__main__":
    replay(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
