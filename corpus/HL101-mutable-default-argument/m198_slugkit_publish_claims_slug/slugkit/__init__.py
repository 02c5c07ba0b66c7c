"""URL slugs for the page store."""
__version__ = "0.3.1"
