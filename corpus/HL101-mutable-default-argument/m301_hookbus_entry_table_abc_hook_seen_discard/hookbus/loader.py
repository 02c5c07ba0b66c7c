"""Resolves "module:Class" entry points."""
import importlib


def load(entry):
    module_name, _, attr = entry.partition(":")
    return getattr(importlib.import_module(module_name), attr)()
