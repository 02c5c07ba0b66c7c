"""forms: declarative forms whose fields validate on assignment."""
from .signup import SignupForm

__all__ = ["SignupForm"]
