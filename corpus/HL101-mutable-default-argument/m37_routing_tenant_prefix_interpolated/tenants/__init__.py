"""Per-tenant application factory."""
