"""The blog site: importing it registers its views on the shared app."""
from .site import app
from . import views  # noqa: F401  (registers the views)

__all__ = ["app"]
