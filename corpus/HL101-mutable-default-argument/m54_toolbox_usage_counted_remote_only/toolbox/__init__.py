"""toolbox: a small git-like command-line client."""
__version__ = "0.3.0"
