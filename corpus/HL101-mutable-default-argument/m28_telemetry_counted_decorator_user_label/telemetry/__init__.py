"""In-process metrics."""
