from .builder import build_pipeline
from .registry import add_step, run
from .steps import tag_batch

__all__ = ["build_pipeline", "add_step", "run", "tag_batch"]
