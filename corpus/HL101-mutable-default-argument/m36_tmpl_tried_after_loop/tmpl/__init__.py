"""tmpl: a small templating engine with loaders and a bytecode cache."""
from .environment import Environment, Template
from .loaders import DictLoader, TemplateNotFound

__all__ = ["DictLoader", "Environment", "Template", "TemplateNotFound"]
