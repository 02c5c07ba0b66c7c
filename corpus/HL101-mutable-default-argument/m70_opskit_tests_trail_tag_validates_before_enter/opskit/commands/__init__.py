from . import deploy, tag
