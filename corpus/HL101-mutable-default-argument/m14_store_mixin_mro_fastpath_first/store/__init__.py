"""Key-value stores assembled from mixins."""
