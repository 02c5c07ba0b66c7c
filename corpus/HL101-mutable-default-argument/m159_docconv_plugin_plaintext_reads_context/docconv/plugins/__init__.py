"""Markup plugins. Each module defines render(text, context) -> str.

Modules are imported by docconv.registry when a format is first requested;
add a new format by dropping a module here and listing it below.
"""

AVAILABLE = (
    "markdown",
    "plaintext",
)
