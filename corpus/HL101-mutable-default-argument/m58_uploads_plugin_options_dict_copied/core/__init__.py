"""Media pipeline core: the plugin base class and the per-upload manager."""
