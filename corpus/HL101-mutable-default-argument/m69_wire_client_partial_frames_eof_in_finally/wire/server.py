"""In-process stand-in for the RPC server used by the client in tests and demos."""
import zlib

from .framing import frame


def respond(request):
    """The byte stream the server sends back: the reply, then a status frame."""
    reply = frame(b"OK " + request.upper())
    status = frame(b"load=%d;queue=%d" % (zlib.crc32(request) % 100, len(request)))
    return reply + status
