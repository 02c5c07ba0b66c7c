"""Decode the complete frames of a read into quote dicts."""
import json

from .framing import split_frames


def read_quotes(chunk):
    quotes = []
    for frame in split_frames(chunk):
        quote = json.loads(frame)
        quotes.append((quote["seq"], quote["symbol"], quote["bid"], quote["ask"]))
    return quotes
