"""A small WSGI-style application with response hooks."""
