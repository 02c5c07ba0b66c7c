from .base import Job

__all__ = ["Job"]
