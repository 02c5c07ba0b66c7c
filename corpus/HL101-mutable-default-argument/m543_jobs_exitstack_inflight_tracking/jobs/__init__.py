"""jobs: a tiny job runner with lifecycle hooks."""
