"""plugins: a registry, the plugin base class, concrete plugins."""
