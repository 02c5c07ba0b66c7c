"""Blog-wide constants."""
PLUGINS = ("tags", "words")
MAX_TAGS = 8
SUMMARY_WORDS = 12
DATE_FORMAT = "%Y-%m-%d"
