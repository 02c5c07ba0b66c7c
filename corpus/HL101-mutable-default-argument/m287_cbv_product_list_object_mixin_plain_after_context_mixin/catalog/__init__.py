"""catalog: product pages."""
