"""Command line: `python cli.py TITLE` sends one test alert through every channel.

A script: nothing imports it and the dispatcher only loads plugin_* modules.
"""
import importlib
import sys

import settings


def main(argv):
    title = argv[0] if argv else "test alert"
    for name in settings.ENABLED:
        channel = importlib.import_module(f"plugin_{name}").create()
        print(channel.deliver({"id": 0, "title": title}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
