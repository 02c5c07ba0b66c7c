from .models import *
from .forms import Form

__all__ = ["Model", "Form"]
