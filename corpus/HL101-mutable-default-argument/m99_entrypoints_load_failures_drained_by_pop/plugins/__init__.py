"""Exporter plugins, loaded by entry-point spec ("module:Class")."""
