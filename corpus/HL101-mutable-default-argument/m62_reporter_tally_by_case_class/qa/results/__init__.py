from .text import TallyResult

__all__ = ["TallyResult"]
