"""api: HTTP views, each wrapped by the throttle decorators at import."""
