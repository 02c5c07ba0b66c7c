"""Numeric literals and arithmetic operators."""
from .grammar import rule


@rule(r"\d+\.\d+")
def real(text):
    return float(text)


@rule(r"\d+")
def integer(text):
    return int(text)


@rule(r"[-+*/()=]")
def op(text):
    return text
