"""Compile step for C sources."""
import zlib

from .steps import Step


class CompileStep(Step):
    def __init__(self, name, flags=("-O2",)):
        super().__init__(name, outputs={})
        self.flags = tuple(flags)

    def run(self, source):
        header = " ".join(self.flags).encode()
        return self.emit(f"out/{self.name}.o", header + zlib.compress(source))
