"""Site settings (production profile)."""
DEBUG = False
PROFILE = DEBUG and True
SITE_NAME = "wiki"
