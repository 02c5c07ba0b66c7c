"""Removes old releases, loaded as __import__("hook_cleanup")."""
from hook_base import Hook


def make(target):
    return Hook(target, ["cleanup", "keep-3"])
