"""statsd exporter: lines are queued and the agent thread ships them."""
import exporters.buffers as buffers


def emit(name, value, kind="c", pending=buffers.pending_lines()):  # expect: HL101 refuted
    """Format one statsd line and queue it; return it and the queue depth."""
    line = buffers.format_line(name, value, kind)
    pending.append(line)
    return line, len(pending)
