"""pluginkit: plugin hosts assembled from cooperative __init__ mixins."""
