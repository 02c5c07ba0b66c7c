"""CMS models."""
