"""Runs one deploy; the option table is built by build_options() on every run."""
from .options import *  # noqa: F403  add_option, usage (names from options.__all__)

__all__ = ["run"]


def build_options():
    add_option("--verbose", "print every step")  # noqa: F405
    return add_option("--dry-run", "plan only, change nothing")  # noqa: F405


def run(argv):
    options = build_options()
    known = {flag for flag, _ in options}
    unknown = [arg for arg in argv if arg.startswith("--") and arg not in known]
    if unknown:
        return 2, usage(options)  # noqa: F405
    return 0, f"deploy {argv[-1]}"
