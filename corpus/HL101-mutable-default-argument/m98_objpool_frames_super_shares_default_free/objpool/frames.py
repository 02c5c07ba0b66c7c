"""Wire-protocol frame buffers: every connection gets its own pool."""
import functools

from .base import Pool


class FramePool(Pool):
    def __init__(self, frame_size=512, reserve=2):
        super().__init__(functools.partial(bytearray, frame_size), reserve=reserve)
        self.frame_size = frame_size

    def acquire(self):
        frame = super().acquire()
        frame[:4] = b"HL\x00\x01"
        return frame
