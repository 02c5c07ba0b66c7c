"""utils: small helpers shared by the services."""
