def ship(lines, records, _shipped=[]):  # expect: HL101 refuted
    """Pretend to send the lines; keep the records for the /debug/logs page."""
    _shipped[:] = [tuple(records)]
    return sum(len(line) for line in lines)
