"""Release planning for the deploy service."""
