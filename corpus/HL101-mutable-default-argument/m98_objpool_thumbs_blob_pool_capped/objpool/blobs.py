"""Pixel buffers for the thumbnailer: a decoder needs exactly w*h bytes."""
from .base import Pool


class BlobPool(Pool):
    def __init__(self, maxsize=8):
        super().__init__(bytearray, maxsize=maxsize)

    def acquire(self, size):
        buf = super().acquire(size)
        buf[:] = bytes(size)
        return buf
