"""Site-wide preference defaults, loaded once at import."""
SITE_DEFAULTS = {"theme": "light", "lang": "en", "page_size": 20}
