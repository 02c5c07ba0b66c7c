"""forms: field validators for the sign-up form."""
from .validators import validate_signup

__all__ = ["validate_signup"]
