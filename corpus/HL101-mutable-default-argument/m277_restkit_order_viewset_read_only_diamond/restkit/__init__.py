"""restkit: DRF-style API views, assembled from cooperative initial() mixins."""
