"""Payment provider integration."""
