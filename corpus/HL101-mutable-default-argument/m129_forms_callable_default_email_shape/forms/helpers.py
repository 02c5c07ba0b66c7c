"""String helpers shared by the form fields."""
__all__ = ["normalize_email"]


def normalize_email(raw):
    local, _, domain = raw.strip().partition("@")
    return f"{local}@{domain.lower()}"
