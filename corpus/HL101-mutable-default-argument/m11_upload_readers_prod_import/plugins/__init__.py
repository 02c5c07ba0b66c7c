"""Built-in upload readers; each module registers its class on import."""
