from . import build
