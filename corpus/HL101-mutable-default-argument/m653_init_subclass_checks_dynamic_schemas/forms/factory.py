from .base import Schema


def schema_for(form_name, field_names):
    """Build a Schema subclass for a form defined at run time."""
    return type(f"{form_name}Schema", (Schema,), {"fields": tuple(field_names)})
