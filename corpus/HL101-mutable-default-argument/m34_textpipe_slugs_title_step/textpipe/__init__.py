"""Markdown-ish document pipeline with pluggable steps."""
from .pipeline import Pipeline
from . import steps as _builtin_steps  # noqa: F401  (registers the built-in steps)
