__all__ = ["FORMATS", "DEFAULT_FORMAT"]

FORMATS = ("markdown_table", "plain_text")
DEFAULT_FORMAT = "markdown_table"
_INTERNAL_WIDTH = 12
