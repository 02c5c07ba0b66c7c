"""Core services shared by every plugin."""
