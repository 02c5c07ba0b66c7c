"""webapp: the application object and its default route registry."""
from .routing import Registry

default_registry = Registry()
