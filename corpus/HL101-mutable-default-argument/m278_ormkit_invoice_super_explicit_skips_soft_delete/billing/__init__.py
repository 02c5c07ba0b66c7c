"""billing: invoice models."""
