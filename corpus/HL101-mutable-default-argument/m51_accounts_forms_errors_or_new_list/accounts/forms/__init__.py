from .signup import REQUIRED, validate_signup

__all__ = ["REQUIRED", "validate_signup"]
