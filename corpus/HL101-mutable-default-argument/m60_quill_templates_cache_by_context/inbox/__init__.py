"""The inbox web app."""
