"""Command line: `python cli.py TARGET` runs every post-deploy hook once by hand.

A script: nothing imports it and the deployer only loads hook_* modules.
"""
import sys

import deploy_settings
from hook_base import Hook


def main(target):
    for name in deploy_settings.HOOKS:
        print(__import__("hook_" + name).make(target).run("manual"))
    print(Hook(target, ["manual"]).describe())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "localhost")
