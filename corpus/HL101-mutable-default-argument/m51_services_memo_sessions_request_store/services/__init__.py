from .pricing import quote
from .sessions import current_user

__all__ = ["current_user", "quote"]
