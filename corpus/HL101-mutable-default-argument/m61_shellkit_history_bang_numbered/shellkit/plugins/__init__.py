"""Built-in plugins, registered when the shell starts."""
from . import echo, history
