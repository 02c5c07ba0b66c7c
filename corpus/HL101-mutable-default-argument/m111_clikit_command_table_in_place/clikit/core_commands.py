"""Plugin: the commands every clikit app has, in a table of their own."""
from .registry import register


def show_help(args):
    return "usage: app COMMAND [ARGS...]"


def show_version(args):
    return "clikit 0.4"


BASE = register("help", show_help, {})
BASE = register("version", show_version, BASE)
