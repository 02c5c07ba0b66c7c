"""exportkit: render report rows as text; each format module is a plugin."""
from .registry import pick, register

__all__ = ["pick", "register"]
