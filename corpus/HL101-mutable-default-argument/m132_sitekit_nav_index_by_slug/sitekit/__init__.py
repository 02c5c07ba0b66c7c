"""sitekit: renders content pages; public names are re-exported here."""
from .content import *
from .render import render_page as render

__all__ = ["Page", "SECTIONS", "render"]
