"""accounts: member profiles."""
from .factory import make_profile as new_profile
from .models import Profile

__all__ = ["new_profile", "Profile"]
