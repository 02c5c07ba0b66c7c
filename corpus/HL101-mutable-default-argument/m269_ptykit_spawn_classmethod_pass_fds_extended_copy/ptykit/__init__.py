"""ptykit: run child processes in a pseudo-terminal."""
from ptykit.ptyprocess import PtyProcess, PtyProcessError

__all__ = ["PtyProcess", "PtyProcessError"]
