from .registry import register


@register
def flush_logs():
    return "logs flushed"


@register
def close_sockets():
    return "sockets closed"
