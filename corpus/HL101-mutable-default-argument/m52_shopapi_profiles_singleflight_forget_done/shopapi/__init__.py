"""shopapi: the storefront's JSON endpoints."""
