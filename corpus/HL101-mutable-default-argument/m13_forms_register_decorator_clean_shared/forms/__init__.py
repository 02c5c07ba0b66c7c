"""Web forms: each form class registers itself by name so views can look it up."""
from .registry import get_form
from . import signup  # noqa: F401  (registers SignupForm)
