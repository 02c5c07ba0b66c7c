"""tmpl: a tiny ``{{ var|filter }}`` template engine."""
from .environment import Environment, default_env as env
from . import filters  # noqa: F401  (registers the builtin filters on env)

__all__ = ["Environment", "env"]
