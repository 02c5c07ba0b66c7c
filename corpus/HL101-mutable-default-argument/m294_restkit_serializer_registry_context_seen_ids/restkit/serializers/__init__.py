"""Concrete serializers."""
