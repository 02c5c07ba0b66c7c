"""Form validation helpers."""
from .validators import validate_email
