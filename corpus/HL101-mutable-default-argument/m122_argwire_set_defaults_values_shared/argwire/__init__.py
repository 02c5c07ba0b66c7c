"""argwire: an argparse-like parser with set_defaults(func=...) wiring."""
from .core import *  # noqa: F403  Parser (core.__all__)
