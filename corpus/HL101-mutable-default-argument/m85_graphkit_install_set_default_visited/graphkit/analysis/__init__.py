"""Analyses built on graphkit's traversals."""
