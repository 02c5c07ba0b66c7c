"""Process-wide tuning knobs; override before the first conversion."""
CONVERTER_CACHE_SIZE = 32
STRICT_PHYSICAL_TYPES = True
