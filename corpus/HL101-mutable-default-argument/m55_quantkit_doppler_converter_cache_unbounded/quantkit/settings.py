"""Process-wide tuning knobs; override before the first conversion."""
CONVERTER_CACHE_SIZE = None
STRICT_PHYSICAL_TYPES = True
