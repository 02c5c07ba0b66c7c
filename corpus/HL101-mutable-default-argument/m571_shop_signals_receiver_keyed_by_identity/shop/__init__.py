"""Shop app: order models and views."""
