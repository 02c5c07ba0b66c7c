"""Form widgets rendered to markup."""
from .fields import TextInput
