"""dikit: a small dependency-injection container."""
from .container import Container, container

__all__ = ["Container", "container"]
