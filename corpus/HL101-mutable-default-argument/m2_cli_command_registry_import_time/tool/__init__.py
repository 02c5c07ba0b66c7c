"""A command-line tool."""
