"""Loads templates by name; partials are bound per render, globals at import."""
from .context import *
from .template import Template

# Filters and constants every template sees, installed once at import.
_defaults = Context({})
_defaults.register("upper", lambda value: str(value).upper())
_defaults.register("site_name", "Example Mail")


class Environment:
    def __init__(self, sources):
        self.sources = sources

    def get_template(self, name):
        return Template(name, self.sources[name])

    def render(self, name, **vars):
        template = self.get_template(name)
        ctx = Context(vars)
        for partial in template.includes():
            ctx.vars[partial] = self.get_template(partial)
        return template.render(ctx)
