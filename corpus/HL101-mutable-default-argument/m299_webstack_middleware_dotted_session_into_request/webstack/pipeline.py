"""Loads middleware classes by dotted path and runs a request through them."""
import importlib


def build_chain(paths):
    chain = []
    for path in paths:
        module_name, _, class_name = path.rpartition(".")
        chain.append(getattr(importlib.import_module(module_name), class_name)())
    return chain


def handle(chain, request):
    return [mw.process(request) for mw in chain]
