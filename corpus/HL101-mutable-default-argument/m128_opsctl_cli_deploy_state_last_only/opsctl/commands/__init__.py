"""Built-in commands; importing them registers them in opsctl.cli.COMMANDS."""
from . import deploy, status  # noqa: F401
