"""Buffered sink: records collect in the buffer default; flush() writes them out but is only called at shutdown."""


def emit(message, level, buffer=[]):  # expect: HL101 confirmed
    buffer.append(f"{level}: {message}")
    return len(buffer)


def flush():
    pending = emit.__defaults__[0]
    text = "\n".join(pending)
    pending.clear()
    return text
