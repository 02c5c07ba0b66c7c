"""cbv: Django-style class-based views."""
