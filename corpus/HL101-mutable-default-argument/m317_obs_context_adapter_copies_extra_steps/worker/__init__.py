"""worker: background jobs."""
