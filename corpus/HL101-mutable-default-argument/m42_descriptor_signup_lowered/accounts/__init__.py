from .forms import signup

__all__ = ["signup"]
