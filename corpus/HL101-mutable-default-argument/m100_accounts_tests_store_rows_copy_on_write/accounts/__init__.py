"""accounts: sign-up and profile lookups over a user store."""
from .services import *  # noqa: F401,F403
from .store import UserStore

__all__ = ["UserStore", "signup", "profile"]
