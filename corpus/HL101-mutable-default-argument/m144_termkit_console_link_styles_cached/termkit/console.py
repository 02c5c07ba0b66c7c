"""Console: holds the named styles and hands each print to its Renderer."""
import sys

from .render import Renderer
from .style import RESET


class Console:
    def __init__(self, file=None, styles={"info": ("\x1b[2m", RESET), "error": ("\x1b[1;31m", RESET)}):  # expect: HL101 confirmed
        self.file = sys.stdout if file is None else file
        self.styles = styles
        self.renderer = Renderer(color=self.file is not sys.stdout or self.file.isatty())
        self._render = self.renderer.render
        self._write = self.file.write

    def print(self, text, style=None):
        self._write(self._render(self, text, style) + "\n")
