"""Full-text indexing on a worker pool."""
