"""Websocket reader: text messages may arrive split over continuation frames
(with pings interleaved), collected in a bytearray until the FIN frame. A
client that navigates away mid-upload sends a close frame before the final
fragment; the reader returns the close code at once and the half-assembled
payload stays in the default, where the next connection's fragments pile on."""
import itertools

_conns = itertools.count()
TEXT, CONT, CLOSE, PING = 0x1, 0x0, 0x8, 0x9


def read_messages(frames, on_text, send, partial=bytearray()):  # expect: HL101 confirmed
    for opcode, fin, payload in frames:
        if opcode == CLOSE:
            return int.from_bytes(payload[:2], "big")
        if opcode == PING:
            send((0xA, payload))
        elif opcode in (TEXT, CONT):
            partial.extend(payload)
            if fin:
                on_text(partial.decode("utf-8"))
                del partial[:]
    return 1006


def scenario():
    n = next(_conns)
    received, sent = [], []
    frames = [
        (TEXT, False, f'{{"op":"upload","seq":{n},'.encode()),
        (PING, True, n.to_bytes(4, "big")),
        (CONT, False, b'"body":"' + b"x" * (n % 7 + 8)),
        (CLOSE, True, (1001).to_bytes(2, "big") + b"going away"),
    ]
    return read_messages(frames, received.append, sent.append), received, sent
