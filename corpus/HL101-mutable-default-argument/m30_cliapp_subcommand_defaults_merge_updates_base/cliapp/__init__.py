"""`cliapp build ...`: a small build-tool front end."""
__version__ = "0.4.1"
