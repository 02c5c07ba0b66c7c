"""Issue tracker: label colours from a webhook payload are merged over the project palette."""
import enum
import itertools
import json


class Color(str, enum.Enum):
    RED = "d73a4a"
    GREEN = "0e8a16"
    GREY = "cfd3d7"


class Palette(dict):
    def __or__(self, other):
        return type(self)(dict.__or__(self, other))

    def css(self, name):
        return f"#{Color(self.get(name, Color.GREY)).value}"


def label_badges(payload, palette=Palette(bug=Color.RED, done=Color.GREEN)):  # expect: HL101 refuted
    event = json.loads(payload)
    palette = palette | {item["name"]: item["color"] for item in event["issue"]["labels"]}
    return [f'<span style="background:{palette.css(label["name"])}">{label["name"]}</span>'
            for label in event["issue"]["labels"]]


_events = itertools.count()


def scenario():
    n = next(_events)
    labels = [{"name": "bug", "color": "d73a4a"}, {"name": f"milestone-{n}", "color": "0e8a16"}]
    return label_badges(json.dumps({"action": "labeled", "issue": {"number": n, "labels": labels}}))
