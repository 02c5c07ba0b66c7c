"""Lightweight in-process instrumentation."""
