"""tinyhttp: streaming responses over an offline transport."""
__version__ = "0.3.1"
