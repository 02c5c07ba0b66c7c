"""Multi-tenant web app; settings are loaded once, in webapp.config."""
