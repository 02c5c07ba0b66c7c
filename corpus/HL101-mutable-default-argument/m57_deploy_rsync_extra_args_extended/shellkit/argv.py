"""Argument-list helpers."""


def is_sequence(value):
    return isinstance(value, (list, tuple))


def extended(args, more):
    return [*args, *more]


def extend(args, more):
    args.extend(more)
    return args


def join(args):
    from . import quote

    return " ".join(quote(arg) for arg in args)
