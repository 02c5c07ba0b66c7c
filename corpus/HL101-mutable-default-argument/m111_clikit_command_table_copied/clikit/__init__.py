"""clikit: small command-line apps built from named commands."""
from .registry import *
from .registry import register as command
from . import core_commands
