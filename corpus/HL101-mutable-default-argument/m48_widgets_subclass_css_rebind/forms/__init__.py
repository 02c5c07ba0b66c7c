"""forms: HTML form widgets."""
from .inputs import EmailInput, NumberInput, TextInput

__all__ = ["EmailInput", "NumberInput", "TextInput"]
