"""features: feature-flag resolution for incoming requests."""
