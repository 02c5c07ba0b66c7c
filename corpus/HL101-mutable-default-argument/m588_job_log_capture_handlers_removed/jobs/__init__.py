"""jobs: the import job runner and its per-job log capture."""
