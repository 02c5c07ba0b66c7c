"""Small helpers shared across the shop package."""
