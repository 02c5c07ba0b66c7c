"""Plain-text templates shipped with the acme_ext namespace distribution."""
import string

WELCOME = string.Template("Hello $name,\n\nyour account $email is ready.\n")


def render(template, **fields):
    return template.substitute(fields)
