"""Built-in commands, by name."""
from . import db

COMMANDS = {"backup": db.backup, "ping": db.ping}
