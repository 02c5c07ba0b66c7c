"""Forms and formsets, modelled on django.forms."""
from .formsets import BaseFormSet, formset_factory
from .registry import register

__all__ = ["BaseFormSet", "formset_factory", "register"]
