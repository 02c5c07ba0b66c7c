"""plugkit: hook discovery for editor plugins."""
