"""Class-based views."""
