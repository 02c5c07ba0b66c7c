"""A recording canvas: path commands are collected, then each fill or stroke is logged as one operation."""
import itertools
import json


class RecordingCanvas:
    def __init__(self, width, height):
        self.size = (width, height)
        self.ops = []
        self._path = None

    def begin_path(self, commands=[]):  # expect: HL101 refuted
        self._path = commands

    def move_to(self, x, y):
        self._path.append(["M", x, y])

    def line_to(self, x, y):
        self._path.append(["L", x, y])

    def close_path(self):
        self._path.append(["Z"])

    def fill(self, color, op="fill"):
        self.ops.append({"op": op, "paint": color, "path": list(self._path)})
        self._path.clear()

    def to_json(self):
        return json.dumps({"size": self.size, "ops": self.ops})


_frames = itertools.count()


def scenario():
    n = next(_frames)
    canvas = RecordingCanvas(320, 200)
    canvas.begin_path()
    canvas.move_to(n % 320, 0)
    canvas.line_to(n % 320, n % 200)
    canvas.line_to(0, n % 200)
    canvas.close_path()
    canvas.fill(f"hsl({n % 360}, 60%, 50%)")
    return canvas.to_json()
