from .registry import fire, on

__all__ = ["fire", "on"]
