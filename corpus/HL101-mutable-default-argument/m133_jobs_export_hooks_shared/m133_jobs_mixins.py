"""HookMixin: lets a job collect callbacks and fire them when it finishes.

add_hook() appends to self.hooks, whatever list the base class stored there.
"""
import functools


class HookMixin:
    def add_hook(self, fn, *args):
        self.hooks.append(functools.partial(fn, *args))

    def fire(self, result):
        return [hook(result) for hook in self.hooks]
