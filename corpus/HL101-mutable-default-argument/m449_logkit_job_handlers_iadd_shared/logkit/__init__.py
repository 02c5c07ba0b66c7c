"""logkit: a tiny logger factory, the app logger, and the batch jobs."""
