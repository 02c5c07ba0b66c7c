"""tinyc: a toy compiler from arithmetic expressions to stack-machine code."""
from .driver import compile_all, compile_one
from .errors import CompileError

__all__ = ["compile_all", "compile_one", "CompileError"]
