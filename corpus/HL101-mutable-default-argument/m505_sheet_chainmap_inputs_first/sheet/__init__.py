"""sheet: a tiny formula evaluator (engine) over shared constants."""
from .engine import evaluate

__all__ = ["evaluate"]
