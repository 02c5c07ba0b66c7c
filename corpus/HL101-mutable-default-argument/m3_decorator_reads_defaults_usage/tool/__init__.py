"""A small command-line tool."""
