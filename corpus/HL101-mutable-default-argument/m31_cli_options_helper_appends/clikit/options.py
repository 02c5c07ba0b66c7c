"""Option parsing for clikit commands."""
from . import helpers


def parse_options(argv, into=[]):  # expect: HL101 confirmed
    tokens = [arg for arg in argv if arg.startswith("--")]
    return helpers.collect(tokens, into)


def positional(argv):
    return [arg for arg in argv if not arg.startswith("--")]
