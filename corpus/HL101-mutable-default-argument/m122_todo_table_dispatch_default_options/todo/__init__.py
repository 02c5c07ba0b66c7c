"""todo: a tiny command-line todo list; run() takes one command line."""
from .cli import run
