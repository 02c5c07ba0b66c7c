from .factory import build_pipeline
from .pipeline import Pipeline

__all__ = ["build_pipeline", "Pipeline"]
