"""Payload pipeline: normalising hooks run over every incoming payload."""
from .core_hooks import HOOKS
from .registry import register, run_hooks

__all__ = ["HOOKS", "register", "run_hooks"]
