"""Hints printed the first time a command is used."""
__all__ = ["TIPS", "tip_for"]

TIPS = {
    "scale": "tip: `scale NAME 0` pauses a deployment without deleting it",
    "pods": "tip: add --wide to see node placement",
}


def tip_for(name):
    return TIPS.get(name, "")
