"""catalog: service -> repository -> price cache."""
