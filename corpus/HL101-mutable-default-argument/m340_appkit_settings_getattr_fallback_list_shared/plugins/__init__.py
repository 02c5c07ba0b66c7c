"""plugins: optional add-ons that patch an app's settings."""
from .toolbar import install as install_toolbar

__all__ = ["install_toolbar"]
