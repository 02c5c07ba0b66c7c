"""builder: every subcommand's ArgumentParser starts here, so all get the global flags."""
import argparse

GLOBAL_FLAGS = (
    ("--verbose", {"action": "store_true"}),
    ("--profile", {"default": "default"}),
)


def build_parser(prog, options=[]):  # expect: HL101 refuted
    """A parser with the global flags plus `options`; `parser.specs` feeds `describe`."""
    # "resolve": a subcommand may redefine a global flag with its own default
    parser = argparse.ArgumentParser(prog=prog, add_help=False, conflict_handler="resolve")
    for flag, kwargs in GLOBAL_FLAGS:
        parser.add_argument(flag, **kwargs)
    for flag, kwargs in options:
        parser.add_argument(flag, **kwargs)
    parser.specs = options
    return parser


def describe(parser):
    """The option names a subcommand accepts, globals first."""
    return [flag for flag, _ in GLOBAL_FLAGS] + [flag for flag, _ in parser.specs]
