"""Admin application widgets."""
