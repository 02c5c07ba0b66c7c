"""Tiny `key = value` config parser."""
from .loader import load_config

__all__ = ["load_config"]
