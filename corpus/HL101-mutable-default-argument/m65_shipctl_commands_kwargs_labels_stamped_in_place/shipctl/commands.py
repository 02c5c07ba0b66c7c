"""Subcommand handlers: turn parsed arguments into calls on the core API."""
from . import core


def _given(args, *names):
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def deploy(args, **kwargs):
    kwargs.update(_given(args, "version", "labels"))
    return core.deploy(args.service, **kwargs)


def rollback(args, **kwargs):
    kwargs.update(_given(args, "labels"))
    return core.deploy(args.service, version="previous", **kwargs)
