"""Buffered sink: records collect in the buffer default and are flushed to the handler every 8 records."""

FLUSHED = {"batches": 0}


def emit(message, level, buffer=[]):  # expect: HL101 refuted
    buffer.append(f"{level}: {message}")
    if len(buffer) >= 8:
        FLUSHED["batches"] += 1
        buffer.clear()
    return len(buffer)
