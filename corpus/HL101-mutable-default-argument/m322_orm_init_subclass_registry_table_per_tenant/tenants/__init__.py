"""tenants: per-tenant models."""
