"""Turn light markup lines into flowables and render the story."""
_MARKERS = {}


def register(marker):
    """Class decorator: lines starting with `marker` become this flowable."""
    def decorate(cls):
        _MARKERS[marker] = cls
        return cls
    return decorate


def _flowable(line):
    for marker in sorted(_MARKERS, key=len, reverse=True):
        if marker and line.startswith(marker):
            return _MARKERS[marker](line[len(marker):].strip())
    return _MARKERS[""](line)


def build(lines):
    story = [_flowable(line) for line in lines]
    return "\n".join(flowable.render() for flowable in story)
