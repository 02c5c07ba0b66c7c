"""Dashboard pages and their panels."""
