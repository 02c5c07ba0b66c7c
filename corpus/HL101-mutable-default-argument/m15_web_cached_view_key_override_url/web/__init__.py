"""Mini web framework: class-based views with a shared render cache."""
