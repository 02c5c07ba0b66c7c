"""Site settings (development profile)."""
DEBUG = True
PROFILE = DEBUG and True
SITE_NAME = "wiki"
