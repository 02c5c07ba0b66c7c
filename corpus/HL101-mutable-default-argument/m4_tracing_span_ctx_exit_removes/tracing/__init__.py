from .span import Span

__all__ = ["Span"]
