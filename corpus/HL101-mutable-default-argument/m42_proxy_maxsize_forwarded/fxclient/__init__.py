from .wiring import build_client

__all__ = ["build_client"]
