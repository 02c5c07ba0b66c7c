"""Expanded template sources, computed once per name."""

INCLUDE = "{% include "


class SourceCache:
    def __init__(self, sources):
        self.sources = sources
        self.entries = {}

    def lookup(self, name, seen):
        """Return name's source with includes expanded; seen is the include chain."""
        if name not in self.entries:
            seen.add(name)
            lines = []
            for line in self.sources[name].splitlines():
                if line.startswith(INCLUDE):
                    child = line[len(INCLUDE):].rstrip(" %}").strip('"')
                    if child in seen:
                        raise RecursionError(f"include cycle through {child!r}")
                    line = self.lookup(child, seen)
                lines.append(line)
            self.entries[name] = "\n".join(lines)
        return self.entries[name]
