"""Built-in ignore lists, one per supported tool."""


def default_ignores(tool, _defaults={"flake8": ["E203", "W503"], "mypy": []}):  # expect: HL101 refuted
    return _defaults[tool]
