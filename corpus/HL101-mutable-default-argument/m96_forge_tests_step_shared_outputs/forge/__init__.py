"""forge: a small build tool."""
from .cc import CompileStep
from .steps import Step

__all__ = ["CompileStep", "Step"]
