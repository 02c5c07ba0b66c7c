"""mailtpl: transactional e-mail bodies from $-placeholder templates."""
from .context import RenderContext
from .render import render

__all__ = ["RenderContext", "render"]
