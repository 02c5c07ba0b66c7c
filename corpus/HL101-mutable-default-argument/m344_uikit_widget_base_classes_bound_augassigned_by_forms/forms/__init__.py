"""forms: edit forms for admin records."""
from .edit import save_button

__all__ = ["save_button"]
