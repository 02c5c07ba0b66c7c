"""rich-style console with recording: rendered segments are kept so the last screenful can be exported."""
import itertools


class Segment:
    __slots__ = ("text", "style")

    def __init__(self, text, style=None):
        self.text = text
        self.style = style


class Console:
    def __init__(self, width=80, record=True, max_segments=64, record_buffer=[]):  # expect: HL101 refuted
        self.width = width
        self.record = record
        self.max_segments = max_segments
        self._record_buffer = record_buffer

    def render(self, text, style=None):
        return [Segment(line[: self.width], style) for line in text.splitlines()] + [Segment("\n")]

    def print(self, text, style=None):
        segments = self.render(text, style)
        if self.record:
            self._record_buffer.extend(segments)
            del self._record_buffer[: -self.max_segments]
        return len(segments)

    def export_text(self):
        return "".join(segment.text for segment in self._record_buffer)


_lines = itertools.count()


def scenario():
    n = next(_lines)
    console = Console()
    return console.print(f"[{n}] GET /items/{n} 200\nelapsed {n % 97} ms", style="dim")
