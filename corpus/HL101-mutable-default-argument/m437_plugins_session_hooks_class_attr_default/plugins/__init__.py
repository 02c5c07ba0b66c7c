"""plugins: the Plugin base, the hook registry, built-in hooks, sessions."""
from . import builtin  # noqa: F401  (registers the built-in shutdown hooks)
