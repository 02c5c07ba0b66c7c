from .models import Bin


def receive(bin_: Bin, line):
    """Book a stock line into the bin."""
    bin_.items.append(line)
    return bin_


def manifest(bin_: Bin):
    return "%s: %d line(s)" % (bin_.code, len(bin_.items))
