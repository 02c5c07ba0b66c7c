"""ticketcli: the issue tracker's command-line client."""
__version__ = "2.3.0"
