"""Runs one deploy; the option table is built once, by build_options() at import time."""
from .options import *  # noqa: F403  add_option, usage (names from options.__all__)

__all__ = ["run"]


def build_options():
    add_option("--verbose", "print every step")  # noqa: F405
    return add_option("--dry-run", "plan only, change nothing")  # noqa: F405


OPTIONS = build_options()


def run(argv):
    options = OPTIONS
    known = {flag for flag, _ in options}
    unknown = [arg for arg in argv if arg.startswith("--") and arg not in known]
    if unknown:
        return 2, usage(options)  # noqa: F405
    return 0, f"deploy {argv[-1]}"
