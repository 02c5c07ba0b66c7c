"""formkit: form fields; select-like fields get their options from ChoicesMixin."""
from .fields import Field, SelectField

__all__ = ["Field", "SelectField"]
