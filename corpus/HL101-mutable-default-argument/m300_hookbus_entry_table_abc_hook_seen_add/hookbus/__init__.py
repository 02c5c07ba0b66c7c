"""hookbus: plugin hooks."""
